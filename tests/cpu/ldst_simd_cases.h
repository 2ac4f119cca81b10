/*
 * ldst_simd_cases.h — shared by the cases_ldst_simd_*.c files (one per group of
 * encoding classes): their conventions and operand macros.
 *
 * SIMD&FP loads and stores (Arm ARM C7.2): LDR/STR
 * (immediate: post-index, pre-index, unsigned offset), LDUR/STUR, LDR/STR
 * (register), LDR (literal), LDP/STP/LDNP/STNP of S, D and Q registers, and
 * the Advanced SIMD structure loads and stores LD1-LD4/ST1-ST4 (multiple
 * structures, single structure), LD1R-LD4R, with and without post-index.
 *
 * Expected values were computed from the pseudocode (a model of the C7.2
 * pages and the shared LD/ST multiple and single decode) over the test
 * environment's initial state: V registers and the data window hold
 * tenv_vreg_pattern()/tenv_pattern() unless a case sets them, so loaded
 * values below are pattern bytes. QEMU 7.2 user mode (qemu-aarch64-static)
 * runs this same table (cases needing EL1 state excepted) and agrees.
 * Words from binutils (tools/asm-words); literal and reserved words by hand
 * (checked with objdump). "warm_" cases fill the TLB and the FP enable
 * cache with set-up instructions so the specialised handlers' hit path
 * runs; the others start with an empty TLB and FP/SIMD enable not yet
 * checked, and take the slow path (element by element for structures).
 */
#ifndef TESTS_CPU_LDST_SIMD_CASES_H
#define TESTS_CPU_LDST_SIMD_CASES_H

#include "insn_case.h"

#define D(o) (T_DATA + (o))
#define NOMEM 0x1000ull               /* not RAM: external abort, DFSC 0x10 */
#define RAM_END 0x41000000ull         /* first byte after the 16 MiB of RAM */
#define BIG 0x0001000000000000ull     /* beyond the 48-bit PA: address size fault */
#define UNDEF .exc = EXC(EC_UNKNOWN), .check_iss = true, .iss = 0
#define SA_ON .sr_in = { { SR_SCTLR_EL1, 0x30d00800 | SCTLR_SA } }
#define DEVICE .sr_in = { { SR_HCR_EL2, HCR_RW } }   /* HCR_EL2.DC=0: Device memory */
#define SP_FAULT .exc = EXC(EC_SP_ALIGN), .check_iss = true, .iss = 0
#define DABT(i, a) .exc = EXC(EC_DABT_SAME), .check_iss = true, .iss = (i), .far_valid = true, \
                   .far = (a)
/* CPACR_EL1.FPEN = 00: access to SIMD&FP trapped (EC 0x07, CV=1 COND=0xe) */
#define FP_TRAP .sr_in = { { SR_CPACR_EL1, 0 } }, .exc = EXC(EC_FP_ACCESS), .check_iss = true, \
                .iss = 0x1e00000
/* The fast path needs the TLB entry (a set-up integer load fills it) and
 * the cached FP/SIMD enable check (any SIMD&FP instruction primes it: a
 * store below the initial SP, outside the compared data window). */
#define FP_ON 0xfc1f03e0u               /* stur d0, [sp, #-16] */
#define WARM .pre = { 0x3940005f, FP_ON }      /* ldrb wzr, [x2] */
#define WARM_SP .pre = { 0x394003ff, FP_ON }   /* ldrb wzr, [sp] */
#define NOP 0xd503201fu
#define WARM_CODE 0x1800001fu           /* ldr wzr, . */

#endif
