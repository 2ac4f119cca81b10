/*
 * simd.h — internal to the integer Advanced SIMD handlers (exec_simd_*.c):
 * the DecodedInsn operand convention, the per-element-size handler
 * templates, the size/Q reservation masks prep checks, and the J1 shared
 * pseudocode they use (SignedSatQ, UnsignedSatQ, shifts by a signed amount
 * with rounding, PolynomialMult). Arm ARM C7.2 (Advanced SIMD pages), J1.
 */
#ifndef XNUEMU_SIMD_H
#define XNUEMU_SIMD_H

#include "fpsimd.h"

/*
 * Operand convention, filled by prep:
 *   rd rn rm   V register numbers (general registers for DUP/INS/SMOV/UMOV)
 *   sz         log2 of the element size in bytes; for long, wide and
 *              narrowing forms the size of the narrow elements
 *   sf         Q (for the "2" forms: which half the narrow elements use)
 *   aux        number of elements the handler loops over (1 for scalars)
 *   imm, cond, ra  row specific (shift amount, index, immediate)
 * Handlers build the result in a zeroed VReg and store all 128 bits, so a
 * 64-bit vector result zeroes bits 127:64 and a scalar result everything
 * above its element.
 */

__extension__ typedef __int128 i128;
__extension__ typedef unsigned __int128 u128;

/* Allowed (size, Q) combinations as a mask of bit size*2+Q. Scalar forms
 * are checked with Q=1. */
#define SQ_ALL   0xffu
#define SQ_NO1D  0xbfu   /* size:Q = 110 (one 64-bit element) reserved */
#define SQ_NO64  0x3fu   /* size = 11 reserved */
#define SQ_B     0x03u   /* size = 00 only */
#define SQ_BH    0x0fu   /* size = 00 or 01 */
#define SQ_HS    0x3cu   /* size = 01 or 10 */
#define SQ_ACROSS 0x2fu  /* size = 11 and size:Q = 100 reserved */
#define SQ_D     0xc0u   /* size = 11 only */

static inline bool sq_ok(unsigned mask, unsigned size, unsigned q)
{
    return (mask >> (size * 2 + q)) & 1;
}

/* A row's handler table (one entry per element size) and allowed sizes. */
typedef struct SimdPick {
    ExecFn *const *tab;
    unsigned mask;
} SimdPick;

/* Common register/size/lane set-up: lanes = elements of a Q-sized vector
 * of 2^size-byte elements, or 1 (and sf = 0) for a scalar form. */
static inline void simd_prep_regs(DecodedInsn *di, const Fields *f, unsigned size, bool q,
                                  bool scalar)
{
    di->rd = (uint8_t)FLD(f, 'd');
    di->rn = (uint8_t)FLD(f, 'n');
    di->rm = (uint8_t)FLD(f, 'm');
    di->sz = (uint8_t)size;
    di->sf = scalar ? 0 : q;
    di->aux = (uint8_t)(scalar ? 1 : (q ? 16u : 8u) >> size);
}

/* --- handler templates ---
 * SIMD_SIZES(X, ...) instantiates X once per element size with
 * (bits, VReg member, unsigned type, signed type, ...). Inside a template
 * body the element types are ut/st, NB their width; the wide (2*NB) types
 * of the long/narrow templates are wt/wst. */
#define SIMD_SIZES(X, ...)                                                   \
    X(8, b, uint8_t, int8_t, __VA_ARGS__)                                    \
    X(16, h, uint16_t, int16_t, __VA_ARGS__)                                 \
    X(32, s, uint32_t, int32_t, __VA_ARGS__)                                 \
    X(64, d, uint64_t, int64_t, __VA_ARGS__)
#define SIMD_TAB(name)                                                       \
    static ExecFn *const name##_tab[4] = { name##_8, name##_16, name##_32, name##_64 }

