/*
 * dcache.h — decoded instructions kept per 4 KiB guest-physical page.
 * A page's slots start as the decode stub; the first execution of a slot
 * decodes it in place. Stores to a decoded page (slow path), writes through
 * bus_write_phys() and IC IVAU reset the affected 128-byte lines' slots in
 * place; IC IALLU bumps a generation so every page resets lazily. Pages are
 * only freed at a safe point (the outer run loop), never while executing.
 * Translation changes never touch decoded pages: they are keyed by PA.
 * Arm ARM D7.4 (instruction cache maintenance) is what makes this legal;
 * we also honour stores without maintenance, for loaders and DMA.
 */
#ifndef XNUEMU_DCACHE_H
#define XNUEMU_DCACHE_H

#include "cpu.h"

#define DC_SLOTS 1024             /* 4 KiB / 4 */
#define DC_LINE_SLOTS 32          /* 128-byte lines */

struct DecodedPage {
    uint64_t pa;                  /* page-aligned physical address */
    uint8_t *host;                /* host pointer to the page's RAM */
    uint32_t gen;                 /* == cache gen, else reset before use */
    uint32_t code_lines;          /* bit per 128-byte line holding decoded slots */
    DecodedPage *hnext;
    DecodedInsn slot[DC_SLOTS + 1];   /* +1: page-end sentinel */
};

typedef struct DecodeCache {
    DecodedPage **hash;
    unsigned hash_mask;
    DecodedPage **pages;          /* every live page, for drop-all */
    unsigned npages, cap_pages;
    unsigned max_pages;           /* beyond this, drop all at the next safe point */
    uint32_t gen;
    bool want_drop;
    struct Bus *bus;
    CpuState **cpus;              /* whose TLBs must follow code pages */
    unsigned ncpus;
} DecodeCache;

void dcache_init(DecodeCache *dc, struct Bus *bus, unsigned max_pages);
void dcache_destroy(DecodeCache *dc);
void dcache_add_cpu(DecodeCache *dc, CpuState *cpu);

/* The decoded page for physical page pa (creating it), host = its RAM.
 * NULL only when out of host memory. */
DecodedPage *dcache_get(DecodeCache *dc, uint64_t pa, uint8_t *host);

/* Reset decoded slots overlapping [pa, pa+len). */
void dcache_invalidate_range(DecodeCache *dc, uint64_t pa, uint64_t len);
/* IC IALLU: every page resets before its next use. */
void dcache_invalidate_all(DecodeCache *dc);
/* At a safe point: drop every page if the pool grew past max_pages. */
void dcache_maybe_drop(DecodeCache *dc);

ExecFn exec_decode_stub;          /* decode this slot, then run it */
ExecFn exec_page_end;             /* sentinel after the last slot */

#endif
