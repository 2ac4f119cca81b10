/*
 * simd_fp.h — internal to the floating-point Advanced SIMD handlers
 * (exec_simd_fp_*.c): the DecodedInsn operand convention, element access by
 * FP format, the per-format handler templates, and the checks their prep
 * functions share. Every FP operation is the soft-float library
 * (xnuemu/softfloat.h: FPAdd, FPMulAdd, FPToFixed, ... of Arm ARM J1); the
 * cumulative flags of all elements are ORed into FPSR once per instruction.
 * Arm ARM C4.1.90 (Advanced SIMD encodings), C7.2 (the instruction pages).
 */
#ifndef XNUEMU_SIMD_FP_H
#define XNUEMU_SIMD_FP_H

#include "fpsimd.h"
#include "xnuemu/softfloat.h"

/*
 * Operand convention, filled by prep:
 *   rd rn rm   V register numbers
 *   sz         the element format, FP_S or FP_D (conversions between sizes:
 *              see the handler)
 *   sf         Q (the "2" forms of FCVTN/FCVTL/FCVTXN: which half)
 *   aux        number of elements the handler loops over (1 for scalars)
 *   imm        by element: the index; fixed point: the fraction bits;
 *              FMOV: the 64-bit pattern
 * Handlers build the result in a zeroed VReg and store all 128 bits, so a
 * 64-bit vector result zeroes bits 127:64 and a scalar result everything
 * above its element. Handlers are specialised per format by prep; the
 * exec_<row> fallbacks pick by sz (bit 22) at run time.
 */

/* Element e of format fmt (FP_H/FP_S/FP_D), zero-extended. */
FORCE_INLINE uint64_t fel(const VReg *v, unsigned e, unsigned fmt)
{
    return fmt == FP_D ? v->d[e] : fmt == FP_S ? v->s[e] : v->h[e];
}

FORCE_INLINE void fel_set(VReg *v, unsigned e, unsigned fmt, uint64_t x)
{
    if (fmt == FP_D)
        v->d[e] = x;
    else if (fmt == FP_S)
        v->s[e] = (uint32_t)x;
    else
        v->h[e] = (uint16_t)x;
}

/* The all-ones element of a true comparison. */
FORCE_INLINE uint64_t fp_ones(unsigned fmt)
{
    return fmt == FP_D ? ~UINT64_C(0) : (UINT64_C(1) << (8u << fmt)) - 1;
}

#define FP_STATUS(cpu) { .fpcr = fpcr(cpu), .fpsr = 0 }

/* Store the result (all 128 bits) and OR the flags raised into FPSR. */
FORCE_INLINE int fp_store(CpuState *cpu, const DecodedInsn *di, const VReg *r,
                          const FpStatus *st)
{
    if (st->fpsr)
        fpsr_raise(cpu, st->fpsr);
    cpu->v[di->rd] = *r;
    return exec_next(cpu, di);
}

/* Element operations: a from Vn, b from Vm (or its indexed element), acc
 * the element of Vd; imm = di->imm. Defined static inline and passed as
 * constants to the force-inlined templates, so they are inlined too. */
typedef uint64_t FpOp2(unsigned fmt, uint64_t a, uint64_t b, uint64_t acc, FpStatus *st);
typedef uint64_t FpOp1(unsigned fmt, uint64_t a, uint64_t imm, FpStatus *st);

#define FP_OP2(name, EXPR)                                                   \
    static inline uint64_t name(unsigned f, uint64_t a, uint64_t b, uint64_t acc, \
                                FpStatus *st)                                \
    {                                                                        \
        (void)f, (void)a, (void)b, (void)acc, (void)st;                      \
        return EXPR;                                                         \
    }
#define FP_OP1(name, EXPR)                                                   \
    static inline uint64_t name(unsigned f, uint64_t a, uint64_t imm, FpStatus *st) \
    {                                                                        \
        (void)f, (void)a, (void)imm, (void)st;                               \
        return EXPR;                                                         \
    }

/* The multiplies shared by three same and by element (C7.2 FMUL, FMULX,
 * FMLA, FMLS: FMLS negates the Vn element before the fused FPMulAdd). */
FP_OP2(op_fmul, fp_mul(f, a, b, st))
FP_OP2(op_fmulx, fp_mulx(f, a, b, st))
FP_OP2(op_fmla, fp_muladd(f, acc, a, b, st))
FP_OP2(op_fmls, fp_muladd(f, acc, fp_neg(f, a), b, st))

