/*
 * test_at_par.c — AT S1E0R/W, S1E1R/W, S1E2R/W, S1E3R/W, S12E0R/W, S12E1R/W
 * and PAR_EL1: success fields (ATTR, PA incl. bits inside blocks as XNU's
 * kvtophys needs, SH, RES1 bit 11), fault fields (F, FST, PTW, S), and the
 * faults AT takes as exceptions (External abort on the walk, stage-2 fault
 * on the stage-1 walk from EL1). Arm ARM D24.2.142 PAR_EL1, J1.1.3.10
 * AArch64.AT/EncodePAR, D8.15 (exceptions to reporting faults in PAR).
 */
#include "mmu_insn.h"
#include "pt.h"

#define CODE_VA UINT64_C(0xfffffffffff00000)   /* EL1&0: TTBR1 */
#define DVA     UINT64_C(0x0000123456789000)
#define DVA23   UINT64_C(0x0000004056789000)   /* EL2/EL3 regimes: 39-bit VA */

static TestEnv *el1_setup(void **state, Pt *t0, Pt *t1)
{
    TestEnv *t = *state;
    tenv_reset(t);
    pt_init(t0, &t->m->bus, PT_4K, 48, PT_POOL, PT_POOL + 0x200000);
    pt_init(t1, &t->m->bus, PT_4K, 48, PT_POOL + 0x200000, PT_POOL + 0x300000);
    pt_map(t1, CODE_VA, T_CODE, 3, PT_NORMAL | PT_AP_RO_ALL);
    mt_el1_on(t, t0, t1, 5);
    return t;
}

/* Tables of the EL2 or EL3 regime: code identity-mapped at T_CODE. */
static void el23_on(TestEnv *t, Pt *p, unsigned el)
{
    pt_init(p, &t->m->bus, PT_4K, 39, PT_POOL + 0x300000, PT_POOL + 0x400000);
    pt_map(p, T_CODE, T_CODE, 3, PT_NORMAL | PT_AP_RO_ALL);
    CpuState *cpu = t->cpu;
    cpu->sr[el == 2 ? SR_MAIR_EL2 : SR_MAIR_EL3] = PT_MAIR;
    cpu->sr[el == 2 ? SR_TCR_EL2 : SR_TCR_EL3] = pt_tcr_el23(p, 5);
    cpu->sr[el == 2 ? SR_TTBR0_EL2 : SR_TTBR0_EL3] = p->root;
    unsigned sctlr = el == 2 ? SR_SCTLR_EL2 : SR_SCTLR_EL3;
    mt_sr(t, sctlr, cpu->sr[sctlr] | SCTLR_M);
}

/* Run `at` then MRS PAR_EL1 at EL el; the PAR (no exception expected). */
static uint64_t at_par(TestEnv *t, unsigned el, uint32_t at, uint64_t va)
{
    uint32_t w[2] = { at, I_MRS_X3_PAR };
    mt_code(t, T_CODE, w, 2);
    tenv_set_el(t, el, 1);
    t->cpu->r[0] = va;
    t->cpu->r[3] = 0;
    assert_int_equal(tenv_run(t, el == 1 ? CODE_VA : T_CODE, 2), HALT_MAX_INSNS);
    return t->cpu->r[3];
}

#define OK_EQ(par, attr, pa, sh)   assert_int_equal((par) & PAR_MASK, PAR_OK(attr, pa, sh))
#define FAULT_EQ(par, fst, ptw, s) assert_int_equal((par) & PAR_FMASK, PAR_FAULT(fst, ptw, s))

/* PAR.ATTR is the MAIR byte, PAR.SH the descriptor's SH for Normal
 * cacheable memory and 0b10 for Device and Normal Non-cacheable. */
