/*
 * test_decode_known_words.c — checks the A64 encoding table
 * (src/cpu/a64_*.def, Arm ARM C4.1 encoding index) against words
 * assembled by binutils 2.40 (tools/asm-words): each decodes, with every
 * feature enabled, to the row named for it, across every family.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "decoders_fixture.h"
#include "xnuemu/decode.h"

/* Words assembled by binutils 2.40 (tools/asm-words) and the row each
 * must decode to, across every family. */
static const struct KnownWord {
    uint32_t word;
    unsigned id;
} known[] = {
    { 0x91000420, A64_ADD_imm },          // add x0, x1, #1
    { 0x313ffc62, A64_ADDS_imm },         // adds w2, w3, #4095
    { 0xd10043ff, A64_SUB_imm },          // sub sp, sp, #16
    { 0xf14004a4, A64_SUBS_imm },         // subs x4, x5, #1, lsl #12
    { 0x10000000, A64_ADR },              // adr x0, .
    { 0x92401c20, A64_AND_imm },          // and x0, x1, #0xff
    { 0x32010062, A64_ORR_imm },          // orr w2, w3, #0x80000000
    { 0xd200f0a4, A64_EOR_imm },          // eor x4, x5, #0x5555555555555555
    { 0x720000e6, A64_ANDS_imm },         // ands w6, w7, #1
    { 0x92a00020, A64_MOVN },             // movn x0, #1, lsl #16
    { 0x529fffe1, A64_MOVZ },             // movz w1, #0xffff
    { 0xf2e24682, A64_MOVK },             // movk x2, #0x1234, lsl #48
    { 0x93442020, A64_SBFM },             // sbfm x0, x1, #4, #8
    { 0x33010862, A64_BFM },              // bfm w2, w3, #1, #2
    { 0xd37ff8a4, A64_UBFM },             // ubfm x4, x5, #63, #62
    { 0x93c20c20, A64_EXTR },             // extr x0, x1, x2, #3
    { 0x14000000, A64_B },                // b .
    { 0x94000000, A64_BL },               // bl .
    { 0x54000000, A64_B_cond },           // b.eq .
    { 0xb4000000, A64_CBZ },              // cbz x0, .
    { 0x35000001, A64_CBNZ },             // cbnz w1, .
    { 0xb6400002, A64_TBZ },              // tbz x2, #40, .
    { 0x37180003, A64_TBNZ },             // tbnz w3, #3, .
    { 0xd61f0080, A64_BR },               // br x4
    { 0xd63f00a0, A64_BLR },              // blr x5
    { 0xd65f03c0, A64_RET },              // ret
    { 0xd69f03e0, A64_ERET },             // eret
    { 0xd4000001, A64_SVC },              // svc #0
    { 0xd4000022, A64_HVC },              // hvc #1
    { 0xd4000043, A64_SMC },              // smc #2
    { 0xd4200060, A64_BRK },              // brk #3
    { 0xd4400080, A64_HLT },              // hlt #4
    { 0xd503201f, A64_NOP },              // nop
    { 0xd503203f, A64_YIELD },            // yield
    { 0xd503205f, A64_WFE },              // wfe
    { 0xd503207f, A64_WFI },              // wfi
    { 0xd503209f, A64_SEV },              // sev
    { 0xd50320bf, A64_SEVL },             // sevl
    { 0xd503245f, A64_HINT },             // hint #34
    { 0xd5033f5f, A64_CLREX },            // clrex
    { 0xd5033f9f, A64_DSB },              // dsb sy
    { 0xd5033bbf, A64_DMB },              // dmb ish
    { 0xd5033fdf, A64_ISB },              // isb
    { 0xd50342df, A64_MSR_imm },          // msr daifset, #2
    { 0xd50041bf, A64_MSR_imm },          // msr spsel, #1
    { 0xd5087500, A64_SYS },              // sys #0, c7, c5, #0, x0
    { 0xd5281260, A64_SYSL },             // sysl x0, #0, c1, c2, #3
    { 0xd5181000, A64_MSR_reg },          // msr sctlr_el1, x0
    { 0xd5380001, A64_MRS },              // mrs x1, midr_el1
    { 0xc8007c41, A64_STXR },             // stxr w0, x1, [x2]
    { 0xc85ffc83, A64_LDAXR },            // ldaxr x3, [x4]
    { 0xc8259d06, A64_STLXP },            // stlxp w5, x6, x7, [x8]
    { 0x887f2969, A64_LDXP },             // ldxp w9, w10, [x11]
    { 0xc89ffdac, A64_STLR },             // stlr x12, [x13]
    { 0x88dffdee, A64_LDAR },             // ldar w14, [x15]
    { 0xc8a07c41, A64_CAS },              // cas x0, x1, [x2]
    { 0x88e3fca4, A64_CASAL },            // casal w3, w4, [x5]
    { 0x48207c82, A64_CASP },             // casp x0, x1, x2, x3, [x4]
    { 0xf8200041, A64_LDADD },            // ldadd x0, x1, [x2]
    { 0xb8e330a4, A64_LDSET },            // ldsetal w3, w4, [x5]
    { 0xf8268107, A64_SWP },              // swp x6, x7, [x8]
    { 0xf8bfc149, A64_LDAPR },            // ldapr x9, [x10]
    { 0x58000000, A64_LDR_lit },          // ldr x0, .
    { 0x98000001, A64_LDRSW_lit },        // ldrsw x1, .
    { 0xd8000000, A64_PRFM_lit },         // prfm pldl1keep, .
    { 0xa9bf7bfd, A64_STP_pre },          // stp x29, x30, [sp, #-16]!
    { 0xa8c17bfd, A64_LDP_post },         // ldp x29, x30, [sp], #16
    { 0x29410440, A64_LDP_off },          // ldp w0, w1, [x2, #8]
    { 0xa80010a3, A64_STNP },             // stnp x3, x4, [x5]
    { 0x697f1d06, A64_LDPSW_off },        // ldpsw x6, x7, [x8, #-8]
    { 0xf81ff020, A64_STUR },             // stur x0, [x1, #-1]
    { 0x38401062, A64_LDUR },             // ldurb w2, [x3, #1]
    { 0xf80084a4, A64_STR_post },         // str x4, [x5], #8
    { 0xb8404ce6, A64_LDR_pre },          // ldr w6, [x7, #4]!
    { 0xf8400928, A64_LDTR },             // ldtr x8, [x9]
    { 0xf93ffd6a, A64_STR_uoff },         // str x10, [x11, #32760]
    { 0x798005ac, A64_LDRS_x_uoff },      // ldrsh x12, [x13, #2]
    { 0xb98005ee, A64_LDRSW_uoff },       // ldrsw x14, [x15, #4]
    { 0xf9800213, A64_PRFM_uoff },        // prfm pstl2strm, [x16]
    { 0xf8627820, A64_LDR_reg },          // ldr x0, [x1, x2, lsl #3]
    { 0x3825c883, A64_STR_reg },          // strb w3, [x4, w5, sxtw]
    { 0x8a020c20, A64_AND_shift },        // and x0, x1, x2, lsl #3
    { 0x0a250083, A64_BIC_shift },        // bic w3, w4, w5
    { 0xaa0800e6, A64_ORR_shift },        // orr x6, x7, x8
    { 0xcaeb1d49, A64_EON_shift },        // eon x9, x10, x11, ror #7
    { 0x8b020020, A64_ADD_shift },        // add x0, x1, x2
    { 0x6b850883, A64_SUBS_shift },       // subs w3, w4, w5, asr #2
    { 0x8b214be0, A64_ADD_ext },          // add x0, sp, w1, uxtw #2
    { 0xcb24e062, A64_SUB_ext },          // sub x2, x3, x4, sxtx
    { 0x9a020020, A64_ADC },              // adc x0, x1, x2
    { 0x7a050083, A64_SBCS },             // sbcs w3, w4, w5
    { 0xfa411004, A64_CCMP_reg },         // ccmp x0, x1, #4, ne
    { 0x3a450840, A64_CCMN_imm },         // ccmn w2, #5, #0, eq
    { 0x9a82b020, A64_CSEL },             // csel x0, x1, x2, lt
    { 0x1a85a483, A64_CSINC },            // csinc w3, w4, w5, ge
    { 0xda8844e6, A64_CSNEG },            // csneg x6, x7, x8, mi
    { 0x9ac20820, A64_UDIV },             // udiv x0, x1, x2
    { 0x1ac50c83, A64_SDIV },             // sdiv w3, w4, w5
    { 0x9ac820e6, A64_LSLV },             // lslv x6, x7, x8
    { 0x1acb2d49, A64_RORV },             // rorv w9, w10, w11
    { 0x1ac24020, A64_CRC32 },            // crc32b w0, w1, w2
    { 0x9ac55c83, A64_CRC32C },           // crc32cx w3, w4, x5
    { 0xdac00020, A64_RBIT },             // rbit x0, x1
    { 0x5ac00862, A64_REV_w },            // rev w2, w3
    { 0xdac00ca4, A64_REV_x },            // rev x4, x5
    { 0xdac010e6, A64_CLZ },              // clz x6, x7
    { 0x9b020c20, A64_MADD },             // madd x0, x1, x2, x3
    { 0x1b069ca4, A64_MSUB },             // msub w4, w5, w6, w7
    { 0x9b220c20, A64_SMADDL },           // smaddl x0, w1, w2, x3
    { 0x9bc67ca4, A64_UMULH },            // umulh x4, x5, x6
    { 0x4c407000, A64_LD1_multi1 },       // ld1 {v0.16b}, [x0]
    { 0x4cdfa820, A64_LD1_multi2_post },  // ld1 {v0.4s, v1.4s}, [x1], #32
    { 0x4c006c40, A64_ST1_multi3 },       // st1 {v0.2d, v1.2d, v2.2d}, [x2]
    { 0x0c842060, A64_ST1_multi4_post },  // st1 {v0.8b, v1.8b, v2.8b, v3.8b}, [x3], x4
    { 0x4c4084a0, A64_LD2_multi },        // ld2 {v0.8h, v1.8h}, [x5]
    { 0x4cdf48c0, A64_LD3_multi_post },   // ld3 {v0.4s, v1.4s, v2.4s}, [x6], #48
    { 0x4c0000e0, A64_ST4_multi },        // st4 {v0.16b, v1.16b, v2.16b, v3.16b}, [x7]
    { 0x4d401c00, A64_LD1_single_b },     // ld1 {v0.b}[15], [x0]
    { 0x0d9f5821, A64_ST1_single_h_post },// st1 {v1.h}[3], [x1], #2
    { 0x0d609042, A64_LD2_single_s },     // ld2 {v2.s, v3.s}[1], [x2]
    { 0x4d84a464, A64_ST3_single_d_post },// st3 {v4.d, v5.d, v6.d}[1], [x3], x4
    { 0x0d6020a0, A64_LD4_single_b },     // ld4 {v0.b, v1.b, v2.b, v3.b}[0], [x5]
    { 0x4d40c800, A64_LD1R },             // ld1r {v0.4s}, [x0]
    { 0x4dffec20, A64_LD4R_post },        // ld4r {v0.2d, v1.2d, v2.2d, v3.2d}, [x1], #32
    { 0x1c000000, A64_LDR_simd_lit },     // ldr s0, .
    { 0x9c000001, A64_LDR_simd_lit },     // ldr q1, .
    { 0x6dbf07e0, A64_STP_simd_pre },     // stp d0, d1, [sp, #-16]!
    { 0xacc10c02, A64_LDP_simd_post },    // ldp q2, q3, [x0], #32
    { 0x2c401424, A64_LDNP_simd },        // ldnp s4, s5, [x1]
    { 0x2d011c46, A64_STP_simd_off },     // stp s6, s7, [x2, #8]
    { 0x3c1ff000, A64_STUR_simd },        // stur b0, [x0, #-1]
    { 0x3cc03021, A64_LDUR_simd_q },      // ldur q1, [x1, #3]
    { 0x7c002442, A64_STR_simd_post },    // str h2, [x2], #2
    { 0x3cc10c63, A64_LDR_simd_pre_q },   // ldr q3, [x3, #16]!
    { 0xfd000484, A64_STR_simd_uoff },    // str d4, [x4, #8]
    { 0x3dc3fca5, A64_LDR_simd_uoff_q },  // ldr q5, [x5, #4080]
    { 0xbc6778c6, A64_LDR_simd_reg },     // ldr s6, [x6, x7, lsl #2]
    { 0x3ca95907, A64_STR_simd_reg_q },   // str q7, [x8, w9, uxtw #4]
    { 0x1e02f420, A64_SCVTF_fix },        // scvtf s0, w1, #3
    { 0x9e590062, A64_FCVTZU_fix },       // fcvtzu x2, d3, #64
    { 0x1e200020, A64_FCVTNS_int },       // fcvtns w0, s1
    { 0x9e630062, A64_UCVTF_int },        // ucvtf d2, x3
    { 0x9e7800a4, A64_FCVTZS_int },       // fcvtzs x4, d5
    { 0x1e7100e6, A64_FCVTMU_int },       // fcvtmu w6, d7
    { 0x1e260020, A64_FMOV_gen_ws },      // fmov w0, s1
    { 0x1e270062, A64_FMOV_gen_sw },      // fmov s2, w3
    { 0x9e6600a4, A64_FMOV_gen_xd },      // fmov x4, d5
    { 0x9e6700e6, A64_FMOV_gen_dx },      // fmov d6, x7
    { 0x9eae0128, A64_FMOV_gen_xv },      // fmov x8, v9.d[1]
    { 0x9eaf016a, A64_FMOV_gen_vx },      // fmov v10.d[1], x11
    { 0x1e604020, A64_FMOV_reg },         // fmov d0, d1
    { 0x1e20c062, A64_FABS_s },           // fabs s2, s3
    { 0x1e61c0a4, A64_FSQRT_s },          // fsqrt d4, d5
    { 0x1e22c020, A64_FCVT_s2d },         // fcvt d0, s1
    { 0x1e23c062, A64_FCVT_s2h },         // fcvt h2, s3
    { 0x1e6240a4, A64_FCVT_d2s },         // fcvt s4, d5
    { 0x1e63c0e6, A64_FCVT_d2h },         // fcvt h6, d7
    { 0x1ee24128, A64_FCVT_h2s },         // fcvt s8, h9
    { 0x1ee2c16a, A64_FCVT_h2d },         // fcvt d10, h11
    { 0x1e25c020, A64_FRINTZ_s },         // frintz s0, s1
    { 0x1e67c062, A64_FRINTI_s },         // frinti d2, d3
    { 0x1e212000, A64_FCMP_s },           // fcmp s0, s1
    { 0x1e602048, A64_FCMP_s_zero },      // fcmp d2, #0.0
    { 0x1e242070, A64_FCMPE_s },          // fcmpe s3, s4
    { 0x1e6020b8, A64_FCMPE_s_zero },     // fcmpe d5, #0.0
    { 0x1e2e1000, A64_FMOV_s_imm },       // fmov s0, #1.0
    { 0x1e709001, A64_FMOV_s_imm },       // fmov d1, #-2.5
    { 0x1e211408, A64_FCCMP_s },          // fccmp s0, s1, #8, ne
    { 0x1e63c450, A64_FCCMPE_s },         // fccmpe d2, d3, #0, gt
    { 0x1e220820, A64_FMUL_s },           // fmul s0, s1, s2
    { 0x1e651883, A64_FDIV_s },           // fdiv d3, d4, d5
    { 0x1e2828e6, A64_FADD_s },           // fadd s6, s7, s8
    { 0x1e6b3949, A64_FSUB_s },           // fsub d9, d10, d11
    { 0x1e226820, A64_FMAXNM_s },         // fmaxnm s0, s1, s2
    { 0x1e658883, A64_FNMUL_s },          // fnmul d3, d4, d5
    { 0x1e220c20, A64_FCSEL_s },          // fcsel s0, s1, s2, eq
    { 0x1f420c20, A64_FMADD_s },          // fmadd d0, d1, d2, d3
    { 0x1f269ca4, A64_FNMSUB_s },         // fnmsub s4, s5, s6, s7
    { 0x4ea28420, A64_ADD_v },            // add v0.4s, v1.4s, v2.4s
    { 0x6ee28420, A64_SUB_v },            // sub v0.2d, v1.2d, v2.2d
    { 0x4e629c20, A64_MUL_v },            // mul v0.8h, v1.8h, v2.8h
    { 0x4e221c20, A64_AND_v },            // and v0.16b, v1.16b, v2.16b
    { 0x0ea51c83, A64_ORR_v },            // orr v3.8b, v4.8b, v5.8b
    { 0x6e281ce6, A64_EOR_v },            // eor v6.16b, v7.16b, v8.16b
    { 0x6e6b1d49, A64_BSL_v },            // bsl v9.16b, v10.16b, v11.16b
    { 0x6ea28c20, A64_CMEQ_v },           // cmeq v0.4s, v1.4s, v2.4s
    { 0x6ee53483, A64_CMHI_v },           // cmhi v3.2d, v4.2d, v5.2d
    { 0x0e220c20, A64_SQADD_v },          // sqadd v0.8b, v1.8b, v2.8b
    { 0x2e652c83, A64_UQSUB_v },          // uqsub v3.4h, v4.4h, v5.4h
    { 0x4ee844e6, A64_SSHL_v },           // sshl v6.2d, v7.2d, v8.2d
    { 0x6ea2a420, A64_UMAXP_v },          // umaxp v0.4s, v1.4s, v2.4s
    { 0x6e65b483, A64_SQRDMULH_v },       // sqrdmulh v3.8h, v4.8h, v5.8h
    { 0x4ee8bce6, A64_ADDP_v },           // addp v6.2d, v7.2d, v8.2d
    { 0x6e2b9d49, A64_PMUL_v },           // pmul v9.16b, v10.16b, v11.16b
    { 0x4e22d420, A64_FADD_v },           // fadd v0.4s, v1.4s, v2.4s
    { 0x4ee5d483, A64_FSUB_v },           // fsub v3.2d, v4.2d, v5.2d
    { 0x0e28cce6, A64_FMLA_v },           // fmla v6.2s, v7.2s, v8.2s
    { 0x6e2bdd49, A64_FMUL_v },           // fmul v9.4s, v10.4s, v11.4s
    { 0x6e6efdac, A64_FDIV_v },           // fdiv v12.2d, v13.2d, v14.2d
    { 0x6eb1e60f, A64_FCMGT_v },          // fcmgt v15.4s, v16.4s, v17.4s
    { 0x6e74ee72, A64_FACGE_v },          // facge v18.2d, v19.2d, v20.2d
    { 0x6e37c6d5, A64_FMAXNMP_v },        // fmaxnmp v21.4s, v22.4s, v23.4s
    { 0x0ebaff38, A64_FRSQRTS_v },        // frsqrts v24.2s, v25.2s, v26.2s
    { 0x6e828420, A64_SQRDMLAH_v },       // sqrdmlah v0.4s, v1.4s, v2.4s
    { 0x2e458c83, A64_SQRDMLSH_v },       // sqrdmlsh v3.4h, v4.4h, v5.4h
    { 0x0e220020, A64_SADDL_v },          // saddl v0.8h, v1.8b, v2.8b
    { 0x6e651083, A64_UADDW_v },          // uaddw2 v3.4s, v4.4s, v5.8h
    { 0x0e2840e6, A64_ADDHN_v },          // addhn v6.8b, v7.8h, v8.8h
    { 0x4eabc149, A64_SMULL_v },          // smull2 v9.2d, v10.4s, v11.4s
    { 0x0e6e91ac, A64_SQDMLAL_v },        // sqdmlal v12.4s, v13.4h, v14.4h
    { 0x2eb1a20f, A64_UMLSL_v },          // umlsl v15.2d, v16.2s, v17.2s
    { 0x0e34e272, A64_PMULL_v },          // pmull v18.8h, v19.8b, v20.8b
    { 0x4ef7e2d5, A64_PMULL_v64 },        // pmull2 v21.1q, v22.2d, v23.2d
    { 0x4ea00820, A64_REV64_v },          // rev64 v0.4s, v1.4s
    { 0x0e205862, A64_CNT_v },            // cnt v2.8b, v3.8b
    { 0x6e2058a4, A64_NOT_v },            // not v4.16b, v5.16b
    { 0x2e6058e6, A64_RBIT_v },           // rbit v6.8b, v7.8b
    { 0x4ee0b928, A64_ABS_v },            // abs v8.2d, v9.2d
    { 0x6ea0b96a, A64_NEG_v },            // neg v10.4s, v11.4s
    { 0x4e6099ac, A64_CMEQ_v_zero },      // cmeq v12.8h, v13.8h, #0
    { 0x0e2129ee, A64_XTN_v },            // xtn v14.8b, v15.8h
    { 0x6e212a30, A64_SQXTUN_v },         // sqxtun2 v16.16b, v17.8h
    { 0x2e213a72, A64_SHLL_v },           // shll v18.8h, v19.8b, #8
    { 0x0e216820, A64_FCVTN_v },          // fcvtn v0.4h, v1.4s
    { 0x4e617862, A64_FCVTL_v },          // fcvtl2 v2.2d, v3.4s
    { 0x2e6168a4, A64_FCVTXN_v },         // fcvtxn v4.2s, v5.2d
    { 0x4e2188e6, A64_FRINTN_v },         // frintn v6.4s, v7.4s
    { 0x4ee1b928, A64_FCVTZS_v },         // fcvtzs v8.2d, v9.2d
    { 0x4e21d96a, A64_SCVTF_v },          // scvtf v10.4s, v11.4s
    { 0x0ea1c9ac, A64_URECPE_v },         // urecpe v12.2s, v13.2s
    { 0x6ee1d9ee, A64_FRSQRTE_v },        // frsqrte v14.2d, v15.2d
    { 0x4ea0ea30, A64_FCMLT_v_zero },     // fcmlt v16.4s, v17.4s, #0.0
    { 0x6ee1fa72, A64_FSQRT_v },          // fsqrt v18.2d, v19.2d
    { 0x4eb1b820, A64_ADDV_v },           // addv s0, v1.4s
    { 0x6e303862, A64_UADDLV_v },         // uaddlv h2, v3.16b
    { 0x0e30a8a4, A64_SMAXV_v },          // smaxv b4, v5.8b
    { 0x6e30c8e6, A64_FMAXNMV_v },        // fmaxnmv s6, v7.4s
    { 0x6eb0f928, A64_FMINV_v },          // fminv s8, v9.4s
    { 0x4e140420, A64_DUP_elem },         // dup v0.4s, v1.s[2]
    { 0x4e020c62, A64_DUP_gen },          // dup v2.8h, w3
    { 0x4e0c1ca4, A64_INS_gen },          // ins v4.s[1], w5
    { 0x4e0e2ce6, A64_SMOV },             // smov x6, v7.h[3]
    { 0x0e1f3d28, A64_UMOV },             // umov w8, v9.b[15]
    { 0x4e183d6a, A64_UMOV },             // mov x10, v11.d[1]
    { 0x6e1805ac, A64_INS_elem },         // ins v12.d[1], v13.d[0]
    { 0x4f0727e0, A64_MOVI_32_lsl8 },     // movi v0.4s, #0xff, lsl #8
    { 0x4f04e401, A64_MOVI_8 },           // movi v1.16b, #0x80
    { 0x2f05e542, A64_MOVI_64 },          // movi d2, #0xff00ff00ff00ff00
    { 0x6f07e603, A64_MOVI_64 },          // movi v3.2d, #0xffffffff00000000
    { 0x4f008644, A64_MOVI_16_lsl0 },     // movi v4.8h, #0x12
    { 0x4f01d685, A64_MOVI_32_msl },      // movi v5.4s, #0x34, msl #16
    { 0x2f0266c6, A64_MVNI_32_lsl24 },    // mvni v6.2s, #0x56, lsl #24
    { 0x4f005427, A64_ORR_v_imm32_lsl16 },// orr v7.4s, #0x1, lsl #16
    { 0x6f07b7e8, A64_BIC_v_imm16_lsl8 }, // bic v8.8h, #0xff, lsl #8
    { 0x4f03f609, A64_FMOV_v_imm_s },     // fmov v9.4s, #1.0
    { 0x6f07f40a, A64_FMOV_v_imm_d },     // fmov v10.2d, #-0.5
    { 0x4f3d0420, A64_SSHR_v },           // sshr v0.4s, v1.4s, #3
    { 0x6f400462, A64_USHR_v },           // ushr v2.2d, v3.2d, #64
    { 0x4f1f54a4, A64_SHL_v },            // shl v4.8h, v5.8h, #15
    { 0x6f0f44e6, A64_SRI_v },            // sri v6.16b, v7.16b, #1
    { 0x2f3f6528, A64_SQSHLU_v },         // sqshlu v8.2s, v9.2s, #31
    { 0x0f08856a, A64_SHRN_v },           // shrn v10.8b, v11.8h, #8
    { 0x4f109dac, A64_SQRSHRN_v },        // sqrshrn2 v12.8h, v13.4s, #16
    { 0x0f12a5ee, A64_SSHLL_v },          // sshll v14.4s, v15.4h, #2
    { 0x6f20a630, A64_USHLL_v },          // ushll2 v16.2d, v17.4s, #0
    { 0x4f36e672, A64_SCVTF_v_fix },      // scvtf v18.4s, v19.4s, #10
    { 0x6f44feb4, A64_FCVTZU_v_fix },     // fcvtzu v20.2d, v21.2d, #60
    { 0x6fa20820, A64_MLA_elem },         // mla v0.4s, v1.4s, v2.s[3]
    { 0x4f758883, A64_MUL_elem },         // mul v3.8h, v4.8h, v5.h[7]
    { 0x0f58a0e6, A64_SMULL_elem },       // smull v6.4s, v7.4h, v8.h[1]
    { 0x0f8bc149, A64_SQDMULH_elem },     // sqdmulh v9.2s, v10.2s, v11.s[0]
    { 0x4fce19ac, A64_FMLA_elem },        // fmla v12.2d, v13.2d, v14.d[1]
    { 0x4f919a0f, A64_FMUL_elem },        // fmul v15.4s, v16.4s, v17.s[2]
    { 0x2fb49a72, A64_FMULX_elem },       // fmulx v18.2s, v19.2s, v20.s[3]
    { 0x6f5fdad5, A64_SQRDMLAH_elem },    // sqrdmlah v21.8h, v22.8h, v15.h[5]
    { 0x4e821820, A64_UZP1_v },           // uzp1 v0.4s, v1.4s, v2.4s
    { 0x0e056883, A64_TRN2_v },           // trn2 v3.8b, v4.8b, v5.8b
    { 0x4ec838e6, A64_ZIP1_v },           // zip1 v6.2d, v7.2d, v8.2d
    { 0x6e0b7949, A64_EXT_v },            // ext v9.16b, v10.16b, v11.16b, #15
    { 0x4e0f21ac, A64_TBL_v },            // tbl v12.16b, {v13.16b, v14.16b}, v15.16b
    { 0x0e121230, A64_TBX_v },            // tbx v16.8b, {v17.16b}, v18.8b
    { 0x5ee28420, A64_ADD_sc },           // add d0, d1, d2
    { 0x5e250c83, A64_SQADD_sc },         // sqadd b3, b4, b5
    { 0x5ee83ce6, A64_CMGE_sc },          // cmge d6, d7, d8
    { 0x7eab5d49, A64_UQRSHL_sc },        // uqrshl s9, s10, s11
    { 0x5e6eb5ac, A64_SQDMULH_sc },       // sqdmulh h12, h13, h14
    { 0x7eb1d60f, A64_FABD_sc },          // fabd s15, s16, s17
    { 0x5e74e672, A64_FCMEQ_sc },         // fcmeq d18, d19, d20
    { 0x5e37fed5, A64_FRECPS_sc },        // frecps s21, s22, s23
    { 0x7e9a8738, A64_SQRDMLAH_sc },      // sqrdmlah s24, s25, s26
    { 0x5ea2d020, A64_SQDMULL_sc },       // sqdmull d0, s1, s2
    { 0x5ee0b820, A64_ABS_sc },           // abs d0, d1
    { 0x5e214862, A64_SQXTN_sc },         // sqxtn b2, h3
    { 0x5ea1b8a4, A64_FCVTZS_sc },        // fcvtzs s4, s5
    { 0x7e61d8e6, A64_UCVTF_sc },         // ucvtf d6, d7
    { 0x5ea1f928, A64_FRECPX_sc },        // frecpx s8, s9
    { 0x7e61696a, A64_FCVTXN_sc },        // fcvtxn s10, d11
    { 0x5ee0a9ac, A64_CMLT_sc_zero },     // cmlt d12, d13, #0
    { 0x5ef1b820, A64_ADDP_sc },          // addp d0, v1.2d
    { 0x7e30d862, A64_FADDP_sc },         // faddp s2, v3.2s
    { 0x7ef0c8a4, A64_FMINNMP_sc },       // fminnmp d4, v5.2d
    { 0x5e160420, A64_DUP_sc },           // mov h0, v1.h[5]
    { 0x5f7f0420, A64_SSHR_sc },          // sshr d0, d1, #1
    { 0x7f7f5462, A64_SLI_sc },           // sli d2, d3, #63
    { 0x7f0d94a4, A64_UQSHRN_sc },        // uqshrn b4, h5, #3
    { 0x5f20fce6, A64_FCVTZS_sc_fix },    // fcvtzs s6, s7, #32
    { 0x5f147528, A64_SQSHL_sc_imm },     // sqshl h8, h9, #4
    { 0x5fa21820, A64_FMLA_sc_elem },     // fmla s0, s1, v2.s[3]
    { 0x5f75b883, A64_SQDMULL_sc_elem },  // sqdmull s3, h4, v5.h[7]
    { 0x7fc898e6, A64_FMULX_sc_elem },    // fmulx d6, d7, v8.d[1]
    { 0x7f8bf149, A64_SQRDMLSH_sc_elem }, // sqrdmlsh s9, s10, v11.s[0]
    { 0x4e284820, A64_AESE },             // aese v0.16b, v1.16b
    { 0x4e285862, A64_AESD },             // aesd v2.16b, v3.16b
    { 0x4e2868a4, A64_AESMC },            // aesmc v4.16b, v5.16b
    { 0x4e2878e6, A64_AESIMC },           // aesimc v6.16b, v7.16b
    { 0x5e020020, A64_SHA1C },            // sha1c q0, s1, v2.4s
    { 0x5e053083, A64_SHA1SU0 },          // sha1su0 v3.4s, v4.4s, v5.4s
    { 0x5e0840e6, A64_SHA256H },          // sha256h q6, q7, v8.4s
    { 0x5e0b6149, A64_SHA256SU1 },        // sha256su1 v9.4s, v10.4s, v11.4s
    { 0x5e2809ac, A64_SHA1H },            // sha1h s12, s13
    { 0x5e2829ee, A64_SHA256SU0 },        // sha256su0 v14.4s, v15.4s
};

static void test_known_words(void **state)
{
    Decoders *d = *state;
    unsigned bad = 0;
    for (unsigned i = 0; i < ARRAY_SIZE(known); i++) {
        unsigned got = a64_decode(&d->all, known[i].word);
        if (got != known[i].id && bad++ < 20)
            print_error("0x%08x: expected %s, decoded %s\n", known[i].word,
                        a64_rows[known[i].id].name, a64_rows[got].name);
    }
    printf("known words: %u checked\n", (unsigned)ARRAY_SIZE(known));
    assert_int_equal(bad, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_known_words),
    };
    return cmocka_run_group_tests(tests, decoders_setup, decoders_teardown);
}
