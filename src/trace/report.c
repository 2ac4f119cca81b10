/*
 * report.c — the panic/stuck report (report.h): headline, registers,
 * the current EL's exception syndrome in words, a backtrace through the
 * frame-pointer chain (AAPCS64 frame records {previous x29, x30}),
 * symbolised, and the ring buffer of recent instructions and MMIO.
 */
#include <stdio.h>

#include "xnuemu/guest_mem.h"
#include "xnuemu/machine.h"
#include "xnuemu/report.h"
#include "xnuemu/symtab.h"
#include "xnuemu/trace.h"

enum { BT_MAX = 32 };

static void registers(CpuState *cpu, FILE *out)
{
    for (unsigned i = 0; i < 31; i += 3) {
        fprintf(out, "xnuemu:  ");
        for (unsigned j = i; j < i + 3 && j < 31; j++)
            fprintf(out, " x%-2u 0x%016llx", j, (unsigned long long)cpu->r[j]);
        fputc('\n', out);
    }
    fprintf(out,
            "xnuemu:   sp  0x%016llx pc  0x%016llx EL%u SPSel %u DAIF %c%c%c%c NZCV %c%c%c%c\n",
            (unsigned long long)cpu->r[REG_SP], (unsigned long long)cpu->pc, cpu->ps.el,
            cpu->ps.sp, cpu->ps.daif & DAIF_D ? 'D' : '-', cpu->ps.daif & DAIF_A ? 'A' : '-',
            cpu->ps.daif & DAIF_I ? 'I' : '-', cpu->ps.daif & DAIF_F ? 'F' : '-',
            cpu->nzcv & NZCV_N ? 'N' : '-', cpu->nzcv & NZCV_Z ? 'Z' : '-',
            cpu->nzcv & NZCV_C ? 'C' : '-', cpu->nzcv & NZCV_V ? 'V' : '-');
}

static void syndrome(Machine *m, FILE *out)
{
    CpuState *cpu = m->cpu;
    char w[200], a[176];
    uint64_t esr = cpu->sr[SR_ESR_EL1];
    if (!esr && !cpu->sr[SR_ELR_EL1]) {
        fprintf(out, "xnuemu: no exception taken to EL1 (ESR_EL1 and ELR_EL1 are 0)\n");
        return;
    }
    fprintf(out, "xnuemu: last exception to EL1: %s\n",
            esr_describe((uint32_t)esr, w, sizeof(w)));
    fprintf(out, "xnuemu:   ELR_EL1 %s  FAR_EL1 0x%llx  SPSR_EL1 0x%llx\n",
            symtab_format(m->symtab, cpu->sr[SR_ELR_EL1], a, sizeof(a)),
            (unsigned long long)cpu->sr[SR_FAR_EL1], (unsigned long long)cpu->sr[SR_SPSR_EL1]);
}

/* Frame n at pc; for return addresses (n > 0) the symbol is the one of the
 * call (pc - 4): a call to a function that never returns may be the last
 * instruction of its function, its return address the next function's. */
static void frame(Machine *m, FILE *out, unsigned n, uint64_t pc, uint64_t fp)
{
    char s[176], f[40] = "";
    uint64_t off;
    const SymEntry *e = symtab_find_addr(m->symtab, n ? pc - 4 : pc, &off);
    if (n)
        off += 4;
    if (e && off)
        snprintf(s, sizeof(s), "%s+0x%llx", symtab_name(m->symtab, e), (unsigned long long)off);
    else if (e)
        snprintf(s, sizeof(s), "%s", symtab_name(m->symtab, e));
    else
        snprintf(s, sizeof(s), "?");
    if (fp)
        snprintf(f, sizeof(f), " (fp 0x%llx)", (unsigned long long)fp);
    fprintf(out, "xnuemu:   #%-2u 0x%016llx %s%s\n", n, (unsigned long long)pc, s, f);
}

static void backtrace(Machine *m, FILE *out)
{
    CpuState *cpu = m->cpu;
    unsigned n = 0;
    fprintf(out, "xnuemu: backtrace (frame pointers):\n");
    frame(m, out, n++, cpu->pc, 0);
    if (m->panic_at_entry)       /* no frame record yet: x30 is the caller */
        frame(m, out, n++, cpu->r[30], 0);
    uint64_t fp = cpu->r[29];
    while (n < BT_MAX && fp && !(fp & 7)) {
        uint64_t rec[2];
        if (!guest_read_va(cpu, fp, rec, sizeof(rec)) || !rec[1])
            break;
        frame(m, out, n++, rec[1], fp);
        if (rec[0] <= fp)        /* frames live at rising addresses */
            break;
        fp = rec[0];
    }
}

void report_print(Machine *m, FILE *out, const char *title)
{
    CpuState *cpu = m->cpu;
    char s[176];
    fprintf(out, "xnuemu: ==== %s ====\n", title);
    if (m->panic_str[0])
        fprintf(out, "xnuemu: panic string: %s\n", m->panic_str);
    fprintf(out, "xnuemu: at %s, EL%u, after %llu instructions (virtual time %.6f s)\n",
            symtab_format(m->symtab, cpu->pc, s, sizeof(s)), cpu->ps.el,
            (unsigned long long)cpu->icount, machine_now_ns(m) / 1e9);
    registers(cpu, out);
    syndrome(m, out);
    backtrace(m, out);
    ring_dump(cpu, m->symtab, &m->trace, 32, out, "xnuemu: ");
    fprintf(out, "xnuemu: ==== end of report ====\n");
}
