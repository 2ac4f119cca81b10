/*
 * gdb_internal.h — what the files of the GDB stub share: the stub's state,
 * the debug engine's state, the register map and the helpers between
 * packet handlers, target description, memory access and monitor commands.
 */
#ifndef XNUEMU_GDB_INTERNAL_H
#define XNUEMU_GDB_INTERNAL_H

#include "xnuemu/gdbstub.h"
#include "xnuemu/machine.h"

/* --- debug engine (gdb_break.c) --- */

typedef struct DbgPoint {
    uint64_t addr, len;
    unsigned type;            /* DBG_BP_* / DBG_WP_* */
} DbgPoint;

/* A decoded slot replaced by exec_gdb_break: the physical instruction, the
 * breakpoint address it was armed for, and the slot's own handler. */
typedef struct DbgArmed {
    uint64_t pa, va;
    ExecFn *orig;
} DbgArmed;

#define DBG_MAX_WP 16u
#define DBG_MAX_ARMED 4096u

struct CpuDebug {
    DbgPoint *bp;             /* software and hardware breakpoints */
    unsigned nbp, cap_bp, nhw;
    DbgPoint wp[DBG_MAX_WP];  /* watchpoints */
    unsigned nwp;
    DbgArmed *armed;
    unsigned narmed, cap_armed;
    bool stepping;
    uint64_t step_icount;
    bool saved_hoe;           /* halt_on_exception outside a step */
    uint64_t skip_pc, skip_icount;  /* the resumed instruction */
    bool skip_wp;             /* ... also passes the watchpoint it stopped at */
    DbgStop stop;
};

/* --- the stub --- */

/* Register numbers of our target description (gdb_target_xml.c). */
enum {
    GDB_REG_X0 = 0, GDB_REG_SP = 31, GDB_REG_PC = 32, GDB_REG_CPSR = 33,
    GDB_REG_V0 = 34, GDB_REG_FPSR = 66, GDB_REG_FPCR = 67, GDB_REG_SYS0 = 68,
};

struct GdbStub {
    Machine *m;
    CpuState *cpu;            /* thread 1; one thread per CPU */
    GdbIo io;
    Rsp rsp;
    bool connected;
    bool noack;               /* QStartNoAckMode */
    bool running;             /* the guest should run */
    bool reply_pending;       /* a resume packet waits for its stop reply */
    bool killed, detached;    /* the session is over: exit with exit_why / run on */
    HaltReason exit_why;
    bool phys;                /* monitor phys on: memory packets use PAs */
    HaltReason fatal;         /* a halt reported as a stop; resuming ends the session */
    GdbBuf last;              /* last framed packet (resent on '-') */
    GdbBuf deferred;          /* bytes received while running */
    GdbBuf stop_reply;        /* answer to '?' */
    char *xml;                /* target.xml */
    size_t xml_len;
    const SysRegDesc **sysregs;   /* GDB_REG_SYS0 + i */
    unsigned nsysregs;
    /* the board's host hooks (device input), called before the stub's own */
    void (*board_poll)(void *opaque);
    bool (*board_wait)(void *opaque, uint64_t timeout_ns);
    void *board_opaque;
};

/* gdb_cmds.c */
void gdb_send(GdbStub *s, const char *payload, size_t len);
void gdb_send_str(GdbStub *s, const char *payload);
/* Console output ("O" packets), e.g. for monitor commands. */
void gdb_console(GdbStub *s, const char *text);

/* "addr,len" in hex followed by sep (or the end when sep is 0). */
bool gdb_addr_len(const char **p, uint64_t *addr, uint64_t *len, char sep);

/* gdb_query.c: a q packet */
void gdb_query(GdbStub *s, const char *p);

/* gdb_target_xml.c */
bool gdb_target_init(GdbStub *s);
unsigned gdb_reg_count(const GdbStub *s);
/* Register n in target byte order; returns its size, 0 when unknown. */
unsigned gdb_reg_read(GdbStub *s, unsigned n, uint8_t *buf);
bool gdb_reg_write(GdbStub *s, unsigned n, const uint8_t *buf, unsigned size);

/* gdb_mem.c: debugger memory access, through the current translation (or
 * physical with `monitor phys on`); returns the bytes done. */
size_t gdb_mem_read(GdbStub *s, uint64_t addr, uint8_t *buf, size_t len);
size_t gdb_mem_write(GdbStub *s, uint64_t addr, const uint8_t *buf, size_t len);

/* gdb_monitor.c: qRcmd; output through gdb_console. */
void gdb_monitor(GdbStub *s, const char *cmd);

#endif
