/*
 * exec_dp_reg_misc.c — Data processing (register): conditional compare and
 * select, data-processing (1 source) and the variable shifts (Arm ARM
 * C4.1.89; C6.2 CCMN/CCMP, CSEL/CSINC/CSINV/CSNEG, RBIT, REV16, REV32, REV,
 * CLZ, CLS, LSLV/LSRV/ASRV/RORV). exec_<row> is the 64-bit form; prep picks
 * _w variants for sf = 0 and a CSET variant.
 */
#include "exec.h"

#define FORCE_INLINE static inline __attribute__((always_inline))

/* Bit f of the mask says whether ConditionHolds(cond) for NZCV = f, so the
 * handlers test a condition with one shift (built from cond_holds). */
static uint32_t cond_mask(unsigned cond)
{
    uint32_t m = 0;
    for (uint32_t fl = 0; fl < 16; fl++)
        m |= (uint32_t)cond_holds(fl << 28, cond) << fl;
    return m;
}

static inline bool mask_holds(const CpuState *cpu, uint32_t mask)
{
    return (mask >> (cpu->nzcv >> 28)) & 1;
}

/* ------------------------------------------------------------------ */
/* Conditional compare: if the condition holds, NZCV = the flags of
 * Rn + operand (CCMN) or Rn - operand (CCMP); otherwise NZCV = #nzcv.
 * di->imm = cond mask << 32 | imm5, di->sz = the nzcv immediate. */

FORCE_INLINE int ccmp(CpuState *cpu, const DecodedInsn *di, bool sub, bool imm, bool w)
{
    if (!mask_holds(cpu, (uint32_t)(di->imm >> 32))) {
        cpu->nzcv = (uint32_t)di->sz << 28;
        return exec_next(cpu, di);
    }
    uint64_t m = imm ? (uint32_t)di->imm : cpu->r[di->rm];
    uint32_t fl;
    if (w)
        (void)add_with_carry32((uint32_t)cpu->r[di->rn], sub ? ~(uint32_t)m : (uint32_t)m, sub,
                               &fl);
    else
        (void)add_with_carry64(cpu->r[di->rn], sub ? ~m : m, sub, &fl);
    cpu->nzcv = fl;
    return exec_next(cpu, di);
}

EXEC(CCMN_reg) { return ccmp(cpu, di, false, false, false); }
EXEC(CCMP_reg) { return ccmp(cpu, di, true, false, false); }
EXEC(CCMN_imm) { return ccmp(cpu, di, false, true, false); }
EXEC(CCMP_imm) { return ccmp(cpu, di, true, true, false); }
EXEC_VARIANT(exec_CCMN_reg_w) { return ccmp(cpu, di, false, false, true); }
EXEC_VARIANT(exec_CCMP_reg_w) { return ccmp(cpu, di, true, false, true); }
EXEC_VARIANT(exec_CCMN_imm_w) { return ccmp(cpu, di, false, true, true); }
EXEC_VARIANT(exec_CCMP_imm_w) { return ccmp(cpu, di, true, true, true); }

PREP(prep_ccmp)
{
    (void)cpu;
    static ExecFn *const w_fns[4] = { exec_CCMN_reg_w, exec_CCMP_reg_w, exec_CCMN_imm_w,
                                      exec_CCMP_imm_w };
    _Static_assert(A64_CCMP_reg == A64_CCMN_reg + 1 && A64_CCMN_imm == A64_CCMN_reg + 2 &&
                   A64_CCMP_imm == A64_CCMN_reg + 3, "conditional compare rows out of order");
    bool imm = di->id == A64_CCMN_imm || di->id == A64_CCMP_imm;
    di->sf = (uint8_t)FLD(f, 'z');
    di->cond = (uint8_t)FLD(f, 'c');
    di->sz = (uint8_t)FLD(f, 'i');
    di->imm = (uint64_t)cond_mask(di->cond) << 32 | (imm ? FLD(f, 'j') : 0);
    di->rn = reg_r_zr(FLD(f, 'n'));
    di->rm = imm ? REG_ZR : reg_r_zr(FLD(f, 'm'));
    if (!di->sf)
        di->exec = w_fns[di->id - A64_CCMN_reg];
    return true;
}

/* ------------------------------------------------------------------ */
/* Conditional select: Rd = cond ? Rn : f(Rm); di->imm = cond mask */

EXEC_VARIANT(exec_CSEL_w);
EXEC_VARIANT(exec_CSINC_w);
EXEC_VARIANT(exec_CSINV_w);
EXEC_VARIANT(exec_CSNEG_w);
EXEC_VARIANT(exec_CSET);

