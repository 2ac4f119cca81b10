/*
 * test_softfloat_convert.c — hand-worked cases from the Arm ARM shared
 * pseudocode for FPRoundInt, FPConvert (AHP, round to odd, FPConvertNaN,
 * DN), FPToFixed/FixedToFP, FPCompare*, FPMax/FPMin/FPMaxNum/FPMinNum,
 * VFPExpandImm, FPDefaultNaN.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include "xnuemu/softfloat.h"
#include "sf_check.h"

#define S1    0x3f800000u
#define SM1   0xbf800000u
#define SINF  0x7f800000u
#define SNINF 0xff800000u
#define SDNAN 0x7fc00000u
#define D1    0x3ff0000000000000ull

static void round_int(void **state)
{
    (void)state;
    const uint32_t p25 = 0x40200000, m25 = 0xc0200000;      /* +-2.5 */
    CK(0, fp_round_int(FP_S, p25, FPR_TIEEVEN, false, &st), 0x40000000, 0);
    CK(0, fp_round_int(FP_S, p25, FPR_TIEAWAY, false, &st), 0x40400000, 0);
    CK(0, fp_round_int(FP_S, p25, FPR_POSINF, false, &st), 0x40400000, 0);
    CK(0, fp_round_int(FP_S, p25, FPR_NEGINF, false, &st), 0x40000000, 0);
    CK(0, fp_round_int(FP_S, p25, FPR_ZERO, false, &st), 0x40000000, 0);
    CK(0, fp_round_int(FP_S, m25, FPR_TIEEVEN, true, &st), 0xc0000000, IXC);
    CK(0, fp_round_int(FP_S, m25, FPR_TIEAWAY, true, &st), 0xc0400000, IXC);
    CK(0, fp_round_int(FP_S, m25, FPR_POSINF, true, &st), 0xc0000000, IXC);
    CK(0, fp_round_int(FP_S, m25, FPR_NEGINF, true, &st), 0xc0400000, IXC);
    CK(0, fp_round_int(FP_S, m25, FPR_ZERO, true, &st), 0xc0000000, IXC);
    /* results of zero keep the operand's sign */
    CK(0, fp_round_int(FP_S, 0xbe99999a, FPR_POSINF, false, &st), 0x80000000, 0);
    CK(0, fp_round_int(FP_S, 0xbe99999a, FPR_TIEEVEN, true, &st), 0x80000000, IXC);
    CK(0, fp_round_int(FP_S, 0xbe99999a, FPR_NEGINF, false, &st), SM1, 0);
    CK(0, fp_round_int(FP_S, 0x3f000000, FPR_TIEEVEN, false, &st), 0, 0);
    CK(0, fp_round_int(FP_S, 0x3f000000, FPR_TIEAWAY, false, &st), S1, 0);
    /* FPR_FPCR takes FPCR.RMode (FRINTI/FRINTX) */
    CK(RP, fp_round_int(FP_S, 0x3f8ccccd, FPR_FPCR, true, &st), 0x40000000, IXC);
    CK(RM, fp_round_int(FP_S, 0x3f8ccccd, FPR_FPCR, false, &st), S1, 0);
    /* exact and special operands */
    CK(0, fp_round_int(FP_S, 0x4e800000, FPR_TIEEVEN, true, &st), 0x4e800000, 0);
    CK(0, fp_round_int(FP_D, 0x4330000000000001ull, FPR_POSINF, true, &st),
       0x4330000000000001ull, 0);
    CK(0, fp_round_int(FP_S, SNINF, FPR_TIEEVEN, true, &st), SNINF, 0);
    CK(0, fp_round_int(FP_S, 0x7f800001, FPR_TIEEVEN, true, &st), 0x7fc00001, IOC);
    CK(DN, fp_round_int(FP_S, 0x7fc00001, FPR_TIEEVEN, true, &st), SDNAN, 0);
    /* denormals: FZ flushes them to a signed zero with IDC */
    CK(0, fp_round_int(FP_S, 0x00000001, FPR_POSINF, true, &st), S1, IXC);
    CK(0, fp_round_int(FP_S, 0x80000001, FPR_NEGINF, false, &st), SM1, 0);
    CK(FZ, fp_round_int(FP_S, 0x80000001, FPR_NEGINF, true, &st), 0x80000000, IDC);
    CK(0, fp_round_int(FP_H, 0x3e00, FPR_TIEEVEN, false, &st), 0x4000, 0);
    CK(FZ, fp_round_int(FP_H, 0x0001, FPR_POSINF, true, &st), 0x3c00, IXC);
    SF_DONE();
}

