/*
 * hooks.h — actions attached to guest functions by symbol name, never by
 * address (--hook SYMBOL=ACTION): when the function's first instruction is
 * about to run, the hook
 *   return:VALUE  sets x0 = VALUE and returns to the caller (x30),
 *   skip          returns to the caller without touching x0,
 *   log           prints the call (x0-x3, the caller's symbol, the
 *                 instruction count) and lets the function run,
 *   stop          ends the run (status 0), e.g. at a boot milestone,
 *   call:G[:A,..] first calls the guest function G (x0.. = A.., at most 8,
 *                 x30 = this function), then, when G returns, restores the
 *                 function's own x0-x8, x30 and SP and lets it run: what a
 *                 missing driver would have called before this point.
 *                 x9-x17 are clobbered, as AAPCS64 allows at a call. An
 *                 entry by another thread (another SP) while G is still
 *                 running just runs the function,
 *   jump:G        runs G instead, with this function's arguments and
 *                 return address (a tail call): e.g. a subclass method
 *                 replaced by its base-class implementation.
 * SYMBOL (and a call:/jump: target) may be NAME+OFFSET, an instruction
 * inside NAME, for code the compiler inlined into its caller.
 * Internal actions (not in --hook): `until` records a milestone
 * (--until-symbol, milestone.h) and runs the function; `panic` stops the
 * run with a panic report (the kernel's panic() being entered, report.h).
 * Hooks never write guest memory. They live on the physical address of
 * the function's first instruction: the slot is given a hook handler when
 * it is decoded (so stores to code, IC and decode-cache drops keep it), and
 * the instruction itself runs afterwards for `log`.
 */
#ifndef XNUEMU_HOOKS_H
#define XNUEMU_HOOKS_H

#include "cpu.h"

typedef enum HookAction {
    HOOK_RETURN,
    HOOK_SKIP,
    HOOK_LOG,
    HOOK_STOP,
    HOOK_UNTIL,               /* --until-symbol: a milestone */
    HOOK_PANIC,               /* XNU panic(): stop with a panic report */
    HOOK_CALL,
    HOOK_JUMP,
} HookAction;

#define HOOK_CALL_MAX_ARGS 8

typedef struct Hook {
    char *spec;               /* as the user wrote it, for reports */
    char *symbol;
    HookAction action;
    uint64_t value;           /* HOOK_RETURN */
    char *callee;             /* HOOK_CALL/JUMP: G's symbol; CALL: its arguments */
    unsigned nargs;
    uint64_t args[HOOK_CALL_MAX_ARGS];
    uint64_t callee_va;
    bool calling;             /* HOOK_CALL: G is running; saved[] holds the entry state */
    uint64_t saved[11];       /* x0-x8, x30, SP */
    uint64_t va, pa;
    uint64_t hits;
    bool optional;            /* internal: an unknown symbol disarms it, no error */
    unsigned arg;             /* HOOK_UNTIL: milestone index */
    DecodedInsn orig;         /* the instruction the hook displaced (decoded) */
} Hook;

typedef struct Hooks {
    Hook *h;
    unsigned n;
    struct Symtab *symtab;    /* not owned */
    FILE *out;                /* log lines */
} Hooks;

/* Parse "SYMBOL=ACTION" into a new hook (resolved later). */
EmuErr hooks_add_spec(Hooks *hs, const char *spec, char *err, size_t errlen);
/* An internal hook (HOOK_UNTIL, HOOK_PANIC) on symbol; optional ones are
 * dropped silently when the symbol is missing or already hooked. */
EmuErr hooks_add_internal(Hooks *hs, const char *symbol, HookAction action, unsigned arg,
                          bool optional, char *err, size_t errlen);
/* Each non-empty line of path not starting with '#' is a spec. */
EmuErr hooks_add_file(Hooks *hs, const char *path, char *err, size_t errlen);
/* Resolve every symbol (and call:/jump: target) with st; va_to_pa maps an
 * image address to its physical address (false: outside the image). Unknown symbol: error. */
EmuErr hooks_resolve(Hooks *hs, struct Symtab *st,
                     bool (*va_to_pa)(void *opaque, uint64_t va, uint64_t *pa), void *opaque,
                     char *err, size_t errlen);
void hooks_free(Hooks *hs);

/* Decode time: if a hook sits at pa, make slot run it (after keeping the
 * slot's decoding). */
void hooks_slot_decoded(CpuState *cpu, uint64_t pa, DecodedInsn *slot);

/* "NAME=ACTION fired N times" lines for the end-of-run report. */
void hooks_report(const Hooks *hs, FILE *out);

#endif
