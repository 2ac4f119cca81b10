/*
 * test_t8010_board.c — the T8010 machine's interrupt wiring, end to end
 * through its bus and CPU (XNU-BOOT.md §5, §6; board_t8010.c):
 *   - the EL1 physical and virtual timers drive the core's FIQ input as a
 *     level (never IRQ, never through the AIC): the line follows
 *     ENABLE && !IMASK && count >= CVAL, so a handler that does not
 *     reprogram the timer is re-entered, and one that rewrites TVAL or sets
 *     IMASK releases it;
 *   - WFI with the timer armed skips virtual time to the deadline instead
 *     of executing a second's worth of instructions;
 *   - the UART0 interrupt reaches the core as IRQ only through the AIC
 *     input the board table names (218): masked there it stays out, the
 *     EVENT read acknowledges and masks it, draining the UART lowers it.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "xnuemu/aic.h"
#include "xnuemu/apple_board.h"
#include "xnuemu/exec_loop.h"
#include "xnuemu/machine.h"
#include "xnuemu/s5l_uart.h"
#include "xnuemu/sysreg.h"
#include "xnuemu/timer.h"

#define DRAM     UINT64_C(0x800000000)
#define CODE     DRAM
#define VBAR     (DRAM + 0x10000)
#define AIC_PA   UINT64_C(0x20e100000)
#define UART_PA  UINT64_C(0x20a0c0000)
#define UART_IRQ 218u
#define EV_UART  (AIC_EVENT_TYPE_IRQ << 16 | UART_IRQ)
#define NS_PER_TICK_X3 125u       /* 24 MHz: one tick is 125/3 ns */

/* A64 words, checked with aarch64-linux-gnu-as */
#define MRS_X0_PCT   0xd53be020u  /* mrs x0, cntpct_el0 */
#define MRS_X3_PCT   0xd53be023u  /* mrs x3, cntpct_el0 */
#define MRS_X0_VCT   0xd53be040u  /* mrs x0, cntvct_el0 */
#define ADD_X0_10    0x91002800u  /* add x0, x0, #10 */
#define ADD_X0_X2    0x8b020000u  /* add x0, x0, x2 */
#define MSR_PCVAL_X0 0xd51be240u  /* msr cntp_cval_el0, x0 */
#define MSR_VCVAL_X0 0xd51be340u  /* msr cntv_cval_el0, x0 */
#define MSR_PCTL_X1  0xd51be221u  /* msr cntp_ctl_el0, x1 */
#define MSR_VCTL_X1  0xd51be321u  /* msr cntv_ctl_el0, x1 */
#define MSR_PTVAL_X2 0xd51be202u  /* msr cntp_tval_el0, x2 */
#define MRS_X4_PCTL  0xd53be224u  /* mrs x4, cntp_ctl_el0 */
#define MOV_X1_1     0xd2800021u  /* mov x1, #1 */
#define MOV_X1_3     0xd2800061u  /* mov x1, #3 */
#define MOVZ_X2_3600 0xd286c002u  /* mov x2, #0x3600 */
#define MOVK_X2_16E  0xf2a02dc2u  /* movk x2, #0x16e, lsl #16: x2 = 24000000 */
#define DAIFCLR_F    0xd50341ffu  /* msr daifclr, #1 */
#define DAIFCLR_I    0xd50342ffu  /* msr daifclr, #2 */
#define ADD_X6_1     0x910004c6u  /* add x6, x6, #1 */
#define CMP_X6_3     0xf1000cdfu  /* cmp x6, #3 */
#define BNE_12       0x54000061u  /* b.ne .+12 */
#define ERET         0xd69f03e0u
#define WFI          0xd503207fu
#define B_SELF       0x14000000u  /* b . (masked: the run stops, HALT_STUCK) */
#define NOP          0xd503201fu
#define B_BACK_4     0x17ffffffu  /* b .-4 */

