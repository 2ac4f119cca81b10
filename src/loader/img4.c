/*
 * img4.c — IMG4 and IM4P containers: a small ASN.1 DER reader (ITU-T
 * X.690 §8.1: identifier octets incl. high tag numbers, definite short and
 * long lengths; indefinite lengths are BER and refused), the IM4P/IMG4
 * layouts as publicly described (see img4.h), and the payload dispatch to
 * complzss (lzss.c) and LZFSE (lzfse.c). Offsets in messages are offsets
 * in the input file.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xnuemu/compress.h"
#include "xnuemu/img4.h"

#define TAG_INTEGER  0x02
#define TAG_OCTETS   0x04
#define TAG_IA5      0x16
#define TAG_SEQUENCE 0x30
#define TAG_CTX0     0xa0      /* [0] constructed: IM4M */
#define TAG_CTX1     0xa1      /* [1] constructed: IM4R */

typedef struct DerElem {
    size_t off;                 /* identifier octet */
    uint8_t ident;              /* first identifier octet (class, constructed, tag) */
    uint32_t tagnum;
    size_t start, len;          /* contents */
} DerElem;

/* A window being read: [pos, end) of buf, the contents of `name`. */
typedef struct DerWin {
    const uint8_t *buf;
    size_t pos, end;
    const char *name;           /* "file", "IM4P SEQUENCE", ... */
} DerWin;

typedef struct Ctx {
    const char *what;           /* "IM4P" or "IMG4": message prefix */
    char *err;
    size_t errlen;
} Ctx;

PRINTF_LIKE(2, 3) static EmuErr fail(const Ctx *c, const char *fmt, ...)
{
    if (c->err && c->errlen) {
        int n = snprintf(c->err, c->errlen, "%s: ", c->what);
        if (n >= 0 && (size_t)n < c->errlen) {
            va_list ap;
            va_start(ap, fmt);
            vsnprintf(c->err + n, c->errlen - (size_t)n, fmt, ap);
            va_end(ap);
        }
    }
    return EMU_ERR_FORMAT;
}

static const char *tag_name(uint8_t ident)
{
    switch (ident) {
    case TAG_INTEGER: return "INTEGER";
    case TAG_OCTETS: return "OCTET STRING";
    case TAG_IA5: return "IA5String";
    case TAG_SEQUENCE: return "SEQUENCE";
    case 0x31: return "SET";
    case TAG_CTX0: return "[0]";
    case TAG_CTX1: return "[1]";
    }
    return "element";
}

/* Read the next TLV of w (what names it in messages) and step over it. */
static EmuErr der_next(const Ctx *c, DerWin *w, const char *what, DerElem *e)
{
    const uint8_t *b = w->buf;
    size_t p = w->pos;
    e->off = p;
    if (p >= w->end)
        return fail(c, "%s at offset 0x%zx: missing (end of %s)", what, p, w->name);
    e->ident = b[p++];
    e->tagnum = e->ident & 0x1fu;
    if (e->tagnum == 0x1f) {                          /* high tag number, base 128 */
        e->tagnum = 0;
        for (unsigned n = 0;; n++) {
            if (p >= w->end)
                return fail(c, "%s at offset 0x%zx: tag number runs past end of %s", what,
                            e->off, w->name);
            if (n == 4)
                return fail(c, "%s at offset 0x%zx: tag number longer than 4 bytes", what,
                            e->off);
            uint8_t t = b[p++];
            e->tagnum = e->tagnum << 7 | (t & 0x7fu);
            if (!(t & 0x80))
                break;
        }
    }
    if (p >= w->end)
        return fail(c, "%s at offset 0x%zx: length runs past end of %s", what, e->off,
                    w->name);
    uint8_t l0 = b[p++];
    size_t len = l0;
    if (l0 == 0x80)
        return fail(c, "%s at offset 0x%zx: indefinite length (BER) is not allowed in DER",
                    what, e->off);
    if (l0 == 0xff)
        return fail(c, "%s at offset 0x%zx: reserved length octet 0xff", what, e->off);
    if (l0 > 0x80) {
        unsigned n = l0 & 0x7fu;
        if (n > sizeof(size_t))
            return fail(c, "%s at offset 0x%zx: %u-byte length is too long", what, e->off, n);
        if (n > w->end - p)
            return fail(c, "%s at offset 0x%zx: length runs past end of %s", what, e->off,
                        w->name);
        len = 0;
        while (n--)
            len = len << 8 | b[p++];
    }
    if (len > w->end - p)
        return fail(c, "%s at offset 0x%zx: length 0x%zx runs past end of %s (0x%zx)", what,
                    e->off, len, w->name, w->end);
    e->start = p;
    e->len = len;
    w->pos = p + len;
    return EMU_OK;
}

