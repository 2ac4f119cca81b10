/*
 * test_pan_align.c — PSTATE.PAN (and what it leaves alone: LDTR/STTR,
 * fetches, AT S1E1x, cache maintenance), PSTATE.UAO, MSR PAN/UAO on the
 * next instruction, SCTLR_EL1.A before translation, MAIR Device memory
 * faulting unaligned accesses before permission checks, MMU off = Device,
 * SCTLR.SA/SA0. Arm ARM D8.4.1 (PAN, UAO), B2.5, D8.15.5, D1.8.2.
 */
#include "mmu_probe.h"

#define ALIGN_RD(el) ((el) ? ESR_DABT_SAME(FSC_ALIGN) : ESR_DABT_LOWER(FSC_ALIGN))
#define ALIGN_WR(el) ((el) ? ESR_DABT_SAME(ISS_WNR | FSC_ALIGN) : \
                             ESR_DABT_LOWER(ISS_WNR | FSC_ALIGN))

static TestEnv *page(void **state, uint64_t attr)
{
    Pt t0, t1;
    TestEnv *t = probe_setup(state, &t0, &t1);
    pt_map(&t0, DVA, T_DATA, 3, PT_AF | PT_SH(3) | attr);
    pt_map(&t0, DVA + 0x1000, XPA, 3, PT_NORMAL | PT_AP_RO_ALL);    /* NOPs */
    return t;
}

/* PAN=1 denies EL1 loads and stores to memory EL0 can access (AP=01/11). */
static void test_pan_data(void **state)
{
    static const struct { uint64_t ap; bool ok; } c[] = {
        { PT_AP_RW_EL1, 1 }, { PT_AP_RW_ALL, 0 }, { PT_AP_RO_EL1, 1 }, { PT_AP_RO_ALL, 0 },
    };
    for (unsigned i = 0; i < ARRAY_SIZE(c); i++) {
        TestEnv *t = page(state, c[i].ap);
        assert_int_equal(probe(t, 1, 1, 0, I_LDR_X1_X0, DVA + 8), c[i].ok ? 0 : PERM_RD(1));
        uint64_t wr = (c[i].ap & PT_AP_RO_EL1) ? PERM_WR(1) : 0;
        assert_int_equal(probe(t, 1, 1, 0, I_STR_X2_X0, DVA + 8), c[i].ok ? wr : PERM_WR(1));
        assert_int_equal(probe(t, 1, 0, 0, I_LDR_X1_X0, DVA + 8), 0);
    }
}

/* PAN tests the EL0 permission after APTable: with APTable[0]=1 EL0 has no
 * access, so PAN does not apply. */
static void test_pan_after_aptable(void **state)
{
    Pt t0, t1;
    TestEnv *t = probe_setup(state, &t0, &t1);
    pt_map(&t0, DVA, T_DATA, 3, PT_NORMAL | PT_AP_RW_ALL);
    pt_table_attrs(&t0, DVA, 2, PT_T_AP_NOEL0);
    assert_int_equal(probe(t, 1, 1, 0, I_LDR_X1_X0, DVA), 0);
    assert_int_equal(probe(t, 1, 1, 0, I_STR_X2_X0, DVA), 0);
}

/* What PAN leaves alone: LDTR/STTR (EL0 permissions), instruction
 * fetches, AT S1E1R/W, DC maintenance. */
