/*
 * alu.h — integer helpers shared by the data-processing handlers:
 * AddWithCarry with NZCV (Arm ARM J1.1 shared pseudocode), DecodeBitMasks
 * (logical immediates and bitfields), shifts and extends.
 */
#ifndef XNUEMU_ALU_H
#define XNUEMU_ALU_H

#include "xnuemu/cpu.h"

/* AddWithCarry(x, y, carry_in) on 64 bits; returns the result and the NZCV
 * it produces in *nzcv. */
static inline uint64_t add_with_carry64(uint64_t x, uint64_t y, unsigned carry, uint32_t *nzcv)
{
    uint64_t r = x + y + carry;
    uint32_t n = (uint32_t)(r >> 63);
    uint32_t z = r == 0;
    uint32_t c = carry ? r <= x : r < x;
    uint32_t v = (uint32_t)((~(x ^ y) & (x ^ r)) >> 63);
    *nzcv = n << 31 | z << 30 | c << 29 | v << 28;
    return r;
}

static inline uint32_t add_with_carry32(uint32_t x, uint32_t y, unsigned carry, uint32_t *nzcv)
{
    uint32_t r = x + y + carry;
    uint32_t n = r >> 31;
    uint32_t z = r == 0;
    uint32_t c = carry ? r <= x : r < x;
    uint32_t v = (~(x ^ y) & (x ^ r)) >> 31;
    *nzcv = n << 31 | z << 30 | c << 29 | v << 28;
    return r;
}

/* NZCV of a logical result (C and V cleared). */
static inline uint32_t nzcv_logic64(uint64_t r)
{
    return (uint32_t)(r >> 63) << 31 | (uint32_t)(r == 0) << 30;
}

static inline uint32_t nzcv_logic32(uint32_t r)
{
    return (r >> 31) << 31 | (uint32_t)(r == 0) << 30;
}

/* DecodeBitMasks(N, imms, immr, immediate, datasize): returns false for a
 * reserved encoding. wmask/tmask as in the pseudocode. */
bool decode_bit_masks(unsigned n, unsigned imms, unsigned immr, bool immediate,
                      unsigned datasize, uint64_t *wmask, uint64_t *tmask);

/* ShiftReg: type 0 LSL, 1 LSR, 2 ASR, 3 ROR. */
static inline uint64_t shift_reg64(uint64_t v, unsigned type, unsigned amount)
{
    amount &= 63;
    switch (type) {
    case 0: return v << amount;
    case 1: return v >> amount;
    case 2: return (uint64_t)((int64_t)v >> amount);
    default: return amount ? (v >> amount) | (v << (64 - amount)) : v;
    }
}

static inline uint32_t shift_reg32(uint32_t v, unsigned type, unsigned amount)
{
    amount &= 31;
    switch (type) {
    case 0: return v << amount;
    case 1: return v >> amount;
    case 2: return (uint32_t)((int32_t)v >> amount);
    default: return amount ? (v >> amount) | (v << (32 - amount)) : v;
    }
}

/* ExtendReg: option 0-3 UXTB/H/W/X, 4-7 SXTB/H/W/X, then << shift. */
static inline uint64_t extend_reg(uint64_t v, unsigned option, unsigned shift)
{
    unsigned len = 8u << (option & 3);
    uint64_t x = len == 64 ? v : (option & 4) ? (uint64_t)sext64(v, len) : v & ones64(len);
    return x << shift;
}

#endif
