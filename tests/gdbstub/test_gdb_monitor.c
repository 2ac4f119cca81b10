/*
 * test_gdb_monitor.c — `monitor` commands through qRcmd: help, regs with
 * syndromes decoded, sysreg by name and by encoding (read, write,
 * read-only, unknown), tlb flush, trace on/off, phys usage, vtop (stage 1
 * off with stage 2; a 16 KiB stage 1 under stage 2; faults at each stage
 * and outside the input range), unknown commands.
 */
#include "stub_fixture.h"
#include "xnuemu/mmu.h"

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

static void has(const char *out, const char *want)
{
    if (!strstr(out, want))
        fail_msg("monitor output lacks '%s':\n%s", want, out);
}

static void test_help_and_unknown(void **state)
{
    Fx *f = *state;
    const char *o = fx_monitor(f, "help");
    static const char *const cmds[] = { "help", "regs", "vtop ADDR", "phys on|off",
                                        "sysreg NAME [VALUE]", "tlb flush", "trace on|off" };
    for (size_t i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++)
        has(o, cmds[i]);
    has(fx_monitor(f, ""), "vtop ADDR");
    has(fx_monitor(f, "frobnicate now"), "unknown monitor command 'frobnicate'");
    has(fx_monitor(f, "phys maybe"), "usage: phys on|off");
    has(fx_monitor(f, "tlb"), "usage: tlb flush");
    has(fx_monitor(f, "trace"), "usage: trace on|off");
    has(fx_monitor(f, "vtop"), "usage: vtop ADDR");
    has(fx_monitor(f, "vtop 12zz"), "usage: vtop ADDR");
    has(fx_monitor(f, "sysreg"), "usage: sysreg NAME [VALUE]");
}

static void test_regs(void **state)
{
    Fx *f = *state;
    CpuState *cpu = f->t->cpu;
    cpu->nzcv = NZCV_Z;
    cpu->sr[SR_ESR_EL1] = 0x96000045;    /* data abort, same EL: translation L1, write */
    cpu->sr[SR_FAR_EL1] = 0x1234;
    cpu->sr[SR_ELR_EL1] = 0x40000abc;
    cpu->sr[SR_SPSR_EL1] = 0x204;        /* EL1t, D masked */
    cpu->sr[SR_ESR_EL2] = 0x62300461;    /* MRS x3, SCTLR_EL1 trapped */
    cpu->sr[SR_ESR_EL3] = 0xf2000007;    /* BRK #7 */
    const char *o = fx_monitor(f, "regs");
    has(o, "EL1, PSTATE 0x400003c5: EL1h N=0 Z=1 C=0 V=0 DAIF=DAIF PAN=0 UAO=0 SS=0 IL=0");
    has(o, "ESR  0x96000045 EC 0x25 (data abort), IL=1, ISS 0x0000045: translation fault at "
           "level 1, write");
    has(o, "FAR  0x0000000000001234");
    has(o, "ELR  0x0000000040000abc");
    has(o, "SPSR 0x00000204 EL1t N=0 Z=0 C=0 V=0 DAIF=D---");
    has(o, "EC 0x18 (MSR/MRS/SYS trap), IL=1, ISS 0x0300461: MRS S3_0_C1_C0_0, X3");
    has(o, "EC 0x3c (BRK), IL=1, ISS 0x0000007: #0x7");
    has(o, "EL3: SCTLR");
    has(o, "HCR_EL2 0x");
    has(o, "SCR_EL3 0x");
    has(o, "(MMU off)");
}

static void test_sysreg(void **state)
{
    Fx *f = *state;
    CpuState *cpu = f->t->cpu;
    has(fx_monitor(f, "sysreg TPIDR_EL1 0x1234"), "TPIDR_EL1 = 0x0000000000001234");
    assert_int_equal(cpu->sr[SR_TPIDR_EL1], 0x1234);
    has(fx_monitor(f, "sysreg tpidr_el1"), "TPIDR_EL1 = 0x0000000000001234");
    has(fx_monitor(f, "sysreg S3_0_C13_C0_4"), "TPIDR_EL1 = 0x0000000000001234");
    has(fx_monitor(f, "sysreg s3_0_c13_c0_4 077"), "TPIDR_EL1 = 0x000000000000003f");
    has(fx_monitor(f, "sysreg MIDR_EL1"), "MIDR_EL1 = 0x00000000000f0000");
    has(fx_monitor(f, "sysreg MIDR_EL1 5"), "MIDR_EL1 is read-only");
    has(fx_monitor(f, "sysreg CurrentEL"), "CurrentEL = 0x0000000000000004");
    has(fx_monitor(f, "sysreg NOPE"), "no system register 'NOPE' on this CPU");
    has(fx_monitor(f, "sysreg S3_7_C15_C15_7"), "no system register");
    has(fx_monitor(f, "sysreg DC_ZVA"), "no system register 'DC_ZVA'");
    has(fx_monitor(f, "sysreg TPIDR_EL1 zz"), "'zz' is not a number");
    /* a write with an effect: SCTLR_EL1 flushes the TLBs */
    has(fx_monitor(f, "sysreg SCTLR_EL1"), "SCTLR_EL1 = 0x0000000030d00800");
}

