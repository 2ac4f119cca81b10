/*
 * test_xnu_config.c — XNU's MMU setup (XNU-BOOT.md 8.2-8.4): TCR_EL1 =
 * 0x226519a519 (16K, 39-bit halves, TBI0 only), a 64-byte-aligned user
 * root, kernel text at 0xfffffff007004000 in 32 MB blocks, software AF and
 * dirty faults fixed by an EL1 handler, the T1SZ 25/26 switch without ISB,
 * kvtophys. Arm ARM D8.2, D8.5 (AF), D8.8 (TBI), D24.2.142 PAR_EL1.
 */
#include "mmu_insn.h"
#include "pt.h"

#define XNU_TCR   UINT64_C(0x226519a519)
#define KRAM      UINT64_C(0x800000000)          /* extra RAM for 32 MB blocks */
#define KRAM_SIZE UINT64_C(0x4000000)
#define KBLK0     UINT64_C(0xfffffff006000000)   /* -> KRAM */
#define KBLK1     UINT64_C(0xfffffff008000000)   /* -> KRAM + 32 MB */
#define KCODE     UINT64_C(0xfffffff007004000)
#define KVEC      UINT64_C(0xfffffff007008000)
#define KDATA     UINT64_C(0xfffffff007010000)
#define KTAB      UINT64_C(0xfffffff00a000000)   /* a window on the user L3 table */
#define KPA(va)   (KRAM + ((va) - KBLK0))
#define UCODE     UINT64_C(0x100000000)
#define UDATA     UINT64_C(0x100004000)
#define UDATA2    UINT64_C(0x100008000)
#define UROOT     (PT_DATA + 0x3fc0)             /* 64-byte aligned, not 128 */
#define KERN      (PT_AF | PT_SH(3) | PT_ATTR(0) | PT_NG | PT_UXN)
#define USER(ap)  (PT_AF | PT_SH(3) | PT_ATTR(0) | PT_NG | PT_PXN | (ap))

typedef struct Xnu { Pt u, k; uint64_t pte; } Xnu;

static int xnu_group_setup(void **state)
{
    tenv_setup(state);
    TestEnv *t = *state;
    return bus_map_ram(&t->m->bus, KRAM, KRAM_SIZE, "xnu-test-ram") == EMU_OK ? 0 : -1;
}

static TestEnv *xnu(void **state, Xnu *x)
{
    TestEnv *t = *state;
    tenv_reset(t);
    pt_init(&x->u, &t->m->bus, PT_16K, 39, PT_POOL, PT_POOL + 0x300000);
    pt_set_root(&x->u, UROOT);
    pt_init(&x->k, &t->m->bus, PT_16K, 39, PT_POOL + 0x300000, PT_POOL_END);
    pt_map(&x->k, KBLK0, KRAM, 2, KERN);
    pt_map(&x->k, KBLK1, KRAM + 0x2000000, 2, KERN);
    pt_map(&x->u, UCODE, T_CODE, 3, USER(PT_AP_RO_ALL) & ~PT_PXN);
    pt_map(&x->u, UDATA, T_DATA, 3, USER(PT_AP_RO_ALL) & ~PT_AF);
    pt_map(&x->u, UDATA2, T_DATA + 0x4000, 3, USER(PT_AP_RW_ALL));
    x->pte = pt_entry(&x->u, UDATA, 3);
    pt_map(&x->k, KTAB, x->pte & ~UINT64_C(0x3fff), 3, KERN | PT_PXN);
    CpuState *cpu = t->cpu;
    mt_el1_on(t, &x->u, &x->k, 2);
    cpu->sr[SR_TCR_EL1] = XNU_TCR;
    cpu->sr[SR_TTBR0_EL1] = UROOT | UINT64_C(0x42) << 48;
    cpu->sr[SR_VBAR_EL1] = KVEC;
    mt_sr(t, SR_TTBR1_EL1, x->k.root);
    return t;
}

static void kcode(TestEnv *t, uint64_t va, const uint32_t *w, unsigned n)
{
    mt_code(t, KPA(va), w, n);
}

