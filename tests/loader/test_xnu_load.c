/*
 * test_xnu_load.c — load_xnu() on the T8010 machine with user-supplied
 * device trees and RAM disks (xnu_load.c; XNU-BOOT.md §2.3, §2.4, §3.2),
 * checked on the tree and boot_args the kernel finds in guest memory:
 *   - an IPSW-like tree (xnu_load_fixture.h: placeholder flag bits, 4-byte
 *     frequencies, zeroed random-seed, CPUs not running, no /pram, no
 *     memory-map) is repaired by the default --adt-fix set, and each
 *     fix-up alone changes only what it names;
 *   - a RAM disk lands 16 KiB aligned after boot_args, is announced in
 *     /chosen/memory-map/RAMDisk as {PA, size rounded to 4 KiB} (replacing
 *     a stale entry), and the device tree and topOfKernelData follow it;
 *   - without --dtb the generated tree follows --seed, and boot_args
 *     carries memSize (DRAM minus /pram), memSizeActual and the boot-args.
 * The error paths are in test_xnu_load_errors.c.
 */
#include "xnu_load_fixture.h"

/* The default set: flags, frequencies, seed, epoch, cpu0, pram. */
static void test_default_fixups(void **state)
{
    Fx *f = *state;
    AdtNode *t = ipsw_tree(true);
    write_tree(f->tree, t);
    adt_free(t);
    Boot b = boot(f, (MachineConfig){ .dtb = f->tree, .seed = SEED });
    if (b.e != EMU_OK)
        fail_msg("%s", b.err);
    assert_int_equal(b.info.flagged, 0);
    /* FREQ: 8-byte timebase and fixed frequency on every CPU, 4-byte
     * frequencies widened with their value */
    for (unsigned i = 0; i < 2; i++) {
        const char *cpu = i ? "/cpus/cpu1" : "/cpus/cpu0";
        assert_int_equal(need_u64(&b, cpu, "timebase-frequency"), 24000000);
        assert_int_equal(need_u64(&b, cpu, "fixed-frequency"), 24000000);
        assert_int_equal(need_u64(&b, cpu, "bus-frequency"), 0x1234567);
    }
    /* CPU0: cpu0 running, cpu1 left alone */
    assert_memory_equal(need(&b, "/cpus/cpu0", "state", 8)->value, "running", 8);
    assert_memory_equal(need(&b, "/cpus/cpu1", "state", 8)->value, "waiting", 8);
    /* SEED: the --seed bytes */
    uint8_t seed[64];
    apple_random_seed(SEED, seed);
    assert_memory_equal(need(&b, "/chosen", "random-seed", 64)->value, seed, 64);
    /* EPOCH */
    assert_int_equal(need_u32(&b, "/chosen", "chip-epoch"), 1);
    assert_int_equal(need_u32(&b, "/chosen", "security-domain"), 1);
    /* PRAM: the machine's panic buffer, outside memSize */
    assert_int_equal(need_u32(&b, "/chosen", "embedded-panic-log-size"), 0x80000);
    const AdtProp *reg = need(&b, "/pram", "reg", 16);
    assert_int_equal(rd64(reg->value), DRAM + 255 * MIB);
    assert_int_equal(rd64(reg->value + 8), MIB);
    assert_int_equal(b.m->pram_pa, DRAM + 255 * MIB);
    /* always: the memory-map node XNU asserts on, empty without a RAM disk */
    AdtNode *mm = adt_find(b.dt, "/chosen/memory-map");
    assert_non_null(mm);
    assert_null(adt_find_prop(mm, "RAMDisk"));
    /* untouched: the user's values and compatibles (COMPAT is not default) */
    assert_int_equal(need_u32(&b, "/chosen", "debug-enabled"), 0x55);
    assert_string_equal(adt_get_str(adt_find(b.dt, "/arm-io/sgx"), "compatible"), "gpu,t8010");
    assert_null(prop(&b, "/arm-io/sgx", "~compatible"));
    boot_free(&b);
}

/* Each fix-up alone (with FLAGS, without which the tree is refused)
 * changes what it names and nothing else. */
