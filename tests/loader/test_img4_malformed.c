/*
 * test_img4_malformed.c — broken IM4P/IMG4 containers (src/loader/img4.c)
 * built with der_build.h: long-form lengths past the end, indefinite
 * lengths, wrong tags, nesting too deep, wrong strings, bad INTEGERs and
 * random garbage — errors with a message, never crashes.
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

#include "der_build.h"

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
        cmocka_unit_test(test_lengths_past_end),
        cmocka_unit_test(test_indefinite_length),
        cmocka_unit_test(test_wrong_tags),
        cmocka_unit_test(test_nesting_limit),
        cmocka_unit_test(test_wrong_strings),
        cmocka_unit_test(test_random_garbage),
    };
    return cmocka_run_group_tests_name("img4_malformed", tests, NULL, NULL);
}