static void test_s1e1_success_attrs(void **state)
{
    static const struct { unsigned idx, sh; uint8_t attr; unsigned par_sh; } c[] = {
        { 0, 3, 0xff, 3 }, { 0, 2, 0xff, 2 }, { 0, 0, 0xff, 0 }, { 1, 3, 0x00, 2 },
        { 2, 3, 0x44, 2 }, { 3, 0, 0x04, 2 }, { 4, 3, 0xbb, 3 },
    };
    for (unsigned i = 0; i < ARRAY_SIZE(c); i++) {
        Pt t0, t1;
        TestEnv *t = el1_setup(state, &t0, &t1);
        pt_map(&t0, DVA, T_DATA + 0x3000, 3, PT_AF | PT_ATTR(c[i].idx) | PT_SH(c[i].sh));
        OK_EQ(at_par(t, 1, I_AT_S1E1R, DVA + 0x9a8), c[i].attr, T_DATA + 0x3000, c[i].par_sh);
        OK_EQ(at_par(t, 1, I_AT_S1E1W, DVA + 0xfff), c[i].attr, T_DATA + 0x3000, c[i].par_sh);
        OK_EQ(at_par(t, 2, I_AT_S1E1R, DVA), c[i].attr, T_DATA + 0x3000, c[i].par_sh);
    }
}

/* EL0 permission checks of AT S1E0R/W, and every stage-1 fault kind in
 * FST with PTW=0, S=0. */
static void test_s1_faults(void **state)
{
    Pt t0, t1;
    TestEnv *t = el1_setup(state, &t0, &t1);
    pt_map(&t0, DVA, T_DATA, 3, PT_NORMAL | PT_AP_RO_ALL);
    pt_map(&t0, DVA + 0x1000, T_DATA, 3, PT_NORMAL | PT_AP_RW_EL1);
    pt_map(&t0, DVA + 0x2000, T_DATA, 3, PT_NORMAL & ~PT_AF);
    pt_map(&t0, DVA + 0x3000, UINT64_C(0x1000000000), 3, PT_NORMAL);
    OK_EQ(at_par(t, 1, I_AT_S1E0R, DVA), 0xff, T_DATA, 3);
    FAULT_EQ(at_par(t, 1, I_AT_S1E0W, DVA), FSC_PERM(3), 0, 0);
    FAULT_EQ(at_par(t, 1, I_AT_S1E1W, DVA), FSC_PERM(3), 0, 0);
    OK_EQ(at_par(t, 1, I_AT_S1E1W, DVA + 0x1000), 0xff, T_DATA, 3);
    FAULT_EQ(at_par(t, 1, I_AT_S1E0R, DVA + 0x1000), FSC_PERM(3), 0, 0);
    FAULT_EQ(at_par(t, 1, I_AT_S1E1R, DVA + 0x2000), FSC_AF(3), 0, 0);
    FAULT_EQ(at_par(t, 1, I_AT_S1E1R, DVA + 0x4000), FSC_TRANS(3), 0, 0);
    FAULT_EQ(at_par(t, 1, I_AT_S1E1R, DVA + 0x40000000), FSC_TRANS(1), 0, 0);
    FAULT_EQ(at_par(t, 1, I_AT_S1E1R, UINT64_C(0x0100000000000000)), FSC_TRANS(0), 0, 0);
    mt_sr(t, SR_TCR_EL1, (t->cpu->sr[SR_TCR_EL1] & ~(UINT64_C(7) << 32)) | UINT64_C(1) << 32);
    FAULT_EQ(at_par(t, 1, I_AT_S1E1R, DVA + 0x3000), FSC_ADDR(3), 0, 0);
    /* AT ignores PSTATE.PAN (S1E1R/W are not the PAN variants) */
    t->cpu->ps.pan = 1;
    cpu_update_regime(t->cpu);
    uint32_t w[2] = { I_AT_S1E1R, I_MRS_X3_PAR };
    mt_code(t, T_CODE, w, 2);
    t->cpu->r[0] = DVA;
    assert_int_equal(tenv_run(t, CODE_VA, 2), HALT_MAX_INSNS);
    OK_EQ(t->cpu->r[3], 0xff, T_DATA, 3);
}

/* Blocks: PAR.PA carries the VA bits below the block size, 13:12 included
 * (16K granule, 32 MB level-2 blocks as in XNU's bootstrap tables; 4K 1 GB
 * and 2 MB blocks; 64K 512 MB blocks). */
