/*
 * test_run_end_updates_timer_line.c — regression: cpu_run() only
 * re-evaluated the timer outputs at the top of its loop, so a run that
 * ended (instruction limit, debugger step) right after the guest wrote
 * CNTP_CTL_EL0 returned with the interrupt line at its old level: a timer
 * the guest had just disabled still showed its IRQ asserted. The run now
 * brings the lines up to date before it returns (exec_loop.c).
 */
#include "tenv.h"

#define MRS_X0_PCT   0xd53be020u   /* mrs x0, cntpct_el0 */
#define MSR_PCVAL_X0 0xd51be240u   /* msr cntp_cval_el0, x0 */
#define MOV_X1_1     0xd2800021u   /* mov x1, #1 */
#define MSR_PCTL_X1  0xd51be221u   /* msr cntp_ctl_el0, x1 */
#define MSR_PCTL_XZR 0xd51be23fu   /* msr cntp_ctl_el0, xzr */
#define NOP          0xd503201fu

static void test_disable_as_last_instruction(void **state)
{
    TestEnv *t = *state;
    tenv_reset(t);
    CpuState *cpu = t->cpu;
    /* CVAL = now: fired at once; IRQ masked, so it stays pending */
    const uint32_t arm[] = { MRS_X0_PCT, MSR_PCVAL_X0, MOV_X1_1, MSR_PCTL_X1, NOP, NOP };
    tenv_put_code(t, T_CODE, arm, 6);
    assert_int_equal(tenv_run(t, T_CODE, 6), HALT_MAX_INSNS);
    assert_int_equal(cpu->irq_lines & CPU_IN_IRQ, CPU_IN_IRQ);
    /* the run ends on the write that disables the timer */
    const uint32_t off = MSR_PCTL_XZR;
    tenv_put_code(t, T_CODE + 0x100, &off, 1);
    assert_int_equal(tenv_run(t, T_CODE + 0x100, 1), HALT_MAX_INSNS);
    assert_int_equal(cpu->sr[SR_CNTP_CTL_EL0], 0);
    assert_int_equal(cpu->irq_lines & CPU_IN_IRQ, 0);
    /* and the other way: enabled by the last instruction, asserted at once */
    const uint32_t on = MSR_PCTL_X1;
    tenv_put_code(t, T_CODE + 0x200, &on, 1);
    assert_int_equal(tenv_run(t, T_CODE + 0x200, 1), HALT_MAX_INSNS);
    assert_int_equal(cpu->irq_lines & CPU_IN_IRQ, CPU_IN_IRQ);
}

int main(void)
{
    const struct CMUnitTest tests[] = { cmocka_unit_test(test_disable_as_last_instruction) };
    return cmocka_run_group_tests_name("regress_run_end_timer_line", tests, tenv_setup,
                                       tenv_teardown);
}
