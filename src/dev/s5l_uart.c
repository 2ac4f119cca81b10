/*
 * s5l_uart.c — Samsung S3C/S5L UART, Apple variant.
 *
 * Register facts and where they come from:
 *  - offsets 0x00..0x2c (ULCON UCON UFCON UMCON UTRSTAT UERSTAT UFSTAT
 *    UMSTAT UTXH URXH UBRDIV UDIVSLOT): Linux include/linux/serial_s3c.h,
 *    XNU pexpert/pexpert/arm/S3cUART.h and apple_uart_regs.h.
 *  - XNU's use (XNU-BOOT.md §6): ULCON=3, UCON=0x405, UFCON=3, UMCON=0 then
 *    1, UBRDIV; spins until UTRSTAT bit 2 (transmitter empty), writes UTXH;
 *    polls UTRSTAT bit 0 and reads URXH for input. All accesses 32-bit.
 *  - Apple interrupt bits (Linux serial_s3c.h APPLE_S5L_*, driver
 *    drivers/tty/serial/samsung_tty.c): UCON enables RXTO_ENA bit 9,
 *    RXTO_LEGACY_ENA bit 11, RXTHRESH_ENA bit 12, TXTHRESH_ENA bit 13;
 *    UTRSTAT status RXTO_LEGACY bit 3, RXTHRESH bit 4, TXTHRESH bit 5, RXTO
 *    bit 9, write-1-to-clear (ALL_FLAGS = GENMASK(9, 3)); one interrupt line.
 *    Linux notes "The Apple version only has edge triggered TX IRQs": the TX
 *    status latches when the FIFO drains, it is not a level of "empty".
 *  - UFSTAT uses the S3C2410 layout for "apple,s5l-uart" (samsung_tty.c
 *    s5l_serial_drv_data): RX count 3:0, TX count 7:4, RX full bit 8, TX
 *    full bit 9; FIFO size 16. UFCON: FIFO enable bit 0, RX/TX FIFO reset
 *    bits 1/2, RX trigger bits 5:4 (S3C2410 steps 4/8/12/16 bytes, inferred
 *    from S3C2410_UFCON_RXTRIG8 = 1 << 4 and RXTRIG12 = 2 << 4).
 *  - UERSTAT overrun bit 0; UMSTAT CTS bit 0; UCON loopback bit 5, RX mode
 *    bits 1:0 (0 = off), TX mode bits 3:2 (serial_s3c.h).
 *  - Width: Linux's earlycon says "Apple A7-A11 requires MMIO32 register
 *    accesses"; we also accept byte accesses to UTXH/URXH (generic
 *    earlycons), and nothing narrower elsewhere.
 *
 * Model (our choices, documented in the report): TX goes to the chardev at
 * once, so UTRSTAT always shows TXE|TXFE and UFSTAT a TX count of 0; each
 * UTXH write latches TXTHRESH (the FIFO drained). TX works whatever UCON's
 * TX mode says (early consoles write before configuring). Host input enters
 * the RX FIFO only at s5l_uart_poll() and only while UCON's RX mode is on,
 * as much as fits: the rest waits in the chardev (flow control, nothing is
 * lost). New data latches RXTHRESH if the FIFO reached the trigger level,
 * else RXTO|RXTO_LEGACY (the line went idle: the host had no more). Emptying
 * the FIFO or resetting it clears the RX status bits.
 * Output level = OR over the four (enable && status) pairs.
 */
#include "xnuemu/s5l_uart.h"

#define ULOG(u, cat, ...)               \
    do {                                \
        if ((u)->log)                   \
            LOG((u)->log, cat, __VA_ARGS__); \
    } while (0)

#define RX_STATUS (S5L_UTRSTAT_RXTHRESH | S5L_UTRSTAT_RXTO | S5L_UTRSTAT_RXTO_LEGACY)

static unsigned fifo_cap(const S5lUart *u)
{
    return (u->ufcon & S5L_UFCON_FIFO_EN) ? S5L_UART_FIFO_SIZE : 1;
}

static unsigned rx_trigger(const S5lUart *u)
{
    if (!(u->ufcon & S5L_UFCON_FIFO_EN))
        return 1;
    return 4 * (bits32(u->ufcon, S5L_UFCON_RXTRIG_SHIFT, 2) + 1);
}

