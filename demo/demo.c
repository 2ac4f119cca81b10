/*
 * demo.c — xnuemu's built-in demo: a bare-metal AArch64 program that shows
 * what the emulator does today — identification registers, integer work,
 * LSE atomics and CRC32, a system call and an UNDEFINED instruction
 * (XNU's panic trap) handled at EL1, and a timer interrupt taken out of
 * WFI in deterministic virtual time.
 */
#include <arm_acle.h>

#include "semihost.h"

static volatile unsigned ticks;
static volatile uint64_t last_esr;

static uint64_t sysreg_cntpct(void)
{
    uint64_t v;
    __asm__ volatile("isb; mrs %0, cntpct_el0" : "=r"(v));
    return v;
}

void exc_handler(long kind, uint64_t *f);
void exc_handler(long kind, uint64_t *f)
{
    if (kind == 5) {                                   /* IRQ: the EL1 physical timer */
        ticks++;
        __asm__ volatile("msr cntp_ctl_el0, xzr");
        return;
    }
    unsigned ec = (unsigned)(f[F_ESR] >> 26);
    if (kind != 4 || (ec != 0x15 && ec != 0x00))
        unexpected_exception(kind, f);
    last_esr = f[F_ESR];
    if (ec == 0x00)
        f[F_ELR] += 4;                                 /* skip the UNDEFINED instruction */
}

static unsigned sieve(unsigned n)
{
    static uint8_t composite[100001];
    unsigned count = 0;
    for (unsigned i = 2; i <= n; i++) {
        if (composite[i])
            continue;
        count++;
        for (unsigned j = i * 2; j <= n; j += i)
            composite[j] = 1;
    }
    return count;
}

int main(void);
int main(void)
{
    uint64_t el, midr, freq, isar0;
    __asm__ volatile("mrs %0, CurrentEL" : "=r"(el));
    __asm__ volatile("mrs %0, midr_el1" : "=r"(midr));
    __asm__ volatile("mrs %0, cntfrq_el0" : "=r"(freq));
    __asm__ volatile("mrs %0, id_aa64isar0_el1" : "=r"(isar0));
    sh_puts("xnuemu demo: a bare-metal AArch64 program\n");
    sh_printf("  running at EL%u, MIDR_EL1 0x%08x, counter %u Hz, LSE atomics %s\n",
              (unsigned)(el >> 2), (unsigned)midr, (unsigned)freq,
              ((isar0 >> 20) & 0xf) >= 2 ? "yes" : "no");

    sh_printf("  sieve of Eratosthenes: %u primes below 100000\n", sieve(100000));

    static uint64_t counter;
    for (unsigned i = 1; i <= 1000; i++)
        __atomic_fetch_add(&counter, i, __ATOMIC_SEQ_CST);   /* LDADDAL */
    sh_printf("  LSE atomic sum 1..1000: %u\n", (unsigned)counter);

    const char *text = "xnuemu";
    uint32_t crc = ~0u;
    for (const char *p = text; *p; p++)
        crc = __crc32cb(crc, (uint8_t)*p);
    sh_printf("  CRC32C(\"%s\") = 0x%08x\n", text, ~crc);

    __asm__ volatile("svc #0x1234");
    sh_printf("  system call handled at EL1: ESR_EL1 0x%08x\n", (unsigned)last_esr);
    __asm__ volatile(".inst 0xe7ffdeff");
    sh_printf("  XNU's panic trap 0xe7ffdeff raised UNDEFINED: ESR_EL1 0x%08x\n",
              (unsigned)last_esr);

    uint64_t start = sysreg_cntpct();
    __asm__ volatile("msr cntp_tval_el0, %0" ::"r"((uint64_t)(freq / 100)));   /* 10 ms */
    __asm__ volatile("msr cntp_ctl_el0, %0" ::"r"(1ull));
    __asm__ volatile("msr daifclr, #2");
    while (!ticks)
        __asm__ volatile("wfi");
    __asm__ volatile("msr daifset, #2");
    sh_printf("  timer interrupt after %u counter ticks (virtual time)\n",
              (unsigned)(sysreg_cntpct() - start));
    sh_puts("  done\n");
    return 0;
}
