/*
 * test_decode_table.c — checks the A64 encoding table (src/cpu/a64_*.def,
 * Arm ARM C4.1 encoding index): it builds with all features and none; rows
 * parse, have unique C-identifier names and sane flags; random instances
 * decode back to their row (or a declared carve-out).
 * test_decode_known_words.c checks binutils-assembled words;
 * test_decode_oracle.c uses objdump.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "decode_rand.h"
#include "decoders_fixture.h"
#include "xnuemu/decode.h"

/* (a) The table builds for the full feature set and for none (start-up
 * checks: every pattern parses, no undeclared overlap). Unimplemented rows
 * stay enabled without their feature; others follow the feature set. */
static void test_table_builds(void **state)
{
    Decoders *d = *state;
    for (unsigned id = 1; id < A64__COUNT; id++) {
        uint64_t fl = a64_rows[id].flags;
        assert_true(d->all.enabled[id]);
        if (!(fl & F_UNIMPL) && (fl & FEAT_MASK))
            assert_false(d->none.enabled[id]);
        else
            assert_true(d->none.enabled[id]);
    }
}

/* (a) Every pattern has 32 bit characters; fixed bits and fields are
 * disjoint; a64_parse_pattern rejects malformed patterns. */
static void test_patterns_parse(void **state)
{
    (void)state;
    char err[160];
    for (unsigned id = 1; id < A64__COUNT; id++) {
        const char *p = a64_rows[id].pattern;
        A64RowInfo ri;
        if (!a64_parse_pattern(p, &ri, err, sizeof(err)))
            fail_msg("%s:%d: %s: %s", a64_rows[id].file, a64_rows[id].line, a64_rows[id].name,
                     err);
        unsigned chars = 0, ignored = 0;
        for (const char *c = p; *c; c++) {
            chars += *c != ' ';
            ignored += *c == '-';
        }
        assert_int_equal(chars, 32);
        uint32_t seen = ri.mask;
        for (unsigned k = 0; k < ri.nfields; k++) {
            assert_int_equal(seen & ri.fmask[k], 0);
            seen |= ri.fmask[k];
        }
        assert_int_equal(__builtin_popcount(seen) + ignored, 32);
    }
    A64RowInfo ri;
    assert_false(a64_parse_pattern("0101", &ri, err, sizeof(err)));
    assert_false(a64_parse_pattern("0101 0101 0101 0101 0101 0101 0101 01011", &ri, err,
                                   sizeof(err)));
    assert_false(a64_parse_pattern("0101 0101 0101 0101 0101 0101 0101 010?", &ri, err,
                                   sizeof(err)));
}

static int is_c_identifier(const char *s)
{
    if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || *s == '_'))
        return 0;
    for (s++; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || *s == '_' ||
              (*s >= '0' && *s <= '9')))
            return 0;
    return 1;
}

/* (a) Names are C identifiers and unique (enum A64_<id> makes duplicate
 * ids a compile error already; this also covers the name strings), and
 * every row has a family. */
static void test_row_names(void **state)
{
    (void)state;
    char fam[32];
    for (unsigned id = 1; id < A64__COUNT; id++) {
        const char *n = a64_rows[id].name;
        if (!is_c_identifier(n))
            fail_msg("row %u name \"%s\" is not a C identifier", id, n);
        for (unsigned j = id + 1; j < A64__COUNT; j++)
            if (strcmp(n, a64_rows[j].name) == 0)
                fail_msg("row name %s appears twice", n);
        assert_true(a64_row_family(id, fam, sizeof(fam))[0] != 0);
    }
}

/* (a) Flags: FP/SIMD rows are marked F_FP and/or F_SIMD and name exactly
 * one FEAT_* bit; every F_CARVE row is carved out of at least one row. */
static void test_row_flags(void **state)
{
    Decoders *d = *state;
    static const char *const fpsimd[] = { "fp", "simd", "crypto", "ldst_simd" };
    char fam[32];
    for (unsigned id = 1; id < A64__COUNT; id++) {
        uint64_t fl = a64_rows[id].flags;
        a64_row_family(id, fam, sizeof(fam));
        for (unsigned k = 0; k < ARRAY_SIZE(fpsimd); k++) {
            if (strcmp(fam, fpsimd[k]) != 0 || (fl & F_UNALLOC))
                continue;
            if (!(fl & (F_FP | F_SIMD)) || __builtin_popcountll(fl & FEAT_MASK) != 1)
                fail_msg("%s:%d: %s: FP/SIMD row needs F_FP or F_SIMD and one FEAT_*",
                         a64_rows[id].file, a64_rows[id].line, a64_rows[id].name);
        }
        if (!(fl & F_CARVE))
            continue;
        unsigned parents = 0;
        for (unsigned j = 1; j < A64__COUNT; j++)
            parents += j != id && row_carves(&d->all, id, j);
        if (!parents)
            fail_msg("%s:%d: %s is F_CARVE but carves no row", a64_rows[id].file,
                     a64_rows[id].line, a64_rows[id].name);
    }
}

/* (b) 64 random instances of every row (fixed bits kept, the rest random)
 * decode to that row, or to a row whose fixed bits strictly contain it and
 * which is declared F_CARVE. */
static void test_random_instances(void **state)
{
    Decoders *d = *state;
    uint64_t seed = DECODE_TEST_SEED;
    unsigned bad = 0, carved = 0;
    for (unsigned id = 1; id < A64__COUNT; id++) {
        for (unsigned k = 0; k < 64; k++) {
            uint32_t w = rand_instance(&d->all.info[id], &seed);
            unsigned got = a64_decode(&d->all, w);
            if (got == id)
                continue;
            if (got != A64_UNALLOCATED && row_carves(&d->all, got, id)) {
                carved++;
                continue;
            }
            if (bad++ < 20)
                print_error("0x%08x: instance of %s (%s:%d) decodes to %s\n", w,
                            a64_rows[id].name, a64_rows[id].file, a64_rows[id].line,
                            a64_rows[got].name);
        }
    }
    printf("random instances: %u rows x 64, %u in declared carve-outs\n", A64__COUNT - 1,
           carved);
    assert_int_equal(bad, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table_builds),
        cmocka_unit_test(test_patterns_parse),
        cmocka_unit_test(test_row_names),
        cmocka_unit_test(test_row_flags),
        cmocka_unit_test(test_random_instances),
    };
    return cmocka_run_group_tests(tests, decoders_setup, decoders_teardown);
}
