/*
 * test_gdb_break.c — the debug engine under the GDB stub (gdb_break.c and
 * its hooks in the run loop, the decode cache and the memory slow path),
 * driven directly: breakpoints stop before the instruction, are stepped
 * over on resume, survive every kind of decoded-code invalidation and
 * follow virtual addresses, not physical ones (and need no translation
 * when they are set); hardware breakpoints and
 * watchpoints are limited to ID_AA64DFR0's counts; watchpoints are exact
 * for every access kind (stopping before the access, reporting the first
 * watched byte) including warm TLB entries; single step runs one
 * instruction, follows exceptions into their vector and takes no
 * interrupt.
 */
#include "pt.h"
#include "tenv.h"
#include "xnuemu/gdbstub.h"
#include "xnuemu/mem.h"

#define I_MOVZ_X0_1   0xd2800020u  /* movz x0, #1 */
#define I_MOVZ_X1_2   0xd2800041u  /* movz x1, #2 */
#define I_ADD_X2      0x8b010002u  /* add x2, x0, x1 */
#define I_STR_W5_X6   0xb90000c5u  /* str w5, [x6] */
#define I_STR_X1_X3   0xf9000061u  /* str x1, [x3] */
#define I_LDR_X1_X7   0xf94000e1u  /* ldr x1, [x7] */
#define I_LDR_X1_X3   0xf9400061u  /* ldr x1, [x3] */
#define I_LDP_X1_X3   0xa9400861u  /* ldp x1, x2, [x3] */
#define I_LDADD       0xf8210062u  /* ldadd x1, x2, [x3] */
#define I_DC_ZVA_X3   0xd50b7423u  /* dc zva, x3 */
#define I_SVC_42      0xd4000841u  /* svc #0x42 */
#define I_NOP         0xd503201fu
#define I_B_SELF      0x14000000u  /* b . */
#define I_B_M8        0x17fffffeu  /* b .-8 */
#define I_B_M12       0x17fffffdu  /* b .-12 */

static int setup(void **state)
{
    TestEnv *t = tenv_new();
    t->cpu->halt_on_exception = false;
    dbg_attach(t->cpu);
    *state = t;
    return 0;
}

static int teardown(void **state)
{
    TestEnv *t = *state;
    dbg_detach(t->cpu);
    tenv_free(t);
    return 0;
}

/* Resume from where the CPU is, for at most n instructions. */
static HaltReason cont(TestEnv *t, bool step, uint64_t n)
{
    if (t->cpu->halt_reason == HALT_MAX_INSNS || t->cpu->halt_reason == HALT_STUCK)
        t->cpu->halt_reason = HALT_NONE;
    dbg_resume(t->cpu, step);
    t->cpu->max_insns = t->cpu->icount + n;
    return cpu_run(t->cpu);
}

static HaltReason start(TestEnv *t, uint64_t pc, uint64_t n)
{
    t->cpu->pc = pc;
    return cont(t, false, n);
}

static DbgStop stopped(TestEnv *t, HaltReason why)
{
    assert_int_equal(why, HALT_DEBUG);
    return dbg_take_stop(t->cpu);
}

static void test_breakpoint_stops_and_steps_over(void **state)
{
    TestEnv *t = *state;
    CpuState *cpu = t->cpu;
    static const uint32_t code[] = { I_MOVZ_X0_1, I_STR_W5_X6, I_ADD_X2, I_B_M12 };
    tenv_put_code(t, T_CODE, code, 4);
    cpu->r[5] = I_NOP;
    cpu->r[6] = T_DATA;
    cpu->r[1] = 2;
    assert_int_equal(dbg_insert(cpu, DBG_BP_SW, T_CODE + 8, 4), DBG_OK);
    uint64_t ic = cpu->icount;
    DbgStop st = stopped(t, start(t, T_CODE, 100));
    assert_int_equal(st.kind, DBG_STOP_SWBREAK);
    assert_int_equal(cpu->pc, T_CODE + 8);
    assert_int_equal(cpu->icount, ic + 2);     /* not the breakpointed instruction */
    cpu->r[2] = 0;
    st = stopped(t, cont(t, false, 100));       /* add, b, movz, str, then the breakpoint */
    assert_int_equal(st.kind, DBG_STOP_SWBREAK);
    assert_int_equal(cpu->icount, ic + 6);
    assert_int_equal(cpu->r[2], 3);
    /* removed: the instruction runs as before */
    assert_int_equal(dbg_remove(cpu, DBG_BP_SW, T_CODE + 8, 4), DBG_OK);
    assert_int_equal(dbg_remove(cpu, DBG_BP_SW, T_CODE + 8, 4), DBG_ERR_ARG);
    assert_int_equal(cont(t, false, 40), HALT_MAX_INSNS);
    assert_int_equal(cpu->icount, ic + 46);
}

