/*
 * prog_mmu_4k64k.c — stage-1 translation at EL1 with every granule: 4 KiB (start levels 0,
 * 1), 16 KiB (0, 2), 64 KiB (1, 2), TTBR0 and TTBR1 with different granules at
 * once, blocks at each allowed level and where none is allowed, the contiguous hint,
 * address-size faults, APTable, MAIR types, TBI1 and EPD1, checked with AT/PAR_EL1 and loads.
 * Arm ARM D8.1-D8.4 (granules, starting level, descriptors, permissions), D8.12 (PAR).
 */
#include "semihost.h"

#define POOL_PA  UINT64_C(0x41000000)
#define SCTLR_ON  UINT64_C(0x30d01805)       /* M C I, SPAN */
#define SCTLR_OFF UINT64_C(0x30d01804)
#define ATTRS    (UINT64_C(3) << 8 | UINT64_C(1) << 10)   /* AttrIndx 0 (WB), IS, AF */
#define CONT     (UINT64_C(1) << 52)
#define MAIR     UINT64_C(0x0004bb44ff)    /* 0 WB, 1 NC, 2 WT, 3 nGnRE, 4 nGnRnE */
#define ATTRIDX(i) ((uint64_t)(i) << 2)
#define AP_EL0   (UINT64_C(1) << 6)
#define AP_RO    (UINT64_C(1) << 7)

void exc_handler(long kind, uint64_t *f);
int main(void);
int probe_read(uint64_t va, uint64_t *out);
uint64_t recover_pc;

__asm__(
    ".text\n"
    ".global probe_read\n"
    "probe_read:\n"
    "  adrp x9, recover_pc\n"
    "  adr x10, 1f\n"
    "  str x10, [x9, :lo12:recover_pc]\n"
    "  ldr x11, [x0]\n"
    "  str xzr, [x9, :lo12:recover_pc]\n"
    "  str x11, [x1]\n"
    "  mov x0, #0\n"
    "  ret\n"
    "1: mov x0, #1\n"
    "  ret\n");

static uint64_t abort_esr;

void exc_handler(long kind, uint64_t *f)
{
    if (kind == 4 && (f[F_ESR] >> 26) == 0x25 && recover_pc) {
        abort_esr = f[F_ESR];
        f[F_ELR] = recover_pc;
        recover_pc = 0;
        return;
    }
    unexpected_exception(kind, f);
}

static volatile uint64_t *pa_ptr(uint64_t pa)
{
    return (volatile uint64_t *)(uintptr_t)pa;
}

static uint64_t pool;

static uint64_t alloc(uint64_t size)
{
    pool = (pool + size - 1) & ~(size - 1);
    uint64_t pa = pool;
    pool += size;
    for (uint64_t i = 0; i < size; i += 8)
        *pa_ptr(pa + i) = 0;
    return pa;
}

/* One translation range: granule (log2), input size, its tables. */
struct range {
    unsigned gbits, inputsize, start;
    uint64_t root;
};

static unsigned level_lsb(const struct range *r, unsigned level)
{
    return r->gbits + (3 - level) * (r->gbits - 3);
}

static void range_init(struct range *r, unsigned gbits, unsigned tsz)
{
    unsigned stride = gbits - 3;
    r->gbits = gbits;
    r->inputsize = 64 - tsz;
    r->start = 4 - (r->inputsize - gbits + stride - 1) / stride;
    unsigned rootbits = r->inputsize - level_lsb(r, r->start);
    r->root = alloc(UINT64_C(8) << rootbits < 64 ? 64 : UINT64_C(8) << rootbits);
}

/* The descriptor slot for va at `level`, creating tables above it. */
static volatile uint64_t *slot(struct range *r, uint64_t va, unsigned level)
{
    uint64_t table = r->root;
    uint64_t oamask = UINT64_C(0x0000ffffffffffff) & ~((UINT64_C(1) << r->gbits) - 1);
    for (unsigned l = r->start;; l++) {
        unsigned lsb = level_lsb(r, l);
        unsigned bits = l == r->start ? r->inputsize - lsb : r->gbits - 3;
        volatile uint64_t *e = pa_ptr(table + 8 * ((va >> lsb) & ((UINT64_C(1) << bits) - 1)));
        if (l == level)
            return e;
        if (!(*e & 1))
            *e = alloc(UINT64_C(1) << r->gbits) | 3;
        table = *e & oamask;
    }
}

