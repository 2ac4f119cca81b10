/*
 * gdb_break.c — the debug engine under the GDB stub: software and hardware
 * breakpoints on decoded-instruction slots, exact watchpoints on the memory
 * slow path, single step, and the stop bookkeeping (see gdbstub.h).
 *
 * A breakpoint at VA v is "armed" on every physical instruction v has been
 * fetched from: the slot's handler becomes exec_gdb_break and the original
 * one is kept in the armed table, keyed by PA. Arming happens when the ITLB
 * maps v's page (dbg_code_page) and again whenever the slot is re-decoded
 * after an invalidation (dbg_slot_decoded), so stores to code, IC IALLU and
 * decode-cache drops never lose a breakpoint. Inserting a breakpoint
 * invalidates v's ITLB entries, so the next fetch arms it; removing one
 * resets its slots, which then decode afresh.
 */
#include <stdlib.h>
#include <string.h>

#include "gdb_internal.h"
#include "xnuemu/dcache.h"
#include "xnuemu/decode.h"
#include "xnuemu/mem.h"
#include "xnuemu/mmu.h"
#include "xnuemu/semihosting.h"

void dbg_attach(CpuState *cpu)
{
    if (cpu->dbg)
        return;
    cpu->dbg = calloc(1, sizeof(*cpu->dbg));
    if (!cpu->dbg)
        EMU_BUG("out of memory for the debug engine");
}

void dbg_detach(CpuState *cpu)
{
    CpuDebug *d = cpu->dbg;
    if (!d)
        return;
    dbg_remove_all(cpu);
    if (d->stepping)
        cpu->halt_on_exception = d->saved_hoe;
    cpu->dbg_stepping = false;
    free(d->bp);
    free(d->armed);
    free(d);
    cpu->dbg = NULL;
}

unsigned dbg_hw_bp_max(const CpuState *cpu)
{
    return (unsigned)bits64(cpu->sr[SR_ID_AA64DFR0_EL1], 12, 4) + 1;
}

unsigned dbg_wp_max(const CpuState *cpu)
{
    unsigned n = (unsigned)bits64(cpu->sr[SR_ID_AA64DFR0_EL1], 20, 4) + 1;
    return n < DBG_MAX_WP ? n : DBG_MAX_WP;
}

/* --- arming slots --- */

static DbgArmed *armed_find(CpuDebug *d, uint64_t pa, uint64_t va)
{
    for (unsigned i = 0; i < d->narmed; i++)
        if (d->armed[i].pa == pa && d->armed[i].va == va)
            return &d->armed[i];
    return NULL;
}

static ExecFn *armed_orig(const CpuDebug *d, uint64_t pa)
{
    for (unsigned i = 0; i < d->narmed; i++)
        if (d->armed[i].pa == pa)
            return d->armed[i].orig;
    return NULL;
}

/* Arm slot idx of dp for the breakpoint at va. */
static void arm_slot(CpuState *cpu, DecodedPage *dp, unsigned idx, uint64_t va)
{
    CpuDebug *d = cpu->dbg;
    uint64_t pa = dp->pa + (uint64_t)idx * 4;
    DecodedInsn *slot = &dp->slot[idx];
    if (armed_find(d, pa, va) && slot->exec == exec_gdb_break)
        return;
    if (slot->exec == exec_decode_stub) {
        uint32_t raw;
        memcpy(&raw, dp->host + (size_t)idx * 4, 4);
        a64_decode_insn(cpu, raw, slot);
        dp->code_lines |= 1u << (idx / DC_LINE_SLOTS);  /* invalidation resets it */
    }
    ExecFn *orig = slot->exec == exec_gdb_break ? armed_orig(d, pa) : slot->exec;
    if (!orig)
        return;                   /* cannot happen: an armed slot has an entry */
    DbgArmed *a = armed_find(d, pa, va);
    if (!a) {
        if (d->narmed == d->cap_armed) {
            if (d->cap_armed >= DBG_MAX_ARMED)
                return;           /* absurdly many mappings: leave this one unarmed */
            unsigned cap = d->cap_armed ? d->cap_armed * 2 : 16;
            DbgArmed *n = realloc(d->armed, cap * sizeof(*n));
            if (!n)
                return;
            d->armed = n;
            d->cap_armed = cap;
        }
        a = &d->armed[d->narmed++];
        a->pa = pa;
        a->va = va;
    }
    a->orig = orig;
    slot->exec = exec_gdb_break;
}

