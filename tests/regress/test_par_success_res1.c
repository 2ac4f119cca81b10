/*
 * test_par_success_res1.c — regression: a successful AT left PAR_EL1 bit
 * 11 clear. Arm ARM D24.2.142 PAR_EL1 (F=0: bit 11 RES1 without FEAT_RME)
 * and J1.1.3.11 AArch64.EncodePAR ("PAR_EL1<11> = '1'; // RES1").
 */
#include "tenv.h"

static void test_at_s1e1r_sets_bit11(void **state)
{
    TestEnv *t = *state;
    tenv_reset(t);
    const uint32_t w[2] = { 0xd5087800, 0xd5387403 };   /* at s1e1r, x0; mrs x3, par_el1 */
    tenv_put_code(t, T_CODE, w, 2);
    t->cpu->r[0] = T_DATA + 0x10;
    assert_int_equal(tenv_run(t, T_CODE, 2), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->r[3] & 1, 0);                     /* F = 0 */
    assert_int_equal((t->cpu->r[3] >> 11) & 1, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = { cmocka_unit_test(test_at_s1e1r_sets_bit11) };
    return cmocka_run_group_tests_name("regress_par_res1", tests, tenv_setup, tenv_teardown);
}
