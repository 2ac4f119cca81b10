/*
 * inflate.c — DEFLATE decoding (RFC 1951) and the gzip member format
 * around it (RFC 1952), for `Image.gz` kernels and gzip'ed files handed to
 * the loaders. Written from the RFCs:
 *   - blocks: BFINAL bit, BTYPE 2 bits (0 stored, 1 fixed Huffman, 2
 *     dynamic Huffman, 3 reserved = error); stored blocks are byte-aligned
 *     LEN, NLEN (one's complement) and LEN raw bytes;
 *   - Huffman codes are canonical (§3.2.2) and packed MSB-first into an
 *     LSB-first bit stream, so a table indexed by the next bits holds the
 *     bit-reversed codes; the fixed code (§3.2.6) and the dynamic header
 *     HLIT/HDIST/HCLEN with the code-length alphabet 16/17/18 (§3.2.7);
 *   - length codes 257..285 and distance codes 0..29 with their base values
 *     and extra bits (§3.2.5); 286, 287, 30 and 31 never occur in valid data;
 *   - gzip: ID1 0x1f ID2 0x8b, CM 8, FLG (FTEXT 0, FHCRC 1, FEXTRA 2, FNAME
 *     3, FCOMMENT 4, bits 5-7 reserved and zero), MTIME, XFL, OS, then the
 *     optional fields in that order, the deflate data, CRC-32 and ISIZE
 *     (length mod 2^32), both little-endian. CRC-32 is the ISO 3309 / ITU-T
 *     V.42 polynomial, reflected (0xedb88320).
 * Every read is bounds checked; a corrupt or truncated stream is an error
 * naming the byte offset, never a crash. Only the first gzip member is
 * decoded (Linux's Image.gz has one); bytes after it are ignored.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xnuemu/compress.h"

#define MAXBITS 15
#define NLITLEN 288
#define NDIST 32

typedef struct Huff {
    uint16_t table[1u << MAXBITS];   /* next bits -> symbol << 4 | length; 0 = no code */
    unsigned bits;                   /* longest code: the table's index width */
} Huff;

typedef struct Inflate {
    const uint8_t *src;
    size_t len, pos;                 /* next byte to load into the bit buffer */
    uint64_t bitbuf;
    unsigned bitcnt;
    uint8_t *out;
    size_t n, cap, max;
    Huff lit, dist;                  /* current block's codes */
    char *err;
    size_t errlen;
} Inflate;

PRINTF_LIKE(2, 3) static EmuErr fail(Inflate *s, const char *fmt, ...)
{
    if (s->err && s->errlen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(s->err, s->errlen, fmt, ap);
        va_end(ap);
    }
    return EMU_ERR_FORMAT;
}

/* Byte offset of the next unread bit, for messages. */
static size_t where(const Inflate *s)
{
    return s->pos - s->bitcnt / 8;
}

static void refill(Inflate *s)
{
    while (s->bitcnt <= 56 && s->pos < s->len) {
        s->bitbuf |= (uint64_t)s->src[s->pos++] << s->bitcnt;
        s->bitcnt += 8;
    }
}

/* n <= 32 bits, LSB first; false when the input ends first. */
static bool getbits(Inflate *s, unsigned n, uint32_t *v)
{
    if (s->bitcnt < n)
        refill(s);
    if (s->bitcnt < n)
        return false;
    *v = (uint32_t)(s->bitbuf & ((UINT64_C(1) << n) - 1));
    s->bitbuf >>= n;
    s->bitcnt -= n;
    return true;
}

/* Build the decoding table from code lengths. Over-subscribed sets are
 * invalid; incomplete ones are accepted (a lone distance code is legal)
 * and their missing codes decode as errors. */
static bool huff_build(Huff *h, const uint8_t *lens, unsigned n)
{
    unsigned count[MAXBITS + 1] = { 0 }, next[MAXBITS + 1];
    for (unsigned i = 0; i < n; i++)
        count[lens[i]]++;
    count[0] = 0;
    int left = 1;
    h->bits = 0;
    for (unsigned l = 1; l <= MAXBITS; l++) {
        left = 2 * left - (int)count[l];
        if (left < 0)
            return false;
        if (count[l])
            h->bits = l;
    }
    if (h->bits == 0)
        h->bits = 1;          /* no codes at all: every lookup fails */
    unsigned code = 0;
    next[1] = 0;
    for (unsigned l = 1; l < MAXBITS; l++) {
        code = (code + count[l]) << 1;
        next[l + 1] = code;
    }
    memset(h->table, 0, sizeof(h->table[0]) << h->bits);
    for (unsigned sym = 0; sym < n; sym++) {
        unsigned l = lens[sym];
        if (!l)
            continue;
        unsigned c = next[l]++, rev = 0;
        for (unsigned b = 0; b < l; b++)
            rev |= ((c >> b) & 1u) << (l - 1 - b);
        for (unsigned i = rev; i < (1u << h->bits); i += 1u << l)
            h->table[i] = (uint16_t)(sym << 4 | l);
    }
    return true;
}

