/*
 * test_inflate.c — gzip (RFC 1952) and DEFLATE (RFC 1951) decoding: the
 * host's gzip produces stored blocks (random data), fixed-Huffman blocks
 * (short inputs) and dynamic blocks (text, long runs) that must decode byte
 * for byte; hand-laid streams cover stored-block framing, the optional
 * header fields and the CRC-32 check value; every truncation and every
 * corrupt byte fails with a message naming an offset, or decodes to data
 * whose CRC matched — never a crash (run under ASan too).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "xnuemu/compress.h"

#define MAX_OUT (UINT64_C(64) << 20)

/* gzip -n -LEVEL of data, through the host's gzip. */
static uint8_t *host_gzip(const uint8_t *data, size_t n, int level, size_t *outn)
{
    char in[] = "/tmp/xnuemu-inflate-XXXXXX";
    int fd = mkstemp(in);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, data, n), (ssize_t)n);
    close(fd);
    char cmd[200];
    snprintf(cmd, sizeof(cmd), "gzip -n -%d -c %s", level, in);
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    size_t cap = n + 1024, len = 0;
    uint8_t *buf = malloc(cap);
    size_t r;
    while ((r = fread(buf + len, 1, cap - len, p)) > 0) {
        len += r;
        if (len == cap)
            buf = realloc(buf, cap *= 2);
    }
    assert_int_equal(pclose(p), 0);
    unlink(in);
    *outn = len;
    return buf;
}

static void roundtrip(const uint8_t *data, size_t n, int level)
{
    size_t gzn;
    uint8_t *gz = host_gzip(data, n, level, &gzn);
    assert_true(gzip_detect(gz, gzn));
    uint8_t *out = NULL;
    size_t outn = 0;
    char err[256] = "";
    if (gzip_decode(gz, gzn, MAX_OUT, &out, &outn, err, sizeof(err)) != EMU_OK)
        fail_msg("gzip -%d of %zu bytes: %s", level, n, err);
    assert_int_equal(outn, n);
    assert_memory_equal(out, data, n);
    free(out);
    free(gz);
}

