/*
 * symtab.c — guest symbol tables from Mach-O nlist_64 entries
 * (<mach-o/nlist.h>: n_strx u32, n_type u8, n_sect u8, n_desc u16,
 * n_value u64; N_STAB 0xe0, N_TYPE 0x0e, N_SECT 0x0e, N_EXT 0x01), sorted
 * for lookups by address and by name.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xnuemu/macho.h"
#include "xnuemu/symtab.h"

#define N_STAB 0xe0u
#define N_TYPE 0x0eu
#define N_SECT 0x0eu
#define N_EXT  0x01u

/* qsort has no context argument in C11: sort pairs that carry the data. */
typedef struct SortByAddr {
    SymEntry e;
    const char *name;
} SortByAddr;

static int cmp_addr(const void *a, const void *b)
{
    const SortByAddr *x = a, *y = b;
    if (x->e.addr != y->e.addr)
        return x->e.addr < y->e.addr ? -1 : 1;
    if (x->e.global != y->e.global)
        return x->e.global ? -1 : 1;
    return strcmp(x->name, y->name);
}

typedef struct SortByName {
    const char *name;
    uint32_t idx;
} SortByName;

static int cmp_name(const void *a, const void *b)
{
    const SortByName *x = a, *y = b;
    int c = strcmp(x->name, y->name);
    if (c)
        return c;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

EmuErr symtab_from_macho(Symtab **out, const Macho *m, const char *path, char *err,
                         size_t errlen)
{
    *out = NULL;
    Symtab *st = calloc(1, sizeof(*st));
    SortByAddr *tmp = calloc(m->nsyms ? m->nsyms : 1, sizeof(*tmp));
    if (!st || !tmp) {
        free(st);
        free(tmp);
        snprintf(err, errlen, "out of memory");
        return EMU_ERR_NOMEM;
    }
    uint64_t lo;
    macho_vm_extent(m, &lo, &st->end);
    const uint8_t *nl = m->data + m->symoff;
    const char *strtab = (const char *)(m->data + m->stroff);
    size_t n = 0, bytes = 0;
    for (uint32_t i = 0; i < m->nsyms; i++) {
        const uint8_t *e = nl + (size_t)i * 16;
        uint32_t strx;
        uint64_t value;
        memcpy(&strx, e, 4);
        memcpy(&value, e + 8, 8);
        uint8_t type = e[4];
        if ((type & N_STAB) || (type & N_TYPE) != N_SECT || strx == 0)
            continue;
        if (strx >= m->strsize || !memchr(strtab + strx, 0, m->strsize - strx)) {
            snprintf(err, errlen, "%s: Mach-O symbol %u at offset 0x%llx: name offset 0x%x is "
                     "outside the string table", path, i,
                     (unsigned long long)(m->symoff + (uint64_t)i * 16), strx);
            free(st);
            free(tmp);
            return EMU_ERR_FORMAT;
        }
        tmp[n].e.addr = value;
        tmp[n].e.global = (type & N_EXT) != 0;
        tmp[n].name = strtab + strx;
        bytes += strlen(tmp[n].name) + 1;
        n++;
    }
    qsort(tmp, n, sizeof(*tmp), cmp_addr);
    st->n = n;
    st->sym = calloc(n ? n : 1, sizeof(*st->sym));
    st->strings = malloc(bytes ? bytes : 1);
    st->by_name = calloc(n ? n : 1, sizeof(*st->by_name));
    SortByName *names = calloc(n ? n : 1, sizeof(*names));
    if (!st->sym || !st->strings || !st->by_name || !names) {
        free(names);
        free(tmp);
        symtab_free(st);
        snprintf(err, errlen, "out of memory");
        return EMU_ERR_NOMEM;
    }
    size_t pos = 0;
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(tmp[i].name) + 1;
        memcpy(st->strings + pos, tmp[i].name, len);
        st->sym[i] = tmp[i].e;
        st->sym[i].name = (uint32_t)pos;
        names[i].name = st->strings + pos;
        names[i].idx = (uint32_t)i;
        pos += len;
    }
    qsort(names, n, sizeof(*names), cmp_name);
    for (size_t i = 0; i < n; i++)
        st->by_name[i] = names[i].idx;
    free(names);
    free(tmp);
    *out = st;
    return EMU_OK;
}

void symtab_free(Symtab *st)
{
    if (!st)
        return;
    free(st->sym);
    free(st->by_name);
    free(st->strings);
    free(st);
}

static bool find_exact(const Symtab *st, const char *name, uint64_t *addr)
{
    size_t lo = 0, hi = st->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const SymEntry *e = &st->sym[st->by_name[mid]];
        int c = strcmp(st->strings + e->name, name);
        if (c == 0) {
            /* first of equal names: the lowest index, i.e. lowest address */
            while (mid > 0 && strcmp(st->strings + st->sym[st->by_name[mid - 1]].name, name) == 0)
                mid--;
            *addr = st->sym[st->by_name[mid]].addr;
            return true;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

bool symtab_lookup(const Symtab *st, const char *name, uint64_t *addr)
{
    if (!st)
        return false;
    if (find_exact(st, name, addr))
        return true;
    char c_name[256];
    if (snprintf(c_name, sizeof(c_name), "_%s", name) >= (int)sizeof(c_name))
        return false;
    return find_exact(st, c_name, addr);
}

void symtab_set_phys_alias(Symtab *st, uint64_t pa, uint64_t va, uint64_t size)
{
    st->alias_pa = pa;
    st->alias_va = va;
    st->alias_size = size;
}

const SymEntry *symtab_find_addr(const Symtab *st, uint64_t addr, uint64_t *off)
{
    if (st && addr - st->alias_pa < st->alias_size)
        addr = addr - st->alias_pa + st->alias_va;
    if (!st || st->n == 0 || addr < st->sym[0].addr || addr >= st->end)
        return NULL;
    size_t lo = 0, hi = st->n;     /* last entry with sym.addr <= addr */
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (st->sym[mid].addr <= addr)
            lo = mid;
        else
            hi = mid;
    }
    while (lo > 0 && st->sym[lo - 1].addr == st->sym[lo].addr)
        lo--;                      /* globals sort first at one address */
    if (off)
        *off = addr - st->sym[lo].addr;
    return &st->sym[lo];
}

const char *symtab_name(const Symtab *st, const SymEntry *e)
{
    const char *s = st->strings + e->name;
    return s[0] == '_' && s[1] ? s + 1 : s;
}

const char *symtab_format(const Symtab *st, uint64_t addr, char *buf, size_t len)
{
    uint64_t off;
    const SymEntry *e = symtab_find_addr(st, addr, &off);
    if (!e)
        snprintf(buf, len, "0x%llx", (unsigned long long)addr);
    else if (off)
        snprintf(buf, len, "%s+0x%llx", symtab_name(st, e), (unsigned long long)off);
    else
        snprintf(buf, len, "%s", symtab_name(st, e));
    return buf;
}
