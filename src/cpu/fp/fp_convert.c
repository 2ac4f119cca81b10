/*
 * fp_convert.c — Arm ARM J1.1 shared/functions/float: FPRoundInt (FRINTx,
 * exact for FRINTX), FPConvert with FPUnpackCV/FPRoundCV (alternative half
 * precision, round to odd for FCVTXN) and FPConvertNaN, FPToFixed
 * (saturating through SatQ) and FixedToFP.
 */
#include "fp_internal.h"

uint64_t fp_round_int(unsigned fmt, uint64_t a, FpRound rm, bool exact, FpStatus *st)
{
    FpVal v;
    fpi_unpack(fmt, a, false, st, &v);
    if (fpi_is_nan_type(v.type))
        return fpi_process_nan(fmt, v.type, a, st);
    if (v.type == FPT_INF)
        return fpi_inf(fmt, v.sign);
    if (v.type == FPT_ZERO)
        return fpi_zero(fmt, v.sign);
    rm = fpi_rmode(rm, st);
    if (v.exp >= 0)             /* already integral: FPRound reproduces it */
        return fpi_round(fmt, v.sign, v.exp, v.sig, FPR_ZERO, false, st);
    int cls;
    unsigned s = -v.exp > 200 ? 200 : (unsigned)-v.exp;
    fpu128 mag = fpi_shift_classify(v.sig, s, &cls);
    if (fpi_round_up(cls, mag & 1, v.sign, rm))
        mag++;
    uint64_t r = mag == 0 ? fpi_zero(fmt, v.sign)
                          : fpi_round(fmt, v.sign, 0, mag, FPR_ZERO, false, st);
    if (cls != RB_EXACT && exact)
        fpi_raise(st, SF_IXC);
    return r;
}

/* FPConvertNaN: keep the sign and the top fraction bits, set the quiet bit */
static uint64_t convert_nan(unsigned to, unsigned from, uint64_t a)
{
    uint64_t frac51;            /* the source fraction below its quiet bit, as 51 bits */
    switch (from) {
    case FP_D: frac51 = a & (((uint64_t)1 << 51) - 1); break;
    case FP_S: frac51 = (a & ((1u << 22) - 1)) << 29; break;
    default: frac51 = (a & ((1u << 9) - 1)) << 42; break;
    }
    bool sign = (a >> (fpi_n(from) - 1)) & 1;
    unsigned drop = 52 - fpi_f(to);
    return fp_default_nan(to) | fpi_zero(to, sign) | frac51 >> drop;
}

uint64_t fp_convert(unsigned to_fmt, unsigned from_fmt, uint64_t a, FpRound rm, FpStatus *st)
{
    FpVal v;
    fpi_unpack(from_fmt, a, true, st, &v);
    bool alt_hp = to_fmt == FP_H && (st->fpcr & SF_FPCR_AHP);
    if (fpi_is_nan_type(v.type)) {
        uint64_t r;
        if (alt_hp)
            r = fpi_zero(to_fmt, v.sign);
        else if (st->fpcr & SF_FPCR_DN)
            r = fp_default_nan(to_fmt);
        else
            r = convert_nan(to_fmt, from_fmt, a);
        if (v.type == FPT_SNAN || alt_hp)
            fpi_raise(st, SF_IOC);
        return r;
    }
    if (v.type == FPT_INF) {
        if (alt_hp) {
            fpi_raise(st, SF_IOC);
            return fpi_zero(to_fmt, v.sign) | (fpi_mask(to_fmt) >> 1);
        }
        return fpi_inf(to_fmt, v.sign);
    }
    if (v.type == FPT_ZERO)
        return fpi_zero(to_fmt, v.sign);
    return fpi_round(to_fmt, v.sign, v.exp, v.sig, rm, true, st);
}

static uint64_t int_mask(unsigned int_bits)
{
    return int_bits >= 64 ? ~(uint64_t)0 : ((uint64_t)1 << int_bits) - 1;
}

uint64_t fp_to_fixed(unsigned fmt, uint64_t a, unsigned fbits, bool is_unsigned,
                     unsigned int_bits, FpRound rm, FpStatus *st)
{
    FpVal v;
    fpi_unpack(fmt, a, false, st, &v);
    rm = fpi_rmode(rm, st);
    if (fpi_is_nan_type(v.type)) {  /* the value is taken as zero */
        fpi_raise(st, SF_IOC);
        return 0;
    }
    fpu128 mag = 0;
    int cls = RB_EXACT;
    bool huge = v.type == FPT_INF;
    if (v.type == FPT_NONZERO) {
        int64_t e2 = (int64_t)v.exp + fbits;
        if (e2 >= 0) {
            if (e2 + fpi_msb128(v.sig) >= 100)
                huge = true;
            else
                mag = (fpu128)v.sig << e2;
        } else {
            mag = fpi_shift_classify(v.sig, -e2 > 200 ? 200 : (unsigned)-e2, &cls);
            if (fpi_round_up(cls, mag & 1, v.sign, rm))
                mag++;
        }
    }
    /* SatQ: the limits of the destination as magnitudes */
    fpu128 maxpos = is_unsigned ? int_mask(int_bits) : int_mask(int_bits) >> 1;
    fpu128 maxneg = is_unsigned ? 0 : (fpu128)1 << (int_bits - 1);
    bool sat = false;
    uint64_t r;
    if (!v.sign) {
        sat = huge || mag > maxpos;
        r = (uint64_t)(sat ? maxpos : mag);
    } else {
        sat = huge || mag > maxneg;
        r = -(uint64_t)(sat ? maxneg : mag);
    }
    if (sat)
        fpi_raise(st, SF_IOC);
    else if (cls != RB_EXACT)
        fpi_raise(st, SF_IXC);
    return r & int_mask(int_bits);
}

uint64_t fp_from_fixed(unsigned fmt, uint64_t x, unsigned fbits, bool is_unsigned,
                       unsigned int_bits, FpRound rm, FpStatus *st)
{
    uint64_t m = x & int_mask(int_bits);
    bool sign = false;
    if (!is_unsigned && ((m >> (int_bits - 1)) & 1)) {
        sign = true;
        m = -m & int_mask(int_bits);    /* the most negative value maps to itself */
    }
    if (m == 0)
        return fpi_zero(fmt, false);
    return fpi_round(fmt, sign, -(int32_t)fbits, m, rm, false, st);
}
