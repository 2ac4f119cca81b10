/*
 * demo.h — shared declarations of the xnuemu demo kernel (see kernel.c).
 */
#ifndef DEMO_H
#define DEMO_H

#include <stdarg.h>
#include <stdint.h>

struct demo_state {
    volatile uint32_t *uart;      /* current address of the UART registers */
    uint64_t uart_pa;
    uint64_t timebase;            /* Hz, from the device tree */
    volatile unsigned ticks, echoed, quit;
};

struct demo_state *demo(void);
void demo_main(uint64_t boot_args_pa);
void demo_fiq(uint64_t kind);
void demo_timer_arm(void);
void demo_exception(uint64_t kind);
void demo_halt(void) __attribute__((noreturn));
void demo_jump_high(uint64_t offset, void (*fn)(uint64_t), uint64_t arg)
    __attribute__((noreturn));

/* Samsung S5L UART (uart.c) */
void uart_init(void);
void uart_putc(char c);
int uart_getc(void);          /* -1 when nothing was typed */
void demo_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Apple device tree (adt.c): the UART's physical address from /arm-io's
 * ranges and uart0's reg; then the checks and the timebase. 0 = ok. */
int adt_find_uart(uint64_t dt, uint64_t *uart_pa);
int adt_check(uint64_t dt, uint64_t *timebase);

/* Framebuffer (fb.c): draw the demo picture; 0 = drawn, -1 = no usable
 * framebuffer (boot_args.Video). */
int demo_draw(uint64_t base, uint64_t row_bytes, uint64_t w, uint64_t h, uint64_t depth);

#endif
