/*
 * gdbstub.h — the built-in GDB remote stub (src/gdbstub/), in three layers:
 *
 *  1. the debug engine (gdb_break.c): breakpoints, watchpoints and single
 *     step, hooked into the core at a few slow-path points so that it costs
 *     nothing while no debugger is configured (cpu->dbg == NULL);
 *  2. the GDB Remote Serial Protocol: packet framing (rsp.c) and the stub
 *     that answers packets and drives the run loop (gdb_cmds.c and friends),
 *     independent of any socket so tests can feed it bytes;
 *  3. the TCP server (gdb_server.c) that main.c runs instead of cpu_run().
 *
 * Breakpoints are virtual addresses. A breakpoint is armed on the decoded
 * slot of the physical instruction it maps to, by replacing the slot's
 * handler with exec_gdb_break (instruction fetch through the ITLB fill and
 * slot decoding re-arm it after any invalidation); the handler stops when
 * the PC is a breakpoint address and otherwise runs the original handler.
 * Watchpoints flag their pages in the TLB (TLBF_WATCH) so every access to
 * them reaches the memory slow path, which checks them exactly and stops
 * the run before the access (as an Armv8 watchpoint exception would: GDB
 * then steps over the access itself). Single step runs one instruction, or
 * stops at the vector of the exception it takes; interrupts are not taken
 * while stepping.
 */
#ifndef XNUEMU_GDBSTUB_H
#define XNUEMU_GDBSTUB_H

#include "cpu.h"

/* ------------------------------------------------------------------ */
/* 1. Debug engine                                                     */
/* ------------------------------------------------------------------ */

typedef struct CpuDebug CpuDebug;    /* cpu->dbg; gdb_break.c */

/* Breakpoint and watchpoint kinds: the Z/z packet type numbers. */
enum { DBG_BP_SW = 0, DBG_BP_HW = 1, DBG_WP_WRITE = 2, DBG_WP_READ = 3, DBG_WP_ACCESS = 4 };

/* Why the run stopped for the debugger. */
typedef enum DbgStopKind {
    DBG_STOP_NONE = 0,
    DBG_STOP_ATTACH,      /* a debugger connected (the guest was stopped for it) */
    DBG_STOP_INTERRUPT,   /* Ctrl-C */
    DBG_STOP_STEP,        /* single step finished */
    DBG_STOP_SWBREAK,
    DBG_STOP_HWBREAK,
    DBG_STOP_WATCH,       /* write watchpoint, before the access */
    DBG_STOP_RWATCH,
    DBG_STOP_AWATCH,
} DbgStopKind;

typedef struct DbgStop {
    DbgStopKind kind;
    uint64_t addr;        /* watchpoints: the first watched byte the access touches */
} DbgStop;

/* Insert/remove results. */
enum { DBG_OK = 0, DBG_ERR_TYPE = -1, DBG_ERR_FULL = -2, DBG_ERR_ARG = -3 };

#define DBG_MAX_SW_BP 1024u
#define DBG_POLL_SLICE (UINT64_C(1) << 20)  /* instructions between host polls */

/* Attach the engine to a CPU (cpu->dbg); detaching removes every point. */
void dbg_attach(CpuState *cpu);
void dbg_detach(CpuState *cpu);

/* Hardware breakpoints and watchpoints the CPU model advertises
 * (ID_AA64DFR0_EL1.BRPs + 1, .WRPs + 1). */
unsigned dbg_hw_bp_max(const CpuState *cpu);
unsigned dbg_wp_max(const CpuState *cpu);

/* Z/z: type DBG_*, virtual address, length (breakpoints: kind, 4). */
int dbg_insert(CpuState *cpu, unsigned type, uint64_t addr, uint64_t len);
int dbg_remove(CpuState *cpu, unsigned type, uint64_t addr, uint64_t len);
void dbg_remove_all(CpuState *cpu);

