/*
 * prog_hyp.c — a tiny hypervisor at EL2 (--el 2): 4 KiB stage 2 (40-bit IPA, two concatenated
 * level-1 tables), an MMIO hole emulated from each stage-2 Data Abort's ISV syndrome, HVCs, a
 * swapped-out guest table (S1PTW on a load and on AT), dirty logging, execute-only memory
 * (literal loads emulated), stage-2 XN, AT S12E1R; the EL1 guest (boot.S's _start and main)
 * runs its own 4 KiB stage 1. Arm ARM D8 (stage 2, VTCR/VTTBR, HPFAR_EL2), D17 ESR ISS.
 */
#include "semihost.h"

/* The hypervisor keeps its state out of .bss: the guest's boot clears .bss. */
#define HYPDATA __attribute__((section(".data")))

#define HYP_STACK   UINT64_C(0x47ff0000)     /* hypervisor-private memory, not in stage 2 */
#define S2_TABLES   UINT64_C(0x47e00000)
#define GRAM_PA     UINT64_C(0x44400000)     /* backs guest IPA 0x40400000 (4 KiB pages) */
#define GHIGH_PA    UINT64_C(0x44600000)     /* backs guest IPA 0x8000000000 (2 MiB block) */
#define GRAM_IPA    UINT64_C(0x40400000)
#define GHIGH_IPA   UINT64_C(0x8000000000)
#define MMIO_IPA    UINT64_C(0x09000000)     /* hole: emulated device */
#define MMIO_VA     UINT64_C(0x3f000000)     /* where the guest maps it */

/* guest stage-1 tables and pages (IPAs, identity-mapped by the guest) */
#define G_L1        (GRAM_IPA + 0x0000)
#define G_L2RAM     (GRAM_IPA + 0x1000)
#define G_L3        (GRAM_IPA + 0x2000)
#define G_L2DEV     (GRAM_IPA + 0x3000)
#define G_DATA      (GRAM_IPA + 0x5000)
#define G_DIRTY     (GRAM_IPA + 0x6000)
#define G_XO        (GRAM_IPA + 0x7000)      /* execute-only at stage 2 on request */

#define VTCR        UINT64_C(0x80023558)     /* T0SZ 24, SL0 1, WB, IS, 4K, PS 40-bit */
#define HCR_VM      UINT64_C(1)
#define HCR_RW      (UINT64_C(1) << 31)

/* stage-2 descriptor bits */
#define S2_NORMAL   (UINT64_C(0xf) << 2)          /* MemAttr: Normal WB */
#define S2_RW       (UINT64_C(3) << 6)
#define S2_RO       (UINT64_C(1) << 6)
#define SH_IS       (UINT64_C(3) << 8)
#define AF          (UINT64_C(1) << 10)
#define PXN         (UINT64_C(1) << 53)
#define UXN         (UINT64_C(1) << 54)
#define S2_PAGE     (3 | S2_NORMAL | SH_IS | AF)
#define S2_BLOCK    (1 | S2_NORMAL | SH_IS | AF)

void exc_handler(long kind, uint64_t *f);
void hyp_main(void);
int main(void);
extern char _start[];

/* EL2 entry: a stack for EL2 and the vectors of boot.S, then hyp_main */
__asm__(
    ".text\n"
    ".global hyp_start\n"
    "hyp_start:\n"
    "  msr daifset, #0xf\n"
    "  movz x0, #0x47ff, lsl #16\n"
    "  mov sp, x0\n"
    "  adr x0, vectors\n"
    "  msr vbar_el2, x0\n"
    "  isb\n"
    "  bl hyp_main\n"
    "  b .\n");

static volatile uint64_t *pa_ptr(uint64_t pa)
{
    return (volatile uint64_t *)(uintptr_t)pa;
}

static void zero(uint64_t pa, uint64_t len)
{
    for (uint64_t i = 0; i < len; i += 8)
        *pa_ptr(pa + i) = 0;
}

/* --- the hypervisor --- */

