/*
 * exec_crypto.c — the Armv8.0 Cryptographic Extension (Arm ARM C7.2 pages
 * AESE, AESD, AESMC, AESIMC, SHA1C, SHA1P, SHA1M, SHA1H, SHA1SU0, SHA1SU1,
 * SHA256H, SHA256H2, SHA256SU0, SHA256SU1, PMULL/PMULL2 with size = 11;
 * shared pseudocode J1: AESSubBytes, AESShiftRows, AESMixColumns and their
 * inverses, SHAchoose/SHAparity/SHAmajority, SHA256hash, SHAhashSIGMA0/1,
 * PolynomialMult). Each handler reads all of its operands before writing
 * Vd (Vd may be Vn or Vm). CheckCryptoEnabled64 is the FP/SIMD enable check.
 *
 * The AES S-box tables (constant) are FIPS-197 5.1.1's definition:
 * the multiplicative inverse in GF(2^8) modulo x^8 + x^4 + x^3 + x + 1 (0
 * maps to 0) followed by the affine transformation
 *   b'_i = b_i ^ b_(i+4) ^ b_(i+5) ^ b_(i+6) ^ b_(i+7) ^ c_i,  c = 0x63;
 * the inverse S-box is its inverse permutation. MixColumns multiplies each
 * column by {03}x^3 + {01}x^2 + {01}x + {02} (5.1.3), InvMixColumns by
 * {0b}x^3 + {0d}x^2 + {09}x + {0e} (5.3.3), with xtime (4.2.1).
 */
#include "fpsimd.h"

/* di: rd = Vd, rn = Vn, rm = Vm; PMULL: sf = part (Q) */

PREP(prep_crypto)
{
    (void)cpu;
    di->rd = (uint8_t)FLD(f, 'd');
    di->rn = (uint8_t)FLD(f, 'n');
    di->rm = (uint8_t)FLD(f, 'm');       /* 0 for the two-register forms */
    return true;
}

/* --- AES --- */

/* SubBytes and InvSubBytes (FIPS-197 5.1.1, Figure 7 and 14): the
 * multiplicative inverse in GF(2^8) modulo x^8+x^4+x^3+x+1 followed by the
 * affine map b ^ rol(b,1) ^ rol(b,2) ^ rol(b,3) ^ rol(b,4) ^ 0x63. */
static const uint8_t aes_sbox[256] = {
    0x63, 0x7c, 0x77, 0x7b, 0xf2, 0x6b, 0x6f, 0xc5, 0x30, 0x01, 0x67, 0x2b, 0xfe, 0xd7, 0xab, 0x76,
    0xca, 0x82, 0xc9, 0x7d, 0xfa, 0x59, 0x47, 0xf0, 0xad, 0xd4, 0xa2, 0xaf, 0x9c, 0xa4, 0x72, 0xc0,
    0xb7, 0xfd, 0x93, 0x26, 0x36, 0x3f, 0xf7, 0xcc, 0x34, 0xa5, 0xe5, 0xf1, 0x71, 0xd8, 0x31, 0x15,
    0x04, 0xc7, 0x23, 0xc3, 0x18, 0x96, 0x05, 0x9a, 0x07, 0x12, 0x80, 0xe2, 0xeb, 0x27, 0xb2, 0x75,
    0x09, 0x83, 0x2c, 0x1a, 0x1b, 0x6e, 0x5a, 0xa0, 0x52, 0x3b, 0xd6, 0xb3, 0x29, 0xe3, 0x2f, 0x84,
    0x53, 0xd1, 0x00, 0xed, 0x20, 0xfc, 0xb1, 0x5b, 0x6a, 0xcb, 0xbe, 0x39, 0x4a, 0x4c, 0x58, 0xcf,
    0xd0, 0xef, 0xaa, 0xfb, 0x43, 0x4d, 0x33, 0x85, 0x45, 0xf9, 0x02, 0x7f, 0x50, 0x3c, 0x9f, 0xa8,
    0x51, 0xa3, 0x40, 0x8f, 0x92, 0x9d, 0x38, 0xf5, 0xbc, 0xb6, 0xda, 0x21, 0x10, 0xff, 0xf3, 0xd2,
    0xcd, 0x0c, 0x13, 0xec, 0x5f, 0x97, 0x44, 0x17, 0xc4, 0xa7, 0x7e, 0x3d, 0x64, 0x5d, 0x19, 0x73,
    0x60, 0x81, 0x4f, 0xdc, 0x22, 0x2a, 0x90, 0x88, 0x46, 0xee, 0xb8, 0x14, 0xde, 0x5e, 0x0b, 0xdb,
    0xe0, 0x32, 0x3a, 0x0a, 0x49, 0x06, 0x24, 0x5c, 0xc2, 0xd3, 0xac, 0x62, 0x91, 0x95, 0xe4, 0x79,
    0xe7, 0xc8, 0x37, 0x6d, 0x8d, 0xd5, 0x4e, 0xa9, 0x6c, 0x56, 0xf4, 0xea, 0x65, 0x7a, 0xae, 0x08,
    0xba, 0x78, 0x25, 0x2e, 0x1c, 0xa6, 0xb4, 0xc6, 0xe8, 0xdd, 0x74, 0x1f, 0x4b, 0xbd, 0x8b, 0x8a,
    0x70, 0x3e, 0xb5, 0x66, 0x48, 0x03, 0xf6, 0x0e, 0x61, 0x35, 0x57, 0xb9, 0x86, 0xc1, 0x1d, 0x9e,
    0xe1, 0xf8, 0x98, 0x11, 0x69, 0xd9, 0x8e, 0x94, 0x9b, 0x1e, 0x87, 0xe9, 0xce, 0x55, 0x28, 0xdf,
    0x8c, 0xa1, 0x89, 0x0d, 0xbf, 0xe6, 0x42, 0x68, 0x41, 0x99, 0x2d, 0x0f, 0xb0, 0x54, 0xbb, 0x16,
};

