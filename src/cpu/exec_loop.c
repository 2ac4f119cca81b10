/*
 * exec_loop.c — the run loop. The inner loop calls handlers straight from
 * the decode cache and is the only code that advances the PC for the
 * sequential case; it leaves when the instruction budget (next timer
 * deadline, --max-insns, a kick from an interrupt line) is reached or a
 * handler asks. The outer loop is the safe point: it updates timers, takes
 * interrupts and illegal-state exceptions, sleeps in WFI by skipping
 * virtual time, and drops the decode cache when it is full.
 * Arm ARM D1.4 (PSTATE.IL), D1.13 (interrupts), C6.2.x (WFI).
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "xnuemu/dcache.h"
#include "xnuemu/decode.h"
#include "xnuemu/exec_loop.h"
#include "xnuemu/gdbstub.h"
#include "xnuemu/hwdebug.h"
#include "xnuemu/mmu.h"
#include "xnuemu/sysreg.h"
#include "xnuemu/timer.h"
#include "xnuemu/trace.h"
#include "xnuemu/hostclock.h"

/* Slow path of instruction lookup: misaligned PC, ITLB miss, fetch faults
 * (taken here, then the vector is fetched). NULL when the CPU halted. */
static NOINLINE const DecodedInsn *fetch_slow(CpuState *cpu)
{
    for (;;) {
        if (cpu->halt_reason)
            return NULL;
        if (cpu->pc & 3) {
            ExcInfo e = { .ec = EC_PC_ALIGN, .il = true, .far_valid = true, .far = cpu->pc };
            exc_take_sync(cpu, &e, cpu->pc);
            continue;
        }
        DecodedPage *dp = mmu_fetch_page(cpu, cpu->pc);
        if (dp) {
            cpu->cur_dp = dp;
            return &dp->slot[(cpu->pc >> 2) & (DC_SLOTS - 1)];
        }
        if (cpu->halt_reason)
            return NULL;
        exc_take_sync(cpu, &cpu->pending, cpu->pc);
        ring_pc_note(&cpu->ring, cpu->pc, cpu->icount);   /* the vector */
    }
}

static inline const DecodedInsn *fetch(CpuState *cpu)
{
    ring_pc_note(&cpu->ring, cpu->pc, cpu->icount);
    const ItlbEntry *e = &cpu->tlb->i[tlb_index(cpu->pc)];
    if (likely(e->tag_x == (cpu->pc & ~UINT64_C(0xffc)))) {
        cpu->cur_dp = e->dp;
        return &e->dp->slot[(cpu->pc >> 2) & (DC_SLOTS - 1)];
    }
    return fetch_slow(cpu);
}

static NOINLINE void trace_insn(CpuState *cpu, const DecodedInsn *di)
{
    if (cpu->trace && !trace_want(cpu->trace, cpu->pc, cpu->ps.el))
        return;
    uint32_t raw = di->raw;
    unsigned id = di->id;
    if (di->exec == exec_decode_stub) {
        /* not decoded yet: decode a copy just to name it */
        DecodedInsn tmp;
        const DecodedPage *dp = cpu->cur_dp;
        memcpy(&raw, dp->host + (size_t)(di - dp->slot) * 4, 4);
        a64_decode_insn(cpu, raw, &tmp);
        id = tmp.id;
    }
    trace_exec(cpu, raw, id);
}

/* Longest chain of handlers calling handlers (exec_next/exec_jump) before
 * control comes back here. With tail calls (optimised builds) a chain
 * costs no stack, but a debug build makes real calls, and so may a
 * handler the compiler cannot tail-call from: this bounds the stack. */
#define CHAIN_MAX 1024

/* Let handlers chain until the stretch ends, unless every instruction
 * must come back to the loop. */
static inline void chain_arm(CpuState *cpu, const bool stepwise)
{
    uint64_t lim = cpu->icount + CHAIN_MAX;
    cpu->chain_limit = stepwise ? 0 : lim < cpu->icount_limit ? lim : cpu->icount_limit;
}

/* The slot after the instruction just retired at pc - 4 (pc already
 * advanced): the next instruction, or the page-end slot. */
static inline const DecodedInsn *slot_after(const CpuState *cpu)
{
    return &cpu->cur_dp->slot[((cpu->pc - 4) >> 2) & (DC_SLOTS - 1)] + 1;
}

/* One stretch of execution; `traced` and `checked` are compile-time
 * constants in each instantiation so the fast variant carries neither the
 * tracing test nor the guest-breakpoint test (hwdebug.h: only while the
 * guest has a breakpoint armed). In the fast variant handlers ending in
 * exec_next()/exec_jump() run the following instructions themselves
 * (threaded dispatch) up to chain_limit; traced or checked, chain_limit is
 * 0 and every instruction comes back here to be looked at. */
