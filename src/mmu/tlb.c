/*
 * tlb.c — maintenance of the software TLBs (Arm ARM D8.13 TLB maintenance
 * requirements): flushing whole regimes, and every cached 4 KiB entry of a
 * VA. Our entries are 4 KiB wide whatever the granule or block size, so a
 * VA invalidation covers the largest mapping cached in the regime since
 * its last flush (16 KiB pages: 4 entries), and flushes the regime when
 * that is larger than the table. Invalidating more than asked is always
 * permitted; ASIDs are not tracked, so by-ASID operations flush by regime.
 */
#include "xnuemu/mmu.h"

void tlb_flush_regimes(CpuState *cpu, unsigned regimes)
{
    for (unsigned r = 0; r < REGIME_COUNT; r++) {
        if (regimes & (1u << r)) {
            tlb_flush(&cpu->tlbs[r]);
            cpu->tlb_size_log2[r] = 12;
        }
    }
}

void tlb_note_size(CpuState *cpu, unsigned regime, unsigned size_log2)
{
    if (size_log2 > cpu->tlb_size_log2[regime])
        cpu->tlb_size_log2[regime] = (uint8_t)size_log2;
}

void tlb_flush_va(CpuState *cpu, unsigned regimes, uint64_t va)
{
    for (unsigned r = 0; r < REGIME_COUNT; r++) {
        if (!(regimes & (1u << r)))
            continue;
        unsigned s = cpu->tlb_size_log2[r];
        if (s - 12 >= TLB_BITS) {
            tlb_flush_regimes(cpu, 1u << r);
            continue;
        }
        uint64_t base = va & ~ones64(s);
        Tlb *t = &cpu->tlbs[r];
        for (uint64_t p = 0; p < (UINT64_C(1) << (s - 12)); p++) {
            unsigned i = tlb_index(base + (p << 12));
            t->d[i].tag_r = t->d[i].tag_w = TLBF_INVALID;
            t->i[i].tag_x = TLBF_INVALID;
        }
    }
}