static const uint8_t aes_inv_sbox[256] = {
    0x52, 0x09, 0x6a, 0xd5, 0x30, 0x36, 0xa5, 0x38, 0xbf, 0x40, 0xa3, 0x9e, 0x81, 0xf3, 0xd7, 0xfb,
    0x7c, 0xe3, 0x39, 0x82, 0x9b, 0x2f, 0xff, 0x87, 0x34, 0x8e, 0x43, 0x44, 0xc4, 0xde, 0xe9, 0xcb,
    0x54, 0x7b, 0x94, 0x32, 0xa6, 0xc2, 0x23, 0x3d, 0xee, 0x4c, 0x95, 0x0b, 0x42, 0xfa, 0xc3, 0x4e,
    0x08, 0x2e, 0xa1, 0x66, 0x28, 0xd9, 0x24, 0xb2, 0x76, 0x5b, 0xa2, 0x49, 0x6d, 0x8b, 0xd1, 0x25,
    0x72, 0xf8, 0xf6, 0x64, 0x86, 0x68, 0x98, 0x16, 0xd4, 0xa4, 0x5c, 0xcc, 0x5d, 0x65, 0xb6, 0x92,
    0x6c, 0x70, 0x48, 0x50, 0xfd, 0xed, 0xb9, 0xda, 0x5e, 0x15, 0x46, 0x57, 0xa7, 0x8d, 0x9d, 0x84,
    0x90, 0xd8, 0xab, 0x00, 0x8c, 0xbc, 0xd3, 0x0a, 0xf7, 0xe4, 0x58, 0x05, 0xb8, 0xb3, 0x45, 0x06,
    0xd0, 0x2c, 0x1e, 0x8f, 0xca, 0x3f, 0x0f, 0x02, 0xc1, 0xaf, 0xbd, 0x03, 0x01, 0x13, 0x8a, 0x6b,
    0x3a, 0x91, 0x11, 0x41, 0x4f, 0x67, 0xdc, 0xea, 0x97, 0xf2, 0xcf, 0xce, 0xf0, 0xb4, 0xe6, 0x73,
    0x96, 0xac, 0x74, 0x22, 0xe7, 0xad, 0x35, 0x85, 0xe2, 0xf9, 0x37, 0xe8, 0x1c, 0x75, 0xdf, 0x6e,
    0x47, 0xf1, 0x1a, 0x71, 0x1d, 0x29, 0xc5, 0x89, 0x6f, 0xb7, 0x62, 0x0e, 0xaa, 0x18, 0xbe, 0x1b,
    0xfc, 0x56, 0x3e, 0x4b, 0xc6, 0xd2, 0x79, 0x20, 0x9a, 0xdb, 0xc0, 0xfe, 0x78, 0xcd, 0x5a, 0xf4,
    0x1f, 0xdd, 0xa8, 0x33, 0x88, 0x07, 0xc7, 0x31, 0xb1, 0x12, 0x10, 0x59, 0x27, 0x80, 0xec, 0x5f,
    0x60, 0x51, 0x7f, 0xa9, 0x19, 0xb5, 0x4a, 0x0d, 0x2d, 0xe5, 0x7a, 0x9f, 0x93, 0xc9, 0x9c, 0xef,
    0xa0, 0xe0, 0x3b, 0x4d, 0xae, 0x2a, 0xf5, 0xb0, 0xc8, 0xeb, 0xbb, 0x3c, 0x83, 0x53, 0x99, 0x61,
    0x17, 0x2b, 0x04, 0x7e, 0xba, 0x77, 0xd6, 0x26, 0xe1, 0x69, 0x14, 0x63, 0x55, 0x21, 0x0c, 0x7d,
};

