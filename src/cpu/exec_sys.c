/*
 * exec_sys.c — exception generation (SVC, HVC, SMC, BRK, HLT, DCPS), hints
 * (NOP, YIELD, WFE, WFI, SEV, SEVL and the rest of the hint space as NOPs),
 * barriers (CLREX, DSB, DMB, ISB), MSR (immediate) to PSTATE fields, ERET
 * and DRPS. Arm ARM C4.1.87 and the C6.2 pages of each instruction; trap
 * controls from D1.13 (WFx traps: SCTLR_EL1.nTWI/nTWE, HCR_EL2.TWI/TWE,
 * SCR_EL3.TWI/TWE; SMC: HCR_EL2.TSC, SCR_EL3.SMD; HVC: SCR_EL3.HCE,
 * HCR_EL2.HCD).
 */
#include "exec.h"
#include "xnuemu/cpu_model.h"
#include "xnuemu/semihosting.h"
#include "xnuemu/sysreg.h"

PREP(prep_exc_imm16)
{
    (void)cpu;
    di->imm = FLD(f, 'i');
    return true;
}

/* An exception whose preferred return is the next instruction. */
static int take_now(CpuState *cpu, uint32_t ec, uint32_t iss, unsigned target, uint64_t ret)
{
    ExcInfo e = { .ec = ec, .iss = iss, .il = true, .target_el = (uint8_t)target };
    return exc_take_sync(cpu, &e, ret);
}

/* A trap: the instruction does not complete and is returned to. */
static int trap_to(CpuState *cpu, uint32_t ec, uint32_t iss, unsigned target)
{
    cpu_fault(cpu, ec, iss);
    cpu->pending.target_el = (uint8_t)target;
    return EXEC_FAULT;
}

EXEC(SVC)
{
    return take_now(cpu, EC_SVC64, (uint32_t)di->imm, 0, cpu->pc + 4);
}

EXEC(HVC)
{
    unsigned el = cpu->ps.el;
    if (el == 0 || !cpu->model->has_el2 || !cpu_el2_enabled(cpu))
        return cpu_undef(cpu);
    if (cpu->model->has_el3 ? !(cpu->sr[SR_SCR_EL3] & SCR_HCE)
                            : (cpu->sr[SR_HCR_EL2] & HCR_HCD) != 0)
        return cpu_undef(cpu);
    return take_now(cpu, EC_HVC64, (uint32_t)di->imm, el == 3 ? 3 : 2, cpu->pc + 4);
}

EXEC(SMC)
{
    unsigned el = cpu->ps.el;
    if (el == 0)
        return cpu_undef(cpu);
    /* HCR_EL2.TSC traps SMC from EL1 to EL2, returning to the SMC itself */
    if (el == 1 && (cpu_hcr(cpu) & HCR_TSC))
        return trap_to(cpu, EC_SMC64, (uint32_t)di->imm, 2);
    if (!cpu->model->has_el3 || (cpu->sr[SR_SCR_EL3] & SCR_SMD))
        return cpu_undef(cpu);
    return take_now(cpu, EC_SMC64, (uint32_t)di->imm, 3, cpu->pc + 4);
}

EXEC(BRK)
{
    cpu_fault(cpu, EC_BRK64, (uint32_t)di->imm);
    /* debug exceptions from EL0/EL1 go to EL2 when MDCR_EL2.TDE (or TGE) */
    if (cpu->ps.el <= 1 && cpu_el2_enabled(cpu) &&
        ((cpu->sr[SR_MDCR_EL2] & (1u << 8)) || (cpu_hcr(cpu) & HCR_TGE)))
        cpu->pending.target_el = 2;
    return EXEC_FAULT;
}

/* HLT: semihosting when enabled; otherwise halting debug is not enabled,
 * so the instruction is UNDEFINED. */
EXEC(HLT)
{
    if (di->imm == SEMIHOST_HLT_IMM && cpu->semihosting)
        return semihost_call(cpu, cpu->semi);
    return cpu_undef(cpu);
}

PREP(prep_dcps)
{
    (void)cpu;
    (void)di;
    return FLD(f, 'e') != 0;
}

/* DCPSx and DRPS are UNDEFINED outside Debug state, which we never enter. */
EXEC(DCPS)
{
    (void)di;
    return cpu_undef(cpu);
}

EXEC(DRPS)
{
    (void)di;
    return cpu_undef(cpu);
}

PREP(prep_none)
{
    (void)cpu;
    (void)di;
    (void)f;
    return true;
}

/* Every hint without a behaviour of its own is a NOP (C6.2.x HINT). */
EXEC(HINT)
{
    (void)cpu;
    (void)di;
    return EXEC_NEXT;
}

EXEC(NOP)
{
    (void)cpu;
    (void)di;
    return EXEC_NEXT;
}

EXEC(YIELD)
{
    (void)cpu;
    (void)di;
    return EXEC_NEXT;
}

/* SEV signals the other PEs (there are none yet); SEVL sets our own event
 * register. */
EXEC(SEV)
{
    (void)cpu;
    (void)di;
    return EXEC_NEXT;
}

EXEC(SEVL)
{
    (void)di;
    cpu->event = true;
    return EXEC_NEXT;
}

