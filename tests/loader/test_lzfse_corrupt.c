/*
 * test_lzfse_corrupt.c — the LZFSE stream decoder (src/loader/lzfse*.c,
 * lzvn.c) on corrupt variants of the reference vectors: every truncation,
 * every bvx2/bvxn/bvx- header field perturbed, and random bodies behind
 * each block magic — each an error naming the block and offset (or a
 * different output), never a crash.
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
        cmocka_unit_test(test_truncated_every_offset),
        cmocka_unit_test(test_bvx2_header_fields_perturbed),
        cmocka_unit_test(test_bvxn_and_stored_headers_perturbed),
        cmocka_unit_test(test_random_garbage),
    };
    return cmocka_run_group_tests_name("lzfse_corrupt", tests, NULL, NULL);
}
