/*
 * test_adt_edit.c — the fix-ups that make an iBoot-template DeviceTree
 * bootable without iBoot (XNU-BOOT.md §3: flag bits cleared, 8-byte CPU
 * frequencies, cpu0 "running", /chosen random-seed and u32s, memory-map
 * ranges, compatible disabled outside a keep-list), adt_check's view of
 * what the kernel's walkers assume, and the text dump, compared whole.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "xnuemu/adt.h"

/* A template-like tree: /cpus with two CPUs carrying 4-byte frequencies,
 * placeholder properties, devices with compatible strings. */
static AdtNode *template_tree(void)
{
    static const char *const rc[] = { "D10AP", "iPhone9,1", "AppleARM" };
    AdtNode *r = adt_new_root();
    assert_int_equal(adt_set_strs(r, "compatible", rc, 3), EMU_OK);
    AdtNode *chosen = adt_add_child(r, "chosen");
    assert_int_equal(adt_set_prop(chosen, "random-seed", "zeroes/64", 10), EMU_OK);
    chosen->props[1].flags = ADT_PROP_PLACEHOLDER;
    AdtNode *cpus = adt_add_child(r, "cpus");
    for (int i = 0; i < 2; i++) {
        AdtNode *c = adt_add_child(cpus, i ? "cpu1" : "cpu0");
        assert_int_equal(adt_set_u32(c, "timebase-frequency", 0), EMU_OK);
        assert_int_equal(adt_set_u32(c, "bus-frequency", 0x1234 + i), EMU_OK);
        assert_int_equal(adt_set_u64(c, "memory-frequency", 99), EMU_OK);
        assert_int_equal(adt_set_str(c, "state", "waiting"), EMU_OK);
    }
    AdtNode *io = adt_add_child(r, "arm-io");
    assert_int_equal(adt_set_str(io, "compatible", "arm-io,t8010"), EMU_OK);
    AdtNode *u0 = adt_add_child(io, "uart0");
    assert_int_equal(adt_set_str(u0, "compatible", "uart-1,samsung"), EMU_OK);
    AdtNode *u1 = adt_add_child(io, "uart1");
    assert_int_equal(adt_set_str(u1, "compatible", "uart-1,samsung"), EMU_OK);
    assert_int_equal(adt_set_prop(u1, "mac", "macaddr/x", 10), EMU_OK);
    u1->props[2].flags = ADT_PROP_PLACEHOLDER | 0x40000000u;
    AdtNode *sgx = adt_add_child(io, "sgx");
    assert_int_equal(adt_set_str(sgx, "compatible", "gpu,t8010"), EMU_OK);
    return r;
}

static void test_clear_placeholder_flags(void **state)
{
    (void)state;
    AdtNode *t = template_tree();
    char err[256];
    assert_int_equal(adt_check(t, err, sizeof(err)), EMU_ERR_FORMAT);
    assert_string_equal(err, "ADT: node /chosen has a property with placeholder/flag bits set");
    assert_int_equal(adt_clear_placeholder_flags(t), 2);
    assert_int_equal(adt_clear_placeholder_flags(t), 0);
    assert_int_equal(adt_check(t, err, sizeof(err)), EMU_OK);
    uint8_t *b;
    size_t n;
    assert_int_equal(adt_serialise(t, &b, &n, NULL, 0), EMU_OK);
    /* the "mac" length word is now plain 10 */
    const uint8_t *m = memmem(b, n, "mac\0", 4);
    assert_non_null(m);
    assert_memory_equal(m + 32, "\x0a\x00\x00\x00", 4);
    free(b);
    adt_free(t);
}