/* The guest rewrites the 128-byte line holding the breakpoint on every
 * iteration (and IC IALLU and a decode-cache drop happen in between):
 * each time the slot decodes again, the breakpoint comes back. */
static void test_breakpoint_survives_invalidation(void **state)
{
    TestEnv *t = *state;
    CpuState *cpu = t->cpu;
    static const uint32_t code[] = { I_MOVZ_X0_1, I_STR_W5_X6, I_ADD_X2, I_B_M12, I_NOP };
    tenv_put_code(t, T_CODE, code, 5);
    cpu->r[5] = I_NOP;
    cpu->r[6] = T_CODE + 0x10;                  /* same line as the breakpoint */
    assert_int_equal(dbg_insert(cpu, DBG_BP_HW, T_CODE + 8, 4), DBG_OK);
    assert_int_equal(stopped(t, start(t, T_CODE, 100)).kind, DBG_STOP_HWBREAK);
    for (int i = 0; i < 3; i++) {
        uint64_t ic = cpu->icount;
        if (i == 1)
            dcache_invalidate_all(&t->m->dcache);   /* IC IALLU */
        if (i == 2)
            t->m->dcache.want_drop = true;          /* pool full: drop every page */
        DbgStop st = stopped(t, cont(t, false, 100));
        assert_int_equal(st.kind, DBG_STOP_HWBREAK);
        assert_int_equal(cpu->pc, T_CODE + 8);
        assert_int_equal(cpu->icount, ic + 4);
    }
    /* a debugger write to the breakpointed word: the new instruction runs */
    static const uint32_t addx2 = 0x91000442u;     /* add x2, x2, #1 */
    tenv_put_code(t, T_CODE + 8, &addx2, 1);
    cpu->r[2] = 10;
    assert_int_equal(stopped(t, cont(t, false, 100)).kind, DBG_STOP_HWBREAK);
    assert_int_equal(cpu->r[2], 11);
}

/* Breakpoints are virtual: the same physical instruction reached through
 * another mapping does not stop. */
static void test_breakpoint_is_virtual(void **state)
{
    TestEnv *t = *state;
    CpuState *cpu = t->cpu;
    static const uint32_t code[] = { I_MOVZ_X0_1, I_MOVZ_X1_2, I_ADD_X2, I_B_SELF };
    tenv_put_code(t, T_CODE, code, 4);
    Pt pt;
    pt_init(&pt, &t->m->bus, PT_4K, 39, PT_POOL, PT_POOL_END);
    pt_map_pages(&pt, 0x10000000, T_CODE, 0x1000, PT_NORMAL);
    pt_map_pages(&pt, 0x20000000, T_CODE, 0x1000, PT_NORMAL);
    /* set while the address means nothing yet (a kernel's VA before its
     * MMU is on): armed when the instruction is first fetched through it */
    assert_int_equal(dbg_insert(cpu, DBG_BP_SW, 0x10000008, 4), DBG_OK);
    mt_el1_on(t, &pt, NULL, 2);
    cpu->r[2] = 0;
    assert_int_equal(start(t, 0x20000000, 10), HALT_STUCK);  /* b . with IRQ and FIQ masked */
    assert_int_equal(cpu->r[2], 3);
    assert_int_equal(cpu->pc, 0x2000000c);
    cpu->r[2] = 0;
    DbgStop st = stopped(t, start(t, 0x10000000, 10));
    assert_int_equal(st.kind, DBG_STOP_SWBREAK);
    assert_int_equal(cpu->pc, 0x10000008);
    assert_int_equal(cpu->r[2], 0);
    /* inserted while the page is in the ITLB of the current regime */
    assert_int_equal(dbg_insert(cpu, DBG_BP_SW, 0x20000004, 4), DBG_OK);
    st = stopped(t, start(t, 0x20000000, 10));
    assert_int_equal(cpu->pc, 0x20000004);
}

