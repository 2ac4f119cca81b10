/*
 * report.h — what xnuemu prints when a guest kernel dies: the panic
 * string, the registers, the exception syndrome in words, a backtrace
 * walked through the frame-pointer chain and symbolised, and the
 * instruction/MMIO history of the ring buffer. Used for XNU panics
 * (HALT_PANIC: the kernel's panic() entered, or its console "panic(" line)
 * and for stuck guests (an early-exception spin).
 */
#ifndef XNUEMU_REPORT_H
#define XNUEMU_REPORT_H

#include <stdio.h>
#include "cpu.h"

typedef struct Machine Machine;

/* The kernel's panic() is being entered (hook): format its panic string
 * from x0 and the variadic arguments on the stack (Darwin arm64 ABI), and
 * stop the run with HALT_PANIC (returns true); with --on-panic continue,
 * print the report now and let panic() run (returns false). */
bool panic_entered(Machine *m);
/* The console printed a panic line (no symbol table to hook panic()). */
void panic_from_console(Machine *m, const char *line);

/* Full report to out, each line prefixed with "xnuemu: ". */
void report_print(Machine *m, FILE *out, const char *title);

/* "exit", "until", "panic", "stuck", "max-insns", "timeout", ... */
const char *report_end_name(HaltReason why);
/* --report: the run as JSON (report_json.c). */
bool report_json_write(Machine *m, const char *path, HaltReason why, int status, double wall_s,
                       char *err, size_t errlen);

#endif
