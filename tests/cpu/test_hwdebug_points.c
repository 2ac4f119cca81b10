/*
 * test_hwdebug_points.c — the guest's breakpoints and watchpoints (Arm ARM
 * D2.8, D2.9): matching by address, BAS, MASK, load/store, privilege and
 * context ID; enabling by MDSCR_EL1.{MDE,KDE}, PSTATE.D, the OS lock and
 * the OS double lock; routing to EL1, or EL2 with MDCR_EL2.TDE; syndromes,
 * ELR and FAR; the access not performed; nothing armed when MDE = 0; the
 * GDB stub's breakpoint winning over the guest's; ID_AA64DFR0_EL1 counts
 * against the registers that exist.
 */
#include "hwdebug_util.h"
#include "xnuemu/gdbstub.h"

#define MDE_KDE (MDSCR_MDE | MDSCR_KDE)

static const uint32_t nops[4] = { NOP, NOP, NOP, NOP };

/* Breakpoint 0 at T_CODE+8 for EL1 (PMC=0b01), BAS=0b1111. */
static TestEnv *bp_setup(void **state, uint64_t mdscr, unsigned pmc)
{
    TestEnv *t = dbg_env(state, mdscr);
    put(t, T_CODE, nops, 4);
    poke(t, "DBGBVR0_EL1", T_CODE + 8);
    poke(t, "DBGBCR0_EL1", bcr(pmc, 0xf, 0, 0));
    return t;
}

static void expect_no_break(TestEnv *t)
{
    assert_int_equal(tenv_run(t, T_CODE, 4), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->pc, T_CODE + 16);
}

static void test_bp_el1_kde(void **state)
{
    TestEnv *t = bp_setup(state, MDE_KDE, 1);
    CpuState *cpu = t->cpu;
    cpu->ps.daif = 0;
    assert_int_equal(tenv_run(t, T_CODE, 4), HALT_DEBUG);
    assert_int_equal(cpu->pc, T_VBAR + 0x200);
    assert_int_equal(cpu->sr[SR_ESR_EL1], ESR(0x31, 0x22));
    assert_int_equal(cpu->sr[SR_ELR_EL1], T_CODE + 8);
    assert_int_equal(cpu->ps.daif, 0xf);
}

static void test_bp_el1_masked_by_d(void **state)
{
    TestEnv *t = bp_setup(state, MDE_KDE, 1);
    t->cpu->ps.daif = DAIF_D;
    expect_no_break(t);
}

static void test_bp_el1_needs_kde(void **state)
{
    TestEnv *t = bp_setup(state, MDSCR_MDE, 1);
    t->cpu->ps.daif = 0;
    expect_no_break(t);
}

static void test_bp_needs_mde(void **state)
{
    TestEnv *t = bp_setup(state, MDSCR_KDE, 1);
    t->cpu->ps.daif = 0;
    assert_int_equal(t->cpu->hwdbg.bp_mask, 0);   /* nothing armed: the fast loop runs */
    expect_no_break(t);
}

static void test_bp_os_lock(void **state)
{
    TestEnv *t = bp_setup(state, MDE_KDE, 1);
    t->cpu->ps.daif = 0;
    poke(t, "OSLAR_EL1", 1);
    assert_int_equal(t->cpu->sr[SR_OSLSR_EL1] & 2, 2);
    assert_int_equal(t->cpu->hwdbg.bp_mask, 0);
    expect_no_break(t);
}

static void test_bp_os_double_lock(void **state)
{
    TestEnv *t = bp_setup(state, MDE_KDE, 1);
    t->cpu->ps.daif = 0;
    poke(t, "OSDLR_EL1", 1);
    expect_no_break(t);
    poke(t, "DBGPRCR_EL1", 1);   /* CORENPDRQ: the double lock does not apply */
    assert_int_equal(tenv_run(t, T_CODE, 4), HALT_DEBUG);
    assert_int_equal(t->cpu->sr[SR_ELR_EL1], T_CODE + 8);
}

