/*
 * test_screenshot.c — the t8010 framebuffer end to end, headless: the demo
 * kernel draws its picture into the framebuffer announced in
 * boot_args.Video; --screenshot writes a PNG that must be 750x1334, not
 * blank, with the demo's exact pixels; --screenshot-at takes it when the
 * console prints a text; --display sdl runs with SDL's dummy video
 * driver; XNU 12.1 with -v draws its console (when the kernel is in
 * .local/); bad display options are one-line errors (status 2).
 */
#include <png.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli_run.h"
#include "scratch.h"
#include "tenv.h"

#define DEMO BUILD_DIR "/demo/xnuemu-demo-kernel"

typedef struct Image {
    unsigned w, h;
    uint8_t *rgb;
} Image;

static bool need_demo(void)
{
    if (access(DEMO, R_OK) == 0)
        return true;
    print_message("demo kernel not built (clang and ld64.lld are needed): skipped\n");
    return false;
}

static Image load_png(const char *name)
{
    const char *path = scratch_path(&scratch, name);
    png_image img = { .version = PNG_IMAGE_VERSION };
    Image out = { 0 };
    if (!png_image_begin_read_from_file(&img, path))
        fail_msg("%s: %s", path, img.message);
    img.format = PNG_FORMAT_RGB;
    out.w = img.width;
    out.h = img.height;
    out.rgb = malloc(PNG_IMAGE_SIZE(img));
    assert_non_null(out.rgb);
    if (!png_image_finish_read(&img, NULL, out.rgb, 0, NULL))
        fail_msg("%s: %s", path, img.message);
    return out;
}

static uint32_t px(const Image *im, unsigned x, unsigned y)
{
    const uint8_t *p = im->rgb + ((size_t)y * im->w + x) * 3;
    return (uint32_t)p[0] << 16 | (uint32_t)p[1] << 8 | p[2];
}

static void check_demo_picture(const char *name)
{
    Image im = load_png(name);
    assert_int_equal(im.w, 750);
    assert_int_equal(im.h, 1334);
    unsigned distinct = 0;
    uint32_t seen[8];
    for (unsigned y = 0; y < im.h && distinct < 8; y += 7)
        for (unsigned x = 0; x < im.w && distinct < 8; x += 5) {
            uint32_t c = px(&im, x, y);
            unsigned k;
            for (k = 0; k < distinct && seen[k] != c; k++)
                ;
            if (k == distinct)
                seen[distinct++] = c;
        }
    assert_true(distinct >= 6);                     /* not blank */
    assert_int_equal(px(&im, 10, 10), 0x203060);    /* background */
    assert_int_equal(px(&im, 100, 200), 0xff0000);  /* red band */
    assert_int_equal(px(&im, 375, 200), 0x00ff00);  /* green band */
    assert_int_equal(px(&im, 600, 299), 0x0000ff);  /* blue band, last row */
    assert_int_equal(px(&im, 600, 300), 0x203060);
    assert_int_equal(px(&im, 175, 600), 0xffffff);  /* white panel corners */
    assert_int_equal(px(&im, 574, 799), 0xffffff);
    assert_int_equal(px(&im, 174, 700), 0x203060);
    assert_int_equal(px(&im, 0, 1050), 0x000000);   /* grey ramp ends */
    assert_int_equal(px(&im, 749, 1050), 0xffffff);
    assert_int_equal(px(&im, 374, 1050), 0x7f7f7f);
    free(im.rgb);
}

static void test_screenshot_at_exit(void **state)
{
    (void)state;
    if (!need_demo())
        skip();
    const char *args[] = { "--until", "demo kernel: done", "--screenshot", "exit.png", DEMO,
                           NULL };
    CliResult r = cli_run(scratch.dir, NULL, args);
    assert_int_equal(r.status, 0);
    if (!strstr(r.out, "framebuffer 750x1334 at 0xc00000000: picture drawn"))
        fail_msg("stdout: %s", r.out);
    if (!strstr(r.err, "screenshot exit.png written (750x1334, at exit)"))
        fail_msg("stderr: %s", r.err);
    cli_result_free(&r);
    check_demo_picture("exit.png");
}

static void test_screenshot_at_text_with_sdl(void **state)
{
    (void)state;
    if (!need_demo())
        skip();
    setenv("SDL_VIDEODRIVER", "dummy", 1);
    const char *args[] = { "--display", "sdl", "--screenshot", "at.png", "--screenshot-at",
                           "ticking at", "--until", "demo kernel: done", DEMO, NULL };
    CliResult r = cli_run(scratch.dir, NULL, args);
    assert_int_equal(r.status, 0);
    if (!strstr(r.err, "screenshot at.png written (750x1334, --screenshot-at)"))
        fail_msg("stderr: %s", r.err);
    cli_result_free(&r);
    check_demo_picture("at.png");
}

/* XNU 12.1 with -v draws its verbose console: white text in the top rows
 * of a black screen (skipped without the kernel in .local/) */
static void test_xnu_verbose_console(void **state)
{
    (void)state;
    const char *kernel = SOURCE_DIR "/.local/xnu/12.1/mach.development.t8010.unstripped";
    if (access(kernel, R_OK) != 0) {
        print_message("XNU 12.1 kernel not present: skipped\n");
        skip();
    }
    const char *args[] = { "--serial", "none", "--bootargs", "debug=0x8 serial=3 cpus=1 -v",
                           "--screenshot", "xnu.png", "--timeout", "120", kernel, NULL };
    CliResult r = cli_run(scratch.dir, NULL, args);
    assert_int_equal(r.status, 123);            /* it panics, as it does without -v */
    cli_result_free(&r);
    Image im = load_png("xnu.png");
    unsigned white_top = 0, lit_bottom = 0;
    for (unsigned y = 0; y < im.h; y++)
        for (unsigned x = 0; x < im.w; x++) {
            uint32_t c = px(&im, x, y);
            if (y < 240 && c == 0xffffff)
                white_top++;
            else if (y >= 400 && c != 0)
                lit_bottom++;
        }
    assert_true(white_top > 5000);              /* a dozen lines of text */
    assert_int_equal(lit_bottom, 0);
    free(im.rgb);
}

static void expect_error(const char *const *args, const char *needle)
{
    CliResult r = cli_run(scratch.dir, NULL, args);
    if (r.status != 2 || cli_lines(r.err) != 1 || !strstr(r.err, needle))
        fail_msg("status %d, stderr: %s (expected '%s')", r.status, r.err, needle);
    cli_result_free(&r);
}

static void test_bad_display_options(void **state)
{
    (void)state;
    expect_error((const char *[]){ "--display", "vga", DEMO, NULL }, "is not 'sdl' or 'none'");
    expect_error((const char *[]){ "--screenshot-at", "x", DEMO, NULL },
                 "--screenshot-at needs --screenshot");
    expect_error((const char *[]){ "--machine", "bare", "--screenshot", "a.png", "--load-addr",
                                   "0x40000000", DEMO, NULL }, "has no framebuffer");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_screenshot_at_exit),
        cmocka_unit_test(test_screenshot_at_text_with_sdl),
        cmocka_unit_test(test_xnu_verbose_console),
        cmocka_unit_test(test_bad_display_options),
    };
    return cmocka_run_group_tests_name("screenshot", tests, scratch_group_setup, scratch_group_teardown);
}
