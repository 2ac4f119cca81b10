/*
 * cases_simd_fp_misc.c — Advanced SIMD FP: two-register miscellaneous
 * (FABS/FNEG, FSQRT, FRINT*, estimates, compares with zero), conversions to
 * and from integers, FCVTN/FCVTL/FCVTXN.
 * Conventions, provenance of the expected values and the macros:
 * simd_fp_cases.h.
 */
#include "simd_fp_cases.h"

static const InsnCase c[] = {
    /* ==== two-register miscellaneous: FABS, FNEG, FSQRT, FRINT*, estimates, compare with 0 ==== */
    /* fabs v0.4s, v1.4s: v1 {-1, 0xff800001, 0x80000000, 0x7f800000} -> v0 {1, 0x7f800001,
     * 0, 0x7f800000} */
    T2("basic_4s", FABS_v, 0x4ea0f820, P(0xff800001bf800000, 0x7f80000080000000),
       P(0x7f8000013f800000, 0x7f80000000000000)),
    /* fabs v0.2d, v1.2d: v1 {0xfff0000000000000, -2.5} -> v0 {0x7ff0000000000000, 2.5} */
    T2("basic_2d", FABS_v, 0x4ee0f820, P(0xfff0000000000000, 0xc004000000000000),
       P(0x7ff0000000000000, 0x4004000000000000)),
    /* fabs v0.2s, v1.2s: v1 {0xffc00001, -0.5} -> v0 {0x7fc00001, 0.5} (FPCR DN) */
    F2("q0", FABS_v, 0x0ea0f820, P(0xbf000000ffc00001, 0x9abcdef012345678),
       P(0x3f0000007fc00001, 0x0000000000000000), DN, 0),
    /* fabs v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FABS_v, 0x0ee0f820, UNDEF },
    /* fabs v0.4s, v1.4s: FP/SIMD disabled (CPACR_EL1.FPEN = 00), EC 0x07 */
    { "fp_off", A64_FABS_v, 0x4ea0f820, FP_TRAP },
    /* fneg v0.4s, v1.4s: v1 {1, 0x7f800001, 0, 0xff800000} -> v0 {-1, 0xff800001,
     * 0x80000000, 0x7f800000} */
    T2("basic_4s", FNEG_v, 0x6ea0f820, P(0x7f8000013f800000, 0xff80000000000000),
       P(0xff800001bf800000, 0x7f80000080000000)),
    /* fneg v0.2d, v1.2d: v1 {0x7ff8000000000001, -2.5} -> v0 {0xfff8000000000001, 2.5} */
    T2("basic_2d", FNEG_v, 0x6ee0f820, P(0x7ff8000000000001, 0xc004000000000000),
       P(0xfff8000000000001, 0x4004000000000000)),
    /* fneg v0.2s, v1.2s: v1 {0x1, 0x80000000} -> v0 {0x80000001, 0} (FPCR FZ) */
    F2("q0", FNEG_v, 0x2ea0f820, P(0x8000000000000001, 0x9abcdef012345678),
       P(0x0000000080000001, 0x0000000000000000), FZ, 0),
    /* fneg v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FNEG_v, 0x2ee0f820, UNDEF },
    /* fsqrt v0.4s, v1.4s: v1 {4, 2, -1, 0x80000000} -> v0 {2, 0x3fb504f3, 0x7fc00000,
     * 0x80000000} IOC | IXC */
    F2("basic_4s", FSQRT_v, 0x6ea1f820, P(0x4000000040800000, 0x80000000bf800000),
       P(0x3fb504f340000000, 0x800000007fc00000), 0, IOC | IXC),
    /* fsqrt v0.2d, v1.2d: v1 {0.25, 0x7ff0000000000000} -> v0 {0.5, 0x7ff0000000000000} */
    T2("basic_2d", FSQRT_v, 0x6ee1f820, P(0x3fd0000000000000, 0x7ff0000000000000),
       P(0x3fe0000000000000, 0x7ff0000000000000)),
    /* fsqrt v0.2s, v1.2s: v1 {0x1, 0x80000001} -> v0 {0, 0x80000000} (FPCR FZ) IDC */
    F2("fz_2s", FSQRT_v, 0x2ea1f820, P(0x8000000100000001, 0x9abcdef012345678),
       P(0x8000000000000000, 0x0000000000000000), FZ, IDC),
    /* fsqrt v0.2s, v1.2s: v1 {0x2, 0xff800000} -> v0 {0x1a800000, 0x7fc00000} IOC */
    F2("denormal_2s", FSQRT_v, 0x2ea1f820, P(0xff80000000000002, 0x9abcdef012345678),
       P(0x7fc000001a800000, 0x0000000000000000), 0, IOC),
    /* fsqrt v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FSQRT_v, 0x2ee1f820, UNDEF },
    /* frintn v0.4s, v1.4s: v1 {2.5, 3.5, -0.5, 1.375} -> v0 {2, 4, 0x80000000, 1} */
    T2("basic_4s", FRINTN_v, 0x4e218820, P(0x4060000040200000, 0x3fb00000bf000000),
       P(0x4080000040000000, 0x3f80000080000000)),
    /* frintn v0.2d, v1.2d: v1 {0.5, -1.5} -> v0 {0, -2} */
    T2("basic_2d", FRINTN_v, 0x4e618820, P(0x3fe0000000000000, 0xbff8000000000000),
       P(0x0000000000000000, 0xc000000000000000)),
    /* frintn v0.2s, v1.2s: v1 {0x7f800001, 8388609} -> v0 {0x7fc00001, 8388609} (FPCR RP)
     * IOC */
    F2("nan_2s", FRINTN_v, 0x0e218820, P(0x4b0000017f800001, 0x9abcdef012345678),
       P(0x4b0000017fc00001, 0x0000000000000000), RP, IOC),
    /* frintn v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FRINTN_v, 0x0e618820, UNDEF },
    /* frintm v0.4s, v1.4s: v1 {-1.5, 1.5, 0x80000000, 0.5} -> v0 {-2, 1, 0x80000000, 0} */
    T2("basic_4s", FRINTM_v, 0x4e219820, P(0x3fc00000bfc00000, 0x3f00000080000000),
       P(0x3f800000c0000000, 0x0000000080000000)),
    /* frintm v0.2d, v1.2d: v1 {-0.25, 2} -> v0 {-1, 2} */
    T2("basic_2d", FRINTM_v, 0x4e619820, P(0xbfd0000000000000, 0x4000000000000000),
       P(0xbff0000000000000, 0x4000000000000000)),
    /* frintm v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FRINTM_v, 0x0e619820, UNDEF },
    /* frintp v0.4s, v1.4s: v1 {1.25, -0.5, -1.5, 2} -> v0 {2, 0x80000000, -1, 2} */
    T2("basic_4s", FRINTP_v, 0x4ea18820, P(0xbf0000003fa00000, 0x40000000bfc00000),
       P(0x8000000040000000, 0x40000000bf800000)),
    /* frintp v0.2d, v1.2d: v1 {0.25, 0xfff0000000000000} -> v0 {1, 0xfff0000000000000} */
    T2("basic_2d", FRINTP_v, 0x4ee18820, P(0x3fd0000000000000, 0xfff0000000000000),
       P(0x3ff0000000000000, 0xfff0000000000000)),
    /* frintp v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FRINTP_v, 0x0ee18820, UNDEF },
    /* frintz v0.4s, v1.4s: v1 {-1.75, 1.75, -0.5, 3} -> v0 {-1, 1, 0x80000000, 3} */
    T2("basic_4s", FRINTZ_v, 0x4ea19820, P(0x3fe00000bfe00000, 0x40400000bf000000),
       P(0x3f800000bf800000, 0x4040000080000000)),
    /* frintz v0.2d, v1.2d: v1 {2.251799814e+15, -0.75} -> v0 {2^51, -0} */
    T2("basic_2d", FRINTZ_v, 0x4ee19820, P(0x4320000000000001, 0xbfe8000000000000),
       P(0x4320000000000000, 0x8000000000000000)),
    /* frintz v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FRINTZ_v, 0x0ee19820, UNDEF },
    /* frinta v0.4s, v1.4s: v1 {2.5, -2.5, 0.5, -0.25} -> v0 {3, -3, 1, 0x80000000} */
    T2("basic_4s", FRINTA_v, 0x6e218820, P(0xc020000040200000, 0xbe8000003f000000),
       P(0xc040000040400000, 0x800000003f800000)),
    /* frinta v0.2d, v1.2d: v1 {1.5, -0.5} -> v0 {2, -1} */
    T2("basic_2d", FRINTA_v, 0x6e618820, P(0x3ff8000000000000, 0xbfe0000000000000),
       P(0x4000000000000000, 0xbff0000000000000)),
    /* frinta v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FRINTA_v, 0x2e618820, UNDEF },
    /* frintx v0.4s, v1.4s: v1 {2.5, 3, -0.5, 1.5} -> v0 {2, 3, 0x80000000, 2} IXC */
    F2("rne_4s", FRINTX_v, 0x6e219820, P(0x4040000040200000, 0x3fc00000bf000000),
       P(0x4040000040000000, 0x4000000080000000), 0, IXC),
    /* frintx v0.2s, v1.2s: v1 {2.5, -2.5} -> v0 {3, -2} (FPCR RP) IXC */
    F2("rp_2s", FRINTX_v, 0x2e219820, P(0xc020000040200000, 0x9abcdef012345678),
       P(0xc000000040400000, 0x0000000000000000), RP, IXC),
    /* frintx v0.2d, v1.2d: v1 {4, 0x7ff0000000000000} -> v0 {4, 0x7ff0000000000000} */
    T2("exact_2d", FRINTX_v, 0x6e619820, P(0x4010000000000000, 0x7ff0000000000000),
       P(0x4010000000000000, 0x7ff0000000000000)),
    /* frintx v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FRINTX_v, 0x2e619820, UNDEF },
    /* frinti v0.4s, v1.4s: v1 {2.5, -2.5, 1, -0.5} -> v0 {2, -3, 1, -1} (FPCR RM) */
    F2("rm_4s", FRINTI_v, 0x6ea19820, P(0xc020000040200000, 0xbf0000003f800000),
       P(0xc040000040000000, 0xbf8000003f800000), RM, 0),
    /* frinti v0.2d, v1.2d: v1 {-1.5, 1.5} -> v0 {-1, 1} (FPCR RZ) */
    F2("rz_2d", FRINTI_v, 0x6ee19820, P(0xbff8000000000000, 0x3ff8000000000000),
       P(0xbff0000000000000, 0x3ff0000000000000), RZ, 0),
    /* frinti v0.2s, v1.2s: v1 {0.5, 1.5} -> v0 {0, 2} */
    T2("rn_2s", FRINTI_v, 0x2ea19820, P(0x3fc000003f000000, 0x9abcdef012345678),
       P(0x4000000000000000, 0x0000000000000000)),
    /* frinti v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FRINTI_v, 0x2ee19820, UNDEF },
    /* frecpe v0.4s, v1.4s: v1 {1, 2, 0, 0x7f800000} -> v0 {0x3f7f8000, 0x3eff8000,
     * 0x7f800000, 0} DZC */
    F2("basic_4s", FRECPE_v, 0x4ea1d820, P(0x400000003f800000, 0x7f80000000000000),
       P(0x3eff80003f7f8000, 0x000000007f800000), 0, DZC),
    /* frecpe v0.2s, v1.2s: v1 {0x1, 0x80000001} -> v0 {0x7f800000, 0xff800000} OFC | IXC */
    F2("tiny_2s", FRECPE_v, 0x0ea1d820, P(0x8000000100000001, 0x9abcdef012345678),
       P(0xff8000007f800000, 0x0000000000000000), 0, OFC | IXC),
    /* frecpe v0.2s, v1.2s: v1 {0x1, 0x80000001} -> v0 {0x7f7fffff, 0xff7fffff} (FPCR RZ)
     * OFC | IXC */
    F2("tiny_rz_2s", FRECPE_v, 0x0ea1d820, P(0x8000000100000001, 0x9abcdef012345678),
       P(0xff7fffff7f7fffff, 0x0000000000000000), RZ, OFC | IXC),
    /* frecpe v0.2s, v1.2s: v1 {0x1, 0x7fc00001} -> v0 {0x7f800000, 0x7fc00001} (FPCR FZ)
     * DZC | IDC */
    F2("fz_2s", FRECPE_v, 0x0ea1d820, P(0x7fc0000100000001, 0x9abcdef012345678),
       P(0x7fc000017f800000, 0x0000000000000000), FZ, DZC | IDC),
    /* frecpe v0.2d, v1.2d: v1 {1, -2} -> v0 {0x3feff00000000000, 0xbfdff00000000000} */
    T2("basic_2d", FRECPE_v, 0x4ee1d820, P(0x3ff0000000000000, 0xc000000000000000),
       P(0x3feff00000000000, 0xbfdff00000000000)),
    /* frecpe v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FRECPE_v, 0x0ee1d820, UNDEF },
    /* frsqrte v0.4s, v1.4s: v1 {1, 4, -1, 0x80000000} -> v0 {0x3f7f8000, 0x3eff8000,
     * 0x7fc00000, 0xff800000} IOC | DZC */
    F2("basic_4s", FRSQRTE_v, 0x6ea1d820, P(0x408000003f800000, 0x80000000bf800000),
       P(0x3eff80003f7f8000, 0xff8000007fc00000), 0, IOC | DZC),
    /* frsqrte v0.2d, v1.2d: v1 {1, 0.25} -> v0 {0x3feff00000000000, 0x3ffff00000000000} */
    T2("basic_2d", FRSQRTE_v, 0x6ee1d820, P(0x3ff0000000000000, 0x3fd0000000000000),
       P(0x3feff00000000000, 0x3ffff00000000000)),
    /* frsqrte v0.2s, v1.2s: v1 {0x7f800000, 0x7f800001} -> v0 {0, 0x7fc00001} IOC */
    F2("q0", FRSQRTE_v, 0x2ea1d820, P(0x7f8000017f800000, 0x9abcdef012345678),
       P(0x7fc0000100000000, 0x0000000000000000), 0, IOC),
    /* frsqrte v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FRSQRTE_v, 0x2ee1d820, UNDEF },
    /* fcmgt v0.4s, v1.4s, #0.0: v1 {1, -1, 0x80000000, 0x7fc00001} -> v0 {ones, 0x0, 0x0,
     * 0x0} IOC */
    F2("basic_4s", FCMGT_v_zero, 0x4ea0c820, P(0xbf8000003f800000, 0x7fc0000180000000),
       P(0x00000000ffffffff, 0x0000000000000000), 0, IOC),
    /* fcmgt v0.2d, v1.2d, #0.0: v1 {0x7ff0000000000000, 0} -> v0 {ones, 0x0} */
    T2("basic_2d", FCMGT_v_zero, 0x4ee0c820, P(0x7ff0000000000000, 0x0000000000000000),
       P(0xffffffffffffffff, 0x0000000000000000)),
    /* fcmgt v0.2d, v1.2d, #0.0 with Q = 0 */
    { "sz1_q0", A64_FCMGT_v_zero, 0x0ee0c820, UNDEF },
    /* fcmeq v0.4s, v1.4s, #0.0: v1 {0, 0x80000000, 1, 0x7fc00001} -> v0 {ones, ones, 0x0,
     * 0x0} */
    T2("basic_4s", FCMEQ_v_zero, 0x4ea0d820, P(0x8000000000000000, 0x7fc000013f800000),
       P(0xffffffffffffffff, 0x0000000000000000)),
    /* fcmeq v0.2d, v1.2d, #0.0: v1 {0x7ff0000000000001, 0x1} -> v0 {0x0, 0x0} IOC */
    F2("snan_2d", FCMEQ_v_zero, 0x4ee0d820, P(0x7ff0000000000001, 0x0000000000000001),
       P(0x0000000000000000, 0x0000000000000000), 0, IOC),
    /* fcmeq v0.2s, v1.2s, #0.0: v1 {0x1, 0x80000001} -> v0 {ones, ones} (FPCR FZ) IDC */
    F2("fz_2s", FCMEQ_v_zero, 0x0ea0d820, P(0x8000000100000001, 0x9abcdef012345678),
       P(0xffffffffffffffff, 0x0000000000000000), FZ, IDC),
    /* fcmeq v0.2d, v1.2d, #0.0 with Q = 0 */
    { "sz1_q0", A64_FCMEQ_v_zero, 0x0ee0d820, UNDEF },
    /* fcmlt v0.4s, v1.4s, #0.0: v1 {-1, 0x80000000, 1, 0xff800000} -> v0 {ones, 0x0, 0x0,
     * ones} */
    T2("basic_4s", FCMLT_v_zero, 0x4ea0e820, P(0x80000000bf800000, 0xff8000003f800000),
       P(0x00000000ffffffff, 0xffffffff00000000)),
    /* fcmlt v0.2d, v1.2d, #0.0: v1 {0x7ff8000000000001, -2} -> v0 {0x0, ones} IOC */
    F2("qnan_2d", FCMLT_v_zero, 0x4ee0e820, P(0x7ff8000000000001, 0xc000000000000000),
       P(0x0000000000000000, 0xffffffffffffffff), 0, IOC),
    /* fcmlt v0.2d, v1.2d, #0.0 with Q = 0 */
    { "sz1_q0", A64_FCMLT_v_zero, 0x0ee0e820, UNDEF },
    /* fcmge v0.4s, v1.4s, #0.0: v1 {0, 0x80000000, -1, 0x7fc00001} -> v0 {ones, ones, 0x0,
     * 0x0} IOC */
    F2("basic_4s", FCMGE_v_zero, 0x6ea0c820, P(0x8000000000000000, 0x7fc00001bf800000),
       P(0xffffffffffffffff, 0x0000000000000000), 0, IOC),
    /* fcmge v0.2d, v1.2d, #0.0: v1 {0xfff0000000000000, 1} -> v0 {0x0, ones} */
    T2("basic_2d", FCMGE_v_zero, 0x6ee0c820, P(0xfff0000000000000, 0x3ff0000000000000),
       P(0x0000000000000000, 0xffffffffffffffff)),
    /* fcmge v0.2d, v1.2d, #0.0 with Q = 0 */
    { "sz1_q0", A64_FCMGE_v_zero, 0x2ee0c820, UNDEF },
    /* fcmle v0.4s, v1.4s, #0.0: v1 {0, -1, 1, 0x7fc00001} -> v0 {ones, ones, 0x0, 0x0} IOC */
    F2("basic_4s", FCMLE_v_zero, 0x6ea0d820, P(0xbf80000000000000, 0x7fc000013f800000),
       P(0xffffffffffffffff, 0x0000000000000000), 0, IOC),
    /* fcmle v0.2d, v1.2d, #0.0: v1 {0x8000000000000000, 0x1} -> v0 {ones, 0x0} */
    T2("basic_2d", FCMLE_v_zero, 0x6ee0d820, P(0x8000000000000000, 0x0000000000000001),
       P(0xffffffffffffffff, 0x0000000000000000)),
    /* fcmle v0.2d, v1.2d, #0.0 with Q = 0 */
    { "sz1_q0", A64_FCMLE_v_zero, 0x2ee0d820, UNDEF },
    /* fcmgt s0, s1, #0.0: v1 {1} -> v0 {ones} */
    T2("pos_s", FCMGT_sc_zero, 0x5ea0c820, P(0x9abcdef03f800000, 0x9abcdef012345678),
       P(0x00000000ffffffff, 0x0000000000000000)),
    /* fcmgt d0, d1, #0.0: v1 {-1} -> v0 {0x0} */
    T2("neg_d", FCMGT_sc_zero, 0x5ee0c820, P(0xbff0000000000000, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000)),
    /* fcmgt s0, s1, #0.0: v1 {0x7fc00001} -> v0 {0x0} IOC */
    F2("qnan_s", FCMGT_sc_zero, 0x5ea0c820, P(0x9abcdef07fc00001, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000), 0, IOC),
    /* fcmeq s0, s1, #0.0: v1 {0x80000000} -> v0 {ones} */
    T2("negzero_s", FCMEQ_sc_zero, 0x5ea0d820, P(0x9abcdef080000000, 0x9abcdef012345678),
       P(0x00000000ffffffff, 0x0000000000000000)),
    /* fcmeq d0, d1, #0.0: v1 {0x7ff8000000000001} -> v0 {0x0} */
    T2("qnan_d", FCMEQ_sc_zero, 0x5ee0d820, P(0x7ff8000000000001, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000)),
    /* fcmeq d0, d1, #0.0: v1 {0x1} -> v0 {0x0} */
    T2("denormal_d", FCMEQ_sc_zero, 0x5ee0d820, P(0x0000000000000001, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000)),
    /* fcmlt s0, s1, #0.0: v1 {-1} -> v0 {ones} */
    T2("neg_s", FCMLT_sc_zero, 0x5ea0e820, P(0x9abcdef0bf800000, 0x9abcdef012345678),
       P(0x00000000ffffffff, 0x0000000000000000)),
    /* fcmlt d0, d1, #0.0: v1 {0x8000000000000000} -> v0 {0x0} */
    T2("zero_d", FCMLT_sc_zero, 0x5ee0e820, P(0x8000000000000000, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000)),
    /* fcmlt d0, d1, #0.0: v1 {0x7ff0000000000001} -> v0 {0x0} IOC */
    F2("snan_d", FCMLT_sc_zero, 0x5ee0e820, P(0x7ff0000000000001, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000), 0, IOC),
    /* fcmge s0, s1, #0.0: v1 {0} -> v0 {ones} */
    T2("zero_s", FCMGE_sc_zero, 0x7ea0c820, P(0x9abcdef000000000, 0x9abcdef012345678),
       P(0x00000000ffffffff, 0x0000000000000000)),
    /* fcmge d0, d1, #0.0: v1 {-2^-1000} -> v0 {0x0} */
    T2("neg_d", FCMGE_sc_zero, 0x7ee0c820, P(0x8170000000000000, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000)),
    /* fcmge d0, d1, #0.0: v1 {0x8000000000000001} -> v0 {ones} (FPCR FZ) IDC */
    F2("fz_d", FCMGE_sc_zero, 0x7ee0c820, P(0x8000000000000001, 0x9abcdef012345678),
       P(0xffffffffffffffff, 0x0000000000000000), FZ, IDC),
    /* fcmle s0, s1, #0.0: v1 {0x80000000} -> v0 {ones} */
    T2("negzero_s", FCMLE_sc_zero, 0x7ea0d820, P(0x9abcdef080000000, 0x9abcdef012345678),
       P(0x00000000ffffffff, 0x0000000000000000)),
    /* fcmle d0, d1, #0.0: v1 {2^-1000} -> v0 {0x0} */
    T2("pos_d", FCMLE_sc_zero, 0x7ee0d820, P(0x0170000000000000, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000)),
    /* fcmle s0, s1, #0.0: v1 {0xffc00000} -> v0 {0x0} IOC */
    F2("qnan_s", FCMLE_sc_zero, 0x7ea0d820, P(0x9abcdef0ffc00000, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000), 0, IOC),
    /* fcmle s0, s1, #0.0: FP/SIMD disabled (CPACR_EL1.FPEN = 00), EC 0x07 */
    { "fp_off", A64_FCMLE_sc_zero, 0x7ea0d820, FP_TRAP },
    /* frecpe s0, s1: v1 {1} -> v0 {0x3f7f8000} */
    T2("one_s", FRECPE_sc, 0x5ea1d820, P(0x9abcdef03f800000, 0x9abcdef012345678),
       P(0x000000003f7f8000, 0x0000000000000000)),
    /* frecpe d0, d1: v1 {2} -> v0 {0x3fdff00000000000} */
    T2("two_d", FRECPE_sc, 0x5ee1d820, P(0x4000000000000000, 0x9abcdef012345678),
       P(0x3fdff00000000000, 0x0000000000000000)),
    /* frecpe s0, s1: v1 {0x80000000} -> v0 {0xff800000} DZC */
    F2("negzero_s", FRECPE_sc, 0x5ea1d820, P(0x9abcdef080000000, 0x9abcdef012345678),
       P(0x00000000ff800000, 0x0000000000000000), 0, DZC),
    /* frecpe d0, d1: v1 {2^1023} -> v0 {0x7fc0000000000} */
    T2("huge_d", FRECPE_sc, 0x5ee1d820, P(0x7fe0000000000000, 0x9abcdef012345678),
       P(0x0007fc0000000000, 0x0000000000000000)),
    /* frecpe d0, d1: v1 {2^1023} -> v0 {0x0} (FPCR FZ) UFC */
    F2("huge_fz_d", FRECPE_sc, 0x5ee1d820, P(0x7fe0000000000000, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000), FZ, UFC),
    /* frsqrte s0, s1: v1 {4} -> v0 {0x3eff8000} */
    T2("four_s", FRSQRTE_sc, 0x7ea1d820, P(0x9abcdef040800000, 0x9abcdef012345678),
       P(0x000000003eff8000, 0x0000000000000000)),
    /* frsqrte d0, d1: v1 {1} -> v0 {0x3feff00000000000} */
    T2("one_d", FRSQRTE_sc, 0x7ee1d820, P(0x3ff0000000000000, 0x9abcdef012345678),
       P(0x3feff00000000000, 0x0000000000000000)),
    /* frsqrte d0, d1: v1 {-1} -> v0 {0x7ff8000000000000} IOC */
    F2("neg_d", FRSQRTE_sc, 0x7ee1d820, P(0xbff0000000000000, 0x9abcdef012345678),
       P(0x7ff8000000000000, 0x0000000000000000), 0, IOC),
    /* frecpx s0, s1: v1 {1} -> v0 {2} */
    T2("one_s", FRECPX_sc, 0x5ea1f820, P(0x9abcdef03f800000, 0x9abcdef012345678),
       P(0x0000000040000000, 0x0000000000000000)),
    /* frecpx s0, s1: v1 {-3} -> v0 {-1} */
    T2("three_s", FRECPX_sc, 0x5ea1f820, P(0x9abcdef0c0400000, 0x9abcdef012345678),
       P(0x00000000bf800000, 0x0000000000000000)),
    /* frecpx s0, s1: v1 {0} -> v0 {0x7f000000} */
    T2("zero_s", FRECPX_sc, 0x5ea1f820, P(0x9abcdef000000000, 0x9abcdef012345678),
       P(0x000000007f000000, 0x0000000000000000)),
    /* frecpx d0, d1: v1 {0xfff0000000000000} -> v0 {0x8000000000000000} */
    T2("inf_d", FRECPX_sc, 0x5ee1f820, P(0xfff0000000000000, 0x9abcdef012345678),
       P(0x8000000000000000, 0x0000000000000000)),
    /* frecpx d0, d1: v1 {1} -> v0 {2} */
    T2("one_d", FRECPX_sc, 0x5ee1f820, P(0x3ff0000000000000, 0x9abcdef012345678),
       P(0x4000000000000000, 0x0000000000000000)),
    /* frecpx s0, s1: v1 {0x7f800001} -> v0 {0x7fc00001} IOC */
    F2("snan_s", FRECPX_sc, 0x5ea1f820, P(0x9abcdef07f800001, 0x9abcdef012345678),
       P(0x000000007fc00001, 0x0000000000000000), 0, IOC),
    /* frecpx s0, s1: v1 {0x80000003} -> v0 {0xff000000} (FPCR FZ) IDC */
    F2("denormal_fz_s", FRECPX_sc, 0x5ea1f820, P(0x9abcdef080000003, 0x9abcdef012345678),
       P(0x00000000ff000000, 0x0000000000000000), FZ, IDC),

    /* ==== conversions between FP and integer (vector and scalar) ==== */
    /* fcvtns v0.4s, v1.4s: v1 {2.5, -2.5, 3.5, -0.5} -> v0 {0x2, 0xfffffffe, 0x4, 0x0} IXC */
    F2("basic_4s", FCVTNS_v, 0x4e21a820, P(0xc020000040200000, 0xbf00000040600000),
       P(0xfffffffe00000002, 0x0000000000000004), 0, IXC),
    /* fcvtns v0.4s, v1.4s: v1 {2^40, -2^40, 0x7fc00001, 0x7f800000} -> v0 {0x7fffffff,
     * 0x80000000, 0x0, 0x7fffffff} IOC */
    F2("sat_4s", FCVTNS_v, 0x4e21a820, P(0xd380000053800000, 0x7f8000007fc00001),
       P(0x800000007fffffff, 0x7fffffff00000000), 0, IOC),
    /* fcvtns v0.2d, v1.2d: v1 {2^62, -1.5} -> v0 {0x4000000000000000, 0xfffffffffffffffe}
     * IXC */
    F2("basic_2d", FCVTNS_v, 0x4e61a820, P(0x43d0000000000000, 0xbff8000000000000),
       P(0x4000000000000000, 0xfffffffffffffffe), 0, IXC),
    /* fcvtns v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FCVTNS_v, 0x0e61a820, UNDEF },
    /* fcvtnu v0.4s, v1.4s: v1 {2.5, -1, 2^40, -0.375} -> v0 {0x2, 0x0, 0xffffffff, 0x0} IOC
     * | IXC */
    F2("basic_4s", FCVTNU_v, 0x6e21a820, P(0xbf80000040200000, 0xbec0000053800000),
       P(0x0000000000000002, 0x00000000ffffffff), 0, IOC | IXC),
    /* fcvtnu v0.2d, v1.2d: v1 {2^63, 0.5} -> v0 {0x8000000000000000, 0x0} IXC */
    F2("basic_2d", FCVTNU_v, 0x6e61a820, P(0x43e0000000000000, 0x3fe0000000000000),
       P(0x8000000000000000, 0x0000000000000000), 0, IXC),
    /* fcvtnu v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FCVTNU_v, 0x2e61a820, UNDEF },
    /* fcvtms v0.4s, v1.4s: v1 {-0.5, 1.875, -2, 0} -> v0 {0xffffffff, 0x1, 0xfffffffe, 0x0}
     * IXC */
    F2("basic_4s", FCVTMS_v, 0x4e21b820, P(0x3ff00000bf000000, 0x00000000c0000000),
       P(0x00000001ffffffff, 0x00000000fffffffe), 0, IXC),
    /* fcvtms v0.2d, v1.2d: v1 {-2^63, -9.223372037e+18} -> v0 {0x8000000000000000,
     * 0x8000000000000000} IOC */
    F2("sat_2d", FCVTMS_v, 0x4e61b820, P(0xc3e0000000000000, 0xc3e0000000000001),
       P(0x8000000000000000, 0x8000000000000000), 0, IOC),
    /* fcvtms v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FCVTMS_v, 0x0e61b820, UNDEF },
    /* fcvtmu v0.4s, v1.4s: v1 {1.875, -0.5, 0x4f7fffff, 0} -> v0 {0x1, 0x0, 0xffffff00,
     * 0x0} IOC | IXC */
    F2("basic_4s", FCVTMU_v, 0x6e21b820, P(0xbf0000003ff00000, 0x000000004f7fffff),
       P(0x0000000000000001, 0x00000000ffffff00), 0, IOC | IXC),
    /* fcvtmu v0.2d, v1.2d: v1 {0x7ff0000000000000, 1.844674407e+19} -> v0
     * {0xffffffffffffffff, 0xfffffffffffff800} IOC */
    F2("basic_2d", FCVTMU_v, 0x6e61b820, P(0x7ff0000000000000, 0x43efffffffffffff),
       P(0xffffffffffffffff, 0xfffffffffffff800), 0, IOC),
    /* fcvtmu v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FCVTMU_v, 0x2e61b820, UNDEF },
    /* fcvtps v0.4s, v1.4s: v1 {1.25, -1.25, 0, 0x80000000} -> v0 {0x2, 0xffffffff, 0x0,
     * 0x0} IXC */
    F2("basic_4s", FCVTPS_v, 0x4ea1a820, P(0xbfa000003fa00000, 0x8000000000000000),
       P(0xffffffff00000002, 0x0000000000000000), 0, IXC),
    /* fcvtps v0.2d, v1.2d: v1 {2^-1074, 0xfff0000000000000} -> v0 {0x1, 0x8000000000000000}
     * IOC | IXC */
    F2("basic_2d", FCVTPS_v, 0x4ee1a820, P(0x0000000000000001, 0xfff0000000000000),
       P(0x0000000000000001, 0x8000000000000000), 0, IOC | IXC),
    /* fcvtps v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FCVTPS_v, 0x0ee1a820, UNDEF },
    /* fcvtpu v0.4s, v1.4s: v1 {0.125, -0.875, 3, 0x7fc00001} -> v0 {0x1, 0x0, 0x3, 0x0} IOC
     * | IXC */
    F2("basic_4s", FCVTPU_v, 0x6ea1a820, P(0xbf6000003e000000, 0x7fc0000140400000),
       P(0x0000000000000001, 0x0000000000000003), 0, IOC | IXC),
    /* fcvtpu v0.2s, v1.2s: v1 {0x1, 0.5} -> v0 {0x0, 0x1} (FPCR FZ) IXC | IDC */
    F2("fz_2s", FCVTPU_v, 0x2ea1a820, P(0x3f00000000000001, 0x9abcdef012345678),
       P(0x0000000100000000, 0x0000000000000000), FZ, IXC | IDC),
    /* fcvtpu v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FCVTPU_v, 0x2ee1a820, UNDEF },
    /* fcvtzs v0.4s, v1.4s: v1 {-1.875, 1.875, 2^31, -2^31} -> v0 {0xffffffff, 0x1,
     * 0x7fffffff, 0x80000000} IOC | IXC */
    F2("basic_4s", FCVTZS_v, 0x4ea1b820, P(0x3ff00000bff00000, 0xcf0000004f000000),
       P(0x00000001ffffffff, 0x800000007fffffff), 0, IOC | IXC),
    /* fcvtzs v0.2d, v1.2d: v1 {0x1, 0x8000000000000000} -> v0 {0x0, 0x0} IXC */
    F2("denormal_2d", FCVTZS_v, 0x4ee1b820, P(0x0000000000000001, 0x8000000000000000),
       P(0x0000000000000000, 0x0000000000000000), 0, IXC),
    /* fcvtzs v0.2d, v1.2d: v1 {0x1, 0x8000000000000000} -> v0 {0x0, 0x0} (FPCR FZ) IDC */
    F2("fz_2d", FCVTZS_v, 0x4ee1b820, P(0x0000000000000001, 0x8000000000000000),
       P(0x0000000000000000, 0x0000000000000000), FZ, IDC),
    /* fcvtzs v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FCVTZS_v, 0x0ee1b820, UNDEF },
    /* fcvtzu v0.4s, v1.4s: v1 {1.875, -0.875, 2^32, 3} -> v0 {0x1, 0x0, 0xffffffff, 0x3}
     * IOC | IXC */
    F2("basic_4s", FCVTZU_v, 0x6ea1b820, P(0xbf6000003ff00000, 0x404000004f800000),
       P(0x0000000000000001, 0x00000003ffffffff), 0, IOC | IXC),
    /* fcvtzu v0.2d, v1.2d: v1 {2^64, 12345.75} -> v0 {0xffffffffffffffff, 0x3039} IOC | IXC */
    F2("basic_2d", FCVTZU_v, 0x6ee1b820, P(0x43f0000000000000, 0x40c81ce000000000),
       P(0xffffffffffffffff, 0x0000000000003039), 0, IOC | IXC),
    /* fcvtzu v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FCVTZU_v, 0x2ee1b820, UNDEF },
    /* fcvtas v0.4s, v1.4s: v1 {2.5, -2.5, 1.5, -0.375} -> v0 {0x3, 0xfffffffd, 0x2, 0x0}
     * IXC */
    F2("basic_4s", FCVTAS_v, 0x4e21c820, P(0xc020000040200000, 0xbec000003fc00000),
       P(0xfffffffd00000003, 0x0000000000000002), 0, IXC),
    /* fcvtas v0.2d, v1.2d: v1 {0.5, -0.5} -> v0 {0x1, 0xffffffffffffffff} IXC */
    F2("basic_2d", FCVTAS_v, 0x4e61c820, P(0x3fe0000000000000, 0xbfe0000000000000),
       P(0x0000000000000001, 0xffffffffffffffff), 0, IXC),
    /* fcvtas v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FCVTAS_v, 0x0e61c820, UNDEF },
    /* fcvtau v0.4s, v1.4s: v1 {2.5, 0.5, -0.5, -0.25} -> v0 {0x3, 0x1, 0x0, 0x0} IOC | IXC */
    F2("basic_4s", FCVTAU_v, 0x6e21c820, P(0x3f00000040200000, 0xbe800000bf000000),
       P(0x0000000100000003, 0x0000000000000000), 0, IOC | IXC),
    /* fcvtau v0.2d, v1.2d: v1 {1.5, 0x7ff8000000000001} -> v0 {0x2, 0x0} IOC | IXC */
    F2("basic_2d", FCVTAU_v, 0x6e61c820, P(0x3ff8000000000000, 0x7ff8000000000001),
       P(0x0000000000000002, 0x0000000000000000), 0, IOC | IXC),
    /* fcvtau v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FCVTAU_v, 0x2e61c820, UNDEF },
    /* scvtf v0.4s, v1.4s: v1 {0x1, 0xffffffff, 0x7fffffff, 0x0} -> v0 {1, -1, 0x4f000000,
     * 0} IXC */
    F2("basic_4s", SCVTF_v, 0x4e21d820, P(0xffffffff00000001, 0x000000007fffffff),
       P(0xbf8000003f800000, 0x000000004f000000), 0, IXC),
    /* scvtf v0.4s, v1.4s: v1 {0x1, 0xffffffff, 0x7fffffff, 0x80000001} -> v0 {1, -1,
     * 0x4effffff, 0xceffffff} (FPCR RZ) IXC */
    F2("rz_4s", SCVTF_v, 0x4e21d820, P(0xffffffff00000001, 0x800000017fffffff),
       P(0xbf8000003f800000, 0xceffffff4effffff), RZ, IXC),
    /* scvtf v0.2d, v1.2d: v1 {0x8000000000000000, 0x3} -> v0 {-2^63, 3} */
    T2("basic_2d", SCVTF_v, 0x4e61d820, P(0x8000000000000000, 0x0000000000000003),
       P(0xc3e0000000000000, 0x4008000000000000)),
    /* scvtf v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_SCVTF_v, 0x0e61d820, UNDEF },
    /* ucvtf v0.4s, v1.4s: v1 {0x1, 0xffffffff, 0x80000000, 0x0} -> v0 {1, 2^32, 2^31, 0}
     * IXC */
    F2("basic_4s", UCVTF_v, 0x6e21d820, P(0xffffffff00000001, 0x0000000080000000),
       P(0x4f8000003f800000, 0x000000004f000000), 0, IXC),
    /* ucvtf v0.2d, v1.2d: v1 {0xffffffffffffffff, 0x1} -> v0 {2^64, 1} IXC */
    F2("basic_2d", UCVTF_v, 0x6e61d820, P(0xffffffffffffffff, 0x0000000000000001),
       P(0x43f0000000000000, 0x3ff0000000000000), 0, IXC),
    /* ucvtf v0.2s, v1.2s: v1 {0xffffffff, 0x1000001} -> v0 {0x4f7fffff, 2^24} (FPCR RM) IXC */
    F2("rm_2s", UCVTF_v, 0x2e21d820, P(0x01000001ffffffff, 0x9abcdef012345678),
       P(0x4b8000004f7fffff, 0x0000000000000000), RM, IXC),
    /* ucvtf v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_UCVTF_v, 0x2e61d820, UNDEF },
    /* fcvtns s0, s1: v1 {2.5} -> v0 {0x2} IXC */
    F2("tie_s", FCVTNS_sc, 0x5e21a820, P(0x9abcdef040200000, 0x9abcdef012345678),
       P(0x0000000000000002, 0x0000000000000000), 0, IXC),
    /* fcvtns d0, d1: v1 {-3.5} -> v0 {0xfffffffffffffffc} IXC */
    F2("tie_d", FCVTNS_sc, 0x5e61a820, P(0xc00c000000000000, 0x9abcdef012345678),
       P(0xfffffffffffffffc, 0x0000000000000000), 0, IXC),
    /* fcvtns s0, s1: v1 {0x7fc00001} -> v0 {0x0} IOC */
    F2("nan_s", FCVTNS_sc, 0x5e21a820, P(0x9abcdef07fc00001, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000), 0, IOC),
    /* fcvtns d0, d1: FP/SIMD disabled (CPACR_EL1.FPEN = 00), EC 0x07 */
    { "fp_off", A64_FCVTNS_sc, 0x5e61a820, FP_TRAP },
    /* fcvtnu s0, s1: v1 {3.5} -> v0 {0x4} IXC */
    F2("tie_s", FCVTNU_sc, 0x7e21a820, P(0x9abcdef040600000, 0x9abcdef012345678),
       P(0x0000000000000004, 0x0000000000000000), 0, IXC),
    /* fcvtnu d0, d1: v1 {1e+300} -> v0 {0xffffffffffffffff} IOC */
    F2("sat_d", FCVTNU_sc, 0x7e61a820, P(0x7e37e43c8800759c, 0x9abcdef012345678),
       P(0xffffffffffffffff, 0x0000000000000000), 0, IOC),
    /* fcvtnu s0, s1: v1 {-1} -> v0 {0x0} IOC */
    F2("neg_s", FCVTNU_sc, 0x7e21a820, P(0x9abcdef0bf800000, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000), 0, IOC),
    /* fcvtms s0, s1: v1 {-0.5} -> v0 {0xffffffff} IXC */
    F2("neg_s", FCVTMS_sc, 0x5e21b820, P(0x9abcdef0bf000000, 0x9abcdef012345678),
       P(0x00000000ffffffff, 0x0000000000000000), 0, IXC),
    /* fcvtms d0, d1: v1 {2.5} -> v0 {0x2} IXC */
    F2("pos_d", FCVTMS_sc, 0x5e61b820, P(0x4004000000000000, 0x9abcdef012345678),
       P(0x0000000000000002, 0x0000000000000000), 0, IXC),
    /* fcvtms s0, s1: v1 {0xff800000} -> v0 {0x80000000} IOC */
    F2("sat_s", FCVTMS_sc, 0x5e21b820, P(0x9abcdef0ff800000, 0x9abcdef012345678),
       P(0x0000000080000000, 0x0000000000000000), 0, IOC),
    /* fcvtmu s0, s1: v1 {2.75} -> v0 {0x2} IXC */
    F2("pos_s", FCVTMU_sc, 0x7e21b820, P(0x9abcdef040300000, 0x9abcdef012345678),
       P(0x0000000000000002, 0x0000000000000000), 0, IXC),
    /* fcvtmu d0, d1: v1 {-1} -> v0 {0x0} IOC */
    F2("neg_d", FCVTMU_sc, 0x7e61b820, P(0xbff0000000000000, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000), 0, IOC),
    /* fcvtmu d0, d1: v1 {2^63} -> v0 {0x8000000000000000} */
    T2("exact_d", FCVTMU_sc, 0x7e61b820, P(0x43e0000000000000, 0x9abcdef012345678),
       P(0x8000000000000000, 0x0000000000000000)),
    /* fcvtps s0, s1: v1 {1.25} -> v0 {0x2} IXC */
    F2("pos_s", FCVTPS_sc, 0x5ea1a820, P(0x9abcdef03fa00000, 0x9abcdef012345678),
       P(0x0000000000000002, 0x0000000000000000), 0, IXC),
    /* fcvtps d0, d1: v1 {-1.5} -> v0 {0xffffffffffffffff} IXC */
    F2("neg_d", FCVTPS_sc, 0x5ee1a820, P(0xbff8000000000000, 0x9abcdef012345678),
       P(0xffffffffffffffff, 0x0000000000000000), 0, IXC),
    /* fcvtps d0, d1: v1 {2^63} -> v0 {0x7fffffffffffffff} IOC */
    F2("sat_d", FCVTPS_sc, 0x5ee1a820, P(0x43e0000000000000, 0x9abcdef012345678),
       P(0x7fffffffffffffff, 0x0000000000000000), 0, IOC),
    /* fcvtpu s0, s1: v1 {0.25} -> v0 {0x1} IXC */
    F2("small_s", FCVTPU_sc, 0x7ea1a820, P(0x9abcdef03e800000, 0x9abcdef012345678),
       P(0x0000000000000001, 0x0000000000000000), 0, IXC),
    /* fcvtpu d0, d1: v1 {2^64} -> v0 {0xffffffffffffffff} IOC */
    F2("sat_d", FCVTPU_sc, 0x7ee1a820, P(0x43f0000000000000, 0x9abcdef012345678),
       P(0xffffffffffffffff, 0x0000000000000000), 0, IOC),
    /* fcvtpu d0, d1: v1 {0x8000000000000000} -> v0 {0x0} */
    T2("negzero_d", FCVTPU_sc, 0x7ee1a820, P(0x8000000000000000, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000)),
    /* fcvtzs s0, s1: v1 {-1.75} -> v0 {0xffffffff} IXC */
    F2("neg_s", FCVTZS_sc, 0x5ea1b820, P(0x9abcdef0bfe00000, 0x9abcdef012345678),
       P(0x00000000ffffffff, 0x0000000000000000), 0, IXC),
    /* fcvtzs d0, d1: v1 {1e+300} -> v0 {0x7fffffffffffffff} IOC */
    F2("sat_d", FCVTZS_sc, 0x5ee1b820, P(0x7e37e43c8800759c, 0x9abcdef012345678),
       P(0x7fffffffffffffff, 0x0000000000000000), 0, IOC),
    /* fcvtzs d0, d1: v1 {-2^63} -> v0 {0x8000000000000000} */
    T2("min_d", FCVTZS_sc, 0x5ee1b820, P(0xc3e0000000000000, 0x9abcdef012345678),
       P(0x8000000000000000, 0x0000000000000000)),
    /* fcvtzu s0, s1: v1 {3.75} -> v0 {0x3} IXC */
    F2("pos_s", FCVTZU_sc, 0x7ea1b820, P(0x9abcdef040700000, 0x9abcdef012345678),
       P(0x0000000000000003, 0x0000000000000000), 0, IXC),
    /* fcvtzu d0, d1: v1 {-0.5} -> v0 {0x0} IXC */
    F2("neg_d", FCVTZU_sc, 0x7ee1b820, P(0xbfe0000000000000, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000), 0, IXC),
    /* fcvtzu s0, s1: v1 {0x4f7fffff} -> v0 {0xffffff00} */
    T2("max_s", FCVTZU_sc, 0x7ea1b820, P(0x9abcdef04f7fffff, 0x9abcdef012345678),
       P(0x00000000ffffff00, 0x0000000000000000)),
    /* fcvtas s0, s1: v1 {-2.5} -> v0 {0xfffffffd} IXC */
    F2("tie_s", FCVTAS_sc, 0x5e21c820, P(0x9abcdef0c0200000, 0x9abcdef012345678),
       P(0x00000000fffffffd, 0x0000000000000000), 0, IXC),
    /* fcvtas d0, d1: v1 {2.5} -> v0 {0x3} IXC */
    F2("tie_d", FCVTAS_sc, 0x5e61c820, P(0x4004000000000000, 0x9abcdef012345678),
       P(0x0000000000000003, 0x0000000000000000), 0, IXC),
    /* fcvtas d0, d1: v1 {0x7ff0000000000001} -> v0 {0x0} IOC */
    F2("snan_d", FCVTAS_sc, 0x5e61c820, P(0x7ff0000000000001, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000), 0, IOC),
    /* fcvtau s0, s1: v1 {0.5} -> v0 {0x1} IXC */
    F2("half_s", FCVTAU_sc, 0x7e21c820, P(0x9abcdef03f000000, 0x9abcdef012345678),
       P(0x0000000000000001, 0x0000000000000000), 0, IXC),
    /* fcvtau d0, d1: v1 {2.5} -> v0 {0x3} IXC */
    F2("tie_d", FCVTAU_sc, 0x7e61c820, P(0x4004000000000000, 0x9abcdef012345678),
       P(0x0000000000000003, 0x0000000000000000), 0, IXC),
    /* fcvtau s0, s1: v1 {-0.5} -> v0 {0x0} IOC */
    F2("neg_s", FCVTAU_sc, 0x7e21c820, P(0x9abcdef0bf000000, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000), 0, IOC),
    /* scvtf s0, s1: v1 {0xffffffff} -> v0 {-1} */
    T2("neg_s", SCVTF_sc, 0x5e21d820, P(0x9abcdef0ffffffff, 0x9abcdef012345678),
       P(0x00000000bf800000, 0x0000000000000000)),
    /* scvtf d0, d1: v1 {0x20000000000001} -> v0 {2^53} IXC */
    F2("tie_d", SCVTF_sc, 0x5e61d820, P(0x0020000000000001, 0x9abcdef012345678),
       P(0x4340000000000000, 0x0000000000000000), 0, IXC),
    /* scvtf s0, s1: v1 {0x1000001} -> v0 {0x4b800001} (FPCR RP) IXC */
    F2("rp_s", SCVTF_sc, 0x5e21d820, P(0x9abcdef001000001, 0x9abcdef012345678),
       P(0x000000004b800001, 0x0000000000000000), RP, IXC),
    /* ucvtf s0, s1: v1 {0x80000000} -> v0 {2^31} */
    T2("top_s", UCVTF_sc, 0x7e21d820, P(0x9abcdef080000000, 0x9abcdef012345678),
       P(0x000000004f000000, 0x0000000000000000)),
    /* ucvtf d0, d1: v1 {0x8000000000000000} -> v0 {2^63} */
    T2("top_d", UCVTF_sc, 0x7e61d820, P(0x8000000000000000, 0x9abcdef012345678),
       P(0x43e0000000000000, 0x0000000000000000)),
    /* ucvtf s0, s1: v1 {0xffffffff} -> v0 {0x4f7fffff} (FPCR RZ) IXC */
    F2("rz_s", UCVTF_sc, 0x7e21d820, P(0x9abcdef0ffffffff, 0x9abcdef012345678),
       P(0x000000004f7fffff, 0x0000000000000000), RZ, IXC),

    /* ==== FCVTN, FCVTL, FCVTXN (and their "2" forms) ==== */
    /* fcvtn v0.2s, v1.2d: v1 {1, 1e+300} -> v0 {1, 0x7f800000} OFC | IXC */
    F2("d2s", FCVTN_v, 0x0e616820, P(0x3ff0000000000000, 0x7e37e43c8800759c),
       P(0x7f8000003f800000, 0x0000000000000000), 0, OFC | IXC),
    /* fcvtn v0.4h, v1.4s: v1 {1, 65504, 65520, 0.5} -> v0 {0x3c00, 0x7bff, 0x7c00, 0x3800}
     * OFC | IXC */
    F2("s2h", FCVTN_v, 0x0e216820, P(0x477fe0003f800000, 0x3f000000477ff000),
       P(0x38007c007bff3c00, 0x0000000000000000), 0, OFC | IXC),
    /* fcvtn2 v0.8h, v1.4s: v0 0x5555666677778888:0x1111222233334444 v1 {2, -2, 0x3eaaaaab,
     * 0x7fc00001} v2 0x0:0x0 -> v0 0x7e003555c0004000:0x1111222233334444 IXC */
    F4("s2h_upper", FCVTN_v, 0x4e216820, P(0x1111222233334444, 0x5555666677778888),
       P(0xc000000040000000, 0x7fc000013eaaaaab), P(0x0000000000000000, 0x0000000000000000),
       P(0x1111222233334444, 0x7e003555c0004000), 0, IXC),
    /* fcvtn v0.4h, v1.4s: v1 {0x7f800000, 0x7fc00001, 1, 2^16} -> v0 {0x7fff, 0x0, 0x3c00,
     * 0x7c00} (FPCR AHP) IOC */
    F2("ahp", FCVTN_v, 0x0e216820, P(0x7fc000017f800000, 0x478000003f800000),
       P(0x7c003c0000007fff, 0x0000000000000000), AHP, IOC),
    /* fcvtn v0.2s, v1.2d: v1 {0x7ff0000000000001, 1.000000001} -> v0 {0x7fc00000,
     * 0x3f800001} (FPCR DN | RP) IOC | IXC */
    F2("dn_rp", FCVTN_v, 0x0e616820, P(0x7ff0000000000001, 0x3ff0000000400000),
       P(0x3f8000017fc00000, 0x0000000000000000), DN | RP, IOC | IXC),
    /* fcvtn v0.2s, v1.2d: v1 {1e-40, 0x1} -> v0 {0, 0} (FPCR FZ) UFC | IDC */
    F2("fz", FCVTN_v, 0x0e616820, P(0x37a16c262777579c, 0x0000000000000001),
       P(0x0000000000000000, 0x0000000000000000), FZ, UFC | IDC),
    /* fcvtn2 v1.4s, v1.2d: v1 {1, 2} -> v1 0x400000003f800000:0x3ff0000000000000 */
    { "alias_upper", A64_FCVTN_v, 0x4e616821,
      .vin = { { V(1), 0x3ff0000000000000, 0x4000000000000000 } },
      .vout = { { V(1), 0x3ff0000000000000, 0x400000003f800000 } } },
    /* fcvtn v0.2s, v1.2d: FP/SIMD disabled (CPACR_EL1.FPEN = 00), EC 0x07 */
    { "fp_off", A64_FCVTN_v, 0x0e616820, FP_TRAP },
    /* fcvtl v0.4s, v1.4h: v1 {0x3c00, 0x7c00, 0x7e01, 0x1} -> v0 {1, 0x7f800000,
     * 0x7fc02000, 2^-24} (FPCR FZ) */
    F2("h2s_fz", FCVTL_v, 0x0e217820, P(0x00017e017c003c00, 0x9abcdef012345678),
       P(0x7f8000003f800000, 0x338000007fc02000), FZ, 0),
    /* fcvtl2 v0.4s, v1.8h: v1 0x7bff7d003800bc00:0x123456789abcdef0 -> v0 {-1, 0.5,
     * 0x7fe00000, 65504} IOC */
    F2("h2s_upper", FCVTL_v, 0x4e217820, P(0x123456789abcdef0, 0x7bff7d003800bc00),
       P(0x3f000000bf800000, 0x477fe0007fe00000), 0, IOC),
    /* fcvtl v0.4s, v1.4h: v1 {0x7c00, 0x7fff, 0xfc00, 0x3c00} -> v0 {2^16, 131008, -2^16,
     * 1} (FPCR AHP) */
    F2("ahp", FCVTL_v, 0x0e217820, P(0x3c00fc007fff7c00, 0x9abcdef012345678),
       P(0x47ffe00047800000, 0x3f800000c7800000), AHP, 0),
    /* fcvtl v0.2d, v1.2s: v1 {1, 0x7f800001} -> v0 {1, 0x7ff8000020000000} IOC */
    F2("s2d", FCVTL_v, 0x0e617820, P(0x7f8000013f800000, 0x9abcdef012345678),
       P(0x3ff0000000000000, 0x7ff8000020000000), 0, IOC),
    /* fcvtl2 v0.2d, v1.4s: v1 {0x12345678, 0x12345678, 0x1, -2} -> v0 {0, -2} (FPCR FZ) IDC */
    F2("s2d_upper_fz", FCVTL_v, 0x4e617820, P(0x1234567812345678, 0xc000000000000001),
       P(0x0000000000000000, 0xc000000000000000), FZ, IDC),
    /* fcvtl v1.2d, v1.2s: v1 {0.5, -4} -> v1 {0.5, -4} */
    { "alias", A64_FCVTL_v, 0x0e617821,
      .vin = { { V(1), 0xc08000003f000000, 0x9abcdef012345678 } },
      .vout = { { V(1), 0x3fe0000000000000, 0xc010000000000000 } } },
    /* fcvtxn v0.2s, v1.2d: v1 {1.000000001, 1} -> v0 {0x3f800001, 1} IXC */
    F2("odd", FCVTXN_v, 0x2e616820, P(0x3ff0000000400000, 0x3ff0000000000000),
       P(0x3f8000003f800001, 0x0000000000000000), 0, IXC),
    /* fcvtxn v0.2s, v1.2d: v1 {1.000000179, 1.000000239} -> v0 {0x3f800001, 0x3f800003} IXC */
    F2("odd_kept", FCVTXN_v, 0x2e616820, P(0x3ff0000030000000, 0x3ff0000040400000),
       P(0x3f8000033f800001, 0x0000000000000000), 0, IXC),
    /* fcvtxn v0.2s, v1.2d: v1 {1e+300, -1e+300} -> v0 {0x7f7fffff, 0xff7fffff} OFC | IXC */
    F2("overflow", FCVTXN_v, 0x2e616820, P(0x7e37e43c8800759c, 0xfe37e43c8800759c),
       P(0xff7fffff7f7fffff, 0x0000000000000000), 0, OFC | IXC),
    /* fcvtxn2 v0.4s, v1.2d: v0 0x5555666677778888:0x1111222233334444 v1 {-1,
     * 0x7ff8000000000001} v2 0x0:0x0 -> v0 0x7fc00000bf800000:0x1111222233334444 */
    T4("upper", FCVTXN_v, 0x6e616820, P(0x1111222233334444, 0x5555666677778888),
       P(0xbff0000000000000, 0x7ff8000000000001), P(0x0000000000000000, 0x0000000000000000),
       P(0x1111222233334444, 0x7fc00000bf800000)),
    /* fcvtxn v0.2s, v1.2d with sz = 0 (reserved) */
    { "sz0", A64_FCVTXN_v, 0x2e216820, UNDEF },
    /* fcvtxn s0, d1: v1 {1.000000001} -> v0 {0x3f800001} IXC */
    F2("odd", FCVTXN_sc, 0x7e616820, P(0x3ff0000000400000, 0x9abcdef012345678),
       P(0x000000003f800001, 0x0000000000000000), 0, IXC),
    /* fcvtxn s0, d1: v1 {7.006492322e-46} -> v0 {0x1} UFC | IXC */
    F2("tiny", FCVTXN_sc, 0x7e616820, P(0x3690000000000004, 0x9abcdef012345678),
       P(0x0000000000000001, 0x0000000000000000), 0, UFC | IXC),
    /* fcvtxn s0, d1: v1 {2^-140} -> v0 {0x200} */
    T2("exact_denormal", FCVTXN_sc, 0x7e616820, P(0x3730000000000000, 0x9abcdef012345678),
       P(0x0000000000000200, 0x0000000000000000)),
    /* fcvtxn s0, d1 with sz = 0 (reserved) */
    { "sz0", A64_FCVTXN_sc, 0x7e216820, UNDEF },

};

CASE_SET(simd_fp_misc, c);
