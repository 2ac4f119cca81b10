/*
 * gdb_monitor.c — `monitor` commands (qRcmd): help, regs (the Exception
 * level, PSTATE, and each implemented EL's syndrome registers decoded),
 * vtop ADDR (gdb_vtop.c), phys on|off, sysreg NAME [VALUE], tlb flush,
 * trace on|off. Output goes to the debugger's console as "O" packets.
 * (Arm ARM D17.2.37 ESR_ELx: exception classes and ISS encodings.)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "gdb_internal.h"
#include "xnuemu/mmu.h"

static const char help_text[] =
    "xnuemu monitor commands:\n"
    "  help                 this list\n"
    "  regs                 Exception level, PSTATE, ESR/FAR/ELR/SPSR of each EL, decoded\n"
    "  vtop ADDR            translate a virtual address, the walk level by level\n"
    "                       (stage 1, and stage 2 when it is on)\n"
    "  phys on|off          memory packets address physical memory (devices too)\n"
    "  sysreg NAME [VALUE]  read or write a system register (NAME or S<op0>_<op1>_C<n>_C<m>_<op2>)\n"
    "  tlb flush            drop every cached translation\n"
    "  trace on|off         log every executed instruction (--log exec)\n";

static const char *fsc_name(unsigned fsc, unsigned *level)
{
    *level = fsc & 3;
    switch (fsc & 0x3c) {
    case 0x00: return "address size fault";
    case 0x04: return "translation fault";
    case 0x08: return "access flag fault";
    case 0x0c: return "permission fault";
    case 0x14: return "external abort on a table walk";
    default: break;
    }
    *level = 4;
    switch (fsc) {
    case 0x10: return "synchronous external abort";
    case 0x21: return "alignment fault";
    case 0x30: return "TLB conflict abort";
    default: return "other fault";
    }
}

/* ESR_ELx with its ISS decoded for the classes we raise. */
static void decode_esr(GdbBuf *o, uint64_t esr)
{
    unsigned ec = (unsigned)bits64(esr, 26, 6);
    uint32_t iss = (uint32_t)bits64(esr, 0, 25);
    gbuf_printf(o, "EC 0x%02x (%s), IL=%u, ISS 0x%07x", ec, exc_class_name(ec),
                (unsigned)bits64(esr, 25, 1), iss);
    switch (ec) {
    case EC_DABT_LOWER: case EC_DABT_SAME: case EC_IABT_LOWER: case EC_IABT_SAME: {
        unsigned level;
        const char *what = fsc_name(iss & 0x3f, &level);
        gbuf_printf(o, ": %s", what);
        if (level < 4)
            gbuf_printf(o, " at level %u", level);
        if (ec >= EC_DABT_LOWER) {
            gbuf_printf(o, ", %s", (iss >> 6) & 1 ? "write" : "read");
            if ((iss >> 8) & 1)
                gbuf_puts(o, ", cache maintenance");
            if (iss >> 24)
                gbuf_printf(o, ", %u-byte access to %s%u", 1u << ((iss >> 22) & 3),
                            (iss >> 15) & 1 ? "X" : "W", (iss >> 16) & 31);
        }
        if ((iss >> 7) & 1)
            gbuf_puts(o, ", on the stage-1 walk (S1PTW)");
        break;
    }
    case EC_SVC64: case EC_HVC64: case EC_SMC64: case EC_BRK64:
        gbuf_printf(o, ": #0x%x", iss & 0xffff);
        break;
    case EC_SYSREG:
        gbuf_printf(o, ": %s S%u_%u_C%u_C%u_%u, X%u", (iss & 1) ? "MRS" : "MSR", (iss >> 20) & 3,
                    (iss >> 14) & 7, (iss >> 10) & 15, (iss >> 1) & 15, (iss >> 17) & 7,
                    (iss >> 5) & 31);
        break;
    case EC_WFX:
        gbuf_puts(o, (iss & 1) ? ": WFE" : ": WFI");
        break;
    default:
        break;
    }
}

