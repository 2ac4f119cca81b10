/*
 * test_interrupts.c — the generic timer in virtual time and interrupt
 * delivery (Arm ARM D11 generic timer; D1.13.4 routing and masking; D1.17
 * WFI). The bare machine wires the EL1 physical timer to IRQ and the EL1
 * virtual timer to FIQ. Virtual time: 1 instruction = 1 ns; the counter
 * runs at 62.5 MHz, so one tick every 16 instructions.
 */
#include <string.h>

#include "tenv.h"

#define NOP          0xd503201fu
#define B_SELF       0x14000000u
#define WFI          0xd503207fu
#define MRS_X0_PCT   0xd53be020u   /* mrs x0, cntpct_el0 */
#define MRS_X0_VCT   0xd53be040u   /* mrs x0, cntvct_el0 */
#define ADD_X0_5     0x91001400u   /* add x0, x0, #5 */
#define MOV_X1_1     0xd2800021u   /* mov x1, #1 */
#define MSR_PCVAL_X0 0xd51be240u   /* msr cntp_cval_el0, x0 */
#define MSR_PCTL_X1  0xd51be221u   /* msr cntp_ctl_el0, x1 */
#define MSR_VCVAL_X0 0xd51be340u   /* msr cntv_cval_el0, x0 */
#define MSR_VCTL_X1  0xd51be321u   /* msr cntv_ctl_el0, x1 */
#define DAIFCLR_I    0xd50342ffu   /* msr daifclr, #2 */
#define DAIFCLR_F    0xd50341ffu   /* msr daifclr, #1 */
#define MRS_X4_PCTL  0xd53be224u   /* mrs x4, cntp_ctl_el0 */

static TestEnv *env(void **state)
{
    TestEnv *t = *state;
    tenv_reset(t);
    return t;
}

/* Arm a timer 5 ticks ahead, unmask, then spin at T_CODE + 4*6. */
static void put_timer_program(TestEnv *t, bool virt, uint32_t unmask)
{
    uint32_t prog[] = {
        virt ? MRS_X0_VCT : MRS_X0_PCT, ADD_X0_5, virt ? MSR_VCVAL_X0 : MSR_PCVAL_X0,
        MOV_X1_1, virt ? MSR_VCTL_X1 : MSR_PCTL_X1, unmask, B_SELF,
    };
    tenv_put_code(t, T_CODE, prog, ARRAY_SIZE(prog));
}

static void test_counter_follows_instruction_count(void **state)
{
    TestEnv *t = env(state);
    CpuState *cpu = t->cpu;
    uint32_t prog[40];
    prog[0] = MRS_X0_PCT;
    for (int i = 1; i < 39; i++)
        prog[i] = NOP;
    prog[39] = 0xd53be021;   /* mrs x1, cntpct_el0 */
    tenv_put_code(t, T_CODE, prog, 40);
    uint64_t now = cpu->icount + cpu->idle_insns;
    assert_int_equal(tenv_run(t, T_CODE, 40), HALT_MAX_INSNS);
    /* the first MRS runs at time `now`, the last 39 instructions later */
    assert_int_equal(cpu->r[0], now * 62500000 / 1000000000);
    assert_int_equal(cpu->r[1], (now + 39) * 62500000 / 1000000000);
}

static void test_phys_timer_irq(void **state)
{
    TestEnv *t = env(state);
    CpuState *cpu = t->cpu;
    put_timer_program(t, false, DAIFCLR_I);
    assert_int_equal(tenv_run(t, T_CODE, 1000), HALT_DEBUG);
    assert_int_equal(cpu->pc, T_VBAR + 0x280);          /* current EL, SPx, IRQ */
    assert_int_equal(cpu->sr[SR_ELR_EL1], T_CODE + 24);  /* the spin loop */
    assert_int_equal(cpu->sr[SR_SPSR_EL1] & 0x3c0, 0x340); /* I was clear */
    assert_true(cpu->irq_lines & CPU_IN_IRQ);
}

static void test_virt_timer_fiq(void **state)
{
    TestEnv *t = env(state);
    CpuState *cpu = t->cpu;
    put_timer_program(t, true, DAIFCLR_F);
    assert_int_equal(tenv_run(t, T_CODE, 1000), HALT_DEBUG);
    assert_int_equal(cpu->pc, T_VBAR + 0x300);          /* current EL, SPx, FIQ */
    assert_int_equal(cpu->sr[SR_ELR_EL1], T_CODE + 24);
}

