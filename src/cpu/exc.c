/*
 * exc.c — taking exceptions and returning from them, AArch64 only.
 * Arm ARM D1.10 (exception entry: AArch64.TakeException — target EL,
 * ESR/FAR/ELR/SPSR, PSTATE on entry, vector offsets), D1.11 (ERET and
 * illegal exception returns: AArch64.ExceptionReturn), D1.13.4 (routing and
 * masking of IRQ, FIQ and SError, physical and virtual).
 */
#include <stdio.h>
#include <string.h>

#include "xnuemu/cpu_model.h"
#include "xnuemu/features.h"
#include "xnuemu/hwdebug.h"
#include "xnuemu/mem.h"
#include "xnuemu/sysreg.h"
#include "xnuemu/trace.h"

enum { VEC_SYNC = 0, VEC_IRQ = 1, VEC_FIQ = 2, VEC_SERROR = 3 };

static const uint16_t sr_vbar[4] = { 0, SR_VBAR_EL1, SR_VBAR_EL2, SR_VBAR_EL3 };
static const uint16_t sr_elr[4] = { 0, SR_ELR_EL1, SR_ELR_EL2, SR_ELR_EL3 };
static const uint16_t sr_spsr[4] = { 0, SR_SPSR_EL1, SR_SPSR_EL2, SR_SPSR_EL3 };
static const uint16_t sr_esr[4] = { 0, SR_ESR_EL1, SR_ESR_EL2, SR_ESR_EL3 };
static const uint16_t sr_far[4] = { 0, SR_FAR_EL1, SR_FAR_EL2, SR_FAR_EL3 };
static const uint16_t sr_sctlr[4] = { SR_SCTLR_EL1, SR_SCTLR_EL1, SR_SCTLR_EL2, SR_SCTLR_EL3 };

const char *exc_class_name(uint32_t ec)
{
    switch (ec) {
    case EC_UNKNOWN: return "unknown reason (UNDEFINED)";
    case EC_WFX: return "WFI/WFE trap";
    case EC_FP_ACCESS: return "FP/SIMD access trap";
    case EC_ILLEGAL: return "illegal execution state";
    case EC_SVC64: return "SVC";
    case EC_HVC64: return "HVC";
    case EC_SMC64: return "SMC";
    case EC_SYSREG: return "MSR/MRS/SYS trap";
    case EC_IABT_LOWER: return "instruction abort from a lower EL";
    case EC_IABT_SAME: return "instruction abort";
    case EC_PC_ALIGN: return "PC alignment fault";
    case EC_DABT_LOWER: return "data abort from a lower EL";
    case EC_DABT_SAME: return "data abort";
    case EC_SP_ALIGN: return "SP alignment fault";
    case EC_FP_EXC64: return "FP exception";
    case EC_SERROR: return "SError";
    case EC_BKPT_LOWER: case EC_BKPT_SAME: return "breakpoint";
    case EC_SSTEP_LOWER: case EC_SSTEP_SAME: return "software step";
    case EC_WATCH_LOWER: case EC_WATCH_SAME: return "watchpoint";
    case EC_BRK64: return "BRK";
    default: return "other";
    }
}

/* Abort-like classes have a "lower EL" twin one below the "same EL" one. */
static uint32_t ec_for_target(uint32_t ec, unsigned from, unsigned to)
{
    if (to > from && (ec == EC_IABT_SAME || ec == EC_DABT_SAME || ec == EC_BKPT_SAME ||
                      ec == EC_SSTEP_SAME || ec == EC_WATCH_SAME))
        return ec - 1;
    return ec;
}

/* Exceptions that repeat identically with at most this many instructions
 * between them, this many times, mean a vector that faults on itself (XNU's
 * vectors dereference TPIDR_EL1, which is 0 early in boot). */
#define REPEAT_GAP   32u
#define REPEAT_LIMIT 256u

static bool same_exc(const ExcRecord *a, const ExcRecord *b)
{
    return a->valid && b->valid && a->esr == b->esr && a->elr == b->elr && a->far == b->far &&
           a->vector == b->vector && a->sync == b->sync;
}

