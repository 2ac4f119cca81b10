/*
 * exec_ldst_simd_pair.c — SIMD&FP load/store pair (Arm ARM C4.1.88 with
 * V=1; C7.2 pages LDP/STP (SIMD&FP), LDNP/STNP (SIMD&FP)): two S, D or Q
 * registers (opc 00, 01, 10; scale = 2 + opc) at address and address +
 * size, offset SignExtend(imm7) << scale; signed offset, pre-index,
 * post-index and no-allocate (offset; the non-temporal hint has no effect
 * here). Each register is a separate Mem[address, size, AccType_VEC]:
 * Device memory needs each to be aligned to the register size.
 *
 * The hit path tests FP enabled, the base, and the TLB once for the whole
 * 2 * size bytes (same page; on Device memory 2 * size alignment, which
 * implies each register's), then copies. Anything else tail-calls
 * ldst_simd_pair_slow: FP_CHECK, CheckSPAlignment, two accesses (loads: both
 * before any register is written; a store whose second access faults may
 * already have written the first, as for the integer pairs).
 *
 * CONSTRAINED UNPREDICTABLE (C7.2 LDP/LDNP (SIMD&FP), K1.2): a load with
 * Rt == Rt2 is Constraint_UNKNOWN (the loaded data is UNKNOWN); the
 * register gets the second element (Vt is written, then Vt2), as for the
 * integer LDP. Rn cannot alias the V registers, so no writeback rule.
 */
#include "fpsimd.h"
#include "ldst.h"

/* di: rd = Vt, rm = Vt2, rn = base, imm = offset, sz = log2 of the
 * register size (2, 3, 4), cond = 1 for a load. */

int ldst_simd_pair_slow(CpuState *cpu, const DecodedInsn *di, uint64_t va, uint64_t wb,
                        unsigned wbreg);
int ldst_simd_pair_slow(CpuState *cpu, const DecodedInsn *di, uint64_t va, uint64_t wb,
                        unsigned wbreg)
{
    unsigned t = di->rd, t2 = di->rm, bytes = 1u << di->sz;
    FP_CHECK(cpu);
    if (!sp_check(cpu, di->rn))
        return EXEC_FAULT;
    if (di->cond) {
        VReg v = { .d = { 0, 0 } }, v2 = { .d = { 0, 0 } };
        if (bytes == 16) {
            if (!mem_ld16(cpu, va, &v) || !mem_ld16(cpu, va + 16, &v2))
                return EXEC_FAULT;
        } else if (!mem_ld(cpu, va, bytes, &v.d[0]) || !mem_ld(cpu, va + bytes, bytes, &v2.d[0])) {
            return EXEC_FAULT;
        }
        cpu->v[t] = v;
        cpu->v[t2] = v2;
    } else {
        VReg v = cpu->v[t], v2 = cpu->v[t2];
        if (bytes == 16) {
            if (!mem_st16(cpu, va, &v) || !mem_st16(cpu, va + 16, &v2))
                return EXEC_FAULT;
        } else if (!mem_st(cpu, va, bytes, v.d[0]) || !mem_st(cpu, va + bytes, bytes, v2.d[0])) {
            return EXEC_FAULT;
        }
    }
    cpu->r[wbreg] = wb;
    return exec_next(cpu, di);
}

FORCE_INLINE void pair_put(CpuState *cpu, unsigned t, const void *h, unsigned bytes)
{
    if (bytes == 16) {
        memcpy(&cpu->v[t], h, 16);
    } else {
        cpu->v[t].d[0] = ldst_get(h, bytes);
        cpu->v[t].d[1] = 0;
    }
}

#define PAIR_FN(fn, bytes, load, ADDR, WBV, WBREG)                           \
    EXEC_VARIANT(fn)                                                         \
    {                                                                        \
        unsigned n = di->rn;                                                 \
        uint64_t b = cpu->r[n], imm = di->imm, va = ADDR;                    \
        void *h;                                                             \
        if (likely(cpu->fp_ok) && likely(ldst_host(cpu, va, 2 * bytes, !load, &h)) && \
            likely(LDST_FAST_BASE(n, b))) {                                  \
            if (load) {                                                      \
                pair_put(cpu, di->rd, h, bytes);                             \
                pair_put(cpu, di->rm, (const uint8_t *)h + bytes, bytes);    \
            } else {                                                         \
                memcpy(h, &cpu->v[di->rd], bytes);                           \
                memcpy((uint8_t *)h + bytes, &cpu->v[di->rm], bytes);        \
            }                                                                \
            cpu->r[WBREG] = WBV;                                             \
            return exec_next(cpu, di);                                       \
        }                                                                    \
        return ldst_simd_pair_slow(cpu, di, va, WBV, WBREG);                 \
    }

#define PAIR_SIZES(X) X(s, 4) X(d, 8) X(q, 16)

#define DEF_SIZE(name, bytes)                                                \
    PAIR_FN(ld_off_##name, bytes, true, b + imm, 0, REG_DISCARD)             \
    PAIR_FN(ld_pre_##name, bytes, true, b + imm, va, n)                      \
    PAIR_FN(ld_post_##name, bytes, true, b, b + imm, n)                      \
    PAIR_FN(st_off_##name, bytes, false, b + imm, 0, REG_DISCARD)            \
    PAIR_FN(st_pre_##name, bytes, false, b + imm, va, n)                     \
    PAIR_FN(st_post_##name, bytes, false, b, b + imm, n)

PAIR_SIZES(DEF_SIZE)

typedef struct PairFns {
    ExecFn *off, *pre, *post;
} PairFns;

#define TAB_ST(name, bytes) { st_off_##name, st_pre_##name, st_post_##name },
#define TAB_LD(name, bytes) { ld_off_##name, ld_pre_##name, ld_post_##name },
static const PairFns pair_fns[2][3] = { { PAIR_SIZES(TAB_ST) }, { PAIR_SIZES(TAB_LD) } };

/* bits 24:23: 00 no-allocate (offset), 01 post-index, 10 offset, 11 pre */
static ExecFn *pair_variant(const DecodedInsn *di)
{
    const PairFns *fns = &pair_fns[di->cond][di->sz - 2];
    switch ((di->raw >> 23) & 3) {
    case 1: return fns->post;
    case 3: return fns->pre;
    default: return fns->off;
    }
}

PREP(prep_ldst_simd_pair)
{
    (void)cpu;
    unsigned scale = 2 + FLD(f, 'e');     /* opc 11 is a carved-out row */
    di->imm = (uint64_t)sext64(FLD(f, 'i'), 7) << scale;
    di->rd = (uint8_t)FLD(f, 't');
    di->rm = (uint8_t)FLD(f, 'u');
    di->rn = reg_r_sp(FLD(f, 'n'));
    di->sz = (uint8_t)scale;
    di->cond = (di->raw >> 22) & 1;
    di->exec = pair_variant(di);
    return true;
}

#define ROW(id) EXEC(id) { return pair_variant(di)(cpu, di); }

ROW(STNP_simd) ROW(LDNP_simd)
ROW(STP_simd_post) ROW(LDP_simd_post)
ROW(STP_simd_off) ROW(LDP_simd_off)
ROW(STP_simd_pre) ROW(LDP_simd_pre)