static void convert(void **state)
{
    (void)state;
    /* widening is exact */
    CK(0, fp_convert(FP_D, FP_S, S1, FPR_FPCR, &st), D1, 0);
    CK(0, fp_convert(FP_S, FP_H, 0x0001, FPR_FPCR, &st), 0x33800000, 0);
    CK(FZ, fp_convert(FP_S, FP_H, 0x8001, FPR_FPCR, &st), 0xb3800000, 0);
    CK(0, fp_convert(FP_D, FP_S, 0x00000001, FPR_FPCR, &st), 0x36a0000000000000ull, 0);
    CK(FZ, fp_convert(FP_D, FP_S, 0x00000001, FPR_FPCR, &st), 0, IDC);
    /* narrowing rounds with FPCR or the given mode */
    CK(RN, fp_convert(FP_H, FP_D, 0x3fd5555555555555ull, FPR_FPCR, &st), 0x3555, IXC);
    CK(RP, fp_convert(FP_H, FP_D, 0x3fd5555555555555ull, FPR_FPCR, &st), 0x3556, IXC);
    CK(RP, fp_convert(FP_H, FP_D, 0x3fd5555555555555ull, FPR_ZERO, &st), 0x3555, IXC);
    CK(0, fp_convert(FP_S, FP_D, 0x37d0000000000000ull, FPR_FPCR, &st), 0x00080000, 0);
    CK(FZ, fp_convert(FP_S, FP_D, 0x37d0000000000000ull, FPR_FPCR, &st), 0, UFC);
    CK(0, fp_convert(FP_S, FP_D, 0x7e37e43c8800759cull, FPR_FPCR, &st), SINF, OFC | IXC);
    CK(0, fp_convert(FP_H, FP_S, 0x47800000, FPR_FPCR, &st), 0x7c00, OFC | IXC);
    CK(FZ, fp_convert(FP_H, FP_S, 0x33000000, FPR_FPCR, &st), 0, UFC | IXC);  /* no FZ for half */
    /* FCVTXN: round to odd, overflow to the largest normal */
    CK(0, fp_convert(FP_S, FP_D, 0x3ff0000004000000ull, FPR_ODD, &st), 0x3f800001, IXC);
    CK(0, fp_convert(FP_S, FP_D, 0x3ff0000030000000ull, FPR_ODD, &st), 0x3f800001, IXC);
    CK(0, fp_convert(FP_S, FP_D, 0x3ff0000020000000ull, FPR_ODD, &st), 0x3f800001, 0);
    CK(0, fp_convert(FP_S, FP_D, 0x3ff0000040000000ull, FPR_ODD, &st), 0x3f800002, 0);
    CK(0, fp_convert(FP_S, FP_D, 0x7e37e43c8800759cull, FPR_ODD, &st), 0x7f7fffff, OFC | IXC);
    CK(0, fp_convert(FP_S, FP_D, 0x3690000000000000ull, FPR_ODD, &st), 0x00000001, UFC | IXC);
    /* FPConvertNaN keeps the sign and the top payload bits and quiets */
    CK(0, fp_convert(FP_S, FP_D, 0x7ff0000000000001ull, FPR_FPCR, &st), SDNAN, IOC);
    CK(0, fp_convert(FP_S, FP_D, 0x7ff4000020000000ull, FPR_FPCR, &st), 0x7fe00001, IOC);
    CK(0, fp_convert(FP_D, FP_S, 0xffc00123, FPR_FPCR, &st), 0xfff8002460000000ull, 0);
    CK(0, fp_convert(FP_H, FP_S, 0x7f800001, FPR_FPCR, &st), 0x7e00, IOC);
    CK(0, fp_convert(FP_H, FP_S, 0xffc02000, FPR_FPCR, &st), 0xfe01, 0);
    CK(0, fp_convert(FP_S, FP_H, 0x7c01, FPR_FPCR, &st), 0x7fc02000, IOC);
    CK(DN, fp_convert(FP_H, FP_S, 0x7fc02000, FPR_FPCR, &st), 0x7e00, 0);
    CK(DN, fp_convert(FP_D, FP_H, 0xfd00, FPR_FPCR, &st), 0x7ff8000000000000ull, IOC);
    /* alternative half precision: no inf/NaN encodings */
    CK(AHP, fp_convert(FP_H, FP_S, 0xffc00000, FPR_FPCR, &st), 0x8000, IOC);
    CK(AHP | DN, fp_convert(FP_H, FP_D, 0x7ff8000000000000ull, FPR_FPCR, &st), 0x0000, IOC);
    CK(AHP, fp_convert(FP_H, FP_S, SINF, FPR_FPCR, &st), 0x7fff, IOC);
    CK(AHP, fp_convert(FP_H, FP_S, SNINF, FPR_FPCR, &st), 0xffff, IOC);
    CK(AHP, fp_convert(FP_H, FP_S, 0x47800000, FPR_FPCR, &st), 0x7c00, 0);   /* 65536 */
    CK(AHP, fp_convert(FP_H, FP_S, 0x47ffe000, FPR_FPCR, &st), 0x7fff, 0);   /* 131008 */
    CK(AHP, fp_convert(FP_H, FP_S, 0x48000000, FPR_FPCR, &st), 0x7fff, IOC); /* 131072 */
    CK(AHP | RN, fp_convert(FP_H, FP_S, 0x47fff000, FPR_FPCR, &st), 0x7fff, IOC);
    CK(AHP | RZ, fp_convert(FP_H, FP_S, 0x47fff000, FPR_FPCR, &st), 0x7fff, IXC);
    CK(AHP, fp_convert(FP_S, FP_H, 0x7c00, FPR_FPCR, &st), 0x47800000, 0);
    CK(AHP, fp_convert(FP_S, FP_H, 0x7e00, FPR_FPCR, &st), 0x47c00000, 0);
    CK(AHP, fp_convert(FP_D, FP_H, 0xffff, FPR_FPCR, &st), 0xc0fffc0000000000ull, 0);
    CK(0, fp_convert(FP_S, FP_H, 0x7c00, FPR_FPCR, &st), SINF, 0);
    /* AHP does not affect half arithmetic */
    CK(AHP, fp_add(FP_H, 0x7c00, 0x3c00, &st), 0x7c00, 0);
    SF_DONE();
}

