/*
 * test_stage2_syndrome.c — stage-2 Data Abort syndromes: ISV/SAS/SSE/SRT/
 * SF/AR of single-register loads and stores (literal included), ISV=0 for
 * pairs, writeback, exclusives, atomics; S1PTW faults (ISV=0, WnR, HPFAR =
 * table IPA) for data and fetches; HCR_EL2.PTW; inconsistent VTCR_EL2.
 * Arm ARM D24.2.46 ESR_EL2, J1.1.3.2 InstructionSyndromeValid, D8.15.4.1,
 * J1.1.4.38/40 S2InconsistentSL/S2InvalidSL.
 */
#include "mmu_insn.h"
#include "pt.h"

#define CODE_VA UINT64_C(0xfffffffffff00000)
#define DVA     UINT64_C(0x0000123456789000)
#define IPA     UINT64_C(0x80000000)
#define HOLE    (DVA + 0x3000)          /* stage 1 -> IPA + 0x3000: nothing at stage 2 */
#define HCR_PTW_BIT (UINT64_C(1) << 2)     /* HCR_EL2.PTW */

/* Stage 1 4K/48 (code in TTBR1); stage 2 4K/40 from level 1: RAM by 2 MiB
 * blocks except the 2 MiB holding table `pg` (if any), mapped by pages. */
static TestEnv *setup(void **state, Pt *t0, Pt *t1, Pt *s2)
{
    TestEnv *t = *state;
    tenv_reset(t);
    pt_init(t0, &t->m->bus, PT_4K, 48, PT_POOL, PT_POOL + 0x200000);
    pt_init(t1, &t->m->bus, PT_4K, 48, PT_POOL + 0x200000, PT_POOL + 0x300000);
    pt_map(t1, CODE_VA, T_CODE, 3, PT_NORMAL | PT_AP_RO_ALL);
    pt_map(t1, CODE_VA + 0x1000, IPA + 0x4000, 3, PT_NORMAL | PT_AP_RO_ALL);
    pt_map(t0, DVA, IPA, 3, PT_NORMAL | PT_AP_RW_ALL);
    pt_map(t0, HOLE, IPA + 0x3000, 3, PT_NORMAL | PT_AP_RW_ALL);
    pt_init_s2(s2, &t->m->bus, PT_4K, 40, 1, PT_POOL + 0x300000, PT_POOL_END);
    for (uint64_t a = T_RAM; a < T_RAM + T_RAM_SIZE; a += 0x200000) {
        if (a == PT_POOL)
            pt_map_pages(s2, a, a, 0x200000, PT_S2_RW);
        else
            pt_map(s2, a, a, 2, PT_S2_RW);
    }
    pt_map(s2, IPA, T_DATA, 3, PT_S2_RW);
    mt_el1_on(t, t0, t1, 5);
    t->cpu->sr[SR_VTCR_EL2] = pt_vtcr(s2, 2);
    t->cpu->sr[SR_VTTBR_EL2] = s2->root;
    mt_sr(t, SR_HCR_EL2, HCR_RW | HCR_VM);
    return t;
}

/* One instruction at pc (EL1) faulting to EL2; the ISS (checked: FAR_EL2,
 * ELR_EL2, EC 0x24). */
static uint32_t fault_iss(TestEnv *t, uint64_t pc, uint32_t insn, uint64_t far)
{
    mt_code(t, T_CODE + (pc - CODE_VA), &insn, 1);
    tenv_set_el(t, 1, 1);
    assert_int_equal(tenv_run(t, pc, 1), HALT_DEBUG);
    assert_int_equal(t->cpu->ps.el, 2);
    assert_int_equal(t->cpu->sr[SR_ESR_EL2] >> 25, (UINT64_C(0x24) << 1) | 1);
    assert_int_equal(t->cpu->sr[SR_FAR_EL2], far);
    assert_int_equal(t->cpu->sr[SR_ELR_EL2], pc);
    return (uint32_t)(t->cpu->sr[SR_ESR_EL2] & 0x1ffffff);
}

