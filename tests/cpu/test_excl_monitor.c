/*
 * test_excl_monitor.c — the local exclusive monitor (Arm ARM B2.9) driven
 * by multi-instruction programs: what clears it (CLREX, ERET, a store by
 * this PE to the 64-byte granule on the TLB fast or slow path, an atomic,
 * a write by another bus master, any STXR) and what does not (stores to
 * other granules), plus LDXP/STXP round trips and a retry loop.
 */
#include "tenv.h"
#include "xnuemu/decode.h"
#include "xnuemu/mem.h"

#define D(off) (T_DATA + (off))
#define OLD UINT64_C(0x1122334455667788)
#define NEW UINT64_C(0x0badc0de0badc0de)

/* Fresh machine; x1 = D(0x100) (a granule start) holding OLD, x3 = NEW. */
static TestEnv *start(void **state)
{
    TestEnv *t = *state;
    tenv_reset(t);
    uint64_t v = OLD;
    assert_true(bus_write_phys(&t->m->bus, D(0x100), &v, 8));
    t->cpu->r[1] = D(0x100);
    t->cpu->r[3] = NEW;
    return t;
}

static void load(TestEnv *t, const uint32_t *code, unsigned n)
{
    tenv_put_code(t, T_CODE, code, n);
}

/* Run n instructions from pc; none may take an exception. */
static void step(TestEnv *t, uint64_t pc, unsigned n)
{
    assert_int_equal(tenv_run(t, pc, n), HALT_MAX_INSNS);
}

static uint64_t rd64(TestEnv *t, uint64_t pa)
{
    uint64_t v = 0;
    assert_true(bus_read_phys(&t->m->bus, pa, &v, 8));
    return v;
}

/* The data window's initial contents at a (8 bytes, little-endian). */
static uint64_t pattern64(uint64_t a)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < 8; i++)
        v |= (uint64_t)tenv_pattern(a + i) << (8 * i);
    return v;
}

/* Rows implemented by other families that some programs use. */
static bool have(unsigned id)
{
    return a64_rows[id].exec != NULL;
}

/* LDXR, modify, STXR with nothing in between: the store passes. */
static void test_pass(void **state)
{
    TestEnv *t = start(state);
    static const uint32_t code[] = {
        0xc85f7c20, /* ldxr x0, [x1] */
        0x91000400, /* add x0, x0, #1 */
        0xc8027c20, /* stxr w2, x0, [x1] */
    };
    load(t, code, 3);
    step(t, T_CODE, 3);
    assert_int_equal(t->cpu->r[2], 0);
    assert_int_equal(rd64(t, D(0x100)), OLD + 1);
    assert_false(t->cpu->excl.valid);
}

static void test_clrex_clears(void **state)
{
    TestEnv *t = start(state);
    static const uint32_t code[] = {
        0xc85f7c20, /* ldxr x0, [x1] */
        0xd5033f5f, /* clrex */
        0xc8027c23, /* stxr w2, x3, [x1] */
    };
    load(t, code, 3);
    step(t, T_CODE, 1);
    assert_true(t->cpu->excl.valid);
    step(t, T_CODE + 4, 2);
    assert_int_equal(t->cpu->r[2], 1);
    assert_int_equal(rd64(t, D(0x100)), OLD);
}

/* ERET to the next instruction (EL1h, DAIF masked) clears the monitor. */
static void test_eret_clears(void **state)
{
    TestEnv *t = start(state);
    static const uint32_t code[] = {
        0xc85f7c20, /* ldxr x0, [x1] */
        0xd69f03e0, /* eret */
        0xc8027c23, /* stxr w2, x3, [x1] */
    };
    t->cpu->sr[SR_SPSR_EL1] = 0x3c5;
    t->cpu->sr[SR_ELR_EL1] = T_CODE + 8;
    load(t, code, 3);
    step(t, T_CODE, 1);
    assert_true(t->cpu->excl.valid);
    step(t, T_CODE + 4, 2);
    assert_int_equal(t->cpu->ps.el, 1);
    assert_int_equal(t->cpu->pc, T_CODE + 12);
    assert_int_equal(t->cpu->r[2], 1);
    assert_int_equal(rd64(t, D(0x100)), OLD);
}

