/*
 * test_adt_tree.c — the in-memory Apple device tree (src/loader/adt.c):
 * path look-up with DTLookupEntry's rules and search by property value
 * with DTFindEntry's (XNU pexpert/gen/device_tree.c, XNU-BOOT.md §3.1),
 * and the typed getters and setters.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "adt_sample.h"
#include "xnuemu/adt.h"

static void test_lookup_paths(void **state)
{
    (void)state;
    AdtNode *t = sample_tree();
    AdtNode *chosen = t->children[0], *mm = chosen->children[0];
    AdtNode *u0 = t->children[2]->children[0];
    assert_ptr_equal(adt_find(t, "/"), t);
    assert_ptr_equal(adt_find(t, ""), t);
    assert_ptr_equal(adt_find(t, "/chosen"), chosen);
    assert_ptr_equal(adt_find(t, "chosen"), chosen);
    assert_ptr_equal(adt_find(t, "chosen/"), chosen);
    assert_ptr_equal(adt_find(t, "chosen//"), chosen);      /* XNU: empty last component */
    assert_null(adt_find(t, "chosen//memory-map"));        /* XNU: empty inner component */
    assert_ptr_equal(adt_find(t, "/chosen/memory-map"), mm);
    assert_ptr_equal(adt_find(chosen, "memory-map"), mm);  /* relative to a search point */
    assert_ptr_equal(adt_find(t, "/device-tree/arm-io/uart0"), u0);
    assert_ptr_equal(adt_find(t, "device-tree"), t);
    assert_null(adt_find(t, "/arm-io/uart9"));
    assert_null(adt_find(t, "/arm-io/device-tree"));
    char longname[80];
    memset(longname, 'a', 64);
    longname[64] = 0;
    assert_null(adt_find(t, longname));
    assert_null(adt_add_child(t, longname));               /* 64 characters */
    longname[63] = 0;
    AdtNode *l = adt_add_child(t, longname);               /* 63 is the maximum */
    assert_ptr_equal(adt_find(t, longname), l);
    /* a real child called device-tree wins over the m1n1 form */
    AdtNode *dt = adt_add_child(t, "device-tree");
    assert_ptr_equal(adt_find(t, "/device-tree"), dt);
    /* duplicates: the first wins, as in FindChild */
    AdtNode *c2 = adt_add_child(t, "chosen");
    assert_ptr_equal(adt_find(t, "/chosen"), chosen);
    assert_ptr_not_equal(c2, chosen);
    char path[64];
    assert_int_equal(adt_node_path(u0, path, sizeof(path)), 13);
    assert_string_equal(path, "/arm-io/uart0");
    adt_node_path(t, path, sizeof(path));
    assert_string_equal(path, "/");
    assert_true(adt_remove_prop(c2, "name"));
    adt_node_path(c2, path, sizeof(path));
    assert_string_equal(path, "/[5]");
    adt_free(t);
}

static void test_find_by_prop(void **state)
{
    (void)state;
    AdtNode *t = sample_tree();
    AdtNode *cpu0 = adt_find(t, "/cpus/cpu0"), *cpu1 = adt_find(t, "/cpus/cpu1");
    AdtNode *io = adt_find(t, "/arm-io"), *u0 = adt_find(t, "/arm-io/uart0");
    assert_ptr_equal(adt_find_by_prop(t, "name", "device-tree"), t);
    assert_ptr_equal(adt_find_by_prop(t, "device_type", "serial"), u0);
    assert_ptr_equal(adt_find_by_prop(t, "device_type", "t8010-io"), io);
    assert_ptr_equal(adt_find_by_prop(t, "device_type", NULL), cpu0);
    assert_ptr_equal(adt_find_by_prop(t, "marker", NULL), cpu1);   /* depth first, not breadth */
    /* the value is compared as a C string, like strcmp in find_entry */
    assert_ptr_equal(adt_find_by_prop(t, "compatible", "uart-1,samsung"), u0);
    assert_null(adt_find_by_prop(t, "compatible", "extra"));
    assert_null(adt_find_by_prop(t, "AAAA", "AAAA"));              /* no NUL: no match */
    assert_ptr_equal(adt_find_by_prop(t, "AAAA", NULL), adt_find(t, "/arm-io/uart1"));
    assert_ptr_equal(adt_find_by_prop(io, "device_type", "serial"), u0);
    assert_null(adt_find_by_prop(t, "device_type", "timer"));
    adt_free(t);
}