static void pstate_text(GdbBuf *o, uint64_t p)
{
    unsigned el = (unsigned)bits64(p, 2, 2);
    gbuf_printf(o, "EL%u%c N=%u Z=%u C=%u V=%u DAIF=%c%c%c%c PAN=%u UAO=%u SS=%u IL=%u", el,
                (p & 1) ? 'h' : 't', (unsigned)bits64(p, 31, 1), (unsigned)bits64(p, 30, 1),
                (unsigned)bits64(p, 29, 1), (unsigned)bits64(p, 28, 1),
                (p >> 9) & 1 ? 'D' : '-', (p >> 8) & 1 ? 'A' : '-', (p >> 7) & 1 ? 'I' : '-',
                (p >> 6) & 1 ? 'F' : '-', (unsigned)bits64(p, 22, 1), (unsigned)bits64(p, 23, 1),
                (unsigned)bits64(p, 21, 1), (unsigned)bits64(p, 20, 1));
}

static uint64_t peek_name(GdbStub *s, const char *name)
{
    const SysRegDesc *d = sysreg_find_name(s->cpu->srt, name);
    uint64_t v = 0;
    if (!d || !sysreg_peek(s->cpu, d, &v))
        return 0;
    return v;
}

static void regs(GdbStub *s, GdbBuf *o)
{
    CpuState *cpu = s->cpu;
    uint64_t ps = cpu_get_spsr_bits(cpu);
    gbuf_printf(o, "EL%u, PSTATE 0x%08llx: ", cpu->ps.el, (unsigned long long)ps);
    pstate_text(o, ps);
    gbuf_printf(o, "%s\nPC 0x%016llx  SP 0x%016llx  SP_EL0 0x%016llx\n",
                cpu->wfi ? " (in WFI)" : "", (unsigned long long)cpu->pc,
                (unsigned long long)cpu->r[REG_SP],
                (unsigned long long)(cpu_sp_index(cpu) == 0 ? cpu->r[REG_SP] : cpu->sp_el[0]));
    for (unsigned el = 1; el <= 3; el++) {
        if (!cpu_have_el(cpu, el))
            continue;
        char n[24];
        snprintf(n, sizeof(n), "ESR_EL%u", el);
        uint64_t esr = peek_name(s, n);
        snprintf(n, sizeof(n), "SCTLR_EL%u", el);
        uint64_t sctlr = peek_name(s, n);
        snprintf(n, sizeof(n), "VBAR_EL%u", el);
        gbuf_printf(o, "EL%u: SCTLR 0x%08llx (MMU %s)  VBAR 0x%016llx\n", el,
                    (unsigned long long)sctlr, (sctlr & SCTLR_M) ? "on" : "off",
                    (unsigned long long)peek_name(s, n));
        gbuf_printf(o, "  ESR  0x%08llx ", (unsigned long long)esr);
        decode_esr(o, esr);
        snprintf(n, sizeof(n), "FAR_EL%u", el);
        gbuf_printf(o, "\n  FAR  0x%016llx\n", (unsigned long long)peek_name(s, n));
        snprintf(n, sizeof(n), "ELR_EL%u", el);
        gbuf_printf(o, "  ELR  0x%016llx\n", (unsigned long long)peek_name(s, n));
        snprintf(n, sizeof(n), "SPSR_EL%u", el);
        uint64_t spsr = peek_name(s, n);
        gbuf_printf(o, "  SPSR 0x%08llx ", (unsigned long long)spsr);
        pstate_text(o, spsr);
        gbuf_puts(o, "\n");
    }
    if (cpu_have_el(cpu, 2))
        gbuf_printf(o, "HCR_EL2 0x%016llx\n", (unsigned long long)peek_name(s, "HCR_EL2"));
    if (cpu_have_el(cpu, 3))
        gbuf_printf(o, "SCR_EL3 0x%016llx\n", (unsigned long long)peek_name(s, "SCR_EL3"));
}

/* A register by name (any case) or by its generic S<op0>_<op1>_C<n>_C<m>_<op2>. */
static const SysRegDesc *find_sysreg(const SysRegTable *t, const char *name)
{
    for (unsigned i = 0; i < t->n; i++)
        if (strcasecmp(t->rows[i].name, name) == 0)
            return &t->rows[i];
    unsigned op0, op1, crn, crm, op2;
    char end;
    if (sscanf(name, "%*1[sS]%u_%u_%*1[cC]%u_%*1[cC]%u_%u%c", &op0, &op1, &crn, &crm, &op2,
               &end) == 5 && op0 <= 3 && op1 <= 7 && crn <= 15 && crm <= 15 && op2 <= 7)
        return sysreg_find(t, sysreg_key(op0, op1, crn, crm, op2));
    return NULL;
}

