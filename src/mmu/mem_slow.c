/*
 * mem_slow.c — the out-of-line half of guest memory access: alignment
 * checks (B2.5), page-crossing splits (both pages translated before any
 * byte is written), TLB fill, MMIO dispatch through the bus, stores to
 * pages holding decoded code, the exclusive monitor's granule, and
 * instruction-fetch translation into decoded pages.
 */
#include <string.h>

#include "xnuemu/bus.h"
#include "xnuemu/dcache.h"
#include "xnuemu/gdbstub.h"
#include "xnuemu/hwdebug.h"
#include "xnuemu/mem.h"
#include "xnuemu/mmu.h"
#include "xnuemu/sysreg.h"

/* Where one page's part of an access goes. */
typedef struct Xlat {
    uint64_t pa;
    uint8_t *host;        /* RAM, or NULL for MMIO */
    bool device;          /* alignment required */
    bool code;            /* the page holds decoded code */
} Xlat;

static void tlb_fill(CpuState *cpu, unsigned regime, uint64_t va, const TransResult *t,
                     const BusRegion *r, Xlat *x)
{
    TlbEntry *e = &cpu->tlbs[regime].d[tlb_index(va)];
    uint64_t vpage = va & ~TLB_PAGE_MASK;
    uint64_t ppage = t->pa & ~TLB_PAGE_MASK;
    bool align = t->device || (mmu_regime_sctlr(cpu, regime) & SCTLR_A);
    tlb_note_size(cpu, regime, t->size_log2);
    e->pa_attr = ppage | (align ? TLB_PAGE_MASK : 0);
    if (r && r->ram) {
        uint8_t *hpage = r->ram + (ppage - r->base);
        e->addend = (uintptr_t)hpage - (uintptr_t)vpage;
        uint64_t wflags = 0, rflags = 0;
        if (bus_region_is_code_page(r, ppage))
            wflags |= TLBF_CODE;
        if (cpu->excl.valid && (cpu->excl.pa & ~TLB_PAGE_MASK) == ppage)
            wflags |= TLBF_WATCH;
        if ((unlikely(cpu->dbg != NULL) && dbg_watch_page(cpu, vpage)) ||
            (unlikely(cpu->hwdbg.wp_mask != 0) && hwdbg_watch_page(cpu, vpage))) {
            rflags = TLBF_WATCH;      /* a watchpoint: every access goes slow */
            wflags |= TLBF_WATCH;
        }
        e->tag_r = t->readable ? (vpage | rflags) : TLBF_INVALID;
        e->tag_w = t->writable ? (vpage | wflags) : TLBF_INVALID;
        x->host = hpage + (va & TLB_PAGE_MASK);
        x->code = (wflags & TLBF_CODE) != 0;
    } else {
        e->addend = 0;
        e->tag_r = t->readable ? (vpage | TLBF_MMIO) : TLBF_INVALID;
        e->tag_w = t->writable ? (vpage | TLBF_MMIO) : TLBF_INVALID;
        x->host = NULL;
        x->code = false;
    }
}

/* Translate one page's part of an access, from the TLB when the entry is
 * there (flagged entries land here too), else by walking and filling.
 * `misaligned`: the access is not aligned to its size, so a walk faults on
 * Device memory, at the stage that made it Device, before that stage's
 * Permission fault (D8.15.5; mmu.h MEM_MISALIGNED). A TLB hit leaves the
 * check to the caller (x->device). */