static bool note_repeat(CpuState *cpu, const ExcRecord *r, uint64_t gap)
{
    if (gap <= REPEAT_GAP && same_exc(r, &cpu->exc_hist[0])) {
        if (++cpu->exc_repeat < REPEAT_LIMIT)
            return true;
        snprintf(cpu->halt_msg, sizeof(cpu->halt_msg),
                 "guest is stuck: the same exception (ESR 0x%08x at ELR 0x%016llx, FAR "
                 "0x%016llx) keeps arriving at EL%u vector 0x%016llx: the vector faults on "
                 "itself", r->esr, (unsigned long long)r->elr, (unsigned long long)r->far,
                 r->to_el, (unsigned long long)r->vector);
        cpu->stuck_pc = r->elr;
        cpu->halt_reason = HALT_STUCK;
        return false;
    }
    cpu->exc_repeat = 0;
    if (!same_exc(r, &cpu->exc_hist[0])) {
        memmove(&cpu->exc_hist[1], &cpu->exc_hist[0],
                sizeof(cpu->exc_hist) - sizeof(cpu->exc_hist[0]));
        cpu->exc_hist[0] = *r;
    }
    return true;
}

/* Mark a run of exceptions that retire no instruction: a guest whose
 * vector itself faults would otherwise spin for ever. */
static bool note_exception(CpuState *cpu, uint64_t vector, uint32_t ec)
{
    if (cpu->icount == cpu->exc_icount && cpu->exc_streak != UINT32_MAX)
        cpu->exc_streak++;
    else
        cpu->exc_streak = 0;
    cpu->exc_icount = cpu->icount;
    if (cpu->exc_streak < 64)
        return true;
    snprintf(cpu->halt_msg, sizeof(cpu->halt_msg),
             "guest is stuck: exceptions keep arriving at EL%u vector 0x%016llx without any "
             "instruction completing (last: %s, ESR 0x%08llx, FAR 0x%016llx)",
             cpu->ps.el, (unsigned long long)vector, exc_class_name(ec),
             (unsigned long long)cpu->sr[sr_esr[cpu->ps.el ? cpu->ps.el : 1]],
             (unsigned long long)cpu->sr[sr_far[cpu->ps.el ? cpu->ps.el : 1]]);
    cpu->halt_reason = HALT_STUCK;
    return false;
}

/* Common entry (AArch64.TakeException). */
static void take(CpuState *cpu, unsigned target, unsigned vec, uint64_t preferred_return,
                 const ExcInfo *e)
{
    unsigned from = cpu->ps.el;
    hwdbg_exception_entry(cpu, e ? e->ec : 0);     /* PSTATE.SS before SPSR (D2.12) */
    uint64_t spsr = cpu_get_spsr_bits(cpu);
    uint64_t offset = target > from ? 0x400 : (cpu->ps.sp ? 0x200 : 0);
    uint64_t vector = (cpu->sr[sr_vbar[target]] & ~UINT64_C(0x7ff)) + offset + vec * 0x80;

    if (e) {
        uint32_t ec = ec_for_target(e->ec, from, target);
        cpu->sr[sr_esr[target]] = (uint64_t)ec << 26 | (uint64_t)(e->il ? 1 : 0) << 25 |
                                  (e->iss & 0x1ffffff);
        if (e->far_valid)
            cpu->sr[sr_far[target]] = e->far;
        if (e->ipa_valid && target == 2)
            cpu->sr[SR_HPFAR_EL2] = (e->ipa >> 12) << 4;
    }
    cpu->sr[sr_spsr[target]] = spsr;
    cpu->sr[sr_elr[target]] = preferred_return;

    cpu_set_el_sp(cpu, target, 1);
    cpu->ps.daif = DAIF_D | DAIF_A | DAIF_I | DAIF_F;
    cpu->ps.ss = 0;
    cpu->ps.il = 0;
    if (cpu->model->features & FEAT_PAN) {
        bool el20 = target == 2 && (cpu_hcr(cpu) & (HCR_E2H | HCR_TGE)) == (HCR_E2H | HCR_TGE);
        if ((target == 1 || el20) && !(cpu->sr[sr_sctlr[target]] & SCTLR_SPAN))
            cpu->ps.pan = 1;
    }
    cpu->ps.uao = 0;
    cpu_update_regime(cpu);
    cpu->wfi = false;
    cpu->pc = vector;

    static const char *const kind[4] = { "sync", "IRQ", "FIQ", "SError" };
    bool shown = unlikely(cpu->log->mask & (LOG_INT | LOG_MMU)) &&
                 trace_want_opt(cpu->trace, preferred_return, from);   /* --trace-range/-el */
    if (e && unlikely(cpu->log->mask & LOG_INT) && shown) {
        char words[200];
        log_printf(cpu->log,
            "int: %s EL%u->EL%u %s ELR 0x%016llx FAR 0x%016llx -> 0x%016llx\n",
            kind[vec], from, target,
            esr_describe((uint32_t)cpu->sr[sr_esr[target]], words, sizeof(words)),
            (unsigned long long)preferred_return,
            (unsigned long long)(e->far_valid ? e->far : 0), (unsigned long long)vector);
    }
    uint32_t final_ec = (uint32_t)(cpu->sr[sr_esr[target]] >> 26);
    if (e && unlikely(cpu->log->mask & LOG_MMU) && shown &&
        (final_ec == EC_DABT_SAME || final_ec == EC_IABT_SAME ||
         final_ec == EC_DABT_LOWER || final_ec == EC_IABT_LOWER)) {
        char words[200];
        log_printf(cpu->log, "mmu: EL%u fault at 0x%016llx: %s FAR 0x%016llx\n", from,
                   (unsigned long long)preferred_return,
                   esr_describe((uint32_t)cpu->sr[sr_esr[target]], words, sizeof(words)),
                   (unsigned long long)(e->far_valid ? e->far : 0));
    }
    if (!e && shown)
        LOG(cpu->log, LOG_INT, "int: %s EL%u->EL%u ELR 0x%016llx -> 0x%016llx\n", kind[vec],
            from, target, (unsigned long long)preferred_return, (unsigned long long)vector);
    ExcRecord rec = { .valid = true, .sync = e != NULL, .from_el = (uint8_t)from,
                      .to_el = (uint8_t)target, .esr = (uint32_t)cpu->sr[sr_esr[target]],
                      .elr = preferred_return, .far = e && e->far_valid ? e->far : 0,
                      .vector = vector };
    uint64_t gap = cpu->icount - cpu->exc_icount;
    if (note_exception(cpu, vector, e ? e->ec : 0) && note_repeat(cpu, &rec, gap) &&
        cpu->halt_on_exception)
        cpu->halt_reason = HALT_DEBUG;
}

