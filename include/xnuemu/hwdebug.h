/*
 * hwdebug.h — AArch64 self-hosted debug for the guest itself (Arm ARM
 * D2 "AArch64 Self-hosted Debug"): breakpoint exceptions (D2.8),
 * watchpoint exceptions (D2.9), software step (D2.12), and the enabling
 * and routing rules they share (D2.4, D2.5: OS lock, OS double lock,
 * MDSCR_EL1.{MDE,KDE,SS}, PSTATE.D, MDCR_EL2.TDE, HCR_EL2.TGE).
 *
 * Cost when unused: cpu->hwdbg.{bp_mask,wp_mask} summarise which points can
 * fire; they change only on writes to the debug registers (sr_wr_dbg,
 * OSLAR). The run loop selects a breakpoint-checking inner loop only while
 * bp_mask != 0; pages are flagged TLBF_WATCH (slow path) only while
 * wp_mask != 0; software step is looked at by the outer loop only while
 * MDSCR_EL1.SS = 1. The GDB stub's own points (gdbstub.h) are separate and
 * win: a GDB breakpoint at the same instruction stops the emulator first.
 *
 * Files: debug_enable.c (enabling, routing, the summary, register writes),
 * debug_match.c (breakpoint and watchpoint matching), debug_step.c
 * (software step).
 */
#ifndef XNUEMU_HWDEBUG_H
#define XNUEMU_HWDEBUG_H

#include "cpu.h"

#define MDSCR_SS  (UINT64_C(1) << 0)
#define MDSCR_KDE (UINT64_C(1) << 13)
#define MDSCR_MDE (UINT64_C(1) << 15)
#define MDCR_TDE  (UINT64_C(1) << 8)
#define MDCR_TDA  (UINT64_C(1) << 9)
#define MDCR_TDOSA (UINT64_C(1) << 10)
#define MDCR_TDRA (UINT64_C(1) << 11)
#define MDCR3_SDD (UINT64_C(1) << 16)
#define DBG_FSC   0x22u            /* IFSC/DFSC "debug exception" */

/* Breakpoint/watchpoint counts (ID_AA64DFR0_EL1.BRPs, WRPs, CTX_CMPs + 1). */
unsigned hwdbg_num_bps(const CpuState *cpu);
unsigned hwdbg_num_wps(const CpuState *cpu);
unsigned hwdbg_num_ctx_bps(const CpuState *cpu);

/* The debug target EL (DebugTarget): 2 when MDCR_EL2.TDE or HCR_EL2.TGE
 * route debug exceptions to EL2, else 1. */
unsigned hwdbg_target_el(const CpuState *cpu);
/* AArch64.GenerateDebugExceptionsFrom(el, secure, mask): debug exceptions
 * can be generated at `el` with PSTATE.D = `dmask`. */
bool hwdbg_enabled_from(const CpuState *cpu, unsigned el, bool dmask);
static inline bool hwdbg_enabled(const CpuState *cpu)
{
    return hwdbg_enabled_from(cpu, cpu->ps.el, (cpu->ps.daif & DAIF_D) != 0);
}

/* Recompute cpu->hwdbg.{bp_mask,wp_mask} from the registers; flushes the
 * TLBs when the watched set may have changed (flush_tlb). */
void hwdbg_update(CpuState *cpu, bool flush_tlb);

/* Breakpoints (debug_match.c). Before executing the instruction at the PC
 * (only while bp_mask != 0): true when a breakpoint exception was taken. */
bool hwdbg_breakpoint(CpuState *cpu);
/* Watchpoints: whether VA page vpage needs TLBF_WATCH (wp_mask != 0), and
 * the check on the memory slow path: false with cpu->pending holding the
 * watchpoint exception (the access is not performed). */
bool hwdbg_watch_page(const CpuState *cpu, uint64_t vpage);
bool hwdbg_watch_access(CpuState *cpu, uint64_t va, unsigned size, unsigned flags);

/* Software step (debug_step.c). Outer run loop, MDSCR_EL1.SS = 1 only:
 * returns 0 when step is inactive, -1 when a Software Step exception was
 * just taken (active-pending), 1 when one instruction must run alone
 * (active-not-pending; call hwdbg_step_done after it). */
int hwdbg_step_begin(CpuState *cpu);
void hwdbg_step_done(CpuState *cpu, uint64_t pc, uint64_t icount_before);
/* Exception entry: SVC/HVC/SMC complete the stepped instruction (SSAdvance)
 * before SPSR is written; every entry ends a pending step. */
void hwdbg_exception_entry(CpuState *cpu, uint32_t ec);
/* ERET: PSTATE.SS after returning with `spsr` to `dest_el`
 * (DebugExceptionReturnSS), called before PSTATE changes. */
uint8_t hwdbg_eret_ss(CpuState *cpu, uint64_t spsr, unsigned dest_el);

#endif