static void test_pan_exempt(void **state)
{
    TestEnv *t = page(state, PT_AP_RW_ALL);
    assert_int_equal(probe(t, 1, 1, 0, I_LDTR_X1_X0, DVA + 8), 0);
    assert_int_equal(t->cpu->r[1], mt_pat64(T_DATA + 8));
    assert_int_equal(probe(t, 1, 1, 0, I_STTR_X2_X0, DVA + 16), 0);
    assert_int_equal(mt_rd64(t, T_DATA + 16), UINT64_C(0x0123456789abcdef));
    assert_int_equal(probe(t, 1, 1, 0, I_DC_CIVAC, DVA + 8), 0);
    assert_int_equal(probe(t, 1, 1, 0, I_DC_IVAC, DVA + 8), 0);
    assert_int_equal(probe(t, 1, 1, 0, I_IC_IVAU, DVA + 8), 0);
    uint32_t at[3] = { I_MSR_PAN_1, I_AT_S1E1R, I_MRS_X3_PAR };
    mt_code(t, T_CODE, at, 3);
    tenv_set_el(t, 1, 1);
    t->cpu->r[0] = DVA;
    assert_int_equal(tenv_run(t, CODE_VA, 3), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->r[3] & PAR_MASK, PAR_OK(0xff, T_DATA, 3));
    /* a fetch at EL1 from EL0-readable (not writable) memory with PAN=1 */
    uint32_t br[2] = { I_MSR_PAN_1, I_BR_X0 };
    mt_code(t, T_CODE, br, 2);
    tenv_set_el(t, 1, 1);
    t->cpu->r[0] = DVA + 0x1010;
    assert_int_equal(tenv_run(t, CODE_VA, 3), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->pc, DVA + 0x1014);
    assert_int_equal(t->cpu->ps.pan, 1);
}

/* MSR PAN takes effect on the very next instruction, both ways. */
static void test_pan_msr_next_insn(void **state)
{
    TestEnv *t = page(state, PT_AP_RW_ALL);
    uint32_t w[4] = { I_LDR_X1_X0, I_MSR_PAN_1, I_LDR_X1_X0, I_NOP };
    mt_code(t, T_CODE, w, 4);
    tenv_set_el(t, 1, 1);
    t->cpu->r[0] = DVA;
    assert_int_equal(tenv_run(t, CODE_VA, 4), HALT_DEBUG);
    mt_expect_abort(t, 1, 1, PERM_RD(1), DVA, CODE_VA + 8);
    uint32_t v[3] = { I_MSR_PAN_0, I_LDR_X1_X0, I_NOP };
    mt_code(t, T_CODE, v, 3);
    tenv_set_el(t, 1, 1);
    t->cpu->ps.pan = 1;
    cpu_update_regime(t->cpu);
    t->cpu->r[1] = 0;
    assert_int_equal(tenv_run(t, CODE_VA, 3), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->r[1], mt_pat64(T_DATA));
}

/* LDTR/STTR at EL1 use EL0 permissions, or with UAO=1 EL1's (PAN
 * included); at EL0 they are ordinary EL0 accesses. */
static void test_uao(void **state)
{
    TestEnv *t = page(state, PT_AP_RW_EL1);
    assert_int_equal(probe(t, 1, 0, 0, I_LDTR_X1_X0, DVA), PERM_RD(1));
    assert_int_equal(probe(t, 1, 0, 0, I_STTR_X2_X0, DVA), PERM_WR(1));
    assert_int_equal(probe(t, 1, 0, 1, I_LDTR_X1_X0, DVA), 0);
    assert_int_equal(probe(t, 1, 0, 1, I_STTR_X2_X0, DVA), 0);
    assert_int_equal(probe(t, 0, 0, 0, I_LDTRB_W1_X0, DVA), PERM_RD(0));
    t = page(state, PT_AP_RO_EL1);
    assert_int_equal(probe(t, 1, 0, 1, I_LDTR_X1_X0, DVA), 0);
    assert_int_equal(probe(t, 1, 0, 1, I_STTR_X2_X0, DVA), PERM_WR(1));
    t = page(state, PT_AP_RW_ALL);
    assert_int_equal(probe(t, 1, 1, 1, I_LDTR_X1_X0, DVA), PERM_RD(1));
    assert_int_equal(probe(t, 1, 1, 0, I_LDTR_X1_X0, DVA), 0);
    /* MSR UAO, #1 applies to the next LDTR */
    t = page(state, PT_AP_RW_EL1);
    uint32_t w[2] = { I_MSR_UAO_1, I_LDTR_X1_X0 };
    mt_code(t, T_CODE, w, 2);
    tenv_set_el(t, 1, 1);
    t->cpu->ps.uao = 0;
    t->cpu->r[0] = DVA;
    assert_int_equal(tenv_run(t, CODE_VA, 2), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->r[1], mt_pat64(T_DATA));
}

