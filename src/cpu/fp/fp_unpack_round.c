/*
 * fp_unpack_round.c — Arm ARM J1.1 shared/functions/float: FPUnpackBase /
 * FPUnpack / FPUnpackCV, FPRoundBase / FPRound / FPRoundCV, FPProcessNaN,
 * FPProcessNaNs, FPProcessNaNs3, FPDefaultNaN, VFPExpandImm. Armv8.0
 * semantics: FPCR.FZ flushes single and double only (no FZ16), tininess is
 * detected before rounding, AHP applies only to conversions.
 */
#include "fp_internal.h"

fpu128 fpi_shift_classify(fpu128 x, unsigned s, int *cls)
{
    if (s == 0) {
        *cls = RB_EXACT;
        return x;
    }
    if (x == 0) {
        *cls = RB_EXACT;
        return 0;
    }
    if (s > 128) {          /* x < 2^128 <= half an ulp */
        *cls = RB_BELOW;
        return 0;
    }
    fpu128 q, rem, half = (fpu128)1 << (s - 1);
    if (s == 128) {
        q = 0;
        rem = x;
    } else {
        q = x >> s;
        rem = x & (((fpu128)1 << s) - 1);
    }
    *cls = rem == 0 ? RB_EXACT : rem < half ? RB_BELOW : rem == half ? RB_HALF : RB_ABOVE;
    return q;
}

bool fpi_round_up(int cls, bool lsb_odd, bool sign, FpRound rm)
{
    if (cls == RB_EXACT)
        return false;
    switch (rm) {
    case FPR_TIEEVEN: return cls == RB_ABOVE || (cls == RB_HALF && lsb_odd);
    case FPR_POSINF: return !sign;
    case FPR_NEGINF: return sign;
    case FPR_TIEAWAY: return cls >= RB_HALF;
    default: return false;      /* FPR_ZERO, FPR_ODD */
    }
}

void fpi_unpack(unsigned fmt, uint64_t a, bool cv, FpStatus *st, FpVal *v)
{
    unsigned fbits = fpi_f(fmt);
    unsigned e = fpi_exp_field(fmt, a);
    uint64_t frac = a & fpi_frac_mask(fmt);
    unsigned emax = (1u << fpi_e(fmt)) - 1;

    v->sign = (a & fpi_signbit(fmt)) != 0;
    v->exp = 0;
    v->sig = 0;
    if (e == 0) {
        if (frac == 0) {
            v->type = FPT_ZERO;
        } else if (fmt != FP_H && (st->fpcr & SF_FPCR_FZ)) {
            v->type = FPT_ZERO;
            fpi_raise(st, SF_IDC);
        } else {
            v->type = FPT_NONZERO;
            v->sig = frac;
            v->exp = 1 - fpi_bias(fmt) - (int)fbits;
        }
    } else if (e == emax && !(fmt == FP_H && cv && (st->fpcr & SF_FPCR_AHP))) {
        if (frac == 0)
            v->type = FPT_INF;
        else
            v->type = (frac >> (fbits - 1)) & 1 ? FPT_QNAN : FPT_SNAN;
    } else {
        v->type = FPT_NONZERO;
        v->sig = frac | ((uint64_t)1 << fbits);
        v->exp = (int)e - fpi_bias(fmt) - (int)fbits;
    }
}

