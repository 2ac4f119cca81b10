/*
 * test_hwdebug_step.c — software step for the guest (Arm ARM D2.12): the
 * active-not-pending / active-pending state machine entered by ERET with
 * SPSR.SS, one instruction stepped at EL0 then the Software Step exception
 * at EL1 (EC 0x32, ISV/EX, load-exclusive), ERET into active-pending (no
 * instruction stepped: ISV=0), a stepped SVC (SPSR.SS=0) and a stepped
 * instruction that faults (SPSR.SS=1), stepping an ERET at EL1 with KDE,
 * and SPSR.SS ignored when step is not enabled at the destination.
 */
#include "hwdebug_util.h"

#define SPSR_SS (UINT64_C(1) << 21)
#define EL0_CODE (T_CODE + 0x100)

/* At EL1 (PSTATE.D set, so step is inactive here): ERET to EL0 at
 * EL0_CODE with SPSR.SS = ss. */
static TestEnv *step_setup(void **state, uint64_t mdscr, unsigned ss, const uint32_t *el0,
                           unsigned n)
{
    TestEnv *t = dbg_env(state, mdscr);
    uint32_t eret = ERET;
    put(t, T_CODE, &eret, 1);
    put(t, EL0_CODE, el0, n);
    t->cpu->sr[SR_SPSR_EL1] = ss ? SPSR_SS : 0;   /* EL0t, DAIF clear */
    t->cpu->sr[SR_ELR_EL1] = EL0_CODE;
    t->cpu->r[0] = T_DATA;
    return t;
}

static void test_step_one_el0_insn(void **state)
{
    static const uint32_t code[] = { NOP, NOP, NOP };
    TestEnv *t = step_setup(state, MDSCR_SS, 1, code, 3);
    CpuState *cpu = t->cpu;
    uint64_t n0 = cpu->icount;
    assert_int_equal(tenv_run(t, T_CODE, 10), HALT_DEBUG);
    assert_int_equal(cpu->icount - n0, 2);                   /* the ERET and one NOP */
    assert_int_equal(cpu->ps.el, 1);
    assert_int_equal(cpu->pc, T_VBAR + 0x400);
    assert_int_equal(cpu->sr[SR_ESR_EL1], ESR(0x32, 1u << 24 | 0x22));   /* ISV, EX=0 */
    assert_int_equal(cpu->sr[SR_ELR_EL1], EL0_CODE + 4);
    assert_int_equal(cpu->sr[SR_SPSR_EL1] & SPSR_SS, 0);  /* active-pending */
    assert_int_equal(cpu->ps.ss, 0);
}

static void test_step_load_exclusive(void **state)
{
    static const uint32_t code[] = { LDXR_X1_X0, NOP };
    TestEnv *t = step_setup(state, MDSCR_SS, 1, code, 2);
    CpuState *cpu = t->cpu;
    assert_int_equal(tenv_run(t, T_CODE, 10), HALT_DEBUG);
    assert_int_equal(cpu->sr[SR_ESR_EL1], ESR(0x32, 1u << 24 | 1u << 6 | 0x22));
    assert_int_equal(cpu->sr[SR_ELR_EL1], EL0_CODE + 4);
}

/* SPSR.SS = 0: active-pending straight after the ERET, nothing stepped. */
static void test_step_eret_pending(void **state)
{
    static const uint32_t code[] = { NOP };
    TestEnv *t = step_setup(state, MDSCR_SS, 0, code, 1);
    CpuState *cpu = t->cpu;
    uint64_t n0 = cpu->icount;
    assert_int_equal(tenv_run(t, T_CODE, 10), HALT_DEBUG);
    assert_int_equal(cpu->icount - n0, 1);
    assert_int_equal(cpu->sr[SR_ESR_EL1], ESR(0x32, 0x22));   /* ISV=0 */
    assert_int_equal(cpu->sr[SR_ELR_EL1], EL0_CODE);
}

/* SVC completes before its exception: SPSR.SS = 0, ELR after the SVC. */
static void test_step_svc(void **state)
{
    static const uint32_t code[] = { SVC1, NOP };
    TestEnv *t = step_setup(state, MDSCR_SS, 1, code, 2);
    CpuState *cpu = t->cpu;
    assert_int_equal(tenv_run(t, T_CODE, 10), HALT_DEBUG);
    assert_int_equal(cpu->sr[SR_ESR_EL1] >> 26, EC_SVC64);
    assert_int_equal(cpu->sr[SR_ELR_EL1], EL0_CODE + 4);
    assert_int_equal(cpu->sr[SR_SPSR_EL1] & SPSR_SS, 0);
    /* the handler returns (step inactive at EL1): active-pending at EL0 */
    uint32_t eret = ERET;
    put(t, T_VBAR + 0x400, &eret, 1);
    cpu->max_insns = cpu->icount + 10;
    cpu->halt_reason = HALT_NONE;
    assert_int_equal(cpu_run(cpu), HALT_DEBUG);
    assert_int_equal(cpu->sr[SR_ESR_EL1], ESR(0x32, 0x22));
    assert_int_equal(cpu->sr[SR_ELR_EL1], EL0_CODE + 4);
}

