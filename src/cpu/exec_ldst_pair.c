/*
 * exec_ldst_pair.c — Load/store register pair and no-allocate pair (Arm
 * ARM C4.1.88; C6.2 pages STP, LDP, LDPSW, STNP, LDNP): two accesses of
 * 4 or 8 bytes at address and address + size, offset SignExtend(imm7) <<
 * scale. prep picks a handler per kind (W, X, SW) and addressing mode.
 * The non-temporal hint of LDNP/STNP has no effect here.
 *
 * A pair inside one page that hits the TLB fast path is checked once and
 * copied directly; otherwise it is two ordinary accesses (mem.h). Loads
 * read both elements before writing any register; a store whose second
 * access faults may already have written the first element (the two are
 * separate single-copy-atomic accesses, as on hardware).
 *
 * CONSTRAINED UNPREDICTABLE choices (C6.2 LDP/STP, K1.2):
 *  - LDP/LDNP/LDPSW with Rt == Rt2: Constraint_UNKNOWN (the loaded data
 *    is UNKNOWN); the register gets the second element (Rt is written,
 *    then Rt2). QEMU 7.2 leaves the first: a differential test must skip it;
 *  - load pair with writeback and Rn == Rt or Rn == Rt2 (n != 31):
 *    Constraint_UNKNOWN (the writeback value is UNKNOWN); we write the
 *    address, after the loaded data, so Xn ends with the address;
 *  - store pair with writeback and Rn == Rt or Rt2 (n != 31):
 *    Constraint_NONE, the values stored are those before the writeback.
 */
#include "ldst.h"

#define PAIR_ZX(x) (x)

/* K(name, bytes, conv) for loads, with conv a macro; S(name, bytes) */
#define PAIR_KINDS(L, S)                                                     \
    S(stw, 4) S(stx, 8) L(ldw, 4, PAIR_ZX) L(ldx, 8, PAIR_ZX) L(ldsw, 4, LDST_SX32)

#define PAIR_ENUM_L(name, bytes, conv) PK_##name,
#define PAIR_ENUM_S(name, bytes) PK_##name,
enum { PAIR_KINDS(PAIR_ENUM_L, PAIR_ENUM_S) PK_COUNT };

/* Everything but a fast-path hit: SP alignment check, two accesses through
 * mem.h (loads: both before any register is written), X[wbreg] = wb.
 * External linkage keeps GCC from cloning it with a wider signature, so
 * the handlers can tail-call it. */
int ldst_pair_slow(CpuState *cpu, const DecodedInsn *di, uint64_t va, uint64_t wb,
                   unsigned wbreg);
int ldst_pair_slow(CpuState *cpu, const DecodedInsn *di, uint64_t va, uint64_t wb,
                   unsigned wbreg)
{
    unsigned n = di->rn, t = di->rd, t2 = di->rm, kind = di->cond, bytes = di->sz;
    uint64_t v = cpu->r[t], v2 = cpu->r[t2];
    if (!sp_check(cpu, n))
        return EXEC_FAULT;
    if (kind <= PK_stx) {
        if (!mem_st(cpu, va, bytes, v) || !mem_st(cpu, va + bytes, bytes, v2))
            return EXEC_FAULT;
    } else {
        if (!mem_ld(cpu, va, bytes, &v) || !mem_ld(cpu, va + bytes, bytes, &v2))
            return EXEC_FAULT;
        cpu->r[t] = kind == PK_ldsw ? LDST_SX32(v) : v;
        cpu->r[t2] = kind == PK_ldsw ? LDST_SX32(v2) : v2;
    }
    cpu->r[wbreg] = wb;
    return exec_next(cpu, di);
}

/* The hit path tests the TLB once for the whole 2 * size bytes: same page,
 * and on Device memory 2 * size alignment, which implies each element's. */