static bool xlat(CpuState *cpu, uint64_t va, unsigned flags, unsigned regime, bool misaligned,
                 Xlat *x)
{
    TlbEntry *e = &cpu->tlbs[regime].d[tlb_index(va)];
    uint64_t vpage = va & ~TLB_PAGE_MASK;
    bool need_r = !(flags & MEM_WRITE) || (flags & MEM_ATOMIC);
    bool need_w = (flags & (MEM_WRITE | MEM_ATOMIC)) != 0;
    bool hit = !(flags & MEM_CMO) &&
               (!need_r || (e->tag_r & ~(uint64_t)(TLBF_MMIO | TLBF_CODE | TLBF_WATCH)) == vpage) &&
               (!need_w || (e->tag_w & ~(uint64_t)(TLBF_MMIO | TLBF_CODE | TLBF_WATCH)) == vpage);
    if (hit) {
        uint64_t tag = need_w ? e->tag_w : e->tag_r;
        x->pa = (e->pa_attr & ~TLB_PAGE_MASK) | (va & TLB_PAGE_MASK);
        x->device = (e->pa_attr & TLB_PAGE_MASK) != 0;
        x->host = (tag & TLBF_MMIO) ? NULL : (uint8_t *)(uintptr_t)(va + e->addend);
        x->code = (e->tag_w & TLBF_CODE) != 0;
        return true;
    }
    TransResult t = { 0 };
    cpu->stats.data_fills++;
    /* checks this access's permission and the memory type's alignment */
    if (!mmu_translate(cpu, va, misaligned ? flags | MEM_MISALIGNED : flags, regime, &t))
        return false;
    x->pa = t.pa;
    x->device = t.device || (mmu_regime_sctlr(cpu, regime) & SCTLR_A);
    BusRegion *r = bus_find(cpu->bus, t.pa);
    if (flags & (MEM_NOFAULT | MEM_CMO)) {
        /* debugger and cache maintenance: no TLB side effects */
        x->host = (r && r->ram) ? r->ram + (t.pa - r->base) : NULL;
        x->code = r && r->ram && bus_region_is_code_page(r, t.pa);
        return true;
    }
    tlb_fill(cpu, regime, va, &t, r, x);
    x->device = t.device || (mmu_regime_sctlr(cpu, regime) & SCTLR_A);
    return true;
}

static bool mmio_access(CpuState *cpu, const Xlat *x, uint64_t va, unsigned n, uint8_t *buf,
                        unsigned flags)
{
    for (unsigned done = 0; done < n;) {
        unsigned part = n - done >= 8 ? 8 : n - done;
        while (part & (part - 1))
            part &= part - 1;     /* largest power of two <= part */
        bool ok;
        if (flags & MEM_WRITE) {
            uint64_t v = 0;
            memcpy(&v, buf + done, part);
            ok = bus_write(cpu->bus, x->pa + done, part, v);
        } else {
            uint64_t v = 0;
            ok = bus_read(cpu->bus, x->pa + done, part, &v);
            memcpy(buf + done, &v, part);
        }
        if (!ok)
            return mmu_data_abort(cpu, va + done, FSC_EXTERNAL, flags);
        done += part;
    }
    return true;
}

static bool do_access(CpuState *cpu, const Xlat *x, uint64_t va, unsigned n, uint8_t *buf,
                      unsigned flags)
{
    if (flags & MEM_CMO)
        return true;
    if (!x->host)
        return mmio_access(cpu, x, va, n, buf, flags);
    if (flags & MEM_WRITE) {
        memcpy(x->host, buf, n);
        if (x->code)
            dcache_invalidate_range(cpu->dcache, x->pa, n);
        excl_note_store(cpu, x->pa, n);
    } else {
        memcpy(buf, x->host, n);
    }
    return true;
}

/* The guest's own watchpoints (hwdebug.h), after translation: MMU faults
 * come first (AArch64.TranslateAddress then AArch64.CheckDebug). */
static inline bool guest_watch_ok(CpuState *cpu, uint64_t va, unsigned size, unsigned flags)
{
    return likely(cpu->hwdbg.wp_mask == 0) || hwdbg_watch_access(cpu, va, size, flags);
}

/* An access at va (fault address far) found Device memory in the TLB with
 * a misaligned access or DC ZVA: translate again so that the stage whose
 * attributes made it Device reports the Alignment fault (stage 2: to EL2).
 * When the walk now succeeds on Normal memory, the entry was marked only
 * by SCTLR_ELx.A (or tables changed since the fill): a stage-1 Alignment
 * fault for an access, none for DC ZVA, which SCTLR_ELx.A does not check
 * (its address is aligned to the block; only Device memory faults it,
 * C5.3.x DC ZVA). True when the access may go ahead. */
static bool device_align_ok(CpuState *cpu, uint64_t va, uint64_t far, unsigned flags,
                            unsigned regime)
{
    TransResult t;
    bool walked = mmu_translate(cpu, va, flags | MEM_MISALIGNED, regime, &t);
    if (walked && (flags & MEM_DCZVA) && !t.device)
        return true;
    if (walked || (flags & MEM_NOFAULT) || cpu->halt_reason)
        return mmu_data_abort(cpu, far, FSC_ALIGNMENT, flags);
    cpu->pending.far = far;
    return false;
}

