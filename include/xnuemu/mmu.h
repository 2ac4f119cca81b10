/*
 * mmu.h — address translation for the slow paths: one translation of a
 * virtual address in a given regime, with the permission check of the
 * access kind, producing a physical address and memory attributes or an
 * abort in cpu->pending. Arm ARM D8 (VMSAv8-64), D8.2.x (stage 1 disabled).
 */
#ifndef XNUEMU_MMU_H
#define XNUEMU_MMU_H

#include "cpu.h"

typedef struct TransResult {
    uint64_t pa;
    bool device;          /* Device memory: unaligned accesses fault */
    bool readable, writable;  /* at the privilege of the regime used */
} TransResult;

/* Translate va for an access with MEM_* flags in `regime`. On a fault,
 * fills cpu->pending (unless MEM_NOFAULT) and returns false. */
bool mmu_translate(CpuState *cpu, uint64_t va, unsigned flags, unsigned regime,
                   TransResult *out) MUST_CHECK;

/* The decoded page holding pc (fills the ITLB). NULL with an instruction
 * abort pending, or with cpu->halt_reason set. */
DecodedPage *mmu_fetch_page(CpuState *cpu, uint64_t pc);

/* SCTLR_ELx governing a regime. */
uint64_t mmu_regime_sctlr(const CpuState *cpu, unsigned regime);

/* The regime LDTR/STTR use at the current EL (Arm ARM D1.6.x, UAO). */
unsigned mmu_unpriv_regime(const CpuState *cpu);

/* Fault helpers: record a data abort / alignment fault for va. */
bool mmu_data_abort(CpuState *cpu, uint64_t va, unsigned dfsc, unsigned flags);

/* Fault status codes (DFSC/IFSC), Arm ARM D17.2.37 */
#define FSC_ADDR_SIZE(l)   (0x00 | (l))
#define FSC_TRANSLATION(l) (0x04 | (l))
#define FSC_ACCESS(l)      (0x08 | (l))
#define FSC_PERMISSION(l)  (0x0c | (l))
#define FSC_EXTERNAL       0x10
#define FSC_EXTERNAL_WALK(l) (0x14 | (l))
#define FSC_ALIGNMENT      0x21

#endif