void dbg_code_page(CpuState *cpu, uint64_t vpage, DecodedPage *dp)
{
    CpuDebug *d = cpu->dbg;
    for (unsigned i = 0; i < d->nbp; i++)
        if ((d->bp[i].addr & ~TLB_PAGE_MASK) == vpage)
            arm_slot(cpu, dp, (unsigned)(d->bp[i].addr & TLB_PAGE_MASK) >> 2, d->bp[i].addr);
}

void dbg_slot_decoded(CpuState *cpu, DecodedPage *dp, unsigned idx)
{
    CpuDebug *d = cpu->dbg;
    uint64_t pa = dp->pa + (uint64_t)idx * 4;
    bool armed = false;
    for (unsigned i = 0; i < d->narmed; i++) {
        if (d->armed[i].pa == pa) {
            d->armed[i].orig = dp->slot[idx].exec;
            armed = true;
        }
    }
    if (armed)
        dp->slot[idx].exec = exec_gdb_break;
}

/* Drop ITLB entries that could map va, so the next fetch arms it. */
static void itlb_forget(CpuState *cpu, uint64_t va)
{
    unsigned i = tlb_index(va);
    for (unsigned r = 0; r < REGIME_COUNT; r++)
        cpu->tlbs[r].i[i].tag_x = TLBF_INVALID;
}

static bool skipping(const CpuState *cpu, const CpuDebug *d)
{
    return cpu->pc == d->skip_pc && cpu->icount == d->skip_icount;
}

bool dbg_break_here(const CpuState *cpu)
{
    const CpuDebug *d = cpu->dbg;
    if (skipping(cpu, d))
        return false;
    for (unsigned i = 0; i < d->nbp; i++)
        if (d->bp[i].addr == cpu->pc)
            return true;
    return false;
}

int exec_gdb_break(CpuState *cpu, const DecodedInsn *di)
{
    CpuDebug *d = cpu->dbg;
    DecodedPage *dp = cpu->cur_dp;
    uint64_t pa = dp->pa + (uint64_t)(di - dp->slot) * 4;
    ExecFn *orig = d ? armed_orig(d, pa) : NULL;
    if (!orig) {
        /* disarmed behind our back: decode the slot again and run it */
        DecodedInsn *slot = (DecodedInsn *)(uintptr_t)di;
        a64_decode_insn(cpu, di->raw, slot);
        return slot->exec(cpu, slot);
    }
    if (!skipping(cpu, d)) {
        DbgStopKind kind = DBG_STOP_NONE;
        for (unsigned i = 0; i < d->nbp; i++) {
            if (d->bp[i].addr == cpu->pc)
                kind = d->bp[i].type == DBG_BP_SW || kind == DBG_STOP_SWBREAK
                           ? DBG_STOP_SWBREAK : DBG_STOP_HWBREAK;
        }
        if (kind != DBG_STOP_NONE) {
            d->stop = (DbgStop){ .kind = kind, .addr = cpu->pc };
            cpu->halt_reason = HALT_DEBUG;
            return EXEC_HALT;
        }
    }
    return orig(cpu, di);
}

/* --- insert and remove --- */

static void watch_pages_flush(CpuState *cpu, const DbgPoint *w)
{
    uint64_t last = w->addr + w->len - 1;
    for (uint64_t pg = w->addr & ~TLB_PAGE_MASK; pg <= last; pg += 0x1000) {
        tlb_flush_va(cpu, REGIMES_ALL, pg);
        if (pg + 0x1000 < pg)
            break;
    }
}

