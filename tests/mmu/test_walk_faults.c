/*
 * test_walk_faults.c — every stage-1 fault with its exact ESR/FAR:
 * Translation at each level, Address size (IPS vs tables, blocks, pages,
 * TTBR), Access flag, Permission, EPD0/EPD1, VAs outside both ranges,
 * External abort on the walk, cache maintenance (CM, WnR, FAR = Xt), data
 * vs instruction aborts from EL0/EL1. Arm ARM D8.15, D24.2.46, D24.2.48.
 */
#include "mmu_insn.h"
#include "pt.h"

#define CODE_VA UINT64_C(0xfffffffffff00000)   /* TTBR1, EL0 and EL1 executable */
#define DVA     UINT64_C(0x0000123456789000)   /* data VA, TTBR0 */
#define IPS32   0u
#define IPS36   1u
#define IPS48   5u

static TestEnv *setup(void **state, Pt *t0, Pt *t1, unsigned ips)
{
    TestEnv *t = *state;
    tenv_reset(t);
    pt_init(t0, &t->m->bus, PT_4K, 48, PT_POOL, PT_POOL + 0x200000);
    pt_init(t1, &t->m->bus, PT_4K, 48, PT_POOL + 0x200000, PT_POOL_END);
    pt_map(t1, CODE_VA, T_CODE, 3, PT_NORMAL | PT_AP_RO_ALL);
    mt_el1_on(t, t0, t1, ips);
    return t;
}

/* Run n words at CODE_VA at EL el (EL0 with SP_EL0). */
static HaltReason run(TestEnv *t, const uint32_t *w, unsigned n, unsigned el)
{
    mt_code(t, T_CODE, w, n);
    if (el == 0)
        tenv_set_el(t, 0, 0);
    return tenv_run(t, CODE_VA, n);
}

static void load_faults(TestEnv *t, uint64_t va, unsigned el, uint64_t esr)
{
    static const uint32_t w[] = { I_LDR_X1_X0 };
    t->cpu->r[0] = va;
    assert_int_equal(run(t, w, 1, el), HALT_DEBUG);
    mt_expect_abort(t, el, 1, esr, va, CODE_VA);
}

static void store_faults(TestEnv *t, uint64_t va, unsigned el, uint64_t esr)
{
    static const uint32_t w[] = { I_STR_X2_X0 };
    t->cpu->r[0] = va;
    assert_int_equal(run(t, w, 1, el), HALT_DEBUG);
    mt_expect_abort(t, el, 1, esr, va, CODE_VA);
}

/* An invalid descriptor at each level; loads report WnR=0, stores WnR=1,
 * FAR the exact VA accessed. */
static void test_translation_fault_each_level(void **state)
{
    for (unsigned l = 0; l <= 3; l++) {
        Pt t0, t1;
        TestEnv *t = setup(state, &t0, &t1, IPS48);
        pt_map(&t0, DVA, T_DATA, 3, PT_NORMAL);
        pt_unmap(&t0, DVA, l);
        load_faults(t, DVA + 0x128, 1, ESR_DABT_SAME(FSC_TRANS(l)));
        tenv_set_el(t, 1, 1);
        store_faults(t, DVA + 0x130, 1, ESR_DABT_SAME(ISS_WNR | FSC_TRANS(l)));
        tenv_set_el(t, 1, 1);
        store_faults(t, DVA + 0x138, 0, ESR_DABT_LOWER(ISS_WNR | FSC_TRANS(l)));
    }
}

/* Instruction fetch from an unmapped VA: Instruction Abort, FAR = ELR =
 * the branch target; EC 0x21 from EL1, 0x20 from EL0. */
static void test_fetch_translation_fault(void **state)
{
    static const uint32_t w[] = { I_BR_X0, I_NOP };
    for (unsigned el = 0; el <= 1; el++) {
        Pt t0, t1;
        TestEnv *t = setup(state, &t0, &t1, IPS48);
        pt_map(&t0, DVA + 0x200000, T_DATA, 3, PT_NORMAL);   /* tables down to L3 */
        t->cpu->r[0] = DVA + 0x204;
        assert_int_equal(run(t, w, 2, el), HALT_DEBUG);
        uint64_t esr = el ? ESR_IABT_SAME(FSC_TRANS(2)) : ESR_IABT_LOWER(FSC_TRANS(2));
        mt_expect_abort(t, el, 1, esr, DVA + 0x204, DVA + 0x204);
    }
}

