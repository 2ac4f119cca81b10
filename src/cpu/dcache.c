/*
 * dcache.c — the decode cache: DecodedPages keyed by physical page, lazy
 * per-slot decoding, line-granular invalidation, generation-based IC IALLU
 * and drop-all at a safe point when the pool is full (Bochs-style).
 * See dcache.h for the invalidation rules.
 */
#include <stdlib.h>
#include <string.h>

#include "xnuemu/bus.h"
#include "xnuemu/dcache.h"
#include "xnuemu/decode.h"
#include "xnuemu/hooks.h"
#include "xnuemu/gdbstub.h"

#define DC_HASH_SIZE 8192u

static void page_reset(DecodedPage *dp, uint32_t gen)
{
    for (unsigned i = 0; i < DC_SLOTS; i++)
        dp->slot[i].exec = exec_decode_stub;
    dp->slot[DC_SLOTS].exec = exec_page_end;
    dp->code_lines = 0;
    dp->gen = gen;
}

void dcache_init(DecodeCache *dc, Bus *bus, unsigned max_pages)
{
    memset(dc, 0, sizeof(*dc));
    dc->bus = bus;
    dc->max_pages = max_pages;
    dc->hash_mask = DC_HASH_SIZE - 1;
    dc->hash = calloc(DC_HASH_SIZE, sizeof(*dc->hash));
    if (!dc->hash)
        EMU_BUG("out of memory for the decode cache");
}

static void drop_all_pages(DecodeCache *dc)
{
    for (unsigned i = 0; i < dc->npages; i++) {
        bus_set_code_page(dc->bus, dc->pages[i]->pa, false);
        free(dc->pages[i]);
    }
    dc->npages = 0;
    memset(dc->hash, 0, (dc->hash_mask + 1) * sizeof(*dc->hash));
}

void dcache_destroy(DecodeCache *dc)
{
    if (!dc->hash)
        return;
    drop_all_pages(dc);
    free(dc->pages);
    free(dc->hash);
    free(dc->cpus);
    memset(dc, 0, sizeof(*dc));
}

void dcache_add_cpu(DecodeCache *dc, CpuState *cpu)
{
    CpuState **n = realloc(dc->cpus, (dc->ncpus + 1) * sizeof(*n));
    if (!n)
        EMU_BUG("out of memory");
    dc->cpus = n;
    dc->cpus[dc->ncpus++] = cpu;
}

static DecodedPage *lookup(DecodeCache *dc, uint64_t pa)
{
    for (DecodedPage *dp = dc->hash[(pa >> 12) & dc->hash_mask]; dp; dp = dp->hnext)
        if (dp->pa == pa)
            return dp;
    return NULL;
}

/* A page just became code: stores to it must leave the TLB fast path. */
static void flag_tlb_writes(DecodeCache *dc, uint64_t pa)
{
    for (unsigned c = 0; c < dc->ncpus; c++) {
        CpuState *cpu = dc->cpus[c];
        for (unsigned r = 0; r < REGIME_COUNT; r++) {
            TlbEntry *d = cpu->tlbs[r].d;
            for (unsigned i = 0; i < TLB_SIZE; i++)
                if (!(d[i].tag_w & TLBF_INVALID) && (d[i].pa_attr & ~TLB_PAGE_MASK) == pa)
                    d[i].tag_w |= TLBF_CODE;
        }
    }
}

DecodedPage *dcache_get(DecodeCache *dc, uint64_t pa, uint8_t *host)
{
    DecodedPage *dp = lookup(dc, pa);
    if (dp) {
        if (dp->gen != dc->gen)
            page_reset(dp, dc->gen);
        return dp;
    }
    if (dc->npages == dc->cap_pages) {
        unsigned cap = dc->cap_pages ? dc->cap_pages * 2 : 256;
        DecodedPage **n = realloc(dc->pages, cap * sizeof(*n));
        if (!n)
            return NULL;
        dc->pages = n;
        dc->cap_pages = cap;
    }
    dp = malloc(sizeof(*dp));
    if (!dp)
        return NULL;
    dp->pa = pa;
    dp->host = host;
    page_reset(dp, dc->gen);
    unsigned h = (unsigned)(pa >> 12) & dc->hash_mask;
    dp->hnext = dc->hash[h];
    dc->hash[h] = dp;
    dc->pages[dc->npages++] = dp;
    if (dc->npages > dc->max_pages)
        dc->want_drop = true;
    bus_set_code_page(dc->bus, pa, true);
    flag_tlb_writes(dc, pa);
    return dp;
}

void dcache_invalidate_range(DecodeCache *dc, uint64_t pa, uint64_t len)
{
    if (len == 0)
        return;
    uint64_t end = pa + len - 1;
    for (uint64_t pg = pa & ~TLB_PAGE_MASK; pg <= end; pg += 0x1000) {
        DecodedPage *dp = lookup(dc, pg);
        if (dp && dp->code_lines && dp->gen == dc->gen) {
            uint64_t lo = pg > pa ? 0 : pa - pg;
            uint64_t hi = end - pg > 0xfff ? 0xfff : end - pg;
            for (uint64_t line = lo >> 7; line <= hi >> 7; line++) {
                if (dp->code_lines & (1u << line)) {
                    for (unsigned s = 0; s < DC_LINE_SLOTS; s++)
                        dp->slot[line * DC_LINE_SLOTS + s].exec = exec_decode_stub;
                    dp->code_lines &= ~(1u << line);
                }
            }
        }
        if (pg + 0x1000 < pg)
            break;
    }
}

void dcache_invalidate_all(DecodeCache *dc)
{
    dc->gen++;
    for (unsigned c = 0; c < dc->ncpus; c++)
        for (unsigned r = 0; r < REGIME_COUNT; r++)
            for (unsigned i = 0; i < TLB_SIZE; i++)
                dc->cpus[c]->tlbs[r].i[i].tag_x = TLBF_INVALID;
}

void dcache_maybe_drop(DecodeCache *dc)
{
    if (!dc->want_drop)
        return;
    dc->want_drop = false;
    for (unsigned c = 0; c < dc->ncpus; c++) {
        for (unsigned r = 0; r < REGIME_COUNT; r++) {
            for (unsigned i = 0; i < TLB_SIZE; i++) {
                dc->cpus[c]->tlbs[r].i[i].tag_x = TLBF_INVALID;
                dc->cpus[c]->tlbs[r].d[i].tag_w &= ~(uint64_t)TLBF_CODE;
            }
        }
    }
    drop_all_pages(dc);
}

int exec_decode_stub(CpuState *cpu, const DecodedInsn *di)
{
    DecodedPage *dp = cpu->cur_dp;
    unsigned idx = (unsigned)(di - dp->slot);
    uint32_t raw;
    memcpy(&raw, dp->host + (size_t)idx * 4, 4);
    DecodedInsn *slot = &dp->slot[idx];
    a64_decode_insn(cpu, raw, slot);
    dp->code_lines |= 1u << (idx / DC_LINE_SLOTS);
    if (unlikely(cpu->hooks != NULL))
        hooks_slot_decoded(cpu, dp->pa + (uint64_t)idx * 4, slot);
    if (unlikely(cpu->dbg != NULL))
        dbg_slot_decoded(cpu, dp, idx);   /* gdbstub: a breakpoint here is armed again */
    return slot->exec(cpu, slot);
}

int exec_page_end(CpuState *cpu, const DecodedInsn *di)
{
    (void)cpu;
    (void)di;
    return EXEC_REFETCH;
}
