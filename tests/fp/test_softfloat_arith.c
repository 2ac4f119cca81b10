/*
 * test_softfloat_arith.c — hand-worked cases from the Arm ARM shared
 * pseudocode for FPAdd/FPSub/FPMul/FPMulX/FPDiv/FPMulAdd/FPSqrt: NaN
 * propagation order (FPProcessNaNs/3), default NaN, FPRound in every mode,
 * overflow, tininess before rounding, FZ on inputs and outputs.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include "xnuemu/softfloat.h"
#include "sf_check.h"

/* single-precision constants */
#define S1    0x3f800000u   /* 1.0 */
#define S2    0x40000000u
#define S3    0x40400000u
#define SM1   0xbf800000u
#define SINF  0x7f800000u
#define SNINF 0xff800000u
#define SDNAN 0x7fc00000u
#define SMAX  0x7f7fffffu
#define SMIN  0x00800000u   /* smallest normal, 2^-126 */

static void nan_propagation(void **state)
{
    (void)state;
    /* FPProcessNaNs: signalling first (in operand order), then quiet */
    CK(0, fp_add(FP_S, 0x7fc00001, 0x7fc00002, &st), 0x7fc00001, 0);
    CK(0, fp_add(FP_S, 0x7fc00001, 0x7f800002, &st), 0x7fc00002, IOC);
    CK(0, fp_add(FP_S, 0x7f800001, 0x7f800002, &st), 0x7fc00001, IOC);
    CK(0, fp_add(FP_S, S1, 0xffc00005, &st), 0xffc00005, 0);
    CK(0, fp_mul(FP_S, 0xff800003, 0xffc00005, &st), 0xffc00003, IOC);
    CK(0, fp_div(FP_S, SINF, 0x7f800009, &st), 0x7fc00009, IOC);
    /* FPCR.DN: default NaN, IOC still raised for a signalling NaN */
    CK(DN, fp_add(FP_S, 0x7fc00001, S1, &st), SDNAN, 0);
    CK(DN, fp_sub(FP_S, S1, 0xff800001, &st), SDNAN, IOC);
    /* half and double quieting sets the top fraction bit only */
    CK(0, fp_add(FP_H, 0x7e01, 0x7d00, &st), 0x7f00, IOC);
    CK(0, fp_add(FP_D, 0x7ff0000000000001ull, 0x3ff0000000000000ull, &st),
       0x7ff8000000000001ull, IOC);
    CK(DN, fp_mul(FP_D, 0xfff0000000000001ull, 0, &st), 0x7ff8000000000000ull, IOC);
    CK(DN, fp_mul(FP_H, 0xfe00, 0, &st), 0x7e00, 0);
    /* FPProcessNaNs3 for FPMulAdd(addend, op1, op2): addend is first */
    CK(0, fp_muladd(FP_S, 0x7fc0000a, 0x7f80000b, S1, &st), 0x7fc0000b, IOC);
    CK(0, fp_muladd(FP_S, 0x7fc0000a, 0x7fc0000b, 0x7f80000c, &st), 0x7fc0000c, IOC);
    CK(0, fp_muladd(FP_S, 0x7fc0000a, 0x7fc0000b, S1, &st), 0x7fc0000a, 0);
    CK(0, fp_muladd(FP_S, S1, 0x7fc0000b, 0x7fc0000c, &st), 0x7fc0000b, 0);
    CK(0, fp_muladd(FP_S, 0x7f80000a, 0x7f80000b, S1, &st), 0x7fc0000a, IOC);
    /* inf*0 + qNaN: default NaN with IOC (not the addend NaN) */
    CK(0, fp_muladd(FP_S, 0x7fc0000a, SINF, 0, &st), SDNAN, IOC);
    CK(0, fp_muladd(FP_S, 0xffc0000a, 0x80000000, SNINF, &st), SDNAN, IOC);
    /* ... but an sNaN addend is just quieted */
    CK(0, fp_muladd(FP_S, 0x7f80000a, SINF, 0, &st), 0x7fc0000a, IOC);
    CK(0, fp_muladd(FP_S, 0x7fc0000a, SINF, S1, &st), 0x7fc0000a, 0);
    /* sqrt and unary NaN handling */
    CK(0, fp_sqrt(FP_S, 0xff800001, &st), 0xffc00001, IOC);
    CK(DN, fp_sqrt(FP_S, 0xffc00001, &st), SDNAN, 0);
    SF_DONE();
}

