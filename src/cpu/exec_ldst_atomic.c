/*
 * exec_ldst_atomic.c — atomic memory operations (FEAT_LSE): LDADD, LDCLR,
 * LDEOR, LDSET, LDSMAX, LDSMIN, LDUMAX, LDUMIN and SWP in every size and
 * A/R ordering (the ST<op> aliases are the same rows with Rt = XZR), and
 * LDAPR (FEAT_LRCPC). Arm ARM C6.2 pages of those instructions and the
 * MemAtomic pseudocode; B2.5 (natural alignment required). One PE runs in
 * program order, so the ordering bits need no work.
 */
#include "exec.h"
#include "xnuemu/mmu.h"

/* An atomic's alignment fault is reported as a read (ESR_ELx.WnR = 0: a
 * read of the address would have generated it); other faults of the
 * read-modify-write access come from the slow path with MEM_ATOMIC. */
static inline bool atomic_aligned(CpuState *cpu, uint64_t va, unsigned size)
{
    if (likely(!(va & (size - 1))))
        return true;
    return mmu_data_abort(cpu, va, FSC_ALIGNMENT, 0);
}

/* --- LD<op>, SWP: rn = base (SP for 31), rm = Rs (operand), rd = Rt
 * (old value, zero-extended), sz = bytes, aux = 64 - 8 * sz: shifting both
 * operands left by aux compares them at the access size (signed compares
 * then see the access size's sign bit in bit 63) --- */

PREP(prep_ldop)
{
    (void)cpu;
    di->sz = (uint8_t)(1u << FLD(f, 'e'));
    di->aux = (uint8_t)(64 - 8 * di->sz);
    di->rn = reg_r_sp(FLD(f, 'n'));
    di->rm = reg_r_zr(FLD(f, 's'));
    di->rd = reg_w_zr(FLD(f, 't'));
    return true;
}

enum { OP_ADD, OP_CLR, OP_EOR, OP_SET, OP_SMAX, OP_SMIN, OP_UMAX, OP_UMIN, OP_SWP };

/* MemAtomic(address, op, value): old = Mem; Mem = op(old, value); Rt = old. */
static inline __attribute__((always_inline)) int ldop(CpuState *cpu, const DecodedInsn *di,
                                                      unsigned op)
{
    uint64_t va = cpu->r[di->rn], old, nv;
    if (!sp_check(cpu, di->rn) || !atomic_aligned(cpu, va, di->sz) ||
        !mem_ld_flags(cpu, va, di->sz, &old, MEM_ALIGN | MEM_ATOMIC))
        return EXEC_FAULT;
    uint64_t s = cpu->r[di->rm];
    unsigned sh = di->aux;
    switch (op) {
    case OP_ADD: nv = old + s; break;
    case OP_CLR: nv = old & ~s; break;
    case OP_EOR: nv = old ^ s; break;
    case OP_SET: nv = old | s; break;
    case OP_SMAX: nv = (int64_t)(old << sh) > (int64_t)(s << sh) ? old : s; break;
    case OP_SMIN: nv = (int64_t)(old << sh) > (int64_t)(s << sh) ? s : old; break;
    case OP_UMAX: nv = (old << sh) > (s << sh) ? old : s; break;
    case OP_UMIN: nv = (old << sh) > (s << sh) ? s : old; break;
    default: nv = s; break;
    }
    if (!mem_st_flags(cpu, va, di->sz, nv, MEM_ALIGN | MEM_ATOMIC))
        return EXEC_FAULT;
    cpu->r[di->rd] = old;
    return exec_next(cpu, di);
}

EXEC(LDADD)
{
    return ldop(cpu, di, OP_ADD);
}

EXEC(LDCLR)
{
    return ldop(cpu, di, OP_CLR);
}

EXEC(LDEOR)
{
    return ldop(cpu, di, OP_EOR);
}

EXEC(LDSET)
{
    return ldop(cpu, di, OP_SET);
}

EXEC(LDSMAX)
{
    return ldop(cpu, di, OP_SMAX);
}

EXEC(LDSMIN)
{
    return ldop(cpu, di, OP_SMIN);
}

EXEC(LDUMAX)
{
    return ldop(cpu, di, OP_UMAX);
}

EXEC(LDUMIN)
{
    return ldop(cpu, di, OP_UMIN);
}

EXEC(SWP)
{
    return ldop(cpu, di, OP_SWP);
}

/* --- LDAPR: a load-acquire (RCpc); for one PE the same as LDAR. rd = Rt
 * (written), sz = bytes --- */

PREP(prep_ldapr)
{
    (void)cpu;
    di->sz = (uint8_t)(1u << FLD(f, 'e'));
    di->rn = reg_r_sp(FLD(f, 'n'));
    di->rd = reg_w_zr(FLD(f, 't'));
    return true;
}

EXEC(LDAPR)
{
    uint64_t va = cpu->r[di->rn], v;
    if (!sp_check(cpu, di->rn) || !mem_ld_flags(cpu, va, di->sz, &v, MEM_ALIGN))
        return EXEC_FAULT;
    cpu->r[di->rd] = v;
    return exec_next(cpu, di);
}
