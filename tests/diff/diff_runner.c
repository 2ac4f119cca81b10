/*
 * diff_runner.c — the QEMU side of the differential test: an AArch64 Linux
 * program, run under qemu-aarch64-static, that executes test programs fed
 * on stdin (diff_proto.h) and writes their outcomes to stdout.
 *
 * For each program: the words (plus the BRK terminator) go into the code
 * page at DIFF_CODE_ADDR (read+execute while the program runs, so a store
 * to it faults as a store to code would not in xnuemu and the program is
 * discarded by the driver), the data window at DIFF_DATA_ADDR gets the
 * pattern and the patches. Then a BRK in the runner traps; the SIGTRAP
 * handler rewrites the signal context with the program's inputs (X0-X30,
 * SP, PC, NZCV, V0-V31, FPCR, FPSR) and returns, so sigreturn loads every
 * register at once and the program starts. It ends in a signal too: the
 * terminator (SIGTRAP), an UNDEFINED instruction (SIGILL) or a fault
 * (SIGSEGV/SIGBUS); that handler copies the context (every register,
 * FPCR/FPSR from the FP/SIMD record) and siglongjmps back. Handlers run on
 * an alternate stack, since SP is a program input.
 *
 * Built static-pie so the runner's own image, heap and stack lie far from
 * the code page and data window (and from anything ADRP can reach).
 */
#include <asm/sigcontext.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

#include "diff_proto.h"

enum { ST_IDLE, ST_ENTER, ST_RUN };

static volatile sig_atomic_t g_state;
static sigjmp_buf g_jb;
static DiffProg g_prog;
static DiffOut g_out;
static uint8_t g_init[DIFF_DATA_SIZE];      /* the window before the program */
static uint8_t g_pristine[DIFF_DATA_SIZE];  /* the pattern */
static uint8_t g_altstack[256 * 1024] __attribute__((aligned(16)));

static void die(const char *msg)
{
    size_t n = strlen(msg);
    if (write(2, msg, n) < 0 || write(2, "\n", 1) < 0)
        _exit(3);
    _exit(3);
}

static struct fpsimd_context *find_fpsimd(mcontext_t *mc)
{
    unsigned char *p = (unsigned char *)mc->__reserved;
    unsigned char *end = p + sizeof(mc->__reserved);
    while (p + sizeof(struct _aarch64_ctx) <= end) {
        struct _aarch64_ctx *h = (struct _aarch64_ctx *)p;
        if (h->magic == 0 || h->size < sizeof(*h))
            break;
        if (h->magic == FPSIMD_MAGIC)
            return (struct fpsimd_context *)p;
        p += h->size;
    }
    return NULL;
}

static void handler(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    mcontext_t *mc = &uc->uc_mcontext;
    struct fpsimd_context *fp = find_fpsimd(mc);
    if (!fp)
        die("diff_runner: no FP/SIMD record in the signal frame");

    if (g_state == ST_ENTER && sig == SIGTRAP) {
        memcpy(mc->regs, g_prog.x, sizeof(g_prog.x));
        mc->sp = g_prog.sp;
        mc->pc = DIFF_CODE_ADDR;
        mc->pstate = (mc->pstate & ~UINT64_C(0xf0000000)) | (g_prog.nzcv & 0xf0000000u);
        fp->fpcr = g_prog.fpcr;
        fp->fpsr = g_prog.fpsr;
        memcpy(fp->vregs, g_prog.v, sizeof(g_prog.v));
        g_state = ST_RUN;
        return;
    }
    if (g_state != ST_RUN)
        die("diff_runner: signal outside a program");

    DiffOut *o = &g_out;
    memcpy(o->x, mc->regs, sizeof(o->x));
    o->sp = mc->sp;
    o->pc = mc->pc;
    o->nzcv = (uint32_t)mc->pstate & 0xf0000000u;
    o->fpcr = fp->fpcr;
    o->fpsr = fp->fpsr;
    memcpy(o->v, fp->vregs, sizeof(o->v));
    o->addr = 0;
    o->code = 0;
    switch (sig) {
    case SIGTRAP:
        if (mc->pc == DIFF_CODE_ADDR + 4u * g_prog.nwords)
            o->outcome = DIFF_DONE;
        else
            o->outcome = DIFF_TRAP;
        break;
    case SIGILL:
        o->outcome = DIFF_UNDEF;
        break;
    case SIGSEGV:
        o->outcome = DIFF_SEGV;
        o->addr = (uint64_t)(uintptr_t)si->si_addr;
        break;
    case SIGBUS:
        o->outcome = DIFF_BUS;
        o->addr = (uint64_t)(uintptr_t)si->si_addr;
        break;
    default:
        o->outcome = DIFF_OTHER;
        o->code = (uint32_t)sig;
        o->addr = (uint64_t)(uintptr_t)si->si_addr;
        break;
    }
    g_state = ST_IDLE;
    siglongjmp(g_jb, 1);
}