/* Ordinary stores take the inline TLB fast path; after LDXR the page is
 * watched, so a store into the granule still reaches excl_note_store(),
 * whether the TLB entry was filled before the LDXR or by it. */
static void test_fast_path_store_clears(void **state)
{
    TestEnv *t = start(state);
    CpuState *cpu = t->cpu;
    static const uint32_t code[] = {
        0xc85f7c20, /* ldxr x0, [x1] */
        0xc8027c23, /* stxr w2, x3, [x1] */
    };
    load(t, code, 2);
    /* fill the TLB entry for the page first: a later store would hit */
    assert_true(mem_st(cpu, D(0x180), 8, 0));
    assert_int_equal(cpu->tlb->d[tlb_index(D(0x100))].tag_w, D(0));
    step(t, T_CODE, 1);
    assert_true(cpu->excl.valid);
    assert_true(cpu->tlb->d[tlb_index(D(0x100))].tag_w & TLBF_WATCH);
    assert_true(mem_st(cpu, D(0x13c), 4, 0x5a5a5a5a));  /* last word of the granule */
    assert_false(cpu->excl.valid);
    step(t, T_CODE + 4, 1);
    assert_int_equal(cpu->r[2], 1);
    assert_int_equal(rd64(t, D(0x100)), OLD);

    /* TLB filled by the LDXR itself */
    start(state);
    load(t, code, 2);
    step(t, T_CODE, 1);
    assert_true(mem_st(cpu, D(0x100), 1, 0x77));
    step(t, T_CODE + 4, 1);
    assert_int_equal(cpu->r[2], 1);
    assert_int_equal(rd64(t, D(0x100)), (OLD & ~UINT64_C(0xff)) | 0x77);
}

/* Stores outside the granule (same page, either side) leave it armed. */
static void test_fast_path_other_granule_keeps(void **state)
{
    TestEnv *t = start(state);
    CpuState *cpu = t->cpu;
    static const uint32_t code[] = {
        0xc85f7c20, /* ldxr x0, [x1] */
        0xc8027c23, /* stxr w2, x3, [x1] */
    };
    load(t, code, 2);
    step(t, T_CODE, 1);
    assert_true(mem_st(cpu, D(0x140), 8, 1));
    assert_true(mem_st(cpu, D(0xff), 1, 2));
    assert_true(mem_st(cpu, D(0x1100), 8, 3));          /* another page */
    assert_true(cpu->excl.valid);
    step(t, T_CODE + 4, 1);
    assert_int_equal(cpu->r[2], 0);
    assert_int_equal(rd64(t, D(0x100)), NEW);
}

/* The same with STR instructions (ldst_imm family). */
static void test_str_same_granule_clears(void **state)
{
    if (!have(A64_STR_uoff))
        skip();
    TestEnv *t = start(state);
    static const uint32_t code[] = {
        0xf9000825, /* str x5, [x1, #16] */
        0xc85f7c20, /* ldxr x0, [x1] */
        0xf9000426, /* str x6, [x1, #8] */
        0xc8027c23, /* stxr w2, x3, [x1] */
    };
    load(t, code, 4);
    step(t, T_CODE, 4);
    assert_int_equal(t->cpu->r[2], 1);
    assert_int_equal(rd64(t, D(0x100)), OLD);
    assert_int_equal(rd64(t, D(0x108)), t->cpu->r[6]);

    start(state);
    static const uint32_t code2[] = {
        0xc85f7c20, /* ldxr x0, [x1] */
        0x3900fc25, /* strb w5, [x1, #63] */
        0xc8027c23, /* stxr w2, x3, [x1] */
    };
    load(t, code2, 3);
    step(t, T_CODE, 3);
    assert_int_equal(t->cpu->r[2], 1);
    assert_int_equal(rd64(t, D(0x100)), OLD);
}

static void test_str_other_granule_keeps(void **state)
{
    if (!have(A64_STR_uoff))
        skip();
    TestEnv *t = start(state);
    static const uint32_t code[] = {
        0xc85f7c20, /* ldxr x0, [x1] */
        0xf9002025, /* str x5, [x1, #64] */
        0x39000085, /* strb w5, [x4] */
        0xc8027c23, /* stxr w2, x3, [x1] */
    };
    t->cpu->r[4] = D(0xff);
    load(t, code, 4);
    step(t, T_CODE, 4);
    assert_int_equal(t->cpu->r[2], 0);
    assert_int_equal(rd64(t, D(0x100)), NEW);
}

