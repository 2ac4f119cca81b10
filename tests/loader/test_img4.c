/*
 * test_img4.c — IM4P/IMG4 containers (src/loader/img4.c), built here with
 * a tiny DER writer: bare IM4P with and without compression info, with a
 * KBAG (refused on decode), IMG4 around it with IM4M/IM4R (including
 * high tag numbers as in real manifests), each payload kind (Mach-O, raw,
 * complzss, LZFSE), and broken variants: long-form lengths past the end,
 * indefinite lengths, wrong tags, nesting too deep, wrong strings, bad
 * INTEGERs, every truncation and random garbage — errors, never crashes.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xnuemu/compress.h"
#include "xnuemu/img4.h"

#define MAXOUT ((size_t)64 << 20)

/* ---- a tiny DER writer: every call returns a new malloc'ed buffer ---- */

typedef struct Buf {
    uint8_t *p;
    size_t n;
} Buf;

static Buf raw(const void *p, size_t n)
{
    Buf b = { malloc(n ? n : 1), n };
    memcpy(b.p, p, n);
    return b;
}

/* Concatenate count buffers (consumed). */
static Buf cat(int count, ...)
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
static Buf tlv_id(const uint8_t *id, size_t idn, Buf c)
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

static Buf tlv(uint8_t tag, Buf c)
{
    return tlv_id(&tag, 1, c);
}

static Buf ia5(const char *s)
{
    return tlv(0x16, raw(s, strlen(s)));
}

static Buf octets(const void *p, size_t n)
{
    return tlv(0x04, raw(p, n));
}

static Buf integer(uint64_t v)
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

static Buf seq(Buf c)
{
    return tlv(0x30, c);
}

static Buf compinfo(uint64_t algo, uint64_t size)
{
    return seq(cat(2, integer(algo), integer(size)));
}

static Buf im4p(const char *type, const void *payload, size_t n, Buf extra)
{
    return seq(cat(5, ia5("IM4P"), ia5(type), ia5("xnuemu test payload"),
                   octets(payload, n), extra));
}

static Buf none(void)
{
    return raw("", 0);
}

/* IM4M with a private high-tag-number element, as real manifests have. */
static Buf manifest(void)
{
    static const uint8_t manb[] = { 0xff, 0x84, 0xc1, 0x85, 0x42 };   /* [PRIVATE 'MANB'] */
    Buf body = seq(cat(2, ia5("MANB"), tlv(0x31, seq(cat(2, ia5("BNCH"), octets("x", 1))))));
    return tlv(0xa0, seq(cat(4, ia5("IM4M"), integer(0), tlv(0x31, tlv_id(manb, 5, body)),
                             octets("signature", 9))));
}

static Buf img4(Buf p)
{
    return seq(cat(4, ia5("IMG4"), p, manifest(),
                   tlv(0xa1, seq(cat(2, ia5("IM4R"), tlv(0x31, none()))))));
}

/* ---- helpers ---- */

static const uint8_t macho[] = { 0xcf, 0xfa, 0xed, 0xfe, 0x0c, 0x00, 0x00, 0x01,
                                 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00 };

/* Unwrap a copy of exactly b.n bytes (so ASan sees any overread); the copy
 * is freed, so p->data must not be used afterwards. */
static EmuErr unwrap(Buf b, Img4Payload *p, char *err, size_t errlen)
{
    uint8_t *copy = malloc(b.n ? b.n : 1);
    memcpy(copy, b.p, b.n);
    err[0] = 0;
    EmuErr e = img4_unwrap(copy, b.n, p, err, errlen);
    (void)img4_detect(copy, b.n);
    free(copy);
    return e;
}

static void expect_err(Buf b, const char *msg)
{
    Img4Payload p;
    char err[256];
    assert_int_equal(unwrap(b, &p, err, sizeof(err)), EMU_ERR_FORMAT);
    if (!strstr(err, msg))
        fail_msg("got \"%s\", want \"%s\"", err, msg);
    assert_null(p.data);
    free(b.p);
}

static void put_len2(uint8_t *p, unsigned v)   /* rewrite an 0x82 long-form length */
{
    assert_int_equal(p[0], 0x82);
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)v;
}

/* ---- tests ---- */

