/*
 * test_dczva_ignores_sctlr_a.c — regression: with SCTLR_EL1.A = 1, DC ZVA
 * to Normal memory took an Alignment fault, because the TLB marks a page
 * "alignment required" for both Device memory and SCTLR_ELx.A. DC ZVA's
 * address is aligned to its block, so alignment checking never applies;
 * only Device memory faults it. Arm ARM C5.3 (DC ZVA), J1.1.3
 * AArch64.DataMemZero. A Device page still faults.
 */
#include "pt.h"

#define VA_NORMAL PT_DATA
#define VA_DEVICE (PT_DATA + 0x1000)

static TestEnv *run_dc_zva(void **state, uint64_t va)
{
    TestEnv *t = *state;
    tenv_reset(t);
    Pt p;
    pt_init(&p, &t->m->bus, PT_4K, 39, PT_POOL, PT_POOL_END);
    pt_map(&p, 0, T_CODE, 3, PT_NORMAL | PT_AP_RO_EL1);
    pt_map(&p, VA_NORMAL, PT_DATA, 3, PT_NORMAL | PT_PXN | PT_UXN);
    /* MAIR Attr1: Device-nGnRnE */
    pt_map(&p, VA_DEVICE, PT_DATA + 0x1000, 3, PT_AF | PT_ATTR(1) | PT_PXN | PT_UXN);
    mt_el1_on(t, &p, NULL, 5);
    mt_sr(t, SR_SCTLR_EL1, t->cpu->sr[SR_SCTLR_EL1] | SCTLR_A);
    mt_wr64(t, PT_DATA + 0x1008, ~UINT64_C(0));
    mt_wr64(t, PT_DATA + 0x8, ~UINT64_C(0));
    const uint32_t w[2] = { 0xd50b7420, 0xd503201f };   /* dc zva, x0; nop */
    mt_code(t, T_CODE, w, 2);
    t->cpu->r[0] = va + 0x10;
    tenv_run(t, 0, 2);
    return t;
}

static void test_normal_memory_zeroed(void **state)
{
    TestEnv *t = run_dc_zva(state, VA_NORMAL);
    assert_int_equal(t->cpu->ps.el, 1);
    assert_int_equal(t->cpu->pc, 8);                   /* both instructions ran */
    assert_int_equal(mt_rd64(t, PT_DATA + 0x8), 0);
}

static void test_device_memory_faults(void **state)
{
    TestEnv *t = run_dc_zva(state, VA_DEVICE);
    assert_int_equal(t->cpu->sr[SR_ESR_EL1] & 0x3f, 0x21);   /* Alignment fault */
    assert_int_equal(t->cpu->sr[SR_FAR_EL1], VA_DEVICE + 0x10);
    assert_int_equal(mt_rd64(t, PT_DATA + 0x1008), ~UINT64_C(0));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_normal_memory_zeroed),
        cmocka_unit_test(test_device_memory_faults),
    };
    return cmocka_run_group_tests_name("regress_dczva_sctlr_a", tests, tenv_setup, tenv_teardown);
}
