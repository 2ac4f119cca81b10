/*
 * test_adt_format.c — the Apple device tree binary form (XNU
 * pexpert/pexpert/device_tree.h, XNU-BOOT.md §3.1): a hand-laid blob byte
 * for byte, builder -> serialise -> parse round trips, parse errors naming
 * node, property and offset, and the nesting depth limit both ways.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "adt_sample.h"
#include "xnuemu/adt.h"

/* ---- a little blob writer for hand-laid layouts ---- */

typedef struct Blob {
    uint8_t b[4096];
    size_t n;
} Blob;

static void put32(Blob *w, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        w->b[w->n++] = (uint8_t)(v >> (8 * i));
}

/* A property: name zero-padded to 32 bytes, the length word, the value and
 * zero padding to 4 bytes. */
static void put_prop(Blob *w, const char *name, uint32_t word, const void *v, size_t len)
{
    memset(w->b + w->n, 0, 32);
    memcpy(w->b + w->n, name, strlen(name));
    w->n += 32;
    put32(w, word);
    memcpy(w->b + w->n, v, len);
    w->n += len;
    while (w->n % 4)
        w->b[w->n++] = 0;
}

static AdtNode *parse_ok(const uint8_t *data, size_t size)
{
    char err[256] = "";
    AdtNode *root = NULL;
    EmuErr e = adt_parse(data, size, &root, err, sizeof(err));
    if (e != EMU_OK)
        fail_msg("parse failed: %s", err);
    return root;
}

static void parse_fails(const uint8_t *data, size_t size, const char *expect)
{
    char err[256] = "";
    AdtNode *root = (AdtNode *)1;
    uint8_t *copy = malloc(size ? size : 1);   /* exact size: ASan sees over-reads */
    if (size)
        memcpy(copy, data, size);
    assert_int_equal(adt_parse(copy, size, &root, err, sizeof(err)), EMU_ERR_FORMAT);
    assert_null(root);
    free(copy);
    if (strcmp(err, expect) != 0)
        fail_msg("got  \"%s\"\nwant \"%s\"", err, expect);
}

/* ---- the hand-laid layout ---- */

/* / {name "device-tree", #size-cells 2} with child chosen {name, x: a
 * 3-byte placeholder}: 188 bytes, offsets worked out by hand. */
static void tiny_blob(Blob *w)
{
    uint32_t two = 2;
    w->n = 0;
    put32(w, 2);                                       /* 0x00 root nProperties */
    put32(w, 1);                                       /* 0x04 root nChildren */
    put_prop(w, "name", 12, "device-tree", 12);        /* 0x08 .. 0x38 */
    put_prop(w, "#size-cells", 4, &two, 4);            /* 0x38 .. 0x60 */
    put32(w, 2);                                       /* 0x60 chosen nProperties */
    put32(w, 0);                                       /* 0x64 chosen nChildren */
    put_prop(w, "name", 7, "chosen", 7);               /* 0x68 .. 0x94 (1 pad byte) */
    put_prop(w, "x", 0x80000003u, "ab", 3);            /* 0x94 .. 0xbc */
}

