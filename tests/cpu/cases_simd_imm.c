/*
 * cases_simd_imm.c — Advanced SIMD integer vector: modified immediate and
 * shift by immediate (right, left, narrowing, long).
 * Provenance of the expected values and the macros: simd_cases.h.
 */
#include "simd_cases.h"

static const InsnCase c[] = {
    /* modified immediate (AdvSIMDExpandImm) */
    { "basic", A64_MOVI_32_lsl0, 0x4f050560, /* movi v0.4s, #0xab, lsl #0 */
      .vout = { { V(0), 0x000000ab000000ab, 0x000000ab000000ab } } },
    { "q0", A64_MOVI_32_lsl0, 0x0f0707e0, /* movi v0.2s, #0xff, lsl #0 */
      .vout = { { V(0), 0x000000ff000000ff, 0 } } },
    { "zero", A64_MOVI_32_lsl0, 0x4f00041f, /* movi v31.4s, #0, lsl #0 */
      .vout = { { V(31), 0, 0 } } },
    { "basic", A64_MVNI_32_lsl0, 0x6f050560, /* mvni v0.4s, #0xab, lsl #0 */
      .vout = { { V(0), 0xffffff54ffffff54, 0xffffff54ffffff54 } } },
    { "q0", A64_MVNI_32_lsl0, 0x2f0707e0, /* mvni v0.2s, #0xff, lsl #0 */
      .vout = { { V(0), 0xffffff00ffffff00, 0 } } },
    { "zero", A64_MVNI_32_lsl0, 0x6f00041f, /* mvni v31.4s, #0, lsl #0 */
      .vout = { { V(31), 0xffffffffffffffff, 0xffffffffffffffff } } },
    { "basic", A64_ORR_v_imm32_lsl0, 0x4f041420, /* orr v0.4s, #0x81, lsl #0 */
      .vin = { { V(0), R2 } }, .vout = { { V(0), 0x3cf3bdd9da60fb9d, 0x515c61a36c88c5b7 } } },
    { "q0", A64_ORR_v_imm32_lsl0, 0x0f0717e0, /* orr v0.2s, #0xff, lsl #0 */
      .vin = { { V(0), R3 } }, .vout = { { V(0), 0xf4b1b6ff33be40ff, 0 } } },
    { "zero", A64_ORR_v_imm32_lsl0, 0x4f001405, /* orr v5.4s, #0, lsl #0 */
      },
    { "basic", A64_BIC_v_imm32_lsl0, 0x6f041420, /* bic v0.4s, #0x81, lsl #0 */
      .vin = { { V(0), 0xffffffffffffffff, 0xffffffffffffffff } },
      .vout = { { V(0), 0xffffff7effffff7e, 0xffffff7effffff7e } } },
    { "q0", A64_BIC_v_imm32_lsl0, 0x2f0717e0, /* bic v0.2s, #0xff, lsl #0 */
      .vin = { { V(0), R4 } }, .vout = { { V(0), 0xda1b190060c40e00, 0 } } },
    { "zero", A64_BIC_v_imm32_lsl0, 0x6f001405, /* bic v5.4s, #0, lsl #0 */
      },
    { "basic", A64_MOVI_32_lsl8, 0x4f052560, /* movi v0.4s, #0xab, lsl #8 */
      .vout = { { V(0), 0x0000ab000000ab00, 0x0000ab000000ab00 } } },
    { "q0", A64_MOVI_32_lsl8, 0x0f0727e0, /* movi v0.2s, #0xff, lsl #8 */
      .vout = { { V(0), 0x0000ff000000ff00, 0 } } },
    { "zero", A64_MOVI_32_lsl8, 0x4f00241f, /* movi v31.4s, #0, lsl #8 */
      .vout = { { V(31), 0, 0 } } },
    { "basic", A64_MVNI_32_lsl8, 0x6f052560, /* mvni v0.4s, #0xab, lsl #8 */
      .vout = { { V(0), 0xffff54ffffff54ff, 0xffff54ffffff54ff } } },
    { "q0", A64_MVNI_32_lsl8, 0x2f0727e0, /* mvni v0.2s, #0xff, lsl #8 */
      .vout = { { V(0), 0xffff00ffffff00ff, 0 } } },
    { "zero", A64_MVNI_32_lsl8, 0x6f00241f, /* mvni v31.4s, #0, lsl #8 */
      .vout = { { V(31), 0xffffffffffffffff, 0xffffffffffffffff } } },
    { "basic", A64_ORR_v_imm32_lsl8, 0x4f043420, /* orr v0.4s, #0x81, lsl #8 */
      .vin = { { V(0), R5 } }, .vout = { { V(0), 0x6a5de70af9a3e38e, 0x4a89cdb7e48f93b9 } } },
    { "q0", A64_ORR_v_imm32_lsl8, 0x0f0737e0, /* orr v0.2s, #0xff, lsl #8 */
      .vin = { { V(0), R6 } }, .vout = { { V(0), 0xdabeffcad37bffc6, 0 } } },
    { "zero", A64_ORR_v_imm32_lsl8, 0x4f003405, /* orr v5.4s, #0, lsl #8 */
      },
    { "basic", A64_BIC_v_imm32_lsl8, 0x6f043420, /* bic v0.4s, #0x81, lsl #8 */
      .vin = { { V(0), 0xffffffffffffffff, 0xffffffffffffffff } },
      .vout = { { V(0), 0xffff7effffff7eff, 0xffff7effffff7eff } } },
    { "q0", A64_BIC_v_imm32_lsl8, 0x2f0737e0, /* bic v0.2s, #0xff, lsl #8 */
      .vin = { { V(0), R7 } }, .vout = { { V(0), 0x0cf100f45625001b, 0 } } },
    { "zero", A64_BIC_v_imm32_lsl8, 0x6f003405, /* bic v5.4s, #0, lsl #8 */
      },
    { "basic", A64_MOVI_32_lsl16, 0x4f054560, /* movi v0.4s, #0xab, lsl #16 */
      .vout = { { V(0), 0x00ab000000ab0000, 0x00ab000000ab0000 } } },
    { "q0", A64_MOVI_32_lsl16, 0x0f0747e0, /* movi v0.2s, #0xff, lsl #16 */
      .vout = { { V(0), 0x00ff000000ff0000, 0 } } },
    { "zero", A64_MOVI_32_lsl16, 0x4f00441f, /* movi v31.4s, #0, lsl #16 */
      .vout = { { V(31), 0, 0 } } },
    { "basic", A64_MVNI_32_lsl16, 0x6f054560, /* mvni v0.4s, #0xab, lsl #16 */
      .vout = { { V(0), 0xff54ffffff54ffff, 0xff54ffffff54ffff } } },
    { "q0", A64_MVNI_32_lsl16, 0x2f0747e0, /* mvni v0.2s, #0xff, lsl #16 */
      .vout = { { V(0), 0xff00ffffff00ffff, 0 } } },
    { "zero", A64_MVNI_32_lsl16, 0x6f00441f, /* mvni v31.4s, #0, lsl #16 */
      .vout = { { V(31), 0xffffffffffffffff, 0xffffffffffffffff } } },
    { "basic", A64_ORR_v_imm32_lsl16, 0x4f045420, /* orr v0.4s, #0x81, lsl #16 */
      .vin = { { V(0), R8 } }, .vout = { { V(0), 0xb4a3165de1ab3e01, 0x408db70f96cf03c0 } } },
    { "q0", A64_ORR_v_imm32_lsl16, 0x0f0757e0, /* orr v0.2s, #0xff, lsl #16 */
      .vin = { { V(0), R9 } }, .vout = { { V(0), 0xe6ffacdf20ffd7c4, 0 } } },
    { "zero", A64_ORR_v_imm32_lsl16, 0x4f005405, /* orr v5.4s, #0, lsl #16 */
      },
    { "basic", A64_BIC_v_imm32_lsl16, 0x6f045420, /* bic v0.4s, #0x81, lsl #16 */
      .vin = { { V(0), 0xffffffffffffffff, 0xffffffffffffffff } },
      .vout = { { V(0), 0xff7effffff7effff, 0xff7effffff7effff } } },
    { "q0", A64_BIC_v_imm32_lsl16, 0x2f0757e0, /* bic v0.2s, #0xff, lsl #16 */
      .vin = { { V(0), R0 } }, .vout = { { V(0), 0x740082321e00049e, 0 } } },
    { "zero", A64_BIC_v_imm32_lsl16, 0x6f005405, /* bic v5.4s, #0, lsl #16 */
      },
    { "basic", A64_MOVI_32_lsl24, 0x4f056560, /* movi v0.4s, #0xab, lsl #24 */
      .vout = { { V(0), 0xab000000ab000000, 0xab000000ab000000 } } },
    { "q0", A64_MOVI_32_lsl24, 0x0f0767e0, /* movi v0.2s, #0xff, lsl #24 */
      .vout = { { V(0), 0xff000000ff000000, 0 } } },
    { "zero", A64_MOVI_32_lsl24, 0x4f00641f, /* movi v31.4s, #0, lsl #24 */
      .vout = { { V(31), 0, 0 } } },
    { "basic", A64_MVNI_32_lsl24, 0x6f056560, /* mvni v0.4s, #0xab, lsl #24 */
      .vout = { { V(0), 0x54ffffff54ffffff, 0x54ffffff54ffffff } } },
    { "q0", A64_MVNI_32_lsl24, 0x2f0767e0, /* mvni v0.2s, #0xff, lsl #24 */
      .vout = { { V(0), 0x00ffffff00ffffff, 0 } } },
    { "zero", A64_MVNI_32_lsl24, 0x6f00641f, /* mvni v31.4s, #0, lsl #24 */
      .vout = { { V(31), 0xffffffffffffffff, 0xffffffffffffffff } } },
    { "basic", A64_ORR_v_imm32_lsl24, 0x4f047420, /* orr v0.4s, #0x81, lsl #24 */
      .vin = { { V(0), R1 } }, .vout = { { V(0), 0xc342aadbc9f429a4, 0xeb7a79959588532d } } },
    { "q0", A64_ORR_v_imm32_lsl24, 0x0f0777e0, /* orr v0.2s, #0xff, lsl #24 */
      .vin = { { V(0), R2 } }, .vout = { { V(0), 0xfff3bd58ff60fb1c, 0 } } },
    { "zero", A64_ORR_v_imm32_lsl24, 0x4f007405, /* orr v5.4s, #0, lsl #24 */
      },
    { "basic", A64_BIC_v_imm32_lsl24, 0x6f047420, /* bic v0.4s, #0x81, lsl #24 */
      .vin = { { V(0), 0xffffffffffffffff, 0xffffffffffffffff } },
      .vout = { { V(0), 0x7effffff7effffff, 0x7effffff7effffff } } },
    { "q0", A64_BIC_v_imm32_lsl24, 0x2f0777e0, /* bic v0.2s, #0xff, lsl #24 */
      .vin = { { V(0), R3 } }, .vout = { { V(0), 0x00b1b64600be40f5, 0 } } },
    { "zero", A64_BIC_v_imm32_lsl24, 0x6f007405, /* bic v5.4s, #0, lsl #24 */
      },
    { "basic", A64_MOVI_16_lsl0, 0x4f058560, /* movi v0.8h, #0xab, lsl #0 */
      .vout = { { V(0), 0x00ab00ab00ab00ab, 0x00ab00ab00ab00ab } } },
    { "q0", A64_MOVI_16_lsl0, 0x0f0787e0, /* movi v0.4h, #0xff, lsl #0 */
      .vout = { { V(0), 0x00ff00ff00ff00ff, 0 } } },
    { "zero", A64_MOVI_16_lsl0, 0x4f00841f, /* movi v31.8h, #0, lsl #0 */
      .vout = { { V(31), 0, 0 } } },
    { "basic", A64_MVNI_16_lsl0, 0x6f058560, /* mvni v0.8h, #0xab, lsl #0 */
      .vout = { { V(0), 0xff54ff54ff54ff54, 0xff54ff54ff54ff54 } } },
    { "q0", A64_MVNI_16_lsl0, 0x2f0787e0, /* mvni v0.4h, #0xff, lsl #0 */
      .vout = { { V(0), 0xff00ff00ff00ff00, 0 } } },
    { "zero", A64_MVNI_16_lsl0, 0x6f00841f, /* mvni v31.8h, #0, lsl #0 */
      .vout = { { V(31), 0xffffffffffffffff, 0xffffffffffffffff } } },
    { "basic", A64_ORR_v_imm16_lsl0, 0x4f049420, /* orr v0.8h, #0x81, lsl #0 */
      .vin = { { V(0), R4 } }, .vout = { { V(0), 0xda9b19d160c50eb7, 0x5b89acc313a5bf87 } } },
    { "q0", A64_ORR_v_imm16_lsl0, 0x0f0797e0, /* orr v0.4h, #0xff, lsl #0 */
      .vin = { { V(0), R5 } }, .vout = { { V(0), 0x6aff67fff9ff63ff, 0 } } },
    { "zero", A64_ORR_v_imm16_lsl0, 0x4f009405, /* orr v5.8h, #0, lsl #0 */
      },
    { "basic", A64_BIC_v_imm16_lsl0, 0x6f049420, /* bic v0.8h, #0x81, lsl #0 */
      .vin = { { V(0), 0xffffffffffffffff, 0xffffffffffffffff } },
      .vout = { { V(0), 0xff7eff7eff7eff7e, 0xff7eff7eff7eff7e } } },
    { "q0", A64_BIC_v_imm16_lsl0, 0x2f0797e0, /* bic v0.4h, #0xff, lsl #0 */
      .vin = { { V(0), R6 } }, .vout = { { V(0), 0xda002200d3001700, 0 } } },
    { "zero", A64_BIC_v_imm16_lsl0, 0x6f009405, /* bic v5.8h, #0, lsl #0 */
      },
    { "basic", A64_MOVI_16_lsl8, 0x4f05a560, /* movi v0.8h, #0xab, lsl #8 */
      .vout = { { V(0), 0xab00ab00ab00ab00, 0xab00ab00ab00ab00 } } },
    { "q0", A64_MOVI_16_lsl8, 0x0f07a7e0, /* movi v0.4h, #0xff, lsl #8 */
      .vout = { { V(0), 0xff00ff00ff00ff00, 0 } } },
    { "zero", A64_MOVI_16_lsl8, 0x4f00a41f, /* movi v31.8h, #0, lsl #8 */
      .vout = { { V(31), 0, 0 } } },
    { "basic", A64_MVNI_16_lsl8, 0x6f05a560, /* mvni v0.8h, #0xab, lsl #8 */
      .vout = { { V(0), 0x54ff54ff54ff54ff, 0x54ff54ff54ff54ff } } },
    { "q0", A64_MVNI_16_lsl8, 0x2f07a7e0, /* mvni v0.4h, #0xff, lsl #8 */
      .vout = { { V(0), 0x00ff00ff00ff00ff, 0 } } },
    { "zero", A64_MVNI_16_lsl8, 0x6f00a41f, /* mvni v31.8h, #0, lsl #8 */
      .vout = { { V(31), 0xffffffffffffffff, 0xffffffffffffffff } } },
    { "basic", A64_ORR_v_imm16_lsl8, 0x4f04b420, /* orr v0.8h, #0x81, lsl #8 */
      .vin = { { V(0), R7 } }, .vout = { { V(0), 0x8df197f4d725871b, 0xa5248b60a1d0b39c } } },
    { "q0", A64_ORR_v_imm16_lsl8, 0x0f07b7e0, /* orr v0.4h, #0xff, lsl #8 */
      .vin = { { V(0), R8 } }, .vout = { { V(0), 0xffa3ff5dffabff01, 0 } } },
    { "zero", A64_ORR_v_imm16_lsl8, 0x4f00b405, /* orr v5.8h, #0, lsl #8 */
      },
    { "basic", A64_BIC_v_imm16_lsl8, 0x6f04b420, /* bic v0.8h, #0x81, lsl #8 */
      .vin = { { V(0), 0xffffffffffffffff, 0xffffffffffffffff } },
      .vout = { { V(0), 0x7eff7eff7eff7eff, 0x7eff7eff7eff7eff } } },
    { "q0", A64_BIC_v_imm16_lsl8, 0x2f07b7e0, /* bic v0.4h, #0xff, lsl #8 */
      .vin = { { V(0), R9 } }, .vout = { { V(0), 0x008300df006000c4, 0 } } },
    { "zero", A64_BIC_v_imm16_lsl8, 0x6f00b405, /* bic v5.8h, #0, lsl #8 */
      },
    { "msl8", A64_MOVI_32_msl, 0x4f05c560, /* movi v0.4s, #0xab, msl #8 */
      .vout = { { V(0), 0x0000abff0000abff, 0x0000abff0000abff } } },
    { "msl16", A64_MOVI_32_msl, 0x4f05d560, /* movi v0.4s, #0xab, msl #16 */
      .vout = { { V(0), 0x00abffff00abffff, 0x00abffff00abffff } } },
    { "msl8_q0", A64_MOVI_32_msl, 0x0f00c400, /* movi v0.2s, #0x00, msl #8 */
      .vout = { { V(0), 0x000000ff000000ff, 0 } } },
    { "msl16_q0", A64_MOVI_32_msl, 0x0f07d7e9, /* movi v9.2s, #0xff, msl #16 */
      .vout = { { V(9), 0x00ffffff00ffffff, 0 } } },
    { "msl8", A64_MVNI_32_msl, 0x6f05c560, /* mvni v0.4s, #0xab, msl #8 */
      .vout = { { V(0), 0xffff5400ffff5400, 0xffff5400ffff5400 } } },
    { "msl16", A64_MVNI_32_msl, 0x6f05d560, /* mvni v0.4s, #0xab, msl #16 */
      .vout = { { V(0), 0xff540000ff540000, 0xff540000ff540000 } } },
    { "msl8_q0", A64_MVNI_32_msl, 0x2f00c400, /* mvni v0.2s, #0x00, msl #8 */
      .vout = { { V(0), 0xffffff00ffffff00, 0 } } },
    { "msl16_q0", A64_MVNI_32_msl, 0x2f07d7e9, /* mvni v9.2s, #0xff, msl #16 */
      .vout = { { V(9), 0xff000000ff000000, 0 } } },
    { "basic", A64_MOVI_8, 0x4f05e560, /* movi v0.16b, #0xab */
      .vout = { { V(0), 0xabababababababab, 0xabababababababab } } },
    { "q0", A64_MOVI_8, 0x0f07e7e0, /* movi v0.8b, #0xff */
      .vout = { { V(0), 0xffffffffffffffff, 0 } } },
    { "zero", A64_MOVI_8, 0x4f00e41f, /* movi v31.16b, #0 */
      .vout = { { V(31), 0, 0 } } },
    { "scalar", A64_MOVI_64, 0x2f05e540, /* movi d0, #0xff00ff00ff00ff00 */
      .vout = { { V(0), 0xff00ff00ff00ff00, 0 } } },
    { "scalar_ones", A64_MOVI_64, 0x2f07e7e7, /* movi d7, #0xffffffffffffffff */
      .vout = { { V(7), 0xffffffffffffffff, 0 } } },
    { "vector", A64_MOVI_64, 0x6f02e5a0, /* movi v0.2d, #0x00ff0000ffff00ff */
      .vout = { { V(0), 0x00ff0000ffff00ff, 0x00ff0000ffff00ff } } },
    { "vector_zero", A64_MOVI_64, 0x6f00e41f, /* movi v31.2d, #0 */
      .vout = { { V(31), 0, 0 } } },
    { "fp_trap", A64_MOVI_8, 0x4f00e420, /* movi v0.16b, #1 */ FP_TRAP },

    /* shift by immediate: right shifts (shift = 2 * esize - immh:immb) */
    { "b1", A64_SSHR_v, 0x4f0f0420, /* sshr v0.16b, v1.16b, #1 */
      .vin = { { V(0), R0 }, { V(1), EN_B } },
      .vout = { { V(0), 0x2ac03f0000ffc03f, 0x2ac03f0000ffc03f } } },
    { "h16", A64_SSHR_v, 0x4f100420, /* sshr v0.8h, v1.8h, #16 */
      .vin = { { V(0), R1 }, { V(1), EN_H } },
      .vout = { { V(0), 0x0000ffffffff0000, 0x0000ffff00000000 } } },
    { "s7", A64_SSHR_v, 0x4f390420, /* sshr v0.4s, v1.4s, #7 */
      .vin = { { V(0), R2 }, { V(1), EN_S } },
      .vout = { { V(0), 0xff00000000ffffff, 0x00000000ffffffff } } },
    { "d64", A64_SSHR_v, 0x4f400420, /* sshr v0.2d, v1.2d, #64 */
      .vin = { { V(0), R3 }, { V(1), EN_D } }, .vout = { { V(0), 0, 0xffffffffffffffff } } },
    { "d1", A64_SSHR_v, 0x4f7f0420, /* sshr v0.2d, v1.2d, #1 */
      .vin = { { V(0), R4 }, { V(1), EN2_D } }, .vout = { { V(0), 0, 0 } } },
    { "q0_vd_vn", A64_SSHR_v, 0x0f210421, /* sshr v1.2s, v1.2s, #31 */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0xffffffff00000000, 0 } } },
    { "ties", A64_SSHR_v, 0x4f1e0420, /* sshr v0.8h, v1.8h, #2 */
      .vin = { { V(0), 0x0100010001000100, 0x0100010001000100 },
               { V(1), 0xfffafffe00060002, 0x80027ffeffff0001 } },
      .vout = { { V(0), 0xfffeffff00010000, 0xe0001fffffff0000 } } },
    { "1d", A64_SSHR_v, 0x0f7d0420, /* sshr .1d: immh<3> = 1 with Q = 0 (reserved) */ UNDEF },
    { "b1", A64_USHR_v, 0x6f0f0420, /* ushr v0.16b, v1.16b, #1 */
      .vin = { { V(0), R5 }, { V(1), EN_B } },
      .vout = { { V(0), 0x2a403f00007f403f, 0x2a403f00007f403f } } },
    { "h16", A64_USHR_v, 0x6f100420, /* ushr v0.8h, v1.8h, #16 */
      .vin = { { V(0), R6 }, { V(1), EN_H } }, .vout = { { V(0), 0, 0 } } },
    { "s7", A64_USHR_v, 0x6f390420, /* ushr v0.4s, v1.4s, #7 */
      .vin = { { V(0), R7 }, { V(1), EN_S } },
      .vout = { { V(0), 0x0100000000ffffff, 0x0000000001ffffff } } },
    { "d64", A64_USHR_v, 0x6f400420, /* ushr v0.2d, v1.2d, #64 */
      .vin = { { V(0), R8 }, { V(1), EN_D } }, .vout = { { V(0), 0, 0 } } },
    { "d1", A64_USHR_v, 0x6f7f0420, /* ushr v0.2d, v1.2d, #1 */
      .vin = { { V(0), R9 }, { V(1), EN2_D } }, .vout = { { V(0), 0, 0 } } },
    { "q0_vd_vn", A64_USHR_v, 0x2f210421, /* ushr v1.2s, v1.2s, #31 */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0x0000000100000000, 0 } } },
    { "ties", A64_USHR_v, 0x6f1e0420, /* ushr v0.8h, v1.8h, #2 */
      .vin = { { V(0), 0x0100010001000100, 0x0100010001000100 },
               { V(1), 0xfffafffe00060002, 0x80027ffeffff0001 } },
      .vout = { { V(0), 0x3ffe3fff00010000, 0x20001fff3fff0000 } } },
    { "1d", A64_USHR_v, 0x2f7d0420, /* ushr .1d: immh<3> = 1 with Q = 0 (reserved) */ UNDEF },
    { "b1", A64_SSRA_v, 0x4f0f1420, /* ssra v0.16b, v1.16b, #1 */
      .vin = { { V(0), R0 }, { V(1), EN_B } },
      .vout = { { V(0), 0x9e58c1321e34c4dd, 0xa38801926b9375f4 } } },
    { "h16", A64_SSRA_v, 0x4f101420, /* ssra v0.8h, v1.8h, #16 */
      .vin = { { V(0), R1 }, { V(1), EN_H } },
      .vout = { { V(0), 0x4242aadac8f329a4, 0xeb7a79949588532d } } },
    { "s7", A64_SSRA_v, 0x4f391420, /* ssra v0.4s, v1.4s, #7 */
      .vin = { { V(0), R2 }, { V(1), EN_S } },
      .vout = { { V(0), 0x3bf3bd58db60fb1b, 0x515c61236c88c536 } } },
    { "d64", A64_SSRA_v, 0x4f401420, /* ssra v0.2d, v1.2d, #64 */
      .vin = { { V(0), R3 }, { V(1), EN_D } },
      .vout = { { V(0), 0xf4b1b64633be40f5, 0x88718c966f3d88f6 } } },
    { "d1", A64_SSRA_v, 0x4f7f1420, /* ssra v0.2d, v1.2d, #1 */
      .vin = { { V(0), R4 }, { V(1), EN2_D } } },
    { "q0_vd_vn", A64_SSRA_v, 0x0f211421, /* ssra v1.2s, v1.2s, #31 */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0xfffffffe00000001, 0 } } },
    { "ties", A64_SSRA_v, 0x4f1e1420, /* ssra v0.8h, v1.8h, #2 */
      .vin = { { V(0), 0x0100010001000100, 0x0100010001000100 },
               { V(1), 0xfffafffe00060002, 0x80027ffeffff0001 } },
      .vout = { { V(0), 0x00fe00ff01010100, 0xe10020ff00ff0100 } } },
    { "1d", A64_SSRA_v, 0x0f7d1420, /* ssra .1d: immh<3> = 1 with Q = 0 (reserved) */ UNDEF },
    { "b1", A64_USRA_v, 0x6f0f1420, /* usra v0.16b, v1.16b, #1 */
      .vin = { { V(0), R5 }, { V(1), EN_B } },
      .vout = { { V(0), 0x949da60af922a3cd, 0x74c98cb7e40e52f8 } } },
    { "h16", A64_USRA_v, 0x6f101420, /* usra v0.8h, v1.8h, #16 */
      .vin = { { V(0), R6 }, { V(1), EN_H } } },
    { "s7", A64_USRA_v, 0x6f391420, /* usra v0.4s, v1.4s, #7 */
      .vin = { { V(0), R7 }, { V(1), EN_S } },
      .vout = { { V(0), 0x0df197f45725871a, 0xa5240b6022d0b29b } } },
    { "d64", A64_USRA_v, 0x6f401420, /* usra v0.2d, v1.2d, #64 */
      .vin = { { V(0), R8 }, { V(1), EN_D } } },
    { "d1", A64_USRA_v, 0x6f7f1420, /* usra v0.2d, v1.2d, #1 */
      .vin = { { V(0), R9 }, { V(1), EN2_D } } },
    { "q0_vd_vn", A64_USRA_v, 0x2f211421, /* usra v1.2s, v1.2s, #31 */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0x1, 0 } } },
    { "ties", A64_USRA_v, 0x6f1e1420, /* usra v0.8h, v1.8h, #2 */
      .vin = { { V(0), 0x0100010001000100, 0x0100010001000100 },
               { V(1), 0xfffafffe00060002, 0x80027ffeffff0001 } },
      .vout = { { V(0), 0x40fe40ff01010100, 0x210020ff40ff0100 } } },
    { "1d", A64_USRA_v, 0x2f7d1420, /* usra .1d: immh<3> = 1 with Q = 0 (reserved) */ UNDEF },
    { "b1", A64_SRSHR_v, 0x4f0f2420, /* srshr v0.16b, v1.16b, #1 */
      .vin = { { V(0), R0 }, { V(1), EN_B } },
      .vout = { { V(0), 0x2bc13f010000c040, 0x2bc13f010000c040 } } },
    { "h16", A64_SRSHR_v, 0x4f102420, /* srshr v0.8h, v1.8h, #16 */
      .vin = { { V(0), R1 }, { V(1), EN_H } }, .vout = { { V(0), 0, 0 } } },
    { "s7", A64_SRSHR_v, 0x4f392420, /* srshr v0.4s, v1.4s, #7 */
      .vin = { { V(0), R2 }, { V(1), EN_S } }, .vout = { { V(0), 0xff00000001000000, 0 } } },
    { "d64", A64_SRSHR_v, 0x4f402420, /* srshr v0.2d, v1.2d, #64 */
      .vin = { { V(0), R3 }, { V(1), EN_D } }, .vout = { { V(0), 0, 0 } } },
    { "d1", A64_SRSHR_v, 0x4f7f2420, /* srshr v0.2d, v1.2d, #1 */
      .vin = { { V(0), R4 }, { V(1), EN2_D } }, .vout = { { V(0), 0, 0x1 } } },
    { "q0_vd_vn", A64_SRSHR_v, 0x0f212421, /* srshr v1.2s, v1.2s, #31 */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0, 0 } } },
    { "ties", A64_SRSHR_v, 0x4f1e2420, /* srshr v0.8h, v1.8h, #2 */
      .vin = { { V(0), 0x0100010001000100, 0x0100010001000100 },
               { V(1), 0xfffafffe00060002, 0x80027ffeffff0001 } },
      .vout = { { V(0), 0xffff000000020001, 0xe001200000000000 } } },
    { "1d", A64_SRSHR_v, 0x0f7d2420, /* srshr .1d: immh<3> = 1 with Q = 0 (reserved) */ UNDEF },
    { "b1", A64_URSHR_v, 0x6f0f2420, /* urshr v0.16b, v1.16b, #1 */
      .vin = { { V(0), R5 }, { V(1), EN_B } },
      .vout = { { V(0), 0x2b413f0100804040, 0x2b413f0100804040 } } },
    { "h16", A64_URSHR_v, 0x6f102420, /* urshr v0.8h, v1.8h, #16 */
      .vin = { { V(0), R6 }, { V(1), EN_H } },
      .vout = { { V(0), 0x0000000100010000, 0x0000000100000000 } } },
    { "s7", A64_URSHR_v, 0x6f392420, /* urshr v0.4s, v1.4s, #7 */
      .vin = { { V(0), R7 }, { V(1), EN_S } },
      .vout = { { V(0), 0x0100000001000000, 0x0000000002000000 } } },
    { "d64", A64_URSHR_v, 0x6f402420, /* urshr v0.2d, v1.2d, #64 */
      .vin = { { V(0), R8 }, { V(1), EN_D } }, .vout = { { V(0), 0, 0x1 } } },
    { "d1", A64_URSHR_v, 0x6f7f2420, /* urshr v0.2d, v1.2d, #1 */
      .vin = { { V(0), R9 }, { V(1), EN2_D } }, .vout = { { V(0), 0, 0x1 } } },
    { "q0_vd_vn", A64_URSHR_v, 0x2f212421, /* urshr v1.2s, v1.2s, #31 */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0x0000000200000000, 0 } } },
    { "ties", A64_URSHR_v, 0x6f1e2420, /* urshr v0.8h, v1.8h, #2 */
      .vin = { { V(0), 0x0100010001000100, 0x0100010001000100 },
               { V(1), 0xfffafffe00060002, 0x80027ffeffff0001 } },
      .vout = { { V(0), 0x3fff400000020001, 0x2001200040000000 } } },
    { "1d", A64_URSHR_v, 0x2f7d2420, /* urshr .1d: immh<3> = 1 with Q = 0 (reserved) */ UNDEF },
    { "b1", A64_SRSRA_v, 0x4f0f3420, /* srsra v0.16b, v1.16b, #1 */
      .vin = { { V(0), R0 }, { V(1), EN_B } },
      .vout = { { V(0), 0x9f59c1331e35c4de, 0xa48901936b9475f5 } } },
    { "h16", A64_SRSRA_v, 0x4f103420, /* srsra v0.8h, v1.8h, #16 */
      .vin = { { V(0), R1 }, { V(1), EN_H } } },
    { "s7", A64_SRSRA_v, 0x4f393420, /* srsra v0.4s, v1.4s, #7 */
      .vin = { { V(0), R2 }, { V(1), EN_S } },
      .vout = { { V(0), 0x3bf3bd58db60fb1c, 0x515c61236c88c537 } } },
    { "d64", A64_SRSRA_v, 0x4f403420, /* srsra v0.2d, v1.2d, #64 */
      .vin = { { V(0), R3 }, { V(1), EN_D } } },
    { "d1", A64_SRSRA_v, 0x4f7f3420, /* srsra v0.2d, v1.2d, #1 */
      .vin = { { V(0), R4 }, { V(1), EN2_D } },
      .vout = { { V(0), 0xda1b195060c40eb7, 0x5b08acc213a5bf08 } } },
    { "q0_vd_vn", A64_SRSRA_v, 0x0f213421, /* srsra v1.2s, v1.2s, #31 */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0xffffffff00000001, 0 } } },
    { "ties", A64_SRSRA_v, 0x4f1e3420, /* srsra v0.8h, v1.8h, #2 */
      .vin = { { V(0), 0x0100010001000100, 0x0100010001000100 },
               { V(1), 0xfffafffe00060002, 0x80027ffeffff0001 } },
      .vout = { { V(0), 0x00ff010001020101, 0xe101210001000100 } } },
    { "1d", A64_SRSRA_v, 0x0f7d3420, /* srsra .1d: immh<3> = 1 with Q = 0 (reserved) */ UNDEF },
    { "b1", A64_URSRA_v, 0x6f0f3420, /* ursra v0.16b, v1.16b, #1 */
      .vin = { { V(0), R5 }, { V(1), EN_B } },
      .vout = { { V(0), 0x959ea60bf923a3ce, 0x75ca8cb8e40f52f9 } } },
    { "h16", A64_URSRA_v, 0x6f103420, /* ursra v0.8h, v1.8h, #16 */
      .vin = { { V(0), R6 }, { V(1), EN_H } },
      .vout = { { V(0), 0xdabe22cbd37c17c6, 0x82b9bfbd91ba7257 } } },
    { "s7", A64_URSRA_v, 0x6f393420, /* ursra v0.4s, v1.4s, #7 */
      .vin = { { V(0), R7 }, { V(1), EN_S } },
      .vout = { { V(0), 0x0df197f45725871b, 0xa5240b6022d0b29c } } },
    { "d64", A64_URSRA_v, 0x6f403420, /* ursra v0.2d, v1.2d, #64 */
      .vin = { { V(0), R8 }, { V(1), EN_D } },
      .vout = { { V(0), 0xb4a3165de1ab3e01, 0x400cb70f964e03c1 } } },
    { "d1", A64_URSRA_v, 0x6f7f3420, /* ursra v0.2d, v1.2d, #1 */
      .vin = { { V(0), R9 }, { V(1), EN2_D } },
      .vout = { { V(0), 0xe683acdf2060d7c4, 0x83d8e92df2adcc0f } } },
    { "q0_vd_vn", A64_URSRA_v, 0x2f213421, /* ursra v1.2s, v1.2s, #31 */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0x0000000100000001, 0 } } },
    { "ties", A64_URSRA_v, 0x6f1e3420, /* ursra v0.8h, v1.8h, #2 */
      .vin = { { V(0), 0x0100010001000100, 0x0100010001000100 },
               { V(1), 0xfffafffe00060002, 0x80027ffeffff0001 } },
      .vout = { { V(0), 0x40ff410001020101, 0x2101210041000100 } } },
    { "1d", A64_URSRA_v, 0x2f7d3420, /* ursra .1d: immh<3> = 1 with Q = 0 (reserved) */ UNDEF },
    { "b1", A64_SRI_v, 0x6f0f4420, /* sri v0.16b, v1.16b, #1 */
      .vin = { { V(0), R0 }, { V(1), EN_B } },
      .vout = { { V(0), 0x2ac0bf00007f40bf, 0x2ac0bf8000ffc0bf } } },
    { "h16", A64_SRI_v, 0x6f104420, /* sri v0.8h, v1.8h, #16 */
      .vin = { { V(0), R1 }, { V(1), EN_H } } },
    { "s7", A64_SRI_v, 0x6f394420, /* sri v0.4s, v1.4s, #7 */
      .vin = { { V(0), R2 }, { V(1), EN_S } },
      .vout = { { V(0), 0x3d000000daffffff, 0x500000006dffffff } } },
    { "d64", A64_SRI_v, 0x6f404420, /* sri v0.2d, v1.2d, #64 */
      .vin = { { V(0), R3 }, { V(1), EN_D } } },
    { "d1", A64_SRI_v, 0x6f7f4420, /* sri v0.2d, v1.2d, #1 */
      .vin = { { V(0), R4 }, { V(1), EN2_D } }, .vout = { { V(0), 0x8000000000000000, 0 } } },
    { "q0_vd_vn", A64_SRI_v, 0x2f214421, /* sri v1.2s, v1.2s, #31 */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0xffffffff00000000, 0 } } },
    { "ties", A64_SRI_v, 0x6f1e4420, /* sri v0.8h, v1.8h, #2 */
      .vin = { { V(0), 0x0100010001000100, 0x0100010001000100 },
               { V(1), 0xfffafffe00060002, 0x80027ffeffff0001 } },
      .vout = { { V(0), 0x3ffe3fff00010000, 0x20001fff3fff0000 } } },
    { "1d", A64_SRI_v, 0x2f7d4420, /* sri .1d: immh<3> = 1 with Q = 0 (reserved) */ UNDEF },

    /* shift by immediate: left shifts (shift = immh:immb - esize) */
    { "b0", A64_SHL_v, 0x4f085420, /* shl v0.16b, v1.16b, #0 */
      .vin = { { V(0), R5 }, { V(1), EN_B } },
      .vout = { { V(0), 0x55817e0100ff807f, 0x55817e0100ff807f } } },
    { "b7", A64_SHL_v, 0x4f0f5420, /* shl v0.16b, v1.16b, #7 */
      .vin = { { V(0), R6 }, { V(1), EN_B } },
      .vout = { { V(0), 0x8080008000800080, 0x8080008000800080 } } },
    { "h1", A64_SHL_v, 0x4f115420, /* shl v0.8h, v1.8h, #1 */
      .vin = { { V(0), R7 }, { V(1), EN_H } },
      .vout = { { V(0), 0x0000fffe0000fffe, 0xaaaa0002fffc0002 } } },
    { "s31", A64_SHL_v, 0x4f3f5420, /* shl v0.4s, v1.4s, #31 */
      .vin = { { V(0), R8 }, { V(1), EN_S } },
      .vout = { { V(0), 0x0000000080000000, 0x0000000080000000 } } },
    { "d63", A64_SHL_v, 0x4f7f5420, /* shl v0.2d, v1.2d, #63 */
      .vin = { { V(0), R9 }, { V(1), EN_D } }, .vout = { { V(0), 0x8000000000000000, 0 } } },
    { "q0_vd_vn", A64_SHL_v, 0x0f145421, /* shl v1.4h, v1.4h, #4 */
      .vin = { { V(1), 0xf7fff80010000fff, 0xf7fff80010000fff } },
      .vout = { { V(1), 0x7ff080000000fff0, 0 } } },
    { "1d", A64_SHL_v, 0x0f435420, /* shl .1d: immh<3> = 1 with Q = 0 (reserved) */ UNDEF },
    { "b0", A64_SLI_v, 0x6f085420, /* sli v0.16b, v1.16b, #0 */
      .vin = { { V(0), R0 }, { V(1), EN_B } },
      .vout = { { V(0), 0x55817e0100ff807f, 0x55817e0100ff807f } } },
    { "b7", A64_SLI_v, 0x6f0f5420, /* sli v0.16b, v1.16b, #7 */
      .vin = { { V(0), R1 }, { V(1), EN_B } },
      .vout = { { V(0), 0xc2c22adb48f429a4, 0xebfa7995158853ad } } },
    { "h1", A64_SLI_v, 0x6f115420, /* sli v0.8h, v1.8h, #1 */
      .vin = { { V(0), R2 }, { V(1), EN_H } },
      .vout = { { V(0), 0x0001fffe0000fffe, 0xaaaa0003fffc0003 } } },
    { "s31", A64_SLI_v, 0x6f3f5420, /* sli v0.4s, v1.4s, #31 */
      .vin = { { V(0), R3 }, { V(1), EN_S } },
      .vout = { { V(0), 0x74b1b646b3be40f5, 0x08718c96ef3d88f7 } } },
    { "d63", A64_SLI_v, 0x6f7f5420, /* sli v0.2d, v1.2d, #63 */
      .vin = { { V(0), R4 }, { V(1), EN_D } } },
    { "q0_vd_vn", A64_SLI_v, 0x2f145421, /* sli v1.4h, v1.4h, #4 */
      .vin = { { V(1), 0xf7fff80010000fff, 0xf7fff80010000fff } },
      .vout = { { V(1), 0x7fff80000000ffff, 0 } } },
    { "1d", A64_SLI_v, 0x2f435420, /* sli .1d: immh<3> = 1 with Q = 0 (reserved) */ UNDEF },
    { "b0", A64_SQSHL_v_imm, 0x4f087420, /* sqshl v0.16b, v1.16b, #0 */
      .vin = { { V(0), R5 }, { V(1), EN_B } },
      .vout = { { V(0), 0x55817e0100ff807f, 0x55817e0100ff807f } } },
    { "b7", A64_SQSHL_v_imm, 0x4f0f7420, /* sqshl v0.16b, v1.16b, #7 */
      .vin = { { V(0), R6 }, { V(1), EN_B } },
      .vout = { { V(0), 0x7f807f7f0080807f, 0x7f807f7f0080807f } }, .fpsr_out = QC },
    { "h1", A64_SQSHL_v_imm, 0x4f117420, /* sqshl v0.8h, v1.8h, #1 */
      .vin = { { V(0), R7 }, { V(1), EN_H } },
      .vout = { { V(0), 0x0000fffe80007fff, 0x7fff80007fff0002 } }, .fpsr_out = QC },
    { "s31", A64_SQSHL_v_imm, 0x4f3f7420, /* sqshl v0.4s, v1.4s, #31 */
      .vin = { { V(0), R8 }, { V(1), EN_S } },
      .vout = { { V(0), 0x800000007fffffff, 0x0000000080000000 } }, .fpsr_out = QC },
    { "d63", A64_SQSHL_v_imm, 0x4f7f7420, /* sqshl v0.2d, v1.2d, #63 */
      .vin = { { V(0), R9 }, { V(1), EN_D } },
      .vout = { { V(0), 0x7fffffffffffffff, 0x8000000000000000 } }, .fpsr_out = QC },
    { "q0_vd_vn", A64_SQSHL_v_imm, 0x0f147421, /* sqshl v1.4h, v1.4h, #4 */
      .vin = { { V(1), 0xf7fff80010000fff, 0xf7fff80010000fff } },
      .vout = { { V(1), 0x800080007fff7fff, 0 } }, .fpsr_out = QC },
    { "1d", A64_SQSHL_v_imm, 0x0f437420, /* sqshl .1d: immh<3> = 1 with Q = 0 (reserved) */ UNDEF },
    { "b0", A64_UQSHL_v_imm, 0x6f087420, /* uqshl v0.16b, v1.16b, #0 */
      .vin = { { V(0), R0 }, { V(1), EN_B } },
      .vout = { { V(0), 0x55817e0100ff807f, 0x55817e0100ff807f } } },
    { "b7", A64_UQSHL_v_imm, 0x6f0f7420, /* uqshl v0.16b, v1.16b, #7 */
      .vin = { { V(0), R1 }, { V(1), EN_B } },
      .vout = { { V(0), 0xffffff8000ffffff, 0xffffff8000ffffff } }, .fpsr_out = QC },
    { "h1", A64_UQSHL_v_imm, 0x6f117420, /* uqshl v0.8h, v1.8h, #1 */
      .vin = { { V(0), R2 }, { V(1), EN_H } },
      .vout = { { V(0), 0x0000fffffffffffe, 0xaaaafffffffc0002 } }, .fpsr_out = QC },
    { "s31", A64_UQSHL_v_imm, 0x6f3f7420, /* uqshl v0.4s, v1.4s, #31 */
      .vin = { { V(0), R3 }, { V(1), EN_S } },
      .vout = { { V(0), 0xffffffffffffffff, 0x00000000ffffffff } }, .fpsr_out = QC },
    { "d63", A64_UQSHL_v_imm, 0x6f7f7420, /* uqshl v0.2d, v1.2d, #63 */
      .vin = { { V(0), R4 }, { V(1), EN_D } },
      .vout = { { V(0), 0xffffffffffffffff, 0xffffffffffffffff } }, .fpsr_out = QC },
    { "q0_vd_vn", A64_UQSHL_v_imm, 0x2f147421, /* uqshl v1.4h, v1.4h, #4 */
      .vin = { { V(1), 0xf7fff80010000fff, 0xf7fff80010000fff } },
      .vout = { { V(1), 0xfffffffffffffff0, 0 } }, .fpsr_out = QC },
    { "1d", A64_UQSHL_v_imm, 0x2f437420, /* uqshl .1d: immh<3> = 1 with Q = 0 (reserved) */ UNDEF },
    { "b0", A64_SQSHLU_v, 0x6f086420, /* sqshlu v0.16b, v1.16b, #0 */
      .vin = { { V(0), R5 }, { V(1), EN_B } },
      .vout = { { V(0), 0x55007e010000007f, 0x55007e010000007f } }, .fpsr_out = QC },
    { "b7", A64_SQSHLU_v, 0x6f0f6420, /* sqshlu v0.16b, v1.16b, #7 */
      .vin = { { V(0), R6 }, { V(1), EN_B } },
      .vout = { { V(0), 0xff00ff80000000ff, 0xff00ff80000000ff } }, .fpsr_out = QC },
    { "h1", A64_SQSHLU_v, 0x6f116420, /* sqshlu v0.8h, v1.8h, #1 */
      .vin = { { V(0), R7 }, { V(1), EN_H } }, .vout = { { V(0), 0xfffe, 0xaaaa0000fffc0002 } },
      .fpsr_out = QC },
    { "s31", A64_SQSHLU_v, 0x6f3f6420, /* sqshlu v0.4s, v1.4s, #31 */
      .vin = { { V(0), R8 }, { V(1), EN_S } }, .vout = { { V(0), 0x00000000ffffffff, 0 } },
      .fpsr_out = QC },
    { "d63", A64_SQSHLU_v, 0x6f7f6420, /* sqshlu v0.2d, v1.2d, #63 */
      .vin = { { V(0), R9 }, { V(1), EN_D } }, .vout = { { V(0), 0xffffffffffffffff, 0 } },
      .fpsr_out = QC },
    { "q0_vd_vn", A64_SQSHLU_v, 0x2f146421, /* sqshlu v1.4h, v1.4h, #4 */
      .vin = { { V(1), 0xf7fff80010000fff, 0xf7fff80010000fff } },
      .vout = { { V(1), 0x00000000fffffff0, 0 } }, .fpsr_out = QC },
    { "1d", A64_SQSHLU_v, 0x2f436420, /* sqshlu .1d: immh<3> = 1 with Q = 0 (reserved) */ UNDEF },
    { "qc_kept", A64_SQSHL_v_imm, 0x4f217420, /* sqshl v0.4s, v1.4s, #1 */
      .vin = { { V(1), 0x0000000200000001, 0x0000000100000003 } }, .fpsr_in = QC,
      .vout = { { V(0), 0x0000000400000002, 0x0000000200000006 } }, .fpsr_out = QC },

    /* shift by immediate: narrowing (immh<3> = 1 reserved; Q=1 keeps the lower half) */
    /* shrn v0.8b, v1.8h, #1 */
    T2("b1", SHRN_v, 0x0f0f8420, EN_H, P(0xaa00ff0000ff00ff, 0)),
    { "b8_part2", A64_SHRN_v, 0x4f088420, /* shrn2 v0.16b, v1.8h, #8 */
      .vin = { { V(0), R0 }, { V(1), EM_H } },
      .vout = { { V(0), 0x749882321e35049e, 0xaa807fff807fff00 } } },
    /* shrn v0.4h, v1.4s, #16 */
    T2("h16", SHRN_v, 0x0f108420, EN_S, P(0x0000ffff80007fff, 0)),
    /* shrn v0.2s, v1.2d, #32 */
    T2("s32", SHRN_v, 0x0f208420, EN_D, P(0x800000007fffffff, 0)),
    { "s1_part2", A64_SHRN_v, 0x4f3f8420, /* shrn2 v0.4s, v1.2d, #1 */
      .vin = { { V(0), R1 }, { V(1), EM_D } },
      .vout = { { V(0), 0x4242aadbc8f429a4, 0xffffffff00000000 } } },
    /* shrn v0.8b, v1.8h, #4 */
    T2("ties", SHRN_v, 0x0f0c8420, P(0xffe8fff800180008, 0x0807f8080ff807f8),
       P(0x8080ff7ffeff0100, 0)),
    { "part2_vd_vn", A64_SHRN_v, 0x4f1d8421, /* shrn2 v1.8h, v1.4s, #3 */
      .vin = { { V(1), R2 } }, .vout = { { V(1), 0x3cf3bd58da60fb1c, 0x8c2418a677ab1f63 } } },
    { "immh3", A64_SHRN_v, 0x0f608420, /* shrn with immh<3> = 1 (reserved) */ UNDEF },
    /* rshrn v0.8b, v1.8h, #1 */
    T2("b1", RSHRN_v, 0x0f0f8c20, EN_H, P(0xab01ff0100000000, 0)),
    { "b8_part2", A64_RSHRN_v, 0x4f088c20, /* rshrn2 v0.16b, v1.8h, #8 */
      .vin = { { V(0), R3 }, { V(1), EM_H } },
      .vout = { { V(0), 0xf4b1b64633be40f5, 0xab80800080800000 } } },
    /* rshrn v0.4h, v1.4s, #16 */
    T2("h16", RSHRN_v, 0x0f108c20, EN_S, P(0x0000000080008000, 0)),
    /* rshrn v0.2s, v1.2d, #32 */
    T2("s32", RSHRN_v, 0x0f208c20, EN_D, P(0x8000000080000000, 0)),
    { "s1_part2", A64_RSHRN_v, 0x4f3f8c20, /* rshrn2 v0.4s, v1.2d, #1 */
      .vin = { { V(0), R4 }, { V(1), EM_D } }, .vout = { { V(0), 0xda1b195060c40eb7, 0x1 } } },
    /* rshrn v0.8b, v1.8h, #4 */
    T2("ties", RSHRN_v, 0x0f0c8c20, P(0xffe8fff800180008, 0x0807f8080ff807f8),
       P(0x80810080ff000201, 0)),
    { "part2_vd_vn", A64_RSHRN_v, 0x4f1d8c21, /* rshrn2 v1.8h, v1.4s, #3 */
      .vin = { { V(1), R5 } }, .vout = { { V(1), 0x6a5d670af9a3638e, 0x29b7e257ace16c72 } } },
    { "immh3", A64_RSHRN_v, 0x0f608c20, /* rshrn with immh<3> = 1 (reserved) */ UNDEF },
    /* sqshrn v0.8b, v1.8h, #1 */
    T2Q("b1", SQSHRN_v, 0x0f0f9420, EN_H, P(0x7f807f0000ff807f, 0)),
    { "b8_part2", A64_SQSHRN_v, 0x4f089420, /* sqshrn2 v0.16b, v1.8h, #8 */
      .vin = { { V(0), R6 }, { V(1), EM_H } },
      .vout = { { V(0), 0xdabe22cad37b17c6, 0xaa807fff807fff00 } } },
    /* sqshrn v0.4h, v1.4s, #16 */
    T2("h16", SQSHRN_v, 0x0f109420, EN_S, P(0x0000ffff80007fff, 0)),
    /* sqshrn v0.2s, v1.2d, #32 */
    T2("s32", SQSHRN_v, 0x0f209420, EN_D, P(0x800000007fffffff, 0)),
    { "s1_part2", A64_SQSHRN_v, 0x4f3f9420, /* sqshrn2 v0.4s, v1.2d, #1 */
      .vin = { { V(0), R7 }, { V(1), EM_D } },
      .vout = { { V(0), 0x0cf197f45625871b, 0xffffffff00000000 } } },
    /* sqshrn v0.8b, v1.8h, #4 */
    T2Q("ties", SQSHRN_v, 0x0f0c9420, P(0xffe8fff800180008, 0x0807f8080ff807f8),
       P(0x7f807f7ffeff0100, 0)),
    { "part2_vd_vn", A64_SQSHRN_v, 0x4f1d9421, /* sqshrn2 v1.8h, v1.4s, #3 */
      .vin = { { V(1), R8 } }, .vout = { { V(1), 0xb4a3165de1ab3e01, 0x7fff800080008000 } },
      .fpsr_out = QC },
    { "immh3", A64_SQSHRN_v, 0x0f609420, /* sqshrn with immh<3> = 1 (reserved) */ UNDEF },
    /* uqshrn v0.8b, v1.8h, #1 */
    T2Q("b1", UQSHRN_v, 0x2f0f9420, EN_H, P(0xffffff0000ffffff, 0)),
    { "b8_part2", A64_UQSHRN_v, 0x6f089420, /* uqshrn2 v0.16b, v1.8h, #8 */
      .vin = { { V(0), R9 }, { V(1), EM_H } },
      .vout = { { V(0), 0xe683acdf2060d7c4, 0xaa807fff807fff00 } } },
    /* uqshrn v0.4h, v1.4s, #16 */
    T2("h16", UQSHRN_v, 0x2f109420, EN_S, P(0x0000ffff80007fff, 0)),
    /* uqshrn v0.2s, v1.2d, #32 */
    T2("s32", UQSHRN_v, 0x2f209420, EN_D, P(0x800000007fffffff, 0)),
    { "s1_part2", A64_UQSHRN_v, 0x6f3f9420, /* uqshrn2 v0.4s, v1.2d, #1 */
      .vin = { { V(0), R0 }, { V(1), EM_D } },
      .vout = { { V(0), 0x749882321e35049e, 0xffffffff00000000 } }, .fpsr_out = QC },
    /* uqshrn v0.8b, v1.8h, #4 */
    T2Q("ties", UQSHRN_v, 0x2f0c9420, P(0xffe8fff800180008, 0x0807f8080ff807f8),
       P(0x80ffff7fffff0100, 0)),
    { "part2_vd_vn", A64_UQSHRN_v, 0x6f1d9421, /* uqshrn2 v1.8h, v1.4s, #3 */
      .vin = { { V(1), R1 } }, .vout = { { V(1), 0x4242aadbc8f429a4, 0xffffffffffffffff } },
      .fpsr_out = QC },
    { "immh3", A64_UQSHRN_v, 0x2f609420, /* uqshrn with immh<3> = 1 (reserved) */ UNDEF },
    /* sqrshrn v0.8b, v1.8h, #1 */
    T2Q("b1", SQRSHRN_v, 0x0f0f9c20, EN_H, P(0x7f807f010000807f, 0)),
    { "b8_part2", A64_SQRSHRN_v, 0x4f089c20, /* sqrshrn2 v0.16b, v1.8h, #8 */
      .vin = { { V(0), R2 }, { V(1), EM_H } },
      .vout = { { V(0), 0x3cf3bd58da60fb1c, 0xab807f00807f0000 } }, .fpsr_out = QC },
    /* sqrshrn v0.4h, v1.4s, #16 */
    T2Q("h16", SQRSHRN_v, 0x0f109c20, EN_S, P(0x0000000080007fff, 0)),
    /* sqrshrn v0.2s, v1.2d, #32 */
    T2Q("s32", SQRSHRN_v, 0x0f209c20, EN_D, P(0x800000007fffffff, 0)),
    { "s1_part2", A64_SQRSHRN_v, 0x4f3f9c20, /* sqrshrn2 v0.4s, v1.2d, #1 */
      .vin = { { V(0), R3 }, { V(1), EM_D } }, .vout = { { V(0), 0xf4b1b64633be40f5, 0x1 } } },
    /* sqrshrn v0.8b, v1.8h, #4 */
    T2Q("ties", SQRSHRN_v, 0x0f0c9c20, P(0xffe8fff800180008, 0x0807f8080ff807f8),
       P(0x7f817f7fff000201, 0)),
    { "part2_vd_vn", A64_SQRSHRN_v, 0x4f1d9c21, /* sqrshrn2 v1.8h, v1.4s, #3 */
      .vin = { { V(1), R4 } }, .vout = { { V(1), 0xda1b195060c40eb7, 0x7fff7fff80007fff } },
      .fpsr_out = QC },
    { "immh3", A64_SQRSHRN_v, 0x0f609c20, /* sqrshrn with immh<3> = 1 (reserved) */ UNDEF },
    /* uqrshrn v0.8b, v1.8h, #1 */
    T2Q("b1", UQRSHRN_v, 0x2f0f9c20, EN_H, P(0xffffff0100ffffff, 0)),
    { "b8_part2", A64_UQRSHRN_v, 0x6f089c20, /* uqrshrn2 v0.16b, v1.8h, #8 */
      .vin = { { V(0), R5 }, { V(1), EM_H } },
      .vout = { { V(0), 0x6a5d670af9a3638e, 0xab8080ff8080ff00 } }, .fpsr_out = QC },
    /* uqrshrn v0.4h, v1.4s, #16 */
    T2Q("h16", UQRSHRN_v, 0x2f109c20, EN_S, P(0x0000ffff80008000, 0)),
    /* uqrshrn v0.2s, v1.2d, #32 */
    T2("s32", UQRSHRN_v, 0x2f209c20, EN_D, P(0x8000000080000000, 0)),
    { "s1_part2", A64_UQRSHRN_v, 0x6f3f9c20, /* uqrshrn2 v0.4s, v1.2d, #1 */
      .vin = { { V(0), R6 }, { V(1), EM_D } },
      .vout = { { V(0), 0xdabe22cad37b17c6, 0xffffffff00000001 } }, .fpsr_out = QC },
    /* uqrshrn v0.8b, v1.8h, #4 */
    T2Q("ties", UQRSHRN_v, 0x2f0c9c20, P(0xffe8fff800180008, 0x0807f8080ff807f8),
       P(0x80ffff80ffff0201, 0)),
    { "part2_vd_vn", A64_UQRSHRN_v, 0x6f1d9c21, /* uqrshrn2 v1.8h, v1.4s, #3 */
      .vin = { { V(1), R7 } }, .vout = { { V(1), 0x0cf197f45625871b, 0xffffffffffffffff } },
      .fpsr_out = QC },
    { "immh3", A64_UQRSHRN_v, 0x2f609c20, /* uqrshrn with immh<3> = 1 (reserved) */ UNDEF },
    /* sqshrun v0.8b, v1.8h, #1 */
    T2Q("b1", SQSHRUN_v, 0x2f0f8420, EN_H, P(0xff00ff00000000ff, 0)),
    { "b8_part2", A64_SQSHRUN_v, 0x6f088420, /* sqshrun2 v0.16b, v1.8h, #8 */
      .vin = { { V(0), R8 }, { V(1), EM_H } },
      .vout = { { V(0), 0xb4a3165de1ab3e01, 0x00007f00007f0000 } }, .fpsr_out = QC },
    /* sqshrun v0.4h, v1.4s, #16 */
    T2Q("h16", SQSHRUN_v, 0x2f108420, EN_S, P(0x7fff, 0)),
    /* sqshrun v0.2s, v1.2d, #32 */
    T2Q("s32", SQSHRUN_v, 0x2f208420, EN_D, P(0x000000007fffffff, 0)),
    { "s1_part2", A64_SQSHRUN_v, 0x6f3f8420, /* sqshrun2 v0.4s, v1.2d, #1 */
      .vin = { { V(0), R9 }, { V(1), EM_D } }, .vout = { { V(0), 0xe683acdf2060d7c4, 0 } },
      .fpsr_out = QC },
    /* sqshrun v0.8b, v1.8h, #4 */
    T2Q("ties", SQSHRUN_v, 0x2f0c8420, P(0xffe8fff800180008, 0x0807f8080ff807f8),
       P(0x8000ff7f00000100, 0)),
    { "part2_vd_vn", A64_SQSHRUN_v, 0x6f1d8421, /* sqshrun2 v1.8h, v1.4s, #3 */
      .vin = { { V(1), R0 } }, .vout = { { V(1), 0x749882321e35049e, 0xffffffffffffffff } },
      .fpsr_out = QC },
    { "immh3", A64_SQSHRUN_v, 0x2f608420, /* sqshrun with immh<3> = 1 (reserved) */ UNDEF },
    /* sqrshrun v0.8b, v1.8h, #1 */
    T2Q("b1", SQRSHRUN_v, 0x2f0f8c20, EN_H, P(0xff00ff01000000ff, 0)),
    { "b8_part2", A64_SQRSHRUN_v, 0x6f088c20, /* sqrshrun2 v0.16b, v1.8h, #8 */
      .vin = { { V(0), R1 }, { V(1), EM_H } },
      .vout = { { V(0), 0x4242aadbc8f429a4, 0x0000800000800000 } }, .fpsr_out = QC },
    /* sqrshrun v0.4h, v1.4s, #16 */
    T2Q("h16", SQRSHRUN_v, 0x2f108c20, EN_S, P(0x8000, 0)),
    /* sqrshrun v0.2s, v1.2d, #32 */
    T2Q("s32", SQRSHRUN_v, 0x2f208c20, EN_D, P(0x0000000080000000, 0)),
    { "s1_part2", A64_SQRSHRUN_v, 0x6f3f8c20, /* sqrshrun2 v0.4s, v1.2d, #1 */
      .vin = { { V(0), R2 }, { V(1), EM_D } }, .vout = { { V(0), 0x3cf3bd58da60fb1c, 0x1 } } },
    /* sqrshrun v0.8b, v1.8h, #4 */
    T2Q("ties", SQRSHRUN_v, 0x2f0c8c20, P(0xffe8fff800180008, 0x0807f8080ff807f8),
       P(0x8000ff8000000201, 0)),
    { "part2_vd_vn", A64_SQRSHRUN_v, 0x6f1d8c21, /* sqrshrun2 v1.8h, v1.4s, #3 */
      .vin = { { V(1), R3 } }, .vout = { { V(1), 0xf4b1b64633be40f5, 0x0000ffff0000ffff } },
      .fpsr_out = QC },
    { "immh3", A64_SQRSHRUN_v, 0x2f608c20, /* sqrshrun with immh<3> = 1 (reserved) */ UNDEF },

    /* shift by immediate: long (immh<3> = 1 reserved) */
    /* sshll v0.8h, v1.8b, #0 */
    T2("b0", SSHLL_v, 0x0f08a420, EN_B, P(0x0000ffffff80007f, 0x0055ff81007e0001)),
    /* sshll2 v0.8h, v1.16b, #7 */
    T2("b7_part2", SSHLL_v, 0x4f0fa420, EM_B, P(0xc0003f80ff800080, 0xd500c0003f80ff80)),
    /* sshll v0.4s, v1.4h, #15 */
    T2("h15", SSHLL_v, 0x0f1fa420, EN_H, P(0xc00000003fff8000, 0x00000000ffff8000)),
    /* sshll2 v0.2d, v1.4s, #31 */
    T2("s31_part2", SSHLL_v, 0x4f3fa420, EN_S, P(0xffffffff80000000, 0)),
    { "xtl_vd_vn", A64_SSHLL_v, 0x0f20a421, /* sshll v1.2d, v1.2s, #0 */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0x1, 0xffffffffffffffff } } },
    { "immh3", A64_SSHLL_v, 0x0f63a420, /* sshll with immh<3> = 1 (reserved) */ UNDEF },
    /* ushll v0.8h, v1.8b, #0 */
    T2("b0", USHLL_v, 0x2f08a420, EN_B, P(0x000000ff0080007f, 0x00550081007e0001)),
    /* ushll2 v0.8h, v1.16b, #7 */
    T2("b7_part2", USHLL_v, 0x6f0fa420, EM_B, P(0x40003f807f800080, 0x550040003f807f80)),
    /* ushll v0.4s, v1.4h, #15 */
    T2("h15", USHLL_v, 0x2f1fa420, EN_H, P(0x400000003fff8000, 0x000000007fff8000)),
    /* ushll2 v0.2d, v1.4s, #31 */
    T2("s31_part2", USHLL_v, 0x6f3fa420, EN_S, P(0x7fffffff80000000, 0)),
    { "xtl_vd_vn", A64_USHLL_v, 0x2f20a421, /* ushll v1.2d, v1.2s, #0 */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0x1, 0x00000000ffffffff } } },
    { "immh3", A64_USHLL_v, 0x2f63a420, /* ushll with immh<3> = 1 (reserved) */ UNDEF },
    { "fp_trap", A64_USHR_v, 0x6f3f0420, /* ushr v0.4s, v1.4s, #1 */ FP_TRAP },

};

CASE_SET(simd_imm, c);
