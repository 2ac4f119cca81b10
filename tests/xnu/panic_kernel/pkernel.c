/*
 * pkernel.c — a Mach-O test kernel that panics on purpose, for xnuemu's
 * panic report and milestone tests. boot-args pick the way it dies:
 *   (default)  pk_main -> level1 -> level2 -> panic("pk: boom %d in %s",
 *              42, "level2"); panic() prints an XNU-style "panic(cpu 0
 *              caller ...)" line and halts
 *   fault      an early-exception spin: VBAR_EL1 = 0, then a load from an
 *              unmapped address
 * On the way it prints "pk: started" and "pk: level1" (milestones).
 * Uses the demo kernel's UART driver and device-tree reader.
 */
#include "../../../demo/kernel/demo.h"

struct boot_args {
    uint16_t revision, version;
    uint32_t pad;
    uint64_t virt_base, phys_base, mem_size, top_of_kernel_data;
    uint64_t video[6];
    uint32_t machine_type, pad2;
    uint64_t device_tree;
    uint32_t device_tree_length;
    char command_line[256];
};

static struct demo_state st;
char pk_stack[0x4000] __attribute__((aligned(16)));
volatile int pk_sink;

struct demo_state *demo(void)
{
    return &st;
}

void demo_halt(void)
{
    for (;;)
        __asm__ volatile("msr DAIFSet, #0xf\nwfi");
}

static int has_word(const char *s, const char *w)
{
    for (; *s; s++) {
        const char *a = s, *b = w;
        while (*b && *a == *b) {
            a++;
            b++;
        }
        if (!*b)
            return 1;
    }
    return 0;
}

/* XNU's panic(): the symbol _panic that xnuemu hooks */
__attribute__((noinline)) void panic(const char *fmt, ...)
{
    demo_printf("panic(cpu 0 caller 0x%llx): \"%s\"\n",
                (unsigned long long)(uint64_t)__builtin_return_address(0), fmt);
    demo_halt();
}

__attribute__((noinline)) int level2(int n)
{
    pk_sink = n;
    panic("pk: boom %d in %s", n, "level2");
    return pk_sink + 1;
}

__attribute__((noinline)) int level1(int n)
{
    demo_printf("pk: level1\n");
    return level2(n * 2) + 1;
}

void pk_main(uint64_t boot_args_pa)
{
    const struct boot_args *ba = (const struct boot_args *)boot_args_pa;
    uint64_t dt = ba->device_tree - ba->virt_base + ba->phys_base;
    if (adt_find_uart(dt, &st.uart_pa) != 0)
        demo_halt();
    st.uart = (volatile uint32_t *)st.uart_pa;
    uart_init();
    demo_printf("pk: started\n");
    if (has_word(ba->command_line, "fault"))
        __asm__ volatile("msr VBAR_EL1, xzr\nisb\nmov x0, #0x10\nldr x0, [x0]" ::: "x0", "memory");
    pk_sink = level1(21);
    demo_halt();
}
