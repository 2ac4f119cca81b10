/*
 * test_t8010_cli.c — the t8010 machine end to end through the command
 * line, with the demo kernel (a Mach-O kernel built from demo/kernel/):
 * XNU's boot protocol, the generated and a user-supplied device tree, the
 * RAM disk, console input, --until, symbol hooks, determinism, and every
 * bad input as one clear line with status 2. Skips when the demo kernel
 * was not built (no clang or ld64.lld).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "cli_run.h"
#include "scratch.h"

#define DEMO BUILD_DIR "/demo/xnuemu-demo-kernel"
#define UNTIL "demo kernel: done"

static void need_demo(void)
{
    if (access(DEMO, R_OK) != 0) {
        fprintf(stderr, "skipped: %s was not built (clang and ld64.lld are needed)\n", DEMO);
        skip();
    }
}

static void expect_in(const char *hay, const char *needle)
{
    if (!strstr(hay, needle))
        fail_msg("'%s' not found in:\n%s", needle, hay);
}

/* Status 2 and exactly one line on stderr containing needle. */
static void expect_usage_error(const char *needle, const char *const *args)
{
    CliResult r = cli_run(scratch.dir, NULL, args);
    if (r.status != 2 || cli_lines(r.err) != 1 || !strstr(r.err, needle))
        fail_msg("status %d, stderr: %s(expected status 2, one line with '%s')", r.status,
                 r.err, needle);
    cli_result_free(&r);
}

static void test_demo_boots(void **state)
{
    (void)state;
    need_demo();
    CliResult r = cli_run(scratch.dir, NULL, (const char *[]){ "--until", UNTIL, DEMO, NULL });
    assert_int_equal(r.status, 0);
    expect_in(r.out, "a Mach-O kernel entered with the XNU boot protocol");
    expect_in(r.out, "physBase 0x800000000 memSize 0x7ff00000");
    expect_in(r.out, "boot-args \"debug=0x8 serial=3 cpus=1 -unsafe_kernel_text "
                     "no_interrupt_masked_debug=1\"");
    expect_in(r.out, "compatible \"D10AP\", 64-byte random-seed, timebase 24000000 Hz");
    expect_in(r.out, "EL1, MIDR_EL1 0x611f0060, UART at 0x20a0c0000");
    expect_in(r.out, "MMU on: 16 KiB granule, TCR 0x226519a519");
    expect_in(r.out, "running at 0xfffffff0");
    /* 200 ticks of 240000 counter ticks: virtual time, exact */
    expect_in(r.out, "200 timer FIQs in 48000002 counter ticks, 0 characters echoed");
    expect_in(r.out, "xnuemu demo kernel: done");
    expect_in(r.err, "the console printed \"" UNTIL "\" (--until)");
    cli_result_free(&r);
}

/* stdout and stderr into one pipe, as in a CI log: the guest's last,
 * unfinished console line ("...: done", no newline) comes before xnuemu's
 * end-of-run lines, not after them. */
static void test_console_flushed_before_report(void **state)
{
    (void)state;
    need_demo();
    FILE *p = popen("'" XNUEMU_BIN "' --until '" UNTIL "' --stats '" DEMO "' </dev/null 2>&1", "r");
    assert_non_null(p);
    static char out[65536];
    size_t n = fread(out, 1, sizeof(out) - 1, p);
    out[n] = 0;
    assert_int_equal(pclose(p), 0);
    const char *done = strstr(out, "xnuemu demo kernel: done");
    const char *report = strstr(out, "xnuemu: the console printed");
    assert_non_null(done);
    assert_non_null(report);
    if (done > report)
        fail_msg("the console's last line came after the report:\n%s", out);
}

static void test_demo_echo_and_bootargs(void **state)
{
    (void)state;
    need_demo();
    CliResult r = cli_run(scratch.dir, "typed q", (const char *[]){ "--bootargs", "hello=1", "--until",
                                                           UNTIL, DEMO, NULL });
    assert_int_equal(r.status, 0);
    expect_in(r.out, "boot-args \"hello=1\"");
    expect_in(r.out, "typed q");
    expect_in(r.out, "7 characters echoed");
    cli_result_free(&r);
}

static void test_deterministic(void **state)
{
    (void)state;
    need_demo();
    const char *args[] = { "--stats", "--until", UNTIL, DEMO, NULL };
    CliResult a = cli_run(scratch.dir, NULL, args), b = cli_run(scratch.dir, NULL, args);
    assert_string_equal(a.out, b.out);
    const char *ia = strstr(a.err, " instructions in "), *ib = strstr(b.err, " instructions in ");
    assert_non_null(ia);
    assert_non_null(ib);
    /* same instruction count: compare the line up to " instructions" */
    const char *la = ia, *lb = ib;
    while (la > a.err && la[-1] != '\n')
        la--;
    while (lb > b.err && lb[-1] != '\n')
        lb--;
    assert_int_equal(ia - la, ib - lb);
    assert_memory_equal(la, lb, (size_t)(ia - la));
    cli_result_free(&a);
    cli_result_free(&b);
}

