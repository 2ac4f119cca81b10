/*
 * gdb_target_xml.c — the target description and the register map. The
 * description is generated at start-up for the running CPU model: GDB's
 * org.gnu.gdb.aarch64.core (x0-x30, sp, pc, cpsr) and org.gnu.gdb.aarch64.fpu
 * (v0-v31 with their vector views, fpsr, fpcr) features, then one feature
 * with every system register of the model's table that the debugger may
 * see (rows without SR_NO_GDB; FPSR/FPCR are already in the fpu feature;
 * SYS operations are not registers). Register numbers follow the document
 * order: 0-30 x, 31 sp, 32 pc, 33 cpsr, 34-65 v, 66 fpsr, 67 fpcr, 68- the
 * system registers, which 'p'/'P' read and write with sysreg_peek/poke.
 * (GDB manual, "Target Descriptions" and "AArch64 Features".)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdb_internal.h"
#include "xnuemu/cpu_model.h"
#include "xnuemu/features.h"

static void xml_core(GdbBuf *x)
{
    static const char *const names[] = { "SP", "EL", "nRW", "F", "I", "A", "D", "SS", "IL",
                                         "PAN", "UAO", "V", "C", "Z", "N" };
    static const unsigned bit[] = { 0, 2, 4, 6, 7, 8, 9, 21, 20, 22, 23, 28, 29, 30, 31 };
    gbuf_puts(x, "<feature name=\"org.gnu.gdb.aarch64.core\">\n"
                 "<flags id=\"cpsr_flags\" size=\"4\">\n");
    for (unsigned i = 0; i < ARRAY_SIZE(names); i++)
        gbuf_printf(x, "<field name=\"%s\" start=\"%u\" end=\"%u\"/>\n", names[i], bit[i],
                    bit[i] + (i == 1)); /* EL is 2 bits */
    gbuf_puts(x, "</flags>\n");
    /* generic= is LLDB's: argument registers, frame pointer, link register */
    for (unsigned i = 0; i < 31; i++) {
        char generic[24] = "";
        if (i < 8)
            snprintf(generic, sizeof(generic), " generic=\"arg%u\"", i + 1);
        else if (i == 29 || i == 30)
            snprintf(generic, sizeof(generic), " generic=\"%s\"", i == 29 ? "fp" : "ra");
        gbuf_printf(x, "<reg name=\"x%u\" bitsize=\"64\" type=\"int\" regnum=\"%u\"%s/>\n", i,
                    i, generic);
    }
    gbuf_puts(x, "<reg name=\"sp\" bitsize=\"64\" type=\"data_ptr\" regnum=\"31\" generic=\"sp\"/>\n"
                 "<reg name=\"pc\" bitsize=\"64\" type=\"code_ptr\" regnum=\"32\" generic=\"pc\"/>\n"
                 "<reg name=\"cpsr\" bitsize=\"32\" type=\"cpsr_flags\" regnum=\"33\""
                 " generic=\"flags\"/>\n"
                 "</feature>\n");
}

