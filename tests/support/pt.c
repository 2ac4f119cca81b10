/*
 * pt.c — the translation-table builder and MMU test helpers (see pt.h).
 * Table layout follows Arm ARM D8.2 (lookup levels, index bits, initial
 * table size and concatenation) and D8.3 (descriptor formats).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pt.h"

static void die(const char *what, uint64_t a)
{
    fprintf(stderr, "pt: %s (0x%llx)\n", what, (unsigned long long)a);
    abort();
}

static unsigned lsb_of(const Pt *pt, unsigned level)
{
    return pt->gbits + (3 - level) * (pt->gbits - 3);
}

static unsigned index_bits(const Pt *pt, unsigned level)
{
    return level == pt->start ? pt->inputsize - lsb_of(pt, level) : pt->gbits - 3;
}

uint64_t pt_level_size(const Pt *pt, unsigned level)
{
    return UINT64_C(1) << lsb_of(pt, level);
}

uint64_t pt_root_bytes(const Pt *pt)
{
    return UINT64_C(8) << index_bits(pt, pt->start);
}

static void zero_phys(Pt *pt, uint64_t pa, uint64_t len)
{
    static const uint8_t zero[4096];
    for (uint64_t off = 0; off < len; off += sizeof(zero)) {
        uint64_t n = len - off < sizeof(zero) ? len - off : sizeof(zero);
        if (!bus_write_phys(pt->bus, pa + off, zero, n))
            die("table outside RAM", pa);
    }
}

static uint64_t alloc_aligned(Pt *pt, uint64_t bytes)
{
    uint64_t align = bytes > (UINT64_C(1) << pt->gbits) ? bytes : UINT64_C(1) << pt->gbits;
    uint64_t a = (pt->next + align - 1) & ~(align - 1);
    if (a + bytes > pt->end)
        die("table pool exhausted", a);
    pt->next = a + bytes;
    zero_phys(pt, a, bytes);
    return a;
}

uint64_t pt_alloc(Pt *pt)
{
    return alloc_aligned(pt, UINT64_C(1) << pt->gbits);
}

static void init_common(Pt *pt, Bus *bus, unsigned gbits, unsigned inputsize, uint64_t pool,
                        uint64_t pool_end)
{
    memset(pt, 0, sizeof(*pt));
    pt->bus = bus;
    pt->gbits = gbits;
    pt->inputsize = inputsize;
    pt->next = pool;
    pt->end = pool_end;
}

void pt_init(Pt *pt, Bus *bus, unsigned gbits, unsigned inputsize, uint64_t pool,
             uint64_t pool_end)
{
    init_common(pt, bus, gbits, inputsize, pool, pool_end);
    /* AArch64.S1StartLevel: 3 - ((iasize - 1) - granulebits) DIV stride */
    pt->start = 3 - (inputsize - 1 - gbits) / (gbits - 3);
    pt->root = alloc_aligned(pt, pt_root_bytes(pt));
}

void pt_init_s2(Pt *pt, Bus *bus, unsigned gbits, unsigned inputsize, unsigned start,
                uint64_t pool, uint64_t pool_end)
{
    init_common(pt, bus, gbits, inputsize, pool, pool_end);
    pt->stage2 = true;
    pt->start = start;
    pt->root = alloc_aligned(pt, pt_root_bytes(pt));
}

void pt_set_root(Pt *pt, uint64_t addr)
{
    if (addr & (pt_root_bytes(pt) - 1))
        die("root not aligned to its size", addr);
    pt->root = addr;
    zero_phys(pt, addr, pt_root_bytes(pt));
}

static uint64_t rd(Pt *pt, uint64_t pa)
{
    uint64_t v;
    if (!bus_read_phys(pt->bus, pa, &v, 8))
        die("descriptor outside RAM", pa);
    return v;
}

static void wr(Pt *pt, uint64_t pa, uint64_t v)
{
    if (!bus_write_phys(pt->bus, pa, &v, 8))
        die("descriptor outside RAM", pa);
}

static uint64_t next_table(const Pt *pt, uint64_t desc)
{
    return desc & UINT64_C(0x0000ffffffffffff) & ~((UINT64_C(1) << pt->gbits) - 1);
}

uint64_t pt_entry(Pt *pt, uint64_t ia, unsigned level)
{
    if (level < pt->start || level > 3)
        die("level out of range", level);
    uint64_t table = pt->root;
    for (unsigned l = pt->start;; l++) {
        uint64_t idx = (ia >> lsb_of(pt, l)) & ((UINT64_C(1) << index_bits(pt, l)) - 1);
        uint64_t ea = table + idx * 8;
        if (l == level)
            return ea;
        uint64_t d = rd(pt, ea);
        if (!(d & 1)) {
            d = pt_alloc(pt) | 3;
            wr(pt, ea, d);
        } else if (!(d & 2)) {
            die("a block is in the way of a table", ia);
        }
        table = next_table(pt, d);
    }
}

uint64_t pt_get(Pt *pt, uint64_t ia, unsigned level)
{
    return rd(pt, pt_entry(pt, ia, level));
}

void pt_set(Pt *pt, uint64_t ia, unsigned level, uint64_t desc)
{
    wr(pt, pt_entry(pt, ia, level), desc);
}