static void test_known_layout(void **state)
{
    (void)state;
    Blob w;
    tiny_blob(&w);
    assert_int_equal(w.n, 0xbc);
    assert_int_equal(w.b[0x60], 2);
    assert_int_equal(w.b[0x94 + 32 + 3], 0x80);          /* flag bit in the length word */

    AdtNode *root = adt_new_root();
    assert_int_equal(adt_set_u32(root, "#size-cells", 2), EMU_OK);
    AdtNode *chosen = adt_add_child(root, "chosen");
    assert_int_equal(adt_set_prop(chosen, "x", "ab", 3), EMU_OK);
    chosen->props[1].flags = ADT_PROP_PLACEHOLDER;
    assert_int_equal(adt_serialised_size(root), w.n);
    uint8_t *out;
    size_t size;
    assert_int_equal(adt_serialise(root, &out, &size, NULL, 0), EMU_OK);
    assert_int_equal(size, w.n);
    assert_memory_equal(out, w.b, w.n);
    free(out);

    AdtParseInfo info;
    AdtNode *p = NULL;
    assert_int_equal(adt_parse_ex(w.b, w.n, 0, &p, &info, NULL, 0), EMU_OK);
    assert_true(adt_equal(p, root));
    assert_int_equal(info.used, w.n);
    assert_int_equal(info.nodes, 2);
    assert_int_equal(info.props, 4);
    assert_int_equal(info.flagged, 1);
    assert_int_equal(info.max_depth, 2);
    AdtProp *x = adt_find_prop(adt_find(p, "/chosen"), "x");
    assert_int_equal(x->len, 3);
    assert_int_equal(x->flags, ADT_PROP_PLACEHOLDER);
    assert_string_equal((char *)x->value, "ab");
    adt_free(p);

    uint8_t small[0xbb];                         /* adt_serialise_to checks room */
    char err[128];
    assert_int_equal(adt_serialise_to(root, small, sizeof(small), NULL, err, sizeof(err)),
                     EMU_ERR_RANGE);
    assert_string_equal(err, "ADT: the tree needs 0xbc bytes, buffer has 0xbb");
    adt_free(root);
}

static void test_round_trip(void **state)
{
    (void)state;
    AdtNode *t = sample_tree();
    uint8_t *b1, *b2;
    size_t n1, n2;
    assert_int_equal(adt_serialise(t, &b1, &n1, NULL, 0), EMU_OK);
    AdtNode *p = parse_ok(b1, n1);
    assert_true(adt_equal(t, p));
    assert_int_equal(adt_serialise(p, &b2, &n2, NULL, 0), EMU_OK);
    assert_int_equal(n1, n2);
    assert_memory_equal(b1, b2, n1);
    /* flags survive: 0xc0000000 | 5 in the stored word */
    const AdtProp *blob = adt_find_prop(adt_find(p, "/arm-io/uart0"), "blob");
    assert_int_equal(blob->len, 5);
    assert_int_equal(blob->flags, 0xc0000000u);
    assert_false(adt_equal(t, adt_find(p, "/chosen")));
    adt_free(p);
    free(b1);
    free(b2);
    adt_free(t);
}

/* ---- parse errors ---- */

