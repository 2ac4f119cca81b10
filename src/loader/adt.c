/*
 * adt.c — the Apple device tree as an owned in-memory tree: memory,
 * look-ups with XNU's semantics (DTLookupEntry, DTFindEntry,
 * DTGetProperty in pexpert/gen/device_tree.c), the bounds-checked parser
 * and the byte-exact serialiser. The format and the length-word flag bits
 * are described in include/xnuemu/adt.h (source: XNU
 * pexpert/pexpert/device_tree.h).
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "xnuemu/adt.h"

#define PROP_HDR 36u   /* name[32] + u32 length */
#define NODE_HDR 8u    /* u32 nProperties + u32 nChildren */

static size_t align4(size_t n)
{
    return (n + 3) & ~(size_t)3;
}

static uint32_t rd32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void wr32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

/* Make room for one more element in a growable array. */
static bool reserve(void **arr, uint32_t *cap, uint32_t used, size_t elem)
{
    if (used < *cap)
        return true;
    if (*cap >= UINT32_MAX / 2)
        return false;
    uint32_t ncap = *cap ? *cap * 2 : 4;
    void *p = realloc(*arr, (size_t)ncap * elem);
    if (!p)
        return false;
    *arr = p;
    *cap = ncap;
    return true;
}

static AdtNode *node_attach(AdtNode *parent)
{
    AdtNode *n = calloc(1, sizeof(*n));
    if (!n)
        return NULL;
    if (parent) {
        if (!reserve((void **)&parent->children, &parent->children_cap, parent->nchildren,
                     sizeof(AdtNode *))) {
            free(n);
            return NULL;
        }
        parent->children[parent->nchildren++] = n;
        n->parent = parent;
    }
    return n;
}

void adt_free(AdtNode *root)
{
    if (!root)
        return;
    for (uint32_t i = 0; i < root->nchildren; i++)
        adt_free(root->children[i]);
    for (uint32_t i = 0; i < root->nprops; i++)
        free(root->props[i].value);
    free(root->children);
    free(root->props);
    free(root);
}

AdtNode *adt_new_root(void)
{
    AdtNode *n = node_attach(NULL);
    if (n && adt_set_str(n, "name", "device-tree") != EMU_OK) {
        adt_free(n);
        return NULL;
    }
    return n;
}

AdtNode *adt_add_child(AdtNode *parent, const char *name)
{
    size_t l = name ? strnlen(name, ADT_MAX_NODE_NAME + 1) : 0;
    if (!parent || l == 0 || l > ADT_MAX_NODE_NAME)
        return NULL;
    AdtNode *n = node_attach(parent);
    if (n && adt_set_str(n, "name", name) != EMU_OK) {
        adt_remove_node(n);
        return NULL;
    }
    return n;
}

EmuErr adt_remove_node(AdtNode *node)
{
    if (!node || !node->parent)
        return EMU_ERR_ARG;
    AdtNode *p = node->parent;
    for (uint32_t i = 0; i < p->nchildren; i++) {
        if (p->children[i] == node) {
            memmove(&p->children[i], &p->children[i + 1],
                    (p->nchildren - i - 1) * sizeof(AdtNode *));
            p->nchildren--;
            adt_free(node);
            return EMU_OK;
        }
    }
    EMU_BUG("ADT node not among its parent's children");
}

/* ---- names, paths, look-ups ---- */

/* The value as a C string if it has a NUL within its length. */
static const char *prop_str(const AdtProp *p)
{
    return p && p->len && memchr(p->value, 0, p->len) ? (const char *)p->value : NULL;
}

static bool name_is(const AdtProp *p, const char *name)
{
    return strncmp(p->name, name, ADT_PROP_NAME_LEN) == 0;
}

AdtProp *adt_find_prop(const AdtNode *node, const char *name)
{
    for (uint32_t i = 0; node && i < node->nprops; i++)
        if (name_is(&node->props[i], name))
            return &node->props[i];
    return NULL;
}

const char *adt_node_name(const AdtNode *node)
{
    return prop_str(adt_find_prop(node, "name"));
}

AdtNode *adt_find_child(const AdtNode *parent, const char *name)
{
    for (uint32_t i = 0; parent && i < parent->nchildren; i++) {
        const char *n = adt_node_name(parent->children[i]);
        if (n && strcmp(n, name) == 0)
            return parent->children[i];
    }
    return NULL;
}