/* A write by another master (DMA, debugger) through bus_write_phys. */
static void test_bus_write_clears(void **state)
{
    TestEnv *t = start(state);
    static const uint32_t code[] = {
        0xc85f7c20, /* ldxr x0, [x1] */
        0xc8027c23, /* stxr w2, x3, [x1] */
    };
    load(t, code, 2);
    step(t, T_CODE, 1);
    uint32_t w = 0xdeadbeef;
    assert_true(bus_write_phys(&t->m->bus, D(0x120), &w, 4));
    step(t, T_CODE + 4, 1);
    assert_int_equal(t->cpu->r[2], 1);
    assert_int_equal(rd64(t, D(0x100)), OLD);

    start(state);
    load(t, code, 2);
    step(t, T_CODE, 1);
    assert_true(bus_write_phys(&t->m->bus, D(0x140), &w, 4));
    assert_true(bus_write_phys(&t->m->bus, D(0xfc), &w, 4));
    step(t, T_CODE + 4, 1);
    assert_int_equal(t->cpu->r[2], 0);
    assert_int_equal(rd64(t, D(0x100)), NEW);
}

/* An STXR to another address fails and clears the monitor, so a second
 * STXR to the right address fails too. */
static void test_stxr_other_address(void **state)
{
    TestEnv *t = start(state);
    static const uint32_t code[] = {
        0xc85f7c20, /* ldxr x0, [x1] */
        0xc8027c83, /* stxr w2, x3, [x4] */
        0xc8057c23, /* stxr w5, x3, [x1] */
    };
    t->cpu->r[4] = D(0x108);
    load(t, code, 3);
    step(t, T_CODE, 3);
    assert_int_equal(t->cpu->r[2], 1);
    assert_int_equal(t->cpu->r[5], 1);
    assert_int_equal(rd64(t, D(0x100)), OLD);
    assert_int_equal(rd64(t, D(0x108)), pattern64(D(0x108)));
}

/* A successful STXR also clears it: the next one fails. */
static void test_stxr_pass_clears(void **state)
{
    TestEnv *t = start(state);
    static const uint32_t code[] = {
        0xc85f7c20, /* ldxr x0, [x1] */
        0xc8027c23, /* stxr w2, x3, [x1] */
        0xc8057c26, /* stxr w5, x6, [x1] */
    };
    load(t, code, 3);
    step(t, T_CODE, 3);
    assert_int_equal(t->cpu->r[2], 0);
    assert_int_equal(t->cpu->r[5], 1);
    assert_int_equal(rd64(t, D(0x100)), NEW);
}

/* A second LDXR moves the monitor to its own address. */
static void test_ldxr_rearms(void **state)
{
    TestEnv *t = start(state);
    static const uint32_t code[] = {
        0xc85f7c20, /* ldxr x0, [x1] */
        0xc85f7c86, /* ldxr x6, [x4] */
        0xc8027c23, /* stxr w2, x3, [x1] */
    };
    t->cpu->r[4] = D(0x200);
    load(t, code, 3);
    step(t, T_CODE, 3);
    assert_int_equal(t->cpu->r[2], 1);
    assert_int_equal(rd64(t, D(0x100)), OLD);
}

/* An atomic read-modify-write into the granule is a store. */
static void test_atomic_clears(void **state)
{
    TestEnv *t = start(state);
    static const uint32_t code[] = {
        0xc85f7c20, /* ldxr x0, [x1] */
        0xf8260087, /* ldadd x6, x7, [x4] */
        0xc8027c23, /* stxr w2, x3, [x1] */
    };
    t->cpu->r[4] = D(0x108);
    load(t, code, 3);
    step(t, T_CODE, 3);
    assert_int_equal(t->cpu->r[2], 1);
    assert_int_equal(rd64(t, D(0x100)), OLD);
}

/* LDXP/STXP round trips (X and W pairs, plain and acquire/release), and
 * a pair whose granule is written in between. */
