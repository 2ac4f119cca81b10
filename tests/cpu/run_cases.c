/*
 * run_cases.c — the test executable of one instruction family: runs every
 * case of cases_<CASE_FAMILY> (compiled in with -DCASE_FAMILY=...).
 */
#include "insn_case.h"

#define CAT2(a, b) a##b
#define CAT(a, b) CAT2(a, b)
#define STR2(a) #a
#define STR(a) STR2(a)

extern const InsnCaseSet CAT(cases_, CASE_FAMILY);

static void test_cases(void **state)
{
    insn_case_run_set(state, &CAT(cases_, CASE_FAMILY));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cases),
    };
    return cmocka_run_group_tests_name(STR(CASE_FAMILY), tests, tenv_setup, tenv_teardown);
}
