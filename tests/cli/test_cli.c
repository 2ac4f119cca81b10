/*
 * test_cli.c — the xnuemu command line as a user meets it: every bad
 * option or input file is one line on stderr and exit status 2; a runaway
 * guest stops at --max-insns (124); a guest that jumps into unmapped or
 * execute-never memory with no usable vector is reported as stuck (125),
 * with the walk of the address that aborted; a good program exits with its
 * own status; an arm64 Image lands at RAM + text_offset.
 */
#include <elf.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "scratch.h"
#include "tenv.h"

/* Run xnuemu with args (NULL-terminated); capture stderr; return status. */
static int run(char *err, size_t errlen, const char *const *args)
{
    int pipefd[2];
    assert_int_equal(pipe(pipefd), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        const char *argv[16] = { XNUEMU_BIN };
        for (int i = 0; args[i] && i < 14; i++)
            argv[i + 1] = args[i];
        dup2(pipefd[1], 2);
        int devnull = open("/dev/null", O_WRONLY);
        dup2(devnull, 1);
        close(pipefd[0]);
        if (chdir(scratch.dir) != 0)
            _exit(127);
        execv(XNUEMU_BIN, (char *const *)argv);
        _exit(127);
    }
    close(pipefd[1]);
    size_t n = 0;
    ssize_t r;
    while ((r = read(pipefd[0], err + n, errlen - 1 - n)) > 0)
        n += (size_t)r;
    err[n] = 0;
    close(pipefd[0]);
    int status;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static int lines(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

/* The run failed with status 2 and one line mentioning `needle`. */
static void expect_usage_error(const char *needle, const char *const *args)
{
    char err[4096];
    int st = run(err, sizeof(err), args);
    if (st != 2 || lines(err) != 1 || !strstr(err, needle))
        fail_msg("status %d, stderr: %s(expected status 2, one line with '%s')", st, err, needle);
}

static void test_bad_options(void **state)
{
    (void)state;
    expect_usage_error("unknown option '--bogus'", (const char *[]){ "--bogus", "x", NULL });
    expect_usage_error("needs an argument", (const char *[]){ "x", "--el", NULL });
    expect_usage_error("no program given", (const char *[]){ NULL });
    expect_usage_error("extra argument", (const char *[]){ "a", "b", NULL });
    expect_usage_error("--el", (const char *[]){ "--el", "4", "x", NULL });
    expect_usage_error("is not a size", (const char *[]){ "-m", "lots", "x", NULL });
    expect_usage_error("unknown log category 'nope'", (const char *[]){ "--log", "int,nope", "x", NULL });
    expect_usage_error("--max-insns", (const char *[]){ "--max-insns", "-5", "x", NULL });
    expect_usage_error("unknown machine", (const char *[]){ "--machine", "pdp11", "x", NULL });
    expect_usage_error("--sysreg-unknown", (const char *[]){ "--sysreg-unknown", "maybe", "x", NULL });
}

static void test_bad_files(void **state)
{
    (void)state;
    expect_usage_error("missing.elf: No such file", (const char *[]){ "missing.elf", NULL });
    expect_usage_error("is a directory", (const char *[]){ ".", NULL });
    scratch_write(&scratch, "junk.bin", "\x12\x34\x56\x78junk", 8);
    expect_usage_error("not an ELF file, arm64 Image or Mach-O kernel", (const char *[]){ "junk.bin", NULL });
    scratch_write(&scratch, "empty.bin", "", 0);
    expect_usage_error("not an ELF file", (const char *[]){ "empty.bin", NULL });
    expect_usage_error("not AArch64", (const char *[]){ XNUEMU_BIN, NULL });

    /* an AArch64 ELF header whose program headers lie past the end */
    Elf64_Ehdr eh = { .e_ident = { ELFMAG0, ELFMAG1, ELFMAG2, ELFMAG3, ELFCLASS64, ELFDATA2LSB, 1 },
                      .e_type = ET_EXEC, .e_machine = EM_AARCH64, .e_version = 1,
                      .e_entry = 0x40080000, .e_phoff = 4096, .e_phentsize = sizeof(Elf64_Phdr),
                      .e_phnum = 2, .e_ehsize = sizeof(Elf64_Ehdr) };
    scratch_write(&scratch, "truncated.elf", &eh, sizeof(eh));
    expect_usage_error("program headers at offset 0x1000", (const char *[]){ "truncated.elf", NULL });

    /* a segment whose bytes are cut off, and one outside RAM */
    struct { Elf64_Ehdr eh; Elf64_Phdr ph; } img = { eh, { .p_type = PT_LOAD, .p_offset = 0x200,
        .p_vaddr = 0x40080000, .p_paddr = 0x40080000, .p_filesz = 0x1000, .p_memsz = 0x1000 } };
    img.eh.e_phoff = sizeof(Elf64_Ehdr);
    img.eh.e_phnum = 1;
    scratch_write(&scratch, "cut.elf", &img, sizeof(img));
    expect_usage_error("segment 0: file bytes 0x200..0x1200 lie outside", (const char *[]){ "cut.elf", NULL });
    img.ph.p_offset = 0;
    img.ph.p_filesz = sizeof(img);
    img.ph.p_paddr = 0x1000;
    scratch_write(&scratch, "outside.elf", &img, sizeof(img));
    expect_usage_error("outside guest RAM", (const char *[]){ "outside.elf", NULL });
}

static void test_runaway_guest_stops_at_max_insns(void **state)
{
    (void)state;
    uint32_t spin[2] = { 0xd503201f, 0x17ffffff };   /* nop; b .-4 */
    scratch_write(&scratch, "spin.bin", spin, sizeof(spin));
    char err[4096];
    int st = run(err, sizeof(err), (const char *[]){ "--load-addr", "0x40000000", "--max-insns",
                                                    "100000", "spin.bin", NULL });
    assert_int_equal(st, 124);
    assert_non_null(strstr(err, "stopped after 100000 instructions"));
    assert_int_equal(lines(err), 1);
}

/* --timeout stops a guest that runs for ever after the given wall time. */
static void test_timeout(void **state)
{
    (void)state;
    uint32_t spin[2] = { 0xd503201f, 0x17ffffff };   /* nop; b .-4 */
    scratch_write(&scratch, "spin.bin", spin, sizeof(spin));
    char err[4096];
    int st = run(err, sizeof(err), (const char *[]){ "--load-addr", "0x40000000", "--timeout", "1",
                                                    "spin.bin", NULL });
    assert_int_equal(st, 124);
    assert_non_null(strstr(err, "--timeout reached after"));
    assert_int_equal(lines(err), 1);
    expect_usage_error("--timeout: '0' is not a positive", (const char *[]){ "--timeout", "0", "x", NULL });
    expect_usage_error("--until: the bare machine has no console UART",
                       (const char *[]){ "--until", "x", "spin.bin", NULL });
}

/* A branch to itself with IRQ and FIQ masked can never end: reported as
 * stuck (status 125), naming the PC and the last exception. */
static void test_branch_to_self_masked_is_stuck(void **state)
{
    (void)state;
    static const uint32_t prog[] = {
        0xd2a80000,     /* mov x0, #0x40000000 */
        0x91200000,     /* add x0, x0, #0x800 */
        0xd518c000,     /* msr vbar_el1, x0 */
        0xd5033fdf,     /* isb */
        0x00000000,     /* udf #0: UNDEFINED -> vector 0x40000a00 */
    };
    uint8_t img[0xc00] = { 0 };
    memcpy(img, prog, sizeof(prog));
    uint32_t spin = 0x14000000;                      /* b . at every vector */
    for (unsigned off = 0x800; off < 0xc00; off += 0x80)
        memcpy(img + off, &spin, 4);
    scratch_write(&scratch, "selfloop.bin", img, sizeof(img));
    char err[4096];
    int st = run(err, sizeof(err), (const char *[]){ "--load-addr", "0x40000000", "--max-insns",
                                                    "100000", "selfloop.bin", NULL });
    assert_int_equal(st, 125);
    assert_non_null(strstr(err, "branch to itself at EL1 pc=0x0000000040000a00"));
    assert_non_null(strstr(err, "ESR 0x02000000, ELR 0x0000000040000010"));
    assert_int_equal(lines(err), 1);
}

/* br xzr: the fetch at 0 aborts, and so does every fetch of the vector
 * at VBAR_EL1 (0 after reset). */
static void test_jump_to_unmapped_is_reported(void **state)
{
    (void)state;
    uint32_t prog = 0xd61f03e0;                       /* br xzr */
    scratch_write(&scratch, "jump.bin", &prog, 4);
    char err[4096];
    int st = run(err, sizeof(err), (const char *[]){ "--load-addr", "0x40000000", "jump.bin", NULL });
    assert_int_equal(st, 125);
    assert_non_null(strstr(err, "guest is stuck"));
    assert_non_null(strstr(err, "instruction abort"));
}

/* A fetch from a page whose level-3 descriptor has PXN=1 (Arm ARM D8.4.1)
 * with VBAR_EL1 on that page too: stuck in permission faults at level 3
 * (ESR 0x8600000f), and the report shows the walk of the oldest abort's
 * FAR down to the descriptor that forbids execution. 4 KiB granule, T0SZ
 * 25, identity map of the program page and the PXN page. */
static void test_stuck_abort_shows_the_walk(void **state)
{
    (void)state;
    static const uint32_t prog[] = {
        0xd2a80000,     /* mov  x0, #0x40000000 */
        0x91401001,     /* add  x1, x0, #0x4, lsl #12: the PXN page */
        0xd518c001,     /* msr  vbar_el1, x1 */
        0xd2801fe2,     /* mov  x2, #0xff: attr 0 Normal WB */
        0xd518a202,     /* msr  mair_el1, x2 */
        0xd2800322,     /* mov  x2, #0x19: T0SZ 25, 4K */
        0xf2a01002,     /* movk x2, #0x80, lsl #16: EPD1 */
        0xd5182042,     /* msr  tcr_el1, x2 */
        0x91400402,     /* add  x2, x0, #0x1, lsl #12: L1 table */
        0xd5182002,     /* msr  ttbr0_el1, x2 */
        0xd5033fdf,     /* isb */
        0xd5381002,     /* mrs  x2, sctlr_el1 */
        0xb2400042,     /* orr  x2, x2, #1: M */
        0xd5181002,     /* msr  sctlr_el1, x2 */
        0xd5033fdf,     /* isb */
        0xd61f0020,     /* br   x1 */
    };
    static uint8_t img[0x5000];
    memset(img, 0, sizeof(img));
    memcpy(img, prog, sizeof(prog));
    const uint64_t l1 = 0x40002003, l2 = 0x40003003;               /* table descriptors */
    const uint64_t code = 0x40000403;                              /* page, AF, RW EL1 */
    const uint64_t pxn = 0x40004403 | UINT64_C(1) << 53;           /* the same, PXN */
    memcpy(img + 0x1000 + 1 * 8, &l1, 8);      /* L1[1]: VA 0x40000000 */
    memcpy(img + 0x2000, &l2, 8);              /* L2[0] */
    memcpy(img + 0x3000, &code, 8);            /* L3[0]: 0x40000000 */
    memcpy(img + 0x3000 + 4 * 8, &pxn, 8);     /* L3[4]: 0x40004000 */
    scratch_write(&scratch, "pxn.bin", img, sizeof(img));
    char err[4096];
    int st = run(err, sizeof(err), (const char *[]){ "--load-addr", "0x40000000", "--max-insns",
                                                    "100000", "pxn.bin", NULL });
    assert_int_equal(st, 125);
    static const char *const want[] = {
        "guest is stuck",
        "instruction abort, ESR 0x8600000f",
        "the oldest abort remembered (ESR 0x8600000f, FAR 0x0000000040004000) now "
        "translates as:",
        "xnuemu:     stage 1: TTBR0_EL1 0x0000000040001000, 4K granule, 39-bit input, "
        "start level 1",
        "xnuemu:       L3[  4] @ 0x000040003020 = 0x0020000040004403 page 4K -> 0x40004000 "
        "AttrIndx=0 AP=0 SH=0 AF=1 nG=0 PXN=1 UXN=0",
        "xnuemu:     => PA 0x0000000040004000 (RAM), Normal memory (attr 0xff), rw- at EL1",
    };
    for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++)
        if (!strstr(err, want[i]))
            fail_msg("'%s' not in stderr:\n%s", want[i], err);
}

static void test_good_program_exit_status(void **state)
{
    (void)state;
    /* mov x0, #0x18; adr x1, blk; hlt #0xf000; blk: .quad 0x20026, 3 */
    uint32_t prog[] = { 0xd2800300, 0x10000061, 0xd45e0000, 0, 0x20026, 0, 3, 0 };
    scratch_write(&scratch, "exit3.bin", prog, sizeof(prog));
    char err[4096];
    int st = run(err, sizeof(err), (const char *[]){ "--load-addr", "0x40000000", "exit3.bin", NULL });
    assert_int_equal(st, 3);
    assert_string_equal(err, "");
}

/* An arm64 Image is placed at RAM base + text_offset and entered at its
 * first byte: the program exits with bits 23:16 of its own address. */
static void test_arm64_image_placement(void **state)
{
    (void)state;
    uint32_t img[32] = { 0 };
    img[0] = 0x14000010;                       /* code0: b +0x40 */
    uint64_t hdr[] = { 0x80000, 0x1000, 2 };   /* text_offset, image_size, flags */
    memcpy(&img[2], hdr, sizeof(hdr));
    memcpy(&img[14], "ARM\x64", 4);           /* magic at 0x38 */
    uint32_t prog[] = {
        0x10000101,                            /* adr x1, blk (+0x20) */
        0x10000002,                            /* adr x2, . */
        0xd350fc42,                            /* lsr x2, x2, #16 */
        0xf9000422,                            /* str x2, [x1, #8] */
        0xd2800300,                            /* mov x0, #0x18 */
        0xd45e0000,                            /* hlt #0xf000 */
        0, 0,
        0x20026, 0, 0, 0,                      /* blk: reason, subcode */
    };
    memcpy(&img[16], prog, sizeof(prog));
    scratch_write(&scratch, "tiny.Image", img, sizeof(img));
    char err[4096];
    int st = run(err, sizeof(err), (const char *[]){ "tiny.Image", NULL });
    assert_int_equal(st, 0x08);                /* PC 0x40080044 >> 16 = 0x4008 */
    assert_string_equal(err, "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bad_options),
        cmocka_unit_test(test_bad_files),
        cmocka_unit_test(test_runaway_guest_stops_at_max_insns),
        cmocka_unit_test(test_branch_to_self_masked_is_stuck),
        cmocka_unit_test(test_timeout),
        cmocka_unit_test(test_jump_to_unmapped_is_reported),
        cmocka_unit_test(test_stuck_abort_shows_the_walk),
        cmocka_unit_test(test_good_program_exit_status),
        cmocka_unit_test(test_arm64_image_placement),
    };
    return cmocka_run_group_tests_name("cli", tests, scratch_group_setup, scratch_group_teardown);
}