static Machine *t8010(void)
{
    Machine *m;
    char err[256] = "";
    MachineConfig cfg = { .machine = "t8010", .ram_size = UINT64_C(64) << 20,
                          .serial = "none" };
    if (machine_create(&m, &cfg, err, sizeof(err)) != EMU_OK)
        fail_msg("t8010: %s", err);
    m->cpu->sr[SR_VBAR_EL1] = VBAR;
    assert_int_equal(m->model.cntfrq, 24000000);
    return m;
}

static void put(Machine *m, uint64_t pa, const uint32_t *w, size_t n)
{
    assert_true(bus_write_phys(&m->bus, pa, w, n * 4));
}

/* Run n instructions from pc at EL1h (PSTATE as the program leaves it). */
static HaltReason run(Machine *m, uint64_t pc, uint64_t n)
{
    CpuState *cpu = m->cpu;
    cpu->pc = pc;
    cpu->halt_reason = HALT_NONE;
    cpu->max_insns = cpu->icount + n;
    return cpu_run(cpu);
}

static bool line(const Machine *m, uint32_t in)
{
    return (m->cpu->irq_lines & in) != 0;
}

static uint32_t rd32(Machine *m, uint64_t pa)
{
    uint64_t v = ~UINT64_C(0);
    assert_true(bus_read(&m->bus, pa, 4, &v));
    return (uint32_t)v;
}

static void wr32(Machine *m, uint64_t pa, uint32_t v)
{
    assert_true(bus_write(&m->bus, pa, 4, v));
}

/* The board table and the machine agree on the wiring under test. */
static void test_board_table(void **state)
{
    (void)state;
    Machine *m = t8010();
    const AppleBoard *b = &apple_board_t8010;
    assert_int_equal(m->timer_line[TIMER_PHYS], CPU_IN_FIQ);
    assert_int_equal(m->timer_line[TIMER_VIRT], CPU_IN_FIQ);
    unsigned uarts = 0;
    for (unsigned i = 0; i < b->ndevs; i++)
        if (b->devs[i].kind == APPLE_DEV_S5L_UART) {
            assert_int_equal(b->devs[i].base, UART_PA);
            assert_int_equal(b->devs[i].irq, UART_IRQ);
            uarts++;
        } else {
            assert_int_equal(b->devs[i].base, AIC_PA);
        }
    assert_int_equal(uarts, 1);
    assert_int_equal(rd32(m, AIC_PA + AIC_INFO) & 0xffff, b->aic_irqs);
    machine_destroy(m);
}

/* XNU's sleh_fiq without the reprogramming: the FIQ is re-taken as long
 * as the level stays up; the third entry sets IMASK and it stops. */
static void test_timer_fiq_is_a_level(void **state)
{
    (void)state;
    Machine *m = t8010();
    CpuState *cpu = m->cpu;
    static const uint32_t prog[] = { MRS_X0_PCT, ADD_X0_10, MSR_PCVAL_X0, MOV_X1_1,
                                     MSR_PCTL_X1, DAIFCLR_F, B_SELF };
    static const uint32_t fiq[] = { ADD_X6_1, CMP_X6_3, BNE_12, MOV_X1_3, MSR_PCTL_X1, ERET };
    put(m, CODE, prog, 7);
    put(m, VBAR + 0x300, fiq, 6);                  /* current EL with SP_ELx, FIQ */
    static const uint32_t irq = B_SELF;            /* an IRQ would stick here */
    put(m, VBAR + 0x280, &irq, 1);
    cpu->r[6] = 0;
    assert_int_equal(run(m, CODE, 2000), HALT_MAX_INSNS);
    assert_int_equal(cpu->r[6], 3);                /* entered exactly three times */
    assert_int_equal(cpu->pc, CODE + 24);          /* back in the spin loop */
    assert_int_equal(cpu->sr[SR_ELR_EL1], CODE + 24);
    assert_int_equal(cpu->sr[SR_SPSR_EL1], 0x385); /* EL1h, D A I set, F clear */
    assert_false(line(m, CPU_IN_FIQ));             /* IMASK: the line is down */
    assert_false(line(m, CPU_IN_IRQ));             /* and IRQ was never used */
    /* ISTATUS stays set under IMASK */
    static const uint32_t rd = MRS_X4_PCTL;
    put(m, CODE + 0x100, &rd, 1);
    assert_int_equal(run(m, CODE + 0x100, 1), HALT_MAX_INSNS);
    assert_int_equal(cpu->r[4], 7);
    /* nothing reached the AIC */
    assert_int_equal(rd32(m, AIC_PA + AIC_EVENT), 0);
    machine_destroy(m);
}