static void test_bp_bas_zero(void **state)
{
    TestEnv *t = bp_setup(state, MDE_KDE, 1);
    t->cpu->ps.daif = 0;
    poke(t, "DBGBCR0_EL1", bcr(1, 0, 0, 0));
    expect_no_break(t);
}

/* EL0 code, breakpoint for EL0 (PMC=0b10): taken to EL1, EC 0x30, even
 * with KDE=0 and PSTATE.D=1 (a higher target EL). */
static void test_bp_el0_to_el1(void **state)
{
    TestEnv *t = bp_setup(state, MDSCR_MDE, 2);
    CpuState *cpu = t->cpu;
    tenv_set_el(t, 0, 0);
    cpu->ps.daif = DAIF_D;
    assert_int_equal(tenv_run(t, T_CODE, 4), HALT_DEBUG);
    assert_int_equal(cpu->ps.el, 1);
    assert_int_equal(cpu->pc, T_VBAR + 0x400);
    assert_int_equal(cpu->sr[SR_ESR_EL1], ESR(0x30, 0x22));
    assert_int_equal(cpu->sr[SR_ELR_EL1], T_CODE + 8);
}

static void test_bp_privilege_mismatch(void **state)
{
    TestEnv *t = bp_setup(state, MDE_KDE, 1);    /* EL1 only */
    tenv_set_el(t, 0, 0);
    expect_no_break(t);
    t = bp_setup(state, MDE_KDE, 2);             /* EL0 only */
    t->cpu->ps.daif = 0;
    expect_no_break(t);
}

/* MDCR_EL2.TDE: from EL1 the target is EL2, a higher EL, so KDE and
 * PSTATE.D do not matter; EC 0x30 in ESR_EL2. */
static void test_bp_tde_routes_to_el2(void **state)
{
    TestEnv *t = bp_setup(state, MDSCR_MDE, 1);
    CpuState *cpu = t->cpu;
    cpu->sr[SR_MDCR_EL2] = MDCR_TDE;
    assert_int_equal(tenv_run(t, T_CODE, 4), HALT_DEBUG);
    assert_int_equal(cpu->ps.el, 2);
    assert_int_equal(cpu->pc, tenv_sync_vector(1, 1, 2));
    assert_int_equal(cpu->sr[SR_ESR_EL2], ESR(0x30, 0x22));
    assert_int_equal(cpu->sr[SR_ELR_EL2], T_CODE + 8);
}

/* At EL2 with TDE the target is EL2 itself: needs KDE and D=0. */
static void test_bp_never_to_lower_el(void **state)
{
    TestEnv *t = bp_setup(state, MDSCR_MDE, 1);
    tenv_set_el(t, 2, 1);
    poke(t, "DBGBCR0_EL1", bcr(3, 0xf, 0, 0) | 1u << 13);   /* HMC: EL2 too */
    expect_no_break(t);     /* target EL1 < EL2: never */
}

/* Breakpoint 1 is the context-aware one: Context ID match (BT=0b0010)
 * fires on the first instruction; breakpoint 0 cannot do it. */
static void test_bp_context_id(void **state)
{
    TestEnv *t = dbg_env(state, MDE_KDE);
    CpuState *cpu = t->cpu;
    put(t, T_CODE, nops, 4);
    cpu->ps.daif = 0;
    cpu->sr[SR_CONTEXTIDR_EL1] = 0x1234;
    poke(t, "DBGBVR0_EL1", 0x1234);
    poke(t, "DBGBCR0_EL1", bcr(1, 0xf, 2, 0));
    expect_no_break(t);     /* not context-aware: reserved type, disabled */
    poke(t, "DBGBCR0_EL1", 0);
    poke(t, "DBGBVR1_EL1", 0x1234);
    poke(t, "DBGBCR1_EL1", bcr(1, 0xf, 2, 0));
    assert_int_equal(tenv_run(t, T_CODE, 4), HALT_DEBUG);
    assert_int_equal(cpu->sr[SR_ELR_EL1], T_CODE);
}

