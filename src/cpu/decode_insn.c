/*
 * decode_insn.c — turns one instruction word into a DecodedInsn: finds the
 * row, extracts its fields and runs the row's prep function. Encodings
 * with no row, unimplemented rows, and reserved field values decode to
 * exec_undef_insn, which raises the UNDEFINED exception (Arm ARM C1.2.x,
 * "UNDEFINED"; EC 0) and reports unimplemented rows under `--log unimp`.
 */
#include <string.h>

#include "xnuemu/decode.h"

void a64_decode_insn(CpuState *cpu, uint32_t raw, DecodedInsn *di)
{
    unsigned id = a64_decode(cpu->decoder, raw);
    const A64RowDef *row = &a64_rows[id];
    memset(di, 0, sizeof(*di));
    di->raw = raw;
    di->id = (uint16_t)id;
    if (row->exec) {
        Fields f;
        a64_fields(cpu->decoder, id, raw, &f);
        di->exec = row->exec;
        if (row->prep(cpu, di, &f))
            return;
        /* reserved field value: UNDEFINED, keep the row for tracing */
        memset(di, 0, sizeof(*di));
        di->raw = raw;
        di->id = (uint16_t)id;
    }
    di->exec = exec_undef_insn;
}

int exec_undef_insn(CpuState *cpu, const DecodedInsn *di)
{
    if ((a64_rows[di->id].flags & F_UNIMPL) && cpu->unimp_logged &&
        !(cpu->unimp_logged[di->id / 8] & (1u << (di->id % 8)))) {
        cpu->unimp_logged[di->id / 8] |= (uint8_t)(1u << (di->id % 8));
        LOG(cpu->log, LOG_UNIMP,
            "unimp: instruction %s (0x%08x) at EL%u pc=0x%016llx is not implemented: "
            "UNDEFINED exception (reported once per encoding row)\n",
            a64_rows[di->id].name, di->raw, cpu->ps.el, (unsigned long long)cpu->pc);
    }
    return cpu_undef(cpu);
}
