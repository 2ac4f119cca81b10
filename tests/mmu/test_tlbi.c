/*
 * test_tlbi.c — what TLB maintenance must achieve (caching is optional):
 * after a descriptor change and each EL1/EL2/EL3 TLBI (local and IS), the
 * next access sees it, for whole 16K/64K pages and blocks; TTBR0/TCR/SCTLR
 * writes act on the next instruction; ASIDs (16-bit, A1), nG, tagged VAs;
 * decoded code across flushes. Arm ARM D8.16, D8.17, C5.5 (TLBI).
 */
#include "mmu_insn.h"
#include "pt.h"

#define CODE_VA UINT64_C(0xfffffffffff00000)
#define DVA     UINT64_C(0x0000123456789000)
#define DVA23   UINT64_C(0x0000004056789000)
#define PA_OLD  (T_DATA + 0x1000)
#define PA_NEW  (T_DATA + 0x5000)

static TestEnv *el1_setup(void **state, Pt *t0, Pt *t1, unsigned g0)
{
    TestEnv *t = *state;
    tenv_reset(t);
    pt_init(t0, &t->m->bus, g0, 48, PT_POOL, PT_POOL + 0x300000);
    pt_init(t1, &t->m->bus, PT_4K, 48, PT_POOL + 0x300000, PT_POOL + 0x400000);
    pt_map(t1, CODE_VA, T_CODE, 3, PT_NORMAL | PT_AP_RO_ALL);
    mt_el1_on(t, t0, t1, 5);
    return t;
}

/* Run words at EL el from the EL's code VA; the run must complete. */
static void run_ok(TestEnv *t, unsigned el, const uint32_t *w, unsigned n)
{
    mt_code(t, T_CODE, w, n);
    tenv_set_el(t, el, 1);
    assert_int_equal(tenv_run(t, el == 1 ? CODE_VA : T_CODE, n), HALT_MAX_INSNS);
}

static uint64_t load(TestEnv *t, unsigned el, uint64_t va)
{
    static const uint32_t w[1] = { I_LDR_X1_X0 };
    t->cpu->r[0] = va;
    run_ok(t, el, w, 1);
    return t->cpu->r[1];
}

/* TLBI (with X5 = xt), DSB ISH, ISB at EL el. */
static void tlbi(TestEnv *t, unsigned el, uint32_t op, uint64_t xt)
{
    uint32_t w[3] = { op, I_DSB_ISH, I_ISB };
    t->cpu->r[5] = xt;
    run_ok(t, el, w, 3);
}

/* Xt for by-VA operations: ASID[63:48], VA[55:12] in [43:0] */
static uint64_t xt_va(uint64_t asid, uint64_t va)
{
    return asid << 48 | ((va >> 12) & ((UINT64_C(1) << 44) - 1));
}

/* Every EL1 operation (executed at EL1, and the EL1 ones at EL2 too) makes
 * a changed level-3 descriptor of ASID 5 visible. */
static void test_tlbi_el1_ops(void **state)
{
    static const struct { uint32_t op; bool by_va, by_asid; } ops[] = {
        { 0xd5088725, 1, 1 }, /* vae1 */   { 0xd50887a5, 1, 1 }, /* vale1 */
        { 0xd5088765, 1, 0 }, /* vaae1 */  { 0xd50887e5, 1, 0 }, /* vaale1 */
        { 0xd5088745, 0, 1 }, /* aside1 */ { 0xd508871f, 0, 0 }, /* vmalle1 */
        { 0xd5088325, 1, 1 }, /* vae1is */ { 0xd50883a5, 1, 1 }, /* vale1is */
        { 0xd5088365, 1, 0 }, /* vaae1is */{ 0xd50883e5, 1, 0 }, /* vaale1is */
        { 0xd5088345, 0, 1 }, /* aside1is */ { 0xd508831f, 0, 0 }, /* vmalle1is */
    };
    for (unsigned el = 1; el <= 2; el++) {
        for (unsigned i = 0; i < ARRAY_SIZE(ops); i++) {
            Pt t0, t1;
            TestEnv *t = el1_setup(state, &t0, &t1, PT_4K);
            mt_sr(t, SR_TTBR0_EL1, t0.root | UINT64_C(5) << 48);
            pt_map(&t0, DVA, PA_OLD, 3, PT_NORMAL | PT_NG);
            assert_int_equal(load(t, 1, DVA + 8), mt_pat64(PA_OLD + 8));
            pt_map(&t0, DVA, PA_NEW, 3, PT_NORMAL | PT_NG);
            uint64_t xt = ops[i].by_va ? xt_va(ops[i].by_asid ? 5 : 0x77, DVA + 0x10)
                                       : UINT64_C(5) << 48;
            tlbi(t, el, ops[i].op, xt);
            assert_int_equal(load(t, 1, DVA + 8), mt_pat64(PA_NEW + 8));
        }
    }
}