static void test_block_pa_bits(void **state)
{
    static const struct { unsigned g, in, level; } c[] = {
        { PT_16K, 39, 2 }, { PT_16K, 47, 2 }, { PT_4K, 48, 1 }, { PT_4K, 48, 2 }, { PT_64K, 42, 2 },
    };
    TestEnv *t = *state;
    for (unsigned i = 0; i < ARRAY_SIZE(c); i++) {
        tenv_reset(t);
        Pt d, code;
        pt_init(&d, &t->m->bus, c[i].g, c[i].in, PT_POOL, PT_POOL + 0x300000);
        pt_init(&code, &t->m->bus, PT_4K, 48, PT_POOL + 0x300000, PT_POOL_END);
        pt_map(&code, CODE_VA, T_CODE, 3, PT_NORMAL | PT_AP_RO_ALL);
        uint64_t bs = pt_level_size(&d, c[i].level);
        pt_map(&d, 2 * bs, T_RAM, c[i].level, PT_NORMAL);
        mt_el1_on(t, &d, &code, 5);
        uint64_t off = (bs - 1) & UINT64_C(0x0123456789abc);
        uint64_t par = at_par(t, 1, I_AT_S1E1R, 2 * bs + off);
        OK_EQ(par, 0xff, T_RAM + off, 3);
        assert_int_equal((par >> 12) & 3, (off >> 12) & 3);
    }
}

/* AT S1E2R/W in the EL2 regime and S1E3R/W in the EL3 regime: AP[2]
 * alone decides writes (AP[1] is RES1 there); EL3's PAR.NS reports the
 * Secure PA space (descriptor NS=0). */
static void test_s1e2_s1e3(void **state)
{
    for (unsigned el = 2; el <= 3; el++) {
        TestEnv *t = *state;
        tenv_reset(t);
        Pt p;
        el23_on(t, &p, el);
        pt_map(&p, DVA23, T_DATA, 3, PT_NORMAL | PT_AP_RW_EL1 | PT_ATTR(4));
        pt_map(&p, DVA23 + 0x1000, T_DATA + 0x1000, 3, PT_NORMAL | PT_AP_RO_EL1);
        pt_map(&p, DVA23 + 0x2000, T_DATA + 0x2000, 3, PT_NORMAL | PT_AP_RW_ALL);
        uint32_t r = el == 2 ? I_AT_S1E2R : I_AT_S1E3R, w = el == 2 ? I_AT_S1E2W : I_AT_S1E3W;
        uint64_t par = at_par(t, el, r, DVA23 + 0x10);
        OK_EQ(par, 0xbb, T_DATA, 3);
        if (el == 3)
            assert_int_equal((par >> 9) & 1, 0);
        OK_EQ(at_par(t, el, w, DVA23), 0xbb, T_DATA, 3);
        OK_EQ(at_par(t, el, r, DVA23 + 0x1000), 0xff, T_DATA + 0x1000, 3);
        FAULT_EQ(at_par(t, el, w, DVA23 + 0x1000), FSC_PERM(3), 0, 0);
        OK_EQ(at_par(t, el, w, DVA23 + 0x2000), 0xff, T_DATA + 0x2000, 3);
        FAULT_EQ(at_par(t, el, r, DVA23 + 0x3000), FSC_TRANS(3), 0, 0);
        FAULT_EQ(at_par(t, el, r, UINT64_C(1) << 39), FSC_TRANS(0), 0, 0);
        /* AT S1E1R from EL2/EL3 still uses the EL1&0 regime (off: flat) */
        if (el == 2) {
            mt_sr(t, SR_HCR_EL2, HCR_RW);
            OK_EQ(at_par(t, el, I_AT_S1E1R, T_DATA + 8), 0x00, T_DATA, 2);
        }
    }
}

/* PAR.NS for a Secure regime reports the output PA space: the
 * descriptor's NS bit, or 1 below an NSTable=1 table descriptor; stage 1
 * off outputs Secure PAs. The EL3 regime (AT S1E3R) and Secure EL1&0
 * (SCR_EL3.NS=0, AT S1E1R from EL3). For the Non-secure EL1&0 regime the
 * bit is UNKNOWN; xnuemu reports the Non-secure PA space (1) whatever the
 * descriptor says. Arm ARM D24.2.142 PAR_EL1 NS, D8.3 NS/NSTable. */