static uint64_t s2_l1 HYPDATA, s2_l3 HYPDATA;
static unsigned n_mmio HYPDATA, n_hvc HYPDATA, n_s1ptw HYPDATA, n_dirty HYPDATA;
static uint64_t dev_scratch HYPDATA, dev_counter HYPDATA, dev_data16 HYPDATA;
static char console[64] HYPDATA;
static unsigned console_len HYPDATA;
static uint64_t swapped_ipa HYPDATA;
static unsigned n_xo HYPDATA, n_nx HYPDATA;

static void tlbi_ipa(uint64_t ipa)
{
    __asm__ volatile("dsb ishst\n"
                     "tlbi ipas2e1is, %0\n"
                     "dsb ish\n"
                     "tlbi vmalle1is\n"
                     "dsb ish\n"
                     "isb\n" ::"r"(ipa >> 12) : "memory");
}

void hyp_main(void)
{
    uint64_t el;
    __asm__ volatile("mrs %0, CurrentEL" : "=r"(el));
    sh_printf("hyp: running at EL%u\n", (unsigned)(el >> 2));

    /* stage 2: two concatenated level-1 tables (IPA bits 39:30), 8 KiB aligned */
    s2_l1 = S2_TABLES;
    uint64_t l2_low = S2_TABLES + 0x2000, l2_high = S2_TABLES + 0x3000;
    s2_l3 = S2_TABLES + 0x4000;
    zero(S2_TABLES, 0x5000);
    *pa_ptr(s2_l1 + 8 * (0x40000000 >> 30)) = l2_low | 3;
    *pa_ptr(s2_l1 + 8 * (GHIGH_IPA >> 30)) = l2_high | 3;   /* entry 512: second table */
    *pa_ptr(l2_low + 0) = UINT64_C(0x40000000) | S2_BLOCK | S2_RW;   /* the image, V=P */
    *pa_ptr(l2_low + 8) = UINT64_C(0x40200000) | S2_BLOCK | S2_RW;
    *pa_ptr(l2_low + 16) = s2_l3 | 3;                            /* guest RAM, 4 KiB */
    for (unsigned i = 0; i < 16; i++) {
        uint64_t ap = GRAM_IPA + i * 0x1000 == G_DIRTY ? S2_RO : S2_RW;   /* dirty log */
        *pa_ptr(s2_l3 + 8 * i) = (GRAM_PA + i * 0x1000) | S2_PAGE | ap;
    }
    *pa_ptr(l2_high) = GHIGH_PA | S2_BLOCK | S2_RW;
    zero(GRAM_PA, 0x10000);
    zero(GHIGH_PA, 0x1000);
    *pa_ptr(GHIGH_PA + 0x10) = UINT64_C(0x4849474849504121);
    *pa_ptr(GRAM_PA + 0x5000) = UINT64_C(0x6775657374444154);
    sh_printf("hyp: stage 2 at 0x%llx: IPA 0x40000000-0x403fffff V=P (2 MiB blocks), "
              "0x40400000 -> 0x%llx (4 KiB pages), 0x%llx -> 0x%llx, MMIO hole at 0x%llx\n",
              (unsigned long long)s2_l1, (unsigned long long)GRAM_PA,
              (unsigned long long)GHIGH_IPA, (unsigned long long)GHIGH_PA,
              (unsigned long long)MMIO_IPA);

    uint64_t vttbr = s2_l1 | UINT64_C(1) << 48;                 /* VMID 1 */
    __asm__ volatile("msr vtcr_el2, %0\n"
                     "msr vttbr_el2, %1\n"
                     "msr hcr_el2, %2\n"
                     "msr cnthctl_el2, %3\n"
                     "msr cntvoff_el2, xzr\n"
                     "isb\n"
                     "tlbi vmalls12e1\n"
                     "dsb nsh\n"
                     "msr spsr_el2, %4\n"
                     "msr elr_el2, %5\n"
                     "isb\n"
                     ::"r"(VTCR), "r"(vttbr), "r"(HCR_VM | HCR_RW), "r"(UINT64_C(3)),
                     "r"(UINT64_C(0x3c5)), "r"((uint64_t)_start)
                     : "memory");
    sh_printf("hyp: VTCR_EL2 0x%llx VTTBR_EL2 0x%llx HCR_EL2 VM RW; ERET to the guest at "
              "EL1\n", (unsigned long long)VTCR, (unsigned long long)vttbr);
    __asm__ volatile("eret");
}