static void test_user_tree_and_ramdisk(void **state)
{
    (void)state;
    need_demo();
    CliResult g = cli_run(scratch.dir, NULL, (const char *[]){ "adt", "generate", "--seed", "7",
                                                      "tree.adt", NULL });
    assert_int_equal(g.status, 0);
    cli_result_free(&g);
    CliResult d = cli_run(scratch.dir, NULL, (const char *[]){ "adt", "dump", "tree.adt", NULL });
    assert_int_equal(d.status, 0);
    expect_in(d.out, "compatible = \"D10AP\" \"iPhone9,1\" \"AppleARM\"");
    expect_in(d.out, "state = \"running\"");
    expect_in(d.out, "timebase-frequency = <0x00000000016e3600> (u64 24000000)");
    cli_result_free(&d);
    static const char rd[] = "RAMDISK-CONTENTS: a test image";
    scratch_write(&scratch, "rd.img", rd, sizeof(rd));
    CliResult r = cli_run(scratch.dir, NULL, (const char *[]){ "--dtb", "tree.adt", "--ramdisk", "rd.img",
                                                      "--until", UNTIL, DEMO, NULL });
    assert_int_equal(r.status, 0);
    expect_in(r.out, "RAM disk at 0x800018000, 4096 bytes: \"RAMDISK-CONTENTS: a test image\"");
    cli_result_free(&r);
}

static void test_hooks(void **state)
{
    (void)state;
    need_demo();
    /* return: the device-tree check "fails"; the demo halts in WFI with no timer */
    CliResult r = cli_run(scratch.dir, NULL, (const char *[]){ "--hook", "adt_check=return:1",
                                                      "--until", UNTIL, DEMO, NULL });
    assert_int_equal(r.status, 125);
    expect_in(r.err, "hook adt_check=return:1 (return) fired 1 time\n");
    assert_null(strstr(r.out, "MMU on"));
    cli_result_free(&r);
    /* stop at a symbol; log shows arguments and the caller */
    r = cli_run(scratch.dir, NULL, (const char *[]){ "--hook", "uart_init=log", "--hook",
                                             "demo_jump_high=stop", DEMO, NULL });
    assert_int_equal(r.status, 0);
    expect_in(r.err, "hook: uart_init(");
    expect_in(r.err, ") from demo_main+0x");
    expect_in(r.err, "reached demo_jump_high (--hook demo_jump_high=stop)");
    expect_in(r.out, "MMU on");
    assert_null(strstr(r.out, "running at"));
    cli_result_free(&r);
    /* skip: demo_timer_arm never runs, so no FIQ ever comes: stuck in WFI */
    static const char file[] = "# comment\n\n  demo_timer_arm=skip  \n";
    scratch_write(&scratch, "hooks.txt", file, sizeof(file) - 1);
    r = cli_run(scratch.dir, NULL, (const char *[]){ "--hook-file", "hooks.txt", DEMO, NULL });
    assert_int_equal(r.status, 125);
    expect_in(r.err, "no timer is armed");
    expect_in(r.err, "hook demo_timer_arm=skip (skip) fired 1 time");
    cli_result_free(&r);
    /* call: '*' before every demo_printf, whose own arguments (x0-x7) must
     * survive the call: the formatted numbers are still right */
    r = cli_run(scratch.dir, NULL, (const char *[]){ "--hook", "demo_printf=call:uart_putc:0x2a",
                                             "--until", UNTIL, DEMO, NULL });
    assert_int_equal(r.status, 0);
    expect_in(r.out, "*  boot_args at 0x800014000: virtBase 0x100000000 physBase 0x800000000");
    expect_in(r.out, "*  timer: 24000000 Hz, ticking at 100 Hz");
    expect_in(r.out, "  200 timer FIQs in ");
    expect_in(r.err, "hook demo_printf=call:uart_putc:0x2a (call) fired 13 times");
    cli_result_free(&r);
    /* jump: demo_timer_arm becomes demo_halt; NAME+OFFSET names an
     * instruction inside a function (never reached here) */
    r = cli_run(scratch.dir, NULL, (const char *[]){ "--hook", "demo_timer_arm=jump:demo_halt", "--hook",
                                             "demo_timer_arm+4=log", DEMO, NULL });
    assert_int_equal(r.status, 125);
    expect_in(r.err, "no timer is armed");
    expect_in(r.err, "hook demo_timer_arm=jump:demo_halt (jump) fired 1 time");
    expect_in(r.err, "hook demo_timer_arm+4=log (log) fired 0 times");
    cli_result_free(&r);
    /* NAME+OFFSET reached: a hook in the middle of demo_fiq */
    r = cli_run(scratch.dir, NULL, (const char *[]){ "--hook", "demo_fiq+8=log", "--until", UNTIL, DEMO,
                                             NULL });
    assert_int_equal(r.status, 0);
    expect_in(r.err, "hook: demo_fiq+8(");
    expect_in(r.err, "hook demo_fiq+8=log (log) fired 200 times");
    cli_result_free(&r);
}

