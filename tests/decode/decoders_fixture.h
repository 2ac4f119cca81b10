/*
 * decoders_fixture.h — the cmocka group fixture of the encoding-table
 * tests (test_decode_table.c, test_decode_known_words.c): two decoders
 * built from the A64 table (Arm ARM C4.1), one with every feature and one
 * with none. Static functions, one copy per test executable.
 */
#ifndef TESTS_DECODERS_FIXTURE_H
#define TESTS_DECODERS_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>

#include "xnuemu/decode.h"

typedef struct Decoders {
    A64Decoder all;       /* every feature */
    A64Decoder none;      /* no feature */
} Decoders;

static inline int decoders_setup(void **state)
{
    Decoders *d = calloc(1, sizeof(*d));
    char err[256];
    if (!d)
        return -1;
    if (!a64_decoder_build(&d->all, FEAT_MASK, err, sizeof(err)) ||
        !a64_decoder_build(&d->none, 0, err, sizeof(err))) {
        fprintf(stderr, "decoder does not build: %s\n", err);
        free(d);
        return -1;
    }
    *state = d;
    return 0;
}

static inline int decoders_teardown(void **state)
{
    Decoders *d = *state;
    a64_decoder_free(&d->all);
    a64_decoder_free(&d->none);
    free(d);
    return 0;
}

#endif
