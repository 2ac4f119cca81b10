/*
 * log.h — run-time log categories (`--log CATEGORIES`) and the LOG() macro.
 * A disabled category costs one predictable branch. The split that matters
 * (as in QEMU): `unimp` = the guest used something we do not implement,
 * `guest` = the guest did something architecturally wrong.
 */
#ifndef XNUEMU_LOG_H
#define XNUEMU_LOG_H

#include <stdio.h>
#include "common.h"

enum {
    LOG_UNIMP  = 1u << 0,  /* unimplemented encodings and system registers */
    LOG_GUEST  = 1u << 1,  /* guest errors: unmapped physical access, bad MMIO width */
    LOG_INT    = 1u << 2,  /* every exception taken and returned from */
    LOG_MMU    = 1u << 3,  /* translation faults, TLB flushes */
    LOG_SYSREG = 1u << 4,  /* system-register writes */
    LOG_EXEC   = 1u << 5,  /* every instruction executed (slow) */
    LOG_DEV    = 1u << 6,  /* device activity */
    LOG_LOADER = 1u << 7,  /* what the loaders placed where */
    LOG_SEMI   = 1u << 8,  /* semihosting calls */
    LOG_MMIO   = 1u << 9,  /* device register accesses (--trace mmio) */
    LOG_ALL    = (1u << 10) - 1,
};

typedef struct Log {
    uint32_t mask;
    FILE *out;            /* stderr unless --log-file */
} Log;

void log_printf(Log *lg, const char *fmt, ...) PRINTF_LIKE(2, 3);

/* Parses "unimp,int,..." (or "all", "none") into *mask. On error writes a
 * message naming the bad category into err and returns false. */
bool log_parse_categories(const char *s, uint32_t *mask, char *err, size_t errlen);

/* Comma-separated list of category names, for --help. */
const char *log_category_names(void);

#define LOG(lg, cat, ...)                                   \
    do {                                                    \
        if (unlikely((lg)->mask & (cat)))                   \
            log_printf((lg), __VA_ARGS__);                  \
    } while (0)

#endif