static void test_breakpoint_limits(void **state)
{
    TestEnv *t = *state;
    CpuState *cpu = t->cpu;
    assert_int_equal(dbg_hw_bp_max(cpu), 2);
    assert_int_equal(dbg_wp_max(cpu), 2);
    assert_int_equal(dbg_insert(cpu, DBG_BP_HW, T_CODE, 4), DBG_OK);
    assert_int_equal(dbg_insert(cpu, DBG_BP_HW, T_CODE, 4), DBG_OK);       /* again: same one */
    assert_int_equal(dbg_insert(cpu, DBG_BP_HW, T_CODE + 4, 4), DBG_OK);
    assert_int_equal(dbg_insert(cpu, DBG_BP_HW, T_CODE + 8, 4), DBG_ERR_FULL);
    for (unsigned i = 0; i < 64; i++)
        assert_int_equal(dbg_insert(cpu, DBG_BP_SW, T_CODE + 0x100 + 4 * i, 4), DBG_OK);
    assert_int_equal(dbg_insert(cpu, DBG_BP_SW, T_CODE + 2, 4), DBG_ERR_ARG);   /* misaligned */
    assert_int_equal(dbg_insert(cpu, 7, T_CODE, 4), DBG_ERR_TYPE);
    assert_int_equal(dbg_insert(cpu, DBG_WP_WRITE, T_DATA, 8), DBG_OK);
    assert_int_equal(dbg_insert(cpu, DBG_WP_READ, T_DATA + 8, 8), DBG_OK);
    assert_int_equal(dbg_insert(cpu, DBG_WP_ACCESS, T_DATA + 16, 8), DBG_ERR_FULL);
    assert_int_equal(dbg_insert(cpu, DBG_WP_WRITE, T_DATA, 0), DBG_ERR_ARG);
    dbg_remove_all(cpu);
    assert_int_equal(dbg_insert(cpu, DBG_WP_ACCESS, T_DATA + 16, 8), DBG_OK);
}

/* Write watchpoint: the store stops before it writes, with the first
 * watched byte it touches; resuming completes it; the next time round it
 * stops again. The TLB was warm before the watchpoint was set. */
static void test_write_watchpoint(void **state)
{
    TestEnv *t = *state;
    CpuState *cpu = t->cpu;
    static const uint32_t code[] = { I_STR_X1_X3, I_LDR_X1_X7, I_B_M8 };
    tenv_put_code(t, T_CODE, code, 3);
    cpu->r[1] = 0x1111111111111111;
    cpu->r[3] = T_DATA + 0x100;
    cpu->r[7] = T_DATA + 0x200;
    assert_int_equal(start(t, T_CODE, 9), HALT_MAX_INSNS);     /* TLB warm, fast path */
    uint64_t stored = mt_rd64(t, T_DATA + 0x100);
    mt_wr64(t, T_DATA + 0x100, 0);
    assert_int_equal(dbg_insert(cpu, DBG_WP_WRITE, T_DATA + 0x104, 2), DBG_OK);
    DbgStop st = stopped(t, start(t, T_CODE, 100));
    assert_int_equal(st.kind, DBG_STOP_WATCH);
    assert_int_equal(st.addr, T_DATA + 0x104);
    assert_int_equal(cpu->pc, T_CODE);
    assert_int_equal(mt_rd64(t, T_DATA + 0x100), 0);         /* not written yet */
    st = stopped(t, cont(t, false, 100));
    assert_int_equal(st.kind, DBG_STOP_WATCH);
    assert_int_equal(cpu->pc, T_CODE);
    assert_int_equal(mt_rd64(t, T_DATA + 0x100), stored);    /* the resumed store ran */
    /* a read watchpoint is not a write one */
    dbg_remove_all(cpu);
    assert_int_equal(dbg_insert(cpu, DBG_WP_READ, T_DATA + 0x100, 8), DBG_OK);
    assert_int_equal(cont(t, false, 20), HALT_MAX_INSNS);
    assert_int_equal(dbg_insert(cpu, DBG_WP_READ, T_DATA + 0x200, 1), DBG_OK);
    st = stopped(t, cont(t, false, 20));
    assert_int_equal(st.kind, DBG_STOP_RWATCH);
    assert_int_equal(st.addr, T_DATA + 0x200);
    assert_int_equal(cpu->pc, T_CODE + 4);
    /* removed: the page is fast again and nothing stops */
    dbg_remove_all(cpu);
    uint64_t slow = cpu->stats.slow_data;
    assert_int_equal(cont(t, false, 30), HALT_MAX_INSNS);
    assert_true(cpu->stats.slow_data - slow <= 2);
}