static void update_irq(S5lUart *u)
{
    uint32_t en = 0;
    if (u->ucon & S5L_UCON_RXTHRESH_ENA)
        en |= S5L_UTRSTAT_RXTHRESH;
    if (u->ucon & S5L_UCON_RXTO_ENA)
        en |= S5L_UTRSTAT_RXTO;
    if (u->ucon & S5L_UCON_RXTO_LEGACY_ENA)
        en |= S5L_UTRSTAT_RXTO_LEGACY;
    if (u->ucon & S5L_UCON_TXTHRESH_ENA)
        en |= S5L_UTRSTAT_TXTHRESH;
    bool level = (u->status & en) != 0;
    if (level != u->irq_level) {
        u->irq_level = level;
        ULOG(u, LOG_DEV, "dev: %s irq %s\n", u->name, level ? "raised" : "lowered");
        irq_set(&u->irq, level);
    }
}

static void rx_clear(S5lUart *u)
{
    u->rx_head = u->rx_count = 0;
    u->status &= ~RX_STATUS;
}

static bool rx_push(S5lUart *u, uint8_t b)
{
    if (u->rx_count >= fifo_cap(u)) {
        u->uerstat |= S5L_UERSTAT_OVERRUN;
        u->rx_overruns++;
        return false;
    }
    u->rx_fifo[(u->rx_head + u->rx_count) % S5L_UART_FIFO_SIZE] = b;
    u->rx_count++;
    u->rx_bytes++;
    return true;
}

/* New bytes arrived and the host has no more for now. */
static void rx_arrived(S5lUart *u)
{
    if (u->rx_count >= rx_trigger(u))
        u->status |= S5L_UTRSTAT_RXTHRESH;
    else if (u->rx_count)
        u->status |= S5L_UTRSTAT_RXTO | S5L_UTRSTAT_RXTO_LEGACY;
    update_irq(u);
}

static uint8_t rx_pop(S5lUart *u)
{
    if (!u->rx_count)
        return 0;
    uint8_t b = u->rx_fifo[u->rx_head];
    u->rx_head = (u->rx_head + 1) % S5L_UART_FIFO_SIZE;
    if (--u->rx_count == 0) {
        u->rx_head = 0;
        u->status &= ~RX_STATUS;
        update_irq(u);
    }
    return b;
}

void s5l_uart_rx_byte(S5lUart *u, uint8_t b)
{
    if (!(u->ucon & S5L_UCON_RXMODE))
        return;               /* receiver off: the byte is not sampled */
    rx_push(u, b);
    rx_arrived(u);
}

void s5l_uart_poll(S5lUart *u)
{
    if (!u->chr)
        return;
    unsigned cap = fifo_cap(u);
    if (!(u->ucon & S5L_UCON_RXMODE) || u->rx_count >= cap) {
        chardev_flush(u->chr);
        return;
    }
    uint8_t buf[S5L_UART_FIFO_SIZE];
    size_t max = cap - u->rx_count;
    size_t n = u->rx_source ? u->rx_source(u->rx_opaque, buf, max)
                            : chardev_poll_rx(u->chr, buf, max);
    for (size_t i = 0; i < n; i++)
        rx_push(u, buf[i]);
    if (n)
        rx_arrived(u);
}

uint32_t s5l_uart_peek(const S5lUart *u, uint64_t off)
{
    switch (off) {
    case S5L_ULCON: return u->ulcon;
    case S5L_UCON: return u->ucon;
    case S5L_UFCON: return u->ufcon;
    case S5L_UMCON: return u->umcon;
    case S5L_UTRSTAT:
        return u->status | S5L_UTRSTAT_TXE | S5L_UTRSTAT_TXFE |
               (u->rx_count ? S5L_UTRSTAT_RXDR : 0);
    case S5L_UERSTAT: return u->uerstat;
    case S5L_UFSTAT:
        /* 16 entries do not fit the 4-bit count: full reads as count 0 + RXFULL */
        return (u->rx_count & S5L_UFSTAT_RXCOUNT) |
               (u->rx_count >= fifo_cap(u) ? S5L_UFSTAT_RXFULL : 0);
    case S5L_UMSTAT: return S5L_UMSTAT_CTS;
    case S5L_URXH: return u->rx_count ? u->rx_fifo[u->rx_head] : 0;
    case S5L_UBRDIV: return u->ubrdiv;
    case S5L_UDIVSLOT: return u->udivslot;
    default: return 0;    /* UTXH is write-only; unknown offsets read as zero */
    }
}

