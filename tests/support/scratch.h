/*
 * scratch.h — a test program's temporary directory: created by the cmocka
 * group setup (/tmp/xnuemu-TAG-XXXXXX), removed with everything in it by
 * the teardown; paths inside it, and whole files written and read back,
 * there or at any path (a failed write or read fails the test). Most
 * programs need one directory and take the group fixtures below; a fixture
 * of its own can hold a Scratch and call scratch_create/scratch_remove.
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

/* The program's one directory, for the group fixtures: scratch_group_setup
 * creates it with the program's name as TAG (/tmp/xnuemu-test_cli-XXXXXX),
 * scratch_group_teardown removes it; pass them to cmocka_run_group_tests. */
extern Scratch scratch;
int scratch_group_setup(void **state);
int scratch_group_teardown(void **state);

bool scratch_create(Scratch *s, const char *tag);
bool scratch_remove(Scratch *s);
/* DIR/name; valid until four more calls. */
const char *scratch_path(Scratch *s, const char *name);
/* Write len bytes to DIR/name (asserts that it worked). */
void scratch_write(Scratch *s, const char *name, const void *data, size_t len);
/* Write len bytes to path, which may be outside any scratch directory, e.g.
 * a scratch_path kept by a fixture (asserts that it worked). */
void scratch_write_file(const char *path, const void *data, size_t len);
/* The whole of DIR/name, malloc'ed and NUL-terminated (asserts that it could
 * be read); its size in *len unless len is NULL. The caller frees it. */
char *scratch_read(Scratch *s, const char *name, size_t *len);
/* The same for a file at any path, e.g. a test vector in the source tree. */
char *scratch_read_file(const char *path, size_t *len);

#endif
