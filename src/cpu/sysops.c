/*
 * sysops.c — SYS operations: IC (decoded-code invalidation), DC by VA
 * (no data cache is modelled: only the permission check and its abort,
 * ESR.CM=1), DC by set/way (no-op), DC ZVA (zeroes exactly the 64-byte
 * block DCZID_EL0 advertises), AT (PAR_EL1) and TLBI.
 * Arm ARM C5.3.x (the operations), D7.4 (cache maintenance), D8.12.x
 * (PAR_EL1 after AT), D8.13 (TLB maintenance).
 * TLBI invalidates each operation's regimes, by VA where it names one
 * (tlb.c: ASIDs are not tracked, so by-ASID means the whole regime).
 */
#include <string.h>

#include "sysreg_hooks.h"
#include "xnuemu/dcache.h"
#include "xnuemu/mem.h"
#include "xnuemu/mmu.h"
#include "xnuemu/trace.h"

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
    /* a fault reports Xt itself in FAR (AArch64.IC: fault.vaddress = regval) */
    if (!mem_translate(cpu, va, MEM_CMO, &pa)) {
        if (cpu->halt_reason)
            return EXEC_FAULT;
        cpu->pending.iss |= (1u << 8) | (1u << 6);   /* CM, WnR */
        return EXEC_FAULT;
    }
    dcache_invalidate_range(cpu->dcache, pa & ~UINT64_C(63), 64);
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
    if (mem_slow_write(cpu, va & ~(uint64_t)(CPU_DCZVA_BYTES - 1), CPU_DCZVA_BYTES, zero,
                       MEM_DCZVA))
        return EXEC_NEXT;
    /* FAR holds Xt, not the block address (AArch64.DataMemZero) */
    if (!cpu->halt_reason)
        cpu->pending.far = va;
    return EXEC_FAULT;
}

/* The regime and access kind of each AT operation (C5.5 AT *). */
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
    case SR_AT_S1E0R: case SR_AT_S1E0W: case SR_AT_S1E1R: case SR_AT_S1E1W:
        *flags |= MEM_S1ONLY;
        break;
    default:
        break;
    }
    switch (d->idx) {
    case SR_AT_S1E0R: case SR_AT_S1E0W: case SR_AT_S12E0R: case SR_AT_S12E0W:
        *regime = e2h && (cpu_hcr(cpu) & HCR_TGE) ? REGIME_EL20_0 : REGIME_EL10_0;
        break;
    case SR_AT_S1E2R: case SR_AT_S1E2W:
        *regime = e2h ? REGIME_EL20_2 : REGIME_EL2;
        break;
    case SR_AT_S1E3R: case SR_AT_S1E3W:
        *regime = REGIME_EL3;
        break;
    default:
        *regime = e2h && (cpu_hcr(cpu) & HCR_TGE) ? REGIME_EL20_2 : REGIME_EL10_1;
        break;
    }
}

/* AT: translate without an exception and report in PAR_EL1 (D8.12.x,
 * PAR_EL1 fields). A stage-2 fault on the stage-1 walk of AT S1E0x or S1E1x
 * is not reported in PAR: it is taken to EL2. */
