/*
 * linux_load.c — booting an arm64 Linux `Image` on an Apple board the way a
 * boot loader would (Linux Documentation/arch/arm64/booting.rst):
 *   - the header: text_offset at 0x08, image_size at 0x10 (0 = a pre-3.17
 *     kernel: text_offset 0x80000, size unknown), flags at 0x18 (bit 0 big
 *     endian, bits 2:1 kernel page size 1 = 4K, 2 = 16K, 3 = 64K, bit 3
 *     placement anywhere), magic "ARM\x64" at 0x38;
 *   - the kernel goes text_offset bytes past a 2 MiB-aligned base in RAM and
 *     needs image_size bytes there (its BSS and early page tables follow the
 *     file); we use the lowest such base, as the flags' bit 3 = 0 asks;
 *   - the device tree goes on an 8-byte boundary, at most 2 MiB, not in a
 *     2 MiB region that must be mapped with other attributes: it gets the
 *     2 MiB region after the kernel to itself;
 *   - the initrd lies in the same 1 GiB-aligned window of at most 32 GiB as
 *     the kernel: it follows the device tree's region;
 *   - entry: EL1 (the highest level here) with the MMU and caches off,
 *     DAIF masked (the CPU's reset state), x0 = device tree address, x1-x3
 *     = 0, PC = the kernel's first byte.
 * The device tree is --dtb (an FDT, /chosen and /memory patched) or
 * generated from the board table (fdt_gen.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xnuemu/apple_board.h"
#include "xnuemu/fdt.h"
#include "xnuemu/loader.h"

#define SZ_2M (UINT64_C(2) << 20)
#define IMAGE_FLAG_BE 1u

static uint64_t le64(const uint8_t *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static uint64_t align_up(uint64_t v, uint64_t a)
{
    return (v + a - 1) & ~(a - 1);
}

/* The CPU can run the page size the kernel was built for? */
static bool granule_ok(const CpuModel *cm, unsigned code)
{
    unsigned t4 = (unsigned)bits64(cm->id_aa64mmfr0, 28, 4);
    unsigned t16 = (unsigned)bits64(cm->id_aa64mmfr0, 20, 4);
    unsigned t64 = (unsigned)bits64(cm->id_aa64mmfr0, 24, 4);
    switch (code) {
    case 1: return t4 != 0xf;
    case 2: return t16 != 0;
    case 3: return t64 != 0xf;
    default: return true;      /* unspecified */
    }
}

static EmuErr place(Machine *m, const char *what, const char *path, const void *data,
                    size_t size, uint64_t pa, uint64_t span, char *err, size_t errlen)
{
    uint64_t top = m->ram_base + m->ram_size;
    if (pa < m->ram_base || span > top - pa || !bus_write_phys(&m->bus, pa, data, size)) {
        snprintf(err, errlen, "%s: the %s (0x%llx bytes at 0x%llx) does not fit guest RAM "
                 "0x%llx..0x%llx (give more with -m)", path, what, (unsigned long long)span,
                 (unsigned long long)pa, (unsigned long long)m->ram_base,
                 (unsigned long long)top);
        return EMU_ERR_RANGE;
    }
    LOG(&m->log, LOG_LOADER, "loader: %s: %s, 0x%zx bytes at PA 0x%llx\n", path, what, size,
        (unsigned long long)pa);
    return EMU_OK;
}

static EmuErr build_fdt(Machine *m, const FdtParams *fp, uint8_t **fdt, size_t *fdt_size,
                        char *err, size_t errlen)
{
    char why[400];
    if (!m->cfg.dtb) {
        EmuErr e = fdt_generate_apple(m->board->apple, fp, fdt, fdt_size, why, sizeof(why));
        if (e != EMU_OK)
            snprintf(err, errlen, "%s", why);
        return e;
    }
    uint8_t *data;
    size_t size;
    EmuErr e = load_file(m->cfg.dtb, &data, &size, err, errlen);
    if (e != EMU_OK)
        return e;
    if (!fdt_detect(data, size)) {
        free(data);
        snprintf(err, errlen, "%s: not a flattened device tree (magic 0xd00dfeed): a Linux "
                 "kernel needs an FDT (.dtb), not an Apple device tree", m->cfg.dtb);
        return EMU_ERR_FORMAT;
    }
    e = fdt_patch(data, size, fp, fdt, fdt_size, why, sizeof(why));
    free(data);
    if (e != EMU_OK)
        snprintf(err, errlen, "%s: %s", m->cfg.dtb, why);
    return e;
}

