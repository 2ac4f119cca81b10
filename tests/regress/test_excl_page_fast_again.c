/*
 * test_excl_page_fast_again.c — regression: arming the exclusive monitor
 * (LDXR) flags the page's TLB entries so that stores to it reach the
 * monitor on the slow path, but clearing the monitor (STXR, CLREX, a store
 * to the granule, ERET) never took the flag away: every later store to
 * that page went slow until the next TLB flush — 1.5 M of the 2.1 M
 * slow-path accesses of a Linux boot. The monitor itself must still see
 * the stores that matter. Arm ARM B2.9.2 (the local monitor), B2.9.5
 * (a store to the marked granule may clear it).
 */
#include "tenv.h"

static const uint32_t prog[] = {
    0xc85f7c01,   /*  0: ldxr x1, [x0]          */
    0xc8027c01,   /*  4: stxr w2, x1, [x0]      */
    0xf9000403,   /*  8: str  x3, [x0, #8]      */
    0xf9000803,   /*  c: str  x3, [x0, #16]     */
    0xc85f7c01,   /* 10: ldxr x1, [x0]          */
    0xf9004003,   /* 14: str  x3, [x0, #128]    other granule, same page */
    0xc8047c01,   /* 18: stxr w4, x1, [x0]      */
    0xc85f7c01,   /* 1c: ldxr x1, [x0]          */
    0xf9001003,   /* 20: str  x3, [x0, #32]     the monitored granule */
    0xc8057c01,   /* 24: stxr w5, x1, [x0]      */
    0xc85f7c01,   /* 28: ldxr x1, [x0]          */
    0xd5033f5f,   /* 2c: clrex                  */
    0xf9000403,   /* 30: str  x3, [x0, #8]      */
};

static TestEnv *start(void **state)
{
    TestEnv *t = *state;
    tenv_reset(t);
    tenv_put_code(t, T_CODE, prog, sizeof(prog) / 4);
    t->cpu->r[0] = T_DATA;
    t->cpu->r[2] = t->cpu->r[4] = t->cpu->r[5] = 7;
    return t;
}

static uint64_t run_counting_slow(TestEnv *t, uint64_t pc, unsigned n)
{
    uint64_t before = t->cpu->stats.slow_data;
    assert_int_equal(tenv_run(t, pc, n), HALT_MAX_INSNS);
    return t->cpu->stats.slow_data - before;
}

static void test_stores_fast_after_stxr(void **state)
{
    TestEnv *t = start(state);
    run_counting_slow(t, T_CODE, 2);                      /* ldxr, stxr */
    assert_int_equal(t->cpu->r[2], 0);
    assert_int_equal(run_counting_slow(t, T_CODE + 8, 2), 0);   /* two plain stores */
}

static void test_stores_fast_after_clrex(void **state)
{
    TestEnv *t = start(state);
    run_counting_slow(t, T_CODE + 0x28, 2);               /* ldxr, clrex */
    assert_int_equal(run_counting_slow(t, T_CODE + 0x30, 1), 0);
}

static void test_monitor_still_sees_stores(void **state)
{
    TestEnv *t = start(state);
    run_counting_slow(t, T_CODE, 4);
    /* a store to another granule of the page goes slow and keeps the monitor */
    assert_int_equal(run_counting_slow(t, T_CODE + 0x10, 3), 3);
    assert_int_equal(t->cpu->r[4], 0);
    /* a store to the monitored granule clears it: the STXR fails */
    run_counting_slow(t, T_CODE + 0x1c, 3);
    assert_int_equal(t->cpu->r[5], 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stores_fast_after_stxr),
        cmocka_unit_test(test_stores_fast_after_clrex),
        cmocka_unit_test(test_monitor_still_sees_stores),
    };
    return cmocka_run_group_tests_name("regress_excl_page", tests, tenv_setup, tenv_teardown);
}