/* A global entry is invalidated by VAE1 whatever ASID Xt names. */
static void test_tlbi_global_entry(void **state)
{
    Pt t0, t1;
    TestEnv *t = el1_setup(state, &t0, &t1, PT_4K);
    mt_sr(t, SR_TTBR0_EL1, t0.root | UINT64_C(5) << 48);
    pt_map(&t0, DVA, PA_OLD, 3, PT_NORMAL);
    assert_int_equal(load(t, 1, DVA), mt_pat64(PA_OLD));
    pt_map(&t0, DVA, PA_NEW, 3, PT_NORMAL);
    tlbi(t, 1, 0xd5088725, xt_va(9, DVA));        /* tlbi vae1, ASID 9 */
    assert_int_equal(load(t, 1, DVA), mt_pat64(PA_NEW));
}

/* A by-VA TLBI names one address but removes the whole translation: every
 * 4 KiB part of a 16K or 64K page, of a 2 MiB and a 32 MiB block. */
static void test_tlbi_large_mappings(void **state)
{
    static const struct { unsigned g, level; } c[] = {
        { PT_16K, 3 }, { PT_64K, 3 }, { PT_4K, 2 }, { PT_16K, 2 },
    };
    for (unsigned i = 0; i < ARRAY_SIZE(c); i++) {
        Pt t0, t1;
        TestEnv *t = el1_setup(state, &t0, &t1, c[i].g);
        uint64_t size = pt_level_size(&t0, c[i].level);
        uint64_t va = 4 * size;
        pt_map(&t0, va, c[i].level == 3 ? T_DATA : T_RAM, c[i].level, PT_NORMAL);
        uint64_t off0 = c[i].level == 3 ? 0 : T_DATA - T_RAM;   /* offsets land in T_DATA */
        uint64_t span = size < T_DATA_SIZE ? size : T_DATA_SIZE;
        for (uint64_t o = 0; o < span; o += 0x1000)
            assert_int_equal(load(t, 1, va + off0 + o), mt_pat64(T_DATA + o));
        /* the same mapping made read-only: no 4 KiB part may stay writable */
        pt_map(&t0, va, c[i].level == 3 ? T_DATA : T_RAM, c[i].level, PT_NORMAL | PT_AP_RO_EL1);
        tlbi(t, 1, 0xd5088765, xt_va(0, va + off0 + span / 2));   /* vaae1 */
        static const uint32_t st[1] = { I_STR_X2_X0 };
        for (uint64_t o = 0; o < span; o += 0x1000) {
            t->cpu->r[0] = va + off0 + o;
            mt_code(t, T_CODE, st, 1);
            tenv_set_el(t, 1, 1);
            assert_int_equal(tenv_run(t, CODE_VA, 1), HALT_DEBUG);   /* now read-only */
            assert_int_equal(t->cpu->sr[SR_ESR_EL1],
                             ESR_DABT_SAME(ISS_WNR | FSC_PERM(c[i].level)));
        }
    }
}

/* MSR TTBR0_EL1 / TCR_EL1 / SCTLR_EL1 change translation for the very
 * next instruction, no ISB (XNU relies on it, XNU-BOOT.md 8.3). */
static void test_ttbr_tcr_sctlr_next_insn(void **state)
{
    Pt a, b, t1;
    TestEnv *t = el1_setup(state, &a, &t1, PT_4K);
    pt_init(&b, &t->m->bus, PT_4K, 48, PT_POOL + 0x400000, PT_POOL_END);
    pt_map(&a, DVA, PA_OLD, 3, PT_NORMAL | PT_NG);
    pt_map(&b, DVA, PA_NEW, 3, PT_NORMAL | PT_NG);
    mt_sr(t, SR_TTBR0_EL1, a.root | UINT64_C(1) << 48);
    uint32_t w[4] = { I_LDR_X1_X0, I_MSR_TTBR0_X4, 0xf9400007 /* ldr x7, [x0] */, I_NOP };
    t->cpu->r[0] = DVA;
    t->cpu->r[4] = b.root | UINT64_C(2) << 48;
    run_ok(t, 1, w, 4);
    assert_int_equal(t->cpu->r[1], mt_pat64(PA_OLD));
    assert_int_equal(t->cpu->r[7], mt_pat64(PA_NEW));
    /* and back to ASID 1: its tables again */
    t->cpu->r[4] = a.root | UINT64_C(1) << 48;
    run_ok(t, 1, w, 4);
    assert_int_equal(t->cpu->r[1], mt_pat64(PA_NEW));
    assert_int_equal(t->cpu->r[7], mt_pat64(PA_OLD));
    /* TCR: EPD0 set, the next load faults */
    uint32_t v[2] = { I_MSR_TCR_X4, I_LDR_X1_X0 };
    mt_code(t, T_CODE, v, 2);
    tenv_set_el(t, 1, 1);
    t->cpu->r[4] = t->cpu->sr[SR_TCR_EL1] | UINT64_C(1) << 7;
    assert_int_equal(tenv_run(t, CODE_VA, 2), HALT_DEBUG);
    mt_expect_abort(t, 1, 1, ESR_DABT_SAME(FSC_TRANS(0)), DVA, CODE_VA + 4);
}

