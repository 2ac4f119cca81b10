/*
 * test_adt_gen.c — the device tree generated for the T8010 board
 * (adt_gen.c) checked against what XNU reads during a bare boot
 * (XNU-BOOT.md §3.1-§3.3): every node and property §3.2/§3.3 list, with
 * exact values, sizes (8-byte frequencies, 8-byte "running") and the
 * DTLookupEntry/DTFindEntry results XNU gets; phandles and interrupt
 * parents consistent; the tree agreeing with the machine's bus map; the
 * random-seed deterministic per --seed (bytes for seed 7 pinned). The
 * serialised blob is walked by adt_reader.h, written from §3.1 alone, so
 * the checks do not depend on the adt.c parser; adt.c is then used for
 * the round trip and adt_check().
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "xnuemu/apple_board.h"
#include "xnuemu/machine.h"
#include "adt_reader.h"

#define DRAM UINT64_C(0x800000000)
#define MIB  (UINT64_C(1) << 20)

/* ---- the generated tree ---- */

static AppleAdtParams params(uint64_t seed)
{
    AppleAdtParams p = { .pram_pa = DRAM + 255 * MIB, .firmware_version = "xnuemu-test" };
    apple_random_seed(seed, p.random_seed);
    return p;
}

static Dt generate(const AppleAdtParams *p)
{
    AdtNode *root;
    char err[256] = "";
    if (apple_adt_generate(&apple_board_t8010, p, &root, err, sizeof(err)) != EMU_OK)
        fail_msg("generate: %s", err);
    Dt dt;
    assert_int_equal(adt_serialise(root, &dt.b, &dt.size, err, sizeof(err)), EMU_OK);
    assert_int_equal(dt.size, adt_serialised_size(root));
    adt_free(root);
    assert_int_equal(dt_skip(&dt, 0), dt.size);           /* the blob is exactly one tree */
    return dt;
}

static void test_round_trip_and_check(void **state)
{
    (void)state;
    AppleAdtParams p = params(1);
    AdtNode *root, *back;
    char err[256] = "";
    assert_int_equal(apple_adt_generate(&apple_board_t8010, &p, &root, err, sizeof(err)),
                     EMU_OK);
    assert_int_equal(adt_check(root, err, sizeof(err)), EMU_OK);
    uint8_t *blob, *again;
    size_t size, size2;
    assert_int_equal(adt_serialise(root, &blob, &size, err, sizeof(err)), EMU_OK);
    AdtParseInfo info;
    assert_int_equal(adt_parse_ex(blob, size, 0, &back, &info, err, sizeof(err)), EMU_OK);
    assert_int_equal(info.used, size);
    assert_int_equal(info.flagged, 0);
    assert_true(adt_equal(root, back));
    assert_int_equal(adt_check(back, err, sizeof(err)), EMU_OK);
    assert_int_equal(adt_serialise(back, &again, &size2, err, sizeof(err)), EMU_OK);
    assert_int_equal(size2, size);
    assert_memory_equal(again, blob, size);
    /* the parsed tree answers look-ups like the independent reader */
    assert_non_null(adt_find(back, "/arm-io/uart0"));
    assert_non_null(adt_find(back, "chosen/memory-map"));
    free(again);
    free(blob);
    adt_free(back);
    adt_free(root);
}