EmuErr load_linux(Machine *m, const char *path, const uint8_t *data, size_t size,
                  LoadedImage *out, char *err, size_t errlen)
{
    uint64_t text_offset = le64(data + 0x08), image_size = le64(data + 0x10);
    uint64_t flags = le64(data + 0x18);
    if (image_size == 0) {
        text_offset = 0x80000;
        image_size = size;
    }
    if (flags & IMAGE_FLAG_BE) {
        snprintf(err, errlen, "%s: a big-endian arm64 Image (header flags 0x%llx): this "
                 "machine runs little-endian kernels only", path, (unsigned long long)flags);
        return EMU_ERR_FORMAT;
    }
    if (!granule_ok(&m->model, (unsigned)bits64(flags, 1, 2))) {
        snprintf(err, errlen, "%s: the kernel uses %s pages, which the %s CPU does not "
                 "implement", path, (const char *[]){ "", "4K", "16K", "64K" }[bits64(flags, 1, 2)],
                 m->model.name);
        return EMU_ERR_FORMAT;
    }
    if ((text_offset & 0xfff) || text_offset >= SZ_2M || image_size < size) {
        snprintf(err, errlen, "%s: arm64 Image header: text_offset 0x%llx / image_size 0x%llx "
                 "do not describe this %zu-byte file", path, (unsigned long long)text_offset,
                 (unsigned long long)image_size, size);
        return EMU_ERR_FORMAT;
    }
    uint64_t kernel = align_up(m->ram_base, SZ_2M) + text_offset;
    uint64_t fdt_pa = align_up(kernel + image_size, SZ_2M);

    uint8_t *initrd = NULL;
    size_t initrd_size = 0;
    FdtParams fp = { .mem_base = m->ram_base, .mem_size = m->ram_size,
                     .bootargs = m->cfg.append };
    EmuErr e = EMU_OK;
    if (m->cfg.ramdisk) {
        e = load_file(m->cfg.ramdisk, &initrd, &initrd_size, err, errlen);
        if (e != EMU_OK)
            return e;
        fp.initrd_start = fdt_pa + SZ_2M;
        fp.initrd_end = fp.initrd_start + initrd_size;
    }
    uint8_t *fdt = NULL;
    size_t fdt_size = 0;
    e = build_fdt(m, &fp, &fdt, &fdt_size, err, errlen);
    if (e == EMU_OK && fdt_size > FDT_MAX_SIZE) {
        snprintf(err, errlen, "%s: the device tree is %zu bytes, more than the 2 MiB a Linux "
                 "kernel accepts", m->cfg.dtb ? m->cfg.dtb : "generated tree", fdt_size);
        e = EMU_ERR_RANGE;
    }
    if (e == EMU_OK)
        e = place(m, "kernel", path, data, size, kernel, image_size, err, errlen);
    if (e == EMU_OK)
        e = place(m, "device tree", m->cfg.dtb ? m->cfg.dtb : path, fdt, fdt_size, fdt_pa,
                  fdt_size, err, errlen);
    if (e == EMU_OK && initrd)
        e = place(m, "initrd", m->cfg.ramdisk, initrd, initrd_size, fp.initrd_start,
                  initrd_size, err, errlen);
    free(initrd);
    free(fdt);
    if (e != EMU_OK)
        return e;
    out->format = "arm64 Linux Image";
    out->entry = kernel;
    out->lowest = kernel;
    out->end = fp.initrd_end > fdt_pa ? fp.initrd_end : fdt_pa + fdt_size;
    out->x0 = fdt_pa;
    return EMU_OK;
}
