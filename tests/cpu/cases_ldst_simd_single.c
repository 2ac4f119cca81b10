/*
 * cases_ldst_simd_single.c — LD1-LD4/ST1-ST4 (single structure) and
 * LD1R-LD4R, no writeback.
 * Conventions, provenance of the expected values and the macros:
 * ldst_simd_cases.h.
 */
#include "ldst_simd_cases.h"

static const InsnCase c[] = {
    /* ST1_single_b */
    { "lane_max", A64_ST1_single_b, 0x4d001c40, /* st1 {v0.b}[15], [x2] */
      .in = { { X(2), D(0x100) } }, .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d } },
      .mem_out = { { D(0x100), 1, 0x4a } } },
    { "lane_q0", A64_ST1_single_b, 0x0d001c41, /* st1 {v1.b}[7], [x2] */
      .in = { { X(2), D(0x101) } }, .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x101), 1, 0x22 } } },
    { "wrap_sp", A64_ST1_single_b, 0x4d0007ff, /* st1 {v31.b}[9], [sp] */
      .in = { { SP, D(0x100) } }, .vin = { { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x100), 1, 0xf8 } } },

    /* ST1_single_h */
    { "lane_max", A64_ST1_single_h, 0x4d005840, /* st1 {v0.h}[7], [x2] */
      .in = { { X(2), D(0x100) } }, .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d } },
      .mem_out = { { D(0x100), 2, 0x4aaf } } },
    { "lane_q0", A64_ST1_single_h, 0x0d005841, /* st1 {v1.h}[3], [x2] */
      .in = { { X(2), D(0x101) } }, .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x101), 2, 0x2287 } } },
    { "wrap_sp", A64_ST1_single_h, 0x4d004bff, /* st1 {v31.h}[5], [sp] */
      .in = { { SP, D(0x100) } }, .vin = { { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x100), 2, 0x2e93 } } },

    /* ST1_single_s */
    { "lane_max", A64_ST1_single_s, 0x4d009040, /* st1 {v0.s}[3], [x2] */
      .in = { { X(2), D(0x100) } }, .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d } },
      .mem_out = { { D(0x100), 4, 0x4aaf1479 } } },
    { "lane_q0", A64_ST1_single_s, 0x0d009041, /* st1 {v1.s}[1], [x2] */
      .in = { { X(2), D(0x101) } }, .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x101), 4, 0x2287ec51 } } },
    { "wrap_sp", A64_ST1_single_s, 0x4d0083ff, /* st1 {v31.s}[2], [sp] */
      .in = { { SP, D(0x100) } }, .vin = { { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x100), 4, 0x2e93f85d } } },
    { "warm", A64_ST1_single_s, 0x4d008043, /* st1 {v3.s}[2], [x2] */
      WARM, .in = { { X(2), D(0x100) } },
      .vin = { { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d } },
      .mem_out = { { D(0x100), 4, 0xee53b81d } } },

    /* ST1_single_d */
    { "lane_max", A64_ST1_single_d, 0x4d008440, /* st1 {v0.d}[1], [x2] */
      .in = { { X(2), D(0x100) } }, .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d } },
      .mem_out = { { D(0x100), 8, 0x4aaf1479de43a80d } } },
    { "lane_q0", A64_ST1_single_d, 0x0d008441, /* st1 {v1.d}[0], [x2] */
      .in = { { X(2), D(0x101) } }, .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x101), 8, 0x2287ec51b61b80e5 } } },
    { "wrap_sp", A64_ST1_single_d, 0x4d0087ff, /* st1 {v31.d}[1], [sp] */
      .in = { { SP, D(0x100) } }, .vin = { { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x100), 8, 0x9aff64c92e93f85d } } },

    /* ST3_single_b */
    { "lane_max", A64_ST3_single_b, 0x4d003c40, /* st3 {v0.b, v1.b, v2.b}[15], [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } },
      .mem_out = { { D(0x100), 2, 0xfa4a }, { D(0x102), 1, 0xaa } } },
    { "lane_q0", A64_ST3_single_b, 0x0d003c41, /* st3 {v1.b, v2.b, v3.b}[7], [x2] */
      .in = { { X(2), D(0x101) } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d } },
      .mem_out = { { D(0x101), 2, 0xd222 }, { D(0x103), 1, 0x82 } } },
    { "wrap_sp", A64_ST3_single_b, 0x4d0027ff, /* st3 {v31.b, v0.b, v1.b}[9], [sp] */
      .in = { { SP, D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x100), 2, 0xa8f8 }, { D(0x102), 1, 0x58 } } },

    /* ST3_single_h */
    { "lane_max", A64_ST3_single_h, 0x4d007840, /* st3 {v0.h, v1.h, v2.h}[7], [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } },
      .mem_out = { { D(0x100), 4, 0xfa5f4aaf }, { D(0x104), 2, 0xaa0f } } },
    { "lane_q0", A64_ST3_single_h, 0x0d007841, /* st3 {v1.h, v2.h, v3.h}[3], [x2] */
      .in = { { X(2), D(0x101) } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d } },
      .mem_out = { { D(0x101), 4, 0xd2372287 }, { D(0x105), 2, 0x82e7 } } },
    { "wrap_sp", A64_ST3_single_h, 0x4d006bff, /* st3 {v31.h, v0.h, v1.h}[5], [sp] */
      .in = { { SP, D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x100), 4, 0xde432e93 }, { D(0x104), 2, 0x8ef3 } } },
    { "device_misaligned", A64_ST3_single_h, 0x4d007840, /* st3 {v0.h, v1.h, v2.h}[7], [x2] */
      DEVICE, .in = { { X(2), D(0x101) } }, DABT(0x61, D(0x101)) },

    /* ST3_single_s */
    { "lane_max", A64_ST3_single_s, 0x4d00b040, /* st3 {v0.s, v1.s, v2.s}[3], [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } },
      .mem_out = { { D(0x100), 8, 0xfa5fc4294aaf1479 }, { D(0x108), 4, 0xaa0f74d9 } } },
    { "lane_q0", A64_ST3_single_s, 0x0d00b041, /* st3 {v1.s, v2.s, v3.s}[1], [x2] */
      .in = { { X(2), D(0x101) } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d } },
      .mem_out = { { D(0x101), 8, 0xd2379c012287ec51 }, { D(0x109), 4, 0x82e74cb1 } } },
    { "wrap_sp", A64_ST3_single_s, 0x4d00a3ff, /* st3 {v31.s, v0.s, v1.s}[2], [sp] */
      .in = { { SP, D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x100), 8, 0xde43a80d2e93f85d }, { D(0x108), 4, 0x8ef358bd } } },

    /* ST3_single_d */
    { "lane_max", A64_ST3_single_d, 0x4d00a440, /* st3 {v0.d, v1.d, v2.d}[1], [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } },
      .mem_out = { { D(0x100), 8, 0x4aaf1479de43a80d }, { D(0x108), 8, 0xfa5fc4298ef358bd },
          { D(0x110), 8, 0xaa0f74d93ea3086d } } },
    { "lane_q0", A64_ST3_single_d, 0x0d00a441, /* st3 {v1.d, v2.d, v3.d}[0], [x2] */
      .in = { { X(2), D(0x101) } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d } },
      .mem_out = { { D(0x101), 8, 0x2287ec51b61b80e5 }, { D(0x109), 8, 0xd2379c0166cb3095 },
          { D(0x111), 8, 0x82e74cb1167be045 } } },
    { "wrap_sp", A64_ST3_single_d, 0x4d00a7ff, /* st3 {v31.d, v0.d, v1.d}[1], [sp] */
      .in = { { SP, D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x100), 8, 0x9aff64c92e93f85d }, { D(0x108), 8, 0x4aaf1479de43a80d },
          { D(0x110), 8, 0xfa5fc4298ef358bd } } },

    /* ST2_single_b */
    { "lane_max", A64_ST2_single_b, 0x4d201c40, /* st2 {v0.b, v1.b}[15], [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x100), 2, 0xfa4a } } },
    { "lane_q0", A64_ST2_single_b, 0x0d201c41, /* st2 {v1.b, v2.b}[7], [x2] */
      .in = { { X(2), D(0x101) } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } },
      .mem_out = { { D(0x101), 2, 0xd222 } } },
    { "wrap_sp", A64_ST2_single_b, 0x4d2007ff, /* st2 {v31.b, v0.b}[9], [sp] */
      .in = { { SP, D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x100), 2, 0xa8f8 } } },

    /* ST2_single_h */
    { "lane_max", A64_ST2_single_h, 0x4d205840, /* st2 {v0.h, v1.h}[7], [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x100), 4, 0xfa5f4aaf } } },
    { "lane_q0", A64_ST2_single_h, 0x0d205841, /* st2 {v1.h, v2.h}[3], [x2] */
      .in = { { X(2), D(0x101) } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } },
      .mem_out = { { D(0x101), 4, 0xd2372287 } } },
    { "wrap_sp", A64_ST2_single_h, 0x4d204bff, /* st2 {v31.h, v0.h}[5], [sp] */
      .in = { { SP, D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x100), 4, 0xde432e93 } } },

    /* ST2_single_s */
    { "lane_max", A64_ST2_single_s, 0x4d209040, /* st2 {v0.s, v1.s}[3], [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x100), 8, 0xfa5fc4294aaf1479 } } },
    { "lane_q0", A64_ST2_single_s, 0x0d209041, /* st2 {v1.s, v2.s}[1], [x2] */
      .in = { { X(2), D(0x101) } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } },
      .mem_out = { { D(0x101), 8, 0xd2379c012287ec51 } } },
    { "wrap_sp", A64_ST2_single_s, 0x4d2083ff, /* st2 {v31.s, v0.s}[2], [sp] */
      .in = { { SP, D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x100), 8, 0xde43a80d2e93f85d } } },

    /* ST2_single_d */
    { "lane_max", A64_ST2_single_d, 0x4d208440, /* st2 {v0.d, v1.d}[1], [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x100), 8, 0x4aaf1479de43a80d }, { D(0x108), 8, 0xfa5fc4298ef358bd } } },
    { "lane_q0", A64_ST2_single_d, 0x0d208441, /* st2 {v1.d, v2.d}[0], [x2] */
      .in = { { X(2), D(0x101) } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } },
      .mem_out = { { D(0x101), 8, 0x2287ec51b61b80e5 }, { D(0x109), 8, 0xd2379c0166cb3095 } } },
    { "wrap_sp", A64_ST2_single_d, 0x4d2087ff, /* st2 {v31.d, v0.d}[1], [sp] */
      .in = { { SP, D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x100), 8, 0x9aff64c92e93f85d }, { D(0x108), 8, 0x4aaf1479de43a80d } } },
    { "unalloc_S", A64_ST2_single_d, 0x0d209440, /* S = 1 with size = 01 */
      .in = { { X(2), D(0x100) } }, UNDEF },

    /* ST4_single_b */
    { "lane_max", A64_ST4_single_b, 0x4d203c40, /* st4 {v0.b, v1.b, v2.b, v3.b}[15], [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d } },
      .mem_out = { { D(0x100), 4, 0x5aaafa4a } } },
    { "lane_q0", A64_ST4_single_b, 0x0d203c41, /* st4 {v1.b, v2.b, v3.b, v4.b}[7], [x2] */
      .in = { { X(2), D(0x101) } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d },
          { V(4), 0x3297fc61c62b90f5, 0xa6fd4399e0368cd } },
      .mem_out = { { D(0x101), 4, 0x3282d222 } } },
    { "wrap_sp", A64_ST4_single_b, 0x4d2027ff, /* st4 {v31.b, v0.b, v1.b, v2.b}[9], [sp] */
      .in = { { SP, D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x100), 4, 0x858a8f8 } } },

    /* ST4_single_h */
    { "lane_max", A64_ST4_single_h, 0x4d207840, /* st4 {v0.h, v1.h, v2.h, v3.h}[7], [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d } },
      .mem_out = { { D(0x100), 8, 0x5abfaa0ffa5f4aaf } } },
    { "lane_q0", A64_ST4_single_h, 0x0d207841, /* st4 {v1.h, v2.h, v3.h, v4.h}[3], [x2] */
      .in = { { X(2), D(0x101) } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d },
          { V(4), 0x3297fc61c62b90f5, 0xa6fd4399e0368cd } },
      .mem_out = { { D(0x101), 8, 0x329782e7d2372287 } } },
    { "wrap_sp", A64_ST4_single_h, 0x4d206bff, /* st4 {v31.h, v0.h, v1.h, v2.h}[5], [sp] */
      .in = { { SP, D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x100), 8, 0x3ea38ef3de432e93 } } },

    /* ST4_single_s */
    { "lane_max", A64_ST4_single_s, 0x4d20b040, /* st4 {v0.s, v1.s, v2.s, v3.s}[3], [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d } },
      .mem_out = { { D(0x100), 8, 0xfa5fc4294aaf1479 }, { D(0x108), 8, 0x5abf2489aa0f74d9 } } },
    { "lane_q0", A64_ST4_single_s, 0x0d20b041, /* st4 {v1.s, v2.s, v3.s, v4.s}[1], [x2] */
      .in = { { X(2), D(0x101) } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d },
          { V(4), 0x3297fc61c62b90f5, 0xa6fd4399e0368cd } },
      .mem_out = { { D(0x101), 8, 0xd2379c012287ec51 }, { D(0x109), 8, 0x3297fc6182e74cb1 } } },
    { "wrap_sp", A64_ST4_single_s, 0x4d20a3ff, /* st4 {v31.s, v0.s, v1.s, v2.s}[2], [sp] */
      .in = { { SP, D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x100), 8, 0xde43a80d2e93f85d }, { D(0x108), 8, 0x3ea3086d8ef358bd } } },

    /* ST4_single_d */
    { "lane_max", A64_ST4_single_d, 0x4d20a440, /* st4 {v0.d, v1.d, v2.d, v3.d}[1], [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d } },
      .mem_out = { { D(0x100), 8, 0x4aaf1479de43a80d }, { D(0x108), 8, 0xfa5fc4298ef358bd },
          { D(0x110), 8, 0xaa0f74d93ea3086d }, { D(0x118), 8, 0x5abf2489ee53b81d } } },
    { "lane_q0", A64_ST4_single_d, 0x0d20a441, /* st4 {v1.d, v2.d, v3.d, v4.d}[0], [x2] */
      .in = { { X(2), D(0x101) } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d },
          { V(4), 0x3297fc61c62b90f5, 0xa6fd4399e0368cd } },
      .mem_out = { { D(0x101), 8, 0x2287ec51b61b80e5 }, { D(0x109), 8, 0xd2379c0166cb3095 },
          { D(0x111), 8, 0x82e74cb1167be045 }, { D(0x119), 8, 0x3297fc61c62b90f5 } } },
    { "wrap_sp", A64_ST4_single_d, 0x4d20a7ff, /* st4 {v31.d, v0.d, v1.d, v2.d}[1], [sp] */
      .in = { { SP, D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x100), 8, 0x9aff64c92e93f85d }, { D(0x108), 8, 0x4aaf1479de43a80d },
          { D(0x110), 8, 0xfa5fc4298ef358bd }, { D(0x118), 8, 0xaa0f74d93ea3086d } } },

    /* LD1_single_b */
    { "lane_max", A64_LD1_single_b, 0x4d401c40, /* ld1 {v0.b}[15], [x2] */
      .in = { { X(2), D(0x100) } }, .vout = { { V(0), 0xc3c3000000000000, 0x5b5a000010101010 } } },
    { "lane_q0", A64_LD1_single_b, 0x0d401c41, /* ld1 {v1.b}[7], [x2] */
      .in = { { X(2), D(0x101) } }, .vout = { { V(1), 0xc6c3010001010101, 0x5a5a010011111111 } } },
    { "wrap_sp", A64_LD1_single_b, 0x4d4007ff, /* ld1 {v31.b}[9], [sp] */
      .in = { { SP, D(0x100) } }, .vout = { { V(31), 0xc3c31f001f1f1f1f, 0x5a5a1f002f2f5b2f } } },
    { "fp_trap", A64_LD1_single_b, 0x0d400440, /* ld1 {v0.b}[1], [x2] */
      .in = { { X(2), D(0x100) } }, FP_TRAP },

    /* LD1_single_h */
    { "lane_max", A64_LD1_single_h, 0x4d405840, /* ld1 {v0.h}[7], [x2] */
      .in = { { X(2), D(0x100) } }, .vout = { { V(0), 0xc3c3000000000000, 0xc65b000010101010 } } },
    { "lane_q0", A64_LD1_single_h, 0x0d405841, /* ld1 {v1.h}[3], [x2] */
      .in = { { X(2), D(0x101) } }, .vout = { { V(1), 0x61c6010001010101, 0x5a5a010011111111 } } },
    { "wrap_sp", A64_LD1_single_h, 0x4d404bff, /* ld1 {v31.h}[5], [sp] */
      .in = { { SP, D(0x100) } }, .vout = { { V(31), 0xc3c31f001f1f1f1f, 0x5a5a1f00c65b2f2f } } },
    { "unalloc_size0", A64_LD1_single_h, 0x0d404440, /* size<0> = 1 */
      .in = { { X(2), D(0x100) } }, UNDEF },

    /* LD1_single_s */
    { "lane_max", A64_LD1_single_s, 0x4d409040, /* ld1 {v0.s}[3], [x2] */
      .in = { { X(2), D(0x100) } }, .vout = { { V(0), 0xc3c3000000000000, 0x8c61c65b10101010 } } },
    { "lane_q0", A64_LD1_single_s, 0x0d409041, /* ld1 {v1.s}[1], [x2] */
      .in = { { X(2), D(0x101) } }, .vout = { { V(1), 0x2f8c61c601010101, 0x5a5a010011111111 } } },
    { "wrap_sp", A64_LD1_single_s, 0x4d4083ff, /* ld1 {v31.s}[2], [sp] */
      .in = { { SP, D(0x100) } }, .vout = { { V(31), 0xc3c31f001f1f1f1f, 0x5a5a1f008c61c65b } } },
    { "unalloc_size1", A64_LD1_single_s, 0x0d408840, /* size = 10 */
      .in = { { X(2), D(0x100) } }, UNDEF },
    { "warm", A64_LD1_single_s, 0x4d408043, /* ld1 {v3.s}[2], [x2] */
      WARM, .in = { { X(2), D(0x100) } },
      .vout = { { V(3), 0xc3c3030003030303, 0x5a5a03008c61c65b } } },

    /* LD1_single_d */
    { "lane_max", A64_LD1_single_d, 0x4d408440, /* ld1 {v0.d}[1], [x2] */
      .in = { { X(2), D(0x100) } }, .vout = { { V(0), 0xc3c3000000000000, 0x10f54a2f8c61c65b } } },
    { "lane_q0", A64_LD1_single_d, 0x0d408441, /* ld1 {v1.d}[0], [x2] */
      .in = { { X(2), D(0x101) } }, .vout = { { V(1), 0xb310f54a2f8c61c6, 0x5a5a010011111111 } } },
    { "wrap_sp", A64_LD1_single_d, 0x4d4087ff, /* ld1 {v31.d}[1], [sp] */
      .in = { { SP, D(0x100) } }, .vout = { { V(31), 0xc3c31f001f1f1f1f, 0x10f54a2f8c61c65b } } },
    { "sp_misaligned_sa", A64_LD1_single_d, 0x4d4087e0, /* ld1 {v0.d}[1], [sp] */
      SA_ON, .in = { { SP, D(0x108) } }, SP_FAULT },

    /* LD3_single_b */
    { "lane_max", A64_LD3_single_b, 0x4d403c40, /* ld3 {v0.b, v1.b, v2.b}[15], [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x5b5a000010101010 },
          { V(1), 0xc3c3010001010101, 0xc65a010011111111 },
          { V(2), 0xc3c3020002020202, 0x615a020012121212 } } },
    { "lane_q0", A64_LD3_single_b, 0x0d403c41, /* ld3 {v1.b, v2.b, v3.b}[7], [x2] */
      .in = { { X(2), D(0x101) } },
      .vout = { { V(1), 0xc6c3010001010101, 0x5a5a010011111111 },
          { V(2), 0x61c3020002020202, 0x5a5a020012121212 },
          { V(3), 0x8cc3030003030303, 0x5a5a030013131313 } } },
    { "wrap_sp", A64_LD3_single_b, 0x4d4027ff, /* ld3 {v31.b, v0.b, v1.b}[9], [sp] */
      .in = { { SP, D(0x100) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x5a5a00001010c610 },
          { V(1), 0xc3c3010001010101, 0x5a5a010011116111 },
          { V(31), 0xc3c31f001f1f1f1f, 0x5a5a1f002f2f5b2f } } },
    { "device", A64_LD3_single_b, 0x4d403440, /* ld3 {v0.b, v1.b, v2.b}[13], [x2] */
      DEVICE, .in = { { X(2), D(0x101) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x5a5ac60010101010 },
          { V(1), 0xc3c3010001010101, 0x5a5a610011111111 },
          { V(2), 0xc3c3020002020202, 0x5a5a8c0012121212 } } },

    /* LD3_single_h */
    { "lane_max", A64_LD3_single_h, 0x4d407840, /* ld3 {v0.h, v1.h, v2.h}[7], [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0xc3c3000000000000, 0xc65b000010101010 },
          { V(1), 0xc3c3010001010101, 0x8c61010011111111 },
          { V(2), 0xc3c3020002020202, 0x4a2f020012121212 } } },
    { "lane_q0", A64_LD3_single_h, 0x0d407841, /* ld3 {v1.h, v2.h, v3.h}[3], [x2] */
      .in = { { X(2), D(0x101) } },
      .vout = { { V(1), 0x61c6010001010101, 0x5a5a010011111111 },
          { V(2), 0x2f8c020002020202, 0x5a5a020012121212 },
          { V(3), 0xf54a030003030303, 0x5a5a030013131313 } } },
    { "wrap_sp", A64_LD3_single_h, 0x4d406bff, /* ld3 {v31.h, v0.h, v1.h}[5], [sp] */
      .in = { { SP, D(0x100) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x5a5a00008c611010 },
          { V(1), 0xc3c3010001010101, 0x5a5a01004a2f1111 },
          { V(31), 0xc3c31f001f1f1f1f, 0x5a5a1f00c65b2f2f } } },

    /* LD3_single_s */
    { "lane_max", A64_LD3_single_s, 0x4d40b040, /* ld3 {v0.s, v1.s, v2.s}[3], [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x8c61c65b10101010 },
          { V(1), 0xc3c3010001010101, 0x10f54a2f11111111 },
          { V(2), 0xc3c3020002020202, 0xe479deb312121212 } } },
    { "lane_q0", A64_LD3_single_s, 0x0d40b041, /* ld3 {v1.s, v2.s, v3.s}[1], [x2] */
      .in = { { X(2), D(0x101) } },
      .vout = { { V(1), 0x2f8c61c601010101, 0x5a5a010011111111 },
          { V(2), 0xb310f54a02020202, 0x5a5a020012121212 },
          { V(3), 0x7e479de03030303, 0x5a5a030013131313 } } },
    { "wrap_sp", A64_LD3_single_s, 0x4d40a3ff, /* ld3 {v31.s, v0.s, v1.s}[2], [sp] */
      .in = { { SP, D(0x100) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x5a5a000010f54a2f },
          { V(1), 0xc3c3010001010101, 0x5a5a0100e479deb3 },
          { V(31), 0xc3c31f001f1f1f1f, 0x5a5a1f008c61c65b } } },

    /* LD3_single_d */
    { "lane_max", A64_LD3_single_d, 0x4d40a440, /* ld3 {v0.d, v1.d, v2.d}[1], [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x10f54a2f8c61c65b },
          { V(1), 0xc3c3010001010101, 0x68cda207e479deb3 },
          { V(2), 0xc3c3020002020202, 0x4025ba1ffc51368b } } },
    { "lane_q0", A64_LD3_single_d, 0x0d40a441, /* ld3 {v1.d, v2.d, v3.d}[0], [x2] */
      .in = { { X(2), D(0x101) } },
      .vout = { { V(1), 0xb310f54a2f8c61c6, 0x5a5a010011111111 },
          { V(2), 0x8b68cda207e479de, 0x5a5a020012121212 },
          { V(3), 0xe34025ba1ffc5136, 0x5a5a030013131313 } } },
    { "wrap_sp", A64_LD3_single_d, 0x4d40a7ff, /* ld3 {v31.d, v0.d, v1.d}[1], [sp] */
      .in = { { SP, D(0x100) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x68cda207e479deb3 },
          { V(1), 0xc3c3010001010101, 0x4025ba1ffc51368b },
          { V(31), 0xc3c31f001f1f1f1f, 0x10f54a2f8c61c65b } } },

    /* LD2_single_b */
    { "lane_max", A64_LD2_single_b, 0x4d601c40, /* ld2 {v0.b, v1.b}[15], [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x5b5a000010101010 },
          { V(1), 0xc3c3010001010101, 0xc65a010011111111 } } },
    { "lane_q0", A64_LD2_single_b, 0x0d601c41, /* ld2 {v1.b, v2.b}[7], [x2] */
      .in = { { X(2), D(0x101) } },
      .vout = { { V(1), 0xc6c3010001010101, 0x5a5a010011111111 },
          { V(2), 0x61c3020002020202, 0x5a5a020012121212 } } },
    { "wrap_sp", A64_LD2_single_b, 0x4d6007ff, /* ld2 {v31.b, v0.b}[9], [sp] */
      .in = { { SP, D(0x100) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x5a5a00001010c610 },
          { V(31), 0xc3c31f001f1f1f1f, 0x5a5a1f002f2f5b2f } } },

    /* LD2_single_h */
    { "lane_max", A64_LD2_single_h, 0x4d605840, /* ld2 {v0.h, v1.h}[7], [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0xc3c3000000000000, 0xc65b000010101010 },
          { V(1), 0xc3c3010001010101, 0x8c61010011111111 } } },
    { "lane_q0", A64_LD2_single_h, 0x0d605841, /* ld2 {v1.h, v2.h}[3], [x2] */
      .in = { { X(2), D(0x101) } },
      .vout = { { V(1), 0x61c6010001010101, 0x5a5a010011111111 },
          { V(2), 0x2f8c020002020202, 0x5a5a020012121212 } } },
    { "wrap_sp", A64_LD2_single_h, 0x4d604bff, /* ld2 {v31.h, v0.h}[5], [sp] */
      .in = { { SP, D(0x100) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x5a5a00008c611010 },
          { V(31), 0xc3c31f001f1f1f1f, 0x5a5a1f00c65b2f2f } } },

    /* LD2_single_s */
    { "lane_max", A64_LD2_single_s, 0x4d609040, /* ld2 {v0.s, v1.s}[3], [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x8c61c65b10101010 },
          { V(1), 0xc3c3010001010101, 0x10f54a2f11111111 } } },
    { "lane_q0", A64_LD2_single_s, 0x0d609041, /* ld2 {v1.s, v2.s}[1], [x2] */
      .in = { { X(2), D(0x101) } },
      .vout = { { V(1), 0x2f8c61c601010101, 0x5a5a010011111111 },
          { V(2), 0xb310f54a02020202, 0x5a5a020012121212 } } },
    { "wrap_sp", A64_LD2_single_s, 0x4d6083ff, /* ld2 {v31.s, v0.s}[2], [sp] */
      .in = { { SP, D(0x100) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x5a5a000010f54a2f },
          { V(31), 0xc3c31f001f1f1f1f, 0x5a5a1f008c61c65b } } },

    /* LD2_single_d */
    { "lane_max", A64_LD2_single_d, 0x4d608440, /* ld2 {v0.d, v1.d}[1], [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x10f54a2f8c61c65b },
          { V(1), 0xc3c3010001010101, 0x68cda207e479deb3 } } },
    { "lane_q0", A64_LD2_single_d, 0x0d608441, /* ld2 {v1.d, v2.d}[0], [x2] */
      .in = { { X(2), D(0x101) } },
      .vout = { { V(1), 0xb310f54a2f8c61c6, 0x5a5a010011111111 },
          { V(2), 0x8b68cda207e479de, 0x5a5a020012121212 } } },
    { "wrap_sp", A64_LD2_single_d, 0x4d6087ff, /* ld2 {v31.d, v0.d}[1], [sp] */
      .in = { { SP, D(0x100) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x68cda207e479deb3 },
          { V(31), 0xc3c31f001f1f1f1f, 0x10f54a2f8c61c65b } } },

    /* LD4_single_b */
    { "lane_max", A64_LD4_single_b, 0x4d603c40, /* ld4 {v0.b, v1.b, v2.b, v3.b}[15], [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x5b5a000010101010 },
          { V(1), 0xc3c3010001010101, 0xc65a010011111111 },
          { V(2), 0xc3c3020002020202, 0x615a020012121212 },
          { V(3), 0xc3c3030003030303, 0x8c5a030013131313 } } },
    { "lane_q0", A64_LD4_single_b, 0x0d603c41, /* ld4 {v1.b, v2.b, v3.b, v4.b}[7], [x2] */
      .in = { { X(2), D(0x101) } },
      .vout = { { V(1), 0xc6c3010001010101, 0x5a5a010011111111 },
          { V(2), 0x61c3020002020202, 0x5a5a020012121212 },
          { V(3), 0x8cc3030003030303, 0x5a5a030013131313 },
          { V(4), 0x2fc3040004040404, 0x5a5a040014141414 } } },
    { "wrap_sp", A64_LD4_single_b, 0x4d6027ff, /* ld4 {v31.b, v0.b, v1.b, v2.b}[9], [sp] */
      .in = { { SP, D(0x100) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x5a5a00001010c610 },
          { V(1), 0xc3c3010001010101, 0x5a5a010011116111 },
          { V(2), 0xc3c3020002020202, 0x5a5a020012128c12 },
          { V(31), 0xc3c31f001f1f1f1f, 0x5a5a1f002f2f5b2f } } },

    /* LD4_single_h */
    { "lane_max", A64_LD4_single_h, 0x4d607840, /* ld4 {v0.h, v1.h, v2.h, v3.h}[7], [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0xc3c3000000000000, 0xc65b000010101010 },
          { V(1), 0xc3c3010001010101, 0x8c61010011111111 },
          { V(2), 0xc3c3020002020202, 0x4a2f020012121212 },
          { V(3), 0xc3c3030003030303, 0x10f5030013131313 } } },
    { "lane_q0", A64_LD4_single_h, 0x0d607841, /* ld4 {v1.h, v2.h, v3.h, v4.h}[3], [x2] */
      .in = { { X(2), D(0x101) } },
      .vout = { { V(1), 0x61c6010001010101, 0x5a5a010011111111 },
          { V(2), 0x2f8c020002020202, 0x5a5a020012121212 },
          { V(3), 0xf54a030003030303, 0x5a5a030013131313 },
          { V(4), 0xb310040004040404, 0x5a5a040014141414 } } },
    { "wrap_sp", A64_LD4_single_h, 0x4d606bff, /* ld4 {v31.h, v0.h, v1.h, v2.h}[5], [sp] */
      .in = { { SP, D(0x100) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x5a5a00008c611010 },
          { V(1), 0xc3c3010001010101, 0x5a5a01004a2f1111 },
          { V(2), 0xc3c3020002020202, 0x5a5a020010f51212 },
          { V(31), 0xc3c31f001f1f1f1f, 0x5a5a1f00c65b2f2f } } },

    /* LD4_single_s */
    { "lane_max", A64_LD4_single_s, 0x4d60b040, /* ld4 {v0.s, v1.s, v2.s, v3.s}[3], [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x8c61c65b10101010 },
          { V(1), 0xc3c3010001010101, 0x10f54a2f11111111 },
          { V(2), 0xc3c3020002020202, 0xe479deb312121212 },
          { V(3), 0xc3c3030003030303, 0x68cda20713131313 } } },
    { "lane_q0", A64_LD4_single_s, 0x0d60b041, /* ld4 {v1.s, v2.s, v3.s, v4.s}[1], [x2] */
      .in = { { X(2), D(0x101) } },
      .vout = { { V(1), 0x2f8c61c601010101, 0x5a5a010011111111 },
          { V(2), 0xb310f54a02020202, 0x5a5a020012121212 },
          { V(3), 0x7e479de03030303, 0x5a5a030013131313 },
          { V(4), 0x8b68cda204040404, 0x5a5a040014141414 } } },
    { "wrap_sp", A64_LD4_single_s, 0x4d60a3ff, /* ld4 {v31.s, v0.s, v1.s, v2.s}[2], [sp] */
      .in = { { SP, D(0x100) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x5a5a000010f54a2f },
          { V(1), 0xc3c3010001010101, 0x5a5a0100e479deb3 },
          { V(2), 0xc3c3020002020202, 0x5a5a020068cda207 },
          { V(31), 0xc3c31f001f1f1f1f, 0x5a5a1f008c61c65b } } },
    { "fault_regs_unchanged", A64_LD4_single_s, 0x0d60b040,
      /* ld4 {v0.s, v1.s, v2.s, v3.s}[1], [x2] */
      .in = { { X(2), RAM_END - 8 } }, DABT(0x10, RAM_END) },

    /* LD4_single_d */
    { "lane_max", A64_LD4_single_d, 0x4d60a440, /* ld4 {v0.d, v1.d, v2.d, v3.d}[1], [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x10f54a2f8c61c65b },
          { V(1), 0xc3c3010001010101, 0x68cda207e479deb3 },
          { V(2), 0xc3c3020002020202, 0x4025ba1ffc51368b },
          { V(3), 0xc3c3030003030303, 0x583d9277d4a90ee3 } } },
    { "lane_q0", A64_LD4_single_d, 0x0d60a441, /* ld4 {v1.d, v2.d, v3.d, v4.d}[0], [x2] */
      .in = { { X(2), D(0x101) } },
      .vout = { { V(1), 0xb310f54a2f8c61c6, 0x5a5a010011111111 },
          { V(2), 0x8b68cda207e479de, 0x5a5a020012121212 },
          { V(3), 0xe34025ba1ffc5136, 0x5a5a030013131313 },
          { V(4), 0xfb583d9277d4a90e, 0x5a5a040014141414 } } },
    { "wrap_sp", A64_LD4_single_d, 0x4d60a7ff, /* ld4 {v31.d, v0.d, v1.d, v2.d}[1], [sp] */
      .in = { { SP, D(0x100) } },
      .vout = { { V(0), 0xc3c3000000000000, 0x68cda207e479deb3 },
          { V(1), 0xc3c3010001010101, 0x4025ba1ffc51368b },
          { V(2), 0xc3c3020002020202, 0x583d9277d4a90ee3 },
          { V(31), 0xc3c31f001f1f1f1f, 0x10f54a2f8c61c65b } } },

    /* LD1R */
    { "8b", A64_LD1R, 0x0d40c040, /* ld1r {v0.8b}, [x2] */
      .in = { { X(2), D(0x100) } }, .vout = { { V(0), 0x5b5b5b5b5b5b5b5b, 0x0 } } },
    { "wrap_2d", A64_LD1R, 0x4d40cc5f, /* ld1r {v31.2d}, [x2] */
      .in = { { X(2), D(0x108) } }, .vout = { { V(31), 0x68cda207e479deb3, 0x68cda207e479deb3 } } },
    { "sp_4h", A64_LD1R, 0x0d40c7e4, /* ld1r {v4.4h}, [sp] */
      .in = { { SP, D(0x100) } }, .vout = { { V(4), 0xc65bc65bc65bc65b, 0x0 } } },
    { "4s_unaligned", A64_LD1R, 0x4d40c849, /* ld1r {v9.4s}, [x2] */
      .in = { { X(2), D(0x101) } }, .vout = { { V(9), 0x2f8c61c62f8c61c6, 0x2f8c61c62f8c61c6 } } },
    { "1d", A64_LD1R, 0x0d40cc50, /* ld1r {v16.1d}, [x2] */
      .in = { { X(2), D(0x100) } }, .vout = { { V(16), 0x10f54a2f8c61c65b, 0x0 } } },
    { "unalloc_S", A64_LD1R, 0x0d40d040, /* S = 1 */
      .in = { { X(2), D(0x100) } }, UNDEF },
    { "device_misaligned", A64_LD1R, 0x4d40c840, /* ld1r {v0.4s}, [x2] */
      DEVICE, .in = { { X(2), D(0x102) } }, DABT(0x21, D(0x102)) },
    { "fp_trap", A64_LD1R, 0x4d40c040, /* ld1r {v0.16b}, [x2] */
      .in = { { X(2), D(0x100) } }, FP_TRAP },
    { "warm", A64_LD1R, 0x0d40c843, /* ld1r {v3.2s}, [x2] */
      WARM, .in = { { X(2), D(0x100) } }, .vout = { { V(3), 0x8c61c65b8c61c65b, 0x0 } } },

    /* LD3R */
    { "8b", A64_LD3R, 0x0d40e040, /* ld3r {v0.8b, v1.8b, v2.8b}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0x5b5b5b5b5b5b5b5b, 0x0 }, { V(1), 0xc6c6c6c6c6c6c6c6, 0x0 },
          { V(2), 0x6161616161616161, 0x0 } } },
    { "wrap_2d", A64_LD3R, 0x4d40ec5f, /* ld3r {v31.2d, v0.2d, v1.2d}, [x2] */
      .in = { { X(2), D(0x108) } },
      .vout = { { V(0), 0x4025ba1ffc51368b, 0x4025ba1ffc51368b },
          { V(1), 0x583d9277d4a90ee3, 0x583d9277d4a90ee3 },
          { V(31), 0x68cda207e479deb3, 0x68cda207e479deb3 } } },
    { "sp_4h", A64_LD3R, 0x0d40e7e4, /* ld3r {v4.4h, v5.4h, v6.4h}, [sp] */
      .in = { { SP, D(0x100) } },
      .vout = { { V(4), 0xc65bc65bc65bc65b, 0x0 }, { V(5), 0x8c618c618c618c61, 0x0 },
          { V(6), 0x4a2f4a2f4a2f4a2f, 0x0 } } },
    { "4s_unaligned", A64_LD3R, 0x4d40e849, /* ld3r {v9.4s, v10.4s, v11.4s}, [x2] */
      .in = { { X(2), D(0x101) } },
      .vout = { { V(9), 0x2f8c61c62f8c61c6, 0x2f8c61c62f8c61c6 },
          { V(10), 0xb310f54ab310f54a, 0xb310f54ab310f54a },
          { V(11), 0x7e479de07e479de, 0x7e479de07e479de } } },
    { "1d", A64_LD3R, 0x0d40ec50, /* ld3r {v16.1d, v17.1d, v18.1d}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(16), 0x10f54a2f8c61c65b, 0x0 }, { V(17), 0x68cda207e479deb3, 0x0 },
          { V(18), 0x4025ba1ffc51368b, 0x0 } } },

    /* LD2R */
    { "8b", A64_LD2R, 0x0d60c040, /* ld2r {v0.8b, v1.8b}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0x5b5b5b5b5b5b5b5b, 0x0 }, { V(1), 0xc6c6c6c6c6c6c6c6, 0x0 } } },
    { "wrap_2d", A64_LD2R, 0x4d60cc5f, /* ld2r {v31.2d, v0.2d}, [x2] */
      .in = { { X(2), D(0x108) } },
      .vout = { { V(0), 0x4025ba1ffc51368b, 0x4025ba1ffc51368b },
          { V(31), 0x68cda207e479deb3, 0x68cda207e479deb3 } } },
    { "sp_4h", A64_LD2R, 0x0d60c7e4, /* ld2r {v4.4h, v5.4h}, [sp] */
      .in = { { SP, D(0x100) } },
      .vout = { { V(4), 0xc65bc65bc65bc65b, 0x0 }, { V(5), 0x8c618c618c618c61, 0x0 } } },
    { "4s_unaligned", A64_LD2R, 0x4d60c849, /* ld2r {v9.4s, v10.4s}, [x2] */
      .in = { { X(2), D(0x101) } },
      .vout = { { V(9), 0x2f8c61c62f8c61c6, 0x2f8c61c62f8c61c6 },
          { V(10), 0xb310f54ab310f54a, 0xb310f54ab310f54a } } },
    { "1d", A64_LD2R, 0x0d60cc50, /* ld2r {v16.1d, v17.1d}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(16), 0x10f54a2f8c61c65b, 0x0 }, { V(17), 0x68cda207e479deb3, 0x0 } } },

    /* LD4R */
    { "8b", A64_LD4R, 0x0d60e040, /* ld4r {v0.8b, v1.8b, v2.8b, v3.8b}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0x5b5b5b5b5b5b5b5b, 0x0 }, { V(1), 0xc6c6c6c6c6c6c6c6, 0x0 },
          { V(2), 0x6161616161616161, 0x0 }, { V(3), 0x8c8c8c8c8c8c8c8c, 0x0 } } },
    { "wrap_2d", A64_LD4R, 0x4d60ec5f, /* ld4r {v31.2d, v0.2d, v1.2d, v2.2d}, [x2] */
      .in = { { X(2), D(0x108) } },
      .vout = { { V(0), 0x4025ba1ffc51368b, 0x4025ba1ffc51368b },
          { V(1), 0x583d9277d4a90ee3, 0x583d9277d4a90ee3 },
          { V(2), 0xb015ea4f2c8166fb, 0xb015ea4f2c8166fb },
          { V(31), 0x68cda207e479deb3, 0x68cda207e479deb3 } } },
    { "sp_4h", A64_LD4R, 0x0d60e7e4, /* ld4r {v4.4h, v5.4h, v6.4h, v7.4h}, [sp] */
      .in = { { SP, D(0x100) } },
      .vout = { { V(4), 0xc65bc65bc65bc65b, 0x0 }, { V(5), 0x8c618c618c618c61, 0x0 },
          { V(6), 0x4a2f4a2f4a2f4a2f, 0x0 }, { V(7), 0x10f510f510f510f5, 0x0 } } },
    { "4s_unaligned", A64_LD4R, 0x4d60e849, /* ld4r {v9.4s, v10.4s, v11.4s, v12.4s}, [x2] */
      .in = { { X(2), D(0x101) } },
      .vout = { { V(9), 0x2f8c61c62f8c61c6, 0x2f8c61c62f8c61c6 },
          { V(10), 0xb310f54ab310f54a, 0xb310f54ab310f54a },
          { V(11), 0x7e479de07e479de, 0x7e479de07e479de },
          { V(12), 0x8b68cda28b68cda2, 0x8b68cda28b68cda2 } } },
    { "1d", A64_LD4R, 0x0d60ec50, /* ld4r {v16.1d, v17.1d, v18.1d, v19.1d}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(16), 0x10f54a2f8c61c65b, 0x0 }, { V(17), 0x68cda207e479deb3, 0x0 },
          { V(18), 0x4025ba1ffc51368b, 0x0 }, { V(19), 0x583d9277d4a90ee3, 0x0 } } },

};

CASE_SET(ldst_simd_single, c);
