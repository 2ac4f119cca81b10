/*
 * macho.h — 64-bit little-endian Mach-O images as XNU kernels come:
 * MH_EXECUTE kernels (bare or with prelinked kexts in __PRELINK_* segments)
 * and MH_FILESET kernel collections. Parsing only: segments, the entry point
 * (LC_UNIXTHREAD, ARM_THREAD_STATE64), fileset entries and the symbol table.
 * Every offset and size is checked against the file; a lying header is an
 * error naming the load command and its offset. Facts from Apple's
 * <mach-o/loader.h> and <mach-o/nlist.h> (cctools/xnu open source).
 */
#ifndef XNUEMU_MACHO_H
#define XNUEMU_MACHO_H

#include "common.h"

#define MH_MAGIC_64       0xfeedfacfu
#define MH_CPU_ARM64      0x0100000cu
#define MH_EXECUTE        0x2u
#define MH_FILESET        0xcu

typedef struct MachoSegment {
    char name[17];
    uint64_t vmaddr, vmsize;
    uint64_t fileoff, filesize;
    uint32_t maxprot, initprot;
    uint32_t cmd_off;         /* file offset of the LC_SEGMENT_64 command */
} MachoSegment;

typedef struct MachoFilesetEntry {
    char id[128];             /* e.g. "com.apple.kernel" */
    uint64_t vmaddr, fileoff;
} MachoFilesetEntry;

typedef struct Macho {
    const uint8_t *data;      /* not owned */
    size_t size;
    uint32_t filetype, cputype, cpusubtype, flags;
    MachoSegment *seg;
    unsigned nseg;
    MachoFilesetEntry *fileset;
    unsigned nfileset;
    bool has_entry;
    uint64_t entry;           /* virtual PC from LC_UNIXTHREAD (or LC_MAIN) */
    bool has_main;
    uint64_t main_entryoff;   /* LC_MAIN: file offset of the entry */
    uint64_t header_vmaddr;   /* virtual address of the Mach header (the
                                 kernel's, for a fileset) */
    uint64_t kernel_off;      /* file offset of the kernel's Mach header */
    uint32_t symoff, nsyms, stroff, strsize;  /* the kernel's LC_SYMTAB, 0 if none */
} Macho;

bool is_macho(const uint8_t *data, size_t size);

/* Parse the image in data[0..size) (which must outlive m). path names the
 * file in error messages. On error m holds nothing to free. */
EmuErr macho_parse(Macho *m, const char *path, const uint8_t *data, size_t size,
                   char *err, size_t errlen);
void macho_free(Macho *m);

/* The segment called name, or NULL. */
const MachoSegment *macho_segment(const Macho *m, const char *name);

/* Extent [lo, hi) of the segments with vmsize > 0 (zero-size segments,
 * such as an empty __PRELINK_TEXT at a far-away address, are ignored). */
void macho_vm_extent(const Macho *m, uint64_t *lo, uint64_t *hi);

#endif
