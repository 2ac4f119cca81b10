/*
 * test_esr_debug.c — `--trace int` words for the debug exception classes
 * (Arm ARM D17.2.37 ESR_ELx, EC 0x30-0x35): breakpoint, software step with
 * ISV/EX, watchpoint with WnR; same or lower EL.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>

#include "xnuemu/trace.h"

static const char *describe(uint32_t esr)
{
    static char buf[200];
    return esr_describe(esr, buf, sizeof(buf));
}

static void test_debug_classes(void **state)
{
    (void)state;
    assert_string_equal(describe(0xc2000022), "hardware breakpoint from a lower EL (ESR 0xc2000022)");
    assert_string_equal(describe(0xc6000022), "hardware breakpoint from the same EL (ESR 0xc6000022)");
    assert_string_equal(describe(0xcb000062),
                        "software step from a lower EL, stepped a load-exclusive (ESR 0xcb000062)");
    assert_string_equal(describe(0xca000022),
                        "software step from a lower EL, no instruction stepped (ESR 0xca000022)");
    assert_string_equal(describe(0xcf000022),
                        "software step from the same EL, stepped an instruction (ESR 0xcf000022)");
    assert_string_equal(describe(0xd2000062), "watchpoint from a lower EL: write (ESR 0xd2000062)");
    assert_string_equal(describe(0xd6000022), "watchpoint from the same EL: read (ESR 0xd6000022)");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_debug_classes),
    };
    return cmocka_run_group_tests_name("esr_debug", tests, NULL, NULL);
}
