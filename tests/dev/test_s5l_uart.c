/*
 * test_s5l_uart.c — the Apple S5L UART driven through a real Bus at
 * T8010's UART0 address, the way guests drive it: XNU's pexpert sequence
 * (XNU-BOOT.md §6), Linux samsung_tty's Apple startup, RX interrupt and its
 * clearing (W1C status bits or draining the FIFO), the edge-like TX
 * interrupt, FIFO full/overrun, FIFO reset, loopback, access widths and
 * unknown offsets; the interrupt line's level is checked at every step.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "xnuemu/s5l_uart.h"

#define UART_PA UINT64_C(0x20a0c0000)

typedef struct Fix {
    Log log;
    Bus bus;
    S5lUart u;
    Chardev *cd;
    bool level;
    unsigned changes;
} Fix;

static void probe_set(void *opaque, unsigned n, bool level)
{
    Fix *f = opaque;
    assert_int_equal(n, 7);
    if (level != f->level)
        f->changes++;
    f->level = level;
}

static int setup(void **state)
{
    Fix *f = calloc(1, sizeof(*f));
    f->log = (Log){ .mask = 0, .out = stderr };
    bus_init(&f->bus, &f->log);
    f->cd = chardev_new_buffer();
    s5l_uart_init(&f->u, "uart0", f->cd, (IrqLine){ probe_set, f, 7 }, &f->log);
    assert_int_equal(bus_map_mmio(&f->bus, UART_PA, S5L_UART_MMIO_SIZE, &s5l_uart_ops, &f->u,
                                  "uart0"), EMU_OK);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    Fix *f = *state;
    bus_destroy(&f->bus);
    chardev_destroy(f->cd);
    free(f);
    return 0;
}

static uint32_t rd(Fix *f, uint64_t off)
{
    uint64_t v = ~UINT64_C(0);
    assert_true(bus_read(&f->bus, UART_PA + off, 4, &v));
    return (uint32_t)v;
}

static void wr(Fix *f, uint64_t off, uint32_t v)
{
    assert_true(bus_write(&f->bus, UART_PA + off, 4, v));
}

/* pexpert/arm/pe_serial.c ln2410_uart_init with a fixed-frequency clock */
static void xnu_init(Fix *f)
{
    wr(f, S5L_ULCON, 0x03);
    wr(f, S5L_UCON, 0x405);
    wr(f, S5L_UFCON, 0x03);
    wr(f, S5L_UMCON, 0x00);
    wr(f, S5L_UMCON, 0x01);
    wr(f, S5L_UBRDIV, (16u - 16u) << 16 | 12u);
}

static void xnu_putc(Fix *f, char c)
{
    for (int spins = 0; !(rd(f, S5L_UTRSTAT) & S5L_UTRSTAT_TXE); spins++)
        assert_true(spins < 3);
    wr(f, S5L_UTXH, (uint8_t)c);
}

static void test_reset_values(void **state)
{
    Fix *f = *state;
    assert_int_equal(rd(f, S5L_UTRSTAT), S5L_UTRSTAT_TXE | S5L_UTRSTAT_TXFE);
    assert_int_equal(rd(f, S5L_UFSTAT), 0);
    assert_int_equal(rd(f, S5L_UMSTAT), S5L_UMSTAT_CTS);
    assert_int_equal(rd(f, S5L_UCON), 0);
    assert_int_equal(rd(f, S5L_URXH), 0);
    assert_false(f->level);
}

