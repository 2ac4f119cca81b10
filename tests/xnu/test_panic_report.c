/*
 * test_panic_report.c — panic reports, milestones and --report JSON on
 * the panic test kernel (tests/xnu/panic_kernel, a Mach-O with a function
 * named panic): entering _panic stops the run with status 123 and a report
 * (panic string expanded from the format and the stacked arguments,
 * registers, syndrome, symbolised frame-pointer backtrace, the ring
 * buffer); without the hook the console's "panic(" line does it; an
 * early-exception spin gives the stuck report (125). --until texts are
 * matched in order, --until-symbol stops at a function. The 12.1 kernel,
 * when present in .local/, must panic with a backtrace through panic().
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli_run.h"
#include "scratch.h"
#include "tenv.h"

static bool have_kernel(void)
{
    if (access(PANIC_KERNEL, R_OK) == 0)
        return true;
    print_message("panic test kernel not built (clang/ld64.lld missing): skipped\n");
    return false;
}

static void expect_in(const char *hay, const char *needle)
{
    if (!strstr(hay, needle))
        fail_msg("expected '%s' in:\n%s", needle, hay);
}

/* A scratch file's text, valid until the next call. */
static const char *read_text(const char *name)
{
    static char *last;
    free(last);
    return last = scratch_read(&scratch, name, NULL);
}

static void test_panic_symbol(void **state)
{
    (void)state;
    if (!have_kernel())
        skip();
    const char *args[] = { "--serial", "none", "--report", "r.json", PANIC_KERNEL, NULL };
    CliResult r = cli_run(scratch.dir, NULL, args);
    assert_int_equal(r.status, 123);
    expect_in(r.err, "==== kernel panic ====");
    expect_in(r.err, "panic string: pk: boom 42 in level2\n");
    expect_in(r.err, "at panic, EL1");
    expect_in(r.err, "x0  0x");
    expect_in(r.err, "no exception taken to EL1 (ESR_EL1 and ELR_EL1 are 0)");
    expect_in(r.err, "backtrace (frame pointers):");
    expect_in(r.err, " panic\n");
    expect_in(r.err, " level2+0x");
    expect_in(r.err, " level1+0x");
    expect_in(r.err, " pk_main+0x");
    expect_in(r.err, "last 32 instructions");
    expect_in(r.err, "=> 0x");
    expect_in(r.err, "last 16 device accesses:");
    expect_in(r.err, "write uart0+0x20");
    /* the backtrace is in call order: level2 before level1 before pk_main */
    const char *l2 = strstr(r.err, " level2+0x"), *l1 = strstr(r.err, " level1+0x");
    assert_true(l2 < l1 && l1 < strstr(r.err, " pk_main+0x"));
    const char *j = read_text("r.json");
    expect_in(j, "\"reason\": \"panic\", \"status\": 123");
    expect_in(j, "\"panic\": \"pk: boom 42 in level2\"");
    expect_in(j, "\"milestones\": []");
    cli_result_free(&r);
}

/* --on-panic continue: the report comes at panic()'s entry, then the
 * kernel's own panic() runs (it prints its console line and halts in WFI
 * with interrupts masked: stuck, 125); a console --until after the panic
 * ends the run with 0 instead. */
static void test_panic_continue(void **state)
{
    (void)state;
    if (!have_kernel())
        skip();
    const char *a1[] = { "--on-panic", "continue", "--report", "c.json", PANIC_KERNEL, NULL };
    CliResult r = cli_run(scratch.dir, NULL, a1);
    assert_int_equal(r.status, 125);
    expect_in(r.err, "kernel panic after ");
    expect_in(r.err, "(--on-panic continue)");
    expect_in(r.err, "panic string: pk: boom 42 in level2\n");
    expect_in(r.err, " level1+0x");
    expect_in(r.out, "panic(cpu 0 caller 0x");       /* the kernel's own panic output */
    const char *j = read_text("c.json");
    expect_in(j, "\"reason\": \"stuck\", \"status\": 125");
    expect_in(j, "\"panic\": \"pk: boom 42 in level2\"");
    cli_result_free(&r);

    const char *a2[] = { "--on-panic", "continue", "--until", "pk: boom", PANIC_KERNEL, NULL };
    r = cli_run(scratch.dir, NULL, a2);
    assert_int_equal(r.status, 0);
    expect_in(r.err, "panic string: pk: boom 42 in level2\n");
    cli_result_free(&r);

    const char *a3[] = { "--on-panic", "later", PANIC_KERNEL, NULL };
    r = cli_run(scratch.dir, NULL, a3);
    assert_int_equal(r.status, 2);
    expect_in(r.err, "--on-panic: 'later' is not 'stop' or 'continue'");
    cli_result_free(&r);
}

