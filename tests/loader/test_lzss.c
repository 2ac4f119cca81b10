/*
 * test_lzss.c — LZSS and the complzss container (src/loader/lzss.c):
 * round trips of varied data through lzss_compress/lzss_decompress and
 * complzss_encode/complzss_decode, hand-made streams that use the ring's
 * initial spaces, Adler-32 known answers, and broken containers (wrong
 * checksum, lying sizes, truncated header or data, bad magic, garbage):
 * each is an error with a message naming the field, never a crash.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xnuemu/compress.h"

static uint32_t rng(uint32_t *s)
{
    *s = *s * 1103515245u + 12345u;
    return *s >> 16;
}

static void put_be32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 24);
    p[1] = (uint8_t)(v >> 16);
    p[2] = (uint8_t)(v >> 8);
    p[3] = (uint8_t)v;
}

/* Raw and complzss round trips; returns the raw compressed size. */
static size_t roundtrip(const uint8_t *data, size_t n)
{
    char err[256] = "";
    uint8_t *c, *d;
    size_t clen, dlen;
    assert_int_equal(lzss_compress(data, n, &c, &clen, err, sizeof(err)), EMU_OK);
    d = malloc(n + 1);
    assert_non_null(d);
    assert_int_equal(lzss_decompress(c, clen, d, n, &dlen, err, sizeof(err)), EMU_OK);
    assert_int_equal(dlen, n);
    assert_memory_equal(d, data, n);
    free(d);
    free(c);

    assert_int_equal(complzss_encode(data, n, &c, &clen, err, sizeof(err)), EMU_OK);
    assert_true(complzss_detect(c, clen));
    assert_int_equal(complzss_decode(c, clen, n, &d, &dlen, err, sizeof(err)), EMU_OK);
    assert_int_equal(dlen, n);
    assert_memory_equal(d, data, n);
    free(d);
    free(c);
    return clen - COMPLZSS_HEADER_SIZE;
}

static void test_roundtrip_empty_and_one_byte(void **state)
{
    (void)state;
    static const uint8_t one[1] = { 0x5a };
    assert_int_equal(roundtrip(one, 0), 0);
    assert_int_equal(roundtrip(one, 1), 2);        /* flag byte + literal */
}

static void test_roundtrip_all_same(void **state)
{
    (void)state;
    size_t n = 100000;
    uint8_t *b = malloc(n);
    memset(b, 0xaa, n);
    size_t c = roundtrip(b, n);
    assert_true(c < n / 8);                        /* 18 bytes per 2-byte match */
    memset(b, ' ', n);                             /* the ring's own fill byte */
    roundtrip(b, n);
    free(b);
}

static void test_roundtrip_random(void **state)
{
    (void)state;
    size_t n = 65536;
    uint8_t *b = malloc(n);
    uint32_t s = 42;
    for (size_t i = 0; i < n; i++)
        b[i] = (uint8_t)rng(&s);
    size_t c = roundtrip(b, n);
    assert_true(c <= n + n / 8 + 1);
    free(b);
}

static void test_roundtrip_text(void **state)
{
    (void)state;
    static const char *words[] = { "kernel", "cache", "device", "tree", "the", "of",
                                   "boot", "args", "segment", "\n" };
    size_t n = 50000, o = 0;
    char *b = malloc(n + 16);
    uint32_t s = 7;
    while (o < n) {
        const char *w = words[rng(&s) % 10];
        size_t l = strlen(w);
        memcpy(b + o, w, l);
        o += l;
        b[o++] = ' ';
    }
    size_t c = roundtrip((const uint8_t *)b, n);
    assert_true(c < n / 2);
    free(b);
}

/* Periods longer than the 4078-byte window and sizes well past 4096. */
static void test_roundtrip_repetitive_large(void **state)
{
    (void)state;
    static const size_t periods[] = { 3, 37, 4077, 4078, 4079, 5000 };
    size_t n = 300000;
    uint8_t *b = malloc(n);
    for (size_t k = 0; k < ARRAY_SIZE(periods); k++) {
        uint32_t s = (uint32_t)k + 1;
        for (size_t i = 0; i < periods[k]; i++)
            b[i] = (uint8_t)rng(&s);
        for (size_t i = periods[k]; i < n; i++)
            b[i] = b[i - periods[k]];
        roundtrip(b, n);
    }
    free(b);
}

/* Matches may copy the ring's initial spaces (position 0..4077) and the
 * ring position of output byte k is 4078 + k. */
