/*
 * test_lzfse.c — the LZFSE stream decoder (src/loader/lzfse*.c, lzvn.c)
 * on streams made by Apple's reference encoder (tests/vectors/lzfse/:
 * bvx2, bvxn, bvx-, and a two-block bvx2 stream of a 1.25 MB input that
 * this file rebuilds), on streams assembled here (bvx1 converted from a
 * bvx2 header, spliced mixed blocks, every LZVN opcode by hand), and on
 * corrupt variants: every header field perturbed, every truncation, random
 * garbage — each an error naming the block and offset, never a crash.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xnuemu/compress.h"

#define VEC SOURCE_DIR "/tests/vectors/lzfse/"
#define MAXOUT ((size_t)64 << 20)

typedef struct Buf {
    uint8_t *p;
    size_t n;
} Buf;

static Buf slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    rewind(f);
    Buf b = { malloc(n ? (size_t)n : 1), (size_t)n };
    assert_int_equal(fread(b.p, 1, b.n, f), b.n);
    fclose(f);
    return b;
}

static uint32_t le32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t le64(const uint8_t *p)
{
    return (uint64_t)le32(p) | (uint64_t)le32(p + 4) << 32;
}

static void put32(uint8_t *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> 8 * i);
}

/* Decode a copy of exactly n bytes (so ASan sees any overread). */
static EmuErr dec(const uint8_t *s, size_t n, size_t max, Buf *out, char *err, size_t errlen)
{
    uint8_t *copy = malloc(n ? n : 1);
    memcpy(copy, s, n);
    out->p = NULL;
    out->n = 0;
    EmuErr e = lzfse_decode(copy, n, max, &out->p, &out->n, NULL, err, errlen);
    free(copy);
    if (e != EMU_OK)
        assert_null(out->p);
    return e;
}

static void expect_ok(const uint8_t *s, size_t n, const uint8_t *want, size_t wn)
{
    char err[256] = "";
    Buf o;
    EmuErr e = dec(s, n, MAXOUT, &o, err, sizeof(err));
    if (e != EMU_OK)
        fail_msg("%s", err);
    assert_int_equal(o.n, wn);
    assert_memory_equal(o.p, want, wn);
    free(o.p);
}

/* True if decoding fails or gives something other than want. */
static bool broken(const uint8_t *s, size_t n, const uint8_t *want, size_t wn, char *err,
                   size_t errlen)
{
    Buf o;
    err[0] = 0;
    if (dec(s, n, MAXOUT, &o, err, errlen) != EMU_OK)
        return true;
    bool differs = o.n != wn || memcmp(o.p, want, wn) != 0;
    free(o.p);
    return differs;
}

static void check_vector(const char *stem, const char *plain, const char *magic)
{
    char a[256], b[256];
    snprintf(a, sizeof(a), VEC "%s.lzfse", stem);
    snprintf(b, sizeof(b), VEC "%s", plain);
    Buf z = slurp(a), p = slurp(b);
    assert_memory_equal(z.p, magic, 4);                   /* the vector is what we think */
    assert_memory_equal(z.p + z.n - 4, "bvx$", 4);
    assert_true(lzfse_detect(z.p, z.n));
    expect_ok(z.p, z.n, p.p, p.n);
    size_t used = 0;
    Buf o;
    char err[256];
    assert_int_equal(lzfse_decode(z.p, z.n, MAXOUT, &o.p, &o.n, &used, err, sizeof(err)),
                     EMU_OK);
    assert_int_equal(used, z.n);
    free(o.p);
    free(z.p);
    free(p.p);
}

static void test_vector_bvx2(void **state)
{
    (void)state;
    check_vector("text", "text.txt", "bvx2");
}

static void test_vector_bvxn_lzvn(void **state)
{
    (void)state;
    check_vector("small", "small.txt", "bvxn");
}

static void test_vector_bvx_stored(void **state)
{
    (void)state;
    check_vector("random", "random.bin", "bvx-");
}

