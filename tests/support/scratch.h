/*
 * scratch.h — a test program's temporary directory: created by the cmocka
 * group setup (/tmp/xnuemu-TAG-XXXXXX), removed with everything in it by
 * the teardown; paths inside it and files written there (a failed write
 * fails the test).
 */
#ifndef TESTS_SCRATCH_H
#define TESTS_SCRATCH_H

#include <stdbool.h>
#include <stddef.h>

typedef struct Scratch {
    char dir[256];
    char path[4][512];        /* the last four scratch_path results */
    unsigned next;
} Scratch;

bool scratch_create(Scratch *s, const char *tag);
bool scratch_remove(Scratch *s);
/* DIR/name; valid until four more calls. */
const char *scratch_path(Scratch *s, const char *name);
/* Write len bytes to DIR/name (asserts that it worked). */
void scratch_write(Scratch *s, const char *name, const void *data, size_t len);

#endif
