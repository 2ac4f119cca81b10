/*
 * kernel.c — the xnuemu demo kernel: a small Mach-O kernel entered the way
 * iBoot enters XNU. It checks boot_args (pexpert/pexpert/arm64/boot.h,
 * revision 2) and the Apple device tree, finds the Samsung UART and the
 * timebase there, draws a picture on the framebuffer of boot_args.Video
 * (fb.c), turns the MMU on with XNU's 16 KiB configuration (TCR, MAIR and
 * SCTLR values of XNU's start.s), continues at a high kernel virtual
 * address through TTBR1, takes timer FIQs, echoes what is typed ('q' ends
 * early) and ends with a fixed message.
 */
#include "demo.h"

#define TICK_HZ          100u
#define ECHO_TICKS       200u       /* 2 s of ticks */
#define KVA_BASE         0xfffffff000000000ull   /* DRAM alias through TTBR1 */
#define UART_KVA_OFF     0x0000000800000000ull   /* device alias: KVA_BASE + this */

/* boot_args, revision 2 */
struct boot_args {
    uint16_t revision, version;
    uint32_t pad;
    uint64_t virt_base, phys_base, mem_size, top_of_kernel_data;
    uint64_t video[6];
    uint32_t machine_type, pad2;
    uint64_t device_tree;
    uint32_t device_tree_length;
    char command_line[256];
    uint32_t pad3;
    uint64_t boot_flags, mem_size_actual;
};

static struct demo_state st;

struct demo_state *demo(void)
{
    return &st;
}

static uint64_t read_cntfrq(void)
{
    uint64_t v;
    __asm__ volatile("mrs %0, CNTFRQ_EL0" : "=r"(v));
    return v;
}

static uint64_t read_cntpct(void)
{
    uint64_t v;
    __asm__ volatile("isb\nmrs %0, CNTPCT_EL0" : "=r"(v));
    return v;
}

/* not inlined: a symbol to hook (the tests skip it) */
__attribute__((noinline)) void demo_timer_arm(void)
{
    uint64_t ticks = st.timebase / TICK_HZ;
    __asm__ volatile("msr CNTP_TVAL_EL0, %0\nmsr CNTP_CTL_EL0, %1\nisb"
                     :: "r"(ticks), "r"(1ull));
}

void demo_fiq(uint64_t kind)
{
    (void)kind;
    uint64_t ctl;
    __asm__ volatile("mrs %0, CNTP_CTL_EL0" : "=r"(ctl));
    if (!(ctl & 4)) {
        demo_printf("demo kernel: FIQ without a timer condition (CNTP_CTL 0x%llx)\n", ctl);
        demo_halt();
    }
    st.ticks++;
    demo_timer_arm();
    int c;
    while ((c = uart_getc()) >= 0) {
        if (c == 'q')
            st.quit = 1;
        if (c == '\r')
            c = '\n';
        uart_putc((char)c);
        st.echoed++;
    }
}

void demo_exception(uint64_t kind)
{
    uint64_t esr, elr, far;
    __asm__ volatile("mrs %0, ESR_EL1\nmrs %1, ELR_EL1\nmrs %2, FAR_EL1"
                     : "=r"(esr), "=r"(elr), "=r"(far));
    if (!st.uart)
        demo_halt();                  /* no console yet */
    demo_printf("demo kernel: unexpected exception (vector 0x%llx) ESR 0x%llx ELR 0x%llx FAR 0x%llx\n",
                kind, esr, elr, far);
    demo_halt();
}

void demo_halt(void)
{
    for (;;)
        __asm__ volatile("msr DAIFSet, #0xf\nwfi");
}

/* Level-2 16 KiB-granule tables: with T0SZ = T1SZ = 25 a walk starts at
 * level 1 (VA bits 38:36) and level 2 maps 32 MiB blocks (bits 35:25). */
