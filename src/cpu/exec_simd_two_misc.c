/*
 * exec_simd_two_misc.c — Advanced SIMD two-register miscellaneous, integer
 * forms, vector and scalar (Arm ARM C4.1.90; C7.2 pages REV16/REV32/REV64,
 * S/UADDLP, S/UADALP, SUQADD, USQADD, CLS, CLZ, CNT, NOT, RBIT, SQABS, SQNEG,
 * ABS, NEG, CMxx (zero), XTN, SQXTN, UQXTN, SQXTUN, SHLL, URECPE, URSQRTE;
 * J1 UnsignedRecipEstimate, UnsignedRSqrtEstimate).
 */
#include "simd.h"

static inline unsigned clz_n(uint64_t x, unsigned n)
{
    return x ? (unsigned)__builtin_clzll(x) - (64 - n) : n;
}

/* CountLeadingSignBits: leading bits after the top one equal to it */
static inline unsigned cls_n(uint64_t x, unsigned n)
{
    if ((x >> (n - 1)) & 1)
        x = ~x & ones64(n);
    return clz_n(x, n) - 1;
}

static inline uint8_t rbit8(uint8_t x)
{
    x = (uint8_t)((x & 0xf0) >> 4 | (x & 0x0f) << 4);
    x = (uint8_t)((x & 0xcc) >> 2 | (x & 0x33) << 2);
    return (uint8_t)((x & 0xaa) >> 1 | (x & 0x55) << 1);
}

#define ONES ((ut)~(ut)0)

SIMD_UN(suqadd, sat_s((i128)a + (st)acc, NB, &sat))
SIMD_UN(usqadd, sat_u((i128)(st)a + acc, NB, &sat))
SIMD_UN(cls, cls_n(a, NB))
SIMD_UN(clz, clz_n(a, NB))
SIMD_UN(cnt, __builtin_popcount(a))
SIMD_UN(not, ~a)
SIMD_UN(rbit, rbit8((uint8_t)a))
SIMD_UN(sqabs, sat_s((st)a < 0 ? -(i128)(st)a : (st)a, NB, &sat))
SIMD_UN(sqneg, sat_s(-(i128)(st)a, NB, &sat))
SIMD_UN(abs, (st)a < 0 ? (ut)(0 - a) : a)
SIMD_UN(neg, 0 - a)
SIMD_UN(cmgt0, (st)a > 0 ? ONES : 0)
SIMD_UN(cmge0, (st)a >= 0 ? ONES : 0)
SIMD_UN(cmeq0, a == 0 ? ONES : 0)
SIMD_UN(cmle0, (st)a <= 0 ? ONES : 0)
SIMD_UN(cmlt0, (st)a < 0 ? ONES : 0)

/* REV16/32/64: element e comes from e ^ imm within each container */
#define REV_FN(N, M, U, S, name)                                             \
    static int name##_##N(CpuState *cpu, const DecodedInsn *di)              \
    {                                                                        \
        FP_CHECK(cpu);                                                       \
        const VReg *vn = &cpu->v[di->rn];                                    \
        VReg r = { .d = { 0, 0 } };                                          \
        for (unsigned e = 0; e < di->aux; e++)                               \
            r.M[e] = vn->M[e ^ (unsigned)di->imm];                           \
        cpu->v[di->rd] = r;                                                  \
        return exec_next(cpu, di);                                           \
    }
SIMD_SIZES(REV_FN, rev)
SIMD_TAB(rev);

/* S/UADDLP, S/UADALP: wide element e = Vn[2e] + Vn[2e+1] (+ Vd[e]) */
#define PAIRL_FN(N, M, U, S, WM, WU, WS, name, SIGNED, ACC)                  \
    static int name##_##N(CpuState *cpu, const DecodedInsn *di)              \
    {                                                                        \
        FP_CHECK(cpu);                                                       \
        const VReg *vn = &cpu->v[di->rn], *vd = &cpu->v[di->rd];             \
        VReg r = { .d = { 0, 0 } };                                          \
        for (unsigned e = 0; e < di->aux; e++) {                             \
            U x = vn->M[2 * e], y = vn->M[2 * e + 1];                        \
            uint64_t s = SIGNED ? (uint64_t)((int64_t)(S)x + (S)y) : (uint64_t)x + y; \
            r.WM[e] = (WU)(s + (ACC ? vd->WM[e] : 0));                       \
        }                                                                    \
        cpu->v[di->rd] = r;                                                  \
        return exec_next(cpu, di);                                           \
    }
#define PAIRL(name, SIGNED, ACC)                                             \
    SIMD_SIZES_W(PAIRL_FN, name, SIGNED, ACC)                                \
    SIMD_TAB_W(name);
