/*
 * exec_simd_by_elem.c — Advanced SIMD (scalar) x indexed element, integer
 * forms (Arm ARM C4.1.90; C7.2 pages MUL, MLA, MLS, S/UMULL, S/UMLAL,
 * S/UMLSL, SQDMULL, SQDMLAL, SQDMLSL, SQDMULH, SQRDMULH and the Armv8.1
 * FEAT_RDM SQRDMLAH/SQRDMLSH (by element)). Index H:L:M with Rm<3:0> for
 * 16-bit elements, H:L with Rm = M:Rm for 32-bit; other sizes reserved.
 */
#include "simd.h"

/* Same size: r = EXPR of a = Vn[e], b = Vm[index], acc = Vd[e]. */
#define ELEM_FN(N, M, U, S, name, EXPR)                                      \
    static int name##_##N(CpuState *cpu, const DecodedInsn *di)              \
    {                                                                        \
        SIMD_TYPES(N, U, S);                                                 \
        FP_CHECK(cpu);                                                       \
        const VReg *vn = &cpu->v[di->rn], *vd = &cpu->v[di->rd];             \
        ut b = cpu->v[di->rm].M[di->cond];                                   \
        VReg r = { .d = { 0, 0 } };                                          \
        bool sat = false;                                                    \
        for (unsigned e = 0; e < di->aux; e++) {                             \
            ut a = vn->M[e], acc = vd->M[e];                                 \
            (void)acc;                                                       \
            r.M[e] = (ut)(EXPR);                                             \
        }                                                                    \
        SIMD_FINISH(r, sat);                                                 \
    }
#define ELEM(name, EXPR)                                                     \
    SIMD_SIZES(ELEM_FN, name, EXPR)                                          \
    SIMD_TAB(name);

ELEM(mul, (uint64_t)a * b)
ELEM(mla, acc + (uint64_t)a * b)
ELEM(mls, acc - (uint64_t)a * b)
ELEM(sqdmulh, sqdmulh((st)a, (st)b, NB, false, &sat))
ELEM(sqrdmulh, sqdmulh((st)a, (st)b, NB, true, &sat))
ELEM(sqrdmlah, sqrdmlah((st)acc, (st)a, (st)b, NB, false, &sat))
ELEM(sqrdmlsh, sqrdmlah((st)acc, (st)a, (st)b, NB, true, &sat))

/* Long: wide r = EXPR of a = Vn[e] (upper half for Q=1), b = Vm[index],
 * acc = the wide Vd[e]. */
#define LONG_FN(N, M, U, S, WM, WU, WS, name, EXPR)                          \
    static int name##_##N(CpuState *cpu, const DecodedInsn *di)              \
    {                                                                        \
        SIMD_TYPES_W(N, U, S, WU, WS);                                       \
        FP_CHECK(cpu);                                                       \
        const VReg *vn = &cpu->v[di->rn], *vd = &cpu->v[di->rd];             \
        ut b = cpu->v[di->rm].M[di->cond];                                   \
        unsigned off = di->sf ? di->aux : 0;                                 \
        VReg r = { .d = { 0, 0 } };                                          \
        bool sat = false;                                                    \
        for (unsigned e = 0; e < di->aux; e++) {                             \
            ut a = vn->M[off + e];                                           \
            wt acc = vd->WM[e];                                              \
            (void)acc;                                                       \
            r.WM[e] = (wt)(EXPR);                                            \
        }                                                                    \
        SIMD_FINISH(r, sat);                                                 \
    }
#define LONG(name, EXPR)                                                     \
    SIMD_SIZES_W(LONG_FN, name, EXPR)                                        \
    SIMD_TAB_W(name);

LONG(smull, (int64_t)(st)a * (st)b)
LONG(umull, (uint64_t)a * b)
LONG(smlal, (uint64_t)acc + (uint64_t)((int64_t)(st)a * (st)b))
LONG(umlal, (uint64_t)acc + (uint64_t)a * b)
LONG(smlsl, (uint64_t)acc - (uint64_t)((int64_t)(st)a * (st)b))
LONG(umlsl, (uint64_t)acc - (uint64_t)a * b)
LONG(sqdmull, sqdmlal(0, (st)a, (st)b, 2 * NB, 0, &sat))
LONG(sqdmlal, sqdmlal((wst)acc, (st)a, (st)b, 2 * NB, 1, &sat))
LONG(sqdmlsl, sqdmlal((wst)acc, (st)a, (st)b, 2 * NB, -1, &sat))

/* row, handler table, long (aux = narrow elements in 64 bits) */
#define ROWS(X)                                                              \
    X(MUL_elem, mul, 0) X(MLA_elem, mla, 0) X(MLS_elem, mls, 0)              \
    X(SQDMULH_elem, sqdmulh, 0) X(SQRDMULH_elem, sqrdmulh, 0)                \
    X(SQRDMLAH_elem, sqrdmlah, 0) X(SQRDMLSH_elem, sqrdmlsh, 0)              \
    X(SMULL_elem, smull, 1) X(UMULL_elem, umull, 1)                          \
    X(SMLAL_elem, smlal, 1) X(UMLAL_elem, umlal, 1)                          \
    X(SMLSL_elem, smlsl, 1) X(UMLSL_elem, umlsl, 1)                          \
    X(SQDMULL_elem, sqdmull, 1) X(SQDMLAL_elem, sqdmlal, 1)                  \
    X(SQDMLSL_elem, sqdmlsl, 1)                                              \
    X(SQDMULH_sc_elem, sqdmulh, 0) X(SQRDMULH_sc_elem, sqrdmulh, 0)          \
    X(SQRDMLAH_sc_elem, sqrdmlah, 0) X(SQRDMLSH_sc_elem, sqrdmlsh, 0)        \
    X(SQDMULL_sc_elem, sqdmull, 1) X(SQDMLAL_sc_elem, sqdmlal, 1)            \
    X(SQDMLSL_sc_elem, sqdmlsl, 1)

typedef struct ElemPick {
    ExecFn *const *tab;
    bool is_long;
} ElemPick;

static ElemPick pick(unsigned id)
{
    switch (id) {
#define PICK(row, fn, lg) case A64_##row: return (ElemPick){ fn##_tab, lg };
        ROWS(PICK)
#undef PICK
    }
    return (ElemPick){ NULL, false };
}

#define FALLBACK(row, fn, lg) EXEC(row) { return fn##_tab[di->sz](cpu, di); }
ROWS(FALLBACK)
#undef FALLBACK

PREP(prep_simd_elem)
{
    (void)cpu;
    unsigned size = (di->raw >> 22) & 3, q = (di->raw >> 30) & 1;
    bool scalar = (di->raw >> 28) & 1;
    ElemPick p = pick(di->id);
    if (!p.tab || !sq_ok(SQ_HS, size, 1))
        return false;
    simd_prep_regs(di, f, size, q, scalar);
    unsigned h = FLD(f, 'H'), l = FLD(f, 'L'), m = FLD(f, 'M');
    if (size == 1) {
        di->cond = (uint8_t)(h << 2 | l << 1 | m);
    } else {
        di->cond = (uint8_t)(h << 1 | l);
        di->rm = (uint8_t)(m << 4 | FLD(f, 'm'));
    }
    if (p.is_long && !scalar)
        di->aux = (uint8_t)(8u >> size);
    di->exec = p.tab[size];
    return true;
}
