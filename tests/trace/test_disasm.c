/*
 * test_disasm.c — the fallback formatter against binutils: every LSE
 * atomic form (LD<op>, ST<op> aliases, SWP, CAS, CASP) in each size and
 * ordering, and LDAPR, must print as aarch64-linux-gnu-objdump prints it
 * (table generated once with objdump 2.40 from random operands); Capstone
 * 4 rejects all of them, so trace_disasm must give the same text; anything
 * else falls through to ".inst 0x... ; ROW", never an empty string.
 */
#include <string.h>

#include "tenv.h"
#include "xnuemu/trace.h"

static const struct { uint32_t w; const char *text; } table[] = {
    { 0x38ac0282, "ldaddab w12, w2, [x20]" },
    { 0x78bd0201, "ldaddah w29, w1, [x16]" },
    { 0xb8e200ff, "ldaddal w2, wzr, [x7]" },
    { 0xf83e00ff, "stadd x30, [x7]" },
    { 0x3821123f, "stclrb w1, [x17]" },
    { 0x78321123, "ldclrh w18, w3, [x9]" },
    { 0xb8b112d2, "ldclra w17, w18, [x22]" },
    { 0xf87513ff, "stclrl x21, [sp]" },
    { 0x38eb2139, "ldeoralb w11, w25, [x9]" },
    { 0x783223ff, "steorh w18, [sp]" },
    { 0xb8f3205f, "ldeoral w19, wzr, [x2]" },
    { 0xf86423ed, "ldeorl x4, x13, [sp]" },
    { 0x386a33ff, "stsetlb w10, [sp]" },
    { 0x78ba33ef, "ldsetah w26, w15, [sp]" },
    { 0xb87433ff, "stsetl w20, [sp]" },
    { 0xf8be33e5, "ldseta x30, x5, [sp]" },
    { 0x38a643e4, "ldsmaxab w6, w4, [sp]" },
    { 0x78fd43e2, "ldsmaxalh w29, w2, [sp]" },
    { 0xb8f1411f, "ldsmaxal w17, wzr, [x8]" },
    { 0xf8eb43fe, "ldsmaxal x11, x30, [sp]" },
    { 0x38255095, "ldsminb w5, w21, [x4]" },
    { 0x787a525f, "stsminlh w26, [x18]" },
    { 0xb82d53ff, "stsmin w13, [sp]" },
    { 0xf82e53ff, "stsmin x14, [sp]" },
    { 0x38af63e1, "ldumaxab w15, w1, [sp]" },
    { 0x782e60aa, "ldumaxh w14, w10, [x5]" },
    { 0xb832609f, "stumax w18, [x4]" },
    { 0xf83b63ff, "stumax x27, [sp]" },
    { 0x38ef707f, "lduminalb w15, wzr, [x3]" },
    { 0x78ef7124, "lduminalh w15, w4, [x9]" },
    { 0xb8ef7350, "lduminal w15, w16, [x26]" },
    { 0xf86472df, "stuminl x4, [x22]" },
    { 0x38258217, "swpb w5, w23, [x16]" },
    { 0x386a82ce, "swplb w10, w14, [x22]" },
    { 0x38b581cc, "swpab w21, w12, [x14]" },
    { 0x38ef832e, "swpalb w15, w14, [x25]" },
    { 0x782c83f6, "swph w12, w22, [sp]" },
    { 0x78618031, "swplh w1, w17, [x1]" },
    { 0x78be820c, "swpah w30, w12, [x16]" },
    { 0x78f68396, "swpalh w22, w22, [x28]" },
    { 0xb83780ae, "swp w23, w14, [x5]" },
    { 0xb86681de, "swpl w6, w30, [x14]" },
    { 0xb8ac82ad, "swpa w12, w13, [x21]" },
    { 0xb8fe801e, "swpal w30, w30, [x0]" },
    { 0xf83680a7, "swp x22, x7, [x5]" },
    { 0xf878819e, "swpl x24, x30, [x12]" },
    { 0xf8ab8375, "swpa x11, x21, [x27]" },
    { 0xf8e5833d, "swpal x5, x29, [x25]" },
    { 0xf82500ff, "stadd x5, [x7]" },
    { 0xf86510ff, "stclrl x5, [x7]" },
    { 0xf82520ff, "steor x5, [x7]" },
    { 0xf86530ff, "stsetl x5, [x7]" },
    { 0xf82540ff, "stsmax x5, [x7]" },
    { 0xf86550ff, "stsminl x5, [x7]" },
    { 0xf82560ff, "stumax x5, [x7]" },
    { 0xf86570ff, "stuminl x5, [x7]" },
    { 0x38bfc337, "ldaprb w23, [x25]" },
    { 0x78bfc0b7, "ldaprh w23, [x5]" },
    { 0xb8bfc145, "ldapr w5, [x10]" },
    { 0xf8bfc100, "ldapr x0, [x8]" },
    { 0x08a97fa9, "casb w9, w9, [x29]" },
    { 0x08befec9, "caslb w30, w9, [x22]" },
    { 0x08e87c20, "casab w8, w0, [x1]" },
    { 0x08e6fd1b, "casalb w6, w27, [x8]" },
    { 0x48ac7da1, "cash w12, w1, [x13]" },
    { 0x48b0fdb2, "caslh w16, w18, [x13]" },
    { 0x48ef7e90, "casah w15, w16, [x20]" },
    { 0x48fafd03, "casalh w26, w3, [x8]" },
    { 0x88b67fba, "cas w22, w26, [x29]" },
    { 0x88a8fd21, "casl w8, w1, [x9]" },
    { 0x88fc7d60, "casa w28, w0, [x11]" },
    { 0x88e9fd69, "casal w9, w9, [x11]" },
    { 0xc8be7ce3, "cas x30, x3, [x7]" },
    { 0xc8b4ffc6, "casl x20, x6, [x30]" },
    { 0xc8e37dec, "casa x3, x12, [x15]" },
    { 0xc8f1fc46, "casal x17, x6, [x2]" },
    { 0x08307f90, "casp w16, w17, w16, w17, [x28]" },
    { 0x0820fc8e, "caspl w0, w1, w14, w15, [x4]" },
    { 0x086a7d96, "caspa w10, w11, w22, w23, [x12]" },
    { 0x0868ff90, "caspal w8, w9, w16, w17, [x28]" },
    { 0x48307fd0, "casp x16, x17, x16, x17, [x30]" },
    { 0x4826fe1c, "caspl x6, x7, x28, x29, [x16]" },
    { 0x48707d9a, "caspa x16, x17, x26, x27, [x12]" },
    { 0x486efd0c, "caspal x14, x15, x12, x13, [x8]" },
};

