/*
 * sysreg.c — builds the per-model system-register table from the
 * sysreg_*.def rows, looks registers up by encoding, and executes MRS/MSR/
 * SYS accesses: EL access check, trap hook, FP enable check, then the hook
 * or plain storage with the write mask. Arm ARM D1.13.x / D17 (access
 * rules), D17.2.37 (ESR ISS for EC 0x18), C5.3 (System instruction space).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sysreg_hooks.h"
#include "xnuemu/cpu_model.h"
#include "xnuemu/mmu.h"
#include "xnuemu/sysreg.h"
#include "xnuemu/trace.h"

static const SysRegDesc all_rows[] = {
#define SYSREG(name_, op0, op1, crn, crm, op2, acc, flags_, reset, wmask_, rd_, wr_, trap_) \
    { .name = #name_, .key = (uint16_t)((op0) << 14 | (op1) << 11 | (crn) << 7 | (crm) << 3 | (op2)), \
      .idx = SR_##name_, .vhe_el2 = SR_NONE, .alias_of = SR_NONE, \
      .access = (acc), .flags = (flags_), .wmask = (wmask_), \
      .rd = (rd_), .wr = (wr_), .trap = (trap_) },
#include "sysreg_arch.def"
#include "sysreg_timer.def"
#include "sysreg_ops.def"
#include "sysreg_vhe.def"
#include "sysreg_apple.def"
#undef SYSREG
};

static bool row_exists(const SysRegDesc *d, const CpuModel *m)
{
    if ((d->flags & SR_EL2) && !m->has_el2)
        return false;
    if ((d->flags & SR_EL3) && !m->has_el3)
        return false;
    if ((d->flags & SR_FEAT_PAN) && !(m->features & FEAT_PAN))
        return false;
    if ((d->flags & SR_FEAT_LOR) && !(m->features & FEAT_LOR))
        return false;
    if ((d->flags & SR_FEAT_VHE) && !(m->features & FEAT_VHE))
        return false;
    if ((d->flags & SR_FEAT_UAO) && !(m->features & FEAT_UAO))
        return false;
    if ((d->flags & SR_APPLE) && !m->apple_impdef)
        return false;
    if ((d->flags & SR_APPLE_IPI) && !m->apple_fast_ipi)
        return false;
    unsigned crm = (d->key >> 3) & 15;   /* DBGB*<n>/DBGW*<n>: n is CRm */
    if ((d->flags & SR_DBG_BP) && crm > bits64(m->id_aa64dfr0, 12, 4))
        return false;
    if ((d->flags & SR_DBG_WP) && crm > bits64(m->id_aa64dfr0, 20, 4))
        return false;
    return true;
}

static int cmp_key(const void *a, const void *b)
{
    const SysRegDesc *x = a, *y = b;
    return (int)x->key - (int)y->key;
}

bool sysreg_table_build(SysRegTable *t, const CpuModel *m, char *err, size_t errlen)
{
    t->rows = calloc(ARRAY_SIZE(all_rows), sizeof(*t->rows));
    t->n = 0;
    if (!t->rows) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    for (unsigned i = 0; i < ARRAY_SIZE(all_rows); i++)
        if (row_exists(&all_rows[i], m))
            t->rows[t->n++] = all_rows[i];
    qsort(t->rows, t->n, sizeof(*t->rows), cmp_key);
    for (unsigned i = 1; i < t->n; i++) {
        if (t->rows[i].key == t->rows[i - 1].key) {
            snprintf(err, errlen, "system registers %s and %s have the same encoding",
                     t->rows[i - 1].name, t->rows[i].name);
            return false;
        }
    }
    t->by_idx = calloc(SR__COUNT, sizeof(*t->by_idx));
    if (!t->by_idx) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    for (unsigned i = 0; i < t->n; i++)
        t->by_idx[t->rows[i].idx] = &t->rows[i];
    if (m->features & FEAT_VHE)
        sysreg_vhe_link(t);
    return true;
}

void sysreg_table_free(SysRegTable *t)
{
    free(t->by_idx);
    t->by_idx = NULL;
    free(t->rows);
    t->rows = NULL;
    t->n = 0;
}

