/*
 * test_stage2.c — stage 2 of the EL1&0 regime: VTCR_EL2 granules, SL0 and
 * T0SZ (with concatenated tables), alone and under stage 1; S2AP and XN
 * faults to EL2 (EC 0x24/0x20, FAR_EL2); Translation, Access flag and
 * Address size faults with HPFAR_EL2; HCR_EL2.DC; stage 1 faults first;
 * MSR HCR_EL2 on the next instruction. Arm ARM D8.2, D8.3.3, D8.15.5,
 * D24.2.76 HPFAR_EL2, J1.1.4.57 AArch64.S2Translate.
 */
#include <stdio.h>

#include "mmu_insn.h"
#include "pt.h"

#define CODE_VA UINT64_C(0xfffffffffff00000)
#define DVA     UINT64_C(0x0000123456789000)
#define IPA     UINT64_C(0x80000000)          /* stage-1 output of the data page */

static char ctx[128];

#define CHECK_EQ(got, want)                                                               \
    do {                                                                                  \
        uint64_t g_ = (got), w_ = (want);                                                 \
        if (g_ != w_)                                                                     \
            fail_msg("%s: %s = 0x%llx, want 0x%llx", ctx, #got, (unsigned long long)g_,   \
                     (unsigned long long)w_);                                             \
    } while (0)

typedef struct S2Cfg { unsigned g, in, start; } S2Cfg;

/* Each granule with each valid SL0, at the smallest and largest input
 * size its initial level resolves (the largest needing 2 to 16
 * concatenated tables; T0SZ at most 39). PARange is 48 bits. */
static const S2Cfg s2cfgs[] = {
    { PT_4K, 25, 2 }, { PT_4K, 34, 2 }, { PT_4K, 31, 1 }, { PT_4K, 40, 1 }, { PT_4K, 43, 1 },
    { PT_4K, 40, 0 }, { PT_4K, 48, 0 },
    { PT_16K, 25, 3 }, { PT_16K, 29, 3 }, { PT_16K, 26, 2 }, { PT_16K, 40, 2 },
    { PT_16K, 37, 1 }, { PT_16K, 48, 1 },
    { PT_64K, 25, 3 }, { PT_64K, 33, 3 }, { PT_64K, 30, 2 }, { PT_64K, 46, 2 },
    { PT_64K, 43, 1 }, { PT_64K, 48, 1 },
};

static bool s2_block_ok(unsigned g, unsigned level)
{
    return g == PT_4K ? (level == 1 || level == 2) : level == 2;
}

/* ldr x1, [x0]; str x2, [x6] with stage 1 off (VA = IPA, Device: aligned
 * accesses), code at IPA 0 (-> T_CODE). */
static void s2_only_access(TestEnv *t, uint64_t ipa, uint64_t pa)
{
    static const uint32_t w[2] = { I_LDR_X1_X0, I_STR_X2_X6 };
    mt_code(t, T_CODE, w, 2);
    tenv_set_el(t, 1, 1);
    t->cpu->r[0] = ipa;
    t->cpu->r[6] = ipa + 8;
    t->cpu->r[2] = ipa ^ UINT64_C(0x5555);
    CHECK_EQ(tenv_run(t, 0, 2), HALT_MAX_INSNS);
    CHECK_EQ(t->cpu->r[1], mt_pat64(pa));
    CHECK_EQ(mt_rd64(t, pa + 8), ipa ^ UINT64_C(0x5555));
}

