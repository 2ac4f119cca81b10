/*
 * alu.c — DecodeBitMasks (Arm ARM J1.1, aarch64/instrs/integer/bitmasks),
 * used at decode time by logical (immediate) and the bitfield rows.
 */
#include "alu.h"

static uint64_t replicate(uint64_t elem, unsigned esize)
{
    uint64_t r = 0;
    for (unsigned i = 0; i < 64; i += esize)
        r |= elem << i;
    return r;
}

bool decode_bit_masks(unsigned n, unsigned imms, unsigned immr, bool immediate,
                      unsigned datasize, uint64_t *wmask, uint64_t *tmask)
{
    unsigned v = (n << 6) | (~imms & 0x3f);
    if (v == 0)
        return false;
    int len = 31 - __builtin_clz(v);     /* HighestSetBit */
    if (len < 1 || (1u << len) > datasize)
        return false;
    unsigned levels = (1u << len) - 1;
    if (immediate && (imms & levels) == levels)
        return false;
    unsigned s = imms & levels;
    unsigned r = immr & levels;
    unsigned esize = 1u << len;
    unsigned d = (s - r) & levels;
    uint64_t welem = ones64(s + 1);
    uint64_t telem = ones64(d + 1);
    uint64_t w = replicate(ror64(welem, r, esize), esize);
    uint64_t t = replicate(telem, esize);
    if (datasize == 32) {
        w &= 0xffffffffu;
        t &= 0xffffffffu;
    }
    *wmask = w;
    *tmask = t;
    return true;
}