static void test_decode_handmade(void **state)
{
    (void)state;
    char err[256];
    uint8_t out[64];
    size_t n;
    /* flags 0b00000011: 'a','b' literal, then match ring 4078 len 3+3, then
     * match ring 0 (initial spaces) len 18 */
    static const uint8_t s1[] = { 0x03, 'a', 'b', 0xee, 0xf3, 0x00, 0x0f };
    assert_int_equal(lzss_decompress(s1, sizeof(s1), out, sizeof(out), &n, err, sizeof(err)),
                     EMU_OK);
    assert_int_equal(n, 2 + 6 + 18);
    assert_memory_equal(out, "abababab                  ", 26);
    /* output limit: the 18-byte match does not fit in 20 */
    assert_int_equal(lzss_decompress(s1, sizeof(s1), out, 20, &n, err, sizeof(err)),
                     EMU_ERR_FORMAT);
    assert_non_null(strstr(err, "pass the expected 0x14 bytes"));
    /* a match cut after its first byte */
    assert_int_equal(lzss_decompress(s1, 6, out, sizeof(out), &n, err, sizeof(err)),
                     EMU_ERR_FORMAT);
    assert_non_null(strstr(err, "match at input offset 0x5: truncated"));
}

static void test_adler32_known(void **state)
{
    (void)state;
    assert_int_equal(lzss_adler32(1, (const uint8_t *)"", 0), 1);
    assert_int_equal(lzss_adler32(1, (const uint8_t *)"Wikipedia", 9), 0x11e60398);
    /* a long run exercises the modulo batching */
    size_t n = 1 << 20;
    uint8_t *b = malloc(n);
    memset(b, 0xff, n);
    uint32_t a = 1, bsum = 0;
    for (size_t i = 0; i < n; i++) {
        a = (a + 0xff) % 65521;
        bsum = (bsum + a) % 65521;
    }
    assert_int_equal(lzss_adler32(1, b, n), bsum << 16 | a);
    assert_int_equal(lzss_adler32(lzss_adler32(1, b, 1000), b + 1000, n - 1000), bsum << 16 | a);
    free(b);
}

/* A good container of a small text, for corrupting. */
static uint8_t *good(size_t *len, const char **text)
{
    static const char t[] = "complzss test payload: kernel kernel kernel cache cache cache";
    uint8_t *c;
    char err[128];
    assert_int_equal(complzss_encode((const uint8_t *)t, sizeof(t), &c, len, err, sizeof(err)),
                     EMU_OK);
    *text = t;
    return c;
}

static EmuErr dec(const uint8_t *c, size_t len, size_t max, char *err, size_t errlen)
{
    uint8_t *out = NULL;
    size_t n = 0;
    EmuErr e = complzss_decode(c, len, max, &out, &n, err, errlen);
    if (e == EMU_OK)
        free(out);
    else
        assert_null(out);
    return e;
}

static void test_wrong_adler32(void **state)
{
    (void)state;
    const char *t;
    size_t len;
    char err[256];
    uint8_t *c = good(&len, &t);
    c[11] ^= 1;
    assert_int_equal(dec(c, len, 1 << 20, err, sizeof(err)), EMU_ERR_FORMAT);
    assert_non_null(strstr(err, "adler32"));
    assert_non_null(strstr(err, "offset 0x8"));
    c[11] ^= 1;
    c[len - 1] ^= 0x40;                             /* corrupt the last literal */
    assert_int_equal(dec(c, len, 1 << 20, err, sizeof(err)), EMU_ERR_FORMAT);
    assert_non_null(strstr(err, "adler32"));
    free(c);
}