static void to_fixed(void **state)
{
    (void)state;
    CK(0, fp_to_fixed(FP_S, 0x3fc00000, 0, false, 32, FPR_TIEEVEN, &st), 2, IXC);
    CK(0, fp_to_fixed(FP_S, 0x3fc00000, 0, false, 32, FPR_ZERO, &st), 1, IXC);
    CK(0, fp_to_fixed(FP_S, 0x40200000, 0, false, 32, FPR_TIEEVEN, &st), 2, IXC);
    CK(0, fp_to_fixed(FP_S, 0x40200000, 0, false, 32, FPR_TIEAWAY, &st), 3, IXC);
    CK(0, fp_to_fixed(FP_S, 0xbfc00000, 0, false, 32, FPR_ZERO, &st), 0xffffffff, IXC);
    CK(0, fp_to_fixed(FP_S, 0xbfc00000, 0, false, 32, FPR_NEGINF, &st), 0xfffffffe, IXC);
    CK(0, fp_to_fixed(FP_S, 0xbfc00000, 0, false, 64, FPR_POSINF, &st), ~0ull, IXC);
    CK(RP, fp_to_fixed(FP_S, 0x3f000001, 0, false, 32, FPR_FPCR, &st), 1, IXC);
    /* unsigned: small negatives that round to 0 are inexact, not saturated */
    CK(0, fp_to_fixed(FP_S, 0xbf000000, 0, true, 32, FPR_ZERO, &st), 0, IXC);
    CK(0, fp_to_fixed(FP_S, 0xbf000000, 0, true, 32, FPR_TIEEVEN, &st), 0, IXC);
    CK(0, fp_to_fixed(FP_S, 0xbf000000, 0, true, 32, FPR_TIEAWAY, &st), 0, IOC);
    CK(0, fp_to_fixed(FP_S, SM1, 0, true, 64, FPR_ZERO, &st), 0, IOC);
    CK(0, fp_to_fixed(FP_S, 0x80000000, 0, true, 32, FPR_ZERO, &st), 0, 0);
    /* saturation: IOC and no IXC */
    CK(0, fp_to_fixed(FP_S, 0x4f000000, 0, false, 32, FPR_ZERO, &st), 0x7fffffff, IOC);
    CK(0, fp_to_fixed(FP_S, 0xcf000000, 0, false, 32, FPR_ZERO, &st), 0x80000000, 0);
    CK(0, fp_to_fixed(FP_S, 0xcf000001, 0, false, 32, FPR_ZERO, &st), 0x80000000, IOC);
    CK(0, fp_to_fixed(FP_S, 0x4f000000, 0, true, 32, FPR_ZERO, &st), 0x80000000, 0);
    CK(0, fp_to_fixed(FP_S, 0x4f800000, 0, true, 32, FPR_ZERO, &st), 0xffffffff, IOC);
    CK(0, fp_to_fixed(FP_D, 0x41dfffffffe00000ull, 0, false, 32, FPR_TIEEVEN, &st), 0x7fffffff,
       IOC);                                    /* 2^31 - 0.5 rounds to 2^31 */
    CK(0, fp_to_fixed(FP_D, 0x43e0000000000000ull, 0, false, 64, FPR_ZERO, &st),
       0x7fffffffffffffffull, IOC);
    CK(0, fp_to_fixed(FP_D, 0x43e0000000000000ull, 0, true, 64, FPR_ZERO, &st),
       0x8000000000000000ull, 0);
    CK(0, fp_to_fixed(FP_D, 0xc3e0000000000000ull, 0, false, 64, FPR_ZERO, &st),
       0x8000000000000000ull, 0);
    CK(0, fp_to_fixed(FP_S, SINF, 0, false, 32, FPR_ZERO, &st), 0x7fffffff, IOC);
    CK(0, fp_to_fixed(FP_S, SNINF, 0, true, 32, FPR_ZERO, &st), 0, IOC);
    CK(0, fp_to_fixed(FP_S, SNINF, 0, false, 64, FPR_ZERO, &st), 0x8000000000000000ull, IOC);
    /* NaNs convert to 0 with IOC */
    CK(0, fp_to_fixed(FP_S, 0x7fc00000, 0, false, 32, FPR_ZERO, &st), 0, IOC);
    CK(0, fp_to_fixed(FP_D, 0xfff0000000000001ull, 3, true, 64, FPR_ZERO, &st), 0, IOC);
    /* fraction bits */
    CK(0, fp_to_fixed(FP_S, 0x3fc00000, 4, false, 32, FPR_ZERO, &st), 24, 0);
    CK(0, fp_to_fixed(FP_S, 0x3f800001, 16, false, 32, FPR_ZERO, &st), 65536, IXC);
    CK(0, fp_to_fixed(FP_S, 0x3f800000, 32, true, 32, FPR_ZERO, &st), 0xffffffff, IOC);
    CK(0, fp_to_fixed(FP_D, 0xbff0000000000000ull, 63, false, 64, FPR_ZERO, &st),
       0x8000000000000000ull, 0);
    /* half sources, 16-bit destinations (FCVTZS Vd.8H) */
    CK(0, fp_to_fixed(FP_H, 0x7bff, 0, false, 16, FPR_ZERO, &st), 0x7fff, IOC);
    CK(0, fp_to_fixed(FP_H, 0x7bff, 0, true, 16, FPR_ZERO, &st), 0xffe0, 0);
    CK(0, fp_to_fixed(FP_H, 0xbc00, 0, false, 16, FPR_ZERO, &st), 0xffff, 0);
    /* FZ denormal sources */
    CK(0, fp_to_fixed(FP_S, 0x00000001, 0, false, 32, FPR_POSINF, &st), 1, IXC);
    CK(FZ, fp_to_fixed(FP_S, 0x00000001, 0, false, 32, FPR_POSINF, &st), 0, IDC);
    SF_DONE();
}