/* der_next, then insist on one identifier octet. */
static EmuErr der_expect(const Ctx *c, DerWin *w, const char *what, uint8_t ident, DerElem *e)
{
    EmuErr err = der_next(c, w, what, e);
    if (err)
        return err;
    if (e->ident != ident || (ident & 0x1f) == 0x1f)
        return fail(c, "%s at offset 0x%zx: tag 0x%02x is not %s (0x%02x)", what, e->off,
                    e->ident, tag_name(ident), ident);
    return EMU_OK;
}

static DerWin inner(const DerWin *w, const DerElem *e, const char *name)
{
    return (DerWin){ w->buf, e->start, e->start + e->len, name };
}

/* w holds the contents of a constructed element at nesting level depth (the
 * outer SEQUENCE is level 1). Every element in it is well formed, and
 * constructed ones, checked recursively, go no deeper than IMG4_MAX_DEPTH. */
static EmuErr der_check_tree(const Ctx *c, DerWin w, unsigned depth)
{
    while (w.pos < w.end) {
        DerElem e;
        EmuErr err = der_next(c, &w, "element", &e);
        if (err)
            return err;
        if (!(e.ident & 0x20))
            continue;
        if (depth + 1 > IMG4_MAX_DEPTH)
            return fail(c, "element at offset 0x%zx: nested more than %d levels deep", e.off,
                        IMG4_MAX_DEPTH);
        if ((err = der_check_tree(c, inner(&w, &e, "constructed element"), depth + 1)))
            return err;
    }
    return EMU_OK;
}

static bool is_string(const DerWin *w, const DerElem *e, const char *s)
{
    size_t n = strlen(s);
    return e->len == n && memcmp(w->buf + e->start, s, n) == 0;
}

static EmuErr der_uint(const Ctx *c, DerWin *w, const char *what, uint64_t *v)
{
    DerElem e;
    EmuErr err = der_expect(c, w, what, TAG_INTEGER, &e);
    if (err)
        return err;
    const uint8_t *p = w->buf + e.start;
    size_t n = e.len;
    if (n == 0)
        return fail(c, "%s at offset 0x%zx: empty INTEGER", what, e.off);
    if (p[0] & 0x80)
        return fail(c, "%s at offset 0x%zx: negative INTEGER", what, e.off);
    while (n > 1 && p[0] == 0) {
        p++;
        n--;
    }
    if (n > 8)
        return fail(c, "%s at offset 0x%zx: INTEGER of %zu bytes does not fit 64 bits", what,
                    e.off, e.len);
    *v = 0;
    while (n--)
        *v = *v << 8 | *p++;
    return EMU_OK;
}

/* Elements after the payload: KBAG, compression info, others ignored. */
static EmuErr im4p_optional(const Ctx *c, DerWin *w, Img4Payload *out)
{
    while (w->pos < w->end) {
        DerElem e;
        EmuErr err = der_next(c, w, "optional element", &e);
        if (err)
            return err;
        if (e.ident == TAG_OCTETS && !out->has_kbag) {
            out->has_kbag = true;
        } else if (e.ident == TAG_SEQUENCE && !out->has_compinfo) {
            DerWin ci = inner(w, &e, "compression-info SEQUENCE");
            if ((err = der_uint(c, &ci, "compression algorithm", &out->comp_algo)) ||
                (err = der_uint(c, &ci, "uncompressed size", &out->comp_size)))
                return err;
            out->has_compinfo = true;
        }
    }
    return EMU_OK;
}

