/*
 * test_apple_sysregs.c — the Apple IMPLEMENTATION DEFINED system
 * registers (sysreg_apple.def, sysreg_apple.c) through real MRS/MSR:
 *   - on the T8010 machine's Hurricane core, the registers XNU 12.1 uses
 *     (XNU-BOOT.md §4.1, encodings written out here by hand) behave as
 *     that table asks: storage, read-as-zero error registers, KTRR_LOCK
 *     reading 0 until written; every row of the .def exists, is EL1-only
 *     (EL0: UNDEFINED, EC 0) and keeps or ignores writes as its flags say;
 *   - the fast-IPI registers (A11 and later) do not exist on Hurricane,
 *     and with the model's apple_fast_ipi set they raise and clear FIQ;
 * The generic model and HCR_EL2.TIDCP are in test_apple_sysregs_generic.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apple_rows.h"
#include "tenv.h"

#define DRAM   UINT64_C(0x800000000)
#define H_CODE DRAM
#define H_VBAR (DRAM + 0x10000)

/* ---- XNU-BOOT.md §4.1, by hand: S3_<op1>_C15_C<crm>_<op2> ---- */

typedef struct DocReg {
    const char *name;
    uint8_t op1, crm, op2;
    bool raz;                 /* error status: reads as zero, writes ignored */
} DocReg;

static const DocReg doc_regs[] = {
    { "HID0", 0, 0, 0, false },        { "HID1", 0, 1, 0, false },
    { "HID4", 0, 4, 0, false },        { "HID5", 0, 5, 0, false },
    { "HID3", 0, 3, 0, false },        { "HID7", 0, 7, 0, false },
    { "HID8", 0, 8, 0, false },        { "EHID0", 0, 0, 1, false },
    { "EHID4", 0, 4, 1, false },       { "EHID10", 0, 10, 1, false },
    { "LSU_ERR_CTL", 3, 1, 0, false }, { "LSU_ERR_STS", 3, 0, 0, true },
    { "L2C_ERR_STS", 3, 8, 0, true },  { "L2C_ERR_ADR", 3, 9, 0, true },
    { "L2C_ERR_INF", 3, 10, 0, true }, { "FED_ERR_STS", 4, 0, 0, true },
    { "MIGSTS_EL1", 4, 0, 4, true },   { "MMU_ERR_STS", 6, 0, 0, true },
    { "KTRR_LOCK_EL1", 4, 2, 2, false }, { "KTRR_LOWER_EL1", 4, 2, 3, false },
    { "KTRR_UPPER_EL1", 4, 2, 4, false }, { "CYC_CFG", 5, 4, 0, false },
    { "CYC_OVRD", 5, 5, 0, false },    { "ACC_OVRD", 5, 6, 0, false },
    { "PMCR0", 1, 0, 0, false },       { "PMCR1", 1, 1, 0, false },
    { "PMCR2", 1, 2, 0, false },       { "PMCR3", 1, 3, 0, false },
    { "PMCR4", 1, 4, 0, false },       { "PMESR0", 1, 5, 0, false },
    { "PMESR1", 1, 6, 0, false },      { "OPMAT0", 1, 7, 0, false },
    { "OPMAT1", 1, 8, 0, false },      { "OPMSK0", 1, 9, 0, false },
    { "OPMSK1", 1, 10, 0, false },     { "PMC2", 2, 2, 0, false },
    { "PMC3", 2, 3, 0, false },        { "PMC4", 2, 4, 0, false },
    { "PMC5", 2, 5, 0, false },        { "PMC6", 2, 6, 0, false },
    { "PMC7", 2, 7, 0, false },        { "PMC8", 2, 9, 0, false },
    { "PMC9", 2, 10, 0, false },       { "PMTRHLD6", 2, 12, 0, false },
    { "PMTRHLD4", 2, 13, 0, false },   { "PMTRHLD2", 2, 14, 0, false },
    { "PMMMAP", 2, 15, 0, false },
};

