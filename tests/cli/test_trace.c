/*
 * test_trace.c — `--trace` output against golden text: a small raw
 * program on the bare machine that takes an SVC and runs LSE atomics,
 * CAS/CASP and LDAPR (which Capstone 4 rejects: the fallback formatter
 * must name them), filters (--trace-range, --trace-el), --trace-file, and
 * bad trace options (one line, status 2).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli_run.h"
#include "scratch.h"
#include "tenv.h"

static const uint32_t prog[] = {
    0xd2a80002, /* 00 movz x2, #0x4000, lsl #16 */
    0x91402042, /* 04 add x2, x2, #0x8, lsl #12   (data at 0x40008000) */
    0xd2a80009, /* 08 movz x9, #0x4000, lsl #16 */
    0x91200129, /* 0c add x9, x9, #0x800 */
    0xd518c009, /* 10 msr vbar_el1, x9 */
    0xd5033fdf, /* 14 isb */
    0xd4000841, /* 18 svc #0x42  -> 0x40000a00: eret */
    0xd28000a0, /* 1c mov x0, #5 */
    0xf8e00041, /* 20 ldaddal x0, x1, [x2] */
    0xc8e0fc41, /* 24 casal x0, x1, [x2] */
    0xb8bfc043, /* 28 ldapr w3, [x2] */
    0xf820005f, /* 2c stadd x0, [x2] */
    0x38208041, /* 30 swpb w0, w1, [x2] */
    0x4864fc46, /* 34 caspal x4, x5, x6, x7, [x2] */
    0x94000002, /* 38 bl 0x40 */
    0xd503201f, /* 3c nop (skipped) */
    0x91010041, /* 40 add x1, x2, #0x40 */
    0xd2a00043, /* 44 movz x3, #0x2, lsl #16 */
    0xf28004c3, /* 48 movk x3, #0x26 */
    0xa9007c23, /* 4c stp x3, xzr, [x1]  (ADP_Stopped_ApplicationExit, 0) */
    0xd2800300, /* 50 mov x0, #0x18      (SYS_EXIT) */
    0xd45e0000, /* 54 hlt #0xf000 */
};

static const char golden[] =
    "exec: 0 EL1 0x0000000040000000: d2a80002  movz x2, #0x4000, lsl #16\n"
    "exec: 1 EL1 0x0000000040000004: 91402042  add x2, x2, #8, lsl #12\n"
    "exec: 2 EL1 0x0000000040000008: d2a80009  movz x9, #0x4000, lsl #16\n"
    "exec: 3 EL1 0x000000004000000c: 91200129  add x9, x9, #0x800\n"
    "exec: 4 EL1 0x0000000040000010: d518c009  msr vbar_el1, x9\n"
    "exec: 5 EL1 0x0000000040000014: d5033fdf  isb\n"
    "exec: 6 EL1 0x0000000040000018: d4000841  svc #0x42\n"
    "int: sync EL1->EL1 SVC #0x42 (ESR 0x56000042) ELR 0x000000004000001c "
    "FAR 0x0000000000000000 -> 0x0000000040000a00\n"
    "exec: 7 EL1 0x0000000040000a00: d69f03e0  eret\n"
    "int: ERET EL1->EL1 to 0x000000004000001c (SPSR 0x000003c5)\n"
    "exec: 8 EL1 0x000000004000001c: d28000a0  movz x0, #0x5\n"
    "exec: 9 EL1 0x0000000040000020: f8e00041  ldaddal x0, x1, [x2]\n"
    "exec: 10 EL1 0x0000000040000024: c8e0fc41  casal x0, x1, [x2]\n"
    "exec: 11 EL1 0x0000000040000028: b8bfc043  ldapr w3, [x2]\n"
    "exec: 12 EL1 0x000000004000002c: f820005f  stadd x0, [x2]\n"
    "exec: 13 EL1 0x0000000040000030: 38208041  swpb w0, w1, [x2]\n"
    "exec: 14 EL1 0x0000000040000034: 4864fc46  caspal x4, x5, x6, x7, [x2]\n"
    "exec: 15 EL1 0x0000000040000038: 94000002  bl #0x40000040\n"
    "exec: 16 EL1 0x0000000040000040: 91010041  add x1, x2, #0x40\n"
    "exec: 17 EL1 0x0000000040000044: d2a00043  movz x3, #0x2, lsl #16\n"
    "exec: 18 EL1 0x0000000040000048: f28004c3  movk x3, #0x26\n"
    "exec: 19 EL1 0x000000004000004c: a9007c23  stp x3, xzr, [x1]\n"
    "exec: 20 EL1 0x0000000040000050: d2800300  movz x0, #0x18\n"
    "exec: 21 EL1 0x0000000040000054: d45e0000  hlt #0xf000\n";

static void write_prog(void)
{
    uint8_t img[0xa04] = { 0 };
    memcpy(img, prog, sizeof(prog));
    const uint32_t eret = 0xd69f03e0;
    memcpy(img + 0xa00, &eret, 4);
    scratch_write(&scratch, "trace.bin", img, sizeof(img));
}

