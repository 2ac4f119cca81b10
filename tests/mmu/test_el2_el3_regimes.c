/*
 * test_el2_el3_regimes.c — stage 1 of the EL2 (E2H=0) and EL3 regimes:
 * walks for each granule, AP[2]-only write control (AP[1] RES1), XN and
 * XNTable, APTable[1], SCTLR_ELx.WXN/.A, TCR_ELx.TBI/.PS, faults in the
 * regime's own ESR/FAR. Arm ARM D8.1.2 (regimes), D8.4 (permissions with
 * one privilege level), J1.1.4.28 AArch64.S1DirectBasePermissions.
 */
#include <stdio.h>

#include "mmu_insn.h"
#include "pt.h"

#define DVA UINT64_C(0x0000000012345000)

typedef struct Reg { unsigned sctlr, tcr, ttbr, mair, esr, far, elr; uint64_t vbar; } Reg;

static const Reg regs[4] = {
    [2] = { SR_SCTLR_EL2, SR_TCR_EL2, SR_TTBR0_EL2, SR_MAIR_EL2, SR_ESR_EL2, SR_FAR_EL2,
            SR_ELR_EL2, T_VBAR + 0x1000 },
    [3] = { SR_SCTLR_EL3, SR_TCR_EL3, SR_TTBR0_EL3, SR_MAIR_EL3, SR_ESR_EL3, SR_FAR_EL3,
            SR_ELR_EL3, T_VBAR + 0x2000 },
};

/* Tables for EL el: code identity-mapped at T_CODE (inputsize permitting,
 * else at VA 0). Returns the code VA. */
static uint64_t regime_on(TestEnv *t, Pt *p, unsigned el, unsigned g, unsigned in, unsigned ps)
{
    tenv_reset(t);
    pt_init(p, &t->m->bus, g, in, PT_POOL, PT_POOL_END);
    uint64_t cva = in > 30 ? T_CODE : 0;
    pt_map(p, cva, T_CODE, 3, PT_NORMAL | PT_AP_RO_ALL);
    const Reg *r = &regs[el];
    t->cpu->sr[r->mair] = PT_MAIR;
    t->cpu->sr[r->tcr] = pt_tcr_el23(p, ps);
    t->cpu->sr[r->ttbr] = p->root;
    mt_sr(t, r->sctlr, t->cpu->sr[r->sctlr] | SCTLR_M);
    return cva;
}

/* One instruction at EL el from cva with X0 = va: 0 if it completed, else
 * the ESR (checked: taken at EL el, FAR, ELR). */
static uint64_t probe(TestEnv *t, unsigned el, uint64_t cva, uint32_t insn, uint64_t va)
{
    const Reg *r = &regs[el];
    mt_code(t, T_CODE, &insn, 1);
    tenv_set_el(t, el, 1);
    t->cpu->r[0] = va;
    t->cpu->r[2] = UINT64_C(0x600df00d);
    HaltReason h = tenv_run(t, cva, insn == I_BR_X0 ? 2 : 1);
    if (h == HALT_MAX_INSNS)
        return 0;
    assert_int_equal(h, HALT_DEBUG);
    assert_int_equal(t->cpu->ps.el, el);
    assert_int_equal(t->cpu->pc, r->vbar + 0x200);
    assert_int_equal(t->cpu->sr[r->far], va);
    assert_int_equal(t->cpu->sr[r->elr], insn == I_BR_X0 ? va : cva);
    return t->cpu->sr[r->esr];
}

/* Walks of each granule in both regimes: load, store and fetch through a
 * page at the top of the range and a level-2 block. */
static void test_walks(void **state)
{
    static const struct { unsigned g, in; } c[] = {
        { PT_4K, 48 }, { PT_4K, 39 }, { PT_4K, 30 }, { PT_16K, 47 }, { PT_16K, 36 },
        { PT_16K, 25 }, { PT_64K, 48 }, { PT_64K, 42 }, { PT_64K, 29 },
    };
    TestEnv *t = *state;
    for (unsigned el = 2; el <= 3; el++) {
        for (unsigned i = 0; i < ARRAY_SIZE(c); i++) {
            Pt p;
            uint64_t cva = regime_on(t, &p, el, c[i].g, c[i].in, 5);
            uint64_t page = UINT64_C(1) << c[i].g, top = UINT64_C(1) << c[i].in;
            pt_map(&p, top - page, T_DATA, 3, PT_NORMAL);
            mt_code(t, T_DATA + 0x100, (const uint32_t[]){ I_NOP }, 1);
            assert_int_equal(probe(t, el, cva, I_LDR_X1_X0, top - page + 0x10), 0);
            assert_int_equal(t->cpu->r[1], mt_pat64(T_DATA + 0x10));
            assert_int_equal(probe(t, el, cva, I_STR_X2_X0, top - page + 0x18), 0);
            assert_int_equal(mt_rd64(t, T_DATA + 0x18), UINT64_C(0x600df00d));
            assert_int_equal(probe(t, el, cva, I_BR_X0, top - page + 0x100), 0);
            assert_int_equal(probe(t, el, cva, I_LDR_X1_X0, top), ESR_DABT_SAME(FSC_TRANS(0)));
            if (p.start <= 2) {
                uint64_t bs = pt_level_size(&p, 2);
                pt_map(&p, top - 2 * bs, T_RAM, 2, PT_NORMAL);
                mt_sr(t, regs[el].ttbr, p.root);
                assert_int_equal(probe(t, el, cva, I_LDR_X1_X0, top - 2 * bs + 0x100020), 0);
                assert_int_equal(t->cpu->r[1], mt_pat64(T_DATA + 0x20));
            }
        }
    }
}