/* Before the run resumes: the instruction at the PC runs without stopping
 * at its own breakpoint (or at the watchpoint it just reported), and with
 * step, exactly one instruction (or one exception entry) runs. */
void dbg_resume(CpuState *cpu, bool step);
/* After cpu_run() returned HALT_DEBUG: clear the halt and say why. */
DbgStop dbg_take_stop(CpuState *cpu);
/* Stop the run at the next safe point (Ctrl-C, a debugger attaching). */
void dbg_request_stop(CpuState *cpu, DbgStopKind kind);

/* --- hooks called by the core, only when cpu->dbg != NULL --- */

/* Run loop, before each stretch: the instruction budget (1 when stepping,
 * else at most DBG_POLL_SLICE so host polls happen). */
uint64_t dbg_run_limit(const CpuState *cpu, uint64_t limit);
/* Run loop, at the safe point: true when a single step has finished (the
 * halt is then set). */
bool dbg_step_done(CpuState *cpu);
/* dcache.c: slot idx of dp was just (re)decoded. */
void dbg_slot_decoded(CpuState *cpu, DecodedPage *dp, unsigned idx);
/* mem_slow.c: the ITLB now maps VA page vpage to dp. */
void dbg_code_page(CpuState *cpu, uint64_t vpage, DecodedPage *dp);
/* mem_slow.c: whether a TLB entry for VA page vpage needs TLBF_WATCH. */
bool dbg_watch_page(const CpuState *cpu, uint64_t vpage);
/* mem_slow.c: an access of size bytes at va with MEM_* flags; false when a
 * watchpoint stopped the run (nothing was accessed). */
bool dbg_watch_access(CpuState *cpu, uint64_t va, unsigned size, unsigned flags);

/* The debugger has a breakpoint at the PC that will stop the run before
 * the instruction (checked before the guest's own breakpoints, hwdebug.h). */
bool dbg_break_here(const CpuState *cpu);

/* The handler of a slot holding a breakpoint. */
ExecFn exec_gdb_break;

/* ------------------------------------------------------------------ */
/* 2. Remote Serial Protocol                                           */
/* ------------------------------------------------------------------ */

#define RSP_MAX_PACKET 16384u  /* PacketSize we announce (payload bytes) */

/* A growable byte buffer. */
typedef struct GdbBuf {
    char *p;
    size_t len, cap;
} GdbBuf;

void gbuf_free(GdbBuf *b);
void gbuf_reset(GdbBuf *b);
void gbuf_put(GdbBuf *b, const void *data, size_t len);
void gbuf_puts(GdbBuf *b, const char *s);
void gbuf_printf(GdbBuf *b, const char *fmt, ...) PRINTF_LIKE(2, 3);
void gbuf_hex(GdbBuf *b, const void *data, size_t len);        /* two hex digits a byte */
void gbuf_escaped(GdbBuf *b, const void *data, size_t len);    /* binary: # $ } * escaped */

/* The translation of `va` in the regime the debugger uses (the current
 * EL's, privileged, without PAN), stage 1 then stage 2, level by level:
 * each descriptor's address, value and meaning, then what the MMU decides
 * (Arm ARM D8.2, D8.3; `monitor vtop`, and the stuck-guest report).
 * Read-only: nothing is cached or faulted. Appends text lines to o. */
void gdb_vtop(CpuState *cpu, GdbBuf *o, uint64_t va);

/* Hex digits: value 0..15, or -1. */
int rsp_hexval(int c);
/* Parse hex digits at *s into *v (at least one, at most 16); advances *s. */
bool rsp_parse_hex(const char **s, uint64_t *v);
/* Decode 2*n hex digits into n bytes; false on a bad digit. */
bool rsp_unhex(const char *s, size_t n, uint8_t *out);

