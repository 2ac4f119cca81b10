/*
 * exec_fp_arith.c — scalar floating-point arithmetic (Arm ARM C4.1.90
 * "Floating-point data-processing (1 source / 2 source / 3 source)"; C7.2
 * pages FADD, FSUB, FMUL, FNMUL, FDIV, FMAX, FMIN, FMAXNM, FMINNM (scalar),
 * FMADD, FMSUB, FNMADD, FNMSUB, FSQRT (scalar), FRINTN/P/M/Z/A/X/I
 * (scalar)). The arithmetic is the soft-float library's (J1.1
 * shared/functions/float: FPAdd, FPMul, FPDiv, FPMax/Min(Num), FPMulAdd,
 * FPSqrt, FPRoundInt), so FPCR.RMode/FZ/DN and the FPSR cumulative flags
 * follow the pseudocode exactly.
 *
 * Operand convention (prep_fp_arith): rd rn rm ra are V register numbers,
 * sz the format (FP_S or FP_D, from ptype<0>), imm the format's bit mask
 * (reads take the low 32 or 64 bits of Vn). A result is written with
 * vreg_set_d, which zeroes the rest of the 128-bit register.
 */
#include "fpsimd.h"
#include "xnuemu/softfloat.h"

/* Vn as an operand of the row's format */
static inline uint64_t fp_in(const CpuState *cpu, unsigned n, const DecodedInsn *di)
{
    return cpu->v[n].d[0] & di->imm;
}

PREP(prep_fp_arith)
{
    (void)cpu;
    di->rd = (uint8_t)FLD(f, 'd');
    di->rn = (uint8_t)FLD(f, 'n');
    di->rm = (uint8_t)FLD(f, 'm');
    di->ra = (uint8_t)FLD(f, 'a');
    di->sz = FLD(f, 'e') ? FP_D : FP_S;
    di->imm = FLD(f, 'e') ? ~UINT64_C(0) : UINT64_C(0xffffffff);
    return true;
}

/* ---- 2 source: Vd = op(Vn, Vm); FNMUL negates the product afterwards
 * (FPNeg of the FPMul result, NaNs included). */
typedef uint64_t FpBinFn(unsigned fmt, uint64_t a, uint64_t b, FpStatus *st);

FORCE_INLINE int fp_binary(CpuState *cpu, const DecodedInsn *di, FpBinFn *fn, bool neg)
{
    FP_CHECK(cpu);
    FpStatus st = { fpcr(cpu), 0 };
    uint64_t r = fn(di->sz, fp_in(cpu, di->rn, di), fp_in(cpu, di->rm, di), &st);
    if (neg)
        r = fp_neg(di->sz, r);
    vreg_set_d(cpu, di->rd, r);
    fpsr_raise(cpu, st.fpsr);
    return exec_next(cpu, di);
}

EXEC(FMUL_s) { return fp_binary(cpu, di, fp_mul, false); }
EXEC(FDIV_s) { return fp_binary(cpu, di, fp_div, false); }
EXEC(FADD_s) { return fp_binary(cpu, di, fp_add, false); }
EXEC(FSUB_s) { return fp_binary(cpu, di, fp_sub, false); }
EXEC(FMAX_s) { return fp_binary(cpu, di, fp_max, false); }
EXEC(FMIN_s) { return fp_binary(cpu, di, fp_min, false); }
EXEC(FMAXNM_s) { return fp_binary(cpu, di, fp_maxnum, false); }
EXEC(FMINNM_s) { return fp_binary(cpu, di, fp_minnum, false); }
EXEC(FNMUL_s) { return fp_binary(cpu, di, fp_mul, true); }

/* ---- 3 source: Vd = FPMulAdd(Va', Vn', Vm), one rounding, where the
 * pseudocode negates operands before the operation (so a NaN taken from
 * a negated operand comes back with its sign flipped):
 *   FMADD  Va + Vn*Vm        FMSUB  Va - Vn*Vm   (Vn negated)
 *   FNMADD -Va - Vn*Vm       FNMSUB -Va + Vn*Vm  (Va negated) */
FORCE_INLINE int fp_fused(CpuState *cpu, const DecodedInsn *di, bool neg_a, bool neg_n)
{
    FP_CHECK(cpu);
    FpStatus st = { fpcr(cpu), 0 };
    unsigned fmt = di->sz;
    uint64_t a = fp_in(cpu, di->ra, di), n = fp_in(cpu, di->rn, di);
    if (neg_a)
        a = fp_neg(fmt, a);
    if (neg_n)
        n = fp_neg(fmt, n);
    vreg_set_d(cpu, di->rd, fp_muladd(fmt, a, n, fp_in(cpu, di->rm, di), &st));
    fpsr_raise(cpu, st.fpsr);
    return exec_next(cpu, di);
}

EXEC(FMADD_s) { return fp_fused(cpu, di, false, false); }
EXEC(FMSUB_s) { return fp_fused(cpu, di, false, true); }
EXEC(FNMADD_s) { return fp_fused(cpu, di, true, true); }
EXEC(FNMSUB_s) { return fp_fused(cpu, di, true, false); }

/* ---- 1 source: FSQRT and FRINT<mode> (FPRoundInt; only FRINTX is exact,
 * i.e. signals Inexact; FRINTX and FRINTI round as FPCR.RMode says) */
EXEC(FSQRT_s)
{
    FP_CHECK(cpu);
    FpStatus st = { fpcr(cpu), 0 };
    vreg_set_d(cpu, di->rd, fp_sqrt(di->sz, fp_in(cpu, di->rn, di), &st));
    fpsr_raise(cpu, st.fpsr);
    return exec_next(cpu, di);
}

FORCE_INLINE int fp_rint(CpuState *cpu, const DecodedInsn *di, FpRound rm, bool exact)
{
    FP_CHECK(cpu);
    FpStatus st = { fpcr(cpu), 0 };
    vreg_set_d(cpu, di->rd, fp_round_int(di->sz, fp_in(cpu, di->rn, di), rm, exact, &st));
    fpsr_raise(cpu, st.fpsr);
    return exec_next(cpu, di);
}

EXEC(FRINTN_s) { return fp_rint(cpu, di, FPR_TIEEVEN, false); }
EXEC(FRINTP_s) { return fp_rint(cpu, di, FPR_POSINF, false); }
EXEC(FRINTM_s) { return fp_rint(cpu, di, FPR_NEGINF, false); }
EXEC(FRINTZ_s) { return fp_rint(cpu, di, FPR_ZERO, false); }
EXEC(FRINTA_s) { return fp_rint(cpu, di, FPR_TIEAWAY, false); }
EXEC(FRINTX_s) { return fp_rint(cpu, di, FPR_FPCR, true); }
EXEC(FRINTI_s) { return fp_rint(cpu, di, FPR_FPCR, false); }
