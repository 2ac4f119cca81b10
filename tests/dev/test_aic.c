/*
 * test_aic.c — the Apple Interrupt Controller v1 through a real Bus at
 * T8010's AIC address, two CPUs: reset state, mask/unmask, the EVENT read
 * acknowledging and masking its source (Linux aic_handle_irq/aic_irq_eoi),
 * SW_SET ORed with the lines, priority order, a deasserted line losing its
 * pending state, TARGET_CPU routing, self and other IPIs (Linux
 * aic_init_cpu/aic_handle_ipi, the Asahi HW:AIC IPI flow), the per-CPU
 * register views, widths and unknown offsets. Each CPU's output level is
 * checked after every step, with a count of its transitions.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "xnuemu/aic.h"

#define AIC_PA UINT64_C(0x20e100000)
#define NR_IRQ 320
#define UART0_IRQ 218
#define EV_IRQ(n) (AIC_EVENT_TYPE_IRQ << 16 | (n))
#define EV_IPI_OTHER (AIC_EVENT_TYPE_IPI << 16 | AIC_EVENT_IPI_OTHER)
#define EV_IPI_SELF (AIC_EVENT_TYPE_IPI << 16 | AIC_EVENT_IPI_SELF)

typedef struct Fix {
    Log log;
    Bus bus;
    Aic aic;
    bool level[2];
    unsigned changes[2];
} Fix;

static void out_set(void *opaque, unsigned n, bool level)
{
    Fix *f = opaque;
    assert_true(n < 2);
    if (level != f->level[n])
        f->changes[n]++;
    f->level[n] = level;
}

static int setup(void **state)
{
    Fix *f = calloc(1, sizeof(*f));
    f->log = (Log){ .mask = 0, .out = stderr };
    bus_init(&f->bus, &f->log);
    assert_int_equal(aic_init(&f->aic, NR_IRQ, 2, &f->log), EMU_OK);
    aic_connect_cpu(&f->aic, 0, (IrqLine){ out_set, f, 0 });
    aic_connect_cpu(&f->aic, 1, (IrqLine){ out_set, f, 1 });
    assert_int_equal(bus_map_mmio(&f->bus, AIC_PA, AIC_MMIO_SIZE, &aic_ops, &f->aic, "aic"),
                     EMU_OK);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    Fix *f = *state;
    bus_destroy(&f->bus);
    free(f);
    return 0;
}

static uint32_t rd(Fix *f, uint64_t off)
{
    uint64_t v = ~UINT64_C(0);
    assert_true(bus_read(&f->bus, AIC_PA + off, 4, &v));
    return (uint32_t)v;
}

static void wr(Fix *f, uint64_t off, uint32_t v)
{
    assert_true(bus_write(&f->bus, AIC_PA + off, 4, v));
}

static uint64_t mask_reg(unsigned irq)
{
    return 4 * (irq >> 5);
}

static uint32_t mask_bit(unsigned irq)
{
    return 1u << (irq & 31);
}

/* Linux aic_irq_unmask / aic_irq_set_affinity */
static void unmask(Fix *f, unsigned irq)
{
    wr(f, AIC_MASK_CLR + mask_reg(irq), mask_bit(irq));
}

static void route(Fix *f, unsigned irq, unsigned cpu)
{
    wr(f, AIC_TARGET_CPU + 4 * irq, 1u << cpu);
}

static void test_reset_state(void **state)
{
    Fix *f = *state;
    assert_int_equal(rd(f, AIC_INFO) & 0xffff, NR_IRQ);
    assert_int_equal(rd(f, AIC_WHOAMI), 0);
    for (unsigned w = 0; w < NR_IRQ / 32; w++) {
        assert_int_equal(rd(f, AIC_MASK_SET + 4 * w), 0xffffffff);
        assert_int_equal(rd(f, AIC_MASK_CLR + 4 * w), 0xffffffff);
        assert_int_equal(rd(f, AIC_SW_SET + 4 * w), 0);
        assert_int_equal(rd(f, AIC_HW_STATE + 4 * w), 0);
    }
    assert_int_equal(rd(f, AIC_MASK_SET + 4 * (NR_IRQ / 32)), 0);   /* past nr_irq */
    assert_int_equal(rd(f, AIC_TARGET_CPU + 4 * UART0_IRQ), 0);
    assert_int_equal(rd(f, AIC_IPI_MASK_SET), AIC_IPI_OTHER | AIC_IPI_SELF);
    assert_int_equal(rd(f, AIC_EVENT), 0);
    assert_false(f->level[0]);
    assert_false(f->level[1]);
}

