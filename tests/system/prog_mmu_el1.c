/*
 * prog_mmu_el1.c — an OS-like kernel at EL1 using the MMU the way XNU does: 16 KiB granule
 * with XNU's TCR_EL1 (0x226519a519), the kernel moved to a TTBR1 address (16 KiB pages and
 * a 32 MiB level-2 block), two EL0 processes in 64-byte-aligned TTBR0 roots with ASIDs,
 * access-flag and copy-on-write permission faults, TBI0 data and branch addresses, AT/PAR_EL1
 * (kvtophys), PAN with LDTR/STTR. Arm ARM D8 (VMSAv8-64: granules and lookup levels,
 * descriptors, access permissions and PAN, Access flag, TBI, AT and PAR, TLB maintenance).
 */
#include "semihost.h"

#define PAGE        UINT64_C(0x4000)
#define RAM_PA      UINT64_C(0x40000000)
#define POOL_PA     UINT64_C(0x42000000)          /* 32 MiB of page frames */
#define PHYSMAP_VA  UINT64_C(0xfffffff010000000)  /* one level-2 block: the pool */
#define KVBASE      UINT64_C(0xfffffff007004000)  /* where the kernel image runs */
#define UBASE       UINT64_C(0x100000000)         /* user processes */

#define TCR_XNU     UINT64_C(0x226519a519)
#define MAIR        UINT64_C(0x04bb4400ff)        /* 0 WB, 1 nGnRnE, 2 NC, 3 WT, 4 nGnRE */
/* M C SA SA0 I nTWI nTWE + RES1 {11,20,22,28,29}; SPAN=0: PAN set on exception entry */
#define SCTLR       UINT64_C(0x3055181d)

#define D_TABLE     UINT64_C(3)
#define D_PAGE      UINT64_C(3)
#define D_BLOCK     UINT64_C(1)
#define AP_EL0      (UINT64_C(1) << 6)
#define AP_RO       (UINT64_C(1) << 7)
#define SH_IS       (UINT64_C(3) << 8)
#define AF          (UINT64_C(1) << 10)
#define NG          (UINT64_C(1) << 11)
#define PXN         (UINT64_C(1) << 53)
#define UXN         (UINT64_C(1) << 54)
#define OA_MASK     UINT64_C(0x0000ffffffffc000)
#define TAG_MASK    UINT64_C(0x00ffffffffffffff)

#define L1(va) (((va) >> 36) & 7)
#define L2(va) (((va) >> 25) & 0x7ff)
#define L3(va) (((va) >> 14) & 0x7ff)

extern char _start[], __bss_start[], __stack_el0_top[], kernel_resume[];
extern const char user_prog_start[], user_prog_end[];
_Noreturn void mmu_enable_and_go_high(uint64_t sctlr, uint64_t slide, void (*fn)(void));
void run_user(uint64_t pc, uint64_t sp, uint64_t ttbr0);
int probe_read(uint64_t va, uint64_t *out);
int probe_write(uint64_t va, uint64_t val);
void exc_handler(long kind, uint64_t *f);
int main(void);

/* Enable the MMU while running at the physical address (mapped V=P in TTBR0), branch to
 * the same code at its TTBR1 address, move the stack and vectors there, call fn. */
