/*
 * test_sysreg_unknown.c — system-register encodings with no table row on
 * the T8010 machine's Hurricane core (exec_sysreg.c):
 *   - by default an unknown IMPLEMENTATION DEFINED register (op0=3,
 *     CRn=15, not in sysreg_apple.def) is UNDEFINED at EL1: EC 0 to the
 *     EL1 vector, ELR at the instruction, the destination unchanged, and
 *     one `--log unimp` line per encoding;
 *   - with --sysreg-unknown raz (cfg.sysreg_unknown_raz) it reads as zero
 *     and ignores writes, logged as such; SYS encodings (op0=1) and
 *     registers that do have a row (an Apple row at EL0) stay UNDEFINED;
 *   - reserved ID-space encodings read as zero at EL1 either way (Arm ARM
 *     D17.2 "Reserved ID registers") and are UNDEFINED at EL0.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "xnuemu/exec_loop.h"
#include "xnuemu/machine.h"
#include "xnuemu/sysreg.h"

#define DRAM UINT64_C(0x800000000)
#define CODE DRAM
#define VBAR (DRAM + 0x10000)

/* checked with aarch64-linux-gnu-as */
#define MRS_X0_UNK  0xd53fffe0u   /* mrs x0, s3_7_c15_c15_7 */
#define MSR_UNK_X1  0xd51fffe1u   /* msr s3_7_c15_c15_7, x1 */
#define MRS_X0_HID0 0xd538f000u   /* mrs x0, s3_0_c15_c0_0 */
#define MSR_HID0_X1 0xd518f001u   /* msr s3_0_c15_c0_0, x1 */
#define SYS_UNK_X1  0xd50875e1u   /* sys #0, c7, c5, #7, x1 */
#define MRS_X0_ID77 0xd53807e0u   /* mrs x0, s3_0_c0_c7_7 (reserved ID space) */
#define PATTERN     UINT64_C(0xa5a5a5a5deadbeef)

typedef struct Fx {
    Machine *m;
    FILE *log;
} Fx;

static Fx hurricane(bool raz)
{
    Fx f;
    char err[256] = "";
    f.log = tmpfile();
    assert_non_null(f.log);
    MachineConfig cfg = { .machine = "t8010", .ram_size = UINT64_C(64) << 20,
                          .serial = "none", .sysreg_unknown_raz = raz, .log_mask = LOG_UNIMP,
                          .log_out = f.log };
    if (machine_create(&f.m, &cfg, err, sizeof(err)) != EMU_OK)
        fail_msg("t8010: %s", err);
    f.m->cpu->halt_on_exception = true;
    f.m->cpu->sr[SR_VBAR_EL1] = VBAR;
    return f;
}

/* The log so far, as one string (caller frees). */
static char *log_text(Fx *f)
{
    fflush(f->log);
    long n = ftell(f->log);
    assert_true(n >= 0);
    char *s = calloc(1, (size_t)n + 1);
    rewind(f->log);
    assert_int_equal(fread(s, 1, (size_t)n, f->log), (size_t)n);
    return s;
}

static void fx_free(Fx *f)
{
    machine_destroy(f->m);
    fclose(f->log);
}

static HaltReason exec1(Fx *f, uint32_t word, unsigned el)
{
    CpuState *cpu = f->m->cpu;
    assert_true(bus_write_phys(&f->m->bus, CODE, &word, 4));
    cpu_set_el_sp(cpu, el, el ? 1 : 0);
    cpu->pc = CODE;
    cpu->r[0] = PATTERN;
    cpu->halt_reason = HALT_NONE;
    cpu->exc_streak = 0;
    cpu->max_insns = cpu->icount + 1;
    return cpu_run(cpu);
}

static void expect_done(Fx *f, uint32_t word, unsigned el, uint64_t x0)
{
    HaltReason h = exec1(f, word, el);
    if (h != HALT_MAX_INSNS)
        fail_msg("0x%08x at EL%u: halt %d, ESR_EL1 0x%llx; expected it to complete", word, el,
                 (int)h, (unsigned long long)f->m->cpu->sr[SR_ESR_EL1]);
    assert_int_equal(f->m->cpu->pc, CODE + 4);
    assert_int_equal(f->m->cpu->r[0], x0);
}

