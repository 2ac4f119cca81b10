/*
 * cases_sys.c — exception-generating instructions, hints, barriers, MSR
 * (immediate), ERET/DRPS, MRS/MSR/SYS/SYSL (Arm ARM C4.1.87, C5.2, C5.3,
 * D1.10 exception entry, D1.13 traps, D17.2.37 ISS for EC 0x18). Expected
 * ESR/ELR/vectors from the pseudocode. The test machine has EL1-EL3, runs
 * at EL1 Non-secure with HCR_EL2 = RW|DC and SCTLR_EL1 at its reset value.
 */
#include "insn_case.h"

#define UNDEF .exc = EXC(EC_UNKNOWN), .check_iss = true, .iss = 0
#define ISS(v) .check_iss = true, .iss = (v)
#define SCTLR1_RESET UINT64_C(0x30d00800)
#define HCR_BASE (HCR_RW | HCR_DC)
#define SCR_BASE (SCR_NS | SCR_RW | SCR_HCE | 0x30)
#define MRS_DAIF 0xd53b4220u   /* mrs x0, daif */

static const InsnCase c[] = {
    /* exception generation */
    { "svc0", A64_SVC, 0xd4000001, /* svc #0 */ .exc = EXC(EC_SVC64), ISS(0), .pc_out = T_CODE + 4 },
    { "el0_to_el1", A64_SVC, 0xd41fffe1, /* svc #0xffff */ .el = EL0_,
      .exc = EXC(EC_SVC64), ISS(0xffff), .pc_out = T_CODE + 4 },
    { "el2_stays", A64_SVC, 0xd4000001, /* svc #0 */ .el = 2,
      .exc = EXC(EC_SVC64), .exc_el = 2, ISS(0), .pc_out = T_CODE + 4 },
    { "el1_to_el2", A64_HVC, 0xd4024682, /* hvc #0x1234 */
      .exc = EXC(EC_HVC64), .exc_el = 2, ISS(0x1234), .pc_out = T_CODE + 4 },
    { "el3_stays", A64_HVC, 0xd4024682, /* hvc #0x1234 */ .el = 3,
      .exc = EXC(EC_HVC64), .exc_el = 3, ISS(0x1234), .pc_out = T_CODE + 4 },
    { "el0_undef", A64_HVC, 0xd4024682, /* hvc #0x1234 */ .el = EL0_, UNDEF },
    { "hce0_undef", A64_HVC, 0xd4024682, /* hvc #0x1234 */
      .sr_in = { { SR_SCR_EL3, SCR_NS | SCR_RW | 0x30 } }, UNDEF },
    { "el1_to_el3", A64_SMC, 0xd4000843, /* smc #0x42 */
      .exc = EXC(EC_SMC64), .exc_el = 3, ISS(0x42), .pc_out = T_CODE + 4 },
    { "tsc_traps_to_el2", A64_SMC, 0xd4000843, /* smc #0x42: preferred return is the SMC */
      .sr_in = { { SR_HCR_EL2, HCR_BASE | HCR_TSC } }, .exc = EXC(EC_SMC64), .exc_el = 2, ISS(0x42) },
    { "smd_undef", A64_SMC, 0xd4000843, /* smc #0x42 */
      .sr_in = { { SR_SCR_EL3, SCR_BASE | SCR_SMD } }, UNDEF },
    { "el0_undef", A64_SMC, 0xd4000843, /* smc #0x42 */ .el = EL0_, UNDEF },
    { "imm0", A64_BRK, 0xd4200000, /* brk #0: preferred return is the BRK */
      .exc = EXC(EC_BRK64), ISS(0) },
    { "imm_f000", A64_BRK, 0xd43e0000, /* brk #0xf000 */ .exc = EXC(EC_BRK64), ISS(0xf000) },
    { "el0", A64_BRK, 0xd4200000, /* brk #0 */ .el = EL0_, .exc = EXC(EC_BRK64), ISS(0) },
    { "tde_to_el2", A64_BRK, 0xd4200000, /* brk #0 with MDCR_EL2.TDE */
      .sr_in = { { SR_MDCR_EL2, 1u << 8 } }, .exc = EXC(EC_BRK64), .exc_el = 2, ISS(0) },
    { "not_semihosting", A64_HLT, 0xd4400020, /* hlt #0x1 */ UNDEF },
    { "semihosting_tickfreq", A64_HLT, 0xd45e0000, /* hlt #0xf000, SYS_TICKFREQ */
      .in = { { X(0), 0x31 } }, .out = { { X(0), 1000000000 } } },
    { "semihosting_iserror", A64_HLT, 0xd45e0000, /* hlt #0xf000, SYS_ISERROR */
      .in = { { X(0), 0x08 }, { X(1), T_DATA } }, .mem_in = { { T_DATA, 8, (uint64_t)-5 } },
      .out = { { X(0), 1 } } },
    { "semihosting_iserror_ok", A64_HLT, 0xd45e0000, /* hlt #0xf000, SYS_ISERROR */
      .in = { { X(0), 0x08 }, { X(1), T_DATA } }, .mem_in = { { T_DATA, 8, 3 } },
      .out = { { X(0), 0 } } },
    { "dcps1", A64_DCPS, 0xd4a00001, /* dcps1 */ UNDEF },
    { "dcps2", A64_DCPS, 0xd4a00002, /* dcps2 */ UNDEF },
    { "dcps3", A64_DCPS, 0xd4a00003, /* dcps3 */ UNDEF },
    { "ll00_reserved", A64_DCPS, 0xd4a00000, /* dcps with LL=00 */ UNDEF },
    { "non_debug", A64_DRPS, 0xd6bf03e0, /* drps */ UNDEF },
    { "el2", A64_DRPS, 0xd6bf03e0, /* drps */ .el = 2, .exc_el = 2, UNDEF },
    { "el0", A64_DRPS, 0xd6bf03e0, /* drps */ .el = EL0_, UNDEF },

    /* hints */
    { "hint45", A64_HINT, 0xd50328bf, /* hint #0x45 */ },
    { "csdb", A64_HINT, 0xd503229f, /* csdb */ },
    { "hint127", A64_HINT, 0xd5032fff, /* hint #127 */ .in = { { NZCV, NZCV_V } } },
    { "basic", A64_NOP, 0xd503201f, /* nop */ },
    { "flags_kept", A64_NOP, 0xd503201f, /* nop */ .in = { { NZCV, NZCV_N | NZCV_C } } },
    { "el0", A64_NOP, 0xd503201f, /* nop */ .el = EL0_ },
    { "basic", A64_YIELD, 0xd503203f, /* yield */ },
    { "el0", A64_YIELD, 0xd503203f, /* yield */ .el = EL0_ },
    { "el2", A64_YIELD, 0xd503203f, /* yield */ .el = 2 },
    { "no_event_completes", A64_WFE, 0xd503205f, /* wfe */ },
    { "after_sevl", A64_WFE, 0xd503205f, /* sevl; wfe */ .pre = { 0xd50320bf } },
    { "el0_trap", A64_WFE, 0xd503205f, /* wfe, SCTLR_EL1.nTWE=0 */ .el = EL0_,
      .exc = EXC(EC_WFX), ISS(0x1e00001) },
    { "el0_allowed", A64_WFE, 0xd503205f, /* wfe, nTWE=1 */ .el = EL0_,
      .sr_in = { { SR_SCTLR_EL1, SCTLR1_RESET | SCTLR_NTWE } } },
    { "hcr_twe", A64_WFE, 0xd503205f, /* wfe */ .sr_in = { { SR_HCR_EL2, HCR_BASE | HCR_TWE } },
      .exc = EXC(EC_WFX), .exc_el = 2, ISS(0x1e00001) },
    { "retires", A64_WFI, 0xd503207f, /* wfi */ },
    { "el0_trap", A64_WFI, 0xd503207f, /* wfi, SCTLR_EL1.nTWI=0 */ .el = EL0_,
      .exc = EXC(EC_WFX), ISS(0x1e00000) },
    { "el0_allowed", A64_WFI, 0xd503207f, /* wfi, nTWI=1 */ .el = EL0_,
      .sr_in = { { SR_SCTLR_EL1, SCTLR1_RESET | SCTLR_NTWI } } },
    { "hcr_twi", A64_WFI, 0xd503207f, /* wfi */ .sr_in = { { SR_HCR_EL2, HCR_BASE | HCR_TWI } },
      .exc = EXC(EC_WFX), .exc_el = 2, ISS(0x1e00000) },
    { "scr_twi", A64_WFI, 0xd503207f, /* wfi */ .sr_in = { { SR_SCR_EL3, SCR_BASE | SCR_TWI } },
      .exc = EXC(EC_WFX), .exc_el = 3, ISS(0x1e00000) },
    { "basic", A64_SEV, 0xd503209f, /* sev */ },
    { "el0", A64_SEV, 0xd503209f, /* sev */ .el = EL0_ },
    { "twice", A64_SEV, 0xd503209f, /* sev; sev */ .pre = { 0xd503209f } },
    { "basic", A64_SEVL, 0xd50320bf, /* sevl */ },
    { "el0", A64_SEVL, 0xd50320bf, /* sevl */ .el = EL0_ },
    { "then_wfe", A64_SEVL, 0xd50320bf, /* sevl; wfe (does not sleep) */ .post = { 0xd503205f } },

    /* barriers */
    { "basic", A64_CLREX, 0xd5033f5f, /* clrex */ },
    { "imm", A64_CLREX, 0xd503355f, /* clrex #5 */ },
    { "el0", A64_CLREX, 0xd5033f5f, /* clrex */ .el = EL0_ },
    { "sy", A64_DSB, 0xd5033f9f, /* dsb sy */ },
    { "ish", A64_DSB, 0xd5033b9f, /* dsb ish */ },
    { "el0", A64_DSB, 0xd5033f9f, /* dsb sy */ .el = EL0_ },
    { "ishld", A64_DMB, 0xd50339bf, /* dmb ishld */ },
    { "sy", A64_DMB, 0xd5033fbf, /* dmb sy */ },
    { "el0", A64_DMB, 0xd50339bf, /* dmb ishld */ .el = EL0_ },
    { "basic", A64_ISB, 0xd5033fdf, /* isb */ },
    { "imm", A64_ISB, 0xd50333df, /* isb #3 */ },
    { "el0", A64_ISB, 0xd5033fdf, /* isb */ .el = EL0_ },

    /* MSR (immediate) */
    { "daifclr_i", A64_MSR_imm, 0xd50342ff, /* msr daifclr, #2; mrs x0, daif */
      .post = { MRS_DAIF }, .out = { { X(0), 0xd << 6 } } },
    { "daifclr_all", A64_MSR_imm, 0xd5034fff, /* msr daifclr, #0xf; mrs x0, daif */
      .post = { MRS_DAIF }, .out = { { X(0), 0 } } },
    { "daifset_all", A64_MSR_imm, 0xd5034fdf, /* msr daifclr,#0xf; msr daifset,#0xf; mrs */
      .pre = { 0xd5034fff }, .post = { MRS_DAIF }, .out = { { X(0), 0xf << 6 } } },
    { "daifset_el0_trap", A64_MSR_imm, 0xd5034fdf, /* msr daifset, #0xf at EL0, UMA=0 */
      .el = EL0_, .exc = EXC(EC_SYSREG), ISS(6u << 17 | 3u << 14 | 4u << 10 | 31u << 5 | 0xfu << 1) },
    { "daifclr_el0_uma", A64_MSR_imm, 0xd5034fff, /* msr daifclr, #0xf at EL0, UMA=1 */
      .el = EL0_, .sr_in = { { SR_SCTLR_EL1, SCTLR1_RESET | (1u << 9) } },
      .post = { MRS_DAIF }, .out = { { X(0), 0 } } },
    { "spsel0", A64_MSR_imm, 0xd50040bf, /* msr spsel, #0; mrs x1, spsel */
      .post = { 0xd5384201 }, .out = { { SP, T_STACK - 0x100 }, { X(1), 0 } } },
    { "spsel1", A64_MSR_imm, 0xd50041bf, /* msr spsel, #1 from SP_EL0 */
      .spsel0 = 1, .out = { { SP, T_STACK } } },
    { "spsel_el0_undef", A64_MSR_imm, 0xd50041bf, /* msr spsel, #1 */ .el = EL0_, UNDEF },
    { "pan1", A64_MSR_imm, 0xd500419f, /* msr pan, #1; mrs x0, pan */
      .post = { 0xd5384260 }, .out = { { X(0), 1u << 22 } } },
    { "pan0", A64_MSR_imm, 0xd500409f, /* msr pan, #1; msr pan, #0; mrs x0, pan */
      .pre = { 0xd500419f }, .post = { 0xd5384260 }, .out = { { X(0), 0 } } },
    { "pan_el0_undef", A64_MSR_imm, 0xd500419f, /* msr pan, #1 */ .el = EL0_, UNDEF },
    { "uao1", A64_MSR_imm, 0xd500417f, /* msr uao, #1; mrs x0, uao */
      .post = { 0xd5384280 }, .out = { { X(0), 1u << 23 } } },
    { "unallocated_field", A64_MSR_imm, 0xd501401f, /* op1=001 op2=000 */ UNDEF },

    /* ERET */
    { "to_el0", A64_ERET, 0xd69f03e0, /* eret */
      .sr_in = { { SR_SPSR_EL1, 0xf0000000 }, { SR_ELR_EL1, 0x40001000 } },
      .pc_out = 0x40001000, .el_out = EL0_,
      .out = { { NZCV, 0xf0000000 }, { SP, T_STACK - 0x100 } } },
    { "el2_to_el1h", A64_ERET, 0xd69f03e0, /* eret */ .el = 2,
      .sr_in = { { SR_SPSR_EL2, 0x3c5 }, { SR_ELR_EL2, 0x40002000 } },
      .pc_out = 0x40002000, .el_out = 1, .out = { { SP, T_STACK } } },
    { "el3_to_el2t", A64_ERET, 0xd69f03e0, /* eret */ .el = 3,
      .sr_in = { { SR_SPSR_EL3, 0x40000008 }, { SR_ELR_EL3, 0x40003000 } },
      .pc_out = 0x40003000, .el_out = 2, .out = { { NZCV, 0x40000000 }, { SP, T_STACK - 0x100 } } },
    { "illegal_higher_el", A64_ERET, 0xd69f03e0, /* eret to EL2 from EL1: illegal, EL kept */
      .sr_in = { { SR_SPSR_EL1, 0x20000009 }, { SR_ELR_EL1, 0x40004000 } },
      .pc_out = 0x40004000, .out = { { NZCV, 0x20000000 } } },
    { "el0_undef", A64_ERET, 0xd69f03e0, /* eret */ .el = EL0_, UNDEF },

    /* MRS */
    { "currentel", A64_MRS, 0xd5384240, /* mrs x0, currentel */ .out = { { X(0), 4 } } },
    { "currentel_el2", A64_MRS, 0xd5384240, /* mrs x0, currentel */ .el = 2, .out = { { X(0), 8 } } },
    { "currentel_el0_undef", A64_MRS, 0xd5384240, /* mrs x0, currentel */ .el = EL0_, UNDEF },
    { "midr_virtual", A64_MRS, 0xd5380001, /* mrs x1, midr_el1 (VPIDR_EL2 at EL1) */
      .sr_in = { { SR_VPIDR_EL2, 0x41001234 } }, .out = { { X(1), 0x41001234 } } },
    { "mpidr", A64_MRS, 0xd53800a2, /* mrs x2, mpidr_el1 */ .out = { { X(2), 0x80000000 } } },
    { "ctr", A64_MRS, 0xd53b0020, /* mrs x0, ctr_el0 */ .out = { { X(0), 0x8444c004 } } },
    { "ctr_el0_uct_trap", A64_MRS, 0xd53b0020, /* mrs x0, ctr_el0 at EL0, UCT=0 */ .el = EL0_,
      .exc = EXC(EC_SYSREG), ISS(3u << 20 | 1u << 17 | 3u << 14 | 1) },
    { "pfr0", A64_MRS, 0xd5380403, /* mrs x3, id_aa64pfr0_el1: EL0-3 AArch64, FP, AdvSIMD */
      .out = { { X(3), 0x00001111 } } },
    { "tid3_trap", A64_MRS, 0xd5380403, /* mrs x3, id_aa64pfr0_el1 with HCR_EL2.TID3 */
      .sr_in = { { SR_HCR_EL2, HCR_BASE | HCR_TID3 } }, .exc = EXC(EC_SYSREG), .exc_el = 2,
      ISS(3u << 20 | 3u << 5 | 4u << 1 | 1) },
    { "reserved_id_raz", A64_MRS, 0xd53803e0, /* mrs x0, s3_0_c0_c3_7 */ .out = { { X(0), 0 } } },
    { "unknown_undef", A64_MRS, 0xd53df740, /* mrs x0, s3_5_c15_c7_2 */ UNDEF },
    { "rt_zr", A64_MRS, 0xd53bd05f, /* mrs xzr, tpidr_el0 */ },
    { "nzcv", A64_MRS, 0xd53b4205, /* mrs x5, nzcv */
      .in = { { NZCV, 0xa0000000 } }, .out = { { X(5), 0xa0000000 } } },
    { "sp_el0", A64_MRS, 0xd5384100, /* mrs x0, sp_el0 */ .out = { { X(0), T_STACK - 0x100 } } },
    { "sp_el0_selected_undef", A64_MRS, 0xd5384100, /* mrs x0, sp_el0 with SPSel=0 */
      .spsel0 = 1, UNDEF },
    { "hcr_el2_from_el1_undef", A64_MRS, 0xd53c1100, /* mrs x0, hcr_el2 */ UNDEF },
    { "hcr_el2", A64_MRS, 0xd53c1100, /* mrs x0, hcr_el2 */ .el = 2, .out = { { X(0), HCR_BASE } } },
    { "fpcr", A64_MRS, 0xd53b4400, /* mrs x0, fpcr */ .out = { { X(0), 0 } } },
    { "fpcr_fpen_trap", A64_MRS, 0xd53b4400, /* mrs x0, fpcr with CPACR_EL1.FPEN=0 */
      .sr_in = { { SR_CPACR_EL1, 0 } }, .exc = EXC(EC_FP_ACCESS), ISS(0x1e00000) },
    { "cntfrq", A64_MRS, 0xd53be000, /* mrs x0, cntfrq_el0 */ .out = { { X(0), 62500000 } } },
    { "dczid", A64_MRS, 0xd53b00e0, /* mrs x0, dczid_el0 */ .out = { { X(0), 4 } } },
    { "dczid_el0_prohibited", A64_MRS, 0xd53b00e0, /* mrs x0, dczid_el0 at EL0, DZE=0 */
      .el = EL0_, .out = { { X(0), 0x14 } } },
    { "isr", A64_MRS, 0xd538c100, /* mrs x0, isr_el1 */ .out = { { X(0), 0 } } },

    /* MSR (register) */
    { "tpidr_el0", A64_MSR_reg, 0xd51bd041, /* msr tpidr_el0, x1 */
      .in = { { X(1), 0x1122334455667788 } }, .sr_out = { { SR_TPIDR_EL0, 0x1122334455667788 } } },
    { "sctlr_res1_kept", A64_MSR_reg, 0xd518101f, /* msr sctlr_el1, xzr */
      .sr_out = { { SR_SCTLR_EL1, 0x30500800 } } },
    { "tvm_trap", A64_MSR_reg, 0xd518101f, /* msr sctlr_el1, xzr with HCR_EL2.TVM */
      .sr_in = { { SR_HCR_EL2, HCR_BASE | HCR_TVM } }, .exc = EXC(EC_SYSREG), .exc_el = 2,
      ISS(3u << 20 | 1u << 10 | 31u << 5) },
    { "nzcv", A64_MSR_reg, 0xd51b4206, /* msr nzcv, x6 */
      .in = { { X(6), ~0ull } }, .out = { { NZCV, 0xf0000000 } } },
    { "sp_el0", A64_MSR_reg, 0xd5184107, /* msr sp_el0, x7; mrs x0, sp_el0 */
      .in = { { X(7), 0x40123450 } }, .post = { 0xd5384100 }, .out = { { X(0), 0x40123450 } } },
    { "daif", A64_MSR_reg, 0xd51b4228, /* msr daif, x8; mrs x0, daif */
      .in = { { X(8), 0x140 } }, .post = { MRS_DAIF }, .out = { { X(0), 0x140 } } },
    { "fpsr_mask", A64_MSR_reg, 0xd51b4421, /* msr fpsr, x1 */
      .in = { { X(1), ~0ull } }, .fpsr_out = 0x0800009f },
    { "unknown_undef", A64_MSR_reg, 0xd51df740, /* msr s3_5_c15_c7_2, x0 */ UNDEF },
    { "el0_tpidrro_undef", A64_MSR_reg, 0xd51bd061, /* msr tpidrro_el0, x1 at EL0 */
      .el = EL0_, UNDEF },

    /* SYS */
    { "dc_zva", A64_SYS, 0xd50b7420, /* dc zva, x0: zeroes the aligned 64 bytes */
      .in = { { X(0), T_DATA + 0x45 } },
      .mem_out = { { T_DATA + 0x40, 8, 0 }, { T_DATA + 0x48, 8, 0 }, { T_DATA + 0x50, 8, 0 },
                   { T_DATA + 0x58, 8, 0 }, { T_DATA + 0x60, 8, 0 }, { T_DATA + 0x68, 8, 0 },
                   { T_DATA + 0x70, 8, 0 }, { T_DATA + 0x78, 8, 0 } } },
    { "dc_zva_el0_dze_trap", A64_SYS, 0xd50b7420, /* dc zva, x0 at EL0, DZE=0 */ .el = EL0_,
      .in = { { X(0), T_DATA } }, .exc = EXC(EC_SYSREG),
      ISS(1u << 20 | 1u << 17 | 3u << 14 | 7u << 10 | 4u << 1) },
    { "dc_zva_device_align", A64_SYS, 0xd50b7420, /* dc zva, x0 on Device memory */
      .in = { { X(0), T_DATA } }, .sr_in = { { SR_HCR_EL2, HCR_RW } },
      .exc = EXC(EC_DABT_SAME), ISS(0x61) },
    { "dc_civac", A64_SYS, 0xd50b7e21, /* dc civac, x1 */ .in = { { X(1), T_DATA + 3 } } },
    { "dc_cvac_el0_uci_trap", A64_SYS, 0xd50b7a21, /* dc cvac, x1 at EL0, UCI=0 */ .el = EL0_,
      .in = { { X(1), T_DATA } }, .exc = EXC(EC_SYSREG),
      ISS(1u << 20 | 1u << 17 | 3u << 14 | 7u << 10 | 1u << 5 | 10u << 1) },
    { "dc_ivac", A64_SYS, 0xd5087621, /* dc ivac, x1 */ .in = { { X(1), T_DATA } } },
    { "dc_cisw", A64_SYS, 0xd5087e42, /* dc cisw, x2 */ },
    { "ic_iallu", A64_SYS, 0xd508751f, /* ic iallu */ },
    { "ic_ialluis", A64_SYS, 0xd508711f, /* ic ialluis */ },
    { "ic_ivau", A64_SYS, 0xd50b7523, /* ic ivau, x3 */ .in = { { X(3), T_CODE } } },
    { "tlbi_vmalle1", A64_SYS, 0xd508871f, /* tlbi vmalle1 */ },
    { "tlbi_vae1", A64_SYS, 0xd5088724, /* tlbi vae1, x4 */ },
    { "tlbi_alle2_el1_undef", A64_SYS, 0xd50c871f, /* tlbi alle2 at EL1 */ UNDEF },
    { "tlbi_alle2_el2", A64_SYS, 0xd50c871f, /* tlbi alle2 */ .el = 2 },
    /* PAR_EL1 with F=0 has bit 11 RES1 (D24.2 PAR_EL1, AArch64.EncodePAR);
     * NS (bit 9), UNKNOWN for the Non-secure EL1&0 regime, reports the
     * Non-secure PA space */
    { "at_s1e1r", A64_SYS, 0xd5087805, /* at s1e1r, x5 (Normal memory: HCR_EL2.DC) */
      .in = { { X(5), T_DATA + 0x123 } }, .sr_out = { { SR_PAR_EL1, 0xff00000040100a00 } } },
    { "at_s1e0w", A64_SYS, 0xd5087865, /* at s1e0w, x5 */
      .in = { { X(5), T_DATA + 0xfff } }, .sr_out = { { SR_PAR_EL1, 0xff00000040100a00 } } },
    { "at_address_size_fault", A64_SYS, 0xd5087805, /* at s1e1r, x5 beyond 48-bit PA */
      .in = { { X(5), 1ull << 48 } }, .sr_out = { { SR_PAR_EL1, 0x801 } } },
    { "at_el0_undef", A64_SYS, 0xd5087805, /* at s1e1r, x5 at EL0 */ .el = EL0_, UNDEF },
    { "unknown_undef", A64_SYS, 0xd508f000, /* sys #0, c15, c0, #0, x0 */ UNDEF },

    /* SYSL: no operation exists in Armv8.1 */
    { "unknown_undef", A64_SYSL, 0xd528f000, /* sysl x0, #0, c15, c0, #0 */ UNDEF },
    { "el2_undef", A64_SYSL, 0xd528f000, /* sysl x0, #0, c15, c0, #0 */ .el = 2, .exc_el = 2, UNDEF },
    { "el0_undef", A64_SYSL, 0xd528f000, /* sysl x0, #0, c15, c0, #0 */ .el = EL0_, UNDEF },
};

CASE_SET(sys, c);