__asm__(
    ".text\n"
    ".global mmu_enable_and_go_high\n"
    "mmu_enable_and_go_high:\n"
    "  dsb sy\n"
    "  msr sctlr_el1, x0\n"
    "  isb\n"
    "  adr x3, 1f\n"
    "  add x3, x3, x1\n"
    "  br x3\n"
    "1: add sp, sp, x1\n"
    "  adr x4, vectors\n"
    "  msr vbar_el1, x4\n"
    "  isb\n"
    "  add x2, x2, x1\n"
    "  mov x29, xzr\n"
    "  mov x30, xzr\n"
    "  br x2\n"
    /* run_user(pc, sp, ttbr0): enter EL0; kernel_resume comes back here */
    ".global run_user\n"
    "run_user:\n"
    "  stp x19, x20, [sp, #-96]!\n"
    "  stp x21, x22, [sp, #16]\n"
    "  stp x23, x24, [sp, #32]\n"
    "  stp x25, x26, [sp, #48]\n"
    "  stp x27, x28, [sp, #64]\n"
    "  stp x29, x30, [sp, #80]\n"
    "  mov x9, sp\n"
    "  adrp x10, kctx_sp\n"
    "  str x9, [x10, :lo12:kctx_sp]\n"
    "  msr ttbr0_el1, x2\n"
    "  msr sp_el0, x1\n"
    "  msr elr_el1, x0\n"
    "  msr spsr_el1, xzr\n"
    "  eret\n"
    ".global kernel_resume\n"
    "kernel_resume:\n"
    "  adrp x10, kctx_sp\n"
    "  ldr x9, [x10, :lo12:kctx_sp]\n"
    "  mov sp, x9\n"
    "  ldp x21, x22, [sp, #16]\n"
    "  ldp x23, x24, [sp, #32]\n"
    "  ldp x25, x26, [sp, #48]\n"
    "  ldp x27, x28, [sp, #64]\n"
    "  ldp x29, x30, [sp, #80]\n"
    "  ldp x19, x20, [sp], #96\n"
    "  ret\n"
    /* probe_read(va, out): 0 and *out, or 1 after a data abort (recover_pc) */
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
    "  ret\n"
    ".global probe_write\n"
    "probe_write:\n"
    "  adrp x9, recover_pc\n"
    "  adr x10, 1f\n"
    "  str x10, [x9, :lo12:recover_pc]\n"
    "  str x1, [x0]\n"
    "  str xzr, [x9, :lo12:recover_pc]\n"
    "  mov x0, #0\n"
    "  ret\n"
    "1: mov x0, #1\n"
    "  ret\n"
    /* The user program, copied into each process's code page. Its first instruction is
     * patched with the process's letter. Pages: code +0, data +0x4000 (length, text;
     * +0x100 writer flag), AF=0 pages +0x8000 +0xc000, shared read-only +0x10000, stack
     * below +0x20000. System calls: SVC #0x80, number in x16 (XNU style). */
    ".section .rodata\n"
    ".balign 16\n"
    ".global user_prog_start\n"
    "user_prog_start:\n"
    "  movz x24, #0\n"
    "  movz x19, #1, lsl #32\n"
    "  add x20, x19, #0x4000\n"
    "  mov x0, x24\n"
    "  add x1, x20, #8\n"
    "  ldr x2, [x20]\n"
    "  mov x16, #4\n"                     /* write(id, text, len) */
    "  svc #0x80\n"
    "  add x0, x20, #0x200\n"
    "  mov x16, #5\n"                     /* getinfo(buf): copyout */
    "  svc #0x80\n"
    "  ldr x0, [x20, #0x200]\n"
    "  mov x16, #3\n"                     /* report(x0) */
    "  svc #0x80\n"
    "  add x21, x19, #0x8000\n"
    "  ldr x3, [x21]\n"                   /* AF=0 page: access flag fault, read */
    "  add x22, x19, #0xc000\n"
    "  movz x5, #0x5a00, lsl #48\n"
    "  orr x23, x22, x5\n"                /* tagged alias of the second AF=0 page */
    "  movz x6, #0x1234\n"
    "  add x6, x6, x24\n"
    "  str x6, [x23, #8]\n"               /* access flag fault, write, tagged address */
    "  ldr x7, [x22, #8]\n"
    "  add x0, x3, x7\n"
    "  mov x16, #3\n"
    "  svc #0x80\n"
    "  ldr x3, [x21, #16]\n"              /* no further faults */
    "  str x3, [x23, #16]\n"
    "  mov x16, #2\n"                     /* yield */
    "  svc #0x80\n"
    "  add x25, x19, #0x10000\n"
    "  orr x27, x25, x5\n"
    "  ldr x0, [x27]\n"                   /* shared read-only page, tagged address */
    "  mov x16, #3\n"
    "  svc #0x80\n"
    "  ldr x9, [x20, #0x100]\n"
    "  cbz x9, 2f\n"
    "  movz x10, #0xc0de\n"
    "  add x10, x10, x24\n"
    "  str x10, [x25]\n"                  /* permission fault: copy-on-write */
    "  ldr x0, [x27]\n"                   /* the tagged alias sees the new page */
    "  mov x16, #3\n"
    "  svc #0x80\n"
    "  ldr x0, [x25, #8]\n"               /* the rest of the page was copied */
    "  mov x16, #3\n"
    "  svc #0x80\n"
    "  adr x11, 3f\n"
    "  orr x11, x11, x5\n"
    "  blr x11\n"                         /* tagged branch target: the PC has no tag */
    "  mov x16, #3\n"
    "  svc #0x80\n"
    "  mov x16, #2\n"
    "  svc #0x80\n"
    "  b 4f\n"
    "2: movz x26, #0xffff, lsl #48\n"
    "  movk x26, #0xfff0, lsl #32\n"
    "  movk x26, #0x0700, lsl #16\n"
    "  movk x26, #0x4000\n"
    "  ldr x0, [x26]\n"                  /* kernel memory from EL0: permission fault */
    "  blr x20\n"                        /* the data page is UXN: instruction abort */
    "4: mov x0, x24\n"
    "  sub x0, x0, #0x41\n"
    "  mov x16, #1\n"                     /* exit(id - 'A') */
    "  svc #0x80\n"
    "  b .\n"
    "3: adr x0, .\n"
    "  ret\n"
    ".global user_prog_end\n"
    "user_prog_end:\n"
    ".text\n");

