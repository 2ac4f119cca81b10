/*
 * test_linux_load.c — the arm64 Linux boot protocol on the T8010 machine
 * (Linux Documentation/arch/arm64/booting.rst): generated Images (raw and
 * gzip) are placed at a 2 MiB-aligned DRAM address + text_offset with
 * image_size bytes reserved, the FDT and the initrd follow in DRAM, the CPU
 * enters at EL1 with the MMU off, DAIF masked and x0 = the FDT; the
 * generated FDT's /chosen and /memory say where everything is; a --dtb tree
 * is patched in /chosen and /memory only; broken Images and initrds fail
 * with one message naming the file (broken trees: test_fdt_patch.c and
 * tests/linux/test_linux_cli.c).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include <libfdt.h>

#include "xnuemu/apple_board.h"
#include "xnuemu/fdt.h"
#include "xnuemu/loader.h"
#include "xnuemu/machine.h"
#include "xnuemu/sysreg.h"

#include "scratch.h"

#define DRAM UINT64_C(0x800000000)
#define SZ_2M (UINT64_C(2) << 20)
#define FLAGS_16K (2u << 1)

static const char *path_of(const char *name)
{
    return scratch_path(&scratch, name);
}

static void write_file(const char *name, const void *data, size_t len)
{
    scratch_write(&scratch, name, data, len);
}

static void put64(uint8_t *p, uint64_t v)
{
    for (int i = 0; i < 8; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

/* An Image of `size` bytes: the booting.rst header, then a byte pattern. */
static uint8_t *make_image(size_t size, uint64_t text_offset, uint64_t image_size,
                           uint64_t flags)
{
    uint8_t *img = malloc(size);
    assert_non_null(img);
    for (size_t i = 0; i < size; i++)
        img[i] = (uint8_t)(i * 7 + 3);
    put64(img + 0x00, UINT64_C(0x14000010));    /* code0: b +0x40; code1 */
    put64(img + 0x08, text_offset);
    put64(img + 0x10, image_size);
    put64(img + 0x18, flags);
    memset(img + 0x20, 0, 0x18);
    memcpy(img + 0x38, "ARM\x64", 4);
    memset(img + 0x3c, 0, 4);
    return img;
}

typedef struct Opts {
    const char *append, *initrd, *dtb;
    uint64_t ram;
} Opts;

static Machine *load_ok(const char *name, const Opts *o)
{
    MachineConfig cfg = { .machine = "t8010", .ram_size = o->ram ? o->ram : UINT64_C(256) << 20,
                          .append = o->append, .serial = "none",
                          .ramdisk = o->initrd ? path_of(o->initrd) : NULL,
                          .dtb = o->dtb ? path_of(o->dtb) : NULL };
    Machine *m = NULL;
    char err[512] = "";
    if (machine_create(&m, &cfg, err, sizeof(err)) != EMU_OK)
        fail_msg("machine_create: %s", err);
    if (machine_load(m, path_of(name), err, sizeof(err)) != EMU_OK)
        fail_msg("machine_load: %s", err);
    return m;
}

static void load_fails(const char *name, const Opts *o, const char *expect)
{
    MachineConfig cfg = { .machine = "t8010", .ram_size = o->ram ? o->ram : UINT64_C(256) << 20,
                          .append = o->append, .serial = "none",
                          .ramdisk = o->initrd ? path_of(o->initrd) : NULL,
                          .dtb = o->dtb ? path_of(o->dtb) : NULL };
    Machine *m = NULL;
    char err[512] = "";
    if (machine_create(&m, &cfg, err, sizeof(err)) != EMU_OK)
        fail_msg("machine_create: %s", err);
    if (machine_load(m, path_of(name), err, sizeof(err)) == EMU_OK)
        fail_msg("%s loaded, expected an error with '%s'", name, expect);
    if (!strstr(err, expect))
        fail_msg("error '%s' does not contain '%s'", err, expect);
    if (strchr(err, '\n'))
        fail_msg("error is more than one line: '%s'", err);
    machine_destroy(m);
}

/* The FDT the CPU was handed (x0), copied out of guest RAM. */
static void *guest_fdt(Machine *m)
{
    uint8_t head[40];
    assert_true(bus_read_phys(&m->bus, m->cpu->r[0], head, sizeof(head)));
    assert_int_equal(fdt_check_header(head), 0);
    size_t n = fdt_totalsize(head);
    void *fdt = malloc(n);
    assert_non_null(fdt);
    assert_true(bus_read_phys(&m->bus, m->cpu->r[0], fdt, n));
    assert_int_equal(fdt_check_full(fdt, n), 0);
    return fdt;
}

