/*
 * gdb_cmds.c — the stub: packets in, replies out, and run control. One
 * thread per CPU (thread ids 1..n). All-stop mode: a resume packet (c, s,
 * C, S, vCont) lets the server run the machine, and its reply is the stop
 * reply sent when cpu_run() returns; while the guest runs only Ctrl-C is
 * acted on, other bytes wait for the stop. Queries are in gdb_query.c.
 * Unknown packets get the empty reply; malformed ones an error reply;
 * nothing the debugger sends can crash the emulator. (GDB manual, "Remote
 * Serial Protocol": Packets, Stop Reply Packets, Packet Acknowledgment.)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdb_internal.h"

#define SIG_INT  2
#define SIG_ILL  4
#define SIG_TRAP 5
#define SIG_SEGV 11
#define SIG_XCPU 24

/* Largest memory transfer per packet: hex doubles it, plus headroom. */
#define MAX_XFER ((RSP_MAX_PACKET - 64) / 2)

void gdb_send(GdbStub *s, const char *payload, size_t len)
{
    gbuf_reset(&s->last);
    rsp_frame(&s->last, payload, len);
    s->io.write(s->io.opaque, s->last.p, s->last.len);
}

void gdb_send_str(GdbStub *s, const char *payload)
{
    gdb_send(s, payload, strlen(payload));
}

void gdb_console(GdbStub *s, const char *text)
{
    size_t n = strlen(text);
    for (size_t off = 0; off < n; off += 400) {
        GdbBuf b = { 0 };
        gbuf_puts(&b, "O");
        gbuf_hex(&b, text + off, n - off < 400 ? n - off : 400);
        gdb_send(s, b.p, b.len);
        gbuf_free(&b);
    }
}

int gdb_exit_status(const CpuState *cpu, HaltReason why)
{
    switch (why) {                 /* main.c's exit statuses */
    case HALT_EXIT: return cpu->exit_code & 0xff;
    case HALT_MAX_INSNS: return 124;
    case HALT_STUCK: return 125;
    case HALT_PANIC: return 123;
    default: return 126;
    }
}

/* --- stop replies and run control --- */

static void set_stop_reply(GdbStub *s, unsigned sig, const char *extra)
{
    gbuf_reset(&s->stop_reply);
    gbuf_printf(&s->stop_reply, "T%02xthread:1;%s", sig, extra);
}

static void note_stop(GdbStub *s, DbgStop st)
{
    static const char *const watch[] = { "watch", "rwatch", "awatch" };
    char extra[64] = "";
    unsigned sig = SIG_TRAP;
    switch (st.kind) {
    case DBG_STOP_INTERRUPT: sig = SIG_INT; break;
    case DBG_STOP_SWBREAK: strcpy(extra, "swbreak:;"); break;
    case DBG_STOP_HWBREAK: strcpy(extra, "hwbreak:;"); break;
    case DBG_STOP_WATCH: case DBG_STOP_RWATCH: case DBG_STOP_AWATCH:
        snprintf(extra, sizeof(extra), "%s:%llx;", watch[st.kind - DBG_STOP_WATCH],
                 (unsigned long long)st.addr);
        break;
    default: break;
    }
    set_stop_reply(s, sig, extra);
}

static void finish(GdbStub *s, HaltReason why)
{
    s->killed = true;
    s->running = false;
    s->exit_why = why;
}

static void resume(GdbStub *s, bool step, const char *addr)
{
    CpuState *cpu = s->cpu;
    uint64_t pc;
    if (addr && *addr && rsp_parse_hex(&addr, &pc))
        cpu->pc = pc;
    if (s->fatal) {
        /* the guest cannot run on: report how the emulator ends */
        char w[8];
        snprintf(w, sizeof(w), "W%02x", gdb_exit_status(cpu, s->fatal));
        gdb_send_str(s, w);
        finish(s, s->fatal);
        return;
    }
    dbg_resume(cpu, step);
    s->running = true;
    s->reply_pending = true;
}