static void from_fixed(void **state)
{
    (void)state;
    CK(0, fp_from_fixed(FP_S, 1, 0, false, 32, FPR_FPCR, &st), S1, 0);
    CK(0, fp_from_fixed(FP_S, 0xffffffff, 0, false, 32, FPR_FPCR, &st), SM1, 0);
    CK(RN, fp_from_fixed(FP_S, 0xffffffff, 0, true, 32, FPR_FPCR, &st), 0x4f800000, IXC);
    CK(RZ, fp_from_fixed(FP_S, 0xffffffff, 0, true, 32, FPR_FPCR, &st), 0x4f7fffff, IXC);
    CK(RN, fp_from_fixed(FP_S, 0xffffffff, 0, true, 32, FPR_ZERO, &st), 0x4f7fffff, IXC);
    CK(0, fp_from_fixed(FP_S, 0x80000000, 0, false, 32, FPR_FPCR, &st), 0xcf000000, 0);
    CK(0, fp_from_fixed(FP_D, 0x8000000000000000ull, 0, false, 64, FPR_FPCR, &st),
       0xc3e0000000000000ull, 0);
    CK(0, fp_from_fixed(FP_D, ~0ull, 0, true, 64, FPR_FPCR, &st), 0x43f0000000000000ull, IXC);
    CK(RM, fp_from_fixed(FP_S, 0, 0, false, 32, FPR_FPCR, &st), 0, 0);      /* +0 always */
    CK(0, fp_from_fixed(FP_S, 3, 1, false, 32, FPR_FPCR, &st), 0x3fc00000, 0);
    CK(0, fp_from_fixed(FP_D, 1, 64, true, 64, FPR_FPCR, &st), 0x3bf0000000000000ull, 0);
    CK(RN, fp_from_fixed(FP_S, 0x1000001, 0, false, 32, FPR_FPCR, &st), 0x4b800000, IXC);
    CK(RP, fp_from_fixed(FP_S, 0x1000001, 0, false, 32, FPR_FPCR, &st), 0x4b800001, IXC);
    CK(RN, fp_from_fixed(FP_S, 0x1000003, 0, false, 32, FPR_FPCR, &st), 0x4b800002, IXC);
    CK(0, fp_from_fixed(FP_S, 0xffffffff00000001ull, 0, false, 32, FPR_FPCR, &st), S1, 0);
    /* half destinations: overflow past 65504, no FZ */
    CK(RN, fp_from_fixed(FP_H, 0xfff0, 0, true, 16, FPR_FPCR, &st), 0x7c00, OFC | IXC);
    CK(RZ, fp_from_fixed(FP_H, 0xfff0, 0, true, 16, FPR_FPCR, &st), 0x7bff, IXC);
    CK(FZ, fp_from_fixed(FP_H, 1, 30, false, 32, FPR_FPCR, &st), 0, UFC | IXC);
    CK(FZ | RP, fp_from_fixed(FP_H, 1, 30, false, 32, FPR_FPCR, &st), 1, UFC | IXC);
    CK(0, fp_from_fixed(FP_H, 0x8000, 0, false, 16, FPR_FPCR, &st), 0xf800, 0);
    SF_DONE();
}

