/*
 * img4.h — Apple's IMG4 / IM4P containers (ASN.1 DER) around kernelcaches,
 * device trees and ramdisks, and the payload decoding behind them:
 *   IM4P ::= SEQUENCE { IA5String "IM4P", IA5String type ("krnl", "dtre",
 *            "rdsk", ...), IA5String description, OCTET STRING payload,
 *            [OCTET STRING kbag], [SEQUENCE { INTEGER algorithm (1 = LZFSE),
 *            INTEGER uncompressed size }] }
 *   IMG4 ::= SEQUENCE { IA5String "IMG4", IM4P, [0] IM4M, [1] IM4R }
 * The payload is complzss, an LZFSE stream, a plain Mach-O or raw bytes.
 * All input is untrusted: definite lengths only, every length checked
 * against its parent, nesting at most IMG4_MAX_DEPTH levels. Errors are one
 * line naming the structure and offset; the caller prefixes the file name.
 */
#ifndef XNUEMU_IMG4_H
#define XNUEMU_IMG4_H

#include "common.h"

#define IMG4_MAX_DEPTH 32
#define IMG4_COMP_LZFSE 1       /* compression-info algorithm number */

typedef struct Img4Payload {
    bool is_img4;               /* came wrapped in an IMG4 */
    bool has_manifest;          /* the IMG4 had an [0] IM4M */
    char type[5];               /* fourcc, NUL-terminated: "krnl", "dtre", ... */
    const char *desc;           /* description (not NUL-terminated), into the input */
    size_t desc_len;
    const uint8_t *data;        /* payload bytes, into the input */
    size_t size;
    size_t offset;              /* offset of the payload bytes in the input */
    bool has_kbag;              /* encrypted: a KBAG follows the payload */
    bool has_compinfo;
    uint64_t comp_algo;         /* from the compression-info SEQUENCE */
    uint64_t comp_size;
} Img4Payload;

/* Does data look like an IM4P or IMG4 (SEQUENCE starting "IM4P"/"IMG4")? */
bool img4_detect(const uint8_t *data, size_t size);

/* Parse a bare IM4P or an IMG4; *out points into data. */
EmuErr img4_unwrap(const uint8_t *data, size_t size, Img4Payload *out, char *err,
                   size_t errlen);

/* Detect and decode bytes: complzss, LZFSE (bvx*), or a copy of anything
 * else (Mach-O 0xfeedfacf or raw). *format (may be NULL) gets "complzss",
 * "LZFSE", "Mach-O" or "raw". Output is malloc'ed, at most max_out bytes. */
EmuErr img4_decode_bytes(const uint8_t *data, size_t size, size_t max_out, uint8_t **out,
                         size_t *outlen, const char **format, char *err, size_t errlen);

/* Decode an unwrapped payload: refuses encrypted (KBAG) payloads; the
 * compression-info size, when present, is the limit and must match. */
EmuErr img4_decode(const Img4Payload *p, size_t max_out, uint8_t **out, size_t *outlen,
                   const char **format, char *err, size_t errlen);

/* A whole file as a user gives it: IM4P/IMG4 (unwrapped and decoded) or
 * bare complzss/LZFSE/Mach-O/raw. info (may be NULL) is filled for
 * containers and zeroed otherwise. */
EmuErr img4_load(const uint8_t *data, size_t size, size_t max_out, uint8_t **out,
                 size_t *outlen, Img4Payload *info, const char **format, char *err,
                 size_t errlen);

#endif