static void test_par_ns(void **state)
{
    TestEnv *t = *state;
    tenv_reset(t);
    Pt p;
    el23_on(t, &p, 3);
    const uint64_t nst = DVA23 + 0x200000;             /* another level-3 table */
    pt_map(&p, DVA23, T_DATA, 3, PT_NORMAL);
    pt_map(&p, DVA23 + 0x1000, T_DATA + 0x1000, 3, PT_NORMAL | PT_NS);
    pt_map(&p, nst, T_DATA + 0x2000, 3, PT_NORMAL);
    pt_table_attrs(&p, nst, 2, PT_T_NS);
    assert_int_equal((at_par(t, 3, I_AT_S1E3R, DVA23) >> 9) & 1, 0);
    assert_int_equal((at_par(t, 3, I_AT_S1E3W, DVA23 + 0x1000) >> 9) & 1, 1);
    assert_int_equal((at_par(t, 3, I_AT_S1E3R, nst) >> 9) & 1, 1);
    OK_EQ(at_par(t, 3, I_AT_S1E3R, nst), 0xff, T_DATA + 0x2000, 3);
    /* EL1&0 with stage 1 off (SCTLR_EL1.M=0 after reset) */
    mt_sr(t, SR_SCR_EL3, t->cpu->sr[SR_SCR_EL3] & ~SCR_NS);
    assert_int_equal((at_par(t, 3, I_AT_S1E1R, T_DATA) >> 9) & 1, 0);
    mt_sr(t, SR_SCR_EL3, t->cpu->sr[SR_SCR_EL3] | SCR_NS);
    assert_int_equal((at_par(t, 3, I_AT_S1E1R, T_DATA) >> 9) & 1, 1);
    /* EL1&0 with stage 1 on: Secure, then Non-secure */
    Pt t0, t1;
    pt_init(&t0, &t->m->bus, PT_4K, 48, PT_POOL, PT_POOL + 0x200000);
    pt_init(&t1, &t->m->bus, PT_4K, 48, PT_POOL + 0x200000, PT_POOL + 0x300000);
    pt_map(&t0, DVA, T_DATA, 3, PT_NORMAL);
    pt_map(&t0, DVA + 0x1000, T_DATA + 0x1000, 3, PT_NORMAL | PT_NS | PT_AP_RW_ALL);
    pt_map(&t0, DVA + 0x200000, T_DATA + 0x2000, 3, PT_NORMAL);
    pt_table_attrs(&t0, DVA + 0x200000, 2, PT_T_NS);
    mt_el1_on(t, &t0, &t1, 5);
    for (unsigned ns = 0; ns <= 1; ns++) {
        uint64_t scr = t->cpu->sr[SR_SCR_EL3];
        mt_sr(t, SR_SCR_EL3, ns ? scr | SCR_NS : scr & ~SCR_NS);
        assert_int_equal((at_par(t, 3, I_AT_S1E1R, DVA) >> 9) & 1, ns);
        assert_int_equal((at_par(t, 3, I_AT_S1E0R, DVA + 0x1000) >> 9) & 1, 1);
        assert_int_equal((at_par(t, 3, I_AT_S1E1W, DVA + 0x200000) >> 9) & 1, 1);
        OK_EQ(at_par(t, 3, I_AT_S1E1W, DVA + 0x200000), 0xff, T_DATA + 0x2000, 3);
    }
}

/* Stage 2 for S12E1x/S12E0x: PA through stage 2; stage-2 faults with S=1
 * (PTW=1 when on the stage-1 walk); S1E1x from EL2 reports a stage-2 fault
 * on the walk in PAR. With HCR_EL2.VM=0 the S12 ops are stage 1 only. */
