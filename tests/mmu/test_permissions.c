/*
 * test_permissions.c — stage-1 permissions of the EL1&0 regime: AP[2:1]
 * for EL0/EL1 loads, stores and AT, APTable at one and two levels,
 * UXN/PXN and their table forms, execute-only EL0 memory, PXN implied for
 * EL0-writable memory, SCTLR_EL1.WXN. Arm ARM D8.4.1, D8.4.2, J1.1.4.28
 * AArch64.S1DirectBasePermissions.
 */
#include "mmu_probe.h"

/* The four AP encodings (D8.4.1, Table "Data access permissions") */
static const struct { uint64_t ap; bool r1, w1, r0, w0; } aps[] = {
    { PT_AP_RW_EL1, 1, 1, 0, 0 },
    { PT_AP_RW_ALL, 1, 1, 1, 1 },
    { PT_AP_RO_EL1, 1, 0, 0, 0 },
    { PT_AP_RO_ALL, 1, 0, 1, 0 },
};

/* Loads and stores from EL1 and EL0 on a page with AP = ap and the table
 * attributes tattr on its level-2 table descriptor (and tattr0 on level 0). */
static void check_data(void **state, uint64_t ap, uint64_t tattr0, uint64_t tattr2, bool r1,
                       bool w1, bool r0, bool w0)
{
    Pt t0, t1;
    TestEnv *t = probe_setup(state, &t0, &t1);
    pt_map(&t0, DVA, T_DATA, 3, PT_NORMAL | ap);
    if (tattr0)
        pt_table_attrs(&t0, DVA, 0, tattr0);
    if (tattr2)
        pt_table_attrs(&t0, DVA, 2, tattr2);
    assert_int_equal(probe(t, 1, 0, 0, I_LDR_X1_X0, DVA + 8), r1 ? 0 : PERM_RD(1));
    if (r1)
        assert_int_equal(t->cpu->r[1], mt_pat64(T_DATA + 8));
    assert_int_equal(probe(t, 1, 0, 0, I_STR_X2_X0, DVA + 16), w1 ? 0 : PERM_WR(1));
    assert_int_equal(probe(t, 0, 0, 0, I_LDR_X1_X0, DVA + 24), r0 ? 0 : PERM_RD(0));
    assert_int_equal(probe(t, 0, 0, 0, I_STR_X2_X0, DVA + 32), w0 ? 0 : PERM_WR(0));
    assert_int_equal(mt_rd64(t, T_DATA + 16),
                     w1 ? UINT64_C(0x0123456789abcdef) : mt_pat64(T_DATA + 16));
    assert_int_equal(mt_rd64(t, T_DATA + 32),
                     w0 ? UINT64_C(0x0123456789abcdef) : mt_pat64(T_DATA + 32));

    /* AT S1E1R/W and S1E0R/W agree (PAR_EL1.F, FST = permission level 3) */
    static const uint32_t at[4] = { I_AT_S1E1R, I_AT_S1E1W, I_AT_S1E0R, I_AT_S1E0W };
    const bool ok[4] = { r1, w1, r0, w0 };
    for (unsigned i = 0; i < 4; i++) {
        uint32_t w[2] = { at[i], I_MRS_X3_PAR };
        mt_code(t, T_CODE, w, 2);
        tenv_set_el(t, 1, 1);
        t->cpu->r[0] = DVA + 0x40;
        assert_int_equal(tenv_run(t, CODE_VA, 2), HALT_MAX_INSNS);
        if (ok[i])
            assert_int_equal(t->cpu->r[3] & PAR_MASK, PAR_OK(0xff, T_DATA, 3));
        else
            assert_int_equal(t->cpu->r[3] & PAR_FMASK, PAR_FAULT(FSC_PERM(3), 0, 0));
    }
}

static void test_ap_encodings(void **state)
{
    for (unsigned i = 0; i < ARRAY_SIZE(aps); i++)
        check_data(state, aps[i].ap, 0, 0, aps[i].r1, aps[i].w1, aps[i].r0, aps[i].w0);
}

/* APTable only takes permissions away: [0] no EL0 access, [1] read-only,
 * accumulated over every level (D8.4.1.2 hierarchical permissions). */
static void test_aptable(void **state)
{
    check_data(state, PT_AP_RW_ALL, 0, PT_T_AP_NOEL0, 1, 1, 0, 0);
    check_data(state, PT_AP_RW_ALL, 0, PT_T_AP_RO, 1, 0, 1, 0);
    check_data(state, PT_AP_RW_ALL, 0, PT_T_AP_RO | PT_T_AP_NOEL0, 1, 0, 0, 0);
    check_data(state, PT_AP_RW_EL1, 0, PT_T_AP_RO, 1, 0, 0, 0);
    check_data(state, PT_AP_RO_ALL, 0, PT_T_AP_NOEL0, 1, 0, 0, 0);
    check_data(state, PT_AP_RW_ALL, PT_T_AP_NOEL0, PT_T_AP_RO, 1, 0, 0, 0);
    check_data(state, PT_AP_RW_ALL, PT_T_AP_RO, 0, 1, 0, 1, 0);
    /* table bits never grant: AP=10 under APTable=00 stays EL1 read-only */
    check_data(state, PT_AP_RO_EL1, 0, 0, 1, 0, 0, 0);
}

