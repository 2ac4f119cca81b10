/*
 * cases_ldst_imm.c — Load/store register (immediate) (Arm ARM C6.2): STUR/
 * LDUR*, PRFUM, post-index, unprivileged STTR/LDTR*, pre-index, unsigned
 * offset incl. PRFM. Expected values worked from the pseudocode; words from
 * binutils (tools/asm-words), the reserved ones by hand (checked with
 * objdump). Data window at T_DATA = 0x40100000; not-RAM addresses abort.
 */
#include "insn_case.h"

#define D(o) (T_DATA + (o))
#define VAL 0x0123456789abcdefull       /* X1 in the store cases */
#define NOMEM 0x1000ull               /* not RAM: external abort, DFSC 0x10 */
#define BIG 0x0001000000000000ull     /* beyond the 48-bit PA: address size fault */
#define UNDEF .exc = EXC(EC_UNKNOWN), .check_iss = true, .iss = 0
#define SA_ON .sr_in = { { SR_SCTLR_EL1, 0x30d00800 | SCTLR_SA } }
#define DEVICE .sr_in = { { SR_HCR_EL2, HCR_RW } }   /* HCR_EL2.DC=0: Device memory */
#define SP_FAULT .exc = EXC(EC_SP_ALIGN), .check_iss = true, .iss = 0
#define DABT(i, a) .exc = EXC(EC_DABT_SAME), .check_iss = true, .iss = (i), .far_valid = true, \
                   .far = (a)
#define X2(o) .in = { { X(2), D(o) } }
#define ST(o) .in = { { X(1), VAL }, { X(2), D(o) } }

/* Fast path: the same accesses with the TLB entry of the page already
 * filled by a set-up load, so the specialised handler's hit path runs (the
 * other cases start with an empty TLB and take the slow path). Each one
 * accesses D(0x100); the base is x2. */
#define WARM .pre = { 0x3940005f }      /* ldrb wzr, [x2] */
#define WARM_SP .pre = { 0x394003ff }   /* ldrb wzr, [sp] */
#define WLD(nm, id, w, base, sz, m, exp, wb)                                             \
    { "warm_" nm, id, w, WARM, .in = { { X(2), D(base) } }, .mem_in = { { D(0x100), sz, m } }, \
      .out = { { X(0), exp }, { X(2), D(wb) } } }
#define WST(nm, id, w, base, sz, m, wb)                                                  \
    { "warm_" nm, id, w, WARM, .in = { { X(1), VAL }, { X(2), D(base) } },                   \
      .mem_out = { { D(0x100), sz, m } }, .out = { { X(2), D(wb) } } }

