/*
 * sysreg.h — the system-register table: one row per encoding (MRS/MSR
 * registers with op0=2/3 and SYS operations with op0=1), with access per EL,
 * flags, reset value, write mask, storage and optional hooks. The same rows
 * drive reset, MRS/MSR/SYS execution, the debugger's register list and the
 * table-driven tests. Arm ARM D17 (AArch64 System Register Descriptions),
 * C5.3 (the System instruction class encoding).
 */
#ifndef XNUEMU_SYSREG_H
#define XNUEMU_SYSREG_H

#include "cpu.h"

/* Access: lowest EL allowed to read (bits 3:0) and write (bits 7:4); SR_NA
 * means never (read-only or write-only register). */
#define SR_NA 0xf
#define SR_ACC(r, w) ((uint8_t)((r) | ((w) << 4)))

/* Row flags */
enum {
    SR_EL2     = 1u << 0,   /* exists only when EL2 is implemented */
    SR_EL3     = 1u << 1,   /* exists only when EL3 is implemented */
    SR_IO      = 1u << 2,   /* access changes time/interrupt state: re-poll */
    SR_TLB     = 1u << 3,   /* write changes translation: flush TLBs, re-fetch */
    SR_NO_GDB  = 1u << 4,   /* not shown to the debugger */
    SR_SYSOP   = 1u << 5,   /* SYS operation (DC/IC/AT/TLBI): write-only, Xt operand */
    SR_CONST   = 1u << 6,   /* reads the reset value; writes are ignored */
    SR_FEAT_PAN = 1u << 7,  /* exists only with FEAT_PAN */
    SR_FEAT_LOR = 1u << 8,  /* exists only with FEAT_LOR */
    SR_FEAT_VHE = 1u << 9,  /* exists only with FEAT_VHE */
    SR_FEAT_UAO = 1u << 10, /* exists only with FEAT_UAO */
    SR_FP      = 1u << 11,  /* FP register: CPACR/CPTR FP access checks apply */
    SR_APPLE   = 1u << 12,  /* Apple IMPLEMENTATION DEFINED register (model->apple_impdef) */
    SR_APPLE_IPI = 1u << 13,/* Apple fast-IPI register, A11 and later (model->apple_fast_ipi) */
    SR_DBG_BP  = 1u << 14,  /* DBGB*<n>: exists only for n < ID_AA64DFR0_EL1.BRPs + 1 */
    SR_DBG_WP  = 1u << 15,  /* DBGW*<n>: exists only for n < ID_AA64DFR0_EL1.WRPs + 1 */
};

/* Result of an access check. */
typedef enum SrAccess {
    SR_OK = 0,
    SR_UNDEF,           /* UNDEFINED: EC 0 */
    SR_TRAP_EL1,        /* trapped: EC 0x18 to EL1 */
    SR_TRAP_EL2,
    SR_TRAP_EL3,
    SR_FPTRAP_EL1,      /* FP access trap: EC 0x07 */
    SR_FPTRAP_EL2,
    SR_FPTRAP_EL3,
} SrAccess;

/* Hooks. rd/wr return EXEC_NEXT, EXEC_SYNC or EXEC_FAULT (pending set). */
typedef int SrReadFn(CpuState *cpu, const SysRegDesc *d, uint64_t *val);
typedef int SrWriteFn(CpuState *cpu, const SysRegDesc *d, uint64_t val);
typedef SrAccess SrTrapFn(CpuState *cpu, const SysRegDesc *d, bool is_read);

#define SR_NONE 0xffff

struct SysRegDesc {
    const char *name;
    uint16_t key;         /* op0:op1:CRn:CRm:op2, = (MRS encoding >> 5) & 0xffff */
    uint16_t idx;         /* SR_<name> */
    uint16_t vhe_el2;     /* FEAT_VHE: the EL2 register this encoding means at EL2
                             with HCR_EL2.E2H=1 (SR_NONE: none) */
    uint16_t alias_of;    /* _EL12/_EL02 rows: the EL1/EL0 register (SR_NONE: none) */
    uint8_t access;
    uint32_t flags;
    uint64_t wmask;       /* writable bits; others keep their value */
    SrReadFn *rd;
    SrWriteFn *wr;
    SrTrapFn *trap;
};

/* The rows a CPU model has, sorted by key. */
typedef struct SysRegTable {
    SysRegDesc *rows;
    unsigned n;
    const SysRegDesc **by_idx;    /* SR_<name> -> row, NULL when absent */
} SysRegTable;

/* FEAT_VHE: fill vhe_el2/alias_of of the rows (sysreg_vhe.c). */
void sysreg_vhe_link(SysRegTable *t);

static inline uint16_t sysreg_key(unsigned op0, unsigned op1, unsigned crn,
                                  unsigned crm, unsigned op2)
{
    return (uint16_t)(op0 << 14 | op1 << 11 | crn << 7 | crm << 3 | op2);
}

/* Build the table for a CPU model; aborts start-up on duplicate keys. */
bool sysreg_table_build(SysRegTable *t, const CpuModel *m, char *err, size_t errlen);
void sysreg_table_free(SysRegTable *t);
const SysRegDesc *sysreg_find(const SysRegTable *t, uint16_t key);
const SysRegDesc *sysreg_find_name(const SysRegTable *t, const char *name);