static void test_im4p_macho(void **state)
{
    (void)state;
    Buf b = im4p("krnl", macho, sizeof(macho), none());
    Img4Payload p;
    char err[256];
    assert_true(img4_detect(b.p, b.n));
    assert_int_equal(img4_unwrap(b.p, b.n, &p, err, sizeof(err)), EMU_OK);
    assert_false(p.is_img4);
    assert_string_equal(p.type, "krnl");
    assert_int_equal(p.desc_len, strlen("xnuemu test payload"));
    assert_memory_equal(p.desc, "xnuemu test payload", p.desc_len);
    assert_int_equal(p.size, sizeof(macho));
    assert_ptr_equal(p.data, b.p + p.offset);
    assert_int_equal(p.offset, b.n - sizeof(macho));
    assert_false(p.has_kbag);
    assert_false(p.has_compinfo);
    uint8_t *out;
    size_t n;
    const char *fmt;
    assert_int_equal(img4_decode(&p, MAXOUT, &out, &n, &fmt, err, sizeof(err)), EMU_OK);
    assert_string_equal(fmt, "Mach-O");
    assert_int_equal(n, sizeof(macho));
    assert_memory_equal(out, macho, n);
    free(out);
    free(b.p);
}

static void test_im4p_complzss_and_raw(void **state)
{
    (void)state;
    static const char dt[] = "device tree device tree device tree device tree";
    uint8_t *c, *out;
    size_t clen, n;
    char err[256];
    const char *fmt;
    assert_int_equal(complzss_encode((const uint8_t *)dt, sizeof(dt), &c, &clen, err,
                                     sizeof(err)), EMU_OK);
    Buf b = im4p("dtre", c, clen, none());
    Img4Payload p;
    assert_int_equal(img4_load(b.p, b.n, MAXOUT, &out, &n, &p, &fmt, err, sizeof(err)),
                     EMU_OK);
    assert_string_equal(fmt, "complzss");
    assert_string_equal(p.type, "dtre");
    assert_int_equal(n, sizeof(dt));
    assert_memory_equal(out, dt, n);
    free(out);
    free(b.p);

    c[9] ^= 1;                                          /* bad adler32 inside */
    b = im4p("dtre", c, clen, none());
    assert_int_equal(img4_load(b.p, b.n, MAXOUT, &out, &n, &p, &fmt, err, sizeof(err)),
                     EMU_ERR_FORMAT);
    char want[96];
    snprintf(want, sizeof(want), "IM4P payload at offset 0x%zx: complzss: adler32", p.offset);
    assert_non_null(strstr(err, want));
    free(b.p);

    /* bare (uncontained) inputs pass through img4_load */
    c[9] ^= 1;
    assert_int_equal(img4_load(c, clen, MAXOUT, &out, &n, &p, &fmt, err, sizeof(err)), EMU_OK);
    assert_string_equal(fmt, "complzss");
    assert_false(p.is_img4);
    assert_null(p.data);
    free(out);
    assert_int_equal(img4_load((const uint8_t *)dt, 10, MAXOUT, &out, &n, NULL, &fmt, err,
                               sizeof(err)), EMU_OK);
    assert_string_equal(fmt, "raw");
    assert_int_equal(n, 10);
    free(out);
    assert_int_equal(img4_load((const uint8_t *)dt, 10, 9, &out, &n, NULL, &fmt, err,
                               sizeof(err)), EMU_ERR_RANGE);
    free(c);
}

static Buf read_vec(const char *name)
{
    char path[512];
    snprintf(path, sizeof(path), SOURCE_DIR "/tests/vectors/lzfse/%s", name);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    Buf b = { NULL, (size_t)ftell(f) };
    rewind(f);
    b.p = malloc(b.n);
    assert_int_equal(fread(b.p, 1, b.n, f), b.n);
    fclose(f);
    return b;
}

