/*
 * cli_run.h — run the xnuemu binary as a user would, with given arguments
 * and standard input, capturing standard output and error.
 */
#ifndef TESTS_CLI_RUN_H
#define TESTS_CLI_RUN_H

#include <stddef.h>

typedef struct CliResult {
    int status;               /* exit status, or 128 + signal */
    char *out, *err;          /* NUL-terminated, owned */
} CliResult;

/* args ends with NULL; stdin_data may be NULL (stdin is /dev/null). Runs in
 * directory dir (NULL: the current one). */
CliResult cli_run(const char *dir, const char *stdin_data, const char *const *args);
void cli_result_free(CliResult *r);

/* Number of '\n' in s. */
int cli_lines(const char *s);

#endif
