/*
 * test_sysreg_table.c — the system-register table, row by row (STYLE.md
 * 6(d)/(g)): keys unique and matching the MRS encoding, reset values read
 * back at the lowest permitted EL through a real MRS, lower ELs get
 * UNDEFINED, storage rows round-trip through MSR with their write mask,
 * constant rows reject MSR, registers of absent ELs do not exist.
 */
#include <stdio.h>
#include <string.h>

#include "tenv.h"

/* mrs x0, <key> / msr <key>, x1 */
static uint32_t mrs_word(uint16_t key)
{
    return 0xd5200000u | (uint32_t)key << 5;
}

static uint32_t msr_word(uint16_t key)
{
    return 0xd5000001u | (uint32_t)key << 5;
}

static uint64_t esr_at(const CpuState *cpu, unsigned el)
{
    return cpu->sr[el <= 1 ? SR_ESR_EL1 : el == 2 ? SR_ESR_EL2 : SR_ESR_EL3];
}

/* Rows whose value is not the plain storage word (views of PSTATE, the
 * counter, computed fields): their behaviour has its own tests. */
static bool has_hooks(const SysRegDesc *d)
{
    return d->rd || d->wr;
}

static HaltReason run_one(TestEnv *t, uint32_t w, unsigned el)
{
    tenv_put_code(t, T_CODE, &w, 1);
    tenv_set_el(t, el, el ? 1 : 0);
    return tenv_run(t, T_CODE, 1);
}

static void test_keys_unique_and_sorted(void **state)
{
    TestEnv *t = *state;
    const SysRegTable *srt = &t->m->srt;
    assert_true(srt->n > 150);
    for (unsigned i = 1; i < srt->n; i++)
        assert_true(srt->rows[i - 1].key < srt->rows[i].key);
    for (unsigned i = 0; i < srt->n; i++) {
        const SysRegDesc *d = &srt->rows[i];
        assert_ptr_equal(sysreg_find(srt, d->key), d);
        assert_ptr_equal(sysreg_find_name(srt, d->name), d);
        assert_true((d->key >> 14) >= 1);
        if (d->flags & SR_SYSOP)
            assert_int_equal(d->key >> 14, 1);
    }
}

/* Every readable row: MRS at its lowest read EL returns the reset value
 * (hooked rows: just that it does not fault), and one EL lower is
 * UNDEFINED (or trapped by an EL0 enable control). */
static void test_reset_and_read_access(void **state)
{
    TestEnv *t = *state;
    unsigned checked = 0;
    for (unsigned i = 0; i < t->m->srt.n; i++) {
        const SysRegDesc *d = &t->m->srt.rows[i];
        unsigned rel = d->access & 0xf;
        if (rel == SR_NA || (d->flags & SR_SYSOP))
            continue;
        if (d->alias_of != SR_NONE)
            continue;     /* VHE aliases: UNDEFINED unless E2H (test_vhe.c) */
        tenv_reset(t);
        CpuState *cpu = t->cpu;
        uint64_t reset = cpu->sr[d->idx];
        unsigned el = rel ? rel : 1;
        HaltReason h = run_one(t, mrs_word(d->key), el);
        if (d->trap && h == HALT_DEBUG)
            continue;     /* the row's own control trapped it: covered elsewhere */
        if (h != HALT_MAX_INSNS)
            fail_msg("%s: MRS at EL%u did not complete (ESR 0x%llx)", d->name, el,
                     (unsigned long long)esr_at(cpu, el));
        if (!has_hooks(d) && cpu->r[0] != reset)
            fail_msg("%s: read 0x%llx, reset value 0x%llx", d->name,
                     (unsigned long long)cpu->r[0], (unsigned long long)reset);
        if (rel >= 1) {
            tenv_reset(t);
            h = run_one(t, mrs_word(d->key), rel - 1);
            uint64_t esr = esr_at(t->cpu, rel - 1);
            if (h != HALT_DEBUG || (esr >> 26) != EC_UNKNOWN)
                fail_msg("%s: MRS at EL%u should be UNDEFINED", d->name, rel - 1);
        }
        checked++;
    }
    printf("read access checked for %u registers\n", checked);
}