static void *map_at(uint64_t addr, size_t len, int prot)
{
    void *p = mmap((void *)(uintptr_t)addr, len, prot, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED || (uint64_t)(uintptr_t)p != addr) {
        fprintf(stderr, "diff_runner: cannot map 0x%llx (got %p)\n", (unsigned long long)addr, p);
        exit(3);
    }
    return p;
}

static void read_exact(void *buf, size_t len)
{
    if (fread(buf, 1, len, stdin) != len) {
        if (feof(stdin))
            exit(0);
        die("diff_runner: read error");
    }
}

static void write_exact(const void *buf, size_t len)
{
    if (fwrite(buf, 1, len, stdout) != len)
        die("diff_runner: write error");
}

static void run_one(uint32_t *code, uint8_t *data)
{
    DiffProg *p = &g_prog;
    if (p->nwords > DIFF_MAX_WORDS || p->npatch > DIFF_MAX_PATCH)
        die("diff_runner: malformed program");

    if (mprotect(code, DIFF_CODE_SIZE, PROT_READ | PROT_WRITE) != 0)
        die("diff_runner: mprotect RW failed");
    memset(code, 0, DIFF_CODE_SIZE);
    memcpy(code, p->words, 4u * p->nwords);
    code[p->nwords] = DIFF_TERMINATOR;
    if (mprotect(code, DIFF_CODE_SIZE, PROT_READ | PROT_EXEC) != 0)
        die("diff_runner: mprotect RX failed");

    memcpy(g_init, g_pristine, DIFF_DATA_SIZE);
    for (uint32_t i = 0; i < p->npatch; i++) {
        const DiffPatch *pt = &p->patch[i];
        if (pt->len > 8 || pt->off > DIFF_DATA_SIZE || pt->len > DIFF_DATA_SIZE - pt->off)
            die("diff_runner: malformed patch");
        for (uint32_t b = 0; b < pt->len; b++)
            g_init[pt->off + b] = (uint8_t)(pt->val >> (8 * b));
    }
    memcpy(data, g_init, DIFF_DATA_SIZE);

    memset(&g_out, 0, DIFF_OUT_FIXED);
    if (sigsetjmp(g_jb, 1) == 0) {
        g_state = ST_ENTER;
        __asm__ volatile("brk #0x77" ::: "memory");
        die("diff_runner: returned from the entry trap");
    }

    /* changed 8-byte chunks of the window */
    uint32_t n = 0;
    for (uint32_t off = 0; off < DIFF_DATA_SIZE; off += 8) {
        uint64_t now, was;
        memcpy(&now, data + off, 8);
        memcpy(&was, g_init + off, 8);
        if (now != was)
            g_out.chg[n++] = (DiffChg){ .off = off, .val = now };
    }
    g_out.nchg = n;
    write_exact(&g_out, DIFF_OUT_FIXED);
    write_exact(g_out.chg, sizeof(DiffChg) * n);
}

int main(void)
{
    static char outbuf[8 << 20];
    setvbuf(stdout, outbuf, _IOFBF, sizeof(outbuf));

    uint32_t *code = map_at(DIFF_CODE_ADDR, DIFF_CODE_SIZE, PROT_READ | PROT_EXEC);
    uint8_t *data = map_at(DIFF_DATA_ADDR, DIFF_DATA_SIZE, PROT_READ | PROT_WRITE);
    for (uint32_t i = 0; i < DIFF_DATA_SIZE; i++)
        g_pristine[i] = diff_pattern(DIFF_DATA_ADDR + i);

    stack_t ss = { .ss_sp = g_altstack, .ss_size = sizeof(g_altstack), .ss_flags = 0 };
    if (sigaltstack(&ss, NULL) != 0)
        die("diff_runner: sigaltstack failed");
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    static const int sigs[] = { SIGTRAP, SIGILL, SIGSEGV, SIGBUS, SIGFPE, SIGSYS };
    for (size_t i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
        if (sigaction(sigs[i], &sa, NULL) != 0)
            die("diff_runner: sigaction failed");

    uint32_t hello = DIFF_HELLO;
    write_exact(&hello, 4);
    fflush(stdout);

    for (;;) {
        uint32_t hdr[2];
        read_exact(hdr, 4);
        if (hdr[0] == DIFF_QUIT)
            return 0;
        if (hdr[0] != DIFF_BATCH)
            die("diff_runner: bad batch header");
        read_exact(&hdr[1], 4);
        if (hdr[1] > DIFF_MAX_BATCH)
            die("diff_runner: batch too large");
        for (uint32_t i = 0; i < hdr[1]; i++) {
            read_exact(&g_prog, sizeof(g_prog));
            run_one(code, data);
        }
        uint32_t end = DIFF_BATCH_END;
        write_exact(&end, 4);
        fflush(stdout);
    }
}