static void test_getters_setters(void **state)
{
    (void)state;
    AdtNode *t = sample_tree();
    AdtNode *u0 = adt_find(t, "/arm-io/uart0"), *cpu0 = adt_find(t, "/cpus/cpu0");
    uint32_t v32 = 0xdead;
    uint64_t v64 = 0xdead;
    assert_true(adt_get_u32(t, "#address-cells", &v32));
    assert_int_equal(v32, 2);
    assert_false(adt_get_u32(cpu0, "timebase-frequency", &v32));   /* 8 bytes, not 4 */
    assert_int_equal(v32, 2);
    assert_true(adt_get_u64(cpu0, "timebase-frequency", &v64));
    assert_int_equal(v64, 24000000);
    assert_false(adt_get_u64(t, "#address-cells", &v64));
    assert_false(adt_get_u32(t, "missing", &v32));
    assert_true(adt_get_u64_at(u0, "reg", 1, &v64));
    assert_int_equal(v64, 0x4000);
    assert_false(adt_get_u64_at(u0, "reg", 2, &v64));
    assert_true(adt_get_u32_at(u0, "reg", 0, &v32));
    assert_int_equal(v32, 0x0a0c0000);
    assert_false(adt_get_u64(u0, "reg", &v64));                    /* 16 bytes */
    assert_string_equal(adt_get_str(cpu0, "device_type"), "cpu");
    assert_null(adt_get_str(adt_find(t, "/arm-io/uart1"), "AAAA"));
    assert_string_equal(adt_node_name(u0), "uart0");

    /* replace keeps the position and drops the flags */
    uint32_t pos = (uint32_t)(adt_find_prop(u0, "blob") - u0->props);
    assert_int_equal(adt_set_u32(u0, "blob", 7), EMU_OK);
    assert_int_equal(adt_find_prop(u0, "blob") - u0->props, pos);
    assert_int_equal(adt_find_prop(u0, "blob")->flags, 0);
    assert_int_equal(adt_set_prop(u0, "", "x", 1), EMU_ERR_ARG);
    assert_int_equal(adt_set_prop(u0, "0123456789012345678901234567890123", "x", 1), EMU_ERR_ARG);
    assert_int_equal(adt_set_prop(u0, "0123456789012345678901234567890", "x", 1), EMU_OK);
    assert_int_equal(adt_set_prop(u0, "n", NULL, 1), EMU_ERR_ARG);
    assert_int_equal(adt_set_prop(u0, "n", "x", ADT_PROP_LEN_MASK + 1), EMU_ERR_RANGE);
    assert_int_equal(adt_set_str_padded(cpu0, "state", "running", 7), EMU_ERR_ARG);
    assert_int_equal(adt_set_str_padded(cpu0, "state", "run", 8), EMU_OK);
    assert_memory_equal(adt_find_prop(cpu0, "state")->value, "run\0\0\0\0\0", 8);
    assert_int_equal(adt_rename_prop(u0, "reg", "reg-old"), EMU_OK);
    assert_null(adt_find_prop(u0, "reg"));
    assert_int_equal(adt_rename_prop(u0, "reg", "x"), EMU_ERR_ARG);
    uint32_t n = u0->nprops;
    assert_true(adt_remove_prop(u0, "reg-old"));
    assert_false(adt_remove_prop(u0, "reg-old"));
    assert_int_equal(u0->nprops, n - 1);

    /* nodes */
    assert_int_equal(adt_remove_node(t), EMU_ERR_ARG);
    AdtNode *io = adt_find(t, "/arm-io");
    assert_int_equal(adt_remove_node(u0), EMU_OK);
    assert_int_equal(io->nchildren, 1);
    assert_string_equal(adt_node_name(io->children[0]), "uart1");
    AdtNode *mm = adt_ensure_path(t, "/chosen/memory-map");
    assert_ptr_equal(mm, adt_find(t, "/chosen/memory-map"));
    AdtNode *deep = adt_ensure_path(t, "/a/b/c");
    assert_ptr_equal(deep, adt_find(t, "a/b/c"));
    assert_null(adt_ensure_path(t, "/a//c"));
    adt_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lookup_paths),
        cmocka_unit_test(test_find_by_prop),
        cmocka_unit_test(test_getters_setters),
    };
    return cmocka_run_group_tests_name("loader_adt_tree", tests, NULL, NULL);
}
