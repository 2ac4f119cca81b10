/*
 * test_macho.c — the Mach-O parser and symbol table on synthetic kernels:
 * segments, entry points (LC_UNIXTHREAD, LC_MAIN), guard and zero-size
 * segments, symbols, and every kind of broken file (truncation at every
 * offset, lying counts and sizes, overlaps, missing entry) as a clear error.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <cmocka.h>

#include "macho_build.h"
#include "xnuemu/macho.h"
#include "xnuemu/symtab.h"

#define KVA UINT64_C(0xfffffff007004000)

static const MbSeg kernel_segs[] = {
    { "__TEXT", KVA, 0x8000, 0, 0x8000, 5 },
    { "__DATA", KVA + 0x8000, 0x10000, 0x8000, 0x4000, 3 },
    { "__PRELINK_TEXT", UINT64_C(0xfffffff004004000), 0, 0xc000, 0, 3 },
    { "__LINKEDIT", KVA + 0x18000, 0x4000, 0xc000, 0x1000, 1 },
};

static const MbSym kernel_syms[] = {
    { "_start", 0x0f, KVA + 0x4000 },
    { "_panic", 0x0f, KVA + 0x5000 },
    { "_panic_trap_to_debugger", 0x0f, KVA + 0x5100 },
    { "ltmp0", 0x0e, KVA + 0x4000 },
    { "_local_helper", 0x0e, KVA + 0x6000 },
    { "kernel.c", 0x64, 0 },                      /* stab: ignored */
    { "_undefined", 0x01, 0 },                    /* undefined: ignored */
    { "_data_var", 0x0f, KVA + 0x8010 },
};

static MbImage kernel_image(void)
{
    return mb_build(2, kernel_segs, 4, KVA + 0x4000, 0, kernel_syms, 8, 0xd000);
}

static EmuErr parse(Macho *m, const MbImage *im, char *err)
{
    return macho_parse(m, "k", im->data, im->size, err, 256);
}

static void test_parse_kernel(void **state)
{
    (void)state;
    MbImage im = kernel_image();
    Macho m;
    char err[256] = "";
    assert_int_equal(parse(&m, &im, err), EMU_OK);
    assert_int_equal(m.filetype, MH_EXECUTE);
    assert_int_equal(m.nseg, 4);
    assert_string_equal(m.seg[1].name, "__DATA");
    assert_true(m.seg[1].filesize < m.seg[1].vmsize);
    assert_true(m.has_entry);
    assert_int_equal(m.entry, KVA + 0x4000);
    assert_int_equal(m.header_vmaddr, KVA);
    uint64_t lo, hi;
    macho_vm_extent(&m, &lo, &hi);
    assert_int_equal(lo, KVA);                    /* zero-size __PRELINK_TEXT ignored */
    assert_int_equal(hi, KVA + 0x1c000);
    assert_non_null(macho_segment(&m, "__LINKEDIT"));
    assert_null(macho_segment(&m, "__KLD"));
    macho_free(&m);
    free(im.data);
}

static void test_symbols(void **state)
{
    (void)state;
    MbImage im = kernel_image();
    Macho m;
    char err[256] = "";
    assert_int_equal(parse(&m, &im, err), EMU_OK);
    Symtab *st;
    assert_int_equal(symtab_from_macho(&st, &m, "k", err, sizeof(err)), EMU_OK);
    assert_int_equal(st->n, 6);                   /* no stab, no undefined */
    uint64_t a;
    assert_true(symtab_lookup(st, "panic", &a));
    assert_int_equal(a, KVA + 0x5000);
    assert_true(symtab_lookup(st, "_panic", &a));
    assert_int_equal(a, KVA + 0x5000);
    assert_true(symtab_lookup(st, "ltmp0", &a));
    assert_false(symtab_lookup(st, "undefined", &a));
    assert_false(symtab_lookup(st, "kernel.c", &a));
    assert_false(symtab_lookup(st, "nope", &a));
    char buf[64];
    /* a global wins over a local at the same address */
    assert_string_equal(symtab_format(st, KVA + 0x4000, buf, sizeof(buf)), "start");
    assert_string_equal(symtab_format(st, KVA + 0x5010, buf, sizeof(buf)), "panic+0x10");
    assert_string_equal(symtab_format(st, KVA + 0x5104, buf, sizeof(buf)),
                        "panic_trap_to_debugger+0x4");
    assert_string_equal(symtab_format(st, KVA + 0x3000, buf, sizeof(buf)),
                        "0xfffffff007007000");
    assert_string_equal(symtab_format(st, KVA + 0x1c000, buf, sizeof(buf)),
                        "0xfffffff007020000");    /* past the image */
    symtab_free(st);
    macho_free(&m);
    free(im.data);
}

