/*
 * test_decode_buckets.c — the decoder's fast structures against the
 * definition they implement (src/cpu/decode.c; Arm ARM C4.1, the A64
 * encoding index, one row per encoding form):
 *  - a64_decode() looks in one bucket (bits 29:22 and 13:10); it must give
 *    what a plain scan of the whole table gives: among the enabled rows
 *    whose fixed bits match, the one with the most fixed bits, the first
 *    in table order on a tie;
 *  - a64_fields() takes a contiguous field with one shift; every field
 *    must equal its bits gathered one at a time, most significant first.
 * Words: random instances of every row (fixed bits kept) and plain random
 * words, for the full feature set and for none.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "decode_rand.h"
#include "xnuemu/decode.h"

enum { RANDOM_WORDS = 400000, INSTANCES_PER_ROW = 32 };

static unsigned reference_decode(const A64Decoder *d, uint32_t w)
{
    unsigned best = A64_UNALLOCATED;
    int best_bits = -1;
    for (unsigned id = 1; id < A64__COUNT; id++) {
        const A64RowInfo *ri = &d->info[id];
        if (!d->enabled[id] || (w & ri->mask) != ri->value)
            continue;
        int bits = __builtin_popcount(ri->mask);
        if (bits > best_bits) {
            best = id;
            best_bits = bits;
        }
    }
    return best;
}

/* Field values bit by bit, in the letter order a64_fields() stores them. */
static void check_fields(const A64Decoder *d, unsigned id, uint32_t w, unsigned *bad)
{
    Fields f;
    a64_fields(d, id, w, &f);
    const A64RowInfo *ri = &d->info[id];
    for (unsigned k = 0; k < ri->nfields; k++) {
        uint32_t want = 0;
        for (int bit = 31; bit >= 0; bit--) {
            if (ri->fmask[k] & (UINT32_C(1) << bit))
                want = (want << 1) | ((w >> bit) & 1);
        }
        if (FLD(&f, ri->letter[k]) != want && (*bad)++ < 20)
            print_error("0x%08x %s field '%c': got 0x%x, want 0x%x\n", w, a64_rows[id].name,
                        ri->letter[k], FLD(&f, ri->letter[k]), want);
    }
}

static void check_word(const A64Decoder *d, uint32_t w, unsigned *bad)
{
    unsigned got = a64_decode(d, w), want = reference_decode(d, w);
    if (got != want) {
        if ((*bad)++ < 20)
            print_error("0x%08x: decodes to %s, the table says %s\n", w, a64_rows[got].name,
                        a64_rows[want].name);
        return;
    }
    if (got != A64_UNALLOCATED)
        check_fields(d, got, w, bad);
}

static void check_decoder(uint64_t features)
{
    A64Decoder d;
    char err[256];
    if (!a64_decoder_build(&d, features, err, sizeof(err)))
        fail_msg("decoder does not build: %s", err);
    uint64_t seed = DECODE_TEST_SEED ^ features;
    unsigned bad = 0, words = 0;
    for (unsigned id = 1; id < A64__COUNT; id++) {
        for (unsigned k = 0; k < INSTANCES_PER_ROW; k++, words++)
            check_word(&d, rand_instance(&d.info[id], &seed), &bad);
    }
    for (unsigned k = 0; k < RANDOM_WORDS; k++, words++)
        check_word(&d, (uint32_t)rand_next(&seed), &bad);
    printf("features 0x%llx: %u words, %u disagreements\n", (unsigned long long)features, words,
           bad);
    a64_decoder_free(&d);
    assert_int_equal(bad, 0);
}

static void test_buckets_and_fields_all_features(void **state)
{
    (void)state;
    check_decoder(FEAT_MASK);
}

static void test_buckets_and_fields_no_features(void **state)
{
    (void)state;
    check_decoder(0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_buckets_and_fields_all_features),
        cmocka_unit_test(test_buckets_and_fields_no_features),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
