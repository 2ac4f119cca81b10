/*
 * exec_simd_fp_pair.c — floating-point pairwise and across-lanes forms
 * (Arm ARM C4.1.90 "Advanced SIMD three same" U=1 pairwise opcodes,
 * "Advanced SIMD scalar pairwise", "Advanced SIMD across lanes"; C7.2
 * FADDP, FMAXP, FMINP, FMAXNMP, FMINNMP (vector and scalar), FMAXV, FMINV,
 * FMAXNMV, FMINNMV). Pairwise: element e of the result combines elements 2e
 * and 2e+1 of Vm:Vn (Vn the low half). Across: the J1 Reduce() tree,
 * op(op(e0, e1), op(e2, e3)); only the 4S arrangement exists.
 */
#include "simd_fp.h"

FP_OP2(op_fadd, fp_add(f, a, b, st))
FP_OP2(op_fmax, fp_max(f, a, b, st))
FP_OP2(op_fmin, fp_min(f, a, b, st))
FP_OP2(op_fmaxnm, fp_maxnum(f, a, b, st))
FP_OP2(op_fminnm, fp_minnum(f, a, b, st))

/* Pairwise over di->aux result elements; a scalar form (aux = 1) pairs
 * elements 0 and 1 of Vn. */
FORCE_INLINE int fp_pair(CpuState *cpu, const DecodedInsn *di, unsigned fmt, FpOp2 *op)
{
    FP_CHECK(cpu);
    const VReg *vn = &cpu->v[di->rn], *vm = &cpu->v[di->rm];
    FpStatus st = FP_STATUS(cpu);
    VReg r = { .d = { 0, 0 } };
    unsigned half = (di->aux + 1u) / 2u;
    for (unsigned e = 0; e < di->aux; e++) {
        const VReg *src = e < half ? vn : vm;
        unsigned i = 2 * (e < half ? e : e - half);
        fel_set(&r, e, fmt, op(fmt, fel(src, i, fmt), fel(src, i + 1, fmt), 0, &st));
    }
    return fp_store(cpu, di, &r, &st);
}

#define PAIR(name, OP)                                                       \
    static int name##_s(CpuState *cpu, const DecodedInsn *di)                \
    {                                                                        \
        return fp_pair(cpu, di, FP_S, OP);                                   \
    }                                                                        \
    static int name##_d(CpuState *cpu, const DecodedInsn *di)                \
    {                                                                        \
        return fp_pair(cpu, di, FP_D, OP);                                   \
    }                                                                        \
    FP_TAB(name)

PAIR(faddp, op_fadd)
PAIR(fmaxp, op_fmax)
PAIR(fminp, op_fmin)
PAIR(fmaxnmp, op_fmaxnm)
PAIR(fminnmp, op_fminnm)

#define ROWS(X)                                                              \
    X(FMAXNMP_v, fmaxnmp) X(FADDP_v, faddp) X(FMAXP_v, fmaxp)                \
    X(FMINNMP_v, fminnmp) X(FMINP_v, fminp)                                  \
    X(FMAXNMP_sc, fmaxnmp) X(FADDP_sc, faddp) X(FMAXP_sc, fmaxp)             \
    X(FMINNMP_sc, fminnmp) X(FMINP_sc, fminp)

FP_DEFINE_PICK(ROWS)

ROWS(FP_FALLBACK)

/* Vector pairwise: as three same (1D reserved). Scalar pairwise: sz picks
 * 2S -> S or 2D -> D; rm = rn. */
PREP(prep_sfp_pair)
{
    (void)cpu;
    ExecFn *const *tab = pick(di->id);
    if (!tab || !fp_prep_regs(di, f))
        return false;
    if (di->aux == 1)
        di->rm = di->rn;
    di->exec = tab[di->sz == FP_D];
    return true;
}

/* --- across lanes: 4S only --- */

FORCE_INLINE int fp_across(CpuState *cpu, const DecodedInsn *di, FpOp2 *op)
{
    FP_CHECK(cpu);
    const VReg *vn = &cpu->v[di->rn];
    FpStatus st = FP_STATUS(cpu);
    uint64_t hi = op(FP_S, vn->s[2], vn->s[3], 0, &st);
    uint64_t lo = op(FP_S, vn->s[0], vn->s[1], 0, &st);
    VReg r = { .d = { op(FP_S, lo, hi, 0, &st), 0 } };
    return fp_store(cpu, di, &r, &st);
}

EXEC(FMAXNMV_v) { return fp_across(cpu, di, op_fmaxnm); }
EXEC(FMINNMV_v) { return fp_across(cpu, di, op_fminnm); }
EXEC(FMAXV_v) { return fp_across(cpu, di, op_fmax); }
EXEC(FMINV_v) { return fp_across(cpu, di, op_fmin); }

/* sz = 1 (no 1D/2D reduction) and Q = 0 (2S) are reserved */
PREP(prep_sfp_across)
{
    (void)cpu;
    if (FLD(f, 'e') || !FLD(f, 'q'))
        return false;
    di->rd = (uint8_t)FLD(f, 'd');
    di->rn = (uint8_t)FLD(f, 'n');
    di->sz = FP_S;
    di->sf = 1;
    di->aux = 4;
    return true;
}
