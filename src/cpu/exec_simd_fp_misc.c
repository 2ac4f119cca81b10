/*
 * exec_simd_fp_misc.c — Advanced SIMD two-register miscellaneous and scalar
 * two-register miscellaneous, floating-point forms that keep the format
 * (Arm ARM C4.1.90; C7.2 FCMEQ/FCMGE/FCMGT/FCMLE/FCMLT (zero), FABS, FNEG,
 * FRINTN/M/P/Z/A/X/I, FSQRT, FRECPE, FRSQRTE, FRECPX). Conversions are in
 * exec_simd_fp_cvt.c. sz:Q = 10 (1D) is reserved; FABS/FNEG only flip the
 * sign bit (no NaN processing, no flags).
 */
#include "simd_fp.h"

/* compare with +0.0: LT and LE swap the operands of FPCompareGT/GE */
FP_OP1(op_fcmgt0, fp_compare_gt(f, a, 0, st) ? fp_ones(f) : 0)
FP_OP1(op_fcmge0, fp_compare_ge(f, a, 0, st) ? fp_ones(f) : 0)
FP_OP1(op_fcmeq0, fp_compare_eq(f, a, 0, st) ? fp_ones(f) : 0)
FP_OP1(op_fcmlt0, fp_compare_gt(f, 0, a, st) ? fp_ones(f) : 0)
FP_OP1(op_fcmle0, fp_compare_ge(f, 0, a, st) ? fp_ones(f) : 0)
FP_OP1(op_fabs, fp_abs(f, a))
FP_OP1(op_fneg, fp_neg(f, a))
/* FRINT<mode>: FPRoundInt; FRINTX raises Inexact, FRINTI/X use FPCR.RMode */
FP_OP1(op_frintn, fp_round_int(f, a, FPR_TIEEVEN, false, st))
FP_OP1(op_frintm, fp_round_int(f, a, FPR_NEGINF, false, st))
FP_OP1(op_frintp, fp_round_int(f, a, FPR_POSINF, false, st))
FP_OP1(op_frintz, fp_round_int(f, a, FPR_ZERO, false, st))
FP_OP1(op_frinta, fp_round_int(f, a, FPR_TIEAWAY, false, st))
FP_OP1(op_frintx, fp_round_int(f, a, FPR_FPCR, true, st))
FP_OP1(op_frinti, fp_round_int(f, a, FPR_FPCR, false, st))
FP_OP1(op_fsqrt, fp_sqrt(f, a, st))
FP_OP1(op_frecpe, fp_recip_estimate(f, a, st))
FP_OP1(op_frsqrte, fp_rsqrt_estimate(f, a, st))
FP_OP1(op_frecpx, fp_recpx(f, a, st))

FP_UN(fcmgt0, op_fcmgt0)
FP_UN(fcmge0, op_fcmge0)
FP_UN(fcmeq0, op_fcmeq0)
FP_UN(fcmlt0, op_fcmlt0)
FP_UN(fcmle0, op_fcmle0)
FP_UN(fabs, op_fabs)
FP_UN(fneg, op_fneg)
FP_UN(frintn, op_frintn)
FP_UN(frintm, op_frintm)
FP_UN(frintp, op_frintp)
FP_UN(frintz, op_frintz)
FP_UN(frinta, op_frinta)
FP_UN(frintx, op_frintx)
FP_UN(frinti, op_frinti)
FP_UN(fsqrt, op_fsqrt)
FP_UN(frecpe, op_frecpe)
FP_UN(frsqrte, op_frsqrte)
FP_UN(frecpx, op_frecpx)

#define ROWS(X)                                                              \
    X(FCMGT_v_zero, fcmgt0) X(FCMEQ_v_zero, fcmeq0) X(FCMLT_v_zero, fcmlt0)  \
    X(FCMGE_v_zero, fcmge0) X(FCMLE_v_zero, fcmle0)                          \
    X(FABS_v, fabs) X(FNEG_v, fneg) X(FSQRT_v, fsqrt)                        \
    X(FRINTN_v, frintn) X(FRINTM_v, frintm) X(FRINTP_v, frintp)              \
    X(FRINTZ_v, frintz) X(FRINTA_v, frinta) X(FRINTX_v, frintx)              \
    X(FRINTI_v, frinti) X(FRECPE_v, frecpe) X(FRSQRTE_v, frsqrte)            \
    X(FCMGT_sc_zero, fcmgt0) X(FCMEQ_sc_zero, fcmeq0)                        \
    X(FCMLT_sc_zero, fcmlt0) X(FCMGE_sc_zero, fcmge0)                        \
    X(FCMLE_sc_zero, fcmle0) X(FRECPE_sc, frecpe) X(FRSQRTE_sc, frsqrte)     \
    X(FRECPX_sc, frecpx)

FP_DEFINE_PICK(ROWS)

ROWS(FP_FALLBACK)

PREP(prep_sfp_2misc)
{
    (void)cpu;
    ExecFn *const *tab = pick(di->id);
    if (!tab || !fp_prep_regs(di, f))
        return false;
    di->exec = tab[di->sz == FP_D];
    return true;
}
