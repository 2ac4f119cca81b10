/*
 * test_s2_device_align.c — Alignment faults caused by the memory type
 * under two stages: stage 1 Normal made Device by stage 2 is a stage-2
 * Alignment fault (EC 0x24 to EL2, DFSC 0b100001, ISV syndrome, FAR_EL2 =
 * VA, HPFAR_EL2 not written), before the stage-2 Permission fault; stage-1
 * Device stays a stage-1 fault to EL1, ahead of any stage-2 fault; TLB
 * hits, page-crossing accesses and DC ZVA alike. Arm ARM J1
 * AArch64.S1Translate/S2Translate, S1HasAlignmentFault/S2HasAlignmentFault,
 * IPAValid; D8.15.5 (fault prioritisation); D24.2.46 ESR_EL2.
 */
#include "mmu_insn.h"
#include "pt.h"

#define CODE_VA UINT64_C(0xfffffffffff00000)
#define DVA     UINT64_C(0x0000123456789000)
#define IPA     UINT64_C(0x80000000)
#define HPFAR_MARK UINT64_C(0xabc0)

#define ISV     (1u << 24)
#define SAS(n)  ((uint32_t)(n) << 22)
#define SRT(n)  ((uint32_t)(n) << 16)
#define SF      (1u << 15)

#define S2_DEV_RW (PT_AF | PT_S2_DEVICE | PT_S2AP_R | PT_S2AP_W)

/* Stage 1 4K/48 (code in TTBR1); stage 2 4K/40 from level 1, RAM by 2 MiB
 * blocks. DVA + n * 0x1000 -> IPA + n * 0x1000 -> T_DATA + n * 0x1000:
 *   page 0: stage 1 Normal, stage 2 Normal
 *   page 1: stage 1 Normal, stage 2 Device-nGnRnE
 *   page 2: stage 1 Device-nGnRnE (Attr1), stage 2 Device
 *   page 3: stage 1 Normal, stage 2 Device read-only
 *   page 4: stage 1 Device, nothing at stage 2 */
static TestEnv *setup(void **state)
{
    Pt t0, t1, s2;
    TestEnv *t = *state;
    tenv_reset(t);
    pt_init(&t0, &t->m->bus, PT_4K, 48, PT_POOL, PT_POOL + 0x200000);
    pt_init(&t1, &t->m->bus, PT_4K, 48, PT_POOL + 0x200000, PT_POOL + 0x300000);
    pt_map(&t1, CODE_VA, T_CODE, 3, PT_NORMAL | PT_AP_RO_ALL);
    for (unsigned i = 0; i < 5; i++) {
        uint64_t a = i == 2 || i == 4 ? (PT_NORMAL & ~PT_ATTR(7)) | PT_ATTR(1) : PT_NORMAL;
        pt_map(&t0, DVA + i * 0x1000, IPA + i * 0x1000, 3, a | PT_AP_RW_ALL);
    }
    pt_init_s2(&s2, &t->m->bus, PT_4K, 40, 1, PT_POOL + 0x300000, PT_POOL_END);
    for (uint64_t a = T_RAM; a < T_RAM + T_RAM_SIZE; a += 0x200000)
        pt_map(&s2, a, a, 2, PT_S2_RW);
    pt_map(&s2, IPA, T_DATA, 3, PT_S2_RW);
    pt_map(&s2, IPA + 0x1000, T_DATA + 0x1000, 3, S2_DEV_RW);
    pt_map(&s2, IPA + 0x2000, T_DATA + 0x2000, 3, S2_DEV_RW);
    pt_map(&s2, IPA + 0x3000, T_DATA + 0x3000, 3, S2_DEV_RW & ~PT_S2AP_W);
    mt_el1_on(t, &t0, &t1, 5);
    t->cpu->sr[SR_VTCR_EL2] = pt_vtcr(&s2, 2);
    t->cpu->sr[SR_VTTBR_EL2] = s2.root;
    mt_sr(t, SR_HCR_EL2, HCR_RW | HCR_VM);
    return t;
}

/* Run n instructions at CODE_VA (EL1) with X0 = a, X6 = b; the last one
 * faults: returns its target EL (ESR, FAR and ELR checked). */
