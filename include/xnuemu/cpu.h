/*
 * cpu.h — the state of one AArch64 processing element and the contract
 * between the run loop and instruction handlers.
 *
 * Register file: r[0..30] are X0..X30, r[31] always reads zero (XZR),
 * r[32] is a write sink (writes to XZR land there and are never read),
 * r[33] is the current stack pointer. Decode maps every register field to
 * one of these indices once, so handlers never test for register 31.
 * Arm ARM B1.2 (registers), D1.4 (PSTATE), D1.10 (exception entry).
 */
#ifndef XNUEMU_CPU_H
#define XNUEMU_CPU_H

#include "common.h"
#include "log.h"
#include "ring.h"
#include "tlb.h"

enum { REG_ZR = 31, REG_DISCARD = 32, REG_SP = 33, REG_COUNT = 34 };

typedef struct CpuState CpuState;
typedef struct DecodedInsn DecodedInsn;
typedef struct Machine Machine;
typedef struct CpuModel CpuModel;
typedef struct SysRegDesc SysRegDesc;

/* What a handler tells the run loop. Either the loop counts the
 * instruction and finds the next (EXEC_NEXT, EXEC_BRANCH) or the handler
 * did, through exec_next()/exec_jump() (src/cpu/exec.h), and may have run
 * further instructions itself (*_DONE). */
enum ExecResult {
    EXEC_NEXT = 0,   /* retired; continue at pc + 4 */
    EXEC_BRANCH,     /* retired; handler set cpu->pc */
    EXEC_BRANCH_SYNC,/* retired; handler set cpu->pc and changed EL,
                        translation or interrupt state (ERET) */
    EXEC_SYNC,       /* retired; continue at pc + 4 after re-checking
                        translation, interrupts and timers */
    EXEC_FAULT,      /* not retired; cpu->pending holds a synchronous
                        exception whose preferred return is this insn */
    EXEC_EXCEPTION,  /* retired; handler already took an exception
                        (SVC/HVC/SMC: preferred return is the next insn) */
    EXEC_HALT,       /* not retired; stop running (cpu->halt_reason says why) */
    EXEC_REFETCH,    /* not an instruction: look up pc again (page end) */
    EXEC_NEXT_DONE,  /* retired, pc and icount already advanced by
                        exec_next(), which ran zero or more further
                        instructions and then stopped: look up pc again */
    EXEC_BRANCH_DONE,/* retired, icount already advanced by exec_jump(),
                        which may have run further instructions: fetch at
                        pc (which may need a translation) */
};

typedef int ExecFn(CpuState *cpu, const DecodedInsn *di);

/* One decoded instruction, 32 bytes. Operands that depend only on the
 * encoding are finished at decode time; nothing here depends on PSTATE or
 * system registers, so a decoded page survives EL and translation changes. */
struct DecodedInsn {
    ExecFn *exec;         /* exec_<row>, a variant chosen by prep, or the stub */
    uint64_t imm;         /* finished immediate / offset / SysRegDesc pointer */
    uint32_t raw;         /* the encoding */
    uint16_t id;          /* A64Id of the row */
    uint8_t rd, rn, rm, ra;   /* register-file indices (see REG_*) */
    uint8_t sf, sz, cond, aux; /* row-specific small operands */
};
_Static_assert(sizeof(DecodedInsn) == 32, "DecodedInsn must stay 32 bytes");

/* A synchronous exception waiting to be taken (Arm ARM D17.2.37 ESR_ELx). */
typedef struct ExcInfo {
    uint32_t ec;          /* exception class, ESR[31:26] */
    uint32_t iss;         /* ESR[24:0] */
    bool il;              /* ESR.IL: 32-bit instruction */
    bool far_valid;
    uint8_t target_el;    /* 0: route by the default rules for ec */
    uint64_t far;
    uint64_t ipa;         /* stage-2 faults: HPFAR_EL2 source */
    bool ipa_valid;
} ExcInfo;

/* Exception classes we raise (Arm ARM D17.2.37, Table D17-8). */
enum {
    EC_UNKNOWN      = 0x00,
    EC_WFX          = 0x01,
    EC_FP_ACCESS    = 0x07,
    EC_ILLEGAL      = 0x0e,
    EC_SVC64        = 0x15,
    EC_HVC64        = 0x16,
    EC_SMC64        = 0x17,
    EC_SYSREG       = 0x18,
    EC_IABT_LOWER   = 0x20,
    EC_IABT_SAME    = 0x21,
    EC_PC_ALIGN     = 0x22,
    EC_DABT_LOWER   = 0x24,
    EC_DABT_SAME    = 0x25,
    EC_SP_ALIGN     = 0x26,
    EC_FP_EXC64     = 0x2c,
    EC_SERROR       = 0x2f,
    EC_BKPT_LOWER   = 0x30,
    EC_BKPT_SAME    = 0x31,
    EC_SSTEP_LOWER  = 0x32,
    EC_SSTEP_SAME   = 0x33,
    EC_WATCH_LOWER  = 0x34,
    EC_WATCH_SAME   = 0x35,
    EC_BRK64        = 0x3c,
};

