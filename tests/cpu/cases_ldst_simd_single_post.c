/*
 * cases_ldst_simd_single_post.c — LD1-LD4/ST1-ST4 (single structure) and
 * LD1R-LD4R with post-index writeback.
 * Conventions, provenance of the expected values and the macros:
 * ldst_simd_cases.h.
 */
#include "ldst_simd_cases.h"

static const InsnCase c[] = {
    /* ST1_single_b_post */
    { "imm", A64_ST1_single_b_post, 0x4d9f1c40, /* st1 {v0.b}[15], [x2], #1 */
      .in = { { X(2), D(0x100) } }, .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d } },
      .out = { { X(2), D(0x101) } }, .mem_out = { { D(0x100), 1, 0x4a } } },
    { "reg", A64_ST1_single_b_post, 0x0d831c5e, /* st1 {v30.b}[7], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } },
      .vin = { { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad } }, .out = { { X(2), D(0xc0) } },
      .mem_out = { { D(0x100), 1, 0x12 } } },
    { "sp_imm", A64_ST1_single_b_post, 0x4d9f07ec, /* st1 {v12.b}[9], [sp], #1 */
      .in = { { SP, D(0x100) } }, .vin = { { V(12), 0xb2177ce146ab1075, 0x8aef54b91e83e84d } },
      .out = { { SP, D(0x101) } }, .mem_out = { { D(0x100), 1, 0xe8 } } },

    /* ST1_single_h_post */
    { "imm", A64_ST1_single_h_post, 0x4d9f5840, /* st1 {v0.h}[7], [x2], #2 */
      .in = { { X(2), D(0x100) } }, .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d } },
      .out = { { X(2), D(0x102) } }, .mem_out = { { D(0x100), 2, 0x4aaf } } },
    { "reg", A64_ST1_single_h_post, 0x0d83585e, /* st1 {v30.h}[3], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } },
      .vin = { { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad } }, .out = { { X(2), D(0xc0) } },
      .mem_out = { { D(0x100), 2, 0x1277 } } },
    { "sp_imm", A64_ST1_single_h_post, 0x4d9f4bec, /* st1 {v12.h}[5], [sp], #2 */
      .in = { { SP, D(0x100) } }, .vin = { { V(12), 0xb2177ce146ab1075, 0x8aef54b91e83e84d } },
      .out = { { SP, D(0x102) } }, .mem_out = { { D(0x100), 2, 0x1e83 } } },

    /* ST1_single_s_post */
    { "imm", A64_ST1_single_s_post, 0x4d9f9040, /* st1 {v0.s}[3], [x2], #4 */
      .in = { { X(2), D(0x100) } }, .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d } },
      .out = { { X(2), D(0x104) } }, .mem_out = { { D(0x100), 4, 0x4aaf1479 } } },
    { "reg", A64_ST1_single_s_post, 0x0d83905e, /* st1 {v30.s}[1], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } },
      .vin = { { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad } }, .out = { { X(2), D(0xc0) } },
      .mem_out = { { D(0x100), 4, 0x1277dc41 } } },
    { "sp_imm", A64_ST1_single_s_post, 0x4d9f83ec, /* st1 {v12.s}[2], [sp], #4 */
      .in = { { SP, D(0x100) } }, .vin = { { V(12), 0xb2177ce146ab1075, 0x8aef54b91e83e84d } },
      .out = { { SP, D(0x104) } }, .mem_out = { { D(0x100), 4, 0x1e83e84d } } },

    /* ST1_single_d_post */
    { "imm", A64_ST1_single_d_post, 0x4d9f8440, /* st1 {v0.d}[1], [x2], #8 */
      .in = { { X(2), D(0x100) } }, .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d } },
      .out = { { X(2), D(0x108) } }, .mem_out = { { D(0x100), 8, 0x4aaf1479de43a80d } } },
    { "reg", A64_ST1_single_d_post, 0x0d83845e, /* st1 {v30.d}[0], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } },
      .vin = { { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad } }, .out = { { X(2), D(0xc0) } },
      .mem_out = { { D(0x100), 8, 0x1277dc41a60b70d5 } } },
    { "sp_imm", A64_ST1_single_d_post, 0x4d9f87ec, /* st1 {v12.d}[1], [sp], #8 */
      .in = { { SP, D(0x100) } }, .vin = { { V(12), 0xb2177ce146ab1075, 0x8aef54b91e83e84d } },
      .out = { { SP, D(0x108) } }, .mem_out = { { D(0x100), 8, 0x8aef54b91e83e84d } } },

    /* ST3_single_b_post */
    { "imm", A64_ST3_single_b_post, 0x4d9f3c40, /* st3 {v0.b, v1.b, v2.b}[15], [x2], #3 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } }, .out = { { X(2), D(0x103) } },
      .mem_out = { { D(0x100), 2, 0xfa4a }, { D(0x102), 1, 0xaa } } },
    { "reg", A64_ST3_single_b_post, 0x0d833c5e, /* st3 {v30.b, v31.b, v0.b}[7], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { X(2), D(0xc0) } },
      .mem_out = { { D(0x100), 2, 0xc212 }, { D(0x102), 1, 0x72 } } },
    { "sp_imm", A64_ST3_single_b_post, 0x4d9f27ec, /* st3 {v12.b, v13.b, v14.b}[9], [sp], #3 */
      .in = { { SP, D(0x100) } },
      .vin = { { V(12), 0xb2177ce146ab1075, 0x8aef54b91e83e84d },
          { V(13), 0x62c72c91f65bc025, 0x3a9f0469ce3398fd },
          { V(14), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad } }, .out = { { SP, D(0x103) } },
      .mem_out = { { D(0x100), 2, 0x98e8 }, { D(0x102), 1, 0x48 } } },

    /* ST3_single_h_post */
    { "imm", A64_ST3_single_h_post, 0x4d9f7840, /* st3 {v0.h, v1.h, v2.h}[7], [x2], #6 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } }, .out = { { X(2), D(0x106) } },
      .mem_out = { { D(0x100), 4, 0xfa5f4aaf }, { D(0x104), 2, 0xaa0f } } },
    { "reg", A64_ST3_single_h_post, 0x0d83785e, /* st3 {v30.h, v31.h, v0.h}[3], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { X(2), D(0xc0) } },
      .mem_out = { { D(0x100), 4, 0xc2271277 }, { D(0x104), 2, 0x72d7 } } },
    { "sp_imm", A64_ST3_single_h_post, 0x4d9f6bec, /* st3 {v12.h, v13.h, v14.h}[5], [sp], #6 */
      .in = { { SP, D(0x100) } },
      .vin = { { V(12), 0xb2177ce146ab1075, 0x8aef54b91e83e84d },
          { V(13), 0x62c72c91f65bc025, 0x3a9f0469ce3398fd },
          { V(14), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad } }, .out = { { SP, D(0x106) } },
      .mem_out = { { D(0x100), 4, 0xce331e83 }, { D(0x104), 2, 0x7ee3 } } },

    /* ST3_single_s_post */
    { "imm", A64_ST3_single_s_post, 0x4d9fb040, /* st3 {v0.s, v1.s, v2.s}[3], [x2], #12 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } }, .out = { { X(2), D(0x10c) } },
      .mem_out = { { D(0x100), 8, 0xfa5fc4294aaf1479 }, { D(0x108), 4, 0xaa0f74d9 } } },
    { "reg", A64_ST3_single_s_post, 0x0d83b05e, /* st3 {v30.s, v31.s, v0.s}[1], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { X(2), D(0xc0) } },
      .mem_out = { { D(0x100), 8, 0xc2278cf11277dc41 }, { D(0x108), 4, 0x72d73ca1 } } },
    { "sp_imm", A64_ST3_single_s_post, 0x4d9fa3ec, /* st3 {v12.s, v13.s, v14.s}[2], [sp], #12 */
      .in = { { SP, D(0x100) } },
      .vin = { { V(12), 0xb2177ce146ab1075, 0x8aef54b91e83e84d },
          { V(13), 0x62c72c91f65bc025, 0x3a9f0469ce3398fd },
          { V(14), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad } }, .out = { { SP, D(0x10c) } },
      .mem_out = { { D(0x100), 8, 0xce3398fd1e83e84d }, { D(0x108), 4, 0x7ee348ad } } },

    /* ST3_single_d_post */
    { "imm", A64_ST3_single_d_post, 0x4d9fa440, /* st3 {v0.d, v1.d, v2.d}[1], [x2], #24 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } }, .out = { { X(2), D(0x118) } },
      .mem_out = { { D(0x100), 8, 0x4aaf1479de43a80d }, { D(0x108), 8, 0xfa5fc4298ef358bd },
          { D(0x110), 8, 0xaa0f74d93ea3086d } } },
    { "reg", A64_ST3_single_d_post, 0x0d83a45e, /* st3 {v30.d, v31.d, v0.d}[0], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { X(2), D(0xc0) } },
      .mem_out = { { D(0x100), 8, 0x1277dc41a60b70d5 }, { D(0x108), 8, 0xc2278cf156bb2085 },
          { D(0x110), 8, 0x72d73ca1066bd035 } } },
    { "sp_imm", A64_ST3_single_d_post, 0x4d9fa7ec, /* st3 {v12.d, v13.d, v14.d}[1], [sp], #24 */
      .in = { { SP, D(0x100) } },
      .vin = { { V(12), 0xb2177ce146ab1075, 0x8aef54b91e83e84d },
          { V(13), 0x62c72c91f65bc025, 0x3a9f0469ce3398fd },
          { V(14), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad } }, .out = { { SP, D(0x118) } },
      .mem_out = { { D(0x100), 8, 0x8aef54b91e83e84d }, { D(0x108), 8, 0x3a9f0469ce3398fd },
          { D(0x110), 8, 0xea4fb4197ee348ad } } },

    /* ST2_single_b_post */
    { "imm", A64_ST2_single_b_post, 0x4dbf1c40, /* st2 {v0.b, v1.b}[15], [x2], #2 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } }, .out = { { X(2), D(0x102) } },
      .mem_out = { { D(0x100), 2, 0xfa4a } } },
    { "reg", A64_ST2_single_b_post, 0x0da31c5e, /* st2 {v30.b, v31.b}[7], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } },
      .vin = { { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { X(2), D(0xc0) } },
      .mem_out = { { D(0x100), 2, 0xc212 } } },
    { "sp_imm", A64_ST2_single_b_post, 0x4dbf07ec, /* st2 {v12.b, v13.b}[9], [sp], #2 */
      .in = { { SP, D(0x100) } },
      .vin = { { V(12), 0xb2177ce146ab1075, 0x8aef54b91e83e84d },
          { V(13), 0x62c72c91f65bc025, 0x3a9f0469ce3398fd } }, .out = { { SP, D(0x102) } },
      .mem_out = { { D(0x100), 2, 0x98e8 } } },

    /* ST2_single_h_post */
    { "imm", A64_ST2_single_h_post, 0x4dbf5840, /* st2 {v0.h, v1.h}[7], [x2], #4 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } }, .out = { { X(2), D(0x104) } },
      .mem_out = { { D(0x100), 4, 0xfa5f4aaf } } },
    { "reg", A64_ST2_single_h_post, 0x0da3585e, /* st2 {v30.h, v31.h}[3], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } },
      .vin = { { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { X(2), D(0xc0) } },
      .mem_out = { { D(0x100), 4, 0xc2271277 } } },
    { "sp_imm", A64_ST2_single_h_post, 0x4dbf4bec, /* st2 {v12.h, v13.h}[5], [sp], #4 */
      .in = { { SP, D(0x100) } },
      .vin = { { V(12), 0xb2177ce146ab1075, 0x8aef54b91e83e84d },
          { V(13), 0x62c72c91f65bc025, 0x3a9f0469ce3398fd } }, .out = { { SP, D(0x104) } },
      .mem_out = { { D(0x100), 4, 0xce331e83 } } },

    /* ST2_single_s_post */
    { "imm", A64_ST2_single_s_post, 0x4dbf9040, /* st2 {v0.s, v1.s}[3], [x2], #8 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } }, .out = { { X(2), D(0x108) } },
      .mem_out = { { D(0x100), 8, 0xfa5fc4294aaf1479 } } },
    { "reg", A64_ST2_single_s_post, 0x0da3905e, /* st2 {v30.s, v31.s}[1], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } },
      .vin = { { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { X(2), D(0xc0) } },
      .mem_out = { { D(0x100), 8, 0xc2278cf11277dc41 } } },
    { "sp_imm", A64_ST2_single_s_post, 0x4dbf83ec, /* st2 {v12.s, v13.s}[2], [sp], #8 */
      .in = { { SP, D(0x100) } },
      .vin = { { V(12), 0xb2177ce146ab1075, 0x8aef54b91e83e84d },
          { V(13), 0x62c72c91f65bc025, 0x3a9f0469ce3398fd } }, .out = { { SP, D(0x108) } },
      .mem_out = { { D(0x100), 8, 0xce3398fd1e83e84d } } },

    /* ST2_single_d_post */
    { "imm", A64_ST2_single_d_post, 0x4dbf8440, /* st2 {v0.d, v1.d}[1], [x2], #16 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } }, .out = { { X(2), D(0x110) } },
      .mem_out = { { D(0x100), 8, 0x4aaf1479de43a80d }, { D(0x108), 8, 0xfa5fc4298ef358bd } } },
    { "reg", A64_ST2_single_d_post, 0x0da3845e, /* st2 {v30.d, v31.d}[0], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } },
      .vin = { { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { X(2), D(0xc0) } },
      .mem_out = { { D(0x100), 8, 0x1277dc41a60b70d5 }, { D(0x108), 8, 0xc2278cf156bb2085 } } },
    { "sp_imm", A64_ST2_single_d_post, 0x4dbf87ec, /* st2 {v12.d, v13.d}[1], [sp], #16 */
      .in = { { SP, D(0x100) } },
      .vin = { { V(12), 0xb2177ce146ab1075, 0x8aef54b91e83e84d },
          { V(13), 0x62c72c91f65bc025, 0x3a9f0469ce3398fd } }, .out = { { SP, D(0x110) } },
      .mem_out = { { D(0x100), 8, 0x8aef54b91e83e84d }, { D(0x108), 8, 0x3a9f0469ce3398fd } } },

    /* ST4_single_b_post */
    { "imm", A64_ST4_single_b_post, 0x4dbf3c40, /* st4 {v0.b, v1.b, v2.b, v3.b}[15], [x2], #4 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d } }, .out = { { X(2), D(0x104) } },
      .mem_out = { { D(0x100), 4, 0x5aaafa4a } } },
    { "reg", A64_ST4_single_b_post, 0x0da33c5e, /* st4 {v30.b, v31.b, v0.b, v1.b}[7], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { X(2), D(0xc0) } },
      .mem_out = { { D(0x100), 4, 0x2272c212 } } },
    { "sp_imm", A64_ST4_single_b_post, 0x4dbf27ec,
      /* st4 {v12.b, v13.b, v14.b, v15.b}[9], [sp], #4 */
      .in = { { SP, D(0x100) } },
      .vin = { { V(12), 0xb2177ce146ab1075, 0x8aef54b91e83e84d },
          { V(13), 0x62c72c91f65bc025, 0x3a9f0469ce3398fd },
          { V(14), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(15), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { SP, D(0x104) } },
      .mem_out = { { D(0x100), 4, 0xf84898e8 } } },

    /* ST4_single_h_post */
    { "imm", A64_ST4_single_h_post, 0x4dbf7840, /* st4 {v0.h, v1.h, v2.h, v3.h}[7], [x2], #8 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d } }, .out = { { X(2), D(0x108) } },
      .mem_out = { { D(0x100), 8, 0x5abfaa0ffa5f4aaf } } },
    { "reg", A64_ST4_single_h_post, 0x0da3785e, /* st4 {v30.h, v31.h, v0.h, v1.h}[3], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { X(2), D(0xc0) } },
      .mem_out = { { D(0x100), 8, 0x228772d7c2271277 } } },
    { "sp_imm", A64_ST4_single_h_post, 0x4dbf6bec,
      /* st4 {v12.h, v13.h, v14.h, v15.h}[5], [sp], #8 */
      .in = { { SP, D(0x100) } },
      .vin = { { V(12), 0xb2177ce146ab1075, 0x8aef54b91e83e84d },
          { V(13), 0x62c72c91f65bc025, 0x3a9f0469ce3398fd },
          { V(14), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(15), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { SP, D(0x108) } },
      .mem_out = { { D(0x100), 8, 0x2e937ee3ce331e83 } } },

    /* ST4_single_s_post */
    { "imm", A64_ST4_single_s_post, 0x4dbfb040, /* st4 {v0.s, v1.s, v2.s, v3.s}[3], [x2], #16 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d } }, .out = { { X(2), D(0x110) } },
      .mem_out = { { D(0x100), 8, 0xfa5fc4294aaf1479 }, { D(0x108), 8, 0x5abf2489aa0f74d9 } } },
    { "reg", A64_ST4_single_s_post, 0x0da3b05e, /* st4 {v30.s, v31.s, v0.s, v1.s}[1], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { X(2), D(0xc0) } },
      .mem_out = { { D(0x100), 8, 0xc2278cf11277dc41 }, { D(0x108), 8, 0x2287ec5172d73ca1 } } },
    { "sp_imm", A64_ST4_single_s_post, 0x4dbfa3ec,
      /* st4 {v12.s, v13.s, v14.s, v15.s}[2], [sp], #16 */
      .in = { { SP, D(0x100) } },
      .vin = { { V(12), 0xb2177ce146ab1075, 0x8aef54b91e83e84d },
          { V(13), 0x62c72c91f65bc025, 0x3a9f0469ce3398fd },
          { V(14), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(15), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { SP, D(0x110) } },
      .mem_out = { { D(0x100), 8, 0xce3398fd1e83e84d }, { D(0x108), 8, 0x2e93f85d7ee348ad } } },

    /* ST4_single_d_post */
    { "imm", A64_ST4_single_d_post, 0x4dbfa440, /* st4 {v0.d, v1.d, v2.d, v3.d}[1], [x2], #32 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d } }, .out = { { X(2), D(0x120) } },
      .mem_out = { { D(0x100), 8, 0x4aaf1479de43a80d }, { D(0x108), 8, 0xfa5fc4298ef358bd },
          { D(0x110), 8, 0xaa0f74d93ea3086d }, { D(0x118), 8, 0x5abf2489ee53b81d } } },
    { "reg", A64_ST4_single_d_post, 0x0da3a45e, /* st4 {v30.d, v31.d, v0.d, v1.d}[0], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { X(2), D(0xc0) } },
      .mem_out = { { D(0x100), 8, 0x1277dc41a60b70d5 }, { D(0x108), 8, 0xc2278cf156bb2085 },
          { D(0x110), 8, 0x72d73ca1066bd035 }, { D(0x118), 8, 0x2287ec51b61b80e5 } } },
    { "sp_imm", A64_ST4_single_d_post, 0x4dbfa7ec,
      /* st4 {v12.d, v13.d, v14.d, v15.d}[1], [sp], #32 */
      .in = { { SP, D(0x100) } },
      .vin = { { V(12), 0xb2177ce146ab1075, 0x8aef54b91e83e84d },
          { V(13), 0x62c72c91f65bc025, 0x3a9f0469ce3398fd },
          { V(14), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(15), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { SP, D(0x120) } },
      .mem_out = { { D(0x100), 8, 0x8aef54b91e83e84d }, { D(0x108), 8, 0x3a9f0469ce3398fd },
          { D(0x110), 8, 0xea4fb4197ee348ad }, { D(0x118), 8, 0x9aff64c92e93f85d } } },

    /* LD1_single_b_post */
    { "imm", A64_LD1_single_b_post, 0x4ddf1c40, /* ld1 {v0.b}[15], [x2], #1 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x101) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x5b5a000010101010 } } },
    { "reg", A64_LD1_single_b_post, 0x0dc31c5e, /* ld1 {v30.b}[7], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } }, .out = { { X(2), D(0xc0) } },
      .vout = { { V(30), 0x5bc31e001e1e1e1e, 0x5a5a1e002e2e2e2e } } },
    { "sp_imm", A64_LD1_single_b_post, 0x4ddf07ec, /* ld1 {v12.b}[9], [sp], #1 */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x101) } },
      .vout = { { V(12), 0xc3c30c000c0c0c0c, 0x5a5a0c001c1c5b1c } } },

    /* LD1_single_h_post */
    { "imm", A64_LD1_single_h_post, 0x4ddf5840, /* ld1 {v0.h}[7], [x2], #2 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x102) } },
      .vout = { { V(0), 0xc3c3000000000000, 0xc65b000010101010 } } },
    { "reg", A64_LD1_single_h_post, 0x0dc3585e, /* ld1 {v30.h}[3], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } }, .out = { { X(2), D(0xc0) } },
      .vout = { { V(30), 0xc65b1e001e1e1e1e, 0x5a5a1e002e2e2e2e } } },
    { "sp_imm", A64_LD1_single_h_post, 0x4ddf4bec, /* ld1 {v12.h}[5], [sp], #2 */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x102) } },
      .vout = { { V(12), 0xc3c30c000c0c0c0c, 0x5a5a0c00c65b1c1c } } },

    /* LD1_single_s_post */
    { "imm", A64_LD1_single_s_post, 0x4ddf9040, /* ld1 {v0.s}[3], [x2], #4 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x104) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x8c61c65b10101010 } } },
    { "reg", A64_LD1_single_s_post, 0x0dc3905e, /* ld1 {v30.s}[1], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } }, .out = { { X(2), D(0xc0) } },
      .vout = { { V(30), 0x8c61c65b1e1e1e1e, 0x5a5a1e002e2e2e2e } } },
    { "sp_imm", A64_LD1_single_s_post, 0x4ddf83ec, /* ld1 {v12.s}[2], [sp], #4 */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x104) } },
      .vout = { { V(12), 0xc3c30c000c0c0c0c, 0x5a5a0c008c61c65b } } },

    /* LD1_single_d_post */
    { "imm", A64_LD1_single_d_post, 0x4ddf8440, /* ld1 {v0.d}[1], [x2], #8 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x108) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x10f54a2f8c61c65b } } },
    { "reg", A64_LD1_single_d_post, 0x0dc3845e, /* ld1 {v30.d}[0], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } }, .out = { { X(2), D(0xc0) } },
      .vout = { { V(30), 0x10f54a2f8c61c65b, 0x5a5a1e002e2e2e2e } } },
    { "sp_imm", A64_LD1_single_d_post, 0x4ddf87ec, /* ld1 {v12.d}[1], [sp], #8 */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x108) } },
      .vout = { { V(12), 0xc3c30c000c0c0c0c, 0x10f54a2f8c61c65b } } },

    /* LD3_single_b_post */
    { "imm", A64_LD3_single_b_post, 0x4ddf3c40, /* ld3 {v0.b, v1.b, v2.b}[15], [x2], #3 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x103) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x5b5a000010101010 },
          { V(1), 0xc3c3010001010101, 0xc65a010011111111 },
          { V(2), 0xc3c3020002020202, 0x615a020012121212 } } },
    { "reg", A64_LD3_single_b_post, 0x0dc33c5e, /* ld3 {v30.b, v31.b, v0.b}[7], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } }, .out = { { X(2), D(0xc0) } },
      .vout = { { V(0), 0x61c3000000000000, 0x5a5a000010101010 },
          { V(30), 0x5bc31e001e1e1e1e, 0x5a5a1e002e2e2e2e },
          { V(31), 0xc6c31f001f1f1f1f, 0x5a5a1f002f2f2f2f } } },
    { "sp_imm", A64_LD3_single_b_post, 0x4ddf27ec, /* ld3 {v12.b, v13.b, v14.b}[9], [sp], #3 */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x103) } },
      .vout = { { V(12), 0xc3c30c000c0c0c0c, 0x5a5a0c001c1c5b1c },
          { V(13), 0xc3c30d000d0d0d0d, 0x5a5a0d001d1dc61d },
          { V(14), 0xc3c30e000e0e0e0e, 0x5a5a0e001e1e611e } } },

    /* LD3_single_h_post */
    { "imm", A64_LD3_single_h_post, 0x4ddf7840, /* ld3 {v0.h, v1.h, v2.h}[7], [x2], #6 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x106) } },
      .vout = { { V(0), 0xc3c3000000000000, 0xc65b000010101010 },
          { V(1), 0xc3c3010001010101, 0x8c61010011111111 },
          { V(2), 0xc3c3020002020202, 0x4a2f020012121212 } } },
    { "reg", A64_LD3_single_h_post, 0x0dc3785e, /* ld3 {v30.h, v31.h, v0.h}[3], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } }, .out = { { X(2), D(0xc0) } },
      .vout = { { V(0), 0x4a2f000000000000, 0x5a5a000010101010 },
          { V(30), 0xc65b1e001e1e1e1e, 0x5a5a1e002e2e2e2e },
          { V(31), 0x8c611f001f1f1f1f, 0x5a5a1f002f2f2f2f } } },
    { "sp_imm", A64_LD3_single_h_post, 0x4ddf6bec, /* ld3 {v12.h, v13.h, v14.h}[5], [sp], #6 */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x106) } },
      .vout = { { V(12), 0xc3c30c000c0c0c0c, 0x5a5a0c00c65b1c1c },
          { V(13), 0xc3c30d000d0d0d0d, 0x5a5a0d008c611d1d },
          { V(14), 0xc3c30e000e0e0e0e, 0x5a5a0e004a2f1e1e } } },

    /* LD3_single_s_post */
    { "imm", A64_LD3_single_s_post, 0x4ddfb040, /* ld3 {v0.s, v1.s, v2.s}[3], [x2], #12 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x10c) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x8c61c65b10101010 },
          { V(1), 0xc3c3010001010101, 0x10f54a2f11111111 },
          { V(2), 0xc3c3020002020202, 0xe479deb312121212 } } },
    { "reg", A64_LD3_single_s_post, 0x0dc3b05e, /* ld3 {v30.s, v31.s, v0.s}[1], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } }, .out = { { X(2), D(0xc0) } },
      .vout = { { V(0), 0xe479deb300000000, 0x5a5a000010101010 },
          { V(30), 0x8c61c65b1e1e1e1e, 0x5a5a1e002e2e2e2e },
          { V(31), 0x10f54a2f1f1f1f1f, 0x5a5a1f002f2f2f2f } } },
    { "sp_imm", A64_LD3_single_s_post, 0x4ddfa3ec, /* ld3 {v12.s, v13.s, v14.s}[2], [sp], #12 */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x10c) } },
      .vout = { { V(12), 0xc3c30c000c0c0c0c, 0x5a5a0c008c61c65b },
          { V(13), 0xc3c30d000d0d0d0d, 0x5a5a0d0010f54a2f },
          { V(14), 0xc3c30e000e0e0e0e, 0x5a5a0e00e479deb3 } } },

    /* LD3_single_d_post */
    { "imm", A64_LD3_single_d_post, 0x4ddfa440, /* ld3 {v0.d, v1.d, v2.d}[1], [x2], #24 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x118) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x10f54a2f8c61c65b },
          { V(1), 0xc3c3010001010101, 0x68cda207e479deb3 },
          { V(2), 0xc3c3020002020202, 0x4025ba1ffc51368b } } },
    { "reg", A64_LD3_single_d_post, 0x0dc3a45e, /* ld3 {v30.d, v31.d, v0.d}[0], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } }, .out = { { X(2), D(0xc0) } },
      .vout = { { V(0), 0x4025ba1ffc51368b, 0x5a5a000010101010 },
          { V(30), 0x10f54a2f8c61c65b, 0x5a5a1e002e2e2e2e },
          { V(31), 0x68cda207e479deb3, 0x5a5a1f002f2f2f2f } } },
    { "sp_imm", A64_LD3_single_d_post, 0x4ddfa7ec, /* ld3 {v12.d, v13.d, v14.d}[1], [sp], #24 */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x118) } },
      .vout = { { V(12), 0xc3c30c000c0c0c0c, 0x10f54a2f8c61c65b },
          { V(13), 0xc3c30d000d0d0d0d, 0x68cda207e479deb3 },
          { V(14), 0xc3c30e000e0e0e0e, 0x4025ba1ffc51368b } } },

    /* LD2_single_b_post */
    { "imm", A64_LD2_single_b_post, 0x4dff1c40, /* ld2 {v0.b, v1.b}[15], [x2], #2 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x102) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x5b5a000010101010 },
          { V(1), 0xc3c3010001010101, 0xc65a010011111111 } } },
    { "reg", A64_LD2_single_b_post, 0x0de31c5e, /* ld2 {v30.b, v31.b}[7], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } }, .out = { { X(2), D(0xc0) } },
      .vout = { { V(30), 0x5bc31e001e1e1e1e, 0x5a5a1e002e2e2e2e },
          { V(31), 0xc6c31f001f1f1f1f, 0x5a5a1f002f2f2f2f } } },
    { "sp_imm", A64_LD2_single_b_post, 0x4dff07ec, /* ld2 {v12.b, v13.b}[9], [sp], #2 */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x102) } },
      .vout = { { V(12), 0xc3c30c000c0c0c0c, 0x5a5a0c001c1c5b1c },
          { V(13), 0xc3c30d000d0d0d0d, 0x5a5a0d001d1dc61d } } },

    /* LD2_single_h_post */
    { "imm", A64_LD2_single_h_post, 0x4dff5840, /* ld2 {v0.h, v1.h}[7], [x2], #4 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x104) } },
      .vout = { { V(0), 0xc3c3000000000000, 0xc65b000010101010 },
          { V(1), 0xc3c3010001010101, 0x8c61010011111111 } } },
    { "reg", A64_LD2_single_h_post, 0x0de3585e, /* ld2 {v30.h, v31.h}[3], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } }, .out = { { X(2), D(0xc0) } },
      .vout = { { V(30), 0xc65b1e001e1e1e1e, 0x5a5a1e002e2e2e2e },
          { V(31), 0x8c611f001f1f1f1f, 0x5a5a1f002f2f2f2f } } },
    { "sp_imm", A64_LD2_single_h_post, 0x4dff4bec, /* ld2 {v12.h, v13.h}[5], [sp], #4 */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x104) } },
      .vout = { { V(12), 0xc3c30c000c0c0c0c, 0x5a5a0c00c65b1c1c },
          { V(13), 0xc3c30d000d0d0d0d, 0x5a5a0d008c611d1d } } },

    /* LD2_single_s_post */
    { "imm", A64_LD2_single_s_post, 0x4dff9040, /* ld2 {v0.s, v1.s}[3], [x2], #8 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x108) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x8c61c65b10101010 },
          { V(1), 0xc3c3010001010101, 0x10f54a2f11111111 } } },
    { "reg", A64_LD2_single_s_post, 0x0de3905e, /* ld2 {v30.s, v31.s}[1], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } }, .out = { { X(2), D(0xc0) } },
      .vout = { { V(30), 0x8c61c65b1e1e1e1e, 0x5a5a1e002e2e2e2e },
          { V(31), 0x10f54a2f1f1f1f1f, 0x5a5a1f002f2f2f2f } } },
    { "sp_imm", A64_LD2_single_s_post, 0x4dff83ec, /* ld2 {v12.s, v13.s}[2], [sp], #8 */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x108) } },
      .vout = { { V(12), 0xc3c30c000c0c0c0c, 0x5a5a0c008c61c65b },
          { V(13), 0xc3c30d000d0d0d0d, 0x5a5a0d0010f54a2f } } },

    /* LD2_single_d_post */
    { "imm", A64_LD2_single_d_post, 0x4dff8440, /* ld2 {v0.d, v1.d}[1], [x2], #16 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x110) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x10f54a2f8c61c65b },
          { V(1), 0xc3c3010001010101, 0x68cda207e479deb3 } } },
    { "reg", A64_LD2_single_d_post, 0x0de3845e, /* ld2 {v30.d, v31.d}[0], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } }, .out = { { X(2), D(0xc0) } },
      .vout = { { V(30), 0x10f54a2f8c61c65b, 0x5a5a1e002e2e2e2e },
          { V(31), 0x68cda207e479deb3, 0x5a5a1f002f2f2f2f } } },
    { "sp_imm", A64_LD2_single_d_post, 0x4dff87ec, /* ld2 {v12.d, v13.d}[1], [sp], #16 */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x110) } },
      .vout = { { V(12), 0xc3c30c000c0c0c0c, 0x10f54a2f8c61c65b },
          { V(13), 0xc3c30d000d0d0d0d, 0x68cda207e479deb3 } } },

    /* LD4_single_b_post */
    { "imm", A64_LD4_single_b_post, 0x4dff3c40, /* ld4 {v0.b, v1.b, v2.b, v3.b}[15], [x2], #4 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x104) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x5b5a000010101010 },
          { V(1), 0xc3c3010001010101, 0xc65a010011111111 },
          { V(2), 0xc3c3020002020202, 0x615a020012121212 },
          { V(3), 0xc3c3030003030303, 0x8c5a030013131313 } } },
    { "reg", A64_LD4_single_b_post, 0x0de33c5e, /* ld4 {v30.b, v31.b, v0.b, v1.b}[7], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } }, .out = { { X(2), D(0xc0) } },
      .vout = { { V(0), 0x61c3000000000000, 0x5a5a000010101010 },
          { V(1), 0x8cc3010001010101, 0x5a5a010011111111 },
          { V(30), 0x5bc31e001e1e1e1e, 0x5a5a1e002e2e2e2e },
          { V(31), 0xc6c31f001f1f1f1f, 0x5a5a1f002f2f2f2f } } },
    { "sp_imm", A64_LD4_single_b_post, 0x4dff27ec,
      /* ld4 {v12.b, v13.b, v14.b, v15.b}[9], [sp], #4 */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x104) } },
      .vout = { { V(12), 0xc3c30c000c0c0c0c, 0x5a5a0c001c1c5b1c },
          { V(13), 0xc3c30d000d0d0d0d, 0x5a5a0d001d1dc61d },
          { V(14), 0xc3c30e000e0e0e0e, 0x5a5a0e001e1e611e },
          { V(15), 0xc3c30f000f0f0f0f, 0x5a5a0f001f1f8c1f } } },

    /* LD4_single_h_post */
    { "imm", A64_LD4_single_h_post, 0x4dff7840, /* ld4 {v0.h, v1.h, v2.h, v3.h}[7], [x2], #8 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x108) } },
      .vout = { { V(0), 0xc3c3000000000000, 0xc65b000010101010 },
          { V(1), 0xc3c3010001010101, 0x8c61010011111111 },
          { V(2), 0xc3c3020002020202, 0x4a2f020012121212 },
          { V(3), 0xc3c3030003030303, 0x10f5030013131313 } } },
    { "reg", A64_LD4_single_h_post, 0x0de3785e, /* ld4 {v30.h, v31.h, v0.h, v1.h}[3], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } }, .out = { { X(2), D(0xc0) } },
      .vout = { { V(0), 0x4a2f000000000000, 0x5a5a000010101010 },
          { V(1), 0x10f5010001010101, 0x5a5a010011111111 },
          { V(30), 0xc65b1e001e1e1e1e, 0x5a5a1e002e2e2e2e },
          { V(31), 0x8c611f001f1f1f1f, 0x5a5a1f002f2f2f2f } } },
    { "sp_imm", A64_LD4_single_h_post, 0x4dff6bec,
      /* ld4 {v12.h, v13.h, v14.h, v15.h}[5], [sp], #8 */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x108) } },
      .vout = { { V(12), 0xc3c30c000c0c0c0c, 0x5a5a0c00c65b1c1c },
          { V(13), 0xc3c30d000d0d0d0d, 0x5a5a0d008c611d1d },
          { V(14), 0xc3c30e000e0e0e0e, 0x5a5a0e004a2f1e1e },
          { V(15), 0xc3c30f000f0f0f0f, 0x5a5a0f0010f51f1f } } },

    /* LD4_single_s_post */
    { "imm", A64_LD4_single_s_post, 0x4dffb040, /* ld4 {v0.s, v1.s, v2.s, v3.s}[3], [x2], #16 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x110) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x8c61c65b10101010 },
          { V(1), 0xc3c3010001010101, 0x10f54a2f11111111 },
          { V(2), 0xc3c3020002020202, 0xe479deb312121212 },
          { V(3), 0xc3c3030003030303, 0x68cda20713131313 } } },
    { "reg", A64_LD4_single_s_post, 0x0de3b05e, /* ld4 {v30.s, v31.s, v0.s, v1.s}[1], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } }, .out = { { X(2), D(0xc0) } },
      .vout = { { V(0), 0xe479deb300000000, 0x5a5a000010101010 },
          { V(1), 0x68cda20701010101, 0x5a5a010011111111 },
          { V(30), 0x8c61c65b1e1e1e1e, 0x5a5a1e002e2e2e2e },
          { V(31), 0x10f54a2f1f1f1f1f, 0x5a5a1f002f2f2f2f } } },
    { "sp_imm", A64_LD4_single_s_post, 0x4dffa3ec,
      /* ld4 {v12.s, v13.s, v14.s, v15.s}[2], [sp], #16 */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x110) } },
      .vout = { { V(12), 0xc3c30c000c0c0c0c, 0x5a5a0c008c61c65b },
          { V(13), 0xc3c30d000d0d0d0d, 0x5a5a0d0010f54a2f },
          { V(14), 0xc3c30e000e0e0e0e, 0x5a5a0e00e479deb3 },
          { V(15), 0xc3c30f000f0f0f0f, 0x5a5a0f0068cda207 } } },

    /* LD4_single_d_post */
    { "imm", A64_LD4_single_d_post, 0x4dffa440, /* ld4 {v0.d, v1.d, v2.d, v3.d}[1], [x2], #32 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x120) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x10f54a2f8c61c65b },
          { V(1), 0xc3c3010001010101, 0x68cda207e479deb3 },
          { V(2), 0xc3c3020002020202, 0x4025ba1ffc51368b },
          { V(3), 0xc3c3030003030303, 0x583d9277d4a90ee3 } } },
    { "reg", A64_LD4_single_d_post, 0x0de3a45e, /* ld4 {v30.d, v31.d, v0.d, v1.d}[0], [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } }, .out = { { X(2), D(0xc0) } },
      .vout = { { V(0), 0x4025ba1ffc51368b, 0x5a5a000010101010 },
          { V(1), 0x583d9277d4a90ee3, 0x5a5a010011111111 },
          { V(30), 0x10f54a2f8c61c65b, 0x5a5a1e002e2e2e2e },
          { V(31), 0x68cda207e479deb3, 0x5a5a1f002f2f2f2f } } },
    { "sp_imm", A64_LD4_single_d_post, 0x4dffa7ec,
      /* ld4 {v12.d, v13.d, v14.d, v15.d}[1], [sp], #32 */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x120) } },
      .vout = { { V(12), 0xc3c30c000c0c0c0c, 0x10f54a2f8c61c65b },
          { V(13), 0xc3c30d000d0d0d0d, 0x68cda207e479deb3 },
          { V(14), 0xc3c30e000e0e0e0e, 0x4025ba1ffc51368b },
          { V(15), 0xc3c30f000f0f0f0f, 0x583d9277d4a90ee3 } } },

    /* LD1R_post */
    { "imm_16b", A64_LD1R_post, 0x4ddfc040, /* ld1r {v0.16b}, [x2], #1 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x101) } },
      .vout = { { V(0), 0x5b5b5b5b5b5b5b5b, 0x5b5b5b5b5b5b5b5b } } },
    { "reg_2s", A64_LD1R_post, 0x0dc3c85e, /* ld1r {v30.2s}, [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0x123 } }, .out = { { X(2), D(0x223) } },
      .vout = { { V(30), 0x8c61c65b8c61c65b, 0x0 } } },
    { "imm_8h", A64_LD1R_post, 0x4ddfc454, /* ld1r {v20.8h}, [x2], #2 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x102) } },
      .vout = { { V(20), 0xc65bc65bc65bc65b, 0xc65bc65bc65bc65b } } },
    { "sp_imm_2d", A64_LD1R_post, 0x4ddfcfe3, /* ld1r {v3.2d}, [sp], #8 */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x108) } },
      .vout = { { V(3), 0x10f54a2f8c61c65b, 0x10f54a2f8c61c65b } } },

    /* LD3R_post */
    { "imm_16b", A64_LD3R_post, 0x4ddfe040, /* ld3r {v0.16b, v1.16b, v2.16b}, [x2], #3 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x103) } },
      .vout = { { V(0), 0x5b5b5b5b5b5b5b5b, 0x5b5b5b5b5b5b5b5b },
          { V(1), 0xc6c6c6c6c6c6c6c6, 0xc6c6c6c6c6c6c6c6 },
          { V(2), 0x6161616161616161, 0x6161616161616161 } } },
    { "reg_2s", A64_LD3R_post, 0x0dc3e85e, /* ld3r {v30.2s, v31.2s, v0.2s}, [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0x123 } }, .out = { { X(2), D(0x223) } },
      .vout = { { V(0), 0xe479deb3e479deb3, 0x0 }, { V(30), 0x8c61c65b8c61c65b, 0x0 },
          { V(31), 0x10f54a2f10f54a2f, 0x0 } } },
    { "imm_8h", A64_LD3R_post, 0x4ddfe454, /* ld3r {v20.8h, v21.8h, v22.8h}, [x2], #6 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x106) } },
      .vout = { { V(20), 0xc65bc65bc65bc65b, 0xc65bc65bc65bc65b },
          { V(21), 0x8c618c618c618c61, 0x8c618c618c618c61 },
          { V(22), 0x4a2f4a2f4a2f4a2f, 0x4a2f4a2f4a2f4a2f } } },
    { "sp_imm_2d", A64_LD3R_post, 0x4ddfefe3, /* ld3r {v3.2d, v4.2d, v5.2d}, [sp], #24 */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x118) } },
      .vout = { { V(3), 0x10f54a2f8c61c65b, 0x10f54a2f8c61c65b },
          { V(4), 0x68cda207e479deb3, 0x68cda207e479deb3 },
          { V(5), 0x4025ba1ffc51368b, 0x4025ba1ffc51368b } } },

    /* LD2R_post */
    { "imm_16b", A64_LD2R_post, 0x4dffc040, /* ld2r {v0.16b, v1.16b}, [x2], #2 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x102) } },
      .vout = { { V(0), 0x5b5b5b5b5b5b5b5b, 0x5b5b5b5b5b5b5b5b },
          { V(1), 0xc6c6c6c6c6c6c6c6, 0xc6c6c6c6c6c6c6c6 } } },
    { "reg_2s", A64_LD2R_post, 0x0de3c85e, /* ld2r {v30.2s, v31.2s}, [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0x123 } }, .out = { { X(2), D(0x223) } },
      .vout = { { V(30), 0x8c61c65b8c61c65b, 0x0 }, { V(31), 0x10f54a2f10f54a2f, 0x0 } } },
    { "imm_8h", A64_LD2R_post, 0x4dffc454, /* ld2r {v20.8h, v21.8h}, [x2], #4 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x104) } },
      .vout = { { V(20), 0xc65bc65bc65bc65b, 0xc65bc65bc65bc65b },
          { V(21), 0x8c618c618c618c61, 0x8c618c618c618c61 } } },
    { "sp_imm_2d", A64_LD2R_post, 0x4dffcfe3, /* ld2r {v3.2d, v4.2d}, [sp], #16 */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x110) } },
      .vout = { { V(3), 0x10f54a2f8c61c65b, 0x10f54a2f8c61c65b },
          { V(4), 0x68cda207e479deb3, 0x68cda207e479deb3 } } },
    { "fault_no_writeback", A64_LD2R_post, 0x4dffcc40, /* ld2r {v0.2d, v1.2d}, [x2], #16 */
      .in = { { X(2), RAM_END - 8 } }, DABT(0x10, RAM_END) },

    /* LD4R_post */
    { "imm_16b", A64_LD4R_post, 0x4dffe040, /* ld4r {v0.16b, v1.16b, v2.16b, v3.16b}, [x2], #4 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x104) } },
      .vout = { { V(0), 0x5b5b5b5b5b5b5b5b, 0x5b5b5b5b5b5b5b5b },
          { V(1), 0xc6c6c6c6c6c6c6c6, 0xc6c6c6c6c6c6c6c6 },
          { V(2), 0x6161616161616161, 0x6161616161616161 },
          { V(3), 0x8c8c8c8c8c8c8c8c, 0x8c8c8c8c8c8c8c8c } } },
    { "reg_2s", A64_LD4R_post, 0x0de3e85e, /* ld4r {v30.2s, v31.2s, v0.2s, v1.2s}, [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0x123 } }, .out = { { X(2), D(0x223) } },
      .vout = { { V(0), 0xe479deb3e479deb3, 0x0 }, { V(1), 0x68cda20768cda207, 0x0 },
          { V(30), 0x8c61c65b8c61c65b, 0x0 }, { V(31), 0x10f54a2f10f54a2f, 0x0 } } },
    { "imm_8h", A64_LD4R_post, 0x4dffe454, /* ld4r {v20.8h, v21.8h, v22.8h, v23.8h}, [x2], #8 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x108) } },
      .vout = { { V(20), 0xc65bc65bc65bc65b, 0xc65bc65bc65bc65b },
          { V(21), 0x8c618c618c618c61, 0x8c618c618c618c61 },
          { V(22), 0x4a2f4a2f4a2f4a2f, 0x4a2f4a2f4a2f4a2f },
          { V(23), 0x10f510f510f510f5, 0x10f510f510f510f5 } } },
    { "sp_imm_2d", A64_LD4R_post, 0x4dffefe3, /* ld4r {v3.2d, v4.2d, v5.2d, v6.2d}, [sp], #32 */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x120) } },
      .vout = { { V(3), 0x10f54a2f8c61c65b, 0x10f54a2f8c61c65b },
          { V(4), 0x68cda207e479deb3, 0x68cda207e479deb3 },
          { V(5), 0x4025ba1ffc51368b, 0x4025ba1ffc51368b },
          { V(6), 0x583d9277d4a90ee3, 0x583d9277d4a90ee3 } } },
    { "unalloc_store", A64_LD4R_post, 0x0dbfe040, /* L = 0 (no ST4R) */
      .in = { { X(2), D(0x100) } }, UNDEF },

};

CASE_SET(ldst_simd_single_post, c);
