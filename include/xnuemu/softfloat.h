/*
 * softfloat.h — IEEE 754 binary16/32/64 arithmetic exactly as the Arm ARM's
 * shared floating-point pseudocode defines it (J1.1 shared/functions/float:
 * FPUnpack, FPRound, FPProcessNaNs/3, FPAdd, FPMulAdd, FPCompare, FPToFixed,
 * FixedToFP, FPRoundInt, FPConvert, FPRecipEstimate, FPRSqrtEstimate, ...):
 * Arm NaN propagation order, default NaN (FPCR.DN), flush-to-zero of inputs
 * and outputs (FPCR.FZ, single and double only), tininess before rounding,
 * alternative half precision (FPCR.AHP) in conversions, and the cumulative
 * exception flags. Values are raw bit patterns in uint64_t; `fmt` is the
 * format's size as log2 bytes: FP_H (1), FP_S (2), FP_D (3).
 * Implemented in software throughout (src/cpu/fp/), so results do not
 * depend on the host's floating point.
 */
#ifndef XNUEMU_SOFTFLOAT_H
#define XNUEMU_SOFTFLOAT_H

#include <stdbool.h>
#include <stdint.h>

enum { FP_H = 1, FP_S = 2, FP_D = 3 };

/* Rounding: FPCR.RMode encodings 0-3, plus the fixed modes some
 * instructions use (FCVTAx and FRINTA: ties away; FCVTXN: round to odd). */
typedef enum FpRound {
    FPR_TIEEVEN = 0, FPR_POSINF = 1, FPR_NEGINF = 2, FPR_ZERO = 3,
    FPR_TIEAWAY = 4, FPR_ODD = 5,
    FPR_FPCR = 8,                  /* use FpStatus.fpcr's RMode */
} FpRound;

typedef struct FpStatus {
    uint32_t fpcr;                 /* AHP, DN, FZ, RMode as in FPCR */
    uint32_t fpsr;                 /* exception flags raised (FPSR bit positions: IOC DZC
                                      OFC UFC IXC IDC); OR them into FPSR */
} FpStatus;

/* --- arithmetic (FPAdd, FPSub, FPMul, FPDiv, FPMulX, FPMulAdd, FPSqrt) --- */
uint64_t fp_add(unsigned fmt, uint64_t a, uint64_t b, FpStatus *st);
uint64_t fp_sub(unsigned fmt, uint64_t a, uint64_t b, FpStatus *st);
uint64_t fp_mul(unsigned fmt, uint64_t a, uint64_t b, FpStatus *st);
uint64_t fp_mulx(unsigned fmt, uint64_t a, uint64_t b, FpStatus *st);   /* 0 x inf = +-2 */
uint64_t fp_div(unsigned fmt, uint64_t a, uint64_t b, FpStatus *st);
/* addend + a*b with a single rounding (FPMulAdd(addend, op1, op2)); callers
 * negate operands' sign bits themselves as the instruction pseudocode says */
uint64_t fp_muladd(unsigned fmt, uint64_t addend, uint64_t a, uint64_t b, FpStatus *st);
uint64_t fp_sqrt(unsigned fmt, uint64_t a, FpStatus *st);

/* --- min/max (FPMax, FPMin, FPMaxNum, FPMinNum) --- */
uint64_t fp_max(unsigned fmt, uint64_t a, uint64_t b, FpStatus *st);
uint64_t fp_min(unsigned fmt, uint64_t a, uint64_t b, FpStatus *st);
uint64_t fp_maxnum(unsigned fmt, uint64_t a, uint64_t b, FpStatus *st);
uint64_t fp_minnum(unsigned fmt, uint64_t a, uint64_t b, FpStatus *st);

/* --- comparisons --- */
/* FPCompare: NZCV in bits 31:28 (unordered 0011, equal 0110, less 1000,
 * greater 0010); signal_nans: FCMPE/FCCMPE raise IOC for quiet NaNs too */
uint32_t fp_compare(unsigned fmt, uint64_t a, uint64_t b, bool signal_nans, FpStatus *st);
bool fp_compare_eq(unsigned fmt, uint64_t a, uint64_t b, FpStatus *st);  /* FPCompareEQ */
bool fp_compare_ge(unsigned fmt, uint64_t a, uint64_t b, FpStatus *st);  /* FPCompareGE */
bool fp_compare_gt(unsigned fmt, uint64_t a, uint64_t b, FpStatus *st);  /* FPCompareGT */

/* --- rounding and conversions --- */
/* FPRoundInt: to an integral value in the same format; exact=true raises
 * IXC when the result differs (FRINTX) */
uint64_t fp_round_int(unsigned fmt, uint64_t a, FpRound rm, bool exact, FpStatus *st);
/* FPConvert between formats (FCVT, FCVTN/L; FPR_ODD for FCVTXN) */
uint64_t fp_convert(unsigned to_fmt, unsigned from_fmt, uint64_t a, FpRound rm, FpStatus *st);
/* FPToFixed: to a signed/unsigned int_bits (16, 32 or 64: 16 for the FP16
 * vector forms) integer with fbits fraction bits, saturating with IOC;
 * result zero-extended in uint64_t; rm is not FPR_ODD */
uint64_t fp_to_fixed(unsigned fmt, uint64_t a, unsigned fbits, bool is_unsigned,
                     unsigned int_bits, FpRound rm, FpStatus *st);
/* FixedToFP: from a signed/unsigned int_bits (16, 32, 64) integer with fbits
 * fraction bits (bits of x above int_bits are ignored); rm is not FPR_ODD */
uint64_t fp_from_fixed(unsigned fmt, uint64_t x, unsigned fbits, bool is_unsigned,
                       unsigned int_bits, FpRound rm, FpStatus *st);

/* --- estimates and steps --- */
uint64_t fp_recip_estimate(unsigned fmt, uint64_t a, FpStatus *st);   /* FRECPE */
uint64_t fp_rsqrt_estimate(unsigned fmt, uint64_t a, FpStatus *st);   /* FRSQRTE */
uint64_t fp_recpx(unsigned fmt, uint64_t a, FpStatus *st);            /* FRECPX */
/* FRECPS: 2 - a*b and FRSQRTS: (3 - a*b)/2, fused; as in the pseudocode a is
 * negated before NaN processing, so a NaN taken from a comes back negated */
uint64_t fp_recip_step(unsigned fmt, uint64_t a, uint64_t b, FpStatus *st);
uint64_t fp_rsqrt_step(unsigned fmt, uint64_t a, uint64_t b, FpStatus *st);
uint32_t fp_unsigned_recip_estimate(uint32_t a);                       /* URECPE */
uint32_t fp_unsigned_rsqrt_estimate(uint32_t a);                       /* URSQRTE */

/* --- helpers --- */
uint64_t fp_expand_imm(unsigned fmt, uint8_t imm8);     /* VFPExpandImm (FMOV immediate) */
uint64_t fp_default_nan(unsigned fmt);
bool fp_is_nan(unsigned fmt, uint64_t a);
static inline uint64_t fp_neg(unsigned fmt, uint64_t a)
{
    return a ^ ((uint64_t)1 << ((8u << fmt) - 1));
}
static inline uint64_t fp_abs(unsigned fmt, uint64_t a)
{
    return a & ~((uint64_t)1 << ((8u << fmt) - 1));
}

#endif
