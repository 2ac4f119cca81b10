/*
 * test_symfile.c — `xnuemu symfile`: the ELF symbol file written for a
 * synthetic Mach-O kernel is read back field by field (ELF header, one
 * section per segment with its bytes, zero-fill tails, symbols with C
 * names, bindings, types, sizes and section indices), and bad inputs
 * (truncated Mach-O, no symbols, unwritable output) are one-line errors.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <cmocka.h>

#include "macho_build.h"
#include "xnuemu/loader.h"

#include "scratch.h"

#define KVA UINT64_C(0xfffffff007004000)

static const MbSeg segs[] = {
    { "__TEXT", KVA, 0x8000, 0, 0x8000, 5 },
    { "__DATA", KVA + 0x8000, 0x10000, 0x8000, 0x4000, 3 },   /* 0xc000 zero-fill */
    { "__PRELINK_TEXT", UINT64_C(0xfffffff004004000), 0, 0xc000, 0, 3 },
    { "__LINKEDIT", KVA + 0x18000, 0x4000, 0xc000, 0x1000, 1 },
};

static const MbSym syms[] = {
    { "_start", 0x0f, KVA + 0x4000 },
    { "_panic", 0x0f, KVA + 0x5000 },
    { "_local_helper", 0x0e, KVA + 0x6000 },
    { "kernel.c", 0x64, 0 },                      /* stab: not a symbol */
    { "_undefined", 0x01, 0 },                    /* undefined: not a symbol */
    { "_data_var", 0x0f, KVA + 0x8010 },
};

typedef struct Elf {
    uint8_t *p;
    size_t n;
} Elf;

static uint64_t rd(const Elf *e, size_t off, unsigned size)
{
    assert_true(off + size <= e->n);
    uint64_t v = 0;
    for (unsigned i = 0; i < size; i++)
        v |= (uint64_t)e->p[off + i] << (8 * i);
    return v;
}

static size_t shdr(const Elf *e, unsigned i)
{
    return rd(e, 0x28, 8) + 64u * i;
}

static const char *shname(const Elf *e, unsigned i)
{
    size_t strs = rd(e, shdr(e, (unsigned)rd(e, 0x3e, 2)) + 0x18, 8);
    return (const char *)e->p + strs + rd(e, shdr(e, i), 4);
}

typedef struct Sym {
    const char *name;
    unsigned bind, type, shndx;
    uint64_t value, size;
} Sym;

/* The symbol called name, or a zeroed Sym. */
static Sym find_sym(const Elf *e, const char *name, unsigned *index)
{
    unsigned nsh = (unsigned)rd(e, 0x3c, 2);
    for (unsigned i = 0; i < nsh; i++) {
        if (rd(e, shdr(e, i) + 4, 4) != 2)      /* SHT_SYMTAB */
            continue;
        size_t off = rd(e, shdr(e, i) + 0x18, 8), size = rd(e, shdr(e, i) + 0x20, 8);
        unsigned link = (unsigned)rd(e, shdr(e, i) + 0x28, 4);
        size_t strs = rd(e, shdr(e, link) + 0x18, 8);
        for (size_t k = 0; k < size / 24; k++) {
            size_t s = off + 24 * k;
            const char *n = (const char *)e->p + strs + rd(e, s, 4);
            if (strcmp(n, name))
                continue;
            *index = (unsigned)k;
            uint8_t info = (uint8_t)rd(e, s + 4, 1);
            return (Sym){ n, info >> 4, info & 15, (unsigned)rd(e, s + 6, 2), rd(e, s + 8, 8),
                          rd(e, s + 16, 8) };
        }
    }
    return (Sym){ 0 };
}

static Elf read_file(const char *path)
{
    Elf e = { 0 };
    e.p = (uint8_t *)scratch_read_file(path, &e.n);
    return e;
}

