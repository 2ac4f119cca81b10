/*
 * gdb_vtop.c — `monitor vtop ADDR`, and main.c's report on a guest stuck
 * in aborts: the translation of a virtual address shown level by level,
 * stage 1 in the regime the debugger uses (the current EL's) and then
 * stage 2 when it applies, each descriptor with its address, value and
 * meaning; then the authoritative answer of mmu_translate(). Read-only:
 * descriptors are read straight from RAM and nothing is cached. The walk
 * follows walk.c (Arm ARM D8.2, D8.3); it only displays, the MMU code
 * decides.
 */
#include <string.h>

#include "gdb_internal.h"
#include "xnuemu/bus.h"
#include "xnuemu/cpu_model.h"
#include "xnuemu/mem.h"
#include "xnuemu/mmu.h"
#include "xnuemu/walk.h"

#define OA48 UINT64_C(0x0000ffffffffffff)

static unsigned lsb_of(unsigned gbits, unsigned level)
{
    return gbits + (3 - level) * (gbits - 3);
}

static void size_text(GdbBuf *o, unsigned log2)
{
    if (log2 >= 30)
        gbuf_printf(o, "%uG", 1u << (log2 - 30));
    else if (log2 >= 20)
        gbuf_printf(o, "%uM", 1u << (log2 - 20));
    else
        gbuf_printf(o, "%uK", 1u << (log2 - 10));
}

static void leaf_attrs(GdbBuf *o, const WalkCfg *c, uint64_t d)
{
    if (c->stage2)
        gbuf_printf(o, " MemAttr=0x%x S2AP=%u%u SH=%u AF=%u XN=%u",
                    (unsigned)bits64(d, 2, 4), (unsigned)bits64(d, 7, 1), (unsigned)bits64(d, 6, 1),
                    (unsigned)bits64(d, 8, 2), (unsigned)bits64(d, 10, 1), (unsigned)bits64(d, 54, 1));
    else
        gbuf_printf(o, " AttrIndx=%u AP=%u SH=%u AF=%u nG=%u PXN=%u UXN=%u",
                    (unsigned)bits64(d, 2, 3), (unsigned)bits64(d, 6, 2), (unsigned)bits64(d, 8, 2),
                    (unsigned)bits64(d, 10, 1), (unsigned)bits64(d, 11, 1),
                    (unsigned)bits64(d, 53, 1), (unsigned)bits64(d, 54, 1));
}

/* Walk ia under c, printing each level when o is not NULL. Stage-1 tables
 * under stage 2 (s2) are located through a silent stage-2 walk. */
