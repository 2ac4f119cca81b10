/*
 * fp_minmax_cmp.c — Arm ARM J1.1 shared/functions/float: FPMax, FPMin,
 * FPMaxNum, FPMinNum (a lone quiet NaN becomes an infinity that loses),
 * FPCompare (NZCV), FPCompareEQ, FPCompareGE, FPCompareGT. Values are
 * compared after FPUnpack, so flushed denormals compare as zeros.
 */
#include "fp_internal.h"

/* A key that orders unpacked non-NaN values like the reals they denote:
 * zeros of both signs are equal, raw magnitudes order like the values. */
static int64_t order_key(unsigned fmt, const FpVal *v, uint64_t a)
{
    if (v->type == FPT_ZERO)
        return 0;
    int64_t mag = (int64_t)(a & (fpi_mask(fmt) >> 1));
    return v->sign ? -mag : mag;
}

static uint64_t maxmin(unsigned fmt, uint64_t a, uint64_t b, bool is_max, FpStatus *st)
{
    FpVal v1, v2;
    uint64_t r;
    fpi_unpack(fmt, a, false, st, &v1);
    fpi_unpack(fmt, b, false, st, &v2);
    if (fpi_process_nans(fmt, &v1, &v2, a, b, st, &r))
        return r;
    int64_t k1 = order_key(fmt, &v1, a), k2 = order_key(fmt, &v2, b);
    bool pick1 = is_max ? k1 > k2 : k1 < k2;
    const FpVal *v = pick1 ? &v1 : &v2;
    uint64_t bits = pick1 ? a : b;
    if (v->type == FPT_INF)
        return fpi_inf(fmt, v->sign);
    if (v->type == FPT_ZERO)
        return fpi_zero(fmt, is_max ? (v1.sign && v2.sign) : (v1.sign || v2.sign));
    /* FPRound of an operand's own value: exact, so the operand itself */
    return bits & fpi_mask(fmt);
}

uint64_t fp_max(unsigned fmt, uint64_t a, uint64_t b, FpStatus *st)
{
    return maxmin(fmt, a, b, true, st);
}

uint64_t fp_min(unsigned fmt, uint64_t a, uint64_t b, FpStatus *st)
{
    return maxmin(fmt, a, b, false, st);
}

/* FPMaxNum/FPMinNum: a quiet NaN facing a non-quiet-NaN operand is replaced
 * by -inf (max) or +inf (min); signalling NaNs still win in FPMax/FPMin */
static uint64_t maxmin_num(unsigned fmt, uint64_t a, uint64_t b, bool is_max, FpStatus *st)
{
    FpVal v1, v2;
    fpi_unpack(fmt, a, false, st, &v1);
    fpi_unpack(fmt, b, false, st, &v2);
    if (v1.type == FPT_QNAN && v2.type != FPT_QNAN)
        a = fpi_inf(fmt, is_max);
    else if (v1.type != FPT_QNAN && v2.type == FPT_QNAN)
        b = fpi_inf(fmt, is_max);
    return maxmin(fmt, a, b, is_max, st);
}

uint64_t fp_maxnum(unsigned fmt, uint64_t a, uint64_t b, FpStatus *st)
{
    return maxmin_num(fmt, a, b, true, st);
}

uint64_t fp_minnum(unsigned fmt, uint64_t a, uint64_t b, FpStatus *st)
{
    return maxmin_num(fmt, a, b, false, st);
}

uint32_t fp_compare(unsigned fmt, uint64_t a, uint64_t b, bool signal_nans, FpStatus *st)
{
    FpVal v1, v2;
    fpi_unpack(fmt, a, false, st, &v1);
    fpi_unpack(fmt, b, false, st, &v2);
    if (fpi_is_nan_type(v1.type) || fpi_is_nan_type(v2.type)) {
        if (v1.type == FPT_SNAN || v2.type == FPT_SNAN || signal_nans)
            fpi_raise(st, SF_IOC);
        return 0x3u << 28;
    }
    int64_t k1 = order_key(fmt, &v1, a), k2 = order_key(fmt, &v2, b);
    if (k1 == k2)
        return 0x6u << 28;
    return (k1 < k2 ? 0x8u : 0x2u) << 28;
}

/* the three predicates: -2 when unordered, else the sign of a - b */
static int cmp3(unsigned fmt, uint64_t a, uint64_t b, bool quiet_ok, FpStatus *st)
{
    FpVal v1, v2;
    fpi_unpack(fmt, a, false, st, &v1);
    fpi_unpack(fmt, b, false, st, &v2);
    if (fpi_is_nan_type(v1.type) || fpi_is_nan_type(v2.type)) {
        if (!quiet_ok || v1.type == FPT_SNAN || v2.type == FPT_SNAN)
            fpi_raise(st, SF_IOC);
        return -2;
    }
    int64_t k1 = order_key(fmt, &v1, a), k2 = order_key(fmt, &v2, b);
    return k1 == k2 ? 0 : k1 < k2 ? -1 : 1;
}

bool fp_compare_eq(unsigned fmt, uint64_t a, uint64_t b, FpStatus *st)
{
    return cmp3(fmt, a, b, true, st) == 0;
}

bool fp_compare_ge(unsigned fmt, uint64_t a, uint64_t b, FpStatus *st)
{
    return cmp3(fmt, a, b, false, st) >= 0;
}

bool fp_compare_gt(unsigned fmt, uint64_t a, uint64_t b, FpStatus *st)
{
    return cmp3(fmt, a, b, false, st) > 0;
}
