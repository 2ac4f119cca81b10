/*
 * log.c — run-time log categories for `--log` and their output.
 */
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

#include "xnuemu/log.h"

static const struct { const char *name; uint32_t bit; const char *what; } categories[] = {
    { "unimp", LOG_UNIMP, "unimplemented instructions and system registers" },
    { "guest", LOG_GUEST, "guest errors (unmapped physical accesses, bad device widths)" },
    { "int", LOG_INT, "exceptions taken and returned from" },
    { "mmu", LOG_MMU, "translation faults and TLB maintenance" },
    { "sysreg", LOG_SYSREG, "system register writes" },
    { "exec", LOG_EXEC, "every instruction executed (slow)" },
    { "dev", LOG_DEV, "device activity" },
    { "loader", LOG_LOADER, "what the loader placed where" },
    { "semihosting", LOG_SEMI, "semihosting calls" },
    { "mmio", LOG_MMIO, "device register accesses" },
};

void log_printf(Log *lg, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(lg->out ? lg->out : stderr, fmt, ap);
    va_end(ap);
}

bool log_parse_categories(const char *s, uint32_t *mask, char *err, size_t errlen)
{
    uint32_t m = 0;
    const char *p = s;
    while (*p) {
        size_t n = strcspn(p, ",");
        bool found = false;
        if (n == 3 && strncmp(p, "all", 3) == 0) {
            m = LOG_ALL;
            found = true;
        } else if (n == 4 && strncmp(p, "none", 4) == 0) {
            m = 0;
            found = true;
        }
        for (size_t i = 0; !found && i < sizeof(categories) / sizeof(categories[0]); i++) {
            if (strlen(categories[i].name) == n && strncmp(p, categories[i].name, n) == 0) {
                m |= categories[i].bit;
                found = true;
            }
        }
        if (!found) {
            snprintf(err, errlen, "unknown log category '%.*s' (known: %s)", (int)n, p,
                     log_category_names());
            return false;
        }
        p += n;
        if (*p == ',')
            p++;
    }
    *mask = m;
    return true;
}

const char *log_category_names(void)
{
    return "unimp,guest,int,mmu,sysreg,exec,dev,loader,semihosting,mmio,all,none";
}