/* Fast IPIs (XNU arm64_common.h ARM64_REG_IPI_*, A11 and later) */
#define KEY(op1, crm, op2) ((uint16_t)(3u << 14 | (op1) << 11 | 15u << 7 | (crm) << 3 | (op2)))
#define KEY_IPI_RR_LOCAL  KEY(5u, 0u, 0u)
#define KEY_IPI_RR_GLOBAL KEY(5u, 0u, 1u)
#define KEY_IPI_SR        KEY(5u, 1u, 1u)
#define KEY_IPI_CR        KEY(5u, 3u, 1u)
#define IPI_TYPE(t)       ((uint64_t)(t) << 28)   /* 0 immediate, 1 retract, 2 deferred */

static const uint16_t ipi_keys[] = { KEY_IPI_RR_LOCAL, KEY_IPI_RR_GLOBAL, KEY_IPI_SR,
                                     KEY_IPI_CR };


/* ---- the T8010 machine, one instruction at a time ---- */

static Machine *hurricane(bool fast_ipi)
{
    Machine *m;
    char err[256] = "";
    MachineConfig cfg = { .machine = "t8010", .ram_size = UINT64_C(64) << 20,
                          .serial = "none" };
    if (machine_create(&m, &cfg, err, sizeof(err)) != EMU_OK)
        fail_msg("t8010: %s", err);
    assert_string_equal(m->model.name, "apple-hurricane");
    assert_false(m->model.has_el2);
    if (fast_ipi) {
        m->model.apple_fast_ipi = true;
        tenv_rebuild_sysregs(m);
    }
    CpuState *cpu = m->cpu;
    cpu->halt_on_exception = true;
    cpu->sr[SR_VBAR_EL1] = H_VBAR;
    return m;
}

/* Run one instruction at EL el (SP_ELx for EL1). */
static HaltReason h_exec(Machine *m, uint32_t word, unsigned el)
{
    CpuState *cpu = m->cpu;
    if (!bus_write_phys(&m->bus, H_CODE, &word, 4))
        abort();
    cpu_set_el_sp(cpu, el, el ? 1 : 0);
    cpu->pc = H_CODE;
    cpu->halt_reason = HALT_NONE;
    cpu->exc_streak = 0;
    cpu->max_insns = cpu->icount + 1;
    return cpu_run(cpu);
}

static uint64_t h_read(Machine *m, uint16_t key)
{
    m->cpu->r[0] = 0xdeadbeef;
    HaltReason h = h_exec(m, mrs_word(key), 1);
    if (h != HALT_MAX_INSNS) {
        char name[24];
        sysreg_key_name(key, name, sizeof(name));
        fail_msg("MRS %s at EL1 did not complete (ESR_EL1 0x%llx)", name,
                 (unsigned long long)m->cpu->sr[SR_ESR_EL1]);
    }
    return m->cpu->r[0];
}

static void h_write(Machine *m, uint16_t key, uint64_t v)
{
    m->cpu->r[1] = v;
    HaltReason h = h_exec(m, msr_word(key), 1);
    if (h != HALT_MAX_INSNS) {
        char name[24];
        sysreg_key_name(key, name, sizeof(name));
        fail_msg("MSR %s at EL1 did not complete (ESR_EL1 0x%llx)", name,
                 (unsigned long long)m->cpu->sr[SR_ESR_EL1]);
    }
    assert_int_equal(m->cpu->pc, H_CODE + 4);
}

/* The instruction must be UNDEFINED: EC 0 to EL1, ELR at it. */
static void h_expect_undef(Machine *m, uint32_t word, unsigned el, const char *what)
{
    CpuState *cpu = m->cpu;
    cpu->sr[SR_ESR_EL1] = UINT64_C(0xffffffff);
    HaltReason h = h_exec(m, word, el);
    if (h != HALT_DEBUG || (cpu->sr[SR_ESR_EL1] >> 26) != EC_UNDEF)
        fail_msg("%s at EL%u: halt %d, ESR_EL1 0x%llx; expected UNDEFINED", what, el, (int)h,
                 (unsigned long long)cpu->sr[SR_ESR_EL1]);
    assert_int_equal(cpu->ps.el, 1);
    assert_int_equal(cpu->pc, H_VBAR + (el ? 0x200 : 0x400));
    assert_int_equal(cpu->sr[SR_ELR_EL1], H_CODE);
}

