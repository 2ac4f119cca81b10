/*
 * test_apple_sysregs_generic.c — the Apple IMPLEMENTATION DEFINED rows
 * (sysreg_apple.def) on the bare machine's generic model (tenv: EL1..EL3):
 * absent by default, every encoding UNDEFINED; with the rows forced onto
 * the model (it has EL2, Hurricane has not), HCR_EL2.TIDCP traps every
 * EL1 access to EL2 with EC 0x18 and the encoding in the ISS (Arm ARM
 * D13.2.46 HCR_EL2.TIDCP, D17.2.37 ISS of EC 0x18), EL2 itself is not
 * trapped, EL0 is UNDEFINED, Secure EL1 is not trapped.
 */
#include <stdio.h>

#include "apple_rows.h"
#include "tenv.h"

static void tenv_expect_undef(TestEnv *t, uint32_t word, const char *what)
{
    tenv_reset(t);
    tenv_put_code(t, T_CODE, &word, 1);
    HaltReason h = tenv_run(t, T_CODE, 1);
    if (h != HALT_DEBUG || (t->cpu->sr[SR_ESR_EL1] >> 26) != EC_UNDEF || t->cpu->ps.el != 1)
        fail_msg("%s on the generic model: halt %d, EL%u, ESR_EL1 0x%llx; expected UNDEFINED",
                 what, (int)h, t->cpu->ps.el, (unsigned long long)t->cpu->sr[SR_ESR_EL1]);
}

static void test_generic_has_no_apple_rows(void **state)
{
    (void)state;
    TestEnv *t = tenv_new();
    assert_false(t->m->model.apple_impdef);
    assert_false(t->m->model.apple_fast_ipi);
    for (unsigned i = 0; i < NDEF; i++) {
        if (sysreg_find(&t->m->srt, def_rows[i].key))
            fail_msg("%s exists on the generic model", def_rows[i].name);
        tenv_expect_undef(t, mrs_word(def_rows[i].key), def_rows[i].name);
        tenv_expect_undef(t, msr_word(def_rows[i].key), def_rows[i].name);
    }
    for (unsigned i = 0; i < t->m->srt.n; i++)
        assert_false(t->m->srt.rows[i].flags & (SR_APPLE | SR_APPLE_IPI));
    tenv_free(t);
}

/* ISS of EC 0x18 (D17.2.37): Op0 21:20, Op2 19:17, Op1 16:14, CRn 13:10,
 * Rt 9:5, CRm 4:1, Direction 0 (1 = read). */
static uint32_t trap_iss(uint16_t key, unsigned rt, bool read)
{
    return (uint32_t)(key >> 14) << 20 | (uint32_t)(key & 7) << 17 |
           (uint32_t)((key >> 11) & 7) << 14 | (uint32_t)((key >> 7) & 15) << 10 | rt << 5 |
           (uint32_t)((key >> 3) & 15) << 1 | (read ? 1u : 0u);
}

/* With the Apple rows forced onto the generic model (which has EL2):
 * HCR_EL2.TIDCP traps every EL1 access to EL2. */
static void test_tidcp_traps_to_el2(void **state)
{
    (void)state;
    TestEnv *t = tenv_new();
    t->m->model.apple_impdef = true;
    t->m->model.apple_fast_ipi = true;
    tenv_rebuild_sysregs(t->m);
    CpuState *cpu = t->cpu;
    unsigned n = 0;
    for (unsigned i = 0; i < NDEF; i++) {
        const DefRow *r = &def_rows[i];
        assert_non_null(sysreg_find(&t->m->srt, r->key));
        for (int write = 0; write < 2; write++) {
            uint32_t w = write ? msr_word(r->key) : mrs_word(r->key);
            /* TIDCP clear: the access completes at EL1 */
            tenv_reset(t);
            tenv_put_code(t, T_CODE, &w, 1);
            cpu->r[1] = 0;
            assert_int_equal(tenv_run(t, T_CODE, 1), HALT_MAX_INSNS);
            /* TIDCP set: EC 0x18 to EL2 with the encoding in the ISS */
            tenv_reset(t);
            cpu->sr[SR_HCR_EL2] |= HCR_TIDCP;
            tenv_put_code(t, T_CODE, &w, 1);
            HaltReason h = tenv_run(t, T_CODE, 1);
            uint64_t esr = cpu->sr[SR_ESR_EL2];
            if (h != HALT_DEBUG || cpu->ps.el != 2 || (esr >> 26) != EC_TRAP)
                fail_msg("%s %s with TIDCP: halt %d EL%u ESR_EL2 0x%llx", r->name,
                         write ? "MSR" : "MRS", (int)h, cpu->ps.el, (unsigned long long)esr);
            assert_int_equal(esr & 0x1ffffff, trap_iss(r->key, write ? 1 : 0, !write));
            assert_int_equal(esr >> 25 & 1, 1);                       /* IL: 32-bit */
            assert_int_equal(cpu->sr[SR_ELR_EL2], T_CODE);
            assert_int_equal(cpu->pc, tenv_sync_vector(1, 1, 2));
            n++;
        }
    }
    /* a hand-computed ISS: MRS x0, S3_4_C15_C2_3 (KTRR_LOWER) is
     * op0 3, op2 3, op1 4, CRn 15, Rt 0, CRm 2, read */
    tenv_reset(t);
    cpu->sr[SR_HCR_EL2] |= HCR_TIDCP;
    uint32_t w = 0xd53cf260;                                /* mrs x0, s3_4_c15_c2_3 */
    tenv_put_code(t, T_CODE, &w, 1);
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_DEBUG);
    assert_int_equal(cpu->sr[SR_ESR_EL2], UINT64_C(0x62373c05));
    /* EL2 itself is not trapped */
    tenv_reset(t);
    cpu->sr[SR_HCR_EL2] |= HCR_TIDCP;
    tenv_set_el(t, 2, 1);
    tenv_put_code(t, T_CODE, &w, 1);
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_MAX_INSNS);
    /* EL0: UNDEFINED (whether TIDCP traps EL0 is IMPLEMENTATION DEFINED;
     * the rows are EL1-only, so EL0 gets UNDEFINED at EL1) */
    tenv_reset(t);
    cpu->sr[SR_HCR_EL2] |= HCR_TIDCP;
    tenv_set_el(t, 0, 0);
    tenv_put_code(t, T_CODE, &w, 1);
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_DEBUG);
    assert_int_equal(cpu->ps.el, 1);
    assert_int_equal(cpu->sr[SR_ESR_EL1] >> 26, EC_UNDEF);
    /* Secure EL1 (SCR_EL3.NS = 0): Armv8.1 has no Secure EL2, no trap */
    tenv_reset(t);
    cpu->sr[SR_HCR_EL2] |= HCR_TIDCP;
    cpu->sr[SR_SCR_EL3] &= ~(uint64_t)SCR_NS;
    tenv_put_code(t, T_CODE, &w, 1);
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_MAX_INSNS);
    printf("TIDCP traps checked for %u accesses\n", n);
    tenv_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_generic_has_no_apple_rows),
        cmocka_unit_test(test_tidcp_traps_to_el2),
    };
    return cmocka_run_group_tests_name("apple_sysregs_generic", tests, NULL, NULL);
}
