/*
 * cases_ldst_pair.c — Load/store pair (Arm ARM C6.2 STP, LDP, LDPSW, STNP,
 * LDNP): offset, pre- and post-index, no-allocate. Expected values worked
 * from the pseudocode; words from binutils (tools/asm-words), reserved ones
 * by hand (checked with objdump). Aliasing cases follow the CONSTRAINED
 * UNPREDICTABLE choices documented in src/cpu/exec_ldst_pair.c.
 */
#include "insn_case.h"

#define D(o) (T_DATA + (o))
#define VAL 0x0123456789abcdefull       /* X1 in the store cases */
#define W2 0xfedcba9876543210ull      /* X3 in the store cases */
#define NOMEM 0x1000ull               /* not RAM: external abort, DFSC 0x10 */
#define RAM_END 0x41000000ull         /* first byte after the 16 MiB of RAM */
#define UNDEF .exc = EXC(EC_UNKNOWN), .check_iss = true, .iss = 0
#define SA_ON .sr_in = { { SR_SCTLR_EL1, 0x30d00800 | SCTLR_SA } }
#define DEVICE .sr_in = { { SR_HCR_EL2, HCR_RW } }   /* HCR_EL2.DC=0: Device memory */
#define SP_FAULT .exc = EXC(EC_SP_ALIGN), .check_iss = true, .iss = 0
#define DABT(i, a) .exc = EXC(EC_DABT_SAME), .check_iss = true, .iss = (i), .far_valid = true, \
                   .far = (a)
#define X2(o) .in = { { X(2), D(o) } }
#define ST(o) .in = { { X(1), VAL }, { X(3), W2 }, { X(2), D(o) } }
#define MX(o) .mem_in = { { D(o), 8, VAL }, { D(o) + 8, 8, W2 } }      /* an X pair at o */
#define MW(o, a, b) .mem_in = { { D(o), 4, a }, { D(o) + 4, 4, b } } /* a W pair at o */

/* Fast path: the same accesses with the TLB entry of the page already
 * filled by a set-up load, so each specialised handler's hit path runs (the
 * other cases start with an empty TLB and take the slow path). The pair is
 * at D(0x100); the base is x2. */
#define WARM .pre = { 0x3940005f }      /* ldrb wzr, [x2] */
#define WARM_SP .pre = { 0x394003ff }   /* ldrb wzr, [sp] */
#define PLD(nm, id, w, base, mem, o0, o3, wb)                                            \
    { "warm_" nm, id, w, WARM, .in = { { X(2), D(base) } }, mem,                          \
      .out = { { X(0), o0 }, { X(3), o3 }, { X(2), D(wb) } } }
#define PST(nm, id, w, base, mem, wb)                                                    \
    { "warm_" nm, id, w, WARM, ST(base), .mem_out = { mem }, .out = { { X(2), D(wb) } } }
#define PW(a, b) { D(0x100), 4, a }, { D(0x104), 4, b }
#define PX { D(0x100), 8, VAL }, { D(0x108), 8, W2 }

