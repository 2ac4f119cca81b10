/*
 * fpsimd.c — the FP/SIMD enable check behind fp_check(): CPACR_EL1.FPEN,
 * CPTR_EL2.TFP/FPEN and CPTR_EL3.TFP (sysreg_fp_access), raising the
 * "access to SIMD or floating-point functionality" trap (EC 0x07, ISS
 * CV=1, COND=0b1110 for AArch64) to the EL that controls it (Arm ARM
 * D1.13.x, D17.2.37). A passing check is cached until something that
 * affects it changes.
 */
#include "fpsimd.h"

bool fp_check_slow(CpuState *cpu)
{
    SrAccess a = sysreg_fp_access(cpu);
    if (a == SR_OK) {
        cpu->fp_ok = true;
        return true;
    }
    cpu_fault(cpu, EC_FP_ACCESS, 0x1e00000);
    cpu->pending.target_el = (uint8_t)(a - SR_FPTRAP_EL1 + 1);
    return false;
}
