/*
 * tlb.h — the software TLB: one table per translation regime, data side with
 * a host addend for RAM and flag bits in the page-offset bits of the tags
 * (any flag forces the slow path, as QEMU's softmmu does), execute side
 * mapping a VA page straight to its decoded-instruction page.
 * Arm ARM D8 (VMSAv8-64); the table itself is our own cache, not the
 * architectural TLB, and is flushed whenever the architecture allows stale
 * entries to be dropped.
 */
#ifndef XNUEMU_TLB_H
#define XNUEMU_TLB_H

#include "common.h"

#define TLB_BITS 8
#define TLB_SIZE (1u << TLB_BITS)
#define TLB_PAGE_MASK UINT64_C(0xfff)

/* Flags in the low 12 bits of tag_r/tag_w/tag_x. A tag with any flag set
 * never equals a page-aligned VA, so the access takes the slow path. */
enum {
    TLBF_INVALID = 1u << 11,  /* empty entry */
    TLBF_MMIO    = 1u << 10,  /* device: always through the bus */
    TLBF_CODE    = 1u << 9,   /* store to a page holding decoded code */
    TLBF_WATCH   = 1u << 8,   /* a watchpoint or exclusive-monitor granule */
};

/* Translation regimes, each with its own table (Arm ARM D8.1.2). PAN gets its
 * own EL1/EL2 tables because XNU toggles it on every copyin/copyout. */
enum {
    REGIME_EL10_0,        /* EL1&0 regime, EL0 permissions (also LDTR/STTR) */
    REGIME_EL10_1,        /* EL1&0 regime, EL1 */
    REGIME_EL10_1_PAN,    /* EL1&0 regime, EL1 with PSTATE.PAN=1 */
    REGIME_EL2,           /* EL2 regime (E2H=0) */
    REGIME_EL20_0,        /* EL2&0 regime (E2H=1, TGE=1), EL0 */
    REGIME_EL20_2,        /* EL2&0 regime, EL2 */
    REGIME_EL20_2_PAN,
    REGIME_EL3,
    REGIME_COUNT
};

typedef struct DecodedPage DecodedPage;

typedef struct TlbEntry {
    uint64_t tag_r, tag_w;    /* VA page | TLBF_* */
    uintptr_t addend;         /* host address = va + addend (RAM only) */
    uint64_t pa_attr;         /* PA page | alignment mask (0 or 0xfff) in bits 11:0 */
} TlbEntry;

typedef struct ItlbEntry {
    uint64_t tag_x;           /* VA page | TLBF_* */
    DecodedPage *dp;
} ItlbEntry;

typedef struct Tlb {
    TlbEntry d[TLB_SIZE];
    ItlbEntry i[TLB_SIZE];
} Tlb;

static inline unsigned tlb_index(uint64_t va)
{
    return (unsigned)(va >> 12) & (TLB_SIZE - 1);
}

void tlb_flush(Tlb *t);

#endif
