/*
 * load.c — machine_load(): reads the file, picks the loader by magic (ELF,
 * arm64 Image, raw with --load-addr), and points the CPU at the entry with
 * the boot protocol's registers. Mach-O kernels need the t8010 machine.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "xnuemu/loader.h"
#include "xnuemu/semihosting.h"

EmuErr machine_load(Machine *m, const char *path, char *err, size_t errlen)
{
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        snprintf(err, errlen, "%s: is a directory", path);
        return EMU_ERR_IO;
    }
    uint8_t *data;
    size_t size;
    EmuErr e = load_file(path, &data, &size, err, errlen);
    if (e != EMU_OK)
        return e;
    LoadedImage img = { 0 };
    if (m->cfg.load_addr_set) {
        e = load_raw(m, path, data, size, m->cfg.load_addr, &img, err, errlen);
    } else if (is_elf(data, size)) {
        e = load_elf(m, path, data, size, &img, err, errlen);
    } else if (is_arm64_image(data, size)) {
        e = load_arm64_image(m, path, data, size, &img, err, errlen);
    } else if (is_macho(data, size)) {
        snprintf(err, errlen, "%s: a Mach-O kernel needs the t8010 machine, which this build "
                 "does not have yet", path);
        e = EMU_ERR_FORMAT;
    } else {
        snprintf(err, errlen, "%s: not an ELF file or arm64 Image (give --load-addr ADDR to load "
                 "a raw binary)", path);
        e = EMU_ERR_FORMAT;
    }
    free(data);
    if (e != EMU_OK)
        return e;
    m->entry = img.entry;
    m->image_end = img.end;
    m->cpu->pc = img.entry;
    m->cpu->r[0] = img.x0;
    if (m->semi) {
        if (!semihost_set_cmdline(m->semi, path, m->cfg.append)) {
            snprintf(err, errlen, "out of memory");
            return EMU_ERR_NOMEM;
        }
        /* heap from the end of the image to 1 MiB below the top of RAM,
         * stack in that last MiB, growing down */
        uint64_t top = m->ram_base + m->ram_size;
        uint64_t stack_limit = top - (top - img.end > (UINT64_C(2) << 20) ? (UINT64_C(1) << 20) : 0);
        semihost_set_heapinfo(m->semi, (img.end + 15) & ~UINT64_C(15), stack_limit, top,
                              stack_limit);
    }
    LOG(&m->log, LOG_LOADER, "loader: %s: %s, entry 0x%llx\n", path, img.format,
        (unsigned long long)img.entry);
    return EMU_OK;
}