static void compare(void **state)
{
    (void)state;
    CK(0, fp_compare(FP_S, S1, 0x40000000, false, &st), 0x80000000, 0);
    CK(0, fp_compare(FP_S, 0x40000000, S1, false, &st), 0x20000000, 0);
    CK(0, fp_compare(FP_S, S1, S1, false, &st), 0x60000000, 0);
    CK(0, fp_compare(FP_S, 0, 0x80000000, false, &st), 0x60000000, 0);
    CK(0, fp_compare(FP_S, SINF, SINF, true, &st), 0x60000000, 0);
    CK(0, fp_compare(FP_S, SNINF, 0xff7fffff, true, &st), 0x80000000, 0);
    CK(0, fp_compare(FP_S, 0x7fc00000, S1, false, &st), 0x30000000, 0);
    CK(0, fp_compare(FP_S, S1, 0x7fc00000, true, &st), 0x30000000, IOC);
    CK(0, fp_compare(FP_S, 0x7f800001, S1, false, &st), 0x30000000, IOC);
    CK(0, fp_compare(FP_D, 0x0000000000000001ull, 0, false, &st), 0x20000000, 0);
    CK(FZ, fp_compare(FP_D, 0x0000000000000001ull, 0, false, &st), 0x60000000, IDC);
    CK(FZ, fp_compare(FP_H, 0x0001, 0, false, &st), 0x20000000, 0);
    CK(0, fp_compare(FP_H, 0xfc00, 0x8001, false, &st), 0x80000000, 0);
    /* EQ is quiet for quiet NaNs; GE and GT signal for every NaN */
    CK(0, fp_compare_eq(FP_S, 0x7fc00000, 0x7fc00000, &st), 0, 0);
    CK(0, fp_compare_eq(FP_S, 0x7f800001, S1, &st), 0, IOC);
    CK(0, fp_compare_eq(FP_S, 0, 0x80000000, &st), 1, 0);
    CK(0, fp_compare_ge(FP_S, 0x7fc00000, S1, &st), 0, IOC);
    CK(0, fp_compare_gt(FP_S, S1, 0xffc00000, &st), 0, IOC);
    CK(0, fp_compare_ge(FP_S, 0, 0x80000000, &st), 1, 0);
    CK(0, fp_compare_gt(FP_S, 0, 0x80000000, &st), 0, 0);
    CK(0, fp_compare_gt(FP_S, S1, SM1, &st), 1, 0);
    CK(0, fp_compare_ge(FP_S, SM1, S1, &st), 0, 0);
    CK(FZ, fp_compare_gt(FP_S, 0x00000001, 0, &st), 0, IDC);
    SF_DONE();
}