static void test_xnu_init_and_tx(void **state)
{
    Fix *f = *state;
    xnu_init(f);
    assert_int_equal(rd(f, S5L_ULCON), 3);
    assert_int_equal(rd(f, S5L_UCON), 0x405);     /* XNU reads it back to pick the clock */
    assert_int_equal(rd(f, S5L_UFCON), 1);        /* reset bits self-clear */
    assert_int_equal(rd(f, S5L_UMCON), 1);
    assert_int_equal(rd(f, S5L_UBRDIV), 12);
    for (const char *s = "Darwin\r\n"; *s; s++)
        xnu_putc(f, *s);
    size_t len;
    assert_string_equal(chardev_buffer_tx(f->cd, &len), "Darwin\r\n");
    assert_int_equal(len, 8);
    assert_int_equal(f->u.tx_bytes, 8);
    /* 0x405 enables no Apple interrupt: the line never moved */
    assert_int_equal(rd(f, S5L_UTRSTAT) & S5L_UTRSTAT_TXTHRESH, S5L_UTRSTAT_TXTHRESH);
    assert_false(f->level);
    assert_int_equal(f->changes, 0);
}

static void test_xnu_polled_rx(void **state)
{
    Fix *f = *state;
    xnu_init(f);
    chardev_buffer_push_rx(f->cd, "ab", 2);
    assert_int_equal(rd(f, S5L_UTRSTAT) & S5L_UTRSTAT_RXDR, 0);   /* not before a poll */
    s5l_uart_poll(&f->u);
    assert_int_equal(rd(f, S5L_UTRSTAT) & S5L_UTRSTAT_RXDR, S5L_UTRSTAT_RXDR);
    assert_int_equal(rd(f, S5L_UFSTAT), 2);
    assert_int_equal(rd(f, S5L_URXH), 'a');
    assert_int_equal(rd(f, S5L_URXH), 'b');
    assert_int_equal(rd(f, S5L_UTRSTAT) & S5L_UTRSTAT_RXDR, 0);
    assert_int_equal(rd(f, S5L_URXH), 0);          /* empty FIFO reads 0 */
    assert_false(f->level);
}

static void test_rx_waits_for_receiver_enable(void **state)
{
    Fix *f = *state;
    chardev_buffer_push_rx(f->cd, "z", 1);
    s5l_uart_poll(&f->u);                          /* UCON RX mode 0: receiver off */
    assert_int_equal(rd(f, S5L_UFSTAT), 0);
    xnu_init(f);
    s5l_uart_poll(&f->u);
    assert_int_equal(rd(f, S5L_URXH), 'z');        /* the byte waited in the host queue */
}

/* samsung_tty.c: s3c24xx_serial_init_port + resetport + apple_s5l_serial_startup */
static void linux_apple_startup(Fix *f)
{
    uint32_t ucon = rd(f, S5L_UCON);
    wr(f, S5L_UCON, ucon & ~(S5L_UCON_TXTHRESH_ENA | S5L_UCON_RXTHRESH_ENA | S5L_UCON_RXTO_ENA));
    wr(f, S5L_UTRSTAT, S5L_UTRSTAT_W1C);
    ucon = rd(f, S5L_UCON) & (S5L_UCON_RXTO_ENA | S5L_UCON_RXTO_LEGACY_ENA |
                              S5L_UCON_RXTHRESH_ENA | S5L_UCON_TXTHRESH_ENA);
    wr(f, S5L_UCON, ucon | 0x4 | 0x1 | 0x80);      /* APPLE_S5L_UCON_DEFAULT */
    wr(f, S5L_UFCON, 0x11 | 0x6);                  /* S3C2410_UFCON_DEFAULT | RESETBOTH */
    wr(f, S5L_UFCON, 0x11);
    wr(f, S5L_UTRSTAT, S5L_UTRSTAT_W1C);
    wr(f, S5L_UFCON, rd(f, S5L_UFCON) | 0x2 | (2u << 4));   /* RESETRX | S5PV210 RXTRIG8 */
    wr(f, S5L_UCON, (rd(f, S5L_UCON) & ~0x3u) | 0x1);       /* enable_rx_pio */
    wr(f, S5L_UCON, rd(f, S5L_UCON) | S5L_UCON_RXTHRESH_ENA);
    wr(f, S5L_UCON, rd(f, S5L_UCON) | S5L_UCON_RXTO_ENA);
    wr(f, S5L_UCON, rd(f, S5L_UCON) | S5L_UCON_RXTO_LEGACY_ENA);
}