static bool fiq_asserted(const Machine *m)
{
    return (m->cpu->irq_lines & CPU_IN_FIQ) != 0;
}

/* XNU-BOOT.md §4.1 on Hurricane: storage round trips, RAZ/WI errors. */
static void test_hurricane_xnu_registers(void **state)
{
    (void)state;
    Machine *m = hurricane(false);
    for (unsigned i = 0; i < sizeof(doc_regs) / sizeof(doc_regs[0]); i++) {
        const DocReg *r = &doc_regs[i];
        uint16_t key = sysreg_key(3, r->op1, 15, r->crm, r->op2);
        if (!sysreg_find(&m->srt, key))
            fail_msg("%s (S3_%u_C15_C%u_%u) missing", r->name, r->op1, r->crm, r->op2);
        assert_int_equal(h_read(m, key), 0);                 /* reset: 0 */
        static const uint64_t vals[] = { UINT64_C(0xfedcba9876543210), ~UINT64_C(0), 0,
                                         UINT64_C(0x8000000000000001) };
        for (unsigned j = 0; j < 4; j++) {
            h_write(m, key, vals[j] ^ key * (j == 0));
            uint64_t got = h_read(m, key), want = r->raz ? 0 : vals[j] ^ key * (j == 0);
            if (got != want)
                fail_msg("%s: wrote 0x%llx, read 0x%llx, expected 0x%llx", r->name,
                         (unsigned long long)(vals[j] ^ key * (j == 0)),
                         (unsigned long long)got, (unsigned long long)want);
        }
    }
    machine_destroy(m);
}

/* KTRR_LOCK_EL1 reads 0 until written (assert_unlocked()), then keeps the
 * value; LOWER/UPPER are independent storage. */
static void test_hurricane_ktrr(void **state)
{
    (void)state;
    Machine *m = hurricane(false);
    const uint16_t lock = sysreg_key(3, 4, 15, 2, 2), lower = sysreg_key(3, 4, 15, 2, 3),
                   upper = sysreg_key(3, 4, 15, 2, 4);
    assert_int_equal(h_read(m, lock), 0);
    h_write(m, lower, UINT64_C(0x801004000));
    h_write(m, upper, UINT64_C(0x801808000));
    assert_int_equal(h_read(m, lock), 0);                     /* still unlocked */
    h_write(m, lock, 1);
    assert_int_equal(h_read(m, lock), 1);
    assert_int_equal(h_read(m, lower), UINT64_C(0x801004000));
    assert_int_equal(h_read(m, upper), UINT64_C(0x801808000));
    /* not enforced: the registers stay writable after the lock */
    h_write(m, lower, 0x4000);
    assert_int_equal(h_read(m, lower), 0x4000);
    /* a reset unlocks */
    cpu_reset(m->cpu, 1);
    m->cpu->sr[SR_VBAR_EL1] = H_VBAR;
    assert_int_equal(h_read(m, lock), 0);
    machine_destroy(m);
}

/* Every Apple row of the .def on Hurricane: present, EL1 only, storage or
 * RAZ/WI as flagged; the fast-IPI rows absent and UNDEFINED. */
