/*
 * symtab.h — a guest symbol table (from a Mach-O LC_SYMTAB): name to
 * address for hooks, --until-symbol and the debugger; address to
 * "name+offset" for traces, panics and fault reports. Owns its strings, so
 * the file it came from can be freed.
 */
#ifndef XNUEMU_SYMTAB_H
#define XNUEMU_SYMTAB_H

#include "common.h"

typedef struct Macho Macho;

typedef struct SymEntry {
    uint64_t addr;
    uint32_t name;            /* offset in Symtab.strings */
    bool global;
} SymEntry;

typedef struct Symtab {
    SymEntry *sym;            /* sorted by address, globals first at equal addresses */
    uint32_t *by_name;        /* indices into sym, sorted by name */
    size_t n;
    char *strings;
    uint64_t end;             /* first address past the image (symbols end here) */
    /* Where the image also appears physically (code that runs with the MMU
     * off): [alias_pa, +alias_size) means [alias_va, +alias_size). */
    uint64_t alias_pa, alias_va, alias_size;
} Symtab;

/* Build from the kernel's LC_SYMTAB: defined section symbols only (no
 * stabs, no undefined or absolute entries). A Mach-O without symbols gives
 * an empty table. Errors name the file and the symbol index. */
EmuErr symtab_from_macho(Symtab **out, const Macho *m, const char *path, char *err,
                         size_t errlen);
void symtab_free(Symtab *st);

/* Address of `name` ("panic" also finds the C symbol "_panic"). */
bool symtab_lookup(const Symtab *st, const char *name, uint64_t *addr);

/* Symbols also name addresses in [pa, pa + size), the image's physical
 * copy at va. */
void symtab_set_phys_alias(Symtab *st, uint64_t pa, uint64_t va, uint64_t size);

/* The symbol containing addr: its entry (and addr - entry->addr in *off),
 * or NULL when addr lies before the first symbol or past the image. */
const SymEntry *symtab_find_addr(const Symtab *st, uint64_t addr, uint64_t *off);

/* Name as written in C source: one leading '_' removed. */
const char *symtab_name(const Symtab *st, const SymEntry *e);

/* "name+0x1c" (or "name"), or "0x..." when unknown. Returns buf. */
const char *symtab_format(const Symtab *st, uint64_t addr, char *buf, size_t len);

#endif
