/*
 * test_softfloat_oracle.c — randomized comparison of the soft-float library
 * with the host's IEEE 754 binary32/binary64 hardware (x86-64 SSE, FMA3):
 * add, sub, mul, div, sqrt, fma, single<->double and integer<->FP
 * conversions in all four FPCR rounding modes, FZ = DN = 0.
 *
 * The host instructions run in inline asm with MXCSR loaded and stored in
 * the same asm statement (the test executables do not link libm, which is
 * where fesetround/fetestexcept/fma live, and this also keeps the compiler
 * from moving the operation across the mode change). MXCSR has DAZ = FTZ =
 * 0 and all exceptions masked, so SSE produces the IEEE default results.
 *
 * Compared: every result bit when the Arm result is not a NaN (a NaN must
 * be a NaN on the host too: x86's default NaN is negative and its
 * propagation rules differ, which IEEE leaves open), and the flags IEEE
 * defines identically: invalid (IOC/IE), divide by zero (DZC/ZE), overflow
 * (OFC/OE), inexact (IXC/PE), underflow (UFC/UE).
 *
 * Excluded, and counted: UFC in the one case where the two tininess rules
 * disagree. Arm detects tininess before rounding (the exact value is below
 * the smallest normal), x86 after rounding (the value rounded to the
 * format's precision with unbounded exponent is below it). They differ
 * exactly when the exact value is below 2^emin but rounds to +-2^emin; the
 * result bits still agree (both return +-2^emin) and Arm sets UFC while x86
 * does not. Also excluded, and counted: fma(inf, 0, qNaN), where IEEE 754
 * leaves the invalid exception to the implementation; Arm (FPMulAdd) returns
 * the default NaN with IOC, x86 returns the quiet NaN without IE. Integer results of out-of-range FP->int conversions differ by
 * definition (Arm saturates, x86 returns the "integer indefinite"), so only
 * the invalid flag is compared there.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>

#include "xnuemu/softfloat.h"

#if defined(__x86_64__)

enum { OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_SQRT, OP_FMA, OP_CVT, OP_I2F64, OP_I2F32,
       OP_F2I64, OP_F2I32, OP_COUNT };
static const char *const op_names[OP_COUNT] = { "add", "sub", "mul", "div", "sqrt", "fma",
                                                "cvt", "i64->fp", "i32->fp", "fp->i64",
                                                "fp->i32" };

static uint64_t rs = 0x2545f4914f6cdd1dull;
static uint64_t rnd(void)
{
    rs ^= rs << 13;
    rs ^= rs >> 7;
    rs ^= rs << 17;
    return rs;
}

/* --- the host: one asm statement per operation, MXCSR in and out --- */

/* Arm RMode -> MXCSR.RC (RN 00, RP 10, RM 01, RZ 11) */
static uint32_t mxcsr_for(unsigned rmode)
{
    static const uint32_t rc[4] = { 0, 2, 1, 3 };
    return 0x1f80u | rc[rmode] << 13;
}

/* MXCSR flags -> FPSR bits: IE->IOC, ZE->DZC, OE->OFC, UE->UFC, PE->IXC */
static uint32_t arm_flags(uint32_t mx)
{
    return (mx & 1) | ((mx >> 2) & 1) << 1 | ((mx >> 3) & 1) << 2 | ((mx >> 4) & 1) << 3 |
           ((mx >> 5) & 1) << 4;
}

#define HOST2(name, type, insn)                                                   \
    static type name(type a, type b, uint32_t in, uint32_t *out)                  \
    {                                                                             \
        __asm__ __volatile__("ldmxcsr %[i]\n\t" insn " %[b], %[a]\n\t stmxcsr %[o]"       \
                     : [a] "+x"(a), [o] "=m"(*out) : [b] "x"(b), [i] "m"(in));    \
        return a;                                                                 \
    }
