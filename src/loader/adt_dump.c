/*
 * adt_dump.c — an Apple device tree as text: node paths (for messages)
 * and the deterministic dump (format in include/xnuemu/adt.h at
 * adt_dump). Values carry no type in the binary format (XNU
 * pexpert/pexpert/device_tree.h), so the shape is guessed: NUL-separated
 * printable strings, then 4- and 8-byte numbers, then word lists (u64
 * words for "reg"/"ranges", as Apple trees use 2 address and size cells),
 * then raw bytes.
 */
#include <stdio.h>
#include <string.h>

#include "xnuemu/adt.h"

#define MAX_WORDS 16u
#define MAX_BYTES 32u

static bool printable(uint8_t c)
{
    return c >= 0x20 && c < 0x7f;
}

/* One or more NUL-separated printable strings, the last NUL-terminated;
 * trailing NUL padding is allowed except in 4- and 8-byte values (those
 * are more likely numbers: "A\0\0\0" is 0x41). */
static bool is_strings(const uint8_t *v, size_t len)
{
    if (len < 2 || v[len - 1] != 0 || !printable(v[0]))
        return false;
    size_t core = len;
    while (v[core - 1] == 0)
        core--;
    if (len - core > 1 && (len == 4 || len == 8))
        return false;
    for (size_t i = 1; i < core; i++) {
        if (v[i] == 0 ? v[i - 1] == 0 : !printable(v[i]))
            return false;
    }
    return true;
}

static void dump_strings(const uint8_t *v, size_t len, FILE *out)
{
    size_t core = len;
    while (v[core - 1] == 0)
        core--;
    fputc('"', out);
    for (size_t i = 0; i < core; i++) {
        if (v[i] == 0)
            fputs("\" \"", out);
        else if (v[i] == '"' || v[i] == '\\')
            fprintf(out, "\\%c", v[i]);
        else
            fputc(v[i], out);
    }
    fputc('"', out);
    if (len - core > 1)
        fprintf(out, " (+%zu NUL)", len - core - 1);
}

static uint64_t le64(const uint8_t *v)
{
    uint64_t x;
    memcpy(&x, v, 8);
    return x;
}

static void dump_value(const AdtProp *p, FILE *out)
{
    const uint8_t *v = p->value;
    size_t len = p->len;
    if (len == 0) {
        fputs("<empty>", out);
    } else if (is_strings(v, len)) {
        dump_strings(v, len, out);
    } else if (len == 4) {
        uint32_t x;
        memcpy(&x, v, 4);
        fprintf(out, "<0x%x>", x);
    } else if (len == 8) {
        fprintf(out, "<0x%016llx> (u64 %llu)", (unsigned long long)le64(v),
                (unsigned long long)le64(v));
    } else if (len % 4 == 0) {
        bool wide = len % 8 == 0 && (strcmp(p->name, "reg") == 0 ||
                                     strcmp(p->name, "ranges") == 0);
        size_t w = wide ? 8 : 4, n = len / w, shown = n < MAX_WORDS ? n : MAX_WORDS;
        fputc('<', out);
        for (size_t i = 0; i < shown; i++) {
            uint32_t x;
            memcpy(&x, v + i * 4, 4);
            if (wide)
                fprintf(out, "%s0x%016llx", i ? " " : "", (unsigned long long)le64(v + i * 8));
            else
                fprintf(out, "%s0x%08x", i ? " " : "", x);
        }
        fputc('>', out);
        if (shown < n)
            fprintf(out, " ... (%zu bytes)", len);
    } else {
        size_t shown = len < MAX_BYTES ? len : MAX_BYTES;
        fprintf(out, "[%zu bytes]", len);
        for (size_t i = 0; i < shown; i++)
            fprintf(out, " %02x", v[i]);
        if (shown < len)
            fputs(" ...", out);
    }
    if (p->flags & ADT_PROP_PLACEHOLDER)
        fputs(" (placeholder)", out);
    if (p->flags & ~ADT_PROP_PLACEHOLDER)
        fprintf(out, " (flags 0x%08x)", p->flags & ~ADT_PROP_PLACEHOLDER);
}

/* The "name" property is shown on the node line instead, when it is one
 * plain string. */
static bool name_shown_in_header(const AdtProp *p)
{
    return strcmp(p->name, "name") == 0 && p->flags == 0 && p->len >= 2 &&
           memchr(p->value, 0, p->len) == p->value + p->len - 1 && is_strings(p->value, p->len);
}

/* A node name with non-printable bytes escaped as \xNN. */
static void put_name(const char *s, FILE *out)
{
    for (; *s; s++) {
        if (printable((uint8_t)*s) && *s != '\\')
            fputc(*s, out);
        else
            fprintf(out, "\\x%02x", (uint8_t)*s);
    }
}

static void dump_node(const AdtNode *n, uint32_t index, unsigned depth, FILE *out)
{
    const char *name = adt_node_name(n);
    fprintf(out, "%*s", (int)(2 * depth), "");
    if (depth == 0 && name) {
        fputs("/ (", out);
        put_name(name, out);
        fputs(")\n", out);
    } else if (depth == 0) {
        fputs("/\n", out);
    } else if (name) {
        put_name(name, out);
        fputs("/\n", out);
    } else {
        fprintf(out, "[%u]/\n", index);
    }
    for (uint32_t i = 0; i < n->nprops; i++) {
        const AdtProp *p = &n->props[i];
        if (name_shown_in_header(p))
            continue;
        fprintf(out, "%*s%.31s = ", (int)(2 * depth + 2), "", p->name);
        dump_value(p, out);
        fputc('\n', out);
    }
    for (uint32_t i = 0; i < n->nchildren; i++)
        dump_node(n->children[i], i, depth + 1, out);
}

size_t adt_node_path(const AdtNode *node, char *buf, size_t len)
{
    char tmp[ADT_PATH_MAX];
    size_t pos = sizeof(tmp);
    tmp[--pos] = 0;
    for (const AdtNode *n = node; n && n->parent; n = n->parent) {
        char idx[16];
        const char *comp = adt_node_name(n);
        if (!comp) {
            uint32_t i = 0;
            while (i < n->parent->nchildren && n->parent->children[i] != n)
                i++;
            snprintf(idx, sizeof(idx), "[%u]", i);
            comp = idx;
        }
        size_t cl = strlen(comp);
        if (pos < cl + 4) {      /* deeper than any parsed tree: mark the cut */
            memcpy(&tmp[pos - 3], "...", 3);
            pos -= 3;
            break;
        }
        pos -= cl;
        memcpy(&tmp[pos], comp, cl);
        tmp[--pos] = '/';
    }
    if (tmp[pos] == 0)
        tmp[--pos] = '/';
    if (len)
        snprintf(buf, len, "%s", &tmp[pos]);
    return len ? strnlen(buf, len) : 0;
}

void adt_dump(const AdtNode *root, FILE *out)
{
    dump_node(root, 0, 0, out);
}
