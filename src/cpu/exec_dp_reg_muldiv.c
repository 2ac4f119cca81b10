/*
 * exec_dp_reg_muldiv.c — multiply and divide: data-processing (3 source)
 * MADD/MSUB, SMADDL/SMSUBL/UMADDL/UMSUBL, SMULH/UMULH and data-processing
 * (2 source) UDIV/SDIV (Arm ARM C4.1.89; instruction pages C6.2). Division
 * by zero gives 0 and SDIV INT_MIN / -1 gives INT_MIN; no exception. Prep
 * picks _w variants and MUL/SMULL/UMULL variants for Ra = ZR.
 */
#include "exec.h"

/* --- MADD/MSUB: Rd = Ra +/- Rn * Rm, modulo 2^datasize --- */

EXEC_VARIANT(exec_MADD_w);
EXEC_VARIANT(exec_MSUB_w);
EXEC_VARIANT(exec_MUL_x);
EXEC_VARIANT(exec_MUL_w);

PREP(prep_madd)
{
    (void)cpu;
    bool add = di->id == A64_MADD;
    di->sf = (uint8_t)FLD(f, 'z');
    di->rd = reg_w_zr(FLD(f, 'd'));
    di->rn = reg_r_zr(FLD(f, 'n'));
    di->rm = reg_r_zr(FLD(f, 'm'));
    di->ra = reg_r_zr(FLD(f, 'a'));
    if (add && di->ra == REG_ZR)
        di->exec = di->sf ? exec_MUL_x : exec_MUL_w;
    else if (!di->sf)
        di->exec = add ? exec_MADD_w : exec_MSUB_w;
    return true;
}

EXEC(MADD)
{
    cpu->r[di->rd] = cpu->r[di->ra] + cpu->r[di->rn] * cpu->r[di->rm];
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_MADD_w)
{
    cpu->r[di->rd] = (uint32_t)(cpu->r[di->ra] + cpu->r[di->rn] * cpu->r[di->rm]);
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_MUL_x)
{
    cpu->r[di->rd] = cpu->r[di->rn] * cpu->r[di->rm];
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_MUL_w)
{
    cpu->r[di->rd] = (uint32_t)(cpu->r[di->rn] * cpu->r[di->rm]);
    return exec_next(cpu, di);
}

EXEC(MSUB)
{
    cpu->r[di->rd] = cpu->r[di->ra] - cpu->r[di->rn] * cpu->r[di->rm];
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_MSUB_w)
{
    cpu->r[di->rd] = (uint32_t)(cpu->r[di->ra] - cpu->r[di->rn] * cpu->r[di->rm]);
    return exec_next(cpu, di);
}

/* --- widening multiply-accumulate: Xd = Xa +/- Wn * Wm (64-bit product) --- */

static inline uint64_t smull(uint64_t n, uint64_t m)
{
    /* |product| <= 2^62: no signed overflow */
    return (uint64_t)((int64_t)(int32_t)(uint32_t)n * (int64_t)(int32_t)(uint32_t)m);
}

static inline uint64_t umull(uint64_t n, uint64_t m)
{
    return (uint64_t)(uint32_t)n * (uint32_t)m;
}

EXEC_VARIANT(exec_SMULL);
EXEC_VARIANT(exec_UMULL);

PREP(prep_mull)
{
    (void)cpu;
    di->sf = 1;
    di->rd = reg_w_zr(FLD(f, 'd'));
    di->rn = reg_r_zr(FLD(f, 'n'));
    di->rm = reg_r_zr(FLD(f, 'm'));
    di->ra = reg_r_zr(FLD(f, 'a'));
    if (di->ra == REG_ZR && di->id == A64_SMADDL)
        di->exec = exec_SMULL;
    else if (di->ra == REG_ZR && di->id == A64_UMADDL)
        di->exec = exec_UMULL;
    return true;
}

EXEC(SMADDL)
{
    cpu->r[di->rd] = cpu->r[di->ra] + smull(cpu->r[di->rn], cpu->r[di->rm]);
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_SMULL)
{
    cpu->r[di->rd] = smull(cpu->r[di->rn], cpu->r[di->rm]);
    return exec_next(cpu, di);
}

