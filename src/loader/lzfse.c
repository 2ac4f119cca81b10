/*
 * lzfse.c — LZFSE stream framing: a sequence of blocks, each starting with
 * a little-endian magic — "bvx-" (stored bytes), "bvxn" (LZVN, lzvn.c),
 * "bvx1" (LZFSE block with a plain 772-byte header), "bvx2" (LZFSE block
 * with the header fields packed into three 64-bit words and the frequency
 * tables in a variable-length prefix code) — ended by "bvx$". This file
 * reads the block headers, checks them against the input and the output
 * limit, and hands the payloads to lzfse_fse.c / lzvn.c. Layouts from
 * Apple's open-source lzfse reference (lzfse_internal.h); code our own.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lzfse_priv.h"

#define V1_HEADER_SIZE   772u   /* sizeof the reference's v1 struct, incl. 2 bytes padding */
#define V2_FIXED_SIZE    32u
#define LZVN_HEADER_SIZE 12u
#define RAW_HEADER_SIZE  8u
#define LZVN_MAX_RATIO   136u   /* most output one LZVN payload byte can give (F0 xx) */

static uint32_t le32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t le64(const uint8_t *p)
{
    return (uint64_t)le32(p) | (uint64_t)le32(p + 4) << 32;
}

static uint16_t le16(const uint8_t *p)
{
    return (uint16_t)(p[0] | p[1] << 8);
}

static uint32_t field(uint64_t v, unsigned lsb, unsigned width)
{
    return (uint32_t)((v >> lsb) & ((UINT64_C(1) << width) - 1));
}

EmuErr lz_fail(const LzBlock *b, const char *fmt, ...)
{
    if (!b->err || !b->errlen)
        return EMU_ERR_FORMAT;
    int n = snprintf(b->err, b->errlen, "LZFSE block %u%s%s%s at offset 0x%zx: ", b->index,
                     b->kind ? " (" : "", b->kind ? b->kind : "", b->kind ? ")" : "",
                     b->offset);
    if (n >= 0 && (size_t)n < b->errlen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(b->err + n, b->errlen - (size_t)n, fmt, ap);
        va_end(ap);
    }
    return EMU_ERR_FORMAT;
}

EmuErr lz_reserve(LzOut *o, size_t n, const LzBlock *b)
{
    if (n > o->max - o->len) {
        lz_fail(b, "0x%zx more output bytes would pass the limit of 0x%zx", n, o->max);
        return EMU_ERR_RANGE;
    }
    size_t need = o->len + n;
    if (o->buf && need <= o->cap)
        return EMU_OK;
    size_t cap = o->cap ? o->cap : 0x10000;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    if (cap > o->max)
        cap = o->max;                   /* need <= max, checked above */
    if (cap == 0)
        cap = 1;
    uint8_t *nb = realloc(o->buf, cap);
    if (!nb) {
        lz_fail(b, "cannot allocate 0x%zx bytes of output", cap);
        return EMU_ERR_NOMEM;
    }
    o->buf = nb;
    o->cap = cap;
    return EMU_OK;
}

/* One value of the v2 frequency-table prefix code, from the low bits of
 * acc: xx0 -> 2 bits (0..1), x01 -> 3 bits (2..3), xx011 -> 5 bits (4..7),
 * xxxx0111 -> 8 bits (8..23), 10 bits + 1111 -> 14 bits (24..1047). */
static unsigned freq_code(uint32_t acc, unsigned *nbits)
{
    if (!(acc & 1)) {
        *nbits = 2;
        return acc >> 1 & 1;
    }
    if (!(acc & 2)) {
        *nbits = 3;
        return 2 + (acc >> 2 & 1);
    }
    if (!(acc & 4)) {
        *nbits = 5;
        return 4 + (acc >> 3 & 3);
    }
    if (!(acc & 8)) {
        *nbits = 8;
        return 8 + (acc >> 4 & 0xf);
    }
    *nbits = 14;
    return 24 + (acc >> 4 & 0x3ff);
}