/* --- physical pages and tables --- */

static uint64_t pool_next = POOL_PA, small_next, small_end;
static uint64_t phys_off;        /* 0 while the MMU is off, then the physmap offset */
uint64_t kctx_sp, recover_pc;

static volatile uint64_t *ptov(uint64_t pa)
{
    return (volatile uint64_t *)(uintptr_t)(pa + phys_off);
}

static uint64_t alloc_page(void)
{
    uint64_t pa = pool_next;
    pool_next += PAGE;
    volatile uint64_t *p = ptov(pa);
    for (unsigned i = 0; i < PAGE / 8; i++)
        p[i] = 0;
    return pa;
}

/* 64-byte root tables (8 entries: bits 38:36), deliberately not page-aligned */
static uint64_t alloc_root(void)
{
    if (small_next == small_end) {
        small_next = alloc_page() + 0x40;
        small_end = small_next - 0x40 + PAGE;
    }
    uint64_t pa = small_next;
    small_next += 0x40;
    return pa;
}

/* AT S1E1R and PAR_EL1, as XNU's kvtophys */
static uint64_t at(uint64_t va, int el0, int write)
{
    uint64_t par;
    if (el0 && write)
        __asm__ volatile("at s1e0w, %0" ::"r"(va));
    else if (el0)
        __asm__ volatile("at s1e0r, %0" ::"r"(va));
    else if (write)
        __asm__ volatile("at s1e1w, %0" ::"r"(va));
    else
        __asm__ volatile("at s1e1r, %0" ::"r"(va));
    __asm__ volatile("isb; mrs %0, par_el1" : "=r"(par));
    return par;
}

static void print_par(const char *what, uint64_t va, uint64_t par)
{
    if (par & 1)
        sh_printf("  %s 0x%016llx: fault, FST 0x%02x S %u PTW %u\n", what,
                  (unsigned long long)va, (unsigned)((par >> 1) & 0x3f),
                  (unsigned)((par >> 9) & 1), (unsigned)((par >> 8) & 1));
    else
        sh_printf("  %s 0x%016llx: PA 0x%llx ATTR 0x%02x SH %u\n", what,
                  (unsigned long long)va,
                  (unsigned long long)((par & UINT64_C(0xfffffffff000)) | (va & 0xfff)),
                  (unsigned)(par >> 56), (unsigned)((par >> 7) & 3));
}

static uint64_t kvtophys(uint64_t va)
{
    uint64_t par = at(va, 0, 0);
    if (par & 1)
        return 0;
    return (par & UINT64_C(0x0000fffffffff000)) | (va & 0xfff);
}

/* --- processes --- */

struct proc {
    uint64_t regs[31], pc, spsr, sp, ttbr0, root;
    unsigned asid, alive;
    char name;
};

static struct proc procs[2];
static struct proc *cur;
static uint64_t shared_pa;
static unsigned af_faults, perm_faults, syscalls;

/* the level-3 entry of a user VA, through the physmap */
static volatile uint64_t *user_pte(const struct proc *p, uint64_t va)
{
    uint64_t l1 = ptov(p->root)[L1(va)];
    if ((l1 & 3) != D_TABLE)
        return 0;
    uint64_t l2 = ptov(l1 & OA_MASK)[L2(va)];
    if ((l2 & 3) != D_TABLE)
        return 0;
    return &ptov(l2 & OA_MASK)[L3(va)];
}

