/*
 * lzss.c — classic LZSS (H. Okumura, "LZSS.C", 1989: N = 4096-byte ring
 * buffer pre-filled with spaces, F = 18-byte longest match, THRESHOLD = 2,
 * a flag byte per eight items read LSB first, 1 = literal, 0 = 12-bit ring
 * position + 4-bit length) and Apple's "complzss" container around it (a
 * 0x180-byte big-endian header: "comp", "lzss", Adler-32 of the output,
 * uncompressed size, compressed size, padding), as found in kernelcaches.
 * Adler-32 is RFC 1950 §9.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xnuemu/compress.h"

#define RING_N    4096u
#define MATCH_MAX 18u          /* F */
#define THRESHOLD 2u           /* a match is longer than this */
#define MATCH_MIN (THRESHOLD + 1)
#define RING_START (RING_N - MATCH_MAX)   /* r at start; also the window */

#define HASH_BITS 13
#define CHAIN_MAX 64

PRINTF_LIKE(3, 4) static EmuErr fail(char *err, size_t errlen, const char *fmt, ...)
{
    if (err && errlen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, errlen, fmt, ap);
        va_end(ap);
    }
    return EMU_ERR_FORMAT;
}

static uint32_t be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static void put_be32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 24);
    p[1] = (uint8_t)(v >> 16);
    p[2] = (uint8_t)(v >> 8);
    p[3] = (uint8_t)v;
}

