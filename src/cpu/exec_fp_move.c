/*
 * exec_fp_move.c — scalar floating-point moves (Arm ARM C4.1.90
 * "Floating-point data-processing (1 source)" FMOV/FABS/FNEG,
 * "Floating-point immediate", "Conversion between floating-point and
 * integer" FMOV (general); C7.2 pages FMOV (register), FMOV (scalar,
 * immediate), FMOV (general), FABS (scalar), FNEG (scalar)). These are bit
 * operations: no FP exceptions, FPCR ignored, NaNs neither signal nor get
 * quietened (FPAbs/FPNeg only touch the sign bit). The immediate is
 * VFPExpandImm'd at decode time.
 *
 * Operand convention: rd rn V register numbers, or general-register
 * indices on the integer side of FMOV (general) (31 is ZR); imm the
 * format's bit mask, or the expanded immediate for FMOV (immediate).
 */
#include "fpsimd.h"
#include "xnuemu/softfloat.h"

/* ---- FMOV/FABS/FNEG (register): the sign bit is the top bit of imm */
PREP(prep_fp_move)
{
    (void)cpu;
    di->rd = (uint8_t)FLD(f, 'd');
    di->rn = (uint8_t)FLD(f, 'n');
    di->imm = FLD(f, 'e') ? ~UINT64_C(0) : UINT64_C(0xffffffff);
    return true;
}

EXEC(FMOV_reg)
{
    FP_CHECK(cpu);
    vreg_set_d(cpu, di->rd, cpu->v[di->rn].d[0] & di->imm);
    return exec_next(cpu, di);
}

EXEC(FABS_s)
{
    FP_CHECK(cpu);
    vreg_set_d(cpu, di->rd, cpu->v[di->rn].d[0] & (di->imm >> 1));
    return exec_next(cpu, di);
}

EXEC(FNEG_s)
{
    FP_CHECK(cpu);
    vreg_set_d(cpu, di->rd, (cpu->v[di->rn].d[0] & di->imm) ^ (di->imm & ~(di->imm >> 1)));
    return exec_next(cpu, di);
}

/* ---- FMOV Vd, #imm */
PREP(prep_fp_imm)
{
    (void)cpu;
    di->rd = (uint8_t)FLD(f, 'd');
    di->imm = fp_expand_imm(FLD(f, 'e') ? FP_D : FP_S, (uint8_t)FLD(f, 'i'));
    return true;
}

EXEC(FMOV_s_imm)
{
    FP_CHECK(cpu);
    vreg_set_d(cpu, di->rd, di->imm);
    return exec_next(cpu, di);
}

/* ---- FMOV (general). Opcode 110 (to general) rows write Xd/Wd from Vn;
 * opcode 111 rows write Vd from Xn/Wn. The D[1] forms move the top half
 * of Vn, and writing Vd.D[1] keeps D[0] (Vpart[d, 1]). */
PREP(prep_fp_fmov_gen)
{
    (void)cpu;
    if ((di->raw >> 16) & 1) {      /* opcode<0> = 1: from general */
        di->rd = (uint8_t)FLD(f, 'd');
        di->rn = reg_r_zr(FLD(f, 'n'));
    } else {
        di->rd = reg_w_zr(FLD(f, 'd'));
        di->rn = (uint8_t)FLD(f, 'n');
    }
    return true;
}

EXEC(FMOV_gen_ws)
{
    FP_CHECK(cpu);
    cpu->r[di->rd] = cpu->v[di->rn].s[0];
    return exec_next(cpu, di);
}

EXEC(FMOV_gen_sw)
{
    FP_CHECK(cpu);
    vreg_set_s(cpu, di->rd, (uint32_t)cpu->r[di->rn]);
    return exec_next(cpu, di);
}

EXEC(FMOV_gen_xd)
{
    FP_CHECK(cpu);
    cpu->r[di->rd] = cpu->v[di->rn].d[0];
    return exec_next(cpu, di);
}

EXEC(FMOV_gen_dx)
{
    FP_CHECK(cpu);
    vreg_set_d(cpu, di->rd, cpu->r[di->rn]);
    return exec_next(cpu, di);
}

EXEC(FMOV_gen_xv)
{
    FP_CHECK(cpu);
    cpu->r[di->rd] = cpu->v[di->rn].d[1];
    return exec_next(cpu, di);
}

EXEC(FMOV_gen_vx)
{
    FP_CHECK(cpu);
    cpu->v[di->rd].d[1] = cpu->r[di->rn];
    return exec_next(cpu, di);
}