int sysop_at(CpuState *cpu, const SysRegDesc *d, uint64_t va)
{
    unsigned regime, flags;
    at_kind(cpu, d, &regime, &flags);
    TransResult t;
    ExcInfo saved = cpu->pending;
    if (mmu_translate(cpu, va, flags, regime, &t)) {
        /* PAR_EL1, F=0: ATTR[63:56], PA[47:12], bit 11 RES1, NS[9], SH[8:7] */
        uint64_t pa = (flags & MEM_S1ONLY) ? t.ipa : t.pa;
        cpu->sr[SR_PAR_EL1] = (uint64_t)t.attr << 56 | (pa & UINT64_C(0xfffffffff000)) |
                              UINT64_C(1) << 11 | (uint64_t)t.sh << 7 | (uint64_t)t.ns << 9;
        cpu->pending = saved;
        return EXEC_NEXT;
    }
    if (cpu->halt_reason)
        return EXEC_FAULT;
    uint32_t iss = cpu->pending.iss;
    bool s2 = cpu->pending.target_el == 2 && cpu->pending.ipa_valid;
    bool s1ptw = (iss >> 7) & 1;
    bool ext_walk = (iss & 0x3c) == 0x14;                 /* External abort on a walk */
    if (ext_walk || (s2 && s1ptw && cpu->ps.el == 1)) {
        /* taken as a Data Abort instead (AArch64.AT; D8.15 "Exceptions to
         * reporting the fault in PAR_EL1"): CM=1 and WnR=1 as for any
         * fault of an address translation instruction */
        cpu->pending.ec = EC_DABT_SAME;
        cpu->pending.iss |= (1u << 8) | (1u << 6);
        return EXEC_FAULT;
    }
    /* PAR_EL1, F=1: S[9], PTW[8], FST[6:1], bit 11 RES1 */
    cpu->sr[SR_PAR_EL1] = UINT64_C(1) << 11 | (uint64_t)s2 << 9 | (uint64_t)s1ptw << 8 |
                          (uint64_t)(iss & 0x3f) << 1 | 1;
    cpu->pending = saved;
    return EXEC_NEXT;
}

/* TLBI: the regimes each operation covers, and whether it names a VA
 * (Xt[43:0] = VA[55:12]) (C5.5 TLBI *). */
int sysop_tlbi(CpuState *cpu, const SysRegDesc *d, uint64_t val)
{
    unsigned regimes;
    bool by_va = false;
    bool vhe_host = (cpu_hcr(cpu) & (HCR_E2H | HCR_TGE)) == (HCR_E2H | HCR_TGE);
    switch (d->idx) {
    case SR_TLBI_VAE1IS: case SR_TLBI_VAAE1IS: case SR_TLBI_VALE1IS: case SR_TLBI_VAALE1IS:
    case SR_TLBI_VAE1: case SR_TLBI_VAAE1: case SR_TLBI_VALE1: case SR_TLBI_VAALE1:
        by_va = true;
        /* fall through */
    case SR_TLBI_VMALLE1IS: case SR_TLBI_ASIDE1IS: case SR_TLBI_VMALLE1: case SR_TLBI_ASIDE1:
        regimes = vhe_host && cpu->ps.el == 2 ? REGIMES_EL20 : REGIMES_EL10;
        break;
    case SR_TLBI_VAE2IS: case SR_TLBI_VALE2IS: case SR_TLBI_VAE2: case SR_TLBI_VALE2:
        by_va = true;
        /* fall through */
    case SR_TLBI_ALLE2IS: case SR_TLBI_ALLE2:
        regimes = REGIMES_EL2 | REGIMES_EL20;
        break;
    case SR_TLBI_VAE3IS: case SR_TLBI_VALE3IS: case SR_TLBI_VAE3: case SR_TLBI_VALE3:
        by_va = true;
        /* fall through */
    case SR_TLBI_ALLE3IS: case SR_TLBI_ALLE3:
        regimes = REGIMES_EL3;
        break;
    default:   /* ALLE1, VMALLS12E1, IPAS2(L)E1 (IS): all of EL1&0 */
        regimes = REGIMES_EL10;
        break;
    }
    uint64_t va = (uint64_t)sext64(bits64(val, 0, 44) << 12, 56);
    if (unlikely(cpu->log->mask & LOG_MMU) && trace_want_opt(cpu->trace, cpu->pc, cpu->ps.el))
        log_printf(cpu->log, "mmu: EL%u pc=0x%016llx %s 0x%llx\n", cpu->ps.el,
                   (unsigned long long)cpu->pc, d->name, (unsigned long long)val);
    if (by_va)
        tlb_flush_va(cpu, regimes, va);
    else
        tlb_flush_regimes(cpu, regimes);
    return EXEC_SYNC;
}