static inline __attribute__((always_inline)) void run_inner(CpuState *cpu, const bool traced,
                                                            const bool checked)
{
    const DecodedInsn *di = fetch(cpu);
    if (!di)
        return;
    chain_arm(cpu, traced || checked);
    for (;;) {
        if (checked && cpu->hwdbg.bp_mask && di->exec != exec_page_end && hwdbg_breakpoint(cpu))
            break;      /* a breakpoint exception, before the instruction */
        if (traced && di->exec != exec_page_end)
            trace_insn(cpu, di);
        int r = di->exec(cpu, di);
        if (likely(r == EXEC_NEXT_DONE)) {
            if (unlikely(cpu->icount >= cpu->icount_limit))
                break;
            chain_arm(cpu, traced || checked);
            di = slot_after(cpu);
            continue;
        } else if (r == EXEC_NEXT) {
            cpu->pc += 4;
            di = slot_after(cpu);
        } else if (r == EXEC_BRANCH_DONE || r == EXEC_BRANCH) {
            if (r == EXEC_BRANCH)
                cpu->icount++;          /* the handler left the counting to us */
            if (unlikely(cpu->icount >= cpu->icount_limit))
                break;
            chain_arm(cpu, traced || checked);
            di = fetch(cpu);
            if (!di)
                break;
            continue;
        } else {
            switch (r) {
            case EXEC_REFETCH:
                di = fetch(cpu);
                if (!di)
                    break;
                continue;
            case EXEC_SYNC:
                cpu->pc += 4;
                cpu->icount++;
                break;
            case EXEC_BRANCH_SYNC:
            case EXEC_EXCEPTION:
                cpu->icount++;
                break;
            case EXEC_FAULT:
                if (!cpu->halt_reason)   /* a fault, unless the access stopped the run */
                    exc_take_sync(cpu, &cpu->pending, cpu->pc);
                break;
            default: /* EXEC_HALT */
                break;
            }
            break;
        }
        if (unlikely(++cpu->icount >= cpu->icount_limit))
            break;
    }
    cpu->chain_limit = 0;   /* handlers run outside this loop never chain */
}

static NOINLINE void run_inner_fast(CpuState *cpu)
{
    run_inner(cpu, false, false);
}

static NOINLINE void run_inner_checked(CpuState *cpu)
{
    run_inner(cpu, false, true);
}

static NOINLINE void run_inner_traced(CpuState *cpu)
{
    run_inner(cpu, true, true);
}

/* A pending interrupt wakes WFI even when PSTATE masks it (D1.17.2). */
static bool wake_pending(const CpuState *cpu)
{
    if (cpu->irq_lines)
        return true;
    uint64_t hcr = cpu_hcr(cpu);
    return cpu->ps.el <= 1 && (hcr & (HCR_VI | HCR_VF | HCR_VSE)) &&
           (hcr & (HCR_IMO | HCR_FMO | HCR_AMO));
}

static void sleep_host_ns(uint64_t ns)
{
    struct timespec ts = { (time_t)(ns / 1000000000u), (long)(ns % 1000000000u) };
    nanosleep(&ts, NULL);
}

/* Sleep in WFI until `next` (ns of virtual time). Returns false when
 * nothing can ever wake the CPU. */
static bool wfi_sleep(CpuState *cpu, uint64_t next)
{
    uint64_t now = cpu_now_ns(cpu);
    if (next == UINT64_MAX) {
        if (cpu->wait_host && cpu->wait_host(cpu->wait_host_opaque, UINT64_MAX))
            return true;
        snprintf(cpu->halt_msg, sizeof(cpu->halt_msg),
                 "guest is waiting for an interrupt (WFI at EL%u pc=0x%016llx) that nothing "
                 "can raise: no timer is armed",
                 cpu->ps.el, (unsigned long long)(cpu->pc - 4));
        cpu->halt_reason = HALT_STUCK;
        return false;
    }
    if (next <= now)
        return true;
    if (cpu->realtime) {
        if (!cpu->wait_host || !cpu->wait_host(cpu->wait_host_opaque, next - now))
            sleep_host_ns(next - now);
    } else {
        cpu->idle_insns += next - now;
    }
    return true;
}

/* Longest stretch of instructions between two looks at host events and
 * the --timeout clock (about a millisecond of virtual time). */
#define HOST_POLL_INSNS (UINT64_C(1) << 20)

