/*
 * cases_ldst_atomic.c — atomic memory operations LDADD, LDCLR, LDEOR,
 * LDSET, LDSMAX, LDSMIN, LDUMAX, LDUMIN, SWP (every size, every A/R
 * ordering, the ST<op> aliases with Rt = XZR) and LDAPR. Expected values
 * worked from the Arm ARM pseudocode (MemAtomic: old = Mem; Mem = op(old,
 * Rs) at the access size; Rt = ZeroExtend(old)); words from binutils.
 */
#include "insn_case.h"

#define D(off) (T_DATA + (off))
/* alignment fault: DFSC 0x21, FAR = the address, WnR = 0 (a read of the
 * address would have generated it: ESR_ELx.WnR for atomic instructions) */
#define ALIGN_RD(va) .exc = EXC(EC_DABT_SAME), .check_iss = true, .iss = 0x21, \
                     .far_valid = true, .far = (va)

#define A64V UINT64_C(0x8877665544332211)
#define N64V UINT64_C(0xfedcba9876543210)

static const InsnCase c[] = {
    /* LDADD */
    { "x", A64_LDADD, 0xf8200041, /* ldadd x0, x1, [x2] */
      .in = { { X(2), D(0x60) }, { X(0), 0x0101010101010101 } }, .mem_in = { { D(0x60), 8, A64V } },
      .out = { { X(1), A64V } }, .mem_out = { { D(0x60), 8, 0x8978675645342312 } } },
    { "x_al_wrap", A64_LDADD, 0xf8e00041, /* ldaddal x0, x1, [x2] */
      .in = { { X(2), D(0x60) }, { X(0), 1 } }, .mem_in = { { D(0x60), 8, ~0ull } },
      .out = { { X(1), ~0ull } }, .mem_out = { { D(0x60), 8, 0 } } },
    { "w_a_wrap_zero_ext", A64_LDADD, 0xb8a00041, /* ldadda w0, w1, [x2] */
      .in = { { X(2), D(0x60) }, { X(0), 0xffffffff00000002 } },
      .mem_in = { { D(0x60), 4, 0xffffffff } },
      .out = { { X(1), 0xffffffff } }, .mem_out = { { D(0x60), 4, 1 } } },
    { "h_l_wrap", A64_LDADD, 0x78600041, /* ldaddlh w0, w1, [x2] */
      .in = { { X(2), D(0x62) }, { X(0), 1 } }, .mem_in = { { D(0x62), 2, 0xffff } },
      .out = { { X(1), 0xffff } }, .mem_out = { { D(0x62), 2, 0 } } },
    { "b_al_wrap", A64_LDADD, 0x38e00041, /* ldaddalb w0, w1, [x2] */
      .in = { { X(2), D(0x63) }, { X(0), 0x80 } }, .mem_in = { { D(0x63), 1, 0x80 } },
      .out = { { X(1), 0x80 } }, .mem_out = { { D(0x63), 1, 0 } } },
    { "stadd_rt_zr", A64_LDADD, 0xf820005f, /* stadd x0, [x2] */
      .in = { { X(2), D(0x60) }, { X(0), 7 } }, .mem_in = { { D(0x60), 8, 5 } },
      .mem_out = { { D(0x60), 8, 12 } } },
    { "staddl_w", A64_LDADD, 0xb860005f, /* staddl w0, [x2] */
      .in = { { X(2), D(0x64) }, { X(0), 0x80000000 } }, .mem_in = { { D(0x64), 4, 0x80000000 } },
      .mem_out = { { D(0x64), 4, 0 } } },
    { "rs_eq_rt", A64_LDADD, 0xf8200040, /* ldadd x0, x0, [x2] */
      .in = { { X(2), D(0x60) }, { X(0), 5 } }, .mem_in = { { D(0x60), 8, 10 } },
      .out = { { X(0), 10 } }, .mem_out = { { D(0x60), 8, 15 } } },
    { "rs_zr", A64_LDADD, 0xf83f0041, /* ldadd xzr, x1, [x2] */
      .in = { { X(2), D(0x60) } }, .mem_in = { { D(0x60), 8, A64V } },
      .out = { { X(1), A64V } } },
    { "rn_sp", A64_LDADD, 0xf82003e1, /* ldadd x0, x1, [sp] */
      .in = { { SP, D(0x40) }, { X(0), 2 } }, .mem_in = { { D(0x40), 8, 3 } },
      .out = { { X(1), 3 } }, .mem_out = { { D(0x40), 8, 5 } } },
    { "w_misaligned", A64_LDADD, 0xb8200041, /* ldadd w0, w1, [x2] */
      .in = { { X(2), D(0x62) } }, ALIGN_RD(D(0x62)) },

    /* LDCLR: Mem = old AND NOT Rs */
    { "x", A64_LDCLR, 0xf8201041, /* ldclr x0, x1, [x2] */
      .in = { { X(2), D(0x68) }, { X(0), 0x00ff00ff00ff00ff } },
      .mem_in = { { D(0x68), 8, ~0ull } },
      .out = { { X(1), ~0ull } }, .mem_out = { { D(0x68), 8, 0xff00ff00ff00ff00 } } },
    { "w_a", A64_LDCLR, 0xb8a01041, /* ldclra w0, w1, [x2] */
      .in = { { X(2), D(0x68) }, { X(0), 0xffffffff0000ffff } },
      .mem_in = { { D(0x68), 4, 0x12345678 } },
      .out = { { X(1), 0x12345678 } }, .mem_out = { { D(0x68), 4, 0x12340000 } } },
    { "h_l", A64_LDCLR, 0x78601041, /* ldclrlh w0, w1, [x2] */
      .in = { { X(2), D(0x6a) }, { X(0), 1 } }, .mem_in = { { D(0x6a), 2, 0x8001 } },
      .out = { { X(1), 0x8001 } }, .mem_out = { { D(0x6a), 2, 0x8000 } } },
    { "b_al", A64_LDCLR, 0x38e01041, /* ldclralb w0, w1, [x2] */
      .in = { { X(2), D(0x6b) }, { X(0), 0xf0f } }, .mem_in = { { D(0x6b), 1, 0xff } },
      .out = { { X(1), 0xff } }, .mem_out = { { D(0x6b), 1, 0xf0 } } },
    { "stclr_rt_zr", A64_LDCLR, 0xf820105f, /* stclr x0, [x2] */
      .in = { { X(2), D(0x68) }, { X(0), 0x8000000000000001 } },
      .mem_in = { { D(0x68), 8, ~0ull } },
      .mem_out = { { D(0x68), 8, 0x7ffffffffffffffe } } },
    { "h_misaligned", A64_LDCLR, 0x78201041, /* ldclrh w0, w1, [x2] */
      .in = { { X(2), D(0x69) } }, ALIGN_RD(D(0x69)) },

    /* LDEOR */
    { "x", A64_LDEOR, 0xf8202041, /* ldeor x0, x1, [x2] */
      .in = { { X(2), D(0x70) }, { X(0), ~0ull } }, .mem_in = { { D(0x70), 8, A64V } },
      .out = { { X(1), A64V } }, .mem_out = { { D(0x70), 8, 0x778899aabbccddee } } },
    { "w_a_zero_ext", A64_LDEOR, 0xb8a02041, /* ldeora w0, w1, [x2] */
      .in = { { X(2), D(0x70) }, { X(0), 0xffffffff80000001 } },
      .mem_in = { { D(0x70), 4, 0x80000000 } },
      .out = { { X(1), 0x80000000 } }, .mem_out = { { D(0x70), 4, 1 } } },
    { "h_l", A64_LDEOR, 0x78602041, /* ldeorlh w0, w1, [x2] */
      .in = { { X(2), D(0x72) }, { X(0), 0xffff } }, .mem_in = { { D(0x72), 2, 0x00ff } },
      .out = { { X(1), 0x00ff } }, .mem_out = { { D(0x72), 2, 0xff00 } } },
    { "b_al", A64_LDEOR, 0x38e02041, /* ldeoralb w0, w1, [x2] */
      .in = { { X(2), D(0x73) }, { X(0), 0x5a } }, .mem_in = { { D(0x73), 1, 0x5a } },
      .out = { { X(1), 0x5a } }, .mem_out = { { D(0x73), 1, 0 } } },
    { "steorl_rt_zr", A64_LDEOR, 0xb860205f, /* steorl w0, [x2] */
      .in = { { X(2), D(0x74) }, { X(0), 0xf0f0f0f0 } }, .mem_in = { { D(0x74), 4, 0xffffffff } },
      .mem_out = { { D(0x74), 4, 0x0f0f0f0f } } },
    { "x_misaligned", A64_LDEOR, 0xf8202041, /* ldeor x0, x1, [x2] */
      .in = { { X(2), D(0x74) } }, ALIGN_RD(D(0x74)) },

    /* LDSET */
    { "x", A64_LDSET, 0xf8203041, /* ldset x0, x1, [x2] */
      .in = { { X(2), D(0x78) }, { X(0), 1 } }, .mem_in = { { D(0x78), 8, 0x8000000000000000 } },
      .out = { { X(1), 0x8000000000000000 } }, .mem_out = { { D(0x78), 8, 0x8000000000000001 } } },
    { "w_a", A64_LDSET, 0xb8a03041, /* ldseta w0, w1, [x2] */
      .in = { { X(2), D(0x78) }, { X(0), 0xffffffff000000ff } },
      .mem_in = { { D(0x78), 4, 0x0000ff00 } },
      .out = { { X(1), 0x0000ff00 } }, .mem_out = { { D(0x78), 4, 0x0000ffff } } },
    { "h_l", A64_LDSET, 0x78603041, /* ldsetlh w0, w1, [x2] */
      .in = { { X(2), D(0x7a) }, { X(0), 0x18000 } }, .mem_in = { { D(0x7a), 2, 1 } },
      .out = { { X(1), 1 } }, .mem_out = { { D(0x7a), 2, 0x8001 } } },
    { "b_al", A64_LDSET, 0x38e03041, /* ldsetalb w0, w1, [x2] */
      .in = { { X(2), D(0x7b) }, { X(0), 0x80 } }, .mem_in = { { D(0x7b), 1, 0x7f } },
      .out = { { X(1), 0x7f } }, .mem_out = { { D(0x7b), 1, 0xff } } },
    { "stsetb_rt_zr", A64_LDSET, 0x3820305f, /* stsetb w0, [x2] */
      .in = { { X(2), D(0x7b) }, { X(0), 0x101 } }, .mem_in = { { D(0x7b), 1, 0x10 } },
      .mem_out = { { D(0x7b), 1, 0x11 } } },
    { "w_misaligned", A64_LDSET, 0xb8203041, /* ldset w0, w1, [x2] */
      .in = { { X(2), D(0x7a) } }, ALIGN_RD(D(0x7a)) },

    /* LDSMAX: signed compare at the access size */
    { "x_min", A64_LDSMAX, 0xf8204041, /* ldsmax x0, x1, [x2] */
      .in = { { X(2), D(0x80) }, { X(0), 1 } }, .mem_in = { { D(0x80), 8, 0x8000000000000000 } },
      .out = { { X(1), 0x8000000000000000 } }, .mem_out = { { D(0x80), 8, 1 } } },
    { "x_keep_max", A64_LDSMAX, 0xf8604041, /* ldsmaxl x0, x1, [x2] */
      .in = { { X(2), D(0x80) }, { X(0), ~0ull } },
      .mem_in = { { D(0x80), 8, 0x7fffffffffffffff } },
      .out = { { X(1), 0x7fffffffffffffff } } },
    /* Rs<31:0> = 0x80000000 is INT32_MIN although X0 is positive */
    { "w_a_signed", A64_LDSMAX, 0xb8a04041, /* ldsmaxa w0, w1, [x2] */
      .in = { { X(2), D(0x80) }, { X(0), 0x0000000180000000 } },
      .mem_in = { { D(0x80), 4, 0xffffffff } },
      .out = { { X(1), 0xffffffff } } },
    { "h_l", A64_LDSMAX, 0x78604041, /* ldsmaxlh w0, w1, [x2] */
      .in = { { X(2), D(0x82) }, { X(0), 0x7fff } }, .mem_in = { { D(0x82), 2, 0x8000 } },
      .out = { { X(1), 0x8000 } }, .mem_out = { { D(0x82), 2, 0x7fff } } },
    { "b_al_low_byte", A64_LDSMAX, 0x38e04041, /* ldsmaxalb w0, w1, [x2] */
      .in = { { X(2), D(0x83) }, { X(0), 0xffffff01 } }, .mem_in = { { D(0x83), 1, 0x80 } },
      .out = { { X(1), 0x80 } }, .mem_out = { { D(0x83), 1, 0x01 } } },
    { "stsmax_rt_zr", A64_LDSMAX, 0xf820405f, /* stsmax x0, [x2] */
      .in = { { X(2), D(0x80) }, { X(0), (uint64_t)-3 } }, .mem_in = { { D(0x80), 8, 5 } } },
    { "x_misaligned", A64_LDSMAX, 0xf8204041, /* ldsmax x0, x1, [x2] */
      .in = { { X(2), D(0x81) } }, ALIGN_RD(D(0x81)) },

    /* LDSMIN */
    { "x_min", A64_LDSMIN, 0xf8205041, /* ldsmin x0, x1, [x2] */
      .in = { { X(2), D(0x88) }, { X(0), 0x8000000000000000 } }, .mem_in = { { D(0x88), 8, 1 } },
      .out = { { X(1), 1 } }, .mem_out = { { D(0x88), 8, 0x8000000000000000 } } },
    { "w_a_signed", A64_LDSMIN, 0xb8a05041, /* ldsmina w0, w1, [x2] */
      .in = { { X(2), D(0x88) }, { X(0), 0x80000000 } }, .mem_in = { { D(0x88), 4, 0x7fffffff } },
      .out = { { X(1), 0x7fffffff } }, .mem_out = { { D(0x88), 4, 0x80000000 } } },
    { "h_l_keep", A64_LDSMIN, 0x78605041, /* ldsminlh w0, w1, [x2] */
      .in = { { X(2), D(0x8a) }, { X(0), 1 } }, .mem_in = { { D(0x8a), 2, 0xffff } },
      .out = { { X(1), 0xffff } } },
    { "b_al_low_byte", A64_LDSMIN, 0x38e05041, /* ldsminalb w0, w1, [x2] */
      .in = { { X(2), D(0x8b) }, { X(0), 0x180 } }, .mem_in = { { D(0x8b), 1, 0x7f } },
      .out = { { X(1), 0x7f } }, .mem_out = { { D(0x8b), 1, 0x80 } } },
    { "stsminl_rt_zr", A64_LDSMIN, 0xb860505f, /* stsminl w0, [x2] */
      .in = { { X(2), D(0x8c) }, { X(0), 0xfffffffe } }, .mem_in = { { D(0x8c), 4, 0 } },
      .mem_out = { { D(0x8c), 4, 0xfffffffe } } },
    { "h_misaligned", A64_LDSMIN, 0x78205041, /* ldsminh w0, w1, [x2] */
      .in = { { X(2), D(0x8b) } }, ALIGN_RD(D(0x8b)) },

    /* LDUMAX: unsigned compare at the access size */
    { "x", A64_LDUMAX, 0xf8206041, /* ldumax x0, x1, [x2] */
      .in = { { X(2), D(0x90) }, { X(0), 0x8000000000000000 } },
      .mem_in = { { D(0x90), 8, 0x7fffffffffffffff } },
      .out = { { X(1), 0x7fffffffffffffff } }, .mem_out = { { D(0x90), 8, 0x8000000000000000 } } },
    /* Rs<31:0> = 0: the upper half of X0 takes no part */
    { "w_a_low_word", A64_LDUMAX, 0xb8a06041, /* ldumaxa w0, w1, [x2] */
      .in = { { X(2), D(0x90) }, { X(0), 0x100000000 } }, .mem_in = { { D(0x90), 4, 0xfffffffe } },
      .out = { { X(1), 0xfffffffe } } },
    { "h_l", A64_LDUMAX, 0x78606041, /* ldumaxlh w0, w1, [x2] */
      .in = { { X(2), D(0x92) }, { X(0), 0x8000 } }, .mem_in = { { D(0x92), 2, 0x7fff } },
      .out = { { X(1), 0x7fff } }, .mem_out = { { D(0x92), 2, 0x8000 } } },
    { "b_al", A64_LDUMAX, 0x38e06041, /* ldumaxalb w0, w1, [x2] */
      .in = { { X(2), D(0x93) }, { X(0), 0xff } }, .mem_in = { { D(0x93), 1, 1 } },
      .out = { { X(1), 1 } }, .mem_out = { { D(0x93), 1, 0xff } } },
    { "stumaxh_rt_zr", A64_LDUMAX, 0x7820605f, /* stumaxh w0, [x2] */
      .in = { { X(2), D(0x92) }, { X(0), 0x10001 } }, .mem_in = { { D(0x92), 2, 0 } },
      .mem_out = { { D(0x92), 2, 1 } } },
    { "w_misaligned", A64_LDUMAX, 0xb8206041, /* ldumax w0, w1, [x2] */
      .in = { { X(2), D(0x91) } }, ALIGN_RD(D(0x91)) },

    /* LDUMIN */
    { "x", A64_LDUMIN, 0xf8207041, /* ldumin x0, x1, [x2] */
      .in = { { X(2), D(0x98) }, { X(0), 0x7fffffffffffffff } },
      .mem_in = { { D(0x98), 8, 0x8000000000000000 } },
      .out = { { X(1), 0x8000000000000000 } }, .mem_out = { { D(0x98), 8, 0x7fffffffffffffff } } },
    { "w_a_low_word", A64_LDUMIN, 0xb8a07041, /* ldumina w0, w1, [x2] */
      .in = { { X(2), D(0x98) }, { X(0), 0xffffffff00000003 } }, .mem_in = { { D(0x98), 4, 5 } },
      .out = { { X(1), 5 } }, .mem_out = { { D(0x98), 4, 3 } } },
    { "h_l_unsigned", A64_LDUMIN, 0x78607041, /* lduminlh w0, w1, [x2] */
      .in = { { X(2), D(0x9a) }, { X(0), 0x7fff } }, .mem_in = { { D(0x9a), 2, 0x8000 } },
      .out = { { X(1), 0x8000 } }, .mem_out = { { D(0x9a), 2, 0x7fff } } },
    { "b_al_keep", A64_LDUMIN, 0x38e07041, /* lduminalb w0, w1, [x2] */
      .in = { { X(2), D(0x9b) }, { X(0), 0xff } }, .mem_in = { { D(0x9b), 1, 0 } },
      .out = { { X(1), 0 } } },
    { "stumin_rt_zr", A64_LDUMIN, 0xf820705f, /* stumin x0, [x2] */
      .in = { { X(2), D(0x98) }, { X(0), 0 } }, .mem_in = { { D(0x98), 8, ~0ull } },
      .mem_out = { { D(0x98), 8, 0 } } },
    { "x_misaligned", A64_LDUMIN, 0xf8207041, /* ldumin x0, x1, [x2] */
      .in = { { X(2), D(0x9c) } }, ALIGN_RD(D(0x9c)) },

    /* SWP: Mem = Rs, Rt = old */
    { "x", A64_SWP, 0xf8208041, /* swp x0, x1, [x2] */
      .in = { { X(2), D(0xa0) }, { X(0), N64V } }, .mem_in = { { D(0xa0), 8, A64V } },
      .out = { { X(1), A64V } }, .mem_out = { { D(0xa0), 8, N64V } } },
    { "w_a_zero_ext", A64_SWP, 0xb8a08041, /* swpa w0, w1, [x2] */
      .in = { { X(2), D(0xa4) }, { X(0), 0xffffffff12345678 } },
      .mem_in = { { D(0xa4), 4, 0x80000000 } },
      .out = { { X(1), 0x80000000 } }, .mem_out = { { D(0xa4), 4, 0x12345678 } } },
    { "h_l", A64_SWP, 0x78608041, /* swplh w0, w1, [x2] */
      .in = { { X(2), D(0xa2) }, { X(0), 0xabcd } }, .mem_in = { { D(0xa2), 2, 0xffff } },
      .out = { { X(1), 0xffff } }, .mem_out = { { D(0xa2), 2, 0xabcd } } },
    { "b_al", A64_SWP, 0x38e08041, /* swpalb w0, w1, [x2] */
      .in = { { X(2), D(0xa3) }, { X(0), 0x100 } }, .mem_in = { { D(0xa3), 1, 0x80 } },
      .out = { { X(1), 0x80 } }, .mem_out = { { D(0xa3), 1, 0 } } },
    { "rs_eq_rt", A64_SWP, 0xf8208040, /* swp x0, x0, [x2] */
      .in = { { X(2), D(0xa0) }, { X(0), N64V } }, .mem_in = { { D(0xa0), 8, A64V } },
      .out = { { X(0), A64V } }, .mem_out = { { D(0xa0), 8, N64V } } },
    { "rt_zr", A64_SWP, 0xf820805f, /* swp x0, xzr, [x2] */
      .in = { { X(2), D(0xa0) }, { X(0), N64V } }, .mem_out = { { D(0xa0), 8, N64V } } },
    { "rs_zr_rn_sp", A64_SWP, 0xf83f83e1, /* swp xzr, x1, [sp] */
      .in = { { SP, D(0x40) } }, .mem_in = { { D(0x40), 8, A64V } },
      .out = { { X(1), A64V } }, .mem_out = { { D(0x40), 8, 0 } } },
    { "h_misaligned", A64_SWP, 0x78208041, /* swph w0, w1, [x2] */
      .in = { { X(2), D(0xa3) } }, ALIGN_RD(D(0xa3)) },

    /* LDAPR */
    { "x", A64_LDAPR, 0xf8bfc020, /* ldapr x0, [x1] */
      .in = { { X(1), D(0xb0) } }, .mem_in = { { D(0xb0), 8, A64V } },
      .out = { { X(0), A64V } } },
    { "w_zero_ext", A64_LDAPR, 0xb8bfc020, /* ldapr w0, [x1] */
      .in = { { X(1), D(0xb4) } }, .mem_in = { { D(0xb4), 4, 0x80000000 } },
      .out = { { X(0), 0x80000000 } } },
    { "h", A64_LDAPR, 0x78bfc020, /* ldaprh w0, [x1] */
      .in = { { X(1), D(0xb2) } }, .mem_in = { { D(0xb2), 2, 0xfedc } },
      .out = { { X(0), 0xfedc } } },
    { "b", A64_LDAPR, 0x38bfc020, /* ldaprb w0, [x1] */
      .in = { { X(1), D(0xb3) } }, .mem_in = { { D(0xb3), 1, 0xee } },
      .out = { { X(0), 0xee } } },
    { "rn_sp", A64_LDAPR, 0xf8bfc3e5, /* ldapr x5, [sp] */
      .in = { { SP, D(0x40) } }, .mem_in = { { D(0x40), 8, N64V } },
      .out = { { X(5), N64V } } },
    { "rt_eq_rn", A64_LDAPR, 0xf8bfc021, /* ldapr x1, [x1] */
      .in = { { X(1), D(0xb0) } }, .mem_in = { { D(0xb0), 8, 7 } }, .out = { { X(1), 7 } } },
    { "x_misaligned", A64_LDAPR, 0xf8bfc020, /* ldapr x0, [x1] */
      .in = { { X(1), D(0xb4) } }, ALIGN_RD(D(0xb4)) },
};

CASE_SET(ldst_atomic, c);
