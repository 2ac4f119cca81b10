/*
 * macho.c — the Mach-O parser: header, load commands (LC_SEGMENT_64,
 * LC_UNIXTHREAD with ARM_THREAD_STATE64 or LC_MAIN, LC_SYMTAB,
 * LC_FILESET_ENTRY),
 * checked against the file. Layouts from Apple's <mach-o/loader.h>:
 * mach_header_64 (32 bytes), segment_command_64 (72 bytes + 80 per
 * section), thread_command + arm_thread_state64 (pc at byte 0x100 of the
 * state), entry_point_command (LC_MAIN: entry = header + entryoff, what
 * ld64.lld produces, since it cannot write LC_UNIXTHREAD), symtab_command,
 * fileset_entry_command. A segment with no file data and no access rights
 * (__PAGEZERO) is a guard reservation, not part of the image.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xnuemu/macho.h"

#define MH_HEADER_SIZE      32u
#define LC_SYMTAB           0x2u
#define LC_UNIXTHREAD       0x5u
#define LC_SEGMENT_64       0x19u
#define LC_MAIN             0x80000028u
#define LC_FILESET_ENTRY    0x80000035u
#define SEG_CMD_SIZE        72u
#define SECT_SIZE           80u
#define ARM_THREAD_STATE64  6u
#define ARM_THREAD_STATE64_COUNT 68u       /* in 32-bit words */
#define ARM_STATE64_PC_OFF  0x100u         /* x0..x28, fp, lr, sp, then pc */
#define MAX_SEGMENTS        4096u
#define MAX_FILESET         4096u

