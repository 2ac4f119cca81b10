/*
 * test_s2_device_align_to_el2.c — regression: an unaligned load from
 * memory that stage 1 calls Normal (HCR_EL2.DC) and stage 2 calls Device
 * was a stage-1 Alignment fault taken to EL1; stage 2 made the memory
 * Device, so it is a stage-2 Alignment fault taken to EL2. Arm ARM J1
 * AArch64.S2Translate (AArch64.S2HasAlignmentFault), D24.2.46 ESR_EL2.
 */
#include "pt.h"

static void test_stage2_alignment_fault(void **state)
{
    TestEnv *t = *state;
    tenv_reset(t);
    Pt s2;
    pt_init_s2(&s2, &t->m->bus, PT_4K, 40, 1, PT_POOL, PT_POOL_END);
    pt_map(&s2, T_CODE, T_CODE, 3, PT_S2_RW);
    pt_map(&s2, T_DATA, T_DATA, 3, PT_AF | PT_S2_DEVICE | PT_S2AP_R | PT_S2AP_W);
    t->cpu->sr[SR_VTCR_EL2] = pt_vtcr(&s2, 2);
    t->cpu->sr[SR_VTTBR_EL2] = s2.root;
    mt_sr(t, SR_HCR_EL2, HCR_RW | HCR_VM | HCR_DC);      /* stage 1: Normal WB */
    const uint32_t w[1] = { 0xf9400001 };                        /* ldr x1, [x0] */
    mt_code(t, T_CODE, w, 1);
    tenv_set_el(t, 1, 1);
    t->cpu->r[0] = T_DATA + 4;
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_DEBUG);
    assert_int_equal(t->cpu->ps.el, 2);
    /* EC 0x24, IL, ISV SAS=3 SRT=1 SF, DFSC Alignment */
    assert_int_equal(t->cpu->sr[SR_ESR_EL2], UINT64_C(0x93c18021));
    assert_int_equal(t->cpu->sr[SR_FAR_EL2], T_DATA + 4);
}

int main(void)
{
    const struct CMUnitTest tests[] = { cmocka_unit_test(test_stage2_alignment_fault) };
    return cmocka_run_group_tests_name("regress_s2_dev_align", tests, tenv_setup, tenv_teardown);
}
