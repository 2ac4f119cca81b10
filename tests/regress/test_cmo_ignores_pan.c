/*
 * test_cmo_ignores_pan.c — regression: with PAN=1, DC CIVAC and IC IVAU at
 * EL1 on EL0-accessible memory took Permission faults; cache maintenance
 * ignores PAN and cleaning from EL1 needs no permission. Arm ARM J1.1.4.26
 * AArch64.S1CheckPermissions, J1.3 CreateAccDescDC/IC.
 */
#include "pt.h"

static void test_no_fault(void **state)
{
    TestEnv *t = *state;
    tenv_reset(t);
    Pt p;
    pt_init(&p, &t->m->bus, PT_4K, 39, PT_POOL, PT_POOL_END);
    pt_map(&p, 0, T_CODE, 3, PT_NORMAL | PT_AP_RO_EL1);
    pt_map(&p, 0x1000, T_DATA, 3, PT_NORMAL | PT_AP_RW_ALL);
    mt_el1_on(t, &p, NULL, 5);
    /* msr pan, #1; dc civac, x0; ic ivau, x0 */
    const uint32_t w[3] = { 0xd500419f, 0xd50b7e20, 0xd50b7520 };
    mt_code(t, T_CODE, w, 3);
    t->cpu->r[0] = 0x1040;
    assert_int_equal(tenv_run(t, 0, 3), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->ps.pan, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = { cmocka_unit_test(test_no_fault) };
    return cmocka_run_group_tests_name("regress_cmo_pan", tests, tenv_setup, tenv_teardown);
}