/* xtime: multiplication by x ({02}) modulo the AES polynomial */
static inline uint8_t gf_xtime(uint8_t a)
{
    return (uint8_t)((a << 1) ^ ((a & 0x80) ? 0x1b : 0));
}

static uint8_t gf_mul(uint8_t a, uint8_t b)
{
    uint8_t p = 0;
    while (b) {
        if (b & 1)
            p ^= a;
        a = gf_xtime(a);
        b >>= 1;
    }
    return p;
}

/* The state is the 128-bit register, byte i = Elem[op, i, 8] being s(r, c)
 * with r = i mod 4, c = i / 4 (column-major, as in FIPS-197 3.4). */

/* AESShiftRows: row r rotates left by r columns: out(r, c) = in(r, c + r) */
static void aes_shift_rows(const uint8_t *in, uint8_t *out, bool inverse)
{
    for (unsigned c = 0; c < 4; c++)
        for (unsigned r = 0; r < 4; r++) {
            unsigned from = inverse ? (c + 4 - r) & 3 : (c + r) & 3;
            out[4 * c + r] = in[4 * from + r];
        }
}

static void aes_mix_columns(const uint8_t *in, uint8_t *out, bool inverse)
{
    /* coefficients of row 0 of the circulant matrix; row r is rotated by r */
    static const uint8_t fwd[4] = { 0x02, 0x03, 0x01, 0x01 };
    static const uint8_t inv[4] = { 0x0e, 0x0b, 0x0d, 0x09 };
    const uint8_t *k = inverse ? inv : fwd;
    for (unsigned c = 0; c < 4; c++)
        for (unsigned r = 0; r < 4; r++) {
            uint8_t x = 0;
            for (unsigned j = 0; j < 4; j++)
                x ^= gf_mul(k[(j + 4 - r) & 3], in[4 * c + j]);
            out[4 * c + r] = x;
        }
}

/* AESE/AESD: AddRoundKey (V[d] EOR V[n]), (Inv)ShiftRows, (Inv)SubBytes */
static int aes_round(CpuState *cpu, const DecodedInsn *di, bool inverse)
{
    FP_CHECK(cpu);
    const uint8_t *box = inverse ? aes_inv_sbox : aes_sbox;
    uint8_t x[16], y[16];
    for (unsigned i = 0; i < 16; i++)
        x[i] = cpu->v[di->rd].b[i] ^ cpu->v[di->rn].b[i];
    aes_shift_rows(x, y, inverse);
    for (unsigned i = 0; i < 16; i++)
        cpu->v[di->rd].b[i] = box[y[i]];
    return exec_next(cpu, di);
}

EXEC(AESE)
{
    return aes_round(cpu, di, false);
}

EXEC(AESD)
{
    return aes_round(cpu, di, true);
}

static int aes_mix(CpuState *cpu, const DecodedInsn *di, bool inverse)
{
    FP_CHECK(cpu);
    VReg r;
    aes_mix_columns(cpu->v[di->rn].b, r.b, inverse);
    cpu->v[di->rd] = r;
    return exec_next(cpu, di);
}

EXEC(AESMC)
{
    return aes_mix(cpu, di, false);
}

EXEC(AESIMC)
{
    return aes_mix(cpu, di, true);
}

/* --- SHA-1 and SHA-256 --- */

static inline uint32_t rol32(uint32_t x, unsigned n)
{
    return (x << n) | (x >> (32 - n));
}

static inline uint32_t ror32(uint32_t x, unsigned n)
{
    return (x >> n) | (x << (32 - n));
}