/* Map [va, va + size of `level`) to pa: a block (level < 3) or a page. */
static void map(struct range *r, uint64_t va, uint64_t pa, unsigned level, uint64_t extra)
{
    *slot(r, va, level) = pa | (level == 3 ? 3 : 1) | ATTRS | extra;
}

static uint64_t at_s1e1r(uint64_t va)
{
    uint64_t par;
    __asm__ volatile("at s1e1r, %1\n"
                     "isb\n"
                     "mrs %0, par_el1\n"
                     : "=r"(par)
                     : "r"(va)
                     : "memory");
    return par;
}

static void check(const char *what, uint64_t va)
{
    uint64_t par = at_s1e1r(va), v = 0;
    if (par & 1) {
        sh_printf("  %s 0x%016llx: AT fault FST 0x%02x", what, (unsigned long long)va,
                  (unsigned)((par >> 1) & 0x3f));
    } else {
        sh_printf("  %s 0x%016llx: AT PA 0x%llx", what, (unsigned long long)va,
                  (unsigned long long)((par & UINT64_C(0xfffffffff000)) | (va & 0xfff)));
    }
    if (probe_read(va, &v))
        sh_printf(", load: data abort DFSC 0x%02x\n", (unsigned)(abort_esr & 0x3f));
    else
        sh_printf(", load 0x%llx\n", (unsigned long long)v);
}

static uint64_t magic(uint64_t pa)
{
    uint64_t m = UINT64_C(0x6d61676900000000) | (pa & 0xffffffff);
    *pa_ptr(pa) = m;
    return m;
}

static unsigned tg0(unsigned gbits)
{
    return gbits == 12 ? 0 : gbits == 16 ? 1 : 2;
}

static unsigned tg1(unsigned gbits)
{
    return gbits == 12 ? 2 : gbits == 16 ? 3 : 1;
}

static void mmu_run(const char *name, struct range *lo, struct range *hi, unsigned ips)
{
    uint64_t tcr = (uint64_t)(64 - lo->inputsize) | 1u << 8 | 1u << 10 | 3u << 12 |
                   (uint64_t)tg0(lo->gbits) << 14 | (uint64_t)(64 - hi->inputsize) << 16 |
                   1u << 24 | 1u << 26 | 3u << 28 | (uint64_t)tg1(hi->gbits) << 30 |
                   (uint64_t)ips << 32;
    sh_printf("%s: TCR_EL1 0x%llx, TTBR0 %u KiB granule start level %u, TTBR1 %u KiB start "
              "level %u\n", name, (unsigned long long)tcr, 1u << (lo->gbits - 10), lo->start,
              1u << (hi->gbits - 10), hi->start);
    __asm__ volatile("msr sctlr_el1, %0\n"
                     "isb\n"
                     "msr mair_el1, %1\n"
                     "msr tcr_el1, %2\n"
                     "msr ttbr0_el1, %3\n"
                     "msr ttbr1_el1, %4\n"
                     "isb\n"
                     "tlbi vmalle1\n"
                     "dsb nsh\n"
                     "isb\n"
                     "msr sctlr_el1, %5\n"
                     "isb\n"
                     ::"r"(SCTLR_OFF), "r"(MAIR), "r"(tcr), "r"(lo->root),
                     "r"(hi->root), "r"(SCTLR_ON)
                     : "memory");
}

static void mmu_off(void)
{
    __asm__ volatile("msr sctlr_el1, %0; isb" ::"r"(SCTLR_OFF) : "memory");
}

/* Checks where QEMU 7.2 differs from the Arm ARM (or from our 48-bit PAs), skipped by its
 * oracle run ("portable"): block descriptors at a level without blocks are Translation
 * faults (4 KiB level 0, 16 KiB level 1 without TCR_ELx.DS; 64 KiB level 1 without 52-bit
 * PAs; QEMU maps them as blocks), and PAR_EL1.SH is 0b10 for Device and Normal
 * Non-cacheable memory (QEMU returns the descriptor's SH). */
static int strict = 1;

static void check_strict(const char *what, uint64_t va)
{
    if (strict)
        check(what, va);
}

