/*
 * test_par_ns_el3.c — regression: AT S1E3R reported PAR_EL1.NS = 0 for a
 * page whose descriptor has NS = 1; for a Secure translation regime the
 * bit reports the PA space of the output. Arm ARM D24.2.142 PAR_EL1 NS.
 */
#include "pt.h"

static void test_ns_descriptor(void **state)
{
    TestEnv *t = *state;
    tenv_reset(t);
    Pt p;
    pt_init(&p, &t->m->bus, PT_4K, 39, PT_POOL, PT_POOL_END);
    pt_map(&p, T_CODE, T_CODE, 3, PT_NORMAL | PT_AP_RO_ALL);
    pt_map(&p, T_DATA, T_DATA, 3, PT_NORMAL | PT_NS);
    CpuState *cpu = t->cpu;
    cpu->sr[SR_MAIR_EL3] = PT_MAIR;
    cpu->sr[SR_TCR_EL3] = pt_tcr_el23(&p, 5);
    cpu->sr[SR_TTBR0_EL3] = p.root;
    mt_sr(t, SR_SCTLR_EL3, cpu->sr[SR_SCTLR_EL3] | SCTLR_M);
    const uint32_t w[2] = { 0xd50e7800, 0xd5387403 };   /* at s1e3r, x0; mrs x3, par_el1 */
    mt_code(t, T_CODE, w, 2);
    tenv_set_el(t, 3, 1);
    cpu->r[0] = T_DATA;
    assert_int_equal(tenv_run(t, T_CODE, 2), HALT_MAX_INSNS);
    assert_int_equal(cpu->r[3] & 1, 0);
    assert_int_equal((cpu->r[3] >> 9) & 1, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = { cmocka_unit_test(test_ns_descriptor) };
    return cmocka_run_group_tests_name("regress_par_ns_el3", tests, tenv_setup, tenv_teardown);
}
