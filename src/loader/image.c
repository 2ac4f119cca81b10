/*
 * image.c — the arm64 Linux `Image` header (Linux
 * Documentation/arch/arm64/booting.rst): code0/code1, text_offset,
 * image_size, flags, magic "ARM\x64" at 0x38. The image is placed at RAM
 * base + text_offset (0x80000 when image_size is 0: pre-3.17 images) and
 * entered at its first byte. Also raw binaries at --load-addr, and the
 * format detection used by machine_load().
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xnuemu/loader.h"

#define IMAGE_MAGIC_OFF 0x38
#define IMAGE_HEADER_SIZE 0x40

static uint64_t le64(const uint8_t *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

bool is_arm64_image(const uint8_t *data, size_t size)
{
    return size >= IMAGE_HEADER_SIZE && memcmp(data + IMAGE_MAGIC_OFF, "ARM\x64", 4) == 0;
}

static EmuErr place(Machine *m, const char *path, const uint8_t *data, size_t size,
                    uint64_t addr, uint64_t span, LoadedImage *out, char *err, size_t errlen)
{
    if (addr + span < addr || !bus_ram_ptr(&m->bus, addr, span)) {
        snprintf(err, errlen, "%s: 0x%llx bytes at 0x%llx do not fit guest RAM 0x%llx..0x%llx",
                 path, (unsigned long long)span, (unsigned long long)addr,
                 (unsigned long long)m->ram_base, (unsigned long long)(m->ram_base + m->ram_size));
        return EMU_ERR_RANGE;
    }
    if (!bus_write_phys(&m->bus, addr, data, size))
        return EMU_ERR_RANGE;
    LOG(&m->log, LOG_LOADER, "loader: %s: 0x%zx bytes at PA 0x%llx\n", path, size,
        (unsigned long long)addr);
    out->entry = addr;
    out->lowest = addr;
    out->end = addr + span;
    out->x0 = 0;
    return EMU_OK;
}

EmuErr load_arm64_image(Machine *m, const char *path, const uint8_t *data, size_t size,
                        LoadedImage *out, char *err, size_t errlen)
{
    uint64_t text_offset = le64(data + 0x08);
    uint64_t image_size = le64(data + 0x10);
    if (image_size == 0)
        text_offset = 0x80000;
    if (text_offset & 0xfff) {
        snprintf(err, errlen, "%s: arm64 Image text_offset 0x%llx is not 4 KiB aligned", path,
                 (unsigned long long)text_offset);
        return EMU_ERR_FORMAT;
    }
    uint64_t span = image_size > size ? image_size : size;
    out->format = "arm64 Image";
    return place(m, path, data, size, m->ram_base + text_offset, span, out, err, errlen);
}

EmuErr load_raw(Machine *m, const char *path, const uint8_t *data, size_t size, uint64_t addr,
                LoadedImage *out, char *err, size_t errlen)
{
    if (addr & 3) {
        snprintf(err, errlen, "--load-addr 0x%llx is not 4-byte aligned", (unsigned long long)addr);
        return EMU_ERR_ARG;
    }
    out->format = "raw";
    return place(m, path, data, size, addr, size ? size : 4, out, err, errlen);
}

EmuErr load_file(const char *path, uint8_t **data, size_t *size, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return EMU_ERR_IO;
    }
    size_t cap = 1 << 20, n = 0;
    uint8_t *buf = malloc(cap);
    while (buf) {
        size_t r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (r == 0)
            break;
        if (n == cap) {
            uint8_t *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    bool bad = ferror(f);
    fclose(f);
    if (!buf || bad) {
        free(buf);
        snprintf(err, errlen, "%s: %s", path, bad ? "read error" : "out of memory");
        return bad ? EMU_ERR_IO : EMU_ERR_NOMEM;
    }
    *data = buf;
    *size = n;
    return EMU_OK;
}