static uint64_t dev_read(uint64_t off, unsigned size)
{
    switch (off & ~UINT64_C(7)) {
    case 0x00: return UINT64_C(0x0d15ea5e00000001) >> (8 * (off & 7));   /* ID */
    case 0x08: return dev_scratch >> (8 * (off & 7));
    case 0x10: return ++dev_counter;
    case 0x18: return dev_data16;
    default: (void)size; return 0;
    }
}

static void dev_write(uint64_t off, unsigned size, uint64_t v)
{
    if ((off & ~UINT64_C(7)) == 0x08) {
        if (size == 8)
            dev_scratch = v;
        else
            dev_scratch = (dev_scratch & ~UINT64_C(0xffffffff)) | v;
    } else if (off == 0x18) {
        dev_data16 = v;
    } else if (off == 0x20) {
        if (v == '\n' || console_len == sizeof(console) - 1) {
            console[console_len] = 0;
            sh_printf("hyp: device console: \"%s\"\n", console);
            console_len = 0;
        } else {
            console[console_len++] = (char)v;
        }
    }
}

static void stage2_abort(uint64_t *f)
{
    uint64_t esr = f[F_ESR], hpfar, far = f[F_FAR];
    __asm__ volatile("mrs %0, hpfar_el2" : "=r"(hpfar));
    uint64_t ipa = (hpfar >> 4) << 12 | (far & 0xfff);
    unsigned isv = (esr >> 24) & 1, sas = (esr >> 22) & 3, sse = (esr >> 21) & 1;
    unsigned srt = (esr >> 16) & 31, sf = (esr >> 15) & 1, ar = (esr >> 14) & 1;
    unsigned cm = (esr >> 8) & 1, s1ptw = (esr >> 7) & 1, wnr = (esr >> 6) & 1;
    unsigned dfsc = esr & 0x3f;

    if (s1ptw) {
        /* the guest's walk read a table we swapped out: swap it back in */
        n_s1ptw++;
        sh_printf("hyp: stage-2 fault on the guest's stage-1 walk: ESR 0x%08llx S1PTW 1 ISV %u "
                  "CM %u WnR %u DFSC 0x%02x FAR 0x%llx HPFAR 0x%llx (table IPA 0x%llx)\n",
                  (unsigned long long)esr, isv, cm, wnr, dfsc, (unsigned long long)far,
                  (unsigned long long)hpfar, (unsigned long long)(ipa & ~UINT64_C(0xfff)));
        if ((ipa & ~UINT64_C(0xfff)) != swapped_ipa)
            unexpected_exception(8, f);
        *pa_ptr(s2_l3 + 8 * ((swapped_ipa - GRAM_IPA) >> 12)) =
            (GRAM_PA + (swapped_ipa - GRAM_IPA)) | S2_PAGE | S2_RW;
        __asm__ volatile("dsb ishst" ::: "memory");
        swapped_ipa = 0;
        sh_printf("hyp:   swapped the page back in; retry\n");
        return;
    }
    if ((dfsc & 0x3c) == 0x0c && wnr && (ipa & ~UINT64_C(0xfff)) == G_DIRTY) {
        /* dirty logging: first write to a read-only stage-2 page */
        n_dirty++;
        sh_printf("hyp: stage-2 permission fault: ESR 0x%08llx ISV %u SAS %u SRT %u WnR 1 DFSC "
                  "0x%02x IPA 0x%llx: page dirty, now writable; retry\n",
                  (unsigned long long)esr, isv, sas, srt, dfsc, (unsigned long long)ipa);
        *pa_ptr(s2_l3 + 8 * ((G_DIRTY - GRAM_IPA) >> 12)) =
            (GRAM_PA + (G_DIRTY - GRAM_IPA)) | S2_PAGE | S2_RW;
        tlbi_ipa(G_DIRTY);
        return;
    }
    if ((dfsc & 0x3c) == 0x0c && !wnr && isv && (ipa & ~UINT64_C(0xfff)) == G_XO) {
        /* a read of execute-only guest memory (e.g. a literal pool): emulate it */
        n_xo++;
        uint64_t pa = GRAM_PA + (ipa - GRAM_IPA), v;
        unsigned size = 1u << sas;
        if (size == 8)
            v = *pa_ptr(pa);
        else
            v = *(volatile uint32_t *)(uintptr_t)pa;   /* the literals are 4 or 8 bytes */
        if (sse && size == 4 && (v >> 31))
            v |= ~UINT64_C(0xffffffff);
        if (!sf)
            v &= 0xffffffff;
        if (srt != 31)
            f[srt] = v;
        sh_printf("hyp: read of execute-only memory: ESR 0x%08llx ISV %u SAS %u SSE %u SRT %u "
                  "SF %u WnR 0 DFSC 0x%02x IPA 0x%llx value 0x%llx\n", (unsigned long long)esr,
                  isv, sas, sse, srt, sf, dfsc, (unsigned long long)ipa,
                  (unsigned long long)v);
        f[F_ELR] += 4;
        return;
    }
    if (ipa < MMIO_IPA || ipa >= MMIO_IPA + 0x1000)
        unexpected_exception(8, f);
    n_mmio++;
    uint64_t off = ipa - MMIO_IPA;
    if (!isv) {
        sh_printf("hyp: MMIO 0x%llx: ESR 0x%08llx ISV 0 WnR %u DFSC 0x%02x: no syndrome, "
                  "cannot emulate; skipped\n", (unsigned long long)off,
                  (unsigned long long)esr, wnr, dfsc);
        f[F_ELR] += 4;
        return;
    }
    unsigned size = 1u << sas;
    uint64_t mask = size == 8 ? ~UINT64_C(0) : (UINT64_C(1) << (8 * size)) - 1;
    uint64_t v;
    if (wnr) {
        v = (srt == 31 ? 0 : f[srt]) & mask;
        dev_write(off, size, v);
    } else {
        v = dev_read(off, size) & mask;
        if (sse && (v >> (8 * size - 1)) & 1)
            v |= ~mask;                       /* sign-extend */
        if (!sf)
            v &= 0xffffffff;                  /* W register */
        if (srt != 31)
            f[srt] = v;
    }
    sh_printf("hyp: MMIO %s +0x%02llx: ESR 0x%08llx ISV 1 SAS %u SSE %u SRT %u SF %u AR %u "
              "WnR %u DFSC 0x%02x FAR 0x%llx IPA 0x%llx value 0x%llx\n",
              wnr ? "write" : "read ", (unsigned long long)off, (unsigned long long)esr, sas,
              sse, srt, sf, ar, wnr, dfsc, (unsigned long long)far, (unsigned long long)ipa,
              (unsigned long long)v);
    f[F_ELR] += 4;                            /* IL=1: a 32-bit instruction */
}

