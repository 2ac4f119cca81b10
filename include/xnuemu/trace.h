/*
 * trace.h — `--trace CATEGORIES`: symbolised, disassembled execution
 * traces and the filters that narrow them (--trace-range, --trace-el).
 * Categories are log categories (log.h), so every trace line goes to the
 * log output (--trace-file / --log-file). The run loop only looks at the
 * trace when LOG_EXEC is on: an untraced run pays nothing.
 */
#ifndef XNUEMU_TRACE_H
#define XNUEMU_TRACE_H

#include "common.h"

typedef struct CpuState CpuState;
typedef struct Symtab Symtab;

typedef struct Trace {
    size_t cs;                /* Capstone handle (csh), valid when cs_ok */
    bool cs_ok;
    bool range;               /* --trace-range given */
    uint64_t lo, hi;          /* traced PCs: [lo, hi) */
    int el;                   /* --trace-el, or -1 for every EL */
} Trace;

/* Categories --trace accepts: "exec,int,mmu,mmio,unimp,sysreg", "all",
 * "none". ORs the LOG_* bits into *mask; false + message on error. */
bool trace_parse_categories(const char *s, uint32_t *mask, char *err, size_t errlen);
/* "START-END" (END exclusive) or "START+SIZE", numbers in C syntax. */
bool trace_parse_range(Trace *t, const char *s, char *err, size_t errlen);

/* Open Capstone (a failure leaves only the fallback formatter). */
void trace_init(Trace *t);
void trace_destroy(Trace *t);

/* Does the current PC/EL pass the filters? */
static inline bool trace_want(const Trace *t, uint64_t pc, unsigned el)
{
    if (t->el >= 0 && (unsigned)t->el != el)
        return false;
    return !t->range || (pc >= t->lo && pc < t->hi);
}

/* The same for lines about other events (int, mmu, sysreg): pc is the
 * instruction that caused the event, el the EL it ran at; with no Trace
 * (nothing traced through trace.c) every line passes. unimp lines are
 * diagnostics and are never filtered. */
static inline bool trace_want_opt(const Trace *t, uint64_t pc, unsigned el)
{
    return !t || trace_want(t, pc, el);
}

/* Disassemble one instruction at pc into buf: Capstone first, then the
 * fallback formatter (LSE atomics, LDAPR), then ".inst 0x... ; ROW" with
 * the decoder's row name (row may be NULL); never empty. */
const char *trace_disasm(const Trace *t, uint64_t pc, uint32_t raw, const char *row, char *buf,
                         size_t len);

/* Formats what Capstone 4 rejects (LSE atomics, CAS/CASP, LDAPR*); false
 * when the word is none of those. */
bool disasm_fallback(uint32_t raw, char *buf, size_t len);

/* One `exec:` line for the instruction about to run at cpu->pc. */
void trace_exec(CpuState *cpu, uint32_t raw, unsigned row);

/* An MMIO access (bus.c): the ring buffer always, a `mmio:` line when
 * traced. */
void trace_mmio(CpuState *cpu, const char *dev, uint64_t off, uint64_t val, unsigned size,
                bool write);

/* ESR_ELx in words: "data abort from the same EL: translation fault, level
 * 3, write, 8 bytes". Returns buf. */
const char *esr_describe(uint32_t esr, char *buf, size_t len);

#endif
