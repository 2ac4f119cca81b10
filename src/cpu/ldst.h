/*
 * ldst.h — shared by the integer load/store handler files (exec_ldst_*.c):
 * the access kinds of the size:opc columns of Arm ARM C4.1.88 (store,
 * zero-extending load, sign-extending load to 64 or to 32 bits) as an
 * X-macro list, so each addressing mode instantiates one handler per kind
 * with a compile-time access size; the decode of size:opc to a kind; and
 * the frame-free TLB hit test the specialised handlers share (B2.5, D8).
 */
#ifndef XNUEMU_LDST_H
#define XNUEMU_LDST_H

#include "exec.h"

#define LDST_SX8(v)  ((uint64_t)(int64_t)(int8_t)(v))
#define LDST_SX16(v) ((uint64_t)(int64_t)(int16_t)(v))
#define LDST_SX32(v) ((uint64_t)(int64_t)(int32_t)(v))

/* Every kind, in LdstKind order: S(name, bytes) for stores, L(name, bytes,
 * conv) for loads, where conv turns the zero-extended loaded value v into
 * the value written to Xt (the W forms clear bits 63:32). */
#define LDST_KINDS(L, S)                                                      \
    S(stb, 1) S(sth, 2) S(stw, 4) S(stx, 8)                                   \
    L(ldb, 1, v) L(ldh, 2, v) L(ldw, 4, v) L(ldx, 8, v)                       \
    L(ldsbx, 1, LDST_SX8(v)) L(ldshx, 2, LDST_SX16(v)) L(ldswx, 4, LDST_SX32(v)) \
    L(ldsbw, 1, (uint32_t)LDST_SX8(v)) L(ldshw, 2, (uint32_t)LDST_SX16(v))

#define LDST_ENUM_L(name, bytes, conv) LK_##name,
#define LDST_ENUM_S(name, bytes) LK_##name,
enum LdstKind { LDST_KINDS(LDST_ENUM_L, LDST_ENUM_S) LK_COUNT };
#undef LDST_ENUM_L
#undef LDST_ENUM_S

/* The kind of a size:opc pair (opc 00 store, 01 load, 10 load signed to
 * 64 bits, 11 load signed to 32 bits). size 11 with opc 10 is a prefetch
 * and size 1x with opc 11 is unallocated: the rows never send those here. */
static inline unsigned ldst_kind(unsigned size, unsigned opc)
{
    return opc < 3 ? opc * 4 + size : LK_ldsbw + size;
}

static inline bool ldst_kind_is_store(unsigned kind)
{
    return kind <= LK_stx;
}

/* log2 of the access size of a kind */
static inline unsigned ldst_kind_log2(unsigned kind)
{
    return kind < LK_ldsbx ? kind & 3 : kind < LK_ldsbw ? kind - LK_ldsbx : kind - LK_ldsbw;
}

/* conv of a kind at run time (for the slow, unspecialised handlers) */
static inline uint64_t ldst_extend(unsigned kind, uint64_t v)
{
    switch (kind) {
    case LK_ldsbx: return LDST_SX8(v);
    case LK_ldshx: return LDST_SX16(v);
    case LK_ldswx: return LDST_SX32(v);
    case LK_ldsbw: return (uint32_t)LDST_SX8(v);
    case LK_ldshw: return (uint32_t)LDST_SX16(v);
    default: return v;
    }
}

/* The TLB fast path of an access (mem.h's test without the slow call, so
 * that a handler's hit path needs no stack frame): true with the host
 * address in *h on a hit; false on a miss, a flagged page, a page crossing
 * or a Device-memory misalignment. */
static inline bool ldst_host(CpuState *cpu, uint64_t va, unsigned bytes, bool write, void **h)
{
    const TlbEntry *e = &cpu->tlb->d[tlb_index(va)];
    *h = (void *)(uintptr_t)(va + e->addend);
    return tlb_fast_hit(e, write ? e->tag_w : e->tag_r, va, bytes);
}

/* SP as the base needs CheckSPAlignment: only a 16-byte aligned SP (or any
 * other base register) may take the fast path. */
#define LDST_FAST_BASE(n, b) ((n) != REG_SP || !((b) & 15))

/* Little-endian host loads of a compile-time size. */
static inline uint64_t ldst_get(const void *h, unsigned bytes)
{
    switch (bytes) {
    case 1: return *(const uint8_t *)h;
    case 2: { uint16_t v; memcpy(&v, h, 2); return v; }
    case 4: { uint32_t v; memcpy(&v, h, 4); return v; }
    default: { uint64_t v; memcpy(&v, h, 8); return v; }
    }
}

/* A single-register access that missed the fast path (or has SP as a
 * misaligned base): SP alignment check, the access through mem.h, Xt, then
 * X[wbreg] = wb (REG_DISCARD when there is no writeback). Tail-called by
 * the specialised handlers; defined in exec_ldst_imm.c. */
int ldst_single_slow(CpuState *cpu, const DecodedInsn *di, uint64_t va, uint64_t wb,
                     unsigned wbreg);

/* Register fields of a single-register form: Rt is XZR (31 reads zero, a
 * load into it is discarded), Rn is SP. */
static inline void ldst_prep_regs(DecodedInsn *di, unsigned kind, unsigned t, unsigned n)
{
    di->rd = ldst_kind_is_store(kind) ? reg_r_zr(t) : reg_w_zr(t);
    di->rn = reg_r_sp(n);
    di->cond = (uint8_t)kind;
    di->sz = (uint8_t)(1u << ldst_kind_log2(kind));
}

#endif
