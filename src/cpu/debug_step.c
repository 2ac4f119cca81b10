/*
 * debug_step.c — software step for the guest (Arm ARM D2.12 "Software
 * Step exceptions"; pseudocode AArch64.CheckSoftwareStep, SSAdvance,
 * DebugExceptionReturnSS, AArch64.SoftwareStepException).
 *
 * The state machine: step is active when MDSCR_EL1.SS = 1 and debug
 * exceptions are enabled from the current EL (hwdbg_enabled); then
 * PSTATE.SS = 1 is active-not-pending (the next instruction runs alone and,
 * when it completes, PSTATE.SS becomes 0) and PSTATE.SS = 0 is
 * active-pending (a Software Step exception is taken before the next
 * instruction). Exception entry saves PSTATE.SS in SPSR_ELx.SS and clears
 * it; SVC, HVC and SMC complete first, so they save 0; an instruction that
 * faults saves 1 and is stepped again after the return. ERET sets PSTATE.SS
 * from SPSR.SS only when step is inactive where the ERET runs and active
 * where it returns; an ERET that is itself stepped returns active-pending.
 *
 * Choices where the architecture allows either: ESR.ISV is 1 after a
 * stepped ERET (EX = 0) and 0 after any exception entry; an instruction
 * completing while step is inactive leaves PSTATE.SS alone (only reachable
 * by changing MDSCR_EL1.SS or PSTATE.D mid-step); interrupts are taken
 * before a pending Software Step exception.
 */
#include <string.h>

#include "xnuemu/dcache.h"
#include "xnuemu/hwdebug.h"
#include "xnuemu/sysreg.h"

/* LDXR, LDAXR, LDXP, LDAXP (C4.1.x, load/store exclusive with o2=0, L=1). */
static bool is_load_exclusive(uint32_t raw)
{
    return (raw & 0x3fc00000u) == 0x08400000u;
}

int hwdbg_step_begin(CpuState *cpu)
{
    if (!hwdbg_enabled(cpu))
        return 0;
    if (!cpu->ps.ss) {            /* active-pending */
        uint32_t iss = DBG_FSC;
        if (cpu->hwdbg.ss_did_step)
            iss |= UINT32_C(1) << 24 | (uint32_t)cpu->hwdbg.ss_ex << 6;
        ExcInfo e = { .ec = EC_SSTEP_SAME, .iss = iss, .il = true,
                      .target_el = (uint8_t)hwdbg_target_el(cpu) };
        exc_take_sync(cpu, &e, cpu->pc);
        return -1;
    }
    cpu->hwdbg.ss_advance = true;     /* active-not-pending: step one */
    return 1;
}

void hwdbg_step_done(CpuState *cpu, uint64_t pc, uint64_t icount_before)
{
    if (!cpu->hwdbg.ss_advance)
        return;                       /* an exception entry or ERET took over */
    cpu->hwdbg.ss_advance = false;
    if (cpu->icount == icount_before)
        return;                       /* nothing completed (the run halted) */
    cpu->ps.ss = 0;
    cpu->hwdbg.ss_did_step = true;
    uint32_t raw = 0;
    const DecodedPage *dp = cpu->cur_dp;   /* the page the stepped insn came from */
    if (dp)
        memcpy(&raw, dp->host + (pc & TLB_PAGE_MASK), 4);
    cpu->hwdbg.ss_ex = is_load_exclusive(raw);
}

void hwdbg_exception_entry(CpuState *cpu, uint32_t ec)
{
    if ((ec == EC_SVC64 || ec == EC_HVC64 || ec == EC_SMC64) && cpu->ps.ss &&
        (cpu->sr[SR_MDSCR_EL1] & MDSCR_SS))
        cpu->ps.ss = 0;               /* SSAdvance: the call completed */
    cpu->hwdbg.ss_advance = false;
    cpu->hwdbg.ss_did_step = false;
    cpu->hwdbg.ss_ex = false;
}

uint8_t hwdbg_eret_ss(CpuState *cpu, uint64_t spsr, unsigned dest_el)
{
    uint8_t ss = 0;
    bool stepped = false;
    if (cpu->sr[SR_MDSCR_EL1] & MDSCR_SS) {
        bool at_source = hwdbg_enabled(cpu);
        bool at_dest = hwdbg_enabled_from(cpu, dest_el, (spsr >> 9) & 1);
        if (!at_source && at_dest)
            ss = (uint8_t)((spsr >> 21) & 1);
        stepped = at_source && cpu->ps.ss;
    }
    cpu->hwdbg.ss_advance = false;
    cpu->hwdbg.ss_did_step = stepped;
    cpu->hwdbg.ss_ex = false;
    return ss;
}
