/*
 * cli_session.c — fork/exec of xnuemu with a console the test can type
 * into and read from, waiting with poll() and a wall-clock deadline.
 */
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "cli_session.h"

#ifndef XNUEMU_BIN
#error "XNUEMU_BIN must name the xnuemu binary"
#endif

struct CliSession {
    pid_t pid;
    int in, out;              /* our ends: xnuemu's stdin and stdout */
    FILE *err;                /* xnuemu's stderr, a temporary file */
    char *buf;                /* console output so far */
    size_t n, cap;
    size_t mark;              /* start of what the last expect looked at */
    size_t last;              /* start of the previous window */
    bool eof;
};

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

CliSession *cli_session_start(const char *const *args)
{
    int in[2], out[2];
    FILE *err = tmpfile();
    if (!err || pipe(in) || pipe(out))
        return NULL;
    pid_t pid = fork();
    if (pid < 0)
        return NULL;
    if (pid == 0) {
        const char *argv[64] = { XNUEMU_BIN };
        for (int i = 0; args[i] && i < 62; i++)
            argv[i + 1] = args[i];
        dup2(in[0], 0);
        dup2(out[1], 1);
        dup2(fileno(err), 2);
        close(in[1]);
        close(out[0]);
        execv(XNUEMU_BIN, (char *const *)argv);
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    signal(SIGPIPE, SIG_IGN);
    CliSession *s = calloc(1, sizeof(*s));
    if (!s)
        abort();
    s->pid = pid;
    s->in = in[1];
    s->out = out[0];
    s->err = err;
    s->cap = 1 << 16;
    s->buf = malloc(s->cap);
    if (!s->buf)
        abort();
    s->buf[0] = 0;
    return s;
}

/* Read what is there, waiting at most ms. */
static void pump(CliSession *s, int ms)
{
    if (s->eof)
        return;
    struct pollfd pf = { s->out, POLLIN, 0 };
    if (poll(&pf, 1, ms) <= 0)
        return;
    if (s->n + 4096 + 1 > s->cap) {
        s->cap *= 2;
        s->buf = realloc(s->buf, s->cap);
        if (!s->buf)
            abort();
    }
    ssize_t r = read(s->out, s->buf + s->n, 4096);
    if (r <= 0) {
        s->eof = true;
        return;
    }
    s->n += (size_t)r;
    s->buf[s->n] = 0;
}

bool cli_session_expect(CliSession *s, const char *text, double timeout_s)
{
    double deadline = now_s() + timeout_s;
    for (;;) {
        char *at = strstr(s->buf + s->mark, text);
        if (at) {
            s->last = s->mark;
            s->mark = (size_t)(at - s->buf) + strlen(text);
            return true;
        }
        if (s->eof || now_s() > deadline)
            return false;
        pump(s, 100);
    }
}

void cli_session_send(CliSession *s, const char *text)
{
    size_t len = strlen(text);
    if (write(s->in, text, len) != (ssize_t)len) {
        /* xnuemu has gone; the next expect reports it */
    }
}

const char *cli_session_output(const CliSession *s)
{
    return s->buf;
}

const char *cli_session_last(const CliSession *s)
{
    return s->buf + s->last;
}

int cli_session_finish(CliSession *s, double timeout_s, char **err)
{
    close(s->in);
    double deadline = now_s() + timeout_s;
    int st = 0;
    while (waitpid(s->pid, &st, WNOHANG) == 0) {
        if (now_s() > deadline) {
            kill(s->pid, SIGKILL);
            waitpid(s->pid, &st, 0);
            break;
        }
        pump(s, 50);
    }
    if (err) {
        long len = ftell(s->err);
        *err = malloc(len > 0 ? (size_t)len + 1 : 1);
        if (!*err)
            abort();
        rewind(s->err);
        size_t r = len > 0 ? fread(*err, 1, (size_t)len, s->err) : 0;
        (*err)[r] = 0;
    }
    fclose(s->err);
    close(s->out);
    free(s->buf);
    free(s);
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}
