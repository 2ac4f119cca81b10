/*
 * test_xnu_plan.c — the physical layout xnu_plan() chooses for synthetic
 * kernels (xnu_boot.c). Expected values are worked by hand from
 * XNU-BOOT.md: §1.4 (mh_pa congruent to mh_va modulo 32 MiB, virtBase =
 * mh_va - (mh_pa - physBase), the 12.1 numbers), §1.2 (end_kern =
 * round_page(getlastaddr()) over all segments, zero-size segments ignored
 * for the base), §2.2 step 5 (the bootstrap V=P map of (memSize - (mh_pa -
 * physBase)) >> 25 blocks from mh_pa & ~32 MiB, page tables in [top, top +
 * 128 KiB)) and §2.4 (boot_args, RAM disk, device tree between end_kern
 * and topOfKernelData, 16 KiB aligned); sizes that do not fit or wrap are
 * errors. Writing the layout into a machine: test_xnu_boot_args.c.
 */
#include "xnu_kernel.h"

/* The 12.1 kernel's segment table (XNU-BOOT.md §1.2) with small file
 * parts: the layout must come out as the recommended one of §1.4. */
static void test_plan_12_1_layout(void **state)
{
    (void)state;
    const MbSeg segs[] = {
        { "__TEXT", KVA, 0xbc000, 0, 0x1000, 5 },
        { "__DATA_CONST", UINT64_C(0xfffffff0070c0000), 0x60000, 0x1000, 0x1000, 3 },
        { "__TEXT_EXEC", UINT64_C(0xfffffff007120000), 0x6e4000, 0x2000, 0x1000, 5 },
        { "__LAST", UINT64_C(0xfffffff007804000), 0x4000, 0x3000, 0x1000, 5 },
        { "__KLD", UINT64_C(0xfffffff007808000), 0x4000, 0x4000, 0x1000, 5 },
        { "__DATA", UINT64_C(0xfffffff00780c000), 0xd8000, 0x5000, 0x1000, 3 },
        { "__BOOTDATA", UINT64_C(0xfffffff0078e4000), 0x18000, 0x6000, 0x1000, 3 },
        { "__PRELINK_TEXT", UINT64_C(0xfffffff004004000), 0, 0x7000, 0, 3 },
        { "__PRELINK_INFO", UINT64_C(0xfffffff0078fc000), 0, 0x7000, 0, 3 },
        { "__LINKEDIT", UINT64_C(0xfffffff0078fc000), 0x374000, 0x7000, 0x1000, 1 },
    };
    Kernel k;
    kernel_parse(&k, segs, 10, UINT64_C(0xfffffff0071300c8), 0x8000);
    XnuLayout l;
    char err[256] = "";
    assert_int_equal(plan(&l, &k, DRAM, UINT64_C(2) << 30, 0, 0x1234, err), EMU_OK);
    assert_int_equal(l.phys_base, DRAM);
    assert_int_equal(l.mem_size, UINT64_C(2) << 30);
    assert_int_equal(l.mh_va, KVA);
    assert_int_equal(l.mh_pa, UINT64_C(0x801004000));
    assert_int_equal(l.virt_base, UINT64_C(0xfffffff006000000));
    assert_int_equal(l.entry_pa, UINT64_C(0x8011300c8));
    assert_int_equal(l.kernel_end_va, UINT64_C(0xfffffff007c70000));
    assert_int_equal(l.kernel_end_pa, UINT64_C(0x801c70000));
    assert_int_equal(l.boot_args_pa, UINT64_C(0x801c70000));
    assert_int_equal(l.ramdisk_size, 0);
    assert_int_equal(l.dt_pa, UINT64_C(0x801c74000));
    assert_int_equal(l.dt_size, 0x1234);
    assert_int_equal(l.top_of_kernel_data, UINT64_C(0x801c78000));

    /* with a RAM disk: boot_args, RAM disk, device tree, top, each 16 KiB aligned */
    assert_int_equal(plan(&l, &k, DRAM, UINT64_C(2) << 30, 0x5000, 0x1234, err), EMU_OK);
    assert_int_equal(l.boot_args_pa, UINT64_C(0x801c70000));
    assert_int_equal(l.ramdisk_pa, UINT64_C(0x801c74000));
    assert_int_equal(l.ramdisk_size, 0x5000);
    assert_int_equal(l.dt_pa, UINT64_C(0x801c7c000));
    assert_int_equal(l.top_of_kernel_data, UINT64_C(0x801c80000));
    kernel_free(&k);
}

