/*
 * fp_arith.c — Arm ARM J1.1 shared/functions/float: FPAdd, FPSub, FPMul,
 * FPMulX, FPDiv, FPMulAdd (with its inf*0 + qNaN default-NaN case) and
 * FPSqrt. Each computes the exact result (sums, products and FMA exactly in
 * 128 bits; quotients and square roots with a sticky bit) and rounds once
 * through FPRound.
 */
#include "fp_internal.h"

void fpi_sum(bool sa, int32_t ea, fpu128 ma, bool sb, int32_t eb, fpu128 mb,
             bool *rs, int32_t *re, fpu128 *rsig)
{
    if (ma == 0 || mb == 0) {
        *rs = ma ? sa : sb;
        *re = ma ? ea : eb;
        *rsig = ma ? ma : mb;
        return;
    }
    int sha = 124 - fpi_msb128(ma), shb = 124 - fpi_msb128(mb);
    ma <<= sha;
    ea -= sha;
    mb <<= shb;
    eb -= shb;
    if (ea < eb) {              /* make a the larger magnitude exponent */
        bool ts = sa; sa = sb; sb = ts;
        int32_t te = ea; ea = eb; eb = te;
        fpu128 tm = ma; ma = mb; mb = tm;
    }
    int64_t d = (int64_t)ea - eb;
    if (d >= 127) {
        mb = 1;                 /* far below: sticky only */
    } else if (d > 0) {
        bool lost = (mb & (((fpu128)1 << d) - 1)) != 0;
        mb >>= d;
        mb |= lost;
    }
    *re = ea;
    if (sa == sb) {
        *rs = sa;
        *rsig = ma + mb;
    } else if (ma >= mb) {
        *rs = sa;
        *rsig = ma - mb;
    } else {
        *rs = sb;
        *rsig = mb - ma;
    }
}

/* FPAdd; negate2 gives FPSub (the sign of op2's value is flipped after
 * NaN processing, which is exactly what FPSub's case analysis amounts to) */
static uint64_t add_sub(unsigned fmt, uint64_t a, uint64_t b, bool negate2, FpStatus *st)
{
    FpVal v1, v2;
    uint64_t r;
    FpRound rm = fpi_rmode(FPR_FPCR, st);
    fpi_unpack(fmt, a, false, st, &v1);
    fpi_unpack(fmt, b, false, st, &v2);
    if (fpi_process_nans(fmt, &v1, &v2, a, b, st, &r))
        return r;
    bool s1 = v1.sign, s2 = v2.sign ^ negate2;
    bool inf1 = v1.type == FPT_INF, inf2 = v2.type == FPT_INF;
    bool zero1 = v1.type == FPT_ZERO, zero2 = v2.type == FPT_ZERO;
    if (inf1 && inf2 && s1 != s2) {
        fpi_raise(st, SF_IOC);
        return fp_default_nan(fmt);
    }
    if ((inf1 && !s1) || (inf2 && !s2))
        return fpi_inf(fmt, false);
    if ((inf1 && s1) || (inf2 && s2))
        return fpi_inf(fmt, true);
    if (zero1 && zero2 && s1 == s2)
        return fpi_zero(fmt, s1);
    bool rs;
    int32_t re;
    fpu128 rsig;
    fpi_sum(s1, v1.exp, v1.sig, s2, v2.exp, v2.sig, &rs, &re, &rsig);
    if (rsig == 0)
        return fpi_zero(fmt, rm == FPR_NEGINF);
    return fpi_round(fmt, rs, re, rsig, rm, false, st);
}

uint64_t fp_add(unsigned fmt, uint64_t a, uint64_t b, FpStatus *st)
{
    return add_sub(fmt, a, b, false, st);
}

uint64_t fp_sub(unsigned fmt, uint64_t a, uint64_t b, FpStatus *st)
{
    return add_sub(fmt, a, b, true, st);
}

