/*
 * fdt.h — flattened device trees for Linux guests (Devicetree
 * Specification v0.4; Linux Documentation/arch/arm64/booting.rst), built
 * and edited with libfdt:
 *   - fdt_generate_apple(): the whole tree of an Apple board, from the same
 *     board table as the Apple device tree (apple_board.h), so addresses and
 *     interrupts cannot disagree;
 *   - fdt_patch(): a user's tree (--dtb), where only /chosen (bootargs,
 *     initrd) and /memory are changed.
 */
#ifndef XNUEMU_FDT_H
#define XNUEMU_FDT_H

#include "common.h"

typedef struct AppleBoard AppleBoard;

#define FDT_MAGIC_BE 0xd00dfeedu
#define FDT_MAX_SIZE ((size_t)2 << 20)     /* booting.rst: at most 2 MiB */

typedef struct FdtParams {
    uint64_t mem_base, mem_size;  /* /memory */
    const char *bootargs;         /* /chosen/bootargs; NULL = leave (patch) or none */
    uint64_t initrd_start, initrd_end;  /* /chosen/linux,initrd-*; equal = no initrd */
} FdtParams;

/* Does data start with the FDT magic (big-endian 0xd00dfeed)? */
bool fdt_detect(const uint8_t *data, size_t size);

/* Root (compatible, model, interrupt-parent = the AIC), /chosen (bootargs,
 * stdout-path, initrd), /aliases, /memory, /cpus/cpu@0, the arm,armv8-timer
 * with its AIC FIQ specifiers, a 24 MHz fixed clock for the UART, and /soc
 * with every device of the board (fdt_gen.c). *out is malloc'ed. */
EmuErr fdt_generate_apple(const AppleBoard *b, const FdtParams *p, uint8_t **out,
                          size_t *size, char *err, size_t errlen);

/* Copy of a user's tree with /chosen (bootargs when p->bootargs is set;
 * initrd properties set or removed) and /memory (the first node whose
 * device_type is "memory", else a new /memory@BASE) changed (fdt_patch.c).
 * The input is checked in full first; errors name what is wrong. */
EmuErr fdt_patch(const uint8_t *in, size_t insize, const FdtParams *p, uint8_t **out,
                 size_t *size, char *err, size_t errlen);

#endif