/* AT S1E1W, S1E0R, S1E0W: permissions, including APTable */
static void check_at(const char *what, uint64_t va)
{
    uint64_t par[3];
    __asm__ volatile("at s1e1w, %3\n"
                     "isb\n"
                     "mrs %0, par_el1\n"
                     "at s1e0r, %3\n"
                     "isb\n"
                     "mrs %1, par_el1\n"
                     "at s1e0w, %3\n"
                     "isb\n"
                     "mrs %2, par_el1\n"
                     : "=&r"(par[0]), "=&r"(par[1]), "=&r"(par[2])
                     : "r"(va)
                     : "memory");
    sh_printf("  %s 0x%016llx:", what, (unsigned long long)va);
    static const char *const op[3] = { "S1E1W", "S1E0R", "S1E0W" };
    for (int i = 0; i < 3; i++) {
        if (par[i] & 1)
            sh_printf(" %s FST 0x%02x", op[i], (unsigned)((par[i] >> 1) & 0x3f));
        else
            sh_printf(" %s ok", op[i]);
    }
    sh_printf("\n");
}

/* PAR_EL1.ATTR and SH of a mapping with MAIR index idx */
static void check_attr(const char *what, uint64_t va)
{
    uint64_t par = at_s1e1r(va);
    sh_printf("  %s 0x%016llx: ATTR 0x%02x SH %u\n", what, (unsigned long long)va,
              (unsigned)(par >> 56), (unsigned)((par >> 7) & 3));
}

static int has_arg(const char *cmd, const char *arg)
{
    for (const char *p = cmd; *p; p++) {
        const char *a = arg, *q = p;
        while (*a && *q == *a)
            a++, q++;
        if (!*a)
            return 1;
    }
    return 0;
}

