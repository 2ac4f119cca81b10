/*
 * test_smc.c — the decode cache under self-modifying code (STYLE.md 6(b)
 * invalidation rules; Arm ARM D7.4 instruction cache maintenance): a CPU
 * store that rewrites the very next instruction takes effect immediately,
 * writes by loaders/DMA through bus_write_phys are seen, IC IVAU and IC
 * IALLU re-decode, and dropping a full pool at a safe point is invisible.
 */
#include <string.h>

#include "tenv.h"

#define DC_ZVA_X0 0xd50b7420u   /* dc zva, x0 */
#define MOV_X1_5  0xd28000a1u   /* mov x1, #5 */
#define MOV_X1_7  0xd28000e1u   /* mov x1, #7 */
#define IC_IVAU   0xd50b7520u   /* ic ivau, x0 */
#define IC_IALLU  0xd508751fu   /* ic iallu */
#define RET       0xd65f03c0u
#define BR_X5     0xd61f00a0u   /* br x5 */
#define NOP       0xd503201fu

static TestEnv *env(void **state)
{
    TestEnv *t = *state;
    tenv_reset(t);
    return t;
}

/* DC ZVA zeroes its own 64-byte block, which holds the next instruction:
 * that instruction must now be UDF #0 (UNDEFINED), not the stale MOV. */
static void test_store_rewrites_next_instruction(void **state)
{
    TestEnv *t = env(state);
    CpuState *cpu = t->cpu;
    uint32_t prog[] = { DC_ZVA_X0, MOV_X1_5 };
    tenv_put_code(t, T_CODE, prog, 2);
    cpu->r[0] = T_CODE;
    cpu->r[1] = 0;
    assert_int_equal(tenv_run(t, T_CODE, 2), HALT_DEBUG);
    assert_int_equal(cpu->sr[SR_ESR_EL1] >> 26, EC_UNKNOWN);
    assert_int_equal(cpu->sr[SR_ELR_EL1], T_CODE + 4);
    assert_int_equal(cpu->r[1], 0);
}

/* Code decoded once, then zeroed by a store from another page: the next
 * call executes the new bytes. */
static void test_store_from_other_page(void **state)
{
    TestEnv *t = env(state);
    CpuState *cpu = t->cpu;
    uint32_t sub[] = { MOV_X1_5, RET };
    uint32_t main_prog[] = { 0xd63f00a0 /* blr x5 */, DC_ZVA_X0, 0xd63f00a0 /* blr x5 */ };
    tenv_put_code(t, T_CODE + 0x2000, sub, 2);
    tenv_put_code(t, T_CODE, main_prog, 3);
    cpu->r[5] = T_CODE + 0x2000;
    cpu->r[0] = T_CODE + 0x2000;
    /* blr, mov, ret, dc zva, blr, then the zeroed MOV is UDF */
    assert_int_equal(tenv_run(t, T_CODE, 6), HALT_DEBUG);
    assert_int_equal(cpu->r[1], 5);
    assert_int_equal(cpu->sr[SR_ELR_EL1], T_CODE + 0x2000);
    assert_int_equal(cpu->sr[SR_ESR_EL1] >> 26, EC_UNKNOWN);
}

/* A loader or DMA write (bus_write_phys) into decoded code is seen. */
static void test_dma_write(void **state)
{
    TestEnv *t = env(state);
    CpuState *cpu = t->cpu;
    uint32_t prog[] = { MOV_X1_5, NOP };
    tenv_put_code(t, T_CODE, prog, 2);
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_MAX_INSNS);
    assert_int_equal(cpu->r[1], 5);
    uint32_t w = MOV_X1_7;
    assert_true(bus_write_phys(&t->m->bus, T_CODE, &w, 4));
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_MAX_INSNS);
    assert_int_equal(cpu->r[1], 7);
}

/* IC IVAU and IC IALLU leave execution correct: the code is decoded again. */
static void test_ic_maintenance_redecodes(void **state)
{
    TestEnv *t = env(state);
    CpuState *cpu = t->cpu;
    uint32_t prog[] = { IC_IVAU, IC_IALLU, BR_X5 };
    uint32_t target[] = { MOV_X1_5, NOP };
    tenv_put_code(t, T_CODE, prog, 3);
    tenv_put_code(t, T_CODE + 0x100, target, 2);
    cpu->r[0] = T_CODE + 0x100;
    cpu->r[5] = T_CODE + 0x100;
    assert_int_equal(tenv_run(t, T_CODE + 0x100, 1), HALT_MAX_INSNS);
    uint32_t gen = t->m->dcache.gen;
    cpu->r[1] = 0;
    assert_int_equal(tenv_run(t, T_CODE, 4), HALT_MAX_INSNS);
    assert_int_equal(t->m->dcache.gen, gen + 1);
    assert_int_equal(cpu->r[1], 5);
    assert_int_equal(cpu->pc, T_CODE + 0x104);
}

/* With a tiny pool, running across more pages than it holds drops every
 * decoded page at a safe point (each page starts with an ISB, which
 * returns to the outer loop); execution is unaffected. */
static void test_pool_full_drop(void **state)
{
    TestEnv *t = env(state);
    CpuState *cpu = t->cpu;
    unsigned saved = t->m->dcache.max_pages;
    t->m->dcache.max_pages = 2;
    for (int p = 1; p <= 6; p++) {
        uint32_t w[] = { 0xd5033fdf /* isb */, 0x91000442 /* add x2, x2, #1 */,
                         0x914004a5 /* add x5, x5, #1, lsl #12 */, BR_X5 };
        tenv_put_code(t, T_CODE + 0x1000 * (uint64_t)p, w, 4);
    }
    cpu->r[2] = 0;
    cpu->r[5] = T_CODE + 0x1000;
    assert_int_equal(tenv_run(t, T_CODE + 0x1000, 24), HALT_MAX_INSNS);
    assert_int_equal(cpu->r[2], 6);
    assert_int_equal(cpu->pc, T_CODE + 0x7000);
    assert_true(t->m->dcache.npages <= 3);
    t->m->dcache.max_pages = saved;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_store_rewrites_next_instruction),
        cmocka_unit_test(test_store_from_other_page),
        cmocka_unit_test(test_dma_write),
        cmocka_unit_test(test_ic_maintenance_redecodes),
        cmocka_unit_test(test_pool_full_drop),
    };
    return cmocka_run_group_tests_name("smc", tests, tenv_setup, tenv_teardown);
}
