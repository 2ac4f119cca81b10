/*
 * semihost.h — what the system-test programs use to talk to the host:
 * Arm semihosting calls (HLT #0xF000) and a small formatted printer.
 */
#ifndef SYSTEST_SEMIHOST_H
#define SYSTEST_SEMIHOST_H

#include <stddef.h>
#include <stdint.h>

long semihost_call(long op, const void *arg);
_Noreturn void semihost_exit(int code);
void sh_puts(const char *s);                  /* SYS_WRITE0 */
/* printf subset: %s %c %d %u %x %lx %lu %ld %llx %llu %lld %016llx %08x %% */
void sh_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
_Noreturn void unexpected_exception(long kind, uint64_t *frame);

/* exception frame layout built by boot.S */
enum { F_ELR = 31, F_SPSR = 32, F_ESR = 33, F_FAR = 34 };

#endif