static void map_user(struct proc *p, uint64_t va, uint64_t pa, uint64_t attrs)
{
    volatile uint64_t *root = ptov(p->root);
    if (!(root[L1(va)] & 1))
        root[L1(va)] = alloc_page() | D_TABLE;
    volatile uint64_t *l2 = ptov(root[L1(va)] & OA_MASK);
    if (!(l2[L2(va)] & 1))
        l2[L2(va)] = alloc_page() | D_TABLE;
    ptov(l2[L2(va)] & OA_MASK)[L3(va)] = pa | attrs;
}

#define U_RW  (D_PAGE | SH_IS | AF | NG | AP_EL0 | PXN | UXN)
#define U_RO  (U_RW | AP_RO)
#define U_RX  (D_PAGE | SH_IS | AF | NG | AP_EL0 | AP_RO | PXN)

static void create_proc(struct proc *p, char name, unsigned asid, int writer)
{
    p->name = name;
    p->asid = asid;
    p->alive = 1;
    p->root = alloc_root();
    uint64_t code = alloc_page();
    volatile uint32_t *c = (volatile uint32_t *)ptov(code);
    const uint32_t *src = (const uint32_t *)user_prog_start;
    unsigned n = (unsigned)((user_prog_end - user_prog_start) / 4);
    for (unsigned i = 0; i < n; i++)
        c[i] = src[i];
    c[0] |= (uint32_t)name << 5;                   /* movz x24, #name */
    for (unsigned i = 0; i < n; i += 16)           /* to the point of unification */
        __asm__ volatile("dc cvau, %0" ::"r"(&c[i]) : "memory");
    __asm__ volatile("dsb ish; ic iallu; dsb ish; isb" ::: "memory");
    map_user(p, UBASE, code, writer ? U_RX : U_RX & ~AF);   /* B: code faulted in */

    uint64_t data = alloc_page();
    volatile uint64_t *d = ptov(data);
    static const char msg[] = "hello from process ?, 16 KiB pages, ASID ?\n";
    volatile char *text = (volatile char *)&d[1];
    unsigned len = 0;
    for (; msg[len]; len++)
        text[len] = msg[len] == '?' ? (len < 30 ? name : (char)('0' + asid)) : msg[len];
    d[0] = len;
    d[0x100 / 8] = (uint64_t)writer;
    map_user(p, UBASE + 0x4000, data, U_RW);
    map_user(p, UBASE + 0x8000, alloc_page(), U_RW & ~AF);
    map_user(p, UBASE + 0xc000, alloc_page(), U_RW & ~AF);
    map_user(p, UBASE + 0x10000, shared_pa, U_RO);
    map_user(p, UBASE + 0x1c000, alloc_page(), U_RW);
    p->pc = UBASE;
    p->spsr = 0;
    p->sp = UBASE + 0x20000;
    p->ttbr0 = p->root | (uint64_t)asid << 48;
}

static void save_ctx(struct proc *p, const uint64_t *f)
{
    for (int i = 0; i < 31; i++)
        p->regs[i] = f[i];
    p->pc = f[F_ELR];
    p->spsr = f[F_SPSR];
    __asm__ volatile("mrs %0, sp_el0" : "=r"(p->sp));
}

/* Switch address spaces: the new TTBR0 (root | ASID) is written here and the first user
 * access after it is the ERET's instruction fetch; no ISB in between (ERET synchronizes). */
static void load_ctx(struct proc *p, uint64_t *f)
{
    for (int i = 0; i < 31; i++)
        f[i] = p->regs[i];
    f[F_ELR] = p->pc;
    f[F_SPSR] = p->spsr;
    __asm__ volatile("msr sp_el0, %0" ::"r"(p->sp));
    __asm__ volatile("msr ttbr0_el1, %0" ::"r"(p->ttbr0) : "memory");
    cur = p;
}

static struct proc *other(const struct proc *p)
{
    struct proc *o = p == &procs[0] ? &procs[1] : &procs[0];
    return o->alive ? o : 0;
}

static uint64_t read_pan(void)
{
    uint64_t v;
    __asm__ volatile("mrs %0, s3_0_c4_c2_3" : "=r"(v));
    return (v >> 22) & 1;
}

