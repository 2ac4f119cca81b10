/*
 * test_ldr_literal_isv.c — regression: LDR (literal) faulting at stage 2
 * reported ISV=0; it is a single general-purpose register load without
 * writeback, so ESR_EL2 carries its syndrome. Arm ARM D24.2.46 ESR_EL2 ISV
 * (stage 2 aborts), J1.1.3.2 AArch64.InstructionSyndromeValid.
 */
#include "pt.h"

#define CODE_PA UINT64_C(0x401ffff8)   /* last words of the first 2 MiB of RAM */

static void test_literal_isv(void **state)
{
    TestEnv *t = *state;
    tenv_reset(t);
    /* stage 2: RAM in 2 MiB blocks, the second block left out */
    Pt s2;
    pt_init_s2(&s2, &t->m->bus, PT_4K, 39, 1, PT_POOL, PT_POOL_END);
    pt_map(&s2, T_RAM, T_RAM, 2, PT_S2_RW);
    t->cpu->sr[SR_VTTBR_EL2] = s2.root;
    mt_sr(t, SR_VTCR_EL2, pt_vtcr(&s2, 2));
    const uint32_t w[1] = { 0x98000041 };          /* ldrsw x1, #8: reads 0x40200000 */
    mt_code(t, CODE_PA, w, 1);
    assert_int_equal(tenv_run(t, CODE_PA, 1), HALT_DEBUG);
    /* ISV, SAS=2, SSE, SRT=1, SF, translation fault level 2 */
    assert_int_equal(t->cpu->sr[SR_ESR_EL2], UINT64_C(0x93a18006));
    assert_int_equal(t->cpu->sr[SR_FAR_EL2], UINT64_C(0x40200000));
}

int main(void)
{
    const struct CMUnitTest tests[] = { cmocka_unit_test(test_literal_isv) };
    return cmocka_run_group_tests_name("regress_literal_isv", tests, tenv_setup, tenv_teardown);
}
