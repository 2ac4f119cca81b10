/*
 * it_gdb_xnu.c — integration: real gdb-multiarch debugging Mach-O kernels
 * on the t8010 machine, through the ELF symbol file `xnuemu symfile`
 * writes (gdb on Linux reads no Mach-O). The demo kernel (always built when
 * clang and ld64.lld are there): break on a C function of the kernel by
 * name, continue into it from the timer FIQ, backtrace with symbols, step.
 * A real XNU kernel when .local/xnu/12.1 holds one: break on arm_init,
 * continue, step through it, then break on panic and backtrace through
 * IOKit with demangled C++ names. Skips (exit 77) without gdb-multiarch or
 * the demo kernel; the XNU session is skipped alone when the kernel is
 * absent.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "dbg_session.h"

#define XNU_12_1 SOURCE_DIR "/.local/xnu/12.1/mach.development.t8010.unstripped"

static const char *gdb_path;
static char tmpdir[64];

/* `xnuemu symfile kernel out`; true when it succeeded. */
static bool make_symfile(const char *kernel, const char *out)
{
    pid_t pid = fork();
    if (pid < 0)
        return false;
    if (pid == 0) {
        if (!freopen("/dev/null", "w", stdout))
            _exit(127);
        execl(XNUEMU_BIN, XNUEMU_BIN, "symfile", kernel, out, (char *)NULL);
        _exit(127);
    }
    int st;
    return waitpid(pid, &st, 0) == pid && WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

/* slide: what the kernel adds to its link addresses at run time (gdb's
 * `add-symbol-file -o`), 0 for XNU, which runs where it is linked */
static void session(const char *kernel, const char *name, const char *slide, const Step *steps,
                    size_t n, const char *want_guest)
{
    char sym[128], load[256];
    snprintf(sym, sizeof(sym), "%s/%s.elf", tmpdir, name);
    /* after `target remote`: connecting applies the stub's qOffsets (none)
     * to a symbol file loaded before, undoing the -o */
    snprintf(load, sizeof(load), "add-symbol-file -o %s %s", slide, sym);
    assert_true(make_symfile(kernel, sym));
    const char *argv[] = { gdb_path, "-nx", "-q",
                           "-ex", "set style enabled off", "-ex", "set pagination off",
                           "-ex", "set confirm off", "-ex", "set width 0",
                           "-ex", "target remote 127.0.0.1:@PORT@", "-ex", load, NULL };
    /* `kill` ends the run with status 0 */
    bool ok = sess_script(XNUEMU_BIN, NULL, kernel, argv, "(gdb) ", steps, n, 0, want_guest);
    unlink(sym);
    assert_true(ok);
}

#define KILL { STEP_CMD, "kill", { "[Inferior 1 (Remote target) killed]" } }

static void test_demo_kernel_symbols(void **state)
{
    (void)state;
    static const Step steps[] = {
        /* stopped at the Mach-O entry point, MMU off */
        { STEP_CMD, "p/x $pc", { "= 0x8" } },
        { STEP_CMD, "break demo_fiq", { "Breakpoint 1 at 0xfffffff0" } },
        { STEP_CMD, "continue", { "Breakpoint 1, ", " in demo_fiq ()" } },
        { STEP_CMD, "bt", { "#0  ", " in demo_fiq ()", "#1  " } },
        { STEP_CMD, "p/x $SCTLR_EL1 & 1", { "= 0x1" } },
        { STEP_CMD, "info registers cpsr", { "EL=1" } },
        { STEP_CMD, "stepi", { " in demo_fiq ()" } },
        { STEP_CMD, "x/2i $pc", { "=> 0xfffffff0", "<demo_fiq+" } },
        { STEP_CMD, "monitor sysreg MIDR_EL1", { "MIDR_EL1 = 0x00000000611f0060" } },
        KILL,
    };
    /* the demo kernel is linked at 0x100000000 (lld cannot set an image
     * base) and moves itself to 0xfffffff000000000 when its MMU is on */
    session(DEMO_KERNEL, "demo", "0xffffffef00000000", steps, ARRAY_LEN(steps), "xnuemu demo kernel: a Mach-O kernel");
}

static void test_xnu_arm_init_and_panic(void **state)
{
    (void)state;
    if (access(XNU_12_1, R_OK) != 0) {
        printf("skipped: no XNU kernel at %s (see the README)\n", XNU_12_1);
        skip();
    }
    static const Step steps[] = {
        { STEP_CMD, "break arm_init", { "Breakpoint 1 at 0xfffffff0" } },
        { STEP_CMD, "continue", { "Breakpoint 1, ", " in arm_init ()" } },
        { STEP_CMD, "bt 1", { "#0  ", " in arm_init ()" } },
        { STEP_CMD, "x/2i $pc", { "=> 0xfffffff0", "<arm_init>:\t", "<arm_init+4>:\t" } },
        { STEP_CMD, "stepi", { " in arm_init ()" } },
        { STEP_CMD, "stepi", { " in arm_init ()" } },
        { STEP_CMD, "p/x $pc - (long)&arm_init", { "= 0x8" } },
        { STEP_CMD, "p/x $SCTLR_EL1 & 1", { "= 0x1" } },
        { STEP_CMD, "break panic", { "Breakpoint 2 at 0xfffffff0" } },
        { STEP_CMD, "continue", { "Breakpoint 2, ", " in panic ()" } },
        { STEP_CMD, "bt 4", { "#0  ", " in panic ()", "#1  ", " in IOPanicPlatform::start(" } },
        KILL,
    };
    session(XNU_12_1, "xnu-12.1", "0", steps, ARRAY_LEN(steps), NULL);
}

int main(void)
{
    gdb_path = sess_which("gdb-multiarch");
    if (!gdb_path) {
        printf("skipped: gdb-multiarch not found (apt-get install gdb-multiarch)\n");
        return 77;
    }
    if (access(DEMO_KERNEL, R_OK) != 0) {
        printf("skipped: %s not built (needs clang and ld64.lld)\n", DEMO_KERNEL);
        return 77;
    }
    snprintf(tmpdir, sizeof(tmpdir), "/tmp/xnuemu-it-XXXXXX");
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_demo_kernel_symbols),
        cmocka_unit_test(test_xnu_arm_init_and_panic),
    };
    int r = cmocka_run_group_tests(tests, NULL, NULL);
    rmdir(tmpdir);
    return r;
}
