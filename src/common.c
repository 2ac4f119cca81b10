/*
 * common.c — error strings of the public API and the emulator-bug abort.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "xnuemu/common.h"

const char *emu_strerror(EmuErr e)
{
    switch (e) {
    case EMU_OK: return "success";
    case EMU_ERR_ARG: return "bad argument";
    case EMU_ERR_IO: return "input/output error";
    case EMU_ERR_FORMAT: return "bad file format";
    case EMU_ERR_RANGE: return "does not fit the machine";
    case EMU_ERR_NOMEM: return "out of memory";
    }
    return "unknown error";
}

void emu_bug(const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "xnuemu: internal error at %s:%d: ", file, line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    abort();
}