HOST2(h_adds, float, "addss") HOST2(h_addd, double, "addsd")
HOST2(h_subs, float, "subss") HOST2(h_subd, double, "subsd")
HOST2(h_muls, float, "mulss") HOST2(h_muld, double, "mulsd")
HOST2(h_divs, float, "divss") HOST2(h_divd, double, "divsd")
HOST2(h_sqrts, float, "sqrtss") HOST2(h_sqrtd, double, "sqrtsd")   /* sqrt(b) */

/* acc + a*b with one rounding */
#define HOSTFMA(name, type, insn)                                                 \
    static type name(type acc, type a, type b, uint32_t in, uint32_t *out)        \
    {                                                                             \
        __asm__ __volatile__("ldmxcsr %[i]\n\t" insn " %[b], %[a], %[c]\n\t stmxcsr %[o]" \
                     : [c] "+x"(acc), [o] "=m"(*out) : [a] "x"(a), [b] "x"(b), [i] "m"(in)); \
        return acc;                                                               \
    }
HOSTFMA(h_fmas, float, "vfmadd231ss") HOSTFMA(h_fmad, double, "vfmadd231sd")

#define HOSTCVT(name, tin, tout, cons, insn)                                      \
    static tout name(tin a, uint32_t in, uint32_t *out)                           \
    {                                                                             \
        tout r;                                                                   \
        __asm__ __volatile__("ldmxcsr %[i]\n\t" insn " %[a], %[r]\n\t stmxcsr %[o]"       \
                     : [r] cons(r), [o] "=m"(*out) : [a] "x"(a), [i] "m"(in));    \
        return r;                                                                 \
    }
HOSTCVT(h_s2d, float, double, "=x", "cvtss2sd")
HOSTCVT(h_d2s, double, float, "=x", "cvtsd2ss")
HOSTCVT(h_s2i64, float, int64_t, "=r", "cvtss2si")
HOSTCVT(h_d2i64, double, int64_t, "=r", "cvtsd2si")
HOSTCVT(h_s2i32, float, int32_t, "=r", "cvtss2si")
HOSTCVT(h_d2i32, double, int32_t, "=r", "cvtsd2si")

#define HOSTI2F(name, tin, tout, insn)                                            \
    static tout name(tin a, uint32_t in, uint32_t *out)                           \
    {                                                                             \
        tout r = 0;                                                               \
        __asm__ __volatile__("ldmxcsr %[i]\n\t" insn " %[a], %[r]\n\t stmxcsr %[o]"       \
                     : [r] "+x"(r), [o] "=m"(*out) : [a] "r"(a), [i] "m"(in));    \
        return r;                                                                 \
    }
HOSTI2F(h_i64s, int64_t, float, "cvtsi2ssq") HOSTI2F(h_i64d, int64_t, double, "cvtsi2sdq")
HOSTI2F(h_i32s, int32_t, float, "cvtsi2ssl") HOSTI2F(h_i32d, int32_t, double, "cvtsi2sdl")

