/*
 * s5l_uart.h — the Samsung S3C/S5L UART in its Apple variant (Linux
 * compatible "apple,s5l-uart"; XNU's "uart-1,samsung", driver ln2410_* in
 * pexpert/arm/pe_serial.c). Registers are 32-bit; TX is immediate, RX has a
 * 16-entry FIFO filled from a Chardev at poll time, and one level-sensitive
 * interrupt output summarises the Apple interrupt status bits. Register
 * facts and their sources are at the top of src/dev/s5l_uart.c.
 */
#ifndef XNUEMU_S5L_UART_H
#define XNUEMU_S5L_UART_H

#include "bus.h"
#include "chardev.h"
#include "irq.h"
#include "log.h"

/* Register offsets (Linux include/linux/serial_s3c.h, XNU S3cUART.h). */
enum {
    S5L_ULCON = 0x00, S5L_UCON = 0x04, S5L_UFCON = 0x08, S5L_UMCON = 0x0c,
    S5L_UTRSTAT = 0x10, S5L_UERSTAT = 0x14, S5L_UFSTAT = 0x18, S5L_UMSTAT = 0x1c,
    S5L_UTXH = 0x20, S5L_URXH = 0x24, S5L_UBRDIV = 0x28, S5L_UDIVSLOT = 0x2c,
};

/* UCON */
#define S5L_UCON_RXMODE      0x3u        /* bits 1:0; 0 = receiver off */
#define S5L_UCON_TXMODE      0xcu        /* bits 3:2 */
#define S5L_UCON_LOOPBACK    (1u << 5)
#define S5L_UCON_RXTO_ENA    (1u << 9)   /* Apple interrupt enables */
#define S5L_UCON_RXTO_LEGACY_ENA (1u << 11)
#define S5L_UCON_RXTHRESH_ENA (1u << 12)
#define S5L_UCON_TXTHRESH_ENA (1u << 13)
/* UFCON */
#define S5L_UFCON_FIFO_EN    (1u << 0)
#define S5L_UFCON_RESET_RX   (1u << 1)   /* self-clearing */
#define S5L_UFCON_RESET_TX   (1u << 2)   /* self-clearing */
#define S5L_UFCON_RXTRIG_SHIFT 4         /* bits 5:4: 4, 8, 12, 16 bytes */
/* UTRSTAT */
#define S5L_UTRSTAT_RXDR     (1u << 0)   /* receive data ready */
#define S5L_UTRSTAT_TXFE     (1u << 1)   /* transmit buffer empty */
#define S5L_UTRSTAT_TXE      (1u << 2)   /* transmitter empty */
#define S5L_UTRSTAT_RXTO_LEGACY (1u << 3) /* Apple interrupt status, W1C */
#define S5L_UTRSTAT_RXTHRESH (1u << 4)
#define S5L_UTRSTAT_TXTHRESH (1u << 5)
#define S5L_UTRSTAT_RXTO     (1u << 9)
#define S5L_UTRSTAT_W1C      0x3f8u      /* GENMASK(9, 3) */
/* UERSTAT (cleared by reading) */
#define S5L_UERSTAT_OVERRUN  (1u << 0)
/* UFSTAT (S3C2410 layout) */
#define S5L_UFSTAT_RXCOUNT   0xfu
#define S5L_UFSTAT_TXCOUNT_SHIFT 4
#define S5L_UFSTAT_RXFULL    (1u << 8)
#define S5L_UFSTAT_TXFULL    (1u << 9)
/* UMSTAT */
#define S5L_UMSTAT_CTS       (1u << 0)

#define S5L_UART_FIFO_SIZE 16
#define S5L_UART_MMIO_SIZE 0x1000u     /* registers end at 0x30; the rest RAZ/WI */

/* The whole device state, public so tests and a state dump can read it. */
typedef struct S5lUart {
    uint32_t ulcon, ucon, ufcon, umcon, ubrdiv, udivslot;
    uint32_t status;          /* latched UTRSTAT interrupt bits (S5L_UTRSTAT_W1C) */
    uint32_t uerstat;
    uint8_t rx_fifo[S5L_UART_FIFO_SIZE];
    unsigned rx_head, rx_count;
    bool irq_level;           /* current level of the output */
    uint64_t tx_bytes, rx_bytes, rx_overruns;
    Chardev *chr;             /* not owned; NULL = nothing attached */
    /* Where received bytes come from when set (input_log.h: recording or
     * replaying a session); else chr. */
    size_t (*rx_source)(void *opaque, uint8_t *buf, size_t max);
    void *rx_opaque;
    IrqLine irq;
    Log *log;
    const char *name;         /* for log lines */
} S5lUart;

/* MMIO callbacks: 32-bit everywhere, 8-bit also on UTXH/URXH. */
extern const MmioOps s5l_uart_ops;

/* Reset state; chr, irq and log are kept by the device (chr and log may be
 * NULL). Map with bus_map_mmio(bus, base, S5L_UART_MMIO_SIZE, &s5l_uart_ops,
 * uart, name). */
void s5l_uart_init(S5lUart *u, const char *name, Chardev *chr, IrqLine irq, Log *log);
/* Back to the power-on register values (does not touch the chardev). */
void s5l_uart_reset(S5lUart *u);

/* Pull host input into the RX FIFO (as much as fits; the rest waits in the
 * chardev) and push out buffered TX. Call at the CPU's safe points. */
void s5l_uart_poll(S5lUart *u);

/* One byte arriving on the RX line (loopback, tests): dropped with the
 * UERSTAT overrun flag if the FIFO is full. */
void s5l_uart_rx_byte(S5lUart *u, uint8_t b);

/* Register reads without side effects (URXH peeks, UERSTAT is not
 * cleared). */
uint32_t s5l_uart_peek(const S5lUart *u, uint64_t off);

#endif
