/*
 * sf_check.h — helpers for the soft-float tests: CK(fpcr, call, want,
 * flags) runs `call` (which uses `&st`) with FPCR = fpcr and compares the
 * result bits and the FPSR flags raised; every mismatch is printed and
 * SF_DONE() fails the test if there was any.
 */
#ifndef SF_CHECK_H
#define SF_CHECK_H

#include <stdio.h>
#include <stdint.h>

/* FPCR */
#define AHP (1u << 26)
#define DN  (1u << 25)
#define FZ  (1u << 24)
#define RN  (0u << 22)
#define RP  (1u << 22)
#define RM  (2u << 22)
#define RZ  (3u << 22)
/* FPSR */
#define IOC 0x01u
#define DZC 0x02u
#define OFC 0x04u
#define UFC 0x08u
#define IXC 0x10u
#define IDC 0x80u

static int sf_failures;

static void sf_expect(int line, const char *what, uint64_t got, uint32_t gflags, uint64_t want,
                      uint32_t wflags)
{
    if (got == want && gflags == wflags)
        return;
    sf_failures++;
    print_message("line %d: %s\n    got %#llx flags %#x, want %#llx flags %#x\n", line, what,
                  (unsigned long long)got, gflags, (unsigned long long)want, wflags);
}

#define CK(fpcr_v, call, want, wflags)                                          \
    do {                                                                        \
        FpStatus st = { .fpcr = (fpcr_v), .fpsr = 0 };                          \
        uint64_t got_ = (uint64_t)(call);                                       \
        sf_expect(__LINE__, #call, got_, st.fpsr, (want), (wflags));            \
    } while (0)

#define SF_DONE()                                                               \
    do {                                                                        \
        int n_ = sf_failures;                                                   \
        sf_failures = 0;                                                        \
        assert_int_equal(n_, 0);                                                \
    } while (0)

#endif
