/*
 * symfile_elf.c — `xnuemu symfile KERNEL OUT`: an ELF64 AArch64 symbol file
 * for debuggers that cannot read Mach-O (gdb-multiarch on Linux). Each
 * Mach-O segment with a size becomes one allocated section at its virtual
 * address (its file bytes as contents, the rest zero-fill), and every
 * defined symbol of the kernel's LC_SYMTAB an ELF symbol (C name, size up to
 * the next symbol, STT_FUNC in executable segments). Layout facts: the
 * System V gABI ELF-64 object file format and the AArch64 ELF ABI (EM_AARCH64
 * = 183); the Mach-O side is macho.h/symtab.h.
 *
 *   gdb-multiarch kernel.elf -ex 'target remote :1234' -ex 'break arm_init'
 *
 * Errors are one line on stderr and status 2.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xnuemu/compress.h"
#include "xnuemu/img4.h"
#include "xnuemu/loader.h"
#include "xnuemu/macho.h"
#include "xnuemu/symtab.h"

enum {
    EHDR_SIZE = 64, SHDR_SIZE = 64, SYM_SIZE = 24,
    SHT_PROGBITS = 1, SHT_SYMTAB = 2, SHT_STRTAB = 3, SHT_NOBITS = 8,
    SHF_WRITE = 1, SHF_ALLOC = 2, SHF_EXECINSTR = 4,
    STB_LOCAL = 0, STB_GLOBAL = 1, STT_OBJECT = 1, STT_FUNC = 2,
    VM_PROT_WRITE = 2, VM_PROT_EXECUTE = 4,
};

/* A growable little-endian byte buffer. */
typedef struct Buf {
    uint8_t *p;
    size_t n, cap;
    bool oom;
} Buf;

static void put(Buf *b, const void *src, size_t n)
{
    if (b->oom)
        return;
    if (b->n + n > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->n + n)
            cap *= 2;
        uint8_t *p = realloc(b->p, cap);
        if (!p) {
            b->oom = true;
            return;
        }
        b->p = p;
        b->cap = cap;
    }
    if (src)
        memcpy(b->p + b->n, src, n);
    else
        memset(b->p + b->n, 0, n);
    b->n += n;
}

static void put_le(Buf *b, uint64_t v, unsigned size)
{
    uint8_t t[8];
    for (unsigned i = 0; i < size; i++)
        t[i] = (uint8_t)(v >> (8 * i));
    put(b, t, size);
}

static void align(Buf *b, size_t a)
{
    if (b->n % a)
        put(b, NULL, a - b->n % a);
}

/* A string table: returns the offset of s. */
static uint32_t strtab_add(Buf *b, const char *s)
{
    uint32_t off = (uint32_t)b->n;
    put(b, s, strlen(s) + 1);
    return off;
}

typedef struct Shdr {
    uint32_t name, type;
    uint64_t flags, addr, offset, size;
    uint32_t link, info;
    uint64_t align, entsize;
} Shdr;

static void put_shdr(Buf *b, const Shdr *s)
{
    put_le(b, s->name, 4);
    put_le(b, s->type, 4);
    put_le(b, s->flags, 8);
    put_le(b, s->addr, 8);
    put_le(b, s->offset, 8);
    put_le(b, s->size, 8);
    put_le(b, s->link, 4);
    put_le(b, s->info, 4);
    put_le(b, s->align, 8);
    put_le(b, s->entsize, 8);
}

static void put_sym(Buf *b, uint32_t name, unsigned bind, unsigned type, uint16_t shndx,
                    uint64_t value, uint64_t size)
{
    put_le(b, name, 4);
    put_le(b, (bind << 4) | type, 1);
    put_le(b, 0, 1);              /* st_other: STV_DEFAULT */
    put_le(b, shndx, 2);
    put_le(b, value, 8);
    put_le(b, size, 8);
}

/* The segment with a section that contains addr, or NULL. */
static const MachoSegment *seg_of(const Macho *m, const uint16_t *secidx, uint64_t addr)
{
    for (unsigned i = 0; i < m->nseg; i++) {
        const MachoSegment *s = &m->seg[i];
        if (secidx[i] && addr >= s->vmaddr && addr - s->vmaddr < s->vmsize)
            return s;
    }
    return NULL;
}