/* Interrupt inputs of the PE: level-sensitive lines. */
enum { CPU_IN_IRQ = 1u << 0, CPU_IN_FIQ = 1u << 1, CPU_IN_SERROR = 1u << 2,
       CPU_IN_VIRQ = 1u << 3, CPU_IN_VFIQ = 1u << 4, CPU_IN_VSERROR = 1u << 5 };
enum { CPU_IN_COUNT = 6 };

/* Who drives an input: each input is the OR of its sources' levels. */
enum { IRQ_SRC_TIMER0 = 0,          /* + TIMER_* index */
       IRQ_SRC_DEVICE = 8,          /* interrupt controllers, devices */
       IRQ_SRC_FAST_IPI = 30,       /* Apple fast IPIs (sysreg_apple.c) */
       IRQ_SRC_DIRECT = 31 };       /* cpu_set_irq_line(): tests, debugger */

typedef struct Pstate {
    uint8_t el;           /* 0..3 */
    uint8_t sp;           /* SPSel: 0 = SP_EL0, 1 = SP_ELx */
    uint8_t daif;         /* D A I F in bits 3:0 */
    uint8_t pan, uao, ss, il;
} Pstate;

#define DAIF_D 8u
#define DAIF_A 4u
#define DAIF_I 2u
#define DAIF_F 1u

typedef struct ExclMonitor {
    bool valid;
    uint64_t pa;          /* physical address of the LDXR */
    uint64_t va;
    uint8_t size;         /* bytes, 1..16 */
} ExclMonitor;

typedef union VReg {
    uint8_t b[16];
    uint16_t h[8];
    uint32_t s[4];
    uint64_t d[2];
} VReg;

typedef enum HaltReason {
    HALT_NONE = 0,
    HALT_EXIT,            /* guest asked to exit (semihosting); see exit_code */
    HALT_MAX_INSNS,       /* --max-insns reached */
    HALT_STUCK,           /* exception loop / WFI with no wake-up source */
    HALT_DEBUG,           /* debugger stop request */
    HALT_ERROR,           /* emulator-side error already reported */
    HALT_UNTIL,           /* the console printed the --until text */
    HALT_TIMEOUT,         /* --timeout wall-clock seconds passed */
    HALT_PANIC,           /* the guest kernel panicked (report.h) */
} HaltReason;

#include "sysreg_ids.h"

/* Self-hosted debug (hwdebug.h): a summary of the guest's own breakpoints
 * and watchpoints, recomputed when a debug register changes, and the
 * software-step bookkeeping. */
typedef struct HwDebugState {
    uint16_t bp_mask;     /* breakpoints that can fire (MDE, E, not OS-locked) */
    uint16_t wp_mask;     /* watchpoints likewise: their pages are TLBF_WATCH */
    bool ss_advance;      /* stepping one instruction: clear PSTATE.SS when it retires */
    bool ss_did_step;     /* the last step completed an instruction (ESR ISV) */
    bool ss_ex;           /* ... and it was a load-exclusive (ESR EX) */
} HwDebugState;

/* One exception entry, for stuck reports */
typedef struct ExcRecord {
    bool valid, sync;
    uint8_t from_el, to_el;
    uint32_t esr;
    uint64_t elr, far, vector;
} ExcRecord;

struct CpuState {
    /* --- hot: touched by nearly every instruction --- */
    uint64_t r[REG_COUNT];
    uint64_t pc;
    uint32_t nzcv;        /* N Z C V in bits 31:28 */
    uint32_t irq_lines;   /* asserted CPU_IN_* inputs (OR of irq_src) */
    uint64_t icount;      /* retired instructions */
    uint64_t icount_limit;/* leave the inner loop when icount reaches this */
    uint64_t chain_limit; /* exec_next() runs the next instruction itself
                             while icount is below this (<= icount_limit;
                             0 outside the untraced inner loop) */
    Tlb *tlb;             /* current regime's table */
    DecodedPage *cur_dp;  /* decoded page being executed (for the decode stub) */
    Pstate ps;
    uint8_t regime;       /* REGIME_* of tlb */
    bool fp_ok;           /* FP/SIMD enabled at the current EL (cache, see fpsimd.h) */