const SysRegDesc *sysreg_find(const SysRegTable *t, uint16_t key)
{
    unsigned lo = 0, hi = t->n;
    while (lo < hi) {
        unsigned mid = (lo + hi) / 2;
        if (t->rows[mid].key == key)
            return &t->rows[mid];
        if (t->rows[mid].key < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

const SysRegDesc *sysreg_find_name(const SysRegTable *t, const char *name)
{
    for (unsigned i = 0; i < t->n; i++)
        if (strcmp(t->rows[i].name, name) == 0)
            return &t->rows[i];
    return NULL;
}

void sysreg_reset(CpuState *cpu)
{
    const CpuModel *m = cpu->model;
#define SYSREG(name, op0, op1, crn, crm, op2, acc, flags, reset, wmask, rd, wr, trap) \
    cpu->sr[SR_##name] = (uint64_t)(reset);
#include "sysreg_arch.def"
#include "sysreg_timer.def"
#include "sysreg_ops.def"
#include "sysreg_vhe.def"
#include "sysreg_apple.def"
#undef SYSREG
    (void)m;
    cpu->hwdbg = (HwDebugState){ 0 };     /* OS lock set: no debug events armed */
}

void sysreg_key_name(uint16_t key, char *buf, size_t len)
{
    snprintf(buf, len, "S%u_%u_C%u_C%u_%u", key >> 14, (key >> 11) & 7, (key >> 7) & 15,
             (key >> 3) & 15, key & 7);
}

uint64_t sysreg_sctlr(const CpuState *cpu)
{
    switch (cpu->ps.el) {
    case 3: return cpu->sr[SR_SCTLR_EL3];
    case 2: return cpu->sr[SR_SCTLR_EL2];
    default: return cpu->sr[SR_SCTLR_EL1];
    }
}

unsigned sysreg_el1_target(const CpuState *cpu)
{
    if (cpu->ps.el == 0 && (cpu_hcr(cpu) & HCR_TGE))
        return 2;
    return cpu->ps.el > 1 ? cpu->ps.el : 1;
}

/* ISS of an EC 0x18 trap (D17.2.37: "ISS encoding for an exception from
 * MSR, MRS, or System instruction execution"). rt is the register-file
 * index: XZR and the write sink both encode as 31. */
static uint32_t sysreg_iss(uint16_t key, unsigned rt, bool is_read)
{
    uint32_t op0 = key >> 14, op1 = (key >> 11) & 7, crn = (key >> 7) & 15;
    uint32_t crm = (key >> 3) & 15, op2 = key & 7;
    uint32_t r = rt >= 31 ? 31 : rt;
    return op0 << 20 | op2 << 17 | op1 << 14 | crn << 10 | r << 5 | crm << 1 | (is_read ? 1 : 0);
}

static int raise_access(CpuState *cpu, SrAccess a, uint16_t key, unsigned rt, bool is_read)
{
    switch (a) {
    case SR_OK:
        return EXEC_NEXT;
    case SR_UNDEF:
        return cpu_undef(cpu);
    case SR_TRAP_EL1:
    case SR_TRAP_EL2:
    case SR_TRAP_EL3:
        cpu_fault(cpu, EC_SYSREG, sysreg_iss(key, rt, is_read));
        cpu->pending.target_el = (uint8_t)(a - SR_TRAP_EL1 + 1);
        return EXEC_FAULT;
    default:
        /* EC 0x07 from AArch64: CV=1, COND=0b1110 (D17.2.37) */
        cpu_fault(cpu, EC_FP_ACCESS, 0x1e00000);
        cpu->pending.target_el = (uint8_t)(a - SR_FPTRAP_EL1 + 1);
        return EXEC_FAULT;
    }
}

/* FP/SIMD access enables: CPACR_EL1.FPEN, CPTR_EL2.TFP, CPTR_EL3.TFP
 * (D1.11.x "Configurable traps"), checked lowest EL first. */
SrAccess sysreg_fp_access(const CpuState *cpu)
{
    unsigned el = cpu->ps.el;
    uint64_t hcr = cpu_hcr(cpu);
    bool tge = (hcr & HCR_TGE) != 0;
    if (el <= 1 && !tge) {
        unsigned fpen = (unsigned)bits64(cpu->sr[SR_CPACR_EL1], 20, 2);
        if (fpen == 0 || fpen == 2 || (fpen == 1 && el == 0))
            return SR_FPTRAP_EL1;
    }
    if (el <= 2 && cpu_el2_enabled(cpu)) {
        if (hcr & HCR_E2H) {
            /* CPTR_EL2 in the CPACR layout: FPEN traps EL2 and below, or
             * with 01 only EL0 of a VHE host */
            unsigned fpen = (unsigned)bits64(cpu->sr[SR_CPTR_EL2], 20, 2);
            if (fpen == 0 || fpen == 2 || (fpen == 1 && el == 0 && tge))
                return SR_FPTRAP_EL2;
        } else if (cpu->sr[SR_CPTR_EL2] & (1u << 10)) {
            return SR_FPTRAP_EL2;
        }
    }
    if (cpu->model->has_el3 && (cpu->sr[SR_CPTR_EL3] & (1u << 10)))
        return SR_FPTRAP_EL3;
    return SR_OK;
}

/* A write to a translation control changes the regimes that use it:
 * flush their TLBs so the next instruction sees the new translation. */
static void tlb_flush_for_sysreg(CpuState *cpu, unsigned idx)
{
    unsigned regimes;
    switch (idx) {
    case SR_SCTLR_EL1: case SR_TTBR0_EL1: case SR_TTBR1_EL1: case SR_TCR_EL1: case SR_MAIR_EL1:
    case SR_VTTBR_EL2: case SR_VTCR_EL2:
        regimes = REGIMES_EL10;
        break;
    case SR_SCTLR_EL2: case SR_TTBR0_EL2: case SR_TTBR1_EL2: case SR_TCR_EL2: case SR_MAIR_EL2:
        regimes = REGIMES_EL2 | REGIMES_EL20;
        break;
    case SR_SCTLR_EL3: case SR_TTBR0_EL3: case SR_TCR_EL3: case SR_MAIR_EL3:
        regimes = REGIMES_EL3;
        break;
    default:          /* HCR_EL2, SCR_EL3: regime selection itself changes */
        regimes = REGIMES_ALL;
        break;
    }
    cpu_update_regime(cpu);
    tlb_flush_regimes(cpu, regimes);
}

/* FEAT_VHE: with HCR_EL2.E2H=1 an EL1 encoding used at EL2 (and a timer
 * encoding used at EL0 with TGE=1) means the EL2 register; an _EL12/_EL02
 * alias means the EL1/EL0 register, and is UNDEFINED without E2H (D5.x).
 * NULL: UNDEFINED. */
static const SysRegDesc *vhe_target(const CpuState *cpu, const SysRegDesc *d)
{
    bool e2h = (cpu_hcr(cpu) & HCR_E2H) != 0;
    if (d->alias_of != SR_NONE)
        return e2h ? cpu->srt->by_idx[d->alias_of] : NULL;
    if (d->vhe_el2 != SR_NONE && e2h) {
        bool timer_el0 = cpu->ps.el == 0 && (cpu_hcr(cpu) & HCR_TGE) && (d->flags & SR_IO);
        if (cpu->ps.el == 2 || timer_el0)
            return cpu->srt->by_idx[d->vhe_el2];
    }
    return d;
}

/* The access after the EL check of the encoding `key`: the register's trap
 * hook, the FP enables, then its hook or plain storage. */
static int do_read(CpuState *cpu, const SysRegDesc *d, uint64_t *val, unsigned rt, uint16_t key)
{
    if (d->trap) {
        SrAccess a = d->trap(cpu, d, true);
        if (a != SR_OK)
            return raise_access(cpu, a, key, rt, true);
    }
    if (d->flags & SR_FP) {
        SrAccess a = sysreg_fp_access(cpu);
        if (a != SR_OK)
            return raise_access(cpu, a, key, rt, true);
    }
    if (d->rd)
        return d->rd(cpu, d, val);
    *val = cpu->sr[d->idx];
    return EXEC_NEXT;
}

static int do_write(CpuState *cpu, const SysRegDesc *d, uint64_t val, unsigned rt, uint16_t key)
{
    if (d->trap) {
        SrAccess a = d->trap(cpu, d, false);
        if (a != SR_OK)
            return raise_access(cpu, a, key, rt, false);
    }
    if (d->flags & SR_FP) {
        SrAccess a = sysreg_fp_access(cpu);
        if (a != SR_OK)
            return raise_access(cpu, a, key, rt, false);
    }
    if (unlikely(cpu->log->mask & (LOG_SYSREG | LOG_MMU)) &&
        trace_want_opt(cpu->trace, cpu->pc, cpu->ps.el)) {          /* --trace-range/-el */
        if (!(d->flags & SR_SYSOP))
            LOG(cpu->log, LOG_SYSREG, "sysreg: EL%u pc=0x%016llx MSR %s, 0x%llx\n", cpu->ps.el,
                (unsigned long long)cpu->pc, d->name, (unsigned long long)val);
        if ((cpu->log->mask & LOG_MMU) && (d->flags & SR_TLB))
            log_printf(cpu->log, "mmu: EL%u pc=0x%016llx %s 0x%llx -> 0x%llx\n", cpu->ps.el,
                       (unsigned long long)cpu->pc, d->name,
                       (unsigned long long)cpu->sr[d->idx], (unsigned long long)val);
    }
    if (d->idx == SR_CPACR_EL1 || d->idx == SR_CPTR_EL2 || d->idx == SR_CPTR_EL3)
        cpu->fp_ok = false;       /* FP enables changed (fpsimd.h) */
    if (d->wr)
        return d->wr(cpu, d, val);
    uint64_t *s = &cpu->sr[d->idx];
    *s = (*s & ~d->wmask) | (val & d->wmask);
    if (d->flags & SR_TLB) {
        tlb_flush_for_sysreg(cpu, d->idx);
        return EXEC_SYNC;
    }
    return (d->flags & SR_IO) ? EXEC_SYNC : EXEC_NEXT;
}

/* The encoding's EL check and trap controls, then those of the register
 * it reaches (the same row unless VHE redirects it). */
static const SysRegDesc *resolve(CpuState *cpu, const SysRegDesc *d, bool is_read,
                                 unsigned rt, int *fault)
{
    unsigned min_el = is_read ? (d->access & 0xf) : (d->access >> 4);
    const SysRegDesc *e;
    if (min_el > cpu->ps.el || !(e = vhe_target(cpu, d))) {
        *fault = cpu_undef(cpu);
        return NULL;
    }
    if (e != d && d->trap) {
        SrAccess a = d->trap(cpu, d, is_read);
        if (a != SR_OK) {
            *fault = raise_access(cpu, a, d->key, rt, is_read);
            return NULL;
        }
    }
    return e;
}

int sysreg_exec_read(CpuState *cpu, const SysRegDesc *d, uint64_t *val, unsigned rt)
{
    int fault;
    const SysRegDesc *e = resolve(cpu, d, true, rt, &fault);
    return e ? do_read(cpu, e, val, rt, d->key) : fault;
}

int sysreg_exec_write(CpuState *cpu, const SysRegDesc *d, uint64_t val, unsigned rt)
{
    int fault;
    const SysRegDesc *e = resolve(cpu, d, false, rt, &fault);
    return e ? do_write(cpu, e, val, rt, d->key) : fault;
}

bool sysreg_peek(CpuState *cpu, const SysRegDesc *d, uint64_t *val)
{
    if (d->flags & SR_SYSOP)
        return false;
    if (d->rd) {
        ExcInfo saved = cpu->pending;
        int r = d->rd(cpu, d, val);
        cpu->pending = saved;
        return r != EXEC_FAULT;
    }
    *val = cpu->sr[d->idx];
    return true;
}

bool sysreg_poke(CpuState *cpu, const SysRegDesc *d, uint64_t val)
{
    cpu->fp_ok = false;
    if (d->flags & (SR_SYSOP | SR_CONST))
        return false;
    if (d->wr) {
        ExcInfo saved = cpu->pending;
        int r = d->wr(cpu, d, val);
        cpu->pending = saved;
        return r != EXEC_FAULT;
    }
    uint64_t *s = &cpu->sr[d->idx];
    *s = (*s & ~d->wmask) | (val & d->wmask);
    if (d->flags & SR_TLB)
        tlb_flush_for_sysreg(cpu, d->idx);
    cpu_kick(cpu);
    return true;
}
