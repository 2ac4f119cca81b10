/*
 * test_bus_access.c — CPU accesses reaching the bus: an MMIO test device
 * supporting only some widths (wider accesses split, low part first;
 * narrower ones are bus errors), device errors and unmapped physical
 * addresses as synchronous External aborts (DFSC 0x10, FAR = VA) on loads,
 * stores and fetches, and Bus.unmapped_raz. Arm ARM D8.15 (External
 * aborts), D24.2.46 (ESR_ELx DFSC, FnV).
 */
#include <string.h>

#include "mmu_insn.h"
#include "pt.h"

#define DEV_PA   UINT64_C(0x20000000)
#define DEV_SIZE 0x1000u
#define HOLE_PA  UINT64_C(0x30000000)      /* nothing there */
#define CODE_VA  UINT64_C(0xfffffffffff00000)
#define DEV_VA   UINT64_C(0x0000000012340000)
#define HOLE_VA  UINT64_C(0x0000000012350000)

typedef struct Access { uint64_t off; unsigned size; bool write; uint64_t val; } Access;

typedef struct TestDev {
    uint8_t regs[DEV_SIZE];
    Access log[64];
    unsigned n;
    uint64_t bad_off;                /* accesses touching it fail */
} TestDev;

static TestDev dev;
static MmioOps dev_ops;

static bool dev_read(void *opaque, uint64_t off, unsigned size, uint64_t *val)
{
    TestDev *d = opaque;
    assert_true(dev_ops.sizes & size);
    assert_int_equal(off % size, 0);
    if (off <= d->bad_off && d->bad_off < off + size)
        return false;
    *val = 0;
    memcpy(val, d->regs + off, size);
    if (d->n < 64)
        d->log[d->n++] = (Access){ off, size, false, *val };
    return true;
}

static bool dev_write(void *opaque, uint64_t off, unsigned size, uint64_t val)
{
    TestDev *d = opaque;
    assert_true(dev_ops.sizes & size);
    if (off <= d->bad_off && d->bad_off < off + size)
        return false;
    memcpy(d->regs + off, &val, size);
    if (d->n < 64)
        d->log[d->n++] = (Access){ off, size, true, val };
    return true;
}

static int group_setup(void **state)
{
    tenv_setup(state);
    TestEnv *t = *state;
    dev_ops = (MmioOps){ dev_read, dev_write, MMIO_SIZE_4 };
    return bus_map_mmio(&t->m->bus, DEV_PA, DEV_SIZE, &dev_ops, &dev, "testdev") == EMU_OK ? 0 : -1;
}

/* Stage 1 with the device mapped Device-nGnRnE and a hole mapped too. */
static TestEnv *setup(void **state, uint8_t sizes)
{
    TestEnv *t = *state;
    tenv_reset(t);
    memset(&dev, 0, sizeof(dev));
    for (unsigned i = 0; i < DEV_SIZE; i++)
        dev.regs[i] = (uint8_t)(i * 7 + 1);
    dev.bad_off = ~UINT64_C(0);
    dev_ops.sizes = sizes;
    Pt t0, t1;
    pt_init(&t0, &t->m->bus, PT_4K, 48, PT_POOL, PT_POOL + 0x200000);
    pt_init(&t1, &t->m->bus, PT_4K, 48, PT_POOL + 0x200000, PT_POOL_END);
    pt_map(&t1, CODE_VA, T_CODE, 3, PT_NORMAL | PT_AP_RO_ALL);
    pt_map(&t0, DEV_VA, DEV_PA, 3, PT_AF | PT_ATTR(1) | PT_UXN | PT_PXN);
    pt_map(&t0, HOLE_VA, HOLE_PA, 3, PT_NORMAL);
    pt_map(&t0, HOLE_VA + 0x1000, HOLE_PA, 3, PT_NORMAL | PT_AP_RO_ALL);   /* executable */
    mt_el1_on(t, &t0, &t1, 5);
    return t;
}