static void test_bad_inputs(void **state)
{
    (void)state;
    need_demo();
    expect_usage_error("no symbol 'no_such_function'",
                       (const char *[]){ "--hook", "no_such_function=log", DEMO, NULL });
    expect_usage_error("expected SYMBOL=ACTION", (const char *[]){ "--hook", "panic", DEMO, NULL });
    expect_usage_error("unknown action 'explode'",
                       (const char *[]){ "--hook", "panic=explode", DEMO, NULL });
    expect_usage_error("is not a number", (const char *[]){ "--hook", "panic=return:x", DEMO, NULL });
    expect_usage_error("call: needs a function name",
                       (const char *[]){ "--hook", "panic=call:", DEMO, NULL });
    expect_usage_error("call: argument 'x' is not a number",
                       (const char *[]){ "--hook", "demo_halt=call:uart_putc:1,x", DEMO, NULL });
    expect_usage_error("call: takes at most 8 arguments",
                       (const char *[]){ "--hook", "demo_halt=call:uart_putc:1,2,3,4,5,6,7,8,9",
                                         DEMO, NULL });
    expect_usage_error("jump: needs a function name and nothing else",
                       (const char *[]){ "--hook", "demo_halt=jump:uart_putc:1", DEMO, NULL });
    expect_usage_error("no symbol 'no_such_function'",
                       (const char *[]){ "--hook", "demo_halt=jump:no_such_function", DEMO, NULL });
    expect_usage_error("no symbol 'demo_halt+2'",
                       (const char *[]){ "--hook", "demo_halt+2=log", DEMO, NULL });
    expect_usage_error("hooks.missing", (const char *[]){ "--hook-file", "hooks.missing", DEMO, NULL });
    expect_usage_error("nope.adt", (const char *[]){ "--dtb", "nope.adt", DEMO, NULL });
    static const uint8_t junk[] = { 1, 0, 0, 0, 0xff, 0xff, 0xff, 0x7f };
    scratch_write(&scratch, "junk.adt", junk, sizeof(junk));
    expect_usage_error("junk.adt: ADT", (const char *[]){ "--dtb", "junk.adt", DEMO, NULL });
    expect_usage_error("--adt-fix: unknown fix-up 'magic'",
                       (const char *[]){ "--adt-fix", "flags,magic", DEMO, NULL });
    expect_usage_error("-m: the t8010 machine takes", (const char *[]){ "-m", "16M", DEMO, NULL });
    expect_usage_error("--serial", (const char *[]){ "--serial", "carrier-pigeon", DEMO, NULL });
    expect_usage_error("--el: the t8010 machine has EL0 and EL1 only",
                       (const char *[]){ "--el", "2", DEMO, NULL });
    expect_usage_error("needs an Apple machine",
                       (const char *[]){ "--machine", "bare", DEMO, NULL });
    char bootargs[300];
    memset(bootargs, 'a', sizeof(bootargs) - 1);
    bootargs[sizeof(bootargs) - 1] = 0;
    expect_usage_error("XNU takes at most 255", (const char *[]){ "--bootargs", bootargs, DEMO, NULL });
    /* a truncated kernel: every cut is one line naming the file */
    FILE *f = fopen(DEMO, "rb");
    assert_non_null(f);
    static uint8_t k[65536];
    size_t n = fread(k, 1, sizeof(k), f);
    fclose(f);
    static const size_t cuts[] = { 3, 31, 100, 0x1000, 0x4100 };
    for (unsigned i = 0; i < sizeof(cuts) / sizeof(cuts[0]) && cuts[i] < n; i++) {
        scratch_write(&scratch, "cut.kernel", k, cuts[i]);
        const char *needle = cuts[i] < 4 ? "not an ELF file" : "cut.kernel: Mach-O";
        expect_usage_error(needle, (const char *[]){ "--machine", "t8010", "cut.kernel", NULL });
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_demo_boots),
        cmocka_unit_test(test_console_flushed_before_report),
        cmocka_unit_test(test_demo_echo_and_bootargs),
        cmocka_unit_test(test_deterministic),
        cmocka_unit_test(test_user_tree_and_ramdisk),
        cmocka_unit_test(test_hooks),
        cmocka_unit_test(test_bad_inputs),
    };
    return cmocka_run_group_tests(tests, scratch_group_setup, scratch_group_teardown);
}
