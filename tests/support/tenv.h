/*
 * tenv.h — a test machine: the bare board with EL1..EL3 implemented, the
 * CPU at EL1 (Non-secure, HCR_EL2.DC=1 so EL1&0 data accesses are Normal
 * memory with the MMU off; DC implies stage 2, so a stage-2 identity map
 * of the first 512 GiB as Normal read-write memory is installed at
 * T_S2TABLE), code at T_CODE, a data window at T_DATA filled with a known
 * pattern, and the run stopping right after any exception.
 */
#ifndef TESTS_TENV_H
#define TESTS_TENV_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include "xnuemu/exec_loop.h"
#include "xnuemu/machine.h"
#include "xnuemu/sysreg.h"

#define T_RAM     UINT64_C(0x40000000)
#define T_CODE    UINT64_C(0x40000000)   /* instructions under test */
#define T_DATA    UINT64_C(0x40100000)   /* data window, T_DATA_SIZE bytes */
#define T_DATA_SIZE 0x10000u
#define T_STACK   UINT64_C(0x40200000)   /* initial SP (16-byte aligned) */
#define T_VBAR    UINT64_C(0x40300000)   /* vector tables of EL1..EL3 */
#define T_S2TABLE UINT64_C(0x40e00000)   /* stage-2 level-1 table (4 KiB) */
#define T_RAM_SIZE (UINT64_C(16) << 20)
/* VTCR_EL2 of the identity map: T0SZ=25, SL0=1 (level 1), 4K, PS=40 bits */
#define T_VTCR    (UINT64_C(25) | UINT64_C(1) << 6 | UINT64_C(2) << 16 | UINT64_C(1) << 31)

typedef struct TestEnv {
    Machine *m;
    CpuState *cpu;
} TestEnv;

/* Byte of the data-window pattern at address a (never 0 for the first
 * bytes, so stray zero stores show). */
static inline uint8_t tenv_pattern(uint64_t a)
{
    return (uint8_t)((a * 0x9d) ^ (a >> 8) ^ 0x5a);
}

/* Value the test environment puts in Xn before a case (n = 0..30). */
static inline uint64_t tenv_reg_pattern(unsigned n)
{
    return UINT64_C(0xa5a5000000000000) | (uint64_t)n << 32 | (uint64_t)n * 0x01010101u;
}

/* Value of V(n)'s low (half 0) or high (half 1) 64 bits before a case. */
static inline uint64_t tenv_vreg_pattern(unsigned n, unsigned half)
{
    return (half ? UINT64_C(0x5a5a000000000000) : UINT64_C(0xc3c3000000000000)) |
           (uint64_t)n << 40 | (uint64_t)(n + 16 * half) * 0x01010101u;
}

TestEnv *tenv_new(void);
void tenv_free(TestEnv *t);

/* Back to the initial state: registers to the pattern, EL1 with SP_EL1,
 * NZCV 0, DAIF masked, system registers reset and re-configured as above,
 * data window refilled, code area zeroed. */
void tenv_reset(TestEnv *t);

/* Put instruction words at addr (through the bus, so decoded code sees
 * the change). */
void tenv_put_code(TestEnv *t, uint64_t addr, const uint32_t *words, unsigned n);

/* Move the CPU to EL el (0..3) with SPSel sp, keeping registers. */
void tenv_set_el(TestEnv *t, unsigned el, unsigned sp);

/* Run from pc until n instructions retired, an exception was taken (the
 * run stops at the vector) or the guest halted. Returns why it stopped. */
HaltReason tenv_run(TestEnv *t, uint64_t pc, uint64_t n);

/* Vector address the CPU will use for a synchronous exception taken from
 * the current EL to `target` (helper for expectations). */
uint64_t tenv_sync_vector(unsigned from_el, unsigned from_sp, unsigned target);

/* Rebuild m's system-register table from m->model, after a test changed
 * the model (e.g. forced the Apple IMPLEMENTATION DEFINED rows on): the
 * table is built once by machine_create. Decoded code keeps pointers to
 * rows, so the decode cache is invalidated too. Registers keep their
 * values (every row's storage exists whatever the model). */
void tenv_rebuild_sysregs(Machine *m);

/* Cmocka group setup/teardown keeping one TestEnv in *state. */
int tenv_setup(void **state);
int tenv_teardown(void **state);

#endif
