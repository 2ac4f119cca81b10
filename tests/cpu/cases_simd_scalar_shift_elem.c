/*
 * cases_simd_scalar_shift_elem.c — Advanced SIMD integer scalar: shift by
 * immediate (64-bit, saturating, narrowing) and by element.
 * Provenance of the expected values and the macros: simd_cases.h.
 */
#include "simd_cases.h"

static const InsnCase c[] = {
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

CASE_SET(simd_scalar_shift_elem, c);
