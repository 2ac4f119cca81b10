/*
 * walk.c — translation table walks (Arm ARM D8.2, pseudocode
 * AArch64.TranslationTableWalk / S1Walk / S2Walk): start level from the
 * input size and granule (stage 2: from VTCR_EL2.SL0, with concatenated
 * initial tables), table/block/page descriptors, APTable/UXNTable/
 * PXNTable/NSTable accumulation, output-address-size checks, the Access Flag
 * (no hardware update: AF=0 faults), and stage-1 table addresses walked
 * through stage 2 (S1PTW). Descriptors are read from RAM; a table in
 * anything else is an external abort on the walk.
 */
#include <string.h>

#include "xnuemu/bus.h"
#include "xnuemu/cpu_model.h"
#include "xnuemu/mmu.h"
#include "xnuemu/sysreg.h"
#include "xnuemu/walk.h"

#define DESC_VALID  UINT64_C(1)
#define DESC_TABLE  UINT64_C(2)
#define DESC_AF     (UINT64_C(1) << 10)
#define OA_MASK_48  UINT64_C(0x0000ffffffffffff)

unsigned walk_granule(unsigned tg, bool tg1)
{
    if (tg1)
        return tg == 1 ? 14 : tg == 3 ? 16 : 12;     /* 01 16K, 10 4K, 11 64K */
    return tg == 1 ? 16 : tg == 2 ? 14 : 12;         /* 00 4K, 01 64K, 10 16K */
}

unsigned walk_oabits(unsigned ps, unsigned pa_bits)
{
    static const unsigned sz[8] = { 32, 36, 40, 42, 44, 48, 48, 48 };
    return sz[ps & 7] < pa_bits ? sz[ps & 7] : pa_bits;
}

/* Blocks: 4K at levels 1 and 2, 16K and 64K at level 2 (48-bit OAs). */
static bool block_allowed(unsigned gbits, unsigned level)
{
    return gbits == 12 ? (level == 1 || level == 2) : level == 2;
}

static unsigned level_lsb(unsigned gbits, unsigned level)
{
    return gbits + (3 - level) * (gbits - 3);
}

bool walk_cfg_stage2(const CpuState *cpu, WalkCfg *c)
{
    uint64_t vtcr = cpu->sr[SR_VTCR_EL2];
    unsigned t0sz = (unsigned)bits64(vtcr, 0, 6);
    unsigned sl0 = (unsigned)bits64(vtcr, 6, 2);
    memset(c, 0, sizeof(*c));
    c->stage2 = true;
    c->gbits = walk_granule((unsigned)bits64(vtcr, 14, 2), false);
    c->inputsize = 64 - (t0sz < 16 ? 16 : t0sz > 39 ? 39 : t0sz);
    c->oabits = walk_oabits((unsigned)bits64(vtcr, 16, 3), cpu->model->pa_bits);
    c->ttb = cpu->sr[SR_VTTBR_EL2] & OA_MASK_48 & ~UINT64_C(1);
    /* an unusable configuration gets start level 4: every walk with it is a
     * level-0 Translation fault (so a stage-1 walk reports S1PTW with the
     * IPA of its first descriptor) */
    c->start = 4;
    if (sl0 == 3)
        return false;
    unsigned start = c->gbits == 12 ? 2 - sl0 : 3 - sl0;
    /* the initial lookup resolves 1..stride+4 bits (up to 16 concatenated
     * tables), AArch64.S2InconsistentSL */
    unsigned lsb = level_lsb(c->gbits, start);
    unsigned stride = c->gbits - 3;
    if (c->inputsize <= lsb || c->inputsize - lsb > stride + 4)
        return false;
    c->start = start;
    return true;
}

/* Read a descriptor at physical address pa. */
static bool read_desc(CpuState *cpu, uint64_t pa, uint64_t *d)
{
    uint8_t *h = bus_ram_ptr(cpu->bus, pa, 8);
    if (!h)
        return false;
    memcpy(d, h, 8);
    return true;
}

static bool fault(WalkFault *f, unsigned fsc, bool stage2)
{
    f->fsc = fsc;
    f->stage2 = stage2;
    return false;
}