int dbg_insert(CpuState *cpu, unsigned type, uint64_t addr, uint64_t len)
{
    CpuDebug *d = cpu->dbg;
    if (!d || type > DBG_WP_ACCESS)
        return DBG_ERR_TYPE;
    if (type <= DBG_BP_HW) {
        if (addr & 3)
            return DBG_ERR_ARG;
        for (unsigned i = 0; i < d->nbp; i++)
            if (d->bp[i].addr == addr && d->bp[i].type == type)
                return DBG_OK;    /* already there */
        if (type == DBG_BP_HW ? d->nhw >= dbg_hw_bp_max(cpu)
                              : d->nbp - d->nhw >= DBG_MAX_SW_BP)
            return DBG_ERR_FULL;
        if (d->nbp == d->cap_bp) {
            unsigned cap = d->cap_bp ? d->cap_bp * 2 : 8;
            DbgPoint *n = realloc(d->bp, cap * sizeof(*n));
            if (!n)
                return DBG_ERR_FULL;
            d->bp = n;
            d->cap_bp = cap;
        }
        d->bp[d->nbp++] = (DbgPoint){ .addr = addr, .len = 4, .type = type };
        if (type == DBG_BP_HW)
            d->nhw++;
        itlb_forget(cpu, addr);
        return DBG_OK;
    }
    if (len == 0 || addr + len - 1 < addr)
        return DBG_ERR_ARG;
    for (unsigned i = 0; i < d->nwp; i++)
        if (d->wp[i].addr == addr && d->wp[i].len == len && d->wp[i].type == type)
            return DBG_OK;
    if (d->nwp >= dbg_wp_max(cpu))
        return DBG_ERR_FULL;
    d->wp[d->nwp] = (DbgPoint){ .addr = addr, .len = len, .type = type };
    watch_pages_flush(cpu, &d->wp[d->nwp]);
    d->nwp++;
    return DBG_OK;
}

/* Reset every slot armed for the breakpoint at va; they decode afresh and
 * re-arm for any other breakpoint sharing the instruction. */
static void disarm(CpuState *cpu, uint64_t va)
{
    CpuDebug *d = cpu->dbg;
    for (unsigned i = 0; i < d->narmed;) {
        if (d->armed[i].va == va) {
            uint64_t pa = d->armed[i].pa;
            d->armed[i] = d->armed[--d->narmed];
            dcache_invalidate_range(cpu->dcache, pa, 4);
        } else {
            i++;
        }
    }
}

int dbg_remove(CpuState *cpu, unsigned type, uint64_t addr, uint64_t len)
{
    CpuDebug *d = cpu->dbg;
    if (!d || type > DBG_WP_ACCESS)
        return DBG_ERR_TYPE;
    if (type <= DBG_BP_HW) {
        for (unsigned i = 0; i < d->nbp; i++) {
            if (d->bp[i].addr == addr && d->bp[i].type == type) {
                if (type == DBG_BP_HW)
                    d->nhw--;
                d->bp[i] = d->bp[--d->nbp];
                bool other = false;
                for (unsigned j = 0; j < d->nbp; j++)
                    other |= d->bp[j].addr == addr;
                if (!other)
                    disarm(cpu, addr);
                return DBG_OK;
            }
        }
        return DBG_ERR_ARG;
    }
    for (unsigned i = 0; i < d->nwp; i++) {
        if (d->wp[i].addr == addr && d->wp[i].len == len && d->wp[i].type == type) {
            DbgPoint w = d->wp[i];
            d->wp[i] = d->wp[--d->nwp];
            watch_pages_flush(cpu, &w);
            return DBG_OK;
        }
    }
    return DBG_ERR_ARG;
}

void dbg_remove_all(CpuState *cpu)
{
    CpuDebug *d = cpu->dbg;
    if (!d)
        return;
    while (d->nbp)
        (void)dbg_remove(cpu, d->bp[0].type, d->bp[0].addr, 4);
    while (d->nwp)
        (void)dbg_remove(cpu, d->wp[0].type, d->wp[0].addr, d->wp[0].len);
    while (d->narmed)             /* nothing should be left; be thorough */
        disarm(cpu, d->armed[0].va);
}

/* --- watchpoints --- */

bool dbg_watch_page(const CpuState *cpu, uint64_t vpage)
{
    const CpuDebug *d = cpu->dbg;
    for (unsigned i = 0; i < d->nwp; i++) {
        uint64_t last = d->wp[i].addr + d->wp[i].len - 1;
        if (d->wp[i].addr <= vpage + TLB_PAGE_MASK && last >= vpage)
            return true;
    }
    return false;
}

/* The semihosting call reads and writes guest memory on the guest's
 * behalf; those accesses are the host's, not watched ones. */
