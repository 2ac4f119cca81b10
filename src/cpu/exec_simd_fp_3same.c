/*
 * exec_simd_fp_3same.c — Advanced SIMD three same and scalar three same,
 * floating-point forms without pairing (Arm ARM C4.1.90 "Advanced SIMD
 * three same", "Advanced SIMD scalar three same"; C7.2 FADD, FSUB, FMUL,
 * FMULX, FDIV, FMAX, FMIN, FMAXNM, FMINNM, FMLA, FMLS, FABD, FRECPS,
 * FRSQRTS, FCMEQ/FCMGE/FCMGT (register), FACGE, FACGT). The pairwise forms
 * are in exec_simd_fp_pair.c. sz:Q = 10 (1D) is reserved.
 */
#include "simd_fp.h"

FP_OP2(op_fadd, fp_add(f, a, b, st))
FP_OP2(op_fsub, fp_sub(f, a, b, st))
FP_OP2(op_fdiv, fp_div(f, a, b, st))
FP_OP2(op_fmax, fp_max(f, a, b, st))
FP_OP2(op_fmin, fp_min(f, a, b, st))
FP_OP2(op_fmaxnm, fp_maxnum(f, a, b, st))
FP_OP2(op_fminnm, fp_minnum(f, a, b, st))
FP_OP2(op_frecps, fp_recip_step(f, a, b, st))
FP_OP2(op_frsqrts, fp_rsqrt_step(f, a, b, st))
/* FABD: FPAbs(FPSub(a, b)), also of a NaN result */
FP_OP2(op_fabd, fp_abs(f, fp_sub(f, a, b, st)))
/* compares: all ones when true; FACGE/FACGT compare FPAbs of both */
FP_OP2(op_fcmeq, fp_compare_eq(f, a, b, st) ? fp_ones(f) : 0)
FP_OP2(op_fcmge, fp_compare_ge(f, a, b, st) ? fp_ones(f) : 0)
FP_OP2(op_fcmgt, fp_compare_gt(f, a, b, st) ? fp_ones(f) : 0)
FP_OP2(op_facge, fp_compare_ge(f, fp_abs(f, a), fp_abs(f, b), st) ? fp_ones(f) : 0)
FP_OP2(op_facgt, fp_compare_gt(f, fp_abs(f, a), fp_abs(f, b), st) ? fp_ones(f) : 0)

FP_BIN(fadd, op_fadd, false)
FP_BIN(fsub, op_fsub, false)
FP_BIN(fmul, op_fmul, false)
FP_BIN(fmulx, op_fmulx, false)
FP_BIN(fdiv, op_fdiv, false)
FP_BIN(fmax, op_fmax, false)
FP_BIN(fmin, op_fmin, false)
FP_BIN(fmaxnm, op_fmaxnm, false)
FP_BIN(fminnm, op_fminnm, false)
FP_BIN(fmla, op_fmla, false)
FP_BIN(fmls, op_fmls, false)
FP_BIN(fabd, op_fabd, false)
FP_BIN(frecps, op_frecps, false)
FP_BIN(frsqrts, op_frsqrts, false)
FP_BIN(fcmeq, op_fcmeq, false)
FP_BIN(fcmge, op_fcmge, false)
FP_BIN(fcmgt, op_fcmgt, false)
FP_BIN(facge, op_facge, false)
FP_BIN(facgt, op_facgt, false)

/* row, handler table */
#define ROWS(X)                                                              \
    X(FMAXNM_v, fmaxnm) X(FMLA_v, fmla) X(FADD_v, fadd) X(FMULX_v, fmulx)    \
    X(FCMEQ_v, fcmeq) X(FMAX_v, fmax) X(FRECPS_v, frecps)                    \
    X(FMINNM_v, fminnm) X(FMLS_v, fmls) X(FSUB_v, fsub) X(FMIN_v, fmin)      \
    X(FRSQRTS_v, frsqrts) X(FMUL_v, fmul) X(FCMGE_v, fcmge)                  \
    X(FACGE_v, facge) X(FDIV_v, fdiv) X(FABD_v, fabd) X(FCMGT_v, fcmgt)      \
    X(FACGT_v, facgt)                                                        \
    X(FMULX_sc, fmulx) X(FCMEQ_sc, fcmeq) X(FRECPS_sc, frecps)               \
    X(FRSQRTS_sc, frsqrts) X(FCMGE_sc, fcmge) X(FACGE_sc, facge)             \
    X(FABD_sc, fabd) X(FCMGT_sc, fcmgt) X(FACGT_sc, facgt)

FP_DEFINE_PICK(ROWS)

ROWS(FP_FALLBACK)

PREP(prep_sfp_3same)
{
    (void)cpu;
    ExecFn *const *tab = pick(di->id);
    if (!tab || !fp_prep_regs(di, f))
        return false;
    di->exec = tab[di->sz == FP_D];
    return true;
}