static void syscall(uint64_t *f)
{
    uint64_t nr = f[16];
    struct proc *p = cur, *o;
    if (syscalls++ == 0)
        sh_printf("  first system call: from 0x%llx, PSTATE.PAN %u in the handler "
                  "(SCTLR_EL1.SPAN=0)\n", (unsigned long long)f[F_ELR], (unsigned)read_pan());
    switch (nr) {
    case 1:                                           /* exit */
        sh_printf("[%c] exit(%llu)\n", p->name, (unsigned long long)f[0]);
        p->alive = 0;
        o = other(p);
        if (o) {
            sh_printf("  switch to %c: TTBR0 root 0x%llx ASID %u\n", o->name,
                      (unsigned long long)o->root, o->asid);
            load_ctx(o, f);
        } else {
            f[F_ELR] = (uint64_t)kernel_resume;
            f[F_SPSR] = 0x3c5;                        /* EL1h, PAN 0 */
        }
        return;
    case 2:                                           /* yield */
        o = other(p);
        if (o) {
            save_ctx(p, f);
            sh_printf("[%c] yield: switch to %c, TTBR0 root 0x%llx ASID %u\n", p->name, o->name,
                      (unsigned long long)o->root, o->asid);
            load_ctx(o, f);
        }
        return;
    case 3:                                           /* report */
        sh_printf("[%c] report 0x%llx\n", p->name, (unsigned long long)f[0]);
        return;
    case 4: {                                         /* write: copyin with LDTRB */
        char buf[128];
        uint64_t len = f[2] < sizeof(buf) - 1 ? f[2] : sizeof(buf) - 1;
        for (uint64_t i = 0; i < len; i++) {
            uint64_t b;
            __asm__ volatile("ldtrb %w0, [%1]" : "=r"(b) : "r"(f[1] + i) : "memory");
            buf[i] = (char)b;
        }
        buf[len] = 0;
        sh_printf("[%c] write (code says %c): %s", p->name, (char)f[0], buf);
        return;
    }
    case 5: {                                         /* getinfo: copyout with STTR */
        uint64_t v = 0x1000 + p->asid;
        __asm__ volatile("sttr %0, [%1]" ::"r"(v), "r"(f[0]) : "memory");
        return;
    }
    default:
        sh_printf("[%c] bad system call %llu\n", p->name, (unsigned long long)nr);
        semihost_exit(98);
    }
}

static void user_abort(uint64_t *f)
{
    uint64_t esr = f[F_ESR], va = f[F_FAR] & TAG_MASK;
    unsigned dfsc = esr & 0x3f, wnr = (esr >> 6) & 1;
    if (va >> 55) {
        sh_printf("[%c] data abort on a kernel address: ESR 0x%08llx (level %u) VA 0x%llx; "
                  "skipped\n", cur->name, (unsigned long long)esr, dfsc & 3,
                  (unsigned long long)f[F_FAR]);
        f[F_ELR] += 4;
        return;
    }
    volatile uint64_t *pte = user_pte(cur, va);
    if (!pte || !(*pte & 1))
        unexpected_exception(8, f);
    if ((dfsc & 0x3c) == 0x08) {
        /* Access flag fault: set AF. Entries that fault are not cached: no TLBI. */
        af_faults++;
        *pte |= AF;
        __asm__ volatile("dsb ishst" ::: "memory");
        sh_printf("[%c] access flag fault: ESR 0x%08llx (%s, level %u) VA 0x%llx, AF set\n",
                  cur->name, (unsigned long long)esr, wnr ? "write" : "read", dfsc & 3,
                  (unsigned long long)va);
        return;
    }
    if ((dfsc & 0x3c) == 0x0c && wnr && (*pte & OA_MASK) == shared_pa) {
        /* copy-on-write: new frame, copy, break-before-make */
        perm_faults++;
        uint64_t new = alloc_page();
        volatile uint64_t *from = ptov(shared_pa), *to = ptov(new);
        for (unsigned i = 0; i < PAGE / 8; i++)
            to[i] = from[i];
        uint64_t vpage = va & ~(PAGE - 1);
        *pte = 0;
        __asm__ volatile("dsb ishst; tlbi vale1is, %0; dsb ish"
                         ::"r"((uint64_t)cur->asid << 48 | vpage >> 12) : "memory");
        *pte = new | U_RW;
        __asm__ volatile("dsb ishst" ::: "memory");
        sh_printf("[%c] permission fault: ESR 0x%08llx (write, level %u) VA 0x%llx, "
                  "copy-on-write 0x%llx -> 0x%llx\n", cur->name, (unsigned long long)esr,
                  dfsc & 3, (unsigned long long)va, (unsigned long long)shared_pa,
                  (unsigned long long)new);
        return;
    }
    unexpected_exception(8, f);
}

