/*
 * cpu_model.h — what a CPU implements: features, Exception levels, ID
 * register values (derived from the features so they never advertise
 * anything we do not implement), cache geometry, physical address size.
 * Arm ARM D17.2 (ID_AA64* registers).
 */
#ifndef XNUEMU_CPU_MODEL_H
#define XNUEMU_CPU_MODEL_H

#include "common.h"
#include "features.h"

typedef struct CpuModel CpuModel;

struct CpuModel {
    const char *name;
    uint64_t features;        /* FEAT_* */
    uint8_t max_el;           /* highest implemented EL, 1..3 */
    bool has_el2, has_el3;
    unsigned pa_bits;         /* 32, 36, 40, 42, 44, 48 */
    uint64_t midr, revidr, mpidr;
    uint64_t id_aa64pfr0, id_aa64pfr1;
    uint64_t id_aa64dfr0, id_aa64dfr1;
    uint64_t id_aa64isar0, id_aa64isar1;
    uint64_t id_aa64mmfr0, id_aa64mmfr1, id_aa64mmfr2;
    uint64_t ctr, dczid, clidr;
    uint64_t cntfrq;          /* system counter frequency (board) */
    bool apple_impdef;        /* Apple IMPLEMENTATION DEFINED registers (sysreg_apple.def) */
    bool apple_fast_ipi;      /* Apple fast-IPI registers (A11 and later) */
};

/* Fill the ID registers from features, ELs and pa_bits. */
void cpu_model_derive_ids(CpuModel *m);

/* The generic Armv8.1 model of the bare machine, with EL1..max_el. */
void cpu_model_generic_v81(CpuModel *m, unsigned max_el);

/* Apple A10 "Hurricane" as in the iPhone 7 (T8010): EL0 and EL1 only,
 * Armv8.0 + PAN, plus what XNU's later kernels and Linux need (LSE, RCpc),
 * CRC32, AES/PMULL/SHA1/SHA256; Apple IMPLEMENTATION DEFINED registers;
 * counter at cntfrq. */
void cpu_model_apple_hurricane(CpuModel *m, uint64_t cntfrq);

/* DC ZVA block size in bytes (DCZID_EL0.BS). */
#define CPU_DCZVA_BYTES 64

#endif
