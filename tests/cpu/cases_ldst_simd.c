/*
 * cases_ldst_simd.c — SIMD&FP loads and stores (Arm ARM C7.2): LDR/STR
 * (immediate: post-index, pre-index, unsigned offset), LDUR/STUR, LDR/STR
 * (register), LDR (literal), LDP/STP/LDNP/STNP of S, D and Q registers, and
 * the Advanced SIMD structure loads and stores LD1-LD4/ST1-ST4 (multiple
 * structures, single structure), LD1R-LD4R, with and without post-index.
 *
 * Expected values were computed from the pseudocode (a model of the C7.2
 * pages and the shared LD/ST multiple and single decode) over the test
 * environment's initial state: V registers and the data window hold
 * tenv_vreg_pattern()/tenv_pattern() unless a case sets them, so loaded
 * values below are pattern bytes. QEMU 7.2 user mode (qemu-aarch64-static)
 * runs this same table (cases needing EL1 state excepted) and agrees.
 * Words from binutils (tools/asm-words); literal and reserved words by hand
 * (checked with objdump). "warm_" cases fill the TLB and the FP enable
 * cache with set-up instructions so the specialised handlers' hit path
 * runs; the others start with an empty TLB and FP/SIMD enable not yet
 * checked, and take the slow path (element by element for structures).
 */
#include "insn_case.h"

#define D(o) (T_DATA + (o))
#define NOMEM 0x1000ull               /* not RAM: external abort, DFSC 0x10 */
#define RAM_END 0x41000000ull         /* first byte after the 16 MiB of RAM */
#define BIG 0x0001000000000000ull     /* beyond the 48-bit PA: address size fault */
#define UNDEF .exc = EXC(EC_UNKNOWN), .check_iss = true, .iss = 0
#define SA_ON .sr_in = { { SR_SCTLR_EL1, 0x30d00800 | SCTLR_SA } }
#define DEVICE .sr_in = { { SR_HCR_EL2, HCR_RW } }   /* HCR_EL2.DC=0: Device memory */
#define SP_FAULT .exc = EXC(EC_SP_ALIGN), .check_iss = true, .iss = 0
#define DABT(i, a) .exc = EXC(EC_DABT_SAME), .check_iss = true, .iss = (i), .far_valid = true, \
                   .far = (a)
/* CPACR_EL1.FPEN = 00: access to SIMD&FP trapped (EC 0x07, CV=1 COND=0xe) */
#define FP_TRAP .sr_in = { { SR_CPACR_EL1, 0 } }, .exc = EXC(EC_FP_ACCESS), .check_iss = true, \
                .iss = 0x1e00000
/* The fast path needs the TLB entry (a set-up integer load fills it) and
 * the cached FP/SIMD enable check (any SIMD&FP instruction primes it: a
 * store below the initial SP, outside the compared data window). */
#define FP_ON 0xfc1f03e0u               /* stur d0, [sp, #-16] */
#define WARM .pre = { 0x3940005f, FP_ON }      /* ldrb wzr, [x2] */
#define WARM_SP .pre = { 0x394003ff, FP_ON }   /* ldrb wzr, [sp] */
#define NOP 0xd503201fu
#define WARM_CODE 0x1800001fu           /* ldr wzr, . */

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

CASE_SET(ldst_simd, c);
