/*
 * aic.h — the Apple Interrupt Controller, version 1 (A7–A11 such as T8010,
 * and the M1's "apple,aic"): level-sensitive hardware IRQ inputs with one
 * mask bit each, a target-CPU mask per IRQ, software-set bits ORed with the
 * lines, two IPIs per CPU ("other" and "self"), and an EVENT register whose
 * read acknowledges the highest-priority pending interrupt and masks it.
 * Each CPU has an output line (its IRQ input). Register facts and sources
 * are at the top of src/dev/aic.c.
 */
#ifndef XNUEMU_AIC_H
#define XNUEMU_AIC_H

#include "bus.h"
#include "irq.h"
#include "log.h"

/* Register offsets (Linux drivers/irqchip/irq-apple-aic.c, AIC v1). */
enum {
    AIC_INFO = 0x0004,          /* bits 15:0 = number of IRQs */
    AIC_CONFIG = 0x0010,
    AIC_WHOAMI = 0x2000,        /* "this CPU" view: 0x2000..0x207f */
    AIC_EVENT = 0x2004,
    AIC_IPI_SEND = 0x2008,
    AIC_IPI_ACK = 0x200c,
    AIC_IPI_MASK_SET = 0x2024,
    AIC_IPI_MASK_CLR = 0x2028,
    AIC_TARGET_CPU = 0x3000,    /* + 4 * irq */
    AIC_SW_SET = 0x4000,        /* bitmaps: + 4 * (irq / 32), bit irq % 32 */
    AIC_SW_CLR = 0x4080,
    AIC_MASK_SET = 0x4100,
    AIC_MASK_CLR = 0x4180,
    AIC_HW_STATE = 0x4200,
    AIC_CPU_VIEW = 0x5000,      /* + cpu * 0x80: the per-CPU view of 0x2000.. */
};

#define AIC_CPU_VIEW_STRIDE 0x80u
#define AIC_EVENT_TYPE_SHIFT 16
#define AIC_EVENT_TYPE_IRQ 1u
#define AIC_EVENT_TYPE_IPI 4u
#define AIC_EVENT_IPI_OTHER 1u
#define AIC_EVENT_IPI_SELF 2u
#define AIC_IPI_OTHER (1u << 0)     /* IPI_ACK / IPI_MASK_* bits */
#define AIC_IPI_SELF (1u << 31)     /* also IPI_SEND bit 31; bits 0..30 = target CPU */

/* Interrupt specifiers of the Linux binding (apple,aic.yaml and
 * dt-bindings/interrupt-controller/apple-aic.h): three cells, type
 * (AIC_FDT_IRQ or AIC_FDT_FIQ), number, flags (4 = level high). FIQ numbers
 * name the per-CPU sources the AIC driver finds by reading system registers. */
#define AIC_FDT_IRQ 0u
#define AIC_FDT_FIQ 1u
#define AIC_FDT_TMR_HV_PHYS 0u
#define AIC_FDT_TMR_HV_VIRT 1u
#define AIC_FDT_TMR_GUEST_PHYS 2u
#define AIC_FDT_TMR_GUEST_VIRT 3u
#define AIC_FDT_LEVEL_HIGH 4u

#define AIC_MAX_IRQS 1024           /* the v1 layout's capacity (Linux AIC_MAX_IRQ) */
#define AIC_MAX_CPUS 8
#define AIC_MMIO_SIZE 0x100000u
#define AIC_WORDS (AIC_MAX_IRQS / 32)

typedef struct AicCpu {
    uint32_t ipi_pending;             /* AIC_IPI_OTHER | AIC_IPI_SELF */
    uint32_t ipi_mask;
    uint32_t routed[AIC_WORDS];       /* IRQs whose TARGET_CPU includes this CPU */
    bool level;                       /* current output level */
    IrqLine out;
} AicCpu;

/* The whole controller, public so tests and a state dump can read it. */
typedef struct Aic {
    unsigned nr_irq, ncpus;
    unsigned cur_cpu;                 /* whose "this CPU" view 0x2000.. is */
    uint32_t config;
    uint32_t hw[AIC_WORDS];           /* input line levels */
    uint32_t sw[AIC_WORDS];           /* SW_SET bits */
    uint32_t mask[AIC_WORDS];         /* 1 = masked */
    uint32_t target[AIC_MAX_IRQS];    /* TARGET_CPU: bit n = CPU n */
    AicCpu cpu[AIC_MAX_CPUS];
    uint64_t events;                  /* non-zero EVENT reads */
    Log *log;
} Aic;

/* MMIO callbacks: aligned 32-bit accesses only. */
extern const MmioOps aic_ops;

/* nr_irq 1..AIC_MAX_IRQS, ncpus 1..AIC_MAX_CPUS; EMU_ERR_ARG otherwise.
 * Reset state: every IRQ and IPI masked, nothing pending, every TARGET_CPU
 * 0, outputs low. Map with bus_map_mmio(bus, base, AIC_MMIO_SIZE, &aic_ops,
 * aic, "aic"). log may be NULL. */
EmuErr aic_init(Aic *aic, unsigned nr_irq, unsigned ncpus, Log *log);
void aic_reset(Aic *aic);

/* Where CPU n's IRQ output goes (the board: cpu_drive_irq(cpu, CPU_IN_IRQ,
 * IRQ_SRC_DEVICE, level)). The current level is driven at once. */
void aic_connect_cpu(Aic *aic, unsigned cpu, IrqLine out);

/* Which CPU is accessing the "this CPU" registers (default 0). */
void aic_set_current_cpu(Aic *aic, unsigned cpu);

/* Hardware input `irq` (level-sensitive). An irq >= nr_irq is a board bug. */
void aic_input(Aic *aic, unsigned irq, bool level);
/* A line devices drive: input `irq` of this controller. */
IrqLine aic_irq_line(Aic *aic, unsigned irq);

/* Would an EVENT read by `cpu` return something? (no side effects) */
bool aic_cpu_pending(const Aic *aic, unsigned cpu);

#endif