static inline uint32_t sha_choose(uint32_t x, uint32_t y, uint32_t z)
{
    return ((y ^ z) & x) ^ z;
}

static inline uint32_t sha_parity(uint32_t x, uint32_t y, uint32_t z)
{
    return x ^ y ^ z;
}

static inline uint32_t sha_majority(uint32_t x, uint32_t y, uint32_t z)
{
    return (x & y) | ((x | y) & z);
}

/* SHA1C/SHA1P/SHA1M: four rounds on X = V[d] (a, b, c, d in elements 0-3),
 * Y = the low 32 bits of V[n] (e), W = V[m]. <Y, X> = ROL(Y : X, 32) moves
 * X<127:96> into Y and Y into X<31:0>. */
static int sha1_rounds(CpuState *cpu, const DecodedInsn *di,
                       uint32_t (*fn)(uint32_t, uint32_t, uint32_t))
{
    FP_CHECK(cpu);
    uint32_t x[4], w[4], y = cpu->v[di->rn].s[0];
    memcpy(x, cpu->v[di->rd].s, 16);
    memcpy(w, cpu->v[di->rm].s, 16);
    for (unsigned e = 0; e < 4; e++) {
        uint32_t t = fn(x[1], x[2], x[3]);
        y = y + rol32(x[0], 5) + t + w[e];
        x[1] = rol32(x[1], 30);
        uint32_t top = x[3];
        x[3] = x[2];
        x[2] = x[1];
        x[1] = x[0];
        x[0] = y;
        y = top;
    }
    memcpy(cpu->v[di->rd].s, x, 16);
    return exec_next(cpu, di);
}

EXEC(SHA1C)
{
    return sha1_rounds(cpu, di, sha_choose);
}

EXEC(SHA1P)
{
    return sha1_rounds(cpu, di, sha_parity);
}

EXEC(SHA1M)
{
    return sha1_rounds(cpu, di, sha_majority);
}

/* SHA1H: ROL(V[n]<31:0>, 30), zero-extended into Vd */
EXEC(SHA1H)
{
    FP_CHECK(cpu);
    vreg_set_s(cpu, di->rd, rol32(cpu->v[di->rn].s[0], 30));
    return exec_next(cpu, di);
}

/* SHA1SU0: (V[n]<63:0> : V[d]<127:64>) EOR V[d] EOR V[m] */
EXEC(SHA1SU0)
{
    FP_CHECK(cpu);
    const VReg *d = &cpu->v[di->rd], *n = &cpu->v[di->rn], *m = &cpu->v[di->rm];
    VReg r = { .d = { d->d[1] ^ d->d[0] ^ m->d[0], n->d[0] ^ d->d[1] ^ m->d[1] } };
    cpu->v[di->rd] = r;
    return exec_next(cpu, di);
}

/* SHA1SU1: T = V[d] EOR LSR(V[n], 32); each word ROL 1, and the top word
 * also EOR ROL(T<31:0>, 2) */
EXEC(SHA1SU1)
{
    FP_CHECK(cpu);
    const VReg *d = &cpu->v[di->rd], *n = &cpu->v[di->rn];
    uint32_t t[4] = { d->s[0] ^ n->s[1], d->s[1] ^ n->s[2], d->s[2] ^ n->s[3], d->s[3] };
    VReg r;
    for (unsigned e = 0; e < 4; e++)
        r.s[e] = rol32(t[e], 1);
    r.s[3] ^= rol32(t[0], 2);
    cpu->v[di->rd] = r;
    return exec_next(cpu, di);
}

static inline uint32_t sha_sigma0(uint32_t x)
{
    return ror32(x, 2) ^ ror32(x, 13) ^ ror32(x, 22);
}

static inline uint32_t sha_sigma1(uint32_t x)
{
    return ror32(x, 6) ^ ror32(x, 11) ^ ror32(x, 25);
}

/* SHA256hash(X, Y, W, part1): four rounds; X holds a..d, Y holds e..h
 * (element 0 first); <Y, X> = ROL(Y : X, 32) shifts both up one element,
 * X<127:96> entering Y<31:0> and Y<127:96> entering X<31:0>. */