static void test_mask_unmask(void **state)
{
    Fix *f = *state;
    route(f, UART0_IRQ, 0);
    aic_input(&f->aic, UART0_IRQ, true);
    assert_int_equal(rd(f, AIC_HW_STATE + mask_reg(UART0_IRQ)), mask_bit(UART0_IRQ));
    assert_false(f->level[0]);                     /* masked */
    unmask(f, UART0_IRQ);
    assert_true(f->level[0]);
    assert_int_equal(rd(f, AIC_MASK_SET + mask_reg(UART0_IRQ)) & mask_bit(UART0_IRQ), 0);
    wr(f, AIC_MASK_SET + mask_reg(UART0_IRQ), mask_bit(UART0_IRQ));
    assert_false(f->level[0]);
    unmask(f, UART0_IRQ);
    assert_true(f->level[0]);
    assert_false(f->level[1]);
    assert_int_equal(f->changes[0], 3);
    assert_int_equal(f->changes[1], 0);
}

/* Linux: aic_handle_irq reads EVENT (auto-mask), the device handler clears
 * the source, aic_irq_eoi unmasks; loop until EVENT reads 0. */
static void test_event_acknowledges_and_masks(void **state)
{
    Fix *f = *state;
    route(f, UART0_IRQ, 0);
    unmask(f, UART0_IRQ);
    aic_input(&f->aic, UART0_IRQ, true);
    assert_true(f->level[0]);
    assert_int_equal(rd(f, AIC_EVENT), EV_IRQ(UART0_IRQ));
    assert_false(f->level[0]);
    assert_int_equal(rd(f, AIC_MASK_SET + mask_reg(UART0_IRQ)) & mask_bit(UART0_IRQ),
                     mask_bit(UART0_IRQ));
    assert_int_equal(rd(f, AIC_EVENT), 0);
    /* EOI while the device still asserts: it comes straight back */
    unmask(f, UART0_IRQ);
    assert_true(f->level[0]);
    assert_int_equal(rd(f, AIC_EVENT), EV_IRQ(UART0_IRQ));
    aic_input(&f->aic, UART0_IRQ, false);          /* handler clears the device */
    unmask(f, UART0_IRQ);                          /* EOI */
    assert_false(f->level[0]);
    assert_int_equal(rd(f, AIC_EVENT), 0);
    assert_int_equal(f->aic.events, 2);
}

static void test_level_deassert_removes_pending(void **state)
{
    Fix *f = *state;
    route(f, 3, 0);
    unmask(f, 3);
    aic_input(&f->aic, 3, true);
    assert_true(f->level[0]);
    aic_input(&f->aic, 3, false);
    assert_false(f->level[0]);
    assert_int_equal(rd(f, AIC_HW_STATE), 0);
    assert_int_equal(rd(f, AIC_EVENT), 0);
    assert_int_equal(rd(f, AIC_MASK_CLR) & mask_bit(3), 0);   /* still unmasked */
}