static bool width_ok(S5lUart *u, uint64_t off, unsigned size, bool write)
{
    if ((size == 4 && !(off & 3)) ||
        (size == 1 && (off == S5L_UTXH || off == S5L_URXH)))
        return true;
    ULOG(u, LOG_GUEST, "guest: %s: %u-byte %s at +0x%llx: the UART takes 32-bit accesses\n",
         u->name, size, write ? "write" : "read", (unsigned long long)off);
    return false;
}

static bool uart_read(void *dev, uint64_t off, unsigned size, uint64_t *val)
{
    S5lUart *u = dev;
    if (!width_ok(u, off, size, false))
        return false;
    switch (off) {
    case S5L_ULCON: case S5L_UCON: case S5L_UFCON: case S5L_UMCON: case S5L_UTRSTAT:
    case S5L_UFSTAT: case S5L_UMSTAT: case S5L_UTXH: case S5L_UBRDIV: case S5L_UDIVSLOT:
        *val = s5l_uart_peek(u, off);
        return true;
    case S5L_UERSTAT:
        *val = u->uerstat;
        u->uerstat = 0;       /* error bits clear on read */
        return true;
    case S5L_URXH:
        *val = rx_pop(u);
        return true;
    default:
        ULOG(u, LOG_UNIMP, "unimp: %s: read of unknown register +0x%llx (reads as 0)\n",
             u->name, (unsigned long long)off);
        *val = 0;
        return true;
    }
}

static bool uart_write(void *dev, uint64_t off, unsigned size, uint64_t val64)
{
    S5lUart *u = dev;
    uint32_t val = (uint32_t)val64;
    if (!width_ok(u, off, size, true))
        return false;
    switch (off) {
    case S5L_ULCON: u->ulcon = val & 0x7f; break;
    case S5L_UCON:
        u->ucon = val;
        update_irq(u);
        break;
    case S5L_UFCON:
        if (val & S5L_UFCON_RESET_RX) {
            rx_clear(u);
            update_irq(u);
        }
        u->ufcon = val & ~(S5L_UFCON_RESET_RX | S5L_UFCON_RESET_TX);
        break;
    case S5L_UMCON: u->umcon = val; break;
    case S5L_UTRSTAT:
        u->status &= ~(val & S5L_UTRSTAT_W1C);
        update_irq(u);
        break;
    case S5L_UTXH: {
        uint8_t b = (uint8_t)val;
        if (u->ucon & S5L_UCON_LOOPBACK)
            s5l_uart_rx_byte(u, b);
        else if (u->chr)
            chardev_write(u->chr, &b, 1);
        u->tx_bytes++;
        u->status |= S5L_UTRSTAT_TXTHRESH;
        update_irq(u);
        break;
    }
    case S5L_UBRDIV: u->ubrdiv = val; break;
    case S5L_UDIVSLOT: u->udivslot = val & 0xffff; break;
    case S5L_UERSTAT: case S5L_UFSTAT: case S5L_UMSTAT: case S5L_URXH:
        ULOG(u, LOG_GUEST, "guest: %s: write 0x%x to read-only +0x%llx ignored\n", u->name,
             val, (unsigned long long)off);
        break;
    default:
        ULOG(u, LOG_UNIMP, "unimp: %s: write 0x%x to unknown register +0x%llx ignored\n",
             u->name, val, (unsigned long long)off);
        break;
    }
    return true;
}

const MmioOps s5l_uart_ops = {
    .read = uart_read,
    .write = uart_write,
    .sizes = MMIO_SIZE_1 | MMIO_SIZE_4,
};

void s5l_uart_reset(S5lUart *u)
{
    u->ulcon = u->ucon = u->ufcon = u->umcon = u->ubrdiv = u->udivslot = 0;
    u->status = u->uerstat = 0;
    rx_clear(u);
    update_irq(u);
}

void s5l_uart_init(S5lUart *u, const char *name, Chardev *chr, IrqLine irq, Log *log)
{
    *u = (S5lUart){ .chr = chr, .irq = irq, .log = log, .name = name ? name : "uart" };
}
