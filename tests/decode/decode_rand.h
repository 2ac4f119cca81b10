/*
 * decode_rand.h — helpers shared by the decoder table tests: a fixed-seed
 * PRNG (splitmix64) and random instances of an encoding-table row (its fixed
 * bits kept, field and ignored bits random). Arm ARM C4.1 (A64 encoding
 * index): a row is one encoding form of that index.
 */
#ifndef TESTS_DECODE_RAND_H
#define TESTS_DECODE_RAND_H

#include <stdint.h>

#include "xnuemu/decode.h"

#define DECODE_TEST_SEED UINT64_C(0x5eed0a64c0de0001)

static inline uint64_t rand_next(uint64_t *s)
{
    uint64_t z = (*s += UINT64_C(0x9e3779b97f4a7c15));
    z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
    return z ^ (z >> 31);
}

static inline uint32_t rand_instance(const A64RowInfo *ri, uint64_t *s)
{
    return ri->value | ((uint32_t)rand_next(s) & ~ri->mask);
}

/* Does row `inner` strictly contain the fixed bits of row `outer` (and so,
 * when flagged F_CARVE, count as a declared carve-out of it)? */
static inline int row_carves(const A64Decoder *d, unsigned inner, unsigned outer)
{
    const A64RowInfo *a = &d->info[inner], *b = &d->info[outer];
    return (a64_rows[inner].flags & F_CARVE) && (a->mask & b->mask) == b->mask &&
           a->mask != b->mask && ((a->value ^ b->value) & b->mask) == 0;
}

#endif