#define ISV     (1u << 24)
#define SAS(n)  ((uint32_t)(n) << 22)
#define SSE     (1u << 21)
#define SRT(n)  ((uint32_t)(n) << 16)
#define SF      (1u << 15)
#define AR      (1u << 14)

/* ISV=1 syndromes for every single-register form (stage-2 Translation
 * fault at level 3, IPA + 0x3000 unmapped). */
static void test_isv_syndromes(void **state)
{
    static const struct { uint32_t insn; int off; uint32_t iss; } c[] = {
        { I_LDR_X1_X0, 0, ISV | SAS(3) | SRT(1) | SF },
        { I_LDR_W1_X0, 0, ISV | SAS(2) | SRT(1) },
        { I_LDRB_W1_X0, 0, ISV | SAS(0) | SRT(1) },
        { I_LDRSB_X1_X0, 0, ISV | SAS(0) | SSE | SRT(1) | SF },
        { I_LDRSB_W1_X0, 0, ISV | SAS(0) | SSE | SRT(1) },
        { I_LDRH_W1_X0_2, 2, ISV | SAS(1) | SRT(1) },
        { I_LDRSW_X1_X0, 0, ISV | SAS(2) | SSE | SRT(1) | SF },
        { I_LDUR_X1_M8, -8, ISV | SAS(3) | SRT(1) | SF },
        { I_LDAR_X1_X0, 0, ISV | SAS(3) | SRT(1) | SF | AR },
        { I_STLR_W2_X0, 0, ISV | SAS(2) | SRT(2) | AR | ISS_WNR },
        { I_LDAPR_X1_X0, 0, ISV | SAS(3) | SRT(1) | SF | AR },
        { I_STR_W2_X0_X6, 0x18, ISV | SAS(2) | SRT(2) | ISS_WNR },
        { I_LDTR_X1_X0, 0, ISV | SAS(3) | SRT(1) | SF },
        { I_STR_XZR_X0, 0, ISV | SAS(3) | SRT(31) | SF | ISS_WNR },
        { I_LDR_X30_X0, 0, ISV | SAS(3) | SRT(30) | SF },
        { I_STR_X2_X0, 0, ISV | SAS(3) | SRT(2) | SF | ISS_WNR },
        /* no syndrome: pair, writeback, exclusive, atomic */
        { I_LDP_X1_X2_X0, 0, 0 },
        { I_LDR_PRE, 8, 0 },
        { I_LDR_POST, 0, 0 },
        { I_LDXR_X1_X0, 0, 0 },
        { I_LDADD, 0, 0 },
    };
    Pt t0, t1, s2;
    TestEnv *t = setup(state, &t0, &t1, &s2);
    for (unsigned i = 0; i < ARRAY_SIZE(c); i++) {
        t->cpu->r[0] = HOLE + 0x40;
        t->cpu->r[6] = 0x18;
        uint32_t iss = fault_iss(t, CODE_VA, c[i].insn, HOLE + 0x40 + (uint64_t)(int64_t)c[i].off);
        if (!c[i].iss)
            assert_int_equal(iss & ~(uint32_t)ISS_WNR, FSC_TRANS(3));
        else
            assert_int_equal(iss, c[i].iss | FSC_TRANS(3));
        assert_int_equal(t->cpu->sr[SR_HPFAR_EL2], ((IPA + 0x3000) >> 12) << 4);
    }
}

/* LDR (literal) from the next page: ISV=1 (a single-register load). */
static void test_isv_literal(void **state)
{
    Pt t0, t1, s2;
    TestEnv *t = setup(state, &t0, &t1, &s2);
    uint32_t iss = fault_iss(t, CODE_VA + 0xffc, I_LDR_LIT8, CODE_VA + 0x1004);
    assert_int_equal(iss, ISV | SAS(3) | SRT(1) | SF | FSC_TRANS(3));
    assert_int_equal(t->cpu->sr[SR_HPFAR_EL2], ((IPA + 0x4000) >> 12) << 4);
}

