/*
 * cases_dp_imm.c — Data processing (immediate): ADR/ADRP, ADD/ADDS/SUB/SUBS
 * (immediate), AND/ORR/EOR/ANDS (immediate), MOVN/MOVZ/MOVK, SBFM/BFM/UBFM,
 * EXTR. Expected values worked from the Arm ARM pseudocode; words from
 * binutils (tools/asm-words). The code runs at T_CODE = 0x40000000.
 */
#include "insn_case.h"

#define UNDEF .exc = EXC(EC_UNKNOWN), .check_iss = true, .iss = 0

static const InsnCase c[] = {
    /* ADR / ADRP */
    { "fwd", A64_ADR, 0x10000800, /* adr x0, .+0x100 */ .out = { { X(0), 0x40000100 } } },
    { "back", A64_ADR, 0x10ffffe3, /* adr x3, .-4 */ .out = { { X(3), 0x3ffffffc } } },
    { "max", A64_ADR, 0x707fffe0, /* adr x0, .+0xfffff */ .out = { { X(0), 0x400fffff } } },
    { "rd_zr", A64_ADR, 0x1000005f, /* adr xzr, .+8 */ },
    { "page", A64_ADRP, 0xf0000005, /* adrp x5, .+0x3000 */ .out = { { X(5), 0x40003000 } } },
    { "neg", A64_ADRP, 0x90800001, /* adrp x1, .-0x100000000 */
      .out = { { X(1), 0xffffffff40000000 } } },
    { "same_page", A64_ADRP, 0x90000000, /* adrp x0, . */ .out = { { X(0), 0x40000000 } } },

    /* ADD (immediate) */
    { "basic", A64_ADD_imm, 0x91000420, /* add x0, x1, #1 */
      .in = { { X(1), 0x41 } }, .out = { { X(0), 0x42 } } },
    { "wrap_noflags", A64_ADD_imm, 0x91000420, /* add x0, x1, #1 */
      .in = { { X(1), ~0ull }, { NZCV, NZCV_N } }, .out = { { X(0), 0 } } },
    { "w_zero_ext", A64_ADD_imm, 0x11000420, /* add w0, w1, #1 */
      .in = { { X(1), 0x123456787fffffff } }, .out = { { X(0), 0x80000000 } } },
    { "w_wrap", A64_ADD_imm, 0x11000420, /* add w0, w1, #1 */
      .in = { { X(1), ~0ull } }, .out = { { X(0), 0 } } },
    { "rd_sp", A64_ADD_imm, 0x9100405f, /* add sp, x2, #0x10 */
      .in = { { X(2), 0x40001000 } }, .out = { { SP, 0x40001010 } } },
    { "rn_sp_lsl12", A64_ADD_imm, 0x914083e3, /* add x3, sp, #0x20, lsl #12 */
      .out = { { X(3), T_STACK + 0x20000 } } },
    { "rd_eq_rn", A64_ADD_imm, 0x913ffc21, /* add x1, x1, #0xfff */
      .in = { { X(1), 1 } }, .out = { { X(1), 0x1000 } } },

    /* ADDS (immediate) */
    { "carry_zero", A64_ADDS_imm, 0xb1000420, /* adds x0, x1, #1 */
      .in = { { X(1), ~0ull } }, .out = { { X(0), 0 }, { NZCV, NZCV_Z | NZCV_C } } },
    { "overflow", A64_ADDS_imm, 0xb1000420, /* adds x0, x1, #1 */
      .in = { { X(1), 0x7fffffffffffffff } },
      .out = { { X(0), 0x8000000000000000 }, { NZCV, NZCV_N | NZCV_V } } },
    { "w_overflow", A64_ADDS_imm, 0x31000420, /* adds w0, w1, #1 */
      .in = { { X(1), 0xffffffff7fffffff } },
      .out = { { X(0), 0x80000000 }, { NZCV, NZCV_N | NZCV_V } } },
    { "cmn_rd_zr", A64_ADDS_imm, 0xb100043f, /* adds xzr, x1, #1 */
      .in = { { X(1), 5 }, { NZCV, NZCV_Z | NZCV_C } }, .out = { { NZCV, 0 } } },
    { "rn_sp", A64_ADDS_imm, 0xb10023e0, /* adds x0, sp, #8 */
      .out = { { X(0), T_STACK + 8 } } },
    { "w_lsl12_carry", A64_ADDS_imm, 0x31600062, /* adds w2, w3, #0x800, lsl #12 */
      .in = { { X(3), 0xff800000 } }, .out = { { X(2), 0 }, { NZCV, NZCV_Z | NZCV_C } } },

    /* SUB (immediate) */
    { "borrow", A64_SUB_imm, 0xd1000420, /* sub x0, x1, #1 */
      .in = { { X(1), 0 } }, .out = { { X(0), ~0ull } } },
    { "w_zero_ext", A64_SUB_imm, 0x51000820, /* sub w0, w1, #2 */
      .in = { { X(1), 0xabcd000000000001 } }, .out = { { X(0), 0xffffffff } } },
    { "sp_sp", A64_SUB_imm, 0xd100c3ff, /* sub sp, sp, #0x30 */
      .out = { { SP, T_STACK - 0x30 } } },

    /* SUBS (immediate) */
    { "zero_carry", A64_SUBS_imm, 0xf1000420, /* subs x0, x1, #1 */
      .in = { { X(1), 1 } }, .out = { { X(0), 0 }, { NZCV, NZCV_Z | NZCV_C } } },
    { "negative_borrow", A64_SUBS_imm, 0xf1000420, /* subs x0, x1, #1 */
      .in = { { X(1), 0 } }, .out = { { X(0), ~0ull }, { NZCV, NZCV_N } } },
    { "w_overflow", A64_SUBS_imm, 0x71000420, /* subs w0, w1, #1 */
      .in = { { X(1), 0x80000000 } },
      .out = { { X(0), 0x7fffffff }, { NZCV, NZCV_C | NZCV_V } } },
    { "cmp_rd_zr", A64_SUBS_imm, 0xf100143f, /* subs xzr, x1, #5 */
      .in = { { X(1), 5 } }, .out = { { NZCV, NZCV_Z | NZCV_C } } },
    { "w_lsl12_rd_eq_rn", A64_SUBS_imm, 0x71400484, /* subs w4, w4, #0x1, lsl #12 */
      .in = { { X(4), 0x1000 } }, .out = { { X(4), 0 }, { NZCV, NZCV_Z | NZCV_C } } },

    /* logical (immediate) */
    { "basic", A64_AND_imm, 0x92401c20, /* and x0, x1, #0xff */
      .in = { { X(1), 0x123456789abcdef0 } }, .out = { { X(0), 0xf0 } } },
    { "w", A64_AND_imm, 0x12010420, /* and w0, w1, #0x80000001 */
      .in = { { X(1), ~0ull } }, .out = { { X(0), 0x80000001 } } },
    { "rd_sp", A64_AND_imm, 0x927cec5f, /* and sp, x2, #0xfffffffffffffff0 */
      .in = { { X(2), 0x4010001f } }, .out = { { SP, 0x40100010 } } },
    { "w_N1_reserved", A64_AND_imm, 0x12400420, /* and w0, w1 with N=1 */ UNDEF },
    { "imms_ones_reserved", A64_AND_imm, 0x9240fc20, /* N=1 imms=111111 */ UNDEF },
    { "mov_rn_zr", A64_ORR_imm, 0xb200f3e0, /* orr x0, xzr, #0x5555555555555555 */
      .out = { { X(0), 0x5555555555555555 } } },
    { "w_zero_ext", A64_ORR_imm, 0x3204cc83, /* orr w3, w4, #0xf0f0f0f0 */
      .in = { { X(4), 0xffffffff0000000f } }, .out = { { X(3), 0xf0f0f0ff } } },
    { "w_rd_wsp", A64_ORR_imm, 0x3200003f, /* orr wsp, w1, #0x1 */
      .in = { { X(1), 0xffffffff40000000 } }, .out = { { SP, 0x40000001 } } },
    { "top_bit", A64_EOR_imm, 0xd2410020, /* eor x0, x1, #0x8000000000000000 */
      .in = { { X(1), 0x8000000000000001 } }, .out = { { X(0), 1 } } },
    { "w_zero_ext", A64_EOR_imm, 0x52003c20, /* eor w0, w1, #0xffff */
      .in = { { X(1), 0xffffffff12345678 } }, .out = { { X(0), 0x1234a987 } } },
    { "rd_eq_rn", A64_EOR_imm, 0xd2400000, /* eor x0, x0, #0x1 */
      .in = { { X(0), 0x10 } }, .out = { { X(0), 0x11 } } },
    { "zero_clears_cv", A64_ANDS_imm, 0xf2781c20, /* ands x0, x1, #0xff00 */
      .in = { { X(1), 0xff }, { NZCV, NZCV_C | NZCV_V } }, .out = { { X(0), 0 }, { NZCV, NZCV_Z } } },
    { "w_negative", A64_ANDS_imm, 0x72010020, /* ands w0, w1, #0x80000000 */
      .in = { { X(1), 0xffffffff } }, .out = { { X(0), 0x80000000 }, { NZCV, NZCV_N } } },
    { "tst_rd_zr", A64_ANDS_imm, 0xf240005f, /* ands xzr, x2, #1 */
      .in = { { X(2), 3 }, { NZCV, NZCV_Z } }, .out = { { NZCV, 0 } } },

    /* move wide */
    { "zero", A64_MOVN, 0x92800000, /* movn x0, #0 */ .out = { { X(0), ~0ull } } },
    { "w_shift16", A64_MOVN, 0x12a00020, /* movn w0, #1, lsl #16 */
      .out = { { X(0), 0xfffeffff } } },
    { "shift48", A64_MOVN, 0x92e24682, /* movn x2, #0x1234, lsl #48 */
      .out = { { X(2), 0xedcbffffffffffff } } },
    { "shift32", A64_MOVZ, 0xd2d7dde0, /* movz x0, #0xbeef, lsl #32 */
      .out = { { X(0), 0x0000beef00000000 } } },
    { "w_shift16", A64_MOVZ, 0x52bfffe1, /* movz w1, #0xffff, lsl #16 */
      .out = { { X(1), 0xffff0000 } } },
    { "rd_zr", A64_MOVZ, 0xd28000ff, /* movz xzr, #7 */ },
    { "w_hw2_reserved", A64_MOVZ, 0x52c00020, /* movz w0, #1, lsl #32 */ UNDEF },
    { "keep_rest", A64_MOVK, 0xf2a24680, /* movk x0, #0x1234, lsl #16 */
      .in = { { X(0), ~0ull } }, .out = { { X(0), 0xffffffff1234ffff } } },
    { "w_zero_ext", A64_MOVK, 0x729579a2, /* movk w2, #0xabcd */
      .in = { { X(2), 0xffffffffffff0000 } }, .out = { { X(2), 0xffffabcd } } },
    { "top_half", A64_MOVK, 0xf2ffffe0, /* movk x0, #0xffff, lsl #48 */
      .in = { { X(0), 0x0000123456789abc } }, .out = { { X(0), 0xffff123456789abc } } },

    /* bitfield */
    { "sxtb", A64_SBFM, 0x93401c20, /* sbfm x0, x1, #0, #7 */
      .in = { { X(1), 0x80 } }, .out = { { X(0), 0xffffffffffffff80 } } },
    { "sxtb_positive", A64_SBFM, 0x93401c20, /* sbfm x0, x1, #0, #7 */
      .in = { { X(1), 0x17f } }, .out = { { X(0), 0x7f } } },
    { "w_sbfx", A64_SBFM, 0x13083c20, /* sbfx w0, w1, #8, #8 */
      .in = { { X(1), 0xffff8000 } }, .out = { { X(0), 0xffffff80 } } },
    { "asr63", A64_SBFM, 0x937ffc62, /* asr x2, x3, #63 */
      .in = { { X(3), 0x8000000000000000 } }, .out = { { X(2), ~0ull } } },
    { "sbfiz", A64_SBFM, 0x937c1c20, /* sbfiz x0, x1, #4, #8 */
      .in = { { X(1), 0xff } }, .out = { { X(0), 0xfffffffffffffff0 } } },
    { "sxtw", A64_SBFM, 0x93407cc5, /* sxtw x5, w6 */
      .in = { { X(6), 0x80000000 } }, .out = { { X(5), 0xffffffff80000000 } } },
    { "N_ne_sf_reserved", A64_SBFM, 0x93001c20, /* sbfm x0 with N=0 */ UNDEF },
    { "bfxil", A64_BFM, 0xb3483c20, /* bfxil x0, x1, #8, #8 */
      .in = { { X(0), ~0ull }, { X(1), 0x1234 } }, .out = { { X(0), 0xffffffffffffff12 } } },
    { "w_bfi", A64_BFM, 0x331c1c20, /* bfi w0, w1, #4, #8 */
      .in = { { X(0), ~0ull }, { X(1), 0xab } }, .out = { { X(0), 0xfffffabf } } },
    { "bfxil_top", A64_BFM, 0xb37cfc62, /* bfxil x2, x3, #60, #4 */
      .in = { { X(2), 0 }, { X(3), 0xa000000000000000 } }, .out = { { X(2), 0xa } } },
    { "ubfx_byte", A64_UBFM, 0xd3401c20, /* ubfx x0, x1, #0, #8 */
      .in = { { X(1), 0x1ff } }, .out = { { X(0), 0xff } } },
    { "lsl", A64_UBFM, 0xd37cec20, /* lsl x0, x1, #4 */
      .in = { { X(1), 0xf000000000000001 } }, .out = { { X(0), 0x10 } } },
    { "w_lsr31", A64_UBFM, 0x531f7c20, /* lsr w0, w1, #31 */
      .in = { { X(1), 0xffffffff80000000 } }, .out = { { X(0), 1 } } },
    { "ubfx_high", A64_UBFM, 0xd360bc62, /* ubfx x2, x3, #32, #16 */
      .in = { { X(3), 0x0000abcd00000000 } }, .out = { { X(2), 0xabcd } } },
    { "w_uxth", A64_UBFM, 0x53003ca4, /* uxth w4, w5 */
      .in = { { X(5), 0xffffffffffff1234 } }, .out = { { X(4), 0x1234 } } },
    { "w_lsl_drops_top", A64_UBFM, 0x531f7907, /* lsl w7, w8, #1 */
      .in = { { X(8), 0x80000001 } }, .out = { { X(7), 2 } } },

    /* extract */
    { "basic", A64_EXTR, 0x93c22020, /* extr x0, x1, x2, #8 */
      .in = { { X(1), 0x11 }, { X(2), 0x2200000000000000 } },
      .out = { { X(0), 0x1122000000000000 } } },
    { "w_31", A64_EXTR, 0x13827c20, /* extr w0, w1, w2, #31 */
      .in = { { X(1), 1 }, { X(2), 0x80000000 } }, .out = { { X(0), 3 } } },
    { "ror_alias", A64_EXTR, 0x93c30463, /* ror x3, x3, #1 */
      .in = { { X(3), 1 } }, .out = { { X(3), 0x8000000000000000 } } },
    { "lsb0", A64_EXTR, 0x93c600a4, /* extr x4, x5, x6, #0 */
      .in = { { X(6), 0x66 } }, .out = { { X(4), 0x66 } } },
    { "w_lsb0", A64_EXTR, 0x13890107, /* extr w7, w8, w9, #0 */
      .in = { { X(9), 0xffffffff12345678 } }, .out = { { X(7), 0x12345678 } } },
    { "N_ne_sf_reserved", A64_EXTR, 0x93822020, /* extr x with N=0 */ UNDEF },
    { "w_lsb32_reserved", A64_EXTR, 0x13828020, /* extr w0, w1, w2, #32 */ UNDEF },
};

CASE_SET(dp_imm, c);