static HaltReason run(TestEnv *t, const uint32_t *w, unsigned n)
{
    mt_code(t, T_CODE, w, n);
    tenv_set_el(t, 1, 1);
    return tenv_run(t, CODE_VA, n);
}

static uint64_t regs64(unsigned off)
{
    uint64_t v;
    memcpy(&v, dev.regs + off, 8);
    return v;
}

static void expect_log(unsigned i, uint64_t off, unsigned size, bool write, uint64_t val)
{
    assert_true(i < dev.n);
    assert_int_equal(dev.log[i].off, off);
    assert_int_equal(dev.log[i].size, size);
    assert_int_equal(dev.log[i].write, write);
    assert_int_equal(dev.log[i].val, val);
}

/* A 4-byte-only device: 8-byte loads and stores become two 4-byte
 * accesses, low half first; 4-byte accesses go through as they are. */
static void test_split_8_to_4(void **state)
{
    TestEnv *t = setup(state, MMIO_SIZE_4);
    static const uint32_t w[3] = { I_LDR_X1_X0, I_STR_X2_X6, I_LDR_W1_X0 };
    uint64_t before = regs64(0x10);
    t->cpu->r[0] = DEV_VA + 0x10;
    t->cpu->r[6] = DEV_VA + 0x20;
    t->cpu->r[2] = UINT64_C(0x8877665544332211);
    assert_int_equal(run(t, w, 2), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->r[1], before);
    assert_int_equal(dev.n, 4);
    expect_log(0, 0x10, 4, false, before & 0xffffffff);
    expect_log(1, 0x14, 4, false, before >> 32);
    expect_log(2, 0x20, 4, true, 0x44332211);
    expect_log(3, 0x24, 4, true, 0x88776655);
    assert_int_equal(regs64(0x20), UINT64_C(0x8877665544332211));
    /* the translation is cached now: the device still sees every access */
    dev.n = 0;
    static const uint32_t v[2] = { I_LDR_W1_X0, I_LDR_W1_X0 };
    assert_int_equal(run(t, v, 2), HALT_MAX_INSNS);
    assert_int_equal(dev.n, 2);
    expect_log(1, 0x10, 4, false, before & 0xffffffff);
}

/* A 2-byte-only device: 8 bytes in four halfwords; a byte access is a
 * bus error, i.e. an External abort. */
static void test_split_to_2_and_narrow_abort(void **state)
{
    TestEnv *t = setup(state, MMIO_SIZE_2);
    static const uint32_t w[1] = { I_LDR_X1_X0 };
    t->cpu->r[0] = DEV_VA + 0x40;
    assert_int_equal(run(t, w, 1), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->r[1], regs64(0x40));
    assert_int_equal(dev.n, 4);
    for (unsigned i = 0; i < 4; i++)
        assert_int_equal(dev.log[i].off, 0x40 + 2 * i);
    static const uint32_t b[1] = { I_LDRB_W1_X0 };
    t->cpu->r[0] = DEV_VA + 0x41;
    assert_int_equal(run(t, b, 1), HALT_DEBUG);
    mt_expect_abort(t, 1, 1, ESR_DABT_SAME(FSC_EXT), DEV_VA + 0x41, CODE_VA);
}

/* A device supporting every width gets single accesses. */
static void test_all_widths(void **state)
{
    TestEnv *t = setup(state, MMIO_SIZE_1 | MMIO_SIZE_2 | MMIO_SIZE_4 | MMIO_SIZE_8);
    static const uint32_t w[4] = { I_LDR_X1_X0, I_LDRB_W1_X0, I_LDRH_W1_X0_2, I_STR_X2_X0 };
    t->cpu->r[0] = DEV_VA + 0x80;
    t->cpu->r[2] = 0x42;
    assert_int_equal(run(t, w, 4), HALT_MAX_INSNS);
    assert_int_equal(dev.n, 4);
    assert_int_equal(dev.log[0].size, 8);
    assert_int_equal(dev.log[1].size, 1);
    assert_int_equal(dev.log[2].size, 2);
    assert_int_equal(dev.log[2].off, 0x82);
    expect_log(3, 0x80, 8, true, 0x42);
}