static const char *prop_str(const void *fdt, const char *path, const char *name)
{
    int node = fdt_path_offset(fdt, path);
    if (node < 0)
        fail_msg("%s: no such node", path);
    const char *v = fdt_getprop(fdt, node, name, NULL);
    if (!v)
        fail_msg("%s: no property %s", path, name);
    return v;
}

static uint64_t prop_u64(const void *fdt, const char *path, const char *name, int index)
{
    int node = fdt_path_offset(fdt, path), len = 0;
    assert_true(node >= 0);
    const uint8_t *v = fdt_getprop(fdt, node, name, &len);
    if (!v || len < (index + 1) * 8)
        fail_msg("%s: no 64-bit cell %d in %s", path, index, name);
    fdt64_t x;                  /* properties are only 4-byte aligned */
    memcpy(&x, v + 8 * index, sizeof(x));
    return fdt64_to_cpu(x);
}

static void expect_ram(Machine *m, uint64_t pa, const void *data, size_t n)
{
    uint8_t *buf = malloc(n);
    assert_non_null(buf);
    assert_true(bus_read_phys(&m->bus, pa, buf, n));
    assert_memory_equal(buf, data, n);
    free(buf);
}

/* The register state booting.rst asks for. */
static void expect_entry_state(Machine *m, uint64_t entry)
{
    CpuState *c = m->cpu;
    assert_int_equal(c->pc, entry);
    assert_int_equal(c->ps.el, 1);
    assert_int_equal(c->sr[SR_SCTLR_EL1] & 1, 0);                 /* MMU off */
    assert_int_equal(c->sr[SR_SCTLR_EL1] & (1u << 2), 0);         /* D-cache off */
    assert_int_equal(c->ps.daif, 0xf);                               /* D, A, I, F masked */
    for (int i = 1; i <= 3; i++)
        assert_int_equal(c->r[i], 0);
    assert_int_equal(c->r[0] & 7, 0);                             /* 8-byte aligned */
}

static void test_generated_fdt_and_placement(void **state)
{
    (void)state;
    const uint64_t text_offset = 0, image_size = UINT64_C(0x345000);
    uint8_t *img = make_image(0x200000, text_offset, image_size, FLAGS_16K | 8);
    write_file("Image", img, 0x200000);
    static const char rd[] = "070701 an initramfs, byte for byte";
    write_file("initrd", rd, sizeof(rd));
    Opts o = { .append = "console=ttySAC0 earlycon rdinit=/init", .initrd = "initrd" };
    Machine *m = load_ok("Image", &o);

    uint64_t kernel = DRAM + text_offset;
    expect_entry_state(m, kernel);
    expect_ram(m, kernel, img, 0x200000);
    /* the FDT follows image_size (not the file size), on a 2 MiB boundary */
    uint64_t fdt_pa = m->cpu->r[0];
    assert_true(fdt_pa >= kernel + image_size);
    assert_int_equal(fdt_pa % SZ_2M, 0);

    void *fdt = guest_fdt(m);
    assert_string_equal(prop_str(fdt, "/chosen", "bootargs"),
                        "console=ttySAC0 earlycon rdinit=/init");
    assert_string_equal(prop_str(fdt, "/chosen", "stdout-path"), "serial0");
    assert_string_equal(prop_str(fdt, "/aliases", "serial0"), "/soc/serial@20a0c0000");
    uint64_t rs = prop_u64(fdt, "/chosen", "linux,initrd-start", 0);
    uint64_t re = prop_u64(fdt, "/chosen", "linux,initrd-end", 0);
    assert_int_equal(re - rs, sizeof(rd));
    assert_true(rs >= fdt_pa + fdt_totalsize(fdt));
    assert_true(re <= DRAM + m->ram_size);
    /* booting.rst: the initrd in the same 32 GiB window as the kernel */
    assert_int_equal(rs >> 35, kernel >> 35);
    expect_ram(m, rs, rd, sizeof(rd));
    assert_int_equal(prop_u64(fdt, "/memory@800000000", "reg", 0), DRAM);
    assert_int_equal(prop_u64(fdt, "/memory@800000000", "reg", 1), m->ram_size);
    assert_string_equal(prop_str(fdt, "/memory@800000000", "device_type"), "memory");
    /* the root and the CPU */
    assert_string_equal(prop_str(fdt, "/", "compatible"), "apple,d10");
    assert_string_equal(prop_str(fdt, "/cpus/cpu@0", "device_type"), "cpu");
    assert_int_equal(prop_u64(fdt, "/cpus/cpu@0", "reg", 0), 0);
    free(fdt);
    free(img);
    machine_destroy(m);
}

