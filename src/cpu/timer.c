/*
 * timer.c — the Generic Timer (Arm ARM D11 and D17.8 CNT* registers).
 * The system counter counts at the model's frequency in virtual time;
 * CTL.ISTATUS is computed from the count, TVAL is the signed 32-bit
 * distance to CVAL, and the output (ISTATUS && !IMASK) is a level the board
 * routes. Nothing here runs per instruction: the run loop calls
 * timer_update() when it stops and stops again at the next deadline.
 */

#include "sysreg_hooks.h"
#include "xnuemu/cpu_model.h"
#include "xnuemu/timer.h"
#include "xnuemu/hostclock.h"

#define NS_PER_SEC UINT64_C(1000000000)

uint64_t cpu_now_ns(const CpuState *cpu)
{
    if (cpu->realtime)
        return host_now_ns() - cpu->realtime_origin;
    return cpu->icount + cpu->idle_insns;
}

uint64_t timer_count_at(const CpuState *cpu, uint64_t now_ns)
{
    return (uint64_t)((unsigned __int128)now_ns * cpu->model->cntfrq / NS_PER_SEC);
}

/* First time (ns) at which the physical count reaches `count`. */
static uint64_t time_of_count(const CpuState *cpu, unsigned __int128 count)
{
    unsigned __int128 t = (count * NS_PER_SEC + cpu->model->cntfrq - 1) / cpu->model->cntfrq;
    return t > UINT64_MAX ? UINT64_MAX : (uint64_t)t;
}

typedef struct TimerRegs { uint16_t ctl, cval; } TimerRegs;

static const TimerRegs timer_regs[TIMER_COUNT] = {
    [TIMER_PHYS] = { SR_CNTP_CTL_EL0, SR_CNTP_CVAL_EL0 },
    [TIMER_VIRT] = { SR_CNTV_CTL_EL0, SR_CNTV_CVAL_EL0 },
    [TIMER_HYP]  = { SR_CNTHP_CTL_EL2, SR_CNTHP_CVAL_EL2 },
    [TIMER_SEC]  = { SR_CNTPS_CTL_EL1, SR_CNTPS_CVAL_EL1 },
    [TIMER_HVIRT] = { SR_CNTHV_CTL_EL2, SR_CNTHV_CVAL_EL2 },
};

static bool timer_exists(const CpuState *cpu, unsigned t)
{
    switch (t) {
    case TIMER_HYP: return cpu->model->has_el2;
    case TIMER_SEC: return cpu->model->has_el3;
    case TIMER_HVIRT: return cpu->model->has_el2 && (cpu->model->features & FEAT_VHE);
    default: return true;
    }
}

static bool e2h_tge(const CpuState *cpu)
{
    return (cpu_hcr(cpu) & (HCR_E2H | HCR_TGE)) == (HCR_E2H | HCR_TGE);
}

/* The virtual count is the physical one minus CNTVOFF_EL2 (when EL2
 * exists), which a VHE host (HCR_EL2.{E2H,TGE} = {1,1}) sees as zero. */
static uint64_t timer_offset(const CpuState *cpu, unsigned t)
{
    if ((t != TIMER_VIRT && t != TIMER_HVIRT) || !cpu->model->has_el2 || e2h_tge(cpu))
        return 0;
    return cpu->sr[SR_CNTVOFF_EL2];
}

static unsigned timer_of_desc(const SysRegDesc *d)
{
    switch (d->idx) {
    case SR_CNTV_CTL_EL0: case SR_CNTV_CVAL_EL0: case SR_CNTV_TVAL_EL0: return TIMER_VIRT;
    case SR_CNTHP_CTL_EL2: case SR_CNTHP_CVAL_EL2: case SR_CNTHP_TVAL_EL2: return TIMER_HYP;
    case SR_CNTPS_CTL_EL1: case SR_CNTPS_CVAL_EL1: case SR_CNTPS_TVAL_EL1: return TIMER_SEC;
    case SR_CNTHV_CTL_EL2: case SR_CNTHV_CVAL_EL2: case SR_CNTHV_TVAL_EL2: return TIMER_HVIRT;
    default: return TIMER_PHYS;
    }
}

static uint64_t timer_count(const CpuState *cpu, unsigned t)
{
    return timer_count_at(cpu, cpu_now_ns(cpu)) - timer_offset(cpu, t);
}

static bool timer_istatus(const CpuState *cpu, unsigned t)
{
    return (cpu->sr[timer_regs[t].ctl] & 1) && timer_count(cpu, t) >= cpu->sr[timer_regs[t].cval];
}

uint64_t timer_update(CpuState *cpu)
{
    uint64_t next = UINT64_MAX;
    uint64_t now = cpu_now_ns(cpu);
    uint64_t pcount = timer_count_at(cpu, now);
    for (unsigned t = 0; t < TIMER_COUNT; t++) {
        if (!timer_exists(cpu, t))
            continue;
        uint64_t ctl = cpu->sr[timer_regs[t].ctl];
        uint64_t cval = cpu->sr[timer_regs[t].cval];
        uint64_t off = timer_offset(cpu, t);
        bool enabled = ctl & 1;
        bool fired = enabled && pcount - off >= cval;
        bool level = fired && !(ctl & 2);
        if (cpu->timer_irq)
            cpu->timer_irq(cpu->timer_irq_opaque, (int)t, level);
        if (enabled && !fired) {
            uint64_t when = time_of_count(cpu, (unsigned __int128)cval + off);
            if (when < next)
                next = when;
        }
    }
    return next;
}

int sr_rd_cntpct(CpuState *cpu, const SysRegDesc *d, uint64_t *val)
{
    (void)d;
    *val = timer_count_at(cpu, cpu_now_ns(cpu));
    return EXEC_NEXT;
}