PAIRL(saddlp, 1, 0)
PAIRL(uaddlp, 0, 0)
PAIRL(sadalp, 1, 1)
PAIRL(uadalp, 0, 1)

/* XTN and the saturating narrows: Vn's wide elements into the lower
 * (Q=0) or upper (Q=1, lower half kept) half of Vd; scalar: one element. */
#define XTN_FN(N, M, U, S, WM, WU, WS, name, EXPR)                           \
    static int name##_##N(CpuState *cpu, const DecodedInsn *di)              \
    {                                                                        \
        SIMD_TYPES_W(N, U, S, WU, WS);                                       \
        FP_CHECK(cpu);                                                       \
        const VReg *vn = &cpu->v[di->rn];                                    \
        VReg r = { .d = { di->sf ? cpu->v[di->rd].d[0] : 0, 0 } };           \
        unsigned base = di->sf ? di->aux : 0;                                \
        bool sat = false;                                                    \
        for (unsigned e = 0; e < di->aux; e++) {                             \
            wt a = vn->WM[e];                                                \
            r.M[base + e] = (ut)(EXPR);                                      \
        }                                                                    \
        SIMD_FINISH(r, sat);                                                 \
    }
#define XTN(name, EXPR)                                                      \
    SIMD_SIZES_W(XTN_FN, name, EXPR)                                         \
    SIMD_TAB_W(name);
XTN(xtn, a)
XTN(sqxtn, sat_s((wst)a, NB, &sat))
XTN(uqxtn, sat_u(a, NB, &sat))
XTN(sqxtun, sat_u((wst)a, NB, &sat))

/* SHLL: narrow elements (upper half for Q=1) shifted left by esize */
#define SHLL_FN(N, M, U, S, WM, WU, WS, name)                                \
    static int name##_##N(CpuState *cpu, const DecodedInsn *di)              \
    {                                                                        \
        FP_CHECK(cpu);                                                       \
        const VReg *vn = &cpu->v[di->rn];                                    \
        VReg r = { .d = { 0, 0 } };                                          \
        unsigned off = di->sf ? di->aux : 0;                                 \
        for (unsigned e = 0; e < di->aux; e++)                               \
            r.WM[e] = (WU)((WU)vn->M[off + e] << N);                         \
        cpu->v[di->rd] = r;                                                  \
        return exec_next(cpu, di);                                           \
    }
SIMD_SIZES_W(SHLL_FN, shll)
SIMD_TAB_W(shll);

/* RecipEstimate / RecipSqrtEstimate (J1) of a 9-bit a, 256..511 result */
static unsigned recip_estimate(unsigned a)
{
    a = a * 2 + 1;
    unsigned b = (1u << 19) / a;
    return (b + 1) / 2;
}

static unsigned isqrt32(uint32_t x)
{
    unsigned r = 0;
    for (unsigned bit = 1u << 15; bit; bit >>= 1)
        if ((r | bit) * (r | bit) <= x)
            r |= bit;
    return r;
}

static unsigned recip_sqrt_estimate(unsigned a)
{
    if (a < 256)
        a = a * 2 + 1;
    else
        a = (((a >> 1) << 1) + 1) * 2;
    /* b = largest b with a * b * b < 2^28 (the pseudocode's loop from 512) */
    unsigned b = isqrt32(((1u << 28) - 1) / a);
    return (b + 1) / 2;
}

static int urecpe_32(CpuState *cpu, const DecodedInsn *di)
{
    FP_CHECK(cpu);
    const VReg *vn = &cpu->v[di->rn];
    VReg r = { .d = { 0, 0 } };
    for (unsigned e = 0; e < di->aux; e++) {
        uint32_t x = vn->s[e];
        r.s[e] = x >> 31 ? recip_estimate(x >> 23) << 23 : 0xffffffffu;
    }
    cpu->v[di->rd] = r;
    return exec_next(cpu, di);
}

static int ursqrte_32(CpuState *cpu, const DecodedInsn *di)
{
    FP_CHECK(cpu);
    const VReg *vn = &cpu->v[di->rn];
    VReg r = { .d = { 0, 0 } };
    for (unsigned e = 0; e < di->aux; e++) {
        uint32_t x = vn->s[e];
        r.s[e] = x >> 30 ? recip_sqrt_estimate(x >> 23) << 23 : 0xffffffffu;
    }
    cpu->v[di->rd] = r;
    return exec_next(cpu, di);
}
static ExecFn *const urecpe_tab[4] = { NULL, NULL, urecpe_32, NULL };
static ExecFn *const ursqrte_tab[4] = { NULL, NULL, ursqrte_32, NULL };

/* row, handler table, allowed size:Q, lanes kind (E element-wise,
 * P pairwise long, N narrowing, L long) */
