/*
 * test_walk_granules.c — EL1&0 stage-1 walks for 4K/16K/64K granules at
 * every start level and both ends of its TxSZ range, TTBR0 and TTBR1,
 * pages and each allowed block size (load, store, AT), disallowed blocks,
 * VAs just outside the range, initial tables under 64 bytes, Contiguous.
 * Arm ARM D8.2 (start level), D8.3 (descriptors), D8.7.1 (Contiguous).
 */
#include <stdio.h>

#include "mmu_insn.h"
#include "pt.h"

typedef struct Cfg { unsigned gbits, inputsize, start; } Cfg;

/* Each granule's start levels at the two ends of their input-size range
 * (D8.2.x, the initial lookup level for each TxSZ). */
static const Cfg cfgs[] = {
    { PT_4K, 48, 0 },  { PT_4K, 40, 0 },  { PT_4K, 39, 1 },  { PT_4K, 31, 1 },
    { PT_4K, 30, 2 },  { PT_4K, 25, 2 },
    { PT_16K, 48, 0 }, { PT_16K, 47, 1 }, { PT_16K, 37, 1 }, { PT_16K, 36, 2 },
    { PT_16K, 26, 2 }, { PT_16K, 25, 3 },
    { PT_64K, 48, 1 }, { PT_64K, 43, 1 }, { PT_64K, 42, 2 }, { PT_64K, 30, 2 },
    { PT_64K, 29, 3 }, { PT_64K, 25, 3 },
};

#define CODE_VA  UINT64_C(0)
#define CODE_PA  T_CODE

static char ctx[160];

#define CHECK_EQ(got, want)                                                          \
    do {                                                                             \
        uint64_t g_ = (got), w_ = (want);                                            \
        if (g_ != w_)                                                                \
            fail_msg("%s: %s = 0x%llx, want 0x%llx", ctx, #got, (unsigned long long)g_, \
                     (unsigned long long)w_);                                        \
    } while (0)

static bool block_ok(unsigned gbits, unsigned level)
{
    /* 48-bit OA: 4K blocks at levels 1 and 2, 16K and 64K at level 2 */
    return gbits == PT_4K ? (level == 1 || level == 2) : level == 2;
}

/* Tables for a config: data tables `d` in half `hi`; the code page at VA 0
 * in d (hi == 0) or in a fixed 4K/39-bit TTBR0 table `c`. */
static void build(TestEnv *t, const Cfg *cf, bool hi, Pt *d, Pt *c)
{
    pt_init(d, &t->m->bus, cf->gbits, cf->inputsize, PT_POOL, PT_POOL + 0x300000);
    assert_int_equal(d->start, cf->start);
    Pt *code = d;
    if (hi) {
        pt_init(c, &t->m->bus, PT_4K, 39, PT_POOL + 0x300000, PT_POOL_END);
        code = c;
    }
    pt_map(code, CODE_VA, CODE_PA, 3, PT_NORMAL | PT_AP_RO_EL1);
}

static void enable(TestEnv *t, bool hi, const Pt *d, const Pt *c)
{
    mt_el1_on(t, hi ? c : d, hi ? d : NULL, 5);
}

/* ldr x1, [x0]; str x2, [x6]; at s1e1r, x0; mrs x3, par_el1 */
static void run_access(TestEnv *t, uint64_t va, uint64_t pa)
{
    static const uint32_t code[] = { I_LDR_X1_X0, I_STR_X2_X6, I_AT_S1E1R, I_MRS_X3_PAR };
    CpuState *cpu = t->cpu;
    mt_code(t, CODE_PA, code, 4);
    cpu->r[0] = va;
    cpu->r[6] = va + 8;
    cpu->r[2] = UINT64_C(0x1122334455667788) ^ va;
    CHECK_EQ(tenv_run(t, CODE_VA, 4), HALT_MAX_INSNS);
    CHECK_EQ(cpu->pc, CODE_VA + 16);
    CHECK_EQ(cpu->r[1], mt_pat64(pa));
    CHECK_EQ(mt_rd64(t, pa + 8), UINT64_C(0x1122334455667788) ^ va);
    CHECK_EQ(cpu->r[3] & PAR_MASK, PAR_OK(0xff, pa, 3));
}

