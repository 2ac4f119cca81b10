/*
 * gdb_stub.c — a stub's life: creation (debug engine attached, target
 * description built, the run loop's host hooks pointed at the stub),
 * debugger connection and disconnection, and the hooks themselves: at each
 * safe point of the run loop the transport may deliver input (Ctrl-C, a
 * debugger connecting); while the guest sleeps in WFI it may block for
 * input. A board's own host hooks (its serial input) stay chained in
 * front of the stub's.
 */
#include <stdlib.h>
#include <string.h>

#include "gdb_internal.h"

static void stub_poll(void *opaque)
{
    GdbStub *s = opaque;
    if (s->board_poll)
        s->board_poll(s->board_opaque);
    if (s->io.poll)
        s->io.poll(s->io.opaque);
}

static bool stub_wait(void *opaque, uint64_t timeout_ns)
{
    GdbStub *s = opaque;
    /* a board that can block for input gets a bounded wait so the
     * debugger's socket is still looked at */
    if (s->board_wait && s->board_wait(s->board_opaque, s->io.wait ? 0 : timeout_ns))
        return true;
    return s->io.wait && s->io.wait(s->io.opaque, timeout_ns);
}

GdbStub *gdb_stub_new(Machine *m, const GdbIo *io)
{
    GdbStub *s = calloc(1, sizeof(*s));
    if (!s)
        return NULL;
    s->m = m;
    s->cpu = m->cpu;
    s->io = *io;
    rsp_init(&s->rsp);
    if (!gdb_target_init(s)) {
        free(s);
        return NULL;
    }
    dbg_attach(s->cpu);
    s->running = true;            /* no debugger yet: the guest runs */
    gbuf_puts(&s->stop_reply, "T05thread:1;");
    s->board_poll = s->cpu->poll_host;
    s->board_wait = s->cpu->wait_host;
    s->board_opaque = s->cpu->wait_host_opaque;
    s->cpu->poll_host = stub_poll;
    s->cpu->wait_host = stub_wait;
    s->cpu->wait_host_opaque = s;
    return s;
}

void gdb_stub_free(GdbStub *s)
{
    if (!s)
        return;
    CpuState *cpu = s->cpu;
    dbg_detach(cpu);
    if (cpu->wait_host_opaque == s) {
        cpu->poll_host = s->board_poll;
        cpu->wait_host = s->board_wait;
        cpu->wait_host_opaque = s->board_opaque;
    }
    gbuf_free(&s->last);
    gbuf_free(&s->deferred);
    gbuf_free(&s->stop_reply);
    free(s->xml);
    free(s->sysregs);
    free(s);
}

void gdb_stub_connect(GdbStub *s)
{
    rsp_init(&s->rsp);
    s->connected = true;
    s->noack = false;
    s->detached = false;
    s->phys = false;
    s->reply_pending = false;
    gbuf_reset(&s->last);
    gbuf_reset(&s->deferred);
    /* stop the guest at the next safe point (at once when it is not
     * running): cpu_run() returns HALT_DEBUG and '?' reports the attach */
    if (!s->fatal) {
        dbg_request_stop(s->cpu, DBG_STOP_ATTACH);
        s->running = true;
    }
}

void gdb_stub_disconnect(GdbStub *s)
{
    if (!s->connected)
        return;
    s->connected = false;
    s->detached = false;
    s->phys = false;
    s->reply_pending = false;
    dbg_remove_all(s->cpu);
    if (s->fatal) {
        s->killed = true;         /* the guest cannot run on */
        s->exit_why = s->fatal;
        s->running = false;
        return;
    }
    dbg_resume(s->cpu, false);
    s->running = true;
}

bool gdb_stub_connected(const GdbStub *s)
{
    return s->connected;
}

bool gdb_stub_running(const GdbStub *s)
{
    return s->running && !s->killed;
}

bool gdb_stub_finished(const GdbStub *s, HaltReason *why)
{
    if (s->killed)
        *why = s->exit_why;
    return s->killed;
}

bool gdb_stub_detached(const GdbStub *s)
{
    return s->detached;
}