/* TCR_EL1.IPS = 32 bits: a next-level table, a block or a page at or
 * above 4 GiB is an Address size fault at the level of the descriptor
 * holding it; the TTBR itself at level 0 (AArch64.S1Walk, OAOutOfRange). */
static void test_address_size_faults(void **state)
{
    const uint64_t big = UINT64_C(0x100000000);
    for (unsigned l = 0; l <= 3; l++) {
        Pt t0, t1;
        TestEnv *t = setup(state, &t0, &t1, IPS32);
        pt_map(&t0, DVA, T_DATA, 3, PT_NORMAL);
        if (l < 3)      /* table descriptor at level l pointing above 4 GiB */
            pt_set(&t0, DVA, l, big | 3);
        else            /* page above 4 GiB */
            pt_map(&t0, DVA, big + T_DATA, 3, PT_NORMAL);
        load_faults(t, DVA + 8, 1, ESR_DABT_SAME(FSC_ADDR(l)));
    }
    /* blocks above 4 GiB at levels 1 and 2 */
    for (unsigned l = 1; l <= 2; l++) {
        Pt t0, t1;
        TestEnv *t = setup(state, &t0, &t1, IPS32);
        pt_map(&t0, DVA & ~(pt_level_size(&t0, l) - 1), big << 2, l, PT_NORMAL);
        store_faults(t, DVA, 1, ESR_DABT_SAME(ISS_WNR | FSC_ADDR(l)));
    }
    /* the TTBR */
    Pt t0, t1;
    TestEnv *t = setup(state, &t0, &t1, IPS32);
    mt_sr(t, SR_TTBR0_EL1, big | t0.root);
    load_faults(t, DVA, 1, ESR_DABT_SAME(FSC_ADDR(0)));
}

/* IPS = 36 bits: an output address just below 2^36 translates (and, with
 * nothing there, is an External abort on the access); at 2^36 it is an
 * Address size fault. */
static void test_address_size_limit(void **state)
{
    Pt t0, t1;
    TestEnv *t = setup(state, &t0, &t1, IPS36);
    pt_map(&t0, DVA, UINT64_C(0xffffff000), 3, PT_NORMAL);
    pt_map(&t0, DVA + 0x1000, UINT64_C(0x1000000000), 3, PT_NORMAL);
    load_faults(t, DVA + 0x10, 1, ESR_DABT_SAME(FSC_EXT));
    tenv_set_el(t, 1, 1);
    load_faults(t, DVA + 0x1010, 1, ESR_DABT_SAME(FSC_ADDR(3)));
}

/* AF=0 (no hardware AF management): Access flag fault at the leaf's level
 * for loads, stores and instruction fetches (D8.5). */
static void test_access_flag_faults(void **state)
{
    for (unsigned l = 1; l <= 3; l++) {
        Pt t0, t1;
        TestEnv *t = setup(state, &t0, &t1, IPS48);
        uint64_t base = DVA & ~(pt_level_size(&t0, l) - 1);
        pt_map(&t0, base, l == 3 ? T_DATA : T_RAM & ~(pt_level_size(&t0, l) - 1), l,
               PT_NORMAL & ~PT_AF);
        load_faults(t, DVA + 0x40, 1, ESR_DABT_SAME(FSC_AF(l)));
        tenv_set_el(t, 1, 1);
        store_faults(t, DVA + 0x48, 1, ESR_DABT_SAME(ISS_WNR | FSC_AF(l)));
        tenv_set_el(t, 1, 1);
        static const uint32_t w[] = { I_BR_X0, I_NOP };
        t->cpu->r[0] = DVA + 0x80;
        assert_int_equal(run(t, w, 2, 1), HALT_DEBUG);
        mt_expect_abort(t, 1, 1, ESR_IABT_SAME(FSC_AF(l)), DVA + 0x80, DVA + 0x80);
    }
}

/* Permission faults report the leaf's level: a read-only 2 MiB block, an
 * EL1-only page read from EL0, an execute-never page, a UXN block at EL0. */
