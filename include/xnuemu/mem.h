/*
 * mem.h — guest virtual memory accesses from instruction handlers.
 * The fast path is inline: one tag compare in the current regime's TLB, a
 * page-crossing check and, for Device memory or SCTLR.A, an alignment
 * check; a hit is a memcpy through the host addend. Everything else (miss,
 * MMIO, stores to decoded code, watched granules, page-crossing, faults)
 * goes to the out-of-line slow path, which walks, fills, splits and
 * reports faults. Accessors return false after recording the fault in
 * cpu->pending: handlers then `return EXEC_FAULT`. Little-endian data only.
 * Arm ARM D8 (translation), B2.5 (alignment), D8.12 (memory types).
 */
#ifndef XNUEMU_MEM_H
#define XNUEMU_MEM_H

#include <string.h>

#include "cpu.h"

/* Access flags for the slow path and the special accessors. */
enum {
    MEM_WRITE  = 1u << 0,
    MEM_UNPRIV = 1u << 1,   /* LDTR/STTR: EL0 permissions (unless UAO) */
    MEM_ALIGN  = 1u << 2,   /* must be naturally aligned (exclusive, atomic, acquire/release) */
    MEM_EXCL   = 1u << 3,   /* exclusive load/store: arms or checks the monitor */
    MEM_ATOMIC = 1u << 4,   /* read-modify-write: needs read and write permission */
    MEM_DCZVA  = 1u << 5,   /* DC ZVA: a write, reported as a cache maintenance op */
    MEM_CMO    = 1u << 6,   /* DC CIVAC etc.: permission check only (ESR.CM=1) */
    MEM_FETCH  = 1u << 7,   /* instruction fetch */
    MEM_NOFAULT = 1u << 8,  /* debugger: no exception, no TLB side effects visible */
    MEM_AT     = 1u << 9,   /* AT instruction: translate only */
};

bool mem_slow_read(CpuState *cpu, uint64_t va, unsigned size, void *buf, unsigned flags)
    NOINLINE MUST_CHECK;
bool mem_slow_write(CpuState *cpu, uint64_t va, unsigned size, const void *buf, unsigned flags)
    NOINLINE MUST_CHECK;

static inline bool tlb_fast_hit(const TlbEntry *e, uint64_t tag, uint64_t va, unsigned size)
{
    uint64_t off = va & TLB_PAGE_MASK;
    return tag == (va & ~TLB_PAGE_MASK) &&
           !(((off + size - 1) >> 12) | (off & (size - 1) & e->pa_attr));
}

/* Load size (1, 2, 4, 8) bytes, zero-extended. */
static inline MUST_CHECK bool mem_ld(CpuState *cpu, uint64_t va, unsigned size, uint64_t *out)
{
    const TlbEntry *e = &cpu->tlb->d[tlb_index(va)];
    if (likely(tlb_fast_hit(e, e->tag_r, va, size))) {
        const void *h = (const void *)(uintptr_t)(va + e->addend);
        switch (size) {
        case 1: *out = *(const uint8_t *)h; return true;
        case 2: { uint16_t v; memcpy(&v, h, 2); *out = v; return true; }
        case 4: { uint32_t v; memcpy(&v, h, 4); *out = v; return true; }
        default: memcpy(out, h, 8); return true;
        }
    }
    *out = 0;
    return mem_slow_read(cpu, va, size, out, 0);
}

/* Store the low size (1, 2, 4, 8) bytes of val. */
static inline MUST_CHECK bool mem_st(CpuState *cpu, uint64_t va, unsigned size, uint64_t val)
{
    const TlbEntry *e = &cpu->tlb->d[tlb_index(va)];
    if (likely(tlb_fast_hit(e, e->tag_w, va, size))) {
        memcpy((void *)(uintptr_t)(va + e->addend), &val, size);
        return true;
    }
    return mem_slow_write(cpu, va, size, &val, 0);
}

/* 16-byte accesses (SIMD&FP Q registers). */
static inline MUST_CHECK bool mem_ld16(CpuState *cpu, uint64_t va, void *buf)
{
    const TlbEntry *e = &cpu->tlb->d[tlb_index(va)];
    if (likely(tlb_fast_hit(e, e->tag_r, va, 16))) {
        memcpy(buf, (const void *)(uintptr_t)(va + e->addend), 16);
        return true;
    }
    return mem_slow_read(cpu, va, 16, buf, 0);
}

static inline MUST_CHECK bool mem_st16(CpuState *cpu, uint64_t va, const void *buf)
{
    const TlbEntry *e = &cpu->tlb->d[tlb_index(va)];
    if (likely(tlb_fast_hit(e, e->tag_w, va, 16))) {
        memcpy((void *)(uintptr_t)(va + e->addend), buf, 16);
        return true;
    }
    return mem_slow_write(cpu, va, 16, buf, 0);
}

/* Accesses with special semantics always take the slow path. (16-byte
 * forms: LDXP/STXP/CASP pairs, SIMD&FP Q registers.) */
static inline MUST_CHECK bool mem_ld16_flags(CpuState *cpu, uint64_t va, void *buf, unsigned flags)
{
    return mem_slow_read(cpu, va, 16, buf, flags);
}

static inline MUST_CHECK bool mem_st16_flags(CpuState *cpu, uint64_t va, const void *buf,
                                             unsigned flags)
{
    return mem_slow_write(cpu, va, 16, buf, flags | MEM_WRITE);
}

static inline MUST_CHECK bool mem_ld_flags(CpuState *cpu, uint64_t va, unsigned size,
                                           uint64_t *out, unsigned flags)
{
    *out = 0;
    return mem_slow_read(cpu, va, size, out, flags);
}

static inline MUST_CHECK bool mem_st_flags(CpuState *cpu, uint64_t va, unsigned size,
                                           uint64_t val, unsigned flags)
{
    return mem_slow_write(cpu, va, size, &val, flags | MEM_WRITE);
}

/* Translate va for an access of the given kind (AT, DC ops, exclusive
 * monitor, debugger). On success *pa is the physical address. Without
 * MEM_NOFAULT a fault is recorded in cpu->pending. */
bool mem_translate(CpuState *cpu, uint64_t va, unsigned flags, uint64_t *pa) MUST_CHECK;

/* Exclusive monitor (Arm ARM B2.9): arm it for [va, va+size) at pa (stores
 * to its page then take the slow path), clear it. */
void excl_set(CpuState *cpu, uint64_t pa, uint64_t va, unsigned size);
void excl_clear(CpuState *cpu);
/* A store (by anyone) to [pa, pa+len): clear monitors covering it. */
void excl_note_store(CpuState *cpu, uint64_t pa, uint64_t len);

/* SP alignment check (CheckSPAlignment, Arm ARM D1.8.2): when the base
 * register is SP and SP is not 16-byte aligned, SCTLR_ELx.SA (SA0 at EL0)
 * decides whether this is an SP alignment fault. sp_misaligned() returns
 * false with the fault pending, true if checking is off. */
bool sp_misaligned(CpuState *cpu) MUST_CHECK;
static inline MUST_CHECK bool sp_check(CpuState *cpu, unsigned rn)
{
    if (rn == REG_SP && (cpu->r[REG_SP] & 15))
        return sp_misaligned(cpu);
    return true;
}

#endif