/* rtclock_intr's way out: writing TVAL moves CVAL ahead and drops the
 * line at once, with ISTATUS clear; masked FIQ stays pending until then. */
static void test_timer_tval_write_releases_fiq(void **state)
{
    (void)state;
    Machine *m = t8010();
    CpuState *cpu = m->cpu;
    static const uint32_t prog[] = { MRS_X0_PCT, ADD_X0_10, MSR_PCVAL_X0, MOV_X1_1,
                                     MSR_PCTL_X1, NOP, B_BACK_4 };
    put(m, CODE, prog, 7);
    assert_int_equal(run(m, CODE, 1000), HALT_MAX_INSNS);
    assert_int_equal(cpu->ps.daif, 0xf);
    assert_true(line(m, CPU_IN_FIQ));              /* fired, masked, pending */
    assert_false(line(m, CPU_IN_IRQ));
    static const uint32_t rearm[] = { MOVZ_X2_3600, MOVK_X2_16E, MSR_PTVAL_X2, MRS_X4_PCTL };
    put(m, CODE + 0x100, rearm, 4);
    assert_int_equal(run(m, CODE + 0x100, 4), HALT_MAX_INSNS);
    assert_int_equal(cpu->r[4], 1);                /* ENABLE, not ISTATUS */
    assert_false(line(m, CPU_IN_FIQ));
    /* CVAL = the count at the write + 24000000 */
    uint64_t cval = cpu->sr[SR_CNTP_CVAL_EL0];
    uint64_t count_now = timer_count_at(cpu, cpu_now_ns(cpu));
    assert_true(cval - count_now <= 24000000 && cval - count_now > 24000000 - 2);
    /* disabling also drops it */
    assert_int_equal(run(m, CODE, 1000), HALT_MAX_INSNS);
    assert_true(line(m, CPU_IN_FIQ));
    cpu->r[1] = 0;
    put(m, CODE + 0x200, (const uint32_t[]){ MSR_PCTL_X1 }, 1);
    assert_int_equal(run(m, CODE + 0x200, 1), HALT_MAX_INSNS);
    assert_false(line(m, CPU_IN_FIQ));
    machine_destroy(m);
}

/* CNTV is wired to FIQ as well (XNU never uses it; Linux does). */
static void test_virtual_timer_fiq(void **state)
{
    (void)state;
    Machine *m = t8010();
    CpuState *cpu = m->cpu;
    static const uint32_t prog[] = { MRS_X0_VCT, ADD_X0_10, MSR_VCVAL_X0, MOV_X1_1,
                                     MSR_VCTL_X1, DAIFCLR_F, B_SELF };
    put(m, CODE, prog, 7);
    static const uint32_t stop = B_SELF;
    put(m, VBAR + 0x300, &stop, 1);
    assert_int_equal(run(m, CODE, 1000), HALT_STUCK);   /* in the FIQ vector's b . */
    assert_int_equal(cpu->pc, VBAR + 0x300);
    assert_int_equal(cpu->sr[SR_ELR_EL1], CODE + 24);
    assert_true(line(m, CPU_IN_FIQ));
    assert_false(line(m, CPU_IN_IRQ));
    machine_destroy(m);
}

/* WFI with the timer a second ahead and FIQ masked: 9 instructions run,
 * virtual time jumps to the deadline, the CPU wakes with the count at
 * exactly CVAL and the FIQ pending. */
