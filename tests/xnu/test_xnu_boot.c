/*
 * test_xnu_boot.c — boots the real XNU kernels found under .local/xnu/
 * (see README "Booting a real XNU kernel"; they are not part of the
 * repository) unpatched, on the generated T8010 device tree, and checks
 * their milestones: boot symbols reached in order, the Darwin version line,
 * and the platform panic with a complete panic log. Each kernel absent is
 * skipped with a message.
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

#define XNU_DIR SOURCE_DIR "/.local/xnu/"
#define KERNEL_NAME "/mach.development.t8010.unstripped"
#define END_OF_PANIC "Waiting for remote debugger connection"

static void expect_in(const char *hay, const char *needle)
{
    if (!strstr(hay, needle))
        fail_msg("'%s' not found in the output (%zu bytes)", needle, strlen(hay));
}

/* Milestones in boot order: each --hook NAME=log line must appear, in
 * this order. */
static const char *const milestones[] = {
    "arm_init", "arm_vm_init", "pmap_bootstrap", "serial_init", "kernel_bootstrap",
    "machine_init", "PE_init_iokit", "StartIOKit", "panic",
};

static void boot(const char *version, const char *darwin)
{
    char kernel[512];
    snprintf(kernel, sizeof(kernel), XNU_DIR "%s" KERNEL_NAME, version);
    if (access(kernel, R_OK) != 0) {
        fprintf(stderr, "skipped: %s not found (see README: booting a real XNU kernel)\n", kernel);
        skip();
    }
    const char *args[64] = { "--serial", "stdio", "--until", END_OF_PANIC, "--timeout", "600" };
    unsigned n = 6;
    char specs[sizeof(milestones) / sizeof(milestones[0])][64];
    for (unsigned i = 0; i < sizeof(milestones) / sizeof(milestones[0]); i++) {
        snprintf(specs[i], sizeof(specs[i]), "%s=log", milestones[i]);
        args[n++] = "--hook";
        args[n++] = specs[i];
    }
    args[n++] = kernel;
    args[n] = NULL;
    CliResult r = cli_run(NULL, NULL, args);
    if (r.status != 0)
        fail_msg("status %d; stderr:\n%s", r.status, r.err);
    expect_in(r.out, darwin);
    expect_in(r.out, "panic(cpu 0 caller 0x");
    expect_in(r.out, "Unable to find driver for this platform: \\\"D10AP\\\"");
    expect_in(r.out, "Kernel version: Darwin Kernel Version");
    expect_in(r.out, "Panicked thread: ");
    expect_in(r.out, "Boot args: debug=0x8 serial=3 cpus=1 -unsafe_kernel_text "
                     "no_interrupt_masked_debug=1");
    const char *pos = r.err;
    for (unsigned i = 0; i < sizeof(milestones) / sizeof(milestones[0]); i++) {
        char needle[80];
        snprintf(needle, sizeof(needle), "hook: %s(", milestones[i]);
        const char *at = strstr(pos, needle);
        if (!at)
            fail_msg("milestone %s not reached (after the previous one); stderr:\n%s",
                     milestones[i], r.err);
        pos = at + 1;
    }
    cli_result_free(&r);
}

static void test_boot_12_1(void **state)
{
    (void)state;
    boot("12.1", "Darwin Kernel Version 18.2.0");
}

static void test_boot_13_0(void **state)
{
    (void)state;
    boot("13.0", "Darwin Kernel Version 19.0.0");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_boot_12_1),
        cmocka_unit_test(test_boot_13_0),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
