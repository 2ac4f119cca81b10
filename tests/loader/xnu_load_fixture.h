/*
 * xnu_load_fixture.h — shared by the load_xnu() tests: a scratch
 * directory (scratch.h) for --dtb/--ramdisk files, a small synthetic kernel, an
 * IPSW-like device tree, and a boot on a 256 MiB T8010 machine that reads
 * boot_args and the device tree back from guest memory (static functions,
 * like macho_build.h; one copy per test executable).
 */
#ifndef TESTS_XNU_LOAD_FIXTURE_H
#define TESTS_XNU_LOAD_FIXTURE_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "macho_build.h"
#include "scratch.h"
#include "xnuemu/apple_board.h"
#include "xnuemu/loader.h"
#include "xnuemu/machine.h"
#include "xnuemu/sysreg.h"
#include "xnuemu/xnu_boot.h"

#define KVA  UINT64_C(0xfffffff007004000)
#define DRAM UINT64_C(0x800000000)
#define MIB  (UINT64_C(1) << 20)
#define PG   UINT64_C(0x4000)
#define SEED UINT64_C(0x1234)

typedef struct Fx {
    Scratch s;
    char tree[512], rd[512], other[512];      /* paths in s */
    MbImage k;
} Fx;

static inline int xl_setup(void **state)
{
    Fx *f = calloc(1, sizeof(*f));
    assert_non_null(f);
    assert_true(scratch_create(&f->s, "xnuload"));
    snprintf(f->tree, sizeof(f->tree), "%s", scratch_path(&f->s, "tree.adt"));
    snprintf(f->rd, sizeof(f->rd), "%s", scratch_path(&f->s, "rd.img"));
    snprintf(f->other, sizeof(f->other), "%s", scratch_path(&f->s, "other"));
    /* kernel image 0x1c000 bytes; __DATA has a BSS tail */
    const MbSeg segs[] = {
        { "__TEXT", KVA, 0x8000, 0, 0x8000, 5 },
        { "__DATA", KVA + 0x8000, 0x10000, 0x8000, 0x4000, 3 },
        { "__LINKEDIT", KVA + 0x18000, 0x4000, 0xc000, 0x1000, 1 },
    };
    f->k = mb_build(2, segs, 3, KVA + 0x100, 0, NULL, 0, 0xd000);
    *state = f;
    return 0;
}

static inline int xl_teardown(void **state)
{
    Fx *f = *state;
    bool removed = scratch_remove(&f->s);
    free(f->k.data);
    free(f);
    return removed ? 0 : -1;
}

static inline void write_tree(const char *path, const AdtNode *root)
{
    uint8_t *blob;
    size_t size;
    char err[256];
    assert_int_equal(adt_serialise(root, &blob, &size, err, sizeof(err)), EMU_OK);
    scratch_write_file(path, blob, size);
    free(blob);
}

static inline void flag(AdtNode *n, const char *prop)
{
    AdtProp *p = adt_find_prop(n, prop);
    assert_non_null(p);
    p->flags = 0x80000000u;
}

/* What an IPSW's DeviceTree.im4p payload looks like to the loader: a
 * flagged, zeroed random-seed placeholder, flagged 4-byte timebase,
 * 4-byte bus-frequency, CPUs "waiting", no /pram, no memory-map, and an
 * unmodelled /arm-io/sgx; without /cpus if with_cpus is false. */
