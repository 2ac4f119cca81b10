/*
 * sysreg_vhe.c — FEAT_VHE's register plumbing (Arm ARM D5.x, "Virtualization
 * Host Extensions"): which EL2 register each EL1 encoding means at EL2 with
 * HCR_EL2.E2H=1, which EL1/EL0 register each _EL12/_EL02 alias reaches, and
 * the EL2 registers whose layout E2H changes (SCTLR_EL2, TCR_EL2 and
 * CPTR_EL2 take the EL1 layouts, CNTHCTL_EL2 gains EL0 controls).
 */
#include "sysreg_hooks.h"
#include "xnuemu/mmu.h"

typedef struct VheTwin { uint16_t el1, el2, el12; } VheTwin;

static const VheTwin vhe_twins[] = {
    { SR_SCTLR_EL1, SR_SCTLR_EL2, SR_SCTLR_EL12 },
    { SR_CPACR_EL1, SR_CPTR_EL2, SR_CPACR_EL12 },
    { SR_TTBR0_EL1, SR_TTBR0_EL2, SR_TTBR0_EL12 },
    { SR_TTBR1_EL1, SR_TTBR1_EL2, SR_TTBR1_EL12 },
    { SR_TCR_EL1, SR_TCR_EL2, SR_TCR_EL12 },
    { SR_SPSR_EL1, SR_SPSR_EL2, SR_SPSR_EL12 },
    { SR_ELR_EL1, SR_ELR_EL2, SR_ELR_EL12 },
    { SR_AFSR0_EL1, SR_AFSR0_EL2, SR_AFSR0_EL12 },
    { SR_AFSR1_EL1, SR_AFSR1_EL2, SR_AFSR1_EL12 },
    { SR_ESR_EL1, SR_ESR_EL2, SR_ESR_EL12 },
    { SR_FAR_EL1, SR_FAR_EL2, SR_FAR_EL12 },
    { SR_MAIR_EL1, SR_MAIR_EL2, SR_MAIR_EL12 },
    { SR_AMAIR_EL1, SR_AMAIR_EL2, SR_AMAIR_EL12 },
    { SR_VBAR_EL1, SR_VBAR_EL2, SR_VBAR_EL12 },
    { SR_CONTEXTIDR_EL1, SR_CONTEXTIDR_EL2, SR_CONTEXTIDR_EL12 },
    { SR_CNTKCTL_EL1, SR_CNTHCTL_EL2, SR_CNTKCTL_EL12 },
    { SR_CNTP_TVAL_EL0, SR_CNTHP_TVAL_EL2, SR_CNTP_TVAL_EL02 },
    { SR_CNTP_CTL_EL0, SR_CNTHP_CTL_EL2, SR_CNTP_CTL_EL02 },
    { SR_CNTP_CVAL_EL0, SR_CNTHP_CVAL_EL2, SR_CNTP_CVAL_EL02 },
    { SR_CNTV_TVAL_EL0, SR_CNTHV_TVAL_EL2, SR_CNTV_TVAL_EL02 },
    { SR_CNTV_CTL_EL0, SR_CNTHV_CTL_EL2, SR_CNTV_CTL_EL02 },
    { SR_CNTV_CVAL_EL0, SR_CNTHV_CVAL_EL2, SR_CNTV_CVAL_EL02 },
};

void sysreg_vhe_link(SysRegTable *t)
{
    for (unsigned i = 0; i < ARRAY_SIZE(vhe_twins); i++) {
        const VheTwin *v = &vhe_twins[i];
        SysRegDesc *el1 = (SysRegDesc *)t->by_idx[v->el1];
        SysRegDesc *el12 = (SysRegDesc *)t->by_idx[v->el12];
        if (el1 && t->by_idx[v->el2])
            el1->vhe_el2 = v->el2;
        if (el12 && el1)
            el12->alias_of = v->el1;
    }
}

/* Writable bits of the EL2 registers whose layout HCR_EL2.E2H selects:
 * { register, mask with E2H=1 }; with E2H=0 the row's own wmask applies. */
static const struct { uint16_t idx; uint64_t e2h_mask; } e2h_layouts[] = {
    { SR_SCTLR_EL2, 0x48dd21f },            /* SCTLR_EL1 layout */
    { SR_TCR_EL2, UINT64_C(0x77ffffffbf) },  /* TCR_EL1 layout */
    { SR_CPTR_EL2, 0x90300000 },            /* TCPAC, TTA, FPEN */
    { SR_CNTHCTL_EL2, 0xfff },              /* EL0 and EL1 controls, event stream */
};

int sr_wr_e2h_layout(CpuState *cpu, const SysRegDesc *d, uint64_t val)
{
    uint64_t mask = d->wmask;
    if (cpu_hcr(cpu) & HCR_E2H)
        for (unsigned i = 0; i < ARRAY_SIZE(e2h_layouts); i++)
            if (e2h_layouts[i].idx == d->idx)
                mask = e2h_layouts[i].e2h_mask;
    uint64_t *s = &cpu->sr[d->idx];
    *s = (*s & ~mask) | (val & mask);
    if (d->idx == SR_SCTLR_EL2 || d->idx == SR_TCR_EL2)
        tlb_flush_regimes(cpu, REGIMES_EL2 | REGIMES_EL20);
    return EXEC_SYNC;
}