/* SCTLR_EL1.M off and on, acting on the next load (code identity-mapped). */
static void test_sctlr_m_next_insn(void **state)
{
    Pt t0, t1;
    TestEnv *t = el1_setup(state, &t0, &t1, PT_4K);
    pt_map(&t0, T_CODE, T_CODE, 3, PT_NORMAL | PT_AP_RO_EL1);
    pt_map(&t0, T_DATA, PA_NEW, 3, PT_NORMAL);
    uint64_t on = t->cpu->sr[SR_SCTLR_EL1], off = on & ~SCTLR_M;
    uint32_t w[5] = { I_LDR_X1_X0, I_MSR_SCTLR_X4, 0xf9400007 /* ldr x7, [x0] */,
                      0xd5181006 /* msr sctlr_el1, x6 */, 0xf9400008 /* ldr x8, [x0] */ };
    mt_code(t, T_CODE, w, 5);
    tenv_set_el(t, 1, 1);
    t->cpu->r[0] = T_DATA + 8;
    t->cpu->r[4] = off;
    t->cpu->r[6] = on;
    assert_int_equal(tenv_run(t, T_CODE, 5), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->r[1], mt_pat64(PA_NEW + 8));
    assert_int_equal(t->cpu->r[7], mt_pat64(T_DATA + 8));
    assert_int_equal(t->cpu->r[8], mt_pat64(PA_NEW + 8));
}

/* TBI0: a tagged pointer's translation is removed by a TLBI naming the
 * untagged VA (TLB entries hold VA[55:12]). */
static void test_tlbi_tagged_va(void **state)
{
    Pt t0, t1;
    TestEnv *t = el1_setup(state, &t0, &t1, PT_4K);
    mt_sr(t, SR_TCR_EL1, t->cpu->sr[SR_TCR_EL1] | UINT64_C(1) << 37);
    pt_map(&t0, DVA, PA_OLD, 3, PT_NORMAL);
    uint64_t tagged = UINT64_C(0x5a00000000000000) | DVA;
    assert_int_equal(load(t, 1, tagged), mt_pat64(PA_OLD));
    pt_map(&t0, DVA, PA_NEW, 3, PT_NORMAL);
    tlbi(t, 1, 0xd5088765, xt_va(0, DVA));           /* vaae1 */
    assert_int_equal(load(t, 1, tagged), mt_pat64(PA_NEW));
}

/* EL2 and EL3 regimes: VAE2/VALE2/ALLE2 (+IS) and VAE3/VALE3/ALLE3 (+IS). */
static void test_tlbi_el2_el3(void **state)
{
    static const uint32_t el2_ops[] = { 0xd50c8725, 0xd50c87a5, 0xd50c871f, 0xd50c8325,
                                        0xd50c83a5, 0xd50c831f };
    static const uint32_t el3_ops[] = { 0xd50e8725, 0xd50e87a5, 0xd50e871f, 0xd50e8325,
                                        0xd50e83a5, 0xd50e831f };
    for (unsigned el = 2; el <= 3; el++) {
        for (unsigned i = 0; i < 6; i++) {
            TestEnv *t = *state;
            tenv_reset(t);
            Pt p;
            pt_init(&p, &t->m->bus, PT_4K, 39, PT_POOL, PT_POOL_END);
            pt_map(&p, T_CODE, T_CODE, 3, PT_NORMAL | PT_AP_RO_ALL);
            pt_map(&p, DVA23, PA_OLD, 3, PT_NORMAL);
            unsigned mair = el == 2 ? SR_MAIR_EL2 : SR_MAIR_EL3;
            unsigned tcr = el == 2 ? SR_TCR_EL2 : SR_TCR_EL3;
            unsigned ttbr = el == 2 ? SR_TTBR0_EL2 : SR_TTBR0_EL3;
            unsigned sctlr = el == 2 ? SR_SCTLR_EL2 : SR_SCTLR_EL3;
            t->cpu->sr[mair] = PT_MAIR;
            t->cpu->sr[tcr] = pt_tcr_el23(&p, 5);
            t->cpu->sr[ttbr] = p.root;
            mt_sr(t, sctlr, t->cpu->sr[sctlr] | SCTLR_M);
            assert_int_equal(load(t, el, DVA23), mt_pat64(PA_OLD));
            pt_map(&p, DVA23, PA_NEW, 3, PT_NORMAL);
            tlbi(t, el, el == 2 ? el2_ops[i] : el3_ops[i], xt_va(0, DVA23));
            assert_int_equal(load(t, el, DVA23), mt_pat64(PA_NEW));
        }
    }
}