uint32_t lzss_adler32(uint32_t adler, const uint8_t *p, size_t n)
{
    enum { MOD = 65521, NMAX = 5552 };   /* NMAX: largest run without overflow */
    uint32_t a = adler & 0xffff, b = adler >> 16;
    while (n) {
        size_t k = n < NMAX ? n : NMAX;
        n -= k;
        while (k--) {
            a += *p++;
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    return b << 16 | a;
}

EmuErr lzss_decompress(const uint8_t *src, size_t srclen, uint8_t *dst, size_t dstcap,
                       size_t *dstlen, char *err, size_t errlen)
{
    uint8_t ring[RING_N];
    memset(ring, ' ', RING_START);
    memset(ring + RING_START, 0, RING_N - RING_START);
    unsigned r = RING_START;
    size_t in = 0, out = 0;
    unsigned flags = 0;

    for (;;) {
        flags >>= 1;
        if (!(flags & 0x100)) {           /* eight items used: next flag byte */
            if (in >= srclen)
                break;
            flags = src[in++] | 0xff00u;
        }
        if (flags & 1) {
            if (in >= srclen)
                break;
            if (out >= dstcap)
                return fail(err, errlen, "LZSS: literal at input offset 0x%zx: output passes "
                            "the expected 0x%zx bytes", in, dstcap);
            uint8_t c = src[in++];
            dst[out++] = c;
            ring[r] = c;
            r = (r + 1) & (RING_N - 1);
            continue;
        }
        if (in >= srclen)
            break;
        if (srclen - in < 2)
            return fail(err, errlen, "LZSS: match at input offset 0x%zx: truncated "
                        "(1 of 2 bytes)", in);
        unsigned pos = src[in] | (src[in + 1] & 0xf0u) << 4;
        unsigned len = (src[in + 1] & 0x0fu) + MATCH_MIN;
        if (len > dstcap - out)
            return fail(err, errlen, "LZSS: match at input offset 0x%zx: %u bytes at output "
                        "0x%zx pass the expected 0x%zx bytes", in, len, out, dstcap);
        in += 2;
        for (unsigned k = 0; k < len; k++) {
            uint8_t c = ring[(pos + k) & (RING_N - 1)];
            dst[out++] = c;
            ring[r] = c;
            r = (r + 1) & (RING_N - 1);
        }
    }
    *dstlen = out;
    return EMU_OK;
}

static unsigned hash3(const uint8_t *p)
{
    uint32_t v = (uint32_t)p[0] << 16 | (uint32_t)p[1] << 8 | p[2];
    return (v * 2654435761u) >> (32 - HASH_BITS);
}

/* Longest earlier match (distance <= RING_START) for src[pos..]. */
static unsigned find_match(const uint8_t *src, size_t n, size_t pos, const int32_t *head,
                           const int32_t *prev, size_t *dist)
{
    unsigned best = 0;
    size_t avail = n - pos < MATCH_MAX ? n - pos : MATCH_MAX;
    if (avail < MATCH_MIN)
        return 0;
    int32_t cand = head[hash3(src + pos)];
    for (int chain = 0; cand >= 0 && chain < CHAIN_MAX; chain++) {
        size_t c = (size_t)cand;
        if (c >= pos || pos - c > RING_START)
            break;
        unsigned len = 0;
        while (len < avail && src[c + len] == src[pos + len])
            len++;
        if (len > best) {
            best = len;
            *dist = pos - c;
            if (len == avail)
                break;
        }
        int32_t next = prev[c & (RING_N - 1)];
        if (next >= cand)
            break;
        cand = next;
    }
    return best >= MATCH_MIN ? best : 0;
}

EmuErr lzss_compress(const uint8_t *src, size_t srclen, uint8_t **out, size_t *outlen,
                     char *err, size_t errlen)
{
    if (srclen > INT32_MAX) {
        snprintf(err, errlen, "LZSS: cannot compress 0x%zx bytes (more than 2 GiB)", srclen);
        return EMU_ERR_RANGE;
    }
    size_t cap = srclen + srclen / 8 + 2;
    uint8_t *dst = malloc(cap);
    int32_t *head = malloc(sizeof(int32_t) << HASH_BITS);
    int32_t *prev = malloc(sizeof(int32_t) * RING_N);
    if (!dst || !head || !prev) {
        free(dst);
        free(head);
        free(prev);
        snprintf(err, errlen, "LZSS: out of memory compressing 0x%zx bytes", srclen);
        return EMU_ERR_NOMEM;
    }
    memset(head, 0xff, sizeof(int32_t) << HASH_BITS);
    memset(prev, 0xff, sizeof(int32_t) * RING_N);

    size_t o = 0, flag_at = 0;
    unsigned nitems = 8;
    for (size_t pos = 0; pos < srclen;) {
        if (nitems == 8) {
            flag_at = o++;
            dst[flag_at] = 0;
            nitems = 0;
        }
        size_t dist = 0;
        unsigned len = find_match(src, srclen, pos, head, prev, &dist);
        if (len) {
            unsigned ring_pos = (unsigned)(RING_START + pos - dist) & (RING_N - 1);
            dst[o++] = (uint8_t)ring_pos;
            dst[o++] = (uint8_t)((ring_pos >> 4 & 0xf0u) | (len - MATCH_MIN));
        } else {
            len = 1;
            dst[flag_at] |= (uint8_t)(1u << nitems);
            dst[o++] = src[pos];
        }
        nitems++;
        for (unsigned k = 0; k < len; k++, pos++) {
            if (srclen - pos >= MATCH_MIN) {
                unsigned h = hash3(src + pos);
                prev[pos & (RING_N - 1)] = head[h];
                head[h] = (int32_t)pos;
            }
        }
    }
    free(head);
    free(prev);
    *out = dst;
    *outlen = o;
    return EMU_OK;
}

bool complzss_detect(const uint8_t *data, size_t size)
{
    return size >= 8 && memcmp(data, "complzss", 8) == 0;
}

EmuErr complzss_decode(const uint8_t *data, size_t size, size_t max_out, uint8_t **out,
                       size_t *outlen, char *err, size_t errlen)
{
    if (size < COMPLZSS_HEADER_SIZE)
        return fail(err, errlen, "complzss: header truncated: input is 0x%zx bytes, the "
                    "header needs 0x%x", size, COMPLZSS_HEADER_SIZE);
    if (!complzss_detect(data, size))
        return fail(err, errlen, "complzss: bad magic at offset 0x0 (want \"complzss\")");
    uint32_t sum = be32(data + 8);
    uint32_t usize = be32(data + 12);
    uint32_t csize = be32(data + 16);
    if (csize > size - COMPLZSS_HEADER_SIZE)
        return fail(err, errlen, "complzss: compressed size 0x%x at offset 0x10 runs past end "
                    "of input (0x%zx bytes after the header)", csize,
                    size - COMPLZSS_HEADER_SIZE);
    if (usize > max_out) {
        snprintf(err, errlen, "complzss: uncompressed size 0x%x at offset 0xc exceeds the "
                 "limit 0x%zx", usize, max_out);
        return EMU_ERR_RANGE;
    }
    uint8_t *buf = malloc(usize ? usize : 1);
    if (!buf) {
        snprintf(err, errlen, "complzss: cannot allocate 0x%x bytes", usize);
        return EMU_ERR_NOMEM;
    }
    size_t got = 0;
    char sub[160];
    if (lzss_decompress(data + COMPLZSS_HEADER_SIZE, csize, buf, usize, &got, sub,
                        sizeof(sub)) != EMU_OK) {
        free(buf);
        return fail(err, errlen, "complzss: data at offset 0x%x: %s", COMPLZSS_HEADER_SIZE,
                    sub);
    }
    if (got != usize) {
        free(buf);
        return fail(err, errlen, "complzss: data decodes to 0x%zx bytes but the header "
                    "(offset 0xc) says 0x%x", got, usize);
    }
    uint32_t have = lzss_adler32(1, buf, got);
    if (have != sum) {
        free(buf);
        return fail(err, errlen, "complzss: adler32 of the output is 0x%08x but the header "
                    "(offset 0x8) says 0x%08x", have, sum);
    }
    *out = buf;
    *outlen = got;
    return EMU_OK;
}

EmuErr complzss_encode(const uint8_t *src, size_t srclen, uint8_t **out, size_t *outlen,
                       char *err, size_t errlen)
{
    if (srclen > UINT32_MAX) {
        snprintf(err, errlen, "complzss: input of 0x%zx bytes does not fit a 32-bit size",
                 srclen);
        return EMU_ERR_RANGE;
    }
    uint8_t *body;
    size_t blen;
    EmuErr e = lzss_compress(src, srclen, &body, &blen, err, errlen);
    if (e != EMU_OK)
        return e;
    uint8_t *buf = calloc(1, COMPLZSS_HEADER_SIZE + blen);
    if (!buf) {
        free(body);
        snprintf(err, errlen, "complzss: out of memory");
        return EMU_ERR_NOMEM;
    }
    memcpy(buf, "complzss", 8);
    put_be32(buf + 8, lzss_adler32(1, src, srclen));
    put_be32(buf + 12, (uint32_t)srclen);
    put_be32(buf + 16, (uint32_t)blen);
    memcpy(buf + COMPLZSS_HEADER_SIZE, body, blen);
    free(body);
    *out = buf;
    *outlen = COMPLZSS_HEADER_SIZE + blen;
    return EMU_OK;
}
