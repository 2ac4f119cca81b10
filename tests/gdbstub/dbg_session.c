/*
 * dbg_session.c — see dbg_session.h. Every wait is bounded (STEP_TIMEOUT);
 * nothing here depends on timing otherwise.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "dbg_session.h"

#define STEP_TIMEOUT_MS 60000
#define CTRL_C_RETRY_MS 5000

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

const char *sess_which(const char *prog)
{
    static char path[4096];
    const char *p = getenv("PATH");
    if (!p)
        p = "/usr/bin:/bin";
    while (*p) {
        const char *e = strchr(p, ':');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        snprintf(path, sizeof(path), "%.*s/%s", (int)n, p, prog);
        if (access(path, X_OK) == 0)
            return path;
        p += n + (e != NULL);
    }
    return NULL;
}

static void log_add(Session *s, const char *d, size_t n)
{
    if (s->log_len + n + 1 > s->log_cap) {
        s->log_cap = (s->log_len + n + 1) * 2;
        s->log = realloc(s->log, s->log_cap);
        if (!s->log)
            abort();
    }
    for (size_t i = 0; i < n; i++)
        if (d[i] != '\r')
            s->log[s->log_len++] = d[i];
    s->log[s->log_len] = 0;
}

static void add(char *buf, size_t cap, size_t *len, const char *d, size_t n)
{
    if (n > cap - 1 - *len)
        n = cap - 1 - *len;
    memcpy(buf + *len, d, n);
    *len += n;
    buf[*len] = 0;
}

/* Read whatever is available (waiting up to ms); false when nothing is
 * left to read from anyone. */
static bool pump(Session *s, int ms)
{
    struct pollfd p[3] = { { .fd = s->pty, .events = POLLIN },
                           { .fd = s->emu_out, .events = POLLIN },
                           { .fd = s->emu_err, .events = POLLIN } };
    if (poll(p, 3, ms) <= 0)
        return true;
    char buf[4096];
    bool any = false;
    for (int i = 0; i < 3; i++) {
        if (p[i].fd < 0 || !(p[i].revents & (POLLIN | POLLHUP | POLLERR)))
            continue;
        ssize_t n = read(p[i].fd, buf, sizeof(buf));
        if (n <= 0) {
            close(p[i].fd);
            if (i == 0)
                s->pty = -1;
            else if (i == 1)
                s->emu_out = -1;
            else
                s->emu_err = -1;
            continue;
        }
        any = true;
        if (i == 0)
            log_add(s, buf, (size_t)n);
        else if (i == 1)
            add(s->guest, sizeof(s->guest), &s->guest_len, buf, (size_t)n);
        else
            add(s->err, sizeof(s->err), &s->err_len, buf, (size_t)n);
    }
    return any || s->pty >= 0 || s->emu_out >= 0 || s->emu_err >= 0;
}

/* Wait (at most ms) until *text contains pat at or after *from; *from
 * moves past it. */
static bool wait_for_ms(Session *s, char **text, size_t *from, const char *pat, long long ms)
{
    long long end = now_ms() + ms;
    for (;;) {
        const char *hit = *text ? strstr(*text + *from, pat) : NULL;
        if (hit) {
            *from = (size_t)(hit - *text) + strlen(pat);
            return true;
        }
        long long left = end - now_ms();
        if (left <= 0 || !pump(s, left > 200 ? 200 : (int)left))
            return false;
    }
}

static bool wait_for(Session *s, char **text, size_t *from, const char *pat)
{
    return wait_for_ms(s, text, from, pat, STEP_TIMEOUT_MS);
}

/* Type ^C until the debugger shows `pat`. A debugger that has just been
 * told to continue may still have its command line, not the running
 * process, in charge of the terminal: lldb then takes ^C as "discard the
 * input line" and prints a new prompt. Typing ^C again once the process
 * runs is what a person would do; the step still fails if no stop comes. */
static bool ctrl_c_until(Session *s, size_t *from, const char *pat)
{
    long long end = now_ms() + STEP_TIMEOUT_MS;
    do {
        if (write(s->pty, "\x03", 1) < 0)
            return false;
        if (wait_for_ms(s, &s->log, from, pat, CTRL_C_RETRY_MS))
            return true;
    } while (now_ms() < end);
    return false;
}

static pid_t spawn(const char *const *argv, int in, int out, int err)
{
    pid_t pid = fork();
    if (pid == 0) {
        dup2(in, 0);
        dup2(out, 1);
        dup2(err, 2);
        execvp(argv[0], (char *const *)argv);
        _exit(127);
    }
    return pid;
}