static void test_cpu_frequencies_and_state(void **state)
{
    (void)state;
    AdtNode *t = template_tree();
    char err[256];
    unsigned count = 99;
    assert_int_equal(adt_set_cpu_frequencies(t, 24000000, 24000000, &count, err, sizeof(err)),
                     EMU_OK);
    assert_int_equal(count, 2 * 2 + 2);             /* + bus-frequency widened on both */
    for (int i = 0; i < 2; i++) {
        AdtNode *c = adt_find(t, i ? "/cpus/cpu1" : "/cpus/cpu0");
        uint64_t v;
        assert_true(adt_get_u64(c, "timebase-frequency", &v));
        assert_int_equal(v, 24000000);
        assert_true(adt_get_u64(c, "fixed-frequency", &v));
        assert_int_equal(v, 24000000);
        assert_true(adt_get_u64(c, "bus-frequency", &v));
        assert_int_equal(v, 0x1234 + i);
        assert_true(adt_get_u64(c, "memory-frequency", &v));   /* already 8 bytes */
        assert_int_equal(v, 99);
        assert_null(adt_find_prop(c, "clock-frequency"));     /* absent stays absent */
    }
    assert_int_equal(adt_set_cpu_running(t, "cpu0", err, sizeof(err)), EMU_OK);
    const AdtProp *st = adt_find_prop(adt_find(t, "/cpus/cpu0"), "state");
    assert_int_equal(st->len, 8);
    assert_memory_equal(st->value, "running\0", 8);
    assert_string_equal(adt_get_str(adt_find(t, "/cpus/cpu1"), "state"), "waiting");
    assert_int_equal(adt_set_cpu_running(t, "cpu7", err, sizeof(err)), EMU_ERR_FORMAT);
    assert_string_equal(err, "ADT: no node /cpus/cpu7");

    adt_remove_node(adt_find(t, "/cpus/cpu0"));
    adt_remove_node(adt_find(t, "/cpus/cpu1"));
    assert_int_equal(adt_set_cpu_frequencies(t, 1, 1, &count, err, sizeof(err)),
                     EMU_ERR_FORMAT);
    assert_string_equal(err, "ADT: no /cpus node with CPUs in the tree");
    assert_int_equal(count, 0);
    adt_free(t);
}

static void test_chosen_values(void **state)
{
    (void)state;
    AdtNode *t = adt_new_root();                      /* no /chosen yet */
    char err[256];
    uint8_t seed[64];
    for (int i = 0; i < 64; i++)
        seed[i] = (uint8_t)(i * 7 + 1);
    assert_int_equal(adt_set_random_seed(t, seed, 64, err, sizeof(err)), EMU_OK);
    AdtNode *chosen = adt_find(t, "/chosen");
    assert_non_null(chosen);
    const AdtProp *rs = adt_find_prop(chosen, "random-seed");
    assert_int_equal(rs->len, 64);
    assert_memory_equal(rs->value, seed, 64);
    assert_int_equal(adt_set_random_seed(t, seed, 0, err, sizeof(err)), EMU_ERR_ARG);
    assert_string_equal(err, "ADT: random-seed of 0 bytes");

    assert_int_equal(adt_set_chosen_u32(t, "chip-epoch", 1, err, sizeof(err)), EMU_OK);
    assert_int_equal(adt_set_chosen_u32(t, "security-domain", 1, err, sizeof(err)), EMU_OK);
    assert_int_equal(adt_set_chosen_u32(t, "chip-epoch", 3, err, sizeof(err)), EMU_OK);
    uint32_t v;
    assert_true(adt_get_u32(chosen, "chip-epoch", &v));
    assert_int_equal(v, 3);
    assert_int_equal(chosen->nprops, 4);              /* name, seed, epoch, domain */
    assert_int_equal(adt_set_chosen_u32(t, "a-name-that-is-far-too-long-for-adt", 1, err,
                                        sizeof(err)), EMU_ERR_ARG);
    assert_string_equal(err, "ADT: node /chosen property 'a-name-that-is-far-too-long-for-adt': "
                        "bad argument");

    assert_int_equal(adt_set_memory_map(t, "RAMDisk", 0x840000000, 0x1000000, err, sizeof(err)),
                     EMU_OK);
    assert_int_equal(adt_set_memory_map(t, "TrustCache", 0x800000000, 0x4000, err, sizeof(err)),
                     EMU_OK);
    assert_int_equal(adt_set_memory_map(t, "RAMDisk", 0x850000000, 0x2000000, err, sizeof(err)),
                     EMU_OK);
    AdtNode *mm = adt_find(t, "/chosen/memory-map");
    assert_int_equal(mm->nprops, 3);
    assert_string_equal(mm->props[1].name, "RAMDisk");   /* replaced in place */
    uint64_t pa, sz;
    assert_true(adt_get_u64_at(mm, "RAMDisk", 0, &pa));
    assert_true(adt_get_u64_at(mm, "RAMDisk", 1, &sz));
    assert_int_equal(pa, 0x850000000);
    assert_int_equal(sz, 0x2000000);
    assert_int_equal(adt_find_prop(mm, "RAMDisk")->len, 16);
    assert_int_equal(chosen->nchildren, 1);
    adt_free(t);
}