/* An exception from EL1 taken at the kernel's vectors. */
static void expect_el1_abort(TestEnv *t, uint64_t esr, uint64_t far, uint64_t elr)
{
    assert_int_equal(t->cpu->pc, KVEC + 0x200);
    assert_int_equal(t->cpu->sr[SR_ESR_EL1], esr);
    assert_int_equal(t->cpu->sr[SR_FAR_EL1], far);
    assert_int_equal(t->cpu->sr[SR_ELR_EL1], elr);
}

/* Kernel text runs from the block; loads and stores through both blocks. */
static void test_kernel_blocks(void **state)
{
    Xnu x;
    TestEnv *t = xnu(state, &x);
    static const uint32_t w[3] = { I_LDR_X1_X0, I_STR_X2_X6, I_NOP };
    kcode(t, KCODE, w, 3);
    mt_wr64(t, KRAM + 0x2000000 + 0x1238, UINT64_C(0x1111222233334444));
    t->cpu->r[0] = KBLK1 + 0x1238;
    t->cpu->r[6] = KBLK0 + 0x1ff8;
    t->cpu->r[2] = UINT64_C(0xabcdef);
    assert_int_equal(tenv_run(t, KCODE, 3), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->r[1], UINT64_C(0x1111222233334444));
    assert_int_equal(mt_rd64(t, KRAM + 0x1ff8), UINT64_C(0xabcdef));
}

/* kvtophys: AT S1E1R then PAR_EL1[47:12] | VA[11:0]; inside 32 MB blocks
 * bits 24:12 (13:12 included) come from the VA. */
static void test_kvtophys(void **state)
{
    static const uint64_t vas[] = {
        KCODE, KBLK0 + 0x1236ab8, KBLK0 + 0x1ffffff, KBLK1 + 0x3000, KBLK1 + 0x1001, KTAB + 0x2345,
    };
    Xnu x;
    TestEnv *t = xnu(state, &x);
    static const uint32_t w[2] = { I_AT_S1E1R, I_MRS_X3_PAR };
    kcode(t, KCODE, w, 2);
    for (unsigned i = 0; i < ARRAY_SIZE(vas); i++) {
        t->cpu->r[0] = vas[i];
        tenv_set_el(t, 1, 1);
        assert_int_equal(tenv_run(t, KCODE, 2), HALT_MAX_INSNS);
        uint64_t par = t->cpu->r[3];
        assert_int_equal(par & 1, 0);
        uint64_t pa = (par & UINT64_C(0xfffffffff000)) | (vas[i] & 0xfff);
        uint64_t want = vas[i] >= KTAB ? (x.pte & ~UINT64_C(0x3fff)) + 0x2345
                                       : vas[i] >= KBLK1 ? KRAM + 0x2000000 + (vas[i] - KBLK1)
                                                         : KPA(vas[i]);
        assert_int_equal(pa, want);
        assert_int_equal(par & PAR_MASK, PAR_OK(0xff, want, 3));
    }
    /* AT S1E0R as copyio's user check, and AT S1E1W on read-only memory */
    uint32_t v[2] = { I_AT_S1E0R, I_MRS_X3_PAR };
    kcode(t, KCODE, v, 2);
    t->cpu->r[0] = UDATA2 + 0x10;
    tenv_set_el(t, 1, 1);
    assert_int_equal(tenv_run(t, KCODE, 2), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->r[3] & PAR_MASK, PAR_OK(0xff, T_DATA + 0x4000, 3));
    uint32_t v2[2] = { I_AT_S1E1W, I_MRS_X3_PAR };
    kcode(t, KCODE, v2, 2);
    t->cpu->r[0] = UCODE + 0x10;
    tenv_set_el(t, 1, 1);
    assert_int_equal(tenv_run(t, KCODE, 2), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->r[3] & PAR_FMASK, PAR_FAULT(FSC_PERM(3), 0, 0));
}

/* The 8-entry user root sits at a 64-byte (not 128-byte) aligned address;
 * a different table at the 128-byte boundary below must not be used. */
