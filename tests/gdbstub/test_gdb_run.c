/*
 * test_gdb_run.c — run control through packets (gdb_cmds.c, gdb_stub.c):
 * breakpoints and watchpoints with their stop replies and limits, step and
 * vCont, Ctrl-C with packets arriving while the guest runs, guest exit,
 * kill, detach and reconnection, and a stuck guest reported as a stop.
 */
#include "stub_fixture.h"

#define I_MOVZ_X0_1 0xd2800020u
#define I_ADD_X0_1  0x91000400u   /* add x0, x0, #1 */
#define I_B_M4      0x17ffffffu   /* b .-4 */
#define I_B_SELF    0x14000000u
#define I_STR_X2_X3 0xf9000062u
#define I_LDR_X1_X3 0xf9400061u
#define I_NOP       0xd503201fu
#define I_WFI       0xd503207fu

static int setup(void **state)
{
    *state = fx_new();
    return 0;
}

static int teardown(void **state)
{
    fx_free(*state);
    return 0;
}

static void test_breakpoints(void **state)
{
    Fx *f = *state;
    CpuState *cpu = f->t->cpu;
    /* movz; add (T+4); add (T+8); b T+4 */
    static const uint32_t code[] = { I_MOVZ_X0_1, I_ADD_X0_1, I_ADD_X0_1, 0x17fffffeu };
    tenv_put_code(f->t, T_CODE, code, 4);
    cpu->pc = T_CODE;
    assert_string_equal(xchg(f, "Z0,40000008,4"), "OK");
    assert_string_equal(xchg(f, "c"), "T05thread:1;swbreak:;");
    assert_int_equal(cpu->pc, T_CODE + 8);
    assert_int_equal(cpu->r[0], 2);
    assert_string_equal(xchg(f, "c"), "T05thread:1;swbreak:;");
    assert_int_equal(cpu->r[0], 4);
    assert_string_equal(xchg(f, "z0,40000008,4"), "OK");
    assert_string_equal(xchg(f, "z0,40000008,4"), "E22");
    assert_string_equal(xchg(f, "Z1,40000004,4"), "OK");
    assert_string_equal(xchg(f, "c"), "T05thread:1;hwbreak:;");
    assert_int_equal(cpu->pc, T_CODE + 4);
    assert_string_equal(xchg(f, "Z1,40000008,4"), "OK");
    assert_string_equal(xchg(f, "Z1,4000000c,4"), "E28");       /* two, as ID_AA64DFR0 says */
    assert_string_equal(xchg(f, "Z0,40000002,4"), "E22");       /* misaligned */
    assert_string_equal(xchg(f, "Z5,40000000,4"), "");          /* not supported */
    assert_string_equal(xchg(f, "Z0,zz,4"), "E01");
    assert_string_equal(xchg(f, "Z0,40000000"), "E01");
    assert_string_equal(xchg(f, "Z0"), "E01");
    assert_string_equal(xchg(f, "Z0,40000000,4;X1,ff"), "OK");  /* conditions ignored */
    /* C with a signal continues; c ADDR continues there */
    assert_string_equal(xchg(f, "C05"), "T05thread:1;hwbreak:;");
    assert_int_equal(cpu->pc, T_CODE + 8);
    /* the breakpoint at the resume address is passed, as for 'c' */
    assert_string_equal(xchg(f, "c40000000"), "T05thread:1;hwbreak:;");
    assert_int_equal(cpu->pc, T_CODE + 4);
    assert_int_equal(cpu->r[0], 1);
}

