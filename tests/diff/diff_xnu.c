/*
 * diff_xnu.c — running a DiffProg on xnuemu the way QEMU's user mode runs it
 * on the runner: at EL0 (SP_EL0), FP/SIMD enabled (CPACR_EL1.FPEN), no SP
 * alignment check (SCTLR_EL1.SA0 = 0: QEMU does not implement SP alignment
 * checking), TBI for EL0 addresses (TCR_EL1.TBI0, as Linux sets it), data
 * accesses to Normal memory with stage 1 off (tenv's HCR_EL2.DC). The run
 * stops at the first exception (tenv's halt_on_exception): the terminator's
 * BRK, UNDEFINED, or a fault, read back from ESR/ELR/FAR/SPSR of the EL that
 * took it.
 */
#include <stdlib.h>
#include <string.h>

#include "diff_host.h"
#include "tenv.h"
#include "xnuemu/mmu.h"

struct DiffXnu {
    TestEnv *t;
};

void diff_prog_init(DiffProg *p)
{
    memset(p, 0, sizeof(*p));
    for (unsigned i = 0; i < 31; i++)
        p->x[i] = diff_default_x(i);
    for (unsigned i = 0; i < 32; i++) {
        p->v[i][0] = diff_default_v(i, 0);
        p->v[i][1] = diff_default_v(i, 1);
    }
    p->sp = DIFF_DEFAULT_SP;
}

void diff_initial_window(const DiffProg *p, uint8_t win[DIFF_DATA_SIZE])
{
    for (uint32_t i = 0; i < DIFF_DATA_SIZE; i++)
        win[i] = diff_pattern(DIFF_DATA_ADDR + i);
    for (uint32_t i = 0; i < p->npatch && i < DIFF_MAX_PATCH; i++) {
        const DiffPatch *pt = &p->patch[i];
        for (uint32_t b = 0; b < pt->len && b < 8 && pt->off + b < DIFF_DATA_SIZE; b++)
            win[pt->off + b] = (uint8_t)(pt->val >> (8 * b));
    }
}

DiffXnu *dx_new(void)
{
    DiffXnu *dx = calloc(1, sizeof(*dx));
    if (!dx)
        abort();
    dx->t = tenv_new();
    CpuState *cpu = dx->t->cpu;
    cpu->sr[SR_TCR_EL1] |= UINT64_C(1) << 37;      /* TBI0 */
    cpu->sr[SR_SCTLR_EL1] &= ~SCTLR_SA0;
    cpu_tlb_flush_all(cpu);
    return dx;
}

void dx_free(DiffXnu *dx)
{
    if (!dx)
        return;
    tenv_free(dx->t);
    free(dx);
}

const A64Decoder *dx_decoder(const DiffXnu *dx)
{
    return &dx->t->m->decoder;
}

bool dx_is_reserved(void *ctx, uint32_t w)
{
    DiffXnu *dx = ctx;
    DecodedInsn di;
    a64_decode_insn(dx->t->cpu, w, &di);
    return di.exec == exec_undef_insn;
}