/* One symbol; -1 for an unassigned code or the end of the input. */
static int decode(Inflate *s, const Huff *h)
{
    if (s->bitcnt < h->bits)
        refill(s);
    uint16_t e = h->table[s->bitbuf & ((1u << h->bits) - 1)];
    unsigned l = e & 15;
    if (!l || l > s->bitcnt)
        return -1;
    s->bitbuf >>= l;
    s->bitcnt -= l;
    return e >> 4;
}

static bool reserve(Inflate *s, size_t more)
{
    if (more > s->max - s->n)
        return false;
    if (s->n + more <= s->cap)
        return true;
    size_t cap = s->cap ? s->cap : 65536;
    while (cap < s->n + more)
        cap = cap > s->max / 2 ? s->max : cap * 2;
    uint8_t *p = realloc(s->out, cap ? cap : 1);
    if (!p)
        return false;
    s->out = p;
    s->cap = cap;
    return true;
}

static EmuErr too_big(Inflate *s)
{
    return fail(s, "deflate data at byte %zu: output larger than %zu bytes (or out of memory)",
                where(s), s->max);
}

static EmuErr stored(Inflate *s)
{
    /* drop to the byte boundary, give back whole buffered bytes */
    s->bitbuf >>= s->bitcnt & 7;
    s->bitcnt &= ~7u;
    s->pos -= s->bitcnt / 8;
    s->bitbuf = 0;
    s->bitcnt = 0;
    if (s->len - s->pos < 4)
        return fail(s, "deflate stored block at byte %zu: truncated header", s->pos);
    unsigned len = s->src[s->pos] | (unsigned)s->src[s->pos + 1] << 8;
    unsigned nlen = s->src[s->pos + 2] | (unsigned)s->src[s->pos + 3] << 8;
    if (len != (~nlen & 0xffff))
        return fail(s, "deflate stored block at byte %zu: LEN 0x%04x and NLEN 0x%04x do not "
                    "match", s->pos, len, nlen);
    s->pos += 4;
    if (s->len - s->pos < len)
        return fail(s, "deflate stored block at byte %zu: %u bytes announced, %zu left",
                    s->pos, len, s->len - s->pos);
    if (!reserve(s, len))
        return too_big(s);
    memcpy(s->out + s->n, s->src + s->pos, len);
    s->n += len;
    s->pos += len;
    return EMU_OK;
}

static const uint16_t len_base[29] = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                                       35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258 };
static const uint8_t len_extra[29] = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
                                       3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0 };
static const uint16_t dist_base[30] = { 1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129,
                                        193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
                                        6145, 8193, 12289, 16385, 24577 };
static const uint8_t dist_extra[30] = { 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7,
                                        8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13 };

/* The symbols of one Huffman-coded block, up to end-of-block. */
static EmuErr codes(Inflate *s)
{
    for (;;) {
        int sym = decode(s, &s->lit);
        if (sym < 0)
            return fail(s, "deflate data at byte %zu: invalid literal/length code or "
                        "truncated input", where(s));
        if (sym < 256) {
            if (s->n == s->cap && !reserve(s, 1))
                return too_big(s);
            s->out[s->n++] = (uint8_t)sym;
            continue;
        }
        if (sym == 256)
            return EMU_OK;
        sym -= 257;
        if (sym >= 29)
            return fail(s, "deflate data at byte %zu: length code %d does not exist",
                        where(s), sym + 257);
        uint32_t extra;
        if (!getbits(s, len_extra[sym], &extra))
            return fail(s, "deflate data at byte %zu: truncated", where(s));
        size_t len = len_base[sym] + extra;
        int d = decode(s, &s->dist);
        if (d < 0 || d >= 30)
            return fail(s, "deflate data at byte %zu: invalid distance code or truncated "
                        "input", where(s));
        if (!getbits(s, dist_extra[d], &extra))
            return fail(s, "deflate data at byte %zu: truncated", where(s));
        size_t dist = dist_base[d] + extra;
        if (dist > s->n)
            return fail(s, "deflate data at byte %zu: distance %zu reaches before the start "
                        "of the output (%zu bytes)", where(s), dist, s->n);
        if (!reserve(s, len))
            return too_big(s);
        uint8_t *o = s->out + s->n;
        for (size_t i = 0; i < len; i++)   /* may overlap: byte by byte */
            o[i] = o[(ptrdiff_t)i - (ptrdiff_t)dist];
        s->n += len;
    }
}

