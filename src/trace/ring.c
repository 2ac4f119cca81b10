/*
 * ring.c — printing the always-on history (ring.h): the last instructions,
 * rebuilt forward from the anchors (instructions that did not follow their
 * predecessor) in the window, and the last device accesses.
 */
#include <stdio.h>

#include "xnuemu/cpu.h"
#include "xnuemu/guest_mem.h"
#include "xnuemu/ring.h"
#include "xnuemu/symtab.h"
#include "xnuemu/trace.h"

static void insn_line(CpuState *cpu, const Symtab *st, const Trace *t, uint64_t pc, FILE *out,
                      const char *prefix, const char *mark)
{
    char sym[176], dis[160];
    uint32_t raw;
    symtab_format(st, pc, sym, sizeof(sym));
    if (guest_read_va(cpu, pc, &raw, 4))
        fprintf(out, "%s%s 0x%016llx %-32s %08x  %s\n", prefix, mark, (unsigned long long)pc,
                st ? sym : "", raw, trace_disasm(t, pc, raw, NULL, dis, sizeof(dis)));
    else
        fprintf(out, "%s%s 0x%016llx %-32s (not readable)\n", prefix, mark,
                (unsigned long long)pc, st ? sym : "");
}

void ring_dump(CpuState *cpu, const Symtab *st, const Trace *t, unsigned max, FILE *out,
               const char *prefix)
{
    const PcRing *r = &cpu->ring;
    uint64_t cur = cpu->icount;       /* number of the instruction to run next */
    uint64_t n = cur > RING_PC_N ? cur - RING_PC_N : 0;
    while (n < cur && r->icount[(uint8_t)n] != n)
        n++;                          /* before the window's first anchor: unknown */
    uint64_t from = cur - n > max ? cur - max : n;
    fprintf(out, "%slast %u instructions (oldest first; => runs next):\n", prefix,
            (unsigned)(cur - from));
    for (uint64_t pc = 0; n < cur; n++) {
        unsigned i = (uint8_t)n;
        pc = r->icount[i] == n ? r->pc[i] : pc + 4;
        if (n >= from)
            insn_line(cpu, st, t, pc, out, prefix, "  ");
    }
    insn_line(cpu, st, t, cpu->pc, out, prefix, "=>");
    const MmioRing *m = &cpu->mmio_ring;
    unsigned nm = m->pos < RING_MMIO_N ? m->pos : RING_MMIO_N;
    if (!nm)
        return;
    fprintf(out, "%slast %u device accesses:\n", prefix, nm);
    for (unsigned k = nm; k-- > 0;) {
        const MmioRec *a = &m->r[(m->pos - 1 - k) & (RING_MMIO_N - 1)];
        char sym[176];
        fprintf(out, "%s  #%llu %-5s %s+0x%llx %u bytes 0x%llx at %s\n", prefix,
                (unsigned long long)a->icount, a->write ? "write" : "read", a->dev,
                (unsigned long long)a->off, a->size, (unsigned long long)a->val,
                symtab_format(st, a->pc, sym, sizeof(sym)));
    }
}