/* FPMul and FPMulX (mulx: infinity times zero is +-2.0) */
static uint64_t mul(unsigned fmt, uint64_t a, uint64_t b, bool mulx, FpStatus *st)
{
    FpVal v1, v2;
    uint64_t r;
    fpi_unpack(fmt, a, false, st, &v1);
    fpi_unpack(fmt, b, false, st, &v2);
    if (fpi_process_nans(fmt, &v1, &v2, a, b, st, &r))
        return r;
    bool s = v1.sign ^ v2.sign;
    bool inf1 = v1.type == FPT_INF, inf2 = v2.type == FPT_INF;
    bool zero1 = v1.type == FPT_ZERO, zero2 = v2.type == FPT_ZERO;
    if ((inf1 && zero2) || (zero1 && inf2)) {
        if (mulx)
            return fpi_two(fmt, s);
        fpi_raise(st, SF_IOC);
        return fp_default_nan(fmt);
    }
    if (inf1 || inf2)
        return fpi_inf(fmt, s);
    if (zero1 || zero2)
        return fpi_zero(fmt, s);
    return fpi_round(fmt, s, v1.exp + v2.exp, (fpu128)v1.sig * v2.sig, FPR_FPCR, false, st);
}

uint64_t fp_mul(unsigned fmt, uint64_t a, uint64_t b, FpStatus *st)
{
    return mul(fmt, a, b, false, st);
}

uint64_t fp_mulx(unsigned fmt, uint64_t a, uint64_t b, FpStatus *st)
{
    return mul(fmt, a, b, true, st);
}

uint64_t fp_div(unsigned fmt, uint64_t a, uint64_t b, FpStatus *st)
{
    FpVal v1, v2;
    uint64_t r;
    fpi_unpack(fmt, a, false, st, &v1);
    fpi_unpack(fmt, b, false, st, &v2);
    if (fpi_process_nans(fmt, &v1, &v2, a, b, st, &r))
        return r;
    bool s = v1.sign ^ v2.sign;
    bool inf1 = v1.type == FPT_INF, inf2 = v2.type == FPT_INF;
    bool zero1 = v1.type == FPT_ZERO, zero2 = v2.type == FPT_ZERO;
    if ((inf1 && inf2) || (zero1 && zero2)) {
        fpi_raise(st, SF_IOC);
        return fp_default_nan(fmt);
    }
    if (inf1 || zero2) {
        if (!inf1)
            fpi_raise(st, SF_DZC);
        return fpi_inf(fmt, s);
    }
    if (zero1 || inf2)
        return fpi_zero(fmt, s);
    /* both significands to 64 bits with the leading one at bit 63 */
    int sha = 63 - fpi_msb128(v1.sig), shb = 63 - fpi_msb128(v2.sig);
    uint64_t na = v1.sig << sha, nb = v2.sig << shb;
    fpu128 num = (fpu128)na << 64;
    fpu128 q = num / nb;        /* in (2^63, 2^65) */
    fpu128 rem = num - q * nb;
    q |= rem != 0;
    int32_t e = (v1.exp - sha) - (v2.exp - shb) - 64;
    return fpi_round(fmt, s, e, q, FPR_FPCR, false, st);
}

uint64_t fpi_fused(unsigned fmt, const FpVal *va, const FpVal *v1, const FpVal *v2, bool half,
                   FpStatus *st)
{
    FpRound rm = fpi_rmode(FPR_FPCR, st);
    bool ps = v1->sign ^ v2->sign;
    fpu128 pm = 0;
    int32_t pe = 0;
    if (v1->type == FPT_NONZERO && v2->type == FPT_NONZERO) {
        pm = (fpu128)v1->sig * v2->sig;
        pe = v1->exp + v2->exp;
    }
    fpu128 am = va->type == FPT_NONZERO ? va->sig : 0;
    bool rs;
    int32_t re;
    fpu128 rsig;
    fpi_sum(va->sign, va->exp, am, ps, pe, pm, &rs, &re, &rsig);
    if (rsig == 0)
        return fpi_zero(fmt, rm == FPR_NEGINF);
    return fpi_round(fmt, rs, re - half, rsig, rm, false, st);
}

