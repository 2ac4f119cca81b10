/*
 * cpu_model.c — ID register values derived from a model's features (Arm ARM
 * D17.2.59-D17.2.69, ID_AA64*), and the generic Armv8.1 model used by the
 * bare machine. A field is non-zero only when the emulator implements what
 * it advertises.
 */
#include <string.h>

#include "xnuemu/cpu.h"
#include "xnuemu/cpu_model.h"

static uint64_t field(uint64_t v, unsigned lsb)
{
    return v << lsb;
}

static unsigned parange_of(unsigned pa_bits)
{
    switch (pa_bits) {
    case 32: return 0;
    case 36: return 1;
    case 40: return 2;
    case 42: return 3;
    case 44: return 4;
    default: return 5;    /* 48 */
    }
}

void cpu_model_derive_ids(CpuModel *m)
{
    uint64_t f = m->features;
    /* PFR0: EL0..EL3 AArch64 only (1), or not implemented (0); FP/AdvSIMD 0
     * when implemented, 0xF when not. GIC system registers: none. */
    m->id_aa64pfr0 = field(1, 0) | field(1, 4) |
                     field(m->has_el2 ? 1 : 0, 8) | field(m->has_el3 ? 1 : 0, 12) |
                     field((f & FEAT_FP) ? 0 : 0xf, 16) |
                     field((f & FEAT_ADVSIMD) ? 0 : 0xf, 20);
    m->id_aa64pfr1 = 0;
    /* DFR0: Armv8 debug architecture (6), 2 breakpoints, 2 watchpoints,
     * 1 context-aware breakpoint (the highest-numbered, DBGB*1), fields
     * holding count-1; no PMU; DoubleLock (0: implemented). These counts
     * decide which DBGB*<n>/DBGW*<n> rows exist (sysreg_debug.def) and what
     * debug_match.c evaluates. */
    m->id_aa64dfr0 = field(6, 0) | field(1, 12) | field(1, 20) | field(0, 28);
    m->id_aa64dfr1 = 0;
    uint64_t aes = (f & FEAT_PMULL) ? 2 : (f & FEAT_AES) ? 1 : 0;
    m->id_aa64isar0 = field(aes, 4) | field((f & FEAT_SHA1) ? 1 : 0, 8) |
                      field((f & FEAT_SHA256) ? 1 : 0, 12) |
                      field((f & FEAT_CRC32) ? 1 : 0, 16) |
                      field((f & FEAT_LSE) ? 2 : 0, 20) |
                      field((f & FEAT_RDM) ? 1 : 0, 28);
    m->id_aa64isar1 = field((f & FEAT_LRCPC) ? 1 : 0, 20);
    /* MMFR0: PARange, 16-bit ASIDs, mixed-endian not supported, 4K, 16K and
     * 64K granules at stage 1 (and stage 2 per the stage-1 fields). */
    m->id_aa64mmfr0 = field(parange_of(m->pa_bits), 0) | field(2, 4) |
                      field(1, 20) /* TGran16 supported */ |
                      field(0, 24) /* TGran64 supported */ |
                      field(0, 28) /* TGran4 supported */;
    m->id_aa64mmfr1 = field(2, 4) /* 16-bit VMIDs */ |
                      field((f & FEAT_VHE) ? 1 : 0, 8) |
                      field((f & FEAT_LOR) ? 1 : 0, 16) |
                      field((f & FEAT_PAN) ? 1 : 0, 20);
    m->id_aa64mmfr2 = field((f & FEAT_UAO) ? 1 : 0, 4);
    /* CTR_EL0: 64-byte lines (log2 words = 4) for I and D, ERG and CWG 64
     * bytes, PIPT I-cache, IDC/DIC not claimed. */
    m->ctr = (UINT64_C(1) << 31) | field(4, 0) | field(3, 14) | field(4, 16) |
             field(4, 20) | field(4, 24);
    /* DCZID_EL0.BS = log2(64 bytes / 4) = 4; DZP=0 (DC ZVA permitted). */
    m->dczid = 4;
    /* CLIDR: L1 separate I+D, L2 unified; LoC = LoUU = LoUIS = 2. */
    m->clidr = field(3, 0) | field(4, 3) | field(2, 21) | field(2, 24) | field(2, 27);
}

void cpu_model_generic_v81(CpuModel *m, unsigned max_el)
{
    memset(m, 0, sizeof(*m));
    m->name = "generic-v8.1";
    m->features = FEAT_FP | FEAT_ADVSIMD | FEAT_CRC32 | FEAT_LSE | FEAT_PAN | FEAT_LOR |
                  FEAT_RDM | FEAT_VHE | FEAT_LRCPC | FEAT_UAO | FEAT_AES | FEAT_PMULL |
                  FEAT_SHA1 | FEAT_SHA256;
    m->max_el = (uint8_t)max_el;
    m->has_el2 = max_el >= 2;
    m->has_el3 = max_el >= 3;
    m->pa_bits = 48;
    /* Implementer 0x00 is reserved for software use; architecture 0xF: the
     * ID registers describe the features. */
    m->midr = UINT64_C(0x000f0000);
    m->mpidr = UINT64_C(0x80000000);
    m->cntfrq = 62500000;     /* 62.5 MHz, as QEMU's virt board */
    cpu_model_derive_ids(m);
}

void cpu_model_apple_hurricane(CpuModel *m, uint64_t cntfrq)
{
    memset(m, 0, sizeof(*m));
    m->name = "apple-hurricane";
    m->features = FEAT_FP | FEAT_ADVSIMD | FEAT_CRC32 | FEAT_PAN | FEAT_LSE | FEAT_LRCPC |
                  FEAT_AES | FEAT_PMULL | FEAT_SHA1 | FEAT_SHA256;
    m->max_el = 1;
    m->pa_bits = 40;
    /* Implementer 0x61 (Apple), variant 1 (B0), architecture 0xF, part
     * 0x006 (Hurricane), revision 0. Cluster 0, core 0, MT=0; bit 31 RES1. */
    m->midr = UINT64_C(0x611f0060);
    m->mpidr = UINT64_C(0x80000000);
    m->cntfrq = cntfrq;
    m->apple_impdef = true;
    cpu_model_derive_ids(m);
}
