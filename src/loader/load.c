/*
 * load.c — machine_load(): reads the file, picks the loader by magic (ELF,
 * arm64 Image, Mach-O kernel, raw with --load-addr; IMG4/LZSS/LZFSE and
 * gzip wrappers are unpacked first), and points the CPU at the entry with
 * the boot protocol's registers. On Apple boards an arm64 Image is booted
 * with the Linux protocol (linux_load.c); on the bare machine it is placed
 * at RAM + text_offset and entered with x0 = 0.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "xnuemu/compress.h"
#include "xnuemu/img4.h"
#include "xnuemu/loader.h"
#include "xnuemu/macho.h"
#include "xnuemu/semihosting.h"

static bool image_va_to_pa(void *opaque, uint64_t va, uint64_t *pa)
{
    const Machine *m = opaque;
    if (va < m->image_va || va >= m->image_va_end)
        return false;
    *pa = m->image_pa + (va - m->image_va);
    return true;
}

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
    if (!m->cfg.load_addr_set && (img4_detect(data, size) || complzss_detect(data, size) ||
                                   lzfse_detect(data, size))) {
        /* Apple container and/or compression: unwrap to the Mach-O inside */
        uint8_t *plain;
        size_t plain_size;
        const char *how;
        char why[400];
        e = img4_load(data, size, DECOMP_DEFAULT_MAX, &plain, &plain_size, NULL, &how, why,
                      sizeof(why));
        free(data);
        if (e != EMU_OK) {
            snprintf(err, errlen, "%s: %s", path, why);
            return e;
        }
        LOG(&m->log, LOG_LOADER, "loader: %s: %s, %zu bytes unpacked\n", path, how, plain_size);
        data = plain;
        size = plain_size;
    }
    if (!m->cfg.load_addr_set && gzip_detect(data, size)) {
        /* Image.gz and other gzip'ed kernels: unpack, then detect again */
        uint8_t *plain;
        size_t plain_size;
        char why[400];
        e = gzip_decode(data, size, DECOMP_DEFAULT_MAX, &plain, &plain_size, why, sizeof(why));
        free(data);
        if (e != EMU_OK) {
            snprintf(err, errlen, "%s: %s", path, why);
            return e;
        }
        LOG(&m->log, LOG_LOADER, "loader: %s: gzip, %zu bytes unpacked\n", path, plain_size);
        data = plain;
        size = plain_size;
    }
    if (m->cfg.load_addr_set) {
        e = load_raw(m, path, data, size, m->cfg.load_addr, &img, err, errlen);
    } else if (is_elf(data, size)) {
        e = load_elf(m, path, data, size, &img, err, errlen);
    } else if (is_arm64_image(data, size) && m->board->apple) {
        e = load_linux(m, path, data, size, &img, err, errlen);
    } else if (is_arm64_image(data, size)) {
        e = load_arm64_image(m, path, data, size, &img, err, errlen);
    } else if (is_macho(data, size)) {
        e = load_xnu(m, path, data, size, &img, err, errlen);
    } else {
        snprintf(err, errlen, "%s: not an ELF file, arm64 Image or Mach-O kernel (give "
                 "--load-addr ADDR to load a raw binary)", path);
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
    if (m->hooks.n) {
        m->hooks.out = m->log.out;
        e = hooks_resolve(&m->hooks, m->symtab, image_va_to_pa, m, err, errlen);
        if (e != EMU_OK)
            return e;
        m->cpu->hooks = &m->hooks;
    }
    return EMU_OK;
}

const char *loader_default_machine(const char *path)
{
    uint8_t head[16] = { 0 };
    FILE *f = fopen(path, "rb");
    if (!f)
        return "bare";
    size_t n = fread(head, 1, sizeof(head), f);
    fclose(f);
    if (is_macho(head, n) || (n >= 8 && memcmp(head, "complzss", 8) == 0))
        return "t8010";
    /* DER SEQUENCE holding IA5String "IM4P"/"IMG4" (IMG4/IM4P containers) */
    if (n >= 16 && head[0] == 0x30 && (memmem(head, n, "IM4P", 4) || memmem(head, n, "IMG4", 4)))
        return "t8010";
    return "bare";
}
