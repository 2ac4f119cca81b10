/*
 * diff_host.h — the host side of the differential test (diff_fuzz) and of
 * the golden-vector replay test: running a DiffProg on xnuemu, comparing two
 * outcomes, the text format of recorded vectors, and the program generator.
 */
#ifndef TESTS_DIFF_HOST_H
#define TESTS_DIFF_HOST_H

#include <stdbool.h>
#include <stdio.h>

#include "diff_proto.h"
#include "xnuemu/decode.h"

/* ---- inputs nobody chose: the tenv patterns (tests/support/tenv.h) ---- */

static inline uint64_t diff_default_x(unsigned n)
{
    return UINT64_C(0xa5a5000000000000) | (uint64_t)n << 32 | (uint64_t)n * 0x01010101u;
}

static inline uint64_t diff_default_v(unsigned n, unsigned half)
{
    return (half ? UINT64_C(0x5a5a000000000000) : UINT64_C(0xc3c3000000000000)) |
           (uint64_t)n << 40 | (uint64_t)(n + 16 * half) * 0x01010101u;
}

#define DIFF_DEFAULT_SP (DIFF_DATA_ADDR + 0x1000)

/* A program with no words, default registers, SP, flags 0, FPCR/FPSR 0. */
void diff_prog_init(DiffProg *p);

/* The window before the program runs: the pattern, then the patches. */
void diff_initial_window(const DiffProg *p, uint8_t win[DIFF_DATA_SIZE]);

/* ---- xnuemu ---- */

typedef struct DiffXnu DiffXnu;

/* A bare test machine configured like QEMU's user mode: EL0, FP/SIMD
 * enabled, no SP alignment check, TBI for EL0 addresses. */
DiffXnu *dx_new(void);
void dx_free(DiffXnu *dx);
const A64Decoder *dx_decoder(const DiffXnu *dx);
void dx_run(DiffXnu *dx, const DiffProg *p, DiffOut *o);
/* Does xnuemu decode w as UNDEFINED (a reserved field value)? (ctx = dx) */
bool dx_is_reserved(void *dx, uint32_t w);

/* ---- comparing ---- */

const char *diff_outcome_name(uint32_t outcome);

/* Number of differing items between a (expected/QEMU) and b (xnuemu); when
 * buf is not NULL, a description of each ("X3: 0x.. vs 0x..; ..."). */
unsigned diff_compare(const DiffOut *a, const DiffOut *b, char *buf, size_t len);

/* The comparison's own rules (fault addresses, discarded programs). */
void diff_print_compare_rules(FILE *f);

/* ---- vectors: the text format (tests/vectors/README.md) ---- */

typedef struct DiffCase {
    char name[128];
    DiffProg prog;
    DiffOut out;
    unsigned line;               /* of its "case" line */
} DiffCase;

void diff_write_case(FILE *f, const char *name, const DiffProg *p, const DiffOut *o);
/* 1: a case read; 0: end of file; -1: malformed (message in err). */
int diff_read_case(FILE *f, DiffCase *c, unsigned *lineno, char *err, size_t errlen);

/* ---- the generator ---- */

/* What each word of a generated program is. */
typedef struct DiffMeta {
    uint16_t row[DIFF_MAX_WORDS];    /* decoded row of each word */
    uint8_t helper[DIFF_MAX_WORDS];  /* 1: set-up word (base register, branch target) */
    uint8_t item[DIFF_MAX_WORDS];    /* which random instruction the word belongs to */
    uint8_t pcrel[DIFF_MAX_WORDS];   /* the item's words depend on its position */
    unsigned nitems;
} DiffMeta;

typedef struct DiffGen DiffGen;

/* Rows: every implemented, enabled, non-system row whose name or family
 * matches one of the comma-separated fnmatch patterns (NULL = all).
 * Returns NULL with a message in err. */
DiffGen *dg_new(const A64Decoder *dec, const char *patterns, unsigned insns_per_prog,
                char *err, size_t errlen);
void dg_free(DiffGen *g);
unsigned dg_nrows(const DiffGen *g);
unsigned dg_row(const DiffGen *g, unsigned i);
/* Program number `index` of the run with seed `seed` (reproducible alone). */
void dg_program(DiffGen *g, uint64_t seed, uint64_t index, DiffProg *p, DiffMeta *m);
/* Candidates fn says are reserved (UNDEFINED) are kept 1 time in
 * keep_one_in, so UNDEFINED stops fewer programs early (they are still
 * compared: fn only biases the sampling). */
void dg_set_reserved_probe(DiffGen *g, bool (*fn)(void *ctx, uint32_t w), void *ctx,
                           unsigned keep_one_in);
/* The first random instruction of the next programs is of row `row` (-1:
 * any row). */
void dg_force_first_row(DiffGen *g, int row);
/* Switch off the exclusion rule `name` ("all": every rule), to see what it
 * hides. False if there is no such rule. */
bool dg_disable_rule(DiffGen *g, const char *name);
/* The exclusion list and how often each rule rejected a candidate. */
void dg_print_exclusions(const DiffGen *g, FILE *f, bool counts);

#endif
