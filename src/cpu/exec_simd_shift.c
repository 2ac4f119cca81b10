/*
 * exec_simd_shift.c — Advanced SIMD shift by immediate, vector and scalar
 * (Arm ARM C4.1.90 "Advanced SIMD (scalar) shift by immediate"; C7.2 pages
 * SSHR/USHR, SSRA/USRA, SRSHR/URSHR, SRSRA/URSRA, SHL, SLI, SRI, SQSHL/
 * UQSHL/SQSHLU (immediate), SHRN/RSHRN, SQSHRN/UQSHRN/SQRSHRN/UQRSHRN,
 * SQSHRUN/SQRSHRUN, SSHLL/USHLL). The element size is HighestSetBit(immh).
 */
#include "simd.h"

static inline uint64_t lsr64(uint64_t x, unsigned s)
{
    return s >= 64 ? 0 : x >> s;
}

/* Element-wise with the shift amount sh = imm. */
#define SHIFT_FN(N, M, U, S, name, EXPR)                                     \
    static int name##_##N(CpuState *cpu, const DecodedInsn *di)              \
    {                                                                        \
        SIMD_TYPES(N, U, S);                                                 \
        FP_CHECK(cpu);                                                       \
        const VReg *vn = &cpu->v[di->rn], *vd = &cpu->v[di->rd];             \
        unsigned sh = (unsigned)di->imm;                                     \
        VReg r = { .d = { 0, 0 } };                                          \
        bool sat = false;                                                    \
        for (unsigned e = 0; e < di->aux; e++) {                             \
            ut a = vn->M[e], acc = vd->M[e];                                 \
            (void)acc;                                                       \
            r.M[e] = (ut)(EXPR);                                             \
        }                                                                    \
        SIMD_FINISH(r, sat);                                                 \
    }
#define SHIFT(name, EXPR)                                                    \
    SIMD_SIZES(SHIFT_FN, name, EXPR)                                         \
    SIMD_TAB(name);

/* right shifts: sh = 1..esize */
#define SSHR ((int64_t)(st)a >> (sh > 63 ? 63 : sh))
#define USHR lsr64(a, sh)
#define SRSHR shr_round((st)a, sh, true)
#define URSHR shr_round(a, sh, true)
SHIFT(sshr, SSHR)
SHIFT(ushr, USHR)
SHIFT(ssra, acc + (uint64_t)SSHR)
SHIFT(usra, acc + USHR)
SHIFT(srshr, SRSHR)
SHIFT(urshr, URSHR)
SHIFT(srsra, acc + (uint64_t)SRSHR)
SHIFT(ursra, acc + (uint64_t)URSHR)
/* SRI: mask = LSR(Ones(esize), sh); SLI: mask = LSL(Ones(esize), sh) */
SHIFT(sri, lsr64(a, sh) | (acc & ~lsr64(ones64(NB), sh)))
/* left shifts: sh = 0..esize-1 */
SHIFT(shl, (uint64_t)a << sh)
SHIFT(sli, ((uint64_t)a << sh) | (acc & ~(ones64(NB) << sh)))
SHIFT(sqshl, sat_s((i128)(st)a * ((i128)1 << sh), NB, &sat))
SHIFT(uqshl, sat_u((i128)a * ((i128)1 << sh), NB, &sat))
SHIFT(sqshlu, sat_u((i128)(st)a * ((i128)1 << sh), NB, &sat))

/* Narrowing: Vn's wide elements a shifted right by sh = 1..esize, into the
 * lower (Q=0) or upper (Q=1, lower half kept) half of Vd. */
#define NARROW_FN(N, M, U, S, WM, WU, WS, name, EXPR)                        \
    static int name##_##N(CpuState *cpu, const DecodedInsn *di)              \
    {                                                                        \
        SIMD_TYPES_W(N, U, S, WU, WS);                                       \
        FP_CHECK(cpu);                                                       \
        const VReg *vn = &cpu->v[di->rn];                                    \
        unsigned sh = (unsigned)di->imm, base = di->sf ? di->aux : 0;        \
        VReg r = { .d = { di->sf ? cpu->v[di->rd].d[0] : 0, 0 } };           \
        bool sat = false;                                                    \
        for (unsigned e = 0; e < di->aux; e++) {                             \
            wt a = vn->WM[e];                                                \
            r.M[base + e] = (ut)(EXPR);                                      \
        }                                                                    \
        SIMD_FINISH(r, sat);                                                 \
    }
#define NARROW(name, EXPR)                                                   \
    SIMD_SIZES_W(NARROW_FN, name, EXPR)                                      \
    SIMD_TAB_W(name);

NARROW(shrn, (uint64_t)a >> sh)
NARROW(rshrn, shr_round(a, sh, true))
NARROW(sqshrn, sat_s(shr_round((wst)a, sh, false), NB, &sat))
NARROW(uqshrn, sat_u(shr_round(a, sh, false), NB, &sat))
NARROW(sqrshrn, sat_s(shr_round((wst)a, sh, true), NB, &sat))
NARROW(uqrshrn, sat_u(shr_round(a, sh, true), NB, &sat))
NARROW(sqshrun, sat_u(shr_round((wst)a, sh, false), NB, &sat))
NARROW(sqrshrun, sat_u(shr_round((wst)a, sh, true), NB, &sat))