/* mh_pa: the lowest address >= physBase (+ the image below the header)
 * congruent to mh_va modulo 32 MiB. Hand-computed rows. */
static void test_plan_congruence(void **state)
{
    (void)state;
    static const struct {
        uint64_t base, va, mh_pa;
    } rows[] = {
        { DRAM, KVA, UINT64_C(0x801004000) },
        { DRAM, UINT64_C(0xfffffff008000000), DRAM },                    /* va on a block */
        { DRAM, UINT64_C(0xfffffff007ffc000), UINT64_C(0x801ffc000) },   /* last page */
        { UINT64_C(0x80000c000), KVA, UINT64_C(0x801004000) },
        { UINT64_C(0x801004000), KVA, UINT64_C(0x801004000) },           /* already congruent */
        { UINT64_C(0x801008000), KVA, UINT64_C(0x803004000) },           /* one page too far */
        { UINT64_C(0x40000000), KVA, UINT64_C(0x41004000) },
        { UINT64_C(0x40000000), UINT64_C(0xfffffff00f00c000), UINT64_C(0x4100c000) },
        { DRAM, UINT64_C(0x100000000), DRAM },                           /* ld64.lld's base */
    };
    for (unsigned i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        Kernel k;
        small_kernel(&k, rows[i].va);
        XnuLayout l;
        char err[256] = "";
        if (plan(&l, &k, rows[i].base, 256 * MIB, 0, 0x800, err) != EMU_OK)
            fail_msg("row %u: %s", i, err);
        if (l.mh_pa != rows[i].mh_pa)
            fail_msg("row %u: mh_pa 0x%llx, expected 0x%llx", i, (unsigned long long)l.mh_pa,
                     (unsigned long long)rows[i].mh_pa);
        assert_int_equal(l.mh_pa & (BLK - 1), rows[i].va & (BLK - 1));
        assert_true(l.mh_pa >= rows[i].base && l.mh_pa - rows[i].base < BLK);
        assert_int_equal(l.virt_base, rows[i].va - (l.mh_pa - rows[i].base));
        assert_int_equal(l.virt_base & (PG - 1), 0);
        assert_int_equal(l.entry_pa, l.mh_pa + 0x100);
        /* the KVA of any PA in the kernel is virtBase + (pa - physBase) */
        assert_int_equal(l.virt_base + (l.kernel_end_pa - l.phys_base), l.kernel_end_va);
        kernel_free(&k);
    }
}

/* end_kern = round_page(getlastaddr()): the highest vmaddr + vmsize over
 * all segments, empty ones included; an empty segment below the header
 * changes nothing. */
static void test_plan_kernel_end(void **state)
{
    (void)state;
    static const struct {
        uint64_t extra_va, extra_size, end;
    } rows[] = {
        { UINT64_C(0xfffffff004004000), 0, KVA + 0x1c000 },   /* empty, far below */
        { KVA + 0x40000, 0, KVA + 0x40000 },                 /* empty, above the image */
        { KVA + 0x30010, 0, KVA + 0x34000 },                 /* empty, unaligned: rounded */
        { KVA + 0x1c000, 0, KVA + 0x1c000 },                 /* empty, at the end */
        { KVA + 0x20000, 0x10, KVA + 0x24000 },              /* tiny segment past a gap */
    };
    for (unsigned i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        const MbSeg segs[] = {
            { "__TEXT", KVA, 0x8000, 0, 0x8000, 5 },
            { "__DATA", KVA + 0x8000, 0x10000, 0x8000, 0x4000, 3 },
            { "__LINKEDIT", KVA + 0x18000, 0x4000, 0xc000, 0x1000, 1 },
            { "__EXTRA", rows[i].extra_va, rows[i].extra_size, 0xc000,
              rows[i].extra_size ? 0x10 : 0, 3 },
        };
        Kernel k;
        kernel_parse(&k, segs, 4, KVA + 0x100, 0xd000);
        XnuLayout l;
        char err[256] = "";
        assert_int_equal(plan(&l, &k, DRAM, 256 * MIB, 0, 0x800, err), EMU_OK);
        if (l.kernel_end_va != rows[i].end)
            fail_msg("row %u: kernel end 0x%llx, expected 0x%llx", i,
                     (unsigned long long)l.kernel_end_va, (unsigned long long)rows[i].end);
        assert_int_equal(l.mh_pa, UINT64_C(0x801004000));
        assert_int_equal(l.kernel_end_pa, l.mh_pa + (rows[i].end - KVA));
        assert_int_equal(l.boot_args_pa, l.kernel_end_pa);
        kernel_free(&k);
    }
}

