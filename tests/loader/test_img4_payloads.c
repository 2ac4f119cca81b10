/*
 * test_img4_payloads.c — IM4P/IMG4 containers (src/loader/img4.c) built
 * with der_build.h: bare IM4P with and without compression info, with a
 * KBAG (refused on decode), IMG4 around it with IM4M/IM4R (including high
 * tag numbers as in real manifests) and every truncation of it, and each
 * payload kind (Mach-O, raw, complzss, LZFSE).
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
#include "scratch.h"

#define MAXOUT ((size_t)64 << 20)

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
    Buf b;
    b.p = (uint8_t *)scratch_read_file(path, &b.n);
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_im4p_macho),
        cmocka_unit_test(test_im4p_complzss_and_raw),
        cmocka_unit_test(test_im4p_lzfse_compinfo),
        cmocka_unit_test(test_im4p_kbag_refused),
        cmocka_unit_test(test_img4_wrapping),
    };
    return cmocka_run_group_tests_name("img4_payloads", tests, NULL, NULL);
}
