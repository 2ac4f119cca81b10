/*
 * mmu_probe.h — shared layout and probes of the permission tests: code in
 * TTBR1 (EL0/EL1 executable), data in TTBR0 (4K, 48-bit); one instruction
 * at EL0 or EL1 and the ESR it raised (0: completed). Arm ARM D8.4.
 */
#ifndef TESTS_MMU_PROBE_H
#define TESTS_MMU_PROBE_H

#include "mmu_insn.h"
#include "pt.h"

#define CODE_VA UINT64_C(0xfffffffffff00000)
#define DVA     UINT64_C(0x0000123456789000)   /* data page -> T_DATA */
#define XPA     PT_DATA                        /* page of NOPs for fetches */

static inline TestEnv *probe_setup(void **state, Pt *t0, Pt *t1)
{
    TestEnv *t = *state;
    tenv_reset(t);
    pt_init(t0, &t->m->bus, PT_4K, 48, PT_POOL, PT_POOL + 0x200000);
    pt_init(t1, &t->m->bus, PT_4K, 48, PT_POOL + 0x200000, PT_POOL_END);
    pt_map(t1, CODE_VA, T_CODE, 3, PT_NORMAL | PT_AP_RO_ALL);
    mt_el1_on(t, t0, t1, 5);
    static uint32_t nops[1024];
    for (unsigned i = 0; i < 1024; i++)
        nops[i] = I_NOP;
    mt_code(t, XPA, nops, 1024);
    return t;
}

/* Run `insn` at CODE_VA at EL el (EL1 with SPSel 1, EL0) with PSTATE.PAN
 * and UAO as given and X0 = va. 0 when it completed; otherwise the ESR of
 * the exception (taken to EL1, FAR checked against far). */
static inline uint64_t probe_far(TestEnv *t, unsigned el, unsigned pan, unsigned uao,
                                 uint32_t insn, uint64_t va, uint64_t far)
{
    CpuState *cpu = t->cpu;
    mt_code(t, T_CODE, &insn, 1);
    tenv_set_el(t, el, el ? 1 : 0);
    cpu->ps.pan = (uint8_t)pan;
    cpu->ps.uao = (uint8_t)uao;
    cpu_update_regime(cpu);
    cpu->r[0] = va;
    cpu->r[2] = UINT64_C(0x0123456789abcdef);
    HaltReason h = tenv_run(t, CODE_VA, 1);
    if (h == HALT_MAX_INSNS) {
        assert_int_equal(cpu->pc, CODE_VA + 4);
        return 0;
    }
    assert_int_equal(h, HALT_DEBUG);
    assert_int_equal(cpu->ps.el, 1);
    assert_int_equal(cpu->sr[SR_FAR_EL1], far);
    assert_int_equal(cpu->sr[SR_ELR_EL1], CODE_VA);
    return cpu->sr[SR_ESR_EL1];
}

static inline uint64_t probe(TestEnv *t, unsigned el, unsigned pan, unsigned uao, uint32_t insn,
                             uint64_t va)
{
    return probe_far(t, el, pan, uao, insn, va, va);
}

/* Branch to target at EL el: 0 when the NOP there ran, else the ESR of
 * the Instruction Abort (FAR = ELR = target). */
static inline uint64_t probe_exec(TestEnv *t, unsigned el, uint64_t target)
{
    CpuState *cpu = t->cpu;
    static const uint32_t br = I_BR_X0;
    mt_code(t, T_CODE, &br, 1);
    tenv_set_el(t, el, el ? 1 : 0);
    cpu->ps.pan = 0;
    cpu->ps.uao = 0;
    cpu_update_regime(cpu);
    cpu->r[0] = target;
    HaltReason h = tenv_run(t, CODE_VA, 2);
    if (h == HALT_MAX_INSNS) {
        assert_int_equal(cpu->pc, target + 4);
        return 0;
    }
    assert_int_equal(h, HALT_DEBUG);
    assert_int_equal(cpu->sr[SR_FAR_EL1], target);
    assert_int_equal(cpu->sr[SR_ELR_EL1], target);
    return cpu->sr[SR_ESR_EL1];
}

/* Expected ESRs for a level-3 permission fault */
#define PERM_RD(el)  ((el) ? ESR_DABT_SAME(FSC_PERM(3)) : ESR_DABT_LOWER(FSC_PERM(3)))
#define PERM_WR(el)  ((el) ? ESR_DABT_SAME(ISS_WNR | FSC_PERM(3)) : \
                             ESR_DABT_LOWER(ISS_WNR | FSC_PERM(3)))
#define PERM_X(el)   ((el) ? ESR_IABT_SAME(FSC_PERM(3)) : ESR_IABT_LOWER(FSC_PERM(3)))

#endif