/* The stage-1 level-3 table of DVA is unmapped / not readable / Access
 * flag 0 / Device at stage 2: S1PTW=1, ISV=0, WnR of the instruction,
 * the fault's stage-2 level, HPFAR_EL2 = the table's IPA page. */
static void test_s1ptw(void **state)
{
    static const struct { uint64_t desc; unsigned fsc; } c[] = {
        { 0, FSC_TRANS(3) },
        { PT_AF | PT_SH(3) | PT_S2_NORMAL | PT_S2AP_W, FSC_PERM(3) },
        { PT_SH(3) | PT_S2_NORMAL | PT_S2AP_R | PT_S2AP_W, FSC_AF(3) },
    };
    for (unsigned i = 0; i < ARRAY_SIZE(c); i++) {
        for (unsigned st = 0; st <= 1; st++) {
            Pt t0, t1, s2;
            TestEnv *t = setup(state, &t0, &t1, &s2);
            uint64_t l3 = pt_get(&t0, DVA, 2) & UINT64_C(0xfffffffff000);
            assert_int_equal(l3 & ~UINT64_C(0x1fffff), PT_POOL);
            pt_set(&s2, l3, 3, c[i].desc ? l3 | c[i].desc | 3 : 0);
            t->cpu->r[0] = DVA + 0x20;
            uint32_t iss = fault_iss(t, CODE_VA, st ? I_STR_X2_X0 : I_LDR_X1_X0, DVA + 0x20);
            assert_int_equal(iss, ISS_S1PTW | (st ? ISS_WNR : 0) | c[i].fsc);
            assert_int_equal(t->cpu->sr[SR_HPFAR_EL2], (l3 >> 12) << 4);
        }
    }
}

/* An instruction fetch whose stage-1 walk faults at stage 2: Instruction
 * Abort to EL2 (EC 0x20) with S1PTW=1. */
static void test_s1ptw_fetch(void **state)
{
    Pt t0, t1, s2;
    TestEnv *t = setup(state, &t0, &t1, &s2);
    uint64_t l3 = pt_get(&t0, DVA, 2) & UINT64_C(0xfffffffff000);
    pt_unmap(&s2, l3, 3);
    static const uint32_t br = I_BR_X0;
    mt_code(t, T_CODE, &br, 1);
    tenv_set_el(t, 1, 1);
    t->cpu->r[0] = DVA + 0x80;
    assert_int_equal(tenv_run(t, CODE_VA, 2), HALT_DEBUG);
    mt_expect_abort(t, 1, 2, ESR_IABT_LOWER(ISS_S1PTW | FSC_TRANS(3)), DVA + 0x80, DVA + 0x80);
    assert_int_equal(t->cpu->sr[SR_HPFAR_EL2], (l3 >> 12) << 4);
}

/* HCR_EL2.PTW: a stage-1 table in stage-2 Device memory is walked as
 * Normal Non-cacheable when PTW=0 and is a stage-2 Permission fault on the
 * walk when PTW=1 (D8.15.4.1). */
static void test_hcr_ptw(void **state)
{
    for (unsigned ptw = 0; ptw <= 1; ptw++) {
        Pt t0, t1, s2;
        TestEnv *t = setup(state, &t0, &t1, &s2);
        uint64_t l3 = pt_get(&t0, DVA, 2) & UINT64_C(0xfffffffff000);
        pt_map(&s2, l3, l3, 3, PT_AF | PT_S2_DEVICE | PT_S2AP_R | PT_S2AP_W);
        mt_sr(t, SR_HCR_EL2, HCR_RW | HCR_VM | (ptw ? HCR_PTW_BIT : 0));
        static const uint32_t w = I_LDR_X1_X0;
        mt_code(t, T_CODE, &w, 1);
        tenv_set_el(t, 1, 1);
        t->cpu->r[0] = DVA + 0x10;
        if (!ptw) {
            assert_int_equal(tenv_run(t, CODE_VA, 1), HALT_MAX_INSNS);
            assert_int_equal(t->cpu->r[1], mt_pat64(T_DATA + 0x10));
            continue;
        }
        assert_int_equal(tenv_run(t, CODE_VA, 1), HALT_DEBUG);
        mt_expect_abort(t, 1, 2, ESR_DABT_LOWER(ISS_S1PTW | FSC_PERM(3)), DVA + 0x10, CODE_VA);
        assert_int_equal(t->cpu->sr[SR_HPFAR_EL2], (l3 >> 12) << 4);
    }
}

