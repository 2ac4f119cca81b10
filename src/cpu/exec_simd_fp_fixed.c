/*
 * exec_simd_fp_fixed.c — Advanced SIMD shift by immediate and scalar shift
 * by immediate, fixed-point conversion forms (Arm ARM C4.1.90; C7.2 SCVTF,
 * UCVTF, FCVTZS, FCVTZU (vector and scalar, fixed-point)). immh:immb gives
 * the element size (immh = 01xx: 32 bits, 1xxx: 64 bits) and the fraction
 * bits, fbits = 2 * esize - UInt(immh:immb). immh = 001x is half precision
 * (FEAT_FP16) and 0001 reserved, both UNDEFINED here; immh = 0000 is the
 * modified-immediate class (vector) or unallocated (scalar), carved out in
 * the table; immh = 1xxx with Q = 0 is reserved.
 */
#include "simd_fp.h"

/* FPToFixed rounds toward zero; FixedToFP with FPCR rounding */
FP_OP1(op_fcvtzs, fp_to_fixed(f, a, (unsigned)imm, false, 8u << f, FPR_ZERO, st))
FP_OP1(op_fcvtzu, fp_to_fixed(f, a, (unsigned)imm, true, 8u << f, FPR_ZERO, st))
FP_OP1(op_scvtf, fp_from_fixed(f, a, (unsigned)imm, false, 8u << f, FPR_FPCR, st))
FP_OP1(op_ucvtf, fp_from_fixed(f, a, (unsigned)imm, true, 8u << f, FPR_FPCR, st))

FP_UN(fcvtzs, op_fcvtzs)
FP_UN(fcvtzu, op_fcvtzu)
FP_UN(scvtf, op_scvtf)
FP_UN(ucvtf, op_ucvtf)

#define ROWS(X)                                                              \
    X(SCVTF_v_fix, scvtf) X(UCVTF_v_fix, ucvtf)                              \
    X(FCVTZS_v_fix, fcvtzs) X(FCVTZU_v_fix, fcvtzu)                          \
    X(SCVTF_sc_fix, scvtf) X(UCVTF_sc_fix, ucvtf)                            \
    X(FCVTZS_sc_fix, fcvtzs) X(FCVTZU_sc_fix, fcvtzu)

FP_DEFINE_PICK(ROWS)

/* immh<3> is bit 22, where the other FP forms have sz */
ROWS(FP_FALLBACK)

PREP(prep_sfp_fixed)
{
    (void)cpu;
    unsigned immh = FLD(f, 'i'), shift = immh << 3 | FLD(f, 'j');
    ExecFn *const *tab = pick(di->id);
    /* fp_prep_regs rejects immh = 1xxx with Q = 0 (sz:Q = 10) */
    if (!tab || immh < 4 || !fp_prep_regs(di, f))
        return false;
    di->imm = (di->sz == FP_D ? 128u : 64u) - shift;
    di->exec = tab[di->sz == FP_D];
    return true;
}