/* The narrow sizes of long/wide/narrowing forms: (bits, member, types,
 * wide member, wide types). */
#define SIMD_SIZES_W(X, ...)                                                 \
    X(8, b, uint8_t, int8_t, h, uint16_t, int16_t, __VA_ARGS__)              \
    X(16, h, uint16_t, int16_t, s, uint32_t, int32_t, __VA_ARGS__)           \
    X(32, s, uint32_t, int32_t, d, uint64_t, int64_t, __VA_ARGS__)
#define SIMD_TAB_W(name)                                                     \
    static ExecFn *const name##_tab[4] = { name##_8, name##_16, name##_32, NULL }

#define SIMD_UNUSED __attribute__((unused))
#define SIMD_TYPES(N, U, S)                                                  \
    typedef U ut SIMD_UNUSED;                                                \
    typedef S st SIMD_UNUSED;                                                \
    enum { NB = N }

#define SIMD_TYPES_W(N, U, S, WU, WS)                                        \
    SIMD_TYPES(N, U, S);                                                     \
    typedef WU wt SIMD_UNUSED;                                               \
    typedef WS wst SIMD_UNUSED

/* Store the result and QC. */
#define SIMD_FINISH(r, sat)                                                  \
    do {                                                                     \
        if (sat)                                                             \
            fpsr_raise(cpu, FPSR_QC);                                        \
        cpu->v[di->rd] = (r);                                                \
        return exec_next(cpu, di);                                           \
    } while (0)

/* Binary element-wise op: EXPR of a (Vn), b (Vm), acc (Vd), &sat. */
#define SIMD_BIN_FN(N, M, U, S, name, EXPR)                                  \
    static int name##_##N(CpuState *cpu, const DecodedInsn *di)              \
    {                                                                        \
        SIMD_TYPES(N, U, S);                                                 \
        FP_CHECK(cpu);                                                       \
        const VReg *vn = &cpu->v[di->rn], *vm = &cpu->v[di->rm];             \
        const VReg *vd = &cpu->v[di->rd];                                    \
        VReg r = { .d = { 0, 0 } };                                          \
        bool sat = false;                                                    \
        for (unsigned e = 0; e < di->aux; e++) {                             \
            ut a = vn->M[e], b = vm->M[e], acc = vd->M[e];                   \
            (void)acc;                                                       \
            r.M[e] = (ut)(EXPR);                                             \
        }                                                                    \
        SIMD_FINISH(r, sat);                                                 \
    }
#define SIMD_BIN(name, EXPR)                                                 \
    SIMD_SIZES(SIMD_BIN_FN, name, EXPR)                                      \
    SIMD_TAB(name);

/* Unary element-wise op: EXPR of a (Vn), acc (Vd), &sat. */
#define SIMD_UN_FN(N, M, U, S, name, EXPR)                                   \
    static int name##_##N(CpuState *cpu, const DecodedInsn *di)              \
    {                                                                        \
        SIMD_TYPES(N, U, S);                                                 \
        FP_CHECK(cpu);                                                       \
        const VReg *vn = &cpu->v[di->rn], *vd = &cpu->v[di->rd];             \
        VReg r = { .d = { 0, 0 } };                                          \
        bool sat = false;                                                    \
        for (unsigned e = 0; e < di->aux; e++) {                             \
            ut a = vn->M[e], acc = vd->M[e];                                 \
            (void)acc;                                                       \
            r.M[e] = (ut)(EXPR);                                             \
        }                                                                    \
        SIMD_FINISH(r, sat);                                                 \
    }
#define SIMD_UN(name, EXPR)                                                  \
    SIMD_SIZES(SIMD_UN_FN, name, EXPR)                                       \
    SIMD_TAB(name);

/* --- J1 shared pseudocode --- */