static void kill_session(GdbStub *s)
{
    CpuState *cpu = s->cpu;
    if (!s->fatal) {
        cpu->halt_reason = HALT_EXIT;
        cpu->exit_code = 0;
        snprintf(cpu->halt_msg, sizeof(cpu->halt_msg), "killed by the debugger");
    }
    finish(s, s->fatal ? s->fatal : HALT_EXIT);
}

/* vCont;action[:tid]...: the first action naming thread 1 (or all). */
static void vcont(GdbStub *s, const char *p)
{
    while (*p == ';') {
        p++;
        char act = *p;
        if (!act)
            break;                    /* "vCont;" names no action */
        p++;
        uint64_t sig;
        if ((act == 'C' || act == 'S') && !rsp_parse_hex(&p, &sig)) {
            gdb_send_str(s, "E01");
            return;
        }
        bool ours = true;
        if (*p == ':') {
            p++;
            uint64_t tid = 0;
            if (*p == '-' && p[1] == '1')
                p += 2;
            else if (!rsp_parse_hex(&p, &tid) || (tid != 1 && tid != 0))
                ours = false;
        }
        if (*p && *p != ';')
            break;                    /* garbage after the action */
        if (!ours)
            continue;
        switch (act) {
        case 'c': case 'C': resume(s, false, NULL); return;
        case 's': case 'S': resume(s, true, NULL); return;
        case 't':
            gdb_send_str(s, "T00thread:1;");   /* stays stopped */
            return;
        default:
            gdb_send_str(s, "E01");
            return;
        }
    }
    /* no action for our thread: it stays stopped (malformed: an error) */
    gdb_send_str(s, p[0] || p[-1] == ';' ? "E01" : "T00thread:1;");
}

/* --- registers and memory --- */

static void read_all_regs(GdbStub *s)
{
    GdbBuf b = { 0 };
    uint8_t v[16];
    for (unsigned n = 0; n < GDB_REG_SYS0; n++)
        gbuf_hex(&b, v, gdb_reg_read(s, n, v));
    gdb_send(s, b.p, b.len);
    gbuf_free(&b);
}

static void write_all_regs(GdbStub *s, const char *p, size_t len)
{
    uint8_t v[16];
    size_t off = 0;
    for (unsigned n = 0; n < GDB_REG_SYS0 && off < len; n++) {
        unsigned sz = gdb_reg_read(s, n, v);
        if (len - off < 2 * (size_t)sz || !rsp_unhex(p + off, sz, v)) {
            gdb_send_str(s, "E01");
            return;
        }
        (void)gdb_reg_write(s, n, v, sz);
        off += 2 * (size_t)sz;
    }
    gdb_send_str(s, "OK");
}

static void reg_packet(GdbStub *s, const char *p, size_t len, bool write)
{
    uint64_t n;
    uint8_t v[16];
    if (!rsp_parse_hex(&p, &n) || n >= gdb_reg_count(s)) {
        gdb_send_str(s, "E01");
        return;
    }
    unsigned sz = gdb_reg_read(s, (unsigned)n, v);
    if (!write) {
        GdbBuf b = { 0 };
        gbuf_hex(&b, v, sz);
        gdb_send(s, b.p, b.len);
        gbuf_free(&b);
        return;
    }
    size_t rest = len - (size_t)(p - (const char *)s->rsp.pkt);
    if (*p != '=' || rest - 1 != 2 * (size_t)sz || !rsp_unhex(p + 1, sz, v) ||
        !gdb_reg_write(s, (unsigned)n, v, sz)) {
        gdb_send_str(s, "E01");
        return;
    }
    gdb_send_str(s, "OK");
}

/* "addr,len" then the expected separator (or NUL). */
bool gdb_addr_len(const char **p, uint64_t *addr, uint64_t *len, char sep)
{
    if (!rsp_parse_hex(p, addr) || **p != ',')
        return false;
    (*p)++;
    if (!rsp_parse_hex(p, len) || **p != sep)
        return false;
    if (sep)
        (*p)++;
    return true;
}

