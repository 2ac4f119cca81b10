/*
 * insn_case.h — per-instruction test cases as data. A case names the row
 * it tests (A64_<row>), the instruction word (with its disassembly in a
 * comment), the inputs (registers, flags, memory, EL, system registers)
 * and the expected outputs. Everything not listed as an output must be
 * unchanged: all of X0-X30, SP, NZCV, the PC (next instruction) and every
 * byte of the 64 KiB data window are checked, so stray writes fail.
 * An expected exception is checked by class, ISS, FAR/ELR and vector.
 *
 *   { "carry", A64_ADDS_imm, 0xb1000420,   // adds x0, x1, #1
 *     .in = { { X(1), ~0ull } },
 *     .out = { { X(0), 0 }, { NZCV, NZCV_Z | NZCV_C } } },
 */
#ifndef TESTS_INSN_CASE_H
#define TESTS_INSN_CASE_H

#include "tenv.h"

/* Register designators for RegVal.r */
#define X(n) ((uint8_t)((n) + 1))    /* X0..X30 */
#define SP   ((uint8_t)32)           /* current stack pointer */
#define NZCV ((uint8_t)33)           /* flags, in bits 31:28 */

typedef struct RegVal { uint8_t r; uint64_t v; } RegVal;
#define V(n) ((uint8_t)((n) + 1))    /* V0..V31 in VRegVal.v */
typedef struct VRegVal { uint8_t v; uint64_t lo, hi; } VRegVal;   /* 128 bits: lo = bits 63:0 */
typedef struct MemVal { uint64_t addr; uint8_t size; uint64_t v; } MemVal;  /* size 1,2,4,8 */
typedef struct SrVal { uint16_t sr; uint64_t v; } SrVal;                     /* SR_<name> */

#define EXC(ec) ((uint16_t)((ec) + 1))   /* expected exception class */

typedef struct InsnCase {
    const char *name;         /* what the case checks: "basic", "carry", "rd_sp" */
    uint16_t id;              /* row under test */
    uint32_t word;            /* the instruction under test */
    uint32_t pre[4];          /* run first (set-up instructions), 0-terminated */
    RegVal in[8];             /* inputs; r == 0 ends the list */
    MemVal mem_in[4];
    SrVal sr_in[4];
    uint8_t el;               /* 0 = EL1 (use EL0_ for EL0) */
    uint8_t spsel0;           /* 1: run with SPSel = 0 */
    RegVal out[8];            /* expected changes */
    MemVal mem_out[8];        /* expected memory contents after */
    SrVal sr_out[4];          /* expected system registers after */
    uint64_t pc_out;          /* expected PC; 0 = the next instruction, PC_ZERO = 0 */
    uint16_t exc;             /* EXC(ec): an exception is expected, 0 = none */
    uint8_t exc_el;           /* target EL of the exception (0 = EL1) */
    uint32_t iss;             /* expected ISS when check_iss */
    bool check_iss;
    bool far_valid;           /* check FAR against `far` */
    uint64_t far;
    uint32_t post[4];         /* run after the instruction (to observe it), 0-terminated */
    uint8_t el_out;           /* expected EL after (EL0_ for EL0), 0 = unchanged */
    VRegVal vin[4];           /* SIMD&FP inputs; unlisted Vn hold tenv_vreg_pattern() */
    VRegVal vout[4];          /* expected Vn changes; every other Vn must be unchanged */
    uint32_t fpcr;            /* FPCR before */
    uint32_t fpsr_in;         /* FPSR before */
    uint32_t fpsr_out;        /* FPSR expected after (cumulative: include fpsr_in) */
} InsnCase;

#define EL0_ 0x80               /* InsnCase.el value for EL0 */
#define PC_ZERO UINT64_C(0xdead000000000001)   /* InsnCase.pc_out meaning PC = 0 */

typedef struct InsnCaseSet {
    const char *family;
    const InsnCase *cases;
    unsigned n;
} InsnCaseSet;

#define CASE_SET(fam, arr) const InsnCaseSet cases_##fam = { #fam, arr, ARRAY_SIZE(arr) }

/* Run one case in t; prints every difference; returns the number of
 * mismatches. insn_case_run() also fails the current cmocka test. */
int insn_case_check(TestEnv *t, const InsnCase *c);
void insn_case_run(TestEnv *t, const InsnCase *c);

/* A cmocka test running every case of a set (state = TestEnv *). */
void insn_case_run_set(void **state, const InsnCaseSet *set);

#endif
