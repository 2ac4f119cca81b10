/*
 * apple_rows.h — the rows of src/cpu/sysreg_apple.def as data (name,
 * encoding key, flags, write mask), and the MRS x0 / MSR x1 words for a
 * key, for the Apple system-register tests. Static, one copy per
 * executable.
 */
#ifndef TESTS_APPLE_ROWS_H
#define TESTS_APPLE_ROWS_H

#include <stdint.h>

#include "xnuemu/sysreg.h"

#define EC_UNDEF 0x00u
#define EC_TRAP  0x18u

/* every row of the table, as the .def lists it */
typedef struct DefRow {
    const char *name;
    uint16_t key;
    uint32_t flags;
    uint64_t wmask;
} DefRow;

static const DefRow def_rows[] = {
#define SYSREG(name_, op0, op1, crn, crm, op2, acc, flags_, reset, wmask_, rd, wr, trap) \
    { #name_, (uint16_t)((op0) << 14 | (op1) << 11 | (crn) << 7 | (crm) << 3 | (op2)),    \
      (flags_), (wmask_) },
#include "../../src/cpu/sysreg_apple.def"
#undef SYSREG
};
#define NDEF (sizeof(def_rows) / sizeof(def_rows[0]))

static inline uint32_t mrs_word(uint16_t key)   /* mrs x0, <key> */
{
    return 0xd5200000u | (uint32_t)key << 5;
}

static inline uint32_t msr_word(uint16_t key)   /* msr <key>, x1 */
{
    return 0xd5000001u | (uint32_t)key << 5;
}

#endif
