/*
 * exec_simd_fp_elem.c — Advanced SIMD vector x indexed element and scalar x
 * indexed element, floating-point forms (Arm ARM C4.1.90; C7.2 FMLA, FMLS,
 * FMUL, FMULX (by element)): every element of Vn with element `index` of
 * Vm, fused multiply-add for FMLA/FMLS. Rm = M:Rm; index = H:L for single,
 * H for double, where L = 1 is reserved (as is the 1D arrangement). The
 * half-precision forms (size = 00, FEAT_FP16) are unallocated.
 */
#include "simd_fp.h"

FP_BIN(fmla, op_fmla, true)
FP_BIN(fmls, op_fmls, true)
FP_BIN(fmul, op_fmul, true)
FP_BIN(fmulx, op_fmulx, true)

#define ROWS(X)                                                              \
    X(FMLA_elem, fmla) X(FMLS_elem, fmls) X(FMUL_elem, fmul)                 \
    X(FMULX_elem, fmulx) X(FMLA_sc_elem, fmla) X(FMLS_sc_elem, fmls)         \
    X(FMUL_sc_elem, fmul) X(FMULX_sc_elem, fmulx)

FP_DEFINE_PICK(ROWS)

ROWS(FP_FALLBACK)

PREP(prep_sfp_elem)
{
    (void)cpu;
    unsigned sz = FLD(f, 'e'), l = FLD(f, 'L'), h = FLD(f, 'H');
    ExecFn *const *tab = pick(di->id);
    if (!tab || (sz && l) || !fp_prep_regs(di, f))
        return false;
    di->rm = (uint8_t)(FLD(f, 'M') << 4 | FLD(f, 'm'));
    di->imm = sz ? h : h << 1 | l;
    di->exec = tab[sz];
    return true;
}