AdtNode *adt_find(const AdtNode *start, const char *path)
{
    const AdtNode *cur = start;
    const char *cp = path;
    if (!start || !path)
        return NULL;
    if (*cp == '/')
        cp++;
    for (bool first = true; *cp; first = false) {
        size_t n = strcspn(cp, "/");
        if (n == 0)                      /* "x//": done; "x//y": fail (XNU) */
            return cp[1] == 0 ? (AdtNode *)cur : NULL;
        if (n > ADT_MAX_NODE_NAME)
            return NULL;
        char buf[ADT_MAX_NODE_NAME + 1];
        memcpy(buf, cp, n);
        buf[n] = 0;
        const AdtNode *c = adt_find_child(cur, buf);
        if (!c && first && strcmp(buf, "device-tree") == 0)
            c = cur;
        if (!c)
            return NULL;
        cur = c;
        cp += n;
        if (*cp == '/')
            cp++;
    }
    return (AdtNode *)cur;
}

AdtNode *adt_find_by_prop(const AdtNode *root, const char *prop, const char *value)
{
    if (!root)
        return NULL;
    for (uint32_t i = 0; i < root->nprops; i++) {
        const AdtProp *p = &root->props[i];
        if (!name_is(p, prop))
            continue;
        const char *s = prop_str(p);
        if (!value || (s && strcmp(s, value) == 0))
            return (AdtNode *)root;
    }
    for (uint32_t i = 0; i < root->nchildren; i++) {
        AdtNode *f = adt_find_by_prop(root->children[i], prop, value);
        if (f)
            return f;
    }
    return NULL;
}

/* ---- properties ---- */

static bool prop_name_ok(const char *name)
{
    size_t l = name ? strnlen(name, ADT_PROP_NAME_LEN) : 0;
    return l > 0 && l < ADT_PROP_NAME_LEN;
}

EmuErr adt_set_prop(AdtNode *node, const char *name, const void *value, uint32_t len)
{
    if (!node || !prop_name_ok(name) || (!value && len))
        return EMU_ERR_ARG;
    if (len > ADT_PROP_LEN_MASK)
        return EMU_ERR_RANGE;
    uint8_t *v = NULL;
    if (len) {
        v = calloc(1, align4(len));
        if (!v)
            return EMU_ERR_NOMEM;
        memcpy(v, value, len);   /* value may point into the old buffer */
    }
    AdtProp *p = adt_find_prop(node, name);
    if (!p) {
        if (!reserve((void **)&node->props, &node->props_cap, node->nprops, sizeof(AdtProp))) {
            free(v);
            return EMU_ERR_NOMEM;
        }
        p = &node->props[node->nprops++];
        memset(p, 0, sizeof(*p));
        memcpy(p->name, name, strlen(name));
    }
    free(p->value);
    p->value = v;
    p->len = len;
    p->flags = 0;
    return EMU_OK;
}

/* ---- parser ---- */

typedef struct Parser {
    const uint8_t *data;
    size_t size, off;
    char *err;
    size_t errlen;
    AdtParseInfo info;
} Parser;

static EmuErr PRINTF_LIKE(5, 6) perr(Parser *p, const AdtNode *node, const char *prop,
                                     size_t off, const char *fmt, ...)
{
    char path[ADT_PATH_MAX], msg[160];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    adt_node_path(node, path, sizeof(path));
    if (p->errlen)
        snprintf(p->err, p->errlen, "ADT: node %s%s%.31s%s at offset 0x%zx: %s", path,
                 prop ? " property '" : "", prop ? prop : "", prop ? "'" : "", off, msg);
    return EMU_ERR_FORMAT;
}

