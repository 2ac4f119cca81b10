/*
 * decode.c — builds the A64 decoder from the rows of a64.def at start-up:
 * parses each 32-character pattern into mask/value and field positions,
 * checks that no two rows overlap unless one is a declared carve-out of the
 * other, and indexes rows into 4096 buckets by instruction bits 29:22 and
 * 13:10 (the index dynarmic and Ryujinx use). Arm ARM C4.1 (A64 encoding
 * index). Decoding cost is irrelevant at run time: the decode cache calls
 * a64_decode() once per instruction address.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xnuemu/decode.h"

const A64RowDef a64_rows[A64__COUNT] = {
    [A64_UNALLOCATED] = { "UNALLOCATED", "--------------------------------", 0, 0,
                          F_UNALLOC, "a64.def", 0 },
#define INSN(id, pattern, prep, flags) \
    [A64_##id] = { #id, pattern, prep, exec_##id, (flags), __FILE__, __LINE__ },
#define UNIMPL(id, pattern, flags) \
    [A64_##id] = { #id, pattern, 0, 0, (flags) | F_UNIMPL, __FILE__, __LINE__ },
#define UNALLOC(id, pattern, flags) \
    [A64_##id] = { #id, pattern, 0, 0, (flags) | F_UNALLOC, __FILE__, __LINE__ },
#include "a64.def"
#undef INSN
#undef UNIMPL
#undef UNALLOC
};

const char *a64_row_family(unsigned id, char *buf, size_t len)
{
    const char *f = a64_rows[id].file;
    const char *base = strrchr(f, '/');
    base = base ? base + 1 : f;
    if (strncmp(base, "a64_", 4) == 0)
        base += 4;
    size_t n = strcspn(base, ".");
    if (n >= len)
        n = len - 1;
    memcpy(buf, base, n);
    buf[n] = 0;
    return buf;
}

bool a64_parse_pattern(const char *pattern, A64RowInfo *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof(*out));
    int bit = 31;
    for (const char *p = pattern; *p; p++) {
        char c = *p;
        if (c == ' ')
            continue;
        if (bit < 0) {
            snprintf(err, errlen, "pattern \"%s\" has more than 32 bits", pattern);
            return false;
        }
        uint32_t b = UINT32_C(1) << bit;
        if (c == '0' || c == '1') {
            out->mask |= b;
            if (c == '1')
                out->value |= b;
        } else if (c == '-') {
            /* ignored bit */
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            unsigned k;
            for (k = 0; k < out->nfields && out->letter[k] != c; k++)
                ;
            if (k == out->nfields) {
                if (k == ARRAY_SIZE(out->letter)) {
                    snprintf(err, errlen, "pattern \"%s\" has too many fields", pattern);
                    return false;
                }
                out->letter[k] = c;
                out->nfields++;
            }
            out->fmask[k] |= b;
        } else {
            snprintf(err, errlen, "pattern \"%s\": bad character '%c'", pattern, c);
            return false;
        }
        bit--;
    }
    if (bit != -1) {
        snprintf(err, errlen, "pattern \"%s\" has %d bits, not 32", pattern, 31 - bit);
        return false;
    }
    return true;
}

/* Bucket index: instruction bits 29:22 and 13:10. */
static unsigned bucket_of(uint32_t insn)
{
    return ((insn >> 10) & 0xf) | ((insn >> 18) & 0xff0);
}

static bool rows_overlap(const A64RowInfo *a, const A64RowInfo *b)
{
    return ((a->value ^ b->value) & a->mask & b->mask) == 0;
}

/* Overlap is allowed only when one row is a declared carve-out whose fixed
 * bits strictly contain the other's. */
static bool overlap_declared(unsigned ia, const A64RowInfo *a, unsigned ib, const A64RowInfo *b)
{
    bool a_in_b = (a->mask & b->mask) == b->mask && a->mask != b->mask;
    bool b_in_a = (a->mask & b->mask) == a->mask && a->mask != b->mask;
    return (a_in_b && (a64_rows[ia].flags & F_CARVE)) ||
           (b_in_a && (a64_rows[ib].flags & F_CARVE));
}

static int popcount32(uint32_t x)
{
    return __builtin_popcount(x);
}