static bool walk(CpuState *cpu, GdbBuf *o, const WalkCfg *c, const WalkCfg *s2, uint64_t ia,
                 uint64_t *oa)
{
    const char *st = c->stage2 ? "S2 " : "";
    if (c->start > 3) {
        if (o)
            gbuf_puts(o, "  unusable configuration: translation fault at level 0\n");
        return false;
    }
    if (c->inputsize < 64 && (ia >> c->inputsize)) {
        if (o)
            gbuf_printf(o, "  0x%llx is beyond the %u-bit input range: translation fault at level 0\n",
                        (unsigned long long)ia, c->inputsize);
        return false;
    }
    unsigned stride = c->gbits - 3, level = c->start;
    uint64_t table = c->ttb & ~ones64(c->inputsize - lsb_of(c->gbits, level) + 3);
    for (;;) {
        unsigned lsb = lsb_of(c->gbits, level);
        unsigned nbits = level == c->start ? c->inputsize - lsb : stride;
        unsigned idx = (unsigned)bits64(ia, lsb, nbits);
        uint64_t daddr = table + (uint64_t)idx * 8, dpa = daddr;
        if (s2 && c->s2_tables && !walk(cpu, NULL, s2, NULL, daddr, &dpa)) {
            if (o)
                gbuf_printf(o, "  %sL%u table entry at IPA 0x%llx: stage-2 fault on the walk (S1PTW)\n",
                            st, level, (unsigned long long)daddr);
            return false;
        }
        uint8_t *h = bus_ram_ptr(cpu->bus, dpa, 8);
        uint64_t d = 0;
        if (h)
            memcpy(&d, h, 8);
        if (o) {
            gbuf_printf(o, "  %sL%u[%3u] @ 0x%012llx", st, level, idx, (unsigned long long)dpa);
            if (dpa != daddr)
                gbuf_printf(o, " (IPA 0x%llx)", (unsigned long long)daddr);
        }
        if (!h) {
            if (o)
                gbuf_puts(o, ": not RAM, external abort on the walk\n");
            return false;
        }
        if (o)
            gbuf_printf(o, " = 0x%016llx ", (unsigned long long)d);
        if (!(d & 1) || (level == 3 && !(d & 2))) {
            if (o)
                gbuf_printf(o, "invalid: translation fault at level %u\n", level);
            return false;
        }
        if (level < 3 && (d & 2)) {
            table = d & OA48 & ~ones64(c->gbits);
            if (o) {
                gbuf_printf(o, "table -> 0x%llx", (unsigned long long)table);
                if (!c->stage2 && bits64(d, 59, 4))
                    gbuf_printf(o, " PXNTable=%u UXNTable=%u APTable=%u",
                                (unsigned)bits64(d, 59, 1), (unsigned)bits64(d, 60, 1),
                                (unsigned)bits64(d, 61, 2));
                gbuf_puts(o, "\n");
            }
            level++;
            continue;
        }
        bool block_ok = c->gbits == 12 ? (level == 1 || level == 2 || level == 3) : level >= 2;
        if (!block_ok) {
            if (o)
                gbuf_printf(o, "block not allowed at level %u: translation fault\n", level);
            return false;
        }
        uint64_t base = d & OA48 & ~ones64(lsb);
        if (o) {
            gbuf_puts(o, level == 3 ? "page " : "block ");
            size_text(o, lsb);
            gbuf_printf(o, " -> 0x%llx", (unsigned long long)base);
            leaf_attrs(o, c, d);
            gbuf_puts(o, !(d & (UINT64_C(1) << 10)) ? ": access flag fault\n" : "\n");
        }
        if (!(d & (UINT64_C(1) << 10)))
            return false;
        *oa = base | (ia & ones64(lsb));
        return true;
    }
}

/* The regime's controls (translate.c's regime_ctl, for display). */
typedef struct Ctl {
    const char *name;
    uint64_t sctlr, tcr, ttbr[2];
    bool two;
    unsigned el;
} Ctl;

static void regime_ctl(const CpuState *cpu, unsigned regime, Ctl *c)
{
    memset(c, 0, sizeof(*c));
    if (regime <= REGIME_EL10_1_PAN) {
        *c = (Ctl){ "EL1&0", cpu->sr[SR_SCTLR_EL1], cpu->sr[SR_TCR_EL1],
                    { cpu->sr[SR_TTBR0_EL1], cpu->sr[SR_TTBR1_EL1] }, true, 1 };
    } else if (regime == REGIME_EL3) {
        *c = (Ctl){ "EL3", cpu->sr[SR_SCTLR_EL3], cpu->sr[SR_TCR_EL3],
                    { cpu->sr[SR_TTBR0_EL3], 0 }, false, 3 };
    } else {
        bool two = regime != REGIME_EL2;
        *c = (Ctl){ two ? "EL2&0" : "EL2", cpu->sr[SR_SCTLR_EL2], cpu->sr[SR_TCR_EL2],
                    { cpu->sr[SR_TTBR0_EL2], two ? cpu->sr[SR_TTBR1_EL2] : 0 }, two, 2 };
    }
}

