/*
 * cases_ldst_reg.c — Load/store register (register offset) (Arm ARM C6.2
 * STR/LDR/STRB/LDRB/STRH/LDRH/LDRSB/LDRSH/LDRSW/PRFM (register)): every
 * extend (LSL, UXTW, SXTW, SXTX) with and without the shift, reserved
 * option<1> = 0. Words from binutils (tools/asm-words), reserved ones by
 * hand (checked with objdump); values worked from the pseudocode.
 */
#include "insn_case.h"

#define D(o) (T_DATA + (o))
#define VAL 0x0123456789abcdefull       /* X1 in the store cases */
#define NOMEM 0x1000ull               /* not RAM */
#define UNDEF .exc = EXC(EC_UNKNOWN), .check_iss = true, .iss = 0
#define SA_ON .sr_in = { { SR_SCTLR_EL1, 0x30d00800 | SCTLR_SA } }
#define DEVICE .sr_in = { { SR_HCR_EL2, HCR_RW } }   /* HCR_EL2.DC=0: Device memory */
#define SP_FAULT .exc = EXC(EC_SP_ALIGN), .check_iss = true, .iss = 0
#define DABT(i, a) .exc = EXC(EC_DABT_SAME), .check_iss = true, .iss = (i), .far_valid = true, \
                   .far = (a)
#define LD(m) .in = { { X(2), D(0x100) }, { X(3), (m) } }          /* base D(0x100), index m */
#define ST(m) .in = { { X(1), VAL }, { X(2), D(0x100) }, { X(3), (m) } }
/* base that reaches D(0x100) only if W3 = 0xfffffff8 is zero-extended */
#define UXTW_BASE (D(0x100) - 0xfffffff8ull)

/* Fast path: the same accesses with the TLB entry of the page already
 * filled by a set-up load, so each specialised handler's hit path runs (the
 * other cases start with an empty TLB and take the slow path). Each one
 * accesses D(0x100) = x2 + ExtendReg(x3). */
#define WARM .pre = { 0x3940005f }      /* ldrb wzr, [x2] */
#define WARM_SP .pre = { 0x394003ff }   /* ldrb wzr, [sp] */
#define RLD(nm, id, w, base, m3, sz, m, exp)                                             \
    { "warm_" nm, id, w, WARM, .in = { { X(2), D(base) }, { X(3), m3 } },                 \
      .mem_in = { { D(0x100), sz, m } }, .out = { { X(0), exp } } }
#define RST(nm, id, w, base, m3, sz, m)                                                  \
    { "warm_" nm, id, w, WARM, .in = { { X(1), VAL }, { X(2), D(base) }, { X(3), m3 } },   \
      .mem_out = { { D(0x100), sz, m } } }

