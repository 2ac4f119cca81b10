/*
 * test_vtcr_invalid_hpfar.c — regression: with an inconsistent VTCR_EL2,
 * the S1PTW fault named TTBR0_EL1's raw value (ASID included, even for
 * TTBR1 addresses) as the IPA, not the first descriptor's. Arm ARM
 * J1.1.4.75 AArch64.S1Walk, J1.1.4.38 S2InconsistentSL, D24.2.76.
 */
#include "pt.h"

static void test_hpfar(void **state)
{
    TestEnv *t = *state;
    tenv_reset(t);
    Pt p0, p1;
    pt_init(&p0, &t->m->bus, PT_4K, 48, PT_POOL, PT_POOL + 0x100000);
    pt_init(&p1, &t->m->bus, PT_4K, 48, PT_POOL + 0x100000, PT_POOL_END);
    pt_map(&p1, UINT64_C(0xffffffffc0000000), T_CODE, 3, PT_NORMAL | PT_AP_RO_EL1);
    mt_el1_on(t, &p0, &p1, 5);
    t->cpu->sr[SR_TTBR0_EL1] |= UINT64_C(5) << 48;
    t->cpu->sr[SR_VTCR_EL2] = T_VTCR & ~UINT64_C(0xc0);        /* SL0=0 (level 2) with 39 bits */
    mt_sr(t, SR_HCR_EL2, HCR_RW | HCR_VM);
    assert_int_equal(tenv_run(t, UINT64_C(0xffffffffc0000000), 1), HALT_DEBUG);
    assert_int_equal(t->cpu->sr[SR_ESR_EL2], UINT64_C(0x82000084));   /* IABT, S1PTW, L0 */
    assert_int_equal(t->cpu->sr[SR_HPFAR_EL2], (p1.root >> 12) << 4);
}

int main(void)
{
    const struct CMUnitTest tests[] = { cmocka_unit_test(test_hpfar) };
    return cmocka_run_group_tests_name("regress_vtcr_hpfar", tests, tenv_setup, tenv_teardown);
}