static void test_linux_rx_irq_w1c(void **state)
{
    Fix *f = *state;
    linux_apple_startup(f);
    assert_false(f->level);
    chardev_buffer_push_rx(f->cd, "x", 1);
    s5l_uart_poll(&f->u);
    assert_true(f->level);
    /* apple_serial_handle_irq */
    uint32_t pend = rd(f, S5L_UTRSTAT);
    assert_int_equal(pend & (S5L_UTRSTAT_RXTO | S5L_UTRSTAT_RXTO_LEGACY | S5L_UTRSTAT_RXTHRESH),
                     S5L_UTRSTAT_RXTO | S5L_UTRSTAT_RXTO_LEGACY);  /* 1 < trigger 16 */
    wr(f, S5L_UTRSTAT, S5L_UTRSTAT_RXTHRESH | S5L_UTRSTAT_RXTO | S5L_UTRSTAT_RXTO_LEGACY);
    assert_false(f->level);                        /* cleared although the byte is still there */
    assert_int_equal(rd(f, S5L_UTRSTAT) & S5L_UTRSTAT_RXDR, S5L_UTRSTAT_RXDR);
    /* s3c24xx_serial_rx_drain_fifo */
    assert_int_equal(rd(f, S5L_UFSTAT) & S5L_UFSTAT_RXCOUNT, 1);
    assert_int_equal(rd(f, S5L_UERSTAT), 0);
    assert_int_equal(rd(f, S5L_URXH), 'x');
    assert_int_equal(rd(f, S5L_UFSTAT), 0);
    assert_false(f->level);
    assert_int_equal(f->changes, 2);
    s5l_uart_poll(&f->u);                          /* no input: nothing happens */
    assert_false(f->level);
}

static void test_rx_irq_cleared_by_draining(void **state)
{
    Fix *f = *state;
    linux_apple_startup(f);
    chardev_buffer_push_rx(f->cd, "hi", 2);
    s5l_uart_poll(&f->u);
    assert_true(f->level);
    assert_int_equal(rd(f, S5L_URXH), 'h');
    assert_true(f->level);                         /* data left */
    assert_int_equal(rd(f, S5L_URXH), 'i');
    assert_false(f->level);                        /* FIFO empty: RX status gone */
    assert_int_equal(rd(f, S5L_UTRSTAT) & S5L_UTRSTAT_W1C, 0);
}

static void test_rx_threshold_and_enables(void **state)
{
    Fix *f = *state;
    xnu_init(f);                                   /* UFCON = FIFO, trigger bits 0 = 4 bytes */
    wr(f, S5L_UCON, 0x405 | S5L_UCON_RXTHRESH_ENA);
    chardev_buffer_push_rx(f->cd, "ab", 2);
    s5l_uart_poll(&f->u);
    assert_int_equal(rd(f, S5L_UTRSTAT) & S5L_UTRSTAT_W1C,
                     S5L_UTRSTAT_RXTO | S5L_UTRSTAT_RXTO_LEGACY);
    assert_false(f->level);                        /* timeout status, but only THRESH enabled */
    chardev_buffer_push_rx(f->cd, "cd", 2);
    s5l_uart_poll(&f->u);
    assert_int_equal(rd(f, S5L_UTRSTAT) & S5L_UTRSTAT_RXTHRESH, S5L_UTRSTAT_RXTHRESH);
    assert_true(f->level);
    wr(f, S5L_UCON, 0x405);                        /* disabling the source lowers the line */
    assert_false(f->level);
    wr(f, S5L_UCON, 0x405 | S5L_UCON_RXTO_ENA);
    assert_true(f->level);                         /* RXTO still latched */
    wr(f, S5L_UTRSTAT, S5L_UTRSTAT_RXTO);
    assert_false(f->level);
}

