/*
 * test_linux_shell.c — boots the Linux guest that scripts/linux/ builds
 * (Debian linux-source-6.12 with guest.config, busybox initramfs; not part
 * of the repository) on --machine t8010 to its busybox shell, types
 * commands into the emulated S5L UART through standard input, and checks
 * the answers: uname -a, /proc/cpuinfo (the Apple Hurricane MIDR),
 * /proc/interrupts (the UART's AIC interrupt and the timer FIQ, counted
 * twice: both counts must rise), and an md5sum of a generated file
 * compared with the host's. Each command is typed after the prompt, as a
 * person would (input typed earlier is lost when the driver resets the UART
 * FIFO, as on hardware). The run ends at a marker only the shell can print
 * (--until), bounded by --timeout. The 4K-page kernel (Image-4k.gz) boots
 * to the shell too. Each is skipped, with a message, when it has not been
 * built (scripts/linux/build-kernel.sh and
 * build-initramfs.sh, or LINUX_OUT pointing elsewhere).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "cli_session.h"

#define MARKER_CMD "echo LINUX-TEST-DONE-$((6*7))\n"
#define MARKER "LINUX-TEST-DONE-42"
#define SEQ_N "20000"
#define PROMPT "guest# "

static void expect_in(const char *hay, const char *needle)
{
    if (!strstr(hay, needle)) {
        fprintf(stderr, "console output:\n%s\n", hay);
        fail_msg("'%s' not found in the console output (above)", needle);
    }
}

static char kernel[512], initrd[512];

/* Is the guest kernel `name` (and the initramfs) there? Skips the test if
 * not, with the command that builds it. */
static void need_guest(const char *name, const char *build)
{
    const char *outdir = getenv("LINUX_OUT");
    char def[400];
    snprintf(def, sizeof(def), "%s/.local/linux", SOURCE_DIR);
    if (!outdir || !*outdir)
        outdir = def;
    snprintf(kernel, sizeof(kernel), "%s/%s", outdir, name);
    snprintf(initrd, sizeof(initrd), "%s/initramfs.cpio.gz", outdir);
    if (access(kernel, R_OK) != 0 || access(initrd, R_OK) != 0) {
        fprintf(stderr, "skipped: %s or %s not found (build them with %s and "
                "scripts/linux/build-initramfs.sh)\n", kernel, initrd, build);
        skip();
    }
}

/* Boot the kernel need_guest() found to its shell prompt. */
static CliSession *boot(void)
{
    const char *args[] = { "--machine", "t8010", "-m", "512M", "--initrd", initrd,
                           "--append", "console=ttySAC0 earlycon", "--serial", "stdio",
                           "--until", MARKER, "--timeout", "900", "--stats", kernel, NULL };
    CliSession *s = cli_session_start(args);
    assert_non_null(s);
    if (!cli_session_expect(s, PROMPT, 600)) {
        fprintf(stderr, "console output:\n%s\n", cli_session_output(s));
        fail_msg("no shell prompt (output above)");
    }
    expect_in(cli_session_output(s), "Booting Linux on physical CPU 0x0000000000 [0x611f0060]");
    expect_in(cli_session_output(s), "xnuemu guest: Linux 6.12");
    return s;
}

/* Type the end marker; xnuemu stops there (--until) with status 0. */
static void finish(CliSession *s)
{
    cli_session_send(s, MARKER_CMD);
    if (!cli_session_expect(s, MARKER, 600))
        fail_msg("no %s", MARKER);
    char *err = NULL;
    int status = cli_session_finish(s, 60, &err);
    if (status != 0)
        fail_msg("status %d; stderr:\n%s", status, err);
    fprintf(stderr, "%s", err);
    free(err);
}


/* The count of the first /proc/interrupts line (after `from`) naming `what`. */
static long irq_count(const char *from, const char *what, const char **after)
{
    const char *at = strstr(from, what);
    if (!at)
        return -1;
    const char *line = at;
    while (line > from && line[-1] != '\n')
        line--;
    long n = -1;
    if (sscanf(line, " %*[^:]: %ld", &n) != 1)
        return -1;
    *after = at + strlen(what);
    return n;
}

static void host_md5(char *out, size_t len)
{
    FILE *p = popen("seq 1 " SEQ_N " | md5sum", "r");
    assert_non_null(p);
    assert_non_null(fgets(out, (int)len, p));
    pclose(p);
    out[32] = 0;
}

/* Type a command at the prompt; returns what it printed up to the next
 * prompt (the echoed command line included). */
static const char *run(CliSession *s, const char *cmd)
{
    cli_session_send(s, cmd);
    cli_session_send(s, "\n");
    if (!cli_session_expect(s, PROMPT, 600)) {
        fprintf(stderr, "console output:\n%s\n", cli_session_output(s));
        fail_msg("no prompt after '%s' (output above)", cmd);
    }
    return cli_session_last(s);
}

static void test_shell(void **state)
{
    (void)state;
    need_guest("Image", "scripts/linux/build-kernel.sh");
    CliSession *s = boot();

    const char *out = run(s, "uname -a");
    expect_in(out, "Linux (none) 6.12");
    expect_in(out, " aarch64 GNU/Linux");
    /* /proc/cpuinfo: Apple (0x61), Hurricane (0x006) */
    out = run(s, "cat /proc/cpuinfo");
    expect_in(out, "CPU implementer\t: 0x61");
    expect_in(out, "CPU part\t: 0x006");
    /* /proc/interrupts, twice: the UART's AIC line and the timer FIQ */
    const char *end;
    out = run(s, "cat /proc/interrupts");
    long uart = irq_count(out, "20a0c0000.serial", &end);
    long t1 = irq_count(out, "arch_timer", &end);
    expect_in(out, "AIC-FIQ");
    /* the checksum */
    char md5[64], want[128];
    host_md5(md5, sizeof(md5));
    snprintf(want, sizeof(want), "%s  /tmp/f", md5);
    out = run(s, "seq 1 " SEQ_N " > /tmp/f; md5sum /tmp/f");
    expect_in(out, want);
    out = run(s, "sleep 1; cat /proc/interrupts");
    long uart2 = irq_count(out, "20a0c0000.serial", &end);
    long t2 = irq_count(out, "arch_timer", &end);
    if (uart < 1 || uart2 <= uart || t1 < 1 || t2 <= t1)
        fail_msg("UART AIC interrupts %ld then %ld, timer FIQs %ld then %ld", uart, uart2, t1,
                 t2);
    fprintf(stderr, "UART (AIC 218): %ld then %ld interrupts; timer FIQs %ld then %ld\n", uart,
            uart2, t1, t2);
    finish(s);
}

/* The 4K-page build of the same kernel, gzip'ed (PAGES=4K build-kernel.sh). */
static void test_shell_4k(void **state)
{
    (void)state;
    need_guest("Image-4k.gz", "PAGES=4K scripts/linux/build-kernel.sh");
    CliSession *s = boot();
    const char *out = run(s, "uname -a; md5sum /init");
    expect_in(out, "Linux (none) 6.12");
    out = run(s, "cat /proc/interrupts");
    expect_in(out, "arch_timer");
    expect_in(out, "20a0c0000.serial");
    finish(s);
}



int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shell),
        cmocka_unit_test(test_shell_4k),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
