/*
 * test_s1ptw_store_wnr.c — regression: a store whose stage-1 walk took a
 * stage-2 fault reported WnR=0. WnR is the instruction's direction
 * (only atomics may report 0). Arm ARM D24.2.46 ESR_EL2 ISS WnR,
 * J1.1.3.1 AArch64.FaultSyndrome (iss<6> = fault.write).
 */
#include "pt.h"

static void test_store_wnr(void **state)
{
    TestEnv *t = *state;
    tenv_reset(t);
    uint64_t zero = 0;           /* tenv's stage 2 stops mapping IPA 2..3 GiB */
    if (!bus_write_phys(&t->m->bus, T_S2TABLE + 2 * 8, &zero, 8))
        fail();
    Pt p;
    pt_init(&p, &t->m->bus, PT_4K, 39, PT_POOL, PT_POOL_END);
    pt_map(&p, 0, T_CODE, 3, PT_NORMAL | PT_AP_RO_EL1);
    pt_set(&p, UINT64_C(0x40000000), 1, UINT64_C(0x80000000) | 3);   /* L2 table at IPA 2 GiB */
    mt_el1_on(t, &p, NULL, 5);
    mt_sr(t, SR_HCR_EL2, HCR_RW | HCR_VM);
    const uint32_t w[1] = { 0xf9000002 };                        /* str x2, [x0] */
    mt_code(t, T_CODE, w, 1);
    t->cpu->r[0] = UINT64_C(0x40000010);
    assert_int_equal(tenv_run(t, 0, 1), HALT_DEBUG);
    assert_int_equal(t->cpu->sr[SR_ESR_EL2], UINT64_C(0x920000c5));   /* S1PTW, WnR, L1 */
}

int main(void)
{
    const struct CMUnitTest tests[] = { cmocka_unit_test(test_store_wnr) };
    return cmocka_run_group_tests_name("regress_s1ptw_wnr", tests, tenv_setup, tenv_teardown);
}