uint64_t fpi_round(unsigned fmt, bool sign, int32_t exp, fpu128 sig, FpRound rm, bool cv,
                   FpStatus *st)
{
    int fb = (int)fpi_f(fmt);
    int eb = (int)fpi_e(fmt);
    int min_exp = 1 - fpi_bias(fmt);
    rm = fpi_rmode(rm, st);

    /* normalise so that the leading one is bit 126: value = sig * 2^exp */
    int sh = 126 - fpi_msb128(sig);
    if (sh > 0)
        sig <<= sh;
    else if (sh < 0) {          /* only a 127-bit input: keep bit 0 sticky */
        sig = (sig >> 1) | (sig & 1);
    }
    exp -= sh;
    int64_t exponent = (int64_t)exp + 126;      /* value in [2^exponent, 2^(exponent+1)) */

    if (fmt != FP_H && (st->fpcr & SF_FPCR_FZ) && exponent < min_exp) {
        fpi_raise(st, SF_UFC);
        return fpi_zero(fmt, sign);
    }
    int64_t biased = exponent - min_exp + 1;
    if (biased < 0)
        biased = 0;
    int64_t lsb_exp = (biased == 0 ? min_exp : exponent) - fb;
    int64_t s = lsb_exp - exp;          /* >= 126 - 52 */
    int cls;
    uint64_t mant = (uint64_t)fpi_shift_classify(sig, s > 200 ? 200 : (unsigned)s, &cls);
    bool inexact = cls != RB_EXACT;

    if (biased == 0 && inexact)
        fpi_raise(st, SF_UFC);

    bool to_inf;
    switch (rm) {
    case FPR_TIEEVEN: case FPR_TIEAWAY: to_inf = true; break;
    case FPR_POSINF: to_inf = !sign; break;
    case FPR_NEGINF: to_inf = sign; break;
    default: to_inf = false; break;
    }
    if (fpi_round_up(cls, mant & 1, sign, rm)) {
        mant++;
        if (mant == (uint64_t)1 << fb)
            biased = 1;
        if (mant == (uint64_t)1 << (fb + 1)) {
            biased++;
            mant >>= 1;
        }
    }
    if (inexact && rm == FPR_ODD)
        mant |= 1;

    uint64_t result;
    if (!(fmt == FP_H && cv && (st->fpcr & SF_FPCR_AHP))) {
        if (biased >= ((int64_t)1 << eb) - 1) {
            result = to_inf ? fpi_inf(fmt, sign) : fpi_max_normal(fmt, sign);
            fpi_raise(st, SF_OFC);
            inexact = true;
        } else {
            result = fpi_zero(fmt, sign) | (uint64_t)biased << fb | (mant & fpi_frac_mask(fmt));
        }
    } else {
        if (biased >= ((int64_t)1 << eb)) {
            result = fpi_zero(fmt, sign) | (fpi_mask(fmt) >> 1);
            fpi_raise(st, SF_IOC);
            inexact = false;
        } else {
            result = fpi_zero(fmt, sign) | (uint64_t)biased << fb | (mant & fpi_frac_mask(fmt));
        }
    }
    if (inexact)
        fpi_raise(st, SF_IXC);
    return result;
}

uint64_t fp_default_nan(unsigned fmt)
{
    return fpi_inf(fmt, false) | ((uint64_t)1 << (fpi_f(fmt) - 1));
}

bool fp_is_nan(unsigned fmt, uint64_t a)
{
    return fpi_exp_field(fmt, a) == (1u << fpi_e(fmt)) - 1 && (a & fpi_frac_mask(fmt)) != 0;
}

uint64_t fpi_process_nan(unsigned fmt, FpType t, uint64_t a, FpStatus *st)
{
    uint64_t r = a & fpi_mask(fmt);
    if (t == FPT_SNAN) {
        r |= (uint64_t)1 << (fpi_f(fmt) - 1);
        fpi_raise(st, SF_IOC);
    }
    if (st->fpcr & SF_FPCR_DN)
        r = fp_default_nan(fmt);
    return r;
}

bool fpi_process_nans(unsigned fmt, const FpVal *v1, const FpVal *v2, uint64_t a, uint64_t b,
                      FpStatus *st, uint64_t *out)
{
    if (v1->type == FPT_SNAN)
        *out = fpi_process_nan(fmt, v1->type, a, st);
    else if (v2->type == FPT_SNAN)
        *out = fpi_process_nan(fmt, v2->type, b, st);
    else if (v1->type == FPT_QNAN)
        *out = fpi_process_nan(fmt, v1->type, a, st);
    else if (v2->type == FPT_QNAN)
        *out = fpi_process_nan(fmt, v2->type, b, st);
    else
        return false;
    return true;
}

bool fpi_process_nans3(unsigned fmt, const FpVal *v1, const FpVal *v2, const FpVal *v3,
                       uint64_t a, uint64_t b, uint64_t c, FpStatus *st, uint64_t *out)
{
    if (v1->type == FPT_SNAN)
        *out = fpi_process_nan(fmt, v1->type, a, st);
    else if (v2->type == FPT_SNAN)
        *out = fpi_process_nan(fmt, v2->type, b, st);
    else if (v3->type == FPT_SNAN)
        *out = fpi_process_nan(fmt, v3->type, c, st);
    else if (v1->type == FPT_QNAN)
        *out = fpi_process_nan(fmt, v1->type, a, st);
    else if (v2->type == FPT_QNAN)
        *out = fpi_process_nan(fmt, v2->type, b, st);
    else if (v3->type == FPT_QNAN)
        *out = fpi_process_nan(fmt, v3->type, c, st);
    else
        return false;
    return true;
}

/* VFPExpandImm: sign = imm8<7>, exp = NOT(imm8<6>):Replicate(imm8<6>,E-3):imm8<5:4>,
 * frac = imm8<3:0>:Zeros(F-4) */
uint64_t fp_expand_imm(unsigned fmt, uint8_t imm8)
{
    unsigned eb = fpi_e(fmt), fb = fpi_f(fmt);
    uint64_t b6 = (imm8 >> 6) & 1;
    uint64_t exp = (b6 ^ 1) << (eb - 1);
    if (b6)
        exp |= (((uint64_t)1 << (eb - 3)) - 1) << 2;
    exp |= (imm8 >> 4) & 3;
    return fpi_zero(fmt, imm8 >> 7) | exp << fb | (uint64_t)(imm8 & 15) << (fb - 4);
}
