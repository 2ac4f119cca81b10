/*
 * cases_simd_scalar_3.c — Advanced SIMD integer scalar: three same
 * (saturating add/sub, 64-bit compares, ADD/SUB, shifts,
 * SQDMULH/SQRDMULH/SQRDMLAH/SQRDMLSH) and three different
 * (SQDMULL/SQDMLAL/SQDMLSL).
 * Provenance of the expected values and the macros: simd_cases.h.
 */
#include "simd_cases.h"

static const InsnCase c[] = {
    /* scalar three same: saturating add/sub (every size) */
    /* sqadd b0, b1, b2 */
    T3Q("edge_b", SQADD_sc, 0x5e220c20, EN_B, EM_B, P(0x7f, 0)),
    /* sqadd h0, h1, h2 */
    T3Q("edge_h", SQADD_sc, 0x5e620c20, EN_H, EM_H, P(0x7fff, 0)),
    /* sqadd s0, s1, s2 */
    T3Q("edge_s", SQADD_sc, 0x5ea20c20, EN_S, EM_S, P(0x000000007fffffff, 0)),
    /* sqadd d0, d1, d2 */
    T3Q("edge_d", SQADD_sc, 0x5ee20c20, EN_D, EM_D, P(0x7fffffffffffffff, 0)),
    /* sqadd d0, d1, d2 */
    T3("edge2_d", SQADD_sc, 0x5ee20c20, EN2_D, EM2_D, P(0x8000000000000000, 0)),
    /* sqadd s0, s1, s2 */
    T3("edge3_s", SQADD_sc, 0x5ea20c20, P(0x8000000080000000, 0x8000000080000000), P(0x0000000100000001, 0x0000000100000001),
       P(0x0000000080000001, 0)),
    { "vd_vn_b", A64_SQADD_sc, 0x5e220c21, /* sqadd b1, b1, b2 */
      .vin = { { V(1), R0 }, { V(2), R1 } }, .vout = { { V(1), 0x80, 0 } }, .fpsr_out = QC },
    /* uqadd b0, b1, b2 */
    T3("edge_b", UQADD_sc, 0x7e220c20, EN_B, EM_B, P(0x80, 0)),
    /* uqadd h0, h1, h2 */
    T3("edge_h", UQADD_sc, 0x7e620c20, EN_H, EM_H, P(0x8000, 0)),
    /* uqadd s0, s1, s2 */
    T3("edge_s", UQADD_sc, 0x7ea20c20, EN_S, EM_S, P(0x0000000080000000, 0)),
    /* uqadd d0, d1, d2 */
    T3("edge_d", UQADD_sc, 0x7ee20c20, EN_D, EM_D, P(0x8000000000000000, 0)),
    /* uqadd d0, d1, d2 */
    T3("edge2_d", UQADD_sc, 0x7ee20c20, EN2_D, EM2_D, P(0x8000000000000000, 0)),
    /* uqadd s0, s1, s2 */
    T3("edge3_s", UQADD_sc, 0x7ea20c20, P(0x8000000080000000, 0x8000000080000000), P(0x0000000100000001, 0x0000000100000001),
       P(0x0000000080000001, 0)),
    { "vd_vn_b", A64_UQADD_sc, 0x7e220c21, /* uqadd b1, b1, b2 */
      .vin = { { V(1), R2 }, { V(2), R3 } }, .vout = { { V(1), 0xff, 0 } }, .fpsr_out = QC },
    /* sqsub b0, b1, b2 */
    T3("edge_b", SQSUB_sc, 0x5e222c20, EN_B, EM_B, P(0x7e, 0)),
    /* sqsub h0, h1, h2 */
    T3("edge_h", SQSUB_sc, 0x5e622c20, EN_H, EM_H, P(0x7ffe, 0)),
    /* sqsub s0, s1, s2 */
    T3("edge_s", SQSUB_sc, 0x5ea22c20, EN_S, EM_S, P(0x000000007ffffffe, 0)),
    /* sqsub d0, d1, d2 */
    T3("edge_d", SQSUB_sc, 0x5ee22c20, EN_D, EM_D, P(0x7ffffffffffffffe, 0)),
    /* sqsub d0, d1, d2 */
    T3Q("edge2_d", SQSUB_sc, 0x5ee22c20, EN2_D, EM2_D, P(0x7fffffffffffffff, 0)),
    /* sqsub s0, s1, s2 */
    T3Q("edge3_s", SQSUB_sc, 0x5ea22c20, P(0x8000000080000000, 0x8000000080000000), P(0x0000000100000001, 0x0000000100000001),
       P(0x0000000080000000, 0)),
    { "vd_vn_b", A64_SQSUB_sc, 0x5e222c21, /* sqsub b1, b1, b2 */
      .vin = { { V(1), R4 }, { V(2), R5 } }, .vout = { { V(1), 0x29, 0 } } },
    /* uqsub b0, b1, b2 */
    T3("edge_b", UQSUB_sc, 0x7e222c20, EN_B, EM_B, P(0x7e, 0)),
    /* uqsub h0, h1, h2 */
    T3("edge_h", UQSUB_sc, 0x7e622c20, EN_H, EM_H, P(0x7ffe, 0)),
    /* uqsub s0, s1, s2 */
    T3("edge_s", UQSUB_sc, 0x7ea22c20, EN_S, EM_S, P(0x000000007ffffffe, 0)),
    /* uqsub d0, d1, d2 */
    T3("edge_d", UQSUB_sc, 0x7ee22c20, EN_D, EM_D, P(0x7ffffffffffffffe, 0)),
    /* uqsub d0, d1, d2 */
    T3Q("edge2_d", UQSUB_sc, 0x7ee22c20, EN2_D, EM2_D, P(0, 0)),
    /* uqsub s0, s1, s2 */
    T3("edge3_s", UQSUB_sc, 0x7ea22c20, P(0x8000000080000000, 0x8000000080000000), P(0x0000000100000001, 0x0000000100000001),
       P(0x000000007fffffff, 0)),
    { "vd_vn_b", A64_UQSUB_sc, 0x7e222c21, /* uqsub b1, b1, b2 */
      .vin = { { V(1), R6 }, { V(2), R7 } }, .vout = { { V(1), 0xab, 0 } } },
    { "qc_kept", A64_SQADD_sc, 0x5e620c20, /* sqadd h0, h1, h2 */
      .vin = { { V(1), 0x0001000100010001, 0x0001000100010001 },
               { V(2), 0x0002000200020002, 0x0002000200020002 } }, .fpsr_in = QC,
      .vout = { { V(0), 0x3, 0 } }, .fpsr_out = QC },

    /* scalar three same: 64-bit compares, ADD/SUB, shifts (other sizes unallocated) */
    /* cmgt d0, d1, d2 */
    T3("edge", CMGT_sc, 0x5ee23420, EN_D, EM_D, P(0xffffffffffffffff, 0)),
    /* cmgt d0, d1, d2 */
    T3("edge2", CMGT_sc, 0x5ee23420, EN2_D, EM2_D, P(0xffffffffffffffff, 0)),
    /* cmgt d0, d1, d2 */
    T3("equal", CMGT_sc, 0x5ee23420, P(0x5, 0), P(0x5, 0x1), P(0, 0)),
    { "vd_vn_vm", A64_CMGT_sc, 0x5ee33463, /* cmgt d3, d3, d3 */
      .vin = { { V(3), R8 } }, .vout = { { V(3), 0, 0 } } },
    { "size10", A64_CMGT_sc, 0x5ea23420, /* cmgt with size = 10 (unallocated) */ UNDEF },
    /* cmge d0, d1, d2 */
    T3("edge", CMGE_sc, 0x5ee23c20, EN_D, EM_D, P(0xffffffffffffffff, 0)),
    /* cmge d0, d1, d2 */
    T3("edge2", CMGE_sc, 0x5ee23c20, EN2_D, EM2_D, P(0xffffffffffffffff, 0)),
    /* cmge d0, d1, d2 */
    T3("equal", CMGE_sc, 0x5ee23c20, P(0x5, 0), P(0x5, 0x1), P(0xffffffffffffffff, 0)),
    { "vd_vn_vm", A64_CMGE_sc, 0x5ee33c63, /* cmge d3, d3, d3 */
      .vin = { { V(3), R9 } }, .vout = { { V(3), 0xffffffffffffffff, 0 } } },
    { "size10", A64_CMGE_sc, 0x5ea23c20, /* cmge with size = 10 (unallocated) */ UNDEF },
    /* cmhi d0, d1, d2 */
    T3("edge", CMHI_sc, 0x7ee23420, EN_D, EM_D, P(0xffffffffffffffff, 0)),
    /* cmhi d0, d1, d2 */
    T3("edge2", CMHI_sc, 0x7ee23420, EN2_D, EM2_D, P(0, 0)),
    /* cmhi d0, d1, d2 */
    T3("equal", CMHI_sc, 0x7ee23420, P(0x5, 0), P(0x5, 0x1), P(0, 0)),
    { "vd_vn_vm", A64_CMHI_sc, 0x7ee33463, /* cmhi d3, d3, d3 */
      .vin = { { V(3), R0 } }, .vout = { { V(3), 0, 0 } } },
    { "size10", A64_CMHI_sc, 0x7ea23420, /* cmhi with size = 10 (unallocated) */ UNDEF },
    /* cmhs d0, d1, d2 */
    T3("edge", CMHS_sc, 0x7ee23c20, EN_D, EM_D, P(0xffffffffffffffff, 0)),
    /* cmhs d0, d1, d2 */
    T3("edge2", CMHS_sc, 0x7ee23c20, EN2_D, EM2_D, P(0, 0)),
    /* cmhs d0, d1, d2 */
    T3("equal", CMHS_sc, 0x7ee23c20, P(0x5, 0), P(0x5, 0x1), P(0xffffffffffffffff, 0)),
    { "vd_vn_vm", A64_CMHS_sc, 0x7ee33c63, /* cmhs d3, d3, d3 */
      .vin = { { V(3), R1 } }, .vout = { { V(3), 0xffffffffffffffff, 0 } } },
    { "size10", A64_CMHS_sc, 0x7ea23c20, /* cmhs with size = 10 (unallocated) */ UNDEF },
    /* cmtst d0, d1, d2 */
    T3("edge", CMTST_sc, 0x5ee28c20, EN_D, EM_D, P(0xffffffffffffffff, 0)),
    /* cmtst d0, d1, d2 */
    T3("edge2", CMTST_sc, 0x5ee28c20, EN2_D, EM2_D, P(0, 0)),
    /* cmtst d0, d1, d2 */
    T3("equal", CMTST_sc, 0x5ee28c20, P(0x5, 0), P(0x5, 0x1), P(0xffffffffffffffff, 0)),
    { "vd_vn_vm", A64_CMTST_sc, 0x5ee38c63, /* cmtst d3, d3, d3 */
      .vin = { { V(3), R2 } }, .vout = { { V(3), 0xffffffffffffffff, 0 } } },
    { "size10", A64_CMTST_sc, 0x5ea28c20, /* cmtst with size = 10 (unallocated) */ UNDEF },
    /* cmeq d0, d1, d2 */
    T3("edge", CMEQ_sc, 0x7ee28c20, EN_D, EM_D, P(0, 0)),
    /* cmeq d0, d1, d2 */
    T3("edge2", CMEQ_sc, 0x7ee28c20, EN2_D, EM2_D, P(0, 0)),
    /* cmeq d0, d1, d2 */
    T3("equal", CMEQ_sc, 0x7ee28c20, P(0x5, 0), P(0x5, 0x1), P(0xffffffffffffffff, 0)),
    { "vd_vn_vm", A64_CMEQ_sc, 0x7ee38c63, /* cmeq d3, d3, d3 */
      .vin = { { V(3), R3 } }, .vout = { { V(3), 0xffffffffffffffff, 0 } } },
    { "size10", A64_CMEQ_sc, 0x7ea28c20, /* cmeq with size = 10 (unallocated) */ UNDEF },
    /* add d0, d1, d2 */
    T3("edge", ADD_sc, 0x5ee28420, EN_D, EM_D, P(0x8000000000000000, 0)),
    /* add d0, d1, d2 */
    T3("edge2", ADD_sc, 0x5ee28420, EN2_D, EM2_D, P(0x8000000000000000, 0)),
    /* add d0, d1, d2 */
    T3("equal", ADD_sc, 0x5ee28420, P(0x5, 0), P(0x5, 0x1), P(0xa, 0)),
    { "vd_vn_vm", A64_ADD_sc, 0x5ee38463, /* add d3, d3, d3 */
      .vin = { { V(3), R4 } }, .vout = { { V(3), 0xb43632a0c1881d6e, 0 } } },
    { "size10", A64_ADD_sc, 0x5ea28420, /* add with size = 10 (unallocated) */ UNDEF },
    /* sub d0, d1, d2 */
    T3("edge", SUB_sc, 0x7ee28420, EN_D, EM_D, P(0x7ffffffffffffffe, 0)),
    /* sub d0, d1, d2 */
    T3("edge2", SUB_sc, 0x7ee28420, EN2_D, EM2_D, P(0x8000000000000000, 0)),
    /* sub d0, d1, d2 */
    T3("equal", SUB_sc, 0x7ee28420, P(0x5, 0), P(0x5, 0x1), P(0, 0)),
    { "vd_vn_vm", A64_SUB_sc, 0x7ee38463, /* sub d3, d3, d3 */
      .vin = { { V(3), R5 } }, .vout = { { V(3), 0, 0 } } },
    { "size10", A64_SUB_sc, 0x7ea28420, /* sub with size = 10 (unallocated) */ UNDEF },
    /* sshl d0, d1, d2 */
    T3("basic", SSHL_sc, 0x5ee24420, R6, P(0x5, 0x5), P(0x57c4595a6f62f8c0, 0)),
    /* sshl d0, d1, d2 */
    T3("amount_m1", SSHL_sc, 0x5ee24420, P(0x7ffffffffffffffd, 0x7ffffffffffffffd), P(0x00000000012345ff, 0x00000000012345ff),
       P(0x3ffffffffffffffe, 0)),
    /* sshl d0, d1, d2 */
    T3("amount_63", SSHL_sc, 0x5ee24420, P(0x8000000000000003, 0x8000000000000003), P(0x000000000123453f, 0x000000000123453f),
       P(0x8000000000000000, 0)),
    /* sshl d0, d1, d2 */
    T3("amount_m64", SSHL_sc, 0x5ee24420, P(0x7ffffffffffffffd, 0x7ffffffffffffffd), P(0x00000000012345c0, 0x00000000012345c0),
       P(0, 0)),
    /* sshl d0, d1, d2 */
    T3("amount_64", SSHL_sc, 0x5ee24420, P(0x8000000000000003, 0x8000000000000003), P(0x0000000001234540, 0x0000000001234540),
       P(0, 0)),
    /* sshl d0, d1, d2 */
    T3("amount_m65", SSHL_sc, 0x5ee24420, P(0x7ffffffffffffffd, 0x7ffffffffffffffd), P(0x00000000012345bf, 0x00000000012345bf),
       P(0, 0)),
    /* sshl d0, d1, d2 */
    T3("amount_m128", SSHL_sc, 0x5ee24420, P(0x8000000000000003, 0x8000000000000003), P(0x0000000001234580, 0x0000000001234580),
       P(0xffffffffffffffff, 0)),
    /* sshl d0, d1, d2 */
    T3("amount_127", SSHL_sc, 0x5ee24420, P(0x7ffffffffffffffd, 0x7ffffffffffffffd), P(0x000000000123457f, 0x000000000123457f),
       P(0, 0)),
    /* sshl d0, d1, d2 */
    T3("amount_0", SSHL_sc, 0x5ee24420, P(0x8000000000000003, 0x8000000000000003), P(0x0000000001234500, 0x0000000001234500),
       P(0x8000000000000003, 0)),
    /* sshl d0, d1, d2 */
    T3("round_tie", SSHL_sc, 0x5ee24420, P(0xffffffffffffffff, 0xffffffffffffffff), P(0xff, 0xff),
       P(0xffffffffffffffff, 0)),
    { "vd_vm", A64_SSHL_sc, 0x5ee24422, /* sshl d2, d1, d2 */
      .vin = { { V(1), R7 }, { V(2), 0xfc, 0xfc } }, .vout = { { V(2), 0x00cf197f45625871, 0 } } },
    { "size10", A64_SSHL_sc, 0x5ea24420, /* sshl with size = 10 (unallocated) */ UNDEF },
    /* ushl d0, d1, d2 */
    T3("basic", USHL_sc, 0x7ee24420, R8, P(0x5, 0x5), P(0x9462cbbc3567c020, 0)),
    /* ushl d0, d1, d2 */
    T3("amount_m1", USHL_sc, 0x7ee24420, P(0x7ffffffffffffffd, 0x7ffffffffffffffd), P(0x00000000012345ff, 0x00000000012345ff),
       P(0x3ffffffffffffffe, 0)),
    /* ushl d0, d1, d2 */
    T3("amount_63", USHL_sc, 0x7ee24420, P(0x8000000000000003, 0x8000000000000003), P(0x000000000123453f, 0x000000000123453f),
       P(0x8000000000000000, 0)),
    /* ushl d0, d1, d2 */
    T3("amount_m64", USHL_sc, 0x7ee24420, P(0x7ffffffffffffffd, 0x7ffffffffffffffd), P(0x00000000012345c0, 0x00000000012345c0),
       P(0, 0)),
    /* ushl d0, d1, d2 */
    T3("amount_64", USHL_sc, 0x7ee24420, P(0x8000000000000003, 0x8000000000000003), P(0x0000000001234540, 0x0000000001234540),
       P(0, 0)),
    /* ushl d0, d1, d2 */
    T3("amount_m65", USHL_sc, 0x7ee24420, P(0x7ffffffffffffffd, 0x7ffffffffffffffd), P(0x00000000012345bf, 0x00000000012345bf),
       P(0, 0)),
    /* ushl d0, d1, d2 */
    T3("amount_m128", USHL_sc, 0x7ee24420, P(0x8000000000000003, 0x8000000000000003), P(0x0000000001234580, 0x0000000001234580),
       P(0, 0)),
    /* ushl d0, d1, d2 */
    T3("amount_127", USHL_sc, 0x7ee24420, P(0x7ffffffffffffffd, 0x7ffffffffffffffd), P(0x000000000123457f, 0x000000000123457f),
       P(0, 0)),
    /* ushl d0, d1, d2 */
    T3("amount_0", USHL_sc, 0x7ee24420, P(0x8000000000000003, 0x8000000000000003), P(0x0000000001234500, 0x0000000001234500),
       P(0x8000000000000003, 0)),
    /* ushl d0, d1, d2 */
    T3("round_tie", USHL_sc, 0x7ee24420, P(0xffffffffffffffff, 0xffffffffffffffff), P(0xff, 0xff),
       P(0x7fffffffffffffff, 0)),
    { "vd_vm", A64_USHL_sc, 0x7ee24422, /* ushl d2, d1, d2 */
      .vin = { { V(1), R9 }, { V(2), 0xfc, 0xfc } }, .vout = { { V(2), 0x0e683acdf2060d7c, 0 } } },
    { "size10", A64_USHL_sc, 0x7ea24420, /* ushl with size = 10 (unallocated) */ UNDEF },
    /* srshl d0, d1, d2 */
    T3("basic", SRSHL_sc, 0x5ee25420, R0, P(0x5, 0x5), P(0x93104643c6a093c0, 0)),
    /* srshl d0, d1, d2 */
    T3("amount_m1", SRSHL_sc, 0x5ee25420, P(0x7ffffffffffffffd, 0x7ffffffffffffffd), P(0x00000000012345ff, 0x00000000012345ff),
       P(0x3fffffffffffffff, 0)),
    /* srshl d0, d1, d2 */
    T3("amount_63", SRSHL_sc, 0x5ee25420, P(0x8000000000000003, 0x8000000000000003), P(0x000000000123453f, 0x000000000123453f),
       P(0x8000000000000000, 0)),
    /* srshl d0, d1, d2 */
    T3("amount_m64", SRSHL_sc, 0x5ee25420, P(0x7ffffffffffffffd, 0x7ffffffffffffffd), P(0x00000000012345c0, 0x00000000012345c0),
       P(0, 0)),
    /* srshl d0, d1, d2 */
    T3("amount_64", SRSHL_sc, 0x5ee25420, P(0x8000000000000003, 0x8000000000000003), P(0x0000000001234540, 0x0000000001234540),
       P(0, 0)),
    /* srshl d0, d1, d2 */
    T3("amount_m65", SRSHL_sc, 0x5ee25420, P(0x7ffffffffffffffd, 0x7ffffffffffffffd), P(0x00000000012345bf, 0x00000000012345bf),
       P(0, 0)),
    /* srshl d0, d1, d2 */
    T3("amount_m128", SRSHL_sc, 0x5ee25420, P(0x8000000000000003, 0x8000000000000003), P(0x0000000001234580, 0x0000000001234580),
       P(0, 0)),
    /* srshl d0, d1, d2 */
    T3("amount_127", SRSHL_sc, 0x5ee25420, P(0x7ffffffffffffffd, 0x7ffffffffffffffd), P(0x000000000123457f, 0x000000000123457f),
       P(0, 0)),
    /* srshl d0, d1, d2 */
    T3("amount_0", SRSHL_sc, 0x5ee25420, P(0x8000000000000003, 0x8000000000000003), P(0x0000000001234500, 0x0000000001234500),
       P(0x8000000000000003, 0)),
    /* srshl d0, d1, d2 */
    T3("round_tie", SRSHL_sc, 0x5ee25420, P(0xffffffffffffffff, 0xffffffffffffffff), P(0xff, 0xff),
       P(0, 0)),
    { "vd_vm", A64_SRSHL_sc, 0x5ee25422, /* srshl d2, d1, d2 */
      .vin = { { V(1), R1 }, { V(2), 0xfc, 0xfc } }, .vout = { { V(2), 0x04242aadbc8f429a, 0 } } },
    { "size10", A64_SRSHL_sc, 0x5ea25420, /* srshl with size = 10 (unallocated) */ UNDEF },
    /* urshl d0, d1, d2 */
    T3("basic", URSHL_sc, 0x7ee25420, R2, P(0x5, 0x5), P(0x9e77ab1b4c1f6380, 0)),
    /* urshl d0, d1, d2 */
    T3("amount_m1", URSHL_sc, 0x7ee25420, P(0x7ffffffffffffffd, 0x7ffffffffffffffd), P(0x00000000012345ff, 0x00000000012345ff),
       P(0x3fffffffffffffff, 0)),
    /* urshl d0, d1, d2 */
    T3("amount_63", URSHL_sc, 0x7ee25420, P(0x8000000000000003, 0x8000000000000003), P(0x000000000123453f, 0x000000000123453f),
       P(0x8000000000000000, 0)),
    /* urshl d0, d1, d2 */
    T3("amount_m64", URSHL_sc, 0x7ee25420, P(0x7ffffffffffffffd, 0x7ffffffffffffffd), P(0x00000000012345c0, 0x00000000012345c0),
       P(0, 0)),
    /* urshl d0, d1, d2 */
    T3("amount_64", URSHL_sc, 0x7ee25420, P(0x8000000000000003, 0x8000000000000003), P(0x0000000001234540, 0x0000000001234540),
       P(0, 0)),
    /* urshl d0, d1, d2 */
    T3("amount_m65", URSHL_sc, 0x7ee25420, P(0x7ffffffffffffffd, 0x7ffffffffffffffd), P(0x00000000012345bf, 0x00000000012345bf),
       P(0, 0)),
    /* urshl d0, d1, d2 */
    T3("amount_m128", URSHL_sc, 0x7ee25420, P(0x8000000000000003, 0x8000000000000003), P(0x0000000001234580, 0x0000000001234580),
       P(0, 0)),
    /* urshl d0, d1, d2 */
    T3("amount_127", URSHL_sc, 0x7ee25420, P(0x7ffffffffffffffd, 0x7ffffffffffffffd), P(0x000000000123457f, 0x000000000123457f),
       P(0, 0)),
    /* urshl d0, d1, d2 */
    T3("amount_0", URSHL_sc, 0x7ee25420, P(0x8000000000000003, 0x8000000000000003), P(0x0000000001234500, 0x0000000001234500),
       P(0x8000000000000003, 0)),
    /* urshl d0, d1, d2 */
    T3("round_tie", URSHL_sc, 0x7ee25420, P(0xffffffffffffffff, 0xffffffffffffffff), P(0xff, 0xff),
       P(0x8000000000000000, 0)),
    { "vd_vm", A64_URSHL_sc, 0x7ee25422, /* urshl d2, d1, d2 */
      .vin = { { V(1), R3 }, { V(2), 0xfc, 0xfc } }, .vout = { { V(2), 0x0f4b1b64633be40f, 0 } } },
    { "size10", A64_URSHL_sc, 0x7ea25420, /* urshl with size = 10 (unallocated) */ UNDEF },
    /* sqshl b0, b1, b2 */
    T3Q("edge_b", SQSHL_sc, 0x5e224c20, EN_B, SH_B, P(0x7f, 0)),
    /* sqshl h0, h1, h2 */
    T3Q("edge_h", SQSHL_sc, 0x5e624c20, EN_H, SH_H, P(0x7fff, 0)),
    /* sqshl s0, s1, s2 */
    T3Q("edge_s", SQSHL_sc, 0x5ea24c20, EN_S, SH_S, P(0x000000007fffffff, 0)),
    /* sqshl d0, d1, d2 */
    T3Q("edge_d", SQSHL_sc, 0x5ee24c20, EN_D, SH_D, P(0x7fffffffffffffff, 0)),
    /* sqshl d0, d1, d2 */
    T3Q("d_63", SQSHL_sc, 0x5ee24c20, P(0x1, 0x1), P(0x3f, 0x3f), P(0x7fffffffffffffff, 0)),
    /* sqshl d0, d1, d2 */
    T3("d_m1_tie", SQSHL_sc, 0x5ee24c20, P(0xffffffffffffffff, 0xffffffffffffffff), P(0xff, 0xff),
       P(0xffffffffffffffff, 0)),
    /* sqshl h0, h1, h2 */
    T3("h_m16", SQSHL_sc, 0x5e624c20, P(0x8000800080008000, 0x8000800080008000), P(0x00f000f000f000f0, 0x00f000f000f000f0),
       P(0xffff, 0)),
    { "vd_vn_b", A64_SQSHL_sc, 0x5e224c21, /* sqshl b1, b1, b2 */
      .vin = { { V(1), 0x4040404040404040, 0x4040404040404040 },
               { V(2), 0x0101010101010101, 0x0101010101010101 } }, .vout = { { V(1), 0x7f, 0 } },
      .fpsr_out = QC },
    /* uqshl b0, b1, b2 */
    T3("edge_b", UQSHL_sc, 0x7e224c20, EN_B, SH_B, P(0xfe, 0)),
    /* uqshl h0, h1, h2 */
    T3("edge_h", UQSHL_sc, 0x7e624c20, EN_H, SH_H, P(0xfffe, 0)),
    /* uqshl s0, s1, s2 */
    T3("edge_s", UQSHL_sc, 0x7ea24c20, EN_S, SH_S, P(0x00000000fffffffe, 0)),
    /* uqshl d0, d1, d2 */
    T3("edge_d", UQSHL_sc, 0x7ee24c20, EN_D, SH_D, P(0xfffffffffffffffe, 0)),
    /* uqshl d0, d1, d2 */
    T3("d_63", UQSHL_sc, 0x7ee24c20, P(0x1, 0x1), P(0x3f, 0x3f), P(0x8000000000000000, 0)),
    /* uqshl d0, d1, d2 */
    T3("d_m1_tie", UQSHL_sc, 0x7ee24c20, P(0xffffffffffffffff, 0xffffffffffffffff), P(0xff, 0xff),
       P(0x7fffffffffffffff, 0)),
    /* uqshl h0, h1, h2 */
    T3("h_m16", UQSHL_sc, 0x7e624c20, P(0x8000800080008000, 0x8000800080008000), P(0x00f000f000f000f0, 0x00f000f000f000f0),
       P(0, 0)),
    { "vd_vn_b", A64_UQSHL_sc, 0x7e224c21, /* uqshl b1, b1, b2 */
      .vin = { { V(1), 0x4040404040404040, 0x4040404040404040 },
               { V(2), 0x0101010101010101, 0x0101010101010101 } }, .vout = { { V(1), 0x80, 0 } } },
    /* sqrshl b0, b1, b2 */
    T3Q("edge_b", SQRSHL_sc, 0x5e225c20, EN_B, SH_B, P(0x7f, 0)),
    /* sqrshl h0, h1, h2 */
    T3Q("edge_h", SQRSHL_sc, 0x5e625c20, EN_H, SH_H, P(0x7fff, 0)),
    /* sqrshl s0, s1, s2 */
    T3Q("edge_s", SQRSHL_sc, 0x5ea25c20, EN_S, SH_S, P(0x000000007fffffff, 0)),
    /* sqrshl d0, d1, d2 */
    T3Q("edge_d", SQRSHL_sc, 0x5ee25c20, EN_D, SH_D, P(0x7fffffffffffffff, 0)),
    /* sqrshl d0, d1, d2 */
    T3Q("d_63", SQRSHL_sc, 0x5ee25c20, P(0x1, 0x1), P(0x3f, 0x3f), P(0x7fffffffffffffff, 0)),
    /* sqrshl d0, d1, d2 */
    T3("d_m1_tie", SQRSHL_sc, 0x5ee25c20, P(0xffffffffffffffff, 0xffffffffffffffff), P(0xff, 0xff),
       P(0, 0)),
    /* sqrshl h0, h1, h2 */
    T3("h_m16", SQRSHL_sc, 0x5e625c20, P(0x8000800080008000, 0x8000800080008000), P(0x00f000f000f000f0, 0x00f000f000f000f0),
       P(0, 0)),
    { "vd_vn_b", A64_SQRSHL_sc, 0x5e225c21, /* sqrshl b1, b1, b2 */
      .vin = { { V(1), 0x4040404040404040, 0x4040404040404040 },
               { V(2), 0x0101010101010101, 0x0101010101010101 } }, .vout = { { V(1), 0x7f, 0 } },
      .fpsr_out = QC },
    /* uqrshl b0, b1, b2 */
    T3("edge_b", UQRSHL_sc, 0x7e225c20, EN_B, SH_B, P(0xfe, 0)),
    /* uqrshl h0, h1, h2 */
    T3("edge_h", UQRSHL_sc, 0x7e625c20, EN_H, SH_H, P(0xfffe, 0)),
    /* uqrshl s0, s1, s2 */
    T3("edge_s", UQRSHL_sc, 0x7ea25c20, EN_S, SH_S, P(0x00000000fffffffe, 0)),
    /* uqrshl d0, d1, d2 */
    T3("edge_d", UQRSHL_sc, 0x7ee25c20, EN_D, SH_D, P(0xfffffffffffffffe, 0)),
    /* uqrshl d0, d1, d2 */
    T3("d_63", UQRSHL_sc, 0x7ee25c20, P(0x1, 0x1), P(0x3f, 0x3f), P(0x8000000000000000, 0)),
    /* uqrshl d0, d1, d2 */
    T3("d_m1_tie", UQRSHL_sc, 0x7ee25c20, P(0xffffffffffffffff, 0xffffffffffffffff), P(0xff, 0xff),
       P(0x8000000000000000, 0)),
    /* uqrshl h0, h1, h2 */
    T3("h_m16", UQRSHL_sc, 0x7e625c20, P(0x8000800080008000, 0x8000800080008000), P(0x00f000f000f000f0, 0x00f000f000f000f0),
       P(0x1, 0)),
    { "vd_vn_b", A64_UQRSHL_sc, 0x7e225c21, /* uqrshl b1, b1, b2 */
      .vin = { { V(1), 0x4040404040404040, 0x4040404040404040 },
               { V(2), 0x0101010101010101, 0x0101010101010101 } }, .vout = { { V(1), 0x80, 0 } } },

    /* scalar SQDMULH/SQRDMULH/SQRDMLAH/SQRDMLSH (H and S only) */
    /* sqdmulh h0, h1, h2 */
    T3Q("min_h", SQDMULH_sc, 0x5e62b420, P(0x8000800080008000, 0x8000800080008000), P(0x8000800080008000, 0x8000800080008000),
       P(0x7fff, 0)),
    /* sqdmulh s0, s1, s2 */
    T3("basic_s", SQDMULH_sc, 0x5ea2b420, R4, R5, P(0x00000000fb30cc1f, 0)),
    /* sqdmulh h0, h1, h2 */
    T4("round_h", SQDMULH_sc, 0x5e62b420, P(0x7fff7fff7fff7fff, 0x7fff7fff7fff7fff), P(0x4000400040004000, 0x4000400040004000), P(0x0001000100010001, 0x0001000100010001),
       P(0, 0)),
    /* sqdmulh s0, s1, s2 */
    T4("sat_s", SQDMULH_sc, 0x5ea2b420, P(0x7fffffff7fffffff, 0x7fffffff7fffffff), P(0x7fffffff7fffffff, 0x7fffffff7fffffff), P(0x7fffffff7fffffff, 0x7fffffff7fffffff),
       P(0x000000007ffffffe, 0)),
    { "vd_vn", A64_SQDMULH_sc, 0x5ea2b421, /* sqdmulh s1, s1, s2 */
      .vin = { { V(1), 0x4000000040000000, 0x4000000040000000 },
               { V(2), 0xc0000000c0000000, 0xc0000000c0000000 } },
      .vout = { { V(1), 0x00000000e0000000, 0 } } },
    { "size00", A64_SQDMULH_sc, 0x5e22b420, /* sqdmulh with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQDMULH_sc, 0x5ee2b420, /* sqdmulh with size = 11 (reserved) */ UNDEF },
    /* sqrdmulh h0, h1, h2 */
    T3Q("min_h", SQRDMULH_sc, 0x7e62b420, P(0x8000800080008000, 0x8000800080008000), P(0x8000800080008000, 0x8000800080008000),
       P(0x7fff, 0)),
    /* sqrdmulh s0, s1, s2 */
    T3("basic_s", SQRDMULH_sc, 0x7ea2b420, R6, R7, P(0x00000000e209a690, 0)),
    /* sqrdmulh h0, h1, h2 */
    T4("round_h", SQRDMULH_sc, 0x7e62b420, P(0x7fff7fff7fff7fff, 0x7fff7fff7fff7fff), P(0x4000400040004000, 0x4000400040004000), P(0x0001000100010001, 0x0001000100010001),
       P(0x1, 0)),
    /* sqrdmulh s0, s1, s2 */
    T4("sat_s", SQRDMULH_sc, 0x7ea2b420, P(0x7fffffff7fffffff, 0x7fffffff7fffffff), P(0x7fffffff7fffffff, 0x7fffffff7fffffff), P(0x7fffffff7fffffff, 0x7fffffff7fffffff),
       P(0x000000007ffffffe, 0)),
    { "vd_vn", A64_SQRDMULH_sc, 0x7ea2b421, /* sqrdmulh s1, s1, s2 */
      .vin = { { V(1), 0x4000000040000000, 0x4000000040000000 },
               { V(2), 0xc0000000c0000000, 0xc0000000c0000000 } },
      .vout = { { V(1), 0x00000000e0000000, 0 } } },
    { "size00", A64_SQRDMULH_sc, 0x7e22b420, /* sqrdmulh with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQRDMULH_sc, 0x7ee2b420, /* sqrdmulh with size = 11 (reserved) */ UNDEF },
    /* sqrdmlah h0, h1, h2 */
    T4Q("min_h", SQRDMLAH_sc, 0x7e428420, R8, P(0x8000800080008000, 0x8000800080008000), P(0x8000800080008000, 0x8000800080008000),
       P(0x7fff, 0)),
    /* sqrdmlah s0, s1, s2 */
    T4("basic_s", SQRDMLAH_sc, 0x7e828420, R1, R9, R0, P(0x00000000d098457a, 0)),
    /* sqrdmlah h0, h1, h2 */
    T4Q("round_h", SQRDMLAH_sc, 0x7e428420, P(0x7fff7fff7fff7fff, 0x7fff7fff7fff7fff), P(0x4000400040004000, 0x4000400040004000), P(0x0001000100010001, 0x0001000100010001),
       P(0x7fff, 0)),
    /* sqrdmlah s0, s1, s2 */
    T4Q("sat_s", SQRDMLAH_sc, 0x7e828420, P(0x7fffffff7fffffff, 0x7fffffff7fffffff), P(0x7fffffff7fffffff, 0x7fffffff7fffffff), P(0x7fffffff7fffffff, 0x7fffffff7fffffff),
       P(0x000000007fffffff, 0)),
    { "vd_vn", A64_SQRDMLAH_sc, 0x7e828421, /* sqrdmlah s1, s1, s2 */
      .vin = { { V(1), 0x4000000040000000, 0x4000000040000000 },
               { V(2), 0xc0000000c0000000, 0xc0000000c0000000 } },
      .vout = { { V(1), 0x0000000020000000, 0 } } },
    { "size00", A64_SQRDMLAH_sc, 0x7e028420, /* sqrdmlah with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQRDMLAH_sc, 0x7ec28420, /* sqrdmlah with size = 11 (reserved) */ UNDEF },
    /* sqrdmlsh h0, h1, h2 */
    T4Q("min_h", SQRDMLSH_sc, 0x7e428c20, R2, P(0x8000800080008000, 0x8000800080008000), P(0x8000800080008000, 0x8000800080008000),
       P(0x8000, 0)),
    /* sqrdmlsh s0, s1, s2 */
    T4("basic_s", SQRDMLSH_sc, 0x7e828c20, R5, R3, R4, P(0x00000000d2857190, 0)),
    /* sqrdmlsh h0, h1, h2 */
    T4("round_h", SQRDMLSH_sc, 0x7e428c20, P(0x7fff7fff7fff7fff, 0x7fff7fff7fff7fff), P(0x4000400040004000, 0x4000400040004000), P(0x0001000100010001, 0x0001000100010001),
       P(0x7fff, 0)),
    /* sqrdmlsh s0, s1, s2 */
    T4("sat_s", SQRDMLSH_sc, 0x7e828c20, P(0x7fffffff7fffffff, 0x7fffffff7fffffff), P(0x7fffffff7fffffff, 0x7fffffff7fffffff), P(0x7fffffff7fffffff, 0x7fffffff7fffffff),
       P(0x1, 0)),
    { "vd_vn", A64_SQRDMLSH_sc, 0x7e828c21, /* sqrdmlsh s1, s1, s2 */
      .vin = { { V(1), 0x4000000040000000, 0x4000000040000000 },
               { V(2), 0xc0000000c0000000, 0xc0000000c0000000 } },
      .vout = { { V(1), 0x0000000060000000, 0 } } },
    { "size00", A64_SQRDMLSH_sc, 0x7e028c20, /* sqrdmlsh with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQRDMLSH_sc, 0x7ec28c20, /* sqrdmlsh with size = 11 (reserved) */ UNDEF },
    { "fp_trap", A64_SQADD_sc, 0x5ee20c20, /* sqadd d0, d1, d2 */ FP_TRAP },

    /* scalar three different: SQDMULL/SQDMLAL/SQDMLSL (H and S sources) */
    /* sqdmull s0, h1, h2 */
    T3("basic_h", SQDMULL_sc, 0x5e62d020, R6, R7, P(0x00000000e98bd7c4, 0)),
    /* sqdmull d0, s1, s2 */
    T3("basic_s", SQDMULL_sc, 0x5ea2d020, R8, R9, P(0xf853dccdf11c9f88, 0)),
    /* sqdmull d0, s1, s2 */
    T3Q("sat_product", SQDMULL_sc, 0x5ea2d020, P(0x8000000080000000, 0x8000000080000000), P(0x8000000080000000, 0x8000000080000000),
       P(0x7fffffffffffffff, 0)),
    /* sqdmull s0, h1, h2 */
    T4Q("sat_acc_h", SQDMULL_sc, 0x5e62d020, P(0x7fffffff7fffffff, 0x7fffffff7fffffff), P(0x8000800080008000, 0x8000800080008000), P(0x8000800080008000, 0x8000800080008000),
       P(0x000000007fffffff, 0)),
    /* sqdmull d0, s1, s2 */
    T4("sat_acc_neg", SQDMULL_sc, 0x5ea2d020, P(0x8000000000000000, 0x8000000000000000), P(0x0000000300000003, 0x0000000300000003), P(0x8000000080000000, 0x8000000080000000),
       P(0xfffffffd00000000, 0)),
    { "vd_vn", A64_SQDMULL_sc, 0x5e62d021, /* sqdmull s1, h1, h2 */
      .vin = { { V(1), 0x1234123412341234, 0x1234123412341234 },
               { V(2), 0xff00ff00ff00ff00, 0xff00ff00ff00ff00 } },
      .vout = { { V(1), 0x00000000ffdb9800, 0 } } },
    { "size00", A64_SQDMULL_sc, 0x5e22d020, /* sqdmull with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQDMULL_sc, 0x5ee2d020, /* sqdmull with size = 11 (reserved) */ UNDEF },
    /* sqdmlal s0, h1, h2 */
    T4("basic_h", SQDMLAL_sc, 0x5e629020, R2, R0, R1, P(0x00000000dbe1818c, 0)),
    /* sqdmlal d0, s1, s2 */
    T4Q("basic_s", SQDMLAL_sc, 0x5ea29020, R5, R3, R4, P(0x7fffffffffffffff, 0)),
    /* sqdmlal d0, s1, s2 */
    T4Q("sat_product", SQDMLAL_sc, 0x5ea29020, R6, P(0x8000000080000000, 0x8000000080000000), P(0x8000000080000000, 0x8000000080000000),
       P(0x5abe22cad37b17c5, 0)),
    /* sqdmlal s0, h1, h2 */
    T4Q("sat_acc_h", SQDMLAL_sc, 0x5e629020, P(0x7fffffff7fffffff, 0x7fffffff7fffffff), P(0x8000800080008000, 0x8000800080008000), P(0x8000800080008000, 0x8000800080008000),
       P(0x000000007fffffff, 0)),
    /* sqdmlal d0, s1, s2 */
    T4Q("sat_acc_neg", SQDMLAL_sc, 0x5ea29020, P(0x8000000000000000, 0x8000000000000000), P(0x0000000300000003, 0x0000000300000003), P(0x8000000080000000, 0x8000000080000000),
       P(0x8000000000000000, 0)),
    { "vd_vn", A64_SQDMLAL_sc, 0x5e629021, /* sqdmlal s1, h1, h2 */
      .vin = { { V(1), 0x1234123412341234, 0x1234123412341234 },
               { V(2), 0xff00ff00ff00ff00, 0xff00ff00ff00ff00 } },
      .vout = { { V(1), 0x00000000120faa34, 0 } } },
    { "size00", A64_SQDMLAL_sc, 0x5e229020, /* sqdmlal with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQDMLAL_sc, 0x5ee29020, /* sqdmlal with size = 11 (reserved) */ UNDEF },
    /* sqdmlsl s0, h1, h2 */
    T4("basic_h", SQDMLSL_sc, 0x5e62b020, R9, R7, R8, P(0x000000005af0b58e, 0)),
    /* sqdmlsl d0, s1, s2 */
    T4("basic_s", SQDMLSL_sc, 0x5ea2b020, R2, R0, R1, P(0x49f150797dc874ac, 0)),
    /* sqdmlsl d0, s1, s2 */
    T4Q("sat_product", SQDMLSL_sc, 0x5ea2b020, R3, P(0x8000000080000000, 0x8000000080000000), P(0x8000000080000000, 0x8000000080000000),
       P(0x8000000000000000, 0)),
    /* sqdmlsl s0, h1, h2 */
    T4Q("sat_acc_h", SQDMLSL_sc, 0x5e62b020, P(0x7fffffff7fffffff, 0x7fffffff7fffffff), P(0x8000800080008000, 0x8000800080008000), P(0x8000800080008000, 0x8000800080008000),
       P(0, 0)),
    /* sqdmlsl d0, s1, s2 */
    T4("sat_acc_neg", SQDMLSL_sc, 0x5ea2b020, P(0x8000000000000000, 0x8000000000000000), P(0x0000000300000003, 0x0000000300000003), P(0x8000000080000000, 0x8000000080000000),
       P(0x8000000300000000, 0)),
    { "vd_vn", A64_SQDMLSL_sc, 0x5e62b021, /* sqdmlsl s1, h1, h2 */
      .vin = { { V(1), 0x1234123412341234, 0x1234123412341234 },
               { V(2), 0xff00ff00ff00ff00, 0xff00ff00ff00ff00 } },
      .vout = { { V(1), 0x0000000012587a34, 0 } } },
    { "size00", A64_SQDMLSL_sc, 0x5e22b020, /* sqdmlsl with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQDMLSL_sc, 0x5ee2b020, /* sqdmlsl with size = 11 (reserved) */ UNDEF },

};

CASE_SET(simd_scalar_3, c);
