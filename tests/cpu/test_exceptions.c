/*
 * test_exceptions.c — exception entry and return as whole sequences (Arm
 * ARM D1.10, D1.11): vector offsets, SPSR/ELR/ESR/FAR, PSTATE on entry
 * (DAIF, PAN with SCTLR.SPAN, UAO), ERET round trips, illegal exception
 * return then the Illegal State exception, PC alignment faults, aborts on
 * fetch and data access, and the emulator's detection of a guest stuck in
 * an exception loop.
 */
#include <string.h>

#include "tenv.h"

#define SVC1      0xd4000021u   /* svc #1 */
#define NOP       0xd503201fu
#define ERET      0xd69f03e0u
#define UDF       0x00000000u   /* udf #0 */
#define BR_X3     0xd61f0060u   /* br x3 */
#define DC_ZVA_X0 0xd50b7420u   /* dc zva, x0 */

static TestEnv *env(void **state)
{
    TestEnv *t = *state;
    tenv_reset(t);
    return t;
}

static void put1(TestEnv *t, uint64_t addr, uint32_t w)
{
    tenv_put_code(t, addr, &w, 1);
}

static void test_svc_from_el1_spx(void **state)
{
    TestEnv *t = env(state);
    CpuState *cpu = t->cpu;
    put1(t, T_CODE, SVC1);
    cpu->nzcv = NZCV_Z | NZCV_C;
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_DEBUG);
    assert_int_equal(cpu->pc, T_VBAR + 0x200);
    assert_int_equal(cpu->sr[SR_ESR_EL1], 0x56000001);   /* EC 0x15, IL, imm16 1 */
    assert_int_equal(cpu->sr[SR_ELR_EL1], T_CODE + 4);
    assert_int_equal(cpu->sr[SR_SPSR_EL1], 0x600003c5);  /* ZC, DAIF, EL1h */
    assert_int_equal(cpu->ps.el, 1);
    assert_int_equal(cpu->ps.daif, 0xf);
    assert_int_equal(cpu->r[REG_SP], T_STACK);
}

static void test_svc_from_el1_sp0(void **state)
{
    TestEnv *t = env(state);
    CpuState *cpu = t->cpu;
    put1(t, T_CODE, SVC1);
    tenv_set_el(t, 1, 0);
    cpu->ps.daif = 0;
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_DEBUG);
    assert_int_equal(cpu->pc, T_VBAR + 0x000);
    assert_int_equal(cpu->sr[SR_SPSR_EL1], 0x4);        /* EL1t, DAIF clear */
    assert_int_equal(cpu->ps.sp, 1);
    assert_int_equal(cpu->r[REG_SP], T_STACK);          /* SP_EL1 after entry */
}

static void test_svc_from_el0_sets_pan_when_span0(void **state)
{
    TestEnv *t = env(state);
    CpuState *cpu = t->cpu;
    put1(t, T_CODE, SVC1);
    cpu->sr[SR_SCTLR_EL1] &= ~SCTLR_SPAN;
    tenv_set_el(t, 0, 0);
    cpu->ps.daif = 0;
    cpu->ps.uao = 1;
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_DEBUG);
    assert_int_equal(cpu->pc, T_VBAR + 0x400);
    assert_int_equal(cpu->sr[SR_SPSR_EL1], 1u << 23);    /* UAO saved, EL0t */
    assert_int_equal(cpu->ps.pan, 1);
    assert_int_equal(cpu->ps.uao, 0);
    assert_int_equal(cpu->regime, REGIME_EL10_1_PAN);
}

static void test_svc_from_el0_keeps_pan_when_span1(void **state)
{
    TestEnv *t = env(state);
    CpuState *cpu = t->cpu;
    put1(t, T_CODE, SVC1);
    tenv_set_el(t, 0, 0);
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_DEBUG);
    assert_int_equal(cpu->ps.pan, 0);
    assert_int_equal(cpu->regime, REGIME_EL10_1);
}

/* ERET to EL0, which makes a system call: back at EL1's lower-EL vector. */
static void test_eret_round_trip(void **state)
{
    TestEnv *t = env(state);
    CpuState *cpu = t->cpu;
    put1(t, T_CODE, ERET);
    put1(t, T_CODE + 0x100, SVC1);
    cpu->sr[SR_SPSR_EL1] = 0x80000000;   /* N set, EL0t, DAIF clear */
    cpu->sr[SR_ELR_EL1] = T_CODE + 0x100;
    assert_int_equal(tenv_run(t, T_CODE, 2), HALT_DEBUG);
    assert_int_equal(cpu->pc, T_VBAR + 0x400);
    assert_int_equal(cpu->sr[SR_ELR_EL1], T_CODE + 0x104);
    assert_int_equal(cpu->sr[SR_SPSR_EL1], 0x80000000);
    assert_int_equal(cpu->sr[SR_ESR_EL1], 0x56000001);
}

/* An illegal return keeps EL and SP, sets PSTATE.IL, and the next
 * instruction takes an Illegal State exception with SPSR.IL set. */
