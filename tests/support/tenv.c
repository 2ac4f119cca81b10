/*
 * tenv.c — the test machine (see tenv.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tenv.h"

TestEnv *tenv_new(void)
{
    TestEnv *t = calloc(1, sizeof(*t));
    MachineConfig cfg = { .machine = "bare", .el = 3, .ram_size = T_RAM_SIZE };
    char err[256];
    if (!t || machine_create(&t->m, &cfg, err, sizeof(err)) != EMU_OK) {
        fprintf(stderr, "tenv: cannot create machine: %s\n", err);
        abort();
    }
    t->cpu = t->m->cpu;
    tenv_reset(t);
    return t;
}

void tenv_free(TestEnv *t)
{
    if (!t)
        return;
    machine_destroy(t->m);
    free(t);
}

void tenv_set_el(TestEnv *t, unsigned el, unsigned sp)
{
    cpu_set_el_sp(t->cpu, el, sp);
}

void tenv_reset(TestEnv *t)
{
    CpuState *cpu = t->cpu;
    static uint8_t data[T_DATA_SIZE];
    static const uint8_t zero[0x1000];

    cpu_reset(cpu, 3);
    cpu->halt_reason = HALT_NONE;
    cpu->halt_msg[0] = 0;
    cpu->exit_code = 0;
    cpu->halt_on_exception = true;
    cpu->exc_streak = 0;
    /* EL3: Non-secure below, AArch64, HVC enabled. EL2: AArch64 EL1,
     * stage 1 disabled for EL1&0 with Normal memory (HCR_EL2.DC). */
    cpu->sr[SR_SCR_EL3] = SCR_NS | SCR_RW | SCR_HCE | 0x30;
    cpu->sr[SR_HCR_EL2] = HCR_RW | HCR_DC;
    cpu->sr[SR_VTCR_EL2] = T_VTCR;
    cpu->sr[SR_VTTBR_EL2] = T_S2TABLE;
    cpu->sr[SR_VBAR_EL1] = T_VBAR;
    cpu->sr[SR_VBAR_EL2] = T_VBAR + 0x1000;
    cpu->sr[SR_VBAR_EL3] = T_VBAR + 0x2000;
    cpu->sr[SR_CPACR_EL1] = 3u << 20;   /* FP/SIMD enabled at EL0 and EL1 */
    for (unsigned i = 0; i < 31; i++)
        cpu->r[i] = tenv_reg_pattern(i);
    for (unsigned i = 0; i < 32; i++) {
        cpu->v[i].d[0] = tenv_vreg_pattern(i, 0);
        cpu->v[i].d[1] = tenv_vreg_pattern(i, 1);
    }
    cpu->sr[SR_FPCR] = 0;
    cpu->sr[SR_FPSR] = 0;
    cpu->sp_el[0] = T_STACK - 0x100;
    cpu->sp_el[1] = T_STACK;
    cpu->sp_el[2] = T_STACK - 0x200;
    cpu->sp_el[3] = T_STACK - 0x300;
    cpu->r[REG_SP] = cpu->sp_el[3];
    tenv_set_el(t, 1, 1);
    cpu->nzcv = 0;
    cpu->ps.daif = 0xf;
    cpu_tlb_flush_all(cpu);

    /* stage 2: 1 GiB blocks, MemAttr Normal WB, S2AP RW, inner shareable, AF */
    static uint64_t s2[512];
    for (uint64_t i = 0; i < 512; i++)
        s2[i] = i << 30 | 1 | 0xfu << 2 | 3u << 6 | 3u << 8 | 1u << 10;
    if (!bus_write_phys(&t->m->bus, T_S2TABLE, s2, sizeof(s2)))
        abort();
    for (uint64_t i = 0; i < T_DATA_SIZE; i++)
        data[i] = tenv_pattern(T_DATA + i);
    if (!bus_write_phys(&t->m->bus, T_DATA, data, T_DATA_SIZE) ||
        !bus_write_phys(&t->m->bus, T_CODE, zero, sizeof(zero)))
        abort();
    dcache_invalidate_all(&t->m->dcache);
}

void tenv_put_code(TestEnv *t, uint64_t addr, const uint32_t *words, unsigned n)
{
    if (!bus_write_phys(&t->m->bus, addr, words, (uint64_t)n * 4))
        abort();
}

HaltReason tenv_run(TestEnv *t, uint64_t pc, uint64_t n)
{
    CpuState *cpu = t->cpu;
    cpu->pc = pc;
    cpu->halt_reason = HALT_NONE;
    cpu->max_insns = cpu->icount + n;
    return cpu_run(cpu);
}

uint64_t tenv_sync_vector(unsigned from_el, unsigned from_sp, unsigned target)
{
    uint64_t base = target == 1 ? T_VBAR : target == 2 ? T_VBAR + 0x1000 : T_VBAR + 0x2000;
    if (target > from_el)
        return base + 0x400;
    return base + (from_sp ? 0x200 : 0);
}

void tenv_rebuild_sysregs(Machine *m)
{
    char err[256];
    sysreg_table_free(&m->srt);
    if (!sysreg_table_build(&m->srt, &m->model, err, sizeof(err))) {
        fprintf(stderr, "tenv: cannot rebuild the system-register table: %s\n", err);
        abort();
    }
    dcache_invalidate_all(&m->dcache);
}

int tenv_setup(void **state)
{
    *state = tenv_new();
    return 0;
}

int tenv_teardown(void **state)
{
    tenv_free(*state);
    return 0;
}
