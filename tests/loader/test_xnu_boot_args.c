/*
 * test_xnu_boot_args.c — xnu_boot.c writing a planned layout into a T8010
 * machine: every byte of struct boot_args (revision/version 2, 0x180
 * bytes, XNU-BOOT.md §2.3) including the 255-character command-line limit,
 * the segment copy with zero-filled VM tails and untouched gaps (§1.2:
 * __DATA's BSS is never cleared by the kernel), a layout outside DRAM as
 * an error naming the segment, and the CPU state at entry (§2.1: EL1h,
 * MMU off, DAIF masked, x0 = boot_args, TPIDRRO_EL0 = 0) as the kernel's
 * first instructions see it.
 */
#include "xnu_kernel.h"
#include "xnuemu/exec_loop.h"
#include "xnuemu/sysreg.h"

static Machine *t8010(void)
{
    Machine *m;
    char err[256] = "";
    MachineConfig cfg = { .machine = "t8010", .ram_size = 256 * MIB, .serial = "none" };
    if (machine_create(&m, &cfg, err, sizeof(err)) != EMU_OK)
        fail_msg("t8010: %s", err);
    assert_int_equal(m->ram_base, DRAM);
    return m;
}

static void fill(Machine *m, uint64_t pa, uint64_t len, uint8_t byte)
{
    uint8_t *p = bus_ram_ptr(&m->bus, pa, len);
    assert_non_null(p);
    memset(p, byte, len);
}