#define DESC_TABLE   3ull
#define DESC_BLOCK   1ull
#define DESC_AF      (1ull << 10)
#define DESC_SH_IN   (3ull << 8)
#define DESC_SH_OUT  (2ull << 8)
#define DESC_PXN     (1ull << 53)
#define DESC_UXN     (1ull << 54)
#define ATTR_WB      (0ull << 2)      /* MAIR index 0: 0xFF */
#define ATTR_DEVICE  (3ull << 2)      /* MAIR index 3: 0x00 nGnRnE */
#define BLOCK_32M    (1ull << 25)
#define TABLE_BYTES  0x4000ull

static uint64_t *table_at(uint64_t pa)
{
    uint64_t *t = (uint64_t *)pa;
    for (unsigned i = 0; i < TABLE_BYTES / 8; i++)
        t[i] = 0;
    return t;
}

static unsigned l1_index(uint64_t va) { return (unsigned)((va >> 36) & 7); }
static unsigned l2_index(uint64_t va) { return (unsigned)((va >> 25) & 0x7ff); }

static void map_blocks(uint64_t *l1, uint64_t *l2, uint64_t va, uint64_t pa, uint64_t size,
                       uint64_t attrs)
{
    l1[l1_index(va)] = (uint64_t)l2 | DESC_TABLE;
    for (uint64_t off = 0; off < size; off += BLOCK_32M)
        l2[l2_index(va + off)] = ((pa + off) & ~(BLOCK_32M - 1)) | attrs | DESC_AF | DESC_BLOCK;
}

static void kva_main(uint64_t arg);

static void mmu_on(const struct boot_args *ba)
{
    /* Tables at topOfKernelData, where XNU's start.s builds its own. */
    uint64_t top = ba->top_of_kernel_data;
    uint64_t *l1_0 = table_at(top), *l1_1 = table_at(top + TABLE_BYTES);
    uint64_t *l2_dram_0 = table_at(top + 2 * TABLE_BYTES);
    uint64_t *l2_io_0 = table_at(top + 3 * TABLE_BYTES);
    uint64_t *l2_1 = table_at(top + 4 * TABLE_BYTES);
    uint64_t dram = ba->phys_base & ~(BLOCK_32M - 1);
    uint64_t size = (ba->mem_size + BLOCK_32M - 1) & ~(BLOCK_32M - 1);
    uint64_t uart_block = st.uart_pa & ~(BLOCK_32M - 1);
    /* TTBR0: identity map of DRAM and of the UART's 32 MiB (the code keeps
     * running at its physical address until the jump). */
    map_blocks(l1_0, l2_dram_0, dram, dram, size, ATTR_WB | DESC_SH_IN);
    if (l1_index(uart_block) == l1_index(dram))
        map_blocks(l1_0, l2_dram_0, uart_block, uart_block, BLOCK_32M,
                   ATTR_DEVICE | DESC_PXN | DESC_UXN);
    else
        map_blocks(l1_0, l2_io_0, uart_block, uart_block, BLOCK_32M,
                   ATTR_DEVICE | DESC_PXN | DESC_UXN);
    /* TTBR1: DRAM at KVA_BASE and the UART above it */
    map_blocks(l1_1, l2_1, KVA_BASE, dram, size, ATTR_WB | DESC_SH_IN | DESC_UXN);
    map_blocks(l1_1, l2_1, KVA_BASE + UART_KVA_OFF, uart_block, BLOCK_32M,
               ATTR_DEVICE | DESC_PXN | DESC_UXN);

    uint64_t tcr = 0x226519a519ull;       /* XNU's boot TCR: T0SZ=T1SZ=25, 16K, IPS 40 bit, TBI0 */
    uint64_t mair = 0x0000044f00bb44ffull;
    uint64_t sctlr = 0x3454593dull;
    __asm__ volatile(
        "msr MAIR_EL1, %0\n"
        "msr TCR_EL1, %1\n"
        "msr TTBR0_EL1, %2\n"
        "msr TTBR1_EL1, %3\n"
        "isb\n"
        "tlbi vmalle1\n"
        "dsb ish\n"
        "isb\n"
        "msr SCTLR_EL1, %4\n"
        "isb\n"
        :: "r"(mair), "r"(tcr), "r"((uint64_t)l1_0), "r"((uint64_t)l1_1), "r"(sctlr)
        : "memory");
    uint64_t offset = KVA_BASE - dram;
    demo_printf("  MMU on: 16 KiB granule, TCR 0x%llx, TTBR1 0x%llx; jumping to 0x%llx\n",
                tcr, (uint64_t)l1_1, (uint64_t)&kva_main + offset);
    st.uart = (volatile uint32_t *)(KVA_BASE + UART_KVA_OFF + (st.uart_pa - uart_block));
    demo_jump_high(offset, kva_main, 0);
}

