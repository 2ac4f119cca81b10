/*
 * sysops.c — SYS operations: IC (decoded-code invalidation), DC by VA
 * (no data cache is modelled: only the permission check and its abort,
 * ESR.CM=1), DC by set/way (no-op), DC ZVA (zeroes exactly the 64-byte
 * block DCZID_EL0 advertises), AT (PAR_EL1) and TLBI.
 * Arm ARM C5.3.x (the operations), D7.4 (cache maintenance), D8.12.x
 * (PAR_EL1 after AT), D8.13 (TLB maintenance).
 * TLBI is "invalidate everything" for every operation: a superset of each
 * operation's scope, which the architecture permits.
 */
#include <string.h>

#include "sysreg_hooks.h"
#include "xnuemu/dcache.h"
#include "xnuemu/mem.h"
#include "xnuemu/mmu.h"

int sysop_ic_iall(CpuState *cpu, const SysRegDesc *d, uint64_t val)
{
    (void)d;
    (void)val;
    dcache_invalidate_all(cpu->dcache);
    return EXEC_SYNC;
}

int sysop_ic_ivau(CpuState *cpu, const SysRegDesc *d, uint64_t va)
{
    (void)d;
    uint64_t pa;
    va &= ~UINT64_C(63);
    if (!mem_translate(cpu, va, MEM_CMO, &pa)) {
        if (cpu->halt_reason)
            return EXEC_FAULT;
        cpu->pending.iss |= (1u << 8) | (1u << 6);   /* CM, WnR */
        return EXEC_FAULT;
    }
    dcache_invalidate_range(cpu->dcache, pa, 64);
    return EXEC_SYNC;
}

int sysop_dc_va(CpuState *cpu, const SysRegDesc *d, uint64_t va)
{
    /* DC IVAC needs write permission, the clean operations read permission */
    unsigned flags = MEM_CMO | (d->idx == SR_DC_IVAC ? MEM_WRITE : 0);
    uint8_t dummy = 0;
    bool ok = (flags & MEM_WRITE) ? mem_slow_write(cpu, va, 1, &dummy, flags)
                                  : mem_slow_read(cpu, va, 1, &dummy, flags);
    return ok ? EXEC_NEXT : EXEC_FAULT;
}

int sysop_dc_sw(CpuState *cpu, const SysRegDesc *d, uint64_t val)
{
    (void)cpu;
    (void)d;
    (void)val;
    return EXEC_NEXT;
}

int sysop_dc_zva(CpuState *cpu, const SysRegDesc *d, uint64_t va)
{
    (void)d;
    static const uint8_t zero[CPU_DCZVA_BYTES];
    va &= ~(uint64_t)(CPU_DCZVA_BYTES - 1);
    return mem_slow_write(cpu, va, CPU_DCZVA_BYTES, zero, MEM_DCZVA) ? EXEC_NEXT : EXEC_FAULT;
}

/* The regime and access kind of each AT operation. */
static void at_kind(const CpuState *cpu, const SysRegDesc *d, unsigned *regime, unsigned *flags)
{
    bool e2h = (cpu_hcr(cpu) & HCR_E2H) != 0;
    *flags = MEM_AT;
    switch (d->idx) {
    case SR_AT_S1E1W: case SR_AT_S1E0W: case SR_AT_S1E2W: case SR_AT_S12E1W:
    case SR_AT_S12E0W: case SR_AT_S1E3W:
        *flags |= MEM_WRITE;
        break;
    default:
        break;
    }
    switch (d->idx) {
    case SR_AT_S1E0R: case SR_AT_S1E0W: case SR_AT_S12E0R: case SR_AT_S12E0W:
        *regime = REGIME_EL10_0;
        break;
    case SR_AT_S1E2R: case SR_AT_S1E2W:
        *regime = e2h ? REGIME_EL20_2 : REGIME_EL2;
        break;
    case SR_AT_S1E3R: case SR_AT_S1E3W:
        *regime = REGIME_EL3;
        break;
    default:
        *regime = REGIME_EL10_1;
        break;
    }
}

int sysop_at(CpuState *cpu, const SysRegDesc *d, uint64_t va)
{
    unsigned regime, flags;
    at_kind(cpu, d, &regime, &flags);
    TransResult t;
    ExcInfo saved = cpu->pending;
    if (mmu_translate(cpu, va, flags, regime, &t) &&
        ((flags & MEM_WRITE) ? t.writable : t.readable)) {
        /* PAR_EL1, F=0: ATTR[63:56], PA[47:12], NS[9], SH[8:7] */
        uint64_t attr = t.device ? 0x00 : 0xff;
        uint64_t sh = t.device ? 2 : 0;
        cpu->sr[SR_PAR_EL1] = attr << 56 | (t.pa & UINT64_C(0xfffffffff000)) | sh << 7 |
                              (cpu->model->has_el3 ? 0 : UINT64_C(1) << 9);
    } else {
        if (cpu->halt_reason)
            return EXEC_FAULT;
        unsigned fst = (cpu->pending.ec == EC_DABT_SAME || cpu->pending.ec == EC_IABT_SAME)
                           ? (cpu->pending.iss & 0x3f) : FSC_PERMISSION(3);
        /* PAR_EL1, F=1: FST[6:1], bit 11 RES1 */
        cpu->sr[SR_PAR_EL1] = UINT64_C(1) << 11 | (uint64_t)fst << 1 | 1;
        cpu->pending = saved;
    }
    return EXEC_NEXT;
}

int sysop_tlbi(CpuState *cpu, const SysRegDesc *d, uint64_t val)
{
    (void)val;
    LOG(cpu->log, LOG_MMU, "mmu: EL%u pc=0x%016llx %s 0x%llx: all TLB entries flushed\n",
        cpu->ps.el, (unsigned long long)cpu->pc, d->name, (unsigned long long)val);
    cpu_tlb_flush_all(cpu);
    return EXEC_SYNC;
}
