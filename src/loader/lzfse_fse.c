/*
 * lzfse_fse.c — one LZFSE-compressed block (bvx1/bvx2 payload): finite
 * state entropy (tANS, J. Duda) decoding of four interleaved literal
 * streams and of the L (literal length), M (match length) and D (match
 * distance) streams, then the LZ77 copy. Both bit streams are read
 * backwards from their end, most recently written bits first; value
 * symbols carry extra low-order bits. Table construction, base/extra-bit
 * tables and stream order follow Apple's open-source lzfse reference
 * (lzfse_fse.c, lzfse_internal.h); the code is our own. Every state,
 * length and distance is checked; a corrupt block is an error.
 */
#include <stdlib.h>
#include <string.h>

#include "lzfse_priv.h"

#define BAD_STATE 0xff     /* nbits marking a state no symbol owns */

/* Extra bits and base value of each L, M and D symbol. */
static const uint8_t l_extra[LZFSE_L_SYMS] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 5, 8,
};
static const int32_t l_base[LZFSE_L_SYMS] = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 20, 28, 60,
};
static const uint8_t m_extra[LZFSE_M_SYMS] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 5, 8, 11,
};
static const int32_t m_base[LZFSE_M_SYMS] = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 24, 56, 312,
};
/* D symbols come in groups of four sharing an extra-bit count (sym / 4,
 * 0..15); the bases follow from that: d_base[i+1] = d_base[i] + 2^extra[i]. */

typedef struct FseEnt {         /* literal decoder: one state */
    uint16_t base;              /* next state = base + nbits read */
    uint8_t nbits;
    uint8_t sym;
} FseEnt;

typedef struct FseVal {         /* L/M/D decoder: one state */
    int32_t vbase;
    uint16_t base;
    uint8_t nbits, vbits;
} FseVal;

typedef struct BitIn {
    const uint8_t *buf;
    size_t len;
    uint64_t pos;               /* bits not yet read: [0, pos) */
} BitIn;

typedef struct Scratch {
    FseEnt lit[LZFSE_LIT_STATES];
    FseVal l[LZFSE_L_STATES], m[LZFSE_M_STATES], d[LZFSE_D_STATES];
    uint8_t literals[LZFSE_MAX_LITERALS + 4];
} Scratch;

static unsigned log2u(uint32_t x)
{
    return 31u - (unsigned)__builtin_clz(x);
}

/* The stream's last byte holds 8 + final_bits valid bits (final_bits is
 * -7..0); the unused high bits must be zero. */
static bool bits_init(BitIn *r, const uint8_t *buf, size_t len, int32_t final_bits)
{
    r->buf = buf;
    r->len = len;
    if (len == 0)
        return final_bits == 0 ? (r->pos = 0, true) : false;
    if (final_bits < 0 && (buf[len - 1] >> (8 + final_bits)) != 0)
        return false;
    r->pos = (uint64_t)len * 8 + (uint64_t)(int64_t)final_bits;
    return true;
}

/* Read the n (<= 32) bits just below pos, as a number (higher bit = more
 * significant). */
static inline bool bits_pull(BitIn *r, unsigned n, uint32_t *v)
{
    if (n > r->pos)
        return false;
    r->pos -= n;
    if (n == 0) {
        *v = 0;
        return true;
    }
    size_t byte = (size_t)(r->pos >> 3);
    size_t k = r->len - byte < 8 ? r->len - byte : 8;
    uint64_t w = 0;
    memcpy(&w, r->buf + byte, k);           /* host is little-endian (common.h) */
    *v = (uint32_t)((w >> (r->pos & 7)) & ((UINT64_C(1) << n) - 1));
    return true;
}

/* State layout: symbol s owns freq[s] consecutive states; its j-th state
 * has x = freq[s] + j, reads nbits = log2(N) - floor(log2(x)) bits and
 * moves to (x << nbits) - N + bits. States no symbol owns stay BAD_STATE. */
static void build_lit(const uint16_t *freq, FseEnt *t)
{
    const unsigned n = LZFSE_LIT_STATES, lg = log2u(n);
    for (unsigned s = 0; s < n; s++)
        t[s].nbits = BAD_STATE;
    unsigned state = 0;
    for (unsigned sym = 0; sym < LZFSE_LIT_SYMS; sym++)
        for (uint32_t x = freq[sym]; x < 2u * freq[sym] && state < n; x++, state++) {
            unsigned nb = lg - log2u(x);
            t[state] = (FseEnt){ (uint16_t)((x << nb) - n), (uint8_t)nb, (uint8_t)sym };
        }
}

static void build_val(const uint16_t *freq, unsigned nsyms, unsigned n, const uint8_t *vbits,
                      const int32_t *vbase, FseVal *t)
{
    const unsigned lg = log2u(n);
    for (unsigned s = 0; s < n; s++)
        t[s].nbits = BAD_STATE;
    unsigned state = 0;
    for (unsigned sym = 0; sym < nsyms; sym++)
        for (uint32_t x = freq[sym]; x < 2u * freq[sym] && state < n; x++, state++) {
            unsigned nb = lg - log2u(x);
            t[state] = (FseVal){ vbase[sym], (uint16_t)((x << nb) - n), (uint8_t)nb,
                                 vbits[sym] };
        }
}

static bool decode_lit(const FseEnt *t, uint16_t *state, BitIn *r, uint8_t *sym)
{
    FseEnt e = t[*state];
    uint32_t bits;
    if (e.nbits == BAD_STATE || !bits_pull(r, e.nbits, &bits))
        return false;
    *state = (uint16_t)(e.base + bits);
    *sym = e.sym;
    return true;
}

