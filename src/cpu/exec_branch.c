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
        return exec_next(cpu, di);
    return exec_jump_rel(cpu, di);
}

static ExecFn exec_B_self;

PREP(prep_b_imm)
{
    (void)cpu;
    di->imm = (uint64_t)sext64(FLD(f, 'i'), 26) << 2;
    if (di->imm == 0)
        di->exec = exec_B_self;
    return true;
}

EXEC(B)
{
    return exec_jump_rel(cpu, di);
}

/* B . : with IRQ and FIQ masked nothing can ever leave the loop (XNU's
 * early exception vectors are all `b .`): stop with what led here. */
static int exec_B_self(CpuState *cpu, const DecodedInsn *di)
{
    (void)di;
    if ((cpu->ps.daif & (DAIF_I | DAIF_F)) != (DAIF_I | DAIF_F) || cpu->halt_on_exception)
        return EXEC_BRANCH;
    const ExcRecord *r = &cpu->exc_hist[0];
    if (r->valid)
        snprintf(cpu->halt_msg, sizeof(cpu->halt_msg),
                 "guest is stuck: branch to itself at EL%u pc=0x%016llx with interrupts masked; "
                 "the last exception (EL%u vector 0x%016llx) had ESR 0x%08x, ELR 0x%016llx, "
                 "FAR 0x%016llx", cpu->ps.el, (unsigned long long)cpu->pc, r->to_el,
                 (unsigned long long)r->vector, r->esr, (unsigned long long)r->elr,
                 (unsigned long long)r->far);
    else
        snprintf(cpu->halt_msg, sizeof(cpu->halt_msg),
                 "guest is stuck: branch to itself at EL%u pc=0x%016llx with interrupts masked",
                 cpu->ps.el, (unsigned long long)cpu->pc);
    cpu->stuck_pc = cpu->pc;
    cpu->halt_reason = HALT_STUCK;
    return EXEC_HALT;
}

EXEC(BL)
{
    cpu->r[30] = cpu->pc + 4;
    return exec_jump_rel(cpu, di);
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
        return exec_next(cpu, di);
    return exec_jump_rel(cpu, di);
}

EXEC(CBNZ)
{
    if (cb_value(cpu, di) == 0)
        return exec_next(cpu, di);
    return exec_jump_rel(cpu, di);
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
        return exec_next(cpu, di);
    return exec_jump_rel(cpu, di);
}

EXEC(TBNZ)
{
    if (!((cpu->r[di->rd] >> di->aux) & 1))
        return exec_next(cpu, di);
    return exec_jump_rel(cpu, di);
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
    return exec_jump(cpu);
}

EXEC(BLR)
{
    uint64_t target = cpu_branch_addr(cpu, cpu->r[di->rn]);
    cpu->r[30] = cpu->pc + 4;
    cpu->pc = target;
    return exec_jump(cpu);
}

EXEC(RET)
{
    cpu->pc = cpu_branch_addr(cpu, cpu->r[di->rn]);
    return exec_jump(cpu);
}
