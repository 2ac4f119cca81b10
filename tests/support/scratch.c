/*
 * scratch.c — temporary directories for tests (scratch.h).
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "scratch.h"

Scratch scratch;

int scratch_group_setup(void **state)
{
    (void)state;
    return scratch_create(&scratch, program_invocation_short_name) ? 0 : -1;
}

int scratch_group_teardown(void **state)
{
    (void)state;
    return scratch_remove(&scratch) ? 0 : -1;
}

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
    scratch_write_file(scratch_path(s, name), data, len);
}

void scratch_write_file(const char *path, const void *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
}

char *scratch_read(Scratch *s, const char *name, size_t *len)
{
    return scratch_read_file(scratch_path(s, name), len);
}

char *scratch_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    size_t n = 0, cap = 4096;
    char *buf = malloc(cap);
    assert_non_null(buf);
    size_t r;
    while ((r = fread(buf + n, 1, cap - 1 - n, f)) > 0) {
        n += r;
        if (n == cap - 1) {
            cap *= 2;
            buf = realloc(buf, cap);
            assert_non_null(buf);
        }
    }
    assert_int_equal(ferror(f), 0);
    fclose(f);
    buf[n] = 0;
    if (len)
        *len = n;
    return buf;
}