static void test_stage2_alone_granules(void **state)
{
    TestEnv *t = *state;
    for (unsigned i = 0; i < ARRAY_SIZE(s2cfgs); i++) {
        const S2Cfg *c = &s2cfgs[i];
        uint64_t top = UINT64_C(1) << c->in, page = UINT64_C(1) << c->g;
        for (unsigned l = c->start; l <= 3; l++) {
            if (l < 3 && !s2_block_ok(c->g, l))
                continue;
            Pt s2;
            tenv_reset(t);
            snprintf(ctx, sizeof(ctx), "S2 granule %u, %u-bit IPA, SL level %u, leaf %u",
                     1u << c->g >> 10, c->in, c->start, l);
            pt_init_s2(&s2, &t->m->bus, c->g, c->in, c->start, PT_POOL, PT_POOL_END);
            pt_map(&s2, 0, T_CODE, 3, PT_S2_RW);
            uint64_t size = pt_level_size(&s2, l);
            if (l == 3) {
                pt_map(&s2, top - page, T_DATA, 3, PT_S2_RW);
            } else {
                if (size * 2 > top)
                    continue;         /* the block would cover the code page */
                pt_map(&s2, top - size, T_RAM, l, PT_S2_RW);
            }
            t->cpu->sr[SR_VTCR_EL2] = pt_vtcr(&s2, 5);
            t->cpu->sr[SR_VTTBR_EL2] = s2.root | UINT64_C(7) << 48;   /* VMID 7 */
            mt_sr(t, SR_HCR_EL2, HCR_RW | HCR_VM);
            if (l == 3)
                s2_only_access(t, top - 16, T_DATA + page - 16);
            else
                s2_only_access(t, top - size + (T_DATA - T_RAM) + 0x120, T_DATA + 0x120);
        }
    }
}

/* Stage 1 (4K, 48-bit, both halves) over each stage-2 configuration: the
 * stage-1 tables are read at IPAs translated by stage 2. */
static void test_stage2_under_stage1(void **state)
{
    TestEnv *t = *state;
    for (unsigned i = 0; i < ARRAY_SIZE(s2cfgs); i++) {
        const S2Cfg *c = &s2cfgs[i];
        if (c->in < 31)
            continue;                 /* RAM (1 GiB + 16 MiB) must be inside the IPA space */
        tenv_reset(t);
        snprintf(ctx, sizeof(ctx), "S1+S2 granule %u, %u-bit IPA", 1u << c->g >> 10, c->in);
        Pt t0, t1, s2;
        pt_init(&t0, &t->m->bus, PT_4K, 48, PT_POOL, PT_POOL + 0x200000);
        pt_init(&t1, &t->m->bus, PT_4K, 48, PT_POOL + 0x200000, PT_POOL + 0x300000);
        pt_map(&t1, CODE_VA, T_CODE, 3, PT_NORMAL | PT_AP_RO_ALL);
        pt_map(&t0, DVA, T_RAM + 0x3ff0000, 3, PT_NORMAL);     /* IPA above RAM */
        pt_init_s2(&s2, &t->m->bus, c->g, c->in, c->start, PT_POOL + 0x300000, PT_POOL_END);
        pt_map_pages(&s2, T_RAM, T_RAM, T_RAM_SIZE, PT_S2_RW);
        pt_map(&s2, (T_RAM + 0x3ff0000) & ~((UINT64_C(1) << c->g) - 1), T_DATA, 3, PT_S2_RW);
        mt_el1_on(t, &t0, &t1, 5);
        t->cpu->sr[SR_VTCR_EL2] = pt_vtcr(&s2, 5);
        t->cpu->sr[SR_VTTBR_EL2] = s2.root;
        mt_sr(t, SR_HCR_EL2, HCR_RW | HCR_VM);
        static const uint32_t w[2] = { I_LDR_X1_X0, I_AT_S1E1R };
        mt_code(t, T_CODE, w, 2);
        tenv_set_el(t, 1, 1);
        t->cpu->r[0] = DVA + 0x18;
        CHECK_EQ(tenv_run(t, CODE_VA, 2), HALT_MAX_INSNS);
        uint64_t off = (T_RAM + 0x3ff0000) & ((UINT64_C(1) << c->g) - 1);
        CHECK_EQ(t->cpu->r[1], mt_pat64(T_DATA + off + 0x18));
        CHECK_EQ(t->cpu->sr[SR_PAR_EL1] & PAR_MASK, PAR_OK(0xff, T_RAM + 0x3ff0000, 3));
    }
}