int exc_take_sync(CpuState *cpu, const ExcInfo *e, uint64_t preferred_return)
{
    unsigned target = e->target_el;
    if (target == 0)
        target = sysreg_el1_target(cpu);
    if (target < cpu->ps.el)
        target = cpu->ps.el;   /* never to a lower EL */
    take(cpu, target, VEC_SYNC, preferred_return, e);
    return EXEC_EXCEPTION;
}

/* Routing of one physical interrupt class (D1.13.4): SCR_EL3 routes to EL3,
 * HCR_EL2.{IMO,FMO,AMO} or TGE to EL2, otherwise EL1. Returns the target EL
 * and whether PSTATE masks it at the current EL. */
static unsigned route_phys(const CpuState *cpu, uint64_t scr_bit, uint64_t hcr_bit, bool *masked,
                           unsigned daif_bit)
{
    unsigned el = cpu->ps.el;
    unsigned target;
    if (cpu->model->has_el3 && (cpu->sr[SR_SCR_EL3] & scr_bit))
        target = 3;
    else if (cpu_hcr(cpu) & (hcr_bit | HCR_TGE))
        target = 2;
    else
        target = 1;
    if (target < el) {
        *masked = true;       /* cannot be taken to a lower EL */
        return target;
    }
    /* Taken to a higher EL than the current one: PSTATE masks do not apply
     * when the target is EL2 or EL3 (EL1 from EL0 is still masked). */
    if (target > el && target >= 2)
        *masked = false;
    else
        *masked = (cpu->ps.daif & daif_bit) != 0;
    return target;
}

