/*
 * adt_tool.c — `xnuemu adt ...`: the device-tree subcommands.
 *   xnuemu adt dump FILE                 print a tree (raw or IMG4/IM4P) as text
 *   xnuemu adt generate [--machine NAME] [-m SIZE] [--seed N] OUT
 *                                        write the tree xnuemu generates for a
 *                                        board, to edit and pass back with --dtb
 * Errors are one line on stderr and status 2.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xnuemu/apple_board.h"
#include "xnuemu/compress.h"
#include "xnuemu/img4.h"
#include "xnuemu/loader.h"
#include "xnuemu/machine.h"
#include "xnuemu/version.h"

static int fail(const char *fmt, const char *a, const char *b)
{
    fprintf(stderr, "xnuemu adt: ");
    fprintf(stderr, fmt, a, b);
    fputc('\n', stderr);
    return 2;
}

static int adt_dump_file(const char *path)
{
    uint8_t *data;
    size_t size;
    char err[512];
    if (load_file(path, &data, &size, err, sizeof(err)) != EMU_OK)
        return fail("%s%s", err, "");
    if (img4_detect(data, size) || complzss_detect(data, size) || lzfse_detect(data, size)) {
        uint8_t *plain;
        size_t n;
        const char *how;
        EmuErr e = img4_load(data, size, DECOMP_DEFAULT_MAX, &plain, &n, NULL, &how, err,
                             sizeof(err));
        free(data);
        if (e != EMU_OK)
            return fail("%s: %s", path, err);
        data = plain;
        size = n;
    }
    AdtNode *root;
    EmuErr e = adt_parse(data, size, &root, err, sizeof(err));
    free(data);
    if (e != EMU_OK)
        return fail("%s: %s", path, err);
    adt_dump(root, stdout);
    adt_free(root);
    return 0;
}

static int adt_generate_file(int argc, char **argv)
{
    const char *machine = "t8010", *out = NULL;
    uint64_t ram = 0, seed = 0;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if ((strcmp(a, "--machine") == 0 || strcmp(a, "-m") == 0 || strcmp(a, "--seed") == 0) &&
            i + 1 >= argc)
            return fail("option '%s' needs an argument%s", a, "");
        if (strcmp(a, "--machine") == 0) {
            machine = argv[++i];
        } else if (strcmp(a, "-m") == 0 || strcmp(a, "--seed") == 0) {
            char *end;
            errno = 0;
            uint64_t v = strtoull(argv[++i], &end, 0);
            unsigned shift = *end == 'M' ? 20 : *end == 'G' ? 30 : 0;
            if (errno || end == argv[i] || (shift && end[1]) || (!shift && *end))
                return fail("%s: '%s' is not a number", a, argv[i]);
            if (a[1] == 'm')
                ram = v << shift;
            else
                seed = v;
        } else if (a[0] == '-') {
            return fail("unknown option '%s'%s", a, "");
        } else if (!out) {
            out = a;
        } else {
            return fail("one output file expected, got extra argument '%s'%s", a, "");
        }
    }
    if (!out)
        return fail("usage: xnuemu adt generate [--machine NAME] [-m SIZE] [--seed N] OUT%s%s",
                    "", "");
    const Board *b = board_find(machine);
    if (!b || !b->apple)
        return fail("--machine: '%s' is not an Apple machine%s", machine, "");
    const AppleBoard *ab = b->apple;
    if (!ram)
        ram = ab->dram_default;
    AppleAdtParams p = { .pram_pa = ab->dram_base + ram - ab->pram_size,
                         .firmware_version = "xnuemu-" XNUEMU_VERSION };
    apple_random_seed(seed, p.random_seed);
    AdtNode *root;
    uint8_t *blob;
    size_t size;
    char err[512];
    if (apple_adt_generate(ab, &p, &root, err, sizeof(err)) != EMU_OK)
        return fail("%s%s", err, "");
    EmuErr e = adt_serialise(root, &blob, &size, err, sizeof(err));
    adt_free(root);
    if (e != EMU_OK)
        return fail("%s%s", err, "");
    FILE *f = fopen(out, "wb");
    bool ok = f && fwrite(blob, 1, size, f) == size;
    if (f && fclose(f) != 0)
        ok = false;
    free(blob);
    if (!ok)
        return fail("%s: %s", out, strerror(errno));
    return 0;
}

int adt_tool_main(int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[1], "dump") == 0) {
        if (argc != 3)
            return fail("usage: xnuemu adt dump FILE%s%s", "", "");
        return adt_dump_file(argv[2]);
    }
    if (argc >= 2 && strcmp(argv[1], "generate") == 0)
        return adt_generate_file(argc - 2, argv + 2);
    return fail("usage: xnuemu adt dump FILE | xnuemu adt generate [--machine NAME] [-m SIZE] "
                "[--seed N] OUT%s%s", "", "");
}
