/*
 * exec_simd_three_sat.c — Advanced SIMD three same (vector and scalar)
 * forms that saturate or shift by register (Arm ARM C4.1.90; C7.2 pages
 * SQADD/UQADD/SQSUB/UQSUB, SSHL/USHL/SRSHL/URSHL, SQSHL/UQSHL/SQRSHL/UQRSHL
 * (register), SQDMULH/SQRDMULH (vector), and the Armv8.1 FEAT_RDM
 * SQRDMLAH/SQRDMLSH (vector)). Saturation sets FPSR.QC (J1 SignedSatQ).
 */
#include "simd.h"

SIMD_BIN(sqadd, sat_s((i128)(st)a + (st)b, NB, &sat))
SIMD_BIN(uqadd, sat_u((i128)a + b, NB, &sat))
SIMD_BIN(sqsub, sat_s((i128)(st)a - (st)b, NB, &sat))
SIMD_BIN(uqsub, sat_u((i128)a - b, NB, &sat))

/* shift = SInt(Elem[operand2]<7:0>); element = (x + round_const) << shift */
SIMD_BIN(sshl, shift_signed((st)a, (int8_t)b, false))
SIMD_BIN(ushl, shift_signed(a, (int8_t)b, false))
SIMD_BIN(srshl, shift_signed((st)a, (int8_t)b, true))
SIMD_BIN(urshl, shift_signed(a, (int8_t)b, true))
SIMD_BIN(sqshl, sat_s(shift_signed((st)a, (int8_t)b, false), NB, &sat))
SIMD_BIN(uqshl, sat_u(shift_signed(a, (int8_t)b, false), NB, &sat))
SIMD_BIN(sqrshl, sat_s(shift_signed((st)a, (int8_t)b, true), NB, &sat))
SIMD_BIN(uqrshl, sat_u(shift_signed(a, (int8_t)b, true), NB, &sat))

SIMD_BIN(sqdmulh, sqdmulh((st)a, (st)b, NB, false, &sat))
SIMD_BIN(sqrdmulh, sqdmulh((st)a, (st)b, NB, true, &sat))
SIMD_BIN(sqrdmlah, sqrdmlah((st)acc, (st)a, (st)b, NB, false, &sat))
SIMD_BIN(sqrdmlsh, sqrdmlah((st)acc, (st)a, (st)b, NB, true, &sat))

#define ROWS(X)                                                              \
    X(SQADD_v, sqadd, SQ_NO1D) X(UQADD_v, uqadd, SQ_NO1D)                    \
    X(SQSUB_v, sqsub, SQ_NO1D) X(UQSUB_v, uqsub, SQ_NO1D)                    \
    X(SSHL_v, sshl, SQ_NO1D) X(USHL_v, ushl, SQ_NO1D)                        \
    X(SRSHL_v, srshl, SQ_NO1D) X(URSHL_v, urshl, SQ_NO1D)                    \
    X(SQSHL_v, sqshl, SQ_NO1D) X(UQSHL_v, uqshl, SQ_NO1D)                    \
    X(SQRSHL_v, sqrshl, SQ_NO1D) X(UQRSHL_v, uqrshl, SQ_NO1D)                \
    X(SQDMULH_v, sqdmulh, SQ_HS) X(SQRDMULH_v, sqrdmulh, SQ_HS)              \
    X(SQRDMLAH_v, sqrdmlah, SQ_HS) X(SQRDMLSH_v, sqrdmlsh, SQ_HS)            \
    X(SQADD_sc, sqadd, SQ_ALL) X(UQADD_sc, uqadd, SQ_ALL)                    \
    X(SQSUB_sc, sqsub, SQ_ALL) X(UQSUB_sc, uqsub, SQ_ALL)                    \
    X(SSHL_sc, sshl, SQ_D) X(USHL_sc, ushl, SQ_D)                            \
    X(SRSHL_sc, srshl, SQ_D) X(URSHL_sc, urshl, SQ_D)                        \
    X(SQSHL_sc, sqshl, SQ_ALL) X(UQSHL_sc, uqshl, SQ_ALL)                    \
    X(SQRSHL_sc, sqrshl, SQ_ALL) X(UQRSHL_sc, uqrshl, SQ_ALL)                \
    X(SQDMULH_sc, sqdmulh, SQ_HS) X(SQRDMULH_sc, sqrdmulh, SQ_HS)            \
    X(SQRDMLAH_sc, sqrdmlah, SQ_HS) X(SQRDMLSH_sc, sqrdmlsh, SQ_HS)

static SimdPick pick(unsigned id)
{
    switch (id) {
#define PICK(row, fn, mask) case A64_##row: return (SimdPick){ fn##_tab, mask };
        ROWS(PICK)
#undef PICK
    }
    return (SimdPick){ NULL, 0 };
}

#define FALLBACK(row, fn, mask) EXEC(row) { return fn##_tab[di->sz](cpu, di); }
ROWS(FALLBACK)
#undef FALLBACK

/* Vector (Q = bit 30) and scalar (bit 28 set: one element) forms. */
PREP(prep_simd_3sat)
{
    (void)cpu;
    unsigned size = (di->raw >> 22) & 3, q = (di->raw >> 30) & 1;
    bool scalar = (di->raw >> 28) & 1;
    SimdPick p = pick(di->id);
    if (!p.tab || !sq_ok(p.mask, size, scalar ? 1 : q))
        return false;
    simd_prep_regs(di, f, size, q, scalar);
    di->exec = p.tab[size];
    return true;
}
