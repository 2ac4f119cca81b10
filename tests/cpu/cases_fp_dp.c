/*
 * cases_fp_dp.c — scalar FP data processing: 1 source
 * (FMOV/FABS/FNEG/FSQRT/FCVT/FRINT*), compare, conditional compare and
 * select, FMOV (immediate), 2 and 3 source.
 * Conventions, provenance of the expected values and the macros:
 * fp_cases.h.
 */
#include "fp_cases.h"

static const InsnCase c[] = {
    /* ==== FP data-processing (1 source) ==== */
    /* FMOV (register), FABS, FNEG: bit operations, no NaN processing */
    { "snan_no_signal", A64_FMOV_reg, 0x1e204020, /* fmov s0, s1 */ .fpcr = DN,
      .vin = { IS(1, 0x7f800001) }, .vout = { OV(0, 0x7f800001) } },
    { "d", A64_FMOV_reg, 0x1e604062, /* fmov d2, d3 */
      .vin = { ID(3, 0x0123456789abcdef) }, .vout = { OV(2, 0x0123456789abcdef) } },
    { "same_reg_zeroes_top", A64_FMOV_reg, 0x1e204084, /* fmov s4, s4 */
      .vin = { { V(4), 0xaaaaaaaa3f800000, 0xbbbb } }, .vout = { OV(4, S_1) } },
    { "denormal_fz", A64_FMOV_reg, 0x1e604020, /* fmov d0, d1 */ .fpcr = FZ,
      .vin = { ID(1, 1) }, .vout = { OV(0, 1) } },
    { "fp_trap", A64_FMOV_reg, 0x1e604020, /* fmov d0, d1 */ FP_TRAP },
    { "undef_ptype10", A64_FMOV_reg, 0x1ea04020, /* fmov with ptype=10 */ UNDEF },

    { "neg", A64_FABS_s, 0x1e20c020, /* fabs s0, s1 */
      .vin = { IS(1, 0xc0000000) }, .vout = { OV(0, S_2) } },
    { "snan_not_quieted", A64_FABS_s, 0x1e20c020, /* fabs s0, s1 */ .fpcr = DN,
      .vin = { IS(1, 0xff800001) }, .vout = { OV(0, 0x7f800001) } },
    { "denormal_fz", A64_FABS_s, 0x1e60c020, /* fabs d0, d1 */ .fpcr = FZ,
      .vin = { ID(1, 0x8000000000000001) }, .vout = { OV(0, 1) } },
    { "neg_zero_alias", A64_FABS_s, 0x1e60c000, /* fabs d0, d0 */
      .vin = { ID(0, D_NZ) }, .vout = { OV(0, 0) } },
    { "undef_half", A64_FABS_s, 0x1ee0c020, /* fabs h0, h1 (FEAT_FP16) */ UNDEF },

    { "basic", A64_FNEG_s, 0x1e614020, /* fneg d0, d1 */
      .vin = { ID(1, D_1) }, .vout = { OV(0, D_M1) } },
    { "nan_payload_kept", A64_FNEG_s, 0x1e614020, /* fneg d0, d1 */ .fpcr = DN,
      .vin = { ID(1, 0x7ff8000000000123) }, .vout = { OV(0, 0xfff8000000000123) } },
    { "zero", A64_FNEG_s, 0x1e214020, /* fneg s0, s1 */
      .vin = { IS(1, 0) }, .vout = { OV(0, S_NZ) } },
    { "snan_alias", A64_FNEG_s, 0x1e214042, /* fneg s2, s2 */
      .vin = { IS(2, 0xff800001) }, .vout = { OV(2, 0x7f800001) } },

    /* FSQRT (scalar) */
    { "exact", A64_FSQRT_s, 0x1e21c020, /* fsqrt s0, s1 */
      .vin = { IS(1, 0x40800000) }, .vout = { OV(0, S_2) } },
    { "sqrt2_rn", A64_FSQRT_s, 0x1e21c020, /* fsqrt s0, s1 */
      .vin = { IS(1, S_2) }, .vout = { OV(0, 0x3fb504f3) }, .fpsr_out = IXC },
    { "sqrt2_rp", A64_FSQRT_s, 0x1e21c020, /* fsqrt s0, s1 */ .fpcr = R_P,
      .vin = { IS(1, S_2) }, .vout = { OV(0, 0x3fb504f4) }, .fpsr_out = IXC },
    { "d_sqrt2", A64_FSQRT_s, 0x1e61c020, /* fsqrt d0, d1 */
      .vin = { ID(1, D_2) }, .vout = { OV(0, 0x3ff6a09e667f3bcd) }, .fpsr_out = IXC },
    { "negative", A64_FSQRT_s, 0x1e61c020, /* fsqrt d0, d1 */
      .vin = { ID(1, D_M1) }, .vout = { OV(0, D_DNAN) }, .fpsr_out = IOC },
    { "neg_zero", A64_FSQRT_s, 0x1e21c020, /* fsqrt s0, s1 */
      .vin = { IS(1, S_NZ) }, .vout = { OV(0, S_NZ) } },
    { "snan", A64_FSQRT_s, 0x1e21c020, /* fsqrt s0, s1 */
      .vin = { IS(1, 0xff800005) }, .vout = { OV(0, 0xffc00005) }, .fpsr_out = IOC },
    { "snan_dn", A64_FSQRT_s, 0x1e21c020, /* fsqrt s0, s1 */ .fpcr = DN,
      .vin = { IS(1, 0xff800005) }, .vout = { OV(0, S_DNAN) }, .fpsr_out = IOC },
    { "inf", A64_FSQRT_s, 0x1e61c020, /* fsqrt d0, d1 */
      .vin = { ID(1, D_INF) }, .vout = { OV(0, D_INF) } },
    { "denormal_exact", A64_FSQRT_s, 0x1e21c020, /* fsqrt s0, s1 */
      .vin = { IS(1, 0x00000002) }, .vout = { OV(0, 0x1a800000) } },
    { "denormal_fz", A64_FSQRT_s, 0x1e21c020, /* fsqrt s0, s1 */ .fpcr = FZ,
      .vin = { IS(1, 0x00000002) }, .vout = { OV(0, 0) }, .fpsr_out = IDC },
    { "fp_trap", A64_FSQRT_s, 0x1e21c020, /* fsqrt s0, s1 */ FP_TRAP },
    { "undef_half", A64_FSQRT_s, 0x1ee1c020, /* fsqrt h0, h1 (FEAT_FP16) */ UNDEF },

    /* FCVT (single to double) */
    { "basic", A64_FCVT_s2d, 0x1e22c020, /* fcvt d0, s1 */
      .vin = { IS(1, 0x3fc00000) }, .vout = { OV(0, 0x3ff8000000000000) } },
    { "snan", A64_FCVT_s2d, 0x1e22c020, /* fcvt d0, s1 */
      .vin = { IS(1, 0x7f800001) }, .vout = { OV(0, 0x7ff8000020000000) }, .fpsr_out = IOC },
    { "snan_dn", A64_FCVT_s2d, 0x1e22c020, /* fcvt d0, s1 */ .fpcr = DN,
      .vin = { IS(1, 0x7f800001) }, .vout = { OV(0, D_DNAN) }, .fpsr_out = IOC },
    { "qnan_payload", A64_FCVT_s2d, 0x1e22c020, /* fcvt d0, s1 */
      .vin = { IS(1, 0xffc00123) }, .vout = { OV(0, 0xfff8002460000000) } },
    { "denormal", A64_FCVT_s2d, 0x1e22c020, /* fcvt d0, s1 */
      .vin = { IS(1, 0x00000001) }, .vout = { OV(0, 0x36a0000000000000) } },
    { "denormal_fz", A64_FCVT_s2d, 0x1e22c020, /* fcvt d0, s1 */ .fpcr = FZ,
      .vin = { IS(1, 0x80000001) }, .vout = { OV(0, D_NZ) }, .fpsr_out = IDC },
    { "ninf", A64_FCVT_s2d, 0x1e22c0e7, /* fcvt d7, s7 */
      .vin = { IS(7, S_NINF) }, .vout = { OV(7, D_NINF) } },
    { "fp_trap", A64_FCVT_s2d, 0x1e22c020, /* fcvt d0, s1 */ FP_TRAP },
    { "undef_same_type", A64_FCVT_s2d, 0x1e224020, /* fcvt s0, s1: opc = ptype */ UNDEF },

    /* FCVT (single to half) */
    { "basic", A64_FCVT_s2h, 0x1e23c020, /* fcvt h0, s1 */
      .vin = { IS(1, S_1) }, .vout = { OV(0, 0x3c00) } },
    { "overflow", A64_FCVT_s2h, 0x1e23c020, /* fcvt h0, s1 */
      .vin = { IS(1, 0x477ff000) }, .vout = { OV(0, 0x7c00) }, .fpsr_out = OFC | IXC },
    { "rz_max_normal", A64_FCVT_s2h, 0x1e23c020, /* fcvt h0, s1 */ .fpcr = R_Z,
      .vin = { IS(1, 0x477ff000) }, .vout = { OV(0, 0x7bff) }, .fpsr_out = IXC },
    { "ahp_range", A64_FCVT_s2h, 0x1e23c020, /* fcvt h0, s1 */ .fpcr = AHP,
      .vin = { IS(1, 0x477ff000) }, .vout = { OV(0, 0x7c00) }, .fpsr_out = IXC },
    { "ahp_max", A64_FCVT_s2h, 0x1e23c020, /* fcvt h0, s1 */ .fpcr = AHP,
      .vin = { IS(1, 0x47ffe000) }, .vout = { OV(0, 0x7fff) } },
    { "ahp_overflow", A64_FCVT_s2h, 0x1e23c020, /* fcvt h0, s1 */ .fpcr = AHP,
      .vin = { IS(1, 0xc9742400) }, .vout = { OV(0, 0xffff) }, .fpsr_out = IOC },
    { "ahp_nan_to_zero", A64_FCVT_s2h, 0x1e23c020, /* fcvt h0, s1 */ .fpcr = AHP,
      .vin = { IS(1, 0xffc00000) }, .vout = { OV(0, 0x8000) }, .fpsr_out = IOC },
    { "ahp_inf", A64_FCVT_s2h, 0x1e23c020, /* fcvt h0, s1 */ .fpcr = AHP,
      .vin = { IS(1, S_INF) }, .vout = { OV(0, 0x7fff) }, .fpsr_out = IOC },
    { "underflow_tie", A64_FCVT_s2h, 0x1e23c020, /* fcvt h0, s1 */
      .vin = { IS(1, 0x33000000) }, .vout = { OV(0, 0) }, .fpsr_out = UFC | IXC },
    { "subnormal_exact", A64_FCVT_s2h, 0x1e23c020, /* fcvt h0, s1 */
      .vin = { IS(1, 0x35800000) }, .vout = { OV(0, 0x0010) } },
    { "fz_not_for_half_output", A64_FCVT_s2h, 0x1e23c020, /* fcvt h0, s1 */ .fpcr = FZ,
      .vin = { IS(1, 0x35800000) }, .vout = { OV(0, 0x0010) } },
    { "snan", A64_FCVT_s2h, 0x1e23c020, /* fcvt h0, s1 */
      .vin = { IS(1, 0x7fa00000) }, .vout = { OV(0, 0x7f00) }, .fpsr_out = IOC },
    { "tie_rm", A64_FCVT_s2h, 0x1e23c020, /* fcvt h0, s1 */ .fpcr = R_M,
      .vin = { IS(1, 0xbf801000) }, .vout = { OV(0, 0xbc01) }, .fpsr_out = IXC },
    { "fz_input", A64_FCVT_s2h, 0x1e23c083, /* fcvt h3, s4 */ .fpcr = FZ,
      .vin = { IS(4, 0x00000001) }, .vout = { OV(3, 0) }, .fpsr_out = IDC },

    /* FCVT (double to single) */
    { "third_rn", A64_FCVT_d2s, 0x1e624020, /* fcvt s0, d1 */
      .vin = { ID(1, 0x3fd5555555555555) }, .vout = { OV(0, 0x3eaaaaab) }, .fpsr_out = IXC },
    { "third_rz", A64_FCVT_d2s, 0x1e624020, /* fcvt s0, d1 */ .fpcr = R_Z,
      .vin = { ID(1, 0x3fd5555555555555) }, .vout = { OV(0, 0x3eaaaaaa) }, .fpsr_out = IXC },
    { "third_neg_rp", A64_FCVT_d2s, 0x1e624020, /* fcvt s0, d1 */ .fpcr = R_P,
      .vin = { ID(1, 0xbfd5555555555555) }, .vout = { OV(0, 0xbeaaaaaa) }, .fpsr_out = IXC },
    { "third_neg_rm", A64_FCVT_d2s, 0x1e624020, /* fcvt s0, d1 */ .fpcr = R_M,
      .vin = { ID(1, 0xbfd5555555555555) }, .vout = { OV(0, 0xbeaaaaab) }, .fpsr_out = IXC },
    { "overflow", A64_FCVT_d2s, 0x1e624020, /* fcvt s0, d1 */
      .vin = { ID(1, 0x7e37e43c8800759c) }, .vout = { OV(0, S_INF) }, .fpsr_out = OFC | IXC },
    { "overflow_rz", A64_FCVT_d2s, 0x1e624020, /* fcvt s0, d1 */ .fpcr = R_Z,
      .vin = { ID(1, 0x7e37e43c8800759c) }, .vout = { OV(0, S_MAX) }, .fpsr_out = OFC | IXC },
    { "underflow_tie", A64_FCVT_d2s, 0x1e624020, /* fcvt s0, d1 */
      .vin = { ID(1, 0x3690000000000000) }, .vout = { OV(0, 0) }, .fpsr_out = UFC | IXC },
    { "subnormal_exact", A64_FCVT_d2s, 0x1e624020, /* fcvt s0, d1 */
      .vin = { ID(1, 0x37d0000000000000) }, .vout = { OV(0, 0x00080000) } },
    { "fz_output", A64_FCVT_d2s, 0x1e624020, /* fcvt s0, d1 */ .fpcr = FZ,
      .vin = { ID(1, 0x37d0000000000000) }, .vout = { OV(0, 0) }, .fpsr_out = UFC },
    { "snan", A64_FCVT_d2s, 0x1e624020, /* fcvt s0, d1 */
      .vin = { ID(1, 0xfff4000000000000) }, .vout = { OV(0, 0xffe00000) }, .fpsr_out = IOC },
    { "qnan_dn", A64_FCVT_d2s, 0x1e624020, /* fcvt s0, d1 */ .fpcr = DN,
      .vin = { ID(1, 0x7ff8000000000001) }, .vout = { OV(0, S_DNAN) } },

    /* FCVT (double to half): one rounding, no double rounding via single */
    { "basic", A64_FCVT_d2h, 0x1e63c020, /* fcvt h0, d1 */
      .vin = { ID(1, D_1) }, .vout = { OV(0, 0x3c00) } },
    { "no_double_rounding", A64_FCVT_d2h, 0x1e63c020, /* fcvt h0, d1 */
      .vin = { ID(1, 0x3ff0020000000001) }, .vout = { OV(0, 0x3c01) }, .fpsr_out = IXC },
    { "overflow", A64_FCVT_d2h, 0x1e63c020, /* fcvt h0, d1 */
      .vin = { ID(1, 0x40effe0000000000) }, .vout = { OV(0, 0x7c00) }, .fpsr_out = OFC | IXC },
    { "ahp_overflow", A64_FCVT_d2h, 0x1e63c020, /* fcvt h0, d1 */ .fpcr = AHP,
      .vin = { ID(1, 0x4202a05f20000000) }, .vout = { OV(0, 0x7fff) }, .fpsr_out = IOC },
    { "qnan_payload", A64_FCVT_d2h, 0x1e63c020, /* fcvt h0, d1 */
      .vin = { ID(1, 0x7ffc000000000000) }, .vout = { OV(0, 0x7f00) } },
    { "fz_input", A64_FCVT_d2h, 0x1e63c020, /* fcvt h0, d1 */ .fpcr = FZ,
      .vin = { ID(1, 1) }, .vout = { OV(0, 0) }, .fpsr_out = IDC },

    /* FCVT (half to single): FZ never flushes half inputs; AHP has no inf/NaN */
    { "basic", A64_FCVT_h2s, 0x1ee24020, /* fcvt s0, h1 */
      .vin = { IH(1, 0x3c00) }, .vout = { OV(0, S_1) } },
    { "subnormal_fz", A64_FCVT_h2s, 0x1ee24020, /* fcvt s0, h1 */ .fpcr = FZ,
      .vin = { IH(1, 0x0001) }, .vout = { OV(0, 0x33800000) } },
    { "inf", A64_FCVT_h2s, 0x1ee24020, /* fcvt s0, h1 */
      .vin = { IH(1, 0x7c00) }, .vout = { OV(0, S_INF) } },
    { "ahp_inf_encoding", A64_FCVT_h2s, 0x1ee24020, /* fcvt s0, h1 */ .fpcr = AHP,
      .vin = { IH(1, 0x7c00) }, .vout = { OV(0, 0x47800000) } },
    { "ahp_max_neg", A64_FCVT_h2s, 0x1ee24020, /* fcvt s0, h1 */ .fpcr = AHP,
      .vin = { IH(1, 0xffff) }, .vout = { OV(0, 0xc7ffe000) } },
    { "snan", A64_FCVT_h2s, 0x1ee24020, /* fcvt s0, h1 */
      .vin = { IH(1, 0x7c01) }, .vout = { OV(0, 0x7fc02000) }, .fpsr_out = IOC },
    { "ahp_snan_encoding", A64_FCVT_h2s, 0x1ee24020, /* fcvt s0, h1 */ .fpcr = AHP,
      .vin = { IH(1, 0x7c01) }, .vout = { OV(0, 0x47802000) } },
    { "undef_half_to_half", A64_FCVT_h2s, 0x1ee3c020, /* fcvt h0, h1: opc = ptype */ UNDEF },

    /* FCVT (half to double) */
    { "basic", A64_FCVT_h2d, 0x1ee2c020, /* fcvt d0, h1 */
      .vin = { IH(1, 0x3c00) }, .vout = { OV(0, D_1) } },
    { "max", A64_FCVT_h2d, 0x1ee2c020, /* fcvt d0, h1 */
      .vin = { IH(1, 0x7bff) }, .vout = { OV(0, 0x40effc0000000000) } },
    { "neg_zero", A64_FCVT_h2d, 0x1ee2c020, /* fcvt d0, h1 */
      .vin = { IH(1, 0x8000) }, .vout = { OV(0, D_NZ) } },
    { "qnan_payload", A64_FCVT_h2d, 0x1ee2c020, /* fcvt d0, h1 */
      .vin = { IH(1, 0xfe01) }, .vout = { OV(0, 0xfff8040000000000) } },
    { "qnan_dn", A64_FCVT_h2d, 0x1ee2c020, /* fcvt d0, h1 */ .fpcr = DN,
      .vin = { IH(1, 0xfe01) }, .vout = { OV(0, D_DNAN) } },

    /* FRINTN (scalar): ties to even; no Inexact */
    { "tie_even_down", A64_FRINTN_s, 0x1e244020, /* frintn s0, s1 */
      .vin = { IS(1, 0x40200000) }, .vout = { OV(0, S_2) } },
    { "tie_even_up", A64_FRINTN_s, 0x1e244020, /* frintn s0, s1 */
      .vin = { IS(1, 0x40600000) }, .vout = { OV(0, 0x40800000) } },
    { "neg_half", A64_FRINTN_s, 0x1e244020, /* frintn s0, s1 */
      .vin = { IS(1, 0xbf000000) }, .vout = { OV(0, S_NZ) } },
    { "d_large", A64_FRINTN_s, 0x1e644020, /* frintn d0, d1 */
      .vin = { ID(1, 0x432fffffffffffff) }, .vout = { OV(0, 0x4330000000000000) } },
    { "snan", A64_FRINTN_s, 0x1e244020, /* frintn s0, s1 */
      .vin = { IS(1, 0x7f800001) }, .vout = { OV(0, 0x7fc00001) }, .fpsr_out = IOC },
    { "ninf", A64_FRINTN_s, 0x1e644020, /* frintn d0, d1 */
      .vin = { ID(1, D_NINF) }, .vout = { OV(0, D_NINF) } },
    { "undef_half", A64_FRINTN_s, 0x1ee44020, /* frintn h0, h1 (FEAT_FP16) */ UNDEF },
    { "undef_frint32z", A64_FRINTN_s, 0x1e284020, /* frint32z s0, s1 (Armv8.5) */ UNDEF },

    /* FRINTP (scalar) */
    { "up", A64_FRINTP_s, 0x1e24c020, /* frintp s0, s1 */
      .vin = { IS(1, 0x3f8ccccd) }, .vout = { OV(0, S_2) } },
    { "neg", A64_FRINTP_s, 0x1e64c020, /* frintp d0, d1 */
      .vin = { ID(1, 0xbff199999999999a) }, .vout = { OV(0, D_M1) } },
    { "neg_small_keeps_sign", A64_FRINTP_s, 0x1e24c020, /* frintp s0, s1 */
      .vin = { IS(1, 0xbf000000) }, .vout = { OV(0, S_NZ) } },

    /* FRINTM (scalar) */
    { "neg", A64_FRINTM_s, 0x1e254020, /* frintm s0, s1 */
      .vin = { IS(1, 0xbf8ccccd) }, .vout = { OV(0, 0xc0000000) } },
    { "small_pos", A64_FRINTM_s, 0x1e254020, /* frintm s0, s1 */
      .vin = { IS(1, S_HALF) }, .vout = { OV(0, 0) } },
    { "neg_zero", A64_FRINTM_s, 0x1e654020, /* frintm d0, d1 */
      .vin = { ID(1, D_NZ) }, .vout = { OV(0, D_NZ) } },

    /* FRINTZ (scalar) */
    { "trunc_neg", A64_FRINTZ_s, 0x1e25c020, /* frintz s0, s1 */
      .vin = { IS(1, 0xbff33333) }, .vout = { OV(0, S_M1) } },
    { "large_integral", A64_FRINTZ_s, 0x1e25c020, /* frintz s0, s1 */
      .vin = { IS(1, 0x60ad78ec) }, .vout = { OV(0, 0x60ad78ec) } },
    { "small", A64_FRINTZ_s, 0x1e65c020, /* frintz d0, d1 */
      .vin = { ID(1, 0x3feccccccccccccd) }, .vout = { OV(0, 0) } },

    /* FRINTA (scalar): ties away */
    { "tie_away", A64_FRINTA_s, 0x1e264020, /* frinta s0, s1 */
      .vin = { IS(1, 0x40200000) }, .vout = { OV(0, 0x40400000) } },
    { "tie_away_neg", A64_FRINTA_s, 0x1e664020, /* frinta d0, d1 */
      .vin = { ID(1, 0xc004000000000000) }, .vout = { OV(0, 0xc008000000000000) } },
    { "below_half", A64_FRINTA_s, 0x1e264020, /* frinta s0, s1 */
      .vin = { IS(1, 0x3effffff) }, .vout = { OV(0, 0) } },

    /* FRINTX (scalar): FPCR rounding, signals Inexact */
    { "rn_inexact", A64_FRINTX_s, 0x1e274020, /* frintx s0, s1 */
      .vin = { IS(1, 0x40200000) }, .vout = { OV(0, S_2) }, .fpsr_out = IXC },
    { "rp", A64_FRINTX_s, 0x1e274020, /* frintx s0, s1 */ .fpcr = R_P,
      .vin = { IS(1, 0x40066666) }, .vout = { OV(0, S_3) }, .fpsr_out = IXC },
    { "exact", A64_FRINTX_s, 0x1e674020, /* frintx d0, d1 */
      .vin = { ID(1, D_2) }, .vout = { OV(0, D_2) } },
    { "fz_denormal", A64_FRINTX_s, 0x1e274020, /* frintx s0, s1 */ .fpcr = FZ,
      .vin = { IS(1, 0x80000001) }, .vout = { OV(0, S_NZ) }, .fpsr_out = IDC },
    { "denormal_rp", A64_FRINTX_s, 0x1e274020, /* frintx s0, s1 */ .fpcr = R_P,
      .vin = { IS(1, 0x00000001) }, .vout = { OV(0, S_1) }, .fpsr_out = IXC },
    { "snan", A64_FRINTX_s, 0x1e674020, /* frintx d0, d1 */
      .vin = { ID(1, 0x7ff4000000000000) }, .vout = { OV(0, 0x7ffc000000000000) },
      .fpsr_out = IOC },

    /* FRINTI (scalar): FPCR rounding, no Inexact */
    { "rm", A64_FRINTI_s, 0x1e27c020, /* frinti s0, s1 */ .fpcr = R_M,
      .vin = { IS(1, 0x40200000) }, .vout = { OV(0, S_2) } },
    { "rp", A64_FRINTI_s, 0x1e27c020, /* frinti s0, s1 */ .fpcr = R_P,
      .vin = { IS(1, 0x40200000) }, .vout = { OV(0, S_3) } },
    { "rn", A64_FRINTI_s, 0x1e27c020, /* frinti s0, s1 */
      .vin = { IS(1, 0x40600000) }, .vout = { OV(0, 0x40800000) } },
    { "rz_neg", A64_FRINTI_s, 0x1e67c020, /* frinti d0, d1 */ .fpcr = R_Z,
      .vin = { ID(1, 0xc00599999999999a) }, .vout = { OV(0, 0xc000000000000000) } },

    /* ==== FP compare ==== */
    { "less", A64_FCMP_s, 0x1e222020, /* fcmp s1, s2 */ .in = { { NZCV, CMP_EQ } },
      .vin = { IS(1, S_1), IS(2, S_2) }, .out = { { NZCV, CMP_LT } } },
    { "equal", A64_FCMP_s, 0x1e222020, /* fcmp s1, s2 */
      .vin = { IS(1, S_2), IS(2, S_2) }, .out = { { NZCV, CMP_EQ } } },
    { "greater", A64_FCMP_s, 0x1e622020, /* fcmp d1, d2 */
      .vin = { ID(1, D_3), ID(2, D_NINF) }, .out = { { NZCV, CMP_GT } } },
    { "zero_signs", A64_FCMP_s, 0x1e222020, /* fcmp s1, s2 */
      .vin = { IS(1, 0), IS(2, S_NZ) }, .out = { { NZCV, CMP_EQ } } },
    { "qnan_quiet", A64_FCMP_s, 0x1e222020, /* fcmp s1, s2 */
      .vin = { IS(1, S_DNAN), IS(2, S_1) }, .out = { { NZCV, CMP_UN } } },
    { "snan", A64_FCMP_s, 0x1e622020, /* fcmp d1, d2 */
      .vin = { ID(1, D_1), ID(2, 0x7ff0000000000001) }, .out = { { NZCV, CMP_UN } },
      .fpsr_out = IOC },
    { "denormal", A64_FCMP_s, 0x1e222020, /* fcmp s1, s2 */
      .vin = { IS(1, 1), IS(2, S_NZ) }, .out = { { NZCV, CMP_GT } } },
    { "denormal_fz", A64_FCMP_s, 0x1e222020, /* fcmp s1, s2 */ .fpcr = FZ,
      .vin = { IS(1, 1), IS(2, S_NZ) }, .out = { { NZCV, CMP_EQ } }, .fpsr_out = IDC },
    { "inf_equal_alias", A64_FCMP_s, 0x1e632060, /* fcmp d3, d3 */
      .vin = { ID(3, D_INF) }, .out = { { NZCV, CMP_EQ } } },
    { "fp_trap", A64_FCMP_s, 0x1e222020, /* fcmp s1, s2 */ .in = { { NZCV, CMP_LT } }, FP_TRAP },
    { "undef_opcode2", A64_FCMP_s, 0x1e222021, /* fcmp with opcode2<2:0> = 001 */ UNDEF },
    { "undef_half", A64_FCMP_s, 0x1ee22020, /* fcmp h1, h2 (FEAT_FP16) */ UNDEF },

    { "neg_zero", A64_FCMP_s_zero, 0x1e202028, /* fcmp s1, #0.0 */
      .vin = { IS(1, S_NZ) }, .out = { { NZCV, CMP_EQ } } },
    { "denormal", A64_FCMP_s_zero, 0x1e602028, /* fcmp d1, #0.0 */
      .vin = { ID(1, 1) }, .out = { { NZCV, CMP_GT } } },
    { "negative", A64_FCMP_s_zero, 0x1e202028, /* fcmp s1, #0.0 */
      .vin = { IS(1, S_M1) }, .out = { { NZCV, CMP_LT } } },
    { "qnan_quiet", A64_FCMP_s_zero, 0x1e202028, /* fcmp s1, #0.0 */
      .vin = { IS(1, 0xffc00000) }, .out = { { NZCV, CMP_UN } } },
    { "rm_field_ignored", A64_FCMP_s_zero, 0x1e252028, /* fcmp s1, #0.0 with Rm = 5 */
      .vin = { IS(1, S_1), IS(5, S_2) }, .out = { { NZCV, CMP_GT } } },

    { "qnan_signals", A64_FCMPE_s, 0x1e222030, /* fcmpe s1, s2 */
      .vin = { IS(1, S_1), IS(2, S_DNAN) }, .out = { { NZCV, CMP_UN } }, .fpsr_out = IOC },
    { "less", A64_FCMPE_s, 0x1e622030, /* fcmpe d1, d2 */
      .vin = { ID(1, D_M1), ID(2, D_1) }, .out = { { NZCV, CMP_LT } } },
    { "equal", A64_FCMPE_s, 0x1e222030, /* fcmpe s1, s2 */ .in = { { NZCV, CMP_UN } },
      .vin = { IS(1, S_INF), IS(2, S_INF) }, .out = { { NZCV, CMP_EQ } } },

    { "qnan_signals", A64_FCMPE_s_zero, 0x1e602038, /* fcmpe d1, #0.0 */
      .vin = { ID(1, D_DNAN) }, .out = { { NZCV, CMP_UN } }, .fpsr_out = IOC },
    { "positive", A64_FCMPE_s_zero, 0x1e202038, /* fcmpe s1, #0.0 */
      .vin = { IS(1, S_1) }, .out = { { NZCV, CMP_GT } } },
    { "fz_denormal", A64_FCMPE_s_zero, 0x1e202038, /* fcmpe s1, #0.0 */ .fpcr = FZ,
      .vin = { IS(1, 0x80000001) }, .out = { { NZCV, CMP_EQ } }, .fpsr_out = IDC },

    /* ==== FP conditional compare ==== */
    { "cond_true", A64_FCCMP_s, 0x1e22042f, /* fccmp s1, s2, #0xf, eq */ .in = { { NZCV, NZCV_Z } },
      .vin = { IS(1, S_1), IS(2, S_2) }, .out = { { NZCV, CMP_LT } } },
    { "cond_false_snan_quiet", A64_FCCMP_s, 0x1e221425, /* fccmp s1, s2, #0x5, ne */
      .in = { { NZCV, NZCV_Z } }, .vin = { IS(1, 0x7f800001), IS(2, S_2) },
      .out = { { NZCV, 0x50000000 } } },
    { "nv_holds", A64_FCCMP_s, 0x1e62f420, /* fccmp d1, d2, #0x0, nv */
      .vin = { ID(1, D_1), ID(2, D_1) }, .out = { { NZCV, CMP_EQ } } },
    { "qnan_quiet", A64_FCCMP_s, 0x1e22e420, /* fccmp s1, s2, #0x0, al */
      .vin = { IS(1, S_DNAN), IS(2, S_2) }, .out = { { NZCV, CMP_UN } } },
    { "snan", A64_FCCMP_s, 0x1e62a420, /* fccmp d1, d2, #0x0, ge */
      .in = { { NZCV, NZCV_N | NZCV_V } },
      .vin = { ID(1, D_1), ID(2, 0x7ff4000000000000) }, .out = { { NZCV, CMP_UN } },
      .fpsr_out = IOC },
    { "fp_trap", A64_FCCMP_s, 0x1e22042f, /* fccmp s1, s2, #0xf, eq */ FP_TRAP },

    { "qnan_signals", A64_FCCMPE_s, 0x1e220430, /* fccmpe s1, s2, #0x0, eq */
      .in = { { NZCV, NZCV_Z } },
      .vin = { IS(1, S_DNAN), IS(2, S_2) }, .out = { { NZCV, CMP_UN } }, .fpsr_out = IOC },
    { "cond_false_qnan_quiet", A64_FCCMPE_s, 0x1e22043a, /* fccmpe s1, s2, #0xa, eq */
      .vin = { IS(1, S_DNAN), IS(2, S_2) }, .out = { { NZCV, 0xa0000000 } } },
    { "greater", A64_FCCMPE_s, 0x1e628430, /* fccmpe d1, d2, #0x0, hi */ .in = { { NZCV, NZCV_C } },
      .vin = { ID(1, D_2), ID(2, D_1) }, .out = { { NZCV, CMP_GT } } },

    /* ==== FP conditional select: bit copy, no exceptions ==== */
    { "true", A64_FCSEL_s, 0x1e220c20, /* fcsel s0, s1, s2, eq */ .in = { { NZCV, NZCV_Z } },
      .vin = { IS(1, S_1), IS(2, S_2) }, .vout = { OV(0, S_1) } },
    { "false", A64_FCSEL_s, 0x1e620c20, /* fcsel d0, d1, d2, eq */
      .vin = { ID(1, D_1), ID(2, D_2) }, .vout = { OV(0, D_2) } },
    { "snan_copied", A64_FCSEL_s, 0x1e22bc20, /* fcsel s0, s1, s2, lt */ .fpcr = DN,
      .in = { { NZCV, NZCV_N } }, .vin = { IS(1, 0x7f800001), IS(2, S_2) },
      .vout = { OV(0, 0x7f800001) } },
    { "nv_holds", A64_FCSEL_s, 0x1e62fc20, /* fcsel d0, d1, d2, nv */
      .vin = { ID(1, D_1), ID(2, D_2) }, .vout = { OV(0, D_1) } },
    { "alias", A64_FCSEL_s, 0x1e231c63, /* fcsel s3, s3, s3, ne */
      .vin = { IS(3, S_3) }, .vout = { OV(3, S_3) } },
    { "fp_trap", A64_FCSEL_s, 0x1e220c20, /* fcsel s0, s1, s2, eq */ FP_TRAP },
    { "undef_half", A64_FCSEL_s, 0x1ee20c20, /* fcsel h0, h1, h2, eq (FEAT_FP16) */ UNDEF },

    /* ==== FP immediate (VFPExpandImm) ==== */
    { "one", A64_FMOV_s_imm, 0x1e2e1000, /* fmov s0, #1.0 */ .vout = { OV(0, S_1) } },
    { "d_max", A64_FMOV_s_imm, 0x1e67f001, /* fmov d1, #31.0 */
      .vout = { OV(1, 0x403f000000000000) } },
    { "s_min", A64_FMOV_s_imm, 0x1e281002, /* fmov s2, #0.125 */ .vout = { OV(2, 0x3e000000) } },
    { "d_neg", A64_FMOV_s_imm, 0x1e7ff003, /* fmov d3, #-1.9375 */
      .vout = { OV(3, 0xbfff000000000000) } },
    { "s_neg_max", A64_FMOV_s_imm, 0x1e37f01f, /* fmov s31, #-31.0 */
      .vout = { OV(31, 0xc1f80000) } },
    { "fp_trap", A64_FMOV_s_imm, 0x1e2e1000, /* fmov s0, #1.0 */ FP_TRAP },
    { "undef_imm5", A64_FMOV_s_imm, 0x1e2e1020, /* fmov s0, #1.0 with imm5 = 00001 */ UNDEF },
    { "undef_half", A64_FMOV_s_imm, 0x1eee1000, /* fmov h0, #1.0 (FEAT_FP16) */ UNDEF },

    /* ==== FP data-processing (2 source) ==== */
    /* FADD (scalar) */
    { "basic", A64_FADD_s, 0x1e222820, /* fadd s0, s1, s2 */
      .vin = { IS(1, S_1), IS(2, S_2) }, .vout = { OV(0, S_3) } },
    { "tie_even", A64_FADD_s, 0x1e222820, /* fadd s0, s1, s2 */
      .vin = { IS(1, S_1), IS(2, 0x33800000) }, .vout = { OV(0, S_1) }, .fpsr_out = IXC },
    { "rp", A64_FADD_s, 0x1e222820, /* fadd s0, s1, s2 */ .fpcr = R_P,
      .vin = { IS(1, S_1), IS(2, 0x33800000) }, .vout = { OV(0, 0x3f800001) }, .fpsr_out = IXC },
    { "overflow", A64_FADD_s, 0x1e222820, /* fadd s0, s1, s2 */
      .vin = { IS(1, S_MAX), IS(2, S_MAX) }, .vout = { OV(0, S_INF) }, .fpsr_out = OFC | IXC },
    { "overflow_rz", A64_FADD_s, 0x1e222820, /* fadd s0, s1, s2 */ .fpcr = R_Z,
      .vin = { IS(1, S_MAX), IS(2, S_MAX) }, .vout = { OV(0, S_MAX) }, .fpsr_out = OFC | IXC },
    { "zero_sum_rn", A64_FADD_s, 0x1e222820, /* fadd s0, s1, s2 */
      .vin = { IS(1, S_1), IS(2, S_M1) }, .vout = { OV(0, 0) } },
    { "zero_sum_rm", A64_FADD_s, 0x1e222820, /* fadd s0, s1, s2 */ .fpcr = R_M,
      .vin = { IS(1, S_1), IS(2, S_M1) }, .vout = { OV(0, S_NZ) } },
    { "inf_minus_inf", A64_FADD_s, 0x1e622820, /* fadd d0, d1, d2 */
      .vin = { ID(1, D_INF), ID(2, D_NINF) }, .vout = { OV(0, D_DNAN) }, .fpsr_out = IOC },
    { "snan_beats_qnan", A64_FADD_s, 0x1e222820, /* fadd s0, s1, s2 */
      .vin = { IS(1, 0x7fc00001), IS(2, 0x7f800002) }, .vout = { OV(0, 0x7fc00002) },
      .fpsr_out = IOC },
    { "qnan_first", A64_FADD_s, 0x1e222820, /* fadd s0, s1, s2 */
      .vin = { IS(1, 0x7fc00001), IS(2, 0xffc00002) }, .vout = { OV(0, 0x7fc00001) } },
    { "qnan_dn", A64_FADD_s, 0x1e222820, /* fadd s0, s1, s2 */ .fpcr = DN,
      .vin = { IS(1, S_1), IS(2, 0xffc00002) }, .vout = { OV(0, S_DNAN) } },
    { "denormal_input", A64_FADD_s, 0x1e222820, /* fadd s0, s1, s2 */
      .vin = { IS(1, S_1), IS(2, 2) }, .vout = { OV(0, S_1) }, .fpsr_out = IXC },
    { "fz_input", A64_FADD_s, 0x1e222820, /* fadd s0, s1, s2 */ .fpcr = FZ,
      .vin = { IS(1, S_1), IS(2, 2) }, .vout = { OV(0, S_1) }, .fpsr_out = IDC },
    { "fz_output", A64_FADD_s, 0x1e222820, /* fadd s0, s1, s2 */ .fpcr = FZ,
      .vin = { IS(1, 0x00800001), IS(2, 0x80800000) }, .vout = { OV(0, 0) }, .fpsr_out = UFC },
    { "d_inexact", A64_FADD_s, 0x1e622820, /* fadd d0, d1, d2 */
      .vin = { ID(1, 0x3fb999999999999a), ID(2, 0x3fc999999999999a) },
      .vout = { OV(0, 0x3fd3333333333334) }, .fpsr_out = IXC },
    { "alias_v31", A64_FADD_s, 0x1e7f2bff, /* fadd d31, d31, d31 */
      .vin = { ID(31, 0x3ff8000000000000) }, .vout = { OV(31, D_3) } },
    { "fpsr_cumulative", A64_FADD_s, 0x1e222820, /* fadd s0, s1, s2 */ .fpsr_in = QC | DZC,
      .vin = { IS(1, S_1), IS(2, 0x33800000) }, .vout = { OV(0, S_1) },
      .fpsr_out = QC | DZC | IXC },
    { "fp_trap", A64_FADD_s, 0x1e222820, /* fadd s0, s1, s2 */
      .vin = { IS(1, S_1), IS(2, S_2) }, FP_TRAP },
    { "fp_trap_el0", A64_FADD_s, 0x1e222820, /* fadd s0, s1, s2 */ FP_TRAP_EL0 },
    { "undef_half", A64_FADD_s, 0x1ee22820, /* fadd h0, h1, h2 (FEAT_FP16) */ UNDEF },
    { "undef_ptype10", A64_FADD_s, 0x1ea22820, /* fadd with ptype=10 */ UNDEF },

    /* FSUB (scalar) */
    { "basic", A64_FSUB_s, 0x1e223820, /* fsub s0, s1, s2 */
      .vin = { IS(1, S_3), IS(2, S_1) }, .vout = { OV(0, S_2) } },
    { "self_rn", A64_FSUB_s, 0x1e613820, /* fsub d0, d1, d1 */
      .vin = { ID(1, D_3) }, .vout = { OV(0, 0) } },
    { "self_rm", A64_FSUB_s, 0x1e613820, /* fsub d0, d1, d1 */ .fpcr = R_M,
      .vin = { ID(1, D_3) }, .vout = { OV(0, D_NZ) } },
    { "inf_inf", A64_FSUB_s, 0x1e223820, /* fsub s0, s1, s2 */
      .vin = { IS(1, S_INF), IS(2, S_INF) }, .vout = { OV(0, S_DNAN) }, .fpsr_out = IOC },
    { "fz_output", A64_FSUB_s, 0x1e223820, /* fsub s0, s1, s2 */ .fpcr = FZ,
      .vin = { IS(1, 0x00800001), IS(2, S_MINN) }, .vout = { OV(0, 0) }, .fpsr_out = UFC },
    { "subnormal_exact", A64_FSUB_s, 0x1e223820, /* fsub s0, s1, s2 */
      .vin = { IS(1, 0x00800001), IS(2, S_MINN) }, .vout = { OV(0, 1) } },
    { "both_snan_first", A64_FSUB_s, 0x1e623820, /* fsub d0, d1, d2 */
      .vin = { ID(1, 0xfff0000000000001), ID(2, 0x7ff0000000000002) },
      .vout = { OV(0, 0xfff8000000000001) }, .fpsr_out = IOC },

    /* FMUL (scalar) */
    { "basic", A64_FMUL_s, 0x1e220820, /* fmul s0, s1, s2 */
      .vin = { IS(1, S_2), IS(2, S_3) }, .vout = { OV(0, 0x40c00000) } },
    { "zero_inf", A64_FMUL_s, 0x1e220820, /* fmul s0, s1, s2 */
      .vin = { IS(1, S_NZ), IS(2, S_INF) }, .vout = { OV(0, S_DNAN) }, .fpsr_out = IOC },
    { "neg_zero", A64_FMUL_s, 0x1e620820, /* fmul d0, d1, d2 */
      .vin = { ID(1, D_NZ), ID(2, D_3) }, .vout = { OV(0, D_NZ) } },
    { "overflow", A64_FMUL_s, 0x1e620820, /* fmul d0, d1, d2 */
      .vin = { ID(1, D_MAX), ID(2, D_2) }, .vout = { OV(0, D_INF) }, .fpsr_out = OFC | IXC },
    { "underflow_tie", A64_FMUL_s, 0x1e220820, /* fmul s0, s1, s2 */
      .vin = { IS(1, 0x00800001), IS(2, S_HALF) }, .vout = { OV(0, 0x00400000) },
      .fpsr_out = UFC | IXC },
    { "subnormal_exact", A64_FMUL_s, 0x1e220820, /* fmul s0, s1, s2 */
      .vin = { IS(1, S_MINN), IS(2, S_HALF) }, .vout = { OV(0, 0x00400000) } },
    { "tiny_before_rounding", A64_FMUL_s, 0x1e220820, /* fmul s0, s1, s2 */
      .vin = { IS(1, 0x3f7fffff), IS(2, S_MINN) }, .vout = { OV(0, S_MINN) },
      .fpsr_out = UFC | IXC },
    { "tiny_before_rounding_fz", A64_FMUL_s, 0x1e220820, /* fmul s0, s1, s2 */ .fpcr = FZ,
      .vin = { IS(1, 0x3f7fffff), IS(2, S_MINN) }, .vout = { OV(0, 0) }, .fpsr_out = UFC },
    { "fz_output", A64_FMUL_s, 0x1e220820, /* fmul s0, s1, s2 */ .fpcr = FZ,
      .vin = { IS(1, S_MINN), IS(2, 0xbf000000) }, .vout = { OV(0, S_NZ) }, .fpsr_out = UFC },
    { "rm", A64_FMUL_s, 0x1e220820, /* fmul s0, s1, s2 */ .fpcr = R_M,
      .vin = { IS(1, 0x3eaaaaab), IS(2, S_3) }, .vout = { OV(0, S_1) }, .fpsr_out = IXC },
    { "rp", A64_FMUL_s, 0x1e220820, /* fmul s0, s1, s2 */ .fpcr = R_P,
      .vin = { IS(1, 0x3eaaaaab), IS(2, S_3) }, .vout = { OV(0, 0x3f800001) }, .fpsr_out = IXC },

    /* FDIV (scalar) */
    { "third", A64_FDIV_s, 0x1e221820, /* fdiv s0, s1, s2 */
      .vin = { IS(1, S_1), IS(2, S_3) }, .vout = { OV(0, 0x3eaaaaab) }, .fpsr_out = IXC },
    { "d_third", A64_FDIV_s, 0x1e621820, /* fdiv d0, d1, d2 */
      .vin = { ID(1, D_1), ID(2, D_3) }, .vout = { OV(0, 0x3fd5555555555555) },
      .fpsr_out = IXC },
    { "neg_third_rm", A64_FDIV_s, 0x1e221820, /* fdiv s0, s1, s2 */ .fpcr = R_M,
      .vin = { IS(1, S_M1), IS(2, S_3) }, .vout = { OV(0, 0xbeaaaaab) }, .fpsr_out = IXC },
    { "neg_third_rp", A64_FDIV_s, 0x1e221820, /* fdiv s0, s1, s2 */ .fpcr = R_P,
      .vin = { IS(1, S_M1), IS(2, S_3) }, .vout = { OV(0, 0xbeaaaaaa) }, .fpsr_out = IXC },
    { "div_zero", A64_FDIV_s, 0x1e221820, /* fdiv s0, s1, s2 */
      .vin = { IS(1, S_1), IS(2, 0) }, .vout = { OV(0, S_INF) }, .fpsr_out = DZC },
    { "div_neg_zero", A64_FDIV_s, 0x1e621820, /* fdiv d0, d1, d2 */
      .vin = { ID(1, D_1), ID(2, D_NZ) }, .vout = { OV(0, D_NINF) }, .fpsr_out = DZC },
    { "zero_zero", A64_FDIV_s, 0x1e221820, /* fdiv s0, s1, s2 */
      .vin = { IS(1, 0), IS(2, 0) }, .vout = { OV(0, S_DNAN) }, .fpsr_out = IOC },
    { "inf_inf", A64_FDIV_s, 0x1e621820, /* fdiv d0, d1, d2 */
      .vin = { ID(1, D_INF), ID(2, D_NINF) }, .vout = { OV(0, D_DNAN) }, .fpsr_out = IOC },
    { "by_inf", A64_FDIV_s, 0x1e221820, /* fdiv s0, s1, s2 */
      .vin = { IS(1, S_M1), IS(2, S_INF) }, .vout = { OV(0, S_NZ) } },
    { "exact", A64_FDIV_s, 0x1e221820, /* fdiv s0, s1, s2 */
      .vin = { IS(1, 0x40c00000), IS(2, S_3) }, .vout = { OV(0, S_2) } },
    { "fz_divisor", A64_FDIV_s, 0x1e221820, /* fdiv s0, s1, s2 */ .fpcr = FZ,
      .vin = { IS(1, S_1), IS(2, 0x80000001) }, .vout = { OV(0, S_NINF) },
      .fpsr_out = DZC | IDC },

    /* FMAX / FMIN (scalar): NaNs propagate */
    { "basic", A64_FMAX_s, 0x1e224820, /* fmax s0, s1, s2 */
      .vin = { IS(1, S_1), IS(2, S_2) }, .vout = { OV(0, S_2) } },
    { "zeros", A64_FMAX_s, 0x1e224820, /* fmax s0, s1, s2 */
      .vin = { IS(1, S_NZ), IS(2, 0) }, .vout = { OV(0, 0) } },
    { "zeros_swapped", A64_FMAX_s, 0x1e224820, /* fmax s0, s1, s2 */
      .vin = { IS(1, 0), IS(2, S_NZ) }, .vout = { OV(0, 0) } },
    { "qnan", A64_FMAX_s, 0x1e224820, /* fmax s0, s1, s2 */
      .vin = { IS(1, 0x7fc00001), IS(2, S_1) }, .vout = { OV(0, 0x7fc00001) } },
    { "snan", A64_FMAX_s, 0x1e624820, /* fmax d0, d1, d2 */
      .vin = { ID(1, D_1), ID(2, 0x7ff0000000000003) }, .vout = { OV(0, 0x7ff8000000000003) },
      .fpsr_out = IOC },
    { "d_neg", A64_FMAX_s, 0x1e624820, /* fmax d0, d1, d2 */
      .vin = { ID(1, D_NINF), ID(2, D_M1) }, .vout = { OV(0, D_M1) } },
    { "fz_zeros", A64_FMAX_s, 0x1e224820, /* fmax s0, s1, s2 */ .fpcr = FZ,
      .vin = { IS(1, 1), IS(2, S_NZ) }, .vout = { OV(0, 0) }, .fpsr_out = IDC },

    { "basic", A64_FMIN_s, 0x1e225820, /* fmin s0, s1, s2 */
      .vin = { IS(1, S_1), IS(2, S_2) }, .vout = { OV(0, S_1) } },
    { "zeros", A64_FMIN_s, 0x1e225820, /* fmin s0, s1, s2 */
      .vin = { IS(1, 0), IS(2, S_NZ) }, .vout = { OV(0, S_NZ) } },
    { "qnan", A64_FMIN_s, 0x1e225820, /* fmin s0, s1, s2 */
      .vin = { IS(1, S_1), IS(2, 0x7fc00002) }, .vout = { OV(0, 0x7fc00002) } },
    { "d_inf", A64_FMIN_s, 0x1e625820, /* fmin d0, d1, d2 */
      .vin = { ID(1, D_NINF), ID(2, D_M1) }, .vout = { OV(0, D_NINF) } },
    { "snan_dn", A64_FMIN_s, 0x1e225820, /* fmin s0, s1, s2 */ .fpcr = DN,
      .vin = { IS(1, S_1), IS(2, 0xff800001) }, .vout = { OV(0, S_DNAN) }, .fpsr_out = IOC },

    /* FMAXNM / FMINNM (scalar): a quiet NaN loses to a number */
    { "qnan_vs_num", A64_FMAXNM_s, 0x1e226820, /* fmaxnm s0, s1, s2 */
      .vin = { IS(1, 0x7fc00001), IS(2, S_1) }, .vout = { OV(0, S_1) } },
    { "num_vs_qnan", A64_FMAXNM_s, 0x1e626820, /* fmaxnm d0, d1, d2 */
      .vin = { ID(1, D_NINF), ID(2, D_DNAN) }, .vout = { OV(0, D_NINF) } },
    { "snan_still_wins", A64_FMAXNM_s, 0x1e226820, /* fmaxnm s0, s1, s2 */
      .vin = { IS(1, 0x7f800001), IS(2, S_1) }, .vout = { OV(0, 0x7fc00001) }, .fpsr_out = IOC },
    { "both_qnan", A64_FMAXNM_s, 0x1e226820, /* fmaxnm s0, s1, s2 */
      .vin = { IS(1, 0x7fc00001), IS(2, 0x7fc00002) }, .vout = { OV(0, 0x7fc00001) } },
    { "basic", A64_FMAXNM_s, 0x1e626820, /* fmaxnm d0, d1, d2 */
      .vin = { ID(1, D_1), ID(2, D_2) }, .vout = { OV(0, D_2) } },

    { "num_vs_qnan", A64_FMINNM_s, 0x1e227820, /* fminnm s0, s1, s2 */
      .vin = { IS(1, S_1), IS(2, 0xffc00000) }, .vout = { OV(0, S_1) } },
    { "snan", A64_FMINNM_s, 0x1e627820, /* fminnm d0, d1, d2 */
      .vin = { ID(1, D_1), ID(2, 0xfff0000000000001) }, .vout = { OV(0, 0xfff8000000000001) },
      .fpsr_out = IOC },
    { "zeros", A64_FMINNM_s, 0x1e227820, /* fminnm s0, s1, s2 */
      .vin = { IS(1, 0), IS(2, S_NZ) }, .vout = { OV(0, S_NZ) } },
    { "both_qnan_dn", A64_FMINNM_s, 0x1e227820, /* fminnm s0, s1, s2 */ .fpcr = DN,
      .vin = { IS(1, 0x7fc00001), IS(2, 0x7fc00002) }, .vout = { OV(0, S_DNAN) } },

    /* FNMUL (scalar): -(round(Vn*Vm)), the NaN result negated too */
    { "basic", A64_FNMUL_s, 0x1e228820, /* fnmul s0, s1, s2 */
      .vin = { IS(1, S_2), IS(2, S_3) }, .vout = { OV(0, 0xc0c00000) } },
    { "nan_negated", A64_FNMUL_s, 0x1e228820, /* fnmul s0, s1, s2 */
      .vin = { IS(1, 0x7fc00001), IS(2, S_1) }, .vout = { OV(0, 0xffc00001) } },
    { "zero_inf", A64_FNMUL_s, 0x1e628820, /* fnmul d0, d1, d2 */
      .vin = { ID(1, 0), ID(2, D_INF) }, .vout = { OV(0, 0xfff8000000000000) }, .fpsr_out = IOC },
    { "rounds_then_negates_rm", A64_FNMUL_s, 0x1e228820, /* fnmul s0, s1, s2 */ .fpcr = R_M,
      .vin = { IS(1, 0x3eaaaaab), IS(2, S_3) }, .vout = { OV(0, S_M1) }, .fpsr_out = IXC },
    { "rounds_then_negates_rp", A64_FNMUL_s, 0x1e228820, /* fnmul s0, s1, s2 */ .fpcr = R_P,
      .vin = { IS(1, 0x3eaaaaab), IS(2, S_3) }, .vout = { OV(0, 0xbf800001) }, .fpsr_out = IXC },
    { "d_neg_zero", A64_FNMUL_s, 0x1e628820, /* fnmul d0, d1, d2 */
      .vin = { ID(1, 0), ID(2, D_3) }, .vout = { OV(0, D_NZ) } },

    /* ==== FP data-processing (3 source): one rounding ==== */
    { "basic", A64_FMADD_s, 0x1f020c20, /* fmadd s0, s1, s2, s3 */
      .vin = { IS(1, S_2), IS(2, S_3), IS(3, S_1) }, .vout = { OV(0, 0x40e00000) } },
    { "single_rounding", A64_FMADD_s, 0x1f020c20, /* fmadd s0, s1, s2, s3 */
      .vin = { IS(1, 0x3f800800), IS(2, 0x3f800800), IS(3, 0xbf801000) },
      .vout = { OV(0, 0x33800000) } },
    { "d_single_rounding", A64_FMADD_s, 0x1f420c20, /* fmadd d0, d1, d2, d3 */
      .vin = { ID(1, 0x3ff0000002000000), ID(2, 0x3ff0000002000000), ID(3, 0xbff0000004000000) },
      .vout = { OV(0, 0x3c90000000000000) } },
    { "snan_beats_qnan_addend", A64_FMADD_s, 0x1f020c20, /* fmadd s0, s1, s2, s3 */
      .vin = { IS(1, 0x7f80000b), IS(2, S_1), IS(3, 0x7fc0000a) }, .vout = { OV(0, 0x7fc0000b) },
      .fpsr_out = IOC },
    { "qnan_addend_first", A64_FMADD_s, 0x1f020c20, /* fmadd s0, s1, s2, s3 */
      .vin = { IS(1, 0x7fc0000b), IS(2, 0x7fc0000c), IS(3, 0x7fc0000a) },
      .vout = { OV(0, 0x7fc0000a) } },
    { "qnan_addend_inf_times_zero", A64_FMADD_s, 0x1f420c20, /* fmadd d0, d1, d2, d3 */
      .vin = { ID(1, D_INF), ID(2, 0), ID(3, 0x7ff8000000000005) }, .vout = { OV(0, D_DNAN) },
      .fpsr_out = IOC },
    { "inf_minus_inf", A64_FMADD_s, 0x1f020c20, /* fmadd s0, s1, s2, s3 */
      .vin = { IS(1, S_INF), IS(2, S_1), IS(3, S_NINF) }, .vout = { OV(0, S_DNAN) },
      .fpsr_out = IOC },
    { "zero_signs", A64_FMADD_s, 0x1f020c20, /* fmadd s0, s1, s2, s3 */
      .vin = { IS(1, 0), IS(2, S_M1), IS(3, 0) }, .vout = { OV(0, 0) } },
    { "neg_zeros", A64_FMADD_s, 0x1f020c20, /* fmadd s0, s1, s2, s3 */
      .vin = { IS(1, S_NZ), IS(2, S_1), IS(3, S_NZ) }, .vout = { OV(0, S_NZ) } },
    { "overflow", A64_FMADD_s, 0x1f420c20, /* fmadd d0, d1, d2, d3 */
      .vin = { ID(1, D_MAX), ID(2, D_2), ID(3, 0) }, .vout = { OV(0, D_INF) },
      .fpsr_out = OFC | IXC },
    { "fz", A64_FMADD_s, 0x1f020c20, /* fmadd s0, s1, s2, s3 */ .fpcr = FZ,
      .vin = { IS(1, 1), IS(2, S_2), IS(3, S_1) }, .vout = { OV(0, S_1) }, .fpsr_out = IDC },
    { "alias", A64_FMADD_s, 0x1f410421, /* fmadd d1, d1, d1, d1 */
      .vin = { ID(1, D_2) }, .vout = { OV(1, 0x4018000000000000) } },
    { "fp_trap", A64_FMADD_s, 0x1f020c20, /* fmadd s0, s1, s2, s3 */ FP_TRAP },
    { "undef_half", A64_FMADD_s, 0x1fc20c20, /* fmadd h0, h1, h2, h3 (FEAT_FP16) */ UNDEF },

    { "basic", A64_FMSUB_s, 0x1f028c20, /* fmsub s0, s1, s2, s3 */
      .vin = { IS(1, S_2), IS(2, S_3), IS(3, 0x41200000) }, .vout = { OV(0, 0x40800000) } },
    { "nan_from_n_negated", A64_FMSUB_s, 0x1f028c20, /* fmsub s0, s1, s2, s3 */
      .vin = { IS(1, 0x7fc00001), IS(2, S_1), IS(3, S_1) }, .vout = { OV(0, 0xffc00001) } },
    { "zero_rn", A64_FMSUB_s, 0x1f428c20, /* fmsub d0, d1, d2, d3 */
      .vin = { ID(1, 0), ID(2, D_1), ID(3, 0) }, .vout = { OV(0, 0) } },
    { "zero_rm", A64_FMSUB_s, 0x1f428c20, /* fmsub d0, d1, d2, d3 */ .fpcr = R_M,
      .vin = { ID(1, 0), ID(2, D_1), ID(3, 0) }, .vout = { OV(0, D_NZ) } },
    { "d_single_rounding", A64_FMSUB_s, 0x1f428c20, /* fmsub d0, d1, d2, d3 */
      .vin = { ID(1, 0x3ff0000002000000), ID(2, 0x3ff0000002000000), ID(3, 0x3ff0000004000000) },
      .vout = { OV(0, 0xbc90000000000000) } },

    { "basic", A64_FNMADD_s, 0x1f220c20, /* fnmadd s0, s1, s2, s3 */
      .vin = { IS(1, S_2), IS(2, S_3), IS(3, S_1) }, .vout = { OV(0, 0xc0e00000) } },
    { "nan_from_a_negated", A64_FNMADD_s, 0x1f220c20, /* fnmadd s0, s1, s2, s3 */
      .vin = { IS(1, S_1), IS(2, S_1), IS(3, 0x7fc00002) }, .vout = { OV(0, 0xffc00002) } },
    { "nan_from_n_negated", A64_FNMADD_s, 0x1f620c20, /* fnmadd d0, d1, d2, d3 */
      .vin = { ID(1, 0xfff8000000000003), ID(2, D_1), ID(3, D_1) },
      .vout = { OV(0, 0x7ff8000000000003) } },
    { "zero", A64_FNMADD_s, 0x1f220c20, /* fnmadd s0, s1, s2, s3 */
      .vin = { IS(1, 0), IS(2, S_1), IS(3, 0) }, .vout = { OV(0, S_NZ) } },

    { "basic", A64_FNMSUB_s, 0x1f228c20, /* fnmsub s0, s1, s2, s3 */
      .vin = { IS(1, S_2), IS(2, S_3), IS(3, S_1) }, .vout = { OV(0, 0x40a00000) } },
    { "nan_from_a_negated", A64_FNMSUB_s, 0x1f628c20, /* fnmsub d0, d1, d2, d3 */
      .vin = { ID(1, D_1), ID(2, D_1), ID(3, 0x7ff8000000000002) },
      .vout = { OV(0, 0xfff8000000000002) } },
    { "nan_from_n_kept", A64_FNMSUB_s, 0x1f228c20, /* fnmsub s0, s1, s2, s3 */
      .vin = { IS(1, 0x7fc00003), IS(2, S_1), IS(3, S_1) }, .vout = { OV(0, 0x7fc00003) } },
    { "snan_m_dn", A64_FNMSUB_s, 0x1f228c20, /* fnmsub s0, s1, s2, s3 */ .fpcr = DN,
      .vin = { IS(1, S_1), IS(2, 0x7f800003), IS(3, S_1) }, .vout = { OV(0, S_DNAN) },
      .fpsr_out = IOC },
};

CASE_SET(fp_dp, c);