static void test_fallback_matches_binutils(void **state)
{
    (void)state;
    char buf[128];
    for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
        if (!disasm_fallback(table[i].w, buf, sizeof(buf)))
            fail_msg("0x%08x (%s): not formatted", table[i].w, table[i].text);
        if (strcmp(buf, table[i].text) != 0)
            fail_msg("0x%08x: '%s', binutils says '%s'", table[i].w, buf, table[i].text);
    }
}

static void test_trace_disasm_uses_fallback(void **state)
{
    (void)state;
    Trace t = { 0 };
    trace_init(&t);
    char buf[128];
    for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++)
        assert_string_equal(trace_disasm(&t, 0x1000, table[i].w, "ROW", buf, sizeof(buf)),
                            table[i].text);
    /* Capstone's own text for what it knows */
    assert_string_equal(trace_disasm(&t, 0x1000, 0xd503201f, "NOP", buf, sizeof(buf)), "nop");
    assert_string_equal(trace_disasm(&t, 0x1000, 0x94000002, "BL", buf, sizeof(buf)),
                        "bl #0x1008");
    /* neither: the row name */
    assert_string_equal(trace_disasm(&t, 0x1000, 0x00000000, "UDF", buf, sizeof(buf)),
                        ".inst 0x00000000 ; UDF");
    trace_destroy(&t);
    /* without Capstone (NULL trace) the fallback still works */
    assert_string_equal(trace_disasm(NULL, 0, table[0].w, NULL, buf, sizeof(buf)), table[0].text);
}

static void test_not_lse(void **state)
{
    (void)state;
    char buf[64];
    assert_false(disasm_fallback(0xd503201f, buf, sizeof(buf)));        /* nop */
    assert_false(disasm_fallback(0xf8a0d041, buf, sizeof(buf)));        /* o3=1 opc=101 */
    assert_false(disasm_fallback(0x48217c82, buf, sizeof(buf)));        /* casp, odd Rs */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fallback_matches_binutils),
        cmocka_unit_test(test_trace_disasm_uses_fallback),
        cmocka_unit_test(test_not_lse),
    };
    return cmocka_run_group_tests_name("disasm", tests, NULL, NULL);
}
