/*
 * cases_simd_elem_perm.c — Advanced SIMD integer vector: by element,
 * permute, EXT, TBL/TBX.
 * Provenance of the expected values and the macros: simd_cases.h.
 */
#include "simd_cases.h"

static const InsnCase c[] = {
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

CASE_SET(simd_elem_perm, c);