static void test_tlb_and_trace(void **state)
{
    Fx *f = *state;
    CpuState *cpu = f->t->cpu;
    static const uint32_t code[] = { 0xf9400061u, 0x14000000u };   /* ldr x1, [x3]; b . */
    tenv_put_code(f->t, T_CODE, code, 2);
    cpu->r[3] = T_DATA;
    assert_int_equal(tenv_run(f->t, T_CODE, 3), HALT_STUCK);  /* b . with IRQ and FIQ masked */
    cpu->halt_reason = HALT_NONE;
    assert_int_equal(cpu->tlb->d[tlb_index(T_DATA)].tag_r, T_DATA);
    has(fx_monitor(f, "tlb flush"), "TLBs flushed");
    assert_int_equal(cpu->tlb->d[tlb_index(T_DATA)].tag_r, TLBF_INVALID);
    has(fx_monitor(f, "trace on"), "instruction trace on");
    assert_true(cpu->log->mask & LOG_EXEC);
    has(fx_monitor(f, "trace off"), "instruction trace off");
    assert_false(cpu->log->mask & LOG_EXEC);
}

/* tenv: stage 1 off, HCR_EL2.DC makes stage 2 apply (1 GiB identity blocks). */
static void test_vtop_stage2_only(void **state)
{
    Fx *f = *state;
    const char *o = fx_monitor(f, "vtop 0x40100123");
    has(o, "vtop 0x0000000040100123: EL1&0 translation regime (EL1 view)");
    has(o, "stage 1: off, VA = IPA");
    has(o, "stage 2: VTTBR_EL2 0x0000000040e00000, 4K granule, 39-bit IPA, start level 1");
    has(o, "S2 L1[  1] @ 0x000040e00008 = ");
    has(o, "block 1G -> 0x40000000 MemAttr=0xf S2AP=11 SH=3 AF=1 XN=0");
    has(o, "=> PA 0x0000000040100123 (RAM), Normal memory (attr 0xff), rwx at EL1");
    o = fx_monitor(f, "vtop 0x9000000000");
    has(o, "stage 1: off, VA = IPA");
    has(o, "beyond the 39-bit input range: translation fault at level 0");
    has(o, "=> no translation");
}

/* XNU's shape: 16 KiB granule at stage 1, under a hypervisor's stage 2. */
static void test_vtop_stage1_and_2(void **state)
{
    Fx *f = *state;
    TestEnv *t = f->t;
    Pt pt;
    pt_init(&pt, &t->m->bus, PT_16K, 39, PT_POOL, PT_POOL_END);
    pt_map_pages(&pt, 0x10000000, T_DATA, 0x4000, PT_NORMAL | PT_AP_RO_EL1);
    mt_el1_on(t, &pt, NULL, 2);
    mt_sr(t, SR_HCR_EL2, HCR_RW | HCR_VM);
    const char *o = fx_monitor(f, "vtop 0x10000123");
    has(o, "stage 1: TTBR0_EL1 0x");
    has(o, "16K granule, 39-bit input, start level 1");
    has(o, "  L1[  0] @ 0x");
    has(o, "table -> 0x");
    has(o, "  L3[  0] @ 0x");
    has(o, "page 16K -> 0x40100000 AttrIndx=0 AP=2 SH=3 AF=1 nG=0 PXN=0 UXN=0");
    has(o, "stage 2: VTTBR_EL2 0x0000000040e00000");
    has(o, "S2 L1[  1]");
    has(o, "=> PA 0x0000000040100123 (RAM), Normal memory (attr 0xff), r-x at EL1");
    has(fx_monitor(f, "vtop 0x20000000"), "invalid: translation fault at level");
    has(fx_monitor(f, "vtop 0x8000000000"), "outside the 39-bit range of TTBR0");
    has(fx_monitor(f, "vtop 0xffffff8000000000"), "walks of TTBR1 disabled (TCR.EPD1)");
    /* stage 2 loses the gigabyte holding the stage-1 tables */
    mt_wr64(t, T_S2TABLE + 8, 0);
    tlb_flush_regimes(t->cpu, REGIMES_ALL);
    o = fx_monitor(f, "vtop 0x10000123");
    has(o, "table entry at IPA 0x");
    has(o, "stage-2 fault on the walk (S1PTW)");
    has(o, "=> no translation");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_help_and_unknown, setup, teardown),
        cmocka_unit_test_setup_teardown(test_regs, setup, teardown),
        cmocka_unit_test_setup_teardown(test_sysreg, setup, teardown),
        cmocka_unit_test_setup_teardown(test_tlb_and_trace, setup, teardown),
        cmocka_unit_test_setup_teardown(test_vtop_stage2_only, setup, teardown),
        cmocka_unit_test_setup_teardown(test_vtop_stage1_and_2, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