#define PAIR_LOAD(mode, name, bytes, conv, ADDR, WB, WBREG)                  \
    EXEC_VARIANT(mode##_##name)                                              \
    {                                                                        \
        unsigned n = di->rn;                                                 \
        uint64_t b = cpu->r[n], imm = di->imm, va = ADDR;                    \
        void *h;                                                             \
        if (likely(ldst_host(cpu, va, 2 * bytes, false, &h)) &&              \
            likely(LDST_FAST_BASE(n, b))) {                                  \
            uint64_t v = ldst_get(h, bytes);                                 \
            uint64_t v2 = ldst_get((const uint8_t *)h + bytes, bytes);       \
            cpu->r[di->rd] = conv(v);                                        \
            cpu->r[di->rm] = conv(v2);                                       \
            WB;                                                              \
            return exec_next(cpu, di);                                       \
        }                                                                    \
        return ldst_pair_slow(cpu, di, va, b + imm, WBREG);                  \
    }

#define PAIR_STORE(mode, name, bytes, ADDR, WB, WBREG)                       \
    EXEC_VARIANT(mode##_##name)                                              \
    {                                                                        \
        unsigned n = di->rn;                                                 \
        uint64_t b = cpu->r[n], imm = di->imm, va = ADDR;                    \
        void *h;                                                             \
        if (likely(ldst_host(cpu, va, 2 * bytes, true, &h)) &&               \
            likely(LDST_FAST_BASE(n, b))) {                                  \
            uint64_t v = cpu->r[di->rd], v2 = cpu->r[di->rm];                \
            memcpy(h, &v, bytes);                                            \
            memcpy((uint8_t *)h + bytes, &v2, bytes);                        \
            WB;                                                              \
            return exec_next(cpu, di);                                       \
        }                                                                    \
        return ldst_pair_slow(cpu, di, va, b + imm, WBREG);                  \
    }

/* Rt, then Rt2, then the writeback (see the header comment) */
#define DEF_L(name, bytes, conv)                                             \
    PAIR_LOAD(off, name, bytes, conv, b + imm, (void)0, REG_DISCARD)         \
    PAIR_LOAD(pre, name, bytes, conv, b + imm, cpu->r[n] = va, n)            \
    PAIR_LOAD(post, name, bytes, conv, b, cpu->r[n] = b + imm, n)
#define DEF_S(name, bytes)                                                   \
    PAIR_STORE(off, name, bytes, b + imm, (void)0, REG_DISCARD)              \
    PAIR_STORE(pre, name, bytes, b + imm, cpu->r[n] = va, n)                 \
    PAIR_STORE(post, name, bytes, b, cpu->r[n] = b + imm, n)

PAIR_KINDS(DEF_L, DEF_S)

typedef struct PairFns {
    ExecFn *off, *pre, *post;
} PairFns;

#define TAB_L(name, bytes, conv) { off_##name, pre_##name, post_##name },
#define TAB_S(name, bytes) { off_##name, pre_##name, post_##name },
static const PairFns pair_fns[PK_COUNT] = { PAIR_KINDS(TAB_L, TAB_S) };

/* bits 24:23: 00 no-allocate (offset), 01 post-index, 10 offset, 11 pre */
static ExecFn *pair_variant(const DecodedInsn *di)
{
    const PairFns *fns = &pair_fns[di->cond];
    switch ((di->raw >> 23) & 3) {
    case 1: return fns->post;
    case 3: return fns->pre;
    default: return fns->off;
    }
}

/* opc (bits 31:30): 00 W, 10 X, 01 LDPSW (the rows leave out 11 and the
 * opc/L combinations that are not pairs); L (bit 22) = load. */
PREP(prep_ldst_pair)
{
    (void)cpu;
    unsigned opc = di->raw >> 30, load = (di->raw >> 22) & 1;
    unsigned scale = opc == 2 ? 3 : 2;
    unsigned kind = load ? (opc == 1 ? PK_ldsw : opc == 2 ? PK_ldx : PK_ldw)
                         : (opc == 2 ? PK_stx : PK_stw);
    di->imm = (uint64_t)sext64(FLD(f, 'i'), 7) << scale;
    di->rd = load ? reg_w_zr(FLD(f, 't')) : reg_r_zr(FLD(f, 't'));
    di->rm = load ? reg_w_zr(FLD(f, 'u')) : reg_r_zr(FLD(f, 'u'));
    di->rn = reg_r_sp(FLD(f, 'n'));
    di->cond = (uint8_t)kind;
    di->sz = (uint8_t)(1u << scale);
    di->exec = pair_variant(di);
    return true;
}

#define ROW(id) EXEC(id) { return pair_variant(di)(cpu, di); }

ROW(STNP) ROW(LDNP)
ROW(STP_post) ROW(LDP_post) ROW(LDPSW_post)
ROW(STP_off) ROW(LDP_off) ROW(LDPSW_off)
ROW(STP_pre) ROW(LDP_pre) ROW(LDPSW_pre)
