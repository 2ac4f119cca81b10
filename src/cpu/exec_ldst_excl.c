/*
 * exec_ldst_excl.c — load/store exclusive (LDXR/LDAXR/STXR/STLXR, LDXP/LDAXP/
 * STXP/STLXP), load-acquire/store-release (LDAR/STLR/LDLAR/STLLR) and compare
 * and swap (CAS*, CASP*): Arm ARM C6.2 pages, B2.9 (local exclusive monitor),
 * B2.5 (natural alignment required, even on Normal memory). One PE runs in
 * program order, so acquire/release/LORegion forms behave as the plain ones.
 */
#include "exec.h"
#include "xnuemu/mmu.h"

/* Operands of every row here: rn = base (SP for 31), rd = Rt, sz = bytes
 * accessed (a pair's total); per group below for rm/ra. */

/* --- the local exclusive monitor (B2.9) --- */

/* The PA of va: from the current regime's TLB entry when it maps the page
 * for this kind of access (the exclusive access just made filled it), else
 * by a translation. */
static bool excl_pa(CpuState *cpu, uint64_t va, unsigned flags, uint64_t *pa)
{
    const TlbEntry *e = &cpu->tlb->d[tlb_index(va)];
    uint64_t tag = (flags & MEM_WRITE) ? e->tag_w : e->tag_r;
    if ((tag & ~(uint64_t)(TLBF_MMIO | TLBF_CODE | TLBF_WATCH)) == (va & ~TLB_PAGE_MASK)) {
        *pa = (e->pa_attr & ~TLB_PAGE_MASK) | (va & TLB_PAGE_MASK);
        return true;
    }
    return mem_translate(cpu, va, flags, pa);
}

/* AArch64.SetExclusiveMonitors after a successful exclusive load of
 * [va, va+size): remember the PA (mem_slow.c keeps stores to the page on
 * the slow path while the monitor holds). */
static void excl_arm(CpuState *cpu, uint64_t va, unsigned size)
{
    uint64_t pa;
    if (excl_pa(cpu, va, MEM_NOFAULT, &pa))
        excl_set(cpu, pa, va, size);
    else
        excl_clear(cpu);
}

/* AArch64.ExclusiveMonitorsPass(va, size): the alignment check comes first
 * and faults (as a write) whatever the monitor holds; then the local
 * monitor must hold exactly this PA and size (a different size is
 * CONSTRAINED UNPREDICTABLE: we fail it). Returns 1 pass, 0 fail, -1 with
 * a fault pending. The caller clears the monitor. */
static int excl_pass(CpuState *cpu, uint64_t va, unsigned size)
{
    if (va & (size - 1)) {
        (void)mmu_data_abort(cpu, va, FSC_ALIGNMENT, MEM_WRITE);
        return -1;
    }
    if (!cpu->excl.valid || cpu->excl.size != size)
        return 0;
    uint64_t pa;
    if (!excl_pa(cpu, va, MEM_WRITE, &pa))
        return -1;
    return cpu->excl.pa == pa;
}

/* --- exclusive register: LDXR/LDAXR rd = Rt (written); STXR/STLXR rd =
 * Rt (read), rm = Rs (status, written) --- */

PREP(prep_ldxr)
{
    (void)cpu;
    di->sz = (uint8_t)(1u << FLD(f, 'e'));
    di->rn = reg_r_sp(FLD(f, 'n'));
    di->rd = reg_w_zr(FLD(f, 't'));
    return true;
}

/* Rs == Rt (Unpredictable_DATAOVERLAP) and Rs == Rn != 31
 * (Unpredictable_BASEOVERLAP) are CONSTRAINED UNPREDICTABLE: UNDEFINED. */