static void test_pair_round_trip(void **state)
{
    TestEnv *t = start(state);
    uint64_t hi = UINT64_C(0x0123456789abcdef);
    assert_true(bus_write_phys(&t->m->bus, D(0x108), &hi, 8));
    static const uint32_t code[] = {
        0xc87f1424, /* ldxp x4, x5, [x1] */
        0x91000484, /* add x4, x4, #1 */
        0x910008a5, /* add x5, x5, #2 */
        0xc8221424, /* stxp w2, x4, x5, [x1] */
    };
    load(t, code, 4);
    step(t, T_CODE, 4);
    assert_int_equal(t->cpu->r[2], 0);
    assert_int_equal(rd64(t, D(0x100)), OLD + 1);
    assert_int_equal(rd64(t, D(0x108)), hi + 2);

    start(state);
    static const uint32_t code_w[] = {
        0x887f9424, /* ldaxp w4, w5, [x1] */
        0x11000484, /* add w4, w4, #1 */
        0x110008a5, /* add w5, w5, #2 */
        0x88229424, /* stlxp w2, w4, w5, [x1] */
    };
    load(t, code_w, 4);
    step(t, T_CODE, 4);
    assert_int_equal(t->cpu->r[2], 0);
    assert_int_equal(rd64(t, D(0x100)), OLD + (UINT64_C(2) << 32) + 1);

    start(state);
    load(t, code, 4);
    step(t, T_CODE, 3);
    uint8_t b = 0;
    assert_true(bus_write_phys(&t->m->bus, D(0x10f), &b, 1));
    step(t, T_CODE + 12, 1);
    assert_int_equal(t->cpu->r[2], 1);
    assert_int_equal(rd64(t, D(0x100)), OLD);
}

/* The same sequence at EL0 (its own TLB regime). */
static void test_el0(void **state)
{
    TestEnv *t = start(state);
    static const uint32_t code[] = {
        0xc85f7c20, /* ldxr x0, [x1] */
        0x91000400, /* add x0, x0, #1 */
        0xc8027c20, /* stxr w2, x0, [x1] */
        0xc85f7c20, /* ldxr x0, [x1] */
        0xd5033f5f, /* clrex */
        0xc8057c23, /* stxr w5, x3, [x1] */
    };
    tenv_set_el(t, 0, 0);
    load(t, code, 6);
    step(t, T_CODE, 6);
    assert_int_equal(t->cpu->r[2], 0);
    assert_int_equal(t->cpu->r[5], 1);
    assert_int_equal(rd64(t, D(0x100)), OLD + 1);
}

/* A lock-free increment loop that loses its reservation once. */
static void test_retry_loop(void **state)
{
    TestEnv *t = start(state);
    static const uint32_t code[] = {
        0x885ffc20, /* ldaxr w0, [x1] */
        0x11000400, /* add w0, w0, #1 */
        0x8802fc20, /* stlxr w2, w0, [x1] */
        0x35ffffa2, /* cbnz w2, .-12 */
    };
    load(t, code, 4);
    step(t, T_CODE, 2);
    uint32_t w = 100;
    assert_true(bus_write_phys(&t->m->bus, D(0x100), &w, 4));
    step(t, T_CODE + 8, 2);              /* fails, branches back */
    assert_int_equal(t->cpu->pc, T_CODE);
    step(t, T_CODE, 4);                  /* succeeds, falls through */
    assert_int_equal(t->cpu->pc, T_CODE + 16);
    assert_int_equal(t->cpu->r[2], 0);
    assert_int_equal(rd64(t, D(0x100)) & 0xffffffff, 101);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pass),
        cmocka_unit_test(test_clrex_clears),
        cmocka_unit_test(test_eret_clears),
        cmocka_unit_test(test_fast_path_store_clears),
        cmocka_unit_test(test_fast_path_other_granule_keeps),
        cmocka_unit_test(test_str_same_granule_clears),
        cmocka_unit_test(test_str_other_granule_keeps),
        cmocka_unit_test(test_bus_write_clears),
        cmocka_unit_test(test_stxr_other_address),
        cmocka_unit_test(test_stxr_pass_clears),
        cmocka_unit_test(test_ldxr_rearms),
        cmocka_unit_test(test_atomic_clears),
        cmocka_unit_test(test_pair_round_trip),
        cmocka_unit_test(test_el0),
        cmocka_unit_test(test_retry_loop),
    };
    return cmocka_run_group_tests_name("excl_monitor", tests, tenv_setup, tenv_teardown);
}
