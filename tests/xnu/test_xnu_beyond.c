/*
 * test_xnu_beyond.c — the "beyond the panic" recipe on the real 12.1 kernel
 * (.local/xnu/, not part of the repository): docs/xnu-beyond-panic.hooks,
 * a zero-filled RAM disk and rd=md0 take it past the platform panic, with
 * timer FIQs, through bsd_init to "BSD root: md0" and the failed root
 * mount (no filesystem for it in a bare kernel); and its 13.0 sibling,
 * which gets as far as bsd_init's copyright line. Checks the milestones in
 * order; each kernel absent is skipped with a message.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "cli_run.h"

#define KERNEL SOURCE_DIR "/.local/xnu/12.1/mach.development.t8010.unstripped"
#define HOOKS SOURCE_DIR "/docs/xnu-beyond-panic.hooks"
#define KERNEL_13 SOURCE_DIR "/.local/xnu/13.0/mach.development.t8010.unstripped"
#define HOOKS_13 SOURCE_DIR "/docs/xnu-beyond-panic-13.0.hooks"
#define COPYRIGHT "Copyright (c) 1982, 1986, 1989, 1991, 1993"
#define RAMDISK BUILD_DIR "/xnu-beyond-rd.img"
#define BOOTARGS "debug=0x8 serial=3 cpus=1 -unsafe_kernel_text no_interrupt_masked_debug=1 rd=md0"
#define LAST_LINE "cannot mount root, errno = 19"

static void expect_in(const char *hay, const char *needle)
{
    if (!strstr(hay, needle))
        fail_msg("'%s' not found in the output (%zu bytes):\n%s", needle, strlen(hay), hay);
}

/* Functions logged with --hook NAME=log, in the order they are first
 * reached: a timer FIQ (interrupts are on), bsd_init, the root device
 * search, the RAM disk device, the mount attempt. */
static const char *const ordered[] = {
    "sleh_fiq", "bsd_init", "IOKitInitializeTime", "IOFindBSDRoot", "mdevadd", "vfs_mountroot",
};

/* Console lines in order; the platform panic must not be among them. */
static const char *const console[] = {
    "Darwin Kernel Version 18.2.0",
    COPYRIGHT,
    "mbinit: done",
    "Added memory device md0/rmd0",
    "BSD root: md0, major 2, minor 0",
    LAST_LINE,
};

static void make_ramdisk(void)
{
    FILE *f = fopen(RAMDISK, "wb");
    assert_non_null(f);
    static const char zero[4096];
    for (unsigned i = 0; i < 1024; i++)          /* 4 MiB of zeros */
        assert_int_equal(fwrite(zero, 1, sizeof(zero), f), sizeof(zero));
    assert_int_equal(fclose(f), 0);
}

static void expect_in_order(const char *text, const char *const *needles, unsigned n,
                            const char *fmt)
{
    const char *pos = text;
    for (unsigned i = 0; i < n; i++) {
        char needle[160];
        snprintf(needle, sizeof(needle), fmt, needles[i]);
        const char *at = strstr(pos, needle);
        if (!at)
            fail_msg("milestone '%s' not reached after the previous one:\n%s", needle, text);
        pos = at + strlen(needle);
    }
}

static void need(const char *kernel)
{
    if (access(kernel, R_OK) != 0) {
        fprintf(stderr, "skipped: %s not found (see README: booting a real XNU kernel)\n", kernel);
        skip();
    }
}

static void test_beyond_12_1(void **state)
{
    (void)state;
    need(KERNEL);
    make_ramdisk();
    const char *args[40] = { "--serial", "stdio", "--until", LAST_LINE, "--timeout", "600",
                             "--hook-file", HOOKS, "--ramdisk", RAMDISK, "--bootargs", BOOTARGS,
                             "--stats", "--hook", "_ZN16IOPlatformExpert5startEP9IOService=log" };
    unsigned n = 15;
    char specs[sizeof(ordered) / sizeof(ordered[0])][64];
    for (unsigned i = 0; i < sizeof(ordered) / sizeof(ordered[0]); i++) {
        snprintf(specs[i], sizeof(specs[i]), "%s=log", ordered[i]);
        args[n++] = "--hook";
        args[n++] = specs[i];
    }
    args[n++] = KERNEL;
    args[n] = NULL;
    CliResult r = cli_run(NULL, NULL, args);
    if (r.status != 0)
        fail_msg("status %d; stdout:\n%s\nstderr:\n%s", r.status, r.out, r.err);
    expect_in_order(r.out, console, sizeof(console) / sizeof(console[0]), "%s");
    if (strstr(r.out, "panic("))
        fail_msg("the kernel panicked:\n%s", r.out);
    expect_in_order(r.err, ordered, sizeof(ordered) / sizeof(ordered[0]), "hook: %s(");
    /* the platform expert started (IOPanicPlatform ran the base class) */
    expect_in(r.err, "hook: _ZN16IOPlatformExpert5startEP9IOService(");
    expect_in(r.err, "(jump) fired 1 time");
    expect_in(r.err, "hook _ml_get_max_cpus=call:_ml_init_max_cpus:1 (call) fired");
    cli_result_free(&r);
    unlink(RAMDISK);
}

/* 13.0: past the platform panic, timer FIQs, bsd_init's copyright line. */
static void test_beyond_13_0(void **state)
{
    (void)state;
    need(KERNEL_13);
    CliResult r = cli_run(NULL, NULL, (const char *[]){ "--serial", "stdio", "--until", COPYRIGHT,
                                                       "--timeout", "600", "--hook-file", HOOKS_13,
                                                       "--hook", "sleh_fiq=log", "--hook",
                                                       "bsd_init=log", KERNEL_13, NULL });
    if (r.status != 0)
        fail_msg("status %d; stdout:\n%s\nstderr:\n%s", r.status, r.out, r.err);
    static const char *const con13[] = { "Darwin Kernel Version 19.0.0", "iBoot version: ",
                                         COPYRIGHT };
    expect_in_order(r.out, con13, 3, "%s");
    if (strstr(r.out, "panic("))
        fail_msg("the kernel panicked:\n%s", r.out);
    static const char *const ord13[] = { "sleh_fiq", "bsd_init" };
    expect_in_order(r.err, ord13, 2, "hook: %s(");
    expect_in(r.err, "hook _kernel_bootstrap_thread+0x274=jump:_kernel_bootstrap_thread+0x3a0 "
                     "(jump) fired 1 time");
    cli_result_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_beyond_12_1),
        cmocka_unit_test(test_beyond_13_0),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