static void xml_fpu(GdbBuf *x)
{
    /* vectors of each lane type, then unions: by element size, then all */
    static const struct { const char *id, *type; unsigned count; } vec[] = {
        { "v2d", "ieee_double", 2 }, { "v2u", "uint64", 2 }, { "v2i", "int64", 2 },
        { "v4f", "ieee_single", 4 }, { "v4u", "uint32", 4 }, { "v4i", "int32", 4 },
        { "v8f", "ieee_half", 8 }, { "v8u", "uint16", 8 }, { "v8i", "int16", 8 },
        { "v16u", "uint8", 16 }, { "v16i", "int8", 16 },
        { "v1u", "uint128", 1 }, { "v1i", "int128", 1 },
    };
    static const struct { const char *id, *f, *u, *s; } uni[] = {
        { "vnd", "v2d", "v2u", "v2i" }, { "vns", "v4f", "v4u", "v4i" },
        { "vnh", "v8f", "v8u", "v8i" }, { "vnb", NULL, "v16u", "v16i" },
        { "vnq", NULL, "v1u", "v1i" },
    };
    gbuf_puts(x, "<feature name=\"org.gnu.gdb.aarch64.fpu\">\n");
    for (unsigned i = 0; i < ARRAY_SIZE(vec); i++)
        gbuf_printf(x, "<vector id=\"%s\" type=\"%s\" count=\"%u\"/>\n", vec[i].id, vec[i].type,
                    vec[i].count);
    for (unsigned i = 0; i < ARRAY_SIZE(uni); i++) {
        gbuf_printf(x, "<union id=\"%s\">\n", uni[i].id);
        if (uni[i].f)
            gbuf_printf(x, "<field name=\"f\" type=\"%s\"/>\n", uni[i].f);
        gbuf_printf(x, "<field name=\"u\" type=\"%s\"/>\n<field name=\"s\" type=\"%s\"/>\n"
                       "</union>\n", uni[i].u, uni[i].s);
    }
    gbuf_puts(x, "<union id=\"aarch64v\">\n"
                 "<field name=\"d\" type=\"vnd\"/>\n<field name=\"s\" type=\"vns\"/>\n"
                 "<field name=\"h\" type=\"vnh\"/>\n<field name=\"b\" type=\"vnb\"/>\n"
                 "<field name=\"q\" type=\"vnq\"/>\n</union>\n");
    for (unsigned i = 0; i < 32; i++)
        gbuf_printf(x, "<reg name=\"v%u\" bitsize=\"128\" type=\"aarch64v\" regnum=\"%u\""
                       " group=\"vector\"/>\n", i, GDB_REG_V0 + i);
    gbuf_printf(x, "<reg name=\"fpsr\" bitsize=\"32\" type=\"int\" regnum=\"%u\" group=\"float\"/>\n"
                   "<reg name=\"fpcr\" bitsize=\"32\" type=\"int\" regnum=\"%u\" group=\"float\"/>\n"
                   "</feature>\n", GDB_REG_FPSR, GDB_REG_FPCR);
}

/* Whether the debugger sees a system-register row. */
static bool sysreg_shown(const SysRegDesc *d)
{
    return !(d->flags & (SR_NO_GDB | SR_SYSOP | SR_FP));
}

bool gdb_target_init(GdbStub *s)
{
    const SysRegTable *t = s->cpu->srt;
    s->sysregs = calloc(t->n ? t->n : 1, sizeof(*s->sysregs));
    if (!s->sysregs)
        return false;
    s->nsysregs = 0;
    for (unsigned i = 0; i < t->n; i++)
        if (sysreg_shown(&t->rows[i]))
            s->sysregs[s->nsysregs++] = &t->rows[i];

    GdbBuf x = { 0 };
    gbuf_puts(&x, "<?xml version=\"1.0\"?>\n"
                  "<!DOCTYPE target SYSTEM \"gdb-target.dtd\">\n"
                  "<target version=\"1.0\">\n"
                  "<architecture>aarch64</architecture>\n");
    xml_core(&x);
    xml_fpu(&x);
    gbuf_printf(&x, "<feature name=\"org.xnuemu.aarch64.sysregs\">\n"
                    "<!-- %s: the system registers of the CPU model -->\n", s->cpu->model->name);
    for (unsigned i = 0; i < s->nsysregs; i++)
        gbuf_printf(&x, "<reg name=\"%s\" bitsize=\"64\" type=\"uint64\" regnum=\"%u\""
                        " group=\"system\"/>\n", s->sysregs[i]->name, GDB_REG_SYS0 + i);
    gbuf_puts(&x, "</feature>\n</target>\n");
    s->xml = x.p;
    s->xml_len = x.len;
    return true;
}