static void add_sub(void **state)
{
    (void)state;
    CK(0, fp_add(FP_S, S1, S2, &st), S3, 0);
    CK(0, fp_sub(FP_S, S1, S3, &st), 0xc0000000, 0);
    /* 1 + 2^-24: an exact tie */
    CK(RN, fp_add(FP_S, S1, 0x33800000, &st), S1, IXC);
    CK(RP, fp_add(FP_S, S1, 0x33800000, &st), 0x3f800001, IXC);
    CK(RM, fp_add(FP_S, S1, 0x33800000, &st), S1, IXC);
    CK(RZ, fp_add(FP_S, S1, 0x33800000, &st), S1, IXC);
    CK(RN, fp_add(FP_S, S1, 0x33800001, &st), 0x3f800001, IXC);
    /* tie with an odd last bit rounds up to even */
    CK(RN, fp_add(FP_S, 0x3f800001, 0x33800000, &st), 0x3f800002, IXC);
    /* negative values: directed modes act on the signed value */
    CK(RP, fp_add(FP_S, SM1, 0xb3800000, &st), SM1, IXC);
    CK(RM, fp_add(FP_S, SM1, 0xb3800000, &st), 0xbf800001, IXC);
    CK(RZ, fp_sub(FP_S, SM1, 0x33800001, &st), SM1, IXC);
    /* far-apart operands: only sticky survives */
    CK(RP, fp_add(FP_S, S1, 0x00000001, &st), 0x3f800001, IXC);
    CK(RM, fp_sub(FP_S, S1, 0x00000001, &st), 0x3f7fffff, IXC);
    CK(RN, fp_sub(FP_S, S1, 0x00000001, &st), S1, IXC);
    /* exact zero results: +0, or -0 when rounding towards -inf */
    CK(RN, fp_sub(FP_S, S1, S1, &st), 0, 0);
    CK(RM, fp_sub(FP_S, S1, S1, &st), 0x80000000, 0);
    CK(RN, fp_add(FP_S, 0, 0x80000000, &st), 0, 0);
    CK(RM, fp_add(FP_S, 0, 0x80000000, &st), 0x80000000, 0);
    CK(RN, fp_add(FP_S, 0x80000000, 0x80000000, &st), 0x80000000, 0);
    CK(RP, fp_sub(FP_S, 0x80000000, 0, &st), 0x80000000, 0);
    /* infinities */
    CK(0, fp_add(FP_S, SINF, SNINF, &st), SDNAN, IOC);
    CK(0, fp_sub(FP_S, SINF, SINF, &st), SDNAN, IOC);
    CK(0, fp_sub(FP_S, SINF, SNINF, &st), SINF, 0);
    CK(0, fp_add(FP_S, SNINF, SMAX, &st), SNINF, 0);
    /* overflow: infinity or the largest normal by mode and sign */
    CK(RN, fp_add(FP_S, SMAX, 0x73800000, &st), SINF, OFC | IXC);
    CK(RZ, fp_add(FP_S, SMAX, 0x73800000, &st), SMAX, OFC | IXC);
    CK(RM, fp_add(FP_S, SMAX, 0x73800000, &st), SMAX, OFC | IXC);
    CK(RP, fp_add(FP_S, SMAX, 0x73800000, &st), SINF, OFC | IXC);
    CK(RN, fp_add(FP_H, 0x7bff, 0x7bff, &st), 0x7c00, OFC | IXC);
    CK(RZ, fp_add(FP_H, 0x7bff, 0x7bff, &st), 0x7bff, OFC | IXC);
    /* half an ulp above the largest normal ties to even: overflow; a quarter does not */
    CK(RN, fp_add(FP_S, SMAX, 0x73000000, &st), SINF, OFC | IXC);
    CK(RN, fp_add(FP_S, SMAX, 0x72800000, &st), SMAX, IXC);
    /* denormal arithmetic (FZ=0) is exact and raises nothing */
    CK(0, fp_sub(FP_D, 0x0010000000000001ull, 0x0010000000000000ull, &st), 1, 0);
    CK(0, fp_add(FP_S, 0x00000001, 0x007fffff, &st), SMIN, 0);
    SF_DONE();
}

