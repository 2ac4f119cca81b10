/*
 * cases_ldst_excl.c — LDXR/LDAXR/STXR/STLXR, LDXP/LDAXP/STXP/STLXP, LDAR/
 * STLR/LDLAR/STLLR, CAS*, CASP*. Expected values from the Arm ARM pseudocode
 * (C6.2 pages, AArch64.ExclusiveMonitorsPass, B2.5 alignment); words from
 * tools/asm-words, reserved forms built by hand and checked with objdump.
 * Monitor sequences live in tests/cpu/test_excl_monitor.c.
 */
#include "insn_case.h"

#define D(off) (T_DATA + (off))
#define UNDEF .exc = EXC(EC_UNKNOWN), .check_iss = true, .iss = 0
/* alignment fault: data abort, DFSC 0x21, FAR = the address; ISS.WnR (bit
 * 6) set for stores and store-exclusives, clear for loads and for the
 * read-modify-write CAS/CASP (a read of the address would fault too) */
#define ALIGN_RD(va) .exc = EXC(EC_DABT_SAME), .check_iss = true, .iss = 0x21, \
                     .far_valid = true, .far = (va)
#define ALIGN_WR(va) .exc = EXC(EC_DABT_SAME), .check_iss = true, .iss = 0x61, \
                     .far_valid = true, .far = (va)
/* SP alignment fault with SCTLR_EL1.SA set (reset value | SA) */
#define SP_ALIGN .exc = EXC(EC_SP_ALIGN), .check_iss = true, .iss = 0, \
                 .sr_in = { { SR_SCTLR_EL1, 0x30d00800 | SCTLR_SA } }

#define A64V UINT64_C(0x8877665544332211)
#define B64V UINT64_C(0x0123456789abcdef)
#define N64V UINT64_C(0xfedcba9876543210)

