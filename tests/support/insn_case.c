/*
 * insn_case.c — runs InsnCase data (see insn_case.h) and compares the
 * whole visible state with the expectation.
 */
#include <stdio.h>
#include <string.h>

#include "insn_case.h"
#include "xnuemu/decode.h"

static uint64_t *reg_slot(CpuState *cpu, uint8_t r, uint64_t *nzcv)
{
    if (r >= 1 && r <= 31)
        return &cpu->r[r - 1];
    if (r == SP)
        return &cpu->r[REG_SP];
    return nzcv;
}

static const char *reg_name(uint8_t r, char *buf)
{
    if (r >= 1 && r <= 31)
        sprintf(buf, "X%u", r - 1);
    else
        strcpy(buf, r == SP ? "SP" : "NZCV");
    return buf;
}

static void put_mem(uint8_t *win, const MemVal *mv)
{
    for (unsigned b = 0; b < mv->size; b++)
        win[mv->addr - T_DATA + b] = (uint8_t)(mv->v >> (8 * b));
}

static bool mem_in_window(const MemVal *mv)
{
    return mv->addr >= T_DATA && mv->addr + mv->size <= T_DATA + T_DATA_SIZE;
}

int insn_case_check(TestEnv *t, const InsnCase *c)
{
    CpuState *cpu = t->cpu;
    static uint8_t want[T_DATA_SIZE], got[T_DATA_SIZE];
    char rn[8];
    int bad = 0;

    tenv_reset(t);

    /* code: set-up words, the instruction under test, observing words */
    uint32_t code[9];
    unsigned npre = 0, npost = 0;
    while (npre < 4 && c->pre[npre])
        code[npre] = c->pre[npre], npre++;
    code[npre] = c->word;
    while (npost < 4 && c->post[npost])
        code[npre + 1 + npost] = c->post[npost], npost++;
    tenv_put_code(t, T_CODE, code, npre + 1 + npost);

    /* state */
    unsigned el = c->el == EL0_ ? 0 : c->el ? c->el : 1;
    tenv_set_el(t, el, c->spsel0 || el == 0 ? 0 : 1);
    for (const SrVal *s = c->sr_in; s < c->sr_in + 4 && s->sr; s++)
        cpu->sr[s->sr] = s->v;
    cpu_update_regime(cpu);
    cpu_tlb_flush_all(cpu);
    uint64_t nzcv = 0;
    for (const RegVal *r = c->in; r < c->in + 8 && r->r; r++)
        *reg_slot(cpu, r->r, &nzcv) = r->v;
    cpu->nzcv = (uint32_t)nzcv;
    for (const VRegVal *v = c->vin; v < c->vin + 4 && v->v; v++) {
        cpu->v[v->v - 1].d[0] = v->lo;
        cpu->v[v->v - 1].d[1] = v->hi;
    }
    cpu->sr[SR_FPCR] = c->fpcr;
    cpu->sr[SR_FPSR] = c->fpsr_in;
    VReg exp_v[32];
    memcpy(exp_v, cpu->v, sizeof(exp_v));
    if (!c->exc)
        for (const VRegVal *v = c->vout; v < c->vout + 4 && v->v; v++) {
            exp_v[v->v - 1].d[0] = v->lo;
            exp_v[v->v - 1].d[1] = v->hi;
        }

    /* expected data window */
    for (uint64_t i = 0; i < T_DATA_SIZE; i++)
        want[i] = tenv_pattern(T_DATA + i);
    for (const MemVal *m = c->mem_in; m < c->mem_in + 4 && m->size; m++) {
        assert_true(mem_in_window(m));
        uint64_t v = m->v;
        assert_true(bus_write_phys(&t->m->bus, m->addr, &v, m->size));
        put_mem(want, m);
    }
    for (const MemVal *m = c->mem_out; m < c->mem_out + 8 && m->size; m++) {
        assert_true(mem_in_window(m));
        put_mem(want, m);
    }

    /* expected registers: everything as before, unless listed */
    uint64_t exp_r[31], exp_sp = cpu->r[REG_SP], exp_nzcv = cpu->nzcv;
    memcpy(exp_r, cpu->r, sizeof(exp_r));
    if (!c->exc) {
        for (const RegVal *r = c->out; r < c->out + 8 && r->r; r++) {
            if (r->r >= 1 && r->r <= 31)
                exp_r[r->r - 1] = r->v;
            else if (r->r == SP)
                exp_sp = r->v;
            else
                exp_nzcv = r->v;
        }
    }
    uint64_t insn_pc = T_CODE + 4 * npre;
    unsigned from_sp = cpu->ps.sp;

    HaltReason why = tenv_run(t, T_CODE, npre + 1 + npost);
    const char *row = a64_rows[c->id].name;
#define BAD(...) do { print_error("  %s/%s: ", row, c->name); print_error(__VA_ARGS__); bad++; } while (0)

    /* the word must be an instance of the row the case claims to test, or
     * an unallocated neighbour of it that the case expects to be UNDEFINED */
    unsigned decoded = a64_decode(&t->m->decoder, c->word);
    /* an UNDEFINED case may also name the row an UNALLOC carve-out belongs to */
    if (decoded != c->id && !((a64_rows[decoded].flags & F_UNALLOC) && c->exc == EXC(EC_UNKNOWN)))
        BAD("word 0x%08x decodes to row %s, not %s\n", c->word, a64_rows[decoded].name, row);

    if (c->exc) {
        unsigned target = c->exc_el ? c->exc_el : 1;
        uint16_t esr_i = target == 1 ? SR_ESR_EL1 : target == 2 ? SR_ESR_EL2 : SR_ESR_EL3;
        uint16_t elr_i = target == 1 ? SR_ELR_EL1 : target == 2 ? SR_ELR_EL2 : SR_ELR_EL3;
        uint16_t far_i = target == 1 ? SR_FAR_EL1 : target == 2 ? SR_FAR_EL2 : SR_FAR_EL3;
        uint64_t esr = cpu->sr[esr_i];
        uint64_t vec = tenv_sync_vector(el, from_sp, target);
        if (why != HALT_DEBUG)
            BAD("expected exception EC 0x%x, none taken (halt %d)\n", c->exc - 1, why);
        else {
            if ((esr >> 26) != (uint64_t)(c->exc - 1))
                BAD("ESR EC 0x%llx, expected 0x%x\n", (unsigned long long)(esr >> 26), c->exc - 1);
            if (c->check_iss && (esr & 0x1ffffff) != c->iss)
                BAD("ESR ISS 0x%llx, expected 0x%x\n", (unsigned long long)(esr & 0x1ffffff), c->iss);
            if (c->far_valid && cpu->sr[far_i] != c->far)
                BAD("FAR 0x%llx, expected 0x%llx\n", (unsigned long long)cpu->sr[far_i],
                    (unsigned long long)c->far);
            uint64_t want_elr = c->pc_out ? c->pc_out : insn_pc;
            if (cpu->sr[elr_i] != want_elr)
                BAD("ELR 0x%llx, expected 0x%llx\n", (unsigned long long)cpu->sr[elr_i],
                    (unsigned long long)want_elr);
            if (cpu->pc != vec)
                BAD("PC 0x%llx, expected vector 0x%llx\n", (unsigned long long)cpu->pc,
                    (unsigned long long)vec);
            if (cpu->ps.el != target)
                BAD("EL %u after the exception, expected %u\n", cpu->ps.el, target);
        }
        /* the faulting instruction changes no register; flags and SP are
         * compared on the banked values */
        cpu_set_el_sp(cpu, el, from_sp);
        cpu->nzcv = (uint32_t)(cpu->sr[target == 1 ? SR_SPSR_EL1 : target == 2 ? SR_SPSR_EL2
                                                                              : SR_SPSR_EL3] &
                               0xf0000000u);
    } else {
        if (why != HALT_MAX_INSNS) {
            uint64_t esr = cpu->sr[cpu->ps.el == 2 ? SR_ESR_EL2 : cpu->ps.el == 3 ? SR_ESR_EL3
                                                                              : SR_ESR_EL1];
            BAD("stopped early (halt %d, EL%u pc 0x%llx, ESR 0x%llx)\n", why, cpu->ps.el,
                (unsigned long long)cpu->pc, (unsigned long long)esr);
        }
        uint64_t want_pc = c->pc_out == PC_ZERO ? 0 : c->pc_out ? c->pc_out : insn_pc + 4 + 4 * npost;
        if (cpu->pc != want_pc)
            BAD("PC 0x%llx, expected 0x%llx\n", (unsigned long long)cpu->pc,
                (unsigned long long)want_pc);
        unsigned want_el = c->el_out == EL0_ ? 0 : c->el_out ? c->el_out : el;
        if (cpu->ps.el != want_el)
            BAD("EL%u after, expected EL%u\n", cpu->ps.el, want_el);
    }
    for (unsigned i = 0; i < 31; i++)
        if (cpu->r[i] != exp_r[i])
            BAD("%s = 0x%016llx, expected 0x%016llx\n", reg_name(X(i), rn),
                (unsigned long long)cpu->r[i], (unsigned long long)exp_r[i]);
    if (cpu->r[REG_SP] != exp_sp)
        BAD("SP = 0x%016llx, expected 0x%016llx\n", (unsigned long long)cpu->r[REG_SP],
            (unsigned long long)exp_sp);
    if (cpu->nzcv != exp_nzcv)
        BAD("NZCV = 0x%08x, expected 0x%08llx\n", cpu->nzcv, (unsigned long long)exp_nzcv);
    for (unsigned i = 0; i < 32; i++)
        if (cpu->v[i].d[0] != exp_v[i].d[0] || cpu->v[i].d[1] != exp_v[i].d[1])
            BAD("V%u = 0x%016llx_%016llx, expected 0x%016llx_%016llx\n", i,
                (unsigned long long)cpu->v[i].d[1], (unsigned long long)cpu->v[i].d[0],
                (unsigned long long)exp_v[i].d[1], (unsigned long long)exp_v[i].d[0]);
    uint32_t want_fpsr = c->exc ? c->fpsr_in : c->fpsr_out;
    if ((uint32_t)cpu->sr[SR_FPSR] != want_fpsr)
        BAD("FPSR = 0x%08x, expected 0x%08x\n", (unsigned)cpu->sr[SR_FPSR], want_fpsr);
    for (const SrVal *s = c->sr_out; s < c->sr_out + 4 && s->sr; s++)
        if (cpu->sr[s->sr] != s->v)
            BAD("system register #%u = 0x%llx, expected 0x%llx\n", s->sr,
                (unsigned long long)cpu->sr[s->sr], (unsigned long long)s->v);
    assert_true(bus_read_phys(&t->m->bus, T_DATA, got, T_DATA_SIZE));
    for (uint64_t i = 0; i < T_DATA_SIZE; i++)
        if (got[i] != want[i])
            BAD("memory 0x%llx = 0x%02x, expected 0x%02x\n", (unsigned long long)(T_DATA + i),
                got[i], want[i]);
#undef BAD
    if (bad)
        print_error("FAILED %s/%s (0x%08x): %d mismatch(es)\n", row, c->name, c->word, bad);
    return bad;
}

void insn_case_run(TestEnv *t, const InsnCase *c)
{
    if (insn_case_check(t, c))
        fail_msg("case %s/%s failed", a64_rows[c->id].name, c->name);
}

void insn_case_run_set(void **state, const InsnCaseSet *set)
{
    TestEnv *t = *state;
    unsigned failed = 0;
    for (unsigned i = 0; i < set->n; i++)
        failed += insn_case_check(t, &set->cases[i]) != 0;
    if (failed)
        fail_msg("%u of %u %s cases failed", failed, set->n, set->family);
}
