/*
 * dbg_session.h — drives a real debugger (gdb-multiarch, lldb) against
 * xnuemu, as a person at a terminal would: xnuemu starts halted with
 * `--gdb 0 --gdb-wait` (the port it prints is read from its stderr), the
 * debugger runs in a pseudo-terminal, commands are typed, and each step
 * waits (bounded) for the text it expects; Ctrl-C is the terminal's ^C.
 * A failed step reports the command, the expected text and the end of the
 * transcript.
 */
#ifndef TESTS_DBG_SESSION_H
#define TESTS_DBG_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

typedef struct Session {
    pid_t emu, dbg;
    int emu_out, emu_err, pty;
    unsigned port;
    char *log;                /* the debugger's terminal output, \r removed */
    size_t log_len, log_cap;
    size_t mark;              /* where the current step's output starts */
    char guest[8192];         /* the guest's console output */
    size_t guest_len;
    char err[2048];           /* xnuemu's stderr */
    size_t err_len;
    const char *prompt;
} Session;

/* One step of a script. CMD types a command ("@PORT@" in it becomes the
 * port) and waits for the expected texts, then the prompt; SEND does not
 * wait for the prompt (a command that lets the guest run); GUEST waits for
 * the guest to print text; CTRL_C types ^C. */
enum { STEP_CMD, STEP_SEND, STEP_GUEST, STEP_CTRL_C };
typedef struct Step {
    int kind;
    const char *text;
    const char *expect[6];    /* texts that must follow, in order */
} Step;

/* A program in PATH, or NULL. */
const char *sess_which(const char *prog);

/* Start xnuemu on elf (`--gdb 0 --gdb-wait`, then emu_opts: a NULL-ended
 * list of further options, or NULL), then the debugger (argv with "@PORT@"
 * replaced by the port), and wait for its prompt. */
bool sess_start(Session *s, const char *xnuemu, const char *const *emu_opts, const char *elf,
                const char *const *dbg_argv, const char *prompt);
/* Run steps; false (after printing why) at the first that fails. */
bool sess_run(Session *s, const Step *steps, size_t n);
/* Wait for both processes (killing them after a bounded time); returns
 * xnuemu's exit status (-1 if it did not exit by itself). */
int sess_finish(Session *s);

/* A whole session: sess_start, the steps, `quit` typed (not waited for),
 * sess_finish. True when every step passed, xnuemu exited with want_status
 * and, unless want_guest is NULL, the guest printed want_guest; otherwise
 * prints why and returns false. */
bool sess_script(const char *xnuemu, const char *const *emu_opts, const char *program,
                 const char *const *dbg_argv, const char *prompt, const Step *steps, size_t n,
                 int want_status, const char *want_guest);

#endif
