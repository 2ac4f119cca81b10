/*
 * test_lzfse_assembled.c — the LZFSE stream decoder (src/loader/lzfse*.c,
 * lzvn.c) on streams assembled here: an empty stream and trailing bytes
 * after bvx$, reference blocks spliced with a stored block, a bvx1 (v1,
 * uncompressed header) stream converted from a bvx2 header, and every
 * LZVN opcode by hand with its expected output built alongside.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xnuemu/compress.h"

#include "lzfse_test.h"

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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_empty_and_trailing),
        cmocka_unit_test(test_spliced_mixed_blocks),
        cmocka_unit_test(test_bvx1_from_bvx2),
        cmocka_unit_test(test_lzvn_every_opcode),
    };
    return cmocka_run_group_tests_name("lzfse_assembled", tests, NULL, NULL);
}
