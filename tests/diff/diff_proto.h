/*
 * diff_proto.h — what the differential-test driver (diff_fuzz, on the host)
 * and the runner (diff_runner, an AArch64 Linux program under
 * qemu-aarch64-static) share: the fixed addresses both use, a test program
 * (instruction words, every register, flags, FPCR/FPSR, patches of the data
 * window) and its outcome (how it ended, every register, the changed bytes
 * of the data window), and the binary pipe protocol carrying them.
 *
 * Both sides are LP64 little-endian and these structs use fixed-width
 * members only, so they cross the pipe as raw bytes (the size asserts
 * below catch a layout difference at compile time on either side).
 */
#ifndef TESTS_DIFF_PROTO_H
#define TESTS_DIFF_PROTO_H

#include <stdint.h>

/* The code page (program words, then the terminator, then zeros) and the
 * data window, at the same addresses in both: ADR/ADRP, literal loads, link
 * registers and fault addresses agree. They lie in xnuemu's test RAM
 * (tests/support/tenv.h: RAM at 0x40000000, data at 0x40100000). */
#define DIFF_CODE_ADDR  UINT64_C(0x40000000)
#define DIFF_CODE_SIZE  0x1000u
#define DIFF_DATA_ADDR  UINT64_C(0x40100000)
#define DIFF_DATA_SIZE  0x2000u            /* two 4 KiB pages: crossing accesses */
/* xnuemu's RAM: an access QEMU faults on inside it (but outside the code
 * page and the data window) would succeed in xnuemu: such a program is
 * discarded, not compared. */
#define DIFF_RAM_ADDR   UINT64_C(0x40000000)
#define DIFF_RAM_SIZE   UINT64_C(0x01000000)

#define DIFF_MAX_WORDS  96                 /* program words, without the terminator */
#define DIFF_MAX_PATCH  32                 /* data-window patches per program */
#define DIFF_MAX_CHG    (DIFF_DATA_SIZE / 8)

/* Every program ends with BRK #0xfffe: reaching it is outcome DIFF_DONE. */
#define DIFF_TERMINATOR UINT32_C(0xd43fffc0)

/* Initial byte of the data window at address a (the pattern of
 * tests/support/tenv.h), before the program's patches. */
static inline uint8_t diff_pattern(uint64_t a)
{
    return (uint8_t)((a * 0x9d) ^ (a >> 8) ^ 0x5a);
}

/* How a program ended. */
enum {
    DIFF_DONE = 0,      /* reached the terminator */
    DIFF_UNDEF,         /* UNDEFINED: SIGILL / EC 0x00 */
    DIFF_SEGV,          /* memory fault: SIGSEGV / data or instruction abort */
    DIFF_BUS,           /* alignment fault: SIGBUS / alignment, PC or SP alignment */
    DIFF_TRAP,          /* another breakpoint: SIGTRAP / EC 0x3c not at the terminator */
    DIFF_OTHER,         /* anything else (code says what) */
    DIFF__OUTCOMES
};

/* A data-window patch: len (1..8) bytes of val, little-endian, at DIFF_DATA_ADDR + off. */
typedef struct DiffPatch {
    uint32_t off;
    uint32_t len;
    uint64_t val;
} DiffPatch;

typedef struct DiffProg {
    uint32_t nwords;
    uint32_t npatch;
    uint32_t words[DIFF_MAX_WORDS];
    uint64_t x[31];
    uint64_t sp;
    uint32_t nzcv;                  /* N Z C V in bits 31:28 */
    uint32_t fpcr;
    uint32_t fpsr;
    uint32_t pad;
    uint64_t v[32][2];              /* [n][0] = bits 63:0 */
    DiffPatch patch[DIFF_MAX_PATCH];
} DiffProg;

/* One changed 8-byte chunk of the data window (off is 8-aligned). */
typedef struct DiffChg {
    uint32_t off;
    uint32_t pad;
    uint64_t val;
} DiffChg;

typedef struct DiffOut {
    uint32_t outcome;               /* DIFF_* */
    uint32_t code;                  /* DIFF_OTHER: signal number / EC; else 0 */
    uint64_t pc;                    /* terminator or faulting instruction */
    uint64_t addr;                  /* DIFF_SEGV/DIFF_BUS: fault address, else 0 */
    uint64_t x[31];
    uint64_t sp;
    uint32_t nzcv;
    uint32_t fpcr;
    uint32_t fpsr;
    uint32_t nchg;
    uint64_t v[32][2];
    DiffChg chg[DIFF_MAX_CHG];      /* only nchg entries cross the pipe */
} DiffOut;

#define DIFF_OUT_FIXED (sizeof(DiffOut) - sizeof(DiffChg) * DIFF_MAX_CHG)

_Static_assert(sizeof(DiffPatch) == 16, "DiffPatch layout");
_Static_assert(sizeof(DiffProg) == 8 + 4 * DIFF_MAX_WORDS + 8 * 32 + 16 + 512 +
                                       16 * DIFF_MAX_PATCH, "DiffProg layout");
_Static_assert(sizeof(DiffChg) == 16, "DiffChg layout");
_Static_assert(DIFF_OUT_FIXED == 24 + 8 * 32 + 16 + 512, "DiffOut layout");

/* Pipe protocol. The runner starts by writing DIFF_HELLO (u32). Then the
 * driver sends batches: u32 DIFF_BATCH, u32 count, count DiffProg; the runner
 * answers each batch with count results (DIFF_OUT_FIXED bytes, then nchg
 * DiffChg) followed by u32 DIFF_BATCH_END. u32 DIFF_QUIT ends the runner. */
#define DIFF_HELLO      UINT32_C(0x44464831)   /* "DFH1" */
#define DIFF_BATCH      UINT32_C(0x44464231)
#define DIFF_BATCH_END  UINT32_C(0x44464531)
#define DIFF_QUIT       UINT32_C(0x44465131)
#define DIFF_MAX_BATCH  4096u

#endif