/* The usual layout for fault tests: stage 1 4K/48 (code in TTBR1), stage
 * 2 4K/40-bit from level 1 with RAM identity-mapped by 2 MiB blocks and
 * the data IPA page-mapped. */
static TestEnv *setup(void **state, Pt *t0, Pt *t1, Pt *s2)
{
    TestEnv *t = *state;
    tenv_reset(t);
    pt_init(t0, &t->m->bus, PT_4K, 48, PT_POOL, PT_POOL + 0x200000);
    pt_init(t1, &t->m->bus, PT_4K, 48, PT_POOL + 0x200000, PT_POOL + 0x300000);
    pt_map(t1, CODE_VA, T_CODE, 3, PT_NORMAL | PT_AP_RO_ALL);
    pt_map(t0, DVA, IPA, 3, PT_NORMAL | PT_AP_RW_ALL);
    pt_map(t0, DVA + 0x1000, IPA + 0x1000, 3, PT_NORMAL | PT_AP_RW_ALL);
    pt_map(t0, DVA + 0x2000, IPA + 0x2000, 3, PT_NORMAL | PT_AP_RO_ALL);
    pt_init_s2(s2, &t->m->bus, PT_4K, 40, 1, PT_POOL + 0x300000, PT_POOL_END);
    for (uint64_t a = T_RAM; a < T_RAM + T_RAM_SIZE; a += 0x200000)
        pt_map(s2, a, a, 2, PT_S2_RW);
    pt_map(s2, IPA, T_DATA, 3, PT_S2_RW);
    mt_el1_on(t, t0, t1, 5);
    t->cpu->sr[SR_VTCR_EL2] = pt_vtcr(s2, 2);
    t->cpu->sr[SR_VTTBR_EL2] = s2->root;
    mt_sr(t, SR_HCR_EL2, HCR_RW | HCR_VM);
    return t;
}

/* Run one instruction at EL el with X0 = va; returns ESR_EL2 after a
 * fault taken to EL2 (checked: FAR_EL2 = far, ELR_EL2), 0 if it ran. */
static uint64_t run2(TestEnv *t, unsigned el, uint32_t insn, uint64_t va, uint64_t far)
{
    mt_code(t, T_CODE, &insn, 1);
    tenv_set_el(t, el, el ? 1 : 0);
    t->cpu->r[0] = va;
    t->cpu->r[2] = UINT64_C(0xfeedface);
    HaltReason h = tenv_run(t, CODE_VA, 1);
    if (h == HALT_MAX_INSNS)
        return 0;
    assert_int_equal(h, HALT_DEBUG);
    assert_int_equal(t->cpu->ps.el, 2);
    assert_int_equal(t->cpu->pc, T_VBAR + 0x1000 + 0x400);
    assert_int_equal(t->cpu->sr[SR_FAR_EL2], far);
    assert_int_equal(t->cpu->sr[SR_ELR_EL2], CODE_VA);
    return t->cpu->sr[SR_ESR_EL2];
}

#define ISV_LDRX1 (1u << 24 | 3u << 22 | 1u << 16 | 1u << 15)   /* ldr x1: SAS=3 SRT=1 SF */
#define ISV_STRX2 (1u << 24 | 3u << 22 | 2u << 16 | 1u << 15)   /* str x2 */

/* S2AP: 00 none, 01 read-only, 10 write-only, 11 read/write; XN on the
 * stage-2 descriptor stops fetches (EC 0x20). */