static bool wall_timeout(CpuState *cpu)
{
    if (!cpu->wall_deadline_ns || cpu->icount < cpu->next_wall_check)
        return false;
    cpu->next_wall_check = cpu->icount + HOST_POLL_INSNS;
    if (host_now_ns() < cpu->wall_deadline_ns)
        return false;
    snprintf(cpu->halt_msg, sizeof(cpu->halt_msg),
             "--timeout reached after %llu instructions at EL%u pc=0x%016llx",
             (unsigned long long)cpu->icount, cpu->ps.el, (unsigned long long)cpu->pc);
    cpu->halt_reason = HALT_TIMEOUT;
    return true;
}

HaltReason cpu_run(CpuState *cpu)
{
    while (!cpu->halt_reason) {
        dcache_maybe_drop(cpu->dcache);
        if (cpu->max_insns && cpu->icount >= cpu->max_insns) {
            snprintf(cpu->halt_msg, sizeof(cpu->halt_msg),
                     "stopped after %llu instructions (--max-insns) at EL%u pc=0x%016llx",
                     (unsigned long long)cpu->icount, cpu->ps.el, (unsigned long long)cpu->pc);
            cpu->halt_reason = HALT_MAX_INSNS;
            break;
        }
        if (wall_timeout(cpu))
            break;
        if (cpu->poll_host) {
            cpu->poll_host(cpu->wait_host_opaque);
            if (cpu->halt_reason)
                break;      /* a host event stopped the run (a debugger's Ctrl-C) */
        }
        if (unlikely(cpu->dbg != NULL) && dbg_step_done(cpu))
            break;          /* gdbstub: the single step is done */
        uint64_t next = timer_update(cpu);
        if ((cpu->irq_lines || (cpu_hcr(cpu) & (HCR_VI | HCR_VF | HCR_VSE))) &&
            !cpu->dbg_stepping) {   /* a debugger's single step takes no interrupt */
            if (exc_take_interrupt(cpu))
                continue;
        }
        if (cpu->wfi) {
            if (wake_pending(cpu)) {
                cpu->wfi = false;
            } else {
                if (!wfi_sleep(cpu, next))
                    break;
                continue;
            }
        }
        /* software step (D2.12): only looked at while MDSCR_EL1.SS = 1 */
        int sstep = 0;
        if (unlikely(cpu->sr[SR_MDSCR_EL1] & MDSCR_SS)) {
            sstep = hwdbg_step_begin(cpu);
            if (sstep < 0)
                continue;   /* active-pending: the Software Step exception was taken */
        }
        if (cpu->ps.il) {
            ExcInfo e = { .ec = EC_ILLEGAL, .il = true };
            exc_take_sync(cpu, &e, cpu->pc);
            continue;
        }
        uint64_t limit = UINT64_MAX;
        if (cpu->max_insns)
            limit = cpu->max_insns;
        if (next != UINT64_MAX) {
            uint64_t now = cpu_now_ns(cpu);
            uint64_t step = next > now ? next - now : 1;
            if (cpu->realtime || cpu->icount + step < limit)
                limit = cpu->icount + step;
        }
        if (cpu->input_deadline > cpu->icount && cpu->input_deadline < limit)
            limit = cpu->input_deadline;   /* a replayed input is due there */
        if (cpu->realtime && limit - cpu->icount > 65536)
            limit = cpu->icount + 65536;   /* re-read the host clock regularly */
        if ((cpu->poll_host || cpu->wall_deadline_ns) && limit - cpu->icount > HOST_POLL_INSNS)
            limit = cpu->icount + HOST_POLL_INSNS;
        if (unlikely(cpu->dbg != NULL))
            limit = dbg_run_limit(cpu, limit);  /* debugger: 1 when stepping; poll slices */
        if (sstep > 0 && limit > cpu->icount + 1)
            limit = cpu->icount + 1;           /* active-not-pending: one instruction */
        cpu->icount_limit = limit;
        uint64_t pc0 = cpu->pc, icount0 = cpu->icount;
        if (cpu->log->mask & LOG_EXEC)
            run_inner_traced(cpu);
        else if (unlikely(cpu->hwdbg.bp_mask != 0))
            run_inner_checked(cpu);
        else
            run_inner_fast(cpu);
        if (sstep > 0)
            hwdbg_step_done(cpu, pc0, icount0);
    }
    /* The run can end right after a CNT*_CTL/CVAL/TVAL write: bring the
     * timer outputs up to date so whoever looks next (a test, the
     * debugger, a state dump) sees the levels the registers imply. */
    timer_update(cpu);
    return cpu->halt_reason;
}