static void test_hurricane_every_row(void **state)
{
    (void)state;
    Machine *m = hurricane(false);
    unsigned apple = 0, ipi = 0;
    for (unsigned i = 0; i < NDEF; i++) {
        const DefRow *r = &def_rows[i];
        const SysRegDesc *d = sysreg_find(&m->srt, r->key);
        if (r->flags & SR_APPLE_IPI) {
            if (d)
                fail_msg("%s exists on Hurricane (fast IPIs are A11 and later)", r->name);
            h_expect_undef(m, mrs_word(r->key), 1, r->name);
            h_expect_undef(m, msr_word(r->key), 1, r->name);
            ipi++;
            continue;
        }
        assert_true(r->flags & SR_APPLE);
        if (!d)
            fail_msg("%s missing on Hurricane", r->name);
        assert_string_equal(d->name, r->name);
        assert_int_equal(d->access, SR_ACC(1, 1));
        h_expect_undef(m, mrs_word(r->key), 0, r->name);
        h_expect_undef(m, msr_word(r->key), 0, r->name);
        assert_int_equal(h_read(m, r->key), 0);
        h_write(m, r->key, ~UINT64_C(0));
        assert_int_equal(h_read(m, r->key), (r->flags & SR_CONST) ? 0 : ~UINT64_C(0));
        h_write(m, r->key, UINT64_C(0x5a5a5a5a00ff00ff));
        assert_int_equal(h_read(m, r->key),
                         (r->flags & SR_CONST) ? 0 : UINT64_C(0x5a5a5a5a00ff00ff));
        h_write(m, r->key, 0);
        assert_int_equal(h_read(m, r->key), 0);
        apple++;
    }
    assert_int_equal(ipi, 4);
    assert_true(apple >= 70);
    /* and the hand-written fast-IPI encodings agree */
    for (unsigned i = 0; i < 4; i++)
        assert_null(sysreg_find(&m->srt, ipi_keys[i]));
    printf("Hurricane: %u Apple registers checked, %u fast-IPI registers absent\n", apple, ipi);
    machine_destroy(m);
}

/* Hurricane has no EL2: even a stray HCR_EL2.TIDCP in storage traps
 * nothing. */
static void test_hurricane_no_el2_trap(void **state)
{
    (void)state;
    Machine *m = hurricane(false);
    m->cpu->sr[SR_HCR_EL2] = HCR_TIDCP;
    assert_null(sysreg_find_name(&m->srt, "HCR_EL2"));
    h_write(m, sysreg_key(3, 0, 15, 0, 0), 0x1234);
    assert_int_equal(h_read(m, sysreg_key(3, 0, 15, 0, 0)), 0x1234);
    machine_destroy(m);
}

/* ---- fast IPIs (model with apple_fast_ipi) ---- */

static void test_fast_ipi_self(void **state)
{
    (void)state;
    Machine *m = hurricane(true);
    CpuState *cpu = m->cpu;
    for (unsigned i = 0; i < 4; i++)
        assert_non_null(sysreg_find(&m->srt, ipi_keys[i]));
    assert_int_equal(cpu->sr[SR_MPIDR_EL1] & 0xffff, 0);       /* cluster 0, core 0 */
    assert_int_equal(h_read(m, KEY_IPI_SR), 0);
    assert_false(fiq_asserted(m));

    /* immediate IPI to this core: IPI_SR.0 and FIQ */
    h_write(m, KEY_IPI_RR_LOCAL, IPI_TYPE(0) | 0);
    assert_int_equal(h_read(m, KEY_IPI_SR), 1);
    assert_true(fiq_asserted(m));
    /* writing 0 changes nothing; writing 1 clears (W1C) */
    h_write(m, KEY_IPI_SR, 0);
    assert_int_equal(h_read(m, KEY_IPI_SR), 1);
    assert_true(fiq_asserted(m));
    h_write(m, KEY_IPI_SR, 1);
    assert_int_equal(h_read(m, KEY_IPI_SR), 0);
    assert_false(fiq_asserted(m));

    /* retract takes a pending IPI back */
    h_write(m, KEY_IPI_RR_LOCAL, IPI_TYPE(0));
    assert_true(fiq_asserted(m));
    h_write(m, KEY_IPI_RR_LOCAL, IPI_TYPE(1));
    assert_int_equal(h_read(m, KEY_IPI_SR), 0);
    assert_false(fiq_asserted(m));

    /* deferred: delivered (the IPI_CR countdown is not modelled) */
    h_write(m, KEY_IPI_RR_LOCAL, IPI_TYPE(2));
    assert_int_equal(h_read(m, KEY_IPI_SR), 1);
    h_write(m, KEY_IPI_SR, 1);

    /* global form, cluster 0 core 0: this core */
    h_write(m, KEY_IPI_RR_GLOBAL, IPI_TYPE(0) | (UINT64_C(0) << 16) | 0);
    assert_int_equal(h_read(m, KEY_IPI_SR), 1);
    assert_true(fiq_asserted(m));

    /* unmasked, the pending FIQ is taken: EL1h FIQ vector (+0x200 + 0x100) */
    cpu->ps.daif = 0;
    assert_int_equal(h_exec(m, 0xd503201f, 1), HALT_DEBUG);    /* nop */
    assert_int_equal(cpu->pc, H_VBAR + 0x300);
    assert_int_equal(cpu->sr[SR_ELR_EL1], H_CODE);
    assert_int_equal(cpu->ps.daif, 0xf);
    h_write(m, KEY_IPI_SR, 1);
    assert_false(fiq_asserted(m));

    /* IPI_CR: 16 bits of storage */
    h_write(m, KEY_IPI_CR, ~UINT64_C(0));
    assert_int_equal(h_read(m, KEY_IPI_CR), 0xffff);
    /* EL1 only */
    for (unsigned i = 0; i < 4; i++) {
        h_expect_undef(m, mrs_word(ipi_keys[i]), 0, "fast-IPI MRS");
        h_expect_undef(m, msr_word(ipi_keys[i]), 0, "fast-IPI MSR");
    }
    machine_destroy(m);
}

