/*
 * macho_build.h — builds small synthetic arm64 Mach-O kernels for loader
 * tests: a header, segments with chosen VM/file sizes, an entry command
 * (LC_UNIXTHREAD or LC_MAIN), a symbol table. The layout is explicit so a
 * test can break any field it likes afterwards.
 */
#ifndef TESTS_MACHO_BUILD_H
#define TESTS_MACHO_BUILD_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct MbSeg {
    const char *name;
    uint64_t vmaddr, vmsize, fileoff, filesize;
    uint32_t prot;
} MbSeg;

typedef struct MbSym {
    const char *name;
    uint8_t type;             /* 0x0f = N_SECT|N_EXT, 0x0e = local, 0x24 = stab, 0x01 undef */
    uint64_t value;
} MbSym;

typedef struct MbImage {
    uint8_t *data;
    size_t size;
    uint32_t cmds_off[32];    /* file offset of each load command */
    unsigned ncmds;
    uint32_t symoff, stroff;
} MbImage;

static inline void mb_put32(uint8_t *p, uint32_t v) { memcpy(p, &v, 4); }
static inline void mb_put64(uint8_t *p, uint64_t v) { memcpy(p, &v, 8); }

/* Segments' file contents are filled with (offset & 0xff) ^ 0x3c. file_size
 * must cover every segment's file range; the symbol table goes after it. */
static inline MbImage mb_build(uint32_t filetype, const MbSeg *seg, unsigned nseg,
                               uint64_t entry, int use_main, const MbSym *sym, unsigned nsym,
                               size_t file_size)
{
    MbImage im = { 0 };
    size_t strsize = 1;
    for (unsigned i = 0; i < nsym; i++)
        strsize += strlen(sym[i].name) + 1;
    size_t symoff = (file_size + 7) & ~(size_t)7;
    size_t stroff = symoff + 16 * nsym;
    im.size = stroff + strsize;
    im.data = calloc(1, im.size);
    for (size_t i = 0; i < file_size; i++)
        im.data[i] = (uint8_t)((i & 0xff) ^ 0x3c);
    uint8_t *h = im.data;
    memset(h, 0, 0x1000 < file_size ? 0x1000 : file_size);
    mb_put32(h, 0xfeedfacf);
    mb_put32(h + 4, 0x0100000c);
    mb_put32(h + 12, filetype);
    uint32_t pos = 32;
    for (unsigned i = 0; i < nseg; i++) {
        uint8_t *c = h + pos;
        im.cmds_off[im.ncmds++] = pos;
        mb_put32(c, 0x19);
        mb_put32(c + 4, 72);
        strncpy((char *)c + 8, seg[i].name, 16);
        mb_put64(c + 24, seg[i].vmaddr);
        mb_put64(c + 32, seg[i].vmsize);
        mb_put64(c + 40, seg[i].fileoff);
        mb_put64(c + 48, seg[i].filesize);
        mb_put32(c + 56, seg[i].prot);
        mb_put32(c + 60, seg[i].prot);
        pos += 72;
    }
    im.cmds_off[im.ncmds++] = pos;
    if (use_main) {
        mb_put32(h + pos, 0x80000028);
        mb_put32(h + pos + 4, 24);
        mb_put64(h + pos + 8, entry);
        pos += 24;
    } else {
        mb_put32(h + pos, 0x5);
        mb_put32(h + pos + 4, 0x120);
        mb_put32(h + pos + 8, 6);
        mb_put32(h + pos + 12, 68);
        mb_put64(h + pos + 16 + 0x100, entry);
        pos += 0x120;
    }
    im.cmds_off[im.ncmds++] = pos;
    mb_put32(h + pos, 0x2);
    mb_put32(h + pos + 4, 24);
    mb_put32(h + pos + 8, (uint32_t)symoff);
    mb_put32(h + pos + 12, nsym);
    mb_put32(h + pos + 16, (uint32_t)stroff);
    mb_put32(h + pos + 20, (uint32_t)strsize);
    pos += 24;
    mb_put32(h + 16, im.ncmds);
    mb_put32(h + 20, pos - 32);
    im.symoff = (uint32_t)symoff;
    im.stroff = (uint32_t)stroff;
    size_t sp = 1;
    for (unsigned i = 0; i < nsym; i++) {
        uint8_t *e = im.data + symoff + 16 * i;
        mb_put32(e, (uint32_t)sp);
        e[4] = sym[i].type;
        e[5] = 1;
        mb_put64(e + 8, sym[i].value);
        memcpy(im.data + stroff + sp, sym[i].name, strlen(sym[i].name) + 1);
        sp += strlen(sym[i].name) + 1;
    }
    return im;
}

#endif
