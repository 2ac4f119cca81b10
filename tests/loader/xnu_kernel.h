/*
 * xnu_kernel.h — synthetic XNU-shaped kernels for the xnu_boot.c tests
 * (test_xnu_plan.c, test_xnu_boot_args.c): a Mach-O built by
 * macho_build.h and parsed, the small kernel most cases use, and a
 * shorthand for xnu_plan(). Static functions, one copy per executable.
 */
#ifndef TESTS_XNU_KERNEL_H
#define TESTS_XNU_KERNEL_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "macho_build.h"
#include "xnuemu/xnu_boot.h"

#define KVA    UINT64_C(0xfffffff007004000)      /* VM_KERNEL_LINK_ADDRESS */
#define DRAM   UINT64_C(0x800000000)             /* T8010 DRAM base */
#define MIB    (UINT64_C(1) << 20)
#define PG     UINT64_C(0x4000)
#define BLK    UINT64_C(0x2000000)

typedef struct Kernel {
    MbImage im;
    Macho mo;
} Kernel;

static inline void kernel_parse(Kernel *k, const MbSeg *seg, unsigned n, uint64_t entry,
                                size_t file_size)
{
    char err[256] = "";
    k->im = mb_build(2, seg, n, entry, 0, NULL, 0, file_size);
    if (macho_parse(&k->mo, "k", k->im.data, k->im.size, err, sizeof(err)) != EMU_OK)
        fail_msg("synthetic kernel does not parse: %s", err);
}

static inline void kernel_free(Kernel *k)
{
    macho_free(&k->mo);
    free(k->im.data);
}

/* A small kernel whose header is at `va`: 0x1c000 bytes of image, a BSS
 * tail in __DATA and an empty __PRELINK_TEXT 48 MiB below (as in 12.1;
 * an empty segment above the image would move end_kern). */
static inline void small_kernel(Kernel *k, uint64_t va)
{
    const MbSeg segs[] = {
        { "__TEXT", va, 0x8000, 0, 0x8000, 5 },
        { "__DATA", va + 0x8000, 0x10000, 0x8000, 0x4000, 3 },
        { "__PRELINK_TEXT", va - 0x3000000, 0, 0xc000, 0, 3 },   /* 0xfffffff004004000 */
        { "__LINKEDIT", va + 0x18000, 0x4000, 0xc000, 0x1000, 1 },
    };
    kernel_parse(k, segs, 4, va + 0x100, 0xd000);
}

static inline EmuErr plan(XnuLayout *l, const Kernel *k, uint64_t base, uint64_t size,
                          uint64_t rd, uint64_t dt, char *err)
{
    return xnu_plan(l, &k->mo, "k", base, size, rd, dt, err, 256);
}

#endif
