/*
 * test_device_align_before_perm.c — regression: an unaligned store to a
 * read-only Device page reported a Permission fault; the Alignment fault
 * caused by the memory type has priority. Arm ARM D8.15.5 items 35 and 36,
 * J1.1.4.55 AArch64.S1Translate (alignment checked before permissions).
 */
#include "pt.h"

static void test_alignment_first(void **state)
{
    TestEnv *t = *state;
    tenv_reset(t);
    Pt p;
    pt_init(&p, &t->m->bus, PT_4K, 39, PT_POOL, PT_POOL_END);
    pt_map(&p, 0, T_CODE, 3, PT_NORMAL | PT_AP_RO_EL1);
    pt_map(&p, 0x1000, T_DATA, 3, PT_AF | PT_ATTR(1) | PT_AP_RO_EL1);   /* Device, RO */
    mt_el1_on(t, &p, NULL, 5);
    const uint32_t w[1] = { 0xf9000002 };                        /* str x2, [x0] */
    mt_code(t, T_CODE, w, 1);
    t->cpu->r[0] = 0x1004;
    assert_int_equal(tenv_run(t, 0, 1), HALT_DEBUG);
    assert_int_equal(t->cpu->sr[SR_ESR_EL1], UINT64_C(0x96000061));   /* alignment, WnR */
}

int main(void)
{
    const struct CMUnitTest tests[] = { cmocka_unit_test(test_alignment_first) };
    return cmocka_run_group_tests_name("regress_dev_align", tests, tenv_setup, tenv_teardown);
}