static void test_watchpoints(void **state)
{
    Fx *f = *state;
    CpuState *cpu = f->t->cpu;
    static const uint32_t code[] = { I_STR_X2_X3, I_LDR_X1_X3, I_B_SELF };
    tenv_put_code(f->t, T_CODE, code, 3);
    cpu->pc = T_CODE;
    cpu->r[3] = T_DATA + 0x10;
    assert_string_equal(xchg(f, "Z2,40100014,4"), "OK");
    assert_string_equal(xchg(f, "c"), "T05thread:1;watch:40100014;");
    assert_int_equal(cpu->pc, T_CODE);
    assert_string_equal(xchg(f, "z2,40100014,4"), "OK");
    assert_string_equal(xchg(f, "Z3,40100010,1"), "OK");
    assert_string_equal(xchg(f, "c"), "T05thread:1;rwatch:40100010;");
    assert_int_equal(cpu->pc, T_CODE + 4);
    assert_string_equal(xchg(f, "z3,40100010,1"), "OK");
    assert_string_equal(xchg(f, "z3,40100010,1"), "E22");
    cpu->pc = T_CODE;
    assert_string_equal(xchg(f, "Z4,40100008,10"), "OK");
    assert_string_equal(xchg(f, "c"), "T05thread:1;awatch:40100010;");
    assert_string_equal(xchg(f, "Z2,40200000,8"), "OK");
    assert_string_equal(xchg(f, "Z2,40300000,8"), "E28");
    assert_string_equal(xchg(f, "Z2,40300000,0"), "E22");
}

static void test_step_and_vcont(void **state)
{
    Fx *f = *state;
    CpuState *cpu = f->t->cpu;
    static const uint32_t code[] = { I_NOP, I_NOP, I_NOP, I_NOP, I_B_SELF };
    tenv_put_code(f->t, T_CODE, code, 5);
    cpu->pc = T_CODE;
    assert_string_equal(xchg(f, "s"), "T05thread:1;");
    assert_int_equal(cpu->pc, T_CODE + 4);
    assert_string_equal(xchg(f, "vCont?"), "vCont;c;C;s;S;t");
    assert_string_equal(xchg(f, "vCont;s:1;c"), "T05thread:1;");
    assert_int_equal(cpu->pc, T_CODE + 8);
    assert_string_equal(xchg(f, "vCont;S05:1"), "T05thread:1;");
    assert_int_equal(cpu->pc, T_CODE + 12);
    assert_string_equal(xchg(f, "vCont;s:-1"), "T05thread:1;");
    assert_int_equal(cpu->pc, T_CODE + 16);
    assert_string_equal(xchg(f, "vCont;c:2"), "T00thread:1;");   /* not our thread */
    assert_string_equal(xchg(f, "vCont;t:1"), "T00thread:1;");
    assert_string_equal(xchg(f, "vCont;x"), "E01");
    assert_string_equal(xchg(f, "vCont;"), "E01");
    assert_string_equal(xchg(f, "vCont;c:1x"), "E01");
    assert_string_equal(xchg(f, "vCont;Czz"), "E01");
    assert_int_equal(cpu->pc, T_CODE + 16);
    assert_string_equal(xchg(f, "S05;40000000"), "T05thread:1;");
    assert_int_equal(cpu->pc, T_CODE + 4);
    assert_string_equal(xchg(f, "s40000008"), "T05thread:1;");
    assert_int_equal(cpu->pc, T_CODE + 12);
}

/* Ctrl-C while the guest spins; a packet sent while it runs waits for the
 * stop and is answered after the stop reply. */
static void test_ctrl_c(void **state)
{
    Fx *f = *state;
    CpuState *cpu = f->t->cpu;
    static const uint32_t code[] = { I_ADD_X0_1, I_B_M4 };
    tenv_put_code(f->t, T_CODE, code, 2);
    cpu->pc = T_CODE;
    f->inject = "$qC#b4\x03";
    f->inject_len = 7;
    f->inject_after = 2;
    gbuf_reset(&f->out);
    gdb_stub_input(f->s, "$c#63", 5);
    fx_drive(f);
    const char *stop = strstr(f->out.p, "+$T02thread:1;#");
    assert_non_null(stop);
    assert_non_null(strstr(stop, "+$QC1#c5"));
    assert_true(cpu->r[0] >= DBG_POLL_SLICE / 2);           /* it ran */
    assert_true(cpu->pc == T_CODE || cpu->pc == T_CODE + 4);
    assert_string_equal(xchg(f, "?"), "T02thread:1;");
}