static void test_symfile_contents(void **state)
{
    (void)state;
    MbImage im = mb_build(2, segs, 4, KVA + 0x4000, 0, syms, 6, 0xd000);
    char in[300], out[300], err[512] = "";
    snprintf(in, sizeof(in), "%s/kernel", scratch.dir);
    snprintf(out, sizeof(out), "%s/kernel.elf", scratch.dir);
    scratch_write(&scratch, "kernel", im.data, im.size);
    size_t n = 0;
    assert_int_equal(symfile_write(in, out, &n, err, sizeof(err)), EMU_OK);
    assert_int_equal(n, 4);
    Elf e = read_file(out);

    /* ELF64, little-endian, ET_EXEC, EM_AARCH64, entry from LC_UNIXTHREAD */
    assert_memory_equal(e.p, "\x7f" "ELF\x02\x01\x01", 7);
    assert_int_equal(rd(&e, 0x10, 2), 2);
    assert_int_equal(rd(&e, 0x12, 2), 183);
    assert_int_equal(rd(&e, 0x18, 8), KVA + 0x4000);
    assert_int_equal(rd(&e, 0x3a, 2), 64);

    /* null, __TEXT, __DATA, .symtab, .strtab, .shstrtab: the empty
     * __PRELINK_TEXT and __LINKEDIT have no section */
    assert_int_equal(rd(&e, 0x3c, 2), 6);
    assert_string_equal(shname(&e, 1), "__TEXT");
    assert_string_equal(shname(&e, 2), "__DATA");
    assert_string_equal(shname(&e, 3), ".symtab");
    size_t text = shdr(&e, 1), data = shdr(&e, 2);
    assert_int_equal(rd(&e, text + 4, 4), 1);                 /* PROGBITS */
    assert_int_equal(rd(&e, text + 8, 8), 2 | 4);             /* ALLOC|EXECINSTR */
    assert_int_equal(rd(&e, text + 0x10, 8), KVA);
    assert_int_equal(rd(&e, text + 0x20, 8), 0x8000);
    assert_int_equal(rd(&e, data + 8, 8), 2 | 1);             /* ALLOC|WRITE */
    assert_int_equal(rd(&e, data + 0x10, 8), KVA + 0x8000);
    assert_int_equal(rd(&e, data + 0x20, 8), 0x10000);
    /* the bytes: the Mach-O file's, then the zero-fill tail */
    size_t toff = rd(&e, text + 0x18, 8), doff = rd(&e, data + 0x18, 8);
    assert_memory_equal(e.p + toff + 0x4000, im.data + 0x4000, 0x4000);
    assert_memory_equal(e.p + doff, im.data + 0x8000, 0x4000);
    for (size_t i = 0x4000; i < 0x10000; i++)
        assert_int_equal(e.p[doff + i], 0);

    /* symbols: C names, locals before globals (sh_info), sizes to the
     * next symbol or the end of the segment */
    unsigned idx_local, idx_start, idx_panic, idx_data, idx;
    Sym s = find_sym(&e, "start", &idx_start);
    assert_non_null(s.name);
    assert_int_equal(s.bind, 1);
    assert_int_equal(s.type, 2);                              /* STT_FUNC */
    assert_int_equal(s.shndx, 1);
    assert_int_equal(s.value, KVA + 0x4000);
    assert_int_equal(s.size, 0x1000);
    s = find_sym(&e, "panic", &idx_panic);
    assert_int_equal(s.value, KVA + 0x5000);
    assert_int_equal(s.size, 0x1000);
    s = find_sym(&e, "local_helper", &idx_local);
    assert_int_equal(s.bind, 0);
    assert_int_equal(s.size, 0x2000);                         /* to the end of __TEXT */
    s = find_sym(&e, "data_var", &idx_data);
    assert_int_equal(s.type, 1);                              /* STT_OBJECT */
    assert_int_equal(s.shndx, 2);
    assert_int_equal(s.value, KVA + 0x8010);
    assert_int_equal(s.size, 0x10000 - 0x10);
    assert_null(find_sym(&e, "undefined", &idx).name);
    assert_null(find_sym(&e, "kernel.c", &idx).name);
    unsigned first_global = (unsigned)rd(&e, shdr(&e, 3) + 0x2c, 4);
    assert_true(idx_local < first_global);
    assert_true(idx_start >= first_global && idx_panic >= first_global &&
                idx_data >= first_global);
    free(e.p);
    free(im.data);
}

static void test_symfile_bad_inputs(void **state)
{
    (void)state;
    char err[512] = "";
    size_t n;
    char in[300], out[300];
    snprintf(in, sizeof(in), "%s/kernel", scratch.dir);
    snprintf(out, sizeof(out), "%s/kernel.elf", scratch.dir);

    /* a Mach-O without symbols */
    MbImage im = mb_build(2, segs, 2, KVA + 0x4000, 0, NULL, 0, 0xc000);
    scratch_write(&scratch, "kernel", im.data, im.size);
    assert_int_equal(symfile_write(in, out, &n, err, sizeof(err)), EMU_ERR_FORMAT);
    assert_non_null(strstr(err, "has no symbols"));
    free(im.data);

    /* truncated inside the load commands */
    im = mb_build(2, segs, 4, KVA + 0x4000, 0, syms, 6, 0xd000);
    scratch_write(&scratch, "kernel", im.data, 100);
    assert_int_equal(symfile_write(in, out, &n, err, sizeof(err)), EMU_ERR_FORMAT);
    assert_non_null(strstr(err, in));

    /* an output that cannot be written */
    scratch_write(&scratch, "kernel", im.data, im.size);
    char bad[300];
    snprintf(bad, sizeof(bad), "%s/no/such/dir.elf", scratch.dir);
    assert_int_equal(symfile_write(in, bad, &n, err, sizeof(err)), EMU_ERR_IO);
    assert_non_null(strstr(err, bad));
    /* not there at all */
    snprintf(bad, sizeof(bad), "%s/absent", scratch.dir);
    assert_int_equal(symfile_write(bad, out, &n, err, sizeof(err)), EMU_ERR_IO);
    free(im.data);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_symfile_contents),
        cmocka_unit_test(test_symfile_bad_inputs),
    };
    return cmocka_run_group_tests(tests, scratch_group_setup, scratch_group_teardown);
}
