/*
 * test_input_replay.c — deterministic replays (input_log.h) through the
 * command line with the demo kernel, which echoes what is typed on the
 * S5L UART while its timer ticks: a recorded session replays with the
 * same console output and the same instruction count without reading the
 * host; a log the run never reaches stops it with a divergence error;
 * malformed logs and impossible option sets are one-line errors with
 * status 2. Skips when the demo kernel was not built.
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

/* The "xnuemu: N instructions" line of --stats. */
static unsigned long long insns(const char *err)
{
    const char *p = strstr(err, " instructions in ");
    assert_non_null(p);
    while (p > err && p[-1] != ' ')
        p--;
    return strtoull(p, NULL, 10);
}

static void test_record_then_replay(void **state)
{
    (void)state;
    need_demo();
    CliResult rec = cli_run(scratch.dir, "hello q", (const char *[]){
        "--record-input", "session.log", "--stats", "--until", UNTIL, DEMO, NULL });
    assert_int_equal(rec.status, 0);
    assert_non_null(strstr(rec.out, "7 characters echoed"));
    char *log = scratch_read(&scratch, "session.log", NULL);
    assert_true(strncmp(log, "xnuemu-input 1\n", 15) == 0);
    assert_non_null(strstr(log, " 68656c6c6f2071\n"));          /* "hello q" */
    free(log);
    /* no input at all: everything comes from the log */
    CliResult rep = cli_run(scratch.dir, NULL, (const char *[]){
        "--replay-input", "session.log", "--stats", "--until", UNTIL, DEMO, NULL });
    assert_int_equal(rep.status, 0);
    assert_string_equal(rep.out, rec.out);
    assert_int_equal(insns(rep.err), insns(rec.err));
    cli_result_free(&rec);
    cli_result_free(&rep);
}

/* Input recorded at a point the run passes without taking it (an idle time
 * it never has at that instruction): the replay stops, naming the line. */
static void test_divergence_stops_the_run(void **state)
{
    (void)state;
    need_demo();
    static const char log[] = "xnuemu-input 1\n1000 999999999 41\n";
    scratch_write(&scratch, "bad.log", log, sizeof(log) - 1);
    CliResult r = cli_run(scratch.dir, NULL, (const char *[]){
        "--replay-input", "bad.log", "--until", UNTIL, DEMO, NULL });
    assert_int_not_equal(r.status, 0);
    assert_non_null(strstr(r.err, "--replay-input bad.log:2: the run diverged"));
    cli_result_free(&r);
}

static void expect_usage(const char *log, const char *const *args, const char *needle)
{
    if (log)
        scratch_write(&scratch, "in.log", log, strlen(log));
    CliResult r = cli_run(scratch.dir, NULL, args);
    if (r.status != 2 || cli_lines(r.err) != 1 || !strstr(r.err, needle))
        fail_msg("status %d, stderr: %s(expected status 2, one line with '%s')", r.status,
                 r.err, needle);
    cli_result_free(&r);
}

static void test_bad_logs_and_options(void **state)
{
    (void)state;
    need_demo();
    const char *const replay[] = { "--replay-input", "in.log", DEMO, NULL };
    expect_usage("hello\n", replay, "in.log:1: not an xnuemu input log");
    expect_usage("", replay, "in.log: empty file");
    expect_usage("xnuemu-input 1\n12 0 4\n", replay, "in.log:2: expected the bytes as pairs");
    expect_usage("xnuemu-input 1\n12 0 zz\n", replay, "in.log:2: 'zz' is not a hex byte");
    expect_usage("xnuemu-input 1\nx 0 41\n", replay, "in.log:2: expected an instruction count");
    expect_usage("xnuemu-input 1\n20 0 41\n10 0 42\n", replay, "in.log:3: deliveries are out");
    expect_usage(NULL, (const char *[]){ "--replay-input", "missing.log", DEMO, NULL },
                 "--replay-input missing.log: No such file");
    expect_usage(NULL, (const char *[]){ "--record-input", "a", "--replay-input", "b", DEMO,
                                         NULL }, "one run records or replays");
    expect_usage(NULL, (const char *[]){ "--record-input", "a", "--realtime", DEMO, NULL },
                 "a replay needs virtual time");
    expect_usage(NULL, (const char *[]){ "--machine", "bare", "--record-input", "a", DEMO,
                                         NULL }, "the bare machine takes no console input");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_record_then_replay),
        cmocka_unit_test(test_divergence_stops_the_run),
        cmocka_unit_test(test_bad_logs_and_options),
    };
    return cmocka_run_group_tests(tests, scratch_group_setup, scratch_group_teardown);
}
