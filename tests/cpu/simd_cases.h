/*
 * simd_cases.h — shared by the Advanced SIMD case files (integer and FP).
 * Integer vector cases (a64_simd.def, cases_simd_*.c) and integer scalar
 * cases (a64_simd_scalar.def, cases_simd_scalar_*.c; a scalar
 * result zeroes the rest of the register): words from binutils
 * (tools/asm-words); expected values were worked out with a transliteration
 * of the Arm ARM pseudocode (C7.2, J1) and cross-checked by running every
 * case's inputs on qemu-aarch64. V registers not listed in .vin hold
 * tenv_vreg_pattern(); every V register and FPSR is compared after each case.
 *
 * The outcome macros and the input vectors many cases use (lo, hi pairs for
 * VRegVal). R0..R9 are arbitrary values; EN_x/EM_x pair element-size edges
 * lane by lane (max, min, -1, 0, 1, ...) for x = B/H/S/D elements, EN2_x/
 * EM2_x the remaining pairs; SH_x holds shift amounts in each element's low
 * byte (1, -1, esize-1, -esize, esize, -esize-1, 0, -128, ...) with junk
 * above it.
 */
#ifndef TESTS_SIMD_CASES_H
#define TESTS_SIMD_CASES_H

#include "insn_case.h"

#define UNDEF .exc = EXC(EC_UNKNOWN), .check_iss = true, .iss = 0
#define FP_TRAP                                                              \
    .sr_in = { { SR_CPACR_EL1, 0 } }, .exc = EXC(EC_FP_ACCESS), .check_iss = true, \
    .iss = 0x1e00000
#define QC (1u << 27)   /* FPSR.QC */

/* Common case shapes: inputs V1 (T2), V1 and V2 (T3), V0, V1 and V2 (T4);
 * the result in V0; the Q variants expect FPSR.QC set. Vector values are
 * P(lo, hi) or one of the named inputs below. */
#define P(lo, hi) lo, hi
#define T2(name, row, word, n, d) \
    { name, A64_##row, word, .vin = { { V(1), n } }, .vout = { { V(0), d } } }
#define T3(name, row, word, n, m, d) \
    { name, A64_##row, word, .vin = { { V(1), n }, { V(2), m } }, .vout = { { V(0), d } } }
#define T4(name, row, word, a, n, m, d)                                          \
    { name, A64_##row, word, .vin = { { V(0), a }, { V(1), n }, { V(2), m } }, \
      .vout = { { V(0), d } } }
#define T2Q(name, row, word, n, d) \
    { name, A64_##row, word, .vin = { { V(1), n } }, .vout = { { V(0), d } }, .fpsr_out = QC }
#define T3Q(name, row, word, n, m, d)                                            \
    { name, A64_##row, word, .vin = { { V(1), n }, { V(2), m } }, .vout = { { V(0), d } }, \
      .fpsr_out = QC }
#define T4Q(name, row, word, a, n, m, d)                                         \
    { name, A64_##row, word, .vin = { { V(0), a }, { V(1), n }, { V(2), m } }, \
      .vout = { { V(0), d } }, .fpsr_out = QC }

#define R0      0x749882321e35049e, 0x79c8c2926b94b5b5
#define R1      0x4242aadbc8f429a4, 0xeb7a79959588532d
#define R2      0x3cf3bd58da60fb1c, 0x515c61236c88c537
#define R3      0xf4b1b64633be40f5, 0x88718c966f3d88f7
#define R4      0xda1b195060c40eb7, 0x5b08acc213a5bf07
#define R5      0x6a5d670af9a3638e, 0x4a894db7e48f12b9
#define R6      0xdabe22cad37b17c6, 0x82b9bfbc91ba7257
#define R7      0x0cf197f45625871b, 0xa5240b6020d0b29c
#define R8      0xb4a3165de1ab3e01, 0x400cb70f964e03c0
#define R9      0xe683acdf2060d7c4, 0x83d8e92df2adcc0e
#define EN_B    0x55817e0100ff807f, 0x55817e0100ff807f
#define EM_B    0xaa807fff807fff01, 0xaa807fff807fff01
#define EN2_B   0x817e0100817e0100, 0x817e0100817e0100
#define EM2_B   0x807fff80807fff80, 0x807fff80807fff80
#define SH_B    0x8000f708f807ff01, 0x08fd0302fe7fbf40
#define EN_H    0x0000ffff80007fff, 0x555580017ffe0001
#define EM_H    0x80007fffffff0001, 0xaaaa80007fffffff
#define EN2_H   0x80017ffe00010000, 0x80017ffe00010000
#define EM2_H   0x80007fffffff8000, 0x80007fffffff8000
#define SH_H    0xa5f0a50fa5ffa501, 0xa580a500a5efa510
#define EN_S    0x800000007fffffff, 0x00000000ffffffff
#define EM_S    0xffffffff00000001, 0x800000007fffffff
#define EN2_S   0x0000000100000000, 0x800000017ffffffe
#define EM2_S   0xffffffff80000000, 0x800000007fffffff
#define SH_S    0xa5a5a5ffa5a5a501, 0xa5a5a5e0a5a5a51f
#define EN_D    0x7fffffffffffffff, 0x8000000000000000
#define EM_D    0x0000000000000001, 0xffffffffffffffff
#define EN2_D   0x0000000000000000, 0x0000000000000001
#define EM2_D   0x8000000000000000, 0xffffffffffffffff
#define SH_D    0xa5a5a5a5a5a5a501, 0xa5a5a5a5a5a5a5ff

#endif