static void test_lc_main_and_pagezero(void **state)
{
    (void)state;
    const MbSeg segs[] = {
        { "__PAGEZERO", 0, UINT64_C(0x100000000), 0, 0, 0 },
        { "__TEXT", UINT64_C(0x100000000), 0x4000, 0, 0x4000, 5 },
    };
    MbImage im = mb_build(2, segs, 2, 0x3f8, 1, NULL, 0, 0x4000);
    Macho m;
    char err[256] = "";
    assert_int_equal(parse(&m, &im, err), EMU_OK);
    assert_int_equal(m.nseg, 1);                  /* guard segment is not part of the image */
    assert_int_equal(m.entry, UINT64_C(0x1000003f8));
    macho_free(&m);
    /* entry offset past __TEXT */
    mb_put64(im.data + im.cmds_off[2] + 8, 0x4000);
    assert_int_equal(parse(&m, &im, err), EMU_ERR_FORMAT);
    assert_non_null(strstr(err, "LC_MAIN entry offset"));
    free(im.data);
}

static void test_truncated_everywhere(void **state)
{
    (void)state;
    MbImage im = kernel_image();
    uint32_t cmds_end = 32;
    memcpy(&cmds_end, im.data + 20, 4);
    cmds_end += 32;
    for (size_t n = 0; n < im.size; n++) {
        Macho m;
        char err[256] = "";
        uint8_t *copy = malloc(n ? n : 1);
        memcpy(copy, im.data, n);
        EmuErr e = macho_parse(&m, "k", copy, n, err, sizeof(err));
        if (e == EMU_OK) {
            /* only possible once every structure is inside the file */
            assert_true(n >= im.symoff);
            macho_free(&m);
        } else {
            assert_int_equal(e, EMU_ERR_FORMAT);
            assert_true(strncmp(err, "k: ", 3) == 0);
        }
        free(copy);
    }
    free(im.data);
}

typedef struct Breakage {
    const char *what;
    void (*apply)(MbImage *im);
    const char *expect;       /* substring of the error */
} Breakage;

static void b_magic(MbImage *im) { im->data[0] ^= 1; }
static void b_cpu(MbImage *im) { mb_put32(im->data + 4, 7); }
static void b_filetype(MbImage *im) { mb_put32(im->data + 12, 6); }
static void b_ncmds(MbImage *im) { mb_put32(im->data + 16, 200); }
static void b_sizeofcmds(MbImage *im) { mb_put32(im->data + 20, 0x7fffffff); }
static void b_cmdsize0(MbImage *im) { mb_put32(im->data + im->cmds_off[1] + 4, 0); }
static void b_cmdsize_big(MbImage *im) { mb_put32(im->data + im->cmds_off[1] + 4, 0x10000); }
static void b_nsects(MbImage *im) { mb_put32(im->data + im->cmds_off[0] + 64, 3); }
static void b_fileoff(MbImage *im) { mb_put64(im->data + im->cmds_off[1] + 40, 0x100000); }
static void b_filesize(MbImage *im) { mb_put64(im->data + im->cmds_off[1] + 48, ~UINT64_C(0)); }
static void b_file_gt_vm(MbImage *im) { mb_put64(im->data + im->cmds_off[1] + 32, 0x1000); }
static void b_overlap(MbImage *im) { mb_put64(im->data + im->cmds_off[1] + 24, KVA + 0x4000); }
static void b_wrap(MbImage *im) { mb_put64(im->data + im->cmds_off[3] + 32, ~UINT64_C(0) - 4); }
static void b_no_thread(MbImage *im) { mb_put32(im->data + im->cmds_off[4], 0x26); }
static void b_flavor(MbImage *im) { mb_put32(im->data + im->cmds_off[4] + 8, 1); }
static void b_count(MbImage *im) { mb_put32(im->data + im->cmds_off[4] + 12, 0x1000); }
static void b_entry(MbImage *im) { mb_put64(im->data + im->cmds_off[4] + 16 + 0x100, 0x1000); }
static void b_symoff(MbImage *im) { mb_put32(im->data + im->cmds_off[5] + 8, 0xfffffff0); }
static void b_nsyms(MbImage *im) { mb_put32(im->data + im->cmds_off[5] + 12, 0x10000000); }
static void b_strsize(MbImage *im) { mb_put32(im->data + im->cmds_off[5] + 20, 0x10000000); }
static void b_text_not_at_0(MbImage *im) { mb_put64(im->data + im->cmds_off[0] + 40, 0x100); }

static const Breakage breakages[] = {
    { "magic", b_magic, "bad magic" },
    { "cpu", b_cpu, "not arm64" },
    { "filetype", b_filetype, "file type 6" },
    { "ncmds", b_ncmds, "ncmds lies" },
    { "sizeofcmds", b_sizeofcmds, "sizeofcmds" },
    { "cmdsize 0", b_cmdsize0, "cmdsize" },
    { "cmdsize big", b_cmdsize_big, "cmdsize" },
    { "nsects", b_nsects, "sections run past" },
    { "fileoff", b_fileoff, "runs past the end of the file" },
    { "filesize", b_filesize, "runs past the end of the file" },
    { "file > vm", b_file_gt_vm, "exceeds its VM size" },
    { "overlap", b_overlap, "overlaps segment __TEXT" },
    { "wrap", b_wrap, "wraps" },
    { "no thread", b_no_thread, "no entry point" },
    { "flavor", b_flavor, "no ARM_THREAD_STATE64" },
    { "count", b_count, "runs past the end of the command" },
    { "entry", b_entry, "lies outside the image" },
    { "symoff", b_symoff, "symbol table runs past" },
    { "nsyms", b_nsyms, "symbol table runs past" },
    { "strsize", b_strsize, "string table runs past" },
    { "text", b_text_not_at_0, "no segment containing its header" },
};