static void test_parse_errors(void **state)
{
    (void)state;
    char want[256];
    AdtNode *t = adt_new_root();
    AdtNode *u0 = adt_add_child(adt_add_child(t, "arm-io"), "uart0");
    static const uint64_t reg[] = { 0x0a0c0000, 0x4000 };
    assert_int_equal(adt_set_u64s(u0, "reg", reg, 2), EMU_OK);
    uint8_t *b;
    size_t n;
    assert_int_equal(adt_serialise(t, &b, &n, NULL, 0), EMU_OK);
    const uint8_t *r = memmem(b, n, "reg\0", 4);
    size_t off = (size_t)(r - b);
    b[off + 32] = 0x10;                      /* length 0x40010: far past the end */
    b[off + 34] = 0x04;
    snprintf(want, sizeof(want), "ADT: node /arm-io/uart0 property 'reg' at offset 0x%zx: "
             "length 0x40010 runs past the end (0x%zx)", off, n);
    parse_fails(b, n, want);
    b[off + 35] = 0x80;                      /* the same, flagged */
    snprintf(want, sizeof(want), "ADT: node /arm-io/uart0 property 'reg' at offset 0x%zx: "
             "length 0x40010 (flagged) runs past the end (0x%zx)", off, n);
    parse_fails(b, n, want);
    b[off + 32] = 0x10, b[off + 34] = 0, b[off + 35] = 0;
    memset(b + off, 'r', 32);                /* unterminated property name */
    snprintf(want, sizeof(want), "ADT: node /arm-io/uart0 at offset 0x%zx: property 1 name is "
             "not NUL-terminated within 32 bytes", off);
    parse_fails(b, n, want);
    b[off] = 0;
    snprintf(want, sizeof(want), "ADT: node /arm-io/uart0 at offset 0x%zx: property 1 has an "
             "empty name", off);
    parse_fails(b, n, want);
    /* the node's name comes first; break it and the node shows as its index */
    const uint8_t *nm = memmem(b, n, "uart0", 6);
    size_t noff = (size_t)(nm - b) - 36;      /* the name property of uart0 */
    memset(b + noff, 'x', 32);
    snprintf(want, sizeof(want), "ADT: node /arm-io/[0] at offset 0x%zx: property 0 name is "
             "not NUL-terminated within 32 bytes", noff);
    parse_fails(b, n, want);
    free(b);

    parse_fails(NULL, 0, "ADT: node / at offset 0x0: node header needs 8 bytes, 0 left "
                "(truncated)");
    Blob w;
    tiny_blob(&w);
    w.b[w.n] = 0, w.b[w.n + 1] = 0, w.b[w.n + 2] = 0, w.b[w.n + 3] = 0;
    parse_fails(w.b, w.n + 4, "ADT: node / at offset 0xbc: 0x4 bytes after the end of the tree "
                "(size 0xc0)");
    AdtNode *p = NULL;
    AdtParseInfo info;
    assert_int_equal(adt_parse_ex(w.b, w.n + 4, ADT_PARSE_ALLOW_TRAILING, &p, &info, NULL, 0),
                     EMU_OK);
    assert_int_equal(info.used, 0xbc);
    assert_int_equal(info.trailing, 4);
    adt_free(p);
    w.b[0x04] = 0xff, w.b[0x05] = 0xff, w.b[0x06] = 0xff, w.b[0x07] = 0xff;
    parse_fails(w.b, w.n, "ADT: node / at offset 0x0: 4294967295 children need at least "
                "0x7fffffff8 bytes, 0xb4 left");
    tiny_blob(&w);
    w.b[0x60] = 0x40;         /* chosen: 0x40 properties (its name not read yet) */
    parse_fails(w.b, w.n, "ADT: node /[0] at offset 0x60: 64 properties need at least 0x900 "
                "bytes, 0x54 left");
    adt_free(t);
}

/* A chain of `depth` nodes, each {name "n"}, hand-laid. */
static size_t chain(Blob *w, unsigned depth)
{
    w->n = 0;
    for (unsigned i = 0; i < depth; i++) {
        put32(w, 1);
        put32(w, i + 1 < depth);
        put_prop(w, "name", 2, "n", 2);
    }
    return w->n;
}

static void test_depth_limit(void **state)
{
    (void)state;
    Blob w;
    AdtNode *p = NULL;
    AdtParseInfo info;
    chain(&w, ADT_MAX_DEPTH);
    assert_int_equal(adt_parse_ex(w.b, w.n, 0, &p, &info, NULL, 0), EMU_OK);
    assert_int_equal(info.max_depth, ADT_MAX_DEPTH);
    uint8_t *out;
    size_t n;
    assert_int_equal(adt_serialise(p, &out, &n, NULL, 0), EMU_OK);
    assert_memory_equal(out, w.b, w.n);
    free(out);
    /* one more level cannot be serialised ... */
    AdtNode *leaf = p;
    while (leaf->nchildren)
        leaf = leaf->children[0];
    assert_non_null(adt_add_child(leaf, "n"));
    char err[ADT_PATH_MAX + 64];
    assert_int_equal(adt_serialise(p, &out, &n, err, sizeof(err)), EMU_ERR_ARG);
    assert_non_null(strstr(err, ": nested too deep"));
    adt_free(p);
    /* ... nor parsed */
    chain(&w, ADT_MAX_DEPTH + 1);
    assert_int_equal(adt_parse(w.b, w.n, &p, err, sizeof(err)), EMU_ERR_FORMAT);
    assert_non_null(strstr(err, "at offset 0xc00: nested deeper than 64 levels"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_known_layout),
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_parse_errors),
        cmocka_unit_test(test_depth_limit),
    };
    return cmocka_run_group_tests_name("loader_adt_format", tests, NULL, NULL);
}
