/*
 * test_ldst_simd_seq.c — multi-instruction programs over the SIMD&FP loads
 * and stores and the crypto instructions: memcpy-style LD1/ST1 and LDP/STP
 * Q loops over unaligned, page-crossing buffers; LD2/LD3/LD4 followed by
 * ST2/ST3/ST4 giving back the bytes they read; SIMD stores rewriting code
 * that then runs; AES-128 encryption and decryption through AESE/AESMC/
 * AESD/AESIMC against FIPS-197 (Appendix B and C.1); SHA-1 and SHA-256 of
 * "abc" through the SHA instructions against FIPS 180-2 (A.1, B.1).
 */
#include <stdio.h>
#include <string.h>

#include "tenv.h"
#include "xnuemu/decode.h"

#define D(off) (T_DATA + (off))

static void put(TestEnv *t, uint64_t pa, const void *buf, size_t n)
{
    assert_true(bus_write_phys(&t->m->bus, pa, buf, n));
}

static void get(TestEnv *t, uint64_t pa, void *buf, size_t n)
{
    assert_true(bus_read_phys(&t->m->bus, pa, buf, n));
}

/* Load the words at T_CODE and run n instructions; none may fault. */
static void run(TestEnv *t, const uint32_t *code, unsigned nwords, uint64_t n)
{
    tenv_put_code(t, T_CODE, code, nwords);
    assert_int_equal(tenv_run(t, T_CODE, n), HALT_MAX_INSNS);
}

static void fill(uint8_t *buf, size_t n, unsigned seed)
{
    uint32_t x = seed * 2654435761u + 1;
    for (size_t i = 0; i < n; i++) {
        x = x * 1103515245u + 12345u;
        buf[i] = (uint8_t)(x >> 16);
    }
}

/* --- memcpy-like loops --- */

/* LD1/ST1 of four Q registers, post-indexed, over 1024 bytes from an odd
 * source to a destination crossing pages; the bytes around the
 * destination stay as they were. */
static void test_memcpy_ld1_st1(void **state)
{
    TestEnv *t = *state;
    tenv_reset(t);
    static const uint32_t code[] = {
        0x4cdf2020, /* ld1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x1], #64 */
        0x4c9f2000, /* st1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x0], #64 */
        0xf1010042, /* subs x2, x2, #64 */
        0x54ffffa1, /* b.ne .-12 */
    };
    uint8_t src[1024], before[1040], after[1040];
    fill(src, sizeof(src), 1);
    put(t, D(0x1003), src, sizeof(src));
    get(t, D(0x2ff8), before, sizeof(before));
    t->cpu->r[0] = D(0x3000);
    t->cpu->r[1] = D(0x1003);
    t->cpu->r[2] = sizeof(src);
    run(t, code, 4, 4 * (sizeof(src) / 64));
    get(t, D(0x2ff8), after, sizeof(after));
    assert_memory_equal(after + 8, src, sizeof(src));
    assert_memory_equal(after, before, 8);
    assert_memory_equal(after + 8 + sizeof(src), before + 8 + sizeof(src), 8);
    assert_int_equal(t->cpu->r[0], D(0x3400));
    assert_int_equal(t->cpu->r[1], D(0x1403));
    assert_int_equal(t->cpu->r[2], 0);
}

/* LDP/STP of Q registers, post-indexed, to an unaligned destination. */
static void test_memcpy_ldp_stp_q(void **state)
{
    TestEnv *t = *state;
    tenv_reset(t);
    static const uint32_t code[] = {
        0xacc10420, /* ldp q0, q1, [x1], #32 */
        0xac810400, /* stp q0, q1, [x0], #32 */
        0xf1008042, /* subs x2, x2, #32 */
        0x54ffffa1, /* b.ne .-12 */
    };
    uint8_t src[512], dst[512];
    fill(src, sizeof(src), 2);
    put(t, D(0xf00), src, sizeof(src));
    t->cpu->r[0] = D(0x4ff1);
    t->cpu->r[1] = D(0xf00);
    t->cpu->r[2] = sizeof(src);
    run(t, code, 4, 4 * (sizeof(src) / 32));
    get(t, D(0x4ff1), dst, sizeof(dst));
    assert_memory_equal(dst, src, sizeof(src));
}

