/*
 * cases_fp_cvt.c — scalar FP conversions: to and from fixed point and
 * integers, FMOV (general).
 * Conventions, provenance of the expected values and the macros:
 * fp_cases.h.
 */
#include "fp_cases.h"

static const InsnCase c[] = {
    /* ==== Conversion between FP and fixed point ==== */
    /* SCVTF (scalar, fixed-point) */
    { "w_basic", A64_SCVTF_fix, 0x1e02fc20, /* scvtf s0, w1, #1 */
      .in = { { X(1), 0xffffffff00000003 } }, .vout = { OV(0, 0x3fc00000) } },
    { "x_min_fbits64", A64_SCVTF_fix, 0x9e420062, /* scvtf d2, x3, #64 */
      .in = { { X(3), 0x8000000000000000 } }, .vout = { OV(2, 0xbfe0000000000000) } },
    { "round_rn", A64_SCVTF_fix, 0x1e028020, /* scvtf s0, w1, #32 */
      .in = { { X(1), 0x7fffffff } }, .vout = { OV(0, 0x3f000000) }, .fpsr_out = IXC },
    { "round_rz", A64_SCVTF_fix, 0x1e028020, /* scvtf s0, w1, #32 */ .fpcr = R_Z,
      .in = { { X(1), 0x7fffffff } }, .vout = { OV(0, 0x3effffff) }, .fpsr_out = IXC },
    { "w_to_d", A64_SCVTF_fix, 0x1e428420, /* scvtf d0, w1, #31 */
      .in = { { X(1), 0x80000000 } }, .vout = { OV(0, D_M1) } },
    { "xzr", A64_SCVTF_fix, 0x9e42dbe5, /* scvtf d5, xzr, #10 */
      .fpcr = R_M, .vout = { OV(5, 0) } },
    { "w_scale_reserved", A64_SCVTF_fix, 0x1e027c20, /* scvtf s0, w1, #33, sf=0 scale<32 */ UNDEF },
    { "fp_trap", A64_SCVTF_fix, 0x1e02fc20, /* scvtf s0, w1, #1 */ FP_TRAP },

    /* UCVTF (scalar, fixed-point) */
    { "w_max", A64_UCVTF_fix, 0x1e03fc20, /* ucvtf s0, w1, #1 */
      .in = { { X(1), 0xffffffff } }, .vout = { OV(0, 0x4f000000) }, .fpsr_out = IXC },
    { "x_max_fbits64", A64_UCVTF_fix, 0x9e430020, /* ucvtf d0, x1, #64 */
      .in = { { X(1), ~0ull } }, .vout = { OV(0, D_1) }, .fpsr_out = IXC },
    { "x_max_fbits64_rz", A64_UCVTF_fix, 0x9e430020, /* ucvtf d0, x1, #64 */ .fpcr = R_Z,
      .in = { { X(1), ~0ull } }, .vout = { OV(0, 0x3fefffffffffffff) }, .fpsr_out = IXC },
    { "w_to_d", A64_UCVTF_fix, 0x1e438020, /* ucvtf d0, w1, #32 */
      .in = { { X(1), 0xffffffff80000000 } }, .vout = { OV(0, 0x3fe0000000000000) } },
    { "w_scale_reserved", A64_UCVTF_fix, 0x1e030020, /* ucvtf s0, w1, #64, sf=0 scale<32 */ UNDEF },

    /* FCVTZS (scalar, fixed-point) */
    { "w_basic", A64_FCVTZS_fix, 0x1e18fc20, /* fcvtzs w0, s1, #1 */
      .vin = { IS(1, 0x3fe00000) }, .out = { { X(0), 3 } }, .fpsr_out = IXC },
    { "x_neg", A64_FCVTZS_fix, 0x9e58f062, /* fcvtzs x2, d3, #4 */
      .vin = { ID(3, 0xbff0800000000000) }, .out = { { X(2), 0xfffffffffffffff0 } },
      .fpsr_out = IXC },
    { "w_sat", A64_FCVTZS_fix, 0x1e188020, /* fcvtzs w0, s1, #32 */
      .vin = { IS(1, S_1) }, .out = { { X(0), 0x7fffffff } }, .fpsr_out = IOC },
    { "w_min_exact", A64_FCVTZS_fix, 0x1e188020, /* fcvtzs w0, s1, #32 */
      .vin = { IS(1, 0xbf000000) }, .out = { { X(0), 0x80000000 } } },
    { "x_fbits64_min", A64_FCVTZS_fix, 0x9e580020, /* fcvtzs x0, d1, #64 */
      .vin = { ID(1, 0xbfe0000000000000) }, .out = { { X(0), 0x8000000000000000 } } },
    { "x_fbits64_sat", A64_FCVTZS_fix, 0x9e580020, /* fcvtzs x0, d1, #64 */
      .vin = { ID(1, 0x3fe0000000000000) }, .out = { { X(0), 0x7fffffffffffffff } },
      .fpsr_out = IOC },
    { "nan", A64_FCVTZS_fix, 0x1e18e020, /* fcvtzs w0, s1, #8 */
      .vin = { IS(1, S_DNAN) }, .out = { { X(0), 0 } }, .fpsr_out = IOC },
    { "rmode_ignored", A64_FCVTZS_fix, 0x1e18fc20, /* fcvtzs w0, s1, #1 */ .fpcr = R_P,
      .vin = { IS(1, 0x3fe00000) }, .out = { { X(0), 3 } }, .fpsr_out = IXC },
    { "denormal", A64_FCVTZS_fix, 0x1e188020, /* fcvtzs w0, s1, #32 */
      .vin = { IS(1, 0x00000001) }, .out = { { X(0), 0 } }, .fpsr_out = IXC },
    { "denormal_fz", A64_FCVTZS_fix, 0x1e188020, /* fcvtzs w0, s1, #32 */ .fpcr = FZ,
      .vin = { IS(1, 0x00000001) }, .out = { { X(0), 0 } }, .fpsr_out = IDC },
    { "rd_zr", A64_FCVTZS_fix, 0x1e18fc3f, /* fcvtzs wzr, s1, #1 */
      .vin = { IS(1, 0x3fe00000) }, .fpsr_out = IXC },
    { "w_scale_reserved", A64_FCVTZS_fix, 0x1e187c20, /* fcvtzs w0, s1, #33, sf=0 scale<32 */
      UNDEF },
    { "fp_trap", A64_FCVTZS_fix, 0x1e18fc20, /* fcvtzs w0, s1, #1 */ FP_TRAP },

    /* FCVTZU (scalar, fixed-point) */
    { "w_basic", A64_FCVTZU_fix, 0x1e19c020, /* fcvtzu w0, s1, #16 */
      .vin = { IS(1, 0x3fc00000) }, .out = { { X(0), 0x18000 } } },
    { "neg_small_to_zero", A64_FCVTZU_fix, 0x1e19fc20, /* fcvtzu w0, s1, #1 */
      .vin = { IS(1, 0xbe000000) }, .out = { { X(0), 0 } }, .fpsr_out = IXC },
    { "neg_sat", A64_FCVTZU_fix, 0x9e59fc20, /* fcvtzu x0, d1, #1 */
      .vin = { ID(1, D_M1) }, .out = { { X(0), 0 } }, .fpsr_out = IOC },
    { "x_fbits64", A64_FCVTZU_fix, 0x9e590020, /* fcvtzu x0, d1, #64 */
      .vin = { ID(1, 0x3fefffffffffffff) }, .out = { { X(0), 0xfffffffffffff800 } } },
    { "x_fbits64_sat", A64_FCVTZU_fix, 0x9e590020, /* fcvtzu x0, d1, #64 */
      .vin = { ID(1, D_1) }, .out = { { X(0), ~0ull } }, .fpsr_out = IOC },
    { "w_from_d", A64_FCVTZU_fix, 0x1e598020, /* fcvtzu w0, d1, #32 */
      .vin = { ID(1, 0x3fe8000000000000) }, .out = { { X(0), 0xc0000000 } } },
    { "inf_sat", A64_FCVTZU_fix, 0x1e19d820, /* fcvtzu w0, s1, #10 */
      .vin = { IS(1, S_INF) }, .out = { { X(0), 0xffffffff } }, .fpsr_out = IOC },
    { "w_scale_reserved", A64_FCVTZU_fix, 0x1e190420, /* fcvtzu w0, s1, #63, sf=0 scale<32 */
      UNDEF },

    /* ==== Conversion between FP and integer ==== */
    /* FCVTNS (scalar): round to nearest, ties to even, whatever FPCR.RMode */
    { "tie_even", A64_FCVTNS_int, 0x1e200020, /* fcvtns w0, s1 */
      .vin = { IS(1, 0x40200000) }, .out = { { X(0), 2 } }, .fpsr_out = IXC },
    { "tie_even_neg_x", A64_FCVTNS_int, 0x9e600020, /* fcvtns x0, d1 */
      .vin = { ID(1, 0xc00c000000000000) }, .out = { { X(0), 0xfffffffffffffffc } },
      .fpsr_out = IXC },
    { "w_sat_after_rounding", A64_FCVTNS_int, 0x1e600020, /* fcvtns w0, d1 */
      .vin = { ID(1, 0x41dfffffffe00000) }, .out = { { X(0), 0x7fffffff } }, .fpsr_out = IOC },
    { "w_min_inexact", A64_FCVTNS_int, 0x1e600020, /* fcvtns w0, d1 */
      .vin = { ID(1, 0xc1e00000000ccccd) }, .out = { { X(0), 0x80000000 } }, .fpsr_out = IXC },
    { "x_exact", A64_FCVTNS_int, 0x9e6000c5, /* fcvtns x5, d6 */
      .vin = { ID(6, 0x43d0000000000000) }, .out = { { X(5), 0x4000000000000000 } } },
    { "ninf_sat", A64_FCVTNS_int, 0x9e200020, /* fcvtns x0, s1 */
      .vin = { IS(1, S_NINF) }, .out = { { X(0), 0x8000000000000000 } }, .fpsr_out = IOC },
    { "snan", A64_FCVTNS_int, 0x1e600020, /* fcvtns w0, d1 */
      .vin = { ID(1, 0x7ff0000000000001) }, .out = { { X(0), 0 } }, .fpsr_out = IOC },
    { "rmode_ignored", A64_FCVTNS_int, 0x1e200020, /* fcvtns w0, s1 */ .fpcr = R_P,
      .vin = { IS(1, 0x40200000) }, .out = { { X(0), 2 } }, .fpsr_out = IXC },
    { "fz_denormal", A64_FCVTNS_int, 0x1e200020, /* fcvtns w0, s1 */ .fpcr = FZ,
      .vin = { IS(1, 0x80000001) }, .out = { { X(0), 0 } }, .fpsr_out = IDC },
    { "rd_zr", A64_FCVTNS_int, 0x1e20003f, /* fcvtns wzr, s1 */
      .vin = { IS(1, 0x40200000) }, .fpsr_out = IXC },
    { "fpsr_cumulative", A64_FCVTNS_int, 0x1e200020, /* fcvtns w0, s1 */ .fpsr_in = QC | IOC,
      .vin = { IS(1, 0x40200000) }, .out = { { X(0), 2 } }, .fpsr_out = QC | IOC | IXC },
    { "fp_trap", A64_FCVTNS_int, 0x1e200020, /* fcvtns w0, s1 */ FP_TRAP },
    { "undef_half", A64_FCVTNS_int, 0x1ee00020, /* fcvtns w0, h1 (FEAT_FP16) */ UNDEF },

    /* FCVTNU (scalar) */
    { "tie_even", A64_FCVTNU_int, 0x1e210020, /* fcvtnu w0, s1 */
      .vin = { IS(1, 0x40600000) }, .out = { { X(0), 4 } }, .fpsr_out = IXC },
    { "neg_sat", A64_FCVTNU_int, 0x1e210020, /* fcvtnu w0, s1 */
      .vin = { IS(1, S_M1) }, .out = { { X(0), 0 } }, .fpsr_out = IOC },
    { "neg_rounds_to_zero", A64_FCVTNU_int, 0x9e610020, /* fcvtnu x0, d1 */
      .vin = { ID(1, 0xbfd999999999999a) }, .out = { { X(0), 0 } }, .fpsr_out = IXC },
    { "x_sat", A64_FCVTNU_int, 0x9e610020, /* fcvtnu x0, d1 */
      .vin = { ID(1, 0x43f0000000000000) }, .out = { { X(0), ~0ull } }, .fpsr_out = IOC },
    { "x_max_exact", A64_FCVTNU_int, 0x9e610020, /* fcvtnu x0, d1 */
      .vin = { ID(1, 0x43efffffffffffff) }, .out = { { X(0), 0xfffffffffffff800 } } },
    { "w_from_s_max", A64_FCVTNU_int, 0x1e210020, /* fcvtnu w0, s1 */
      .vin = { IS(1, 0x4f7fffff) }, .out = { { X(0), 0xffffff00 } } },

    /* FCVTAS (scalar): ties away from zero */
    { "tie_away", A64_FCVTAS_int, 0x1e240020, /* fcvtas w0, s1 */
      .vin = { IS(1, 0x40200000) }, .out = { { X(0), 3 } }, .fpsr_out = IXC },
    { "tie_away_neg", A64_FCVTAS_int, 0x9e640020, /* fcvtas x0, d1 */
      .vin = { ID(1, 0xc004000000000000) }, .out = { { X(0), 0xfffffffffffffffd } },
      .fpsr_out = IXC },
    { "half", A64_FCVTAS_int, 0x1e240020, /* fcvtas w0, s1 */
      .vin = { IS(1, S_HALF) }, .out = { { X(0), 1 } }, .fpsr_out = IXC },
    { "below_half", A64_FCVTAS_int, 0x1e240020, /* fcvtas w0, s1 */
      .vin = { IS(1, 0x3effffff) }, .out = { { X(0), 0 } }, .fpsr_out = IXC },
    { "w_sat", A64_FCVTAS_int, 0x1e240020, /* fcvtas w0, s1 */
      .vin = { IS(1, 0x4f000000) }, .out = { { X(0), 0x7fffffff } }, .fpsr_out = IOC },

    /* FCVTAU (scalar) */
    { "tie_away", A64_FCVTAU_int, 0x1e250020, /* fcvtau w0, s1 */
      .vin = { IS(1, 0x40200000) }, .out = { { X(0), 3 } }, .fpsr_out = IXC },
    { "neg_half_sat", A64_FCVTAU_int, 0x1e250020, /* fcvtau w0, s1 */
      /* rounds to -1: saturates */
      .vin = { IS(1, 0xbf000000) }, .out = { { X(0), 0 } }, .fpsr_out = IOC },
    { "neg_small", A64_FCVTAU_int, 0x1e250020, /* fcvtau w0, s1 */
      .vin = { IS(1, 0xbe800000) }, .out = { { X(0), 0 } }, .fpsr_out = IXC },
    { "x", A64_FCVTAU_int, 0x9e650020, /* fcvtau x0, d1 */
      .vin = { ID(1, 0x3ff8000000000000) }, .out = { { X(0), 2 } }, .fpsr_out = IXC },

    /* FCVTPS (scalar): toward +infinity */
    { "up", A64_FCVTPS_int, 0x1e280020, /* fcvtps w0, s1 */
      .vin = { IS(1, 0x3f8ccccd) }, .out = { { X(0), 2 } }, .fpsr_out = IXC },
    { "neg", A64_FCVTPS_int, 0x9e680020, /* fcvtps x0, d1 */
      .vin = { ID(1, 0xbff199999999999a) }, .out = { { X(0), ~0ull } }, .fpsr_out = IXC },
    { "neg_small_to_zero", A64_FCVTPS_int, 0x1e280020, /* fcvtps w0, s1 */
      .vin = { IS(1, 0xbf000000) }, .out = { { X(0), 0 } }, .fpsr_out = IXC },
    { "x_sat_from_s", A64_FCVTPS_int, 0x9e280020, /* fcvtps x0, s1 */
      .vin = { IS(1, 0x5f000000) }, .out = { { X(0), 0x7fffffffffffffff } }, .fpsr_out = IOC },

    /* FCVTPU (scalar) */
    { "small", A64_FCVTPU_int, 0x1e290020, /* fcvtpu w0, s1 */
      .vin = { IS(1, 0x3dcccccd) }, .out = { { X(0), 1 } }, .fpsr_out = IXC },
    { "neg_small", A64_FCVTPU_int, 0x1e290020, /* fcvtpu w0, s1 */
      .vin = { IS(1, 0xbf666666) }, .out = { { X(0), 0 } }, .fpsr_out = IXC },
    { "neg_one_sat", A64_FCVTPU_int, 0x9e690020, /* fcvtpu x0, d1 */
      .vin = { ID(1, D_M1) }, .out = { { X(0), 0 } }, .fpsr_out = IOC },

    /* FCVTMS (scalar): toward -infinity */
    { "down", A64_FCVTMS_int, 0x1e300020, /* fcvtms w0, s1 */
      .vin = { IS(1, 0x3ff33333) }, .out = { { X(0), 1 } }, .fpsr_out = IXC },
    { "neg", A64_FCVTMS_int, 0x9e700020, /* fcvtms x0, d1 */
      .vin = { ID(1, 0xbff199999999999a) }, .out = { { X(0), 0xfffffffffffffffe } },
      .fpsr_out = IXC },
    { "w_min_sat", A64_FCVTMS_int, 0x1e700020, /* fcvtms w0, d1 */
      .vin = { ID(1, 0xc1e0000000100000) }, .out = { { X(0), 0x80000000 } }, .fpsr_out = IOC },

    /* FCVTMU (scalar) */
    { "neg_small_sat", A64_FCVTMU_int, 0x1e310020, /* fcvtmu w0, s1 */
      .vin = { IS(1, 0xbdcccccd) }, .out = { { X(0), 0 } }, .fpsr_out = IOC },
    { "basic", A64_FCVTMU_int, 0x9e710020, /* fcvtmu x0, d1 */
      .vin = { ID(1, 0x400feb851eb851ec) }, .out = { { X(0), 3 } }, .fpsr_out = IXC },
    { "exact", A64_FCVTMU_int, 0x1e310020, /* fcvtmu w0, s1 */
      .vin = { IS(1, 0x40e00000) }, .out = { { X(0), 7 } } },

    /* FCVTZS (scalar, integer): toward zero */
    { "trunc_neg", A64_FCVTZS_int, 0x1e380020, /* fcvtzs w0, s1 */
      .vin = { IS(1, 0xbff33333) }, .out = { { X(0), 0xffffffff } }, .fpsr_out = IXC },
    { "x_sat", A64_FCVTZS_int, 0x9e780020, /* fcvtzs x0, d1 */
      .vin = { ID(1, 0x43e158e460913d00) }, .out = { { X(0), 0x7fffffffffffffff } },
      .fpsr_out = IOC },
    { "w_min_from_d", A64_FCVTZS_int, 0x1e780020, /* fcvtzs w0, d1 */
      .vin = { ID(1, 0xc1e00000001ccccd) }, .out = { { X(0), 0x80000000 } }, .fpsr_out = IXC },
    { "neg_zero", A64_FCVTZS_int, 0x9e380020, /* fcvtzs x0, s1 */
      .vin = { IS(1, S_NZ) }, .out = { { X(0), 0 } } },
    { "rmode_ignored", A64_FCVTZS_int, 0x1e380020, /* fcvtzs w0, s1 */ .fpcr = R_M,
      .vin = { IS(1, 0xbfc00000) }, .out = { { X(0), 0xffffffff } }, .fpsr_out = IXC },
    { "qnan_dn", A64_FCVTZS_int, 0x1e380020, /* fcvtzs w0, s1 */ .fpcr = DN,
      .vin = { IS(1, 0x7fc00001) }, .out = { { X(0), 0 } }, .fpsr_out = IOC },
    { "alias_x30_v31", A64_FCVTZS_int, 0x9e7803fe, /* fcvtzs x30, d31 */
      .vin = { ID(31, 0x4059000000000000) }, .out = { { X(30), 100 } } },
    { "fp_trap_el0", A64_FCVTZS_int, 0x1e380020, /* fcvtzs w0, s1 */ FP_TRAP_EL0 },
    { "undef_fjcvtzs", A64_FCVTZS_int, 0x1e7e0020, /* fjcvtzs w0, d1 (Armv8.3) */ UNDEF },

    /* FCVTZU (scalar, integer) */
    { "trunc", A64_FCVTZU_int, 0x1e390020, /* fcvtzu w0, s1 */
      .vin = { IS(1, 0x407f5c29) }, .out = { { X(0), 3 } }, .fpsr_out = IXC },
    { "neg_sat", A64_FCVTZU_int, 0x9e790020, /* fcvtzu x0, d1 */
      .vin = { ID(1, D_M1) }, .out = { { X(0), 0 } }, .fpsr_out = IOC },
    { "neg_small", A64_FCVTZU_int, 0x1e390020, /* fcvtzu w0, s1 */
      .vin = { IS(1, 0xbf400000) }, .out = { { X(0), 0 } }, .fpsr_out = IXC },
    { "w_sat", A64_FCVTZU_int, 0x1e790020, /* fcvtzu w0, d1 */
      .vin = { ID(1, 0x41f0000000000000) }, .out = { { X(0), 0xffffffff } }, .fpsr_out = IOC },
    { "x_from_s", A64_FCVTZU_int, 0x9e390020, /* fcvtzu x0, s1 */
      .vin = { IS(1, 0x5f000000) }, .out = { { X(0), 0x8000000000000000 } } },

    /* SCVTF (scalar, integer) */
    { "w_neg", A64_SCVTF_int, 0x1e220020, /* scvtf s0, w1 */
      .in = { { X(1), 0x12345678ffffffff } }, .vout = { OV(0, S_M1) } },
    { "x_min", A64_SCVTF_int, 0x9e620020, /* scvtf d0, x1 */
      .in = { { X(1), 0x8000000000000000 } }, .vout = { OV(0, 0xc3e0000000000000) } },
    { "x_max_rn", A64_SCVTF_int, 0x9e220020, /* scvtf s0, x1 */
      .in = { { X(1), 0x7fffffffffffffff } }, .vout = { OV(0, 0x5f000000) }, .fpsr_out = IXC },
    { "x_max_rz", A64_SCVTF_int, 0x9e220020, /* scvtf s0, x1 */ .fpcr = R_Z,
      .in = { { X(1), 0x7fffffffffffffff } }, .vout = { OV(0, 0x5effffff) }, .fpsr_out = IXC },
    { "x_max_rm", A64_SCVTF_int, 0x9e220020, /* scvtf s0, x1 */ .fpcr = R_M,
      .in = { { X(1), 0x7fffffffffffffff } }, .vout = { OV(0, 0x5effffff) }, .fpsr_out = IXC },
    { "x_max_rp", A64_SCVTF_int, 0x9e220020, /* scvtf s0, x1 */ .fpcr = R_P,
      .in = { { X(1), 0x7fffffffffffffff } }, .vout = { OV(0, 0x5f000000) }, .fpsr_out = IXC },
    { "tie_even_down", A64_SCVTF_int, 0x1e220020, /* scvtf s0, w1 */
      .in = { { X(1), 16777217 } }, .vout = { OV(0, 0x4b800000) }, .fpsr_out = IXC },
    { "tie_even_up", A64_SCVTF_int, 0x1e220020, /* scvtf s0, w1 */
      .in = { { X(1), 16777219 } }, .vout = { OV(0, 0x4b800002) }, .fpsr_out = IXC },
    { "w_to_d", A64_SCVTF_int, 0x1e620020, /* scvtf d0, w1 */
      .in = { { X(1), 0x80000000 } }, .vout = { OV(0, 0xc1e0000000000000) } },
    { "zr_rm_positive_zero", A64_SCVTF_int, 0x1e2203ff, /* scvtf s31, wzr */ .fpcr = R_M,
      .vout = { OV(31, 0) } },
    { "fp_trap", A64_SCVTF_int, 0x1e220020, /* scvtf s0, w1 */ FP_TRAP },
    { "undef_half", A64_SCVTF_int, 0x1ee20020, /* scvtf h0, w1 (FEAT_FP16) */ UNDEF },

    /* UCVTF (scalar, integer) */
    { "w_max", A64_UCVTF_int, 0x1e230020, /* ucvtf s0, w1 */
      .in = { { X(1), 0xffffffff } }, .vout = { OV(0, 0x4f800000) }, .fpsr_out = IXC },
    { "x_max", A64_UCVTF_int, 0x9e630020, /* ucvtf d0, x1 */
      .in = { { X(1), ~0ull } }, .vout = { OV(0, 0x43f0000000000000) }, .fpsr_out = IXC },
    { "x_max_rz", A64_UCVTF_int, 0x9e630020, /* ucvtf d0, x1 */ .fpcr = R_Z,
      .in = { { X(1), ~0ull } }, .vout = { OV(0, 0x43efffffffffffff) }, .fpsr_out = IXC },
    { "w_to_d", A64_UCVTF_int, 0x1e630020, /* ucvtf d0, w1 */
      .in = { { X(1), 0xffffffff80000000 } }, .vout = { OV(0, 0x41e0000000000000) } },
    { "x_to_s_exact", A64_UCVTF_int, 0x9e230062, /* ucvtf s2, x3 */
      .in = { { X(3), 0x8000000000000000 } }, .vout = { OV(2, 0x5f000000) } },

    /* ==== FMOV (general): bit copies, FPCR ignored, no exceptions ==== */
    { "basic", A64_FMOV_gen_ws, 0x1e260020, /* fmov w0, s1 */
      .vin = { { V(1), 0x1122334455667788, 0x99aabbccddeeff00 } },
      .out = { { X(0), 0x55667788 } } },
    { "snan_no_flags", A64_FMOV_gen_ws, 0x1e260062, /* fmov w2, s3 */ .fpcr = DN | FZ,
      .vin = { IS(3, 0x7f800001) }, .out = { { X(2), 0x7f800001 } } },
    { "rd_zr", A64_FMOV_gen_ws, 0x1e26003f, /* fmov wzr, s1 */ },
    { "fp_trap", A64_FMOV_gen_ws, 0x1e260020, /* fmov w0, s1 */ FP_TRAP },
    { "undef_half", A64_FMOV_gen_ws, 0x1ee60020, /* fmov w0, h1 (FEAT_FP16) */ UNDEF },
    { "undef_w_from_d", A64_FMOV_gen_ws, 0x1e660020, /* sf=0 ptype=01 */ UNDEF },

    { "basic", A64_FMOV_gen_sw, 0x1e270020, /* fmov s0, w1 */
      .in = { { X(1), 0xffffffff3f800000 } }, .vout = { OV(0, S_1) } },
    { "wzr", A64_FMOV_gen_sw, 0x1e2703e5, /* fmov s5, wzr */ .vout = { OV(5, 0) } },
    { "denormal_fz", A64_FMOV_gen_sw, 0x1e270020, /* fmov s0, w1 */ .fpcr = FZ,
      .in = { { X(1), 1 } }, .vout = { OV(0, 1) } },

    { "basic", A64_FMOV_gen_xd, 0x9e660020, /* fmov x0, d1 */
      .vin = { { V(1), 0x1122334455667788, 0x99aabbccddeeff00 } },
      .out = { { X(0), 0x1122334455667788 } } },
    { "snan_v31", A64_FMOV_gen_xd, 0x9e6603fe, /* fmov x30, d31 */ .fpcr = DN,
      .vin = { ID(31, 0xfff0000000000001) }, .out = { { X(30), 0xfff0000000000001 } } },
    { "rd_zr", A64_FMOV_gen_xd, 0x9e66003f, /* fmov xzr, d1 */ },
    { "undef_x_from_s", A64_FMOV_gen_xd, 0x9e260020, /* sf=1 ptype=00 */ UNDEF },

    { "basic", A64_FMOV_gen_dx, 0x9e670020, /* fmov d0, x1 */
      .in = { { X(1), 0xfedcba9876543210 } }, .vout = { OV(0, 0xfedcba9876543210) } },
    { "xzr", A64_FMOV_gen_dx, 0x9e6703ff, /* fmov d31, xzr */ .vout = { OV(31, 0) } },
    { "snan", A64_FMOV_gen_dx, 0x9e670042, /* fmov d2, x2 */ .fpcr = DN,
      .in = { { X(2), 0x7ff0000000000001 } }, .vout = { OV(2, 0x7ff0000000000001) } },

    { "basic", A64_FMOV_gen_xv, 0x9eae0020, /* fmov x0, v1.d[1] */
      .vin = { { V(1), 0x1122334455667788, 0x99aabbccddeeff00 } },
      .out = { { X(0), 0x99aabbccddeeff00 } } },
    { "v31", A64_FMOV_gen_xv, 0x9eae03fe, /* fmov x30, v31.d[1] */
      .vin = { { V(31), 1, 0x8000000000000000 } }, .out = { { X(30), 0x8000000000000000 } } },
    { "rd_zr", A64_FMOV_gen_xv, 0x9eae003f, /* fmov xzr, v1.d[1] */ },
    { "undef_ptype01_rmode01", A64_FMOV_gen_xv, 0x9e6e0020, /* sf=1 ptype=01 rmode=01 */ UNDEF },

    { "keeps_low_half", A64_FMOV_gen_vx, 0x9eaf0020, /* fmov v0.d[1], x1 */
      .in = { { X(1), 0xfedcba9876543210 } }, .vin = { { V(0), 0x1111111111111111, 0x2222 } },
      .vout = { { V(0), 0x1111111111111111, 0xfedcba9876543210 } } },
    { "xzr", A64_FMOV_gen_vx, 0x9eaf03e2, /* fmov v2.d[1], xzr */
      .vin = { { V(2), 0x3333, 0x4444 } }, .vout = { { V(2), 0x3333, 0 } } },
    { "fp_trap", A64_FMOV_gen_vx, 0x9eaf0020, /* fmov v0.d[1], x1 */ FP_TRAP },
    { "fp_trap_el0", A64_FMOV_gen_vx, 0x9eaf0020, /* fmov v0.d[1], x1 */ FP_TRAP_EL0 },

};

CASE_SET(fp_cvt, c);
