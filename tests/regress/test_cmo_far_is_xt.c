/*
 * test_cmo_far_is_xt.c — regression: faults of IC IVAU and DC ZVA reported
 * the 64-byte-aligned address in FAR instead of Xt. Arm ARM D24.2.48
 * FAR_EL1 ("holds the address specified in the register argument"),
 * J1.1.3.20 AArch64.DataMemZero and AArch64.IC (fault.vaddress = regval).
 */
#include "tenv.h"

static void fault_far(TestEnv *t, uint32_t insn, uint64_t xt, uint32_t iss)
{
    tenv_reset(t);
    tenv_put_code(t, T_CODE, &insn, 1);
    t->cpu->r[0] = xt;
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_DEBUG);
    assert_int_equal(t->cpu->sr[SR_ESR_EL1] & 0x1ff, iss);
    assert_int_equal(t->cpu->sr[SR_FAR_EL1], xt);
}

static void test_far(void **state)
{
    fault_far(*state, 0xd50b7420, 0x10000024, 0x50);      /* dc zva: External abort, WnR */
    fault_far(*state, 0xd50b7520, (UINT64_C(1) << 48) + 0x24, 0x140);  /* ic ivau: CM, WnR */
}

int main(void)
{
    const struct CMUnitTest tests[] = { cmocka_unit_test(test_far) };
    return cmocka_run_group_tests_name("regress_cmo_far", tests, tenv_setup, tenv_teardown);
}