/* Long: narrow elements (upper half for Q=1) extended and shifted left */
#define LONG_FN(N, M, U, S, WM, WU, WS, name, SIGNED)                        \
    static int name##_##N(CpuState *cpu, const DecodedInsn *di)              \
    {                                                                        \
        FP_CHECK(cpu);                                                       \
        const VReg *vn = &cpu->v[di->rn];                                    \
        unsigned sh = (unsigned)di->imm, off = di->sf ? di->aux : 0;         \
        VReg r = { .d = { 0, 0 } };                                          \
        for (unsigned e = 0; e < di->aux; e++) {                             \
            U x = vn->M[off + e];                                            \
            uint64_t v = SIGNED ? (uint64_t)(int64_t)(S)x : x;               \
            r.WM[e] = (WU)(v << sh);                                         \
        }                                                                    \
        cpu->v[di->rd] = r;                                                  \
        return exec_next(cpu, di);                                           \
    }
SIMD_SIZES_W(LONG_FN, sshll, 1)
SIMD_TAB_W(sshll);
SIMD_SIZES_W(LONG_FN, ushll, 0)
SIMD_TAB_W(ushll);

/* kinds: R right shift, L left shift, N narrowing, W long */
enum { R, L, N, W };

#define ROWS(X)                                                              \
    X(SSHR_v, sshr, R) X(USHR_v, ushr, R) X(SSRA_v, ssra, R) X(USRA_v, usra, R) \
    X(SRSHR_v, srshr, R) X(URSHR_v, urshr, R) X(SRSRA_v, srsra, R)           \
    X(URSRA_v, ursra, R) X(SRI_v, sri, R) X(SHL_v, shl, L) X(SLI_v, sli, L)  \
    X(SQSHL_v_imm, sqshl, L) X(UQSHL_v_imm, uqshl, L) X(SQSHLU_v, sqshlu, L) \
    X(SHRN_v, shrn, N) X(RSHRN_v, rshrn, N) X(SQSHRN_v, sqshrn, N)           \
    X(UQSHRN_v, uqshrn, N) X(SQRSHRN_v, sqrshrn, N) X(UQRSHRN_v, uqrshrn, N) \
    X(SQSHRUN_v, sqshrun, N) X(SQRSHRUN_v, sqrshrun, N)                      \
    X(SSHLL_v, sshll, W) X(USHLL_v, ushll, W)                                \
    X(SSHR_sc, sshr, R) X(USHR_sc, ushr, R) X(SSRA_sc, ssra, R)              \
    X(USRA_sc, usra, R) X(SRSHR_sc, srshr, R) X(URSHR_sc, urshr, R)          \
    X(SRSRA_sc, srsra, R) X(URSRA_sc, ursra, R) X(SRI_sc, sri, R)            \
    X(SHL_sc, shl, L) X(SLI_sc, sli, L) X(SQSHL_sc_imm, sqshl, L)            \
    X(UQSHL_sc_imm, uqshl, L) X(SQSHLU_sc, sqshlu, L)                        \
    X(SQSHRN_sc, sqshrn, N) X(UQSHRN_sc, uqshrn, N) X(SQRSHRN_sc, sqrshrn, N) \
    X(UQRSHRN_sc, uqrshrn, N) X(SQSHRUN_sc, sqshrun, N)                      \
    X(SQRSHRUN_sc, sqrshrun, N)

typedef struct ShiftPick {
    ExecFn *const *tab;
    unsigned kind;
} ShiftPick;

static ShiftPick pick(unsigned id)
{
    switch (id) {
#define PICK(row, fn, kind) case A64_##row: return (ShiftPick){ fn##_tab, kind };
        ROWS(PICK)
#undef PICK
    }
    return (ShiftPick){ NULL, 0 };
}

#define FALLBACK(row, fn, kind) EXEC(row) { return fn##_tab[di->sz](cpu, di); }
ROWS(FALLBACK)
#undef FALLBACK

/* immh:immb is bits 22:16 (some scalar rows fix immh<3>); size =
 * HighestSetBit(immh). Reserved: immh<3>:Q = 10 for the vector R/L
 * kinds, immh<3> = 1 for the narrowing and long kinds. */
PREP(prep_simd_shift)
{
    (void)cpu;
    unsigned immhb = (di->raw >> 16) & 0x7f, immh = immhb >> 3;
    unsigned q = (di->raw >> 30) & 1;
    bool scalar = (di->raw >> 28) & 1;
    ShiftPick p = pick(di->id);
    if (!p.tab || immh == 0)
        return false;
    unsigned size = 31 - (unsigned)__builtin_clz(immh), esize = 8u << size;
    if (p.kind == R || p.kind == L) {
        if (size == 3 && !q && !scalar)
            return false;
    } else if (size == 3) {
        return false;
    }
    simd_prep_regs(di, f, size, q, scalar);
    if (!scalar && (p.kind == N || p.kind == W))
        di->aux = (uint8_t)(8u >> size);        /* narrow elements in 64 bits */
    di->imm = p.kind == R || p.kind == N ? 2 * esize - immhb : immhb - esize;
    di->exec = p.tab[size];
    return true;
}
