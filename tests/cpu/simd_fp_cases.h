/*
 * simd_fp_cases.h — shared by the cases_simd_fp_*.c files (one per group of
 * encoding classes): their conventions and operand macros.
 *
 * Advanced SIMD floating-point forms (a64_simd_fp.def):
 * three same (vector and scalar), pairwise and across lanes, two-register
 * miscellaneous (compares with zero, FABS/FNEG, FRINT*, FSQRT, estimates),
 * conversions (FCVT*S/U, SCVTF/UCVTF, FCVTN/FCVTL/FCVTXN), fixed point
 * (shift by immediate), FMOV (vector, immediate) and by element. Words from
 * binutils (tools/asm-words); reserved encodings are edited words, described
 * in their comment. Expected values were worked by hand from the Arm ARM
 * pseudocode (C7.2 instruction pages; J1 FPAdd, FPMulAdd, FPProcessNaNs(3),
 * FPMaxNum, FPRound, FPToFixed, FPConvert, FPRecipEstimate, FPRSqrtEstimate,
 * FPRecpX, FPRecipStepFused, Reduce) and cross-checked by running every case's
 * inputs on qemu-aarch64 (-cpu cortex-a57). The comment above each case gives
 * the lanes (element 0 first; hex for NaNs, infinities, edge and integer
 * values). V registers not listed hold tenv_vreg_pattern(); every V register
 * and FPSR is compared after each case.
 */
#ifndef TESTS_CPU_SIMD_FP_CASES_H
#define TESTS_CPU_SIMD_FP_CASES_H

#include "simd_cases.h"

/* FPCR and FPSR bits */
#define AHP (1u << 26)
#define DN  (1u << 25)
#define FZ  (1u << 24)
#define RP  (1u << 22)    /* RMode: towards +infinity */
#define RM  (2u << 22)    /* towards -infinity */
#define RZ  (3u << 22)    /* towards zero */
#define IOC (1u << 0)
#define DZC (1u << 1)
#define OFC (1u << 2)
#define UFC (1u << 3)
#define IXC (1u << 4)
#define IDC (1u << 7)

/* T2/T3/T4 (simd_cases.h) with FPCR before and FPSR expected after */
#define F2(name, row, word, n, d, cr, sr)                                    \
    { name, A64_##row, word, .vin = { { V(1), n } }, .vout = { { V(0), d } },  \
      .fpcr = (cr), .fpsr_out = (sr) }
#define F3(name, row, word, n, m, d, cr, sr)                                 \
    { name, A64_##row, word, .vin = { { V(1), n }, { V(2), m } },              \
      .vout = { { V(0), d } }, .fpcr = (cr), .fpsr_out = (sr) }
#define F4(name, row, word, a, n, m, d, cr, sr)                              \
    { name, A64_##row, word, .vin = { { V(0), a }, { V(1), n }, { V(2), m } }, \
      .vout = { { V(0), d } }, .fpcr = (cr), .fpsr_out = (sr) }

#endif