/* tests/vectors/lzfse/gen.py multi(): 128-byte records of a Gray code. */
static Buf multi_plain(void)
{
    static const char pat[] = "-xnuemu lzfse multi-block vector-";
    const size_t n = 1250000, rec = 128, plen = sizeof(pat) - 1;
    Buf b = { malloc(n + rec), n };
    size_t o = 0;
    for (uint32_t i = 0; o < n; i++) {
        uint32_t g = i ^ i >> 1;
        for (unsigned k = 0; k < 20; k++)
            b.p[o++] = (uint8_t)(0x41 + (g >> k & 1));
        for (size_t k = 0; k < rec - 21; k++)
            b.p[o++] = (uint8_t)pat[k % plen];
        b.p[o++] = '\n';
    }
    return b;
}

/* Offset of the block after the bvx2 block at off (from its own header). */
static size_t next_v2(const uint8_t *p, size_t off)
{
    uint64_t v0 = le64(p + off + 8), v1 = le64(p + off + 16), v2 = le64(p + off + 24);
    return off + (uint32_t)v2 + (size_t)(v0 >> 20 & 0xfffff) + (size_t)(v1 >> 40 & 0xfffff);
}

static void test_vector_multi_block(void **state)
{
    (void)state;
    Buf z = slurp(VEC "multi.lzfse"), p = multi_plain();
    size_t b1 = next_v2(z.p, 0);
    assert_memory_equal(z.p, "bvx2", 4);
    assert_memory_equal(z.p + b1, "bvx2", 4);
    assert_memory_equal(z.p + next_v2(z.p, b1), "bvx$", 4);
    expect_ok(z.p, z.n, p.p, p.n);
    /* the output limit is enforced across blocks */
    char err[256];
    Buf o;
    assert_int_equal(dec(z.p, z.n, p.n - 1, &o, err, sizeof(err)), EMU_ERR_RANGE);
    assert_non_null(strstr(err, "LZFSE block 1 (bvx2) at offset"));
    assert_non_null(strstr(err, "limit of 0x1312cf"));
    /* truncations at a stride and around the block boundary */
    for (size_t k = 0; k < z.n; k += (k > b1 - 40 && k < b1 + 80) ? 1 : 61)
        assert_int_equal(dec(z.p, k, MAXOUT, &o, err, sizeof(err)), EMU_ERR_FORMAT);
    free(z.p);
    free(p.p);
}

static void test_empty_and_trailing(void **state)
{
    (void)state;
    char err[256];
    Buf o;
    size_t used;
    static const uint8_t s[] = "bvx$trailing garbage";
    assert_int_equal(lzfse_decode(s, sizeof(s), 100, &o.p, &o.n, &used, err, sizeof(err)),
                     EMU_OK);
    assert_int_equal(o.n, 0);
    assert_int_equal(used, 4);
    free(o.p);
    static const uint8_t raw[] = { 'b', 'v', 'x', '-', 0, 0, 0, 0,
                                   'b', 'v', 'x', '-', 3, 0, 0, 0, 'a', 'b', 'c',
                                   'b', 'v', 'x', '$' };
    expect_ok(raw, sizeof(raw), (const uint8_t *)"abc", 3);
    assert_int_equal(dec(s, 0, 100, &o, err, sizeof(err)), EMU_ERR_FORMAT);
    assert_string_equal(err, "LZFSE block 0 at offset 0x0: stream ends without an "
                             "end-of-stream (bvx$) block (0x0 bytes left)");
    assert_int_equal(dec((const uint8_t *)"bvx3", 4, 100, &o, err, sizeof(err)),
                     EMU_ERR_FORMAT);
    assert_non_null(strstr(err, "unknown block magic \"bvx3\""));
}

/* Blocks of three encoder runs, their bvx$ dropped, then a stored block. */
static void test_spliced_mixed_blocks(void **state)
{
    (void)state;
    const char *stems[] = { "text", "small", "random" }, *plains[] = { "text.txt", "small.txt",
                                                                       "random.bin" };
    uint8_t *s = malloc(1 << 16), *want = malloc(1 << 16);
    size_t n = 0, wn = 0;
    for (int i = 0; i < 3; i++) {
        char a[256], b[256];
        snprintf(a, sizeof(a), VEC "%s.lzfse", stems[i]);
        snprintf(b, sizeof(b), VEC "%s", plains[i]);
        Buf z = slurp(a), p = slurp(b);
        memcpy(s + n, z.p, z.n - 4);
        n += z.n - 4;
        memcpy(want + wn, p.p, p.n);
        wn += p.n;
        free(z.p);
        free(p.p);
    }
    memcpy(s + n, "bvx-\x05\0\0\0hello" "bvx$", 17);
    n += 17;
    memcpy(want + wn, "hello", 5);
    expect_ok(s, n, want, wn + 5);
    free(s);
    free(want);
}

