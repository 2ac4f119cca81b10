/*
 * scratch.c — temporary directories for tests (scratch.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "scratch.h"

bool scratch_create(Scratch *s, const char *tag)
{
    s->next = 0;
    snprintf(s->dir, sizeof(s->dir), "/tmp/xnuemu-%s-XXXXXX", tag);
    return mkdtemp(s->dir) != NULL;
}

bool scratch_remove(Scratch *s)
{
    char cmd[sizeof(s->dir) + 16];
    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", s->dir);
    return system(cmd) == 0;
}

const char *scratch_path(Scratch *s, const char *name)
{
    char *p = s->path[s->next++ % 4];
    size_t d = strlen(s->dir);      /* dir < 256 bytes, a path holds 512 */
    memcpy(p, s->dir, d);
    p[d] = '/';
    snprintf(p + d + 1, sizeof(s->path[0]) - d - 1, "%s", name);
    return p;
}

void scratch_write(Scratch *s, const char *name, const void *data, size_t len)
{
    FILE *f = fopen(scratch_path(s, name), "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
}
