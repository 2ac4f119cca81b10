/*
 * test_softfloat_qemu.c — replays golden vectors recorded from AArch64 FP
 * instructions run under qemu-aarch64 (an independent implementation of the
 * Arm rules, used only as an oracle) through the library, covering half
 * precision, FZ, DN and AHP, which the host oracle cannot. Each vector names
 * the instruction; the dispatcher below is how an instruction maps onto the
 * library (operand negations of FMSUB/FNMADD/FNMSUB, fixed rounding modes).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "xnuemu/softfloat.h"

typedef struct QemuVec {
    const char *insn;       /* mnemonic_<sizes>: h/s/d, w/x for integers */
    uint32_t fpcr;
    uint64_t a, b, c;       /* Vn/Rn, Vm, Va */
    uint64_t result;
    uint32_t fpsr;
} QemuVec;

#include "qemu_vectors_arith.h"
#include "qemu_vectors_cvt.h"

static unsigned fmt_of(char c) { return c == 'h' ? FP_H : c == 's' ? FP_S : FP_D; }

static uint64_t ones(unsigned fmt) { return fmt == FP_D ? ~0ull : (1ull << (8u << fmt)) - 1; }

static FpRound fcvt_mode(char c)
{
    switch (c) {
    case 'z': return FPR_ZERO;
    case 'n': return FPR_TIEEVEN;
    case 'p': return FPR_POSINF;
    case 'm': return FPR_NEGINF;
    default: return FPR_TIEAWAY;    /* 'a' */
    }
}

/* run one vector; returns false for a mnemonic this test does not know */
static bool run(const QemuVec *v, uint64_t *res, uint64_t *want, FpStatus *st)
{
    char base[32];
    const char *u = strrchr(v->insn, '_');
    size_t n = (size_t)(u - v->insn);
    memcpy(base, v->insn, n);
    base[n] = 0;
    const char *sfx = u + 1;
    unsigned f = fmt_of(sfx[0]);
    uint64_t a = v->a, b = v->b, c = v->c;
    *want = v->result;
#define IS(x) (strcmp(base, x) == 0)
    if (IS("fadd")) *res = fp_add(f, a, b, st);
    else if (IS("fsub")) *res = fp_sub(f, a, b, st);
    else if (IS("fmul")) *res = fp_mul(f, a, b, st);
    else if (IS("fdiv")) *res = fp_div(f, a, b, st);
    else if (IS("fmulx")) *res = fp_mulx(f, a, b, st);
    else if (IS("fmax")) *res = fp_max(f, a, b, st);
    else if (IS("fmin")) *res = fp_min(f, a, b, st);
    else if (IS("fmaxnm")) *res = fp_maxnum(f, a, b, st);
    else if (IS("fminnm")) *res = fp_minnum(f, a, b, st);
    else if (IS("frecps")) *res = fp_recip_step(f, a, b, st);
    else if (IS("frsqrts")) *res = fp_rsqrt_step(f, a, b, st);
    else if (IS("fcmeq")) *res = fp_compare_eq(f, a, b, st) ? ones(f) : 0;
    else if (IS("fcmge")) *res = fp_compare_ge(f, a, b, st) ? ones(f) : 0;
    else if (IS("fcmgt")) *res = fp_compare_gt(f, a, b, st) ? ones(f) : 0;
    /* FMADD d = a*b + c; FMSUB c - a*b; FNMADD -c - a*b; FNMSUB -c + a*b */
    else if (IS("fmadd")) *res = fp_muladd(f, c, a, b, st);
    else if (IS("fmsub")) *res = fp_muladd(f, c, fp_neg(f, a), b, st);
    else if (IS("fnmadd")) *res = fp_muladd(f, fp_neg(f, c), fp_neg(f, a), b, st);
    else if (IS("fnmsub")) *res = fp_muladd(f, fp_neg(f, c), a, b, st);
    else if (IS("fsqrt")) *res = fp_sqrt(f, a, st);
    else if (IS("frintn")) *res = fp_round_int(f, a, FPR_TIEEVEN, false, st);
    else if (IS("frintp")) *res = fp_round_int(f, a, FPR_POSINF, false, st);
    else if (IS("frintm")) *res = fp_round_int(f, a, FPR_NEGINF, false, st);
    else if (IS("frintz")) *res = fp_round_int(f, a, FPR_ZERO, false, st);
    else if (IS("frinta")) *res = fp_round_int(f, a, FPR_TIEAWAY, false, st);
    else if (IS("frintx")) *res = fp_round_int(f, a, FPR_FPCR, true, st);
    else if (IS("frinti")) *res = fp_round_int(f, a, FPR_FPCR, false, st);
    else if (IS("frecpe")) *res = fp_recip_estimate(f, a, st);
    else if (IS("frsqrte")) *res = fp_rsqrt_estimate(f, a, st);
    else if (IS("frecpx")) *res = fp_recpx(f, a, st);
    else if (IS("fcmp")) *res = fp_compare(f, a, b, false, st);     /* NZCV */
    else if (IS("fcmpe")) *res = fp_compare(f, a, b, true, st);
    else if (IS("fcvt")) *res = fp_convert(fmt_of(sfx[0]), fmt_of(sfx[1]), a, FPR_FPCR, st);
    else if (IS("fcvtxn")) *res = fp_convert(FP_S, FP_D, a, FPR_ODD, st);
    else if (!strcmp(sfx, "4h")) {  /* vector, lane 0 of 16-bit elements */
        bool is_u = base[0] == 'u' || base[5] == 'u';
        if (!strncmp(base, "fcvtz", 5))
            *res = fp_to_fixed(FP_H, a, 0, is_u, 16, FPR_ZERO, st);
        else
            *res = fp_from_fixed(FP_H, a, 0, is_u, 16, FPR_FPCR, st);
        *want &= 0xffff;
    } else if (!strncmp(base, "fcvt", 4)) {
        /* FCVT<mode><S|U>[fbits]_<w|x><h|s|d> */
        *res = fp_to_fixed(fmt_of(sfx[1]), a, (unsigned)atoi(base + 6), base[5] == 'u',
                           sfx[0] == 'w' ? 32 : 64, fcvt_mode(base[4]), st);
    } else if (!strncmp(base + 1, "cvtf", 4)) {
        /* SCVTF/UCVTF[fbits]_<h|s|d><w|x> */
        *res = fp_from_fixed(f, a, (unsigned)atoi(base + 5), base[0] == 'u',
                             sfx[1] == 'w' ? 32 : 64, FPR_FPCR, st);
    } else if (IS("urecpe")) {
        *res = fp_unsigned_recip_estimate((uint32_t)a);
        *want &= 0xffffffffu;
    } else if (IS("ursqrte")) {
        *res = fp_unsigned_rsqrt_estimate((uint32_t)a);
        *want &= 0xffffffffu;
    } else {
        return false;
    }
#undef IS
    return true;
}

