/*
 * test_chardev.c — the serial host backends: --serial spec errors (one
 * line naming the spec), the none/buffer/file backends, the TX watch
 * matching across write boundaries (including the prefix cases a naive
 * matcher gets wrong), the tcp backend against a real loopback socket on an
 * ephemeral port (backlog before a client, live traffic both ways,
 * reconnect, backlog overflow, port in use), and the stdio backend on a
 * pipe and on a pseudo-terminal: raw mode while open, the terminal restored
 * by destroy, by exit() and by a fatal signal.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include <cmocka.h>

#include "xnuemu/chardev.h"

static void count_fire(void *opaque)
{
    (*(int *)opaque)++;
}

static void test_spec_errors(void **state)
{
    (void)state;
    static const char *const bad[] = { "", "foo", "stdiox", "STDIO", "tcp:", "tcp:abc",
                                       "tcp:70000", "tcp:-1", "tcp: 80", "tcp:123456",
                                       "tcp:80x", "file:" };
    for (size_t i = 0; i < ARRAY_SIZE(bad); i++) {
        char err[256] = "";
        Chardev *cd = (Chardev *)&err;
        assert_int_equal(chardev_open(bad[i], &cd, err, sizeof(err)), EMU_ERR_ARG);
        assert_null(cd);
        assert_true(strlen(err) > 10);
        assert_null(strchr(err, '\n'));
        char quoted[64];
        snprintf(quoted, sizeof(quoted), "'%s'", bad[i]);
        assert_non_null(strstr(err, quoted));
    }
    char err[256];
    Chardev *cd;
    assert_int_equal(chardev_open(NULL, &cd, err, sizeof(err)), EMU_ERR_ARG);
    assert_int_equal(chardev_open("file:/nonexistent-dir/x/y", &cd, err, sizeof(err)), EMU_ERR_IO);
    assert_null(cd);
    assert_non_null(strstr(err, "No such file or directory"));
}

static void test_none_and_buffer(void **state)
{
    (void)state;
    char err[128];
    Chardev *cd;
    uint8_t buf[8];
    assert_int_equal(chardev_open("none", &cd, err, sizeof(err)), EMU_OK);
    assert_string_equal(chardev_kind(cd), "none");
    chardev_write(cd, "ignored", 7);
    assert_int_equal(chardev_poll_rx(cd, buf, sizeof(buf)), 0);
    assert_int_equal(chardev_tcp_port(cd), -1);
    chardev_destroy(cd);

    cd = chardev_new_buffer();
    assert_string_equal(chardev_kind(cd), "buffer");
    assert_int_equal(chardev_poll_rx(cd, buf, sizeof(buf)), 0);   /* no input: nothing */
    chardev_buffer_push_rx(cd, "hello", 5);
    assert_int_equal(chardev_poll_rx(cd, buf, 3), 3);
    assert_memory_equal(buf, "hel", 3);
    chardev_buffer_push_rx(cd, "!", 1);
    assert_int_equal(chardev_poll_rx(cd, buf, sizeof(buf)), 3);
    assert_memory_equal(buf, "lo!", 3);
    assert_int_equal(chardev_poll_rx(cd, buf, sizeof(buf)), 0);
    chardev_write(cd, "ab", 2);
    chardev_write(cd, "c", 1);
    size_t len;
    assert_string_equal(chardev_buffer_tx(cd, &len), "abc");
    assert_int_equal(len, 3);
    chardev_buffer_tx_clear(cd);
    assert_string_equal(chardev_buffer_tx(cd, &len), "");
    chardev_destroy(cd);
    chardev_destroy(NULL);
}

