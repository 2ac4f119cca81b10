/*
 * test_adt_robust.c — the Apple device tree parser (src/loader/adt.c,
 * binary form of XNU-BOOT.md §3.1) on broken input: every truncation and
 * every huge count/length fails cleanly with a node path and offset, and
 * every single-byte corruption either fails or round-trips exactly.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <cmocka.h>

#include "adt_sample.h"
#include "xnuemu/adt.h"

/* ---- robustness ---- */

/* Offsets of every count and length word of a valid blob. */
static size_t walk(const uint8_t *b, size_t at, size_t *fields, size_t *nf)
{
    uint32_t np, nc, word;
    memcpy(&np, b + at, 4);
    memcpy(&nc, b + at + 4, 4);
    fields[(*nf)++] = at;
    fields[(*nf)++] = at + 4;
    at += 8;
    for (uint32_t i = 0; i < np; i++) {
        memcpy(&word, b + at + 32, 4);
        fields[(*nf)++] = at + 32;
        at += 36 + (((word & ADT_PROP_LEN_MASK) + 3) & ~3u);
    }
    for (uint32_t i = 0; i < nc; i++)
        at = walk(b, at, fields, nf);
    return at;
}

/* Keep any runaway allocation from succeeding (not under ASan, whose
 * shadow memory needs terabytes of address space). */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#endif

static void limit_memory(struct rlimit *saved)
{
    getrlimit(RLIMIT_AS, saved);
#ifndef UNDER_ASAN
    struct rlimit l = *saved;
    if (l.rlim_cur == RLIM_INFINITY || l.rlim_cur > (rlim_t)1 << 30)
        l.rlim_cur = (rlim_t)1 << 30;
    setrlimit(RLIMIT_AS, &l);
#endif
}

static void test_robust_truncation_and_huge_fields(void **state)
{
    (void)state;
    uint8_t *b;
    size_t n;
    sample_blob(&b, &n);
    struct rlimit saved;
    limit_memory(&saved);
    char err[256];
    AdtNode *p;
    for (size_t cut = 0; cut < n; cut++) {
        uint8_t *c = malloc(cut ? cut : 1);
        if (cut)
            memcpy(c, b, cut);
        err[0] = 0;
        assert_int_equal(adt_parse(c, cut, &p, err, sizeof(err)), EMU_ERR_FORMAT);
        assert_non_null(strstr(err, "ADT: node /"));
        assert_non_null(strstr(err, " at offset 0x"));
        free(c);
    }
    size_t fields[256], nf = 0;
    assert_int_equal(walk(b, 0, fields, &nf), n);
    static const uint32_t huge[] = {
        0xffffffffu, 0x7fffffffu, 0x0fffffffu, 0x8fffff00u, 0x00100000u, 0x10000000u - 4,
    };
    unsigned tried = 0;
    for (size_t f = 0; f < nf; f++) {
        for (size_t h = 0; h < ARRAY_SIZE(huge); h++) {
            uint8_t *c = malloc(n);
            memcpy(c, b, n);
            memcpy(c + fields[f], &huge[h], 4);
            err[0] = 0;
            assert_int_equal(adt_parse(c, n, &p, err, sizeof(err)), EMU_ERR_FORMAT);
            assert_non_null(strstr(err, " at offset 0x"));
            free(c);
            tried++;
        }
    }
    assert_int_equal(tried, nf * ARRAY_SIZE(huge));
    assert_true(nf > 40);
    print_message("%zu-byte blob: %zu truncations, %zu count/length fields x %zu values\n", n, n, nf, ARRAY_SIZE(huge));
    setrlimit(RLIMIT_AS, &saved);
    free(b);
}

/* Any single corrupted byte: an error with a message, or a tree that
 * serialises back to exactly the corrupted bytes. */
static void test_robust_byte_flips(void **state)
{
    (void)state;
    uint8_t *b;
    size_t n;
    sample_blob(&b, &n);
    struct rlimit saved;
    limit_memory(&saved);
    unsigned ok = 0, bad = 0;
    for (size_t i = 0; i < n; i++) {
        for (unsigned k = 0; k < 3; k++) {
            static const uint8_t x[] = { 0xff, 0x01, 0x80 };
            uint8_t *c = malloc(n);
            memcpy(c, b, n);
            c[i] ^= x[k];
            char err[256] = "";
            AdtNode *p = NULL;
            EmuErr e = adt_parse(c, n, &p, err, sizeof(err));
            if (e == EMU_OK) {
                uint8_t *o;
                size_t on;
                assert_int_equal(adt_serialise(p, &o, &on, NULL, 0), EMU_OK);
                assert_int_equal(on, n);
                assert_memory_equal(o, c, n);
                free(o);
                adt_free(p);
                ok++;
            } else {
                assert_int_equal(e, EMU_ERR_FORMAT);
                assert_int_equal(strncmp(err, "ADT: ", 5), 0);
                bad++;
            }
            free(c);
        }
    }
    assert_true(ok > 0 && bad > 0);
    setrlimit(RLIMIT_AS, &saved);
    free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_robust_truncation_and_huge_fields),
        cmocka_unit_test(test_robust_byte_flips),
    };
    return cmocka_run_group_tests_name("loader_adt_robust", tests, NULL, NULL);
}