static unsigned run_fault(TestEnv *t, const uint32_t *w, unsigned n, uint64_t a, uint64_t b,
                          unsigned target, uint64_t esr, uint64_t far)
{
    mt_code(t, T_CODE, w, n);
    tenv_set_el(t, 1, 1);
    t->cpu->r[0] = a;
    t->cpu->r[6] = b;
    t->cpu->sr[SR_HPFAR_EL2] = HPFAR_MARK;
    assert_int_equal(tenv_run(t, CODE_VA, n), HALT_DEBUG);
    mt_expect_abort(t, 1, target, esr, far, CODE_VA + 4 * (n - 1));
    return t->cpu->ps.el;
}

/* Stage 1 Normal, stage 2 Device: unaligned loads and stores are stage-2
 * Alignment faults with the instruction syndrome; HPFAR_EL2 is UNKNOWN
 * for them and not written. Aligned accesses complete. */
static void test_s2_device_unaligned(void **state)
{
    TestEnv *t = setup(state);
    static const uint32_t ld = I_LDR_X1_X0, st = I_STR_X2_X0;
    run_fault(t, &ld, 1, DVA + 0x1004, 0, 2,
              ESR_DABT_LOWER(ISV | SAS(3) | SRT(1) | SF | FSC_ALIGN), DVA + 0x1004);
    assert_int_equal(t->cpu->sr[SR_HPFAR_EL2], HPFAR_MARK);
    run_fault(t, &st, 1, DVA + 0x1001, 0, 2,
              ESR_DABT_LOWER(ISV | SAS(3) | SRT(2) | SF | ISS_WNR | FSC_ALIGN), DVA + 0x1001);
    assert_int_equal(t->cpu->sr[SR_HPFAR_EL2], HPFAR_MARK);
    /* aligned: no fault */
    mt_code(t, T_CODE, &ld, 1);
    tenv_set_el(t, 1, 1);
    t->cpu->r[0] = DVA + 0x1008;
    assert_int_equal(tenv_run(t, CODE_VA, 1), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->r[1], mt_pat64(T_DATA + 0x1008));
    /* stage 2 Normal: unaligned is fine */
    t->cpu->r[0] = DVA + 0x4;
    tenv_set_el(t, 1, 1);
    assert_int_equal(tenv_run(t, CODE_VA, 1), HALT_MAX_INSNS);
}

/* The same from a TLB entry filled by an aligned access first. */
static void test_s2_device_unaligned_tlb_hit(void **state)
{
    TestEnv *t = setup(state);
    static const uint32_t w[2] = { I_LDR_X1_X0, I_STR_X2_X6 };
    run_fault(t, w, 2, DVA + 0x1010, DVA + 0x1013, 2,
              ESR_DABT_LOWER(ISV | SAS(3) | SRT(2) | SF | ISS_WNR | FSC_ALIGN), DVA + 0x1013);
    assert_int_equal(t->cpu->sr[SR_HPFAR_EL2], HPFAR_MARK);
}

/* Stage 1 Device: a stage-1 Alignment fault to EL1, whatever stage 2
 * says — even where stage 2 has no mapping (stage 1 completes first). */
static void test_s1_device_stays_stage1(void **state)
{
    TestEnv *t = setup(state);
    static const uint32_t ld = I_LDR_X1_X0;
    run_fault(t, &ld, 1, DVA + 0x2004, 0, 1, ESR_DABT_SAME(FSC_ALIGN), DVA + 0x2004);
    run_fault(t, &ld, 1, DVA + 0x4004, 0, 1, ESR_DABT_SAME(FSC_ALIGN), DVA + 0x4004);
    /* aligned, stage 2 unmapped: the stage-2 Translation fault */
    run_fault(t, &ld, 1, DVA + 0x4008, 0, 2,
              ESR_DABT_LOWER(ISV | SAS(3) | SRT(1) | SF | FSC_TRANS(3)), DVA + 0x4008);
}

/* Stage-2 Alignment fault before the stage-2 Permission fault: an
 * unaligned store to a stage-2 read-only Device page. */
