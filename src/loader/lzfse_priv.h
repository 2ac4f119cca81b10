/*
 * lzfse_priv.h — shared between the LZFSE stream reader (lzfse.c), the
 * FSE/LZFSE block decoder (lzfse_fse.c) and the LZVN block decoder
 * (lzvn.c): the growing output buffer, the per-block error context, and
 * the unpacked LZFSE block header (bvx1 and bvx2 both decode into it).
 * Format facts from Apple's open-source lzfse reference (lzfse_internal.h).
 */
#ifndef XNUEMU_LZFSE_PRIV_H
#define XNUEMU_LZFSE_PRIV_H

#include "xnuemu/compress.h"

/* Symbol and state counts of the four FSE streams of an LZFSE block. */
#define LZFSE_L_SYMS    20
#define LZFSE_M_SYMS    20
#define LZFSE_D_SYMS    64
#define LZFSE_LIT_SYMS  256
#define LZFSE_L_STATES   64
#define LZFSE_M_STATES   64
#define LZFSE_D_STATES   256
#define LZFSE_LIT_STATES 1024
#define LZFSE_MAX_MATCHES  10000u    /* per block, as the reference encoder */
#define LZFSE_MAX_LITERALS 40000u
#define LZFSE_MAX_M_VALUE  2359u
#define LZFSE_NFREQ (LZFSE_L_SYMS + LZFSE_M_SYMS + LZFSE_D_SYMS + LZFSE_LIT_SYMS)

/* Decoded output so far; grows within max. */
typedef struct LzOut {
    uint8_t *buf;
    size_t len, cap, max;
} LzOut;

/* Where we are, for error messages: "LZFSE block 2 (bvx2) at offset 0x..: ". */
typedef struct LzBlock {
    unsigned index;
    size_t offset;          /* of the block magic in the stream */
    const char *kind;       /* "bvx2", "bvxn", ... */
    char *err;
    size_t errlen;
} LzBlock;

/* LZFSE block header, in the bvx1 (v1) layout with fields widened. */
typedef struct LzfseHeader {
    uint32_t n_raw_bytes;
    uint32_t n_literals, n_matches;
    uint32_t n_literal_payload_bytes, n_lmd_payload_bytes;
    int32_t literal_bits, lmd_bits;      /* final bit counts, -7..0 */
    uint16_t literal_state[4];
    uint16_t l_state, m_state, d_state;
    uint16_t freq[LZFSE_NFREQ];          /* L, M, D, literal tables in order */
} LzfseHeader;

/* Format the block prefix and message into b->err; returns EMU_ERR_FORMAT. */
EmuErr lz_fail(const LzBlock *b, const char *fmt, ...) PRINTF_LIKE(2, 3);

/* Make room for n more bytes of output (error if past o->max). */
EmuErr lz_reserve(LzOut *o, size_t n, const LzBlock *b);

/* Decode one LZFSE block whose header is h; payload = literal stream then
 * L/M/D stream; payload_off is its stream offset (for messages). Appends
 * exactly h->n_raw_bytes to o (reserved by the caller). */
EmuErr lzfse_decode_block(const LzfseHeader *h, const uint8_t *payload, size_t payload_off,
                          LzOut *o, const LzBlock *b);

/* Decode one LZVN block of n_payload bytes producing exactly n_raw bytes
 * (reserved by the caller); matches may reach into earlier blocks. */
EmuErr lzvn_decode_block(const uint8_t *src, size_t n_payload, size_t payload_off,
                         size_t n_raw, LzOut *o, const LzBlock *b);

#endif