PREP(prep_stxr)
{
    (void)cpu;
    unsigned s = FLD(f, 's'), t = FLD(f, 't'), n = FLD(f, 'n');
    if (s == t || (s == n && n != 31))
        return false;
    di->sz = (uint8_t)(1u << FLD(f, 'e'));
    di->rn = reg_r_sp(n);
    di->rd = reg_r_zr(t);
    di->rm = reg_w_zr(s);
    return true;
}

EXEC(LDXR)
{
    uint64_t va = cpu->r[di->rn], v;
    if (!sp_check(cpu, di->rn) || !mem_ld_flags(cpu, va, di->sz, &v, MEM_ALIGN | MEM_EXCL))
        return EXEC_FAULT;
    excl_arm(cpu, va, di->sz);
    cpu->r[di->rd] = v;
    return exec_next(cpu, di);
}

EXEC(LDAXR)
{
    return exec_LDXR(cpu, di);
}

EXEC(STXR)
{
    uint64_t va = cpu->r[di->rn];
    if (!sp_check(cpu, di->rn))
        return EXEC_FAULT;
    int pass = excl_pass(cpu, va, di->sz);
    if (pass < 0)
        return EXEC_FAULT;
    if (pass && !mem_st_flags(cpu, va, di->sz, cpu->r[di->rd], MEM_ALIGN | MEM_EXCL))
        return EXEC_FAULT;
    excl_clear(cpu);
    cpu->r[di->rm] = pass ? 0 : 1;
    return exec_next(cpu, di);
}

EXEC(STLXR)
{
    return exec_STXR(cpu, di);
}

/* --- exclusive pair: rd = Rt, ra = Rt2, rm = Rs; sz = 8 (two W) or 16
 * (two X), single-copy atomic as a whole; prep picks the _w variants --- */

EXEC_VARIANT(exec_ldxp_w);
EXEC_VARIANT(exec_stxp_w);

/* LDXP with Rt == Rt2 (Unpredictable_LDPOVERLAP): UNDEFINED. */
PREP(prep_ldxp)
{
    (void)cpu;
    unsigned t = FLD(f, 't'), u = FLD(f, 'u');
    if (t == u)
        return false;
    di->sz = FLD(f, 'e') ? 16 : 8;
    di->rn = reg_r_sp(FLD(f, 'n'));
    di->rd = reg_w_zr(t);
    di->ra = reg_w_zr(u);
    if (di->sz == 8)
        di->exec = exec_ldxp_w;
    return true;
}

/* STXP with Rs == Rt or Rs == Rt2, or Rs == Rn != 31: UNDEFINED. */
PREP(prep_stxp)
{
    (void)cpu;
    unsigned s = FLD(f, 's'), t = FLD(f, 't'), u = FLD(f, 'u'), n = FLD(f, 'n');
    if (s == t || s == u || (s == n && n != 31))
        return false;
    di->sz = FLD(f, 'e') ? 16 : 8;
    di->rn = reg_r_sp(n);
    di->rd = reg_r_zr(t);
    di->ra = reg_r_zr(u);
    di->rm = reg_w_zr(s);
    if (di->sz == 8)
        di->exec = exec_stxp_w;
    return true;
}

EXEC(LDXP)
{
    uint64_t va = cpu->r[di->rn], v[2];
    if (!sp_check(cpu, di->rn) || !mem_slow_read(cpu, va, 16, v, MEM_ALIGN | MEM_EXCL))
        return EXEC_FAULT;
    excl_arm(cpu, va, 16);
    cpu->r[di->rd] = v[0];
    cpu->r[di->ra] = v[1];
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_ldxp_w)
{
    uint64_t va = cpu->r[di->rn], v;
    if (!sp_check(cpu, di->rn) || !mem_ld_flags(cpu, va, 8, &v, MEM_ALIGN | MEM_EXCL))
        return EXEC_FAULT;
    excl_arm(cpu, va, 8);
    cpu->r[di->rd] = (uint32_t)v;
    cpu->r[di->ra] = v >> 32;
    return exec_next(cpu, di);
}

