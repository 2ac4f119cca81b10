/*
 * exec_simd_three_same.c — Advanced SIMD three same, integer forms without
 * saturation (Arm ARM C4.1.90 "Advanced SIMD three same", "Advanced SIMD
 * scalar three same", "Advanced SIMD scalar pairwise"; C7.2 pages SHADD ..
 * ADDP, AND/BIC/ORR/ORN/EOR/BSL/BIT/BIF, CM* (register), ADD/SUB (vector and
 * scalar), MLA/MLS/MUL/PMUL, the pairwise max/min/add).
 */
#include "simd.h"

/* --- halving, compares, min/max, absolute difference, multiply --- */

SIMD_BIN(shadd, ((int64_t)(st)a + (st)b) >> 1)
SIMD_BIN(uhadd, ((uint64_t)a + b) >> 1)
SIMD_BIN(srhadd, ((int64_t)(st)a + (st)b + 1) >> 1)
SIMD_BIN(urhadd, ((uint64_t)a + b + 1) >> 1)
SIMD_BIN(shsub, ((int64_t)(st)a - (st)b) >> 1)
SIMD_BIN(uhsub, ((int64_t)a - (int64_t)b) >> 1)
SIMD_BIN(cmgt, (st)a > (st)b ? (ut)~(ut)0 : 0)
SIMD_BIN(cmge, (st)a >= (st)b ? (ut)~(ut)0 : 0)
SIMD_BIN(cmhi, a > b ? (ut)~(ut)0 : 0)
SIMD_BIN(cmhs, a >= b ? (ut)~(ut)0 : 0)
SIMD_BIN(cmtst, (a & b) ? (ut)~(ut)0 : 0)
SIMD_BIN(cmeq, a == b ? (ut)~(ut)0 : 0)
SIMD_BIN(smax, (st)a > (st)b ? a : b)
SIMD_BIN(smin, (st)a < (st)b ? a : b)
SIMD_BIN(umax, a > b ? a : b)
SIMD_BIN(umin, a < b ? a : b)
SIMD_BIN(sabd, (st)a > (st)b ? (ut)(a - b) : (ut)(b - a))
SIMD_BIN(uabd, a > b ? (ut)(a - b) : (ut)(b - a))
SIMD_BIN(saba, acc + ((st)a > (st)b ? (ut)(a - b) : (ut)(b - a)))
SIMD_BIN(uaba, acc + (a > b ? (ut)(a - b) : (ut)(b - a)))
SIMD_BIN(mla, acc + (uint64_t)a * b)
SIMD_BIN(mls, acc - (uint64_t)a * b)
SIMD_BIN(mul, (uint64_t)a * b)
SIMD_BIN(pmul, poly_mul(a, b, NB))

/* --- pairwise: element e of Vm:Vn (Vn the low half) pairs 2e and 2e+1 --- */

#define PAIR_FN(N, M, U, S, name, EXPR)                                      \
    static int name##_##N(CpuState *cpu, const DecodedInsn *di)              \
    {                                                                        \
        SIMD_TYPES(N, U, S);                                                 \
        FP_CHECK(cpu);                                                       \
        const VReg *vn = &cpu->v[di->rn], *vm = &cpu->v[di->rm];             \
        VReg r = { .d = { 0, 0 } };                                          \
        unsigned half = di->aux / 2u;                                        \
        for (unsigned e = 0; e < di->aux; e++) {                             \
            const VReg *src = e < half ? vn : vm;                            \
            unsigned i = 2 * (e < half ? e : e - half);                      \
            ut a = src->M[i], b = src->M[i + 1];                             \
            r.M[e] = (ut)(EXPR);                                             \
        }                                                                    \
        cpu->v[di->rd] = r;                                                  \
        return exec_next(cpu, di);                                           \
    }
#define PAIR(name, EXPR)                                                     \
    SIMD_SIZES(PAIR_FN, name, EXPR)                                          \
    SIMD_TAB(name);