int main(void)
{
    struct range lo, hi;
    uint64_t p4k, p16k, p64k, cont;
    char cmd[1024];
    uint64_t block[2] = { (uint64_t)(uintptr_t)cmd, sizeof(cmd) };
    if (semihost_call(0x15, block) == 0 && has_arg(cmd, "portable"))
        strict = 0;

    /* --- 4 KiB, 48-bit (level 0) with TTBR1 64 KiB, 42-bit (level 2) --- */
    pool = POOL_PA;   /* fresh memory: no stale cached tables */
    range_init(&lo, 12, 16);
    range_init(&hi, 16, 22);
    map(&lo, 0x40000000, 0x40000000, 1, 0);                   /* V=P: 1 GiB block */
    p4k = alloc(0x1000);
    magic(p4k + 0x10);
    magic(p4k + 0xff8);
    magic(UINT64_C(0x41200000) + 0x1ffff8);
    map(&lo, UINT64_C(0x0000800040000000), 0x40000000, 1, 0);   /* L1 block, L0 index 256 */
    map(&lo, UINT64_C(0x0000000100200000), 0x41200000, 2, 0);   /* L2 block */
    map(&lo, UINT64_C(0x0000000100403000), p4k, 3, 0);          /* page */
    cont = alloc(0x10000);
    for (unsigned i = 0; i < 16; i++) {                       /* contiguous hint, 16 pages */
        magic(cont + i * 0x1000 + 8 * i);
        map(&lo, UINT64_C(0x0000000100600000) + i * 0x1000, cont + i * 0x1000, 3, CONT);
    }
    *slot(&lo, UINT64_C(0x00007f8000000000), 0) = 0x40000000 | 1 | ATTRS;   /* L0 block */
    map(&lo, UINT64_C(0x0000000100404000), UINT64_C(0x10000000000), 3, 0);   /* OA bit 40 */
    *slot(&lo, UINT64_C(0x0000000180000000), 1) = UINT64_C(0x20000000000) | 3;  /* table OA */
    /* APTable: L1 entries 8 (read-only below) and 9 (no EL0 below), EL0 RW pages */
    *slot(&lo, UINT64_C(0x0000000200000000), 1) = alloc(0x1000) | 3 | UINT64_C(1) << 62;
    *slot(&lo, UINT64_C(0x0000000240000000), 1) = alloc(0x1000) | 3 | UINT64_C(1) << 61;
    map(&lo, UINT64_C(0x0000000200000000), p4k, 3, AP_EL0);
    map(&lo, UINT64_C(0x0000000240000000), p4k, 3, AP_EL0);
    map(&lo, UINT64_C(0x0000000100407000), p4k, 3, AP_EL0);
    map(&lo, UINT64_C(0x0000000100408000), p4k, 3, AP_EL0 | AP_RO);
    map(&lo, UINT64_C(0x0000000100409000), p4k, 3, AP_RO);
    for (unsigned i = 1; i < 5; i++)                          /* memory types */
        map(&lo, UINT64_C(0x0000000100500000) + i * 0x1000, p4k, 3, ATTRIDX(i));
    p64k = alloc(0x10000);
    magic(p64k + 0x10);
    magic(p64k + 0xfff8);
    map(&hi, UINT64_C(0xffffffffe0000000), 0x40000000, 2, 0);   /* 512 MiB block */
    map(&hi, UINT64_C(0xfffffc0000010000), p64k, 3, 0);
    mmu_run("4K/48 + 64K/42", &lo, &hi, 2);
    check("L1 block (1 GiB)", UINT64_C(0x0000800040000000) + (p4k + 0x10 - 0x40000000));
    check("L2 block (2 MiB)", UINT64_C(0x0000000100200000) + 0x1ffff8);
    check("L3 page", UINT64_C(0x0000000100403010));
    check("L3 page, last word", UINT64_C(0x0000000100403ff8));
    check("contiguous page 0", UINT64_C(0x0000000100600000));
    check("contiguous page 13", UINT64_C(0x0000000100600000) + 13 * 0x1000 + 8 * 13);
    check_strict("L0 block (invalid)", UINT64_C(0x00007f8000000000));
    check("OA beyond IPS 40", UINT64_C(0x0000000100404000));
    check("table OA beyond IPS", UINT64_C(0x0000000180000000));
    check("unmapped L3", UINT64_C(0x0000000100405000));
    check("tagged (TBI0=0)", UINT64_C(0x0100000100403010));
    check("TTBR1 L2 block 512M", UINT64_C(0xffffffffe0000000) + (p64k + 0x10 - 0x40000000));
    check("TTBR1 L3 64K page", UINT64_C(0xfffffc0000010010));
    check("TTBR1 64K page end", UINT64_C(0xfffffc000001fff8));
    check("TTBR1 below range", UINT64_C(0xfffff80000000000));
    check_at("EL1 RW, EL0 none", UINT64_C(0x0000000100403000));
    check_at("EL0 RW", UINT64_C(0x0000000100407000));
    check_at("EL0 RO", UINT64_C(0x0000000100408000));
    check_at("EL1 RO, EL0 none", UINT64_C(0x0000000100409000));
    check_at("EL0 RW, APTable RO", UINT64_C(0x0000000200000000));
    check_at("EL0 RW, APTable no EL0", UINT64_C(0x0000000240000000));
    check_attr("Normal WB, IS", UINT64_C(0x0000000100403000));
    check_attr("Normal WT, IS", UINT64_C(0x0000000100502000));
    if (strict) {
        check_attr("Normal NC, IS", UINT64_C(0x0000000100501000));
        check_attr("Device nGnRE, IS", UINT64_C(0x0000000100503000));
        check_attr("Device nGnRnE, IS", UINT64_C(0x0000000100504000));
    }
    mmu_off();

    /* --- 16 KiB, 48-bit (level 0, two entries) with TTBR1 4 KiB, 39-bit (level 1) --- */
    pool = POOL_PA + 0x400000;
    range_init(&lo, 14, 16);
    range_init(&hi, 12, 25);
    map(&lo, 0x40000000, 0x40000000, 2, 0);                   /* V=P: 32 MiB block */
    p16k = alloc(0x4000);
    magic(p16k + 0x10);
    magic(p16k + 0x3ff8);
    p4k = alloc(0x1000);
    magic(p4k + 0x20);
    magic(UINT64_C(0x41200000) + 0x1ffff0);
    map(&lo, UINT64_C(0x0000000802000000), 0x40000000, 2, 0);   /* L2 block */
    map(&lo, UINT64_C(0x0000000400004000), p16k, 3, 0);
    *slot(&lo, UINT64_C(0x0000001000000000), 1) = 0x40000000 | 1 | ATTRS;   /* L1 block */
    *slot(&lo, UINT64_C(0x0000800000000000), 0) = 0x40000000 | 1 | ATTRS;   /* L0 block */
    map(&hi, UINT64_C(0xffffffffc0000000), 0x40000000, 1, 0);   /* 1 GiB block */
    map(&hi, UINT64_C(0xffffff8000200000), 0x41200000, 2, 0);   /* 2 MiB block */
    map(&hi, UINT64_C(0xffffff8000401000), p4k, 3, 0);
    mmu_run("16K/48 + 4K/39", &lo, &hi, 2);
    check("L2 block (32 MiB)", UINT64_C(0x0000000802000000) + (p16k + 0x10 - 0x40000000));
    check("L3 page", UINT64_C(0x0000000400004010));
    check("L3 page, last word", UINT64_C(0x0000000400007ff8));
    check_strict("L1 block (invalid)", UINT64_C(0x0000001000000000));
    check_strict("L0 block (invalid)", UINT64_C(0x0000800000001000));
    check("TTBR1 L1 block 1G", UINT64_C(0xffffffffc0000000) + (p4k + 0x20 - 0x40000000));
    check("TTBR1 L2 block 2M", UINT64_C(0xffffff8000200000) + 0x1ffff0);
    check("TTBR1 L3 4K page", UINT64_C(0xffffff8000401020));
    check("TTBR1 4K page + 4K", UINT64_C(0xffffff8000402020));
    mmu_off();

    /* --- 64 KiB, 42-bit (level 2) with TTBR1 16 KiB, 36-bit (level 2) --- */
    pool = POOL_PA + 0x800000;
    range_init(&lo, 16, 22);
    range_init(&hi, 14, 28);
    map(&lo, 0x40000000, 0x40000000, 2, 0);                   /* V=P: 512 MiB block */
    p64k = alloc(0x10000);
    magic(p64k + 0x10);
    magic(p64k + 0xfff8);
    p16k = alloc(0x4000);
    magic(p16k + 0x30);
    map(&lo, UINT64_C(0x0000020000000000), 0x40000000, 2, 0);   /* L2 block */
    map(&lo, UINT64_C(0x0000010000010000), p64k, 3, 0);
    map(&hi, UINT64_C(0xfffffffffe000000), 0x40000000, 2, 0);   /* 32 MiB block */
    map(&hi, UINT64_C(0xfffffff000004000), p16k, 3, 0);
    mmu_run("64K/42 + 16K/36", &lo, &hi, 5);
    check("L2 block (512 MiB)", UINT64_C(0x0000020000000000) + (p64k + 0x10 - 0x40000000));
    check("L3 page", UINT64_C(0x0000010000010010));
    check("L3 page, last word", UINT64_C(0x000001000001fff8));
    check("beyond 42 bits", UINT64_C(0x0000040000000000));
    check("TTBR1 L2 block 32M", UINT64_C(0xfffffffffe000000) + (p16k + 0x30 - 0x40000000));
    check("TTBR1 L3 16K page", UINT64_C(0xfffffff000004030));
    mmu_off();

    /* --- 64 KiB, 48-bit (level 1: 64 entries) --- */
    pool = POOL_PA + 0xc00000;
    range_init(&lo, 16, 16);
    range_init(&hi, 16, 16);
    map(&lo, 0x40000000, 0x40000000, 2, 0);
    p64k = alloc(0x10000);
    magic(p64k + 0x40);
    map(&lo, UINT64_C(0x0000fc0000000000) + 0x20000000, 0x40000000, 2, 0);   /* L1 index 63 */
    map(&lo, UINT64_C(0x0000840000010000), p64k, 3, 0);
    *slot(&lo, UINT64_C(0x0000400000000000), 1) = 0x40000000 | 1 | ATTRS;   /* L1 block */
    map(&hi, UINT64_C(0xffff000000000000), p64k, 3, 0);                      /* lowest VA */
    mmu_run("64K/48 + 64K/48", &lo, &hi, 5);
    check("L2 block, L1 index 63", UINT64_C(0x0000fc0020000000) + (p64k + 0x40 - 0x40000000));
    check("L3 page", UINT64_C(0x0000840000010040));
    check_strict("L1 block (48-bit PAs)", UINT64_C(0x0000400000000000));
    check("TTBR1 first page", UINT64_C(0xffff000000000040));
    check("TTBR1 tagged (TBI1=0)", UINT64_C(0x5aff000000000040));
    uint64_t tcr;
    __asm__ volatile("mrs %0, tcr_el1" : "=r"(tcr));
    __asm__ volatile("msr tcr_el1, %0; isb; tlbi vmalle1; dsb nsh; isb"
                     ::"r"(tcr | UINT64_C(1) << 38) : "memory");
    sh_printf("  TCR_EL1.TBI1 = 1\n");
    check("TTBR1 tagged (TBI1=1)", UINT64_C(0x5aff000000000040));
    check("TTBR0 tagged (TBI0=0)", UINT64_C(0x5a00840000010040));
    __asm__ volatile("msr tcr_el1, %0; isb; tlbi vmalle1; dsb nsh; isb"
                     ::"r"(tcr | UINT64_C(1) << 23) : "memory");
    sh_printf("  TCR_EL1.EPD1 = 1\n");
    check("TTBR1 walk disabled", UINT64_C(0xffff000000000040));
    mmu_off();
    return 0;
}