static void test_s12(void **state)
{
    Pt t0, t1, s2;
    TestEnv *t = el1_setup(state, &t0, &t1);
    const uint64_t ipa = UINT64_C(0x80000000);           /* IPA of the data page */
    pt_map(&t0, DVA, ipa + 0x5000, 3, PT_NORMAL | PT_AP_RO_ALL);
    pt_map(&t0, DVA + 0x1000, ipa + 0x6000, 3, PT_NORMAL | PT_AP_RW_ALL);
    pt_map(&t0, DVA + 0x2000, ipa + 0x7000, 3, PT_NORMAL | PT_AP_RW_ALL);
    pt_init_s2(&s2, &t->m->bus, PT_4K, 40, 1, PT_POOL + 0x400000, PT_POOL_END);
    pt_map(&s2, UINT64_C(0x40000000), T_RAM, 1, PT_S2_RW);
    pt_map(&s2, ipa + 0x5000, T_DATA + 0x1000, 3, PT_S2_RW);
    pt_map(&s2, ipa + 0x6000, T_DATA + 0x2000, 3, PT_AF | PT_SH(3) | PT_S2_NORMAL | PT_S2AP_R);
    mt_sr(t, SR_VTCR_EL2, pt_vtcr(&s2, 2));
    mt_sr(t, SR_VTTBR_EL2, s2.root);
    mt_sr(t, SR_HCR_EL2, HCR_RW | HCR_VM);
    OK_EQ(at_par(t, 2, I_AT_S12E1R, DVA + 0x10), 0xff, T_DATA + 0x1000, 3);
    OK_EQ(at_par(t, 2, I_AT_S12E0R, DVA + 0x10), 0xff, T_DATA + 0x1000, 3);
    FAULT_EQ(at_par(t, 2, I_AT_S12E1W, DVA), FSC_PERM(3), 0, 0);          /* stage 1 */
    OK_EQ(at_par(t, 2, I_AT_S1E1R, DVA + 0x10), 0xff, ipa + 0x5000, 3);   /* IPA */
    FAULT_EQ(at_par(t, 2, I_AT_S12E1W, DVA + 0x1000), FSC_PERM(3), 0, 1); /* S2AP */
    FAULT_EQ(at_par(t, 2, I_AT_S12E0W, DVA + 0x1000), FSC_PERM(3), 0, 1);
    OK_EQ(at_par(t, 2, I_AT_S12E1R, DVA + 0x1000), 0xff, T_DATA + 0x2000, 3);
    FAULT_EQ(at_par(t, 2, I_AT_S12E1R, DVA + 0x2000), FSC_TRANS(3), 0, 1);
    OK_EQ(at_par(t, 2, I_AT_S1E1R, DVA + 0x2000), 0xff, ipa + 0x7000, 3);
    /* the stage-1 tables' IPAs unmapped at stage 2: the level-0 read faults */
    pt_unmap(&s2, UINT64_C(0x40000000), 1);
    mt_sr(t, SR_VTTBR_EL2, s2.root);
    FAULT_EQ(at_par(t, 2, I_AT_S12E1R, DVA), FSC_TRANS(1), 1, 1);
    FAULT_EQ(at_par(t, 2, I_AT_S1E1R, DVA), FSC_TRANS(1), 1, 1);
    /* VM=0: S12E1R is S1E1R */
    mt_sr(t, SR_HCR_EL2, HCR_RW);
    OK_EQ(at_par(t, 2, I_AT_S12E1R, DVA + 0x1000), 0xff, ipa + 0x6000, 3);
}

/* AT S12E1R/S12E0R report the combined stage-1 and stage-2 attributes
 * (HCR_EL2.FWB=0; Arm ARM D8.5 combining the stage 1 and stage 2
 * attributes, J1 S2CombineS1MemAttrs/S2CombineS1Shareability): Device
 * wins with the more restrictive type, Normal takes the weaker
 * cacheability inner and outer (hints from stage 1), SH the larger domain
 * (Device and Non-cacheable: 0b10). AT S1E1R from EL2 still reports stage
 * 1 alone. PT_MAIR Attr0 0xff, 1 0x00, 2 0x44, 3 0x04, 4 0xbb. */