PAIR(smaxp, (st)a > (st)b ? a : b)
PAIR(sminp, (st)a < (st)b ? a : b)
PAIR(umaxp, a > b ? a : b)
PAIR(uminp, a < b ? a : b)
PAIR(addp, a + b)

/* --- ADD/SUB on 64-bit words (SWAR): imm holds the top bit of every
 * element; carries/borrows stop at element boundaries --- */

static int add_words(CpuState *cpu, const DecodedInsn *di)
{
    FP_CHECK(cpu);
    const VReg *vn = &cpu->v[di->rn], *vm = &cpu->v[di->rm];
    uint64_t h = di->imm;
    VReg r = { .d = { 0, 0 } };
    for (unsigned w = 0; w <= di->sf; w++) {
        uint64_t a = vn->d[w], b = vm->d[w];
        r.d[w] = ((a & ~h) + (b & ~h)) ^ ((a ^ b) & h);
    }
    cpu->v[di->rd] = r;
    return exec_next(cpu, di);
}

static int sub_words(CpuState *cpu, const DecodedInsn *di)
{
    FP_CHECK(cpu);
    const VReg *vn = &cpu->v[di->rn], *vm = &cpu->v[di->rm];
    uint64_t h = di->imm;
    VReg r = { .d = { 0, 0 } };
    for (unsigned w = 0; w <= di->sf; w++) {
        uint64_t a = vn->d[w], b = vm->d[w];
        r.d[w] = ((a | h) - (b & ~h)) ^ ((a ^ ~b) & h);
    }
    cpu->v[di->rd] = r;
    return exec_next(cpu, di);
}

static ExecFn *const add_tab[4] = { add_words, add_words, add_words, add_words };
static ExecFn *const sub_tab[4] = { sub_words, sub_words, sub_words, sub_words };

/* --- bitwise: V[d] = op1 EOR ((op2 EOR V[n]) AND op3) (C7.2 BSL/BIT/BIF)
 * and the logical ops, on 64-bit words --- */

#define LOGIC_FN(name, EXPR)                                                 \
    static int name##_words(CpuState *cpu, const DecodedInsn *di)            \
    {                                                                        \
        FP_CHECK(cpu);                                                       \
        const VReg *vn = &cpu->v[di->rn], *vm = &cpu->v[di->rm];             \
        const VReg *vd = &cpu->v[di->rd];                                    \
        VReg r = { .d = { 0, 0 } };                                          \
        for (unsigned w = 0; w <= di->sf; w++) {                             \
            uint64_t n = vn->d[w], m = vm->d[w], d = vd->d[w];               \
            (void)d;                                                         \
            r.d[w] = EXPR;                                                   \
        }                                                                    \
        cpu->v[di->rd] = r;                                                  \
        return exec_next(cpu, di);                                           \
    }                                                                        \
    static ExecFn *const name##_tab[4] = { name##_words, name##_words, name##_words, \
                                           name##_words };

LOGIC_FN(and, n & m)
LOGIC_FN(bic, n & ~m)
LOGIC_FN(orr, n | m)
LOGIC_FN(orn, n | ~m)
LOGIC_FN(eor, n ^ m)
LOGIC_FN(bsl, m ^ ((m ^ n) & d))
LOGIC_FN(bit, d ^ ((d ^ n) & m))
LOGIC_FN(bif, d ^ ((d ^ n) & ~m))

/* ADDP (scalar): the two 64-bit elements of Vn */
static int addp_sc(CpuState *cpu, const DecodedInsn *di)
{
    FP_CHECK(cpu);
    vreg_set_d(cpu, di->rd, cpu->v[di->rn].d[0] + cpu->v[di->rn].d[1]);
    return exec_next(cpu, di);
}
static ExecFn *const addp_sc_tab[4] = { addp_sc, addp_sc, addp_sc, addp_sc };