static void test_s2_alignment_before_s2_permission(void **state)
{
    TestEnv *t = setup(state);
    static const uint32_t st = I_STR_X2_X0;
    run_fault(t, &st, 1, DVA + 0x3002, 0, 2,
              ESR_DABT_LOWER(ISV | SAS(3) | SRT(2) | SF | ISS_WNR | FSC_ALIGN), DVA + 0x3002);
    assert_int_equal(t->cpu->sr[SR_HPFAR_EL2], HPFAR_MARK);
    /* aligned: the Permission fault, HPFAR_EL2 = IPA */
    run_fault(t, &st, 1, DVA + 0x3008, 0, 2,
              ESR_DABT_LOWER(ISV | SAS(3) | SRT(2) | SF | ISS_WNR | FSC_PERM(3)), DVA + 0x3008);
    assert_int_equal(t->cpu->sr[SR_HPFAR_EL2], ((IPA + 0x3000) >> 12) << 4);
}

/* A load crossing from a stage-2 Normal page into a stage-2 Device page:
 * stage-2 Alignment fault, FAR = the access's address. */
static void test_s2_device_page_crossing(void **state)
{
    TestEnv *t = setup(state);
    static const uint32_t ld = I_LDR_X1_X0;
    run_fault(t, &ld, 1, DVA + 0xffc, 0, 2,
              ESR_DABT_LOWER(ISV | SAS(3) | SRT(1) | SF | FSC_ALIGN), DVA + 0xffc);
}

/* DC ZVA to stage-2 Device: stage-2 Alignment fault (WnR=1, CM=0, no
 * syndrome), FAR_EL2 = Xt; to stage-1 Device: to EL1. */
static void test_dc_zva(void **state)
{
    TestEnv *t = setup(state);
    static const uint32_t zva = I_DC_ZVA;
    run_fault(t, &zva, 1, DVA + 0x1048, 0, 2, ESR_DABT_LOWER(ISS_WNR | FSC_ALIGN), DVA + 0x1048);
    run_fault(t, &zva, 1, DVA + 0x2048, 0, 1, ESR_DABT_SAME(ISS_WNR | FSC_ALIGN), DVA + 0x2048);
}

/* Stage 1 off without HCR_EL2.DC: data is Device-nGnRnE at stage 1, so an
 * unaligned access is a stage-1 fault (to EL1) even to stage-2 Normal
 * memory; with HCR_EL2.DC stage 1 is Normal and stage-2 Device faults at
 * stage 2. */
static void test_stage1_off(void **state)
{
    TestEnv *t = setup(state);
    static const uint32_t ld = I_LDR_X1_X0;
    mt_code(t, T_CODE, &ld, 1);
    mt_sr(t, SR_SCTLR_EL1, t->cpu->sr[SR_SCTLR_EL1] & ~SCTLR_M);
    tenv_set_el(t, 1, 1);
    t->cpu->r[0] = IPA + 4;
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_DEBUG);
    mt_expect_abort(t, 1, 1, ESR_DABT_SAME(FSC_ALIGN), IPA + 4, T_CODE);
    mt_sr(t, SR_HCR_EL2, HCR_RW | HCR_VM | HCR_DC);
    tenv_set_el(t, 1, 1);
    t->cpu->r[0] = IPA + 4;
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_MAX_INSNS);
    tenv_set_el(t, 1, 1);
    t->cpu->r[0] = IPA + 0x1004;
    t->cpu->sr[SR_HPFAR_EL2] = HPFAR_MARK;
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_DEBUG);
    mt_expect_abort(t, 1, 2, ESR_DABT_LOWER(ISV | SAS(3) | SRT(1) | SF | FSC_ALIGN), IPA + 0x1004,
                    T_CODE);
    assert_int_equal(t->cpu->sr[SR_HPFAR_EL2], HPFAR_MARK);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_s2_device_unaligned),
        cmocka_unit_test(test_s2_device_unaligned_tlb_hit),
        cmocka_unit_test(test_s1_device_stays_stage1),
        cmocka_unit_test(test_s2_alignment_before_s2_permission),
        cmocka_unit_test(test_s2_device_page_crossing),
        cmocka_unit_test(test_dc_zva),
        cmocka_unit_test(test_stage1_off),
    };
    return cmocka_run_group_tests_name("mmu_s2_device_align", tests, tenv_setup, tenv_teardown);
}
