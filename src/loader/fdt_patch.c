/*
 * fdt_patch.c — `--dtb FILE.dtb` for Linux: the user's flattened device
 * tree (Devicetree Specification v0.4) is kept as it is except /chosen
 * (bootargs when --append is given; linux,initrd-start/-end set to where
 * the initrd was placed, or removed) and /memory (reg rewritten in the
 * root's #address-cells/#size-cells; the first node whose device_type is
 * "memory", else a new /memory@BASE). Edited in place with libfdt's
 * read-write API; node offsets are looked up again after every insertion,
 * since libfdt moves later nodes when it inserts.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libfdt.h>

#include "xnuemu/fdt.h"

#define PATCH_ROOM (64u * 1024)

static int set_initrd(void *fdt, int chosen, const FdtParams *p)
{
    if (p->initrd_end > p->initrd_start) {
        int r = fdt_setprop_u64(fdt, chosen, "linux,initrd-start", p->initrd_start);
        return r < 0 ? r : fdt_setprop_u64(fdt, chosen, "linux,initrd-end", p->initrd_end);
    }
    static const char *const names[] = { "linux,initrd-start", "linux,initrd-end" };
    for (unsigned i = 0; i < ARRAY_SIZE(names); i++) {
        int r = fdt_delprop(fdt, chosen, names[i]);
        if (r < 0 && r != -FDT_ERR_NOTFOUND)
            return r;
    }
    return 0;
}

static int patch_chosen(void *fdt, const FdtParams *p)
{
    int chosen = fdt_path_offset(fdt, "/chosen");
    if (chosen == -FDT_ERR_NOTFOUND)
        chosen = fdt_add_subnode(fdt, 0, "chosen");
    if (chosen < 0)
        return chosen;
    if (p->bootargs) {
        int r = fdt_setprop_string(fdt, chosen, "bootargs", p->bootargs);
        if (r < 0)
            return r;
    }
    return set_initrd(fdt, chosen, p);
}

/* reg of /memory in the root's #address-cells/#size-cells (1 or 2 each). */
static int patch_memory(void *fdt, const FdtParams *p)
{
    int ac = fdt_address_cells(fdt, 0), sc = fdt_size_cells(fdt, 0);
    if (ac < 1 || ac > 2 || sc < 1 || sc > 2)
        return -FDT_ERR_BADNCELLS;
    if ((ac == 1 && p->mem_base >> 32) || (sc == 1 && p->mem_size >> 32))
        return -FDT_ERR_BADVALUE;
    int mem = fdt_node_offset_by_prop_value(fdt, -1, "device_type", "memory", sizeof("memory"));
    if (mem == -FDT_ERR_NOTFOUND) {
        char name[64];
        snprintf(name, sizeof(name), "memory@%llx", (unsigned long long)p->mem_base);
        mem = fdt_add_subnode(fdt, 0, name);
        if (mem < 0)
            return mem;
        int r = fdt_setprop_string(fdt, mem, "device_type", "memory");
        if (r < 0)
            return r;
    }
    if (mem < 0)
        return mem;
    fdt32_t c[4];
    unsigned n = 0;
    if (ac == 2)
        c[n++] = cpu_to_fdt32((uint32_t)(p->mem_base >> 32));
    c[n++] = cpu_to_fdt32((uint32_t)p->mem_base);
    if (sc == 2)
        c[n++] = cpu_to_fdt32((uint32_t)(p->mem_size >> 32));
    c[n++] = cpu_to_fdt32((uint32_t)p->mem_size);
    return fdt_setprop(fdt, mem, "reg", c, (int)(n * sizeof(c[0])));
}

EmuErr fdt_patch(const uint8_t *in, size_t insize, const FdtParams *p, uint8_t **out,
                 size_t *size, char *err, size_t errlen)
{
    *out = NULL;
    if (!fdt_detect(in, insize)) {
        snprintf(err, errlen, "not a flattened device tree (no 0xd00dfeed magic at offset 0)");
        return EMU_ERR_FORMAT;
    }
    int r = insize < sizeof(struct fdt_header) ? -FDT_ERR_TRUNCATED : fdt_check_header(in);
    if (r == 0 && fdt_totalsize(in) > insize)
        r = -FDT_ERR_TRUNCATED;
    if (r == 0)
        r = fdt_check_full(in, insize);
    if (r < 0) {
        snprintf(err, errlen, "flattened device tree header/structure: %s", fdt_strerror(r));
        return EMU_ERR_FORMAT;
    }
    size_t cap = fdt_totalsize(in) + PATCH_ROOM;
    void *fdt = malloc(cap);
    if (!fdt) {
        snprintf(err, errlen, "out of memory");
        return EMU_ERR_NOMEM;
    }
    r = fdt_open_into(in, fdt, (int)cap);
    if (r == 0)
        r = patch_chosen(fdt, p);
    if (r == 0)
        r = patch_memory(fdt, p);
    if (r == 0)
        r = fdt_pack(fdt);
    if (r < 0) {
        free(fdt);
        snprintf(err, errlen, "patching /chosen and /memory: %s", fdt_strerror(r));
        return r == -FDT_ERR_NOSPACE ? EMU_ERR_NOMEM : EMU_ERR_FORMAT;
    }
    *out = fdt;
    *size = fdt_totalsize(fdt);
    return EMU_OK;
}
