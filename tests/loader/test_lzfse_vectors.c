/*
 * test_lzfse_vectors.c — the LZFSE stream decoder (src/loader/lzfse*.c,
 * lzvn.c) on streams made by Apple's reference encoder
 * (tests/vectors/lzfse/, README there): bvx2, bvxn (LZVN), bvx- (stored),
 * and a two-block bvx2 stream of a 1.25 MB input that this file rebuilds,
 * each decoded exactly and consumed to its bvx$ end marker.
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


int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_vector_bvx2),
        cmocka_unit_test(test_vector_bvxn_lzvn),
        cmocka_unit_test(test_vector_bvx_stored),
        cmocka_unit_test(test_vector_multi_block),
    };
    return cmocka_run_group_tests_name("lzfse_vectors", tests, NULL, NULL);
}