static bool mem_access(CpuState *cpu, uint64_t va, unsigned size, uint8_t *buf, unsigned flags)
{
    cpu->stats.slow_data++;
    if (unlikely(cpu->dbg != NULL) && !dbg_watch_access(cpu, va, size, flags))
        return false;   /* gdbstub: a watchpoint stopped the run before the access */
    unsigned regime = (flags & MEM_UNPRIV) ? mmu_unpriv_regime(cpu) : cpu->regime;
    bool unaligned = (va & (size - 1)) != 0;
    /* Alignment faults not caused by the memory type come before any
     * translation (D8.15.5 item 1): exclusives, atomics, acquire/release,
     * and SCTLR_ELx.A of the regime (AlignmentEnforced) */
    if (unaligned && ((flags & MEM_ALIGN) || (mmu_regime_sctlr(cpu, regime) & SCTLR_A)))
        return mmu_data_abort(cpu, va, FSC_ALIGNMENT, flags);
    uint64_t off = va & TLB_PAGE_MASK;
    Xlat a;
    if (!xlat(cpu, va, flags, regime, unaligned || (flags & MEM_DCZVA), &a))
        return false;
    /* Device memory: unaligned accesses fault, and so does DC ZVA (D7.4.x) */
    if (a.device && ((va & (size - 1)) || (flags & MEM_DCZVA)) &&
        !device_align_ok(cpu, va, va, flags, regime))
        return false;
    if (off + size <= 0x1000)
        return guest_watch_ok(cpu, va, size, flags) && do_access(cpu, &a, va, size, buf, flags);
    /* Crosses a page: translate the second page before touching either. */
    unsigned n1 = (unsigned)(0x1000 - off);
    Xlat b;
    if (!xlat(cpu, va + n1, flags, regime, true, &b)) {
        /* an Alignment fault reports the access's address */
        if (!(flags & MEM_NOFAULT) && !cpu->halt_reason &&
            (cpu->pending.iss & 0x3f) == FSC_ALIGNMENT)
            cpu->pending.far = va;
        return false;
    }
    if (b.device && !device_align_ok(cpu, va + n1, va, flags, regime))
        return false;
    return guest_watch_ok(cpu, va, size, flags) &&
           do_access(cpu, &a, va, n1, buf, flags) &&
           do_access(cpu, &b, va + n1, size - n1, buf + n1, flags);
}

bool mem_slow_read(CpuState *cpu, uint64_t va, unsigned size, void *buf, unsigned flags)
{
    return mem_access(cpu, va, size, buf, flags & ~(unsigned)MEM_WRITE);
}

bool mem_slow_write(CpuState *cpu, uint64_t va, unsigned size, const void *buf, unsigned flags)
{
    return mem_access(cpu, va, size, (uint8_t *)(uintptr_t)buf, flags | MEM_WRITE);
}

bool mem_translate(CpuState *cpu, uint64_t va, unsigned flags, uint64_t *pa)
{
    unsigned regime = (flags & MEM_UNPRIV) ? mmu_unpriv_regime(cpu) : cpu->regime;
    TransResult t;
    if (!mmu_translate(cpu, va, flags, regime, &t))
        return false;
    *pa = t.pa;
    return true;
}

DecodedPage *mmu_fetch_page(CpuState *cpu, uint64_t pc)
{
    TransResult t;
    cpu->stats.itlb_fills++;
    if (!mmu_translate(cpu, pc, MEM_FETCH, cpu->regime, &t))
        return NULL;
    uint64_t ppage = t.pa & ~TLB_PAGE_MASK;
    uint8_t *host = bus_ram_ptr(cpu->bus, ppage, BUS_PAGE_SIZE);
    if (!host) {
        LOG(cpu->log, LOG_GUEST, "guest: EL%u instruction fetch from 0x%016llx (PA 0x%llx): "
            "not RAM\n", cpu->ps.el, (unsigned long long)pc, (unsigned long long)t.pa);
        mmu_data_abort(cpu, pc, FSC_EXTERNAL, MEM_FETCH);
        return NULL;
    }
    DecodedPage *dp = dcache_get(cpu->dcache, ppage, host);
    if (!dp) {
        snprintf(cpu->halt_msg, sizeof(cpu->halt_msg), "out of host memory for decoded code");
        cpu->halt_reason = HALT_ERROR;
        return NULL;
    }
    ItlbEntry *e = &cpu->tlb->i[tlb_index(pc)];
    e->tag_x = pc & ~TLB_PAGE_MASK;
    e->dp = dp;
    tlb_note_size(cpu, cpu->regime, t.size_log2);
    if (unlikely(cpu->dbg != NULL))
        dbg_code_page(cpu, pc & ~TLB_PAGE_MASK, dp);  /* gdbstub: arm breakpoints in the page */
    return dp;
}