static const InsnCase c[] = {
    /* STUR (unscaled) */
    { "x_neg", A64_STUR, 0xf81f8041, /* stur x1, [x2, #-8] */
      ST(0x108), .mem_out = { { D(0x100), 8, VAL } } },
    { "b_min", A64_STUR, 0x38100041, /* sturb w1, [x2, #-256] */
      ST(0x200), .mem_out = { { D(0x100), 1, 0xef } } },
    { "h_max", A64_STUR, 0x780ff041, /* sturh w1, [x2, #255] */
      ST(0x100), .mem_out = { { D(0x1ff), 2, 0xcdef } } },
    { "w_zr", A64_STUR, 0xb800105f, /* stur wzr, [x2, #1] */
      X2(0x100), .mem_out = { { D(0x101), 4, 0 } } },
    { "sp", A64_STUR, 0xf81f03e1, /* stur x1, [sp, #-16] */
      .in = { { X(1), VAL }, { SP, D(0x110) } }, .mem_out = { { D(0x100), 8, VAL } } },
    { "device_unaligned", A64_STUR, 0xf8001041, /* stur x1, [x2, #1] */
      DEVICE, ST(0x100), DABT(0x61, D(0x101)) },

    /* LDUR */
    { "x", A64_LDUR, 0xf85ff040, /* ldur x0, [x2, #-1] */
      X2(0x100), .mem_in = { { D(0xff), 8, VAL } }, .out = { { X(0), VAL } } },
    { "w_zero_ext", A64_LDUR, 0xb8403040, /* ldur w0, [x2, #3] */
      X2(0x100), .mem_in = { { D(0x103), 4, 0x89abcdef } }, .out = { { X(0), 0x89abcdef } } },
    { "b_max", A64_LDUR, 0x384ff040, /* ldurb w0, [x2, #255] */
      X2(0x100), .mem_in = { { D(0x1ff), 1, 0xfe } }, .out = { { X(0), 0xfe } } },
    { "h_min", A64_LDUR, 0x78500040, /* ldurh w0, [x2, #-256] */
      X2(0x100), .mem_in = { { D(0), 2, 0x8001 } }, .out = { { X(0), 0x8001 } } },
    { "rt_eq_rn", A64_LDUR, 0xf8408042, /* ldur x2, [x2, #8] */
      X2(0x100), .mem_in = { { D(0x108), 8, VAL } }, .out = { { X(2), VAL } } },
    { "rt_zr", A64_LDUR, 0xf840005f, /* ldur xzr, [x2] */
      X2(0x100) },
    { "page_cross", A64_LDUR, 0xf85fc040, /* ldur x0, [x2, #-4] */
      X2(0x1000), .mem_in = { { D(0xffc), 8, VAL } }, .out = { { X(0), VAL } } },
    { "sp_misaligned_sa", A64_LDUR, 0xf84083e0, /* ldur x0, [sp, #8] */
      SA_ON, .in = { { SP, D(0x108) } }, SP_FAULT },
    { "sp_misaligned_no_sa", A64_LDUR, 0xf85f83e0, /* ldur x0, [sp, #-8] */
      .in = { { SP, D(0x108) } }, .mem_in = { { D(0x100), 8, VAL } }, .out = { { X(0), VAL } } },
    { "addr_size_fault", A64_LDUR, 0xf8400040, /* ldur x0, [x2] */
      .in = { { X(2), BIG } }, DABT(0, BIG) },

    /* LDURSB/LDURSH to X */
    { "sb_neg", A64_LDURS_x, 0x389ff040, /* ldursb x0, [x2, #-1] */
      X2(0x100), .mem_in = { { D(0xff), 1, 0x80 } }, .out = { { X(0), 0xffffffffffffff80 } } },
    { "sh_neg", A64_LDURS_x, 0x78801040, /* ldursh x0, [x2, #1] */
      X2(0x100), .mem_in = { { D(0x101), 2, 0x8000 } }, .out = { { X(0), 0xffffffffffff8000 } } },
    { "sb_pos", A64_LDURS_x, 0x388ff040, /* ldursb x0, [x2, #255] */
      X2(0x100), .mem_in = { { D(0x1ff), 1, 0x7f } }, .out = { { X(0), 0x7f } } },
    { "sh_rt_eq_rn", A64_LDURS_x, 0x78900042, /* ldursh x2, [x2, #-256] */
      X2(0x100), .mem_in = { { D(0), 2, 0xfffe } }, .out = { { X(2), 0xfffffffffffffffe } } },

    /* LDURSW */
    { "neg", A64_LDURSW, 0xb89fc040, /* ldursw x0, [x2, #-4] */
      X2(0x100), .mem_in = { { D(0xfc), 4, 0x80000000 } },
      .out = { { X(0), 0xffffffff80000000 } } },
    { "pos", A64_LDURSW, 0xb8802040, /* ldursw x0, [x2, #2] */
      X2(0x100), .mem_in = { { D(0x102), 4, 0x7fffffff } }, .out = { { X(0), 0x7fffffff } } },
    { "sp", A64_LDURSW, 0xb88ff3e0, /* ldursw x0, [sp, #255] */
      .in = { { SP, D(0x100) } }, .mem_in = { { D(0x1ff), 4, 0xfffffffe } },
      .out = { { X(0), 0xfffffffffffffffe } } },

    /* PRFUM: a hint, never an access or a fault */
    { "basic", A64_PRFUM, 0xf8900040, /* prfum pldl1keep, [x2, #-256] */
      X2(0x100) },
    { "not_ram", A64_PRFUM, 0xf8801053, /* prfum pstl2strm, [x2, #1] */
      .in = { { X(2), NOMEM } } },
    { "sp_misaligned_sa", A64_PRFUM, 0xf88033e0, /* prfum pldl1keep, [sp, #3] */
      SA_ON, .in = { { SP, D(0x108) } } },
    { "unalloc_op", A64_PRFUM, 0xf8800058, /* prfum #24, [x2] */
      .in = { { X(2), BIG } } },

    /* LDURSB/LDURSH to W */
    { "sb_neg", A64_LDURS_w, 0x38dff040, /* ldursb w0, [x2, #-1] */
      X2(0x100), .mem_in = { { D(0xff), 1, 0x80 } }, .out = { { X(0), 0xffffff80 } } },
    { "sh_neg", A64_LDURS_w, 0x78dfe040, /* ldursh w0, [x2, #-2] */
      X2(0x100), .mem_in = { { D(0xfe), 2, 0x8000 } }, .out = { { X(0), 0xffff8000 } } },
    { "sh_pos", A64_LDURS_w, 0x78cff040, /* ldursh w0, [x2, #255] */
      X2(0x100), .mem_in = { { D(0x1ff), 2, 0x7fff } }, .out = { { X(0), 0x7fff } } },
    { "sb_rt_zr", A64_LDURS_w, 0x38c0005f, /* ldursb wzr, [x2] */
      X2(0x100) },
    { "reserved_size", A64_LDURS_w, 0xb8c00040, /* size=10 opc=11: unallocated */ UNDEF },

    /* STR (immediate, post-index) */
    { "x_neg", A64_STR_post, 0xf8100441, /* str x1, [x2], #-256 */
      ST(0x100), .mem_out = { { D(0x100), 8, VAL } }, .out = { { X(2), D(0) } } },
    { "b_max", A64_STR_post, 0x380ff441, /* strb w1, [x2], #255 */
      ST(0x100), .mem_out = { { D(0x100), 1, 0xef } }, .out = { { X(2), D(0x1ff) } } },
    { "h", A64_STR_post, 0x78002441, /* strh w1, [x2], #2 */
      ST(0x100), .mem_out = { { D(0x100), 2, 0xcdef } }, .out = { { X(2), D(0x102) } } },
    { "w", A64_STR_post, 0xb81fc441, /* str w1, [x2], #-4 */
      ST(0x100), .mem_out = { { D(0x100), 4, 0x89abcdef } }, .out = { { X(2), D(0xfc) } } },
    { "rt_eq_rn", A64_STR_post, 0xf8008442, /* str x2, [x2], #8 */
      X2(0x100), .mem_out = { { D(0x100), 8, D(0x100) } }, .out = { { X(2), D(0x108) } } },
    { "rt_zr", A64_STR_post, 0xf800845f, /* str xzr, [x2], #8 */
      X2(0x100), .mem_out = { { D(0x100), 8, 0 } }, .out = { { X(2), D(0x108) } } },
    { "sp", A64_STR_post, 0xf80107e1, /* str x1, [sp], #16 */
      .in = { { X(1), VAL }, { SP, D(0x100) } }, .mem_out = { { D(0x100), 8, VAL } },
      .out = { { SP, D(0x110) } } },
    { "sp_misaligned_sa", A64_STR_post, 0xf80107e1, /* str x1, [sp], #16 */
      SA_ON, .in = { { X(1), VAL }, { SP, D(0x108) } }, SP_FAULT },
    { "not_ram", A64_STR_post, 0xf8008441, /* str x1, [x2], #8 */
      .in = { { X(1), VAL }, { X(2), NOMEM } }, DABT(0x50, NOMEM) },

    /* LDR (immediate, post-index) */
    { "x_neg", A64_LDR_post, 0xf8500440, /* ldr x0, [x2], #-256 */
      X2(0x100), .mem_in = { { D(0x100), 8, VAL } }, .out = { { X(0), VAL }, { X(2), D(0) } } },
    { "w_zero_ext", A64_LDR_post, 0xb8404440, /* ldr w0, [x2], #4 */
      X2(0x100), .mem_in = { { D(0x100), 4, 0x89abcdef } },
      .out = { { X(0), 0x89abcdef }, { X(2), D(0x104) } } },
    { "b_max", A64_LDR_post, 0x384ff440, /* ldrb w0, [x2], #255 */
      X2(0x100), .mem_in = { { D(0x100), 1, 0x80 } },
      .out = { { X(0), 0x80 }, { X(2), D(0x1ff) } } },
    { "h", A64_LDR_post, 0x785fe440, /* ldrh w0, [x2], #-2 */
      X2(0x100), .mem_in = { { D(0x100), 2, 0x8000 } },
      .out = { { X(0), 0x8000 }, { X(2), D(0xfe) } } },
    { "rt_eq_rn_wb", A64_LDR_post, 0xf8408442, /* ldr x2, [x2], #8 */
      X2(0x100), .mem_in = { { D(0x100), 8, VAL } }, .out = { { X(2), D(0x108) } } },
    { "rt_zr", A64_LDR_post, 0xf840845f, /* ldr xzr, [x2], #8 */
      X2(0x100), .out = { { X(2), D(0x108) } } },
    { "sp_pop", A64_LDR_post, 0xf84107e0, /* ldr x0, [sp], #16 */
      .in = { { SP, D(0x100) } }, .mem_in = { { D(0x100), 8, VAL } },
      .out = { { X(0), VAL }, { SP, D(0x110) } } },
    { "not_ram", A64_LDR_post, 0xf8408440, /* ldr x0, [x2], #8 */
      .in = { { X(2), NOMEM } }, DABT(0x10, NOMEM) },
    { "device_unaligned", A64_LDR_post, 0xf8408440, /* ldr x0, [x2], #8 */
      DEVICE, X2(0x104), DABT(0x21, D(0x104)) },
    { "device_aligned", A64_LDR_post, 0xf8408440, /* ldr x0, [x2], #8 */
      DEVICE, X2(0x108), .mem_in = { { D(0x108), 8, VAL } },
      .out = { { X(0), VAL }, { X(2), D(0x110) } } },

    /* LDRSB/LDRSH to X (post-index) */
    { "sb", A64_LDRS_x_post, 0x38801440, /* ldrsb x0, [x2], #1 */
      X2(0x100), .mem_in = { { D(0x100), 1, 0x80 } },
      .out = { { X(0), 0xffffffffffffff80 }, { X(2), D(0x101) } } },
    { "sh", A64_LDRS_x_post, 0x78900440, /* ldrsh x0, [x2], #-256 */
      X2(0x100), .mem_in = { { D(0x100), 2, 0x8000 } },
      .out = { { X(0), 0xffffffffffff8000 }, { X(2), D(0) } } },
    { "sb_pos", A64_LDRS_x_post, 0x388ff440, /* ldrsb x0, [x2], #255 */
      X2(0x100), .mem_in = { { D(0x100), 1, 0x7f } },
      .out = { { X(0), 0x7f }, { X(2), D(0x1ff) } } },
    { "sh_rt_eq_rn_wb", A64_LDRS_x_post, 0x78802442, /* ldrsh x2, [x2], #2 */
      X2(0x100), .mem_in = { { D(0x100), 2, 0x8000 } }, .out = { { X(2), D(0x102) } } },

    /* LDRSW (post-index) */
    { "neg", A64_LDRSW_post, 0xb8804440, /* ldrsw x0, [x2], #4 */
      X2(0x100), .mem_in = { { D(0x100), 4, 0x80000000 } },
      .out = { { X(0), 0xffffffff80000000 }, { X(2), D(0x104) } } },
    { "pos_min", A64_LDRSW_post, 0xb8900440, /* ldrsw x0, [x2], #-256 */
      X2(0x100), .mem_in = { { D(0x100), 4, 0x7fffffff } },
      .out = { { X(0), 0x7fffffff }, { X(2), D(0) } } },
    { "sp", A64_LDRSW_post, 0xb88107e0, /* ldrsw x0, [sp], #16 */
      .in = { { SP, D(0x100) } }, .mem_in = { { D(0x100), 4, 0xffffffff } },
      .out = { { X(0), ~0ull }, { SP, D(0x110) } } },

    /* LDRSB/LDRSH to W (post-index) */
    { "sb", A64_LDRS_w_post, 0x38c01440, /* ldrsb w0, [x2], #1 */
      X2(0x100), .mem_in = { { D(0x100), 1, 0x80 } },
      .out = { { X(0), 0xffffff80 }, { X(2), D(0x101) } } },
    { "sh", A64_LDRS_w_post, 0x78d00440, /* ldrsh w0, [x2], #-256 */
      X2(0x100), .mem_in = { { D(0x100), 2, 0x8000 } },
      .out = { { X(0), 0xffff8000 }, { X(2), D(0) } } },
    { "sh_pos", A64_LDRS_w_post, 0x78cff440, /* ldrsh w0, [x2], #255 */
      X2(0x100), .mem_in = { { D(0x100), 2, 0x7fff } },
      .out = { { X(0), 0x7fff }, { X(2), D(0x1ff) } } },
    { "reserved_size", A64_LDRS_w_post, 0xb8c00440, /* size=10 opc=11 */ UNDEF },

    /* STTR (unprivileged; with the MMU off EL0 and EL1 permissions agree) */
    { "x_neg", A64_STTR, 0xf81f8841, /* sttr x1, [x2, #-8] */
      ST(0x108), .mem_out = { { D(0x100), 8, VAL } } },
    { "b_max", A64_STTR, 0x380ff841, /* sttrb w1, [x2, #255] */
      ST(0x100), .mem_out = { { D(0x1ff), 1, 0xef } } },
    { "h_el0", A64_STTR, 0x78100841, /* sttrh w1, [x2, #-256] */
      .el = EL0_, ST(0x200), .mem_out = { { D(0x100), 2, 0xcdef } } },
    { "w_sp", A64_STTR, 0xb8004be1, /* sttr w1, [sp, #4] */
      .in = { { X(1), VAL }, { SP, D(0x100) } }, .mem_out = { { D(0x104), 4, 0x89abcdef } } },
    { "rt_zr", A64_STTR, 0xf800085f, /* sttr xzr, [x2] */
      X2(0x100), .mem_out = { { D(0x100), 8, 0 } } },
    { "device_unaligned", A64_STTR, 0xb8002841, /* sttr w1, [x2, #2] */
      DEVICE, ST(0x100), DABT(0x61, D(0x102)) },

    /* LDTR */
    { "x_min", A64_LDTR, 0xf8500840, /* ldtr x0, [x2, #-256] */
      X2(0x200), .mem_in = { { D(0x100), 8, VAL } }, .out = { { X(0), VAL } } },
    { "w_zero_ext", A64_LDTR, 0xb84ff840, /* ldtr w0, [x2, #255] */
      X2(0x100), .mem_in = { { D(0x1ff), 4, 0x89abcdef } }, .out = { { X(0), 0x89abcdef } } },
    { "b_el0", A64_LDTR, 0x38401840, /* ldtrb w0, [x2, #1] */
      .el = EL0_, X2(0x100), .mem_in = { { D(0x101), 1, 0x80 } }, .out = { { X(0), 0x80 } } },
    { "h", A64_LDTR, 0x78400840, /* ldtrh w0, [x2] */
      X2(0x100), .mem_in = { { D(0x100), 2, 0x8000 } }, .out = { { X(0), 0x8000 } } },
    { "rt_eq_rn", A64_LDTR, 0xf8408842, /* ldtr x2, [x2, #8] */
      X2(0x100), .mem_in = { { D(0x108), 8, VAL } }, .out = { { X(2), VAL } } },
    { "sp_misaligned_sa0_el0", A64_LDTR, 0xf8400be0, /* ldtr x0, [sp] */
      .el = EL0_, .sr_in = { { SR_SCTLR_EL1, 0x30d00800 | SCTLR_SA0 } }, .in = { { SP, D(0x108) } },
      SP_FAULT },
    { "not_ram_el0", A64_LDTR, 0xf8400840, /* ldtr x0, [x2] */
      .el = EL0_, .in = { { X(2), NOMEM } }, .exc = EXC(EC_DABT_LOWER), .check_iss = true,
      .iss = 0x10, .far_valid = true, .far = NOMEM },

    /* LDTRSB/LDTRSH to X */
    { "sb", A64_LDTRS_x, 0x389ff840, /* ldtrsb x0, [x2, #-1] */
      X2(0x100), .mem_in = { { D(0xff), 1, 0x80 } }, .out = { { X(0), 0xffffffffffffff80 } } },
    { "sh_el0", A64_LDTRS_x, 0x78802840, /* ldtrsh x0, [x2, #2] */
      .el = EL0_, X2(0x100), .mem_in = { { D(0x102), 2, 0x8000 } },
      .out = { { X(0), 0xffffffffffff8000 } } },
    { "sh_pos", A64_LDTRS_x, 0x788ff840, /* ldtrsh x0, [x2, #255] */
      X2(0x100), .mem_in = { { D(0x1ff), 2, 0x7fff } }, .out = { { X(0), 0x7fff } } },

    /* LDTRSW */
    { "neg", A64_LDTRSW, 0xb8900840, /* ldtrsw x0, [x2, #-256] */
      X2(0x200), .mem_in = { { D(0x100), 4, 0x80000000 } },
      .out = { { X(0), 0xffffffff80000000 } } },
    { "pos", A64_LDTRSW, 0xb8804840, /* ldtrsw x0, [x2, #4] */
      X2(0x100), .mem_in = { { D(0x104), 4, 0x7fffffff } }, .out = { { X(0), 0x7fffffff } } },
    { "not_ram", A64_LDTRSW, 0xb8800840, /* ldtrsw x0, [x2] */
      .in = { { X(2), NOMEM } }, DABT(0x10, NOMEM) },

    /* LDTRSB/LDTRSH to W */
    { "sb", A64_LDTRS_w, 0x38c01840, /* ldtrsb w0, [x2, #1] */
      X2(0x100), .mem_in = { { D(0x101), 1, 0x80 } }, .out = { { X(0), 0xffffff80 } } },
    { "sh", A64_LDTRS_w, 0x78dfe840, /* ldtrsh w0, [x2, #-2] */
      X2(0x100), .mem_in = { { D(0xfe), 2, 0x8000 } }, .out = { { X(0), 0xffff8000 } } },
    { "sh_pos_el0", A64_LDTRS_w, 0x78c00840, /* ldtrsh w0, [x2] */
      .el = EL0_, X2(0x100), .mem_in = { { D(0x100), 2, 0x7fff } }, .out = { { X(0), 0x7fff } } },
    { "reserved_size", A64_LDTRS_w, 0xb8c00840, /* size=10 opc=11 */ UNDEF },

    /* STR (immediate, pre-index) */
    { "x_neg", A64_STR_pre, 0xf81f8c41, /* str x1, [x2, #-8]! */
      ST(0x108), .mem_out = { { D(0x100), 8, VAL } }, .out = { { X(2), D(0x100) } } },
    { "b_max", A64_STR_pre, 0x380ffc41, /* strb w1, [x2, #255]! */
      ST(0x100), .mem_out = { { D(0x1ff), 1, 0xef } }, .out = { { X(2), D(0x1ff) } } },
    { "h_min", A64_STR_pre, 0x78100c41, /* strh w1, [x2, #-256]! */
      ST(0x200), .mem_out = { { D(0x100), 2, 0xcdef } }, .out = { { X(2), D(0x100) } } },
    { "w", A64_STR_pre, 0xb8004c41, /* str w1, [x2, #4]! */
      ST(0x100), .mem_out = { { D(0x104), 4, 0x89abcdef } }, .out = { { X(2), D(0x104) } } },
    { "rt_eq_rn", A64_STR_pre, 0xf8008c42, /* str x2, [x2, #8]! */
      X2(0x100), .mem_out = { { D(0x108), 8, D(0x100) } }, .out = { { X(2), D(0x108) } } },
    { "push_sp", A64_STR_pre, 0xf81f0fe1, /* str x1, [sp, #-16]! */
      .in = { { X(1), VAL }, { SP, D(0x110) } }, .mem_out = { { D(0x100), 8, VAL } },
      .out = { { SP, D(0x100) } } },
    { "sp_misaligned_sa", A64_STR_pre, 0xf81f8fe1, /* str x1, [sp, #-8]! */
      SA_ON, .in = { { X(1), VAL }, { SP, D(0x108) } }, SP_FAULT },
    { "device_unaligned", A64_STR_pre, 0xf8004c41, /* str x1, [x2, #4]! */
      DEVICE, ST(0x100), DABT(0x61, D(0x104)) },

    /* LDR (immediate, pre-index) */
    { "x", A64_LDR_pre, 0xf8408c40, /* ldr x0, [x2, #8]! */
      X2(0x100), .mem_in = { { D(0x108), 8, VAL } }, .out = { { X(0), VAL }, { X(2), D(0x108) } } },
    { "w_zero_ext", A64_LDR_pre, 0xb85fcc40, /* ldr w0, [x2, #-4]! */
      X2(0x100), .mem_in = { { D(0xfc), 4, 0xfedcba98 } },
      .out = { { X(0), 0xfedcba98 }, { X(2), D(0xfc) } } },
    { "b_min", A64_LDR_pre, 0x38500c40, /* ldrb w0, [x2, #-256]! */
      X2(0x200), .mem_in = { { D(0x100), 1, 0xff } },
      .out = { { X(0), 0xff }, { X(2), D(0x100) } } },
    { "h_max", A64_LDR_pre, 0x784ffc40, /* ldrh w0, [x2, #255]! */
      X2(0x100), .mem_in = { { D(0x1ff), 2, 0xffff } },
      .out = { { X(0), 0xffff }, { X(2), D(0x1ff) } } },
    { "rt_eq_rn_wb", A64_LDR_pre, 0xf8408c42, /* ldr x2, [x2, #8]! */
      X2(0x100), .mem_in = { { D(0x108), 8, VAL } }, .out = { { X(2), D(0x108) } } },
    { "sp", A64_LDR_pre, 0xf8410fe0, /* ldr x0, [sp, #16]! */
      .in = { { SP, D(0x100) } }, .mem_in = { { D(0x110), 8, VAL } },
      .out = { { X(0), VAL }, { SP, D(0x110) } } },
    { "not_ram", A64_LDR_pre, 0xf8408c40, /* ldr x0, [x2, #8]! */
      .in = { { X(2), NOMEM } }, DABT(0x10, NOMEM + 8) },
    { "device_unaligned", A64_LDR_pre, 0xb8402c40, /* ldr w0, [x2, #2]! */
      DEVICE, X2(0x100), DABT(0x21, D(0x102)) },

    /* LDRSB/LDRSH to X (pre-index) */
    { "sb", A64_LDRS_x_pre, 0x389ffc40, /* ldrsb x0, [x2, #-1]! */
      X2(0x100), .mem_in = { { D(0xff), 1, 0x80 } },
      .out = { { X(0), 0xffffffffffffff80 }, { X(2), D(0xff) } } },
    { "sh", A64_LDRS_x_pre, 0x78802c40, /* ldrsh x0, [x2, #2]! */
      X2(0x100), .mem_in = { { D(0x102), 2, 0x8000 } },
      .out = { { X(0), 0xffffffffffff8000 }, { X(2), D(0x102) } } },
    { "sb_rt_eq_rn_wb", A64_LDRS_x_pre, 0x38801c42, /* ldrsb x2, [x2, #1]! */
      X2(0x100), .mem_in = { { D(0x101), 1, 0x80 } }, .out = { { X(2), D(0x101) } } },

    /* LDRSW (pre-index) */
    { "neg", A64_LDRSW_pre, 0xb8804c40, /* ldrsw x0, [x2, #4]! */
      X2(0x100), .mem_in = { { D(0x104), 4, 0x80000000 } },
      .out = { { X(0), 0xffffffff80000000 }, { X(2), D(0x104) } } },
    { "pos_min", A64_LDRSW_pre, 0xb8900c40, /* ldrsw x0, [x2, #-256]! */
      X2(0x200), .mem_in = { { D(0x100), 4, 0x7fffffff } },
      .out = { { X(0), 0x7fffffff }, { X(2), D(0x100) } } },
    { "rt_zr", A64_LDRSW_pre, 0xb8804c5f, /* ldrsw xzr, [x2, #4]! */
      X2(0x100), .out = { { X(2), D(0x104) } } },

    /* LDRSB/LDRSH to W (pre-index) */
    { "sb_max", A64_LDRS_w_pre, 0x38cffc40, /* ldrsb w0, [x2, #255]! */
      X2(0x100), .mem_in = { { D(0x1ff), 1, 0x80 } },
      .out = { { X(0), 0xffffff80 }, { X(2), D(0x1ff) } } },
    { "sh", A64_LDRS_w_pre, 0x78dfec40, /* ldrsh w0, [x2, #-2]! */
      X2(0x100), .mem_in = { { D(0xfe), 2, 0x8000 } },
      .out = { { X(0), 0xffff8000 }, { X(2), D(0xfe) } } },
    { "sh_pos", A64_LDRS_w_pre, 0x78c02c40, /* ldrsh w0, [x2, #2]! */
      X2(0x100), .mem_in = { { D(0x102), 2, 0x7fff } },
      .out = { { X(0), 0x7fff }, { X(2), D(0x102) } } },
    { "reserved_size", A64_LDRS_w_pre, 0xb8c00c40, /* size=10 opc=11 */ UNDEF },

    /* STR (immediate, unsigned offset) */
    { "x_max", A64_STR_uoff, 0xf93ffc41, /* str x1, [x2, #32760] */
      ST(0x100), .mem_out = { { D(0x80f8), 8, VAL } } },
    { "b_max", A64_STR_uoff, 0x393ffc41, /* strb w1, [x2, #4095] */
      ST(0x100), .mem_out = { { D(0x10ff), 1, 0xef } } },
    { "h_max", A64_STR_uoff, 0x793ffc41, /* strh w1, [x2, #8190] */
      ST(0x100), .mem_out = { { D(0x20fe), 2, 0xcdef } } },
    { "w_max", A64_STR_uoff, 0xb93ffc41, /* str w1, [x2, #16380] */
      ST(0x100), .mem_out = { { D(0x40fc), 4, 0x89abcdef } } },
    { "rt_eq_rn", A64_STR_uoff, 0xf9000042, /* str x2, [x2] */
      X2(0x100), .mem_out = { { D(0x100), 8, D(0x100) } } },
    { "rt_zr", A64_STR_uoff, 0xb900045f, /* str wzr, [x2, #4] */
      X2(0x100), .mem_out = { { D(0x104), 4, 0 } } },
    { "sp", A64_STR_uoff, 0xf90007e1, /* str x1, [sp, #8] */
      .in = { { X(1), VAL }, { SP, D(0x100) } }, .mem_out = { { D(0x108), 8, VAL } } },
    { "sp_misaligned_sa", A64_STR_uoff, 0xf90003e1, /* str x1, [sp] */
      SA_ON, .in = { { X(1), VAL }, { SP, D(0x108) } }, SP_FAULT },
    { "page_cross", A64_STR_uoff, 0xf9000041, /* str x1, [x2] */
      ST(0xffd), .mem_out = { { D(0xffd), 8, VAL } } },
    { "sctlr_a_unaligned", A64_STR_uoff, 0xb9000441, /* str w1, [x2, #4] */
      .sr_in = { { SR_SCTLR_EL1, 0x30d00800 | SCTLR_A } }, ST(0x101), DABT(0x61, D(0x105)) },

    /* LDR (immediate, unsigned offset) */
    { "x_max", A64_LDR_uoff, 0xf97ffc40, /* ldr x0, [x2, #32760] */
      X2(0x100), .mem_in = { { D(0x80f8), 8, VAL } }, .out = { { X(0), VAL } } },
    { "w_zero_ext", A64_LDR_uoff, 0xb97ffc40, /* ldr w0, [x2, #16380] */
      X2(0x100), .mem_in = { { D(0x40fc), 4, 0x80000000 } }, .out = { { X(0), 0x80000000 } } },
    { "b_max", A64_LDR_uoff, 0x397ffc40, /* ldrb w0, [x2, #4095] */
      X2(0x100), .mem_in = { { D(0x10ff), 1, 0x80 } }, .out = { { X(0), 0x80 } } },
    { "h_max", A64_LDR_uoff, 0x797ffc40, /* ldrh w0, [x2, #8190] */
      X2(0x100), .mem_in = { { D(0x20fe), 2, 0x8000 } }, .out = { { X(0), 0x8000 } } },
    { "rt_eq_rn", A64_LDR_uoff, 0xf9400442, /* ldr x2, [x2, #8] */
      X2(0x100), .mem_in = { { D(0x108), 8, VAL } }, .out = { { X(2), VAL } } },
    { "rt_zr", A64_LDR_uoff, 0xf940005f, /* ldr xzr, [x2] */
      X2(0x100) },
    { "sp", A64_LDR_uoff, 0xf94007e0, /* ldr x0, [sp, #8] */
      .in = { { SP, D(0x100) } }, .mem_in = { { D(0x108), 8, VAL } }, .out = { { X(0), VAL } } },
    { "sp_misaligned_sa", A64_LDR_uoff, 0xf94007e0, /* ldr x0, [sp, #8] */
      SA_ON, .in = { { SP, D(0x104) } }, SP_FAULT },
    { "page_cross", A64_LDR_uoff, 0xf9400040, /* ldr x0, [x2] */
      X2(0x1ffe), .mem_in = { { D(0x1ffe), 8, VAL } }, .out = { { X(0), VAL } } },
    { "device_unaligned", A64_LDR_uoff, 0xf9400040, /* ldr x0, [x2] */
      DEVICE, X2(0x104), DABT(0x21, D(0x104)) },
    { "device_aligned_w", A64_LDR_uoff, 0xb9400440, /* ldr w0, [x2, #4] */
      DEVICE, X2(0x100), .mem_in = { { D(0x104), 4, 0x89abcdef } },
      .out = { { X(0), 0x89abcdef } } },

    /* LDRSB/LDRSH to X (unsigned offset) */
    { "sb_max", A64_LDRS_x_uoff, 0x39bffc40, /* ldrsb x0, [x2, #4095] */
      X2(0x100), .mem_in = { { D(0x10ff), 1, 0x80 } }, .out = { { X(0), 0xffffffffffffff80 } } },
    { "sh_max", A64_LDRS_x_uoff, 0x79bffc40, /* ldrsh x0, [x2, #8190] */
      X2(0x100), .mem_in = { { D(0x20fe), 2, 0x8000 } }, .out = { { X(0), 0xffffffffffff8000 } } },
    { "sh_pos", A64_LDRS_x_uoff, 0x79800040, /* ldrsh x0, [x2] */
      X2(0x100), .mem_in = { { D(0x100), 2, 0x7fff } }, .out = { { X(0), 0x7fff } } },
    { "sb_sp", A64_LDRS_x_uoff, 0x398007e0, /* ldrsb x0, [sp, #1] */
      .in = { { SP, D(0x100) } }, .mem_in = { { D(0x101), 1, 0xff } }, .out = { { X(0), ~0ull } } },

    /* LDRSW (unsigned offset) */
    { "neg_max", A64_LDRSW_uoff, 0xb9bffc40, /* ldrsw x0, [x2, #16380] */
      X2(0x100), .mem_in = { { D(0x40fc), 4, 0x80000000 } },
      .out = { { X(0), 0xffffffff80000000 } } },
    { "pos", A64_LDRSW_uoff, 0xb9800440, /* ldrsw x0, [x2, #4] */
      X2(0x100), .mem_in = { { D(0x104), 4, 0x7fffffff } }, .out = { { X(0), 0x7fffffff } } },
    { "rt_eq_rn", A64_LDRSW_uoff, 0xb9800042, /* ldrsw x2, [x2] */
      X2(0x100), .mem_in = { { D(0x100), 4, 0xffffffff } }, .out = { { X(2), ~0ull } } },

    /* PRFM (immediate) */
    { "basic", A64_PRFM_uoff, 0xf9bffc40, /* prfm pldl1keep, [x2, #32760] */
      X2(0x100) },
    { "not_ram", A64_PRFM_uoff, 0xf9800055, /* prfm pstl3strm, [x2] */
      .in = { { X(2), NOMEM } } },
    { "sp_misaligned_sa", A64_PRFM_uoff, 0xf98007e0, /* prfm pldl1keep, [sp, #8] */
      SA_ON, .in = { { SP, D(0x108) } } },
    { "unalloc_op", A64_PRFM_uoff, 0xf980005f, /* prfm #0x1f, [x2] */
      .in = { { X(2), BIG } } },

    /* LDRSB/LDRSH to W (unsigned offset) */
    { "sb_max", A64_LDRS_w_uoff, 0x39fffc40, /* ldrsb w0, [x2, #4095] */
      X2(0x100), .mem_in = { { D(0x10ff), 1, 0x80 } }, .out = { { X(0), 0xffffff80 } } },
    { "sh_max", A64_LDRS_w_uoff, 0x79fffc40, /* ldrsh w0, [x2, #8190] */
      X2(0x100), .mem_in = { { D(0x20fe), 2, 0x8000 } }, .out = { { X(0), 0xffff8000 } } },
    { "sb_pos", A64_LDRS_w_uoff, 0x39c00040, /* ldrsb w0, [x2] */
      X2(0x100), .mem_in = { { D(0x100), 1, 0x7f } }, .out = { { X(0), 0x7f } } },
    { "reserved_size", A64_LDRS_w_uoff, 0xb9c00040, /* size=10 opc=11 */ UNDEF },

    /* fast path (see WARM above) */
    WLD("b", A64_LDR_uoff, 0x39402040 /* ldrb w0, [x2, #8] */, 0xf8, 1, 0x80, 0x80, 0xf8),
    WLD("h", A64_LDR_uoff, 0x79401040 /* ldrh w0, [x2, #8] */, 0xf8, 2, 0x8000, 0x8000, 0xf8),
    WLD("w", A64_LDR_uoff, 0xb9400840 /* ldr w0, [x2, #8] */,
        0xf8, 4, 0x80000000, 0x80000000, 0xf8),
    WLD("x", A64_LDR_uoff, 0xf9400440 /* ldr x0, [x2, #8] */, 0xf8, 8, VAL, VAL, 0xf8),
    WLD("sbx", A64_LDRS_x_uoff, 0x39802040 /* ldrsb x0, [x2, #8] */,
        0xf8, 1, 0x80, 0xffffffffffffff80, 0xf8),
    WLD("shx", A64_LDRS_x_uoff, 0x79801040 /* ldrsh x0, [x2, #8] */,
        0xf8, 2, 0x8000, 0xffffffffffff8000, 0xf8),
    WLD("swx", A64_LDRSW_uoff, 0xb9800840 /* ldrsw x0, [x2, #8] */,
        0xf8, 4, 0x80000000, 0xffffffff80000000, 0xf8),
    WLD("sbw", A64_LDRS_w_uoff, 0x39c02040 /* ldrsb w0, [x2, #8] */,
        0xf8, 1, 0x80, 0xffffff80, 0xf8),
    WLD("shw", A64_LDRS_w_uoff, 0x79c01040 /* ldrsh w0, [x2, #8] */,
        0xf8, 2, 0x8000, 0xffff8000, 0xf8),
    WST("b", A64_STR_uoff, 0x39002041 /* strb w1, [x2, #8] */, 0xf8, 1, 0xef, 0xf8),
    WST("h", A64_STR_uoff, 0x79001041 /* strh w1, [x2, #8] */, 0xf8, 2, 0xcdef, 0xf8),
    WST("w", A64_STR_uoff, 0xb9000841 /* str w1, [x2, #8] */, 0xf8, 4, 0x89abcdef, 0xf8),
    WST("x", A64_STR_uoff, 0xf9000441 /* str x1, [x2, #8] */, 0xf8, 8, VAL, 0xf8),
    WLD("b", A64_LDR_pre, 0x38408c40 /* ldrb w0, [x2, #8]! */, 0xf8, 1, 0x80, 0x80, 0x100),
    WLD("h", A64_LDR_pre, 0x78408c40 /* ldrh w0, [x2, #8]! */, 0xf8, 2, 0x8000, 0x8000, 0x100),
    WLD("w", A64_LDR_pre, 0xb8408c40 /* ldr w0, [x2, #8]! */,
        0xf8, 4, 0x80000000, 0x80000000, 0x100),
    WLD("x", A64_LDR_pre, 0xf8408c40 /* ldr x0, [x2, #8]! */, 0xf8, 8, VAL, VAL, 0x100),
    WLD("sbx", A64_LDRS_x_pre, 0x38808c40 /* ldrsb x0, [x2, #8]! */,
        0xf8, 1, 0x80, 0xffffffffffffff80, 0x100),
    WLD("shx", A64_LDRS_x_pre, 0x78808c40 /* ldrsh x0, [x2, #8]! */,
        0xf8, 2, 0x8000, 0xffffffffffff8000, 0x100),
    WLD("swx", A64_LDRSW_pre, 0xb8808c40 /* ldrsw x0, [x2, #8]! */,
        0xf8, 4, 0x80000000, 0xffffffff80000000, 0x100),
    WLD("sbw", A64_LDRS_w_pre, 0x38c08c40 /* ldrsb w0, [x2, #8]! */,
        0xf8, 1, 0x80, 0xffffff80, 0x100),
    WLD("shw", A64_LDRS_w_pre, 0x78c08c40 /* ldrsh w0, [x2, #8]! */,
        0xf8, 2, 0x8000, 0xffff8000, 0x100),
    WST("b", A64_STR_pre, 0x38008c41 /* strb w1, [x2, #8]! */, 0xf8, 1, 0xef, 0x100),
    WST("h", A64_STR_pre, 0x78008c41 /* strh w1, [x2, #8]! */, 0xf8, 2, 0xcdef, 0x100),
    WST("w", A64_STR_pre, 0xb8008c41 /* str w1, [x2, #8]! */, 0xf8, 4, 0x89abcdef, 0x100),
    WST("x", A64_STR_pre, 0xf8008c41 /* str x1, [x2, #8]! */, 0xf8, 8, VAL, 0x100),
    WLD("b", A64_LDR_post, 0x38408440 /* ldrb w0, [x2], #8 */, 0x100, 1, 0x80, 0x80, 0x108),
    WLD("h", A64_LDR_post, 0x78408440 /* ldrh w0, [x2], #8 */, 0x100, 2, 0x8000, 0x8000, 0x108),
    WLD("w", A64_LDR_post, 0xb8408440 /* ldr w0, [x2], #8 */,
        0x100, 4, 0x80000000, 0x80000000, 0x108),
    WLD("x", A64_LDR_post, 0xf8408440 /* ldr x0, [x2], #8 */, 0x100, 8, VAL, VAL, 0x108),
    WLD("sbx", A64_LDRS_x_post, 0x38808440 /* ldrsb x0, [x2], #8 */,
        0x100, 1, 0x80, 0xffffffffffffff80, 0x108),
    WLD("shx", A64_LDRS_x_post, 0x78808440 /* ldrsh x0, [x2], #8 */,
        0x100, 2, 0x8000, 0xffffffffffff8000, 0x108),
    WLD("swx", A64_LDRSW_post, 0xb8808440 /* ldrsw x0, [x2], #8 */,
        0x100, 4, 0x80000000, 0xffffffff80000000, 0x108),
    WLD("sbw", A64_LDRS_w_post, 0x38c08440 /* ldrsb w0, [x2], #8 */,
        0x100, 1, 0x80, 0xffffff80, 0x108),
    WLD("shw", A64_LDRS_w_post, 0x78c08440 /* ldrsh w0, [x2], #8 */,
        0x100, 2, 0x8000, 0xffff8000, 0x108),
    WST("b", A64_STR_post, 0x38008441 /* strb w1, [x2], #8 */, 0x100, 1, 0xef, 0x108),
    WST("h", A64_STR_post, 0x78008441 /* strh w1, [x2], #8 */, 0x100, 2, 0xcdef, 0x108),
    WST("w", A64_STR_post, 0xb8008441 /* str w1, [x2], #8 */, 0x100, 4, 0x89abcdef, 0x108),
    WST("x", A64_STR_post, 0xf8008441 /* str x1, [x2], #8 */, 0x100, 8, VAL, 0x108),
    { "warm_sp_push", A64_STR_pre, 0xf81f0fe1, /* str x1, [sp, #-16]! */
      WARM_SP, .in = { { X(1), VAL }, { SP, D(0x110) } }, .mem_out = { { D(0x100), 8, VAL } },
      .out = { { SP, D(0x100) } } },
    { "warm_sp_pop", A64_LDR_post, 0xf84107e0, /* ldr x0, [sp], #16 */
      WARM_SP, .in = { { SP, D(0x100) } }, .mem_in = { { D(0x100), 8, VAL } },
      .out = { { X(0), VAL }, { SP, D(0x110) } } },
    { "warm_sp_misaligned_sa", A64_LDR_uoff, 0xf94007e0, /* ldr x0, [sp, #8] */
      WARM, SA_ON, .in = { { X(2), D(0x100) }, { SP, D(0x108) } }, SP_FAULT },
    { "warm_device_unaligned", A64_LDR_uoff, 0xf9400040, /* ldr x0, [x2] */
      WARM, DEVICE, X2(0x104), DABT(0x21, D(0x104)) },
    { "warm_device_unaligned", A64_STR_pre, 0xb8002c41, /* str w1, [x2, #2]! */
      WARM, DEVICE, ST(0x100), DABT(0x61, D(0x102)) },
    { "warm_page_cross", A64_LDR_uoff, 0xf9400040, /* ldr x0, [x2] */
      WARM, X2(0xffd), .mem_in = { { D(0xffd), 8, VAL } }, .out = { { X(0), VAL } } },
    { "warm_page_cross", A64_STR_post, 0xf8008441, /* str x1, [x2], #8 */
      WARM, ST(0xffe), .mem_out = { { D(0xffe), 8, VAL } }, .out = { { X(2), D(0x1006) } } },
};

CASE_SET(ldst_imm, c);
