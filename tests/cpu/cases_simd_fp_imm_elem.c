/*
 * cases_simd_fp_imm_elem.c — Advanced SIMD FP: fixed point (shift by
 * immediate), FMOV (vector, immediate), by element, and the unallocated
 * FEAT_FP16 forms.
 * Conventions, provenance of the expected values and the macros:
 * simd_fp_cases.h.
 */
#include "simd_fp_cases.h"

static const InsnCase c[] = {
    /* ==== fixed point (shift by immediate) ==== */
    /* fcvtzs v0.4s, v1.4s, #1: v1 {1.5, -1.5, 2.75, 0.25} -> v0 {0x3, 0xfffffffd, 0x5, 0x0}
     * IXC */
    F2("f1_4s", FCVTZS_v_fix, 0x4f3ffc20, P(0xbfc000003fc00000, 0x3e80000040300000),
       P(0xfffffffd00000003, 0x0000000000000005), 0, IXC),
    /* fcvtzs v0.2d, v1.2d, #10: v1 {1, -0.5} -> v0 {0x400, 0xfffffffffffffe00} */
    T2("f10_2d", FCVTZS_v_fix, 0x4f76fc20, P(0x3ff0000000000000, 0xbfe0000000000000),
       P(0x0000000000000400, 0xfffffffffffffe00)),
    /* fcvtzs v0.2s, v1.2s, #32: v1 {0.5, -0.5} -> v0 {0x7fffffff, 0x80000000} IOC */
    F2("f32_2s", FCVTZS_v_fix, 0x0f20fc20, P(0xbf0000003f000000, 0x9abcdef012345678),
       P(0x800000007fffffff, 0x0000000000000000), 0, IOC),
    /* fcvtzs v0.8h, v1.8h, #1 (FEAT_FP16) */
    { "immh_fp16", A64_FCVTZS_v_fix, 0x4f1ffc20, UNDEF },
    /* fcvtzs with immh = 0001 (reserved) */
    { "immh_0001", A64_FCVTZS_v_fix, 0x4f08fc20, UNDEF },
    /* fcvtzs v0.2d, v1.2d, #10 with Q = 0 (reserved) */
    { "d_q0", A64_FCVTZS_v_fix, 0x0f76fc20, UNDEF },
    /* fcvtzs v0.4s, v1.4s, #1: FP/SIMD disabled (CPACR_EL1.FPEN = 00), EC 0x07 */
    { "fp_off", A64_FCVTZS_v_fix, 0x4f3ffc20, FP_TRAP },
    /* fcvtzu v0.4s, v1.4s, #4: v1 {1, -1, 0.03125, 2^28} -> v0 {0x10, 0x0, 0x0, 0xffffffff}
     * IOC | IXC */
    F2("f4_4s", FCVTZU_v_fix, 0x6f3cfc20, P(0xbf8000003f800000, 0x4d8000003d000000),
       P(0x0000000000000010, 0xffffffff00000000), 0, IOC | IXC),
    /* fcvtzu v0.2d, v1.2d, #64: v1 {0.5, 1} -> v0 {0x8000000000000000, 0xffffffffffffffff}
     * IOC */
    F2("f64_2d", FCVTZU_v_fix, 0x6f40fc20, P(0x3fe0000000000000, 0x3ff0000000000000),
       P(0x8000000000000000, 0xffffffffffffffff), 0, IOC),
    /* fcvtzu v0.8h, v1.8h, #1 (FEAT_FP16) */
    { "immh_fp16", A64_FCVTZU_v_fix, 0x6f1ffc20, UNDEF },
    /* scvtf v0.4s, v1.4s, #16: v1 {0x10000, 0xffff0000, 0x8000, 0x1} -> v0 {1, -1, 0.5,
     * 2^-16} */
    T2("f16_4s", SCVTF_v_fix, 0x4f30e420, P(0xffff000000010000, 0x0000000100008000),
       P(0xbf8000003f800000, 0x378000003f000000)),
    /* scvtf v0.2d, v1.2d, #64: v1 {0x8000000000000000, 0x1} -> v0 {-0.5, 2^-64} */
    T2("f64_2d", SCVTF_v_fix, 0x4f40e420, P(0x8000000000000000, 0x0000000000000001),
       P(0xbfe0000000000000, 0x3bf0000000000000)),
    /* scvtf v0.2s, v1.2s, #32: v1 {0x7fffffff, 0x80000000} -> v0 {0x3effffff, -0.5} (FPCR
     * RZ) IXC */
    F2("rz_2s", SCVTF_v_fix, 0x0f20e420, P(0x800000007fffffff, 0x9abcdef012345678),
       P(0xbf0000003effffff, 0x0000000000000000), RZ, IXC),
    /* scvtf with immh = 0001 (reserved) */
    { "immh_0001", A64_SCVTF_v_fix, 0x4f0fe420, UNDEF },
    /* ucvtf v0.4s, v1.4s, #32: v1 {0xffffffff, 0x80000000, 0x1, 0x0} -> v0 {1, 0.5, 2^-32,
     * 0} IXC */
    F2("f32_4s", UCVTF_v_fix, 0x6f20e420, P(0x80000000ffffffff, 0x0000000000000001),
       P(0x3f0000003f800000, 0x000000002f800000), 0, IXC),
    /* ucvtf v0.2d, v1.2d, #1: v1 {0x3, 0xffffffffffffffff} -> v0 {1.5, 2^63} IXC */
    F2("f1_2d", UCVTF_v_fix, 0x6f7fe420, P(0x0000000000000003, 0xffffffffffffffff),
       P(0x3ff8000000000000, 0x43e0000000000000), 0, IXC),
    /* ucvtf v0.2d, v1.2d, #1 with Q = 0 (reserved) */
    { "d_q0", A64_UCVTF_v_fix, 0x2f7fe420, UNDEF },
    /* fcvtzs s0, s1, #1: v1 {-0.75} -> v0 {0xffffffff} IXC */
    F2("f1_s", FCVTZS_sc_fix, 0x5f3ffc20, P(0x9abcdef0bf400000, 0x9abcdef012345678),
       P(0x00000000ffffffff, 0x0000000000000000), 0, IXC),
    /* fcvtzs d0, d1, #32: v1 {1} -> v0 {0x100000000} */
    T2("f32_d", FCVTZS_sc_fix, 0x5f60fc20, P(0x3ff0000000000000, 0x9abcdef012345678),
       P(0x0000000100000000, 0x0000000000000000)),
    /* fcvtzs s0, s1, #31: v1 {1} -> v0 {0x7fffffff} IOC */
    F2("sat_s", FCVTZS_sc_fix, 0x5f21fc20, P(0x9abcdef03f800000, 0x9abcdef012345678),
       P(0x000000007fffffff, 0x0000000000000000), 0, IOC),
    /* fcvtzs h0, h1, #1 (FEAT_FP16) */
    { "immh_fp16", A64_FCVTZS_sc_fix, 0x5f1ffc20, UNDEF },
    /* fcvtzu s0, s1, #8: v1 {1.5} -> v0 {0x180} */
    T2("f8_s", FCVTZU_sc_fix, 0x7f38fc20, P(0x9abcdef03fc00000, 0x9abcdef012345678),
       P(0x0000000000000180, 0x0000000000000000)),
    /* fcvtzu d0, d1, #1: v1 {-1} -> v0 {0x0} IOC */
    F2("neg_d", FCVTZU_sc_fix, 0x7f7ffc20, P(0xbff0000000000000, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000), 0, IOC),
    /* fcvtzu d0, d1, #64: v1 {0.75} -> v0 {0xc000000000000000} */
    T2("f64_d", FCVTZU_sc_fix, 0x7f40fc20, P(0x3fe8000000000000, 0x9abcdef012345678),
       P(0xc000000000000000, 0x0000000000000000)),
    /* fcvtzu with immh = 0001 (reserved) */
    { "immh_0001", A64_FCVTZU_sc_fix, 0x7f09fc20, UNDEF },
    /* scvtf s0, s1, #1: v1 {0xfffffffd} -> v0 {-1.5} */
    T2("f1_s", SCVTF_sc_fix, 0x5f3fe420, P(0x9abcdef0fffffffd, 0x9abcdef012345678),
       P(0x00000000bfc00000, 0x0000000000000000)),
    /* scvtf d0, d1, #64: v1 {0x4000000000000000} -> v0 {0.25} */
    T2("f64_d", SCVTF_sc_fix, 0x5f40e420, P(0x4000000000000000, 0x9abcdef012345678),
       P(0x3fd0000000000000, 0x0000000000000000)),
    /* scvtf s0, s1, #32: v1 {0x1} -> v0 {2^-32} (FPCR FZ) */
    F2("f32_fz_s", SCVTF_sc_fix, 0x5f20e420, P(0x9abcdef000000001, 0x9abcdef012345678),
       P(0x000000002f800000, 0x0000000000000000), FZ, 0),
    /* scvtf h0, h1, #1 (FEAT_FP16) */
    { "immh_fp16", A64_SCVTF_sc_fix, 0x5f1fe420, UNDEF },
    /* ucvtf s0, s1, #31: v1 {0xffffffff} -> v0 {2} IXC */
    F2("f31_s", UCVTF_sc_fix, 0x7f21e420, P(0x9abcdef0ffffffff, 0x9abcdef012345678),
       P(0x0000000040000000, 0x0000000000000000), 0, IXC),
    /* ucvtf d0, d1, #2: v1 {0x5} -> v0 {1.25} */
    T2("f2_d", UCVTF_sc_fix, 0x7f7ee420, P(0x0000000000000005, 0x9abcdef012345678),
       P(0x3ff4000000000000, 0x0000000000000000)),
    /* ucvtf d0, d1, #1: v1 {0xffffffffffffffff} -> v0 {0x43dfffffffffffff} (FPCR RM) IXC */
    F2("f1_rm_d", UCVTF_sc_fix, 0x7f7fe420, P(0xffffffffffffffff, 0x9abcdef012345678),
       P(0x43dfffffffffffff, 0x0000000000000000), RM, IXC),
    /* ucvtf h0, h1, #1 (FEAT_FP16) */
    { "immh_fp16", A64_UCVTF_sc_fix, 0x7f1fe420, UNDEF },

    /* ==== FMOV (vector, immediate) ==== */
    /* fmov v0.4s, #1.0: -> v0 {1, 1, 1, 1} */
    { "one_4s", A64_FMOV_v_imm_s, 0x4f03f600,
      .vout = { { V(0), 0x3f8000003f800000, 0x3f8000003f800000 } } },
    /* fmov v0.2s, #-2.0: -> v0 {-2, -2} */
    { "neg_2s", A64_FMOV_v_imm_s, 0x0f04f400,
      .vout = { { V(0), 0xc0000000c0000000, 0x0000000000000000 } } },
    /* fmov v31.4s, #31.0: -> v31 {31, 31, 31, 31} */
    { "max_4s", A64_FMOV_v_imm_s, 0x4f01f7ff,
      .vout = { { V(31), 0x41f8000041f80000, 0x41f8000041f80000 } } },
    /* fmov v0.2s, #0.125: -> v0 {0.125, 0.125} */
    { "min_2s", A64_FMOV_v_imm_s, 0x0f02f400,
      .vout = { { V(0), 0x3e0000003e000000, 0x0000000000000000 } } },
    /* fmov v0.4s, #1.0: FP/SIMD disabled (CPACR_EL1.FPEN = 00), EC 0x07 */
    { "fp_off", A64_FMOV_v_imm_s, 0x4f03f600, FP_TRAP },
    /* fmov v0.2d, #0.5: -> v0 {0.5, 0.5} */
    { "half", A64_FMOV_v_imm_d, 0x6f03f400,
      .vout = { { V(0), 0x3fe0000000000000, 0x3fe0000000000000 } } },
    /* fmov v0.2d, #-31.0: -> v0 {-31, -31} */
    { "neg", A64_FMOV_v_imm_d, 0x6f05f7e0,
      .vout = { { V(0), 0xc03f000000000000, 0xc03f000000000000 } } },
    /* fmov v7.2d, #1.9375: -> v7 {1.9375, 1.9375} */
    { "min", A64_FMOV_v_imm_d, 0x6f03f7e7,
      .vout = { { V(7), 0x3fff000000000000, 0x3fff000000000000 } } },
    /* fmov v0.2d, #-31.0 with Q = 0 (unallocated) */
    { "q0", A64_FMOV_v_imm_d, 0x2f05f7e0, UNDEF },

    /* ==== by element (vector and scalar) ==== */
    /* fmla v0.4s, v1.4s, v2.s[3]: v0 {1, 2, 3, 4} v1 {1, 2, 3, 4} v2 {0x12345678,
     * 0x12345678, 0x12345678, 2} -> v0 {3, 6, 9, 12} */
    T4("s3_4s", FMLA_elem, 0x4fa21820, P(0x400000003f800000, 0x4080000040400000),
       P(0x400000003f800000, 0x4080000040400000), P(0x1234567812345678, 0x4000000012345678),
       P(0x40c0000040400000, 0x4140000041100000)),
    /* fmla v0.2d, v1.2d, v17.d[1]: v0 {1, -1} v1 {2, 0.5} v17 {0x123456789abcdef0, 4} -> v0
     * {9, 1} */
    { "d1_m17", A64_FMLA_elem, 0x4fd11820,
      .vin = { { V(0), 0x3ff0000000000000, 0xbff0000000000000 },
               { V(1), 0x4000000000000000, 0x3fe0000000000000 },
               { V(17), 0x123456789abcdef0, 0x4010000000000000 } },
      .vout = { { V(0), 0x4022000000000000, 0x3ff0000000000000 } } },
    /* fmla v0.2s, v1.2s, v2.s[1]: v0 {1, 1} v1 {1, -1} v2 {0x12345678, 0.5, 0x12345678,
     * 0x12345678} -> v0 {1.5, 0.5} */
    T4("q0", FMLA_elem, 0x0fa21020, P(0x3f8000003f800000, 0x9abcdef012345678),
       P(0xbf8000003f800000, 0x9abcdef012345678), P(0x3f00000012345678, 0x1234567812345678),
       P(0x3f0000003fc00000, 0x0000000000000000)),
    /* fmla v0.4s, v1.4s, v2.s[0]: v0 {0xbf801000, 0, 0, 0} v1 {0x3f800800, 1, 2, 3} v2
     * {0x3f800800, 0x12345678, 0x12345678, 0x12345678} -> v0 {2^-24, 1.000244141,
     * 2.000488281, 3.000732422} */
    T4("fused", FMLA_elem, 0x4f821020, P(0x00000000bf801000, 0x0000000000000000),
       P(0x3f8000003f800800, 0x4040000040000000), P(0x123456783f800800, 0x1234567812345678),
       P(0x3f80080033800000, 0x40400c0040000800)),
    /* fmla v2.4s, v1.4s, v2.s[1]: v1 {1, 2, 3, 4} v2 {1, 2, 3, 4} -> v2 {3, 6, 9, 12} */
    { "alias_vd_vm", A64_FMLA_elem, 0x4fa21022,
      .vin = { { V(1), 0x400000003f800000, 0x4080000040400000 },
               { V(2), 0x400000003f800000, 0x4080000040400000 } },
      .vout = { { V(2), 0x40c0000040400000, 0x4140000041100000 } } },
    /* fmla v0.2d, v1.2d, v2.d[1] with L = 1 */
    { "sz1_l1", A64_FMLA_elem, 0x4fe21820, UNDEF },
    /* fmla v0.2d, v1.2d, v2.d[1] with Q = 0 */
    { "sz1_q0", A64_FMLA_elem, 0x0fc21820, UNDEF },
    /* fmla v0.4s, v1.4s, v2.s[3]: FP/SIMD disabled (CPACR_EL1.FPEN = 00), EC 0x07 */
    { "fp_off", A64_FMLA_elem, 0x4fa21820, FP_TRAP },
    /* fmls v0.4s, v1.4s, v2.s[2]: v0 {10, 10, 10, 10} v1 {1, 2, 3, 0x7fc00001} v2
     * {0x12345678, 0x12345678, 2, 0x12345678} -> v0 {8, 6, 4, 0xffc00001} */
    T4("s2_4s", FMLS_elem, 0x4f825820, P(0x4120000041200000, 0x4120000041200000),
       P(0x400000003f800000, 0x7fc0000140400000), P(0x1234567812345678, 0x1234567840000000),
       P(0x40c0000041000000, 0xffc0000140800000)),
    /* fmls v0.2d, v1.2d, v2.d[0]: v0 {1, 1} v1 {1, 2} v2 {0.5, 0x123456789abcdef0} -> v0
     * {0.5, 0} */
    T4("d0_2d", FMLS_elem, 0x4fc25020, P(0x3ff0000000000000, 0x3ff0000000000000),
       P(0x3ff0000000000000, 0x4000000000000000), P(0x3fe0000000000000, 0x123456789abcdef0),
       P(0x3fe0000000000000, 0x0000000000000000)),
    /* fmls v0.2d, v1.2d, v2.d[0] with L = 1 */
    { "sz1_l1", A64_FMLS_elem, 0x4fe25020, UNDEF },
    /* fmul v0.4s, v1.4s, v31.s[1]: v1 {1, 2, -3, 0x7f800000} v31 {0x12345678, 2,
     * 0x12345678, 0x12345678} -> v0 {2, 4, -6, 0x7f800000} */
    { "s1_m31", A64_FMUL_elem, 0x4fbf9020,
      .vin = { { V(1), 0x400000003f800000, 0x7f800000c0400000 },
               { V(31), 0x4000000012345678, 0x1234567812345678 } },
      .vout = { { V(0), 0x4080000040000000, 0x7f800000c0c00000 } } },
    /* fmul v0.2d, v1.2d, v2.d[1]: v1 {0x7ff0000000000000, 1} v2 {0x123456789abcdef0, 0} ->
     * v0 {0x7ff8000000000000, 0} IOC */
    F3("d1_2d", FMUL_elem, 0x4fc29820, P(0x7ff0000000000000, 0x3ff0000000000000),
       P(0x123456789abcdef0, 0x0000000000000000), P(0x7ff8000000000000, 0x0000000000000000), 0,
       IOC),
    /* fmul v0.2s, v1.2s, v2.s[2]: v1 {3, 0x7f7fffff} v2 {0x12345678, 0x12345678, 4,
     * 0x12345678} -> v0 {12, 0x7f800000} OFC | IXC */
    F3("q0", FMUL_elem, 0x0f829820, P(0x7f7fffff40400000, 0x9abcdef012345678),
       P(0x1234567812345678, 0x1234567840800000), P(0x7f80000041400000, 0x0000000000000000), 0,
       OFC | IXC),
    /* fmul v0.2d, v1.2d, v2.d[1] with L = 1 */
    { "sz1_l1", A64_FMUL_elem, 0x4fe29820, UNDEF },
    /* fmulx v0.4s, v1.4s, v2.s[0]: v1 {0x7f800000, 0xff800000, 1, 0} v2 {0, 0x12345678,
     * 0x12345678, 0x12345678} -> v0 {2, -2, 0, 0} */
    T3("s0_4s", FMULX_elem, 0x6f829020, P(0xff8000007f800000, 0x000000003f800000),
       P(0x1234567800000000, 0x1234567812345678), P(0xc000000040000000, 0x0000000000000000)),
    /* fmulx v0.2d, v1.2d, v2.d[1]: v1 {0, 3} v2 {0x123456789abcdef0, 0xfff0000000000000} ->
     * v0 {-2, 0xfff0000000000000} */
    T3("d1_2d", FMULX_elem, 0x6fc29820, P(0x0000000000000000, 0x4008000000000000),
       P(0x123456789abcdef0, 0xfff0000000000000), P(0xc000000000000000, 0xfff0000000000000)),
    /* fmulx v0.2d, v1.2d, v2.d[1] with Q = 0 */
    { "sz1_q0", A64_FMULX_elem, 0x2fc29820, UNDEF },
    /* fmla s0, s1, v2.s[3]: v0 {1} v1 {2} v2 {0x12345678, 0x12345678, 0x12345678, 3} -> v0
     * {7} */
    T4("s3", FMLA_sc_elem, 0x5fa21820, P(0x9abcdef03f800000, 0x9abcdef012345678),
       P(0x9abcdef040000000, 0x9abcdef012345678), P(0x1234567812345678, 0x4040000012345678),
       P(0x0000000040e00000, 0x0000000000000000)),
    /* fmla d0, d1, v2.d[1]: v0 {1} v1 {0.5} v2 {0x123456789abcdef0, 4} -> v0 {3} */
    T4("d1", FMLA_sc_elem, 0x5fc21820, P(0x3ff0000000000000, 0x9abcdef012345678),
       P(0x3fe0000000000000, 0x9abcdef012345678), P(0x123456789abcdef0, 0x4010000000000000),
       P(0x4008000000000000, 0x0000000000000000)),
    /* fmla d0, d1, v2.d[1] with L = 1 */
    { "sz1_l1", A64_FMLA_sc_elem, 0x5fe21820, UNDEF },
    /* fmls s0, s1, v2.s[1]: v0 {10} v1 {2} v2 {0x12345678, 3, 0x12345678, 0x12345678} -> v0
     * {4} */
    T4("s1", FMLS_sc_elem, 0x5fa25020, P(0x9abcdef041200000, 0x9abcdef012345678),
       P(0x9abcdef040000000, 0x9abcdef012345678), P(0x4040000012345678, 0x1234567812345678),
       P(0x0000000040800000, 0x0000000000000000)),
    /* fmls d0, d1, v18.d[0]: v0 {0} v1 {1} v18 {1, 0x123456789abcdef0} -> v0 {-1} */
    { "d0_m18", A64_FMLS_sc_elem, 0x5fd25020,
      .vin = { { V(0), 0x0000000000000000, 0x9abcdef012345678 },
               { V(1), 0x3ff0000000000000, 0x9abcdef012345678 },
               { V(18), 0x3ff0000000000000, 0x123456789abcdef0 } },
      .vout = { { V(0), 0xbff0000000000000, 0x0000000000000000 } } },
    /* fmls d0, d1, v2.d[0] with L = 1 */
    { "sz1_l1", A64_FMLS_sc_elem, 0x5fe25020, UNDEF },
    /* fmul s0, s1, v17.s[2]: v1 {1.5} v17 {0x12345678, 0x12345678, 4, 0x12345678} -> v0 {6} */
    { "s2_m17", A64_FMUL_sc_elem, 0x5f919820,
      .vin = { { V(1), 0x9abcdef03fc00000, 0x9abcdef012345678 },
               { V(17), 0x1234567812345678, 0x1234567840800000 } },
      .vout = { { V(0), 0x0000000040c00000, 0x0000000000000000 } } },
    /* fmul d0, d1, v2.d[0]: v1 {0x7ff0000000000000} v2 {0, 0x123456789abcdef0} -> v0
     * {0x7ff8000000000000} IOC */
    F3("d0", FMUL_sc_elem, 0x5fc29020, P(0x7ff0000000000000, 0x9abcdef012345678),
       P(0x0000000000000000, 0x123456789abcdef0), P(0x7ff8000000000000, 0x0000000000000000), 0,
       IOC),
    /* fmul d0, d1, v2.d[1] with L = 1 */
    { "sz1_l1", A64_FMUL_sc_elem, 0x5fe29820, UNDEF },
    /* fmulx s0, s1, v2.s[0]: v1 {0} v2 {0x7f800000, 0x12345678, 0x12345678, 0x12345678} ->
     * v0 {2} */
    T3("s0", FMULX_sc_elem, 0x7f829020, P(0x9abcdef000000000, 0x9abcdef012345678),
       P(0x123456787f800000, 0x1234567812345678), P(0x0000000040000000, 0x0000000000000000)),
    /* fmulx d0, d1, v2.d[1]: v1 {0x8000000000000000} v2 {0x123456789abcdef0,
     * 0x7ff0000000000000} -> v0 {-2} */
    T3("d1", FMULX_sc_elem, 0x7fc29820, P(0x8000000000000000, 0x9abcdef012345678),
       P(0x123456789abcdef0, 0x7ff0000000000000), P(0xc000000000000000, 0x0000000000000000)),
    /* fmulx d0, d1, v2.d[1] with L = 1 */
    { "sz1_l1", A64_FMULX_sc_elem, 0x7fe29820, UNDEF },

    /* ==== half-precision arithmetic (FEAT_FP16, not implemented): unallocated ==== */
    /* fadd v0.8h, v1.8h, v2.8h (FEAT_FP16; words from binutils with +fp16) */
    { "fp16", A64_FADD_v, 0x4e421420, UNDEF },
    /* fmaxp v0.8h, v1.8h, v2.8h (FEAT_FP16; words from binutils with +fp16) */
    { "fp16", A64_FMAXP_v, 0x6e423420, UNDEF },
    /* fabs v0.4h, v1.4h (FEAT_FP16; words from binutils with +fp16) */
    { "fp16", A64_FABS_v, 0x0ef8f820, UNDEF },
    /* scvtf v0.8h, v1.8h (FEAT_FP16; words from binutils with +fp16) */
    { "fp16", A64_SCVTF_v, 0x4e79d820, UNDEF },
    /* fmla v0.8h, v1.8h, v2.h[1] (FEAT_FP16; words from binutils with +fp16) */
    { "fp16", A64_FMLA_elem, 0x4f121020, UNDEF },
    /* fmaxnmv h0, v1.8h (FEAT_FP16; words from binutils with +fp16) */
    { "fp16", A64_FMAXNMV_v, 0x4e30c820, UNDEF },
    /* fmulx h0, h1, h2 (FEAT_FP16; words from binutils with +fp16) */
    { "fp16", A64_FMULX_sc, 0x5e421c20, UNDEF },
    /* faddp h0, v1.2h (FEAT_FP16; words from binutils with +fp16) */
    { "fp16", A64_FADDP_sc, 0x5e30d820, UNDEF },
    /* fcvtzs h0, h1 (FEAT_FP16; words from binutils with +fp16) */
    { "fp16", A64_FCVTZS_sc, 0x5ef9b820, UNDEF },
    /* fcmeq h0, h1, #0.0 (FEAT_FP16; words from binutils with +fp16) */
    { "fp16", A64_FCMEQ_sc_zero, 0x5ef8d820, UNDEF },
    /* frecpe h0, h1 (FEAT_FP16; words from binutils with +fp16) */
    { "fp16", A64_FRECPE_sc, 0x5ef9d820, UNDEF },
    /* fmla h0, h1, v2.h[7] (FEAT_FP16; words from binutils with +fp16) */
    { "fp16", A64_FMLA_sc_elem, 0x5f321820, UNDEF },
};

CASE_SET(simd_fp_imm_elem, c);
