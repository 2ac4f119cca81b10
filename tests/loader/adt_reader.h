/*
 * adt_reader.h — an independent reader of the Apple device tree's binary
 * form, written from XNU-BOOT.md §3.1 alone (node := u32 nProperties, u32
 * nChildren, properties, children; property := name[32], u32 length,
 * value padded to 4) with DTLookupEntry's and DTFindEntry's rules, so
 * tests of generated trees do not depend on the adt.c parser. Every
 * offset is bounds-checked with cmocka asserts. Static functions, one copy
 * per test executable.
 */
#ifndef TESTS_ADT_READER_H
#define TESTS_ADT_READER_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

typedef struct Dt {
    uint8_t *b;
    size_t size;
} Dt;

static inline uint32_t rd32(const uint8_t *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

static inline uint64_t rd64(const uint8_t *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static inline size_t align4(size_t v)
{
    return (v + 3) & ~(size_t)3;
}

/* Offset just after the node at off and its subtree, checking bounds. */
static inline size_t dt_skip(const Dt *dt, size_t off)
{
    assert_true(off + 8 <= dt->size);
    uint32_t np = rd32(dt->b + off), nc = rd32(dt->b + off + 4);
    off += 8;
    for (uint32_t i = 0; i < np; i++) {
        assert_true(off + 36 <= dt->size);
        assert_non_null(memchr(dt->b + off, 0, 32));          /* name NUL-terminated */
        uint32_t len = rd32(dt->b + off + 32);
        assert_true(len < 0x10000000u);                        /* no flag bits */
        off = align4(off + 36 + len);
        assert_true(off <= dt->size);
    }
    for (uint32_t i = 0; i < nc; i++)
        off = dt_skip(dt, off);
    return off;
}

/* DTGetProperty: the first property `name` of the node at off. */
static inline const uint8_t *dt_prop(const Dt *dt, size_t node, const char *name,
                                     uint32_t *len)
{
    uint32_t np = rd32(dt->b + node);
    size_t off = node + 8;
    for (uint32_t i = 0; i < np; i++) {
        uint32_t l = rd32(dt->b + off + 32);
        if (strcmp((const char *)dt->b + off, name) == 0) {
            *len = l;
            return dt->b + off + 36;
        }
        off = align4(off + 36 + l);
    }
    return NULL;
}

/* Offset of the first child, then of each next one. */
static inline size_t dt_first_child(const Dt *dt, size_t node)
{
    uint32_t np = rd32(dt->b + node);
    size_t off = node + 8;
    for (uint32_t i = 0; i < np; i++)
        off = align4(off + 36 + rd32(dt->b + off + 32));
    return off;
}

/* DTLookupEntry from the root: each component matched with strcmp against
 * the children's "name". 0 (the root's offset) is never a child, so it
 * means "not found" for a non-empty path. */
static inline size_t dt_lookup(const Dt *dt, const char *path)
{
    size_t node = 0;
    char comp[64];
    while (*path) {
        size_t n = strcspn(path, "/");
        assert_true(n > 0 && n < sizeof(comp));
        memcpy(comp, path, n);
        comp[n] = 0;
        path += n + (path[n] == '/');
        uint32_t nc = rd32(dt->b + node + 4);
        size_t child = dt_first_child(dt, node), found = 0;
        for (uint32_t i = 0; i < nc && !found; i++) {
            uint32_t len;
            const uint8_t *v = dt_prop(dt, child, "name", &len);
            if (v && memchr(v, 0, len) && strcmp((const char *)v, comp) == 0)
                found = child;
            else
                child = dt_skip(dt, child);
        }
        if (!found)
            return 0;
        node = found;
    }
    return node;
}

/* Visit every node depth-first, pre-order (DTFindEntry's order). */
typedef void DtVisit(const Dt *dt, size_t node, void *ctx);

static inline size_t dt_walk(const Dt *dt, size_t node, DtVisit *fn, void *ctx)
{
    fn(dt, node, ctx);
    uint32_t nc = rd32(dt->b + node + 4);
    size_t child = dt_first_child(dt, node);
    for (uint32_t i = 0; i < nc; i++)
        child = dt_walk(dt, child, fn, ctx);
    return child;
}

typedef struct FindCtx {
    const char *prop, *value;
    size_t found;
    unsigned count;
} FindCtx;

static inline void find_visit(const Dt *dt, size_t node, void *ctx)
{
    FindCtx *f = ctx;
    uint32_t len;
    const uint8_t *v = dt_prop(dt, node, f->prop, &len);
    if (!v || (f->value && (!memchr(v, 0, len) || strcmp((const char *)v, f->value) != 0)))
        return;
    if (!f->count++)
        f->found = node;
}

/* DTFindEntry(prop, value): the first match; *count gets all matches. */
static inline size_t dt_find(const Dt *dt, const char *prop, const char *value,
                             unsigned *count)
{
    FindCtx f = { prop, value, 0, 0 };
    dt_walk(dt, 0, find_visit, &f);
    if (count)
        *count = f.count;
    return f.count ? f.found : SIZE_MAX;
}

/* Property `name` of the node at path: exactly `len` bytes. */
static inline const uint8_t *need_prop(const Dt *dt, const char *path, const char *name,
                                       uint32_t len)
{
    size_t node = dt_lookup(dt, path);
    if (!node && *path)
        fail_msg("node /%s missing", path);
    uint32_t l;
    const uint8_t *v = dt_prop(dt, node, name, &l);
    if (!v)
        fail_msg("/%s has no '%s'", path, name);
    if (len != l)
        fail_msg("/%s '%s' is %u bytes, expected %u", path, name, l, len);
    return v;
}

static inline uint32_t need_u32(const Dt *dt, const char *path, const char *name)
{
    return rd32(need_prop(dt, path, name, 4));
}

static inline uint64_t need_u64(const Dt *dt, const char *path, const char *name)
{
    return rd64(need_prop(dt, path, name, 8));
}

static inline void need_str(const Dt *dt, const char *path, const char *name, const char *s)
{
    const uint8_t *v = need_prop(dt, path, name, (uint32_t)strlen(s) + 1);
    assert_memory_equal(v, s, strlen(s) + 1);
}

#endif