/* Masked at EL1: the IRQ stays pending, the loop keeps running. */
static void test_masked_irq_not_taken(void **state)
{
    TestEnv *t = env(state);
    CpuState *cpu = t->cpu;
    put_timer_program(t, false, NOP);
    assert_int_equal(tenv_run(t, T_CODE, 1000), HALT_MAX_INSNS);
    assert_int_equal(cpu->pc, T_CODE + 24);
    assert_true(cpu->irq_lines & CPU_IN_IRQ);
}

/* IMASK in CNTP_CTL gates the output but not ISTATUS. */
static void test_imask_gates_output(void **state)
{
    TestEnv *t = env(state);
    CpuState *cpu = t->cpu;
    uint32_t prog[] = { MRS_X0_PCT, ADD_X0_5, MSR_PCVAL_X0, 0xd2800061 /* mov x1, #3 */,
                        MSR_PCTL_X1, DAIFCLR_I, B_SELF };
    tenv_put_code(t, T_CODE, prog, ARRAY_SIZE(prog));
    assert_int_equal(tenv_run(t, T_CODE, 500), HALT_MAX_INSNS);
    assert_false(cpu->irq_lines & CPU_IN_IRQ);
    uint32_t rd = MRS_X4_PCTL;
    tenv_put_code(t, T_CODE + 0x100, &rd, 1);
    assert_int_equal(tenv_run(t, T_CODE + 0x100, 1), HALT_MAX_INSNS);
    assert_int_equal(cpu->r[4], 7);                      /* ENABLE | IMASK | ISTATUS */
}

/* WFI with the interrupt masked: time is skipped to the deadline, the CPU
 * wakes (a pending interrupt wakes WFI even when masked) and goes on. */
static void test_wfi_fast_forwards_and_wakes_masked(void **state)
{
    TestEnv *t = env(state);
    CpuState *cpu = t->cpu;
    uint32_t prog[] = { MRS_X0_PCT, 0x91019000 /* add x0, x0, #100 */, MSR_PCVAL_X0, MOV_X1_1,
                        MSR_PCTL_X1, WFI, NOP };
    tenv_put_code(t, T_CODE, prog, ARRAY_SIZE(prog));
    uint64_t idle = cpu->idle_insns;
    assert_int_equal(tenv_run(t, T_CODE, 7), HALT_MAX_INSNS);
    assert_int_equal(cpu->pc, T_CODE + 28);
    assert_true(cpu->idle_insns - idle > 1000);          /* ~100 ticks of 16 ns */
    uint64_t now = cpu->icount + cpu->idle_insns;
    assert_true(now * 62500000 / 1000000000 >= cpu->sr[SR_CNTP_CVAL_EL0]);
}

/* WFI with nothing armed can never wake: the run stops. */
static void test_wfi_without_wakeup_is_stuck(void **state)
{
    TestEnv *t = env(state);
    CpuState *cpu = t->cpu;
    uint32_t prog[] = { WFI, NOP };
    tenv_put_code(t, T_CODE, prog, 2);
    assert_int_equal(tenv_run(t, T_CODE, 10), HALT_STUCK);
    assert_non_null(strstr(cpu->halt_msg, "WFI"));
}

/* HCR_EL2.IMO routes physical IRQs to EL2, where PSTATE.I at EL1 does not
 * mask them. */
static void test_irq_routed_to_el2(void **state)
{
    TestEnv *t = env(state);
    CpuState *cpu = t->cpu;
    cpu->sr[SR_HCR_EL2] |= HCR_IMO;
    put_timer_program(t, false, NOP);                  /* I stays masked at EL1 */
    assert_int_equal(tenv_run(t, T_CODE, 1000), HALT_DEBUG);
    assert_int_equal(cpu->ps.el, 2);
    assert_int_equal(cpu->pc, T_VBAR + 0x1000 + 0x480); /* lower EL, AArch64, IRQ */
    assert_int_equal(cpu->sr[SR_ELR_EL2], T_CODE + 24);
    assert_int_equal(cpu->sr[SR_SPSR_EL2], 0x3c5);
}