static uint64_t pan_esr;

void exc_handler(long kind, uint64_t *f)
{
    unsigned ec = (unsigned)(f[F_ESR] >> 26);
    if (kind == 8 && ec == 0x15)
        syscall(f);
    else if (kind == 8 && ec == 0x24)
        user_abort(f);
    else if (kind == 8 && ec == 0x20 && (f[F_ESR] & 0x3c) == 0x08) {
        volatile uint64_t *pte = user_pte(cur, f[F_FAR]);
        af_faults++;
        *pte |= AF;
        __asm__ volatile("dsb ishst" ::: "memory");
        sh_printf("[%c] access flag fault on instruction fetch: ESR 0x%08llx FAR 0x%llx, "
                  "AF set\n", cur->name, (unsigned long long)f[F_ESR],
                  (unsigned long long)f[F_FAR]);
    } else if (kind == 8 && ec == 0x20) {
        sh_printf("[%c] instruction abort: ESR 0x%08llx FAR 0x%llx (UXN); return to x30\n",
                  cur->name, (unsigned long long)f[F_ESR], (unsigned long long)f[F_FAR]);
        f[F_ELR] = f[30];
    }
    else if (kind == 4 && ec == 0x25 && recover_pc) {
        pan_esr = f[F_ESR];
        f[F_ELR] = recover_pc;
        recover_pc = 0;
    } else
        unexpected_exception(kind, f);
}

static void set_pan(int on)
{
    if (on)
        __asm__ volatile(".inst 0xd500419f" ::: "memory");   /* msr pan, #1 */
    else
        __asm__ volatile(".inst 0xd500409f" ::: "memory");   /* msr pan, #0 */
}

static uint64_t k_root, empty_root, kl2_pa;

