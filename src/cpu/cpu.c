/*
 * cpu.c — PSTATE packing, stack-pointer banking, translation-regime
 * selection and interrupt inputs of one PE. Arm ARM D1.4 (PSTATE), D1.8
 * (stack pointer selection), D8.1.2 (translation regimes), D1.13
 * (asynchronous exception inputs).
 */
#include "xnuemu/cpu.h"
#include "xnuemu/cpu_model.h"
#include "xnuemu/sysreg.h"

uint64_t cpu_get_spsr_bits(const CpuState *cpu)
{
    const Pstate *p = &cpu->ps;
    return (uint64_t)cpu->nzcv |
           (uint64_t)p->uao << 23 | (uint64_t)p->pan << 22 |
           (uint64_t)p->ss << 21 | (uint64_t)p->il << 20 |
           (uint64_t)p->daif << 6 |
           (uint64_t)p->el << 2 | p->sp;
}

bool cpu_have_el(const CpuState *cpu, unsigned el)
{
    switch (el) {
    case 0:
    case 1: return true;
    case 2: return cpu->model->has_el2;
    case 3: return cpu->model->has_el3;
    default: return false;
    }
}

bool cpu_el2_enabled(const CpuState *cpu)
{
    if (!cpu->model->has_el2)
        return false;
    return !cpu->model->has_el3 || (cpu->sr[SR_SCR_EL3] & SCR_NS);
}

uint64_t cpu_hcr(const CpuState *cpu)
{
    return cpu_el2_enabled(cpu) ? cpu->sr[SR_HCR_EL2] : 0;
}

void cpu_update_regime(CpuState *cpu)
{
    uint64_t hcr = cpu_hcr(cpu);
    bool e2h = (hcr & HCR_E2H) != 0;
    bool tge = (hcr & HCR_TGE) != 0;
    unsigned r;
    switch (cpu->ps.el) {
    case 0: r = (e2h && tge) ? REGIME_EL20_0 : REGIME_EL10_0; break;
    case 1: r = cpu->ps.pan ? REGIME_EL10_1_PAN : REGIME_EL10_1; break;
    case 2:
        r = !e2h ? REGIME_EL2 : cpu->ps.pan ? REGIME_EL20_2_PAN : REGIME_EL20_2;
        break;
    default: r = REGIME_EL3; break;
    }
    cpu->regime = (uint8_t)r;
    cpu->tlb = &cpu->tlbs[r];
    cpu->fp_ok = false;       /* EL or HCR_EL2/SCR_EL3 changed: re-check FP enables */
}

void cpu_set_el_sp(CpuState *cpu, unsigned el, unsigned spsel)
{
    cpu->sp_el[cpu_sp_index(cpu)] = cpu->r[REG_SP];
    cpu->ps.el = (uint8_t)el;
    cpu->ps.sp = (uint8_t)(el == 0 ? 0 : spsel);
    cpu->r[REG_SP] = cpu->sp_el[cpu_sp_index(cpu)];
    cpu_update_regime(cpu);
}

void tlb_flush(Tlb *t)
{
    for (unsigned i = 0; i < TLB_SIZE; i++) {
        t->d[i].tag_r = TLBF_INVALID;
        t->d[i].tag_w = TLBF_INVALID;
        t->d[i].addend = 0;
        t->d[i].pa_attr = 0;
        t->i[i].tag_x = TLBF_INVALID;
        t->i[i].dp = NULL;
    }
}

void cpu_tlb_flush_all(CpuState *cpu)
{
    for (unsigned r = 0; r < REGIME_COUNT; r++) {
        tlb_flush(&cpu->tlbs[r]);
        cpu->tlb_size_log2[r] = 12;
    }
}

void cpu_drive_irq(CpuState *cpu, uint32_t line, unsigned src, bool level)
{
    unsigned i = (unsigned)__builtin_ctz(line);
    if (level)
        cpu->irq_src[i] |= 1u << src;
    else
        cpu->irq_src[i] &= ~(1u << src);
    uint32_t old = cpu->irq_lines;
    if (cpu->irq_src[i])
        cpu->irq_lines |= line;
    else
        cpu->irq_lines &= ~line;
    if (cpu->irq_lines != old)
        cpu_kick(cpu);
}

void cpu_set_irq_line(CpuState *cpu, uint32_t line, bool level)
{
    cpu_drive_irq(cpu, line, IRQ_SRC_DIRECT, level);
}

uint64_t cpu_branch_addr_slow(const CpuState *cpu, uint64_t va)
{
    bool tbi;
    unsigned hi = (va >> 55) & 1;
    switch (cpu->regime) {
    case REGIME_EL3:
        tbi = (cpu->sr[SR_TCR_EL3] >> 20) & 1;
        break;
    case REGIME_EL2:
        tbi = (cpu->sr[SR_TCR_EL2] >> 20) & 1;
        break;
    case REGIME_EL20_0: case REGIME_EL20_2: case REGIME_EL20_2_PAN:
        tbi = (cpu->sr[SR_TCR_EL2] >> (hi ? 38 : 37)) & 1;
        break;
    default:
        tbi = (cpu->sr[SR_TCR_EL1] >> (hi ? 38 : 37)) & 1;
        break;
    }
    return tbi ? (uint64_t)((int64_t)(va << 8) >> 8) : va;
}
