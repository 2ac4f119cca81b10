/*
 * test_xnu_boot.c — boots the real XNU kernels found under .local/xnu/
 * (see README "Booting a real XNU kernel"; they are not part of the
 * repository) on the generated T8010 device tree, and checks their
 * milestones: boot symbols reached in order, the Darwin version line, and
 * the platform panic with a complete panic log. Each kernel absent is
 * skipped with a message.
 *
 * 11.4.1 is a community build of xnu-4570.71.2 linked without Apple's
 * arm64 segment layout: its code is in __TEXT,__text and it has no
 * __DATA_CONST, while its own arm_vm_prot_init() maps __TEXT read-only and
 * privileged-execute-never (arm_vm_init.c:925, RNX) and arm_vm_init()
 * asserts __TEXT, __DATA_CONST, __TEXT_EXEC are contiguous (lines
 * 1338-1339). On an A10 the first instruction fetched from __TEXT after
 * the switch to those tables takes a permission fault (Arm ARM D8.4.1:
 * PXN=1 in the level-3 descriptor), so unpatched it must stop exactly
 * there. A second case bypasses those two layout decisions with --hook
 * (no kernel or emulator change) to cover the rest of its boot path.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "cli_run.h"

#define XNU_DIR SOURCE_DIR "/.local/xnu/"
#define KERNEL_NAME "/mach.development.t8010.unstripped"
#define END_OF_PANIC "Waiting for remote debugger connection"
#define STATUS_STUCK 125

static void expect_in(const char *hay, const char *needle)
{
    if (!strstr(hay, needle))
        fail_msg("'%s' not found in the output (%zu bytes)", needle, strlen(hay));
}

/* Each --hook NAME=log line must appear in stderr, in this order. */
static void expect_milestones(const char *err, const char *const *names, unsigned n)
{
    const char *pos = err;
    for (unsigned i = 0; i < n; i++) {
        char needle[80];
        snprintf(needle, sizeof(needle), "hook: %s(", names[i]);
        const char *at = strstr(pos, needle);
        if (!at)
            fail_msg("milestone %s not reached (after the previous one); stderr:\n%s", names[i],
                     err);
        pos = at + 1;
    }
}

/* Runs the kernel of `version` with a --hook NAME=log for each milestone,
 * then `extra` (NULL-terminated, may be NULL). Skips when it is absent. */
static CliResult run_kernel(const char *version, const char *const *milestones, unsigned n,
                            const char *const *extra)
{
    char kernel[512];
    snprintf(kernel, sizeof(kernel), XNU_DIR "%s" KERNEL_NAME, version);
    if (access(kernel, R_OK) != 0) {
        fprintf(stderr, "skipped: %s not found (see README: booting a real XNU kernel)\n", kernel);
        skip();
    }
    const char *args[64] = { "--serial", "stdio", "--until", END_OF_PANIC, "--timeout", "600" };
    unsigned an = 6;
    char specs[16][64];
    assert_true(n <= 16);
    for (unsigned i = 0; i < n; i++) {
        snprintf(specs[i], sizeof(specs[i]), "%s=log", milestones[i]);
        args[an++] = "--hook";
        args[an++] = specs[i];
    }
    for (unsigned i = 0; extra && extra[i]; i++)
        args[an++] = extra[i];
    args[an++] = kernel;
    args[an] = NULL;
    assert_true(an < sizeof(args) / sizeof(args[0]));
    return cli_run(NULL, NULL, args);
}

/* Milestones in boot order up to the platform panic. */
static const char *const milestones[] = {
    "common_start", "arm_init", "arm_vm_init", "pmap_bootstrap", "serial_init",
    "kernel_bootstrap", "machine_init", "PE_init_iokit", "StartIOKit", "panic",
};
#define N_MILESTONES (sizeof(milestones) / sizeof(milestones[0]))

/* Boots to the platform panic and checks the console and milestones. The
 * panic log has a "Boot args:" line since xnu-4903 (12.x). */
