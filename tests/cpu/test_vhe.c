/*
 * test_vhe.c — FEAT_VHE (Arm ARM D5.x): with HCR_EL2.E2H=1, EL1 encodings
 * used at EL2 reach the EL2 registers (with the EL1 layouts), _EL12/_EL02
 * encodings reach the EL1/EL0 registers (UNDEFINED without E2H), timer
 * encodings at a VHE host's EL0 reach the EL2 timers, exceptions from that
 * EL0 go to EL2, its memory accesses use the EL2&0 regime, and CPTR_EL2 and
 * CNTHCTL_EL2 take their E2H layouts.
 */
#include "tenv.h"

#define MSR_SCTLR_EL1_X1   0xd5181001u
#define MRS_X0_SCTLR_EL12  0xd53d1000u
#define MSR_SCTLR_EL12_X1  0xd51d1001u
#define MSR_CNTP_CTL_X1    0xd51be221u
#define MSR_CNTV_CVAL_X1   0xd51be341u
#define MRS_X0_CNTV_CTL_EL02 0xd53de320u
#define MSR_VBAR_EL1_X1    0xd518c001u
#define MRS_X0_VBAR_EL12   0xd53dc000u
#define SVC7               0xd40000e1u
#define LDR_X0_X1          0xf9400020u
#define MRS_X0_FPCR        0xd53b4400u
#define MRS_X0_PCT         0xd53be020u
#define MRS_X1_VCT         0xd53be041u

static TestEnv *env(void **state, bool e2h, bool tge)
{
    TestEnv *t = *state;
    tenv_reset(t);
    t->cpu->sr[SR_HCR_EL2] = HCR_RW | (e2h ? HCR_E2H : 0) | (tge ? HCR_TGE : 0);
    cpu_update_regime(t->cpu);
    return t;
}

static HaltReason run1(TestEnv *t, uint32_t w, unsigned el)
{
    tenv_put_code(t, T_CODE, &w, 1);
    tenv_set_el(t, el, el ? 1 : 0);
    return tenv_run(t, T_CODE, 1);
}

static void test_no_e2h_no_redirect(void **state)
{
    TestEnv *t = env(state, false, false);
    CpuState *cpu = t->cpu;
    uint64_t el2 = cpu->sr[SR_SCTLR_EL2];
    cpu->r[1] = 0x30d00801;
    assert_int_equal(run1(t, MSR_SCTLR_EL1_X1, 2), HALT_MAX_INSNS);
    assert_int_equal(cpu->sr[SR_SCTLR_EL1], 0x30d00801);
    assert_int_equal(cpu->sr[SR_SCTLR_EL2], el2);
    /* _EL12 encodings are UNDEFINED without E2H */
    assert_int_equal(run1(t, MRS_X0_SCTLR_EL12, 2), HALT_DEBUG);
    assert_int_equal(cpu->sr[SR_ESR_EL2] >> 26, EC_UNKNOWN);
}

static void test_e2h_redirects_el1_encodings(void **state)
{
    TestEnv *t = env(state, true, false);
    CpuState *cpu = t->cpu;
    uint64_t el1 = cpu->sr[SR_SCTLR_EL1];
    cpu->r[1] = ~UINT64_C(1);                  /* everything but M */
    assert_int_equal(run1(t, MSR_SCTLR_EL1_X1, 2), HALT_MAX_INSNS);
    assert_int_equal(cpu->sr[SR_SCTLR_EL1], el1);
    /* written with the SCTLR_EL1 layout's writable bits */
    assert_int_equal(cpu->sr[SR_SCTLR_EL2], 0x30c50830 | (0x48dd21f & ~1u));
    cpu->sr[SR_SCTLR_EL2] = 0x30c50830;
    cpu->r[1] = 0x40001800;
    assert_int_equal(run1(t, MSR_VBAR_EL1_X1, 2), HALT_MAX_INSNS);
    assert_int_equal(cpu->sr[SR_VBAR_EL2], 0x40001800);
    assert_int_equal(cpu->sr[SR_VBAR_EL1], T_VBAR);
}