/* The IM4P SEQUENCE seq (its "IM4P" string not yet read). */
static EmuErr parse_im4p(const Ctx *c, const DerWin *parent, const DerElem *seq,
                         Img4Payload *out)
{
    DerWin w = inner(parent, seq, "IM4P SEQUENCE");
    DerElem magic, type, desc, pay;
    EmuErr err = der_expect(c, &w, "magic", TAG_IA5, &magic);
    if (err)
        return err;
    if (!is_string(&w, &magic, "IM4P"))
        return fail(c, "magic IA5String at offset 0x%zx is not \"IM4P\"", magic.off);
    if ((err = der_expect(c, &w, "type", TAG_IA5, &type)))
        return err;
    if (type.len != 4)
        return fail(c, "type IA5String at offset 0x%zx: %zu characters, want 4", type.off,
                    type.len);
    for (size_t i = 0; i < 4; i++) {
        uint8_t ch = w.buf[type.start + i];
        if (ch < 0x20 || ch > 0x7e)
            return fail(c, "type IA5String at offset 0x%zx: byte 0x%02x is not printable",
                        type.off, ch);
        out->type[i] = (char)ch;
    }
    out->type[4] = 0;
    if ((err = der_expect(c, &w, "description", TAG_IA5, &desc)) ||
        (err = der_expect(c, &w, "payload OCTET STRING", TAG_OCTETS, &pay)))
        return err;
    out->desc = (const char *)w.buf + desc.start;
    out->desc_len = desc.len;
    out->data = w.buf + pay.start;
    out->size = pay.len;
    out->offset = pay.start;
    return im4p_optional(c, &w, out);
}

bool img4_detect(const uint8_t *data, size_t size)
{
    char sink[8];
    Ctx c = { "IMG4", sink, sizeof(sink) };
    DerWin w = { data, 0, size, "file" };
    DerElem top, magic;
    if (der_expect(&c, &w, "top", TAG_SEQUENCE, &top) != EMU_OK)
        return false;
    DerWin in = inner(&w, &top, "top");
    return der_expect(&c, &in, "magic", TAG_IA5, &magic) == EMU_OK &&
           (is_string(&in, &magic, "IM4P") || is_string(&in, &magic, "IMG4"));
}

static EmuErr unwrap(const uint8_t *data, size_t size, Img4Payload *out, char *err,
                     size_t errlen)
{
    Ctx c = { "IM4P", err, errlen };
    DerWin file = { data, 0, size, "file" };
    DerElem top, magic;
    EmuErr e = der_expect(&c, &file, "outer SEQUENCE", TAG_SEQUENCE, &top);
    if (e)
        return e;
    DerWin w = inner(&file, &top, "outer SEQUENCE");
    if ((e = der_expect(&c, &w, "magic", TAG_IA5, &magic)))
        return e;
    if (is_string(&w, &magic, "IM4P")) {
        if ((e = parse_im4p(&c, &file, &top, out)))
            return e;
        return der_check_tree(&c, inner(&file, &top, "IM4P SEQUENCE"), 1);
    }
    if (!is_string(&w, &magic, "IMG4"))
        return fail(&c, "magic IA5String at offset 0x%zx is not \"IM4P\" or \"IMG4\"",
                    magic.off);
    c.what = "IMG4";
    out->is_img4 = true;
    DerElem im4p;
    if ((e = der_expect(&c, &w, "IM4P SEQUENCE", TAG_SEQUENCE, &im4p)))
        return e;
    while (w.pos < w.end) {                          /* [0] IM4M, [1] IM4R */
        DerElem x;
        if ((e = der_next(&c, &w, "IM4M/IM4R", &x)))
            return e;
        if (x.ident == TAG_CTX0)
            out->has_manifest = true;
    }
    c.what = "IMG4: IM4P";
    if ((e = parse_im4p(&c, &w, &im4p, out)))
        return e;
    c.what = "IMG4";
    return der_check_tree(&c, inner(&file, &top, "IMG4 SEQUENCE"), 1);
}

