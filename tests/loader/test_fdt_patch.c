/*
 * test_fdt_patch.c — fdt_patch() (fdt_patch.c) on hostile input: every
 * truncation and every single-byte change of a valid user tree either
 * fails with a one-line message or yields a tree that passes libfdt's full
 * check with the patched /chosen and /memory; never a crash (ASan/UBSan
 * builds run this too). Also: #address-cells/#size-cells of 1 that cannot
 * hold the DRAM address are refused rather than truncated.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <libfdt.h>

#include "xnuemu/fdt.h"

#define DRAM UINT64_C(0x800000000)

static size_t make_tree(uint8_t *buf, size_t cap, uint32_t addr_cells)
{
    assert_int_equal(fdt_create_empty_tree(buf, (int)cap), 0);
    assert_int_equal(fdt_setprop_u32(buf, 0, "#address-cells", addr_cells), 0);
    assert_int_equal(fdt_setprop_u32(buf, 0, "#size-cells", 1), 0);
    int c = fdt_add_subnode(buf, 0, "chosen");
    assert_true(c >= 0);
    assert_int_equal(fdt_setprop_string(buf, c, "bootargs", "old"), 0);
    int m = fdt_add_subnode(buf, 0, "memory@0");
    assert_true(m >= 0);
    assert_int_equal(fdt_setprop_string(buf, m, "device_type", "memory"), 0);
    assert_int_equal(fdt_setprop_u32(buf, m, "reg", 0), 0);
    int u = fdt_add_subnode(buf, 0, "uart@1000");
    assert_true(u >= 0);
    assert_int_equal(fdt_setprop_string(buf, u, "compatible", "x,y"), 0);
    assert_int_equal(fdt_pack(buf), 0);
    return fdt_totalsize(buf);
}

static const FdtParams params = { .mem_base = DRAM, .mem_size = UINT64_C(256) << 20,
                                  .bootargs = "new", .initrd_start = DRAM + 0x400000,
                                  .initrd_end = DRAM + 0x500000 };

/* A successful patch must give a sound tree saying what was asked. */
static void check_patched(const uint8_t *out, size_t n)
{
    assert_int_equal(fdt_check_full(out, n), 0);
    int c = fdt_path_offset(out, "/chosen");
    assert_true(c >= 0);
    assert_string_equal(fdt_getprop(out, c, "bootargs", NULL), "new");
    int len;
    const uint8_t *rs = fdt_getprop(out, c, "linux,initrd-start", &len);
    assert_non_null(rs);
    assert_int_equal(len, 8);
}

static void test_patch_ok(void **state)
{
    (void)state;
    uint8_t in[2048], *out;
    size_t n = make_tree(in, sizeof(in), 2), outn;
    char err[256];
    assert_int_equal(fdt_patch(in, n, &params, &out, &outn, err, sizeof(err)), EMU_OK);
    check_patched(out, outn);
    int m = fdt_path_offset(out, "/memory@0"), len;
    const fdt32_t *reg = fdt_getprop(out, m, "reg", &len);
    assert_int_equal(len, 12);
    assert_int_equal(fdt32_to_cpu(reg[0]), 8);
    assert_int_equal(fdt32_to_cpu(reg[2]), 256u << 20);
    free(out);

    /* one address cell cannot say 0x800000000 */
    n = make_tree(in, sizeof(in), 1);
    assert_int_not_equal(fdt_patch(in, n, &params, &out, &outn, err, sizeof(err)), EMU_OK);
    assert_non_null(strstr(err, "patching /chosen and /memory: FDT_ERR_BADVALUE"));
}

static void test_truncations_and_flips(void **state)
{
    (void)state;
    uint8_t in[2048], bad[2048], *out;
    size_t n = make_tree(in, sizeof(in), 2), outn;
    char err[256];
    for (size_t cut = 0; cut < n; cut++) {
        err[0] = 0;
        if (fdt_patch(in, cut, &params, &out, &outn, err, sizeof(err)) == EMU_OK)
            fail_msg("a tree cut to %zu of %zu bytes was accepted", cut, n);
        assert_true(strlen(err) > 0);
        assert_null(strchr(err, '\n'));
    }
    unsigned accepted = 0;
    for (size_t i = 0; i < n; i++) {
        for (unsigned bit = 0; bit < 8; bit += 3) {
            memcpy(bad, in, n);
            bad[i] ^= (uint8_t)(1u << bit);
            err[0] = 0;
            if (fdt_patch(bad, n, &params, &out, &outn, err, sizeof(err)) == EMU_OK) {
                check_patched(out, outn);
                free(out);
                accepted++;
            } else {
                assert_true(strlen(err) > 0);
                assert_null(strchr(err, '\n'));
            }
        }
    }
    /* string and value bytes may change harmlessly; structure may not */
    assert_true(accepted > 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_patch_ok),
        cmocka_unit_test(test_truncations_and_flips),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