    /* --- architectural state --- */
    uint64_t sp_el[4];    /* banked SPs; the live one is mirrored in r[REG_SP] */
    uint64_t sr[SR__COUNT]; /* system-register storage, see sysreg_arch.def */
    VReg v[32];
    ExclMonitor excl;
    uint32_t irq_src[CPU_IN_COUNT];   /* per input: bit per IRQ_SRC_* asserting it */

    /* --- emulator state --- */
    ExcInfo pending;      /* filled by a handler returning EXEC_FAULT */
    uint64_t exc_icount;  /* icount at the last exception entry */
    unsigned exc_streak;  /* exceptions in a row with no retired instruction */
    unsigned exc_repeat;  /* the same exception in a row, few instructions apart */
    /* The last exceptions taken, most recent first, runs of identical ones
     * counted once: what a stuck report names (exc.c). */
    ExcRecord exc_hist[4];
    uint64_t stuck_pc;    /* HALT_STUCK: where the guest spins; 0 if not known */
    bool wfi;             /* in WFI: sleeping until an interrupt */
    bool event;           /* the event register (SEV/SEVL/WFE) */
    HaltReason halt_reason;
    int exit_code;
    char halt_msg[320];   /* why the run stopped, for HALT_STUCK/HALT_ERROR */
    uint64_t idle_insns;  /* virtual time skipped while sleeping in WFI */
    uint64_t input_deadline;  /* --replay-input: stop the stretch at this count (0 = none) */
    uint64_t max_insns;   /* 0 = unlimited */
    uint64_t wall_deadline_ns;  /* --timeout: host CLOCK_MONOTONIC deadline, 0 = none */
    uint64_t next_wall_check;   /* icount at which to look at the host clock again */
    bool realtime;        /* counters follow host time (--realtime) */
    uint64_t realtime_origin;

    const CpuModel *model;
    Machine *machine;
    Log *log;
    const struct A64Decoder *decoder;
    struct DecodeCache *dcache;
    struct Bus *bus;
    struct SysRegTable *srt;
    void (*timer_irq)(void *opaque, int timer, int level);  /* board wiring */
    void *timer_irq_opaque;
    /* Host event sources (serial input, debugger): poll at every safe point;
     * wait up to timeout_ns while the guest sleeps in WFI, returning false
     * if there is nothing to wait for. NULL = none. */
    void (*poll_host)(void *opaque);
    bool (*wait_host)(void *opaque, uint64_t timeout_ns);
    void *wait_host_opaque;
    bool semihosting;     /* HLT #0xF000 is a semihosting call */
    bool halt_on_exception;   /* stop (HALT_DEBUG) right after taking any exception */
    struct Hooks *hooks;      /* --hook: symbol hooks armed at decode time, or NULL */
    struct Trace *trace;      /* --trace filters and the disassembler (trace.h) */
    PcRing ring;              /* the last stretches of code run (ring.h), always on */
    MmioRing mmio_ring;       /* the last device accesses */
    /* The debugger (gdbstub.h): breakpoints, watchpoints, stepping. NULL
     * without --gdb; the core's debug hooks are behind `if (cpu->dbg)`. */
    struct CpuDebug *dbg;
    bool dbg_stepping;        /* single step: one instruction, no interrupts taken */
    HwDebugState hwdbg;       /* the guest's own debug events (hwdebug.h) */
    bool sysreg_unknown_raz;  /* --sysreg-unknown raz */
    uint8_t *unimp_logged;    /* one bit per A64Id: logged once */
    uint8_t *sysreg_logged;   /* one bit per 16-bit sysreg key */
    void *semi;           /* semihosting state (dev/semihosting.c) */

    uint8_t tlb_size_log2[REGIME_COUNT];  /* largest mapping cached per regime */
    struct {                  /* counted on slow paths only (--stats) */
        uint64_t slow_data;   /* data accesses that missed the inline TLB test */
        uint64_t data_fills;  /* ... of which needed a translation (TLB miss) */
        uint64_t itlb_fills;  /* instruction-side translations */
    } stats;
    Tlb tlbs[REGIME_COUNT];
};

/* Reset: registers to their reset values, PE at `el` with SP_ELx and all
 * of DAIF masked, TLBs empty. */
void cpu_reset(CpuState *cpu, unsigned el);

/* PSTATE/SPSR packing (Arm ARM C5.2.18 SPSR_EL1 for AArch64 state). */
uint64_t cpu_get_spsr_bits(const CpuState *cpu);
/* Current EL's stack-pointer selection as an index into sp_el[]. */
static inline unsigned cpu_sp_index(const CpuState *cpu)
{
    return cpu->ps.sp ? cpu->ps.el : 0;
}