static inline AdtNode *ipsw_tree(bool with_cpus)
{
    AdtNode *root = adt_new_root();
    const char *compat[] = { "D10AP", "iPhone9,1", "AppleARM" };
    assert_int_equal(adt_set_strs(root, "compatible", compat, 3), EMU_OK);
    AdtNode *chosen = adt_add_child(root, "chosen");
    uint8_t zeros[64] = { 0 };
    assert_int_equal(adt_set_prop(chosen, "random-seed", zeros, 64), EMU_OK);
    flag(chosen, "random-seed");
    assert_int_equal(adt_set_u32(chosen, "debug-enabled", 0x55), EMU_OK);
    if (with_cpus) {
        AdtNode *cpus = adt_add_child(root, "cpus");
        for (unsigned i = 0; i < 2; i++) {
            AdtNode *cpu = adt_add_child(cpus, i ? "cpu1" : "cpu0");
            assert_int_equal(adt_set_str(cpu, "compatible", "apple,hurricane-zephyr"), EMU_OK);
            assert_int_equal(adt_set_u32(cpu, "timebase-frequency", 0), EMU_OK);
            flag(cpu, "timebase-frequency");
            assert_int_equal(adt_set_u32(cpu, "bus-frequency", 0x1234567), EMU_OK);
            assert_int_equal(adt_set_str_padded(cpu, "state", "waiting", 8), EMU_OK);
        }
    }
    AdtNode *io = adt_add_child(root, "arm-io");
    assert_int_equal(adt_set_str(io, "device_type", "t8010-io"), EMU_OK);
    assert_int_equal(adt_set_str(io, "compatible", "arm-io,t8010"), EMU_OK);
    const uint64_t ranges[3] = { 0, UINT64_C(0x200000000), 0x20000000 };
    assert_int_equal(adt_set_u64s(io, "ranges", ranges, 3), EMU_OK);
    AdtNode *uart = adt_add_child(io, "uart0");
    assert_int_equal(adt_set_str(uart, "compatible", "uart-1,samsung"), EMU_OK);
    AdtNode *sgx = adt_add_child(io, "sgx");
    assert_int_equal(adt_set_str(sgx, "compatible", "gpu,t8010"), EMU_OK);
    return root;
}

typedef struct Boot {
    Machine *m;
    LoadedImage out;
    EmuErr e;
    char err[512];
    /* from boot_args in guest memory */
    uint8_t ba[XNU_BOOT_ARGS_SIZE];
    uint64_t virt_base, phys_base, top, dt_pa;
    uint32_t dt_len;
    AdtNode *dt;              /* the tree as the kernel finds it */
    AdtParseInfo info;
} Boot;

static inline uint64_t rd64(const uint8_t *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static inline Boot boot_image(const MbImage *k, MachineConfig cfg)
{
    Boot b;
    memset(&b, 0, sizeof(b));
    cfg.machine = "t8010";
    cfg.serial = "none";
    if (!cfg.ram_size)
        cfg.ram_size = 256 * MIB;
    char err[256] = "";
    if (machine_create(&b.m, &cfg, err, sizeof(err)) != EMU_OK)
        fail_msg("t8010: %s", err);
    b.e = load_xnu(b.m, "k", k->data, k->size, &b.out, b.err, sizeof(b.err));
    if (b.e != EMU_OK)
        return b;
    uint8_t *ba = b.ba;
    assert_true(bus_read_phys(&b.m->bus, b.out.x0, ba, sizeof(b.ba)));
    b.virt_base = rd64(ba + 0x08);
    b.phys_base = rd64(ba + 0x10);
    b.top = rd64(ba + 0x20);
    b.dt_pa = rd64(ba + 0x60) - b.virt_base + b.phys_base;
    memcpy(&b.dt_len, ba + 0x68, 4);
    const uint8_t *blob = bus_ram_ptr(&b.m->bus, b.dt_pa, b.dt_len);
    assert_non_null(blob);
    assert_int_equal(adt_parse_ex(blob, b.dt_len, 0, &b.dt, &b.info, err, sizeof(err)), EMU_OK);
    assert_int_equal(b.info.used, b.dt_len);
    return b;
}

static inline Boot boot(Fx *f, MachineConfig cfg)
{
    return boot_image(&f->k, cfg);
}

static inline void boot_free(Boot *b)
{
    adt_free(b->dt);
    machine_destroy(b->m);
}

static inline const AdtProp *prop(const Boot *b, const char *path, const char *name)
{
    AdtNode *n = adt_find(b->dt, path);
    if (!n)
        fail_msg("guest tree has no %s", path);
    return adt_find_prop(n, name);
}

static inline const AdtProp *need(const Boot *b, const char *path, const char *name,
                                  uint32_t len)
{
    const AdtProp *p = prop(b, path, name);
    if (!p)
        fail_msg("guest tree: %s has no '%s'", path, name);
    if (p->len != len)
        fail_msg("guest tree: %s '%s' is %u bytes, expected %u", path, name, p->len, len);
    return p;
}

static inline uint32_t need_u32(const Boot *b, const char *path, const char *name)
{
    uint32_t v;
    memcpy(&v, need(b, path, name, 4)->value, 4);
    return v;
}

static inline uint64_t need_u64(const Boot *b, const char *path, const char *name)
{
    return rd64(need(b, path, name, 8)->value);
}

#endif