/* State bits come first (they are the high part), then the extra bits. */
static bool decode_val(const FseVal *t, uint16_t *state, BitIn *r, int32_t *value)
{
    FseVal e = t[*state];
    uint32_t sbits, vb;
    if (e.nbits == BAD_STATE || !bits_pull(r, e.nbits, &sbits) || !bits_pull(r, e.vbits, &vb))
        return false;
    *state = (uint16_t)(e.base + sbits);
    *value = e.vbase + (int32_t)vb;
    return true;
}

static EmuErr decode_literals(const LzfseHeader *h, const uint8_t *payload, size_t payload_off,
                              Scratch *s, const LzBlock *b)
{
    BitIn r;
    if (!bits_init(&r, payload, h->n_literal_payload_bytes, h->literal_bits))
        return lz_fail(b, "literal stream at offset 0x%zx: bad final byte (0x%x bytes, %d "
                       "bits)", payload_off, h->n_literal_payload_bytes, h->literal_bits);
    uint16_t st[4];
    memcpy(st, h->literal_state, sizeof(st));
    for (uint32_t i = 0; i < h->n_literals; i += 4)
        for (unsigned k = 0; k < 4; k++)
            if (!decode_lit(s->lit, &st[k], &r, &s->literals[i + k]))
                return lz_fail(b, "literal stream at offset 0x%zx: literal %u: %s",
                               payload_off, i + k,
                               s->lit[st[k]].nbits == BAD_STATE ? "invalid state"
                                                                : "stream exhausted");
    return EMU_OK;
}

static void copy_match(uint8_t *out, size_t at, size_t dist, size_t len)
{
    if (dist >= len) {
        memcpy(out + at, out + at - dist, len);
        return;
    }
    for (size_t i = 0; i < len; i++)                /* overlapping: repeat the pattern */
        out[at + i] = out[at + i - dist];
}

static EmuErr run_lmd(const LzfseHeader *h, const uint8_t *lmd, size_t lmd_off, Scratch *s,
                      LzOut *o, const LzBlock *b)
{
    BitIn r;
    if (!bits_init(&r, lmd, h->n_lmd_payload_bytes, h->lmd_bits))
        return lz_fail(b, "L/M/D stream at offset 0x%zx: bad final byte (0x%x bytes, %d bits)",
                       lmd_off, h->n_lmd_payload_bytes, h->lmd_bits);
    uint16_t ls = h->l_state, ms = h->m_state, ds = h->d_state;
    const size_t end = o->len + h->n_raw_bytes;
    uint32_t lit = 0;
    int32_t dist = 0;                              /* 0: no distance yet */
    for (uint32_t i = 0; i < h->n_matches; i++) {
        int32_t L, M, D;
        if (!decode_val(s->l, &ls, &r, &L) || !decode_val(s->m, &ms, &r, &M) ||
            !decode_val(s->d, &ds, &r, &D))
            return lz_fail(b, "L/M/D stream at offset 0x%zx: match %u: invalid state or "
                           "stream exhausted", lmd_off, i);
        if (D)
            dist = D;
        if ((uint32_t)L > h->n_literals - lit)
            return lz_fail(b, "L/M/D stream at offset 0x%zx: match %u: literal length %d "
                           "passes the %u literals", lmd_off, i, L, h->n_literals);
        if ((size_t)L + (size_t)M > end - o->len)
            return lz_fail(b, "L/M/D stream at offset 0x%zx: match %u: %d literal + %d match "
                           "bytes pass the block's 0x%x output bytes", lmd_off, i, L, M,
                           h->n_raw_bytes);
        memcpy(o->buf + o->len, s->literals + lit, (size_t)L);
        o->len += (size_t)L;
        lit += (uint32_t)L;
        if (M == 0)
            continue;
        if (dist == 0 || (size_t)dist > o->len)
            return lz_fail(b, "L/M/D stream at offset 0x%zx: match %u: distance %d at output "
                           "0x%zx is zero (no previous distance) or reaches before the start "
                           "of the output", lmd_off, i, dist, o->len);
        copy_match(o->buf, o->len, (size_t)dist, (size_t)M);
        o->len += (size_t)M;
    }
    if (o->len != end)
        return lz_fail(b, "decodes to 0x%zx bytes but the header says 0x%x",
                       h->n_raw_bytes - (end - o->len), h->n_raw_bytes);
    return EMU_OK;
}

EmuErr lzfse_decode_block(const LzfseHeader *h, const uint8_t *payload, size_t payload_off,
                          LzOut *o, const LzBlock *b)
{
    int32_t d_base[LZFSE_D_SYMS];
    uint8_t d_extra[LZFSE_D_SYMS];
    for (unsigned i = 0, v = 0; i < LZFSE_D_SYMS; i++) {
        d_extra[i] = (uint8_t)(i / 4);
        d_base[i] = (int32_t)v;
        v += 1u << d_extra[i];
    }
    Scratch *s = malloc(sizeof(*s));
    if (!s) {
        lz_fail(b, "out of memory");
        return EMU_ERR_NOMEM;
    }
    const uint16_t *f = h->freq;
    build_val(f, LZFSE_L_SYMS, LZFSE_L_STATES, l_extra, l_base, s->l);
    f += LZFSE_L_SYMS;
    build_val(f, LZFSE_M_SYMS, LZFSE_M_STATES, m_extra, m_base, s->m);
    f += LZFSE_M_SYMS;
    build_val(f, LZFSE_D_SYMS, LZFSE_D_STATES, d_extra, d_base, s->d);
    f += LZFSE_D_SYMS;
    build_lit(f, s->lit);

    EmuErr e = decode_literals(h, payload, payload_off, s, b);
    if (e == EMU_OK)
        e = run_lmd(h, payload + h->n_literal_payload_bytes,
                    payload_off + h->n_literal_payload_bytes, s, o, b);
    free(s);
    return e;
}