static void read_mem(GdbStub *s, const char *p)
{
    uint64_t addr, len;
    if (!gdb_addr_len(&p, &addr, &len, 0)) {
        gdb_send_str(s, "E01");
        return;
    }
    if (len > MAX_XFER)
        len = MAX_XFER;       /* a short read is allowed; GDB asks for the rest */
    uint8_t *buf = malloc(len ? len : 1);
    size_t got = buf ? gdb_mem_read(s, addr, buf, len) : 0;
    if (len && !got) {
        gdb_send_str(s, "E14");
    } else {
        GdbBuf b = { 0 };
        gbuf_hex(&b, buf, got);
        gdb_send(s, b.p ? b.p : "", b.len);
        gbuf_free(&b);
    }
    free(buf);
}

static void write_mem(GdbStub *s, const char *p, size_t pktlen, bool binary)
{
    const char *start = s->rsp.pkt;
    uint64_t addr, len;
    if (!gdb_addr_len(&p, &addr, &len, ':') || len > RSP_MAX_PACKET) {
        gdb_send_str(s, "E01");
        return;
    }
    size_t have = pktlen - (size_t)(p - start);
    uint8_t *buf = malloc(len ? len : 1);
    if (!buf || (binary ? have != len : have != 2 * len || !rsp_unhex(p, len, buf))) {
        free(buf);
        gdb_send_str(s, "E01");
        return;
    }
    if (binary)
        memcpy(buf, p, len);
    bool ok = gdb_mem_write(s, addr, buf, len) == len;
    free(buf);
    gdb_send_str(s, ok ? "OK" : "E14");
}

static void breakpoint_packet(GdbStub *s, const char *p, bool insert)
{
    uint64_t type, addr, kind;
    if (!rsp_parse_hex(&p, &type) || *p++ != ',') {
        gdb_send_str(s, "E01");
        return;
    }
    if (type > DBG_WP_ACCESS) {
        gdb_send_str(s, "");          /* not supported */
        return;
    }
    /* conditions and commands after ';' (target-side evaluation) are not
     * announced, so GDB does not send them; ignore any */
    if (!rsp_parse_hex(&p, &addr) || *p++ != ',' || !rsp_parse_hex(&p, &kind) ||
        (*p && *p != ';')) {
        gdb_send_str(s, "E01");
        return;
    }
    int r = insert ? dbg_insert(s->cpu, (unsigned)type, addr, kind)
                   : dbg_remove(s->cpu, (unsigned)type, addr, kind);
    gdb_send_str(s, r == DBG_OK ? "OK" : r == DBG_ERR_FULL ? "E28" : "E22");
}

static bool starts(const char *p, const char *prefix)
{
    return strncmp(p, prefix, strlen(prefix)) == 0;
}

/* --- dispatch --- */

static void handle_packet(GdbStub *s)
{
    const char *p = s->rsp.pkt;
    size_t len = s->rsp.pkt_len;
    switch (p[0]) {
    case '?': gdb_send(s, s->stop_reply.p, s->stop_reply.len); break;
    case 'g': read_all_regs(s); break;
    case 'G': write_all_regs(s, p + 1, len - 1); break;
    case 'p': reg_packet(s, p + 1, len, false); break;
    case 'P': reg_packet(s, p + 1, len, true); break;
    case 'm': read_mem(s, p + 1); break;
    case 'M': write_mem(s, p + 1, len, false); break;
    case 'X': write_mem(s, p + 1, len, true); break;
    case 'c': resume(s, false, p + 1); break;
    case 's': resume(s, true, p + 1); break;
    case 'C': case 'S': {
        const char *a = strchr(p, ';');
        resume(s, p[0] == 'S', a ? a + 1 : NULL);
        break;
    }
    case 'Z': breakpoint_packet(s, p + 1, true); break;
    case 'z': breakpoint_packet(s, p + 1, false); break;
    case 'k':
        /* GDB reads no reply to 'k'; LLDB waits for an exit reply */
        gdb_send_str(s, "X09");
        kill_session(s);
        break;
    case 'D':
        gdb_send_str(s, "OK");
        s->detached = true;
        break;
    case 'H': gdb_send_str(s, "OK"); break;
    case 'T': {
        const char *q = p + 1;
        uint64_t tid;
        bool ok = (q[0] == '-' && q[1] == '1') || (rsp_parse_hex(&q, &tid) && tid <= 1);
        gdb_send_str(s, ok ? "OK" : "E01");
        break;
    }
    case 'q': gdb_query(s, p); break;
    case 'Q':
        if (strcmp(p, "QStartNoAckMode") == 0) {
            gdb_send_str(s, "OK");
            s->noack = true;          /* from the next packet on */
        } else {
            gdb_send_str(s, "");
        }
        break;
    case 'v':
        if (strcmp(p, "vCont?") == 0) {
            gdb_send_str(s, "vCont;c;C;s;S;t");
        } else if (starts(p, "vCont;")) {
            vcont(s, p + 5);
        } else if (starts(p, "vKill")) {
            gdb_send_str(s, "OK");
            kill_session(s);
        } else {
            gdb_send_str(s, "");      /* vMustReplyEmpty and everything else */
        }
        break;
    default:
        gdb_send_str(s, "");
        break;
    }
}

