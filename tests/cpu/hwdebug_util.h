/*
 * hwdebug_util.h — helpers shared by the self-hosted debug tests
 * (test_hwdebug_points.c, test_hwdebug_step.c): debug registers written
 * through their rows (so the armed summary follows, as an MSR would), and
 * DBGBCR/DBGWCR field builders (Arm ARM D17.3.2 DBGBCR<n>_EL1, D17.3.14
 * DBGWCR<n>_EL1).
 */
#ifndef TESTS_HWDEBUG_UTIL_H
#define TESTS_HWDEBUG_UTIL_H

#include <string.h>

#include "tenv.h"
#include "xnuemu/hwdebug.h"

#define NOP       0xd503201fu
#define ERET      0xd69f03e0u
#define SVC1      0xd4000021u   /* svc #1 */
#define UDF       0x00000000u
#define STR_W1_X0 0xb9000001u   /* str w1, [x0] */
#define LDR_W1_X0 0xb9400001u   /* ldr w1, [x0] */
#define STR_X1_X0 0xf9000001u   /* str x1, [x0] */
#define LDR_X1_X0 0xf9400001u   /* ldr x1, [x0] */
#define LDXR_X1_X0 0xc85f7c01u  /* ldxr x1, [x0] */
#define LDTR_X1_X0 0xf8400801u  /* ldtr x1, [x0] */

/* ESR value: EC, IL=1, ISS */
#define ESR(ec, iss) ((uint64_t)(ec) << 26 | UINT64_C(1) << 25 | (iss))

/* DBGBCR: E, PMC, BAS, HMC, SSC, LBN, BT */
static inline uint64_t bcr(unsigned pmc, unsigned bas, unsigned bt, unsigned lbn)
{
    return 1u | pmc << 1 | bas << 5 | lbn << 16 | bt << 20;
}

/* DBGWCR: E, PAC, LSC (1 load, 2 store, 3 both), BAS, WT, LBN, MASK */
static inline uint64_t wcr(unsigned pac, unsigned lsc, unsigned bas, unsigned mask)
{
    return 1u | pac << 1 | lsc << 3 | bas << 5 | (uint64_t)mask << 24;
}

static inline void poke(TestEnv *t, const char *name, uint64_t v)
{
    const SysRegDesc *d = sysreg_find_name(&t->m->srt, name);
    assert_non_null(d);
    assert_true(sysreg_poke(t->cpu, d, v));
}

/* Reset, then OS lock cleared (it is set at reset) and MDSCR as given. */
static inline TestEnv *dbg_env(void **state, uint64_t mdscr)
{
    TestEnv *t = *state;
    tenv_reset(t);
    poke(t, "OSLAR_EL1", 0);
    poke(t, "MDSCR_EL1", mdscr);
    return t;
}

static inline void put(TestEnv *t, uint64_t addr, const uint32_t *w, unsigned n)
{
    tenv_put_code(t, addr, w, n);
}

#endif
