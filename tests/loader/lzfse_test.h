/*
 * lzfse_test.h — shared by the LZFSE decoder tests (test_lzfse_*.c): the
 * reference vectors' directory, whole-file reads (scratch.h), little-endian fields,
 * and a decode of an exact-size copy (so ASan sees any overread) that must
 * give the expected bytes. Static functions, one copy per test executable.
 */
#ifndef TESTS_LZFSE_TEST_H
#define TESTS_LZFSE_TEST_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scratch.h"
#include "xnuemu/compress.h"

#define VEC SOURCE_DIR "/tests/vectors/lzfse/"
#define MAXOUT ((size_t)64 << 20)

typedef struct Buf {
    uint8_t *p;
    size_t n;
} Buf;

static inline Buf slurp(const char *path)
{
    Buf b;
    b.p = (uint8_t *)scratch_read_file(path, &b.n);
    return b;
}

static inline uint32_t le32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static inline uint64_t le64(const uint8_t *p)
{
    return (uint64_t)le32(p) | (uint64_t)le32(p + 4) << 32;
}

static inline void put32(uint8_t *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> 8 * i);
}

/* Decode a copy of exactly n bytes (so ASan sees any overread). */
static inline EmuErr dec(const uint8_t *s, size_t n, size_t max, Buf *out, char *err,
                         size_t errlen)
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

static inline void expect_ok(const uint8_t *s, size_t n, const uint8_t *want, size_t wn)
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

#endif