/* Linked address match (BT=0b0001, LBN=1) with a linked Context ID
 * breakpoint 1 (BT=0b0011): fires only when the context matches. */
static void test_bp_linked(void **state)
{
    TestEnv *t = bp_setup(state, MDE_KDE, 1);
    CpuState *cpu = t->cpu;
    cpu->ps.daif = 0;
    poke(t, "DBGBCR0_EL1", bcr(1, 0xf, 1, 1));
    poke(t, "DBGBVR1_EL1", 0x77);
    poke(t, "DBGBCR1_EL1", bcr(1, 0xf, 3, 0));
    cpu->sr[SR_CONTEXTIDR_EL1] = 0x76;
    expect_no_break(t);
    cpu->sr[SR_CONTEXTIDR_EL1] = 0x77;
    assert_int_equal(tenv_run(t, T_CODE, 4), HALT_DEBUG);
    assert_int_equal(cpu->sr[SR_ELR_EL1], T_CODE + 8);
}

/* The debugger's breakpoint at the same instruction stops the emulator
 * first; resumed, the guest's breakpoint exception follows. */
static void test_bp_gdb_first(void **state)
{
    TestEnv *t = bp_setup(state, MDE_KDE, 1);
    CpuState *cpu = t->cpu;
    cpu->ps.daif = 0;
    dbg_attach(cpu);
    assert_int_equal(dbg_insert(cpu, DBG_BP_HW, T_CODE + 8, 4), DBG_OK);
    assert_int_equal(tenv_run(t, T_CODE, 4), HALT_DEBUG);
    assert_int_equal(cpu->pc, T_CODE + 8);
    assert_int_equal(dbg_take_stop(cpu).kind, DBG_STOP_HWBREAK);
    dbg_resume(cpu, false);
    cpu->max_insns = cpu->icount + 4;
    assert_int_equal(cpu_run(cpu), HALT_DEBUG);
    assert_int_equal(cpu->pc, T_VBAR + 0x200);
    assert_int_equal(cpu->sr[SR_ESR_EL1], ESR(0x31, 0x22));
    dbg_detach(cpu);
}

/* --- watchpoints --- */

/* Watchpoint 0 on the doubleword at T_DATA+0x10 with the given BAS/LSC. */
static TestEnv *wp_setup(void **state, unsigned pac, unsigned lsc, unsigned bas, uint32_t insn)
{
    TestEnv *t = dbg_env(state, MDE_KDE);
    put(t, T_CODE, &insn, 1);
    t->cpu->ps.daif = 0;
    poke(t, "DBGWVR0_EL1", T_DATA + 0x10);
    poke(t, "DBGWCR0_EL1", wcr(pac, lsc, bas, 0));
    t->cpu->r[1] = 0x1122334455667788u;
    return t;
}

static uint32_t rd32(TestEnv *t, uint64_t pa)
{
    uint64_t v = 0;
    assert_true(bus_read(t->cpu->bus, pa, 4, &v));
    return (uint32_t)v;
}

static void test_wp_store_bas_hit(void **state)
{
    TestEnv *t = wp_setup(state, 3, 2, 0x10, STR_W1_X0);   /* byte 4 */
    CpuState *cpu = t->cpu;
    uint32_t before = rd32(t, T_DATA + 0x14);
    cpu->r[0] = T_DATA + 0x14;
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_DEBUG);
    assert_int_equal(cpu->pc, T_VBAR + 0x200);
    assert_int_equal(cpu->sr[SR_ESR_EL1], ESR(0x35, 0x40 | 0x22));   /* WnR */
    assert_int_equal(cpu->sr[SR_FAR_EL1], T_DATA + 0x14);
    assert_int_equal(cpu->sr[SR_ELR_EL1], T_CODE);
    assert_int_equal(rd32(t, T_DATA + 0x14), before);   /* not performed */
}

