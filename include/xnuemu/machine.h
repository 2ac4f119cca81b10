/*
 * machine.h — a whole emulated machine: board, bus, CPU, decode cache,
 * loaders' results and the run loop's entry point. Everything mutable hangs
 * off Machine, so a test can create as many machines as it likes.
 */
#ifndef XNUEMU_MACHINE_H
#define XNUEMU_MACHINE_H

#include "bus.h"
#include "cpu.h"
#include "cpu_model.h"
#include "dcache.h"
#include "decode.h"
#include "display.h"
#include "hooks.h"
#include "log.h"
#include "milestone.h"
#include "sysreg.h"
#include "timer.h"
#include "trace.h"

typedef struct MachineConfig {
    const char *machine;      /* board name; NULL = default for the image */
    uint64_t ram_size;        /* 0 = board default */
    unsigned el;              /* bare: entry EL = highest EL (1..3) */
    const char *append;       /* guest command line (semihosting GET_CMDLINE) */
    uint64_t max_insns;       /* 0 = unlimited */
    uint32_t log_mask;
    FILE *log_out;            /* NULL = stderr */
    const char *semihosting_root; /* NULL = current directory */
    FILE *semihosting_out;    /* console output; NULL = stdout */
    bool semihosting;         /* force semihosting on (bare: always on) */
    bool sysreg_unknown_raz;
    bool realtime;            /* counters follow host time */
    uint64_t load_addr;       /* raw binaries */
    bool load_addr_set;
    /* Apple machines */
    const char *dtb;          /* Apple device tree file; NULL = generate from the board */
    const char *ramdisk;      /* RAM disk file, or NULL */
    uint64_t seed;            /* random-seed of the generated tree */
    unsigned adt_fix;         /* ADT_FIX_* applied to a --dtb tree */
    bool adt_fix_set;         /* adt_fix given (else the default set) */
    const char *serial;       /* chardev spec of the console UART; NULL = stdio */
    const char *record_input; /* --record-input FILE (input_log.h) */
    const char *replay_input; /* --replay-input FILE */
    bool until_text;          /* some --until text (console milestones: Machine.milestones) */
} MachineConfig;

/* Fix-ups for a device tree taken from an IPSW (--adt-fix) */
enum {
    ADT_FIX_FLAGS    = 1u << 0,   /* clear placeholder bits of property lengths */
    ADT_FIX_FREQ     = 1u << 1,   /* 8-byte timebase/fixed frequencies of the board */
    ADT_FIX_SEED     = 1u << 2,   /* /chosen random-seed from --seed */
    ADT_FIX_EPOCH    = 1u << 3,   /* /chosen chip-epoch and security-domain */
    ADT_FIX_CPU0     = 1u << 4,   /* /cpus/cpu0 state "running" */
    ADT_FIX_PRAM     = 1u << 5,   /* /pram panic buffer and its /chosen size */
    ADT_FIX_COMPAT   = 1u << 6,   /* clear compatible of nodes the board does not model */
    ADT_FIX_DEFAULT  = ADT_FIX_FLAGS | ADT_FIX_FREQ | ADT_FIX_SEED | ADT_FIX_EPOCH |
                       ADT_FIX_CPU0 | ADT_FIX_PRAM,
};

typedef struct Board Board;
typedef struct AppleBoard AppleBoard;
typedef struct Symtab Symtab;

struct Machine {
    Log log;
    Bus bus;
    DecodeCache dcache;
    A64Decoder decoder;
    SysRegTable srt;
    CpuModel model;
    CpuState *cpu;
    const Board *board;
    MachineConfig cfg;
    uint64_t ram_base, ram_size;
    uint64_t entry;           /* set by the loader */
    uint64_t image_end;       /* first byte after the loaded image (HEAPINFO) */
    char *cmdline;            /* guest command line */
    uint32_t timer_line[TIMER_COUNT];  /* CPU_IN_* each timer drives, 0 = none */
    void *board_state;
    void (*board_free)(Machine *m);
    /* Apple boards: DRAM handed to the kernel and the panic buffer above it */
    uint64_t kernel_mem_size, pram_pa;
    Symtab *symtab;           /* guest symbols (Mach-O kernels), or NULL */
    /* The loaded image's virtual range and where it lies physically
     * (symbol addresses -> physical, for hooks) */
    uint64_t image_va, image_va_end, image_pa;
    Hooks hooks;              /* --hook */
    Trace trace;              /* --trace filters, disassembler */
    Milestones milestones;    /* --until, --until-symbol */
    Display display;          /* framebuffer (Apple boards), --display, --screenshot */
    char panic_str[PANIC_LINE_MAX];   /* HALT_PANIC: the panic string */
    bool panic_at_entry;      /* HALT_PANIC at panic()'s first instruction (x30 = caller) */
    bool no_panic_stop;       /* --gdb: a panic does not end the run */
    bool panic_continue;      /* --on-panic continue: report, then let the kernel run on
                                 (it prints its own panic log) */
    bool panic_seen;          /* a panic was reported and the run went on */
    struct Semihost *semi;
};

struct Board {
    const char *name;
    const char *desc;
    /* Map RAM and devices, pick the CPU model. */
    EmuErr (*init)(Machine *m, char *err, size_t errlen);
    /* Wire devices to the CPU once it exists (optional). */
    void (*attach_cpu)(Machine *m);
    const AppleBoard *apple;  /* Apple SoC board table, or NULL */
};

/* Boards */
extern const Board board_bare;
extern const Board board_t8010;
const Board *board_find(const char *name);
/* "bare, ..." for --help */
const char *board_names(void);

/* Create a machine from cfg (board init, CPU reset). */
EmuErr machine_create(Machine **out, const MachineConfig *cfg, char *err, size_t errlen);
void machine_destroy(Machine *m);

/* Load a program (ELF, arm64 Image, or raw with cfg.load_addr) and point the
 * CPU at its entry. */
EmuErr machine_load(Machine *m, const char *path, char *err, size_t errlen);

/* Timer output wiring (board data in timer_line): each timer is a source
 * of the CPU input it drives. */
void machine_timer_irq(void *opaque, int timer, int level);

/* Run until the CPU halts; returns why. */
HaltReason machine_run(Machine *m);

/* Virtual time in nanoseconds since reset: retired instructions plus time
 * skipped in WFI, 1 instruction = 1 ns, unless realtime. */
uint64_t machine_now_ns(const Machine *m);

#endif