static void max_min(void **state)
{
    (void)state;
    CK(0, fp_max(FP_S, 0, 0x80000000, &st), 0, 0);
    CK(0, fp_max(FP_S, 0x80000000, 0, &st), 0, 0);
    CK(0, fp_min(FP_S, 0, 0x80000000, &st), 0x80000000, 0);
    CK(0, fp_min(FP_S, 0x80000000, 0, &st), 0x80000000, 0);
    CK(0, fp_max(FP_S, 0x80000000, 0x80000000, &st), 0x80000000, 0);
    CK(0, fp_max(FP_S, SM1, SNINF, &st), SM1, 0);
    CK(0, fp_min(FP_S, SM1, SNINF, &st), SNINF, 0);
    CK(0, fp_max(FP_S, SM1, 0x80000001, &st), 0x80000001, 0);
    /* FPMax/FPMin propagate NaNs */
    CK(0, fp_max(FP_S, S1, 0x7fc00001, &st), 0x7fc00001, 0);
    CK(0, fp_min(FP_S, 0x7f800001, 0x7fc00002, &st), 0x7fc00001, IOC);
    CK(DN, fp_max(FP_S, S1, 0x7fc00001, &st), SDNAN, 0);
    /* FPMaxNum/FPMinNum: a lone quiet NaN loses */
    CK(0, fp_maxnum(FP_S, S1, 0x7fc00001, &st), S1, 0);
    CK(0, fp_minnum(FP_S, 0xffc00001, SM1, &st), SM1, 0);
    CK(DN, fp_maxnum(FP_S, S1, 0x7fc00001, &st), S1, 0);
    CK(0, fp_maxnum(FP_S, 0x7fc00001, SNINF, &st), SNINF, 0);
    CK(0, fp_minnum(FP_S, SINF, 0x7fc00001, &st), SINF, 0);
    CK(0, fp_maxnum(FP_S, 0x7fc00001, 0x7fc00002, &st), 0x7fc00001, 0);
    CK(0, fp_maxnum(FP_S, 0x7fc00001, 0x7f800002, &st), 0x7fc00002, IOC);
    CK(0, fp_minnum(FP_S, 0x7f800001, S1, &st), 0x7fc00001, IOC);
    CK(0, fp_maxnum(FP_D, 0x7ff8000000000000ull, 0x0000000000000001ull, &st), 1, 0);
    /* FZ: denormals become zeros, whose sign is combined */
    CK(FZ, fp_max(FP_S, 0x00000001, 0x80000001, &st), 0, IDC);
    CK(FZ, fp_min(FP_S, 0x00000001, 0x80000001, &st), 0x80000000, IDC);
    CK(0, fp_max(FP_S, 0x00000001, 0x80000001, &st), 0x00000001, 0);
    CK(FZ, fp_maxnum(FP_S, 0x7fc00000, 0x80000001, &st), 0x80000000, IDC);
    CK(FZ, fp_max(FP_H, 0x0001, 0x8001, &st), 0x0001, 0);
    SF_DONE();
}