static uint64_t rng(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

static void test_host_gzip_roundtrips(void **state)
{
    (void)state;
    const size_t n = 300000;
    uint8_t *buf = malloc(n);
    uint64_t s = 0x1234567;
    /* random bytes: stored blocks */
    for (size_t i = 0; i < n; i++)
        buf[i] = (uint8_t)rng(&s);
    roundtrip(buf, n, 6);
    /* text: dynamic blocks with long and far matches */
    static const char *const words[] = { "kernel ", "interrupt ", "timer ", "uart ", "\n",
                                         "aic ", "fiq ", "page ", "fault " };
    size_t k = 0;
    while (k < n) {
        const char *w = words[rng(&s) % 9];
        for (; *w && k < n; w++)
            buf[k++] = (uint8_t)*w;
    }
    roundtrip(buf, n, 1);
    roundtrip(buf, n, 9);
    /* a long run: length 258 matches at distance 1 */
    memset(buf, 'z', n);
    roundtrip(buf, n, 9);
    /* short inputs: fixed Huffman blocks; and the empty input */
    roundtrip((const uint8_t *)"hello, hello, hello", 19, 9);
    roundtrip((const uint8_t *)"", 0, 9);
    free(buf);
}

static void put_le32(uint8_t *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

/* A member with FEXTRA, FNAME, FCOMMENT and FHCRC, two stored blocks. */
static size_t handmade(uint8_t *g)
{
    size_t n = 0;
    static const uint8_t head[10] = { 0x1f, 0x8b, 8, 0x1e, 0, 0, 0, 0, 0, 3 };
    memcpy(g, head, 10);
    n = 10;
    g[n++] = 4;                                     /* XLEN = 4 */
    g[n++] = 0;
    memcpy(g + n, "AB\0\0", 4);
    n += 4;
    memcpy(g + n, "name\0", 5);
    n += 5;
    memcpy(g + n, "comment\0", 8);
    n += 8;
    uint32_t hcrc = crc32_ieee(0, g, n);
    g[n++] = (uint8_t)hcrc;
    g[n++] = (uint8_t)(hcrc >> 8);
    /* stored block "abc" (not final), stored block "de" (final) */
    static const uint8_t b1[] = { 0x00, 3, 0, 0xfc, 0xff, 'a', 'b', 'c' };
    static const uint8_t b2[] = { 0x01, 2, 0, 0xfd, 0xff, 'd', 'e' };
    memcpy(g + n, b1, sizeof(b1));
    n += sizeof(b1);
    memcpy(g + n, b2, sizeof(b2));
    n += sizeof(b2);
    put_le32(g + n, crc32_ieee(0, (const uint8_t *)"abcde", 5));
    put_le32(g + n + 4, 5);
    return n + 8;
}

static void expect_fail(const uint8_t *g, size_t n, const char *needle)
{
    uint8_t *out = (uint8_t *)1;
    size_t outn;
    char err[256] = "";
    assert_int_not_equal(gzip_decode(g, n, MAX_OUT, &out, &outn, err, sizeof(err)), EMU_OK);
    if (!strstr(err, needle))
        fail_msg("error '%s' does not contain '%s'", err, needle);
}

static void test_handmade_member(void **state)
{
    (void)state;
    uint8_t g[128];
    size_t n = handmade(g);
    uint8_t *out;
    size_t outn;
    char err[256] = "";
    if (gzip_decode(g, n, MAX_OUT, &out, &outn, err, sizeof(err)) != EMU_OK)
        fail_msg("%s", err);
    assert_int_equal(outn, 5);
    assert_memory_equal(out, "abcde", 5);
    free(out);
    assert_int_equal(crc32_ieee(0, (const uint8_t *)"123456789", 9), 0xcbf43926);

    uint8_t bad[128];
    memcpy(bad, g, n);
    bad[n - 8] ^= 1;                                /* CRC-32 */
    expect_fail(bad, n, "CRC");
    memcpy(bad, g, n);
    bad[n - 4] ^= 1;                                /* ISIZE */
    expect_fail(bad, n, "the trailer says");
    memcpy(bad, g, n);
    bad[2] = 7;                                     /* method */
    assert_false(gzip_detect(bad, n));
    memcpy(bad, g, n);
    bad[3] |= 0x80;                                 /* reserved flag */
    expect_fail(bad, n, "reserved FLG bits");
    memcpy(bad, g, n);
    bad[29] ^= 1;                                   /* header CRC */
    expect_fail(bad, n, "header CRC");
    memcpy(bad, g, n);
    bad[34] ^= 0xff;                                /* NLEN of the first stored block */
    expect_fail(bad, n, "LEN 0x0003 and NLEN");
    /* a reserved block type (3) */
    memcpy(bad, g, n);
    bad[31] = 0x06;
    expect_fail(bad, n, "block type 3 is reserved");
    /* max_out is a hard limit */
    assert_int_not_equal(gzip_decode(g, n, 4, &out, &outn, err, sizeof(err)), EMU_OK);
}

/* Every truncation and every single-byte change of a real member. */
static void test_truncation_and_corruption(void **state)
{
    (void)state;
    uint8_t data[4000];
    uint64_t s = 99;
    for (size_t i = 0; i < sizeof(data); i++)
        data[i] = (uint8_t)("abcdefgh"[rng(&s) % 8]);
    size_t gzn;
    uint8_t *gz = host_gzip(data, sizeof(data), 9, &gzn);
    char err[256];
    uint8_t *out;
    size_t outn;
    for (size_t cut = 0; cut < gzn; cut++) {
        err[0] = 0;
        if (gzip_decode(gz, cut, MAX_OUT, &out, &outn, err, sizeof(err)) == EMU_OK)
            fail_msg("a member cut to %zu of %zu bytes decoded", cut, gzn);
        assert_true(strlen(err) > 0);
        assert_null(strchr(err, '\n'));
    }
    uint8_t *bad = malloc(gzn);
    unsigned failed = 0;
    for (size_t i = 0; i < gzn; i++) {
        memcpy(bad, gz, gzn);
        bad[i] ^= (uint8_t)(1u << (i % 8));
        if (gzip_decode(bad, gzn, MAX_OUT, &out, &outn, err, sizeof(err)) == EMU_OK) {
            /* header bytes nobody checks (MTIME, XFL, OS), padding bits, or a
             * change that decodes to the same bytes (the CRC-32 matched) */
            assert_int_equal(outn, sizeof(data));
            assert_memory_equal(out, data, sizeof(data));
            free(out);
        } else {
            failed++;
        }
    }
    assert_true(failed >= gzn * 9 / 10);
    free(bad);
    free(gz);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_host_gzip_roundtrips),
        cmocka_unit_test(test_handmade_member),
        cmocka_unit_test(test_truncation_and_corruption),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
