/*
 * prog_debug.c — the guest's own debug events as an OS uses them (Arm ARM
 * D2 "AArch64 Self-hosted Debug"): an EL0 breakpoint and an EL0 watchpoint
 * taken to EL1 (ptrace-style: the handler disables the point and returns
 * to the instruction), an EL1 breakpoint with MDSCR_EL1.KDE and PSTATE.D
 * clear (kgdb-style) and masked again by PSTATE.D, nothing with MDE=0, and
 * software step of EL0 code instruction by instruction, including a
 * load-exclusive (ESR.EX) and a final SVC. Portable: it runs on QEMU too.
 */
#include "semihost.h"

void exc_handler(long kind, uint64_t *f);
int main(void);
void el0_bp(void), el0_bp_target(void), el0_wp(void), el0_ss(void), el1_target(void);

__asm__(
    ".text\n"
    ".global el0_bp, el0_bp_target, el0_wp, el0_ss, el1_target\n"
    "el0_bp:\n"
    "  nop\n"
    "el0_bp_target:\n"
    "  nop\n"
    "  svc #0x100\n"
    "  b .\n"
    "el0_wp:\n"
    "  ldr w1, [x0]\n"          /* a load: not watched (LSC = stores) */
    "  str w1, [x0, #4]\n"      /* bytes 4-7: not in BAS */
    "  str w2, [x0]\n"          /* watched */
    "  svc #0x100\n"
    "  b .\n"
    "el0_ss:\n"
    "  mov x1, #1\n"
    "  mov x1, #2\n"
    "  ldxr x1, [x0]\n"
    "  svc #0x100\n"
    "  b .\n"
    "el1_target:\n"
    "  nop\n"
    "  ret\n");

static volatile unsigned bp_hits, el1_bp_hits, wp_hits, steps;
static volatile uint64_t bp_elr, bp_esr, wp_esr, wp_far, wp_seen;
static volatile uint64_t step_off[8], step_esr[8];
static volatile uint64_t watched[2] = { 0x1111111111111111ull, 0 };

#define MDSCR_SS  1u
#define MDSCR_KDE (1u << 13)
#define MDSCR_MDE (1u << 15)

static void set_mdscr(uint64_t v)
{
    __asm__ volatile("msr mdscr_el1, %0; isb" ::"r"(v));
}

void exc_handler(long kind, uint64_t *f)
{
    uint64_t esr = f[F_ESR];
    unsigned ec = (unsigned)(esr >> 26);
    if (kind != 4 && kind != 8)
        unexpected_exception(kind, f);
    switch (ec) {
    case 0x30:                                  /* breakpoint from EL0 */
        bp_hits++;
        bp_elr = f[F_ELR];
        bp_esr = esr;
        __asm__ volatile("msr dbgbcr0_el1, xzr; isb");
        break;                                  /* re-run the instruction */
    case 0x31:                                  /* breakpoint at EL1 */
        el1_bp_hits++;
        bp_elr = f[F_ELR];
        bp_esr = esr;
        __asm__ volatile("msr dbgbcr0_el1, xzr; isb");
        break;
    case 0x34:                                  /* watchpoint from EL0 */
        wp_hits++;
        wp_esr = esr;
        wp_far = f[F_FAR];
        wp_seen = watched[0];                   /* the store did not happen */
        __asm__ volatile("msr dbgwcr0_el1, xzr; isb");
        break;
    case 0x32:                                  /* software step from EL0 */
        if (steps < 8) {
            step_off[steps] = f[F_ELR] - (uint64_t)(uintptr_t)el0_ss;
            step_esr[steps] = esr;
        }
        steps++;
        f[F_SPSR] |= 1u << 21;                  /* SPSR.SS: step the next one */
        break;
    case 0x15:                                  /* SVC from EL0: back to EL1h */
        set_mdscr(0);
        f[F_SPSR] = 0x3c5;
        f[F_ELR] = f[9];
        break;
    default:
        unexpected_exception(kind, f);
    }
}

