/*
 * disasm.c — one instruction as text for traces and reports: Capstone 4
 * when it knows the encoding, the fallback formatter for what it rejects
 * (disasm_fallback.c), and finally the decoder's own row name, so no
 * executed instruction ever prints as unknown.
 */
#include <stdio.h>
#include <string.h>

#include <capstone/capstone.h>

#include "xnuemu/trace.h"

_Static_assert(sizeof(csh) == sizeof(size_t), "Trace.cs holds a csh");

void trace_init(Trace *t)
{
    csh h;
    t->el = -1;
    t->cs_ok = cs_open(CS_ARCH_ARM64, CS_MODE_ARM, &h) == CS_ERR_OK;
    if (t->cs_ok)
        t->cs = (size_t)h;
}

void trace_destroy(Trace *t)
{
    if (t->cs_ok) {
        csh h = (csh)t->cs;
        cs_close(&h);
        t->cs_ok = false;
    }
}

const char *trace_disasm(const Trace *t, uint64_t pc, uint32_t raw, const char *row, char *buf,
                         size_t len)
{
    if (t && t->cs_ok) {
        uint8_t code[4];
        memcpy(code, &raw, 4);   /* the host is little-endian, as the guest */
        cs_insn *in = NULL;
        if (cs_disasm((csh)t->cs, code, 4, pc, 1, &in) == 1) {
            snprintf(buf, len, "%s%s%s", in->mnemonic, in->op_str[0] ? " " : "", in->op_str);
            cs_free(in, 1);
            return buf;
        }
    }
    if (disasm_fallback(raw, buf, len))
        return buf;
    snprintf(buf, len, ".inst 0x%08x ; %s", raw, row ? row : "not decoded");
    return buf;
}