#define ROWS(X)                                                              \
    X(REV64_v, rev, SQ_NO64, E) X(REV32_v, rev, SQ_BH, E) X(REV16_v, rev, SQ_B, E) \
    X(SADDLP_v, saddlp, SQ_NO64, P) X(UADDLP_v, uaddlp, SQ_NO64, P)          \
    X(SADALP_v, sadalp, SQ_NO64, P) X(UADALP_v, uadalp, SQ_NO64, P)          \
    X(SUQADD_v, suqadd, SQ_NO1D, E) X(USQADD_v, usqadd, SQ_NO1D, E)          \
    X(CLS_v, cls, SQ_NO64, E) X(CLZ_v, clz, SQ_NO64, E) X(CNT_v, cnt, SQ_B, E) \
    X(NOT_v, not, SQ_ALL, E) X(RBIT_v, rbit, SQ_ALL, E)                      \
    X(SQABS_v, sqabs, SQ_NO1D, E) X(SQNEG_v, sqneg, SQ_NO1D, E)              \
    X(ABS_v, abs, SQ_NO1D, E) X(NEG_v, neg, SQ_NO1D, E)                      \
    X(CMGT_v_zero, cmgt0, SQ_NO1D, E) X(CMGE_v_zero, cmge0, SQ_NO1D, E)      \
    X(CMEQ_v_zero, cmeq0, SQ_NO1D, E) X(CMLE_v_zero, cmle0, SQ_NO1D, E)      \
    X(CMLT_v_zero, cmlt0, SQ_NO1D, E)                                        \
    X(XTN_v, xtn, SQ_NO64, N) X(SQXTN_v, sqxtn, SQ_NO64, N)                  \
    X(UQXTN_v, uqxtn, SQ_NO64, N) X(SQXTUN_v, sqxtun, SQ_NO64, N)            \
    X(SHLL_v, shll, SQ_NO64, L)                                              \
    X(URECPE_v, urecpe, 0x30u, E) X(URSQRTE_v, ursqrte, 0x30u, E)            \
    X(SUQADD_sc, suqadd, SQ_ALL, E) X(USQADD_sc, usqadd, SQ_ALL, E)          \
    X(SQABS_sc, sqabs, SQ_ALL, E) X(SQNEG_sc, sqneg, SQ_ALL, E)              \
    X(CMGT_sc_zero, cmgt0, SQ_D, E) X(CMGE_sc_zero, cmge0, SQ_D, E)          \
    X(CMEQ_sc_zero, cmeq0, SQ_D, E) X(CMLE_sc_zero, cmle0, SQ_D, E)          \
    X(CMLT_sc_zero, cmlt0, SQ_D, E) X(ABS_sc, abs, SQ_D, E) X(NEG_sc, neg, SQ_D, E) \
    X(SQXTN_sc, sqxtn, SQ_NO64, N) X(UQXTN_sc, uqxtn, SQ_NO64, N)            \
    X(SQXTUN_sc, sqxtun, SQ_NO64, N)

enum { E, P, N, L };

typedef struct MiscPick {
    ExecFn *const *tab;
    unsigned mask, kind;
} MiscPick;

static MiscPick pick(unsigned id)
{
    switch (id) {
#define PICK(row, fn, mask, kind) case A64_##row: return (MiscPick){ fn##_tab, mask, kind };
        ROWS(PICK)
#undef PICK
    }
    return (MiscPick){ NULL, 0, 0 };
}

#define FALLBACK(row, fn, mask, kind) EXEC(row) { return fn##_tab[di->sz](cpu, di); }
ROWS(FALLBACK)
#undef FALLBACK

PREP(prep_simd_2misc)
{
    (void)cpu;
    unsigned size = (di->raw >> 22) & 3, q = (di->raw >> 30) & 1;
    bool scalar = (di->raw >> 28) & 1;
    MiscPick p = pick(di->id);
    if (!p.tab || !sq_ok(p.mask, size, scalar ? 1 : q))
        return false;
    if (di->id == A64_RBIT_v)
        size = 0;                                /* size<0> is an opcode bit */
    simd_prep_regs(di, f, size, q, scalar);
    if (!scalar && (p.kind == N || p.kind == L))
        di->aux = (uint8_t)(8u >> size);         /* narrow elements in 64 bits */
    else if (p.kind == P)
        di->aux = (uint8_t)(di->aux / 2);        /* wide results */
    /* REV: containers of 64 (opcode 00000, U=0), 32 (U=1) or 16 bits */
    if (p.tab == rev_tab) {
        unsigned cont = di->id == A64_REV64_v ? 8 : di->id == A64_REV32_v ? 4 : 2;
        di->imm = (cont >> size) - 1;
    }
    di->exec = p.tab[size];
    return true;
}
