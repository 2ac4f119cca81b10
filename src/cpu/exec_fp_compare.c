/*
 * exec_fp_compare.c — scalar floating-point compare, conditional compare
 * and conditional select (Arm ARM C4.1.90 "Floating-point compare",
 * "Floating-point conditional compare", "Floating-point conditional
 * select"; C7.2 pages FCMP, FCMPE, FCCMP, FCCMPE, FCSEL). NZCV comes from
 * FPCompare (J1.1: unordered 0011, equal 0110, less 1000, greater 0010);
 * the E forms signal Invalid Operation for quiet NaNs too. FCCMP compares
 * only when the condition holds (so raises nothing otherwise), else sets
 * NZCV to its immediate. FCSEL copies bits: no FP exceptions.
 *
 * Operand convention: rn rm V register numbers (rd for FCSEL), sz the
 * format, imm its bit mask, cond the condition, aux the FCCMP immediate
 * NZCV in bits 3:0.
 */
#include "fpsimd.h"
#include "xnuemu/softfloat.h"

static inline uint64_t fp_in(const CpuState *cpu, unsigned n, const DecodedInsn *di)
{
    return cpu->v[n].d[0] & di->imm;
}

/* One prep for the whole file: fields a row does not have read as 0. */
PREP(prep_fp_cmp)
{
    (void)cpu;
    di->rd = (uint8_t)FLD(f, 'd');
    di->rn = (uint8_t)FLD(f, 'n');
    di->rm = (uint8_t)FLD(f, 'm');
    di->sz = FLD(f, 'e') ? FP_D : FP_S;
    di->imm = FLD(f, 'e') ? ~UINT64_C(0) : UINT64_C(0xffffffff);
    di->cond = (uint8_t)FLD(f, 'c');
    di->aux = (uint8_t)FLD(f, 'i');
    return true;
}

/* ---- FCMP/FCMPE Vn, Vm and Vn, #0.0 */
FORCE_INLINE int fp_cmp(CpuState *cpu, const DecodedInsn *di, bool zero, bool signal_nans)
{
    FP_CHECK(cpu);
    FpStatus st = { fpcr(cpu), 0 };
    cpu->nzcv = fp_compare(di->sz, fp_in(cpu, di->rn, di), zero ? 0 : fp_in(cpu, di->rm, di),
                           signal_nans, &st);
    fpsr_raise(cpu, st.fpsr);
    return exec_next(cpu, di);
}

EXEC(FCMP_s) { return fp_cmp(cpu, di, false, false); }
EXEC(FCMP_s_zero) { return fp_cmp(cpu, di, true, false); }
EXEC(FCMPE_s) { return fp_cmp(cpu, di, false, true); }
EXEC(FCMPE_s_zero) { return fp_cmp(cpu, di, true, true); }

/* ---- FCCMP/FCCMPE Vn, Vm, #nzcv, cond */
FORCE_INLINE int fp_ccmp(CpuState *cpu, const DecodedInsn *di, bool signal_nans)
{
    FP_CHECK(cpu);
    if (!cond_holds(cpu->nzcv, di->cond)) {
        cpu->nzcv = (uint32_t)di->aux << 28;
        return exec_next(cpu, di);
    }
    FpStatus st = { fpcr(cpu), 0 };
    cpu->nzcv = fp_compare(di->sz, fp_in(cpu, di->rn, di), fp_in(cpu, di->rm, di), signal_nans,
                           &st);
    fpsr_raise(cpu, st.fpsr);
    return exec_next(cpu, di);
}

EXEC(FCCMP_s) { return fp_ccmp(cpu, di, false); }
EXEC(FCCMPE_s) { return fp_ccmp(cpu, di, true); }

/* ---- FCSEL Vd, Vn, Vm, cond */
EXEC(FCSEL_s)
{
    FP_CHECK(cpu);
    unsigned src = cond_holds(cpu->nzcv, di->cond) ? di->rn : di->rm;
    vreg_set_d(cpu, di->rd, fp_in(cpu, src, di));
    return exec_next(cpu, di);
}