static void mul_div(void **state)
{
    (void)state;
    CK(0, fp_mul(FP_S, S2, S3, &st), 0x40c00000, 0);
    CK(RN, fp_mul(FP_S, SMAX, S2, &st), SINF, OFC | IXC);
    CK(RZ, fp_mul(FP_S, SMAX, S2, &st), SMAX, OFC | IXC);
    CK(RP, fp_mul(FP_S, SMAX, S2, &st), SINF, OFC | IXC);
    CK(RM, fp_mul(FP_S, SMAX, S2, &st), SMAX, OFC | IXC);
    CK(RM, fp_mul(FP_S, 0xff7fffff, S2, &st), SNINF, OFC | IXC);
    CK(RP, fp_mul(FP_S, 0xff7fffff, S2, &st), 0xff7fffff, OFC | IXC);
    CK(0, fp_mul(FP_S, 0, SINF, &st), SDNAN, IOC);
    CK(0, fp_mul(FP_S, 0x80000000, S3, &st), 0x80000000, 0);
    CK(0, fp_mul(FP_S, SNINF, SM1, &st), SINF, 0);
    /* FPMulX: 0 * inf = 2.0 with the product's sign, no IOC */
    CK(0, fp_mulx(FP_S, 0, SNINF, &st), 0xc0000000, 0);
    CK(0, fp_mulx(FP_S, 0x80000000, SNINF, &st), S2, 0);
    CK(0, fp_mulx(FP_D, 0x7ff0000000000000ull, 0, &st), 0x4000000000000000ull, 0);
    CK(0, fp_mulx(FP_H, 0xfc00, 0, &st), 0xc000, 0);
    CK(0, fp_mulx(FP_S, S3, S3, &st), 0x41100000, 0);
    CK(0, fp_mulx(FP_S, 0x7fc00001, 0, &st), 0x7fc00001, 0);
    /* division */
    CK(0, fp_div(FP_S, S1, 0, &st), SINF, DZC);
    CK(0, fp_div(FP_S, SM1, 0, &st), SNINF, DZC);
    CK(0, fp_div(FP_S, SINF, 0, &st), SINF, 0);
    CK(0, fp_div(FP_S, 0, 0x80000000, &st), SDNAN, IOC);
    CK(0, fp_div(FP_S, SINF, SNINF, &st), SDNAN, IOC);
    CK(0, fp_div(FP_S, SM1, SINF, &st), 0x80000000, 0);
    CK(RN, fp_div(FP_S, S1, S3, &st), 0x3eaaaaab, IXC);
    CK(RZ, fp_div(FP_S, S1, S3, &st), 0x3eaaaaaa, IXC);
    CK(RM, fp_div(FP_S, SM1, S3, &st), 0xbeaaaaab, IXC);
    CK(RN, fp_div(FP_D, 0x3ff0000000000000ull, 0x4008000000000000ull, &st),
       0x3fd5555555555555ull, IXC);
    CK(RN, fp_div(FP_H, 0x3c00, 0x4200, &st), 0x3555, IXC);
    CK(RN, fp_div(FP_S, 0x40e00000, S2, &st), 0x40600000, 0);   /* 7/2 exact */
    /* 1/(1+2^-52) = 1 - 2^-52 + 2^-104 - ...: only the remainder shows it is inexact */
    CK(RN, fp_div(FP_D, 0x3ff0000000000000ull, 0x3ff0000000000001ull, &st),
       0x3feffffffffffffeull, IXC);
    CK(RP, fp_div(FP_D, 0x3ff0000000000000ull, 0x3ff0000000000001ull, &st),
       0x3fefffffffffffffull, IXC);
    SF_DONE();
}