/* The v2 header's frequency code read one bit at a time (test's own). */
typedef struct Bits {
    const uint8_t *p;
    size_t bit;
} Bits;

static unsigned getbits(Bits *b, unsigned n)
{
    unsigned v = 0;
    for (unsigned i = 0; i < n; i++, b->bit++)
        v |= (unsigned)(b->p[b->bit / 8] >> (b->bit % 8) & 1) << i;
    return v;
}

static unsigned freq_value(Bits *b)
{
    if (!getbits(b, 1))
        return getbits(b, 1);
    if (!getbits(b, 1))
        return 2 + getbits(b, 1);
    if (!getbits(b, 1))
        return 4 + getbits(b, 2);
    if (!getbits(b, 1))
        return 8 + getbits(b, 4);
    return 24 + getbits(b, 10);
}

/* Rewrite text.lzfse's single bvx2 block as bvx1 (772-byte plain header). */
static Buf to_v1(const Buf *z)
{
    const uint8_t *p = z->p;
    uint64_t v0 = le64(p + 8), v1 = le64(p + 16), v2 = le64(p + 24);
    uint32_t hsize = (uint32_t)v2;
    uint32_t nlp = v0 >> 20 & 0xfffff, nmp = v1 >> 40 & 0xfffff;
    size_t body = (size_t)nlp + nmp;
    Buf o = { calloc(1, 772 + body + 4), 772 + body + 4 };
    uint8_t *h = o.p;
    memcpy(h, "bvx1", 4);
    put32(h + 4, le32(p + 4));
    put32(h + 8, (uint32_t)body);
    put32(h + 12, v0 & 0xfffff);
    put32(h + 16, v0 >> 40 & 0xfffff);
    put32(h + 20, nlp);
    put32(h + 24, nmp);
    put32(h + 28, (uint32_t)((int32_t)(v0 >> 60 & 7) - 7));
    for (int i = 0; i < 4; i++) {
        unsigned st = v1 >> (10 * i) & 0x3ff;
        h[32 + 2 * i] = (uint8_t)st;
        h[33 + 2 * i] = (uint8_t)(st >> 8);
    }
    put32(h + 40, (uint32_t)((int32_t)(v1 >> 60 & 7) - 7));
    for (int i = 0; i < 3; i++) {
        unsigned st = v2 >> (32 + 10 * i) & 0x3ff;
        h[44 + 2 * i] = (uint8_t)st;
        h[45 + 2 * i] = (uint8_t)(st >> 8);
    }
    Bits b = { p + 32, 0 };
    for (int i = 0; i < 360; i++) {
        unsigned f = freq_value(&b);
        h[50 + 2 * i] = (uint8_t)f;
        h[51 + 2 * i] = (uint8_t)(f >> 8);
    }
    assert_true(b.bit <= (hsize - 32) * 8u && b.bit + 8 > (hsize - 32) * 8u);
    memcpy(h + 772, p + hsize, body);
    memcpy(h + 772 + body, "bvx$", 4);
    return o;
}