bool sess_start(Session *s, const char *xnuemu, const char *const *emu_opts, const char *elf,
                const char *const *dbg_argv, const char *prompt)
{
    memset(s, 0, sizeof(*s));
    s->emu = s->dbg = -1;
    s->pty = s->emu_out = s->emu_err = -1;
    s->prompt = prompt;
    int o[2], e[2];
    if (pipe(o) || pipe(e))
        return false;
    int devnull = open("/dev/null", O_RDONLY);
    const char *emu_argv[16] = { xnuemu, "--gdb", "0", "--gdb-wait" };
    size_t ne = 4;
    for (; emu_opts && *emu_opts && ne < 14; emu_opts++)
        emu_argv[ne++] = *emu_opts;
    emu_argv[ne++] = elf;
    emu_argv[ne] = NULL;
    s->emu = spawn(emu_argv, devnull, o[1], e[1]);
    close(devnull);
    close(o[1]);
    close(e[1]);
    s->emu_out = o[0];
    s->emu_err = e[0];
    char *errtext = s->err;
    size_t at = 0;
    if (!wait_for(s, &errtext, &at, "listening on 127.0.0.1:")) {
        fprintf(stderr, "xnuemu did not start its gdb stub; stderr:\n%s\n", s->err);
        return false;
    }
    while (!strchr(s->err + at, '\n') && pump(s, 200))
        ;
    s->port = (unsigned)strtoul(s->err + at, NULL, 10);

    char port[16];
    snprintf(port, sizeof(port), "%u", s->port);
    const char *argv[32];
    char subst[32][256];
    size_t n = 0;
    for (; dbg_argv[n] && n < 31; n++) {
        const char *a = dbg_argv[n], *p = strstr(a, "@PORT@");
        if (p) {
            snprintf(subst[n], sizeof(subst[n]), "%.*s%s%s", (int)(p - a), a, port, p + 6);
            a = subst[n];
        }
        argv[n] = a;
    }
    argv[n] = NULL;
    struct winsize ws = { .ws_row = 200, .ws_col = 400 };
    int master;
    pid_t pid = forkpty(&master, NULL, NULL, &ws);
    if (pid < 0)
        return false;
    if (pid == 0) {
        setenv("TERM", "dumb", 1);
        execvp(argv[0], (char *const *)argv);
        _exit(127);
    }
    s->dbg = pid;
    s->pty = master;
    size_t from = 0;
    if (!wait_for(s, &s->log, &from, prompt)) {
        fprintf(stderr, "%s did not show its prompt; output:\n%s\n", argv[0], s->log ? s->log : "");
        return false;
    }
    return true;
}

static void fail_report(Session *s, const Step *st, const char *what)
{
    const char *log = s->log ? s->log : "";
    size_t from = s->mark > 3000 ? s->mark - 3000 : 0;
    fprintf(stderr, "\n*** step failed: %s '%s'\n*** waiting for: %s\n--- debugger output "
            "(tail) ---\n%s\n--- guest output ---\n%s\n--- xnuemu stderr ---\n%s\n",
            st->kind == STEP_GUEST ? "guest output" : st->kind == STEP_CTRL_C ? "Ctrl-C" : "command",
            st->text ? st->text : "", what, log + from, s->guest, s->err);
}

bool sess_run(Session *s, const Step *steps, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const Step *st = &steps[i];
        if (st->kind == STEP_GUEST) {
            char *g = s->guest;
            size_t from = 0;
            if (!wait_for(s, &g, &from, st->text)) {
                fail_report(s, st, st->text);
                return false;
            }
            continue;
        }
        s->mark = s->log_len;
        size_t from = s->mark;
        unsigned k = 0;
        if (st->kind == STEP_CTRL_C) {
            if (!ctrl_c_until(s, &from, st->expect[0])) {
                fail_report(s, st, st->expect[0]);
                return false;
            }
            k = 1;
        } else {
            char line[512];
            const char *p = strstr(st->text, "@PORT@");
            if (p)
                snprintf(line, sizeof(line), "%.*s%u%s\n", (int)(p - st->text), st->text,
                         s->port, p + 6);
            else
                snprintf(line, sizeof(line), "%s\n", st->text);
            if (write(s->pty, line, strlen(line)) < 0)
                return false;
        }
        for (; k < 6 && st->expect[k]; k++) {
            if (!wait_for(s, &s->log, &from, st->expect[k])) {
                fail_report(s, st, st->expect[k]);
                return false;
            }
        }
        /* the prompt after the output: the command is done */
        if (st->kind != STEP_SEND && !wait_for(s, &s->log, &from, s->prompt)) {
            fail_report(s, st, s->prompt);
            return false;
        }
    }
    return true;
}

static int wait_exit(pid_t pid, Session *s, int ms)
{
    long long end = now_ms() + ms;
    int status;
    while (now_ms() < end) {
        pid_t r = waitpid(pid, &status, WNOHANG);
        if (r == pid)
            return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        pump(s, 50);
    }
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    return -1;
}

int sess_finish(Session *s)
{
    int emu = -1;
    if (s->dbg > 0)
        (void)wait_exit(s->dbg, s, 20000);
    if (s->emu > 0)
        emu = wait_exit(s->emu, s, 20000);
    while (pump(s, 0) && (s->emu_out >= 0 || s->emu_err >= 0))
        ;
    if (s->pty >= 0)
        close(s->pty);
    if (s->emu_out >= 0)
        close(s->emu_out);
    if (s->emu_err >= 0)
        close(s->emu_err);
    free(s->log);
    s->log = NULL;
    return emu;
}

bool sess_script(const char *xnuemu, const char *const *emu_opts, const char *program,
                 const char *const *dbg_argv, const char *prompt, const Step *steps, size_t n,
                 int want_status, const char *want_guest)
{
    Session s;
    bool ok = sess_start(&s, xnuemu, emu_opts, program, dbg_argv, prompt) &&
              sess_run(&s, steps, n);
    static const Step quit[] = { { STEP_SEND, "quit", { 0 } } };
    if (ok)
        (void)sess_run(&s, quit, 1);
    int status = sess_finish(&s);
    if (ok && status != want_status) {
        fprintf(stderr, "xnuemu exit status %d, expected %d; stderr:\n%s\n", status, want_status,
                s.err);
        ok = false;
    }
    if (ok && want_guest && !strstr(s.guest, want_guest)) {
        fprintf(stderr, "guest output lacks '%s':\n%s\n", want_guest, s.guest);
        ok = false;
    }
    return ok;
}
