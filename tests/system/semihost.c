/*
 * semihost.c — semihosting calls (Arm IHI 0077: operation in W0, parameter
 * block in X1, HLT #0xF000) and a small printf for the system-test
 * programs. Freestanding: no libc.
 */
#include <stdarg.h>

#include "semihost.h"

long semihost_call(long op, const void *arg)
{
    register long x0 __asm__("x0") = op;
    register const void *x1 __asm__("x1") = arg;
    __asm__ volatile("hlt #0xf000" : "+r"(x0) : "r"(x1) : "memory");
    return x0;
}

_Noreturn void semihost_exit(int code)
{
    uint64_t block[2] = { 0x20026, (uint64_t)(unsigned)code };   /* ApplicationExit */
    semihost_call(0x18, block);
    for (;;)
        ;
}

void sh_puts(const char *s)
{
    semihost_call(0x04, s);
}

static char *put_num(char *p, unsigned long long v, unsigned base, int width, char pad)
{
    char tmp[24];
    int n = 0;
    do {
        unsigned d = (unsigned)(v % base);
        tmp[n++] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
        v /= base;
    } while (v);
    while (n < width--)
        *p++ = pad;
    while (n)
        *p++ = tmp[--n];
    return p;
}

void sh_printf(const char *fmt, ...)
{
    char buf[512], *p = buf, *end = buf + sizeof(buf) - 32;
    va_list ap;
    va_start(ap, fmt);
    for (; *fmt && p < end; fmt++) {
        if (*fmt != '%') {
            *p++ = *fmt;
            continue;
        }
        fmt++;
        char pad = ' ';
        int width = 0, longs = 0;
        if (*fmt == '0')
            pad = '0', fmt++;
        while (*fmt >= '0' && *fmt <= '9')
            width = width * 10 + (*fmt++ - '0');
        while (*fmt == 'l')
            longs++, fmt++;
        unsigned long long u;
        long long s;
        switch (*fmt) {
        case 's': {
            const char *str = va_arg(ap, const char *);
            while (*str && p < end)
                *p++ = *str++;
            break;
        }
        case 'c': *p++ = (char)va_arg(ap, int); break;
        case 'd':
            s = longs ? va_arg(ap, long long) : va_arg(ap, int);
            if (s < 0) {
                *p++ = '-';
                u = 0ull - (unsigned long long)s;
            } else {
                u = (unsigned long long)s;
            }
            p = put_num(p, u, 10, width, pad);
            break;
        case 'u':
        case 'x':
            u = longs ? va_arg(ap, unsigned long long) : va_arg(ap, unsigned);
            p = put_num(p, u, *fmt == 'x' ? 16 : 10, width, pad);
            break;
        case '%': *p++ = '%'; break;
        default: *p++ = '?'; break;
        }
    }
    va_end(ap);
    *p = 0;
    sh_puts(buf);
}

void unexpected_exception(long kind, uint64_t *frame)
{
    sh_printf("unexpected exception: vector %ld ESR %016llx ELR %016llx FAR %016llx\n", kind,
              (unsigned long long)frame[F_ESR], (unsigned long long)frame[F_ELR],
              (unsigned long long)frame[F_FAR]);
    semihost_exit(99);
}
