/*
 * cases_simd_fp.c — Advanced SIMD floating-point forms (a64_simd_fp.def):
 * three same (vector and scalar), pairwise and across lanes, two-register
 * miscellaneous (compares with zero, FABS/FNEG, FRINT*, FSQRT, estimates),
 * conversions (FCVT*S/U, SCVTF/UCVTF, FCVTN/FCVTL/FCVTXN), fixed point
 * (shift by immediate), FMOV (vector, immediate) and by element. Words from
 * binutils (tools/asm-words); reserved encodings are edited words, described
 * in their comment. Expected values were worked by hand from the Arm ARM
 * pseudocode (C7.2 instruction pages; J1 FPAdd, FPMulAdd, FPProcessNaNs(3),
 * FPMaxNum, FPRound, FPToFixed, FPConvert, FPRecipEstimate, FPRSqrtEstimate,
 * FPRecpX, FPRecipStepFused, Reduce) and cross-checked by running every case's
 * inputs on qemu-aarch64 (-cpu cortex-a57). The comment above each case gives
 * the lanes (element 0 first; hex for NaNs, infinities, edge and integer
 * values). V registers not listed hold tenv_vreg_pattern(); every V register
 * and FPSR is compared after each case.
 */
#include "simd_cases.h"

/* FPCR and FPSR bits */
#define AHP (1u << 26)
#define DN  (1u << 25)
#define FZ  (1u << 24)
#define RP  (1u << 22)    /* RMode: towards +infinity */
#define RM  (2u << 22)    /* towards -infinity */
#define RZ  (3u << 22)    /* towards zero */
#define IOC (1u << 0)
#define DZC (1u << 1)
#define OFC (1u << 2)
#define UFC (1u << 3)
#define IXC (1u << 4)
#define IDC (1u << 7)

/* T2/T3/T4 (simd_cases.h) with FPCR before and FPSR expected after */
#define F2(name, row, word, n, d, cr, sr)                                    \
    { name, A64_##row, word, .vin = { { V(1), n } }, .vout = { { V(0), d } },  \
      .fpcr = (cr), .fpsr_out = (sr) }
#define F3(name, row, word, n, m, d, cr, sr)                                 \
    { name, A64_##row, word, .vin = { { V(1), n }, { V(2), m } },              \
      .vout = { { V(0), d } }, .fpcr = (cr), .fpsr_out = (sr) }
#define F4(name, row, word, a, n, m, d, cr, sr)                              \
    { name, A64_##row, word, .vin = { { V(0), a }, { V(1), n }, { V(2), m } }, \
      .vout = { { V(0), d } }, .fpcr = (cr), .fpsr_out = (sr) }

