/*
 * test_at_s12_combined_attr.c — regression: AT S12E1R reported the
 * stage-1 attributes (or Device-nGnRnE for any stage-2 Device) instead of
 * the combined ones: stage 1 Normal WB with stage 2 Device-nGnRE is
 * Device-nGnRE (PAR.ATTR 0x04). Arm ARM J1 S2CombineS1MemAttrs.
 */
#include "pt.h"

static void test_normal_plus_ngnre(void **state)
{
    TestEnv *t = *state;
    tenv_reset(t);
    Pt s2;
    pt_init_s2(&s2, &t->m->bus, PT_4K, 40, 1, PT_POOL, PT_POOL_END);
    pt_map(&s2, T_CODE, T_CODE, 3, PT_S2_RW);
    pt_map(&s2, T_DATA, T_DATA, 3, PT_AF | PT_S2_MEMATTR(1) | PT_S2AP_R | PT_S2AP_W);
    t->cpu->sr[SR_VTCR_EL2] = pt_vtcr(&s2, 2);
    t->cpu->sr[SR_VTTBR_EL2] = s2.root;
    mt_sr(t, SR_HCR_EL2, HCR_RW | HCR_VM | HCR_DC);      /* stage 1: Normal WB */
    const uint32_t w[2] = { 0xd50c7880, 0xd5387403 };   /* at s12e1r, x0; mrs x3, par_el1 */
    mt_code(t, T_CODE, w, 2);
    tenv_set_el(t, 2, 1);
    t->cpu->r[0] = T_DATA;
    assert_int_equal(tenv_run(t, T_CODE, 2), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->r[3] & 1, 0);
    assert_int_equal(t->cpu->r[3] >> 56, 0x04);
    assert_int_equal((t->cpu->r[3] >> 7) & 3, 2);
}

int main(void)
{
    const struct CMUnitTest tests[] = { cmocka_unit_test(test_normal_plus_ngnre) };
    return cmocka_run_group_tests_name("regress_at_s12_attr", tests, tenv_setup, tenv_teardown);
}
