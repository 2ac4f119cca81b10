/*
 * uart.c — polled console on the Samsung S5L UART (XNU's pexpert
 * S3cUART.h register layout: ULCON 0x00, UCON 0x04, UFCON 0x08, UTRSTAT
 * 0x10, UTXH 0x20, URXH 0x24, UBRDIV 0x28) and a small printf.
 */
#include "demo.h"

#define ULCON   (0x00 / 4)
#define UCON    (0x04 / 4)
#define UFCON   (0x08 / 4)
#define UTRSTAT (0x10 / 4)
#define UTXH    (0x20 / 4)
#define URXH    (0x24 / 4)
#define UBRDIV  (0x28 / 4)

void uart_init(void)
{
    volatile uint32_t *u = demo()->uart;
    u[ULCON] = 3;         /* 8N1 */
    u[UCON] = 0x405;      /* polled TX/RX */
    u[UFCON] = 3;         /* FIFOs on, reset */
    u[UBRDIV] = 12;       /* 24 MHz / (16 * 115200) */
}

void uart_putc(char c)
{
    volatile uint32_t *u = demo()->uart;
    if (c == '\n')
        uart_putc('\r');
    while (!(u[UTRSTAT] & 4))
        ;
    u[UTXH] = (uint8_t)c;
}

int uart_getc(void)
{
    volatile uint32_t *u = demo()->uart;
    if (!(u[UTRSTAT] & 1))
        return -1;
    return (int)(u[URXH] & 0xff);
}

static void put_num(uint64_t v, unsigned base, int width, char pad)
{
    char buf[24];
    int n = 0;
    do {
        unsigned d = (unsigned)(v % base);
        buf[n++] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
        v /= base;
    } while (v);
    while (n < width--)
        uart_putc(pad);
    while (n)
        uart_putc(buf[--n]);
}

void demo_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    for (; *fmt; fmt++) {
        if (*fmt != '%') {
            uart_putc(*fmt);
            continue;
        }
        fmt++;
        char pad = ' ';
        int width = 0, lng = 0;
        if (*fmt == '0')
            pad = '0';
        while (*fmt >= '0' && *fmt <= '9')
            width = width * 10 + (*fmt++ - '0');
        while (*fmt == 'l') {
            lng = 1;
            fmt++;
        }
        switch (*fmt) {
        case 'u':
            put_num(lng ? va_arg(ap, uint64_t) : va_arg(ap, unsigned), 10, width, pad);
            break;
        case 'x':
            put_num(lng ? va_arg(ap, uint64_t) : va_arg(ap, unsigned), 16, width, pad);
            break;
        case 'p':
            uart_putc('0');
            uart_putc('x');
            put_num((uint64_t)va_arg(ap, void *), 16, width, pad);
            break;
        case 's':
            for (const char *s = va_arg(ap, const char *); *s; s++)
                uart_putc(*s);
            break;
        case 'c':
            uart_putc((char)va_arg(ap, int));
            break;
        case '%':
            uart_putc('%');
            break;
        default:
            uart_putc('?');
            break;
        }
    }
    va_end(ap);
}