static EmuErr parse_prop(Parser *p, AdtNode *node)
{
    size_t at = p->off, left = p->size - p->off;
    if (left < PROP_HDR)
        return perr(p, node, NULL, at, "property %u header needs %u bytes, %zu left (truncated)",
                    node->nprops, PROP_HDR, left);
    const char *name = (const char *)p->data + at;
    if (!memchr(name, 0, ADT_PROP_NAME_LEN))
        return perr(p, node, NULL, at, "property %u name is not NUL-terminated within %u bytes",
                    node->nprops, ADT_PROP_NAME_LEN);
    if (!name[0])
        return perr(p, node, NULL, at, "property %u has an empty name", node->nprops);
    uint32_t word = rd32(p->data + at + ADT_PROP_NAME_LEN);
    uint32_t len = word & ADT_PROP_LEN_MASK;
    left -= PROP_HDR;
    if (align4(len) > left)
        return perr(p, node, name, at, "length 0x%x%s runs past the end (0x%zx)", len,
                    word != len ? " (flagged)" : "", p->size);
    if (!reserve((void **)&node->props, &node->props_cap, node->nprops, sizeof(AdtProp)))
        return EMU_ERR_NOMEM;
    AdtProp *pr = &node->props[node->nprops];
    memset(pr, 0, sizeof(*pr));
    if (len) {
        pr->value = malloc(align4(len));
        if (!pr->value)
            return EMU_ERR_NOMEM;
        memcpy(pr->value, p->data + at + PROP_HDR, align4(len));
    }
    memcpy(pr->name, name, ADT_PROP_NAME_LEN);
    pr->len = len;
    pr->flags = word & ADT_PROP_FLAGS_MASK;
    node->nprops++;
    p->info.props++;
    p->info.flagged += pr->flags != 0;
    p->off = at + PROP_HDR + align4(len);
    return EMU_OK;
}

static EmuErr parse_node(Parser *p, AdtNode *node, uint32_t depth)
{
    size_t at = p->off, left = p->size - p->off;
    if (depth > ADT_MAX_DEPTH)
        return perr(p, node, NULL, at, "nested deeper than %u levels", ADT_MAX_DEPTH);
    if (left < NODE_HDR)
        return perr(p, node, NULL, at, "node header needs %u bytes, %zu left (truncated)",
                    NODE_HDR, left);
    uint32_t np = rd32(p->data + at), nc = rd32(p->data + at + 4);
    left -= NODE_HDR;
    if (np > left / PROP_HDR)
        return perr(p, node, NULL, at, "%u properties need at least 0x%llx bytes, 0x%zx left",
                    np, (unsigned long long)np * PROP_HDR, left);
    if (nc > left / NODE_HDR)
        return perr(p, node, NULL, at, "%u children need at least 0x%llx bytes, 0x%zx left",
                    nc, (unsigned long long)nc * NODE_HDR, left);
    p->off = at + NODE_HDR;
    p->info.nodes++;
    if (depth > p->info.max_depth)
        p->info.max_depth = depth;
    for (uint32_t i = 0; i < np; i++) {
        EmuErr e = parse_prop(p, node);
        if (e != EMU_OK)
            return e;
    }
    if (nc > (p->size - p->off) / NODE_HDR)
        return perr(p, node, NULL, p->off, "%u children need at least 0x%llx bytes, 0x%zx "
                    "left after the properties", nc, (unsigned long long)nc * NODE_HDR,
                    p->size - p->off);
    for (uint32_t i = 0; i < nc; i++) {
        AdtNode *c = node_attach(node);
        if (!c)
            return EMU_ERR_NOMEM;
        EmuErr e = parse_node(p, c, depth + 1);
        if (e != EMU_OK)
            return e;
    }
    return EMU_OK;
}

EmuErr adt_parse_ex(const uint8_t *data, size_t size, unsigned flags, AdtNode **root,
                    AdtParseInfo *info, char *err, size_t errlen)
{
    Parser p = { .data = data, .size = size, .err = err, .errlen = errlen };
    *root = NULL;
    if (!data && size) {
        if (errlen)
            snprintf(err, errlen, "ADT: no data for a 0x%zx-byte tree", size);
        return EMU_ERR_ARG;
    }
    AdtNode *r = node_attach(NULL);
    if (!r)
        return EMU_ERR_NOMEM;
    EmuErr e = parse_node(&p, r, 1);
    if (e == EMU_OK && p.off != size && !(flags & ADT_PARSE_ALLOW_TRAILING))
        e = perr(&p, r, NULL, p.off, "0x%zx bytes after the end of the tree (size 0x%zx)",
                 size - p.off, size);
    if (e == EMU_ERR_NOMEM && errlen)
        snprintf(err, errlen, "ADT: out of memory at offset 0x%zx", p.off);
    if (e != EMU_OK) {
        adt_free(r);
        return e;
    }
    p.info.used = p.off;
    p.info.trailing = size - p.off;
    if (info)
        *info = p.info;
    *root = r;
    return EMU_OK;
}