static void underflow_and_fz(void **state)
{
    (void)state;
    /* exact denormal result: tiny but exact, so no UFC */
    CK(0, fp_mul(FP_S, SMIN, 0x3f000000, &st), 0x00400000, 0);
    /* 2^-127 + 2^-150: half-way between two denormals */
    CK(RN, fp_mul(FP_S, 0x00800001, 0x3f000000, &st), 0x00400000, UFC | IXC);
    CK(RP, fp_mul(FP_S, 0x00800001, 0x3f000000, &st), 0x00400001, UFC | IXC);
    /* 2^-126 - 2^-173 is tiny before rounding: UFC even though RN gives the
     * smallest normal (an after-rounding implementation would not flag it) */
    CK(RN, fp_muladd(FP_S, SMIN, 0x80000001, 0x33800000, &st), SMIN, UFC | IXC);
    CK(RZ, fp_muladd(FP_S, SMIN, 0x80000001, 0x33800000, &st), 0x007fffff, UFC | IXC);
    /* the smallest denormal and below */
    CK(RN, fp_mul(FP_S, 0x00000001, 0x3f000000, &st), 0, UFC | IXC);
    CK(RP, fp_mul(FP_S, 0x00000001, 0x3f000000, &st), 1, UFC | IXC);
    CK(RN, fp_mul(FP_S, 0x00000001, 0x3f400000, &st), 1, UFC | IXC);
    CK(RM, fp_mul(FP_S, 0x80000001, 0x3e800000, &st), 0x80000001, UFC | IXC);
    /* FZ: denormal inputs read as zero (IDC) */
    CK(FZ, fp_add(FP_S, 0x00000001, 0, &st), 0, IDC);
    CK(FZ, fp_add(FP_S, 0x80000001, 0x80000000, &st), 0x80000000, IDC);
    CK(FZ, fp_mul(FP_S, 0x807fffff, SINF, &st), SDNAN, IOC | IDC);
    CK(FZ, fp_div(FP_D, 0x3ff0000000000000ull, 0x000fffffffffffffull, &st),
       0x7ff0000000000000ull, DZC | IDC);
    /* FZ: tiny results flush to zero with UFC and no IXC */
    CK(FZ, fp_mul(FP_S, SMIN, 0x3f000000, &st), 0, UFC);
    CK(FZ | RM, fp_mul(FP_S, 0x80800000, 0x3f7fffff, &st), 0x80000000, UFC);
    CK(FZ, fp_sub(FP_D, 0x0010000000000001ull, 0x0010000000000000ull, &st), 0, UFC);
    /* just above 2^-126: not tiny, not flushed */
    CK(FZ, fp_mul(FP_S, 0x3f7fffff, 0x00800001, &st), 0x00800000, IXC);
    /* tiny before rounding, so flushed although RP would round it to 2^-126 */
    CK(FZ | RP, fp_mul(FP_S, 0x3f7fffff, SMIN, &st), 0, UFC);
    /* FZ with a denormal product input: the input flush comes first */
    CK(FZ, fp_muladd(FP_S, SMIN, 0x80000001, 0x33800000, &st), SMIN, IDC);
    /* FZ never applies to half precision (Armv8.0: no FZ16) */
    CK(FZ, fp_add(FP_H, 0x0001, 0x0000, &st), 0x0001, 0);
    CK(FZ, fp_mul(FP_H, 0x0400, 0x3800, &st), 0x0200, 0);
    CK(FZ, fp_mul(FP_H, 0x0001, 0x3800, &st), 0x0000, UFC | IXC);
    SF_DONE();
}