/* ldr x1, [x0] faults at EL1 with this DFSC. */
static void run_fault(TestEnv *t, uint64_t va, unsigned dfsc)
{
    static const uint32_t code[] = { I_LDR_X1_X0 };
    CpuState *cpu = t->cpu;
    mt_code(t, CODE_PA, code, 1);
    cpu->r[0] = va;
    CHECK_EQ(tenv_run(t, CODE_VA, 1), HALT_DEBUG);
    CHECK_EQ(cpu->pc, T_VBAR + 0x200);
    CHECK_EQ(cpu->sr[SR_ESR_EL1], ESR_DABT_SAME(dfsc));
    CHECK_EQ(cpu->sr[SR_FAR_EL1], va);
    CHECK_EQ(cpu->sr[SR_ELR_EL1], CODE_VA);
}

/* A leaf of the given level at va; the access is at offset off. */
static void check_leaf(TestEnv *t, const Cfg *cf, bool hi, unsigned level, uint64_t va,
                       uint64_t oa, uint64_t off)
{
    Pt d, c;
    tenv_reset(t);
    snprintf(ctx, sizeof(ctx), "granule %u, %u-bit VA, TTBR%d, level %u leaf at 0x%llx",
             1u << cf->gbits >> 10, cf->inputsize, hi, level, (unsigned long long)va);
    build(t, cf, hi, &d, &c);
    pt_map(&d, va, oa, level, PT_NORMAL | PT_AP_RW_EL1);
    enable(t, hi, &d, &c);
    run_access(t, va + off, oa + off);
}

static void check_granule(unsigned gbits)
{
    TestEnv *t = tenv_new();
    for (unsigned i = 0; i < ARRAY_SIZE(cfgs); i++) {
        const Cfg *cf = &cfgs[i];
        if (cf->gbits != gbits)
            continue;
        uint64_t range = UINT64_C(1) << cf->inputsize;
        uint64_t page = UINT64_C(1) << gbits;
        for (int hi = 0; hi <= 1; hi++) {
            uint64_t lo_va = hi ? 0 - range : 0, hi_va = lo_va + range;   /* hi_va wraps to 0 */
            /* a page at the top of the range and, for TTBR1, at the bottom */
            check_leaf(t, cf, hi, 3, hi_va - page, T_DATA, page - 16);
            if (hi)
                check_leaf(t, cf, hi, 3, lo_va, T_DATA, 8);
            /* each allowed block at the top of the range (RAM at 0x40000000
             * is aligned for every block size; the access lands in T_DATA) */
            for (unsigned l = cf->start; l < 3; l++) {
                Pt tmp = { .gbits = gbits, .start = cf->start, .inputsize = cf->inputsize };
                uint64_t bs = pt_level_size(&tmp, l);
                if (!block_ok(gbits, l))
                    continue;
                check_leaf(t, cf, hi, l, hi_va - bs, T_RAM, T_DATA - T_RAM + 0x1238);
            }
        }
    }
    tenv_free(t);
}

static void test_walk_4k(void **state)
{
    (void)state;
    check_granule(PT_4K);
}

static void test_walk_16k(void **state)
{
    (void)state;
    check_granule(PT_16K);
}

static void test_walk_64k(void **state)
{
    (void)state;
    check_granule(PT_64K);
}

/* Blocks where the granule allows none, and level-3 descriptors with
 * bits[1:0] = 01: Translation fault at that level (D8.3.1). */