/* Incoming packet framing: $payload#cs, Ctrl-C (0x03), acks. */
typedef enum RspEvent {
    RSP_NONE = 0,         /* byte consumed, nothing complete */
    RSP_PACKET,           /* a packet: pkt[0..pkt_len) unescaped, NUL-terminated */
    RSP_BAD_CHECKSUM,     /* a complete packet with a wrong checksum: send '-' */
    RSP_TOO_LONG,         /* a well-formed packet longer than RSP_MAX_PACKET */
    RSP_INTERRUPT,        /* 0x03 outside a packet */
    RSP_ACK,              /* '+' */
    RSP_NACK,             /* '-': resend the last packet */
} RspEvent;

typedef struct Rsp {
    int state;
    uint8_t sum;          /* running checksum of the payload as sent */
    uint8_t csum;         /* received checksum */
    bool overflow;
    size_t raw_len;       /* payload bytes stored (escaped) */
    size_t pkt_len;       /* after unescaping */
    char pkt[RSP_MAX_PACKET + 1];
} Rsp;

void rsp_init(Rsp *r);
RspEvent rsp_feed(Rsp *r, uint8_t c);
/* Frame payload as $payload#cs into out (appended). */
void rsp_frame(GdbBuf *out, const void *payload, size_t len);

/* ------------------------------------------------------------------ */
/* 3. The stub and the server                                          */
/* ------------------------------------------------------------------ */

typedef struct Machine Machine;
typedef struct GdbStub GdbStub;

/* The transport under a stub. */
typedef struct GdbIo {
    void (*write)(void *opaque, const void *buf, size_t len);
    /* While the guest runs: deliver pending input with gdb_stub_input()
     * (may be NULL). Called at safe points of the run loop. */
    void (*poll)(void *opaque);
    /* The guest sleeps: block up to timeout_ns for input; false when there
     * is nothing to wait for (may be NULL). */
    bool (*wait)(void *opaque, uint64_t timeout_ns);
    void *opaque;
} GdbIo;

/* A stub for machine m's CPUs, stopped, attached to the debug engine and
 * the run loop's host hooks. */
GdbStub *gdb_stub_new(Machine *m, const GdbIo *io);
void gdb_stub_free(GdbStub *s);

/* A debugger connected: the guest is stopped for it (if it was running,
 * the stop happens at the next safe point) and '?' reports the attach. */
void gdb_stub_connect(GdbStub *s);
/* The debugger went away (or detached): every point is removed and the
 * guest runs on. */
void gdb_stub_disconnect(GdbStub *s);
bool gdb_stub_connected(const GdbStub *s);

/* Bytes from the debugger. */
void gdb_stub_input(GdbStub *s, const void *buf, size_t len);
/* Whether the guest should run (a resume packet, or no debugger). */
bool gdb_stub_running(const GdbStub *s);
/* cpu_run() returned why: report the stop to the debugger. Returns true
 * when the session goes on (the server keeps serving), false when the
 * emulator should exit with `why` (or the reason in *exit_why). */
bool gdb_stub_stopped(GdbStub *s, HaltReason why, HaltReason *exit_why);
/* The emulator should exit (the debugger killed it, or resumed a guest
 * that cannot run on): *why is the halt to exit with. */
bool gdb_stub_finished(const GdbStub *s, HaltReason *why);
/* The debugger detached: the server drops it (gdb_stub_disconnect). */
bool gdb_stub_detached(const GdbStub *s);

/* Exit status of the emulator for a halt (as main.c maps them). */
int gdb_exit_status(const CpuState *cpu, HaltReason why);

typedef struct GdbConfig {
    const char *listen;   /* address to listen on; NULL = 127.0.0.1 */
    unsigned port;        /* 0 = any free port (printed) */
    bool wait;            /* start halted until a debugger connects */
} GdbConfig;

typedef struct GdbServer GdbServer;

/* Listen (EMU_ERR_ARG with a message when the address is unusable). */
EmuErr gdb_server_open(GdbServer **out, Machine *m, const GdbConfig *cfg, char *err,
                       size_t errlen);
/* Run the machine under the server until the emulator should exit. */
HaltReason gdb_server_run(GdbServer *srv);
void gdb_server_close(GdbServer *srv);

#endif