/* §3.2/§3.3: root identity, /chosen, /defaults, /pram. */
static void test_root_chosen_defaults(void **state)
{
    (void)state;
    AppleAdtParams p = params(7);
    Dt dt = generate(&p);
    need_str(&dt, "", "name", "device-tree");
    need_prop(&dt, "", "compatible", 25);
    assert_memory_equal(need_prop(&dt, "", "compatible", 25), "D10AP\0iPhone9,1\0AppleARM", 25);
    need_str(&dt, "", "model", "iPhone9,1");
    need_str(&dt, "", "target-type", "D10");
    assert_int_equal(need_u32(&dt, "", "#address-cells"), 2);
    assert_int_equal(need_u32(&dt, "", "#size-cells"), 2);

    /* random-seed: the 64 bytes given, not all zero */
    const uint8_t *seed = need_prop(&dt, "chosen", "random-seed", 64);
    assert_memory_equal(seed, p.random_seed, 64);
    unsigned nonzero = 0;
    for (unsigned i = 0; i < 64; i++)
        nonzero += seed[i] != 0;
    assert_true(nonzero > 0);
    assert_int_equal(need_u32(&dt, "chosen", "debug-enabled"), 1);
    need_str(&dt, "chosen", "firmware-version", "xnuemu-test");
    assert_int_equal(need_u32(&dt, "chosen", "embedded-panic-log-size"), 0x80000);
    need_u64(&dt, "chosen", "unique-chip-id");
    need_u32(&dt, "chosen", "dram-vendor-id");
    /* memory-map: must exist; empty for a bare kernel (no TrustCache,
     * RAMDisk only when there is one) */
    size_t mm = dt_lookup(&dt, "chosen/memory-map");
    assert_true(mm != 0);
    uint32_t len = 0;
    assert_null(dt_prop(&dt, mm, "TrustCache", &len));
    assert_null(dt_prop(&dt, mm, "RAMDisk", &len));
    assert_true(dt_lookup(&dt, "defaults") != 0);
    /* the panic buffer: reg {u64 PA, u64 size}, the PA as given, big
     * enough for the panic log */
    const uint8_t *reg = need_prop(&dt, "pram", "reg", 16);
    assert_int_equal(rd64(reg), DRAM + 255 * MIB);
    assert_int_equal(rd64(reg + 8), MIB);                  /* §3.3: 0x100000 */
    /* what must be absent: a dockchannel UART would win over uart0, a
     * cpu-debug-interface makes the kernel write CoreSight registers */
    unsigned n;
    assert_int_equal(dt_find(&dt, "name", "dockchannel-uart", &n), SIZE_MAX);
    assert_int_equal(dt_find(&dt, "device_type", "cpu-debug-interface", &n), SIZE_MAX);
    free(dt.b);
}

/* /cpus/cpu0: the boot CPU, 8-byte frequencies. */
static void test_cpus(void **state)
{
    (void)state;
    AppleAdtParams p = params(7);
    Dt dt = generate(&p);
    size_t cpus = dt_lookup(&dt, "cpus");
    assert_true(cpus != 0);
    assert_true(rd32(dt.b + cpus + 4) >= 1);
    assert_int_equal(need_u32(&dt, "cpus", "#address-cells"), 1);
    assert_int_equal(need_u32(&dt, "cpus", "#size-cells"), 0);
    /* the first child is cpu0: XNU's walkers take the first with "state" */
    size_t first = dt_first_child(&dt, cpus);
    assert_int_equal(first, dt_lookup(&dt, "cpus/cpu0"));
    need_str(&dt, "cpus/cpu0", "name", "cpu0");
    need_str(&dt, "cpus/cpu0", "device_type", "cpu");
    /* "running" compared with strncmp over the property's 8 bytes */
    assert_memory_equal(need_prop(&dt, "cpus/cpu0", "state", 8), "running", 8);
    assert_int_equal(need_u32(&dt, "cpus/cpu0", "reg"), 0);        /* MPIDR_EL1.Aff0 */
    assert_int_equal(need_u32(&dt, "cpus/cpu0", "cpu-id"), 0);
    assert_int_equal(need_u64(&dt, "cpus/cpu0", "timebase-frequency"), 24000000);
    assert_int_equal(need_u64(&dt, "cpus/cpu0", "fixed-frequency"), 24000000);
    assert_int_equal(need_u64(&dt, "cpus/cpu0", "clock-frequency"), 2340000000u);
    assert_int_equal(need_u64(&dt, "cpus/cpu0", "bus-frequency"), 24000000);
    assert_int_equal(need_u64(&dt, "cpus/cpu0", "peripheral-frequency"), 24000000);
    assert_int_equal(need_u64(&dt, "cpus/cpu0", "memory-frequency"), 24000000);
    free(dt.b);
}