static void test_bvx1_from_bvx2(void **state)
{
    (void)state;
    Buf z = slurp(VEC "text.lzfse"), p = slurp(VEC "text.txt");
    Buf v1 = to_v1(&z);
    expect_ok(v1.p, v1.n, p.p, p.n);
    char err[256];
    Buf o;
    v1.p[8]++;                                       /* n_payload_bytes disagrees */
    assert_int_equal(dec(v1.p, v1.n, MAXOUT, &o, err, sizeof(err)), EMU_ERR_FORMAT);
    assert_non_null(strstr(err, "LZFSE block 0 (bvx1) at offset 0x0: payload size"));
    v1.p[8]--;
    uint8_t save[4];
    memcpy(save, v1.p + 28, 4);
    put32(v1.p + 28, 1);                             /* literal_bits must be -7..0 */
    assert_int_equal(dec(v1.p, v1.n, MAXOUT, &o, err, sizeof(err)), EMU_ERR_FORMAT);
    assert_non_null(strstr(err, "final bit counts"));
    memcpy(v1.p + 28, save, 4);
    v1.p[51] ^= 1;                                   /* L frequencies sum past 64 */
    assert_int_equal(dec(v1.p, v1.n, MAXOUT, &o, err, sizeof(err)), EMU_ERR_FORMAT);
    assert_non_null(strstr(err, "L frequencies sum to"));
    v1.p[51] ^= 1;
    expect_ok(v1.p, v1.n, p.p, p.n);
    for (size_t k = 0; k < v1.n; k += 3)
        assert_int_equal(dec(v1.p, k, MAXOUT, &o, err, sizeof(err)), EMU_ERR_FORMAT);
    free(v1.p);
    free(z.p);
    free(p.p);
}

/* Every prefix of every small vector is an error, never a crash. */
static void test_truncated_every_offset(void **state)
{
    (void)state;
    const char *stems[] = { "text", "small", "random" };
    for (int i = 0; i < 3; i++) {
        char a[256], err[256];
        snprintf(a, sizeof(a), VEC "%s.lzfse", stems[i]);
        Buf z = slurp(a), o;
        for (size_t k = 0; k < z.n; k++) {
            assert_int_equal(dec(z.p, k, MAXOUT, &o, err, sizeof(err)), EMU_ERR_FORMAT);
            assert_non_null(strstr(err, "LZFSE block "));
        }
        free(z.p);
    }
}

typedef struct Perturb {
    const char *field;
    size_t off;          /* byte offset in the block */
    unsigned bit;        /* bit flipped within the little-endian u64/u32 there */
    bool must_error;     /* else: error or different output */
} Perturb;

/* Each bvx2 header field, flipped in its low and high bits. */
static void test_bvx2_header_fields_perturbed(void **state)
{
    (void)state;
    static const Perturb f[] = {
        { "magic", 0, 0, true },           { "magic", 3, 3, true },
        { "n_raw_bytes", 4, 0, true },     { "n_raw_bytes", 4, 13, true },
        { "n_literals", 8, 2, true },      { "n_literals", 8, 19, true },
        { "n_literal_payload", 8, 20, true }, { "n_literal_payload", 8, 39, true },
        { "n_matches", 8, 40, true },      { "n_matches", 8, 59, true },
        { "literal_bits", 8, 60, false },  { "literal_bits", 8, 62, false },
        { "literal_state0", 16, 0, false }, { "literal_state3", 16, 39, false },
        { "n_lmd_payload", 16, 40, true }, { "n_lmd_payload", 16, 59, true },
        { "lmd_bits", 16, 60, false },     { "lmd_bits", 16, 62, false },
        { "header_size", 24, 0, true },    { "header_size", 24, 31, true },
        { "l_state", 24, 32, false },      { "m_state", 24, 42, false },
        { "d_state", 24, 52, false },      { "d_state", 24, 61, false },
    };
    Buf z = slurp(VEC "text.lzfse"), p = slurp(VEC "text.txt");
    char err[256];
    for (size_t i = 0; i < ARRAY_SIZE(f); i++) {
        uint8_t *c = z.p + f[i].off + f[i].bit / 8;
        *c ^= (uint8_t)(1u << (f[i].bit % 8));
        bool bad = broken(z.p, z.n, p.p, p.n, err, sizeof(err));
        if (!bad)
            fail_msg("%s bit %u: no error and the same output", f[i].field, f[i].bit);
        if (f[i].must_error && !strstr(err, "LZFSE block "))
            fail_msg("%s bit %u: decoded without an error", f[i].field, f[i].bit);
        *c ^= (uint8_t)(1u << (f[i].bit % 8));
    }
    /* every bit of the header and frequency tables: never a crash */
    uint32_t hsize = le32(z.p + 24);
    for (size_t bit = 0; bit < hsize * 8u; bit++) {
        z.p[bit / 8] ^= (uint8_t)(1u << bit % 8);
        (void)broken(z.p, z.n, p.p, p.n, err, sizeof(err));
        z.p[bit / 8] ^= (uint8_t)(1u << bit % 8);
    }
    free(z.p);
    free(p.p);
}