static void hvc(uint64_t *f)
{
    unsigned imm = f[F_ESR] & 0xffff;
    n_hvc++;
    switch (imm) {
    case 0:                                   /* version */
        f[0] = 0x10002;
        break;
    case 1:                                   /* add */
        f[0] = f[0] + f[1];
        break;
    case 2:                                   /* swap out a guest page (IPA in x0) */
        swapped_ipa = f[0] & ~UINT64_C(0xfff);
        *pa_ptr(s2_l3 + 8 * ((swapped_ipa - GRAM_IPA) >> 12)) = 0;
        tlbi_ipa(swapped_ipa);
        f[0] = 0;
        break;
    case 3: {                                 /* AT S12E1R for the guest (VA in x0) */
        uint64_t saved, par;
        __asm__ volatile("mrs %0, par_el1\n"
                         "at s12e1r, %2\n"
                         "isb\n"
                         "mrs %1, par_el1\n"
                         "msr par_el1, %0\n"
                         : "=&r"(saved), "=&r"(par)
                         : "r"(f[0]));
        f[0] = par;
        break;
    }
    case 4:                                   /* statistics */
        sh_printf("hyp: %u MMIO emulations, %u HVCs, %u S1PTW faults, %u dirty pages, "
                  "%u execute-only reads, %u execute faults\n", n_mmio, n_hvc, n_s1ptw,
                  n_dirty, n_xo, n_nx);
        break;
    case 6:                                   /* make a guest page non-executable */
        *pa_ptr(s2_l3 + 8 * ((f[0] - GRAM_IPA) >> 12)) =
            (GRAM_PA + (f[0] - GRAM_IPA)) | S2_PAGE | S2_RW | UXN;   /* XN */
        tlbi_ipa(f[0]);
        f[0] = 0;
        break;
    case 5:                                   /* make a guest page execute-only */
        *pa_ptr(s2_l3 + 8 * ((f[0] - GRAM_IPA) >> 12)) =
            (GRAM_PA + (f[0] - GRAM_IPA)) | S2_PAGE;   /* S2AP 00, XN 0 */
        tlbi_ipa(f[0]);
        f[0] = 0;
        break;
    default:
        f[0] = ~UINT64_C(0);
    }
    if (imm == 3)      /* PAR_EL1: NS and bit 11 are UNKNOWN/RES1, the guest decodes it */
        sh_printf("hyp: HVC #3: ESR 0x%08llx, AT S12E1R PAR_EL1.F %u\n",
                  (unsigned long long)f[F_ESR], (unsigned)(f[0] & 1));
    else
        sh_printf("hyp: HVC #%u: ESR 0x%08llx, returns 0x%llx\n", imm,
                  (unsigned long long)f[F_ESR], (unsigned long long)f[0]);
}

