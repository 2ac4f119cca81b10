/*
 * pt.h — translation-table builder for tests: stage-1 or stage-2 tables
 * in guest RAM for any granule, input size and start level; pages, blocks,
 * table attributes and raw descriptors; register values and small MMU
 * test helpers. Arm ARM D8.2 (translation process), D8.3 (descriptors).
 */
#ifndef TESTS_PT_H
#define TESTS_PT_H

#include "tenv.h"

/* RAM the tests use: tables come from PT_POOL..PT_POOL_END, test data
 * from PT_DATA (both away from the tenv windows and T_S2TABLE). */
#define PT_DATA      UINT64_C(0x40400000)   /* 4 MiB of data pages */
#define PT_POOL      UINT64_C(0x40800000)
#define PT_POOL_END  UINT64_C(0x40e00000)

/* Block/page descriptor attributes, stage 1 (D8.3.2) */
#define PT_ATTR(i)      ((uint64_t)(i) << 2)      /* AttrIndx */
#define PT_NS           (UINT64_C(1) << 5)
#define PT_AP_RW_EL1    UINT64_C(0)               /* AP[2:1] = 00 */
#define PT_AP_RW_ALL    (UINT64_C(1) << 6)        /* 01 */
#define PT_AP_RO_EL1    (UINT64_C(2) << 6)        /* 10 */
#define PT_AP_RO_ALL    (UINT64_C(3) << 6)        /* 11 */
#define PT_SH(x)        ((uint64_t)(x) << 8)
#define PT_AF           (UINT64_C(1) << 10)
#define PT_NG           (UINT64_C(1) << 11)
#define PT_CONT         (UINT64_C(1) << 52)
#define PT_PXN          (UINT64_C(1) << 53)
#define PT_UXN          (UINT64_C(1) << 54)       /* XN in the EL2/EL3 regimes */
#define PT_XN           PT_UXN
/* Table descriptor attributes, stage 1 */
#define PT_T_PXN        (UINT64_C(1) << 59)
#define PT_T_UXN        (UINT64_C(1) << 60)       /* XNTable at EL2/EL3 */
#define PT_T_AP_NOEL0   (UINT64_C(1) << 61)       /* APTable[0] */
#define PT_T_AP_RO      (UINT64_C(1) << 62)       /* APTable[1] */
#define PT_T_NS         (UINT64_C(1) << 63)       /* NSTable */
/* Stage 2 (D8.3.3): MemAttr[3:0], S2AP, XN */
#define PT_S2_MEMATTR(x) ((uint64_t)(x) << 2)
#define PT_S2_NORMAL    PT_S2_MEMATTR(0xf)        /* Normal WB inner and outer */
#define PT_S2_DEVICE    PT_S2_MEMATTR(0x0)        /* Device-nGnRnE */
#define PT_S2AP_R       (UINT64_C(1) << 6)
#define PT_S2AP_W       (UINT64_C(1) << 7)
#define PT_S2_XN        (UINT64_C(1) << 54)

/* Usual attribute sets */
#define PT_NORMAL       (PT_AF | PT_SH(3) | PT_ATTR(0))
#define PT_S2_RW        (PT_AF | PT_SH(3) | PT_S2_NORMAL | PT_S2AP_R | PT_S2AP_W)

/* MAIR the tests use: Attr0 Normal WB RW-allocate, Attr1 Device-nGnRnE,
 * Attr2 Normal Non-cacheable, Attr3 Device-nGnRE, Attr4 Normal WT. */
#define PT_MAIR         UINT64_C(0x000000bb044400ff)

/* Granule sizes (log2) */
#define PT_4K  12u
#define PT_16K 14u
#define PT_64K 16u

typedef struct Pt {
    Bus *bus;
    unsigned gbits;        /* 12, 14, 16 */
    unsigned inputsize;    /* input address bits */
    unsigned start;        /* initial lookup level */
    bool stage2;
    uint64_t root;         /* PA of the initial table(s) */
    uint64_t next, end;    /* table allocator */
} Pt;

