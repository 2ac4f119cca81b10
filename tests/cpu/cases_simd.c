/*
 * cases_simd.c — Advanced SIMD, integer vector classes (a64_simd.def):
 * three same (incl. Armv8.1 SQRDMLAH/SQRDMLSH), three different, two-register
 * miscellaneous, across lanes, copy, modified immediate, shift by immediate,
 * by element, permute, EXT, TBL/TBX. Words from binutils (tools/asm-words).
 * Expected values were worked out with a transliteration of the Arm ARM
 * pseudocode (C7.2, J1) and cross-checked by running every case's inputs
 * on qemu-aarch64. V registers not listed in .vin hold tenv_vreg_pattern();
 * every V register and FPSR is compared after each case.
 */
#include "simd_cases.h"

static const InsnCase c[] = {

    /* three same: halving, min/max, absolute difference, multiply (size 11 reserved) */
    /* shadd v0.4s, v1.4s, v2.4s */
    T3("basic", SHADD_v, 0x4ea20420, R0, R1, P(0x5b6d9686f3949721, 0x32a19e13008e8471)),
    /* shadd v0.16b, v1.16b, v2.16b */
    T3("edge_16b", SHADD_v, 0x4e220420, EN_B, EM_B, P(0xff807e00c03fbf40, 0xff807e00c03fbf40)),
    /* shadd v0.4s, v1.4s, v2.4s */
    T3("edge_4s", SHADD_v, 0x4ea20420, EN_S, EM_S, P(0xbfffffff40000000, 0xc00000003fffffff)),
    { "q0_vd_vn", A64_SHADD_v, 0x0e620421, /* shadd v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R2 }, { V(2), R3 } }, .vout = { { V(1), 0x18d2b9cf070f1e08, 0 } } },
    { "size11", A64_SHADD_v, 0x4ee20420,
      /* shadd v0.4s, v1.4s, v2.4s with size = 11 (reserved) */ UNDEF },
    /* uhadd v0.4s, v1.4s, v2.4s */
    T3("basic", UHADD_v, 0x6ea20420, R4, R5, P(0xa23c402dad33b922, 0x52c8fd3c7c1a68e0)),
    /* uhadd v0.16b, v1.16b, v2.16b */
    T3("edge_16b", UHADD_v, 0x6e220420, EN_B, EM_B, P(0x7f807e8040bfbf40, 0x7f807e8040bfbf40)),
    /* uhadd v0.4s, v1.4s, v2.4s */
    T3("edge_4s", UHADD_v, 0x6ea20420, EN_S, EM_S, P(0xbfffffff40000000, 0x40000000bfffffff)),
    { "q0_vd_vn", A64_UHADD_v, 0x2e620421, /* uhadd v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R6 }, { V(2), R7 } }, .vout = { { V(1), 0x73d75d5f94d04f70, 0 } } },
    { "size11", A64_UHADD_v, 0x6ee20420,
      /* uhadd v0.4s, v1.4s, v2.4s with size = 11 (reserved) */ UNDEF },
    /* srhadd v0.4s, v1.4s, v2.4s */
    T3("basic", SRHADD_v, 0x4ea21420, R8, R9, P(0xcd93619e01060ae3, 0xe1f2d01ec47de7e7)),
    /* srhadd v0.16b, v1.16b, v2.16b */
    T3("edge_16b", SRHADD_v, 0x4e221420, EN_B, EM_B, P(0x00817f00c03fc040, 0x00817f00c03fc040)),
    /* srhadd v0.4s, v1.4s, v2.4s */
    T3("edge_4s", SRHADD_v, 0x4ea21420, EN_S, EM_S, P(0xc000000040000000, 0xc00000003fffffff)),
    { "q0_vd_vn", A64_SRHADD_v, 0x0e621421, /* srhadd v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R0 }, { V(2), R1 } }, .vout = { { V(1), 0x5b6d9687f3951721, 0 } } },
    { "size11", A64_SRHADD_v, 0x4ee21420,
      /* srhadd v0.4s, v1.4s, v2.4s with size = 11 (reserved) */ UNDEF },
    /* urhadd v0.4s, v1.4s, v2.4s */
    T3("basic", URHADD_v, 0x6ea21420, R2, R3, P(0x98d2b9cf870f9e09, 0x6ce6f6dd6de32717)),
    /* urhadd v0.16b, v1.16b, v2.16b */
    T3("edge_16b", URHADD_v, 0x6e221420, EN_B, EM_B, P(0x80817f8040bfc040, 0x80817f8040bfc040)),
    /* urhadd v0.4s, v1.4s, v2.4s */
    T3("edge_4s", URHADD_v, 0x6ea21420, EN_S, EM_S, P(0xc000000040000000, 0x40000000bfffffff)),
    { "q0_vd_vn", A64_URHADD_v, 0x2e621421, /* urhadd v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R4 }, { V(2), R5 } }, .vout = { { V(1), 0xa23c402dad343923, 0 } } },
    { "size11", A64_URHADD_v, 0x6ee21420,
      /* urhadd v0.4s, v1.4s, v2.4s with size = 11 (reserved) */ UNDEF },
    /* shsub v0.4s, v1.4s, v2.4s */
    T3("basic", SHSUB_v, 0x4ea22420, R6, R7, P(0xe6e6456bbeaac855, 0xeecada2eb874dfdd)),
    /* shsub v0.16b, v1.16b, v2.16b */
    T3("edge_16b", SHSUB_v, 0x4e222420, EN_B, EM_B, P(0x5500ff0140c0c03f, 0x5500ff0140c0c03f)),
    /* shsub v0.4s, v1.4s, v2.4s */
    T3("edge_4s", SHSUB_v, 0x4ea22420, EN_S, EM_S, P(0xc00000003fffffff, 0x40000000c0000000)),
    { "q0_vd_vn", A64_SHSUB_v, 0x0e622421, /* shsub v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R8 }, { V(2), R9 } }, .vout = { { V(1), 0xe71034bfe0a5331e, 0 } } },
    { "size11", A64_SHSUB_v, 0x4ee22420,
      /* shsub v0.4s, v1.4s, v2.4s with size = 11 (reserved) */ UNDEF },
    /* uhsub v0.4s, v1.4s, v2.4s */
    T3("basic", UHSUB_v, 0x6ea22420, R0, R1, P(0x192aebabaaa06d7d, 0xc727247eeb063144)),
    /* uhsub v0.16b, v1.16b, v2.16b */
    T3("edge_16b", UHSUB_v, 0x6e222420, EN_B, EM_B, P(0xd500ff81c040c03f, 0xd500ff81c040c03f)),
    /* uhsub v0.4s, v1.4s, v2.4s */
    T3("edge_4s", UHSUB_v, 0x6ea22420, EN_S, EM_S, P(0xc00000003fffffff, 0xc000000040000000)),
    { "q0_vd_vn", A64_UHSUB_v, 0x2e622421, /* uhsub v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R2 }, { V(2), R3 } }, .vout = { { V(1), 0xa421038953515d13, 0 } } },
    { "size11", A64_UHSUB_v, 0x6ee22420,
      /* uhsub v0.4s, v1.4s, v2.4s with size = 11 (reserved) */ UNDEF },
    /* smax v0.4s, v1.4s, v2.4s */
    T3("basic", SMAX_v, 0x4ea26420, R4, R5, P(0x6a5d670a60c40eb7, 0x5b08acc213a5bf07)),
    /* smax v0.16b, v1.16b, v2.16b */
    T3("edge_16b", SMAX_v, 0x4e226420, EN_B, EM_B, P(0x55817f01007fff7f, 0x55817f01007fff7f)),
    /* smax v0.4s, v1.4s, v2.4s */
    T3("edge_4s", SMAX_v, 0x4ea26420, EN_S, EM_S, P(0xffffffff7fffffff, 0x000000007fffffff)),
    { "q0_vd_vn", A64_SMAX_v, 0x0e626421, /* smax v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R6 }, { V(2), R7 } }, .vout = { { V(1), 0x0cf122ca562517c6, 0 } } },
    { "size11", A64_SMAX_v, 0x4ee26420,
      /* smax v0.4s, v1.4s, v2.4s with size = 11 (reserved) */ UNDEF },
    /* smin v0.4s, v1.4s, v2.4s */
    T3("basic", SMIN_v, 0x4ea26c20, R8, R9, P(0xb4a3165de1ab3e01, 0x83d8e92d964e03c0)),
    /* smin v0.16b, v1.16b, v2.16b */
    T3("edge_16b", SMIN_v, 0x4e226c20, EN_B, EM_B, P(0xaa807eff80ff8001, 0xaa807eff80ff8001)),
    /* smin v0.4s, v1.4s, v2.4s */
    T3("edge_4s", SMIN_v, 0x4ea26c20, EN_S, EM_S, P(0x8000000000000001, 0x80000000ffffffff)),
    { "q0_vd_vn", A64_SMIN_v, 0x0e626c21, /* smin v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R0 }, { V(2), R1 } }, .vout = { { V(1), 0x42428232c8f4049e, 0 } } },
    { "size11", A64_SMIN_v, 0x4ee26c20,
      /* smin v0.4s, v1.4s, v2.4s with size = 11 (reserved) */ UNDEF },
    /* umax v0.4s, v1.4s, v2.4s */
    T3("basic", UMAX_v, 0x6ea26420, R2, R3, P(0xf4b1b646da60fb1c, 0x88718c966f3d88f7)),
    /* umax v0.16b, v1.16b, v2.16b */
    T3("edge_16b", UMAX_v, 0x6e226420, EN_B, EM_B, P(0xaa817fff80ffff7f, 0xaa817fff80ffff7f)),
    /* umax v0.4s, v1.4s, v2.4s */
    T3("edge_4s", UMAX_v, 0x6ea26420, EN_S, EM_S, P(0xffffffff7fffffff, 0x80000000ffffffff)),
    { "q0_vd_vn", A64_UMAX_v, 0x2e626421, /* umax v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R4 }, { V(2), R5 } }, .vout = { { V(1), 0xda1b670af9a3638e, 0 } } },
    { "size11", A64_UMAX_v, 0x6ee26420,
      /* umax v0.4s, v1.4s, v2.4s with size = 11 (reserved) */ UNDEF },
    /* umin v0.4s, v1.4s, v2.4s */
    T3("basic", UMIN_v, 0x6ea26c20, R6, R7, P(0x0cf197f45625871b, 0x82b9bfbc20d0b29c)),
    /* umin v0.16b, v1.16b, v2.16b */
    T3("edge_16b", UMIN_v, 0x6e226c20, EN_B, EM_B, P(0x55807e01007f8001, 0x55807e01007f8001)),
    /* umin v0.4s, v1.4s, v2.4s */
    T3("edge_4s", UMIN_v, 0x6ea26c20, EN_S, EM_S, P(0x8000000000000001, 0x000000007fffffff)),
    { "q0_vd_vn", A64_UMIN_v, 0x2e626c21, /* umin v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R8 }, { V(2), R9 } }, .vout = { { V(1), 0xb4a3165d20603e01, 0 } } },
    { "size11", A64_UMIN_v, 0x6ee26c20,
      /* umin v0.4s, v1.4s, v2.4s with size = 11 (reserved) */ UNDEF },
    /* sabd v0.4s, v1.4s, v2.4s */
    T3("basic", SABD_v, 0x4ea27420, R0, R1, P(0x3255d7575540dafa, 0x8e4e48fdd60c6288)),
    /* sabd v0.16b, v1.16b, v2.16b */
    T3("edge_16b", SABD_v, 0x4e227420, EN_B, EM_B, P(0xab01010280807f7e, 0xab01010280807f7e)),
    /* sabd v0.4s, v1.4s, v2.4s */
    T3("edge_4s", SABD_v, 0x4ea27420, EN_S, EM_S, P(0x7fffffff7ffffffe, 0x8000000080000000)),
    { "q0_vd_vn", A64_SABD_v, 0x0e627421, /* sabd v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R2 }, { V(2), R3 } }, .vout = { { V(1), 0x48420712595e45d9, 0 } } },
    { "size11", A64_SABD_v, 0x4ee27420,
      /* sabd v0.4s, v1.4s, v2.4s with size = 11 (reserved) */ UNDEF },
    /* uabd v0.4s, v1.4s, v2.4s */
    T3("basic", UABD_v, 0x6ea27420, R4, R5, P(0x6fbdb24698df54d7, 0x107f5f0bd0e953b2)),
    /* uabd v0.16b, v1.16b, v2.16b */
    T3("edge_16b", UABD_v, 0x6e227420, EN_B, EM_B, P(0x550101fe80807f7e, 0x550101fe80807f7e)),
    /* uabd v0.4s, v1.4s, v2.4s */
    T3("edge_4s", UABD_v, 0x6ea27420, EN_S, EM_S, P(0x7fffffff7ffffffe, 0x8000000080000000)),
    { "q0_vd_vn", A64_UABD_v, 0x2e627421, /* uabd v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R6 }, { V(2), R7 } }, .vout = { { V(1), 0xcdcd752a7d566f55, 0 } } },
    { "size11", A64_UABD_v, 0x6ee27420,
      /* uabd v0.4s, v1.4s, v2.4s with size = 11 (reserved) */ UNDEF },
    /* saba v0.4s, v1.4s, v2.4s */
    T4("basic", SABA_v, 0x4ea27c20, R0, R8, R9, P(0xa67918b45cea9e61, 0x35fc9074c7f47e03)),
    /* saba v0.16b, v1.16b, v2.16b */
    T4("edge_16b", SABA_v, 0x4e227c20, R1, EN_B, EM_B, P(0xed43abdd4874a822, 0x967b7a971508d2ab)),
    /* saba v0.4s, v1.4s, v2.4s */
    T4("edge_4s", SABA_v, 0x4ea27c20, R2, EN_S, EM_S, P(0xbcf3bd575a60fb1a, 0xd15c6123ec88c537)),
    { "q0_vd_vn", A64_SABA_v, 0x0e627c21, /* saba v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R3 }, { V(2), R4 } }, .vout = { { V(1), 0x0f47195060c47333, 0 } } },
    { "size11", A64_SABA_v, 0x4ee27c20,
      /* saba v0.4s, v1.4s, v2.4s with size = 11 (reserved) */ UNDEF },
    /* uaba v0.4s, v1.4s, v2.4s */
    T4("basic", UABA_v, 0x6ea27c20, R7, R5, R6, P(0x7d5253b47c4dd2e3, 0xdd547d6573a552fe)),
    /* uaba v0.16b, v1.16b, v2.16b */
    T4("edge_16b", UABA_v, 0x6e227c20, R8, EN_B, EM_B, P(0x09a4175b612bbd7f, 0x950db80d16ce823e)),
    /* uaba v0.4s, v1.4s, v2.4s */
    T4("edge_4s", UABA_v, 0x6ea27c20, R9, EN_S, EM_S, P(0x6683acdea060d7c2, 0x03d8e92d72adcc0e)),
    { "q0_vd_vn", A64_UABA_v, 0x2e627c21, /* uaba v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R0 }, { V(2), R1 } }, .vout = { { V(1), 0xa6eeaadbc8f429a4, 0 } } },
    { "size11", A64_UABA_v, 0x6ee27c20,
      /* uaba v0.4s, v1.4s, v2.4s with size = 11 (reserved) */ UNDEF },
    /* mla v0.4s, v1.4s, v2.4s */
    T4("basic", MLA_v, 0x4ea29420, R4, R2, R3, P(0x97356f6091236083, 0x04bbbb444b7c3f18)),
    /* mla v0.16b, v1.16b, v2.16b */
    T4("edge_16b", MLA_v, 0x4e229420, R5, EN_B, EM_B, P(0xdcdde909f924e30d, 0xbc09cfb6e4109238)),
    /* mla v0.4s, v1.4s, v2.4s */
    T4("edge_4s", MLA_v, 0x4ea29420, R6, EN_S, EM_S, P(0x5abe22ca537b17c5, 0x82b9bfbc11ba7258)),
    { "q0_vd_vn", A64_MLA_v, 0x0e629421, /* mla v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R7 }, { V(2), R8 } }, .vout = { { V(1), 0xbe64c39865dc9836, 0 } } },
    { "size11", A64_MLA_v, 0x4ee29420,
      /* mla v0.4s, v1.4s, v2.4s with size = 11 (reserved) */ UNDEF },
    /* mls v0.4s, v1.4s, v2.4s */
    T4("basic", MLS_v, 0x6ea29420, R1, R9, R0, P(0xae59a94da63beeac, 0xe8e963eb4d492747)),
    /* mls v0.16b, v1.16b, v2.16b */
    T4("edge_16b", MLS_v, 0x6e229420, R2, EN_B, EM_B, P(0xca733b59dadf7b9d, 0xdfdcdf246c0745b8)),
    /* mls v0.4s, v1.4s, v2.4s */
    T4("edge_4s", MLS_v, 0x6ea29420, R3, EN_S, EM_S, P(0x74b1b646b3be40f6, 0x88718c96ef3d88f6)),
    { "q0_vd_vn", A64_MLS_v, 0x2e629421, /* mls v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R4 }, { V(2), R5 } }, .vout = { { V(1), 0x704cec301ff82035, 0 } } },
    { "size11", A64_MLS_v, 0x6ee29420,
      /* mls v0.4s, v1.4s, v2.4s with size = 11 (reserved) */ UNDEF },
    /* mul v0.4s, v1.4s, v2.4s */
    T3("basic", MUL_v, 0x4ea29c20, R6, R7, P(0xdbe84e882b22ebe2, 0x2354fa8037ce2b04)),
    /* mul v0.16b, v1.16b, v2.16b */
    T3("edge_16b", MUL_v, 0x4e229c20, EN_B, EM_B, P(0x728082ff0081807f, 0x728082ff0081807f)),
    /* mul v0.4s, v1.4s, v2.4s */
    T3("edge_4s", MUL_v, 0x4ea29c20, EN_S, EM_S, P(0x800000007fffffff, 0x0000000080000001)),
    { "q0_vd_vn", A64_MUL_v, 0x0e629c21, /* mul v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R8 }, { V(2), R9 } }, .vout = { { V(1), 0xe169f70300204fc4, 0 } } },
    { "size11", A64_MUL_v, 0x4ee29c20,
      /* mul v0.4s, v1.4s, v2.4s with size = 11 (reserved) */ UNDEF },

    /* pairwise (Vm:Vn, Vn the low half) */
    /* smaxp v0.4s, v1.4s, v2.4s */
    T3("basic", SMAXP_v, 0x4ea2a420, R0, R1, P(0x79c8c29274988232, 0xeb7a79954242aadb)),
    /* smaxp v0.16b, v1.16b, v2.16b */
    T3("edge_16b", SMAXP_v, 0x4e22a420, EN_B, EM_B, P(0x557e007f557e007f, 0xaa7f7f01aa7f7f01)),
    /* smaxp v0.4s, v1.4s, v2.4s */
    T3("edge_4s", SMAXP_v, 0x4ea2a420, EN_S, EM_S, P(0x000000007fffffff, 0x7fffffff00000001)),
    { "q0_vd_vn", A64_SMAXP_v, 0x0e62a421, /* smaxp v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R2 }, { V(2), R3 } }, .vout = { { V(1), 0xf4b140f53cf3fb1c, 0 } } },
    { "size11", A64_SMAXP_v, 0x4ee2a420,
      /* smaxp v0.4s, v1.4s, v2.4s with size = 11 (reserved) */ UNDEF },
    /* sminp v0.4s, v1.4s, v2.4s */
    T3("basic", SMINP_v, 0x4ea2ac20, R4, R5, P(0x13a5bf07da1b1950, 0xe48f12b9f9a3638e)),
    /* sminp v0.16b, v1.16b, v2.16b */
    T3("edge_16b", SMINP_v, 0x4e22ac20, EN_B, EM_B, P(0x8101ff808101ff80, 0x80ff80ff80ff80ff)),
    /* sminp v0.4s, v1.4s, v2.4s */
    T3("edge_4s", SMINP_v, 0x4ea2ac20, EN_S, EM_S, P(0xffffffff80000000, 0x80000000ffffffff)),
    { "q0_vd_vn", A64_SMINP_v, 0x0e62ac21, /* sminp v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R6 }, { V(2), R7 } }, .vout = { { V(1), 0x97f4871bdabed37b, 0 } } },
    { "size11", A64_SMINP_v, 0x4ee2ac20,
      /* sminp v0.4s, v1.4s, v2.4s with size = 11 (reserved) */ UNDEF },
    /* umaxp v0.4s, v1.4s, v2.4s */
    T3("basic", UMAXP_v, 0x6ea2a420, R8, R9, P(0x964e03c0e1ab3e01, 0xf2adcc0ee683acdf)),
    /* umaxp v0.16b, v1.16b, v2.16b */
    T3("edge_16b", UMAXP_v, 0x6e22a420, EN_B, EM_B, P(0x817eff80817eff80, 0xaaff80ffaaff80ff)),
    /* umaxp v0.4s, v1.4s, v2.4s */
    T3("edge_4s", UMAXP_v, 0x6ea2a420, EN_S, EM_S, P(0xffffffff80000000, 0x80000000ffffffff)),
    { "q0_vd_vn", A64_UMAXP_v, 0x2e62a421, /* umaxp v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R0 }, { V(2), R1 } }, .vout = { { V(1), 0xaadbc8f482321e35, 0 } } },
    { "size11", A64_UMAXP_v, 0x6ee2a420,
      /* umaxp v0.4s, v1.4s, v2.4s with size = 11 (reserved) */ UNDEF },
    /* uminp v0.4s, v1.4s, v2.4s */
    T3("basic", UMINP_v, 0x6ea2ac20, R2, R3, P(0x515c61233cf3bd58, 0x6f3d88f733be40f5)),
    /* uminp v0.16b, v1.16b, v2.16b */
    T3("edge_16b", UMINP_v, 0x6e22ac20, EN_B, EM_B, P(0x5501007f5501007f, 0x807f7f01807f7f01)),
    /* uminp v0.4s, v1.4s, v2.4s */
    T3("edge_4s", UMINP_v, 0x6ea2ac20, EN_S, EM_S, P(0x000000007fffffff, 0x7fffffff00000001)),
    { "q0_vd_vn", A64_UMINP_v, 0x2e62ac21, /* uminp v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R4 }, { V(2), R5 } }, .vout = { { V(1), 0x670a638e19500eb7, 0 } } },
    { "size11", A64_UMINP_v, 0x6ee2ac20,
      /* uminp v0.4s, v1.4s, v2.4s with size = 11 (reserved) */ UNDEF },
    /* addp v0.4s, v1.4s, v2.4s */
    T3("basic", ADDP_v, 0x4ea2bc20, R6, R7, P(0x14743213ae393a90, 0xc5f4bdfc63171f0f)),
    /* addp v0.16b, v1.16b, v2.16b */
    T3("edge_16b", ADDP_v, 0x4e22bc20, EN_B, EM_B, P(0xd67fffffd67fffff, 0x2a7eff002a7eff00)),
    /* addp v0.2d, v1.2d, v2.2d */
    T3("edge_2d", ADDP_v, 0x4ee2bc20, EN_D, EM_D, P(0xffffffffffffffff, 0)),
    { "q0_vd_vn", A64_ADDP_v, 0x0e62bc21, /* addp v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R8 }, { V(2), R9 } }, .vout = { { V(1), 0x9362f824cb001fac, 0 } } },
    { "1d", A64_ADDP_v, 0x0ee2bc20,
      /* addp v0.2d, v1.2d, v2.2d with Q = 0: size:Q = 110 (reserved) */ UNDEF },

    /* three same: saturating, compares, add/sub (size:Q = 110 reserved) */
    /* sqadd v0.4s, v1.4s, v2.4s */
    T3Q("basic", SQADD_v, 0x4ea20c20, R0, R1, P(0x7fffffffe7292e42, 0x65433c27011d08e2)),
    /* sqadd v0.16b, v1.16b, v2.16b */
    T3Q("edge_16b", SQADD_v, 0x4e220c20, EN_B, EM_B, P(0xff807f00807e807f, 0xff807f00807e807f)),
    /* sqadd v0.2d, v1.2d, v2.2d */
    T3Q("edge_2d", SQADD_v, 0x4ee20c20, EN_D, EM_D, P(0x7fffffffffffffff, 0x8000000000000000)),
    /* sqadd v0.2d, v1.2d, v2.2d */
    T3("edge2_2d", SQADD_v, 0x4ee20c20, EN2_D, EM2_D, P(0x8000000000000000, 0)),
    { "q0_vd_vn", A64_SQADD_v, 0x0e620c21, /* sqadd v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R2 }, { V(2), R3 } }, .vout = { { V(1), 0x31a480000e1e3c11, 0 } },
      .fpsr_out = QC },
    { "1d", A64_SQADD_v, 0x0ee20c20,
      /* sqadd v0.2d, v1.2d, v2.2d with Q = 0: size:Q = 110 (reserved) */ UNDEF },
    /* uqadd v0.4s, v1.4s, v2.4s */
    T3Q("basic", UQADD_v, 0x6ea20c20, R4, R5, P(0xffffffffffffffff, 0xa591fa79f834d1c0)),
    /* uqadd v0.16b, v1.16b, v2.16b */
    T3Q("edge_16b", UQADD_v, 0x6e220c20, EN_B, EM_B, P(0xfffffdff80ffff80, 0xfffffdff80ffff80)),
    /* uqadd v0.2d, v1.2d, v2.2d */
    T3Q("edge_2d", UQADD_v, 0x6ee20c20, EN_D, EM_D, P(0x8000000000000000, 0xffffffffffffffff)),
    /* uqadd v0.2d, v1.2d, v2.2d */
    T3Q("edge2_2d", UQADD_v, 0x6ee20c20, EN2_D, EM2_D, P(0x8000000000000000, 0xffffffffffffffff)),
    { "q0_vd_vn", A64_UQADD_v, 0x2e620c21, /* uqadd v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R6 }, { V(2), R7 } }, .vout = { { V(1), 0xe7afbabeffff9ee1, 0 } },
      .fpsr_out = QC },
    { "1d", A64_UQADD_v, 0x2ee20c20,
      /* uqadd v0.2d, v1.2d, v2.2d with Q = 0: size:Q = 110 (reserved) */ UNDEF },
    /* sqsub v0.4s, v1.4s, v2.4s */
    T3Q("basic", SQSUB_v, 0x4ea22c20, R8, R9, P(0xce1f697ec14a663d, 0x7fffffffa3a037b2)),
    /* sqsub v0.16b, v1.16b, v2.16b */
    T3Q("edge_16b", SQSUB_v, 0x4e222c20, EN_B, EM_B, P(0x7f01ff027f80817e, 0x7f01ff027f80817e)),
    /* sqsub v0.2d, v1.2d, v2.2d */
    T3("edge_2d", SQSUB_v, 0x4ee22c20, EN_D, EM_D, P(0x7ffffffffffffffe, 0x8000000000000001)),
    /* sqsub v0.2d, v1.2d, v2.2d */
    T3Q("edge2_2d", SQSUB_v, 0x4ee22c20, EN2_D, EM2_D, P(0x7fffffffffffffff, 0x2)),
    { "q0_vd_vn", A64_SQSUB_v, 0x0e622c21, /* sqsub v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R0 }, { V(2), R1 } }, .vout = { { V(1), 0x3256d7575541dafa, 0 } } },
    { "1d", A64_SQSUB_v, 0x0ee22c20,
      /* sqsub v0.2d, v1.2d, v2.2d with Q = 0: size:Q = 110 (reserved) */ UNDEF },
    /* uqsub v0.4s, v1.4s, v2.4s */
    T3Q("basic", UQSUB_v, 0x6ea22c20, R2, R3, P(0x00000000a6a2ba27, 0)),
    /* uqsub v0.16b, v1.16b, v2.16b */
    T3Q("edge_16b", UQSUB_v, 0x6e222c20, EN_B, EM_B, P(0x000100000080007e, 0x000100000080007e)),
    /* uqsub v0.2d, v1.2d, v2.2d */
    T3Q("edge_2d", UQSUB_v, 0x6ee22c20, EN_D, EM_D, P(0x7ffffffffffffffe, 0)),
    /* uqsub v0.2d, v1.2d, v2.2d */
    T3Q("edge2_2d", UQSUB_v, 0x6ee22c20, EN2_D, EM2_D, P(0, 0)),
    { "q0_vd_vn", A64_UQSUB_v, 0x2e622c21, /* uqsub v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R4 }, { V(2), R5 } }, .vout = { { V(1), 0x6fbe000000000000, 0 } },
      .fpsr_out = QC },
    { "1d", A64_UQSUB_v, 0x2ee22c20,
      /* uqsub v0.2d, v1.2d, v2.2d with Q = 0: size:Q = 110 (reserved) */ UNDEF },
    /* cmgt v0.4s, v1.4s, v2.4s */
    T3("basic", CMGT_v, 0x4ea23420, R6, R7, P(0, 0)),
    /* cmgt v0.16b, v1.16b, v2.16b */
    T3("edge_16b", CMGT_v, 0x4e223420, EN_B, EM_B, P(0xffff00ffff0000ff, 0xffff00ffff0000ff)),
    /* cmgt v0.2d, v1.2d, v2.2d */
    T3("edge_2d", CMGT_v, 0x4ee23420, EN_D, EM_D, P(0xffffffffffffffff, 0)),
    /* cmgt v0.2d, v1.2d, v2.2d */
    T3("edge2_2d", CMGT_v, 0x4ee23420, EN2_D, EM2_D, P(0xffffffffffffffff, 0xffffffffffffffff)),
    { "q0_vd_vn", A64_CMGT_v, 0x0e623421, /* cmgt v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R8 }, { V(2), R9 } }, .vout = { { V(1), 0x0000ffff0000ffff, 0 } } },
    { "1d", A64_CMGT_v, 0x0ee23420,
      /* cmgt v0.2d, v1.2d, v2.2d with Q = 0: size:Q = 110 (reserved) */ UNDEF },
    /* cmge v0.4s, v1.4s, v2.4s */
    T3("basic", CMGE_v, 0x4ea23c20, R0, R1, P(0xffffffffffffffff, 0xffffffffffffffff)),
    /* cmge v0.16b, v1.16b, v2.16b */
    T3("edge_16b", CMGE_v, 0x4e223c20, EN_B, EM_B, P(0xffff00ffff0000ff, 0xffff00ffff0000ff)),
    /* cmge v0.2d, v1.2d, v2.2d */
    T3("edge_2d", CMGE_v, 0x4ee23c20, EN_D, EM_D, P(0xffffffffffffffff, 0)),
    /* cmge v0.2d, v1.2d, v2.2d */
    T3("edge2_2d", CMGE_v, 0x4ee23c20, EN2_D, EM2_D, P(0xffffffffffffffff, 0xffffffffffffffff)),
    { "q0_vd_vn", A64_CMGE_v, 0x0e623c21, /* cmge v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R2 }, { V(2), R3 } }, .vout = { { V(1), 0xffffffff00000000, 0 } } },
    { "1d", A64_CMGE_v, 0x0ee23c20,
      /* cmge v0.2d, v1.2d, v2.2d with Q = 0: size:Q = 110 (reserved) */ UNDEF },
    /* cmhi v0.4s, v1.4s, v2.4s */
    T3("basic", CMHI_v, 0x6ea23420, R4, R5, P(0xffffffff00000000, 0xffffffff00000000)),
    /* cmhi v0.16b, v1.16b, v2.16b */
    T3("edge_16b", CMHI_v, 0x6e223420, EN_B, EM_B, P(0x00ff000000ff00ff, 0x00ff000000ff00ff)),
    /* cmhi v0.2d, v1.2d, v2.2d */
    T3("edge_2d", CMHI_v, 0x6ee23420, EN_D, EM_D, P(0xffffffffffffffff, 0)),
    /* cmhi v0.2d, v1.2d, v2.2d */
    T3("edge2_2d", CMHI_v, 0x6ee23420, EN2_D, EM2_D, P(0, 0)),
    { "q0_vd_vn", A64_CMHI_v, 0x2e623421, /* cmhi v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R6 }, { V(2), R7 } }, .vout = { { V(1), 0xffff0000ffff0000, 0 } } },
    { "1d", A64_CMHI_v, 0x2ee23420,
      /* cmhi v0.2d, v1.2d, v2.2d with Q = 0: size:Q = 110 (reserved) */ UNDEF },
    /* cmhs v0.4s, v1.4s, v2.4s */
    T3("basic", CMHS_v, 0x6ea23c20, R8, R9, P(0x00000000ffffffff, 0)),
    /* cmhs v0.16b, v1.16b, v2.16b */
    T3("edge_16b", CMHS_v, 0x6e223c20, EN_B, EM_B, P(0x00ff000000ff00ff, 0x00ff000000ff00ff)),
    /* cmhs v0.2d, v1.2d, v2.2d */
    T3("edge_2d", CMHS_v, 0x6ee23c20, EN_D, EM_D, P(0xffffffffffffffff, 0)),
    /* cmhs v0.2d, v1.2d, v2.2d */
    T3("edge2_2d", CMHS_v, 0x6ee23c20, EN2_D, EM2_D, P(0, 0)),
    { "q0_vd_vn", A64_CMHS_v, 0x2e623c21, /* cmhs v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R0 }, { V(2), R1 } }, .vout = { { V(1), 0xffff000000000000, 0 } } },
    { "1d", A64_CMHS_v, 0x2ee23c20,
      /* cmhs v0.2d, v1.2d, v2.2d with Q = 0: size:Q = 110 (reserved) */ UNDEF },
    /* cmtst v0.4s, v1.4s, v2.4s */
    T3("basic", CMTST_v, 0x4ea28c20, R2, R3, P(0xffffffffffffffff, 0xffffffffffffffff)),
    /* cmtst v0.16b, v1.16b, v2.16b */
    T3("edge_16b", CMTST_v, 0x4e228c20, EN_B, EM_B, P(0x00ffffff00ffffff, 0x00ffffff00ffffff)),
    /* cmtst v0.2d, v1.2d, v2.2d */
    T3("edge_2d", CMTST_v, 0x4ee28c20, EN_D, EM_D, P(0xffffffffffffffff, 0xffffffffffffffff)),
    /* cmtst v0.2d, v1.2d, v2.2d */
    T3("edge2_2d", CMTST_v, 0x4ee28c20, EN2_D, EM2_D, P(0, 0xffffffffffffffff)),
    { "q0_vd_vn", A64_CMTST_v, 0x0e628c21, /* cmtst v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R4 }, { V(2), R5 } }, .vout = { { V(1), 0xffffffffffffffff, 0 } } },
    { "1d", A64_CMTST_v, 0x0ee28c20,
      /* cmtst v0.2d, v1.2d, v2.2d with Q = 0: size:Q = 110 (reserved) */ UNDEF },
    /* cmeq v0.4s, v1.4s, v2.4s */
    T3("basic", CMEQ_v, 0x6ea28c20, R6, R7, P(0, 0)),
    /* cmeq v0.16b, v1.16b, v2.16b */
    T3("edge_16b", CMEQ_v, 0x6e228c20, EN_B, EM_B, P(0, 0)),
    /* cmeq v0.2d, v1.2d, v2.2d */
    T3("edge_2d", CMEQ_v, 0x6ee28c20, EN_D, EM_D, P(0, 0)),
    /* cmeq v0.2d, v1.2d, v2.2d */
    T3("edge2_2d", CMEQ_v, 0x6ee28c20, EN2_D, EM2_D, P(0, 0)),
    { "q0_vd_vn", A64_CMEQ_v, 0x2e628c21, /* cmeq v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R8 }, { V(2), R9 } }, .vout = { { V(1), 0, 0 } } },
    { "1d", A64_CMEQ_v, 0x2ee28c20,
      /* cmeq v0.2d, v1.2d, v2.2d with Q = 0: size:Q = 110 (reserved) */ UNDEF },
    /* add v0.4s, v1.4s, v2.4s */
    T3("basic", ADD_v, 0x4ea28420, R0, R1, P(0xb6db2d0de7292e42, 0x65433c27011d08e2)),
    /* add v0.16b, v1.16b, v2.16b */
    T3("edge_16b", ADD_v, 0x4e228420, EN_B, EM_B, P(0xff01fd00807e7f80, 0xff01fd00807e7f80)),
    /* add v0.2d, v1.2d, v2.2d */
    T3("edge_2d", ADD_v, 0x4ee28420, EN_D, EM_D, P(0x8000000000000000, 0x7fffffffffffffff)),
    /* add v0.2d, v1.2d, v2.2d */
    T3("edge2_2d", ADD_v, 0x4ee28420, EN2_D, EM2_D, P(0x8000000000000000, 0)),
    { "q0_vd_vn", A64_ADD_v, 0x0e628421, /* add v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R2 }, { V(2), R3 } }, .vout = { { V(1), 0x31a4739e0e1e3c11, 0 } } },
    { "1d", A64_ADD_v, 0x0ee28420,
      /* add v0.2d, v1.2d, v2.2d with Q = 0: size:Q = 110 (reserved) */ UNDEF },
    /* sub v0.4s, v1.4s, v2.4s */
    T3("basic", SUB_v, 0x6ea28420, R4, R5, P(0x6fbdb2466720ab29, 0x107f5f0b2f16ac4e)),
    /* sub v0.16b, v1.16b, v2.16b */
    T3("edge_16b", SUB_v, 0x6e228420, EN_B, EM_B, P(0xab01ff028080817e, 0xab01ff028080817e)),
    /* sub v0.2d, v1.2d, v2.2d */
    T3("edge_2d", SUB_v, 0x6ee28420, EN_D, EM_D, P(0x7ffffffffffffffe, 0x8000000000000001)),
    /* sub v0.2d, v1.2d, v2.2d */
    T3("edge2_2d", SUB_v, 0x6ee28420, EN2_D, EM2_D, P(0x8000000000000000, 0x2)),
    { "q0_vd_vn", A64_SUB_v, 0x2e628421, /* sub v1.4h, v1.4h, v2.4h */
      .vin = { { V(1), R6 }, { V(2), R7 } }, .vout = { { V(1), 0xcdcd8ad67d5690ab, 0 } } },
    { "1d", A64_SUB_v, 0x2ee28420,
      /* sub v0.2d, v1.2d, v2.2d with Q = 0: size:Q = 110 (reserved) */ UNDEF },
    { "vd_vm", A64_SQADD_v, 0x4e620c22, /* sqadd v2.8h, v1.8h, v2.8h */
      .vin = { { V(1), EN_H }, { V(2), EM_H } },
      .vout = { { V(2), 0x80007ffe80007fff, 0xffff80007fff0000 } }, .fpsr_out = QC },
    { "vd_vm", A64_CMGT_v, 0x4e623422, /* cmgt v2.8h, v1.8h, v2.8h */
      .vin = { { V(1), EN_H }, { V(2), EM_H } },
      .vout = { { V(2), 0xffff00000000ffff, 0xffffffff0000ffff } } },
    { "qc_kept", A64_SQADD_v, 0x4ea20c20, /* sqadd v0.4s, v1.4s, v2.4s */
      .vin = { { V(1), 0x0000000200000001, 0x0000000400000003 },
               { V(2), 0x0000000600000005, 0x0000000800000007 } }, .fpsr_in = QC,
      .vout = { { V(0), 0x0000000800000006, 0x0000000c0000000a } }, .fpsr_out = QC },
    /* add v0.16b, v1.16b, v2.16b */
    T3("carry_stops", ADD_v, 0x4e228420, P(0xffffffffffffffff, 0xffffffffffffffff), P(0x0101010101010101, 0x0101010101010101),
       P(0, 0)),
    /* add v0.4h, v1.4h, v2.4h */
    T3("carry_stops_4h", ADD_v, 0x0e628420, P(0x7fffffff7fffffff, 0x7fffffff7fffffff), P(0x0001000100010001, 0x0001000100010001),
       P(0x8000000080000000, 0)),
    /* sub v0.8h, v1.8h, v2.8h */
    T3("borrow_stops", SUB_v, 0x6e628420, P(0x8000000080000000, 0x8000000080000000), P(0x0001000100010001, 0x0001000100010001),
       P(0x7fffffff7fffffff, 0x7fffffff7fffffff)),
    /* sub v0.2d, v1.2d, v2.2d */
    T3("borrow_stops_2d", SUB_v, 0x6ee28420, EN2_D, P(0x1, 0x2),
       P(0xffffffffffffffff, 0xffffffffffffffff)),

    /* shifts by register: shift = SInt(Vm element<7:0>) */
    /* sshl v0.4s, v1.4s, v2.4s */
    T3("basic", SSHL_v, 0x4ea24420, R8, P(0xfffffffd00000003, 0xffffffef00000011),
       P(0xf69462cb0d59f008, 0x0000200607800000)),
    /* sshl v0.16b, v1.16b, v2.16b */
    T3("amounts_16b", SSHL_v, 0x4e224420, EN_B, SH_B, P(0x008100000080c0fe, 0x00f0f0040000ff00)),
    /* sshl v0.8h, v1.8h, v2.8h */
    T3("amounts_8h", SSHL_v, 0x4e624420, EN_H, SH_H, P(0x00008000c000fffe, 0x0000800100000000)),
    /* sshl v0.4s, v1.4s, v2.4s */
    T3("amounts_4s", SSHL_v, 0x4ea24420, EN_S, SH_S, P(0xc0000000fffffffe, 0x0000000080000000)),
    /* sshl v0.2d, v1.2d, v2.2d */
    T3("amounts_2d", SSHL_v, 0x4ee24420, EN_D, SH_D, P(0xfffffffffffffffe, 0xc000000000000000)),
    /* sshl v0.2d, v1.2d, v2.2d */
    T3("amounts_2d_b", SSHL_v, 0x4ee24420, P(0x3, 0xfffffffffffffffd), P(0x80, 0x3f),
       P(0, 0x8000000000000000)),
    /* sshl v0.8h, v1.8h, v2.8h */
    T3("round_ties", SSHL_v, 0x4e624420, P(0xfffdffff00030001, 0x80007ffffffb0005), P(0xffffffffffffffff, 0xfff0fff0fffefffe),
       P(0xfffeffff00010000, 0xffff0000fffe0001)),
    { "q0_vd_vm", A64_SSHL_v, 0x0e224422, /* sshl v2.8b, v1.8b, v2.8b */
      .vin = { { V(1), R9 }, { V(2), 0x0900f808f907ff01, 0x0900f808f907ff01 } },
      .vout = { { V(2), 0x0083ff000000eb88, 0 } } },
    { "1d", A64_SSHL_v, 0x0ee24420,
      /* sshl v0.2d, v1.2d, v2.2d with Q = 0: size:Q = 110 (reserved) */ UNDEF },
    /* ushl v0.4s, v1.4s, v2.4s */
    T3("basic", USHL_v, 0x6ea24420, R0, P(0xfffffffd00000003, 0xffffffef00000011),
       P(0x0e931046f1a824f0, 0x00003ce46b6a0000)),
    /* ushl v0.16b, v1.16b, v2.16b */
    T3("amounts_16b", USHL_v, 0x6e224420, EN_B, SH_B, P(0x00810000008040fe, 0x0010f00400000000)),
    /* ushl v0.8h, v1.8h, v2.8h */
    T3("amounts_8h", USHL_v, 0x6e624420, EN_H, SH_H, P(0x000080004000fffe, 0x0000800100000000)),
    /* ushl v0.4s, v1.4s, v2.4s */
    T3("amounts_4s", USHL_v, 0x6ea24420, EN_S, SH_S, P(0x40000000fffffffe, 0x0000000080000000)),
    /* ushl v0.2d, v1.2d, v2.2d */
    T3("amounts_2d", USHL_v, 0x6ee24420, EN_D, SH_D, P(0xfffffffffffffffe, 0x4000000000000000)),
    /* ushl v0.2d, v1.2d, v2.2d */
    T3("amounts_2d_b", USHL_v, 0x6ee24420, P(0x3, 0xfffffffffffffffd), P(0x80, 0x3f),
       P(0, 0x8000000000000000)),
    /* ushl v0.8h, v1.8h, v2.8h */
    T3("round_ties", USHL_v, 0x6e624420, P(0xfffdffff00030001, 0x80007ffffffb0005), P(0xffffffffffffffff, 0xfff0fff0fffefffe),
       P(0x7ffe7fff00010000, 0x000000003ffe0001)),
    { "q0_vd_vm", A64_USHL_v, 0x2e224422, /* ushl v2.8b, v1.8b, v2.8b */
      .vin = { { V(1), R1 }, { V(2), 0x0900f808f907ff01, 0x0900f808f907ff01 } },
      .vout = { { V(2), 0x0042000001001448, 0 } } },
    { "1d", A64_USHL_v, 0x2ee24420,
      /* ushl v0.2d, v1.2d, v2.2d with Q = 0: size:Q = 110 (reserved) */ UNDEF },
    /* srshl v0.4s, v1.4s, v2.4s */
    T3("basic", SRSHL_v, 0x4ea25420, R2, P(0xfffffffd00000003, 0xffffffef00000011),
       P(0x079e77abd307d8e0, 0x000028ae8a6e0000)),
    /* srshl v0.16b, v1.16b, v2.16b */
    T3("amounts_16b", SRSHL_v, 0x4e225420, EN_B, SH_B, P(0x008100000080c0fe, 0x00f0f00400000000)),
    /* srshl v0.8h, v1.8h, v2.8h */
    T3("amounts_8h", SRSHL_v, 0x4e625420, EN_H, SH_H, P(0x00008000c000fffe, 0x0000800100000000)),
    /* srshl v0.4s, v1.4s, v2.4s */
    T3("amounts_4s", SRSHL_v, 0x4ea25420, EN_S, SH_S, P(0xc0000000fffffffe, 0x0000000080000000)),
    /* srshl v0.2d, v1.2d, v2.2d */
    T3("amounts_2d", SRSHL_v, 0x4ee25420, EN_D, SH_D, P(0xfffffffffffffffe, 0xc000000000000000)),
    /* srshl v0.2d, v1.2d, v2.2d */
    T3("amounts_2d_b", SRSHL_v, 0x4ee25420, P(0x3, 0xfffffffffffffffd), P(0x80, 0x3f),
       P(0, 0x8000000000000000)),
    /* srshl v0.8h, v1.8h, v2.8h */
    T3("round_ties", SRSHL_v, 0x4e625420, P(0xfffdffff00030001, 0x80007ffffffb0005), P(0xffffffffffffffff, 0xfff0fff0fffefffe),
       P(0xffff000000020001, 0x00000000ffff0001)),
    { "q0_vd_vm", A64_SRSHL_v, 0x0e225422, /* srshl v2.8b, v1.8b, v2.8b */
      .vin = { { V(1), R3 }, { V(2), 0x0900f808f907ff01, 0x0900f808f907ff01 } },
      .vout = { { V(2), 0x00b10000000020ea, 0 } } },
    { "1d", A64_SRSHL_v, 0x0ee25420,
      /* srshl v0.2d, v1.2d, v2.2d with Q = 0: size:Q = 110 (reserved) */ UNDEF },
    /* urshl v0.4s, v1.4s, v2.4s */
    T3("basic", URSHL_v, 0x6ea25420, R4, P(0xfffffffd00000003, 0xffffffef00000011),
       P(0x1b43632a062075b8, 0x00002d847e0e0000)),
    /* urshl v0.16b, v1.16b, v2.16b */
    T3("amounts_16b", URSHL_v, 0x6e225420, EN_B, SH_B, P(0x00810000008040fe, 0x0010f00400000000)),
    /* urshl v0.8h, v1.8h, v2.8h */
    T3("amounts_8h", URSHL_v, 0x6e625420, EN_H, SH_H, P(0x000080004000fffe, 0x0000800100000000)),
    /* urshl v0.4s, v1.4s, v2.4s */
    T3("amounts_4s", URSHL_v, 0x6ea25420, EN_S, SH_S, P(0x40000000fffffffe, 0x0000000080000000)),
    /* urshl v0.2d, v1.2d, v2.2d */
    T3("amounts_2d", URSHL_v, 0x6ee25420, EN_D, SH_D, P(0xfffffffffffffffe, 0x4000000000000000)),
    /* urshl v0.2d, v1.2d, v2.2d */
    T3("amounts_2d_b", URSHL_v, 0x6ee25420, P(0x3, 0xfffffffffffffffd), P(0x80, 0x3f),
       P(0, 0x8000000000000000)),
    /* urshl v0.8h, v1.8h, v2.8h */
    T3("round_ties", URSHL_v, 0x6e625420, P(0xfffdffff00030001, 0x80007ffffffb0005), P(0xffffffffffffffff, 0xfff0fff0fffefffe),
       P(0x7fff800000020001, 0x000100003fff0001)),
    { "q0_vd_vm", A64_URSHL_v, 0x2e225422, /* urshl v2.8b, v1.8b, v2.8b */
      .vin = { { V(1), R5 }, { V(2), 0x0900f808f907ff01, 0x0900f808f907ff01 } },
      .vout = { { V(2), 0x005d00000280321c, 0 } } },
    { "1d", A64_URSHL_v, 0x2ee25420,
      /* urshl v0.2d, v1.2d, v2.2d with Q = 0: size:Q = 110 (reserved) */ UNDEF },
    /* sqshl v0.4s, v1.4s, v2.4s */
    T3Q("basic", SQSHL_v, 0x4ea24c20, R6, P(0xfffffffd00000003, 0xffffffef00000011),
       P(0xfb57c45980000000, 0xffffc15c80000000)),
    /* sqshl v0.16b, v1.16b, v2.16b */
    T3Q("amounts_16b", SQSHL_v, 0x4e224c20, EN_B, SH_B, P(0x0081007f0080c07f, 0x7ff07f040080ff7f)),
    /* sqshl v0.8h, v1.8h, v2.8h */
    T3Q("amounts_8h", SQSHL_v, 0x4e624c20, EN_H, SH_H, P(0x00008000c0007fff, 0x0000800100007fff)),
    /* sqshl v0.4s, v1.4s, v2.4s */
    T3Q("amounts_4s", SQSHL_v, 0x4ea24c20, EN_S, SH_S, P(0xc00000007fffffff, 0x0000000080000000)),
    /* sqshl v0.2d, v1.2d, v2.2d */
    T3Q("amounts_2d", SQSHL_v, 0x4ee24c20, EN_D, SH_D, P(0x7fffffffffffffff, 0xc000000000000000)),
    /* sqshl v0.2d, v1.2d, v2.2d */
    T3Q("amounts_2d_b", SQSHL_v, 0x4ee24c20, P(0x3, 0xfffffffffffffffd), P(0x80, 0x3f),
       P(0, 0x8000000000000000)),
    /* sqshl v0.8h, v1.8h, v2.8h */
    T3("round_ties", SQSHL_v, 0x4e624c20, P(0xfffdffff00030001, 0x80007ffffffb0005), P(0xffffffffffffffff, 0xfff0fff0fffefffe),
       P(0xfffeffff00010000, 0xffff0000fffe0001)),
    { "q0_vd_vm", A64_SQSHL_v, 0x0e224c22, /* sqshl v2.8b, v1.8b, v2.8b */
      .vin = { { V(1), R7 }, { V(2), 0x0900f808f907ff01, 0x0900f808f907ff01 } },
      .vout = { { V(2), 0x7ff1ff80007fc336, 0 } }, .fpsr_out = QC },
    { "1d", A64_SQSHL_v, 0x0ee24c20,
      /* sqshl v0.2d, v1.2d, v2.2d with Q = 0: size:Q = 110 (reserved) */ UNDEF },
    /* uqshl v0.4s, v1.4s, v2.4s */
    T3Q("basic", UQSHL_v, 0x6ea24c20, R8, P(0xfffffffd00000003, 0xffffffef00000011),
       P(0x169462cbffffffff, 0x00002006ffffffff)),
    /* uqshl v0.16b, v1.16b, v2.16b */
    T3Q("amounts_16b", UQSHL_v, 0x6e224c20, EN_B, SH_B, P(0x008100ff00ff40fe, 0xff10ff0400ff00ff)),
    /* uqshl v0.8h, v1.8h, v2.8h */
    T3Q("amounts_8h", UQSHL_v, 0x6e624c20, EN_H, SH_H, P(0x0000ffff4000fffe, 0x000080010000ffff)),
    /* uqshl v0.4s, v1.4s, v2.4s */
    T3Q("amounts_4s", UQSHL_v, 0x6ea24c20, EN_S, SH_S, P(0x40000000fffffffe, 0x00000000ffffffff)),
    /* uqshl v0.2d, v1.2d, v2.2d */
    T3("amounts_2d", UQSHL_v, 0x6ee24c20, EN_D, SH_D, P(0xfffffffffffffffe, 0x4000000000000000)),
    /* uqshl v0.2d, v1.2d, v2.2d */
    T3Q("amounts_2d_b", UQSHL_v, 0x6ee24c20, P(0x3, 0xfffffffffffffffd), P(0x80, 0x3f),
       P(0, 0xffffffffffffffff)),
    /* uqshl v0.8h, v1.8h, v2.8h */
    T3("round_ties", UQSHL_v, 0x6e624c20, P(0xfffdffff00030001, 0x80007ffffffb0005), P(0xffffffffffffffff, 0xfff0fff0fffefffe),
       P(0x7ffe7fff00010000, 0x000000003ffe0001)),
    { "q0_vd_vm", A64_UQSHL_v, 0x2e224c22, /* uqshl v2.8b, v1.8b, v2.8b */
      .vin = { { V(1), R9 }, { V(2), 0x0900f808f907ff01, 0x0900f808f907ff01 } },
      .vout = { { V(2), 0xff8300ff00ff6bff, 0 } }, .fpsr_out = QC },
    { "1d", A64_UQSHL_v, 0x2ee24c20,
      /* uqshl v0.2d, v1.2d, v2.2d with Q = 0: size:Q = 110 (reserved) */ UNDEF },
    /* sqrshl v0.4s, v1.4s, v2.4s */
    T3Q("basic", SQRSHL_v, 0x4ea25c20, R0, P(0xfffffffd00000003, 0xffffffef00000011),
       P(0x0e9310467fffffff, 0x00003ce47fffffff)),
    /* sqrshl v0.16b, v1.16b, v2.16b */
    T3Q("amounts_16b", SQRSHL_v, 0x4e225c20, EN_B, SH_B, P(0x0081007f0080c07f, 0x7ff07f040080007f)),
    /* sqrshl v0.8h, v1.8h, v2.8h */
    T3Q("amounts_8h", SQRSHL_v, 0x4e625c20, EN_H, SH_H, P(0x00008000c0007fff, 0x0000800100007fff)),
    /* sqrshl v0.4s, v1.4s, v2.4s */
    T3Q("amounts_4s", SQRSHL_v, 0x4ea25c20, EN_S, SH_S, P(0xc00000007fffffff, 0x0000000080000000)),
    /* sqrshl v0.2d, v1.2d, v2.2d */
    T3Q("amounts_2d", SQRSHL_v, 0x4ee25c20, EN_D, SH_D, P(0x7fffffffffffffff, 0xc000000000000000)),
    /* sqrshl v0.2d, v1.2d, v2.2d */
    T3Q("amounts_2d_b", SQRSHL_v, 0x4ee25c20, P(0x3, 0xfffffffffffffffd), P(0x80, 0x3f),
       P(0, 0x8000000000000000)),
    /* sqrshl v0.8h, v1.8h, v2.8h */
    T3("round_ties", SQRSHL_v, 0x4e625c20, P(0xfffdffff00030001, 0x80007ffffffb0005), P(0xffffffffffffffff, 0xfff0fff0fffefffe),
       P(0xffff000000020001, 0x00000000ffff0001)),
    { "q0_vd_vm", A64_SQRSHL_v, 0x0e225c22, /* sqrshl v2.8b, v1.8b, v2.8b */
      .vin = { { V(1), R1 }, { V(2), 0x0900f808f907ff01, 0x0900f808f907ff01 } },
      .vout = { { V(2), 0x7f42008000801580, 0 } }, .fpsr_out = QC },
    { "1d", A64_SQRSHL_v, 0x0ee25c20,
      /* sqrshl v0.2d, v1.2d, v2.2d with Q = 0: size:Q = 110 (reserved) */ UNDEF },
    /* uqrshl v0.4s, v1.4s, v2.4s */
    T3Q("basic", UQRSHL_v, 0x6ea25c20, R2, P(0xfffffffd00000003, 0xffffffef00000011),
       P(0x079e77abffffffff, 0x000028aeffffffff)),
    /* uqrshl v0.16b, v1.16b, v2.16b */
    T3Q("amounts_16b", UQRSHL_v, 0x6e225c20, EN_B, SH_B, P(0x008100ff00ff40fe, 0xff10ff0400ff00ff)),
    /* uqrshl v0.8h, v1.8h, v2.8h */
    T3Q("amounts_8h", UQRSHL_v, 0x6e625c20, EN_H, SH_H, P(0x0000ffff4000fffe, 0x000080010000ffff)),
    /* uqrshl v0.4s, v1.4s, v2.4s */
    T3Q("amounts_4s", UQRSHL_v, 0x6ea25c20, EN_S, SH_S, P(0x40000000fffffffe, 0x00000000ffffffff)),
    /* uqrshl v0.2d, v1.2d, v2.2d */
    T3("amounts_2d", UQRSHL_v, 0x6ee25c20, EN_D, SH_D, P(0xfffffffffffffffe, 0x4000000000000000)),
    /* uqrshl v0.2d, v1.2d, v2.2d */
    T3Q("amounts_2d_b", UQRSHL_v, 0x6ee25c20, P(0x3, 0xfffffffffffffffd), P(0x80, 0x3f),
       P(0, 0xffffffffffffffff)),
    /* uqrshl v0.8h, v1.8h, v2.8h */
    T3("round_ties", UQRSHL_v, 0x6e625c20, P(0xfffdffff00030001, 0x80007ffffffb0005), P(0xffffffffffffffff, 0xfff0fff0fffefffe),
       P(0x7fff800000020001, 0x000100003fff0001)),
    { "q0_vd_vm", A64_UQRSHL_v, 0x2e225c22, /* uqrshl v2.8b, v1.8b, v2.8b */
      .vin = { { V(1), R3 }, { V(2), 0x0900f808f907ff01, 0x0900f808f907ff01 } },
      .vout = { { V(2), 0xffb101ff00ff20ff, 0 } }, .fpsr_out = QC },
    { "1d", A64_UQRSHL_v, 0x2ee25c20,
      /* uqrshl v0.2d, v1.2d, v2.2d with Q = 0: size:Q = 110 (reserved) */ UNDEF },

    /* SQDMULH/SQRDMULH (size 01 and 10 only) */
    /* sqdmulh v0.4s, v1.4s, v2.4s */
    T3("basic", SQDMULH_v, 0x4ea2b420, R4, R5, P(0xe082ca25fb30cc1f, 0x3502aa6efbc9b441)),
    /* sqdmulh v0.8h, v1.8h, v2.8h */
    T3("edge_8h", SQDMULH_v, 0x4e62b420, EN_H, EM_H, P(0x0000ffff00010000, 0xc71c7fff7ffdffff)),
    /* sqdmulh v0.4s, v1.4s, v2.4s */
    T3("edge_4s", SQDMULH_v, 0x4ea2b420, EN_S, EM_S, P(0x0000000100000000, 0x00000000ffffffff)),
    /* sqdmulh v0.4s, v1.4s, v2.4s */
    T3("edge2_4s", SQDMULH_v, 0x4ea2b420, EN2_S, EM2_S, P(0xffffffff00000000, 0x7fffffff7ffffffd)),
    { "q0_vd_vn", A64_SQDMULH_v, 0x0ea2b421, /* sqdmulh v1.2s, v1.2s, v2.2s */
      .vin = { { V(1), R6 }, { V(2), R7 } }, .vout = { { V(1), 0xfc3b8105e209a690, 0 } } },
    { "size00", A64_SQDMULH_v, 0x4e22b420,
      /* sqdmulh v0.8h, v1.8h, v2.8h with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQDMULH_v, 0x4ee2b420,
      /* sqdmulh v0.4s, v1.4s, v2.4s with size = 11 (reserved) */ UNDEF },
    /* sqdmulh v0.4s, v1.4s, v2.4s */
    T3Q("min_min", SQDMULH_v, 0x4ea2b420, P(0x8000000080000000, 0x400000007fffffff), P(0x7fffffff80000000, 0x400000007fffffff),
       P(0x800000017fffffff, 0x200000007ffffffe)),
    /* sqdmulh v0.8h, v1.8h, v2.8h */
    T3Q("round_8h", SQDMULH_v, 0x4e62b420, P(0x7fff800040000001, 0xc0000100fffd0003), P(0x8000800000014000, 0x000100802aab2aab),
       P(0x80017fff00000000, 0xffff0001fffe0001)),
    /* sqrdmulh v0.4s, v1.4s, v2.4s */
    T3("basic", SQRDMULH_v, 0x6ea2b420, R8, R9, P(0x0f015896f853dcce, 0xc1e01f5e0afff489)),
    /* sqrdmulh v0.8h, v1.8h, v2.8h */
    T3("edge_8h", SQRDMULH_v, 0x6e62b420, EN_H, EM_H, P(0x0000ffff00010001, 0xc71c7fff7ffd0000)),
    /* sqrdmulh v0.4s, v1.4s, v2.4s */
    T3("edge_4s", SQRDMULH_v, 0x6ea2b420, EN_S, EM_S, P(0x0000000100000001, 0x00000000ffffffff)),
    /* sqrdmulh v0.4s, v1.4s, v2.4s */
    T3("edge2_4s", SQRDMULH_v, 0x6ea2b420, EN2_S, EM2_S, P(0, 0x7fffffff7ffffffd)),
    { "q0_vd_vn", A64_SQRDMULH_v, 0x2ea2b421, /* sqrdmulh v1.2s, v1.2s, v2.2s */
      .vin = { { V(1), R0 }, { V(2), R1 } }, .vout = { { V(1), 0x3c5b5d67f3026cdf, 0 } } },
    { "size00", A64_SQRDMULH_v, 0x6e22b420,
      /* sqrdmulh v0.8h, v1.8h, v2.8h with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQRDMULH_v, 0x6ee2b420,
      /* sqrdmulh v0.4s, v1.4s, v2.4s with size = 11 (reserved) */ UNDEF },
    /* sqrdmulh v0.4s, v1.4s, v2.4s */
    T3Q("min_min", SQRDMULH_v, 0x6ea2b420, P(0x8000000080000000, 0x400000007fffffff), P(0x7fffffff80000000, 0x400000007fffffff),
       P(0x800000017fffffff, 0x200000007ffffffe)),
    /* sqrdmulh v0.8h, v1.8h, v2.8h */
    T3Q("round_8h", SQRDMULH_v, 0x6e62b420, P(0x7fff800040000001, 0xc0000100fffd0003), P(0x8000800000014000, 0x000100802aab2aab),
       P(0x80017fff00010001, 0x00000001ffff0001)),

    /* Armv8.1 SQRDMLAH/SQRDMLSH (vector) */
    /* sqrdmlah v0.4s, v1.4s, v2.4s */
    T4("basic", SQRDMLAH_v, 0x6e828420, R4, R2, R3, P(0xd4b8df67518ec7a1, 0x0f0a3e9b71f8875d)),
    /* sqrdmlah v0.8h, v1.8h, v2.8h */
    T4Q("edge_8h", SQRDMLAH_v, 0x6e428420, R5, EN_H, EM_H,
       P(0x6a5d6709f9a4638f, 0x11a57fff648c12b9)),
    /* sqrdmlah v0.4s, v1.4s, v2.4s */
    T4("edge_4s", SQRDMLAH_v, 0x6e828420, R6, EN_S, EM_S,
       P(0xdabe22cbd37b17c7, 0x82b9bfbc91ba7256)),
    /* sqrdmlah v0.4s, v1.4s, v2.4s */
    T4Q("edge2_4s", SQRDMLAH_v, 0x6e828420, R7, EN2_S, EM2_S,
       P(0x0cf197f45625871b, 0x25240b5f7fffffff)),
    { "q0_vd_vn", A64_SQRDMLAH_v, 0x2e828421, /* sqrdmlah v1.2s, v1.2s, v2.2s */
      .vin = { { V(1), R8 }, { V(2), R9 } }, .vout = { { V(1), 0xc3a46ef3d9ff1acf, 0 } } },
    { "size00", A64_SQRDMLAH_v, 0x6e028420,
      /* sqrdmlah v0.8h, v1.8h, v2.8h with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQRDMLAH_v, 0x6ec28420,
      /* sqrdmlah v0.4s, v1.4s, v2.4s with size = 11 (reserved) */ UNDEF },
    /* sqrdmlah v0.8h, v1.8h, v2.8h */
    T4Q("sat_round", SQRDMLAH_v, 0x6e428420, P(0x80017ffe80007fff, 0xffff123400000000), P(0x000100017fff7fff, 0x0001000340008000), P(0xc000400080007fff, 0x4000555500018000),
       P(0x80017fff80007fff, 0x0000123600017fff)),
    /* sqrdmlsh v0.4s, v1.4s, v2.4s */
    T4Q("basic", SQRDMLSH_v, 0x6e828c20, R2, R0, R1, P(0x00985ff1e75e8e3d, 0x64e2ca087fffffff)),
    /* sqrdmlsh v0.8h, v1.8h, v2.8h */
    T4Q("edge_8h", SQRDMLSH_v, 0x6e428c20, R3, EN_H, EM_H,
       P(0xf4b1b64733bd40f4, 0xc1558000ef4088f7)),
    /* sqrdmlsh v0.4s, v1.4s, v2.4s */
    T4("edge_4s", SQRDMLSH_v, 0x6e828c20, R4, EN_S, EM_S,
       P(0xda1b194f60c40eb6, 0x5b08acc213a5bf08)),
    /* sqrdmlsh v0.4s, v1.4s, v2.4s */
    T4Q("edge2_4s", SQRDMLSH_v, 0x6e828c20, R5, EN2_S, EM2_S,
       P(0x6a5d670af9a3638e, 0xca894db880000000)),
    { "q0_vd_vn", A64_SQRDMLSH_v, 0x2e828c21, /* sqrdmlsh v1.2s, v1.2s, v2.2s */
      .vin = { { V(1), R6 }, { V(2), R7 } }, .vout = { { V(1), 0xde82a1c4f1717136, 0 } } },
    { "size00", A64_SQRDMLSH_v, 0x6e028c20,
      /* sqrdmlsh v0.8h, v1.8h, v2.8h with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQRDMLSH_v, 0x6ec28c20,
      /* sqrdmlsh v0.4s, v1.4s, v2.4s with size = 11 (reserved) */ UNDEF },
    /* sqrdmlsh v0.8h, v1.8h, v2.8h */
    T4("sat_round", SQRDMLSH_v, 0x6e428c20, P(0x80017ffe80007fff, 0xffff123400000000), P(0x000100017fff7fff, 0x0001000340008000), P(0xc000400080007fff, 0x4000555500018000),
       P(0x80027ffeffff0001, 0xffff123200008000)),

    /* bitwise (size is an opcode field) */
    /* and v0.16b, v1.16b, v2.16b */
    T3("basic", AND_v, 0x4e221c20, R8, R9, P(0xa483045d20201600, 0x0008a10d920c0000)),
    /* and v0.8b, v1.8b, v2.8b */
    T3("q0", AND_v, 0x0e221c20, R8, R9, P(0xa483045d20201600, 0)),
    { "vd_vn_vm", A64_AND_v, 0x4e231c63, /* and v3.16b, v3.16b, v3.16b */
      .vin = { { V(3), R0 } } },
    { "vd_vm", A64_AND_v, 0x4e221c22, /* and v2.16b, v1.16b, v2.16b */
      .vin = { { V(1), R1 }, { V(2), R2 } },
      .vout = { { V(2), 0x0042a858c8602904, 0x4158610104884125 } } },
    /* bic v0.16b, v1.16b, v2.16b */
    T3("basic", BIC_v, 0x4e621c20, R3, R4, P(0x24a0a606133a4040, 0x807100146c1800f0)),
    /* bic v0.8b, v1.8b, v2.8b */
    T3("q0", BIC_v, 0x0e621c20, R3, R4, P(0x24a0a606133a4040, 0)),
    { "vd_vn_vm", A64_BIC_v, 0x4e631c63, /* bic v3.16b, v3.16b, v3.16b */
      .vin = { { V(3), R5 } }, .vout = { { V(3), 0, 0 } } },
    { "vd_vm", A64_BIC_v, 0x4e621c22, /* bic v2.16b, v1.16b, v2.16b */
      .vin = { { V(1), R6 }, { V(2), R7 } },
      .vout = { { V(2), 0xd20e200a815a10c4, 0x0299b49c912a4043 } } },
    /* orr v0.16b, v1.16b, v2.16b */
    T3("basic", ORR_v, 0x4ea21c20, R8, R9, P(0xf6a3bedfe1ebffc5, 0xc3dcff2ff6efcfce)),
    /* orr v0.8b, v1.8b, v2.8b */
    T3("q0", ORR_v, 0x0ea21c20, R8, R9, P(0xf6a3bedfe1ebffc5, 0)),
    { "vd_vn_vm", A64_ORR_v, 0x4ea31c63, /* orr v3.16b, v3.16b, v3.16b */
      .vin = { { V(3), R0 } } },
    { "vd_vm", A64_ORR_v, 0x4ea21c22, /* orr v2.16b, v1.16b, v2.16b */
      .vin = { { V(1), R1 }, { V(2), R2 } },
      .vout = { { V(2), 0x7ef3bfdbdaf4fbbc, 0xfb7e79b7fd88d73f } } },
    /* orn v0.16b, v1.16b, v2.16b */
    T3("basic", ORN_v, 0x4ee21c20, R3, R4, P(0xf5f5f6efbfbff1fd, 0xacf7dfbfef7fc8ff)),
    /* orn v0.8b, v1.8b, v2.8b */
    T3("q0", ORN_v, 0x0ee21c20, R3, R4, P(0xf5f5f6efbfbff1fd, 0)),
    { "vd_vn_vm", A64_ORN_v, 0x4ee31c63, /* orn v3.16b, v3.16b, v3.16b */
      .vin = { { V(3), R5 } }, .vout = { { V(3), 0xffffffffffffffff, 0xffffffffffffffff } } },
    { "vd_vm", A64_ORN_v, 0x4ee21c22, /* orn v2.16b, v1.16b, v2.16b */
      .vin = { { V(1), R6 }, { V(2), R7 } },
      .vout = { { V(2), 0xfbbe6acbfbfb7fe6, 0xdafbffbfdfbf7f77 } } },
    /* eor v0.16b, v1.16b, v2.16b */
    T3("basic", EOR_v, 0x6e221c20, R8, R9, P(0x5220ba82c1cbe9c5, 0xc3d45e2264e3cfce)),
    /* eor v0.8b, v1.8b, v2.8b */
    T3("q0", EOR_v, 0x2e221c20, R8, R9, P(0x5220ba82c1cbe9c5, 0)),
    { "vd_vn_vm", A64_EOR_v, 0x6e231c63, /* eor v3.16b, v3.16b, v3.16b */
      .vin = { { V(3), R0 } }, .vout = { { V(3), 0, 0 } } },
    { "vd_vm", A64_EOR_v, 0x6e221c22, /* eor v2.16b, v1.16b, v2.16b */
      .vin = { { V(1), R1 }, { V(2), R2 } },
      .vout = { { V(2), 0x7eb117831294d2b8, 0xba2618b6f900961a } } },
    /* bsl v0.16b, v1.16b, v2.16b */
    T4("basic", BSL_v, 0x6e621c20, R5, R3, R4, P(0xf0133e5231e64cb5, 0x1901acd6772dadb7)),
    /* bsl v0.8b, v1.8b, v2.8b */
    T4("q0", BSL_v, 0x2e621c20, R5, R3, R4, P(0xf0133e5231e64cb5, 0)),
    { "vd_vn_vm", A64_BSL_v, 0x6e631c63, /* bsl v3.16b, v3.16b, v3.16b */
      .vin = { { V(3), R6 } } },
    { "vd_vm", A64_BSL_v, 0x6e621c22, /* bsl v2.16b, v1.16b, v2.16b */
      .vin = { { V(1), R7 }, { V(2), R8 } },
      .vout = { { V(2), 0x04a1165440210601, 0x0004030000400280 } } },
    /* bit v0.16b, v1.16b, v2.16b */
    T4("basic", BIT_v, 0x6ea21c20, R1, R9, R0, P(0x66c2a8dbc0e02da4, 0x83faf905f68cc60c)),
    /* bit v0.8b, v1.8b, v2.8b */
    T4("q0", BIT_v, 0x2ea21c20, R1, R9, R0, P(0x66c2a8dbc0e02da4, 0)),
    { "vd_vn_vm", A64_BIT_v, 0x6ea31c63, /* bit v3.16b, v3.16b, v3.16b */
      .vin = { { V(3), R2 } } },
    { "vd_vm", A64_BIT_v, 0x6ea21c22, /* bit v2.16b, v1.16b, v2.16b */
      .vin = { { V(1), R3 }, { V(2), R4 } },
      .vout = { { V(2), 0xd0111040208400b5, 0x08008c8203258807 } } },
    /* bif v0.16b, v1.16b, v2.16b */
    T4("basic", BIF_v, 0x6ee21c20, R7, R5, R6, P(0x28f147c07aa1670a, 0xc8204b23649532bc)),
    /* bif v0.8b, v1.8b, v2.8b */
    T4("q0", BIF_v, 0x2ee21c20, R7, R5, R6, P(0x28f147c07aa1670a, 0)),
    { "vd_vn_vm", A64_BIF_v, 0x6ee31c63, /* bif v3.16b, v3.16b, v3.16b */
      .vin = { { V(3), R8 } } },
    { "vd_vm", A64_BIF_v, 0x6ee21c22, /* bif v2.16b, v1.16b, v2.16b */
      .vin = { { V(1), R9 }, { V(2), R0 } },
      .vout = { { V(2), 0xf69baeff3e75d7de, 0xfbd8ebbffbbdfdbf } } },
    { "mov_alias", A64_ORR_v, 0x4ea61cc5, /* mov v5.16b, v6.16b */
      .vin = { { V(6), R1 } }, .vout = { { V(5), 0x4242aadbc8f429a4, 0xeb7a79959588532d } } },
    { "mov_alias_8b", A64_ORR_v, 0x0ea61cc5, /* mov v5.8b, v6.8b */
      .vin = { { V(6), R2 } }, .vout = { { V(5), 0x3cf3bd58da60fb1c, 0 } } },
    { "fp_trap", A64_AND_v, 0x4e221c20, /* and v0.16b, v1.16b, v2.16b */ FP_TRAP },

    /* PMUL (8-bit polynomial) */
    /* pmul v0.16b, v1.16b, v2.16b */
    T3("basic", PMUL_v, 0x6e229c20, R3, R4, P(0x084b66e0a07880bb, 0x5888d0ac41e978c5)),
    /* pmul v0.16b, v1.16b, v2.16b */
    T3("edge_16b", PMUL_v, 0x6e229c20, EN_B, EM_B, P(0x22802aff00d5807f, 0x22802aff00d5807f)),
    { "q0_vd_vn", A64_PMUL_v, 0x2e229c21, /* pmul v1.8b, v1.8b, v2.8b */
      .vin = { { V(1), R5 }, { V(2), R6 } }, .vout = { { V(1), 0xa4d62ec45b6d19a4, 0 } } },
    { "size01", A64_PMUL_v, 0x6e629c20, /* pmul with size = 01 (reserved) */ UNDEF },
    /* pmul v0.16b, v1.16b, v2.16b */
    T3("carryless", PMUL_v, 0x6e229c20, P(0x005701aa030380ff, 0x005701aa030380ff), P(0xff83c355050380ff, 0xff83c355050380ff),
       P(0x0079c3220f050055, 0x0079c3220f050055)),

    /* three different: long (Q=1: the "2" forms read the upper halves) */
    /* saddl v0.4s, v1.4h, v2.4h */
    T3("basic", SADDL_v, 0x0e620020, R7, R8, P(0x000037d0ffffc51c, 0xffffc194ffffae51)),
    /* saddl2 v0.8h, v1.16b, v2.16b */
    T3("part2_edge", SADDL_v, 0x4e220020, EN_B, EM_B, P(0xff80007eff7f0080, 0xffffff0100fd0000)),
    /* saddl v0.2d, v1.2s, v2.2s */
    T3("edge_2d", SADDL_v, 0x0ea20020, EN_S, EM_S, P(0x0000000080000000, 0xffffffff7fffffff)),
    { "part2_vd_vm", A64_SADDL_v, 0x4ea20022, /* saddl2 v2.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } },
      .vout = { { V(2), 0x000000007ffffffe, 0xffffffff80000000 } } },
    { "size11", A64_SADDL_v, 0x0ee20020, /* saddl with size = 11 (reserved) */ UNDEF },
    /* uaddl v0.4s, v1.4h, v2.4h */
    T3("basic", UADDL_v, 0x2e620020, R9, R0, P(0x00003e950000dc62, 0x00015b1b00012f11)),
    /* uaddl2 v0.8h, v1.16b, v2.16b */
    T3("part2_edge", UADDL_v, 0x6e220020, EN_B, EM_B, P(0x0080017e017f0080, 0x00ff010100fd0100)),
    /* uaddl v0.2d, v1.2s, v2.2s */
    T3("edge_2d", UADDL_v, 0x2ea20020, EN_S, EM_S, P(0x0000000080000000, 0x000000017fffffff)),
    { "part2_vd_vm", A64_UADDL_v, 0x6ea20022, /* uaddl2 v2.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } },
      .vout = { { V(2), 0x000000017ffffffe, 0x0000000080000000 } } },
    { "size11", A64_UADDL_v, 0x2ee20020, /* uaddl with size = 11 (reserved) */ UNDEF },
    /* ssubl v0.4s, v1.4h, v2.4h */
    T3("basic", SSUBL_v, 0x0e622020, R1, R2, P(0xffffee9400002e88, 0x0000054fffffed83)),
    /* ssubl2 v0.8h, v1.16b, v2.16b */
    T3("part2_edge", SSUBL_v, 0x4e222020, EN_B, EM_B, P(0x0080ff80ff81007e, 0x00ab0001ffff0002)),
    /* ssubl v0.2d, v1.2s, v2.2s */
    T3("edge_2d", SSUBL_v, 0x0ea22020, EN_S, EM_S, P(0x000000007ffffffe, 0xffffffff80000001)),
    { "part2_vd_vm", A64_SSUBL_v, 0x4ea22022, /* ssubl2 v2.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } },
      .vout = { { V(2), 0xffffffff80000000, 0x0000000080000000 } } },
    { "size11", A64_SSUBL_v, 0x0ee22020, /* ssubl with size = 11 (reserved) */ UNDEF },
    /* usubl v0.4s, v1.4h, v2.4h */
    T3("basic", USUBL_v, 0x2e622020, R3, R4, P(0xffffd2fa0000323e, 0x00001a9600009cf6)),
    /* usubl2 v0.8h, v1.16b, v2.16b */
    T3("part2_edge", USUBL_v, 0x6e222020, EN_B, EM_B, P(0xff800080ff81007e, 0xffab0001ffffff02)),
    /* usubl v0.2d, v1.2s, v2.2s */
    T3("edge_2d", USUBL_v, 0x2ea22020, EN_S, EM_S, P(0x000000007ffffffe, 0xffffffff80000001)),
    { "part2_vd_vm", A64_USUBL_v, 0x6ea22022, /* usubl2 v2.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } },
      .vout = { { V(2), 0x0000000080000000, 0xffffffff80000000 } } },
    { "size11", A64_USUBL_v, 0x2ee22020, /* usubl with size = 11 (reserved) */ UNDEF },
    /* sabal v0.4s, v1.4h, v2.4h */
    T4("basic", SABAL_v, 0x0e625020, R7, R5, R6, P(0x0cf1be1c5625d2e3, 0xa5249aff20d0f6dc)),
    /* sabal2 v0.8h, v1.16b, v2.16b */
    T4("part2_edge", SABAL_v, 0x4e225020, R8, EN_B, EM_B,
       P(0xb52316dde22a3e7f, 0x40b7b710964f03c2)),
    /* sabal v0.2d, v1.2s, v2.2s */
    T4("edge_2d", SABAL_v, 0x0ea25020, EM_D, EN_S, EM_S, P(0x000000007fffffff, 0x000000007ffffffe)),
    { "part2_vd_vm", A64_SABAL_v, 0x4ea25022, /* sabal2 v2.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } },
      .vout = { { V(2), 0xffffffff80000001, 0x80000000ffffffff } } },
    { "size11", A64_SABAL_v, 0x0ee25020, /* sabal with size = 11 (reserved) */ UNDEF },
    /* uabal v0.4s, v1.4h, v2.4h */
    T4("basic", UABAL_v, 0x2e625020, R1, R9, R0, P(0x4242ad06c8f4fcca, 0xeb7aeb8095887dda)),
    /* uabal2 v0.8h, v1.16b, v2.16b */
    T4("part2_edge", UABAL_v, 0x6e225020, R2, EN_B, EM_B,
       P(0x3d73bdd8dadffb9a, 0x51b161246c89c635)),
    /* uabal v0.2d, v1.2s, v2.2s */
    T4("edge_2d", UABAL_v, 0x2ea25020, EM_D, EN_S, EM_S, P(0x000000007fffffff, 0x000000007ffffffe)),
    { "part2_vd_vm", A64_UABAL_v, 0x6ea25022, /* uabal2 v2.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } },
      .vout = { { V(2), 0xffffffff80000001, 0x80000000ffffffff } } },
    { "size11", A64_UABAL_v, 0x2ee25020, /* uabal with size = 11 (reserved) */ UNDEF },
    /* sabdl v0.4s, v1.4h, v2.4h */
    T3("basic", SABDL_v, 0x0e627020, R3, R4, P(0x00002d060000323e, 0x00001a960000630a)),
    /* sabdl2 v0.8h, v1.16b, v2.16b */
    T3("part2_edge", SABDL_v, 0x4e227020, EN_B, EM_B, P(0x00800080007f007e, 0x00ab000100010002)),
    /* sabdl v0.2d, v1.2s, v2.2s */
    T3("edge_2d", SABDL_v, 0x0ea27020, EN_S, EM_S, P(0x000000007ffffffe, 0x000000007fffffff)),
    { "part2_vd_vm", A64_SABDL_v, 0x4ea27022, /* sabdl2 v2.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } },
      .vout = { { V(2), 0x0000000080000000, 0x0000000080000000 } } },
    { "size11", A64_SABDL_v, 0x0ee27020, /* sabdl with size = 11 (reserved) */ UNDEF },
    /* uabdl v0.4s, v1.4h, v2.4h */
    T3("basic", UABDL_v, 0x2e627020, R5, R6, P(0x0000262800004bc8, 0x0000706100004440)),
    /* uabdl2 v0.8h, v1.16b, v2.16b */
    T3("part2_edge", UABDL_v, 0x6e227020, EN_B, EM_B, P(0x00800080007f007e, 0x00550001000100fe)),
    /* uabdl v0.2d, v1.2s, v2.2s */
    T3("edge_2d", UABDL_v, 0x2ea27020, EN_S, EM_S, P(0x000000007ffffffe, 0x000000007fffffff)),
    { "part2_vd_vm", A64_UABDL_v, 0x6ea27022, /* uabdl2 v2.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } },
      .vout = { { V(2), 0x0000000080000000, 0x0000000080000000 } } },
    { "size11", A64_UABDL_v, 0x2ee27020, /* uabdl with size = 11 (reserved) */ UNDEF },
    /* smlal v0.4s, v1.4h, v2.4h */
    T4("basic", SMLAL_v, 0x0e628020, R9, R7, R8, P(0xdc4ebc960318e8df, 0x80099aa0e996f7b2)),
    /* smlal2 v0.8h, v1.16b, v2.16b */
    T4("part2_edge", SMLAL_v, 0x4e228020, R0, EN_B, EM_B,
       P(0x749881b31eb5051d, 0x5d3a0212aa16b5b4)),
    /* smlal v0.2d, v1.2s, v2.2s */
    T4("edge_2d", SMLAL_v, 0x0ea28020, EM_D, EN_S, EM_S, P(0x0000000080000000, 0x000000007fffffff)),
    { "part2_vd_vm", A64_SMLAL_v, 0x4ea28022, /* smlal2 v2.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } },
      .vout = { { V(2), 0xfffffffe80000002, 0x800000007fffffff } } },
    { "size11", A64_SMLAL_v, 0x0ee28020, /* smlal with size = 11 (reserved) */ UNDEF },
    /* umlal v0.4s, v1.4h, v2.4h */
    T4("basic", UMLAL_v, 0x2e628020, R3, R1, R2, P(0xa01cd9c65c969ae5, 0x9837e93ced9bf33f)),
    /* umlal2 v0.8h, v1.16b, v2.16b */
    T4("part2_edge", UMLAL_v, 0x6e228020, R4, EN_B, EM_B,
       P(0xda1b97d1e0440f36, 0x937aed425227c006)),
    /* umlal v0.2d, v1.2s, v2.2s */
    T4("edge_2d", UMLAL_v, 0x2ea28020, EM_D, EN_S, EM_S, P(0x0000000080000000, 0x7fffffff7fffffff)),
    { "part2_vd_vm", A64_UMLAL_v, 0x6ea28022, /* umlal2 v2.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } },
      .vout = { { V(2), 0x7ffffffd80000002, 0x800000007fffffff } } },
    { "size11", A64_UMLAL_v, 0x2ee28020, /* umlal with size = 11 (reserved) */ UNDEF },
    /* smlsl v0.4s, v1.4h, v2.4h */
    T4("basic", SMLSL_v, 0x0e62a020, R7, R5, R6, P(0x0bd64da34ce6c547, 0xb49ee85a12d010b8)),
    /* smlsl2 v0.8h, v1.16b, v2.16b */
    T4("part2_edge", SMLSL_v, 0x4e22a020, R8, EN_B, EM_B,
       P(0xb4a316dce12b3d82, 0x5c9a778f57cc03c1)),
    /* smlsl v0.2d, v1.2s, v2.2s */
    T4("edge_2d", SMLSL_v, 0x0ea2a020, EM_D, EN_S, EM_S, P(0xffffffff80000002, 0xffffffff7fffffff)),
    { "part2_vd_vm", A64_SMLSL_v, 0x4ea2a022, /* smlsl2 v2.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } },
      .vout = { { V(2), 0xffffffff80000000, 0x800000007fffffff } } },
    { "size11", A64_SMLSL_v, 0x0ee2a020, /* smlsl with size = 11 (reserved) */ UNDEF },
    /* umlsl v0.4s, v1.4h, v2.4h */
    T4("basic", UMLSL_v, 0x2e62a020, R1, R9, R0, P(0x3e70b6fbc50feeac, 0x827e3fcd3d9d519f)),
    /* umlsl2 v0.8h, v1.16b, v2.16b */
    T4("part2_edge", UMLSL_v, 0x6e22a020, R2, EN_B, EM_B,
       P(0x3cf33ed75ae0fa9d, 0x18ea20a32e06c438)),
    /* umlsl v0.2d, v1.2s, v2.2s */
    T4("edge_2d", UMLSL_v, 0x2ea2a020, EM_D, EN_S, EM_S, P(0xffffffff80000002, 0x800000007fffffff)),
    { "part2_vd_vm", A64_UMLSL_v, 0x6ea2a022, /* umlsl2 v2.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } },
      .vout = { { V(2), 0x8000000080000000, 0x800000007fffffff } } },
    { "size11", A64_UMLSL_v, 0x2ee2a020, /* umlsl with size = 11 (reserved) */ UNDEF },
    /* smull v0.4s, v1.4h, v2.4h */
    T3("basic", SMULL_v, 0x0e62c020, R3, R4, P(0x138edd7803bbd523, 0x01ac88abf8b5cbe0)),
    /* smull2 v0.8h, v1.16b, v2.16b */
    T3("part2_edge", SMULL_v, 0x4e22c020, EN_B, EM_B, P(0x0000ff810080007f, 0xe3723f803e82ffff)),
    /* smull v0.2d, v1.2s, v2.2s */
    T3("edge_2d", SMULL_v, 0x0ea2c020, EN_S, EM_S, P(0x000000007fffffff, 0x0000000080000000)),
    { "part2_vd_vm", A64_SMULL_v, 0x4ea2c022, /* smull2 v2.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } }, .vout = { { V(2), 0xffffffff80000001, 0 } } },
    { "size11", A64_SMULL_v, 0x0ee2c020, /* smull with size = 11 (reserved) */ UNDEF },
    /* umull v0.4s, v1.4h, v2.4h */
    T3("basic", UMULL_v, 0x2e62c020, R5, R6, P(0xce394a51093ec1d4, 0x5ae223060e00a1e4)),
    /* umull2 v0.8h, v1.16b, v2.16b */
    T3("part2_edge", UMULL_v, 0x6e22c020, EN_B, EM_B, P(0x00007e817f80007f, 0x387240803e8200ff)),
    /* umull v0.2d, v1.2s, v2.2s */
    T3("edge_2d", UMULL_v, 0x2ea2c020, EN_S, EM_S, P(0x000000007fffffff, 0x7fffffff80000000)),
    { "part2_vd_vm", A64_UMULL_v, 0x6ea2c022, /* umull2 v2.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } }, .vout = { { V(2), 0x7ffffffe80000001, 0 } } },
    { "size11", A64_UMULL_v, 0x2ee2c020, /* umull with size = 11 (reserved) */ UNDEF },

    /* three different: wide */
    /* saddw v0.4s, v1.4s, v2.4h */
    T3("basic", SADDW_v, 0x0e621020, R7, R8, P(0x0cf1799f5625c51c, 0xa523c00320d0c8f9)),
    /* saddw2 v0.8h, v1.8h, v2.16b */
    T3("part2_edge", SADDW_v, 0x4e221020, EN_H, EM_B, P(0xff80007e7fff8000, 0x54ff7f81807d0000)),
    /* saddw v0.2d, v1.2d, v2.2s */
    T3("edge_2d", SADDW_v, 0x0ea21020, EN_D, EM_S, P(0x8000000000000000, 0x7fffffffffffffff)),
    { "vd_vn", A64_SADDW_v, 0x4ea21021, /* saddw2 v1.2d, v1.2d, v2.4s */
      .vin = { { V(1), EM_D }, { V(2), EN_S } }, .vout = { { V(1), 0, 0xffffffffffffffff } } },
    { "size11", A64_SADDW_v, 0x0ee21020, /* saddw with size = 11 (reserved) */ UNDEF },
    /* uaddw v0.4s, v1.4s, v2.4h */
    T3("basic", UADDW_v, 0x2e621020, R9, R0, P(0xe683cb142060dc62, 0x83d95dc5f2ae4e40)),
    /* uaddw2 v0.8h, v1.8h, v2.16b */
    T3("part2_edge", UADDW_v, 0x6e221020, EN_H, EM_B, P(0x0080007e80ff8000, 0x55ff8081807d0100)),
    /* uaddw v0.2d, v1.2d, v2.2s */
    T3("edge_2d", UADDW_v, 0x2ea21020, EN_D, EM_S, P(0x8000000000000000, 0x80000000ffffffff)),
    { "vd_vn", A64_UADDW_v, 0x6ea21021, /* uaddw2 v1.2d, v1.2d, v2.4s */
      .vin = { { V(1), EM_D }, { V(2), EN_S } },
      .vout = { { V(1), 0x0000000100000000, 0xffffffffffffffff } } },
    { "size11", A64_UADDW_v, 0x2ee21020, /* uaddw with size = 11 (reserved) */ UNDEF },
    /* ssubw v0.4s, v1.4s, v2.4h */
    T3("basic", SSUBW_v, 0x0e623020, R1, R2, P(0x4242d07bc8f42e88, 0xeb7a3ca2958895d5)),
    /* ssubw2 v0.8h, v1.8h, v2.16b */
    T3("part2_edge", SSUBW_v, 0x4e223020, EN_H, EM_B, P(0x0080ff8080017ffe, 0x55ab80817f7f0002)),
    /* ssubw v0.2d, v1.2d, v2.2s */
    T3("edge_2d", SSUBW_v, 0x0ea23020, EN_D, EM_S, P(0x7ffffffffffffffe, 0x8000000000000001)),
    { "vd_vn", A64_SSUBW_v, 0x4ea23021, /* ssubw2 v1.2d, v1.2d, v2.4s */
      .vin = { { V(1), EM_D }, { V(2), EN_S } }, .vout = { { V(1), 0x2, 0xffffffffffffffff } } },
    { "size11", A64_SSUBW_v, 0x0ee23020, /* ssubw with size = 11 (reserved) */ UNDEF },
    /* usubw v0.4s, v1.4s, v2.4h */
    T3("basic", USUBW_v, 0x2e623020, R3, R4, P(0xf4b1558233be323e, 0x8870b27b6f3d6fa7)),
    /* usubw2 v0.8h, v1.8h, v2.16b */
    T3("part2_edge", USUBW_v, 0x6e223020, EN_H, EM_B, P(0xff80ff807f017ffe, 0x54ab7f817f7fff02)),
    /* usubw v0.2d, v1.2d, v2.2s */
    T3("edge_2d", USUBW_v, 0x2ea23020, EN_D, EM_S, P(0x7ffffffffffffffe, 0x7fffffff00000001)),
    { "vd_vn", A64_USUBW_v, 0x6ea23021, /* usubw2 v1.2d, v1.2d, v2.4s */
      .vin = { { V(1), EM_D }, { V(2), EN_S } },
      .vout = { { V(1), 0xffffffff00000002, 0xffffffffffffffff } } },
    { "size11", A64_USUBW_v, 0x2ee23020, /* usubw with size = 11 (reserved) */ UNDEF },

    /* three different: narrowing high half (Q=1 writes the upper half, keeps the lower) */
    /* addhn v0.4h, v1.4s, v2.4s */
    T3("basic_q0", ADDHN_v, 0x0e624020, R5, R6, P(0xcd437649451bcd1e, 0)),
    /* addhn2 v0.16b, v1.8h, v2.8h */
    T4("part2", ADDHN_v, 0x4e224020, R7, EN_H, EM_H, P(0x0cf197f45625871b, 0xff00ff00807f7f80)),
    /* addhn v0.2s, v1.2d, v2.2d */
    T3("edge_2d", ADDHN_v, 0x0ea24020, EN_D, EM_D, P(0x7fffffff80000000, 0)),
    /* addhn v0.8b, v1.8h, v2.8h */
    T3("round", ADDHN_v, 0x0e224020, P(0x010000ff0080007f, 0x7fff8000ff80ff7f), P(0xffff000100000000, 0x0001800000000001),
       P(0x8000ffff00010000, 0)),
    { "part2_vd_vn", A64_ADDHN_v, 0x4ea24021, /* addhn2 v1.4s, v1.2d, v2.2d */
      .vin = { { V(1), R8 }, { V(2), R9 } },
      .vout = { { V(1), 0xb4a3165de1ab3e01, 0xc3e5a03d9b26c33d } } },
    { "size11", A64_ADDHN_v, 0x0ee24020, /* addhn with size = 11 (reserved) */ UNDEF },
    /* raddhn v0.4h, v1.4s, v2.4s */
    T3("basic_q0", RADDHN_v, 0x2e624020, R0, R1, P(0x6543011db6dbe729, 0)),
    /* raddhn2 v0.16b, v1.8h, v2.8h */
    T4("part2", RADDHN_v, 0x6e224020, R2, EN_H, EM_H, P(0x3cf3bd58da60fb1c, 0x0000000080808080)),
    /* raddhn v0.2s, v1.2d, v2.2d */
    T3("edge_2d", RADDHN_v, 0x2ea24020, EN_D, EM_D, P(0x8000000080000000, 0)),
    /* raddhn v0.8b, v1.8h, v2.8h */
    T3("round", RADDHN_v, 0x2e224020, P(0x010000ff0080007f, 0x7fff8000ff80ff7f), P(0xffff000100000000, 0x0001800000000001),
       P(0x8000000001010100, 0)),
    { "part2_vd_vn", A64_RADDHN_v, 0x6ea24021, /* raddhn2 v1.4s, v1.2d, v2.2d */
      .vin = { { V(1), R3 }, { V(2), R4 } },
      .vout = { { V(1), 0xf4b1b64633be40f5, 0xe37a3959cecccf97 } } },
    { "size11", A64_RADDHN_v, 0x2ee24020, /* raddhn with size = 11 (reserved) */ UNDEF },
    /* subhn v0.4h, v1.4s, v2.4s */
    T3("basic_q0", SUBHN_v, 0x0e626020, R5, R6, P(0xc7cf52d48f9f2628, 0)),
    /* subhn2 v0.16b, v1.8h, v2.8h */
    T4("part2", SUBHN_v, 0x4e226020, R7, EN_H, EM_H, P(0x0cf197f45625871b, 0xaa00ff008080807f)),
    /* subhn v0.2s, v1.2d, v2.2d */
    T3("edge_2d", SUBHN_v, 0x0ea26020, EN_D, EM_D, P(0x800000007fffffff, 0)),
    /* subhn v0.8b, v1.8h, v2.8h */
    T3("round", SUBHN_v, 0x0e226020, P(0x010000ff0080007f, 0x7fff8000ff80ff7f), P(0xffff000100000000, 0x0001800000000001),
       P(0x7f00ffff01000000, 0)),
    { "part2_vd_vn", A64_SUBHN_v, 0x4ea26021, /* subhn2 v1.4s, v1.2d, v2.2d */
      .vin = { { V(1), R8 }, { V(2), R9 } },
      .vout = { { V(1), 0xb4a3165de1ab3e01, 0xbc33cde1ce1f697e } } },
    { "size11", A64_SUBHN_v, 0x0ee26020, /* subhn with size = 11 (reserved) */ UNDEF },
    /* rsubhn v0.4h, v1.4s, v2.4s */
    T3("basic_q0", RSUBHN_v, 0x2e626020, R0, R1, P(0x8e4ed60c32565541, 0)),
    /* rsubhn2 v0.16b, v1.8h, v2.8h */
    T4("part2", RSUBHN_v, 0x6e226020, R2, EN_H, EM_H, P(0x3cf3bd58da60fb1c, 0xab00000080808080)),
    /* rsubhn v0.2s, v1.2d, v2.2d */
    T3("edge_2d", RSUBHN_v, 0x2ea26020, EN_D, EM_D, P(0x8000000080000000, 0)),
    /* rsubhn v0.8b, v1.8h, v2.8h */
    T3("round", RSUBHN_v, 0x2e226020, P(0x010000ff0080007f, 0x7fff8000ff80ff7f), P(0xffff000100000000, 0x0001800000000001),
       P(0x800000ff01010100, 0)),
    { "part2_vd_vn", A64_RSUBHN_v, 0x6ea26021, /* rsubhn2 v1.4s, v1.2d, v2.2d */
      .vin = { { V(1), R3 }, { V(2), R4 } },
      .vout = { { V(1), 0xf4b1b64633be40f5, 0x2d68dfd41a969cf6 } } },
    { "size11", A64_RSUBHN_v, 0x2ee26020, /* rsubhn with size = 11 (reserved) */ UNDEF },

    /* three different: saturating doubling (size 01 and 10 only) */
    /* sqdmlal v0.4s, v1.4h, v2.4h */
    T4("basic", SQDMLAL_v, 0x0e629020, R7, R5, R6, P(0x0f282c9668a30ac3, 0x862e516c3cd1f664)),
    /* sqdmlal2 v0.4s, v1.8h, v2.8h */
    T4("part2", SQDMLAL_v, 0x4e629020, R8, EN_H, EM_H, P(0x34a01661e1ab3dff, 0x0728eff3164d03c0)),
    /* sqdmlal v0.2d, v1.2s, v2.2s */
    T4Q("sat_product", SQDMLAL_v, 0x0ea29020, R9, P(0x4000000080000000, 0x4000000080000000), P(0x4000000080000000, 0x4000000080000000),
       P(0x6683acdf2060d7c3, 0xa3d8e92df2adcc0e)),
    { "sat_accumulate", A64_SQDMLAL_v, 0x0ea29020, /* sqdmlal v0.2d, v1.2s, v2.2s */
      .vin = { { V(0), EN_D }, { V(1), 0x0000000300000003, 0x0000000300000003 },
               { V(2), 0x8000000000000005, 0x8000000000000005 } }, .fpsr_out = QC },
    /* sqdmlal v0.4s, v1.4h, v2.4h */
    T4Q("sat_both", SQDMLAL_v, 0x0e629020, P(0x7fffffff80000000, 0x0000000100000000), P(0x8000800080008000, 0x8000800080008000), P(0x8000800080008000, 0x8000800080008000),
       P(0x7fffffffffffffff, 0x7fffffff7fffffff)),
    { "qc_kept", A64_SQDMLAL_v, 0x0e629020, /* sqdmlal v0.4s, v1.4h, v2.4h */
      .vin = { { V(0), R0 }, { V(1), 0x0002000200020002, 0x0002000200020002 },
               { V(2), 0x0003000300030003, 0x0003000300030003 } }, .fpsr_in = QC,
      .vout = { { V(0), 0x7498823e1e3504aa, 0x79c8c29e6b94b5c1 } }, .fpsr_out = QC },
    { "vd_vn", A64_SQDMLAL_v, 0x4ea29021, /* sqdmlal2 v1.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } },
      .vout = { { V(1), 0x8000000000000000, 0x00000000ffffffff } }, .fpsr_out = QC },
    { "size00", A64_SQDMLAL_v, 0x0e229020, /* sqdmlal with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQDMLAL_v, 0x0ee29020, /* sqdmlal with size = 11 (reserved) */ UNDEF },
    /* sqdmlsl v0.4s, v1.4h, v2.4h */
    T4Q("basic", SQDMLSL_v, 0x0e62b020, R3, R1, R2, P(0xe4836f4635558d15, 0x8000000042e6b467)),
    /* sqdmlsl2 v0.4s, v1.8h, v2.8h */
    T4Q("part2", SQDMLSL_v, 0x4e62b020, R4, EN_H, EM_H, P(0x8000000060c40eb9, 0x7fffffff93a6bf07)),
    /* sqdmlsl v0.2d, v1.2s, v2.2s */
    T4Q("sat_product", SQDMLSL_v, 0x0ea2b020, R5, P(0x4000000080000000, 0x4000000080000000), P(0x4000000080000000, 0x4000000080000000),
       P(0xea5d670af9a3638f, 0x2a894db7e48f12b9)),
    /* sqdmlsl v0.2d, v1.2s, v2.2s */
    T4("sat_accumulate", SQDMLSL_v, 0x0ea2b020, EN_D, P(0x0000000300000003, 0x0000000300000003), P(0x8000000000000005, 0x8000000000000005),
       P(0x7fffffffffffffe1, 0x8000000300000000)),
    /* sqdmlsl v0.4s, v1.4h, v2.4h */
    T4Q("sat_both", SQDMLSL_v, 0x0e62b020, P(0x7fffffff80000000, 0x0000000100000000), P(0x8000800080008000, 0x8000800080008000), P(0x8000800080008000, 0x8000800080008000),
       P(0x0000000080000000, 0x8000000280000001)),
    { "qc_kept", A64_SQDMLSL_v, 0x0e62b020, /* sqdmlsl v0.4s, v1.4h, v2.4h */
      .vin = { { V(0), R6 }, { V(1), 0x0002000200020002, 0x0002000200020002 },
               { V(2), 0x0003000300030003, 0x0003000300030003 } }, .fpsr_in = QC,
      .vout = { { V(0), 0xdabe22bed37b17ba, 0x82b9bfb091ba724b } }, .fpsr_out = QC },
    { "vd_vn", A64_SQDMLSL_v, 0x4ea2b021, /* sqdmlsl2 v1.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } },
      .vout = { { V(1), 0x800000017ffffffd, 0x00000000ffffffff } } },
    { "size00", A64_SQDMLSL_v, 0x0e22b020, /* sqdmlsl with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQDMLSL_v, 0x0ee2b020, /* sqdmlsl with size = 11 (reserved) */ UNDEF },
    /* sqdmull v0.4s, v1.4h, v2.4h */
    T3("basic", SQDMULL_v, 0x0e62d020, R7, R8, P(0xeb961f6ec5702236, 0xf86162e6edd25748)),
    /* sqdmull2 v0.4s, v1.8h, v2.8h */
    T3("part2", SQDMULL_v, 0x4e62d020, EN_H, EM_H, P(0x7ffd0004fffffffe, 0xc71c38e47fff0000)),
    /* sqdmull v0.2d, v1.2s, v2.2s */
    T3Q("sat_product", SQDMULL_v, 0x0ea2d020, P(0x4000000080000000, 0x4000000080000000), P(0x4000000080000000, 0x4000000080000000),
       P(0x7fffffffffffffff, 0x2000000000000000)),
    { "qc_kept", A64_SQDMULL_v, 0x0e62d020, /* sqdmull v0.4s, v1.4h, v2.4h */
      .vin = { { V(1), 0x0002000200020002, 0x0002000200020002 },
               { V(2), 0x0003000300030003, 0x0003000300030003 } }, .fpsr_in = QC,
      .vout = { { V(0), 0x0000000c0000000c, 0x0000000c0000000c } }, .fpsr_out = QC },
    { "vd_vn", A64_SQDMULL_v, 0x4ea2d021, /* sqdmull2 v1.2d, v1.4s, v2.4s */
      .vin = { { V(1), EN_S }, { V(2), EM_S } }, .vout = { { V(1), 0xffffffff00000002, 0 } } },
    { "size00", A64_SQDMULL_v, 0x0e22d020, /* sqdmull with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQDMULL_v, 0x0ee2d020, /* sqdmull with size = 11 (reserved) */ UNDEF },

    /* PMULL (8-bit polynomial; 64-bit is FEAT_PMULL, a64_crypto.def) */
    /* pmull v0.8h, v1.8b, v2.8b */
    T3("basic", PMULL_v, 0x0e22e020, P(0x005701aa030380ff, 0x0807060504030201), P(0xff83c355050380ff, 0x0909090909090909),
       P(0x000f000540005555, 0x00002b7900c32222)),
    /* pmull2 v0.8h, v1.16b, v2.16b */
    T3("part2", PMULL_v, 0x4e22e020, R9, R0, P(0x24465ee470bc0616, 0x3c0b5cc04f12140a)),
    { "vd_vn", A64_PMULL_v, 0x0e21e021, /* pmull v1.8h, v1.8b, v1.8b */
      .vin = { { V(1), R1 } }, .vout = { { V(1), 0x5040551004414410, 0x1004100444445145 } } },
    { "size01", A64_PMULL_v, 0x0e62e020, /* pmull with size = 01 (reserved) */ UNDEF },
    { "size10", A64_PMULL_v, 0x0ea2e020, /* pmull with size = 10 (reserved) */ UNDEF },
    { "fp_trap", A64_SMULL_v, 0x0e62c020, /* smull v0.4s, v1.4h, v2.4h */ FP_TRAP },

    /* two-register miscellaneous */
    /* rev64 v0.16b, v1.16b */
    T2("basic_16b", REV64_v, 0x4e200820, R2, P(0x1cfb60da58bdf33c, 0x37c5886c23615c51)),
    /* rev64 v0.8h, v1.8h */
    T2("basic_8h", REV64_v, 0x4e600820, R3, P(0x40f533beb646f4b1, 0x88f76f3d8c968871)),
    /* rev64 v0.4s, v1.4s */
    T2("basic_4s", REV64_v, 0x4ea00820, R4, P(0x60c40eb7da1b1950, 0x13a5bf075b08acc2)),
    { "q0_vd_vn", A64_REV64_v, 0x0e200821, /* rev64 v1.8b, v1.8b */
      .vin = { { V(1), R5 } }, .vout = { { V(1), 0x8e63a3f90a675d6a, 0 } } },
    { "size_reserved", A64_REV64_v, 0x4ee00820, /* rev64 with the next size (reserved) */ UNDEF },
    /* rev32 v0.16b, v1.16b */
    T2("basic_16b", REV32_v, 0x6e200820, R6, P(0xca22bedac6177bd3, 0xbcbfb9825772ba91)),
    /* rev32 v0.8h, v1.8h */
    T2("basic_8h", REV32_v, 0x6e600820, R7, P(0x97f40cf1871b5625, 0x0b60a524b29c20d0)),
    { "q0_vd_vn", A64_REV32_v, 0x2e200821, /* rev32 v1.8b, v1.8b */
      .vin = { { V(1), R8 } }, .vout = { { V(1), 0x5d16a3b4013eabe1, 0 } } },
    { "size_reserved", A64_REV32_v, 0x6ea00820, /* rev32 with the next size (reserved) */ UNDEF },
    /* rev16 v0.16b, v1.16b */
    T2("basic_16b", REV16_v, 0x4e201820, R9, P(0x83e6dfac6020c4d7, 0xd8832de9adf20ecc)),
    { "q0_vd_vn", A64_REV16_v, 0x0e201821, /* rev16 v1.8b, v1.8b */
      .vin = { { V(1), R0 } }, .vout = { { V(1), 0x98743282351e9e04, 0 } } },
    { "size_reserved", A64_REV16_v, 0x4e601820, /* rev16 with the next size (reserved) */ UNDEF },
    { "edge_8h", A64_SADDLP_v, 0x4e202820, /* saddlp v0.8h, v1.16b */
      .vin = { { V(0), R1 }, { V(1), EN_B } },
      .vout = { { V(0), 0xffd6007fffffffff, 0xffd6007fffffffff } } },
    { "basic_4s", A64_SADDLP_v, 0x4e602820, /* saddlp v0.4s, v1.8h */
      .vin = { { V(0), R2 }, { V(1), R3 } },
      .vout = { { V(0), 0xffffaaf7000074b3, 0xffff1507fffff834 } } },
    { "edge_1d", A64_SADDLP_v, 0x0ea02820, /* saddlp v0.1d, v1.2s */
      .vin = { { V(0), R4 }, { V(1), EN_S } }, .vout = { { V(0), 0xffffffffffffffff, 0 } } },
    { "vd_vn_2d", A64_SADDLP_v, 0x4ea02821, /* saddlp v1.2d, v1.4s */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0, 0xffffffffffffffff } } },
    { "q0_4h", A64_SADDLP_v, 0x0e202820, /* saddlp v0.4h, v1.8b */
      .vin = { { V(0), EN_H }, { V(1), EN_B } }, .vout = { { V(0), 0xffd6007fffffffff, 0 } } },
    { "size11", A64_SADDLP_v, 0x4ee02820, /* saddlp with size = 11 (reserved) */ UNDEF },
    { "edge_8h", A64_UADDLP_v, 0x6e202820, /* uaddlp v0.8h, v1.16b */
      .vin = { { V(0), R5 }, { V(1), EN_B } },
      .vout = { { V(0), 0x00d6007f00ff00ff, 0x00d6007f00ff00ff } } },
    { "basic_4s", A64_UADDLP_v, 0x6e602820, /* uaddlp v0.4s, v1.8h */
      .vin = { { V(0), R6 }, { V(1), R7 } },
      .vout = { { V(0), 0x0000a4e50000dd40, 0x0000b0840000d36c } } },
    { "edge_1d", A64_UADDLP_v, 0x2ea02820, /* uaddlp v0.1d, v1.2s */
      .vin = { { V(0), R8 }, { V(1), EN_S } }, .vout = { { V(0), 0x00000000ffffffff, 0 } } },
    { "vd_vn_2d", A64_UADDLP_v, 0x6ea02821, /* uaddlp v1.2d, v1.4s */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0x0000000100000000, 0x00000000ffffffff } } },
    { "q0_4h", A64_UADDLP_v, 0x2e202820, /* uaddlp v0.4h, v1.8b */
      .vin = { { V(0), EN_H }, { V(1), EN_B } }, .vout = { { V(0), 0x00d6007f00ff00ff, 0 } } },
    { "size11", A64_UADDLP_v, 0x6ee02820, /* uaddlp with size = 11 (reserved) */ UNDEF },
    { "edge_8h", A64_SADALP_v, 0x4e206820, /* sadalp v0.8h, v1.16b */
      .vin = { { V(0), R9 }, { V(1), EN_B } },
      .vout = { { V(0), 0xe659ad5e205fd7c3, 0x83aee9acf2accc0d } } },
    { "basic_4s", A64_SADALP_v, 0x4e606820, /* sadalp v0.4s, v1.8h */
      .vin = { { V(0), R0 }, { V(1), R1 } },
      .vout = { { V(0), 0x74986f4f1e34f736, 0x79c927a16b949e6a } } },
    { "edge_1d", A64_SADALP_v, 0x0ea06820, /* sadalp v0.1d, v1.2s */
      .vin = { { V(0), R2 }, { V(1), EN_S } }, .vout = { { V(0), 0x3cf3bd58da60fb1b, 0 } } },
    { "vd_vn_2d", A64_SADALP_v, 0x4ea06821, /* sadalp v1.2d, v1.4s */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0xffffffff00000001, 0x800000007ffffffe } } },
    { "q0_4h", A64_SADALP_v, 0x0e206820, /* sadalp v0.4h, v1.8b */
      .vin = { { V(0), EN_H }, { V(1), EN_B } }, .vout = { { V(0), 0xffd6007e7fff7ffe, 0 } } },
    { "size11", A64_SADALP_v, 0x4ee06820, /* sadalp with size = 11 (reserved) */ UNDEF },
    { "edge_8h", A64_UADALP_v, 0x6e206820, /* uadalp v0.8h, v1.16b */
      .vin = { { V(0), R3 }, { V(1), EN_B } },
      .vout = { { V(0), 0xf587b6c534bd41f4, 0x89478d15703c89f6 } } },
    { "basic_4s", A64_UADALP_v, 0x6e606820, /* uadalp v0.4s, v1.8h */
      .vin = { { V(0), R4 }, { V(1), R5 } },
      .vout = { { V(0), 0xda1beab760c56be8, 0x5b09450213a6b64f } } },
    { "edge_1d", A64_UADALP_v, 0x2ea06820, /* uadalp v0.1d, v1.2s */
      .vin = { { V(0), R6 }, { V(1), EN_S } }, .vout = { { V(0), 0xdabe22cbd37b17c5, 0 } } },
    { "vd_vn_2d", A64_UADALP_v, 0x6ea06821, /* uadalp v1.2d, v1.4s */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0x1, 0x800000017ffffffe } } },
    { "q0_4h", A64_UADALP_v, 0x2e206820, /* uadalp v0.4h, v1.8b */
      .vin = { { V(0), EN_H }, { V(1), EN_B } }, .vout = { { V(0), 0x00d6007e80ff80fe, 0 } } },
    { "size11", A64_UADALP_v, 0x6ee06820, /* uadalp with size = 11 (reserved) */ UNDEF },
    { "edge_16b", A64_SUQADD_v, 0x4e203820, /* suqadd v0.16b, v1.16b */
      .vin = { { V(0), EM_B }, { V(1), EN_B } },
      .vout = { { V(0), 0xff017f00807f7f7f, 0xff017f00807f7f7f } }, .fpsr_out = QC },
    { "edge_4s", A64_SUQADD_v, 0x4ea03820, /* suqadd v0.4s, v1.4s */
      .vin = { { V(0), EM_S }, { V(1), EN_S } },
      .vout = { { V(0), 0x7fffffff7fffffff, 0x800000007fffffff } }, .fpsr_out = QC },
    { "edge_2d", A64_SUQADD_v, 0x4ee03820, /* suqadd v0.2d, v1.2d */
      .vin = { { V(0), EM_D }, { V(1), EN_D } },
      .vout = { { V(0), 0x7fffffffffffffff, 0x7fffffffffffffff } }, .fpsr_out = QC },
    { "edge2_2d", A64_SUQADD_v, 0x4ee03820, /* suqadd v0.2d, v1.2d */
      .vin = { { V(0), EM2_D }, { V(1), EN2_D } }, .vout = { { V(0), 0x8000000000000000, 0 } } },
    { "q0_vd_vn", A64_SUQADD_v, 0x0e603821, /* suqadd v1.4h, v1.4h */
      .vin = { { V(1), R7 } }, .vout = { { V(1), 0x19e22fe87fff0e36, 0 } }, .fpsr_out = QC },
    { "1d", A64_SUQADD_v, 0x0ee03820, /* suqadd .1d: size:Q = 110 (reserved) */ UNDEF },
    { "edge_16b", A64_USQADD_v, 0x6e203820, /* usqadd v0.16b, v1.16b */
      .vin = { { V(0), EM_B }, { V(1), EN_B } },
      .vout = { { V(0), 0xff01fdff807e7f80, 0xff01fdff807e7f80 } }, .fpsr_out = QC },
    { "edge_4s", A64_USQADD_v, 0x6ea03820, /* usqadd v0.4s, v1.4s */
      .vin = { { V(0), EM_S }, { V(1), EN_S } },
      .vout = { { V(0), 0x7fffffff80000000, 0x800000007ffffffe } } },
    { "edge_2d", A64_USQADD_v, 0x6ee03820, /* usqadd v0.2d, v1.2d */
      .vin = { { V(0), EM_D }, { V(1), EN_D } },
      .vout = { { V(0), 0x8000000000000000, 0x7fffffffffffffff } } },
    { "edge2_2d", A64_USQADD_v, 0x6ee03820, /* usqadd v0.2d, v1.2d */
      .vin = { { V(0), EM2_D }, { V(1), EN2_D } }, .fpsr_out = QC },
    { "q0_vd_vn", A64_USQADD_v, 0x2e603821, /* usqadd v1.4h, v1.4h */
      .vin = { { V(1), R8 } }, .vout = { { V(1), 0x69462cbac3567c02, 0 } } },
    { "1d", A64_USQADD_v, 0x2ee03820, /* usqadd .1d: size:Q = 110 (reserved) */ UNDEF },
    { "edge_16b", A64_SQABS_v, 0x4e207820, /* sqabs v0.16b, v1.16b */
      .vin = { { V(0), EM_B }, { V(1), EN_B } },
      .vout = { { V(0), 0x557f7e0100017f7f, 0x557f7e0100017f7f } }, .fpsr_out = QC },
    { "edge_4s", A64_SQABS_v, 0x4ea07820, /* sqabs v0.4s, v1.4s */
      .vin = { { V(0), EM_S }, { V(1), EN_S } }, .vout = { { V(0), 0x7fffffff7fffffff, 0x1 } },
      .fpsr_out = QC },
    { "edge_2d", A64_SQABS_v, 0x4ee07820, /* sqabs v0.2d, v1.2d */
      .vin = { { V(0), EM_D }, { V(1), EN_D } },
      .vout = { { V(0), 0x7fffffffffffffff, 0x7fffffffffffffff } }, .fpsr_out = QC },
    { "edge2_2d", A64_SQABS_v, 0x4ee07820, /* sqabs v0.2d, v1.2d */
      .vin = { { V(0), EM2_D }, { V(1), EN2_D } }, .vout = { { V(0), 0, 0x1 } } },
    { "q0_vd_vn", A64_SQABS_v, 0x0e607821, /* sqabs v1.4h, v1.4h */
      .vin = { { V(1), R9 } }, .vout = { { V(1), 0x197d53212060283c, 0 } } },
    { "1d", A64_SQABS_v, 0x0ee07820, /* sqabs .1d: size:Q = 110 (reserved) */ UNDEF },
    { "edge_16b", A64_SQNEG_v, 0x6e207820, /* sqneg v0.16b, v1.16b */
      .vin = { { V(0), EM_B }, { V(1), EN_B } },
      .vout = { { V(0), 0xab7f82ff00017f81, 0xab7f82ff00017f81 } }, .fpsr_out = QC },
    { "edge_4s", A64_SQNEG_v, 0x6ea07820, /* sqneg v0.4s, v1.4s */
      .vin = { { V(0), EM_S }, { V(1), EN_S } }, .vout = { { V(0), 0x7fffffff80000001, 0x1 } },
      .fpsr_out = QC },
    { "edge_2d", A64_SQNEG_v, 0x6ee07820, /* sqneg v0.2d, v1.2d */
      .vin = { { V(0), EM_D }, { V(1), EN_D } },
      .vout = { { V(0), 0x8000000000000001, 0x7fffffffffffffff } }, .fpsr_out = QC },
    { "edge2_2d", A64_SQNEG_v, 0x6ee07820, /* sqneg v0.2d, v1.2d */
      .vin = { { V(0), EM2_D }, { V(1), EN2_D } }, .vout = { { V(0), 0, 0xffffffffffffffff } } },
    { "q0_vd_vn", A64_SQNEG_v, 0x2e607821, /* sqneg v1.4h, v1.4h */
      .vin = { { V(1), R0 } }, .vout = { { V(1), 0x8b687dcee1cbfb62, 0 } } },
    { "1d", A64_SQNEG_v, 0x2ee07820, /* sqneg .1d: size:Q = 110 (reserved) */ UNDEF },
    { "edge_16b", A64_ABS_v, 0x4e20b820, /* abs v0.16b, v1.16b */
      .vin = { { V(0), EM_B }, { V(1), EN_B } },
      .vout = { { V(0), 0x557f7e010001807f, 0x557f7e010001807f } } },
    { "edge_4s", A64_ABS_v, 0x4ea0b820, /* abs v0.4s, v1.4s */
      .vin = { { V(0), EM_S }, { V(1), EN_S } }, .vout = { { V(0), 0x800000007fffffff, 0x1 } } },
    { "edge_2d", A64_ABS_v, 0x4ee0b820, /* abs v0.2d, v1.2d */
      .vin = { { V(0), EM_D }, { V(1), EN_D } },
      .vout = { { V(0), 0x7fffffffffffffff, 0x8000000000000000 } } },
    { "edge2_2d", A64_ABS_v, 0x4ee0b820, /* abs v0.2d, v1.2d */
      .vin = { { V(0), EM2_D }, { V(1), EN2_D } }, .vout = { { V(0), 0, 0x1 } } },
    { "q0_vd_vn", A64_ABS_v, 0x0e60b821, /* abs v1.4h, v1.4h */
      .vin = { { V(1), R1 } }, .vout = { { V(1), 0x42425525370c29a4, 0 } } },
    { "1d", A64_ABS_v, 0x0ee0b820, /* abs .1d: size:Q = 110 (reserved) */ UNDEF },
    { "edge_16b", A64_NEG_v, 0x6e20b820, /* neg v0.16b, v1.16b */
      .vin = { { V(0), EM_B }, { V(1), EN_B } },
      .vout = { { V(0), 0xab7f82ff00018081, 0xab7f82ff00018081 } } },
    { "edge_4s", A64_NEG_v, 0x6ea0b820, /* neg v0.4s, v1.4s */
      .vin = { { V(0), EM_S }, { V(1), EN_S } }, .vout = { { V(0), 0x8000000080000001, 0x1 } } },
    { "edge_2d", A64_NEG_v, 0x6ee0b820, /* neg v0.2d, v1.2d */
      .vin = { { V(0), EM_D }, { V(1), EN_D } },
      .vout = { { V(0), 0x8000000000000001, 0x8000000000000000 } } },
    { "edge2_2d", A64_NEG_v, 0x6ee0b820, /* neg v0.2d, v1.2d */
      .vin = { { V(0), EM2_D }, { V(1), EN2_D } }, .vout = { { V(0), 0, 0xffffffffffffffff } } },
    { "q0_vd_vn", A64_NEG_v, 0x2e60b821, /* neg v1.4h, v1.4h */
      .vin = { { V(1), R2 } }, .vout = { { V(1), 0xc30d42a825a004e4, 0 } } },
    { "1d", A64_NEG_v, 0x2ee0b820, /* neg .1d: size:Q = 110 (reserved) */ UNDEF },
    { "edge_16b", A64_CMGT_v_zero, 0x4e208820, /* cmgt v0.16b, v1.16b, #0 */
      .vin = { { V(0), EM_B }, { V(1), EN_B } },
      .vout = { { V(0), 0xff00ffff000000ff, 0xff00ffff000000ff } } },
    { "edge_4s", A64_CMGT_v_zero, 0x4ea08820, /* cmgt v0.4s, v1.4s, #0 */
      .vin = { { V(0), EM_S }, { V(1), EN_S } }, .vout = { { V(0), 0x00000000ffffffff, 0 } } },
    { "edge_2d", A64_CMGT_v_zero, 0x4ee08820, /* cmgt v0.2d, v1.2d, #0 */
      .vin = { { V(0), EM_D }, { V(1), EN_D } }, .vout = { { V(0), 0xffffffffffffffff, 0 } } },
    { "edge2_2d", A64_CMGT_v_zero, 0x4ee08820, /* cmgt v0.2d, v1.2d, #0 */
      .vin = { { V(0), EM2_D }, { V(1), EN2_D } }, .vout = { { V(0), 0, 0xffffffffffffffff } } },
    { "q0_vd_vn", A64_CMGT_v_zero, 0x0e608821, /* cmgt v1.4h, v1.4h, #0 */
      .vin = { { V(1), R3 } }, .vout = { { V(1), 0x00000000ffffffff, 0 } } },
    { "1d", A64_CMGT_v_zero, 0x0ee08820, /* cmgt .1d: size:Q = 110 (reserved) */ UNDEF },
    { "edge_16b", A64_CMGE_v_zero, 0x6e208820, /* cmge v0.16b, v1.16b, #0 */
      .vin = { { V(0), EM_B }, { V(1), EN_B } },
      .vout = { { V(0), 0xff00ffffff0000ff, 0xff00ffffff0000ff } } },
    { "edge_4s", A64_CMGE_v_zero, 0x6ea08820, /* cmge v0.4s, v1.4s, #0 */
      .vin = { { V(0), EM_S }, { V(1), EN_S } },
      .vout = { { V(0), 0x00000000ffffffff, 0xffffffff00000000 } } },
    { "edge_2d", A64_CMGE_v_zero, 0x6ee08820, /* cmge v0.2d, v1.2d, #0 */
      .vin = { { V(0), EM_D }, { V(1), EN_D } }, .vout = { { V(0), 0xffffffffffffffff, 0 } } },
    { "edge2_2d", A64_CMGE_v_zero, 0x6ee08820, /* cmge v0.2d, v1.2d, #0 */
      .vin = { { V(0), EM2_D }, { V(1), EN2_D } },
      .vout = { { V(0), 0xffffffffffffffff, 0xffffffffffffffff } } },
    { "q0_vd_vn", A64_CMGE_v_zero, 0x2e608821, /* cmge v1.4h, v1.4h, #0 */
      .vin = { { V(1), R4 } }, .vout = { { V(1), 0x0000ffffffffffff, 0 } } },
    { "1d", A64_CMGE_v_zero, 0x2ee08820, /* cmge .1d: size:Q = 110 (reserved) */ UNDEF },
    { "edge_16b", A64_CMEQ_v_zero, 0x4e209820, /* cmeq v0.16b, v1.16b, #0 */
      .vin = { { V(0), EM_B }, { V(1), EN_B } },
      .vout = { { V(0), 0x00000000ff000000, 0x00000000ff000000 } } },
    { "edge_4s", A64_CMEQ_v_zero, 0x4ea09820, /* cmeq v0.4s, v1.4s, #0 */
      .vin = { { V(0), EM_S }, { V(1), EN_S } }, .vout = { { V(0), 0, 0xffffffff00000000 } } },
    { "edge_2d", A64_CMEQ_v_zero, 0x4ee09820, /* cmeq v0.2d, v1.2d, #0 */
      .vin = { { V(0), EM_D }, { V(1), EN_D } }, .vout = { { V(0), 0, 0 } } },
    { "edge2_2d", A64_CMEQ_v_zero, 0x4ee09820, /* cmeq v0.2d, v1.2d, #0 */
      .vin = { { V(0), EM2_D }, { V(1), EN2_D } }, .vout = { { V(0), 0xffffffffffffffff, 0 } } },
    { "q0_vd_vn", A64_CMEQ_v_zero, 0x0e609821, /* cmeq v1.4h, v1.4h, #0 */
      .vin = { { V(1), R5 } }, .vout = { { V(1), 0, 0 } } },
    { "1d", A64_CMEQ_v_zero, 0x0ee09820, /* cmeq .1d: size:Q = 110 (reserved) */ UNDEF },
    { "edge_16b", A64_CMLE_v_zero, 0x6e209820, /* cmle v0.16b, v1.16b, #0 */
      .vin = { { V(0), EM_B }, { V(1), EN_B } },
      .vout = { { V(0), 0x00ff0000ffffff00, 0x00ff0000ffffff00 } } },
    { "edge_4s", A64_CMLE_v_zero, 0x6ea09820, /* cmle v0.4s, v1.4s, #0 */
      .vin = { { V(0), EM_S }, { V(1), EN_S } },
      .vout = { { V(0), 0xffffffff00000000, 0xffffffffffffffff } } },
    { "edge_2d", A64_CMLE_v_zero, 0x6ee09820, /* cmle v0.2d, v1.2d, #0 */
      .vin = { { V(0), EM_D }, { V(1), EN_D } }, .vout = { { V(0), 0, 0xffffffffffffffff } } },
    { "edge2_2d", A64_CMLE_v_zero, 0x6ee09820, /* cmle v0.2d, v1.2d, #0 */
      .vin = { { V(0), EM2_D }, { V(1), EN2_D } }, .vout = { { V(0), 0xffffffffffffffff, 0 } } },
    { "q0_vd_vn", A64_CMLE_v_zero, 0x2e609821, /* cmle v1.4h, v1.4h, #0 */
      .vin = { { V(1), R6 } }, .vout = { { V(1), 0xffff0000ffff0000, 0 } } },
    { "1d", A64_CMLE_v_zero, 0x2ee09820, /* cmle .1d: size:Q = 110 (reserved) */ UNDEF },
    { "edge_16b", A64_CMLT_v_zero, 0x4e20a820, /* cmlt v0.16b, v1.16b, #0 */
      .vin = { { V(0), EM_B }, { V(1), EN_B } },
      .vout = { { V(0), 0x00ff000000ffff00, 0x00ff000000ffff00 } } },
    { "edge_4s", A64_CMLT_v_zero, 0x4ea0a820, /* cmlt v0.4s, v1.4s, #0 */
      .vin = { { V(0), EM_S }, { V(1), EN_S } },
      .vout = { { V(0), 0xffffffff00000000, 0x00000000ffffffff } } },
    { "edge_2d", A64_CMLT_v_zero, 0x4ee0a820, /* cmlt v0.2d, v1.2d, #0 */
      .vin = { { V(0), EM_D }, { V(1), EN_D } }, .vout = { { V(0), 0, 0xffffffffffffffff } } },
    { "edge2_2d", A64_CMLT_v_zero, 0x4ee0a820, /* cmlt v0.2d, v1.2d, #0 */
      .vin = { { V(0), EM2_D }, { V(1), EN2_D } }, .vout = { { V(0), 0, 0 } } },
    { "q0_vd_vn", A64_CMLT_v_zero, 0x0e60a821, /* cmlt v1.4h, v1.4h, #0 */
      .vin = { { V(1), R7 } }, .vout = { { V(1), 0x0000ffff0000ffff, 0 } } },
    { "1d", A64_CMLT_v_zero, 0x0ee0a820, /* cmlt .1d: size:Q = 110 (reserved) */ UNDEF },
    /* cls v0.16b, v1.16b */
    T2("edge_16b", CLS_v, 0x4e204820, EN_B, P(0x0000000607070000, 0x0000000607070000)),
    /* cls v0.8h, v1.8h */
    T2("edge_8h", CLS_v, 0x4e604820, EN_H, P(0x000f000f00000000, 0xe)),
    /* cls v0.4s, v1.4s */
    T2("edge_4s", CLS_v, 0x4ea04820, EN_S, P(0, 0x0000001f0000001f)),
    /* cls v0.4s, v1.4s */
    T2("basic", CLS_v, 0x4ea04820, P(0xfffe000000010000, 0xc000000000000001),
       P(0x0000000e0000000e, 0x000000010000001e)),
    { "q0_vd_vn", A64_CLS_v, 0x0e204821, /* cls v1.8b, v1.8b */
      .vin = { { V(1), 0xc040201008040201, 0xc040201008040201 } },
      .vout = { { V(1), 0x0100010203040506, 0 } } },
    { "size11", A64_CLS_v, 0x4ee04820, /* cls with size = 11 (reserved) */ UNDEF },
    /* clz v0.16b, v1.16b */
    T2("edge_16b", CLZ_v, 0x6e204820, EN_B, P(0x0100010708000001, 0x0100010708000001)),
    /* clz v0.8h, v1.8h */
    T2("edge_8h", CLZ_v, 0x6e604820, EN_H, P(0x0010000000000001, 0x000100000001000f)),
    /* clz v0.4s, v1.4s */
    T2("edge_4s", CLZ_v, 0x6ea04820, EN_S, P(0x1, 0x0000002000000000)),
    /* clz v0.4s, v1.4s */
    T2("basic", CLZ_v, 0x6ea04820, P(0xfffe000000010000, 0xc000000000000001), P(0xf, 0x1f)),
    { "q0_vd_vn", A64_CLZ_v, 0x2e204821, /* clz v1.8b, v1.8b */
      .vin = { { V(1), 0xc040201008040201, 0xc040201008040201 } },
      .vout = { { V(1), 0x0001020304050607, 0 } } },
    { "size11", A64_CLZ_v, 0x6ee04820, /* clz with size = 11 (reserved) */ UNDEF },
    /* cnt v0.16b, v1.16b */
    T2("basic", CNT_v, 0x4e205820, R8, P(0x0404030504050501, 0x0102060404040202)),
    /* cnt v0.8b, v1.8b */
    T2("edge_q0", CNT_v, 0x0e205820, EN_B, P(0x0402060100080107, 0)),
    { "vd_vn", A64_CNT_v, 0x4e205821, /* cnt v1.16b, v1.16b */
      .vin = { { V(1), EM_B } }, .vout = { { V(1), 0x0401070801070801, 0x0401070801070801 } } },
    { "size01", A64_CNT_v, 0x4e605820, /* cnt with size = 01 (reserved) */ UNDEF },
    /* not v0.16b, v1.16b */
    T2("basic", NOT_v, 0x6e205820, R9, P(0x197c5320df9f283b, 0x7c2716d20d5233f1)),
    /* not v0.8b, v1.8b */
    T2("q0", NOT_v, 0x2e205820, EN_B, P(0xaa7e81feff007f80, 0)),
    { "vd_vn", A64_NOT_v, 0x6e205821, /* not v1.16b, v1.16b */
      .vin = { { V(1), R0 } }, .vout = { { V(1), 0x8b677dcde1cafb61, 0x86373d6d946b4a4a } } },
    /* rbit v0.16b, v1.16b */
    T2("basic", RBIT_v, 0x6e605820, R1, P(0x424255db132f9425, 0xd75e9ea9a911cab4)),
    /* rbit v0.8b, v1.8b */
    T2("q0", RBIT_v, 0x2e605820, EN_B, P(0xaa817e8000ff01fe, 0)),
    { "vd_vn", A64_RBIT_v, 0x6e605821, /* rbit v1.16b, v1.16b */
      .vin = { { V(1), R2 } }, .vout = { { V(1), 0x3ccfbd1a5b06df38, 0x8a3a86c43611a3ec } } },
    { "mvn_alias", A64_NOT_v, 0x2e205863, /* mvn v3.8b, v3.8b */
      .vin = { { V(3), R3 } }, .vout = { { V(3), 0x0b4e49b9cc41bf0a, 0 } } },

    /* two-register misc: narrowing (Q=1 writes the upper half, keeps the lower) */
    /* xtn v0.8b, v1.8h */
    T2("edge_8b", XTN_v, 0x0e212820, EN_H, P(0x5501fe0100ff00ff, 0)),
    { "part2_edge", A64_XTN_v, 0x4e212820, /* xtn2 v0.16b, v1.8h */
      .vin = { { V(0), R4 }, { V(1), EM_H } },
      .vout = { { V(0), 0xda1b195060c40eb7, 0xaa00ffff00ffff01 } } },
    /* xtn v0.4h, v1.4s */
    T2("edge_4h", XTN_v, 0x0e612820, EN_S, P(0x0000ffff0000ffff, 0)),
    /* xtn v0.2s, v1.2d */
    T2("edge_2s", XTN_v, 0x0ea12820, EN_D, P(0x00000000ffffffff, 0)),
    { "part2_edge_4s", A64_XTN_v, 0x4ea12820, /* xtn2 v0.4s, v1.2d */
      .vin = { { V(0), R5 }, { V(1), EM_D } },
      .vout = { { V(0), 0x6a5d670af9a3638e, 0xffffffff00000001 } } },
    { "part2_vd_vn", A64_XTN_v, 0x4e612821, /* xtn2 v1.8h, v1.4s */
      .vin = { { V(1), EN2_S } }, .vout = { { V(1), 0x0000000100000000, 0x0001fffe00010000 } } },
    { "qc_kept", A64_XTN_v, 0x0e212820, /* xtn v0.8b, v1.8h */
      .vin = { { V(1), 0x0001007f00020001, 0x00020001007f0002 } }, .fpsr_in = QC,
      .vout = { { V(0), 0x02017f02017f0201, 0 } }, .fpsr_out = QC },
    { "size11", A64_XTN_v, 0x0ee12820, /* xtn with size = 11 (reserved) */ UNDEF },
    /* sqxtn v0.8b, v1.8h */
    T2Q("edge_8b", SQXTN_v, 0x0e214820, EN_H, P(0x7f807f0100ff807f, 0)),
    { "part2_edge", A64_SQXTN_v, 0x4e214820, /* sqxtn2 v0.16b, v1.8h */
      .vin = { { V(0), R6 }, { V(1), EM_H } },
      .vout = { { V(0), 0xdabe22cad37b17c6, 0x80807fff807fff01 } }, .fpsr_out = QC },
    /* sqxtn v0.4h, v1.4s */
    T2Q("edge_4h", SQXTN_v, 0x0e614820, EN_S, P(0x0000ffff80007fff, 0)),
    /* sqxtn v0.2s, v1.2d */
    T2Q("edge_2s", SQXTN_v, 0x0ea14820, EN_D, P(0x800000007fffffff, 0)),
    { "part2_edge_4s", A64_SQXTN_v, 0x4ea14820, /* sqxtn2 v0.4s, v1.2d */
      .vin = { { V(0), R7 }, { V(1), EM_D } },
      .vout = { { V(0), 0x0cf197f45625871b, 0xffffffff00000001 } } },
    { "part2_vd_vn", A64_SQXTN_v, 0x4e614821, /* sqxtn2 v1.8h, v1.4s */
      .vin = { { V(1), EN2_S } }, .vout = { { V(1), 0x0000000100000000, 0x80007fff00010000 } },
      .fpsr_out = QC },
    { "qc_kept", A64_SQXTN_v, 0x0e214820, /* sqxtn v0.8b, v1.8h */
      .vin = { { V(1), 0x0001007f00020001, 0x00020001007f0002 } }, .fpsr_in = QC,
      .vout = { { V(0), 0x02017f02017f0201, 0 } }, .fpsr_out = QC },
    { "size11", A64_SQXTN_v, 0x0ee14820, /* sqxtn with size = 11 (reserved) */ UNDEF },
    /* uqxtn v0.8b, v1.8h */
    T2Q("edge_8b", UQXTN_v, 0x2e214820, EN_H, P(0xffffff0100ffffff, 0)),
    { "part2_edge", A64_UQXTN_v, 0x6e214820, /* uqxtn2 v0.16b, v1.8h */
      .vin = { { V(0), R8 }, { V(1), EM_H } },
      .vout = { { V(0), 0xb4a3165de1ab3e01, 0xffffffffffffff01 } }, .fpsr_out = QC },
    /* uqxtn v0.4h, v1.4s */
    T2Q("edge_4h", UQXTN_v, 0x2e614820, EN_S, P(0x0000ffffffffffff, 0)),
    /* uqxtn v0.2s, v1.2d */
    T2Q("edge_2s", UQXTN_v, 0x2ea14820, EN_D, P(0xffffffffffffffff, 0)),
    { "part2_edge_4s", A64_UQXTN_v, 0x6ea14820, /* uqxtn2 v0.4s, v1.2d */
      .vin = { { V(0), R9 }, { V(1), EM_D } },
      .vout = { { V(0), 0xe683acdf2060d7c4, 0xffffffff00000001 } }, .fpsr_out = QC },
    { "part2_vd_vn", A64_UQXTN_v, 0x6e614821, /* uqxtn2 v1.8h, v1.4s */
      .vin = { { V(1), EN2_S } }, .vout = { { V(1), 0x0000000100000000, 0xffffffff00010000 } },
      .fpsr_out = QC },
    { "qc_kept", A64_UQXTN_v, 0x2e214820, /* uqxtn v0.8b, v1.8h */
      .vin = { { V(1), 0x0001007f00020001, 0x00020001007f0002 } }, .fpsr_in = QC,
      .vout = { { V(0), 0x02017f02017f0201, 0 } }, .fpsr_out = QC },
    { "size11", A64_UQXTN_v, 0x2ee14820, /* uqxtn with size = 11 (reserved) */ UNDEF },
    /* sqxtun v0.8b, v1.8h */
    T2Q("edge_8b", SQXTUN_v, 0x2e212820, EN_H, P(0xff00ff01000000ff, 0)),
    { "part2_edge", A64_SQXTUN_v, 0x6e212820, /* sqxtun2 v0.16b, v1.8h */
      .vin = { { V(0), R0 }, { V(1), EM_H } },
      .vout = { { V(0), 0x749882321e35049e, 0x0000ff0000ff0001 } }, .fpsr_out = QC },
    /* sqxtun v0.4h, v1.4s */
    T2Q("edge_4h", SQXTUN_v, 0x2e612820, EN_S, P(0xffff, 0)),
    /* sqxtun v0.2s, v1.2d */
    T2Q("edge_2s", SQXTUN_v, 0x2ea12820, EN_D, P(0x00000000ffffffff, 0)),
    { "part2_edge_4s", A64_SQXTUN_v, 0x6ea12820, /* sqxtun2 v0.4s, v1.2d */
      .vin = { { V(0), R1 }, { V(1), EM_D } }, .vout = { { V(0), 0x4242aadbc8f429a4, 0x1 } },
      .fpsr_out = QC },
    { "part2_vd_vn", A64_SQXTUN_v, 0x6e612821, /* sqxtun2 v1.8h, v1.4s */
      .vin = { { V(1), EN2_S } }, .vout = { { V(1), 0x0000000100000000, 0x0000ffff00010000 } },
      .fpsr_out = QC },
    { "qc_kept", A64_SQXTUN_v, 0x2e212820, /* sqxtun v0.8b, v1.8h */
      .vin = { { V(1), 0x0001007f00020001, 0x00020001007f0002 } }, .fpsr_in = QC,
      .vout = { { V(0), 0x02017f02017f0201, 0 } }, .fpsr_out = QC },
    { "size11", A64_SQXTUN_v, 0x2ee12820, /* sqxtun with size = 11 (reserved) */ UNDEF },

    /* SHLL (shift by the element size) */
    /* shll v0.8h, v1.8b, #8 */
    T2("basic_8h", SHLL_v, 0x2e213820, R2, P(0xda006000fb001c00, 0x3c00f300bd005800)),
    /* shll2 v0.4s, v1.8h, #16 */
    T2("part2_4s", SHLL_v, 0x6e613820, R3, P(0x6f3d000088f70000, 0x887100008c960000)),
    /* shll v0.2d, v1.2s, #32 */
    T2("edge_2d", SHLL_v, 0x2ea13820, EN_S, P(0x7fffffff00000000, 0x8000000000000000)),
    { "part2_vd_vn", A64_SHLL_v, 0x6ea13821, /* shll2 v1.2d, v1.4s, #32 */
      .vin = { { V(1), R4 } }, .vout = { { V(1), 0x13a5bf0700000000, 0x5b08acc200000000 } } },
    { "size11", A64_SHLL_v, 0x2ee13820, /* shll with size = 11 (reserved) */ UNDEF },

    /* URECPE/URSQRTE (32-bit elements; sz = 1 reserved) */
    /* urecpe v0.4s, v1.4s */
    T2("edges", URECPE_v, 0x4ea1c820, P(0x800000007fffffff, 0x3fffffffffffffff),
       P(0xff800000ffffffff, 0xffffffff80000000)),
    /* urecpe v0.4s, v1.4s */
    T2("range", URECPE_v, 0x4ea1c820, P(0xc000000040000000, 0x55555555a5a5a5a5),
       P(0xaa800000ffffffff, 0xffffffffc5800000)),
    /* urecpe v0.4s, v1.4s */
    T2("steps", URECPE_v, 0x4ea1c820, P(0x807fffff80800000, 0x5ffffffffff00000),
       P(0xff800000fe800000, 0xffffffff80000000)),
    { "q0_vd_vn", A64_URECPE_v, 0x0ea1c821, /* urecpe v1.2s, v1.2s */
      .vin = { { V(1), 0x9abcdef0e0000000, 0x0000000200000001 } },
      .vout = { { V(1), 0xd380000092000000, 0 } } },
    { "sz1", A64_URECPE_v, 0x4ee1c820, /* urecpe with sz = 1 (reserved) */ UNDEF },
    /* ursqrte v0.4s, v1.4s */
    T2("edges", URSQRTE_v, 0x6ea1c820, P(0x800000007fffffff, 0x3fffffffffffffff),
       P(0xb4800000b5000000, 0xffffffff80000000)),
    /* ursqrte v0.4s, v1.4s */
    T2("range", URSQRTE_v, 0x6ea1c820, P(0xc000000040000000, 0x55555555a5a5a5a5),
       P(0x93800000ff800000, 0xde0000009f000000)),
    /* ursqrte v0.4s, v1.4s */
    T2("steps", URSQRTE_v, 0x6ea1c820, P(0x807fffff80800000, 0x5ffffffffff00000),
       P(0xb4800000b4800000, 0xd180000080000000)),
    { "q0_vd_vn", A64_URSQRTE_v, 0x2ea1c821, /* ursqrte v1.2s, v1.2s */
      .vin = { { V(1), 0x9abcdef0e0000000, 0x0000000200000001 } },
      .vout = { { V(1), 0xa500000088800000, 0 } } },
    { "sz1", A64_URSQRTE_v, 0x6ee1c820, /* ursqrte with sz = 1 (reserved) */ UNDEF },
    { "fp_trap", A64_ABS_v, 0x4ea0b820, /* abs v0.4s, v1.4s */ FP_TRAP },

    /* across lanes (size 11 and the 2S arrangement reserved) */
    /* addv b0, v1.16b */
    T2("edge_16b", ADDV_v, 0x4e31b820, EN_B, P(0xa6, 0)),
    /* addv h0, v1.8h */
    T2("edge_8h", ADDV_v, 0x4e71b820, EM_H, P(0xaaa7, 0)),
    /* addv s0, v1.4s */
    T2("edge_4s", ADDV_v, 0x4eb1b820, EN_S, P(0x00000000fffffffe, 0)),
    /* addv b0, v1.8b */
    T2("basic_8b", ADDV_v, 0x0e31b820, R5, P(0xc5, 0)),
    { "vd_vn_4h", A64_ADDV_v, 0x0e71b821, /* addv h1, v1.4h */
      .vin = { { V(1), R6 } }, .vout = { { V(1), 0xe8c9, 0 } } },
    { "2s", A64_ADDV_v, 0x0eb1b820, /* addv with .2s: size:Q = 100 (reserved) */ UNDEF },
    { "size11", A64_ADDV_v, 0x0ef1b820, /* addv with size = 11, Q = 1 (reserved) */ UNDEF },
    /* saddlv h0, v1.16b */
    T2("edge_16b", SADDLV_v, 0x4e303820, EN_B, P(0xa6, 0)),
    /* saddlv s0, v1.8h */
    T2("edge_8h", SADDLV_v, 0x4e703820, EM_H, P(0x00000000ffffaaa7, 0)),
    /* saddlv d0, v1.4s */
    T2("edge_4s", SADDLV_v, 0x4eb03820, EN_S, P(0xfffffffffffffffe, 0)),
    /* saddlv h0, v1.8b */
    T2("basic_8b", SADDLV_v, 0x0e303820, R7, P(0xffa5, 0)),
    { "vd_vn_4h", A64_SADDLV_v, 0x0e703821, /* saddlv s1, v1.4h */
      .vin = { { V(1), R8 } }, .vout = { { V(1), 0x00000000ffffeaac, 0 } } },
    { "2s", A64_SADDLV_v, 0x0eb03820, /* saddlv with .2s: size:Q = 100 (reserved) */ UNDEF },
    { "size11", A64_SADDLV_v, 0x0ef03820, /* saddlv with size = 11, Q = 1 (reserved) */ UNDEF },
    /* uaddlv h0, v1.16b */
    T2("edge_16b", UADDLV_v, 0x6e303820, EN_B, P(0x6a6, 0)),
    /* uaddlv s0, v1.8h */
    T2("edge_8h", UADDLV_v, 0x6e703820, EM_H, P(0x000000000004aaa7, 0)),
    /* uaddlv d0, v1.4s */
    T2("edge_4s", UADDLV_v, 0x6eb03820, EN_S, P(0x00000001fffffffe, 0)),
    /* uaddlv h0, v1.8b */
    T2("basic_8b", UADDLV_v, 0x2e303820, R9, P(0x50f, 0)),
    { "vd_vn_4h", A64_UADDLV_v, 0x2e703821, /* uaddlv s1, v1.4h */
      .vin = { { V(1), R0 } }, .vout = { { V(1), 0x000000000001199d, 0 } } },
    { "2s", A64_UADDLV_v, 0x2eb03820, /* uaddlv with .2s: size:Q = 100 (reserved) */ UNDEF },
    { "size11", A64_UADDLV_v, 0x2ef03820, /* uaddlv with size = 11, Q = 1 (reserved) */ UNDEF },
    /* smaxv b0, v1.16b */
    T2("edge_16b", SMAXV_v, 0x4e30a820, EN_B, P(0x7f, 0)),
    /* smaxv h0, v1.8h */
    T2("edge_8h", SMAXV_v, 0x4e70a820, EM_H, P(0x7fff, 0)),
    /* smaxv s0, v1.4s */
    T2("edge_4s", SMAXV_v, 0x4eb0a820, EN_S, P(0x000000007fffffff, 0)),
    /* smaxv b0, v1.8b */
    T2("basic_8b", SMAXV_v, 0x0e30a820, R1, P(0x42, 0)),
    { "vd_vn_4h", A64_SMAXV_v, 0x0e70a821, /* smaxv h1, v1.4h */
      .vin = { { V(1), R2 } }, .vout = { { V(1), 0x3cf3, 0 } } },
    { "2s", A64_SMAXV_v, 0x0eb0a820, /* smaxv with .2s: size:Q = 100 (reserved) */ UNDEF },
    { "size11", A64_SMAXV_v, 0x0ef0a820, /* smaxv with size = 11, Q = 1 (reserved) */ UNDEF },
    /* sminv b0, v1.16b */
    T2("edge_16b", SMINV_v, 0x4e31a820, EN_B, P(0x80, 0)),
    /* sminv h0, v1.8h */
    T2("edge_8h", SMINV_v, 0x4e71a820, EM_H, P(0x8000, 0)),
    /* sminv s0, v1.4s */
    T2("edge_4s", SMINV_v, 0x4eb1a820, EN_S, P(0x0000000080000000, 0)),
    /* sminv b0, v1.8b */
    T2("basic_8b", SMINV_v, 0x0e31a820, R3, P(0xb1, 0)),
    { "vd_vn_4h", A64_SMINV_v, 0x0e71a821, /* sminv h1, v1.4h */
      .vin = { { V(1), R4 } }, .vout = { { V(1), 0xda1b, 0 } } },
    { "2s", A64_SMINV_v, 0x0eb1a820, /* sminv with .2s: size:Q = 100 (reserved) */ UNDEF },
    { "size11", A64_SMINV_v, 0x0ef1a820, /* sminv with size = 11, Q = 1 (reserved) */ UNDEF },
    /* umaxv b0, v1.16b */
    T2("edge_16b", UMAXV_v, 0x6e30a820, EN_B, P(0xff, 0)),
    /* umaxv h0, v1.8h */
    T2("edge_8h", UMAXV_v, 0x6e70a820, EM_H, P(0xffff, 0)),
    /* umaxv s0, v1.4s */
    T2("edge_4s", UMAXV_v, 0x6eb0a820, EN_S, P(0x00000000ffffffff, 0)),
    /* umaxv b0, v1.8b */
    T2("basic_8b", UMAXV_v, 0x2e30a820, R5, P(0xf9, 0)),
    { "vd_vn_4h", A64_UMAXV_v, 0x2e70a821, /* umaxv h1, v1.4h */
      .vin = { { V(1), R6 } }, .vout = { { V(1), 0xdabe, 0 } } },
    { "2s", A64_UMAXV_v, 0x2eb0a820, /* umaxv with .2s: size:Q = 100 (reserved) */ UNDEF },
    { "size11", A64_UMAXV_v, 0x2ef0a820, /* umaxv with size = 11, Q = 1 (reserved) */ UNDEF },
    /* uminv b0, v1.16b */
    T2("edge_16b", UMINV_v, 0x6e31a820, EN_B, P(0, 0)),
    /* uminv h0, v1.8h */
    T2("edge_8h", UMINV_v, 0x6e71a820, EM_H, P(0x1, 0)),
    /* uminv s0, v1.4s */
    T2("edge_4s", UMINV_v, 0x6eb1a820, EN_S, P(0, 0)),
    /* uminv b0, v1.8b */
    T2("basic_8b", UMINV_v, 0x2e31a820, R7, P(0xc, 0)),
    { "vd_vn_4h", A64_UMINV_v, 0x2e71a821, /* uminv h1, v1.4h */
      .vin = { { V(1), R8 } }, .vout = { { V(1), 0x165d, 0 } } },
    { "2s", A64_UMINV_v, 0x2eb1a820, /* uminv with .2s: size:Q = 100 (reserved) */ UNDEF },
    { "size11", A64_UMINV_v, 0x2ef1a820, /* uminv with size = 11, Q = 1 (reserved) */ UNDEF },
    { "fp_trap", A64_ADDV_v, 0x4eb1b820, /* addv s0, v1.4s */ FP_TRAP },

    /* copy: DUP (element), DUP (general), INS, UMOV, SMOV */
    /* dup v0.16b, v1.b[15] */
    T2("b15", DUP_elem, 0x4e1f0420, R9, P(0x8383838383838383, 0x8383838383838383)),
    /* dup v0.4h, v1.h[3] */
    T2("h3_q0", DUP_elem, 0x0e0e0420, R0, P(0x7498749874987498, 0)),
    /* dup v0.4s, v1.s[3] */
    T2("s3", DUP_elem, 0x4e1c0420, R1, P(0xeb7a7995eb7a7995, 0xeb7a7995eb7a7995)),
    /* dup v0.2s, v1.s[2] */
    T2("s2_q0", DUP_elem, 0x0e140420, R2, P(0x6c88c5376c88c537, 0)),
    /* dup v0.2d, v1.d[1] */
    T2("d1", DUP_elem, 0x4e180420, R3, P(0x88718c966f3d88f7, 0x88718c966f3d88f7)),
    { "b0_q0_vd_vn", A64_DUP_elem, 0x0e010421, /* dup v1.8b, v1.b[0] */
      .vin = { { V(1), R4 } }, .vout = { { V(1), 0xb7b7b7b7b7b7b7b7, 0 } } },
    { "h7_vd_vn", A64_DUP_elem, 0x4e1e0421, /* dup v1.8h, v1.h[7] */
      .vin = { { V(1), R5 } }, .vout = { { V(1), 0x4a894a894a894a89, 0x4a894a894a894a89 } } },
    { "d_q0", A64_DUP_elem, 0x0e180420,
      /* dup v0.1d, v1.d[1]: size 3 with Q = 0 (reserved) */ UNDEF },
    { "b", A64_DUP_gen, 0x4e010c20, /* dup v0.16b, w1 */
      .in = { { X(1), 0xfedcba9876543210 } },
      .vout = { { V(0), 0x1010101010101010, 0x1010101010101010 } } },
    { "h_q0", A64_DUP_gen, 0x0e020c20, /* dup v0.4h, w1 */
      .in = { { X(1), 0xfedcba9876543210 } }, .vout = { { V(0), 0x3210321032103210, 0 } } },
    { "s", A64_DUP_gen, 0x4e040c20, /* dup v0.4s, w1 */
      .in = { { X(1), 0xfedcba9876543210 } },
      .vout = { { V(0), 0x7654321076543210, 0x7654321076543210 } } },
    { "s_q0", A64_DUP_gen, 0x0e040c40, /* dup v0.2s, w2 */
      .in = { { X(2), 0xfedcba9876543210 } }, .vout = { { V(0), 0x7654321076543210, 0 } } },
    { "d", A64_DUP_gen, 0x4e080c20, /* dup v0.2d, x1 */
      .in = { { X(1), 0xfedcba9876543210 } },
      .vout = { { V(0), 0xfedcba9876543210, 0xfedcba9876543210 } } },
    { "zr", A64_DUP_gen, 0x4e020fff, /* dup v31.8h, wzr */
      .vout = { { V(31), 0, 0 } } },
    { "d_q0", A64_DUP_gen, 0x0e080c20, /* dup v0.1d, x1: size 3 with Q = 0 (reserved) */ UNDEF },
    { "b15", A64_INS_gen, 0x4e1f1c20, /* mov v0.b[15], w1 */
      .in = { { X(1), 0xfedcba9876543210 } },
      .vout = { { V(0), 0xc3c3000000000000, 0x105a000010101010 } } },
    { "h3", A64_INS_gen, 0x4e0e1c20, /* ins v0.h[3], w1 */
      .in = { { X(1), 0xfedcba9876543210 } },
      .vout = { { V(0), 0x3210000000000000, 0x5a5a000010101010 } } },
    { "s2", A64_INS_gen, 0x4e141c67, /* mov v7.s[2], w3 */
      .in = { { X(3), 0xfedcba9876543210 } },
      .vout = { { V(7), 0xc3c3070007070707, 0x5a5a070076543210 } } },
    { "d1", A64_INS_gen, 0x4e181c20, /* mov v0.d[1], x1 */
      .in = { { X(1), 0xfedcba9876543210 } },
      .vout = { { V(0), 0xc3c3000000000000, 0xfedcba9876543210 } } },
    { "d0_zr", A64_INS_gen, 0x4e081fe0, /* mov v0.d[0], xzr */
      .vout = { { V(0), 0, 0x5a5a000010101010 } } },
    /* mov v0.b[0], v1.b[15] */
    T2("b0_b15", INS_elem, 0x6e017c20, R6, P(0xc3c3000000000082, 0x5a5a000010101010)),
    /* mov v0.h[7], v1.h[0] */
    T2("h7_h0", INS_elem, 0x6e1e0420, R7, P(0xc3c3000000000000, 0x871b000010101010)),
    /* ins v0.s[1], v1.s[3] */
    T2("s1_s3", INS_elem, 0x6e0c6420, R8, P(0x400cb70f00000000, 0x5a5a000010101010)),
    { "d1_d0_vd_vn", A64_INS_elem, 0x6e180442, /* mov v2.d[1], v2.d[0] */
      .vin = { { V(2), R9 } }, .vout = { { V(2), 0xe683acdf2060d7c4, 0xe683acdf2060d7c4 } } },
    { "b9_b9_vd_vn", A64_INS_elem, 0x6e133442, /* mov v2.b[9], v2.b[6] */
      .vin = { { V(2), R0 } }, .vout = { { V(2), 0x749882321e35049e, 0x79c8c2926b9498b5 } } },
    { "b15", A64_UMOV, 0x0e1f3c20, /* umov w0, v1.b[15] */
      .vin = { { V(1), EN_B } }, .out = { { X(0), 0x55 } } },
    { "h5", A64_UMOV, 0x0e163c23, /* umov w3, v1.h[5] */
      .vin = { { V(1), EN_H } }, .out = { { X(3), 0x7ffe } } },
    { "s3", A64_UMOV, 0x0e0c3c20, /* mov w0, v1.s[1] */
      .vin = { { V(1), EN_S } }, .out = { { X(0), 0x0000000080000000 } } },
    { "d1", A64_UMOV, 0x4e183c20, /* mov x0, v1.d[1] */
      .vin = { { V(1), EN_D } }, .out = { { X(0), 0x8000000000000000 } } },
    { "d0", A64_UMOV, 0x4e083c5c, /* umov x28, v2.d[0] */
      .vin = { { V(2), R1 } }, .out = { { X(28), 0x4242aadbc8f429a4 } } },
    { "rd_zr", A64_UMOV, 0x0e063c3f, /* umov wzr, v1.h[1] */
      .vin = { { V(1), EN_H } } },
    { "x_s", A64_UMOV, 0x4e0c3c20, /* umov x0, v1.s[1]: Q = 1 with size 2 (reserved) */ UNDEF },
    { "w_d", A64_UMOV, 0x0e183c20, /* umov w0, v1.d[1]: Q = 0 with size 3 (reserved) */ UNDEF },
    { "w_b", A64_SMOV, 0x0e1f2c20, /* smov w0, v1.b[15] */
      .vin = { { V(1), EN_B } }, .out = { { X(0), 0x55 } } },
    { "w_h", A64_SMOV, 0x0e062c20, /* smov w0, v1.h[1] */
      .vin = { { V(1), EN_H } }, .out = { { X(0), 0x00000000ffff8000 } } },
    { "x_b", A64_SMOV, 0x4e032c20, /* smov x0, v1.b[1] */
      .vin = { { V(1), EN_B } }, .out = { { X(0), 0xffffffffffffff80 } } },
    { "x_h_pos", A64_SMOV, 0x4e022c22, /* smov x2, v1.h[0] */
      .vin = { { V(1), EN_H } }, .out = { { X(2), 0x7fff } } },
    { "x_s", A64_SMOV, 0x4e0c2c20, /* smov x0, v1.s[1] */
      .vin = { { V(1), EN_S } }, .out = { { X(0), 0xffffffff80000000 } } },
    { "x_s_pos", A64_SMOV, 0x4e1c2c20, /* smov x0, v1.s[3] */
      .vin = { { V(1), EM_S } }, .out = { { X(0), 0xffffffff80000000 } } },
    { "rd_zr", A64_SMOV, 0x4e032c3f, /* smov xzr, v1.b[1] */
      .vin = { { V(1), EN_B } } },
    { "w_s", A64_SMOV, 0x0e0c2c20, /* smov w0, v1.s[1]: Q = 0 with size 2 (reserved) */ UNDEF },
    { "x_d", A64_SMOV, 0x4e182c20, /* smov x0, v1.d[1]: size 3 (reserved) */ UNDEF },
    { "fp_trap", A64_UMOV, 0x0e013c20, /* umov w0, v1.b[0] */ FP_TRAP },

    /* modified immediate (AdvSIMDExpandImm) */
    { "basic", A64_MOVI_32_lsl0, 0x4f050560, /* movi v0.4s, #0xab, lsl #0 */
      .vout = { { V(0), 0x000000ab000000ab, 0x000000ab000000ab } } },
    { "q0", A64_MOVI_32_lsl0, 0x0f0707e0, /* movi v0.2s, #0xff, lsl #0 */
      .vout = { { V(0), 0x000000ff000000ff, 0 } } },
    { "zero", A64_MOVI_32_lsl0, 0x4f00041f, /* movi v31.4s, #0, lsl #0 */
      .vout = { { V(31), 0, 0 } } },
    { "basic", A64_MVNI_32_lsl0, 0x6f050560, /* mvni v0.4s, #0xab, lsl #0 */
      .vout = { { V(0), 0xffffff54ffffff54, 0xffffff54ffffff54 } } },
    { "q0", A64_MVNI_32_lsl0, 0x2f0707e0, /* mvni v0.2s, #0xff, lsl #0 */
      .vout = { { V(0), 0xffffff00ffffff00, 0 } } },
    { "zero", A64_MVNI_32_lsl0, 0x6f00041f, /* mvni v31.4s, #0, lsl #0 */
      .vout = { { V(31), 0xffffffffffffffff, 0xffffffffffffffff } } },
    { "basic", A64_ORR_v_imm32_lsl0, 0x4f041420, /* orr v0.4s, #0x81, lsl #0 */
      .vin = { { V(0), R2 } }, .vout = { { V(0), 0x3cf3bdd9da60fb9d, 0x515c61a36c88c5b7 } } },
    { "q0", A64_ORR_v_imm32_lsl0, 0x0f0717e0, /* orr v0.2s, #0xff, lsl #0 */
      .vin = { { V(0), R3 } }, .vout = { { V(0), 0xf4b1b6ff33be40ff, 0 } } },
    { "zero", A64_ORR_v_imm32_lsl0, 0x4f001405, /* orr v5.4s, #0, lsl #0 */
      },
    { "basic", A64_BIC_v_imm32_lsl0, 0x6f041420, /* bic v0.4s, #0x81, lsl #0 */
      .vin = { { V(0), 0xffffffffffffffff, 0xffffffffffffffff } },
      .vout = { { V(0), 0xffffff7effffff7e, 0xffffff7effffff7e } } },
    { "q0", A64_BIC_v_imm32_lsl0, 0x2f0717e0, /* bic v0.2s, #0xff, lsl #0 */
      .vin = { { V(0), R4 } }, .vout = { { V(0), 0xda1b190060c40e00, 0 } } },
    { "zero", A64_BIC_v_imm32_lsl0, 0x6f001405, /* bic v5.4s, #0, lsl #0 */
      },
    { "basic", A64_MOVI_32_lsl8, 0x4f052560, /* movi v0.4s, #0xab, lsl #8 */
      .vout = { { V(0), 0x0000ab000000ab00, 0x0000ab000000ab00 } } },
    { "q0", A64_MOVI_32_lsl8, 0x0f0727e0, /* movi v0.2s, #0xff, lsl #8 */
      .vout = { { V(0), 0x0000ff000000ff00, 0 } } },
    { "zero", A64_MOVI_32_lsl8, 0x4f00241f, /* movi v31.4s, #0, lsl #8 */
      .vout = { { V(31), 0, 0 } } },
    { "basic", A64_MVNI_32_lsl8, 0x6f052560, /* mvni v0.4s, #0xab, lsl #8 */
      .vout = { { V(0), 0xffff54ffffff54ff, 0xffff54ffffff54ff } } },
    { "q0", A64_MVNI_32_lsl8, 0x2f0727e0, /* mvni v0.2s, #0xff, lsl #8 */
      .vout = { { V(0), 0xffff00ffffff00ff, 0 } } },
    { "zero", A64_MVNI_32_lsl8, 0x6f00241f, /* mvni v31.4s, #0, lsl #8 */
      .vout = { { V(31), 0xffffffffffffffff, 0xffffffffffffffff } } },
    { "basic", A64_ORR_v_imm32_lsl8, 0x4f043420, /* orr v0.4s, #0x81, lsl #8 */
      .vin = { { V(0), R5 } }, .vout = { { V(0), 0x6a5de70af9a3e38e, 0x4a89cdb7e48f93b9 } } },
    { "q0", A64_ORR_v_imm32_lsl8, 0x0f0737e0, /* orr v0.2s, #0xff, lsl #8 */
      .vin = { { V(0), R6 } }, .vout = { { V(0), 0xdabeffcad37bffc6, 0 } } },
    { "zero", A64_ORR_v_imm32_lsl8, 0x4f003405, /* orr v5.4s, #0, lsl #8 */
      },
    { "basic", A64_BIC_v_imm32_lsl8, 0x6f043420, /* bic v0.4s, #0x81, lsl #8 */
      .vin = { { V(0), 0xffffffffffffffff, 0xffffffffffffffff } },
      .vout = { { V(0), 0xffff7effffff7eff, 0xffff7effffff7eff } } },
    { "q0", A64_BIC_v_imm32_lsl8, 0x2f0737e0, /* bic v0.2s, #0xff, lsl #8 */
      .vin = { { V(0), R7 } }, .vout = { { V(0), 0x0cf100f45625001b, 0 } } },
    { "zero", A64_BIC_v_imm32_lsl8, 0x6f003405, /* bic v5.4s, #0, lsl #8 */
      },
    { "basic", A64_MOVI_32_lsl16, 0x4f054560, /* movi v0.4s, #0xab, lsl #16 */
      .vout = { { V(0), 0x00ab000000ab0000, 0x00ab000000ab0000 } } },
    { "q0", A64_MOVI_32_lsl16, 0x0f0747e0, /* movi v0.2s, #0xff, lsl #16 */
      .vout = { { V(0), 0x00ff000000ff0000, 0 } } },
    { "zero", A64_MOVI_32_lsl16, 0x4f00441f, /* movi v31.4s, #0, lsl #16 */
      .vout = { { V(31), 0, 0 } } },
    { "basic", A64_MVNI_32_lsl16, 0x6f054560, /* mvni v0.4s, #0xab, lsl #16 */
      .vout = { { V(0), 0xff54ffffff54ffff, 0xff54ffffff54ffff } } },
    { "q0", A64_MVNI_32_lsl16, 0x2f0747e0, /* mvni v0.2s, #0xff, lsl #16 */
      .vout = { { V(0), 0xff00ffffff00ffff, 0 } } },
    { "zero", A64_MVNI_32_lsl16, 0x6f00441f, /* mvni v31.4s, #0, lsl #16 */
      .vout = { { V(31), 0xffffffffffffffff, 0xffffffffffffffff } } },
    { "basic", A64_ORR_v_imm32_lsl16, 0x4f045420, /* orr v0.4s, #0x81, lsl #16 */
      .vin = { { V(0), R8 } }, .vout = { { V(0), 0xb4a3165de1ab3e01, 0x408db70f96cf03c0 } } },
    { "q0", A64_ORR_v_imm32_lsl16, 0x0f0757e0, /* orr v0.2s, #0xff, lsl #16 */
      .vin = { { V(0), R9 } }, .vout = { { V(0), 0xe6ffacdf20ffd7c4, 0 } } },
    { "zero", A64_ORR_v_imm32_lsl16, 0x4f005405, /* orr v5.4s, #0, lsl #16 */
      },
    { "basic", A64_BIC_v_imm32_lsl16, 0x6f045420, /* bic v0.4s, #0x81, lsl #16 */
      .vin = { { V(0), 0xffffffffffffffff, 0xffffffffffffffff } },
      .vout = { { V(0), 0xff7effffff7effff, 0xff7effffff7effff } } },
    { "q0", A64_BIC_v_imm32_lsl16, 0x2f0757e0, /* bic v0.2s, #0xff, lsl #16 */
      .vin = { { V(0), R0 } }, .vout = { { V(0), 0x740082321e00049e, 0 } } },
    { "zero", A64_BIC_v_imm32_lsl16, 0x6f005405, /* bic v5.4s, #0, lsl #16 */
      },
    { "basic", A64_MOVI_32_lsl24, 0x4f056560, /* movi v0.4s, #0xab, lsl #24 */
      .vout = { { V(0), 0xab000000ab000000, 0xab000000ab000000 } } },
    { "q0", A64_MOVI_32_lsl24, 0x0f0767e0, /* movi v0.2s, #0xff, lsl #24 */
      .vout = { { V(0), 0xff000000ff000000, 0 } } },
    { "zero", A64_MOVI_32_lsl24, 0x4f00641f, /* movi v31.4s, #0, lsl #24 */
      .vout = { { V(31), 0, 0 } } },
    { "basic", A64_MVNI_32_lsl24, 0x6f056560, /* mvni v0.4s, #0xab, lsl #24 */
      .vout = { { V(0), 0x54ffffff54ffffff, 0x54ffffff54ffffff } } },
    { "q0", A64_MVNI_32_lsl24, 0x2f0767e0, /* mvni v0.2s, #0xff, lsl #24 */
      .vout = { { V(0), 0x00ffffff00ffffff, 0 } } },
    { "zero", A64_MVNI_32_lsl24, 0x6f00641f, /* mvni v31.4s, #0, lsl #24 */
      .vout = { { V(31), 0xffffffffffffffff, 0xffffffffffffffff } } },
    { "basic", A64_ORR_v_imm32_lsl24, 0x4f047420, /* orr v0.4s, #0x81, lsl #24 */
      .vin = { { V(0), R1 } }, .vout = { { V(0), 0xc342aadbc9f429a4, 0xeb7a79959588532d } } },
    { "q0", A64_ORR_v_imm32_lsl24, 0x0f0777e0, /* orr v0.2s, #0xff, lsl #24 */
      .vin = { { V(0), R2 } }, .vout = { { V(0), 0xfff3bd58ff60fb1c, 0 } } },
    { "zero", A64_ORR_v_imm32_lsl24, 0x4f007405, /* orr v5.4s, #0, lsl #24 */
      },
    { "basic", A64_BIC_v_imm32_lsl24, 0x6f047420, /* bic v0.4s, #0x81, lsl #24 */
      .vin = { { V(0), 0xffffffffffffffff, 0xffffffffffffffff } },
      .vout = { { V(0), 0x7effffff7effffff, 0x7effffff7effffff } } },
    { "q0", A64_BIC_v_imm32_lsl24, 0x2f0777e0, /* bic v0.2s, #0xff, lsl #24 */
      .vin = { { V(0), R3 } }, .vout = { { V(0), 0x00b1b64600be40f5, 0 } } },
    { "zero", A64_BIC_v_imm32_lsl24, 0x6f007405, /* bic v5.4s, #0, lsl #24 */
      },
    { "basic", A64_MOVI_16_lsl0, 0x4f058560, /* movi v0.8h, #0xab, lsl #0 */
      .vout = { { V(0), 0x00ab00ab00ab00ab, 0x00ab00ab00ab00ab } } },
    { "q0", A64_MOVI_16_lsl0, 0x0f0787e0, /* movi v0.4h, #0xff, lsl #0 */
      .vout = { { V(0), 0x00ff00ff00ff00ff, 0 } } },
    { "zero", A64_MOVI_16_lsl0, 0x4f00841f, /* movi v31.8h, #0, lsl #0 */
      .vout = { { V(31), 0, 0 } } },
    { "basic", A64_MVNI_16_lsl0, 0x6f058560, /* mvni v0.8h, #0xab, lsl #0 */
      .vout = { { V(0), 0xff54ff54ff54ff54, 0xff54ff54ff54ff54 } } },
    { "q0", A64_MVNI_16_lsl0, 0x2f0787e0, /* mvni v0.4h, #0xff, lsl #0 */
      .vout = { { V(0), 0xff00ff00ff00ff00, 0 } } },
    { "zero", A64_MVNI_16_lsl0, 0x6f00841f, /* mvni v31.8h, #0, lsl #0 */
      .vout = { { V(31), 0xffffffffffffffff, 0xffffffffffffffff } } },
    { "basic", A64_ORR_v_imm16_lsl0, 0x4f049420, /* orr v0.8h, #0x81, lsl #0 */
      .vin = { { V(0), R4 } }, .vout = { { V(0), 0xda9b19d160c50eb7, 0x5b89acc313a5bf87 } } },
    { "q0", A64_ORR_v_imm16_lsl0, 0x0f0797e0, /* orr v0.4h, #0xff, lsl #0 */
      .vin = { { V(0), R5 } }, .vout = { { V(0), 0x6aff67fff9ff63ff, 0 } } },
    { "zero", A64_ORR_v_imm16_lsl0, 0x4f009405, /* orr v5.8h, #0, lsl #0 */
      },
    { "basic", A64_BIC_v_imm16_lsl0, 0x6f049420, /* bic v0.8h, #0x81, lsl #0 */
      .vin = { { V(0), 0xffffffffffffffff, 0xffffffffffffffff } },
      .vout = { { V(0), 0xff7eff7eff7eff7e, 0xff7eff7eff7eff7e } } },
    { "q0", A64_BIC_v_imm16_lsl0, 0x2f0797e0, /* bic v0.4h, #0xff, lsl #0 */
      .vin = { { V(0), R6 } }, .vout = { { V(0), 0xda002200d3001700, 0 } } },
    { "zero", A64_BIC_v_imm16_lsl0, 0x6f009405, /* bic v5.8h, #0, lsl #0 */
      },
    { "basic", A64_MOVI_16_lsl8, 0x4f05a560, /* movi v0.8h, #0xab, lsl #8 */
      .vout = { { V(0), 0xab00ab00ab00ab00, 0xab00ab00ab00ab00 } } },
    { "q0", A64_MOVI_16_lsl8, 0x0f07a7e0, /* movi v0.4h, #0xff, lsl #8 */
      .vout = { { V(0), 0xff00ff00ff00ff00, 0 } } },
    { "zero", A64_MOVI_16_lsl8, 0x4f00a41f, /* movi v31.8h, #0, lsl #8 */
      .vout = { { V(31), 0, 0 } } },
    { "basic", A64_MVNI_16_lsl8, 0x6f05a560, /* mvni v0.8h, #0xab, lsl #8 */
      .vout = { { V(0), 0x54ff54ff54ff54ff, 0x54ff54ff54ff54ff } } },
    { "q0", A64_MVNI_16_lsl8, 0x2f07a7e0, /* mvni v0.4h, #0xff, lsl #8 */
      .vout = { { V(0), 0x00ff00ff00ff00ff, 0 } } },
    { "zero", A64_MVNI_16_lsl8, 0x6f00a41f, /* mvni v31.8h, #0, lsl #8 */
      .vout = { { V(31), 0xffffffffffffffff, 0xffffffffffffffff } } },
    { "basic", A64_ORR_v_imm16_lsl8, 0x4f04b420, /* orr v0.8h, #0x81, lsl #8 */
      .vin = { { V(0), R7 } }, .vout = { { V(0), 0x8df197f4d725871b, 0xa5248b60a1d0b39c } } },
    { "q0", A64_ORR_v_imm16_lsl8, 0x0f07b7e0, /* orr v0.4h, #0xff, lsl #8 */
      .vin = { { V(0), R8 } }, .vout = { { V(0), 0xffa3ff5dffabff01, 0 } } },
    { "zero", A64_ORR_v_imm16_lsl8, 0x4f00b405, /* orr v5.8h, #0, lsl #8 */
      },
    { "basic", A64_BIC_v_imm16_lsl8, 0x6f04b420, /* bic v0.8h, #0x81, lsl #8 */
      .vin = { { V(0), 0xffffffffffffffff, 0xffffffffffffffff } },
      .vout = { { V(0), 0x7eff7eff7eff7eff, 0x7eff7eff7eff7eff } } },
    { "q0", A64_BIC_v_imm16_lsl8, 0x2f07b7e0, /* bic v0.4h, #0xff, lsl #8 */
      .vin = { { V(0), R9 } }, .vout = { { V(0), 0x008300df006000c4, 0 } } },
    { "zero", A64_BIC_v_imm16_lsl8, 0x6f00b405, /* bic v5.8h, #0, lsl #8 */
      },
    { "msl8", A64_MOVI_32_msl, 0x4f05c560, /* movi v0.4s, #0xab, msl #8 */
      .vout = { { V(0), 0x0000abff0000abff, 0x0000abff0000abff } } },
    { "msl16", A64_MOVI_32_msl, 0x4f05d560, /* movi v0.4s, #0xab, msl #16 */
      .vout = { { V(0), 0x00abffff00abffff, 0x00abffff00abffff } } },
    { "msl8_q0", A64_MOVI_32_msl, 0x0f00c400, /* movi v0.2s, #0x00, msl #8 */
      .vout = { { V(0), 0x000000ff000000ff, 0 } } },
    { "msl16_q0", A64_MOVI_32_msl, 0x0f07d7e9, /* movi v9.2s, #0xff, msl #16 */
      .vout = { { V(9), 0x00ffffff00ffffff, 0 } } },
    { "msl8", A64_MVNI_32_msl, 0x6f05c560, /* mvni v0.4s, #0xab, msl #8 */
      .vout = { { V(0), 0xffff5400ffff5400, 0xffff5400ffff5400 } } },
    { "msl16", A64_MVNI_32_msl, 0x6f05d560, /* mvni v0.4s, #0xab, msl #16 */
      .vout = { { V(0), 0xff540000ff540000, 0xff540000ff540000 } } },
    { "msl8_q0", A64_MVNI_32_msl, 0x2f00c400, /* mvni v0.2s, #0x00, msl #8 */
      .vout = { { V(0), 0xffffff00ffffff00, 0 } } },
    { "msl16_q0", A64_MVNI_32_msl, 0x2f07d7e9, /* mvni v9.2s, #0xff, msl #16 */
      .vout = { { V(9), 0xff000000ff000000, 0 } } },
    { "basic", A64_MOVI_8, 0x4f05e560, /* movi v0.16b, #0xab */
      .vout = { { V(0), 0xabababababababab, 0xabababababababab } } },
    { "q0", A64_MOVI_8, 0x0f07e7e0, /* movi v0.8b, #0xff */
      .vout = { { V(0), 0xffffffffffffffff, 0 } } },
    { "zero", A64_MOVI_8, 0x4f00e41f, /* movi v31.16b, #0 */
      .vout = { { V(31), 0, 0 } } },
    { "scalar", A64_MOVI_64, 0x2f05e540, /* movi d0, #0xff00ff00ff00ff00 */
      .vout = { { V(0), 0xff00ff00ff00ff00, 0 } } },
    { "scalar_ones", A64_MOVI_64, 0x2f07e7e7, /* movi d7, #0xffffffffffffffff */
      .vout = { { V(7), 0xffffffffffffffff, 0 } } },
    { "vector", A64_MOVI_64, 0x6f02e5a0, /* movi v0.2d, #0x00ff0000ffff00ff */
      .vout = { { V(0), 0x00ff0000ffff00ff, 0x00ff0000ffff00ff } } },
    { "vector_zero", A64_MOVI_64, 0x6f00e41f, /* movi v31.2d, #0 */
      .vout = { { V(31), 0, 0 } } },
    { "fp_trap", A64_MOVI_8, 0x4f00e420, /* movi v0.16b, #1 */ FP_TRAP },

    /* shift by immediate: right shifts (shift = 2 * esize - immh:immb) */
    { "b1", A64_SSHR_v, 0x4f0f0420, /* sshr v0.16b, v1.16b, #1 */
      .vin = { { V(0), R0 }, { V(1), EN_B } },
      .vout = { { V(0), 0x2ac03f0000ffc03f, 0x2ac03f0000ffc03f } } },
    { "h16", A64_SSHR_v, 0x4f100420, /* sshr v0.8h, v1.8h, #16 */
      .vin = { { V(0), R1 }, { V(1), EN_H } },
      .vout = { { V(0), 0x0000ffffffff0000, 0x0000ffff00000000 } } },
    { "s7", A64_SSHR_v, 0x4f390420, /* sshr v0.4s, v1.4s, #7 */
      .vin = { { V(0), R2 }, { V(1), EN_S } },
      .vout = { { V(0), 0xff00000000ffffff, 0x00000000ffffffff } } },
    { "d64", A64_SSHR_v, 0x4f400420, /* sshr v0.2d, v1.2d, #64 */
      .vin = { { V(0), R3 }, { V(1), EN_D } }, .vout = { { V(0), 0, 0xffffffffffffffff } } },
    { "d1", A64_SSHR_v, 0x4f7f0420, /* sshr v0.2d, v1.2d, #1 */
      .vin = { { V(0), R4 }, { V(1), EN2_D } }, .vout = { { V(0), 0, 0 } } },
    { "q0_vd_vn", A64_SSHR_v, 0x0f210421, /* sshr v1.2s, v1.2s, #31 */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0xffffffff00000000, 0 } } },
    { "ties", A64_SSHR_v, 0x4f1e0420, /* sshr v0.8h, v1.8h, #2 */
      .vin = { { V(0), 0x0100010001000100, 0x0100010001000100 },
               { V(1), 0xfffafffe00060002, 0x80027ffeffff0001 } },
      .vout = { { V(0), 0xfffeffff00010000, 0xe0001fffffff0000 } } },
    { "1d", A64_SSHR_v, 0x0f7d0420, /* sshr .1d: immh<3> = 1 with Q = 0 (reserved) */ UNDEF },
    { "b1", A64_USHR_v, 0x6f0f0420, /* ushr v0.16b, v1.16b, #1 */
      .vin = { { V(0), R5 }, { V(1), EN_B } },
      .vout = { { V(0), 0x2a403f00007f403f, 0x2a403f00007f403f } } },
    { "h16", A64_USHR_v, 0x6f100420, /* ushr v0.8h, v1.8h, #16 */
      .vin = { { V(0), R6 }, { V(1), EN_H } }, .vout = { { V(0), 0, 0 } } },
    { "s7", A64_USHR_v, 0x6f390420, /* ushr v0.4s, v1.4s, #7 */
      .vin = { { V(0), R7 }, { V(1), EN_S } },
      .vout = { { V(0), 0x0100000000ffffff, 0x0000000001ffffff } } },
    { "d64", A64_USHR_v, 0x6f400420, /* ushr v0.2d, v1.2d, #64 */
      .vin = { { V(0), R8 }, { V(1), EN_D } }, .vout = { { V(0), 0, 0 } } },
    { "d1", A64_USHR_v, 0x6f7f0420, /* ushr v0.2d, v1.2d, #1 */
      .vin = { { V(0), R9 }, { V(1), EN2_D } }, .vout = { { V(0), 0, 0 } } },
    { "q0_vd_vn", A64_USHR_v, 0x2f210421, /* ushr v1.2s, v1.2s, #31 */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0x0000000100000000, 0 } } },
    { "ties", A64_USHR_v, 0x6f1e0420, /* ushr v0.8h, v1.8h, #2 */
      .vin = { { V(0), 0x0100010001000100, 0x0100010001000100 },
               { V(1), 0xfffafffe00060002, 0x80027ffeffff0001 } },
      .vout = { { V(0), 0x3ffe3fff00010000, 0x20001fff3fff0000 } } },
    { "1d", A64_USHR_v, 0x2f7d0420, /* ushr .1d: immh<3> = 1 with Q = 0 (reserved) */ UNDEF },
    { "b1", A64_SSRA_v, 0x4f0f1420, /* ssra v0.16b, v1.16b, #1 */
      .vin = { { V(0), R0 }, { V(1), EN_B } },
      .vout = { { V(0), 0x9e58c1321e34c4dd, 0xa38801926b9375f4 } } },
    { "h16", A64_SSRA_v, 0x4f101420, /* ssra v0.8h, v1.8h, #16 */
      .vin = { { V(0), R1 }, { V(1), EN_H } },
      .vout = { { V(0), 0x4242aadac8f329a4, 0xeb7a79949588532d } } },
    { "s7", A64_SSRA_v, 0x4f391420, /* ssra v0.4s, v1.4s, #7 */
      .vin = { { V(0), R2 }, { V(1), EN_S } },
      .vout = { { V(0), 0x3bf3bd58db60fb1b, 0x515c61236c88c536 } } },
    { "d64", A64_SSRA_v, 0x4f401420, /* ssra v0.2d, v1.2d, #64 */
      .vin = { { V(0), R3 }, { V(1), EN_D } },
      .vout = { { V(0), 0xf4b1b64633be40f5, 0x88718c966f3d88f6 } } },
    { "d1", A64_SSRA_v, 0x4f7f1420, /* ssra v0.2d, v1.2d, #1 */
      .vin = { { V(0), R4 }, { V(1), EN2_D } } },
    { "q0_vd_vn", A64_SSRA_v, 0x0f211421, /* ssra v1.2s, v1.2s, #31 */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0xfffffffe00000001, 0 } } },
    { "ties", A64_SSRA_v, 0x4f1e1420, /* ssra v0.8h, v1.8h, #2 */
      .vin = { { V(0), 0x0100010001000100, 0x0100010001000100 },
               { V(1), 0xfffafffe00060002, 0x80027ffeffff0001 } },
      .vout = { { V(0), 0x00fe00ff01010100, 0xe10020ff00ff0100 } } },
    { "1d", A64_SSRA_v, 0x0f7d1420, /* ssra .1d: immh<3> = 1 with Q = 0 (reserved) */ UNDEF },
    { "b1", A64_USRA_v, 0x6f0f1420, /* usra v0.16b, v1.16b, #1 */
      .vin = { { V(0), R5 }, { V(1), EN_B } },
      .vout = { { V(0), 0x949da60af922a3cd, 0x74c98cb7e40e52f8 } } },
    { "h16", A64_USRA_v, 0x6f101420, /* usra v0.8h, v1.8h, #16 */
      .vin = { { V(0), R6 }, { V(1), EN_H } } },
    { "s7", A64_USRA_v, 0x6f391420, /* usra v0.4s, v1.4s, #7 */
      .vin = { { V(0), R7 }, { V(1), EN_S } },
      .vout = { { V(0), 0x0df197f45725871a, 0xa5240b6022d0b29b } } },
    { "d64", A64_USRA_v, 0x6f401420, /* usra v0.2d, v1.2d, #64 */
      .vin = { { V(0), R8 }, { V(1), EN_D } } },
    { "d1", A64_USRA_v, 0x6f7f1420, /* usra v0.2d, v1.2d, #1 */
      .vin = { { V(0), R9 }, { V(1), EN2_D } } },
    { "q0_vd_vn", A64_USRA_v, 0x2f211421, /* usra v1.2s, v1.2s, #31 */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0x1, 0 } } },
    { "ties", A64_USRA_v, 0x6f1e1420, /* usra v0.8h, v1.8h, #2 */
      .vin = { { V(0), 0x0100010001000100, 0x0100010001000100 },
               { V(1), 0xfffafffe00060002, 0x80027ffeffff0001 } },
      .vout = { { V(0), 0x40fe40ff01010100, 0x210020ff40ff0100 } } },
    { "1d", A64_USRA_v, 0x2f7d1420, /* usra .1d: immh<3> = 1 with Q = 0 (reserved) */ UNDEF },
    { "b1", A64_SRSHR_v, 0x4f0f2420, /* srshr v0.16b, v1.16b, #1 */
      .vin = { { V(0), R0 }, { V(1), EN_B } },
      .vout = { { V(0), 0x2bc13f010000c040, 0x2bc13f010000c040 } } },
    { "h16", A64_SRSHR_v, 0x4f102420, /* srshr v0.8h, v1.8h, #16 */
      .vin = { { V(0), R1 }, { V(1), EN_H } }, .vout = { { V(0), 0, 0 } } },
    { "s7", A64_SRSHR_v, 0x4f392420, /* srshr v0.4s, v1.4s, #7 */
      .vin = { { V(0), R2 }, { V(1), EN_S } }, .vout = { { V(0), 0xff00000001000000, 0 } } },
    { "d64", A64_SRSHR_v, 0x4f402420, /* srshr v0.2d, v1.2d, #64 */
      .vin = { { V(0), R3 }, { V(1), EN_D } }, .vout = { { V(0), 0, 0 } } },
    { "d1", A64_SRSHR_v, 0x4f7f2420, /* srshr v0.2d, v1.2d, #1 */
      .vin = { { V(0), R4 }, { V(1), EN2_D } }, .vout = { { V(0), 0, 0x1 } } },
    { "q0_vd_vn", A64_SRSHR_v, 0x0f212421, /* srshr v1.2s, v1.2s, #31 */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0, 0 } } },
    { "ties", A64_SRSHR_v, 0x4f1e2420, /* srshr v0.8h, v1.8h, #2 */
      .vin = { { V(0), 0x0100010001000100, 0x0100010001000100 },
               { V(1), 0xfffafffe00060002, 0x80027ffeffff0001 } },
      .vout = { { V(0), 0xffff000000020001, 0xe001200000000000 } } },
    { "1d", A64_SRSHR_v, 0x0f7d2420, /* srshr .1d: immh<3> = 1 with Q = 0 (reserved) */ UNDEF },
    { "b1", A64_URSHR_v, 0x6f0f2420, /* urshr v0.16b, v1.16b, #1 */
      .vin = { { V(0), R5 }, { V(1), EN_B } },
      .vout = { { V(0), 0x2b413f0100804040, 0x2b413f0100804040 } } },
    { "h16", A64_URSHR_v, 0x6f102420, /* urshr v0.8h, v1.8h, #16 */
      .vin = { { V(0), R6 }, { V(1), EN_H } },
      .vout = { { V(0), 0x0000000100010000, 0x0000000100000000 } } },
    { "s7", A64_URSHR_v, 0x6f392420, /* urshr v0.4s, v1.4s, #7 */
      .vin = { { V(0), R7 }, { V(1), EN_S } },
      .vout = { { V(0), 0x0100000001000000, 0x0000000002000000 } } },
    { "d64", A64_URSHR_v, 0x6f402420, /* urshr v0.2d, v1.2d, #64 */
      .vin = { { V(0), R8 }, { V(1), EN_D } }, .vout = { { V(0), 0, 0x1 } } },
    { "d1", A64_URSHR_v, 0x6f7f2420, /* urshr v0.2d, v1.2d, #1 */
      .vin = { { V(0), R9 }, { V(1), EN2_D } }, .vout = { { V(0), 0, 0x1 } } },
    { "q0_vd_vn", A64_URSHR_v, 0x2f212421, /* urshr v1.2s, v1.2s, #31 */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0x0000000200000000, 0 } } },
    { "ties", A64_URSHR_v, 0x6f1e2420, /* urshr v0.8h, v1.8h, #2 */
      .vin = { { V(0), 0x0100010001000100, 0x0100010001000100 },
               { V(1), 0xfffafffe00060002, 0x80027ffeffff0001 } },
      .vout = { { V(0), 0x3fff400000020001, 0x2001200040000000 } } },
    { "1d", A64_URSHR_v, 0x2f7d2420, /* urshr .1d: immh<3> = 1 with Q = 0 (reserved) */ UNDEF },
    { "b1", A64_SRSRA_v, 0x4f0f3420, /* srsra v0.16b, v1.16b, #1 */
      .vin = { { V(0), R0 }, { V(1), EN_B } },
      .vout = { { V(0), 0x9f59c1331e35c4de, 0xa48901936b9475f5 } } },
    { "h16", A64_SRSRA_v, 0x4f103420, /* srsra v0.8h, v1.8h, #16 */
      .vin = { { V(0), R1 }, { V(1), EN_H } } },
    { "s7", A64_SRSRA_v, 0x4f393420, /* srsra v0.4s, v1.4s, #7 */
      .vin = { { V(0), R2 }, { V(1), EN_S } },
      .vout = { { V(0), 0x3bf3bd58db60fb1c, 0x515c61236c88c537 } } },
    { "d64", A64_SRSRA_v, 0x4f403420, /* srsra v0.2d, v1.2d, #64 */
      .vin = { { V(0), R3 }, { V(1), EN_D } } },
    { "d1", A64_SRSRA_v, 0x4f7f3420, /* srsra v0.2d, v1.2d, #1 */
      .vin = { { V(0), R4 }, { V(1), EN2_D } },
      .vout = { { V(0), 0xda1b195060c40eb7, 0x5b08acc213a5bf08 } } },
    { "q0_vd_vn", A64_SRSRA_v, 0x0f213421, /* srsra v1.2s, v1.2s, #31 */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0xffffffff00000001, 0 } } },
    { "ties", A64_SRSRA_v, 0x4f1e3420, /* srsra v0.8h, v1.8h, #2 */
      .vin = { { V(0), 0x0100010001000100, 0x0100010001000100 },
               { V(1), 0xfffafffe00060002, 0x80027ffeffff0001 } },
      .vout = { { V(0), 0x00ff010001020101, 0xe101210001000100 } } },
    { "1d", A64_SRSRA_v, 0x0f7d3420, /* srsra .1d: immh<3> = 1 with Q = 0 (reserved) */ UNDEF },
    { "b1", A64_URSRA_v, 0x6f0f3420, /* ursra v0.16b, v1.16b, #1 */
      .vin = { { V(0), R5 }, { V(1), EN_B } },
      .vout = { { V(0), 0x959ea60bf923a3ce, 0x75ca8cb8e40f52f9 } } },
    { "h16", A64_URSRA_v, 0x6f103420, /* ursra v0.8h, v1.8h, #16 */
      .vin = { { V(0), R6 }, { V(1), EN_H } },
      .vout = { { V(0), 0xdabe22cbd37c17c6, 0x82b9bfbd91ba7257 } } },
    { "s7", A64_URSRA_v, 0x6f393420, /* ursra v0.4s, v1.4s, #7 */
      .vin = { { V(0), R7 }, { V(1), EN_S } },
      .vout = { { V(0), 0x0df197f45725871b, 0xa5240b6022d0b29c } } },
    { "d64", A64_URSRA_v, 0x6f403420, /* ursra v0.2d, v1.2d, #64 */
      .vin = { { V(0), R8 }, { V(1), EN_D } },
      .vout = { { V(0), 0xb4a3165de1ab3e01, 0x400cb70f964e03c1 } } },
    { "d1", A64_URSRA_v, 0x6f7f3420, /* ursra v0.2d, v1.2d, #1 */
      .vin = { { V(0), R9 }, { V(1), EN2_D } },
      .vout = { { V(0), 0xe683acdf2060d7c4, 0x83d8e92df2adcc0f } } },
    { "q0_vd_vn", A64_URSRA_v, 0x2f213421, /* ursra v1.2s, v1.2s, #31 */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0x0000000100000001, 0 } } },
    { "ties", A64_URSRA_v, 0x6f1e3420, /* ursra v0.8h, v1.8h, #2 */
      .vin = { { V(0), 0x0100010001000100, 0x0100010001000100 },
               { V(1), 0xfffafffe00060002, 0x80027ffeffff0001 } },
      .vout = { { V(0), 0x40ff410001020101, 0x2101210041000100 } } },
    { "1d", A64_URSRA_v, 0x2f7d3420, /* ursra .1d: immh<3> = 1 with Q = 0 (reserved) */ UNDEF },
    { "b1", A64_SRI_v, 0x6f0f4420, /* sri v0.16b, v1.16b, #1 */
      .vin = { { V(0), R0 }, { V(1), EN_B } },
      .vout = { { V(0), 0x2ac0bf00007f40bf, 0x2ac0bf8000ffc0bf } } },
    { "h16", A64_SRI_v, 0x6f104420, /* sri v0.8h, v1.8h, #16 */
      .vin = { { V(0), R1 }, { V(1), EN_H } } },
    { "s7", A64_SRI_v, 0x6f394420, /* sri v0.4s, v1.4s, #7 */
      .vin = { { V(0), R2 }, { V(1), EN_S } },
      .vout = { { V(0), 0x3d000000daffffff, 0x500000006dffffff } } },
    { "d64", A64_SRI_v, 0x6f404420, /* sri v0.2d, v1.2d, #64 */
      .vin = { { V(0), R3 }, { V(1), EN_D } } },
    { "d1", A64_SRI_v, 0x6f7f4420, /* sri v0.2d, v1.2d, #1 */
      .vin = { { V(0), R4 }, { V(1), EN2_D } }, .vout = { { V(0), 0x8000000000000000, 0 } } },
    { "q0_vd_vn", A64_SRI_v, 0x2f214421, /* sri v1.2s, v1.2s, #31 */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0xffffffff00000000, 0 } } },
    { "ties", A64_SRI_v, 0x6f1e4420, /* sri v0.8h, v1.8h, #2 */
      .vin = { { V(0), 0x0100010001000100, 0x0100010001000100 },
               { V(1), 0xfffafffe00060002, 0x80027ffeffff0001 } },
      .vout = { { V(0), 0x3ffe3fff00010000, 0x20001fff3fff0000 } } },
    { "1d", A64_SRI_v, 0x2f7d4420, /* sri .1d: immh<3> = 1 with Q = 0 (reserved) */ UNDEF },

    /* shift by immediate: left shifts (shift = immh:immb - esize) */
    { "b0", A64_SHL_v, 0x4f085420, /* shl v0.16b, v1.16b, #0 */
      .vin = { { V(0), R5 }, { V(1), EN_B } },
      .vout = { { V(0), 0x55817e0100ff807f, 0x55817e0100ff807f } } },
    { "b7", A64_SHL_v, 0x4f0f5420, /* shl v0.16b, v1.16b, #7 */
      .vin = { { V(0), R6 }, { V(1), EN_B } },
      .vout = { { V(0), 0x8080008000800080, 0x8080008000800080 } } },
    { "h1", A64_SHL_v, 0x4f115420, /* shl v0.8h, v1.8h, #1 */
      .vin = { { V(0), R7 }, { V(1), EN_H } },
      .vout = { { V(0), 0x0000fffe0000fffe, 0xaaaa0002fffc0002 } } },
    { "s31", A64_SHL_v, 0x4f3f5420, /* shl v0.4s, v1.4s, #31 */
      .vin = { { V(0), R8 }, { V(1), EN_S } },
      .vout = { { V(0), 0x0000000080000000, 0x0000000080000000 } } },
    { "d63", A64_SHL_v, 0x4f7f5420, /* shl v0.2d, v1.2d, #63 */
      .vin = { { V(0), R9 }, { V(1), EN_D } }, .vout = { { V(0), 0x8000000000000000, 0 } } },
    { "q0_vd_vn", A64_SHL_v, 0x0f145421, /* shl v1.4h, v1.4h, #4 */
      .vin = { { V(1), 0xf7fff80010000fff, 0xf7fff80010000fff } },
      .vout = { { V(1), 0x7ff080000000fff0, 0 } } },
    { "1d", A64_SHL_v, 0x0f435420, /* shl .1d: immh<3> = 1 with Q = 0 (reserved) */ UNDEF },
    { "b0", A64_SLI_v, 0x6f085420, /* sli v0.16b, v1.16b, #0 */
      .vin = { { V(0), R0 }, { V(1), EN_B } },
      .vout = { { V(0), 0x55817e0100ff807f, 0x55817e0100ff807f } } },
    { "b7", A64_SLI_v, 0x6f0f5420, /* sli v0.16b, v1.16b, #7 */
      .vin = { { V(0), R1 }, { V(1), EN_B } },
      .vout = { { V(0), 0xc2c22adb48f429a4, 0xebfa7995158853ad } } },
    { "h1", A64_SLI_v, 0x6f115420, /* sli v0.8h, v1.8h, #1 */
      .vin = { { V(0), R2 }, { V(1), EN_H } },
      .vout = { { V(0), 0x0001fffe0000fffe, 0xaaaa0003fffc0003 } } },
    { "s31", A64_SLI_v, 0x6f3f5420, /* sli v0.4s, v1.4s, #31 */
      .vin = { { V(0), R3 }, { V(1), EN_S } },
      .vout = { { V(0), 0x74b1b646b3be40f5, 0x08718c96ef3d88f7 } } },
    { "d63", A64_SLI_v, 0x6f7f5420, /* sli v0.2d, v1.2d, #63 */
      .vin = { { V(0), R4 }, { V(1), EN_D } } },
    { "q0_vd_vn", A64_SLI_v, 0x2f145421, /* sli v1.4h, v1.4h, #4 */
      .vin = { { V(1), 0xf7fff80010000fff, 0xf7fff80010000fff } },
      .vout = { { V(1), 0x7fff80000000ffff, 0 } } },
    { "1d", A64_SLI_v, 0x2f435420, /* sli .1d: immh<3> = 1 with Q = 0 (reserved) */ UNDEF },
    { "b0", A64_SQSHL_v_imm, 0x4f087420, /* sqshl v0.16b, v1.16b, #0 */
      .vin = { { V(0), R5 }, { V(1), EN_B } },
      .vout = { { V(0), 0x55817e0100ff807f, 0x55817e0100ff807f } } },
    { "b7", A64_SQSHL_v_imm, 0x4f0f7420, /* sqshl v0.16b, v1.16b, #7 */
      .vin = { { V(0), R6 }, { V(1), EN_B } },
      .vout = { { V(0), 0x7f807f7f0080807f, 0x7f807f7f0080807f } }, .fpsr_out = QC },
    { "h1", A64_SQSHL_v_imm, 0x4f117420, /* sqshl v0.8h, v1.8h, #1 */
      .vin = { { V(0), R7 }, { V(1), EN_H } },
      .vout = { { V(0), 0x0000fffe80007fff, 0x7fff80007fff0002 } }, .fpsr_out = QC },
    { "s31", A64_SQSHL_v_imm, 0x4f3f7420, /* sqshl v0.4s, v1.4s, #31 */
      .vin = { { V(0), R8 }, { V(1), EN_S } },
      .vout = { { V(0), 0x800000007fffffff, 0x0000000080000000 } }, .fpsr_out = QC },
    { "d63", A64_SQSHL_v_imm, 0x4f7f7420, /* sqshl v0.2d, v1.2d, #63 */
      .vin = { { V(0), R9 }, { V(1), EN_D } },
      .vout = { { V(0), 0x7fffffffffffffff, 0x8000000000000000 } }, .fpsr_out = QC },
    { "q0_vd_vn", A64_SQSHL_v_imm, 0x0f147421, /* sqshl v1.4h, v1.4h, #4 */
      .vin = { { V(1), 0xf7fff80010000fff, 0xf7fff80010000fff } },
      .vout = { { V(1), 0x800080007fff7fff, 0 } }, .fpsr_out = QC },
    { "1d", A64_SQSHL_v_imm, 0x0f437420, /* sqshl .1d: immh<3> = 1 with Q = 0 (reserved) */ UNDEF },
    { "b0", A64_UQSHL_v_imm, 0x6f087420, /* uqshl v0.16b, v1.16b, #0 */
      .vin = { { V(0), R0 }, { V(1), EN_B } },
      .vout = { { V(0), 0x55817e0100ff807f, 0x55817e0100ff807f } } },
    { "b7", A64_UQSHL_v_imm, 0x6f0f7420, /* uqshl v0.16b, v1.16b, #7 */
      .vin = { { V(0), R1 }, { V(1), EN_B } },
      .vout = { { V(0), 0xffffff8000ffffff, 0xffffff8000ffffff } }, .fpsr_out = QC },
    { "h1", A64_UQSHL_v_imm, 0x6f117420, /* uqshl v0.8h, v1.8h, #1 */
      .vin = { { V(0), R2 }, { V(1), EN_H } },
      .vout = { { V(0), 0x0000fffffffffffe, 0xaaaafffffffc0002 } }, .fpsr_out = QC },
    { "s31", A64_UQSHL_v_imm, 0x6f3f7420, /* uqshl v0.4s, v1.4s, #31 */
      .vin = { { V(0), R3 }, { V(1), EN_S } },
      .vout = { { V(0), 0xffffffffffffffff, 0x00000000ffffffff } }, .fpsr_out = QC },
    { "d63", A64_UQSHL_v_imm, 0x6f7f7420, /* uqshl v0.2d, v1.2d, #63 */
      .vin = { { V(0), R4 }, { V(1), EN_D } },
      .vout = { { V(0), 0xffffffffffffffff, 0xffffffffffffffff } }, .fpsr_out = QC },
    { "q0_vd_vn", A64_UQSHL_v_imm, 0x2f147421, /* uqshl v1.4h, v1.4h, #4 */
      .vin = { { V(1), 0xf7fff80010000fff, 0xf7fff80010000fff } },
      .vout = { { V(1), 0xfffffffffffffff0, 0 } }, .fpsr_out = QC },
    { "1d", A64_UQSHL_v_imm, 0x2f437420, /* uqshl .1d: immh<3> = 1 with Q = 0 (reserved) */ UNDEF },
    { "b0", A64_SQSHLU_v, 0x6f086420, /* sqshlu v0.16b, v1.16b, #0 */
      .vin = { { V(0), R5 }, { V(1), EN_B } },
      .vout = { { V(0), 0x55007e010000007f, 0x55007e010000007f } }, .fpsr_out = QC },
    { "b7", A64_SQSHLU_v, 0x6f0f6420, /* sqshlu v0.16b, v1.16b, #7 */
      .vin = { { V(0), R6 }, { V(1), EN_B } },
      .vout = { { V(0), 0xff00ff80000000ff, 0xff00ff80000000ff } }, .fpsr_out = QC },
    { "h1", A64_SQSHLU_v, 0x6f116420, /* sqshlu v0.8h, v1.8h, #1 */
      .vin = { { V(0), R7 }, { V(1), EN_H } }, .vout = { { V(0), 0xfffe, 0xaaaa0000fffc0002 } },
      .fpsr_out = QC },
    { "s31", A64_SQSHLU_v, 0x6f3f6420, /* sqshlu v0.4s, v1.4s, #31 */
      .vin = { { V(0), R8 }, { V(1), EN_S } }, .vout = { { V(0), 0x00000000ffffffff, 0 } },
      .fpsr_out = QC },
    { "d63", A64_SQSHLU_v, 0x6f7f6420, /* sqshlu v0.2d, v1.2d, #63 */
      .vin = { { V(0), R9 }, { V(1), EN_D } }, .vout = { { V(0), 0xffffffffffffffff, 0 } },
      .fpsr_out = QC },
    { "q0_vd_vn", A64_SQSHLU_v, 0x2f146421, /* sqshlu v1.4h, v1.4h, #4 */
      .vin = { { V(1), 0xf7fff80010000fff, 0xf7fff80010000fff } },
      .vout = { { V(1), 0x00000000fffffff0, 0 } }, .fpsr_out = QC },
    { "1d", A64_SQSHLU_v, 0x2f436420, /* sqshlu .1d: immh<3> = 1 with Q = 0 (reserved) */ UNDEF },
    { "qc_kept", A64_SQSHL_v_imm, 0x4f217420, /* sqshl v0.4s, v1.4s, #1 */
      .vin = { { V(1), 0x0000000200000001, 0x0000000100000003 } }, .fpsr_in = QC,
      .vout = { { V(0), 0x0000000400000002, 0x0000000200000006 } }, .fpsr_out = QC },

    /* shift by immediate: narrowing (immh<3> = 1 reserved; Q=1 keeps the lower half) */
    /* shrn v0.8b, v1.8h, #1 */
    T2("b1", SHRN_v, 0x0f0f8420, EN_H, P(0xaa00ff0000ff00ff, 0)),
    { "b8_part2", A64_SHRN_v, 0x4f088420, /* shrn2 v0.16b, v1.8h, #8 */
      .vin = { { V(0), R0 }, { V(1), EM_H } },
      .vout = { { V(0), 0x749882321e35049e, 0xaa807fff807fff00 } } },
    /* shrn v0.4h, v1.4s, #16 */
    T2("h16", SHRN_v, 0x0f108420, EN_S, P(0x0000ffff80007fff, 0)),
    /* shrn v0.2s, v1.2d, #32 */
    T2("s32", SHRN_v, 0x0f208420, EN_D, P(0x800000007fffffff, 0)),
    { "s1_part2", A64_SHRN_v, 0x4f3f8420, /* shrn2 v0.4s, v1.2d, #1 */
      .vin = { { V(0), R1 }, { V(1), EM_D } },
      .vout = { { V(0), 0x4242aadbc8f429a4, 0xffffffff00000000 } } },
    /* shrn v0.8b, v1.8h, #4 */
    T2("ties", SHRN_v, 0x0f0c8420, P(0xffe8fff800180008, 0x0807f8080ff807f8),
       P(0x8080ff7ffeff0100, 0)),
    { "part2_vd_vn", A64_SHRN_v, 0x4f1d8421, /* shrn2 v1.8h, v1.4s, #3 */
      .vin = { { V(1), R2 } }, .vout = { { V(1), 0x3cf3bd58da60fb1c, 0x8c2418a677ab1f63 } } },
    { "immh3", A64_SHRN_v, 0x0f608420, /* shrn with immh<3> = 1 (reserved) */ UNDEF },
    /* rshrn v0.8b, v1.8h, #1 */
    T2("b1", RSHRN_v, 0x0f0f8c20, EN_H, P(0xab01ff0100000000, 0)),
    { "b8_part2", A64_RSHRN_v, 0x4f088c20, /* rshrn2 v0.16b, v1.8h, #8 */
      .vin = { { V(0), R3 }, { V(1), EM_H } },
      .vout = { { V(0), 0xf4b1b64633be40f5, 0xab80800080800000 } } },
    /* rshrn v0.4h, v1.4s, #16 */
    T2("h16", RSHRN_v, 0x0f108c20, EN_S, P(0x0000000080008000, 0)),
    /* rshrn v0.2s, v1.2d, #32 */
    T2("s32", RSHRN_v, 0x0f208c20, EN_D, P(0x8000000080000000, 0)),
    { "s1_part2", A64_RSHRN_v, 0x4f3f8c20, /* rshrn2 v0.4s, v1.2d, #1 */
      .vin = { { V(0), R4 }, { V(1), EM_D } }, .vout = { { V(0), 0xda1b195060c40eb7, 0x1 } } },
    /* rshrn v0.8b, v1.8h, #4 */
    T2("ties", RSHRN_v, 0x0f0c8c20, P(0xffe8fff800180008, 0x0807f8080ff807f8),
       P(0x80810080ff000201, 0)),
    { "part2_vd_vn", A64_RSHRN_v, 0x4f1d8c21, /* rshrn2 v1.8h, v1.4s, #3 */
      .vin = { { V(1), R5 } }, .vout = { { V(1), 0x6a5d670af9a3638e, 0x29b7e257ace16c72 } } },
    { "immh3", A64_RSHRN_v, 0x0f608c20, /* rshrn with immh<3> = 1 (reserved) */ UNDEF },
    /* sqshrn v0.8b, v1.8h, #1 */
    T2Q("b1", SQSHRN_v, 0x0f0f9420, EN_H, P(0x7f807f0000ff807f, 0)),
    { "b8_part2", A64_SQSHRN_v, 0x4f089420, /* sqshrn2 v0.16b, v1.8h, #8 */
      .vin = { { V(0), R6 }, { V(1), EM_H } },
      .vout = { { V(0), 0xdabe22cad37b17c6, 0xaa807fff807fff00 } } },
    /* sqshrn v0.4h, v1.4s, #16 */
    T2("h16", SQSHRN_v, 0x0f109420, EN_S, P(0x0000ffff80007fff, 0)),
    /* sqshrn v0.2s, v1.2d, #32 */
    T2("s32", SQSHRN_v, 0x0f209420, EN_D, P(0x800000007fffffff, 0)),
    { "s1_part2", A64_SQSHRN_v, 0x4f3f9420, /* sqshrn2 v0.4s, v1.2d, #1 */
      .vin = { { V(0), R7 }, { V(1), EM_D } },
      .vout = { { V(0), 0x0cf197f45625871b, 0xffffffff00000000 } } },
    /* sqshrn v0.8b, v1.8h, #4 */
    T2Q("ties", SQSHRN_v, 0x0f0c9420, P(0xffe8fff800180008, 0x0807f8080ff807f8),
       P(0x7f807f7ffeff0100, 0)),
    { "part2_vd_vn", A64_SQSHRN_v, 0x4f1d9421, /* sqshrn2 v1.8h, v1.4s, #3 */
      .vin = { { V(1), R8 } }, .vout = { { V(1), 0xb4a3165de1ab3e01, 0x7fff800080008000 } },
      .fpsr_out = QC },
    { "immh3", A64_SQSHRN_v, 0x0f609420, /* sqshrn with immh<3> = 1 (reserved) */ UNDEF },
    /* uqshrn v0.8b, v1.8h, #1 */
    T2Q("b1", UQSHRN_v, 0x2f0f9420, EN_H, P(0xffffff0000ffffff, 0)),
    { "b8_part2", A64_UQSHRN_v, 0x6f089420, /* uqshrn2 v0.16b, v1.8h, #8 */
      .vin = { { V(0), R9 }, { V(1), EM_H } },
      .vout = { { V(0), 0xe683acdf2060d7c4, 0xaa807fff807fff00 } } },
    /* uqshrn v0.4h, v1.4s, #16 */
    T2("h16", UQSHRN_v, 0x2f109420, EN_S, P(0x0000ffff80007fff, 0)),
    /* uqshrn v0.2s, v1.2d, #32 */
    T2("s32", UQSHRN_v, 0x2f209420, EN_D, P(0x800000007fffffff, 0)),
    { "s1_part2", A64_UQSHRN_v, 0x6f3f9420, /* uqshrn2 v0.4s, v1.2d, #1 */
      .vin = { { V(0), R0 }, { V(1), EM_D } },
      .vout = { { V(0), 0x749882321e35049e, 0xffffffff00000000 } }, .fpsr_out = QC },
    /* uqshrn v0.8b, v1.8h, #4 */
    T2Q("ties", UQSHRN_v, 0x2f0c9420, P(0xffe8fff800180008, 0x0807f8080ff807f8),
       P(0x80ffff7fffff0100, 0)),
    { "part2_vd_vn", A64_UQSHRN_v, 0x6f1d9421, /* uqshrn2 v1.8h, v1.4s, #3 */
      .vin = { { V(1), R1 } }, .vout = { { V(1), 0x4242aadbc8f429a4, 0xffffffffffffffff } },
      .fpsr_out = QC },
    { "immh3", A64_UQSHRN_v, 0x2f609420, /* uqshrn with immh<3> = 1 (reserved) */ UNDEF },
    /* sqrshrn v0.8b, v1.8h, #1 */
    T2Q("b1", SQRSHRN_v, 0x0f0f9c20, EN_H, P(0x7f807f010000807f, 0)),
    { "b8_part2", A64_SQRSHRN_v, 0x4f089c20, /* sqrshrn2 v0.16b, v1.8h, #8 */
      .vin = { { V(0), R2 }, { V(1), EM_H } },
      .vout = { { V(0), 0x3cf3bd58da60fb1c, 0xab807f00807f0000 } }, .fpsr_out = QC },
    /* sqrshrn v0.4h, v1.4s, #16 */
    T2Q("h16", SQRSHRN_v, 0x0f109c20, EN_S, P(0x0000000080007fff, 0)),
    /* sqrshrn v0.2s, v1.2d, #32 */
    T2Q("s32", SQRSHRN_v, 0x0f209c20, EN_D, P(0x800000007fffffff, 0)),
    { "s1_part2", A64_SQRSHRN_v, 0x4f3f9c20, /* sqrshrn2 v0.4s, v1.2d, #1 */
      .vin = { { V(0), R3 }, { V(1), EM_D } }, .vout = { { V(0), 0xf4b1b64633be40f5, 0x1 } } },
    /* sqrshrn v0.8b, v1.8h, #4 */
    T2Q("ties", SQRSHRN_v, 0x0f0c9c20, P(0xffe8fff800180008, 0x0807f8080ff807f8),
       P(0x7f817f7fff000201, 0)),
    { "part2_vd_vn", A64_SQRSHRN_v, 0x4f1d9c21, /* sqrshrn2 v1.8h, v1.4s, #3 */
      .vin = { { V(1), R4 } }, .vout = { { V(1), 0xda1b195060c40eb7, 0x7fff7fff80007fff } },
      .fpsr_out = QC },
    { "immh3", A64_SQRSHRN_v, 0x0f609c20, /* sqrshrn with immh<3> = 1 (reserved) */ UNDEF },
    /* uqrshrn v0.8b, v1.8h, #1 */
    T2Q("b1", UQRSHRN_v, 0x2f0f9c20, EN_H, P(0xffffff0100ffffff, 0)),
    { "b8_part2", A64_UQRSHRN_v, 0x6f089c20, /* uqrshrn2 v0.16b, v1.8h, #8 */
      .vin = { { V(0), R5 }, { V(1), EM_H } },
      .vout = { { V(0), 0x6a5d670af9a3638e, 0xab8080ff8080ff00 } }, .fpsr_out = QC },
    /* uqrshrn v0.4h, v1.4s, #16 */
    T2Q("h16", UQRSHRN_v, 0x2f109c20, EN_S, P(0x0000ffff80008000, 0)),
    /* uqrshrn v0.2s, v1.2d, #32 */
    T2("s32", UQRSHRN_v, 0x2f209c20, EN_D, P(0x8000000080000000, 0)),
    { "s1_part2", A64_UQRSHRN_v, 0x6f3f9c20, /* uqrshrn2 v0.4s, v1.2d, #1 */
      .vin = { { V(0), R6 }, { V(1), EM_D } },
      .vout = { { V(0), 0xdabe22cad37b17c6, 0xffffffff00000001 } }, .fpsr_out = QC },
    /* uqrshrn v0.8b, v1.8h, #4 */
    T2Q("ties", UQRSHRN_v, 0x2f0c9c20, P(0xffe8fff800180008, 0x0807f8080ff807f8),
       P(0x80ffff80ffff0201, 0)),
    { "part2_vd_vn", A64_UQRSHRN_v, 0x6f1d9c21, /* uqrshrn2 v1.8h, v1.4s, #3 */
      .vin = { { V(1), R7 } }, .vout = { { V(1), 0x0cf197f45625871b, 0xffffffffffffffff } },
      .fpsr_out = QC },
    { "immh3", A64_UQRSHRN_v, 0x2f609c20, /* uqrshrn with immh<3> = 1 (reserved) */ UNDEF },
    /* sqshrun v0.8b, v1.8h, #1 */
    T2Q("b1", SQSHRUN_v, 0x2f0f8420, EN_H, P(0xff00ff00000000ff, 0)),
    { "b8_part2", A64_SQSHRUN_v, 0x6f088420, /* sqshrun2 v0.16b, v1.8h, #8 */
      .vin = { { V(0), R8 }, { V(1), EM_H } },
      .vout = { { V(0), 0xb4a3165de1ab3e01, 0x00007f00007f0000 } }, .fpsr_out = QC },
    /* sqshrun v0.4h, v1.4s, #16 */
    T2Q("h16", SQSHRUN_v, 0x2f108420, EN_S, P(0x7fff, 0)),
    /* sqshrun v0.2s, v1.2d, #32 */
    T2Q("s32", SQSHRUN_v, 0x2f208420, EN_D, P(0x000000007fffffff, 0)),
    { "s1_part2", A64_SQSHRUN_v, 0x6f3f8420, /* sqshrun2 v0.4s, v1.2d, #1 */
      .vin = { { V(0), R9 }, { V(1), EM_D } }, .vout = { { V(0), 0xe683acdf2060d7c4, 0 } },
      .fpsr_out = QC },
    /* sqshrun v0.8b, v1.8h, #4 */
    T2Q("ties", SQSHRUN_v, 0x2f0c8420, P(0xffe8fff800180008, 0x0807f8080ff807f8),
       P(0x8000ff7f00000100, 0)),
    { "part2_vd_vn", A64_SQSHRUN_v, 0x6f1d8421, /* sqshrun2 v1.8h, v1.4s, #3 */
      .vin = { { V(1), R0 } }, .vout = { { V(1), 0x749882321e35049e, 0xffffffffffffffff } },
      .fpsr_out = QC },
    { "immh3", A64_SQSHRUN_v, 0x2f608420, /* sqshrun with immh<3> = 1 (reserved) */ UNDEF },
    /* sqrshrun v0.8b, v1.8h, #1 */
    T2Q("b1", SQRSHRUN_v, 0x2f0f8c20, EN_H, P(0xff00ff01000000ff, 0)),
    { "b8_part2", A64_SQRSHRUN_v, 0x6f088c20, /* sqrshrun2 v0.16b, v1.8h, #8 */
      .vin = { { V(0), R1 }, { V(1), EM_H } },
      .vout = { { V(0), 0x4242aadbc8f429a4, 0x0000800000800000 } }, .fpsr_out = QC },
    /* sqrshrun v0.4h, v1.4s, #16 */
    T2Q("h16", SQRSHRUN_v, 0x2f108c20, EN_S, P(0x8000, 0)),
    /* sqrshrun v0.2s, v1.2d, #32 */
    T2Q("s32", SQRSHRUN_v, 0x2f208c20, EN_D, P(0x0000000080000000, 0)),
    { "s1_part2", A64_SQRSHRUN_v, 0x6f3f8c20, /* sqrshrun2 v0.4s, v1.2d, #1 */
      .vin = { { V(0), R2 }, { V(1), EM_D } }, .vout = { { V(0), 0x3cf3bd58da60fb1c, 0x1 } } },
    /* sqrshrun v0.8b, v1.8h, #4 */
    T2Q("ties", SQRSHRUN_v, 0x2f0c8c20, P(0xffe8fff800180008, 0x0807f8080ff807f8),
       P(0x8000ff8000000201, 0)),
    { "part2_vd_vn", A64_SQRSHRUN_v, 0x6f1d8c21, /* sqrshrun2 v1.8h, v1.4s, #3 */
      .vin = { { V(1), R3 } }, .vout = { { V(1), 0xf4b1b64633be40f5, 0x0000ffff0000ffff } },
      .fpsr_out = QC },
    { "immh3", A64_SQRSHRUN_v, 0x2f608c20, /* sqrshrun with immh<3> = 1 (reserved) */ UNDEF },

    /* shift by immediate: long (immh<3> = 1 reserved) */
    /* sshll v0.8h, v1.8b, #0 */
    T2("b0", SSHLL_v, 0x0f08a420, EN_B, P(0x0000ffffff80007f, 0x0055ff81007e0001)),
    /* sshll2 v0.8h, v1.16b, #7 */
    T2("b7_part2", SSHLL_v, 0x4f0fa420, EM_B, P(0xc0003f80ff800080, 0xd500c0003f80ff80)),
    /* sshll v0.4s, v1.4h, #15 */
    T2("h15", SSHLL_v, 0x0f1fa420, EN_H, P(0xc00000003fff8000, 0x00000000ffff8000)),
    /* sshll2 v0.2d, v1.4s, #31 */
    T2("s31_part2", SSHLL_v, 0x4f3fa420, EN_S, P(0xffffffff80000000, 0)),
    { "xtl_vd_vn", A64_SSHLL_v, 0x0f20a421, /* sshll v1.2d, v1.2s, #0 */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0x1, 0xffffffffffffffff } } },
    { "immh3", A64_SSHLL_v, 0x0f63a420, /* sshll with immh<3> = 1 (reserved) */ UNDEF },
    /* ushll v0.8h, v1.8b, #0 */
    T2("b0", USHLL_v, 0x2f08a420, EN_B, P(0x000000ff0080007f, 0x00550081007e0001)),
    /* ushll2 v0.8h, v1.16b, #7 */
    T2("b7_part2", USHLL_v, 0x6f0fa420, EM_B, P(0x40003f807f800080, 0x550040003f807f80)),
    /* ushll v0.4s, v1.4h, #15 */
    T2("h15", USHLL_v, 0x2f1fa420, EN_H, P(0x400000003fff8000, 0x000000007fff8000)),
    /* ushll2 v0.2d, v1.4s, #31 */
    T2("s31_part2", USHLL_v, 0x6f3fa420, EN_S, P(0x7fffffff80000000, 0)),
    { "xtl_vd_vn", A64_USHLL_v, 0x2f20a421, /* ushll v1.2d, v1.2s, #0 */
      .vin = { { V(1), EM_S } }, .vout = { { V(1), 0x1, 0x00000000ffffffff } } },
    { "immh3", A64_USHLL_v, 0x2f63a420, /* ushll with immh<3> = 1 (reserved) */ UNDEF },
    { "fp_trap", A64_USHR_v, 0x6f3f0420, /* ushr v0.4s, v1.4s, #1 */ FP_TRAP },

    /* by element: index H:L:M with Rm<3:0> (16-bit), H:L with M:Rm (32-bit) */
    /* mul v0.8h, v1.8h, v2.h[7] */
    T3("h7", MUL_elem, 0x4f728820, EN_H, EM_H, P(0x0000555600005556, 0x1c72aaaaaaacaaaa)),
    { "h2_v15_q0", A64_MUL_elem, 0x0f6f8020, /* mul v0.4h, v1.4h, v15.h[2] */
      .vin = { { V(1), EM_H }, { V(15), EN_H } }, .vout = { { V(0), 0x800080010001ffff, 0 } } },
    { "s3_v31", A64_MUL_elem, 0x4fbf8820, /* mul v0.4s, v1.4s, v31.s[3] */
      .vin = { { V(1), EN_S }, { V(31), EM_S } },
      .vout = { { V(0), 0x0000000080000000, 0x0000000080000000 } } },
    /* mul v0.2s, v1.2s, v2.s[1] */
    T3("s1_q0", MUL_elem, 0x0fa28020, EN2_S, EM2_S, P(0xffffffff00000000, 0)),
    { "vd_vn_vm", A64_MUL_elem, 0x4f828842, /* mul v2.4s, v2.4s, v2.s[2] */
      .vin = { { V(2), R4 } }, .vout = { { V(2), 0x6f306130fd49f001, 0xb52b774ed7917231 } } },
    { "size00", A64_MUL_elem, 0x4f128020, /* mul with size = 00 (reserved) */ UNDEF },
    { "size11", A64_MUL_elem, 0x4fe28020, /* mul with size = 11 (reserved) */ UNDEF },
    /* mla v0.8h, v1.8h, v2.h[7] */
    T4("h7", MLA_elem, 0x6f720820, R5, EN_H, EM_H, P(0x6a5dbc60f9a3b8e4, 0x66fbf8618f3bbd63)),
    { "h2_v15_q0", A64_MLA_elem, 0x2f6f0020, /* mla v0.4h, v1.4h, v15.h[2] */
      .vin = { { V(0), R6 }, { V(1), EM_H }, { V(15), EN_H } },
      .vout = { { V(0), 0x5abea2cbd37c17c5, 0 } } },
    { "s3_v31", A64_MLA_elem, 0x6fbf0820, /* mla v0.4s, v1.4s, v31.s[3] */
      .vin = { { V(0), R7 }, { V(1), EN_S }, { V(31), EM_S } },
      .vout = { { V(0), 0x0cf197f4d625871b, 0xa5240b60a0d0b29c } } },
    /* mla v0.2s, v1.2s, v2.s[1] */
    T4("s1_q0", MLA_elem, 0x2fa20020, R8, EN2_S, EM2_S, P(0xb4a3165ce1ab3e01, 0)),
    { "vd_vn_vm", A64_MLA_elem, 0x6f820842, /* mla v2.4s, v2.4s, v2.s[2] */
      .vin = { { V(2), R9 } }, .vout = { { V(2), 0x102bd5112910d47c, 0xb0ee85a3d8401cd2 } } },
    { "size00", A64_MLA_elem, 0x6f120020, /* mla with size = 00 (reserved) */ UNDEF },
    { "size11", A64_MLA_elem, 0x6fe20020, /* mla with size = 11 (reserved) */ UNDEF },
    /* mls v0.8h, v1.8h, v2.h[7] */
    T4("h7", MLS_elem, 0x6f724820, R0, EN_H, EM_H, P(0x74982cdc1e35af48, 0x5d5617e8c0e80b0b)),
    { "h2_v15_q0", A64_MLS_elem, 0x2f6f4020, /* mls v0.4h, v1.4h, v15.h[2] */
      .vin = { { V(0), R1 }, { V(1), EM_H }, { V(15), EN_H } },
      .vout = { { V(0), 0xc2422adac8f329a5, 0 } } },
    { "s3_v31", A64_MLS_elem, 0x6fbf4820, /* mls v0.4s, v1.4s, v31.s[3] */
      .vin = { { V(0), R2 }, { V(1), EN_S }, { V(31), EM_S } },
      .vout = { { V(0), 0x3cf3bd585a60fb1c, 0x515c6123ec88c537 } } },
    /* mls v0.2s, v1.2s, v2.s[1] */
    T4("s1_q0", MLS_elem, 0x2fa24020, R3, EN2_S, EM2_S, P(0xf4b1b64733be40f5, 0)),
    { "vd_vn_vm", A64_MLS_elem, 0x6f824842, /* mls v2.4s, v2.4s, v2.s[2] */
      .vin = { { V(2), R4 } }, .vout = { { V(2), 0x6aeab820637a1eb6, 0xa5dd35743c144cd6 } } },
    { "size00", A64_MLS_elem, 0x6f124020, /* mls with size = 00 (reserved) */ UNDEF },
    { "size11", A64_MLS_elem, 0x6fe24020, /* mls with size = 11 (reserved) */ UNDEF },
    /* sqdmulh v0.8h, v1.8h, v2.h[7] */
    T3("h7", SQDMULH_elem, 0x4f72c820, EN_H, EM_H, P(0x000000005556aaaa, 0xc71c5555aaabffff)),
    { "h2_v15_q0", A64_SQDMULH_elem, 0x0f6fc020, /* sqdmulh v0.4h, v1.4h, v15.h[2] */
      .vin = { { V(1), EM_H }, { V(15), EN_H } }, .vout = { { V(0), 0x0001ffff0000ffff, 0 } } },
    { "s3_v31", A64_SQDMULH_elem, 0x4fbfc820, /* sqdmulh v0.4s, v1.4s, v31.s[3] */
      .vin = { { V(1), EN_S }, { V(31), EM_S } }, .vout = { { V(0), 0x7fffffff80000001, 0x1 } },
      .fpsr_out = QC },
    /* sqdmulh v0.2s, v1.2s, v2.s[1] */
    T3("s1_q0", SQDMULH_elem, 0x0fa2c020, EN2_S, EM2_S, P(0xffffffff00000000, 0)),
    { "vd_vn_vm", A64_SQDMULH_elem, 0x4f82c842, /* sqdmulh v2.4s, v2.4s, v2.s[2] */
      .vin = { { V(2), R5 } }, .vout = { { V(2), 0xe932755d015d25d3, 0xf005474b05e207ba } } },
    { "size00", A64_SQDMULH_elem, 0x4f12c020, /* sqdmulh with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQDMULH_elem, 0x4fe2c020, /* sqdmulh with size = 11 (reserved) */ UNDEF },
    /* sqrdmulh v0.8h, v1.8h, v2.h[7] */
    T3("h7", SQRDMULH_elem, 0x4f72d820, EN_H, EM_H, P(0x000000015556aaab, 0xc71c5555aaabffff)),
    { "h2_v15_q0", A64_SQRDMULH_elem, 0x0f6fd020, /* sqrdmulh v0.4h, v1.4h, v15.h[2] */
      .vin = { { V(1), EM_H }, { V(15), EN_H } }, .vout = { { V(0), 0x0001ffff00000000, 0 } } },
    { "s3_v31", A64_SQRDMULH_elem, 0x4fbfd820, /* sqrdmulh v0.4s, v1.4s, v31.s[3] */
      .vin = { { V(1), EN_S }, { V(31), EM_S } }, .vout = { { V(0), 0x7fffffff80000001, 0x1 } },
      .fpsr_out = QC },
    /* sqrdmulh v0.2s, v1.2s, v2.s[1] */
    T3("s1_q0", SQRDMULH_elem, 0x0fa2d020, EN2_S, EM2_S, P(0, 0)),
    { "vd_vn_vm", A64_SQRDMULH_elem, 0x4f82d842, /* sqrdmulh v2.4s, v2.4s, v2.s[2] */
      .vin = { { V(2), R6 } }, .vout = { { V(2), 0x2018d8d7265a687c, 0x6bec71be5effb146 } } },
    { "size00", A64_SQRDMULH_elem, 0x4f12d020, /* sqrdmulh with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQRDMULH_elem, 0x4fe2d020, /* sqrdmulh with size = 11 (reserved) */ UNDEF },
    /* sqrdmlah v0.8h, v1.8h, v2.h[7] */
    T4Q("h7", SQRDMLAH_elem, 0x6f72d820, R7, EN_H, EM_H, P(0x0cf197f57fff8000, 0x800060b5cb7bb29b)),
    { "h2_v15_q0", A64_SQRDMLAH_elem, 0x2f6fd020, /* sqrdmlah v0.4h, v1.4h, v15.h[2] */
      .vin = { { V(0), R8 }, { V(1), EM_H }, { V(15), EN_H } },
      .vout = { { V(0), 0xb4a4165ce1ab3e01, 0 } } },
    { "s3_v31", A64_SQRDMLAH_elem, 0x6fbfd820, /* sqrdmlah v0.4s, v1.4s, v31.s[3] */
      .vin = { { V(0), R9 }, { V(1), EN_S }, { V(31), EM_S } },
      .vout = { { V(0), 0x6683acdfa060d7c5, 0x83d8e92df2adcc0f } } },
    /* sqrdmlah v0.2s, v1.2s, v2.s[1] */
    T4("s1_q0", SQRDMLAH_elem, 0x2fa2d020, R0, EN2_S, EM2_S, P(0x749882321e35049e, 0)),
    { "vd_vn_vm", A64_SQRDMLAH_elem, 0x6f82d842, /* sqrdmlah v2.4s, v2.4s, v2.s[2] */
      .vin = { { V(2), R1 } }, .vout = { { V(2), 0x0b2581ecf6bd6e7c, 0xfc8c3cbeee16f94f } } },
    { "size00", A64_SQRDMLAH_elem, 0x6f12d020, /* sqrdmlah with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQRDMLAH_elem, 0x6fe2d020, /* sqrdmlah with size = 11 (reserved) */ UNDEF },
    /* sqrdmlsh v0.8h, v1.8h, v2.h[7] */
    T4Q("h7", SQRDMLSH_elem, 0x6f72f820, R2, EN_H, EM_H, P(0x3cf3bd57850a5071, 0x7fff0bce7fffc538)),
    { "h2_v15_q0", A64_SQRDMLSH_elem, 0x2f6ff020, /* sqrdmlsh v0.4h, v1.4h, v15.h[2] */
      .vin = { { V(0), R3 }, { V(1), EM_H }, { V(15), EN_H } },
      .vout = { { V(0), 0xf4b0b64733be40f5, 0 } } },
    { "s3_v31", A64_SQRDMLSH_elem, 0x6fbff820, /* sqrdmlsh v0.4s, v1.4s, v31.s[3] */
      .vin = { { V(0), R4 }, { V(1), EN_S }, { V(31), EM_S } },
      .vout = { { V(0), 0x800000007fffffff, 0x5b08acc213a5bf06 } }, .fpsr_out = QC },
    /* sqrdmlsh v0.2s, v1.2s, v2.s[1] */
    T4("s1_q0", SQRDMLSH_elem, 0x2fa2f020, R5, EN2_S, EM2_S, P(0x6a5d670af9a3638e, 0)),
    { "vd_vn_vm", A64_SQRDMLSH_elem, 0x6f82f842, /* sqrdmlsh v2.4s, v2.4s, v2.s[2] */
      .vin = { { V(2), R6 } }, .vout = { { V(2), 0xbaa549f3ad20af4a, 0x8000000080000000 } },
      .fpsr_out = QC },
    { "size00", A64_SQRDMLSH_elem, 0x6f12f020, /* sqrdmlsh with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQRDMLSH_elem, 0x6fe2f020, /* sqrdmlsh with size = 11 (reserved) */ UNDEF },
    { "qc_kept", A64_SQRDMLAH_elem, 0x6f42d020, /* sqrdmlah v0.8h, v1.8h, v2.h[0] */
      .vin = { { V(0), 0, 0 }, { V(1), 0, 0 }, { V(2), 0, 0 } }, .fpsr_in = QC, .fpsr_out = QC },
    /* smull v0.4s, v1.4h, v2.h[5] */
    T3("h5", SMULL_elem, 0x0f52a820, EN_H, EM_H, P(0xc00080003fff0001, 0x00000000ffff8001)),
    { "h6_part2", A64_SMULL_elem, 0x4f6fa820, /* smull2 v0.4s, v1.8h, v15.h[6] */
      .vin = { { V(1), EN_H }, { V(15), EM_H } },
      .vout = { { V(0), 0xc0010000ffff8000, 0xd55580003fff8000 } } },
    { "s3_v31", A64_SMULL_elem, 0x0fbfa820, /* smull v0.2d, v1.2s, v31.s[3] */
      .vin = { { V(1), EN_S }, { V(31), EM_S } },
      .vout = { { V(0), 0xc000000080000000, 0x4000000000000000 } } },
    { "s1_part2", A64_SMULL_elem, 0x4fb0a020, /* smull2 v0.2d, v1.4s, v16.s[1] */
      .vin = { { V(1), EN_S }, { V(16), EN_S } }, .vout = { { V(0), 0x0000000080000000, 0 } } },
    { "vd_vn_vm", A64_SMULL_elem, 0x0f83a063, /* smull v3.2d, v3.2s, v3.s[0] */
      .vin = { { V(3), R7 } }, .vout = { { V(3), 0x1cfd3c46791b7cd9, 0x045b0ecbb2e0b2bc } } },
    { "size00", A64_SMULL_elem, 0x0f12a020, /* smull with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SMULL_elem, 0x0fe2a020, /* smull with size = 11 (reserved) */ UNDEF },
    /* umull v0.4s, v1.4h, v2.h[5] */
    T3("h5", UMULL_elem, 0x2f52a820, EN_H, EM_H, P(0x3fff80003fff0001, 0x000000007ffe8001)),
    { "h6_part2", A64_UMULL_elem, 0x6f6fa820, /* umull2 v0.4s, v1.8h, v15.h[6] */
      .vin = { { V(1), EN_H }, { V(15), EM_H } },
      .vout = { { V(0), 0x3fff000000008000, 0x2aaa800040008000 } } },
    { "s3_v31", A64_UMULL_elem, 0x2fbfa820, /* umull v0.2d, v1.2s, v31.s[3] */
      .vin = { { V(1), EN_S }, { V(31), EM_S } },
      .vout = { { V(0), 0x3fffffff80000000, 0x4000000000000000 } } },
    { "s1_part2", A64_UMULL_elem, 0x6fb0a020, /* umull2 v0.2d, v1.4s, v16.s[1] */
      .vin = { { V(1), EN_S }, { V(16), EN_S } }, .vout = { { V(0), 0x7fffffff80000000, 0 } } },
    { "vd_vn_vm", A64_UMULL_elem, 0x2f83a063, /* umull v3.2d, v3.2s, v3.s[0] */
      .vin = { { V(3), R8 } }, .vout = { { V(3), 0xc6ee7589a65a7c01, 0x9f3c2b57e12c9c5d } } },
    { "size00", A64_UMULL_elem, 0x2f12a020, /* umull with size = 00 (reserved) */ UNDEF },
    { "size11", A64_UMULL_elem, 0x2fe2a020, /* umull with size = 11 (reserved) */ UNDEF },
    /* smlal v0.4s, v1.4h, v2.h[5] */
    T4("h5", SMLAL_elem, 0x0f522820, R9, EN_H, EM_H, P(0xa6842cdf605fd7c5, 0x83d8e92df2ad4c0f)),
    { "h6_part2", A64_SMLAL_elem, 0x4f6f2820, /* smlal2 v0.4s, v1.8h, v15.h[6] */
      .vin = { { V(0), R0 }, { V(1), EN_H }, { V(15), EM_H } },
      .vout = { { V(0), 0x349982321e34849e, 0x4f1e4292ab9435b5 } } },
    { "s3_v31", A64_SMLAL_elem, 0x0fbf2820, /* smlal v0.2d, v1.2s, v31.s[3] */
      .vin = { { V(0), R1 }, { V(1), EN_S }, { V(31), EM_S } },
      .vout = { { V(0), 0x0242aadc48f429a4, 0x2b7a79959588532d } } },
    { "s1_part2", A64_SMLAL_elem, 0x4fb02020, /* smlal2 v0.2d, v1.4s, v16.s[1] */
      .vin = { { V(0), R2 }, { V(1), EN_S }, { V(16), EN_S } },
      .vout = { { V(0), 0x3cf3bd595a60fb1c, 0x515c61236c88c537 } } },
    { "vd_vn_vm", A64_SMLAL_elem, 0x0f832063, /* smlal v3.2d, v3.2s, v3.s[0] */
      .vin = { { V(3), R3 } }, .vout = { { V(3), 0xff27118c4de5ab6e, 0x86288ced44d679f5 } } },
    { "size00", A64_SMLAL_elem, 0x0f122020, /* smlal with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SMLAL_elem, 0x0fe22020, /* smlal with size = 11 (reserved) */ UNDEF },
    /* umlal v0.4s, v1.4h, v2.h[5] */
    T4("h5", UMLAL_elem, 0x2f522820, R4, EN_H, EM_H, P(0x1a1a9950a0c30eb8, 0x5b08acc293a43f08)),
    { "h6_part2", A64_UMLAL_elem, 0x6f6f2820, /* umlal2 v0.4s, v1.8h, v15.h[6] */
      .vin = { { V(0), R5 }, { V(1), EN_H }, { V(15), EM_H } },
      .vout = { { V(0), 0xaa5c670af9a3e38e, 0x7533cdb7248f92b9 } } },
    { "s3_v31", A64_UMLAL_elem, 0x2fbf2820, /* umlal v0.2d, v1.2s, v31.s[3] */
      .vin = { { V(0), R6 }, { V(1), EN_S }, { V(31), EM_S } },
      .vout = { { V(0), 0x1abe22ca537b17c6, 0xc2b9bfbc91ba7257 } } },
    { "s1_part2", A64_UMLAL_elem, 0x6fb02020, /* umlal2 v0.2d, v1.4s, v16.s[1] */
      .vin = { { V(0), R7 }, { V(1), EN_S }, { V(16), EN_S } },
      .vout = { { V(0), 0x8cf197f3d625871b, 0xa5240b6020d0b29c } } },
    { "vd_vn_vm", A64_UMLAL_elem, 0x2f832063, /* umlal v3.2d, v3.2s, v3.s[0] */
      .vin = { { V(3), R8 } }, .vout = { { V(3), 0x7b918be78805ba02, 0xdf48e267777aa01d } } },
    { "size00", A64_UMLAL_elem, 0x2f122020, /* umlal with size = 00 (reserved) */ UNDEF },
    { "size11", A64_UMLAL_elem, 0x2fe22020, /* umlal with size = 11 (reserved) */ UNDEF },
    /* smlsl v0.4s, v1.4h, v2.h[5] */
    T4("h5", SMLSL_elem, 0x0f526820, R9, EN_H, EM_H, P(0x26832cdfe061d7c3, 0x83d8e92df2ae4c0d)),
    { "h6_part2", A64_SMLSL_elem, 0x4f6f6820, /* smlsl2 v0.4s, v1.8h, v15.h[6] */
      .vin = { { V(0), R0 }, { V(1), EN_H }, { V(15), EM_H } },
      .vout = { { V(0), 0xb49782321e35849e, 0xa47342922b9535b5 } } },
    { "s3_v31", A64_SMLSL_elem, 0x0fbf6820, /* smlsl v0.2d, v1.2s, v31.s[3] */
      .vin = { { V(0), R1 }, { V(1), EN_S }, { V(31), EM_S } },
      .vout = { { V(0), 0x8242aadb48f429a4, 0xab7a79959588532d } } },
    { "s1_part2", A64_SMLSL_elem, 0x4fb06020, /* smlsl2 v0.2d, v1.4s, v16.s[1] */
      .vin = { { V(0), R2 }, { V(1), EN_S }, { V(16), EN_S } },
      .vout = { { V(0), 0x3cf3bd585a60fb1c, 0x515c61236c88c537 } } },
    { "vd_vn_vm", A64_SMLSL_elem, 0x0f836063, /* smlsl v3.2d, v3.2s, v3.s[0] */
      .vin = { { V(3), R3 } }, .vout = { { V(3), 0xea3c5b001996d67c, 0x8aba8c3f99a497f9 } } },
    { "size00", A64_SMLSL_elem, 0x0f126020, /* smlsl with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SMLSL_elem, 0x0fe26020, /* smlsl with size = 11 (reserved) */ UNDEF },
    /* umlsl v0.4s, v1.4h, v2.h[5] */
    T4("h5", UMLSL_elem, 0x2f526820, R4, EN_H, EM_H, P(0x9a1b995020c50eb6, 0x5b08acc293a73f06)),
    { "h6_part2", A64_UMLSL_elem, 0x6f6f6820, /* umlsl2 v0.4s, v1.8h, v15.h[6] */
      .vin = { { V(0), R5 }, { V(1), EN_H }, { V(15), EM_H } },
      .vout = { { V(0), 0x2a5e670af9a2e38e, 0x1fdecdb7a48e92b9 } } },
    { "s3_v31", A64_UMLSL_elem, 0x2fbf6820, /* umlsl v0.2d, v1.2s, v31.s[3] */
      .vin = { { V(0), R6 }, { V(1), EN_S }, { V(31), EM_S } },
      .vout = { { V(0), 0x9abe22cb537b17c6, 0x42b9bfbc91ba7257 } } },
    { "s1_part2", A64_UMLSL_elem, 0x6fb06020, /* umlsl2 v0.2d, v1.4s, v16.s[1] */
      .vin = { { V(0), R7 }, { V(1), EN_S }, { V(16), EN_S } },
      .vout = { { V(0), 0x8cf197f4d625871b, 0xa5240b6020d0b29c } } },
    { "vd_vn_vm", A64_UMLSL_elem, 0x2f836063, /* umlsl v3.2d, v3.2s, v3.s[0] */
      .vin = { { V(3), R8 } }, .vout = { { V(3), 0xedb4a0d43b50c200, 0xa0d08bb7b5216763 } } },
    { "size00", A64_UMLSL_elem, 0x2f126020, /* umlsl with size = 00 (reserved) */ UNDEF },
    { "size11", A64_UMLSL_elem, 0x2fe26020, /* umlsl with size = 11 (reserved) */ UNDEF },
    /* sqdmull v0.4s, v1.4h, v2.h[5] */
    T3("h5", SQDMULL_elem, 0x0f52b820, EN_H, EM_H, P(0x800100007ffe0002, 0x00000000ffff0002)),
    { "h6_part2", A64_SQDMULL_elem, 0x4f6fb820, /* sqdmull2 v0.4s, v1.8h, v15.h[6] */
      .vin = { { V(1), EN_H }, { V(15), EM_H } },
      .vout = { { V(0), 0x80020000ffff0000, 0xaaab00007fff0000 } } },
    { "s3_v31", A64_SQDMULL_elem, 0x0fbfb820, /* sqdmull v0.2d, v1.2s, v31.s[3] */
      .vin = { { V(1), EN_S }, { V(31), EM_S } },
      .vout = { { V(0), 0x8000000100000000, 0x7fffffffffffffff } }, .fpsr_out = QC },
    { "s1_part2", A64_SQDMULL_elem, 0x4fb0b020, /* sqdmull2 v0.2d, v1.4s, v16.s[1] */
      .vin = { { V(1), EN_S }, { V(16), EN_S } }, .vout = { { V(0), 0x0000000100000000, 0 } } },
    { "vd_vn_vm", A64_SQDMULL_elem, 0x0f83b063, /* sqdmull v3.2d, v3.2s, v3.s[0] */
      .vin = { { V(3), R9 } }, .vout = { { V(3), 0x0830b52711b59c20, 0xf98da3038d3f4778 } } },
    { "size00", A64_SQDMULL_elem, 0x0f12b020, /* sqdmull with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQDMULL_elem, 0x0fe2b020, /* sqdmull with size = 11 (reserved) */ UNDEF },
    /* sqdmlal v0.4s, v1.4h, v2.h[5] */
    T4Q("h5", SQDMLAL_elem, 0x0f523820, R0, EN_H, EM_H, P(0xf49982327fffffff, 0x79c8c2926b93b5b7)),
    { "h6_part2", A64_SQDMLAL_elem, 0x4f6f3820, /* sqdmlal2 v0.4s, v1.8h, v15.h[6] */
      .vin = { { V(0), R1 }, { V(1), EN_H }, { V(15), EM_H } },
      .vout = { { V(0), 0xc244aadbc8f329a4, 0x962579951587532d } } },
    { "s3_v31", A64_SQDMLAL_elem, 0x0fbf3820, /* sqdmlal v0.2d, v1.2s, v31.s[3] */
      .vin = { { V(0), R2 }, { V(1), EN_S }, { V(31), EM_S } },
      .vout = { { V(0), 0xbcf3bd59da60fb1c, 0x7fffffffffffffff } }, .fpsr_out = QC },
    { "s1_part2", A64_SQDMLAL_elem, 0x4fb03020, /* sqdmlal2 v0.2d, v1.4s, v16.s[1] */
      .vin = { { V(0), R3 }, { V(1), EN_S }, { V(16), EN_S } },
      .vout = { { V(0), 0xf4b1b64733be40f5, 0x88718c966f3d88f7 } } },
    { "vd_vn_vm", A64_SQDMLAL_elem, 0x0f833063, /* sqdmlal v3.2d, v3.2s, v3.s[0] */
      .vin = { { V(3), R4 } }, .vout = { { V(3), 0x23425baff2e51c59, 0x3e62f4e19fa8af67 } } },
    { "size00", A64_SQDMLAL_elem, 0x0f123020, /* sqdmlal with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQDMLAL_elem, 0x0fe23020, /* sqdmlal with size = 11 (reserved) */ UNDEF },
    /* sqdmlsl v0.4s, v1.4h, v2.h[5] */
    T4Q("h5", SQDMLSL_elem, 0x0f527820, R5, EN_H, EM_H, P(0x7fffffff80000000, 0x4a894db7e49012b7)),
    { "h6_part2", A64_SQDMLSL_elem, 0x4f6f7820, /* sqdmlsl2 v0.4s, v1.8h, v15.h[6] */
      .vin = { { V(0), R6 }, { V(1), EN_H }, { V(15), EM_H } },
      .vout = { { V(0), 0x5abc22cad37c17c6, 0xd80ebfbc80000000 } }, .fpsr_out = QC },
    { "s3_v31", A64_SQDMLSL_elem, 0x0fbf7820, /* sqdmlsl v0.2d, v1.2s, v31.s[3] */
      .vin = { { V(0), R7 }, { V(1), EN_S }, { V(31), EM_S } },
      .vout = { { V(0), 0x7fffffffffffffff, 0x8000000000000000 } }, .fpsr_out = QC },
    { "s1_part2", A64_SQDMLSL_elem, 0x4fb07020, /* sqdmlsl2 v0.2d, v1.4s, v16.s[1] */
      .vin = { { V(0), R8 }, { V(1), EN_S }, { V(16), EN_S } },
      .vout = { { V(0), 0xb4a3165ce1ab3e01, 0x400cb70f964e03c0 } } },
    { "vd_vn_vm", A64_SQDMLSL_elem, 0x0f837063, /* sqdmlsl v3.2d, v3.2s, v3.s[0] */
      .vin = { { V(3), R9 } }, .vout = { { V(3), 0xde52f7b80eab3ba4, 0x8a4b462a656e8496 } } },
    { "size00", A64_SQDMLSL_elem, 0x0f127020, /* sqdmlsl with size = 00 (reserved) */ UNDEF },
    { "size11", A64_SQDMLSL_elem, 0x0fe27020, /* sqdmlsl with size = 11 (reserved) */ UNDEF },
    { "fp_trap", A64_MUL_elem, 0x4f828020, /* mul v0.4s, v1.4s, v2.s[0] */ FP_TRAP },

    /* permute, EXT, TBL/TBX */
    /* uzp1 v0.16b, v1.16b, v2.16b */
    T3("16b", UZP1_v, 0x4e021820, R0, R1, P(0xc89294b59832359e, 0x7a95882d42dbf4a4)),
    /* uzp1 v0.8b, v1.8b, v2.8b */
    T3("8b", UZP1_v, 0x0e021820, R2, R3, P(0xb146bef5f358601c, 0)),
    /* uzp1 v0.4h, v1.4h, v2.4h */
    T3("4h", UZP1_v, 0x0e421820, R4, R5, P(0x670a638e19500eb7, 0)),
    /* uzp1 v0.4s, v1.4s, v2.4s */
    T3("4s", UZP1_v, 0x4e821820, R6, R7, P(0x91ba7257d37b17c6, 0x20d0b29c5625871b)),
    { "2d_vd_vn", A64_UZP1_v, 0x4ec21821, /* uzp1 v1.2d, v1.2d, v2.2d */
      .vin = { { V(1), R8 }, { V(2), R9 } },
      .vout = { { V(1), 0xb4a3165de1ab3e01, 0xe683acdf2060d7c4 } } },
    { "8h_vd_vm", A64_UZP1_v, 0x4e421822, /* uzp1 v2.8h, v1.8h, v2.8h */
      .vin = { { V(1), R0 }, { V(2), R1 } },
      .vout = { { V(2), 0xc292b5b58232049e, 0x7995532daadb29a4 } } },
    { "1d", A64_UZP1_v, 0x0ec21820, /* uzp1 .1d: size:Q = 110 (reserved) */ UNDEF },
    /* uzp2 v0.16b, v1.16b, v2.16b */
    T3("16b", UZP2_v, 0x4e025820, R2, R3, P(0x51616cc53cbddafb, 0x888c6f88f4b63340)),
    /* uzp2 v0.8b, v1.8b, v2.8b */
    T3("8b", UZP2_v, 0x0e025820, R4, R5, P(0x6a67f963da19600e, 0)),
    /* uzp2 v0.4h, v1.4h, v2.4h */
    T3("4h", UZP2_v, 0x0e425820, R6, R7, P(0x0cf15625dabed37b, 0)),
    /* uzp2 v0.4s, v1.4s, v2.4s */
    T3("4s", UZP2_v, 0x4e825820, R8, R9, P(0x400cb70fb4a3165d, 0x83d8e92de683acdf)),
    { "2d_vd_vn", A64_UZP2_v, 0x4ec25821, /* uzp2 v1.2d, v1.2d, v2.2d */
      .vin = { { V(1), R0 }, { V(2), R1 } },
      .vout = { { V(1), 0x79c8c2926b94b5b5, 0xeb7a79959588532d } } },
    { "8h_vd_vm", A64_UZP2_v, 0x4e425822, /* uzp2 v2.8h, v1.8h, v2.8h */
      .vin = { { V(1), R2 }, { V(2), R3 } },
      .vout = { { V(2), 0x515c6c883cf3da60, 0x88716f3df4b133be } } },
    { "1d", A64_UZP2_v, 0x0ec25820, /* uzp2 .1d: size:Q = 110 (reserved) */ UNDEF },
    /* trn1 v0.16b, v1.16b, v2.16b */
    T3("16b", TRN1_v, 0x4e022820, R4, R5, P(0x5d1b0a50a3c48eb7, 0x8908b7c28fa5b907)),
    /* trn1 v0.8b, v1.8b, v2.8b */
    T3("8b", TRN1_v, 0x0e022820, R6, R7, P(0xf1bef4ca257b1bc6, 0)),
    /* trn1 v0.4h, v1.4h, v2.4h */
    T3("4h", TRN1_v, 0x0e422820, R8, R9, P(0xacdf165dd7c43e01, 0)),
    /* trn1 v0.4s, v1.4s, v2.4s */
    T3("4s", TRN1_v, 0x4e822820, R0, R1, P(0xc8f429a41e35049e, 0x9588532d6b94b5b5)),
    { "2d_vd_vn", A64_TRN1_v, 0x4ec22821, /* trn1 v1.2d, v1.2d, v2.2d */
      .vin = { { V(1), R2 }, { V(2), R3 } },
      .vout = { { V(1), 0x3cf3bd58da60fb1c, 0xf4b1b64633be40f5 } } },
    { "8h_vd_vm", A64_TRN1_v, 0x4e422822, /* trn1 v2.8h, v1.8h, v2.8h */
      .vin = { { V(1), R4 }, { V(2), R5 } },
      .vout = { { V(2), 0x670a1950638e0eb7, 0x4db7acc212b9bf07 } } },
    { "1d", A64_TRN1_v, 0x0ec22820, /* trn1 .1d: size:Q = 110 (reserved) */ UNDEF },
    /* trn2 v0.16b, v1.16b, v2.16b */
    T3("16b", TRN2_v, 0x4e026820, R6, R7, P(0x0cda972256d38717, 0xa5820bbf2091b272)),
    /* trn2 v0.8b, v1.8b, v2.8b */
    T3("8b", TRN2_v, 0x0e026820, R8, R9, P(0xe6b4ac1620e1d73e, 0)),
    /* trn2 v0.4h, v1.4h, v2.4h */
    T3("4h", TRN2_v, 0x0e426820, R0, R1, P(0x42427498c8f41e35, 0)),
    /* trn2 v0.4s, v1.4s, v2.4s */
    T3("4s", TRN2_v, 0x4e826820, R2, R3, P(0xf4b1b6463cf3bd58, 0x88718c96515c6123)),
    { "2d_vd_vn", A64_TRN2_v, 0x4ec26821, /* trn2 v1.2d, v1.2d, v2.2d */
      .vin = { { V(1), R4 }, { V(2), R5 } },
      .vout = { { V(1), 0x5b08acc213a5bf07, 0x4a894db7e48f12b9 } } },
    { "8h_vd_vm", A64_TRN2_v, 0x4e426822, /* trn2 v2.8h, v1.8h, v2.8h */
      .vin = { { V(1), R6 }, { V(2), R7 } },
      .vout = { { V(2), 0x0cf1dabe5625d37b, 0xa52482b920d091ba } } },
    { "1d", A64_TRN2_v, 0x0ec26820, /* trn2 .1d: size:Q = 110 (reserved) */ UNDEF },
    /* zip1 v0.16b, v1.16b, v2.16b */
    T3("16b", ZIP1_v, 0x4e023820, R8, R9, P(0x20e160abd73ec401, 0xe6b483a3ac16df5d)),
    /* zip1 v0.8b, v1.8b, v2.8b */
    T3("8b", ZIP1_v, 0x0e023820, R0, R1, P(0xc81ef4352904a49e, 0)),
    /* zip1 v0.4h, v1.4h, v2.4h */
    T3("4h", ZIP1_v, 0x0e423820, R2, R3, P(0x33beda6040f5fb1c, 0)),
    /* zip1 v0.4s, v1.4s, v2.4s */
    T3("4s", ZIP1_v, 0x4e823820, R4, R5, P(0xf9a3638e60c40eb7, 0x6a5d670ada1b1950)),
    { "2d_vd_vn", A64_ZIP1_v, 0x4ec23821, /* zip1 v1.2d, v1.2d, v2.2d */
      .vin = { { V(1), R6 }, { V(2), R7 } },
      .vout = { { V(1), 0xdabe22cad37b17c6, 0x0cf197f45625871b } } },
    { "8h_vd_vm", A64_ZIP1_v, 0x4e423822, /* zip1 v2.8h, v1.8h, v2.8h */
      .vin = { { V(1), R8 }, { V(2), R9 } },
      .vout = { { V(2), 0x2060e1abd7c43e01, 0xe683b4a3acdf165d } } },
    { "1d", A64_ZIP1_v, 0x0ec23820, /* zip1 .1d: size:Q = 110 (reserved) */ UNDEF },
    /* zip2 v0.16b, v1.16b, v2.16b */
    T3("16b", ZIP2_v, 0x4e027820, R0, R1, P(0x956b889453b52db5, 0xeb797ac879c29592)),
    /* zip2 v0.8b, v1.8b, v2.8b */
    T3("8b", ZIP2_v, 0x0e027820, R2, R3, P(0xf43cb1f3b6bd4658, 0)),
    /* zip2 v0.4h, v1.4h, v2.4h */
    T3("4h", ZIP2_v, 0x0e427820, R4, R5, P(0x6a5dda1b670a1950, 0)),
    /* zip2 v0.4s, v1.4s, v2.4s */
    T3("4s", ZIP2_v, 0x4e827820, R6, R7, P(0x20d0b29c91ba7257, 0xa5240b6082b9bfbc)),
    { "2d_vd_vn", A64_ZIP2_v, 0x4ec27821, /* zip2 v1.2d, v1.2d, v2.2d */
      .vin = { { V(1), R8 }, { V(2), R9 } },
      .vout = { { V(1), 0x400cb70f964e03c0, 0x83d8e92df2adcc0e } } },
    { "8h_vd_vm", A64_ZIP2_v, 0x4e427822, /* zip2 v2.8h, v1.8h, v2.8h */
      .vin = { { V(1), R0 }, { V(2), R1 } },
      .vout = { { V(2), 0x95886b94532db5b5, 0xeb7a79c87995c292 } } },
    { "1d", A64_ZIP2_v, 0x0ec27820, /* zip2 .1d: size:Q = 110 (reserved) */ UNDEF },
    /* ext v0.16b, v1.16b, v2.16b, #3 */
    T3("basic", EXT_v, 0x6e021820, R2, R3, P(0x88c5373cf3bd58da, 0xbe40f5515c61236c)),
    /* ext v0.16b, v1.16b, v2.16b, #0 */
    T3("zero", EXT_v, 0x6e020020, R4, R5, P(0xda1b195060c40eb7, 0x5b08acc213a5bf07)),
    /* ext v0.16b, v1.16b, v2.16b, #15 */
    T3("fifteen", EXT_v, 0x6e027820, R6, R7, P(0xf197f45625871b82, 0x240b6020d0b29c0c)),
    /* ext v0.8b, v1.8b, v2.8b, #7 */
    T3("q0", EXT_v, 0x2e023820, R8, R9, P(0x83acdf2060d7c4b4, 0)),
    /* ext v0.8b, v1.8b, v2.8b, #0 */
    T3("q0_zero", EXT_v, 0x2e020020, R0, R1, P(0x749882321e35049e, 0)),
    { "vd_vn_vm", A64_EXT_v, 0x6e014021, /* ext v1.16b, v1.16b, v1.16b, #8 */
      .vin = { { V(1), R2 } }, .vout = { { V(1), 0x515c61236c88c537, 0x3cf3bd58da60fb1c } } },
    { "q0_imm8", A64_EXT_v, 0x2e027820,
      /* ext v0.8b, v1.8b, v2.8b, #15: imm4<3> = 1 with Q = 0 (reserved) */ UNDEF },
    { "one", A64_TBL_v, 0x4e050020, /* tbl v0.16b, {v1.16b}, v5.16b */
      .vin = { { V(0), R3 }, { V(1), R4 }, { V(5), 0x3f302f201f100f00, 0x800131211107ff40 } },
      .vout = { { V(0), 0x5bb7, 0x000e000000da0000 } } },
    { "two_q0", A64_TBL_v, 0x0e052020, /* tbl v0.8b, {v1.16b, v2.16b}, v5.8b */
      .vin = { { V(0), R5 }, { V(1), R6 }, { V(2), R7 },
               { V(5), 0x3f302f201f100f00, 0x800131211107ff40 } },
      .vout = { { V(0), 0x00000000a51b82c6, 0 } } },
    { "three", A64_TBL_v, 0x4e054020, /* tbl v0.16b, {v1.16b, v2.16b, v3.16b}, v5.16b */
      .vin = { { V(0), R8 }, { V(1), R9 }, { V(2), R0 },
               { V(5), 0x3f302f201f100f00, 0x800131211107ff40 } },
      .vout = { { V(0), 0x00005a03799e83c4, 0x00d7000304e60000 } } },
    { "four", A64_TBL_v, 0x4e056020, /* tbl v0.16b, {v1.16b, v2.16b, v3.16b, v4.16b}, v5.16b */
      .vin = { { V(0), R1 }, { V(1), R2 }, { V(2), R3 },
               { V(5), 0x3f302f201f100f00, 0x800131211107ff40 } },
      .vout = { { V(0), 0x5a045a0388f5511c, 0x00fb0403403c0000 } } },
    { "wrap", A64_TBL_v, 0x4e0463c4, /* tbl v4.16b, {v30.16b, v31.16b, v0.16b, v1.16b}, v4.16b */
      .vin = { { V(0), R4 }, { V(30), R5 }, { V(31), R6 },
               { V(4), 0x3f302f201f100f00, 0x800131211107ff40 } },
      .vout = { { V(4), 0x5a015bb782c64a8e, 0x0063010e176a0000 } } },
    { "vd_in_table", A64_TBL_v, 0x4e052022, /* tbl v2.16b, {v1.16b, v2.16b}, v5.16b */
      .vin = { { V(1), R7 }, { V(2), R8 }, { V(5), 0x3f302f201f100f00, 0x800131211107ff40 } },
      .vout = { { V(2), 0x000000004001a51b, 0x008700003e0c0000 } } },
    { "vm_in_table_q0", A64_TBL_v, 0x0e0520a7, /* tbl v7.8b, {v5.16b, v6.16b}, v5.8b */
      .vin = { { V(5), 0x10c809110028031f, 0x10c809110028031f }, { V(6), R9 } },
      .vout = { { V(7), 0xc40003d71f000083, 0 } } },
    { "one", A64_TBX_v, 0x4e051020, /* tbx v0.16b, {v1.16b}, v5.16b */
      .vin = { { V(0), R0 }, { V(1), R1 }, { V(5), 0x3f302f201f100f00, 0x800131211107ff40 } },
      .vout = { { V(0), 0x749882321e35eba4, 0x7929c2926b42b5b5 } } },
    { "two_q0", A64_TBX_v, 0x0e053020, /* tbx v0.8b, {v1.16b, v2.16b}, v5.8b */
      .vin = { { V(0), R2 }, { V(1), R3 }, { V(2), R4 },
               { V(5), 0x3f302f201f100f00, 0x800131211107ff40 } },
      .vout = { { V(0), 0x3cf3bd585bb788f5, 0 } } },
    { "three", A64_TBX_v, 0x4e055020, /* tbx v0.16b, {v1.16b, v2.16b, v3.16b}, v5.16b */
      .vin = { { V(0), R5 }, { V(1), R6 }, { V(2), R7 },
               { V(5), 0x3f302f201f100f00, 0x800131211107ff40 } },
      .vout = { { V(0), 0x6a5d5a03a51b82c6, 0x4a174d0387da12b9 } } },
    { "four", A64_TBX_v, 0x4e057020, /* tbx v0.16b, {v1.16b, v2.16b, v3.16b, v4.16b}, v5.16b */
      .vin = { { V(0), R8 }, { V(1), R9 }, { V(2), R0 },
               { V(5), 0x3f302f201f100f00, 0x800131211107ff40 } },
      .vout = { { V(0), 0x5a045a03799e83c4, 0x40d7040304e603c0 } } },
    { "wrap", A64_TBX_v, 0x4e0473c4, /* tbx v4.16b, {v30.16b, v31.16b, v0.16b, v1.16b}, v4.16b */
      .vin = { { V(0), R1 }, { V(30), R2 }, { V(31), R3 },
               { V(4), 0x3f302f201f100f00, 0x800131211107ff40 } },
      .vout = { { V(4), 0x5a01eba488f5511c, 0x80fb0129403cff40 } } },
    { "vd_in_table", A64_TBX_v, 0x4e053022, /* tbx v2.16b, {v1.16b, v2.16b}, v5.16b */
      .vin = { { V(1), R4 }, { V(2), R5 }, { V(5), 0x3f302f201f100f00, 0x800131211107ff40 } },
      .vout = { { V(2), 0x6a5d670a4a8e5bb7, 0x4a0e4db763da12b9 } } },
    { "vm_in_table_q0", A64_TBX_v, 0x0e0530a7, /* tbx v7.8b, {v5.16b, v6.16b}, v5.8b */
      .vin = { { V(5), 0x10c809110028031f, 0x10c809110028031f }, { V(6), R6 } },
      .vout = { { V(7), 0xc6c303171f070082, 0 } } },
    { "fp_trap", A64_TBL_v, 0x4e020020, /* tbl v0.16b, {v1.16b}, v2.16b */ FP_TRAP },
};

CASE_SET(simd, c);