PREP(prep_csel)
{
    (void)cpu;
    static ExecFn *const w_fns[4] = { exec_CSEL_w, exec_CSINC_w, exec_CSINV_w, exec_CSNEG_w };
    _Static_assert(A64_CSINC == A64_CSEL + 1 && A64_CSINV == A64_CSEL + 2 &&
                   A64_CSNEG == A64_CSEL + 3, "conditional select rows out of order");
    di->sf = (uint8_t)FLD(f, 'z');
    di->cond = (uint8_t)FLD(f, 'c');
    di->imm = cond_mask(di->cond);
    di->rd = reg_w_zr(FLD(f, 'd'));
    di->rn = reg_r_zr(FLD(f, 'n'));
    di->rm = reg_r_zr(FLD(f, 'm'));
    if (!di->sf)
        di->exec = w_fns[di->id - A64_CSEL];
    /* CSET Rd, cond = CSINC Rd, ZR, ZR, invert(cond): same for both widths */
    if (di->id == A64_CSINC && di->rn == REG_ZR && di->rm == REG_ZR)
        di->exec = exec_CSET;
    return true;
}

/* Both candidates are computed before the select so that the compiler
 * emits a conditional move: the guest's condition is data, not a pattern
 * the host branch predictor can learn. */
FORCE_INLINE uint64_t csel_pick(const CpuState *cpu, const DecodedInsn *di, uint64_t m)
{
    uint64_t n = cpu->r[di->rn];
    return mask_holds(cpu, (uint32_t)di->imm) ? n : m;
}

EXEC(CSEL)
{
    cpu->r[di->rd] = csel_pick(cpu, di, cpu->r[di->rm]);
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_CSEL_w)
{
    cpu->r[di->rd] = (uint32_t)csel_pick(cpu, di, cpu->r[di->rm]);
    return exec_next(cpu, di);
}

EXEC(CSINC)
{
    cpu->r[di->rd] = csel_pick(cpu, di, cpu->r[di->rm] + 1);
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_CSINC_w)
{
    cpu->r[di->rd] = (uint32_t)csel_pick(cpu, di, cpu->r[di->rm] + 1);
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_CSET)
{
    cpu->r[di->rd] = !mask_holds(cpu, (uint32_t)di->imm);
    return exec_next(cpu, di);
}

EXEC(CSINV)
{
    cpu->r[di->rd] = csel_pick(cpu, di, ~cpu->r[di->rm]);
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_CSINV_w)
{
    cpu->r[di->rd] = (uint32_t)csel_pick(cpu, di, ~cpu->r[di->rm]);
    return exec_next(cpu, di);
}

EXEC(CSNEG)
{
    cpu->r[di->rd] = csel_pick(cpu, di, 0 - cpu->r[di->rm]);
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_CSNEG_w)
{
    cpu->r[di->rd] = (uint32_t)csel_pick(cpu, di, 0 - cpu->r[di->rm]);
    return exec_next(cpu, di);
}

/* ------------------------------------------------------------------ */
/* Data-processing (1 source) */

static inline uint64_t rbit64(uint64_t x)
{
    x = ((x >> 1) & UINT64_C(0x5555555555555555)) | ((x & UINT64_C(0x5555555555555555)) << 1);
    x = ((x >> 2) & UINT64_C(0x3333333333333333)) | ((x & UINT64_C(0x3333333333333333)) << 2);
    x = ((x >> 4) & UINT64_C(0x0f0f0f0f0f0f0f0f)) | ((x & UINT64_C(0x0f0f0f0f0f0f0f0f)) << 4);
    return __builtin_bswap64(x);
}

/* bytes swapped within each halfword */
static inline uint64_t rev16_64(uint64_t x)
{
    return ((x >> 8) & UINT64_C(0x00ff00ff00ff00ff)) | ((x & UINT64_C(0x00ff00ff00ff00ff)) << 8);
}

static inline unsigned clz64(uint64_t x)
{
    return x ? (unsigned)__builtin_clzll(x) : 64;
}

static inline unsigned clz32(uint32_t x)
{
    return x ? (unsigned)__builtin_clz(x) : 32;
}

EXEC_VARIANT(exec_RBIT_w);
EXEC_VARIANT(exec_REV16_w);
EXEC_VARIANT(exec_CLZ_w);
EXEC_VARIANT(exec_CLS_w);

PREP(prep_dp1)
{
    (void)cpu;
    di->sf = (uint8_t)FLD(f, 'z');
    di->rd = reg_w_zr(FLD(f, 'd'));
    di->rn = reg_r_zr(FLD(f, 'n'));
    if (!di->sf) {
        switch (di->id) {
        case A64_RBIT: di->exec = exec_RBIT_w; break;
        case A64_REV16: di->exec = exec_REV16_w; break;
        case A64_CLZ: di->exec = exec_CLZ_w; break;
        case A64_CLS: di->exec = exec_CLS_w; break;
        default: break;   /* REV32, REV_w, REV_x have a fixed sf */
        }
    }
    return true;
}