/* Symbols of one binding (locals must precede globals in .symtab). */
static size_t put_symbols(Buf *sym, Buf *str, const Macho *m, const Symtab *st,
                          const uint16_t *secidx, bool global)
{
    size_t count = 0;
    for (size_t i = 0; i < st->n; i++) {
        const SymEntry *e = &st->sym[i];
        if (e->global != global)
            continue;
        const MachoSegment *seg = seg_of(m, secidx, e->addr);
        if (!seg)
            continue;
        /* size: up to the next symbol at a higher address */
        uint64_t next = st->end;
        for (size_t j = i + 1; j < st->n; j++)
            if (st->sym[j].addr > e->addr) {
                next = st->sym[j].addr;
                break;
            }
        if (next > seg->vmaddr + seg->vmsize)
            next = seg->vmaddr + seg->vmsize;
        bool code = (seg->initprot & VM_PROT_EXECUTE) || (seg->maxprot & VM_PROT_EXECUTE);
        put_sym(sym, strtab_add(str, symtab_name(st, e)), global ? STB_GLOBAL : STB_LOCAL,
                code ? STT_FUNC : STT_OBJECT, secidx[seg - m->seg], e->addr,
                next > e->addr ? next - e->addr : 0);
        count++;
    }
    return count;
}

/* Build the ELF image of the symbol file in *out. */
static EmuErr build_elf(const Macho *m, const Symtab *st, Buf *out, size_t *nsyms, char *err,
                        size_t errlen)
{
    uint16_t *secidx = calloc(m->nseg ? m->nseg : 1, sizeof(*secidx));
    Shdr *sh = calloc(m->nseg + 5u, sizeof(*sh));
    Buf shstr = { 0 }, str = { 0 }, sym = { 0 };
    EmuErr e = EMU_OK;
    if (!secidx || !sh) {
        e = EMU_ERR_NOMEM;
        goto done;
    }
    put(&shstr, "", 1);
    put(&str, "", 1);
    put(out, NULL, EHDR_SIZE);
    unsigned nsh = 1;             /* section 0 is the null section */
    for (unsigned i = 0; i < m->nseg; i++) {
        const MachoSegment *s = &m->seg[i];
        if (!s->vmsize || !strcmp(s->name, "__PAGEZERO") || !strcmp(s->name, "__LINKEDIT"))
            continue;
        uint64_t fsize = s->filesize < s->vmsize ? s->filesize : s->vmsize;
        Shdr *h = &sh[nsh];
        h->name = strtab_add(&shstr, s->name);
        h->type = fsize ? SHT_PROGBITS : SHT_NOBITS;
        h->flags = SHF_ALLOC;
        if (s->initprot & VM_PROT_WRITE)
            h->flags |= SHF_WRITE;
        if (s->initprot & VM_PROT_EXECUTE)
            h->flags |= SHF_EXECINSTR;
        h->addr = s->vmaddr;
        h->align = 16;
        align(out, 16);
        h->offset = out->n;
        /* the zero-filled tail of a segment is in the file too, so that the
         * section covers the whole segment as PROGBITS */
        h->size = s->vmsize;
        if (fsize) {
            put(out, m->data + s->fileoff, fsize);
            put(out, NULL, s->vmsize - fsize);
        }
        secidx[i] = (uint16_t)nsh++;
    }
    size_t nlocal = 1;
    put_sym(&sym, 0, STB_LOCAL, 0, 0, 0, 0);
    nlocal += put_symbols(&sym, &str, m, st, secidx, false);
    size_t nglobal = put_symbols(&sym, &str, m, st, secidx, true);
    *nsyms = nlocal - 1 + nglobal;

    unsigned i_symtab = nsh++, i_strtab = nsh++, i_shstrtab = nsh++;
    sh[i_symtab] = (Shdr){ .name = strtab_add(&shstr, ".symtab"), .type = SHT_SYMTAB,
                           .link = i_strtab, .info = (uint32_t)nlocal, .align = 8,
                           .entsize = SYM_SIZE };
    sh[i_strtab] = (Shdr){ .name = strtab_add(&shstr, ".strtab"), .type = SHT_STRTAB,
                           .align = 1 };
    sh[i_shstrtab] = (Shdr){ .name = strtab_add(&shstr, ".shstrtab"), .type = SHT_STRTAB,
                             .align = 1 };
    align(out, 8);
    sh[i_symtab].offset = out->n;
    sh[i_symtab].size = sym.n;
    put(out, sym.p, sym.n);
    sh[i_strtab].offset = out->n;
    sh[i_strtab].size = str.n;
    put(out, str.p, str.n);
    sh[i_shstrtab].offset = out->n;
    sh[i_shstrtab].size = shstr.n;
    put(out, shstr.p, shstr.n);
    align(out, 8);
    uint64_t shoff = out->n;
    for (unsigned i = 0; i < nsh; i++)
        put_shdr(out, &sh[i]);
    if (out->oom || sym.oom || str.oom || shstr.oom) {
        e = EMU_ERR_NOMEM;
        goto done;
    }

    /* the ELF header, now that the offsets are known */
    Buf h = { 0 };
    static const uint8_t ident[16] = { 0x7f, 'E', 'L', 'F', 2 /* ELFCLASS64 */,
                                       1 /* ELFDATA2LSB */, 1 /* EV_CURRENT */ };
    put(&h, ident, 16);
    put_le(&h, 2, 2);             /* e_type: ET_EXEC */
    put_le(&h, 183, 2);           /* e_machine: EM_AARCH64 */
    put_le(&h, 1, 4);             /* e_version */
    put_le(&h, m->has_entry ? m->entry : 0, 8);
    put_le(&h, 0, 8);             /* e_phoff: no program headers */
    put_le(&h, shoff, 8);
    put_le(&h, 0, 4);             /* e_flags */
    put_le(&h, EHDR_SIZE, 2);
    put_le(&h, 56, 2);            /* e_phentsize */
    put_le(&h, 0, 2);
    put_le(&h, SHDR_SIZE, 2);
    put_le(&h, nsh, 2);
    put_le(&h, i_shstrtab, 2);
    if (h.oom) {
        e = EMU_ERR_NOMEM;
    } else {
        memcpy(out->p, h.p, EHDR_SIZE);
    }
    free(h.p);
done:
    if (e == EMU_ERR_NOMEM)
        snprintf(err, errlen, "out of memory building the symbol file");
    free(secidx);
    free(sh);
    free(shstr.p);
    free(str.p);
    free(sym.p);
    return e;
}

