/*
 * prog_exceptions.c — a bare-metal program that takes exceptions the way
 * an OS does: SVC from EL1 and from EL0 (via ERET), an UNDEFINED
 * instruction skipped by its handler, BRK, a data abort on an unmapped
 * address, the EL1 physical timer interrupt (IRQ on the bare machine),
 * and an LDXR/STXR pair broken by an exception return.
 */
#include "semihost.h"

static volatile unsigned ticks, svcs, undefs, brks, aborts;
static volatile uint64_t last_svc;

static uint64_t read_cntpct(void)
{
    uint64_t v;
    __asm__ volatile("isb; mrs %0, cntpct_el0" : "=r"(v));
    return v;
}

void exc_handler(long kind, uint64_t *f);
void exc_handler(long kind, uint64_t *f)
{
    uint64_t esr = f[F_ESR];
    unsigned ec = (unsigned)(esr >> 26);
    if (kind == 5 || kind == 9) {                 /* IRQ from EL1 or EL0 */
        ticks++;
        __asm__ volatile("msr cntp_ctl_el0, xzr");  /* disable: drop the line */
        return;
    }
    if (kind != 4 && kind != 8)
        unexpected_exception(kind, f);
    switch (ec) {
    case 0x15:                                      /* SVC */
        svcs++;
        last_svc = esr & 0xffff;
        if (last_svc == 0x100) {                    /* from EL0: back to EL1h at */
            f[F_SPSR] = 0x3c5;                      /* the label main left in x9 */
            f[F_ELR] = f[9];
        }
        break;
    case 0x00:                                      /* UNDEFINED: skip it */
        undefs++;
        f[F_ELR] += 4;
        break;
    case 0x3c:                                      /* BRK: skip it */
        brks++;
        f[F_ELR] += 4;
        break;
    case 0x25:                                      /* data abort: skip the access */
        aborts++;
        sh_printf("data abort: DFSC %02x FAR %016llx\n", (unsigned)(esr & 0x3f),
                  (unsigned long long)f[F_FAR]);
        f[F_ELR] += 4;
        break;
    default:
        unexpected_exception(kind, f);
    }
}

static void el0_code(void)
{
    __asm__ volatile("svc #0x100");
    for (;;)
        ;
}

int main(void);
int main(void)
{
    __asm__ volatile("svc #0x42");
    sh_printf("svc: %u, imm 0x%x\n", svcs, (unsigned)last_svc);

    __asm__ volatile(".inst 0xe7ffdeff");           /* XNU's panic trap: UNDEFINED */
    __asm__ volatile(".inst 0x00000000");           /* udf #0 */
    sh_printf("undefined: %u\n", undefs);

    __asm__ volatile("brk #7");
    sh_printf("brk: %u\n", brks);

    volatile uint64_t *bad = (volatile uint64_t *)0x10000000;
    uint64_t v = 0;
    __asm__ volatile("ldr %0, [%1]" : "+r"(v) : "r"(bad) : "memory");
    sh_printf("aborts: %u\n", aborts);

    /* EL0 round trip: ERET to el0_code, which makes a system call; the
     * handler returns to EL1h right after that SVC, i.e. here. */
    uint64_t sp0;
    __asm__ volatile("mrs %0, sp_el0" : "=r"(sp0));
    __asm__ volatile(
        "adr x9, 1f\n"
        "mov x10, sp\n"
        "msr elr_el1, %0\n"
        "msr spsr_el1, xzr\n"
        "eret\n"
        "1:\n"
        "mov sp, x10\n"
        :
        : "r"(el0_code)
        : "x9", "x10", "memory");
    __asm__ volatile("" ::: "memory");
    sh_printf("el0 svc: %u, imm 0x%x\n", svcs, (unsigned)last_svc);

    /* Timer: 1000 ticks ahead, unmask IRQs, wait. */
    uint64_t deadline = read_cntpct() + 1000;
    __asm__ volatile("msr cntp_cval_el0, %0" ::"r"(deadline));
    __asm__ volatile("msr cntp_ctl_el0, %0" ::"r"(1ull));
    __asm__ volatile("msr daifclr, #2");
    while (!ticks)
        __asm__ volatile("wfi");
    __asm__ volatile("msr daifset, #2");
    sh_printf("timer ticks: %u, counter past deadline: %s\n", ticks,
              read_cntpct() >= deadline ? "yes" : "no");

    /* An exception return between LDXR and STXR makes STXR fail. */
    static uint64_t word = 5;
    uint64_t status, val;
    __asm__ volatile(
        "ldxr %1, [%2]\n"
        "svc #0x43\n"
        "stxr w9, %1, [%2]\n"
        "mov %0, x9\n"
        : "=r"(status), "=&r"(val)
        : "r"(&word)
        : "x9", "memory");
    sh_printf("stxr after eret: %s\n", status ? "failed" : "succeeded");
    __asm__ volatile(
        "ldxr %1, [%2]\n"
        "add %1, %1, #1\n"
        "stxr w9, %1, [%2]\n"
        "mov %0, x9\n"
        : "=r"(status), "=&r"(val)
        : "r"(&word)
        : "x9", "memory");
    sh_printf("stxr alone: %s, word %u\n", status ? "failed" : "succeeded", (unsigned)word);
    return 0;
}