static void test_disable_compatible(void **state)
{
    (void)state;
    AdtNode *t = template_tree();
    static const char *const keep[] = { "/", "/arm-io/uart0", "/cpus*" };
    assert_int_equal(adt_disable_compatible(t, keep, ARRAY_SIZE(keep)), 3);
    assert_non_null(adt_find_prop(t, "compatible"));
    assert_string_equal(adt_get_str(adt_find(t, "/arm-io/uart0"), "compatible"),
                        "uart-1,samsung");
    static const char *const gone[] = { "/arm-io", "/arm-io/uart1", "/arm-io/sgx" };
    for (size_t i = 0; i < ARRAY_SIZE(gone); i++) {
        AdtNode *n = adt_find(t, gone[i]);
        assert_null(adt_find_prop(n, "compatible"));
        assert_non_null(adt_get_str(n, "~compatible"));
    }
    assert_null(adt_find_by_prop(t, "compatible", "gpu,t8010"));
    assert_int_equal(adt_disable_compatible(t, keep, ARRAY_SIZE(keep)), 0);
    assert_int_equal(adt_disable_compatible(t, NULL, 0), 2);       /* root and uart0 */
    adt_free(t);
}

static void test_check(void **state)
{
    (void)state;
    char err[256];
    AdtNode *t = adt_new_root();
    AdtNode *a = adt_add_child(t, "a");
    assert_int_equal(adt_check(t, err, sizeof(err)), EMU_OK);
    AdtNode *b = adt_add_child(a, "b");
    assert_true(adt_remove_prop(b, "name"));
    assert_int_equal(adt_check(t, err, sizeof(err)), EMU_ERR_FORMAT);
    assert_string_equal(err, "ADT: node /a/[0] has no properties (XNU's walkers stop at such a "
                        "node)");
    assert_int_equal(adt_set_u32(b, "reg", 0), EMU_OK);
    assert_int_equal(adt_check(t, err, sizeof(err)), EMU_ERR_FORMAT);
    assert_string_equal(err, "ADT: node /a/[0] has no \"name\" of 1..63 characters");
    assert_int_equal(adt_set_prop(b, "name", "bb", 2), EMU_OK);    /* no NUL */
    assert_int_equal(adt_check(t, err, sizeof(err)), EMU_ERR_FORMAT);
    assert_int_equal(adt_set_str(b, "name", "b"), EMU_OK);
    assert_int_equal(adt_check(t, err, sizeof(err)), EMU_OK);
    adt_free(t);
}

/* ---- the dump ---- */

static char *dump_to_string(const AdtNode *t)
{
    char *s = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&s, &n);
    assert_non_null(f);
    adt_dump(t, f);
    fclose(f);
    return s;
}

