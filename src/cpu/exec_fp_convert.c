/*
 * exec_fp_convert.c — scalar floating-point conversions (Arm ARM C4.1.90
 * "Conversion between floating-point and fixed-point", "Conversion between
 * floating-point and integer", "Floating-point data-processing (1 source)"
 * FCVT; C7.2 pages FCVT, FCVTNS/NU, FCVTPS/PU, FCVTMS/MU, FCVTZS/ZU, FCVTAS/AU
 * (scalar), FCVTZS/ZU (scalar, fixed-point), SCVTF/UCVTF (scalar, integer
 * and fixed-point)), on the soft-float library (J1.1 FPConvert with
 * FPUnpackCV/FPRoundCV for FPCR.AHP, FPToFixed saturating with IOC,
 * FixedToFP). FCVT<mode> use their fixed rounding whatever FPCR.RMode;
 * FCVT (precision), SCVTF and UCVTF round as FPCR.RMode says.
 *
 * Operand convention: sz the FP format, imm its bit mask, sf the integer
 * width (32 or 64), aux the fraction bits (0 for the integer forms; 64 -
 * scale for fixed point). For FP-to-integer rd is a general register
 * (31 = discard) and rn a V register; integer-to-FP the other way round
 * (rn 31 reads zero). FCVT: sz the source format, aux the destination.
 */
#include "fpsimd.h"
#include "xnuemu/softfloat.h"

static inline uint64_t fmt_mask(unsigned fmt)
{
    return fmt == FP_D ? ~UINT64_C(0) : (UINT64_C(1) << (8u << fmt)) - 1;
}

/* ---- FCVT between half, single and double: the source format is ptype,
 * the destination opc (bits 16:15: 00 single, 01 double, 11 half). */
PREP(prep_fp_fcvt)
{
    (void)cpu;
    static const uint8_t fmt_of[4] = { FP_S, FP_D, 0, FP_H };
    di->rd = (uint8_t)FLD(f, 'd');
    di->rn = (uint8_t)FLD(f, 'n');
    di->sz = fmt_of[(di->raw >> 22) & 3];
    di->aux = fmt_of[(di->raw >> 15) & 3];
    di->imm = fmt_mask(di->sz);
    return true;
}

FORCE_INLINE int fp_fcvt(CpuState *cpu, const DecodedInsn *di)
{
    FP_CHECK(cpu);
    FpStatus st = { fpcr(cpu), 0 };
    uint64_t r = fp_convert(di->aux, di->sz, cpu->v[di->rn].d[0] & di->imm, FPR_FPCR, &st);
    vreg_set_d(cpu, di->rd, r);
    fpsr_raise(cpu, st.fpsr);
    return exec_next(cpu, di);
}

EXEC(FCVT_s2d) { return fp_fcvt(cpu, di); }
EXEC(FCVT_s2h) { return fp_fcvt(cpu, di); }
EXEC(FCVT_d2s) { return fp_fcvt(cpu, di); }
EXEC(FCVT_d2h) { return fp_fcvt(cpu, di); }
EXEC(FCVT_h2s) { return fp_fcvt(cpu, di); }
EXEC(FCVT_h2d) { return fp_fcvt(cpu, di); }

/* ---- FP to integer or fixed point: FPToFixed(Vn, fbits, unsigned, width,
 * rounding), saturating (IOC) and raising IXC when inexact */
static void prep_fp_int_common(DecodedInsn *di, const Fields *f)
{
    di->sz = FLD(f, 'e') ? FP_D : FP_S;
    di->imm = fmt_mask(di->sz);
    di->sf = FLD(f, 'z') ? 64 : 32;
}

PREP(prep_fp_to_int)
{
    (void)cpu;
    prep_fp_int_common(di, f);
    di->rd = reg_w_zr(FLD(f, 'd'));
    di->rn = (uint8_t)FLD(f, 'n');
    return true;
}

FORCE_INLINE int fp_to_int(CpuState *cpu, const DecodedInsn *di, FpRound rm, bool is_unsigned)
{
    FP_CHECK(cpu);
    FpStatus st = { fpcr(cpu), 0 };
    cpu->r[di->rd] = fp_to_fixed(di->sz, cpu->v[di->rn].d[0] & di->imm, di->aux, is_unsigned,
                                 di->sf, rm, &st);
    fpsr_raise(cpu, st.fpsr);
    return exec_next(cpu, di);
}

EXEC(FCVTNS_int) { return fp_to_int(cpu, di, FPR_TIEEVEN, false); }
EXEC(FCVTNU_int) { return fp_to_int(cpu, di, FPR_TIEEVEN, true); }
EXEC(FCVTAS_int) { return fp_to_int(cpu, di, FPR_TIEAWAY, false); }
EXEC(FCVTAU_int) { return fp_to_int(cpu, di, FPR_TIEAWAY, true); }
EXEC(FCVTPS_int) { return fp_to_int(cpu, di, FPR_POSINF, false); }
EXEC(FCVTPU_int) { return fp_to_int(cpu, di, FPR_POSINF, true); }
EXEC(FCVTMS_int) { return fp_to_int(cpu, di, FPR_NEGINF, false); }
EXEC(FCVTMU_int) { return fp_to_int(cpu, di, FPR_NEGINF, true); }
EXEC(FCVTZS_int) { return fp_to_int(cpu, di, FPR_ZERO, false); }
EXEC(FCVTZU_int) { return fp_to_int(cpu, di, FPR_ZERO, true); }
EXEC(FCVTZS_fix) { return fp_to_int(cpu, di, FPR_ZERO, false); }
EXEC(FCVTZU_fix) { return fp_to_int(cpu, di, FPR_ZERO, true); }

/* ---- integer or fixed point to FP: FixedToFP(Rn<width-1:0>, fbits,
 * unsigned, FPCR rounding) */
PREP(prep_fp_from_int)
{
    (void)cpu;
    prep_fp_int_common(di, f);
    di->rd = (uint8_t)FLD(f, 'd');
    di->rn = reg_r_zr(FLD(f, 'n'));
    return true;
}

FORCE_INLINE int fp_from_int(CpuState *cpu, const DecodedInsn *di, bool is_unsigned)
{
    FP_CHECK(cpu);
    FpStatus st = { fpcr(cpu), 0 };
    vreg_set_d(cpu, di->rd, fp_from_fixed(di->sz, cpu->r[di->rn], di->aux, is_unsigned, di->sf,
                                          FPR_FPCR, &st));
    fpsr_raise(cpu, st.fpsr);
    return exec_next(cpu, di);
}

EXEC(SCVTF_int) { return fp_from_int(cpu, di, false); }
EXEC(UCVTF_int) { return fp_from_int(cpu, di, true); }
EXEC(SCVTF_fix) { return fp_from_int(cpu, di, false); }
EXEC(UCVTF_fix) { return fp_from_int(cpu, di, true); }

/* Fixed point: fbits = 64 - scale; sf = 0 with scale<5> = 0 (fbits > 32)
 * is UNDEFINED. The FP-to-fixed rows write a general register. */
PREP(prep_fp_fix)
{
    unsigned scale = FLD(f, 'i');
    if (!FLD(f, 'z') && scale < 32)
        return false;
    bool to_fp = di->id == A64_SCVTF_fix || di->id == A64_UCVTF_fix;
    if (to_fp)
        prep_fp_from_int(cpu, di, f);
    else
        prep_fp_to_int(cpu, di, f);
    di->aux = (uint8_t)(64 - scale);
    return true;
}
