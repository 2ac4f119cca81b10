/*
 * cases_simd_3same.c — Advanced SIMD integer vector: three same (halving,
 * min/max, ABD/ABA, multiply, pairwise, saturating, compares, add/sub,
 * shifts by register, SQDMULH/SQRDMULH, Armv8.1 SQRDMLAH/SQRDMLSH, bitwise,
 * PMUL).
 * Provenance of the expected values and the macros: simd_cases.h.
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

};

CASE_SET(simd_3same, c);