static EmuErr fixed(Inflate *s)
{
    static Huff lit, dist;
    static bool built;
    if (!built) {
        uint8_t l[NLITLEN];
        memset(l, 8, 144);
        memset(l + 144, 9, 112);
        memset(l + 256, 7, 24);
        memset(l + 280, 8, 8);
        huff_build(&lit, l, NLITLEN);
        memset(l, 5, NDIST);
        huff_build(&dist, l, NDIST);
        built = true;
    }
    s->lit = lit;
    s->dist = dist;
    return codes(s);
}

static EmuErr dynamic(Inflate *s)
{
    static const uint8_t order[19] = { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2,
                                       14, 1, 15 };
    uint32_t hlit, hdist, hclen, v;
    if (!getbits(s, 5, &hlit) || !getbits(s, 5, &hdist) || !getbits(s, 4, &hclen))
        return fail(s, "deflate dynamic block at byte %zu: truncated header", where(s));
    hlit += 257;
    hdist += 1;
    hclen += 4;
    if (hlit > 286 || hdist > 30)
        return fail(s, "deflate dynamic block at byte %zu: HLIT %u or HDIST %u too large",
                    where(s), (unsigned)hlit, (unsigned)hdist);
    uint8_t lens[NLITLEN + NDIST] = { 0 };
    for (unsigned i = 0; i < hclen; i++) {
        if (!getbits(s, 3, &v))
            return fail(s, "deflate dynamic block at byte %zu: truncated header", where(s));
        lens[order[i]] = (uint8_t)v;
    }
    if (!huff_build(&s->lit, lens, 19))
        return fail(s, "deflate dynamic block at byte %zu: invalid code-length code",
                    where(s));
    unsigned n = 0, total = hlit + hdist;
    memset(lens, 0, sizeof(lens));
    while (n < total) {
        int sym = decode(s, &s->lit);
        if (sym < 0)
            return fail(s, "deflate dynamic block at byte %zu: invalid code length or "
                        "truncated header", where(s));
        if (sym < 16) {
            lens[n++] = (uint8_t)sym;
            continue;
        }
        unsigned rep, val = 0;
        if (sym == 16) {
            if (n == 0)
                return fail(s, "deflate dynamic block at byte %zu: repeat with no previous "
                            "length", where(s));
            val = lens[n - 1];
            if (!getbits(s, 2, &v))
                return fail(s, "deflate dynamic block at byte %zu: truncated", where(s));
            rep = 3 + v;
        } else if (sym == 17) {
            if (!getbits(s, 3, &v))
                return fail(s, "deflate dynamic block at byte %zu: truncated", where(s));
            rep = 3 + v;
        } else {
            if (!getbits(s, 7, &v))
                return fail(s, "deflate dynamic block at byte %zu: truncated", where(s));
            rep = 11 + v;
        }
        if (n + rep > total)
            return fail(s, "deflate dynamic block at byte %zu: code lengths run past "
                        "HLIT + HDIST", where(s));
        memset(lens + n, (int)val, rep);
        n += rep;
    }
    if (!lens[256])
        return fail(s, "deflate dynamic block at byte %zu: no end-of-block code", where(s));
    if (!huff_build(&s->lit, lens, hlit) || !huff_build(&s->dist, lens + hlit, hdist))
        return fail(s, "deflate dynamic block at byte %zu: over-subscribed code lengths",
                    where(s));
    return codes(s);
}

/* Decode raw deflate data from s->src at s->pos; leaves s->pos at the byte
 * after the last block. */
static EmuErr inflate_run(Inflate *s)
{
    uint32_t final, type;
    do {
        if (!getbits(s, 1, &final) || !getbits(s, 2, &type))
            return fail(s, "deflate data at byte %zu: truncated before a block header",
                        where(s));
        EmuErr e;
        switch (type) {
        case 0: e = stored(s); break;
        case 1: e = fixed(s); break;
        case 2: e = dynamic(s); break;
        default:
            return fail(s, "deflate data at byte %zu: block type 3 is reserved", where(s));
        }
        if (e != EMU_OK)
            return e;
    } while (!final);
    s->pos -= s->bitcnt / 8;      /* unread whole bytes go back */
    s->bitbuf = 0;
    s->bitcnt = 0;
    return EMU_OK;
}

static Inflate *inflate_new(const uint8_t *src, size_t len, size_t pos, size_t max,
                            size_t hint, char *err, size_t errlen)
{
    Inflate *s = calloc(1, sizeof(*s));
    if (!s)
        return NULL;
    s->src = src;
    s->len = len;
    s->pos = pos;
    s->max = max;
    s->err = err;
    s->errlen = errlen;
    if (hint && hint <= max && (s->out = malloc(hint)))
        s->cap = hint;
    return s;
}