/* SignedSatQ(x, n) / UnsignedSatQ(x, n): the result's low n bits. */
static inline uint64_t sat_s(i128 x, unsigned n, bool *sat)
{
    i128 max = ((i128)1 << (n - 1)) - 1, min = -max - 1;
    if (x > max) {
        *sat = true;
        return (uint64_t)max;
    }
    if (x < min) {
        *sat = true;
        return (uint64_t)min;
    }
    return (uint64_t)x;
}

static inline uint64_t sat_u(i128 x, unsigned n, bool *sat)
{
    i128 max = ((i128)1 << n) - 1;
    if (x > max) {
        *sat = true;
        return (uint64_t)max;
    }
    if (x < 0) {
        *sat = true;
        return 0;
    }
    return (uint64_t)x;
}

/* SatQ(x, n, unsigned) */
static inline uint64_t sat_q(i128 x, unsigned n, bool is_unsigned, bool *sat)
{
    return is_unsigned ? sat_u(x, n, sat) : sat_s(x, n, sat);
}

/* (x + round_const) << s for an element value x (|x| < 2^64) and a signed
 * shift s (-128..127), the register-shift pseudocode of SSHL and friends.
 * round_const = 1 << (-s - 1), 0 for s >= 0 (rounding forms only). A left
 * shift by 64 or more of a non-zero x returns +-2^100: outside every
 * element range (saturates) with zero low 64 bits (truncates to 0). */
static inline i128 shift_signed(i128 x, int s, bool round)
{
    if (s >= 0) {
        if (x == 0 || s < 64)
            return x * ((i128)1 << s);
        return x < 0 ? -((i128)1 << 100) : (i128)1 << 100;
    }
    unsigned r = (unsigned)-s;
    if (r > 64)    /* beyond every value: 0, or -1 from the sign unless rounding */
        return !round && x < 0 ? -1 : 0;
    return (x + (round ? (i128)1 << (r - 1) : 0)) >> r;
}

/* Right shift by 1..64 with optional rounding, on the exact value. */
static inline i128 shr_round(i128 x, unsigned s, bool round)
{
    return (x + (round ? (i128)1 << (s - 1) : 0)) >> s;
}

/* PolynomialMult of two n-bit values (n <= 32): the 2n-bit product. */
static inline uint64_t poly_mul(uint64_t a, uint64_t b, unsigned n)
{
    uint64_t r = 0;
    for (unsigned i = 0; i < n; i++)
        if ((b >> i) & 1)
            r ^= a << i;
    return r;
}

/* SQ(R)DMULH: SignedSatQ((2 * a * b + round_const) >> esize). SQRDMLAH/
 * SQRDMLSH: SignedSatQ(((acc << esize) +- 2 * a * b + round_const) >> esize),
 * one rounding of the exact sum. */
static inline uint64_t sqdmulh(int64_t a, int64_t b, unsigned n, bool round, bool *sat)
{
    i128 p = 2 * (i128)a * b + (round ? (i128)1 << (n - 1) : 0);
    return sat_s(p >> n, n, sat);
}

static inline uint64_t sqrdmlah(int64_t acc, int64_t a, int64_t b, unsigned n, bool sub,
                                bool *sat)
{
    i128 p = 2 * (i128)a * b;
    i128 x = (i128)acc * ((i128)1 << n) + (sub ? -p : p) + ((i128)1 << (n - 1));
    return sat_s(x >> n, n, sat);
}

/* SQDMULL (op 0): product = SignedSatQ(2 * a * b, 2N); SQDMLAL (op 1) and
 * SQDMLSL (op -1) then SignedSatQ(acc +- product, 2N); either saturation
 * sets QC. */
static inline uint64_t sqdmlal(int64_t acc, int64_t a, int64_t b, unsigned n2, int op,
                               bool *sat)
{
    i128 p = (int64_t)sat_s(2 * (i128)a * b, n2, sat);
    if (op == 0)
        return (uint64_t)p;
    return sat_s(op > 0 ? acc + p : acc - p, n2, sat);
}

#endif
