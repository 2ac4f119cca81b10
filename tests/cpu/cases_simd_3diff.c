/*
 * cases_simd_3diff.c — Advanced SIMD integer vector: three different (long,
 * wide, narrowing high half, saturating doubling, PMULL).
 * Provenance of the expected values and the macros: simd_cases.h.
 */
#include "simd_cases.h"

static const InsnCase c[] = {
    /* three different: long (Q=1: the "2" forms read the upper halves) */
    /* saddl v0.4s, v1.4h, v2.4h */
    T3("basic", SADDL_v, 0x0e620020, R7, R8, P(0x000037d0ffffc51c, 0xffffc194ffffae51)),
    /* saddl2 v0.8h, v1.16b, v2.16b */
    T3("part2_edge", SADDL_v, 0x4e220020, EN_B, EM_B, P(0xff80007eff7f0080, 0xffffff0100fd0000)),
    /* saddl v0.2d, v1.2s, v2.2s */
    T3("edge_2d", SADDL_v, 0x0ea20020, EN_S, EM_S, P(0x0000000080000000, 0xffffffff7fffffff)),
    { "part2_vd_vm", A64_SADDL_v, 0x4ea20022, /* saddl2 v2.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } },
      .vout = { { V(2), 0x000000007ffffffe, 0xffffffff80000000 } } },
    { "size11", A64_SADDL_v, 0x0ee20020, /* saddl with size = 11 (reserved) */ UNDEF },
    /* uaddl v0.4s, v1.4h, v2.4h */
    T3("basic", UADDL_v, 0x2e620020, R9, R0, P(0x00003e950000dc62, 0x00015b1b00012f11)),
    /* uaddl2 v0.8h, v1.16b, v2.16b */
    T3("part2_edge", UADDL_v, 0x6e220020, EN_B, EM_B, P(0x0080017e017f0080, 0x00ff010100fd0100)),
    /* uaddl v0.2d, v1.2s, v2.2s */
    T3("edge_2d", UADDL_v, 0x2ea20020, EN_S, EM_S, P(0x0000000080000000, 0x000000017fffffff)),
    { "part2_vd_vm", A64_UADDL_v, 0x6ea20022, /* uaddl2 v2.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } },
      .vout = { { V(2), 0x000000017ffffffe, 0x0000000080000000 } } },
    { "size11", A64_UADDL_v, 0x2ee20020, /* uaddl with size = 11 (reserved) */ UNDEF },
    /* ssubl v0.4s, v1.4h, v2.4h */
    T3("basic", SSUBL_v, 0x0e622020, R1, R2, P(0xffffee9400002e88, 0x0000054fffffed83)),
    /* ssubl2 v0.8h, v1.16b, v2.16b */
    T3("part2_edge", SSUBL_v, 0x4e222020, EN_B, EM_B, P(0x0080ff80ff81007e, 0x00ab0001ffff0002)),
    /* ssubl v0.2d, v1.2s, v2.2s */
    T3("edge_2d", SSUBL_v, 0x0ea22020, EN_S, EM_S, P(0x000000007ffffffe, 0xffffffff80000001)),
    { "part2_vd_vm", A64_SSUBL_v, 0x4ea22022, /* ssubl2 v2.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } },
      .vout = { { V(2), 0xffffffff80000000, 0x0000000080000000 } } },
    { "size11", A64_SSUBL_v, 0x0ee22020, /* ssubl with size = 11 (reserved) */ UNDEF },
    /* usubl v0.4s, v1.4h, v2.4h */
    T3("basic", USUBL_v, 0x2e622020, R3, R4, P(0xffffd2fa0000323e, 0x00001a9600009cf6)),
    /* usubl2 v0.8h, v1.16b, v2.16b */
    T3("part2_edge", USUBL_v, 0x6e222020, EN_B, EM_B, P(0xff800080ff81007e, 0xffab0001ffffff02)),
    /* usubl v0.2d, v1.2s, v2.2s */
    T3("edge_2d", USUBL_v, 0x2ea22020, EN_S, EM_S, P(0x000000007ffffffe, 0xffffffff80000001)),
    { "part2_vd_vm", A64_USUBL_v, 0x6ea22022, /* usubl2 v2.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } },
      .vout = { { V(2), 0x0000000080000000, 0xffffffff80000000 } } },
    { "size11", A64_USUBL_v, 0x2ee22020, /* usubl with size = 11 (reserved) */ UNDEF },
    /* sabal v0.4s, v1.4h, v2.4h */
    T4("basic", SABAL_v, 0x0e625020, R7, R5, R6, P(0x0cf1be1c5625d2e3, 0xa5249aff20d0f6dc)),
    /* sabal2 v0.8h, v1.16b, v2.16b */
    T4("part2_edge", SABAL_v, 0x4e225020, R8, EN_B, EM_B,
       P(0xb52316dde22a3e7f, 0x40b7b710964f03c2)),
    /* sabal v0.2d, v1.2s, v2.2s */
    T4("edge_2d", SABAL_v, 0x0ea25020, EM_D, EN_S, EM_S, P(0x000000007fffffff, 0x000000007ffffffe)),
    { "part2_vd_vm", A64_SABAL_v, 0x4ea25022, /* sabal2 v2.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } },
      .vout = { { V(2), 0xffffffff80000001, 0x80000000ffffffff } } },
    { "size11", A64_SABAL_v, 0x0ee25020, /* sabal with size = 11 (reserved) */ UNDEF },
    /* uabal v0.4s, v1.4h, v2.4h */
    T4("basic", UABAL_v, 0x2e625020, R1, R9, R0, P(0x4242ad06c8f4fcca, 0xeb7aeb8095887dda)),
    /* uabal2 v0.8h, v1.16b, v2.16b */
    T4("part2_edge", UABAL_v, 0x6e225020, R2, EN_B, EM_B,
       P(0x3d73bdd8dadffb9a, 0x51b161246c89c635)),
    /* uabal v0.2d, v1.2s, v2.2s */
    T4("edge_2d", UABAL_v, 0x2ea25020, EM_D, EN_S, EM_S, P(0x000000007fffffff, 0x000000007ffffffe)),
    { "part2_vd_vm", A64_UABAL_v, 0x6ea25022, /* uabal2 v2.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } },
      .vout = { { V(2), 0xffffffff80000001, 0x80000000ffffffff } } },
    { "size11", A64_UABAL_v, 0x2ee25020, /* uabal with size = 11 (reserved) */ UNDEF },
    /* sabdl v0.4s, v1.4h, v2.4h */
    T3("basic", SABDL_v, 0x0e627020, R3, R4, P(0x00002d060000323e, 0x00001a960000630a)),
    /* sabdl2 v0.8h, v1.16b, v2.16b */
    T3("part2_edge", SABDL_v, 0x4e227020, EN_B, EM_B, P(0x00800080007f007e, 0x00ab000100010002)),
    /* sabdl v0.2d, v1.2s, v2.2s */
    T3("edge_2d", SABDL_v, 0x0ea27020, EN_S, EM_S, P(0x000000007ffffffe, 0x000000007fffffff)),
    { "part2_vd_vm", A64_SABDL_v, 0x4ea27022, /* sabdl2 v2.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } },
      .vout = { { V(2), 0x0000000080000000, 0x0000000080000000 } } },
    { "size11", A64_SABDL_v, 0x0ee27020, /* sabdl with size = 11 (reserved) */ UNDEF },
    /* uabdl v0.4s, v1.4h, v2.4h */
    T3("basic", UABDL_v, 0x2e627020, R5, R6, P(0x0000262800004bc8, 0x0000706100004440)),
    /* uabdl2 v0.8h, v1.16b, v2.16b */
    T3("part2_edge", UABDL_v, 0x6e227020, EN_B, EM_B, P(0x00800080007f007e, 0x00550001000100fe)),
    /* uabdl v0.2d, v1.2s, v2.2s */
    T3("edge_2d", UABDL_v, 0x2ea27020, EN_S, EM_S, P(0x000000007ffffffe, 0x000000007fffffff)),
    { "part2_vd_vm", A64_UABDL_v, 0x6ea27022, /* uabdl2 v2.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } },
      .vout = { { V(2), 0x0000000080000000, 0x0000000080000000 } } },
    { "size11", A64_UABDL_v, 0x2ee27020, /* uabdl with size = 11 (reserved) */ UNDEF },
    /* smlal v0.4s, v1.4h, v2.4h */
    T4("basic", SMLAL_v, 0x0e628020, R9, R7, R8, P(0xdc4ebc960318e8df, 0x80099aa0e996f7b2)),
    /* smlal2 v0.8h, v1.16b, v2.16b */
    T4("part2_edge", SMLAL_v, 0x4e228020, R0, EN_B, EM_B,
       P(0x749881b31eb5051d, 0x5d3a0212aa16b5b4)),
    /* smlal v0.2d, v1.2s, v2.2s */
    T4("edge_2d", SMLAL_v, 0x0ea28020, EM_D, EN_S, EM_S, P(0x0000000080000000, 0x000000007fffffff)),
    { "part2_vd_vm", A64_SMLAL_v, 0x4ea28022, /* smlal2 v2.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } },
      .vout = { { V(2), 0xfffffffe80000002, 0x800000007fffffff } } },
    { "size11", A64_SMLAL_v, 0x0ee28020, /* smlal with size = 11 (reserved) */ UNDEF },
    /* umlal v0.4s, v1.4h, v2.4h */
    T4("basic", UMLAL_v, 0x2e628020, R3, R1, R2, P(0xa01cd9c65c969ae5, 0x9837e93ced9bf33f)),
    /* umlal2 v0.8h, v1.16b, v2.16b */
    T4("part2_edge", UMLAL_v, 0x6e228020, R4, EN_B, EM_B,
       P(0xda1b97d1e0440f36, 0x937aed425227c006)),
    /* umlal v0.2d, v1.2s, v2.2s */
    T4("edge_2d", UMLAL_v, 0x2ea28020, EM_D, EN_S, EM_S, P(0x0000000080000000, 0x7fffffff7fffffff)),
    { "part2_vd_vm", A64_UMLAL_v, 0x6ea28022, /* umlal2 v2.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } },
      .vout = { { V(2), 0x7ffffffd80000002, 0x800000007fffffff } } },
    { "size11", A64_UMLAL_v, 0x2ee28020, /* umlal with size = 11 (reserved) */ UNDEF },
    /* smlsl v0.4s, v1.4h, v2.4h */
    T4("basic", SMLSL_v, 0x0e62a020, R7, R5, R6, P(0x0bd64da34ce6c547, 0xb49ee85a12d010b8)),
    /* smlsl2 v0.8h, v1.16b, v2.16b */
    T4("part2_edge", SMLSL_v, 0x4e22a020, R8, EN_B, EM_B,
       P(0xb4a316dce12b3d82, 0x5c9a778f57cc03c1)),
    /* smlsl v0.2d, v1.2s, v2.2s */
    T4("edge_2d", SMLSL_v, 0x0ea2a020, EM_D, EN_S, EM_S, P(0xffffffff80000002, 0xffffffff7fffffff)),
    { "part2_vd_vm", A64_SMLSL_v, 0x4ea2a022, /* smlsl2 v2.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } },
      .vout = { { V(2), 0xffffffff80000000, 0x800000007fffffff } } },
    { "size11", A64_SMLSL_v, 0x0ee2a020, /* smlsl with size = 11 (reserved) */ UNDEF },
    /* umlsl v0.4s, v1.4h, v2.4h */
    T4("basic", UMLSL_v, 0x2e62a020, R1, R9, R0, P(0x3e70b6fbc50feeac, 0x827e3fcd3d9d519f)),
    /* umlsl2 v0.8h, v1.16b, v2.16b */
    T4("part2_edge", UMLSL_v, 0x6e22a020, R2, EN_B, EM_B,
       P(0x3cf33ed75ae0fa9d, 0x18ea20a32e06c438)),
    /* umlsl v0.2d, v1.2s, v2.2s */
    T4("edge_2d", UMLSL_v, 0x2ea2a020, EM_D, EN_S, EM_S, P(0xffffffff80000002, 0x800000007fffffff)),
    { "part2_vd_vm", A64_UMLSL_v, 0x6ea2a022, /* umlsl2 v2.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } },
      .vout = { { V(2), 0x8000000080000000, 0x800000007fffffff } } },
    { "size11", A64_UMLSL_v, 0x2ee2a020, /* umlsl with size = 11 (reserved) */ UNDEF },
    /* smull v0.4s, v1.4h, v2.4h */
    T3("basic", SMULL_v, 0x0e62c020, R3, R4, P(0x138edd7803bbd523, 0x01ac88abf8b5cbe0)),
    /* smull2 v0.8h, v1.16b, v2.16b */
    T3("part2_edge", SMULL_v, 0x4e22c020, EN_B, EM_B, P(0x0000ff810080007f, 0xe3723f803e82ffff)),
    /* smull v0.2d, v1.2s, v2.2s */
    T3("edge_2d", SMULL_v, 0x0ea2c020, EN_S, EM_S, P(0x000000007fffffff, 0x0000000080000000)),
    { "part2_vd_vm", A64_SMULL_v, 0x4ea2c022, /* smull2 v2.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } }, .vout = { { V(2), 0xffffffff80000001, 0 } } },
    { "size11", A64_SMULL_v, 0x0ee2c020, /* smull with size = 11 (reserved) */ UNDEF },
    /* umull v0.4s, v1.4h, v2.4h */
    T3("basic", UMULL_v, 0x2e62c020, R5, R6, P(0xce394a51093ec1d4, 0x5ae223060e00a1e4)),
    /* umull2 v0.8h, v1.16b, v2.16b */
    T3("part2_edge", UMULL_v, 0x6e22c020, EN_B, EM_B, P(0x00007e817f80007f, 0x387240803e8200ff)),
    /* umull v0.2d, v1.2s, v2.2s */
    T3("edge_2d", UMULL_v, 0x2ea2c020, EN_S, EM_S, P(0x000000007fffffff, 0x7fffffff80000000)),
    { "part2_vd_vm", A64_UMULL_v, 0x6ea2c022, /* umull2 v2.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } }, .vout = { { V(2), 0x7ffffffe80000001, 0 } } },
    { "size11", A64_UMULL_v, 0x2ee2c020, /* umull with size = 11 (reserved) */ UNDEF },

    /* three different: wide */
    /* saddw v0.4s, v1.4s, v2.4h */
    T3("basic", SADDW_v, 0x0e621020, R7, R8, P(0x0cf1799f5625c51c, 0xa523c00320d0c8f9)),
    /* saddw2 v0.8h, v1.8h, v2.16b */
    T3("part2_edge", SADDW_v, 0x4e221020, EN_H, EM_B, P(0xff80007e7fff8000, 0x54ff7f81807d0000)),
    /* saddw v0.2d, v1.2d, v2.2s */
    T3("edge_2d", SADDW_v, 0x0ea21020, EN_D, EM_S, P(0x8000000000000000, 0x7fffffffffffffff)),
    { "vd_vn", A64_SADDW_v, 0x4ea21021, /* saddw2 v1.2d, v1.2d, v2.4s */
      .vin = { { V(1), EM_D }, { V(2), EN_S } }, .vout = { { V(1), 0, 0xffffffffffffffff } } },
    { "size11", A64_SADDW_v, 0x0ee21020, /* saddw with size = 11 (reserved) */ UNDEF },
    /* uaddw v0.4s, v1.4s, v2.4h */
    T3("basic", UADDW_v, 0x2e621020, R9, R0, P(0xe683cb142060dc62, 0x83d95dc5f2ae4e40)),
    /* uaddw2 v0.8h, v1.8h, v2.16b */
    T3("part2_edge", UADDW_v, 0x6e221020, EN_H, EM_B, P(0x0080007e80ff8000, 0x55ff8081807d0100)),
    /* uaddw v0.2d, v1.2d, v2.2s */
    T3("edge_2d", UADDW_v, 0x2ea21020, EN_D, EM_S, P(0x8000000000000000, 0x80000000ffffffff)),
    { "vd_vn", A64_UADDW_v, 0x6ea21021, /* uaddw2 v1.2d, v1.2d, v2.4s */
      .vin = { { V(1), EM_D }, { V(2), EN_S } },
      .vout = { { V(1), 0x0000000100000000, 0xffffffffffffffff } } },
    { "size11", A64_UADDW_v, 0x2ee21020, /* uaddw with size = 11 (reserved) */ UNDEF },
    /* ssubw v0.4s, v1.4s, v2.4h */
    T3("basic", SSUBW_v, 0x0e623020, R1, R2, P(0x4242d07bc8f42e88, 0xeb7a3ca2958895d5)),
    /* ssubw2 v0.8h, v1.8h, v2.16b */
    T3("part2_edge", SSUBW_v, 0x4e223020, EN_H, EM_B, P(0x0080ff8080017ffe, 0x55ab80817f7f0002)),
    /* ssubw v0.2d, v1.2d, v2.2s */
    T3("edge_2d", SSUBW_v, 0x0ea23020, EN_D, EM_S, P(0x7ffffffffffffffe, 0x8000000000000001)),
    { "vd_vn", A64_SSUBW_v, 0x4ea23021, /* ssubw2 v1.2d, v1.2d, v2.4s */
      .vin = { { V(1), EM_D }, { V(2), EN_S } }, .vout = { { V(1), 0x2, 0xffffffffffffffff } } },
    { "size11", A64_SSUBW_v, 0x0ee23020, /* ssubw with size = 11 (reserved) */ UNDEF },
    /* usubw v0.4s, v1.4s, v2.4h */
    T3("basic", USUBW_v, 0x2e623020, R3, R4, P(0xf4b1558233be323e, 0x8870b27b6f3d6fa7)),
    /* usubw2 v0.8h, v1.8h, v2.16b */
    T3("part2_edge", USUBW_v, 0x6e223020, EN_H, EM_B, P(0xff80ff807f017ffe, 0x54ab7f817f7fff02)),
    /* usubw v0.2d, v1.2d, v2.2s */
    T3("edge_2d", USUBW_v, 0x2ea23020, EN_D, EM_S, P(0x7ffffffffffffffe, 0x7fffffff00000001)),
    { "vd_vn", A64_USUBW_v, 0x6ea23021, /* usubw2 v1.2d, v1.2d, v2.4s */
      .vin = { { V(1), EM_D }, { V(2), EN_S } },
      .vout = { { V(1), 0xffffffff00000002, 0xffffffffffffffff } } },
    { "size11", A64_USUBW_v, 0x2ee23020, /* usubw with size = 11 (reserved) */ UNDEF },

    /* three different: narrowing high half (Q=1 writes the upper half, keeps the lower) */
    /* addhn v0.4h, v1.4s, v2.4s */
    T3("basic_q0", ADDHN_v, 0x0e624020, R5, R6, P(0xcd437649451bcd1e, 0)),
    /* addhn2 v0.16b, v1.8h, v2.8h */
    T4("part2", ADDHN_v, 0x4e224020, R7, EN_H, EM_H, P(0x0cf197f45625871b, 0xff00ff00807f7f80)),
    /* addhn v0.2s, v1.2d, v2.2d */
    T3("edge_2d", ADDHN_v, 0x0ea24020, EN_D, EM_D, P(0x7fffffff80000000, 0)),
    /* addhn v0.8b, v1.8h, v2.8h */
    T3("round", ADDHN_v, 0x0e224020, P(0x010000ff0080007f, 0x7fff8000ff80ff7f), P(0xffff000100000000, 0x0001800000000001),
       P(0x8000ffff00010000, 0)),
    { "part2_vd_vn", A64_ADDHN_v, 0x4ea24021, /* addhn2 v1.4s, v1.2d, v2.2d */
      .vin = { { V(1), R8 }, { V(2), R9 } },
      .vout = { { V(1), 0xb4a3165de1ab3e01, 0xc3e5a03d9b26c33d } } },
    { "size11", A64_ADDHN_v, 0x0ee24020, /* addhn with size = 11 (reserved) */ UNDEF },
    /* raddhn v0.4h, v1.4s, v2.4s */
    T3("basic_q0", RADDHN_v, 0x2e624020, R0, R1, P(0x6543011db6dbe729, 0)),
    /* raddhn2 v0.16b, v1.8h, v2.8h */
    T4("part2", RADDHN_v, 0x6e224020, R2, EN_H, EM_H, P(0x3cf3bd58da60fb1c, 0x0000000080808080)),
    /* raddhn v0.2s, v1.2d, v2.2d */
    T3("edge_2d", RADDHN_v, 0x2ea24020, EN_D, EM_D, P(0x8000000080000000, 0)),
    /* raddhn v0.8b, v1.8h, v2.8h */
    T3("round", RADDHN_v, 0x2e224020, P(0x010000ff0080007f, 0x7fff8000ff80ff7f), P(0xffff000100000000, 0x0001800000000001),
       P(0x8000000001010100, 0)),
    { "part2_vd_vn", A64_RADDHN_v, 0x6ea24021, /* raddhn2 v1.4s, v1.2d, v2.2d */
      .vin = { { V(1), R3 }, { V(2), R4 } },
      .vout = { { V(1), 0xf4b1b64633be40f5, 0xe37a3959cecccf97 } } },
    { "size11", A64_RADDHN_v, 0x2ee24020, /* raddhn with size = 11 (reserved) */ UNDEF },
    /* subhn v0.4h, v1.4s, v2.4s */
    T3("basic_q0", SUBHN_v, 0x0e626020, R5, R6, P(0xc7cf52d48f9f2628, 0)),
    /* subhn2 v0.16b, v1.8h, v2.8h */
    T4("part2", SUBHN_v, 0x4e226020, R7, EN_H, EM_H, P(0x0cf197f45625871b, 0xaa00ff008080807f)),
    /* subhn v0.2s, v1.2d, v2.2d */
    T3("edge_2d", SUBHN_v, 0x0ea26020, EN_D, EM_D, P(0x800000007fffffff, 0)),
    /* subhn v0.8b, v1.8h, v2.8h */
    T3("round", SUBHN_v, 0x0e226020, P(0x010000ff0080007f, 0x7fff8000ff80ff7f), P(0xffff000100000000, 0x0001800000000001),
       P(0x7f00ffff01000000, 0)),
    { "part2_vd_vn", A64_SUBHN_v, 0x4ea26021, /* subhn2 v1.4s, v1.2d, v2.2d */
      .vin = { { V(1), R8 }, { V(2), R9 } },
      .vout = { { V(1), 0xb4a3165de1ab3e01, 0xbc33cde1ce1f697e } } },
    { "size11", A64_SUBHN_v, 0x0ee26020, /* subhn with size = 11 (reserved) */ UNDEF },
    /* rsubhn v0.4h, v1.4s, v2.4s */
    T3("basic_q0", RSUBHN_v, 0x2e626020, R0, R1, P(0x8e4ed60c32565541, 0)),
    /* rsubhn2 v0.16b, v1.8h, v2.8h */
    T4("part2", RSUBHN_v, 0x6e226020, R2, EN_H, EM_H, P(0x3cf3bd58da60fb1c, 0xab00000080808080)),
    /* rsubhn v0.2s, v1.2d, v2.2d */
    T3("edge_2d", RSUBHN_v, 0x2ea26020, EN_D, EM_D, P(0x8000000080000000, 0)),
    /* rsubhn v0.8b, v1.8h, v2.8h */
    T3("round", RSUBHN_v, 0x2e226020, P(0x010000ff0080007f, 0x7fff8000ff80ff7f), P(0xffff000100000000, 0x0001800000000001),
       P(0x800000ff01010100, 0)),
    { "part2_vd_vn", A64_RSUBHN_v, 0x6ea26021, /* rsubhn2 v1.4s, v1.2d, v2.2d */
      .vin = { { V(1), R3 }, { V(2), R4 } },
      .vout = { { V(1), 0xf4b1b64633be40f5, 0x2d68dfd41a969cf6 } } },
    { "size11", A64_RSUBHN_v, 0x2ee26020, /* rsubhn with size = 11 (reserved) */ UNDEF },

    /* three different: saturating doubling (size 01 and 10 only) */
    /* sqdmlal v0.4s, v1.4h, v2.4h */
    T4("basic", SQDMLAL_v, 0x0e629020, R7, R5, R6, P(0x0f282c9668a30ac3, 0x862e516c3cd1f664)),
    /* sqdmlal2 v0.4s, v1.8h, v2.8h */
    T4("part2", SQDMLAL_v, 0x4e629020, R8, EN_H, EM_H, P(0x34a01661e1ab3dff, 0x0728eff3164d03c0)),
    /* sqdmlal v0.2d, v1.2s, v2.2s */
    T4Q("sat_product", SQDMLAL_v, 0x0ea29020, R9, P(0x4000000080000000, 0x4000000080000000), P(0x4000000080000000, 0x4000000080000000),
       P(0x6683acdf2060d7c3, 0xa3d8e92df2adcc0e)),
    { "sat_accumulate", A64_SQDMLAL_v, 0x0ea29020, /* sqdmlal v0.2d, v1.2s, v2.2s */
      .vin = { { V(0), EN_D }, { V(1), 0x0000000300000003, 0x0000000300000003 },
               { V(2), 0x8000000000000005, 0x8000000000000005 } }, .fpsr_out = QC },
    /* sqdmlal v0.4s, v1.4h, v2.4h */
    T4Q("sat_both", SQDMLAL_v, 0x0e629020, P(0x7fffffff80000000, 0x0000000100000000), P(0x8000800080008000, 0x8000800080008000), P(0x8000800080008000, 0x8000800080008000),
       P(0x7fffffffffffffff, 0x7fffffff7fffffff)),
    { "qc_kept", A64_SQDMLAL_v, 0x0e629020, /* sqdmlal v0.4s, v1.4h, v2.4h */
      .vin = { { V(0), R0 }, { V(1), 0x0002000200020002, 0x0002000200020002 },
               { V(2), 0x0003000300030003, 0x0003000300030003 } }, .fpsr_in = QC,
      .vout = { { V(0), 0x7498823e1e3504aa, 0x79c8c29e6b94b5c1 } }, .fpsr_out = QC },
    { "vd_vn", A64_SQDMLAL_v, 0x4ea29021, /* sqdmlal2 v1.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } },
      .vout = { { V(1), 0x8000000000000000, 0x00000000ffffffff } }, .fpsr_out = QC },
    { "size00", A64_SQDMLAL_v, 0x0e229020, /* sqdmlal with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQDMLAL_v, 0x0ee29020, /* sqdmlal with size = 11 (reserved) */ UNDEF },
    /* sqdmlsl v0.4s, v1.4h, v2.4h */
    T4Q("basic", SQDMLSL_v, 0x0e62b020, R3, R1, R2, P(0xe4836f4635558d15, 0x8000000042e6b467)),
    /* sqdmlsl2 v0.4s, v1.8h, v2.8h */
    T4Q("part2", SQDMLSL_v, 0x4e62b020, R4, EN_H, EM_H, P(0x8000000060c40eb9, 0x7fffffff93a6bf07)),
    /* sqdmlsl v0.2d, v1.2s, v2.2s */
    T4Q("sat_product", SQDMLSL_v, 0x0ea2b020, R5, P(0x4000000080000000, 0x4000000080000000), P(0x4000000080000000, 0x4000000080000000),
       P(0xea5d670af9a3638f, 0x2a894db7e48f12b9)),
    /* sqdmlsl v0.2d, v1.2s, v2.2s */
    T4("sat_accumulate", SQDMLSL_v, 0x0ea2b020, EN_D, P(0x0000000300000003, 0x0000000300000003), P(0x8000000000000005, 0x8000000000000005),
       P(0x7fffffffffffffe1, 0x8000000300000000)),
    /* sqdmlsl v0.4s, v1.4h, v2.4h */
    T4Q("sat_both", SQDMLSL_v, 0x0e62b020, P(0x7fffffff80000000, 0x0000000100000000), P(0x8000800080008000, 0x8000800080008000), P(0x8000800080008000, 0x8000800080008000),
       P(0x0000000080000000, 0x8000000280000001)),
    { "qc_kept", A64_SQDMLSL_v, 0x0e62b020, /* sqdmlsl v0.4s, v1.4h, v2.4h */
      .vin = { { V(0), R6 }, { V(1), 0x0002000200020002, 0x0002000200020002 },
               { V(2), 0x0003000300030003, 0x0003000300030003 } }, .fpsr_in = QC,
      .vout = { { V(0), 0xdabe22bed37b17ba, 0x82b9bfb091ba724b } }, .fpsr_out = QC },
    { "vd_vn", A64_SQDMLSL_v, 0x4ea2b021, /* sqdmlsl2 v1.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } },
      .vout = { { V(1), 0x800000017ffffffd, 0x00000000ffffffff } } },
    { "size00", A64_SQDMLSL_v, 0x0e22b020, /* sqdmlsl with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQDMLSL_v, 0x0ee2b020, /* sqdmlsl with size = 11 (reserved) */ UNDEF },
    /* sqdmull v0.4s, v1.4h, v2.4h */
    T3("basic", SQDMULL_v, 0x0e62d020, R7, R8, P(0xeb961f6ec5702236, 0xf86162e6edd25748)),
    /* sqdmull2 v0.4s, v1.8h, v2.8h */
    T3("part2", SQDMULL_v, 0x4e62d020, EN_H, EM_H, P(0x7ffd0004fffffffe, 0xc71c38e47fff0000)),
    /* sqdmull v0.2d, v1.2s, v2.2s */
    T3Q("sat_product", SQDMULL_v, 0x0ea2d020, P(0x4000000080000000, 0x4000000080000000), P(0x4000000080000000, 0x4000000080000000),
       P(0x7fffffffffffffff, 0x2000000000000000)),
    { "qc_kept", A64_SQDMULL_v, 0x0e62d020, /* sqdmull v0.4s, v1.4h, v2.4h */
      .vin = { { V(1), 0x0002000200020002, 0x0002000200020002 },
               { V(2), 0x0003000300030003, 0x0003000300030003 } }, .fpsr_in = QC,
      .vout = { { V(0), 0x0000000c0000000c, 0x0000000c0000000c } }, .fpsr_out = QC },
    { "vd_vn", A64_SQDMULL_v, 0x4ea2d021, /* sqdmull2 v1.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } }, .vout = { { V(1), 0xffffffff00000002, 0 } } },
    { "size00", A64_SQDMULL_v, 0x0e22d020, /* sqdmull with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQDMULL_v, 0x0ee2d020, /* sqdmull with size = 11 (reserved) */ UNDEF },

    /* PMULL (8-bit polynomial; 64-bit is FEAT_PMULL, a64_crypto.def) */
    /* pmull v0.8h, v1.8b, v2.8b */
    T3("basic", PMULL_v, 0x0e22e020, P(0x005701aa030380ff, 0x0807060504030201), P(0xff83c355050380ff, 0x0909090909090909),
       P(0x000f000540005555, 0x00002b7900c32222)),
    /* pmull2 v0.8h, v1.16b, v2.16b */
    T3("part2", PMULL_v, 0x4e22e020, R9, R0, P(0x24465ee470bc0616, 0x3c0b5cc04f12140a)),
    { "vd_vn", A64_PMULL_v, 0x0e21e021, /* pmull v1.8h, v1.8b, v1.8b */
      .vin = { { V(1), R1 } }, .vout = { { V(1), 0x5040551004414410, 0x1004100444445145 } } },
    { "size01", A64_PMULL_v, 0x0e62e020, /* pmull with size = 01 (reserved) */ UNDEF },
    { "size10", A64_PMULL_v, 0x0ea2e020, /* pmull with size = 10 (reserved) */ UNDEF },
    { "fp_trap", A64_SMULL_v, 0x0e62c020, /* smull v0.4s, v1.4h, v2.4h */ FP_TRAP },

};

CASE_SET(simd_3diff, c);
