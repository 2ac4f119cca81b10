/*
 * cases_branch.c — B.cond (every condition, taken and not), B, BL, CBZ,
 * CBNZ, TBZ, TBNZ, BR, BLR, RET (Arm ARM C6.2; ConditionHolds in J1).
 * PC-relative words encoded by hand and confirmed with objdump. The code
 * runs at T_CODE = 0x40000000; a branch retires without fetching its
 * target, so targets need not hold code.
 */
#include "insn_case.h"

#define TAKEN(off) .pc_out = T_CODE + (uint64_t)(int64_t)(off)
#define N_ NZCV_N
#define Z_ NZCV_Z
#define C_ NZCV_C
#define V_ NZCV_V

static const InsnCase c[] = {
    /* B.cond: each condition taken and not taken */
    { "eq_taken", A64_B_cond, 0x54000200, /* b.eq .+0x40 */ .in = { { NZCV, Z_ } }, TAKEN(0x40) },
    { "eq_not", A64_B_cond, 0x54000200, /* b.eq .+0x40 */ .in = { { NZCV, N_ | C_ | V_ } } },
    { "ne_taken", A64_B_cond, 0x54000201, /* b.ne .+0x40 */ .in = { { NZCV, 0 } }, TAKEN(0x40) },
    { "ne_not", A64_B_cond, 0x54000201, /* b.ne .+0x40 */ .in = { { NZCV, Z_ } } },
    { "hs_taken_back", A64_B_cond, 0x54ffffc2, /* b.hs .-8 */ .in = { { NZCV, C_ } }, TAKEN(-8) },
    { "hs_not", A64_B_cond, 0x54ffffc2, /* b.hs .-8 */ .in = { { NZCV, N_ | Z_ | V_ } } },
    { "lo_taken", A64_B_cond, 0x54000043, /* b.lo .+8 */ .in = { { NZCV, 0 } }, TAKEN(8) },
    { "lo_not", A64_B_cond, 0x54000043, /* b.lo .+8 */ .in = { { NZCV, C_ } } },
    { "mi_taken", A64_B_cond, 0x54000804, /* b.mi .+0x100 */ .in = { { NZCV, N_ } }, TAKEN(0x100) },
    { "mi_not", A64_B_cond, 0x54000804, /* b.mi .+0x100 */ .in = { { NZCV, Z_ | C_ | V_ } } },
    { "pl_taken", A64_B_cond, 0x54000805, /* b.pl .+0x100 */ .in = { { NZCV, Z_ } }, TAKEN(0x100) },
    { "pl_not", A64_B_cond, 0x54000805, /* b.pl .+0x100 */ .in = { { NZCV, N_ } } },
    { "vs_taken", A64_B_cond, 0x54000066, /* b.vs .+12 */ .in = { { NZCV, V_ } }, TAKEN(12) },
    { "vs_not", A64_B_cond, 0x54000066, /* b.vs .+12 */ .in = { { NZCV, N_ | Z_ | C_ } } },
    { "vc_taken", A64_B_cond, 0x54000067, /* b.vc .+12 */ .in = { { NZCV, 0 } }, TAKEN(12) },
    { "vc_not", A64_B_cond, 0x54000067, /* b.vc .+12 */ .in = { { NZCV, V_ } } },
    { "hi_taken", A64_B_cond, 0x54000088, /* b.hi .+16 */ .in = { { NZCV, C_ } }, TAKEN(16) },
    { "hi_not_z", A64_B_cond, 0x54000088, /* b.hi .+16 */ .in = { { NZCV, C_ | Z_ } } },
    { "hi_not_c", A64_B_cond, 0x54000088, /* b.hi .+16 */ .in = { { NZCV, 0 } } },
    { "ls_taken_z", A64_B_cond, 0x54000089, /* b.ls .+16 */ .in = { { NZCV, C_ | Z_ } }, TAKEN(16) },
    { "ls_taken_nc", A64_B_cond, 0x54000089, /* b.ls .+16 */ .in = { { NZCV, 0 } }, TAKEN(16) },
    { "ls_not", A64_B_cond, 0x54000089, /* b.ls .+16 */ .in = { { NZCV, C_ } } },
    { "ge_taken_nv", A64_B_cond, 0x540000aa, /* b.ge .+20 */ .in = { { NZCV, N_ | V_ } }, TAKEN(20) },
    { "ge_taken_0", A64_B_cond, 0x540000aa, /* b.ge .+20 */ .in = { { NZCV, 0 } }, TAKEN(20) },
    { "ge_not", A64_B_cond, 0x540000aa, /* b.ge .+20 */ .in = { { NZCV, N_ } } },
    { "lt_taken", A64_B_cond, 0x540000ab, /* b.lt .+20 */ .in = { { NZCV, V_ } }, TAKEN(20) },
    { "lt_not", A64_B_cond, 0x540000ab, /* b.lt .+20 */ .in = { { NZCV, N_ | V_ } } },
    { "gt_taken", A64_B_cond, 0x540000cc, /* b.gt .+24 */ .in = { { NZCV, N_ | V_ } }, TAKEN(24) },
    { "gt_not_z", A64_B_cond, 0x540000cc, /* b.gt .+24 */ .in = { { NZCV, Z_ } } },
    { "gt_not_nv", A64_B_cond, 0x540000cc, /* b.gt .+24 */ .in = { { NZCV, N_ } } },
    { "le_taken_z", A64_B_cond, 0x540000cd, /* b.le .+24 */ .in = { { NZCV, Z_ | N_ | V_ } }, TAKEN(24) },
    { "le_taken_lt", A64_B_cond, 0x540000cd, /* b.le .+24 */ .in = { { NZCV, V_ } }, TAKEN(24) },
    { "le_not", A64_B_cond, 0x540000cd, /* b.le .+24 */ .in = { { NZCV, C_ } } },
    { "al", A64_B_cond, 0x540000ee, /* b.al .+28 */ .in = { { NZCV, 0 } }, TAKEN(28) },
    { "nv_always", A64_B_cond, 0x540000ef, /* b.nv .+28 */ .in = { { NZCV, N_ | Z_ | C_ | V_ } }, TAKEN(28) },
    { "max_fwd", A64_B_cond, 0x547fffe0, /* b.eq .+0xffffc */ .in = { { NZCV, Z_ } }, TAKEN(0xffffc) },
    { "max_back", A64_B_cond, 0x54800000, /* b.eq .-0x100000 */ .in = { { NZCV, Z_ } }, TAKEN(-0x100000) },

    /* B, BL */
    { "fwd", A64_B, 0x14000400, /* b .+0x1000 */ TAKEN(0x1000) },
    { "back", A64_B, 0x17ffffff, /* b .-4 */ TAKEN(-4) },
    { "self", A64_B, 0x14000000, /* b . */ TAKEN(0) },
    { "max_fwd", A64_B, 0x15ffffff, /* b .+0x7fffffc */ TAKEN(0x7fffffc) },
    { "max_back", A64_B, 0x16000000, /* b .-0x8000000 */ TAKEN(-0x8000000) },
    { "fwd", A64_BL, 0x94000200, /* bl .+0x800 */ .out = { { X(30), T_CODE + 4 } }, TAKEN(0x800) },
    { "back", A64_BL, 0x97fffffc, /* bl .-0x10 */ .out = { { X(30), T_CODE + 4 } }, TAKEN(-0x10) },
    { "x30_overwritten", A64_BL, 0x94000200, /* bl .+0x800 */
      .in = { { X(30), 0 } }, .out = { { X(30), T_CODE + 4 } }, TAKEN(0x800) },

    /* CBZ, CBNZ */
    { "taken", A64_CBZ, 0xb4000101, /* cbz x1, .+0x20 */ .in = { { X(1), 0 } }, TAKEN(0x20) },
    { "not", A64_CBZ, 0xb4000101, /* cbz x1, .+0x20 */ .in = { { X(1), 1ull << 63 } } },
    { "w_ignores_top", A64_CBZ, 0x34000101, /* cbz w1, .+0x20 */
      .in = { { X(1), 0xffffffff00000000 } }, TAKEN(0x20) },
    { "w_not", A64_CBZ, 0x34000101, /* cbz w1, .+0x20 */ .in = { { X(1), 0x80000000 } } },
    { "xzr_always", A64_CBZ, 0xb4ffffff, /* cbz xzr, .-4 */ TAKEN(-4) },
    { "taken", A64_CBNZ, 0xb5000042, /* cbnz x2, .+8 */ .in = { { X(2), 1ull << 32 } }, TAKEN(8) },
    { "not", A64_CBNZ, 0xb5000042, /* cbnz x2, .+8 */ .in = { { X(2), 0 } } },
    { "w_not_top_only", A64_CBNZ, 0x35000042, /* cbnz w2, .+8 */
      .in = { { X(2), 0x1234567800000000 } } },
    { "w_taken", A64_CBNZ, 0x35000042, /* cbnz w2, .+8 */ .in = { { X(2), 1 } }, TAKEN(8) },
    { "xzr_never", A64_CBNZ, 0xb500005f, /* cbnz xzr, .+8 */ },

    /* TBZ, TBNZ */
    { "bit0_taken", A64_TBZ, 0x36000203, /* tbz w3, #0, .+0x40 */ .in = { { X(3), ~1ull } }, TAKEN(0x40) },
    { "bit0_not", A64_TBZ, 0x36000203, /* tbz w3, #0, .+0x40 */ .in = { { X(3), 1 } } },
    { "bit63_taken", A64_TBZ, 0xb6f80203, /* tbz x3, #63, .+0x40 */
      .in = { { X(3), 0x7fffffffffffffff } }, TAKEN(0x40) },
    { "bit63_not", A64_TBZ, 0xb6f80203, /* tbz x3, #63, .+0x40 */ .in = { { X(3), 1ull << 63 } } },
    { "xzr", A64_TBZ, 0x3628005f, /* tbz wzr, #5, .+8 */ TAKEN(8) },
    { "bit31_back", A64_TBNZ, 0x37ffffc4, /* tbnz w4, #31, .-8 */ .in = { { X(4), 0x80000000 } }, TAKEN(-8) },
    { "bit31_not", A64_TBNZ, 0x37ffffc4, /* tbnz w4, #31, .-8 */ .in = { { X(4), 0x7fffffff } } },
    { "bit32_max", A64_TBNZ, 0xb703ffe5, /* tbnz x5, #32, .+0x7ffc */
      .in = { { X(5), 1ull << 32 } }, TAKEN(0x7ffc) },
    { "bit32_not", A64_TBNZ, 0xb703ffe5, /* tbnz x5, #32, .+0x7ffc */ .in = { { X(5), 0xffffffff } } },

    /* BR, BLR, RET */
    { "basic", A64_BR, 0xd61f0020, /* br x1 */ .in = { { X(1), 0x40001234 } }, .pc_out = 0x40001234 },
    { "xzr", A64_BR, 0xd61f03e0, /* br xzr */ .pc_out = PC_ZERO },
    { "far", A64_BR, 0xd61f0020, /* br x1 */
      .in = { { X(1), 0xffff000012345678 } }, .pc_out = 0xffff000012345678 },
    { "basic", A64_BLR, 0xd63f0040, /* blr x2 */
      .in = { { X(2), 0x40002000 } }, .out = { { X(30), T_CODE + 4 } }, .pc_out = 0x40002000 },
    { "x30_reads_old", A64_BLR, 0xd63f03c0, /* blr x30 */
      .in = { { X(30), 0x40003000 } }, .out = { { X(30), T_CODE + 4 } }, .pc_out = 0x40003000 },
    { "xzr", A64_BLR, 0xd63f03e0, /* blr xzr */ .out = { { X(30), T_CODE + 4 } }, .pc_out = PC_ZERO },
    { "default_x30", A64_RET, 0xd65f03c0, /* ret */ .in = { { X(30), 0x40004000 } }, .pc_out = 0x40004000 },
    { "x3", A64_RET, 0xd65f0060, /* ret x3 */ .in = { { X(3), 0x40005000 } }, .pc_out = 0x40005000 },
    { "keeps_x30", A64_RET, 0xd65f0060, /* ret x3 */
      .in = { { X(3), 0x40005000 }, { X(30), 7 } }, .pc_out = 0x40005000 },
};

CASE_SET(branch, c);