/* a stage-2 instruction abort: the page was made non-executable; allow it again */
static void stage2_iabt(uint64_t *f)
{
    uint64_t esr = f[F_ESR], hpfar;
    __asm__ volatile("mrs %0, hpfar_el2" : "=r"(hpfar));
    uint64_t ipa = (hpfar >> 4) << 12 | (f[F_FAR] & 0xfff);
    sh_printf("hyp: stage-2 instruction abort: ESR 0x%08llx IFSC 0x%02x S1PTW %u FAR 0x%llx "
              "IPA 0x%llx ELR 0x%llx\n", (unsigned long long)esr, (unsigned)(esr & 0x3f),
              (unsigned)((esr >> 7) & 1), (unsigned long long)f[F_FAR],
              (unsigned long long)ipa, (unsigned long long)f[F_ELR]);
    if ((ipa & ~UINT64_C(0xfff)) != G_XO || (esr & 0x3c) != 0x0c)
        unexpected_exception(8, f);
    n_nx++;
    *pa_ptr(s2_l3 + 8 * ((G_XO - GRAM_IPA) >> 12)) = (GRAM_PA + (G_XO - GRAM_IPA)) | S2_PAGE |
                                                      S2_RW;
    tlbi_ipa(G_XO);
    sh_printf("hyp:   page executable again; retry\n");
}

void exc_handler(long kind, uint64_t *f)
{
    uint64_t el;
    __asm__ volatile("mrs %0, CurrentEL" : "=r"(el));
    unsigned ec = (unsigned)(f[F_ESR] >> 26);
    if (el >> 2 == 2 && kind == 8 && ec == 0x24)
        stage2_abort(f);
    else if (el >> 2 == 2 && kind == 8 && ec == 0x20)
        stage2_iabt(f);
    else if (el >> 2 == 2 && kind == 8 && ec == 0x16)
        hvc(f);
    else
        unexpected_exception(kind, f);
}

/* --- the guest (EL1) --- */

/* position-independent code with a literal pool, copied to G_XO */
extern const char xo_start[], xo_end[];
__asm__(
    ".section .rodata\n"
    ".balign 8\n"
    "xo_start:\n"
    "  ldr x0, 1f\n"
    "  ldr w1, 2f\n"
    "  ldrsw x2, 2f\n"
    "  ret\n"
    "1: .quad 0x1122334455667788\n"
    "2: .word 0x80000001\n"
    "  .word 0\n"
    "xo_end:\n"
    ".text\n");