void dx_run(DiffXnu *dx, const DiffProg *p, DiffOut *o)
{
    TestEnv *t = dx->t;
    CpuState *cpu = t->cpu;
    static uint32_t code[DIFF_CODE_SIZE / 4];
    static uint8_t init[DIFF_DATA_SIZE], now[DIFF_DATA_SIZE];
    unsigned nw = p->nwords < DIFF_MAX_WORDS ? p->nwords : DIFF_MAX_WORDS;

    memset(code, 0, sizeof(code));
    memcpy(code, p->words, 4u * nw);
    code[nw] = DIFF_TERMINATOR;
    diff_initial_window(p, init);
    if (!bus_write_phys(&t->m->bus, DIFF_CODE_ADDR, code, sizeof(code)) ||
        !bus_write_phys(&t->m->bus, DIFF_DATA_ADDR, init, sizeof(init)))
        abort();

    cpu_set_el_sp(cpu, 0, 0);
    memcpy(cpu->r, p->x, sizeof(p->x));
    cpu->r[REG_SP] = p->sp;
    cpu->nzcv = p->nzcv & 0xf0000000u;
    cpu->sr[SR_FPCR] = p->fpcr;
    cpu->sr[SR_FPSR] = p->fpsr;
    for (unsigned i = 0; i < 32; i++) {
        cpu->v[i].d[0] = p->v[i][0];
        cpu->v[i].d[1] = p->v[i][1];
    }
    cpu->excl.valid = false;
    cpu->pending = (ExcInfo){ 0 };
    cpu->exc_streak = 0;
    cpu->exc_repeat = 0;      /* each program is a new run: the stuck detector
                                 must not count the previous programs' BRKs */
    cpu->wfi = false;
    cpu->ps.il = 0;
    cpu->ps.ss = 0;

    HaltReason why = tenv_run(t, DIFF_CODE_ADDR, (uint64_t)nw + 8);

    memset(o, 0, DIFF_OUT_FIXED);
    unsigned el = cpu->ps.el;
    if (why == HALT_DEBUG && el > 0) {
        uint64_t esr = cpu->sr[el == 1 ? SR_ESR_EL1 : el == 2 ? SR_ESR_EL2 : SR_ESR_EL3];
        uint64_t elr = cpu->sr[el == 1 ? SR_ELR_EL1 : el == 2 ? SR_ELR_EL2 : SR_ELR_EL3];
        uint64_t far = cpu->sr[el == 1 ? SR_FAR_EL1 : el == 2 ? SR_FAR_EL2 : SR_FAR_EL3];
        uint64_t spsr = cpu->sr[el == 1 ? SR_SPSR_EL1 : el == 2 ? SR_SPSR_EL2 : SR_SPSR_EL3];
        unsigned ec = (unsigned)(esr >> 26) & 0x3f;
        o->pc = elr;
        o->nzcv = (uint32_t)spsr & 0xf0000000u;
        o->sp = cpu->sp_el[0];
        switch (ec) {
        case EC_BRK64:
            o->outcome = elr == DIFF_CODE_ADDR + 4u * nw ? DIFF_DONE : DIFF_TRAP;
            break;
        case EC_UNKNOWN:
            o->outcome = DIFF_UNDEF;
            break;
        case EC_DABT_LOWER:
        case EC_DABT_SAME:
            o->outcome = (esr & 0x3f) == FSC_ALIGNMENT ? DIFF_BUS : DIFF_SEGV;
            o->addr = far;
            break;
        case EC_IABT_LOWER:
        case EC_IABT_SAME:
            o->outcome = DIFF_SEGV;
            o->addr = far;
            break;
        case EC_PC_ALIGN:
            o->outcome = DIFF_BUS;
            o->addr = far;
            break;
        case EC_SP_ALIGN:
            o->outcome = DIFF_BUS;
            o->addr = o->sp;
            break;
        default:
            o->outcome = DIFF_OTHER;
            o->code = 0x1000u | ec;
            break;
        }
    } else {
        /* no exception: the budget ran out (a loop), or the run stopped */
        o->outcome = DIFF_OTHER;
        o->code = 0x2000u | (unsigned)why;
        o->pc = cpu->pc;
        o->nzcv = cpu->nzcv;
        o->sp = el == 0 ? cpu->r[REG_SP] : cpu->sp_el[0];
    }
    memcpy(o->x, cpu->r, sizeof(o->x));
    o->fpcr = (uint32_t)cpu->sr[SR_FPCR];
    o->fpsr = (uint32_t)cpu->sr[SR_FPSR];
    for (unsigned i = 0; i < 32; i++) {
        o->v[i][0] = cpu->v[i].d[0];
        o->v[i][1] = cpu->v[i].d[1];
    }
    if (!bus_read_phys(&t->m->bus, DIFF_DATA_ADDR, now, sizeof(now)))
        abort();
    uint32_t n = 0;
    for (uint32_t off = 0; off < DIFF_DATA_SIZE; off += 8) {
        uint64_t a, b;
        memcpy(&a, now + off, 8);
        memcpy(&b, init + off, 8);
        if (a != b)
            o->chg[n++] = (DiffChg){ .off = off, .val = a };
    }
    o->nchg = n;
}