static void test_disallowed_blocks(void **state)
{
    TestEnv *t = *state;
    for (unsigned i = 0; i < ARRAY_SIZE(cfgs); i++) {
        const Cfg *cf = &cfgs[i];
        uint64_t va = (UINT64_C(1) << cf->inputsize) >> 1;   /* away from the code page */
        for (unsigned l = cf->start; l <= 3; l++) {
            if (l < 3 && block_ok(cf->gbits, l))
                continue;
            Pt d, c;
            tenv_reset(t);
            snprintf(ctx, sizeof(ctx), "granule %u, %u-bit VA, block at level %u",
                     1u << cf->gbits >> 10, cf->inputsize, l);
            build(t, cf, false, &d, &c);
            pt_set(&d, va, l, T_RAM | PT_NORMAL | 1);
            enable(t, false, &d, &c);
            run_fault(t, va, FSC_TRANS(l));
        }
    }
}

/* The first VA above the TTBR0 range and the last one below the TTBR1
 * range: level-0 Translation faults (D8.2, VA range checks). */
static void test_va_just_outside_range(void **state)
{
    TestEnv *t = *state;
    for (unsigned i = 0; i < ARRAY_SIZE(cfgs); i++) {
        const Cfg *cf = &cfgs[i];
        uint64_t range = UINT64_C(1) << cf->inputsize;
        Pt d, c;
        tenv_reset(t);
        snprintf(ctx, sizeof(ctx), "granule %u, %u-bit VA, outside", 1u << cf->gbits >> 10,
                 cf->inputsize);
        build(t, cf, false, &d, &c);
        pt_map(&d, range - (UINT64_C(1) << cf->gbits), T_DATA, 3, PT_NORMAL);
        mt_el1_on(t, &d, &d, 5);       /* same tables for both halves */
        run_fault(t, range, FSC_TRANS(0));
        run_fault(t, 0 - range - 8, FSC_TRANS(0));
        run_access(t, range - 16, T_DATA + (UINT64_C(1) << cf->gbits) - 16);
    }
}

/* Initial tables of fewer than 8 entries are aligned to their own size,
 * not to 64 bytes: TTBRn_EL1.BADDR holds bits [47:x] with x = log2 of the
 * table size (D24.2 TTBR0_EL1, AArch64.S1TTBaseAddress). 2 entries: 16
 * bytes, 4 entries: 32 bytes. */
static void test_small_root_tables(void **state)
{
    static const Cfg small[] = {
        { PT_4K, 40, 0 }, { PT_4K, 41, 0 }, { PT_4K, 31, 1 }, { PT_4K, 32, 1 },
        { PT_16K, 48, 0 }, { PT_16K, 37, 1 }, { PT_16K, 38, 1 }, { PT_16K, 26, 2 },
        { PT_64K, 43, 1 }, { PT_64K, 44, 1 }, { PT_64K, 30, 2 },
    };
    TestEnv *t = *state;
    for (unsigned i = 0; i < ARRAY_SIZE(small); i++) {
        const Cfg *cf = &small[i];
        uint64_t page = UINT64_C(1) << cf->gbits;
        for (int hi = 0; hi <= 1; hi++) {
            Pt d, c;
            tenv_reset(t);
            snprintf(ctx, sizeof(ctx), "granule %u, %u-bit VA, TTBR%d, small root",
                     1u << cf->gbits >> 10, cf->inputsize, hi);
            uint64_t va = hi ? 0 - page : (UINT64_C(1) << cf->inputsize) - page;
            uint64_t base = PT_DATA + 0x3ff000;
            pt_init(&d, &t->m->bus, cf->gbits, cf->inputsize, PT_POOL, PT_POOL + 0x300000);
            uint64_t bytes = pt_root_bytes(&d);
            assert_true(bytes < 64);
            /* a decoy at the 64-byte-aligned address below the real root,
             * mapping the same VAs elsewhere */
            Pt decoy = d;
            pt_set_root(&decoy, base);
            pt_map(&decoy, va, T_DATA + 0x8000, 3, PT_NORMAL);
            d.next = decoy.next;
            pt_set_root(&d, base + bytes);
            pt_map(&d, va, T_DATA, 3, PT_NORMAL);
            if (hi) {
                pt_init(&c, &t->m->bus, PT_4K, 39, PT_POOL + 0x300000, PT_POOL_END);
                pt_map(&c, CODE_VA, CODE_PA, 3, PT_NORMAL | PT_AP_RO_EL1);
            } else {
                pt_map(&d, CODE_VA, CODE_PA, 3, PT_NORMAL | PT_AP_RO_EL1);
            }
            enable(t, hi, &d, &c);
            run_access(t, va + 16, T_DATA + 16);
        }
    }
}

