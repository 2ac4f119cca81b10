/*
 * gdb_query.c — general query packets (q...): qSupported, the target
 * description through qXfer:features:read, threads (qC, qfThreadInfo,
 * qsThreadInfo, qThreadExtraInfo, qAttached), qOffsets, monitor commands
 * (qRcmd), qSymbol, and the few LLDB asks for (qHostInfo, qProcessInfo,
 * qWatchpointSupportInfo). Anything else gets the empty reply.
 * (GDB manual, "General Query Packets"; LLDB's lldb-gdb-remote.txt.)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdb_internal.h"

/* Largest chunk of the description per reply: escaping may double it. */
#define MAX_XFER ((RSP_MAX_PACKET - 64) / 2)

static void xfer_features(GdbStub *s, const char *p)
{
    const char *annex = "target.xml:";
    uint64_t off, len;
    if (strncmp(p, annex, strlen(annex)) != 0) {
        gdb_send_str(s, "E00");
        return;
    }
    p += strlen(annex);
    if (!gdb_addr_len(&p, &off, &len, 0)) {
        gdb_send_str(s, "E01");
        return;
    }
    if (len > MAX_XFER)
        len = MAX_XFER;
    if (off >= s->xml_len) {
        gdb_send_str(s, "l");
        return;
    }
    size_t n = s->xml_len - off < len ? s->xml_len - (size_t)off : (size_t)len;
    GdbBuf b = { 0 };
    gbuf_puts(&b, off + n < s->xml_len ? "m" : "l");
    gbuf_escaped(&b, s->xml + off, n);
    gdb_send(s, b.p, b.len);
    gbuf_free(&b);
}

static void send_hex_text(GdbStub *s, const char *text)
{
    GdbBuf b = { 0 };
    gbuf_hex(&b, text, strlen(text));
    gdb_send(s, b.p, b.len);
    gbuf_free(&b);
}

static bool starts(const char *p, const char *prefix)
{
    return strncmp(p, prefix, strlen(prefix)) == 0;
}

void gdb_query(GdbStub *s, const char *p)
{
    CpuState *cpu = s->cpu;
    if (starts(p, "qSupported")) {
        char r[160];
        snprintf(r, sizeof(r), "PacketSize=%x;qXfer:features:read+;swbreak+;hwbreak+;"
                 "vContSupported+;QStartNoAckMode+", RSP_MAX_PACKET);
        gdb_send_str(s, r);
    } else if (starts(p, "qXfer:features:read:")) {
        xfer_features(s, p + strlen("qXfer:features:read:"));
    } else if (strcmp(p, "qC") == 0) {
        gdb_send_str(s, "QC1");
    } else if (starts(p, "qAttached")) {
        gdb_send_str(s, "1");         /* attached to a running machine: detach on quit */
    } else if (strcmp(p, "qfThreadInfo") == 0) {
        gdb_send_str(s, "m1");        /* one thread per CPU; the machine has one */
    } else if (strcmp(p, "qsThreadInfo") == 0) {
        gdb_send_str(s, "l");
    } else if (strcmp(p, "qOffsets") == 0) {
        gdb_send_str(s, "Text=0;Data=0;Bss=0");
    } else if (starts(p, "qThreadExtraInfo,")) {
        char t[64];
        snprintf(t, sizeof(t), "CPU 0, EL%u%s", cpu->ps.el, cpu->wfi ? ", in WFI" : "");
        send_hex_text(s, t);
    } else if (starts(p, "qRcmd,")) {
        const char *h = p + strlen("qRcmd,");
        size_t n = strlen(h) / 2;
        char *cmd = malloc(n + 1);
        if (!cmd || strlen(h) % 2 || !rsp_unhex(h, n, (uint8_t *)cmd)) {
            gdb_send_str(s, "E01");
        } else {
            cmd[n] = 0;
            gdb_monitor(s, cmd);
            gdb_send_str(s, "OK");
        }
        free(cmd);
    } else if (starts(p, "qSymbol")) {
        gdb_send_str(s, "OK");
    } else if (strcmp(p, "qHostInfo") == 0 || strcmp(p, "qProcessInfo") == 0) {
        /* LLDB: the triple (hex), and that watchpoints stop before the access */
        GdbBuf b = { 0 };
        gbuf_puts(&b, "triple:");
        gbuf_hex(&b, "aarch64-unknown-none", 20);
        gbuf_puts(&b, ";ptrsize:8;endian:little;watchpoint_exceptions_received:before;");
        if (p[1] == 'P')
            gbuf_puts(&b, "pid:1;");
        gdb_send(s, b.p, b.len);
        gbuf_free(&b);
    } else if (strcmp(p, "qWatchpointSupportInfo") == 0 || starts(p, "qWatchpointSupportInfo:")) {
        char r[32];
        snprintf(r, sizeof(r), "num:%u;", dbg_wp_max(cpu));
        gdb_send_str(s, r);
    } else {
        gdb_send_str(s, "");
    }
}