/* A non-empty segment below the header must land in DRAM too: mh_pa moves
 * up by whole 32 MiB blocks until it does. */
static void test_plan_segment_below_header(void **state)
{
    (void)state;
    static const struct {
        uint64_t below, mh_pa;
    } rows[] = {
        { 0x8000, UINT64_C(0x801004000) },      /* fits in the 16 MiB gap */
        { 0x1004000, UINT64_C(0x801004000) },   /* exactly the gap: starts at physBase */
        { 0x1008000, UINT64_C(0x803004000) },   /* one page more: next block */
    };
    for (unsigned i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        const MbSeg segs[] = {
            { "__TEXT", KVA, 0x8000, 0, 0x8000, 5 },
            { "__PRELINK_TEXT", KVA - rows[i].below, 0x4000, 0x8000, 0x2000, 3 },
            { "__DATA", KVA + 0x8000, 0x4000, 0xa000, 0x1000, 3 },
        };
        Kernel k;
        kernel_parse(&k, segs, 3, KVA + 0x100, 0xb000);
        XnuLayout l;
        char err[256] = "";
        assert_int_equal(plan(&l, &k, DRAM, 256 * MIB, 0, 0x800, err), EMU_OK);
        if (l.mh_pa != rows[i].mh_pa)
            fail_msg("row %u: mh_pa 0x%llx, expected 0x%llx", i, (unsigned long long)l.mh_pa,
                     (unsigned long long)rows[i].mh_pa);
        assert_true(l.mh_pa - rows[i].below >= DRAM);
        assert_int_equal(l.virt_base, KVA - (l.mh_pa - DRAM));
        assert_int_equal(l.kernel_end_pa, l.mh_pa + 0xc000);
        kernel_free(&k);
    }
}

static void test_plan_misaligned_header(void **state)
{
    (void)state;
    Kernel k;
    small_kernel(&k, KVA + 0x1000);
    XnuLayout l;
    char err[256] = "";
    assert_int_equal(plan(&l, &k, DRAM, 256 * MIB, 0, 0x800, err), EMU_ERR_FORMAT);
    assert_non_null(strstr(err, "k: "));
    assert_non_null(strstr(err, "0xfffffff007005000"));
    assert_non_null(strstr(err, "16 KiB"));
    kernel_free(&k);
    /* a misaligned DRAM base or size is refused too */
    small_kernel(&k, KVA);
    assert_int_equal(plan(&l, &k, DRAM + 0x1000, 256 * MIB, 0, 0x800, err), EMU_ERR_RANGE);
    assert_int_equal(plan(&l, &k, DRAM, 256 * MIB + 0x1000, 0, 0x800, err), EMU_ERR_RANGE);
    kernel_free(&k);
}

/* start.s maps (memSize - (mh_pa - physBase)) >> 25 blocks from
 * mh_pa & ~32 MiB; everything up to top + 128 KiB must lie inside them. */
