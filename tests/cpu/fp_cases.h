/*
 * fp_cases.h — shared by the cases_fp_*.c files (one per group of
 * encoding classes): their conventions and operand macros.
 *
 * scalar floating point (Arm ARM C4.1.90 scalar FP classes;
 * C7.2 pages of each instruction; J1.1 shared/functions/float). Expected
 * values were worked from the pseudocode (FPUnpack/FPRound with FPCR.FZ,
 * DN, AHP and RMode, FPProcessNaNs/3 order, FPToFixed/FixedToFP, FPConvert,
 * FPMulAdd's single rounding, FPMax/FPMin(Num)) with exact rational
 * arithmetic for the rounded results; QEMU 7.2 user mode
 * (qemu-aarch64-static -cpu cortex-a53, an Armv8.0 CPU) runs this same
 * table and agrees on every case (the UNDEF words raise SIGILL there).
 * Words from binutils; the reserved and FEAT_FP16 words (undefined in
 * Armv8.0) were built by hand.
 * Unlisted registers hold tenv_reg_pattern()/tenv_vreg_pattern(); inputs
 * put junk above the operand to show it is ignored, and every result
 * checks that the rest of the 128-bit register is zeroed.
 */
#ifndef TESTS_CPU_FP_CASES_H
#define TESTS_CPU_FP_CASES_H

#include "insn_case.h"

#define UNDEF .exc = EXC(EC_UNKNOWN), .check_iss = true, .iss = 0
/* CPACR_EL1.FPEN = 00: access to SIMD&FP trapped (EC 0x07, CV=1 COND=0xe) */
#define FP_TRAP .sr_in = { { SR_CPACR_EL1, 0 } }, .exc = EXC(EC_FP_ACCESS), .check_iss = true, \
                .iss = 0x1e00000
/* CPACR_EL1.FPEN = 01: EL0 trapped, EL1 not */
#define FP_TRAP_EL0 .el = EL0_, .sr_in = { { SR_CPACR_EL1, 1u << 20 } }, \
                    .exc = EXC(EC_FP_ACCESS), .check_iss = true, .iss = 0x1e00000

/* FPCR: rounding modes, flush-to-zero, default NaN, alternative half */
#define R_P (1u << 22)
#define R_M (2u << 22)
#define R_Z (3u << 22)
#define FZ  (1u << 24)
#define DN  (1u << 25)
#define AHP (1u << 26)
/* FPSR cumulative flags */
#define IOC 0x01u
#define DZC 0x02u
#define OFC 0x04u
#define UFC 0x08u
#define IXC 0x10u
#define IDC 0x80u
#define QC  (1u << 27)
/* NZCV results of FPCompare */
#define CMP_LT 0x80000000u
#define CMP_EQ 0x60000000u
#define CMP_GT 0x20000000u
#define CMP_UN 0x30000000u

/* Operands: a single (or half) with junk above it, a double with junk in
 * bits 127:64; results: the value and zeros above it. */
#define IS(n, b) { V(n), 0x0badf00d00000000ull | (b), 0x0123456789abcdefull }
#define IH(n, b) { V(n), 0x0badf00dcafe0000ull | (b), 0x0123456789abcdefull }
#define ID(n, b) { V(n), (b), 0x0123456789abcdefull }
#define OV(n, b) { V(n), (b), 0 }

/* single */
#define S_1   0x3f800000u
#define S_2   0x40000000u
#define S_3   0x40400000u
#define S_HALF 0x3f000000u
#define S_M1  0xbf800000u
#define S_NZ  0x80000000u
#define S_INF 0x7f800000u
#define S_NINF 0xff800000u
#define S_MAX 0x7f7fffffu
#define S_MINN 0x00800000u
#define S_DNAN 0x7fc00000u
/* double */
#define D_1   0x3ff0000000000000ull
#define D_2   0x4000000000000000ull
#define D_3   0x4008000000000000ull
#define D_M1  0xbff0000000000000ull
#define D_NZ  0x8000000000000000ull
#define D_INF 0x7ff0000000000000ull
#define D_NINF 0xfff0000000000000ull
#define D_MAX 0x7fefffffffffffffull
#define D_DNAN 0x7ff8000000000000ull

#endif