static void test_watch_across_writes(void **state)
{
    (void)state;
    Chardev *cd = chardev_new_buffer();
    int fired = 0;
    assert_int_equal(chardev_set_watch(cd, "login:", count_fire, &fired), EMU_OK);
    const char *parts[] = { "Darwin\nlo", "g", "in", ":", " login:" };
    for (int i = 0; i < 3; i++)
        chardev_write(cd, parts[i], strlen(parts[i]));
    assert_int_equal(fired, 0);
    assert_false(chardev_watch_fired(cd));
    chardev_write(cd, parts[3], 1);
    assert_int_equal(fired, 1);
    assert_true(chardev_watch_fired(cd));
    chardev_write(cd, parts[4], strlen(parts[4]));
    assert_int_equal(fired, 1);                     /* once only */

    /* overlapping prefixes, one byte per write */
    static const struct { const char *text, *stream; } cases[] = {
        { "aab", "aaab" }, { "abcabd", "abcabcabd" }, { "aaa", "aa-aaa" }, { "x", "x" },
    };
    for (size_t c = 0; c < ARRAY_SIZE(cases); c++) {
        fired = 0;
        assert_int_equal(chardev_set_watch(cd, cases[c].text, count_fire, &fired), EMU_OK);
        size_t n = strlen(cases[c].stream);
        for (size_t i = 0; i < n; i++) {
            assert_int_equal(fired, 0);
            chardev_write(cd, cases[c].stream + i, 1);
        }
        assert_int_equal(fired, 1);
    }
    fired = 0;
    assert_int_equal(chardev_set_watch(cd, "zz", count_fire, &fired), EMU_OK);
    chardev_write(cd, "z-z", 3);
    assert_int_equal(chardev_set_watch(cd, NULL, NULL, NULL), EMU_OK);  /* removed */
    chardev_write(cd, "zz", 2);
    assert_int_equal(fired, 0);
    assert_int_equal(chardev_set_watch(cd, "", count_fire, &fired), EMU_ERR_ARG);
    chardev_destroy(cd);

    char err[64];
    assert_int_equal(chardev_open("none", &cd, err, sizeof(err)), EMU_OK);  /* any backend */
    assert_int_equal(chardev_set_watch(cd, "ok", count_fire, &fired), EMU_OK);
    chardev_write(cd, "o", 1);
    chardev_write(cd, "k", 1);
    assert_int_equal(fired, 1);
    chardev_destroy(cd);
}

static void test_file_backend(void **state)
{
    (void)state;
    char path[] = "/tmp/xnuemu-chardev-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    char spec[64], err[128];
    snprintf(spec, sizeof(spec), "file:%s", path);
    Chardev *cd;
    uint8_t b;
    for (int round = 0; round < 2; round++) {
        assert_int_equal(chardev_open(spec, &cd, err, sizeof(err)), EMU_OK);
        assert_string_equal(chardev_kind(cd), "file");
        chardev_write(cd, "abc", 3);
        chardev_write(cd, "def\n", 4);
        chardev_write(cd, "g", 1);
        assert_int_equal(chardev_poll_rx(cd, &b, 1), 0);     /* no RX; flushes "g" */
        chardev_destroy(cd);
    }
    FILE *f = fopen(path, "rb");
    char got[64] = "";
    size_t n = fread(got, 1, sizeof(got) - 1, f);
    fclose(f);
    unlink(path);
    assert_int_equal(n, 16);
    assert_string_equal(got, "abcdef\ngabcdef\ng");          /* appended, not truncated */
}

static int tcp_connect(int port)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    assert_true(s >= 0);
    struct timeval tv = { .tv_sec = 10 };
    setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port),
                             .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
    assert_int_equal(connect(s, (struct sockaddr *)&a, sizeof(a)), 0);
    return s;
}

/* Receive exactly n bytes, pushing the chardev's backlog as we go. */
static void recv_exact(Chardev *cd, int s, void *buf, size_t n)
{
    size_t got = 0;
    for (int tries = 0; got < n && tries < 1000000; tries++) {
        chardev_flush(cd);
        ssize_t r = recv(s, (char *)buf + got, n - got, MSG_DONTWAIT);
        if (r > 0)
            got += (size_t)r;
        else
            assert_true(r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK));
    }
    assert_int_equal(got, n);
}

static size_t poll_for(Chardev *cd, void *buf, size_t n)
{
    size_t got = 0;
    for (int tries = 0; got < n && tries < 1000000; tries++)
        got += chardev_poll_rx(cd, (char *)buf + got, n - got);
    return got;
}

