/*
 * cases_ldst_lit.c — Load register (literal) (Arm ARM C6.2 LDR (literal),
 * LDRSW (literal), PRFM (literal)): address = PC + SignExtend(imm19:'00').
 * The instruction runs at T_CODE + 4 * (number of set-up NOPs), so a load
 * at offset 0 reads its own word, and four NOPs put the largest forward
 * offset (0xffffc) at T_DATA + 0xc. Words encoded by hand (binutils will
 * not assemble PC-relative lines without a label) and checked with objdump.
 */
#include "insn_case.h"

#define D(o) (T_DATA + (o))
#define VAL 0x0123456789abcdefull
#define NOP 0xd503201fu
#define NOPS4 .pre = { NOP, NOP, NOP, NOP }
#define DEVICE .sr_in = { { SR_HCR_EL2, HCR_RW } }   /* HCR_EL2.DC=0: Device memory */
/* a literal load of its own word into WZR: fills the code page's data TLB
 * entry, so the instruction after it takes the fast path */
#define WARM_CODE 0x1800001fu           /* ldr wzr, . */
#define WARM_X2 0x3940005fu             /* ldrb wzr, [x2] */
#define DABT(i, a) .exc = EXC(EC_DABT_SAME), .check_iss = true, .iss = (i), .far_valid = true, \
                   .far = (a)

static const InsnCase c[] = {
    /* LDR (literal) */
    { "w_self", A64_LDR_lit, 0x18000000, /* ldr w0, . */ .out = { { X(0), 0x18000000 } } },
    { "x_back", A64_LDR_lit, 0x58ffffe5, /* ldr x5, .-4 */ .pre = { NOP },
      .out = { { X(5), 0x58ffffe5d503201full } } },
    { "x_max_fwd", A64_LDR_lit, 0x587fffe0, /* ldr x0, .+0xffffc */ NOPS4,
      .mem_in = { { D(0xc), 8, VAL } }, .out = { { X(0), VAL } } },
    { "w_max_fwd_zero_ext", A64_LDR_lit, 0x187fffe0, /* ldr w0, .+0xffffc */ NOPS4,
      .mem_in = { { D(0xc), 4, 0x80000000 } }, .out = { { X(0), 0x80000000 } } },
    { "min_back_not_ram", A64_LDR_lit, 0x58800000, /* ldr x0, .-0x100000 */
      DABT(0x10, T_CODE - 0x100000) },
    { "rt_zr", A64_LDR_lit, 0x5800001f, /* ldr xzr, . */ },
    { "device_unaligned", A64_LDR_lit, 0x58000000, /* ldr x0, . */ .pre = { NOP }, DEVICE,
      DABT(0x21, T_CODE + 4) },
    { "device_aligned", A64_LDR_lit, 0x58ffffe0, /* ldr x0, .-4 */ .pre = { NOP }, DEVICE,
      .out = { { X(0), 0x58ffffe0d503201full } } },

    /* LDRSW (literal) */
    { "self_neg", A64_LDRSW_lit, 0x98000000, /* ldrsw x0, . */
      .out = { { X(0), 0xffffffff98000000 } } },
    { "max_fwd_pos", A64_LDRSW_lit, 0x987fffe3, /* ldrsw x3, .+0xffffc */ NOPS4,
      .mem_in = { { D(0xc), 4, 0x7fffffff } }, .out = { { X(3), 0x7fffffff } } },
    { "back_x30", A64_LDRSW_lit, 0x98fffffe, /* ldrsw x30, .-4 */ .pre = { NOP },
      .out = { { X(30), 0xffffffffd503201f } } },
    { "fwd_zero", A64_LDRSW_lit, 0x98000041, /* ldrsw x1, .+8 */ .out = { { X(1), 0 } } },

    /* fast path: the TLB entry already filled by a set-up load */
    { "warm_w", A64_LDR_lit, 0x18ffffe0, /* ldr w0, .-4 */ .pre = { WARM_CODE },
      .out = { { X(0), WARM_CODE } } },
    { "warm_x", A64_LDR_lit, 0x58ffffe5, /* ldr x5, .-4 */ .pre = { WARM_CODE },
      .out = { { X(5), 0x58ffffe51800001full } } },
    { "warm_x_max_fwd", A64_LDR_lit, 0x587fffe0, /* ldr x0, .+0xffffc */
      .pre = { WARM_X2, NOP, NOP, NOP }, .in = { { X(2), D(0) } },
      .mem_in = { { D(0xc), 8, VAL } }, .out = { { X(0), VAL } } },
    { "warm_neg", A64_LDRSW_lit, 0x98000000, /* ldrsw x0, . */ .pre = { WARM_CODE },
      .out = { { X(0), 0xffffffff98000000 } } },

    /* PRFM (literal): a hint, never an access or a fault */
    { "self", A64_PRFM_lit, 0xd8000000, /* prfm pldl1keep, . */ },
    { "not_ram", A64_PRFM_lit, 0xd8800000, /* prfm pldl1keep, .-0x100000 */ },
    { "unalloc_op", A64_PRFM_lit, 0xd800003f, /* prfm #0x1f, .+4 */ },
};

CASE_SET(ldst_lit, c);