/* Every access kind: a pair, a page-crossing load, an atomic, DC ZVA, an
 * access watchpoint on a load; the debugger's own accesses never stop. */
static void test_watchpoint_access_kinds(void **state)
{
    TestEnv *t = *state;
    CpuState *cpu = t->cpu;
    static const uint32_t ldp[] = { I_LDP_X1_X3, I_B_SELF, I_LDP_X1_X3, I_B_SELF };
    tenv_put_code(t, T_CODE, ldp, 4);
    cpu->r[3] = T_DATA + 0x1f8;
    assert_int_equal(dbg_insert(cpu, DBG_WP_ACCESS, T_DATA + 0x200, 8), DBG_OK);
    DbgStop st = stopped(t, start(t, T_CODE, 10));
    assert_int_equal(st.kind, DBG_STOP_AWATCH);
    assert_int_equal(st.addr, T_DATA + 0x200);               /* the second register's word */
    cpu->r[3] = T_DATA + 0xff8;                              /* crosses into the next page */
    dbg_remove_all(cpu);
    assert_int_equal(dbg_insert(cpu, DBG_WP_READ, T_DATA + 0x1004, 1), DBG_OK);
    /* (another copy: resuming at the instruction a watchpoint stopped would
     * let it pass once) */
    st = stopped(t, start(t, T_CODE + 8, 10));
    assert_int_equal(st.addr, T_DATA + 0x1004);
    assert_int_equal(cpu->r[1], tenv_reg_pattern(1));        /* nothing loaded */

    static const uint32_t atomic[] = { I_LDADD, I_B_SELF };
    tenv_put_code(t, T_CODE, atomic, 2);
    dbg_remove_all(cpu);
    cpu->r[3] = T_DATA + 0x300;
    cpu->r[1] = 5;
    cpu->r[2] = 0;
    uint64_t before = mt_rd64(t, T_DATA + 0x300);
    assert_int_equal(dbg_insert(cpu, DBG_WP_WRITE, T_DATA + 0x300, 8), DBG_OK);
    st = stopped(t, start(t, T_CODE, 10));
    assert_int_equal(st.kind, DBG_STOP_WATCH);
    assert_int_equal(cpu->r[2], 0);
    assert_int_equal(mt_rd64(t, T_DATA + 0x300), before);
    assert_int_equal(cont(t, false, 5), HALT_STUCK);  /* resumed: it completes (b . masked: stuck) */
    assert_int_equal(cpu->r[2], before);
    assert_int_equal(mt_rd64(t, T_DATA + 0x300), before + 5);

    static const uint32_t zva[] = { I_DC_ZVA_X3, I_B_SELF };
    tenv_put_code(t, T_CODE, zva, 2);
    cpu->r[3] = T_DATA + 0x404;
    dbg_remove_all(cpu);
    assert_int_equal(dbg_insert(cpu, DBG_WP_WRITE, T_DATA + 0x420, 4), DBG_OK);
    st = stopped(t, start(t, T_CODE, 10));
    assert_int_equal(st.addr, T_DATA + 0x420);
    assert_int_equal(mt_rd64(t, T_DATA + 0x420), mt_pat64(T_DATA + 0x420));

    /* the debugger's accesses (MEM_NOFAULT) are not the guest's */
    uint64_t v;
    assert_true(mem_ld_flags(cpu, T_DATA + 0x420, 8, &v, MEM_NOFAULT));
    assert_int_equal(cpu->halt_reason, HALT_NONE);
}