static void expect_undef(Fx *f, uint32_t word, unsigned el)
{
    CpuState *cpu = f->m->cpu;
    cpu->sr[SR_ESR_EL1] = UINT64_C(0xffffffff);
    HaltReason h = exec1(f, word, el);
    if (h != HALT_DEBUG || cpu->sr[SR_ESR_EL1] != UINT64_C(0x02000000))
        fail_msg("0x%08x at EL%u: halt %d, ESR_EL1 0x%llx; expected UNDEFINED (0x2000000)",
                 word, el, (int)h, (unsigned long long)cpu->sr[SR_ESR_EL1]);
    assert_int_equal(cpu->ps.el, 1);
    assert_int_equal(cpu->pc, VBAR + (el ? 0x200 : 0x400));
    assert_int_equal(cpu->sr[SR_ELR_EL1], CODE);
    assert_int_equal(cpu->r[0], PATTERN);
}

static void test_encodings_have_no_row(void **state)
{
    (void)state;
    Fx f = hurricane(false);
    assert_null(sysreg_find(&f.m->srt, sysreg_key(3, 7, 15, 15, 7)));
    assert_null(sysreg_find(&f.m->srt, sysreg_key(1, 0, 7, 5, 7)));
    assert_null(sysreg_find(&f.m->srt, sysreg_key(3, 0, 0, 7, 7)));
    assert_non_null(sysreg_find(&f.m->srt, sysreg_key(3, 0, 15, 0, 0)));   /* HID0 */
    fx_free(&f);
}

static void test_unknown_is_undefined_by_default(void **state)
{
    (void)state;
    Fx f = hurricane(false);
    expect_undef(&f, MRS_X0_UNK, 1);
    expect_undef(&f, MRS_X0_UNK, 1);                  /* logged once only */
    expect_undef(&f, MSR_UNK_X1, 1);
    expect_undef(&f, MRS_X0_UNK, 0);
    expect_undef(&f, SYS_UNK_X1, 1);
    char *log = log_text(&f);
    assert_string_equal(log,
                        "unimp: S3_7_C15_C15_7 read at EL1 pc=0x0000000800000000 (UNDEFINED)\n"
                        "unimp: S1_0_C7_C5_7 write at EL1 pc=0x0000000800000000 (UNDEFINED)\n");
    free(log);
    fx_free(&f);
}

static void test_unknown_raz(void **state)
{
    (void)state;
    Fx f = hurricane(true);
    CpuState *cpu = f.m->cpu;
    expect_done(&f, MRS_X0_UNK, 1, 0);
    cpu->r[1] = ~UINT64_C(0);
    expect_done(&f, MSR_UNK_X1, 1, PATTERN);           /* ignored ... */
    expect_done(&f, MRS_X0_UNK, 1, 0);                 /* ... still zero */
    expect_done(&f, MRS_X0_UNK, 0, 0);                 /* no row, no access check */
    /* rows keep their behaviour: HID0 stores, and is EL1 only */
    cpu->r[1] = UINT64_C(0x1234);
    expect_done(&f, MSR_HID0_X1, 1, PATTERN);
    expect_done(&f, MRS_X0_HID0, 1, 0x1234);
    expect_undef(&f, MRS_X0_HID0, 0);
    /* SYS instructions are never made into no-ops */
    expect_undef(&f, SYS_UNK_X1, 1);
    char *log = log_text(&f);
    assert_string_equal(log,
                        "unimp: S3_7_C15_C15_7 read at EL1 pc=0x0000000800000000 (read as zero "
                        "/ write ignored)\n"
                        "unimp: S1_0_C7_C5_7 write at EL1 pc=0x0000000800000000 (UNDEFINED)\n");
    free(log);
    fx_free(&f);
}

static void test_reserved_id_space(void **state)
{
    (void)state;
    for (int raz = 0; raz < 2; raz++) {
        Fx f = hurricane(raz);
        expect_done(&f, MRS_X0_ID77, 1, 0);
        if (raz)
            expect_done(&f, MRS_X0_ID77, 0, 0);
        else
            expect_undef(&f, MRS_X0_ID77, 0);
        fx_free(&f);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_encodings_have_no_row),
        cmocka_unit_test(test_unknown_is_undefined_by_default),
        cmocka_unit_test(test_unknown_raz),
        cmocka_unit_test(test_reserved_id_space),
    };
    return cmocka_run_group_tests_name("sysreg_unknown", tests, NULL, NULL);
}