void pt_map(Pt *pt, uint64_t ia, uint64_t oa, unsigned level, uint64_t attrs)
{
    if (ia & (pt_level_size(pt, level) - 1))
        die("input address not aligned to the mapping", ia);
    pt_set(pt, ia, level, oa | attrs | (level == 3 ? 3 : 1));
}

void pt_map_pages(Pt *pt, uint64_t ia, uint64_t oa, uint64_t size, uint64_t attrs)
{
    uint64_t g = UINT64_C(1) << pt->gbits;
    for (uint64_t off = 0; off < size; off += g)
        pt_map(pt, ia + off, oa + off, 3, attrs);
}

void pt_unmap(Pt *pt, uint64_t ia, unsigned level)
{
    pt_set(pt, ia, level, 0);
}

void pt_table_attrs(Pt *pt, uint64_t ia, unsigned level, uint64_t bits)
{
    uint64_t ea = pt_entry(pt, ia, level);
    uint64_t d = rd(pt, ea);
    if ((d & 3) != 3 || level == 3)
        die("no table descriptor there", ia);
    wr(pt, ea, d | bits);
}

static unsigned tg0(const Pt *p)
{
    return p->gbits == PT_4K ? 0 : p->gbits == PT_64K ? 1 : 2;
}

uint64_t pt_tcr_el1(const Pt *t0, const Pt *t1, unsigned ips)
{
    uint64_t tcr = (uint64_t)(ips & 7) << 32;
    if (t0)
        tcr |= (uint64_t)(64 - t0->inputsize) | (uint64_t)tg0(t0) << 14;
    else
        tcr |= UINT64_C(1) << 7 | 25;                       /* EPD0 */
    if (t1) {
        unsigned tg1 = t1->gbits == PT_16K ? 1 : t1->gbits == PT_4K ? 2 : 3;
        tcr |= (uint64_t)(64 - t1->inputsize) << 16 | (uint64_t)tg1 << 30;
    } else {
        tcr |= UINT64_C(1) << 23 | UINT64_C(25) << 16 | UINT64_C(2) << 30;   /* EPD1 */
    }
    return tcr;
}

uint64_t pt_tcr_el23(const Pt *t0, unsigned ps)
{
    return UINT64_C(0x80800000) | (uint64_t)(ps & 7) << 16 | (uint64_t)tg0(t0) << 14 |
           (uint64_t)(64 - t0->inputsize);
}

uint64_t pt_vtcr(const Pt *s2, unsigned ps)
{
    unsigned sl0 = s2->gbits == PT_4K ? 2 - s2->start : 3 - s2->start;
    return UINT64_C(0x80000000) | (uint64_t)(ps & 7) << 16 | (uint64_t)tg0(s2) << 14 |
           (uint64_t)sl0 << 6 | (uint64_t)(64 - s2->inputsize);
}

/* --- helpers --- */

void mt_sr(TestEnv *t, unsigned sr, uint64_t v)
{
    t->cpu->sr[sr] = v;
    cpu_update_regime(t->cpu);
    cpu_tlb_flush_all(t->cpu);
}

void mt_el1_on(TestEnv *t, const Pt *t0, const Pt *t1, unsigned ips)
{
    CpuState *cpu = t->cpu;
    cpu->sr[SR_HCR_EL2] = HCR_RW;
    cpu->sr[SR_MAIR_EL1] = PT_MAIR;
    cpu->sr[SR_TCR_EL1] = pt_tcr_el1(t0, t1, ips);
    cpu->sr[SR_TTBR0_EL1] = t0 ? t0->root : 0;
    cpu->sr[SR_TTBR1_EL1] = t1 ? t1->root : 0;
    mt_sr(t, SR_SCTLR_EL1, cpu->sr[SR_SCTLR_EL1] | SCTLR_M);
}

uint64_t mt_pat64(uint64_t pa)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < 8; i++)
        v |= (uint64_t)tenv_pattern(pa + i) << (8 * i);
    return v;
}

void mt_code(TestEnv *t, uint64_t pa, const uint32_t *w, unsigned n)
{
    tenv_put_code(t, pa, w, n);
}

uint64_t mt_rd64(TestEnv *t, uint64_t pa)
{
    uint64_t v = 0;
    if (!bus_read_phys(&t->m->bus, pa, &v, 8))
        die("read outside RAM", pa);
    return v;
}

void mt_wr64(TestEnv *t, uint64_t pa, uint64_t v)
{
    if (!bus_write_phys(&t->m->bus, pa, &v, 8))
        die("write outside RAM", pa);
}

void mt_expect_abort(TestEnv *t, unsigned from, unsigned target, uint64_t esr, uint64_t far,
                     uint64_t elr)
{
    static const unsigned esr_of[4] = { 0, SR_ESR_EL1, SR_ESR_EL2, SR_ESR_EL3 };
    static const unsigned far_of[4] = { 0, SR_FAR_EL1, SR_FAR_EL2, SR_FAR_EL3 };
    static const unsigned elr_of[4] = { 0, SR_ELR_EL1, SR_ELR_EL2, SR_ELR_EL3 };
    CpuState *cpu = t->cpu;
    assert_int_equal(cpu->ps.el, target);
    assert_int_equal(cpu->pc, tenv_sync_vector(from, from ? 1 : 0, target));
    assert_int_equal(cpu->sr[esr_of[target]], esr);
    assert_int_equal(cpu->sr[far_of[target]], far);
    assert_int_equal(cpu->sr[elr_of[target]], elr);
}