/* SCTLR_EL1.A: every unaligned data access at EL0 and EL1 faults, before
 * translation (an unmapped VA gives the Alignment fault, D8.15.5 item 1). */
static void test_sctlr_a(void **state)
{
    TestEnv *t = page(state, PT_AP_RW_ALL);
    assert_int_equal(probe(t, 1, 0, 0, I_LDR_X1_X0, DVA + 4), 0);
    mt_sr(t, SR_SCTLR_EL1, t->cpu->sr[SR_SCTLR_EL1] | SCTLR_A);
    assert_int_equal(probe(t, 1, 0, 0, I_LDR_X1_X0, DVA + 4), ALIGN_RD(1));
    assert_int_equal(probe(t, 1, 0, 0, I_STR_X2_X0, DVA + 2), ALIGN_WR(1));
    assert_int_equal(probe(t, 0, 0, 0, I_LDR_X1_X0, DVA + 1), ALIGN_RD(0));
    assert_int_equal(probe(t, 1, 0, 0, I_LDTR_X1_X0, DVA + 4), ALIGN_RD(1));
    assert_int_equal(probe(t, 1, 0, 0, I_LDR_W1_X0, DVA + 4), 0);
    assert_int_equal(probe(t, 1, 0, 0, I_LDRB_W1_X0, DVA + 3), 0);
    assert_int_equal(probe(t, 1, 0, 0, I_LDP_X1_X2_X0, DVA + 8), 0);
    assert_int_equal(probe(t, 1, 0, 0, I_LDR_X1_X0, DVA + 0x5004), ALIGN_RD(1));
    /* a read-only page: still the Alignment fault */
    t = page(state, PT_AP_RO_EL1);
    mt_sr(t, SR_SCTLR_EL1, t->cpu->sr[SR_SCTLR_EL1] | SCTLR_A);
    assert_int_equal(probe(t, 1, 0, 0, I_STR_X2_X0, DVA + 4), ALIGN_WR(1));
}

/* MAIR Device types (Attr1 nGnRnE, Attr3 nGnRE): unaligned accesses fault
 * even with SCTLR.A=0; Normal Non-cacheable (Attr2) does not; DC ZVA to
 * Device memory is an Alignment fault with FAR = Xt. */
static void test_device_alignment(void **state)
{
    static const struct { unsigned idx; bool dev; } c[] = {
        { 1, 1 }, { 3, 1 }, { 2, 0 }, { 0, 0 },
    };
    for (unsigned i = 0; i < ARRAY_SIZE(c); i++) {
        TestEnv *t = page(state, PT_AP_RW_EL1 | PT_ATTR(c[i].idx));
        assert_int_equal(probe(t, 1, 0, 0, I_LDR_X1_X0, DVA + 8), 0);
        assert_int_equal(t->cpu->r[1], mt_pat64(T_DATA + 8));
        assert_int_equal(probe(t, 1, 0, 0, I_LDR_W1_X0, DVA + 4), 0);
        assert_int_equal(probe(t, 1, 0, 0, I_LDR_X1_X0, DVA + 4), c[i].dev ? ALIGN_RD(1) : 0);
        assert_int_equal(probe(t, 1, 0, 0, I_STR_X2_X0, DVA + 9), c[i].dev ? ALIGN_WR(1) : 0);
        assert_int_equal(probe_far(t, 1, 0, 0, I_LDRH_W1_X0_2, DVA + 1, DVA + 3),
                         c[i].dev ? ALIGN_RD(1) : 0);
        assert_int_equal(probe_far(t, 1, 0, 0, I_DC_ZVA, DVA + 0x48, DVA + 0x48),
                         c[i].dev ? ALIGN_WR(1) : 0);
    }
}