static void test_tcp_backend(void **state)
{
    (void)state;
    char err[160], buf[64];
    Chardev *cd, *other;
    assert_int_equal(chardev_open("tcp:0", &cd, err, sizeof(err)), EMU_OK);
    int port = chardev_tcp_port(cd);
    assert_true(port > 0 && port < 65536);
    chardev_write(cd, "early\n", 6);                /* nobody listening yet: kept */
    assert_false(chardev_tcp_connected(cd));
    assert_int_equal(chardev_poll_rx(cd, buf, sizeof(buf)), 0);

    int s = tcp_connect(port);
    assert_int_equal(chardev_poll_rx(cd, buf, sizeof(buf)), 0);   /* accepts */
    assert_true(chardev_tcp_connected(cd));
    recv_exact(cd, s, buf, 6);
    assert_memory_equal(buf, "early\n", 6);
    chardev_write(cd, "live", 4);
    recv_exact(cd, s, buf, 4);
    assert_memory_equal(buf, "live", 4);
    assert_int_equal(send(s, "in", 2, 0), 2);
    assert_int_equal(poll_for(cd, buf, 2), 2);
    assert_memory_equal(buf, "in", 2);

    close(s);                                       /* client leaves */
    for (int tries = 0; chardev_tcp_connected(cd) && tries < 1000000; tries++)
        chardev_poll_rx(cd, buf, sizeof(buf));
    assert_false(chardev_tcp_connected(cd));
    chardev_write(cd, "after\n", 6);
    s = tcp_connect(port);
    recv_exact(cd, s, buf, 6);
    assert_memory_equal(buf, "after\n", 6);

    snprintf(buf, sizeof(buf), "tcp:%d", port);    /* the port is taken */
    assert_int_equal(chardev_open(buf, &other, err, sizeof(err)), EMU_ERR_IO);
    assert_null(other);
    assert_non_null(strstr(err, "cannot listen on 127.0.0.1:"));
    close(s);
    chardev_destroy(cd);
}

static void test_tcp_backlog_keeps_the_newest(void **state)
{
    (void)state;
    char err[128];
    Chardev *cd;
    assert_int_equal(chardev_open("tcp:0", &cd, err, sizeof(err)), EMU_OK);
    enum { N = CHARDEV_TCP_BACKLOG + 4464 };
    uint8_t *out = malloc(N), *in = malloc(CHARDEV_TCP_BACKLOG);
    for (size_t i = 0; i < N; i++)
        out[i] = (uint8_t)(i % 251);
    chardev_write(cd, out, 1000);                   /* in pieces, wrapping the ring */
    chardev_write(cd, out + 1000, N - 1000);
    int s = tcp_connect(chardev_tcp_port(cd));
    recv_exact(cd, s, in, CHARDEV_TCP_BACKLOG);
    assert_memory_equal(in, out + N - CHARDEV_TCP_BACKLOG, CHARDEV_TCP_BACKLOG);
    chardev_flush(cd);
    assert_true(recv(s, in, 1, MSG_DONTWAIT) < 0);  /* nothing more */
    close(s);
    free(out);
    free(in);
    chardev_destroy(cd);
}

static void test_stdio_on_a_pipe(void **state)
{
    (void)state;
    int p[2];
    char err[128], buf[8];
    assert_int_equal(pipe(p), 0);
    assert_int_equal(write(p[1], "abc", 3), 3);
    close(p[1]);
    FILE *out = tmpfile();
    Chardev *cd;
    assert_int_equal(chardev_new_stdio(p[0], out, &cd, err, sizeof(err)), EMU_OK);
    assert_string_equal(chardev_kind(cd), "stdio");
    assert_false(chardev_is_raw_tty(cd));
    assert_int_equal(poll_for(cd, buf, 3), 3);
    assert_memory_equal(buf, "abc", 3);
    for (int i = 0; i < 10; i++)
        assert_int_equal(chardev_poll_rx(cd, buf, sizeof(buf)), 0);   /* EOF */
    chardev_write(cd, "x", 1);
    chardev_write(cd, "y\n", 2);
    chardev_destroy(cd);
    rewind(out);
    assert_non_null(fgets(buf, sizeof(buf), out));
    assert_string_equal(buf, "xy\n");
    fclose(out);
    close(p[0]);
}

