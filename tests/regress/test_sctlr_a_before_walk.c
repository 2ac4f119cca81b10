/*
 * test_sctlr_a_before_walk.c — regression: with SCTLR_EL1.A=1 an unaligned
 * load of an untranslatable address reported the translation's fault, not
 * the Alignment fault that comes first. Arm ARM D8.15.5 (MMU fault
 * prioritization, item 1: an Alignment fault not caused by memory type).
 */
#include "tenv.h"

static void test_alignment_first(void **state)
{
    TestEnv *t = *state;
    tenv_reset(t);
    t->cpu->sr[SR_SCTLR_EL1] |= SCTLR_A;
    const uint32_t w[1] = { 0xf9400001 };                        /* ldr x1, [x0] */
    tenv_put_code(t, T_CODE, w, 1);
    t->cpu->r[0] = (UINT64_C(1) << 48) + 4;                     /* beyond the PA size */
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_DEBUG);
    assert_int_equal(t->cpu->sr[SR_ESR_EL1], UINT64_C(0x96000021));
}

int main(void)
{
    const struct CMUnitTest tests[] = { cmocka_unit_test(test_alignment_first) };
    return cmocka_run_group_tests_name("regress_sctlr_a", tests, tenv_setup, tenv_teardown);
}
