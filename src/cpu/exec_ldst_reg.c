/*
 * exec_ldst_reg.c — Load/store register (register offset) (Arm ARM
 * C4.1.88; C6.2 pages STR/LDR/STRB/LDRB/STRH/LDRH/LDRSB/LDRSH/LDRSW
 * (register), PRFM (register)): address = Xn|SP + ExtendReg(Rm, option,
 * shift) with shift = S ? log2(size) : 0. option<1> = 0 is reserved
 * (UNDEFINED). prep picks a handler per access kind and extension: LSL
 * (UXTX/SXTX, 64-bit Rm), UXTW or SXTW. No writeback, so no aliasing rule.
 */
#include "ldst.h"

/* Rm = 31 reads XZR. The hit path is the TLB test, the host access and
 * the register write; anything else tail-calls ldst_single_slow (ldst.h).
 * Everything is read from di before the access. */
#define REG_LOAD(ext, name, bytes, conv, OFF)                                \
    EXEC_VARIANT(ext##_##name)                                               \
    {                                                                        \
        unsigned n = di->rn;                                                 \
        uint64_t b = cpu->r[n], m = cpu->r[di->rm];                          \
        uint64_t va = b + ((uint64_t)(OFF) << di->aux);                      \
        void *h;                                                             \
        if (likely(ldst_host(cpu, va, bytes, false, &h)) &&                  \
            likely(LDST_FAST_BASE(n, b))) {                                  \
            uint64_t v = ldst_get(h, bytes);                                 \
            cpu->r[di->rd] = conv;                                           \
            return exec_next(cpu, di);                                       \
        }                                                                    \
        return ldst_single_slow(cpu, di, va, 0, REG_DISCARD);                \
    }

#define REG_STORE(ext, name, bytes, OFF)                                     \
    EXEC_VARIANT(ext##_##name)                                               \
    {                                                                        \
        unsigned n = di->rn;                                                 \
        uint64_t b = cpu->r[n], m = cpu->r[di->rm];                          \
        uint64_t va = b + ((uint64_t)(OFF) << di->aux);                      \
        void *h;                                                             \
        if (likely(ldst_host(cpu, va, bytes, true, &h)) &&                   \
            likely(LDST_FAST_BASE(n, b))) {                                  \
            uint64_t v = cpu->r[di->rd];                                     \
            memcpy(h, &v, bytes);                                            \
            return exec_next(cpu, di);                                       \
        }                                                                    \
        return ldst_single_slow(cpu, di, va, 0, REG_DISCARD);                \
    }

#define DEF_L(name, bytes, conv)                                             \
    REG_LOAD(x, name, bytes, conv, m)                                        \
    REG_LOAD(uw, name, bytes, conv, (uint32_t)m)                             \
    REG_LOAD(sw, name, bytes, conv, LDST_SX32(m))
#define DEF_S(name, bytes)                                                   \
    REG_STORE(x, name, bytes, m)                                             \
    REG_STORE(uw, name, bytes, (uint32_t)m)                                  \
    REG_STORE(sw, name, bytes, LDST_SX32(m))

LDST_KINDS(DEF_L, DEF_S)

typedef struct RegFns {
    ExecFn *x, *uw, *sw;
} RegFns;

#define TAB_L(name, bytes, conv) { x_##name, uw_##name, sw_##name },
#define TAB_S(name, bytes) { x_##name, uw_##name, sw_##name },
static const RegFns reg_fns[LK_COUNT] = { LDST_KINDS(TAB_L, TAB_S) };

/* option (bits 15:13): x11 LSL/UXTX/SXTX, 010 UXTW, 110 SXTW */
static ExecFn *reg_variant(const DecodedInsn *di)
{
    unsigned option = (di->raw >> 13) & 7;
    const RegFns *fns = &reg_fns[di->cond];
    return (option & 1) ? fns->x : (option & 4) ? fns->sw : fns->uw;
}

/* size and opc are read from the encoding: the LDRSW row fixes size. */
PREP(prep_ldst_reg)
{
    (void)cpu;
    if (!(FLD(f, 'o') & 2))
        return false;                     /* option<1> == '0': sub-word index */
    unsigned kind = ldst_kind(di->raw >> 30, (di->raw >> 22) & 3);
    ldst_prep_regs(di, kind, FLD(f, 't'), FLD(f, 'n'));
    di->rm = reg_r_zr(FLD(f, 'm'));
    di->aux = (uint8_t)(FLD(f, 'S') ? ldst_kind_log2(kind) : 0);
    di->exec = reg_variant(di);
    return true;
}

PREP(prep_prfm_reg)
{
    (void)cpu;
    (void)di;
    return (FLD(f, 'o') & 2) != 0;
}

#define ROW(id) EXEC(id) { return reg_variant(di)(cpu, di); }

ROW(STR_reg) ROW(LDR_reg) ROW(LDRS_x_reg) ROW(LDRSW_reg) ROW(LDRS_w_reg)

EXEC(PRFM_reg)
{
    return exec_next(cpu, di);
}