EXEC(LDAXP)
{
    return exec_LDXP(cpu, di);
}

EXEC(STXP)
{
    uint64_t va = cpu->r[di->rn];
    if (!sp_check(cpu, di->rn))
        return EXEC_FAULT;
    int pass = excl_pass(cpu, va, 16);
    if (pass < 0)
        return EXEC_FAULT;
    uint64_t v[2] = { cpu->r[di->rd], cpu->r[di->ra] };
    if (pass && !mem_slow_write(cpu, va, 16, v, MEM_ALIGN | MEM_EXCL))
        return EXEC_FAULT;
    excl_clear(cpu);
    cpu->r[di->rm] = pass ? 0 : 1;
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_stxp_w)
{
    uint64_t va = cpu->r[di->rn];
    if (!sp_check(cpu, di->rn))
        return EXEC_FAULT;
    int pass = excl_pass(cpu, va, 8);
    if (pass < 0)
        return EXEC_FAULT;
    uint64_t v = (uint32_t)cpu->r[di->rd] | cpu->r[di->ra] << 32;
    if (pass && !mem_st_flags(cpu, va, 8, v, MEM_ALIGN | MEM_EXCL))
        return EXEC_FAULT;
    excl_clear(cpu);
    cpu->r[di->rm] = pass ? 0 : 1;
    return exec_next(cpu, di);
}

EXEC(STLXP)
{
    return exec_STXP(cpu, di);
}

/* --- ordered: LDAR/LDLAR rd = Rt (written), STLR/STLLR rd = Rt (read) --- */

PREP(prep_ldar)
{
    (void)cpu;
    di->sz = (uint8_t)(1u << FLD(f, 'e'));
    di->rn = reg_r_sp(FLD(f, 'n'));
    di->rd = reg_w_zr(FLD(f, 't'));
    return true;
}

PREP(prep_stlr)
{
    (void)cpu;
    di->sz = (uint8_t)(1u << FLD(f, 'e'));
    di->rn = reg_r_sp(FLD(f, 'n'));
    di->rd = reg_r_zr(FLD(f, 't'));
    return true;
}

EXEC(LDAR)
{
    uint64_t va = cpu->r[di->rn], v;
    if (!sp_check(cpu, di->rn) || !mem_ld_flags(cpu, va, di->sz, &v, MEM_ALIGN))
        return EXEC_FAULT;
    cpu->r[di->rd] = v;
    return exec_next(cpu, di);
}

EXEC(LDLAR)
{
    return exec_LDAR(cpu, di);
}

EXEC(STLR)
{
    uint64_t va = cpu->r[di->rn];
    if (!sp_check(cpu, di->rn) || !mem_st_flags(cpu, va, di->sz, cpu->r[di->rd], MEM_ALIGN))
        return EXEC_FAULT;
    return exec_next(cpu, di);
}

EXEC(STLLR)
{
    return exec_STLR(cpu, di);
}

/* --- compare and swap (FEAT_LSE, MemAtomicCompareAndSwap). The read is a
 * read-modify-write access (write permission needed even when the compare
 * fails); an alignment fault is reported as a read (ESR_ELx.WnR = 0: a
 * read of the address would have generated it). --- */

static inline bool atomic_aligned(CpuState *cpu, uint64_t va, unsigned size)
{
    if (likely(!(va & (size - 1))))
        return true;
    return mmu_data_abort(cpu, va, FSC_ALIGNMENT, 0);
}

/* CAS: rm = Rs (compare value, read), ra = Rs (old value, written), rd =
 * Rt (new value); imm = Ones(8 * sz). */
PREP(prep_cas)
{
    (void)cpu;
    unsigned s = FLD(f, 's');
    di->sz = (uint8_t)(1u << FLD(f, 'e'));
    di->imm = ones64(8u * di->sz);
    di->rn = reg_r_sp(FLD(f, 'n'));
    di->rd = reg_r_zr(FLD(f, 't'));
    di->rm = reg_r_zr(s);
    di->ra = reg_w_zr(s);
    return true;
}

