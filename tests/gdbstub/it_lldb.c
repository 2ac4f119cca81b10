/*
 * it_lldb.c — integration: real LLDB (Debian lldb, `gdb-remote`) against
 * xnuemu running gdb_guest.elf, typed at a terminal: the same sessions as
 * it_gdb.c in LLDB's words (monitor commands are `process plugin packet
 * monitor`). Skips (exit 77) without lldb or the guest program.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "dbg_session.h"

static const char *lldb_path;

static void session(const Step *steps, size_t n, int want_status, const char *want_guest)
{
    const char *argv[] = { lldb_path, "--no-use-colors", "-O", "settings set auto-confirm true",
                           GUEST_ELF, NULL };
    assert_true(sess_script(XNUEMU_BIN, NULL, GUEST_ELF, argv, "(lldb) ", steps, n, want_status,
                            want_guest));
}

#define CONNECT { STEP_CMD, "gdb-remote 127.0.0.1:@PORT@", { "stop reason = signal SIGTRAP", "_start" } }
#define KILL { STEP_CMD, "process kill", { "Process 1 exited with status = 9" } }
#define MONITOR "process plugin packet monitor "

static void test_lldb_break_registers_memory(void **state)
{
    (void)state;
    static const Step steps[] = {
        CONNECT,
        { STEP_CMD, "breakpoint set -H -n gdb_checkpoint", { "Breakpoint 1: where = ", "gdb_checkpoint" } },
        { STEP_CMD, "continue", { "stop reason = breakpoint 1.1", "gdb_checkpoint" } },
        { STEP_CMD, "register read x0 x1",
          { "x0 = 0x0000000000001234", "x1 = 0x0000000000000042" } },
        { STEP_CMD, "register read TCR_EL1", { "TCR_EL1 = 0x0000000500803519" } },
        { STEP_CMD, "register read cpsr", { "cpsr = 0x" } },
        { STEP_CMD, "memory read -s 8 -f x -c 2 &table",
          { ": 0x1122334455667788 0x99aabbccddeeff00" } },
        { STEP_CMD, "memory read -s 8 -f x -c 2 0x80000000+(long)&table-0x40000000",
          { "0x8", ": 0x1122334455667788 0x99aabbccddeeff00" } },
        { STEP_CMD, "disassemble -c 4 -s $pc", { "->  0x", "<+0>:", "<+4>:", "<+8>:" } },
        { STEP_CMD, MONITOR "vtop 0x40080000",
          { "stage 1: TTBR0_EL1", "L1[  1]", "L2[  0]", "L3[128]", "page 4K -> 0x40080000",
            "=> PA 0x0000000040080000 (RAM)" } },
        { STEP_CMD, MONITOR "vtop 0x80001000",
          { "L1[  2]", "block 1G -> 0x40000000", "=> PA 0x0000000040001000 (RAM)" } },
        { STEP_CMD, MONITOR "regs", { "EL1, PSTATE 0x", "(MMU on)" } },
        { STEP_CMD, "memory write -s 8 &watch_a 0x77" },
        { STEP_CMD, "memory read -s 8 -f x -c 1 0x80000000+(long)&watch_a-0x40000000",
          { ": 0x0000000000000077" } },
        KILL,
    };
    session(steps, ARRAY_LEN(steps), 0, "gdb guest: MMU on");
}

static void test_lldb_stepi_into_exception(void **state)
{
    (void)state;
    static const Step steps[] = {
        CONNECT,
        { STEP_CMD, "breakpoint set -n gdb_svc_insn", { "Breakpoint 1: " } },
        { STEP_CMD, "continue", { "stop reason = breakpoint 1.1", "svc    #0x42" } },
        { STEP_CMD, "thread step-inst", { "stop reason = instruction step into", "vectors + 512" } },
        { STEP_CMD, MONITOR "regs", { "ESR  0x56000042 EC 0x15 (SVC), IL=1, ISS 0x0000042: #0x42" } },
        { STEP_CMD, "thread step-inst", { "vectors + 516" } },
        KILL,
    };
    session(steps, ARRAY_LEN(steps), 0, NULL);
}

static void test_lldb_watchpoints(void **state)
{
    (void)state;
    static const Step steps[] = {
        CONNECT,
        /* past boot.S, whose BSS clearing writes the variables too (LLDB
         * reports every hit, GDB only changes of value) */
        { STEP_CMD, "breakpoint set -n gdb_checkpoint", { "Breakpoint 1: " } },
        { STEP_CMD, "continue", { "stop reason = breakpoint 1.1" } },
        { STEP_CMD, "breakpoint delete", { "All breakpoints removed" } },
        { STEP_CMD, "watchpoint set expression -w write -s 8 -- &watch_a",
          { "Watchpoint created: Watchpoint 1" } },
        { STEP_CMD, "watchpoint set expression -w write -s 8 -- &watch_b",
          { "Watchpoint created: Watchpoint 2" } },
        /* qWatchpointSupportInfo says 2 */
        { STEP_CMD, "watchpoint set expression -w write -s 8 -- &spin_count", { "error: " } },
        { STEP_CMD, "continue",
          { "Watchpoint 2 hit:", "old value: 0x0000000000000000", "new value: 0x000000000000002a",
            "stop reason = watchpoint 2" } },
        { STEP_CMD, "continue",
          { "Watchpoint 1 hit:", "new value: 0x000000000000002b", "stop reason = watchpoint 1" } },
        { STEP_CMD, "watchpoint delete", { "All watchpoints removed" } },
        { STEP_CMD, "watchpoint set expression -w read -s 8 -- &read_me",
          { "Watchpoint created: Watchpoint 4" } },
        { STEP_CMD, "continue", { "stop reason = watchpoint 4" } },
        KILL,
    };
    session(steps, ARRAY_LEN(steps), 0, NULL);
}

static void test_lldb_ctrl_c(void **state)
{
    (void)state;
    static const Step steps[] = {
        CONNECT,
        { STEP_SEND, "continue", { "resuming" } },
        { STEP_GUEST, "gdb guest: spinning" },
        { STEP_CTRL_C, NULL, { "stop reason = signal SIGINT", "main" } },
        { STEP_CMD, "memory write -s 4 &spin_stop 1" },
        { STEP_CMD, "continue", { "Process 1 exited with status = 0" } },
    };
    session(steps, ARRAY_LEN(steps), 0, "gdb guest: done r=36de svcs=1 v=1234 a=43 b=42");
}

int main(void)
{
    lldb_path = sess_which("lldb");
    if (!lldb_path) {
        printf("skipped: lldb not found (apt-get install lldb)\n");
        return 77;
    }
    if (access(GUEST_ELF, R_OK) != 0) {
        printf("skipped: %s not built (needs aarch64-linux-gnu-gcc)\n", GUEST_ELF);
        return 77;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lldb_break_registers_memory),
        cmocka_unit_test(test_lldb_stepi_into_exception),
        cmocka_unit_test(test_lldb_watchpoints),
        cmocka_unit_test(test_lldb_ctrl_c),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