static void test_s2ap_and_xn(void **state)
{
    static const struct { uint64_t s2ap; bool r, w; } c[] = {
        { 0, 0, 0 }, { PT_S2AP_R, 1, 0 }, { PT_S2AP_W, 0, 1 }, { PT_S2AP_R | PT_S2AP_W, 1, 1 },
    };
    for (unsigned i = 0; i < ARRAY_SIZE(c); i++) {
        for (unsigned el = 0; el <= 1; el++) {
            Pt t0, t1, s2;
            TestEnv *t = setup(state, &t0, &t1, &s2);
            pt_map(&s2, IPA, T_DATA, 3, PT_AF | PT_SH(3) | PT_S2_NORMAL | c[i].s2ap);
            assert_int_equal(run2(t, el, I_LDR_X1_X0, DVA + 0x10, DVA + 0x10),
                             c[i].r ? 0 : ESR_DABT_LOWER(ISV_LDRX1 | FSC_PERM(3)));
            assert_int_equal(run2(t, el, I_STR_X2_X0, DVA + 0x18, DVA + 0x18),
                             c[i].w ? 0 : ESR_DABT_LOWER(ISV_STRX2 | ISS_WNR | FSC_PERM(3)));
        }
    }
    /* XN: a stage-1 read-only (so EL1-executable) page of NOPs */
    Pt t0, t1, s2;
    TestEnv *t = setup(state, &t0, &t1, &s2);
    static const uint32_t nop = I_NOP;
    mt_code(t, T_DATA + 0x2040, &nop, 1);
    pt_map(&s2, IPA + 0x2000, T_DATA + 0x2000, 3, PT_S2_RW | PT_S2_XN);
    static const uint32_t br = I_BR_X0;
    mt_code(t, T_CODE, &br, 1);
    tenv_set_el(t, 1, 1);
    t->cpu->r[0] = DVA + 0x2040;
    assert_int_equal(tenv_run(t, CODE_VA, 2), HALT_DEBUG);
    mt_expect_abort(t, 1, 2, ESR_IABT_LOWER(FSC_PERM(3)), DVA + 0x2040, DVA + 0x2040);
    pt_map(&s2, IPA + 0x2000, T_DATA + 0x2000, 3, PT_S2_RW);
    mt_sr(t, SR_VTTBR_EL2, s2.root);
    tenv_set_el(t, 1, 1);
    assert_int_equal(tenv_run(t, CODE_VA, 2), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->pc, DVA + 0x2044);
}

/* Translation, Access flag and Address size faults at stage 2: to EL2 with
 * HPFAR_EL2 = IPA[47:12] << 4 (D24.2.76). */
static void test_s2_fault_kinds(void **state)
{
    for (unsigned k = 0; k < 4; k++) {
        Pt t0, t1, s2;
        TestEnv *t = setup(state, &t0, &t1, &s2);
        unsigned dfsc;
        if (k == 0) {
            pt_unmap(&s2, IPA, 3);
            dfsc = FSC_TRANS(3);
        } else if (k == 1) {
            pt_unmap(&s2, IPA, 1);
            dfsc = FSC_TRANS(1);
        } else if (k == 2) {
            pt_map(&s2, IPA, T_DATA, 3, PT_S2_RW & ~PT_AF);
            dfsc = FSC_AF(3);
        } else {
            /* PS = 32 bits with a 32-bit IPA space (T0SZ 32): an output
             * address at 4 GiB is out of range */
            pt_map(&s2, IPA, UINT64_C(0x100000000), 3, PT_S2_RW);
            t->cpu->sr[SR_VTCR_EL2] = (t->cpu->sr[SR_VTCR_EL2] & ~(UINT64_C(7) << 16 | 0x3f)) | 32;
            dfsc = FSC_ADDR(3);
        }
        mt_sr(t, SR_VTTBR_EL2, s2.root);
        assert_int_equal(run2(t, 1, I_STR_X2_X0, DVA + 0x28, DVA + 0x28),
                         ESR_DABT_LOWER(ISV_STRX2 | ISS_WNR | dfsc));
        assert_int_equal(t->cpu->sr[SR_HPFAR_EL2], (IPA >> 12) << 4);
        assert_int_equal(run2(t, 0, I_LDR_X1_X0, DVA + 0x30, DVA + 0x30),
                         ESR_DABT_LOWER(ISV_LDRX1 | dfsc));
        assert_int_equal(t->cpu->sr[SR_HPFAR_EL2], (IPA >> 12) << 4);
    }
}