static void test_sw_set_ors_with_line(void **state)
{
    Fix *f = *state;
    route(f, 37, 0);
    unmask(f, 37);
    wr(f, AIC_SW_SET + mask_reg(37), mask_bit(37));
    assert_true(f->level[0]);
    assert_int_equal(rd(f, AIC_SW_SET + mask_reg(37)), mask_bit(37));
    assert_int_equal(rd(f, AIC_SW_CLR + mask_reg(37)), mask_bit(37));
    assert_int_equal(rd(f, AIC_HW_STATE + mask_reg(37)), 0);   /* not a line */
    assert_int_equal(rd(f, AIC_EVENT), EV_IRQ(37));
    assert_false(f->level[0]);
    unmask(f, 37);
    assert_true(f->level[0]);                       /* SW bit stays until SW_CLR */
    wr(f, AIC_SW_CLR + mask_reg(37), mask_bit(37));
    assert_false(f->level[0]);
    aic_input(&f->aic, 37, true);                   /* line and SW together */
    wr(f, AIC_SW_SET + mask_reg(37), mask_bit(37));
    aic_input(&f->aic, 37, false);
    assert_true(f->level[0]);
    wr(f, AIC_SW_CLR + mask_reg(37), mask_bit(37));
    assert_false(f->level[0]);
    wr(f, AIC_SW_SET + 4 * (NR_IRQ / 32), 0xffffffff);  /* past nr_irq: ignored */
    assert_int_equal(rd(f, AIC_SW_SET + 4 * (NR_IRQ / 32)), 0);
}

static void test_priority_order(void **state)
{
    Fix *f = *state;
    const unsigned irqs[] = { 200, 40, 7, UART0_IRQ };
    for (unsigned i = 0; i < 4; i++) {
        route(f, irqs[i], 0);
        unmask(f, irqs[i]);
        aic_input(&f->aic, irqs[i], true);
    }
    wr(f, AIC_IPI_MASK_CLR, AIC_IPI_OTHER | AIC_IPI_SELF);
    wr(f, AIC_IPI_SEND, 1u << 0);                   /* other IPI to myself */
    wr(f, AIC_IPI_SEND, AIC_IPI_SELF);
    assert_int_equal(rd(f, AIC_EVENT), EV_IPI_SELF);
    assert_int_equal(rd(f, AIC_EVENT), EV_IPI_OTHER);
    assert_int_equal(rd(f, AIC_EVENT), EV_IRQ(7));
    assert_int_equal(rd(f, AIC_EVENT), EV_IRQ(40));
    assert_int_equal(rd(f, AIC_EVENT), EV_IRQ(200));
    assert_true(f->level[0]);
    assert_int_equal(rd(f, AIC_EVENT), EV_IRQ(UART0_IRQ));
    assert_false(f->level[0]);
    assert_int_equal(rd(f, AIC_EVENT), 0);
    assert_int_equal(f->changes[0], 2);
}

static void test_target_routing(void **state)
{
    Fix *f = *state;
    route(f, 10, 1);
    unmask(f, 10);
    aic_input(&f->aic, 10, true);
    assert_false(f->level[0]);
    assert_true(f->level[1]);
    assert_int_equal(rd(f, AIC_EVENT), 0);          /* CPU 0's view: not mine */
    assert_int_equal(rd(f, AIC_CPU_VIEW + AIC_CPU_VIEW_STRIDE + 0x0), 1);   /* WHOAMI of cpu1 */
    assert_int_equal(rd(f, AIC_CPU_VIEW + AIC_CPU_VIEW_STRIDE + 0x4), EV_IRQ(10));
    assert_false(f->level[1]);
    unmask(f, 10);
    assert_true(f->level[1]);
    aic_set_current_cpu(&f->aic, 1);
    assert_int_equal(rd(f, AIC_WHOAMI), 1);
    assert_int_equal(rd(f, AIC_EVENT), EV_IRQ(10));
    /* both CPUs targeted: both see it until one takes it */
    wr(f, AIC_TARGET_CPU + 4 * 10, 0x3);
    assert_int_equal(rd(f, AIC_TARGET_CPU + 4 * 10), 0x3);
    unmask(f, 10);
    assert_true(f->level[0]);
    assert_true(f->level[1]);
    assert_int_equal(rd(f, AIC_EVENT), EV_IRQ(10));
    assert_false(f->level[0]);
    assert_false(f->level[1]);
    wr(f, AIC_TARGET_CPU + 4 * 10, 0xff);           /* CPUs that do not exist are dropped */
    assert_int_equal(rd(f, AIC_TARGET_CPU + 4 * 10), 0x3);
}

