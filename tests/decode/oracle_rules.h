/*
 * oracle_rules.h — the exception lists of test_decode_oracle.c, as data:
 * (2) the field values each unimplemented row reserves (its future prep
 * function rejects them: the decode pseudocode of each instruction in the
 * Arm ARM, C6/C7), and (3) where binutils is stricter than our decoding.
 * (1), reading binutils' text, is oracle_classify.h.
 */
#ifndef TESTS_DECODE_ORACLE_RULES_H
#define TESTS_DECODE_ORACLE_RULES_H

#include <stdbool.h>
#include <stdint.h>

#include "xnuemu/decode.h"

/* ---- (2) Reserved field values of unimplemented rows ----
 * A row's prep function rejects these (UNDEFINED); for rows still UNIMPL
 * there is no prep yet, so they are listed here. Once a row is implemented
 * the test asks its prep function instead and ignores its entry. */
static inline uint32_t fb(uint32_t w, unsigned hi, unsigned lo)
{
    return (w >> lo) & ((UINT32_C(2) << (hi - lo)) - 1);
}
#define Q(w)    fb(w, 30, 30)
#define SIZE(w) fb(w, 23, 22)
#define SZ(w)   fb(w, 22, 22)
#define IMMH(w) fb(w, 22, 19)

typedef bool RsvFn(uint32_t w);
static bool rsv_size3(uint32_t w) { return SIZE(w) == 3; }
static bool rsv_size3_q0(uint32_t w) { return SIZE(w) == 3 && !Q(w); }
static bool rsv_size0_3(uint32_t w) { return SIZE(w) == 0 || SIZE(w) == 3; }
static bool rsv_size_not0(uint32_t w) { return SIZE(w) != 0; }
static bool rsv_size_1x(uint32_t w) { return SIZE(w) >= 2; }
static bool rsv_sz1_q0(uint32_t w) { return SZ(w) && !Q(w); }
static bool rsv_sz1(uint32_t w) { return SZ(w); }
static bool rsv_sz0(uint32_t w) { return !SZ(w); }
static bool rsv_fp_across(uint32_t w) { return SZ(w) || !Q(w); }
static bool rsv_across(uint32_t w) { return SIZE(w) == 3 || (SIZE(w) == 2 && !Q(w)); }
static bool rsv_dup(uint32_t w) { return fb(w, 19, 16) == 8 && !Q(w); }
static bool rsv_smov(uint32_t w) { return Q(w) ? fb(w, 18, 16) == 0 : fb(w, 17, 16) == 0; }
static bool rsv_umov(uint32_t w) { return Q(w) ? fb(w, 19, 16) != 8 : fb(w, 19, 16) == 8; }
static bool rsv_sh_q0(uint32_t w) { return IMMH(w) >= 8 && !Q(w); }
static bool rsv_sh_narrow(uint32_t w) { return IMMH(w) >= 8; }
static bool rsv_sh_fp(uint32_t w) { return IMMH(w) < 4 || (IMMH(w) >= 8 && !Q(w)); }
static bool rsv_sh_sc_fp(uint32_t w) { return IMMH(w) < 4; }
static bool rsv_elem_fp(uint32_t w) { return SZ(w) && (fb(w, 21, 21) || !Q(w)); }
static bool rsv_elem_fp_sc(uint32_t w) { return SZ(w) && fb(w, 21, 21); }
static bool rsv_ext(uint32_t w) { return !Q(w) && fb(w, 14, 14); }
static bool rsv_fix(uint32_t w) { return !fb(w, 31, 31) && !fb(w, 15, 15); }
static bool rsv_ldst_size3_q0(uint32_t w) { return fb(w, 11, 10) == 3 && !Q(w); }
static bool rsv_regoff(uint32_t w) { return !fb(w, 14, 14); }