static void kva_main(uint64_t arg)
{
    (void)arg;
    uint64_t pc;
    __asm__ volatile("adr %0, ." : "=r"(pc));
    demo_printf("  running at 0x%llx (TTBR1), UART at %p\n", pc, (void *)st.uart);
    /* drop the identity map: everything now goes through TTBR1 */
    __asm__ volatile("msr TTBR0_EL1, xzr\nisb\ntlbi vmalle1\ndsb ish\nisb" ::: "memory");
    demo_printf("  timer: %llu Hz, ticking at %u Hz; type something (q ends, %u s)\n",
                st.timebase, TICK_HZ, ECHO_TICKS / TICK_HZ);
    uint64_t t0 = read_cntpct();
    demo_timer_arm();
    __asm__ volatile("msr DAIFClr, #1");        /* unmask FIQ */
    while (st.ticks < ECHO_TICKS && !st.quit)
        __asm__ volatile("wfi");
    __asm__ volatile("msr DAIFSet, #1");
    __asm__ volatile("msr CNTP_CTL_EL0, xzr");
    uint64_t t1 = read_cntpct();
    demo_printf("\n  %u timer FIQs in %llu counter ticks, %u characters echoed\n",
                st.ticks, t1 - t0, st.echoed);
    demo_printf("xnuemu demo kernel: done\n");
    demo_halt();
}

void demo_main(uint64_t boot_args_pa)
{
    const struct boot_args *ba = (const struct boot_args *)boot_args_pa;
    if (ba->revision != 2 || ba->version != 2)
        demo_halt();                  /* nowhere to print yet */
    uint64_t dt = ba->device_tree - ba->virt_base + ba->phys_base;
    if (adt_find_uart(dt, &st.uart_pa) != 0)
        demo_halt();
    st.uart = (volatile uint32_t *)st.uart_pa;
    uart_init();
    demo_printf("\nxnuemu demo kernel: a Mach-O kernel entered with the XNU boot protocol\n");
    demo_printf("  boot_args at 0x%llx: virtBase 0x%llx physBase 0x%llx memSize 0x%llx\n",
                boot_args_pa, ba->virt_base, ba->phys_base, ba->mem_size);
    demo_printf("  topOfKernelData 0x%llx, device tree at 0x%llx (%u bytes)\n",
                ba->top_of_kernel_data, dt, ba->device_tree_length);
    demo_printf("  boot-args \"%s\"\n", ba->command_line);
    if (adt_check(dt, &st.timebase) != 0)
        demo_halt();
    uint64_t cntfrq = read_cntfrq();
    if (cntfrq != st.timebase) {
        demo_printf("  timebase-frequency %llu does not match CNTFRQ_EL0 %llu\n", st.timebase,
                    cntfrq);
        demo_halt();
    }
    uint64_t el;
    __asm__ volatile("mrs %0, CurrentEL" : "=r"(el));
    uint64_t midr;
    __asm__ volatile("mrs %0, MIDR_EL1" : "=r"(midr));
    demo_printf("  EL%llu, MIDR_EL1 0x%llx, UART at 0x%llx\n", el >> 2, midr, st.uart_pa);
    if (demo_draw(ba->video[0], ba->video[2], ba->video[3], ba->video[4], ba->video[5]) == 0)
        demo_printf("  framebuffer %llux%llu at 0x%llx: picture drawn\n", ba->video[3],
                    ba->video[4], ba->video[0]);
    mmu_on(ba);
}