/* --- exclusive monitor (B2.9): one local monitor per PE, cleared by CLREX,
 * exception return, and any store overlapping its granule --- */

#define EXCL_GRANULE 64u    /* CTR_EL0.ERG = 4: 16 words */

/* Does the data entry map VA page vpage for writes (whatever its flags)? */
static bool excl_maps_page(const TlbEntry *e, uint64_t vpage)
{
    return (e->tag_w & ~(uint64_t)(TLBF_MMIO | TLBF_CODE | TLBF_WATCH)) == vpage;
}

/* Every store to the monitored page must take the slow path, where
 * excl_note_store() sees it. The current regime's entry is the one that
 * matters; entries of the other regimes mapping the same VA page are
 * flagged too (8 compares), so a PAN toggle between the LDXR and a plain
 * store does not hide the store. */
void excl_set(CpuState *cpu, uint64_t pa, uint64_t va, unsigned size)
{
    excl_clear(cpu);          /* unflags the previous monitor's page */
    cpu->excl = (ExclMonitor){ .valid = true, .pa = pa, .va = va, .size = (uint8_t)size };
    uint64_t vpage = va & ~TLB_PAGE_MASK;
    for (unsigned r = 0; r < REGIME_COUNT; r++) {
        TlbEntry *e = &cpu->tlbs[r].d[tlb_index(va)];
        if (excl_maps_page(e, vpage))
            e->tag_w |= TLBF_WATCH;
    }
}

/* The monitor is gone: stores to its page need not take the slow path any
 * more. Undo what excl_set() did: drop TLBF_WATCH, or, when a debugger or
 * guest watchpoint may need the flag too, drop the entry so that a refill
 * works every flag out again. (Without this, a page that ever held a
 * monitor sent every store through the slow path until the next TLB flush:
 * 1.5 M of the 2.1 M slow accesses of a Linux boot.) */
static void excl_unwatch(CpuState *cpu)
{
    uint64_t vpage = cpu->excl.va & ~TLB_PAGE_MASK;
    bool other_watch = cpu->dbg != NULL || cpu->hwdbg.wp_mask != 0;
    for (unsigned r = 0; r < REGIME_COUNT; r++) {
        TlbEntry *e = &cpu->tlbs[r].d[tlb_index(cpu->excl.va)];
        if (!(e->tag_w & TLBF_WATCH) || !excl_maps_page(e, vpage))
            continue;
        if (other_watch)
            e->tag_r = e->tag_w = TLBF_INVALID;
        else
            e->tag_w &= ~(uint64_t)TLBF_WATCH;
    }
}

void excl_clear(CpuState *cpu)
{
    if (cpu->excl.valid)
        excl_unwatch(cpu);
    cpu->excl.valid = false;
}

void excl_note_store(CpuState *cpu, uint64_t pa, uint64_t len)
{
    if (!cpu->excl.valid)
        return;
    uint64_t g = cpu->excl.pa & ~(uint64_t)(EXCL_GRANULE - 1);
    if (pa < g + EXCL_GRANULE && pa + len > g)
        excl_clear(cpu);
}

bool sp_misaligned(CpuState *cpu)
{
    uint64_t sctlr = sysreg_sctlr(cpu);
    bool check = cpu->ps.el == 0 ? (sctlr & SCTLR_SA0) : (sctlr & SCTLR_SA);
    if (!check)
        return true;
    cpu->pending = (ExcInfo){ .ec = EC_SP_ALIGN, .il = true };
    return false;
}