static uint64_t hvc_call(unsigned imm, uint64_t a, uint64_t b)
{
    register uint64_t x0 __asm__("x0") = a;
    register uint64_t x1 __asm__("x1") = b;
    switch (imm) {
    case 0: __asm__ volatile("hvc #0" : "+r"(x0) : "r"(x1) : "memory"); break;
    case 1: __asm__ volatile("hvc #1" : "+r"(x0) : "r"(x1) : "memory"); break;
    case 2: __asm__ volatile("hvc #2" : "+r"(x0) : "r"(x1) : "memory"); break;
    case 3: __asm__ volatile("hvc #3" : "+r"(x0) : "r"(x1) : "memory"); break;
    case 4: __asm__ volatile("hvc #4" : "+r"(x0) : "r"(x1) : "memory"); break;
    case 5: __asm__ volatile("hvc #5" : "+r"(x0) : "r"(x1) : "memory"); break;
    default: __asm__ volatile("hvc #6" : "+r"(x0) : "r"(x1) : "memory"); break;
    }
    return x0;
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

static void print_par(const char *what, uint64_t va, uint64_t par)
{
    if (par & 1)
        sh_printf("guest: %s 0x%llx: fault, FST 0x%02x S %u PTW %u\n", what,
                  (unsigned long long)va, (unsigned)((par >> 1) & 0x3f),
                  (unsigned)((par >> 9) & 1), (unsigned)((par >> 8) & 1));
    else
        sh_printf("guest: %s 0x%llx -> 0x%llx ATTR 0x%02x SH %u\n", what,
                  (unsigned long long)va,
                  (unsigned long long)((par & UINT64_C(0xfffffffff000)) | (va & 0xfff)),
                  (unsigned)(par >> 56), (unsigned)((par >> 7) & 3));
}

#define G_NORMAL (SH_IS | AF)                        /* AttrIndx 0, EL1 RW */
#define G_DEVICE ((UINT64_C(1) << 2) | (UINT64_C(2) << 8) | AF | PXN | UXN) /* AttrIndx 1, OSH */

static void guest_mmu_on(void)
{
    for (uint64_t t = G_L1; t < G_L2DEV + 0x1000; t += 8)
        *pa_ptr(t) = 0;
    *pa_ptr(G_L1 + 8 * 0) = G_L2DEV | 3;
    *pa_ptr(G_L1 + 8 * 1) = G_L2RAM | 3;
    *pa_ptr(G_L1 + 8 * 2) = UINT64_C(0x40000000) | 1 | G_NORMAL;   /* 1 GiB alias at 2 GiB */
    *pa_ptr(G_L1 + 8 * 3) = GHIGH_IPA | 1 | G_NORMAL;              /* 1 GiB at 3 GiB */
    *pa_ptr(G_L2RAM + 0) = UINT64_C(0x40000000) | 1 | G_NORMAL;    /* 2 MiB blocks, V=IPA */
    *pa_ptr(G_L2RAM + 8) = UINT64_C(0x40200000) | 1 | G_NORMAL;
    *pa_ptr(G_L2RAM + 16) = G_L3 | 3;
    for (unsigned i = 0; i < 16; i++)
        *pa_ptr(G_L3 + 8 * i) = (GRAM_IPA + i * 0x1000) | 3 | G_NORMAL | UXN |
                                (GRAM_IPA + i * 0x1000 == G_XO ? 0 : PXN);
    *pa_ptr(G_L2DEV + 8 * (MMIO_VA >> 21)) = MMIO_IPA | 1 | G_DEVICE;
    __asm__ volatile("msr mair_el1, %0\n"
                     "msr tcr_el1, %1\n"
                     "msr ttbr0_el1, %2\n"
                     "isb\n"
                     "tlbi vmalle1\n"
                     "dsb nsh\n"
                     "isb\n"
                     "msr sctlr_el1, %3\n"
                     "isb\n"
                     ::"r"(UINT64_C(0x04ff)),                   /* 0 Normal WB, 1 nGnRE */
                     "r"(UINT64_C(0x280803519)),                /* T0SZ 25, 4K, EPD1, 40-bit */
                     "r"(G_L1), "r"(UINT64_C(0x30d01805))       /* M C I */
                     : "memory");
}

int main(void)
{
    uint64_t el;
    __asm__ volatile("mrs %0, CurrentEL" : "=r"(el));
    sh_printf("guest: running at EL%u, stage 1 off\n", (unsigned)(el >> 2));
    uint32_t id;
    __asm__ volatile("mov x9, %1\n"
                     "ldr w1, [x9]\n"
                     "mov %w0, w1\n"
                     : "=r"(id)
                     : "r"(MMIO_IPA)
                     : "x1", "x9", "memory");
    sh_printf("guest: device ID with stage 1 off (VA = IPA): 0x%x\n", id);
    sh_printf("guest: hypervisor version 0x%llx\n", (unsigned long long)hvc_call(0, 0, 0));
    sh_printf("guest: hypervisor says 40 + 2 = %llu\n", (unsigned long long)hvc_call(1, 40, 2));

    guest_mmu_on();
    sh_printf("guest: stage 1 on (4 KiB granule, tables at IPA 0x%llx)\n",
              (unsigned long long)G_L1);

    /* the device, through stage-2 aborts the hypervisor emulates */
    uint64_t r[12];
    const char *msg = "ok\n";
    __asm__ volatile(
        "mov x9, %[dev]\n"
        "movz x16, #0x5a5a\n"
        "mov x17, x16\n"
        "ldr w1, [x9]\n"                    /* ID, 32-bit */
        "movz x2, #0x5678\n"
        "movk x2, #0x1234, lsl #16\n"
        "movk x2, #0xbeef, lsl #32\n"
        "movk x2, #0xdead, lsl #48\n"
        "str x2, [x9, #8]\n"                /* scratch, 64-bit */
        "ldr w3, [x9, #8]\n"
        "ldr x4, [x9, #8]\n"
        "ldrb w5, [x9, #0x10]\n"            /* counter, byte */
        "ldrb w5, [x9, #0x10]\n"
        "movz w6, #0x8001\n"
        "movk w6, #1, lsl #16\n"
        "strh w6, [x9, #0x18]\n"            /* 16-bit store of a wider register */
        "ldrsh x7, [x9, #0x18]\n"           /* sign-extending to 64 bits */
        "ldrsh w8, [x9, #0x18]\n"           /* sign-extending to 32 bits */
        "add x11, x9, #8\n"
        "stlr w6, [x11]\n"                  /* release: AR */
        "ldar x10, [x11]\n"                 /* acquire: AR */
        "str xzr, [x9, #8]\n"               /* SRT 31 */
        "mov x12, #0x10\n"
        "ldr w13, [x9, x12]\n"              /* register offset */
        "add x14, x9, #0x20\n"
        "ldur x15, [x14, #-0x18]\n"         /* unscaled, negative offset */
        "ldp w16, w17, [x9]\n"              /* no syndrome: ISV 0 */
        "1: ldrb w20, [%[msg]], #1\n"
        "cbz w20, 2f\n"
        "strb w20, [x9, #0x20]\n"           /* console */
        "b 1b\n"
        "2: stp x1, x3, [%[r]]\n"
        "stp x4, x5, [%[r], #16]\n"
        "stp x7, x8, [%[r], #32]\n"
        "stp x10, x13, [%[r], #48]\n"
        "stp x15, x16, [%[r], #64]\n"
        "str x17, [%[r], #80]\n"
        : [msg] "+r"(msg)
        : [dev] "r"(MMIO_VA), [r] "r"(r)
        : "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10", "x11", "x12", "x13",
          "x14", "x15", "x16", "x17", "x20", "memory");
    sh_printf("guest: ID 0x%llx, scratch low 0x%llx, scratch 0x%llx, counter %llu\n",
              (unsigned long long)r[0], (unsigned long long)r[1], (unsigned long long)r[2],
              (unsigned long long)r[3]);
    sh_printf("guest: LDRSH x 0x%llx, LDRSH w 0x%llx, LDAR 0x%llx, LDR (register) %llu, "
              "LDUR 0x%llx, LDP left 0x%llx 0x%llx\n",
              (unsigned long long)r[4], (unsigned long long)r[5], (unsigned long long)r[6],
              (unsigned long long)r[7], (unsigned long long)r[8], (unsigned long long)r[9],
              (unsigned long long)r[10]);

    /* two stages: the guest sees IPAs, the hypervisor's AT S12E1R the PA */
    print_par("AT S1E1R   ", G_DATA, at_s1e1r(G_DATA));
    print_par("AT S12E1R  ", G_DATA, hvc_call(3, G_DATA, 0));
    print_par("AT S12E1R  ", MMIO_VA, hvc_call(3, MMIO_VA, 0));
    print_par("AT S1E1R   ", MMIO_VA, at_s1e1r(MMIO_VA));
    print_par("AT S1E1R   ", UINT64_C(0xc0000010), at_s1e1r(UINT64_C(0xc0000010)));
    print_par("AT S12E1R  ", UINT64_C(0xc0000010), hvc_call(3, UINT64_C(0xc0000010), 0));
    sh_printf("guest: data page 0x%llx, through the 1 GiB alias 0x%llx, at 3 GiB 0x%llx\n",
              (unsigned long long)*pa_ptr(G_DATA),
              (unsigned long long)*pa_ptr(G_DATA + 0x40000000),
              (unsigned long long)*pa_ptr(0xc0000010));

    /* dirty logging: the page is read-only at stage 2 until written */
    uint64_t v = 0x77;
    __asm__ volatile("mov x9, %1\n"
                     "mov x3, %0\n"
                     "str x3, [x9]\n"
                     ::"r"(v), "r"(G_DIRTY)
                     : "x3", "x9", "memory");
    sh_printf("guest: dirty page holds 0x%llx\n", (unsigned long long)*pa_ptr(G_DIRTY));

    /* the hypervisor takes our level-3 table away: the next walk through it faults */
    hvc_call(2, G_L3, 0);
    __asm__ volatile("ldr %0, [%1]" : "=r"(v) : "r"(G_DATA) : "memory");
    sh_printf("guest: load through the swapped-out table: 0x%llx\n", (unsigned long long)v);
    hvc_call(2, G_L3, 0);
    print_par("AT S1E1R   ", G_DATA + 8, at_s1e1r(G_DATA + 8));

    /* code whose literal pool sits in execute-only (stage 2) memory */
    volatile uint32_t *xo = (volatile uint32_t *)(uintptr_t)G_XO;
    for (const uint32_t *p = (const uint32_t *)xo_start; p < (const uint32_t *)xo_end; p++)
        *xo++ = *p;
    __asm__ volatile("dc cvau, %0; dsb ish; ic iallu; dsb ish; isb" ::"r"(G_XO) : "memory");
    hvc_call(5, G_XO, 0);
    uint64_t l0, l1, l2;
    __asm__ volatile("blr %3\n"
                     "mov %0, x0\n"
                     "mov %1, x1\n"
                     "mov %2, x2\n"
                     : "=r"(l0), "=r"(l1), "=r"(l2)
                     : "r"(G_XO)
                     : "x0", "x1", "x2", "x30", "memory");
    sh_printf("guest: literals from execute-only memory: 0x%llx 0x%llx 0x%llx\n",
              (unsigned long long)l0, (unsigned long long)l1, (unsigned long long)l2);
    hvc_call(6, G_XO, 0);                     /* now data, not code */
    __asm__ volatile("blr %3\n"
                     "mov %0, x0\n"
                     "mov %1, x1\n"
                     "mov %2, x2\n"
                     : "=r"(l0), "=r"(l1), "=r"(l2)
                     : "r"(G_XO)
                     : "x0", "x1", "x2", "x30", "memory");
    sh_printf("guest: the same code after the stage-2 execute fault: 0x%llx 0x%llx 0x%llx\n",
              (unsigned long long)l0, (unsigned long long)l1, (unsigned long long)l2);
    hvc_call(4, 0, 0);
    return 0;
}