#define IDS(...) { __VA_ARGS__, 0 }
static const struct Reserved {
    RsvFn *hit;
    const char *why;
    uint16_t ids[64];
} reserved_values[] = {
    { rsv_size3, "size=11 reserved (no 64-bit lanes)", IDS(
      A64_SHADD_v, A64_SRHADD_v, A64_SHSUB_v, A64_SMAX_v, A64_SMIN_v, A64_SABD_v, A64_SABA_v,
      A64_MLA_v, A64_MUL_v, A64_SMAXP_v, A64_SMINP_v, A64_UHADD_v, A64_URHADD_v, A64_UHSUB_v,
      A64_UMAX_v, A64_UMIN_v, A64_UABD_v, A64_UABA_v, A64_MLS_v, A64_UMAXP_v, A64_UMINP_v,
      A64_SADDL_v, A64_SADDW_v, A64_SSUBL_v, A64_SSUBW_v, A64_ADDHN_v, A64_SABAL_v, A64_SUBHN_v,
      A64_SABDL_v, A64_SMLAL_v, A64_SMLSL_v, A64_SMULL_v, A64_UADDL_v, A64_UADDW_v, A64_USUBL_v,
      A64_USUBW_v, A64_RADDHN_v, A64_UABAL_v, A64_RSUBHN_v, A64_UABDL_v, A64_UMLAL_v,
      A64_UMLSL_v, A64_UMULL_v, A64_REV64_v, A64_SADDLP_v, A64_UADDLP_v, A64_SADALP_v,
      A64_UADALP_v, A64_CLS_v, A64_CLZ_v, A64_XTN_v, A64_SQXTN_v, A64_SQXTUN_v, A64_UQXTN_v,
      A64_SHLL_v, A64_SQXTN_sc, A64_SQXTUN_sc, A64_UQXTN_sc) },
    { rsv_size3_q0, "size:Q=110 reserved (1D arrangement)", IDS(
      A64_SQADD_v, A64_SQSUB_v, A64_CMGT_v, A64_CMGE_v, A64_SSHL_v, A64_SQSHL_v, A64_SRSHL_v,
      A64_SQRSHL_v, A64_ADD_v, A64_CMTST_v, A64_ADDP_v, A64_UQADD_v, A64_UQSUB_v, A64_CMHI_v,
      A64_CMHS_v, A64_USHL_v, A64_UQSHL_v, A64_URSHL_v, A64_UQRSHL_v, A64_SUB_v, A64_CMEQ_v,
      A64_SUQADD_v, A64_SQABS_v, A64_CMGT_v_zero, A64_CMEQ_v_zero, A64_CMLT_v_zero, A64_ABS_v,
      A64_USQADD_v, A64_SQNEG_v, A64_CMGE_v_zero, A64_CMLE_v_zero, A64_NEG_v, A64_UZP1_v,
      A64_TRN1_v, A64_ZIP1_v, A64_UZP2_v, A64_TRN2_v, A64_ZIP2_v) },
    { rsv_size0_3, "size 00 and 11 reserved (16/32-bit lanes only)", IDS(
      A64_SQDMULH_v, A64_SQRDMULH_v, A64_SQRDMLAH_v, A64_SQRDMLSH_v, A64_SQDMLAL_v,
      A64_SQDMLSL_v, A64_SQDMULL_v, A64_SQDMULH_sc, A64_SQRDMULH_sc, A64_SQRDMLAH_sc,
      A64_SQRDMLSH_sc, A64_SQDMLAL_sc, A64_SQDMLSL_sc, A64_SQDMULL_sc, A64_MLA_elem,
      A64_MLS_elem, A64_MUL_elem, A64_SMLAL_elem, A64_SMLSL_elem, A64_SMULL_elem, A64_UMLAL_elem,
      A64_UMLSL_elem, A64_UMULL_elem, A64_SQDMLAL_elem, A64_SQDMLSL_elem, A64_SQDMULL_elem,
      A64_SQDMULH_elem, A64_SQRDMULH_elem, A64_SQRDMLAH_elem, A64_SQRDMLSH_elem,
      A64_SQDMLAL_sc_elem, A64_SQDMLSL_sc_elem, A64_SQDMULL_sc_elem, A64_SQDMULH_sc_elem,
      A64_SQRDMULH_sc_elem, A64_SQRDMLAH_sc_elem, A64_SQRDMLSH_sc_elem) },
    { rsv_size_not0, "only size=00 (bytes) allocated", IDS(A64_REV16_v, A64_CNT_v, A64_PMUL_v) },
    { rsv_size_1x, "size 1x reserved", IDS(A64_REV32_v) },
    { rsv_sz1_q0, "sz:Q=10 reserved (1D arrangement)", IDS(
      A64_FMAXNM_v, A64_FMLA_v, A64_FADD_v, A64_FMULX_v, A64_FCMEQ_v, A64_FMAX_v, A64_FRECPS_v,
      A64_FMINNM_v, A64_FMLS_v, A64_FSUB_v, A64_FMIN_v, A64_FRSQRTS_v, A64_FMAXNMP_v,
      A64_FADDP_v, A64_FMUL_v, A64_FCMGE_v, A64_FACGE_v, A64_FMAXP_v, A64_FDIV_v, A64_FMINNMP_v,
      A64_FABD_v, A64_FCMGT_v, A64_FACGT_v, A64_FMINP_v, A64_FRINTN_v, A64_FRINTM_v,
      A64_FCVTNS_v, A64_FCVTMS_v, A64_FCVTAS_v, A64_SCVTF_v, A64_FCMGT_v_zero, A64_FCMEQ_v_zero,
      A64_FCMLT_v_zero, A64_FABS_v, A64_FRINTP_v, A64_FRINTZ_v, A64_FCVTPS_v, A64_FCVTZS_v,
      A64_FRECPE_v, A64_FRINTA_v, A64_FRINTX_v, A64_FCVTNU_v, A64_FCVTMU_v, A64_FCVTAU_v,
      A64_UCVTF_v, A64_FCMGE_v_zero, A64_FCMLE_v_zero, A64_FNEG_v, A64_FRINTI_v, A64_FCVTPU_v,
      A64_FCVTZU_v, A64_FRSQRTE_v, A64_FSQRT_v) },
    { rsv_sz1, "sz=1 reserved (32-bit only)", IDS(A64_URECPE_v, A64_URSQRTE_v) },
    { rsv_sz0, "sz=0 reserved (double to single only)", IDS(A64_FCVTXN_v, A64_FCVTXN_sc) },
    { rsv_fp_across, "only sz:Q=01 (4S) allocated", IDS(
      A64_FMAXNMV_v, A64_FMAXV_v, A64_FMINNMV_v, A64_FMINV_v) },
    { rsv_across, "size 11 and size:Q=100 (2S) reserved", IDS(
      A64_SADDLV_v, A64_SMAXV_v, A64_SMINV_v, A64_ADDV_v, A64_UADDLV_v, A64_UMAXV_v,
      A64_UMINV_v) },
    { rsv_dup, "D element with Q=0 reserved", IDS(A64_DUP_elem, A64_DUP_gen) },
    { rsv_smov, "SMOV: S/D to W, D to X reserved", IDS(A64_SMOV) },
    { rsv_umov, "UMOV: D to W, B/H/S to X reserved", IDS(A64_UMOV) },
    { rsv_sh_q0, "immh=1xxx with Q=0 reserved (1D)", IDS(
      A64_SSHR_v, A64_SSRA_v, A64_SRSHR_v, A64_SRSRA_v, A64_SHL_v, A64_SQSHL_v_imm, A64_USHR_v,
      A64_USRA_v, A64_URSHR_v, A64_URSRA_v, A64_SRI_v, A64_SLI_v, A64_SQSHLU_v,
      A64_UQSHL_v_imm) },
    { rsv_sh_narrow, "immh=1xxx reserved (no 128-bit wide element)", IDS(
      A64_SHRN_v, A64_RSHRN_v, A64_SQSHRN_v, A64_SQRSHRN_v, A64_SSHLL_v, A64_SQSHRUN_v,
      A64_SQRSHRUN_v, A64_UQSHRN_v, A64_UQRSHRN_v, A64_USHLL_v, A64_SQSHRN_sc, A64_SQRSHRN_sc,
      A64_SQSHRUN_sc, A64_SQRSHRUN_sc, A64_UQSHRN_sc, A64_UQRSHRN_sc) },
    { rsv_sh_fp, "immh=00xx reserved (001x is FP16), 1xxx with Q=0 reserved", IDS(
      A64_SCVTF_v_fix, A64_UCVTF_v_fix, A64_FCVTZS_v_fix, A64_FCVTZU_v_fix) },
    { rsv_sh_sc_fp, "immh=00xx reserved (001x is FP16)", IDS(
      A64_SCVTF_sc_fix, A64_UCVTF_sc_fix, A64_FCVTZS_sc_fix, A64_FCVTZU_sc_fix) },
    { rsv_elem_fp, "sz=1 with L=1 or Q=0 reserved", IDS(
      A64_FMLA_elem, A64_FMLS_elem, A64_FMUL_elem, A64_FMULX_elem) },
    { rsv_elem_fp_sc, "sz=1 with L=1 reserved", IDS(
      A64_FMLA_sc_elem, A64_FMLS_sc_elem, A64_FMUL_sc_elem, A64_FMULX_sc_elem) },
    { rsv_ext, "Q=0 with imm4<3>=1 reserved", IDS(A64_EXT_v) },
    { rsv_fix, "sf=0 with scale<5>=0 reserved", IDS(
      A64_SCVTF_fix, A64_UCVTF_fix, A64_FCVTZS_fix, A64_FCVTZU_fix) },
    { rsv_ldst_size3_q0, "size:Q=110 reserved (1D) for 2-4 registers", IDS(
      A64_ST2_multi, A64_ST3_multi, A64_ST4_multi, A64_LD2_multi, A64_LD3_multi, A64_LD4_multi,
      A64_ST2_multi_post, A64_ST3_multi_post, A64_ST4_multi_post, A64_LD2_multi_post,
      A64_LD3_multi_post, A64_LD4_multi_post) },
    { rsv_regoff, "option<1>=0 reserved", IDS(
      A64_STR_simd_reg, A64_STR_simd_reg_q, A64_LDR_simd_reg, A64_LDR_simd_reg_q) },
};