/* An instruction that faults did not complete: SPSR.SS = 1, stepped again
 * after the return. */
static void test_step_faulting_insn(void **state)
{
    static const uint32_t code[] = { UDF, NOP };
    TestEnv *t = step_setup(state, MDSCR_SS, 1, code, 2);
    CpuState *cpu = t->cpu;
    assert_int_equal(tenv_run(t, T_CODE, 10), HALT_DEBUG);
    assert_int_equal(cpu->sr[SR_ESR_EL1] >> 26, EC_UNKNOWN);
    assert_int_equal(cpu->sr[SR_ELR_EL1], EL0_CODE);
    assert_int_equal(cpu->sr[SR_SPSR_EL1] & SPSR_SS, SPSR_SS);
}

/* At EL1 with KDE=1 and PSTATE.D=0 step is active: the ERET itself is
 * stepped and the return lands active-pending (EC 0x33, same EL). */
static void test_step_over_eret_el1(void **state)
{
    TestEnv *t = dbg_env(state, MDSCR_SS | MDSCR_KDE);
    CpuState *cpu = t->cpu;
    uint32_t w[2] = { ERET, NOP };
    put(t, T_CODE, w, 1);
    put(t, T_CODE + 0x100, &w[1], 1);
    cpu->ps.daif = 0;
    cpu->ps.ss = 1;
    cpu->sr[SR_SPSR_EL1] = 0x5 | SPSR_SS;   /* EL1h, D clear */
    cpu->sr[SR_ELR_EL1] = T_CODE + 0x100;
    uint64_t n0 = cpu->icount;
    assert_int_equal(tenv_run(t, T_CODE, 10), HALT_DEBUG);
    assert_int_equal(cpu->icount - n0, 1);
    assert_int_equal(cpu->pc, T_VBAR + 0x200);
    assert_int_equal(cpu->sr[SR_ESR_EL1], ESR(0x33, 1u << 24 | 0x22));
    assert_int_equal(cpu->sr[SR_ELR_EL1], T_CODE + 0x100);
}

/* MDSCR_EL1.SS = 0: SPSR.SS is not copied, nothing is stepped. */
static void test_step_disabled(void **state)
{
    static const uint32_t code[] = { NOP, NOP };
    TestEnv *t = step_setup(state, 0, 1, code, 2);
    CpuState *cpu = t->cpu;
    assert_int_equal(tenv_run(t, T_CODE, 3), HALT_MAX_INSNS);
    assert_int_equal(cpu->ps.ss, 0);
    assert_int_equal(cpu->pc, EL0_CODE + 8);
}

/* The OS lock disables step: SPSR.SS is not copied either. */
static void test_step_os_lock(void **state)
{
    static const uint32_t code[] = { NOP, NOP };
    TestEnv *t = step_setup(state, MDSCR_SS, 1, code, 2);
    poke(t, "OSLAR_EL1", 1);
    assert_int_equal(tenv_run(t, T_CODE, 3), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->ps.ss, 0);
}

/* Software step routed to EL2 by MDCR_EL2.TDE: from EL0, EC 0x32 at EL2. */
static void test_step_tde(void **state)
{
    static const uint32_t code[] = { NOP, NOP };
    TestEnv *t = step_setup(state, MDSCR_SS, 1, code, 2);
    CpuState *cpu = t->cpu;
    cpu->sr[SR_MDCR_EL2] = MDCR_TDE;
    /* the ERET runs at EL1, below the target EL2: step is active there, so
     * it is stepped and EL0 starts active-pending */
    cpu->ps.ss = 1;
    assert_int_equal(tenv_run(t, T_CODE, 10), HALT_DEBUG);
    assert_int_equal(cpu->ps.el, 2);
    assert_int_equal(cpu->sr[SR_ESR_EL2], ESR(0x32, 1u << 24 | 0x22));
    assert_int_equal(cpu->sr[SR_ELR_EL2], EL0_CODE);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_step_one_el0_insn),
        cmocka_unit_test(test_step_load_exclusive),
        cmocka_unit_test(test_step_eret_pending),
        cmocka_unit_test(test_step_svc),
        cmocka_unit_test(test_step_faulting_insn),
        cmocka_unit_test(test_step_over_eret_el1),
        cmocka_unit_test(test_step_disabled),
        cmocka_unit_test(test_step_os_lock),
        cmocka_unit_test(test_step_tde),
    };
    return cmocka_run_group_tests_name("hwdebug_step", tests, tenv_setup, tenv_teardown);
}