static void test_tx_irq_latches_on_drain(void **state)
{
    Fix *f = *state;
    linux_apple_startup(f);
    wr(f, S5L_UCON, rd(f, S5L_UCON) | S5L_UCON_TXTHRESH_ENA);   /* enable_tx_pio */
    assert_false(f->level);                        /* edge-like: enabling alone fires nothing */
    wr(f, S5L_UTXH, 'A');                          /* ... so Linux kicks it by sending */
    assert_true(f->level);
    assert_int_equal(rd(f, S5L_UTRSTAT) & S5L_UTRSTAT_TXTHRESH, S5L_UTRSTAT_TXTHRESH);
    wr(f, S5L_UTRSTAT, S5L_UTRSTAT_TXTHRESH);      /* handler acks, then tx_chars */
    assert_false(f->level);
    wr(f, S5L_UCON, rd(f, S5L_UCON) & ~S5L_UCON_TXTHRESH_ENA);  /* stop_tx */
    wr(f, S5L_UTXH, 'B');                          /* console write with TX irq off */
    assert_false(f->level);
    wr(f, S5L_UCON, rd(f, S5L_UCON) | S5L_UCON_TXTHRESH_ENA);
    assert_true(f->level);                         /* the latched drain is seen */
    assert_string_equal(chardev_buffer_tx(f->cd, NULL), "AB");
}

static void test_fifo_full_flow_control(void **state)
{
    Fix *f = *state;
    xnu_init(f);
    const char *in = "ABCDEFGHIJKLMNOPQRST";  /* 20 bytes */
    chardev_buffer_push_rx(f->cd, in, 20);
    s5l_uart_poll(&f->u);
    assert_int_equal(rd(f, S5L_UFSTAT), S5L_UFSTAT_RXFULL);      /* count 16 wraps to 0 */
    s5l_uart_poll(&f->u);                                        /* full: nothing more taken */
    assert_int_equal(f->u.rx_count, 16);
    assert_int_equal(rd(f, S5L_UERSTAT), 0);                     /* nothing lost */
    for (int i = 0; i < 16; i++)
        assert_int_equal(rd(f, S5L_URXH), in[i]);
    assert_int_equal(rd(f, S5L_UFSTAT), 0);
    s5l_uart_poll(&f->u);
    assert_int_equal(rd(f, S5L_UFSTAT), 4);
    for (int i = 16; i < 20; i++)
        assert_int_equal(rd(f, S5L_URXH), in[i]);
}

static void test_overrun_on_the_line(void **state)
{
    Fix *f = *state;
    xnu_init(f);
    for (int i = 0; i < 17; i++)
        s5l_uart_rx_byte(&f->u, (uint8_t)('a' + i));
    assert_int_equal(f->u.rx_overruns, 1);
    assert_int_equal(rd(f, S5L_UERSTAT), S5L_UERSTAT_OVERRUN);
    assert_int_equal(rd(f, S5L_UERSTAT), 0);       /* cleared by the read */
    for (int i = 0; i < 16; i++)
        assert_int_equal(rd(f, S5L_URXH), 'a' + i);   /* the 17th was dropped */
    assert_int_equal(rd(f, S5L_UTRSTAT) & S5L_UTRSTAT_RXDR, 0);
}

static void test_non_fifo_mode_holds_one(void **state)
{
    Fix *f = *state;
    xnu_init(f);
    wr(f, S5L_UFCON, 0);
    chardev_buffer_push_rx(f->cd, "xy", 2);
    s5l_uart_poll(&f->u);
    assert_int_equal(rd(f, S5L_UFSTAT), S5L_UFSTAT_RXFULL | 1);
    assert_int_equal(rd(f, S5L_URXH), 'x');
    s5l_uart_poll(&f->u);
    assert_int_equal(rd(f, S5L_URXH), 'y');
}

static void test_fifo_reset(void **state)
{
    Fix *f = *state;
    linux_apple_startup(f);
    chardev_buffer_push_rx(f->cd, "123", 3);
    s5l_uart_poll(&f->u);
    assert_true(f->level);
    wr(f, S5L_UFCON, rd(f, S5L_UFCON) | S5L_UFCON_RESET_RX);
    assert_false(f->level);
    assert_int_equal(rd(f, S5L_UFSTAT), 0);
    assert_int_equal(rd(f, S5L_UFCON) & (S5L_UFCON_RESET_RX | S5L_UFCON_RESET_TX), 0);
    assert_int_equal(rd(f, S5L_UTRSTAT), S5L_UTRSTAT_TXE | S5L_UTRSTAT_TXFE);
}