/* VTCR_EL2 with SL0 inconsistent with T0SZ, or reserved: every stage-2
 * translation is a level-0 Translation fault. With stage 1 on, the first
 * stage-1 descriptor read of the code fetch faults (S1PTW=1, HPFAR_EL2 =
 * the IPA of that descriptor in TTBR1's table, without the ASID field);
 * with stage 1 off, the fetch's own IPA. */
static void test_vtcr_inconsistent(void **state)
{
    static const uint64_t vtcr[] = {
        UINT64_C(0x80000000) | 2u << 16 | 0u << 14 | 0u << 6 | 24,   /* 4K, L2 start, 40-bit */
        UINT64_C(0x80000000) | 2u << 16 | 0u << 14 | 1u << 6 | 34,   /* 4K, L1 start, 30-bit */
        UINT64_C(0x80000000) | 2u << 16 | 0u << 14 | 3u << 6 | 24,   /* 4K, SL0=3 reserved */
        UINT64_C(0x80000000) | 2u << 16 | 2u << 14 | 3u << 6 | 24,   /* 16K, SL0=3 (level 0) */
        UINT64_C(0x80000000) | 2u << 16 | 1u << 14 | 3u << 6 | 24,   /* 64K, SL0=3 reserved */
        UINT64_C(0x80000000) | 2u << 16 | 1u << 14 | 0u << 6 | 24,   /* 64K, L3 start, 40-bit */
    };
    for (unsigned i = 0; i < ARRAY_SIZE(vtcr); i++) {
        Pt t0, t1, s2;
        TestEnv *t = setup(state, &t0, &t1, &s2);
        mt_sr(t, SR_VTCR_EL2, vtcr[i]);
        mt_sr(t, SR_TTBR0_EL1, t0.root | UINT64_C(5) << 48);
        mt_sr(t, SR_TTBR1_EL1, t1.root | UINT64_C(6) << 48);
        uint64_t first = t1.root + ((CODE_VA >> 39) & 511) * 8;
        tenv_set_el(t, 1, 1);
        assert_int_equal(tenv_run(t, CODE_VA, 1), HALT_DEBUG);
        mt_expect_abort(t, 1, 2, ESR_IABT_LOWER(ISS_S1PTW | FSC_TRANS(0)), CODE_VA, CODE_VA);
        assert_int_equal(t->cpu->sr[SR_HPFAR_EL2], (first >> 12) << 4);
        mt_sr(t, SR_SCTLR_EL1, t->cpu->sr[SR_SCTLR_EL1] & ~SCTLR_M);
        tenv_set_el(t, 1, 1);
        assert_int_equal(tenv_run(t, T_CODE + 0x40, 1), HALT_DEBUG);
        mt_expect_abort(t, 1, 2, ESR_IABT_LOWER(FSC_TRANS(0)), T_CODE + 0x40, T_CODE + 0x40);
        assert_int_equal(t->cpu->sr[SR_HPFAR_EL2], ((T_CODE + 0x40) >> 12) << 4);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_isv_syndromes),
        cmocka_unit_test(test_isv_literal),
        cmocka_unit_test(test_s1ptw),
        cmocka_unit_test(test_s1ptw_fetch),
        cmocka_unit_test(test_hcr_ptw),
        cmocka_unit_test(test_vtcr_inconsistent),
    };
    return cmocka_run_group_tests_name("mmu_stage2_syndrome", tests, tenv_setup, tenv_teardown);
}