static void test_bvxn_and_stored_headers_perturbed(void **state)
{
    (void)state;
    const char *stems[] = { "small", "random" };
    for (int i = 0; i < 2; i++) {
        char a[256], b[256], err[256];
        snprintf(a, sizeof(a), VEC "%s.lzfse", stems[i]);
        snprintf(b, sizeof(b), VEC "%s", i ? "random.bin" : "small.txt");
        Buf z = slurp(a), p = slurp(b);
        size_t hdr = i ? 8 : 12;
        for (size_t off = 4; off < hdr; off += 4) {
            static const int32_t delta[] = { 1, -1, 0x100, 0x1000000 };
            for (size_t d = 0; d < ARRAY_SIZE(delta); d++) {
                uint32_t v = le32(z.p + off);
                put32(z.p + off, v + (uint32_t)delta[d]);
                assert_true(broken(z.p, z.n, p.p, p.n, err, sizeof(err)));
                assert_non_null(strstr(err, "LZFSE block "));
                put32(z.p + off, v);
            }
        }
        free(z.p);
        free(p.p);
    }
}

/* LZVN opcodes assembled by hand; the expected output is built alongside. */
typedef struct Asm {
    uint8_t s[512], want[512];
    size_t n, wn, dist;
} Asm;

static void a_bytes(Asm *a, const void *b, size_t n)
{
    memcpy(a->s + a->n, b, n);
    a->n += n;
}

static void a_lit(Asm *a, const char *lit, size_t n)
{
    a_bytes(a, lit, n);
    memcpy(a->want + a->wn, lit, n);
    a->wn += n;
}

static void a_match(Asm *a, size_t dist, size_t m)
{
    for (size_t i = 0; i < m; i++, a->wn++)
        a->want[a->wn] = a->want[a->wn - dist];
}

static Buf lzvn_stream(const Asm *a, size_t n_raw)
{
    Buf o = { malloc(12 + a->n + 4), 12 + a->n + 4 };
    memcpy(o.p, "bvxn", 4);
    put32(o.p + 4, (uint32_t)n_raw);
    put32(o.p + 8, (uint32_t)a->n);
    memcpy(o.p + 12, a->s, a->n);
    memcpy(o.p + 12 + a->n, "bvx$", 4);
    return o;
}