static bool in_semihosting(const CpuState *cpu)
{
    const DecodedPage *dp = cpu->cur_dp;
    return cpu->semihosting && dp &&
           dp->slot[(cpu->pc >> 2) & (DC_SLOTS - 1)].raw == (0xd4400000u | SEMIHOST_HLT_IMM << 5);
}

bool dbg_watch_access(CpuState *cpu, uint64_t va, unsigned size, unsigned flags)
{
    CpuDebug *d = cpu->dbg;
    if (!d->nwp || (flags & (MEM_NOFAULT | MEM_CMO | MEM_AT | MEM_FETCH)))
        return true;
    if ((d->skip_wp && skipping(cpu, d)) || in_semihosting(cpu))
        return true;
    bool write = (flags & (MEM_WRITE | MEM_DCZVA | MEM_ATOMIC)) != 0;
    bool read = !(flags & (MEM_WRITE | MEM_DCZVA)) || (flags & MEM_ATOMIC);
    uint64_t last = va + size - 1;
    for (unsigned i = 0; i < d->nwp; i++) {
        const DbgPoint *w = &d->wp[i];
        if (w->addr > last || w->addr + w->len - 1 < va)
            continue;
        DbgStopKind kind;
        if (w->type == DBG_WP_WRITE && write)
            kind = DBG_STOP_WATCH;
        else if (w->type == DBG_WP_READ && read)
            kind = DBG_STOP_RWATCH;
        else if (w->type == DBG_WP_ACCESS)
            kind = DBG_STOP_AWATCH;
        else
            continue;
        d->stop = (DbgStop){ .kind = kind, .addr = va > w->addr ? va : w->addr };
        cpu->halt_reason = HALT_DEBUG;
        return false;
    }
    return true;
}

/* --- run control --- */

void dbg_resume(CpuState *cpu, bool step)
{
    CpuDebug *d = cpu->dbg;
    d->skip_wp = d->stop.kind >= DBG_STOP_WATCH && d->skip_pc == cpu->pc &&
                 d->skip_icount == cpu->icount;
    d->skip_pc = cpu->pc;
    d->skip_icount = cpu->icount;
    d->stop = (DbgStop){ 0 };
    if (step && !d->stepping) {
        d->saved_hoe = cpu->halt_on_exception;
        cpu->halt_on_exception = true;   /* stop at the vector of an exception */
    } else if (!step && d->stepping) {
        cpu->halt_on_exception = d->saved_hoe;
    }
    d->stepping = step;
    d->step_icount = cpu->icount;
    cpu->dbg_stepping = step;
}

DbgStop dbg_take_stop(CpuState *cpu)
{
    CpuDebug *d = cpu->dbg;
    if (d->stepping) {
        cpu->halt_on_exception = d->saved_hoe;
        if (d->stop.kind == DBG_STOP_NONE)
            d->stop.kind = DBG_STOP_STEP;    /* one instruction, or an exception entry */
    }
    d->stepping = false;
    cpu->dbg_stepping = false;
    if (cpu->halt_reason == HALT_DEBUG)
        cpu->halt_reason = HALT_NONE;
    if (d->stop.kind == DBG_STOP_NONE)
        d->stop.kind = DBG_STOP_INTERRUPT;
    /* a watchpoint stop is remembered for the resume (skip_wp) */
    d->skip_pc = cpu->pc;
    d->skip_icount = cpu->icount;
    return d->stop;
}

void dbg_request_stop(CpuState *cpu, DbgStopKind kind)
{
    CpuDebug *d = cpu->dbg;
    if (cpu->halt_reason)
        return;
    d->stop = (DbgStop){ .kind = kind };
    cpu->halt_reason = HALT_DEBUG;
    cpu_kick(cpu);
}

uint64_t dbg_run_limit(const CpuState *cpu, uint64_t limit)
{
    uint64_t cap = cpu->icount + (cpu->dbg_stepping ? 1 : DBG_POLL_SLICE);
    return cap < limit ? cap : limit;
}

bool dbg_step_done(CpuState *cpu)
{
    CpuDebug *d = cpu->dbg;
    if (!d->stepping || cpu->icount == d->step_icount)
        return false;
    cpu->halt_reason = HALT_DEBUG;
    return true;
}