static void test_irq_routed_to_el3(void **state)
{
    TestEnv *t = env(state);
    CpuState *cpu = t->cpu;
    cpu->sr[SR_SCR_EL3] |= SCR_IRQ;
    put_timer_program(t, false, NOP);
    assert_int_equal(tenv_run(t, T_CODE, 1000), HALT_DEBUG);
    assert_int_equal(cpu->ps.el, 3);
    assert_int_equal(cpu->pc, T_VBAR + 0x2000 + 0x480);
}

/* Virtual IRQ from HCR_EL2.VI with IMO: taken at EL1 when unmasked. */
static void test_virtual_irq(void **state)
{
    TestEnv *t = env(state);
    CpuState *cpu = t->cpu;
    cpu->sr[SR_HCR_EL2] |= HCR_IMO | HCR_VI;
    uint32_t prog[] = { DAIFCLR_I, B_SELF };
    tenv_put_code(t, T_CODE, prog, 2);
    assert_int_equal(tenv_run(t, T_CODE, 100), HALT_DEBUG);
    assert_int_equal(cpu->ps.el, 1);
    assert_int_equal(cpu->pc, T_VBAR + 0x280);
    assert_int_equal(cpu->sr[SR_ELR_EL1], T_CODE + 4);
}

/* SError is a level-sensitive input like IRQ/FIQ: masked by PSTATE.A at
 * EL1, taken at the SError vector with ESR EC 0x2f once unmasked. */
static void test_serror_input(void **state)
{
    TestEnv *t = env(state);
    CpuState *cpu = t->cpu;
    uint32_t prog[] = { NOP, 0xd50344ff /* msr daifclr, #4 */, B_SELF };
    tenv_put_code(t, T_CODE, prog, 3);
    cpu_set_irq_line(cpu, CPU_IN_SERROR, true);
    assert_int_equal(tenv_run(t, T_CODE, 100), HALT_DEBUG);
    assert_int_equal(cpu->pc, T_VBAR + 0x380);          /* current EL, SPx, SError */
    assert_int_equal(cpu->sr[SR_ELR_EL1], T_CODE + 8);   /* after the unmasking MSR */
    assert_int_equal(cpu->sr[SR_ESR_EL1] >> 26, EC_SERROR);
    cpu_set_irq_line(cpu, CPU_IN_SERROR, false);
}

/* FIQ before IRQ when both are pending and unmasked. */
static void test_fiq_before_irq(void **state)
{
    TestEnv *t = env(state);
    CpuState *cpu = t->cpu;
    uint32_t prog[] = { 0xd50343ff /* msr daifclr, #3 */, B_SELF };
    tenv_put_code(t, T_CODE, prog, 2);
    cpu_set_irq_line(cpu, CPU_IN_IRQ, true);
    cpu_set_irq_line(cpu, CPU_IN_FIQ, true);
    assert_int_equal(tenv_run(t, T_CODE, 100), HALT_DEBUG);
    assert_int_equal(cpu->pc, T_VBAR + 0x300);
    cpu_set_irq_line(cpu, CPU_IN_IRQ, false);
    cpu_set_irq_line(cpu, CPU_IN_FIQ, false);
}

/* Same program, same instruction count at the interrupt: determinism. */
static void test_irq_is_deterministic(void **state)
{
    uint64_t when[2];
    for (int run = 0; run < 2; run++) {
        TestEnv *t = env(state);
        CpuState *cpu = t->cpu;
        cpu->icount = 1000;
        cpu->idle_insns = 0;
        put_timer_program(t, false, DAIFCLR_I);
        assert_int_equal(tenv_run(t, T_CODE, 1000), HALT_DEBUG);
        when[run] = cpu->icount;
    }
    assert_int_equal(when[0], when[1]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_counter_follows_instruction_count),
        cmocka_unit_test(test_phys_timer_irq),
        cmocka_unit_test(test_virt_timer_fiq),
        cmocka_unit_test(test_masked_irq_not_taken),
        cmocka_unit_test(test_imask_gates_output),
        cmocka_unit_test(test_wfi_fast_forwards_and_wakes_masked),
        cmocka_unit_test(test_wfi_without_wakeup_is_stuck),
        cmocka_unit_test(test_irq_routed_to_el2),
        cmocka_unit_test(test_irq_routed_to_el3),
        cmocka_unit_test(test_virtual_irq),
        cmocka_unit_test(test_serror_input),
        cmocka_unit_test(test_fiq_before_irq),
        cmocka_unit_test(test_irq_is_deterministic),
    };
    return cmocka_run_group_tests_name("interrupts", tests, tenv_setup, tenv_teardown);
}