static void test_lying_sizes(void **state)
{
    (void)state;
    const char *t;
    size_t len;
    char err[256];
    uint8_t *c = good(&len, &t);
    uint32_t usize = (uint32_t)strlen(t) + 1, csize = (uint32_t)(len - COMPLZSS_HEADER_SIZE);

    put_be32(c + 12, usize + 1);                    /* claims one byte more */
    assert_int_equal(dec(c, len, 1 << 20, err, sizeof(err)), EMU_ERR_FORMAT);
    assert_non_null(strstr(err, "header (offset 0xc) says"));
    put_be32(c + 12, usize - 1);                    /* claims one byte less */
    assert_int_equal(dec(c, len, 1 << 20, err, sizeof(err)), EMU_ERR_FORMAT);
    assert_non_null(strstr(err, "the expected 0x"));
    put_be32(c + 12, 0xffffffffu);                  /* absurd: past the cap */
    assert_int_equal(dec(c, len, 1 << 20, err, sizeof(err)), EMU_ERR_RANGE);
    assert_non_null(strstr(err, "exceeds the limit"));
    put_be32(c + 12, usize);
    assert_int_equal(dec(c, len, usize - 1, err, sizeof(err)), EMU_ERR_RANGE);
    assert_int_equal(dec(c, len, usize, err, sizeof(err)), EMU_OK);

    put_be32(c + 16, csize + 1);                    /* runs past the input */
    assert_int_equal(dec(c, len, 1 << 20, err, sizeof(err)), EMU_ERR_FORMAT);
    assert_non_null(strstr(err, "compressed size"));
    assert_non_null(strstr(err, "runs past end of input"));
    put_be32(c + 16, csize - 1);                    /* hides the last byte */
    assert_int_equal(dec(c, len, 1 << 20, err, sizeof(err)), EMU_ERR_FORMAT);
    put_be32(c + 16, csize);
    free(c);
}

static void test_truncated_header_and_data(void **state)
{
    (void)state;
    const char *t;
    size_t len;
    char err[256];
    uint8_t *c = good(&len, &t);
    for (size_t n = 0; n < COMPLZSS_HEADER_SIZE; n++) {
        uint8_t *cut = malloc(n ? n : 1);
        memcpy(cut, c, n);
        assert_int_equal(dec(cut, n, 1 << 20, err, sizeof(err)), EMU_ERR_FORMAT);
        assert_non_null(strstr(err, "header truncated"));
        free(cut);
    }
    for (size_t n = COMPLZSS_HEADER_SIZE; n < len; n++) {
        uint8_t *cut = malloc(n);                  /* exact size: ASan sees overreads */
        memcpy(cut, c, n);
        assert_int_equal(dec(cut, n, 1 << 20, err, sizeof(err)), EMU_ERR_FORMAT);
        assert_non_null(strstr(err, "runs past end of input"));
        free(cut);
    }
    memcpy(c + 4, "lzfs", 4);
    assert_int_equal(dec(c, len, 1 << 20, err, sizeof(err)), EMU_ERR_FORMAT);
    assert_non_null(strstr(err, "bad magic"));
    free(c);
}

/* Prefixes of a real stream and random garbage: never a crash. */
static void test_garbage_never_crashes(void **state)
{
    (void)state;
    size_t n = 20000;
    uint8_t *b = malloc(n), *c, *out = malloc(n);
    uint32_t s = 99;
    for (size_t i = 0; i < n; i++)
        b[i] = (uint8_t)("abcdefgh"[rng(&s) % 8]);
    size_t clen, olen;
    char err[256];
    assert_int_equal(lzss_compress(b, n, &c, &clen, err, sizeof(err)), EMU_OK);
    for (size_t k = 0; k <= clen; k += 7) {
        uint8_t *cut = malloc(k ? k : 1);
        memcpy(cut, c, k);
        EmuErr e = lzss_decompress(cut, k, out, n, &olen, err, sizeof(err));
        if (e == EMU_OK) {
            assert_true(olen <= n);
            assert_memory_equal(out, b, olen);     /* a prefix decodes to a prefix */
        }
        free(cut);
    }
    for (int round = 0; round < 200; round++) {
        size_t k = rng(&s) % 3000;
        for (size_t i = 0; i < k; i++)
            c[i] = (uint8_t)rng(&s);
        EmuErr e = lzss_decompress(c, k, out, 1000, &olen, err, sizeof(err));
        assert_true(e == EMU_OK || e == EMU_ERR_FORMAT);
        if (e == EMU_OK)
            assert_true(olen <= 1000);
    }
    free(b);
    free(c);
    free(out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_roundtrip_empty_and_one_byte),
        cmocka_unit_test(test_roundtrip_all_same),
        cmocka_unit_test(test_roundtrip_random),
        cmocka_unit_test(test_roundtrip_text),
        cmocka_unit_test(test_roundtrip_repetitive_large),
        cmocka_unit_test(test_decode_handmade),
        cmocka_unit_test(test_adler32_known),
        cmocka_unit_test(test_wrong_adler32),
        cmocka_unit_test(test_lying_sizes),
        cmocka_unit_test(test_truncated_header_and_data),
        cmocka_unit_test(test_garbage_never_crashes),
    };
    return cmocka_run_group_tests_name("lzss", tests, NULL, NULL);
}