static void test_el12_aliases(void **state)
{
    TestEnv *t = env(state, true, false);
    CpuState *cpu = t->cpu;
    assert_int_equal(run1(t, MRS_X0_VBAR_EL12, 2), HALT_MAX_INSNS);
    assert_int_equal(cpu->r[0], T_VBAR);
    cpu->r[1] = 0x30d01800;                    /* I set, MMU still off */
    assert_int_equal(run1(t, MSR_SCTLR_EL12_X1, 2), HALT_MAX_INSNS);
    assert_int_equal(cpu->sr[SR_SCTLR_EL1], 0x30d01800);
    assert_int_equal(run1(t, MRS_X0_SCTLR_EL12, 2), HALT_MAX_INSNS);
    assert_int_equal(cpu->r[0], 0x30d01800);
    /* from EL1 an _EL12 encoding is UNDEFINED whatever E2H says */
    assert_int_equal(run1(t, MRS_X0_SCTLR_EL12, 1), HALT_DEBUG);
    assert_int_equal(cpu->sr[SR_ESR_EL1] >> 26, EC_UNKNOWN);
}

static void test_timers_redirect(void **state)
{
    TestEnv *t = env(state, true, false);
    CpuState *cpu = t->cpu;
    cpu->r[1] = 1;
    assert_int_equal(run1(t, MSR_CNTP_CTL_X1, 2), HALT_MAX_INSNS);
    assert_int_equal(cpu->sr[SR_CNTHP_CTL_EL2], 1);
    assert_int_equal(cpu->sr[SR_CNTP_CTL_EL0], 0);
    cpu->r[1] = 0x123456;
    assert_int_equal(run1(t, MSR_CNTV_CVAL_X1, 2), HALT_MAX_INSNS);
    assert_int_equal(cpu->sr[SR_CNTHV_CVAL_EL2], 0x123456);
    cpu->sr[SR_CNTV_CTL_EL0] = 2;
    assert_int_equal(run1(t, MRS_X0_CNTV_CTL_EL02, 2), HALT_MAX_INSNS);
    assert_int_equal(cpu->r[0] & 3, 2);
}

/* A VHE host's EL0: timer encodings reach the EL2 timers, gated by
 * CNTHCTL_EL2's EL0 bits, trapping to EL2. */
static void test_host_el0_timers(void **state)
{
    TestEnv *t = env(state, true, true);
    CpuState *cpu = t->cpu;
    cpu->sr[SR_CNTHP_CVAL_EL2] = ~UINT64_C(0);   /* enabled but never firing */
    cpu->sr[SR_CNTHCTL_EL2] = 1u << 9;     /* EL0PTEN */
    cpu->r[1] = 1;
    assert_int_equal(run1(t, MSR_CNTP_CTL_X1, 0), HALT_MAX_INSNS);
    assert_int_equal(cpu->sr[SR_CNTHP_CTL_EL2], 1);
    cpu->sr[SR_CNTHCTL_EL2] = 0;
    assert_int_equal(run1(t, MSR_CNTP_CTL_X1, 0), HALT_DEBUG);
    assert_int_equal(cpu->ps.el, 2);
    assert_int_equal(cpu->sr[SR_ESR_EL2] >> 26, EC_SYSREG);
}

static void test_host_el0_svc_goes_to_el2(void **state)
{
    TestEnv *t = env(state, true, true);
    CpuState *cpu = t->cpu;
    assert_int_equal(run1(t, SVC7, 0), HALT_DEBUG);
    assert_int_equal(cpu->ps.el, 2);
    assert_int_equal(cpu->pc, T_VBAR + 0x1000 + 0x400);
    assert_int_equal(cpu->sr[SR_ESR_EL2], 0x56000007);
}

/* EL0 of a VHE host translates through TTBR0_EL2 with TCR_EL2 in the EL1
 * layout: 4K granule, 39-bit VA, VA 0x10000000 -> PA 0x40000000 (2 MiB
 * block), code identity-mapped by a 1 GiB block. */