static CliResult boot(const char *version, const char *darwin, bool boot_args_line,
                      const char *const *extra)
{
    CliResult r = run_kernel(version, milestones, N_MILESTONES, extra);
    if (r.status != 0)
        fail_msg("status %d; stderr:\n%s", r.status, r.err);
    expect_in(r.out, darwin);
    expect_in(r.out, "panic(cpu 0 caller 0x");
    expect_in(r.out, "Unable to find driver for this platform: \\\"D10AP\\\"");
    expect_in(r.out, "Kernel version: Darwin Kernel Version");
    expect_in(r.out, "Panicked thread: ");
    if (boot_args_line)
        expect_in(r.out, "Boot args: debug=0x8 serial=3 cpus=1 -unsafe_kernel_text "
                         "no_interrupt_masked_debug=1");
    expect_milestones(r.err, milestones, N_MILESTONES);
    return r;
}

/* Unpatched 11.4.1: arm_vm_init installs tables in which the page of
 * set_mmu_ttb_alternate's return address (in __TEXT) has PXN=1, so the
 * fetch there takes an instruction abort, permission fault at level 3
 * (ESR EC 0x21, IFSC 0b001111), and so do the vectors, also in __TEXT. */
static void test_boot_11_4_1_text_pxn_fault(void **state)
{
    (void)state;
    static const char *const early[] = {
        "common_start", "arm_init", "arm_vm_init", "arm_vm_prot_init", "set_mmu_ttb_alternate",
    };
    CliResult r = run_kernel("11.4.1", early, sizeof(early) / sizeof(early[0]), NULL);
    if (r.status != STATUS_STUCK)
        fail_msg("status %d, expected %d (stuck); stderr:\n%s", r.status, STATUS_STUCK, r.err);
    expect_milestones(r.err, early, sizeof(early) / sizeof(early[0]));
    expect_in(r.err, "instruction abort, ESR 0x8600000f, ELR set_mmu_ttb_alternate+0xc, "
                     "FAR set_mmu_ttb_alternate+0xc");
    expect_in(r.err, "instruction abort, ESR 0x8600000f, ELR ExceptionVectorsBase");
    /* the walk of that address: a 16 KiB page, EL1 read-only, PXN and UXN */
    expect_in(r.err, "stage 1: TTBR1_EL1 0x");
    expect_in(r.err, " page 16K -> 0x");
    expect_in(r.err, " AttrIndx=0 AP=2 SH=2 AF=1 nG=1 PXN=1 UXN=1\n");
    expect_in(r.err, "Normal memory (attr 0xff), r-- at EL1\n");
    if (strstr(r.out, "Darwin Kernel Version"))
        fail_msg("the console came up although __TEXT is execute-never:\n%s", r.out);
    cli_result_free(&r);
}

/* 11.4.1 with its two layout decisions bypassed from the command line:
 * arm_vm_page_granular_prot (which would make __TEXT execute-never) keeps
 * the bootstrap block mappings, and Assert returns (it must fire exactly
 * twice: arm_vm_init.c:1338 and 1339). Everything else is the real boot. */
static void test_boot_11_4_1_layout_bypassed(void **state)
{
    (void)state;
    static const char *const bypass[] = {
        "--hook", "arm_vm_page_granular_prot=skip", "--hook", "Assert=return:0", "--stats", NULL,
    };
    CliResult r = boot("11.4.1", "Darwin Kernel Version 17.7.0", false, bypass);
    expect_in(r.out, "Serial requested, consistent debug disabled"); /* serial=3 seen */
    expect_in(r.err, "hook Assert=return:0 (return) fired 2 times");
    cli_result_free(&r);
}

static void test_boot_12_1(void **state)
{
    (void)state;
    CliResult r = boot("12.1", "Darwin Kernel Version 18.2.0", true, NULL);
    cli_result_free(&r);
}

static void test_boot_13_0(void **state)
{
    (void)state;
    CliResult r = boot("13.0", "Darwin Kernel Version 19.0.0", true, NULL);
    cli_result_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_boot_11_4_1_text_pxn_fault),
        cmocka_unit_test(test_boot_11_4_1_layout_bypassed),
        cmocka_unit_test(test_boot_12_1),
        cmocka_unit_test(test_boot_13_0),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