/* The AIC, UART, timer and clock nodes, cell by cell. */
static void test_generated_devices(void **state)
{
    (void)state;
    uint8_t *img = make_image(0x10000, 0, 0x20000, FLAGS_16K);
    write_file("Image", img, 0x10000);
    Opts o = { 0 };
    Machine *m = load_ok("Image", &o);
    void *fdt = guest_fdt(m);

    int aic = fdt_node_offset_by_compatible(fdt, -1, "apple,aic");
    assert_true(aic >= 0);
    assert_int_equal(fdt_stringlist_search(fdt, aic, "compatible", "apple,t8010-aic"), 0);
    assert_non_null(fdt_getprop(fdt, aic, "interrupt-controller", NULL));
    uint32_t ph = fdt_get_phandle(fdt, aic);
    assert_true(ph != 0);
    int len;
    const fdt32_t *ip = fdt_getprop(fdt, 0, "interrupt-parent", &len);
    assert_non_null(ip);
    assert_int_equal(fdt32_to_cpu(*ip), ph);
    const fdt32_t *nc = fdt_getprop(fdt, aic, "#interrupt-cells", &len);
    assert_int_equal(fdt32_to_cpu(*nc), 3);

    int uart = fdt_node_offset_by_compatible(fdt, -1, "apple,s5l-uart");
    assert_true(uart >= 0);
    const fdt32_t *irq = fdt_getprop(fdt, uart, "interrupts", &len);
    assert_int_equal(len, 12);
    assert_int_equal(fdt32_to_cpu(irq[0]), 0);                    /* AIC_IRQ */
    assert_int_equal(fdt32_to_cpu(irq[1]), 218);                  /* UART0 */
    assert_int_equal(fdt32_to_cpu(irq[2]), 4);                    /* level high */
    const fdt32_t *clk = fdt_getprop(fdt, uart, "clocks", &len);
    assert_int_equal(len, 8);
    int ref = fdt_node_offset_by_phandle(fdt, fdt32_to_cpu(clk[0]));
    assert_true(ref >= 0);
    assert_int_equal(fdt_node_check_compatible(fdt, ref, "fixed-clock"), 0);
    const fdt32_t *hz = fdt_getprop(fdt, ref, "clock-frequency", &len);
    assert_int_equal(fdt32_to_cpu(*hz), 24000000);

    int timer = fdt_node_offset_by_compatible(fdt, -1, "arm,armv8-timer");
    assert_true(timer >= 0);
    const fdt32_t *t = fdt_getprop(fdt, timer, "interrupts", &len);
    assert_int_equal(len, 24);
    static const uint32_t want[6] = { 1, 2, 4, 1, 3, 4 };   /* FIQ guest phys, guest virt */
    for (int i = 0; i < 6; i++)
        assert_int_equal(fdt32_to_cpu(t[i]), want[i]);
    assert_int_equal(fdt_stringlist_search(fdt, timer, "interrupt-names", "virt"), 1);
    /* dtc's checks (reg/ranges formats, unit addresses, aliases, interrupt
     * providers) find nothing to warn about */
    write_file("gen.dtb", fdt, fdt_totalsize(fdt));
    char cmd[1200];
    snprintf(cmd, sizeof(cmd), "dtc -I dtb -O dts -o /dev/null '%s' 2>'%s'", path_of("gen.dtb"),
             path_of("dtc.err"));
    if (system("command -v dtc >/dev/null") == 0) {
        assert_int_equal(system(cmd), 0);
        uint8_t *warn;
        size_t nwarn;
        char err[256];
        assert_int_equal(load_file(path_of("dtc.err"), &warn, &nwarn, err, sizeof(err)), EMU_OK);
        if (nwarn)
            fail_msg("dtc: %.*s", (int)nwarn, (const char *)warn);
        free(warn);
    } else {
        fprintf(stderr, "dtc not found: its checks skipped\n");
    }
    /* no initrd given: no initrd properties */
    int chosen = fdt_path_offset(fdt, "/chosen");
    assert_null(fdt_getprop(fdt, chosen, "linux,initrd-start", NULL));
    assert_string_equal(prop_str(fdt, "/chosen", "bootargs"), "");
    free(fdt);
    free(img);
    machine_destroy(m);
}

/* A pre-3.17 Image (image_size 0) goes at text_offset 0x80000; a non-zero
 * text_offset is honoured. */
