/*
 * exec_simd_fp_imm.c — FMOV (vector, immediate), the floating-point forms of
 * Advanced SIMD modified immediate (Arm ARM C4.1.90, cmode = 1111, o2 = 0;
 * C7.2 FMOV (vector, immediate)): op = 0 replicates VFPExpandImm(imm8) as
 * single precision into 2S/4S, op = 1 (Q = 1 only; Q = 0 has no row and is
 * unallocated) as double precision into 2D. The half-precision form (o2 = 1)
 * is FEAT_FP16 and unallocated. Prep expands the immediate.
 */
#include "simd_fp.h"

/* di->imm: the 64-bit pattern; di->sf: Q */
EXEC(FMOV_v_imm_s)
{
    FP_CHECK(cpu);
    cpu->v[di->rd].d[0] = di->imm;
    cpu->v[di->rd].d[1] = di->sf ? di->imm : 0;
    return exec_next(cpu, di);
}

EXEC(FMOV_v_imm_d)
{
    FP_CHECK(cpu);
    cpu->v[di->rd].d[0] = di->imm;
    cpu->v[di->rd].d[1] = di->imm;
    return exec_next(cpu, di);
}

PREP(prep_sfp_fmov)
{
    (void)cpu;
    uint8_t imm8 = (uint8_t)FLD(f, 'i');
    di->rd = (uint8_t)FLD(f, 'd');
    di->sf = (uint8_t)FLD(f, 'q');
    if (di->id == A64_FMOV_v_imm_d) {
        di->sf = 1;
        di->imm = fp_expand_imm(FP_D, imm8);
    } else {
        uint64_t s = fp_expand_imm(FP_S, imm8);
        di->imm = s | s << 32;
    }
    return true;
}
