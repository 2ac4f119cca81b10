/*
 * prog_isa.c — an integer workload whose printed checksums must be the
 * same when built for the host (-DNATIVE, run natively) and when built for
 * AArch64 and run on xnuemu: arithmetic and division, 128-bit products,
 * bit manipulation, selects, memory of every width, sorting, jump tables,
 * recursion, indirect calls, atomics (LSE or exclusives depending on
 * -march) and CRC32 (the CRC instructions against a table when built with
 * +crc). The host compiler is the independent implementation.
 */
#include <stdint.h>

#ifdef NATIVE
#include <stdio.h>
#define out printf
#else
#include "semihost.h"
#define out sh_printf
#ifdef __ARM_FEATURE_CRC32
#include <arm_acle.h>
#endif
#endif

static uint64_t rng = 0x9e3779b97f4a7c15ull;
static uint64_t mixv;

static uint64_t xs(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static void acc(uint64_t v)
{
    mixv = (mixv ^ v) * 0x100000001b3ull;
    mixv ^= mixv >> 29;
}

static void section(const char *name)
{
    out("%s: %016llx\n", name, (unsigned long long)mixv);
    mixv = 0;
}

static void arith(void)
{
    for (int i = 0; i < 2000; i++) {
        uint64_t a = xs(), b = xs() | 1;
        int64_t sa = (int64_t)a, sb = (int64_t)b;
        acc(a + b);
        acc(a - b);
        acc(a * b);
        acc(a / b);
        acc(a % b);
        if (sb != -1) {
            acc((uint64_t)(sa / sb));
            acc((uint64_t)(sa % sb));
        }
        uint32_t wa = (uint32_t)a, wb = (uint32_t)b;
        acc(wa + wb);
        acc(wa * wb);
        acc(wa / wb);
        if ((int32_t)wb != -1)
            acc((uint64_t)(int64_t)((int32_t)wa / (int32_t)wb));
        acc(a / (b >> (i & 63) | 1));
        acc(a * 3 + (b << 2) - (a >> 5));
        acc((uint64_t)(sa >> (i & 63)));
        acc(a << (i & 63));
        acc((uint64_t)(int64_t)(int32_t)wa);
        acc((uint64_t)(uint16_t)a + (uint64_t)(int8_t)b);
    }
    section("arith");
}

static void mulh(void)
{
    for (int i = 0; i < 2000; i++) {
        uint64_t a = xs(), b = xs();
        unsigned __int128 p = (unsigned __int128)a * b;
        __int128 s = (__int128)(int64_t)a * (int64_t)b;
        acc((uint64_t)(p >> 64));
        acc((uint64_t)((unsigned __int128)s >> 64));
        acc((uint64_t)(uint32_t)a * (uint32_t)b);
        acc((uint64_t)((int64_t)(int32_t)a * (int32_t)b));
        unsigned __int128 x = ((unsigned __int128)a << 64) | b;
        unsigned __int128 y = ((unsigned __int128)b << 64) | a;
        acc((uint64_t)((x + y) >> 64));
        acc((uint64_t)((x - y) >> 64));
    }
    section("mulh");
}

/* SWAR popcount: libgcc's __popcountdi2 uses Advanced SIMD */
static uint64_t popcount64(uint64_t v)
{
    v = v - ((v >> 1) & 0x5555555555555555ull);
    v = (v & 0x3333333333333333ull) + ((v >> 2) & 0x3333333333333333ull);
    v = (v + (v >> 4)) & 0x0f0f0f0f0f0f0f0full;
    return (v * 0x0101010101010101ull) >> 56;
}

static uint64_t rotl(uint64_t v, unsigned r)
{
    return (v << r) | (v >> ((64 - r) & 63));
}

static void bits(void)
{
    for (int i = 0; i < 2000; i++) {
        uint64_t a = xs(), b = xs();
        acc((uint64_t)__builtin_clzll(a | 1));
        acc((uint64_t)__builtin_ctzll(a | (1ull << 63)));
        acc((uint64_t)__builtin_clz((uint32_t)a | 1));
        acc(popcount64(a));
        acc(__builtin_bswap64(a));
        acc(__builtin_bswap32((uint32_t)a));
        acc(__builtin_bswap16((uint16_t)a));
        acc(rotl(a, (unsigned)(b & 63)));
        acc((a >> 13) & 0x7ff);
        acc((uint64_t)(((int64_t)(a << 7)) >> 50));
        acc((a & ~(0xffull << 20)) | ((b & 0xff) << 20));
        acc(a & ~b);
        acc(a | ~b);
        acc(a ^ ~b);
        acc((uint64_t)__builtin_clrsbll((int64_t)a));
        uint64_t r = 0;
        for (int k = 0; k < 64; k++)
            r |= ((a >> k) & 1) << (63 - k);
        acc(r);
    }
    section("bits");
}

static void selects(void)
{
    int64_t s = 0;
    for (int i = 0; i < 4000; i++) {
        int64_t a = (int64_t)xs(), b = (int64_t)xs();
        int64_t mn = a < b ? a : b, mx = a > b ? a : b;
        acc((uint64_t)mn);
        acc((uint64_t)mx);
        acc((uint64_t)(a < 0 ? -a : a));
        s += (uint64_t)a > (uint64_t)b;
        s += a == b ? 7 : -1;
        acc((uint64_t)s);
        acc((a & 1) ? ~(uint64_t)b : (uint64_t)b + 1);
    }
    section("selects");
}

static uint8_t buf[8192], buf2[8192];

static void my_memcpy(uint8_t *d, const uint8_t *s, unsigned n)
{
    while (n--)
        *d++ = *s++;
}

static void memory(void)
{
    for (unsigned i = 0; i < sizeof(buf); i++)
        buf[i] = (uint8_t)xs();
    for (unsigned off = 0; off < 64; off++) {
        my_memcpy(buf2 + off, buf + (off * 7) % 64, 4000);
        for (unsigned k = 0; k < 4000; k += 97)
            acc(buf2[off + k]);
    }
    for (unsigned i = 0; i + 8 <= sizeof(buf); i += 8) {
        uint64_t v = *(const uint64_t *)(const void *)(buf + i);
        uint32_t w = *(const uint32_t *)(const void *)(buf + i + 4);
        uint16_t h = *(const uint16_t *)(const void *)(buf + i + 2);
        int16_t sh = *(const int16_t *)(const void *)(buf + i + 6);
        int8_t sb = (int8_t)buf[i + 1];
        acc(v + w + h + (uint64_t)(int64_t)sh + (uint64_t)(int64_t)sb);
        *(uint32_t *)(void *)(buf2 + i) = w ^ (uint32_t)v;
        *(uint16_t *)(void *)(buf2 + i + 4) = (uint16_t)(h + 1);
        buf2[i + 6] = (uint8_t)sb;
    }
    for (unsigned i = 0; i < sizeof(buf2); i += 8)
        acc(*(const uint64_t *)(const void *)(buf2 + i));
    section("memory");
}

static void qsort64(uint64_t *a, int lo, int hi)
{
    while (lo < hi) {
        uint64_t p = a[(lo + hi) / 2];
        int i = lo, j = hi;
        while (i <= j) {
            while (a[i] < p)
                i++;
            while (a[j] > p)
                j--;
            if (i <= j) {
                uint64_t t = a[i];
                a[i++] = a[j];
                a[j--] = t;
            }
        }
        if (j - lo < hi - i) {
            qsort64(a, lo, j);
            lo = i;
        } else {
            qsort64(a, i, hi);
            hi = j;
        }
    }
}

static void sorting(void)
{
    static uint64_t v[3000];
    for (int i = 0; i < 3000; i++)
        v[i] = xs() % 100000;
    qsort64(v, 0, 2999);
    for (int i = 0; i < 3000; i++) {
        if (i && v[i - 1] > v[i])
            acc(0xbad);
        acc(v[i]);
    }
    section("sort");
}

static uint64_t op_switch(unsigned k, uint64_t a)
{
    switch (k % 17) {
    case 0: return a + 1;
    case 1: return a * 5;
    case 2: return a ^ 0x55;
    case 3: return a >> 3;
    case 4: return a << 2;
    case 5: return ~a;
    case 6: return a - 17;
    case 7: return a | 0x8000;
    case 8: return a & 0xffff0000ffffull;
    case 9: return a / 7;
    case 10: return a % 1000;
    case 11: return rotl(a, 11);
    case 12: return a * a;
    case 13: return a + (a >> 32);
    case 14: return (uint64_t)-(int64_t)a;
    case 15: return a ^ (a << 7);
    default: return a + 0x1234;
    }
}

static uint64_t fib(unsigned n)
{
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

typedef uint64_t (*OpFn)(uint64_t);
static uint64_t f_add(uint64_t a) { return a + 3; }
static uint64_t f_mul(uint64_t a) { return a * 7; }
static uint64_t f_xor(uint64_t a) { return a ^ 0xabcdef; }
static uint64_t f_shr(uint64_t a) { return a >> 1; }

static void control(void)
{
    uint64_t a = 1;
    for (unsigned k = 0; k < 5000; k++) {
        a = op_switch(k * 13 + (unsigned)(a & 7), a);
        acc(a);
    }
    acc(fib(22));
    static const OpFn ops[] = { f_add, f_mul, f_xor, f_shr };
    for (unsigned k = 0; k < 4000; k++) {
        a = ops[(k ^ (unsigned)a) & 3](a);
        acc(a);
    }
    section("control");
}

static void atomics(void)
{
    static uint64_t v64;
    static uint32_t v32;
    static uint16_t v16;
    static uint8_t v8;
    for (int i = 0; i < 3000; i++) {
        uint64_t a = xs();
        acc(__atomic_fetch_add(&v64, a, __ATOMIC_SEQ_CST));
        acc(__atomic_fetch_and(&v32, (uint32_t)a | 0x10000, __ATOMIC_ACQUIRE));
        acc(__atomic_fetch_or(&v16, (uint16_t)a, __ATOMIC_RELEASE));
        acc(__atomic_fetch_xor(&v8, (uint8_t)a, __ATOMIC_RELAXED));
        acc(__atomic_exchange_n(&v32, (uint32_t)(a >> 32), __ATOMIC_ACQ_REL));
        uint64_t expect = a & 1 ? v64 : a;
        acc((uint64_t)__atomic_compare_exchange_n(&v64, &expect, a ^ 0x77, 0, __ATOMIC_SEQ_CST,
                                                  __ATOMIC_SEQ_CST));
        acc(expect);
        acc(__atomic_add_fetch(&v16, 3, __ATOMIC_SEQ_CST));
    }
    acc(v64 + v32 + v16 + v8);
    section("atomics");
}

static uint32_t crc_table[256];

static uint32_t crc32c_sw(uint32_t crc, const uint8_t *p, unsigned n)
{
    if (!crc_table[1])
        for (uint32_t i = 0; i < 256; i++) {
            uint32_t c = i;
            for (int k = 0; k < 8; k++)
                c = c & 1 ? (c >> 1) ^ 0x82f63b78u : c >> 1;
            crc_table[i] = c;
        }
    while (n--)
        crc = crc_table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
    return crc;
}

static void crc(void)
{
    for (unsigned len = 8; len <= 4096; len *= 2) {
        uint32_t sw = crc32c_sw(~0u, buf, len);
        acc(sw);
#if !defined(NATIVE) && defined(__ARM_FEATURE_CRC32)
        uint32_t hw = ~0u;
        for (unsigned i = 0; i < len; i += 8)
            hw = __crc32cd(hw, *(const uint64_t *)(const void *)(buf + i));
        if (hw != sw)
            out("crc32c mismatch at length %u: hw %08x sw %08x\n", len, hw, sw);
        uint32_t hb = ~0u;
        for (unsigned i = 0; i < len; i++)
            hb = __crc32cb(hb, buf[i]);
        if (hb != sw)
            out("crc32cb mismatch at length %u\n", len);
#endif
    }
    section("crc32c");
}

int run_isa(void);
int run_isa(void)
{
    arith();
    mulh();
    bits();
    selects();
    memory();
    sorting();
    control();
    atomics();
    crc();
    return 0;
}

#ifdef NATIVE
int main(void)
{
    return run_isa();
}
#else
int main(void);
int main(void)
{
    return run_isa();
}
#endif
