/*
 * fp_estimate.c — Arm ARM J1.1 shared/functions/float and vector: RecipEstimate,
 * RecipSqrtEstimate (the integer 8-bit estimate algorithms), FPRecipEstimate
 * (FRECPE), FPRSqrtEstimate (FRSQRTE), FPRecpX (FRECPX), FPRecipStepFused
 * (FRECPS), FPRSqrtStepFused (FRSQRTS), UnsignedRecipEstimate (URECPE),
 * UnsignedRSqrtEstimate (URSQRTE). No FEAT_RPRES (8-bit estimates only).
 */
#include "fp_internal.h"

/* RecipEstimate: a in [256, 512) -> r in [256, 512) */
static unsigned recip_estimate(unsigned a)
{
    a = a * 2 + 1;
    unsigned b = (1u << 19) / a;
    return (b + 1) / 2;
}

/* RecipSqrtEstimate: a in [128, 512) -> r in [256, 512) */
static unsigned recip_sqrt_estimate(unsigned a)
{
    if (a < 256) {
        a = a * 2 + 1;
    } else {
        a = (a >> 1) << 1;
        a = (a + 1) * 2;
    }
    uint64_t b = 512;
    while ((uint64_t)a * (b + 1) * (b + 1) < ((uint64_t)1 << 28))
        b++;
    return (unsigned)((b + 1) / 2);
}

/* the operand's fraction as 52 bits and its biased exponent field */
static void frac52(unsigned fmt, uint64_t a, uint64_t *fraction, int *exp)
{
    *fraction = (a & fpi_frac_mask(fmt)) << (52 - fpi_f(fmt));
    *exp = (int)fpi_exp_field(fmt, a);
}

static const uint64_t F52_TOP = (uint64_t)1 << 51;
static const uint64_t F52_MASK = ((uint64_t)1 << 52) - 1;

uint64_t fp_recip_estimate(unsigned fmt, uint64_t a, FpStatus *st)
{
    FpVal v;
    fpi_unpack(fmt, a, false, st, &v);
    if (fpi_is_nan_type(v.type))
        return fpi_process_nan(fmt, v.type, a, st);
    if (v.type == FPT_INF)
        return fpi_zero(fmt, v.sign);
    if (v.type == FPT_ZERO) {
        fpi_raise(st, SF_DZC);
        return fpi_inf(fmt, v.sign);
    }
    /* |value| < 2^-(bias+1): the reciprocal overflows */
    int vexp = v.exp + fpi_msb128(v.sig);          /* floor(log2|value|) */
    int bias = fpi_bias(fmt);
    if (vexp < -(bias + 1)) {
        bool to_inf;
        switch (fpi_rmode(FPR_FPCR, st)) {
        case FPR_TIEEVEN: to_inf = true; break;
        case FPR_POSINF: to_inf = !v.sign; break;
        case FPR_NEGINF: to_inf = v.sign; break;
        default: to_inf = false; break;
        }
        fpi_raise(st, SF_OFC | SF_IXC);
        return to_inf ? fpi_inf(fmt, v.sign) : fpi_max_normal(fmt, v.sign);
    }
    /* FZ and |value| >= 2^(bias-1): the estimate would be denormal */
    if (fmt != FP_H && (st->fpcr & SF_FPCR_FZ) && vexp >= bias - 1) {
        fpi_raise(st, SF_UFC);
        return fpi_zero(fmt, v.sign);
    }
    uint64_t fraction;
    int exp;
    frac52(fmt, a, &fraction, &exp);
    if (exp == 0) {
        if (!(fraction & F52_TOP)) {
            exp = -1;
            fraction = (fraction << 2) & F52_MASK;
        } else {
            fraction = (fraction << 1) & F52_MASK;
        }
    }
    unsigned scaled = 256 | (unsigned)(fraction >> 44);
    int result_exp = 2 * bias - 1 - exp;        /* 29, 253, 2045 - exp */
    uint64_t estimate = recip_estimate(scaled);
    fraction = (estimate & 0xff) << 44;
    if (result_exp == 0) {
        fraction = F52_TOP | fraction >> 1;
    } else if (result_exp == -1) {
        fraction = (F52_TOP >> 1) | fraction >> 2;
        result_exp = 0;
    }
    return fpi_zero(fmt, v.sign) | (uint64_t)result_exp << fpi_f(fmt) |
           fraction >> (52 - fpi_f(fmt));
}