/* Stage 1: the start level follows from the input size (D8.2.x). The root
 * table comes from [pool, pool_end). */
void pt_init(Pt *pt, Bus *bus, unsigned gbits, unsigned inputsize, uint64_t pool,
             uint64_t pool_end);
/* Stage 2 with an explicit start level: the initial lookup may span up to
 * 16 concatenated tables. */
void pt_init_s2(Pt *pt, Bus *bus, unsigned gbits, unsigned inputsize, unsigned start,
                uint64_t pool, uint64_t pool_end);
/* Put the root table at addr (aligned to its size at least) and clear it. */
void pt_set_root(Pt *pt, uint64_t addr);
/* Bytes of the initial table(s). */
uint64_t pt_root_bytes(const Pt *pt);
/* Bytes mapped by one descriptor at a level. */
uint64_t pt_level_size(const Pt *pt, unsigned level);
/* A fresh zeroed table (one granule) from the pool. */
uint64_t pt_alloc(Pt *pt);

/* The PA of the descriptor for ia at level, creating tables above it. */
uint64_t pt_entry(Pt *pt, uint64_t ia, unsigned level);
uint64_t pt_get(Pt *pt, uint64_t ia, unsigned level);
void pt_set(Pt *pt, uint64_t ia, unsigned level, uint64_t desc);
/* Map ia -> oa with a leaf at level: a page at level 3, else a block. */
void pt_map(Pt *pt, uint64_t ia, uint64_t oa, unsigned level, uint64_t attrs);
/* Map size bytes with level-3 pages. */
void pt_map_pages(Pt *pt, uint64_t ia, uint64_t oa, uint64_t size, uint64_t attrs);
/* Write an invalid descriptor at level. */
void pt_unmap(Pt *pt, uint64_t ia, unsigned level);
/* OR bits (PT_T_*) into the table descriptor at level (it must exist). */
void pt_table_attrs(Pt *pt, uint64_t ia, unsigned level, uint64_t bits);

/* Register values for these tables: TCR_EL1 with T0SZ/TG0 from t0 and
 * T1SZ/TG1 from t1 (NULL sets EPDn), IPS = ips (encoding), everything
 * else 0; TCR_EL2/EL3 (E2H=0 format, RES1 bits set); VTCR_EL2 with SL0. */
uint64_t pt_tcr_el1(const Pt *t0, const Pt *t1, unsigned ips);
uint64_t pt_tcr_el23(const Pt *t0, unsigned ps);
uint64_t pt_vtcr(const Pt *s2, unsigned ps);

/* --- helpers for MMU tests --- */

/* Store v in a system register (no write mask) and flush the TLBs and
 * recompute the regime as an MSR would. */
void mt_sr(TestEnv *t, unsigned sr, uint64_t v);
/* Turn on stage 1 of EL1&0 with these tables (HCR_EL2 = RW only: no
 * stage 2), MAIR = PT_MAIR. t1 may be NULL. */
void mt_el1_on(TestEnv *t, const Pt *t0, const Pt *t1, unsigned ips);
/* The 8 pattern bytes tenv put at PA pa (inside T_DATA). */
uint64_t mt_pat64(uint64_t pa);
/* Put words at PA pa. */
void mt_code(TestEnv *t, uint64_t pa, const uint32_t *w, unsigned n);
/* Read/write 8 bytes of guest RAM at PA pa. */
uint64_t mt_rd64(TestEnv *t, uint64_t pa);
void mt_wr64(TestEnv *t, uint64_t pa, uint64_t v);
/* Expect the run to have stopped at the synchronous vector of EL target,
 * taken from EL from (SPSel 1 above EL0), with this ESR, FAR and ELR. */
void mt_expect_abort(TestEnv *t, unsigned from, unsigned target, uint64_t esr, uint64_t far,
                     uint64_t elr);

#endif
