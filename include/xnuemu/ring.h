/*
 * ring.h — the always-on history kept for reports: the last RING_PC_N
 * instructions and the last RING_MMIO_N device accesses. Only the
 * instructions that did not follow their predecessor sequentially (branch
 * targets, exception vectors, the first instruction of a run) are noted,
 * each in the slot of its instruction number (icount mod RING_PC_N), so a
 * note is two stores and no read; the report rebuilds every instruction of
 * the window from these anchors (ring.c). Lives in CpuState.
 */
#ifndef XNUEMU_RING_H
#define XNUEMU_RING_H

#include <stdio.h>
#include "common.h"

enum { RING_PC_N = 256, RING_MMIO_N = 16 };   /* RING_PC_N: slots indexed by a uint8_t */

typedef struct PcRing {
    uint64_t pc[RING_PC_N];       /* slot icount % RING_PC_N: instruction number icount ... */
    uint64_t icount[RING_PC_N];   /* ... ran at pc (valid while icount matches) */
} PcRing;

typedef struct MmioRec {
    uint64_t icount, pc, off, val;
    const char *dev;          /* the bus region's name */
    uint8_t size;
    bool write;
} MmioRec;

typedef struct MmioRing {
    MmioRec r[RING_MMIO_N];
    uint32_t pos;
} MmioRing;

/* Instruction number `icount` (0 = the first one run) is at pc and does not
 * follow the previous one sequentially. */
static inline void ring_pc_note(PcRing *r, uint64_t pc, uint64_t icount)
{
    unsigned i = (uint8_t)icount;
    r->pc[i] = pc;
    r->icount[i] = icount;
}

typedef struct CpuState CpuState;
typedef struct Symtab Symtab;
typedef struct Trace Trace;

/* Print the last instructions (at most `max`, oldest first, disassembled
 * and symbolised when code memory is readable; those before the window's
 * first anchor are unknown and left out), the one to run next, and the
 * recent MMIO accesses, each line starting with `prefix`. */
void ring_dump(CpuState *cpu, const Symtab *st, const Trace *t, unsigned max, FILE *out,
               const char *prefix);

#endif