static uint64_t bits_f(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
static uint64_t bits_d(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }
static float f_bits(uint64_t u) { float f; uint32_t v = (uint32_t)u; memcpy(&f, &v, 4); return f; }
static double d_bits(uint64_t u) { double d; memcpy(&d, &u, 8); return d; }

/* --- operands --- */

static unsigned fbits(unsigned fmt) { return fmt == FP_S ? 23 : 52; }
static unsigned ebits(unsigned fmt) { return fmt == FP_S ? 8 : 11; }

static uint64_t mk(unsigned fmt, uint64_t sign, int64_t exp, uint64_t frac)
{
    unsigned f = fbits(fmt), e = ebits(fmt);
    int64_t emax = (1 << e) - 1;
    if (exp < 0) exp = 0;
    if (exp > emax) exp = emax;
    return sign << (f + e) | (uint64_t)exp << f | (frac & (((uint64_t)1 << f) - 1));
}

/* a fraction that is often short (ties) or long runs of ones (carries) */
static uint64_t frac(unsigned fmt)
{
    unsigned f = fbits(fmt);
    uint64_t m = rnd() & (((uint64_t)1 << f) - 1);
    switch (rnd() % 4) {
    case 0: return m;
    case 1: return m & ~(((uint64_t)1 << (rnd() % f)) - 1);
    case 2: return m | (((uint64_t)1 << (rnd() % f)) - 1);
    default: return (uint64_t)1 << (rnd() % f) | (rnd() & 1);
    }
}

/* an operand near biased exponent `centre` (< 0: anywhere) */
static uint64_t operand(unsigned fmt, int64_t centre)
{
    int64_t emax = (1 << ebits(fmt)) - 1, bias = emax >> 1;
    uint64_t s = rnd() & 1;
    switch (rnd() % 24) {
    case 0: return mk(fmt, s, 0, 0);
    case 1: return mk(fmt, s, 0, frac(fmt) | 1);                    /* denormal */
    case 2: return mk(fmt, s, emax, 0);                             /* infinity */
    case 3: return mk(fmt, s, emax, frac(fmt) | 1);                 /* NaN */
    case 4: return mk(fmt, s, emax - 1 - (int64_t)(rnd() % 3), frac(fmt));
    case 5: return mk(fmt, s, 1 + (int64_t)(rnd() % 3), frac(fmt));
    case 6: case 7: return mk(fmt, s, 1 + (int64_t)(rnd() % (uint64_t)(emax - 1)), frac(fmt));
    default:
        if (centre < 0)
            centre = bias;
        return mk(fmt, s, centre + (int64_t)(rnd() % 9) - 4, frac(fmt));
    }
}

static int64_t exp_of(unsigned fmt, uint64_t a)
{
    return (int64_t)(a >> fbits(fmt)) & ((1 << ebits(fmt)) - 1);
}

/* the second operand: near the first (add/sub), or placed so that the
 * result lands near the underflow or overflow threshold (mul/div) */
static uint64_t second(unsigned fmt, int op, uint64_t a)
{
    int64_t emax = (1 << ebits(fmt)) - 1, bias = emax >> 1, ea = exp_of(fmt, a);
    switch (rnd() % 4) {
    case 0: return operand(fmt, -1);
    case 1: return operand(fmt, ea);
    default:
        if (op == OP_MUL || op == OP_FMA)
            return operand(fmt, (rnd() & 1 ? 1 : emax - 1) + bias - ea);
        if (op == OP_DIV)
            return operand(fmt, ea - (rnd() & 1 ? 1 : emax - 1) + bias);
        return operand(fmt, ea - (int64_t)(rnd() % (fbits(fmt) + 4)));
    }
}

static uint64_t int_operand(void)
{
    uint64_t x = rnd();
    switch (rnd() % 4) {
    case 0: return x;
    case 1: return x >> (rnd() % 64);
    case 2: return -(x >> (rnd() % 64));
    default: return (x >> (rnd() % 64)) << (rnd() % 64);
    }
}

/* --- one comparison --- */

typedef struct Tally { unsigned long cases, tininess_excluded, fma_nan_excluded, failures; } Tally;

static uint64_t inf_bits(unsigned fmt)
{
    return (((uint64_t)1 << ebits(fmt)) - 1) << fbits(fmt);
}

static bool min_normal_magnitude(unsigned fmt, uint64_t r)
{
    return fp_abs(fmt, r) == (uint64_t)1 << fbits(fmt);
}

static void compare(Tally *t, int op, unsigned fmt, unsigned rmode, uint64_t a, uint64_t b,
                    uint64_t c, uint64_t arm, uint32_t arm_f, uint64_t host, uint32_t mx,
                    bool int_result)
{
    uint32_t host_f = arm_flags(mx);
    bool ok;
    t->cases++;
    if (int_result)     /* out of range: both must say invalid, values differ */
        ok = (arm_f & 1) ? host_f == arm_f : (host == arm && host_f == arm_f);
    else if (fp_is_nan(fmt, arm))
        ok = fp_is_nan(fmt, host) && host_f == arm_f;
    else
        ok = host == arm && host_f == arm_f;
    if (!ok && !int_result && host == arm && (arm_f ^ host_f) == 0x08 && (arm_f & 0x08) &&
        min_normal_magnitude(fmt, arm)) {
        t->tininess_excluded++;     /* tiny before rounding only: see the header */
        return;
    }
    if (!ok && op == OP_FMA && fp_is_nan(fmt, c) && fp_is_nan(fmt, host) && arm_f == 0x01 &&
        host_f == 0 && ((fp_abs(fmt, a) == 0 && fp_abs(fmt, b) == inf_bits(fmt)) ||
                        (fp_abs(fmt, b) == 0 && fp_abs(fmt, a) == inf_bits(fmt)))) {
        t->fma_nan_excluded++;      /* inf*0 + qNaN: see the header */
        return;
    }
    if (!ok && t->failures++ < 20)
        print_message("%s fmt %u rmode %u: a %#llx b %#llx c %#llx -> arm %#llx/%#x host "
                      "%#llx/%#x\n", op_names[op], fmt, rmode, (unsigned long long)a,
                      (unsigned long long)b, (unsigned long long)c, (unsigned long long)arm,
                      arm_f, (unsigned long long)host, host_f);
}

static void run_op(Tally *t, int op, unsigned fmt, unsigned rmode, bool have_fma)
{
    FpStatus st = { .fpcr = rmode << 22, .fpsr = 0 };
    uint32_t in = mxcsr_for(rmode), mx = 0;
    bool s = fmt == FP_S;
    uint64_t a = operand(fmt, -1), b = second(fmt, op, a), c = 0, arm = 0, host = 0;
    bool int_result = false;
    switch (op) {
    case OP_ADD:
        arm = fp_add(fmt, a, b, &st);
        host = s ? bits_f(h_adds(f_bits(a), f_bits(b), in, &mx))
                 : bits_d(h_addd(d_bits(a), d_bits(b), in, &mx));
        break;
    case OP_SUB:
        arm = fp_sub(fmt, a, b, &st);
        host = s ? bits_f(h_subs(f_bits(a), f_bits(b), in, &mx))
                 : bits_d(h_subd(d_bits(a), d_bits(b), in, &mx));
        break;
    case OP_MUL:
        arm = fp_mul(fmt, a, b, &st);
        host = s ? bits_f(h_muls(f_bits(a), f_bits(b), in, &mx))
                 : bits_d(h_muld(d_bits(a), d_bits(b), in, &mx));
        break;
    case OP_DIV:
        arm = fp_div(fmt, a, b, &st);
        host = s ? bits_f(h_divs(f_bits(a), f_bits(b), in, &mx))
                 : bits_d(h_divd(d_bits(a), d_bits(b), in, &mx));
        break;
    case OP_SQRT:
        arm = fp_sqrt(fmt, a, &st);
        host = s ? bits_f(h_sqrts(0, f_bits(a), in, &mx)) : bits_d(h_sqrtd(0, d_bits(a), in, &mx));
        break;
    case OP_FMA: {
        if (!have_fma)
            return;
        uint32_t mx0;
        c = operand(fmt, exp_of(fmt, a) + exp_of(fmt, b) - ((1 << ebits(fmt)) / 2 - 1));
        if (rnd() % 3 == 0) {       /* c near -(a*b): cancellation */
            uint64_t p = s ? bits_f(h_muls(f_bits(a), f_bits(b), mxcsr_for(0), &mx0))
                           : bits_d(h_muld(d_bits(a), d_bits(b), mxcsr_for(0), &mx0));
            c = fp_neg(fmt, p) + (rnd() % 5) - 2;
            if (s)
                c &= 0xffffffffu;
        }
        arm = fp_muladd(fmt, c, a, b, &st);
        host = s ? bits_f(h_fmas(f_bits(c), f_bits(a), f_bits(b), in, &mx))
                 : bits_d(h_fmad(d_bits(c), d_bits(a), d_bits(b), in, &mx));
        break;
    }
    case OP_CVT:
        if (s) {
            arm = fp_convert(FP_D, FP_S, a, FPR_FPCR, &st);
            host = bits_d(h_s2d(f_bits(a), in, &mx));
            fmt = FP_D;
        } else {
            a = operand(FP_D, (rnd() & 1 ? 1023 - 126 : 1023 + 127) + (int64_t)(rnd() % 5) - 2);
            arm = fp_convert(FP_S, FP_D, a, FPR_FPCR, &st);
            host = bits_f(h_d2s(d_bits(a), in, &mx));
            fmt = FP_S;
        }
        break;
    case OP_I2F64:
    case OP_I2F32: {
        unsigned ib = op == OP_I2F64 ? 64 : 32;
        a = int_operand();
        if (ib == 32)
            a &= 0xffffffffu;
        arm = fp_from_fixed(fmt, a, 0, false, ib, FPR_FPCR, &st);
        if (ib == 64)
            host = s ? bits_f(h_i64s((int64_t)a, in, &mx)) : bits_d(h_i64d((int64_t)a, in, &mx));
        else
            host = s ? bits_f(h_i32s((int32_t)a, in, &mx)) : bits_d(h_i32d((int32_t)a, in, &mx));
        break;
    }
    case OP_F2I64:
    case OP_F2I32: {
        unsigned ib = op == OP_F2I64 ? 64 : 32;
        int64_t bias = s ? 127 : 1023;
        if (rnd() & 1)
            a = operand(fmt, bias + (int64_t)(rnd() % (ib + 2)) - 2);
        arm = fp_to_fixed(fmt, a, 0, false, ib, FPR_FPCR, &st);
        if (ib == 64)
            host = (uint64_t)(s ? h_s2i64(f_bits(a), in, &mx) : h_d2i64(d_bits(a), in, &mx));
        else
            host = (uint32_t)(s ? h_s2i32(f_bits(a), in, &mx) : h_d2i32(d_bits(a), in, &mx));
        int_result = true;
        break;
    }
    }
    compare(t, op, fmt, rmode, a, b, c, arm, st.fpsr, host, mx, int_result);
}

#define CASES_PER_MODE 50000

static void host_oracle(void **state)
{
    (void)state;
    __builtin_cpu_init();
    bool have_fma = __builtin_cpu_supports("fma");
    unsigned long total = 0, excluded = 0, fma_nan = 0, failures = 0;
    for (int op = 0; op < OP_COUNT; op++) {
        for (unsigned fmt = FP_S; fmt <= FP_D; fmt++) {
            Tally t = { 0, 0, 0, 0 };
            for (unsigned rmode = 0; rmode < 4; rmode++)
                for (int i = 0; i < CASES_PER_MODE; i++)
                    run_op(&t, op, fmt, rmode, have_fma);
            total += t.cases;
            excluded += t.tininess_excluded;
            fma_nan += t.fma_nan_excluded;
            failures += t.failures;
            if (t.failures)
                print_message("%s fmt %u: %lu of %lu differ\n", op_names[op], fmt, t.failures,
                              t.cases);
        }
    }
    print_message("host oracle: %lu cases%s; excluded: %lu UFC (tininess before vs after "
                  "rounding), %lu fma(inf, 0, qNaN); %lu differ\n", total,
                  have_fma ? "" : " (no FMA3: fma skipped)", excluded, fma_nan, failures);
    assert_int_equal(failures, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = { cmocka_unit_test(host_oracle) };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

#else

static void host_oracle_skipped(void **state)
{
    (void)state;
    skip();
}

int main(void)
{
    const struct CMUnitTest tests[] = { cmocka_unit_test(host_oracle_skipped) };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

#endif
