/*
 * test_adt.c — the Apple device tree binary form (XNU
 * pexpert/pexpert/device_tree.h): a hand-laid blob byte for byte, builder
 * -> serialise -> parse round trips, DTLookupEntry/DTFindEntry look-up
 * semantics, getters and setters, parse errors naming node, property and
 * offset, and robustness: every truncation and every huge count/length
 * fails cleanly, every single-byte corruption either fails or round-trips.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <cmocka.h>

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

/* ---- a richer tree for round trips, look-ups and robustness ---- */

static AdtNode *sample_tree(void)
{
    static const char *const compat[] = { "D10AP", "iPhone9,1", "AppleARM" };
    static const uint64_t reg[] = { 0x0a0c0000, 0x4000 };
    AdtNode *r = adt_new_root();
    assert_int_equal(adt_set_strs(r, "compatible", compat, 3), EMU_OK);
    assert_int_equal(adt_set_u32(r, "#address-cells", 2), EMU_OK);
    assert_int_equal(adt_set_empty(r, "target-is-fpga"), EMU_OK);
    AdtNode *chosen = adt_add_child(r, "chosen");
    assert_int_equal(adt_set_u32(chosen, "debug-enabled", 1), EMU_OK);
    assert_non_null(adt_add_child(chosen, "memory-map"));
    AdtNode *cpus = adt_add_child(r, "cpus");
    AdtNode *cpu0 = adt_add_child(cpus, "cpu0");
    assert_int_equal(adt_set_str(cpu0, "device_type", "cpu"), EMU_OK);
    assert_int_equal(adt_set_u64(cpu0, "timebase-frequency", 24000000), EMU_OK);
    AdtNode *cpu1 = adt_add_child(cpus, "cpu1");
    assert_int_equal(adt_set_str(cpu1, "device_type", "cpu"), EMU_OK);
    assert_int_equal(adt_set_str(cpu1, "marker", "deep"), EMU_OK);
    AdtNode *io = adt_add_child(r, "arm-io");
    assert_int_equal(adt_set_str(io, "device_type", "t8010-io"), EMU_OK);
    assert_int_equal(adt_set_str(io, "marker", "shallow"), EMU_OK);
    AdtNode *u0 = adt_add_child(io, "uart0");
    assert_int_equal(adt_set_str(u0, "device_type", "serial"), EMU_OK);
    assert_int_equal(adt_set_prop(u0, "compatible", "uart-1,samsung\0extra", 21), EMU_OK);
    assert_int_equal(adt_set_u64s(u0, "reg", reg, 2), EMU_OK);
    assert_int_equal(adt_set_prop(u0, "blob", "\x01\x02\x03\x04\x05", 5), EMU_OK);
    adt_find_prop(u0, "blob")->flags = ADT_PROP_PLACEHOLDER | 0x40000000u;
    AdtNode *u1 = adt_add_child(io, "uart1");
    assert_int_equal(adt_set_str(u1, "device_type", "serial"), EMU_OK);
    assert_int_equal(adt_set_u32(u1, "AAAA", 0x41414141), EMU_OK);
    return r;
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

static void test_lookup_paths(void **state)
{
    (void)state;
    AdtNode *t = sample_tree();
    AdtNode *chosen = t->children[0], *mm = chosen->children[0];
    AdtNode *u0 = t->children[2]->children[0];
    assert_ptr_equal(adt_find(t, "/"), t);
    assert_ptr_equal(adt_find(t, ""), t);
    assert_ptr_equal(adt_find(t, "/chosen"), chosen);
    assert_ptr_equal(adt_find(t, "chosen"), chosen);
    assert_ptr_equal(adt_find(t, "chosen/"), chosen);
    assert_ptr_equal(adt_find(t, "chosen//"), chosen);      /* XNU: empty last component */
    assert_null(adt_find(t, "chosen//memory-map"));        /* XNU: empty inner component */
    assert_ptr_equal(adt_find(t, "/chosen/memory-map"), mm);
    assert_ptr_equal(adt_find(chosen, "memory-map"), mm);  /* relative to a search point */
    assert_ptr_equal(adt_find(t, "/device-tree/arm-io/uart0"), u0);
    assert_ptr_equal(adt_find(t, "device-tree"), t);
    assert_null(adt_find(t, "/arm-io/uart9"));
    assert_null(adt_find(t, "/arm-io/device-tree"));
    char longname[80];
    memset(longname, 'a', 64);
    longname[64] = 0;
    assert_null(adt_find(t, longname));
    assert_null(adt_add_child(t, longname));               /* 64 characters */
    longname[63] = 0;
    AdtNode *l = adt_add_child(t, longname);               /* 63 is the maximum */
    assert_ptr_equal(adt_find(t, longname), l);
    /* a real child called device-tree wins over the m1n1 form */
    AdtNode *dt = adt_add_child(t, "device-tree");
    assert_ptr_equal(adt_find(t, "/device-tree"), dt);
    /* duplicates: the first wins, as in FindChild */
    AdtNode *c2 = adt_add_child(t, "chosen");
    assert_ptr_equal(adt_find(t, "/chosen"), chosen);
    assert_ptr_not_equal(c2, chosen);
    char path[64];
    assert_int_equal(adt_node_path(u0, path, sizeof(path)), 13);
    assert_string_equal(path, "/arm-io/uart0");
    adt_node_path(t, path, sizeof(path));
    assert_string_equal(path, "/");
    assert_true(adt_remove_prop(c2, "name"));
    adt_node_path(c2, path, sizeof(path));
    assert_string_equal(path, "/[5]");
    adt_free(t);
}

static void test_find_by_prop(void **state)
{
    (void)state;
    AdtNode *t = sample_tree();
    AdtNode *cpu0 = adt_find(t, "/cpus/cpu0"), *cpu1 = adt_find(t, "/cpus/cpu1");
    AdtNode *io = adt_find(t, "/arm-io"), *u0 = adt_find(t, "/arm-io/uart0");
    assert_ptr_equal(adt_find_by_prop(t, "name", "device-tree"), t);
    assert_ptr_equal(adt_find_by_prop(t, "device_type", "serial"), u0);
    assert_ptr_equal(adt_find_by_prop(t, "device_type", "t8010-io"), io);
    assert_ptr_equal(adt_find_by_prop(t, "device_type", NULL), cpu0);
    assert_ptr_equal(adt_find_by_prop(t, "marker", NULL), cpu1);   /* depth first, not breadth */
    /* the value is compared as a C string, like strcmp in find_entry */
    assert_ptr_equal(adt_find_by_prop(t, "compatible", "uart-1,samsung"), u0);
    assert_null(adt_find_by_prop(t, "compatible", "extra"));
    assert_null(adt_find_by_prop(t, "AAAA", "AAAA"));              /* no NUL: no match */
    assert_ptr_equal(adt_find_by_prop(t, "AAAA", NULL), adt_find(t, "/arm-io/uart1"));
    assert_ptr_equal(adt_find_by_prop(io, "device_type", "serial"), u0);
    assert_null(adt_find_by_prop(t, "device_type", "timer"));
    adt_free(t);
}

static void test_getters_setters(void **state)
{
    (void)state;
    AdtNode *t = sample_tree();
    AdtNode *u0 = adt_find(t, "/arm-io/uart0"), *cpu0 = adt_find(t, "/cpus/cpu0");
    uint32_t v32 = 0xdead;
    uint64_t v64 = 0xdead;
    assert_true(adt_get_u32(t, "#address-cells", &v32));
    assert_int_equal(v32, 2);
    assert_false(adt_get_u32(cpu0, "timebase-frequency", &v32));   /* 8 bytes, not 4 */
    assert_int_equal(v32, 2);
    assert_true(adt_get_u64(cpu0, "timebase-frequency", &v64));
    assert_int_equal(v64, 24000000);
    assert_false(adt_get_u64(t, "#address-cells", &v64));
    assert_false(adt_get_u32(t, "missing", &v32));
    assert_true(adt_get_u64_at(u0, "reg", 1, &v64));
    assert_int_equal(v64, 0x4000);
    assert_false(adt_get_u64_at(u0, "reg", 2, &v64));
    assert_true(adt_get_u32_at(u0, "reg", 0, &v32));
    assert_int_equal(v32, 0x0a0c0000);
    assert_false(adt_get_u64(u0, "reg", &v64));                    /* 16 bytes */
    assert_string_equal(adt_get_str(cpu0, "device_type"), "cpu");
    assert_null(adt_get_str(adt_find(t, "/arm-io/uart1"), "AAAA"));
    assert_string_equal(adt_node_name(u0), "uart0");

    /* replace keeps the position and drops the flags */
    uint32_t pos = (uint32_t)(adt_find_prop(u0, "blob") - u0->props);
    assert_int_equal(adt_set_u32(u0, "blob", 7), EMU_OK);
    assert_int_equal(adt_find_prop(u0, "blob") - u0->props, pos);
    assert_int_equal(adt_find_prop(u0, "blob")->flags, 0);
    assert_int_equal(adt_set_prop(u0, "", "x", 1), EMU_ERR_ARG);
    assert_int_equal(adt_set_prop(u0, "0123456789012345678901234567890123", "x", 1), EMU_ERR_ARG);
    assert_int_equal(adt_set_prop(u0, "0123456789012345678901234567890", "x", 1), EMU_OK);
    assert_int_equal(adt_set_prop(u0, "n", NULL, 1), EMU_ERR_ARG);
    assert_int_equal(adt_set_prop(u0, "n", "x", ADT_PROP_LEN_MASK + 1), EMU_ERR_RANGE);
    assert_int_equal(adt_set_str_padded(cpu0, "state", "running", 7), EMU_ERR_ARG);
    assert_int_equal(adt_set_str_padded(cpu0, "state", "run", 8), EMU_OK);
    assert_memory_equal(adt_find_prop(cpu0, "state")->value, "run\0\0\0\0\0", 8);
    assert_int_equal(adt_rename_prop(u0, "reg", "reg-old"), EMU_OK);
    assert_null(adt_find_prop(u0, "reg"));
    assert_int_equal(adt_rename_prop(u0, "reg", "x"), EMU_ERR_ARG);
    uint32_t n = u0->nprops;
    assert_true(adt_remove_prop(u0, "reg-old"));
    assert_false(adt_remove_prop(u0, "reg-old"));
    assert_int_equal(u0->nprops, n - 1);

    /* nodes */
    assert_int_equal(adt_remove_node(t), EMU_ERR_ARG);
    AdtNode *io = adt_find(t, "/arm-io");
    assert_int_equal(adt_remove_node(u0), EMU_OK);
    assert_int_equal(io->nchildren, 1);
    assert_string_equal(adt_node_name(io->children[0]), "uart1");
    AdtNode *mm = adt_ensure_path(t, "/chosen/memory-map");
    assert_ptr_equal(mm, adt_find(t, "/chosen/memory-map"));
    AdtNode *deep = adt_ensure_path(t, "/a/b/c");
    assert_ptr_equal(deep, adt_find(t, "a/b/c"));
    assert_null(adt_ensure_path(t, "/a//c"));
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
    AdtNode *t = sample_tree();
    uint8_t *b;
    size_t n;
    assert_int_equal(adt_serialise(t, &b, &n, NULL, 0), EMU_OK);
    adt_free(t);
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
    AdtNode *t = sample_tree();
    uint8_t *b;
    size_t n;
    assert_int_equal(adt_serialise(t, &b, &n, NULL, 0), EMU_OK);
    adt_free(t);
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
        cmocka_unit_test(test_known_layout),
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_lookup_paths),
        cmocka_unit_test(test_find_by_prop),
        cmocka_unit_test(test_getters_setters),
        cmocka_unit_test(test_parse_errors),
        cmocka_unit_test(test_depth_limit),
        cmocka_unit_test(test_robust_truncation_and_huge_fields),
        cmocka_unit_test(test_robust_byte_flips),
    };
    return cmocka_run_group_tests_name("loader_adt", tests, NULL, NULL);
}
