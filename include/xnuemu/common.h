/*
 * common.h — small helpers every xnuemu file uses: branch hints, bit-field
 * extraction (the Arm ARM's x<hi:lo> notation), the error enum of the public
 * API and the EMU_BUG() abort for emulator bugs (never for guest mistakes).
 */
#ifndef XNUEMU_COMMON_H
#define XNUEMU_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "xnuemu needs a little-endian host"
#endif

#define likely(x)   __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)
#define NOINLINE    __attribute__((noinline))
#define MUST_CHECK  __attribute__((warn_unused_result))
#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* Errors returned by loaders, option parsing and machine set-up. */
typedef enum EmuErr {
    EMU_OK = 0,
    EMU_ERR_ARG,      /* bad option or argument */
    EMU_ERR_IO,       /* file could not be opened/read */
    EMU_ERR_FORMAT,   /* file is not what it claims, or is truncated/corrupt */
    EMU_ERR_RANGE,    /* does not fit the machine (address/size) */
    EMU_ERR_NOMEM,
} EmuErr;

const char *emu_strerror(EmuErr e);

/* An emulator bug: print where and why, then abort. Never used for guest errors. */
_Noreturn void emu_bug(const char *file, int line, const char *fmt, ...) PRINTF_LIKE(3, 4);
#define EMU_BUG(...) emu_bug(__FILE__, __LINE__, __VA_ARGS__)

/* The value of hex digit c (either case), or -1. */
static inline int hex_digit(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* x<lsb+len-1:lsb> */
static inline uint64_t bits64(uint64_t x, unsigned lsb, unsigned len)
{
    return len >= 64 ? x >> lsb : (x >> lsb) & ((UINT64_C(1) << len) - 1);
}

static inline uint32_t bits32(uint32_t x, unsigned lsb, unsigned len)
{
    return len >= 32 ? x >> lsb : (x >> lsb) & ((UINT32_C(1) << len) - 1);
}

/* SignExtend(x<len-1:0>) */
static inline int64_t sext64(uint64_t x, unsigned len)
{
    return (int64_t)(x << (64 - len)) >> (64 - len);
}

/* Ones(len), len in 0..64 */
static inline uint64_t ones64(unsigned len)
{
    return len >= 64 ? ~UINT64_C(0) : (UINT64_C(1) << len) - 1;
}

static inline uint64_t ror64(uint64_t x, unsigned n, unsigned width)
{
    n %= width;
    if (n == 0)
        return x;
    uint64_t m = ones64(width);
    return ((x >> n) | (x << (width - n))) & m;
}

#endif