/* LDn then STn of the same registers writes back the bytes it read, for
 * every structure count, through both the fast and the element paths
 * (the second pass has the TLB filled). */
static void test_struct_round_trip(void **state)
{
    TestEnv *t = *state;
    static const uint32_t code[] = {
        0x4cdf0024, /* ld4 {v4.16b, v5.16b, v6.16b, v7.16b}, [x1], #64 */
        0x4c9f0004, /* st4 {v4.16b, v5.16b, v6.16b, v7.16b}, [x0], #64 */
        0x4cdf443d, /* ld3 {v29.8h, v30.8h, v31.8h}, [x1], #48 */
        0x4c9f441d, /* st3 {v29.8h, v30.8h, v31.8h}, [x0], #48 */
        0x4cc3883f, /* ld2 {v31.4s, v0.4s}, [x1], x3 */
        0x4c83881f, /* st2 {v31.4s, v0.4s}, [x0], x3 */
        0x4cdf0024, /* ld4 {v4.16b, v5.16b, v6.16b, v7.16b}, [x1], #64 */
        0x4c9f0004, /* st4 {v4.16b, v5.16b, v6.16b, v7.16b}, [x0], #64 */
    };
    for (unsigned pass = 0; pass < 2; pass++) {
        tenv_reset(t);
        uint8_t src[208], dst[208];
        fill(src, sizeof(src), 3 + pass);
        put(t, D(0x5ff0 + pass), src, sizeof(src));
        t->cpu->r[0] = D(0x7000 + 3 * pass);
        t->cpu->r[1] = D(0x5ff0 + pass);
        t->cpu->r[3] = 32;
        run(t, code, 8, 8);
        get(t, D(0x7000 + 3 * pass), dst, sizeof(dst));
        assert_memory_equal(dst, src, sizeof(src));
        assert_int_equal(t->cpu->r[0], D(0x7000 + 3 * pass + sizeof(src)));
        /* LD4 de-interleaves: byte 4i + j of the last 64 is lane i of V(4 + j) */
        for (unsigned i = 0; i < 16; i++)
            for (unsigned j = 0; j < 4; j++)
                assert_int_equal(t->cpu->v[4 + j].b[i], src[144 + 4 * i + j]);
    }
}

/* A Q-register store and an ST1 of two registers rewrite instructions
 * that run next: the decoded copies must not survive the stores. */
static void test_store_rewrites_code(void **state)
{
    TestEnv *t = *state;
    tenv_reset(t);
    static const uint32_t code[] = {
        0x3d800040, /* str q0, [x2]      x2 = T_CODE + 16 */
        0x4c00ac41, /* st1 {v1.2d, v2.2d}, [x2]   x2 = T_CODE + 32 */
        0xd503201f, 0xd503201f,
        0xd503201f, 0xd503201f, 0xd503201f, 0xd503201f, /* replaced by V0 */
        0xd503201f, 0xd503201f, 0xd503201f, 0xd503201f, /* replaced by V1 */
        0xd503201f, 0xd503201f, 0xd503201f, 0xd503201f, /* replaced by V2 */
    };
    /* the first two run once as NOPs so that their page is decoded */
    tenv_put_code(t, T_CODE, code, 16);
    assert_int_equal(tenv_run(t, T_CODE + 16, 12), HALT_MAX_INSNS);
    t->cpu->r[2] = T_CODE + 16;
    t->cpu->v[0].d[0] = 0xd2800046d2800025ull;   /* movz x5, #1; movz x6, #2 */
    t->cpu->v[0].d[1] = 0xd503201fd503201full;
    assert_int_equal(tenv_run(t, T_CODE, 1), HALT_MAX_INSNS);
    t->cpu->r[2] = T_CODE + 32;
    t->cpu->v[1].d[0] = 0xd2800108d28000e7ull;   /* movz x7, #7; movz x8, #8 */
    t->cpu->v[1].d[1] = 0xd503201fd503201full;
    t->cpu->v[2].d[0] = 0xd2800149d503201full;   /* nop; movz x9, #10 */
    t->cpu->v[2].d[1] = 0xd503201fd503201full;
    assert_int_equal(tenv_run(t, T_CODE + 4, 15), HALT_MAX_INSNS);
    assert_int_equal(t->cpu->r[5], 1);
    assert_int_equal(t->cpu->r[6], 2);
    assert_int_equal(t->cpu->r[7], 7);
    assert_int_equal(t->cpu->r[8], 8);
    assert_int_equal(t->cpu->r[9], 10);
}