EXEC(RBIT)
{
    cpu->r[di->rd] = rbit64(cpu->r[di->rn]);
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_RBIT_w)
{
    /* the low word reversed lands in the high word of the 64-bit reverse */
    cpu->r[di->rd] = rbit64(cpu->r[di->rn]) >> 32;
    return exec_next(cpu, di);
}

EXEC(REV16)
{
    cpu->r[di->rd] = rev16_64(cpu->r[di->rn]);
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_REV16_w)
{
    cpu->r[di->rd] = rev16_64((uint32_t)cpu->r[di->rn]);
    return exec_next(cpu, di);
}

EXEC(REV32)
{
    /* bytes reversed within each word: reverse all, then swap the words */
    uint64_t x = __builtin_bswap64(cpu->r[di->rn]);
    cpu->r[di->rd] = x >> 32 | x << 32;
    return exec_next(cpu, di);
}

EXEC(REV_w)
{
    cpu->r[di->rd] = __builtin_bswap32((uint32_t)cpu->r[di->rn]);
    return exec_next(cpu, di);
}

EXEC(REV_x)
{
    cpu->r[di->rd] = __builtin_bswap64(cpu->r[di->rn]);
    return exec_next(cpu, di);
}

EXEC(CLZ)
{
    cpu->r[di->rd] = clz64(cpu->r[di->rn]);
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_CLZ_w)
{
    cpu->r[di->rd] = clz32((uint32_t)cpu->r[di->rn]);
    return exec_next(cpu, di);
}

/* CountLeadingSignBits(x) = CountLeadingZeroBits(x<N-1:1> EOR x<N-2:0>),
 * an (N-1)-bit value: its leading zeros are those of the N-bit value - 1 */
EXEC(CLS)
{
    uint64_t x = cpu->r[di->rn];
    cpu->r[di->rd] = clz64(((x >> 1) ^ x) & (UINT64_MAX >> 1)) - 1;
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_CLS_w)
{
    uint32_t x = (uint32_t)cpu->r[di->rn];
    cpu->r[di->rd] = clz32(((x >> 1) ^ x) & (UINT32_MAX >> 1)) - 1;
    return exec_next(cpu, di);
}

/* ------------------------------------------------------------------ */
/* Variable shifts: the amount is Rm modulo the data size */

EXEC_VARIANT(exec_LSLV_w);
EXEC_VARIANT(exec_LSRV_w);
EXEC_VARIANT(exec_ASRV_w);
EXEC_VARIANT(exec_RORV_w);

PREP(prep_shiftv)
{
    (void)cpu;
    static ExecFn *const w_fns[4] = { exec_LSLV_w, exec_LSRV_w, exec_ASRV_w, exec_RORV_w };
    _Static_assert(A64_LSRV == A64_LSLV + 1 && A64_ASRV == A64_LSLV + 2 &&
                   A64_RORV == A64_LSLV + 3, "variable shift rows out of order");
    di->sf = (uint8_t)FLD(f, 'z');
    di->rd = reg_w_zr(FLD(f, 'd'));
    di->rn = reg_r_zr(FLD(f, 'n'));
    di->rm = reg_r_zr(FLD(f, 'm'));
    if (!di->sf)
        di->exec = w_fns[di->id - A64_LSLV];
    return true;
}

EXEC(LSLV)
{
    cpu->r[di->rd] = cpu->r[di->rn] << (cpu->r[di->rm] & 63);
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_LSLV_w)
{
    cpu->r[di->rd] = (uint32_t)((uint32_t)cpu->r[di->rn] << (cpu->r[di->rm] & 31));
    return exec_next(cpu, di);
}

EXEC(LSRV)
{
    cpu->r[di->rd] = cpu->r[di->rn] >> (cpu->r[di->rm] & 63);
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_LSRV_w)
{
    cpu->r[di->rd] = (uint32_t)cpu->r[di->rn] >> (cpu->r[di->rm] & 31);
    return exec_next(cpu, di);
}

EXEC(ASRV)
{
    cpu->r[di->rd] = (uint64_t)((int64_t)cpu->r[di->rn] >> (cpu->r[di->rm] & 63));
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_ASRV_w)
{
    cpu->r[di->rd] = (uint32_t)((int32_t)(uint32_t)cpu->r[di->rn] >> (cpu->r[di->rm] & 31));
    return exec_next(cpu, di);
}

EXEC(RORV)
{
    uint64_t x = cpu->r[di->rn];
    unsigned a = (unsigned)(cpu->r[di->rm] & 63);
    cpu->r[di->rd] = (x >> a) | (x << ((64 - a) & 63));
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_RORV_w)
{
    uint32_t x = (uint32_t)cpu->r[di->rn];
    unsigned a = (unsigned)(cpu->r[di->rm] & 31);
    cpu->r[di->rd] = (uint32_t)((x >> a) | (x << ((32 - a) & 31)));
    return exec_next(cpu, di);
}