static void test_wp_store_bas_miss(void **state)
{
    TestEnv *t = wp_setup(state, 3, 2, 0x10, STR_W1_X0);
    CpuState *cpu = t->cpu;
    cpu->r[0] = T_DATA + 0x10;      /* bytes 0-3 */
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_MAX_INSNS);
    assert_int_equal(rd32(t, T_DATA + 0x10), 0x55667788u);
}

/* An 8-byte access overlapping one watched byte. */
static void test_wp_bas_partial_overlap(void **state)
{
    TestEnv *t = wp_setup(state, 3, 3, 0x80, LDR_X1_X0);   /* byte 7 */
    CpuState *cpu = t->cpu;
    cpu->r[0] = T_DATA + 0x10;
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_DEBUG);
    assert_int_equal(cpu->sr[SR_ESR_EL1], ESR(0x35, 0x22));
    assert_int_equal(cpu->r[1], 0x1122334455667788u);   /* not loaded */
}

static void test_wp_lsc_load_only(void **state)
{
    TestEnv *t = wp_setup(state, 3, 1, 0xff, STR_X1_X0);
    CpuState *cpu = t->cpu;
    cpu->r[0] = T_DATA + 0x10;
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_MAX_INSNS);   /* a store: no */
    t = wp_setup(state, 3, 1, 0xff, LDR_X1_X0);
    cpu->r[0] = T_DATA + 0x10;
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_DEBUG);
    assert_int_equal(cpu->sr[SR_ESR_EL1], ESR(0x35, 0x22));    /* WnR=0 */
    assert_int_equal(cpu->sr[SR_FAR_EL1], T_DATA + 0x10);
}

/* MASK=8: the 256-byte block holding DBGWVR (BAS all ones). */
static void test_wp_mask_range(void **state)
{
    TestEnv *t = wp_setup(state, 3, 3, 0xff, LDR_X1_X0);
    CpuState *cpu = t->cpu;
    poke(t, "DBGWVR0_EL1", T_DATA + 0x100);
    poke(t, "DBGWCR0_EL1", wcr(3, 3, 0xff, 8));
    cpu->r[0] = T_DATA + 0x1f8;
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_DEBUG);
    assert_int_equal(cpu->sr[SR_FAR_EL1], T_DATA + 0x1f8);
    tenv_set_el(t, 1, 1);
    cpu->ps.daif = 0;
    cpu->r[0] = T_DATA + 0x200;
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_MAX_INSNS);
    cpu->r[0] = T_DATA + 0xf8;
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_MAX_INSNS);
    poke(t, "DBGWCR0_EL1", wcr(3, 3, 0xff, 1));      /* reserved MASK: never */
    cpu->r[0] = T_DATA + 0x100;
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_MAX_INSNS);
}

/* EL0 access, watchpoint for EL0 (PAC=0b10): EC 0x34 at EL1. */
static void test_wp_el0_to_el1(void **state)
{
    TestEnv *t = wp_setup(state, 2, 3, 0xff, LDR_X1_X0);
    CpuState *cpu = t->cpu;
    tenv_set_el(t, 0, 0);
    cpu->r[0] = T_DATA + 0x10;
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_DEBUG);
    assert_int_equal(cpu->ps.el, 1);
    assert_int_equal(cpu->pc, T_VBAR + 0x400);
    assert_int_equal(cpu->sr[SR_ESR_EL1], ESR(0x34, 0x22));
}

/* LDTR at EL1 is an unprivileged access: matched as EL0 (PAC bit 1). */
static void test_wp_ldtr_unprivileged(void **state)
{
    TestEnv *t = wp_setup(state, 2, 3, 0xff, LDR_X1_X0);
    CpuState *cpu = t->cpu;
    cpu->r[0] = T_DATA + 0x10;
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_MAX_INSNS);   /* EL1 access: no */
    uint32_t w = LDTR_X1_X0;
    put(t, T_CODE, &w, 1);
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_DEBUG);
    assert_int_equal(cpu->sr[SR_ESR_EL1], ESR(0x35, 0x22));
}

