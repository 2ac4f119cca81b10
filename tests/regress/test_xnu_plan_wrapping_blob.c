/*
 * test_xnu_plan_wrapping_blob.c — regression: xnu_plan() added the RAM
 * disk and device-tree sizes to addresses unchecked, so a RAM disk of
 * 2^64 - 16 KiB bytes wrapped the device tree back onto boot_args and the
 * layout was accepted. XNU-BOOT.md §2.4.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <cmocka.h>

#include "../loader/macho_build.h"
#include "xnuemu/xnu_boot.h"

static void test_wrap(void **state)
{
    (void)state;
    const uint64_t kva = UINT64_C(0xfffffff007004000);
    const MbSeg segs[] = { { "__TEXT", kva, 0x8000, 0, 0x8000, 5 } };
    MbImage im = mb_build(2, segs, 1, kva + 0x100, 0, NULL, 0, 0x8000);
    Macho mo;
    char err[256];
    assert_int_equal(macho_parse(&mo, "k", im.data, im.size, err, sizeof(err)), EMU_OK);
    XnuLayout l;
    assert_int_equal(xnu_plan(&l, &mo, "k", UINT64_C(0x800000000), UINT64_C(256) << 20,
                              0 - UINT64_C(0x4000), 0x800, err, sizeof(err)),
                     EMU_ERR_RANGE);
    macho_free(&mo);
    free(im.data);
}

int main(void)
{
    const struct CMUnitTest tests[] = { cmocka_unit_test(test_wrap) };
    return cmocka_run_group_tests_name("regress_xnu_plan_wrap", tests, NULL, NULL);
}
