/*
 * fp_internal.h — what the soft-float files share: format parameters, the
 * unpacked value (Arm ARM J1.1 shared/functions/float/fpunpack: FPType,
 * sign, value), FPRoundBase, NaN processing and 128-bit helpers. A nonzero
 * finite value is sig * 2^exp exactly; FPRound's input may carry a sticky
 * bit in bit 0 ("jammed") when lower bits were dropped.
 */
#ifndef XNUEMU_FP_INTERNAL_H
#define XNUEMU_FP_INTERNAL_H

#include "xnuemu/softfloat.h"

typedef unsigned __int128 fpu128;

/* FPSR cumulative bits and FPCR fields (same positions as FPSR/FPCR) */
#define SF_IOC (1u << 0)
#define SF_DZC (1u << 1)
#define SF_OFC (1u << 2)
#define SF_UFC (1u << 3)
#define SF_IXC (1u << 4)
#define SF_IDC (1u << 7)
#define SF_FPCR_AHP (1u << 26)
#define SF_FPCR_DN  (1u << 25)
#define SF_FPCR_FZ  (1u << 24)

typedef enum FpType { FPT_ZERO, FPT_NONZERO, FPT_INF, FPT_QNAN, FPT_SNAN } FpType;

typedef struct FpVal {
    FpType type;
    bool sign;
    int32_t exp;        /* value = sig * 2^exp when type == FPT_NONZERO */
    uint64_t sig;
} FpVal;

/* format parameters: N bits, E exponent bits, F fraction bits */
static inline unsigned fpi_n(unsigned fmt) { return 8u << fmt; }
static inline unsigned fpi_f(unsigned fmt) { return fmt == FP_H ? 10 : fmt == FP_S ? 23 : 52; }
static inline unsigned fpi_e(unsigned fmt) { return fmt == FP_H ? 5 : fmt == FP_S ? 8 : 11; }
static inline int fpi_bias(unsigned fmt) { return (1 << (fpi_e(fmt) - 1)) - 1; }
static inline uint64_t fpi_signbit(unsigned fmt) { return (uint64_t)1 << (fpi_n(fmt) - 1); }
static inline uint64_t fpi_mask(unsigned fmt)
{
    return fmt == FP_D ? ~(uint64_t)0 : ((uint64_t)1 << fpi_n(fmt)) - 1;
}
static inline uint64_t fpi_frac_mask(unsigned fmt) { return ((uint64_t)1 << fpi_f(fmt)) - 1; }
static inline unsigned fpi_exp_field(unsigned fmt, uint64_t a)
{
    return (unsigned)(a >> fpi_f(fmt)) & ((1u << fpi_e(fmt)) - 1);
}

static inline uint64_t fpi_zero(unsigned fmt, bool sign) { return sign ? fpi_signbit(fmt) : 0; }
static inline uint64_t fpi_inf(unsigned fmt, bool sign)
{
    return fpi_zero(fmt, sign) | ((((uint64_t)1 << fpi_e(fmt)) - 1) << fpi_f(fmt));
}
static inline uint64_t fpi_max_normal(unsigned fmt, bool sign)
{
    return fpi_zero(fmt, sign) | ((((uint64_t)1 << fpi_e(fmt)) - 2) << fpi_f(fmt)) |
           fpi_frac_mask(fmt);
}
/* FPTwo, FPOnePointFive */
static inline uint64_t fpi_two(unsigned fmt, bool sign)
{
    return fpi_zero(fmt, sign) | ((uint64_t)1 << (fpi_e(fmt) - 1)) << fpi_f(fmt);
}
static inline uint64_t fpi_one_point_five(unsigned fmt, bool sign)
{
    return fpi_zero(fmt, sign) | ((((uint64_t)1 << (fpi_e(fmt) - 1)) - 1) << fpi_f(fmt)) |
           ((uint64_t)1 << (fpi_f(fmt) - 1));
}

static inline void fpi_raise(FpStatus *st, uint32_t bits) { st->fpsr |= bits; }
static inline bool fpi_is_nan_type(FpType t) { return t == FPT_QNAN || t == FPT_SNAN; }

/* FPRoundingMode / the instruction's fixed mode: never returns FPR_FPCR */
static inline FpRound fpi_rmode(FpRound rm, const FpStatus *st)
{
    return rm == FPR_FPCR ? (FpRound)((st->fpcr >> 22) & 3) : rm;
}

/* index of the highest set bit; x != 0 */
static inline int fpi_msb128(fpu128 x)
{
    uint64_t hi = (uint64_t)(x >> 64);
    return hi ? 127 - __builtin_clzll(hi) : 63 - __builtin_clzll((uint64_t)x);
}

/* Discarded-bits class of a right shift, relative to half an ulp */
enum { RB_EXACT = 0, RB_BELOW = 1, RB_HALF = 2, RB_ABOVE = 3 };

/* x >> s with the class of the bits shifted out (any s) */
fpu128 fpi_shift_classify(fpu128 x, unsigned s, int *cls);
/* whether the magnitude rounds up (away from zero) in mode rm */
bool fpi_round_up(int cls, bool lsb_odd, bool sign, FpRound rm);

/* FPUnpack (AHP ignored) and FPUnpackCV (AHP honoured for half) */
void fpi_unpack(unsigned fmt, uint64_t a, bool cv, FpStatus *st, FpVal *v);
/* FPRoundBase of sig * 2^exp (sig != 0; a sticky bit may be jammed into
 * bit 0 when sig has at least F + 3 significant bits, so that bit 0 lies
 * below the round bit); cv: FPRoundCV (AHP applies to half) */
uint64_t fpi_round(unsigned fmt, bool sign, int32_t exp, fpu128 sig, FpRound rm, bool cv,
                   FpStatus *st);

/* FPProcessNaN, FPProcessNaNs, FPProcessNaNs3 */
uint64_t fpi_process_nan(unsigned fmt, FpType t, uint64_t a, FpStatus *st);
bool fpi_process_nans(unsigned fmt, const FpVal *v1, const FpVal *v2, uint64_t a, uint64_t b,
                      FpStatus *st, uint64_t *out);
bool fpi_process_nans3(unsigned fmt, const FpVal *v1, const FpVal *v2, const FpVal *v3,
                       uint64_t a, uint64_t b, uint64_t c, FpStatus *st, uint64_t *out);

/* Sum of two exact values (sigs < 2^112): the result is exact or has a
 * sticky bit in bit 0 with at least 100 significant bits above it; a zero
 * *rsig means an exact zero sum. */
void fpi_sum(bool sa, int32_t ea, fpu128 ma, bool sb, int32_t eb, fpu128 mb,
             bool *rs, int32_t *re, fpu128 *rsig);

/* addend + v1*v2 for nonzero-or-zero finite operands after the special
 * cases, rounded once; half: divide the exact result by 2 first (FRSQRTS) */
uint64_t fpi_fused(unsigned fmt, const FpVal *va, const FpVal *v1, const FpVal *v2, bool half,
                   FpStatus *st);

#endif