/* ERET to fn at EL0 with x0 = arg, x2 = val and the given SPSR; its SVC
 * comes back here. */
static void run_el0(void (*fn)(void), uint64_t arg, uint64_t val, uint64_t spsr)
{
    __asm__ volatile(
        "adr x9, 1f\n"
        "mov x10, sp\n"
        "msr elr_el1, %0\n"
        "msr spsr_el1, %3\n"
        "mov x0, %1\n"
        "mov x2, %2\n"
        "eret\n"
        "1:\n"
        "mov sp, x10\n"
        :
        : "r"(fn), "r"(arg), "r"(val), "r"(spsr)
        : "x0", "x1", "x2", "x9", "x10", "memory");
}

static void call_el1_target(void)
{
    __asm__ volatile("bl el1_target" ::: "x30", "memory");
}

static void set_bp(void (*fn)(void), uint64_t pmc)
{
    __asm__ volatile("msr dbgbvr0_el1, %0; msr dbgbcr0_el1, %1; isb"
                     ::"r"(fn), "r"(1u | pmc << 1 | 0xfu << 5));
}

int main(void)
{
    __asm__ volatile("msr oslar_el1, xzr; isb");   /* the OS lock is set at reset */

    /* MDE=0: a programmed breakpoint does nothing */
    set_bp(el0_bp_target, 2);
    set_mdscr(0);
    run_el0(el0_bp, 0, 0, 0);
    sh_printf("mde=0: breakpoint hits %u\n", bp_hits);

    /* EL0 breakpoint (PMC = EL0) */
    set_bp(el0_bp_target, 2);
    set_mdscr(MDSCR_MDE);
    run_el0(el0_bp, 0, 0, 0);
    sh_printf("el0 breakpoint: hits %u, ESR 0x%08llx, at target: %s\n", bp_hits,
              (unsigned long long)bp_esr, bp_elr == (uintptr_t)el0_bp_target ? "yes" : "no");

    /* EL1 breakpoint (PMC = EL1): masked by PSTATE.D, then taken with KDE */
    set_bp(el1_target, 1);
    set_mdscr(MDSCR_MDE | MDSCR_KDE);
    call_el1_target();                          /* PSTATE.D = 1 */
    sh_printf("el1 breakpoint, D masked: hits %u\n", el1_bp_hits);
    __asm__ volatile("msr daifclr, #8");
    call_el1_target();
    __asm__ volatile("msr daifset, #8");
    sh_printf("el1 breakpoint, KDE: hits %u, ESR 0x%08llx, at target: %s\n", el1_bp_hits,
              (unsigned long long)bp_esr, bp_elr == (uintptr_t)el1_target ? "yes" : "no");

    /* EL0 watchpoint on the low word of watched[0], stores only */
    uint64_t wcr = 1u | 2u << 1 | 2u << 3 | 0xfu << 5;
    __asm__ volatile("msr dbgwvr0_el1, %0; msr dbgwcr0_el1, %1; isb"
                     ::"r"(&watched[0]), "r"(wcr));
    set_mdscr(MDSCR_MDE);
    run_el0(el0_wp, (uintptr_t)&watched[0], 0x2222, 0);
    sh_printf("watchpoint: hits %u, ESR 0x%08llx, FAR at the word: %s, "
              "seen 0x%llx, then 0x%llx\n", wp_hits, (unsigned long long)wp_esr,
              wp_far == (uintptr_t)&watched[0] ? "yes" : "no", (unsigned long long)wp_seen,
              (unsigned long long)watched[0]);

    /* software step of el0_ss: SPSR.SS = 1 on the way in */
    static uint64_t excl_word = 7;
    set_mdscr(MDSCR_SS);
    run_el0(el0_ss, (uintptr_t)&excl_word, 0, 1u << 21);
    for (unsigned i = 0; i < steps && i < 8; i++)
        sh_printf("step %u: ELR el0_ss+%llu, ESR 0x%08llx\n", i,
                  (unsigned long long)step_off[i], (unsigned long long)step_esr[i]);
    sh_printf("steps: %u\n", steps);
    return 0;
}