uint64_t fp_muladd(unsigned fmt, uint64_t addend, uint64_t a, uint64_t b, FpStatus *st)
{
    FpVal va, v1, v2;
    uint64_t r = 0;
    fpi_unpack(fmt, addend, false, st, &va);
    fpi_unpack(fmt, a, false, st, &v1);
    fpi_unpack(fmt, b, false, st, &v2);
    bool inf1 = v1.type == FPT_INF, inf2 = v2.type == FPT_INF;
    bool zero1 = v1.type == FPT_ZERO, zero2 = v2.type == FPT_ZERO;
    bool done = fpi_process_nans3(fmt, &va, &v1, &v2, addend, a, b, st, &r);
    if (va.type == FPT_QNAN && ((inf1 && zero2) || (zero1 && inf2))) {
        fpi_raise(st, SF_IOC);
        r = fp_default_nan(fmt);
    }
    if (done)
        return r;
    bool infa = va.type == FPT_INF, zeroa = va.type == FPT_ZERO;
    bool sp = v1.sign ^ v2.sign;
    bool infp = inf1 || inf2, zerop = zero1 || zero2;
    if ((inf1 && zero2) || (zero1 && inf2) || (infa && infp && va.sign != sp)) {
        fpi_raise(st, SF_IOC);
        return fp_default_nan(fmt);
    }
    if ((infa && !va.sign) || (infp && !sp))
        return fpi_inf(fmt, false);
    if ((infa && va.sign) || (infp && sp))
        return fpi_inf(fmt, true);
    if (zeroa && zerop && va.sign == sp)
        return fpi_zero(fmt, va.sign);
    return fpi_fused(fmt, &va, &v1, &v2, false, st);
}

/* floor(sqrt(n)) for n < 2^(2*digits), digits <= 60, by the digit-by-digit
 * method (root and remainder stay below 2^62); *exact when n is a square */
static uint64_t isqrt(fpu128 n, int digits, bool *exact)
{
    uint64_t rem = 0, root = 0;
    for (int i = digits - 1; i >= 0; i--) {
        rem = (rem << 2) | (uint64_t)((n >> (2 * i)) & 3);
        uint64_t trial = (root << 2) | 1;
        uint64_t take = -(uint64_t)(rem >= trial);     /* branch-free: all ones or 0 */
        rem -= trial & take;
        root = (root << 1) | (take & 1);
    }
    *exact = rem == 0;
    return root;
}

uint64_t fp_sqrt(unsigned fmt, uint64_t a, FpStatus *st)
{
    FpVal v;
    fpi_unpack(fmt, a, false, st, &v);
    if (fpi_is_nan_type(v.type))
        return fpi_process_nan(fmt, v.type, a, st);
    if (v.type == FPT_ZERO)
        return fpi_zero(fmt, v.sign);
    if (v.type == FPT_INF && !v.sign)
        return fpi_inf(fmt, false);
    if (v.sign) {
        fpi_raise(st, SF_IOC);
        return fp_default_nan(fmt);
    }
    fpu128 m = v.sig;
    int32_t e = v.exp;
    if (e & 1) {                /* make the exponent even */
        m <<= 1;
        e -= 1;
    }
    /* even shift putting the leading one at bit 2R-2 or 2R-1, so that the
     * root has R = F + 4 bits: enough for rounding plus a sticky bit */
    int digits = (int)fpi_f(fmt) + 4;
    int sh = (2 * digits - 1 - fpi_msb128(m)) & ~1;
    m <<= sh;
    e -= sh;
    bool exact;
    uint64_t root = isqrt(m, digits, &exact);   /* in [2^(R-1), 2^R) */
    return fpi_round(fmt, false, e / 2, (fpu128)root | !exact, FPR_FPCR, false, st);
}