/* Stage-1 faults come first (D8.15.5: stage-1 Permission fault before a
 * stage-2 fault on the access): a read-only stage-1 page whose IPA is
 * unmapped at stage 2 faults at stage 1 to EL1 for a store. */
static void test_stage1_fault_first(void **state)
{
    Pt t0, t1, s2;
    TestEnv *t = setup(state, &t0, &t1, &s2);
    pt_unmap(&s2, IPA + 0x2000, 3);
    static const uint32_t w = I_STR_X2_X0;
    mt_code(t, T_CODE, &w, 1);
    tenv_set_el(t, 1, 1);
    t->cpu->r[0] = DVA + 0x2008;
    assert_int_equal(tenv_run(t, CODE_VA, 1), HALT_DEBUG);
    mt_expect_abort(t, 1, 1, ESR_DABT_SAME(ISS_WNR | FSC_PERM(3)), DVA + 0x2008, CODE_VA);
}

/* HCR_EL2.DC=1: stage 1 off for EL1&0 with Normal memory, and stage 2
 * enabled (as if VM=1) even with VM=0. */
static void test_hcr_dc(void **state)
{
    TestEnv *t = *state;
    tenv_reset(t);
    Pt s2;
    pt_init_s2(&s2, &t->m->bus, PT_4K, 40, 1, PT_POOL, PT_POOL_END);
    pt_map(&s2, T_RAM, T_RAM, 1, PT_S2_RW);
    pt_map(&s2, IPA, T_DATA, 3, PT_S2_RW);
    t->cpu->sr[SR_VTCR_EL2] = pt_vtcr(&s2, 2);
    t->cpu->sr[SR_VTTBR_EL2] = s2.root;
    mt_sr(t, SR_HCR_EL2, HCR_RW | HCR_DC);
    mt_sr(t, SR_SCTLR_EL1, t->cpu->sr[SR_SCTLR_EL1] | SCTLR_M);   /* ignored under DC */
    static const uint32_t w[2] = { I_LDR_X1_X0, I_LDR_W1_X0 };
    mt_code(t, T_CODE, w, 2);
    t->cpu->r[0] = IPA + 0x14;                 /* unaligned: fine, Normal memory */
    assert_int_equal(tenv_run(t, T_CODE, 2), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->r[1], mt_pat64(T_DATA + 0x14) & 0xffffffff);
}

/* An MSR HCR_EL2 acts on the very next instruction: AT S12E1R right
 * after turning VM on and off. */
static void test_hcr_write_next_insn(void **state)
{
    Pt t0, t1, s2;
    TestEnv *t = setup(state, &t0, &t1, &s2);
    static const uint32_t w[6] = {
        0xd51c1104 /* msr hcr_el2, x4 */, I_AT_S12E1R, I_MRS_X3_PAR,
        0xd51c1105 /* msr hcr_el2, x5 */, I_AT_S12E1R, 0xd5387408 /* mrs x8, par_el1 */,
    };
    mt_code(t, T_CODE, w, 6);
    tenv_set_el(t, 2, 1);
    t->cpu->r[0] = DVA + 0x10;
    t->cpu->r[4] = HCR_RW | HCR_VM;
    t->cpu->r[5] = HCR_RW;
    mt_sr(t, SR_HCR_EL2, HCR_RW);
    assert_int_equal(tenv_run(t, T_CODE, 6), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->r[3] & PAR_MASK, PAR_OK(0xff, T_DATA, 3));
    assert_int_equal(t->cpu->r[8] & PAR_MASK, PAR_OK(0xff, IPA, 3));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stage2_alone_granules),
        cmocka_unit_test(test_stage2_under_stage1),
        cmocka_unit_test(test_s2ap_and_xn),
        cmocka_unit_test(test_s2_fault_kinds),
        cmocka_unit_test(test_stage1_fault_first),
        cmocka_unit_test(test_hcr_dc),
        cmocka_unit_test(test_hcr_write_next_insn),
    };
    return cmocka_run_group_tests_name("mmu_stage2", tests, tenv_setup, tenv_teardown);
}
