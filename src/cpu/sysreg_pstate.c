/*
 * sysreg_pstate.c — system registers that are views of PSTATE or of the
 * banked stack pointers: NZCV, DAIF, SPSel, CurrentEL, PAN, UAO, SP_ELx
 * (Arm ARM C5.2 "Special-purpose registers"), and HCR_EL2 writes, which
 * change the translation regime and interrupt routing.
 */
#include "sysreg_hooks.h"
#include "xnuemu/cpu_model.h"

int sr_rd_nzcv(CpuState *cpu, const SysRegDesc *d, uint64_t *val)
{
    (void)d;
    *val = cpu->nzcv;
    return EXEC_NEXT;
}

int sr_wr_nzcv(CpuState *cpu, const SysRegDesc *d, uint64_t val)
{
    (void)d;
    cpu->nzcv = (uint32_t)val & 0xf0000000u;
    return EXEC_NEXT;
}

int sr_rd_daif(CpuState *cpu, const SysRegDesc *d, uint64_t *val)
{
    (void)d;
    *val = (uint64_t)cpu->ps.daif << 6;
    return EXEC_NEXT;
}

int sr_wr_daif(CpuState *cpu, const SysRegDesc *d, uint64_t val)
{
    (void)d;
    cpu->ps.daif = (uint8_t)((val >> 6) & 0xf);
    return EXEC_SYNC;   /* unmasking may let a pending interrupt in */
}

int sr_rd_spsel(CpuState *cpu, const SysRegDesc *d, uint64_t *val)
{
    (void)d;
    *val = cpu->ps.sp;
    return EXEC_NEXT;
}

int sr_wr_spsel(CpuState *cpu, const SysRegDesc *d, uint64_t val)
{
    (void)d;
    cpu_set_el_sp(cpu, cpu->ps.el, (unsigned)(val & 1));
    return EXEC_NEXT;
}

int sr_rd_currentel(CpuState *cpu, const SysRegDesc *d, uint64_t *val)
{
    (void)d;
    *val = (uint64_t)cpu->ps.el << 2;
    return EXEC_NEXT;
}

int sr_rd_pan(CpuState *cpu, const SysRegDesc *d, uint64_t *val)
{
    (void)d;
    *val = (uint64_t)cpu->ps.pan << 22;
    return EXEC_NEXT;
}

int sr_wr_pan(CpuState *cpu, const SysRegDesc *d, uint64_t val)
{
    (void)d;
    cpu->ps.pan = (uint8_t)((val >> 22) & 1);
    cpu_update_regime(cpu);
    return EXEC_NEXT;
}

int sr_rd_uao(CpuState *cpu, const SysRegDesc *d, uint64_t *val)
{
    (void)d;
    *val = (uint64_t)cpu->ps.uao << 23;
    return EXEC_NEXT;
}

int sr_wr_uao(CpuState *cpu, const SysRegDesc *d, uint64_t val)
{
    (void)d;
    cpu->ps.uao = (uint8_t)((val >> 23) & 1);
    return EXEC_NEXT;
}

/* SP_EL0 (at EL1+), SP_EL1 (at EL2+), SP_EL2 (at EL3): the banked copy.
 * The live SP is r[REG_SP]; these are never the live one when accessible
 * (trap_sp_el0 makes SP_EL0 UNDEFINED while SPSel selects it). */
static unsigned sp_bank_of(const SysRegDesc *d)
{
    return d->idx == SR_SP_EL0 ? 0 : d->idx == SR_SP_EL1 ? 1 : 2;
}

int sr_rd_sp_el(CpuState *cpu, const SysRegDesc *d, uint64_t *val)
{
    *val = cpu->sp_el[sp_bank_of(d)];
    return EXEC_NEXT;
}

int sr_wr_sp_el(CpuState *cpu, const SysRegDesc *d, uint64_t val)
{
    cpu->sp_el[sp_bank_of(d)] = val;
    return EXEC_NEXT;
}

int sr_wr_hcr(CpuState *cpu, const SysRegDesc *d, uint64_t val)
{
    uint64_t mask = d->wmask;
    if (!(cpu->model->features & FEAT_VHE))
        mask &= ~HCR_E2H;                   /* RES0 without FEAT_VHE */
    uint64_t *s = &cpu->sr[SR_HCR_EL2];
    *s = (*s & ~mask) | (val & mask);
    cpu_update_regime(cpu);
    cpu_tlb_flush_all(cpu);
    return EXEC_SYNC;
}