/* Storage rows: MSR of all-ones then MRS gives reset & ~wmask | wmask;
 * MSR of zero gives reset & ~wmask. Constant and read-only rows reject MSR. */
static void test_write_mask_round_trip(void **state)
{
    TestEnv *t = *state;
    unsigned checked = 0;
    for (unsigned i = 0; i < t->m->srt.n; i++) {
        const SysRegDesc *d = &t->m->srt.rows[i];
        unsigned wel = d->access >> 4, rel = d->access & 0xf;
        if (d->flags & SR_SYSOP)
            continue;
        if (wel == SR_NA) {
            tenv_reset(t);
            unsigned el = rel == SR_NA ? 1 : rel ? rel : 1;
            assert_int_equal(run_one(t, msr_word(d->key), el), HALT_DEBUG);
            if ((esr_at(t->cpu, el) >> 26) != EC_UNKNOWN)
                fail_msg("%s: MSR to a read-only register should be UNDEFINED", d->name);
            continue;
        }
        if (has_hooks(d) || rel == SR_NA || d->trap || (d->flags & (SR_TLB | SR_FP)) ||
            d->alias_of != SR_NONE)
            continue;     /* behaviour rows and VHE aliases have their own tests */
        for (int pass = 0; pass < 2; pass++) {
            tenv_reset(t);
            CpuState *cpu = t->cpu;
            uint64_t reset = cpu->sr[d->idx];
            uint64_t v = pass ? ~UINT64_C(0) : 0;
            cpu->r[1] = v;
            unsigned el = wel ? wel : 1;
            assert_int_equal(run_one(t, msr_word(d->key), el), HALT_MAX_INSNS);
            uint64_t want = (reset & ~d->wmask) | (v & d->wmask);
            if (cpu->sr[d->idx] != want)
                fail_msg("%s: after MSR 0x%llx holds 0x%llx, expected 0x%llx", d->name,
                         (unsigned long long)v, (unsigned long long)cpu->sr[d->idx],
                         (unsigned long long)want);
        }
        checked++;
    }
    printf("write masks checked for %u registers\n", checked);
}

/* A model with EL1 only has no EL2/EL3 registers: they are unknown. */
static void test_absent_els_have_no_registers(void **state)
{
    (void)state;
    Machine *m;
    char err[256];
    MachineConfig cfg = { .machine = "bare", .el = 1, .ram_size = 1 << 20 };
    assert_int_equal(machine_create(&m, &cfg, err, sizeof(err)), EMU_OK);
    assert_null(sysreg_find_name(&m->srt, "HCR_EL2"));
    assert_null(sysreg_find_name(&m->srt, "SCR_EL3"));
    assert_null(sysreg_find_name(&m->srt, "TLBI_ALLE2"));
    assert_null(sysreg_find_name(&m->srt, "CNTHP_CTL_EL2"));
    assert_non_null(sysreg_find_name(&m->srt, "SCTLR_EL1"));
    assert_non_null(sysreg_find_name(&m->srt, "PAN"));
    /* ID_AA64PFR0: EL2 and EL3 fields say "not implemented" */
    assert_int_equal(m->model.id_aa64pfr0 & 0xff00, 0);
    machine_destroy(m);
}

static void test_key_names(void **state)
{
    (void)state;
    char buf[24];
    sysreg_key_name(sysreg_key(3, 5, 15, 7, 2), buf, sizeof(buf));
    assert_string_equal(buf, "S3_5_C15_C7_2");
    sysreg_key_name(sysreg_key(1, 3, 7, 4, 1), buf, sizeof(buf));
    assert_string_equal(buf, "S1_3_C7_C4_1");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keys_unique_and_sorted),
        cmocka_unit_test(test_reset_and_read_access),
        cmocka_unit_test(test_write_mask_round_trip),
        cmocka_unit_test(test_absent_els_have_no_registers),
        cmocka_unit_test(test_key_names),
    };
    return cmocka_run_group_tests_name("sysreg_table", tests, tenv_setup, tenv_teardown);
}
