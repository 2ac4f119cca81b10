/*
 * apple_board.h — the data table of an Apple SoC board (ARCHITECTURE.md
 * §2): DRAM, the arm-io window, every device with its address, size and
 * interrupt, the CPU model and the clocks. Board init maps it, the device
 * tree generator describes it, and the XNU loader lays the kernel out in
 * its DRAM, so addresses can never disagree.
 */
#ifndef XNUEMU_APPLE_BOARD_H
#define XNUEMU_APPLE_BOARD_H

#include "adt.h"
#include "cpu_model.h"

typedef enum AppleDevKind {
    APPLE_DEV_S5L_UART,
    APPLE_DEV_AIC,
} AppleDevKind;

typedef struct AppleDev {
    AppleDevKind kind;
    const char *node;         /* ADT node under /arm-io, e.g. "uart0" */
    const char *compatible;   /* ADT compatible */
    const char *device_type;  /* ADT device_type, or NULL */
    uint64_t base, size;      /* physical */
    int irq;                  /* AIC input it drives, -1 for none */
    /* The same device in a Linux flattened device tree (fdt_gen.c) */
    const char *fdt_name;     /* node name before "@address", e.g. "serial" */
    const char *fdt_compatible[3]; /* Linux compatible strings, NULL-terminated */
    const char *fdt_alias;    /* /aliases entry, e.g. "serial0", or NULL */
} AppleDev;

typedef struct AppleBoard {
    const char *name;             /* --machine name, e.g. "t8010" */
    const char *platform;         /* root compatible[0], e.g. "D10AP" */
    const char *product;          /* model, e.g. "iPhone9,1" */
    const char *target;           /* target-type, e.g. "D10" */
    const char *io_compatible;    /* /arm-io compatible, e.g. "arm-io,t8010" */
    const char *io_device_type;   /* /arm-io device_type, e.g. "t8010-io" */
    const char *cpu_compatible;   /* /cpus/cpuN compatible */
    uint32_t chip_id;             /* e.g. 0x8010 */
    uint32_t board_id;
    uint64_t dram_base, dram_default, dram_min, dram_max;
    uint64_t io_base, io_size;    /* arm-io window */
    uint64_t timebase_hz;         /* counter and /cpus timebase-frequency */
    uint64_t cpu_hz, bus_hz, mem_hz, periph_hz;
    uint64_t pram_size;           /* panic buffer at the top of DRAM, outside memSize */
    uint64_t fb_pa, fb_size;      /* framebuffer RAM (outside DRAM, like VRAM) */
    unsigned fb_width, fb_height; /* pixels; 32 bits each */
    uint32_t panic_log_size;      /* /chosen embedded-panic-log-size */
    unsigned aic_irqs;            /* inputs of the interrupt controller */
    void (*cpu_model)(CpuModel *m, uint64_t cntfrq);
    /* Linux (FDT) identity: root compatible strings and model */
    const char *fdt_compatible[4];
    const char *fdt_model;
    /* AIC FIQ numbers of the EL1 physical and virtual timers (Linux binding
     * apple,aic.yaml: 2 = guest physical, 3 = guest virtual timer) */
    unsigned timer_fiq_phys, timer_fiq_virt;
    const AppleDev *devs;
    unsigned ndevs;
} AppleBoard;

extern const AppleBoard apple_board_t8010;

/* What the generated tree needs beyond the board table. */
typedef struct AppleAdtParams {
    uint64_t pram_pa;             /* panic buffer, outside memSize */
    uint8_t random_seed[64];
    const char *firmware_version; /* /chosen firmware-version */
} AppleAdtParams;

/* The device tree XNU reads during boot (XNU-BOOT.md §3.2/3.3), generated
 * from the board table: root identity, /chosen (random-seed, debug-enabled,
 * panic log size, empty memory-map), /pram, /defaults, /cpus/cpu0 (running,
 * 8-byte frequencies), /arm-io with ranges and every device. Node phandles
 * (AAPL,phandle) and interrupt-parent/interrupts are consistent. */
EmuErr apple_adt_generate(const AppleBoard *b, const AppleAdtParams *p, AdtNode **out,
                          char *err, size_t errlen);

/* 64 deterministic, never-all-zero bytes from seed (for /chosen random-seed). */
void apple_random_seed(uint64_t seed, uint8_t out[64]);

#endif
