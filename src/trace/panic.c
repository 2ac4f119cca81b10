/*
 * panic.c — turning an XNU panic into HALT_PANIC with its panic string.
 * At panic()'s first instruction x0 is the format and, Darwin arm64 ABI,
 * every variadic argument sits in its own 8-byte stack slot from SP up; the
 * format is expanded here for the common conversions (d i u x X p s c with
 * flags, width and l/ll/z/h modifiers). Without symbols the console's
 * "panic(...)" line is the panic string.
 */
#include <stdio.h>
#include <string.h>

#include "xnuemu/guest_mem.h"
#include "xnuemu/machine.h"
#include "xnuemu/report.h"

typedef struct Out {
    char *p;
    size_t n, cap;
} Out;

static void put(Out *o, const char *s, size_t n)
{
    for (size_t i = 0; i < n && o->n + 1 < o->cap; i++)
        o->p[o->n++] = s[i];
    o->p[o->n] = 0;
}

static void expand(CpuState *cpu, const char *fmt, Out *o)
{
    uint64_t argp = cpu->r[REG_SP];
    for (const char *f = fmt; *f && o->n + 1 < o->cap; f++) {
        if (*f != '%') {
            put(o, f, 1);
            continue;
        }
        char spec[32] = "%";
        size_t k = 1;
        f++;
        while (*f && strchr("-+ #0123456789.", *f) && k < 20)
            spec[k++] = *f++;
        while (*f && strchr("lhzjtq", *f))
            f++;                       /* every argument is one 8-byte slot */
        if (!*f)
            break;
        char conv = *f, buf[256];
        if (conv == '%') {
            put(o, "%", 1);
            continue;
        }
        uint64_t v = 0;
        if (!guest_read_va(cpu, argp, &v, 8))
            v = 0;
        argp += 8;
        switch (conv) {
        case 's': {
            char str[200];
            if (!guest_read_str(cpu, v, str, sizeof(str)))
                snprintf(str, sizeof(str), "<string at 0x%llx>", (unsigned long long)v);
            spec[k++] = 's';
            spec[k] = 0;
            snprintf(buf, sizeof(buf), spec, str);
            break;
        }
        case 'c':
            snprintf(buf, sizeof(buf), "%c", (char)v);
            break;
        case 'p':
            snprintf(buf, sizeof(buf), "0x%llx", (unsigned long long)v);
            break;
        case 'd': case 'i':
            memcpy(spec + k, "lld", 4);
            snprintf(buf, sizeof(buf), spec, (long long)v);
            break;
        case 'u': case 'x': case 'X': case 'o':
            spec[k++] = 'l';
            spec[k++] = 'l';
            spec[k++] = conv;
            spec[k] = 0;
            snprintf(buf, sizeof(buf), spec, (unsigned long long)v);
            break;
        default:
            snprintf(buf, sizeof(buf), "%%%c", conv);
            break;
        }
        put(o, buf, strlen(buf));
    }
}

bool panic_entered(Machine *m)
{
    CpuState *cpu = m->cpu;
    char fmt[PANIC_LINE_MAX];
    Out o = { m->panic_str, 0, sizeof(m->panic_str) };
    m->panic_str[0] = 0;
    if (guest_read_str(cpu, cpu->r[0], fmt, sizeof(fmt)))
        expand(cpu, fmt, &o);
    else
        snprintf(m->panic_str, sizeof(m->panic_str), "(panic string at 0x%llx not readable)",
                 (unsigned long long)cpu->r[0]);
    size_t n = strlen(m->panic_str);
    while (n && (m->panic_str[n - 1] == '\n' || m->panic_str[n - 1] == ' '))
        m->panic_str[--n] = 0;
    m->panic_at_entry = true;
    if (m->panic_continue) {
        /* the state at entry is what the report is for: print it now; the
         * kernel's own panic log follows on the console */
        if (!m->panic_seen) {
            fprintf(stderr, "xnuemu: kernel panic after %llu instructions (--on-panic continue)\n",
                    (unsigned long long)cpu->icount);
            report_print(m, stderr, "kernel panic");
        }
        m->panic_seen = true;
        return false;
    }
    snprintf(cpu->halt_msg, sizeof(cpu->halt_msg), "kernel panic after %llu instructions",
             (unsigned long long)cpu->icount);
    cpu_stop(cpu, HALT_PANIC);
    return true;
}

void panic_from_console(Machine *m, const char *line)
{
    snprintf(m->panic_str, sizeof(m->panic_str), "%s", line);
    m->panic_at_entry = false;
    snprintf(m->cpu->halt_msg, sizeof(m->cpu->halt_msg),
             "kernel panic (console) after %llu instructions",
             (unsigned long long)m->cpu->icount);
    cpu_stop(m->cpu, HALT_PANIC);
}
