/*
 * coverage.c — counts the per-instruction cases of every family against
 * the encoding table: fails when an implemented row has no case, or a case
 * names an unimplemented row, and prints the project's coverage figure
 *   rows: total T, implemented I, tested K, unimplemented U
 * Rows with fewer than three cases (basic, edge, alias) are listed.
 */
#include <stdio.h>

#include "insn_case.h"
#include "xnuemu/decode.h"

extern const InsnCaseSet *const case_registry[];

static void test_coverage(void **state)
{
    (void)state;
    static unsigned count[A64__COUNT];
    unsigned total = 0, impl = 0, tested = 0, unimpl = 0, bad = 0, thin = 0;
    for (const InsnCaseSet *const *s = case_registry; *s; s++) {
        for (unsigned i = 0; i < (*s)->n; i++) {
            unsigned id = (*s)->cases[i].id;
            if (id == 0 || id >= A64__COUNT || !a64_rows[id].exec) {
                print_error("case %s/%s names row %u, which is not implemented\n", (*s)->family,
                            (*s)->cases[i].name, id);
                bad++;
                continue;
            }
            count[id]++;
        }
    }
    for (unsigned id = 1; id < A64__COUNT; id++) {
        uint64_t fl = a64_rows[id].flags;
        if (fl & F_UNALLOC)
            continue;
        total++;
        if (fl & F_UNIMPL) {
            unimpl++;
            continue;
        }
        impl++;
        if (count[id])
            tested++;
        else {
            print_error("row %s is implemented but has no test case\n", a64_rows[id].name);
            bad++;
        }
        if (count[id] && count[id] < 3) {
            if (!thin++)
                printf("rows with fewer than 3 cases:");
            printf(" %s(%u)", a64_rows[id].name, count[id]);
        }
    }
    if (thin)
        printf("\n");
    printf("rows: total %u, implemented %u, tested %u, unimplemented %u\n", total, impl, tested,
           unimpl);
    assert_int_equal(bad, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = { cmocka_unit_test(test_coverage) };
    return cmocka_run_group_tests_name("coverage", tests, NULL, NULL);
}