static void test_s12_combined_attrs(void **state)
{
    static const struct { unsigned idx, sh1, memattr, sh2; uint8_t attr; unsigned sh; } c[] = {
        { 0, 3, 0xf, 3, 0xff, 3 },     /* WB + WB */
        { 0, 3, 0x0, 3, 0x00, 2 },     /* WB + nGnRnE */
        { 0, 3, 0x1, 3, 0x04, 2 },     /* WB + nGnRE */
        { 0, 3, 0x3, 3, 0x0c, 2 },     /* WB + GRE */
        { 0, 3, 0x5, 3, 0x44, 2 },     /* WB + NC */
        { 0, 3, 0xa, 3, 0xbb, 3 },     /* WB + WT */
        { 0, 3, 0xe, 3, 0xfb, 3 },     /* WB + outer WB inner WT */
        { 0, 3, 0x7, 3, 0x4f, 3 },     /* WB + outer NC inner WB */
        { 4, 3, 0xf, 3, 0xbb, 3 },     /* WT + WB */
        { 4, 3, 0x5, 3, 0x44, 2 },     /* WT + NC */
        { 2, 3, 0xf, 3, 0x44, 2 },     /* NC + WB */
        { 1, 3, 0x1, 3, 0x00, 2 },     /* nGnRnE + nGnRE */
        { 3, 0, 0x0, 0, 0x00, 2 },     /* nGnRE + nGnRnE */
        { 3, 0, 0x3, 0, 0x04, 2 },     /* nGnRE + GRE */
        { 3, 0, 0xf, 0, 0x04, 2 },     /* nGnRE + WB */
        { 0, 0, 0xf, 3, 0xff, 3 },     /* NSH + ISH */
        { 0, 3, 0xf, 0, 0xff, 3 },     /* ISH + NSH */
        { 0, 3, 0xf, 2, 0xff, 2 },     /* ISH + OSH */
        { 0, 2, 0xf, 3, 0xff, 2 },     /* OSH + ISH */
        { 0, 0, 0xf, 0, 0xff, 0 },     /* NSH + NSH */
    };
    const uint64_t ipa = UINT64_C(0x80000000);
    for (unsigned i = 0; i < ARRAY_SIZE(c); i++) {
        Pt t0, t1, s2;
        TestEnv *t = el1_setup(state, &t0, &t1);
        pt_map(&t0, DVA, ipa, 3, PT_AF | PT_ATTR(c[i].idx) | PT_SH(c[i].sh1) | PT_AP_RW_ALL);
        pt_init_s2(&s2, &t->m->bus, PT_4K, 40, 1, PT_POOL + 0x400000, PT_POOL_END);
        pt_map(&s2, UINT64_C(0x40000000), T_RAM, 1, PT_S2_RW);
        pt_map(&s2, ipa, T_DATA + 0x1000, 3, PT_AF | PT_SH(c[i].sh2) |
               PT_S2_MEMATTR(c[i].memattr) | PT_S2AP_R | PT_S2AP_W);
        mt_sr(t, SR_VTCR_EL2, pt_vtcr(&s2, 2));
        mt_sr(t, SR_VTTBR_EL2, s2.root);
        mt_sr(t, SR_HCR_EL2, HCR_RW | HCR_VM);
        OK_EQ(at_par(t, 2, I_AT_S12E1R, DVA + 0x10), c[i].attr, T_DATA + 0x1000, c[i].sh);
        OK_EQ(at_par(t, 2, I_AT_S12E0W, DVA + 0x10), c[i].attr, T_DATA + 0x1000, c[i].sh);
        uint8_t a1 = (uint8_t)(PT_MAIR >> (8 * c[i].idx));
        OK_EQ(at_par(t, 2, I_AT_S1E1R, DVA + 0x10), a1, ipa,
              (a1 & 0xf0) == 0 || a1 == 0x44 ? 2 : c[i].sh1);
    }
}

/* From EL1, a stage-2 fault on the stage-1 walk of AT S1E1R is a Data
 * Abort to EL2: ESR_EL2 with CM=1, WnR=1, S1PTW=1; HPFAR_EL2 the table's
 * IPA; FAR_EL2 the VA. A stage-2 fault on the final IPA is not one (S1E1R
 * is stage 1 only). */
