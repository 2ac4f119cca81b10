/*
 * diff_rules.h — the generator's exclusion list (diff_rules.c).
 */
#ifndef TESTS_DIFF_RULES_H
#define TESTS_DIFF_RULES_H

#include "diff_host.h"

/* ------------------------------------------------------------------ */
/* Exclusion list (dynarmic's do_not_test in spirit): what the          */
/* architecture leaves open (CONSTRAINED UNPREDICTABLE, IMPLEMENTATION  */
/* DEFINED) where xnuemu's documented choice differs from QEMU 7.2's,   */
/* and QEMU 7.2 bugs. Three kinds: per-word rules re-draw a candidate;  */
/* constraints shape its address (setup_mem); program rules re-draw it  */
/* after the items before it (excl_conflict). Each names the Arm ARM    */
/* (DDI 0487) place. diff_fuzz --exclusions prints the list, and        */
/* --no-exclude RULE switches one off to show what it hides.           */
/* ------------------------------------------------------------------ */

typedef struct DiffRuleCtx {
    const A64Decoder *dec;
    unsigned row;
    uint32_t w;
    uint64_t flags;
    const char *name;
} DiffRuleCtx;

typedef struct DiffRule {
    const char *name;
    bool (*hit)(const DiffRuleCtx *c);
    const char *ref;
    const char *why;
} DiffRule;

enum { DIFF_NRULES = 7, RULE_STX_SIZE = 3, RULE_STX_STORE = 4 };
extern const DiffRule diff_rules[DIFF_NRULES];

/* name is one of the NULL-terminated list. */
bool dr_name_in(const char *name, const char *const *list);

#endif