static void test_exit_kill_detach(void **state)
{
    Fx *f = *state;
    CpuState *cpu = f->t->cpu;
    /* SYS_EXIT through semihosting with status 7 */
    static const uint32_t code[] = { 0xd2800300u, 0xd2802001u, 0xf2a80201u, 0xd45e0000u };
    tenv_put_code(f->t, T_CODE, code, 4);
    mt_wr64(f->t, T_DATA + 0x100, 0x20026);
    mt_wr64(f->t, T_DATA + 0x108, 7);
    cpu->pc = T_CODE;
    assert_string_equal(xchg(f, "c"), "W07");
    assert_true(f->exited);
    assert_int_equal(f->exit_why, HALT_EXIT);
    assert_int_equal(cpu->exit_code, 7);
}

static void test_kill(void **state)
{
    Fx *f = *state;
    HaltReason why;
    assert_string_equal(xchg(f, "k"), "X09");
    assert_true(gdb_stub_finished(f->s, &why));
    assert_int_equal(why, HALT_EXIT);
    assert_int_equal(f->t->cpu->exit_code, 0);
    assert_string_equal(f->t->cpu->halt_msg, "killed by the debugger");
    /* nothing more is read */
    gbuf_reset(&f->out);
    gdb_stub_input(f->s, "$qC#b4", 6);
    assert_int_equal(f->out.len, 0);
}

static void test_detach(void **state)
{
    Fx *f = *state;
    CpuState *cpu = f->t->cpu;
    assert_string_equal(xchg(f, "Z0,40000000,4"), "OK");
    assert_string_equal(xchg(f, "Z2,40100000,8"), "OK");
    assert_string_equal(xchg(f, "D"), "OK");
    assert_true(gdb_stub_detached(f->s));
    gdb_stub_disconnect(f->s);
    assert_false(gdb_stub_connected(f->s));
    assert_true(gdb_stub_running(f->s));
    /* the guest runs on without the debugger's points */
    static const uint32_t code[] = { I_MOVZ_X0_1, I_STR_X2_X3, I_B_SELF };
    tenv_put_code(f->t, T_CODE, code, 3);
    cpu->r[3] = T_DATA;
    assert_int_equal(tenv_run(f->t, T_CODE, 10), HALT_STUCK);  /* b . with IRQ and FIQ masked */
    /* and a debugger can connect again */
    cpu->halt_reason = HALT_NONE;
    gdb_stub_connect(f->s);
    fx_drive(f);
    assert_string_equal(xchg(f, "?"), "T05thread:1;");
    assert_string_equal(xchg(f, "vKill;1"), "OK");
    HaltReason why;
    assert_true(gdb_stub_finished(f->s, &why));
}

/* A guest that can never wake: reported as a stop (SIGSEGV) with the
 * reason on the console; resuming ends the run with status 125. */
static void test_stuck_guest(void **state)
{
    Fx *f = *state;
    CpuState *cpu = f->t->cpu;
    static const uint32_t code[] = { I_WFI, I_B_SELF };
    tenv_put_code(f->t, T_CODE, code, 2);
    cpu->pc = T_CODE;
    gbuf_reset(&f->console);
    assert_string_equal(xchg(f, "c"), "T0bthread:1;");
    assert_non_null(strstr(f->console.p, "waiting for an interrupt"));
    assert_false(f->exited);
    assert_non_null(strstr(xchg(f, "p20"), "0"));           /* state can be inspected */
    assert_string_equal(xchg(f, "c"), "W7d");
    HaltReason why;
    assert_true(gdb_stub_finished(f->s, &why));
    assert_int_equal(why, HALT_STUCK);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_breakpoints, setup, teardown),
        cmocka_unit_test_setup_teardown(test_watchpoints, setup, teardown),
        cmocka_unit_test_setup_teardown(test_step_and_vcont, setup, teardown),
        cmocka_unit_test_setup_teardown(test_ctrl_c, setup, teardown),
        cmocka_unit_test_setup_teardown(test_exit_kill_detach, setup, teardown),
        cmocka_unit_test_setup_teardown(test_kill, setup, teardown),
        cmocka_unit_test_setup_teardown(test_detach, setup, teardown),
        cmocka_unit_test_setup_teardown(test_stuck_guest, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
