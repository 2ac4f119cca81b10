/*
 * diff_qemu.c — diff_fuzz's QEMU side (diff_qemu.h).
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "diff_qemu.h"

bool qemu_start(Qemu *q, const char *qemu, const char *cpu, const char *runner)
{
    int in[2], out[2];
    if (pipe(in) || pipe(out))
        return false;
    (void)fcntl(in[1], F_SETPIPE_SZ, 1 << 20);
    (void)fcntl(out[0], F_SETPIPE_SZ, 1 << 20);
    q->pid = fork();
    if (q->pid < 0)
        return false;
    if (q->pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        close(in[0]);
        close(in[1]);
        close(out[0]);
        close(out[1]);
        execl(qemu, qemu, "-cpu", cpu, runner, (char *)NULL);
        execlp(qemu, qemu, "-cpu", cpu, runner, (char *)NULL);
        fprintf(stderr, "diff_fuzz: cannot run %s: %s\n", qemu, strerror(errno));
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    q->to = fdopen(in[1], "w");
    q->from = fdopen(out[0], "r");
    uint32_t hello = 0;
    if (!q->to || !q->from || fread(&hello, 4, 1, q->from) != 1 || hello != DIFF_HELLO) {
        fprintf(stderr, "diff_fuzz: %s -cpu %s %s did not start\n", qemu, cpu, runner);
        return false;
    }
    static char obuf[1 << 20];
    setvbuf(q->to, obuf, _IOFBF, sizeof(obuf));
    return true;
}

void qemu_stop(Qemu *q)
{
    if (!q->to)
        return;
    uint32_t quit = DIFF_QUIT;
    fwrite(&quit, 4, 1, q->to);
    fclose(q->to);
    fclose(q->from);
    int st;
    waitpid(q->pid, &st, 0);
    q->to = q->from = NULL;
}

bool qemu_send(Qemu *q, const DiffProg *p, unsigned n)
{
    uint32_t hdr[2] = { DIFF_BATCH, n };
    if (fwrite(hdr, 4, 2, q->to) != 2 || fwrite(p, sizeof(*p), n, q->to) != n)
        return false;
    return fflush(q->to) == 0;
}

static pid_t watched_pid;

static void on_alarm(int sig)
{
    (void)sig;
    static const char msg[] = "diff_fuzz: the QEMU runner did not answer within 120 s\n";
    if (write(2, msg, sizeof(msg) - 1) < 0)
        _exit(2);
    if (watched_pid > 0)
        kill(watched_pid, SIGKILL);
    _exit(2);
}

bool qemu_recv(Qemu *q, DiffOut *o, unsigned n)
{
    watched_pid = q->pid;
    signal(SIGALRM, on_alarm);
    alarm(120);
    bool ok = true;
    for (unsigned i = 0; i < n && ok; i++) {
        if (fread(&o[i], DIFF_OUT_FIXED, 1, q->from) != 1 || o[i].nchg > DIFF_MAX_CHG)
            ok = false;
        else if (o[i].nchg && fread(o[i].chg, sizeof(DiffChg), o[i].nchg, q->from) != o[i].nchg)
            ok = false;
    }
    uint32_t end;
    ok = ok && fread(&end, 4, 1, q->from) == 1 && end == DIFF_BATCH_END;
    alarm(0);
    return ok;
}

bool qemu_run(Qemu *q, const DiffProg *p, DiffOut *o, unsigned n)
{
    return qemu_send(q, p, n) && qemu_recv(q, o, n);
}