EXEC(CAS)
{
    uint64_t va = cpu->r[di->rn], old;
    if (!sp_check(cpu, di->rn) || !atomic_aligned(cpu, va, di->sz) ||
        !mem_ld_flags(cpu, va, di->sz, &old, MEM_ALIGN | MEM_ATOMIC))
        return EXEC_FAULT;
    if (old == (cpu->r[di->rm] & di->imm) &&
        !mem_st_flags(cpu, va, di->sz, cpu->r[di->rd], MEM_ALIGN | MEM_ATOMIC))
        return EXEC_FAULT;
    cpu->r[di->ra] = old;
    return exec_next(cpu, di);
}

EXEC(CASA)
{
    return exec_CAS(cpu, di);
}

EXEC(CASL)
{
    return exec_CAS(cpu, di);
}

EXEC(CASAL)
{
    return exec_CAS(cpu, di);
}

/* CASP: rm = Rs (even; Rs+1 is read as index rm+1, where X31 reads zero),
 * ra = where Rs+1 is written (the sink for Rs = 30), rd = Rt (even);
 * sz = 8 (W pair, the _w variant) or 16. Odd Rs or Rt is UNDEFINED. The
 * first register of each pair is at the lower address (little-endian). */

EXEC_VARIANT(exec_casp_w);

PREP(prep_casp)
{
    (void)cpu;
    unsigned s = FLD(f, 's'), t = FLD(f, 't');
    if ((s | t) & 1)
        return false;
    di->sz = FLD(f, 'e') ? 16 : 8;
    di->rn = reg_r_sp(FLD(f, 'n'));
    di->rm = (uint8_t)s;
    di->ra = reg_w_zr(s + 1);
    di->rd = (uint8_t)t;
    if (di->sz == 8)
        di->exec = exec_casp_w;
    return true;
}

EXEC(CASP)
{
    uint64_t va = cpu->r[di->rn], old[2];
    if (!sp_check(cpu, di->rn) || !atomic_aligned(cpu, va, 16) ||
        !mem_slow_read(cpu, va, 16, old, MEM_ALIGN | MEM_ATOMIC))
        return EXEC_FAULT;
    if (old[0] == cpu->r[di->rm] && old[1] == cpu->r[di->rm + 1]) {
        uint64_t nv[2] = { cpu->r[di->rd], cpu->r[di->rd + 1] };
        if (!mem_slow_write(cpu, va, 16, nv, MEM_ALIGN | MEM_ATOMIC))
            return EXEC_FAULT;
    }
    cpu->r[di->rm] = old[0];
    cpu->r[di->ra] = old[1];
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_casp_w)
{
    uint64_t va = cpu->r[di->rn], old;
    if (!sp_check(cpu, di->rn) || !atomic_aligned(cpu, va, 8) ||
        !mem_ld_flags(cpu, va, 8, &old, MEM_ALIGN | MEM_ATOMIC))
        return EXEC_FAULT;
    uint64_t cmp = (uint32_t)cpu->r[di->rm] | cpu->r[di->rm + 1] << 32;
    uint64_t nv = (uint32_t)cpu->r[di->rd] | cpu->r[di->rd + 1] << 32;
    if (old == cmp && !mem_st_flags(cpu, va, 8, nv, MEM_ALIGN | MEM_ATOMIC))
        return EXEC_FAULT;
    cpu->r[di->rm] = (uint32_t)old;
    cpu->r[di->ra] = old >> 32;
    return exec_next(cpu, di);
}

EXEC(CASPA)
{
    return exec_CASP(cpu, di);
}

EXEC(CASPL)
{
    return exec_CASP(cpu, di);
}

EXEC(CASPAL)
{
    return exec_CASP(cpu, di);
}
