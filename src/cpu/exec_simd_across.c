/*
 * exec_simd_across.c — Advanced SIMD across lanes, integer forms (Arm ARM
 * C4.1.90 "Advanced SIMD across lanes"; C7.2 pages ADDV, SADDLV, UADDLV,
 * SMAXV, SMINV, UMAXV, UMINV). The result is a scalar: the element size
 * (twice it for the long forms) with the rest of Vd zeroed.
 */
#include "simd.h"

/* acc starts from element 0 and folds in the others with STEP(acc, x),
 * elements read as ut or st (SIGNED); the result keeps RBITS bits. */
#define ACROSS_FN(N, M, U, S, name, T, SIGNED, STEP, RBITS)                  \
    static int name##_##N(CpuState *cpu, const DecodedInsn *di)              \
    {                                                                        \
        SIMD_TYPES(N, U, S);                                                 \
        FP_CHECK(cpu);                                                       \
        const VReg *vn = &cpu->v[di->rn];                                    \
        T acc = SIGNED ? (T)(st)vn->M[0] : (T)vn->M[0];                      \
        for (unsigned e = 1; e < di->aux; e++) {                             \
            T x = SIGNED ? (T)(st)vn->M[e] : (T)vn->M[e];                    \
            acc = STEP;                                                      \
        }                                                                    \
        vreg_set_d(cpu, di->rd, (uint64_t)acc & ones64(RBITS));              \
        return exec_next(cpu, di);                                           \
    }
#define ACROSS(name, T, SIGNED, STEP, RBITS)                                 \
    SIMD_SIZES(ACROSS_FN, name, T, SIGNED, STEP, RBITS)                      \
    SIMD_TAB(name);

ACROSS(addv, uint64_t, 0, acc + x, NB)
ACROSS(uaddlv, uint64_t, 0, acc + x, 2 * NB)
ACROSS(saddlv, int64_t, 1, acc + x, 2 * NB)
ACROSS(umaxv, uint64_t, 0, x > acc ? x : acc, NB)
ACROSS(uminv, uint64_t, 0, x < acc ? x : acc, NB)
ACROSS(smaxv, int64_t, 1, x > acc ? x : acc, NB)
ACROSS(sminv, int64_t, 1, x < acc ? x : acc, NB)

#define ROWS(X)                                                              \
    X(ADDV_v, addv) X(SADDLV_v, saddlv) X(UADDLV_v, uaddlv)                  \
    X(SMAXV_v, smaxv) X(SMINV_v, sminv) X(UMAXV_v, umaxv) X(UMINV_v, uminv)

static ExecFn *const *pick(unsigned id)
{
    switch (id) {
#define PICK(row, fn) case A64_##row: return fn##_tab;
        ROWS(PICK)
#undef PICK
    }
    return NULL;
}

#define FALLBACK(row, fn) EXEC(row) { return fn##_tab[di->sz](cpu, di); }
ROWS(FALLBACK)
#undef FALLBACK

/* size = 11 and the 2S arrangement (size:Q = 100) are reserved */
PREP(prep_simd_across)
{
    (void)cpu;
    unsigned size = (di->raw >> 22) & 3, q = (di->raw >> 30) & 1;
    ExecFn *const *tab = pick(di->id);
    if (!tab || !sq_ok(SQ_ACROSS, size, q))
        return false;
    simd_prep_regs(di, f, size, q, false);
    di->exec = tab[size];
    return true;
}
