/*
 * test_gdb_cli.c — the stub's command-line options as a user meets them:
 * a bad port or listen address, or a port already taken, is one line on
 * stderr and exit status 2; with --gdb and no debugger the guest runs as
 * it would without (its own exit status, the listening address on stderr);
 * a guest stuck in WFI with no debugger attached still ends (125) instead
 * of waiting for one.
 */
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tenv.h"

/* Run xnuemu with args; capture stderr; return the exit status. */
static int run(char *err, size_t errlen, const char *const *args)
{
    int pipefd[2];
    assert_int_equal(pipe(pipefd), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        const char *argv[16] = { XNUEMU_BIN };
        for (int i = 0; args[i] && i < 14; i++)
            argv[i + 1] = args[i];
        dup2(pipefd[1], 2);
        int devnull = open("/dev/null", O_RDWR);
        dup2(devnull, 0);
        dup2(devnull, 1);
        close(pipefd[0]);
        execv(XNUEMU_BIN, (char *const *)argv);
        _exit(127);
    }
    close(pipefd[1]);
    size_t n = 0;
    ssize_t r;
    while ((r = read(pipefd[0], err + n, errlen - 1 - n)) > 0)
        n += (size_t)r;
    err[n] = 0;
    close(pipefd[0]);
    int status;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static void test_bad_options(void **state)
{
    (void)state;
    char err[1024];
    const char *a1[] = { "--gdb", "70000", "x.elf", NULL };
    assert_int_equal(run(err, sizeof(err), a1), 2);
    assert_non_null(strstr(err, "--gdb: '70000' is not a TCP port"));
    const char *a2[] = { "--gdb", "zz", "x.elf", NULL };
    assert_int_equal(run(err, sizeof(err), a2), 2);
    assert_non_null(strstr(err, "--gdb: 'zz' is not a number"));
    const char *a3[] = { "--gdb", NULL };
    assert_int_equal(run(err, sizeof(err), a3), 2);
    assert_non_null(strstr(err, "needs an argument"));
    char raw[256];
    snprintf(raw, sizeof(raw), "%s/tests/gdbstub/wfi.bin", BUILD_DIR);
    static const uint32_t code[] = { 0xd503207fu, 0x17ffffffu };   /* wfi; b .-4 */
    FILE *f = fopen(raw, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(code, 4, 2, f), 2);
    fclose(f);
    const char *a4[] = { "--gdb-listen", "localhost", "--gdb", "0", "--load-addr", "0x40000000",
                         raw, NULL };
    assert_int_equal(run(err, sizeof(err), a4), 2);
    assert_non_null(strstr(err, "--gdb-listen: 'localhost' is not an IP address"));
    /* a port that is taken */
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in sa = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
    assert_int_equal(bind(fd, (struct sockaddr *)&sa, sizeof(sa)), 0);
    assert_int_equal(listen(fd, 1), 0);
    socklen_t len = sizeof(sa);
    assert_int_equal(getsockname(fd, (struct sockaddr *)&sa, &len), 0);
    char port[16];
    snprintf(port, sizeof(port), "%u", ntohs(sa.sin_port));
    const char *a5[] = { "--gdb", port, "--load-addr", "0x40000000", raw, NULL };
    assert_int_equal(run(err, sizeof(err), a5), 2);
    assert_non_null(strstr(err, "--gdb: cannot listen on 127.0.0.1 port"));
    close(fd);
    /* no debugger: a guest that nothing can wake ends as without --gdb */
    const char *a6[] = { "--gdb", "0", "--load-addr", "0x40000000", raw, NULL };
    assert_int_equal(run(err, sizeof(err), a6), 125);
    assert_non_null(strstr(err, "xnuemu: gdb stub listening on 127.0.0.1:"));
    assert_non_null(strstr(err, "waiting for an interrupt"));
    const char *a7[] = { "--gdb-listen", "::1", "--gdb", "0", "--load-addr", "0x40000000", raw,
                         NULL };
    int st = run(err, sizeof(err), a7);
    if (st == 2)    /* no IPv6 on this host */
        assert_non_null(strstr(err, "cannot listen on ::1"));
    else
        assert_non_null(strstr(err, "listening on [::1]:"));
    unlink(raw);
}

static void test_runs_without_debugger(void **state)
{
    (void)state;
    char elf[256], err[1024];
    snprintf(elf, sizeof(elf), "%s/tests/system/hello.elf", BUILD_DIR);
    if (access(elf, R_OK) != 0)
        skip();
    const char *a[] = { "--gdb", "0", "--append", "42 is the answer", elf, NULL };
    assert_int_equal(run(err, sizeof(err), a), 42);
    assert_non_null(strstr(err, "xnuemu: gdb stub listening on 127.0.0.1:"));
    assert_null(strstr(err, "waiting for a debugger"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bad_options),
        cmocka_unit_test(test_runs_without_debugger),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