static EmuErr parse_v2(const uint8_t *p, size_t avail, LzfseHeader *h, size_t *hsize,
                       const LzBlock *b)
{
    if (avail < V2_FIXED_SIZE)
        return lz_fail(b, "header truncated: 0x%zx bytes left, the fixed part needs 0x%x",
                       avail, V2_FIXED_SIZE);
    uint64_t v0 = le64(p + 8), v1 = le64(p + 16), v2 = le64(p + 24);
    memset(h, 0, sizeof(*h));
    h->n_raw_bytes = le32(p + 4);
    h->n_literals = field(v0, 0, 20);
    h->n_literal_payload_bytes = field(v0, 20, 20);
    h->n_matches = field(v0, 40, 20);
    h->literal_bits = (int32_t)field(v0, 60, 3) - 7;
    for (unsigned i = 0; i < 4; i++)
        h->literal_state[i] = (uint16_t)field(v1, 10 * i, 10);
    h->n_lmd_payload_bytes = field(v1, 40, 20);
    h->lmd_bits = (int32_t)field(v1, 60, 3) - 7;
    uint32_t size = field(v2, 0, 32);
    h->l_state = (uint16_t)field(v2, 32, 10);
    h->m_state = (uint16_t)field(v2, 42, 10);
    h->d_state = (uint16_t)field(v2, 52, 10);
    if (size < V2_FIXED_SIZE || size > avail)
        return lz_fail(b, "header size 0x%x (offset 0x%zx) is outside 0x%x..0x%zx", size,
                       b->offset + 24, V2_FIXED_SIZE, avail);
    *hsize = size;
    if (size == V2_FIXED_SIZE)
        return EMU_OK;                  /* tables omitted: all frequencies zero */

    size_t in = V2_FIXED_SIZE;
    uint32_t acc = 0;
    unsigned nacc = 0;
    for (unsigned i = 0; i < LZFSE_NFREQ; i++) {
        while (in < size && nacc <= 24) {
            acc |= (uint32_t)p[in++] << nacc;
            nacc += 8;
        }
        unsigned nbits;
        unsigned v = freq_code(acc, &nbits);
        if (nbits > nacc)
            return lz_fail(b, "frequency table truncated at entry %u (header ends at "
                           "offset 0x%zx)", i, b->offset + size);
        h->freq[i] = (uint16_t)v;
        acc >>= nbits;
        nacc -= nbits;
    }
    if (in != size || nacc >= 8)
        return lz_fail(b, "frequency tables end before the header size 0x%x says", size);
    return EMU_OK;
}

static EmuErr parse_v1(const uint8_t *p, size_t avail, LzfseHeader *h, size_t *hsize,
                       const LzBlock *b)
{
    if (avail < V1_HEADER_SIZE)
        return lz_fail(b, "header truncated: 0x%zx bytes left, need 0x%x", avail,
                       V1_HEADER_SIZE);
    memset(h, 0, sizeof(*h));
    h->n_raw_bytes = le32(p + 4);
    uint32_t n_payload = le32(p + 8);
    h->n_literals = le32(p + 12);
    h->n_matches = le32(p + 16);
    h->n_literal_payload_bytes = le32(p + 20);
    h->n_lmd_payload_bytes = le32(p + 24);
    h->literal_bits = (int32_t)le32(p + 28);
    for (unsigned i = 0; i < 4; i++)
        h->literal_state[i] = le16(p + 32 + 2 * i);
    h->lmd_bits = (int32_t)le32(p + 40);
    h->l_state = le16(p + 44);
    h->m_state = le16(p + 46);
    h->d_state = le16(p + 48);
    for (unsigned i = 0; i < LZFSE_NFREQ; i++)
        h->freq[i] = le16(p + 50 + 2 * i);
    if ((uint64_t)h->n_literal_payload_bytes + h->n_lmd_payload_bytes != n_payload)
        return lz_fail(b, "payload size 0x%x (offset 0x%zx) is not literal 0x%x + L/M/D "
                       "0x%x bytes", n_payload, b->offset + 8, h->n_literal_payload_bytes,
                       h->n_lmd_payload_bytes);
    *hsize = V1_HEADER_SIZE;
    return EMU_OK;
}