/* An IPI for a core this machine does not have: dropped and logged. */
static void test_fast_ipi_other_core(void **state)
{
    (void)state;
    Machine *m = hurricane(true);
    FILE *log = tmpfile();
    assert_non_null(log);
    m->log.out = log;
    m->log.mask = LOG_UNIMP;
    h_write(m, KEY_IPI_RR_LOCAL, IPI_TYPE(0) | 1);                     /* core 1 */
    assert_int_equal(h_read(m, KEY_IPI_SR), 0);
    assert_false(fiq_asserted(m));
    h_write(m, KEY_IPI_RR_GLOBAL, IPI_TYPE(0) | (UINT64_C(1) << 16));  /* cluster 1 core 0 */
    assert_int_equal(h_read(m, KEY_IPI_SR), 0);
    assert_false(fiq_asserted(m));
    /* a retract for another core does not touch this core's pending IPI */
    h_write(m, KEY_IPI_RR_LOCAL, IPI_TYPE(0));
    h_write(m, KEY_IPI_RR_LOCAL, IPI_TYPE(1) | 2);
    assert_int_equal(h_read(m, KEY_IPI_SR), 1);
    assert_true(fiq_asserted(m));
    fflush(log);
    rewind(log);
    char buf[2048] = "";
    size_t n = fread(buf, 1, sizeof(buf) - 1, log);
    buf[n] = 0;
    fclose(log);
    m->log.out = stderr;
    m->log.mask = 0;
    assert_non_null(strstr(buf, "IPI_RR_LOCAL 0x1: IPI for a core this machine does not have"));
    assert_non_null(strstr(buf, "IPI_RR_GLOBAL 0x10000:"));
    assert_non_null(strstr(buf, "dropped"));
    machine_destroy(m);
}

/* A CPU reset leaves no IPI pending: IPI_SR reads 0 and FIQ is released. */
static void test_fast_ipi_reset(void **state)
{
    (void)state;
    Machine *m = hurricane(true);
    h_write(m, KEY_IPI_RR_LOCAL, IPI_TYPE(0));
    assert_true(fiq_asserted(m));
    cpu_reset(m->cpu, 1);
    m->cpu->sr[SR_VBAR_EL1] = H_VBAR;
    assert_int_equal(h_read(m, KEY_IPI_SR), 0);
    assert_false(fiq_asserted(m));
    machine_destroy(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hurricane_xnu_registers),
        cmocka_unit_test(test_hurricane_ktrr),
        cmocka_unit_test(test_hurricane_every_row),
        cmocka_unit_test(test_hurricane_no_el2_trap),
        cmocka_unit_test(test_fast_ipi_self),
        cmocka_unit_test(test_fast_ipi_other_core),
        cmocka_unit_test(test_fast_ipi_reset),
    };
    return cmocka_run_group_tests_name("apple_sysregs", tests, NULL, NULL);
}
