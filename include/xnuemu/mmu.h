/*
 * mmu.h — address translation for the slow paths: a VA in a translation
 * regime, through stage 1 and (for EL1&0 under a hypervisor) stage 2, with
 * the permissions of the regime's view (EL0, EL1, EL1 with PAN, ...) and
 * the memory type. Faults are recorded in cpu->pending as the abort the
 * architecture takes. Arm ARM D8 (VMSAv8-64).
 */
#ifndef XNUEMU_MMU_H
#define XNUEMU_MMU_H

#include "cpu.h"

typedef struct TransResult {
    uint64_t pa;
    uint64_t ipa;             /* stage-1 output (= pa without stage 2) */
    bool device;              /* Device memory: unaligned accesses fault */
    bool readable, writable, executable;   /* for the regime's view */
    uint8_t attr;             /* memory attributes, MAIR encoding (PAR.ATTR) */
    uint8_t sh;               /* shareability (PAR.SH) */
    bool ns;                  /* output in the Non-secure PA space (PAR.NS) */
    uint8_t size_log2;        /* smallest mapping used (TLB invalidation) */
} TransResult;

/* Extra flag for mmu_translate: AT S1E*: stage 1 only (stage-2 faults on
 * the stage-1 walk still fault). */
#define MEM_S1ONLY (1u << 15)

/* Extra flag for mmu_translate: the access is not aligned to its size.
 * With it (and for MEM_DCZVA) a Device memory type raises the Alignment
 * fault at the stage whose attributes made the memory Device, before that
 * stage's permission check (Arm ARM J1 AArch64.S1HasAlignmentFault,
 * AArch64.S2HasAlignmentFault): stage 1 to the regime's EL, stage 2 to
 * EL2 as a stage-2 fault. */
#define MEM_MISALIGNED (1u << 14)

/* Translate va for an access with MEM_* flags in `regime`, checking the
 * access's permission. On a fault, fills cpu->pending (unless
 * MEM_NOFAULT) and returns false. */
bool mmu_translate(CpuState *cpu, uint64_t va, unsigned flags, unsigned regime,
                   TransResult *out) MUST_CHECK;

/* The decoded page holding pc (fills the ITLB). NULL with an instruction
 * abort pending, or with cpu->halt_reason set. */
DecodedPage *mmu_fetch_page(CpuState *cpu, uint64_t pc);

/* SCTLR_ELx governing a regime. */
uint64_t mmu_regime_sctlr(const CpuState *cpu, unsigned regime);

/* The regime LDTR/STTR use at the current EL (Arm ARM D1.6.x, UAO). */
unsigned mmu_unpriv_regime(const CpuState *cpu);

/* The current EL's regime as a privileged access without PAN sees it:
 * what a debugger or a report reading guest memory translates with. */
unsigned mmu_debug_regime(const CpuState *cpu);

/* Fault helper: record a stage-1 data/instruction abort for va. */
bool mmu_data_abort(CpuState *cpu, uint64_t va, unsigned dfsc, unsigned flags);

/* TLB maintenance (tlb.c): regimes as a bit mask of 1 << REGIME_*. */
#define REGIMES_EL10 ((1u << REGIME_EL10_0) | (1u << REGIME_EL10_1) | (1u << REGIME_EL10_1_PAN))
#define REGIMES_EL2  (1u << REGIME_EL2)
#define REGIMES_EL20 ((1u << REGIME_EL20_0) | (1u << REGIME_EL20_2) | (1u << REGIME_EL20_2_PAN))
#define REGIMES_EL3  (1u << REGIME_EL3)
#define REGIMES_ALL  ((1u << REGIME_COUNT) - 1)
void tlb_flush_regimes(CpuState *cpu, unsigned regimes);
/* Every cached translation of va (any ASID) in those regimes. */
void tlb_flush_va(CpuState *cpu, unsigned regimes, uint64_t va);
/* Note a mapping of 2^size_log2 bytes was cached in a regime. */
void tlb_note_size(CpuState *cpu, unsigned regime, unsigned size_log2);

/* Fault status codes (DFSC/IFSC), Arm ARM D17.2.37 */
#define FSC_ADDR_SIZE(l)   (0x00 | (l))
#define FSC_TRANSLATION(l) (0x04 | (l))
#define FSC_ACCESS(l)      (0x08 | (l))
#define FSC_PERMISSION(l)  (0x0c | (l))
#define FSC_EXTERNAL       0x10
#define FSC_EXTERNAL_WALK(l) (0x14 | (l))
#define FSC_ALIGNMENT      0x21

#endif