/* Linux aic_init_cpu on each CPU: ack both, mask self, unmask other. */
static void linux_init_cpu_ipis(Fix *f, unsigned cpu)
{
    aic_set_current_cpu(&f->aic, cpu);
    wr(f, AIC_IPI_ACK, AIC_IPI_SELF | AIC_IPI_OTHER);
    wr(f, AIC_IPI_MASK_SET, AIC_IPI_SELF);
    wr(f, AIC_IPI_MASK_CLR, AIC_IPI_OTHER);
}

static void test_ipi_other(void **state)
{
    Fix *f = *state;
    linux_init_cpu_ipis(f, 1);
    linux_init_cpu_ipis(f, 0);
    assert_int_equal(rd(f, AIC_IPI_MASK_SET), AIC_IPI_SELF);
    wr(f, AIC_IPI_SEND, 1u << 1);                   /* cpu0 -> cpu1 */
    assert_false(f->level[0]);
    assert_true(f->level[1]);
    aic_set_current_cpu(&f->aic, 1);                /* cpu1: aic_handle_irq */
    assert_int_equal(rd(f, AIC_EVENT), EV_IPI_OTHER);
    assert_false(f->level[1]);                      /* auto-masked */
    assert_int_equal(rd(f, AIC_IPI_MASK_SET), AIC_IPI_SELF | AIC_IPI_OTHER);
    wr(f, AIC_IPI_ACK, AIC_IPI_OTHER);              /* aic_handle_ipi */
    wr(f, AIC_IPI_MASK_CLR, AIC_IPI_OTHER);
    assert_false(f->level[1]);
    assert_int_equal(rd(f, AIC_EVENT), 0);
    assert_int_equal(f->changes[1], 2);
    assert_int_equal(f->changes[0], 0);
}

static void test_ipi_self_reasserts_until_acked(void **state)
{
    Fix *f = *state;
    wr(f, AIC_IPI_MASK_CLR, AIC_IPI_SELF);
    wr(f, AIC_IPI_SEND, AIC_IPI_SELF);
    assert_true(f->level[0]);
    assert_false(f->level[1]);
    assert_int_equal(rd(f, AIC_IPI_SEND), AIC_IPI_SELF);    /* pending */
    assert_int_equal(rd(f, AIC_EVENT), EV_IPI_SELF);
    assert_false(f->level[0]);
    wr(f, AIC_IPI_MASK_CLR, AIC_IPI_SELF);          /* unmask without ack */
    assert_true(f->level[0]);
    assert_int_equal(rd(f, AIC_EVENT), EV_IPI_SELF);
    wr(f, AIC_IPI_ACK, AIC_IPI_SELF);
    wr(f, AIC_IPI_MASK_CLR, AIC_IPI_SELF);
    assert_false(f->level[0]);
    assert_int_equal(rd(f, AIC_IPI_ACK), 0);
    /* a masked IPI stays pending, silent, until unmasked */
    wr(f, AIC_IPI_MASK_SET, AIC_IPI_SELF);
    wr(f, AIC_IPI_SEND, AIC_IPI_SELF);
    assert_false(f->level[0]);
    wr(f, AIC_IPI_MASK_CLR, AIC_IPI_SELF);
    assert_true(f->level[0]);
}

static void test_per_cpu_views(void **state)
{
    Fix *f = *state;
    const uint64_t v1 = AIC_CPU_VIEW + AIC_CPU_VIEW_STRIDE;
    wr(f, v1 + (AIC_IPI_MASK_CLR - AIC_WHOAMI), AIC_IPI_SELF);
    wr(f, v1 + (AIC_IPI_SEND - AIC_WHOAMI), AIC_IPI_SELF);  /* "self" of cpu1 */
    assert_false(f->level[0]);
    assert_true(f->level[1]);
    assert_int_equal(rd(f, AIC_EVENT), 0);                  /* cpu0 has nothing */
    assert_int_equal(rd(f, v1 + (AIC_EVENT - AIC_WHOAMI)), EV_IPI_SELF);
    wr(f, v1 + (AIC_IPI_ACK - AIC_WHOAMI), AIC_IPI_SELF);
    assert_int_equal(rd(f, v1 + (AIC_IPI_ACK - AIC_WHOAMI)), 0);
    assert_int_equal(rd(f, AIC_CPU_VIEW + 2 * AIC_CPU_VIEW_STRIDE), 0);   /* no cpu2: RAZ */
}