/* row, handler table, allowed size:Q */
#define ROWS(X)                                                              \
    X(SHADD_v, shadd, SQ_NO64) X(UHADD_v, uhadd, SQ_NO64)                    \
    X(SRHADD_v, srhadd, SQ_NO64) X(URHADD_v, urhadd, SQ_NO64)                \
    X(SHSUB_v, shsub, SQ_NO64) X(UHSUB_v, uhsub, SQ_NO64)                    \
    X(AND_v, and, SQ_ALL) X(BIC_v, bic, SQ_ALL) X(ORR_v, orr, SQ_ALL)        \
    X(ORN_v, orn, SQ_ALL) X(EOR_v, eor, SQ_ALL) X(BSL_v, bsl, SQ_ALL)        \
    X(BIT_v, bit, SQ_ALL) X(BIF_v, bif, SQ_ALL)                              \
    X(CMGT_v, cmgt, SQ_NO1D) X(CMGE_v, cmge, SQ_NO1D)                        \
    X(CMHI_v, cmhi, SQ_NO1D) X(CMHS_v, cmhs, SQ_NO1D)                        \
    X(CMTST_v, cmtst, SQ_NO1D) X(CMEQ_v, cmeq, SQ_NO1D)                      \
    X(SMAX_v, smax, SQ_NO64) X(SMIN_v, smin, SQ_NO64)                        \
    X(UMAX_v, umax, SQ_NO64) X(UMIN_v, umin, SQ_NO64)                        \
    X(SABD_v, sabd, SQ_NO64) X(UABD_v, uabd, SQ_NO64)                        \
    X(SABA_v, saba, SQ_NO64) X(UABA_v, uaba, SQ_NO64)                        \
    X(ADD_v, add, SQ_NO1D) X(SUB_v, sub, SQ_NO1D)                            \
    X(MLA_v, mla, SQ_NO64) X(MLS_v, mls, SQ_NO64) X(MUL_v, mul, SQ_NO64)     \
    X(PMUL_v, pmul, SQ_B)                                                    \
    X(SMAXP_v, smaxp, SQ_NO64) X(SMINP_v, sminp, SQ_NO64)                    \
    X(UMAXP_v, umaxp, SQ_NO64) X(UMINP_v, uminp, SQ_NO64)                    \
    X(ADDP_v, addp, SQ_NO1D)                                                 \
    X(CMGT_sc, cmgt, SQ_D) X(CMGE_sc, cmge, SQ_D) X(CMHI_sc, cmhi, SQ_D)     \
    X(CMHS_sc, cmhs, SQ_D) X(CMTST_sc, cmtst, SQ_D) X(CMEQ_sc, cmeq, SQ_D)   \
    X(ADD_sc, add, SQ_D) X(SUB_sc, sub, SQ_D) X(ADDP_sc, addp_sc, SQ_D)

static SimdPick pick(unsigned id)
{
    switch (id) {
#define PICK(row, fn, mask) case A64_##row: return (SimdPick){ fn##_tab, mask };
        ROWS(PICK)
#undef PICK
    }
    return (SimdPick){ NULL, 0 };
}

/* The fallback handlers (prep always installs a size-specialised one). */
#define FALLBACK(row, fn, mask) EXEC(row) { return fn##_tab[di->sz](cpu, di); }
ROWS(FALLBACK)
#undef FALLBACK

/* Vector rows have Q in bit 30, scalar rows (bit 28 set) act on one
 * element; size is bits 23:22 (fixed by the pattern for some rows). */
PREP(prep_simd_3same)
{
    (void)cpu;
    static const uint64_t top_bits[4] = {
        UINT64_C(0x8080808080808080), UINT64_C(0x8000800080008000),
        UINT64_C(0x8000000080000000), UINT64_C(0x8000000000000000),
    };
    unsigned size = (di->raw >> 22) & 3, q = (di->raw >> 30) & 1;
    bool scalar = (di->raw >> 28) & 1;
    SimdPick p = pick(di->id);
    if (!p.tab || !sq_ok(p.mask, size, scalar ? 1 : q))
        return false;
    simd_prep_regs(di, f, size, q, scalar);
    di->imm = top_bits[size];   /* for the SWAR ADD/SUB */
    di->exec = p.tab[size];
    return true;
}