static void test_im4p_lzfse_compinfo(void **state)
{
    (void)state;
    Buf z = read_vec("text.lzfse"), t = read_vec("text.txt");
    uint8_t *out;
    size_t n;
    char err[256];
    const char *fmt;
    static const struct { uint64_t size; EmuErr e; const char *msg; } c[] = {
        { 12000, EMU_OK, NULL },
        { 12001, EMU_ERR_FORMAT, "decodes to 0x2ee0 bytes but the compression info says "
                                 "0x2ee1" },
        { 11999, EMU_ERR_RANGE, "limit of 0x2edf" },
        { UINT64_C(1) << 40, EMU_ERR_RANGE, "compression info says 0x10000000000 bytes, more "
                                            "than the limit" },
    };
    for (size_t i = 0; i < ARRAY_SIZE(c); i++) {
        Buf b = im4p("krnl", z.p, z.n, compinfo(IMG4_COMP_LZFSE, c[i].size));
        Img4Payload p;
        assert_int_equal(img4_unwrap(b.p, b.n, &p, err, sizeof(err)), EMU_OK);
        assert_true(p.has_compinfo);
        assert_int_equal(p.comp_algo, 1);
        assert_int_equal(p.comp_size, c[i].size);
        out = NULL;
        assert_int_equal(img4_decode(&p, MAXOUT, &out, &n, &fmt, err, sizeof(err)), c[i].e);
        if (c[i].e == EMU_OK) {
            assert_string_equal(fmt, "LZFSE");
            assert_int_equal(n, t.n);
            assert_memory_equal(out, t.p, n);
            free(out);
        } else {
            assert_null(out);
            if (!strstr(err, c[i].msg))
                fail_msg("case %zu: \"%s\"", i, err);
        }
        free(b.p);
    }
    /* no compression info: size from the stream itself */
    Buf b = im4p("krnl", z.p, z.n, none());
    assert_int_equal(img4_load(b.p, b.n, MAXOUT, &out, &n, NULL, &fmt, err, sizeof(err)),
                     EMU_OK);
    assert_int_equal(n, t.n);
    free(out);
    free(b.p);
    free(z.p);
    free(t.p);
}

static void test_im4p_kbag_refused(void **state)
{
    (void)state;
    Buf kbag = octets("\x30\x03\x02\x01\x01", 5);
    Buf b = im4p("krnl", macho, sizeof(macho), cat(2, kbag, compinfo(1, 16)));
    Img4Payload p;
    char err[256];
    uint8_t *out = NULL;
    size_t n;
    assert_int_equal(img4_unwrap(b.p, b.n, &p, err, sizeof(err)), EMU_OK);
    assert_true(p.has_kbag);
    assert_true(p.has_compinfo);
    assert_int_equal(img4_decode(&p, MAXOUT, &out, &n, NULL, err, sizeof(err)),
                     EMU_ERR_FORMAT);
    assert_string_equal(err, "IM4P \"krnl\": encrypted payload (KBAG present); decrypt it "
                             "first");
    assert_null(out);
    free(b.p);
}

static void test_img4_wrapping(void **state)
{
    (void)state;
    Buf b = img4(im4p("rdsk", macho, sizeof(macho), none()));
    Img4Payload p;
    char err[256];
    uint8_t *out;
    size_t n;
    assert_true(img4_detect(b.p, b.n));
    assert_int_equal(img4_load(b.p, b.n, MAXOUT, &out, &n, &p, NULL, err, sizeof(err)), EMU_OK);
    assert_true(p.is_img4);
    assert_true(p.has_manifest);
    assert_string_equal(p.type, "rdsk");
    assert_int_equal(n, sizeof(macho));
    assert_memory_equal(out, macho, n);
    free(out);

    /* every truncation is an error */
    for (size_t k = 0; k < b.n; k++) {
        Buf cut = { b.p, k };
        assert_int_equal(unwrap(cut, &p, err, sizeof(err)), EMU_ERR_FORMAT);
    }
    free(b.p);
}

static void test_lengths_past_end(void **state)
{
    (void)state;
    uint8_t big[300] = { 0 };
    /* outer SEQUENCE claims more than the file */
    Buf b = im4p("krnl", big, sizeof(big), none());
    put_len2(b.p + 1, (unsigned)b.n + 0x100);
    char want[160];
    snprintf(want, sizeof(want), "IM4P: outer SEQUENCE at offset 0x0: length 0x%zx runs past "
             "end of file (0x%zx)", b.n + 0x100, b.n);
    expect_err(b, want);

    /* payload OCTET STRING claims more than its SEQUENCE */
    b = im4p("krnl", big, sizeof(big), none());
    size_t off = b.n - sizeof(big) - 4;
    put_len2(b.p + off + 1, sizeof(big) + 1);
    snprintf(want, sizeof(want), "IM4P: payload OCTET STRING at offset 0x%zx: length 0x%zx "
             "runs past end of IM4P SEQUENCE (0x%zx)", off, sizeof(big) + 1, b.n);
    expect_err(b, want);

    /* long form with more length bytes than the file has, and too many */
    static const uint8_t l4[] = { 0x30, 0x84, 0x00, 0x00 };
    expect_err(raw(l4, sizeof(l4)), "outer SEQUENCE at offset 0x0: length runs past end of file");
    static const uint8_t l9[] = { 0x30, 0x89, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0 };
    expect_err(raw(l9, sizeof(l9)), "9-byte length is too long");
    static const uint8_t lff[] = { 0x30, 0xff, 0 };
    expect_err(raw(lff, sizeof(lff)), "reserved length octet 0xff");
    static const uint8_t huge[] = { 0x30, 0x88, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };
    expect_err(raw(huge, sizeof(huge)), "length 0xffffffffffffffff runs past end of file");
    expect_err(raw("", 0), "outer SEQUENCE at offset 0x0: missing (end of file)");
}

