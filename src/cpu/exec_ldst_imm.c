/*
 * exec_ldst_imm.c — Load/store register, immediate forms (Arm ARM C4.1.88;
 * C6.2 pages STR/LDR/STRB/LDRB/STRH/LDRH/LDRSB/LDRSH/LDRSW (immediate),
 * STUR/LDUR* (unscaled), STTR/LDTR* (unprivileged), PRFM (immediate), PRFUM).
 * prep decodes size:opc to an access kind (ldst.h) and picks a handler
 * specialised per kind and addressing mode.
 *
 * CONSTRAINED UNPREDICTABLE choices (C6.2 LDR/STR (immediate), K1.2):
 *  - load with writeback and Rn == Rt (n != 31): Constraint_UNKNOWN (the
 *    writeback value is UNKNOWN); we write the address after the loaded
 *    data, so Xt ends with the address (as QEMU 7.2 does);
 *  - store with writeback and Rn == Rt (n != 31): Constraint_NONE, the
 *    value stored is Rt as it was before the writeback.
 * PRFM/PRFUM are hints: no access, no SP alignment check, never a fault.
 */
#include "ldst.h"

/* --- specialised handlers: off (unsigned offset and unscaled), pre, post.
 * The hit path is the TLB test, the host access and the register writes;
 * anything else (miss, SP base not 16-byte aligned, fault) tail-calls
 * ldst_single_slow, which leaves every register unchanged on a fault.
 * Everything is read from di before the access (a store may rewrite the
 * slot's page). --- */