/* A stage-2 fault while reading a stage-1 table at IPA ipa. */
static bool s1ptw_fault(WalkFault *f, unsigned fsc, uint64_t ipa)
{
    f->s1ptw = true;
    f->ipa = ipa;
    return fault(f, fsc, true);
}

bool walk_table(CpuState *cpu, const WalkCfg *c, const WalkCfg *s2, uint64_t ia, WalkOut *o,
                WalkFault *f)
{
    unsigned stride = c->gbits - 3, level = c->start;
    memset(o, 0, sizeof(*o));
    memset(f, 0, sizeof(*f));
    if (c->start > 3 || (c->inputsize < 64 && (ia >> c->inputsize)))
        return fault(f, FSC_TRANSLATION(0), c->stage2);
    /* the table base, aligned to the size of the initial table: 64 bytes
     * for XNU's 8-entry user root tables, 16 or 32 bytes for 2 or 4
     * entries (AArch64.S1TTBaseAddress/S2TTBaseAddress: no 64-byte minimum
     * without 52-bit addresses) */
    unsigned first_bits = c->inputsize - level_lsb(c->gbits, level);
    uint64_t table = c->ttb & ~ones64(first_bits + 3);
    if (c->oabits < 64 && (table >> c->oabits))
        return fault(f, FSC_ADDR_SIZE(0), c->stage2);
    for (;;) {
        unsigned lsb = level_lsb(c->gbits, level);
        unsigned nbits = level == c->start ? c->inputsize - lsb : stride;
        uint64_t daddr = table + bits64(ia, lsb, nbits) * 8;
        if (s2 && c->s2_tables) {
            /* stage 1 table address is an IPA: walk it at stage 2 */
            WalkOut so;
            if (!walk_table(cpu, s2, NULL, daddr, &so, f))
                return s1ptw_fault(f, f->fsc, daddr);
            if (!(so.desc & (UINT64_C(1) << 6)))      /* S2AP: no read */
                return s1ptw_fault(f, FSC_PERMISSION(so.level), daddr);
            if (bits64(so.desc, 4, 2) == 0) {        /* MemAttr[3:2]: Device */
                o->s2_device_table = true;
                if (cpu_hcr(cpu) & (UINT64_C(1) << 2)) /* HCR_EL2.PTW */
                    return s1ptw_fault(f, FSC_PERMISSION(so.level), daddr);
            }
            daddr = so.oa;
        }
        uint64_t d;
        if (!read_desc(cpu, daddr, &d))
            return fault(f, FSC_EXTERNAL_WALK(level), c->stage2);
        if (!(d & DESC_VALID) || (level == 3 && !(d & DESC_TABLE)))
            return fault(f, FSC_TRANSLATION(level), c->stage2);
        if (level < 3 && (d & DESC_TABLE)) {
            uint64_t next = d & OA_MASK_48 & ~ones64(c->gbits);
            if (c->oabits < 48 && (next >> c->oabits))
                return fault(f, FSC_ADDR_SIZE(level), c->stage2);
            if (!c->stage2) {
                o->pxn_table |= (d >> 59) & 1;
                o->uxn_table |= (d >> 60) & 1;
                o->ap_table_noel0 |= (d >> 61) & 1;
                o->ap_table_ro |= (d >> 62) & 1;
                o->ns_table |= (d >> 63) & 1;
            }
            table = next;
            level++;
            continue;
        }
        if (level < 3 && !block_allowed(c->gbits, level))
            return fault(f, FSC_TRANSLATION(level), c->stage2);
        uint64_t base = d & OA_MASK_48 & ~ones64(lsb);
        if (c->oabits < 48 && (base >> c->oabits))
            return fault(f, FSC_ADDR_SIZE(level), c->stage2);
        if (!(d & DESC_AF))
            return fault(f, FSC_ACCESS(level), c->stage2);
        o->oa = base | (ia & ones64(lsb));
        o->desc = d;
        o->level = level;
        o->size_log2 = lsb;
        return true;
    }
}