static void test_step(void **state)
{
    TestEnv *t = *state;
    CpuState *cpu = t->cpu;
    static const uint32_t code[] = { I_MOVZ_X0_1, I_SVC_42, I_LDR_X1_X3, I_NOP };
    tenv_put_code(t, T_CODE, code, 4);
    static const uint32_t vec[] = { I_NOP, I_NOP };
    tenv_put_code(t, tenv_sync_vector(1, 1, 1), vec, 2);
    /* an unmasked interrupt is pending: stepping does not take it */
    cpu->ps.daif = 0;
    cpu_set_irq_line(cpu, CPU_IN_IRQ, true);
    assert_int_equal(dbg_insert(cpu, DBG_BP_SW, T_CODE, 4), DBG_OK);
    cpu->pc = T_CODE;
    uint64_t ic = cpu->icount;
    DbgStop st = stopped(t, cont(t, true, 100));            /* over its own breakpoint */
    assert_int_equal(st.kind, DBG_STOP_STEP);
    assert_int_equal(cpu->pc, T_CODE + 4);
    assert_int_equal(cpu->icount, ic + 1);
    assert_int_equal(cpu->r[0], 1);
    cpu_set_irq_line(cpu, CPU_IN_IRQ, false);
    cpu->ps.daif = 0xf;
    st = stopped(t, cont(t, true, 100));                    /* SVC: into its vector */
    assert_int_equal(st.kind, DBG_STOP_STEP);
    assert_int_equal(cpu->pc, tenv_sync_vector(1, 1, 1));
    assert_int_equal(cpu->sr[SR_ESR_EL1], 0x56000042);
    assert_int_equal(cpu->sr[SR_ELR_EL1], T_CODE + 8);
    assert_false(cpu->halt_on_exception);                   /* restored */
    st = stopped(t, cont(t, true, 100));                    /* the vector's first instruction */
    assert_int_equal(cpu->pc, tenv_sync_vector(1, 1, 1) + 4);
    /* a load that aborts: the step ends at the vector, nothing retired */
    cpu->pc = T_CODE + 8;
    cpu->r[3] = UINT64_C(0x1000);                           /* no RAM there: external abort */
    ic = cpu->icount;
    st = stopped(t, cont(t, true, 100));
    assert_int_equal(st.kind, DBG_STOP_STEP);
    assert_int_equal(cpu->pc, tenv_sync_vector(1, 1, 1));
    assert_int_equal(cpu->icount, ic);
    assert_int_equal(cpu->sr[SR_ESR_EL1] >> 26, EC_DABT_SAME);
    assert_int_equal(cpu->sr[SR_FAR_EL1], 0x1000);
}

/* Ctrl-C: a stop requested at a safe point while the guest spins. */
static void test_request_stop(void **state)
{
    TestEnv *t = *state;
    CpuState *cpu = t->cpu;
    static const uint32_t code[] = { I_B_SELF };
    tenv_put_code(t, T_CODE, code, 1);
    cpu->pc = T_CODE;
    cpu->max_insns = cpu->icount + 100;
    dbg_request_stop(cpu, DBG_STOP_INTERRUPT);
    DbgStop st = stopped(t, cpu_run(cpu));
    assert_int_equal(st.kind, DBG_STOP_INTERRUPT);
    assert_int_equal(cpu->pc, T_CODE);
    /* with a debugger attached the loop returns to its safe point at least
     * every DBG_POLL_SLICE instructions */
    assert_int_equal(dbg_run_limit(cpu, UINT64_MAX), cpu->icount + DBG_POLL_SLICE);
    assert_int_equal(dbg_run_limit(cpu, cpu->icount + 5), cpu->icount + 5);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_breakpoint_stops_and_steps_over, setup, teardown),
        cmocka_unit_test_setup_teardown(test_breakpoint_survives_invalidation, setup, teardown),
        cmocka_unit_test_setup_teardown(test_breakpoint_is_virtual, setup, teardown),
        cmocka_unit_test_setup_teardown(test_breakpoint_limits, setup, teardown),
        cmocka_unit_test_setup_teardown(test_write_watchpoint, setup, teardown),
        cmocka_unit_test_setup_teardown(test_watchpoint_access_kinds, setup, teardown),
        cmocka_unit_test_setup_teardown(test_step, setup, teardown),
        cmocka_unit_test_setup_teardown(test_request_stop, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