unsigned gdb_reg_count(const GdbStub *s)
{
    return GDB_REG_SYS0 + s->nsysregs;
}

unsigned gdb_reg_read(GdbStub *s, unsigned n, uint8_t *buf)
{
    CpuState *cpu = s->cpu;
    uint64_t v;
    if (n < GDB_REG_SP) {
        v = cpu->r[n];
    } else if (n == GDB_REG_SP) {
        v = cpu->r[REG_SP];
    } else if (n == GDB_REG_PC) {
        v = cpu->pc;
    } else if (n == GDB_REG_CPSR) {
        uint32_t w = (uint32_t)cpu_get_spsr_bits(cpu);
        memcpy(buf, &w, 4);
        return 4;
    } else if (n < GDB_REG_FPSR) {
        memcpy(buf, cpu->v[n - GDB_REG_V0].b, 16);
        return 16;
    } else if (n == GDB_REG_FPSR || n == GDB_REG_FPCR) {
        uint32_t w = (uint32_t)cpu->sr[n == GDB_REG_FPSR ? SR_FPSR : SR_FPCR];
        memcpy(buf, &w, 4);
        return 4;
    } else if (n - GDB_REG_SYS0 < s->nsysregs) {
        if (!sysreg_peek(cpu, s->sysregs[n - GDB_REG_SYS0], &v))
            v = 0;
    } else {
        return 0;
    }
    memcpy(buf, &v, 8);
    return 8;
}

/* cpsr: NZCV, DAIF, PAN/UAO (when implemented), SS, IL, and the EL and
 * stack pointer when they name an implemented, valid mode. */
static void write_pstate(CpuState *cpu, uint32_t v)
{
    cpu->nzcv = v & 0xf0000000u;
    cpu->ps.daif = (uint8_t)((v >> 6) & 0xf);
    cpu->ps.pan = (cpu->model->features & FEAT_PAN) ? (uint8_t)((v >> 22) & 1) : 0;
    cpu->ps.uao = (cpu->model->features & FEAT_UAO) ? (uint8_t)((v >> 23) & 1) : 0;
    cpu->ps.ss = (uint8_t)((v >> 21) & 1);
    cpu->ps.il = (uint8_t)((v >> 20) & 1);
    unsigned el = (v >> 2) & 3, sp = v & 1;
    if (!(v & 0x10) && cpu_have_el(cpu, el) && !(el == 0 && sp))
        cpu_set_el_sp(cpu, el, sp);
    cpu_update_regime(cpu);       /* PAN selects the regime too */
    cpu_kick(cpu);
}

bool gdb_reg_write(GdbStub *s, unsigned n, const uint8_t *buf, unsigned size)
{
    CpuState *cpu = s->cpu;
    uint64_t v = 0;
    uint8_t tmp[16];
    unsigned want = gdb_reg_read(s, n, tmp);
    if (!want || size != want)
        return false;
    memcpy(&v, buf, size < 8 ? size : 8);
    if (n < GDB_REG_SP) {
        cpu->r[n] = v;
    } else if (n == GDB_REG_SP) {
        cpu->r[REG_SP] = v;
    } else if (n == GDB_REG_PC) {
        cpu->pc = v;
    } else if (n == GDB_REG_CPSR) {
        write_pstate(cpu, (uint32_t)v);
    } else if (n < GDB_REG_FPSR) {
        memcpy(cpu->v[n - GDB_REG_V0].b, buf, 16);
    } else if (n == GDB_REG_FPSR || n == GDB_REG_FPCR) {
        return sysreg_poke(cpu, cpu->srt->by_idx[n == GDB_REG_FPSR ? SR_FPSR : SR_FPCR], v);
    } else {
        const SysRegDesc *d = s->sysregs[n - GDB_REG_SYS0];
        if ((d->access >> 4) == SR_NA)
            return false;         /* read-only (ID registers, counters) */
        return sysreg_poke(cpu, d, v);
    }
    return true;
}