/* AP[2] decides writes, AP[1] is ignored; XN (bit 54) and XNTable stop
 * fetches; APTable[1] makes a subtree read-only; WXN. */
static void test_permissions(void **state)
{
    static const struct { uint64_t attr, tattr; bool w, x; } c[] = {
        { PT_AP_RW_EL1, 0, 1, 1 }, { PT_AP_RW_ALL, 0, 1, 1 }, { PT_AP_RO_EL1, 0, 0, 1 },
        { PT_AP_RO_ALL, 0, 0, 1 }, { PT_XN, 0, 1, 0 }, { 0, PT_T_UXN, 1, 0 },
        { 0, PT_T_AP_RO, 0, 1 },
    };
    TestEnv *t = *state;
    for (unsigned el = 2; el <= 3; el++) {
        for (unsigned i = 0; i < ARRAY_SIZE(c); i++) {
            Pt p;
            uint64_t cva = regime_on(t, &p, el, PT_4K, 39, 5);
            pt_map(&p, DVA, T_DATA, 3, PT_NORMAL | c[i].attr);
            if (c[i].tattr)
                pt_table_attrs(&p, DVA, 2, c[i].tattr);
            mt_code(t, T_DATA + 0x40, (const uint32_t[]){ I_NOP }, 1);
            assert_int_equal(probe(t, el, cva, I_LDR_X1_X0, DVA + 8), 0);
            assert_int_equal(probe(t, el, cva, I_STR_X2_X0, DVA + 8),
                             c[i].w ? 0 : ESR_DABT_SAME(ISS_WNR | FSC_PERM(3)));
            assert_int_equal(probe(t, el, cva, I_BR_X0, DVA + 0x40),
                             c[i].x ? 0 : ESR_IABT_SAME(FSC_PERM(3)));
            /* WXN: writable is not executable */
            mt_sr(t, regs[el].sctlr, t->cpu->sr[regs[el].sctlr] | SCTLR_WXN);
            assert_int_equal(probe(t, el, cva, I_BR_X0, DVA + 0x40),
                             c[i].x && !c[i].w ? 0 : ESR_IABT_SAME(FSC_PERM(3)));
        }
    }
}

/* TCR_ELx.TBI (bit 20): tagged addresses translate only when set;
 * TCR_ELx.PS: an output address beyond it is an Address size fault;
 * SCTLR_ELx.A: unaligned accesses fault. */
static void test_tbi_ps_alignment(void **state)
{
    TestEnv *t = *state;
    for (unsigned el = 2; el <= 3; el++) {
        Pt p;
        uint64_t cva = regime_on(t, &p, el, PT_4K, 39, 5);
        pt_map(&p, DVA, T_DATA, 3, PT_NORMAL);
        pt_map(&p, DVA + 0x1000, UINT64_C(0x100000000), 3, PT_NORMAL);
        uint64_t tagged = UINT64_C(0x3c00000000000000) | (DVA + 0x20);
        assert_int_equal(probe(t, el, cva, I_LDR_X1_X0, tagged), ESR_DABT_SAME(FSC_TRANS(0)));
        mt_sr(t, regs[el].tcr, t->cpu->sr[regs[el].tcr] | UINT64_C(1) << 20);
        assert_int_equal(probe(t, el, cva, I_LDR_X1_X0, tagged), 0);
        assert_int_equal(t->cpu->r[1], mt_pat64(T_DATA + 0x20));
        assert_int_equal(probe(t, el, cva, I_LDR_X1_X0, DVA + 0x1000) & ~(UINT64_C(1) << 9),
                         ESR_DABT_SAME(FSC_EXT));
        mt_sr(t, regs[el].tcr, t->cpu->sr[regs[el].tcr] & ~(UINT64_C(7) << 16));  /* PS 32 */
        assert_int_equal(probe(t, el, cva, I_LDR_X1_X0, DVA + 0x1000),
                         ESR_DABT_SAME(FSC_ADDR(3)));
        assert_int_equal(probe(t, el, cva, I_LDR_X1_X0, DVA + 4), 0);
        mt_sr(t, regs[el].sctlr, t->cpu->sr[regs[el].sctlr] | SCTLR_A);
        assert_int_equal(probe(t, el, cva, I_LDR_X1_X0, DVA + 4), ESR_DABT_SAME(FSC_ALIGN));
    }
}

/* Faults of the EL2 regime do not touch the EL1 syndrome registers, and
 * EL1's stage-1 tables do not apply at EL2. */
static void test_regimes_are_separate(void **state)
{
    TestEnv *t = *state;
    Pt p;
    uint64_t cva = regime_on(t, &p, 2, PT_4K, 39, 5);
    t->cpu->sr[SR_ESR_EL1] = 0x1234;
    t->cpu->sr[SR_FAR_EL1] = 0x5678;
    assert_int_equal(probe(t, 2, cva, I_LDR_X1_X0, DVA), ESR_DABT_SAME(FSC_TRANS(1)));
    assert_int_equal(t->cpu->sr[SR_ESR_EL1], 0x1234);
    assert_int_equal(t->cpu->sr[SR_FAR_EL1], 0x5678);
    mt_sr(t, SR_SCTLR_EL1, t->cpu->sr[SR_SCTLR_EL1] | SCTLR_M);   /* EL1 tables: none */
    pt_map(&p, DVA, T_DATA, 3, PT_NORMAL);
    mt_sr(t, SR_TTBR0_EL2, p.root);
    assert_int_equal(probe(t, 2, cva, I_LDR_X1_X0, DVA), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_walks),
        cmocka_unit_test(test_permissions),
        cmocka_unit_test(test_tbi_ps_alignment),
        cmocka_unit_test(test_regimes_are_separate),
    };
    return cmocka_run_group_tests_name("mmu_el2_el3", tests, tenv_setup, tenv_teardown);
}