static void sysreg_cmd(GdbStub *s, GdbBuf *o, const char *name, const char *value)
{
    const SysRegDesc *d = find_sysreg(s->cpu->srt, name);
    if (!d || (d->flags & SR_SYSOP)) {
        gbuf_printf(o, "no system register '%s' on this CPU\n", name);
        return;
    }
    if (value) {
        char *end;
        unsigned long long v = strtoull(value, &end, 0);
        if (*end || end == value) {
            gbuf_printf(o, "'%s' is not a number\n", value);
            return;
        }
        if ((d->access >> 4) == SR_NA || !sysreg_poke(s->cpu, d, v)) {
            gbuf_printf(o, "%s is read-only\n", d->name);
            return;
        }
    }
    uint64_t v;
    if (sysreg_peek(s->cpu, d, &v))
        gbuf_printf(o, "%s = 0x%016llx\n", d->name, (unsigned long long)v);
    else
        gbuf_printf(o, "%s cannot be read\n", d->name);
}

/* "on"/"off" -> 1/0, else -1 */
static int on_off(const char *a)
{
    if (a && strcmp(a, "on") == 0)
        return 1;
    if (a && strcmp(a, "off") == 0)
        return 0;
    return -1;
}

void gdb_monitor(GdbStub *s, const char *cmd)
{
    char buf[256];
    char *argv[4] = { 0 };
    unsigned argc = 0;
    snprintf(buf, sizeof(buf), "%s", cmd);
    for (char *p = strtok(buf, " \t\n"); p && argc < ARRAY_SIZE(argv); p = strtok(NULL, " \t\n"))
        argv[argc++] = p;
    GdbBuf o = { 0 };
    const char *c = argc ? argv[0] : "help";
    if (strcmp(c, "help") == 0) {
        gbuf_puts(&o, help_text);
    } else if (strcmp(c, "regs") == 0) {
        regs(s, &o);
    } else if (strcmp(c, "vtop") == 0) {
        char *end = NULL;
        unsigned long long va = argc == 2 ? strtoull(argv[1], &end, 0) : 0;
        if (argc != 2 || *end)
            gbuf_puts(&o, "usage: vtop ADDR\n");
        else
            gdb_vtop(s->cpu, &o, va);
    } else if (strcmp(c, "phys") == 0) {
        int v = on_off(argc == 2 ? argv[1] : NULL);
        if (v < 0) {
            gbuf_puts(&o, "usage: phys on|off\n");
        } else {
            s->phys = v;
            gbuf_printf(&o, "memory packets now address %s memory\n", v ? "physical" : "virtual");
        }
    } else if (strcmp(c, "sysreg") == 0) {
        if (argc < 2 || argc > 3)
            gbuf_puts(&o, "usage: sysreg NAME [VALUE]\n");
        else
            sysreg_cmd(s, &o, argv[1], argc == 3 ? argv[2] : NULL);
    } else if (strcmp(c, "tlb") == 0) {
        if (argc == 2 && strcmp(argv[1], "flush") == 0) {
            cpu_tlb_flush_all(s->cpu);
            gbuf_puts(&o, "TLBs flushed\n");
        } else {
            gbuf_puts(&o, "usage: tlb flush\n");
        }
    } else if (strcmp(c, "trace") == 0) {
        int v = on_off(argc == 2 ? argv[1] : NULL);
        if (v < 0) {
            gbuf_puts(&o, "usage: trace on|off\n");
        } else {
            if (v)
                s->cpu->log->mask |= LOG_EXEC;
            else
                s->cpu->log->mask &= ~(uint32_t)LOG_EXEC;
            gbuf_printf(&o, "instruction trace %s\n", v ? "on (to the log)" : "off");
        }
    } else {
        gbuf_printf(&o, "unknown monitor command '%s' (try 'monitor help')\n", c);
    }
    if (o.len)
        gdb_console(s, o.p);
    gbuf_free(&o);
}
