/*
 * test_linux_cli.c — the Linux boot protocol end to end through the
 * command line, with no real kernel: a 156-byte arm64 Image (booting.rst
 * header, then code that checks x0 points at an FDT magic and prints a line
 * on the S5L UART) boots on --machine t8010 raw, gzip'ed, and with a user
 * --dtb; broken Images, device trees and initrds end with status 2 and one
 * line on stderr naming the file.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "cli_run.h"
#include "scratch.h"

#define MSG "boot protocol ok: x0 is an FDT"

/* aarch64-linux-gnu-as of (comments give the source):
 *   b 1f; .word 0; .quad 0 (text_offset), 0x10000 (image_size), 4 (flags:
 *   LE, 16K pages), 0, 0, 0; .ascii "ARM\x64"; .word 0
 * 1: ldr w1, [x0]; mov w2, #0xdd0; movk w2, #0xedfe, lsl #16; cmp w1, w2;
 *    b.ne 3f; mov x3, #0; movk x3, #0xa0c, lsl #16; movk x3, #2, lsl #32;
 *    adr x4, msg
 * 2: ldrb w5, [x4], #1; cbz w5, 3f; str w5, [x3, #0x20]; b 2b
 * 3: wfi; b 3b
 * msg: .asciz MSG "\n" */
static const uint32_t tiny_code[] = {
    0x14000010, 0, 0, 0, 0x00010000, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0x644d5241, 0,
    0xb9400001, 0x5281ba02, 0x72bdbfc2, 0x6b02003f, 0x54000121, 0xd2800003, 0xf2a14183,
    0xf2c00043, 0x100000e4, 0x38401485, 0x34000065, 0xb9002065, 0x17fffffd, 0xd503207f,
    0x17ffffff,
};

static const char *path_of(const char *name)
{
    return scratch_path(&scratch, name);
}

static void write_file(const char *name, const void *data, size_t len)
{
    scratch_write(&scratch, name, data, len);
}

static size_t tiny_image(uint8_t *buf)
{
    memcpy(buf, tiny_code, sizeof(tiny_code));
    memcpy(buf + sizeof(tiny_code), MSG "\n", sizeof(MSG "\n"));
    return sizeof(tiny_code) + sizeof(MSG "\n");
}

static void expect_boot(const char *const *args)
{
    CliResult r = cli_run(NULL, NULL, args);
    if (r.status != 0 || !strstr(r.out, MSG))
        fail_msg("status %d, console '%s', stderr:\n%s", r.status, r.out, r.err);
    cli_result_free(&r);
}

static void expect_error(const char *const *args, const char *needle)
{
    CliResult r = cli_run(NULL, NULL, args);
    if (r.status != 2 || !strstr(r.err, needle) || cli_lines(r.err) != 1)
        fail_msg("status %d, wanted 2 and one line with '%s'; stderr:\n%s", r.status, needle,
                 r.err);
    cli_result_free(&r);
}

static void test_tiny_image_boots(void **state)
{
    (void)state;
    uint8_t img[512];
    size_t n = tiny_image(img);
    write_file("Image", img, n);
    static const char rd[] = "an initrd";
    write_file("rd", rd, sizeof(rd));
    const char *raw[] = { "--machine", "t8010", "-m", "64M", "--until", MSG, "--timeout", "60",
                          "--initrd", path_of("rd"), "--append", "console=ttySAC0",
                          path_of("Image"), NULL };
    expect_boot(raw);

    char cmd[1200];
    snprintf(cmd, sizeof(cmd), "gzip -9 -n -c '%s' > '%s'", path_of("Image"), path_of("Image.gz"));
    assert_int_equal(system(cmd), 0);
    const char *gz[] = { "--machine", "t8010", "-m", "64M", "--until", MSG, "--timeout", "60",
                         "--ramdisk", path_of("rd"), path_of("Image.gz"), NULL };
    expect_boot(gz);
}

static void test_user_dtb(void **state)
{
    (void)state;
    uint8_t img[512];
    write_file("Image", img, tiny_image(img));
    char cmd[1200];
    snprintf(cmd, sizeof(cmd),
             "printf '/dts-v1/;\\n/ { #address-cells = <2>; #size-cells = <2>; "
             "model = \"user\"; };\\n' | dtc -q -I dts -O dtb -o '%s' -", path_of("u.dtb"));
    if (system(cmd) != 0) {
        fprintf(stderr, "skipped: dtc not found\n");
        skip();
    }
    const char *args[] = { "--machine", "t8010", "-m", "64M", "--until", MSG, "--timeout", "60",
                           "--dtb", path_of("u.dtb"), "--append", "x", path_of("Image"), NULL };
    expect_boot(args);
}

static void test_bad_inputs(void **state)
{
    (void)state;
    uint8_t img[512];
    size_t n = tiny_image(img);
    img[0x18] |= 1;                                 /* big-endian */
    write_file("be", img, n);
    const char *be[] = { "--machine", "t8010", path_of("be"), NULL };
    expect_error(be, "be: a big-endian arm64 Image");

    n = tiny_image(img);
    write_file("Image", img, n);
    const char *rd[] = { "--machine", "t8010", "--initrd", path_of("none"), path_of("Image"),
                         NULL };
    expect_error(rd, "none: No such file or directory");

    static const uint8_t junk[64] = { 0xd0, 0x0d, 0xfe, 0xed, 0, 0, 0, 64 };
    write_file("junk.dtb", junk, sizeof(junk));
    const char *dtb[] = { "--machine", "t8010", "--dtb", path_of("junk.dtb"), path_of("Image"),
                          NULL };
    expect_error(dtb, "junk.dtb: flattened device tree");

    /* an Apple device tree is not an FDT */
    static const uint8_t adt[16] = { 1, 0, 0, 0, 0, 0, 0, 0 };
    write_file("adt", adt, sizeof(adt));
    const char *a[] = { "--machine", "t8010", "--dtb", path_of("adt"), path_of("Image"), NULL };
    expect_error(a, "adt: not a flattened device tree (magic 0xd00dfeed): a Linux kernel");

    static const uint8_t gz[20] = { 0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff };
    write_file("bad.gz", gz, sizeof(gz));
    const char *bad[] = { "--machine", "t8010", path_of("bad.gz"), NULL };
    expect_error(bad, "bad.gz: deflate data at byte 11: block type 3 is reserved");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tiny_image_boots),
        cmocka_unit_test(test_user_dtb),
        cmocka_unit_test(test_bad_inputs),
    };
    return cmocka_run_group_tests(tests, scratch_group_setup, scratch_group_teardown);
}