bool a64_decoder_build(A64Decoder *d, uint64_t features, char *err, size_t errlen)
{
    memset(d, 0, sizeof(*d));
    d->features = features;
    for (unsigned i = 1; i < A64__COUNT; i++) {
        const A64RowDef *r = &a64_rows[i];
        char msg[160];
        if (!a64_parse_pattern(r->pattern, &d->info[i], msg, sizeof(msg))) {
            snprintf(err, errlen, "%s:%d: row %s: %s", r->file, r->line, r->name, msg);
            return false;
        }
        /* Unimplemented rows stay visible whatever the features, so the
         * unimp log can name what the guest tried. */
        uint64_t need = r->flags & FEAT_MASK;
        d->enabled[i] = (need & features) == need || (r->flags & F_UNIMPL);
    }
    /* Overlap check over every pair of rows, enabled or not: the table is
     * wrong whatever the CPU model. */
    for (unsigned i = 1; i < A64__COUNT; i++) {
        for (unsigned j = i + 1; j < A64__COUNT; j++) {
            if (rows_overlap(&d->info[i], &d->info[j]) &&
                !overlap_declared(i, &d->info[i], j, &d->info[j])) {
                snprintf(err, errlen, "%s:%d: row %s overlaps %s (%s:%d) without a carve-out",
                         a64_rows[j].file, a64_rows[j].line, a64_rows[j].name,
                         a64_rows[i].name, a64_rows[i].file, a64_rows[i].line);
                return false;
            }
        }
    }
    /* Bucket index: count, then fill, then order each bucket by specificity. */
    static const uint32_t bmask = (0xffu << 22) | (0xfu << 10);
    uint32_t *count = calloc(4096, sizeof(*count));
    if (!count) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    /* Each enabled row lands in every bucket its fixed bits allow: walk
     * those buckets directly (every subset of the bucket bits the row
     * leaves free), rows in table order, counting on the first pass and
     * filling on the second. */
    size_t total = 0;
    for (unsigned pass = 0; pass < 2; pass++) {
        for (unsigned i = 1; i < A64__COUNT; i++) {
            if (!d->enabled[i])
                continue;
            const A64RowInfo *ri = &d->info[i];
            unsigned fixed = bucket_of(ri->mask & bmask), val = bucket_of(ri->value & ri->mask);
            unsigned free_bits = ~fixed & 0xfffu;
            for (unsigned sub = free_bits;; sub = (sub - 1) & free_bits) {
                unsigned bkt = val | sub;
                if (pass == 0)
                    count[bkt]++;
                else
                    d->bucket_rows[d->bucket_start[bkt] + count[bkt]++] = (uint16_t)i;
                if (sub == 0)
                    break;
            }
        }
        if (pass == 0) {
            for (unsigned bkt = 0; bkt < 4096; bkt++) {
                d->bucket_start[bkt] = (uint32_t)total;
                total += count[bkt];
                count[bkt] = 0;
            }
            d->bucket_start[4096] = (uint32_t)total;
            d->bucket_rows = calloc(total ? total : 1, sizeof(uint16_t));
            if (!d->bucket_rows) {
                free(count);
                snprintf(err, errlen, "out of memory");
                return false;
            }
        }
    }
    free(count);
    /* Most fixed bits first, then table order (insertion sort: buckets are short). */
    for (unsigned bkt = 0; bkt < 4096; bkt++) {
        uint16_t *b = d->bucket_rows + d->bucket_start[bkt];
        unsigned n = d->bucket_start[bkt + 1] - d->bucket_start[bkt];
        for (unsigned i = 1; i < n; i++) {
            uint16_t v = b[i];
            int pv = popcount32(d->info[v].mask);
            unsigned j = i;
            while (j > 0 && popcount32(d->info[b[j - 1]].mask) < pv) {
                b[j] = b[j - 1];
                j--;
            }
            b[j] = v;
        }
    }
    return true;
}

void a64_decoder_free(A64Decoder *d)
{
    free(d->bucket_rows);
    d->bucket_rows = NULL;
}

unsigned a64_decode(const A64Decoder *d, uint32_t insn)
{
    unsigned bkt = bucket_of(insn);
    for (uint32_t k = d->bucket_start[bkt]; k < d->bucket_start[bkt + 1]; k++) {
        unsigned id = d->bucket_rows[k];
        if ((insn & d->info[id].mask) == d->info[id].value)
            return id;
    }
    return A64_UNALLOCATED;
}

void a64_fields(const A64Decoder *d, unsigned id, uint32_t insn, Fields *f)
{
    memset(f, 0, sizeof(*f));
    const A64RowInfo *ri = &d->info[id];
    for (unsigned k = 0; k < ri->nfields; k++) {
        uint32_t m = ri->fmask[k], v = 0;
        unsigned lo = (unsigned)__builtin_ctz(m);
        if (((m >> lo) & ((m >> lo) + 1)) == 0) {
            v = (insn & m) >> lo;            /* one run of bits: the usual case */
        } else {
            for (int bit = 31; bit >= 0; bit--) {
                if (m & (UINT32_C(1) << bit))
                    v = (v << 1) | ((insn >> bit) & 1);
            }
        }
        f->v[fld_slot(ri->letter[k])] = v;
    }
}
