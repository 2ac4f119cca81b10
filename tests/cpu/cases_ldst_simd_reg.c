/*
 * cases_ldst_simd_reg.c — SIMD&FP register loads and stores: LDR (literal),
 * LDP/STP/LDNP/STNP, LDUR/STUR, LDR/STR (immediate and register).
 * Conventions, provenance of the expected values and the macros:
 * ldst_simd_cases.h.
 */
#include "ldst_simd_cases.h"

static const InsnCase c[] = {
    /* LDR_simd_lit */
    { "s_self", A64_LDR_simd_lit, 0x1c000000, /* ldr s0, . */
      .vout = { { V(0), 0x1c000000, 0x0 } } },
    { "d_back", A64_LDR_simd_lit, 0x5cffffe5, /* ldr d5, .-4 */
      .pre = { NOP }, .vout = { { V(5), 0x5cffffe5d503201f, 0x0 } } },
    { "q_max_fwd", A64_LDR_simd_lit, 0x9c7fffff, /* ldr q31, .+0xffffc */
      .pre = { NOP, NOP, NOP, NOP },
      .vout = { { V(31), 0xfd50378a69cca306, 0xd5a80fe24124bb1e } } },
    { "d_max_fwd", A64_LDR_simd_lit, 0x5c7fffe1, /* ldr d1, .+0xffffc */
      .pre = { NOP, NOP, NOP, NOP }, .vout = { { V(1), 0xfd50378a69cca306, 0x0 } } },
    { "s_min_back_not_ram", A64_LDR_simd_lit, 0x1c800000, /* ldr s0, .-0x100000 */
      DABT(0x10, 0x3ff00000) },
    { "q_device_unaligned", A64_LDR_simd_lit, 0x9c000000, /* ldr q0, . */
      .pre = { NOP }, DEVICE, DABT(0x21, T_CODE + 0x4) },
    { "q_device_aligned", A64_LDR_simd_lit, 0x9c000000, /* ldr q0, . */
      DEVICE, .vout = { { V(0), 0x9c000000, 0x0 } } },
    { "fp_trap", A64_LDR_simd_lit, 0x5c000000, /* ldr d0, . */
      FP_TRAP },
    { "warm_q", A64_LDR_simd_lit, 0x9cffffe0, /* ldr q0, .-4 */
      .pre = { WARM_CODE, FP_ON }, .vout = { { V(0), 0x9cffffe0fc1f03e0, 0x0 } } },
    { "warm_s", A64_LDR_simd_lit, 0x1cffffe3, /* ldr s3, .-4 */
      .pre = { WARM_CODE, FP_ON }, .vout = { { V(3), 0xfc1f03e0, 0x0 } } },
    { "warm_d", A64_LDR_simd_lit, 0x5cffffe3, /* ldr d3, .-4 */
      .pre = { WARM_CODE, FP_ON }, .vout = { { V(3), 0x5cffffe3fc1f03e0, 0x0 } } },

    /* STNP_simd */
    { "s_min", A64_STNP_simd, 0x2c200841, /* stnp s1, s2, [x2, #-256] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } },
      .mem_out = { { D(0x0), 8, 0x66cb3095b61b80e5 } } },
    { "d_max", A64_STNP_simd, 0x6c1f8841, /* stnp d1, d2, [x2, #504] */
      .in = { { X(2), D(0x0) } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } },
      .mem_out = { { D(0x1f8), 8, 0x2287ec51b61b80e5 }, { D(0x200), 8, 0xd2379c0166cb3095 } } },
    { "q_max", A64_STNP_simd, 0xac1ffc5e, /* stnp q30, q31, [x2, #1008] */
      .in = { { X(2), D(0x0) } },
      .vin = { { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x3f0), 8, 0x1277dc41a60b70d5 }, { D(0x3f8), 8, 0xea4fb4197ee348ad },
          { D(0x400), 8, 0xc2278cf156bb2085 }, { D(0x408), 8, 0x9aff64c92e93f85d } } },
    { "q_sp", A64_STNP_simd, 0xac0007e0, /* stnp q0, q1, [sp] */
      .in = { { SP, D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x100), 8, 0x72d73ca1066bd035 }, { D(0x108), 8, 0x4aaf1479de43a80d },
          { D(0x110), 8, 0x2287ec51b61b80e5 }, { D(0x118), 8, 0xfa5fc4298ef358bd } } },
    { "fp_trap", A64_STNP_simd, 0xac000440, /* stnp q0, q1, [x2] */
      .in = { { X(2), D(0x100) } }, FP_TRAP },
    { "warm_q", A64_STNP_simd, 0xac010440, /* stnp q0, q1, [x2, #32] */
      WARM, .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x120), 8, 0x72d73ca1066bd035 }, { D(0x128), 8, 0x4aaf1479de43a80d },
          { D(0x130), 8, 0x2287ec51b61b80e5 }, { D(0x138), 8, 0xfa5fc4298ef358bd } } },
    { "warm_s", A64_STNP_simd, 0x2c010440, /* stnp s0, s1, [x2, #8] */
      WARM, .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x108), 8, 0xb61b80e5066bd035 } } },

    /* LDNP_simd */
    { "s_max", A64_LDNP_simd, 0x2c5f8440, /* ldnp s0, s1, [x2, #252] */
      .in = { { X(2), D(0x0) } },
      .vout = { { V(0), 0x399c73d6, 0x0 }, { V(1), 0x8c61c65b, 0x0 } } },
    { "d", A64_LDNP_simd, 0x6c607c40, /* ldnp d0, d31, [x2, #-512] */
      .in = { { X(2), D(0x200) } },
      .vout = { { V(0), 0x11f44b2e8d60c75a, 0x0 }, { V(31), 0x69cca306e578dfb2, 0x0 } } },
    { "q_min", A64_LDNP_simd, 0xac600440, /* ldnp q0, q1, [x2, #-1024] */
      .in = { { X(2), D(0x400) } },
      .vout = { { V(0), 0x11f44b2e8d60c75a, 0x69cca306e578dfb2 },
          { V(1), 0x4124bb1efd50378a, 0x593c9376d5a80fe2 } } },
    { "rt_eq_rt2", A64_LDNP_simd, 0xac400842, /* ldnp q2, q2, [x2] */
      .in = { { X(2), D(0x100) } }, .vout = { { V(2), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 } } },
    { "warm_q", A64_LDNP_simd, 0xac410440, /* ldnp q0, q1, [x2, #32] */
      WARM, .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0xb015ea4f2c8166fb, 0x886dc2a704997ed3 },
          { V(1), 0xe045dabf1cf1562b, 0xf85d329774c9ae03 } } },

    /* STP_simd_post */
    { "s", A64_STP_simd_post, 0x2c810841, /* stp s1, s2, [x2], #8 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } }, .out = { { X(2), D(0x108) } },
      .mem_out = { { D(0x100), 8, 0x66cb3095b61b80e5 } } },
    { "d_min", A64_STP_simd_post, 0x6ca01043, /* stp d3, d4, [x2], #-512 */
      .in = { { X(2), D(0x300) } },
      .vin = { { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d },
          { V(4), 0x3297fc61c62b90f5, 0xa6fd4399e0368cd } }, .out = { { X(2), D(0x100) } },
      .mem_out = { { D(0x300), 8, 0x82e74cb1167be045 }, { D(0x308), 8, 0x3297fc61c62b90f5 } } },
    { "q_max", A64_STP_simd_post, 0xac9f9845, /* stp q5, q6, [x2], #1008 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(5), 0xe247ac1176db40a5, 0xba1f84e94eb3187d },
          { V(6), 0x92f75cc1268bf055, 0x6acf3499fe63c82d } }, .out = { { X(2), D(0x4f0) } },
      .mem_out = { { D(0x100), 8, 0xe247ac1176db40a5 }, { D(0x108), 8, 0xba1f84e94eb3187d },
          { D(0x110), 8, 0x92f75cc1268bf055 }, { D(0x118), 8, 0x6acf3499fe63c82d } } },
    { "q_sp_push", A64_STP_simd_post, 0xacbf07e0, /* stp q0, q1, [sp], #-32 */
      .in = { { SP, D(0x120) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } }, .out = { { SP, D(0x100) } },
      .mem_out = { { D(0x120), 8, 0x72d73ca1066bd035 }, { D(0x128), 8, 0x4aaf1479de43a80d },
          { D(0x130), 8, 0x2287ec51b61b80e5 }, { D(0x138), 8, 0xfa5fc4298ef358bd } } },
    { "q_wrap", A64_STP_simd_post, 0xac81005f, /* stp q31, q0, [x2], #32 */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { X(2), D(0x120) } },
      .mem_out = { { D(0x100), 8, 0xc2278cf156bb2085 }, { D(0x108), 8, 0x9aff64c92e93f85d },
          { D(0x110), 8, 0x72d73ca1066bd035 }, { D(0x118), 8, 0x4aaf1479de43a80d } } },
    { "d_device_unaligned", A64_STP_simd_post, 0x6c808440, /* stp d0, d1, [x2], #8 */
      DEVICE, .in = { { X(2), D(0xfc) } }, DABT(0x61, D(0xfc)) },
    { "warm_q", A64_STP_simd_post, 0xac810440, /* stp q0, q1, [x2], #32 */
      WARM, .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } }, .out = { { X(2), D(0x120) } },
      .mem_out = { { D(0x100), 8, 0x72d73ca1066bd035 }, { D(0x108), 8, 0x4aaf1479de43a80d },
          { D(0x110), 8, 0x2287ec51b61b80e5 }, { D(0x118), 8, 0xfa5fc4298ef358bd } } },
    { "warm_d", A64_STP_simd_post, 0x6c810440, /* stp d0, d1, [x2], #16 */
      WARM, .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } }, .out = { { X(2), D(0x110) } },
      .mem_out = { { D(0x100), 8, 0x72d73ca1066bd035 }, { D(0x108), 8, 0x2287ec51b61b80e5 } } },

    /* LDP_simd_post */
    { "s_max", A64_LDP_simd_post, 0x2cdf8440, /* ldp s0, s1, [x2], #252 */
      .in = { { X(2), D(0x0) } }, .out = { { X(2), D(0xfc) } },
      .vout = { { V(0), 0x8d60c75a, 0x0 }, { V(1), 0x11f44b2e, 0x0 } } },
    { "d", A64_LDP_simd_post, 0x6cff8c42, /* ldp d2, d3, [x2], #-8 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0xf8) } },
      .vout = { { V(2), 0x10f54a2f8c61c65b, 0x0 }, { V(3), 0x68cda207e479deb3, 0x0 } } },
    { "q_min", A64_LDP_simd_post, 0xace01444, /* ldp q4, q5, [x2], #-1024 */
      .in = { { X(2), D(0x400) } }, .out = { { X(2), D(0x0) } },
      .vout = { { V(4), 0x15f04f2a8964c35e, 0x6dc8a702e17cdbb6 },
          { V(5), 0x4520bf1af954338e, 0x5d389772d1ac0be6 } } },
    { "q_sp_pop", A64_LDP_simd_post, 0xacc107e0, /* ldp q0, q1, [sp], #32 */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x120) } },
      .vout = { { V(0), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 },
          { V(1), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 } } },
    { "q_rt_eq_rt2", A64_LDP_simd_post, 0xacc09c47, /* ldp q7, q7, [x2], #16 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x110) } },
      .vout = { { V(7), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 } } },
    { "q_second_faults", A64_LDP_simd_post, 0xacc10440, /* ldp q0, q1, [x2], #32 */
      .in = { { X(2), RAM_END - 16 } }, DABT(0x10, RAM_END) },
    { "q_device_8_aligned", A64_LDP_simd_post, 0xacc08440, /* ldp q0, q1, [x2], #16 */
      DEVICE, .in = { { X(2), D(0xf8) } }, DABT(0x21, D(0xf8)) },
    { "d_device_aligned", A64_LDP_simd_post, 0x6cc10440, /* ldp d0, d1, [x2], #16 */
      DEVICE, .in = { { X(2), D(0xf8) } }, .out = { { X(2), D(0x108) } },
      .vout = { { V(0), 0x399c73d6b508ef42, 0x0 }, { V(1), 0x10f54a2f8c61c65b, 0x0 } } },
    { "warm_q", A64_LDP_simd_post, 0xacc10440, /* ldp q0, q1, [x2], #32 */
      WARM, .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x120) } },
      .vout = { { V(0), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 },
          { V(1), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 } } },

    /* STP_simd_off */
    { "s", A64_STP_simd_off, 0x2d010841, /* stp s1, s2, [x2, #8] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } },
      .mem_out = { { D(0x108), 8, 0x66cb3095b61b80e5 } } },
    { "d_min", A64_STP_simd_off, 0x6d201043, /* stp d3, d4, [x2, #-512] */
      .in = { { X(2), D(0x300) } },
      .vin = { { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d },
          { V(4), 0x3297fc61c62b90f5, 0xa6fd4399e0368cd } },
      .mem_out = { { D(0x100), 8, 0x82e74cb1167be045 }, { D(0x108), 8, 0x3297fc61c62b90f5 } } },
    { "q_max", A64_STP_simd_off, 0xad1f9845, /* stp q5, q6, [x2, #1008] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(5), 0xe247ac1176db40a5, 0xba1f84e94eb3187d },
          { V(6), 0x92f75cc1268bf055, 0x6acf3499fe63c82d } },
      .mem_out = { { D(0x4f0), 8, 0xe247ac1176db40a5 }, { D(0x4f8), 8, 0xba1f84e94eb3187d },
          { D(0x500), 8, 0x92f75cc1268bf055 }, { D(0x508), 8, 0x6acf3499fe63c82d } } },
    { "q_sp_push", A64_STP_simd_off, 0xad3f07e0, /* stp q0, q1, [sp, #-32] */
      .in = { { SP, D(0x120) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x100), 8, 0x72d73ca1066bd035 }, { D(0x108), 8, 0x4aaf1479de43a80d },
          { D(0x110), 8, 0x2287ec51b61b80e5 }, { D(0x118), 8, 0xfa5fc4298ef358bd } } },
    { "q_wrap", A64_STP_simd_off, 0xad01005f, /* stp q31, q0, [x2, #32] */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x120), 8, 0xc2278cf156bb2085 }, { D(0x128), 8, 0x9aff64c92e93f85d },
          { D(0x130), 8, 0x72d73ca1066bd035 }, { D(0x138), 8, 0x4aaf1479de43a80d } } },
    { "d_device_unaligned", A64_STP_simd_off, 0x6d008440, /* stp d0, d1, [x2, #8] */
      DEVICE, .in = { { X(2), D(0xfc) } }, DABT(0x61, D(0x104)) },
    { "warm_q", A64_STP_simd_off, 0xad010440, /* stp q0, q1, [x2, #32] */
      WARM, .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x120), 8, 0x72d73ca1066bd035 }, { D(0x128), 8, 0x4aaf1479de43a80d },
          { D(0x130), 8, 0x2287ec51b61b80e5 }, { D(0x138), 8, 0xfa5fc4298ef358bd } } },

    /* LDP_simd_off */
    { "s_max", A64_LDP_simd_off, 0x2d5f8440, /* ldp s0, s1, [x2, #252] */
      .in = { { X(2), D(0x0) } },
      .vout = { { V(0), 0x399c73d6, 0x0 }, { V(1), 0x8c61c65b, 0x0 } } },
    { "d", A64_LDP_simd_off, 0x6d7f8c42, /* ldp d2, d3, [x2, #-8] */
      .in = { { X(2), D(0x100) } },
      .vout = { { V(2), 0x399c73d6b508ef42, 0x0 }, { V(3), 0x10f54a2f8c61c65b, 0x0 } } },
    { "q_min", A64_LDP_simd_off, 0xad601444, /* ldp q4, q5, [x2, #-1024] */
      .in = { { X(2), D(0x400) } },
      .vout = { { V(4), 0x11f44b2e8d60c75a, 0x69cca306e578dfb2 },
          { V(5), 0x4124bb1efd50378a, 0x593c9376d5a80fe2 } } },
    { "q_sp_pop", A64_LDP_simd_off, 0xad4107e0, /* ldp q0, q1, [sp, #32] */
      .in = { { SP, D(0x100) } },
      .vout = { { V(0), 0xb015ea4f2c8166fb, 0x886dc2a704997ed3 },
          { V(1), 0xe045dabf1cf1562b, 0xf85d329774c9ae03 } } },
    { "q_rt_eq_rt2", A64_LDP_simd_off, 0xad409c47, /* ldp q7, q7, [x2, #16] */
      .in = { { X(2), D(0x100) } }, .vout = { { V(7), 0xb015ea4f2c8166fb, 0x886dc2a704997ed3 } } },
    { "q_second_faults", A64_LDP_simd_off, 0xad410440, /* ldp q0, q1, [x2, #32] */
      .in = { { X(2), RAM_END - 48 } }, DABT(0x10, RAM_END) },
    { "q_device_8_aligned", A64_LDP_simd_off, 0xad408440, /* ldp q0, q1, [x2, #16] */
      DEVICE, .in = { { X(2), D(0xf8) } }, DABT(0x21, D(0x108)) },
    { "d_device_aligned", A64_LDP_simd_off, 0x6d410440, /* ldp d0, d1, [x2, #16] */
      DEVICE, .in = { { X(2), D(0xf8) } },
      .vout = { { V(0), 0x68cda207e479deb3, 0x0 }, { V(1), 0x4025ba1ffc51368b, 0x0 } } },
    { "fp_trap", A64_LDP_simd_off, 0x6d400440, /* ldp d0, d1, [x2] */
      .in = { { X(2), D(0x100) } }, FP_TRAP },
    { "warm_q", A64_LDP_simd_off, 0xad410440, /* ldp q0, q1, [x2, #32] */
      WARM, .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0xb015ea4f2c8166fb, 0x886dc2a704997ed3 },
          { V(1), 0xe045dabf1cf1562b, 0xf85d329774c9ae03 } } },
    { "warm_d", A64_LDP_simd_off, 0x6d7f0440, /* ldp d0, d1, [x2, #-16] */
      WARM, .in = { { X(2), D(0x110) } },
      .vout = { { V(0), 0x10f54a2f8c61c65b, 0x0 }, { V(1), 0x68cda207e479deb3, 0x0 } } },
    { "warm_s", A64_LDP_simd_off, 0x2d408440, /* ldp s0, s1, [x2, #4] */
      WARM, .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0x10f54a2f, 0x0 }, { V(1), 0xe479deb3, 0x0 } } },

    /* STP_simd_pre */
    { "s", A64_STP_simd_pre, 0x2d810841, /* stp s1, s2, [x2, #8]! */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd },
          { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } }, .out = { { X(2), D(0x108) } },
      .mem_out = { { D(0x108), 8, 0x66cb3095b61b80e5 } } },
    { "d_min", A64_STP_simd_pre, 0x6da01043, /* stp d3, d4, [x2, #-512]! */
      .in = { { X(2), D(0x300) } },
      .vin = { { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d },
          { V(4), 0x3297fc61c62b90f5, 0xa6fd4399e0368cd } }, .out = { { X(2), D(0x100) } },
      .mem_out = { { D(0x100), 8, 0x82e74cb1167be045 }, { D(0x108), 8, 0x3297fc61c62b90f5 } } },
    { "q_max", A64_STP_simd_pre, 0xad9f9845, /* stp q5, q6, [x2, #1008]! */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(5), 0xe247ac1176db40a5, 0xba1f84e94eb3187d },
          { V(6), 0x92f75cc1268bf055, 0x6acf3499fe63c82d } }, .out = { { X(2), D(0x4f0) } },
      .mem_out = { { D(0x4f0), 8, 0xe247ac1176db40a5 }, { D(0x4f8), 8, 0xba1f84e94eb3187d },
          { D(0x500), 8, 0x92f75cc1268bf055 }, { D(0x508), 8, 0x6acf3499fe63c82d } } },
    { "q_sp_push", A64_STP_simd_pre, 0xadbf07e0, /* stp q0, q1, [sp, #-32]! */
      .in = { { SP, D(0x120) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } }, .out = { { SP, D(0x100) } },
      .mem_out = { { D(0x100), 8, 0x72d73ca1066bd035 }, { D(0x108), 8, 0x4aaf1479de43a80d },
          { D(0x110), 8, 0x2287ec51b61b80e5 }, { D(0x118), 8, 0xfa5fc4298ef358bd } } },
    { "q_wrap", A64_STP_simd_pre, 0xad81005f, /* stp q31, q0, [x2, #32]! */
      .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } }, .out = { { X(2), D(0x120) } },
      .mem_out = { { D(0x120), 8, 0xc2278cf156bb2085 }, { D(0x128), 8, 0x9aff64c92e93f85d },
          { D(0x130), 8, 0x72d73ca1066bd035 }, { D(0x138), 8, 0x4aaf1479de43a80d } } },
    { "d_device_unaligned", A64_STP_simd_pre, 0x6d808440, /* stp d0, d1, [x2, #8]! */
      DEVICE, .in = { { X(2), D(0xfc) } }, DABT(0x61, D(0x104)) },
    { "warm_q_sp", A64_STP_simd_pre, 0xadbf07e0, /* stp q0, q1, [sp, #-32]! */
      WARM_SP, .in = { { SP, D(0x120) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d },
          { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } }, .out = { { SP, D(0x100) } },
      .mem_out = { { D(0x100), 8, 0x72d73ca1066bd035 }, { D(0x108), 8, 0x4aaf1479de43a80d },
          { D(0x110), 8, 0x2287ec51b61b80e5 }, { D(0x118), 8, 0xfa5fc4298ef358bd } } },

    /* LDP_simd_pre */
    { "s_max", A64_LDP_simd_pre, 0x2ddf8440, /* ldp s0, s1, [x2, #252]! */
      .in = { { X(2), D(0x0) } }, .out = { { X(2), D(0xfc) } },
      .vout = { { V(0), 0x399c73d6, 0x0 }, { V(1), 0x8c61c65b, 0x0 } } },
    { "d", A64_LDP_simd_pre, 0x6dff8c42, /* ldp d2, d3, [x2, #-8]! */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0xf8) } },
      .vout = { { V(2), 0x399c73d6b508ef42, 0x0 }, { V(3), 0x10f54a2f8c61c65b, 0x0 } } },
    { "q_min", A64_LDP_simd_pre, 0xade01444, /* ldp q4, q5, [x2, #-1024]! */
      .in = { { X(2), D(0x400) } }, .out = { { X(2), D(0x0) } },
      .vout = { { V(4), 0x11f44b2e8d60c75a, 0x69cca306e578dfb2 },
          { V(5), 0x4124bb1efd50378a, 0x593c9376d5a80fe2 } } },
    { "q_sp_pop", A64_LDP_simd_pre, 0xadc107e0, /* ldp q0, q1, [sp, #32]! */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x120) } },
      .vout = { { V(0), 0xb015ea4f2c8166fb, 0x886dc2a704997ed3 },
          { V(1), 0xe045dabf1cf1562b, 0xf85d329774c9ae03 } } },
    { "q_rt_eq_rt2", A64_LDP_simd_pre, 0xadc09c47, /* ldp q7, q7, [x2, #16]! */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x110) } },
      .vout = { { V(7), 0xb015ea4f2c8166fb, 0x886dc2a704997ed3 } } },
    { "q_second_faults", A64_LDP_simd_pre, 0xadc10440, /* ldp q0, q1, [x2, #32]! */
      .in = { { X(2), RAM_END - 48 } }, DABT(0x10, RAM_END) },
    { "q_device_8_aligned", A64_LDP_simd_pre, 0xadc08440, /* ldp q0, q1, [x2, #16]! */
      DEVICE, .in = { { X(2), D(0xf8) } }, DABT(0x21, D(0x108)) },
    { "d_device_aligned", A64_LDP_simd_pre, 0x6dc10440, /* ldp d0, d1, [x2, #16]! */
      DEVICE, .in = { { X(2), D(0xf8) } }, .out = { { X(2), D(0x108) } },
      .vout = { { V(0), 0x68cda207e479deb3, 0x0 }, { V(1), 0x4025ba1ffc51368b, 0x0 } } },
    { "q_sp_misaligned_sa", A64_LDP_simd_pre, 0xadff07e0, /* ldp q0, q1, [sp, #-32]! */
      SA_ON, .in = { { SP, D(0x128) } }, SP_FAULT },
    { "warm_q", A64_LDP_simd_pre, 0xadc10440, /* ldp q0, q1, [x2, #32]! */
      WARM, .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x120) } },
      .vout = { { V(0), 0xb015ea4f2c8166fb, 0x886dc2a704997ed3 },
          { V(1), 0xe045dabf1cf1562b, 0xf85d329774c9ae03 } } },

    /* STUR_simd */
    { "b_min", A64_STUR_simd, 0x3c100041, /* stur b1, [x2, #-256] */
      .in = { { X(2), D(0x200) } }, .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x100), 1, 0xe5 } } },
    { "h_max", A64_STUR_simd, 0x7c0ff041, /* stur h1, [x2, #255] */
      .in = { { X(2), D(0x100) } }, .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x1ff), 2, 0x80e5 } } },
    { "s", A64_STUR_simd, 0xbc1fc05f, /* stur s31, [x2, #-4] */
      .in = { { X(2), D(0x100) } }, .vin = { { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0xfc), 4, 0x56bb2085 } } },
    { "d_unaligned", A64_STUR_simd, 0xfc003041, /* stur d1, [x2, #3] */
      .in = { { X(2), D(0x100) } }, .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x103), 8, 0x2287ec51b61b80e5 } } },
    { "sp", A64_STUR_simd, 0xfc1f83e1, /* stur d1, [sp, #-8] */
      .in = { { SP, D(0x110) } }, .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x108), 8, 0x2287ec51b61b80e5 } } },
    { "device_unaligned", A64_STUR_simd, 0xbc002041, /* stur s1, [x2, #2] */
      DEVICE, .in = { { X(2), D(0x100) } }, DABT(0x61, D(0x102)) },
    { "fp_trap", A64_STUR_simd, 0xfc000041, /* stur d1, [x2] */
      .in = { { X(2), D(0x100) } }, FP_TRAP },
    { "warm_s", A64_STUR_simd, 0xbc003041, /* stur s1, [x2, #3] */
      WARM, .in = { { X(2), D(0x100) } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x103), 4, 0xb61b80e5 } } },

    /* STUR_simd_q */
    { "basic", A64_STUR_simd_q, 0x3c9f0041, /* stur q1, [x2, #-16] */
      .in = { { X(2), D(0x110) } }, .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x100), 8, 0x2287ec51b61b80e5 }, { D(0x108), 8, 0xfa5fc4298ef358bd } } },
    { "max_unaligned", A64_STUR_simd_q, 0x3c8ff05f, /* stur q31, [x2, #255] */
      .in = { { X(2), D(0x100) } }, .vin = { { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x1ff), 8, 0xc2278cf156bb2085 }, { D(0x207), 8, 0x9aff64c92e93f85d } } },
    { "page_cross", A64_STUR_simd_q, 0x3c9f8041, /* stur q1, [x2, #-8] */
      .in = { { X(2), D(0x1000) } }, .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0xff8), 8, 0x2287ec51b61b80e5 }, { D(0x1000), 8, 0xfa5fc4298ef358bd } } },
    { "sp_misaligned_no_sa", A64_STUR_simd_q, 0x3c8083e1, /* stur q1, [sp, #8] */
      .in = { { SP, D(0x108) } }, .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x110), 8, 0x2287ec51b61b80e5 }, { D(0x118), 8, 0xfa5fc4298ef358bd } } },
    { "sp_misaligned_sa", A64_STUR_simd_q, 0x3c8083e1, /* stur q1, [sp, #8] */
      SA_ON, .in = { { SP, D(0x108) } }, SP_FAULT },
    { "device_8_aligned", A64_STUR_simd_q, 0x3c808041, /* stur q1, [x2, #8] */
      DEVICE, .in = { { X(2), D(0x100) } }, DABT(0x61, D(0x108)) },
    { "warm", A64_STUR_simd_q, 0x3c9ff041, /* stur q1, [x2, #-1] */
      WARM, .in = { { X(2), D(0x101) } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x100), 8, 0x2287ec51b61b80e5 }, { D(0x108), 8, 0xfa5fc4298ef358bd } } },

    /* LDUR_simd */
    { "b_max", A64_LDUR_simd, 0x3c4ff040, /* ldur b0, [x2, #255] */
      .in = { { X(2), D(0x100) } }, .vout = { { V(0), 0x38, 0x0 } } },
    { "h_min", A64_LDUR_simd, 0x7c500047, /* ldur h7, [x2, #-256] */
      .in = { { X(2), D(0x100) } }, .vout = { { V(7), 0xc75a, 0x0 } } },
    { "s", A64_LDUR_simd, 0xbc40105f, /* ldur s31, [x2, #1] */
      .in = { { X(2), D(0x100) } }, .vout = { { V(31), 0x2f8c61c6, 0x0 } } },
    { "d_page_cross", A64_LDUR_simd, 0xfc5fc040, /* ldur d0, [x2, #-4] */
      .in = { { X(2), D(0x1000) } }, .vout = { { V(0), 0x9d70d74a36937cd9, 0x0 } } },
    { "not_ram", A64_LDUR_simd, 0xbc400040, /* ldur s0, [x2] */
      .in = { { X(2), NOMEM } }, DABT(0x10, NOMEM) },
    { "device_aligned", A64_LDUR_simd, 0xfc408043, /* ldur d3, [x2, #8] */
      DEVICE, .in = { { X(2), D(0x100) } }, .vout = { { V(3), 0x68cda207e479deb3, 0x0 } } },
    { "fp_trap", A64_LDUR_simd, 0x7c400040, /* ldur h0, [x2] */
      .in = { { X(2), D(0x100) } }, FP_TRAP },
    { "warm_d", A64_LDUR_simd, 0xfc403041, /* ldur d1, [x2, #3] */
      WARM, .in = { { X(2), D(0x100) } }, .vout = { { V(1), 0x79deb310f54a2f8c, 0x0 } } },

    /* LDUR_simd_q */
    { "min", A64_LDUR_simd_q, 0x3cd00040, /* ldur q0, [x2, #-256] */
      .in = { { X(2), D(0x200) } }, .vout = { { V(0), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 } } },
    { "max_unaligned", A64_LDUR_simd_q, 0x3ccff05f, /* ldur q31, [x2, #255] */
      .in = { { X(2), D(0x100) } }, .vout = { { V(31), 0xf6492c8f62c55838, 0xcea104e77addb013 } } },
    { "page_cross", A64_LDUR_simd_q, 0x3cdf8045, /* ldur q5, [x2, #-8] */
      .in = { { X(2), D(0x1000) } }, .vout = { { V(5), 0x36937cd9ba07e04d, 0x1e45b3e9d70d74a } } },
    { "device_aligned", A64_LDUR_simd_q, 0x3cc10040, /* ldur q0, [x2, #16] */
      DEVICE, .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 } } },
    { "device_8_aligned", A64_LDUR_simd_q, 0x3cc08040, /* ldur q0, [x2, #8] */
      DEVICE, .in = { { X(2), D(0x100) } }, DABT(0x21, D(0x108)) },
    { "warm", A64_LDUR_simd_q, 0x3cdff041, /* ldur q1, [x2, #-1] */
      WARM, .in = { { X(2), D(0x101) } },
      .vout = { { V(1), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 } } },
    { "warm_device", A64_LDUR_simd_q, 0x3cc08040, /* ldur q0, [x2, #8] */
      WARM, DEVICE, .in = { { X(2), D(0x100) } }, DABT(0x21, D(0x108)) },

    /* STR_simd_post */
    { "b_min", A64_STR_simd_post, 0x3c100441, /* str b1, [x2], #-256 */
      .in = { { X(2), D(0x200) } }, .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .out = { { X(2), D(0x100) } }, .mem_out = { { D(0x200), 1, 0xe5 } } },
    { "h_max", A64_STR_simd_post, 0x7c0ff442, /* str h2, [x2], #255 */
      .in = { { X(2), D(0x100) } }, .vin = { { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } },
      .out = { { X(2), D(0x1ff) } }, .mem_out = { { D(0x100), 2, 0x3095 } } },
    { "s", A64_STR_simd_post, 0xbc004443, /* str s3, [x2], #4 */
      .in = { { X(2), D(0x100) } }, .vin = { { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d } },
      .out = { { X(2), D(0x104) } }, .mem_out = { { D(0x100), 4, 0x167be045 } } },
    { "d_sp", A64_STR_simd_post, 0xfc1f07e4, /* str d4, [sp], #-16 */
      .in = { { SP, D(0x110) } }, .vin = { { V(4), 0x3297fc61c62b90f5, 0xa6fd4399e0368cd } },
      .out = { { SP, D(0x100) } }, .mem_out = { { D(0x110), 8, 0x3297fc61c62b90f5 } } },
    { "rt_num_eq_rn", A64_STR_simd_post, 0xfc008442, /* str d2, [x2], #8 */
      .in = { { X(2), D(0x100) } }, .vin = { { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } },
      .out = { { X(2), D(0x108) } }, .mem_out = { { D(0x100), 8, 0xd2379c0166cb3095 } } },
    { "not_ram", A64_STR_simd_post, 0xfc008441, /* str d1, [x2], #8 */
      .in = { { X(2), NOMEM } }, DABT(0x50, NOMEM) },
    { "warm_d", A64_STR_simd_post, 0xfc1f8440, /* str d0, [x2], #-8 */
      WARM, .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d } }, .out = { { X(2), D(0xf8) } },
      .mem_out = { { D(0x100), 8, 0x72d73ca1066bd035 } } },

    /* STR_simd_post_q */
    { "basic", A64_STR_simd_post_q, 0x3c810441, /* str q1, [x2], #16 */
      .in = { { X(2), D(0x100) } }, .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .out = { { X(2), D(0x110) } },
      .mem_out = { { D(0x100), 8, 0x2287ec51b61b80e5 }, { D(0x108), 8, 0xfa5fc4298ef358bd } } },
    { "min", A64_STR_simd_post_q, 0x3c90045f, /* str q31, [x2], #-256 */
      .in = { { X(2), D(0x200) } }, .vin = { { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .out = { { X(2), D(0x100) } },
      .mem_out = { { D(0x200), 8, 0xc2278cf156bb2085 }, { D(0x208), 8, 0x9aff64c92e93f85d } } },
    { "sp", A64_STR_simd_post_q, 0x3c9e07e0, /* str q0, [sp], #-32 */
      .in = { { SP, D(0x120) } }, .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d } },
      .out = { { SP, D(0x100) } },
      .mem_out = { { D(0x120), 8, 0x72d73ca1066bd035 }, { D(0x128), 8, 0x4aaf1479de43a80d } } },
    { "sp_misaligned_sa", A64_STR_simd_post_q, 0x3c8107e0, /* str q0, [sp], #16 */
      SA_ON, .in = { { SP, D(0x108) } }, SP_FAULT },
    { "warm", A64_STR_simd_post_q, 0x3c810440, /* str q0, [x2], #16 */
      WARM, .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d } }, .out = { { X(2), D(0x110) } },
      .mem_out = { { D(0x100), 8, 0x72d73ca1066bd035 }, { D(0x108), 8, 0x4aaf1479de43a80d } } },

    /* LDR_simd_post */
    { "b_max", A64_LDR_simd_post, 0x3c4ff440, /* ldr b0, [x2], #255 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x1ff) } },
      .vout = { { V(0), 0x5b, 0x0 } } },
    { "h_min", A64_LDR_simd_post, 0x7c500441, /* ldr h1, [x2], #-256 */
      .in = { { X(2), D(0x200) } }, .out = { { X(2), D(0x100) } },
      .vout = { { V(1), 0xc558, 0x0 } } },
    { "s", A64_LDR_simd_post, 0xbc40445f, /* ldr s31, [x2], #4 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x104) } },
      .vout = { { V(31), 0x8c61c65b, 0x0 } } },
    { "d_sp", A64_LDR_simd_post, 0xfc4107e2, /* ldr d2, [sp], #16 */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x110) } },
      .vout = { { V(2), 0x10f54a2f8c61c65b, 0x0 } } },
    { "rt_num_eq_rn", A64_LDR_simd_post, 0xbc5fc442, /* ldr s2, [x2], #-4 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0xfc) } },
      .vout = { { V(2), 0x8c61c65b, 0x0 } } },
    { "device_unaligned", A64_LDR_simd_post, 0x7c402440, /* ldr h0, [x2], #2 */
      DEVICE, .in = { { X(2), D(0x101) } }, DABT(0x21, D(0x101)) },
    { "warm_d", A64_LDR_simd_post, 0xfc5f8440, /* ldr d0, [x2], #-8 */
      WARM, .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0xf8) } },
      .vout = { { V(0), 0x10f54a2f8c61c65b, 0x0 } } },

    /* LDR_simd_post_q */
    { "basic", A64_LDR_simd_post_q, 0x3cc10440, /* ldr q0, [x2], #16 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x110) } },
      .vout = { { V(0), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 } } },
    { "max", A64_LDR_simd_post_q, 0x3ccff45f, /* ldr q31, [x2], #255 */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x1ff) } },
      .vout = { { V(31), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 } } },
    { "sp", A64_LDR_simd_post_q, 0x3cdf07e3, /* ldr q3, [sp], #-16 */
      .in = { { SP, D(0x110) } }, .out = { { SP, D(0x100) } },
      .vout = { { V(3), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 } } },
    { "page_cross", A64_LDR_simd_post_q, 0x3cc08441, /* ldr q1, [x2], #8 */
      .in = { { X(2), D(0xff8) } }, .out = { { X(2), D(0x1000) } },
      .vout = { { V(1), 0x36937cd9ba07e04d, 0x1e45b3e9d70d74a } } },
    { "second_page_not_ram", A64_LDR_simd_post_q, 0x3cc10440, /* ldr q0, [x2], #16 */
      .in = { { X(2), RAM_END - 8 } }, DABT(0x10, RAM_END) },
    { "fp_trap", A64_LDR_simd_post_q, 0x3cc10440, /* ldr q0, [x2], #16 */
      .in = { { X(2), D(0x100) } }, FP_TRAP },
    { "warm", A64_LDR_simd_post_q, 0x3cc10440, /* ldr q0, [x2], #16 */
      WARM, .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x110) } },
      .vout = { { V(0), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 } } },

    /* STR_simd_pre */
    { "b_min", A64_STR_simd_pre, 0x3c100c41, /* str b1, [x2, #-256]! */
      .in = { { X(2), D(0x200) } }, .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .out = { { X(2), D(0x100) } }, .mem_out = { { D(0x100), 1, 0xe5 } } },
    { "h_max", A64_STR_simd_pre, 0x7c0ffc42, /* str h2, [x2, #255]! */
      .in = { { X(2), D(0x100) } }, .vin = { { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } },
      .out = { { X(2), D(0x1ff) } }, .mem_out = { { D(0x1ff), 2, 0x3095 } } },
    { "s", A64_STR_simd_pre, 0xbc004c43, /* str s3, [x2, #4]! */
      .in = { { X(2), D(0x100) } }, .vin = { { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d } },
      .out = { { X(2), D(0x104) } }, .mem_out = { { D(0x104), 4, 0x167be045 } } },
    { "d_sp", A64_STR_simd_pre, 0xfc1f0fe4, /* str d4, [sp, #-16]! */
      .in = { { SP, D(0x110) } }, .vin = { { V(4), 0x3297fc61c62b90f5, 0xa6fd4399e0368cd } },
      .out = { { SP, D(0x100) } }, .mem_out = { { D(0x100), 8, 0x3297fc61c62b90f5 } } },
    { "rt_num_eq_rn", A64_STR_simd_pre, 0xfc008c42, /* str d2, [x2, #8]! */
      .in = { { X(2), D(0x100) } }, .vin = { { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } },
      .out = { { X(2), D(0x108) } }, .mem_out = { { D(0x108), 8, 0xd2379c0166cb3095 } } },
    { "not_ram", A64_STR_simd_pre, 0xfc008c41, /* str d1, [x2, #8]! */
      .in = { { X(2), NOMEM } }, DABT(0x50, 0x1008) },
    { "warm_s", A64_STR_simd_pre, 0xbc1fcc40, /* str s0, [x2, #-4]! */
      WARM, .in = { { X(2), D(0x104) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d } }, .out = { { X(2), D(0x100) } },
      .mem_out = { { D(0x100), 4, 0x66bd035 } } },

    /* STR_simd_pre_q */
    { "basic", A64_STR_simd_pre_q, 0x3c810c41, /* str q1, [x2, #16]! */
      .in = { { X(2), D(0x100) } }, .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .out = { { X(2), D(0x110) } },
      .mem_out = { { D(0x110), 8, 0x2287ec51b61b80e5 }, { D(0x118), 8, 0xfa5fc4298ef358bd } } },
    { "min", A64_STR_simd_pre_q, 0x3c900c5f, /* str q31, [x2, #-256]! */
      .in = { { X(2), D(0x200) } }, .vin = { { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .out = { { X(2), D(0x100) } },
      .mem_out = { { D(0x100), 8, 0xc2278cf156bb2085 }, { D(0x108), 8, 0x9aff64c92e93f85d } } },
    { "sp", A64_STR_simd_pre_q, 0x3c9e0fe0, /* str q0, [sp, #-32]! */
      .in = { { SP, D(0x120) } }, .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d } },
      .out = { { SP, D(0x100) } },
      .mem_out = { { D(0x100), 8, 0x72d73ca1066bd035 }, { D(0x108), 8, 0x4aaf1479de43a80d } } },
    { "sp_misaligned_sa", A64_STR_simd_pre_q, 0x3c810fe0, /* str q0, [sp, #16]! */
      SA_ON, .in = { { SP, D(0x108) } }, SP_FAULT },
    { "warm", A64_STR_simd_pre_q, 0x3c810c40, /* str q0, [x2, #16]! */
      WARM, .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d } }, .out = { { X(2), D(0x110) } },
      .mem_out = { { D(0x110), 8, 0x72d73ca1066bd035 }, { D(0x118), 8, 0x4aaf1479de43a80d } } },

    /* LDR_simd_pre */
    { "b_max", A64_LDR_simd_pre, 0x3c4ffc40, /* ldr b0, [x2, #255]! */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x1ff) } },
      .vout = { { V(0), 0x38, 0x0 } } },
    { "h_min", A64_LDR_simd_pre, 0x7c500c41, /* ldr h1, [x2, #-256]! */
      .in = { { X(2), D(0x200) } }, .out = { { X(2), D(0x100) } },
      .vout = { { V(1), 0xc65b, 0x0 } } },
    { "s", A64_LDR_simd_pre, 0xbc404c5f, /* ldr s31, [x2, #4]! */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x104) } },
      .vout = { { V(31), 0x10f54a2f, 0x0 } } },
    { "d_sp", A64_LDR_simd_pre, 0xfc410fe2, /* ldr d2, [sp, #16]! */
      .in = { { SP, D(0x100) } }, .out = { { SP, D(0x110) } },
      .vout = { { V(2), 0x4025ba1ffc51368b, 0x0 } } },
    { "rt_num_eq_rn", A64_LDR_simd_pre, 0xbc5fcc42, /* ldr s2, [x2, #-4]! */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0xfc) } },
      .vout = { { V(2), 0x399c73d6, 0x0 } } },
    { "device_unaligned", A64_LDR_simd_pre, 0x7c402c40, /* ldr h0, [x2, #2]! */
      DEVICE, .in = { { X(2), D(0x101) } }, DABT(0x21, D(0x103)) },
    { "warm_d", A64_LDR_simd_pre, 0xfc5f8c40, /* ldr d0, [x2, #-8]! */
      WARM, .in = { { X(2), D(0x108) } }, .out = { { X(2), D(0x100) } },
      .vout = { { V(0), 0x10f54a2f8c61c65b, 0x0 } } },

    /* LDR_simd_pre_q */
    { "basic", A64_LDR_simd_pre_q, 0x3cc10c40, /* ldr q0, [x2, #16]! */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x110) } },
      .vout = { { V(0), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 } } },
    { "max", A64_LDR_simd_pre_q, 0x3ccffc5f, /* ldr q31, [x2, #255]! */
      .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x1ff) } },
      .vout = { { V(31), 0xf6492c8f62c55838, 0xcea104e77addb013 } } },
    { "sp", A64_LDR_simd_pre_q, 0x3cdf0fe3, /* ldr q3, [sp, #-16]! */
      .in = { { SP, D(0x110) } }, .out = { { SP, D(0x100) } },
      .vout = { { V(3), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 } } },
    { "page_cross", A64_LDR_simd_pre_q, 0x3cc08c41, /* ldr q1, [x2, #8]! */
      .in = { { X(2), D(0xff8) } }, .out = { { X(2), D(0x1000) } },
      .vout = { { V(1), 0x1e45b3e9d70d74a, 0x79dcb316f568cfa2 } } },
    { "second_page_not_ram", A64_LDR_simd_pre_q, 0x3cc10c40, /* ldr q0, [x2, #16]! */
      .in = { { X(2), RAM_END - 24 } }, DABT(0x10, RAM_END) },
    { "fp_trap", A64_LDR_simd_pre_q, 0x3cc10c40, /* ldr q0, [x2, #16]! */
      .in = { { X(2), D(0x100) } }, FP_TRAP },
    { "warm", A64_LDR_simd_pre_q, 0x3cc10c40, /* ldr q0, [x2, #16]! */
      WARM, .in = { { X(2), D(0x100) } }, .out = { { X(2), D(0x110) } },
      .vout = { { V(0), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 } } },

    /* STR_simd_uoff */
    { "b_max", A64_STR_simd_uoff, 0x3d3ffc41, /* str b1, [x2, #4095] */
      .in = { { X(2), D(0x0) } }, .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0xfff), 1, 0xe5 } } },
    { "h_max", A64_STR_simd_uoff, 0x7d3ffc41, /* str h1, [x2, #8190] */
      .in = { { X(2), D(0x0) } }, .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x1ffe), 2, 0x80e5 } } },
    { "s_max", A64_STR_simd_uoff, 0xbd3ffc41, /* str s1, [x2, #16380] */
      .in = { { X(2), D(0x0) } }, .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x3ffc), 4, 0xb61b80e5 } } },
    { "d_max", A64_STR_simd_uoff, 0xfd3ffc41, /* str d1, [x2, #32760] */
      .in = { { X(2), D(0x0) } }, .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x7ff8), 8, 0x2287ec51b61b80e5 } } },
    { "d_sp", A64_STR_simd_uoff, 0xfd0007fe, /* str d30, [sp, #8] */
      .in = { { SP, D(0x100) } }, .vin = { { V(30), 0x1277dc41a60b70d5, 0xea4fb4197ee348ad } },
      .mem_out = { { D(0x108), 8, 0x1277dc41a60b70d5 } } },
    { "fp_trap", A64_STR_simd_uoff, 0xbd000040, /* str s0, [x2] */
      .in = { { X(2), D(0x100) } }, FP_TRAP },
    { "warm_d", A64_STR_simd_uoff, 0xfd000441, /* str d1, [x2, #8] */
      WARM, .in = { { X(2), D(0x100) } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x108), 8, 0x2287ec51b61b80e5 } } },
    { "warm_s", A64_STR_simd_uoff, 0xbd000442, /* str s2, [x2, #4] */
      WARM, .in = { { X(2), D(0x100) } },
      .vin = { { V(2), 0xd2379c0166cb3095, 0xaa0f74d93ea3086d } },
      .mem_out = { { D(0x104), 4, 0x66cb3095 } } },
    { "warm_h", A64_STR_simd_uoff, 0x7d000443, /* str h3, [x2, #2] */
      WARM, .in = { { X(2), D(0x100) } },
      .vin = { { V(3), 0x82e74cb1167be045, 0x5abf2489ee53b81d } },
      .mem_out = { { D(0x102), 2, 0xe045 } } },
    { "warm_b", A64_STR_simd_uoff, 0x3d000444, /* str b4, [x2, #1] */
      WARM, .in = { { X(2), D(0x100) } },
      .vin = { { V(4), 0x3297fc61c62b90f5, 0xa6fd4399e0368cd } },
      .mem_out = { { D(0x101), 1, 0xf5 } } },

    /* STR_simd_uoff_q */
    { "max", A64_STR_simd_uoff_q, 0x3dbffc41, /* str q1, [x2, #65520] */
      .in = { { X(2), D(0x0) } }, .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0xfff0), 8, 0x2287ec51b61b80e5 }, { D(0xfff8), 8, 0xfa5fc4298ef358bd } } },
    { "zero", A64_STR_simd_uoff_q, 0x3d80005f, /* str q31, [x2] */
      .in = { { X(2), D(0x100) } }, .vin = { { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0x100), 8, 0xc2278cf156bb2085 }, { D(0x108), 8, 0x9aff64c92e93f85d } } },
    { "sp", A64_STR_simd_uoff_q, 0x3d800be7, /* str q7, [sp, #32] */
      .in = { { SP, D(0x100) } }, .vin = { { V(7), 0x42a70c71d63ba005, 0x1a7fe449ae1378dd } },
      .mem_out = { { D(0x120), 8, 0x42a70c71d63ba005 }, { D(0x128), 8, 0x1a7fe449ae1378dd } } },
    { "warm_q", A64_STR_simd_uoff_q, 0x3d800440, /* str q0, [x2, #16] */
      WARM, .in = { { X(2), D(0x100) } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d } },
      .mem_out = { { D(0x110), 8, 0x72d73ca1066bd035 }, { D(0x118), 8, 0x4aaf1479de43a80d } } },

    /* LDR_simd_uoff */
    { "b_max", A64_LDR_simd_uoff, 0x3d7ffc40, /* ldr b0, [x2, #4095] */
      .in = { { X(2), D(0x0) } }, .vout = { { V(0), 0x36, 0x0 } } },
    { "h_max", A64_LDR_simd_uoff, 0x7d7ffc41, /* ldr h1, [x2, #8190] */
      .in = { { X(2), D(0x0) } }, .vout = { { V(1), 0x2683, 0x0 } } },
    { "s_max", A64_LDR_simd_uoff, 0xbd7ffc42, /* ldr s2, [x2, #16380] */
      .in = { { X(2), D(0x0) } }, .vout = { { V(2), 0x6a34ce9, 0x0 } } },
    { "d_max", A64_LDR_simd_uoff, 0xfd7ffc43, /* ldr d3, [x2, #32760] */
      .in = { { X(2), D(0x0) } }, .vout = { { V(3), 0x46e30ca9ca77903d, 0x0 } } },
    { "addr_size_fault", A64_LDR_simd_uoff, 0xfd400040, /* ldr d0, [x2] */
      .in = { { X(2), 0x1000000000000 } }, DABT(0, BIG) },
    { "warm_d", A64_LDR_simd_uoff, 0xfd400441, /* ldr d1, [x2, #8] */
      WARM, .in = { { X(2), D(0x100) } }, .vout = { { V(1), 0x68cda207e479deb3, 0x0 } } },
    { "warm_s", A64_LDR_simd_uoff, 0xbd400442, /* ldr s2, [x2, #4] */
      WARM, .in = { { X(2), D(0x100) } }, .vout = { { V(2), 0x10f54a2f, 0x0 } } },
    { "warm_h", A64_LDR_simd_uoff, 0x7d400443, /* ldr h3, [x2, #2] */
      WARM, .in = { { X(2), D(0x100) } }, .vout = { { V(3), 0x8c61, 0x0 } } },
    { "warm_b", A64_LDR_simd_uoff, 0x3d400444, /* ldr b4, [x2, #1] */
      WARM, .in = { { X(2), D(0x100) } }, .vout = { { V(4), 0xc6, 0x0 } } },

    /* LDR_simd_uoff_q */
    { "max", A64_LDR_simd_uoff_q, 0x3dfffc40, /* ldr q0, [x2, #65520] */
      .in = { { X(2), D(0x0) } }, .vout = { { V(0), 0xde7be401a2cf6895, 0xc6638c294af710bd } } },
    { "zero", A64_LDR_simd_uoff_q, 0x3dc0005f, /* ldr q31, [x2] */
      .in = { { X(2), D(0x100) } }, .vout = { { V(31), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 } } },
    { "sp", A64_LDR_simd_uoff_q, 0x3dc007e7, /* ldr q7, [sp, #16] */
      .in = { { SP, D(0x100) } }, .vout = { { V(7), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 } } },
    { "device_aligned", A64_LDR_simd_uoff_q, 0x3dc00440, /* ldr q0, [x2, #16] */
      DEVICE, .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 } } },
    { "device_unaligned", A64_LDR_simd_uoff_q, 0x3dc00440, /* ldr q0, [x2, #16] */
      DEVICE, .in = { { X(2), D(0x104) } }, DABT(0x21, D(0x114)) },
    { "warm_q", A64_LDR_simd_uoff_q, 0x3dc00440, /* ldr q0, [x2, #16] */
      WARM, .in = { { X(2), D(0x100) } },
      .vout = { { V(0), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 } } },
    { "warm_sp", A64_LDR_simd_uoff_q, 0x3dc007e0, /* ldr q0, [sp, #16] */
      WARM_SP, .in = { { SP, D(0x100) } },
      .vout = { { V(0), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 } },
      .mem_out = { { D(0xf0), 8, 0xc3c3000000000000 } } },
    { "warm_sp_misaligned", A64_LDR_simd_uoff_q, 0x3dc003e0, /* ldr q0, [sp] */
      WARM_SP, .in = { { SP, D(0x108) } },
      .vout = { { V(0), 0x68cda207e479deb3, 0x4025ba1ffc51368b } },
      .mem_out = { { D(0xf8), 8, 0xc3c3000000000000 } } },

    /* STR_simd_reg */
    { "b_sxtw_neg", A64_STR_simd_reg, 0x3c23c841, /* str b1, [x2, w3, sxtw] */
      .in = { { X(2), D(0x100) }, { X(3), 0x12345678fffffff0 } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0xf0), 1, 0xe5 } } },
    { "h_uxtw_shift", A64_STR_simd_reg, 0x7c235841, /* str h1, [x2, w3, uxtw #1] */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffff00000010 } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x120), 2, 0x80e5 } } },
    { "s_lsl", A64_STR_simd_reg, 0xbc237841, /* str s1, [x2, x3, lsl #2] */
      .in = { { X(2), D(0x100) }, { X(3), 3 } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x10c), 4, 0xb61b80e5 } } },
    { "d_sxtx_neg", A64_STR_simd_reg, 0xfc23f841, /* str d1, [x2, x3, sxtx #3] */
      .in = { { X(2), D(0x100) }, { X(3), 0xfffffffffffffffe } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0xf0), 8, 0x2287ec51b61b80e5 } } },
    { "b_lsl0", A64_STR_simd_reg, 0x3c237845, /* str b5, [x2, x3, lsl #0] */
      .in = { { X(2), D(0x100) }, { X(3), 7 } },
      .vin = { { V(5), 0xe247ac1176db40a5, 0xba1f84e94eb3187d } },
      .mem_out = { { D(0x107), 1, 0xa5 } } },
    { "reserved_option_000", A64_STR_simd_reg, 0x3c230841, /* option=000: reserved */
      .in = { { X(2), D(0x100) } }, UNDEF },
    { "warm_sxtw_d", A64_STR_simd_reg, 0xfc23d840, /* str d0, [x2, w3, sxtw #3] */
      WARM, .in = { { X(2), D(0x108) }, { X(3), 0xffffffff } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d } },
      .mem_out = { { D(0x100), 8, 0x72d73ca1066bd035 } } },
    { "warm_uxtw_h", A64_STR_simd_reg, 0x7c234840, /* str h0, [x2, w3, uxtw] */
      WARM, .in = { { X(2), D(0x100) }, { X(3), 6 } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d } },
      .mem_out = { { D(0x106), 2, 0xd035 } } },

    /* STR_simd_reg_q */
    { "lsl4", A64_STR_simd_reg_q, 0x3ca37841, /* str q1, [x2, x3, lsl #4] */
      .in = { { X(2), D(0x100) }, { X(3), 2 } },
      .vin = { { V(1), 0x2287ec51b61b80e5, 0xfa5fc4298ef358bd } },
      .mem_out = { { D(0x120), 8, 0x2287ec51b61b80e5 }, { D(0x128), 8, 0xfa5fc4298ef358bd } } },
    { "sxtw_neg", A64_STR_simd_reg_q, 0x3ca3c85f, /* str q31, [x2, w3, sxtw] */
      .in = { { X(2), D(0x100) }, { X(3), 0xfffffff8 } },
      .vin = { { V(31), 0xc2278cf156bb2085, 0x9aff64c92e93f85d } },
      .mem_out = { { D(0xf8), 8, 0xc2278cf156bb2085 }, { D(0x100), 8, 0x9aff64c92e93f85d } } },
    { "xzr", A64_STR_simd_reg_q, 0x3cbf6be0, /* str q0, [sp, xzr] */
      .in = { { SP, D(0x100) } }, .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d } },
      .mem_out = { { D(0x100), 8, 0x72d73ca1066bd035 }, { D(0x108), 8, 0x4aaf1479de43a80d } } },
    { "sp_misaligned_sa", A64_STR_simd_reg_q, 0x3ca36be0, /* str q0, [sp, x3] */
      SA_ON, .in = { { X(3), 8 }, { SP, D(0x108) } }, SP_FAULT },
    { "warm_lsl", A64_STR_simd_reg_q, 0x3ca37840, /* str q0, [x2, x3, lsl #4] */
      WARM, .in = { { X(2), D(0x100) }, { X(3), 1 } },
      .vin = { { V(0), 0x72d73ca1066bd035, 0x4aaf1479de43a80d } },
      .mem_out = { { D(0x110), 8, 0x72d73ca1066bd035 }, { D(0x118), 8, 0x4aaf1479de43a80d } } },

    /* LDR_simd_reg */
    { "b_sxtw_neg", A64_LDR_simd_reg, 0x3c63c840, /* ldr b0, [x2, w3, sxtw] */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffff } }, .vout = { { V(0), 0x39, 0x0 } } },
    { "h_lsl", A64_LDR_simd_reg, 0x7c637841, /* ldr h1, [x2, x3, lsl #1] */
      .in = { { X(2), D(0x100) }, { X(3), 5 } }, .vout = { { V(1), 0xe479, 0x0 } } },
    { "s_uxtw", A64_LDR_simd_reg, 0xbc635842, /* ldr s2, [x2, w3, uxtw #2] */
      .in = { { X(2), D(0x100) }, { X(3), 0xabcd000000000004 } },
      .vout = { { V(2), 0xfc51368b, 0x0 } } },
    { "d_sxtx", A64_LDR_simd_reg, 0xfc63f843, /* ldr d3, [x2, x3, sxtx #3] */
      .in = { { X(2), D(0x100) }, { X(3), 0xffffffffffffffff } },
      .vout = { { V(3), 0x399c73d6b508ef42, 0x0 } } },
    { "d_noshift", A64_LDR_simd_reg, 0xfc636844, /* ldr d4, [x2, x3] */
      .in = { { X(2), D(0x100) }, { X(3), 3 } }, .vout = { { V(4), 0x79deb310f54a2f8c, 0x0 } } },
    { "warm_uxtw_d", A64_LDR_simd_reg, 0xfc635840, /* ldr d0, [x2, w3, uxtw #3] */
      WARM, .in = { { X(2), D(0x100) }, { X(3), 0x500000001 } },
      .vout = { { V(0), 0x68cda207e479deb3, 0x0 } } },

    /* LDR_simd_reg_q */
    { "lsl4", A64_LDR_simd_reg_q, 0x3ce37840, /* ldr q0, [x2, x3, lsl #4] */
      .in = { { X(2), D(0x100) }, { X(3), 3 } },
      .vout = { { V(0), 0xe045dabf1cf1562b, 0xf85d329774c9ae03 } } },
    { "sxtw_shift_neg", A64_LDR_simd_reg_q, 0x3ce3d85f, /* ldr q31, [x2, w3, sxtw #4] */
      .in = { { X(2), D(0x200) }, { X(3), 0xffffffff } },
      .vout = { { V(31), 0x20851aff5c31966b, 0x389d72d7b409ee43 } } },
    { "uxtw", A64_LDR_simd_reg_q, 0x3ce34849, /* ldr q9, [x2, w3, uxtw] */
      .in = { { X(2), D(0x100) }, { X(3), 0x100000020 } },
      .vout = { { V(9), 0xb015ea4f2c8166fb, 0x886dc2a704997ed3 } } },
    { "rm_eq_rn", A64_LDR_simd_reg_q, 0x3ce26841, /* ldr q1, [x2, x2] */
      .in = { { X(2), 0x20080000 } },
      .vout = { { V(1), 0x11f44b2e8d60c75a, 0x69cca306e578dfb2 } } },
    { "reserved_option_101", A64_LDR_simd_reg_q, 0x3ce3a841, /* option=101: reserved */
      .in = { { X(2), D(0x100) } }, UNDEF },
    { "fp_trap", A64_LDR_simd_reg_q, 0x3ce36840, /* ldr q0, [x2, x3] */
      .in = { { X(2), D(0x100) }, { X(3), 0 } }, FP_TRAP },
    { "warm_lsl", A64_LDR_simd_reg_q, 0x3ce37840, /* ldr q0, [x2, x3, lsl #4] */
      WARM, .in = { { X(2), D(0x100) }, { X(3), 1 } },
      .vout = { { V(0), 0x4025ba1ffc51368b, 0x583d9277d4a90ee3 } } },
    { "warm_sxtw", A64_LDR_simd_reg_q, 0x3ce3c840, /* ldr q0, [x2, w3, sxtw] */
      WARM, .in = { { X(2), D(0x110) }, { X(3), 0xfffffff0 } },
      .vout = { { V(0), 0x10f54a2f8c61c65b, 0x68cda207e479deb3 } } },
};

CASE_SET(ldst_simd_reg, c);
