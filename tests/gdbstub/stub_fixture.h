/*
 * stub_fixture.h — a GDB stub over an in-memory transport, on the test
 * machine (tenv.h), for the packet-level tests: xchg() sends one packet
 * and returns the stub's reply, running the machine as the server would
 * when the packet resumes it; console output ("O" packets) is collected.
 */
#ifndef TESTS_STUB_FIXTURE_H
#define TESTS_STUB_FIXTURE_H

#include <stdlib.h>
#include <string.h>

#include "pt.h"
#include "tenv.h"
#include "xnuemu/gdbstub.h"

typedef struct Fx {
    TestEnv *t;
    GdbStub *s;
    GdbBuf out;               /* everything the stub wrote since the last xchg */
    GdbBuf reply;             /* the last packet's payload */
    GdbBuf console;           /* decoded "O" packets */
    unsigned npackets;        /* reply packets in out ("O" packets not counted) */
    const char *inject;       /* fed to the stub from the run loop's poll hook */
    size_t inject_len;
    unsigned polls, inject_after;
    bool exited;
    HaltReason exit_why;
} Fx;

static void fx_write(void *o, const void *b, size_t n)
{
    gbuf_put(&((Fx *)o)->out, b, n);
}

static void fx_poll(void *o)
{
    Fx *f = o;
    if (f->inject && ++f->polls >= f->inject_after) {
        const char *p = f->inject;
        f->inject = NULL;
        gdb_stub_input(f->s, p, f->inject_len);
    }
}

static inline Fx *fx_new(void)
{
    Fx *f = calloc(1, sizeof(*f));
    f->t = tenv_new();
    f->t->cpu->halt_on_exception = false;
    f->t->cpu->max_insns = UINT64_C(100000000);   /* a runaway test stops (SIGXCPU) */
    GdbIo io = { .write = fx_write, .poll = fx_poll, .opaque = f };
    f->s = gdb_stub_new(f->t->m, &io);
    gdb_stub_connect(f->s);
    /* the connection stops the guest at its next safe point */
    HaltReason why;
    assert_true(gdb_stub_running(f->s));
    assert_true(gdb_stub_stopped(f->s, cpu_run(f->t->cpu), &why));
    assert_false(gdb_stub_running(f->s));
    return f;
}

static inline void fx_free(Fx *f)
{
    gdb_stub_free(f->s);
    tenv_free(f->t);
    gbuf_free(&f->out);
    gbuf_free(&f->reply);
    gbuf_free(&f->console);
    free(f);
}

/* Run the machine while the stub says so (the server's loop). */
static inline void fx_drive(Fx *f)
{
    while (!f->exited && gdb_stub_running(f->s)) {
        HaltReason why = cpu_run(f->t->cpu);
        if (!gdb_stub_stopped(f->s, why, &f->exit_why))
            f->exited = true;
    }
}

/* Parse what the stub wrote: the last packet's payload into reply. */
static inline void fx_parse(Fx *f)
{
    Rsp *r = malloc(sizeof(*r));
    rsp_init(r);
    gbuf_reset(&f->reply);
    gbuf_puts(&f->reply, "");
    f->npackets = 0;
    for (size_t i = 0; i < f->out.len; i++) {
        RspEvent e = rsp_feed(r, (uint8_t)f->out.p[i]);
        assert_true(e == RSP_NONE || e == RSP_PACKET || e == RSP_ACK || e == RSP_NACK);
        if (e != RSP_PACKET)
            continue;
        if (r->pkt[0] == 'O' && r->pkt_len > 1 && r->pkt_len % 2 == 1) {
            size_t n = r->pkt_len / 2;
            uint8_t *t = malloc(n);
            assert_true(rsp_unhex(r->pkt + 1, n, t));
            gbuf_put(&f->console, t, n);
            free(t);
            continue;
        }
        f->npackets++;
        gbuf_reset(&f->reply);
        gbuf_put(&f->reply, r->pkt, r->pkt_len);
    }
    free(r);
}

/* Raw bytes to the stub; returns the reply payload. */
static inline const char *fx_raw(Fx *f, const void *bytes, size_t n)
{
    gbuf_reset(&f->out);
    gdb_stub_input(f->s, bytes, n);
    fx_drive(f);
    fx_parse(f);
    return f->reply.p;
}

/* One packet (binary-safe length); returns the reply payload. */
static inline const char *fx_xchgn(Fx *f, const char *payload, size_t n)
{
    GdbBuf pkt = { 0 };
    rsp_frame(&pkt, payload, n);
    const char *r = fx_raw(f, pkt.p, pkt.len);
    gbuf_free(&pkt);
    return r;
}

static inline const char *xchg(Fx *f, const char *payload)
{
    return fx_xchgn(f, payload, strlen(payload));
}

/* A monitor command: console output. */
static inline const char *fx_monitor(Fx *f, const char *cmd)
{
    GdbBuf p = { 0 };
    gbuf_puts(&p, "qRcmd,");
    gbuf_hex(&p, cmd, strlen(cmd));
    gbuf_reset(&f->console);
    assert_string_equal(xchg(f, p.p), "OK");
    gbuf_free(&p);
    gbuf_puts(&f->console, "");
    return f->console.p;
}

static inline uint64_t hex_le(const char *h, unsigned bytes)
{
    uint8_t b[8] = { 0 };
    assert_true(rsp_unhex(h, bytes, b));
    uint64_t v;
    memcpy(&v, b, 8);
    return v;
}

#endif