/* The ring buffer's history is exact: its last 32 instructions are the
 * last 32 `exec:` lines of a full trace of the same run. */
static void test_ring_matches_trace(void **state)
{
    (void)state;
    if (!have_kernel())
        skip();
    const char *args[] = { "--serial", "none", "--trace", "exec", "--trace-file", "t.txt",
                           PANIC_KERNEL, NULL };
    CliResult r = cli_run(scratch.dir, NULL, args);
    assert_int_equal(r.status, 123);
    FILE *f = fopen(scratch_path(&scratch, "t.txt"), "r");
    assert_non_null(f);
    static char lines[4096][24];
    unsigned n = 0;
    char line[512];
    while (fgets(line, sizeof(line), f)) {
        const char *p = strstr(line, " 0x");       /* "exec: N ELx 0x<pc>..." */
        if (strncmp(line, "exec: ", 6) == 0 && p)
            snprintf(lines[n++ % 4096], sizeof(lines[0]), "%.18s", p + 1);
    }
    fclose(f);
    assert_true(n > 33);
    /* the last exec line is panic's first instruction, which did not run:
     * the ring lists the 32 before it, then "=> " that one */
    const char *h = strstr(r.err, "last 32 instructions");
    assert_non_null(h);
    for (unsigned k = 0; k < 33; k++) {
        const char *want = lines[(n - 33 + k) % 4096];
        const char *at = strstr(h, want);
        if (!at)
            fail_msg("instruction %u of the history, %s, not in the report:\n%s", k, want, h);
        h = at + 1;
    }
    expect_in(h - 1, "0x");
    cli_result_free(&r);
}

static void test_panic_console_line(void **state)
{
    (void)state;
    if (!have_kernel())
        skip();
    /* a user hook on panic displaces the built-in one: the console line is
     * what gives the panic away */
    const char *args[] = { "--hook", "panic=log", PANIC_KERNEL, NULL };
    CliResult r = cli_run(scratch.dir, NULL, args);
    assert_int_equal(r.status, 123);
    expect_in(r.out, "panic(cpu 0 caller 0x");
    expect_in(r.err, "kernel panic (console)");
    expect_in(r.err, "panic string: panic(cpu 0 caller 0x");
    expect_in(r.err, "\"pk: boom %d in %s\"\n");
    cli_result_free(&r);
}

static void test_exception_spin(void **state)
{
    (void)state;
    if (!have_kernel())
        skip();
    const char *args[] = { "--serial", "none", "--bootargs", "fault", PANIC_KERNEL, NULL };
    CliResult r = cli_run(scratch.dir, NULL, args);
    assert_int_equal(r.status, 125);
    expect_in(r.err, "==== guest stuck ====");
    expect_in(r.err, "last exception to EL1:");
    expect_in(r.err, " pk_main+0x");
    cli_result_free(&r);
    /* --trace mmu,int: the fault in words */
    const char *a2[] = { "--serial", "none", "--bootargs", "fault", "--trace", "mmu,int",
                         PANIC_KERNEL, NULL };
    r = cli_run(scratch.dir, NULL, a2);
    assert_int_equal(r.status, 125);
    expect_in(r.err, "data abort from the same EL: synchronous external abort, read (ESR "
                     "0x96000010) FAR 0x0000000000000010\n");
    expect_in(r.err, "int: sync EL1->EL1 data abort from the same EL: synchronous external "
                     "abort, read (ESR 0x96000010) ELR 0x");
    expect_in(r.err, "mmu: EL1 fault at 0x0000000000000200: instruction abort");
    cli_result_free(&r);
}