/* MDE=0: nothing is armed, pages stay on the TLB fast path. */
static void test_wp_needs_mde(void **state)
{
    TestEnv *t = wp_setup(state, 3, 3, 0xff, LDR_X1_X0);
    CpuState *cpu = t->cpu;
    poke(t, "MDSCR_EL1", MDSCR_KDE);
    assert_int_equal(cpu->hwdbg.wp_mask, 0);
    cpu->r[0] = T_DATA + 0x10;
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_MAX_INSNS);
    const TlbEntry *e = &cpu->tlb->d[tlb_index(T_DATA)];
    assert_int_equal(e->tag_r, T_DATA);     /* no TLBF_WATCH */
}

static void test_wp_masked_by_d(void **state)
{
    TestEnv *t = wp_setup(state, 3, 3, 0xff, LDR_X1_X0);
    t->cpu->ps.daif = DAIF_D;
    t->cpu->r[0] = T_DATA + 0x10;
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_MAX_INSNS);
}

/* --- the registers that exist --- */

static void test_id_counts_match_rows(void **state)
{
    TestEnv *t = *state;
    tenv_reset(t);
    CpuState *cpu = t->cpu;
    uint64_t dfr0 = cpu->sr[SR_ID_AA64DFR0_EL1];
    unsigned brps = (unsigned)((dfr0 >> 12) & 15) + 1, wrps = (unsigned)((dfr0 >> 20) & 15) + 1;
    unsigned ctx = (unsigned)((dfr0 >> 28) & 15) + 1;
    assert_int_equal(brps, hwdbg_num_bps(cpu));
    assert_int_equal(wrps, hwdbg_num_wps(cpu));
    assert_true(ctx >= 1 && ctx <= brps);
    for (unsigned n = 0; n < 16; n++) {
        for (unsigned op2 = 4; op2 <= 7; op2++) {
            const SysRegDesc *d = sysreg_find(&t->m->srt, sysreg_key(2, 0, 0, n, op2));
            bool want = n < (op2 <= 5 ? brps : wrps);
            assert_int_equal(d != NULL, want);
        }
    }
    /* MRS x1, DBGBVR<brps>_EL1 is UNDEFINED */
    uint32_t mrs = 0xd5300001u | (uint32_t)sysreg_key(2, 0, 0, brps, 4) << 5;
    put(t, T_CODE, &mrs, 1);
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_DEBUG);
    assert_int_equal(cpu->sr[SR_ESR_EL1] >> 26, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bp_el1_kde),
        cmocka_unit_test(test_bp_el1_masked_by_d),
        cmocka_unit_test(test_bp_el1_needs_kde),
        cmocka_unit_test(test_bp_needs_mde),
        cmocka_unit_test(test_bp_os_lock),
        cmocka_unit_test(test_bp_os_double_lock),
        cmocka_unit_test(test_bp_bas_zero),
        cmocka_unit_test(test_bp_el0_to_el1),
        cmocka_unit_test(test_bp_privilege_mismatch),
        cmocka_unit_test(test_bp_tde_routes_to_el2),
        cmocka_unit_test(test_bp_never_to_lower_el),
        cmocka_unit_test(test_bp_context_id),
        cmocka_unit_test(test_bp_linked),
        cmocka_unit_test(test_bp_gdb_first),
        cmocka_unit_test(test_wp_store_bas_hit),
        cmocka_unit_test(test_wp_store_bas_miss),
        cmocka_unit_test(test_wp_bas_partial_overlap),
        cmocka_unit_test(test_wp_lsc_load_only),
        cmocka_unit_test(test_wp_mask_range),
        cmocka_unit_test(test_wp_el0_to_el1),
        cmocka_unit_test(test_wp_ldtr_unprivileged),
        cmocka_unit_test(test_wp_needs_mde),
        cmocka_unit_test(test_wp_masked_by_d),
        cmocka_unit_test(test_id_counts_match_rows),
    };
    return cmocka_run_group_tests_name("hwdebug_points", tests, tenv_setup, tenv_teardown);
}
