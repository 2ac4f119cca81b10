/*
 * debug_enable.c — when the guest's own debug exceptions can happen and
 * where they go (Arm ARM D2.4 "Enabling debug exceptions", D2.5 "Routing
 * debug exceptions", pseudocode AArch64.GenerateDebugExceptionsFrom and
 * DebugTarget), the OS lock and OS double lock (D2.5.x, OSLAR_EL1,
 * OSDLR_EL1), the summary of armed breakpoints/watchpoints the run loop
 * reads (hwdebug.h), the debug-register write hooks, and the EL2/EL3 traps
 * of debug-register accesses (MDCR_EL2.{TDA,TDOSA,TDRA,TDE}, MDCR_EL3.TDA,
 * D17.3.x MDCR_EL2).
 */
#include "sysreg_hooks.h"
#include "xnuemu/hwdebug.h"
#include "xnuemu/mmu.h"

unsigned hwdbg_num_bps(const CpuState *cpu)
{
    return (unsigned)bits64(cpu->model->id_aa64dfr0, 12, 4) + 1;
}

unsigned hwdbg_num_wps(const CpuState *cpu)
{
    return (unsigned)bits64(cpu->model->id_aa64dfr0, 20, 4) + 1;
}

unsigned hwdbg_num_ctx_bps(const CpuState *cpu)
{
    return (unsigned)bits64(cpu->model->id_aa64dfr0, 28, 4) + 1;
}

static bool is_secure(const CpuState *cpu, unsigned el)
{
    return cpu->model->has_el3 && (el == 3 || !(cpu->sr[SR_SCR_EL3] & SCR_NS));
}

/* OS lock set, or the OS double lock in force (DoubleLockStatus: DLK with
 * DBGPRCR_EL1.CORENPDRQ clear, outside Debug state, which we never enter). */
static bool os_locked(const CpuState *cpu)
{
    if (cpu->sr[SR_OSLSR_EL1] & 2)
        return true;
    return (cpu->sr[SR_OSDLR_EL1] & 1) && !(cpu->sr[SR_DBGPRCR_EL1] & 1);
}

static bool route_to_el2(const CpuState *cpu, unsigned el)
{
    return cpu->model->has_el2 && !is_secure(cpu, el) &&
           ((cpu->sr[SR_HCR_EL2] & HCR_TGE) || (cpu->sr[SR_MDCR_EL2] & MDCR_TDE));
}

unsigned hwdbg_target_el(const CpuState *cpu)
{
    return route_to_el2(cpu, cpu->ps.el) ? 2 : 1;
}

bool hwdbg_enabled_from(const CpuState *cpu, unsigned el, bool dmask)
{
    if (os_locked(cpu))
        return false;
    unsigned target = route_to_el2(cpu, el) ? 2 : 1;
    if (cpu->model->has_el3 && is_secure(cpu, el) && (cpu->sr[SR_MDCR_EL3] & MDCR3_SDD))
        return false;
    if (el == target)
        return (cpu->sr[SR_MDSCR_EL1] & MDSCR_KDE) && !dmask;
    return target > el;       /* never to a lower EL */
}

void hwdbg_update(CpuState *cpu, bool flush_tlb)
{
    uint16_t bp = 0, wp = 0;
    if ((cpu->sr[SR_MDSCR_EL1] & MDSCR_MDE) && !os_locked(cpu)) {
        for (unsigned n = 0; n < hwdbg_num_bps(cpu); n++)
            if (cpu->sr[SR_DBGBCR0_EL1 + (SR_DBGBCR1_EL1 - SR_DBGBCR0_EL1) * n] & 1)
                bp |= (uint16_t)(1u << n);
        for (unsigned n = 0; n < hwdbg_num_wps(cpu); n++)
            if (cpu->sr[SR_DBGWCR0_EL1 + (SR_DBGWCR1_EL1 - SR_DBGWCR0_EL1) * n] & 1)
                wp |= (uint16_t)(1u << n);
    }
    bool watch_changed = wp != cpu->hwdbg.wp_mask || (wp && flush_tlb);
    cpu->hwdbg.bp_mask = bp;
    cpu->hwdbg.wp_mask = wp;
    if (watch_changed)
        cpu_tlb_flush_all(cpu);   /* pages gain or lose TLBF_WATCH */
}

/* MDSCR_EL1, OSDLR_EL1, DBGPRCR_EL1 and the DBGB*, DBGW* registers: store,
 * then re-arm. EXEC_SYNC: the run loop re-selects its inner loop. */
int sr_wr_dbg(CpuState *cpu, const SysRegDesc *d, uint64_t val)
{
    uint64_t *s = &cpu->sr[d->idx];
    *s = (*s & ~d->wmask) | (val & d->wmask);
    unsigned stride = SR_DBGBVR1_EL1 - SR_DBGBVR0_EL1;
    if (d->flags & SR_DBG_BP) {
        unsigned n = (unsigned)((d->key >> 3) & 15);
        if (d->idx == SR_DBGBVR0_EL1 + stride * n && n < hwdbg_num_bps(cpu) - hwdbg_num_ctx_bps(cpu))
            *s &= ~UINT64_C(3);   /* RES0 unless the breakpoint is context-aware */
    }
    hwdbg_update(cpu, (d->flags & SR_DBG_WP) != 0);
    return EXEC_SYNC;
}

/* OSLAR_EL1.OSLK sets OSLSR_EL1.OSLK (bit 1). */
int sr_wr_oslar(CpuState *cpu, const SysRegDesc *d, uint64_t val)
{
    (void)d;
    cpu->sr[SR_OSLSR_EL1] = (cpu->sr[SR_OSLSR_EL1] & ~UINT64_C(2)) | ((val & 1) << 1);
    hwdbg_update(cpu, false);
    return EXEC_SYNC;
}

/* EL1/EL0 accesses trapped to EL2 by an MDCR_EL2 bit (TDE implies TDA,
 * TDOSA and TDRA; so does HCR_EL2.TGE), then EL3 by MDCR_EL3 `el3_bit`. */
static SrAccess mdcr_trap(const CpuState *cpu, uint64_t el2_bit, uint64_t el3_bit)
{
    unsigned el = cpu->ps.el;
    if (el <= 1 && cpu_el2_enabled(cpu)) {
        uint64_t mdcr = cpu->sr[SR_MDCR_EL2];
        if ((mdcr & (el2_bit | MDCR_TDE)) || (cpu->sr[SR_HCR_EL2] & HCR_TGE))
            return SR_TRAP_EL2;
    }
    if (el <= 2 && cpu->model->has_el3 && (cpu->sr[SR_MDCR_EL3] & el3_bit))
        return SR_TRAP_EL3;
    return SR_OK;
}

SrAccess trap_dbg_tda(CpuState *cpu, const SysRegDesc *d, bool is_read)
{
    (void)d;
    (void)is_read;
    return mdcr_trap(cpu, MDCR_TDA, MDCR_TDA);
}

SrAccess trap_dbg_tdosa(CpuState *cpu, const SysRegDesc *d, bool is_read)
{
    (void)d;
    (void)is_read;
    return mdcr_trap(cpu, MDCR_TDOSA, MDCR_TDOSA);
}

SrAccess trap_dbg_tdra(CpuState *cpu, const SysRegDesc *d, bool is_read)
{
    (void)d;
    (void)is_read;
    return mdcr_trap(cpu, MDCR_TDRA, MDCR_TDRA);
}