/* ---- (3) Where binutils is stricter than our decoding ----
 * CONSTRAINED UNPREDICTABLE encodings that our rows execute (the Arm ARM
 * allows it) and binutils prints as undefined. */
/* LDAR's Rs and Rt2 are should-be-one fields; our rows ignore them
 * (a64_ldst_excl.def), as binutils does for STLR, LDLAR and the exclusives. */
static bool strict_ldar(uint32_t w)
{
    return fb(w, 20, 16) != 31 || fb(w, 14, 10) != 31;
}
/* LDPSW with Rt==Rt2, or writeback with Rn==Rt or Rn==Rt2 (Rn != SP);
 * binutils accepts the same register overlap for LDP. */
static bool strict_ldpsw(uint32_t w)
{
    uint32_t t = fb(w, 4, 0), n = fb(w, 9, 5), t2 = fb(w, 14, 10);
    bool wback = fb(w, 23, 23);
    return t == t2 || (wback && n != 31 && (n == t || n == t2));
}
static const struct Strict {
    unsigned id;
    RsvFn *hit;
} binutils_strict[] = {
    { A64_LDAR, strict_ldar },
    { A64_LDPSW_post, strict_ldpsw },
    { A64_LDPSW_pre, strict_ldpsw },
    { A64_LDPSW_off, strict_ldpsw },
};

#endif