static const InsnCase c[] = {
    /* STNP */
    { "x_neg", A64_STNP, 0xa83f0c41, /* stnp x1, x3, [x2, #-16] */
      ST(0x110), .mem_out = { { D(0x100), 8, VAL }, { D(0x108), 8, W2 } } },
    { "w_max", A64_STNP, 0x281f8c41, /* stnp w1, w3, [x2, #252] */
      ST(0x100), .mem_out = { { D(0x1fc), 4, 0x89abcdef }, { D(0x200), 4, 0x76543210 } } },
    { "x_min", A64_STNP, 0xa8200c41, /* stnp x1, x3, [x2, #-512] */
      ST(0x300), .mem_out = { { D(0x100), 8, VAL }, { D(0x108), 8, W2 } } },
    { "zr_sp", A64_STNP, 0xa80007ff, /* stnp xzr, x1, [sp] */
      .in = { { X(1), VAL }, { SP, D(0x100) } },
      .mem_out = { { D(0x100), 8, 0 }, { D(0x108), 8, VAL } } },
    { "reserved_opc01", A64_STNP, 0x68000c41, /* opc=01 L=0 */ UNDEF },

    /* LDNP */
    { "x", A64_LDNP, 0xa8410c40, /* ldnp x0, x3, [x2, #16] */
      X2(0x100), MX(0x110), .out = { { X(0), VAL }, { X(3), W2 } } },
    { "w_zero_ext_min", A64_LDNP, 0x28600c40, /* ldnp w0, w3, [x2, #-256] */
      X2(0x200), MW(0x100, 0x89abcdef, 0xfedcba98),
      .out = { { X(0), 0x89abcdef }, { X(3), 0xfedcba98 } } },
    { "rt_eq_rt2", A64_LDNP, 0xa8400040, /* ldnp x0, x0, [x2] */
      X2(0x100), MX(0x100), .out = { { X(0), W2 } } },
    { "rt_eq_rn", A64_LDNP, 0xa8400c42, /* ldnp x2, x3, [x2] */
      X2(0x100), MX(0x100), .out = { { X(2), VAL }, { X(3), W2 } } },
    { "reserved_opc11", A64_LDNP, 0xe8400c40, /* opc=11 L=1 */ UNDEF },
    { "reserved_opc01", A64_LDNP, 0x68400c40, /* opc=01 L=1: no LDNPSW */ UNDEF },

    /* STP (post-index) */
    { "x_neg", A64_STP_post, 0xa8bf0c41, /* stp x1, x3, [x2], #-16 */
      ST(0x100), .mem_out = { { D(0x100), 8, VAL }, { D(0x108), 8, W2 } },
      .out = { { X(2), D(0xf0) } } },
    { "w_max", A64_STP_post, 0x289f8c41, /* stp w1, w3, [x2], #252 */
      ST(0x100), .mem_out = { { D(0x100), 4, 0x89abcdef }, { D(0x104), 4, 0x76543210 } },
      .out = { { X(2), D(0x1fc) } } },
    { "x_min", A64_STP_post, 0xa8a00c41, /* stp x1, x3, [x2], #-512 */
      ST(0x300), .mem_out = { { D(0x300), 8, VAL }, { D(0x308), 8, W2 } },
      .out = { { X(2), D(0x100) } } },
    { "rt_eq_rn", A64_STP_post, 0xa8810442, /* stp x2, x1, [x2], #16 */
      .in = { { X(1), VAL }, { X(2), D(0x100) } },
      .mem_out = { { D(0x100), 8, D(0x100) }, { D(0x108), 8, VAL } }, .out = { { X(2), D(0x110) } } },
    { "rt2_eq_rn", A64_STP_post, 0xa8810841, /* stp x1, x2, [x2], #16 */
      .in = { { X(1), VAL }, { X(2), D(0x100) } },
      .mem_out = { { D(0x100), 8, VAL }, { D(0x108), 8, D(0x100) } }, .out = { { X(2), D(0x110) } } },
    { "sp", A64_STP_post, 0xa8810fe1, /* stp x1, x3, [sp], #16 */
      .in = { { X(1), VAL }, { X(3), W2 }, { SP, D(0x100) } },
      .mem_out = { { D(0x100), 8, VAL }, { D(0x108), 8, W2 } }, .out = { { SP, D(0x110) } } },
    { "sp_misaligned_sa", A64_STP_post, 0xa8810fe1, /* stp x1, x3, [sp], #16 */
      SA_ON, .in = { { X(1), VAL }, { X(3), W2 }, { SP, D(0x108) } }, SP_FAULT },
    { "reserved_opc11", A64_STP_post, 0xe8800c41, /* opc=11 */ UNDEF },
    { "reserved_stgp", A64_STP_post, 0x68800c41, /* opc=01 L=0: STGP is Armv8.5 */ UNDEF },

    /* LDP (post-index) */
    { "x", A64_LDP_post, 0xa8c10c40, /* ldp x0, x3, [x2], #16 */
      X2(0x100), MX(0x100), .out = { { X(0), VAL }, { X(3), W2 }, { X(2), D(0x110) } } },
    { "w_zero_ext_min", A64_LDP_post, 0x28e00c40, /* ldp w0, w3, [x2], #-256 */
      X2(0x100), MW(0x100, 0x80000000, 0xffffffff),
      .out = { { X(0), 0x80000000 }, { X(3), 0xffffffff }, { X(2), D(0) } } },
    { "rt_eq_rn_wb", A64_LDP_post, 0xa8c10c42, /* ldp x2, x3, [x2], #16 */
      X2(0x100), MX(0x100), .out = { { X(3), W2 }, { X(2), D(0x110) } } },
    { "rt2_eq_rn_wb", A64_LDP_post, 0xa8c10840, /* ldp x0, x2, [x2], #16 */
      X2(0x100), MX(0x100), .out = { { X(0), VAL }, { X(2), D(0x110) } } },
    { "sp_pop", A64_LDP_post, 0xa8c17bfd, /* ldp x29, x30, [sp], #16 */
      .in = { { SP, D(0x100) } }, MX(0x100),
      .out = { { X(29), VAL }, { X(30), W2 }, { SP, D(0x110) } } },
    { "rt_zr", A64_LDP_post, 0xa8c08c5f, /* ldp xzr, x3, [x2], #8 */
      X2(0x100), MX(0x100), .out = { { X(3), W2 }, { X(2), D(0x108) } } },
    { "second_faults", A64_LDP_post, 0xa8c10c40, /* ldp x0, x3, [x2], #16 */
      .in = { { X(2), RAM_END - 8 } }, DABT(0x10, RAM_END) },
    { "device_unaligned", A64_LDP_post, 0xa8c10c40, /* ldp x0, x3, [x2], #16 */
      DEVICE, X2(0x104), DABT(0x21, D(0x104)) },
    { "device_8_aligned", A64_LDP_post, 0xa8c10c40, /* ldp x0, x3, [x2], #16 */
      DEVICE, X2(0x108), MX(0x108), .out = { { X(0), VAL }, { X(3), W2 }, { X(2), D(0x118) } } },
    { "reserved_opc11", A64_LDP_post, 0xe8c00c40, /* opc=11 */ UNDEF },

    /* LDPSW (post-index) */
    { "neg_pos", A64_LDPSW_post, 0x68c10c40, /* ldpsw x0, x3, [x2], #8 */
      X2(0x100), MW(0x100, 0x80000000, 0x7fffffff),
      .out = { { X(0), 0xffffffff80000000 }, { X(3), 0x7fffffff }, { X(2), D(0x108) } } },
    { "min", A64_LDPSW_post, 0x68e00c40, /* ldpsw x0, x3, [x2], #-256 */
      X2(0x100), MW(0x100, 0xffffffff, 0x80000001),
      .out = { { X(0), ~0ull }, { X(3), 0xffffffff80000001 }, { X(2), D(0) } } },
    { "rt_eq_rn_wb", A64_LDPSW_post, 0x68df8c42, /* ldpsw x2, x3, [x2], #252 */
      X2(0x100), MW(0x100, 1, 0xfffffffe),
      .out = { { X(3), 0xfffffffffffffffe }, { X(2), D(0x1fc) } } },

    /* STP (signed offset) */
    { "x", A64_STP_off, 0xa9008c41, /* stp x1, x3, [x2, #8] */
      ST(0x100), .mem_out = { { D(0x108), 8, VAL }, { D(0x110), 8, W2 } } },
    { "x_max", A64_STP_off, 0xa91f8c41, /* stp x1, x3, [x2, #504] */
      ST(0x100), .mem_out = { { D(0x2f8), 8, VAL }, { D(0x300), 8, W2 } } },
    { "w_min", A64_STP_off, 0x29200c41, /* stp w1, w3, [x2, #-256] */
      ST(0x200), .mem_out = { { D(0x100), 4, 0x89abcdef }, { D(0x104), 4, 0x76543210 } } },
    { "rt_eq_rt2", A64_STP_off, 0xa9000441, /* stp x1, x1, [x2] */
      ST(0x100), .mem_out = { { D(0x100), 8, VAL }, { D(0x108), 8, VAL } } },
    { "rt_eq_rn", A64_STP_off, 0xa9000c42, /* stp x2, x3, [x2] */
      ST(0x100), .mem_out = { { D(0x100), 8, D(0x100) }, { D(0x108), 8, W2 } } },
    { "zr", A64_STP_off, 0xa9007c5f, /* stp xzr, xzr, [x2] */
      X2(0x100), .mem_out = { { D(0x100), 8, 0 }, { D(0x108), 8, 0 } } },
    { "sp", A64_STP_off, 0xa93f7bfd, /* stp x29, x30, [sp, #-16] */
      .in = { { X(29), VAL }, { X(30), W2 }, { SP, D(0x110) } },
      .mem_out = { { D(0x100), 8, VAL }, { D(0x108), 8, W2 } } },
    { "page_cross", A64_STP_off, 0xa9000c41, /* stp x1, x3, [x2] */
      ST(0xffc), .mem_out = { { D(0xffc), 8, VAL }, { D(0x1004), 8, W2 } } },
    { "device_unaligned", A64_STP_off, 0x29000c41, /* stp w1, w3, [x2] */
      DEVICE, ST(0x102), DABT(0x61, D(0x102)) },
    { "device_w_4_aligned", A64_STP_off, 0x29000c41, /* stp w1, w3, [x2] */
      DEVICE, ST(0x104), .mem_out = { { D(0x104), 4, 0x89abcdef }, { D(0x108), 4, 0x76543210 } } },

    /* LDP (signed offset) */
    { "x", A64_LDP_off, 0xa9408c40, /* ldp x0, x3, [x2, #8] */
      X2(0x100), MX(0x108), .out = { { X(0), VAL }, { X(3), W2 } } },
    { "x_min", A64_LDP_off, 0xa9600c40, /* ldp x0, x3, [x2, #-512] */
      X2(0x300), MX(0x100), .out = { { X(0), VAL }, { X(3), W2 } } },
    { "w_max", A64_LDP_off, 0x295f8c40, /* ldp w0, w3, [x2, #252] */
      X2(0x100), MW(0x1fc, 0x89abcdef, 0x80000000),
      .out = { { X(0), 0x89abcdef }, { X(3), 0x80000000 } } },
    { "rt_eq_rt2", A64_LDP_off, 0xa9400040, /* ldp x0, x0, [x2] */
      X2(0x100), MX(0x100), .out = { { X(0), W2 } } },
    { "rt_eq_rn", A64_LDP_off, 0xa9400c42, /* ldp x2, x3, [x2] */
      X2(0x100), MX(0x100), .out = { { X(2), VAL }, { X(3), W2 } } },
    { "rt2_eq_rn", A64_LDP_off, 0xa9400840, /* ldp x0, x2, [x2] */
      X2(0x100), MX(0x100), .out = { { X(0), VAL }, { X(2), W2 } } },
    { "sp", A64_LDP_off, 0xa9407bfd, /* ldp x29, x30, [sp] */
      .in = { { SP, D(0x100) } }, MX(0x100), .out = { { X(29), VAL }, { X(30), W2 } } },
    { "sp_misaligned_sa", A64_LDP_off, 0xa9408fe0, /* ldp x0, x3, [sp, #8] */
      SA_ON, .in = { { SP, D(0x108) } }, SP_FAULT },
    { "page_cross", A64_LDP_off, 0xa9400c40, /* ldp x0, x3, [x2] */
      X2(0xffc), MX(0xffc), .out = { { X(0), VAL }, { X(3), W2 } } },
    { "second_faults", A64_LDP_off, 0xa9400c40, /* ldp x0, x3, [x2] */
      .in = { { X(2), RAM_END - 8 } }, DABT(0x10, RAM_END) },
    { "rt_zr_both", A64_LDP_off, 0xa9407c5f, /* ldp xzr, xzr, [x2] */
      X2(0x100) },

    /* LDPSW (signed offset) */
    { "basic", A64_LDPSW_off, 0x69408c40, /* ldpsw x0, x3, [x2, #4] */
      X2(0x100), MW(0x104, 0x80000000, 0x7fffffff),
      .out = { { X(0), 0xffffffff80000000 }, { X(3), 0x7fffffff } } },
    { "max", A64_LDPSW_off, 0x695f8c40, /* ldpsw x0, x3, [x2, #252] */
      X2(0x100), MW(0x1fc, 0xfffffffe, 1), .out = { { X(0), 0xfffffffffffffffe }, { X(3), 1 } } },
    { "rt_eq_rt2", A64_LDPSW_off, 0x69400040, /* ldpsw x0, x0, [x2] */
      X2(0x100), MW(0x100, 1, 0x80000000), .out = { { X(0), 0xffffffff80000000 } } },
    { "sp_misaligned_no_sa", A64_LDPSW_off, 0x697f0fe0, /* ldpsw x0, x3, [sp, #-8] */
      .in = { { SP, D(0x108) } }, MW(0x100, 0x7fffffff, 0xffffffff),
      .out = { { X(0), 0x7fffffff }, { X(3), ~0ull } } },

    /* STP (pre-index) */
    { "push", A64_STP_pre, 0xa9bf7bfd, /* stp x29, x30, [sp, #-16]! */
      .in = { { X(29), VAL }, { X(30), W2 }, { SP, D(0x110) } },
      .mem_out = { { D(0x100), 8, VAL }, { D(0x108), 8, W2 } }, .out = { { SP, D(0x100) } } },
    { "x_max", A64_STP_pre, 0xa99f8c41, /* stp x1, x3, [x2, #504]! */
      ST(0x100), .mem_out = { { D(0x2f8), 8, VAL }, { D(0x300), 8, W2 } },
      .out = { { X(2), D(0x2f8) } } },
    { "w_min", A64_STP_pre, 0x29a00c41, /* stp w1, w3, [x2, #-256]! */
      ST(0x200), .mem_out = { { D(0x100), 4, 0x89abcdef }, { D(0x104), 4, 0x76543210 } },
      .out = { { X(2), D(0x100) } } },
    { "rt_eq_rn", A64_STP_pre, 0xa9bf0c42, /* stp x2, x3, [x2, #-16]! */
      ST(0x110), .mem_out = { { D(0x100), 8, D(0x110) }, { D(0x108), 8, W2 } },
      .out = { { X(2), D(0x100) } } },
    { "rt2_eq_rn", A64_STP_pre, 0xa9810841, /* stp x1, x2, [x2, #16]! */
      ST(0x100), .mem_out = { { D(0x110), 8, VAL }, { D(0x118), 8, D(0x100) } },
      .out = { { X(2), D(0x110) } } },
    { "sp_misaligned_sa", A64_STP_pre, 0xa9bf0fe1, /* stp x1, x3, [sp, #-16]! */
      SA_ON, .in = { { X(1), VAL }, { X(3), W2 }, { SP, D(0x108) } }, SP_FAULT },
    { "not_ram", A64_STP_pre, 0xa9810c41, /* stp x1, x3, [x2, #16]! */
      .in = { { X(1), VAL }, { X(3), W2 }, { X(2), NOMEM } }, DABT(0x50, NOMEM + 16) },
    { "reserved_opc11", A64_STP_pre, 0xe9800c41, /* opc=11 */ UNDEF },

    /* LDP (pre-index) */
    { "x", A64_LDP_pre, 0xa9c10c40, /* ldp x0, x3, [x2, #16]! */
      X2(0x100), MX(0x110), .out = { { X(0), VAL }, { X(3), W2 }, { X(2), D(0x110) } } },
    { "w_neg", A64_LDP_pre, 0x29ff0c40, /* ldp w0, w3, [x2, #-8]! */
      X2(0x108), MW(0x100, 0xfedcba98, 0x01234567),
      .out = { { X(0), 0xfedcba98 }, { X(3), 0x01234567 }, { X(2), D(0x100) } } },
    { "rt_eq_rn_wb", A64_LDP_pre, 0xa9c08c42, /* ldp x2, x3, [x2, #8]! */
      X2(0x100), MX(0x108), .out = { { X(3), W2 }, { X(2), D(0x108) } } },
    { "rt_eq_rt2", A64_LDP_pre, 0xa9c08040, /* ldp x0, x0, [x2, #8]! */
      X2(0x100), MX(0x108), .out = { { X(0), W2 }, { X(2), D(0x108) } } },
    { "sp", A64_LDP_pre, 0xa9c10fe0, /* ldp x0, x3, [sp, #16]! */
      .in = { { SP, D(0x100) } }, MX(0x110),
      .out = { { X(0), VAL }, { X(3), W2 }, { SP, D(0x110) } } },
    { "second_faults", A64_LDP_pre, 0xa9c08c40, /* ldp x0, x3, [x2, #8]! */
      .in = { { X(2), RAM_END - 16 } }, DABT(0x10, RAM_END) },
    { "device_unaligned", A64_LDP_pre, 0x29c08c40, /* ldp w0, w3, [x2, #4]! */
      DEVICE, X2(0xfe), DABT(0x21, D(0x102)) },

    /* LDPSW (pre-index) */
    { "basic", A64_LDPSW_pre, 0x69c10c40, /* ldpsw x0, x3, [x2, #8]! */
      X2(0x100), MW(0x108, 0x80000000, 0x12345678),
      .out = { { X(0), 0xffffffff80000000 }, { X(3), 0x12345678 }, { X(2), D(0x108) } } },
    { "min", A64_LDPSW_pre, 0x69e00c40, /* ldpsw x0, x3, [x2, #-256]! */
      X2(0x200), MW(0x100, 0x7fffffff, 0xfffffff0),
      .out = { { X(0), 0x7fffffff }, { X(3), 0xfffffffffffffff0 }, { X(2), D(0x100) } } },
    { "rt2_eq_rn_wb", A64_LDPSW_pre, 0x69c08840, /* ldpsw x0, x2, [x2, #4]! */
      X2(0x100), MW(0x104, 0x80000001, 5),
      .out = { { X(0), 0xffffffff80000001 }, { X(2), D(0x104) } } },

    /* fast path (see WARM above) */
    PLD("w_off", A64_LDP_off, 0x29410c40 /* ldp w0, w3, [x2, #8] */,
        0xf8, MW(0x100, 0x89abcdef, 0x80000000), 0x89abcdef, 0x80000000, 0xf8),
    PLD("x_off", A64_LDP_off, 0xa9408c40 /* ldp x0, x3, [x2, #8] */, 0xf8, MX(0x100), VAL, W2, 0xf8),
    PLD("sw_off", A64_LDPSW_off, 0x69410c40 /* ldpsw x0, x3, [x2, #8] */,
        0xf8, MW(0x100, 0x80000000, 0x7fffffff), 0xffffffff80000000, 0x7fffffff, 0xf8),
    PST("w_off", A64_STP_off, 0x29010c41 /* stp w1, w3, [x2, #8] */,
        0xf8, PW(0x89abcdef, 0x76543210), 0xf8),
    PST("x_off", A64_STP_off, 0xa9008c41 /* stp x1, x3, [x2, #8] */, 0xf8, PX, 0xf8),
    PLD("w_pre", A64_LDP_pre, 0x29c10c40 /* ldp w0, w3, [x2, #8]! */,
        0xf8, MW(0x100, 0x89abcdef, 0x80000000), 0x89abcdef, 0x80000000, 0x100),
    PLD("x_pre", A64_LDP_pre, 0xa9c08c40 /* ldp x0, x3, [x2, #8]! */,
        0xf8, MX(0x100), VAL, W2, 0x100),
    PLD("sw_pre", A64_LDPSW_pre, 0x69c10c40 /* ldpsw x0, x3, [x2, #8]! */,
        0xf8, MW(0x100, 0x80000000, 0x7fffffff), 0xffffffff80000000, 0x7fffffff, 0x100),
    PST("w_pre", A64_STP_pre, 0x29810c41 /* stp w1, w3, [x2, #8]! */,
        0xf8, PW(0x89abcdef, 0x76543210), 0x100),
    PST("x_pre", A64_STP_pre, 0xa9808c41 /* stp x1, x3, [x2, #8]! */, 0xf8, PX, 0x100),
    PLD("w_post", A64_LDP_post, 0x28c10c40 /* ldp w0, w3, [x2], #8 */,
        0x100, MW(0x100, 0x89abcdef, 0x80000000), 0x89abcdef, 0x80000000, 0x108),
    PLD("x_post", A64_LDP_post, 0xa8c08c40 /* ldp x0, x3, [x2], #8 */,
        0x100, MX(0x100), VAL, W2, 0x108),
    PLD("sw_post", A64_LDPSW_post, 0x68c10c40 /* ldpsw x0, x3, [x2], #8 */,
        0x100, MW(0x100, 0x80000000, 0x7fffffff), 0xffffffff80000000, 0x7fffffff, 0x108),
    PST("w_post", A64_STP_post, 0x28810c41 /* stp w1, w3, [x2], #8 */,
        0x100, PW(0x89abcdef, 0x76543210), 0x108),
    PST("x_post", A64_STP_post, 0xa8808c41 /* stp x1, x3, [x2], #8 */, 0x100, PX, 0x108),
    PLD("np", A64_LDNP, 0xa8408c40 /* ldnp x0, x3, [x2, #8] */, 0xf8, MX(0x100), VAL, W2, 0xf8),
    PST("np", A64_STNP, 0x28010c41 /* stnp w1, w3, [x2, #8] */,
        0xf8, PW(0x89abcdef, 0x76543210), 0xf8),
    { "warm_sp_push", A64_STP_pre, 0xa9bf7bfd, /* stp x29, x30, [sp, #-16]! */
      WARM_SP, .in = { { X(29), VAL }, { X(30), W2 }, { SP, D(0x110) } },
      .mem_out = { { D(0x100), 8, VAL }, { D(0x108), 8, W2 } }, .out = { { SP, D(0x100) } } },
    { "warm_sp_pop", A64_LDP_post, 0xa8c17bfd, /* ldp x29, x30, [sp], #16 */
      WARM_SP, .in = { { SP, D(0x100) } }, MX(0x100),
      .out = { { X(29), VAL }, { X(30), W2 }, { SP, D(0x110) } } },
    { "warm_sp_misaligned_sa", A64_LDP_off, 0xa9408fe0, /* ldp x0, x3, [sp, #8] */
      WARM, SA_ON, .in = { { X(2), D(0x100) }, { SP, D(0x108) } }, SP_FAULT },
    { "warm_device_w_4_aligned", A64_LDP_off, 0x29400c40, /* ldp w0, w3, [x2] */
      WARM, DEVICE, X2(0x104), MW(0x104, 0x89abcdef, 0x80000000),
      .out = { { X(0), 0x89abcdef }, { X(3), 0x80000000 } } },
    { "warm_device_x_8_aligned", A64_LDP_off, 0xa9400c40, /* ldp x0, x3, [x2] */
      WARM, DEVICE, X2(0x108), MX(0x108), .out = { { X(0), VAL }, { X(3), W2 } } },
    { "warm_device_unaligned", A64_STP_off, 0x29000c41, /* stp w1, w3, [x2] */
      WARM, DEVICE, ST(0x102), DABT(0x61, D(0x102)) },
    { "warm_page_cross", A64_LDP_off, 0xa9400c40, /* ldp x0, x3, [x2] */
      WARM, X2(0xff8), MX(0xff8), .out = { { X(0), VAL }, { X(3), W2 } } },
    { "warm_second_faults", A64_LDP_post, 0xa8c10c40, /* ldp x0, x3, [x2], #16 */
      WARM, .in = { { X(2), RAM_END - 8 } }, DABT(0x10, RAM_END) },
};

CASE_SET(ldst_pair, c);