int sr_rd_cntvct(CpuState *cpu, const SysRegDesc *d, uint64_t *val)
{
    (void)d;
    *val = timer_count(cpu, TIMER_VIRT);
    return EXEC_NEXT;
}

int sr_wr_cntfrq(CpuState *cpu, const SysRegDesc *d, uint64_t val)
{
    (void)d;
    /* Only a report of the frequency to software; the counter itself runs at
     * the board's rate. */
    cpu->sr[SR_CNTFRQ_EL0] = val & 0xffffffff;
    return EXEC_NEXT;
}

int sr_rd_timer_ctl(CpuState *cpu, const SysRegDesc *d, uint64_t *val)
{
    unsigned t = timer_of_desc(d);
    *val = (cpu->sr[timer_regs[t].ctl] & 3) | (timer_istatus(cpu, t) ? 4 : 0);
    return EXEC_NEXT;
}

int sr_wr_timer_ctl(CpuState *cpu, const SysRegDesc *d, uint64_t val)
{
    cpu->sr[timer_regs[timer_of_desc(d)].ctl] = val & 3;
    return EXEC_SYNC;
}

int sr_wr_timer_cval(CpuState *cpu, const SysRegDesc *d, uint64_t val)
{
    cpu->sr[timer_regs[timer_of_desc(d)].cval] = val;
    return EXEC_SYNC;
}

int sr_rd_timer_tval(CpuState *cpu, const SysRegDesc *d, uint64_t *val)
{
    unsigned t = timer_of_desc(d);
    *val = (uint32_t)(cpu->sr[timer_regs[t].cval] - timer_count(cpu, t));
    return EXEC_NEXT;
}

int sr_wr_timer_tval(CpuState *cpu, const SysRegDesc *d, uint64_t val)
{
    unsigned t = timer_of_desc(d);
    cpu->sr[timer_regs[t].cval] = timer_count(cpu, t) + (uint64_t)sext64(val, 32);
    return EXEC_SYNC;
}

/* --- EL0 and EL1 access controls: CNTKCTL_EL1, CNTHCTL_EL2 (D11.2.x) --- */

/* EL0 enables: CNTKCTL_EL1, or for a VHE host's EL0 the same bits of
 * CNTHCTL_EL2 (its E2H layout). */
static SrAccess el0_cnt(const CpuState *cpu, unsigned kctl_bit)
{
    if (cpu->ps.el != 0)
        return SR_OK;
    uint64_t ctl = e2h_tge(cpu) ? cpu->sr[SR_CNTHCTL_EL2] : cpu->sr[SR_CNTKCTL_EL1];
    if (ctl >> kctl_bit & 1)
        return SR_OK;
    return (cpu_hcr(cpu) & HCR_TGE) ? SR_TRAP_EL2 : SR_TRAP_EL1;
}

/* CNTHCTL_EL2.EL1PCTEN / EL1PCEN trap EL0/EL1 to EL2: bits 0 and 1, or 10
 * and 11 in the E2H layout. */
static SrAccess el1_cnthctl(const CpuState *cpu, unsigned bit)
{
    if ((cpu_hcr(cpu) & HCR_E2H))
        bit += 10;
    if (cpu->ps.el <= 1 && cpu_el2_enabled(cpu) && !(cpu_hcr(cpu) & HCR_TGE) &&
        !(cpu->sr[SR_CNTHCTL_EL2] >> bit & 1))
        return SR_TRAP_EL2;
    return SR_OK;
}

SrAccess trap_cnt_frq(CpuState *cpu, const SysRegDesc *d, bool is_read)
{
    (void)d;
    if (!is_read)
        return cpu->ps.el == cpu->model->max_el ? SR_OK : SR_UNDEF;
    if (cpu->ps.el == 0 && !(cpu->sr[SR_CNTKCTL_EL1] & 3))
        return (cpu_hcr(cpu) & HCR_TGE) ? SR_TRAP_EL2 : SR_TRAP_EL1;
    return SR_OK;
}

SrAccess trap_cnt_pct(CpuState *cpu, const SysRegDesc *d, bool is_read)
{
    (void)d;
    (void)is_read;
    SrAccess a = el0_cnt(cpu, 0);
    return a != SR_OK ? a : el1_cnthctl(cpu, 0);
}

SrAccess trap_cnt_vct(CpuState *cpu, const SysRegDesc *d, bool is_read)
{
    (void)d;
    (void)is_read;
    return el0_cnt(cpu, 1);
}

SrAccess trap_cnt_p(CpuState *cpu, const SysRegDesc *d, bool is_read)
{
    (void)d;
    (void)is_read;
    SrAccess a = el0_cnt(cpu, 9);
    return a != SR_OK ? a : el1_cnthctl(cpu, 1);
}

SrAccess trap_cnt_v(CpuState *cpu, const SysRegDesc *d, bool is_read)
{
    (void)d;
    (void)is_read;
    return el0_cnt(cpu, 8);
}

/* CNTPS_*: EL1 access only in Secure state, and only when SCR_EL3.ST=1
 * (else trapped to EL3); UNDEFINED in Non-secure EL1. */
SrAccess trap_cnt_ps(CpuState *cpu, const SysRegDesc *d, bool is_read)
{
    (void)d;
    (void)is_read;
    if (cpu->ps.el == 3)
        return SR_OK;
    if (cpu->sr[SR_SCR_EL3] & SCR_NS)
        return SR_UNDEF;
    return (cpu->sr[SR_SCR_EL3] & (UINT64_C(1) << 11)) ? SR_OK : SR_TRAP_EL3;
}
