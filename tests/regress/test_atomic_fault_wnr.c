/*
 * test_atomic_fault_wnr.c — regression: faults of an atomic
 * read-modify-write reported WnR=1 for every fault kind. Arm ARM D17.2.37
 * (Data Abort ISS, WnR): an atomic access reports WnR=0 unless it is a
 * permission fault on a page that can be read.
 */
#include "tenv.h"
#include "xnuemu/mem.h"

static void test_alignment_fault_of_atomic_reads_as_read(void **state)
{
    TestEnv *t = *state;
    tenv_reset(t);
    uint64_t v;
    assert_false(mem_ld_flags(t->cpu, T_DATA + 2, 4, &v, MEM_ALIGN | MEM_ATOMIC));
    assert_int_equal(t->cpu->pending.ec, EC_DABT_SAME);
    assert_int_equal(t->cpu->pending.iss, 0x21);     /* alignment, WnR=0 */
}

static void test_alignment_fault_of_store_is_write(void **state)
{
    TestEnv *t = *state;
    tenv_reset(t);
    assert_false(mem_st_flags(t->cpu, T_DATA + 2, 4, 0, MEM_ALIGN));
    assert_int_equal(t->cpu->pending.iss, 0x61);     /* alignment, WnR=1 */
}

static void test_external_abort_of_atomic(void **state)
{
    TestEnv *t = *state;
    tenv_reset(t);
    uint64_t v;
    assert_false(mem_ld_flags(t->cpu, 0x10000000, 8, &v, MEM_ATOMIC));
    assert_int_equal(t->cpu->pending.iss, 0x10);     /* external abort, WnR=0 */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_alignment_fault_of_atomic_reads_as_read),
        cmocka_unit_test(test_alignment_fault_of_store_is_write),
        cmocka_unit_test(test_external_abort_of_atomic),
    };
    return cmocka_run_group_tests_name("regress_atomic_wnr", tests, tenv_setup, tenv_teardown);
}