static void test_each_fixup_alone(void **state)
{
    Fx *f = *state;
    AdtNode *t = ipsw_tree(true);
    write_tree(f->tree, t);
    adt_free(t);
    static const unsigned sets[] = { ADT_FIX_FLAGS, ADT_FIX_FREQ, ADT_FIX_SEED, ADT_FIX_EPOCH,
                                     ADT_FIX_CPU0, ADT_FIX_PRAM, ADT_FIX_COMPAT };
    for (unsigned i = 0; i < sizeof(sets) / sizeof(sets[0]); i++) {
        unsigned fix = ADT_FIX_FLAGS | sets[i];
        Boot b = boot(f, (MachineConfig){ .dtb = f->tree, .seed = SEED, .adt_fix = fix,
                                          .adt_fix_set = true });
        if (b.e != EMU_OK)
            fail_msg("fix 0x%x: %s", fix, b.err);
        assert_int_equal(b.info.flagged, 0);
        bool freq = fix & ADT_FIX_FREQ;
        const AdtProp *tb = need(&b, "/cpus/cpu0", "timebase-frequency", freq ? 8 : 4);
        assert_int_equal(freq ? rd64(tb->value) : 0, freq ? 24000000 : 0);
        assert_int_equal(need(&b, "/cpus/cpu0", "bus-frequency", freq ? 8 : 4)->len,
                         freq ? 8 : 4);
        assert_true(freq == (prop(&b, "/cpus/cpu0", "fixed-frequency") != NULL));
        assert_memory_equal(need(&b, "/cpus/cpu0", "state", 8)->value,
                            (fix & ADT_FIX_CPU0) ? "running" : "waiting", 8);
        uint8_t seed[64] = { 0 };
        if (fix & ADT_FIX_SEED)
            apple_random_seed(SEED, seed);
        assert_memory_equal(need(&b, "/chosen", "random-seed", 64)->value, seed, 64);
        assert_true(!!(fix & ADT_FIX_EPOCH) == (prop(&b, "/chosen", "chip-epoch") != NULL));
        assert_true(!!(fix & ADT_FIX_EPOCH) ==
                    (prop(&b, "/chosen", "security-domain") != NULL));
        assert_true(!!(fix & ADT_FIX_PRAM) == (adt_find(b.dt, "/pram") != NULL));
        assert_true(!!(fix & ADT_FIX_PRAM) ==
                    (prop(&b, "/chosen", "embedded-panic-log-size") != NULL));
        assert_non_null(adt_find(b.dt, "/chosen/memory-map"));
        /* COMPAT: only the modelled nodes keep a matchable compatible */
        bool compat = fix & ADT_FIX_COMPAT;
        assert_true(compat == (prop(&b, "/arm-io/sgx", "compatible") == NULL));
        if (compat)
            assert_string_equal((const char *)need(&b, "/arm-io/sgx", "~compatible", 10)->value,
                                "gpu,t8010");
        assert_non_null(prop(&b, "/", "compatible"));
        assert_non_null(prop(&b, "/arm-io", "compatible"));
        assert_non_null(prop(&b, "/arm-io/uart0", "compatible"));
        assert_non_null(prop(&b, "/cpus/cpu1", "compatible"));
        boot_free(&b);
    }
}

/* §2.4 with a RAM disk: boot_args, RAM disk, device tree, top; the
 * memory-map entry is the RAM disk's PA and 4 KiB-rounded size. */
static void check_ramdisk(const Boot *b, const uint8_t *rd, size_t n)
{
    const AdtProp *e = need(b, "/chosen/memory-map", "RAMDisk", 16);
    uint64_t pa = rd64(e->value), size = rd64(e->value + 8);
    assert_int_equal(size, (n + 0xfff) & ~(size_t)0xfff);
    assert_int_equal(b->out.x0, DRAM + 0x1004000 + 0x1c000);     /* boot_args at end_kern */
    assert_int_equal(pa, b->out.x0 + PG);
    assert_memory_equal(bus_ram_ptr(&b->m->bus, pa, n), rd, n);
    assert_int_equal(b->dt_pa, (pa + size + PG - 1) & ~(PG - 1));
    assert_int_equal(b->top, (b->dt_pa + b->dt_len + PG - 1) & ~(PG - 1));
    assert_int_equal(b->out.end, b->top);
    assert_int_equal(b->m->image_end, b->top);
}

