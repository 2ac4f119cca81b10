/*
 * exec_simd_three_diff.c — Advanced SIMD three different (Arm ARM C4.1.90
 * "Advanced SIMD three different", "Advanced SIMD scalar three different";
 * C7.2 pages S/UADDL, S/UADDW, S/USUBL, S/USUBW, (R)ADDHN, (R)SUBHN,
 * S/UABAL, S/UABDL, S/UMLAL, S/UMLSL, S/UMULL, SQDMLAL, SQDMLSL, SQDMULL
 * (vector and scalar), PMULL with 8-bit elements). Q=1: the "2" forms.
 */
#include "simd.h"

/* Long: r (2N) = EXPR of a = Vn, b = Vm narrow elements (the upper halves
 * for Q=1: Vpart[n, 1]), acc = Vd wide element. Wide: a is Vn's wide
 * element. */
#define LONG_FN(N, M, U, S, WM, WU, WS, name, EXPR, KIND)                    \
    static int name##_##N(CpuState *cpu, const DecodedInsn *di)              \
    {                                                                        \
        SIMD_TYPES_W(N, U, S, WU, WS);                                       \
        FP_CHECK(cpu);                                                       \
        const VReg *vn = &cpu->v[di->rn], *vm = &cpu->v[di->rm];             \
        const VReg *vd = &cpu->v[di->rd];                                    \
        VReg r = { .d = { 0, 0 } };                                          \
        bool sat = false;                                                    \
        unsigned off = di->sf ? di->aux : 0;                                 \
        for (unsigned e = 0; e < di->aux; e++) {                             \
            A_##KIND(M, WM);                                                 \
            ut b = vm->M[off + e];                                           \
            wt acc = vd->WM[e];                                              \
            (void)acc;                                                       \
            r.WM[e] = (wt)(EXPR);                                            \
        }                                                                    \
        SIMD_FINISH(r, sat);                                                 \
    }
#define A_KL(M, WM) ut a = vn->M[off + e]
#define A_KW(M, WM) wt a = vn->WM[e]
#define LONG(name, EXPR)                                                     \
    SIMD_SIZES_W(LONG_FN, name, EXPR, KL)                                    \
    SIMD_TAB_W(name);
#define WIDE(name, EXPR)                                                     \
    SIMD_SIZES_W(LONG_FN, name, EXPR, KW)                                    \
    SIMD_TAB_W(name);

/* Narrowing high half: r (N) = EXPR of the wide a = Vn, b = Vm elements,
 * into the lower (Q=0, upper half zeroed) or upper (Q=1) half of Vd. */
#define NARROW_FN(N, M, U, S, WM, WU, WS, name, EXPR)                        \
    static int name##_##N(CpuState *cpu, const DecodedInsn *di)              \
    {                                                                        \
        SIMD_TYPES_W(N, U, S, WU, WS);                                       \
        FP_CHECK(cpu);                                                       \
        const VReg *vn = &cpu->v[di->rn], *vm = &cpu->v[di->rm];             \
        VReg r = { .d = { di->sf ? cpu->v[di->rd].d[0] : 0, 0 } };           \
        unsigned base = di->sf ? di->aux : 0;                                \
        for (unsigned e = 0; e < di->aux; e++) {                             \
            wt a = vn->WM[e], b = vm->WM[e];                                 \
            r.M[base + e] = (ut)(EXPR);                                      \
        }                                                                    \
        cpu->v[di->rd] = r;                                                  \
        return exec_next(cpu, di);                                           \
    }
#define NARROW(name, EXPR)                                                   \
    SIMD_SIZES_W(NARROW_FN, name, EXPR)                                      \
    SIMD_TAB_W(name);

/* |a - b| of signed/unsigned narrow elements, as a wide value */
#define SABS_D(a, b) ((st)(a) > (st)(b) ? (int64_t)(st)(a) - (st)(b) : (int64_t)(st)(b) - (st)(a))
#define UABS_D(a, b) ((a) > (b) ? (uint64_t)(a) - (b) : (uint64_t)(b) - (a))