static EmuErr check_table(const LzfseHeader *h, unsigned first, unsigned nsyms,
                          unsigned nstates, const char *name, const LzBlock *b)
{
    uint32_t sum = 0;
    for (unsigned i = 0; i < nsyms; i++)
        sum += h->freq[first + i];
    if (sum > nstates)
        return lz_fail(b, "%s frequencies sum to %u, more than the %u states", name, sum,
                       nstates);
    return EMU_OK;
}

/* Field ranges the decoder relies on. */
static EmuErr check_header(const LzfseHeader *h, const LzBlock *b)
{
    if (h->n_literals > LZFSE_MAX_LITERALS)
        return lz_fail(b, "%u literals, more than %u", h->n_literals, LZFSE_MAX_LITERALS);
    if (h->n_matches > LZFSE_MAX_MATCHES)
        return lz_fail(b, "%u matches, more than %u", h->n_matches, LZFSE_MAX_MATCHES);
    if (h->literal_bits < -7 || h->literal_bits > 0 || h->lmd_bits < -7 || h->lmd_bits > 0)
        return lz_fail(b, "final bit counts %d/%d outside -7..0", h->literal_bits,
                       h->lmd_bits);
    for (unsigned i = 0; i < 4; i++)
        if (h->literal_state[i] >= LZFSE_LIT_STATES)
            return lz_fail(b, "literal state %u is %u, not below %u", i, h->literal_state[i],
                           LZFSE_LIT_STATES);
    if (h->l_state >= LZFSE_L_STATES || h->m_state >= LZFSE_M_STATES ||
        h->d_state >= LZFSE_D_STATES)
        return lz_fail(b, "L/M/D states %u/%u/%u out of range", h->l_state, h->m_state,
                       h->d_state);
    EmuErr e;
    if ((e = check_table(h, 0, LZFSE_L_SYMS, LZFSE_L_STATES, "L", b)) ||
        (e = check_table(h, LZFSE_L_SYMS, LZFSE_M_SYMS, LZFSE_M_STATES, "M", b)) ||
        (e = check_table(h, LZFSE_L_SYMS + LZFSE_M_SYMS, LZFSE_D_SYMS, LZFSE_D_STATES, "D",
                         b)) ||
        (e = check_table(h, LZFSE_L_SYMS + LZFSE_M_SYMS + LZFSE_D_SYMS, LZFSE_LIT_SYMS,
                         LZFSE_LIT_STATES, "literal", b)))
        return e;
    if (h->n_raw_bytes > (uint64_t)h->n_literals + (uint64_t)h->n_matches * LZFSE_MAX_M_VALUE)
        return lz_fail(b, "0x%x output bytes cannot come from %u literals and %u matches",
                       h->n_raw_bytes, h->n_literals, h->n_matches);
    return EMU_OK;
}

bool lzfse_detect(const uint8_t *data, size_t size)
{
    return size >= 4 && memcmp(data, "bvx", 3) == 0 && data[3] && strchr("-12n$", data[3]);
}

