/*
 * adt_edit.c — editing an Apple device tree: typed getters and setters,
 * comparison, the kernel's structural expectations (adt_check), and the
 * named fix-ups that make an IPSW DeviceTree (an iBoot template) bootable
 * without iBoot. Which properties XNU reads and at what width is in
 * docs XNU-BOOT.md §3.2; the format is XNU pexpert/pexpert/device_tree.h.
 */
#include <fnmatch.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xnuemu/adt.h"

/* ---- getters ---- */

static const uint8_t *get_elem(const AdtNode *node, const char *name, size_t index, size_t sz,
                               bool exact)
{
    const AdtProp *p = adt_find_prop(node, name);
    if (!p || index >= p->len / sz || (exact && p->len != sz))
        return NULL;
    return p->value + index * sz;
}

bool adt_get_u32(const AdtNode *node, const char *name, uint32_t *out)
{
    const uint8_t *v = get_elem(node, name, 0, 4, true);
    if (v)
        memcpy(out, v, 4);     /* little-endian host (common.h) */
    return v != NULL;
}

bool adt_get_u32_at(const AdtNode *node, const char *name, size_t index, uint32_t *out)
{
    const uint8_t *v = get_elem(node, name, index, 4, false);
    if (v)
        memcpy(out, v, 4);
    return v != NULL;
}

bool adt_get_u64(const AdtNode *node, const char *name, uint64_t *out)
{
    const uint8_t *v = get_elem(node, name, 0, 8, true);
    if (v)
        memcpy(out, v, 8);
    return v != NULL;
}

bool adt_get_u64_at(const AdtNode *node, const char *name, size_t index, uint64_t *out)
{
    const uint8_t *v = get_elem(node, name, index, 8, false);
    if (v)
        memcpy(out, v, 8);
    return v != NULL;
}

const char *adt_get_str(const AdtNode *node, const char *name)
{
    const AdtProp *p = adt_find_prop(node, name);
    return p && p->len && memchr(p->value, 0, p->len) ? (const char *)p->value : NULL;
}

/* ---- setters ---- */

EmuErr adt_set_u32(AdtNode *node, const char *name, uint32_t v)
{
    return adt_set_prop(node, name, &v, 4);
}

EmuErr adt_set_u64(AdtNode *node, const char *name, uint64_t v)
{
    return adt_set_prop(node, name, &v, 8);
}

EmuErr adt_set_u32s(AdtNode *node, const char *name, const uint32_t *v, size_t n)
{
    if (n > ADT_PROP_LEN_MASK / 4)
        return EMU_ERR_RANGE;
    return adt_set_prop(node, name, v, (uint32_t)(n * 4));
}

EmuErr adt_set_u64s(AdtNode *node, const char *name, const uint64_t *v, size_t n)
{
    if (n > ADT_PROP_LEN_MASK / 8)
        return EMU_ERR_RANGE;
    return adt_set_prop(node, name, v, (uint32_t)(n * 8));
}

EmuErr adt_set_str(AdtNode *node, const char *name, const char *s)
{
    size_t l = strlen(s) + 1;
    if (l > ADT_PROP_LEN_MASK)
        return EMU_ERR_RANGE;
    return adt_set_prop(node, name, s, (uint32_t)l);
}

EmuErr adt_set_str_padded(AdtNode *node, const char *name, const char *s, uint32_t width)
{
    size_t l = strlen(s);
    if (l >= width || width > ADT_PROP_LEN_MASK)
        return EMU_ERR_ARG;
    char *buf = calloc(1, width);
    if (!buf)
        return EMU_ERR_NOMEM;
    memcpy(buf, s, l);
    EmuErr e = adt_set_prop(node, name, buf, width);
    free(buf);
    return e;
}

EmuErr adt_set_strs(AdtNode *node, const char *name, const char *const *s, size_t n)
{
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        total += strlen(s[i]) + 1;
        if (total > ADT_PROP_LEN_MASK)
            return EMU_ERR_RANGE;
    }
    char *buf = malloc(total ? total : 1);
    if (!buf)
        return EMU_ERR_NOMEM;
    size_t at = 0;
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(s[i]) + 1;
        memcpy(buf + at, s[i], l);
        at += l;
    }
    EmuErr e = adt_set_prop(node, name, buf, (uint32_t)total);
    free(buf);
    return e;
}

EmuErr adt_set_empty(AdtNode *node, const char *name)
{
    return adt_set_prop(node, name, NULL, 0);
}