/* Replay one table; returns how many vectors differ. */
static unsigned replay(const QemuVec *vec, unsigned n)
{
    unsigned bad = 0;
    for (unsigned i = 0; i < n; i++) {
        const QemuVec *v = &vec[i];
        FpStatus st = { .fpcr = v->fpcr, .fpsr = 0 };
        uint64_t res = 0, want = 0;
        assert_true(run(v, &res, &want, &st));
        if (res != want || st.fpsr != (v->fpsr & 0x9f)) {
            bad++;
            print_message("%s fpcr %#x a %#llx b %#llx c %#llx: got %#llx/%#x want %#llx/%#x\n",
                          v->insn, v->fpcr, (unsigned long long)v->a, (unsigned long long)v->b,
                          (unsigned long long)v->c, (unsigned long long)res, st.fpsr,
                          (unsigned long long)want, v->fpsr);
        }
    }
    return bad;
}

static void qemu_vectors_replay(void **state)
{
    (void)state;
    unsigned n_arith = sizeof qemu_vectors_arith / sizeof qemu_vectors_arith[0];
    unsigned n_cvt = sizeof qemu_vectors_cvt / sizeof qemu_vectors_cvt[0];
    unsigned bad = replay(qemu_vectors_arith, n_arith) + replay(qemu_vectors_cvt, n_cvt);
    print_message("qemu vectors: %u replayed, %u differ\n", n_arith + n_cvt, bad);
    assert_int_equal(bad, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = { cmocka_unit_test(qemu_vectors_replay) };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