#define IMM_LOAD(mode, name, bytes, conv, ADDR, WB, WBREG)                   \
    EXEC_VARIANT(mode##_##name)                                              \
    {                                                                        \
        unsigned n = di->rn;                                                 \
        uint64_t b = cpu->r[n], imm = di->imm, va = ADDR;                    \
        void *h;                                                             \
        if (likely(ldst_host(cpu, va, bytes, false, &h)) &&                  \
            likely(LDST_FAST_BASE(n, b))) {                                  \
            uint64_t v = ldst_get(h, bytes);                                 \
            cpu->r[di->rd] = conv;                                           \
            WB;                                                              \
            return exec_next(cpu, di);                                       \
        }                                                                    \
        return ldst_single_slow(cpu, di, va, b + imm, WBREG);                \
    }

#define IMM_STORE(mode, name, bytes, ADDR, WB, WBREG)                        \
    EXEC_VARIANT(mode##_##name)                                              \
    {                                                                        \
        unsigned n = di->rn;                                                 \
        uint64_t b = cpu->r[n], imm = di->imm, va = ADDR;                    \
        void *h;                                                             \
        if (likely(ldst_host(cpu, va, bytes, true, &h)) &&                   \
            likely(LDST_FAST_BASE(n, b))) {                                  \
            uint64_t v = cpu->r[di->rd];                                     \
            memcpy(h, &v, bytes);                                            \
            WB;                                                              \
            return exec_next(cpu, di);                                       \
        }                                                                    \
        return ldst_single_slow(cpu, di, va, b + imm, WBREG);                \
    }

/* writeback after the access: the load's Rt write comes first, so for
 * Rn == Rt the address wins */
#define DEF_L(name, bytes, conv)                                             \
    IMM_LOAD(off, name, bytes, conv, b + imm, (void)0, REG_DISCARD)          \
    IMM_LOAD(pre, name, bytes, conv, b + imm, cpu->r[n] = va, n)             \
    IMM_LOAD(post, name, bytes, conv, b, cpu->r[n] = b + imm, n)
#define DEF_S(name, bytes)                                                   \
    IMM_STORE(off, name, bytes, b + imm, (void)0, REG_DISCARD)               \
    IMM_STORE(pre, name, bytes, b + imm, cpu->r[n] = va, n)                  \
    IMM_STORE(post, name, bytes, b, cpu->r[n] = b + imm, n)

LDST_KINDS(DEF_L, DEF_S)

int ldst_single_slow(CpuState *cpu, const DecodedInsn *di, uint64_t va, uint64_t wb,
                     unsigned wbreg)
{
    unsigned n = di->rn, t = di->rd, kind = di->cond, bytes = di->sz;
    uint64_t v = cpu->r[t];
    if (!sp_check(cpu, n))
        return EXEC_FAULT;
    if (ldst_kind_is_store(kind)) {
        if (!mem_st(cpu, va, bytes, v))
            return EXEC_FAULT;
    } else {
        if (!mem_ld(cpu, va, bytes, &v))
            return EXEC_FAULT;
        cpu->r[t] = ldst_extend(kind, v);
    }
    cpu->r[wbreg] = wb;
    return exec_next(cpu, di);
}

typedef struct ImmFns {
    ExecFn *off, *pre, *post;
} ImmFns;

#define TAB_L(name, bytes, conv) { off_##name, pre_##name, post_##name },
#define TAB_S(name, bytes) { off_##name, pre_##name, post_##name },
static const ImmFns imm_fns[LK_COUNT] = { LDST_KINDS(TAB_L, TAB_S) };

/* --- unprivileged (LDTR/STTR): EL0 permissions at EL1 (and at EL2 with
 * E2H=1, TGE=1) unless PSTATE.UAO; the slow path picks the regime --- */

static int ldst_unpriv(CpuState *cpu, const DecodedInsn *di)
{
    unsigned n = di->rn, t = di->rd, kind = di->cond, bytes = di->sz;
    uint64_t va = cpu->r[n] + di->imm, v = cpu->r[t];
    if (!sp_check(cpu, n))
        return EXEC_FAULT;
    if (ldst_kind_is_store(kind))
        return mem_st_flags(cpu, va, bytes, v, MEM_UNPRIV) ? EXEC_NEXT : EXEC_FAULT;
    if (!mem_ld_flags(cpu, va, bytes, &v, MEM_UNPRIV))
        return EXEC_FAULT;
    cpu->r[t] = ldst_extend(kind, v);
    return exec_next(cpu, di);
}

/* The handler for a prepared instruction: bit 24 set is the unsigned
 * offset class, else bits 11:10 select unscaled/post/unprivileged/pre. */
static ExecFn *imm_variant(const DecodedInsn *di)
{
    const ImmFns *fns = &imm_fns[di->cond];
    if (di->raw & (1u << 24))
        return fns->off;
    switch ((di->raw >> 10) & 3) {
    case 0: return fns->off;
    case 1: return fns->post;
    case 2: return ldst_unpriv;
    default: return fns->pre;
    }
}

/* size and opc are read from the encoding: the LDRSW rows fix size. */
PREP(prep_ldst_imm)
{
    (void)cpu;
    unsigned size = di->raw >> 30, kind = ldst_kind(size, (di->raw >> 22) & 3);
    ldst_prep_regs(di, kind, FLD(f, 't'), FLD(f, 'n'));
    if (di->raw & (1u << 24))
        di->imm = (uint64_t)FLD(f, 'i') << size;          /* LSL(ZeroExtend(imm12), size) */
    else
        di->imm = (uint64_t)sext64(FLD(f, 'i'), 9);       /* SignExtend(imm9) */
    di->exec = imm_variant(di);
    return true;
}

/* Prefetch hints (PRFM immediate/literal, PRFUM): decode only. */
PREP(prep_prfm)
{
    (void)cpu;
    (void)di;
    (void)f;
    return true;
}

/* The rows' own handlers: prep already installed the variant, these only
 * serve a DecodedInsn filled by prep without its exec. */
#define ROW(id) EXEC(id) { return imm_variant(di)(cpu, di); }

ROW(STUR) ROW(LDUR) ROW(LDURS_x) ROW(LDURSW) ROW(LDURS_w)
ROW(STR_post) ROW(LDR_post) ROW(LDRS_x_post) ROW(LDRSW_post) ROW(LDRS_w_post)
ROW(STTR) ROW(LDTR) ROW(LDTRS_x) ROW(LDTRSW) ROW(LDTRS_w)
ROW(STR_pre) ROW(LDR_pre) ROW(LDRS_x_pre) ROW(LDRSW_pre) ROW(LDRS_w_pre)
ROW(STR_uoff) ROW(LDR_uoff) ROW(LDRS_x_uoff) ROW(LDRSW_uoff) ROW(LDRS_w_uoff)

EXEC(PRFUM)
{
    return exec_next(cpu, di);
}

EXEC(PRFM_uoff)
{
    return exec_next(cpu, di);
}