/* Stage 1; false when it faults (after saying why). */
static bool stage1(CpuState *cpu, GdbBuf *o, const Ctl *rc, const WalkCfg *s2, uint64_t va,
                   uint64_t *ipa)
{
    uint64_t tcr = rc->tcr;
    bool hi = rc->two && ((va >> 55) & 1);
    bool tbi = rc->two ? bits64(tcr, hi ? 38 : 37, 1) : bits64(tcr, 20, 1);
    unsigned top = tbi ? 55 : 63;
    unsigned tsz = (unsigned)bits64(tcr, hi ? 16 : 0, 6);
    tsz = tsz < 16 ? 16 : tsz > 39 ? 39 : tsz;
    WalkCfg c = { 0 };
    c.inputsize = 64 - tsz;
    uint64_t upper = bits64(va, c.inputsize, top + 1 - c.inputsize);
    if (upper != (hi ? ones64(top + 1 - c.inputsize) : 0)) {
        gbuf_printf(o, "stage 1: outside the %u-bit range of TTBR%u: translation fault at level 0\n",
                    c.inputsize, hi);
        return false;
    }
    if (rc->two && bits64(tcr, hi ? 23 : 7, 1)) {
        gbuf_printf(o, "stage 1: walks of TTBR%u disabled (TCR.EPD%u): translation fault at level 0\n",
                    hi, hi);
        return false;
    }
    c.gbits = walk_granule((unsigned)bits64(tcr, hi ? 30 : 14, 2), hi);
    unsigned stride = c.gbits - 3;
    c.start = 4 - (c.inputsize - c.gbits + stride - 1) / stride;
    c.oabits = walk_oabits((unsigned)bits64(tcr, rc->two ? 32 : 16, 3), cpu->model->pa_bits);
    c.ttb = rc->ttbr[hi] & UINT64_C(0x0000fffffffffffe);
    c.s2_tables = s2 != NULL;
    gbuf_printf(o, "stage 1: TTBR%u_EL%u 0x%016llx, %uK granule, %u-bit input, start level %u%s\n",
                hi, rc->el, (unsigned long long)rc->ttbr[hi], 1u << (c.gbits - 10), c.inputsize,
                c.start, tbi ? ", top byte ignored" : "");
    return walk(cpu, o, &c, s2, va & ones64(c.inputsize), ipa);
}

void gdb_vtop(CpuState *cpu, GdbBuf *o, uint64_t va)
{
    unsigned regime = mmu_debug_regime(cpu);
    Ctl rc;
    regime_ctl(cpu, regime, &rc);
    bool el10 = regime <= REGIME_EL10_1_PAN;
    uint64_t hcr = cpu_hcr(cpu);
    bool s2on = el10 && (hcr & (HCR_VM | HCR_DC));
    WalkCfg s2c = { 0 };
    if (s2on)       /* an inconsistent VTCR_EL2 gives start level 4: faults at level 0 */
        (void)walk_cfg_stage2(cpu, &s2c);
    bool s1on = (rc.sctlr & SCTLR_M) && !(el10 && (hcr & (HCR_TGE | HCR_DC)));
    uint64_t ipa = 0, pa = 0;
    bool ok;

    gbuf_printf(o, "vtop 0x%016llx: %s translation regime (EL%u view)\n", (unsigned long long)va,
                rc.name, rc.el);
    if (s1on) {
        ok = stage1(cpu, o, &rc, s2on ? &s2c : NULL, va, &ipa);
    } else {
        unsigned pa_bits = cpu->model->pa_bits;
        ipa = va & ones64(pa_bits);
        bool tbi = rc.two ? bits64(rc.tcr, (va >> 55) & 1 ? 38 : 37, 1) : bits64(rc.tcr, 20, 1);
        ok = bits64(va, pa_bits, (tbi ? 56 : 64) - pa_bits) == 0;
        gbuf_printf(o, "stage 1: off, VA = IPA%s\n", ok ? "" : " (beyond the PA size: fault)");
    }
    if (ok && s2on) {
        gbuf_printf(o, "stage 2: VTTBR_EL2 0x%016llx, %uK granule, %u-bit IPA, start level %u\n",
                    (unsigned long long)cpu->sr[SR_VTTBR_EL2], 1u << (s2c.gbits - 10),
                    s2c.inputsize, s2c.start);
        ok = walk(cpu, o, &s2c, NULL, ipa, &pa);
    } else if (ok) {
        gbuf_puts(o, "stage 2: off\n");
        pa = ipa;
    }
    TransResult t;
    if (mmu_translate(cpu, va, MEM_NOFAULT, regime, &t)) {
        BusRegion *r = bus_find(cpu->bus, t.pa);
        gbuf_printf(o, "=> PA 0x%016llx (%s), %s memory (attr 0x%02x), %c%c%c at EL%u\n",
                    (unsigned long long)t.pa, !r ? "nothing there" : r->ram ? "RAM" : r->name,
                    t.device ? "Device" : "Normal", t.attr, t.readable ? 'r' : '-',
                    t.writable ? 'w' : '-', t.executable ? 'x' : '-', rc.el);
        if (ok && t.pa != pa)
            gbuf_printf(o, "   (the walk above ended at 0x%llx)\n", (unsigned long long)pa);
    } else {
        gbuf_puts(o, "=> no translation: an access would fault\n");
    }
}