EmuErr symfile_write(const char *kernel, const char *out_path, size_t *nsyms, char *err,
                     size_t errlen)
{
    uint8_t *data;
    size_t size;
    EmuErr e = load_file(kernel, &data, &size, err, errlen);
    if (e != EMU_OK)
        return e;
    if (img4_detect(data, size) || complzss_detect(data, size) || lzfse_detect(data, size)) {
        uint8_t *plain;
        size_t n;
        const char *how;
        char why[400];
        e = img4_load(data, size, DECOMP_DEFAULT_MAX, &plain, &n, NULL, &how, why,
                      sizeof(why));
        free(data);
        if (e != EMU_OK) {
            snprintf(err, errlen, "%s: %s", kernel, why);
            return e;
        }
        data = plain;
        size = n;
    }
    Macho m;
    Symtab *st = NULL;
    Buf elf = { 0 };
    e = macho_parse(&m, kernel, data, size, err, errlen);
    if (e != EMU_OK) {
        free(data);
        return e;
    }
    e = symtab_from_macho(&st, &m, kernel, err, errlen);
    if (e == EMU_OK && st->n == 0) {
        snprintf(err, errlen, "%s: the Mach-O has no symbols (LC_SYMTAB empty or absent)",
                 kernel);
        e = EMU_ERR_FORMAT;
    }
    if (e == EMU_OK)
        e = build_elf(&m, st, &elf, nsyms, err, errlen);
    if (e == EMU_OK) {
        FILE *f = fopen(out_path, "wb");
        bool ok = f && fwrite(elf.p, 1, elf.n, f) == elf.n;
        if (f && fclose(f) != 0)
            ok = false;
        if (!ok) {
            snprintf(err, errlen, "%s: %s", out_path, strerror(errno));
            e = EMU_ERR_IO;
        }
    }
    free(elf.p);
    symtab_free(st);
    macho_free(&m);
    free(data);
    return e;
}

int symfile_tool_main(int argc, char **argv)
{
    if (argc != 3 || argv[1][0] == '-' || argv[2][0] == '-') {
        fprintf(stderr, "xnuemu symfile: usage: xnuemu symfile KERNEL OUT.elf\n");
        return 2;
    }
    char err[512];
    size_t n = 0;
    if (symfile_write(argv[1], argv[2], &n, err, sizeof(err)) != EMU_OK) {
        fprintf(stderr, "xnuemu symfile: %s\n", err);
        return 2;
    }
    printf("%s: %zu symbols\n", argv[2], n);
    return 0;
}