static void test_illegal_return(void **state)
{
    TestEnv *t = env(state);
    CpuState *cpu = t->cpu;
    put1(t, T_CODE, ERET);
    put1(t, T_CODE + 0x100, NOP);
    cpu->sr[SR_SPSR_EL1] = 0x3c9;        /* EL2h from EL1: illegal */
    cpu->sr[SR_ELR_EL1] = T_CODE + 0x100;
    assert_int_equal(tenv_run(t, T_CODE, 2), HALT_DEBUG);
    assert_int_equal(cpu->pc, T_VBAR + 0x200);
    assert_int_equal(cpu->sr[SR_ESR_EL1], 0x3a000000);   /* EC 0x0e, IL */
    assert_int_equal(cpu->sr[SR_ELR_EL1], T_CODE + 0x100);
    assert_int_equal(cpu->sr[SR_SPSR_EL1], 0x3c5 | (1u << 20));
    assert_int_equal(cpu->ps.il, 0);
}

static void test_pc_alignment_fault(void **state)
{
    TestEnv *t = env(state);
    CpuState *cpu = t->cpu;
    put1(t, T_CODE, BR_X3);
    cpu->r[3] = T_CODE + 0x102;
    assert_int_equal(tenv_run(t, T_CODE, 2), HALT_DEBUG);
    assert_int_equal(cpu->pc, T_VBAR + 0x200);
    assert_int_equal(cpu->sr[SR_ESR_EL1] >> 26, EC_PC_ALIGN);
    assert_int_equal(cpu->sr[SR_FAR_EL1], T_CODE + 0x102);
    assert_int_equal(cpu->sr[SR_ELR_EL1], T_CODE + 0x102);
}

static void test_fetch_from_unmapped(void **state)
{
    TestEnv *t = env(state);
    CpuState *cpu = t->cpu;
    put1(t, T_CODE, BR_X3);
    cpu->r[3] = 0x10000000;
    assert_int_equal(tenv_run(t, T_CODE, 2), HALT_DEBUG);
    assert_int_equal(cpu->sr[SR_ESR_EL1], 0x86000010);   /* IABT same EL, external */
    assert_int_equal(cpu->sr[SR_FAR_EL1], 0x10000000);
    assert_int_equal(cpu->sr[SR_ELR_EL1], 0x10000000);
}

static void test_fetch_address_size_fault(void **state)
{
    TestEnv *t = env(state);
    CpuState *cpu = t->cpu;
    put1(t, T_CODE, BR_X3);
    cpu->r[3] = UINT64_C(1) << 48;
    assert_int_equal(tenv_run(t, T_CODE, 2), HALT_DEBUG);
    assert_int_equal(cpu->sr[SR_ESR_EL1], 0x86000000);   /* address size, level 0 */
    assert_int_equal(cpu->sr[SR_FAR_EL1], UINT64_C(1) << 48);
}

static void test_data_abort_unmapped(void **state)
{
    TestEnv *t = env(state);
    CpuState *cpu = t->cpu;
    put1(t, T_CODE, DC_ZVA_X0);
    cpu->r[0] = 0x10000000;
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_DEBUG);
    assert_int_equal(cpu->sr[SR_ESR_EL1], 0x96000050);   /* DABT, WnR, external */
    assert_int_equal(cpu->sr[SR_FAR_EL1], 0x10000000);
    assert_int_equal(cpu->sr[SR_ELR_EL1], T_CODE);
}

/* A vector that cannot be fetched: every exception raises another; the
 * emulator stops with HALT_STUCK instead of spinning. */
static void test_stuck_in_exception_loop(void **state)
{
    TestEnv *t = env(state);
    CpuState *cpu = t->cpu;
    put1(t, T_CODE, UDF);
    cpu->sr[SR_VBAR_EL1] = 0x10000000;
    cpu->halt_on_exception = false;
    assert_int_equal(tenv_run(t, T_CODE, 1000), HALT_STUCK);
    assert_non_null(strstr(cpu->halt_msg, "stuck"));
    assert_int_equal(cpu->icount - cpu->exc_icount, 0);
}

static void test_max_insns_exact(void **state)
{
    TestEnv *t = env(state);
    CpuState *cpu = t->cpu;
    put1(t, T_CODE, 0x14000000);                    /* b . */
    uint64_t start = cpu->icount;
    assert_int_equal(tenv_run(t, T_CODE, 12345), HALT_MAX_INSNS);
    assert_int_equal(cpu->icount - start, 12345);
    assert_int_equal(cpu->pc, T_CODE);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_svc_from_el1_spx),
        cmocka_unit_test(test_svc_from_el1_sp0),
        cmocka_unit_test(test_svc_from_el0_sets_pan_when_span0),
        cmocka_unit_test(test_svc_from_el0_keeps_pan_when_span1),
        cmocka_unit_test(test_eret_round_trip),
        cmocka_unit_test(test_illegal_return),
        cmocka_unit_test(test_pc_alignment_fault),
        cmocka_unit_test(test_fetch_from_unmapped),
        cmocka_unit_test(test_fetch_address_size_fault),
        cmocka_unit_test(test_data_abort_unmapped),
        cmocka_unit_test(test_stuck_in_exception_loop),
        cmocka_unit_test(test_max_insns_exact),
    };
    return cmocka_run_group_tests_name("exceptions", tests, tenv_setup, tenv_teardown);
}
