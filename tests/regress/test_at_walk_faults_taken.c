/*
 * test_at_walk_faults_taken.c — regression: AT wrote an External abort on
 * the walk into PAR_EL1 instead of taking it, and took a stage-2 fault on
 * its stage-1 walk (from EL1) without ESR.CM and WnR. Arm ARM J1.1.3.10
 * AArch64.AT, D8.15 (AT faults reported as exceptions), D24.2.46 CM/WnR.
 */
#include "pt.h"

#define VA UINT64_C(0x40000000)     /* root entry 1: the table under test */

static TestEnv *setup(void **state, uint64_t l1_entry, uint64_t hcr)
{
    TestEnv *t = *state;
    tenv_reset(t);
    uint64_t zero = 0;           /* tenv's stage 2 stops mapping IPA 2..3 GiB */
    if (!bus_write_phys(&t->m->bus, T_S2TABLE + 2 * 8, &zero, 8))
        fail();
    Pt p;
    pt_init(&p, &t->m->bus, PT_4K, 39, PT_POOL, PT_POOL_END);
    pt_map(&p, 0, T_CODE, 3, PT_NORMAL | PT_AP_RO_EL1);
    pt_set(&p, VA, 1, l1_entry);
    mt_el1_on(t, &p, NULL, 5);
    mt_sr(t, SR_HCR_EL2, hcr);
    const uint32_t w[2] = { 0xd5087800, 0xd5387403 };   /* at s1e1r, x0; mrs x3, par_el1 */
    mt_code(t, T_CODE, w, 2);
    t->cpu->r[0] = VA + 0x18;
    assert_int_equal(tenv_run(t, 0, 2), HALT_DEBUG);
    return t;
}

static void test_external_abort_is_taken(void **state)
{
    TestEnv *t = setup(state, UINT64_C(0x10000000) | 3, HCR_RW);   /* level-2 table: no RAM */
    assert_int_equal(t->cpu->ps.el, 1);
    assert_int_equal(t->cpu->sr[SR_ESR_EL1] & ~UINT64_C(0x200), UINT64_C(0x96000156));
    assert_int_equal(t->cpu->sr[SR_FAR_EL1], VA + 0x18);
}

static void test_stage2_walk_fault_has_cm(void **state)
{
    /* the level-2 table's IPA (2 GiB) is not mapped at stage 2 */
    TestEnv *t = setup(state, UINT64_C(0x80000000) | 3, HCR_RW | HCR_VM);
    assert_int_equal(t->cpu->ps.el, 2);
    assert_int_equal(t->cpu->sr[SR_ESR_EL2], UINT64_C(0x920001c5));   /* CM WnR S1PTW L1 */
    assert_int_equal(t->cpu->sr[SR_HPFAR_EL2], UINT64_C(0x800000));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_external_abort_is_taken),
        cmocka_unit_test(test_stage2_walk_fault_has_cm),
    };
    return cmocka_run_group_tests_name("regress_at_walk", tests, tenv_setup, tenv_teardown);
}
