/*
 * walk.h — the VMSAv8-64 translation table walk, one stage at a time
 * (Arm ARM D8.2 translation table walks, D8.3 descriptor formats; stage 1
 * and stage 2 for 4 KiB, 16 KiB and 64 KiB granules, 48-bit addresses).
 */
#ifndef XNUEMU_WALK_H
#define XNUEMU_WALK_H

#include "cpu.h"

/* One stage's walk parameters, decoded from TCR_ELx/VTCR_EL2 and TTBRn. */
typedef struct WalkCfg {
    uint64_t ttb;          /* translation table base (PA, or IPA under stage 2) */
    unsigned gbits;        /* granule: 12 (4K), 14 (16K), 16 (64K) */
    unsigned inputsize;    /* input address bits */
    unsigned start;        /* start level, 0..3 */
    unsigned oabits;       /* output address size */
    bool stage2;           /* descriptors in stage-2 format */
    bool s2_tables;        /* stage 1 under stage 2: table addresses are IPAs */
} WalkCfg;

/* The final descriptor and what the tables above it said. */
typedef struct WalkOut {
    uint64_t oa;           /* output address of the input address */
    uint64_t desc;         /* block or page descriptor */
    unsigned level;
    unsigned size_log2;    /* bytes mapped by the descriptor, log2 */
    bool ap_table_noel0;   /* APTable[0]: no EL0 access below */
    bool ap_table_ro;      /* APTable[1]: read-only below */
    bool uxn_table, pxn_table;
    bool ns_table;         /* NSTable: Non-secure below (Secure stage-1 regimes only) */
    bool s2_device_table;  /* stage 1 under stage 2: a table was Device at stage 2 */
} WalkOut;

/* A walk fault: kind, level, and whether it hit at stage 2 (possibly on a
 * stage-1 table walk). */
typedef struct WalkFault {
    unsigned fsc;          /* FSC_* with the level */
    bool stage2;
    bool s1ptw;
    uint64_t ipa;          /* stage-2 faults: the faulting IPA */
} WalkFault;

/* Walk `ia` under `c`. Stage-1 table addresses under stage 2 are
 * translated with `s2` (NULL when there is none). */
bool walk_table(CpuState *cpu, const WalkCfg *c, const WalkCfg *s2, uint64_t ia, WalkOut *o,
                WalkFault *f);

/* Stage-2 parameters from VTCR_EL2/VTTBR_EL2; false with a stage-2
 * translation fault when VTCR's start level and size are inconsistent. */
bool walk_cfg_stage2(const CpuState *cpu, WalkCfg *c);

/* Granule size bits from a TGx field: tg1 uses TCR.TG1's encoding. */
unsigned walk_granule(unsigned tg, bool tg1);
/* Output size in bits of a PS/IPS field, capped at the implemented size. */
unsigned walk_oabits(unsigned ps, unsigned pa_bits);

#endif