static int setup(void **state)
{
    if (scratch_group_setup(state) != 0)
        return -1;
    write_prog();
    return 0;
}

static CliResult run(const char *a, const char *b, const char *c, const char *d)
{
    const char *args[] = { "--load-addr", "0x40000000", a, b, c, d, NULL, NULL };
    for (int i = 2; i < 6; i++)     /* drop the unused tail */
        if (!args[i]) {
            args[i] = "trace.bin";
            break;
        }
    if (a && b && c && d)
        args[6] = "trace.bin";
    return cli_run(scratch.dir, NULL, args);
}

static void test_golden_exec_int(void **state)
{
    (void)state;
    CliResult r = run("--trace", "exec,int", NULL, NULL);
    assert_int_equal(r.status, 0);
    assert_string_equal(r.err, golden);
    assert_null(strstr(r.err, ".inst"));      /* nothing fell through to the row name */
    cli_result_free(&r);
}

static void test_range_filter(void **state)
{
    (void)state;
    CliResult r = run("--trace", "exec", "--trace-range", "0x40000024+8");
    assert_int_equal(r.status, 0);
    assert_string_equal(r.err,
        "exec: 10 EL1 0x0000000040000024: c8e0fc41  casal x0, x1, [x2]\n"
        "exec: 11 EL1 0x0000000040000028: b8bfc043  ldapr w3, [x2]\n");
    cli_result_free(&r);
    r = run("--trace", "exec", "--trace-range", "0x40000050-0x40000058");
    assert_int_equal(r.status, 0);
    assert_int_equal(cli_lines(r.err), 2);
    cli_result_free(&r);
}

/* The filters apply to int and sysreg lines too: by the instruction that
 * took the exception (the SVC's preferred return, the ERET) or wrote the
 * register, and the EL it ran at. */
static void test_filters_other_categories(void **state)
{
    (void)state;
    CliResult r = run("--trace", "int,sysreg", "--trace-range", "0x40000010+4");
    assert_int_equal(r.status, 0);
    assert_string_equal(r.err, "sysreg: EL1 pc=0x0000000040000010 MSR VBAR_EL1, 0x40000800\n");
    cli_result_free(&r);
    r = run("--trace", "int,sysreg", "--trace-range", "0x40000a00+4");
    assert_int_equal(r.status, 0);
    assert_string_equal(r.err, "int: ERET EL1->EL1 to 0x000000004000001c (SPSR 0x000003c5)\n");
    cli_result_free(&r);
    r = run("--trace", "int,sysreg", "--trace-range", "0x4000001c+4");
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.err, "int: sync EL1->EL1 SVC #0x42"));
    assert_int_equal(cli_lines(r.err), 1);
    cli_result_free(&r);
    r = run("--trace", "int,sysreg", "--trace-el", "0");
    assert_int_equal(r.status, 0);
    assert_string_equal(r.err, "");
    cli_result_free(&r);
}

static void test_el_filter_and_file(void **state)
{
    (void)state;
    CliResult r = run("--trace", "exec", "--trace-el", "0");
    assert_int_equal(r.status, 0);
    assert_string_equal(r.err, "");
    cli_result_free(&r);
    r = run("--trace", "all", "--trace-file", "trace.txt");
    assert_int_equal(r.status, 0);
    assert_string_equal(r.err, "");
    cli_result_free(&r);
    char *buf = scratch_read(&scratch, "trace.txt", NULL);
    assert_non_null(strstr(buf, "ldaddal x0, x1, [x2]"));
    assert_non_null(strstr(buf, "sysreg: EL1 pc=0x0000000040000010 MSR VBAR_EL1, 0x40000800"));
    free(buf);
}

static void expect_error(const char *opt, const char *val, const char *needle)
{
    CliResult r = run(opt, val, NULL, NULL);
    if (r.status != 2 || cli_lines(r.err) != 1 || !strstr(r.err, needle))
        fail_msg("%s %s: status %d, stderr: %s", opt, val, r.status, r.err);
    cli_result_free(&r);
}

static void test_bad_trace_options(void **state)
{
    (void)state;
    expect_error("--trace", "exec,bogus", "unknown trace category 'bogus'");
    expect_error("--trace-range", "0x100-0x10", "is not a range");
    expect_error("--trace-range", "12", "is not a range");
    expect_error("--trace-el", "4", "is not 0, 1, 2 or 3");
    expect_error("--trace-el", "x", "is not a number");
    expect_error("--trace-file", "/nonexistent/dir/t.txt", "--log-file");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_golden_exec_int),
        cmocka_unit_test(test_range_filter),
        cmocka_unit_test(test_filters_other_categories),
        cmocka_unit_test(test_el_filter_and_file),
        cmocka_unit_test(test_bad_trace_options),
    };
    return cmocka_run_group_tests_name("trace", tests, setup, scratch_group_teardown);
}