/* Change EL/SPSel: banks the SP and switches the TLB regime. */
void cpu_set_el_sp(CpuState *cpu, unsigned el, unsigned spsel);
/* Recompute cpu->tlb after a change of EL, PAN, HCR_EL2.{E2H,TGE}. */
void cpu_update_regime(CpuState *cpu);
/* Flush every regime's TLB (v1 policy: any TLBI/TTBR/TCR/SCTLR write). */
void cpu_tlb_flush_all(CpuState *cpu);

/* Stop the run at the next instruction boundary with `why` (devices,
 * console watches, the debugger); a reason already set wins. */
static inline void cpu_stop(CpuState *cpu, HaltReason why)
{
    if (!cpu->halt_reason)
        cpu->halt_reason = why;
    cpu->icount_limit = 0;
    cpu->chain_limit = 0;
}

/* Interrupt inputs (level-sensitive): source `src` (IRQ_SRC_*) drives the
 * CPU_IN_* input `line` to `level`; the input is asserted while any of its
 * sources is. A change forces the run loop to re-poll. */
void cpu_drive_irq(CpuState *cpu, uint32_t line, unsigned src, bool level);
/* Drive `line` as the IRQ_SRC_DIRECT source. */
void cpu_set_irq_line(CpuState *cpu, uint32_t line, bool level);
/* Force the inner loop to stop after the current instruction. */
static inline void cpu_kick(CpuState *cpu)
{
    cpu->icount_limit = cpu->icount;
    cpu->chain_limit = 0;
}

/* Run the handler of a decoded instruction that is not in its decoded
 * page (a hook's or breakpoint's saved copy): exec_next() must not look at
 * the slot after it. The loop re-arms chaining when it gets control back. */
static inline int cpu_exec_detached(CpuState *cpu, const DecodedInsn *copy)
{
    cpu->chain_limit = 0;
    return copy->exec(cpu, copy);
}

/* Highest implemented EL and whether EL2/EL3 exist (from the CPU model). */
bool cpu_have_el(const CpuState *cpu, unsigned el);

/* Take the exception in cpu->pending (loop only), or an explicit one.
 * preferred_return is written to ELR. Returns EXEC_EXCEPTION. */
int exc_take_sync(CpuState *cpu, const ExcInfo *e, uint64_t preferred_return);
/* Take an asynchronous exception if one is pending and unmasked. */
bool exc_take_interrupt(CpuState *cpu);
/* ERET from the current EL. Returns EXEC_BRANCH or EXEC_FAULT. */
int exc_return(CpuState *cpu);

/* AArch64.BranchAddr: an indirect branch target whose top byte is not a
 * sign extension of bit 55 loses its tag when TBI applies to it. */
uint64_t cpu_branch_addr_slow(const CpuState *cpu, uint64_t va);
static inline uint64_t cpu_branch_addr(const CpuState *cpu, uint64_t va)
{
    if (likely((uint64_t)((int64_t)(va << 8) >> 8) == va))
        return va;
    return cpu_branch_addr_slow(cpu, va);
}

/* "SVC", "data abort", ... for an exception class. */
const char *exc_class_name(uint32_t ec);

/* Record a synchronous exception for the current instruction; handlers
 * `return cpu_fault(...)`. */
static inline int cpu_fault(CpuState *cpu, uint32_t ec, uint32_t iss)
{
    cpu->pending = (ExcInfo){ .ec = ec, .iss = iss, .il = true };
    return EXEC_FAULT;
}
/* UNDEFINED instruction (EC 0). */
static inline int cpu_undef(CpuState *cpu)
{
    return cpu_fault(cpu, EC_UNKNOWN, 0);
}

/* Condition codes (Arm ARM C1.2.4, ConditionHolds). */
static inline bool cond_holds(uint32_t nzcv, unsigned cond)
{
    /* bit nzcv>>28 of entry cond says whether cond holds for those flags */
    static const uint16_t tab[16] = {
        0xf0f0, 0x0f0f, 0xcccc, 0x3333, 0xff00, 0x00ff, 0xaaaa, 0x5555,
        0x0c0c, 0xf3f3, 0xaa55, 0x55aa, 0x0a05, 0xf5fa, 0xffff, 0xffff,
    };
    return (tab[cond] >> (nzcv >> 28)) & 1;
}

#define NZCV_N (1u << 31)
#define NZCV_Z (1u << 30)
#define NZCV_C (1u << 29)
#define NZCV_V (1u << 28)

#endif
