/*
 * cli_session.h — drive the xnuemu binary interactively, as a person at a
 * serial console would: start it with pipes on stdin and stdout (stderr to
 * a file), wait for text on the console, type a line, wait again. Used by
 * the Linux shell test to type only after the prompt (a UART drops input
 * typed while the driver resets its FIFO, as real hardware does).
 */
#ifndef TESTS_CLI_SESSION_H
#define TESTS_CLI_SESSION_H

#include <stdbool.h>
#include <stddef.h>

typedef struct CliSession CliSession;

/* Start xnuemu with args (NULL-terminated). NULL if it cannot start. */
CliSession *cli_session_start(const char *const *args);

/* Wait until the console output after the last wait's match contains
 * text, at most timeout_s seconds of wall-clock time. False on timeout or
 * if xnuemu exits first. */
bool cli_session_expect(CliSession *s, const char *text, double timeout_s);

/* Type text (written to xnuemu's stdin). */
void cli_session_send(CliSession *s, const char *text);

/* Everything the console printed so far (NUL-terminated), and the part
 * since the previous expect's match started (what the last command
 * printed). */
const char *cli_session_output(const CliSession *s);
const char *cli_session_last(const CliSession *s);

/* Close stdin, wait for exit (killing it after timeout_s), return the exit
 * status (128 + signal if killed); *err gets stderr (malloc'ed, may be
 * NULL). Frees the session. */
int cli_session_finish(CliSession *s, double timeout_s, char **err);

#endif