static void test_text_offset(void **state)
{
    (void)state;
    uint8_t *img = make_image(0x9000, UINT64_C(0x1234000), 0, 0);
    write_file("old", img, 0x9000);
    Opts o = { 0 };
    Machine *m = load_ok("old", &o);
    expect_entry_state(m, DRAM + 0x80000);
    expect_ram(m, DRAM + 0x80000, img, 0x9000);
    machine_destroy(m);
    free(img);

    img = make_image(0x9000, 0x80000, 0x100000, FLAGS_16K);
    write_file("new", img, 0x9000);
    m = load_ok("new", &o);
    expect_entry_state(m, DRAM + 0x80000);
    expect_ram(m, DRAM + 0x80000, img, 0x9000);
    assert_true(m->cpu->r[0] >= DRAM + 0x180000);
    machine_destroy(m);
    free(img);
}

/* Image.gz: the same bytes land in RAM as from the raw Image. */
static void test_gzip_image(void **state)
{
    (void)state;
    uint8_t *img = make_image(0x30000, 0, 0x40000, FLAGS_16K);
    write_file("Image", img, 0x30000);
    char cmd[1200];
    snprintf(cmd, sizeof(cmd), "gzip -9 -n -c '%s' > '%s'", path_of("Image"),
             path_of("Image.gz"));
    assert_int_equal(system(cmd), 0);
    Opts o = { .append = "quiet" };
    Machine *m = load_ok("Image.gz", &o);
    expect_entry_state(m, DRAM);
    expect_ram(m, DRAM, img, 0x30000);
    void *fdt = guest_fdt(m);
    assert_string_equal(prop_str(fdt, "/chosen", "bootargs"), "quiet");
    free(fdt);
    machine_destroy(m);

    /* a truncated Image.gz is an error naming the file */
    uint8_t *gz;
    size_t gzn;
    char err[256];
    assert_int_equal(load_file(path_of("Image.gz"), &gz, &gzn, err, sizeof(err)), EMU_OK);
    write_file("cut.gz", gz, gzn - 9);
    load_fails("cut.gz", &o, "cut.gz: deflate data at byte");
    free(gz);
    free(img);
}

static void test_broken_images(void **state)
{
    (void)state;
    Opts o = { 0 };
    uint8_t *img = make_image(0x4000, 0, 0x8000, FLAGS_16K | 1);
    write_file("be", img, 0x4000);
    load_fails("be", &o, "be: a big-endian arm64 Image");
    free(img);

    img = make_image(0x4000, 0x123, 0x8000, FLAGS_16K);
    write_file("odd", img, 0x4000);
    load_fails("odd", &o, "odd: arm64 Image header: text_offset 0x123");
    free(img);

    img = make_image(0x4000, 0, 0x2000, FLAGS_16K);     /* image_size < file */
    write_file("short", img, 0x4000);
    load_fails("short", &o, "image_size 0x2000");
    free(img);

    /* image_size larger than the machine's DRAM */
    img = make_image(0x4000, 0, UINT64_C(0x40000000), FLAGS_16K);
    write_file("huge", img, 0x4000);
    load_fails("huge", &o, "huge: the kernel (0x40000000 bytes at 0x800000000) does not fit");
    free(img);

    /* an image_size that wraps the address space */
    img = make_image(0x4000, 0, UINT64_C(0xfffffffffffff000), FLAGS_16K);
    write_file("wrap", img, 0x4000);
    load_fails("wrap", &o, "wrap: the kernel (0xfffffffffffff000 bytes");
    free(img);

    /* an initrd that does not fit after the kernel */
    img = make_image(0x4000, 0, UINT64_C(0xe000000), FLAGS_16K);
    write_file("big", img, 0x4000);
    uint8_t *rd = calloc(1, UINT64_C(0x2000000));
    assert_non_null(rd);
    write_file("rd", rd, UINT64_C(0x2000000));
    free(rd);
    Opts with_rd = { .initrd = "rd" };
    load_fails("big", &with_rd, "rd: the initrd");
    Opts missing = { .initrd = "nonexistent" };
    load_fails("big", &missing, "nonexistent: No such file");
    free(img);
}