static void test_s1e1_stage2_walk_fault_from_el1(void **state)
{
    Pt t0, t1, s2;
    TestEnv *t = el1_setup(state, &t0, &t1);
    pt_map(&t0, DVA, T_DATA, 3, PT_NORMAL);
    pt_init_s2(&s2, &t->m->bus, PT_4K, 40, 1, PT_POOL + 0x400000, PT_POOL_END);
    /* RAM identity-mapped, with pages around the stage-1 level-3 table of
     * DVA, whose own page is left out */
    uint64_t l3 = pt_get(&t0, DVA, 2) & UINT64_C(0xfffffffff000);
    for (uint64_t a = T_RAM; a < T_RAM + T_RAM_SIZE; a += 0x200000) {
        if (a == (l3 & ~UINT64_C(0x1fffff)))
            pt_map_pages(&s2, a, a, 0x200000, PT_S2_RW);
        else
            pt_map(&s2, a, a, 2, PT_S2_RW);
    }
    pt_unmap(&s2, l3, 3);
    mt_sr(t, SR_VTCR_EL2, pt_vtcr(&s2, 2));
    mt_sr(t, SR_VTTBR_EL2, s2.root);
    mt_sr(t, SR_HCR_EL2, HCR_RW | HCR_VM);
    for (unsigned i = 0; i < 2; i++) {
        uint32_t w[2] = { i ? I_AT_S1E0W : I_AT_S1E1R, I_MRS_X3_PAR };
        mt_code(t, T_CODE, w, 2);
        tenv_set_el(t, 1, 1);
        t->cpu->r[0] = DVA + 0x77;
        assert_int_equal(tenv_run(t, CODE_VA, 2), HALT_DEBUG);
        mt_expect_abort(t, 1, 2, ESR_DABT_LOWER(ISS_CM | ISS_WNR | ISS_S1PTW | FSC_TRANS(3)),
                        DVA + 0x77, CODE_VA);
        assert_int_equal(t->cpu->sr[SR_HPFAR_EL2], (l3 >> 12) << 4);
    }
}

/* A synchronous External abort on the walk is taken, not reported in
 * PAR_EL1 (AArch64.AT): CM=1, WnR=1, DFSC 0b0101LL. */
static void test_at_external_abort_on_walk(void **state)
{
    Pt t0, t1;
    TestEnv *t = el1_setup(state, &t0, &t1);
    pt_map(&t0, DVA, T_DATA, 3, PT_NORMAL);
    pt_set(&t0, DVA, 1, UINT64_C(0x10000000) | 3);
    uint32_t w[2] = { I_AT_S1E1R, I_MRS_X3_PAR };
    mt_code(t, T_CODE, w, 2);
    t->cpu->r[0] = DVA + 0x5;
    assert_int_equal(tenv_run(t, CODE_VA, 2), HALT_DEBUG);
    assert_int_equal(t->cpu->ps.el, 1);
    assert_int_equal(t->cpu->sr[SR_ESR_EL1] & ~(UINT64_C(1) << 9),
                     ESR_DABT_SAME(ISS_CM | ISS_WNR | FSC_EXTW(2)));
    assert_int_equal(t->cpu->sr[SR_FAR_EL1], DVA + 0x5);
    assert_int_equal(t->cpu->sr[SR_ELR_EL1], CODE_VA);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_s1e1_success_attrs),
        cmocka_unit_test(test_s1_faults),
        cmocka_unit_test(test_block_pa_bits),
        cmocka_unit_test(test_s1e2_s1e3),
        cmocka_unit_test(test_par_ns),
        cmocka_unit_test(test_s12),
        cmocka_unit_test(test_s12_combined_attrs),
        cmocka_unit_test(test_s1e1_stage2_walk_fault_from_el1),
        cmocka_unit_test(test_at_external_abort_on_walk),
    };
    return cmocka_run_group_tests_name("mmu_at_par", tests, tenv_setup, tenv_teardown);
}