/* The Contiguous bit is a hint: a correctly programmed contiguous run of
 * pages or blocks translates every entry to its own output address
 * (D8.7.1; runs of 16 4K, 128 16K or 32 64K pages; 16, 32, 32 blocks). */
static void test_contiguous_hint(void **state)
{
    static const struct { Cfg cf; unsigned n3, n2; } c[] = {
        { { PT_4K, 48, 0 }, 16, 16 }, { { PT_16K, 47, 1 }, 128, 32 }, { { PT_64K, 48, 1 }, 32, 32 },
    };
    static const uint32_t code[] = { I_LDR_X1_X0, I_AT_S1E1R, I_MRS_X3_PAR };
    TestEnv *t = *state;
    for (unsigned i = 0; i < ARRAY_SIZE(c); i++) {
        Pt d, cp;
        tenv_reset(t);
        snprintf(ctx, sizeof(ctx), "granule %u contiguous", 1u << c[i].cf.gbits >> 10);
        build(t, &c[i].cf, true, &d, &cp);
        uint64_t page = UINT64_C(1) << c[i].cf.gbits, bs = pt_level_size(&d, 2);
        uint64_t base = 0 - (UINT64_C(1) << c[i].cf.inputsize);       /* TTBR1 range */
        uint64_t run = base + c[i].n3 * page, va2 = base + (UINT64_C(1) << (c[i].cf.inputsize - 1));
        const uint64_t oa2 = UINT64_C(0x10000000000);
        for (unsigned k = 0; k < c[i].n3; k++) {
            pt_map(&d, run + k * page, PT_DATA + k * page, 3, PT_NORMAL | PT_CONT);
            mt_wr64(t, PT_DATA + k * page + 8, UINT64_C(0xc0de0000) + k);
        }
        for (unsigned k = 0; k < c[i].n2; k++)
            pt_map(&d, va2 + k * bs, oa2 + k * bs, 2, PT_NORMAL | PT_CONT);
        enable(t, true, &d, &cp);
        const unsigned ks[3] = { 0, c[i].n3 / 2 + 1, c[i].n3 - 1 };
        for (unsigned j = 0; j < 3; j++) {
            mt_code(t, CODE_PA, code, 3);
            t->cpu->r[0] = run + ks[j] * page + 8;
            tenv_set_el(t, 1, 1);
            CHECK_EQ(tenv_run(t, CODE_VA, 3), HALT_MAX_INSNS);
            CHECK_EQ(t->cpu->r[1], UINT64_C(0xc0de0000) + ks[j]);
            CHECK_EQ(t->cpu->r[3] & PAR_MASK, PAR_OK(0xff, PT_DATA + ks[j] * page, 3));
        }
        for (unsigned k = 0; k < c[i].n2; k += c[i].n2 - 1) {
            mt_code(t, CODE_PA, code + 1, 2);
            t->cpu->r[0] = va2 + k * bs + 0x5008;
            tenv_set_el(t, 1, 1);
            CHECK_EQ(tenv_run(t, CODE_VA, 2), HALT_MAX_INSNS);
            CHECK_EQ(t->cpu->r[3] & PAR_MASK, PAR_OK(0xff, oa2 + k * bs + 0x5000, 3));
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_walk_4k),
        cmocka_unit_test(test_walk_16k),
        cmocka_unit_test(test_walk_64k),
        cmocka_unit_test(test_disallowed_blocks),
        cmocka_unit_test(test_va_just_outside_range),
        cmocka_unit_test(test_small_root_tables),
        cmocka_unit_test(test_contiguous_hint),
    };
    return cmocka_run_group_tests_name("mmu_walk_granules", tests, tenv_setup, tenv_teardown);
}
