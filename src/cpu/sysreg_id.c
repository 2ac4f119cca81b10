/*
 * sysreg_id.c — identification and status registers with behaviour:
 * MIDR/MPIDR virtualised by VPIDR_EL2/VMPIDR_EL2 at EL1, CCSIDR selected by
 * CSSELR, DCZID_EL0.DZP, ISR_EL1, the OS lock and the debug claim tags
 * (Arm ARM D17.2.x and D17.3.x for each register).
 */
#include "sysreg_hooks.h"

static bool el1_virtualised(const CpuState *cpu)
{
    return cpu->ps.el <= 1 && cpu_el2_enabled(cpu);
}

int sr_rd_midr(CpuState *cpu, const SysRegDesc *d, uint64_t *val)
{
    (void)d;
    *val = el1_virtualised(cpu) ? cpu->sr[SR_VPIDR_EL2] : cpu->sr[SR_MIDR_EL1];
    return EXEC_NEXT;
}

int sr_rd_mpidr(CpuState *cpu, const SysRegDesc *d, uint64_t *val)
{
    (void)d;
    *val = el1_virtualised(cpu) ? cpu->sr[SR_VMPIDR_EL2] : cpu->sr[SR_MPIDR_EL1];
    return EXEC_NEXT;
}

/* Geometry reported for CSSELR's selection: 32 KiB 4-way L1 I and D,
 * 1 MiB 16-way unified L2, 64-byte lines; CLIDR says the same. */
int sr_rd_ccsidr(CpuState *cpu, const SysRegDesc *d, uint64_t *val)
{
    (void)d;
    unsigned sel = (unsigned)cpu->sr[SR_CSSELR_EL1] & 0xf;
    unsigned ways, sets;
    switch (sel) {
    case 0: case 1: ways = 4; sets = 128; break;      /* L1 D, L1 I */
    case 2: ways = 16; sets = 1024; break;            /* L2 unified */
    default: *val = 0; return EXEC_NEXT;              /* no such cache */
    }
    *val = (uint64_t)(sets - 1) << 13 | (uint64_t)(ways - 1) << 3 | 2;
    return EXEC_NEXT;
}

/* DZP (bit 4) reports whether DC ZVA is prohibited at the current EL. */
int sr_rd_dczid(CpuState *cpu, const SysRegDesc *d, uint64_t *val)
{
    (void)d;
    bool prohibited = false;
    if (cpu->ps.el == 0 && !(cpu->sr[SR_SCTLR_EL1] & SCTLR_DZE))
        prohibited = true;
    if (cpu->ps.el <= 1 && (cpu_hcr(cpu) & HCR_TDZ))
        prohibited = true;
    *val = cpu->sr[SR_DCZID_EL0] | (prohibited ? 0x10 : 0);
    return EXEC_NEXT;
}

/* ISR_EL1: pending A, I, F — virtual ones when HCR_EL2 routes the physical
 * ones to EL2 and we are at EL1 or EL0. */
int sr_rd_isr(CpuState *cpu, const SysRegDesc *d, uint64_t *val)
{
    (void)d;
    uint64_t hcr = cpu_hcr(cpu);
    uint32_t l = cpu->irq_lines;
    bool virt = cpu->ps.el <= 1;
    bool i = (virt && (hcr & HCR_IMO)) ? ((l & CPU_IN_VIRQ) || (hcr & HCR_VI)) : (l & CPU_IN_IRQ);
    bool f = (virt && (hcr & HCR_FMO)) ? ((l & CPU_IN_VFIQ) || (hcr & HCR_VF)) : (l & CPU_IN_FIQ);
    bool a = (virt && (hcr & HCR_AMO)) ? ((l & CPU_IN_VSERROR) || (hcr & HCR_VSE))
                                       : (l & CPU_IN_SERROR);
    *val = (uint64_t)a << 8 | (uint64_t)i << 7 | (uint64_t)f << 6;
    return EXEC_NEXT;
}

/* Claim tags: eight bits; CLAIMSET reads as the implemented tags, writes
 * set; CLAIMCLR reads the current tags, writes clear. */
int sr_rd_claimset(CpuState *cpu, const SysRegDesc *d, uint64_t *val)
{
    (void)cpu;
    (void)d;
    *val = 0xff;
    return EXEC_NEXT;
}

int sr_wr_claimset(CpuState *cpu, const SysRegDesc *d, uint64_t val)
{
    (void)d;
    cpu->sr[SR_DBGCLAIMCLR_EL1] |= val & 0xff;
    return EXEC_NEXT;
}

int sr_rd_claimclr(CpuState *cpu, const SysRegDesc *d, uint64_t *val)
{
    (void)d;
    *val = cpu->sr[SR_DBGCLAIMCLR_EL1];
    return EXEC_NEXT;
}

int sr_wr_claimclr(CpuState *cpu, const SysRegDesc *d, uint64_t val)
{
    (void)d;
    cpu->sr[SR_DBGCLAIMCLR_EL1] &= ~(val & 0xff);
    return EXEC_NEXT;
}