static void test_dump(void **state)
{
    (void)state;
    static const char *const rc[] = { "D10AP", "iPhone9,1", "AppleARM" };
    static const uint64_t reg[] = { 0x0a0c0000, 0x4000 };
    static const uint32_t irq[] = { 0x1d, 3, 0 };
    uint8_t seed[72];
    uint32_t words[20];
    for (int i = 0; i < 72; i++)
        seed[i] = (uint8_t)i;
    for (int i = 0; i < 20; i++)
        words[i] = (uint32_t)i;
    AdtNode *r = adt_new_root();
    adt_set_strs(r, "compatible", rc, 3);
    adt_set_u32(r, "#address-cells", 2);
    adt_set_empty(r, "target-is-fpga");
    AdtNode *chosen = adt_add_child(r, "chosen");
    adt_set_prop(chosen, "random-seed", seed, 72);
    adt_set_prop(chosen, "mac-address", "\x00\x11\x22\x33\x44\x55", 6);
    adt_set_str_padded(chosen, "firmware-version", "iBoot \"x\"", 14);
    adt_set_u32s(chosen, "many", words, 20);
    adt_set_prop(chosen, "wifi", "macaddr/wifi", 13);
    chosen->props[chosen->nprops - 1].flags = ADT_PROP_PLACEHOLDER;
    adt_set_u32(chosen, "odd", 5);
    chosen->props[chosen->nprops - 1].flags = 0x40000000u;
    AdtNode *cpu0 = adt_add_child(adt_add_child(r, "cpus"), "cpu0");
    adt_set_u64(cpu0, "timebase-frequency", 24000000);
    adt_set_str(cpu0, "state", "running");
    adt_set_u32(cpu0, "AAAA", 0x41414141);
    adt_set_prop(cpu0, "A", "A\0\0\0", 4);
    AdtNode *u0 = adt_add_child(adt_add_child(r, "arm-io"), "uart0");
    adt_set_u64s(u0, "reg", reg, 2);
    adt_set_u32s(u0, "interrupts", irq, 3);
    adt_set_u64s(u0, "other", reg, 2);
    AdtNode *odd = adt_add_child(u0, "x");
    adt_set_u32(odd, "name", 7);                       /* "\a" to XNU's strcmp */
    AdtNode *anon = adt_add_child(u0, "y");
    adt_remove_prop(anon, "name");
    adt_set_u32(anon, "reg", 1);

    static const char expect[] =
        "/ (device-tree)\n"
        "  compatible = \"D10AP\" \"iPhone9,1\" \"AppleARM\"\n"
        "  #address-cells = <0x2>\n"
        "  target-is-fpga = <empty>\n"
        "  chosen/\n"
        "    random-seed = <0x03020100 0x07060504 0x0b0a0908 0x0f0e0d0c 0x13121110 0x17161514 "
        "0x1b1a1918 0x1f1e1d1c 0x23222120 0x27262524 0x2b2a2928 0x2f2e2d2c 0x33323130 "
        "0x37363534 0x3b3a3938 0x3f3e3d3c> ... (72 bytes)\n"
        "    mac-address = [6 bytes] 00 11 22 33 44 55\n"
        "    firmware-version = \"iBoot \\\"x\\\"\" (+4 NUL)\n"
        "    many = <0x00000000 0x00000001 0x00000002 0x00000003 0x00000004 0x00000005 "
        "0x00000006 0x00000007 0x00000008 0x00000009 0x0000000a 0x0000000b 0x0000000c "
        "0x0000000d 0x0000000e 0x0000000f> ... (80 bytes)\n"
        "    wifi = \"macaddr/wifi\" (placeholder)\n"
        "    odd = <0x5> (flags 0x40000000)\n"
        "  cpus/\n"
        "    cpu0/\n"
        "      timebase-frequency = <0x00000000016e3600> (u64 24000000)\n"
        "      state = \"running\"\n"
        "      AAAA = <0x41414141>\n"
        "      A = <0x41>\n"
        "  arm-io/\n"
        "    uart0/\n"
        "      reg = <0x000000000a0c0000 0x0000000000004000>\n"
        "      interrupts = <0x0000001d 0x00000003 0x00000000>\n"
        "      other = <0x0a0c0000 0x00000000 0x00004000 0x00000000>\n"
        "      \\x07/\n"
        "        name = <0x7>\n"
        "      [1]/\n"
        "        reg = <0x1>\n";
    char *s = dump_to_string(r);
    if (strcmp(s, expect) != 0) {
        fprintf(stderr, "dump differs; got:\n%s", s);
        fail();
    }
    free(s);
    adt_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_clear_placeholder_flags),
        cmocka_unit_test(test_cpu_frequencies_and_state),
        cmocka_unit_test(test_chosen_values),
        cmocka_unit_test(test_disable_compatible),
        cmocka_unit_test(test_check),
        cmocka_unit_test(test_dump),
    };
    return cmocka_run_group_tests_name("loader_adt_edit", tests, NULL, NULL);
}