static void test_irq_line_factory(void **state)
{
    Fix *f = *state;
    IrqLine l = aic_irq_line(&f->aic, UART0_IRQ);
    route(f, UART0_IRQ, 0);
    unmask(f, UART0_IRQ);
    irq_set(&l, true);
    assert_true(f->level[0]);
    assert_true(aic_cpu_pending(&f->aic, 0));
    assert_false(aic_cpu_pending(&f->aic, 1));
    irq_set(&l, true);                              /* same level twice: no change */
    irq_set(&l, false);
    assert_false(f->level[0]);
    assert_int_equal(f->changes[0], 2);
}

static void test_config_widths_unknown(void **state)
{
    Fix *f = *state;
    uint64_t v;
    wr(f, AIC_CONFIG, 0xffffffff);
    assert_int_equal(rd(f, AIC_CONFIG), 0xf8fffff1);
    wr(f, AIC_INFO, 0);                             /* read-only */
    assert_int_equal(rd(f, AIC_INFO) & 0xffff, NR_IRQ);
    assert_int_equal(rd(f, 0x0000), 0);             /* unknown: RAZ/WI */
    wr(f, 0x8020, 0x1234);
    assert_int_equal(rd(f, 0x8020), 0);
    assert_int_equal(rd(f, AIC_MMIO_SIZE - 4), 0);
    assert_int_equal(rd(f, AIC_TARGET_CPU + 4 * NR_IRQ), 0);   /* no such IRQ */
    wr(f, AIC_HW_STATE, 0xffffffff);
    assert_int_equal(rd(f, AIC_HW_STATE), 0);
    assert_false(bus_read(&f->bus, AIC_PA + AIC_EVENT, 1, &v));
    assert_false(bus_read(&f->bus, AIC_PA + AIC_EVENT, 2, &v));
    assert_false(bus_write(&f->bus, AIC_PA + 0x4102, 4, 1));   /* misaligned */
    assert_true(bus_read(&f->bus, AIC_PA + AIC_WHOAMI, 8, &v));  /* split: WHOAMI, EVENT */
    assert_int_equal(v, 0);
    assert_false(f->level[0]);
}

static void test_init_arguments(void **state)
{
    (void)state;
    Aic a;
    assert_int_equal(aic_init(&a, 0, 1, NULL), EMU_ERR_ARG);
    assert_int_equal(aic_init(&a, AIC_MAX_IRQS + 1, 1, NULL), EMU_ERR_ARG);
    assert_int_equal(aic_init(&a, 32, 0, NULL), EMU_ERR_ARG);
    assert_int_equal(aic_init(&a, 32, AIC_MAX_CPUS + 1, NULL), EMU_ERR_ARG);
    assert_int_equal(aic_init(&a, AIC_MAX_IRQS, AIC_MAX_CPUS, NULL), EMU_OK);
    aic_input(&a, AIC_MAX_IRQS - 1, true);          /* unconnected outputs are fine */
    assert_int_equal(a.hw[AIC_WORDS - 1], 0x80000000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
        T(test_reset_state),
        T(test_mask_unmask),
        T(test_event_acknowledges_and_masks),
        T(test_level_deassert_removes_pending),
        T(test_sw_set_ors_with_line),
        T(test_priority_order),
        T(test_target_routing),
        T(test_ipi_other),
        T(test_ipi_self_reasserts_until_acked),
        T(test_per_cpu_views),
        T(test_irq_line_factory),
        T(test_config_widths_unknown),
        cmocka_unit_test(test_init_arguments),
#undef T
    };
    return cmocka_run_group_tests_name("dev_aic", tests, NULL, NULL);
}
