/*
 * cases_simd_scalar_2misc.c — Advanced SIMD integer scalar: two-register
 * miscellaneous, pairwise ADDP, copy DUP.
 * Provenance of the expected values and the macros: simd_cases.h.
 */
#include "simd_cases.h"

static const InsnCase c[] = {
    /* scalar two-register miscellaneous */
    { "edge_b", A64_SUQADD_sc, 0x5e203820, /* suqadd b0, b1 */
      .vin = { { V(0), EM_B }, { V(1), EN_B } }, .vout = { { V(0), 0x7f, 0 } }, .fpsr_out = QC },
    { "edge_h", A64_SUQADD_sc, 0x5e603820, /* suqadd h0, h1 */
      .vin = { { V(0), EM_H }, { V(1), EN_H } }, .vout = { { V(0), 0x7fff, 0 } }, .fpsr_out = QC },
    { "edge_s", A64_SUQADD_sc, 0x5ea03820, /* suqadd s0, s1 */
      .vin = { { V(0), EM_S }, { V(1), EN_S } }, .vout = { { V(0), 0x000000007fffffff, 0 } },
      .fpsr_out = QC },
    { "edge_d", A64_SUQADD_sc, 0x5ee03820, /* suqadd d0, d1 */
      .vin = { { V(0), EM_D }, { V(1), EN_D } }, .vout = { { V(0), 0x7fffffffffffffff, 0 } },
      .fpsr_out = QC },
    { "edge2_d", A64_SUQADD_sc, 0x5ee03820, /* suqadd d0, d1 */
      .vin = { { V(0), EM2_D }, { V(1), EN2_D } }, .vout = { { V(0), 0x8000000000000000, 0 } } },
    { "edge3_s", A64_SUQADD_sc, 0x5ea03820, /* suqadd s0, s1 */
      .vin = { { V(0), 0x8000000080000000, 0x8000000080000000 },
               { V(1), 0x8000000080000000, 0x8000000080000000 } }, .vout = { { V(0), 0, 0 } } },
    { "vd_vn_h", A64_SUQADD_sc, 0x5e603821, /* suqadd h1, h1 */
      .vin = { { V(1), 0x8001800180018001, 0x8001800180018001 } }, .vout = { { V(1), 0x2, 0 } } },
    { "edge_b", A64_USQADD_sc, 0x7e203820, /* usqadd b0, b1 */
      .vin = { { V(0), EM_B }, { V(1), EN_B } }, .vout = { { V(0), 0x80, 0 } } },
    { "edge_h", A64_USQADD_sc, 0x7e603820, /* usqadd h0, h1 */
      .vin = { { V(0), EM_H }, { V(1), EN_H } }, .vout = { { V(0), 0x8000, 0 } } },
    { "edge_s", A64_USQADD_sc, 0x7ea03820, /* usqadd s0, s1 */
      .vin = { { V(0), EM_S }, { V(1), EN_S } }, .vout = { { V(0), 0x0000000080000000, 0 } } },
    { "edge_d", A64_USQADD_sc, 0x7ee03820, /* usqadd d0, d1 */
      .vin = { { V(0), EM_D }, { V(1), EN_D } }, .vout = { { V(0), 0x8000000000000000, 0 } } },
    { "edge2_d", A64_USQADD_sc, 0x7ee03820, /* usqadd d0, d1 */
      .vin = { { V(0), EM2_D }, { V(1), EN2_D } }, .vout = { { V(0), 0x8000000000000000, 0 } } },
    { "edge3_s", A64_USQADD_sc, 0x7ea03820, /* usqadd s0, s1 */
      .vin = { { V(0), 0x8000000080000000, 0x8000000080000000 },
               { V(1), 0x8000000080000000, 0x8000000080000000 } }, .vout = { { V(0), 0, 0 } } },
    { "vd_vn_h", A64_USQADD_sc, 0x7e603821, /* usqadd h1, h1 */
      .vin = { { V(1), 0x8001800180018001, 0x8001800180018001 } }, .vout = { { V(1), 0x2, 0 } } },
    { "edge_b", A64_SQABS_sc, 0x5e207820, /* sqabs b0, b1 */
      .vin = { { V(0), EM_B }, { V(1), EN_B } }, .vout = { { V(0), 0x7f, 0 } } },
    { "edge_h", A64_SQABS_sc, 0x5e607820, /* sqabs h0, h1 */
      .vin = { { V(0), EM_H }, { V(1), EN_H } }, .vout = { { V(0), 0x7fff, 0 } } },
    { "edge_s", A64_SQABS_sc, 0x5ea07820, /* sqabs s0, s1 */
      .vin = { { V(0), EM_S }, { V(1), EN_S } }, .vout = { { V(0), 0x000000007fffffff, 0 } } },
    { "edge_d", A64_SQABS_sc, 0x5ee07820, /* sqabs d0, d1 */
      .vin = { { V(0), EM_D }, { V(1), EN_D } }, .vout = { { V(0), 0x7fffffffffffffff, 0 } } },
    { "edge2_d", A64_SQABS_sc, 0x5ee07820, /* sqabs d0, d1 */
      .vin = { { V(0), EM2_D }, { V(1), EN2_D } }, .vout = { { V(0), 0, 0 } } },
    { "edge3_s", A64_SQABS_sc, 0x5ea07820, /* sqabs s0, s1 */
      .vin = { { V(0), 0x8000000080000000, 0x8000000080000000 },
               { V(1), 0x8000000080000000, 0x8000000080000000 } },
      .vout = { { V(0), 0x000000007fffffff, 0 } }, .fpsr_out = QC },
    { "vd_vn_h", A64_SQABS_sc, 0x5e607821, /* sqabs h1, h1 */
      .vin = { { V(1), 0x8001800180018001, 0x8001800180018001 } }, .vout = { { V(1), 0x7fff, 0 } } },
    { "edge_b", A64_SQNEG_sc, 0x7e207820, /* sqneg b0, b1 */
      .vin = { { V(0), EM_B }, { V(1), EN_B } }, .vout = { { V(0), 0x81, 0 } } },
    { "edge_h", A64_SQNEG_sc, 0x7e607820, /* sqneg h0, h1 */
      .vin = { { V(0), EM_H }, { V(1), EN_H } }, .vout = { { V(0), 0x8001, 0 } } },
    { "edge_s", A64_SQNEG_sc, 0x7ea07820, /* sqneg s0, s1 */
      .vin = { { V(0), EM_S }, { V(1), EN_S } }, .vout = { { V(0), 0x0000000080000001, 0 } } },
    { "edge_d", A64_SQNEG_sc, 0x7ee07820, /* sqneg d0, d1 */
      .vin = { { V(0), EM_D }, { V(1), EN_D } }, .vout = { { V(0), 0x8000000000000001, 0 } } },
    { "edge2_d", A64_SQNEG_sc, 0x7ee07820, /* sqneg d0, d1 */
      .vin = { { V(0), EM2_D }, { V(1), EN2_D } }, .vout = { { V(0), 0, 0 } } },
    { "edge3_s", A64_SQNEG_sc, 0x7ea07820, /* sqneg s0, s1 */
      .vin = { { V(0), 0x8000000080000000, 0x8000000080000000 },
               { V(1), 0x8000000080000000, 0x8000000080000000 } },
      .vout = { { V(0), 0x000000007fffffff, 0 } }, .fpsr_out = QC },
    { "vd_vn_h", A64_SQNEG_sc, 0x7e607821, /* sqneg h1, h1 */
      .vin = { { V(1), 0x8001800180018001, 0x8001800180018001 } }, .vout = { { V(1), 0x7fff, 0 } } },
    /* cmgt d0, d1, #0 */
    T2("val0", CMGT_sc_zero, 0x5ee08820, P(0, 0x7), P(0, 0)),
    /* cmgt d0, d1, #0 */
    T2("val1", CMGT_sc_zero, 0x5ee08820, P(0x1, 0x7), P(0xffffffffffffffff, 0)),
    /* cmgt d0, d1, #0 */
    T2("val2", CMGT_sc_zero, 0x5ee08820, P(0x7fffffffffffffff, 0x7), P(0xffffffffffffffff, 0)),
    /* cmgt d0, d1, #0 */
    T2("val3", CMGT_sc_zero, 0x5ee08820, P(0x8000000000000000, 0x7), P(0, 0)),
    /* cmgt d0, d1, #0 */
    T2("val4", CMGT_sc_zero, 0x5ee08820, P(0xffffffffffffffff, 0x7), P(0, 0)),
    { "vd_vn", A64_CMGT_sc_zero, 0x5ee08821, /* cmgt d1, d1, #0 */
      .vin = { { V(1), R4 } }, .vout = { { V(1), 0, 0 } } },
    { "size10", A64_CMGT_sc_zero, 0x5ea08820, /* cmgt with size = 10 (unallocated) */ UNDEF },
    /* cmge d0, d1, #0 */
    T2("val0", CMGE_sc_zero, 0x7ee08820, P(0, 0x7), P(0xffffffffffffffff, 0)),
    /* cmge d0, d1, #0 */
    T2("val1", CMGE_sc_zero, 0x7ee08820, P(0x1, 0x7), P(0xffffffffffffffff, 0)),
    /* cmge d0, d1, #0 */
    T2("val2", CMGE_sc_zero, 0x7ee08820, P(0x7fffffffffffffff, 0x7), P(0xffffffffffffffff, 0)),
    /* cmge d0, d1, #0 */
    T2("val3", CMGE_sc_zero, 0x7ee08820, P(0x8000000000000000, 0x7), P(0, 0)),
    /* cmge d0, d1, #0 */
    T2("val4", CMGE_sc_zero, 0x7ee08820, P(0xffffffffffffffff, 0x7), P(0, 0)),
    { "vd_vn", A64_CMGE_sc_zero, 0x7ee08821, /* cmge d1, d1, #0 */
      .vin = { { V(1), R5 } }, .vout = { { V(1), 0xffffffffffffffff, 0 } } },
    { "size10", A64_CMGE_sc_zero, 0x7ea08820, /* cmge with size = 10 (unallocated) */ UNDEF },
    /* cmeq d0, d1, #0 */
    T2("val0", CMEQ_sc_zero, 0x5ee09820, P(0, 0x7), P(0xffffffffffffffff, 0)),
    /* cmeq d0, d1, #0 */
    T2("val1", CMEQ_sc_zero, 0x5ee09820, P(0x1, 0x7), P(0, 0)),
    /* cmeq d0, d1, #0 */
    T2("val2", CMEQ_sc_zero, 0x5ee09820, P(0x7fffffffffffffff, 0x7), P(0, 0)),
    /* cmeq d0, d1, #0 */
    T2("val3", CMEQ_sc_zero, 0x5ee09820, P(0x8000000000000000, 0x7), P(0, 0)),
    /* cmeq d0, d1, #0 */
    T2("val4", CMEQ_sc_zero, 0x5ee09820, P(0xffffffffffffffff, 0x7), P(0, 0)),
    { "vd_vn", A64_CMEQ_sc_zero, 0x5ee09821, /* cmeq d1, d1, #0 */
      .vin = { { V(1), R6 } }, .vout = { { V(1), 0, 0 } } },
    { "size10", A64_CMEQ_sc_zero, 0x5ea09820, /* cmeq with size = 10 (unallocated) */ UNDEF },
    /* cmle d0, d1, #0 */
    T2("val0", CMLE_sc_zero, 0x7ee09820, P(0, 0x7), P(0xffffffffffffffff, 0)),
    /* cmle d0, d1, #0 */
    T2("val1", CMLE_sc_zero, 0x7ee09820, P(0x1, 0x7), P(0, 0)),
    /* cmle d0, d1, #0 */
    T2("val2", CMLE_sc_zero, 0x7ee09820, P(0x7fffffffffffffff, 0x7), P(0, 0)),
    /* cmle d0, d1, #0 */
    T2("val3", CMLE_sc_zero, 0x7ee09820, P(0x8000000000000000, 0x7), P(0xffffffffffffffff, 0)),
    /* cmle d0, d1, #0 */
    T2("val4", CMLE_sc_zero, 0x7ee09820, P(0xffffffffffffffff, 0x7), P(0xffffffffffffffff, 0)),
    { "vd_vn", A64_CMLE_sc_zero, 0x7ee09821, /* cmle d1, d1, #0 */
      .vin = { { V(1), R7 } }, .vout = { { V(1), 0, 0 } } },
    { "size10", A64_CMLE_sc_zero, 0x7ea09820, /* cmle with size = 10 (unallocated) */ UNDEF },
    /* cmlt d0, d1, #0 */
    T2("val0", CMLT_sc_zero, 0x5ee0a820, P(0, 0x7), P(0, 0)),
    /* cmlt d0, d1, #0 */
    T2("val1", CMLT_sc_zero, 0x5ee0a820, P(0x1, 0x7), P(0, 0)),
    /* cmlt d0, d1, #0 */
    T2("val2", CMLT_sc_zero, 0x5ee0a820, P(0x7fffffffffffffff, 0x7), P(0, 0)),
    /* cmlt d0, d1, #0 */
    T2("val3", CMLT_sc_zero, 0x5ee0a820, P(0x8000000000000000, 0x7), P(0xffffffffffffffff, 0)),
    /* cmlt d0, d1, #0 */
    T2("val4", CMLT_sc_zero, 0x5ee0a820, P(0xffffffffffffffff, 0x7), P(0xffffffffffffffff, 0)),
    { "vd_vn", A64_CMLT_sc_zero, 0x5ee0a821, /* cmlt d1, d1, #0 */
      .vin = { { V(1), R8 } }, .vout = { { V(1), 0xffffffffffffffff, 0 } } },
    { "size10", A64_CMLT_sc_zero, 0x5ea0a820, /* cmlt with size = 10 (unallocated) */ UNDEF },
    /* abs d0, d1 */
    T2("val0", ABS_sc, 0x5ee0b820, P(0, 0x7), P(0, 0)),
    /* abs d0, d1 */
    T2("val1", ABS_sc, 0x5ee0b820, P(0x1, 0x7), P(0x1, 0)),
    /* abs d0, d1 */
    T2("val2", ABS_sc, 0x5ee0b820, P(0x7fffffffffffffff, 0x7), P(0x7fffffffffffffff, 0)),
    /* abs d0, d1 */
    T2("val3", ABS_sc, 0x5ee0b820, P(0x8000000000000000, 0x7), P(0x8000000000000000, 0)),
    /* abs d0, d1 */
    T2("val4", ABS_sc, 0x5ee0b820, P(0xffffffffffffffff, 0x7), P(0x1, 0)),
    { "vd_vn", A64_ABS_sc, 0x5ee0b821, /* abs d1, d1 */
      .vin = { { V(1), R9 } }, .vout = { { V(1), 0x197c5320df9f283c, 0 } } },
    { "size10", A64_ABS_sc, 0x5ea0b820, /* abs with size = 10 (unallocated) */ UNDEF },
    /* neg d0, d1 */
    T2("val0", NEG_sc, 0x7ee0b820, P(0, 0x7), P(0, 0)),
    /* neg d0, d1 */
    T2("val1", NEG_sc, 0x7ee0b820, P(0x1, 0x7), P(0xffffffffffffffff, 0)),
    /* neg d0, d1 */
    T2("val2", NEG_sc, 0x7ee0b820, P(0x7fffffffffffffff, 0x7), P(0x8000000000000001, 0)),
    /* neg d0, d1 */
    T2("val3", NEG_sc, 0x7ee0b820, P(0x8000000000000000, 0x7), P(0x8000000000000000, 0)),
    /* neg d0, d1 */
    T2("val4", NEG_sc, 0x7ee0b820, P(0xffffffffffffffff, 0x7), P(0x1, 0)),
    { "vd_vn", A64_NEG_sc, 0x7ee0b821, /* neg d1, d1 */
      .vin = { { V(1), R0 } }, .vout = { { V(1), 0x8b677dcde1cafb62, 0 } } },
    { "size10", A64_NEG_sc, 0x7ea0b820, /* neg with size = 10 (unallocated) */ UNDEF },
    /* sqxtn b0, h1 */
    T2Q("edge_b", SQXTN_sc, 0x5e214820, EN_H, P(0x7f, 0)),
    /* sqxtn b0, h1 */
    T2("edge2_b", SQXTN_sc, 0x5e214820, EM_H, P(0x1, 0)),
    /* sqxtn h0, s1 */
    T2Q("edge_h", SQXTN_sc, 0x5e614820, EN_S, P(0x7fff, 0)),
    /* sqxtn h0, s1 */
    T2("edge2_h", SQXTN_sc, 0x5e614820, EM_S, P(0x1, 0)),
    /* sqxtn s0, d1 */
    T2Q("edge_s", SQXTN_sc, 0x5ea14820, EN_D, P(0x000000007fffffff, 0)),
    /* sqxtn s0, d1 */
    T2("edge2_s", SQXTN_sc, 0x5ea14820, EM_D, P(0x1, 0)),
    /* sqxtn h0, s1 */
    T2("in_range", SQXTN_sc, 0x5e614820, P(0x00007fff00007fff, 0x00007fff00007fff), P(0x7fff, 0)),
    { "vd_vn", A64_SQXTN_sc, 0x5ea14821, /* sqxtn s1, d1 */
      .vin = { { V(1), 0x0000000080000000, 0x5 } }, .vout = { { V(1), 0x000000007fffffff, 0 } },
      .fpsr_out = QC },
    { "size11", A64_SQXTN_sc, 0x5ee14820, /* sqxtn with size = 11 (reserved) */ UNDEF },
    /* uqxtn b0, h1 */
    T2Q("edge_b", UQXTN_sc, 0x7e214820, EN_H, P(0xff, 0)),
    /* uqxtn b0, h1 */
    T2("edge2_b", UQXTN_sc, 0x7e214820, EM_H, P(0x1, 0)),
    /* uqxtn h0, s1 */
    T2Q("edge_h", UQXTN_sc, 0x7e614820, EN_S, P(0xffff, 0)),
    /* uqxtn h0, s1 */
    T2("edge2_h", UQXTN_sc, 0x7e614820, EM_S, P(0x1, 0)),
    /* uqxtn s0, d1 */
    T2Q("edge_s", UQXTN_sc, 0x7ea14820, EN_D, P(0x00000000ffffffff, 0)),
    /* uqxtn s0, d1 */
    T2("edge2_s", UQXTN_sc, 0x7ea14820, EM_D, P(0x1, 0)),
    /* uqxtn h0, s1 */
    T2("in_range", UQXTN_sc, 0x7e614820, P(0x00007fff00007fff, 0x00007fff00007fff), P(0x7fff, 0)),
    { "vd_vn", A64_UQXTN_sc, 0x7ea14821, /* uqxtn s1, d1 */
      .vin = { { V(1), 0x0000000080000000, 0x5 } }, .vout = { { V(1), 0x0000000080000000, 0 } } },
    { "size11", A64_UQXTN_sc, 0x7ee14820, /* uqxtn with size = 11 (reserved) */ UNDEF },
    /* sqxtun b0, h1 */
    T2Q("edge_b", SQXTUN_sc, 0x7e212820, EN_H, P(0xff, 0)),
    /* sqxtun b0, h1 */
    T2("edge2_b", SQXTUN_sc, 0x7e212820, EM_H, P(0x1, 0)),
    /* sqxtun h0, s1 */
    T2Q("edge_h", SQXTUN_sc, 0x7e612820, EN_S, P(0xffff, 0)),
    /* sqxtun h0, s1 */
    T2("edge2_h", SQXTUN_sc, 0x7e612820, EM_S, P(0x1, 0)),
    /* sqxtun s0, d1 */
    T2Q("edge_s", SQXTUN_sc, 0x7ea12820, EN_D, P(0x00000000ffffffff, 0)),
    /* sqxtun s0, d1 */
    T2("edge2_s", SQXTUN_sc, 0x7ea12820, EM_D, P(0x1, 0)),
    /* sqxtun h0, s1 */
    T2("in_range", SQXTUN_sc, 0x7e612820, P(0x00007fff00007fff, 0x00007fff00007fff), P(0x7fff, 0)),
    { "vd_vn", A64_SQXTUN_sc, 0x7ea12821, /* sqxtun s1, d1 */
      .vin = { { V(1), 0x0000000080000000, 0x5 } }, .vout = { { V(1), 0x0000000080000000, 0 } } },
    { "size11", A64_SQXTUN_sc, 0x7ee12820, /* sqxtun with size = 11 (reserved) */ UNDEF },
    { "fp_trap", A64_SQABS_sc, 0x5ea07820, /* sqabs s0, s1 */ FP_TRAP },

    /* scalar pairwise ADDP and scalar copy DUP */
    /* addp d0, v1.2d */
    T2("basic", ADDP_sc, 0x5ef1b820, R1, P(0x2dbd24715e7c7cd1, 0)),
    /* addp d0, v1.2d */
    T2("wrap", ADDP_sc, 0x5ef1b820, EM_D, P(0, 0)),
    { "vd_vn", A64_ADDP_sc, 0x5ef1b821, /* addp d1, v1.2d */
      .vin = { { V(1), R2 } }, .vout = { { V(1), 0x8e501e7c46e9c053, 0 } } },
    { "size10", A64_ADDP_sc, 0x5eb1b820, /* addp with size = 10 (unallocated) */ UNDEF },
    /* dup b0, v1.b[15] */
    T2("b15", DUP_sc, 0x5e1f0420, R3, P(0x88, 0)),
    /* mov h0, v1.h[7] */
    T2("h7", DUP_sc, 0x5e1e0420, R4, P(0x5b08, 0)),
    /* dup s0, v1.s[2] */
    T2("s2", DUP_sc, 0x5e140420, R5, P(0x00000000e48f12b9, 0)),
    /* mov d0, v1.d[1] */
    T2("d1", DUP_sc, 0x5e180420, R6, P(0x82b9bfbc91ba7257, 0)),
    { "d0_vd_vn", A64_DUP_sc, 0x5e080421, /* dup d1, v1.d[0] */
      .vin = { { V(1), R7 } }, .vout = { { V(1), 0x0cf197f45625871b, 0 } } },
    { "fp_trap", A64_DUP_sc, 0x5e010420, /* dup b0, v1.b[0] */ FP_TRAP },

};

CASE_SET(simd_scalar_2misc, c);