/* A pseudo-terminal pair: *master, returns the slave (not our controlling tty). */
static int open_pty(int *master)
{
    *master = posix_openpt(O_RDWR | O_NOCTTY);
    assert_true(*master >= 0);
    assert_int_equal(grantpt(*master), 0);
    assert_int_equal(unlockpt(*master), 0);
    int slave = open(ptsname(*master), O_RDWR | O_NOCTTY);
    assert_true(slave >= 0);
    return slave;
}

static bool is_cooked(int fd)
{
    struct termios t;
    assert_int_equal(tcgetattr(fd, &t), 0);
    return (t.c_lflag & (ICANON | ECHO)) == (ICANON | ECHO);
}

static void test_stdio_on_a_terminal(void **state)
{
    (void)state;
    int master, slave = open_pty(&master);
    char err[128], buf[8];
    assert_true(is_cooked(slave));
    FILE *out = tmpfile();
    Chardev *cd;
    assert_int_equal(chardev_new_stdio(slave, out, &cd, err, sizeof(err)), EMU_OK);
    assert_true(chardev_is_raw_tty(cd));
    struct termios t;
    assert_int_equal(tcgetattr(slave, &t), 0);
    assert_int_equal(t.c_lflag & (ICANON | ECHO), 0);
    assert_int_equal(t.c_lflag & ISIG, ISIG);       /* Ctrl-C still stops the emulator */
    assert_int_equal(t.c_iflag & ICRNL, 0);
    struct sigaction sa;
    assert_int_equal(sigaction(SIGTERM, NULL, &sa), 0);
    assert_true(sa.sa_handler != SIG_DFL);
    assert_int_equal(chardev_poll_rx(cd, buf, sizeof(buf)), 0);   /* nothing typed */
    assert_int_equal(write(master, "k\r", 2), 2);  /* bytes as typed, no line editing */
    assert_int_equal(poll_for(cd, buf, 2), 2);
    assert_memory_equal(buf, "k\r", 2);
    chardev_destroy(cd);
    assert_true(is_cooked(slave));
    assert_int_equal(sigaction(SIGTERM, NULL, &sa), 0);
    assert_true(sa.sa_handler == SIG_DFL);
    fclose(out);
    close(slave);
    close(master);
}

static Chardev *leaked;   /* reachable, so LeakSanitizer stays quiet in the child */

/* In a child: make the terminal raw, then die by `sig` (0 = exit()). */
static void child_dies_raw(int slave, int sig)
{
    char err[128];
    if (chardev_new_stdio(slave, stdout, &leaked, err, sizeof(err)) != EMU_OK ||
        !chardev_is_raw_tty(leaked))
        _exit(3);
    if (sig)
        raise(sig);
    else
        exit(0);
    _exit(4);
}

static void test_terminal_restored_on_exit_and_signal(void **state)
{
    (void)state;
    const int how[] = { SIGTERM, SIGINT, 0 };
    for (size_t i = 0; i < ARRAY_SIZE(how); i++) {
        int master, slave = open_pty(&master);
        pid_t pid = fork();
        assert_true(pid >= 0);
        if (pid == 0)
            child_dies_raw(slave, how[i]);
        int status;
        assert_int_equal(waitpid(pid, &status, 0), pid);
        if (how[i]) {
            assert_true(WIFSIGNALED(status));
            assert_int_equal(WTERMSIG(status), how[i]);
        } else {
            assert_true(WIFEXITED(status));
        }
        assert_true(is_cooked(slave));
        close(slave);
        close(master);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_spec_errors),
        cmocka_unit_test(test_none_and_buffer),
        cmocka_unit_test(test_watch_across_writes),
        cmocka_unit_test(test_file_backend),
        cmocka_unit_test(test_tcp_backend),
        cmocka_unit_test(test_tcp_backlog_keeps_the_newest),
        cmocka_unit_test(test_stdio_on_a_pipe),
        cmocka_unit_test(test_stdio_on_a_terminal),
        cmocka_unit_test(test_terminal_restored_on_exit_and_signal),
    };
    return cmocka_run_group_tests_name("dev_chardev", tests, NULL, NULL);
}
