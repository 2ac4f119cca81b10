/*
 * mmu_insn.h — instruction words the MMU tests run (encoded with
 * tools/asm-words), and the ESR values they expect: EC (Arm ARM D24.2.46
 * ESR_ELx, Table EC), IL, and the Data/Instruction Abort ISS fields.
 */
#ifndef TESTS_MMU_INSN_H
#define TESTS_MMU_INSN_H

#define I_LDR_X1_X0     0xf9400001u   /* ldr x1, [x0] */
#define I_STR_X2_X0     0xf9000002u   /* str x2, [x0] */
#define I_STR_X2_X6     0xf90000c2u   /* str x2, [x6] */
#define I_LDR_W1_X0     0xb9400001u   /* ldr w1, [x0] */
#define I_LDRB_W1_X0    0x39400001u   /* ldrb w1, [x0] */
#define I_LDRSB_X1_X0   0x39800001u   /* ldrsb x1, [x0] */
#define I_LDRSB_W1_X0   0x39c00001u   /* ldrsb w1, [x0] */
#define I_LDRH_W1_X0_2  0x79400401u   /* ldrh w1, [x0, #2] */
#define I_LDRSW_X1_X0   0xb9800001u   /* ldrsw x1, [x0] */
#define I_LDUR_X1_M8    0xf85f8001u   /* ldur x1, [x0, #-8] */
#define I_LDAR_X1_X0    0xc8dffc01u   /* ldar x1, [x0] */
#define I_STLR_W2_X0    0x889ffc02u   /* stlr w2, [x0] */
#define I_LDAPR_X1_X0   0xf8bfc001u   /* ldapr x1, [x0] */
#define I_LDP_X1_X2_X0  0xa9400801u   /* ldp x1, x2, [x0] */
#define I_LDR_PRE       0xf8408c01u   /* ldr x1, [x0, #8]! */
#define I_LDR_POST      0xf8408401u   /* ldr x1, [x0], #8 */
#define I_STR_W2_X0_X6  0xb8266802u   /* str w2, [x0, x6] */
#define I_LDXR_X1_X0    0xc85f7c01u   /* ldxr x1, [x0] */
#define I_LDADD         0xf8220001u   /* ldadd x2, x1, [x0] */
#define I_LDR_Q1_X0     0x3dc00001u   /* ldr q1, [x0] */
#define I_LDR_X30_X0    0xf940001eu   /* ldr x30, [x0] */
#define I_STR_XZR_X0    0xf900001fu   /* str xzr, [x0] */
#define I_LDR_LIT8      0x58000041u   /* ldr x1, #8 (literal) */
#define I_LDTR_X1_X0    0xf8400801u   /* ldtr x1, [x0] */
#define I_STTR_X2_X0    0xf8000802u   /* sttr x2, [x0] */
#define I_LDTRB_W1_X0   0x38400801u   /* ldtrb w1, [x0] */
#define I_LDR_X1_SP     0xf94003e1u   /* ldr x1, [sp] */
#define I_BR_X0         0xd61f0000u   /* br x0 */
#define I_BLR_X0        0xd63f0000u   /* blr x0 */

#define I_AT_S1E1R      0xd5087800u   /* at s1e1r, x0 */
#define I_AT_S1E1W      0xd5087820u
#define I_AT_S1E0R      0xd5087840u
#define I_AT_S1E0W      0xd5087860u
#define I_AT_S1E2R      0xd50c7800u
#define I_AT_S1E2W      0xd50c7820u
#define I_AT_S1E3R      0xd50e7800u
#define I_AT_S1E3W      0xd50e7820u
#define I_AT_S12E1R     0xd50c7880u
#define I_AT_S12E1W     0xd50c78a0u
#define I_AT_S12E0R     0xd50c78c0u
#define I_AT_S12E0W     0xd50c78e0u
#define I_MRS_X3_PAR    0xd5387403u   /* mrs x3, par_el1 */

#define I_MSR_TTBR0_X4  0xd5182004u   /* msr ttbr0_el1, x4 */
#define I_MSR_TCR_X4    0xd5182044u   /* msr tcr_el1, x4 */
#define I_MSR_SCTLR_X4  0xd5181004u   /* msr sctlr_el1, x4 */
#define I_MSR_PAN_1     0xd500419fu
#define I_MSR_PAN_0     0xd500409fu
#define I_MSR_UAO_1     0xd500417fu

#define I_DC_CIVAC      0xd50b7e20u   /* dc civac, x0 */
#define I_DC_IVAC       0xd5087620u
#define I_DC_CVAC       0xd50b7a20u
#define I_DC_ZVA        0xd50b7420u
#define I_IC_IVAU       0xd50b7520u
#define I_DSB_ISH       0xd5033b9fu
#define I_ISB           0xd5033fdfu
#define I_NOP           0xd503201fu
#define I_SVC0          0xd4000001u
#define I_ADD_X7_1      0x910004e7u   /* add x7, x7, #1 */

/* ESR = EC << 26 | IL | ISS */
#define ESR_DABT_SAME(iss)  (UINT64_C(0x25) << 26 | UINT64_C(1) << 25 | (iss))
#define ESR_DABT_LOWER(iss) (UINT64_C(0x24) << 26 | UINT64_C(1) << 25 | (iss))
#define ESR_IABT_SAME(iss)  (UINT64_C(0x21) << 26 | UINT64_C(1) << 25 | (iss))
#define ESR_IABT_LOWER(iss) (UINT64_C(0x20) << 26 | UINT64_C(1) << 25 | (iss))
#define ISS_WNR   (1u << 6)
#define ISS_S1PTW (1u << 7)
#define ISS_CM    (1u << 8)
#define FSC_ADDR(l)  (0x00u | (l))
#define FSC_TRANS(l) (0x04u | (l))
#define FSC_AF(l)    (0x08u | (l))
#define FSC_PERM(l)  (0x0cu | (l))
#define FSC_EXT      0x10u
#define FSC_EXTW(l)  (0x14u | (l))
#define FSC_ALIGN    0x21u

/* PAR_EL1 with F=0: ATTR, PA, SH, RES1 bit 11; NS (bit 9) is UNKNOWN for
 * a Non-secure regime and bit 10 IMPLEMENTATION DEFINED: compare under
 * PAR_MASK. F=1: FST, PTW, S, RES1 bit 11; bits 63:48 IMP DEF. */
#define PAR_OK(attr, pa, sh) ((uint64_t)(attr) << 56 | ((pa) & UINT64_C(0xfffffffff000)) | \
                              (uint64_t)(sh) << 7 | UINT64_C(1) << 11)
#define PAR_MASK  (~(UINT64_C(3) << 9))
#define PAR_FAULT(fst, ptw, s) (UINT64_C(1) << 11 | (uint64_t)(s) << 9 | (uint64_t)(ptw) << 8 | \
                                (uint64_t)(fst) << 1 | 1)
#define PAR_FMASK (UINT64_C(0x0000ffffffffffff) & ~(UINT64_C(1) << 10))

#endif