static bool xnu_serial_compatible(const char *s)
{
    /* pe_serial.c accepts exactly these (XNU-BOOT.md §3.2) */
    static const char *const ok[] = { "uart-1,samsung", "uart,s5i3000", "uart,16550",
                                      "uart-16550" };
    for (unsigned i = 0; i < 4; i++)
        if (strcmp(s, ok[i]) == 0)
            return true;
    return false;
}

/* /arm-io: found by name, soc_base = ranges[1], uart0 and the AIC. */
static void test_arm_io(void **state)
{
    (void)state;
    AppleAdtParams p = params(7);
    Dt dt = generate(&p);
    unsigned n;
    size_t io = dt_find(&dt, "name", "arm-io", &n);
    assert_int_equal(n, 1);
    assert_int_equal(io, dt_lookup(&dt, "arm-io"));
    need_str(&dt, "arm-io", "device_type", "t8010-io");
    need_str(&dt, "arm-io", "compatible", "arm-io,t8010");
    assert_int_equal(need_u32(&dt, "arm-io", "#address-cells"), 2);
    assert_int_equal(need_u32(&dt, "arm-io", "#size-cells"), 2);
    uint32_t len = 0;
    /* §3.3: {u64 0, u64 0x200000000, u64 0x20000000}; soc_base = ranges[1] */
    const uint8_t *ranges = need_prop(&dt, "arm-io", "ranges", 24);
    assert_int_equal(rd64(ranges), 0);
    uint64_t soc_base = rd64(ranges + 8);
    assert_int_equal(soc_base, UINT64_C(0x200000000));
    assert_int_equal(rd64(ranges + 16), 0x20000000);
    need_str(&dt, "arm-io/uart0", "name", "uart0");
    need_str(&dt, "arm-io/uart0", "device_type", "serial");
    need_str(&dt, "arm-io/uart0", "compatible", "uart-1,samsung");
    assert_int_equal(need_u32(&dt, "arm-io/uart0", "boot-console"), 0);
    need_str(&dt, "arm-io/aic", "interrupt-controller", "master");

    /* uart0: reg offset from soc_base, a compatible XNU accepts */
    const uint8_t *reg = need_prop(&dt, "arm-io/uart0", "reg", 16);
    assert_int_equal(rd64(reg), 0x0a0c0000);
    assert_int_equal(rd64(reg) + soc_base, UINT64_C(0x20a0c0000));
    assert_int_equal(rd64(reg + 8), 0x4000);
    const uint8_t *compat = dt_prop(&dt, dt_lookup(&dt, "arm-io/uart0"), "compatible", &len);
    assert_non_null(compat);
    assert_non_null(memchr(compat, 0, len));
    assert_true(xnu_serial_compatible((const char *)compat));
    /* serial_init takes the first node with boot-console: uart0 */
    assert_int_equal(dt_find(&dt, "boot-console", NULL, &n), dt_lookup(&dt, "arm-io/uart0"));
    /* the AIC: the one node with interrupt-controller = "master" */
    size_t aic = dt_find(&dt, "interrupt-controller", "master", &n);
    assert_int_equal(n, 1);
    reg = dt_prop(&dt, aic, "reg", &len);
    assert_non_null(reg);
    assert_int_equal(len, 16);
    assert_int_equal(rd64(reg), 0x0e100000);
    assert_int_equal(rd64(reg + 8), 0x100000);
    free(dt.b);
}

/* Every node named and carrying properties; AAPL,phandle unique and
 * nonzero; every interrupt-parent names the AIC's phandle. */
typedef struct NodeCtx {
    uint32_t phandles[64];
    unsigned nphandles, nodes, parents;
    uint32_t parent_refs[64];
} NodeCtx;

