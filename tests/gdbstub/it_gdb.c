/*
 * it_gdb.c — integration: real gdb-multiarch against xnuemu running
 * gdb_guest.elf (gdb_guest.c), typed at a terminal. Sessions: a hardware
 * breakpoint at a symbol, registers (core and system), memory directly and
 * through an MMU alias, x/4i, memory writes, monitor vtop/regs/sysreg;
 * stepi into the SVC exception vector; write watchpoints (the right one of
 * two reported), the watchpoint and breakpoint limits of ID_AA64DFR0, a
 * read watchpoint; Ctrl-C of a spinning guest, then a write that lets it
 * finish; --timeout not counting the time stopped at the prompt. Skips (exit 77) without gdb-multiarch or the guest program.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "dbg_session.h"

static const char *gdb_path;

static void session_opts(const char *const *emu_opts, const Step *steps, size_t n,
                         int want_status, const char *want_guest)
{
    const char *argv[] = { gdb_path, "-nx", "-q",
                           "-ex", "set style enabled off", "-ex", "set pagination off",
                           "-ex", "set confirm off", "-ex", "set width 0",
                           "-ex", "target remote 127.0.0.1:@PORT@", GUEST_ELF, NULL };
    assert_true(sess_script(XNUEMU_BIN, emu_opts, GUEST_ELF, argv, "(gdb) ", steps, n,
                            want_status, want_guest));
}

static void session(const Step *steps, size_t n, int want_status, const char *want_guest)
{
    session_opts(NULL, steps, n, want_status, want_guest);
}

#define KILL { STEP_CMD, "kill", { "[Inferior 1 (Remote target) killed]" } }

static void test_gdb_break_registers_memory(void **state)
{
    (void)state;
    static const Step steps[] = {
        { STEP_CMD, "hbreak gdb_checkpoint", { "Hardware assisted breakpoint 1 at 0x" } },
        { STEP_CMD, "continue", { "Breakpoint 1, 0x", " in gdb_checkpoint ()" } },
        { STEP_CMD, "p/x $x0", { "= 0x1234" } },
        { STEP_CMD, "p/x $x1", { "= 0x42" } },
        { STEP_CMD, "p $pc == (long)&gdb_checkpoint", { "= 1" } },
        { STEP_CMD, "info registers cpsr", { "cpsr", "EL=1" } },
        { STEP_CMD, "p/x $TCR_EL1", { "= 0x500803519" } },
        { STEP_CMD, "p/x $SCTLR_EL1 & 1", { "= 0x1" } },
        { STEP_CMD, "x/2gx &table", { "<table>:\t0x1122334455667788\t0x99aabbccddeeff00" } },
        /* the same bytes through the 1 GiB alias at 0x80000000 */
        { STEP_CMD, "x/2gx (long)&table + 0x40000000",
          { "0x8", ":\t0x1122334455667788\t0x99aabbccddeeff00" } },
        { STEP_CMD, "x/4i $pc",
          { "=> 0x", "<gdb_checkpoint>:\tadd", "<gdb_checkpoint+4>:\tadd",
            "<gdb_checkpoint+8>:\tret" } },
        { STEP_CMD, "monitor vtop 0x40080000",
          { "EL1&0 translation regime", "stage 1: TTBR0_EL1", "L1[  1]", "L2[  0]",
            "L3[128]", "page 4K -> 0x40080000" } },
        { STEP_CMD, "monitor vtop 0x40080000", { "=> PA 0x0000000040080000 (RAM), Normal memory" } },
        { STEP_CMD, "monitor vtop 0x80001000",
          { "L1[  2]", "block 1G -> 0x40000000", "=> PA 0x0000000040001000 (RAM)" } },
        { STEP_CMD, "monitor vtop 0x1000",
          { "L1[  0]", "invalid: translation fault at level 1", "=> no translation" } },
        { STEP_CMD, "monitor sysreg tcr_el1", { "TCR_EL1 = 0x0000000500803519" } },
        { STEP_CMD, "monitor regs", { "EL1, PSTATE 0x", "EL1h", "EL1: SCTLR", "(MMU on)" } },
        { STEP_CMD, "monitor nonsense", { "unknown monitor command 'nonsense'" } },
        { STEP_CMD, "set var *(long *)&watch_a = 0x77" },
        { STEP_CMD, "x/gx &watch_a", { "0x0000000000000077" } },
        { STEP_CMD, "x/gx (long)&watch_a + 0x40000000", { "0x0000000000000077" } },
        KILL,
    };
    session(steps, ARRAY_LEN(steps), 0, "gdb guest: MMU on");
}

static void test_gdb_stepi_into_exception(void **state)
{
    (void)state;
    static const Step steps[] = {
        { STEP_CMD, "break *gdb_svc_insn", { "Breakpoint 1 at 0x" } },
        { STEP_CMD, "continue", { "Breakpoint 1, 0x" } },
        { STEP_CMD, "x/i $pc", { "svc\t#0x42" } },
        { STEP_CMD, "stepi", { " in vectors ()" } },
        { STEP_CMD, "p $pc == (long)&vectors + 0x200", { "= 1" } },
        { STEP_CMD, "p $ELR_EL1 == (long)&gdb_svc_insn + 4", { "= 1" } },
        { STEP_CMD, "monitor regs",
          { "ESR  0x56000042 EC 0x15 (SVC), IL=1, ISS 0x0000042: #0x42", "SPSR 0x",
            "EL1h" } },
        { STEP_CMD, "stepi", { " in vectors ()" } },
        { STEP_CMD, "p $pc == (long)&vectors + 0x204", { "= 1" } },
        KILL,
    };
    session(steps, ARRAY_LEN(steps), 0, NULL);
}

