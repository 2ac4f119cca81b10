/*
 * cli_run.c — fork/exec of the xnuemu binary for end-to-end tests; stdout
 * and stderr are collected through pipes while stdin is fed.
 */
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli_run.h"

#ifndef XNUEMU_BIN
#error "XNUEMU_BIN must name the xnuemu binary"
#endif

typedef struct Buf {
    char *p;
    size_t n, cap;
} Buf;

static void buf_add(Buf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        b->cap = (b->n + n + 1) * 2;
        b->p = realloc(b->p, b->cap);
        if (!b->p)
            abort();
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

CliResult cli_run(const char *dir, const char *stdin_data, const char *const *args)
{
    int in[2], out[2], err[2];
    if (pipe(in) || pipe(out) || pipe(err))
        abort();
    pid_t pid = fork();
    if (pid < 0)
        abort();
    if (pid == 0) {
        const char *argv[64] = { XNUEMU_BIN };
        for (int i = 0; args[i] && i < 62; i++)
            argv[i + 1] = args[i];
        dup2(in[0], 0);
        dup2(out[1], 1);
        dup2(err[1], 2);
        close(in[1]);
        close(out[0]);
        close(err[0]);
        if (dir && chdir(dir) != 0)
            _exit(127);
        execv(XNUEMU_BIN, (char *const *)argv);
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    close(err[1]);
    signal(SIGPIPE, SIG_IGN);
    if (stdin_data) {
        size_t len = strlen(stdin_data);
        if (write(in[1], stdin_data, len) != (ssize_t)len)
            abort();
    }
    close(in[1]);
    Buf o = { 0 }, e = { 0 };
    buf_add(&o, "", 0);
    buf_add(&e, "", 0);
    struct pollfd pf[2] = { { out[0], POLLIN, 0 }, { err[0], POLLIN, 0 } };
    int open_fds = 2;
    while (open_fds) {
        if (poll(pf, 2, -1) < 0)
            break;
        for (int i = 0; i < 2; i++) {
            if (pf[i].fd < 0 || !(pf[i].revents & (POLLIN | POLLHUP)))
                continue;
            char chunk[4096];
            ssize_t r = read(pf[i].fd, chunk, sizeof(chunk));
            if (r <= 0) {
                close(pf[i].fd);
                pf[i].fd = -1;
                open_fds--;
            } else {
                buf_add(i ? &e : &o, chunk, (size_t)r);
            }
        }
    }
    int st;
    waitpid(pid, &st, 0);
    CliResult res = { WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st), o.p, e.p };
    return res;
}

void cli_result_free(CliResult *r)
{
    free(r->out);
    free(r->err);
    r->out = r->err = NULL;
}

int cli_lines(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}
