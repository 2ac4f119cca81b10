/*
 * sysreg_traps.c — access-check hooks of the system-register rows: the
 * EL0 enables in SCTLR_EL1 (UCT, UMA, UCI, DZE), MDSCR_EL1.TDCC, and the
 * HCR_EL2 trap controls (TID1-3, TACR, TVM/TRVM, TPC, TPU, TSW, TTLB, TDZ)
 * and CPTR_ELx.TCPAC (Arm ARM D1.13.x "Configurable instruction enables and
 * traps", D17.2.48 HCR_EL2). Each returns SR_OK or where the access goes.
 */
#include "sysreg_hooks.h"

/* EL0 access disabled by an SCTLR_EL1 enable bit: trap to EL1, or to EL2
 * when HCR_EL2.TGE routes EL0 exceptions there. */
static SrAccess el0_enable(const CpuState *cpu, uint64_t sctlr_bit)
{
    if (cpu->ps.el != 0)
        return SR_OK;
    if (cpu_hcr(cpu) & HCR_TGE)
        return (cpu->sr[SR_SCTLR_EL2] & sctlr_bit) ? SR_OK : SR_TRAP_EL2;
    return (cpu->sr[SR_SCTLR_EL1] & sctlr_bit) ? SR_OK : SR_TRAP_EL1;
}

/* An HCR_EL2 trap control that applies at EL1 (and EL0 when el0 is set). */
static SrAccess hcr_trap(const CpuState *cpu, uint64_t bit, bool el0_too)
{
    if (cpu->ps.el == 1 || (el0_too && cpu->ps.el == 0))
        if (cpu_hcr(cpu) & bit)
            return SR_TRAP_EL2;
    return SR_OK;
}

SrAccess trap_uct_tid2(CpuState *cpu, const SysRegDesc *d, bool is_read)
{
    (void)d;
    (void)is_read;
    SrAccess a = el0_enable(cpu, SCTLR_UCT);
    return a != SR_OK ? a : hcr_trap(cpu, HCR_TID2, true);
}

SrAccess trap_uma(CpuState *cpu, const SysRegDesc *d, bool is_read)
{
    (void)d;
    (void)is_read;
    return el0_enable(cpu, UINT64_C(1) << 9);   /* SCTLR_EL1.UMA */
}

SrAccess trap_tid1(CpuState *cpu, const SysRegDesc *d, bool is_read)
{
    (void)d;
    (void)is_read;
    return hcr_trap(cpu, HCR_TID1, false);
}

SrAccess trap_tid2(CpuState *cpu, const SysRegDesc *d, bool is_read)
{
    (void)d;
    (void)is_read;
    return hcr_trap(cpu, HCR_TID2, false);
}

SrAccess trap_tid3(CpuState *cpu, const SysRegDesc *d, bool is_read)
{
    (void)d;
    (void)is_read;
    return hcr_trap(cpu, HCR_TID3, false);
}

SrAccess trap_tacr(CpuState *cpu, const SysRegDesc *d, bool is_read)
{
    (void)d;
    (void)is_read;
    return hcr_trap(cpu, HCR_TACR, false);
}

/* IMPLEMENTATION DEFINED registers (op0=3, CRn=11 or 15): HCR_EL2.TIDCP
 * traps EL1 accesses to EL2 (D17.2.48). */
SrAccess trap_tidcp(CpuState *cpu, const SysRegDesc *d, bool is_read)
{
    (void)d;
    (void)is_read;
    return hcr_trap(cpu, HCR_TIDCP, false);
}

/* Virtual-memory control registers: TVM traps writes, TRVM reads. */
SrAccess trap_tvm(CpuState *cpu, const SysRegDesc *d, bool is_read)
{
    (void)d;
    return hcr_trap(cpu, is_read ? HCR_TRVM : HCR_TVM, false);
}

/* CPACR_EL1 accesses from EL1: CPTR_EL2.TCPAC, then CPTR_EL3.TCPAC. */
SrAccess trap_cpacr(CpuState *cpu, const SysRegDesc *d, bool is_read)
{
    (void)d;
    (void)is_read;
    if (cpu->ps.el == 1 && cpu_el2_enabled(cpu) && (cpu->sr[SR_CPTR_EL2] & (UINT64_C(1) << 31)))
        return SR_TRAP_EL2;
    if (cpu->ps.el <= 2 && cpu->model->has_el3 && (cpu->sr[SR_CPTR_EL3] & (UINT64_C(1) << 31)))
        return SR_TRAP_EL3;
    return SR_OK;
}

SrAccess trap_rvbar(CpuState *cpu, const SysRegDesc *d, bool is_read)
{
    (void)is_read;
    unsigned el = d->idx == SR_RVBAR_EL1 ? 1 : d->idx == SR_RVBAR_EL2 ? 2 : 3;
    return el == cpu->model->max_el ? SR_OK : SR_UNDEF;
}

SrAccess trap_sp_el0(CpuState *cpu, const SysRegDesc *d, bool is_read)
{
    (void)d;
    (void)is_read;
    return cpu->ps.sp == 0 ? SR_UNDEF : SR_OK;
}

SrAccess trap_mdscr_tdcc(CpuState *cpu, const SysRegDesc *d, bool is_read)
{
    (void)d;
    (void)is_read;
    if (cpu->ps.el == 0 && (cpu->sr[SR_MDSCR_EL1] & (UINT64_C(1) << 12)))
        return (cpu_hcr(cpu) & HCR_TGE) ? SR_TRAP_EL2 : SR_TRAP_EL1;
    return SR_OK;
}

/* Cache maintenance: EL0 needs SCTLR_EL1.UCI; HCR_EL2.TPC traps PoC
 * operations, TPU PoU operations, TSW set/way operations. */
SrAccess trap_uci_tpc(CpuState *cpu, const SysRegDesc *d, bool is_read)
{
    (void)d;
    (void)is_read;
    SrAccess a = el0_enable(cpu, SCTLR_UCI);
    return a != SR_OK ? a : hcr_trap(cpu, HCR_TPC, true);
}

SrAccess trap_uci_tpu(CpuState *cpu, const SysRegDesc *d, bool is_read)
{
    (void)d;
    (void)is_read;
    SrAccess a = el0_enable(cpu, SCTLR_UCI);
    return a != SR_OK ? a : hcr_trap(cpu, HCR_TPU, true);
}

SrAccess trap_tpc(CpuState *cpu, const SysRegDesc *d, bool is_read)
{
    (void)d;
    (void)is_read;
    return hcr_trap(cpu, HCR_TPC, false);
}

SrAccess trap_tpu(CpuState *cpu, const SysRegDesc *d, bool is_read)
{
    (void)d;
    (void)is_read;
    return hcr_trap(cpu, HCR_TPU, false);
}

SrAccess trap_tsw(CpuState *cpu, const SysRegDesc *d, bool is_read)
{
    (void)d;
    (void)is_read;
    return hcr_trap(cpu, HCR_TSW, false);
}

SrAccess trap_ttlb(CpuState *cpu, const SysRegDesc *d, bool is_read)
{
    (void)d;
    (void)is_read;
    return hcr_trap(cpu, HCR_TTLB, false);
}

SrAccess trap_dze_tdz(CpuState *cpu, const SysRegDesc *d, bool is_read)
{
    (void)d;
    (void)is_read;
    SrAccess a = el0_enable(cpu, SCTLR_DZE);
    return a != SR_OK ? a : hcr_trap(cpu, HCR_TDZ, true);
}