static _Noreturn void kmain_high(void)
{
    uint64_t pc;
    phys_off = PHYSMAP_VA - POOL_PA;
    __asm__ volatile("adr %0, ." : "=r"(pc));
    /* drop the V=P map: TTBR0 now points at an empty table */
    __asm__ volatile("msr ttbr0_el1, %0; isb; tlbi vmalle1; dsb nsh; isb" ::"r"(empty_root)
                     : "memory");
    sh_printf("kernel: running at its TTBR1 address: %s, V=P map removed\n",
              pc >= KVBASE && pc < KVBASE + 0x1000000 ? "yes" : "no");

    sh_printf("kernel: AT S1E1R / PAR_EL1 (kvtophys)\n");
    print_par("kernel text ", KVBASE + 0x1234, at(KVBASE + 0x1234, 0, 0));
    sh_printf("  kvtophys(&kctx_sp) is its VA minus the slide: %s\n",
              kvtophys((uint64_t)&kctx_sp) == (uint64_t)&kctx_sp - (KVBASE - 0x40080000)
                  ? "yes" : "no");
    print_par("physmap     ", PHYSMAP_VA + 0x1234568, at(PHYSMAP_VA + 0x1234568, 0, 0));
    print_par("physmap (W) ", PHYSMAP_VA + 0x1ffffff, at(PHYSMAP_VA + 0x1ffffff, 0, 1));
    print_par("unmapped L2 ", PHYSMAP_VA + 0x2000000, at(PHYSMAP_VA + 0x2000000, 0, 0));
    print_par("unmapped L3 ", KVBASE - PAGE, at(KVBASE - PAGE, 0, 0));
    print_par("old V=P     ", 0x40080000, at(0x40080000, 0, 0));
    print_par("kernel (EL0)", KVBASE, at(KVBASE, 1, 0));
    print_par("non-canon.  ", UINT64_C(0xffff007007004000), at(UINT64_C(0xffff007007004000), 0, 0));

    /* A second 32 MiB block, made read-only while cached: one TLBI by VA anywhere in the
     * block removes every cached translation of it (D8.13: a TLBI by VA invalidates the
     * entries whose mapping contains the address). Then break-before-make to unmap it. */
    uint64_t sva = PHYSMAP_VA + 0x2000000;
    volatile uint64_t *blk = ptov(kl2_pa) + L2(sva);
    *blk = UINT64_C(0x44000000) | D_BLOCK | SH_IS | AF | PXN | UXN;
    __asm__ volatile("dsb ishst; isb" ::: "memory");
    uint64_t a = sva + 0x40000, b = sva + 0x1ff0000, c = sva + 0x1230000;
    int fa = probe_write(a, 1), fb = probe_write(b, 2);
    *blk |= AP_RO;
    __asm__ volatile("dsb ishst; tlbi vaae1is, %0; dsb ish; isb" ::"r"(c >> 12) : "memory");
    int ra = probe_write(a, 3);
    uint64_t esr_a = pan_esr;
    int rb = probe_write(b, 4);
    uint64_t v1 = 0, v2 = 0;
    probe_read(a, &v1);
    probe_read(b, &v2);
    sh_printf("kernel: block at 0x%llx: writes %s; after AP=RO and TLBI VAAE1IS 0x%llx: "
              "writes %s (ESR 0x%08llx) and %s; values 0x%llx 0x%llx\n",
              (unsigned long long)sva, fa || fb ? "faulted" : "ok", (unsigned long long)c,
              ra ? "fault" : "succeed", (unsigned long long)esr_a, rb ? "fault" : "succeed",
              (unsigned long long)v1, (unsigned long long)v2);
    *blk = 0;
    __asm__ volatile("dsb ishst; tlbi vaae1is, %0; dsb ish; isb" ::"r"(a >> 12) : "memory");
    ra = probe_read(b, &v1);
    sh_printf("kernel: block unmapped: read %s, ESR 0x%08llx\n", ra ? "faults" : "succeeds",
              (unsigned long long)pan_esr);

    /* two processes sharing one read-only page */
    shared_pa = alloc_page();
    ptov(shared_pa)[0] = 0x5ead0001;
    ptov(shared_pa)[1] = 0x5ead0002;
    create_proc(&procs[0], 'A', 1, 1);
    create_proc(&procs[1], 'B', 2, 0);
    sh_printf("kernel: process A root 0x%llx ASID 1, process B root 0x%llx ASID 2, "
              "shared page 0x%llx\n", (unsigned long long)procs[0].root,
              (unsigned long long)procs[1].root, (unsigned long long)shared_pa);
    cur = &procs[0];
    /* ERET to a tagged address: with TBI0 the PC drops the tag */
    run_user(procs[0].pc | UINT64_C(0x5a) << 56, procs[0].sp, procs[0].ttbr0);
    sh_printf("kernel: all processes exited; %u access flag faults, %u copy-on-write faults, "
              "%u system calls\n", af_faults, perm_faults, syscalls);

    /* PAN: plain loads from user memory fault, LDTR/STTR do not */
    __asm__ volatile("msr ttbr0_el1, %0; isb" ::"r"(procs[0].ttbr0) : "memory");
    uint64_t v = 0;
    set_pan(1);
    int faulted = probe_read(UBASE + 0x4000, &v);
    sh_printf("kernel: PAN=%u, plain load of user 0x%llx: %s, ESR 0x%08llx\n",
              (unsigned)read_pan(), (unsigned long long)(UBASE + 0x4000),
              faulted ? "data abort" : "no fault", (unsigned long long)pan_esr);
    __asm__ volatile("ldtr %0, [%1]" : "=r"(v) : "r"(UBASE + 0x4000) : "memory");
    sh_printf("kernel: LDTR under PAN reads 0x%llx (A's text length)\n", (unsigned long long)v);
    __asm__ volatile("sttr %0, [%1]" ::"r"(UINT64_C(0xfeedface)), "r"(UBASE + 0x4300)
                     : "memory");
    print_par("AT S1E1R user under PAN", UBASE + 0x4000, at(UBASE + 0x4000, 0, 0));
    set_pan(0);
    faulted = probe_read(UBASE + 0x4300, &v);
    sh_printf("kernel: PAN=%u, plain load: %s, value 0x%llx (written by STTR)\n",
              (unsigned)read_pan(), faulted ? "data abort" : "no fault", (unsigned long long)v);
    faulted = probe_read(UBASE + 0x10000, &v);
    sh_printf("kernel: A's page at 0x%llx holds 0x%llx (its private copy)\n",
              (unsigned long long)(UBASE + 0x10000), (unsigned long long)v);
    sh_printf("kernel: AT for EL0 in A's address space\n");
    print_par("S1E0R code     ", UBASE, at(UBASE, 1, 0));
    print_par("S1E0W code     ", UBASE, at(UBASE, 1, 1));
    print_par("S1E0W data     ", UBASE + 0x4000, at(UBASE + 0x4000, 1, 1));
    print_par("S1E0R tagged   ", UINT64_C(0x5a00000100004000), at(UINT64_C(0x5a00000100004000), 1, 0));
    print_par("S1E0R unmapped ", UBASE + 0x14000, at(UBASE + 0x14000, 1, 0));
    print_par("S1E0R no table ", UBASE + 0x2000000, at(UBASE + 0x2000000, 1, 0));
    print_par("S1E0R >39 bits ", UINT64_C(0x8000000000), at(UINT64_C(0x8000000000), 1, 0));
    __asm__ volatile("msr ttbr0_el1, %0; isb" ::"r"(procs[1].ttbr0) : "memory");
    sh_printf("kernel: B's address space (ASID 2)\n");
    print_par("S1E1R shared   ", UBASE + 0x10000, at(UBASE + 0x10000, 0, 0));
    print_par("S1E0R tagged   ", UINT64_C(0x5a00000100004000), at(UINT64_C(0x5a00000100004000), 1, 0));
    semihost_exit(0);
}

