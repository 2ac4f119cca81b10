/*
 * adt_sample.h — the richer Apple device tree shared by the ADT tests
 * (test_adt_format.c, test_adt_tree.c, test_adt_robust.c): nested nodes,
 * string lists, u32/u64 values, an empty property, a flagged placeholder
 * and a property value with no NUL; sample_blob() is its binary form.
 * Static functions, one copy per test executable.
 */
#ifndef TESTS_ADT_SAMPLE_H
#define TESTS_ADT_SAMPLE_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "xnuemu/adt.h"

static inline AdtNode *sample_tree(void)
{
    static const char *const compat[] = { "D10AP", "iPhone9,1", "AppleARM" };
    static const uint64_t reg[] = { 0x0a0c0000, 0x4000 };
    AdtNode *r = adt_new_root();
    assert_int_equal(adt_set_strs(r, "compatible", compat, 3), EMU_OK);
    assert_int_equal(adt_set_u32(r, "#address-cells", 2), EMU_OK);
    assert_int_equal(adt_set_empty(r, "target-is-fpga"), EMU_OK);
    AdtNode *chosen = adt_add_child(r, "chosen");
    assert_int_equal(adt_set_u32(chosen, "debug-enabled", 1), EMU_OK);
    assert_non_null(adt_add_child(chosen, "memory-map"));
    AdtNode *cpus = adt_add_child(r, "cpus");
    AdtNode *cpu0 = adt_add_child(cpus, "cpu0");
    assert_int_equal(adt_set_str(cpu0, "device_type", "cpu"), EMU_OK);
    assert_int_equal(adt_set_u64(cpu0, "timebase-frequency", 24000000), EMU_OK);
    AdtNode *cpu1 = adt_add_child(cpus, "cpu1");
    assert_int_equal(adt_set_str(cpu1, "device_type", "cpu"), EMU_OK);
    assert_int_equal(adt_set_str(cpu1, "marker", "deep"), EMU_OK);
    AdtNode *io = adt_add_child(r, "arm-io");
    assert_int_equal(adt_set_str(io, "device_type", "t8010-io"), EMU_OK);
    assert_int_equal(adt_set_str(io, "marker", "shallow"), EMU_OK);
    AdtNode *u0 = adt_add_child(io, "uart0");
    assert_int_equal(adt_set_str(u0, "device_type", "serial"), EMU_OK);
    assert_int_equal(adt_set_prop(u0, "compatible", "uart-1,samsung\0extra", 21), EMU_OK);
    assert_int_equal(adt_set_u64s(u0, "reg", reg, 2), EMU_OK);
    assert_int_equal(adt_set_prop(u0, "blob", "\x01\x02\x03\x04\x05", 5), EMU_OK);
    adt_find_prop(u0, "blob")->flags = ADT_PROP_PLACEHOLDER | 0x40000000u;
    AdtNode *u1 = adt_add_child(io, "uart1");
    assert_int_equal(adt_set_str(u1, "device_type", "serial"), EMU_OK);
    assert_int_equal(adt_set_u32(u1, "AAAA", 0x41414141), EMU_OK);
    return r;
}

/* The sample tree in binary form (malloc'ed). */
static inline void sample_blob(uint8_t **b, size_t *n)
{
    AdtNode *t = sample_tree();
    assert_int_equal(adt_serialise(t, b, n, NULL, 0), EMU_OK);
    adt_free(t);
}

#endif