/* --- AES-128 (FIPS-197) --- */

static uint8_t sbox[256];

/* The S-box from FIPS-197 5.1.1, via exp/log tables of the generator {03};
 * the emulator builds its own differently (exponentiation). */
static void make_sbox(void)
{
    uint8_t exp[256], log[256] = { 0 };
    uint8_t x = 1;
    for (unsigned i = 0; i < 255; i++) {
        exp[i] = x;
        log[x] = (uint8_t)i;
        x ^= (uint8_t)((x << 1) ^ ((x & 0x80) ? 0x1b : 0));   /* x * {03} */
    }
    for (unsigned a = 0; a < 256; a++) {
        uint8_t inv = a ? exp[(255 - log[a]) % 255] : 0, s = 0x63;
        for (unsigned i = 0; i < 8; i++) {
            unsigned bit = ((inv >> i) ^ (inv >> ((i + 4) & 7)) ^ (inv >> ((i + 5) & 7)) ^
                            (inv >> ((i + 6) & 7)) ^ (inv >> ((i + 7) & 7))) & 1;
            s ^= (uint8_t)(bit << i);
        }
        sbox[a] = s;
    }
    assert_int_equal(sbox[0x53], 0xed);   /* FIPS-197 5.1.1 example */
}

/* KeyExpansion (FIPS-197 5.2) for Nk = 4: 11 round keys of 16 bytes */
static void key_expand(const uint8_t key[16], uint8_t rk[176])
{
    uint8_t rcon = 1;
    memcpy(rk, key, 16);
    for (unsigned i = 4; i < 44; i++) {
        uint8_t w[4];
        memcpy(w, rk + 4 * (i - 1), 4);
        if (i % 4 == 0) {
            uint8_t w0 = w[0];
            w[0] = sbox[w[1]] ^ rcon;
            w[1] = sbox[w[2]];
            w[2] = sbox[w[3]];
            w[3] = sbox[w0];
            rcon = (uint8_t)((rcon << 1) ^ ((rcon & 0x80) ? 0x1b : 0));
        }
        for (unsigned j = 0; j < 4; j++)
            rk[4 * i + j] = rk[4 * (i - 4) + j] ^ w[j];
    }
}

static void hex(const char *s, uint8_t *out)
{
    for (unsigned i = 0; s[2 * i]; i++) {
        unsigned v;
        assert_int_equal(sscanf(s + 2 * i, "%2x", &v), 1);
        out[i] = (uint8_t)v;
    }
}

static uint32_t enc(uint32_t base, unsigned d, unsigned n, unsigned m)
{
    return base | m << 16 | n << 5 | d;
}

enum {
    AESE = 0x4e284800, AESD = 0x4e285800, AESMC = 0x4e286800, AESIMC = 0x4e287800,
    SHA1C = 0x5e000000, SHA1P = 0x5e001000, SHA1M = 0x5e002000, SHA1SU0 = 0x5e003000,
    SHA256H = 0x5e004000, SHA256H2 = 0x5e005000, SHA256SU1 = 0x5e006000,
    SHA1H = 0x5e280800, SHA1SU1 = 0x5e281800, SHA256SU0 = 0x5e282800,
};

/* Encrypt the block at D(0x20b0) with the round keys at D(0x2000) into
 * D(0x3000), then decrypt that into D(0x3010) with AESD/AESIMC (the
 * equivalent inverse cipher, its keys made by AESIMC). */