EmuErr img4_unwrap(const uint8_t *data, size_t size, Img4Payload *out, char *err,
                   size_t errlen)
{
    memset(out, 0, sizeof(*out));
    EmuErr e = unwrap(data, size, out, err, errlen);
    if (e)
        memset(out, 0, sizeof(*out));
    return e;
}

static EmuErr copy_out(const uint8_t *data, size_t size, size_t max_out, uint8_t **out,
                       size_t *outlen, char *err, size_t errlen)
{
    if (size > max_out) {
        snprintf(err, errlen, "payload of 0x%zx bytes exceeds the limit 0x%zx", size, max_out);
        return EMU_ERR_RANGE;
    }
    uint8_t *b = malloc(size ? size : 1);
    if (!b) {
        snprintf(err, errlen, "out of memory (0x%zx bytes)", size);
        return EMU_ERR_NOMEM;
    }
    memcpy(b, data, size);
    *out = b;
    *outlen = size;
    return EMU_OK;
}

EmuErr img4_decode_bytes(const uint8_t *data, size_t size, size_t max_out, uint8_t **out,
                         size_t *outlen, const char **format, char *err, size_t errlen)
{
    static const uint8_t macho64[4] = { 0xcf, 0xfa, 0xed, 0xfe };
    const char *fmt;
    EmuErr e;
    if (complzss_detect(data, size)) {
        fmt = "complzss";
        e = complzss_decode(data, size, max_out, out, outlen, err, errlen);
    } else if (lzfse_detect(data, size)) {
        fmt = "LZFSE";
        e = lzfse_decode(data, size, max_out, out, outlen, NULL, err, errlen);
    } else {
        fmt = size >= 4 && memcmp(data, macho64, 4) == 0 ? "Mach-O" : "raw";
        e = copy_out(data, size, max_out, out, outlen, err, errlen);
    }
    if (format)
        *format = fmt;
    return e;
}

EmuErr img4_decode(const Img4Payload *p, size_t max_out, uint8_t **out, size_t *outlen,
                   const char **format, char *err, size_t errlen)
{
    if (p->has_kbag) {
        snprintf(err, errlen, "IM4P \"%s\": encrypted payload (KBAG present); decrypt it first",
                 p->type);
        return EMU_ERR_FORMAT;
    }
    size_t max = max_out;
    if (p->has_compinfo) {
        if (p->comp_size > max_out) {
            snprintf(err, errlen, "IM4P: compression info says 0x%llx bytes, more than the "
                     "limit 0x%zx", (unsigned long long)p->comp_size, max_out);
            return EMU_ERR_RANGE;
        }
        max = (size_t)p->comp_size;
    }
    char sub[224];
    size_t n = 0;
    EmuErr e = img4_decode_bytes(p->data, p->size, max, out, &n, format, sub, sizeof(sub));
    if (e) {
        snprintf(err, errlen, "IM4P payload at offset 0x%zx: %s", p->offset, sub);
        return e;
    }
    if (p->has_compinfo && n != p->comp_size) {
        free(*out);
        *out = NULL;
        snprintf(err, errlen, "IM4P payload at offset 0x%zx: decodes to 0x%zx bytes but the "
                 "compression info says 0x%llx", p->offset, n,
                 (unsigned long long)p->comp_size);
        return EMU_ERR_FORMAT;
    }
    *outlen = n;
    return EMU_OK;
}

EmuErr img4_load(const uint8_t *data, size_t size, size_t max_out, uint8_t **out,
                 size_t *outlen, Img4Payload *info, const char **format, char *err,
                 size_t errlen)
{
    Img4Payload local;
    Img4Payload *p = info ? info : &local;
    memset(p, 0, sizeof(*p));
    if (!img4_detect(data, size))
        return img4_decode_bytes(data, size, max_out, out, outlen, format, err, errlen);
    EmuErr e = img4_unwrap(data, size, p, err, errlen);
    if (e)
        return e;
    return img4_decode(p, max_out, out, outlen, format, err, errlen);
}
