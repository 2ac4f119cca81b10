/*
 * exec_branch.c — branches: B.cond, B, BL, CBZ/CBNZ, TBZ/TBNZ, BR, BLR,
 * RET (Arm ARM C4.1.87 and the C6.2 page of each; indirect targets go
 * through AArch64.BranchAddr for top-byte-ignore). Offsets are finished
 * at decode time; targets are PC-relative so nothing here depends on where
 * the code was decoded from except the PC itself.
 */
#include "exec.h"

PREP(prep_b_cond)
{
    (void)cpu;
    di->imm = (uint64_t)sext64(FLD(f, 'i'), 19) << 2;
    di->cond = (uint8_t)FLD(f, 'c');
    return true;
}

EXEC(B_cond)
{
    if (!cond_holds(cpu->nzcv, di->cond))
        return EXEC_NEXT;
    cpu->pc += di->imm;
    return EXEC_BRANCH;
}

PREP(prep_b_imm)
{
    (void)cpu;
    di->imm = (uint64_t)sext64(FLD(f, 'i'), 26) << 2;
    return true;
}

EXEC(B)
{
    cpu->pc += di->imm;
    return EXEC_BRANCH;
}

EXEC(BL)
{
    cpu->r[30] = cpu->pc + 4;
    cpu->pc += di->imm;
    return EXEC_BRANCH;
}

PREP(prep_cb)
{
    (void)cpu;
    di->imm = (uint64_t)sext64(FLD(f, 'i'), 19) << 2;
    di->sf = (uint8_t)FLD(f, 'z');
    di->rd = reg_r_zr(FLD(f, 't'));
    return true;
}

static inline uint64_t cb_value(const CpuState *cpu, const DecodedInsn *di)
{
    uint64_t v = cpu->r[di->rd];
    return di->sf ? v : (uint32_t)v;
}

EXEC(CBZ)
{
    if (cb_value(cpu, di) != 0)
        return EXEC_NEXT;
    cpu->pc += di->imm;
    return EXEC_BRANCH;
}

EXEC(CBNZ)
{
    if (cb_value(cpu, di) == 0)
        return EXEC_NEXT;
    cpu->pc += di->imm;
    return EXEC_BRANCH;
}

PREP(prep_tb)
{
    (void)cpu;
    di->imm = (uint64_t)sext64(FLD(f, 'i'), 14) << 2;
    di->aux = (uint8_t)(FLD(f, 'j') << 5 | FLD(f, 'k'));
    di->rd = reg_r_zr(FLD(f, 't'));
    return true;
}

EXEC(TBZ)
{
    if ((cpu->r[di->rd] >> di->aux) & 1)
        return EXEC_NEXT;
    cpu->pc += di->imm;
    return EXEC_BRANCH;
}

EXEC(TBNZ)
{
    if (!((cpu->r[di->rd] >> di->aux) & 1))
        return EXEC_NEXT;
    cpu->pc += di->imm;
    return EXEC_BRANCH;
}

PREP(prep_br)
{
    (void)cpu;
    di->rn = reg_r_zr(FLD(f, 'n'));
    return true;
}

EXEC(BR)
{
    cpu->pc = cpu_branch_addr(cpu, cpu->r[di->rn]);
    return EXEC_BRANCH;
}

EXEC(BLR)
{
    uint64_t target = cpu_branch_addr(cpu, cpu->r[di->rn]);
    cpu->r[30] = cpu->pc + 4;
    cpu->pc = target;
    return EXEC_BRANCH;
}

EXEC(RET)
{
    cpu->pc = cpu_branch_addr(cpu, cpu->r[di->rn]);
    return EXEC_BRANCH;
}