/* Alignment faults due to the memory type outrank Permission faults
 * (D8.15.5 items 35, 36): a read-only Device page, unaligned store. */
static void test_device_alignment_before_permission(void **state)
{
    TestEnv *t = page(state, PT_AP_RO_EL1 | PT_ATTR(1));
    assert_int_equal(probe(t, 1, 0, 0, I_STR_X2_X0, DVA + 4), ALIGN_WR(1));
    assert_int_equal(probe(t, 1, 0, 0, I_STR_X2_X0, DVA + 8), PERM_WR(1));
    assert_int_equal(probe(t, 0, 0, 0, I_LDR_X1_X0, DVA + 4), ALIGN_RD(0));
    assert_int_equal(probe(t, 0, 0, 0, I_LDR_X1_X0, DVA + 8), PERM_RD(0));
}

/* With stage 1 off and no HCR_EL2.DC, data accesses are Device-nGnRnE:
 * unaligned ones fault (AArch64.S1DisabledOutput); here at EL2. */
static void test_mmu_off_is_device(void **state)
{
    TestEnv *t = *state;
    tenv_reset(t);
    uint32_t w[1] = { I_LDR_X1_X0 };
    mt_code(t, T_CODE, w, 1);
    tenv_set_el(t, 2, 1);
    t->cpu->r[0] = T_DATA + 8;
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->r[1], mt_pat64(T_DATA + 8));
    t->cpu->r[0] = T_DATA + 4;
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_DEBUG);
    mt_expect_abort(t, 2, 2, ESR_DABT_SAME(FSC_ALIGN), T_DATA + 4, T_CODE);
}

/* SCTLR_EL1.SA (EL1) and SA0 (EL0): a load with a misaligned SP base is
 * an SP alignment fault, EC 0x26 (D1.8.2). */
static void test_sp_alignment(void **state)
{
    for (unsigned el = 0; el <= 1; el++) {
        for (unsigned on = 0; on <= 1; on++) {
            TestEnv *t = page(state, PT_AP_RW_ALL);
            uint64_t bit = el ? SCTLR_SA : SCTLR_SA0;
            mt_sr(t, SR_SCTLR_EL1, (t->cpu->sr[SR_SCTLR_EL1] & ~(SCTLR_SA | SCTLR_SA0)) |
                                       (on ? bit : 0));
            uint32_t w[1] = { I_LDR_X1_SP };
            mt_code(t, T_CODE, w, 1);
            tenv_set_el(t, el, el);
            t->cpu->r[REG_SP] = DVA + 8;
            HaltReason h = tenv_run(t, CODE_VA, 1);
            if (!on) {
                assert_int_equal(h, HALT_MAX_INSNS);
                assert_int_equal(t->cpu->r[1], mt_pat64(T_DATA + 8));
                continue;
            }
            assert_int_equal(h, HALT_DEBUG);
            assert_int_equal(t->cpu->sr[SR_ESR_EL1], UINT64_C(0x26) << 26 | UINT64_C(1) << 25);
            assert_int_equal(t->cpu->sr[SR_ELR_EL1], CODE_VA);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pan_data),
        cmocka_unit_test(test_pan_after_aptable),
        cmocka_unit_test(test_pan_exempt),
        cmocka_unit_test(test_pan_msr_next_insn),
        cmocka_unit_test(test_uao),
        cmocka_unit_test(test_sctlr_a),
        cmocka_unit_test(test_device_alignment),
        cmocka_unit_test(test_device_alignment_before_permission),
        cmocka_unit_test(test_mmu_off_is_device),
        cmocka_unit_test(test_sp_alignment),
    };
    return cmocka_run_group_tests_name("mmu_pan_align", tests, tenv_setup, tenv_teardown);
}
