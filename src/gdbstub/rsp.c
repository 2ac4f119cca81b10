/*
 * rsp.c — GDB Remote Serial Protocol framing: the incoming packet parser
 * (a byte-at-a-time state machine: '$' payload '#' two hex checksum digits,
 * with the 0x03 interrupt and '+'/'-' acknowledgements between packets),
 * outgoing framing, binary escapes ('}' then the byte XOR 0x20), hex
 * helpers and a growable buffer. The parser never fails: garbage between
 * packets is skipped, a '$' inside a packet restarts it, an oversized
 * packet is consumed and reported, and a bad checksum is reported.
 * (GDB manual, appendix "Remote Serial Protocol": Overview, Binary data.)
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xnuemu/gdbstub.h"

enum { ST_IDLE, ST_BODY, ST_CSUM1, ST_CSUM2 };

/* --- buffer --- */

static void gbuf_reserve(GdbBuf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra + 1)
        cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p)
        EMU_BUG("out of memory in the gdb stub");
    b->p = p;
    b->cap = cap;
}

void gbuf_free(GdbBuf *b)
{
    free(b->p);
    memset(b, 0, sizeof(*b));
}

void gbuf_reset(GdbBuf *b)
{
    b->len = 0;
    if (b->p)
        b->p[0] = 0;
}

void gbuf_put(GdbBuf *b, const void *data, size_t len)
{
    gbuf_reserve(b, len);
    if (len)
        memcpy(b->p + b->len, data, len);
    b->len += len;
    b->p[b->len] = 0;
}

void gbuf_puts(GdbBuf *b, const char *s)
{
    gbuf_put(b, s, strlen(s));
}

void gbuf_printf(GdbBuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    gbuf_reserve(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void gbuf_hex(GdbBuf *b, const void *data, size_t len)
{
    static const char digits[] = "0123456789abcdef";
    const uint8_t *d = data;
    gbuf_reserve(b, 2 * len);
    for (size_t i = 0; i < len; i++) {
        b->p[b->len++] = digits[d[i] >> 4];
        b->p[b->len++] = digits[d[i] & 15];
    }
    b->p[b->len] = 0;
}

void gbuf_escaped(GdbBuf *b, const void *data, size_t len)
{
    const uint8_t *d = data;
    gbuf_reserve(b, 2 * len);
    for (size_t i = 0; i < len; i++) {
        uint8_t c = d[i];
        if (c == '#' || c == '$' || c == '}' || c == '*') {
            b->p[b->len++] = '}';
            c ^= 0x20;
        }
        b->p[b->len++] = (char)c;
    }
    b->p[b->len] = 0;
}

/* --- hex --- */

int rsp_hexval(int c)
{
    return hex_digit(c);
}

bool rsp_parse_hex(const char **s, uint64_t *v)
{
    const char *p = *s;
    uint64_t x = 0;
    unsigned n = 0;
    int d;
    while ((d = rsp_hexval((unsigned char)*p)) >= 0) {
        if (n == 16)
            return false;         /* more than 64 bits */
        x = x << 4 | (unsigned)d;
        n++;
        p++;
    }
    if (n == 0)
        return false;
    *v = x;
    *s = p;
    return true;
}

bool rsp_unhex(const char *s, size_t n, uint8_t *out)
{
    for (size_t i = 0; i < n; i++) {
        int hi = rsp_hexval((unsigned char)s[2 * i]);
        int lo = hi < 0 ? -1 : rsp_hexval((unsigned char)s[2 * i + 1]);
        if (lo < 0)
            return false;
        out[i] = (uint8_t)(hi << 4 | lo);
    }
    return true;
}

/* --- incoming packets --- */

void rsp_init(Rsp *r)
{
    memset(r, 0, sizeof(*r));
    r->state = ST_IDLE;
}

/* Undo binary escapes in place; returns the new length. */
static size_t unescape(char *p, size_t n)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '}' && i + 1 < n)
            p[o++] = (char)(p[++i] ^ 0x20);
        else
            p[o++] = p[i];
    }
    return o;
}

RspEvent rsp_feed(Rsp *r, uint8_t c)
{
    switch (r->state) {
    case ST_IDLE:
        if (c == '$') {
            r->state = ST_BODY;
            r->sum = 0;
            r->raw_len = 0;
            r->overflow = false;
            return RSP_NONE;
        }
        if (c == 0x03)
            return RSP_INTERRUPT;
        if (c == '+')
            return RSP_ACK;
        if (c == '-')
            return RSP_NACK;
        return RSP_NONE;          /* noise between packets */
    case ST_BODY:
        if (c == '#') {
            r->state = ST_CSUM1;
            return RSP_NONE;
        }
        if (c == '$') {           /* a new packet: the previous one was truncated */
            r->sum = 0;
            r->raw_len = 0;
            r->overflow = false;
            return RSP_NONE;
        }
        r->sum = (uint8_t)(r->sum + c);
        if (r->raw_len < RSP_MAX_PACKET)
            r->pkt[r->raw_len++] = (char)c;
        else
            r->overflow = true;
        return RSP_NONE;
    case ST_CSUM1: {
        int d = rsp_hexval(c);
        if (d < 0) {
            r->state = c == '$' ? ST_BODY : ST_IDLE;
            r->sum = 0;
            r->raw_len = 0;
            r->overflow = false;
            return c == '$' ? RSP_NONE : RSP_BAD_CHECKSUM;
        }
        r->csum = (uint8_t)(d << 4);
        r->state = ST_CSUM2;
        return RSP_NONE;
    }
    default: {
        int d = rsp_hexval(c);
        r->state = ST_IDLE;
        if (d < 0 || (uint8_t)(r->csum | d) != r->sum)
            return RSP_BAD_CHECKSUM;
        if (r->overflow) {
            r->pkt_len = 0;
            r->pkt[0] = 0;
            return RSP_TOO_LONG;
        }
        r->pkt_len = unescape(r->pkt, r->raw_len);
        r->pkt[r->pkt_len] = 0;
        return RSP_PACKET;
    }
    }
}

/* --- outgoing packets --- */

void rsp_frame(GdbBuf *out, const void *payload, size_t len)
{
    const uint8_t *p = payload;
    uint8_t sum = 0;
    for (size_t i = 0; i < len; i++)
        sum = (uint8_t)(sum + p[i]);
    gbuf_put(out, "$", 1);
    gbuf_put(out, payload, len);
    gbuf_printf(out, "#%02x", sum);
}