static void test_milestones(void **state)
{
    (void)state;
    if (!have_kernel())
        skip();
    const char *a1[] = { "--serial", "none", "--until", "pk: started", "--until", "pk: level1",
                         "--report", "m.json", PANIC_KERNEL, NULL };
    CliResult r = cli_run(scratch.dir, NULL, a1);
    assert_int_equal(r.status, 0);
    expect_in(r.err, "reached the last milestone, \"pk: level1\" (--until)");
    const char *j = read_text("m.json");
    expect_in(j, "\"reason\": \"until\", \"status\": 0");
    expect_in(j, "{ \"text\": \"pk: started\", \"reached\": true, \"instructions\": ");
    expect_in(j, "{ \"text\": \"pk: level1\", \"reached\": true, \"instructions\": ");
    cli_result_free(&r);
    /* out of order: the second text was printed before the first one */
    const char *a2[] = { "--serial", "none", "--until", "pk: level1", "--until", "pk: started",
                         "--report", "m.json", PANIC_KERNEL, NULL };
    r = cli_run(scratch.dir, NULL, a2);
    assert_int_equal(r.status, 123);
    j = read_text("m.json");
    expect_in(j, "{ \"text\": \"pk: started\", \"reached\": false }");
    cli_result_free(&r);
    const char *a3[] = { "--serial", "none", "--until-symbol", "level2", PANIC_KERNEL, NULL };
    r = cli_run(scratch.dir, NULL, a3);
    assert_int_equal(r.status, 0);
    expect_in(r.err, "reached level2 (--until-symbol)");
    cli_result_free(&r);
    /* a symbol and a text: the run stops when both are reached */
    const char *a5[] = { "--serial", "none", "--until-symbol", "level1", "--until",
                         "pk: started", "--report", "m.json", PANIC_KERNEL, NULL };
    r = cli_run(scratch.dir, NULL, a5);
    assert_int_equal(r.status, 0);
    expect_in(r.err, "reached the last milestone, level1 (--until-symbol)");
    j = read_text("m.json");
    expect_in(j, "{ \"symbol\": \"level1\", \"reached\": true, \"instructions\": ");
    expect_in(j, "{ \"text\": \"pk: started\", \"reached\": true, \"instructions\": ");
    cli_result_free(&r);
    const char *a4[] = { "--until-symbol", "no_such_function", PANIC_KERNEL, NULL };
    r = cli_run(scratch.dir, NULL, a4);
    assert_int_equal(r.status, 2);
    expect_in(r.err, "no symbol 'no_such_function'");
    cli_result_free(&r);
}

static void test_symbolised_trace(void **state)
{
    (void)state;
    if (!have_kernel())
        skip();
    const char *args[] = { "--serial", "none", "--trace", "exec", "--until-symbol", "level1",
                           PANIC_KERNEL, NULL };
    CliResult r = cli_run(scratch.dir, NULL, args);
    assert_int_equal(r.status, 0);
    expect_in(r.err, " start: d5034fdf  msr daifset, #0xf\n");
    expect_in(r.err, " pk_main+0x4: ");
    cli_result_free(&r);
}

static void test_xnu_12_1(void **state)
{
    (void)state;
    char kernel[512];
    snprintf(kernel, sizeof(kernel), "%s/.local/xnu/12.1/mach.development.t8010.unstripped",
             SOURCE_DIR);
    if (access(kernel, R_OK) != 0) {
        print_message("XNU 12.1 kernel not present: skipped\n");
        skip();
    }
    const char *a1[] = { "--serial", "none", "--until-symbol", "arm_init", kernel, NULL };
    CliResult r = cli_run(scratch.dir, NULL, a1);
    assert_int_equal(r.status, 0);
    expect_in(r.err, "reached arm_init (--until-symbol)");
    cli_result_free(&r);
    const char *a2[] = { "--serial", "none", "--timeout", "120", kernel, NULL };
    r = cli_run(scratch.dir, NULL, a2);
    assert_int_equal(r.status, 123);
    expect_in(r.err, "panic string: \"Unable to find driver for this platform: \\\"D10AP\\\".");
    expect_in(r.err, " panic\n");
    expect_in(r.err, " _ZN15IOPanicPlatform5startEP9IOService+0x");
    expect_in(r.err, " _ZN9IOService14startCandidateEPS_+0x");
    cli_result_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_panic_symbol),
        cmocka_unit_test(test_panic_continue),
        cmocka_unit_test(test_ring_matches_trace),
        cmocka_unit_test(test_panic_console_line),
        cmocka_unit_test(test_exception_spin),
        cmocka_unit_test(test_milestones),
        cmocka_unit_test(test_symbolised_trace),
        cmocka_unit_test(test_xnu_12_1),
    };
    return cmocka_run_group_tests_name("panic_report", tests, scratch_group_setup, scratch_group_teardown);
}