static void node_visit(const Dt *dt, size_t node, void *ctx)
{
    NodeCtx *c = ctx;
    c->nodes++;
    assert_true(rd32(dt->b + node) >= 1);               /* nProperties 0 ends XNU's walk */
    uint32_t len = 0;
    const uint8_t *name = dt_prop(dt, node, "name", &len);
    if (!name || len < 2 || len > 64 || !memchr(name, 0, len) || strlen((const char *)name) == 0)
        fail_msg("node at offset 0x%zx has no usable name", node);
    const uint8_t *ph = dt_prop(dt, node, "AAPL,phandle", &len);
    if (ph) {
        assert_int_equal(len, 4);
        assert_true(rd32(ph) != 0);
        for (unsigned i = 0; i < c->nphandles; i++)
            if (c->phandles[i] == rd32(ph))
                fail_msg("phandle %u used twice (%s)", rd32(ph), (const char *)name);
        assert_true(c->nphandles < 64);
        c->phandles[c->nphandles++] = rd32(ph);
    }
    const uint8_t *ip = dt_prop(dt, node, "interrupt-parent", &len);
    if (ip) {
        assert_int_equal(len, 4);
        assert_non_null(dt_prop(dt, node, "interrupts", &len));
        c->parent_refs[c->parents++] = rd32(ip);
    }
}

static void test_nodes_and_phandles(void **state)
{
    (void)state;
    AppleAdtParams p = params(7);
    Dt dt = generate(&p);
    NodeCtx c = { .nodes = 0 };
    dt_walk(&dt, 0, node_visit, &c);
    assert_int_equal(c.nphandles, c.nodes);                   /* every node has one */
    /* the nodes of XNU-BOOT.md §3.3 (mcc omitted: -unsafe_kernel_text) */
    static const char *const paths[] = { "chosen", "chosen/memory-map", "pram", "defaults",
                                         "cpus", "cpus/cpu0", "arm-io", "arm-io/uart0",
                                         "arm-io/aic" };
    for (unsigned i = 0; i < sizeof(paths) / sizeof(paths[0]); i++)
        if (!dt_lookup(&dt, paths[i]))
            fail_msg("/%s missing", paths[i]);
    assert_true(c.nodes >= 10);
    size_t aic = dt_find(&dt, "interrupt-controller", "master", NULL);
    uint32_t len = 0;
    uint32_t aic_ph = rd32(dt_prop(&dt, aic, "AAPL,phandle", &len));
    assert_true(c.parents >= 1);                              /* uart0 at least */
    for (unsigned i = 0; i < c.parents; i++)
        assert_int_equal(c.parent_refs[i], aic_ph);
    /* uart0's interrupt is the AIC input the board wires it to */
    const AppleBoard *b = &apple_board_t8010;
    for (unsigned i = 0; i < b->ndevs; i++) {
        if (b->devs[i].irq < 0)
            continue;
        char path[80];
        snprintf(path, sizeof(path), "arm-io/%s", b->devs[i].node);
        uint32_t irq = need_u32(&dt, path, "interrupts");
        assert_int_equal(irq, (uint32_t)b->devs[i].irq);
        assert_true(irq < b->aic_irqs);
        assert_int_equal(need_u32(&dt, path, "interrupt-parent"), aic_ph);
    }
    free(dt.b);
}

/* The tree and the machine agree: each device node's soc_base + reg is
 * where the t8010 machine maps that device; /pram lies above the memSize
 * the loader hands XNU but inside DRAM; the timebase is the counter's. */
static void test_tree_matches_machine(void **state)
{
    (void)state;
    Machine *m;
    char err[256] = "";
    MachineConfig cfg = { .machine = "t8010", .ram_size = 256 * MIB, .serial = "none" };
    assert_int_equal(machine_create(&m, &cfg, err, sizeof(err)), EMU_OK);
    AppleAdtParams p = params(7);
    p.pram_pa = m->pram_pa;
    Dt dt = generate(&p);
    uint64_t soc_base = rd64(need_prop(&dt, "arm-io", "ranges", 24) + 8);
    const AppleBoard *b = &apple_board_t8010;
    for (unsigned i = 0; i < b->ndevs; i++) {
        char path[80];
        snprintf(path, sizeof(path), "arm-io/%s", b->devs[i].node);
        const uint8_t *reg = need_prop(&dt, path, "reg", 16);
        BusRegion *r = bus_find(&m->bus, soc_base + rd64(reg));
        if (!r)
            fail_msg("nothing mapped at 0x%llx for /%s",
                     (unsigned long long)(soc_base + rd64(reg)), path);
        assert_null(bus_ram_ptr(&m->bus, soc_base + rd64(reg), 4));   /* MMIO, not RAM */
    }
    const uint8_t *reg = need_prop(&dt, "pram", "reg", 16);
    uint64_t pa = rd64(reg), size = rd64(reg + 8);
    assert_true(pa >= m->ram_base + m->kernel_mem_size);                /* outside memSize */
    assert_int_equal(pa, DRAM + 255 * MIB);
    assert_non_null(bus_ram_ptr(&m->bus, pa, size));                    /* but in DRAM */
    assert_int_equal(need_u64(&dt, "cpus/cpu0", "timebase-frequency"), m->model.cntfrq);
    free(dt.b);
    machine_destroy(m);
}

