/*
 * trace.c — `--trace`: option parsing, and the `exec:` and `mmio:` lines.
 *   exec: ICOUNT ELn PC [SYMBOL+OFF]: ENCODING  DISASSEMBLY
 *   mmio: ICOUNT ELn PC read|write DEVICE+OFFSET SIZE VALUE
 * The other categories (int, mmu, unimp, sysreg) are written where the
 * event happens (exc.c, sysreg.c, sysops.c, decode_insn.c).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xnuemu/decode.h"
#include "xnuemu/machine.h"
#include "xnuemu/symtab.h"
#include "xnuemu/trace.h"

static const struct { const char *name; uint32_t bits; } trace_cats[] = {
    { "exec", LOG_EXEC }, { "int", LOG_INT }, { "mmu", LOG_MMU }, { "mmio", LOG_MMIO },
    { "unimp", LOG_UNIMP }, { "sysreg", LOG_SYSREG },
    { "all", LOG_EXEC | LOG_INT | LOG_MMU | LOG_MMIO | LOG_UNIMP | LOG_SYSREG }, { "none", 0 },
};

bool trace_parse_categories(const char *s, uint32_t *mask, char *err, size_t errlen)
{
    uint32_t m = 0;
    for (const char *p = s; *p;) {
        size_t n = strcspn(p, ","), i;
        for (i = 0; i < ARRAY_SIZE(trace_cats); i++)
            if (strlen(trace_cats[i].name) == n && strncmp(p, trace_cats[i].name, n) == 0)
                break;
        if (i == ARRAY_SIZE(trace_cats)) {
            snprintf(err, errlen, "unknown trace category '%.*s' (known: exec,int,mmu,mmio,"
                     "unimp,sysreg,all,none)", (int)n, p);
            return false;
        }
        m = trace_cats[i].bits ? m | trace_cats[i].bits : 0;
        p += n;
        if (*p == ',')
            p++;
    }
    *mask |= m;
    return true;
}

static bool parse_num(const char *s, const char **end, uint64_t *v)
{
    char *e;
    errno = 0;
    if (*s == '-' || *s == '+')
        return false;
    *v = strtoull(s, &e, 0);
    *end = e;
    return !errno && e != s;
}

bool trace_parse_range(Trace *t, const char *s, char *err, size_t errlen)
{
    const char *p;
    uint64_t a, b;
    if (parse_num(s, &p, &a) && (*p == '-' || *p == '+') && parse_num(p + 1, &p, &b) && !*p) {
        if (s[strcspn(s, "-+")] == '+')
            b = a + b;
        if (b > a) {
            t->range = true;
            t->lo = a;
            t->hi = b;
            return true;
        }
    }
    snprintf(err, errlen, "'%s' is not a range START-END (END > START) or START+SIZE", s);
    return false;
}

void trace_exec(CpuState *cpu, uint32_t raw, unsigned row)
{
    char dis[160], sym[176] = "";
    const Symtab *st = cpu->machine ? cpu->machine->symtab : NULL;
    if (st) {
        uint64_t off;
        const SymEntry *e = symtab_find_addr(st, cpu->pc, &off);
        if (e)
            snprintf(sym, sizeof(sym), off ? " %s+0x%llx" : " %s", symtab_name(st, e),
                     (unsigned long long)off);
    }
    trace_disasm(cpu->trace, cpu->pc, raw, a64_rows[row].name, dis, sizeof(dis));
    log_printf(cpu->log, "exec: %llu EL%u 0x%016llx%s: %08x  %s\n",
               (unsigned long long)cpu->icount, cpu->ps.el, (unsigned long long)cpu->pc, sym,
               raw, dis);
}

void trace_mmio(CpuState *cpu, const char *dev, uint64_t off, uint64_t val, unsigned size,
                bool write)
{
    MmioRec *r = &cpu->mmio_ring.r[cpu->mmio_ring.pos++ & (RING_MMIO_N - 1)];
    *r = (MmioRec){ .icount = cpu->icount, .pc = cpu->pc, .off = off, .val = val, .dev = dev,
                    .size = (uint8_t)size, .write = write };
    if (unlikely(cpu->log->mask & LOG_MMIO) && trace_want(cpu->trace, cpu->pc, cpu->ps.el))
        log_printf(cpu->log, "mmio: %llu EL%u 0x%016llx %-5s %s+0x%llx %u 0x%llx\n",
                   (unsigned long long)cpu->icount, cpu->ps.el, (unsigned long long)cpu->pc,
                   write ? "write" : "read", dev, (unsigned long long)off, size,
                   (unsigned long long)val);
}