/* Fetch permissions of a page with attributes attr (and table attributes
 * at levels 1 and 2) from EL1 and EL0. */
static void check_exec(void **state, uint64_t attr, uint64_t tattr1, uint64_t tattr2, bool x1,
                       bool x0)
{
    Pt t0, t1;
    TestEnv *t = probe_setup(state, &t0, &t1);
    pt_map(&t0, DVA, XPA, 3, PT_NORMAL | attr);
    if (tattr1)
        pt_table_attrs(&t0, DVA, 1, tattr1);
    if (tattr2)
        pt_table_attrs(&t0, DVA, 2, tattr2);
    assert_int_equal(probe_exec(t, 1, DVA + 0x100), x1 ? 0 : PERM_X(1));
    assert_int_equal(probe_exec(t, 0, DVA + 0x104), x0 ? 0 : PERM_X(0));
}

static void test_execute_never(void **state)
{
    check_exec(state, PT_AP_RO_ALL, 0, 0, 1, 1);
    check_exec(state, PT_AP_RO_ALL | PT_UXN, 0, 0, 1, 0);
    check_exec(state, PT_AP_RO_ALL | PT_PXN, 0, 0, 0, 1);
    check_exec(state, PT_AP_RO_ALL | PT_UXN | PT_PXN, 0, 0, 0, 0);
    check_exec(state, PT_AP_RO_ALL, 0, PT_T_UXN, 1, 0);
    check_exec(state, PT_AP_RO_ALL, PT_T_PXN, 0, 0, 1);
    check_exec(state, PT_AP_RO_ALL, PT_T_PXN, PT_T_UXN, 0, 0);
    /* EL0 may execute memory it cannot read (AP=00 or 10, UXN=0) */
    check_exec(state, PT_AP_RW_EL1, 0, 0, 1, 1);
    check_exec(state, PT_AP_RO_EL1, 0, 0, 1, 1);
}

/* Memory writable at EL0 is never executable at EL1 (PXN implied), unless
 * APTable makes it read-only; AP=11 stays executable at EL1. */
static void test_implied_pxn(void **state)
{
    check_exec(state, PT_AP_RW_ALL, 0, 0, 0, 1);
    check_exec(state, PT_AP_RW_ALL, 0, PT_T_AP_RO, 1, 1);
    check_exec(state, PT_AP_RW_ALL, PT_T_AP_NOEL0, 0, 1, 1);
    check_exec(state, PT_AP_RO_ALL, 0, 0, 1, 1);
}

/* SCTLR_EL1.WXN: writable means not executable, for the accessing EL's
 * own view (AArch64.S1ComputePermissions). */
static void test_wxn(void **state)
{
    static const struct { uint64_t ap; bool x1, x0; } c[] = {
        { PT_AP_RW_EL1, 0, 1 },     /* EL1 writable; EL0 cannot write it */
        { PT_AP_RO_EL1, 1, 1 },
        { PT_AP_RW_ALL, 0, 0 },     /* implied PXN; EL0 writable */
        { PT_AP_RO_ALL, 1, 1 },
    };
    for (unsigned i = 0; i < ARRAY_SIZE(c); i++) {
        Pt t0, t1;
        TestEnv *t = probe_setup(state, &t0, &t1);
        pt_map(&t0, DVA, XPA, 3, PT_NORMAL | c[i].ap);
        mt_sr(t, SR_SCTLR_EL1, t->cpu->sr[SR_SCTLR_EL1] | SCTLR_WXN);
        assert_int_equal(probe_exec(t, 1, DVA + 0x200), c[i].x1 ? 0 : PERM_X(1));
        assert_int_equal(probe_exec(t, 0, DVA + 0x204), c[i].x0 ? 0 : PERM_X(0));
        /* data accesses are unaffected */
        assert_int_equal(probe(t, 1, 0, 0, I_LDR_X1_X0, DVA), 0);
    }
}

/* A table-level UXN/PXN at level 0 still counts for a 2 MiB block below. */
static void test_xn_table_over_block(void **state)
{
    Pt t0, t1;
    TestEnv *t = probe_setup(state, &t0, &t1);
    uint64_t blk = UINT64_C(0x0000123456400000);
    pt_map(&t0, blk, PT_DATA, 2, PT_NORMAL | PT_AP_RO_ALL);
    pt_table_attrs(&t0, blk, 0, PT_T_PXN);
    assert_int_equal(probe_exec(t, 1, blk + 0x10), ESR_IABT_SAME(FSC_PERM(2)));
    assert_int_equal(probe_exec(t, 0, blk + 0x10), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ap_encodings),
        cmocka_unit_test(test_aptable),
        cmocka_unit_test(test_execute_never),
        cmocka_unit_test(test_implied_pxn),
        cmocka_unit_test(test_wxn),
        cmocka_unit_test(test_xn_table_over_block),
    };
    return cmocka_run_group_tests_name("mmu_permissions", tests, tenv_setup, tenv_teardown);
}