/* apple_random_seed: deterministic, seed-dependent, never all zero; the
 * tree differs between seeds only in the random-seed bytes. The bytes for
 * --seed 7 are pinned (splitmix64 from seed ^ "xnuemu", worked in Python):
 * a boot is only reproducible across versions if they never change. */
static void test_random_seed(void **state)
{
    (void)state;
    static const uint8_t seed7[64] = {
        0xab, 0x91, 0x75, 0xa0, 0x42, 0x98, 0xa5, 0xcb, 0x0d, 0x9d, 0xcd, 0x3f, 0xee, 0x05,
        0xdd, 0x1a, 0x09, 0xea, 0x77, 0x40, 0xaf, 0x53, 0x4e, 0xaa, 0x5c, 0x1a, 0x5b, 0xdc,
        0x57, 0x7f, 0xb7, 0x02, 0x4e, 0x74, 0xd2, 0x63, 0x6a, 0x9d, 0x1c, 0x09, 0xc7, 0xa2,
        0xe3, 0x88, 0x1e, 0xff, 0xea, 0x14, 0x6e, 0x21, 0xfc, 0x86, 0x23, 0x2c, 0xca, 0x3d,
        0x9c, 0xb1, 0x1e, 0x74, 0x60, 0x71, 0x61, 0xb0,
    };
    uint8_t got7[64];
    apple_random_seed(7, got7);
    assert_memory_equal(got7, seed7, 64);
    static const uint64_t seeds[] = { 0, 1, 2, 7, UINT64_C(0x786e75656d75), UINT64_MAX };
    uint8_t a[64], b[64], prev[64];
    for (unsigned i = 0; i < sizeof(seeds) / sizeof(seeds[0]); i++) {
        apple_random_seed(seeds[i], a);
        apple_random_seed(seeds[i], b);
        assert_memory_equal(a, b, 64);
        unsigned nonzero = 0;
        for (unsigned j = 0; j < 64; j++)
            nonzero += a[j] != 0;
        assert_true(nonzero > 0);
        if (i)
            assert_memory_not_equal(a, prev, 64);
        memcpy(prev, a, 64);
    }
    AppleAdtParams p1 = params(1), p1b = params(1), p2 = params(2);
    Dt t1 = generate(&p1), t1b = generate(&p1b), t2 = generate(&p2);
    assert_int_equal(t1.size, t1b.size);
    assert_memory_equal(t1.b, t1b.b, t1.size);
    assert_int_equal(t1.size, t2.size);
    const uint8_t *s1 = need_prop(&t1, "chosen", "random-seed", 64);
    size_t off = (size_t)(s1 - t1.b);
    assert_memory_not_equal(t1.b + off, t2.b + off, 64);
    assert_memory_equal(t1.b, t2.b, off);
    assert_memory_equal(t1.b + off + 64, t2.b + off + 64, t1.size - off - 64);
    free(t1.b);
    free(t1b.b);
    free(t2.b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trip_and_check),
        cmocka_unit_test(test_root_chosen_defaults),
        cmocka_unit_test(test_cpus),
        cmocka_unit_test(test_arm_io),
        cmocka_unit_test(test_nodes_and_phandles),
        cmocka_unit_test(test_tree_matches_machine),
        cmocka_unit_test(test_random_seed),
    };
    return cmocka_run_group_tests_name("adt_gen", tests, NULL, NULL);
}
