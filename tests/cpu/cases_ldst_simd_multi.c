/*
 * cases_ldst_simd_multi.c — SIMD&FP structure loads and stores
 * LD1-LD4/ST1-ST4 (multiple structures), no writeback.
 * Conventions, provenance of the expected values and the macros:
 * ldst_simd_cases.h.
 */
#include "ldst_simd_cases.h"

static const InsnCase c[] = {
    /* ST4_multi */
    { "q_16b", A64_ST4_multi, 0x4c000040, /* st4 {v0.16b, v1.16b, v2.16b, v3.16b}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d } },
      .mem_out = { { D(0x100), 8, 0xe03080d04595e535 }, { D(0x108), 8, 0x1666b6067bcb1b6b },
          { D(0x110), 8, 0x4c9cec3cb10151a1 }, { D(0x118), 8, 0x82d22272e73787d7 },
          { D(0x120), 8, 0xb80858a81d6dbd0d }, { D(0x128), 8, 0xee3e8ede53a3f343 },
          { D(0x130), 8, 0x2474c41489d92979 }, { D(0x138), 8, 0x5aaafa4abf0f5faf } } },
    { "d_4h", A64_ST4_multi, 0x0c000441, /* st4 {v1.4h, v2.4h, v3.4h, v4.4h}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d },
          { V(4), 0x3297fc61c62b90f5, 0xa6fd4399e0368cd } },
      .mem_out = { { D(0x100), 8, 0x90f5e045309580e5 }, { D(0x108), 8, 0xc62b167b66cbb61b },
          { D(0x110), 8, 0xfc614cb19c01ec51 }, { D(0x118), 8, 0x329782e7d2372287 } } },
    { "wrap_4s", A64_ST4_multi, 0x4c00085d, /* st4 {v29.4s, v30.4s, v31.4s, v0.4s}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(29), 0x62c72c91f65bc025, 0x3a9f0469ce3398fd },
          { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x100), 8, 0xa60b70d5f65bc025 }, { D(0x108), 8, 0x66bd03556bb2085 },
          { D(0x110), 8, 0x1277dc4162c72c91 }, { D(0x118), 8, 0x72d73ca1c2278cf1 },
          { D(0x120), 8, 0x7ee348adce3398fd }, { D(0x128), 8, 0xde43a80d2e93f85d },
          { D(0x130), 8, 0xea4fb4193a9f0469 }, { D(0x138), 8, 0x4aaf14799aff64c9 } } },
    { "sp_2d", A64_ST4_multi, 0x4c000fe8, /* st4 {v8.2d, v9.2d, v10.2d, v11.2d}, [sp] */
      .in = { { SP, D(0x100) } },
      .vin = { { V(8), 0xf257bc2186eb50b5, 0xca2f94f95ec3288d },
          { V(9), 0xa2076cd1369b0065, 0x7adf44a90e73d83d },
          { V(10), 0x52b71c81e64bb015, 0x2a8ff459be2388ed },
          { V(11), 0x267cc3196fb60c5, 0xda3fa4096ed3389d } },
      .mem_out = { { D(0x100), 8, 0xf257bc2186eb50b5 }, { D(0x108), 8, 0xa2076cd1369b0065 },
          { D(0x110), 8, 0x52b71c81e64bb015 }, { D(0x118), 8, 0x267cc3196fb60c5 },
          { D(0x120), 8, 0xca2f94f95ec3288d }, { D(0x128), 8, 0x7adf44a90e73d83d },
          { D(0x130), 8, 0x2a8ff459be2388ed }, { D(0x138), 8, 0xda3fa4096ed3389d } } },
    { "reserved_1d", A64_ST4_multi, 0x0c000c40, /* size:Q = 110 (.1d) */
      .in = { { X(2), D(0x100) } }, UNDEF },

    /* ST1_multi4 */
    { "q_16b", A64_ST1_multi4, 0x4c002040, /* st1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d } },
      .mem_out = { { D(0x100), 8, 0x72d73ca1066bd035 }, { D(0x108), 8, 0x4aaf1479de43a80d },
          { D(0x110), 8, 0x2287ec51b61b80e5 }, { D(0x118), 8, 0xfa5fc4298ef358bd },
          { D(0x120), 8, 0xd2379c0166cb3095 }, { D(0x128), 8, 0xaa0f74d93ea3086d },
          { D(0x130), 8, 0x82e74cb1167be045 }, { D(0x138), 8, 0x5abf2489ee53b81d } } },
    { "d_4h", A64_ST1_multi4, 0x0c002441, /* st1 {v1.4h, v2.4h, v3.4h, v4.4h}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d },
          { V(4), 0x3297fc61c62b90f5, 0xa6fd4399e0368cd } },
      .mem_out = { { D(0x100), 8, 0x2287ec51b61b80e5 }, { D(0x108), 8, 0xd2379c0166cb3095 },
          { D(0x110), 8, 0x82e74cb1167be045 }, { D(0x118), 8, 0x3297fc61c62b90f5 } } },
    { "wrap_4s", A64_ST1_multi4, 0x4c00285d, /* st1 {v29.4s, v30.4s, v31.4s, v0.4s}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(29), 0x62c72c91f65bc025, 0x3a9f0469ce3398fd },
          { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x100), 8, 0x62c72c91f65bc025 }, { D(0x108), 8, 0x3a9f0469ce3398fd },
          { D(0x110), 8, 0x1277dc41a60b70d5 }, { D(0x118), 8, 0xea4fb4197ee348ad },
          { D(0x120), 8, 0xc2278cf156bb2085 }, { D(0x128), 8, 0x9aff64c92e93f85d },
          { D(0x130), 8, 0x72d73ca1066bd035 }, { D(0x138), 8, 0x4aaf1479de43a80d } } },
    { "sp_2d", A64_ST1_multi4, 0x4c002fe8, /* st1 {v8.2d, v9.2d, v10.2d, v11.2d}, [sp] */
      .in = { { SP, D(0x100) } },
      .vin = { { V(8), 0xf257bc2186eb50b5, 0xca2f94f95ec3288d },
          { V(9), 0xa2076cd1369b0065, 0x7adf44a90e73d83d },
          { V(10), 0x52b71c81e64bb015, 0x2a8ff459be2388ed },
          { V(11), 0x267cc3196fb60c5, 0xda3fa4096ed3389d } },
      .mem_out = { { D(0x100), 8, 0xf257bc2186eb50b5 }, { D(0x108), 8, 0xca2f94f95ec3288d },
          { D(0x110), 8, 0xa2076cd1369b0065 }, { D(0x118), 8, 0x7adf44a90e73d83d },
          { D(0x120), 8, 0x52b71c81e64bb015 }, { D(0x128), 8, 0x2a8ff459be2388ed },
          { D(0x130), 8, 0x267cc3196fb60c5 }, { D(0x138), 8, 0xda3fa4096ed3389d } } },
    { "d_1d", A64_ST1_multi4, 0x0c002c44, /* st1 {v4.1d, v5.1d, v6.1d, v7.1d}, [x2] */
      .in = { { X(2), D(0x101) } },
      .vin = { { V(4), 0x3297fc61c62b90f5, 0xa6fd4399e0368cd },
          { V(5), 0xe247ac1176db40a5, 0xba1f84e94eb3187d },
          { V(6), 0x92f75cc1268bf055, 0x6acf3499fe63c82d },
          { V(7), 0x42a70c71d63ba005, 0x1a7fe449ae1378dd } },
      .mem_out = { { D(0x101), 8, 0x3297fc61c62b90f5 }, { D(0x109), 8, 0xe247ac1176db40a5 },
          { D(0x111), 8, 0x92f75cc1268bf055 }, { D(0x119), 8, 0x42a70c71d63ba005 } } },
    { "d_2s_unaligned", A64_ST1_multi4, 0x0c002854, /* st1 {v20.2s, v21.2s, v22.2s, v23.2s}, [x2] */
      .in = { { X(2), D(0x103) } },
      .vin = { { V(20), 0x3297fc61c62b90f5, 0xa6fd4399e0368cd },
          { V(21), 0xe247ac1176db40a5, 0xba1f84e94eb3187d },
          { V(22), 0x92f75cc1268bf055, 0x6acf3499fe63c82d },
          { V(23), 0x42a70c71d63ba005, 0x1a7fe449ae1378dd } },
      .mem_out = { { D(0x103), 8, 0x3297fc61c62b90f5 }, { D(0x10b), 8, 0xe247ac1176db40a5 },
          { D(0x113), 8, 0x92f75cc1268bf055 }, { D(0x11b), 8, 0x42a70c71d63ba005 } } },
    { "warm_q", A64_ST1_multi4, 0x4c002c40, /* st1 {v0.2d, v1.2d, v2.2d, v3.2d}, [x2] */
      WARM, .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d } },
      .mem_out = { { D(0x100), 8, 0x72d73ca1066bd035 }, { D(0x108), 8, 0x4aaf1479de43a80d },
          { D(0x110), 8, 0x2287ec51b61b80e5 }, { D(0x118), 8, 0xfa5fc4298ef358bd },
          { D(0x120), 8, 0xd2379c0166cb3095 }, { D(0x128), 8, 0xaa0f74d93ea3086d },
          { D(0x130), 8, 0x82e74cb1167be045 }, { D(0x138), 8, 0x5abf2489ee53b81d } } },
    { "warm_d_wrap", A64_ST1_multi4, 0x0c00245e, /* st1 {v30.4h, v31.4h, v0.4h, v1.4h}, [x2] */
      WARM, .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x100), 8, 0x1277dc41a60b70d5 }, { D(0x108), 8, 0xc2278cf156bb2085 },
          { D(0x110), 8, 0x72d73ca1066bd035 }, { D(0x118), 8, 0x2287ec51b61b80e5 } } },

    /* ST3_multi */
    { "q_16b", A64_ST3_multi, 0x4c004040, /* st3 {v0.16b, v1.16b, v2.16b}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } },
      .mem_out = { { D(0x100), 8, 0x1b6b3080d095e535 }, { D(0x108), 8, 0x3c0151a166b606cb },
          { D(0x110), 8, 0xd222723787d79cec }, { D(0x118), 8, 0xf3430858a86dbd0d },
          { D(0x120), 8, 0x14d929793e8edea3 }, { D(0x128), 8, 0xaafa4a0f5faf74c4 } } },
    { "d_4h", A64_ST3_multi, 0x0c004441, /* st3 {v1.4h, v2.4h, v3.4h}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d } },
      .mem_out = { { D(0x100), 8, 0xb61be045309580e5 }, { D(0x108), 8, 0x9c01ec51167b66cb },
          { D(0x110), 8, 0x82e7d23722874cb1 } } },
    { "wrap_4s", A64_ST3_multi, 0x4c00485e, /* st3 {v30.4s, v31.4s, v0.4s}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x100), 8, 0x56bb2085a60b70d5 }, { D(0x108), 8, 0x1277dc41066bd035 },
          { D(0x110), 8, 0x72d73ca1c2278cf1 }, { D(0x118), 8, 0x2e93f85d7ee348ad },
          { D(0x120), 8, 0xea4fb419de43a80d }, { D(0x128), 8, 0x4aaf14799aff64c9 } } },
    { "sp_2d", A64_ST3_multi, 0x4c004fe8, /* st3 {v8.2d, v9.2d, v10.2d}, [sp] */
      .in = { { SP, D(0x100) } },
      .vin = { { V(8), 0xf257bc2186eb50b5, 0xca2f94f95ec3288d },
          { V(9), 0xa2076cd1369b0065, 0x7adf44a90e73d83d },
          { V(10), 0x52b71c81e64bb015, 0x2a8ff459be2388ed } },
      .mem_out = { { D(0x100), 8, 0xf257bc2186eb50b5 }, { D(0x108), 8, 0xa2076cd1369b0065 },
          { D(0x110), 8, 0x52b71c81e64bb015 }, { D(0x118), 8, 0xca2f94f95ec3288d },
          { D(0x120), 8, 0x7adf44a90e73d83d }, { D(0x128), 8, 0x2a8ff459be2388ed } } },
    { "reserved_1d", A64_ST3_multi, 0x0c004c40, /* size:Q = 110 (.1d) */
      .in = { { X(2), D(0x100) } }, UNDEF },
    { "page_cross", A64_ST3_multi, 0x4c004840, /* st3 {v0.4s, v1.4s, v2.4s}, [x2] */
      .in = { { X(2), D(0xff0) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } },
      .mem_out = { { D(0xff0), 8, 0xb61b80e5066bd035 }, { D(0xff8), 8, 0x72d73ca166cb3095 },
          { D(0x1000), 8, 0xd2379c012287ec51 }, { D(0x1008), 8, 0x8ef358bdde43a80d },
          { D(0x1010), 8, 0x4aaf14793ea3086d }, { D(0x1018), 8, 0xaa0f74d9fa5fc429 } } },

    /* ST1_multi3 */
    { "q_16b", A64_ST1_multi3, 0x4c006040, /* st1 {v0.16b, v1.16b, v2.16b}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } },
      .mem_out = { { D(0x100), 8, 0x72d73ca1066bd035 }, { D(0x108), 8, 0x4aaf1479de43a80d },
          { D(0x110), 8, 0x2287ec51b61b80e5 }, { D(0x118), 8, 0xfa5fc4298ef358bd },
          { D(0x120), 8, 0xd2379c0166cb3095 }, { D(0x128), 8, 0xaa0f74d93ea3086d } } },
    { "d_4h", A64_ST1_multi3, 0x0c006441, /* st1 {v1.4h, v2.4h, v3.4h}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d },
          { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d } },
      .mem_out = { { D(0x100), 8, 0x2287ec51b61b80e5 }, { D(0x108), 8, 0xd2379c0166cb3095 },
          { D(0x110), 8, 0x82e74cb1167be045 } } },
    { "wrap_4s", A64_ST1_multi3, 0x4c00685e, /* st1 {v30.4s, v31.4s, v0.4s}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x100), 8, 0x1277dc41a60b70d5 }, { D(0x108), 8, 0xea4fb4197ee348ad },
          { D(0x110), 8, 0xc2278cf156bb2085 }, { D(0x118), 8, 0x9aff64c92e93f85d },
          { D(0x120), 8, 0x72d73ca1066bd035 }, { D(0x128), 8, 0x4aaf1479de43a80d } } },
    { "sp_2d", A64_ST1_multi3, 0x4c006fe8, /* st1 {v8.2d, v9.2d, v10.2d}, [sp] */
      .in = { { SP, D(0x100) } },
      .vin = { { V(8), 0xf257bc2186eb50b5, 0xca2f94f95ec3288d },
          { V(9), 0xa2076cd1369b0065, 0x7adf44a90e73d83d },
          { V(10), 0x52b71c81e64bb015, 0x2a8ff459be2388ed } },
      .mem_out = { { D(0x100), 8, 0xf257bc2186eb50b5 }, { D(0x108), 8, 0xca2f94f95ec3288d },
          { D(0x110), 8, 0xa2076cd1369b0065 }, { D(0x118), 8, 0x7adf44a90e73d83d },
          { D(0x120), 8, 0x52b71c81e64bb015 }, { D(0x128), 8, 0x2a8ff459be2388ed } } },
    { "d_1d", A64_ST1_multi3, 0x0c006c44, /* st1 {v4.1d, v5.1d, v6.1d}, [x2] */
      .in = { { X(2), D(0x101) } },
      .vin = { { V(4), 0x3297fc61c62b90f5, 0xa6fd4399e0368cd },
          { V(5), 0xe247ac1176db40a5, 0xba1f84e94eb3187d },
          { V(6), 0x92f75cc1268bf055, 0x6acf3499fe63c82d } },
      .mem_out = { { D(0x101), 8, 0x3297fc61c62b90f5 }, { D(0x109), 8, 0xe247ac1176db40a5 },
          { D(0x111), 8, 0x92f75cc1268bf055 } } },
    { "d_2s_unaligned", A64_ST1_multi3, 0x0c006854, /* st1 {v20.2s, v21.2s, v22.2s}, [x2] */
      .in = { { X(2), D(0x103) } },
      .vin = { { V(20), 0x3297fc61c62b90f5, 0xa6fd4399e0368cd },
          { V(21), 0xe247ac1176db40a5, 0xba1f84e94eb3187d },
          { V(22), 0x92f75cc1268bf055, 0x6acf3499fe63c82d } },
      .mem_out = { { D(0x103), 8, 0x3297fc61c62b90f5 }, { D(0x10b), 8, 0xe247ac1176db40a5 },
          { D(0x113), 8, 0x92f75cc1268bf055 } } },
    { "device_elem_misaligned", A64_ST1_multi3, 0x0c006840, /* st1 {v0.2s, v1.2s, v2.2s}, [x2] */
      DEVICE, .in = { { X(2), D(0x106) } }, DABT(0x61, D(0x106)) },
    { "warm_q", A64_ST1_multi3, 0x4c006c40, /* st1 {v0.2d, v1.2d, v2.2d}, [x2] */
      WARM, .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } },
      .mem_out = { { D(0x100), 8, 0x72d73ca1066bd035 }, { D(0x108), 8, 0x4aaf1479de43a80d },
          { D(0x110), 8, 0x2287ec51b61b80e5 }, { D(0x118), 8, 0xfa5fc4298ef358bd },
          { D(0x120), 8, 0xd2379c0166cb3095 }, { D(0x128), 8, 0xaa0f74d93ea3086d } } },
    { "warm_d_wrap", A64_ST1_multi3, 0x0c00645e, /* st1 {v30.4h, v31.4h, v0.4h}, [x2] */
      WARM, .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x100), 8, 0x1277dc41a60b70d5 }, { D(0x108), 8, 0xc2278cf156bb2085 },
          { D(0x110), 8, 0x72d73ca1066bd035 } } },
    { "warm_sp_misaligned", A64_ST1_multi3, 0x4c0063e0, /* st1 {v0.16b, v1.16b, v2.16b}, [sp] */
      WARM_SP, .in = { { SP, D(0x108) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } },
      .mem_out = { { D(0xf8), 8, 0x72d73ca1066bd035 }, { D(0x108), 8, 0x72d73ca1066bd035 },
          { D(0x110), 8, 0x4aaf1479de43a80d }, { D(0x118), 8, 0x2287ec51b61b80e5 },
          { D(0x120), 8, 0xfa5fc4298ef358bd }, { D(0x128), 8, 0xd2379c0166cb3095 },
          { D(0x130), 8, 0xaa0f74d93ea3086d } } },

    /* ST1_multi1 */
    { "q_16b", A64_ST1_multi1, 0x4c007040, /* st1 {v0.16b}, [x2] */
      .in = { { X(2), D(0x100) } }, .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d } },
      .mem_out = { { D(0x100), 8, 0x72d73ca1066bd035 }, { D(0x108), 8, 0x4aaf1479de43a80d } } },
    { "d_4h", A64_ST1_multi1, 0x0c007441, /* st1 {v1.4h}, [x2] */
      .in = { { X(2), D(0x100) } }, .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x100), 8, 0x2287ec51b61b80e5 } } },
    { "wrap_4s", A64_ST1_multi1, 0x4c00785f, /* st1 {v31.4s}, [x2] */
      .in = { { X(2), D(0x100) } }, .vin = { { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x100), 8, 0xc2278cf156bb2085 }, { D(0x108), 8, 0x9aff64c92e93f85d } } },
    { "sp_2d", A64_ST1_multi1, 0x4c007fe8, /* st1 {v8.2d}, [sp] */
      .in = { { SP, D(0x100) } }, .vin = { { V(8), 0xf257bc2186eb50b5, 0xca2f94f95ec3288d } },
      .mem_out = { { D(0x100), 8, 0xf257bc2186eb50b5 }, { D(0x108), 8, 0xca2f94f95ec3288d } } },
    { "d_1d", A64_ST1_multi1, 0x0c007c44, /* st1 {v4.1d}, [x2] */
      .in = { { X(2), D(0x101) } }, .vin = { { V(4), 0x3297fc61c62b90f5, 0xa6fd4399e0368cd } },
      .mem_out = { { D(0x101), 8, 0x3297fc61c62b90f5 } } },
    { "d_2s_unaligned", A64_ST1_multi1, 0x0c007854, /* st1 {v20.2s}, [x2] */
      .in = { { X(2), D(0x103) } }, .vin = { { V(20), 0x3297fc61c62b90f5, 0xa6fd4399e0368cd } },
      .mem_out = { { D(0x103), 8, 0x3297fc61c62b90f5 } } },
    { "device_elem_aligned", A64_ST1_multi1, 0x4c007c40, /* st1 {v0.2d}, [x2] */
      DEVICE, .in = { { X(2), D(0x108) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d } },
      .mem_out = { { D(0x108), 8, 0x72d73ca1066bd035 }, { D(0x110), 8, 0x4aaf1479de43a80d } } },
    { "code_page_not_decoded", A64_ST1_multi1, 0x4c007c40, /* st1 {v0.2d}, [x2] */
      .in = { { X(2), D(0x800) } }, .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d } },
      .mem_out = { { D(0x800), 8, 0x72d73ca1066bd035 }, { D(0x808), 8, 0x4aaf1479de43a80d } } },
    { "warm_q", A64_ST1_multi1, 0x4c007c40, /* st1 {v0.2d}, [x2] */
      WARM, .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d } },
      .mem_out = { { D(0x100), 8, 0x72d73ca1066bd035 }, { D(0x108), 8, 0x4aaf1479de43a80d } } },
    { "warm_d_wrap", A64_ST1_multi1, 0x0c00745e, /* st1 {v30.4h}, [x2] */
      WARM, .in = { { X(2), D(0x100) } },
      .vin = { { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad } },
      .mem_out = { { D(0x100), 8, 0x1277dc41a60b70d5 } } },

    /* ST2_multi */
    { "q_16b", A64_ST2_multi, 0x4c008040, /* st2 {v0.16b, v1.16b}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x100), 8, 0xb6061b6b80d0e535 }, { D(0x108), 8, 0x227287d7ec3c51a1 },
          { D(0x110), 8, 0x8edef34358a8bd0d }, { D(0x118), 8, 0xfa4a5fafc4142979 } } },
    { "d_4h", A64_ST2_multi, 0x0c008441, /* st2 {v1.4h, v2.4h}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } },
      .mem_out = { { D(0x100), 8, 0x66cbb61b309580e5 }, { D(0x108), 8, 0xd23722879c01ec51 } } },
    { "wrap_4s", A64_ST2_multi, 0x4c00885f, /* st2 {v31.4s, v0.4s}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x100), 8, 0x66bd03556bb2085 }, { D(0x108), 8, 0x72d73ca1c2278cf1 },
          { D(0x110), 8, 0xde43a80d2e93f85d }, { D(0x118), 8, 0x4aaf14799aff64c9 } } },
    { "sp_2d", A64_ST2_multi, 0x4c008fe8, /* st2 {v8.2d, v9.2d}, [sp] */
      .in = { { SP, D(0x100) } },
      .vin = { { V(8), 0xf257bc2186eb50b5, 0xca2f94f95ec3288d },
          { V(9), 0xa2076cd1369b0065, 0x7adf44a90e73d83d } },
      .mem_out = { { D(0x100), 8, 0xf257bc2186eb50b5 }, { D(0x108), 8, 0xa2076cd1369b0065 },
          { D(0x110), 8, 0xca2f94f95ec3288d }, { D(0x118), 8, 0x7adf44a90e73d83d } } },
    { "reserved_1d", A64_ST2_multi, 0x0c008c40, /* size:Q = 110 (.1d) */
      .in = { { X(2), D(0x100) } }, UNDEF },
    { "fp_trap", A64_ST2_multi, 0x4c008840, /* st2 {v0.4s, v1.4s}, [x2] */
      .in = { { X(2), D(0x100) } }, FP_TRAP },

    /* ST1_multi2 */
    { "q_16b", A64_ST1_multi2, 0x4c00a040, /* st1 {v0.16b, v1.16b}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x100), 8, 0x72d73ca1066bd035 }, { D(0x108), 8, 0x4aaf1479de43a80d },
          { D(0x110), 8, 0x2287ec51b61b80e5 }, { D(0x118), 8, 0xfa5fc4298ef358bd } } },
    { "d_4h", A64_ST1_multi2, 0x0c00a441, /* st1 {v1.4h, v2.4h}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } },
      .mem_out = { { D(0x100), 8, 0x2287ec51b61b80e5 }, { D(0x108), 8, 0xd2379c0166cb3095 } } },
    { "wrap_4s", A64_ST1_multi2, 0x4c00a85f, /* st1 {v31.4s, v0.4s}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x100), 8, 0xc2278cf156bb2085 }, { D(0x108), 8, 0x9aff64c92e93f85d },
          { D(0x110), 8, 0x72d73ca1066bd035 }, { D(0x118), 8, 0x4aaf1479de43a80d } } },
    { "sp_2d", A64_ST1_multi2, 0x4c00afe8, /* st1 {v8.2d, v9.2d}, [sp] */
      .in = { { SP, D(0x100) } },
      .vin = { { V(8), 0xf257bc2186eb50b5, 0xca2f94f95ec3288d },
          { V(9), 0xa2076cd1369b0065, 0x7adf44a90e73d83d } },
      .mem_out = { { D(0x100), 8, 0xf257bc2186eb50b5 }, { D(0x108), 8, 0xca2f94f95ec3288d },
          { D(0x110), 8, 0xa2076cd1369b0065 }, { D(0x118), 8, 0x7adf44a90e73d83d } } },
    { "d_1d", A64_ST1_multi2, 0x0c00ac44, /* st1 {v4.1d, v5.1d}, [x2] */
      .in = { { X(2), D(0x101) } },
      .vin = { { V(4), 0x3297fc61c62b90f5, 0xa6fd4399e0368cd },
          { V(5), 0xe247ac1176db40a5, 0xba1f84e94eb3187d } },
      .mem_out = { { D(0x101), 8, 0x3297fc61c62b90f5 }, { D(0x109), 8, 0xe247ac1176db40a5 } } },
    { "d_2s_unaligned", A64_ST1_multi2, 0x0c00a854, /* st1 {v20.2s, v21.2s}, [x2] */
      .in = { { X(2), D(0x103) } },
      .vin = { { V(20), 0x3297fc61c62b90f5, 0xa6fd4399e0368cd },
          { V(21), 0xe247ac1176db40a5, 0xba1f84e94eb3187d } },
      .mem_out = { { D(0x103), 8, 0x3297fc61c62b90f5 }, { D(0x10b), 8, 0xe247ac1176db40a5 } } },
    { "warm_q", A64_ST1_multi2, 0x4c00ac40, /* st1 {v0.2d, v1.2d}, [x2] */
      WARM, .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x100), 8, 0x72d73ca1066bd035 }, { D(0x108), 8, 0x4aaf1479de43a80d },
          { D(0x110), 8, 0x2287ec51b61b80e5 }, { D(0x118), 8, 0xfa5fc4298ef358bd } } },
    { "warm_d_wrap", A64_ST1_multi2, 0x0c00a45e, /* st1 {v30.4h, v31.4h}, [x2] */
      WARM, .in = { { X(2), D(0x100) } },
      .vin = { { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x100), 8, 0x1277dc41a60b70d5 }, { D(0x108), 8, 0xc2278cf156bb2085 } } },
    { "warm_device_elem_misaligned", A64_ST1_multi2, 0x4c00a840, /* st1 {v0.4s, v1.4s}, [x2] */
      WARM, DEVICE, .in = { { X(2), D(0x102) } }, DABT(0x61, D(0x102)) },

    /* LD4_multi */
    { "q_16b", A64_LD4_multi, 0x4c400040, /* ld4 {v0.16b, v1.16b, v2.16b, v3.16b}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0x77e31f8b07b32f5b, 0x9703bf2ba7d34ffb },
          { V(1), 0x920eba36a2de4ac6, 0x32aeda56c27eea66 },
          { V(2), 0x3da92551cd79f561, 0x5dc945f16d991581 },
          { V(3), 0x58d440fc68e4108c, 0xf874e01c8804b02c } } },
    { "d_4h", A64_LD4_multi, 0x0c400441, /* ld4 {v1.4h, v2.4h, v3.4h, v4.4h}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(1), 0xee3368bdeb3c65b, 0x0 }, { V(2), 0xd4a9fc51e4798c61, 0x0 },
          { V(3), 0x9277ba1fa2074a2f, 0x0 }, { V(4), 0x583d402568cd10f5, 0x0 } } },
    { "wrap_4s", A64_LD4_multi, 0x4c40085d, /* ld4 {v29.4s, v30.4s, v31.4s, v0.4s}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0x583d927768cda207, 0xf85d3297886dc2a7 },
          { V(29), 0xfc51368b8c61c65b, 0x1cf1562b2c8166fb },
          { V(30), 0x4025ba1f10f54a2f, 0xe045dabfb015ea4f },
          { V(31), 0xd4a90ee3e479deb3, 0x74c9ae0304997ed3 } } },
    { "sp_2d", A64_LD4_multi, 0x4c400fe8, /* ld4 {v8.2d, v9.2d, v10.2d, v11.2d}, [sp] */
      .in = { { SP, D(0x100) } },
      .vout = { { V(8), 0x10f54a2f8c61c65b, 0xb015ea4f2c8166fb },
          { V(9), 0x68cda207e479deb3, 0x886dc2a704997ed3 },
          { V(10), 0x4025ba1ffc51368b, 0xe045dabf1cf1562b },
          { V(11), 0x583d9277d4a90ee3, 0xf85d329774c9ae03 } } },
    { "reserved_1d", A64_LD4_multi, 0x0c400c40, /* size:Q = 110 (.1d) */
      .in = { { X(2), D(0x100) } }, UNDEF },
    { "device_bytes", A64_LD4_multi, 0x4c400040, /* ld4 {v0.16b, v1.16b, v2.16b, v3.16b}, [x2] */
      DEVICE, .in = { { X(2), D(0x101) } },
      .vout = { { V(0), 0x920eba36a2de4ac6, 0x32aeda56c27eea66 },
          { V(1), 0x3da92551cd79f561, 0x5dc945f16d991581 },
          { V(2), 0x58d440fc68e4108c, 0xf874e01c8804b02c },
          { V(3), 0xfb77e31f8b07b32f, 0x1b9703bf2ba7d34f } } },

    /* LD1_multi4 */
    { "q_16b", A64_LD1_multi4, 0x4c402040, /* ld1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 },
          { V(1), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 },
          { V(2), 0xb015ea4f2c8166fb, 0x886dc2a704997ed3 },
          { V(3), 0xe045dabf1cf1562b, 0xf85d329774c9ae03 } } },
    { "d_4h", A64_LD1_multi4, 0x0c402441, /* ld1 {v1.4h, v2.4h, v3.4h, v4.4h}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(1), 0x10f54a2f8c61c65b, 0x0 }, { V(2), 0x68cda207e479deb3, 0x0 },
          { V(3), 0x4025ba1ffc51368b, 0x0 }, { V(4), 0x583d9277d4a90ee3, 0x0 } } },
    { "wrap_4s", A64_LD1_multi4, 0x4c40285d, /* ld1 {v29.4s, v30.4s, v31.4s, v0.4s}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0xe045dabf1cf1562b, 0xf85d329774c9ae03 },
          { V(29), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 },
          { V(30), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 },
          { V(31), 0xb015ea4f2c8166fb, 0x886dc2a704997ed3 } } },
    { "sp_2d", A64_LD1_multi4, 0x4c402fe8, /* ld1 {v8.2d, v9.2d, v10.2d, v11.2d}, [sp] */
      .in = { { SP, D(0x100) } },
      .vout = { { V(8), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 },
          { V(9), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 },
          { V(10), 0xb015ea4f2c8166fb, 0x886dc2a704997ed3 },
          { V(11), 0xe045dabf1cf1562b, 0xf85d329774c9ae03 } } },
    { "d_1d", A64_LD1_multi4, 0x0c402c44, /* ld1 {v4.1d, v5.1d, v6.1d, v7.1d}, [x2] */
      .in = { { X(2), D(0x101) } },
      .vout = { { V(4), 0xb310f54a2f8c61c6, 0x0 }, { V(5), 0x8b68cda207e479de, 0x0 },
          { V(6), 0xe34025ba1ffc5136, 0x0 }, { V(7), 0xfb583d9277d4a90e, 0x0 } } },
    { "d_2s_unaligned", A64_LD1_multi4, 0x0c402854, /* ld1 {v20.2s, v21.2s, v22.2s, v23.2s}, [x2] */
      .in = { { X(2), D(0x103) } },
      .vout = { { V(20), 0x79deb310f54a2f8c, 0x0 }, { V(21), 0x51368b68cda207e4, 0x0 },
          { V(22), 0xa90ee34025ba1ffc, 0x0 }, { V(23), 0x8166fb583d9277d4, 0x0 } } },
    { "warm_q", A64_LD1_multi4, 0x4c402040, /* ld1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x2] */
      WARM, .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 },
          { V(1), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 },
          { V(2), 0xb015ea4f2c8166fb, 0x886dc2a704997ed3 },
          { V(3), 0xe045dabf1cf1562b, 0xf85d329774c9ae03 } } },
    { "warm_d_wrap", A64_LD1_multi4, 0x0c40205f, /* ld1 {v31.8b, v0.8b, v1.8b, v2.8b}, [x2] */
      WARM, .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0x68cda207e479deb3, 0x0 }, { V(1), 0x4025ba1ffc51368b, 0x0 },
          { V(2), 0x583d9277d4a90ee3, 0x0 }, { V(31), 0x10f54a2f8c61c65b, 0x0 } } },

    /* LD3_multi */
    { "q_16b", A64_LD3_multi, 0x4c404040, /* ld3 {v0.16b, v1.16b, v2.16b}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0xba516807def58c5b, 0xc299b04f663dd4e3 },
          { V(1), 0x25fc8ba279102fc6, 0x6d04d3ea8158770e },
          { V(2), 0x401f36cde4b34a61, 0x88a77e152cfb92a9 } } },
    { "d_4h", A64_LD3_multi, 0x0c404441, /* ld3 {v1.4h, v2.4h, v3.4h}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(1), 0xfc51a20710f5c65b, 0x0 }, { V(2), 0xba1f68cddeb38c61, 0x0 },
          { V(3), 0x4025368be4794a2f, 0x0 } } },
    { "wrap_4s", A64_LD3_multi, 0x4c40485e, /* ld3 {v30.4s, v31.4s, v0.4s}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0x4025ba1fe479deb3, 0x886dc2a72c8166fb },
          { V(30), 0x68cda2078c61c65b, 0xb015ea4fd4a90ee3 },
          { V(31), 0xfc51368b10f54a2f, 0x4997ed3583d9277 } } },
    { "sp_2d", A64_LD3_multi, 0x4c404fe8, /* ld3 {v8.2d, v9.2d, v10.2d}, [sp] */
      .in = { { SP, D(0x100) } },
      .vout = { { V(8), 0x10f54a2f8c61c65b, 0x583d9277d4a90ee3 },
          { V(9), 0x68cda207e479deb3, 0xb015ea4f2c8166fb },
          { V(10), 0x4025ba1ffc51368b, 0x886dc2a704997ed3 } } },
    { "reserved_1d", A64_LD3_multi, 0x0c404c40, /* size:Q = 110 (.1d) */
      .in = { { X(2), D(0x100) } }, UNDEF },
    { "page_cross", A64_LD3_multi, 0x4c404840, /* ld3 {v0.4s, v1.4s, v2.4s}, [x2] */
      .in = { { X(2), D(0xfe8) } },
      .vout = { { V(0), 0x2e8b14f14ad7b01d, 0x79dcb3169d70d74a },
          { V(1), 0xba07e04dc6a30ce9, 0xed40279a01e45b3e },
          { V(2), 0x36937cd9523f9865, 0x5134ab0ef568cfa2 } } },

    /* LD1_multi3 */
    { "q_16b", A64_LD1_multi3, 0x4c406040, /* ld1 {v0.16b, v1.16b, v2.16b}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 },
          { V(1), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 },
          { V(2), 0xb015ea4f2c8166fb, 0x886dc2a704997ed3 } } },
    { "d_4h", A64_LD1_multi3, 0x0c406441, /* ld1 {v1.4h, v2.4h, v3.4h}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(1), 0x10f54a2f8c61c65b, 0x0 }, { V(2), 0x68cda207e479deb3, 0x0 },
          { V(3), 0x4025ba1ffc51368b, 0x0 } } },
    { "wrap_4s", A64_LD1_multi3, 0x4c40685e, /* ld1 {v30.4s, v31.4s, v0.4s}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0xb015ea4f2c8166fb, 0x886dc2a704997ed3 },
          { V(30), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 },
          { V(31), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 } } },
    { "sp_2d", A64_LD1_multi3, 0x4c406fe8, /* ld1 {v8.2d, v9.2d, v10.2d}, [sp] */
      .in = { { SP, D(0x100) } },
      .vout = { { V(8), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 },
          { V(9), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 },
          { V(10), 0xb015ea4f2c8166fb, 0x886dc2a704997ed3 } } },
    { "d_1d", A64_LD1_multi3, 0x0c406c44, /* ld1 {v4.1d, v5.1d, v6.1d}, [x2] */
      .in = { { X(2), D(0x101) } },
      .vout = { { V(4), 0xb310f54a2f8c61c6, 0x0 }, { V(5), 0x8b68cda207e479de, 0x0 },
          { V(6), 0xe34025ba1ffc5136, 0x0 } } },
    { "d_2s_unaligned", A64_LD1_multi3, 0x0c406854, /* ld1 {v20.2s, v21.2s, v22.2s}, [x2] */
      .in = { { X(2), D(0x103) } },
      .vout = { { V(20), 0x79deb310f54a2f8c, 0x0 }, { V(21), 0x51368b68cda207e4, 0x0 },
          { V(22), 0xa90ee34025ba1ffc, 0x0 } } },
    { "warm_q", A64_LD1_multi3, 0x4c406040, /* ld1 {v0.16b, v1.16b, v2.16b}, [x2] */
      WARM, .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 },
          { V(1), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 },
          { V(2), 0xb015ea4f2c8166fb, 0x886dc2a704997ed3 } } },
    { "warm_d_wrap", A64_LD1_multi3, 0x0c40605f, /* ld1 {v31.8b, v0.8b, v1.8b}, [x2] */
      WARM, .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0x68cda207e479deb3, 0x0 }, { V(1), 0x4025ba1ffc51368b, 0x0 },
          { V(31), 0x10f54a2f8c61c65b, 0x0 } } },

    /* LD1_multi1 */
    { "q_16b", A64_LD1_multi1, 0x4c407040, /* ld1 {v0.16b}, [x2] */
      .in = { { X(2), D(0x100) } }, .vout = { { V(0), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 } } },
    { "d_4h", A64_LD1_multi1, 0x0c407441, /* ld1 {v1.4h}, [x2] */
      .in = { { X(2), D(0x100) } }, .vout = { { V(1), 0x10f54a2f8c61c65b, 0x0 } } },
    { "wrap_4s", A64_LD1_multi1, 0x4c40785f, /* ld1 {v31.4s}, [x2] */
      .in = { { X(2), D(0x100) } }, .vout = { { V(31), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 } } },
    { "sp_2d", A64_LD1_multi1, 0x4c407fe8, /* ld1 {v8.2d}, [sp] */
      .in = { { SP, D(0x100) } }, .vout = { { V(8), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 } } },
    { "d_1d", A64_LD1_multi1, 0x0c407c44, /* ld1 {v4.1d}, [x2] */
      .in = { { X(2), D(0x101) } }, .vout = { { V(4), 0xb310f54a2f8c61c6, 0x0 } } },
    { "d_2s_unaligned", A64_LD1_multi1, 0x0c407854, /* ld1 {v20.2s}, [x2] */
      .in = { { X(2), D(0x103) } }, .vout = { { V(20), 0x79deb310f54a2f8c, 0x0 } } },
    { "device_elem_aligned", A64_LD1_multi1, 0x4c407840, /* ld1 {v0.4s}, [x2] */
      DEVICE, .in = { { X(2), D(0x104) } },
      .vout = { { V(0), 0xe479deb310f54a2f, 0xfc51368b68cda207 } } },
    { "device_elem_misaligned", A64_LD1_multi1, 0x4c407840, /* ld1 {v0.4s}, [x2] */
      DEVICE, .in = { { X(2), D(0x102) } }, DABT(0x21, D(0x102)) },
    { "sp_misaligned_sa", A64_LD1_multi1, 0x4c4073e0, /* ld1 {v0.16b}, [sp] */
      SA_ON, .in = { { SP, D(0x108) } }, SP_FAULT },
    { "sp_misaligned_no_sa", A64_LD1_multi1, 0x4c4073e0, /* ld1 {v0.16b}, [sp] */
      .in = { { SP, D(0x108) } }, .vout = { { V(0), 0x68cda207e479deb3, 0x4025ba1ffc51368b } } },
    { "fp_trap", A64_LD1_multi1, 0x4c407040, /* ld1 {v0.16b}, [x2] */
      .in = { { X(2), D(0x100) } }, FP_TRAP },
    { "warm_q", A64_LD1_multi1, 0x4c407040, /* ld1 {v0.16b}, [x2] */
      WARM, .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 } } },
    { "warm_d_wrap", A64_LD1_multi1, 0x0c40705f, /* ld1 {v31.8b}, [x2] */
      WARM, .in = { { X(2), D(0x100) } }, .vout = { { V(31), 0x10f54a2f8c61c65b, 0x0 } } },

    /* LD2_multi */
    { "q_16b", A64_LD2_multi, 0x4c408040, /* ld2 {v0.16b, v1.16b}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0xcd0779b3f52f615b, 0x3d77a9e3251f518b },
          { V(1), 0x68a2e4de104a8cc6, 0x5892d40e40bafc36 } } },
    { "d_4h", A64_LD2_multi, 0x0c408441, /* ld2 {v1.4h, v2.4h}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(1), 0xa207deb34a2fc65b, 0x0 }, { V(2), 0x68cde47910f58c61, 0x0 } } },
    { "wrap_4s", A64_LD2_multi, 0x4c40885f, /* ld2 {v31.4s, v0.4s}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0x68cda20710f54a2f, 0x583d92774025ba1f },
          { V(31), 0xe479deb38c61c65b, 0xd4a90ee3fc51368b } } },
    { "sp_2d", A64_LD2_multi, 0x4c408fe8, /* ld2 {v8.2d, v9.2d}, [sp] */
      .in = { { SP, D(0x100) } },
      .vout = { { V(8), 0x10f54a2f8c61c65b, 0x4025ba1ffc51368b },
          { V(9), 0x68cda207e479deb3, 0x583d9277d4a90ee3 } } },
    { "reserved_1d", A64_LD2_multi, 0x0c408c40, /* size:Q = 110 (.1d) */
      .in = { { X(2), D(0x100) } }, UNDEF },
    { "device_h_misaligned", A64_LD2_multi, 0x4c408440, /* ld2 {v0.8h, v1.8h}, [x2] */
      DEVICE, .in = { { X(2), D(0x101) } }, DABT(0x21, D(0x101)) },

    /* LD1_multi2 */
    { "q_16b", A64_LD1_multi2, 0x4c40a040, /* ld1 {v0.16b, v1.16b}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 },
          { V(1), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 } } },
    { "d_4h", A64_LD1_multi2, 0x0c40a441, /* ld1 {v1.4h, v2.4h}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(1), 0x10f54a2f8c61c65b, 0x0 }, { V(2), 0x68cda207e479deb3, 0x0 } } },
    { "wrap_4s", A64_LD1_multi2, 0x4c40a85f, /* ld1 {v31.4s, v0.4s}, [x2] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 },
          { V(31), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 } } },
    { "sp_2d", A64_LD1_multi2, 0x4c40afe8, /* ld1 {v8.2d, v9.2d}, [sp] */
      .in = { { SP, D(0x100) } },
      .vout = { { V(8), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 },
          { V(9), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 } } },
    { "d_1d", A64_LD1_multi2, 0x0c40ac44, /* ld1 {v4.1d, v5.1d}, [x2] */
      .in = { { X(2), D(0x101) } },
      .vout = { { V(4), 0xb310f54a2f8c61c6, 0x0 }, { V(5), 0x8b68cda207e479de, 0x0 } } },
    { "d_2s_unaligned", A64_LD1_multi2, 0x0c40a854, /* ld1 {v20.2s, v21.2s}, [x2] */
      .in = { { X(2), D(0x103) } },
      .vout = { { V(20), 0x79deb310f54a2f8c, 0x0 }, { V(21), 0x51368b68cda207e4, 0x0 } } },
    { "second_reg_not_ram", A64_LD1_multi2, 0x4c40a040, /* ld1 {v0.16b, v1.16b}, [x2] */
      .in = { { X(2), RAM_END - 16 } }, DABT(0x10, RAM_END) },
    { "warm_q", A64_LD1_multi2, 0x4c40a040, /* ld1 {v0.16b, v1.16b}, [x2] */
      WARM, .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 },
          { V(1), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 } } },
    { "warm_d_wrap", A64_LD1_multi2, 0x0c40a05f, /* ld1 {v31.8b, v0.8b}, [x2] */
      WARM, .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0x68cda207e479deb3, 0x0 }, { V(31), 0x10f54a2f8c61c65b, 0x0 } } },
    { "warm_page_cross", A64_LD1_multi2, 0x4c40a040, /* ld1 {v0.16b, v1.16b}, [x2] */
      WARM, .in = { { X(2), D(0xff0) } },
      .vout = { { V(0), 0x2e8b14f1523f9865, 0x36937cd9ba07e04d },
          { V(1), 0x1e45b3e9d70d74a, 0x79dcb316f568cfa2 } } },
    { "warm_device_elem_aligned", A64_LD1_multi2, 0x4c40a440, /* ld1 {v0.8h, v1.8h}, [x2] */
      WARM, DEVICE, .in = { { X(2), D(0x102) } },
      .vout = { { V(0), 0xdeb310f54a2f8c61, 0x368b68cda207e479 },
          { V(1), 0xee34025ba1ffc51, 0x66fb583d9277d4a9 } } },

};

CASE_SET(ldst_simd_multi, c);