bool exc_take_interrupt(CpuState *cpu)
{
    uint32_t lines = cpu->irq_lines;
    uint64_t hcr = cpu_hcr(cpu);
    unsigned el = cpu->ps.el;
    bool masked;
    unsigned target;

    /* Physical SError, FIQ, IRQ, in that order. */
    if (lines & CPU_IN_SERROR) {
        target = route_phys(cpu, SCR_EA, HCR_AMO, &masked, DAIF_A);
        if (!masked) {
            ExcInfo e = { .ec = EC_SERROR, .il = true };
            take(cpu, target, VEC_SERROR, cpu->pc, &e);
            return true;
        }
    }
    if (lines & CPU_IN_FIQ) {
        target = route_phys(cpu, SCR_FIQ, HCR_FMO, &masked, DAIF_F);
        if (!masked) {
            take(cpu, target, VEC_FIQ, cpu->pc, NULL);
            return true;
        }
    }
    if (lines & CPU_IN_IRQ) {
        target = route_phys(cpu, SCR_IRQ, HCR_IMO, &masked, DAIF_I);
        if (!masked) {
            take(cpu, target, VEC_IRQ, cpu->pc, NULL);
            return true;
        }
    }
    /* Virtual interrupts: only at EL1/EL0 with the physical class routed to
     * EL2 and TGE clear, masked by PSTATE (D1.13.5). */
    if (el <= 1 && !(hcr & HCR_TGE)) {
        if ((hcr & HCR_AMO) && ((hcr & HCR_VSE) || (lines & CPU_IN_VSERROR)) &&
            !(cpu->ps.daif & DAIF_A)) {
            ExcInfo e = { .ec = EC_SERROR, .il = true };
            cpu->sr[SR_HCR_EL2] &= ~HCR_VSE;
            take(cpu, 1, VEC_SERROR, cpu->pc, &e);
            return true;
        }
        if ((hcr & HCR_FMO) && ((hcr & HCR_VF) || (lines & CPU_IN_VFIQ)) &&
            !(cpu->ps.daif & DAIF_F)) {
            take(cpu, 1, VEC_FIQ, cpu->pc, NULL);
            return true;
        }
        if ((hcr & HCR_IMO) && ((hcr & HCR_VI) || (lines & CPU_IN_VIRQ)) &&
            !(cpu->ps.daif & DAIF_I)) {
            take(cpu, 1, VEC_IRQ, cpu->pc, NULL);
            return true;
        }
    }
    return false;
}

/* Whether an SPSR describes a legal return from the current EL
 * (AArch64.ExceptionReturn -> IllegalExceptionReturn). */
static bool return_is_legal(const CpuState *cpu, uint64_t spsr, unsigned *el, unsigned *sp)
{
    if (spsr & 0x10)
        return false;                 /* AArch32: not implemented at any EL */
    if (spsr & 2)
        return false;                 /* M[1] reserved */
    *el = (unsigned)bits64(spsr, 2, 2);
    *sp = (unsigned)(spsr & 1);
    if (*el > cpu->ps.el || !cpu_have_el(cpu, *el))
        return false;
    if (*el == 0 && *sp)
        return false;                 /* EL0 has only SP_EL0 (M = 0b0001 is reserved) */
    if (*el == 2 && !cpu_el2_enabled(cpu))
        return false;
    if (*el == 1 && (cpu_hcr(cpu) & HCR_TGE))
        return false;
    return true;
}

int exc_return(CpuState *cpu)
{
    unsigned from = cpu->ps.el;
    uint64_t spsr = cpu->sr[sr_spsr[from]];
    uint64_t elr = cpu->sr[sr_elr[from]];
    uint64_t eret_pc = cpu->pc;
    unsigned el, sp;
    bool legal = return_is_legal(cpu, spsr, &el, &sp);

    excl_clear(cpu);
    uint8_t ss = hwdbg_eret_ss(cpu, spsr, legal ? el : from);   /* before PSTATE changes */
    cpu->nzcv = (uint32_t)spsr & 0xf0000000u;
    cpu->ps.daif = (uint8_t)bits64(spsr, 6, 4);
    cpu->ps.ss = ss;
    cpu->ps.pan = (cpu->model->features & FEAT_PAN) ? (uint8_t)bits64(spsr, 22, 1) : 0;
    cpu->ps.uao = (cpu->model->features & FEAT_UAO) ? (uint8_t)bits64(spsr, 23, 1) : 0;
    if (legal) {
        cpu->ps.il = (uint8_t)bits64(spsr, 20, 1);
        cpu_set_el_sp(cpu, el, sp);
    } else {
        /* EL and SP unchanged, PSTATE.IL set: the next instruction takes an
         * Illegal State exception. */
        cpu->ps.il = 1;
        cpu_update_regime(cpu);
    }
    cpu->pc = cpu_branch_addr(cpu, elr);
    if (unlikely(cpu->log->mask & LOG_INT) && trace_want_opt(cpu->trace, eret_pc, from))
        log_printf(cpu->log, "int: ERET EL%u->EL%u%s to 0x%016llx (SPSR 0x%08llx)\n", from,
                   cpu->ps.el, legal ? "" : " (illegal return)", (unsigned long long)elr,
                   (unsigned long long)spsr);
    return EXEC_BRANCH_SYNC;
}