static void aes_case(TestEnv *t, const char *key_hex, const char *pt_hex, const char *ct_hex)
{
    uint8_t key[16], pt[16], ct[16], rk[176], out[32];
    hex(key_hex, key);
    hex(pt_hex, pt);
    hex(ct_hex, ct);
    key_expand(key, rk);
    tenv_reset(t);
    put(t, D(0x2000), rk, sizeof(rk));
    put(t, D(0x20b0), pt, 16);
    uint32_t code[64];
    unsigned n = 0;
    code[n++] = 0x4cdf2021;   /* ld1 {v1.16b-v4.16b}, [x1], #64: k0-k3 */
    code[n++] = 0x4cdf2025;   /* ld1 {v5.16b-v8.16b}, [x1], #64: k4-k7 */
    code[n++] = 0x4cdf6029;   /* ld1 {v9.16b-v11.16b}, [x1], #48: k8-k10 */
    code[n++] = 0x3dc00020;   /* ldr q0, [x1]: the plaintext */
    for (unsigned r = 1; r <= 9; r++) {
        code[n++] = enc(AESE, 0, r, 0);
        code[n++] = enc(AESMC, 0, 0, 0);
    }
    code[n++] = enc(AESE, 0, 10, 0);
    code[n++] = 0x4c007000;   /* st1 {v0.16b}, [x0] */
    code[n++] = 0xa9401003;   /* ldp x3, x4, [x0] */
    code[n++] = 0xa94018e5;   /* ldp x5, x6, [x7]: k10 */
    code[n++] = 0xca050063;   /* eor x3, x3, x5 */
    code[n++] = 0xca060084;   /* eor x4, x4, x6 */
    code[n++] = 0xa9001003;   /* stp x3, x4, [x0] */
    /* decryption: V12..V20 = InvMixColumns(k1..k9) */
    for (unsigned r = 1; r <= 9; r++)
        code[n++] = enc(AESIMC, 11 + r, 1 + r, 0);
    code[n++] = 0x4c407000;   /* ld1 {v0.16b}, [x0] */
    code[n++] = enc(AESD, 0, 11, 0);
    code[n++] = enc(AESIMC, 0, 0, 0);
    for (unsigned r = 9; r >= 2; r--) {
        code[n++] = enc(AESD, 0, 11 + r, 0);
        code[n++] = enc(AESIMC, 0, 0, 0);
    }
    code[n++] = enc(AESD, 0, 12, 0);
    code[n++] = 0x4c007040;   /* st1 {v0.16b}, [x2] */
    code[n++] = 0xa9401043;   /* ldp x3, x4, [x2] */
    code[n++] = 0xa9401905;   /* ldp x5, x6, [x8]: k0 */
    code[n++] = 0xca050063;   /* eor x3, x3, x5 */
    code[n++] = 0xca060084;   /* eor x4, x4, x6 */
    code[n++] = 0xa9001043;   /* stp x3, x4, [x2] */
    assert_true(n <= 64);
    t->cpu->r[0] = D(0x3000);
    t->cpu->r[1] = D(0x2000);
    t->cpu->r[2] = D(0x3010);
    t->cpu->r[7] = D(0x20a0);
    t->cpu->r[8] = D(0x2000);
    run(t, code, n, n);
    get(t, D(0x3000), out, 32);
    assert_memory_equal(out, ct, 16);
    assert_memory_equal(out + 16, pt, 16);
}

static void test_aes128_fips197(void **state)
{
    make_sbox();
    /* Appendix B */
    aes_case(*state, "2b7e151628aed2a6abf7158809cf4f3c", "3243f6a8885a308d313198a2e0370734",
             "3925841d02dc09fbdc118597196a0b32");
    /* Appendix C.1 */
    aes_case(*state, "000102030405060708090a0b0c0d0e0f", "00112233445566778899aabbccddeeff",
             "69c4e0d86a7b0430d8cdb78070b4c55a");
}

/* --- SHA (FIPS 180-2) --- */

/* the padded one-block message "abc" as big-endian words */
static const uint32_t abc_block[16] = { 0x61626380, 0, 0, 0, 0, 0, 0, 0,
                                        0, 0, 0, 0, 0, 0, 0, 0x18 };

/* Run one instruction word with the current state. */
static void step1(TestEnv *t, uint32_t w)
{
    run(t, &w, 1, 1);
}

static void set_words(VReg *v, const uint32_t *w)
{
    memcpy(v->s, w, 16);
}