static void test_gdb_watchpoints(void **state)
{
    (void)state;
    static const Step steps[] = {
        { STEP_CMD, "watch *(long *)&watch_a", { "Hardware watchpoint 1: *(long *)&watch_a" } },
        { STEP_CMD, "watch *(long *)&watch_b", { "Hardware watchpoint 2: *(long *)&watch_b" } },
        /* ID_AA64DFR0 says 2 watchpoints: the third is refused */
        { STEP_CMD, "watch *(long *)&spin_count", { "Hardware watchpoint 3" } },
        { STEP_CMD, "continue", { "Could not insert hardware watchpoint 3" } },
        { STEP_CMD, "delete 3" },
        /* the guest writes watch_b first: that one must be reported */
        { STEP_CMD, "continue",
          { "Hardware watchpoint 2: *(long *)&watch_b", "Old value = 0", "New value = 42" } },
        { STEP_CMD, "continue",
          { "Hardware watchpoint 1: *(long *)&watch_a", "Old value = 0", "New value = 43" } },
        { STEP_CMD, "delete" },
        { STEP_CMD, "rwatch *(long *)&read_me", { "Hardware read watchpoint 4" } },
        { STEP_CMD, "continue", { "Hardware read watchpoint 4: *(long *)&read_me", "Value = 4660" } },
        { STEP_CMD, "delete" },
        /* two hardware breakpoints, not three */
        { STEP_CMD, "hbreak main" },
        { STEP_CMD, "hbreak gdb_checkpoint" },
        { STEP_CMD, "hbreak do_svc" },
        { STEP_CMD, "continue", { "Could not insert hardware breakpoint" } },
        KILL,
    };
    session(steps, ARRAY_LEN(steps), 0, NULL);
}

static void test_gdb_ctrl_c(void **state)
{
    (void)state;
    static const Step steps[] = {
        { STEP_CMD, "break gdb_checkpoint", { "Breakpoint 1 at" } },
        { STEP_CMD, "continue", { "Breakpoint 1, " } },
        { STEP_CMD, "delete" },
        { STEP_SEND, "continue", { "Continuing." } },
        { STEP_GUEST, "gdb guest: spinning" },
        { STEP_CTRL_C, NULL, { "Program received signal SIGINT, Interrupt.", " in main ()" } },
        { STEP_CMD, "p *(long *)&spin_count > 0", { "= 1" } },
        { STEP_CMD, "set var *(int *)&spin_stop = 1" },
        { STEP_CMD, "continue", { "[Inferior 1 (Remote target) exited normally]" } },
    };
    session(steps, ARRAY_LEN(steps), 0, "gdb guest: done r=36de svcs=1 v=1234 a=43 b=42");
}

/* --timeout 2 bounds the guest, not the 3 s spent at the gdb prompt (nor
 * gdb's start-up while xnuemu waits for it): after the pause the guest
 * spins (the deadline is checked every million instructions) until Ctrl-C
 * and a write let it finish. */
static void test_gdb_timeout_excludes_stopped_time(void **state)
{
    (void)state;
    static const char *const opts[] = { "--timeout", "2", NULL };
    static const Step steps[] = {
        { STEP_CMD, "break gdb_checkpoint", { "Breakpoint 1 at" } },
        { STEP_CMD, "continue", { "Breakpoint 1, " } },
        { STEP_CMD, "shell sleep 3" },
        { STEP_CMD, "delete" },
        { STEP_SEND, "continue", { "Continuing." } },
        { STEP_GUEST, "gdb guest: spinning" },
        { STEP_CTRL_C, NULL, { "Program received signal SIGINT, Interrupt." } },
        { STEP_CMD, "set var *(int *)&spin_stop = 1" },
        { STEP_CMD, "continue", { "[Inferior 1 (Remote target) exited normally]" } },
    };
    session_opts(opts, steps, ARRAY_LEN(steps), 0, "gdb guest: done");
}

int main(void)
{
    gdb_path = sess_which("gdb-multiarch");
    if (!gdb_path) {
        printf("skipped: gdb-multiarch not found (apt-get install gdb-multiarch)\n");
        return 77;
    }
    if (access(GUEST_ELF, R_OK) != 0) {
        printf("skipped: %s not built (needs aarch64-linux-gnu-gcc)\n", GUEST_ELF);
        return 77;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_gdb_break_registers_memory),
        cmocka_unit_test(test_gdb_stepi_into_exception),
        cmocka_unit_test(test_gdb_watchpoints),
        cmocka_unit_test(test_gdb_ctrl_c),
        cmocka_unit_test(test_gdb_timeout_excludes_stopped_time),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