EXEC(SMSUBL)
{
    cpu->r[di->rd] = cpu->r[di->ra] - smull(cpu->r[di->rn], cpu->r[di->rm]);
    return exec_next(cpu, di);
}

EXEC(UMADDL)
{
    cpu->r[di->rd] = cpu->r[di->ra] + umull(cpu->r[di->rn], cpu->r[di->rm]);
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_UMULL)
{
    cpu->r[di->rd] = umull(cpu->r[di->rn], cpu->r[di->rm]);
    return exec_next(cpu, di);
}

EXEC(UMSUBL)
{
    cpu->r[di->rd] = cpu->r[di->ra] - umull(cpu->r[di->rn], cpu->r[di->rm]);
    return exec_next(cpu, di);
}

/* --- high half of the 128-bit product. The Ra field is should-be-one
 * (11111); other values are CONSTRAINED UNPREDICTABLE and we ignore them,
 * as the table's '-' bits do. --- */

PREP(prep_mulh)
{
    (void)cpu;
    di->sf = 1;
    di->rd = reg_w_zr(FLD(f, 'd'));
    di->rn = reg_r_zr(FLD(f, 'n'));
    di->rm = reg_r_zr(FLD(f, 'm'));
    return true;
}

static inline uint64_t umulh(uint64_t n, uint64_t m)
{
    return (uint64_t)(((unsigned __int128)n * m) >> 64);
}

EXEC(UMULH)
{
    cpu->r[di->rd] = umulh(cpu->r[di->rn], cpu->r[di->rm]);
    return exec_next(cpu, di);
}

EXEC(SMULH)
{
    /* signed(n) = n - 2^64 * n<63>, so the signed product's high half is
     * the unsigned one minus m if n < 0 and minus n if m < 0 (mod 2^64) */
    uint64_t n = cpu->r[di->rn], m = cpu->r[di->rm];
    uint64_t hi = umulh(n, m);
    hi -= m & (0 - (n >> 63));
    hi -= n & (0 - (m >> 63));
    cpu->r[di->rd] = hi;
    return exec_next(cpu, di);
}

/* --- UDIV/SDIV: RoundTowardsZero(n / m), 0 when m = 0 --- */

EXEC_VARIANT(exec_UDIV_w);
EXEC_VARIANT(exec_SDIV_w);

PREP(prep_div)
{
    (void)cpu;
    di->sf = (uint8_t)FLD(f, 'z');
    di->rd = reg_w_zr(FLD(f, 'd'));
    di->rn = reg_r_zr(FLD(f, 'n'));
    di->rm = reg_r_zr(FLD(f, 'm'));
    if (!di->sf)
        di->exec = di->id == A64_UDIV ? exec_UDIV_w : exec_SDIV_w;
    return true;
}

EXEC(UDIV)
{
    uint64_t n = cpu->r[di->rn], m = cpu->r[di->rm];
    cpu->r[di->rd] = m ? n / m : 0;
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_UDIV_w)
{
    uint32_t n = (uint32_t)cpu->r[di->rn], m = (uint32_t)cpu->r[di->rm];
    cpu->r[di->rd] = m ? n / m : 0;
    return exec_next(cpu, di);
}

/* m = -1 is negation modulo 2^N, which maps INT_MIN to itself (the true
 * quotient 2^(N-1) truncated to N bits) without C's overflow */
EXEC(SDIV)
{
    uint64_t n = cpu->r[di->rn], m = cpu->r[di->rm];
    uint64_t r;
    if (m == 0)
        r = 0;
    else if (m == UINT64_MAX)
        r = 0 - n;
    else
        r = (uint64_t)((int64_t)n / (int64_t)m);
    cpu->r[di->rd] = r;
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_SDIV_w)
{
    uint32_t n = (uint32_t)cpu->r[di->rn], m = (uint32_t)cpu->r[di->rm];
    uint32_t r;
    if (m == 0)
        r = 0;
    else if (m == UINT32_MAX)
        r = 0 - n;
    else
        r = (uint32_t)((int32_t)n / (int32_t)m);
    cpu->r[di->rd] = r;
    return exec_next(cpu, di);
}