/* Stage 2 changes: IPAS2E1 then VMALLE1 (stage-2-only and combined
 * entries), VMALLS12E1 or ALLE1 alone, each local and IS, from EL2. */
static void test_tlbi_stage2(void **state)
{
    static const uint32_t seqs[][2] = {
        { 0xd50c8425, 0xd508871f },   /* ipas2e1, x5; vmalle1 */
        { 0xd50c84a5, 0xd508831f },   /* ipas2le1, x5; vmalle1is */
        { 0xd50c8025, 0xd508871f },   /* ipas2e1is, x5; vmalle1 */
        { 0xd50c80a5, 0xd508871f },   /* ipas2le1is, x5; vmalle1 */
        { 0xd50c87df, I_NOP },        /* vmalls12e1 */
        { 0xd50c83df, I_NOP },        /* vmalls12e1is */
        { 0xd50c879f, I_NOP },        /* alle1 */
        { 0xd50c839f, I_NOP },        /* alle1is */
    };
    const uint64_t ipa = UINT64_C(0x80000000);
    for (unsigned i = 0; i < ARRAY_SIZE(seqs); i++) {
        Pt t0, t1, s2;
        TestEnv *t = el1_setup(state, &t0, &t1, PT_4K);
        pt_map(&t0, DVA, ipa, 3, PT_NORMAL);
        pt_init_s2(&s2, &t->m->bus, PT_4K, 40, 1, PT_POOL + 0x400000, PT_POOL_END);
        pt_map(&s2, T_RAM, T_RAM, 1, PT_S2_RW);
        pt_map(&s2, ipa, PA_OLD, 3, PT_S2_RW);
        t->cpu->sr[SR_VTCR_EL2] = pt_vtcr(&s2, 2);
        t->cpu->sr[SR_VTTBR_EL2] = s2.root;
        mt_sr(t, SR_HCR_EL2, HCR_RW | HCR_VM);
        assert_int_equal(load(t, 1, DVA), mt_pat64(PA_OLD));
        pt_map(&s2, ipa, PA_NEW, 3, PT_S2_RW);
        uint32_t w[5] = { seqs[i][0], I_DSB_ISH, seqs[i][1], I_DSB_ISH, I_ISB };
        t->cpu->r[5] = ipa >> 12;
        run_ok(t, 2, w, 5);
        assert_int_equal(load(t, 1, DVA), mt_pat64(PA_NEW));
    }
}

/* Decoded code keeps running across TLB flushes in the middle of a page,
 * and a remapped code VA runs the code of its new PA after TLBI + ISB. */
static void test_code_across_tlb_changes(void **state)
{
    Pt t0, t1;
    TestEnv *t = el1_setup(state, &t0, &t1, PT_4K);
    uint32_t w[8] = { I_ADD_X7_1, 0xd508871f /* tlbi vmalle1 */, I_ADD_X7_1, I_ISB,
                      I_ADD_X7_1, I_MSR_TTBR0_X4, I_ADD_X7_1, I_ADD_X7_1 };
    t->cpu->r[7] = 0;
    t->cpu->r[4] = t0.root | UINT64_C(3) << 48;
    run_ok(t, 1, w, 8);
    assert_int_equal(t->cpu->r[7], 5);
    /* two code pages; the VA moves from the first to the second */
    static const uint32_t one[2] = { 0xd2800027 /* mov x7, #1 */, I_NOP };
    static const uint32_t two[2] = { 0xd2800047 /* mov x7, #2 */, I_NOP };
    mt_code(t, PT_DATA, one, 2);
    mt_code(t, PT_DATA + 0x1000, two, 2);
    pt_map(&t0, DVA, PT_DATA, 3, PT_NORMAL | PT_AP_RO_EL1);
    mt_sr(t, SR_TTBR0_EL1, t0.root);
    tenv_set_el(t, 1, 1);
    assert_int_equal(tenv_run(t, DVA, 2), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->r[7], 1);
    pt_map(&t0, DVA, PT_DATA + 0x1000, 3, PT_NORMAL | PT_AP_RO_EL1);
    tlbi(t, 1, 0xd5088725, xt_va(0, DVA));
    tenv_set_el(t, 1, 1);
    assert_int_equal(tenv_run(t, DVA, 2), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->r[7], 2);
}