int main(void)
{
    uint64_t kpa = (uint64_t)_start;                  /* physical: the MMU is off */
    uint64_t slide = KVBASE - kpa;
    uint64_t kend = ((uint64_t)__stack_el0_top + PAGE - 1) & ~(PAGE - 1);
    uint64_t kdata = ((uint64_t)__bss_start + PAGE - 1) & ~(PAGE - 1);   /* bss, stacks */

    /* kernel: TTBR1 root (8 entries) -> level 2 -> level 3 pages for the image, and a
     * 32 MiB level-2 block for the page pool (the physmap) */
    k_root = alloc_root();
    empty_root = alloc_root();
    uint64_t id_root = alloc_root();
    uint64_t kl2 = alloc_page(), kl3 = alloc_page(), idl2 = alloc_page();
    kl2_pa = kl2;
    ptov(k_root)[L1(KVBASE)] = kl2 | D_TABLE;
    ptov(kl2)[L2(KVBASE)] = kl3 | D_TABLE;
    for (uint64_t pa = kpa; pa < kend; pa += PAGE) {
        uint64_t va = pa + slide;
        ptov(kl3)[L3(va)] = pa | D_PAGE | SH_IS | AF | UXN | (pa >= kdata ? PXN : 0);
    }
    ptov(kl2)[L2(PHYSMAP_VA)] = POOL_PA | D_BLOCK | SH_IS | AF | PXN | UXN;
    /* V=P map of the first 32 MiB of RAM (a level-2 block) while switching */
    ptov(id_root)[L1(RAM_PA)] = idl2 | D_TABLE;
    ptov(idl2)[L2(RAM_PA)] = RAM_PA | D_BLOCK | SH_IS | AF | UXN;

    /* (the image's end depends on the compiler: not printed) */
    sh_printf("kernel: image at 0x%llx, slide 0x%llx, %s 16 KiB pages\n",
              (unsigned long long)kpa, (unsigned long long)slide,
              (kend - kpa) / PAGE >= 8 ? "8 or more" : "fewer than 8");
    sh_printf("kernel: TTBR1 root 0x%llx, V=P root 0x%llx (64-byte tables)\n",
              (unsigned long long)k_root, (unsigned long long)id_root);
    __asm__ volatile("msr mair_el1, %0\n"
                     "msr tcr_el1, %1\n"
                     "msr ttbr0_el1, %2\n"
                     "msr ttbr1_el1, %3\n"
                     "isb\n"
                     "tlbi vmalle1\n"
                     "dsb nsh\n"
                     "isb\n"
                     ::"r"(MAIR), "r"(TCR_XNU), "r"(id_root), "r"(k_root)
                     : "memory");
    uint64_t tcr;
    __asm__ volatile("mrs %0, tcr_el1" : "=r"(tcr));
    sh_printf("kernel: TCR_EL1 0x%llx, enabling the MMU\n", (unsigned long long)tcr);
    mmu_enable_and_go_high(SCTLR, slide, kmain_high);
}
