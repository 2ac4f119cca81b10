/*
 * xnu_boot.h — entering an XNU kernel the way iBoot does (XNU-BOOT.md
 * §1.4, §2): the Mach-O placed unslid with its header 32 MiB-congruent to
 * its virtual address, the __DATA tail zero-filled, then boot_args
 * (struct boot_args, revision/version 2, pexpert/pexpert/arm64/boot.h), the
 * RAM disk and the device tree after the kernel, topOfKernelData after
 * them, and the CPU at the physical entry point in EL1 with the MMU off and
 * x0 = boot_args.
 */
#ifndef XNUEMU_XNU_BOOT_H
#define XNUEMU_XNU_BOOT_H

#include "macho.h"
#include "machine.h"

#define XNU_PAGE_SIZE        UINT64_C(0x4000)     /* 16 KiB kernel pages */
#define XNU_BLOCK_SIZE       UINT64_C(0x2000000)  /* 32 MiB bootstrap blocks */
#define XNU_BOOT_ARGS_SIZE   0x180u
#define XNU_CMDLINE_MAX      256u                 /* BOOT_LINE_LENGTH, with the NUL */
#define XNU_BOOTSTRAP_TABLES UINT64_C(0x20000)    /* page tables start.s builds at top */

typedef struct XnuLayout {
    uint64_t phys_base, mem_size;       /* DRAM handed to the kernel */
    uint64_t virt_base;                 /* KVA of phys_base */
    uint64_t mh_va, mh_pa;              /* Mach header */
    uint64_t kernel_end_va, kernel_end_pa;  /* round_page(getlastaddr()) */
    uint64_t entry_pa;
    uint64_t boot_args_pa;
    uint64_t ramdisk_pa, ramdisk_size;  /* 0 size: none */
    uint64_t dt_pa, dt_size;
    uint64_t top_of_kernel_data;
} XnuLayout;

/* Where everything goes for a kernel and blobs of the given sizes, in DRAM
 * [phys_base, phys_base + mem_size). Errors (misaligned header, image or
 * blobs not fitting, less than 32 MiB left after the kernel) name path. */
EmuErr xnu_plan(XnuLayout *l, const Macho *mo, const char *path, uint64_t phys_base,
                uint64_t mem_size, uint64_t ramdisk_size, uint64_t dt_size, char *err,
                size_t errlen);

/* Copy the kernel's segments to their physical addresses, zero-filling
 * each up to its VM size. */
EmuErr xnu_copy_kernel(Machine *m, const XnuLayout *l, const Macho *mo, const char *path,
                       char *err, size_t errlen);

/* Write struct boot_args at l->boot_args_pa. video: 6 words (v_baseAddr,
 * v_display, v_rowBytes, v_width, v_height, v_depth) or NULL for none. */
EmuErr xnu_write_boot_args(Machine *m, const XnuLayout *l, const char *cmdline,
                           const uint64_t *video, uint64_t mem_size_actual, char *err,
                           size_t errlen);

/* The CPU as iBoot leaves it: EL1h, MMU off, DAIF masked, x0 = boot_args,
 * PC = entry, TPIDRRO_EL0 = 0. */
void xnu_enter(Machine *m, const XnuLayout *l);

#endif