/* A tiny user tree made with libfdt: /memory with one address cell. */
static void write_user_dtb(const char *name, bool with_chosen, bool with_memory)
{
    char buf[4096];
    assert_int_equal(fdt_create_empty_tree(buf, sizeof(buf)), 0);
    assert_int_equal(fdt_setprop_u32(buf, 0, "#address-cells", 2), 0);
    assert_int_equal(fdt_setprop_u32(buf, 0, "#size-cells", 1), 0);
    assert_int_equal(fdt_setprop_string(buf, 0, "model", "user tree"), 0);
    if (with_chosen) {
        int c = fdt_add_subnode(buf, 0, "chosen");
        assert_true(c >= 0);
        assert_int_equal(fdt_setprop_string(buf, c, "bootargs", "from the tree"), 0);
        assert_int_equal(fdt_setprop_u64(buf, c, "linux,initrd-start", 0x1000), 0);
        assert_int_equal(fdt_setprop_u64(buf, c, "linux,initrd-end", 0x2000), 0);
        assert_int_equal(fdt_setprop_string(buf, c, "stdout-path", "/uart"), 0);
    }
    if (with_memory) {
        int mem = fdt_add_subnode(buf, 0, "memory@0");
        assert_true(mem >= 0);
        assert_int_equal(fdt_setprop_string(buf, mem, "device_type", "memory"), 0);
        fdt32_t reg[3] = { 0, 0, cpu_to_fdt32(0x1000) };
        assert_int_equal(fdt_setprop(buf, mem, "reg", reg, sizeof(reg)), 0);
    }
    int other = fdt_add_subnode(buf, 0, "uart");
    assert_true(other >= 0);
    assert_int_equal(fdt_setprop_string(buf, other, "compatible", "vendor,thing"), 0);
    assert_int_equal(fdt_pack(buf), 0);
    write_file(name, buf, fdt_totalsize(buf));
}

static void test_user_dtb_patched(void **state)
{
    (void)state;
    uint8_t *img = make_image(0x4000, 0, 0x8000, FLAGS_16K);
    write_file("Image", img, 0x4000);
    free(img);
    static const char rd[] = "RAMDISK";
    write_file("rd", rd, sizeof(rd));

    /* /chosen and /memory present: bootargs replaced, initrd moved, reg
     * rewritten in the tree's own cells; everything else untouched */
    write_user_dtb("user.dtb", true, true);
    Opts o = { .append = "console=ttySAC0", .initrd = "rd", .dtb = "user.dtb" };
    Machine *m = load_ok("Image", &o);
    void *fdt = guest_fdt(m);
    assert_string_equal(prop_str(fdt, "/", "model"), "user tree");
    assert_string_equal(prop_str(fdt, "/uart", "compatible"), "vendor,thing");
    assert_string_equal(prop_str(fdt, "/chosen", "bootargs"), "console=ttySAC0");
    assert_string_equal(prop_str(fdt, "/chosen", "stdout-path"), "/uart");
    uint64_t rs = prop_u64(fdt, "/chosen", "linux,initrd-start", 0);
    expect_ram(m, rs, rd, sizeof(rd));
    int mem = fdt_path_offset(fdt, "/memory@0"), len;
    const fdt32_t *reg = fdt_getprop(fdt, mem, "reg", &len);
    assert_int_equal(len, 12);
    assert_int_equal(fdt32_to_cpu(reg[0]), 8);
    assert_int_equal(fdt32_to_cpu(reg[1]), 0);
    assert_int_equal(fdt32_to_cpu(reg[2]), 256u << 20);
    free(fdt);
    machine_destroy(m);

    /* no --append and no --initrd: bootargs kept, initrd properties removed */
    Opts keep = { .dtb = "user.dtb" };
    m = load_ok("Image", &keep);
    fdt = guest_fdt(m);
    assert_string_equal(prop_str(fdt, "/chosen", "bootargs"), "from the tree");
    assert_null(fdt_getprop(fdt, fdt_path_offset(fdt, "/chosen"), "linux,initrd-start", NULL));
    free(fdt);
    machine_destroy(m);

    /* neither node: both are created */
    write_user_dtb("bare.dtb", false, false);
    Opts add = { .append = "x=1", .dtb = "bare.dtb" };
    m = load_ok("Image", &add);
    fdt = guest_fdt(m);
    assert_string_equal(prop_str(fdt, "/chosen", "bootargs"), "x=1");
    assert_string_equal(prop_str(fdt, "/memory@800000000", "device_type"), "memory");
    free(fdt);
    machine_destroy(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_generated_fdt_and_placement),
        cmocka_unit_test(test_generated_devices),
        cmocka_unit_test(test_text_offset),
        cmocka_unit_test(test_gzip_image),
        cmocka_unit_test(test_broken_images),
        cmocka_unit_test(test_user_dtb_patched),
    };
    return cmocka_run_group_tests(tests, scratch_group_setup, scratch_group_teardown);
}