static const InsnCase c[] = {
    /* ==== three same, vector ==== */
    /* fadd v0.4s, v1.4s, v2.4s: v1 {1, 2, -1, 0.5} v2 {2, 0.5, 1, 0.25} -> v0 {3, 2.5, 0,
     * 0.75} */
    T3("basic_4s", FADD_v, 0x4e22d420, P(0x400000003f800000, 0x3f000000bf800000),
       P(0x3f00000040000000, 0x3e8000003f800000), P(0x4020000040400000, 0x3f40000000000000)),
    /* fadd v0.4s, v1.4s, v2.4s: v1 {0x7fc00001, 1, 0x7f800002, 0x7f800000} v2 {0x7f800003,
     * 0xffc00004, 1, 0xff800000} -> v0 {0x7fc00003, 0xffc00004, 0x7fc00002, 0x7fc00000} IOC */
    F3("nan_4s", FADD_v, 0x4e22d420, P(0x3f8000007fc00001, 0x7f8000007f800002),
       P(0xffc000047f800003, 0xff8000003f800000), P(0xffc000047fc00003, 0x7fc000007fc00002), 0,
       IOC),
    /* fadd v0.2d, v1.2d, v2.2d: v1 {0x7ff0000000000001, 1} v2 {0x7ff8000000000002, 2} -> v0
     * {0x7ff8000000000001, 3} IOC */
    F3("nan_2d", FADD_v, 0x4e62d420, P(0x7ff0000000000001, 0x3ff0000000000000),
       P(0x7ff8000000000002, 0x4000000000000000), P(0x7ff8000000000001, 0x4008000000000000), 0,
       IOC),
    /* fadd v0.2s, v1.2s, v2.2s: v1 {0x7f7fffff, 1} v2 {0x7f7fffff, 2^-30} -> v0
     * {0x7f800000, 1} DZC | OFC | IXC */
    { "q0_flags", A64_FADD_v, 0x0e22d420,
      .vin = { { V(1), 0x3f8000007f7fffff, 0x9abcdef012345678 },
               { V(2), 0x308000007f7fffff, 0x9abcdef012345678 } },
      .vout = { { V(0), 0x3f8000007f800000, 0x0000000000000000 } },
      .fpsr_in = DZC,
      .fpsr_out = DZC | OFC | IXC },
    /* fadd v0.4s, v1.4s, v2.4s: v1 {0x7fc00001, 1, 0x7f800001, 1} v2 {1, 1, 1, 0x7fc00002}
     * -> v0 {0x7fc00000, 2, 0x7fc00000, 0x7fc00000} (FPCR DN) IOC */
    F3("dn", FADD_v, 0x4e22d420, P(0x3f8000007fc00001, 0x3f8000007f800001),
       P(0x3f8000003f800000, 0x7fc000023f800000), P(0x400000007fc00000, 0x7fc000007fc00000), DN,
       IOC),
    /* fadd v0.4s, v1.4s, v2.4s: v1 {0x1, 0x80000001, 1, 0x800000} v2 {0, 0, 0x1, 0x800000}
     * -> v0 {0, 0, 1, 0x1000000} (FPCR FZ) IDC */
    F3("fz", FADD_v, 0x4e22d420, P(0x8000000100000001, 0x008000003f800000),
       P(0x0000000000000000, 0x0080000000000001), P(0x0000000000000000, 0x010000003f800000), FZ,
       IDC),
    /* fadd v0.4s, v1.4s, v2.4s: v1 {0x1, 0x80000001, 1, 0x800000} v2 {0, 0, 0x1,
     * 0x80000001} -> v0 {0x1, 0x80000001, 1, 0x7fffff} IXC */
    F3("denormal_no_fz", FADD_v, 0x4e22d420, P(0x8000000100000001, 0x008000003f800000),
       P(0x0000000000000000, 0x8000000100000001), P(0x8000000100000001, 0x007fffff3f800000), 0,
       IXC),
    /* fadd v0.4s, v1.4s, v2.4s: v1 {1, 0x3f800001, -1, 1} v2 {2^-24, 2^-24, -2^-24, 0} ->
     * v0 {1, 0x3f800002, -1, 1} IXC */
    F3("rne_tie", FADD_v, 0x4e22d420, P(0x3f8000013f800000, 0x3f800000bf800000),
       P(0x3380000033800000, 0x00000000b3800000), P(0x3f8000023f800000, 0x3f800000bf800000), 0,
       IXC),
    /* fadd v0.4s, v1.4s, v2.4s: v1 {1, 0x3f800001, -1, 1} v2 {2^-24, 2^-24, -2^-24, 0} ->
     * v0 {0x3f800001, 0x3f800002, -1, 1} (FPCR RP) IXC */
    F3("rmode_rp", FADD_v, 0x4e22d420, P(0x3f8000013f800000, 0x3f800000bf800000),
       P(0x3380000033800000, 0x00000000b3800000), P(0x3f8000023f800001, 0x3f800000bf800000), RP,
       IXC),
    /* fadd v0.4s, v1.4s, v2.4s: v1 {1, 0x3f800001, -1, 1} v2 {2^-24, 2^-24, -2^-24, 0} ->
     * v0 {1, 0x3f800001, 0xbf800001, 1} (FPCR RM) IXC */
    F3("rmode_rm", FADD_v, 0x4e22d420, P(0x3f8000013f800000, 0x3f800000bf800000),
       P(0x3380000033800000, 0x00000000b3800000), P(0x3f8000013f800000, 0x3f800000bf800001), RM,
       IXC),
    /* fadd v1.4s, v1.4s, v1.4s: v1 {1, -2, 0.25, 3} -> v1 {2, -4, 0.5, 6} */
    { "alias_all", A64_FADD_v, 0x4e21d421,
      .vin = { { V(1), 0xc00000003f800000, 0x404000003e800000 } },
      .vout = { { V(1), 0xc080000040000000, 0x40c000003f000000 } } },
    /* fadd v0.2d, v1.2d, v2.2d with Q = 0 (1D, reserved) */
    { "sz1_q0", A64_FADD_v, 0x0e62d420, UNDEF },
    /* fadd v0.4s, v1.4s, v2.4s: FP/SIMD disabled (CPACR_EL1.FPEN = 00), EC 0x07 */
    { "fp_off", A64_FADD_v, 0x4e22d420, FP_TRAP },
    /* fsub v0.4s, v1.4s, v2.4s: v1 {3, 1, -1, 0} v2 {1, 2, -1, 0} -> v0 {2, -1, 0, 0} */
    T3("basic_4s", FSUB_v, 0x4ea2d420, P(0x3f80000040400000, 0x00000000bf800000),
       P(0x400000003f800000, 0x00000000bf800000), P(0xbf80000040000000, 0x0000000000000000)),
    /* fsub v0.4s, v1.4s, v2.4s: v1 {1, -1, 0, 0} v2 {1, -1, 0, 0x80000000} -> v0
     * {0x80000000, 0x80000000, 0x80000000, 0} (FPCR RM) */
    F3("rm_zero_sign", FSUB_v, 0x4ea2d420, P(0xbf8000003f800000, 0x0000000000000000),
       P(0xbf8000003f800000, 0x8000000000000000), P(0x8000000080000000, 0x0000000080000000), RM, 0),
    /* fsub v0.2d, v1.2d, v2.2d: v1 {0x7ff0000000000000, 1} v2 {0x7ff0000000000000, 0.5} ->
     * v0 {0x7ff8000000000000, 0.5} IOC */
    F3("inf_2d", FSUB_v, 0x4ee2d420, P(0x7ff0000000000000, 0x3ff0000000000000),
       P(0x7ff0000000000000, 0x3fe0000000000000), P(0x7ff8000000000000, 0x3fe0000000000000), 0,
       IOC),
    /* fsub v0.2d, v1.2d, v2.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FSUB_v, 0x0ee2d420, UNDEF },
    /* fmul v0.4s, v1.4s, v2.4s: v1 {2, -1.5, 0.5, 3} v2 {3, 2, -0.5, 0} -> v0 {6, -3,
     * -0.25, 0} */
    T3("basic_4s", FMUL_v, 0x6e22dc20, P(0xbfc0000040000000, 0x404000003f000000),
       P(0x4000000040400000, 0x00000000bf000000), P(0xc040000040c00000, 0x00000000be800000)),
    /* fmul v0.2d, v1.2d, v2.2d: v1 {0, 0xfff0000000000000} v2 {0x7ff0000000000000, 2} -> v0
     * {0x7ff8000000000000, 0xfff0000000000000} IOC */
    F3("zero_inf_2d", FMUL_v, 0x6e62dc20, P(0x0000000000000000, 0xfff0000000000000),
       P(0x7ff0000000000000, 0x4000000000000000), P(0x7ff8000000000000, 0xfff0000000000000), 0,
       IOC),
    /* fmul v0.4s, v1.4s, v2.4s: v1 {2^-70, 2^-70, 0x800000, 1} v2 {2^-70, 2^-80, 0.5, 1} ->
     * v0 {0x200, 0, 0x400000, 1} UFC | IXC */
    F3("underflow", FMUL_v, 0x6e22dc20, P(0x1c8000001c800000, 0x3f80000000800000),
       P(0x178000001c800000, 0x3f8000003f000000), P(0x0000000000000200, 0x3f80000000400000), 0,
       UFC | IXC),
    /* fmul v0.4s, v1.4s, v2.4s: v1 {2^-70, 2^-70, 0x800000, 1} v2 {2^-70, 2^-80, 0.5, 1} ->
     * v0 {0, 0, 0, 1} (FPCR FZ) UFC */
    F3("fz_underflow", FMUL_v, 0x6e22dc20, P(0x1c8000001c800000, 0x3f80000000800000),
       P(0x178000001c800000, 0x3f8000003f000000), P(0x0000000000000000, 0x3f80000000000000), FZ,
       UFC),
    /* fmul v0.2d, v1.2d, v2.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FMUL_v, 0x2e62dc20, UNDEF },
    /* fmulx v0.4s, v1.4s, v2.4s: v1 {0, 0x80000000, 0x7f800000, 2} v2 {0x7f800000,
     * 0x7f800000, 0x80000000, 3} -> v0 {2, -2, -2, 6} */
    T3("zero_inf", FMULX_v, 0x4e22dc20, P(0x8000000000000000, 0x400000007f800000),
       P(0x7f8000007f800000, 0x4040000080000000), P(0xc000000040000000, 0x40c00000c0000000)),
    /* fmulx v0.2d, v1.2d, v2.2d: v1 {1.5, -2} v2 {2, 0.25} -> v0 {3, -0.5} */
    T3("basic_2d", FMULX_v, 0x4e62dc20, P(0x3ff8000000000000, 0xc000000000000000),
       P(0x4000000000000000, 0x3fd0000000000000), P(0x4008000000000000, 0xbfe0000000000000)),
    /* fmulx v0.2s, v1.2s, v2.2s: v1 {0x7f800001, 0x7fc00005} v2 {0x7f800000, 0} -> v0
     * {0x7fc00001, 0x7fc00005} IOC */
    F3("nan_2s", FMULX_v, 0x0e22dc20, P(0x7fc000057f800001, 0x9abcdef012345678),
       P(0x000000007f800000, 0x9abcdef012345678), P(0x7fc000057fc00001, 0x0000000000000000), 0,
       IOC),
    /* fmulx v0.2d, v1.2d, v2.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FMULX_v, 0x0e62dc20, UNDEF },
    /* fdiv v0.4s, v1.4s, v2.4s: v1 {1, 6, -1, 1} v2 {3, 2, 4, 0} -> v0 {0x3eaaaaab, 3,
     * -0.25, 0x7f800000} DZC | IXC */
    F3("basic_4s", FDIV_v, 0x6e22fc20, P(0x40c000003f800000, 0x3f800000bf800000),
       P(0x4000000040400000, 0x0000000040800000), P(0x404000003eaaaaab, 0x7f800000be800000), 0,
       DZC | IXC),
    /* fdiv v0.2d, v1.2d, v2.2d: v1 {0, 0x7ff0000000000000} v2 {0x8000000000000000,
     * 0xfff0000000000000} -> v0 {0x7ff8000000000000, 0x7ff8000000000000} IOC */
    F3("invalid_2d", FDIV_v, 0x6e62fc20, P(0x0000000000000000, 0x7ff0000000000000),
       P(0x8000000000000000, 0xfff0000000000000), P(0x7ff8000000000000, 0x7ff8000000000000), 0,
       IOC),
    /* fdiv v0.4s, v1.4s, v2.4s: v1 {0x80000000, -1, 1, 0x7f800000} v2 {1, 0, 0xff800000, 2}
     * -> v0 {0x80000000, 0xff800000, 0x80000000, 0x7f800000} DZC */
    F3("neg_zero_div", FDIV_v, 0x6e22fc20, P(0xbf80000080000000, 0x7f8000003f800000),
       P(0x000000003f800000, 0x40000000ff800000), P(0xff80000080000000, 0x7f80000080000000), 0,
       DZC),
    /* fdiv v0.2d, v1.2d, v2.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FDIV_v, 0x2e62fc20, UNDEF },
    /* fmax v0.4s, v1.4s, v2.4s: v1 {1, 0x80000000, -1, 0xff800000} v2 {2, 0, -2, 1} -> v0
     * {2, 0, -1, 1} */
    T3("basic_4s", FMAX_v, 0x4e22f420, P(0x800000003f800000, 0xff800000bf800000),
       P(0x0000000040000000, 0x3f800000c0000000), P(0x0000000040000000, 0x3f800000bf800000)),
    /* fmax v0.4s, v1.4s, v2.4s: v1 {0x7fc00001, 1, 0x7f800002, 1} v2 {1, 0xffc00003, 1,
     * 0x7fc00004} -> v0 {0x7fc00001, 0xffc00003, 0x7fc00002, 0x7fc00004} IOC */
    F3("nan_4s", FMAX_v, 0x4e22f420, P(0x3f8000007fc00001, 0x3f8000007f800002),
       P(0xffc000033f800000, 0x7fc000043f800000), P(0xffc000037fc00001, 0x7fc000047fc00002), 0,
       IOC),
    /* fmax v0.2d, v1.2d, v2.2d: v1 {0x8000000000000000, 1} v2 {0, 1.5} -> v0 {0, 1.5} */
    T3("zeros_2d", FMAX_v, 0x4e62f420, P(0x8000000000000000, 0x3ff0000000000000),
       P(0x0000000000000000, 0x3ff8000000000000), P(0x0000000000000000, 0x3ff8000000000000)),
    /* fmax v0.2d, v1.2d, v2.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FMAX_v, 0x0e62f420, UNDEF },
    /* fmin v0.4s, v1.4s, v2.4s: v1 {1, 0x80000000, -1, 0x7f800000} v2 {2, 0, -2, 1} -> v0
     * {1, 0x80000000, -2, 1} */
    T3("basic_4s", FMIN_v, 0x4ea2f420, P(0x800000003f800000, 0x7f800000bf800000),
       P(0x0000000040000000, 0x3f800000c0000000), P(0x800000003f800000, 0x3f800000c0000000)),
    /* fmin v0.2d, v1.2d, v2.2d: v1 {1, 0x7ff0000000000001} v2 {0xfff8000000000002,
     * 0x7ff8000000000005} -> v0 {0xfff8000000000002, 0x7ff8000000000001} IOC */
    F3("nan_2d", FMIN_v, 0x4ee2f420, P(0x3ff0000000000000, 0x7ff0000000000001),
       P(0xfff8000000000002, 0x7ff8000000000005), P(0xfff8000000000002, 0x7ff8000000000001), 0,
       IOC),
    /* fmin v0.2s, v1.2s, v2.2s: v1 {0x1, 0x80000001} v2 {0, 0} -> v0 {0, 0x80000000} (FPCR
     * FZ) IDC */
    F3("fz_2s", FMIN_v, 0x0ea2f420, P(0x8000000100000001, 0x9abcdef012345678),
       P(0x0000000000000000, 0x9abcdef012345678), P(0x8000000000000000, 0x0000000000000000), FZ,
       IDC),
    /* fmin v0.2d, v1.2d, v2.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FMIN_v, 0x0ee2f420, UNDEF },
    /* fmaxnm v0.4s, v1.4s, v2.4s: v1 {1, 0x80000000, -3, 5} v2 {2, 0, -4, 0xff800000} -> v0
     * {2, 0, -3, 5} */
    T3("basic_4s", FMAXNM_v, 0x4e22c420, P(0x800000003f800000, 0x40a00000c0400000),
       P(0x0000000040000000, 0xff800000c0800000), P(0x0000000040000000, 0x40a00000c0400000)),
    /* fmaxnm v0.4s, v1.4s, v2.4s: v1 {0x7fc00001, 1, 0x7f800002, 0x7fc00006} v2 {1,
     * 0xffc00003, 1, 0x7fc00007} -> v0 {1, 1, 0x7fc00002, 0x7fc00006} IOC */
    F3("nan_4s", FMAXNM_v, 0x4e22c420, P(0x3f8000007fc00001, 0x7fc000067f800002),
       P(0xffc000033f800000, 0x7fc000073f800000), P(0x3f8000003f800000, 0x7fc000067fc00002), 0,
       IOC),
    /* fmaxnm v0.2d, v1.2d, v2.2d: v1 {0x7ff8000000000001, 0xfff0000000000000} v2
     * {0xfff0000000000000, 0x7ff8000000000001} -> v0 {0xfff0000000000000,
     * 0xfff0000000000000} */
    T3("nan_inf_2d", FMAXNM_v, 0x4e62c420, P(0x7ff8000000000001, 0xfff0000000000000),
       P(0xfff0000000000000, 0x7ff8000000000001), P(0xfff0000000000000, 0xfff0000000000000)),
    /* fmaxnm v0.2d, v1.2d, v2.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FMAXNM_v, 0x0e62c420, UNDEF },
    /* fminnm v0.4s, v1.4s, v2.4s: v1 {1, 0x80000000, -3, 5} v2 {2, 0, -4, 0x7f800000} -> v0
     * {1, 0x80000000, -4, 5} */
    T3("basic_4s", FMINNM_v, 0x4ea2c420, P(0x800000003f800000, 0x40a00000c0400000),
       P(0x0000000040000000, 0x7f800000c0800000), P(0x800000003f800000, 0x40a00000c0800000)),
    /* fminnm v0.4s, v1.4s, v2.4s: v1 {0x7fc00001, 1, 1, 0x7fc00006} v2 {-1, 0xffc00003,
     * 0x7f800001, 0x7fc00007} -> v0 {-1, 1, 0x7fc00001, 0x7fc00006} IOC */
    F3("nan_4s", FMINNM_v, 0x4ea2c420, P(0x3f8000007fc00001, 0x7fc000063f800000),
       P(0xffc00003bf800000, 0x7fc000077f800001), P(0x3f800000bf800000, 0x7fc000067fc00001), 0,
       IOC),
    /* fminnm v0.2d, v1.2d, v2.2d: v1 {0x7ff8000000000001, 0x7ff0000000000000} v2
     * {0x7ff0000000000000, 0x7ff8000000000001} -> v0 {0x7ff0000000000000,
     * 0x7ff0000000000000} */
    T3("nan_inf_2d", FMINNM_v, 0x4ee2c420, P(0x7ff8000000000001, 0x7ff0000000000000),
       P(0x7ff0000000000000, 0x7ff8000000000001), P(0x7ff0000000000000, 0x7ff0000000000000)),
    /* fminnm v0.2d, v1.2d, v2.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FMINNM_v, 0x0ee2c420, UNDEF },
    /* fmla v0.4s, v1.4s, v2.4s: v0 {0xbf801000, 1, 0, 2} v1 {0x3f800800, 2, -1, 3} v2
     * {0x3f800800, 3, 0, 0.5} -> v0 {2^-24, 7, 0, 3.5} */
    T4("fused_4s", FMLA_v, 0x4e22cc20, P(0x3f800000bf801000, 0x4000000000000000),
       P(0x400000003f800800, 0x40400000bf800000), P(0x404000003f800800, 0x3f00000000000000),
       P(0x40e0000033800000, 0x4060000000000000)),
    /* fmla v0.2d, v1.2d, v2.2d: v0 {0x7ff8000000000003, 1} v1 {0, 1} v2
     * {0x7ff0000000000000, 2} -> v0 {0x7ff8000000000000, 3} IOC */
    F4("infzero_qnan_2d", FMLA_v, 0x4e62cc20, P(0x7ff8000000000003, 0x3ff0000000000000),
       P(0x0000000000000000, 0x3ff0000000000000), P(0x7ff0000000000000, 0x4000000000000000),
       P(0x7ff8000000000000, 0x4008000000000000), 0, IOC),
    /* fmla v0.2s, v1.2s, v2.2s: v0 {1, 2} v1 {0x7f800001, 1} v2 {1, 1} -> v0 {0x7fc00001,
     * 3} IOC */
    F4("nan_q0", FMLA_v, 0x0e22cc20, P(0x400000003f800000, 0x9abcdef012345678),
       P(0x3f8000007f800001, 0x9abcdef012345678), P(0x3f8000003f800000, 0x9abcdef012345678),
       P(0x404000007fc00001, 0x0000000000000000), 0, IOC),
    /* fmla v0.4s, v1.4s, v2.4s: v0 {0x7fc00001, 1, 0x7fc00001, 1} v1 {0x7fc00002,
     * 0x7fc00002, 0x7f800009, 1} v2 {0x7f800003, 0x7fc00003, 1, 0x7fc00003} -> v0
     * {0x7fc00003, 0x7fc00002, 0x7fc00009, 0x7fc00003} IOC */
    F4("nan_order", FMLA_v, 0x4e22cc20, P(0x3f8000007fc00001, 0x3f8000007fc00001),
       P(0x7fc000027fc00002, 0x3f8000007f800009), P(0x7fc000037f800003, 0x7fc000033f800000),
       P(0x7fc000027fc00003, 0x7fc000037fc00009), 0, IOC),
    /* fmla v1.4s, v1.4s, v2.4s: v1 {1, 2, 3, -1} v2 {2, 2, 2, 2} -> v1 {3, 6, 9, -3} */
    { "alias_vd_vn", A64_FMLA_v, 0x4e22cc21,
      .vin = { { V(1), 0x400000003f800000, 0xbf80000040400000 },
               { V(2), 0x4000000040000000, 0x4000000040000000 } },
      .vout = { { V(1), 0x40c0000040400000, 0xc040000041100000 } } },
    /* fmla v0.2d, v1.2d, v2.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FMLA_v, 0x0e62cc20, UNDEF },
    /* fmls v0.4s, v1.4s, v2.4s: v0 {0x3f801000, 5, 0, 0x80000000} v1 {0x3f800800, 2, 0, 0}
     * v2 {0x3f800800, 2, 1, 1} -> v0 {0xb3800000, 1, 0, 0x80000000} */
    T4("fused_4s", FMLS_v, 0x4ea2cc20, P(0x40a000003f801000, 0x8000000000000000),
       P(0x400000003f800800, 0x0000000000000000), P(0x400000003f800800, 0x3f8000003f800000),
       P(0x3f800000b3800000, 0x8000000000000000)),
    /* fmls v0.2s, v1.2s, v2.2s: v0 {1, 1} v1 {0x7fc00001, 1} v2 {1, 0x7fc00002} -> v0
     * {0xffc00001, 0x7fc00002} */
    T4("nan_negated", FMLS_v, 0x0ea2cc20, P(0x3f8000003f800000, 0x9abcdef012345678),
       P(0x3f8000007fc00001, 0x9abcdef012345678), P(0x7fc000023f800000, 0x9abcdef012345678),
       P(0x7fc00002ffc00001, 0x0000000000000000)),
    /* fmls v0.2d, v1.2d, v2.2d: v0 {10, -1} v1 {2, 0.5} v2 {3, 4} -> v0 {4, -3} */
    T4("basic_2d", FMLS_v, 0x4ee2cc20, P(0x4024000000000000, 0xbff0000000000000),
       P(0x4000000000000000, 0x3fe0000000000000), P(0x4008000000000000, 0x4010000000000000),
       P(0x4010000000000000, 0xc008000000000000)),
    /* fmls v0.2d, v1.2d, v2.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FMLS_v, 0x0ee2cc20, UNDEF },
    /* fabd v0.4s, v1.4s, v2.4s: v1 {1, -1, 3, 0.5} v2 {3, 2, 1, 0.5} -> v0 {2, 3, 2, 0} */
    T3("basic_4s", FABD_v, 0x6ea2d420, P(0xbf8000003f800000, 0x3f00000040400000),
       P(0x4000000040400000, 0x3f0000003f800000), P(0x4040000040000000, 0x0000000040000000)),
    /* fabd v0.2d, v1.2d, v2.2d: v1 {0xfff8000000000001, 0x7ff0000000000000} v2 {1,
     * 0x7ff0000000000000} -> v0 {0x7ff8000000000001, 0x7ff8000000000000} IOC */
    F3("nan_2d", FABD_v, 0x6ee2d420, P(0xfff8000000000001, 0x7ff0000000000000),
       P(0x3ff0000000000000, 0x7ff0000000000000), P(0x7ff8000000000001, 0x7ff8000000000000), 0,
       IOC),
    /* fabd v0.2s, v1.2s, v2.2s: v1 {1, 0xff800000} v2 {2^-30, 1} -> v0 {1, 0x7f800000} IXC */
    F3("q0_inexact", FABD_v, 0x2ea2d420, P(0xff8000003f800000, 0x9abcdef012345678),
       P(0x3f80000030800000, 0x9abcdef012345678), P(0x7f8000003f800000, 0x0000000000000000), 0,
       IXC),
    /* fabd v0.2d, v1.2d, v2.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FABD_v, 0x2ee2d420, UNDEF },
    /* frecps v0.4s, v1.4s, v2.4s: v1 {2, 0, 0x7f800000, 1} v2 {0.5, 0x7f800000, 0x80000000,
     * 1.5} -> v0 {1, 2, 2, 0.5} */
    T3("basic_4s", FRECPS_v, 0x4e22fc20, P(0x0000000040000000, 0x3f8000007f800000),
       P(0x7f8000003f000000, 0x3fc0000080000000), P(0x400000003f800000, 0x3f00000040000000)),
    /* frecps v0.2d, v1.2d, v2.2d: v1 {0x7ff8000000000001, 1} v2 {1, 0x7ff0000000000002} ->
     * v0 {0xfff8000000000001, 0x7ff8000000000002} IOC */
    F3("nan_2d", FRECPS_v, 0x4e62fc20, P(0x7ff8000000000001, 0x3ff0000000000000),
       P(0x3ff0000000000000, 0x7ff0000000000002), P(0xfff8000000000001, 0x7ff8000000000002), 0,
       IOC),
    /* frecps v0.2s, v1.2s, v2.2s: v1 {3, -1} v2 {1, 2} -> v0 {-1, 4} */
    T3("q0", FRECPS_v, 0x0e22fc20, P(0xbf80000040400000, 0x9abcdef012345678),
       P(0x400000003f800000, 0x9abcdef012345678), P(0x40800000bf800000, 0x0000000000000000)),
    /* frecps v0.2d, v1.2d, v2.2d with Q = 0 */
    { "sz1_q0", A64_FRECPS_v, 0x0e62fc20, UNDEF },
    /* frsqrts v0.4s, v1.4s, v2.4s: v1 {4, -1, 0, 3} v2 {0.25, 1, 0x7f800000, 1} -> v0 {1,
     * 2, 1.5, 0} */
    T3("basic_4s", FRSQRTS_v, 0x4ea2fc20, P(0xbf80000040800000, 0x4040000000000000),
       P(0x3f8000003e800000, 0x3f8000007f800000), P(0x400000003f800000, 0x000000003fc00000)),
    /* frsqrts v0.2d, v1.2d, v2.2d: v1 {2, 0xfff0000000000000} v2 {2, 0} -> v0 {-0.5, 1.5} */
    T3("basic_2d", FRSQRTS_v, 0x4ee2fc20, P(0x4000000000000000, 0xfff0000000000000),
       P(0x4000000000000000, 0x0000000000000000), P(0xbfe0000000000000, 0x3ff8000000000000)),
    /* frsqrts v0.2s, v1.2s, v2.2s: v1 {0x7fc00001, 1} v2 {1, 0x7f800001} -> v0 {0xffc00001,
     * 0x7fc00001} IOC */
    F3("nan_2s", FRSQRTS_v, 0x0ea2fc20, P(0x3f8000007fc00001, 0x9abcdef012345678),
       P(0x7f8000013f800000, 0x9abcdef012345678), P(0x7fc00001ffc00001, 0x0000000000000000), 0,
       IOC),
    /* frsqrts v0.2d, v1.2d, v2.2d with Q = 0 */
    { "sz1_q0", A64_FRSQRTS_v, 0x0ee2fc20, UNDEF },
    /* fcmeq v0.4s, v1.4s, v2.4s: v1 {1, 1, 0x7fc00001, 0x80000000} v2 {1, 2, 0x7fc00001, 0}
     * -> v0 {ones, 0x0, 0x0, ones} */
    T3("basic_4s", FCMEQ_v, 0x4e22e420, P(0x3f8000003f800000, 0x800000007fc00001),
       P(0x400000003f800000, 0x000000007fc00001), P(0x00000000ffffffff, 0xffffffff00000000)),
    /* fcmeq v0.2d, v1.2d, v2.2d: v1 {0x7ff0000000000001, 1} v2 {1, 1} -> v0 {0x0, ones} IOC */
    F3("snan_2d", FCMEQ_v, 0x4e62e420, P(0x7ff0000000000001, 0x3ff0000000000000),
       P(0x3ff0000000000000, 0x3ff0000000000000), P(0x0000000000000000, 0xffffffffffffffff), 0,
       IOC),
    /* fcmeq v0.2s, v1.2s, v2.2s: v1 {0x1, 0x1} v2 {0, 0x80000002} -> v0 {ones, ones} (FPCR
     * FZ) IDC */
    F3("fz_2s", FCMEQ_v, 0x0e22e420, P(0x0000000100000001, 0x9abcdef012345678),
       P(0x8000000200000000, 0x9abcdef012345678), P(0xffffffffffffffff, 0x0000000000000000), FZ,
       IDC),
    /* fcmeq v0.2d, v1.2d, v2.2d with Q = 0 */
    { "sz1_q0", A64_FCMEQ_v, 0x0e62e420, UNDEF },
    /* fcmge v0.4s, v1.4s, v2.4s: v1 {2, 1, 1, 0x80000000} v2 {1, 1, 2, 0} -> v0 {ones,
     * ones, 0x0, ones} */
    T3("basic_4s", FCMGE_v, 0x6e22e420, P(0x3f80000040000000, 0x800000003f800000),
       P(0x3f8000003f800000, 0x0000000040000000), P(0xffffffffffffffff, 0xffffffff00000000)),
    /* fcmge v0.2s, v1.2s, v2.2s: v1 {0x7fc00001, 0xff800000} v2 {1, 0xff800000} -> v0 {0x0,
     * ones} IOC */
    F3("qnan_2s", FCMGE_v, 0x2e22e420, P(0xff8000007fc00001, 0x9abcdef012345678),
       P(0xff8000003f800000, 0x9abcdef012345678), P(0xffffffff00000000, 0x0000000000000000), 0,
       IOC),
    /* fcmge v0.2d, v1.2d, v2.2d: v1 {-1, 0x7ff0000000000000} v2 {1, 0x7ff0000000000000} ->
     * v0 {0x0, ones} */
    T3("basic_2d", FCMGE_v, 0x6e62e420, P(0xbff0000000000000, 0x7ff0000000000000),
       P(0x3ff0000000000000, 0x7ff0000000000000), P(0x0000000000000000, 0xffffffffffffffff)),
    /* fcmge v0.2d, v1.2d, v2.2d with Q = 0 */
    { "sz1_q0", A64_FCMGE_v, 0x2e62e420, UNDEF },
    /* fcmgt v0.4s, v1.4s, v2.4s: v1 {2, 1, 1, 0x80000000} v2 {1, 1, 2, 0} -> v0 {ones, 0x0,
     * 0x0, 0x0} */
    T3("basic_4s", FCMGT_v, 0x6ea2e420, P(0x3f80000040000000, 0x800000003f800000),
       P(0x3f8000003f800000, 0x0000000040000000), P(0x00000000ffffffff, 0x0000000000000000)),
    /* fcmgt v0.2d, v1.2d, v2.2d: v1 {1, 0x7ff8000000000001} v2 {0, 1} -> v0 {ones, 0x0} IOC */
    F3("qnan_2d", FCMGT_v, 0x6ee2e420, P(0x3ff0000000000000, 0x7ff8000000000001),
       P(0x0000000000000000, 0x3ff0000000000000), P(0xffffffffffffffff, 0x0000000000000000), 0,
       IOC),
    /* fcmgt v0.2s, v1.2s, v2.2s: v1 {0x7f800000, 0xff800000} v2 {0x7f7fffff, 0xff800000} ->
     * v0 {ones, 0x0} */
    T3("inf_2s", FCMGT_v, 0x2ea2e420, P(0xff8000007f800000, 0x9abcdef012345678),
       P(0xff8000007f7fffff, 0x9abcdef012345678), P(0x00000000ffffffff, 0x0000000000000000)),
    /* fcmgt v0.2d, v1.2d, v2.2d with Q = 0 */
    { "sz1_q0", A64_FCMGT_v, 0x2ee2e420, UNDEF },
    /* facge v0.4s, v1.4s, v2.4s: v1 {-2, 1, -1, 0xff800000} v2 {1, -2, 1, 0x7f800000} -> v0
     * {ones, 0x0, ones, ones} */
    T3("basic_4s", FACGE_v, 0x6e22ec20, P(0x3f800000c0000000, 0xff800000bf800000),
       P(0xc00000003f800000, 0x7f8000003f800000), P(0x00000000ffffffff, 0xffffffffffffffff)),
    /* facge v0.2d, v1.2d, v2.2d: v1 {0xfff8000000000001, -3} v2 {1, 2} -> v0 {0x0, ones}
     * IOC */
    F3("qnan_2d", FACGE_v, 0x6e62ec20, P(0xfff8000000000001, 0xc008000000000000),
       P(0x3ff0000000000000, 0x4000000000000000), P(0x0000000000000000, 0xffffffffffffffff), 0,
       IOC),
    /* facge v0.2s, v1.2s, v2.2s: v1 {0x80000000, -0.5} v2 {0, 0.75} -> v0 {ones, 0x0} */
    T3("q0", FACGE_v, 0x2e22ec20, P(0xbf00000080000000, 0x9abcdef012345678),
       P(0x3f40000000000000, 0x9abcdef012345678), P(0x00000000ffffffff, 0x0000000000000000)),
    /* facge v0.2d, v1.2d, v2.2d with Q = 0 */
    { "sz1_q0", A64_FACGE_v, 0x2e62ec20, UNDEF },
    /* facgt v0.4s, v1.4s, v2.4s: v1 {-2, 1, -1, 0xff800000} v2 {1, -2, 1, 0x7f800000} -> v0
     * {ones, 0x0, 0x0, 0x0} */
    T3("basic_4s", FACGT_v, 0x6ea2ec20, P(0x3f800000c0000000, 0xff800000bf800000),
       P(0xc00000003f800000, 0x7f8000003f800000), P(0x00000000ffffffff, 0x0000000000000000)),
    /* facgt v0.2d, v1.2d, v2.2d: v1 {-3, 0xfff0000000000000} v2 {2, 1} -> v0 {ones, ones} */
    T3("basic_2d", FACGT_v, 0x6ee2ec20, P(0xc008000000000000, 0xfff0000000000000),
       P(0x4000000000000000, 0x3ff0000000000000), P(0xffffffffffffffff, 0xffffffffffffffff)),
    /* facgt v0.2s, v1.2s, v2.2s: v1 {0xff800001, 2} v2 {1, -1} -> v0 {0x0, ones} IOC */
    F3("snan_2s", FACGT_v, 0x2ea2ec20, P(0x40000000ff800001, 0x9abcdef012345678),
       P(0xbf8000003f800000, 0x9abcdef012345678), P(0xffffffff00000000, 0x0000000000000000), 0,
       IOC),
    /* facgt v0.2d, v1.2d, v2.2d with Q = 0 */
    { "sz1_q0", A64_FACGT_v, 0x2ee2ec20, UNDEF },

    /* ==== three same, scalar ==== */
    /* fmulx s0, s1, s2: v1 {0} v2 {0xff800000} -> v0 {-2} */
    T3("zero_inf_s", FMULX_sc, 0x5e22dc20, P(0x9abcdef000000000, 0x9abcdef012345678),
       P(0x9abcdef0ff800000, 0x9abcdef012345678), P(0x00000000c0000000, 0x0000000000000000)),
    /* fmulx d0, d1, d2: v1 {1.5} v2 {-2} -> v0 {-3} */
    T3("basic_d", FMULX_sc, 0x5e62dc20, P(0x3ff8000000000000, 0x9abcdef012345678),
       P(0xc000000000000000, 0x9abcdef012345678), P(0xc008000000000000, 0x0000000000000000)),
    /* fmulx d0, d1, d2: v1 {1} v2 {0x7ff0000000000001} -> v0 {0x7ff8000000000001} IOC */
    F3("snan_d", FMULX_sc, 0x5e62dc20, P(0x3ff0000000000000, 0x9abcdef012345678),
       P(0x7ff0000000000001, 0x9abcdef012345678), P(0x7ff8000000000001, 0x0000000000000000), 0,
       IOC),
    /* fcmeq s0, s1, s2: v1 {1} v2 {1} -> v0 {ones} */
    T3("eq_s", FCMEQ_sc, 0x5e22e420, P(0x9abcdef03f800000, 0x9abcdef012345678),
       P(0x9abcdef03f800000, 0x9abcdef012345678), P(0x00000000ffffffff, 0x0000000000000000)),
    /* fcmeq d0, d1, d2: v1 {1} v2 {2} -> v0 {0x0} */
    T3("ne_d", FCMEQ_sc, 0x5e62e420, P(0x3ff0000000000000, 0x9abcdef012345678),
       P(0x4000000000000000, 0x9abcdef012345678), P(0x0000000000000000, 0x0000000000000000)),
    /* fcmeq s0, s1, s2: v1 {0x7f800001} v2 {0x7f800001} -> v0 {0x0} IOC */
    F3("snan_s", FCMEQ_sc, 0x5e22e420, P(0x9abcdef07f800001, 0x9abcdef012345678),
       P(0x9abcdef07f800001, 0x9abcdef012345678), P(0x0000000000000000, 0x0000000000000000), 0,
       IOC),
    /* frecps s0, s1, s2: v1 {2} v2 {0.5} -> v0 {1} */
    T3("basic_s", FRECPS_sc, 0x5e22fc20, P(0x9abcdef040000000, 0x9abcdef012345678),
       P(0x9abcdef03f000000, 0x9abcdef012345678), P(0x000000003f800000, 0x0000000000000000)),
    /* frecps d0, d1, d2: v1 {0} v2 {0xfff0000000000000} -> v0 {2} */
    T3("zero_inf_d", FRECPS_sc, 0x5e62fc20, P(0x0000000000000000, 0x9abcdef012345678),
       P(0xfff0000000000000, 0x9abcdef012345678), P(0x4000000000000000, 0x0000000000000000)),
    /* frecps s0, s1, s2: v1 {0x7f7fffff} v2 {2} -> v0 {0xff800000} OFC | IXC */
    F3("overflow_s", FRECPS_sc, 0x5e22fc20, P(0x9abcdef07f7fffff, 0x9abcdef012345678),
       P(0x9abcdef040000000, 0x9abcdef012345678), P(0x00000000ff800000, 0x0000000000000000), 0,
       OFC | IXC),
    /* frsqrts s0, s1, s2: v1 {1} v2 {1} -> v0 {1} */
    T3("basic_s", FRSQRTS_sc, 0x5ea2fc20, P(0x9abcdef03f800000, 0x9abcdef012345678),
       P(0x9abcdef03f800000, 0x9abcdef012345678), P(0x000000003f800000, 0x0000000000000000)),
    /* frsqrts d0, d1, d2: v1 {0x8000000000000000} v2 {0x7ff0000000000000} -> v0 {1.5} */
    T3("zero_inf_d", FRSQRTS_sc, 0x5ee2fc20, P(0x8000000000000000, 0x9abcdef012345678),
       P(0x7ff0000000000000, 0x9abcdef012345678), P(0x3ff8000000000000, 0x0000000000000000)),
    /* frsqrts d0, d1, d2: v1 {0x7ff8000000000001} v2 {1} -> v0 {0x7ff8000000000000} (FPCR
     * DN) */
    F3("dn_d", FRSQRTS_sc, 0x5ee2fc20, P(0x7ff8000000000001, 0x9abcdef012345678),
       P(0x3ff0000000000000, 0x9abcdef012345678), P(0x7ff8000000000000, 0x0000000000000000), DN, 0),
    /* fcmge s0, s1, s2: v1 {1} v2 {1} -> v0 {ones} */
    T3("eq_s", FCMGE_sc, 0x7e22e420, P(0x9abcdef03f800000, 0x9abcdef012345678),
       P(0x9abcdef03f800000, 0x9abcdef012345678), P(0x00000000ffffffff, 0x0000000000000000)),
    /* fcmge d0, d1, d2: v1 {0x7ff8000000000001} v2 {1} -> v0 {0x0} IOC */
    F3("qnan_d", FCMGE_sc, 0x7e62e420, P(0x7ff8000000000001, 0x9abcdef012345678),
       P(0x3ff0000000000000, 0x9abcdef012345678), P(0x0000000000000000, 0x0000000000000000), 0,
       IOC),
    /* fcmge d0, d1, d2: v1 {-2} v2 {-1} -> v0 {0x0} */
    T3("lt_d", FCMGE_sc, 0x7e62e420, P(0xc000000000000000, 0x9abcdef012345678),
       P(0xbff0000000000000, 0x9abcdef012345678), P(0x0000000000000000, 0x0000000000000000)),
    /* facge s0, s1, s2: v1 {-2} v2 {2} -> v0 {ones} */
    T3("abs_s", FACGE_sc, 0x7e22ec20, P(0x9abcdef0c0000000, 0x9abcdef012345678),
       P(0x9abcdef040000000, 0x9abcdef012345678), P(0x00000000ffffffff, 0x0000000000000000)),
    /* facge d0, d1, d2: v1 {1} v2 {-2} -> v0 {0x0} */
    T3("lt_d", FACGE_sc, 0x7e62ec20, P(0x3ff0000000000000, 0x9abcdef012345678),
       P(0xc000000000000000, 0x9abcdef012345678), P(0x0000000000000000, 0x0000000000000000)),
    /* facge s0, s1, s2: v1 {0xff800000} v2 {0x7f7fffff} -> v0 {ones} */
    T3("inf_s", FACGE_sc, 0x7e22ec20, P(0x9abcdef0ff800000, 0x9abcdef012345678),
       P(0x9abcdef07f7fffff, 0x9abcdef012345678), P(0x00000000ffffffff, 0x0000000000000000)),
    /* fabd s0, s1, s2: v1 {1} v2 {3} -> v0 {2} */
    T3("basic_s", FABD_sc, 0x7ea2d420, P(0x9abcdef03f800000, 0x9abcdef012345678),
       P(0x9abcdef040400000, 0x9abcdef012345678), P(0x0000000040000000, 0x0000000000000000)),
    /* fabd d0, d1, d2: v1 {0x8000000000000000} v2 {0} -> v0 {0} */
    T3("zeros_d", FABD_sc, 0x7ee2d420, P(0x8000000000000000, 0x9abcdef012345678),
       P(0x0000000000000000, 0x9abcdef012345678), P(0x0000000000000000, 0x0000000000000000)),
    /* fabd s0, s1, s2: v1 {0xff800001} v2 {1} -> v0 {0x7fc00001} IOC */
    F3("nan_s", FABD_sc, 0x7ea2d420, P(0x9abcdef0ff800001, 0x9abcdef012345678),
       P(0x9abcdef03f800000, 0x9abcdef012345678), P(0x000000007fc00001, 0x0000000000000000), 0,
       IOC),
    /* fcmgt s0, s1, s2: v1 {2} v2 {1} -> v0 {ones} */
    T3("gt_s", FCMGT_sc, 0x7ea2e420, P(0x9abcdef040000000, 0x9abcdef012345678),
       P(0x9abcdef03f800000, 0x9abcdef012345678), P(0x00000000ffffffff, 0x0000000000000000)),
    /* fcmgt d0, d1, d2: v1 {0x8000000000000000} v2 {0} -> v0 {0x0} */
    T3("zeros_d", FCMGT_sc, 0x7ee2e420, P(0x8000000000000000, 0x9abcdef012345678),
       P(0x0000000000000000, 0x9abcdef012345678), P(0x0000000000000000, 0x0000000000000000)),
    /* fcmgt s0, s1, s2: v1 {1} v2 {0x7fc00001} -> v0 {0x0} IOC */
    F3("qnan_s", FCMGT_sc, 0x7ea2e420, P(0x9abcdef03f800000, 0x9abcdef012345678),
       P(0x9abcdef07fc00001, 0x9abcdef012345678), P(0x0000000000000000, 0x0000000000000000), 0,
       IOC),
    /* facgt s0, s1, s2: v1 {-3} v2 {2} -> v0 {ones} */
    T3("gt_s", FACGT_sc, 0x7ea2ec20, P(0x9abcdef0c0400000, 0x9abcdef012345678),
       P(0x9abcdef040000000, 0x9abcdef012345678), P(0x00000000ffffffff, 0x0000000000000000)),
    /* facgt d0, d1, d2: v1 {2} v2 {-2} -> v0 {0x0} */
    T3("eq_d", FACGT_sc, 0x7ee2ec20, P(0x4000000000000000, 0x9abcdef012345678),
       P(0xc000000000000000, 0x9abcdef012345678), P(0x0000000000000000, 0x0000000000000000)),
    /* facgt s0, s1, s2: v1 {0x80000005} v2 {0} -> v0 {0x0} (FPCR FZ) IDC */
    F3("fz_s", FACGT_sc, 0x7ea2ec20, P(0x9abcdef080000005, 0x9abcdef012345678),
       P(0x9abcdef000000000, 0x9abcdef012345678), P(0x0000000000000000, 0x0000000000000000), FZ,
       IDC),
    /* fcmgt d0, d1, d2: FP/SIMD disabled (CPACR_EL1.FPEN = 00), EC 0x07 */
    { "fp_off", A64_FCMGT_sc, 0x7ee2e420, FP_TRAP },

    /* ==== pairwise, vector and scalar ==== */
    /* faddp v0.4s, v1.4s, v2.4s: v1 {1, 2, 3, 4} v2 {5, 6, 7, 8} -> v0 {3, 7, 11, 15} */
    T3("basic_4s", FADDP_v, 0x6e22d420, P(0x400000003f800000, 0x4080000040400000),
       P(0x40c0000040a00000, 0x4100000040e00000), P(0x40e0000040400000, 0x4170000041300000)),
    /* faddp v0.2d, v1.2d, v2.2d: v1 {1, 2} v2 {3, 4.5} -> v0 {3, 7.5} */
    T3("basic_2d", FADDP_v, 0x6e62d420, P(0x3ff0000000000000, 0x4000000000000000),
       P(0x4008000000000000, 0x4012000000000000), P(0x4008000000000000, 0x401e000000000000)),
    /* faddp v0.2s, v1.2s, v2.2s: v1 {1, 2} v2 {3, 4} -> v0 {3, 7} */
    T3("q0", FADDP_v, 0x2e22d420, P(0x400000003f800000, 0x9abcdef012345678),
       P(0x4080000040400000, 0x9abcdef012345678), P(0x40e0000040400000, 0x0000000000000000)),
    /* faddp v0.4s, v1.4s, v2.4s: v1 {0x7f7fffff, 0x7f7fffff, 1, 2^-30} v2 {0x7f800001, 1,
     * 1, -1} -> v0 {0x7f800000, 1, 0x7fc00001, 0} IOC | OFC | IXC */
    F3("flags_4s", FADDP_v, 0x6e22d420, P(0x7f7fffff7f7fffff, 0x308000003f800000),
       P(0x3f8000007f800001, 0xbf8000003f800000), P(0x3f8000007f800000, 0x000000007fc00001), 0,
       IOC | OFC | IXC),
    /* faddp v2.4s, v1.4s, v2.4s: v1 {1, 2, 3, 4} v2 {5, 6, 7, 8} -> v2 {3, 7, 11, 15} */
    { "alias_vd_vm", A64_FADDP_v, 0x6e22d422,
      .vin = { { V(1), 0x400000003f800000, 0x4080000040400000 },
               { V(2), 0x40c0000040a00000, 0x4100000040e00000 } },
      .vout = { { V(2), 0x40e0000040400000, 0x4170000041300000 } } },
    /* faddp v0.2d, v1.2d, v2.2d with Q = 0 */
    { "sz1_q0", A64_FADDP_v, 0x2e62d420, UNDEF },
    /* fmaxp v0.4s, v1.4s, v2.4s: v1 {1, 2, 0x7fc00001, 1} v2 {0x80000000, 0, -1, -2} -> v0
     * {2, 0x7fc00001, 0, -1} */
    T3("basic_4s", FMAXP_v, 0x6e22f420, P(0x400000003f800000, 0x3f8000007fc00001),
       P(0x0000000080000000, 0xc0000000bf800000), P(0x7fc0000140000000, 0xbf80000000000000)),
    /* fmaxp v0.2d, v1.2d, v2.2d: v1 {1, 0x7ff0000000000001} v2 {-1, -2} -> v0
     * {0x7ff8000000000001, -1} IOC */
    F3("basic_2d", FMAXP_v, 0x6e62f420, P(0x3ff0000000000000, 0x7ff0000000000001),
       P(0xbff0000000000000, 0xc000000000000000), P(0x7ff8000000000001, 0xbff0000000000000), 0,
       IOC),
    /* fmaxp v0.2d, v1.2d, v2.2d with Q = 0 */
    { "sz1_q0", A64_FMAXP_v, 0x2e62f420, UNDEF },
    /* fminp v0.4s, v1.4s, v2.4s: v1 {1, 2, 1, 0x7fc00001} v2 {0x80000000, 0, -1, -2} -> v0
     * {1, 0x7fc00001, 0x80000000, -2} */
    T3("basic_4s", FMINP_v, 0x6ea2f420, P(0x400000003f800000, 0x7fc000013f800000),
       P(0x0000000080000000, 0xc0000000bf800000), P(0x7fc000013f800000, 0xc000000080000000)),
    /* fminp v0.2s, v1.2s, v2.2s: v1 {0xff800000, 1} v2 {3, 2} -> v0 {0xff800000, 2} */
    T3("q0", FMINP_v, 0x2ea2f420, P(0x3f800000ff800000, 0x9abcdef012345678),
       P(0x4000000040400000, 0x9abcdef012345678), P(0x40000000ff800000, 0x0000000000000000)),
    /* fminp v0.2d, v1.2d, v2.2d with Q = 0 */
    { "sz1_q0", A64_FMINP_v, 0x2ee2f420, UNDEF },
    /* fmaxnmp v0.4s, v1.4s, v2.4s: v1 {0x7fc00001, 1, 2, 0x7fc00001} v2 {0x7f800002, 1,
     * 0xff800000, -1} -> v0 {1, 2, 0x7fc00002, -1} IOC */
    F3("basic_4s", FMAXNMP_v, 0x6e22c420, P(0x3f8000007fc00001, 0x7fc0000140000000),
       P(0x3f8000007f800002, 0xbf800000ff800000), P(0x400000003f800000, 0xbf8000007fc00002), 0,
       IOC),
    /* fmaxnmp v0.2d, v1.2d, v2.2d: v1 {0x7ff8000000000001, 0xfff0000000000000} v2 {0,
     * 0x8000000000000000} -> v0 {0xfff0000000000000, 0} */
    T3("basic_2d", FMAXNMP_v, 0x6e62c420, P(0x7ff8000000000001, 0xfff0000000000000),
       P(0x0000000000000000, 0x8000000000000000), P(0xfff0000000000000, 0x0000000000000000)),
    /* fmaxnmp v0.2d, v1.2d, v2.2d with Q = 0 */
    { "sz1_q0", A64_FMAXNMP_v, 0x2e62c420, UNDEF },
    /* fminnmp v0.4s, v1.4s, v2.4s: v1 {0x7fc00001, 1, 2, 0x7fc00001} v2 {1, 0x7f800000,
     * 0x7f800000, -1} -> v0 {1, 2, 1, -1} */
    T3("basic_4s", FMINNMP_v, 0x6ea2c420, P(0x3f8000007fc00001, 0x7fc0000140000000),
       P(0x7f8000003f800000, 0xbf8000007f800000), P(0x400000003f800000, 0xbf8000003f800000)),
    /* fminnmp v0.2d, v1.2d, v2.2d: v1 {0x8000000000000000, 0} v2 {0x7ff8000000000001,
     * 0x7ff8000000000002} -> v0 {0x8000000000000000, 0x7ff8000000000001} */
    T3("basic_2d", FMINNMP_v, 0x6ee2c420, P(0x8000000000000000, 0x0000000000000000),
       P(0x7ff8000000000001, 0x7ff8000000000002), P(0x8000000000000000, 0x7ff8000000000001)),
    /* fminnmp v0.2d, v1.2d, v2.2d with Q = 0 */
    { "sz1_q0", A64_FMINNMP_v, 0x2ee2c420, UNDEF },
    /* faddp s0, v1.2s: v1 {1, 2} -> v0 {3} */
    T2("basic_s", FADDP_sc, 0x7e30d820, P(0x400000003f800000, 0x9abcdef012345678),
       P(0x0000000040400000, 0x0000000000000000)),
    /* faddp d0, v1.2d: v1 {1.5, 2.25} -> v0 {3.75} */
    T2("basic_d", FADDP_sc, 0x7e70d820, P(0x3ff8000000000000, 0x4002000000000000),
       P(0x400e000000000000, 0x0000000000000000)),
    /* faddp s0, v1.2s: v1 {1, 0x7f800001} -> v0 {0x7fc00001} IOC */
    F2("snan_s", FADDP_sc, 0x7e30d820, P(0x7f8000013f800000, 0x9abcdef012345678),
       P(0x000000007fc00001, 0x0000000000000000), 0, IOC),
    /* faddp d0, v1.2d: FP/SIMD disabled (CPACR_EL1.FPEN = 00), EC 0x07 */
    { "fp_off", A64_FADDP_sc, 0x7e70d820, FP_TRAP },
    /* fmaxp s0, v1.2s: v1 {1, 0x7fc00001} -> v0 {0x7fc00001} */
    T2("qnan_s", FMAXP_sc, 0x7e30f820, P(0x7fc000013f800000, 0x9abcdef012345678),
       P(0x000000007fc00001, 0x0000000000000000)),
    /* fmaxp d0, v1.2d: v1 {-1, -2} -> v0 {-1} */
    T2("basic_d", FMAXP_sc, 0x7e70f820, P(0xbff0000000000000, 0xc000000000000000),
       P(0xbff0000000000000, 0x0000000000000000)),
    /* fmaxp s0, v1.2s: v1 {0x80000000, 0} -> v0 {0} */
    T2("zeros_s", FMAXP_sc, 0x7e30f820, P(0x0000000080000000, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000)),
    /* fminp s0, v1.2s: v1 {0, 0x80000000} -> v0 {0x80000000} */
    T2("zeros_s", FMINP_sc, 0x7eb0f820, P(0x8000000000000000, 0x9abcdef012345678),
       P(0x0000000080000000, 0x0000000000000000)),
    /* fminp d0, v1.2d: v1 {1, 2} -> v0 {1} */
    T2("basic_d", FMINP_sc, 0x7ef0f820, P(0x3ff0000000000000, 0x4000000000000000),
       P(0x3ff0000000000000, 0x0000000000000000)),
    /* fminp d0, v1.2d: v1 {0xfff0000000000000, 0x7ff8000000000001} -> v0
     * {0x7ff8000000000001} */
    T2("qnan_d", FMINP_sc, 0x7ef0f820, P(0xfff0000000000000, 0x7ff8000000000001),
       P(0x7ff8000000000001, 0x0000000000000000)),
    /* fmaxnmp s0, v1.2s: v1 {0x7fc00001, 1} -> v0 {1} */
    T2("qnan_s", FMAXNMP_sc, 0x7e30c820, P(0x3f8000007fc00001, 0x9abcdef012345678),
       P(0x000000003f800000, 0x0000000000000000)),
    /* fmaxnmp d0, v1.2d: v1 {0x7ff0000000000001, 1} -> v0 {0x7ff8000000000001} IOC */
    F2("snan_d", FMAXNMP_sc, 0x7e70c820, P(0x7ff0000000000001, 0x3ff0000000000000),
       P(0x7ff8000000000001, 0x0000000000000000), 0, IOC),
    /* fmaxnmp d0, v1.2d: v1 {-3, -4} -> v0 {-3} */
    T2("basic_d", FMAXNMP_sc, 0x7e70c820, P(0xc008000000000000, 0xc010000000000000),
       P(0xc008000000000000, 0x0000000000000000)),
    /* fminnmp s0, v1.2s: v1 {1, 0x7fc00001} -> v0 {1} */
    T2("qnan_s", FMINNMP_sc, 0x7eb0c820, P(0x7fc000013f800000, 0x9abcdef012345678),
       P(0x000000003f800000, 0x0000000000000000)),
    /* fminnmp d0, v1.2d: v1 {0xfff0000000000000, 1} -> v0 {0xfff0000000000000} */
    T2("inf_d", FMINNMP_sc, 0x7ef0c820, P(0xfff0000000000000, 0x3ff0000000000000),
       P(0xfff0000000000000, 0x0000000000000000)),
    /* fminnmp s0, v1.2s: v1 {0x7f800001, 1} -> v0 {0x7fc00000} (FPCR DN) IOC */
    F2("dn_s", FMINNMP_sc, 0x7eb0c820, P(0x3f8000007f800001, 0x9abcdef012345678),
       P(0x000000007fc00000, 0x0000000000000000), DN, IOC),

    /* ==== across lanes (4S only) ==== */
    /* fmaxv s0, v1.4s: v1 {1, 5, 3, 2} -> v0 {5} */
    T2("basic", FMAXV_v, 0x6e30f820, P(0x40a000003f800000, 0x4000000040400000),
       P(0x0000000040a00000, 0x0000000000000000)),
    /* fmaxv s0, v1.4s: v1 {1, 0x7fc00001, 0x7f800002, 1} -> v0 {0x7fc00001} IOC */
    F2("tree_order", FMAXV_v, 0x6e30f820, P(0x7fc000013f800000, 0x3f8000007f800002),
       P(0x000000007fc00001, 0x0000000000000000), 0, IOC),
    /* fmaxv s0, v1.4s with Q = 0 (2S, reserved) */
    { "q0", A64_FMAXV_v, 0x2e30f820, UNDEF },
    /* fmaxv s0, v1.4s with sz = 1 (reserved) */
    { "sz1", A64_FMAXV_v, 0x6e70f820, UNDEF },
    /* fmaxv s0, v1.4s: FP/SIMD disabled (CPACR_EL1.FPEN = 00), EC 0x07 */
    { "fp_off", A64_FMAXV_v, 0x6e30f820, FP_TRAP },
    /* fminv s0, v1.4s: v1 {1, 5, -3, 2} -> v0 {-3} */
    T2("basic", FMINV_v, 0x6eb0f820, P(0x40a000003f800000, 0x40000000c0400000),
       P(0x00000000c0400000, 0x0000000000000000)),
    /* fminv s0, v1.4s: v1 {0, 0, 0x80000000, 0} -> v0 {0x80000000} */
    T2("zeros", FMINV_v, 0x6eb0f820, P(0x0000000000000000, 0x0000000080000000),
       P(0x0000000080000000, 0x0000000000000000)),
    /* fminv s0, v1.4s: v1 {1, 0x7fc00005, 0x7f800006, 1} -> v0 {0x7fc00005} IOC */
    F2("tree_order", FMINV_v, 0x6eb0f820, P(0x7fc000053f800000, 0x3f8000007f800006),
       P(0x000000007fc00005, 0x0000000000000000), 0, IOC),
    /* fminv with sz = 1, Q = 0 (reserved) */
    { "sz1_q0", A64_FMINV_v, 0x2ef0f820, UNDEF },
    /* fmaxnmv s0, v1.4s: v1 {0x7fc00001, 1, 2, 0x7fc00001} -> v0 {2} */
    T2("qnan", FMAXNMV_v, 0x6e30c820, P(0x3f8000007fc00001, 0x7fc0000140000000),
       P(0x0000000040000000, 0x0000000000000000)),
    /* fmaxnmv s0, v1.4s: v1 {0x7fc00001, 0x7fc00002, 0x7fc00003, 0x7fc00004} -> v0
     * {0x7fc00001} */
    T2("all_nan", FMAXNMV_v, 0x6e30c820, P(0x7fc000027fc00001, 0x7fc000047fc00003),
       P(0x000000007fc00001, 0x0000000000000000)),
    /* fmaxnmv s0, v1.4s: v1 {1, 2, 0x7f800002, 5} -> v0 {2} IOC */
    F2("tree_order", FMAXNMV_v, 0x6e30c820, P(0x400000003f800000, 0x40a000007f800002),
       P(0x0000000040000000, 0x0000000000000000), 0, IOC),
    /* fmaxnmv s0, v1.4s with Q = 0 (reserved) */
    { "q0", A64_FMAXNMV_v, 0x2e30c820, UNDEF },
    /* fminnmv s0, v1.4s: v1 {0x7fc00001, 1, -2, 0x7fc00001} -> v0 {-2} */
    T2("qnan", FMINNMV_v, 0x6eb0c820, P(0x3f8000007fc00001, 0x7fc00001c0000000),
       P(0x00000000c0000000, 0x0000000000000000)),
    /* fminnmv s0, v1.4s: v1 {0x1, 1, 2, 3} -> v0 {0} (FPCR FZ) IDC */
    F2("fz", FMINNMV_v, 0x6eb0c820, P(0x3f80000000000001, 0x4040000040000000),
       P(0x0000000000000000, 0x0000000000000000), FZ, IDC),
    /* fminnmv s0, v1.4s: v1 {0x7f800000, 0x7fc00001, 0x7f800000, 0x7fc00002} -> v0
     * {0x7f800000} */
    T2("inf", FMINNMV_v, 0x6eb0c820, P(0x7fc000017f800000, 0x7fc000027f800000),
       P(0x000000007f800000, 0x0000000000000000)),
    /* fminnmv s0, v1.4s with sz = 1 (reserved) */
    { "sz1", A64_FMINNMV_v, 0x6ef0c820, UNDEF },

    /* ==== two-register miscellaneous: FABS, FNEG, FSQRT, FRINT*, estimates, compare with 0 ==== */
    /* fabs v0.4s, v1.4s: v1 {-1, 0xff800001, 0x80000000, 0x7f800000} -> v0 {1, 0x7f800001,
     * 0, 0x7f800000} */
    T2("basic_4s", FABS_v, 0x4ea0f820, P(0xff800001bf800000, 0x7f80000080000000),
       P(0x7f8000013f800000, 0x7f80000000000000)),
    /* fabs v0.2d, v1.2d: v1 {0xfff0000000000000, -2.5} -> v0 {0x7ff0000000000000, 2.5} */
    T2("basic_2d", FABS_v, 0x4ee0f820, P(0xfff0000000000000, 0xc004000000000000),
       P(0x7ff0000000000000, 0x4004000000000000)),
    /* fabs v0.2s, v1.2s: v1 {0xffc00001, -0.5} -> v0 {0x7fc00001, 0.5} (FPCR DN) */
    F2("q0", FABS_v, 0x0ea0f820, P(0xbf000000ffc00001, 0x9abcdef012345678),
       P(0x3f0000007fc00001, 0x0000000000000000), DN, 0),
    /* fabs v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FABS_v, 0x0ee0f820, UNDEF },
    /* fabs v0.4s, v1.4s: FP/SIMD disabled (CPACR_EL1.FPEN = 00), EC 0x07 */
    { "fp_off", A64_FABS_v, 0x4ea0f820, FP_TRAP },
    /* fneg v0.4s, v1.4s: v1 {1, 0x7f800001, 0, 0xff800000} -> v0 {-1, 0xff800001,
     * 0x80000000, 0x7f800000} */
    T2("basic_4s", FNEG_v, 0x6ea0f820, P(0x7f8000013f800000, 0xff80000000000000),
       P(0xff800001bf800000, 0x7f80000080000000)),
    /* fneg v0.2d, v1.2d: v1 {0x7ff8000000000001, -2.5} -> v0 {0xfff8000000000001, 2.5} */
    T2("basic_2d", FNEG_v, 0x6ee0f820, P(0x7ff8000000000001, 0xc004000000000000),
       P(0xfff8000000000001, 0x4004000000000000)),
    /* fneg v0.2s, v1.2s: v1 {0x1, 0x80000000} -> v0 {0x80000001, 0} (FPCR FZ) */
    F2("q0", FNEG_v, 0x2ea0f820, P(0x8000000000000001, 0x9abcdef012345678),
       P(0x0000000080000001, 0x0000000000000000), FZ, 0),
    /* fneg v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FNEG_v, 0x2ee0f820, UNDEF },
    /* fsqrt v0.4s, v1.4s: v1 {4, 2, -1, 0x80000000} -> v0 {2, 0x3fb504f3, 0x7fc00000,
     * 0x80000000} IOC | IXC */
    F2("basic_4s", FSQRT_v, 0x6ea1f820, P(0x4000000040800000, 0x80000000bf800000),
       P(0x3fb504f340000000, 0x800000007fc00000), 0, IOC | IXC),
    /* fsqrt v0.2d, v1.2d: v1 {0.25, 0x7ff0000000000000} -> v0 {0.5, 0x7ff0000000000000} */
    T2("basic_2d", FSQRT_v, 0x6ee1f820, P(0x3fd0000000000000, 0x7ff0000000000000),
       P(0x3fe0000000000000, 0x7ff0000000000000)),
    /* fsqrt v0.2s, v1.2s: v1 {0x1, 0x80000001} -> v0 {0, 0x80000000} (FPCR FZ) IDC */
    F2("fz_2s", FSQRT_v, 0x2ea1f820, P(0x8000000100000001, 0x9abcdef012345678),
       P(0x8000000000000000, 0x0000000000000000), FZ, IDC),
    /* fsqrt v0.2s, v1.2s: v1 {0x2, 0xff800000} -> v0 {0x1a800000, 0x7fc00000} IOC */
    F2("denormal_2s", FSQRT_v, 0x2ea1f820, P(0xff80000000000002, 0x9abcdef012345678),
       P(0x7fc000001a800000, 0x0000000000000000), 0, IOC),
    /* fsqrt v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FSQRT_v, 0x2ee1f820, UNDEF },
    /* frintn v0.4s, v1.4s: v1 {2.5, 3.5, -0.5, 1.375} -> v0 {2, 4, 0x80000000, 1} */
    T2("basic_4s", FRINTN_v, 0x4e218820, P(0x4060000040200000, 0x3fb00000bf000000),
       P(0x4080000040000000, 0x3f80000080000000)),
    /* frintn v0.2d, v1.2d: v1 {0.5, -1.5} -> v0 {0, -2} */
    T2("basic_2d", FRINTN_v, 0x4e618820, P(0x3fe0000000000000, 0xbff8000000000000),
       P(0x0000000000000000, 0xc000000000000000)),
    /* frintn v0.2s, v1.2s: v1 {0x7f800001, 8388609} -> v0 {0x7fc00001, 8388609} (FPCR RP)
     * IOC */
    F2("nan_2s", FRINTN_v, 0x0e218820, P(0x4b0000017f800001, 0x9abcdef012345678),
       P(0x4b0000017fc00001, 0x0000000000000000), RP, IOC),
    /* frintn v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FRINTN_v, 0x0e618820, UNDEF },
    /* frintm v0.4s, v1.4s: v1 {-1.5, 1.5, 0x80000000, 0.5} -> v0 {-2, 1, 0x80000000, 0} */
    T2("basic_4s", FRINTM_v, 0x4e219820, P(0x3fc00000bfc00000, 0x3f00000080000000),
       P(0x3f800000c0000000, 0x0000000080000000)),
    /* frintm v0.2d, v1.2d: v1 {-0.25, 2} -> v0 {-1, 2} */
    T2("basic_2d", FRINTM_v, 0x4e619820, P(0xbfd0000000000000, 0x4000000000000000),
       P(0xbff0000000000000, 0x4000000000000000)),
    /* frintm v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FRINTM_v, 0x0e619820, UNDEF },
    /* frintp v0.4s, v1.4s: v1 {1.25, -0.5, -1.5, 2} -> v0 {2, 0x80000000, -1, 2} */
    T2("basic_4s", FRINTP_v, 0x4ea18820, P(0xbf0000003fa00000, 0x40000000bfc00000),
       P(0x8000000040000000, 0x40000000bf800000)),
    /* frintp v0.2d, v1.2d: v1 {0.25, 0xfff0000000000000} -> v0 {1, 0xfff0000000000000} */
    T2("basic_2d", FRINTP_v, 0x4ee18820, P(0x3fd0000000000000, 0xfff0000000000000),
       P(0x3ff0000000000000, 0xfff0000000000000)),
    /* frintp v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FRINTP_v, 0x0ee18820, UNDEF },
    /* frintz v0.4s, v1.4s: v1 {-1.75, 1.75, -0.5, 3} -> v0 {-1, 1, 0x80000000, 3} */
    T2("basic_4s", FRINTZ_v, 0x4ea19820, P(0x3fe00000bfe00000, 0x40400000bf000000),
       P(0x3f800000bf800000, 0x4040000080000000)),
    /* frintz v0.2d, v1.2d: v1 {2.251799814e+15, -0.75} -> v0 {2^51, -0} */
    T2("basic_2d", FRINTZ_v, 0x4ee19820, P(0x4320000000000001, 0xbfe8000000000000),
       P(0x4320000000000000, 0x8000000000000000)),
    /* frintz v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FRINTZ_v, 0x0ee19820, UNDEF },
    /* frinta v0.4s, v1.4s: v1 {2.5, -2.5, 0.5, -0.25} -> v0 {3, -3, 1, 0x80000000} */
    T2("basic_4s", FRINTA_v, 0x6e218820, P(0xc020000040200000, 0xbe8000003f000000),
       P(0xc040000040400000, 0x800000003f800000)),
    /* frinta v0.2d, v1.2d: v1 {1.5, -0.5} -> v0 {2, -1} */
    T2("basic_2d", FRINTA_v, 0x6e618820, P(0x3ff8000000000000, 0xbfe0000000000000),
       P(0x4000000000000000, 0xbff0000000000000)),
    /* frinta v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FRINTA_v, 0x2e618820, UNDEF },
    /* frintx v0.4s, v1.4s: v1 {2.5, 3, -0.5, 1.5} -> v0 {2, 3, 0x80000000, 2} IXC */
    F2("rne_4s", FRINTX_v, 0x6e219820, P(0x4040000040200000, 0x3fc00000bf000000),
       P(0x4040000040000000, 0x4000000080000000), 0, IXC),
    /* frintx v0.2s, v1.2s: v1 {2.5, -2.5} -> v0 {3, -2} (FPCR RP) IXC */
    F2("rp_2s", FRINTX_v, 0x2e219820, P(0xc020000040200000, 0x9abcdef012345678),
       P(0xc000000040400000, 0x0000000000000000), RP, IXC),
    /* frintx v0.2d, v1.2d: v1 {4, 0x7ff0000000000000} -> v0 {4, 0x7ff0000000000000} */
    T2("exact_2d", FRINTX_v, 0x6e619820, P(0x4010000000000000, 0x7ff0000000000000),
       P(0x4010000000000000, 0x7ff0000000000000)),
    /* frintx v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FRINTX_v, 0x2e619820, UNDEF },
    /* frinti v0.4s, v1.4s: v1 {2.5, -2.5, 1, -0.5} -> v0 {2, -3, 1, -1} (FPCR RM) */
    F2("rm_4s", FRINTI_v, 0x6ea19820, P(0xc020000040200000, 0xbf0000003f800000),
       P(0xc040000040000000, 0xbf8000003f800000), RM, 0),
    /* frinti v0.2d, v1.2d: v1 {-1.5, 1.5} -> v0 {-1, 1} (FPCR RZ) */
    F2("rz_2d", FRINTI_v, 0x6ee19820, P(0xbff8000000000000, 0x3ff8000000000000),
       P(0xbff0000000000000, 0x3ff0000000000000), RZ, 0),
    /* frinti v0.2s, v1.2s: v1 {0.5, 1.5} -> v0 {0, 2} */
    T2("rn_2s", FRINTI_v, 0x2ea19820, P(0x3fc000003f000000, 0x9abcdef012345678),
       P(0x4000000000000000, 0x0000000000000000)),
    /* frinti v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FRINTI_v, 0x2ee19820, UNDEF },
    /* frecpe v0.4s, v1.4s: v1 {1, 2, 0, 0x7f800000} -> v0 {0x3f7f8000, 0x3eff8000,
     * 0x7f800000, 0} DZC */
    F2("basic_4s", FRECPE_v, 0x4ea1d820, P(0x400000003f800000, 0x7f80000000000000),
       P(0x3eff80003f7f8000, 0x000000007f800000), 0, DZC),
    /* frecpe v0.2s, v1.2s: v1 {0x1, 0x80000001} -> v0 {0x7f800000, 0xff800000} OFC | IXC */
    F2("tiny_2s", FRECPE_v, 0x0ea1d820, P(0x8000000100000001, 0x9abcdef012345678),
       P(0xff8000007f800000, 0x0000000000000000), 0, OFC | IXC),
    /* frecpe v0.2s, v1.2s: v1 {0x1, 0x80000001} -> v0 {0x7f7fffff, 0xff7fffff} (FPCR RZ)
     * OFC | IXC */
    F2("tiny_rz_2s", FRECPE_v, 0x0ea1d820, P(0x8000000100000001, 0x9abcdef012345678),
       P(0xff7fffff7f7fffff, 0x0000000000000000), RZ, OFC | IXC),
    /* frecpe v0.2s, v1.2s: v1 {0x1, 0x7fc00001} -> v0 {0x7f800000, 0x7fc00001} (FPCR FZ)
     * DZC | IDC */
    F2("fz_2s", FRECPE_v, 0x0ea1d820, P(0x7fc0000100000001, 0x9abcdef012345678),
       P(0x7fc000017f800000, 0x0000000000000000), FZ, DZC | IDC),
    /* frecpe v0.2d, v1.2d: v1 {1, -2} -> v0 {0x3feff00000000000, 0xbfdff00000000000} */
    T2("basic_2d", FRECPE_v, 0x4ee1d820, P(0x3ff0000000000000, 0xc000000000000000),
       P(0x3feff00000000000, 0xbfdff00000000000)),
    /* frecpe v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FRECPE_v, 0x0ee1d820, UNDEF },
    /* frsqrte v0.4s, v1.4s: v1 {1, 4, -1, 0x80000000} -> v0 {0x3f7f8000, 0x3eff8000,
     * 0x7fc00000, 0xff800000} IOC | DZC */
    F2("basic_4s", FRSQRTE_v, 0x6ea1d820, P(0x408000003f800000, 0x80000000bf800000),
       P(0x3eff80003f7f8000, 0xff8000007fc00000), 0, IOC | DZC),
    /* frsqrte v0.2d, v1.2d: v1 {1, 0.25} -> v0 {0x3feff00000000000, 0x3ffff00000000000} */
    T2("basic_2d", FRSQRTE_v, 0x6ee1d820, P(0x3ff0000000000000, 0x3fd0000000000000),
       P(0x3feff00000000000, 0x3ffff00000000000)),
    /* frsqrte v0.2s, v1.2s: v1 {0x7f800000, 0x7f800001} -> v0 {0, 0x7fc00001} IOC */
    F2("q0", FRSQRTE_v, 0x2ea1d820, P(0x7f8000017f800000, 0x9abcdef012345678),
       P(0x7fc0000100000000, 0x0000000000000000), 0, IOC),
    /* frsqrte v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FRSQRTE_v, 0x2ee1d820, UNDEF },
    /* fcmgt v0.4s, v1.4s, #0.0: v1 {1, -1, 0x80000000, 0x7fc00001} -> v0 {ones, 0x0, 0x0,
     * 0x0} IOC */
    F2("basic_4s", FCMGT_v_zero, 0x4ea0c820, P(0xbf8000003f800000, 0x7fc0000180000000),
       P(0x00000000ffffffff, 0x0000000000000000), 0, IOC),
    /* fcmgt v0.2d, v1.2d, #0.0: v1 {0x7ff0000000000000, 0} -> v0 {ones, 0x0} */
    T2("basic_2d", FCMGT_v_zero, 0x4ee0c820, P(0x7ff0000000000000, 0x0000000000000000),
       P(0xffffffffffffffff, 0x0000000000000000)),
    /* fcmgt v0.2d, v1.2d, #0.0 with Q = 0 */
    { "sz1_q0", A64_FCMGT_v_zero, 0x0ee0c820, UNDEF },
    /* fcmeq v0.4s, v1.4s, #0.0: v1 {0, 0x80000000, 1, 0x7fc00001} -> v0 {ones, ones, 0x0,
     * 0x0} */
    T2("basic_4s", FCMEQ_v_zero, 0x4ea0d820, P(0x8000000000000000, 0x7fc000013f800000),
       P(0xffffffffffffffff, 0x0000000000000000)),
    /* fcmeq v0.2d, v1.2d, #0.0: v1 {0x7ff0000000000001, 0x1} -> v0 {0x0, 0x0} IOC */
    F2("snan_2d", FCMEQ_v_zero, 0x4ee0d820, P(0x7ff0000000000001, 0x0000000000000001),
       P(0x0000000000000000, 0x0000000000000000), 0, IOC),
    /* fcmeq v0.2s, v1.2s, #0.0: v1 {0x1, 0x80000001} -> v0 {ones, ones} (FPCR FZ) IDC */
    F2("fz_2s", FCMEQ_v_zero, 0x0ea0d820, P(0x8000000100000001, 0x9abcdef012345678),
       P(0xffffffffffffffff, 0x0000000000000000), FZ, IDC),
    /* fcmeq v0.2d, v1.2d, #0.0 with Q = 0 */
    { "sz1_q0", A64_FCMEQ_v_zero, 0x0ee0d820, UNDEF },
    /* fcmlt v0.4s, v1.4s, #0.0: v1 {-1, 0x80000000, 1, 0xff800000} -> v0 {ones, 0x0, 0x0,
     * ones} */
    T2("basic_4s", FCMLT_v_zero, 0x4ea0e820, P(0x80000000bf800000, 0xff8000003f800000),
       P(0x00000000ffffffff, 0xffffffff00000000)),
    /* fcmlt v0.2d, v1.2d, #0.0: v1 {0x7ff8000000000001, -2} -> v0 {0x0, ones} IOC */
    F2("qnan_2d", FCMLT_v_zero, 0x4ee0e820, P(0x7ff8000000000001, 0xc000000000000000),
       P(0x0000000000000000, 0xffffffffffffffff), 0, IOC),
    /* fcmlt v0.2d, v1.2d, #0.0 with Q = 0 */
    { "sz1_q0", A64_FCMLT_v_zero, 0x0ee0e820, UNDEF },
    /* fcmge v0.4s, v1.4s, #0.0: v1 {0, 0x80000000, -1, 0x7fc00001} -> v0 {ones, ones, 0x0,
     * 0x0} IOC */
    F2("basic_4s", FCMGE_v_zero, 0x6ea0c820, P(0x8000000000000000, 0x7fc00001bf800000),
       P(0xffffffffffffffff, 0x0000000000000000), 0, IOC),
    /* fcmge v0.2d, v1.2d, #0.0: v1 {0xfff0000000000000, 1} -> v0 {0x0, ones} */
    T2("basic_2d", FCMGE_v_zero, 0x6ee0c820, P(0xfff0000000000000, 0x3ff0000000000000),
       P(0x0000000000000000, 0xffffffffffffffff)),
    /* fcmge v0.2d, v1.2d, #0.0 with Q = 0 */
    { "sz1_q0", A64_FCMGE_v_zero, 0x2ee0c820, UNDEF },
    /* fcmle v0.4s, v1.4s, #0.0: v1 {0, -1, 1, 0x7fc00001} -> v0 {ones, ones, 0x0, 0x0} IOC */
    F2("basic_4s", FCMLE_v_zero, 0x6ea0d820, P(0xbf80000000000000, 0x7fc000013f800000),
       P(0xffffffffffffffff, 0x0000000000000000), 0, IOC),
    /* fcmle v0.2d, v1.2d, #0.0: v1 {0x8000000000000000, 0x1} -> v0 {ones, 0x0} */
    T2("basic_2d", FCMLE_v_zero, 0x6ee0d820, P(0x8000000000000000, 0x0000000000000001),
       P(0xffffffffffffffff, 0x0000000000000000)),
    /* fcmle v0.2d, v1.2d, #0.0 with Q = 0 */
    { "sz1_q0", A64_FCMLE_v_zero, 0x2ee0d820, UNDEF },
    /* fcmgt s0, s1, #0.0: v1 {1} -> v0 {ones} */
    T2("pos_s", FCMGT_sc_zero, 0x5ea0c820, P(0x9abcdef03f800000, 0x9abcdef012345678),
       P(0x00000000ffffffff, 0x0000000000000000)),
    /* fcmgt d0, d1, #0.0: v1 {-1} -> v0 {0x0} */
    T2("neg_d", FCMGT_sc_zero, 0x5ee0c820, P(0xbff0000000000000, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000)),
    /* fcmgt s0, s1, #0.0: v1 {0x7fc00001} -> v0 {0x0} IOC */
    F2("qnan_s", FCMGT_sc_zero, 0x5ea0c820, P(0x9abcdef07fc00001, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000), 0, IOC),
    /* fcmeq s0, s1, #0.0: v1 {0x80000000} -> v0 {ones} */
    T2("negzero_s", FCMEQ_sc_zero, 0x5ea0d820, P(0x9abcdef080000000, 0x9abcdef012345678),
       P(0x00000000ffffffff, 0x0000000000000000)),
    /* fcmeq d0, d1, #0.0: v1 {0x7ff8000000000001} -> v0 {0x0} */
    T2("qnan_d", FCMEQ_sc_zero, 0x5ee0d820, P(0x7ff8000000000001, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000)),
    /* fcmeq d0, d1, #0.0: v1 {0x1} -> v0 {0x0} */
    T2("denormal_d", FCMEQ_sc_zero, 0x5ee0d820, P(0x0000000000000001, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000)),
    /* fcmlt s0, s1, #0.0: v1 {-1} -> v0 {ones} */
    T2("neg_s", FCMLT_sc_zero, 0x5ea0e820, P(0x9abcdef0bf800000, 0x9abcdef012345678),
       P(0x00000000ffffffff, 0x0000000000000000)),
    /* fcmlt d0, d1, #0.0: v1 {0x8000000000000000} -> v0 {0x0} */
    T2("zero_d", FCMLT_sc_zero, 0x5ee0e820, P(0x8000000000000000, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000)),
    /* fcmlt d0, d1, #0.0: v1 {0x7ff0000000000001} -> v0 {0x0} IOC */
    F2("snan_d", FCMLT_sc_zero, 0x5ee0e820, P(0x7ff0000000000001, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000), 0, IOC),
    /* fcmge s0, s1, #0.0: v1 {0} -> v0 {ones} */
    T2("zero_s", FCMGE_sc_zero, 0x7ea0c820, P(0x9abcdef000000000, 0x9abcdef012345678),
       P(0x00000000ffffffff, 0x0000000000000000)),
    /* fcmge d0, d1, #0.0: v1 {-2^-1000} -> v0 {0x0} */
    T2("neg_d", FCMGE_sc_zero, 0x7ee0c820, P(0x8170000000000000, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000)),
    /* fcmge d0, d1, #0.0: v1 {0x8000000000000001} -> v0 {ones} (FPCR FZ) IDC */
    F2("fz_d", FCMGE_sc_zero, 0x7ee0c820, P(0x8000000000000001, 0x9abcdef012345678),
       P(0xffffffffffffffff, 0x0000000000000000), FZ, IDC),
    /* fcmle s0, s1, #0.0: v1 {0x80000000} -> v0 {ones} */
    T2("negzero_s", FCMLE_sc_zero, 0x7ea0d820, P(0x9abcdef080000000, 0x9abcdef012345678),
       P(0x00000000ffffffff, 0x0000000000000000)),
    /* fcmle d0, d1, #0.0: v1 {2^-1000} -> v0 {0x0} */
    T2("pos_d", FCMLE_sc_zero, 0x7ee0d820, P(0x0170000000000000, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000)),
    /* fcmle s0, s1, #0.0: v1 {0xffc00000} -> v0 {0x0} IOC */
    F2("qnan_s", FCMLE_sc_zero, 0x7ea0d820, P(0x9abcdef0ffc00000, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000), 0, IOC),
    /* fcmle s0, s1, #0.0: FP/SIMD disabled (CPACR_EL1.FPEN = 00), EC 0x07 */
    { "fp_off", A64_FCMLE_sc_zero, 0x7ea0d820, FP_TRAP },
    /* frecpe s0, s1: v1 {1} -> v0 {0x3f7f8000} */
    T2("one_s", FRECPE_sc, 0x5ea1d820, P(0x9abcdef03f800000, 0x9abcdef012345678),
       P(0x000000003f7f8000, 0x0000000000000000)),
    /* frecpe d0, d1: v1 {2} -> v0 {0x3fdff00000000000} */
    T2("two_d", FRECPE_sc, 0x5ee1d820, P(0x4000000000000000, 0x9abcdef012345678),
       P(0x3fdff00000000000, 0x0000000000000000)),
    /* frecpe s0, s1: v1 {0x80000000} -> v0 {0xff800000} DZC */
    F2("negzero_s", FRECPE_sc, 0x5ea1d820, P(0x9abcdef080000000, 0x9abcdef012345678),
       P(0x00000000ff800000, 0x0000000000000000), 0, DZC),
    /* frecpe d0, d1: v1 {2^1023} -> v0 {0x7fc0000000000} */
    T2("huge_d", FRECPE_sc, 0x5ee1d820, P(0x7fe0000000000000, 0x9abcdef012345678),
       P(0x0007fc0000000000, 0x0000000000000000)),
    /* frecpe d0, d1: v1 {2^1023} -> v0 {0x0} (FPCR FZ) UFC */
    F2("huge_fz_d", FRECPE_sc, 0x5ee1d820, P(0x7fe0000000000000, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000), FZ, UFC),
    /* frsqrte s0, s1: v1 {4} -> v0 {0x3eff8000} */
    T2("four_s", FRSQRTE_sc, 0x7ea1d820, P(0x9abcdef040800000, 0x9abcdef012345678),
       P(0x000000003eff8000, 0x0000000000000000)),
    /* frsqrte d0, d1: v1 {1} -> v0 {0x3feff00000000000} */
    T2("one_d", FRSQRTE_sc, 0x7ee1d820, P(0x3ff0000000000000, 0x9abcdef012345678),
       P(0x3feff00000000000, 0x0000000000000000)),
    /* frsqrte d0, d1: v1 {-1} -> v0 {0x7ff8000000000000} IOC */
    F2("neg_d", FRSQRTE_sc, 0x7ee1d820, P(0xbff0000000000000, 0x9abcdef012345678),
       P(0x7ff8000000000000, 0x0000000000000000), 0, IOC),
    /* frecpx s0, s1: v1 {1} -> v0 {2} */
    T2("one_s", FRECPX_sc, 0x5ea1f820, P(0x9abcdef03f800000, 0x9abcdef012345678),
       P(0x0000000040000000, 0x0000000000000000)),
    /* frecpx s0, s1: v1 {-3} -> v0 {-1} */
    T2("three_s", FRECPX_sc, 0x5ea1f820, P(0x9abcdef0c0400000, 0x9abcdef012345678),
       P(0x00000000bf800000, 0x0000000000000000)),
    /* frecpx s0, s1: v1 {0} -> v0 {0x7f000000} */
    T2("zero_s", FRECPX_sc, 0x5ea1f820, P(0x9abcdef000000000, 0x9abcdef012345678),
       P(0x000000007f000000, 0x0000000000000000)),
    /* frecpx d0, d1: v1 {0xfff0000000000000} -> v0 {0x8000000000000000} */
    T2("inf_d", FRECPX_sc, 0x5ee1f820, P(0xfff0000000000000, 0x9abcdef012345678),
       P(0x8000000000000000, 0x0000000000000000)),
    /* frecpx d0, d1: v1 {1} -> v0 {2} */
    T2("one_d", FRECPX_sc, 0x5ee1f820, P(0x3ff0000000000000, 0x9abcdef012345678),
       P(0x4000000000000000, 0x0000000000000000)),
    /* frecpx s0, s1: v1 {0x7f800001} -> v0 {0x7fc00001} IOC */
    F2("snan_s", FRECPX_sc, 0x5ea1f820, P(0x9abcdef07f800001, 0x9abcdef012345678),
       P(0x000000007fc00001, 0x0000000000000000), 0, IOC),
    /* frecpx s0, s1: v1 {0x80000003} -> v0 {0xff000000} (FPCR FZ) IDC */
    F2("denormal_fz_s", FRECPX_sc, 0x5ea1f820, P(0x9abcdef080000003, 0x9abcdef012345678),
       P(0x00000000ff000000, 0x0000000000000000), FZ, IDC),

    /* ==== conversions between FP and integer (vector and scalar) ==== */
    /* fcvtns v0.4s, v1.4s: v1 {2.5, -2.5, 3.5, -0.5} -> v0 {0x2, 0xfffffffe, 0x4, 0x0} IXC */
    F2("basic_4s", FCVTNS_v, 0x4e21a820, P(0xc020000040200000, 0xbf00000040600000),
       P(0xfffffffe00000002, 0x0000000000000004), 0, IXC),
    /* fcvtns v0.4s, v1.4s: v1 {2^40, -2^40, 0x7fc00001, 0x7f800000} -> v0 {0x7fffffff,
     * 0x80000000, 0x0, 0x7fffffff} IOC */
    F2("sat_4s", FCVTNS_v, 0x4e21a820, P(0xd380000053800000, 0x7f8000007fc00001),
       P(0x800000007fffffff, 0x7fffffff00000000), 0, IOC),
    /* fcvtns v0.2d, v1.2d: v1 {2^62, -1.5} -> v0 {0x4000000000000000, 0xfffffffffffffffe}
     * IXC */
    F2("basic_2d", FCVTNS_v, 0x4e61a820, P(0x43d0000000000000, 0xbff8000000000000),
       P(0x4000000000000000, 0xfffffffffffffffe), 0, IXC),
    /* fcvtns v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FCVTNS_v, 0x0e61a820, UNDEF },
    /* fcvtnu v0.4s, v1.4s: v1 {2.5, -1, 2^40, -0.375} -> v0 {0x2, 0x0, 0xffffffff, 0x0} IOC
     * | IXC */
    F2("basic_4s", FCVTNU_v, 0x6e21a820, P(0xbf80000040200000, 0xbec0000053800000),
       P(0x0000000000000002, 0x00000000ffffffff), 0, IOC | IXC),
    /* fcvtnu v0.2d, v1.2d: v1 {2^63, 0.5} -> v0 {0x8000000000000000, 0x0} IXC */
    F2("basic_2d", FCVTNU_v, 0x6e61a820, P(0x43e0000000000000, 0x3fe0000000000000),
       P(0x8000000000000000, 0x0000000000000000), 0, IXC),
    /* fcvtnu v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FCVTNU_v, 0x2e61a820, UNDEF },
    /* fcvtms v0.4s, v1.4s: v1 {-0.5, 1.875, -2, 0} -> v0 {0xffffffff, 0x1, 0xfffffffe, 0x0}
     * IXC */
    F2("basic_4s", FCVTMS_v, 0x4e21b820, P(0x3ff00000bf000000, 0x00000000c0000000),
       P(0x00000001ffffffff, 0x00000000fffffffe), 0, IXC),
    /* fcvtms v0.2d, v1.2d: v1 {-2^63, -9.223372037e+18} -> v0 {0x8000000000000000,
     * 0x8000000000000000} IOC */
    F2("sat_2d", FCVTMS_v, 0x4e61b820, P(0xc3e0000000000000, 0xc3e0000000000001),
       P(0x8000000000000000, 0x8000000000000000), 0, IOC),
    /* fcvtms v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FCVTMS_v, 0x0e61b820, UNDEF },
    /* fcvtmu v0.4s, v1.4s: v1 {1.875, -0.5, 0x4f7fffff, 0} -> v0 {0x1, 0x0, 0xffffff00,
     * 0x0} IOC | IXC */
    F2("basic_4s", FCVTMU_v, 0x6e21b820, P(0xbf0000003ff00000, 0x000000004f7fffff),
       P(0x0000000000000001, 0x00000000ffffff00), 0, IOC | IXC),
    /* fcvtmu v0.2d, v1.2d: v1 {0x7ff0000000000000, 1.844674407e+19} -> v0
     * {0xffffffffffffffff, 0xfffffffffffff800} IOC */
    F2("basic_2d", FCVTMU_v, 0x6e61b820, P(0x7ff0000000000000, 0x43efffffffffffff),
       P(0xffffffffffffffff, 0xfffffffffffff800), 0, IOC),
    /* fcvtmu v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FCVTMU_v, 0x2e61b820, UNDEF },
    /* fcvtps v0.4s, v1.4s: v1 {1.25, -1.25, 0, 0x80000000} -> v0 {0x2, 0xffffffff, 0x0,
     * 0x0} IXC */
    F2("basic_4s", FCVTPS_v, 0x4ea1a820, P(0xbfa000003fa00000, 0x8000000000000000),
       P(0xffffffff00000002, 0x0000000000000000), 0, IXC),
    /* fcvtps v0.2d, v1.2d: v1 {2^-1074, 0xfff0000000000000} -> v0 {0x1, 0x8000000000000000}
     * IOC | IXC */
    F2("basic_2d", FCVTPS_v, 0x4ee1a820, P(0x0000000000000001, 0xfff0000000000000),
       P(0x0000000000000001, 0x8000000000000000), 0, IOC | IXC),
    /* fcvtps v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FCVTPS_v, 0x0ee1a820, UNDEF },
    /* fcvtpu v0.4s, v1.4s: v1 {0.125, -0.875, 3, 0x7fc00001} -> v0 {0x1, 0x0, 0x3, 0x0} IOC
     * | IXC */
    F2("basic_4s", FCVTPU_v, 0x6ea1a820, P(0xbf6000003e000000, 0x7fc0000140400000),
       P(0x0000000000000001, 0x0000000000000003), 0, IOC | IXC),
    /* fcvtpu v0.2s, v1.2s: v1 {0x1, 0.5} -> v0 {0x0, 0x1} (FPCR FZ) IXC | IDC */
    F2("fz_2s", FCVTPU_v, 0x2ea1a820, P(0x3f00000000000001, 0x9abcdef012345678),
       P(0x0000000100000000, 0x0000000000000000), FZ, IXC | IDC),
    /* fcvtpu v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FCVTPU_v, 0x2ee1a820, UNDEF },
    /* fcvtzs v0.4s, v1.4s: v1 {-1.875, 1.875, 2^31, -2^31} -> v0 {0xffffffff, 0x1,
     * 0x7fffffff, 0x80000000} IOC | IXC */
    F2("basic_4s", FCVTZS_v, 0x4ea1b820, P(0x3ff00000bff00000, 0xcf0000004f000000),
       P(0x00000001ffffffff, 0x800000007fffffff), 0, IOC | IXC),
    /* fcvtzs v0.2d, v1.2d: v1 {0x1, 0x8000000000000000} -> v0 {0x0, 0x0} IXC */
    F2("denormal_2d", FCVTZS_v, 0x4ee1b820, P(0x0000000000000001, 0x8000000000000000),
       P(0x0000000000000000, 0x0000000000000000), 0, IXC),
    /* fcvtzs v0.2d, v1.2d: v1 {0x1, 0x8000000000000000} -> v0 {0x0, 0x0} (FPCR FZ) IDC */
    F2("fz_2d", FCVTZS_v, 0x4ee1b820, P(0x0000000000000001, 0x8000000000000000),
       P(0x0000000000000000, 0x0000000000000000), FZ, IDC),
    /* fcvtzs v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FCVTZS_v, 0x0ee1b820, UNDEF },
    /* fcvtzu v0.4s, v1.4s: v1 {1.875, -0.875, 2^32, 3} -> v0 {0x1, 0x0, 0xffffffff, 0x3}
     * IOC | IXC */
    F2("basic_4s", FCVTZU_v, 0x6ea1b820, P(0xbf6000003ff00000, 0x404000004f800000),
       P(0x0000000000000001, 0x00000003ffffffff), 0, IOC | IXC),
    /* fcvtzu v0.2d, v1.2d: v1 {2^64, 12345.75} -> v0 {0xffffffffffffffff, 0x3039} IOC | IXC */
    F2("basic_2d", FCVTZU_v, 0x6ee1b820, P(0x43f0000000000000, 0x40c81ce000000000),
       P(0xffffffffffffffff, 0x0000000000003039), 0, IOC | IXC),
    /* fcvtzu v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FCVTZU_v, 0x2ee1b820, UNDEF },
    /* fcvtas v0.4s, v1.4s: v1 {2.5, -2.5, 1.5, -0.375} -> v0 {0x3, 0xfffffffd, 0x2, 0x0}
     * IXC */
    F2("basic_4s", FCVTAS_v, 0x4e21c820, P(0xc020000040200000, 0xbec000003fc00000),
       P(0xfffffffd00000003, 0x0000000000000002), 0, IXC),
    /* fcvtas v0.2d, v1.2d: v1 {0.5, -0.5} -> v0 {0x1, 0xffffffffffffffff} IXC */
    F2("basic_2d", FCVTAS_v, 0x4e61c820, P(0x3fe0000000000000, 0xbfe0000000000000),
       P(0x0000000000000001, 0xffffffffffffffff), 0, IXC),
    /* fcvtas v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FCVTAS_v, 0x0e61c820, UNDEF },
    /* fcvtau v0.4s, v1.4s: v1 {2.5, 0.5, -0.5, -0.25} -> v0 {0x3, 0x1, 0x0, 0x0} IOC | IXC */
    F2("basic_4s", FCVTAU_v, 0x6e21c820, P(0x3f00000040200000, 0xbe800000bf000000),
       P(0x0000000100000003, 0x0000000000000000), 0, IOC | IXC),
    /* fcvtau v0.2d, v1.2d: v1 {1.5, 0x7ff8000000000001} -> v0 {0x2, 0x0} IOC | IXC */
    F2("basic_2d", FCVTAU_v, 0x6e61c820, P(0x3ff8000000000000, 0x7ff8000000000001),
       P(0x0000000000000002, 0x0000000000000000), 0, IOC | IXC),
    /* fcvtau v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_FCVTAU_v, 0x2e61c820, UNDEF },
    /* scvtf v0.4s, v1.4s: v1 {0x1, 0xffffffff, 0x7fffffff, 0x0} -> v0 {1, -1, 0x4f000000,
     * 0} IXC */
    F2("basic_4s", SCVTF_v, 0x4e21d820, P(0xffffffff00000001, 0x000000007fffffff),
       P(0xbf8000003f800000, 0x000000004f000000), 0, IXC),
    /* scvtf v0.4s, v1.4s: v1 {0x1, 0xffffffff, 0x7fffffff, 0x80000001} -> v0 {1, -1,
     * 0x4effffff, 0xceffffff} (FPCR RZ) IXC */
    F2("rz_4s", SCVTF_v, 0x4e21d820, P(0xffffffff00000001, 0x800000017fffffff),
       P(0xbf8000003f800000, 0xceffffff4effffff), RZ, IXC),
    /* scvtf v0.2d, v1.2d: v1 {0x8000000000000000, 0x3} -> v0 {-2^63, 3} */
    T2("basic_2d", SCVTF_v, 0x4e61d820, P(0x8000000000000000, 0x0000000000000003),
       P(0xc3e0000000000000, 0x4008000000000000)),
    /* scvtf v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_SCVTF_v, 0x0e61d820, UNDEF },
    /* ucvtf v0.4s, v1.4s: v1 {0x1, 0xffffffff, 0x80000000, 0x0} -> v0 {1, 2^32, 2^31, 0}
     * IXC */
    F2("basic_4s", UCVTF_v, 0x6e21d820, P(0xffffffff00000001, 0x0000000080000000),
       P(0x4f8000003f800000, 0x000000004f000000), 0, IXC),
    /* ucvtf v0.2d, v1.2d: v1 {0xffffffffffffffff, 0x1} -> v0 {2^64, 1} IXC */
    F2("basic_2d", UCVTF_v, 0x6e61d820, P(0xffffffffffffffff, 0x0000000000000001),
       P(0x43f0000000000000, 0x3ff0000000000000), 0, IXC),
    /* ucvtf v0.2s, v1.2s: v1 {0xffffffff, 0x1000001} -> v0 {0x4f7fffff, 2^24} (FPCR RM) IXC */
    F2("rm_2s", UCVTF_v, 0x2e21d820, P(0x01000001ffffffff, 0x9abcdef012345678),
       P(0x4b8000004f7fffff, 0x0000000000000000), RM, IXC),
    /* ucvtf v0.2d, v1.2d with Q = 0 (reserved) */
    { "sz1_q0", A64_UCVTF_v, 0x2e61d820, UNDEF },
    /* fcvtns s0, s1: v1 {2.5} -> v0 {0x2} IXC */
    F2("tie_s", FCVTNS_sc, 0x5e21a820, P(0x9abcdef040200000, 0x9abcdef012345678),
       P(0x0000000000000002, 0x0000000000000000), 0, IXC),
    /* fcvtns d0, d1: v1 {-3.5} -> v0 {0xfffffffffffffffc} IXC */
    F2("tie_d", FCVTNS_sc, 0x5e61a820, P(0xc00c000000000000, 0x9abcdef012345678),
       P(0xfffffffffffffffc, 0x0000000000000000), 0, IXC),
    /* fcvtns s0, s1: v1 {0x7fc00001} -> v0 {0x0} IOC */
    F2("nan_s", FCVTNS_sc, 0x5e21a820, P(0x9abcdef07fc00001, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000), 0, IOC),
    /* fcvtns d0, d1: FP/SIMD disabled (CPACR_EL1.FPEN = 00), EC 0x07 */
    { "fp_off", A64_FCVTNS_sc, 0x5e61a820, FP_TRAP },
    /* fcvtnu s0, s1: v1 {3.5} -> v0 {0x4} IXC */
    F2("tie_s", FCVTNU_sc, 0x7e21a820, P(0x9abcdef040600000, 0x9abcdef012345678),
       P(0x0000000000000004, 0x0000000000000000), 0, IXC),
    /* fcvtnu d0, d1: v1 {1e+300} -> v0 {0xffffffffffffffff} IOC */
    F2("sat_d", FCVTNU_sc, 0x7e61a820, P(0x7e37e43c8800759c, 0x9abcdef012345678),
       P(0xffffffffffffffff, 0x0000000000000000), 0, IOC),
    /* fcvtnu s0, s1: v1 {-1} -> v0 {0x0} IOC */
    F2("neg_s", FCVTNU_sc, 0x7e21a820, P(0x9abcdef0bf800000, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000), 0, IOC),
    /* fcvtms s0, s1: v1 {-0.5} -> v0 {0xffffffff} IXC */
    F2("neg_s", FCVTMS_sc, 0x5e21b820, P(0x9abcdef0bf000000, 0x9abcdef012345678),
       P(0x00000000ffffffff, 0x0000000000000000), 0, IXC),
    /* fcvtms d0, d1: v1 {2.5} -> v0 {0x2} IXC */
    F2("pos_d", FCVTMS_sc, 0x5e61b820, P(0x4004000000000000, 0x9abcdef012345678),
       P(0x0000000000000002, 0x0000000000000000), 0, IXC),
    /* fcvtms s0, s1: v1 {0xff800000} -> v0 {0x80000000} IOC */
    F2("sat_s", FCVTMS_sc, 0x5e21b820, P(0x9abcdef0ff800000, 0x9abcdef012345678),
       P(0x0000000080000000, 0x0000000000000000), 0, IOC),
    /* fcvtmu s0, s1: v1 {2.75} -> v0 {0x2} IXC */
    F2("pos_s", FCVTMU_sc, 0x7e21b820, P(0x9abcdef040300000, 0x9abcdef012345678),
       P(0x0000000000000002, 0x0000000000000000), 0, IXC),
    /* fcvtmu d0, d1: v1 {-1} -> v0 {0x0} IOC */
    F2("neg_d", FCVTMU_sc, 0x7e61b820, P(0xbff0000000000000, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000), 0, IOC),
    /* fcvtmu d0, d1: v1 {2^63} -> v0 {0x8000000000000000} */
    T2("exact_d", FCVTMU_sc, 0x7e61b820, P(0x43e0000000000000, 0x9abcdef012345678),
       P(0x8000000000000000, 0x0000000000000000)),
    /* fcvtps s0, s1: v1 {1.25} -> v0 {0x2} IXC */
    F2("pos_s", FCVTPS_sc, 0x5ea1a820, P(0x9abcdef03fa00000, 0x9abcdef012345678),
       P(0x0000000000000002, 0x0000000000000000), 0, IXC),
    /* fcvtps d0, d1: v1 {-1.5} -> v0 {0xffffffffffffffff} IXC */
    F2("neg_d", FCVTPS_sc, 0x5ee1a820, P(0xbff8000000000000, 0x9abcdef012345678),
       P(0xffffffffffffffff, 0x0000000000000000), 0, IXC),
    /* fcvtps d0, d1: v1 {2^63} -> v0 {0x7fffffffffffffff} IOC */
    F2("sat_d", FCVTPS_sc, 0x5ee1a820, P(0x43e0000000000000, 0x9abcdef012345678),
       P(0x7fffffffffffffff, 0x0000000000000000), 0, IOC),
    /* fcvtpu s0, s1: v1 {0.25} -> v0 {0x1} IXC */
    F2("small_s", FCVTPU_sc, 0x7ea1a820, P(0x9abcdef03e800000, 0x9abcdef012345678),
       P(0x0000000000000001, 0x0000000000000000), 0, IXC),
    /* fcvtpu d0, d1: v1 {2^64} -> v0 {0xffffffffffffffff} IOC */
    F2("sat_d", FCVTPU_sc, 0x7ee1a820, P(0x43f0000000000000, 0x9abcdef012345678),
       P(0xffffffffffffffff, 0x0000000000000000), 0, IOC),
    /* fcvtpu d0, d1: v1 {0x8000000000000000} -> v0 {0x0} */
    T2("negzero_d", FCVTPU_sc, 0x7ee1a820, P(0x8000000000000000, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000)),
    /* fcvtzs s0, s1: v1 {-1.75} -> v0 {0xffffffff} IXC */
    F2("neg_s", FCVTZS_sc, 0x5ea1b820, P(0x9abcdef0bfe00000, 0x9abcdef012345678),
       P(0x00000000ffffffff, 0x0000000000000000), 0, IXC),
    /* fcvtzs d0, d1: v1 {1e+300} -> v0 {0x7fffffffffffffff} IOC */
    F2("sat_d", FCVTZS_sc, 0x5ee1b820, P(0x7e37e43c8800759c, 0x9abcdef012345678),
       P(0x7fffffffffffffff, 0x0000000000000000), 0, IOC),
    /* fcvtzs d0, d1: v1 {-2^63} -> v0 {0x8000000000000000} */
    T2("min_d", FCVTZS_sc, 0x5ee1b820, P(0xc3e0000000000000, 0x9abcdef012345678),
       P(0x8000000000000000, 0x0000000000000000)),
    /* fcvtzu s0, s1: v1 {3.75} -> v0 {0x3} IXC */
    F2("pos_s", FCVTZU_sc, 0x7ea1b820, P(0x9abcdef040700000, 0x9abcdef012345678),
       P(0x0000000000000003, 0x0000000000000000), 0, IXC),
    /* fcvtzu d0, d1: v1 {-0.5} -> v0 {0x0} IXC */
    F2("neg_d", FCVTZU_sc, 0x7ee1b820, P(0xbfe0000000000000, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000), 0, IXC),
    /* fcvtzu s0, s1: v1 {0x4f7fffff} -> v0 {0xffffff00} */
    T2("max_s", FCVTZU_sc, 0x7ea1b820, P(0x9abcdef04f7fffff, 0x9abcdef012345678),
       P(0x00000000ffffff00, 0x0000000000000000)),
    /* fcvtas s0, s1: v1 {-2.5} -> v0 {0xfffffffd} IXC */
    F2("tie_s", FCVTAS_sc, 0x5e21c820, P(0x9abcdef0c0200000, 0x9abcdef012345678),
       P(0x00000000fffffffd, 0x0000000000000000), 0, IXC),
    /* fcvtas d0, d1: v1 {2.5} -> v0 {0x3} IXC */
    F2("tie_d", FCVTAS_sc, 0x5e61c820, P(0x4004000000000000, 0x9abcdef012345678),
       P(0x0000000000000003, 0x0000000000000000), 0, IXC),
    /* fcvtas d0, d1: v1 {0x7ff0000000000001} -> v0 {0x0} IOC */
    F2("snan_d", FCVTAS_sc, 0x5e61c820, P(0x7ff0000000000001, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000), 0, IOC),
    /* fcvtau s0, s1: v1 {0.5} -> v0 {0x1} IXC */
    F2("half_s", FCVTAU_sc, 0x7e21c820, P(0x9abcdef03f000000, 0x9abcdef012345678),
       P(0x0000000000000001, 0x0000000000000000), 0, IXC),
    /* fcvtau d0, d1: v1 {2.5} -> v0 {0x3} IXC */
    F2("tie_d", FCVTAU_sc, 0x7e61c820, P(0x4004000000000000, 0x9abcdef012345678),
       P(0x0000000000000003, 0x0000000000000000), 0, IXC),
    /* fcvtau s0, s1: v1 {-0.5} -> v0 {0x0} IOC */
    F2("neg_s", FCVTAU_sc, 0x7e21c820, P(0x9abcdef0bf000000, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000), 0, IOC),
    /* scvtf s0, s1: v1 {0xffffffff} -> v0 {-1} */
    T2("neg_s", SCVTF_sc, 0x5e21d820, P(0x9abcdef0ffffffff, 0x9abcdef012345678),
       P(0x00000000bf800000, 0x0000000000000000)),
    /* scvtf d0, d1: v1 {0x20000000000001} -> v0 {2^53} IXC */
    F2("tie_d", SCVTF_sc, 0x5e61d820, P(0x0020000000000001, 0x9abcdef012345678),
       P(0x4340000000000000, 0x0000000000000000), 0, IXC),
    /* scvtf s0, s1: v1 {0x1000001} -> v0 {0x4b800001} (FPCR RP) IXC */
    F2("rp_s", SCVTF_sc, 0x5e21d820, P(0x9abcdef001000001, 0x9abcdef012345678),
       P(0x000000004b800001, 0x0000000000000000), RP, IXC),
    /* ucvtf s0, s1: v1 {0x80000000} -> v0 {2^31} */
    T2("top_s", UCVTF_sc, 0x7e21d820, P(0x9abcdef080000000, 0x9abcdef012345678),
       P(0x000000004f000000, 0x0000000000000000)),
    /* ucvtf d0, d1: v1 {0x8000000000000000} -> v0 {2^63} */
    T2("top_d", UCVTF_sc, 0x7e61d820, P(0x8000000000000000, 0x9abcdef012345678),
       P(0x43e0000000000000, 0x0000000000000000)),
    /* ucvtf s0, s1: v1 {0xffffffff} -> v0 {0x4f7fffff} (FPCR RZ) IXC */
    F2("rz_s", UCVTF_sc, 0x7e21d820, P(0x9abcdef0ffffffff, 0x9abcdef012345678),
       P(0x000000004f7fffff, 0x0000000000000000), RZ, IXC),

    /* ==== FCVTN, FCVTL, FCVTXN (and their "2" forms) ==== */
    /* fcvtn v0.2s, v1.2d: v1 {1, 1e+300} -> v0 {1, 0x7f800000} OFC | IXC */
    F2("d2s", FCVTN_v, 0x0e616820, P(0x3ff0000000000000, 0x7e37e43c8800759c),
       P(0x7f8000003f800000, 0x0000000000000000), 0, OFC | IXC),
    /* fcvtn v0.4h, v1.4s: v1 {1, 65504, 65520, 0.5} -> v0 {0x3c00, 0x7bff, 0x7c00, 0x3800}
     * OFC | IXC */
    F2("s2h", FCVTN_v, 0x0e216820, P(0x477fe0003f800000, 0x3f000000477ff000),
       P(0x38007c007bff3c00, 0x0000000000000000), 0, OFC | IXC),
    /* fcvtn2 v0.8h, v1.4s: v0 0x5555666677778888:0x1111222233334444 v1 {2, -2, 0x3eaaaaab,
     * 0x7fc00001} v2 0x0:0x0 -> v0 0x7e003555c0004000:0x1111222233334444 IXC */
    F4("s2h_upper", FCVTN_v, 0x4e216820, P(0x1111222233334444, 0x5555666677778888),
       P(0xc000000040000000, 0x7fc000013eaaaaab), P(0x0000000000000000, 0x0000000000000000),
       P(0x1111222233334444, 0x7e003555c0004000), 0, IXC),
    /* fcvtn v0.4h, v1.4s: v1 {0x7f800000, 0x7fc00001, 1, 2^16} -> v0 {0x7fff, 0x0, 0x3c00,
     * 0x7c00} (FPCR AHP) IOC */
    F2("ahp", FCVTN_v, 0x0e216820, P(0x7fc000017f800000, 0x478000003f800000),
       P(0x7c003c0000007fff, 0x0000000000000000), AHP, IOC),
    /* fcvtn v0.2s, v1.2d: v1 {0x7ff0000000000001, 1.000000001} -> v0 {0x7fc00000,
     * 0x3f800001} (FPCR DN | RP) IOC | IXC */
    F2("dn_rp", FCVTN_v, 0x0e616820, P(0x7ff0000000000001, 0x3ff0000000400000),
       P(0x3f8000017fc00000, 0x0000000000000000), DN | RP, IOC | IXC),
    /* fcvtn v0.2s, v1.2d: v1 {1e-40, 0x1} -> v0 {0, 0} (FPCR FZ) UFC | IDC */
    F2("fz", FCVTN_v, 0x0e616820, P(0x37a16c262777579c, 0x0000000000000001),
       P(0x0000000000000000, 0x0000000000000000), FZ, UFC | IDC),
    /* fcvtn2 v1.4s, v1.2d: v1 {1, 2} -> v1 0x400000003f800000:0x3ff0000000000000 */
    { "alias_upper", A64_FCVTN_v, 0x4e616821,
      .vin = { { V(1), 0x3ff0000000000000, 0x4000000000000000 } },
      .vout = { { V(1), 0x3ff0000000000000, 0x400000003f800000 } } },
    /* fcvtn v0.2s, v1.2d: FP/SIMD disabled (CPACR_EL1.FPEN = 00), EC 0x07 */
    { "fp_off", A64_FCVTN_v, 0x0e616820, FP_TRAP },
    /* fcvtl v0.4s, v1.4h: v1 {0x3c00, 0x7c00, 0x7e01, 0x1} -> v0 {1, 0x7f800000,
     * 0x7fc02000, 2^-24} (FPCR FZ) */
    F2("h2s_fz", FCVTL_v, 0x0e217820, P(0x00017e017c003c00, 0x9abcdef012345678),
       P(0x7f8000003f800000, 0x338000007fc02000), FZ, 0),
    /* fcvtl2 v0.4s, v1.8h: v1 0x7bff7d003800bc00:0x123456789abcdef0 -> v0 {-1, 0.5,
     * 0x7fe00000, 65504} IOC */
    F2("h2s_upper", FCVTL_v, 0x4e217820, P(0x123456789abcdef0, 0x7bff7d003800bc00),
       P(0x3f000000bf800000, 0x477fe0007fe00000), 0, IOC),
    /* fcvtl v0.4s, v1.4h: v1 {0x7c00, 0x7fff, 0xfc00, 0x3c00} -> v0 {2^16, 131008, -2^16,
     * 1} (FPCR AHP) */
    F2("ahp", FCVTL_v, 0x0e217820, P(0x3c00fc007fff7c00, 0x9abcdef012345678),
       P(0x47ffe00047800000, 0x3f800000c7800000), AHP, 0),
    /* fcvtl v0.2d, v1.2s: v1 {1, 0x7f800001} -> v0 {1, 0x7ff8000020000000} IOC */
    F2("s2d", FCVTL_v, 0x0e617820, P(0x7f8000013f800000, 0x9abcdef012345678),
       P(0x3ff0000000000000, 0x7ff8000020000000), 0, IOC),
    /* fcvtl2 v0.2d, v1.4s: v1 {0x12345678, 0x12345678, 0x1, -2} -> v0 {0, -2} (FPCR FZ) IDC */
    F2("s2d_upper_fz", FCVTL_v, 0x4e617820, P(0x1234567812345678, 0xc000000000000001),
       P(0x0000000000000000, 0xc000000000000000), FZ, IDC),
    /* fcvtl v1.2d, v1.2s: v1 {0.5, -4} -> v1 {0.5, -4} */
    { "alias", A64_FCVTL_v, 0x0e617821,
      .vin = { { V(1), 0xc08000003f000000, 0x9abcdef012345678 } },
      .vout = { { V(1), 0x3fe0000000000000, 0xc010000000000000 } } },
    /* fcvtxn v0.2s, v1.2d: v1 {1.000000001, 1} -> v0 {0x3f800001, 1} IXC */
    F2("odd", FCVTXN_v, 0x2e616820, P(0x3ff0000000400000, 0x3ff0000000000000),
       P(0x3f8000003f800001, 0x0000000000000000), 0, IXC),
    /* fcvtxn v0.2s, v1.2d: v1 {1.000000179, 1.000000239} -> v0 {0x3f800001, 0x3f800003} IXC */
    F2("odd_kept", FCVTXN_v, 0x2e616820, P(0x3ff0000030000000, 0x3ff0000040400000),
       P(0x3f8000033f800001, 0x0000000000000000), 0, IXC),
    /* fcvtxn v0.2s, v1.2d: v1 {1e+300, -1e+300} -> v0 {0x7f7fffff, 0xff7fffff} OFC | IXC */
    F2("overflow", FCVTXN_v, 0x2e616820, P(0x7e37e43c8800759c, 0xfe37e43c8800759c),
       P(0xff7fffff7f7fffff, 0x0000000000000000), 0, OFC | IXC),
    /* fcvtxn2 v0.4s, v1.2d: v0 0x5555666677778888:0x1111222233334444 v1 {-1,
     * 0x7ff8000000000001} v2 0x0:0x0 -> v0 0x7fc00000bf800000:0x1111222233334444 */
    T4("upper", FCVTXN_v, 0x6e616820, P(0x1111222233334444, 0x5555666677778888),
       P(0xbff0000000000000, 0x7ff8000000000001), P(0x0000000000000000, 0x0000000000000000),
       P(0x1111222233334444, 0x7fc00000bf800000)),
    /* fcvtxn v0.2s, v1.2d with sz = 0 (reserved) */
    { "sz0", A64_FCVTXN_v, 0x2e216820, UNDEF },
    /* fcvtxn s0, d1: v1 {1.000000001} -> v0 {0x3f800001} IXC */
    F2("odd", FCVTXN_sc, 0x7e616820, P(0x3ff0000000400000, 0x9abcdef012345678),
       P(0x000000003f800001, 0x0000000000000000), 0, IXC),
    /* fcvtxn s0, d1: v1 {7.006492322e-46} -> v0 {0x1} UFC | IXC */
    F2("tiny", FCVTXN_sc, 0x7e616820, P(0x3690000000000004, 0x9abcdef012345678),
       P(0x0000000000000001, 0x0000000000000000), 0, UFC | IXC),
    /* fcvtxn s0, d1: v1 {2^-140} -> v0 {0x200} */
    T2("exact_denormal", FCVTXN_sc, 0x7e616820, P(0x3730000000000000, 0x9abcdef012345678),
       P(0x0000000000000200, 0x0000000000000000)),
    /* fcvtxn s0, d1 with sz = 0 (reserved) */
    { "sz0", A64_FCVTXN_sc, 0x7e216820, UNDEF },

    /* ==== fixed point (shift by immediate) ==== */
    /* fcvtzs v0.4s, v1.4s, #1: v1 {1.5, -1.5, 2.75, 0.25} -> v0 {0x3, 0xfffffffd, 0x5, 0x0}
     * IXC */
    F2("f1_4s", FCVTZS_v_fix, 0x4f3ffc20, P(0xbfc000003fc00000, 0x3e80000040300000),
       P(0xfffffffd00000003, 0x0000000000000005), 0, IXC),
    /* fcvtzs v0.2d, v1.2d, #10: v1 {1, -0.5} -> v0 {0x400, 0xfffffffffffffe00} */
    T2("f10_2d", FCVTZS_v_fix, 0x4f76fc20, P(0x3ff0000000000000, 0xbfe0000000000000),
       P(0x0000000000000400, 0xfffffffffffffe00)),
    /* fcvtzs v0.2s, v1.2s, #32: v1 {0.5, -0.5} -> v0 {0x7fffffff, 0x80000000} IOC */
    F2("f32_2s", FCVTZS_v_fix, 0x0f20fc20, P(0xbf0000003f000000, 0x9abcdef012345678),
       P(0x800000007fffffff, 0x0000000000000000), 0, IOC),
    /* fcvtzs v0.8h, v1.8h, #1 (FEAT_FP16) */
    { "immh_fp16", A64_FCVTZS_v_fix, 0x4f1ffc20, UNDEF },
    /* fcvtzs with immh = 0001 (reserved) */
    { "immh_0001", A64_FCVTZS_v_fix, 0x4f08fc20, UNDEF },
    /* fcvtzs v0.2d, v1.2d, #10 with Q = 0 (reserved) */
    { "d_q0", A64_FCVTZS_v_fix, 0x0f76fc20, UNDEF },
    /* fcvtzs v0.4s, v1.4s, #1: FP/SIMD disabled (CPACR_EL1.FPEN = 00), EC 0x07 */
    { "fp_off", A64_FCVTZS_v_fix, 0x4f3ffc20, FP_TRAP },
    /* fcvtzu v0.4s, v1.4s, #4: v1 {1, -1, 0.03125, 2^28} -> v0 {0x10, 0x0, 0x0, 0xffffffff}
     * IOC | IXC */
    F2("f4_4s", FCVTZU_v_fix, 0x6f3cfc20, P(0xbf8000003f800000, 0x4d8000003d000000),
       P(0x0000000000000010, 0xffffffff00000000), 0, IOC | IXC),
    /* fcvtzu v0.2d, v1.2d, #64: v1 {0.5, 1} -> v0 {0x8000000000000000, 0xffffffffffffffff}
     * IOC */
    F2("f64_2d", FCVTZU_v_fix, 0x6f40fc20, P(0x3fe0000000000000, 0x3ff0000000000000),
       P(0x8000000000000000, 0xffffffffffffffff), 0, IOC),
    /* fcvtzu v0.8h, v1.8h, #1 (FEAT_FP16) */
    { "immh_fp16", A64_FCVTZU_v_fix, 0x6f1ffc20, UNDEF },
    /* scvtf v0.4s, v1.4s, #16: v1 {0x10000, 0xffff0000, 0x8000, 0x1} -> v0 {1, -1, 0.5,
     * 2^-16} */
    T2("f16_4s", SCVTF_v_fix, 0x4f30e420, P(0xffff000000010000, 0x0000000100008000),
       P(0xbf8000003f800000, 0x378000003f000000)),
    /* scvtf v0.2d, v1.2d, #64: v1 {0x8000000000000000, 0x1} -> v0 {-0.5, 2^-64} */
    T2("f64_2d", SCVTF_v_fix, 0x4f40e420, P(0x8000000000000000, 0x0000000000000001),
       P(0xbfe0000000000000, 0x3bf0000000000000)),
    /* scvtf v0.2s, v1.2s, #32: v1 {0x7fffffff, 0x80000000} -> v0 {0x3effffff, -0.5} (FPCR
     * RZ) IXC */
    F2("rz_2s", SCVTF_v_fix, 0x0f20e420, P(0x800000007fffffff, 0x9abcdef012345678),
       P(0xbf0000003effffff, 0x0000000000000000), RZ, IXC),
    /* scvtf with immh = 0001 (reserved) */
    { "immh_0001", A64_SCVTF_v_fix, 0x4f0fe420, UNDEF },
    /* ucvtf v0.4s, v1.4s, #32: v1 {0xffffffff, 0x80000000, 0x1, 0x0} -> v0 {1, 0.5, 2^-32,
     * 0} IXC */
    F2("f32_4s", UCVTF_v_fix, 0x6f20e420, P(0x80000000ffffffff, 0x0000000000000001),
       P(0x3f0000003f800000, 0x000000002f800000), 0, IXC),
    /* ucvtf v0.2d, v1.2d, #1: v1 {0x3, 0xffffffffffffffff} -> v0 {1.5, 2^63} IXC */
    F2("f1_2d", UCVTF_v_fix, 0x6f7fe420, P(0x0000000000000003, 0xffffffffffffffff),
       P(0x3ff8000000000000, 0x43e0000000000000), 0, IXC),
    /* ucvtf v0.2d, v1.2d, #1 with Q = 0 (reserved) */
    { "d_q0", A64_UCVTF_v_fix, 0x2f7fe420, UNDEF },
    /* fcvtzs s0, s1, #1: v1 {-0.75} -> v0 {0xffffffff} IXC */
    F2("f1_s", FCVTZS_sc_fix, 0x5f3ffc20, P(0x9abcdef0bf400000, 0x9abcdef012345678),
       P(0x00000000ffffffff, 0x0000000000000000), 0, IXC),
    /* fcvtzs d0, d1, #32: v1 {1} -> v0 {0x100000000} */
    T2("f32_d", FCVTZS_sc_fix, 0x5f60fc20, P(0x3ff0000000000000, 0x9abcdef012345678),
       P(0x0000000100000000, 0x0000000000000000)),
    /* fcvtzs s0, s1, #31: v1 {1} -> v0 {0x7fffffff} IOC */
    F2("sat_s", FCVTZS_sc_fix, 0x5f21fc20, P(0x9abcdef03f800000, 0x9abcdef012345678),
       P(0x000000007fffffff, 0x0000000000000000), 0, IOC),
    /* fcvtzs h0, h1, #1 (FEAT_FP16) */
    { "immh_fp16", A64_FCVTZS_sc_fix, 0x5f1ffc20, UNDEF },
    /* fcvtzu s0, s1, #8: v1 {1.5} -> v0 {0x180} */
    T2("f8_s", FCVTZU_sc_fix, 0x7f38fc20, P(0x9abcdef03fc00000, 0x9abcdef012345678),
       P(0x0000000000000180, 0x0000000000000000)),
    /* fcvtzu d0, d1, #1: v1 {-1} -> v0 {0x0} IOC */
    F2("neg_d", FCVTZU_sc_fix, 0x7f7ffc20, P(0xbff0000000000000, 0x9abcdef012345678),
       P(0x0000000000000000, 0x0000000000000000), 0, IOC),
    /* fcvtzu d0, d1, #64: v1 {0.75} -> v0 {0xc000000000000000} */
    T2("f64_d", FCVTZU_sc_fix, 0x7f40fc20, P(0x3fe8000000000000, 0x9abcdef012345678),
       P(0xc000000000000000, 0x0000000000000000)),
    /* fcvtzu with immh = 0001 (reserved) */
    { "immh_0001", A64_FCVTZU_sc_fix, 0x7f09fc20, UNDEF },
    /* scvtf s0, s1, #1: v1 {0xfffffffd} -> v0 {-1.5} */
    T2("f1_s", SCVTF_sc_fix, 0x5f3fe420, P(0x9abcdef0fffffffd, 0x9abcdef012345678),
       P(0x00000000bfc00000, 0x0000000000000000)),
    /* scvtf d0, d1, #64: v1 {0x4000000000000000} -> v0 {0.25} */
    T2("f64_d", SCVTF_sc_fix, 0x5f40e420, P(0x4000000000000000, 0x9abcdef012345678),
       P(0x3fd0000000000000, 0x0000000000000000)),
    /* scvtf s0, s1, #32: v1 {0x1} -> v0 {2^-32} (FPCR FZ) */
    F2("f32_fz_s", SCVTF_sc_fix, 0x5f20e420, P(0x9abcdef000000001, 0x9abcdef012345678),
       P(0x000000002f800000, 0x0000000000000000), FZ, 0),
    /* scvtf h0, h1, #1 (FEAT_FP16) */
    { "immh_fp16", A64_SCVTF_sc_fix, 0x5f1fe420, UNDEF },
    /* ucvtf s0, s1, #31: v1 {0xffffffff} -> v0 {2} IXC */
    F2("f31_s", UCVTF_sc_fix, 0x7f21e420, P(0x9abcdef0ffffffff, 0x9abcdef012345678),
       P(0x0000000040000000, 0x0000000000000000), 0, IXC),
    /* ucvtf d0, d1, #2: v1 {0x5} -> v0 {1.25} */
    T2("f2_d", UCVTF_sc_fix, 0x7f7ee420, P(0x0000000000000005, 0x9abcdef012345678),
       P(0x3ff4000000000000, 0x0000000000000000)),
    /* ucvtf d0, d1, #1: v1 {0xffffffffffffffff} -> v0 {0x43dfffffffffffff} (FPCR RM) IXC */
    F2("f1_rm_d", UCVTF_sc_fix, 0x7f7fe420, P(0xffffffffffffffff, 0x9abcdef012345678),
       P(0x43dfffffffffffff, 0x0000000000000000), RM, IXC),
    /* ucvtf h0, h1, #1 (FEAT_FP16) */
    { "immh_fp16", A64_UCVTF_sc_fix, 0x7f1fe420, UNDEF },

    /* ==== FMOV (vector, immediate) ==== */
    /* fmov v0.4s, #1.0: -> v0 {1, 1, 1, 1} */
    { "one_4s", A64_FMOV_v_imm_s, 0x4f03f600,
      .vout = { { V(0), 0x3f8000003f800000, 0x3f8000003f800000 } } },
    /* fmov v0.2s, #-2.0: -> v0 {-2, -2} */
    { "neg_2s", A64_FMOV_v_imm_s, 0x0f04f400,
      .vout = { { V(0), 0xc0000000c0000000, 0x0000000000000000 } } },
    /* fmov v31.4s, #31.0: -> v31 {31, 31, 31, 31} */
    { "max_4s", A64_FMOV_v_imm_s, 0x4f01f7ff,
      .vout = { { V(31), 0x41f8000041f80000, 0x41f8000041f80000 } } },
    /* fmov v0.2s, #0.125: -> v0 {0.125, 0.125} */
    { "min_2s", A64_FMOV_v_imm_s, 0x0f02f400,
      .vout = { { V(0), 0x3e0000003e000000, 0x0000000000000000 } } },
    /* fmov v0.4s, #1.0: FP/SIMD disabled (CPACR_EL1.FPEN = 00), EC 0x07 */
    { "fp_off", A64_FMOV_v_imm_s, 0x4f03f600, FP_TRAP },
    /* fmov v0.2d, #0.5: -> v0 {0.5, 0.5} */
    { "half", A64_FMOV_v_imm_d, 0x6f03f400,
      .vout = { { V(0), 0x3fe0000000000000, 0x3fe0000000000000 } } },
    /* fmov v0.2d, #-31.0: -> v0 {-31, -31} */
    { "neg", A64_FMOV_v_imm_d, 0x6f05f7e0,
      .vout = { { V(0), 0xc03f000000000000, 0xc03f000000000000 } } },
    /* fmov v7.2d, #1.9375: -> v7 {1.9375, 1.9375} */
    { "min", A64_FMOV_v_imm_d, 0x6f03f7e7,
      .vout = { { V(7), 0x3fff000000000000, 0x3fff000000000000 } } },
    /* fmov v0.2d, #-31.0 with Q = 0 (unallocated) */
    { "q0", A64_FMOV_v_imm_d, 0x2f05f7e0, UNDEF },

    /* ==== by element (vector and scalar) ==== */
    /* fmla v0.4s, v1.4s, v2.s[3]: v0 {1, 2, 3, 4} v1 {1, 2, 3, 4} v2 {0x12345678,
     * 0x12345678, 0x12345678, 2} -> v0 {3, 6, 9, 12} */
    T4("s3_4s", FMLA_elem, 0x4fa21820, P(0x400000003f800000, 0x4080000040400000),
       P(0x400000003f800000, 0x4080000040400000), P(0x1234567812345678, 0x4000000012345678),
       P(0x40c0000040400000, 0x4140000041100000)),
    /* fmla v0.2d, v1.2d, v17.d[1]: v0 {1, -1} v1 {2, 0.5} v17 {0x123456789abcdef0, 4} -> v0
     * {9, 1} */
    { "d1_m17", A64_FMLA_elem, 0x4fd11820,
      .vin = { { V(0), 0x3ff0000000000000, 0xbff0000000000000 },
               { V(1), 0x4000000000000000, 0x3fe0000000000000 },
               { V(17), 0x123456789abcdef0, 0x4010000000000000 } },
      .vout = { { V(0), 0x4022000000000000, 0x3ff0000000000000 } } },
    /* fmla v0.2s, v1.2s, v2.s[1]: v0 {1, 1} v1 {1, -1} v2 {0x12345678, 0.5, 0x12345678,
     * 0x12345678} -> v0 {1.5, 0.5} */
    T4("q0", FMLA_elem, 0x0fa21020, P(0x3f8000003f800000, 0x9abcdef012345678),
       P(0xbf8000003f800000, 0x9abcdef012345678), P(0x3f00000012345678, 0x1234567812345678),
       P(0x3f0000003fc00000, 0x0000000000000000)),
    /* fmla v0.4s, v1.4s, v2.s[0]: v0 {0xbf801000, 0, 0, 0} v1 {0x3f800800, 1, 2, 3} v2
     * {0x3f800800, 0x12345678, 0x12345678, 0x12345678} -> v0 {2^-24, 1.000244141,
     * 2.000488281, 3.000732422} */
    T4("fused", FMLA_elem, 0x4f821020, P(0x00000000bf801000, 0x0000000000000000),
       P(0x3f8000003f800800, 0x4040000040000000), P(0x123456783f800800, 0x1234567812345678),
       P(0x3f80080033800000, 0x40400c0040000800)),
    /* fmla v2.4s, v1.4s, v2.s[1]: v1 {1, 2, 3, 4} v2 {1, 2, 3, 4} -> v2 {3, 6, 9, 12} */
    { "alias_vd_vm", A64_FMLA_elem, 0x4fa21022,
      .vin = { { V(1), 0x400000003f800000, 0x4080000040400000 },
               { V(2), 0x400000003f800000, 0x4080000040400000 } },
      .vout = { { V(2), 0x40c0000040400000, 0x4140000041100000 } } },
    /* fmla v0.2d, v1.2d, v2.d[1] with L = 1 */
    { "sz1_l1", A64_FMLA_elem, 0x4fe21820, UNDEF },
    /* fmla v0.2d, v1.2d, v2.d[1] with Q = 0 */
    { "sz1_q0", A64_FMLA_elem, 0x0fc21820, UNDEF },
    /* fmla v0.4s, v1.4s, v2.s[3]: FP/SIMD disabled (CPACR_EL1.FPEN = 00), EC 0x07 */
    { "fp_off", A64_FMLA_elem, 0x4fa21820, FP_TRAP },
    /* fmls v0.4s, v1.4s, v2.s[2]: v0 {10, 10, 10, 10} v1 {1, 2, 3, 0x7fc00001} v2
     * {0x12345678, 0x12345678, 2, 0x12345678} -> v0 {8, 6, 4, 0xffc00001} */
    T4("s2_4s", FMLS_elem, 0x4f825820, P(0x4120000041200000, 0x4120000041200000),
       P(0x400000003f800000, 0x7fc0000140400000), P(0x1234567812345678, 0x1234567840000000),
       P(0x40c0000041000000, 0xffc0000140800000)),
    /* fmls v0.2d, v1.2d, v2.d[0]: v0 {1, 1} v1 {1, 2} v2 {0.5, 0x123456789abcdef0} -> v0
     * {0.5, 0} */
    T4("d0_2d", FMLS_elem, 0x4fc25020, P(0x3ff0000000000000, 0x3ff0000000000000),
       P(0x3ff0000000000000, 0x4000000000000000), P(0x3fe0000000000000, 0x123456789abcdef0),
       P(0x3fe0000000000000, 0x0000000000000000)),
    /* fmls v0.2d, v1.2d, v2.d[0] with L = 1 */
    { "sz1_l1", A64_FMLS_elem, 0x4fe25020, UNDEF },
    /* fmul v0.4s, v1.4s, v31.s[1]: v1 {1, 2, -3, 0x7f800000} v31 {0x12345678, 2,
     * 0x12345678, 0x12345678} -> v0 {2, 4, -6, 0x7f800000} */
    { "s1_m31", A64_FMUL_elem, 0x4fbf9020,
      .vin = { { V(1), 0x400000003f800000, 0x7f800000c0400000 },
               { V(31), 0x4000000012345678, 0x1234567812345678 } },
      .vout = { { V(0), 0x4080000040000000, 0x7f800000c0c00000 } } },
    /* fmul v0.2d, v1.2d, v2.d[1]: v1 {0x7ff0000000000000, 1} v2 {0x123456789abcdef0, 0} ->
     * v0 {0x7ff8000000000000, 0} IOC */
    F3("d1_2d", FMUL_elem, 0x4fc29820, P(0x7ff0000000000000, 0x3ff0000000000000),
       P(0x123456789abcdef0, 0x0000000000000000), P(0x7ff8000000000000, 0x0000000000000000), 0,
       IOC),
    /* fmul v0.2s, v1.2s, v2.s[2]: v1 {3, 0x7f7fffff} v2 {0x12345678, 0x12345678, 4,
     * 0x12345678} -> v0 {12, 0x7f800000} OFC | IXC */
    F3("q0", FMUL_elem, 0x0f829820, P(0x7f7fffff40400000, 0x9abcdef012345678),
       P(0x1234567812345678, 0x1234567840800000), P(0x7f80000041400000, 0x0000000000000000), 0,
       OFC | IXC),
    /* fmul v0.2d, v1.2d, v2.d[1] with L = 1 */
    { "sz1_l1", A64_FMUL_elem, 0x4fe29820, UNDEF },
    /* fmulx v0.4s, v1.4s, v2.s[0]: v1 {0x7f800000, 0xff800000, 1, 0} v2 {0, 0x12345678,
     * 0x12345678, 0x12345678} -> v0 {2, -2, 0, 0} */
    T3("s0_4s", FMULX_elem, 0x6f829020, P(0xff8000007f800000, 0x000000003f800000),
       P(0x1234567800000000, 0x1234567812345678), P(0xc000000040000000, 0x0000000000000000)),
    /* fmulx v0.2d, v1.2d, v2.d[1]: v1 {0, 3} v2 {0x123456789abcdef0, 0xfff0000000000000} ->
     * v0 {-2, 0xfff0000000000000} */
    T3("d1_2d", FMULX_elem, 0x6fc29820, P(0x0000000000000000, 0x4008000000000000),
       P(0x123456789abcdef0, 0xfff0000000000000), P(0xc000000000000000, 0xfff0000000000000)),
    /* fmulx v0.2d, v1.2d, v2.d[1] with Q = 0 */
    { "sz1_q0", A64_FMULX_elem, 0x2fc29820, UNDEF },
    /* fmla s0, s1, v2.s[3]: v0 {1} v1 {2} v2 {0x12345678, 0x12345678, 0x12345678, 3} -> v0
     * {7} */
    T4("s3", FMLA_sc_elem, 0x5fa21820, P(0x9abcdef03f800000, 0x9abcdef012345678),
       P(0x9abcdef040000000, 0x9abcdef012345678), P(0x1234567812345678, 0x4040000012345678),
       P(0x0000000040e00000, 0x0000000000000000)),
    /* fmla d0, d1, v2.d[1]: v0 {1} v1 {0.5} v2 {0x123456789abcdef0, 4} -> v0 {3} */
    T4("d1", FMLA_sc_elem, 0x5fc21820, P(0x3ff0000000000000, 0x9abcdef012345678),
       P(0x3fe0000000000000, 0x9abcdef012345678), P(0x123456789abcdef0, 0x4010000000000000),
       P(0x4008000000000000, 0x0000000000000000)),
    /* fmla d0, d1, v2.d[1] with L = 1 */
    { "sz1_l1", A64_FMLA_sc_elem, 0x5fe21820, UNDEF },
    /* fmls s0, s1, v2.s[1]: v0 {10} v1 {2} v2 {0x12345678, 3, 0x12345678, 0x12345678} -> v0
     * {4} */
    T4("s1", FMLS_sc_elem, 0x5fa25020, P(0x9abcdef041200000, 0x9abcdef012345678),
       P(0x9abcdef040000000, 0x9abcdef012345678), P(0x4040000012345678, 0x1234567812345678),
       P(0x0000000040800000, 0x0000000000000000)),
    /* fmls d0, d1, v18.d[0]: v0 {0} v1 {1} v18 {1, 0x123456789abcdef0} -> v0 {-1} */
    { "d0_m18", A64_FMLS_sc_elem, 0x5fd25020,
      .vin = { { V(0), 0x0000000000000000, 0x9abcdef012345678 },
               { V(1), 0x3ff0000000000000, 0x9abcdef012345678 },
               { V(18), 0x3ff0000000000000, 0x123456789abcdef0 } },
      .vout = { { V(0), 0xbff0000000000000, 0x0000000000000000 } } },
    /* fmls d0, d1, v2.d[0] with L = 1 */
    { "sz1_l1", A64_FMLS_sc_elem, 0x5fe25020, UNDEF },
    /* fmul s0, s1, v17.s[2]: v1 {1.5} v17 {0x12345678, 0x12345678, 4, 0x12345678} -> v0 {6} */
    { "s2_m17", A64_FMUL_sc_elem, 0x5f919820,
      .vin = { { V(1), 0x9abcdef03fc00000, 0x9abcdef012345678 },
               { V(17), 0x1234567812345678, 0x1234567840800000 } },
      .vout = { { V(0), 0x0000000040c00000, 0x0000000000000000 } } },
    /* fmul d0, d1, v2.d[0]: v1 {0x7ff0000000000000} v2 {0, 0x123456789abcdef0} -> v0
     * {0x7ff8000000000000} IOC */
    F3("d0", FMUL_sc_elem, 0x5fc29020, P(0x7ff0000000000000, 0x9abcdef012345678),
       P(0x0000000000000000, 0x123456789abcdef0), P(0x7ff8000000000000, 0x0000000000000000), 0,
       IOC),
    /* fmul d0, d1, v2.d[1] with L = 1 */
    { "sz1_l1", A64_FMUL_sc_elem, 0x5fe29820, UNDEF },
    /* fmulx s0, s1, v2.s[0]: v1 {0} v2 {0x7f800000, 0x12345678, 0x12345678, 0x12345678} ->
     * v0 {2} */
    T3("s0", FMULX_sc_elem, 0x7f829020, P(0x9abcdef000000000, 0x9abcdef012345678),
       P(0x123456787f800000, 0x1234567812345678), P(0x0000000040000000, 0x0000000000000000)),
    /* fmulx d0, d1, v2.d[1]: v1 {0x8000000000000000} v2 {0x123456789abcdef0,
     * 0x7ff0000000000000} -> v0 {-2} */
    T3("d1", FMULX_sc_elem, 0x7fc29820, P(0x8000000000000000, 0x9abcdef012345678),
       P(0x123456789abcdef0, 0x7ff0000000000000), P(0xc000000000000000, 0x0000000000000000)),
    /* fmulx d0, d1, v2.d[1] with L = 1 */
    { "sz1_l1", A64_FMULX_sc_elem, 0x7fe29820, UNDEF },

    /* ==== half-precision arithmetic (FEAT_FP16, not implemented): unallocated ==== */
    /* fadd v0.8h, v1.8h, v2.8h (FEAT_FP16; words from binutils with +fp16) */
    { "fp16", A64_FADD_v, 0x4e421420, UNDEF },
    /* fmaxp v0.8h, v1.8h, v2.8h (FEAT_FP16; words from binutils with +fp16) */
    { "fp16", A64_FMAXP_v, 0x6e423420, UNDEF },
    /* fabs v0.4h, v1.4h (FEAT_FP16; words from binutils with +fp16) */
    { "fp16", A64_FABS_v, 0x0ef8f820, UNDEF },
    /* scvtf v0.8h, v1.8h (FEAT_FP16; words from binutils with +fp16) */
    { "fp16", A64_SCVTF_v, 0x4e79d820, UNDEF },
    /* fmla v0.8h, v1.8h, v2.h[1] (FEAT_FP16; words from binutils with +fp16) */
    { "fp16", A64_FMLA_elem, 0x4f121020, UNDEF },
    /* fmaxnmv h0, v1.8h (FEAT_FP16; words from binutils with +fp16) */
    { "fp16", A64_FMAXNMV_v, 0x4e30c820, UNDEF },
    /* fmulx h0, h1, h2 (FEAT_FP16; words from binutils with +fp16) */
    { "fp16", A64_FMULX_sc, 0x5e421c20, UNDEF },
    /* faddp h0, v1.2h (FEAT_FP16; words from binutils with +fp16) */
    { "fp16", A64_FADDP_sc, 0x5e30d820, UNDEF },
    /* fcvtzs h0, h1 (FEAT_FP16; words from binutils with +fp16) */
    { "fp16", A64_FCVTZS_sc, 0x5ef9b820, UNDEF },
    /* fcmeq h0, h1, #0.0 (FEAT_FP16; words from binutils with +fp16) */
    { "fp16", A64_FCMEQ_sc_zero, 0x5ef8d820, UNDEF },
    /* frecpe h0, h1 (FEAT_FP16; words from binutils with +fp16) */
    { "fp16", A64_FRECPE_sc, 0x5ef9d820, UNDEF },
    /* fmla h0, h1, v2.h[7] (FEAT_FP16; words from binutils with +fp16) */
    { "fp16", A64_FMLA_sc_elem, 0x5f321820, UNDEF },
};

CASE_SET(simd_fp, c);
