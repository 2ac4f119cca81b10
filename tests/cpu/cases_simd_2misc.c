/*
 * cases_simd_2misc.c — Advanced SIMD integer vector: two-register
 * miscellaneous (incl. narrowing, SHLL, URECPE/URSQRTE), across lanes, copy
 * (DUP, INS, UMOV, SMOV).
 * Provenance of the expected values and the macros: simd_cases.h.
 */
#include "simd_cases.h"

static const InsnCase c[] = {
    /* two-register miscellaneous */
    /* rev64 v0.16b, v1.16b */
    T2("basic_16b", REV64_v, 0x4e200820, R2, P(0x1cfb60da58bdf33c, 0x37c5886c23615c51)),
    /* rev64 v0.8h, v1.8h */
    T2("basic_8h", REV64_v, 0x4e600820, R3, P(0x40f533beb646f4b1, 0x88f76f3d8c968871)),
    /* rev64 v0.4s, v1.4s */
    T2("basic_4s", REV64_v, 0x4ea00820, R4, P(0x60c40eb7da1b1950, 0x13a5bf075b08acc2)),
    { "q0_vd_vn", A64_REV64_v, 0x0e200821, /* rev64 v1.8b, v1.8b */
      .vin = { { V(1), R5 } }, .vout = { { V(1), 0x8e63a3f90a675d6a, 0 } } },
    { "size_reserved", A64_REV64_v, 0x4ee00820, /* rev64 with the next size (reserved) */ UNDEF },
    /* rev32 v0.16b, v1.16b */
    T2("basic_16b", REV32_v, 0x6e200820, R6, P(0xca22bedac6177bd3, 0xbcbfb9825772ba91)),
    /* rev32 v0.8h, v1.8h */
    T2("basic_8h", REV32_v, 0x6e600820, R7, P(0x97f40cf1871b5625, 0x0b60a524b29c20d0)),
    { "q0_vd_vn", A64_REV32_v, 0x2e200821, /* rev32 v1.8b, v1.8b */
      .vin = { { V(1), R8 } }, .vout = { { V(1), 0x5d16a3b4013eabe1, 0 } } },
    { "size_reserved", A64_REV32_v, 0x6ea00820, /* rev32 with the next size (reserved) */ UNDEF },
    /* rev16 v0.16b, v1.16b */
    T2("basic_16b", REV16_v, 0x4e201820, R9, P(0x83e6dfac6020c4d7, 0xd8832de9adf20ecc)),
    { "q0_vd_vn", A64_REV16_v, 0x0e201821, /* rev16 v1.8b, v1.8b */
      .vin = { { V(1), R0 } }, .vout = { { V(1), 0x98743282351e9e04, 0 } } },
    { "size_reserved", A64_REV16_v, 0x4e601820, /* rev16 with the next size (reserved) */ UNDEF },
    { "edge_8h", A64_SADDLP_v, 0x4e202820, /* saddlp v0.8h, v1.16b */
      .vin = { { V(0), R1 }, { V(1), EN_B } },
      .vout = { { V(0), 0xffd6007fffffffff, 0xffd6007fffffffff } } },
    { "basic_4s", A64_SADDLP_v, 0x4e602820, /* saddlp v0.4s, v1.8h */
      .vin = { { V(0), R2 }, { V(1), R3 } },
      .vout = { { V(0), 0xffffaaf7000074b3, 0xffff1507fffff834 } } },
    { "edge_1d", A64_SADDLP_v, 0x0ea02820, /* saddlp v0.1d, v1.2s */
      .vin = { { V(0), R4 }, { V(1), EN_S } }, .vout = { { V(0), 0xffffffffffffffff, 0 } } },
    { "vd_vn_2d", A64_SADDLP_v, 0x4ea02821, /* saddlp v1.2d, v1.4s */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0, 0xffffffffffffffff } } },
    { "q0_4h", A64_SADDLP_v, 0x0e202820, /* saddlp v0.4h, v1.8b */
      .vin = { { V(0), EN_H }, { V(1), EN_B } }, .vout = { { V(0), 0xffd6007fffffffff, 0 } } },
    { "size11", A64_SADDLP_v, 0x4ee02820, /* saddlp with size = 11 (reserved) */ UNDEF },
    { "edge_8h", A64_UADDLP_v, 0x6e202820, /* uaddlp v0.8h, v1.16b */
      .vin = { { V(0), R5 }, { V(1), EN_B } },
      .vout = { { V(0), 0x00d6007f00ff00ff, 0x00d6007f00ff00ff } } },
    { "basic_4s", A64_UADDLP_v, 0x6e602820, /* uaddlp v0.4s, v1.8h */
      .vin = { { V(0), R6 }, { V(1), R7 } },
      .vout = { { V(0), 0x0000a4e50000dd40, 0x0000b0840000d36c } } },
    { "edge_1d", A64_UADDLP_v, 0x2ea02820, /* uaddlp v0.1d, v1.2s */
      .vin = { { V(0), R8 }, { V(1), EN_S } }, .vout = { { V(0), 0x00000000ffffffff, 0 } } },
    { "vd_vn_2d", A64_UADDLP_v, 0x6ea02821, /* uaddlp v1.2d, v1.4s */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0x0000000100000000, 0x00000000ffffffff } } },
    { "q0_4h", A64_UADDLP_v, 0x2e202820, /* uaddlp v0.4h, v1.8b */
      .vin = { { V(0), EN_H }, { V(1), EN_B } }, .vout = { { V(0), 0x00d6007f00ff00ff, 0 } } },
    { "size11", A64_UADDLP_v, 0x6ee02820, /* uaddlp with size = 11 (reserved) */ UNDEF },
    { "edge_8h", A64_SADALP_v, 0x4e206820, /* sadalp v0.8h, v1.16b */
      .vin = { { V(0), R9 }, { V(1), EN_B } },
      .vout = { { V(0), 0xe659ad5e205fd7c3, 0x83aee9acf2accc0d } } },
    { "basic_4s", A64_SADALP_v, 0x4e606820, /* sadalp v0.4s, v1.8h */
      .vin = { { V(0), R0 }, { V(1), R1 } },
      .vout = { { V(0), 0x74986f4f1e34f736, 0x79c927a16b949e6a } } },
    { "edge_1d", A64_SADALP_v, 0x0ea06820, /* sadalp v0.1d, v1.2s */
      .vin = { { V(0), R2 }, { V(1), EN_S } }, .vout = { { V(0), 0x3cf3bd58da60fb1b, 0 } } },
    { "vd_vn_2d", A64_SADALP_v, 0x4ea06821, /* sadalp v1.2d, v1.4s */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0xffffffff00000001, 0x800000007ffffffe } } },
    { "q0_4h", A64_SADALP_v, 0x0e206820, /* sadalp v0.4h, v1.8b */
      .vin = { { V(0), EN_H }, { V(1), EN_B } }, .vout = { { V(0), 0xffd6007e7fff7ffe, 0 } } },
    { "size11", A64_SADALP_v, 0x4ee06820, /* sadalp with size = 11 (reserved) */ UNDEF },
    { "edge_8h", A64_UADALP_v, 0x6e206820, /* uadalp v0.8h, v1.16b */
      .vin = { { V(0), R3 }, { V(1), EN_B } },
      .vout = { { V(0), 0xf587b6c534bd41f4, 0x89478d15703c89f6 } } },
    { "basic_4s", A64_UADALP_v, 0x6e606820, /* uadalp v0.4s, v1.8h */
      .vin = { { V(0), R4 }, { V(1), R5 } },
      .vout = { { V(0), 0xda1beab760c56be8, 0x5b09450213a6b64f } } },
    { "edge_1d", A64_UADALP_v, 0x2ea06820, /* uadalp v0.1d, v1.2s */
      .vin = { { V(0), R6 }, { V(1), EN_S } }, .vout = { { V(0), 0xdabe22cbd37b17c5, 0 } } },
    { "vd_vn_2d", A64_UADALP_v, 0x6ea06821, /* uadalp v1.2d, v1.4s */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0x1, 0x800000017ffffffe } } },
    { "q0_4h", A64_UADALP_v, 0x2e206820, /* uadalp v0.4h, v1.8b */
      .vin = { { V(0), EN_H }, { V(1), EN_B } }, .vout = { { V(0), 0x00d6007e80ff80fe, 0 } } },
    { "size11", A64_UADALP_v, 0x6ee06820, /* uadalp with size = 11 (reserved) */ UNDEF },
    { "edge_16b", A64_SUQADD_v, 0x4e203820, /* suqadd v0.16b, v1.16b */
      .vin = { { V(0), EM_B }, { V(1), EN_B } },
      .vout = { { V(0), 0xff017f00807f7f7f, 0xff017f00807f7f7f } }, .fpsr_out = QC },
    { "edge_4s", A64_SUQADD_v, 0x4ea03820, /* suqadd v0.4s, v1.4s */
      .vin = { { V(0), EM_S }, { V(1), EN_S } },
      .vout = { { V(0), 0x7fffffff7fffffff, 0x800000007fffffff } }, .fpsr_out = QC },
    { "edge_2d", A64_SUQADD_v, 0x4ee03820, /* suqadd v0.2d, v1.2d */
      .vin = { { V(0), EM_D }, { V(1), EN_D } },
      .vout = { { V(0), 0x7fffffffffffffff, 0x7fffffffffffffff } }, .fpsr_out = QC },
    { "edge2_2d", A64_SUQADD_v, 0x4ee03820, /* suqadd v0.2d, v1.2d */
      .vin = { { V(0), EM2_D }, { V(1), EN2_D } }, .vout = { { V(0), 0x8000000000000000, 0 } } },
    { "q0_vd_vn", A64_SUQADD_v, 0x0e603821, /* suqadd v1.4h, v1.4h */
      .vin = { { V(1), R7 } }, .vout = { { V(1), 0x19e22fe87fff0e36, 0 } }, .fpsr_out = QC },
    { "1d", A64_SUQADD_v, 0x0ee03820, /* suqadd .1d: size:Q = 110 (reserved) */ UNDEF },
    { "edge_16b", A64_USQADD_v, 0x6e203820, /* usqadd v0.16b, v1.16b */
      .vin = { { V(0), EM_B }, { V(1), EN_B } },
      .vout = { { V(0), 0xff01fdff807e7f80, 0xff01fdff807e7f80 } }, .fpsr_out = QC },
    { "edge_4s", A64_USQADD_v, 0x6ea03820, /* usqadd v0.4s, v1.4s */
      .vin = { { V(0), EM_S }, { V(1), EN_S } },
      .vout = { { V(0), 0x7fffffff80000000, 0x800000007ffffffe } } },
    { "edge_2d", A64_USQADD_v, 0x6ee03820, /* usqadd v0.2d, v1.2d */
      .vin = { { V(0), EM_D }, { V(1), EN_D } },
      .vout = { { V(0), 0x8000000000000000, 0x7fffffffffffffff } } },
    { "edge2_2d", A64_USQADD_v, 0x6ee03820, /* usqadd v0.2d, v1.2d */
      .vin = { { V(0), EM2_D }, { V(1), EN2_D } }, .fpsr_out = QC },
    { "q0_vd_vn", A64_USQADD_v, 0x2e603821, /* usqadd v1.4h, v1.4h */
      .vin = { { V(1), R8 } }, .vout = { { V(1), 0x69462cbac3567c02, 0 } } },
    { "1d", A64_USQADD_v, 0x2ee03820, /* usqadd .1d: size:Q = 110 (reserved) */ UNDEF },
    { "edge_16b", A64_SQABS_v, 0x4e207820, /* sqabs v0.16b, v1.16b */
      .vin = { { V(0), EM_B }, { V(1), EN_B } },
      .vout = { { V(0), 0x557f7e0100017f7f, 0x557f7e0100017f7f } }, .fpsr_out = QC },
    { "edge_4s", A64_SQABS_v, 0x4ea07820, /* sqabs v0.4s, v1.4s */
      .vin = { { V(0), EM_S }, { V(1), EN_S } }, .vout = { { V(0), 0x7fffffff7fffffff, 0x1 } },
      .fpsr_out = QC },
    { "edge_2d", A64_SQABS_v, 0x4ee07820, /* sqabs v0.2d, v1.2d */
      .vin = { { V(0), EM_D }, { V(1), EN_D } },
      .vout = { { V(0), 0x7fffffffffffffff, 0x7fffffffffffffff } }, .fpsr_out = QC },
    { "edge2_2d", A64_SQABS_v, 0x4ee07820, /* sqabs v0.2d, v1.2d */
      .vin = { { V(0), EM2_D }, { V(1), EN2_D } }, .vout = { { V(0), 0, 0x1 } } },
    { "q0_vd_vn", A64_SQABS_v, 0x0e607821, /* sqabs v1.4h, v1.4h */
      .vin = { { V(1), R9 } }, .vout = { { V(1), 0x197d53212060283c, 0 } } },
    { "1d", A64_SQABS_v, 0x0ee07820, /* sqabs .1d: size:Q = 110 (reserved) */ UNDEF },
    { "edge_16b", A64_SQNEG_v, 0x6e207820, /* sqneg v0.16b, v1.16b */
      .vin = { { V(0), EM_B }, { V(1), EN_B } },
      .vout = { { V(0), 0xab7f82ff00017f81, 0xab7f82ff00017f81 } }, .fpsr_out = QC },
    { "edge_4s", A64_SQNEG_v, 0x6ea07820, /* sqneg v0.4s, v1.4s */
      .vin = { { V(0), EM_S }, { V(1), EN_S } }, .vout = { { V(0), 0x7fffffff80000001, 0x1 } },
      .fpsr_out = QC },
    { "edge_2d", A64_SQNEG_v, 0x6ee07820, /* sqneg v0.2d, v1.2d */
      .vin = { { V(0), EM_D }, { V(1), EN_D } },
      .vout = { { V(0), 0x8000000000000001, 0x7fffffffffffffff } }, .fpsr_out = QC },
    { "edge2_2d", A64_SQNEG_v, 0x6ee07820, /* sqneg v0.2d, v1.2d */
      .vin = { { V(0), EM2_D }, { V(1), EN2_D } }, .vout = { { V(0), 0, 0xffffffffffffffff } } },
    { "q0_vd_vn", A64_SQNEG_v, 0x2e607821, /* sqneg v1.4h, v1.4h */
      .vin = { { V(1), R0 } }, .vout = { { V(1), 0x8b687dcee1cbfb62, 0 } } },
    { "1d", A64_SQNEG_v, 0x2ee07820, /* sqneg .1d: size:Q = 110 (reserved) */ UNDEF },
    { "edge_16b", A64_ABS_v, 0x4e20b820, /* abs v0.16b, v1.16b */
      .vin = { { V(0), EM_B }, { V(1), EN_B } },
      .vout = { { V(0), 0x557f7e010001807f, 0x557f7e010001807f } } },
    { "edge_4s", A64_ABS_v, 0x4ea0b820, /* abs v0.4s, v1.4s */
      .vin = { { V(0), EM_S }, { V(1), EN_S } }, .vout = { { V(0), 0x800000007fffffff, 0x1 } } },
    { "edge_2d", A64_ABS_v, 0x4ee0b820, /* abs v0.2d, v1.2d */
      .vin = { { V(0), EM_D }, { V(1), EN_D } },
      .vout = { { V(0), 0x7fffffffffffffff, 0x8000000000000000 } } },
    { "edge2_2d", A64_ABS_v, 0x4ee0b820, /* abs v0.2d, v1.2d */
      .vin = { { V(0), EM2_D }, { V(1), EN2_D } }, .vout = { { V(0), 0, 0x1 } } },
    { "q0_vd_vn", A64_ABS_v, 0x0e60b821, /* abs v1.4h, v1.4h */
      .vin = { { V(1), R1 } }, .vout = { { V(1), 0x42425525370c29a4, 0 } } },
    { "1d", A64_ABS_v, 0x0ee0b820, /* abs .1d: size:Q = 110 (reserved) */ UNDEF },
    { "edge_16b", A64_NEG_v, 0x6e20b820, /* neg v0.16b, v1.16b */
      .vin = { { V(0), EM_B }, { V(1), EN_B } },
      .vout = { { V(0), 0xab7f82ff00018081, 0xab7f82ff00018081 } } },
    { "edge_4s", A64_NEG_v, 0x6ea0b820, /* neg v0.4s, v1.4s */
      .vin = { { V(0), EM_S }, { V(1), EN_S } }, .vout = { { V(0), 0x8000000080000001, 0x1 } } },
    { "edge_2d", A64_NEG_v, 0x6ee0b820, /* neg v0.2d, v1.2d */
      .vin = { { V(0), EM_D }, { V(1), EN_D } },
      .vout = { { V(0), 0x8000000000000001, 0x8000000000000000 } } },
    { "edge2_2d", A64_NEG_v, 0x6ee0b820, /* neg v0.2d, v1.2d */
      .vin = { { V(0), EM2_D }, { V(1), EN2_D } }, .vout = { { V(0), 0, 0xffffffffffffffff } } },
    { "q0_vd_vn", A64_NEG_v, 0x2e60b821, /* neg v1.4h, v1.4h */
      .vin = { { V(1), R2 } }, .vout = { { V(1), 0xc30d42a825a004e4, 0 } } },
    { "1d", A64_NEG_v, 0x2ee0b820, /* neg .1d: size:Q = 110 (reserved) */ UNDEF },
    { "edge_16b", A64_CMGT_v_zero, 0x4e208820, /* cmgt v0.16b, v1.16b, #0 */
      .vin = { { V(0), EM_B }, { V(1), EN_B } },
      .vout = { { V(0), 0xff00ffff000000ff, 0xff00ffff000000ff } } },
    { "edge_4s", A64_CMGT_v_zero, 0x4ea08820, /* cmgt v0.4s, v1.4s, #0 */
      .vin = { { V(0), EM_S }, { V(1), EN_S } }, .vout = { { V(0), 0x00000000ffffffff, 0 } } },
    { "edge_2d", A64_CMGT_v_zero, 0x4ee08820, /* cmgt v0.2d, v1.2d, #0 */
      .vin = { { V(0), EM_D }, { V(1), EN_D } }, .vout = { { V(0), 0xffffffffffffffff, 0 } } },
    { "edge2_2d", A64_CMGT_v_zero, 0x4ee08820, /* cmgt v0.2d, v1.2d, #0 */
      .vin = { { V(0), EM2_D }, { V(1), EN2_D } }, .vout = { { V(0), 0, 0xffffffffffffffff } } },
    { "q0_vd_vn", A64_CMGT_v_zero, 0x0e608821, /* cmgt v1.4h, v1.4h, #0 */
      .vin = { { V(1), R3 } }, .vout = { { V(1), 0x00000000ffffffff, 0 } } },
    { "1d", A64_CMGT_v_zero, 0x0ee08820, /* cmgt .1d: size:Q = 110 (reserved) */ UNDEF },
    { "edge_16b", A64_CMGE_v_zero, 0x6e208820, /* cmge v0.16b, v1.16b, #0 */
      .vin = { { V(0), EM_B }, { V(1), EN_B } },
      .vout = { { V(0), 0xff00ffffff0000ff, 0xff00ffffff0000ff } } },
    { "edge_4s", A64_CMGE_v_zero, 0x6ea08820, /* cmge v0.4s, v1.4s, #0 */
      .vin = { { V(0), EM_S }, { V(1), EN_S } },
      .vout = { { V(0), 0x00000000ffffffff, 0xffffffff00000000 } } },
    { "edge_2d", A64_CMGE_v_zero, 0x6ee08820, /* cmge v0.2d, v1.2d, #0 */
      .vin = { { V(0), EM_D }, { V(1), EN_D } }, .vout = { { V(0), 0xffffffffffffffff, 0 } } },
    { "edge2_2d", A64_CMGE_v_zero, 0x6ee08820, /* cmge v0.2d, v1.2d, #0 */
      .vin = { { V(0), EM2_D }, { V(1), EN2_D } },
      .vout = { { V(0), 0xffffffffffffffff, 0xffffffffffffffff } } },
    { "q0_vd_vn", A64_CMGE_v_zero, 0x2e608821, /* cmge v1.4h, v1.4h, #0 */
      .vin = { { V(1), R4 } }, .vout = { { V(1), 0x0000ffffffffffff, 0 } } },
    { "1d", A64_CMGE_v_zero, 0x2ee08820, /* cmge .1d: size:Q = 110 (reserved) */ UNDEF },
    { "edge_16b", A64_CMEQ_v_zero, 0x4e209820, /* cmeq v0.16b, v1.16b, #0 */
      .vin = { { V(0), EM_B }, { V(1), EN_B } },
      .vout = { { V(0), 0x00000000ff000000, 0x00000000ff000000 } } },
    { "edge_4s", A64_CMEQ_v_zero, 0x4ea09820, /* cmeq v0.4s, v1.4s, #0 */
      .vin = { { V(0), EM_S }, { V(1), EN_S } }, .vout = { { V(0), 0, 0xffffffff00000000 } } },
    { "edge_2d", A64_CMEQ_v_zero, 0x4ee09820, /* cmeq v0.2d, v1.2d, #0 */
      .vin = { { V(0), EM_D }, { V(1), EN_D } }, .vout = { { V(0), 0, 0 } } },
    { "edge2_2d", A64_CMEQ_v_zero, 0x4ee09820, /* cmeq v0.2d, v1.2d, #0 */
      .vin = { { V(0), EM2_D }, { V(1), EN2_D } }, .vout = { { V(0), 0xffffffffffffffff, 0 } } },
    { "q0_vd_vn", A64_CMEQ_v_zero, 0x0e609821, /* cmeq v1.4h, v1.4h, #0 */
      .vin = { { V(1), R5 } }, .vout = { { V(1), 0, 0 } } },
    { "1d", A64_CMEQ_v_zero, 0x0ee09820, /* cmeq .1d: size:Q = 110 (reserved) */ UNDEF },
    { "edge_16b", A64_CMLE_v_zero, 0x6e209820, /* cmle v0.16b, v1.16b, #0 */
      .vin = { { V(0), EM_B }, { V(1), EN_B } },
      .vout = { { V(0), 0x00ff0000ffffff00, 0x00ff0000ffffff00 } } },
    { "edge_4s", A64_CMLE_v_zero, 0x6ea09820, /* cmle v0.4s, v1.4s, #0 */
      .vin = { { V(0), EM_S }, { V(1), EN_S } },
      .vout = { { V(0), 0xffffffff00000000, 0xffffffffffffffff } } },
    { "edge_2d", A64_CMLE_v_zero, 0x6ee09820, /* cmle v0.2d, v1.2d, #0 */
      .vin = { { V(0), EM_D }, { V(1), EN_D } }, .vout = { { V(0), 0, 0xffffffffffffffff } } },
    { "edge2_2d", A64_CMLE_v_zero, 0x6ee09820, /* cmle v0.2d, v1.2d, #0 */
      .vin = { { V(0), EM2_D }, { V(1), EN2_D } }, .vout = { { V(0), 0xffffffffffffffff, 0 } } },
    { "q0_vd_vn", A64_CMLE_v_zero, 0x2e609821, /* cmle v1.4h, v1.4h, #0 */
      .vin = { { V(1), R6 } }, .vout = { { V(1), 0xffff0000ffff0000, 0 } } },
    { "1d", A64_CMLE_v_zero, 0x2ee09820, /* cmle .1d: size:Q = 110 (reserved) */ UNDEF },
    { "edge_16b", A64_CMLT_v_zero, 0x4e20a820, /* cmlt v0.16b, v1.16b, #0 */
      .vin = { { V(0), EM_B }, { V(1), EN_B } },
      .vout = { { V(0), 0x00ff000000ffff00, 0x00ff000000ffff00 } } },
    { "edge_4s", A64_CMLT_v_zero, 0x4ea0a820, /* cmlt v0.4s, v1.4s, #0 */
      .vin = { { V(0), EM_S }, { V(1), EN_S } },
      .vout = { { V(0), 0xffffffff00000000, 0x00000000ffffffff } } },
    { "edge_2d", A64_CMLT_v_zero, 0x4ee0a820, /* cmlt v0.2d, v1.2d, #0 */
      .vin = { { V(0), EM_D }, { V(1), EN_D } }, .vout = { { V(0), 0, 0xffffffffffffffff } } },
    { "edge2_2d", A64_CMLT_v_zero, 0x4ee0a820, /* cmlt v0.2d, v1.2d, #0 */
      .vin = { { V(0), EM2_D }, { V(1), EN2_D } }, .vout = { { V(0), 0, 0 } } },
    { "q0_vd_vn", A64_CMLT_v_zero, 0x0e60a821, /* cmlt v1.4h, v1.4h, #0 */
      .vin = { { V(1), R7 } }, .vout = { { V(1), 0x0000ffff0000ffff, 0 } } },
    { "1d", A64_CMLT_v_zero, 0x0ee0a820, /* cmlt .1d: size:Q = 110 (reserved) */ UNDEF },
    /* cls v0.16b, v1.16b */
    T2("edge_16b", CLS_v, 0x4e204820, EN_B, P(0x0000000607070000, 0x0000000607070000)),
    /* cls v0.8h, v1.8h */
    T2("edge_8h", CLS_v, 0x4e604820, EN_H, P(0x000f000f00000000, 0xe)),
    /* cls v0.4s, v1.4s */
    T2("edge_4s", CLS_v, 0x4ea04820, EN_S, P(0, 0x0000001f0000001f)),
    /* cls v0.4s, v1.4s */
    T2("basic", CLS_v, 0x4ea04820, P(0xfffe000000010000, 0xc000000000000001),
       P(0x0000000e0000000e, 0x000000010000001e)),
    { "q0_vd_vn", A64_CLS_v, 0x0e204821, /* cls v1.8b, v1.8b */
      .vin = { { V(1), 0xc040201008040201, 0xc040201008040201 } },
      .vout = { { V(1), 0x0100010203040506, 0 } } },
    { "size11", A64_CLS_v, 0x4ee04820, /* cls with size = 11 (reserved) */ UNDEF },
    /* clz v0.16b, v1.16b */
    T2("edge_16b", CLZ_v, 0x6e204820, EN_B, P(0x0100010708000001, 0x0100010708000001)),
    /* clz v0.8h, v1.8h */
    T2("edge_8h", CLZ_v, 0x6e604820, EN_H, P(0x0010000000000001, 0x000100000001000f)),
    /* clz v0.4s, v1.4s */
    T2("edge_4s", CLZ_v, 0x6ea04820, EN_S, P(0x1, 0x0000002000000000)),
    /* clz v0.4s, v1.4s */
    T2("basic", CLZ_v, 0x6ea04820, P(0xfffe000000010000, 0xc000000000000001), P(0xf, 0x1f)),
    { "q0_vd_vn", A64_CLZ_v, 0x2e204821, /* clz v1.8b, v1.8b */
      .vin = { { V(1), 0xc040201008040201, 0xc040201008040201 } },
      .vout = { { V(1), 0x0001020304050607, 0 } } },
    { "size11", A64_CLZ_v, 0x6ee04820, /* clz with size = 11 (reserved) */ UNDEF },
    /* cnt v0.16b, v1.16b */
    T2("basic", CNT_v, 0x4e205820, R8, P(0x0404030504050501, 0x0102060404040202)),
    /* cnt v0.8b, v1.8b */
    T2("edge_q0", CNT_v, 0x0e205820, EN_B, P(0x0402060100080107, 0)),
    { "vd_vn", A64_CNT_v, 0x4e205821, /* cnt v1.16b, v1.16b */
      .vin = { { V(1), EM_B } }, .vout = { { V(1), 0x0401070801070801, 0x0401070801070801 } } },
    { "size01", A64_CNT_v, 0x4e605820, /* cnt with size = 01 (reserved) */ UNDEF },
    /* not v0.16b, v1.16b */
    T2("basic", NOT_v, 0x6e205820, R9, P(0x197c5320df9f283b, 0x7c2716d20d5233f1)),
    /* not v0.8b, v1.8b */
    T2("q0", NOT_v, 0x2e205820, EN_B, P(0xaa7e81feff007f80, 0)),
    { "vd_vn", A64_NOT_v, 0x6e205821, /* not v1.16b, v1.16b */
      .vin = { { V(1), R0 } }, .vout = { { V(1), 0x8b677dcde1cafb61, 0x86373d6d946b4a4a } } },
    /* rbit v0.16b, v1.16b */
    T2("basic", RBIT_v, 0x6e605820, R1, P(0x424255db132f9425, 0xd75e9ea9a911cab4)),
    /* rbit v0.8b, v1.8b */
    T2("q0", RBIT_v, 0x2e605820, EN_B, P(0xaa817e8000ff01fe, 0)),
    { "vd_vn", A64_RBIT_v, 0x6e605821, /* rbit v1.16b, v1.16b */
      .vin = { { V(1), R2 } }, .vout = { { V(1), 0x3ccfbd1a5b06df38, 0x8a3a86c43611a3ec } } },
    { "mvn_alias", A64_NOT_v, 0x2e205863, /* mvn v3.8b, v3.8b */
      .vin = { { V(3), R3 } }, .vout = { { V(3), 0x0b4e49b9cc41bf0a, 0 } } },

    /* two-register misc: narrowing (Q=1 writes the upper half, keeps the lower) */
    /* xtn v0.8b, v1.8h */
    T2("edge_8b", XTN_v, 0x0e212820, EN_H, P(0x5501fe0100ff00ff, 0)),
    { "part2_edge", A64_XTN_v, 0x4e212820, /* xtn2 v0.16b, v1.8h */
      .vin = { { V(0), R4 }, { V(1), EM_H } },
      .vout = { { V(0), 0xda1b195060c40eb7, 0xaa00ffff00ffff01 } } },
    /* xtn v0.4h, v1.4s */
    T2("edge_4h", XTN_v, 0x0e612820, EN_S, P(0x0000ffff0000ffff, 0)),
    /* xtn v0.2s, v1.2d */
    T2("edge_2s", XTN_v, 0x0ea12820, EN_D, P(0x00000000ffffffff, 0)),
    { "part2_edge_4s", A64_XTN_v, 0x4ea12820, /* xtn2 v0.4s, v1.2d */
      .vin = { { V(0), R5 }, { V(1), EM_D } },
      .vout = { { V(0), 0x6a5d670af9a3638e, 0xffffffff00000001 } } },
    { "part2_vd_vn", A64_XTN_v, 0x4e612821, /* xtn2 v1.8h, v1.4s */
      .vin = { { V(1), EN2_S } }, .vout = { { V(1), 0x0000000100000000, 0x0001fffe00010000 } } },
    { "qc_kept", A64_XTN_v, 0x0e212820, /* xtn v0.8b, v1.8h */
      .vin = { { V(1), 0x0001007f00020001, 0x00020001007f0002 } }, .fpsr_in = QC,
      .vout = { { V(0), 0x02017f02017f0201, 0 } }, .fpsr_out = QC },
    { "size11", A64_XTN_v, 0x0ee12820, /* xtn with size = 11 (reserved) */ UNDEF },
    /* sqxtn v0.8b, v1.8h */
    T2Q("edge_8b", SQXTN_v, 0x0e214820, EN_H, P(0x7f807f0100ff807f, 0)),
    { "part2_edge", A64_SQXTN_v, 0x4e214820, /* sqxtn2 v0.16b, v1.8h */
      .vin = { { V(0), R6 }, { V(1), EM_H } },
      .vout = { { V(0), 0xdabe22cad37b17c6, 0x80807fff807fff01 } }, .fpsr_out = QC },
    /* sqxtn v0.4h, v1.4s */
    T2Q("edge_4h", SQXTN_v, 0x0e614820, EN_S, P(0x0000ffff80007fff, 0)),
    /* sqxtn v0.2s, v1.2d */
    T2Q("edge_2s", SQXTN_v, 0x0ea14820, EN_D, P(0x800000007fffffff, 0)),
    { "part2_edge_4s", A64_SQXTN_v, 0x4ea14820, /* sqxtn2 v0.4s, v1.2d */
      .vin = { { V(0), R7 }, { V(1), EM_D } },
      .vout = { { V(0), 0x0cf197f45625871b, 0xffffffff00000001 } } },
    { "part2_vd_vn", A64_SQXTN_v, 0x4e614821, /* sqxtn2 v1.8h, v1.4s */
      .vin = { { V(1), EN2_S } }, .vout = { { V(1), 0x0000000100000000, 0x80007fff00010000 } },
      .fpsr_out = QC },
    { "qc_kept", A64_SQXTN_v, 0x0e214820, /* sqxtn v0.8b, v1.8h */
      .vin = { { V(1), 0x0001007f00020001, 0x00020001007f0002 } }, .fpsr_in = QC,
      .vout = { { V(0), 0x02017f02017f0201, 0 } }, .fpsr_out = QC },
    { "size11", A64_SQXTN_v, 0x0ee14820, /* sqxtn with size = 11 (reserved) */ UNDEF },
    /* uqxtn v0.8b, v1.8h */
    T2Q("edge_8b", UQXTN_v, 0x2e214820, EN_H, P(0xffffff0100ffffff, 0)),
    { "part2_edge", A64_UQXTN_v, 0x6e214820, /* uqxtn2 v0.16b, v1.8h */
      .vin = { { V(0), R8 }, { V(1), EM_H } },
      .vout = { { V(0), 0xb4a3165de1ab3e01, 0xffffffffffffff01 } }, .fpsr_out = QC },
    /* uqxtn v0.4h, v1.4s */
    T2Q("edge_4h", UQXTN_v, 0x2e614820, EN_S, P(0x0000ffffffffffff, 0)),
    /* uqxtn v0.2s, v1.2d */
    T2Q("edge_2s", UQXTN_v, 0x2ea14820, EN_D, P(0xffffffffffffffff, 0)),
    { "part2_edge_4s", A64_UQXTN_v, 0x6ea14820, /* uqxtn2 v0.4s, v1.2d */
      .vin = { { V(0), R9 }, { V(1), EM_D } },
      .vout = { { V(0), 0xe683acdf2060d7c4, 0xffffffff00000001 } }, .fpsr_out = QC },
    { "part2_vd_vn", A64_UQXTN_v, 0x6e614821, /* uqxtn2 v1.8h, v1.4s */
      .vin = { { V(1), EN2_S } }, .vout = { { V(1), 0x0000000100000000, 0xffffffff00010000 } },
      .fpsr_out = QC },
    { "qc_kept", A64_UQXTN_v, 0x2e214820, /* uqxtn v0.8b, v1.8h */
      .vin = { { V(1), 0x0001007f00020001, 0x00020001007f0002 } }, .fpsr_in = QC,
      .vout = { { V(0), 0x02017f02017f0201, 0 } }, .fpsr_out = QC },
    { "size11", A64_UQXTN_v, 0x2ee14820, /* uqxtn with size = 11 (reserved) */ UNDEF },
    /* sqxtun v0.8b, v1.8h */
    T2Q("edge_8b", SQXTUN_v, 0x2e212820, EN_H, P(0xff00ff01000000ff, 0)),
    { "part2_edge", A64_SQXTUN_v, 0x6e212820, /* sqxtun2 v0.16b, v1.8h */
      .vin = { { V(0), R0 }, { V(1), EM_H } },
      .vout = { { V(0), 0x749882321e35049e, 0x0000ff0000ff0001 } }, .fpsr_out = QC },
    /* sqxtun v0.4h, v1.4s */
    T2Q("edge_4h", SQXTUN_v, 0x2e612820, EN_S, P(0xffff, 0)),
    /* sqxtun v0.2s, v1.2d */
    T2Q("edge_2s", SQXTUN_v, 0x2ea12820, EN_D, P(0x00000000ffffffff, 0)),
    { "part2_edge_4s", A64_SQXTUN_v, 0x6ea12820, /* sqxtun2 v0.4s, v1.2d */
      .vin = { { V(0), R1 }, { V(1), EM_D } }, .vout = { { V(0), 0x4242aadbc8f429a4, 0x1 } },
      .fpsr_out = QC },
    { "part2_vd_vn", A64_SQXTUN_v, 0x6e612821, /* sqxtun2 v1.8h, v1.4s */
      .vin = { { V(1), EN2_S } }, .vout = { { V(1), 0x0000000100000000, 0x0000ffff00010000 } },
      .fpsr_out = QC },
    { "qc_kept", A64_SQXTUN_v, 0x2e212820, /* sqxtun v0.8b, v1.8h */
      .vin = { { V(1), 0x0001007f00020001, 0x00020001007f0002 } }, .fpsr_in = QC,
      .vout = { { V(0), 0x02017f02017f0201, 0 } }, .fpsr_out = QC },
    { "size11", A64_SQXTUN_v, 0x2ee12820, /* sqxtun with size = 11 (reserved) */ UNDEF },

    /* SHLL (shift by the element size) */
    /* shll v0.8h, v1.8b, #8 */
    T2("basic_8h", SHLL_v, 0x2e213820, R2, P(0xda006000fb001c00, 0x3c00f300bd005800)),
    /* shll2 v0.4s, v1.8h, #16 */
    T2("part2_4s", SHLL_v, 0x6e613820, R3, P(0x6f3d000088f70000, 0x887100008c960000)),
    /* shll v0.2d, v1.2s, #32 */
    T2("edge_2d", SHLL_v, 0x2ea13820, EN_S, P(0x7fffffff00000000, 0x8000000000000000)),
    { "part2_vd_vn", A64_SHLL_v, 0x6ea13821, /* shll2 v1.2d, v1.4s, #32 */
      .vin = { { V(1), R4 } }, .vout = { { V(1), 0x13a5bf0700000000, 0x5b08acc200000000 } } },
    { "size11", A64_SHLL_v, 0x2ee13820, /* shll with size = 11 (reserved) */ UNDEF },

    /* URECPE/URSQRTE (32-bit elements; sz = 1 reserved) */
    /* urecpe v0.4s, v1.4s */
    T2("edges", URECPE_v, 0x4ea1c820, P(0x800000007fffffff, 0x3fffffffffffffff),
       P(0xff800000ffffffff, 0xffffffff80000000)),
    /* urecpe v0.4s, v1.4s */
    T2("range", URECPE_v, 0x4ea1c820, P(0xc000000040000000, 0x55555555a5a5a5a5),
       P(0xaa800000ffffffff, 0xffffffffc5800000)),
    /* urecpe v0.4s, v1.4s */
    T2("steps", URECPE_v, 0x4ea1c820, P(0x807fffff80800000, 0x5ffffffffff00000),
       P(0xff800000fe800000, 0xffffffff80000000)),
    { "q0_vd_vn", A64_URECPE_v, 0x0ea1c821, /* urecpe v1.2s, v1.2s */
      .vin = { { V(1), 0x9abcdef0e0000000, 0x0000000200000001 } },
      .vout = { { V(1), 0xd380000092000000, 0 } } },
    { "sz1", A64_URECPE_v, 0x4ee1c820, /* urecpe with sz = 1 (reserved) */ UNDEF },
    /* ursqrte v0.4s, v1.4s */
    T2("edges", URSQRTE_v, 0x6ea1c820, P(0x800000007fffffff, 0x3fffffffffffffff),
       P(0xb4800000b5000000, 0xffffffff80000000)),
    /* ursqrte v0.4s, v1.4s */
    T2("range", URSQRTE_v, 0x6ea1c820, P(0xc000000040000000, 0x55555555a5a5a5a5),
       P(0x93800000ff800000, 0xde0000009f000000)),
    /* ursqrte v0.4s, v1.4s */
    T2("steps", URSQRTE_v, 0x6ea1c820, P(0x807fffff80800000, 0x5ffffffffff00000),
       P(0xb4800000b4800000, 0xd180000080000000)),
    { "q0_vd_vn", A64_URSQRTE_v, 0x2ea1c821, /* ursqrte v1.2s, v1.2s */
      .vin = { { V(1), 0x9abcdef0e0000000, 0x0000000200000001 } },
      .vout = { { V(1), 0xa500000088800000, 0 } } },
    { "sz1", A64_URSQRTE_v, 0x6ee1c820, /* ursqrte with sz = 1 (reserved) */ UNDEF },
    { "fp_trap", A64_ABS_v, 0x4ea0b820, /* abs v0.4s, v1.4s */ FP_TRAP },

    /* across lanes (size 11 and the 2S arrangement reserved) */
    /* addv b0, v1.16b */
    T2("edge_16b", ADDV_v, 0x4e31b820, EN_B, P(0xa6, 0)),
    /* addv h0, v1.8h */
    T2("edge_8h", ADDV_v, 0x4e71b820, EM_H, P(0xaaa7, 0)),
    /* addv s0, v1.4s */
    T2("edge_4s", ADDV_v, 0x4eb1b820, EN_S, P(0x00000000fffffffe, 0)),
    /* addv b0, v1.8b */
    T2("basic_8b", ADDV_v, 0x0e31b820, R5, P(0xc5, 0)),
    { "vd_vn_4h", A64_ADDV_v, 0x0e71b821, /* addv h1, v1.4h */
      .vin = { { V(1), R6 } }, .vout = { { V(1), 0xe8c9, 0 } } },
    { "2s", A64_ADDV_v, 0x0eb1b820, /* addv with .2s: size:Q = 100 (reserved) */ UNDEF },
    { "size11", A64_ADDV_v, 0x0ef1b820, /* addv with size = 11, Q = 1 (reserved) */ UNDEF },
    /* saddlv h0, v1.16b */
    T2("edge_16b", SADDLV_v, 0x4e303820, EN_B, P(0xa6, 0)),
    /* saddlv s0, v1.8h */
    T2("edge_8h", SADDLV_v, 0x4e703820, EM_H, P(0x00000000ffffaaa7, 0)),
    /* saddlv d0, v1.4s */
    T2("edge_4s", SADDLV_v, 0x4eb03820, EN_S, P(0xfffffffffffffffe, 0)),
    /* saddlv h0, v1.8b */
    T2("basic_8b", SADDLV_v, 0x0e303820, R7, P(0xffa5, 0)),
    { "vd_vn_4h", A64_SADDLV_v, 0x0e703821, /* saddlv s1, v1.4h */
      .vin = { { V(1), R8 } }, .vout = { { V(1), 0x00000000ffffeaac, 0 } } },
    { "2s", A64_SADDLV_v, 0x0eb03820, /* saddlv with .2s: size:Q = 100 (reserved) */ UNDEF },
    { "size11", A64_SADDLV_v, 0x0ef03820, /* saddlv with size = 11, Q = 1 (reserved) */ UNDEF },
    /* uaddlv h0, v1.16b */
    T2("edge_16b", UADDLV_v, 0x6e303820, EN_B, P(0x6a6, 0)),
    /* uaddlv s0, v1.8h */
    T2("edge_8h", UADDLV_v, 0x6e703820, EM_H, P(0x000000000004aaa7, 0)),
    /* uaddlv d0, v1.4s */
    T2("edge_4s", UADDLV_v, 0x6eb03820, EN_S, P(0x00000001fffffffe, 0)),
    /* uaddlv h0, v1.8b */
    T2("basic_8b", UADDLV_v, 0x2e303820, R9, P(0x50f, 0)),
    { "vd_vn_4h", A64_UADDLV_v, 0x2e703821, /* uaddlv s1, v1.4h */
      .vin = { { V(1), R0 } }, .vout = { { V(1), 0x000000000001199d, 0 } } },
    { "2s", A64_UADDLV_v, 0x2eb03820, /* uaddlv with .2s: size:Q = 100 (reserved) */ UNDEF },
    { "size11", A64_UADDLV_v, 0x2ef03820, /* uaddlv with size = 11, Q = 1 (reserved) */ UNDEF },
    /* smaxv b0, v1.16b */
    T2("edge_16b", SMAXV_v, 0x4e30a820, EN_B, P(0x7f, 0)),
    /* smaxv h0, v1.8h */
    T2("edge_8h", SMAXV_v, 0x4e70a820, EM_H, P(0x7fff, 0)),
    /* smaxv s0, v1.4s */
    T2("edge_4s", SMAXV_v, 0x4eb0a820, EN_S, P(0x000000007fffffff, 0)),
    /* smaxv b0, v1.8b */
    T2("basic_8b", SMAXV_v, 0x0e30a820, R1, P(0x42, 0)),
    { "vd_vn_4h", A64_SMAXV_v, 0x0e70a821, /* smaxv h1, v1.4h */
      .vin = { { V(1), R2 } }, .vout = { { V(1), 0x3cf3, 0 } } },
    { "2s", A64_SMAXV_v, 0x0eb0a820, /* smaxv with .2s: size:Q = 100 (reserved) */ UNDEF },
    { "size11", A64_SMAXV_v, 0x0ef0a820, /* smaxv with size = 11, Q = 1 (reserved) */ UNDEF },
    /* sminv b0, v1.16b */
    T2("edge_16b", SMINV_v, 0x4e31a820, EN_B, P(0x80, 0)),
    /* sminv h0, v1.8h */
    T2("edge_8h", SMINV_v, 0x4e71a820, EM_H, P(0x8000, 0)),
    /* sminv s0, v1.4s */
    T2("edge_4s", SMINV_v, 0x4eb1a820, EN_S, P(0x0000000080000000, 0)),
    /* sminv b0, v1.8b */
    T2("basic_8b", SMINV_v, 0x0e31a820, R3, P(0xb1, 0)),
    { "vd_vn_4h", A64_SMINV_v, 0x0e71a821, /* sminv h1, v1.4h */
      .vin = { { V(1), R4 } }, .vout = { { V(1), 0xda1b, 0 } } },
    { "2s", A64_SMINV_v, 0x0eb1a820, /* sminv with .2s: size:Q = 100 (reserved) */ UNDEF },
    { "size11", A64_SMINV_v, 0x0ef1a820, /* sminv with size = 11, Q = 1 (reserved) */ UNDEF },
    /* umaxv b0, v1.16b */
    T2("edge_16b", UMAXV_v, 0x6e30a820, EN_B, P(0xff, 0)),
    /* umaxv h0, v1.8h */
    T2("edge_8h", UMAXV_v, 0x6e70a820, EM_H, P(0xffff, 0)),
    /* umaxv s0, v1.4s */
    T2("edge_4s", UMAXV_v, 0x6eb0a820, EN_S, P(0x00000000ffffffff, 0)),
    /* umaxv b0, v1.8b */
    T2("basic_8b", UMAXV_v, 0x2e30a820, R5, P(0xf9, 0)),
    { "vd_vn_4h", A64_UMAXV_v, 0x2e70a821, /* umaxv h1, v1.4h */
      .vin = { { V(1), R6 } }, .vout = { { V(1), 0xdabe, 0 } } },
    { "2s", A64_UMAXV_v, 0x2eb0a820, /* umaxv with .2s: size:Q = 100 (reserved) */ UNDEF },
    { "size11", A64_UMAXV_v, 0x2ef0a820, /* umaxv with size = 11, Q = 1 (reserved) */ UNDEF },
    /* uminv b0, v1.16b */
    T2("edge_16b", UMINV_v, 0x6e31a820, EN_B, P(0, 0)),
    /* uminv h0, v1.8h */
    T2("edge_8h", UMINV_v, 0x6e71a820, EM_H, P(0x1, 0)),
    /* uminv s0, v1.4s */
    T2("edge_4s", UMINV_v, 0x6eb1a820, EN_S, P(0, 0)),
    /* uminv b0, v1.8b */
    T2("basic_8b", UMINV_v, 0x2e31a820, R7, P(0xc, 0)),
    { "vd_vn_4h", A64_UMINV_v, 0x2e71a821, /* uminv h1, v1.4h */
      .vin = { { V(1), R8 } }, .vout = { { V(1), 0x165d, 0 } } },
    { "2s", A64_UMINV_v, 0x2eb1a820, /* uminv with .2s: size:Q = 100 (reserved) */ UNDEF },
    { "size11", A64_UMINV_v, 0x2ef1a820, /* uminv with size = 11, Q = 1 (reserved) */ UNDEF },
    { "fp_trap", A64_ADDV_v, 0x4eb1b820, /* addv s0, v1.4s */ FP_TRAP },

    /* copy: DUP (element), DUP (general), INS, UMOV, SMOV */
    /* dup v0.16b, v1.b[15] */
    T2("b15", DUP_elem, 0x4e1f0420, R9, P(0x8383838383838383, 0x8383838383838383)),
    /* dup v0.4h, v1.h[3] */
    T2("h3_q0", DUP_elem, 0x0e0e0420, R0, P(0x7498749874987498, 0)),
    /* dup v0.4s, v1.s[3] */
    T2("s3", DUP_elem, 0x4e1c0420, R1, P(0xeb7a7995eb7a7995, 0xeb7a7995eb7a7995)),
    /* dup v0.2s, v1.s[2] */
    T2("s2_q0", DUP_elem, 0x0e140420, R2, P(0x6c88c5376c88c537, 0)),
    /* dup v0.2d, v1.d[1] */
    T2("d1", DUP_elem, 0x4e180420, R3, P(0x88718c966f3d88f7, 0x88718c966f3d88f7)),
    { "b0_q0_vd_vn", A64_DUP_elem, 0x0e010421, /* dup v1.8b, v1.b[0] */
      .vin = { { V(1), R4 } }, .vout = { { V(1), 0xb7b7b7b7b7b7b7b7, 0 } } },
    { "h7_vd_vn", A64_DUP_elem, 0x4e1e0421, /* dup v1.8h, v1.h[7] */
      .vin = { { V(1), R5 } }, .vout = { { V(1), 0x4a894a894a894a89, 0x4a894a894a894a89 } } },
    { "d_q0", A64_DUP_elem, 0x0e180420,
      /* dup v0.1d, v1.d[1]: size 3 with Q = 0 (reserved) */ UNDEF },
    { "b", A64_DUP_gen, 0x4e010c20, /* dup v0.16b, w1 */
      .in = { { X(1), 0xfedcba9876543210 } },
      .vout = { { V(0), 0x1010101010101010, 0x1010101010101010 } } },
    { "h_q0", A64_DUP_gen, 0x0e020c20, /* dup v0.4h, w1 */
      .in = { { X(1), 0xfedcba9876543210 } }, .vout = { { V(0), 0x3210321032103210, 0 } } },
    { "s", A64_DUP_gen, 0x4e040c20, /* dup v0.4s, w1 */
      .in = { { X(1), 0xfedcba9876543210 } },
      .vout = { { V(0), 0x7654321076543210, 0x7654321076543210 } } },
    { "s_q0", A64_DUP_gen, 0x0e040c40, /* dup v0.2s, w2 */
      .in = { { X(2), 0xfedcba9876543210 } }, .vout = { { V(0), 0x7654321076543210, 0 } } },
    { "d", A64_DUP_gen, 0x4e080c20, /* dup v0.2d, x1 */
      .in = { { X(1), 0xfedcba9876543210 } },
      .vout = { { V(0), 0xfedcba9876543210, 0xfedcba9876543210 } } },
    { "zr", A64_DUP_gen, 0x4e020fff, /* dup v31.8h, wzr */
      .vout = { { V(31), 0, 0 } } },
    { "d_q0", A64_DUP_gen, 0x0e080c20, /* dup v0.1d, x1: size 3 with Q = 0 (reserved) */ UNDEF },
    { "b15", A64_INS_gen, 0x4e1f1c20, /* mov v0.b[15], w1 */
      .in = { { X(1), 0xfedcba9876543210 } },
      .vout = { { V(0), 0xc3c3000000000000, 0x105a000010101010 } } },
    { "h3", A64_INS_gen, 0x4e0e1c20, /* ins v0.h[3], w1 */
      .in = { { X(1), 0xfedcba9876543210 } },
      .vout = { { V(0), 0x3210000000000000, 0x5a5a000010101010 } } },
    { "s2", A64_INS_gen, 0x4e141c67, /* mov v7.s[2], w3 */
      .in = { { X(3), 0xfedcba9876543210 } },
      .vout = { { V(7), 0xc3c3070007070707, 0x5a5a070076543210 } } },
    { "d1", A64_INS_gen, 0x4e181c20, /* mov v0.d[1], x1 */
      .in = { { X(1), 0xfedcba9876543210 } },
      .vout = { { V(0), 0xc3c3000000000000, 0xfedcba9876543210 } } },
    { "d0_zr", A64_INS_gen, 0x4e081fe0, /* mov v0.d[0], xzr */
      .vout = { { V(0), 0, 0x5a5a000010101010 } } },
    /* mov v0.b[0], v1.b[15] */
    T2("b0_b15", INS_elem, 0x6e017c20, R6, P(0xc3c3000000000082, 0x5a5a000010101010)),
    /* mov v0.h[7], v1.h[0] */
    T2("h7_h0", INS_elem, 0x6e1e0420, R7, P(0xc3c3000000000000, 0x871b000010101010)),
    /* ins v0.s[1], v1.s[3] */
    T2("s1_s3", INS_elem, 0x6e0c6420, R8, P(0x400cb70f00000000, 0x5a5a000010101010)),
    { "d1_d0_vd_vn", A64_INS_elem, 0x6e180442, /* mov v2.d[1], v2.d[0] */
      .vin = { { V(2), R9 } }, .vout = { { V(2), 0xe683acdf2060d7c4, 0xe683acdf2060d7c4 } } },
    { "b9_b9_vd_vn", A64_INS_elem, 0x6e133442, /* mov v2.b[9], v2.b[6] */
      .vin = { { V(2), R0 } }, .vout = { { V(2), 0x749882321e35049e, 0x79c8c2926b9498b5 } } },
    { "b15", A64_UMOV, 0x0e1f3c20, /* umov w0, v1.b[15] */
      .vin = { { V(1), EN_B } }, .out = { { X(0), 0x55 } } },
    { "h5", A64_UMOV, 0x0e163c23, /* umov w3, v1.h[5] */
      .vin = { { V(1), EN_H } }, .out = { { X(3), 0x7ffe } } },
    { "s3", A64_UMOV, 0x0e0c3c20, /* mov w0, v1.s[1] */
      .vin = { { V(1), EN_S } }, .out = { { X(0), 0x0000000080000000 } } },
    { "d1", A64_UMOV, 0x4e183c20, /* mov x0, v1.d[1] */
      .vin = { { V(1), EN_D } }, .out = { { X(0), 0x8000000000000000 } } },
    { "d0", A64_UMOV, 0x4e083c5c, /* umov x28, v2.d[0] */
      .vin = { { V(2), R1 } }, .out = { { X(28), 0x4242aadbc8f429a4 } } },
    { "rd_zr", A64_UMOV, 0x0e063c3f, /* umov wzr, v1.h[1] */
      .vin = { { V(1), EN_H } } },
    { "x_s", A64_UMOV, 0x4e0c3c20, /* umov x0, v1.s[1]: Q = 1 with size 2 (reserved) */ UNDEF },
    { "w_d", A64_UMOV, 0x0e183c20, /* umov w0, v1.d[1]: Q = 0 with size 3 (reserved) */ UNDEF },
    { "w_b", A64_SMOV, 0x0e1f2c20, /* smov w0, v1.b[15] */
      .vin = { { V(1), EN_B } }, .out = { { X(0), 0x55 } } },
    { "w_h", A64_SMOV, 0x0e062c20, /* smov w0, v1.h[1] */
      .vin = { { V(1), EN_H } }, .out = { { X(0), 0x00000000ffff8000 } } },
    { "x_b", A64_SMOV, 0x4e032c20, /* smov x0, v1.b[1] */
      .vin = { { V(1), EN_B } }, .out = { { X(0), 0xffffffffffffff80 } } },
    { "x_h_pos", A64_SMOV, 0x4e022c22, /* smov x2, v1.h[0] */
      .vin = { { V(1), EN_H } }, .out = { { X(2), 0x7fff } } },
    { "x_s", A64_SMOV, 0x4e0c2c20, /* smov x0, v1.s[1] */
      .vin = { { V(1), EN_S } }, .out = { { X(0), 0xffffffff80000000 } } },
    { "x_s_pos", A64_SMOV, 0x4e1c2c20, /* smov x0, v1.s[3] */
      .vin = { { V(1), EM_S } }, .out = { { X(0), 0xffffffff80000000 } } },
    { "rd_zr", A64_SMOV, 0x4e032c3f, /* smov xzr, v1.b[1] */
      .vin = { { V(1), EN_B } } },
    { "w_s", A64_SMOV, 0x0e0c2c20, /* smov w0, v1.s[1]: Q = 0 with size 2 (reserved) */ UNDEF },
    { "x_d", A64_SMOV, 0x4e182c20, /* smov x0, v1.d[1]: size 3 (reserved) */ UNDEF },
    { "fp_trap", A64_UMOV, 0x0e013c20, /* umov w0, v1.b[0] */ FP_TRAP },

};

CASE_SET(simd_2misc, c);