static void test_wfi_fast_forwards_to_the_timer(void **state)
{
    (void)state;
    Machine *m = t8010();
    CpuState *cpu = m->cpu;
    static const uint32_t prog[] = { MRS_X0_PCT, MOVZ_X2_3600, MOVK_X2_16E, ADD_X0_X2,
                                     MSR_PCVAL_X0, MOV_X1_1, MSR_PCTL_X1, WFI, MRS_X3_PCT };
    put(m, CODE, prog, 9);
    uint64_t icount = cpu->icount, t0 = cpu_now_ns(cpu);
    assert_int_equal(run(m, CODE, 9), HALT_MAX_INSNS);
    assert_int_equal(cpu->pc, CODE + 36);
    assert_int_equal(cpu->icount - icount, 9);
    uint64_t cval = cpu->sr[SR_CNTP_CVAL_EL0];
    assert_int_equal(cval, cpu->r[0]);
    assert_int_equal(cpu->r[2], 24000000);
    assert_int_equal(cpu->r[3], cval);             /* woke at the deadline, not later */
    assert_true(cpu_now_ns(cpu) - t0 >= UINT64_C(1000000000) - 100);
    assert_true(cpu_now_ns(cpu) - t0 <= UINT64_C(1000000000) + 100);
    assert_true(line(m, CPU_IN_FIQ));
    assert_false(cpu->wfi);
    machine_destroy(m);
}

/* The same with FIQ unmasked (cpu_idle's WFI): the FIQ is taken on
 * waking, returning to the instruction after WFI. */
static void test_wfi_wakes_into_the_fiq_vector(void **state)
{
    (void)state;
    Machine *m = t8010();
    CpuState *cpu = m->cpu;
    static const uint32_t prog[] = { MRS_X0_PCT, MOVZ_X2_3600, MOVK_X2_16E, ADD_X0_X2,
                                     MSR_PCVAL_X0, MOV_X1_1, MSR_PCTL_X1, DAIFCLR_F, WFI,
                                     MRS_X3_PCT };
    put(m, CODE, prog, 10);
    static const uint32_t stop = B_SELF;
    put(m, VBAR + 0x300, &stop, 1);
    uint64_t icount = cpu->icount, t0 = cpu_now_ns(cpu);
    assert_int_equal(run(m, CODE, 100), HALT_STUCK);    /* in the FIQ vector's b . */
    assert_int_equal(cpu->pc, VBAR + 0x300);
    assert_int_equal(cpu->sr[SR_ELR_EL1], CODE + 36);   /* after the WFI */
    assert_int_equal(cpu->icount - icount, 9);          /* the WFI retired, nothing after */
    assert_true(cpu_now_ns(cpu) - t0 >= UINT64_C(1000000000) - 100);
    assert_true(timer_count_at(cpu, cpu_now_ns(cpu)) >= cpu->sr[SR_CNTP_CVAL_EL0]);
    machine_destroy(m);
}

/* UART0 set up by the guest for RX interrupts, in loopback so a byte it
 * sends comes back (s5l_uart.c). */
static void uart_loopback_rx_irq(Machine *m)
{
    wr32(m, UART_PA + S5L_ULCON, 0x03);
    wr32(m, UART_PA + S5L_UFCON, 0x03);
    wr32(m, UART_PA + S5L_UCON, 0x405 | S5L_UCON_LOOPBACK | S5L_UCON_RXTO_ENA);
}

/* Linux aic_irq_unmask + affinity to CPU 0 */
static void aic_route_uart(Machine *m)
{
    wr32(m, AIC_PA + AIC_TARGET_CPU + 4 * UART_IRQ, 1);
    wr32(m, AIC_PA + AIC_MASK_CLR + 4 * (UART_IRQ / 32), 1u << (UART_IRQ % 32));
}

