/*
 * test_small_root_table_align.c — regression: the walk aligned every
 * initial table to 64 bytes, so a 2-entry (16-byte) root at a 16-byte
 * boundary was read from the wrong place. Arm ARM D24.2.209 TTBR0_EL1.BADDR
 * (aligned to the table's size) and J1.1.4.14 AArch64.S1TTBaseAddress.
 */
#include "pt.h"

static void test_16_byte_root(void **state)
{
    TestEnv *t = *state;
    tenv_reset(t);
    Pt p;
    pt_init(&p, &t->m->bus, PT_4K, 40, PT_POOL, PT_POOL_END);   /* level 0, 2 entries */
    pt_set_root(&p, PT_DATA + 0x10);
    pt_map(&p, 0, T_CODE, 3, PT_NORMAL | PT_AP_RO_EL1);
    pt_map(&p, UINT64_C(0x8000000000), T_DATA, 3, PT_NORMAL);    /* root entry 1 */
    mt_el1_on(t, &p, NULL, 5);
    const uint32_t w[1] = { 0xf9400001 };                        /* ldr x1, [x0] */
    mt_code(t, T_CODE, w, 1);
    t->cpu->r[0] = UINT64_C(0x8000000008);
    assert_int_equal(tenv_run(t, 0, 1), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->r[1], mt_pat64(T_DATA + 8));
}

int main(void)
{
    const struct CMUnitTest tests[] = { cmocka_unit_test(test_16_byte_root) };
    return cmocka_run_group_tests_name("regress_small_root", tests, tenv_setup, tenv_teardown);
}