static void test_user_root_64_bytes(void **state)
{
    Xnu x;
    TestEnv *t = xnu(state, &x);
    Pt decoy = x.u;
    pt_set_root(&decoy, UROOT - 0x40);
    static const uint32_t w[1] = { I_LDR_X1_X0 };
    mt_code(t, T_CODE, w, 1);
    tenv_set_el(t, 0, 0);
    t->cpu->r[0] = UDATA2 + 0x30;
    assert_int_equal(tenv_run(t, UCODE, 1), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->r[1], mt_pat64(T_DATA + 0x4030));
}

/* TBI0=1: a tagged user pointer translates at EL0 and EL1, and AT and
 * faults see the tag (FAR keeps it); TBI1=0: a kernel pointer with
 * another top byte is outside both ranges. */
static void test_tbi(void **state)
{
    Xnu x;
    TestEnv *t = xnu(state, &x);
    uint64_t tag = UINT64_C(0xab00000000000000);
    static const uint32_t w[1] = { I_LDR_X1_X0 };
    mt_code(t, T_CODE, w, 1);
    tenv_set_el(t, 0, 0);
    t->cpu->r[0] = tag | (UDATA2 + 0x40);
    assert_int_equal(tenv_run(t, UCODE, 1), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->r[1], mt_pat64(T_DATA + 0x4040));
    kcode(t, KCODE, w, 1);
    tenv_set_el(t, 1, 1);
    t->cpu->r[0] = tag | (UDATA2 + 0x48);
    assert_int_equal(tenv_run(t, KCODE, 1), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->r[1], mt_pat64(T_DATA + 0x4048));
    uint32_t at[2] = { I_AT_S1E1R, I_MRS_X3_PAR };
    kcode(t, KCODE, at, 2);
    tenv_set_el(t, 1, 1);
    assert_int_equal(tenv_run(t, KCODE, 2), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->r[3] & PAR_MASK, PAR_OK(0xff, T_DATA + 0x4000, 3));
    /* a tagged pointer to an unmapped user page: FAR has the tag */
    kcode(t, KCODE, w, 1);
    tenv_set_el(t, 1, 1);
    t->cpu->r[0] = tag | UINT64_C(0x200000010);
    assert_int_equal(tenv_run(t, KCODE, 1), HALT_DEBUG);
    expect_el1_abort(t, ESR_DABT_SAME(FSC_TRANS(2)), tag | UINT64_C(0x200000010), KCODE);
    /* TBI1 off */
    tenv_set_el(t, 1, 1);
    t->cpu->r[0] = (KBLK0 + 0x10) & ~tag;
    assert_int_equal(tenv_run(t, KCODE, 1), HALT_DEBUG);
    expect_el1_abort(t, ESR_DABT_SAME(FSC_TRANS(0)), (KBLK0 + 0x10) & ~tag, KCODE);
}

/* XNU's software AF and dirty bit: EL0 loads a page with AF=0 (Access
 * flag fault, level 3), the EL1 handler sets AF; EL0 stores to the
 * read-only page (Permission fault, WnR), the handler makes it writable
 * and invalidates; both instructions are retried and complete. */
