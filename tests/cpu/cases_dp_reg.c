/*
 * cases_dp_reg.c — Data processing (register), first part: logical
 * (shifted register), add/subtract (shifted and extended register) and
 * add/subtract with carry. Expected values worked from the Arm ARM
 * pseudocode (ShiftReg, ExtendReg, AddWithCarry); words from binutils
 * (tools/asm-words), reserved words built by hand and shown undefined by
 * objdump. Unlisted registers hold tenv_reg_pattern(n); SP = T_STACK.
 */
#include "insn_case.h"

#define UNDEF .exc = EXC(EC_UNKNOWN), .check_iss = true, .iss = 0
#define ONES 0xffffffffffffffffull
#define MIN64 0x8000000000000000ull

static const InsnCase c[] = {
    /* AND (shifted register) */
    { "basic", A64_AND_shift, 0x8a020020, /* and x0, x1, x2 */
      .in = { { X(1), 0xff00ff00ff00ff00 }, { X(2), 0x0ff00ff00ff00ff0 } },
      .out = { { X(0), 0x0f000f000f000f00 } } },
    { "lsl_drops_top", A64_AND_shift, 0x8a051083, /* and x3, x4, x5, lsl #4 */
      .in = { { X(4), ONES }, { X(5), 0x8000000000000001 }, { NZCV, NZCV_C } },
      .out = { { X(3), 0x10 } } },
    { "w_zero_ext", A64_AND_shift, 0x0a020020, /* and w0, w1, w2 */
      .in = { { X(1), ONES }, { X(2), 0xffffffff80000001 } }, .out = { { X(0), 0x80000001 } } },
    { "ror", A64_AND_shift, 0x8ac22020, /* and x0, x1, x2, ror #8 */
      .in = { { X(1), ONES }, { X(2), 0x12 } }, .out = { { X(0), 0x1200000000000000 } } },
    { "w_ror", A64_AND_shift, 0x0ac21020, /* and w0, w1, w2, ror #4 */
      .in = { { X(1), ONES }, { X(2), 0xffffffff0000000f } }, .out = { { X(0), 0xf0000000 } } },
    { "asr63", A64_AND_shift, 0x8a82fc20, /* and x0, x1, x2, asr #63 */
      .in = { { X(1), 0x123456789abcdef0 }, { X(2), MIN64 } },
      .out = { { X(0), 0x123456789abcdef0 } } },
    { "w_lsr31", A64_AND_shift, 0x0a427c20, /* and w0, w1, w2, lsr #31 */
      .in = { { X(1), ONES }, { X(2), 0x80000000 } }, .out = { { X(0), 1 } } },
    { "rd_zr", A64_AND_shift, 0x8a02003f, /* and xzr, x1, x2 */
      .in = { { X(1), ONES }, { X(2), ONES } } },
    { "rn_zr", A64_AND_shift, 0x8a0103e0, /* and x0, xzr, x1 */
      .in = { { X(1), ONES } }, .out = { { X(0), 0 } } },
    { "w_imm6_32_reserved", A64_AND_shift, 0x0a028020, /* and w0, w1, w2, lsl #32 */ UNDEF },

    /* BIC (shifted register) */
    { "basic", A64_BIC_shift, 0x8a220020, /* bic x0, x1, x2 */
      .in = { { X(1), 0xffff }, { X(2), 0xff } }, .out = { { X(0), 0xff00 } } },
    { "w_lsr", A64_BIC_shift, 0x0a621020, /* bic w0, w1, w2, lsr #4 */
      .in = { { X(1), ONES }, { X(2), 0xf0 } }, .out = { { X(0), 0xfffffff0 } } },
    { "all_same", A64_BIC_shift, 0x8a210021, /* bic x1, x1, x1 */
      .in = { { X(1), 0x5555aaaa5555aaaa } }, .out = { { X(1), 0 } } },
    { "rm_zr", A64_BIC_shift, 0x8a3f0020, /* bic x0, x1, xzr */
      .in = { { X(1), ONES } }, .out = { { X(0), ONES } } },

    /* ORR (shifted register), including MOV (register) */
    { "mov", A64_ORR_shift, 0xaa0103e0, /* mov x0, x1 */
      .in = { { X(1), 0xfedcba9876543210 } }, .out = { { X(0), 0xfedcba9876543210 } } },
    { "w_mov_zero_ext", A64_ORR_shift, 0x2a0103e0, /* mov w0, w1 */
      .in = { { X(0), ONES }, { X(1), 0xfedcba9876543210 } }, .out = { { X(0), 0x76543210 } } },
    { "mov_zr", A64_ORR_shift, 0xaa1f03e0, /* mov x0, xzr */ .out = { { X(0), 0 } } },
    { "rn_zr_lsl", A64_ORR_shift, 0xaa0113e0, /* orr x0, xzr, x1, lsl #4 */
      .in = { { X(1), 0xf000000000000001 } }, .out = { { X(0), 0x10 } } },
    { "lsl", A64_ORR_shift, 0xaa020420, /* orr x0, x1, x2, lsl #1 */
      .in = { { X(1), 1 }, { X(2), 0x8000000000000001 } }, .out = { { X(0), 3 } } },
    { "w_asr", A64_ORR_shift, 0x2a827c20, /* orr w0, w1, w2, asr #31 */
      .in = { { X(1), 0 }, { X(2), 0x80000000 } }, .out = { { X(0), 0xffffffff } } },
    { "w_ror31", A64_ORR_shift, 0x2ac27c20, /* orr w0, w1, w2, ror #31 */
      .in = { { X(1), 0xffffffff00000000 }, { X(2), 0x80000000 } }, .out = { { X(0), 1 } } },
    { "rd_eq_rm", A64_ORR_shift, 0xaa020022, /* orr x2, x1, x2 */
      .in = { { X(1), 0xf0 }, { X(2), 0x0f } }, .out = { { X(2), 0xff } } },
    { "w_mov_imm6_32_reserved", A64_ORR_shift, 0x2a0183e0, /* orr w0, wzr, w1, lsl #32 */
      UNDEF },

    /* ORN (shifted register) */
    { "basic", A64_ORN_shift, 0xaa220020, /* orn x0, x1, x2 */
      .in = { { X(1), 0 }, { X(2), 0 } }, .out = { { X(0), ONES } } },
    { "w_mvn", A64_ORN_shift, 0x2a2103e0, /* mvn w0, w1 */
      .in = { { X(1), 0x00000000ffff0000 } }, .out = { { X(0), 0x0000ffff } } },
    { "ror63", A64_ORN_shift, 0xaae2fc20, /* orn x0, x1, x2, ror #63 */
      .in = { { X(1), 0 }, { X(2), MIN64 } }, .out = { { X(0), 0xfffffffffffffffe } } },

    /* EOR (shifted register) */
    { "basic", A64_EOR_shift, 0xca020020, /* eor x0, x1, x2 */
      .in = { { X(1), 0xff }, { X(2), 0xf0 } }, .out = { { X(0), 0x0f } } },
    { "all_same", A64_EOR_shift, 0xca010021, /* eor x1, x1, x1 */ .out = { { X(1), 0 } } },
    { "w_lsr31", A64_EOR_shift, 0x4a427c20, /* eor w0, w1, w2, lsr #31 */
      .in = { { X(1), 0xffffffff00000000 }, { X(2), 0x80000000 } }, .out = { { X(0), 1 } } },
    { "lsl63", A64_EOR_shift, 0xca02fc20, /* eor x0, x1, x2, lsl #63 */
      .in = { { X(1), 0 }, { X(2), 1 } }, .out = { { X(0), MIN64 } } },
    { "w_imm6_32_reserved", A64_EOR_shift, 0x4a428020, /* eor w0, w1, w2, lsr #32 */ UNDEF },

    /* EON (shifted register) */
    { "basic", A64_EON_shift, 0xca220020, /* eon x0, x1, x2 */
      .in = { { X(1), 0xff }, { X(2), 0xff } }, .out = { { X(0), ONES } } },
    { "w_zero_ext", A64_EON_shift, 0x4a220020, /* eon w0, w1, w2 */
      .in = { { X(1), 0 }, { X(2), 0 } }, .out = { { X(0), 0xffffffff } } },
    { "asr", A64_EON_shift, 0xcaa21020, /* eon x0, x1, x2, asr #4 */
      .in = { { X(1), 0 }, { X(2), MIN64 } }, .out = { { X(0), 0x07ffffffffffffff } } },

    /* ANDS (shifted register) */
    { "tst_zero_clears_cv", A64_ANDS_shift, 0xea02003f, /* tst x1, x2 */
      .in = { { X(1), 0xf0 }, { X(2), 0x0f }, { NZCV, NZCV_C | NZCV_V } },
      .out = { { NZCV, NZCV_Z } } },
    { "negative", A64_ANDS_shift, 0xea020020, /* ands x0, x1, x2 */
      .in = { { X(1), ONES }, { X(2), MIN64 } }, .out = { { X(0), MIN64 }, { NZCV, NZCV_N } } },
    { "w_flags_on_32", A64_ANDS_shift, 0x6a020020, /* ands w0, w1, w2 */
      .in = { { X(1), 0x8000000000000001 }, { X(2), 0x8000000000000001 }, { NZCV, NZCV_Z } },
      .out = { { X(0), 1 }, { NZCV, 0 } } },
    { "w_negative", A64_ANDS_shift, 0x6a020020, /* ands w0, w1, w2 */
      .in = { { X(1), 0xffffffff }, { X(2), 0x80000000 } },
      .out = { { X(0), 0x80000000 }, { NZCV, NZCV_N } } },
    { "w_tst_lsl31", A64_ANDS_shift, 0x6a027c3f, /* tst w1, w2, lsl #31 */
      .in = { { X(1), 0x80000000 }, { X(2), 1 } }, .out = { { NZCV, NZCV_N } } },

    /* BICS (shifted register) */
    { "zero", A64_BICS_shift, 0xea220020, /* bics x0, x1, x2 */
      .in = { { X(1), 0xff }, { X(2), 0xff }, { NZCV, NZCV_N | NZCV_C | NZCV_V } },
      .out = { { X(0), 0 }, { NZCV, NZCV_Z } } },
    { "w_lsl", A64_BICS_shift, 0x6a222020, /* bics w0, w1, w2, lsl #8 */
      .in = { { X(1), ONES }, { X(2), 0x00ff0000 }, { NZCV, NZCV_Z } },
      .out = { { X(0), 0x00ffffff }, { NZCV, 0 } } },
    { "rm_zr_negative", A64_BICS_shift, 0xea3f0020, /* bics x0, x1, xzr */
      .in = { { X(1), MIN64 } }, .out = { { X(0), MIN64 }, { NZCV, NZCV_N } } },
    { "w_imm6_40_reserved", A64_BICS_shift, 0x6a22a020, /* bics w0, w1, w2, lsl #40 */ UNDEF },

    /* ADD (shifted register): 31 is XZR for Rd and Rn */
    { "wrap_noflags", A64_ADD_shift, 0x8b020020, /* add x0, x1, x2 */
      .in = { { X(1), ONES }, { X(2), 2 }, { NZCV, NZCV_N | NZCV_Z } }, .out = { { X(0), 1 } } },
    { "lsl12", A64_ADD_shift, 0x8b023020, /* add x0, x1, x2, lsl #12 */
      .in = { { X(1), 0x10 }, { X(2), 3 } }, .out = { { X(0), 0x3010 } } },
    { "w_wrap", A64_ADD_shift, 0x0b020020, /* add w0, w1, w2 */
      .in = { { X(1), 0xffffffff }, { X(2), 0xabcdef0000000001 } }, .out = { { X(0), 0 } } },
    { "w_asr", A64_ADD_shift, 0x0b821020, /* add w0, w1, w2, asr #4 */
      .in = { { X(1), 0x10000000 }, { X(2), 0x80000000 } }, .out = { { X(0), 0x08000000 } } },
    { "lsr63", A64_ADD_shift, 0x8b42fc20, /* add x0, x1, x2, lsr #63 */
      .in = { { X(1), 41 }, { X(2), MIN64 } }, .out = { { X(0), 42 } } },
    { "all_same", A64_ADD_shift, 0x8b030063, /* add x3, x3, x3 */
      .in = { { X(3), 0x8000000000000001 } }, .out = { { X(3), 2 } } },
    { "rn_31_is_zr", A64_ADD_shift, 0x8b0103e0, /* add x0, xzr, x1 */
      .in = { { X(1), 7 } }, .out = { { X(0), 7 } } },
    { "rd_31_is_zr", A64_ADD_shift, 0x8b02003f, /* add xzr, x1, x2 (not SP) */
      .in = { { X(1), 1 }, { X(2), 2 } } },
    { "ror_reserved", A64_ADD_shift, 0x8bc22020, /* add x0, x1, x2 with shift=11, #8 */ UNDEF },
    { "w_imm6_32_reserved", A64_ADD_shift, 0x0b028020, /* add w0, w1, w2, lsl #32 */ UNDEF },

    /* ADDS (shifted register) */
    { "cmn_carry_zero", A64_ADDS_shift, 0xab02003f, /* adds xzr, x1, x2 (cmn) */
      .in = { { X(1), ONES }, { X(2), 1 } }, .out = { { NZCV, NZCV_Z | NZCV_C } } },
    { "overflow", A64_ADDS_shift, 0xab020020, /* adds x0, x1, x2 */
      .in = { { X(1), 0x7fffffffffffffff }, { X(2), 1 } },
      .out = { { X(0), MIN64 }, { NZCV, NZCV_N | NZCV_V } } },
    { "w_carry", A64_ADDS_shift, 0x2b020020, /* adds w0, w1, w2 */
      .in = { { X(1), 0xffffffff }, { X(2), 0xffffffff00000001 } },
      .out = { { X(0), 0 }, { NZCV, NZCV_Z | NZCV_C } } },
    { "lsl63_carry_overflow", A64_ADDS_shift, 0xab02fc20, /* adds x0, x1, x2, lsl #63 */
      .in = { { X(1), MIN64 }, { X(2), 1 } },
      .out = { { X(0), 0 }, { NZCV, NZCV_Z | NZCV_C | NZCV_V } } },
    { "w_lsr_positive", A64_ADDS_shift, 0x2b420420, /* adds w0, w1, w2, lsr #1 */
      .in = { { X(1), 1 }, { X(2), 0xfffffffe00000004 }, { NZCV, NZCV_N | NZCV_Z } },
      .out = { { X(0), 3 }, { NZCV, 0 } } },
    { "ror_reserved", A64_ADDS_shift, 0xabc20020, /* adds x0, x1, x2 with shift=11 */ UNDEF },

    /* SUB (shifted register) */
    { "borrow_noflags", A64_SUB_shift, 0xcb020020, /* sub x0, x1, x2 */
      .in = { { X(1), 0 }, { X(2), 1 } }, .out = { { X(0), ONES } } },
    { "w_neg", A64_SUB_shift, 0x4b0103e0, /* neg w0, w1 */
      .in = { { X(1), 0xffffffff00000001 } }, .out = { { X(0), 0xffffffff } } },
    { "rd_eq_rn_eq_rm", A64_SUB_shift, 0xcb010421, /* sub x1, x1, x1, lsl #1 */
      .in = { { X(1), 5 } }, .out = { { X(1), (unsigned long long)-5 } } },
    { "asr", A64_SUB_shift, 0xcb820420, /* sub x0, x1, x2, asr #1 */
      .in = { { X(1), 0 }, { X(2), 0xfffffffffffffffc } }, .out = { { X(0), 2 } } },
    { "w_lsl31", A64_SUB_shift, 0x4b027c20, /* sub w0, w1, w2, lsl #31 */
      .in = { { X(1), 0 }, { X(2), 3 } }, .out = { { X(0), 0x80000000 } } },
    { "ror_reserved", A64_SUB_shift, 0xcbc20420, /* sub x0, x1, x2 with shift=11, #1 */ UNDEF },
    { "w_imm6_63_reserved", A64_SUB_shift, 0x4b02fc20, /* sub w0, w1, w2, lsl #63 */ UNDEF },

    /* SUBS (shifted register) */
    { "cmp_equal", A64_SUBS_shift, 0xeb02003f, /* cmp x1, x2 */
      .in = { { X(1), 0x1234 }, { X(2), 0x1234 } }, .out = { { NZCV, NZCV_Z | NZCV_C } } },
    { "borrow", A64_SUBS_shift, 0xeb020020, /* subs x0, x1, x2 */
      .in = { { X(1), 0 }, { X(2), 1 } }, .out = { { X(0), ONES }, { NZCV, NZCV_N } } },
    { "w_overflow", A64_SUBS_shift, 0x6b020020, /* subs w0, w1, w2 */
      .in = { { X(1), 0xffffffff80000000 }, { X(2), 1 } },
      .out = { { X(0), 0x7fffffff }, { NZCV, NZCV_C | NZCV_V } } },
    { "lsr32", A64_SUBS_shift, 0xeb428020, /* subs x0, x1, x2, lsr #32 */
      .in = { { X(1), 5 }, { X(2), 0x0000000500000000 } },
      .out = { { X(0), 0 }, { NZCV, NZCV_Z | NZCV_C } } },
    { "negs_min", A64_SUBS_shift, 0xeb0103e0, /* negs x0, x1 */
      .in = { { X(1), MIN64 } }, .out = { { X(0), MIN64 }, { NZCV, NZCV_N | NZCV_V } } },
    { "negs_zero", A64_SUBS_shift, 0xeb0103e0, /* negs x0, x1 */
      .in = { { X(1), 0 } }, .out = { { X(0), 0 }, { NZCV, NZCV_Z | NZCV_C } } },
    { "w_asr31", A64_SUBS_shift, 0x6b827c20, /* subs w0, w1, w2, asr #31 */
      .in = { { X(1), 0 }, { X(2), 0x80000000 } },
      .out = { { X(0), 1 }, { NZCV, 0 } } },
    { "w_imm6_32_reserved", A64_SUBS_shift, 0x6b828020, /* subs w0, w1, w2, asr #32 */ UNDEF },

    /* ADD (extended register): Rd and Rn 31 are SP */
    { "uxtb", A64_ADD_ext, 0x8b220020, /* add x0, x1, w2, uxtb */
      .in = { { X(1), 0x100 }, { X(2), 0xffffffffffff01ff } }, .out = { { X(0), 0x1ff } } },
    { "sxtw_lsl2", A64_ADD_ext, 0x8b22c820, /* add x0, x1, w2, sxtw #2 */
      .in = { { X(1), 0x1000 }, { X(2), 0x00000000ffffffff } }, .out = { { X(0), 0xffc } } },
    { "sp_sp", A64_ADD_ext, 0x8b2163ff, /* add sp, sp, x1 */
      .in = { { X(1), 0x30 } }, .out = { { SP, T_STACK + 0x30 } } },
    { "rn_sp_uxtw4", A64_ADD_ext, 0x8b2153e0, /* add x0, sp, w1, uxtw #4 */
      .in = { { X(1), 0xffffffff00000002 } }, .out = { { X(0), T_STACK + 0x20 } } },
    { "w_sxth", A64_ADD_ext, 0x0b22a020, /* add w0, w1, w2, sxth */
      .in = { { X(1), 0xffffffff00008000 }, { X(2), 0x8000 } }, .out = { { X(0), 0 } } },
    { "w_rd_wsp", A64_ADD_ext, 0x0b22003f, /* add wsp, w1, w2, uxtb */
      .in = { { X(1), 0xffffffff40000000 }, { X(2), 0x1f0 } }, .out = { { SP, 0x400000f0 } } },
    { "sxtx_lsl4", A64_ADD_ext, 0x8b22f020, /* add x0, x1, x2, sxtx #4 */
      .in = { { X(1), 1 }, { X(2), 0xf000000000000001 } }, .out = { { X(0), 0x11 } } },
    { "sxtb_lsl1", A64_ADD_ext, 0x8b228420, /* add x0, x1, w2, sxtb #1 */
      .in = { { X(1), 0 }, { X(2), 0x80 } }, .out = { { X(0), 0xffffffffffffff00 } } },
    { "w_uxtx_lsl2", A64_ADD_ext, 0x0b226820, /* add w0, w1, w2, uxtx #2 */
      .in = { { X(1), 0 }, { X(2), 0x00000001c0000001 } }, .out = { { X(0), 4 } } },
    { "imm3_5_reserved", A64_ADD_ext, 0x8b221420, /* add x0, x1, w2, uxtb #5 */ UNDEF },

    /* ADDS (extended register): Rd 31 is XZR, Rn 31 is SP */
    { "cmn_sp", A64_ADDS_ext, 0xab2163ff, /* cmn sp, x1 */
      .in = { { X(1), (unsigned long long)-T_STACK } }, .out = { { NZCV, NZCV_Z | NZCV_C } } },
    { "w_uxth_carry", A64_ADDS_ext, 0x2b222020, /* adds w0, w1, w2, uxth */
      .in = { { X(1), 0xffff0001 }, { X(2), 0xabcdffff } },
      .out = { { X(0), 0 }, { NZCV, NZCV_Z | NZCV_C } } },
    { "sxtb_lsl1", A64_ADDS_ext, 0xab228420, /* adds x0, x1, w2, sxtb #1 */
      .in = { { X(1), 0x100 }, { X(2), 0x80 } }, .out = { { X(0), 0 }, { NZCV, NZCV_Z | NZCV_C } } },
    { "rn_sp_uxtx3", A64_ADDS_ext, 0xab216fe0, /* adds x0, sp, x1, uxtx #3 */
      .in = { { X(1), 2 }, { NZCV, NZCV_Z } }, .out = { { X(0), T_STACK + 16 }, { NZCV, 0 } } },
    { "rd_zr_uxtw", A64_ADDS_ext, 0xab22403f, /* adds xzr, x1, w2, uxtw */
      .in = { { X(1), 0x7fffffffffffffff }, { X(2), 0xffffffff00000001 } },
      .out = { { NZCV, NZCV_N | NZCV_V } } },
    { "w_sxtw4_overflow", A64_ADDS_ext, 0x2b22d020, /* adds w0, w1, w2, sxtw #4 */
      .in = { { X(1), 0x7fffffff }, { X(2), 0x10 } },
      .out = { { X(0), 0x800000ff }, { NZCV, NZCV_N | NZCV_V } } },
    { "imm3_6_reserved", A64_ADDS_ext, 0xab229820, /* adds x0, x1, w2, sxtb #6 */ UNDEF },

    /* SUB (extended register) */
    { "sp_sp", A64_SUB_ext, 0xcb2163ff, /* sub sp, sp, x1 */
      .in = { { X(1), 0x100 } }, .out = { { SP, T_STACK - 0x100 } } },
    { "sxtw", A64_SUB_ext, 0xcb22c020, /* sub x0, x1, w2, sxtw */
      .in = { { X(1), 0 }, { X(2), 0x80000000 } }, .out = { { X(0), 0x80000000 } } },
    { "w_uxtb3", A64_SUB_ext, 0x4b220c20, /* sub w0, w1, w2, uxtb #3 */
      .in = { { X(1), 0 }, { X(2), 0x1ff } }, .out = { { X(0), 0xfffff808 } } },
    { "rn_sp_sxth2", A64_SUB_ext, 0xcb21abe0, /* sub x0, sp, w1, sxth #2 */
      .in = { { X(1), 0xffff } }, .out = { { X(0), T_STACK + 4 } } },
    { "w_wsp_wsp", A64_SUB_ext, 0x4b2143ff, /* sub wsp, wsp, w1, uxtw */
      .in = { { X(1), 0x40200001 } }, .out = { { SP, 0xffffffff } } },
    { "imm3_5_reserved", A64_SUB_ext, 0xcb22d420, /* sub x0, x1, w2, sxtw #5 */ UNDEF },

    /* SUBS (extended register) */
    { "cmp_sp", A64_SUBS_ext, 0xeb2163ff, /* cmp sp, x1 */
      .in = { { X(1), T_STACK } }, .out = { { NZCV, NZCV_Z | NZCV_C } } },
    { "uxtw_borrow", A64_SUBS_ext, 0xeb224020, /* subs x0, x1, w2, uxtw */
      .in = { { X(1), 0 }, { X(2), 0xffffffff00000001 } },
      .out = { { X(0), ONES }, { NZCV, NZCV_N } } },
    { "w_wsp", A64_SUBS_ext, 0x6b2143e0, /* subs w0, wsp, w1, uxtw */
      .in = { { X(1), T_STACK + 1 } }, .out = { { X(0), 0xffffffff }, { NZCV, NZCV_N } } },
    { "uxtx4", A64_SUBS_ext, 0xeb227020, /* subs x0, x1, x2, uxtx #4 */
      .in = { { X(1), 0x10 }, { X(2), 0xf000000000000001 } },
      .out = { { X(0), 0 }, { NZCV, NZCV_Z | NZCV_C } } },
    { "imm3_7_reserved", A64_SUBS_ext, 0xeb225c20, /* subs x0, x1, w2, uxtw #7 */ UNDEF },

    /* ADC / ADCS / SBC / SBCS: carry in from PSTATE.C */
    { "carry_in", A64_ADC, 0x9a020020, /* adc x0, x1, x2 */
      .in = { { X(1), 1 }, { X(2), 2 }, { NZCV, NZCV_C } }, .out = { { X(0), 4 } } },
    { "wrap_noflags", A64_ADC, 0x9a020020, /* adc x0, x1, x2 */
      .in = { { X(1), ONES }, { X(2), 1 }, { NZCV, NZCV_V } }, .out = { { X(0), 0 } } },
    { "w_wrap", A64_ADC, 0x1a020020, /* adc w0, w1, w2 */
      .in = { { X(1), 0xffffffff }, { X(2), 0xffffffff00000000 }, { NZCV, NZCV_C } },
      .out = { { X(0), 0 } } },
    { "zr_zr", A64_ADC, 0x9a1f03e0, /* adc x0, xzr, xzr */
      .in = { { NZCV, NZCV_C | NZCV_Z } }, .out = { { X(0), 1 } } },
    { "all_same", A64_ADC, 0x9a010021, /* adc x1, x1, x1 */
      .in = { { X(1), 0x4000000000000000 } }, .out = { { X(1), MIN64 } } },

    { "carry_chain_zero", A64_ADCS, 0xba020020, /* adcs x0, x1, x2 */
      .in = { { X(1), ONES }, { X(2), 0 }, { NZCV, NZCV_C } },
      .out = { { X(0), 0 }, { NZCV, NZCV_Z | NZCV_C } } },
    { "overflow_by_carry", A64_ADCS, 0xba020020, /* adcs x0, x1, x2 */
      .in = { { X(1), 0x7fffffffffffffff }, { X(2), 0 }, { NZCV, NZCV_C } },
      .out = { { X(0), MIN64 }, { NZCV, NZCV_N | NZCV_V } } },
    { "w_max_plus_max_plus_1", A64_ADCS, 0x3a020020, /* adcs w0, w1, w2 */
      .in = { { X(1), 0xffffffff }, { X(2), 0xffffffff }, { NZCV, NZCV_C } },
      .out = { { X(0), 0xffffffff }, { NZCV, NZCV_N | NZCV_C } } },
    { "all_same_no_carry", A64_ADCS, 0xba010021, /* adcs x1, x1, x1 */
      .in = { { X(1), MIN64 }, { NZCV, NZCV_N } },
      .out = { { X(1), 0 }, { NZCV, NZCV_Z | NZCV_C | NZCV_V } } },
    { "rd_zr", A64_ADCS, 0xba02003f, /* adcs xzr, x1, x2 */
      .in = { { X(1), 1 }, { X(2), 2 } }, .out = { { NZCV, 0 } } },

    { "carry_set", A64_SBC, 0xda020020, /* sbc x0, x1, x2 */
      .in = { { X(1), 5 }, { X(2), 3 }, { NZCV, NZCV_C } }, .out = { { X(0), 2 } } },
    { "borrow_in", A64_SBC, 0xda020020, /* sbc x0, x1, x2 */
      .in = { { X(1), 5 }, { X(2), 3 }, { NZCV, NZCV_Z } }, .out = { { X(0), 1 } } },
    { "w_zero_minus_borrow", A64_SBC, 0x5a020020, /* sbc w0, w1, w2 */
      .in = { { X(1), 0 }, { X(2), 0 } }, .out = { { X(0), 0xffffffff } } },
    { "ngc", A64_SBC, 0xda0103e0, /* ngc x0, x1 */
      .in = { { X(1), 1 }, { NZCV, NZCV_C } }, .out = { { X(0), ONES } } },

    { "equal_carry", A64_SBCS, 0xfa020020, /* sbcs x0, x1, x2 */
      .in = { { X(1), 7 }, { X(2), 7 }, { NZCV, NZCV_C } },
      .out = { { X(0), 0 }, { NZCV, NZCV_Z | NZCV_C } } },
    { "equal_borrow", A64_SBCS, 0xfa020020, /* sbcs x0, x1, x2 */
      .in = { { X(1), 7 }, { X(2), 7 } }, .out = { { X(0), ONES }, { NZCV, NZCV_N } } },
    { "w_overflow", A64_SBCS, 0x7a020020, /* sbcs w0, w1, w2 */
      .in = { { X(1), 0x80000000 }, { X(2), 1 }, { NZCV, NZCV_C } },
      .out = { { X(0), 0x7fffffff }, { NZCV, NZCV_C | NZCV_V } } },
    { "w_ngcs", A64_SBCS, 0x7a0103e0, /* ngcs w0, w1 */
      .in = { { X(1), 0 }, { NZCV, NZCV_C } }, .out = { { X(0), 0 }, { NZCV, NZCV_Z | NZCV_C } } },
    { "all_same_borrow", A64_SBCS, 0xfa020042, /* sbcs x2, x2, x2 */
      .in = { { X(2), 0x1234 } }, .out = { { X(2), ONES }, { NZCV, NZCV_N } } },
};

CASE_SET(dp_reg, c);