static void muladd_and_sqrt(void **state)
{
    (void)state;
    CK(0, fp_muladd(FP_S, S1, S2, S3, &st), 0x40e00000, 0);
    CK(0, fp_muladd(FP_S, SNINF, SINF, S1, &st), SDNAN, IOC);
    CK(0, fp_muladd(FP_S, S1, SINF, 0, &st), SDNAN, IOC);
    CK(0, fp_muladd(FP_S, SINF, SINF, S1, &st), SINF, 0);
    CK(0, fp_muladd(FP_S, S1, SNINF, S1, &st), SNINF, 0);
    /* zero addend and zero product */
    CK(RN, fp_muladd(FP_S, 0x80000000, 0, SM1, &st), 0x80000000, 0);
    CK(RN, fp_muladd(FP_S, 0, 0, SM1, &st), 0, 0);
    CK(RM, fp_muladd(FP_S, 0, 0, SM1, &st), 0x80000000, 0);
    CK(RN, fp_muladd(FP_S, 0x80000000, S3, S1, &st), S3, 0);
    /* single rounding: (1+2^-12)^2 - 1 keeps the 2^-24 term */
    CK(RN, fp_muladd(FP_S, SM1, 0x3f800800, 0x3f800800, &st), 0x3a000400, 0);
    /* exact cancellation to zero follows the rounding mode */
    CK(RN, fp_muladd(FP_S, 0xc0c00000, S2, S3, &st), 0, 0);
    CK(RM, fp_muladd(FP_S, 0xc0c00000, S2, S3, &st), 0x80000000, 0);
    /* product far below the addend: sticky only */
    CK(RP, fp_muladd(FP_D, 0x3ff0000000000000ull, 0x0000000000000001ull, 0x0000000000000001ull,
                     &st), 0x3ff0000000000001ull, IXC);
    CK(RM, fp_muladd(FP_D, 0x3ff0000000000000ull, 0x8000000000000001ull, 0x0000000000000001ull,
                     &st), 0x3fefffffffffffffull, IXC);
    CK(RN, fp_muladd(FP_H, 0x3c00, 0x1400, 0x1400, &st), 0x3c00, IXC);
    /* square root */
    CK(0, fp_sqrt(FP_S, 0x40800000, &st), S2, 0);
    CK(RN, fp_sqrt(FP_S, S2, &st), 0x3fb504f3, IXC);
    CK(RZ, fp_sqrt(FP_S, S2, &st), 0x3fb504f3, IXC);
    CK(RP, fp_sqrt(FP_S, S2, &st), 0x3fb504f4, IXC);
    CK(RN, fp_sqrt(FP_D, 0x4000000000000000ull, &st), 0x3ff6a09e667f3bcdull, IXC);
    CK(RN, fp_sqrt(FP_H, 0x4000, &st), 0x3da8, IXC);
    CK(0, fp_sqrt(FP_S, 0x80000000, &st), 0x80000000, 0);
    CK(0, fp_sqrt(FP_S, SM1, &st), SDNAN, IOC);
    CK(0, fp_sqrt(FP_S, SNINF, &st), SDNAN, IOC);
    CK(0, fp_sqrt(FP_S, SINF, &st), SINF, 0);
    CK(0, fp_sqrt(FP_S, 0x00000001, &st), 0x1a3504f3, IXC);   /* sqrt(2^-149) */
    CK(0, fp_sqrt(FP_S, 0x00000008, &st), 0x1b000000, 0);     /* sqrt(2^-146) */
    CK(FZ, fp_sqrt(FP_S, 0x80000001, &st), 0x80000000, IDC);
    SF_DONE();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(nan_propagation),
        cmocka_unit_test(add_sub),
        cmocka_unit_test(mul_div),
        cmocka_unit_test(underflow_and_fz),
        cmocka_unit_test(muladd_and_sqrt),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