static void test_af_and_dirty_by_handler(void **state)
{
    Xnu x;
    TestEnv *t = xnu(state, &x);
    CpuState *cpu = t->cpu;
    static const uint32_t handler[10] = {
        0xd5385210,     /* mrs x16, esr_el1 */
        0xf8008630,     /* str x16, [x17], #8 */
        0xf84085cc,     /* ldr x12, [x14], #8 */
        0xf900016c,     /* str x12, [x11] */
        I_DSB_ISH,
        0xd508836d,     /* tlbi vaae1is, x13 */
        I_DSB_ISH,
        I_ISB,
        0x910005ef,     /* add x15, x15, #1 */
        0xd69f03e0,     /* eret */
    };
    kcode(t, KVEC + 0x400, handler, 10);
    static const uint32_t user[4] = { I_LDR_X1_X0, I_STR_X2_X0, I_ADD_X7_1, 0x14000000 /* b . */ };
    mt_code(t, T_CODE, user, 4);
    uint64_t old = mt_rd64(t, x.pte);
    mt_wr64(t, KPA(KDATA), old | PT_AF);
    mt_wr64(t, KPA(KDATA) + 8, (old | PT_AF) & ~PT_AP_RO_EL1);   /* AP 11 -> 01 */
    cpu->r[11] = KTAB + (x.pte & 0x3fff);
    cpu->r[13] = UDATA >> 12;
    cpu->r[14] = KDATA;
    cpu->r[17] = KDATA + 0x100;
    cpu->r[15] = 0;
    cpu->r[7] = 0;
    cpu->r[0] = UDATA + 0x58;
    cpu->r[2] = UINT64_C(0x5a5a5a5a);
    cpu->halt_on_exception = false;
    tenv_set_el(t, 0, 0);
    /* ends in `b .` with interrupts masked: reported as stuck there */
    assert_int_equal(tenv_run(t, UCODE, 60), HALT_STUCK);
    assert_int_equal(cpu->pc, UCODE + 12);
    assert_int_equal(cpu->stuck_pc, UCODE + 12);
    assert_int_equal(cpu->ps.el, 0);
    assert_int_equal(cpu->r[15], 2);
    assert_int_equal(cpu->r[7], 1);
    assert_int_equal(cpu->r[1], mt_pat64(T_DATA + 0x58));
    assert_int_equal(mt_rd64(t, T_DATA + 0x58), UINT64_C(0x5a5a5a5a));
    assert_int_equal(mt_rd64(t, KPA(KDATA) + 0x100), ESR_DABT_LOWER(FSC_AF(3)));
    assert_int_equal(mt_rd64(t, KPA(KDATA) + 0x108), ESR_DABT_LOWER(ISS_WNR | FSC_PERM(3)));
    assert_int_equal(cpu->sr[SR_FAR_EL1], UDATA + 0x58);
}

/* The exception-vector trick of __ARM_KERNEL_PROTECT__: TCR_EL1 switches
 * T1SZ between 25 and 26 with no ISB; the next load indexes the TTBR1 root
 * with bits 37:36 (26) or 38:36 (25). */
static void test_t1sz_switch_without_isb(void **state)
{
    Xnu x;
    TestEnv *t = xnu(state, &x);
    const uint64_t alias = UINT64_C(0xffffffc000000000);   /* index 0 (26), 4 (25) */
    /* kernel text is at root index 7 (25) and 3 (26): share the level-2
     * table; the alias gets different tables at index 0 (26) and 4 (25) */
    mt_wr64(t, x.k.root + 3 * 8, mt_rd64(t, x.k.root + 7 * 8));
    pt_map(&x.k, alias, T_DATA + 0x8000, 3, KERN | PT_PXN);         /* under entry 4 */
    mt_wr64(t, x.k.root + 0 * 8, mt_rd64(t, x.k.root + 4 * 8));
    mt_wr64(t, x.k.root + 4 * 8, 0);
    pt_map(&x.k, alias, T_DATA + 0xc000, 3, KERN | PT_PXN);         /* new tables */
    uint32_t w[5] = { 0xd5182044 /* msr tcr_el1, x4 */, I_LDR_X1_X0,
                      0xd5182045 /* msr tcr_el1, x5 */, 0xf9400007 /* ldr x7, [x0] */, I_NOP };
    kcode(t, KCODE, w, 5);
    tenv_set_el(t, 1, 1);
    t->cpu->r[4] = (XNU_TCR & ~(UINT64_C(0x3f) << 16)) | UINT64_C(26) << 16;
    t->cpu->r[5] = XNU_TCR;
    t->cpu->r[0] = alias + 0x18;
    assert_int_equal(tenv_run(t, KCODE, 5), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->r[1], mt_pat64(T_DATA + 0x8018));
    assert_int_equal(t->cpu->r[7], mt_pat64(T_DATA + 0xc018));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_kernel_blocks),
        cmocka_unit_test(test_kvtophys),
        cmocka_unit_test(test_user_root_64_bytes),
        cmocka_unit_test(test_tbi),
        cmocka_unit_test(test_af_and_dirty_by_handler),
        cmocka_unit_test(test_t1sz_switch_without_isb),
    };
    return cmocka_run_group_tests_name("mmu_xnu_config", tests, xnu_group_setup, tenv_teardown);
}