EmuErr adt_rename_prop(AdtNode *node, const char *from, const char *to)
{
    size_t l = to ? strnlen(to, ADT_PROP_NAME_LEN) : 0;
    AdtProp *p = adt_find_prop(node, from);
    if (!p || l == 0 || l >= ADT_PROP_NAME_LEN)
        return EMU_ERR_ARG;
    memset(p->name, 0, sizeof(p->name));
    memcpy(p->name, to, l);
    return EMU_OK;
}

bool adt_remove_prop(AdtNode *node, const char *name)
{
    AdtProp *p = adt_find_prop(node, name);
    if (!p)
        return false;
    size_t i = (size_t)(p - node->props);
    free(p->value);
    memmove(p, p + 1, (node->nprops - i - 1) * sizeof(AdtProp));
    node->nprops--;
    return true;
}

AdtNode *adt_ensure_path(AdtNode *root, const char *path)
{
    AdtNode *cur = root;
    const char *cp = path;
    if (!root || !path)
        return NULL;
    if (*cp == '/')
        cp++;
    for (bool first = true; *cp; first = false) {
        size_t n = strcspn(cp, "/");
        if (n == 0)
            return cp[1] == 0 ? cur : NULL;
        if (n > ADT_MAX_NODE_NAME)
            return NULL;
        char buf[ADT_MAX_NODE_NAME + 1];
        memcpy(buf, cp, n);
        buf[n] = 0;
        AdtNode *c = adt_find_child(cur, buf);
        if (!c && first && strcmp(buf, "device-tree") == 0)
            c = cur;
        if (!c)
            c = adt_add_child(cur, buf);
        if (!c)
            return NULL;
        cur = c;
        cp += n;
        if (*cp == '/')
            cp++;
    }
    return cur;
}

/* ---- comparison and checks ---- */

bool adt_equal(const AdtNode *a, const AdtNode *b)
{
    if (a->nprops != b->nprops || a->nchildren != b->nchildren)
        return false;
    for (uint32_t i = 0; i < a->nprops; i++) {
        const AdtProp *x = &a->props[i], *y = &b->props[i];
        if (strncmp(x->name, y->name, ADT_PROP_NAME_LEN) != 0 || x->len != y->len ||
            x->flags != y->flags || (x->len && memcmp(x->value, y->value, x->len) != 0))
            return false;
    }
    for (uint32_t i = 0; i < a->nchildren; i++)
        if (!adt_equal(a->children[i], b->children[i]))
            return false;
    return true;
}

static const AdtNode *unbootable(const AdtNode *n, const char **why)
{
    const char *name = adt_node_name(n);
    size_t l = name ? strlen(name) : 0;
    if (n->nprops == 0)
        *why = "has no properties (XNU's walkers stop at such a node)";
    else if (l == 0 || l > ADT_MAX_NODE_NAME)
        *why = "has no \"name\" of 1..63 characters";
    for (uint32_t i = 0; !*why && i < n->nprops; i++)
        if (n->props[i].flags)
            *why = "has a property with placeholder/flag bits set";
    if (*why)
        return n;
    for (uint32_t i = 0; i < n->nchildren; i++) {
        const AdtNode *bad = unbootable(n->children[i], why);
        if (bad)
            return bad;
    }
    return NULL;
}

EmuErr adt_check(const AdtNode *root, char *err, size_t errlen)
{
    const char *why = NULL;
    const AdtNode *bad = unbootable(root, &why);
    if (!bad)
        return EMU_OK;
    char path[ADT_PATH_MAX];
    adt_node_path(bad, path, sizeof(path));
    if (errlen)
        snprintf(err, errlen, "ADT: node %s %s", path, why);
    return EMU_ERR_FORMAT;
}

/* ---- fix-ups ---- */

static EmuErr PRINTF_LIKE(4, 5) fail(char *err, size_t errlen, EmuErr e, const char *fmt, ...)
{
    va_list ap;
    if (errlen) {
        int n = snprintf(err, errlen, "ADT: ");
        va_start(ap, fmt);
        if (n > 0 && (size_t)n < errlen)
            vsnprintf(err + n, errlen - (size_t)n, fmt, ap);
        va_end(ap);
    }
    return e;
}

/* Result of a set: EMU_OK or an error naming the node and property. */
static EmuErr set_result(EmuErr e, const AdtNode *node, const char *prop, char *err,
                         size_t errlen)
{
    if (e == EMU_OK)
        return e;
    char path[ADT_PATH_MAX];
    adt_node_path(node, path, sizeof(path));
    return fail(err, errlen, e, "node %s property '%s': %s", path, prop, emu_strerror(e));
}

