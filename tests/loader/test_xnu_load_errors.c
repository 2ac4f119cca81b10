/*
 * test_xnu_load_errors.c — load_xnu() refusing what it cannot boot, each
 * time with one line naming the file and what is wrong, before the CPU is
 * pointed anywhere (xnu_load.c, xnu_boot.c; TESTING.md "every bad input
 * gives a clear error"):
 *   - an IPSW-like tree with --adt-fix none (placeholder bits left), or
 *     without /cpus for the frequency fix-up;
 *   - missing --dtb/--ramdisk files, an empty RAM disk, a RAM disk larger
 *     than the kernel's DRAM, device trees truncated or lying about their
 *     property count;
 *   - kernels that parse but cannot be placed (header not 16 KiB aligned,
 *     a BSS larger than DRAM).
 */
#include "xnu_load_fixture.h"

/* --adt-fix none on an IPSW tree: refused, naming the file, the node and
 * the option; the machine is not entered. */
static void test_no_fixups_is_an_error(void **state)
{
    Fx *f = *state;
    AdtNode *t = ipsw_tree(true);
    write_tree(f->tree, t);
    adt_free(t);
    Boot b = boot(f, (MachineConfig){ .dtb = f->tree, .adt_fix = 0, .adt_fix_set = true });
    assert_int_equal(b.e, EMU_ERR_FORMAT);
    assert_non_null(strstr(b.err, f->tree));
    assert_non_null(strstr(b.err, "node /chosen has a property with placeholder/flag bits"));
    assert_non_null(strstr(b.err, "(see --adt-fix)"));
    assert_int_equal(b.m->entry, 0);
    boot_free(&b);
    /* a tree with no /cpus cannot take the frequency fix-up */
    t = ipsw_tree(false);
    write_tree(f->tree, t);
    adt_free(t);
    b = boot(f, (MachineConfig){ .dtb = f->tree });
    assert_int_equal(b.e, EMU_ERR_FORMAT);
    assert_non_null(strstr(b.err, f->tree));
    assert_non_null(strstr(b.err, "no /cpus node"));
    boot_free(&b);
}

static void expect_error(Fx *f, MachineConfig cfg, EmuErr want, const char *a, const char *b2)
{
    Boot b = boot(f, cfg);
    if (b.e != want)
        fail_msg("expected error %d, got %d (%s)", (int)want, (int)b.e, b.err);
    if (!strstr(b.err, a) || (b2 && !strstr(b.err, b2)))
        fail_msg("error \"%s\" lacks \"%s\"%s%s", b.err, a, b2 ? " or " : "", b2 ? b2 : "");
    assert_null(strchr(b.err, '\n'));
    assert_int_equal(b.m->entry, 0);
    boot_free(&b);
}

static void test_bad_files(void **state)
{
    Fx *f = *state;
    /* missing files */
    expect_error(f, (MachineConfig){ .dtb = f->other }, EMU_ERR_IO, f->other, NULL);
    expect_error(f, (MachineConfig){ .ramdisk = f->other }, EMU_ERR_IO, f->other, NULL);
    /* an empty RAM disk */
    scratch_write_file(f->rd, "", 0);
    expect_error(f, (MachineConfig){ .ramdisk = f->rd }, EMU_ERR_FORMAT, f->rd,
                 "empty RAM disk");
    /* a RAM disk larger than the DRAM handed to the kernel (63 MiB) */
    FILE *fp = fopen(f->rd, "wb");
    assert_non_null(fp);
    assert_int_equal(fseek(fp, (long)(64 * MIB) - 1, SEEK_SET), 0);
    assert_int_equal(fputc(0, fp), 0);
    assert_int_equal(fclose(fp), 0);
    expect_error(f, (MachineConfig){ .ramdisk = f->rd, .ram_size = 64 * MIB }, EMU_ERR_RANGE,
                 "RAM disk", "-m");
    /* truncated and lying device trees */
    AdtNode *t = ipsw_tree(true);
    uint8_t *blob;
    size_t size;
    char err[256];
    assert_int_equal(adt_serialise(t, &blob, &size, err, sizeof(err)), EMU_OK);
    adt_free(t);
    static const size_t cuts[] = { 0, 4, 8, 44, 100 };
    for (unsigned i = 0; i < sizeof(cuts) / sizeof(cuts[0]); i++) {
        scratch_write_file(f->tree, blob, cuts[i]);
        expect_error(f, (MachineConfig){ .dtb = f->tree }, EMU_ERR_FORMAT, f->tree, "ADT");
    }
    scratch_write_file(f->tree, blob, size - 1);
    expect_error(f, (MachineConfig){ .dtb = f->tree }, EMU_ERR_FORMAT, f->tree, "ADT");
    uint32_t huge = 0x7fffffff;                   /* the root claims 2^31 properties */
    memcpy(blob, &huge, 4);
    scratch_write_file(f->tree, blob, size);
    expect_error(f, (MachineConfig){ .dtb = f->tree }, EMU_ERR_FORMAT, f->tree, "ADT");
    free(blob);
}

/* Kernels that parse but cannot be placed: one error naming the file. */
static void test_unplaceable_kernels(void **state)
{
    (void)state;
    static const struct {
        uint64_t va, data_vmsize;
        EmuErr e;
        const char *a, *b;
    } rows[] = {
        { KVA + 0x1000, 0x10000, EMU_ERR_FORMAT, "k: ", "is not 16 KiB aligned" },
        { KVA, 512 * MIB, EMU_ERR_RANGE, "k: ", "use a larger -m" },   /* BSS > DRAM */
    };
    for (unsigned i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        const MbSeg segs[] = {
            { "__TEXT", rows[i].va, 0x8000, 0, 0x8000, 5 },
            { "__DATA", rows[i].va + 0x8000, rows[i].data_vmsize, 0x8000, 0x4000, 3 },
        };
        MbImage k = mb_build(2, segs, 2, rows[i].va + 0x100, 0, NULL, 0, 0xc000);
        Boot b = boot_image(&k, (MachineConfig){ .seed = 0 });
        if (b.e != rows[i].e || !strstr(b.err, rows[i].a) || !strstr(b.err, rows[i].b))
            fail_msg("row %u: got %d \"%s\"", i, (int)b.e, b.err);
        assert_null(strchr(b.err, '\n'));
        assert_int_equal(b.m->entry, 0);
        boot_free(&b);
        free(k.data);
    }
}


int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_no_fixups_is_an_error),
        cmocka_unit_test(test_bad_files),
        cmocka_unit_test(test_unplaceable_kernels),
    };
    return cmocka_run_group_tests_name("xnu_load_errors", tests, xl_setup, xl_teardown);
}