/* 16-bit ASIDs (TCR_EL1.AS=1): ASIDs differing only in bits 15:8 are
 * different address spaces; TLBI ASIDE1 takes all 16 bits. */
static void test_asid_16bit(void **state)
{
    Pt a, b, t1;
    TestEnv *t = el1_setup(state, &a, &t1, PT_4K);
    pt_init(&b, &t->m->bus, PT_4K, 48, PT_POOL + 0x400000, PT_POOL_END);
    pt_map(&a, DVA, PA_OLD, 3, PT_NORMAL | PT_NG);
    pt_map(&b, DVA, PA_NEW, 3, PT_NORMAL | PT_NG);
    mt_sr(t, SR_TCR_EL1, t->cpu->sr[SR_TCR_EL1] | UINT64_C(1) << 36);
    mt_sr(t, SR_TTBR0_EL1, a.root | UINT64_C(0x0105) << 48);
    uint32_t w[4] = { I_LDR_X1_X0, I_MSR_TTBR0_X4, 0xf9400007 /* ldr x7, [x0] */, I_NOP };
    t->cpu->r[0] = DVA;
    t->cpu->r[4] = b.root | UINT64_C(0x0205) << 48;
    run_ok(t, 1, w, 4);
    assert_int_equal(t->cpu->r[1], mt_pat64(PA_OLD));
    assert_int_equal(t->cpu->r[7], mt_pat64(PA_NEW));
    /* back in ASID 0x0105: a changed descriptor, TLBI ASIDE1 0x0105 */
    pt_map(&a, DVA, PA_NEW + 0x1000, 3, PT_NORMAL | PT_NG);
    t->cpu->r[4] = a.root | UINT64_C(0x0105) << 48;
    run_ok(t, 1, w, 2);
    tlbi(t, 1, 0xd5088745, UINT64_C(0x0105) << 48);   /* aside1 */
    assert_int_equal(load(t, 1, DVA), mt_pat64(PA_NEW + 0x1000));
}

/* TCR_EL1.A1=1: TTBR1_EL1.ASID is the current ASID. Writing a new ASID
 * there makes TTBR0's non-global translations be walked afresh. */
static void test_asid_from_ttbr1(void **state)
{
    Pt t0, t1;
    TestEnv *t = el1_setup(state, &t0, &t1, PT_4K);
    mt_sr(t, SR_TCR_EL1, t->cpu->sr[SR_TCR_EL1] | UINT64_C(1) << 22);
    mt_sr(t, SR_TTBR1_EL1, t1.root | UINT64_C(1) << 48);
    pt_map(&t0, DVA, PA_OLD, 3, PT_NORMAL | PT_NG);
    assert_int_equal(load(t, 1, DVA), mt_pat64(PA_OLD));
    pt_map(&t0, DVA, PA_NEW, 3, PT_NORMAL | PT_NG);
    uint32_t w[2] = { 0xd5182024 /* msr ttbr1_el1, x4 */, 0xf9400007 /* ldr x7, [x0] */ };
    t->cpu->r[0] = DVA;
    t->cpu->r[4] = t1.root | UINT64_C(2) << 48;
    run_ok(t, 1, w, 2);
    assert_int_equal(t->cpu->r[7], mt_pat64(PA_NEW));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tlbi_el1_ops),
        cmocka_unit_test(test_tlbi_global_entry),
        cmocka_unit_test(test_tlbi_large_mappings),
        cmocka_unit_test(test_ttbr_tcr_sctlr_next_insn),
        cmocka_unit_test(test_sctlr_m_next_insn),
        cmocka_unit_test(test_tlbi_tagged_va),
        cmocka_unit_test(test_tlbi_el2_el3),
        cmocka_unit_test(test_tlbi_stage2),
        cmocka_unit_test(test_code_across_tlb_changes),
        cmocka_unit_test(test_asid_16bit),
        cmocka_unit_test(test_asid_from_ttbr1),
    };
    return cmocka_run_group_tests_name("mmu_tlbi", tests, tenv_setup, tenv_teardown);
}