LONG(saddl, (int64_t)(st)a + (st)b)
LONG(uaddl, (uint64_t)a + b)
LONG(ssubl, (int64_t)(st)a - (st)b)
LONG(usubl, (uint64_t)a - b)
WIDE(saddw, (uint64_t)a + (uint64_t)(int64_t)(st)b)
WIDE(uaddw, (uint64_t)a + b)
WIDE(ssubw, (uint64_t)a - (uint64_t)(int64_t)(st)b)
WIDE(usubw, (uint64_t)a - b)
LONG(sabal, (uint64_t)acc + (uint64_t)SABS_D(a, b))
LONG(uabal, (uint64_t)acc + UABS_D(a, b))
LONG(sabdl, SABS_D(a, b))
LONG(uabdl, UABS_D(a, b))
LONG(smlal, (uint64_t)acc + (uint64_t)((int64_t)(st)a * (st)b))
LONG(umlal, (uint64_t)acc + (uint64_t)a * b)
LONG(smlsl, (uint64_t)acc - (uint64_t)((int64_t)(st)a * (st)b))
LONG(umlsl, (uint64_t)acc - (uint64_t)a * b)
LONG(smull, (int64_t)(st)a * (st)b)
LONG(umull, (uint64_t)a * b)
LONG(pmull, poly_mul(a, b, NB))

LONG(sqdmull, sqdmlal(0, (st)a, (st)b, 2 * NB, 0, &sat))
LONG(sqdmlal, sqdmlal((wst)acc, (st)a, (st)b, 2 * NB, 1, &sat))
LONG(sqdmlsl, sqdmlal((wst)acc, (st)a, (st)b, 2 * NB, -1, &sat))

NARROW(addhn, ((uint64_t)a + b) >> NB)
NARROW(raddhn, ((uint64_t)a + b + (UINT64_C(1) << (NB - 1))) >> NB)
NARROW(subhn, ((uint64_t)a - b) >> NB)
NARROW(rsubhn, ((uint64_t)a - b + (UINT64_C(1) << (NB - 1))) >> NB)

#define ROWS(X)                                                              \
    X(SADDL_v, saddl, SQ_NO64) X(UADDL_v, uaddl, SQ_NO64)                    \
    X(SSUBL_v, ssubl, SQ_NO64) X(USUBL_v, usubl, SQ_NO64)                    \
    X(SADDW_v, saddw, SQ_NO64) X(UADDW_v, uaddw, SQ_NO64)                    \
    X(SSUBW_v, ssubw, SQ_NO64) X(USUBW_v, usubw, SQ_NO64)                    \
    X(ADDHN_v, addhn, SQ_NO64) X(RADDHN_v, raddhn, SQ_NO64)                  \
    X(SUBHN_v, subhn, SQ_NO64) X(RSUBHN_v, rsubhn, SQ_NO64)                  \
    X(SABAL_v, sabal, SQ_NO64) X(UABAL_v, uabal, SQ_NO64)                    \
    X(SABDL_v, sabdl, SQ_NO64) X(UABDL_v, uabdl, SQ_NO64)                    \
    X(SMLAL_v, smlal, SQ_NO64) X(UMLAL_v, umlal, SQ_NO64)                    \
    X(SMLSL_v, smlsl, SQ_NO64) X(UMLSL_v, umlsl, SQ_NO64)                    \
    X(SMULL_v, smull, SQ_NO64) X(UMULL_v, umull, SQ_NO64)                    \
    X(SQDMLAL_v, sqdmlal, SQ_HS) X(SQDMLSL_v, sqdmlsl, SQ_HS)                \
    X(SQDMULL_v, sqdmull, SQ_HS) X(PMULL_v, pmull, SQ_B)                     \
    X(SQDMLAL_sc, sqdmlal, SQ_HS) X(SQDMLSL_sc, sqdmlsl, SQ_HS)              \
    X(SQDMULL_sc, sqdmull, SQ_HS)

static SimdPick pick(unsigned id)
{
    switch (id) {
#define PICK(row, fn, mask) case A64_##row: return (SimdPick){ fn##_tab, mask };
        ROWS(PICK)
#undef PICK
    }
    return (SimdPick){ NULL, 0 };
}

#define FALLBACK(row, fn, mask) EXEC(row) { return fn##_tab[di->sz](cpu, di); }
ROWS(FALLBACK)
#undef FALLBACK

/* aux = the narrow elements in 64 bits (1 for the scalar forms). */
PREP(prep_simd_3diff)
{
    (void)cpu;
    unsigned size = (di->raw >> 22) & 3, q = (di->raw >> 30) & 1;
    bool scalar = (di->raw >> 28) & 1;
    SimdPick p = pick(di->id);
    if (!p.tab || !sq_ok(p.mask, size, scalar ? 1 : q))
        return false;
    simd_prep_regs(di, f, size, q, scalar);
    if (!scalar)
        di->aux = (uint8_t)(8u >> size);
    di->exec = p.tab[size];
    return true;
}