uint64_t fp_rsqrt_estimate(unsigned fmt, uint64_t a, FpStatus *st)
{
    FpVal v;
    fpi_unpack(fmt, a, false, st, &v);
    if (fpi_is_nan_type(v.type))
        return fpi_process_nan(fmt, v.type, a, st);
    if (v.type == FPT_ZERO) {
        fpi_raise(st, SF_DZC);
        return fpi_inf(fmt, v.sign);
    }
    if (v.sign) {
        fpi_raise(st, SF_IOC);
        return fp_default_nan(fmt);
    }
    if (v.type == FPT_INF)
        return fpi_zero(fmt, false);
    uint64_t fraction;
    int exp;
    frac52(fmt, a, &fraction, &exp);
    if (exp == 0) {
        while (!(fraction & F52_TOP)) {
            fraction <<= 1;
            exp--;
        }
        fraction = (fraction << 1) & F52_MASK;
    }
    unsigned scaled = ((unsigned)exp & 1) == 0 ? 256 | (unsigned)(fraction >> 44)
                                               : 128 | (unsigned)(fraction >> 45);
    int result_exp = (3 * fpi_bias(fmt) - 1 - exp) / 2;    /* (44, 380, 3068 - exp) / 2 */
    uint64_t estimate = recip_sqrt_estimate(scaled) & 0xff;
    return (uint64_t)result_exp << fpi_f(fmt) | estimate << (fpi_f(fmt) - 8);
}

uint64_t fp_recpx(unsigned fmt, uint64_t a, FpStatus *st)
{
    FpVal v;
    fpi_unpack(fmt, a, false, st, &v);
    if (fpi_is_nan_type(v.type))
        return fpi_process_nan(fmt, v.type, a, st);
    unsigned emask = (1u << fpi_e(fmt)) - 1;
    unsigned exp = fpi_exp_field(fmt, a);
    unsigned rexp = exp == 0 ? emask - 1 : ~exp & emask;
    return fpi_zero(fmt, v.sign) | (uint64_t)rexp << fpi_f(fmt);
}

/* FPRecipStepFused (2 + (-a)*b) and FPRSqrtStepFused ((3 + (-a)*b) / 2):
 * op1 is negated before unpacking, so a NaN from op1 comes back negated */
static uint64_t step_fused(unsigned fmt, uint64_t a, uint64_t b, bool rsqrt, FpStatus *st)
{
    FpVal v1, v2;
    uint64_t r;
    a = fp_neg(fmt, a) & fpi_mask(fmt);
    fpi_unpack(fmt, a, false, st, &v1);
    fpi_unpack(fmt, b, false, st, &v2);
    if (fpi_process_nans(fmt, &v1, &v2, a, b, st, &r))
        return r;
    bool inf1 = v1.type == FPT_INF, inf2 = v2.type == FPT_INF;
    bool zero1 = v1.type == FPT_ZERO, zero2 = v2.type == FPT_ZERO;
    if ((inf1 && zero2) || (zero1 && inf2))
        return rsqrt ? fpi_one_point_five(fmt, false) : fpi_two(fmt, false);
    if (inf1 || inf2)
        return fpi_inf(fmt, v1.sign ^ v2.sign);
    FpVal va = { .type = FPT_NONZERO, .sign = false, .exp = rsqrt ? 0 : 1,
                 .sig = rsqrt ? 3 : 1 };
    return fpi_fused(fmt, &va, &v1, &v2, rsqrt, st);
}

uint64_t fp_recip_step(unsigned fmt, uint64_t a, uint64_t b, FpStatus *st)
{
    return step_fused(fmt, a, b, false, st);
}

uint64_t fp_rsqrt_step(unsigned fmt, uint64_t a, uint64_t b, FpStatus *st)
{
    return step_fused(fmt, a, b, true, st);
}

uint32_t fp_unsigned_recip_estimate(uint32_t a)
{
    if (!(a >> 31))
        return 0xffffffffu;
    return (uint32_t)(recip_estimate(a >> 23) & 0x1ff) << 23;
}

uint32_t fp_unsigned_rsqrt_estimate(uint32_t a)
{
    if ((a >> 30) == 0)
        return 0xffffffffu;
    return (uint32_t)(recip_sqrt_estimate(a >> 23) & 0x1ff) << 23;
}