unsigned adt_clear_placeholder_flags(AdtNode *root)
{
    unsigned n = 0;
    for (uint32_t i = 0; i < root->nprops; i++) {
        n += root->props[i].flags != 0;
        root->props[i].flags = 0;
    }
    for (uint32_t i = 0; i < root->nchildren; i++)
        n += adt_clear_placeholder_flags(root->children[i]);
    return n;
}

EmuErr adt_set_cpu_frequencies(AdtNode *root, uint64_t timebase_hz, uint64_t fixed_hz,
                               unsigned *count, char *err, size_t errlen)
{
    static const char *const widen[] = {
        "bus-frequency", "peripheral-frequency", "memory-frequency", "clock-frequency",
    };
    unsigned n = 0;
    AdtNode *cpus = adt_find(root, "/cpus");
    if (count)
        *count = 0;
    if (!cpus || cpus->nchildren == 0)
        return fail(err, errlen, EMU_ERR_FORMAT, "no /cpus node with CPUs in the tree");
    for (uint32_t i = 0; i < cpus->nchildren; i++) {
        AdtNode *cpu = cpus->children[i];
        EmuErr e = adt_set_u64(cpu, "timebase-frequency", timebase_hz);
        if (e == EMU_OK)
            e = adt_set_u64(cpu, "fixed-frequency", fixed_hz);
        if (e != EMU_OK)
            return set_result(e, cpu, "timebase-frequency", err, errlen);
        n += 2;
        for (size_t k = 0; k < ARRAY_SIZE(widen); k++) {
            uint32_t v32;
            if (!adt_get_u32(cpu, widen[k], &v32))
                continue;
            e = adt_set_u64(cpu, widen[k], v32);
            if (e != EMU_OK)
                return set_result(e, cpu, widen[k], err, errlen);
            n++;
        }
    }
    if (count)
        *count = n;
    return EMU_OK;
}

EmuErr adt_set_cpu_running(AdtNode *root, const char *cpu, char *err, size_t errlen)
{
    AdtNode *node = adt_find_child(adt_find(root, "/cpus"), cpu);
    if (!node)
        return fail(err, errlen, EMU_ERR_FORMAT, "no node /cpus/%s", cpu);
    return set_result(adt_set_str_padded(node, "state", "running", 8), node, "state", err,
                      errlen);
}

EmuErr adt_set_random_seed(AdtNode *root, const uint8_t *seed, size_t len, char *err,
                           size_t errlen)
{
    if (len == 0 || len > ADT_PROP_LEN_MASK)
        return fail(err, errlen, EMU_ERR_ARG, "random-seed of %zu bytes", len);
    AdtNode *chosen = adt_ensure_path(root, "/chosen");
    if (!chosen)
        return fail(err, errlen, EMU_ERR_NOMEM, "cannot create /chosen");
    return set_result(adt_set_prop(chosen, "random-seed", seed, (uint32_t)len), chosen,
                      "random-seed", err, errlen);
}

EmuErr adt_set_chosen_u32(AdtNode *root, const char *name, uint32_t v, char *err,
                          size_t errlen)
{
    AdtNode *chosen = adt_ensure_path(root, "/chosen");
    if (!chosen)
        return fail(err, errlen, EMU_ERR_NOMEM, "cannot create /chosen");
    return set_result(adt_set_u32(chosen, name, v), chosen, name, err, errlen);
}

EmuErr adt_set_memory_map(AdtNode *root, const char *name, uint64_t pa, uint64_t size,
                          char *err, size_t errlen)
{
    const uint64_t range[2] = { pa, size };
    AdtNode *mm = adt_ensure_path(root, "/chosen/memory-map");
    if (!mm)
        return fail(err, errlen, EMU_ERR_NOMEM, "cannot create /chosen/memory-map");
    return set_result(adt_set_u64s(mm, name, range, 2), mm, name, err, errlen);
}

static bool kept(const AdtNode *node, const char *const *keep, size_t nkeep)
{
    char path[ADT_PATH_MAX];
    adt_node_path(node, path, sizeof(path));
    for (size_t i = 0; i < nkeep; i++)
        if (fnmatch(keep[i], path, 0) == 0)
            return true;
    return false;
}

unsigned adt_disable_compatible(AdtNode *root, const char *const *keep, size_t nkeep)
{
    unsigned n = 0;
    if (adt_find_prop(root, "compatible") && !kept(root, keep, nkeep))
        n += adt_rename_prop(root, "compatible", "~compatible") == EMU_OK;
    for (uint32_t i = 0; i < root->nchildren; i++)
        n += adt_disable_compatible(root->children[i], keep, nkeep);
    return n;
}