static void test_sha256_abc(void **state)
{
    static const uint32_t k[64] = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
        0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
        0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
        0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
        0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
        0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
        0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
        0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2,
    };
    static const uint32_t h0[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                    0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
    static const uint32_t digest[8] = { 0xba7816bf, 0x8f01cfea, 0x414140de, 0x5dae2223,
                                        0xb00361a3, 0x96177a9c, 0xb410ff61, 0xf20015ad };
    TestEnv *t = *state;
    tenv_reset(t);
    CpuState *cpu = t->cpu;
    set_words(&cpu->v[0], h0);           /* a b c d */
    set_words(&cpu->v[1], h0 + 4);       /* e f g h */
    for (unsigned i = 0; i < 4; i++)
        set_words(&cpu->v[4 + i], abc_block + 4 * i);
    cpu->r[2] = D(0x100);
    for (unsigned g = 0; g < 16; g++) {
        unsigned w = 4 + g % 4;
        for (unsigned e = 0; e < 4; e++)
            cpu->v[16].s[e] = cpu->v[w].s[e] + k[4 * g + e];
        static const uint32_t rounds[] = {
            0x3d800040, /* str q0, [x2] */
            0x3dc00042, /* ldr q2, [x2] */
            0x5e104020, /* sha256h q0, q1, v16.4s */
            0x5e105041, /* sha256h2 q1, q2, v16.4s */
        };
        run(t, rounds, 4, 4);
        if (g < 12) {   /* W[g + 4] = SU1(SU0(W[g], W[g + 1]), W[g + 2], W[g + 3]) */
            step1(t, enc(SHA256SU0, w, 4 + (g + 1) % 4, 0));
            step1(t, enc(SHA256SU1, w, 4 + (g + 2) % 4, 4 + (g + 3) % 4));
        }
    }
    for (unsigned i = 0; i < 8; i++)
        assert_int_equal(h0[i] + cpu->v[i / 4].s[i % 4], digest[i]);
}

static void test_sha1_abc(void **state)
{
    static const uint32_t h0[5] = { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476,
                                    0xc3d2e1f0 };
    static const uint32_t digest[5] = { 0xa9993e36, 0x4706816a, 0xba3e2571, 0x7850c26c,
                                        0x9cd0d89d };
    static const uint32_t k[4] = { 0x5a827999, 0x6ed9eba1, 0x8f1bbcdc, 0xca62c1d6 };
    TestEnv *t = *state;
    tenv_reset(t);
    CpuState *cpu = t->cpu;
    set_words(&cpu->v[0], h0);           /* a b c d */
    cpu->v[1].d[0] = h0[4];              /* e, alternating between S1 and S3 */
    cpu->v[1].d[1] = 0;
    for (unsigned i = 0; i < 4; i++)
        set_words(&cpu->v[4 + i], abc_block + 4 * i);
    for (unsigned g = 0; g < 20; g++) {
        unsigned w = 4 + g % 4, e = g % 2 ? 3 : 1, e_next = g % 2 ? 1 : 3;
        uint32_t op = g < 5 ? SHA1C : g < 10 ? SHA1P : g < 15 ? SHA1M : SHA1P;
        for (unsigned i = 0; i < 4; i++)
            cpu->v[16].s[i] = cpu->v[w].s[i] + k[g / 5];
        step1(t, enc(SHA1H, e_next, 0, 0));
        step1(t, enc(op, 0, e, 16));
        if (g < 16) {   /* W[g + 4] = SU1(SU0(W[g], W[g + 1], W[g + 2]), W[g + 3]) */
            step1(t, enc(SHA1SU0, w, 4 + (g + 1) % 4, 4 + (g + 2) % 4));
            step1(t, enc(SHA1SU1, w, 4 + (g + 3) % 4, 0));
        }
    }
    for (unsigned i = 0; i < 4; i++)
        assert_int_equal(h0[i] + cpu->v[0].s[i], digest[i]);
    assert_int_equal(h0[4] + cpu->v[1].s[0], digest[4]);   /* 20 groups: e ends in S1 */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_memcpy_ld1_st1),
        cmocka_unit_test(test_memcpy_ldp_stp_q),
        cmocka_unit_test(test_struct_round_trip),
        cmocka_unit_test(test_store_rewrites_code),
        cmocka_unit_test(test_aes128_fips197),
        cmocka_unit_test(test_sha256_abc),
        cmocka_unit_test(test_sha1_abc),
    };
    return cmocka_run_group_tests_name("ldst_simd_seq", tests, tenv_setup, tenv_teardown);
}