/* Element-wise binary op over di->aux elements. by_elem: b is element
 * di->imm of Vm for every e (read once, before anything is written). */
FORCE_INLINE int fp_vec2(CpuState *cpu, const DecodedInsn *di, unsigned fmt, FpOp2 *op,
                         bool by_elem)
{
    FP_CHECK(cpu);
    const VReg *vn = &cpu->v[di->rn], *vm = &cpu->v[di->rm], *vd = &cpu->v[di->rd];
    FpStatus st = FP_STATUS(cpu);
    VReg r = { .d = { 0, 0 } };
    uint64_t be = by_elem ? fel(vm, (unsigned)di->imm, fmt) : 0;
    for (unsigned e = 0; e < di->aux; e++) {
        uint64_t b = by_elem ? be : fel(vm, e, fmt);
        fel_set(&r, e, fmt, op(fmt, fel(vn, e, fmt), b, fel(vd, e, fmt), &st));
    }
    return fp_store(cpu, di, &r, &st);
}

/* Element-wise unary op over di->aux elements. */
FORCE_INLINE int fp_vec1(CpuState *cpu, const DecodedInsn *di, unsigned fmt, FpOp1 *op)
{
    FP_CHECK(cpu);
    const VReg *vn = &cpu->v[di->rn];
    FpStatus st = FP_STATUS(cpu);
    VReg r = { .d = { 0, 0 } };
    for (unsigned e = 0; e < di->aux; e++)
        fel_set(&r, e, fmt, op(fmt, fel(vn, e, fmt), di->imm, &st));
    return fp_store(cpu, di, &r, &st);
}

/* name_s, name_d and name_tab[sz] for an element op. */
#define FP_TAB(name) static ExecFn *const name##_tab[2] = { name##_s, name##_d };
#define FP_BIN(name, OP, BY_ELEM)                                            \
    static int name##_s(CpuState *cpu, const DecodedInsn *di)                \
    {                                                                        \
        return fp_vec2(cpu, di, FP_S, OP, BY_ELEM);                          \
    }                                                                        \
    static int name##_d(CpuState *cpu, const DecodedInsn *di)                \
    {                                                                        \
        return fp_vec2(cpu, di, FP_D, OP, BY_ELEM);                          \
    }                                                                        \
    FP_TAB(name)
#define FP_UN(name, OP)                                                      \
    static int name##_s(CpuState *cpu, const DecodedInsn *di)                \
    {                                                                        \
        return fp_vec1(cpu, di, FP_S, OP);                                   \
    }                                                                        \
    static int name##_d(CpuState *cpu, const DecodedInsn *di)                \
    {                                                                        \
        return fp_vec1(cpu, di, FP_D, OP);                                   \
    }                                                                        \
    FP_TAB(name)

/* exec_<row>: the run-time pick by sz (bit 22; immh<3> for the fixed-point
 * rows) for callers that bypass prep; prep installs name_tab[sz] itself. */
#define FP_FALLBACK(row, name) EXEC(row) { return name##_tab[(di->raw >> 22) & 1](cpu, di); }

/* pick(id): the single/double handler pair of row id, from a file's
 * ROWS(X) list of X(row, name) entries; NULL for a row not in the list */
#define FP_PICK_CASE(row, name) case A64_##row: return name##_tab;
#define FP_DEFINE_PICK(ROWS)                                                 \
    static ExecFn *const *pick(unsigned id)                                  \
    {                                                                        \
        switch (id) {                                                        \
            ROWS(FP_PICK_CASE)                                               \
        }                                                                    \
        return NULL;                                                         \
    }

/* Registers, format and lane count of a form with sz in bit 22: vector
 * (Q from bit 30) or scalar (bit 28 set; one element). The 1D arrangement
 * (sz = 1, Q = 0) of a vector form is reserved: returns false. */
static inline bool fp_prep_regs(DecodedInsn *di, const Fields *f)
{
    unsigned sz = (di->raw >> 22) & 1, q = (di->raw >> 30) & 1;
    bool scalar = (di->raw >> 28) & 1;
    if (!scalar && sz && !q)
        return false;
    di->rd = (uint8_t)FLD(f, 'd');
    di->rn = (uint8_t)FLD(f, 'n');
    di->rm = (uint8_t)FLD(f, 'm');
    di->sz = (uint8_t)(sz ? FP_D : FP_S);
    di->sf = (uint8_t)(scalar ? 0 : q);
    di->aux = (uint8_t)(scalar ? 1u : (q ? 16u : 8u) >> di->sz);
    return true;
}

#endif
