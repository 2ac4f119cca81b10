/*
 * loader.h — putting a program into a machine. Formats are detected by
 * their magic: ELF64 AArch64 (PT_LOAD segments at their physical
 * addresses), the arm64 Linux `Image` header (bare machine: placed at RAM
 * base + text_offset; Apple boards: the Linux boot protocol), or a raw
 * binary at --load-addr. Every read is bounds
 * checked; a truncated or lying file is an error naming the file, the
 * structure and the offset.
 */
#ifndef XNUEMU_LOADER_H
#define XNUEMU_LOADER_H

#include "machine.h"

typedef struct LoadedImage {
    uint64_t entry;           /* physical entry point */
    uint64_t lowest, end;     /* physical extent written */
    uint64_t x0;              /* initial X0 (boot protocol), usually 0 */
    const char *format;       /* "ELF", "arm64 Image", "raw" */
} LoadedImage;

/* Whole file into memory; errors name the path. */
EmuErr load_file(const char *path, uint8_t **data, size_t *size, char *err, size_t errlen);

EmuErr load_elf(Machine *m, const char *path, const uint8_t *data, size_t size, LoadedImage *out,
                char *err, size_t errlen);
EmuErr load_arm64_image(Machine *m, const char *path, const uint8_t *data, size_t size,
                        LoadedImage *out, char *err, size_t errlen);
EmuErr load_raw(Machine *m, const char *path, const uint8_t *data, size_t size, uint64_t addr,
                LoadedImage *out, char *err, size_t errlen);

/* arm64 Linux Images on Apple boards: kernel, FDT and initrd placed per
 * booting.rst, x0 = FDT (linux_load.c). */
EmuErr load_linux(Machine *m, const char *path, const uint8_t *data, size_t size,
                  LoadedImage *out, char *err, size_t errlen);

/* XNU kernels (Mach-O) on Apple boards: see xnu_load.c. */
EmuErr load_xnu(Machine *m, const char *path, const uint8_t *data, size_t size,
                LoadedImage *out, char *err, size_t errlen);
/* Boot arguments used when --bootargs is not given. */
const char *xnu_default_bootargs(void);

/* The machine a file needs when --machine is not given: "t8010" for XNU
 * kernels (Mach-O, IMG4/IM4P, complzss), else "bare". Never fails: an
 * unreadable file is reported later by machine_load. */
const char *loader_default_machine(const char *path);

/* `xnuemu adt dump|generate ...` (adt_tool.c); argv[0] is "adt". */
int adt_tool_main(int argc, char **argv);

/* `xnuemu symfile KERNEL OUT` (symfile_elf.c): write an ELF symbol file of
 * a Mach-O kernel for gdb; *nsyms is the number of symbols written. */
EmuErr symfile_write(const char *kernel, const char *out_path, size_t *nsyms, char *err,
                     size_t errlen);
int symfile_tool_main(int argc, char **argv);

bool is_elf(const uint8_t *data, size_t size);
bool is_arm64_image(const uint8_t *data, size_t size);

#endif
