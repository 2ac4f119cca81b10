/*
 * sysreg_apple.c — behaviour of the Apple fast-IPI registers (A11 and
 * later; facts from XNU's osfmk/arm64 cpu signalling code and the public
 * Asahi Linux documentation): a write to IPI_RR_LOCAL/GLOBAL requests an
 * IPI for a target core (bits 3:0, cluster 20:16 for GLOBAL; type 29:28:
 * 0 immediate, 1 retract, 2 deferred, 3 no-wake); a pending IPI sets
 * IPI_SR bit 0 and asserts the core's FIQ; writing 1 to IPI_SR bit 0
 * clears it. Deferred IPIs are delivered at once (IPI_CR's countdown only
 * delays them on hardware). With one emulated core, an IPI for another core
 * is logged and dropped.
 */
#include "sysreg_hooks.h"
#include "xnuemu/exec_loop.h"
#include "xnuemu/log.h"

#define IPI_SR_PENDING 1u
#define IPI_TYPE_RETRACT 1u

static void ipi_set(CpuState *cpu, bool pending)
{
    if (pending)
        cpu->sr[SR_IPI_SR] |= IPI_SR_PENDING;
    else
        cpu->sr[SR_IPI_SR] &= ~(uint64_t)IPI_SR_PENDING;
    cpu_drive_irq(cpu, CPU_IN_FIQ, IRQ_SRC_FAST_IPI, pending);
}

int sr_wr_ipi_rr(CpuState *cpu, const SysRegDesc *d, uint64_t val)
{
    val &= d->wmask;
    cpu->sr[d->idx] = val;
    uint64_t mpidr = cpu->sr[SR_MPIDR_EL1];
    bool self = (val & 0xf) == (mpidr & 0xff);
    if (d->idx == SR_IPI_RR_GLOBAL)
        self = self && ((val >> 16) & 0x1f) == ((mpidr >> 8) & 0xff);
    if (!self) {
        LOG(cpu->log, LOG_UNIMP, "pc 0x%llx: %s 0x%llx: IPI for a core this machine does not "
            "have, dropped\n", (unsigned long long)cpu->pc, d->name, (unsigned long long)val);
        return EXEC_NEXT;
    }
    ipi_set(cpu, ((val >> 28) & 3) != IPI_TYPE_RETRACT);
    return EXEC_NEXT;
}

int sr_rd_ipi_sr(CpuState *cpu, const SysRegDesc *d, uint64_t *val)
{
    (void)d;
    *val = cpu->sr[SR_IPI_SR] & IPI_SR_PENDING;
    return EXEC_NEXT;
}

int sr_wr_ipi_sr(CpuState *cpu, const SysRegDesc *d, uint64_t val)
{
    (void)d;
    if (val & IPI_SR_PENDING)
        ipi_set(cpu, false);
    return EXEC_NEXT;
}
