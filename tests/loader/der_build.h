/*
 * der_build.h — a tiny DER writer for the IMG4 tests (test_img4_*.c):
 * every call returns a new malloc'ed buffer and consumes its Buf
 * arguments; im4p()/img4() build the containers of src/loader/img4.c;
 * macho is a payload to wrap; unwrap() decodes an exact-size copy so
 * ASan sees any overread. Static functions, one copy per test executable.
 */
#ifndef TESTS_DER_BUILD_H
#define TESTS_DER_BUILD_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xnuemu/compress.h"
#include "xnuemu/img4.h"

typedef struct Buf {
    uint8_t *p;
    size_t n;
} Buf;

static inline Buf raw(const void *p, size_t n)
{
    Buf b = { malloc(n ? n : 1), n };
    memcpy(b.p, p, n);
    return b;
}

/* Concatenate count buffers (consumed). */
static inline Buf cat(int count, ...)
{
    va_list ap;
    Buf parts[16], o = { NULL, 0 };
    va_start(ap, count);
    for (int i = 0; i < count; i++) {
        parts[i] = va_arg(ap, Buf);
        o.n += parts[i].n;
    }
    va_end(ap);
    o.p = malloc(o.n ? o.n : 1);
    size_t at = 0;
    for (int i = 0; i < count; i++) {
        memcpy(o.p + at, parts[i].p, parts[i].n);
        at += parts[i].n;
        free(parts[i].p);
    }
    return o;
}

/* Identifier octets + minimal-length header + contents (consumed). */
static inline Buf tlv_id(const uint8_t *id, size_t idn, Buf c)
{
    uint8_t h[16];
    size_t n = 0;
    memcpy(h, id, idn);
    n = idn;
    if (c.n < 0x80) {
        h[n++] = (uint8_t)c.n;
    } else {
        unsigned k = 0;
        for (size_t v = c.n; v; v >>= 8)
            k++;
        h[n++] = (uint8_t)(0x80 | k);
        for (unsigned i = k; i-- > 0;)
            h[n++] = (uint8_t)(c.n >> 8 * i);
    }
    return cat(2, raw(h, n), c);
}

static inline Buf tlv(uint8_t tag, Buf c)
{
    return tlv_id(&tag, 1, c);
}

static inline Buf ia5(const char *s)
{
    return tlv(0x16, raw(s, strlen(s)));
}

static inline Buf octets(const void *p, size_t n)
{
    return tlv(0x04, raw(p, n));
}

static inline Buf integer(uint64_t v)
{
    uint8_t b[9];
    size_t n = 0;
    b[n++] = 0;
    for (int i = 7; i >= 0; i--)
        b[n++] = (uint8_t)(v >> 8 * i);
    size_t skip = 0;                   /* minimal: drop leading zeros, keep sign 0 */
    while (skip < 8 && b[skip] == 0 && !(b[skip + 1] & 0x80))
        skip++;
    return tlv(0x02, raw(b + skip, n - skip));
}

static inline Buf seq(Buf c)
{
    return tlv(0x30, c);
}

static inline Buf compinfo(uint64_t algo, uint64_t size)
{
    return seq(cat(2, integer(algo), integer(size)));
}

static inline Buf im4p(const char *type, const void *payload, size_t n, Buf extra)
{
    return seq(cat(5, ia5("IM4P"), ia5(type), ia5("xnuemu test payload"),
                   octets(payload, n), extra));
}

static inline Buf none(void)
{
    return raw("", 0);
}

/* IM4M with a private high-tag-number element, as real manifests have. */
static inline Buf manifest(void)
{
    static const uint8_t manb[] = { 0xff, 0x84, 0xc1, 0x85, 0x42 };   /* [PRIVATE 'MANB'] */
    Buf body = seq(cat(2, ia5("MANB"), tlv(0x31, seq(cat(2, ia5("BNCH"), octets("x", 1))))));
    return tlv(0xa0, seq(cat(4, ia5("IM4M"), integer(0), tlv(0x31, tlv_id(manb, 5, body)),
                             octets("signature", 9))));
}

static inline Buf img4(Buf p)
{
    return seq(cat(4, ia5("IMG4"), p, manifest(),
                   tlv(0xa1, seq(cat(2, ia5("IM4R"), tlv(0x31, none()))))));
}

/* The start of a 64-bit Mach-O header: a payload the tests wrap. */
static const uint8_t macho[] = { 0xcf, 0xfa, 0xed, 0xfe, 0x0c, 0x00, 0x00, 0x01,
                                 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00 };

/* Unwrap a copy of exactly b.n bytes (so ASan sees any overread); the copy
 * is freed, so p->data must not be used afterwards. */
static inline EmuErr unwrap(Buf b, Img4Payload *p, char *err, size_t errlen)
{
    uint8_t *copy = malloc(b.n ? b.n : 1);
    memcpy(copy, b.p, b.n);
    err[0] = 0;
    EmuErr e = img4_unwrap(copy, b.n, p, err, errlen);
    (void)img4_detect(copy, b.n);
    free(copy);
    return e;
}

#endif