/* A device error on the second half of a split load: External abort,
 * FAR = the instruction's VA; the register is not written. */
static void test_device_error(void **state)
{
    TestEnv *t = setup(state, MMIO_SIZE_4);
    dev.bad_off = 0x104;
    static const uint32_t w[1] = { I_LDR_X1_X0 };
    t->cpu->r[0] = DEV_VA + 0x100;
    t->cpu->r[1] = 0x77;
    assert_int_equal(run(t, w, 1), HALT_DEBUG);
    assert_int_equal(t->cpu->sr[SR_ESR_EL1] & ~(UINT64_C(1) << 9), ESR_DABT_SAME(FSC_EXT));
    assert_int_equal(t->cpu->r[1], 0x77);
    static const uint32_t s[1] = { I_STR_X2_X0 };
    assert_int_equal(run(t, s, 1), HALT_DEBUG);
    assert_int_equal(t->cpu->sr[SR_ESR_EL1] & ~(UINT64_C(1) << 9),
                     ESR_DABT_SAME(ISS_WNR | FSC_EXT));
}

/* Nothing at the physical address: External abort on load (WnR=0), store
 * (WnR=1) and instruction fetch (EC 0x21, IFSC 0x10); FnV=0 and FAR = VA.
 * The same with stage 1 off (tenv's HCR_EL2.DC identity map). */
static void test_unmapped_pa(void **state)
{
    TestEnv *t = setup(state, MMIO_SIZE_4);
    static const uint32_t l[1] = { I_LDR_X1_X0 }, s[1] = { I_STR_X2_X0 }, b[2] = { I_BR_X0, I_NOP };
    t->cpu->r[0] = HOLE_VA + 0x38;
    assert_int_equal(run(t, l, 1), HALT_DEBUG);
    mt_expect_abort(t, 1, 1, ESR_DABT_SAME(FSC_EXT), HOLE_VA + 0x38, CODE_VA);
    assert_int_equal(run(t, s, 1), HALT_DEBUG);
    mt_expect_abort(t, 1, 1, ESR_DABT_SAME(ISS_WNR | FSC_EXT), HOLE_VA + 0x38, CODE_VA);
    t->cpu->r[0] = HOLE_VA + 0x1040;
    assert_int_equal(run(t, b, 2), HALT_DEBUG);
    mt_expect_abort(t, 1, 1, ESR_IABT_SAME(FSC_EXT), HOLE_VA + 0x1040, HOLE_VA + 0x1040);
    tenv_reset(t);
    mt_code(t, T_CODE, l, 1);
    t->cpu->r[0] = HOLE_PA + 0x8;
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_DEBUG);
    mt_expect_abort(t, 1, 1, ESR_DABT_SAME(FSC_EXT), HOLE_PA + 0x8, T_CODE);
}

/* Bus.unmapped_raz (bring-up): unmapped reads return 0, writes vanish, no
 * exception. */
static void test_unmapped_raz(void **state)
{
    TestEnv *t = setup(state, MMIO_SIZE_4);
    t->m->bus.unmapped_raz = true;
    static const uint32_t w[2] = { I_LDR_X1_X0, I_STR_X2_X0 };
    t->cpu->r[0] = HOLE_VA + 0x18;
    t->cpu->r[1] = 0x1234;
    assert_int_equal(run(t, w, 2), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->r[1], 0);
    assert_int_equal(t->cpu->pc, CODE_VA + 8);
    t->m->bus.unmapped_raz = false;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_split_8_to_4),
        cmocka_unit_test(test_split_to_2_and_narrow_abort),
        cmocka_unit_test(test_all_widths),
        cmocka_unit_test(test_device_error),
        cmocka_unit_test(test_unmapped_pa),
        cmocka_unit_test(test_unmapped_raz),
    };
    return cmocka_run_group_tests_name("mmu_bus_access", tests, group_setup, tenv_teardown);
}