static void test_plan_dram_boundaries(void **state)
{
    (void)state;
    Kernel k;
    small_kernel(&k, KVA);
    XnuLayout l;
    char err[256] = "";
    /* mh_pa = 0x801004000, need = 0x801020000 + 0x4000 + 0x4000 + 0x20000 <
     * 0x802000000: one block is enough. Exactly one block after the header: */
    assert_int_equal(plan(&l, &k, DRAM, 0x1004000 + BLK, 0, 0x800, err), EMU_OK);
    assert_int_equal(l.top_of_kernel_data, UINT64_C(0x801028000));
    /* one page less: no block at all */
    err[0] = 0;
    assert_int_equal(plan(&l, &k, DRAM, 0x1000000 + BLK, 0, 0x800, err), EMU_ERR_RANGE);
    assert_non_null(strstr(err, "-m"));
    assert_non_null(strstr(err, "k: "));
    err[0] = 0;
    assert_int_equal(plan(&l, &k, DRAM, 32 * MIB, 0, 0x800, err), EMU_ERR_RANGE);
    assert_non_null(strstr(err, "-m"));
    /* header beyond DRAM altogether */
    err[0] = 0;
    assert_int_equal(plan(&l, &k, DRAM, 16 * MIB, 0, 0x800, err), EMU_ERR_RANGE);
    assert_non_null(strstr(err, "-m"));

    /* 1 GiB: 31 blocks mapped, up to 0x83e000000 (DRAM ends 0x840000000).
     * dt at 0x801024000; top = 0x801024000 + round(dt); need = top + 0x20000. */
    uint64_t dt_max = UINT64_C(0x83e000000) - 0x20000 - UINT64_C(0x801024000);
    assert_int_equal(plan(&l, &k, DRAM, 1024 * MIB, 0, dt_max, err), EMU_OK);
    assert_int_equal(l.top_of_kernel_data + XNU_BOOTSTRAP_TABLES, UINT64_C(0x83e000000));
    assert_int_equal(plan(&l, &k, DRAM, 1024 * MIB, 0, dt_max + 1, err), EMU_ERR_RANGE);
    assert_non_null(strstr(err, "-m"));
    /* the same with the RAM disk taking the room */
    assert_int_equal(plan(&l, &k, DRAM, 1024 * MIB, dt_max - PG, 0x10, err), EMU_OK);
    assert_int_equal(l.top_of_kernel_data + XNU_BOOTSTRAP_TABLES, UINT64_C(0x83e000000));
    assert_int_equal(plan(&l, &k, DRAM, 1024 * MIB, dt_max - PG + 1, 0x10, err),
                     EMU_ERR_RANGE);
    kernel_free(&k);
}

/* Blob sizes whose sum wraps around 2^64 must not bring the device tree
 * back onto boot_args or the kernel (it used to: a RAM disk of -16 KiB
 * bytes put the device tree at boot_args_pa and was accepted). */
static void test_plan_huge_blobs(void **state)
{
    (void)state;
    Kernel k;
    small_kernel(&k, KVA);
    XnuLayout l;
    char err[256] = "";
    assert_int_equal(plan(&l, &k, DRAM, 256 * MIB, 0 - PG, 0x800, err), EMU_ERR_RANGE);
    assert_non_null(strstr(err, "RAM disk"));
    assert_non_null(strstr(err, "-m"));
    err[0] = 0;
    assert_int_equal(plan(&l, &k, DRAM, 256 * MIB, 0, 0 - 0x20000, err), EMU_ERR_RANGE);
    assert_non_null(strstr(err, "device tree"));
    assert_int_equal(plan(&l, &k, DRAM, 256 * MIB, 0, UINT64_MAX, err), EMU_ERR_RANGE);
    /* as large as DRAM: refused by the map rule, not accepted */
    assert_int_equal(plan(&l, &k, DRAM, 256 * MIB, 256 * MIB, 0x800, err), EMU_ERR_RANGE);
    kernel_free(&k);
}

/* A segment ending at the very top of the address space: round_page()
 * of its end wraps to 0, which must not put end_kern below the header
 * (ld64.lld's shape, header at 0x100000000) or anywhere into DRAM. */
static void test_plan_segment_at_top_of_address_space(void **state)
{
    (void)state;
    static const uint64_t bases[] = { UINT64_C(0x100000000), KVA };
    for (unsigned i = 0; i < 2; i++) {
        const MbSeg segs[] = {
            { "__TEXT", bases[i], 0x8000, 0, 0x8000, 5 },
            { "__DATA", bases[i] + 0x8000, 0 - (bases[i] + 0x8000) - 1, 0x8000, 0x1000, 3 },
        };
        Kernel k;
        kernel_parse(&k, segs, 2, bases[i] + 0x100, 0x9000);
        XnuLayout l;
        char err[256] = "";
        if (plan(&l, &k, DRAM, 256 * MIB, 0, 0x800, err) != EMU_ERR_RANGE)
            fail_msg("base 0x%llx: accepted, end_kern pa 0x%llx", (unsigned long long)bases[i],
                     (unsigned long long)l.kernel_end_pa);
        assert_non_null(strstr(err, "-m"));
        kernel_free(&k);
    }
}


int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plan_12_1_layout),
        cmocka_unit_test(test_plan_congruence),
        cmocka_unit_test(test_plan_kernel_end),
        cmocka_unit_test(test_plan_segment_below_header),
        cmocka_unit_test(test_plan_misaligned_header),
        cmocka_unit_test(test_plan_dram_boundaries),
        cmocka_unit_test(test_plan_huge_blobs),
        cmocka_unit_test(test_plan_segment_at_top_of_address_space),
    };
    return cmocka_run_group_tests_name("xnu_plan", tests, NULL, NULL);
}
