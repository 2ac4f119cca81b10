/*
 * elf.c — ELF64 little-endian AArch64 executables for the bare machine:
 * every PT_LOAD segment is copied to its physical address (p_paddr) and
 * zero-filled up to p_memsz; the entry point is e_entry. Checks every
 * header and segment against the file and against guest RAM (ELF-64
 * Object File Format; Arm "ELF for the Arm 64-bit Architecture").
 */
#include <elf.h>
#include <stdio.h>
#include <string.h>

#include "xnuemu/loader.h"

bool is_elf(const uint8_t *data, size_t size)
{
    return size >= 4 && memcmp(data, ELFMAG, SELFMAG) == 0;
}

static bool fits(uint64_t off, uint64_t len, uint64_t size)
{
    return off <= size && len <= size - off;
}

/* Is [pa, pa+len) inside guest RAM? */
static bool in_ram(Machine *m, uint64_t pa, uint64_t len)
{
    return len == 0 || bus_ram_ptr(&m->bus, pa, len) != NULL;
}

EmuErr load_elf(Machine *m, const char *path, const uint8_t *data, size_t size, LoadedImage *out,
                char *err, size_t errlen)
{
    Elf64_Ehdr eh;
    if (size < sizeof(eh)) {
        snprintf(err, errlen, "%s: truncated ELF header (%zu bytes, need %zu)", path, size,
                 sizeof(eh));
        return EMU_ERR_FORMAT;
    }
    memcpy(&eh, data, sizeof(eh));
    if (eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_ident[EI_DATA] != ELFDATA2LSB) {
        snprintf(err, errlen, "%s: not a 64-bit little-endian ELF file", path);
        return EMU_ERR_FORMAT;
    }
    if (eh.e_machine != EM_AARCH64) {
        snprintf(err, errlen, "%s: ELF machine %u is not AArch64 (%u)", path, eh.e_machine,
                 EM_AARCH64);
        return EMU_ERR_FORMAT;
    }
    if (eh.e_type != ET_EXEC) {
        snprintf(err, errlen, "%s: ELF type %u is not an executable (ET_EXEC)", path, eh.e_type);
        return EMU_ERR_FORMAT;
    }
    if (eh.e_phentsize != sizeof(Elf64_Phdr) ||
        !fits(eh.e_phoff, (uint64_t)eh.e_phnum * sizeof(Elf64_Phdr), size)) {
        snprintf(err, errlen, "%s: program headers at offset 0x%llx (%u x %u bytes) lie outside "
                 "the %zu-byte file", path, (unsigned long long)eh.e_phoff, eh.e_phnum,
                 eh.e_phentsize, size);
        return EMU_ERR_FORMAT;
    }
    out->lowest = UINT64_MAX;
    out->end = 0;
    unsigned loaded = 0;
    for (unsigned i = 0; i < eh.e_phnum; i++) {
        Elf64_Phdr ph;
        memcpy(&ph, data + eh.e_phoff + (uint64_t)i * sizeof(ph), sizeof(ph));
        if (ph.p_type != PT_LOAD || ph.p_memsz == 0)
            continue;
        if (ph.p_filesz > ph.p_memsz) {
            snprintf(err, errlen, "%s: segment %u: file size 0x%llx exceeds memory size 0x%llx",
                     path, i, (unsigned long long)ph.p_filesz, (unsigned long long)ph.p_memsz);
            return EMU_ERR_FORMAT;
        }
        if (!fits(ph.p_offset, ph.p_filesz, size)) {
            snprintf(err, errlen, "%s: segment %u: file bytes 0x%llx..0x%llx lie outside the "
                     "%zu-byte file (truncated?)", path, i, (unsigned long long)ph.p_offset,
                     (unsigned long long)(ph.p_offset + ph.p_filesz), size);
            return EMU_ERR_FORMAT;
        }
        if (ph.p_paddr + ph.p_memsz < ph.p_paddr || !in_ram(m, ph.p_paddr, ph.p_memsz)) {
            snprintf(err, errlen, "%s: segment %u at physical 0x%llx (0x%llx bytes) is outside "
                     "guest RAM 0x%llx..0x%llx", path, i, (unsigned long long)ph.p_paddr,
                     (unsigned long long)ph.p_memsz, (unsigned long long)m->ram_base,
                     (unsigned long long)(m->ram_base + m->ram_size));
            return EMU_ERR_RANGE;
        }
        if (!bus_write_phys(&m->bus, ph.p_paddr, data + ph.p_offset, ph.p_filesz))
            return EMU_ERR_RANGE;
        uint8_t *zero = bus_ram_ptr(&m->bus, ph.p_paddr + ph.p_filesz, ph.p_memsz - ph.p_filesz);
        if (zero)
            memset(zero, 0, ph.p_memsz - ph.p_filesz);
        LOG(&m->log, LOG_LOADER, "loader: %s segment %u: 0x%llx bytes at PA 0x%llx (+0x%llx zero)\n",
            path, i, (unsigned long long)ph.p_filesz, (unsigned long long)ph.p_paddr,
            (unsigned long long)(ph.p_memsz - ph.p_filesz));
        if (ph.p_paddr < out->lowest)
            out->lowest = ph.p_paddr;
        if (ph.p_paddr + ph.p_memsz > out->end)
            out->end = ph.p_paddr + ph.p_memsz;
        loaded++;
    }
    if (!loaded) {
        snprintf(err, errlen, "%s: no loadable (PT_LOAD) segment", path);
        return EMU_ERR_FORMAT;
    }
    if (!in_ram(m, eh.e_entry, 4)) {
        snprintf(err, errlen, "%s: entry point 0x%llx is outside guest RAM", path,
                 (unsigned long long)eh.e_entry);
        return EMU_ERR_RANGE;
    }
    out->entry = eh.e_entry;
    out->x0 = 0;
    out->format = "ELF";
    return EMU_OK;
}