/* WFI/WFE traps, lowest EL first: SCTLR_EL1.nTWx at EL0, HCR_EL2.TWx at
 * EL0/EL1, SCR_EL3.TWx below EL3. ISS: CV=1, COND=AL, TI. */
static int wfx_trap(CpuState *cpu, bool wfe)
{
    unsigned el = cpu->ps.el;
    uint32_t iss = 0x1e00000u | (wfe ? 1 : 0);
    uint64_t hcr = cpu_hcr(cpu);
    if (el == 0 && !(hcr & HCR_TGE) && !(cpu->sr[SR_SCTLR_EL1] & (wfe ? SCTLR_NTWE : SCTLR_NTWI)))
        return trap_to(cpu, EC_WFX, iss, 1);
    if (el <= 1 && (hcr & (wfe ? HCR_TWE : HCR_TWI)))
        return trap_to(cpu, EC_WFX, iss, 2);
    if (el <= 2 && cpu->model->has_el3 && (cpu->sr[SR_SCR_EL3] & (wfe ? SCR_TWE : SCR_TWI)))
        return trap_to(cpu, EC_WFX, iss, 3);
    return 0;
}

EXEC(WFI)
{
    (void)di;
    int t = wfx_trap(cpu, false);
    if (t)
        return t;
    cpu->wfi = true;
    return EXEC_SYNC;
}

/* WFE completes at once: it consumes the event register if set, and is
 * otherwise a permitted spurious wake-up (D1.17.1), so it never blocks. */
EXEC(WFE)
{
    (void)di;
    if (cpu->event) {
        cpu->event = false;
        return EXEC_NEXT;
    }
    int t = wfx_trap(cpu, true);
    return t ? t : EXEC_NEXT;
}

EXEC(CLREX)
{
    (void)di;
    excl_clear(cpu);
    return EXEC_NEXT;
}

/* One PE executing in program order: DMB and DSB order nothing further. */
EXEC(DSB)
{
    (void)cpu;
    (void)di;
    return EXEC_NEXT;
}

EXEC(DMB)
{
    (void)cpu;
    (void)di;
    return EXEC_NEXT;
}

/* ISB: context synchronisation; the loop re-fetches and re-polls. */
EXEC(ISB)
{
    (void)cpu;
    (void)di;
    return EXEC_SYNC;
}

/* --- MSR (immediate): aux = field, imm = CRm --- */

enum { PF_SPSEL, PF_DAIFSET, PF_DAIFCLR, PF_PAN, PF_UAO };

PREP(prep_msr_imm)
{
    unsigned op1 = FLD(f, 'j'), op2 = FLD(f, 'k');
    uint64_t feat = cpu->model->features;
    di->imm = FLD(f, 'i');
    if (op1 == 0 && op2 == 5)
        di->aux = PF_SPSEL;
    else if (op1 == 3 && op2 == 6)
        di->aux = PF_DAIFSET;
    else if (op1 == 3 && op2 == 7)
        di->aux = PF_DAIFCLR;
    else if (op1 == 0 && op2 == 4 && (feat & FEAT_PAN))
        di->aux = PF_PAN;
    else if (op1 == 0 && op2 == 3 && (feat & FEAT_UAO))
        di->aux = PF_UAO;
    else
        return false;     /* unallocated PSTATE field */
    return true;
}

EXEC(MSR_imm)
{
    unsigned crm = (unsigned)di->imm;
    switch (di->aux) {
    case PF_DAIFSET:
    case PF_DAIFCLR:
        /* EL0 needs SCTLR_EL1.UMA (trap ISS: op0=0, CRn=4, Rt=31, write) */
        if (cpu->ps.el == 0 && !(cpu->sr[SR_SCTLR_EL1] & (UINT64_C(1) << 9))) {
            uint32_t op1 = 3, op2 = di->aux == PF_DAIFSET ? 6 : 7;
            cpu_fault(cpu, EC_SYSREG, op2 << 17 | op1 << 14 | 4u << 10 | 31u << 5 | crm << 1);
            cpu->pending.target_el = (uint8_t)sysreg_el1_target(cpu);
            return EXEC_FAULT;
        }
        if (di->aux == PF_DAIFSET)
            cpu->ps.daif |= (uint8_t)crm;
        else
            cpu->ps.daif &= (uint8_t)~crm;
        return EXEC_SYNC;
    case PF_SPSEL:
        if (cpu->ps.el == 0)
            return cpu_undef(cpu);
        cpu_set_el_sp(cpu, cpu->ps.el, crm & 1);
        return EXEC_NEXT;
    case PF_PAN:
        if (cpu->ps.el == 0)
            return cpu_undef(cpu);
        cpu->ps.pan = crm & 1;
        cpu_update_regime(cpu);
        return EXEC_NEXT;
    default: /* PF_UAO */
        if (cpu->ps.el == 0)
            return cpu_undef(cpu);
        cpu->ps.uao = crm & 1;
        return EXEC_NEXT;
    }
}

EXEC(ERET)
{
    (void)di;
    if (cpu->ps.el == 0)
        return cpu_undef(cpu);
    return exc_return(cpu);
}