static const InsnCase c[] = {
    /* STR/STRB/STRH (register) */
    { "x_lsl3", A64_STR_reg, 0xf8237841, /* str x1, [x2, x3, lsl #3] */
      ST(4), .mem_out = { { D(0x120), 8, VAL } } },
    { "x_no_shift", A64_STR_reg, 0xf8236841, /* str x1, [x2, x3] */
      ST(4), .mem_out = { { D(0x104), 8, VAL } } },
    { "b_lsl0", A64_STR_reg, 0x38237841, /* strb w1, [x2, x3, lsl #0] */
      ST(0x10), .mem_out = { { D(0x110), 1, 0xef } } },
    { "h_sxtw_neg", A64_STR_reg, 0x7823d841, /* strh w1, [x2, w3, sxtw #1] */
      ST(0xabcdef01fffffff0), .mem_out = { { D(0xe0), 2, 0xcdef } } },
    { "w_uxtw", A64_STR_reg, 0xb8235841, /* str w1, [x2, w3, uxtw #2] */
      ST(0xffffffff00000004), .mem_out = { { D(0x110), 4, 0x89abcdef } } },
    { "x_sxtx_neg", A64_STR_reg, 0xf823f841, /* str x1, [x2, x3, sxtx #3] */
      ST(-2ull), .mem_out = { { D(0xf0), 8, VAL } } },
    { "rm_zr", A64_STR_reg, 0xf83f6841, /* str x1, [x2, xzr] */
      ST(0), .mem_out = { { D(0x100), 8, VAL } } },
    { "rt_eq_rm", A64_STR_reg, 0xf8236843, /* str x3, [x2, x3] */
      ST(8), .mem_out = { { D(0x108), 8, 8 } } },
    { "rt_zr", A64_STR_reg, 0xb823685f, /* str wzr, [x2, x3] */
      ST(4), .mem_out = { { D(0x104), 4, 0 } } },
    { "sp", A64_STR_reg, 0xf8236be1, /* str x1, [sp, x3] */
      .in = { { X(1), VAL }, { X(3), 0x10 }, { SP, D(0x100) } }, .mem_out = { { D(0x110), 8, VAL } } },
    { "sp_misaligned_sa", A64_STR_reg, 0xf8236be1, /* str x1, [sp, x3] */
      SA_ON, .in = { { X(1), VAL }, { X(3), 8 }, { SP, D(0x108) } }, SP_FAULT },
    { "reserved_uxtb", A64_STR_reg, 0xf8230841, /* option=000 */ UNDEF },
    { "reserved_sxtb", A64_STR_reg, 0xf8238841, /* option=100 */ UNDEF },

    /* LDR/LDRB/LDRH (register) */
    { "x_lsl3", A64_LDR_reg, 0xf8637840, /* ldr x0, [x2, x3, lsl #3] */
      LD(2), .mem_in = { { D(0x110), 8, VAL } }, .out = { { X(0), VAL } } },
    { "w_zero_ext_lsl2", A64_LDR_reg, 0xb8637840, /* ldr w0, [x2, x3, lsl #2] */
      LD(1), .mem_in = { { D(0x104), 4, 0x80000000 } }, .out = { { X(0), 0x80000000 } } },
    { "b_uxtw", A64_LDR_reg, 0x38634840, /* ldrb w0, [x2, w3, uxtw] */
      LD(0xffffffff00000001), .mem_in = { { D(0x101), 1, 0x80 } }, .out = { { X(0), 0x80 } } },
    { "h_sxtw_neg", A64_LDR_reg, 0x7863d840, /* ldrh w0, [x2, w3, sxtw #1] */
      LD(0x00000000ffffffff), .mem_in = { { D(0xfe), 2, 0x8000 } }, .out = { { X(0), 0x8000 } } },
    { "x_sxtx_neg", A64_LDR_reg, 0xf863e840, /* ldr x0, [x2, x3, sxtx] */
      LD(-8ull), .mem_in = { { D(0xf8), 8, VAL } }, .out = { { X(0), VAL } } },
    { "uxtw_no_sign", A64_LDR_reg, 0xf8634840, /* ldr x0, [x2, w3, uxtw] */
      .in = { { X(2), UXTW_BASE }, { X(3), 0x12345678fffffff8 } }, .mem_in = { { D(0x100), 8, VAL } },
      .out = { { X(0), VAL } } },
    { "sxtw_min", A64_LDR_reg, 0xf863c840, /* ldr x0, [x2, w3, sxtw] */
      .in = { { X(2), D(0x100) + 0x80000000ull }, { X(3), 0x80000000 } },
      .mem_in = { { D(0x100), 8, VAL } }, .out = { { X(0), VAL } } },
    { "rt_eq_rn", A64_LDR_reg, 0xf8636842, /* ldr x2, [x2, x3] */
      LD(8), .mem_in = { { D(0x108), 8, VAL } }, .out = { { X(2), VAL } } },
    { "rt_eq_rm", A64_LDR_reg, 0xf8637843, /* ldr x3, [x2, x3, lsl #3] */
      LD(1), .mem_in = { { D(0x108), 8, VAL } }, .out = { { X(3), VAL } } },
    { "rm_zr", A64_LDR_reg, 0xf87f7840, /* ldr x0, [x2, xzr, lsl #3] */
      LD(5), .mem_in = { { D(0x100), 8, VAL } }, .out = { { X(0), VAL } } },
    { "sp", A64_LDR_reg, 0xf8636be0, /* ldr x0, [sp, x3] */
      .in = { { X(3), 0x18 }, { SP, D(0x100) } }, .mem_in = { { D(0x118), 8, VAL } },
      .out = { { X(0), VAL } } },
    { "sp_misaligned_sa", A64_LDR_reg, 0xf8636be0, /* ldr x0, [sp, x3] */
      SA_ON, .in = { { X(3), 8 }, { SP, D(0x108) } }, SP_FAULT },
    { "device_unaligned", A64_LDR_reg, 0xb8636840, /* ldr w0, [x2, x3] */
      DEVICE, LD(1), DABT(0x21, D(0x101)) },
    { "reserved_uxth", A64_LDR_reg, 0xf8632840, /* option=001 */ UNDEF },

    /* LDRSB/LDRSH to X (register) */
    { "sb", A64_LDRS_x_reg, 0x38a36840, /* ldrsb x0, [x2, x3] */
      LD(3), .mem_in = { { D(0x103), 1, 0x80 } }, .out = { { X(0), 0xffffffffffffff80 } } },
    { "sh_lsl1", A64_LDRS_x_reg, 0x78a37840, /* ldrsh x0, [x2, x3, lsl #1] */
      LD(2), .mem_in = { { D(0x104), 2, 0x8000 } }, .out = { { X(0), 0xffffffffffff8000 } } },
    { "sb_sxtw_pos", A64_LDRS_x_reg, 0x38a3d840, /* ldrsb x0, [x2, w3, sxtw #0] */
      LD(0xffffffff), .mem_in = { { D(0xff), 1, 0x7f } }, .out = { { X(0), 0x7f } } },
    { "reserved_uxtb", A64_LDRS_x_reg, 0x38a30840, /* option=000 */ UNDEF },

    /* LDRSW (register) */
    { "lsl2", A64_LDRSW_reg, 0xb8a37840, /* ldrsw x0, [x2, x3, lsl #2] */
      LD(3), .mem_in = { { D(0x10c), 4, 0x80000000 } }, .out = { { X(0), 0xffffffff80000000 } } },
    { "uxtw", A64_LDRSW_reg, 0xb8a34840, /* ldrsw x0, [x2, w3, uxtw] */
      LD(0xffffffff00000004), .mem_in = { { D(0x104), 4, 0x7fffffff } },
      .out = { { X(0), 0x7fffffff } } },
    { "rt_eq_rm", A64_LDRSW_reg, 0xb8a36843, /* ldrsw x3, [x2, x3] */
      LD(8), .mem_in = { { D(0x108), 4, 0xfffffffe } }, .out = { { X(3), 0xfffffffffffffffe } } },
    { "reserved_sxtb", A64_LDRSW_reg, 0xb8a38840, /* option=100 */ UNDEF },

    /* PRFM (register) */
    { "basic", A64_PRFM_reg, 0xf8a37840, /* prfm pldl1keep, [x2, x3, lsl #3] */
      LD(2) },
    { "not_ram", A64_PRFM_reg, 0xf8a3c850, /* prfm pstl1keep, [x2, w3, sxtw] */
      .in = { { X(2), NOMEM } } },
    { "sp_misaligned_sa", A64_PRFM_reg, 0xf8a36be0, /* prfm pldl1keep, [sp, x3] */
      SA_ON, .in = { { X(3), 8 }, { SP, D(0x108) } } },
    { "reserved_uxtb", A64_PRFM_reg, 0xf8a30840, /* option=000 */ UNDEF },

    /* LDRSB/LDRSH to W (register) */
    { "sb", A64_LDRS_w_reg, 0x38e36840, /* ldrsb w0, [x2, x3] */
      LD(1), .mem_in = { { D(0x101), 1, 0x80 } }, .out = { { X(0), 0xffffff80 } } },
    { "sh_sxtx_neg", A64_LDRS_w_reg, 0x78e3f840, /* ldrsh w0, [x2, x3, sxtx #1] */
      LD(-1ull), .mem_in = { { D(0xfe), 2, 0x8000 } }, .out = { { X(0), 0xffff8000 } } },
    { "sh_uxtw", A64_LDRS_w_reg, 0x78e35840, /* ldrsh w0, [x2, w3, uxtw #1] */
      LD(0xffffffff00000002), .mem_in = { { D(0x104), 2, 0x7fff } }, .out = { { X(0), 0x7fff } } },
    { "reserved_uxtb", A64_LDRS_w_reg, 0x38e30840, /* option=000 */ UNDEF },
    { "reserved_size", A64_LDRS_w_reg, 0xb8e36840, /* size=10 opc=11 */ UNDEF },

    /* fast path (see WARM above) */
    RLD("b_lsl", A64_LDR_reg, 0x38637840 /* ldrb w0, [x2, x3, lsl #0] */, 0xf8, 0x8, 1, 0x80, 0x80),
    RLD("h_lsl", A64_LDR_reg, 0x78637840 /* ldrh w0, [x2, x3, lsl #1] */,
        0xf8, 0x4, 2, 0x8000, 0x8000),
    RLD("w_lsl", A64_LDR_reg, 0xb8637840 /* ldr w0, [x2, x3, lsl #2] */,
        0xf8, 0x2, 4, 0x80000000, 0x80000000),
    RLD("x_lsl", A64_LDR_reg, 0xf8637840 /* ldr x0, [x2, x3, lsl #3] */, 0xf8, 0x1, 8, VAL, VAL),
    RLD("sbx_lsl", A64_LDRS_x_reg, 0x38a37840 /* ldrsb x0, [x2, x3, lsl #0] */,
        0xf8, 0x8, 1, 0x80, 0xffffffffffffff80),
    RLD("shx_lsl", A64_LDRS_x_reg, 0x78a37840 /* ldrsh x0, [x2, x3, lsl #1] */,
        0xf8, 0x4, 2, 0x8000, 0xffffffffffff8000),
    RLD("swx_lsl", A64_LDRSW_reg, 0xb8a37840 /* ldrsw x0, [x2, x3, lsl #2] */,
        0xf8, 0x2, 4, 0x80000000, 0xffffffff80000000),
    RLD("sbw_lsl", A64_LDRS_w_reg, 0x38e37840 /* ldrsb w0, [x2, x3, lsl #0] */,
        0xf8, 0x8, 1, 0x80, 0xffffff80),
    RLD("shw_lsl", A64_LDRS_w_reg, 0x78e37840 /* ldrsh w0, [x2, x3, lsl #1] */,
        0xf8, 0x4, 2, 0x8000, 0xffff8000),
    RST("b_lsl", A64_STR_reg, 0x38237841 /* strb w1, [x2, x3, lsl #0] */, 0xf8, 0x8, 1, 0xef),
    RST("h_lsl", A64_STR_reg, 0x78237841 /* strh w1, [x2, x3, lsl #1] */, 0xf8, 0x4, 2, 0xcdef),
    RST("w_lsl", A64_STR_reg, 0xb8237841 /* str w1, [x2, x3, lsl #2] */, 0xf8, 0x2, 4, 0x89abcdef),
    RST("x_lsl", A64_STR_reg, 0xf8237841 /* str x1, [x2, x3, lsl #3] */, 0xf8, 0x1, 8, VAL),
    RLD("b_uxtw", A64_LDR_reg, 0x38635840 /* ldrb w0, [x2, w3, uxtw #0] */,
        0xf8, 0xffffffff00000008, 1, 0x80, 0x80),
    RLD("h_uxtw", A64_LDR_reg, 0x78635840 /* ldrh w0, [x2, w3, uxtw #1] */,
        0xf8, 0xffffffff00000004, 2, 0x8000, 0x8000),
    RLD("w_uxtw", A64_LDR_reg, 0xb8635840 /* ldr w0, [x2, w3, uxtw #2] */,
        0xf8, 0xffffffff00000002, 4, 0x80000000, 0x80000000),
    RLD("x_uxtw", A64_LDR_reg, 0xf8635840 /* ldr x0, [x2, w3, uxtw #3] */,
        0xf8, 0xffffffff00000001, 8, VAL, VAL),
    RLD("sbx_uxtw", A64_LDRS_x_reg, 0x38a35840 /* ldrsb x0, [x2, w3, uxtw #0] */,
        0xf8, 0xffffffff00000008, 1, 0x80, 0xffffffffffffff80),
    RLD("shx_uxtw", A64_LDRS_x_reg, 0x78a35840 /* ldrsh x0, [x2, w3, uxtw #1] */,
        0xf8, 0xffffffff00000004, 2, 0x8000, 0xffffffffffff8000),
    RLD("swx_uxtw", A64_LDRSW_reg, 0xb8a35840 /* ldrsw x0, [x2, w3, uxtw #2] */,
        0xf8, 0xffffffff00000002, 4, 0x80000000, 0xffffffff80000000),
    RLD("sbw_uxtw", A64_LDRS_w_reg, 0x38e35840 /* ldrsb w0, [x2, w3, uxtw #0] */,
        0xf8, 0xffffffff00000008, 1, 0x80, 0xffffff80),
    RLD("shw_uxtw", A64_LDRS_w_reg, 0x78e35840 /* ldrsh w0, [x2, w3, uxtw #1] */,
        0xf8, 0xffffffff00000004, 2, 0x8000, 0xffff8000),
    RST("b_uxtw", A64_STR_reg, 0x38235841 /* strb w1, [x2, w3, uxtw #0] */,
        0xf8, 0xffffffff00000008, 1, 0xef),
    RST("h_uxtw", A64_STR_reg, 0x78235841 /* strh w1, [x2, w3, uxtw #1] */,
        0xf8, 0xffffffff00000004, 2, 0xcdef),
    RST("w_uxtw", A64_STR_reg, 0xb8235841 /* str w1, [x2, w3, uxtw #2] */,
        0xf8, 0xffffffff00000002, 4, 0x89abcdef),
    RST("x_uxtw", A64_STR_reg, 0xf8235841 /* str x1, [x2, w3, uxtw #3] */,
        0xf8, 0xffffffff00000001, 8, VAL),
    RLD("b_sxtw", A64_LDR_reg, 0x3863d840 /* ldrb w0, [x2, w3, sxtw #0] */,
        0x108, 0x12345678fffffff8, 1, 0x80, 0x80),
    RLD("h_sxtw", A64_LDR_reg, 0x7863d840 /* ldrh w0, [x2, w3, sxtw #1] */,
        0x108, 0x12345678fffffffc, 2, 0x8000, 0x8000),
    RLD("w_sxtw", A64_LDR_reg, 0xb863d840 /* ldr w0, [x2, w3, sxtw #2] */,
        0x108, 0x12345678fffffffe, 4, 0x80000000, 0x80000000),
    RLD("x_sxtw", A64_LDR_reg, 0xf863d840 /* ldr x0, [x2, w3, sxtw #3] */,
        0x108, 0x12345678ffffffff, 8, VAL, VAL),
    RLD("sbx_sxtw", A64_LDRS_x_reg, 0x38a3d840 /* ldrsb x0, [x2, w3, sxtw #0] */,
        0x108, 0x12345678fffffff8, 1, 0x80, 0xffffffffffffff80),
    RLD("shx_sxtw", A64_LDRS_x_reg, 0x78a3d840 /* ldrsh x0, [x2, w3, sxtw #1] */,
        0x108, 0x12345678fffffffc, 2, 0x8000, 0xffffffffffff8000),
    RLD("swx_sxtw", A64_LDRSW_reg, 0xb8a3d840 /* ldrsw x0, [x2, w3, sxtw #2] */,
        0x108, 0x12345678fffffffe, 4, 0x80000000, 0xffffffff80000000),
    RLD("sbw_sxtw", A64_LDRS_w_reg, 0x38e3d840 /* ldrsb w0, [x2, w3, sxtw #0] */,
        0x108, 0x12345678fffffff8, 1, 0x80, 0xffffff80),
    RLD("shw_sxtw", A64_LDRS_w_reg, 0x78e3d840 /* ldrsh w0, [x2, w3, sxtw #1] */,
        0x108, 0x12345678fffffffc, 2, 0x8000, 0xffff8000),
    RST("b_sxtw", A64_STR_reg, 0x3823d841 /* strb w1, [x2, w3, sxtw #0] */,
        0x108, 0x12345678fffffff8, 1, 0xef),
    RST("h_sxtw", A64_STR_reg, 0x7823d841 /* strh w1, [x2, w3, sxtw #1] */,
        0x108, 0x12345678fffffffc, 2, 0xcdef),
    RST("w_sxtw", A64_STR_reg, 0xb823d841 /* str w1, [x2, w3, sxtw #2] */,
        0x108, 0x12345678fffffffe, 4, 0x89abcdef),
    RST("x_sxtw", A64_STR_reg, 0xf823d841 /* str x1, [x2, w3, sxtw #3] */,
        0x108, 0x12345678ffffffff, 8, VAL),
    { "warm_sp", A64_STR_reg, 0xf8237be1, /* str x1, [sp, x3, lsl #3] */
      WARM_SP, .in = { { X(1), VAL }, { X(3), 2 }, { SP, D(0x100) } },
      .mem_out = { { D(0x110), 8, VAL } } },
    { "warm_sp_misaligned_sa", A64_LDR_reg, 0xf8636be0, /* ldr x0, [sp, x3] */
      WARM, SA_ON, .in = { { X(2), D(0x100) }, { X(3), 8 }, { SP, D(0x108) } }, SP_FAULT },
    { "warm_device_unaligned", A64_LDR_reg, 0x78636840, /* ldrh w0, [x2, x3] */
      WARM, DEVICE, LD(1), DABT(0x21, D(0x101)) },
};

CASE_SET(ldst_reg, c);