static void sha256_hash(uint32_t *x, uint32_t *y, const uint32_t *w)
{
    for (unsigned e = 0; e < 4; e++) {
        uint32_t chs = sha_choose(y[0], y[1], y[2]);
        uint32_t maj = sha_majority(x[0], x[1], x[2]);
        uint32_t t = y[3] + sha_sigma1(y[0]) + chs + w[e];
        x[3] = t + x[3];
        y[3] = t + sha_sigma0(x[0]) + maj;
        uint32_t xt = x[3], yt = y[3];
        for (unsigned i = 3; i; i--) {
            x[i] = x[i - 1];
            y[i] = y[i - 1];
        }
        x[0] = yt;
        y[0] = xt;
    }
}

/* SHA256H: SHA256hash(V[d], V[n], V[m], TRUE); SHA256H2: SHA256hash(V[n],
 * V[d], V[m], FALSE); both return to Vd */
static int sha256_h(CpuState *cpu, const DecodedInsn *di, bool part1)
{
    FP_CHECK(cpu);
    uint32_t x[4], y[4], w[4];
    memcpy(x, cpu->v[part1 ? di->rd : di->rn].s, 16);
    memcpy(y, cpu->v[part1 ? di->rn : di->rd].s, 16);
    memcpy(w, cpu->v[di->rm].s, 16);
    sha256_hash(x, y, w);
    memcpy(cpu->v[di->rd].s, part1 ? x : y, 16);
    return exec_next(cpu, di);
}

EXEC(SHA256H)
{
    return sha256_h(cpu, di, true);
}

EXEC(SHA256H2)
{
    return sha256_h(cpu, di, false);
}

/* SHA256SU0: T = V[n]<31:0> : V[d]<127:32>; each element
 * sigma0(T_e) + V[d]_e with sigma0 = ROR 7 ^ ROR 18 ^ LSR 3 */
EXEC(SHA256SU0)
{
    FP_CHECK(cpu);
    const VReg *d = &cpu->v[di->rd], *n = &cpu->v[di->rn];
    uint32_t t[4] = { d->s[1], d->s[2], d->s[3], n->s[0] };
    VReg r;
    for (unsigned e = 0; e < 4; e++)
        r.s[e] = (ror32(t[e], 7) ^ ror32(t[e], 18) ^ (t[e] >> 3)) + d->s[e];
    cpu->v[di->rd] = r;
    return exec_next(cpu, di);
}

/* SHA256SU1: T0 = V[m]<31:0> : V[n]<127:32>; elements 0-1 from V[m]<127:64>,
 * elements 2-3 from the result's elements 0-1, each sigma1(x) + V[d]_e +
 * T0_e with sigma1 = ROR 17 ^ ROR 19 ^ LSR 10 */
EXEC(SHA256SU1)
{
    FP_CHECK(cpu);
    const VReg *d = &cpu->v[di->rd], *n = &cpu->v[di->rn], *m = &cpu->v[di->rm];
    uint32_t t0[4] = { n->s[1], n->s[2], n->s[3], m->s[0] };
    uint32_t src[2] = { m->s[2], m->s[3] };
    VReg r;
    for (unsigned e = 0; e < 4; e++) {
        uint32_t x = e < 2 ? src[e] : r.s[e - 2];
        r.s[e] = (ror32(x, 17) ^ ror32(x, 19) ^ (x >> 10)) + d->s[e] + t0[e];
    }
    cpu->v[di->rd] = r;
    return exec_next(cpu, di);
}

/* --- PMULL/PMULL2 Vd.1Q, Vn.1D/2D, Vm.1D/2D: the carry-less product of
 * Vpart[n, Q] and Vpart[m, Q] (PolynomialMult), 128 bits into Vd --- */

PREP(prep_pmull64)
{
    (void)cpu;
    di->rd = (uint8_t)FLD(f, 'd');
    di->rn = (uint8_t)FLD(f, 'n');
    di->rm = (uint8_t)FLD(f, 'm');
    di->sf = (uint8_t)FLD(f, 'q');
    return true;
}

EXEC(PMULL_v64)
{
    FP_CHECK(cpu);
    uint64_t a = cpu->v[di->rn].d[di->sf], b = cpu->v[di->rm].d[di->sf], lo = 0, hi = 0;
    for (unsigned i = 0; i < 64; i++)
        if ((b >> i) & 1) {
            lo ^= a << i;
            if (i)
                hi ^= a >> (64 - i);
        }
    cpu->v[di->rd].d[0] = lo;
    cpu->v[di->rd].d[1] = hi;
    return exec_next(cpu, di);
}