/* ---- serialiser ---- */

/* What the format cannot carry (only reachable by editing fields by hand or
 * nesting too deep): NULL if fine, else the offending node, *why, *prop. */
static const AdtNode *unserialisable(const AdtNode *n, uint32_t depth, const char **why,
                                     const char **prop)
{
    *prop = NULL;
    *why = depth > ADT_MAX_DEPTH ? "nested too deep" : NULL;
    for (uint32_t i = 0; !*why && i < n->nprops; i++) {
        const AdtProp *pr = &n->props[i];
        bool named = memchr(pr->name, 0, ADT_PROP_NAME_LEN) && pr->name[0];
        *prop = named ? pr->name : "?";
        if (!named)
            *why = "bad property name";
        else if (pr->len > ADT_PROP_LEN_MASK || (pr->flags & ~ADT_PROP_FLAGS_MASK))
            *why = "length or flags out of range";
        else if (pr->len && !pr->value)
            *why = "no value";
    }
    if (*why)
        return n;
    *prop = NULL;
    for (uint32_t i = 0; i < n->nchildren; i++) {
        const AdtNode *bad = unserialisable(n->children[i], depth + 1, why, prop);
        if (bad)
            return bad;
    }
    return NULL;
}

static EmuErr validate(const AdtNode *root, char *err, size_t errlen)
{
    const char *why, *prop;
    const AdtNode *bad = unserialisable(root, 1, &why, &prop);
    if (!bad)
        return EMU_OK;
    char path[ADT_PATH_MAX];
    adt_node_path(bad, path, sizeof(path));
    if (errlen)
        snprintf(err, errlen, "ADT: node %s%s%.31s%s: %s", path, prop ? " property '" : "",
                 prop ? prop : "", prop ? "'" : "", why);
    return EMU_ERR_ARG;
}

size_t adt_serialised_size(const AdtNode *root)
{
    size_t s = NODE_HDR;
    for (uint32_t i = 0; i < root->nprops; i++)
        s += PROP_HDR + align4(root->props[i].len);
    for (uint32_t i = 0; i < root->nchildren; i++)
        s += adt_serialised_size(root->children[i]);
    return s;
}

static uint8_t *write_node(const AdtNode *n, uint8_t *w)
{
    wr32(w, n->nprops);
    wr32(w + 4, n->nchildren);
    w += NODE_HDR;
    for (uint32_t i = 0; i < n->nprops; i++) {
        const AdtProp *pr = &n->props[i];
        memcpy(w, pr->name, ADT_PROP_NAME_LEN);
        wr32(w + ADT_PROP_NAME_LEN, pr->len | pr->flags);
        w += PROP_HDR;
        if (pr->len)
            memcpy(w, pr->value, align4(pr->len));
        w += align4(pr->len);
    }
    for (uint32_t i = 0; i < n->nchildren; i++)
        w = write_node(n->children[i], w);
    return w;
}

EmuErr adt_serialise_to(const AdtNode *root, uint8_t *buf, size_t cap, size_t *written,
                        char *err, size_t errlen)
{
    EmuErr e = validate(root, err, errlen);
    if (e != EMU_OK)
        return e;
    size_t need = adt_serialised_size(root);
    if (need > cap) {
        if (errlen)
            snprintf(err, errlen, "ADT: the tree needs 0x%zx bytes, buffer has 0x%zx", need, cap);
        return EMU_ERR_RANGE;
    }
    write_node(root, buf);
    if (written)
        *written = need;
    return EMU_OK;
}

EmuErr adt_serialise(const AdtNode *root, uint8_t **out, size_t *size, char *err,
                     size_t errlen)
{
    *out = NULL;
    EmuErr e = validate(root, err, errlen);
    if (e != EMU_OK)
        return e;
    size_t need = adt_serialised_size(root);
    uint8_t *buf = malloc(need);
    if (!buf) {
        if (errlen)
            snprintf(err, errlen, "ADT: out of memory for 0x%zx bytes", need);
        return EMU_ERR_NOMEM;
    }
    write_node(root, buf);
    *out = buf;
    *size = need;
    return EMU_OK;
}
