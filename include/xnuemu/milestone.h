/*
 * milestone.h — boot milestones for CI: console texts (--until, repeatable,
 * matched in the order given) and symbols (--until-symbol, each recorded
 * the first time the function is entered). Each records the instruction
 * count, virtual time and wall-clock second it was reached; the run stops
 * (HALT_UNTIL, status 0) when every milestone has been reached. The console
 * watcher also spots XNU's "panic(" line (report.h) — the panic detector
 * for kernels whose panic() is not hooked — unless --until texts are given
 * (they may well come after the panic).
 */
#ifndef XNUEMU_MILESTONE_H
#define XNUEMU_MILESTONE_H

#include "common.h"

typedef struct Machine Machine;

enum { MILESTONE_MAX = 32, MILESTONE_TEXT_MAX = 255, PANIC_LINE_MAX = 512 };

typedef struct Milestone {
    const char *what;         /* console text or symbol name (not owned) */
    bool symbol;              /* --until-symbol */
    bool reached;
    uint64_t icount, vtime_ns;
    double wall_s;            /* seconds since the run started */
} Milestone;

typedef struct Milestones {
    Milestone m[MILESTONE_MAX];
    unsigned n, reached;
    unsigned next_text;       /* index in m[] of the console text looked for next */
    double wall_t0;           /* host CLOCK_MONOTONIC seconds at the start of the run */
    /* the console's last bytes, for matching texts across writes */
    char tail[MILESTONE_TEXT_MAX + 1];
    size_t tail_len;
    /* "panic(" seen: the rest of the line is collected, then the run stops */
    bool panic_line;
    char panic_buf[PANIC_LINE_MAX];
    size_t panic_len;
} Milestones;

/* Add a milestone (in command-line order); false + message when there are
 * too many or the text is empty or longer than MILESTONE_TEXT_MAX. */
bool milestone_add(Milestones *ms, const char *what, bool symbol, char *err, size_t errlen);

/* The console printed p[0..len) (board console observer). */
void milestone_console(Machine *m, const uint8_t *p, size_t len);

/* A --until-symbol hook fired (milestone index i); true when that was the
 * last one and the run stops. */
bool milestone_symbol_reached(Machine *m, unsigned i);

/* Host seconds (CLOCK_MONOTONIC). */
double milestone_wall_now(void);

#endif