void gdb_stub_input(GdbStub *s, const void *buf, size_t len)
{
    const uint8_t *p = buf;
    for (size_t i = 0; i < len; i++) {
        if (s->killed || s->detached)
            return;
        if (s->running) {
            if (p[i] == 0x03)
                dbg_request_stop(s->cpu, DBG_STOP_INTERRUPT);
            else
                gbuf_put(&s->deferred, &p[i], 1);
            continue;
        }
        switch (rsp_feed(&s->rsp, p[i])) {
        case RSP_PACKET:
            if (!s->noack)
                s->io.write(s->io.opaque, "+", 1);
            handle_packet(s);
            break;
        case RSP_BAD_CHECKSUM:
            if (!s->noack)
                s->io.write(s->io.opaque, "-", 1);
            break;
        case RSP_TOO_LONG:
            if (!s->noack)
                s->io.write(s->io.opaque, "+", 1);
            gdb_send_str(s, "E01");
            break;
        case RSP_NACK:
            if (s->last.len)
                s->io.write(s->io.opaque, s->last.p, s->last.len);
            break;
        default:
            break;
        }
    }
}

bool gdb_stub_stopped(GdbStub *s, HaltReason why, HaltReason *exit_why)
{
    CpuState *cpu = s->cpu;
    if (why == HALT_DEBUG) {
        DbgStop st = dbg_take_stop(cpu);
        if (!s->connected) {
            s->running = true;        /* nobody to stop for */
            return true;
        }
        note_stop(s, st);
    } else if (!s->connected || why == HALT_EXIT) {
        if (s->connected && s->reply_pending) {
            char w[8];
            snprintf(w, sizeof(w), "W%02x", gdb_exit_status(cpu, why));
            gdb_send_str(s, w);
        }
        *exit_why = why;
        return false;
    } else {
        /* stuck, emulator error, --max-insns: stop so the state can be
         * inspected; resuming ends the run with its exit status */
        if (s->reply_pending) {
            char msg[sizeof(cpu->halt_msg) + 16];
            snprintf(msg, sizeof(msg), "xnuemu: %s\n", cpu->halt_msg[0] ? cpu->halt_msg : "stopped");
            gdb_console(s, msg);
        }
        s->fatal = why;
        set_stop_reply(s, why == HALT_STUCK ? SIG_SEGV : why == HALT_MAX_INSNS ? SIG_XCPU : SIG_ILL,
                       "");
    }
    s->running = false;
    if (s->reply_pending) {
        s->reply_pending = false;
        gdb_send(s, s->stop_reply.p, s->stop_reply.len);
    }
    if (s->deferred.len) {            /* what arrived while running */
        GdbBuf d = s->deferred;
        s->deferred = (GdbBuf){ 0 };
        gdb_stub_input(s, d.p, d.len);
        gbuf_free(&d);
    }
    return true;
}