static void test_loopback(void **state)
{
    Fix *f = *state;
    xnu_init(f);
    wr(f, S5L_UCON, 0x405 | S5L_UCON_LOOPBACK);
    wr(f, S5L_UTXH, 'q');
    assert_string_equal(chardev_buffer_tx(f->cd, NULL), "");
    assert_int_equal(rd(f, S5L_URXH), 'q');
}

static void test_access_widths_and_unknown_offsets(void **state)
{
    Fix *f = *state;
    uint64_t v;
    xnu_init(f);
    assert_true(bus_write(&f->bus, UART_PA + S5L_UTXH, 1, 'k'));    /* byte TX */
    assert_string_equal(chardev_buffer_tx(f->cd, NULL), "k");
    chardev_buffer_push_rx(f->cd, "r", 1);
    s5l_uart_poll(&f->u);
    assert_true(bus_read(&f->bus, UART_PA + S5L_URXH, 1, &v));      /* byte RX */
    assert_int_equal(v, 'r');
    assert_false(bus_read(&f->bus, UART_PA + S5L_UCON, 1, &v));
    assert_false(bus_write(&f->bus, UART_PA + S5L_UCON, 1, 0));
    assert_false(bus_read(&f->bus, UART_PA + S5L_UTRSTAT, 2, &v));
    assert_false(bus_read(&f->bus, UART_PA + 0x12, 4, &v));         /* misaligned */
    assert_int_equal(rd(f, S5L_UCON), 0x405);
    assert_int_equal(rd(f, 0x40), 0);                                /* unknown: RAZ/WI */
    wr(f, 0x40, 0xffffffff);
    assert_int_equal(rd(f, 0x40), 0);
    assert_int_equal(rd(f, 0xffc), 0);
    wr(f, S5L_UFSTAT, 0xffff);                                       /* read-only: ignored */
    assert_int_equal(rd(f, S5L_UFSTAT), 0);
    wr(f, S5L_UDIVSLOT, 0x1234dddd);
    assert_int_equal(rd(f, S5L_UDIVSLOT), 0xdddd);
}

/* Polling with no input changes nothing the guest can see. */
static void test_no_input_is_inert(void **state)
{
    Fix *f = *state;
    linux_apple_startup(f);
    S5lUart before;
    memcpy(&before, &f->u, sizeof(before));
    for (int i = 0; i < 1000; i++)
        s5l_uart_poll(&f->u);
    assert_memory_equal(&before, &f->u, sizeof(before));
    assert_int_equal(f->changes, 0);
}

static void test_reset_lowers_line(void **state)
{
    Fix *f = *state;
    linux_apple_startup(f);
    s5l_uart_rx_byte(&f->u, '!');
    assert_true(f->level);
    s5l_uart_reset(&f->u);
    assert_false(f->level);
    assert_int_equal(rd(f, S5L_UCON), 0);
    assert_int_equal(rd(f, S5L_UFSTAT), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
        T(test_reset_values),
        T(test_xnu_init_and_tx),
        T(test_xnu_polled_rx),
        T(test_rx_waits_for_receiver_enable),
        T(test_linux_rx_irq_w1c),
        T(test_rx_irq_cleared_by_draining),
        T(test_rx_threshold_and_enables),
        T(test_tx_irq_latches_on_drain),
        T(test_fifo_full_flow_control),
        T(test_overrun_on_the_line),
        T(test_non_fifo_mode_holds_one),
        T(test_fifo_reset),
        T(test_loopback),
        T(test_access_widths_and_unknown_offsets),
        T(test_no_input_is_inert),
        T(test_reset_lowers_line),
#undef T
    };
    return cmocka_run_group_tests_name("dev_s5l_uart", tests, NULL, NULL);
}