static void helpers(void **state)
{
    (void)state;
    assert_int_equal(fp_expand_imm(FP_S, 0x70), S1);
    assert_int_equal(fp_expand_imm(FP_S, 0x00), 0x40000000);
    assert_int_equal(fp_expand_imm(FP_S, 0xf0), SM1);
    assert_int_equal(fp_expand_imm(FP_S, 0x80), 0xc0000000);
    assert_int_equal(fp_expand_imm(FP_S, 0x7f), 0x3ff80000);   /* 1.9375 */
    assert_int_equal(fp_expand_imm(FP_S, 0x40), 0x3e000000);   /* 0.125 */
    assert_int_equal(fp_expand_imm(FP_S, 0x3f), 0x41f80000);   /* 31.0 */
    assert_int_equal(fp_expand_imm(FP_D, 0x70), D1);
    assert_int_equal(fp_expand_imm(FP_D, 0x3f), 0x403f000000000000ull);
    assert_int_equal(fp_expand_imm(FP_D, 0xc0), 0xbfc0000000000000ull);
    assert_int_equal(fp_expand_imm(FP_H, 0x70), 0x3c00);
    assert_int_equal(fp_expand_imm(FP_H, 0x3f), 0x4fc0);
    assert_int_equal(fp_expand_imm(FP_H, 0x40), 0x3000);
    assert_int_equal(fp_default_nan(FP_H), 0x7e00);
    assert_int_equal(fp_default_nan(FP_S), SDNAN);
    assert_int_equal(fp_default_nan(FP_D), 0x7ff8000000000000ull);
    assert_true(fp_is_nan(FP_S, 0xff800001));
    assert_true(fp_is_nan(FP_H, 0x7e00));
    assert_false(fp_is_nan(FP_S, SINF));
    assert_false(fp_is_nan(FP_D, 0x7fefffffffffffffull));
    assert_int_equal(fp_neg(FP_H, 0x3c00), 0xbc00);
    assert_int_equal(fp_abs(FP_D, 0xfff8000000000000ull), 0x7ff8000000000000ull);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(round_int),  cmocka_unit_test(convert), cmocka_unit_test(to_fixed),
        cmocka_unit_test(from_fixed), cmocka_unit_test(compare), cmocka_unit_test(max_min),
        cmocka_unit_test(helpers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
