/*
 * exec.h — what every instruction-handler file needs: the EXEC/PREP
 * definition macros, register-file access, memory accessors and the ALU
 * helpers. A handler is `EXEC(row)`; a decode-time finisher `PREP(name)`.
 */
#ifndef XNUEMU_EXEC_H
#define XNUEMU_EXEC_H

#include "alu.h"
#include "xnuemu/dcache.h"
#include "xnuemu/decode.h"
#include "xnuemu/mem.h"

#define EXEC(name) int exec_##name(CpuState *cpu, const DecodedInsn *di)
#define PREP(name) bool name(CpuState *cpu, DecodedInsn *di, const Fields *f)

/* For handler templates instantiated per width/shift/size by macros. */
#define FORCE_INLINE static inline __attribute__((always_inline))

/* Handler variants chosen by prep (e.g. a 32-bit form): declared here so
 * prep can take their address before their definition. */
#define EXEC_VARIANT(name) static int name(CpuState *cpu, const DecodedInsn *di)

/* The end of a handler whose instruction continues at pc + 4: advance the
 * PC and the count, then, while the stretch the run loop allows lasts, run
 * the next slot's handler directly — a tail call, so execution threads
 * from handler to handler without returning to the loop (di + 1 is the
 * next instruction or the page-end slot). Only in tail position
 * (`return exec_next(cpu, di);`) of a handler running from its decoded
 * page. */
FORCE_INLINE int exec_next(CpuState *cpu, const DecodedInsn *di)
{
    cpu->pc += 4;
    if (likely(++cpu->icount < cpu->chain_limit))
        return di[1].exec(cpu, di + 1);
    return EXEC_NEXT_DONE;
}

/* The end of a handler that set cpu->pc to a branch target: count the
 * branch and, while the stretch lasts and the target's decoded page is in
 * the execute-side TLB, run the target directly (noting it in the ring, as
 * the loop's fetch does). Otherwise (a miss, a misaligned target, the end
 * of the stretch) the loop looks the target up. */
FORCE_INLINE int exec_jump(CpuState *cpu)
{
    if (likely(++cpu->icount < cpu->chain_limit)) {
        uint64_t pc = cpu->pc;
        const ItlbEntry *e = &cpu->tlb->i[tlb_index(pc)];
        if (likely(e->tag_x == (pc & ~UINT64_C(0xffc)))) {
            ring_pc_note(&cpu->ring, pc, cpu->icount);
            cpu->cur_dp = e->dp;
            const DecodedInsn *n = &e->dp->slot[(pc >> 2) & (DC_SLOTS - 1)];
            return n->exec(cpu, n);
        }
    }
    return EXEC_BRANCH_DONE;
}

/* The end of a PC-relative branch that is taken (B, BL, B.cond, CB*, TB*;
 * di->imm is the offset): a target in the same 4 KiB page is in the same
 * decoded page, di + offset / 4, with no lookup at all. */
FORCE_INLINE int exec_jump_rel(CpuState *cpu, const DecodedInsn *di)
{
    uint64_t from = cpu->pc, to = from + di->imm;
    cpu->pc = to;
    if (((from ^ to) >> 12) != 0)
        return exec_jump(cpu);
    if (likely(++cpu->icount < cpu->chain_limit)) {
        ring_pc_note(&cpu->ring, to, cpu->icount);
        const DecodedInsn *n = di + ((int64_t)di->imm >> 2);
        return n->exec(cpu, n);
    }
    return EXEC_BRANCH_DONE;
}

#endif