static void test_host_el0_uses_el20_regime(void **state)
{
    TestEnv *t = env(state, true, true);
    CpuState *cpu = t->cpu;
    const uint64_t l1 = 0x40400000, l2 = 0x40401000;
    const uint64_t attrs = 1u << 10 | 3u << 8 | 1u << 6;      /* AF, ISH, AP=01 (EL0 RW) */
    uint64_t l1e[2] = { l2 | 3, 0x40000000 | attrs | 1 };     /* table; 1 GiB block */
    uint64_t l2e = 0x40000000 | attrs | 1;                    /* 2 MiB block */
    assert_true(bus_write_phys(&t->m->bus, l1, l1e, sizeof(l1e)));
    assert_true(bus_write_phys(&t->m->bus, l2 + 128 * 8, &l2e, 8));
    cpu->sr[SR_TTBR0_EL2] = l1;
    cpu->sr[SR_MAIR_EL2] = 0xff;
    cpu->sr[SR_TCR_EL2] = 25 | UINT64_C(25) << 16 | UINT64_C(1) << 23 | UINT64_C(2) << 30 |
                          UINT64_C(2) << 32;                  /* T0SZ, T1SZ, EPD1, TG1 4K, IPS */
    cpu->sr[SR_SCTLR_EL2] = 0x30d00801;                       /* M, EL1 layout */
    cpu_tlb_flush_all(cpu);
    cpu->r[1] = 0x10100000;                                   /* = T_DATA */
    assert_int_equal(run1(t, LDR_X0_X1, 0), HALT_MAX_INSNS);
    assert_int_equal(cpu->regime, REGIME_EL20_0);
    uint64_t want = 0;
    for (int i = 7; i >= 0; i--)
        want = want << 8 | tenv_pattern(T_DATA + (uint64_t)i);
    assert_int_equal(cpu->r[0], want);
}

/* CPTR_EL2 with E2H=1 has CPACR's FPEN: 00 traps a host's EL0 and EL2,
 * 01 traps only EL0, 11 nothing. */
static void test_cptr_e2h_layout(void **state)
{
    TestEnv *t = env(state, true, true);
    CpuState *cpu = t->cpu;
    cpu->sr[SR_CPTR_EL2] = 0;
    assert_int_equal(run1(t, MRS_X0_FPCR, 2), HALT_DEBUG);
    assert_int_equal(cpu->sr[SR_ESR_EL2] >> 26, EC_FP_ACCESS);
    cpu->sr[SR_CPTR_EL2] = 1u << 20;
    assert_int_equal(run1(t, MRS_X0_FPCR, 2), HALT_MAX_INSNS);
    assert_int_equal(run1(t, MRS_X0_FPCR, 0), HALT_DEBUG);
    assert_int_equal(cpu->ps.el, 2);
    cpu->sr[SR_CPTR_EL2] = 3u << 20;
    assert_int_equal(run1(t, MRS_X0_FPCR, 0), HALT_MAX_INSNS);
}

/* CNTVOFF_EL2 applies to CNTVCT, except for a VHE host. */
static void test_cntvoff_and_vhe_host(void **state)
{
    uint32_t prog[] = { MRS_X0_PCT, MRS_X1_VCT };
    for (int host = 0; host < 2; host++) {
        TestEnv *t = env(state, host, host);
        CpuState *cpu = t->cpu;
        cpu->sr[SR_CNTVOFF_EL2] = 1000;
        tenv_put_code(t, T_CODE, prog, 2);
        tenv_set_el(t, 2, 1);
        assert_int_equal(tenv_run(t, T_CODE, 2), HALT_MAX_INSNS);
        uint64_t diff = cpu->r[0] - cpu->r[1];
        if (host ? diff > 1 : diff < 999 || diff > 1000)
            fail_msg("host %d: CNTPCT - CNTVCT = %llu", host, (unsigned long long)diff);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_no_e2h_no_redirect),
        cmocka_unit_test(test_e2h_redirects_el1_encodings),
        cmocka_unit_test(test_el12_aliases),
        cmocka_unit_test(test_timers_redirect),
        cmocka_unit_test(test_host_el0_timers),
        cmocka_unit_test(test_host_el0_svc_goes_to_el2),
        cmocka_unit_test(test_host_el0_uses_el20_regime),
        cmocka_unit_test(test_cptr_e2h_layout),
        cmocka_unit_test(test_cntvoff_and_vhe_host),
    };
    return cmocka_run_group_tests_name("vhe", tests, tenv_setup, tenv_teardown);
}