/* Reset every register to its reset value. */
void sysreg_reset(CpuState *cpu);

/* Generic-name formatting: "S3_5_C15_C7_2". buf must hold 24 bytes. */
void sysreg_key_name(uint16_t key, char *buf, size_t len);

/* MRS/MSR/SYS execution (access checks, traps, hooks, storage). rt is the
 * register-file index of Xt. */
int sysreg_exec_read(CpuState *cpu, const SysRegDesc *d, uint64_t *val, unsigned rt);
int sysreg_exec_write(CpuState *cpu, const SysRegDesc *d, uint64_t val, unsigned rt);

/* Debugger/test access without access checks or side effects beyond the
 * register itself. */
bool sysreg_peek(CpuState *cpu, const SysRegDesc *d, uint64_t *val);
bool sysreg_poke(CpuState *cpu, const SysRegDesc *d, uint64_t val);

/* FP/SIMD enable checks (CPACR_EL1.FPEN, CPTR_EL2/EL3.TFP) for the current
 * EL: SR_OK or the SR_FPTRAP_ELx to raise. */
SrAccess sysreg_fp_access(const CpuState *cpu);

/* EL2 is implemented and enabled in the current Security state (Armv8.1
 * has no Secure EL2): its controls apply to EL1 and EL0. */
bool cpu_el2_enabled(const CpuState *cpu);
/* HCR_EL2 as it affects EL1/EL0: 0 when EL2 is not enabled. */
uint64_t cpu_hcr(const CpuState *cpu);

/* Current-EL helpers shared by hooks */
uint64_t sysreg_sctlr(const CpuState *cpu);          /* SCTLR of the current regime */
unsigned sysreg_el1_target(const CpuState *cpu);     /* EL for "EL1" traps: 1, or 2 when HCR_EL2.TGE */

/* HCR_EL2 bits used by the core */
#define HCR_VM    (UINT64_C(1) << 0)
#define HCR_SWIO  (UINT64_C(1) << 1)
#define HCR_FMO   (UINT64_C(1) << 3)
#define HCR_IMO   (UINT64_C(1) << 4)
#define HCR_AMO   (UINT64_C(1) << 5)
#define HCR_VF    (UINT64_C(1) << 6)
#define HCR_VI    (UINT64_C(1) << 7)
#define HCR_VSE   (UINT64_C(1) << 8)
#define HCR_DC    (UINT64_C(1) << 12)
#define HCR_TWI   (UINT64_C(1) << 13)
#define HCR_TWE   (UINT64_C(1) << 14)
#define HCR_TID1  (UINT64_C(1) << 16)
#define HCR_TID2  (UINT64_C(1) << 17)
#define HCR_TID3  (UINT64_C(1) << 18)
#define HCR_TSC   (UINT64_C(1) << 19)
#define HCR_TIDCP (UINT64_C(1) << 20)
#define HCR_TACR  (UINT64_C(1) << 21)
#define HCR_TSW   (UINT64_C(1) << 22)
#define HCR_TPC   (UINT64_C(1) << 23)
#define HCR_TPU   (UINT64_C(1) << 24)
#define HCR_TTLB  (UINT64_C(1) << 25)
#define HCR_TVM   (UINT64_C(1) << 26)
#define HCR_TGE   (UINT64_C(1) << 27)
#define HCR_TDZ   (UINT64_C(1) << 28)
#define HCR_HCD   (UINT64_C(1) << 29)
#define HCR_TRVM  (UINT64_C(1) << 30)
#define HCR_RW    (UINT64_C(1) << 31)
#define HCR_E2H   (UINT64_C(1) << 34)

/* SCR_EL3 bits */
#define SCR_NS    (UINT64_C(1) << 0)
#define SCR_IRQ   (UINT64_C(1) << 1)
#define SCR_FIQ   (UINT64_C(1) << 2)
#define SCR_EA    (UINT64_C(1) << 3)
#define SCR_SMD   (UINT64_C(1) << 7)
#define SCR_HCE   (UINT64_C(1) << 8)
#define SCR_RW    (UINT64_C(1) << 10)
#define SCR_TWI   (UINT64_C(1) << 12)
#define SCR_TWE   (UINT64_C(1) << 13)

/* SCTLR_ELx bits */
#define SCTLR_M    (UINT64_C(1) << 0)
#define SCTLR_A    (UINT64_C(1) << 1)
#define SCTLR_C    (UINT64_C(1) << 2)
#define SCTLR_SA   (UINT64_C(1) << 3)
#define SCTLR_SA0  (UINT64_C(1) << 4)
#define SCTLR_I    (UINT64_C(1) << 12)
#define SCTLR_DZE  (UINT64_C(1) << 14)
#define SCTLR_UCT  (UINT64_C(1) << 15)
#define SCTLR_NTWI (UINT64_C(1) << 16)
#define SCTLR_NTWE (UINT64_C(1) << 18)
#define SCTLR_WXN  (UINT64_C(1) << 19)
#define SCTLR_SPAN (UINT64_C(1) << 23)
#define SCTLR_EE   (UINT64_C(1) << 25)
#define SCTLR_UCI  (UINT64_C(1) << 26)

#endif
