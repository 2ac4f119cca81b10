/*
 * test_reset_releases_fast_ipi.c — regression: cpu_reset() cleared IPI_SR
 * but left the fast-IPI source driving FIQ, so a reset core had a FIQ
 * pending that IPI_SR did not show (and that only a W1C of a bit reading 0
 * could release). Apple fast IPIs: sysreg_apple.c.
 */
#include "tenv.h"

static void test_reset(void **state)
{
    TestEnv *t = *state;
    t->m->model.apple_fast_ipi = true;
    tenv_rebuild_sysregs(t->m);
    tenv_reset(t);
    uint32_t msr = 0xd51df001;                /* msr s3_5_c15_c0_0 (IPI_RR_LOCAL), x1 */
    tenv_put_code(t, T_CODE, &msr, 1);
    t->cpu->r[1] = 0;                         /* immediate, this core */
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->irq_lines & CPU_IN_FIQ, CPU_IN_FIQ);
    tenv_reset(t);
    assert_int_equal(t->cpu->sr[SR_IPI_SR], 0);
    assert_int_equal(t->cpu->irq_lines & CPU_IN_FIQ, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = { cmocka_unit_test(test_reset) };
    return cmocka_run_group_tests_name("regress_reset_fast_ipi", tests, tenv_setup,
                                       tenv_teardown);
}