static void test_ramdisk_generated_tree(void **state)
{
    Fx *f = *state;
    static uint8_t rd[0x4801];
    for (size_t i = 0; i < sizeof(rd); i++)
        rd[i] = (uint8_t)(i * 7 + 1);
    scratch_write_file(f->rd, rd, sizeof(rd));
    Boot b = boot(f, (MachineConfig){ .ramdisk = f->rd });
    if (b.e != EMU_OK)
        fail_msg("%s", b.err);
    check_ramdisk(&b, rd, sizeof(rd));
    assert_int_equal(rd64(need(&b, "/chosen/memory-map", "RAMDisk", 16)->value),
                     DRAM + 0x1024000);
    boot_free(&b);
}

/* Without --dtb the generated tree carries --seed's bytes and the
 * machine's panic buffer, and nothing in memory-map without a RAM disk;
 * boot_args hands XNU DRAM minus the panic buffer, the whole DRAM as
 * memSizeActual, and the boot-args given (or the default ones); the CPU
 * waits at the entry point. */
static void test_generated_tree_and_boot_args(void **state)
{
    Fx *f = *state;
    static const uint64_t seeds[] = { 7, 8 };
    for (unsigned i = 0; i < 2; i++) {
        const char *append = i ? "rd=md0 -v" : NULL;
        Boot b = boot(f, (MachineConfig){ .seed = seeds[i], .append = append });
        if (b.e != EMU_OK)
            fail_msg("%s", b.err);
        uint8_t seed[64];
        apple_random_seed(seeds[i], seed);
        assert_memory_equal(need(&b, "/chosen", "random-seed", 64)->value, seed, 64);
        const AdtProp *reg = need(&b, "/pram", "reg", 16);
        assert_int_equal(rd64(reg->value), b.m->pram_pa);
        assert_int_equal(b.m->pram_pa, DRAM + 255 * MIB);
        const AdtNode *mm = adt_find(b.dt, "/chosen/memory-map");
        assert_int_equal(mm->nprops, 2);                /* name, AAPL,phandle */
        assert_null(adt_find_prop(mm, "RAMDisk"));
        assert_int_equal(b.dt_pa, b.out.x0 + PG);       /* boot_args, then the tree */
        assert_int_equal(rd64(b.ba + 0x18), 255 * MIB);                 /* memSize */
        assert_int_equal(rd64(b.ba + 0x178), 256 * MIB);                /* memSizeActual */
        assert_string_equal((const char *)b.ba + 0x6c, append ? append : xnu_default_bootargs());
        assert_string_equal(xnu_default_bootargs(), "debug=0x8 serial=3 cpus=1 "
                            "-unsafe_kernel_text no_interrupt_masked_debug=1");
        assert_int_equal(b.out.entry, DRAM + 0x1004100);
        assert_int_equal(b.m->cpu->pc, b.out.entry);
        assert_int_equal(b.m->cpu->r[0], b.out.x0);
        assert_int_equal(b.m->cpu->ps.el, 1);
        assert_int_equal(b.m->cpu->sr[SR_SCTLR_EL1] & 1, 0);
        boot_free(&b);
    }
}

/* A user tree's stale RAMDisk entry is replaced, not duplicated. */
static void test_ramdisk_user_tree(void **state)
{
    Fx *f = *state;
    AdtNode *t = ipsw_tree(true);
    const uint64_t stale[2] = { 0xdead0000, 0x1000 };
    assert_int_equal(adt_set_u64s(adt_ensure_path(t, "/chosen/memory-map"), "RAMDisk", stale, 2),
                     EMU_OK);
    write_tree(f->tree, t);
    adt_free(t);
    static const uint8_t rd[] = "a RAM disk of a few bytes";
    scratch_write_file(f->rd, rd, sizeof(rd));
    Boot b = boot(f, (MachineConfig){ .dtb = f->tree, .ramdisk = f->rd });
    if (b.e != EMU_OK)
        fail_msg("%s", b.err);
    check_ramdisk(&b, rd, sizeof(rd));
    AdtNode *mm = adt_find(b.dt, "/chosen/memory-map");
    unsigned n = 0;
    for (uint32_t i = 0; i < mm->nprops; i++)
        n += strcmp(mm->props[i].name, "RAMDisk") == 0;
    assert_int_equal(n, 1);
    boot_free(&b);
}


int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_default_fixups),
        cmocka_unit_test(test_each_fixup_alone),
        cmocka_unit_test(test_ramdisk_generated_tree),
        cmocka_unit_test(test_generated_tree_and_boot_args),
        cmocka_unit_test(test_ramdisk_user_tree),
    };
    return cmocka_run_group_tests_name("xnu_load", tests, xl_setup, xl_teardown);
}
