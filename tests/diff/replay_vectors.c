/*
 * replay_vectors.c — the golden vectors of the differential test (every
 * .txt file of tests/vectors, recorded from QEMU by diff_fuzz --record)
 * replayed on xnuemu, one cmocka test per file: each case's outcome, PC,
 * fault address, X0-X30, SP, NZCV, V0-V31, FPCR, FPSR and data window must
 * equal the recorded ones (diff_compare, with its fault-address rule).
 * Needs no QEMU.
 */
#include <dirent.h>
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "diff_host.h"

#ifndef VECTOR_DIR
#define VECTOR_DIR "tests/vectors"
#endif
#define MAX_FILES 128

static DiffXnu *dx;

static void replay_file(void **state)
{
    const char *name = *state;
    static DiffCase dc;
    static DiffOut xo;
    static char diffs[16384];
    char path[1024];
    snprintf(path, sizeof(path), "%s/%s", VECTOR_DIR, name);
    FILE *f = fopen(path, "r");
    if (!f)
        fail_msg("%s: %s", path, strerror(errno));
    unsigned line = 0, n = 0, bad = 0;
    char err[256];
    int r;
    while ((r = diff_read_case(f, &dc, &line, err, sizeof(err))) == 1) {
        n++;
        dx_run(dx, &dc.prog, &xo);
        if (diff_compare(&dc.out, &xo, diffs, sizeof(diffs))) {
            bad++;
            if (bad <= 20)
                print_error("%s:%u: case %s: recorded vs xnuemu: %s\n", name, dc.line, dc.name,
                            diffs);
        }
    }
    fclose(f);
    if (r < 0)
        fail_msg("%s: %s", path, err);
    print_message("%s: %u cases, %u mismatches\n", name, n, bad);
    assert_true(n > 0);
    assert_int_equal(bad, 0);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(void)
{
    static char *names[MAX_FILES];
    static char test_names[MAX_FILES][96];
    static struct CMUnitTest tests[MAX_FILES];
    unsigned n = 0;
    DIR *d = opendir(VECTOR_DIR);
    if (!d) {
        fprintf(stderr, "%s: %s\n", VECTOR_DIR, strerror(errno));
        return 1;
    }
    struct dirent *e;
    while ((e = readdir(d)) && n < MAX_FILES) {
        size_t l = strlen(e->d_name);
        if (l > 4 && !strcmp(e->d_name + l - 4, ".txt"))
            names[n++] = strdup(e->d_name);
    }
    closedir(d);
    if (!n) {
        fprintf(stderr, "%s: no vector files\n", VECTOR_DIR);
        return 1;
    }
    qsort(names, n, sizeof(names[0]), by_name);
    for (unsigned i = 0; i < n; i++) {
        snprintf(test_names[i], sizeof(test_names[i]), "vectors/%s", names[i]);
        tests[i] = (struct CMUnitTest){ .name = test_names[i], .test_func = replay_file,
                                        .initial_state = names[i] };
    }
    dx = dx_new();
    int failed = _cmocka_run_group_tests("vectors_replay", tests, n, NULL, NULL);
    dx_free(dx);
    for (unsigned i = 0; i < n; i++)
        free(names[i]);
    return failed;
}
