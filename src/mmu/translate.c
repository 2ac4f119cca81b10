/*
 * translate.c — one translation of a VA in a regime: which controls apply
 * (SCTLR/TCR/HCR of the regime), top-byte-ignore, and the stage-1-disabled
 * ("MMU off") mapping with its output-size check and memory type: Device-
 * nGnRnE for data, Normal for instruction fetches, Normal for data when
 * HCR_EL2.DC is set. Arm ARM D8.2.x (stage 1 disabled), D8.8 (TBI),
 * D8.3 (output address size).
 * Enabled stage-1 and stage-2 translation is not implemented yet: such an
 * access stops the run with a message naming what is missing.
 */
#include <stdio.h>

#include "xnuemu/cpu_model.h"
#include "xnuemu/mem.h"
#include "xnuemu/mmu.h"
#include "xnuemu/sysreg.h"

unsigned mmu_unpriv_regime(const CpuState *cpu)
{
    if (cpu->ps.uao)
        return cpu->regime;
    switch (cpu->regime) {
    case REGIME_EL10_1:
    case REGIME_EL10_1_PAN:
        return REGIME_EL10_0;
    case REGIME_EL20_2:
    case REGIME_EL20_2_PAN:
        return (cpu_hcr(cpu) & HCR_TGE) ? REGIME_EL20_0 : cpu->regime;
    default:
        return cpu->regime;
    }
}

uint64_t mmu_regime_sctlr(const CpuState *cpu, unsigned regime)
{
    switch (regime) {
    case REGIME_EL10_0: case REGIME_EL10_1: case REGIME_EL10_1_PAN:
        return cpu->sr[SR_SCTLR_EL1];
    case REGIME_EL3:
        return cpu->sr[SR_SCTLR_EL3];
    default:
        return cpu->sr[SR_SCTLR_EL2];
    }
}

/* Top-byte-ignore for va in the regime (AArch64.AddrTop). */
static bool regime_tbi(const CpuState *cpu, unsigned regime, uint64_t va)
{
    switch (regime) {
    case REGIME_EL10_0: case REGIME_EL10_1: case REGIME_EL10_1_PAN:
        return bits64(cpu->sr[SR_TCR_EL1], (va >> 55) & 1 ? 38 : 37, 1);
    case REGIME_EL3:
        return bits64(cpu->sr[SR_TCR_EL3], 20, 1);
    default:
        return bits64(cpu->sr[SR_TCR_EL2], 20, 1);
    }
}

bool mmu_data_abort(CpuState *cpu, uint64_t va, unsigned dfsc, unsigned flags)
{
    if (flags & MEM_NOFAULT)
        return false;
    if (flags & MEM_FETCH) {
        cpu->pending = (ExcInfo){ .ec = EC_IABT_SAME, .iss = dfsc, .il = true,
                                  .far_valid = true, .far = va };
        return false;
    }
    /* WnR: set for writes and cache maintenance. An atomic read-modify-write
     * reports WnR=0 unless the fault is a permission fault on a page that
     * can be read (the caller passes MEM_WRITE for that case): Arm ARM
     * D17.2.37, ISS encoding for a Data Abort, WnR. */
    uint32_t iss = dfsc;
    if (flags & (MEM_WRITE | MEM_DCZVA | MEM_CMO))
        iss |= 1u << 6;
    if (flags & MEM_CMO)
        iss |= 1u << 8;                         /* CM */
    cpu->pending = (ExcInfo){ .ec = EC_DABT_SAME, .iss = iss, .il = true,
                              .far_valid = true, .far = va };
    return false;
}

static bool stage1_enabled(const CpuState *cpu, unsigned regime)
{
    uint64_t hcr = cpu_hcr(cpu);
    bool el10 = regime <= REGIME_EL10_1_PAN;
    if (el10 && (hcr & (HCR_TGE | HCR_DC)))
        return false;
    return (mmu_regime_sctlr(cpu, regime) & SCTLR_M) != 0;
}

bool mmu_translate(CpuState *cpu, uint64_t va, unsigned flags, unsigned regime, TransResult *out)
{
    bool el10 = regime <= REGIME_EL10_1_PAN;
    uint64_t hcr = cpu_hcr(cpu);
    if (stage1_enabled(cpu, regime) || (el10 && (hcr & HCR_VM))) {
        if (!(flags & MEM_NOFAULT)) {
            snprintf(cpu->halt_msg, sizeof(cpu->halt_msg),
                     "EL%u pc=0x%016llx: translation with the MMU on (%s) is not implemented yet",
                     cpu->ps.el, (unsigned long long)cpu->pc,
                     stage1_enabled(cpu, regime) ? "SCTLR_ELx.M=1" : "HCR_EL2.VM=1");
            cpu->halt_reason = HALT_ERROR;
        }
        return false;
    }
    /* Stage 1 disabled: flat mapping, output-size check on the address
     * without its tag. */
    unsigned top = regime_tbi(cpu, regime, va) ? 55 : 63;
    unsigned pa_bits = cpu->model->pa_bits;
    if (bits64(va, pa_bits, top + 1 - pa_bits) != 0)
        return mmu_data_abort(cpu, va, FSC_ADDR_SIZE(0), flags);
    out->pa = va & ones64(pa_bits);
    out->device = !(flags & MEM_FETCH) && !(el10 && (hcr & HCR_DC));
    out->readable = out->writable = true;
    return true;
}
