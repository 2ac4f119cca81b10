/*
 * compress.h — the two compressions Apple use for kernelcaches and other
 * boot payloads, decoded from untrusted input:
 *   - "complzss": a 0x180-byte big-endian header ("comp", "lzss", adler32,
 *     sizes) followed by classic LZSS (Okumura 1989: 4096-byte ring, 18-byte
 *     maximum match, ring pre-filled with spaces);
 *   - LZFSE streams: a sequence of blocks "bvx-" (stored), "bvx1"/"bvx2"
 *     (LZFSE with plain or packed header), "bvxn" (LZVN), ended by "bvx$".
 * and, for Linux kernels and RAM disks, gzip (RFC 1952) around DEFLATE
 * (RFC 1951).
 * Every function bounds-checks all input; a corrupt stream is an EmuErr and
 * a one-line message naming the structure and byte offset, never a crash.
 * Output buffers are malloc'ed; the caller frees them.
 */
#ifndef XNUEMU_COMPRESS_H
#define XNUEMU_COMPRESS_H

#include "common.h"

/* Default cap on decompressed output when the container gives no size. */
#define DECOMP_DEFAULT_MAX ((size_t)1 << 30)

#define COMPLZSS_HEADER_SIZE 0x180u

/* Adler-32 (RFC 1950 §9) continuing from `adler` (start with 1). */
uint32_t lzss_adler32(uint32_t adler, const uint8_t *p, size_t n);

/* Raw LZSS: decode src into dst (capacity dstcap); *dstlen gets the count.
 * Output that would pass dstcap is an error. */
EmuErr lzss_decompress(const uint8_t *src, size_t srclen, uint8_t *dst, size_t dstcap,
                       size_t *dstlen, char *err, size_t errlen);

/* Raw LZSS encoder (greedy, hash chains); decodable by lzss_decompress. */
EmuErr lzss_compress(const uint8_t *src, size_t srclen, uint8_t **out, size_t *outlen,
                     char *err, size_t errlen);

/* Does data start with the "complzss" header magic? */
bool complzss_detect(const uint8_t *data, size_t size);

/* Decode a complzss container: checks the magic, the declared sizes against
 * the input and max_out, the decoded length and the adler32. */
EmuErr complzss_decode(const uint8_t *data, size_t size, size_t max_out, uint8_t **out,
                       size_t *outlen, char *err, size_t errlen);

/* Build a complzss container (header + lzss_compress output). */
EmuErr complzss_encode(const uint8_t *src, size_t srclen, uint8_t **out, size_t *outlen,
                       char *err, size_t errlen);

/* Does data start with an LZFSE block magic (bvx-, bvx1, bvx2, bvxn, bvx$)? */
bool lzfse_detect(const uint8_t *data, size_t size);

/* Decode a whole LZFSE stream up to its bvx$ marker. The output grows as
 * blocks declare their sizes, never past max_out. Bytes after bvx$ are
 * ignored; *consumed (may be NULL) gets the stream length. */
EmuErr lzfse_decode(const uint8_t *src, size_t srclen, size_t max_out, uint8_t **out,
                    size_t *outlen, size_t *consumed, char *err, size_t errlen);

/* CRC-32 (ISO 3309, reflected 0xedb88320) continuing from crc (start with 0). */
uint32_t crc32_ieee(uint32_t crc, const uint8_t *p, size_t n);

/* Does data start with a gzip member header (1f 8b, method 8)? */
bool gzip_detect(const uint8_t *data, size_t size);

/* Decode the first gzip member: header fields, deflate data, then the
 * CRC-32 and length in the trailer must match. Output never passes max_out. */
EmuErr gzip_decode(const uint8_t *data, size_t size, size_t max_out, uint8_t **out,
                   size_t *outlen, char *err, size_t errlen);

/* Raw DEFLATE data (no header); *consumed (may be NULL) gets the number of
 * input bytes up to the end of the last block. */
EmuErr inflate_raw(const uint8_t *src, size_t srclen, size_t max_out, uint8_t **out,
                   size_t *outlen, size_t *consumed, char *err, size_t errlen);

#endif
