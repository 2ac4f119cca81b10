/*
 * cases_ldst_simd_multi_post.c — LD1-LD4/ST1-ST4 (multiple structures) with
 * post-index writeback.
 * Conventions, provenance of the expected values and the macros:
 * ldst_simd_cases.h.
 */
#include "ldst_simd_cases.h"

static const InsnCase c[] = {
    /* ST4_multi_post */
    { "imm_16b", A64_ST4_multi_post, 0x4c9f0040,
      /* st4 {v0.16b, v1.16b, v2.16b, v3.16b}, [x2], #64 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d } }, .out = { { X(2), D(0x140) } },
      .mem_out = { { D(0x100), 8, 0xe03080d04595e535 }, { D(0x108), 8, 0x1666b6067bcb1b6b },
          { D(0x110), 8, 0x4c9cec3cb10151a1 }, { D(0x118), 8, 0x82d22272e73787d7 },
          { D(0x120), 8, 0xb80858a81d6dbd0d }, { D(0x128), 8, 0xee3e8ede53a3f343 },
          { D(0x130), 8, 0x2474c41489d92979 }, { D(0x138), 8, 0x5aaafa4abf0f5faf } } },
    { "imm_d_8b", A64_ST4_multi_post, 0x0c9f0042, /* st4 {v2.8b, v3.8b, v4.8b, v5.8b}, [x2], #32 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d },
          { V(4), 0x3297fc61c62b90f5, 0xa6fd4399e0368cd },
          { V(5), 0xe247ac1176db40a5, 0xba1f84e94eb3187d } }, .out = { { X(2), D(0x120) } },
      .mem_out = { { D(0x100), 8, 0x4090e030a5f54595 }, { D(0x108), 8, 0x76c61666db2b7bcb },
          { D(0x110), 8, 0xacfc4c9c1161b101 }, { D(0x118), 8, 0xe23282d24797e737 } } },
    { "reg_8h", A64_ST4_multi_post, 0x4c830445, /* st4 {v5.8h, v6.8h, v7.8h, v8.8h}, [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } },
      .vin = { { V(5), 0xe247ac1176db40a5, 0xba1f84e94eb3187d },
          { V(6), 0x92f75cc1268bf055, 0x6acf3499fe63c82d },
          { V(7), 0x42a70c71d63ba005, 0x1a7fe449ae1378dd },
          { V(8), 0xf257bc2186eb50b5, 0xca2f94f95ec3288d } }, .out = { { X(2), D(0xc0) } },
      .mem_out = { { D(0x100), 8, 0x50b5a005f05540a5 }, { D(0x108), 8, 0x86ebd63b268b76db },
          { D(0x110), 8, 0xbc210c715cc1ac11 }, { D(0x118), 8, 0xf25742a792f7e247 },
          { D(0x120), 8, 0x288d78ddc82d187d }, { D(0x128), 8, 0x5ec3ae13fe634eb3 },
          { D(0x130), 8, 0x94f9e449349984e9 }, { D(0x138), 8, 0xca2f1a7f6acfba1f } } },
    { "reg_eq_rn_2s", A64_ST4_multi_post, 0x0c82085e,
      /* st4 {v30.2s, v31.2s, v0.2s, v1.2s}, [x2], x2 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { X(2), 0x80200200 } },
      .mem_out = { { D(0x100), 8, 0x56bb2085a60b70d5 }, { D(0x108), 8, 0xb61b80e5066bd035 },
          { D(0x110), 8, 0xc2278cf11277dc41 }, { D(0x118), 8, 0x2287ec5172d73ca1 } } },
    { "sp_imm_2d", A64_ST4_multi_post, 0x4c9f0fff,
      /* st4 {v31.2d, v0.2d, v1.2d, v2.2d}, [sp], #64 */
      .in = { { SP, D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { SP, D(0x140) } },
      .mem_out = { { D(0x100), 8, 0xc2278cf156bb2085 }, { D(0x108), 8, 0x72d73ca1066bd035 },
          { D(0x110), 8, 0x2287ec51b61b80e5 }, { D(0x118), 8, 0xd2379c0166cb3095 },
          { D(0x120), 8, 0x9aff64c92e93f85d }, { D(0x128), 8, 0x4aaf1479de43a80d },
          { D(0x130), 8, 0xfa5fc4298ef358bd }, { D(0x138), 8, 0xaa0f74d93ea3086d } } },
    { "reserved_1d", A64_ST4_multi_post, 0x0c9f0c40, /* size:Q = 110 (.1d) */
      .in = { { X(2), D(0x100) } }, UNDEF },

    /* ST1_multi4_post */
    { "imm_16b", A64_ST1_multi4_post, 0x4c9f2040,
      /* st1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x2], #64 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d } }, .out = { { X(2), D(0x140) } },
      .mem_out = { { D(0x100), 8, 0x72d73ca1066bd035 }, { D(0x108), 8, 0x4aaf1479de43a80d },
          { D(0x110), 8, 0x2287ec51b61b80e5 }, { D(0x118), 8, 0xfa5fc4298ef358bd },
          { D(0x120), 8, 0xd2379c0166cb3095 }, { D(0x128), 8, 0xaa0f74d93ea3086d },
          { D(0x130), 8, 0x82e74cb1167be045 }, { D(0x138), 8, 0x5abf2489ee53b81d } } },
    { "imm_d_8b", A64_ST1_multi4_post, 0x0c9f2042, /* st1 {v2.8b, v3.8b, v4.8b, v5.8b}, [x2], #32 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d },
          { V(4), 0x3297fc61c62b90f5, 0xa6fd4399e0368cd },
          { V(5), 0xe247ac1176db40a5, 0xba1f84e94eb3187d } }, .out = { { X(2), D(0x120) } },
      .mem_out = { { D(0x100), 8, 0xd2379c0166cb3095 }, { D(0x108), 8, 0x82e74cb1167be045 },
          { D(0x110), 8, 0x3297fc61c62b90f5 }, { D(0x118), 8, 0xe247ac1176db40a5 } } },
    { "reg_8h", A64_ST1_multi4_post, 0x4c832445, /* st1 {v5.8h, v6.8h, v7.8h, v8.8h}, [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } },
      .vin = { { V(5), 0xe247ac1176db40a5, 0xba1f84e94eb3187d },
          { V(6), 0x92f75cc1268bf055, 0x6acf3499fe63c82d },
          { V(7), 0x42a70c71d63ba005, 0x1a7fe449ae1378dd },
          { V(8), 0xf257bc2186eb50b5, 0xca2f94f95ec3288d } }, .out = { { X(2), D(0xc0) } },
      .mem_out = { { D(0x100), 8, 0xe247ac1176db40a5 }, { D(0x108), 8, 0xba1f84e94eb3187d },
          { D(0x110), 8, 0x92f75cc1268bf055 }, { D(0x118), 8, 0x6acf3499fe63c82d },
          { D(0x120), 8, 0x42a70c71d63ba005 }, { D(0x128), 8, 0x1a7fe449ae1378dd },
          { D(0x130), 8, 0xf257bc2186eb50b5 }, { D(0x138), 8, 0xca2f94f95ec3288d } } },
    { "reg_eq_rn_2s", A64_ST1_multi4_post, 0x0c82285e,
      /* st1 {v30.2s, v31.2s, v0.2s, v1.2s}, [x2], x2 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { X(2), 0x80200200 } },
      .mem_out = { { D(0x100), 8, 0x1277dc41a60b70d5 }, { D(0x108), 8, 0xc2278cf156bb2085 },
          { D(0x110), 8, 0x72d73ca1066bd035 }, { D(0x118), 8, 0x2287ec51b61b80e5 } } },
    { "sp_imm_2d", A64_ST1_multi4_post, 0x4c9f2fff,
      /* st1 {v31.2d, v0.2d, v1.2d, v2.2d}, [sp], #64 */
      .in = { { SP, D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { SP, D(0x140) } },
      .mem_out = { { D(0x100), 8, 0xc2278cf156bb2085 }, { D(0x108), 8, 0x9aff64c92e93f85d },
          { D(0x110), 8, 0x72d73ca1066bd035 }, { D(0x118), 8, 0x4aaf1479de43a80d },
          { D(0x120), 8, 0x2287ec51b61b80e5 }, { D(0x128), 8, 0xfa5fc4298ef358bd },
          { D(0x130), 8, 0xd2379c0166cb3095 }, { D(0x138), 8, 0xaa0f74d93ea3086d } } },
    { "reg_1d", A64_ST1_multi4_post, 0x0c832c49, /* st1 {v9.1d, v10.1d, v11.1d, v12.1d}, [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), NOMEM } },
      .vin = { { V(9), 0xa2076cd1369b0065, 0x7adf44a90e73d83d },
          { V(10), 0x52b71c81e64bb015, 0x2a8ff459be2388ed },
          { V(11), 0x267cc3196fb60c5, 0xda3fa4096ed3389d },
          { V(12), 0xb2177ce146ab1075, 0x8aef54b91e83e84d } }, .out = { { X(2), D(0x1100) } },
      .mem_out = { { D(0x100), 8, 0xa2076cd1369b0065 }, { D(0x108), 8, 0x52b71c81e64bb015 },
          { D(0x110), 8, 0x267cc3196fb60c5 }, { D(0x118), 8, 0xb2177ce146ab1075 } } },
    { "sp_misaligned_sa", A64_ST1_multi4_post, 0x4c9f23e0,
      /* st1 {v0.16b, v1.16b, v2.16b, v3.16b}, [sp], #64 */
      SA_ON, .in = { { SP, D(0x104) } }, SP_FAULT },
    { "warm_imm", A64_ST1_multi4_post, 0x4c9f2044,
      /* st1 {v4.16b, v5.16b, v6.16b, v7.16b}, [x2], #64 */
      WARM, .in = { { X(2), D(0x100) } },
      .vin = { { V(4), 0x3297fc61c62b90f5, 0xa6fd4399e0368cd },
          { V(5), 0xe247ac1176db40a5, 0xba1f84e94eb3187d },
          { V(6), 0x92f75cc1268bf055, 0x6acf3499fe63c82d },
          { V(7), 0x42a70c71d63ba005, 0x1a7fe449ae1378dd } }, .out = { { X(2), D(0x140) } },
      .mem_out = { { D(0x100), 8, 0x3297fc61c62b90f5 }, { D(0x108), 8, 0xa6fd4399e0368cd },
          { D(0x110), 8, 0xe247ac1176db40a5 }, { D(0x118), 8, 0xba1f84e94eb3187d },
          { D(0x120), 8, 0x92f75cc1268bf055 }, { D(0x128), 8, 0x6acf3499fe63c82d },
          { D(0x130), 8, 0x42a70c71d63ba005 }, { D(0x138), 8, 0x1a7fe449ae1378dd } } },
    { "warm_reg_d", A64_ST1_multi4_post, 0x0c832c47,
      /* st1 {v7.1d, v8.1d, v9.1d, v10.1d}, [x2], x3 */
      WARM, .in = { { X(2), D(0x100) }, { X(3), 0xfffffffffffffff8 } },
      .vin = { { V(7), 0x42a70c71d63ba005, 0x1a7fe449ae1378dd },
          { V(8), 0xf257bc2186eb50b5, 0xca2f94f95ec3288d },
          { V(9), 0xa2076cd1369b0065, 0x7adf44a90e73d83d },
          { V(10), 0x52b71c81e64bb015, 0x2a8ff459be2388ed } }, .out = { { X(2), D(0xf8) } },
      .mem_out = { { D(0x100), 8, 0x42a70c71d63ba005 }, { D(0x108), 8, 0xf257bc2186eb50b5 },
          { D(0x110), 8, 0xa2076cd1369b0065 }, { D(0x118), 8, 0x52b71c81e64bb015 } } },

    /* ST3_multi_post */
    { "imm_16b", A64_ST3_multi_post, 0x4c9f4040, /* st3 {v0.16b, v1.16b, v2.16b}, [x2], #48 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } }, .out = { { X(2), D(0x130) } },
      .mem_out = { { D(0x100), 8, 0x1b6b3080d095e535 }, { D(0x108), 8, 0x3c0151a166b606cb },
          { D(0x110), 8, 0xd222723787d79cec }, { D(0x118), 8, 0xf3430858a86dbd0d },
          { D(0x120), 8, 0x14d929793e8edea3 }, { D(0x128), 8, 0xaafa4a0f5faf74c4 } } },
    { "imm_d_8b", A64_ST3_multi_post, 0x0c9f4042, /* st3 {v2.8b, v3.8b, v4.8b}, [x2], #24 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d },
          { V(4), 0x3297fc61c62b90f5, 0xa6fd4399e0368cd } }, .out = { { X(2), D(0x118) } },
      .mem_out = { { D(0x100), 8, 0x7bcb90e030f54595 }, { D(0x108), 8, 0x9c61b101c616662b },
          { D(0x110), 8, 0x3282d297e737fc4c } } },
    { "reg_8h", A64_ST3_multi_post, 0x4c834445, /* st3 {v5.8h, v6.8h, v7.8h}, [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } },
      .vin = { { V(5), 0xe247ac1176db40a5, 0xba1f84e94eb3187d },
          { V(6), 0x92f75cc1268bf055, 0x6acf3499fe63c82d },
          { V(7), 0x42a70c71d63ba005, 0x1a7fe449ae1378dd } }, .out = { { X(2), D(0xc0) } },
      .mem_out = { { D(0x100), 8, 0x76dba005f05540a5 }, { D(0x108), 8, 0x5cc1ac11d63b268b },
          { D(0x110), 8, 0x42a792f7e2470c71 }, { D(0x118), 8, 0x4eb378ddc82d187d },
          { D(0x120), 8, 0x349984e9ae13fe63 }, { D(0x128), 8, 0x1a7f6acfba1fe449 } } },
    { "reg_eq_rn_2s", A64_ST3_multi_post, 0x0c82485e, /* st3 {v30.2s, v31.2s, v0.2s}, [x2], x2 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { X(2), 0x80200200 } },
      .mem_out = { { D(0x100), 8, 0x56bb2085a60b70d5 }, { D(0x108), 8, 0x1277dc41066bd035 },
          { D(0x110), 8, 0x72d73ca1c2278cf1 } } },
    { "sp_imm_2d", A64_ST3_multi_post, 0x4c9f4fff, /* st3 {v31.2d, v0.2d, v1.2d}, [sp], #48 */
      .in = { { SP, D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { SP, D(0x130) } },
      .mem_out = { { D(0x100), 8, 0xc2278cf156bb2085 }, { D(0x108), 8, 0x72d73ca1066bd035 },
          { D(0x110), 8, 0x2287ec51b61b80e5 }, { D(0x118), 8, 0x9aff64c92e93f85d },
          { D(0x120), 8, 0x4aaf1479de43a80d }, { D(0x128), 8, 0xfa5fc4298ef358bd } } },
    { "reserved_1d", A64_ST3_multi_post, 0x0c9f4c40, /* size:Q = 110 (.1d) */
      .in = { { X(2), D(0x100) } }, UNDEF },

    /* ST1_multi3_post */
    { "imm_16b", A64_ST1_multi3_post, 0x4c9f6040, /* st1 {v0.16b, v1.16b, v2.16b}, [x2], #48 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } }, .out = { { X(2), D(0x130) } },
      .mem_out = { { D(0x100), 8, 0x72d73ca1066bd035 }, { D(0x108), 8, 0x4aaf1479de43a80d },
          { D(0x110), 8, 0x2287ec51b61b80e5 }, { D(0x118), 8, 0xfa5fc4298ef358bd },
          { D(0x120), 8, 0xd2379c0166cb3095 }, { D(0x128), 8, 0xaa0f74d93ea3086d } } },
    { "imm_d_8b", A64_ST1_multi3_post, 0x0c9f6042, /* st1 {v2.8b, v3.8b, v4.8b}, [x2], #24 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d },
          { V(4), 0x3297fc61c62b90f5, 0xa6fd4399e0368cd } }, .out = { { X(2), D(0x118) } },
      .mem_out = { { D(0x100), 8, 0xd2379c0166cb3095 }, { D(0x108), 8, 0x82e74cb1167be045 },
          { D(0x110), 8, 0x3297fc61c62b90f5 } } },
    { "reg_8h", A64_ST1_multi3_post, 0x4c836445, /* st1 {v5.8h, v6.8h, v7.8h}, [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } },
      .vin = { { V(5), 0xe247ac1176db40a5, 0xba1f84e94eb3187d },
          { V(6), 0x92f75cc1268bf055, 0x6acf3499fe63c82d },
          { V(7), 0x42a70c71d63ba005, 0x1a7fe449ae1378dd } }, .out = { { X(2), D(0xc0) } },
      .mem_out = { { D(0x100), 8, 0xe247ac1176db40a5 }, { D(0x108), 8, 0xba1f84e94eb3187d },
          { D(0x110), 8, 0x92f75cc1268bf055 }, { D(0x118), 8, 0x6acf3499fe63c82d },
          { D(0x120), 8, 0x42a70c71d63ba005 }, { D(0x128), 8, 0x1a7fe449ae1378dd } } },
    { "reg_eq_rn_2s", A64_ST1_multi3_post, 0x0c82685e, /* st1 {v30.2s, v31.2s, v0.2s}, [x2], x2 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { X(2), 0x80200200 } },
      .mem_out = { { D(0x100), 8, 0x1277dc41a60b70d5 }, { D(0x108), 8, 0xc2278cf156bb2085 },
          { D(0x110), 8, 0x72d73ca1066bd035 } } },
    { "sp_imm_2d", A64_ST1_multi3_post, 0x4c9f6fff, /* st1 {v31.2d, v0.2d, v1.2d}, [sp], #48 */
      .in = { { SP, D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { SP, D(0x130) } },
      .mem_out = { { D(0x100), 8, 0xc2278cf156bb2085 }, { D(0x108), 8, 0x9aff64c92e93f85d },
          { D(0x110), 8, 0x72d73ca1066bd035 }, { D(0x118), 8, 0x4aaf1479de43a80d },
          { D(0x120), 8, 0x2287ec51b61b80e5 }, { D(0x128), 8, 0xfa5fc4298ef358bd } } },
    { "reg_1d", A64_ST1_multi3_post, 0x0c836c49, /* st1 {v9.1d, v10.1d, v11.1d}, [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), NOMEM } },
      .vin = { { V(9), 0xa2076cd1369b0065, 0x7adf44a90e73d83d },
          { V(10), 0x52b71c81e64bb015, 0x2a8ff459be2388ed },
          { V(11), 0x267cc3196fb60c5, 0xda3fa4096ed3389d } }, .out = { { X(2), D(0x1100) } },
      .mem_out = { { D(0x100), 8, 0xa2076cd1369b0065 }, { D(0x108), 8, 0x52b71c81e64bb015 },
          { D(0x110), 8, 0x267cc3196fb60c5 } } },
    { "warm_imm", A64_ST1_multi3_post, 0x4c9f6044, /* st1 {v4.16b, v5.16b, v6.16b}, [x2], #48 */
      WARM, .in = { { X(2), D(0x100) } },
      .vin = { { V(4), 0x3297fc61c62b90f5, 0xa6fd4399e0368cd },
          { V(5), 0xe247ac1176db40a5, 0xba1f84e94eb3187d },
          { V(6), 0x92f75cc1268bf055, 0x6acf3499fe63c82d } }, .out = { { X(2), D(0x130) } },
      .mem_out = { { D(0x100), 8, 0x3297fc61c62b90f5 }, { D(0x108), 8, 0xa6fd4399e0368cd },
          { D(0x110), 8, 0xe247ac1176db40a5 }, { D(0x118), 8, 0xba1f84e94eb3187d },
          { D(0x120), 8, 0x92f75cc1268bf055 }, { D(0x128), 8, 0x6acf3499fe63c82d } } },
    { "warm_reg_d", A64_ST1_multi3_post, 0x0c836c47, /* st1 {v7.1d, v8.1d, v9.1d}, [x2], x3 */
      WARM, .in = { { X(2), D(0x100) }, { X(3), 0xfffffffffffffff8 } },
      .vin = { { V(7), 0x42a70c71d63ba005, 0x1a7fe449ae1378dd },
          { V(8), 0xf257bc2186eb50b5, 0xca2f94f95ec3288d },
          { V(9), 0xa2076cd1369b0065, 0x7adf44a90e73d83d } }, .out = { { X(2), D(0xf8) } },
      .mem_out = { { D(0x100), 8, 0x42a70c71d63ba005 }, { D(0x108), 8, 0xf257bc2186eb50b5 },
          { D(0x110), 8, 0xa2076cd1369b0065 } } },
    { "warm_sp", A64_ST1_multi3_post, 0x4c9f63e0, /* st1 {v0.16b, v1.16b, v2.16b}, [sp], #48 */
      WARM_SP, .in = { { SP, D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } }, .out = { { SP, D(0x130) } },
      .mem_out = { { D(0xf0), 8, 0x72d73ca1066bd035 }, { D(0x100), 8, 0x72d73ca1066bd035 },
          { D(0x108), 8, 0x4aaf1479de43a80d }, { D(0x110), 8, 0x2287ec51b61b80e5 },
          { D(0x118), 8, 0xfa5fc4298ef358bd }, { D(0x120), 8, 0xd2379c0166cb3095 },
          { D(0x128), 8, 0xaa0f74d93ea3086d } } },

    /* ST1_multi1_post */
    { "imm_16b", A64_ST1_multi1_post, 0x4c9f7040, /* st1 {v0.16b}, [x2], #16 */
      .in = { { X(2), D(0x100) } }, .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d } },
      .out = { { X(2), D(0x110) } },
      .mem_out = { { D(0x100), 8, 0x72d73ca1066bd035 }, { D(0x108), 8, 0x4aaf1479de43a80d } } },
    { "imm_d_8b", A64_ST1_multi1_post, 0x0c9f7042, /* st1 {v2.8b}, [x2], #8 */
      .in = { { X(2), D(0x100) } }, .vin = { { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } },
      .out = { { X(2), D(0x108) } }, .mem_out = { { D(0x100), 8, 0xd2379c0166cb3095 } } },
    { "reg_8h", A64_ST1_multi1_post, 0x4c837445, /* st1 {v5.8h}, [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } },
      .vin = { { V(5), 0xe247ac1176db40a5, 0xba1f84e94eb3187d } }, .out = { { X(2), D(0xc0) } },
      .mem_out = { { D(0x100), 8, 0xe247ac1176db40a5 }, { D(0x108), 8, 0xba1f84e94eb3187d } } },
    { "reg_eq_rn_2s", A64_ST1_multi1_post, 0x0c82785e, /* st1 {v30.2s}, [x2], x2 */
      .in = { { X(2), D(0x100) } }, .vin = { { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad } },
      .out = { { X(2), 0x80200200 } }, .mem_out = { { D(0x100), 8, 0x1277dc41a60b70d5 } } },
    { "sp_imm_2d", A64_ST1_multi1_post, 0x4c9f7fff, /* st1 {v31.2d}, [sp], #16 */
      .in = { { SP, D(0x100) } }, .vin = { { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .out = { { SP, D(0x110) } },
      .mem_out = { { D(0x100), 8, 0xc2278cf156bb2085 }, { D(0x108), 8, 0x9aff64c92e93f85d } } },
    { "reg_1d", A64_ST1_multi1_post, 0x0c837c49, /* st1 {v9.1d}, [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), NOMEM } },
      .vin = { { V(9), 0xa2076cd1369b0065, 0x7adf44a90e73d83d } }, .out = { { X(2), D(0x1100) } },
      .mem_out = { { D(0x100), 8, 0xa2076cd1369b0065 } } },
    { "warm_imm", A64_ST1_multi1_post, 0x4c9f7044, /* st1 {v4.16b}, [x2], #16 */
      WARM, .in = { { X(2), D(0x100) } },
      .vin = { { V(4), 0x3297fc61c62b90f5, 0xa6fd4399e0368cd } }, .out = { { X(2), D(0x110) } },
      .mem_out = { { D(0x100), 8, 0x3297fc61c62b90f5 }, { D(0x108), 8, 0xa6fd4399e0368cd } } },
    { "warm_reg_d", A64_ST1_multi1_post, 0x0c837c47, /* st1 {v7.1d}, [x2], x3 */
      WARM, .in = { { X(2), D(0x100) }, { X(3), 0xfffffffffffffff8 } },
      .vin = { { V(7), 0x42a70c71d63ba005, 0x1a7fe449ae1378dd } }, .out = { { X(2), D(0xf8) } },
      .mem_out = { { D(0x100), 8, 0x42a70c71d63ba005 } } },

    /* ST2_multi_post */
    { "imm_16b", A64_ST2_multi_post, 0x4c9f8040, /* st2 {v0.16b, v1.16b}, [x2], #32 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } }, .out = { { X(2), D(0x120) } },
      .mem_out = { { D(0x100), 8, 0xb6061b6b80d0e535 }, { D(0x108), 8, 0x227287d7ec3c51a1 },
          { D(0x110), 8, 0x8edef34358a8bd0d }, { D(0x118), 8, 0xfa4a5fafc4142979 } } },
    { "imm_d_8b", A64_ST2_multi_post, 0x0c9f8042, /* st2 {v2.8b, v3.8b}, [x2], #16 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d } }, .out = { { X(2), D(0x110) } },
      .mem_out = { { D(0x100), 8, 0x16667bcbe0304595 }, { D(0x108), 8, 0x82d2e7374c9cb101 } } },
    { "reg_8h", A64_ST2_multi_post, 0x4c838445, /* st2 {v5.8h, v6.8h}, [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } },
      .vin = { { V(5), 0xe247ac1176db40a5, 0xba1f84e94eb3187d },
          { V(6), 0x92f75cc1268bf055, 0x6acf3499fe63c82d } }, .out = { { X(2), D(0xc0) } },
      .mem_out = { { D(0x100), 8, 0x268b76dbf05540a5 }, { D(0x108), 8, 0x92f7e2475cc1ac11 },
          { D(0x110), 8, 0xfe634eb3c82d187d }, { D(0x118), 8, 0x6acfba1f349984e9 } } },
    { "reg_eq_rn_2s", A64_ST2_multi_post, 0x0c82885e, /* st2 {v30.2s, v31.2s}, [x2], x2 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { X(2), 0x80200200 } },
      .mem_out = { { D(0x100), 8, 0x56bb2085a60b70d5 }, { D(0x108), 8, 0xc2278cf11277dc41 } } },
    { "sp_imm_2d", A64_ST2_multi_post, 0x4c9f8fff, /* st2 {v31.2d, v0.2d}, [sp], #32 */
      .in = { { SP, D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { SP, D(0x120) } },
      .mem_out = { { D(0x100), 8, 0xc2278cf156bb2085 }, { D(0x108), 8, 0x72d73ca1066bd035 },
          { D(0x110), 8, 0x9aff64c92e93f85d }, { D(0x118), 8, 0x4aaf1479de43a80d } } },
    { "reserved_1d", A64_ST2_multi_post, 0x0c9f8c40, /* size:Q = 110 (.1d) */
      .in = { { X(2), D(0x100) } }, UNDEF },

    /* ST1_multi2_post */
    { "imm_16b", A64_ST1_multi2_post, 0x4c9fa040, /* st1 {v0.16b, v1.16b}, [x2], #32 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } }, .out = { { X(2), D(0x120) } },
      .mem_out = { { D(0x100), 8, 0x72d73ca1066bd035 }, { D(0x108), 8, 0x4aaf1479de43a80d },
          { D(0x110), 8, 0x2287ec51b61b80e5 }, { D(0x118), 8, 0xfa5fc4298ef358bd } } },
    { "imm_d_8b", A64_ST1_multi2_post, 0x0c9fa042, /* st1 {v2.8b, v3.8b}, [x2], #16 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d } }, .out = { { X(2), D(0x110) } },
      .mem_out = { { D(0x100), 8, 0xd2379c0166cb3095 }, { D(0x108), 8, 0x82e74cb1167be045 } } },
    { "reg_8h", A64_ST1_multi2_post, 0x4c83a445, /* st1 {v5.8h, v6.8h}, [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } },
      .vin = { { V(5), 0xe247ac1176db40a5, 0xba1f84e94eb3187d },
          { V(6), 0x92f75cc1268bf055, 0x6acf3499fe63c82d } }, .out = { { X(2), D(0xc0) } },
      .mem_out = { { D(0x100), 8, 0xe247ac1176db40a5 }, { D(0x108), 8, 0xba1f84e94eb3187d },
          { D(0x110), 8, 0x92f75cc1268bf055 }, { D(0x118), 8, 0x6acf3499fe63c82d } } },
    { "reg_eq_rn_2s", A64_ST1_multi2_post, 0x0c82a85e, /* st1 {v30.2s, v31.2s}, [x2], x2 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { X(2), 0x80200200 } },
      .mem_out = { { D(0x100), 8, 0x1277dc41a60b70d5 }, { D(0x108), 8, 0xc2278cf156bb2085 } } },
    { "sp_imm_2d", A64_ST1_multi2_post, 0x4c9fafff, /* st1 {v31.2d, v0.2d}, [sp], #32 */
      .in = { { SP, D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { SP, D(0x120) } },
      .mem_out = { { D(0x100), 8, 0xc2278cf156bb2085 }, { D(0x108), 8, 0x9aff64c92e93f85d },
          { D(0x110), 8, 0x72d73ca1066bd035 }, { D(0x118), 8, 0x4aaf1479de43a80d } } },
    { "reg_1d", A64_ST1_multi2_post, 0x0c83ac49, /* st1 {v9.1d, v10.1d}, [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), NOMEM } },
      .vin = { { V(9), 0xa2076cd1369b0065, 0x7adf44a90e73d83d },
          { V(10), 0x52b71c81e64bb015, 0x2a8ff459be2388ed } }, .out = { { X(2), D(0x1100) } },
      .mem_out = { { D(0x100), 8, 0xa2076cd1369b0065 }, { D(0x108), 8, 0x52b71c81e64bb015 } } },
    { "warm_imm", A64_ST1_multi2_post, 0x4c9fa044, /* st1 {v4.16b, v5.16b}, [x2], #32 */
      WARM, .in = { { X(2), D(0x100) } },
      .vin = { { V(4), 0x3297fc61c62b90f5, 0xa6fd4399e0368cd },
          { V(5), 0xe247ac1176db40a5, 0xba1f84e94eb3187d } }, .out = { { X(2), D(0x120) } },
      .mem_out = { { D(0x100), 8, 0x3297fc61c62b90f5 }, { D(0x108), 8, 0xa6fd4399e0368cd },
          { D(0x110), 8, 0xe247ac1176db40a5 }, { D(0x118), 8, 0xba1f84e94eb3187d } } },
    { "warm_reg_d", A64_ST1_multi2_post, 0x0c83ac47, /* st1 {v7.1d, v8.1d}, [x2], x3 */
      WARM, .in = { { X(2), D(0x100) }, { X(3), 0xfffffffffffffff8 } },
      .vin = { { V(7), 0x42a70c71d63ba005, 0x1a7fe449ae1378dd },
          { V(8), 0xf257bc2186eb50b5, 0xca2f94f95ec3288d } }, .out = { { X(2), D(0xf8) } },
      .mem_out = { { D(0x100), 8, 0x42a70c71d63ba005 }, { D(0x108), 8, 0xf257bc2186eb50b5 } } },

    /* LD4_multi_post */
    { "imm_16b", A64_LD4_multi_post, 0x4cdf0040,
      /* ld4 {v0.16b, v1.16b, v2.16b, v3.16b}, [x2], #64 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x140) } },
      .vout = { { V(0), 0x77e31f8b07b32f5b, 0x9703bf2ba7d34ffb },
          { V(1), 0x920eba36a2de4ac6, 0x32aeda56c27eea66 },
          { V(2), 0x3da92551cd79f561, 0x5dc945f16d991581 },
          { V(3), 0x58d440fc68e4108c, 0xf874e01c8804b02c } } },
    { "imm_d_8b", A64_LD4_multi_post, 0x0cdf0042, /* ld4 {v2.8b, v3.8b, v4.8b, v5.8b}, [x2], #32 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x120) } },
      .vout = { { V(2), 0x77e31f8b07b32f5b, 0x0 }, { V(3), 0x920eba36a2de4ac6, 0x0 },
          { V(4), 0x3da92551cd79f561, 0x0 }, { V(5), 0x58d440fc68e4108c, 0x0 } } },
    { "reg_8h", A64_LD4_multi_post, 0x4cc30445, /* ld4 {v5.8h, v6.8h, v7.8h, v8.8h}, [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } }, .out = { { X(2), D(0xc0) } },
      .vout = { { V(5), 0xee3368bdeb3c65b, 0xae03562b7ed366fb },
          { V(6), 0xd4a9fc51e4798c61, 0x74c91cf104992c81 },
          { V(7), 0x9277ba1fa2074a2f, 0x3297dabfc2a7ea4f },
          { V(8), 0x583d402568cd10f5, 0xf85de045886db015 } } },
    { "reg_eq_rn_2s", A64_LD4_multi_post, 0x0cc2085e,
      /* ld4 {v30.2s, v31.2s, v0.2s, v1.2s}, [x2], x2 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), 0x80200200 } },
      .vout = { { V(0), 0xd4a90ee3e479deb3, 0x0 }, { V(1), 0x583d927768cda207, 0x0 },
          { V(30), 0xfc51368b8c61c65b, 0x0 }, { V(31), 0x4025ba1f10f54a2f, 0x0 } } },
    { "sp_imm_2d", A64_LD4_multi_post, 0x4cdf0fff,
      /* ld4 {v31.2d, v0.2d, v1.2d, v2.2d}, [sp], #64 */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x140) } },
      .vout = { { V(0), 0x68cda207e479deb3, 0x886dc2a704997ed3 },
          { V(1), 0x4025ba1ffc51368b, 0xe045dabf1cf1562b },
          { V(2), 0x583d9277d4a90ee3, 0xf85d329774c9ae03 },
          { V(31), 0x10f54a2f8c61c65b, 0xb015ea4f2c8166fb } } },
    { "reserved_1d", A64_LD4_multi_post, 0x0cdf0c40, /* size:Q = 110 (.1d) */
      .in = { { X(2), D(0x100) } }, UNDEF },
    { "fault_no_writeback", A64_LD4_multi_post, 0x4cdf0840,
      /* ld4 {v0.4s, v1.4s, v2.4s, v3.4s}, [x2], #64 */
      .in = { { X(2), RAM_END - 32 } }, DABT(0x10, RAM_END) },

    /* LD1_multi4_post */
    { "imm_16b", A64_LD1_multi4_post, 0x4cdf2040,
      /* ld1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x2], #64 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x140) } },
      .vout = { { V(0), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 },
          { V(1), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 },
          { V(2), 0xb015ea4f2c8166fb, 0x886dc2a704997ed3 },
          { V(3), 0xe045dabf1cf1562b, 0xf85d329774c9ae03 } } },
    { "imm_d_8b", A64_LD1_multi4_post, 0x0cdf2042, /* ld1 {v2.8b, v3.8b, v4.8b, v5.8b}, [x2], #32 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x120) } },
      .vout = { { V(2), 0x10f54a2f8c61c65b, 0x0 }, { V(3), 0x68cda207e479deb3, 0x0 },
          { V(4), 0x4025ba1ffc51368b, 0x0 }, { V(5), 0x583d9277d4a90ee3, 0x0 } } },
    { "reg_8h", A64_LD1_multi4_post, 0x4cc32445, /* ld1 {v5.8h, v6.8h, v7.8h, v8.8h}, [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } }, .out = { { X(2), D(0xc0) } },
      .vout = { { V(5), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 },
          { V(6), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 },
          { V(7), 0xb015ea4f2c8166fb, 0x886dc2a704997ed3 },
          { V(8), 0xe045dabf1cf1562b, 0xf85d329774c9ae03 } } },
    { "reg_eq_rn_2s", A64_LD1_multi4_post, 0x0cc2285e,
      /* ld1 {v30.2s, v31.2s, v0.2s, v1.2s}, [x2], x2 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), 0x80200200 } },
      .vout = { { V(0), 0x4025ba1ffc51368b, 0x0 }, { V(1), 0x583d9277d4a90ee3, 0x0 },
          { V(30), 0x10f54a2f8c61c65b, 0x0 }, { V(31), 0x68cda207e479deb3, 0x0 } } },
    { "sp_imm_2d", A64_LD1_multi4_post, 0x4cdf2fff,
      /* ld1 {v31.2d, v0.2d, v1.2d, v2.2d}, [sp], #64 */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x140) } },
      .vout = { { V(0), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 },
          { V(1), 0xb015ea4f2c8166fb, 0x886dc2a704997ed3 },
          { V(2), 0xe045dabf1cf1562b, 0xf85d329774c9ae03 },
          { V(31), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 } } },
    { "reg_1d", A64_LD1_multi4_post, 0x0cc32c49, /* ld1 {v9.1d, v10.1d, v11.1d, v12.1d}, [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), NOMEM } }, .out = { { X(2), D(0x1100) } },
      .vout = { { V(9), 0x10f54a2f8c61c65b, 0x0 }, { V(10), 0x68cda207e479deb3, 0x0 },
          { V(11), 0x4025ba1ffc51368b, 0x0 }, { V(12), 0x583d9277d4a90ee3, 0x0 } } },
    { "warm_imm", A64_LD1_multi4_post, 0x4cdf2844, /* ld1 {v4.4s, v5.4s, v6.4s, v7.4s}, [x2], #64 */
      WARM, .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x140) } },
      .vout = { { V(4), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 },
          { V(5), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 },
          { V(6), 0xb015ea4f2c8166fb, 0x886dc2a704997ed3 },
          { V(7), 0xe045dabf1cf1562b, 0xf85d329774c9ae03 } } },
    { "warm_reg_d", A64_LD1_multi4_post, 0x0cc32847,
      /* ld1 {v7.2s, v8.2s, v9.2s, v10.2s}, [x2], x3 */
      WARM, .in = { { X(2), D(0x100) }, { X(3), 0x10 } }, .out = { { X(2), D(0x110) } },
      .vout = { { V(7), 0x10f54a2f8c61c65b, 0x0 }, { V(8), 0x68cda207e479deb3, 0x0 },
          { V(9), 0x4025ba1ffc51368b, 0x0 }, { V(10), 0x583d9277d4a90ee3, 0x0 } } },
    { "warm_sp", A64_LD1_multi4_post, 0x4cdf23e0,
      /* ld1 {v0.16b, v1.16b, v2.16b, v3.16b}, [sp], #64 */
      WARM_SP, .in = { { SP, D(0x100) } }, .out = { { SP, D(0x140) } },
      .vout = { { V(0), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 },
          { V(1), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 },
          { V(2), 0xb015ea4f2c8166fb, 0x886dc2a704997ed3 },
          { V(3), 0xe045dabf1cf1562b, 0xf85d329774c9ae03 } },
      .mem_out = { { D(0xf0), 8, 0xc3c3000000000000 } } },

    /* LD3_multi_post */
    { "imm_16b", A64_LD3_multi_post, 0x4cdf4040, /* ld3 {v0.16b, v1.16b, v2.16b}, [x2], #48 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x130) } },
      .vout = { { V(0), 0xba516807def58c5b, 0xc299b04f663dd4e3 },
          { V(1), 0x25fc8ba279102fc6, 0x6d04d3ea8158770e },
          { V(2), 0x401f36cde4b34a61, 0x88a77e152cfb92a9 } } },
    { "imm_d_8b", A64_LD3_multi_post, 0x0cdf4042, /* ld3 {v2.8b, v3.8b, v4.8b}, [x2], #24 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x118) } },
      .vout = { { V(2), 0xba516807def58c5b, 0x0 }, { V(3), 0x25fc8ba279102fc6, 0x0 },
          { V(4), 0x401f36cde4b34a61, 0x0 } } },
    { "reg_8h", A64_LD3_multi_post, 0x4cc34445, /* ld3 {v5.8h, v6.8h, v7.8h}, [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } }, .out = { { X(2), D(0xc0) } },
      .vout = { { V(5), 0xfc51a20710f5c65b, 0x499ea4f583d0ee3 },
          { V(6), 0xba1f68cddeb38c61, 0xc2a7b01566fbd4a9 },
          { V(7), 0x4025368be4794a2f, 0x886d7ed32c819277 } } },
    { "reg_eq_rn_2s", A64_LD3_multi_post, 0x0cc2485e, /* ld3 {v30.2s, v31.2s, v0.2s}, [x2], x2 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), 0x80200200 } },
      .vout = { { V(0), 0x4025ba1fe479deb3, 0x0 }, { V(30), 0x68cda2078c61c65b, 0x0 },
          { V(31), 0xfc51368b10f54a2f, 0x0 } } },
    { "sp_imm_2d", A64_LD3_multi_post, 0x4cdf4fff, /* ld3 {v31.2d, v0.2d, v1.2d}, [sp], #48 */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x130) } },
      .vout = { { V(0), 0x68cda207e479deb3, 0xb015ea4f2c8166fb },
          { V(1), 0x4025ba1ffc51368b, 0x886dc2a704997ed3 },
          { V(31), 0x10f54a2f8c61c65b, 0x583d9277d4a90ee3 } } },
    { "reserved_1d", A64_LD3_multi_post, 0x0cdf4c40, /* size:Q = 110 (.1d) */
      .in = { { X(2), D(0x100) } }, UNDEF },

    /* LD1_multi3_post */
    { "imm_16b", A64_LD1_multi3_post, 0x4cdf6040, /* ld1 {v0.16b, v1.16b, v2.16b}, [x2], #48 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x130) } },
      .vout = { { V(0), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 },
          { V(1), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 },
          { V(2), 0xb015ea4f2c8166fb, 0x886dc2a704997ed3 } } },
    { "imm_d_8b", A64_LD1_multi3_post, 0x0cdf6042, /* ld1 {v2.8b, v3.8b, v4.8b}, [x2], #24 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x118) } },
      .vout = { { V(2), 0x10f54a2f8c61c65b, 0x0 }, { V(3), 0x68cda207e479deb3, 0x0 },
          { V(4), 0x4025ba1ffc51368b, 0x0 } } },
    { "reg_8h", A64_LD1_multi3_post, 0x4cc36445, /* ld1 {v5.8h, v6.8h, v7.8h}, [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } }, .out = { { X(2), D(0xc0) } },
      .vout = { { V(5), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 },
          { V(6), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 },
          { V(7), 0xb015ea4f2c8166fb, 0x886dc2a704997ed3 } } },
    { "reg_eq_rn_2s", A64_LD1_multi3_post, 0x0cc2685e, /* ld1 {v30.2s, v31.2s, v0.2s}, [x2], x2 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), 0x80200200 } },
      .vout = { { V(0), 0x4025ba1ffc51368b, 0x0 }, { V(30), 0x10f54a2f8c61c65b, 0x0 },
          { V(31), 0x68cda207e479deb3, 0x0 } } },
    { "sp_imm_2d", A64_LD1_multi3_post, 0x4cdf6fff, /* ld1 {v31.2d, v0.2d, v1.2d}, [sp], #48 */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x130) } },
      .vout = { { V(0), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 },
          { V(1), 0xb015ea4f2c8166fb, 0x886dc2a704997ed3 },
          { V(31), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 } } },
    { "reg_1d", A64_LD1_multi3_post, 0x0cc36c49, /* ld1 {v9.1d, v10.1d, v11.1d}, [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), NOMEM } }, .out = { { X(2), D(0x1100) } },
      .vout = { { V(9), 0x10f54a2f8c61c65b, 0x0 }, { V(10), 0x68cda207e479deb3, 0x0 },
          { V(11), 0x4025ba1ffc51368b, 0x0 } } },
    { "warm_imm", A64_LD1_multi3_post, 0x4cdf6844, /* ld1 {v4.4s, v5.4s, v6.4s}, [x2], #48 */
      WARM, .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x130) } },
      .vout = { { V(4), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 },
          { V(5), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 },
          { V(6), 0xb015ea4f2c8166fb, 0x886dc2a704997ed3 } } },
    { "warm_reg_d", A64_LD1_multi3_post, 0x0cc36847, /* ld1 {v7.2s, v8.2s, v9.2s}, [x2], x3 */
      WARM, .in = { { X(2), D(0x100) }, { X(3), 0x10 } }, .out = { { X(2), D(0x110) } },
      .vout = { { V(7), 0x10f54a2f8c61c65b, 0x0 }, { V(8), 0x68cda207e479deb3, 0x0 },
          { V(9), 0x4025ba1ffc51368b, 0x0 } } },

    /* LD1_multi1_post */
    { "imm_16b", A64_LD1_multi1_post, 0x4cdf7040, /* ld1 {v0.16b}, [x2], #16 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x110) } },
      .vout = { { V(0), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 } } },
    { "imm_d_8b", A64_LD1_multi1_post, 0x0cdf7042, /* ld1 {v2.8b}, [x2], #8 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x108) } },
      .vout = { { V(2), 0x10f54a2f8c61c65b, 0x0 } } },
    { "reg_8h", A64_LD1_multi1_post, 0x4cc37445, /* ld1 {v5.8h}, [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } }, .out = { { X(2), D(0xc0) } },
      .vout = { { V(5), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 } } },
    { "reg_eq_rn_2s", A64_LD1_multi1_post, 0x0cc2785e, /* ld1 {v30.2s}, [x2], x2 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), 0x80200200 } },
      .vout = { { V(30), 0x10f54a2f8c61c65b, 0x0 } } },
    { "sp_imm_2d", A64_LD1_multi1_post, 0x4cdf7fff, /* ld1 {v31.2d}, [sp], #16 */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x110) } },
      .vout = { { V(31), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 } } },
    { "reg_1d", A64_LD1_multi1_post, 0x0cc37c49, /* ld1 {v9.1d}, [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), NOMEM } }, .out = { { X(2), D(0x1100) } },
      .vout = { { V(9), 0x10f54a2f8c61c65b, 0x0 } } },
    { "warm_imm", A64_LD1_multi1_post, 0x4cdf7844, /* ld1 {v4.4s}, [x2], #16 */
      WARM, .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x110) } },
      .vout = { { V(4), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 } } },
    { "warm_reg_d", A64_LD1_multi1_post, 0x0cc37847, /* ld1 {v7.2s}, [x2], x3 */
      WARM, .in = { { X(2), D(0x100) }, { X(3), 0x10 } }, .out = { { X(2), D(0x110) } },
      .vout = { { V(7), 0x10f54a2f8c61c65b, 0x0 } } },

    /* LD2_multi_post */
    { "imm_16b", A64_LD2_multi_post, 0x4cdf8040, /* ld2 {v0.16b, v1.16b}, [x2], #32 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x120) } },
      .vout = { { V(0), 0xcd0779b3f52f615b, 0x3d77a9e3251f518b },
          { V(1), 0x68a2e4de104a8cc6, 0x5892d40e40bafc36 } } },
    { "imm_d_8b", A64_LD2_multi_post, 0x0cdf8042, /* ld2 {v2.8b, v3.8b}, [x2], #16 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x110) } },
      .vout = { { V(2), 0xcd0779b3f52f615b, 0x0 }, { V(3), 0x68a2e4de104a8cc6, 0x0 } } },
    { "reg_8h", A64_LD2_multi_post, 0x4cc38445, /* ld2 {v5.8h, v6.8h}, [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } }, .out = { { X(2), D(0xc0) } },
      .vout = { { V(5), 0xa207deb34a2fc65b, 0x92770ee3ba1f368b },
          { V(6), 0x68cde47910f58c61, 0x583dd4a94025fc51 } } },
    { "reg_eq_rn_2s", A64_LD2_multi_post, 0x0cc2885e, /* ld2 {v30.2s, v31.2s}, [x2], x2 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), 0x80200200 } },
      .vout = { { V(30), 0xe479deb38c61c65b, 0x0 }, { V(31), 0x68cda20710f54a2f, 0x0 } } },
    { "sp_imm_2d", A64_LD2_multi_post, 0x4cdf8fff, /* ld2 {v31.2d, v0.2d}, [sp], #32 */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x120) } },
      .vout = { { V(0), 0x68cda207e479deb3, 0x583d9277d4a90ee3 },
          { V(31), 0x10f54a2f8c61c65b, 0x4025ba1ffc51368b } } },
    { "reserved_1d", A64_LD2_multi_post, 0x0cdf8c40, /* size:Q = 110 (.1d) */
      .in = { { X(2), D(0x100) } }, UNDEF },

    /* LD1_multi2_post */
    { "imm_16b", A64_LD1_multi2_post, 0x4cdfa040, /* ld1 {v0.16b, v1.16b}, [x2], #32 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x120) } },
      .vout = { { V(0), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 },
          { V(1), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 } } },
    { "imm_d_8b", A64_LD1_multi2_post, 0x0cdfa042, /* ld1 {v2.8b, v3.8b}, [x2], #16 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x110) } },
      .vout = { { V(2), 0x10f54a2f8c61c65b, 0x0 }, { V(3), 0x68cda207e479deb3, 0x0 } } },
    { "reg_8h", A64_LD1_multi2_post, 0x4cc3a445, /* ld1 {v5.8h, v6.8h}, [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffc0 } }, .out = { { X(2), D(0xc0) } },
      .vout = { { V(5), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 },
          { V(6), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 } } },
    { "reg_eq_rn_2s", A64_LD1_multi2_post, 0x0cc2a85e, /* ld1 {v30.2s, v31.2s}, [x2], x2 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), 0x80200200 } },
      .vout = { { V(30), 0x10f54a2f8c61c65b, 0x0 }, { V(31), 0x68cda207e479deb3, 0x0 } } },
    { "sp_imm_2d", A64_LD1_multi2_post, 0x4cdfafff, /* ld1 {v31.2d, v0.2d}, [sp], #32 */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x120) } },
      .vout = { { V(0), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 },
          { V(31), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 } } },
    { "reg_1d", A64_LD1_multi2_post, 0x0cc3ac49, /* ld1 {v9.1d, v10.1d}, [x2], x3 */
      .in = { { X(2), D(0x100) }, { X(3), NOMEM } }, .out = { { X(2), D(0x1100) } },
      .vout = { { V(9), 0x10f54a2f8c61c65b, 0x0 }, { V(10), 0x68cda207e479deb3, 0x0 } } },
    { "fault_no_writeback", A64_LD1_multi2_post, 0x4cdfa040, /* ld1 {v0.16b, v1.16b}, [x2], #32 */
      .in = { { X(2), RAM_END - 16 } }, DABT(0x10, RAM_END) },
    { "warm_imm", A64_LD1_multi2_post, 0x4cdfa844, /* ld1 {v4.4s, v5.4s}, [x2], #32 */
      WARM, .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x120) } },
      .vout = { { V(4), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 },
          { V(5), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 } } },
    { "warm_reg_d", A64_LD1_multi2_post, 0x0cc3a847, /* ld1 {v7.2s, v8.2s}, [x2], x3 */
      WARM, .in = { { X(2), D(0x100) }, { X(3), 0x10 } }, .out = { { X(2), D(0x110) } },
      .vout = { { V(7), 0x10f54a2f8c61c65b, 0x0 }, { V(8), 0x68cda207e479deb3, 0x0 } } },

};

CASE_SET(ldst_simd_multi_post, c);