static void test_permission_fault_syndromes(void **state)
{
    Pt t0, t1;
    TestEnv *t = setup(state, &t0, &t1, IPS48);
    uint64_t blk = UINT64_C(0x0000123456400000);
    pt_map(&t0, blk, T_RAM, 2, PT_NORMAL | PT_AP_RO_ALL | PT_UXN | PT_PXN);
    pt_map(&t0, DVA, T_DATA, 3, PT_NORMAL | PT_AP_RW_EL1 | PT_PXN);
    store_faults(t, blk + 0x1008, 1, ESR_DABT_SAME(ISS_WNR | FSC_PERM(2)));
    tenv_set_el(t, 1, 1);
    load_faults(t, DVA + 0x10, 0, ESR_DABT_LOWER(FSC_PERM(3)));
    static const uint32_t w[] = { I_BR_X0, I_NOP };
    for (unsigned el = 0; el <= 1; el++) {
        uint64_t target = el ? DVA + 0x20 : blk + 0x20;
        tenv_set_el(t, 1, 1);
        t->cpu->r[0] = target;
        assert_int_equal(run(t, w, 2, el), HALT_DEBUG);
        uint64_t esr = el ? ESR_IABT_SAME(FSC_PERM(3)) : ESR_IABT_LOWER(FSC_PERM(2));
        mt_expect_abort(t, el, 1, esr, target, target);
    }
}

/* TCR_EL1.EPD0/EPD1 disable the walks of one half: level-0 Translation
 * fault even though the tables map the address (D8.15.4.2). */
static void test_epd(void **state)
{
    Pt t0, t1;
    TestEnv *t = setup(state, &t0, &t1, IPS48);
    pt_map(&t0, DVA, T_DATA, 3, PT_NORMAL);
    pt_map(&t1, 0 - UINT64_C(0x1000000), T_DATA, 3, PT_NORMAL);
    mt_sr(t, SR_TCR_EL1, t->cpu->sr[SR_TCR_EL1] | UINT64_C(1) << 7);      /* EPD0 */
    load_faults(t, DVA, 1, ESR_DABT_SAME(FSC_TRANS(0)));
    /* EPD1: code moves to TTBR0 */
    tenv_set_el(t, 1, 1);
    pt_map(&t0, CODE_VA & UINT64_C(0xffffffffffff), T_CODE, 3, PT_NORMAL | PT_AP_RO_EL1);
    mt_sr(t, SR_TCR_EL1, (t->cpu->sr[SR_TCR_EL1] & ~(UINT64_C(1) << 7)) | UINT64_C(1) << 23);
    static const uint32_t w[] = { I_LDR_X1_X0 };
    mt_code(t, T_CODE, w, 1);
    t->cpu->r[0] = 0 - UINT64_C(0x1000000);
    assert_int_equal(tenv_run(t, CODE_VA & UINT64_C(0xffffffffffff), 1), HALT_DEBUG);
    mt_expect_abort(t, 1, 1, ESR_DABT_SAME(FSC_TRANS(0)), 0 - UINT64_C(0x1000000),
                    CODE_VA & UINT64_C(0xffffffffffff));
}

/* Without TBI, bits 63:48 must all equal bit 55's half: anything else is
 * in neither range, a level-0 Translation fault with the full VA in FAR. */
static void test_va_outside_both_ranges(void **state)
{
    static const uint64_t vas[] = {
        UINT64_C(0x0080000000000000), UINT64_C(0x0001000000000000),
        UINT64_C(0xff7ffffffffff000), UINT64_C(0x8000000000000000),
        UINT64_C(0x7fff000000000000) | DVA,
    };
    Pt t0, t1;
    TestEnv *t = setup(state, &t0, &t1, IPS48);
    pt_map(&t0, DVA, T_DATA, 3, PT_NORMAL);
    for (unsigned i = 0; i < ARRAY_SIZE(vas); i++) {
        tenv_set_el(t, 1, 1);
        load_faults(t, vas[i], 1, ESR_DABT_SAME(FSC_TRANS(0)));
    }
}

/* A table in no RAM: synchronous External abort on the walk at the level
 * being read (DFSC 0b0101LL); ISS.EA is IMPLEMENTATION DEFINED. */
static void test_external_abort_on_walk(void **state)
{
    const uint64_t hole = UINT64_C(0x10000000);
    for (unsigned l = 0; l <= 3; l++) {
        Pt t0, t1;
        TestEnv *t = setup(state, &t0, &t1, IPS48);
        pt_map(&t0, DVA, T_DATA, 3, PT_NORMAL);
        if (l == 0)
            mt_sr(t, SR_TTBR0_EL1, hole);
        else
            pt_set(&t0, DVA, l - 1, hole | 3);
        static const uint32_t w[] = { I_LDR_X1_X0 };
        t->cpu->r[0] = DVA + 0x18;
        assert_int_equal(run(t, w, 1, 1), HALT_DEBUG);
        assert_int_equal(t->cpu->pc, T_VBAR + 0x200);
        assert_int_equal(t->cpu->sr[SR_ESR_EL1] & ~(UINT64_C(1) << 9),
                         ESR_DABT_SAME(FSC_EXTW(l)));
        assert_int_equal(t->cpu->sr[SR_FAR_EL1], DVA + 0x18);
    }
}