static const InsnCase c[] = {
    /* LDXR: Rt = ZeroExtend(Mem[Rn, size]); arms the monitor */
    { "x", A64_LDXR, 0xc85f7c20, /* ldxr x0, [x1] */
      .in = { { X(1), D(0x10) } }, .mem_in = { { D(0x10), 8, A64V } },
      .out = { { X(0), A64V } } },
    { "w_zero_ext", A64_LDXR, 0x885f7c20, /* ldxr w0, [x1] */
      .in = { { X(1), D(0x10) } }, .mem_in = { { D(0x10), 4, 0x80000001 } },
      .out = { { X(0), 0x80000001 } } },
    { "h", A64_LDXR, 0x485f7c62, /* ldxrh w2, [x3] */
      .in = { { X(3), D(0x12) } }, .mem_in = { { D(0x12), 2, 0xfffe } },
      .out = { { X(2), 0xfffe } } },
    { "b", A64_LDXR, 0x085f7ca4, /* ldxrb w4, [x5] */
      .in = { { X(5), D(0x13) } }, .mem_in = { { D(0x13), 1, 0x80 } },
      .out = { { X(4), 0x80 } } },
    { "rn_sp", A64_LDXR, 0xc85f7fe0, /* ldxr x0, [sp] */
      .in = { { SP, D(0x40) } }, .mem_in = { { D(0x40), 8, B64V } },
      .out = { { X(0), B64V } } },
    { "rt_zr", A64_LDXR, 0xc85f7c3f, /* ldxr xzr, [x1] */
      .in = { { X(1), D(0x10) } }, .mem_in = { { D(0x10), 8, A64V } } },
    { "misaligned", A64_LDXR, 0xc85f7c20, /* ldxr x0, [x1] */
      .in = { { X(1), D(0x14) } }, ALIGN_RD(D(0x14)) },
    { "h_misaligned", A64_LDXR, 0x485f7c20, /* ldxrh w0, [x1] */
      .in = { { X(1), D(0x11) } }, ALIGN_RD(D(0x11)) },
    { "sp_misaligned", A64_LDXR, 0xc85f7fe0, /* ldxr x0, [sp] */
      .in = { { SP, D(0x48) } }, SP_ALIGN },

    /* LDAXR */
    { "x", A64_LDAXR, 0xc85ffce6, /* ldaxr x6, [x7] */
      .in = { { X(7), D(0x18) } }, .mem_in = { { D(0x18), 8, N64V } },
      .out = { { X(6), N64V } } },
    { "w_zero_ext", A64_LDAXR, 0x885ffce6, /* ldaxr w6, [x7] */
      .in = { { X(7), D(0x18) } }, .mem_in = { { D(0x18), 4, 0xfedcba98 } },
      .out = { { X(6), 0xfedcba98 } } },
    { "h", A64_LDAXR, 0x485ffce6, /* ldaxrh w6, [x7] */
      .in = { { X(7), D(0x1e) } }, .mem_in = { { D(0x1e), 2, 0x8000 } },
      .out = { { X(6), 0x8000 } } },
    { "b", A64_LDAXR, 0x085ffce6, /* ldaxrb w6, [x7] */
      .in = { { X(7), D(0x1f) } }, .mem_in = { { D(0x1f), 1, 0xff } },
      .out = { { X(6), 0xff } } },
    { "w_misaligned", A64_LDAXR, 0x885ffc20, /* ldaxr w0, [x1] */
      .in = { { X(1), D(0x12) } }, ALIGN_RD(D(0x12)) },
    { "rn_sp", A64_LDAXR, 0x885fffe0, /* ldaxr w0, [sp] */
      .in = { { SP, D(0x40) } }, .mem_in = { { D(0x40), 4, 0x7fffffff } },
      .out = { { X(0), 0x7fffffff } } },

    /* STXR: store and Ws = 0 only when the monitor holds this PA and size */
    { "x_pass", A64_STXR, 0xc8007c22, /* stxr w0, x2, [x1] */
      .pre = { 0xc85f7c29, /* ldxr x9, [x1] */ },
      .in = { { X(1), D(0x10) }, { X(2), N64V } }, .mem_in = { { D(0x10), 8, A64V } },
      .out = { { X(9), A64V }, { X(0), 0 } }, .mem_out = { { D(0x10), 8, N64V } } },
    { "w_pass", A64_STXR, 0x88007c22, /* stxr w0, w2, [x1] */
      .pre = { 0x885f7c29, /* ldxr w9, [x1] */ },
      .in = { { X(1), D(0x10) }, { X(2), 0xffffffff12345678 } },
      .mem_in = { { D(0x10), 4, 0xcafef00d } },
      .out = { { X(9), 0xcafef00d }, { X(0), 0 } }, .mem_out = { { D(0x10), 4, 0x12345678 } } },
    { "h_pass", A64_STXR, 0x48007c22, /* stxrh w0, w2, [x1] */
      .pre = { 0x485f7c29, /* ldxrh w9, [x1] */ },
      .in = { { X(1), D(0x16) }, { X(2), 0x12345678 } }, .mem_in = { { D(0x16), 2, 0xbeef } },
      .out = { { X(9), 0xbeef }, { X(0), 0 } }, .mem_out = { { D(0x16), 2, 0x5678 } } },
    { "b_pass", A64_STXR, 0x08007c22, /* stxrb w0, w2, [x1] */
      .pre = { 0x085f7c29, /* ldxrb w9, [x1] */ },
      .in = { { X(1), D(0x17) }, { X(2), 0xaa } }, .mem_in = { { D(0x17), 1, 0x11 } },
      .out = { { X(9), 0x11 }, { X(0), 0 } }, .mem_out = { { D(0x17), 1, 0xaa } } },
    { "fail_no_monitor", A64_STXR, 0xc8007c22, /* stxr w0, x2, [x1] */
      .in = { { X(1), D(0x10) }, { X(2), N64V } }, .out = { { X(0), 1 } } },
    { "fail_size_mismatch", A64_STXR, 0x88007c22, /* stxr w0, w2, [x1] */
      .pre = { 0xc85f7c29, /* ldxr x9, [x1] */ },
      .in = { { X(1), D(0x10) }, { X(2), N64V } }, .mem_in = { { D(0x10), 8, A64V } },
      .out = { { X(9), A64V }, { X(0), 1 } } },
    { "fail_other_addr", A64_STXR, 0xc8007c62, /* stxr w0, x2, [x3] */
      .pre = { 0xc85f7c29, /* ldxr x9, [x1] */ },
      .in = { { X(1), D(0x10) }, { X(2), N64V }, { X(3), D(0x18) } },
      .mem_in = { { D(0x10), 8, A64V } }, .out = { { X(9), A64V }, { X(0), 1 } } },
    { "fail_after_clrex", A64_STXR, 0xc8007c22, /* stxr w0, x2, [x1] */
      .pre = { 0xc85f7c29, /* ldxr x9, [x1] */ 0xd5033f5f, /* clrex */ },
      .in = { { X(1), D(0x10) }, { X(2), N64V } }, .mem_in = { { D(0x10), 8, A64V } },
      .out = { { X(9), A64V }, { X(0), 1 } } },
    { "rs_zr", A64_STXR, 0xc81f7c22, /* stxr wzr, x2, [x1] */
      .pre = { 0xc85f7c29, /* ldxr x9, [x1] */ },
      .in = { { X(1), D(0x10) }, { X(2), N64V } }, .mem_in = { { D(0x10), 8, A64V } },
      .out = { { X(9), A64V } }, .mem_out = { { D(0x10), 8, N64V } } },
    { "rt_zr", A64_STXR, 0xc8007c3f, /* stxr w0, xzr, [x1] */
      .pre = { 0xc85f7c29, /* ldxr x9, [x1] */ },
      .in = { { X(1), D(0x10) } }, .mem_in = { { D(0x10), 8, A64V } },
      .out = { { X(9), A64V }, { X(0), 0 } }, .mem_out = { { D(0x10), 8, 0 } } },
    /* Rs = 31 with Rn = SP is not Unpredictable_BASEOVERLAP (n == 31) */
    { "rn_sp_rs_zr", A64_STXR, 0xc81f7fe2, /* stxr wzr, x2, [sp] */
      .pre = { 0xc85f7fe9, /* ldxr x9, [sp] */ },
      .in = { { SP, D(0x40) }, { X(2), N64V } }, .mem_in = { { D(0x40), 8, A64V } },
      .out = { { X(9), A64V } }, .mem_out = { { D(0x40), 8, N64V } } },
    { "misaligned_no_monitor", A64_STXR, 0xc8007c22, /* stxr w0, x2, [x1] */
      .in = { { X(1), D(0x14) } }, ALIGN_WR(D(0x14)) },
    { "rs_eq_rt_undef", A64_STXR, 0xc8007c20, /* stxr w0, x0, [x1] */ UNDEF },
    { "rs_eq_rn_undef", A64_STXR, 0xc8017c22, /* stxr w1, x2, [x1] */ UNDEF },
    { "rs_eq_rt_zr_undef", A64_STXR, 0xc81f7c3f, /* stxr wzr, xzr, [x1] */ UNDEF },

    /* STLXR */
    { "x_pass", A64_STLXR, 0xc800fc22, /* stlxr w0, x2, [x1] */
      .pre = { 0xc85ffc29, /* ldaxr x9, [x1] */ },
      .in = { { X(1), D(0x20) }, { X(2), B64V } }, .mem_in = { { D(0x20), 8, A64V } },
      .out = { { X(9), A64V }, { X(0), 0 } }, .mem_out = { { D(0x20), 8, B64V } } },
    { "w_pass", A64_STLXR, 0x8803fc22, /* stlxr w3, w2, [x1] */
      .pre = { 0x885ffc29, /* ldaxr w9, [x1] */ },
      .in = { { X(1), D(0x24) }, { X(2), 0x8000000180000002 } },
      .mem_in = { { D(0x24), 4, 7 } },
      .out = { { X(9), 7 }, { X(3), 0 } }, .mem_out = { { D(0x24), 4, 0x80000002 } } },
    { "h_fail_no_monitor", A64_STLXR, 0x4800fc22, /* stlxrh w0, w2, [x1] */
      .in = { { X(1), D(0x20) }, { X(2), 0x1234 } }, .out = { { X(0), 1 } } },
    { "b_pass", A64_STLXR, 0x0800fc22, /* stlxrb w0, w2, [x1] */
      .pre = { 0x085ffc29, /* ldaxrb w9, [x1] */ },
      .in = { { X(1), D(0x21) }, { X(2), 0x3ff } }, .mem_in = { { D(0x21), 1, 0 } },
      .out = { { X(9), 0 }, { X(0), 0 } }, .mem_out = { { D(0x21), 1, 0xff } } },
    { "h_misaligned", A64_STLXR, 0x4800fc22, /* stlxrh w0, w2, [x1] */
      .in = { { X(1), D(0x21) } }, ALIGN_WR(D(0x21)) },
    { "rs_eq_rt_undef", A64_STLXR, 0xc802fc22, /* stlxr w2, x2, [x1] */ UNDEF },

    /* LDXP: two registers from one single-copy-atomic access */
    { "x", A64_LDXP, 0xc87f0440, /* ldxp x0, x1, [x2] */
      .in = { { X(2), D(0x20) } }, .mem_in = { { D(0x20), 8, A64V }, { D(0x28), 8, B64V } },
      .out = { { X(0), A64V }, { X(1), B64V } } },
    { "w_zero_ext", A64_LDXP, 0x887f0440, /* ldxp w0, w1, [x2] */
      .in = { { X(2), D(0x20) } }, .mem_in = { { D(0x20), 8, 0x80000001fffffffe } },
      .out = { { X(0), 0xfffffffe }, { X(1), 0x80000001 } } },
    { "x_misaligned8", A64_LDXP, 0xc87f0440, /* ldxp x0, x1, [x2] */
      .in = { { X(2), D(0x28) } }, ALIGN_RD(D(0x28)) },
    { "w_misaligned4", A64_LDXP, 0x887f0440, /* ldxp w0, w1, [x2] */
      .in = { { X(2), D(0x24) } }, ALIGN_RD(D(0x24)) },
    { "rn_sp", A64_LDXP, 0xc87f13e3, /* ldxp x3, x4, [sp] */
      .in = { { SP, D(0x40) } }, .mem_in = { { D(0x40), 8, N64V }, { D(0x48), 8, A64V } },
      .out = { { X(3), N64V }, { X(4), A64V } } },
    { "rt_zr", A64_LDXP, 0xc87f045f, /* ldxp xzr, x1, [x2] */
      .in = { { X(2), D(0x20) } }, .mem_in = { { D(0x20), 8, A64V }, { D(0x28), 8, B64V } },
      .out = { { X(1), B64V } } },
    { "rt_eq_rt2_undef", A64_LDXP, 0xc87f0040, /* ldxp x0, x0, [x2] */ UNDEF },
    { "w_rt_eq_rt2_undef", A64_LDXP, 0x887f0040, /* ldxp w0, w0, [x2] */ UNDEF },

    /* LDAXP */
    { "x", A64_LDAXP, 0xc87f98e5, /* ldaxp x5, x6, [x7] */
      .in = { { X(7), D(0x30) } }, .mem_in = { { D(0x30), 8, B64V }, { D(0x38), 8, N64V } },
      .out = { { X(5), B64V }, { X(6), N64V } } },
    { "w_zero_ext", A64_LDAXP, 0x887f98e5, /* ldaxp w5, w6, [x7] */
      .in = { { X(7), D(0x38) } }, .mem_in = { { D(0x38), 8, 0xffffffff00000000 } },
      .out = { { X(5), 0 }, { X(6), 0xffffffff } } },
    { "x_misaligned8", A64_LDAXP, 0xc87f8440, /* ldaxp x0, x1, [x2] */
      .in = { { X(2), D(0x8) } }, ALIGN_RD(D(0x8)) },
    { "rt_eq_rt2_undef", A64_LDAXP, 0xc87f8040, /* ldaxp x0, x0, [x2] */ UNDEF },

    /* STXP: Mem[Rn, 2 * size] = Rt2:Rt when the monitor passes */
    { "x_pass", A64_STXP, 0xc8201043, /* stxp w0, x3, x4, [x2] */
      .pre = { 0xc87f2849, /* ldxp x9, x10, [x2] */ },
      .in = { { X(2), D(0x20) }, { X(3), N64V }, { X(4), 0x1111222233334444 } },
      .mem_in = { { D(0x20), 8, A64V }, { D(0x28), 8, B64V } },
      .out = { { X(9), A64V }, { X(10), B64V }, { X(0), 0 } },
      .mem_out = { { D(0x20), 8, N64V }, { D(0x28), 8, 0x1111222233334444 } } },
    { "w_pass", A64_STXP, 0x88201043, /* stxp w0, w3, w4, [x2] */
      .pre = { 0x887f2849, /* ldxp w9, w10, [x2] */ },
      .in = { { X(2), D(0x28) }, { X(3), 0xdeadbeef00000011 }, { X(4), 0xcafebabe00000022 } },
      .mem_in = { { D(0x28), 8, 0x0000000200000001 } },
      .out = { { X(9), 1 }, { X(10), 2 }, { X(0), 0 } },
      .mem_out = { { D(0x28), 8, 0x0000002200000011 } } },
    { "fail_no_monitor", A64_STXP, 0xc8201043, /* stxp w0, x3, x4, [x2] */
      .in = { { X(2), D(0x20) } }, .out = { { X(0), 1 } } },
    { "fail_size_mismatch", A64_STXP, 0xc8201043, /* stxp w0, x3, x4, [x2] */
      .pre = { 0x887f2849, /* ldxp w9, w10, [x2] */ },
      .in = { { X(2), D(0x20) } }, .mem_in = { { D(0x20), 8, 0x0000000400000003 } },
      .out = { { X(9), 3 }, { X(10), 4 }, { X(0), 1 } } },
    { "x_misaligned8", A64_STXP, 0xc8201043, /* stxp w0, x3, x4, [x2] */
      .in = { { X(2), D(0x28) } }, ALIGN_WR(D(0x28)) },
    { "rn_sp", A64_STXP, 0xc82513e3, /* stxp w5, x3, x4, [sp] */
      .pre = { 0xc87f2be9, /* ldxp x9, x10, [sp] */ },
      .in = { { SP, D(0x40) }, { X(3), 0x33 }, { X(4), 0x44 } },
      .mem_in = { { D(0x40), 8, A64V }, { D(0x48), 8, B64V } },
      .out = { { X(9), A64V }, { X(10), B64V }, { X(5), 0 } },
      .mem_out = { { D(0x40), 8, 0x33 }, { D(0x48), 8, 0x44 } } },
    { "rs_eq_rt2_undef", A64_STXP, 0xc8241043, /* stxp w4, x3, x4, [x2] */ UNDEF },
    { "rs_eq_rn_undef", A64_STXP, 0xc8221043, /* stxp w2, x3, x4, [x2] */ UNDEF },

    /* STLXP */
    { "x_pass", A64_STLXP, 0xc8209043, /* stlxp w0, x3, x4, [x2] */
      .pre = { 0xc87fa849, /* ldaxp x9, x10, [x2] */ },
      .in = { { X(2), D(0x30) }, { X(3), 1 }, { X(4), ~0ull } },
      .mem_in = { { D(0x30), 8, A64V }, { D(0x38), 8, B64V } },
      .out = { { X(9), A64V }, { X(10), B64V }, { X(0), 0 } },
      .mem_out = { { D(0x30), 8, 1 }, { D(0x38), 8, ~0ull } } },
    { "w_pass", A64_STLXP, 0x88209043, /* stlxp w0, w3, w4, [x2] */
      .pre = { 0x887fa849, /* ldaxp w9, w10, [x2] */ },
      .in = { { X(2), D(0x30) }, { X(3), 0xffffffff }, { X(4), 0x100000000 } },
      .mem_in = { { D(0x30), 8, 0 } },
      .out = { { X(9), 0 }, { X(10), 0 }, { X(0), 0 } },
      .mem_out = { { D(0x30), 8, 0x00000000ffffffff } } },
    { "w_fail_no_monitor", A64_STLXP, 0x88219043, /* stlxp w1, w3, w4, [x2] */
      .in = { { X(2), D(0x30) } }, .out = { { X(1), 1 } } },
    { "w_misaligned4", A64_STLXP, 0x88219043, /* stlxp w1, w3, w4, [x2] */
      .in = { { X(2), D(0x34) } }, ALIGN_WR(D(0x34)) },
    { "rs_eq_rt_undef", A64_STLXP, 0xc8239043, /* stlxp w3, x3, x4, [x2] */ UNDEF },

    /* CASP: compare Rs:Rs+1 with the pair, store Rt:Rt+1 if equal; Rs
     * pair gets the old value. Odd Rs/Rt: UNDEFINED */
    { "x_match", A64_CASP, 0x48207c82, /* casp x0, x1, x2, x3, [x4] */
      .in = { { X(4), D(0x30) }, { X(0), A64V }, { X(1), B64V }, { X(2), N64V },
              { X(3), 0x1111222233334444 } },
      .mem_in = { { D(0x30), 8, A64V }, { D(0x38), 8, B64V } },
      .out = { { X(0), A64V }, { X(1), B64V } },
      .mem_out = { { D(0x30), 8, N64V }, { D(0x38), 8, 0x1111222233334444 } } },
    { "x_mismatch_high", A64_CASP, 0x48207c82, /* casp x0, x1, x2, x3, [x4] */
      .in = { { X(4), D(0x30) }, { X(0), A64V }, { X(1), B64V ^ 1 }, { X(2), N64V } },
      .mem_in = { { D(0x30), 8, A64V }, { D(0x38), 8, B64V } },
      .out = { { X(0), A64V }, { X(1), B64V } } },
    { "w_match", A64_CASP, 0x08207c82, /* casp w0, w1, w2, w3, [x4] */
      .in = { { X(4), D(0x30) }, { X(0), 0xffffffff00000001 }, { X(1), 0x0000000180000000 },
              { X(2), 0x123456789abcdef0 }, { X(3), 0xffff00000fedcba9 } },
      .mem_in = { { D(0x30), 8, 0x8000000000000001 } },
      .out = { { X(0), 1 }, { X(1), 0x80000000 } },
      .mem_out = { { D(0x30), 8, 0x0fedcba99abcdef0 } } },
    { "w_mismatch_zero_ext", A64_CASP, 0x08207c82, /* casp w0, w1, w2, w3, [x4] */
      .in = { { X(4), D(0x30) }, { X(0), 1 }, { X(1), 0x80000001 } },
      .mem_in = { { D(0x30), 8, 0x8000000000000001 } },
      .out = { { X(0), 1 }, { X(1), 0x80000000 } } },
    /* Rs = 30: the pair is X30 and XZR (reads 0, write discarded) */
    { "rs30_xzr", A64_CASP, 0x483e7c82, /* casp x30, xzr, x2, x3, [x4] */
      .in = { { X(4), D(0x30) }, { X(30), A64V }, { X(2), 5 }, { X(3), 6 } },
      .mem_in = { { D(0x30), 8, A64V }, { D(0x38), 8, 0 } },
      .out = { { X(30), A64V } }, .mem_out = { { D(0x30), 8, 5 }, { D(0x38), 8, 6 } } },
    { "rt30_xzr", A64_CASP, 0x48207c9e, /* casp x0, x1, x30, xzr, [x4] */
      .in = { { X(4), D(0x30) }, { X(0), A64V }, { X(1), B64V }, { X(30), 9 } },
      .mem_in = { { D(0x30), 8, A64V }, { D(0x38), 8, B64V } },
      .out = { { X(0), A64V }, { X(1), B64V } },
      .mem_out = { { D(0x30), 8, 9 }, { D(0x38), 8, 0 } } },
    { "rn_sp", A64_CASP, 0x48267fe8, /* casp x6, x7, x8, x9, [sp] */
      .in = { { SP, D(0x40) }, { X(6), 0 }, { X(7), 0 }, { X(8), 1 }, { X(9), 2 } },
      .mem_in = { { D(0x40), 8, 0 }, { D(0x48), 8, 0 } },
      .out = { { X(6), 0 }, { X(7), 0 } },
      .mem_out = { { D(0x40), 8, 1 }, { D(0x48), 8, 2 } } },
    { "x_misaligned8", A64_CASP, 0x48207c82, /* casp x0, x1, x2, x3, [x4] */
      .in = { { X(4), D(0x38) } }, ALIGN_RD(D(0x38)) },
    { "odd_rs_undef", A64_CASP, 0x48217c82, /* casp with Rs = 1 */ UNDEF },
    { "odd_rt_undef", A64_CASP, 0x48207c83, /* casp with Rt = 3 */ UNDEF },
    { "w_odd_rs_undef", A64_CASP, 0x08217c82, /* casp (W) with Rs = 1 */ UNDEF },

    /* CASPA / CASPL / CASPAL */
    { "x_match", A64_CASPA, 0x48627cc4, /* caspa x2, x3, x4, x5, [x6] */
      .in = { { X(6), D(0x50) }, { X(2), 7 }, { X(3), 8 }, { X(4), 9 }, { X(5), 10 } },
      .mem_in = { { D(0x50), 8, 7 }, { D(0x58), 8, 8 } },
      .out = { { X(2), 7 }, { X(3), 8 } }, .mem_out = { { D(0x50), 8, 9 }, { D(0x58), 8, 10 } } },
    { "w_mismatch", A64_CASPA, 0x08627cc4, /* caspa w2, w3, w4, w5, [x6] */
      .in = { { X(6), D(0x50) }, { X(2), 7 }, { X(3), 8 } },
      .mem_in = { { D(0x50), 8, 0xffffffff00000007 } },
      .out = { { X(2), 7 }, { X(3), 0xffffffff } } },
    { "w_misaligned4", A64_CASPA, 0x08627cc4, /* caspa w2, w3, w4, w5, [x6] */
      .in = { { X(6), D(0x54) } }, ALIGN_RD(D(0x54)) },
    { "odd_rt_undef", A64_CASPA, 0x48607c83, /* caspa with Rt = 3 */ UNDEF },
    { "x_match", A64_CASPL, 0x4822fcc4, /* caspl x2, x3, x4, x5, [x6] */
      .in = { { X(6), D(0x50) }, { X(2), 0 }, { X(3), ~0ull }, { X(4), A64V }, { X(5), B64V } },
      .mem_in = { { D(0x50), 8, 0 }, { D(0x58), 8, ~0ull } },
      .out = { { X(2), 0 }, { X(3), ~0ull } },
      .mem_out = { { D(0x50), 8, A64V }, { D(0x58), 8, B64V } } },
    { "w_match", A64_CASPL, 0x0824fcc2, /* caspl w4, w5, w2, w3, [x6] */
      .in = { { X(6), D(0x58) }, { X(4), 0x11 }, { X(5), 0x22 }, { X(2), 0x33 }, { X(3), 0x44 } },
      .mem_in = { { D(0x58), 8, 0x0000002200000011 } },
      .out = { { X(4), 0x11 }, { X(5), 0x22 } },
      .mem_out = { { D(0x58), 8, 0x0000004400000033 } } },
    { "x_mismatch_low", A64_CASPL, 0x4822fcc4, /* caspl x2, x3, x4, x5, [x6] */
      .in = { { X(6), D(0x50) }, { X(2), 1 }, { X(3), 0 } },
      .mem_in = { { D(0x50), 8, 2 }, { D(0x58), 8, 0 } },
      .out = { { X(2), 2 }, { X(3), 0 } } },
    { "odd_rs_undef", A64_CASPL, 0x4823fc82, /* caspl with Rs = 3 */ UNDEF },
    { "x_mismatch", A64_CASPAL, 0x4862fcc4, /* caspal x2, x3, x4, x5, [x6] */
      .in = { { X(6), D(0x50) }, { X(2), 1 }, { X(3), 2 } },
      .mem_in = { { D(0x50), 8, A64V }, { D(0x58), 8, B64V } },
      .out = { { X(2), A64V }, { X(3), B64V } } },
    { "w_match", A64_CASPAL, 0x0862fcc4, /* caspal w2, w3, w4, w5, [x6] */
      .in = { { X(6), D(0x50) }, { X(2), 0xaaaaaaaa }, { X(3), 0xbbbbbbbb },
              { X(4), 0x1 }, { X(5), 0x2 } },
      .mem_in = { { D(0x50), 8, 0xbbbbbbbbaaaaaaaa } },
      .out = { { X(2), 0xaaaaaaaa }, { X(3), 0xbbbbbbbb } },
      .mem_out = { { D(0x50), 8, 0x0000000200000001 } } },
    { "x_misaligned", A64_CASPAL, 0x4862fcc4, /* caspal x2, x3, x4, x5, [x6] */
      .in = { { X(6), D(0x51) } }, ALIGN_RD(D(0x51)) },
    { "odd_rt_undef", A64_CASPAL, 0x4860fc85, /* caspal with Rt = 5 */ UNDEF },

    /* LDAR / LDLAR: load with natural alignment required */
    { "x", A64_LDAR, 0xc8dffc20, /* ldar x0, [x1] */
      .in = { { X(1), D(0x60) } }, .mem_in = { { D(0x60), 8, A64V } },
      .out = { { X(0), A64V } } },
    { "w_zero_ext", A64_LDAR, 0x88dffc20, /* ldar w0, [x1] */
      .in = { { X(1), D(0x64) } }, .mem_in = { { D(0x64), 4, 0x80000000 } },
      .out = { { X(0), 0x80000000 } } },
    { "h", A64_LDAR, 0x48dffc20, /* ldarh w0, [x1] */
      .in = { { X(1), D(0x62) } }, .mem_in = { { D(0x62), 2, 0xffff } },
      .out = { { X(0), 0xffff } } },
    { "b", A64_LDAR, 0x08dffc20, /* ldarb w0, [x1] */
      .in = { { X(1), D(0x63) } }, .mem_in = { { D(0x63), 1, 0x81 } },
      .out = { { X(0), 0x81 } } },
    { "x_misaligned", A64_LDAR, 0xc8dffc20, /* ldar x0, [x1] */
      .in = { { X(1), D(0x64) } }, ALIGN_RD(D(0x64)) },
    { "rt_eq_rn", A64_LDAR, 0xc8dffc21, /* ldar x1, [x1] */
      .in = { { X(1), D(0x60) } }, .mem_in = { { D(0x60), 8, B64V } },
      .out = { { X(1), B64V } } },
    { "rn_sp", A64_LDAR, 0xc8dfffe2, /* ldar x2, [sp] */
      .in = { { SP, D(0x40) } }, .mem_in = { { D(0x40), 8, N64V } },
      .out = { { X(2), N64V } } },
    { "rt_zr", A64_LDAR, 0xc8dffc3f, /* ldar xzr, [x1] */
      .in = { { X(1), D(0x60) } } },
    { "x", A64_LDLAR, 0xc8df7c83, /* ldlar x3, [x4] */
      .in = { { X(4), D(0x68) } }, .mem_in = { { D(0x68), 8, N64V } },
      .out = { { X(3), N64V } } },
    { "w_zero_ext", A64_LDLAR, 0x88df7c83, /* ldlar w3, [x4] */
      .in = { { X(4), D(0x68) } }, .mem_in = { { D(0x68), 4, 0xffffffff } },
      .out = { { X(3), 0xffffffff } } },
    { "h", A64_LDLAR, 0x48df7c83, /* ldlarh w3, [x4] */
      .in = { { X(4), D(0x6a) } }, .mem_in = { { D(0x6a), 2, 0x8001 } },
      .out = { { X(3), 0x8001 } } },
    { "b", A64_LDLAR, 0x08df7c83, /* ldlarb w3, [x4] */
      .in = { { X(4), D(0x6b) } }, .mem_in = { { D(0x6b), 1, 0x7f } },
      .out = { { X(3), 0x7f } } },
    { "h_misaligned", A64_LDLAR, 0x48df7c83, /* ldlarh w3, [x4] */
      .in = { { X(4), D(0x6b) } }, ALIGN_RD(D(0x6b)) },

    /* STLR / STLLR */
    { "x", A64_STLR, 0xc89ffc20, /* stlr x0, [x1] */
      .in = { { X(1), D(0x70) }, { X(0), A64V } }, .mem_out = { { D(0x70), 8, A64V } } },
    { "w", A64_STLR, 0x889ffc20, /* stlr w0, [x1] */
      .in = { { X(1), D(0x74) }, { X(0), 0x1234567890abcdef } },
      .mem_out = { { D(0x74), 4, 0x90abcdef } } },
    { "h", A64_STLR, 0x489ffc20, /* stlrh w0, [x1] */
      .in = { { X(1), D(0x72) }, { X(0), 0xbeef } }, .mem_out = { { D(0x72), 2, 0xbeef } } },
    { "b", A64_STLR, 0x089ffc20, /* stlrb w0, [x1] */
      .in = { { X(1), D(0x73) }, { X(0), 0x1ff } }, .mem_out = { { D(0x73), 1, 0xff } } },
    { "rt_zr", A64_STLR, 0xc89ffc3f, /* stlr xzr, [x1] */
      .in = { { X(1), D(0x70) } }, .mem_out = { { D(0x70), 8, 0 } } },
    { "rn_sp", A64_STLR, 0xc89fffe3, /* stlr x3, [sp] */
      .in = { { SP, D(0x40) }, { X(3), N64V } }, .mem_out = { { D(0x40), 8, N64V } } },
    { "w_misaligned", A64_STLR, 0x889ffc20, /* stlr w0, [x1] */
      .in = { { X(1), D(0x72) } }, ALIGN_WR(D(0x72)) },
    { "x", A64_STLLR, 0xc89f7cc5, /* stllr x5, [x6] */
      .in = { { X(6), D(0x78) }, { X(5), B64V } }, .mem_out = { { D(0x78), 8, B64V } } },
    { "w", A64_STLLR, 0x889f7cc5, /* stllr w5, [x6] */
      .in = { { X(6), D(0x78) }, { X(5), ~0ull } }, .mem_out = { { D(0x78), 4, 0xffffffff } } },
    { "h", A64_STLLR, 0x489f7cc5, /* stllrh w5, [x6] */
      .in = { { X(6), D(0x7e) }, { X(5), 0x10000 } }, .mem_out = { { D(0x7e), 2, 0 } } },
    { "b", A64_STLLR, 0x089f7cc5, /* stllrb w5, [x6] */
      .in = { { X(6), D(0x7f) }, { X(5), 0x5a } }, .mem_out = { { D(0x7f), 1, 0x5a } } },
    { "x_misaligned", A64_STLLR, 0xc89f7cc5, /* stllr x5, [x6] */
      .in = { { X(6), D(0x7c) } }, ALIGN_WR(D(0x7c)) },

    /* CAS: compare Rs with Mem[Rn] at the access size; store Rt if equal;
     * Rs = ZeroExtend(old) */
    { "x_match", A64_CAS, 0xc8a07c41, /* cas x0, x1, [x2] */
      .in = { { X(2), D(0x80) }, { X(0), A64V }, { X(1), N64V } },
      .mem_in = { { D(0x80), 8, A64V } },
      .out = { { X(0), A64V } }, .mem_out = { { D(0x80), 8, N64V } } },
    { "x_mismatch", A64_CAS, 0xc8a07c41, /* cas x0, x1, [x2] */
      .in = { { X(2), D(0x80) }, { X(0), A64V + 1 }, { X(1), N64V } },
      .mem_in = { { D(0x80), 8, A64V } }, .out = { { X(0), A64V } } },
    { "w_match_upper_ignored", A64_CAS, 0x88a07c41, /* cas w0, w1, [x2] */
      .in = { { X(2), D(0x84) }, { X(0), 0xffffffff89abcdef }, { X(1), 0x1234567800000042 } },
      .mem_in = { { D(0x84), 4, 0x89abcdef } },
      .out = { { X(0), 0x89abcdef } }, .mem_out = { { D(0x84), 4, 0x42 } } },
    { "h_mismatch_zero_ext", A64_CAS, 0x48a07c41, /* cash w0, w1, [x2] */
      .in = { { X(2), D(0x82) }, { X(0), 0 } }, .mem_in = { { D(0x82), 2, 0x8000 } },
      .out = { { X(0), 0x8000 } } },
    { "b_match", A64_CAS, 0x08a07c41, /* casb w0, w1, [x2] */
      .in = { { X(2), D(0x83) }, { X(0), 0xff }, { X(1), 0x17e } },
      .mem_in = { { D(0x83), 1, 0xff } },
      .out = { { X(0), 0xff } }, .mem_out = { { D(0x83), 1, 0x7e } } },
    { "rs_zr", A64_CAS, 0xc8bf7c41, /* cas xzr, x1, [x2] */
      .in = { { X(2), D(0x80) }, { X(1), N64V } }, .mem_in = { { D(0x80), 8, 0 } },
      .mem_out = { { D(0x80), 8, N64V } } },
    { "rs_eq_rt", A64_CAS, 0xc8a07c40, /* cas x0, x0, [x2] */
      .in = { { X(2), D(0x80) }, { X(0), B64V } }, .mem_in = { { D(0x80), 8, A64V } },
      .out = { { X(0), A64V } } },
    { "rt_zr", A64_CAS, 0xc8a07c5f, /* cas x0, xzr, [x2] */
      .in = { { X(2), D(0x80) }, { X(0), A64V } }, .mem_in = { { D(0x80), 8, A64V } },
      .out = { { X(0), A64V } }, .mem_out = { { D(0x80), 8, 0 } } },
    { "rn_sp", A64_CAS, 0xc8a07fe1, /* cas x0, x1, [sp] */
      .in = { { SP, D(0x40) }, { X(0), 3 }, { X(1), 4 } }, .mem_in = { { D(0x40), 8, 3 } },
      .out = { { X(0), 3 } }, .mem_out = { { D(0x40), 8, 4 } } },
    { "w_misaligned", A64_CAS, 0x88a07c41, /* cas w0, w1, [x2] */
      .in = { { X(2), D(0x82) } }, ALIGN_RD(D(0x82)) },

    /* CASA / CASL / CASAL */
    { "x_match", A64_CASA, 0xc8e37ca4, /* casa x3, x4, [x5] */
      .in = { { X(5), D(0x88) }, { X(3), 0 }, { X(4), ~0ull } }, .mem_in = { { D(0x88), 8, 0 } },
      .out = { { X(3), 0 } }, .mem_out = { { D(0x88), 8, ~0ull } } },
    { "w_mismatch_zero_ext", A64_CASA, 0x88e37ca4, /* casa w3, w4, [x5] */
      .in = { { X(5), D(0x88) }, { X(3), 0x80000000 } }, .mem_in = { { D(0x88), 4, 0xffffffff } },
      .out = { { X(3), 0xffffffff } } },
    { "h_match", A64_CASA, 0x48e37ca4, /* casah w3, w4, [x5] */
      .in = { { X(5), D(0x8a) }, { X(3), 0xffff8001 }, { X(4), 0x7ffe } },
      .mem_in = { { D(0x8a), 2, 0x8001 } },
      .out = { { X(3), 0x8001 } }, .mem_out = { { D(0x8a), 2, 0x7ffe } } },
    { "b_mismatch", A64_CASA, 0x08e37ca4, /* casab w3, w4, [x5] */
      .in = { { X(5), D(0x8b) }, { X(3), 0x80 } }, .mem_in = { { D(0x8b), 1, 0x7f } },
      .out = { { X(3), 0x7f } } },
    { "x_mismatch", A64_CASL, 0xc8a6fd07, /* casl x6, x7, [x8] */
      .in = { { X(8), D(0x90) }, { X(6), 0x8000000000000000 } }, .mem_in = { { D(0x90), 8, 0 } },
      .out = { { X(6), 0 } } },
    { "w_match", A64_CASL, 0x88a6fd07, /* casl w6, w7, [x8] */
      .in = { { X(8), D(0x94) }, { X(6), 0x10 }, { X(7), 0x20 } },
      .mem_in = { { D(0x94), 4, 0x10 } },
      .out = { { X(6), 0x10 } }, .mem_out = { { D(0x94), 4, 0x20 } } },
    { "h_mismatch", A64_CASL, 0x48a6fd07, /* caslh w6, w7, [x8] */
      .in = { { X(8), D(0x92) }, { X(6), 0x1 } }, .mem_in = { { D(0x92), 2, 0xfffe } },
      .out = { { X(6), 0xfffe } } },
    { "b_match_upper_ignored", A64_CASL, 0x08a6fd07, /* caslb w6, w7, [x8] */
      .in = { { X(8), D(0x93) }, { X(6), 0xffffff00 }, { X(7), 0x99 } },
      .mem_in = { { D(0x93), 1, 0 } },
      .out = { { X(6), 0 } }, .mem_out = { { D(0x93), 1, 0x99 } } },
    { "x_match", A64_CASAL, 0xc8e9fd6a, /* casal x9, x10, [x11] */
      .in = { { X(11), D(0x98) }, { X(9), N64V }, { X(10), A64V } },
      .mem_in = { { D(0x98), 8, N64V } },
      .out = { { X(9), N64V } }, .mem_out = { { D(0x98), 8, A64V } } },
    { "w_mismatch", A64_CASAL, 0x88e9fd6a, /* casal w9, w10, [x11] */
      .in = { { X(11), D(0x98) }, { X(9), 0 } }, .mem_in = { { D(0x98), 4, 0x7fffffff } },
      .out = { { X(9), 0x7fffffff } } },
    { "h_match", A64_CASAL, 0x48e9fd6a, /* casalh w9, w10, [x11] */
      .in = { { X(11), D(0x9e) }, { X(9), 0 }, { X(10), 0xffff } },
      .mem_in = { { D(0x9e), 2, 0 } },
      .out = { { X(9), 0 } }, .mem_out = { { D(0x9e), 2, 0xffff } } },
    { "b_mismatch", A64_CASAL, 0x08e9fd6a, /* casalb w9, w10, [x11] */
      .in = { { X(11), D(0x9f) }, { X(9), 1 } }, .mem_in = { { D(0x9f), 1, 2 } },
      .out = { { X(9), 2 } } },
    { "h_misaligned", A64_CASAL, 0x48e9fd6a, /* casalh w9, w10, [x11] */
      .in = { { X(11), D(0x9f) } }, ALIGN_RD(D(0x9f)) },
};

CASE_SET(ldst_excl, c);