static void test_indefinite_length(void **state)
{
    (void)state;
    static const uint8_t indef[] = { 0x30, 0x80, 0x16, 0x04, 'I', 'M', '4', 'P', 0, 0 };
    expect_err(raw(indef, sizeof(indef)), "outer SEQUENCE at offset 0x0: indefinite length "
                                          "(BER) is not allowed in DER");
    /* indefinite inside the IM4P, in the description */
    Buf b = im4p("krnl", macho, sizeof(macho), none());
    size_t d = 2 + 6 + 6;                               /* SEQ hdr, "IM4P", "krnl" */
    assert_int_equal(b.p[d], 0x16);
    b.p[d + 1] = 0x80;
    expect_err(b, "description at offset 0xe: indefinite length");
}

static void test_wrong_tags(void **state)
{
    (void)state;
    Buf b = im4p("krnl", macho, sizeof(macho), none());
    b.p[0] = 0x31;                                      /* SET, not SEQUENCE */
    expect_err(b, "outer SEQUENCE at offset 0x0: tag 0x31 is not SEQUENCE (0x30)");
    b = im4p("krnl", macho, sizeof(macho), none());
    b.p[8] = 0x0c;                                      /* type as UTF8String */
    expect_err(b, "type at offset 0x8: tag 0x0c is not IA5String (0x16)");
    b = im4p("krnl", macho, sizeof(macho), none());
    b.p[b.n - sizeof(macho) - 2] = 0x16;                /* payload as IA5String */
    expect_err(b, "payload OCTET STRING at offset 0x");
    b = seq(cat(4, ia5("IM4P"), ia5("krnl"), ia5("d"), none()));
    expect_err(b, "payload OCTET STRING at offset 0x11: missing (end of IM4P SEQUENCE)");
    /* IMG4 whose IM4P is an OCTET STRING */
    b = seq(cat(3, ia5("IMG4"), octets("IM4P", 4), manifest()));
    expect_err(b, "IMG4: IM4P SEQUENCE at offset 0x8: tag 0x04 is not SEQUENCE (0x30)");
    /* compression info holding an OCTET STRING / a negative INTEGER */
    b = im4p("krnl", macho, sizeof(macho), seq(cat(2, integer(1), octets("x", 1))));
    expect_err(b, "uncompressed size at offset 0x");
    static const uint8_t neg[] = { 0x02, 0x01, 0xff };
    b = im4p("krnl", macho, sizeof(macho), seq(cat(2, integer(1), raw(neg, 3))));
    expect_err(b, "negative INTEGER");
    static const uint8_t wide[] = { 0x02, 0x09, 0x01, 0, 0, 0, 0, 0, 0, 0, 0 };
    b = im4p("krnl", macho, sizeof(macho), seq(cat(2, integer(1), raw(wide, 11))));
    expect_err(b, "does not fit 64 bits");
}

static Buf nest(int depth)
{
    Buf b = octets("x", 1);
    for (int i = 0; i < depth; i++)
        b = seq(b);
    return b;
}

