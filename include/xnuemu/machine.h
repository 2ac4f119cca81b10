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
#include "log.h"
#include "sysreg.h"
#include "timer.h"

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
} MachineConfig;

typedef struct Board Board;

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
    struct Semihost *semi;
};

struct Board {
    const char *name;
    const char *desc;
    /* Map RAM and devices, pick the CPU model. */
    EmuErr (*init)(Machine *m, char *err, size_t errlen);
};

/* Boards */
extern const Board board_bare;
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
