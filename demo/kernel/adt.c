/*
 * adt.c — reading the Apple device tree the way XNU's pexpert does
 * (pexpert/gen/device_tree.c): node = u32 nProperties, u32 nChildren,
 * properties (char name[32], u32 length, value padded to 4), children;
 * path components match each child's "name" property.
 */
#include "demo.h"

/* With the MMU off every access is Device memory, which faults on a
 * misaligned access: property values are only 4-byte aligned. */
static uint32_t rd32(uint64_t a) { return *(volatile uint32_t *)a; }
static uint64_t rd64(uint64_t a) { return rd32(a) | (uint64_t)rd32(a + 4) << 32; }

static int streq(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

/* Address just past the node at n (its properties and all children). */
static uint64_t node_end(uint64_t n)
{
    uint32_t nprops = rd32(n), nkids = rd32(n + 4);
    uint64_t p = n + 8;
    for (uint32_t i = 0; i < nprops; i++)
        p += 36 + ((rd32(p + 32) & 0x7fffffff) + 3) / 4 * 4;
    for (uint32_t i = 0; i < nkids; i++)
        p = node_end(p);
    return p;
}

/* The property called name of node n: its value's address, length in *len. */
static uint64_t prop(uint64_t n, const char *name, uint32_t *len)
{
    uint32_t nprops = rd32(n);
    uint64_t p = n + 8;
    for (uint32_t i = 0; i < nprops; i++) {
        uint32_t l = rd32(p + 32) & 0x7fffffff;
        if (streq((const char *)p, name)) {
            *len = l;
            return p + 36;
        }
        p += 36 + (l + 3) / 4 * 4;
    }
    return 0;
}

static uint64_t child(uint64_t n, const char *name)
{
    uint32_t nprops = rd32(n), nkids = rd32(n + 4);
    uint64_t p = n + 8;
    for (uint32_t i = 0; i < nprops; i++)
        p += 36 + ((rd32(p + 32) & 0x7fffffff) + 3) / 4 * 4;
    for (uint32_t i = 0; i < nkids; i++) {
        uint32_t len;
        uint64_t v = prop(p, "name", &len);
        if (v && streq((const char *)v, name))
            return p;
        p = node_end(p);
    }
    return 0;
}

int adt_find_uart(uint64_t dt, uint64_t *uart_pa)
{
    uint64_t armio = child(dt, "arm-io");
    uint64_t uart = armio ? child(armio, "uart0") : 0;
    uint32_t rlen, glen;
    uint64_t ranges = armio ? prop(armio, "ranges", &rlen) : 0;
    uint64_t reg = uart ? prop(uart, "reg", &glen) : 0;
    if (!ranges || rlen < 16 || !reg || glen < 16)
        return -1;
    *uart_pa = rd64(ranges + 8) + rd64(reg);
    return 0;
}

int adt_check(uint64_t dt, uint64_t *timebase)
{
    uint32_t len;
    uint64_t v = prop(dt, "compatible", &len);
    demo_printf("  device tree: compatible \"%s\"", v ? (const char *)v : "?");
    uint64_t cpu0 = child(dt, "cpus");
    cpu0 = cpu0 ? child(cpu0, "cpu0") : 0;
    v = cpu0 ? prop(cpu0, "timebase-frequency", &len) : 0;
    if (!v || len != 8) {
        demo_printf("\n  /cpus/cpu0 timebase-frequency missing or not 8 bytes\n");
        return -1;
    }
    *timebase = rd64(v);
    uint64_t chosen = child(dt, "chosen");
    v = chosen ? prop(chosen, "random-seed", &len) : 0;
    unsigned nonzero = 0;
    for (uint32_t i = 0; v && i < len; i++)
        nonzero |= rd32((v + i) & ~3ull) >> (8 * ((v + i) & 3)) & 0xff;
    if (!v || len < 64 || !nonzero) {
        demo_printf("\n  /chosen random-seed missing, short or zero\n");
        return -1;
    }
    if (!chosen || !child(chosen, "memory-map") || !child(dt, "defaults")) {
        demo_printf("\n  /chosen/memory-map or /defaults missing\n");
        return -1;
    }
    demo_printf(", %u-byte random-seed, timebase %llu Hz\n", len, *timebase);
    /* a RAM disk, when iBoot (or xnuemu --ramdisk) placed one */
    v = prop(child(chosen, "memory-map"), "RAMDisk", &len);
    if (v && len == 16) {
        uint64_t pa = rd64(v), size = rd64(v + 8);
        demo_printf("  RAM disk at 0x%llx, %llu bytes: \"", pa, size);
        for (uint64_t i = 0; i < size && i < 32; i++) {
            char c = (char)(rd32((pa + i) & ~3ull) >> (8 * ((pa + i) & 3)));
            if (c < ' ' || c > '~')
                break;
            demo_printf("%c", c);
        }
        demo_printf("\"\n");
    }
    return 0;
}
