/*
 * gdb_guest.c — the bare-metal program the debugger integration tests
 * drive (test_gdb_integration.c). It turns the MMU on (4 KiB pages, a
 * three-level identity map of the code's 2 MiB and an alias of RAM at
 * 0x80000000 as one 1 GiB block, so `monitor vtop` has levels to show and
 * reads through the alias prove translation), then passes through points
 * the debugger script stops at: a function with known arguments, an SVC,
 * writes to two watched variables (the second one first), a read of a
 * third, and a loop that only the debugger can end (Ctrl-C, then a write
 * to spin_stop).
 */
#include "semihost.h"

volatile uint64_t watch_a, watch_b;
volatile uint64_t read_me = 0x1234;
volatile uint32_t spin_stop;
volatile uint64_t spin_count;
const uint64_t table[4] = { 0x1122334455667788ull, 0x99aabbccddeeff00ull, 3, 4 };

static uint64_t pt_l1[512] __attribute__((aligned(4096)));
static uint64_t pt_l2[512] __attribute__((aligned(4096)));
static uint64_t pt_l3[512] __attribute__((aligned(4096)));

#define RAM      0x40000000ull
#define ALIAS    0x80000000ull
#define D_TABLE  3ull
#define D_BLOCK  1ull
#define D_PAGE   3ull
#define D_AF     (1ull << 10)
#define D_ISH    (3ull << 8)

static void mmu_on(void)
{
    for (unsigned i = 0; i < 512; i++) {
        pt_l3[i] = (RAM + i * 0x1000ull) | D_PAGE | D_AF | D_ISH;          /* AttrIndx 0 */
        pt_l2[i] = (RAM + i * 0x200000ull) | D_BLOCK | D_AF | D_ISH;
    }
    pt_l2[0] = (uint64_t)pt_l3 | D_TABLE;
    pt_l1[1] = (uint64_t)pt_l2 | D_TABLE;                 /* 0x40000000: RAM */
    pt_l1[2] = RAM | D_BLOCK | D_AF | D_ISH;              /* 0x80000000: alias of RAM */
    uint64_t tcr = 25 | 1ull << 8 | 1ull << 10 | 3ull << 12 | 1ull << 23 | 5ull << 32;
    uint64_t sctlr;
    __asm__ volatile("msr mair_el1, %0\n"
                     "msr tcr_el1, %1\n"
                     "msr ttbr0_el1, %2\n"
                     "isb\n"
                     "tlbi vmalle1\n"
                     "dsb sy\n"
                     "isb"
                     : : "r"(0xffull), "r"(tcr), "r"(pt_l1) : "memory");
    __asm__ volatile("mrs %0, sctlr_el1" : "=r"(sctlr));
    sctlr |= 1 | 1u << 2 | 1u << 12;                      /* M, C, I */
    __asm__ volatile("msr sctlr_el1, %0\n"
                     "isb" : : "r"(sctlr) : "memory");
}

__attribute__((noinline)) uint64_t gdb_checkpoint(uint64_t a, uint64_t b)
{
    __asm__ volatile("" ::: "memory");
    return a * 3 + b;
}

__attribute__((noinline)) static void do_svc(void)
{
    __asm__ volatile(".global gdb_svc_insn\n"
                     "gdb_svc_insn: svc #0x42" ::: "memory");
}

static volatile unsigned svcs;

void exc_handler(long kind, uint64_t *f);
void exc_handler(long kind, uint64_t *f)
{
    if (kind == 4 && (f[F_ESR] >> 26) == 0x15) {     /* SVC from EL1h */
        svcs++;
        return;
    }
    unexpected_exception(kind, f);
}

int main(void)
{
    mmu_on();
    sh_puts("gdb guest: MMU on\n");
    uint64_t r = gdb_checkpoint(0x1234, 0x42);
    do_svc();
    watch_b = 42;
    watch_a = 43;
    uint64_t v = read_me;
    sh_puts("gdb guest: spinning\n");
    while (!spin_stop)
        spin_count++;
    sh_printf("gdb guest: done r=%llx svcs=%u v=%llx a=%llu b=%llu\n", (unsigned long long)r,
              svcs, (unsigned long long)v, (unsigned long long)watch_a,
              (unsigned long long)watch_b);
    return 0;
}
