/*
 * gdb_server.c — the TCP side of the stub: listen (127.0.0.1 unless told
 * otherwise), accept one debugger at a time, and run the machine. While
 * the guest is stopped the server blocks on the debugger's socket and
 * feeds the stub; while it runs, the run loop's safe points poll the
 * socket (at most every DBG_POLL_SLICE/4 instructions or 4096 safe points)
 * for Ctrl-C or a disconnect, and accept a debugger that connects (which
 * stops the guest for it). A guest asleep in WFI with nothing to wake it
 * waits on the debugger's socket instead of ending the run.
 */
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "xnuemu/exec_loop.h"
#include "xnuemu/gdbstub.h"
#include "xnuemu/machine.h"
#include "xnuemu/hostclock.h"

#define POLL_ICOUNT (DBG_POLL_SLICE / 4)
#define POLL_CALLS 4096u

struct GdbServer {
    Machine *m;
    GdbStub *stub;
    int lfd, cfd;
    bool wait;
    char where[80];           /* "127.0.0.1:1234" */
    uint64_t poll_icount;     /* icount at the last socket poll */
    unsigned poll_calls;
    bool input_ready;         /* the wait hook saw input: poll at once */
};

static void srv_write(void *opaque, const void *buf, size_t len)
{
    GdbServer *srv = opaque;
    const char *p = buf;
    while (len && srv->cfd >= 0) {
        ssize_t n = send(srv->cfd, p, len, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;               /* the debugger is gone; the next read notices */
        p += n;
        len -= (size_t)n;
    }
}

static void drop_client(GdbServer *srv)
{
    if (srv->cfd < 0)
        return;
    close(srv->cfd);
    srv->cfd = -1;
    gdb_stub_disconnect(srv->stub);
}

static void take_client(GdbServer *srv, int fd)
{
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    if (srv->cfd >= 0) {          /* one debugger at a time */
        close(fd);
        return;
    }
    srv->cfd = fd;
    gdb_stub_connect(srv->stub);
}

static void try_accept(GdbServer *srv)
{
    int fd = accept(srv->lfd, NULL, NULL);
    if (fd >= 0)
        take_client(srv, fd);
}

/* Read what the debugger sent (blocking or not); false when it is gone. */
static bool read_client(GdbServer *srv, bool block)
{
    char buf[4096];
    ssize_t n = recv(srv->cfd, buf, sizeof(buf), block ? 0 : MSG_DONTWAIT);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
        return true;
    if (n <= 0) {
        drop_client(srv);
        return false;
    }
    gdb_stub_input(srv->stub, buf, (size_t)n);
    return true;
}

/* Run-loop safe point: Ctrl-C, disconnects, new debuggers. */
static void srv_poll(void *opaque)
{
    GdbServer *srv = opaque;
    CpuState *cpu = srv->m->cpu;
    if (!srv->input_ready && cpu->icount - srv->poll_icount < POLL_ICOUNT &&
        ++srv->poll_calls < POLL_CALLS)
        return;
    srv->poll_icount = cpu->icount;
    srv->poll_calls = 0;
    srv->input_ready = false;
    if (srv->cfd >= 0)
        read_client(srv, false);
    else
        try_accept(srv);
}

/* The guest sleeps: wait for the debugger's input (not for a debugger to
 * connect: without one, a guest that nothing can wake ends the run). */
static bool srv_wait(void *opaque, uint64_t timeout_ns)
{
    GdbServer *srv = opaque;
    if (srv->cfd < 0)
        return false;
    struct pollfd p = { .fd = srv->cfd, .events = POLLIN };
    uint64_t ms64 = timeout_ns / 1000000u + (timeout_ns % 1000000u != 0);  /* round up */
    int ms = timeout_ns == UINT64_MAX ? -1 : ms64 > 1000000u ? 1000000 : (int)ms64;
    if (poll(&p, 1, ms) > 0)
        srv->input_ready = true;
    return true;
}

EmuErr gdb_server_open(GdbServer **out, Machine *m, const GdbConfig *cfg, char *err,
                       size_t errlen)
{
    *out = NULL;
    const char *host = cfg->listen ? cfg->listen : "127.0.0.1";
    char port[16];
    snprintf(port, sizeof(port), "%u", cfg->port);
    struct addrinfo hints = { .ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM,
                              .ai_flags = AI_PASSIVE | AI_NUMERICHOST | AI_NUMERICSERV };
    struct addrinfo *ai;
    int rc = getaddrinfo(host, port, &hints, &ai);
    if (rc != 0) {
        snprintf(err, errlen, "--gdb-listen: '%s' is not an IP address (%s)", host,
                 gai_strerror(rc));
        return EMU_ERR_ARG;
    }
    int fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
    int one = 1;
    if (fd >= 0)
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    if (fd < 0 || bind(fd, ai->ai_addr, ai->ai_addrlen) != 0 || listen(fd, 1) != 0) {
        snprintf(err, errlen, "--gdb: cannot listen on %s port %s: %s", host, port,
                 strerror(errno));
        if (fd >= 0)
            close(fd);
        freeaddrinfo(ai);
        return EMU_ERR_ARG;
    }
    bool v6 = ai->ai_family == AF_INET6;
    freeaddrinfo(ai);
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    struct sockaddr_storage sa;
    socklen_t salen = sizeof(sa);
    unsigned bound = cfg->port;
    if (getsockname(fd, (struct sockaddr *)&sa, &salen) == 0)
        bound = ntohs(v6 ? ((struct sockaddr_in6 *)&sa)->sin6_port
                         : ((struct sockaddr_in *)&sa)->sin_port);

    GdbServer *srv = calloc(1, sizeof(*srv));
    if (!srv) {
        close(fd);
        snprintf(err, errlen, "out of memory");
        return EMU_ERR_NOMEM;
    }
    srv->m = m;
    srv->lfd = fd;
    srv->cfd = -1;
    srv->wait = cfg->wait;
    snprintf(srv->where, sizeof(srv->where), v6 ? "[%s]:%u" : "%s:%u", host, bound);
    GdbIo io = { .write = srv_write, .poll = srv_poll, .wait = srv_wait, .opaque = srv };
    srv->stub = gdb_stub_new(m, &io);
    if (!srv->stub) {
        close(fd);
        free(srv);
        snprintf(err, errlen, "out of memory");
        return EMU_ERR_NOMEM;
    }
    fprintf(stderr, "xnuemu: gdb stub listening on %s%s\n", srv->where,
            cfg->wait ? ", waiting for a debugger" : "");
    fflush(stderr);
    *out = srv;
    return EMU_OK;
}

/* Stopped for the debugger: wait for its bytes (and turn away others). */
static void serve_stopped(GdbServer *srv)
{
    struct pollfd p[2] = { { .fd = srv->cfd, .events = POLLIN },
                           { .fd = srv->lfd, .events = POLLIN } };
    if (poll(p, 2, -1) <= 0)
        return;
    if (p[1].revents & POLLIN)
        try_accept(srv);
    if (p[0].revents & (POLLIN | POLLHUP | POLLERR))
        read_client(srv, true);
}

/* --timeout bounds the guest's run, not the time a person spends at the
 * debugger's prompt or takes to attach: move the deadline on by the time
 * the guest was stopped since `since` (ns, CLOCK_MONOTONIC). */
static void timeout_exclude(CpuState *cpu, uint64_t since)
{
    if (cpu->wall_deadline_ns)
        cpu->wall_deadline_ns += host_now_ns() - since;
}

HaltReason gdb_server_run(GdbServer *srv)
{
    CpuState *cpu = srv->m->cpu;
    if (srv->wait) {
        uint64_t t0 = host_now_ns();
        struct pollfd p = { .fd = srv->lfd, .events = POLLIN };
        while (srv->cfd < 0) {
            if (poll(&p, 1, -1) > 0)
                try_accept(srv);
        }
        timeout_exclude(cpu, t0);
    }
    for (;;) {
        HaltReason why;
        if (gdb_stub_finished(srv->stub, &why))
            return why;
        if (gdb_stub_detached(srv->stub)) {
            drop_client(srv);
            continue;
        }
        if (srv->cfd >= 0 && !gdb_stub_running(srv->stub)) {
            uint64_t t0 = host_now_ns();
            serve_stopped(srv);
            timeout_exclude(cpu, t0);
            continue;
        }
        why = cpu_run(cpu);
        if (!gdb_stub_stopped(srv->stub, why, &why))
            return why;
    }
}

void gdb_server_close(GdbServer *srv)
{
    if (!srv)
        return;
    if (srv->cfd >= 0)
        close(srv->cfd);
    close(srv->lfd);
    gdb_stub_free(srv->stub);
    free(srv);
}