static uint64_t rd64(const uint8_t *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static uint32_t rd32(const uint8_t *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

static void planned(Machine *m, Kernel *k, XnuLayout *l)
{
    char err[256] = "";
    small_kernel(k, KVA);
    if (plan(l, k, m->ram_base, m->kernel_mem_size, 0x3000, 0x1234, err) != EMU_OK)
        fail_msg("%s", err);
}

/* Every byte of the 0x180-byte struct boot_args (XNU-BOOT.md §2.3). */
static void test_boot_args_bytes(void **state)
{
    (void)state;
    Machine *m = t8010();
    Kernel k;
    XnuLayout l;
    planned(m, &k, &l);
    assert_int_equal(l.boot_args_pa, UINT64_C(0x801020000));
    fill(m, l.boot_args_pa, PG, 0xee);
    static const uint64_t video[6] = { 0x1111, 0x2222, 0x3333, 0x4444, 0x5555, 0x6666 };
    const char *cmd = "debug=0x8 serial=3 -v";
    char err[256] = "";
    assert_int_equal(xnu_write_boot_args(m, &l, cmd, video, 256 * MIB, err, sizeof(err)),
                     EMU_OK);
    uint8_t ba[XNU_BOOT_ARGS_SIZE + 8];
    assert_true(bus_read_phys(&m->bus, l.boot_args_pa, ba, sizeof(ba)));
    assert_int_equal(ba[0] | ba[1] << 8, 2);                 /* Revision */
    assert_int_equal(ba[2] | ba[3] << 8, 2);                 /* Version */
    assert_int_equal(rd32(ba + 0x04), 0);                    /* pad */
    assert_int_equal(rd64(ba + 0x08), l.virt_base);
    assert_int_equal(rd64(ba + 0x08), UINT64_C(0xfffffff006000000));
    assert_int_equal(rd64(ba + 0x10), DRAM);                 /* physBase */
    assert_int_equal(rd64(ba + 0x18), 255 * MIB);            /* memSize: DRAM - /pram */
    assert_int_equal(rd64(ba + 0x20), l.top_of_kernel_data);
    assert_int_equal(rd64(ba + 0x20) & (PG - 1), 0);
    for (unsigned i = 0; i < 6; i++)
        assert_int_equal(rd64(ba + 0x28 + 8 * i), video[i]);
    assert_int_equal(rd32(ba + 0x58), 0);                    /* machineType */
    assert_int_equal(rd32(ba + 0x5c), 0);                    /* pad */
    /* deviceTreeP: a kernel virtual address */
    assert_int_equal(rd64(ba + 0x60), l.dt_pa - DRAM + UINT64_C(0xfffffff006000000));
    assert_int_equal(rd64(ba + 0x60), KVA + (l.dt_pa - l.mh_pa));
    assert_int_equal(rd32(ba + 0x68), 0x1234);               /* deviceTreeLength */
    assert_string_equal((const char *)ba + 0x6c, cmd);
    for (size_t i = 0x6c + strlen(cmd); i < 0x16c; i++)
        if (ba[i])
            fail_msg("CommandLine byte 0x%zx is 0x%02x, expected 0", i, ba[i]);
    assert_int_equal(rd32(ba + 0x16c), 0);                   /* pad */
    assert_int_equal(rd64(ba + 0x170), 0);                   /* bootFlags */
    assert_int_equal(rd64(ba + 0x178), 256 * MIB);           /* memSizeActual */
    for (size_t i = XNU_BOOT_ARGS_SIZE; i < sizeof(ba); i++)
        assert_int_equal(ba[i], 0xee);                       /* nothing past 0x180 */

    /* no video: all six words zero */
    assert_int_equal(xnu_write_boot_args(m, &l, "", NULL, 0, err, sizeof(err)), EMU_OK);
    assert_true(bus_read_phys(&m->bus, l.boot_args_pa, ba, sizeof(ba)));
    for (unsigned i = 0x28; i < 0x58; i++)
        assert_int_equal(ba[i], 0);
    assert_int_equal(ba[0x6c], 0);
    assert_int_equal(rd64(ba + 0x178), 0);
    kernel_free(&k);
    machine_destroy(m);
}

/* BOOT_LINE_LENGTH is 256 with the NUL: 255 characters fit, 256 do not. */
static void test_boot_args_cmdline_length(void **state)
{
    (void)state;
    Machine *m = t8010();
    Kernel k;
    XnuLayout l;
    planned(m, &k, &l);
    char cmd[258];
    memset(cmd, 'a', sizeof(cmd));
    cmd[255] = 0;
    cmd[254] = 'z';
    fill(m, l.boot_args_pa, PG, 0xee);
    char err[256] = "";
    assert_int_equal(xnu_write_boot_args(m, &l, cmd, NULL, 0, err, sizeof(err)), EMU_OK);
    uint8_t ba[XNU_BOOT_ARGS_SIZE];
    assert_true(bus_read_phys(&m->bus, l.boot_args_pa, ba, sizeof(ba)));
    assert_memory_equal(ba + 0x6c, cmd, 255);
    assert_int_equal(ba[0x6c + 255], 0);                     /* the NUL: last byte */
    assert_int_equal(ba[0x16c], 0);

    /* 256 characters: refused, nothing written */
    fill(m, l.boot_args_pa, PG, 0xee);
    cmd[255] = 'b';
    cmd[256] = 0;
    assert_int_equal(xnu_write_boot_args(m, &l, cmd, NULL, 0, err, sizeof(err)), EMU_ERR_ARG);
    assert_non_null(strstr(err, "256"));
    assert_non_null(strstr(err, "255"));
    assert_true(bus_read_phys(&m->bus, l.boot_args_pa, ba, sizeof(ba)));
    for (size_t i = 0; i < sizeof(ba); i++)
        assert_int_equal(ba[i], 0xee);
    kernel_free(&k);
    machine_destroy(m);
}

/* Each segment's file bytes at mh_pa + (vmaddr - mh_va), its VM tail
 * zeroed, the gaps between segments and empty segments untouched. */
static void test_copy_kernel(void **state)
{
    (void)state;
    Machine *m = t8010();
    const MbSeg segs[] = {
        { "__TEXT", KVA, 0x8000, 0, 0x8000, 5 },
        { "__DATA", KVA + 0x8000, 0x6000, 0x8000, 0x1234, 3 },     /* 0x4dcc of BSS */
        { "__BSS", KVA + 0x10000, 0x5678, 0, 0, 3 },                /* nothing from the file */
        { "__EMPTY", KVA + 0x18000, 0, 0xa000, 0, 3 },
        { "__LINKEDIT", KVA + 0x1c000, 0x4000, 0xa000, 0x1000, 1 },
    };
    Kernel k;
    kernel_parse(&k, segs, 5, KVA + 0x100, 0xb000);
    XnuLayout l;
    char err[256] = "";
    assert_int_equal(plan(&l, &k, DRAM, m->kernel_mem_size, 0, 0x800, err), EMU_OK);
    assert_int_equal(l.mh_pa, UINT64_C(0x801004000));
    fill(m, l.mh_pa - PG, 0x24000, 0xa5);
    assert_int_equal(xnu_copy_kernel(m, &l, &k.mo, "k", err, sizeof(err)), EMU_OK);
    uint8_t *ram = bus_ram_ptr(&m->bus, l.mh_pa - PG, 0x24000);
    uint8_t *h = ram + PG;                                      /* the Mach header */
    for (unsigned i = 0; i < PG; i++)
        assert_int_equal(ram[i], 0xa5);                         /* below the kernel */
    assert_memory_equal(h, k.im.data, 0x8000);                  /* __TEXT incl. header */
    assert_memory_equal(h + 0x8000, k.im.data + 0x8000, 0x1234);
    for (unsigned i = 0x8000 + 0x1234; i < 0xe000; i++)
        if (h[i])
            fail_msg("__DATA tail byte at +0x%x not zeroed", i);
    for (unsigned i = 0xe000; i < 0x10000; i++)
        assert_int_equal(h[i], 0xa5);                           /* gap */
    for (unsigned i = 0x10000; i < 0x15678; i++)
        if (h[i])
            fail_msg("__BSS byte at +0x%x not zeroed", i);
    for (unsigned i = 0x15678; i < 0x1c000; i++)
        assert_int_equal(h[i], 0xa5);                           /* gap, __EMPTY */
    assert_memory_equal(h + 0x1c000, k.im.data + 0xa000, 0x1000);
    for (unsigned i = 0x1d000; i < 0x20000; i++)
        if (h[i])
            fail_msg("__LINKEDIT tail byte at +0x%x not zeroed", i);
    kernel_free(&k);
    machine_destroy(m);
}

/* A layout that does not fit the machine's DRAM: an error naming the
 * segment, not a crash. */
static void test_copy_kernel_outside_dram(void **state)
{
    (void)state;
    Machine *m = t8010();
    Kernel k;
    small_kernel(&k, KVA);
    XnuLayout l;
    char err[256] = "";
    /* planned for 1 GiB of DRAM, the machine has 256 MiB: __DATA at the
     * same offset from a header 0x0ffec000 past the end fits nowhere */
    assert_int_equal(plan(&l, &k, DRAM, 1024 * MIB, 0, 0x800, err), EMU_OK);
    l.mh_pa = DRAM + 256 * MIB - 0x8000;                        /* __TEXT fits, __DATA not */
    assert_int_equal(xnu_copy_kernel(m, &l, &k.mo, "k", err, sizeof(err)), EMU_ERR_RANGE);
    assert_non_null(strstr(err, "__DATA"));
    assert_non_null(strstr(err, "k: "));
    kernel_free(&k);
    machine_destroy(m);
}

/* XNU-BOOT.md §2.1: EL1h, MMU off, DAIF masked, x0 = boot_args PA, PC =
 * entry PA, TPIDRRO_EL0 = 0, whatever the CPU held before. */
static void test_enter(void **state)
{
    (void)state;
    Machine *m = t8010();
    Kernel k;
    XnuLayout l;
    planned(m, &k, &l);
    char err[256] = "";
    assert_int_equal(xnu_copy_kernel(m, &l, &k.mo, "k", err, sizeof(err)), EMU_OK);
    assert_int_equal(xnu_write_boot_args(m, &l, "x", NULL, 0, err, sizeof(err)), EMU_OK);
    /* __start: mrs x1, CurrentEL; mrs x2, SPSel; mrs x3, DAIF; ldr x4, [x0, #16] */
    static const uint32_t code[] = { 0xd5384241, 0xd5384202, 0xd53b4223, 0xf9400804 };
    assert_true(bus_write_phys(&m->bus, l.entry_pa, code, sizeof(code)));

    CpuState *cpu = m->cpu;
    cpu_set_el_sp(cpu, 0, 0);
    cpu->ps.daif = 0;
    cpu->sr[SR_SCTLR_EL1] |= 1;
    cpu->sr[SR_TPIDRRO_EL0] = 0x1234;
    cpu->r[0] = 0x5555;
    xnu_enter(m, &l);
    assert_int_equal(cpu->ps.el, 1);
    assert_int_equal(cpu->ps.sp, 1);
    assert_int_equal(cpu->ps.daif, 0xf);
    assert_int_equal(cpu->sr[SR_SCTLR_EL1] & 1, 0);
    assert_int_equal(cpu->sr[SR_TPIDRRO_EL0], 0);
    assert_int_equal(cpu->r[0], l.boot_args_pa);
    assert_int_equal(cpu->pc, l.entry_pa);
    assert_int_equal(cpu->pc, UINT64_C(0x801004100));
    assert_int_equal(m->entry, l.entry_pa);

    /* and the kernel's first instructions see that state */
    cpu->halt_reason = HALT_NONE;
    cpu->max_insns = cpu->icount + 4;
    assert_int_equal(cpu_run(cpu), HALT_MAX_INSNS);
    assert_int_equal(cpu->pc, l.entry_pa + 16);
    assert_int_equal(cpu->r[1], 1u << 2);                    /* CurrentEL.EL = 1 */
    assert_int_equal(cpu->r[2], 1);                          /* SPSel: SP_EL1 */
    assert_int_equal(cpu->r[3], 0xfu << 6);                  /* DAIF */
    assert_int_equal(cpu->r[4], DRAM);                       /* boot_args->physBase */
    kernel_free(&k);
    machine_destroy(m);
}


int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_boot_args_bytes),
        cmocka_unit_test(test_boot_args_cmdline_length),
        cmocka_unit_test(test_copy_kernel),
        cmocka_unit_test(test_copy_kernel_outside_dram),
        cmocka_unit_test(test_enter),
    };
    return cmocka_run_group_tests_name("xnu_boot_args", tests, NULL, NULL);
}