static void test_broken_headers(void **state)
{
    (void)state;
    for (unsigned i = 0; i < sizeof(breakages) / sizeof(breakages[0]); i++) {
        MbImage im = kernel_image();
        breakages[i].apply(&im);
        Macho m;
        char err[256] = "";
        EmuErr e = parse(&m, &im, err);
        if (e == EMU_OK || !strstr(err, breakages[i].expect))
            fail_msg("%s: got %d '%s', want an error with '%s'", breakages[i].what, e, err,
                     breakages[i].expect);
        free(im.data);
    }
}

static void test_bad_symbol_name(void **state)
{
    (void)state;
    MbImage im = kernel_image();
    mb_put32(im.data + im.symoff + 16, 0x7fffffff);       /* symbol 1's n_strx */
    Macho m;
    char err[256] = "";
    assert_int_equal(parse(&m, &im, err), EMU_OK);
    Symtab *st;
    assert_int_equal(symtab_from_macho(&st, &m, "k", err, sizeof(err)), EMU_ERR_FORMAT);
    assert_non_null(strstr(err, "symbol 1"));
    macho_free(&m);
    free(im.data);
}

static void test_fileset(void **state)
{
    (void)state;
    /* A kernel collection: outer segments, one fileset entry whose own
     * Mach header (at file offset 0x4000) holds the thread and symbols. */
    MbImage inner = kernel_image();
    const MbSeg outer_segs[] = {
        { "__TEXT", KVA - 0x4000, 0x4000, 0, 0x4000, 5 },
        { "__TEXT_EXEC", KVA, 0x1c000, 0x4000, 0xd000, 5 },
    };
    MbImage outer = mb_build(0xc, outer_segs, 2, KVA + 0x4000, 0, NULL, 0, 0x11000);
    memcpy(outer.data + 0x4000, inner.data, 0xd000);
    /* the inner symbol table moved by 0x4000 in the collection */
    uint32_t so = inner.symoff + 0x4000, sto = inner.stroff + 0x4000;
    outer.data = realloc(outer.data, 0x4000 + inner.size);
    memcpy(outer.data + so, inner.data + inner.symoff, inner.size - inner.symoff);
    outer.size = 0x4000 + inner.size;
    mb_put32(outer.data + 0x4000 + inner.cmds_off[5] + 8, so);
    mb_put32(outer.data + 0x4000 + inner.cmds_off[5] + 16, sto);
    /* replace the outer LC_UNIXTHREAD (0x120 bytes) with LC_FILESET_ENTRY */
    uint8_t *c = outer.data + outer.cmds_off[2];
    memset(c, 0, 0x120);
    mb_put32(c, 0x80000035);
    mb_put32(c + 4, 0x120);
    mb_put64(c + 8, KVA);
    mb_put64(c + 16, 0x4000);
    mb_put32(c + 24, 32);
    strcpy((char *)c + 32, "com.apple.kernel");
    Macho m;
    char err[256] = "";
    assert_int_equal(macho_parse(&m, "kc", outer.data, outer.size, err, sizeof(err)), EMU_OK);
    assert_int_equal(m.filetype, MH_FILESET);
    assert_int_equal(m.nfileset, 1);
    assert_int_equal(m.header_vmaddr, KVA);
    assert_int_equal(m.entry, KVA + 0x4000);
    Symtab *st;
    assert_int_equal(symtab_from_macho(&st, &m, "kc", err, sizeof(err)), EMU_OK);
    uint64_t a;
    assert_true(symtab_lookup(st, "panic", &a));
    assert_int_equal(a, KVA + 0x5000);
    symtab_free(st);
    macho_free(&m);
    /* without the kernel entry */
    strcpy((char *)c + 32, "com.apple.driver");
    assert_int_equal(macho_parse(&m, "kc", outer.data, outer.size, err, sizeof(err)),
                     EMU_ERR_FORMAT);
    assert_non_null(strstr(err, "no com.apple.kernel"));
    /* name not NUL-terminated inside the command */
    memset(c + 32, 'x', 0x120 - 32);
    assert_int_equal(macho_parse(&m, "kc", outer.data, outer.size, err, sizeof(err)),
                     EMU_ERR_FORMAT);
    assert_non_null(strstr(err, "entry name"));
    free(outer.data);
    free(inner.data);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_kernel),
        cmocka_unit_test(test_symbols),
        cmocka_unit_test(test_lc_main_and_pagezero),
        cmocka_unit_test(test_truncated_everywhere),
        cmocka_unit_test(test_broken_headers),
        cmocka_unit_test(test_bad_symbol_name),
        cmocka_unit_test(test_fileset),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