static void test_uart_irq_through_aic(void **state)
{
    (void)state;
    Machine *m = t8010();
    const uint64_t word = 4 * (UART_IRQ / 32);
    const uint32_t bit = 1u << (UART_IRQ % 32);
    uart_loopback_rx_irq(m);
    /* AIC reset state: input masked, so the UART's line stays at the AIC */
    wr32(m, UART_PA + S5L_UTXH, 'Z');
    assert_int_equal(rd32(m, AIC_PA + AIC_HW_STATE + word) & bit, bit);
    assert_false(line(m, CPU_IN_IRQ));
    assert_int_equal(rd32(m, AIC_PA + AIC_EVENT), 0);
    /* unmasked and routed: the core's IRQ input (never FIQ) goes up */
    aic_route_uart(m);
    assert_true(line(m, CPU_IN_IRQ));
    assert_false(line(m, CPU_IN_FIQ));
    /* aic_handle_irq: EVENT names input 218 and masks it */
    assert_int_equal(rd32(m, AIC_PA + AIC_EVENT), EV_UART);
    assert_false(line(m, CPU_IN_IRQ));
    assert_int_equal(rd32(m, AIC_PA + AIC_MASK_SET + word) & bit, bit);
    assert_int_equal(rd32(m, AIC_PA + AIC_EVENT), 0);
    /* the UART handler drains and acknowledges: the input goes low */
    assert_int_equal(rd32(m, UART_PA + S5L_URXH), 'Z');
    wr32(m, UART_PA + S5L_UTRSTAT, S5L_UTRSTAT_RXTO | S5L_UTRSTAT_RXTO_LEGACY);
    assert_int_equal(rd32(m, AIC_PA + AIC_HW_STATE + word) & bit, 0);
    /* aic_irq_eoi unmasks: nothing pending, the core stays quiet */
    wr32(m, AIC_PA + AIC_MASK_CLR + word, bit);
    assert_false(line(m, CPU_IN_IRQ));
    assert_int_equal(rd32(m, AIC_PA + AIC_EVENT), 0);
    machine_destroy(m);
}

/* The same path taken by the core: unmasked IRQ at the EL1h IRQ vector,
 * interrupting the spin loop, with the AIC event still unread. */
static void test_uart_irq_taken_by_the_core(void **state)
{
    (void)state;
    Machine *m = t8010();
    CpuState *cpu = m->cpu;
    uart_loopback_rx_irq(m);
    aic_route_uart(m);
    static const uint32_t prog[] = { DAIFCLR_I, B_SELF };
    put(m, CODE, prog, 2);
    static const uint32_t stop = B_SELF;
    put(m, VBAR + 0x280, &stop, 1);
    put(m, VBAR + 0x300, &stop, 1);
    assert_int_equal(run(m, CODE, 50), HALT_MAX_INSNS);
    assert_int_equal(cpu->pc, CODE + 4);           /* nothing pending yet */
    wr32(m, UART_PA + S5L_UTXH, '!');
    assert_int_equal(run(m, CODE + 4, 50), HALT_STUCK);  /* in the IRQ vector's b . */
    assert_int_equal(cpu->pc, VBAR + 0x280);       /* current EL, SP_ELx, IRQ */
    assert_int_equal(cpu->sr[SR_ELR_EL1], CODE + 4);
    assert_int_equal(cpu->ps.daif, 0xf);
    assert_int_equal(rd32(m, AIC_PA + AIC_EVENT), EV_UART);
    machine_destroy(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_board_table),
        cmocka_unit_test(test_timer_fiq_is_a_level),
        cmocka_unit_test(test_timer_tval_write_releases_fiq),
        cmocka_unit_test(test_virtual_timer_fiq),
        cmocka_unit_test(test_wfi_fast_forwards_to_the_timer),
        cmocka_unit_test(test_wfi_wakes_into_the_fiq_vector),
        cmocka_unit_test(test_uart_irq_through_aic),
        cmocka_unit_test(test_uart_irq_taken_by_the_core),
    };
    return cmocka_run_group_tests_name("t8010_board", tests, NULL, NULL);
}