static void test_nesting_limit(void **state)
{
    (void)state;
    /* deep inside the manifest, which we otherwise do not interpret */
    Buf b = seq(cat(3, ia5("IMG4"), im4p("krnl", macho, sizeof(macho), none()),
                    tlv(0xa0, nest(40))));
    expect_err(b, "IMG4: element at offset 0x");
    b = seq(cat(3, ia5("IMG4"), im4p("krnl", macho, sizeof(macho), none()),
                tlv(0xa0, nest(40))));
    Img4Payload p;
    char err[256];
    assert_int_equal(unwrap(b, &p, err, sizeof(err)), EMU_ERR_FORMAT);
    assert_non_null(strstr(err, "nested more than 32 levels deep"));
    free(b.p);
    /* after the payload of a bare IM4P */
    b = im4p("krnl", macho, sizeof(macho), tlv(0xa0, nest(IMG4_MAX_DEPTH)));
    expect_err(b, "nested more than 32 levels deep");
    /* levels: IM4P SEQUENCE 1, [0] 2, nested SEQUENCEs 3.. — 32 is the most */
    b = im4p("krnl", macho, sizeof(macho), tlv(0xa0, nest(IMG4_MAX_DEPTH - 2)));
    assert_int_equal(unwrap(b, &p, err, sizeof(err)), EMU_OK);
    free(b.p);
    b = im4p("krnl", macho, sizeof(macho), tlv(0xa0, nest(IMG4_MAX_DEPTH - 1)));
    expect_err(b, "nested more than 32 levels deep");
}

static void test_wrong_strings(void **state)
{
    (void)state;
    Buf b = seq(cat(5, ia5("IM4X"), ia5("krnl"), ia5("d"), octets("x", 1), none()));
    expect_err(b, "IM4P: magic IA5String at offset 0x2 is not \"IM4P\" or \"IMG4\"");
    b = seq(cat(2, ia5("IMG4"), seq(cat(4, ia5("IMG4"), ia5("krnl"), ia5("d"),
                                        octets("x", 1)))));
    expect_err(b, "IMG4: IM4P: magic IA5String at offset 0xa is not \"IM4P\"");
    b = im4p("krn", macho, sizeof(macho), none());
    expect_err(b, "type IA5String at offset 0x8: 3 characters, want 4");
    b = im4p("krnl\x01", macho, sizeof(macho), none());
    expect_err(b, "5 characters, want 4");
    b = im4p("kr\nl", macho, sizeof(macho), none());
    expect_err(b, "byte 0x0a is not printable");
    b = seq(ia5("IM4"));
    expect_err(b, "is not \"IM4P\" or \"IMG4\"");
    /* high tag number longer than 4 bytes, and cut off */
    static const uint8_t ht[] = { 0x30, 0x08, 0xff, 0x81, 0x81, 0x81, 0x81, 0x01, 0x00, 0x00 };
    expect_err(raw(ht, sizeof(ht)), "magic at offset 0x2: tag number longer than 4 bytes");
    static const uint8_t hc[] = { 0x30, 0x02, 0xff, 0x81 };
    expect_err(raw(hc, sizeof(hc)), "magic at offset 0x2: tag number runs past end");
}

static void test_random_garbage(void **state)
{
    (void)state;
    uint32_t s = 77;
    Buf good = img4(im4p("krnl", macho, sizeof(macho), compinfo(1, 16)));
    for (int round = 0; round < 3000; round++) {
        Buf b = raw(good.p, good.n);
        for (int k = 0; k < 1 + round % 4; k++) {     /* a few random byte changes */
            s = s * 1103515245u + 12345u;
            b.p[(s >> 8) % b.n] = (uint8_t)(s >> 20);
        }
        Img4Payload p;
        char err[256];
        EmuErr e = img4_unwrap(b.p, b.n, &p, err, sizeof(err));   /* b is exact-size */
        assert_true(e == EMU_OK || e == EMU_ERR_FORMAT);
        if (e == EMU_OK) {
            uint8_t *out;
            size_t n;
            if (img4_decode(&p, 1 << 20, &out, &n, NULL, err, sizeof(err)) == EMU_OK)
                free(out);
        }
        free(b.p);
    }
    free(good.p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_im4p_macho),
        cmocka_unit_test(test_im4p_complzss_and_raw),
        cmocka_unit_test(test_im4p_lzfse_compinfo),
        cmocka_unit_test(test_im4p_kbag_refused),
        cmocka_unit_test(test_img4_wrapping),
        cmocka_unit_test(test_lengths_past_end),
        cmocka_unit_test(test_indefinite_length),
        cmocka_unit_test(test_wrong_tags),
        cmocka_unit_test(test_nesting_limit),
        cmocka_unit_test(test_wrong_strings),
        cmocka_unit_test(test_random_garbage),
    };
    return cmocka_run_group_tests_name("img4", tests, NULL, NULL);
}