/* One block at src[pos]; *next gets the offset after it, *end is set at bvx$. */
static EmuErr decode_one(const uint8_t *src, size_t srclen, size_t pos, LzOut *o,
                         LzBlock *b, size_t *next, bool *end)
{
    const uint8_t *p = src + pos;
    size_t avail = srclen - pos;
    if (avail < 4)
        return lz_fail(b, "stream ends without an end-of-stream (bvx$) block (0x%zx bytes "
                       "left)", avail);
    if (memcmp(p, "bvx", 3) != 0)
        return lz_fail(b, "bad block magic %02x %02x %02x %02x", p[0], p[1], p[2], p[3]);
    switch (p[3]) {
    case '$':
        b->kind = "bvx$";
        *next = pos + 4;
        *end = true;
        return EMU_OK;
    case '-': {
        b->kind = "bvx-";
        if (avail < RAW_HEADER_SIZE)
            return lz_fail(b, "header truncated (0x%zx of 0x%x bytes)", avail,
                           RAW_HEADER_SIZE);
        uint32_t n = le32(p + 4);
        if (n > avail - RAW_HEADER_SIZE)
            return lz_fail(b, "0x%x stored bytes run past end of input (0x%zx left)", n,
                           avail - RAW_HEADER_SIZE);
        EmuErr e = lz_reserve(o, n, b);
        if (e)
            return e;
        memcpy(o->buf + o->len, p + RAW_HEADER_SIZE, n);
        o->len += n;
        *next = pos + RAW_HEADER_SIZE + n;
        return EMU_OK;
    }
    case 'n': {
        b->kind = "bvxn";
        if (avail < LZVN_HEADER_SIZE)
            return lz_fail(b, "header truncated (0x%zx of 0x%x bytes)", avail,
                           LZVN_HEADER_SIZE);
        uint32_t n_raw = le32(p + 4), n_payload = le32(p + 8);
        if (n_payload > avail - LZVN_HEADER_SIZE)
            return lz_fail(b, "payload of 0x%x bytes runs past end of input (0x%zx left)",
                           n_payload, avail - LZVN_HEADER_SIZE);
        if (n_raw > (uint64_t)n_payload * LZVN_MAX_RATIO)
            return lz_fail(b, "0x%x output bytes cannot come from 0x%x payload bytes", n_raw,
                           n_payload);
        EmuErr e = lz_reserve(o, n_raw, b);
        if (e)
            return e;
        *next = pos + LZVN_HEADER_SIZE + n_payload;
        return lzvn_decode_block(p + LZVN_HEADER_SIZE, n_payload, pos + LZVN_HEADER_SIZE,
                                 n_raw, o, b);
    }
    case '1':
    case '2': {
        b->kind = p[3] == '1' ? "bvx1" : "bvx2";
        LzfseHeader h;
        size_t hsize = 0;
        EmuErr e = p[3] == '1' ? parse_v1(p, avail, &h, &hsize, b)
                               : parse_v2(p, avail, &h, &hsize, b);
        if (e || (e = check_header(&h, b)))
            return e;
        uint64_t body = (uint64_t)h.n_literal_payload_bytes + h.n_lmd_payload_bytes;
        if (body > avail - hsize)
            return lz_fail(b, "payload of 0x%llx bytes after the 0x%zx-byte header runs past "
                           "end of input (0x%zx left)", (unsigned long long)body, hsize,
                           avail - hsize);
        if ((e = lz_reserve(o, h.n_raw_bytes, b)))
            return e;
        *next = pos + hsize + (size_t)body;
        return lzfse_decode_block(&h, p + hsize, pos + hsize, o, b);
    }
    default:
        return lz_fail(b, "unknown block magic \"bvx%c\"",
                       p[3] >= 0x20 && p[3] < 0x7f ? p[3] : '?');
    }
}

EmuErr lzfse_decode(const uint8_t *src, size_t srclen, size_t max_out, uint8_t **out,
                    size_t *outlen, size_t *consumed, char *err, size_t errlen)
{
    LzOut o = { NULL, 0, 0, max_out };
    size_t pos = 0;
    bool end = false;
    for (unsigned index = 0; !end; index++) {
        LzBlock b = { index, pos, NULL, err, errlen };
        size_t next = pos;
        EmuErr e = decode_one(src, srclen, pos, &o, &b, &next, &end);
        if (e) {
            free(o.buf);
            return e;
        }
        pos = next;
    }
    if (!o.buf && !(o.buf = malloc(1))) {
        snprintf(err, errlen, "LZFSE: out of memory");
        return EMU_ERR_NOMEM;
    }
    *out = o.buf;
    *outlen = o.len;
    if (consumed)
        *consumed = pos;
    return EMU_OK;
}
