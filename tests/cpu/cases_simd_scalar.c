/*
 * cases_simd_scalar.c — Advanced SIMD, integer scalar classes
 * (a64_simd_scalar.def): scalar three same (incl. Armv8.1 SQRDMLAH/
 * SQRDMLSH), three different, two-register miscellaneous, pairwise, copy,
 * shift by immediate and by element. A scalar result zeroes the rest of the
 * register. Words from binutils (tools/asm-words). Expected values were
 * worked out with a transliteration of the Arm ARM pseudocode (C7.2, J1)
 * and cross-checked by running every case's inputs on qemu-aarch64.
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

    /* scalar shift by immediate: 64-bit only forms (immh<3> = 0 unallocated) */
    { "d64", A64_SSHR_sc, 0x5f400420, /* sshr d0, d1, #64 */
      .vin = { { V(0), R8 }, { V(1), 0x8000000000000001, 0x3 } },
      .vout = { { V(0), 0xffffffffffffffff, 0 } } },
    { "d64_pos", A64_SSHR_sc, 0x5f400420, /* sshr d0, d1, #64 */
      .vin = { { V(0), R9 }, { V(1), 0x7fffffffffffffff, 0x3 } }, .vout = { { V(0), 0, 0 } } },
    { "d1", A64_SSHR_sc, 0x5f7f0420, /* sshr d0, d1, #1 */
      .vin = { { V(0), R0 }, { V(1), 0xffffffffffffffff, 0x3 } },
      .vout = { { V(0), 0xffffffffffffffff, 0 } } },
    { "d63", A64_SSHR_sc, 0x5f410420, /* sshr d0, d1, #63 */
      .vin = { { V(0), R1 }, { V(1), 0xc000000000000000, 0x3 } },
      .vout = { { V(0), 0xffffffffffffffff, 0 } } },
    { "vd_vn", A64_SSHR_sc, 0x5f7c0421, /* sshr d1, d1, #4 */
      .vin = { { V(1), R2 } }, .vout = { { V(1), 0x03cf3bd58da60fb1, 0 } } },
    { "immh0xxx", A64_SSHR_sc, 0x5f3c0420,
      /* sshr with immh<3> = 0 (unallocated for this opcode) */ UNDEF },
    { "d64", A64_USHR_sc, 0x7f400420, /* ushr d0, d1, #64 */
      .vin = { { V(0), R3 }, { V(1), 0x8000000000000001, 0x3 } }, .vout = { { V(0), 0, 0 } } },
    { "d64_pos", A64_USHR_sc, 0x7f400420, /* ushr d0, d1, #64 */
      .vin = { { V(0), R4 }, { V(1), 0x7fffffffffffffff, 0x3 } }, .vout = { { V(0), 0, 0 } } },
    { "d1", A64_USHR_sc, 0x7f7f0420, /* ushr d0, d1, #1 */
      .vin = { { V(0), R5 }, { V(1), 0xffffffffffffffff, 0x3 } },
      .vout = { { V(0), 0x7fffffffffffffff, 0 } } },
    { "d63", A64_USHR_sc, 0x7f410420, /* ushr d0, d1, #63 */
      .vin = { { V(0), R6 }, { V(1), 0xc000000000000000, 0x3 } }, .vout = { { V(0), 0x1, 0 } } },
    { "vd_vn", A64_USHR_sc, 0x7f7c0421, /* ushr d1, d1, #4 */
      .vin = { { V(1), R7 } }, .vout = { { V(1), 0x00cf197f45625871, 0 } } },
    { "immh0xxx", A64_USHR_sc, 0x7f3c0420,
      /* ushr with immh<3> = 0 (unallocated for this opcode) */ UNDEF },
    { "d64", A64_SSRA_sc, 0x5f401420, /* ssra d0, d1, #64 */
      .vin = { { V(0), R8 }, { V(1), 0x8000000000000001, 0x3 } },
      .vout = { { V(0), 0xb4a3165de1ab3e00, 0 } } },
    { "d64_pos", A64_SSRA_sc, 0x5f401420, /* ssra d0, d1, #64 */
      .vin = { { V(0), R9 }, { V(1), 0x7fffffffffffffff, 0x3 } },
      .vout = { { V(0), 0xe683acdf2060d7c4, 0 } } },
    { "d1", A64_SSRA_sc, 0x5f7f1420, /* ssra d0, d1, #1 */
      .vin = { { V(0), R0 }, { V(1), 0xffffffffffffffff, 0x3 } },
      .vout = { { V(0), 0x749882321e35049d, 0 } } },
    { "d63", A64_SSRA_sc, 0x5f411420, /* ssra d0, d1, #63 */
      .vin = { { V(0), R1 }, { V(1), 0xc000000000000000, 0x3 } },
      .vout = { { V(0), 0x4242aadbc8f429a3, 0 } } },
    { "vd_vn", A64_SSRA_sc, 0x5f7c1421, /* ssra d1, d1, #4 */
      .vin = { { V(1), R2 } }, .vout = { { V(1), 0x40c2f92e68070acd, 0 } } },
    { "immh0xxx", A64_SSRA_sc, 0x5f3c1420,
      /* ssra with immh<3> = 0 (unallocated for this opcode) */ UNDEF },
    { "d64", A64_USRA_sc, 0x7f401420, /* usra d0, d1, #64 */
      .vin = { { V(0), R3 }, { V(1), 0x8000000000000001, 0x3 } },
      .vout = { { V(0), 0xf4b1b64633be40f5, 0 } } },
    { "d64_pos", A64_USRA_sc, 0x7f401420, /* usra d0, d1, #64 */
      .vin = { { V(0), R4 }, { V(1), 0x7fffffffffffffff, 0x3 } },
      .vout = { { V(0), 0xda1b195060c40eb7, 0 } } },
    { "d1", A64_USRA_sc, 0x7f7f1420, /* usra d0, d1, #1 */
      .vin = { { V(0), R5 }, { V(1), 0xffffffffffffffff, 0x3 } },
      .vout = { { V(0), 0xea5d670af9a3638d, 0 } } },
    { "d63", A64_USRA_sc, 0x7f411420, /* usra d0, d1, #63 */
      .vin = { { V(0), R6 }, { V(1), 0xc000000000000000, 0x3 } },
      .vout = { { V(0), 0xdabe22cad37b17c7, 0 } } },
    { "vd_vn", A64_USRA_sc, 0x7f7c1421, /* usra d1, d1, #4 */
      .vin = { { V(1), R7 } }, .vout = { { V(1), 0x0dc0b1739b87df8c, 0 } } },
    { "immh0xxx", A64_USRA_sc, 0x7f3c1420,
      /* usra with immh<3> = 0 (unallocated for this opcode) */ UNDEF },
    { "d64", A64_SRSHR_sc, 0x5f402420, /* srshr d0, d1, #64 */
      .vin = { { V(0), R8 }, { V(1), 0x8000000000000001, 0x3 } }, .vout = { { V(0), 0, 0 } } },
    { "d64_pos", A64_SRSHR_sc, 0x5f402420, /* srshr d0, d1, #64 */
      .vin = { { V(0), R9 }, { V(1), 0x7fffffffffffffff, 0x3 } }, .vout = { { V(0), 0, 0 } } },
    { "d1", A64_SRSHR_sc, 0x5f7f2420, /* srshr d0, d1, #1 */
      .vin = { { V(0), R0 }, { V(1), 0xffffffffffffffff, 0x3 } }, .vout = { { V(0), 0, 0 } } },
    { "d63", A64_SRSHR_sc, 0x5f412420, /* srshr d0, d1, #63 */
      .vin = { { V(0), R1 }, { V(1), 0xc000000000000000, 0x3 } }, .vout = { { V(0), 0, 0 } } },
    { "vd_vn", A64_SRSHR_sc, 0x5f7c2421, /* srshr d1, d1, #4 */
      .vin = { { V(1), R2 } }, .vout = { { V(1), 0x03cf3bd58da60fb2, 0 } } },
    { "immh0xxx", A64_SRSHR_sc, 0x5f3c2420,
      /* srshr with immh<3> = 0 (unallocated for this opcode) */ UNDEF },
    { "d64", A64_URSHR_sc, 0x7f402420, /* urshr d0, d1, #64 */
      .vin = { { V(0), R3 }, { V(1), 0x8000000000000001, 0x3 } }, .vout = { { V(0), 0x1, 0 } } },
    { "d64_pos", A64_URSHR_sc, 0x7f402420, /* urshr d0, d1, #64 */
      .vin = { { V(0), R4 }, { V(1), 0x7fffffffffffffff, 0x3 } }, .vout = { { V(0), 0, 0 } } },
    { "d1", A64_URSHR_sc, 0x7f7f2420, /* urshr d0, d1, #1 */
      .vin = { { V(0), R5 }, { V(1), 0xffffffffffffffff, 0x3 } },
      .vout = { { V(0), 0x8000000000000000, 0 } } },
    { "d63", A64_URSHR_sc, 0x7f412420, /* urshr d0, d1, #63 */
      .vin = { { V(0), R6 }, { V(1), 0xc000000000000000, 0x3 } }, .vout = { { V(0), 0x2, 0 } } },
    { "vd_vn", A64_URSHR_sc, 0x7f7c2421, /* urshr d1, d1, #4 */
      .vin = { { V(1), R7 } }, .vout = { { V(1), 0x00cf197f45625872, 0 } } },
    { "immh0xxx", A64_URSHR_sc, 0x7f3c2420,
      /* urshr with immh<3> = 0 (unallocated for this opcode) */ UNDEF },
    { "d64", A64_SRSRA_sc, 0x5f403420, /* srsra d0, d1, #64 */
      .vin = { { V(0), R8 }, { V(1), 0x8000000000000001, 0x3 } },
      .vout = { { V(0), 0xb4a3165de1ab3e01, 0 } } },
    { "d64_pos", A64_SRSRA_sc, 0x5f403420, /* srsra d0, d1, #64 */
      .vin = { { V(0), R9 }, { V(1), 0x7fffffffffffffff, 0x3 } },
      .vout = { { V(0), 0xe683acdf2060d7c4, 0 } } },
    { "d1", A64_SRSRA_sc, 0x5f7f3420, /* srsra d0, d1, #1 */
      .vin = { { V(0), R0 }, { V(1), 0xffffffffffffffff, 0x3 } },
      .vout = { { V(0), 0x749882321e35049e, 0 } } },
    { "d63", A64_SRSRA_sc, 0x5f413420, /* srsra d0, d1, #63 */
      .vin = { { V(0), R1 }, { V(1), 0xc000000000000000, 0x3 } },
      .vout = { { V(0), 0x4242aadbc8f429a4, 0 } } },
    { "vd_vn", A64_SRSRA_sc, 0x5f7c3421, /* srsra d1, d1, #4 */
      .vin = { { V(1), R2 } }, .vout = { { V(1), 0x40c2f92e68070ace, 0 } } },
    { "immh0xxx", A64_SRSRA_sc, 0x5f3c3420,
      /* srsra with immh<3> = 0 (unallocated for this opcode) */ UNDEF },
    { "d64", A64_URSRA_sc, 0x7f403420, /* ursra d0, d1, #64 */
      .vin = { { V(0), R3 }, { V(1), 0x8000000000000001, 0x3 } },
      .vout = { { V(0), 0xf4b1b64633be40f6, 0 } } },
    { "d64_pos", A64_URSRA_sc, 0x7f403420, /* ursra d0, d1, #64 */
      .vin = { { V(0), R4 }, { V(1), 0x7fffffffffffffff, 0x3 } },
      .vout = { { V(0), 0xda1b195060c40eb7, 0 } } },
    { "d1", A64_URSRA_sc, 0x7f7f3420, /* ursra d0, d1, #1 */
      .vin = { { V(0), R5 }, { V(1), 0xffffffffffffffff, 0x3 } },
      .vout = { { V(0), 0xea5d670af9a3638e, 0 } } },
    { "d63", A64_URSRA_sc, 0x7f413420, /* ursra d0, d1, #63 */
      .vin = { { V(0), R6 }, { V(1), 0xc000000000000000, 0x3 } },
      .vout = { { V(0), 0xdabe22cad37b17c8, 0 } } },
    { "vd_vn", A64_URSRA_sc, 0x7f7c3421, /* ursra d1, d1, #4 */
      .vin = { { V(1), R7 } }, .vout = { { V(1), 0x0dc0b1739b87df8d, 0 } } },
    { "immh0xxx", A64_URSRA_sc, 0x7f3c3420,
      /* ursra with immh<3> = 0 (unallocated for this opcode) */ UNDEF },
    { "d64", A64_SRI_sc, 0x7f404420, /* sri d0, d1, #64 */
      .vin = { { V(0), R8 }, { V(1), 0x8000000000000001, 0x3 } },
      .vout = { { V(0), 0xb4a3165de1ab3e01, 0 } } },
    { "d64_pos", A64_SRI_sc, 0x7f404420, /* sri d0, d1, #64 */
      .vin = { { V(0), R9 }, { V(1), 0x7fffffffffffffff, 0x3 } },
      .vout = { { V(0), 0xe683acdf2060d7c4, 0 } } },
    { "d1", A64_SRI_sc, 0x7f7f4420, /* sri d0, d1, #1 */
      .vin = { { V(0), R0 }, { V(1), 0xffffffffffffffff, 0x3 } },
      .vout = { { V(0), 0x7fffffffffffffff, 0 } } },
    { "d63", A64_SRI_sc, 0x7f414420, /* sri d0, d1, #63 */
      .vin = { { V(0), R1 }, { V(1), 0xc000000000000000, 0x3 } },
      .vout = { { V(0), 0x4242aadbc8f429a5, 0 } } },
    { "vd_vn", A64_SRI_sc, 0x7f7c4421, /* sri d1, d1, #4 */
      .vin = { { V(1), R2 } }, .vout = { { V(1), 0x33cf3bd58da60fb1, 0 } } },
    { "immh0xxx", A64_SRI_sc, 0x7f3c4420,
      /* sri with immh<3> = 0 (unallocated for this opcode) */ UNDEF },
    { "d0", A64_SHL_sc, 0x5f405420, /* shl d0, d1, #0 */
      .vin = { { V(0), R3 }, { V(1), R4 } }, .vout = { { V(0), 0xda1b195060c40eb7, 0 } } },
    { "d63", A64_SHL_sc, 0x5f7f5420, /* shl d0, d1, #63 */
      .vin = { { V(0), R5 }, { V(1), R6 } }, .vout = { { V(0), 0, 0 } } },
    { "d17", A64_SHL_sc, 0x5f515420, /* shl d0, d1, #17 */
      .vin = { { V(0), R7 }, { V(1), R8 } }, .vout = { { V(0), 0x2cbbc3567c020000, 0 } } },
    { "vd_vn", A64_SHL_sc, 0x5f485421, /* shl d1, d1, #8 */
      .vin = { { V(1), R9 } }, .vout = { { V(1), 0x83acdf2060d7c400, 0 } } },
    { "immh0xxx", A64_SHL_sc, 0x5f245420,
      /* shl with immh<3> = 0 (unallocated for this opcode) */ UNDEF },
    { "d0", A64_SLI_sc, 0x7f405420, /* sli d0, d1, #0 */
      .vin = { { V(0), R0 }, { V(1), R1 } }, .vout = { { V(0), 0x4242aadbc8f429a4, 0 } } },
    { "d63", A64_SLI_sc, 0x7f7f5420, /* sli d0, d1, #63 */
      .vin = { { V(0), R2 }, { V(1), R3 } }, .vout = { { V(0), 0xbcf3bd58da60fb1c, 0 } } },
    { "d17", A64_SLI_sc, 0x7f515420, /* sli d0, d1, #17 */
      .vin = { { V(0), R4 }, { V(1), R5 } }, .vout = { { V(0), 0xce15f346c71c0eb7, 0 } } },
    { "vd_vn", A64_SLI_sc, 0x7f485421, /* sli d1, d1, #8 */
      .vin = { { V(1), R6 } }, .vout = { { V(1), 0xbe22cad37b17c6c6, 0 } } },
    { "immh0xxx", A64_SLI_sc, 0x7f245420,
      /* sli with immh<3> = 0 (unallocated for this opcode) */ UNDEF },

    /* scalar saturating shifts by immediate (every size) */
    /* sqshl b0, b1, #1 */
    T2Q("edge_b1", SQSHL_sc_imm, 0x5f097420, EN_B, P(0x7f, 0)),
    /* sqshl b0, b1, #1 */
    T2("edge2_b1", SQSHL_sc_imm, 0x5f097420, EM_B, P(0x2, 0)),
    /* sqshl h0, h1, #15 */
    T2Q("edge_h15", SQSHL_sc_imm, 0x5f1f7420, EN_H, P(0x7fff, 0)),
    /* sqshl h0, h1, #15 */
    T2Q("edge2_h15", SQSHL_sc_imm, 0x5f1f7420, EM_H, P(0x7fff, 0)),
    /* sqshl s0, s1, #0 */
    T2("edge_s0", SQSHL_sc_imm, 0x5f207420, EN_S, P(0x000000007fffffff, 0)),
    /* sqshl s0, s1, #0 */
    T2("edge2_s0", SQSHL_sc_imm, 0x5f207420, EM_S, P(0x1, 0)),
    /* sqshl d0, d1, #62 */
    T2Q("edge_d62", SQSHL_sc_imm, 0x5f7e7420, EN_D, P(0x7fffffffffffffff, 0)),
    /* sqshl d0, d1, #62 */
    T2("edge2_d62", SQSHL_sc_imm, 0x5f7e7420, EM_D, P(0x4000000000000000, 0)),
    { "vd_vn", A64_SQSHL_sc_imm, 0x5f237421, /* sqshl s1, s1, #3 */
      .vin = { { V(1), 0x0fffffff0fffffff, 0x0fffffff0fffffff } },
      .vout = { { V(1), 0x000000007ffffff8, 0 } } },
    /* uqshl b0, b1, #1 */
    T2("edge_b1", UQSHL_sc_imm, 0x7f097420, EN_B, P(0xfe, 0)),
    /* uqshl b0, b1, #1 */
    T2("edge2_b1", UQSHL_sc_imm, 0x7f097420, EM_B, P(0x2, 0)),
    /* uqshl h0, h1, #15 */
    T2Q("edge_h15", UQSHL_sc_imm, 0x7f1f7420, EN_H, P(0xffff, 0)),
    /* uqshl h0, h1, #15 */
    T2("edge2_h15", UQSHL_sc_imm, 0x7f1f7420, EM_H, P(0x8000, 0)),
    /* uqshl s0, s1, #0 */
    T2("edge_s0", UQSHL_sc_imm, 0x7f207420, EN_S, P(0x000000007fffffff, 0)),
    /* uqshl s0, s1, #0 */
    T2("edge2_s0", UQSHL_sc_imm, 0x7f207420, EM_S, P(0x1, 0)),
    /* uqshl d0, d1, #62 */
    T2Q("edge_d62", UQSHL_sc_imm, 0x7f7e7420, EN_D, P(0xffffffffffffffff, 0)),
    /* uqshl d0, d1, #62 */
    T2("edge2_d62", UQSHL_sc_imm, 0x7f7e7420, EM_D, P(0x4000000000000000, 0)),
    { "vd_vn", A64_UQSHL_sc_imm, 0x7f237421, /* uqshl s1, s1, #3 */
      .vin = { { V(1), 0x0fffffff0fffffff, 0x0fffffff0fffffff } },
      .vout = { { V(1), 0x000000007ffffff8, 0 } } },
    /* sqshlu b0, b1, #1 */
    T2("edge_b1", SQSHLU_sc, 0x7f096420, EN_B, P(0xfe, 0)),
    /* sqshlu b0, b1, #1 */
    T2("edge2_b1", SQSHLU_sc, 0x7f096420, EM_B, P(0x2, 0)),
    /* sqshlu h0, h1, #15 */
    T2Q("edge_h15", SQSHLU_sc, 0x7f1f6420, EN_H, P(0xffff, 0)),
    /* sqshlu h0, h1, #15 */
    T2("edge2_h15", SQSHLU_sc, 0x7f1f6420, EM_H, P(0x8000, 0)),
    /* sqshlu s0, s1, #0 */
    T2("edge_s0", SQSHLU_sc, 0x7f206420, EN_S, P(0x000000007fffffff, 0)),
    /* sqshlu s0, s1, #0 */
    T2("edge2_s0", SQSHLU_sc, 0x7f206420, EM_S, P(0x1, 0)),
    /* sqshlu d0, d1, #62 */
    T2Q("edge_d62", SQSHLU_sc, 0x7f7e6420, EN_D, P(0xffffffffffffffff, 0)),
    /* sqshlu d0, d1, #62 */
    T2("edge2_d62", SQSHLU_sc, 0x7f7e6420, EM_D, P(0x4000000000000000, 0)),
    { "vd_vn", A64_SQSHLU_sc, 0x7f236421, /* sqshlu s1, s1, #3 */
      .vin = { { V(1), 0x0fffffff0fffffff, 0x0fffffff0fffffff } },
      .vout = { { V(1), 0x000000007ffffff8, 0 } } },

    /* scalar narrowing shifts by immediate (immh<3> = 1 reserved) */
    /* sqshrn b0, h1, #1 */
    T2Q("b1", SQSHRN_sc, 0x5f0f9420, EN_H, P(0x7f, 0)),
    /* sqshrn b0, h1, #8 */
    T2("b8", SQSHRN_sc, 0x5f089420, EM_H, P(0, 0)),
    /* sqshrn h0, s1, #16 */
    T2("h16", SQSHRN_sc, 0x5f109420, EN_S, P(0x7fff, 0)),
    /* sqshrn s0, d1, #32 */
    T2("s32", SQSHRN_sc, 0x5f209420, EM_D, P(0, 0)),
    /* sqshrn s0, d1, #1 */
    T2Q("s1", SQSHRN_sc, 0x5f3f9420, EN_D, P(0x000000007fffffff, 0)),
    /* sqshrn b0, h1, #4 */
    T2Q("tie", SQSHRN_sc, 0x5f0c9420, P(0x0ff80ff80ff80ff8, 0x0ff80ff80ff80ff8), P(0x7f, 0)),
    { "vd_vn", A64_SQSHRN_sc, 0x5f1d9421, /* sqshrn h1, s1, #3 */
      .vin = { { V(1), 0x0001234500012345, 0x0001234500012345 } }, .vout = { { V(1), 0x2468, 0 } } },
    { "immh3", A64_SQSHRN_sc, 0x5f609420, /* sqshrn with immh<3> = 1 (reserved) */ UNDEF },
    /* uqshrn b0, h1, #1 */
    T2Q("b1", UQSHRN_sc, 0x7f0f9420, EN_H, P(0xff, 0)),
    /* uqshrn b0, h1, #8 */
    T2("b8", UQSHRN_sc, 0x7f089420, EM_H, P(0, 0)),
    /* uqshrn h0, s1, #16 */
    T2("h16", UQSHRN_sc, 0x7f109420, EN_S, P(0x7fff, 0)),
    /* uqshrn s0, d1, #32 */
    T2("s32", UQSHRN_sc, 0x7f209420, EM_D, P(0, 0)),
    /* uqshrn s0, d1, #1 */
    T2Q("s1", UQSHRN_sc, 0x7f3f9420, EN_D, P(0x00000000ffffffff, 0)),
    /* uqshrn b0, h1, #4 */
    T2("tie", UQSHRN_sc, 0x7f0c9420, P(0x0ff80ff80ff80ff8, 0x0ff80ff80ff80ff8), P(0xff, 0)),
    { "vd_vn", A64_UQSHRN_sc, 0x7f1d9421, /* uqshrn h1, s1, #3 */
      .vin = { { V(1), 0x0001234500012345, 0x0001234500012345 } }, .vout = { { V(1), 0x2468, 0 } } },
    { "immh3", A64_UQSHRN_sc, 0x7f609420, /* uqshrn with immh<3> = 1 (reserved) */ UNDEF },
    /* sqrshrn b0, h1, #1 */
    T2Q("b1", SQRSHRN_sc, 0x5f0f9c20, EN_H, P(0x7f, 0)),
    /* sqrshrn b0, h1, #8 */
    T2("b8", SQRSHRN_sc, 0x5f089c20, EM_H, P(0, 0)),
    /* sqrshrn h0, s1, #16 */
    T2Q("h16", SQRSHRN_sc, 0x5f109c20, EN_S, P(0x7fff, 0)),
    /* sqrshrn s0, d1, #32 */
    T2("s32", SQRSHRN_sc, 0x5f209c20, EM_D, P(0, 0)),
    /* sqrshrn s0, d1, #1 */
    T2Q("s1", SQRSHRN_sc, 0x5f3f9c20, EN_D, P(0x000000007fffffff, 0)),
    /* sqrshrn b0, h1, #4 */
    T2Q("tie", SQRSHRN_sc, 0x5f0c9c20, P(0x0ff80ff80ff80ff8, 0x0ff80ff80ff80ff8), P(0x7f, 0)),
    { "vd_vn", A64_SQRSHRN_sc, 0x5f1d9c21, /* sqrshrn h1, s1, #3 */
      .vin = { { V(1), 0x0001234500012345, 0x0001234500012345 } }, .vout = { { V(1), 0x2469, 0 } } },
    { "immh3", A64_SQRSHRN_sc, 0x5f609c20, /* sqrshrn with immh<3> = 1 (reserved) */ UNDEF },
    /* uqrshrn b0, h1, #1 */
    T2Q("b1", UQRSHRN_sc, 0x7f0f9c20, EN_H, P(0xff, 0)),
    /* uqrshrn b0, h1, #8 */
    T2("b8", UQRSHRN_sc, 0x7f089c20, EM_H, P(0, 0)),
    /* uqrshrn h0, s1, #16 */
    T2("h16", UQRSHRN_sc, 0x7f109c20, EN_S, P(0x8000, 0)),
    /* uqrshrn s0, d1, #32 */
    T2("s32", UQRSHRN_sc, 0x7f209c20, EM_D, P(0, 0)),
    /* uqrshrn s0, d1, #1 */
    T2Q("s1", UQRSHRN_sc, 0x7f3f9c20, EN_D, P(0x00000000ffffffff, 0)),
    /* uqrshrn b0, h1, #4 */
    T2Q("tie", UQRSHRN_sc, 0x7f0c9c20, P(0x0ff80ff80ff80ff8, 0x0ff80ff80ff80ff8), P(0xff, 0)),
    { "vd_vn", A64_UQRSHRN_sc, 0x7f1d9c21, /* uqrshrn h1, s1, #3 */
      .vin = { { V(1), 0x0001234500012345, 0x0001234500012345 } }, .vout = { { V(1), 0x2469, 0 } } },
    { "immh3", A64_UQRSHRN_sc, 0x7f609c20, /* uqrshrn with immh<3> = 1 (reserved) */ UNDEF },
    /* sqshrun b0, h1, #1 */
    T2Q("b1", SQSHRUN_sc, 0x7f0f8420, EN_H, P(0xff, 0)),
    /* sqshrun b0, h1, #8 */
    T2("b8", SQSHRUN_sc, 0x7f088420, EM_H, P(0, 0)),
    /* sqshrun h0, s1, #16 */
    T2("h16", SQSHRUN_sc, 0x7f108420, EN_S, P(0x7fff, 0)),
    /* sqshrun s0, d1, #32 */
    T2("s32", SQSHRUN_sc, 0x7f208420, EM_D, P(0, 0)),
    /* sqshrun s0, d1, #1 */
    T2Q("s1", SQSHRUN_sc, 0x7f3f8420, EN_D, P(0x00000000ffffffff, 0)),
    /* sqshrun b0, h1, #4 */
    T2("tie", SQSHRUN_sc, 0x7f0c8420, P(0x0ff80ff80ff80ff8, 0x0ff80ff80ff80ff8), P(0xff, 0)),
    { "vd_vn", A64_SQSHRUN_sc, 0x7f1d8421, /* sqshrun h1, s1, #3 */
      .vin = { { V(1), 0x0001234500012345, 0x0001234500012345 } }, .vout = { { V(1), 0x2468, 0 } } },
    { "immh3", A64_SQSHRUN_sc, 0x7f608420, /* sqshrun with immh<3> = 1 (reserved) */ UNDEF },
    /* sqrshrun b0, h1, #1 */
    T2Q("b1", SQRSHRUN_sc, 0x7f0f8c20, EN_H, P(0xff, 0)),
    /* sqrshrun b0, h1, #8 */
    T2("b8", SQRSHRUN_sc, 0x7f088c20, EM_H, P(0, 0)),
    /* sqrshrun h0, s1, #16 */
    T2("h16", SQRSHRUN_sc, 0x7f108c20, EN_S, P(0x8000, 0)),
    /* sqrshrun s0, d1, #32 */
    T2("s32", SQRSHRUN_sc, 0x7f208c20, EM_D, P(0, 0)),
    /* sqrshrun s0, d1, #1 */
    T2Q("s1", SQRSHRUN_sc, 0x7f3f8c20, EN_D, P(0x00000000ffffffff, 0)),
    /* sqrshrun b0, h1, #4 */
    T2Q("tie", SQRSHRUN_sc, 0x7f0c8c20, P(0x0ff80ff80ff80ff8, 0x0ff80ff80ff80ff8), P(0xff, 0)),
    { "vd_vn", A64_SQRSHRUN_sc, 0x7f1d8c21, /* sqrshrun h1, s1, #3 */
      .vin = { { V(1), 0x0001234500012345, 0x0001234500012345 } }, .vout = { { V(1), 0x2469, 0 } } },
    { "immh3", A64_SQRSHRUN_sc, 0x7f608c20, /* sqrshrun with immh<3> = 1 (reserved) */ UNDEF },
    { "fp_trap", A64_SSHR_sc, 0x5f7f0420, /* sshr d0, d1, #1 */ FP_TRAP },

    /* scalar by element (H: index H:L:M, Rm<3:0>; S: index H:L, M:Rm) */
    /* sqdmulh h0, h1, v2.h[7] */
    T3("h7", SQDMULH_sc_elem, 0x5f72c820, EN_H, EM_H, P(0xaaaa, 0)),
    { "h2_v15", A64_SQDMULH_sc_elem, 0x5f6fc020, /* sqdmulh h0, h1, v15.h[2] */
      .vin = { { V(1), EN_H }, { V(15), EM_H } }, .vout = { { V(0), 0x7ffe, 0 } } },
    { "s3_v31", A64_SQDMULH_sc_elem, 0x5fbfc820, /* sqdmulh s0, s1, v31.s[3] */
      .vin = { { V(1), EN_S }, { V(31), EM_S } }, .vout = { { V(0), 0x0000000080000001, 0 } } },
    /* sqdmulh s0, s1, v2.s[1] */
    T3Q("s1_min", SQDMULH_sc_elem, 0x5fa2c020, P(0x8000000080000000, 0x8000000080000000), P(0x8000000000000000, 0x8000000000000000),
       P(0x000000007fffffff, 0)),
    { "vd_vn_vm", A64_SQDMULH_sc_elem, 0x5f82c042, /* sqdmulh s2, s2, v2.s[0] */
      .vin = { { V(2), 0x4000000140000001, 0x4000000140000001 } },
      .vout = { { V(2), 0x0000000020000001, 0 } } },
    { "size00", A64_SQDMULH_sc_elem, 0x5f12c020, /* sqdmulh with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQDMULH_sc_elem, 0x5fe2c020, /* sqdmulh with size = 11 (reserved) */ UNDEF },
    /* sqrdmulh h0, h1, v2.h[7] */
    T3("h7", SQRDMULH_sc_elem, 0x5f72d820, EN_H, EM_H, P(0xaaab, 0)),
    { "h2_v15", A64_SQRDMULH_sc_elem, 0x5f6fd020, /* sqrdmulh h0, h1, v15.h[2] */
      .vin = { { V(1), EN_H }, { V(15), EM_H } }, .vout = { { V(0), 0x7ffe, 0 } } },
    { "s3_v31", A64_SQRDMULH_sc_elem, 0x5fbfd820, /* sqrdmulh s0, s1, v31.s[3] */
      .vin = { { V(1), EN_S }, { V(31), EM_S } }, .vout = { { V(0), 0x0000000080000001, 0 } } },
    /* sqrdmulh s0, s1, v2.s[1] */
    T3Q("s1_min", SQRDMULH_sc_elem, 0x5fa2d020, P(0x8000000080000000, 0x8000000080000000), P(0x8000000000000000, 0x8000000000000000),
       P(0x000000007fffffff, 0)),
    { "vd_vn_vm", A64_SQRDMULH_sc_elem, 0x5f82d042, /* sqrdmulh s2, s2, v2.s[0] */
      .vin = { { V(2), 0x4000000140000001, 0x4000000140000001 } },
      .vout = { { V(2), 0x0000000020000001, 0 } } },
    { "size00", A64_SQRDMULH_sc_elem, 0x5f12d020, /* sqrdmulh with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQRDMULH_sc_elem, 0x5fe2d020, /* sqrdmulh with size = 11 (reserved) */ UNDEF },
    /* sqrdmlah h0, h1, v2.h[7] */
    T4Q("h7", SQRDMLAH_sc_elem, 0x7f72d820, R7, EN_H, EM_H, P(0x8000, 0)),
    { "h2_v15", A64_SQRDMLAH_sc_elem, 0x7f6fd020, /* sqrdmlah h0, h1, v15.h[2] */
      .vin = { { V(0), R8 }, { V(1), EN_H }, { V(15), EM_H } }, .vout = { { V(0), 0x7fff, 0 } },
      .fpsr_out = QC },
    { "s3_v31", A64_SQRDMLAH_sc_elem, 0x7fbfd820, /* sqrdmlah s0, s1, v31.s[3] */
      .vin = { { V(0), R9 }, { V(1), EN_S }, { V(31), EM_S } },
      .vout = { { V(0), 0x00000000a060d7c5, 0 } } },
    /* sqrdmlah s0, s1, v2.s[1] */
    T4Q("s1_min", SQRDMLAH_sc_elem, 0x7fa2d020, R0, P(0x8000000080000000, 0x8000000080000000), P(0x8000000000000000, 0x8000000000000000),
       P(0x000000007fffffff, 0)),
    { "vd_vn_vm", A64_SQRDMLAH_sc_elem, 0x7f82d042, /* sqrdmlah s2, s2, v2.s[0] */
      .vin = { { V(2), 0x4000000140000001, 0x4000000140000001 } },
      .vout = { { V(2), 0x0000000060000002, 0 } } },
    { "size00", A64_SQRDMLAH_sc_elem, 0x7f12d020, /* sqrdmlah with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQRDMLAH_sc_elem, 0x7fe2d020, /* sqrdmlah with size = 11 (reserved) */ UNDEF },
    /* sqrdmlsh h0, h1, v2.h[7] */
    T4("h7", SQRDMLSH_sc_elem, 0x7f72f820, R1, EN_H, EM_H, P(0x7ef9, 0)),
    { "h2_v15", A64_SQRDMLSH_sc_elem, 0x7f6ff020, /* sqrdmlsh h0, h1, v15.h[2] */
      .vin = { { V(0), R2 }, { V(1), EN_H }, { V(15), EM_H } }, .vout = { { V(0), 0x8000, 0 } },
      .fpsr_out = QC },
    { "s3_v31", A64_SQRDMLSH_sc_elem, 0x7fbff820, /* sqrdmlsh s0, s1, v31.s[3] */
      .vin = { { V(0), R3 }, { V(1), EN_S }, { V(31), EM_S } },
      .vout = { { V(0), 0x000000007fffffff, 0 } }, .fpsr_out = QC },
    /* sqrdmlsh s0, s1, v2.s[1] */
    T4("s1_min", SQRDMLSH_sc_elem, 0x7fa2f020, R4, P(0x8000000080000000, 0x8000000080000000), P(0x8000000000000000, 0x8000000000000000),
       P(0x00000000e0c40eb7, 0)),
    { "vd_vn_vm", A64_SQRDMLSH_sc_elem, 0x7f82f042, /* sqrdmlsh s2, s2, v2.s[0] */
      .vin = { { V(2), 0x4000000140000001, 0x4000000140000001 } },
      .vout = { { V(2), 0x0000000020000000, 0 } } },
    { "size00", A64_SQRDMLSH_sc_elem, 0x7f12f020, /* sqrdmlsh with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQRDMLSH_sc_elem, 0x7fe2f020, /* sqrdmlsh with size = 11 (reserved) */ UNDEF },
    /* sqdmull s0, h1, v2.h[5] */
    T3("h5", SQDMULL_sc_elem, 0x5f52b820, EN_H, EM_H, P(0x000000007ffe0002, 0)),
    { "h1_v15", A64_SQDMULL_sc_elem, 0x5f5fb020, /* sqdmull s0, h1, v15.h[1] */
      .vin = { { V(1), 0x8000800080008000, 0x8000800080008000 }, { V(15), EN_H } },
      .vout = { { V(0), 0x000000007fffffff, 0 } }, .fpsr_out = QC },
    { "s3_v31", A64_SQDMULL_sc_elem, 0x5fbfb820, /* sqdmull d0, s1, v31.s[3] */
      .vin = { { V(1), EN_S }, { V(31), EM_S } }, .vout = { { V(0), 0x8000000100000000, 0 } } },
    /* sqdmull d0, s1, v2.s[1] */
    T3Q("s1_min", SQDMULL_sc_elem, 0x5fa2b020, P(0x8000000080000000, 0x8000000080000000), P(0x8000000000000000, 0x8000000000000000),
       P(0x7fffffffffffffff, 0)),
    /* sqdmull d0, s1, v2.s[2] */
    T4("sat_acc", SQDMULL_sc_elem, 0x5f82b820, P(0x7fffffffffffffff, 0x7fffffffffffffff), P(0x7fffffff7fffffff, 0x7fffffff7fffffff), P(0, 0x0000000080000000),
       P(0x8000000100000000, 0)),
    { "vd_vn_vm", A64_SQDMULL_sc_elem, 0x5f82b042, /* sqdmull d2, s2, v2.s[0] */
      .vin = { { V(2), 0x4000000140000001, 0x4000000140000001 } },
      .vout = { { V(2), 0x2000000100000002, 0 } } },
    { "size00", A64_SQDMULL_sc_elem, 0x5f12b020, /* sqdmull with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQDMULL_sc_elem, 0x5fe2b020, /* sqdmull with size = 11 (reserved) */ UNDEF },
    /* sqdmlal s0, h1, v2.h[5] */
    T4("h5", SQDMLAL_sc_elem, 0x5f523820, R5, EN_H, EM_H, P(0x0000000079a16390, 0)),
    { "h1_v15", A64_SQDMLAL_sc_elem, 0x5f5f3020, /* sqdmlal s0, h1, v15.h[1] */
      .vin = { { V(0), R6 }, { V(1), 0x8000800080008000, 0x8000800080008000 }, { V(15), EN_H } },
      .vout = { { V(0), 0x00000000537b17c5, 0 } }, .fpsr_out = QC },
    { "s3_v31", A64_SQDMLAL_sc_elem, 0x5fbf3820, /* sqdmlal d0, s1, v31.s[3] */
      .vin = { { V(0), R7 }, { V(1), EN_S }, { V(31), EM_S } },
      .vout = { { V(0), 0x8cf197f55625871b, 0 } } },
    /* sqdmlal d0, s1, v2.s[1] */
    T4Q("s1_min", SQDMLAL_sc_elem, 0x5fa23020, R8, P(0x8000000080000000, 0x8000000080000000), P(0x8000000000000000, 0x8000000000000000),
       P(0x34a3165de1ab3e00, 0)),
    /* sqdmlal d0, s1, v2.s[2] */
    T4("sat_acc", SQDMLAL_sc_elem, 0x5f823820, P(0x7fffffffffffffff, 0x7fffffffffffffff), P(0x7fffffff7fffffff, 0x7fffffff7fffffff), P(0, 0x0000000080000000),
       P(0x00000000ffffffff, 0)),
    { "vd_vn_vm", A64_SQDMLAL_sc_elem, 0x5f823042, /* sqdmlal d2, s2, v2.s[0] */
      .vin = { { V(2), 0x4000000140000001, 0x4000000140000001 } },
      .vout = { { V(2), 0x6000000240000003, 0 } } },
    { "size00", A64_SQDMLAL_sc_elem, 0x5f123020, /* sqdmlal with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQDMLAL_sc_elem, 0x5fe23020, /* sqdmlal with size = 11 (reserved) */ UNDEF },
    /* sqdmlsl s0, h1, v2.h[5] */
    T4("h5", SQDMLSL_sc_elem, 0x5f527820, R9, EN_H, EM_H, P(0x00000000a062d7c2, 0)),
    { "h1_v15", A64_SQDMLSL_sc_elem, 0x5f5f7020, /* sqdmlsl s0, h1, v15.h[1] */
      .vin = { { V(0), R0 }, { V(1), 0x8000800080008000, 0x8000800080008000 }, { V(15), EN_H } },
      .vout = { { V(0), 0x000000009e35049f, 0 } }, .fpsr_out = QC },
    { "s3_v31", A64_SQDMLSL_sc_elem, 0x5fbf7820, /* sqdmlsl d0, s1, v31.s[3] */
      .vin = { { V(0), R1 }, { V(1), EN_S }, { V(31), EM_S } },
      .vout = { { V(0), 0x7fffffffffffffff, 0 } }, .fpsr_out = QC },
    /* sqdmlsl d0, s1, v2.s[1] */
    T4Q("s1_min", SQDMLSL_sc_elem, 0x5fa27020, R2, P(0x8000000080000000, 0x8000000080000000), P(0x8000000000000000, 0x8000000000000000),
       P(0xbcf3bd58da60fb1d, 0)),
    /* sqdmlsl d0, s1, v2.s[2] */
    T4Q("sat_acc", SQDMLSL_sc_elem, 0x5f827820, P(0x7fffffffffffffff, 0x7fffffffffffffff), P(0x7fffffff7fffffff, 0x7fffffff7fffffff), P(0, 0x0000000080000000),
       P(0x7fffffffffffffff, 0)),
    { "vd_vn_vm", A64_SQDMLSL_sc_elem, 0x5f827042, /* sqdmlsl d2, s2, v2.s[0] */
      .vin = { { V(2), 0x4000000140000001, 0x4000000140000001 } },
      .vout = { { V(2), 0x200000003fffffff, 0 } } },
    { "size00", A64_SQDMLSL_sc_elem, 0x5f127020, /* sqdmlsl with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQDMLSL_sc_elem, 0x5fe27020, /* sqdmlsl with size = 11 (reserved) */ UNDEF },
};

CASE_SET(simd_scalar, c);