static void test_lzvn_every_opcode(void **state)
{
    (void)state;
    static const uint8_t eos[8] = { 0x06 };
    Asm a = { .n = 0 };
    a_bytes(&a, "\xe5", 1);  a_lit(&a, "hello", 5);                /* small literal */
    a_bytes(&a, "\x40\x05", 2); a_lit(&a, "X", 1); a_match(&a, 5, 3);  /* small dist */
    a_bytes(&a, "\x46", 1);  a_lit(&a, "Y", 1); a_match(&a, 5, 3);   /* previous dist */
    a_bytes(&a, "\x17\x03\x00", 3); a_match(&a, 3, 5);              /* large dist */
    a_bytes(&a, "\xb1\x24\x00", 3); a_lit(&a, "ZZ", 2); a_match(&a, 9, 7); /* medium */
    a_bytes(&a, "\xf3", 1);  a_match(&a, 9, 3);                     /* small match */
    a_bytes(&a, "\xf0\x04", 2); a_match(&a, 9, 20);                 /* large match */
    a_bytes(&a, "\x0e\x16", 2);                                     /* nops */
    a_bytes(&a, "\xe0\x01", 2); a_lit(&a, "0123456789abcdefg", 17); /* large literal */
    a_bytes(&a, "\xc8\x02", 2); a_lit(&a, "uvw", 3); a_match(&a, 2, 4); /* L=3 small */
    a_bytes(&a, eos, 8);
    Buf s = lzvn_stream(&a, a.wn);
    expect_ok(s.p, s.n, a.want, a.wn);
    free(s.p);

    char err[256];
    Buf o;
    static const struct { const char *code; size_t len; const char *msg; } bad[] = {
        { "\xe1q\x70", 3, "opcode 0x70 at offset 0xe is undefined" },
        { "\xe1q\xd5", 3, "opcode 0xd5 at offset 0xe is undefined" },
        { "\xe1q\x1e", 3, "opcode 0x1e at offset 0xe is undefined" },
        { "\xe1q\x00\x00", 4, "distance 0 at output 0x1" },
        { "\xe1q\x00\x02", 4, "distance 2 at output 0x1" },
        { "\xe1q\xf3", 3, "distance 0 at output 0x1" },            /* no distance yet */
        { "\xe1q\xe4" "ab", 5, "is cut off" },
        { "\xe1q", 2, "without an end-of-stream opcode" },
    };
    for (size_t i = 0; i < ARRAY_SIZE(bad); i++) {
        Asm b = { .n = 0 };
        a_bytes(&b, bad[i].code, bad[i].len);
        Buf t = lzvn_stream(&b, 64);
        assert_int_equal(dec(t.p, t.n, MAXOUT, &o, err, sizeof(err)), EMU_ERR_FORMAT);
        if (!strstr(err, bad[i].msg))
            fail_msg("case %zu: \"%s\"", i, err);
        free(t.p);
    }
    /* eos too early (output short) and payload bytes after eos */
    Asm c = { .n = 0 };
    a_bytes(&c, "\xe1q", 2);
    a_bytes(&c, eos, 8);
    Buf t = lzvn_stream(&c, 2);
    assert_int_equal(dec(t.p, t.n, MAXOUT, &o, err, sizeof(err)), EMU_ERR_FORMAT);
    assert_non_null(strstr(err, "0x1 output bytes still expected"));
    free(t.p);
    a_bytes(&c, "\x0e", 1);
    t = lzvn_stream(&c, 1);
    assert_int_equal(dec(t.p, t.n, MAXOUT, &o, err, sizeof(err)), EMU_ERR_FORMAT);
    assert_non_null(strstr(err, "with 0x1 payload bytes"));
    free(t.p);
}

/* Random bodies behind each block magic: errors, never crashes. */
static void test_random_garbage(void **state)
{
    (void)state;
    static const char *magics[] = { "bvx1", "bvx2", "bvxn", "bvx-" };
    uint32_t s = 1234;
    char err[256];
    uint8_t *buf = malloc(2048);
    for (int round = 0; round < 4000; round++) {
        size_t n = 4 + (s = s * 1103515245u + 12345u) % 1200;
        memcpy(buf, magics[round % 4], 4);
        for (size_t i = 4; i < n; i++)
            buf[i] = (uint8_t)((s = s * 1103515245u + 12345u) >> 16);
        if (round % 3 == 0 && n > 40)             /* plausible small sizes */
            for (size_t i = 4; i < 32; i += 4)
                buf[i + 2] = buf[i + 3] = 0;
        Buf o;
        EmuErr e = dec(buf, n, 1 << 20, &o, err, sizeof(err));
        assert_true(e == EMU_ERR_FORMAT || e == EMU_ERR_RANGE || e == EMU_OK);
        free(o.p);
    }
    free(buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_vector_bvx2),
        cmocka_unit_test(test_vector_bvxn_lzvn),
        cmocka_unit_test(test_vector_bvx_stored),
        cmocka_unit_test(test_vector_multi_block),
        cmocka_unit_test(test_empty_and_trailing),
        cmocka_unit_test(test_spliced_mixed_blocks),
        cmocka_unit_test(test_bvx1_from_bvx2),
        cmocka_unit_test(test_truncated_every_offset),
        cmocka_unit_test(test_bvx2_header_fields_perturbed),
        cmocka_unit_test(test_bvxn_and_stored_headers_perturbed),
        cmocka_unit_test(test_lzvn_every_opcode),
        cmocka_unit_test(test_random_garbage),
    };
    return cmocka_run_group_tests_name("lzfse", tests, NULL, NULL);
}