/* An unaligned load whose second page is unmapped: the fault is on the
 * first byte of that page (Mem[] splits unaligned accesses into bytes). */
static void test_page_crossing_fault_far(void **state)
{
    Pt t0, t1;
    TestEnv *t = setup(state, &t0, &t1, IPS48);
    pt_map(&t0, DVA, T_DATA, 3, PT_NORMAL);
    static const uint32_t w[] = { I_LDR_X1_X0 };
    t->cpu->r[0] = DVA + 0xffc;
    assert_int_equal(run(t, w, 1, 1), HALT_DEBUG);
    mt_expect_abort(t, 1, 1, ESR_DABT_SAME(FSC_TRANS(3)), DVA + 0x1000, CODE_VA);
}

/* Cache maintenance by VA: faults have CM=1 and WnR=1 and FAR = Xt;
 * cleaning from EL1 never needs a permission; invalidating needs write;
 * EL0 needs read (UCI=1). DC ZVA is a store, not maintenance: CM=0. */
static void test_cache_maintenance_faults(void **state)
{
    Pt t0, t1;
    TestEnv *t = setup(state, &t0, &t1, IPS48);
    pt_map(&t0, DVA, T_DATA, 3, PT_NORMAL | PT_AP_RO_EL1);
    const uint64_t cm = ISS_CM | ISS_WNR;
    struct { uint32_t insn; uint64_t va; unsigned el; uint64_t esr; } c[] = {
        { I_DC_CIVAC, DVA + 0x2345, 1, ESR_DABT_SAME(cm | FSC_TRANS(3)) },
        { I_DC_IVAC, DVA + 0x345, 1, ESR_DABT_SAME(cm | FSC_PERM(3)) },
        { I_DC_CVAC, DVA + 0x345, 0, ESR_DABT_LOWER(cm | FSC_PERM(3)) },
        { I_DC_CIVAC, DVA + 0x345, 0, ESR_DABT_LOWER(cm | FSC_PERM(3)) },
        { I_IC_IVAU, DVA + 0x2345, 1, ESR_DABT_SAME(cm | FSC_TRANS(3)) },
        { I_DC_ZVA, DVA + 0x345, 1, ESR_DABT_SAME(ISS_WNR | FSC_PERM(3)) },
        { I_DC_ZVA, DVA + 0x2345, 1, ESR_DABT_SAME(ISS_WNR | FSC_TRANS(3)) },
        { I_DC_CIVAC, DVA + 0x345, 1, 0 },      /* clean from EL1: no permission needed */
        { I_DC_CVAC, DVA + 0x345, 1, 0 },
    };
    mt_sr(t, SR_SCTLR_EL1, t->cpu->sr[SR_SCTLR_EL1] | SCTLR_UCI);
    for (unsigned i = 0; i < ARRAY_SIZE(c); i++) {
        tenv_set_el(t, 1, 1);
        t->cpu->r[0] = c[i].va;
        HaltReason h = run(t, &c[i].insn, 1, c[i].el);
        if (!c[i].esr) {
            assert_int_equal(h, HALT_MAX_INSNS);
            continue;
        }
        assert_int_equal(h, HALT_DEBUG);
        mt_expect_abort(t, c[i].el, 1, c[i].esr, c[i].va, CODE_VA);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_translation_fault_each_level),
        cmocka_unit_test(test_fetch_translation_fault),
        cmocka_unit_test(test_address_size_faults),
        cmocka_unit_test(test_address_size_limit),
        cmocka_unit_test(test_access_flag_faults),
        cmocka_unit_test(test_permission_fault_syndromes),
        cmocka_unit_test(test_epd),
        cmocka_unit_test(test_va_outside_both_ranges),
        cmocka_unit_test(test_external_abort_on_walk),
        cmocka_unit_test(test_page_crossing_fault_far),
        cmocka_unit_test(test_cache_maintenance_faults),
    };
    return cmocka_run_group_tests_name("mmu_walk_faults", tests, tenv_setup, tenv_teardown);
}