static EmuErr finish(Inflate *s, EmuErr e, uint8_t **out, size_t *outlen)
{
    if (e == EMU_OK) {
        *out = s->out ? s->out : malloc(1);
        *outlen = s->n;
        if (!*out)
            e = EMU_ERR_NOMEM;
    } else {
        free(s->out);
    }
    free(s);
    return e;
}

EmuErr inflate_raw(const uint8_t *src, size_t srclen, size_t max_out, uint8_t **out,
                   size_t *outlen, size_t *consumed, char *err, size_t errlen)
{
    *out = NULL;
    *outlen = 0;
    Inflate *s = inflate_new(src, srclen, 0, max_out, 0, err, errlen);
    if (!s)
        return EMU_ERR_NOMEM;
    EmuErr e = inflate_run(s);
    if (consumed)
        *consumed = s->pos;
    return finish(s, e, out, outlen);
}

uint32_t crc32_ieee(uint32_t crc, const uint8_t *p, size_t n)
{
    static uint32_t table[256];
    static bool built;
    if (!built) {
        for (uint32_t i = 0; i < 256; i++) {
            uint32_t c = i;
            for (int k = 0; k < 8; k++)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        built = true;
    }
    crc = ~crc;
    while (n--)
        crc = table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
    return ~crc;
}

bool gzip_detect(const uint8_t *data, size_t size)
{
    return size >= 3 && data[0] == 0x1f && data[1] == 0x8b && data[2] == 8;
}

static uint32_t le32(const uint8_t *p)
{
    return p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* Skip a NUL-terminated header field; false if it does not end. */
static bool skip_string(const uint8_t *data, size_t size, size_t *pos)
{
    const uint8_t *z = memchr(data + *pos, 0, size - *pos);
    if (!z)
        return false;
    *pos = (size_t)(z - data) + 1;
    return true;
}

EmuErr gzip_decode(const uint8_t *data, size_t size, size_t max_out, uint8_t **out,
                   size_t *outlen, char *err, size_t errlen)
{
    *out = NULL;
    *outlen = 0;
    Inflate hdr = { .err = err, .errlen = errlen };
    if (size < 18 || !gzip_detect(data, size))
        return fail(&hdr, size < 18 ? "gzip: %zu bytes is too short for a gzip member"
                                    : "gzip: bad magic or compression method (%zu bytes)", size);
    uint8_t flg = data[3];
    if (flg & 0xe0)
        return fail(&hdr, "gzip header: reserved FLG bits set (0x%02x)", flg);
    size_t pos = 10;
    if (flg & 0x04) {                               /* FEXTRA */
        if (size - pos < 2 || size - pos - 2 < (size_t)(data[pos] | data[pos + 1] << 8))
            return fail(&hdr, "gzip header: FEXTRA at byte %zu runs past the end", pos);
        pos += 2 + (size_t)(data[pos] | data[pos + 1] << 8);
    }
    if ((flg & 0x08) && !skip_string(data, size, &pos))  /* FNAME */
        return fail(&hdr, "gzip header: file name at byte %zu does not end", pos);
    if ((flg & 0x10) && !skip_string(data, size, &pos))  /* FCOMMENT */
        return fail(&hdr, "gzip header: comment at byte %zu does not end", pos);
    if (flg & 0x02) {                               /* FHCRC */
        if (size - pos < 2)
            return fail(&hdr, "gzip header: header CRC at byte %zu missing", pos);
        uint16_t want = (uint16_t)(data[pos] | data[pos + 1] << 8);
        if ((crc32_ieee(0, data, pos) & 0xffff) != want)
            return fail(&hdr, "gzip header: header CRC 0x%04x does not match", want);
        pos += 2;
    }
    /* ISIZE (size mod 2^32 of the last member) sizes the first allocation */
    size_t hint = le32(data + size - 4);
    Inflate *s = inflate_new(data, size, pos, max_out, hint ? hint : 1, err, errlen);
    if (!s)
        return EMU_ERR_NOMEM;
    EmuErr e = inflate_run(s);
    if (e == EMU_OK) {
        if (s->len - s->pos < 8) {
            e = fail(s, "gzip: trailer at byte %zu truncated", s->pos);
        } else {
            uint32_t crc = le32(data + s->pos), isize = le32(data + s->pos + 4);
            uint32_t got = crc32_ieee(0, s->out, s->n);
            if (got != crc)
                e = fail(s, "gzip: CRC-32 0x%08x of the data does not match the trailer's "
                         "0x%08x", got, crc);
            else if (isize != (uint32_t)s->n)
                e = fail(s, "gzip: %zu bytes decoded, the trailer says %u (mod 2^32)", s->n,
                         isize);
        }
    }
    return finish(s, e, out, outlen);
}