static uint32_t rd32(const uint8_t *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

static uint64_t rd64(const uint8_t *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static bool fits(uint64_t off, uint64_t len, uint64_t size)
{
    return off <= size && len <= size - off;
}

bool is_macho(const uint8_t *data, size_t size)
{
    return size >= 4 && rd32(data) == MH_MAGIC_64;
}

typedef struct Parse {
    Macho *m;
    const char *path;
    char *err;
    size_t errlen;
} Parse;

static EmuErr fail(Parse *p, const char *fmt, unsigned long long off, const char *what)
{
    char where[160];
    snprintf(where, sizeof(where), fmt, off);
    snprintf(p->err, p->errlen, "%s: Mach-O %s: %s", p->path, where, what);
    return EMU_ERR_FORMAT;
}

static EmuErr add_segment(Parse *p, const uint8_t *c, uint32_t cmdsize, uint32_t off)
{
    Macho *m = p->m;
    if (cmdsize < SEG_CMD_SIZE)
        return fail(p, "LC_SEGMENT_64 at offset 0x%llx", off, "command too small");
    uint32_t nsects = rd32(c + 64);
    if ((uint64_t)nsects * SECT_SIZE > cmdsize - SEG_CMD_SIZE)
        return fail(p, "LC_SEGMENT_64 at offset 0x%llx", off,
                    "its sections run past the end of the command");
    if (m->nseg >= MAX_SEGMENTS)
        return fail(p, "LC_SEGMENT_64 at offset 0x%llx", off, "too many segments");
    MachoSegment s = { 0 };
    memcpy(s.name, c + 8, 16);
    s.vmaddr = rd64(c + 24);
    s.vmsize = rd64(c + 32);
    s.fileoff = rd64(c + 40);
    s.filesize = rd64(c + 48);
    s.maxprot = rd32(c + 56);
    s.initprot = rd32(c + 60);
    s.cmd_off = off;
    if (s.filesize == 0 && s.maxprot == 0 && s.initprot == 0)
        return EMU_OK;                          /* __PAGEZERO-style guard */
    char what[200];
    if (!fits(s.fileoff, s.filesize, m->size)) {
        snprintf(what, sizeof(what), "segment %s: file range 0x%llx+0x%llx runs past the end "
                 "of the file (0x%zx bytes)", s.name, (unsigned long long)s.fileoff,
                 (unsigned long long)s.filesize, m->size);
        return fail(p, "LC_SEGMENT_64 at offset 0x%llx", off, what);
    }
    if (s.vmsize && s.filesize > s.vmsize) {
        snprintf(what, sizeof(what), "segment %s: file size 0x%llx exceeds its VM size 0x%llx",
                 s.name, (unsigned long long)s.filesize, (unsigned long long)s.vmsize);
        return fail(p, "LC_SEGMENT_64 at offset 0x%llx", off, what);
    }
    if (s.vmaddr + s.vmsize < s.vmaddr) {
        snprintf(what, sizeof(what), "segment %s: VM range wraps around", s.name);
        return fail(p, "LC_SEGMENT_64 at offset 0x%llx", off, what);
    }
    for (unsigned i = 0; i < m->nseg && s.vmsize; i++) {
        const MachoSegment *o = &m->seg[i];
        if (o->vmsize && s.vmaddr < o->vmaddr + o->vmsize && o->vmaddr < s.vmaddr + s.vmsize) {
            snprintf(what, sizeof(what), "segment %s (0x%llx+0x%llx) overlaps segment %s",
                     s.name, (unsigned long long)s.vmaddr, (unsigned long long)s.vmsize,
                     o->name);
            return fail(p, "LC_SEGMENT_64 at offset 0x%llx", off, what);
        }
    }
    MachoSegment *ns = realloc(m->seg, (m->nseg + 1) * sizeof(*ns));
    if (!ns) {
        snprintf(p->err, p->errlen, "out of memory");
        return EMU_ERR_NOMEM;
    }
    m->seg = ns;
    m->seg[m->nseg++] = s;
    return EMU_OK;
}

static EmuErr read_thread(Parse *p, const uint8_t *c, uint32_t cmdsize, uint32_t off)
{
    uint32_t pos = 8;
    while (pos + 8 <= cmdsize) {
        uint32_t flavor = rd32(c + pos), count = rd32(c + pos + 4);
        if ((uint64_t)count * 4 > cmdsize - pos - 8)
            return fail(p, "LC_UNIXTHREAD at offset 0x%llx", off,
                        "thread state runs past the end of the command");
        if (flavor == ARM_THREAD_STATE64) {
            if (count < ARM_THREAD_STATE64_COUNT)
                return fail(p, "LC_UNIXTHREAD at offset 0x%llx", off,
                            "ARM_THREAD_STATE64 is too short");
            p->m->entry = rd64(c + pos + 8 + ARM_STATE64_PC_OFF);
            p->m->has_entry = true;
            return EMU_OK;
        }
        pos += 8 + count * 4;
    }
    return fail(p, "LC_UNIXTHREAD at offset 0x%llx", off,
                "no ARM_THREAD_STATE64 (is this an arm64 kernel?)");
}

static EmuErr read_symtab(Parse *p, const uint8_t *c, uint32_t cmdsize, uint32_t off)
{
    Macho *m = p->m;
    if (cmdsize < 24)
        return fail(p, "LC_SYMTAB at offset 0x%llx", off, "command too small");
    uint32_t symoff = rd32(c + 8), nsyms = rd32(c + 12), stroff = rd32(c + 16),
             strsize = rd32(c + 20);
    if (!fits(symoff, (uint64_t)nsyms * 16, m->size))
        return fail(p, "LC_SYMTAB at offset 0x%llx", off,
                    "symbol table runs past the end of the file");
    if (!fits(stroff, strsize, m->size))
        return fail(p, "LC_SYMTAB at offset 0x%llx", off,
                    "string table runs past the end of the file");
    m->symoff = symoff;
    m->nsyms = nsyms;
    m->stroff = stroff;
    m->strsize = strsize;
    return EMU_OK;
}

static EmuErr add_fileset_entry(Parse *p, const uint8_t *c, uint32_t cmdsize, uint32_t off)
{
    Macho *m = p->m;
    if (cmdsize < 32)
        return fail(p, "LC_FILESET_ENTRY at offset 0x%llx", off, "command too small");
    if (m->nfileset >= MAX_FILESET)
        return fail(p, "LC_FILESET_ENTRY at offset 0x%llx", off, "too many entries");
    MachoFilesetEntry e = { .vmaddr = rd64(c + 8), .fileoff = rd64(c + 16) };
    uint32_t id = rd32(c + 24);
    if (id < 32 || id >= cmdsize || !memchr(c + id, 0, cmdsize - id))
        return fail(p, "LC_FILESET_ENTRY at offset 0x%llx", off,
                    "entry name is not a string inside the command");
    snprintf(e.id, sizeof(e.id), "%s", (const char *)(c + id));
    if (!fits(e.fileoff, MH_HEADER_SIZE, m->size))
        return fail(p, "LC_FILESET_ENTRY at offset 0x%llx", off,
                    "entry's Mach header lies outside the file");
    MachoFilesetEntry *ne = realloc(m->fileset, (m->nfileset + 1) * sizeof(*ne));
    if (!ne) {
        snprintf(p->err, p->errlen, "out of memory");
        return EMU_ERR_NOMEM;
    }
    m->fileset = ne;
    m->fileset[m->nfileset++] = e;
    return EMU_OK;
}

/* Walk the load commands of the Mach header at file offset hoff. In a
 * fileset entry (sub) only the thread and symbol table are taken: the
 * fileset's own segments already describe the whole collection. */
static EmuErr walk_commands(Parse *p, uint64_t hoff, bool sub)
{
    Macho *m = p->m;
    const uint8_t *h = m->data + hoff;
    if (!fits(hoff, MH_HEADER_SIZE, m->size))
        return fail(p, "header at offset 0x%llx", hoff, "truncated");
    if (rd32(h) != MH_MAGIC_64)
        return fail(p, "header at offset 0x%llx", hoff, "bad magic (not a 64-bit Mach-O)");
    if (rd32(h + 4) != MH_CPU_ARM64)
        return fail(p, "header at offset 0x%llx", hoff, "CPU type is not arm64");
    uint32_t ncmds = rd32(h + 16), sizeofcmds = rd32(h + 20);
    if (!fits(hoff + MH_HEADER_SIZE, sizeofcmds, m->size))
        return fail(p, "header at offset 0x%llx", hoff,
                    "load commands (sizeofcmds) run past the end of the file");
    uint64_t pos = hoff + MH_HEADER_SIZE, end = pos + sizeofcmds;
    for (uint32_t i = 0; i < ncmds; i++) {
        if (end - pos < 8)
            return fail(p, "load command at offset 0x%llx", pos,
                        "runs past sizeofcmds (ncmds lies)");
        const uint8_t *c = m->data + pos;
        uint32_t cmd = rd32(c), cmdsize = rd32(c + 4);
        if (cmdsize < 8 || cmdsize > end - pos)
            return fail(p, "load command at offset 0x%llx", pos,
                        "cmdsize is smaller than 8 or runs past sizeofcmds");
        EmuErr e = EMU_OK;
        uint32_t off = (uint32_t)pos;
        switch (cmd) {
        case LC_SEGMENT_64:
            if (!sub)
                e = add_segment(p, c, cmdsize, off);
            break;
        case LC_UNIXTHREAD:
            e = read_thread(p, c, cmdsize, off);
            break;
        case LC_SYMTAB:
            e = read_symtab(p, c, cmdsize, off);
            break;
        case LC_MAIN:
            if (cmdsize < 24)
                return fail(p, "LC_MAIN at offset 0x%llx", pos, "command too small");
            m->main_entryoff = rd64(c + 8);
            m->has_main = true;
            break;
        case LC_FILESET_ENTRY:
            if (!sub)
                e = add_fileset_entry(p, c, cmdsize, off);
            break;
        default:
            break;
        }
        if (e != EMU_OK)
            return e;
        pos += cmdsize;
    }
    return EMU_OK;
}

EmuErr macho_parse(Macho *m, const char *path, const uint8_t *data, size_t size,
                   char *err, size_t errlen)
{
    memset(m, 0, sizeof(*m));
    m->data = data;
    m->size = size;
    Parse p = { m, path, err, errlen };
    if (size < MH_HEADER_SIZE) {
        snprintf(err, errlen, "%s: Mach-O header truncated (%zu bytes, need 32)", path, size);
        return EMU_ERR_FORMAT;
    }
    m->cputype = rd32(data + 4);
    m->cpusubtype = rd32(data + 8);
    m->filetype = rd32(data + 12);
    m->flags = rd32(data + 24);
    EmuErr e = EMU_OK;
    if (m->filetype != MH_EXECUTE && m->filetype != MH_FILESET) {
        snprintf(err, errlen, "%s: Mach-O file type %u is neither a kernel (MH_EXECUTE) nor a "
                 "kernel collection (MH_FILESET)", path, m->filetype);
        e = EMU_ERR_FORMAT;
    }
    if (e == EMU_OK)
        e = walk_commands(&p, 0, false);
    if (e == EMU_OK && m->filetype == MH_FILESET) {
        const MachoFilesetEntry *k = NULL;
        for (unsigned i = 0; i < m->nfileset; i++)
            if (strcmp(m->fileset[i].id, "com.apple.kernel") == 0)
                k = &m->fileset[i];
        if (!k) {
            snprintf(err, errlen, "%s: kernel collection has no com.apple.kernel entry", path);
            e = EMU_ERR_FORMAT;
        } else {
            m->has_entry = false;
            m->has_main = false;
            m->symoff = m->nsyms = m->stroff = m->strsize = 0;
            m->kernel_off = k->fileoff;
            m->header_vmaddr = k->vmaddr;
            e = walk_commands(&p, k->fileoff, true);
        }
    } else if (e == EMU_OK) {
        const MachoSegment *text = NULL;
        for (unsigned i = 0; i < m->nseg && !text; i++)
            if (m->seg[i].fileoff == 0 && m->seg[i].filesize > 0)
                text = &m->seg[i];
        if (!text) {
            snprintf(err, errlen, "%s: Mach-O has no segment containing its header "
                     "(file offset 0)", path);
            e = EMU_ERR_FORMAT;
        } else {
            m->header_vmaddr = text->vmaddr;
            if (!m->has_entry && m->has_main) {
                if (m->main_entryoff >= text->filesize) {
                    snprintf(err, errlen, "%s: LC_MAIN entry offset 0x%llx lies outside the "
                             "segment %s", path, (unsigned long long)m->main_entryoff,
                             text->name);
                    e = EMU_ERR_FORMAT;
                } else {
                    m->entry = text->vmaddr + m->main_entryoff;
                    m->has_entry = true;
                }
            }
        }
    }
    if (e == EMU_OK && !m->has_entry) {
        snprintf(err, errlen, "%s: Mach-O has no entry point (LC_UNIXTHREAD or LC_MAIN)", path);
        e = EMU_ERR_FORMAT;
    }
    if (e == EMU_OK) {
        uint64_t lo, hi;
        macho_vm_extent(m, &lo, &hi);
        if (m->entry < lo || m->entry >= hi) {
            snprintf(err, errlen, "%s: entry point 0x%llx lies outside the image "
                     "(0x%llx..0x%llx)", path, (unsigned long long)m->entry,
                     (unsigned long long)lo, (unsigned long long)hi);
            e = EMU_ERR_FORMAT;
        }
    }
    if (e != EMU_OK)
        macho_free(m);
    return e;
}

void macho_free(Macho *m)
{
    free(m->seg);
    free(m->fileset);
    m->seg = NULL;
    m->fileset = NULL;
    m->nseg = m->nfileset = 0;
}

const MachoSegment *macho_segment(const Macho *m, const char *name)
{
    for (unsigned i = 0; i < m->nseg; i++)
        if (strcmp(m->seg[i].name, name) == 0)
            return &m->seg[i];
    return NULL;
}

void macho_vm_extent(const Macho *m, uint64_t *lo, uint64_t *hi)
{
    *lo = UINT64_MAX;
    *hi = 0;
    for (unsigned i = 0; i < m->nseg; i++) {
        const MachoSegment *s = &m->seg[i];
        if (!s->vmsize)
            continue;
        if (s->vmaddr < *lo)
            *lo = s->vmaddr;
        if (s->vmaddr + s->vmsize > *hi)
            *hi = s->vmaddr + s->vmsize;
    }
    if (*lo > *hi)
        *lo = *hi = 0;
}
