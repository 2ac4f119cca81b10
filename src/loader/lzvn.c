/*
 * lzvn.c — an LZVN block (bvxn payload): a byte-oriented LZ77 code whose
 * opcodes carry a 0..3-byte literal and/or a match. By first byte:
 *   LLMMMDDD dddddddd          small distance (D < 2^11), M = MMM + 3
 *   LLMMM110                   previous distance  (first byte >= 0x40)
 *   LLMMM111 dddddddd dddddddd large distance (16-bit little-endian)
 *   101LLMMM DDDDDDmm dddddddd medium distance (14 bits), M = MMMmm + 3
 *   1110LLLL / 11100000 n      literal only, L = LLLL / n + 16
 *   1111MMMM / 11110000 n      match only at the previous distance
 *   00000110 + 7 bytes         end of stream; 00001110, 00010110: nop
 *   0x1e..0x3e step 8, 0x70..0x7f, 0xd0..0xdf: undefined
 * Literal bytes follow the opcode. Matches may overlap their output and
 * may reach into earlier blocks. Opcode facts from Apple's open-source
 * lzfse reference (lzvn_decode_base.c); the code is our own.
 */
#include <string.h>

#include "lzfse_priv.h"

#define EOS_LEN 8u

typedef struct Op {
    size_t len;          /* opcode bytes before the literal */
    size_t L, M;
    size_t dist;         /* new distance, if has_dist */
    bool has_dist;
    enum { OP_LZ, OP_NOP, OP_EOS, OP_UNDEF } kind;
} Op;

/* Decode the opcode at p (avail bytes); false if it is cut short. */
static bool parse_op(const uint8_t *p, size_t avail, Op *op)
{
    uint8_t c = p[0];
    *op = (Op){ 1, 0, 0, 0, false, OP_LZ };
    if (c >= 0xf0) {                                  /* match only */
        if (c == 0xf0) {
            op->len = 2;
            if (avail < 2)
                return false;
            op->M = p[1] + 16u;
        } else {
            op->M = c & 0xfu;
        }
    } else if (c >= 0xe0) {                           /* literal only */
        if (c == 0xe0) {
            op->len = 2;
            if (avail < 2)
                return false;
            op->L = p[1] + 16u;
        } else {
            op->L = c & 0xfu;
        }
    } else if (c >= 0xd0 || (c >= 0x70 && c < 0x80)) {
        op->kind = OP_UNDEF;
    } else if (c >= 0xa0 && c < 0xc0) {              /* medium distance */
        op->len = 3;
        if (avail < 3)
            return false;
        unsigned w = p[1] | (unsigned)p[2] << 8;
        op->L = c >> 3 & 3u;
        op->M = ((c & 7u) << 2 | (w & 3u)) + 3;
        op->dist = w >> 2;
        op->has_dist = true;
    } else {
        op->L = c >> 6;
        op->M = (c >> 3 & 7u) + 3;
        switch (c & 7) {
        case 7:                                       /* large distance */
            op->len = 3;
            if (avail < 3)
                return false;
            op->dist = p[1] | (size_t)p[2] << 8;
            op->has_dist = true;
            break;
        case 6:
            if (c >= 0x40)
                break;                                /* previous distance */
            op->L = op->M = 0;
            op->kind = c == 0x06 ? OP_EOS : c == 0x0e || c == 0x16 ? OP_NOP : OP_UNDEF;
            op->len = c == 0x06 ? EOS_LEN : 1;
            if (avail < op->len)
                return false;
            break;
        default:                                      /* small distance */
            op->len = 2;
            if (avail < 2)
                return false;
            op->dist = (size_t)(c & 7u) << 8 | p[1];
            op->has_dist = true;
            break;
        }
    }
    return avail - op->len >= op->L;
}

EmuErr lzvn_decode_block(const uint8_t *src, size_t n_payload, size_t payload_off,
                         size_t n_raw, LzOut *o, const LzBlock *b)
{
    const size_t end = o->len + n_raw;
    size_t i = 0, dist = 0;
    for (;;) {
        if (i >= n_payload)
            return lz_fail(b, "LZVN payload ends at offset 0x%zx without an end-of-stream "
                           "opcode", payload_off + i);
        Op op;
        if (!parse_op(src + i, n_payload - i, &op))
            return lz_fail(b, "LZVN opcode 0x%02x at offset 0x%zx is cut off by the end of "
                           "the payload", src[i], payload_off + i);
        if (op.kind == OP_UNDEF)
            return lz_fail(b, "LZVN opcode 0x%02x at offset 0x%zx is undefined", src[i],
                           payload_off + i);
        if (op.kind == OP_EOS) {
            i += op.len;
            if (i != n_payload || o->len != end)
                return lz_fail(b, "LZVN end of stream at offset 0x%zx with 0x%zx payload "
                               "bytes and 0x%zx output bytes still expected",
                               payload_off + i - op.len, n_payload - i, end - o->len);
            return EMU_OK;
        }
        if (op.kind == OP_NOP) {
            i += op.len;
            continue;
        }
        if (op.L + op.M > end - o->len)
            return lz_fail(b, "LZVN opcode 0x%02x at offset 0x%zx: %zu literal + %zu match "
                           "bytes pass the block's 0x%zx output bytes", src[i],
                           payload_off + i, op.L, op.M, n_raw);
        size_t at = i;
        memcpy(o->buf + o->len, src + i + op.len, op.L);
        o->len += op.L;
        i += op.len + op.L;
        if (op.has_dist)
            dist = op.dist;
        if (op.M == 0)
            continue;
        if (dist == 0 || dist > o->len)
            return lz_fail(b, "LZVN opcode 0x%02x at offset 0x%zx: distance %zu at output "
                           "0x%zx is zero or reaches before the start of the output",
                           src[at], payload_off + at, dist, o->len);
        for (size_t k = 0; k < op.M; k++)            /* may overlap: byte order matters */
            o->buf[o->len + k] = o->buf[o->len + k - dist];
        o->len += op.M;
    }
}
