/*
 * xnu_load.c — booting an XNU kernel on an Apple board the way iBoot would
 * (XNU-BOOT.md §1-§3): parse the Mach-O and its symbols, take the device
 * tree from --dtb (with the IPSW fix-ups of --adt-fix) or generate it from
 * the board table, announce the RAM disk in /chosen/memory-map, lay out
 * kernel, boot_args, RAM disk and device tree (xnu_boot.c), copy them in
 * and put the CPU at the entry point.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xnuemu/apple_board.h"
#include "xnuemu/compress.h"
#include "xnuemu/img4.h"
#include "xnuemu/loader.h"
#include "xnuemu/symtab.h"
#include "xnuemu/version.h"
#include "xnuemu/xnu_boot.h"

#define XNU_DEFAULT_BOOTARGS \
    "debug=0x8 serial=3 cpus=1 -unsafe_kernel_text no_interrupt_masked_debug=1"

const char *xnu_default_bootargs(void)
{
    return XNU_DEFAULT_BOOTARGS;
}

/* The nodes an emulated board models: their compatible stays visible to
 * kexts (ADT_FIX_COMPAT clears every other one). */
static const char *const modelled[] = { "/", "/cpus*", "/arm-io", "/arm-io/uart0",
                                         "/arm-io/aic" };

static EmuErr fix_user_tree(Machine *m, AdtNode *root, const char *path, char *err,
                            size_t errlen)
{
    const AppleBoard *b = m->board->apple;
    unsigned fix = m->cfg.adt_fix_set ? m->cfg.adt_fix : ADT_FIX_DEFAULT;
    char why[400] = "";
    EmuErr e = EMU_OK;
    if (fix & ADT_FIX_FLAGS)
        adt_clear_placeholder_flags(root);
    if (e == EMU_OK && (fix & ADT_FIX_FREQ)) {
        unsigned n;
        e = adt_set_cpu_frequencies(root, b->timebase_hz, b->timebase_hz, &n, why, sizeof(why));
    }
    if (e == EMU_OK && (fix & ADT_FIX_SEED)) {
        uint8_t seed[64];
        apple_random_seed(m->cfg.seed, seed);
        e = adt_set_random_seed(root, seed, sizeof(seed), why, sizeof(why));
    }
    if (e == EMU_OK && (fix & ADT_FIX_EPOCH))
        e = adt_set_chosen_u32(root, "chip-epoch", 1, why, sizeof(why));
    if (e == EMU_OK && (fix & ADT_FIX_EPOCH))
        e = adt_set_chosen_u32(root, "security-domain", 1, why, sizeof(why));
    if (e == EMU_OK && (fix & ADT_FIX_CPU0))
        e = adt_set_cpu_running(root, "cpu0", why, sizeof(why));
    if (e == EMU_OK && (fix & ADT_FIX_PRAM)) {
        e = adt_set_chosen_u32(root, "embedded-panic-log-size", b->panic_log_size, why,
                               sizeof(why));
        AdtNode *pram = adt_ensure_path(root, "pram");
        uint64_t reg[2] = { m->pram_pa, b->pram_size };
        if (e == EMU_OK)
            e = pram ? adt_set_u64s(pram, "reg", reg, 2) : EMU_ERR_NOMEM;
    }
    if (e == EMU_OK && (fix & ADT_FIX_COMPAT))
        adt_disable_compatible(root, modelled, ARRAY_SIZE(modelled));
    if (e == EMU_OK && !adt_ensure_path(root, "chosen/memory-map"))
        e = EMU_ERR_NOMEM;
    if (e != EMU_OK) {
        snprintf(err, errlen, "%s: %s", path, why[0] ? why : "out of memory");
        return e;
    }
    return EMU_OK;
}

/* A file as Apple ships it: IMG4/IM4P and/or compressed, or plain. */
static EmuErr load_unwrapped(const char *path, uint8_t **out, size_t *size, char *err,
                             size_t errlen)
{
    uint8_t *data;
    size_t n;
    EmuErr e = load_file(path, &data, &n, err, errlen);
    if (e != EMU_OK)
        return e;
    if (!img4_detect(data, n) && !complzss_detect(data, n) && !lzfse_detect(data, n)) {
        *out = data;
        *size = n;
        return EMU_OK;
    }
    const char *how;
    char why[400];
    e = img4_load(data, n, DECOMP_DEFAULT_MAX, out, size, NULL, &how, why, sizeof(why));
    free(data);
    if (e != EMU_OK)
        snprintf(err, errlen, "%s: %s", path, why);
    return e;
}

static EmuErr read_tree(Machine *m, AdtNode **root, char *err, size_t errlen)
{
    const AppleBoard *b = m->board->apple;
    if (!m->cfg.dtb) {
        AppleAdtParams p = { .pram_pa = m->pram_pa,
                             .firmware_version = "xnuemu-" XNUEMU_VERSION };
        apple_random_seed(m->cfg.seed, p.random_seed);
        return apple_adt_generate(b, &p, root, err, errlen);
    }
    uint8_t *data;
    size_t size;
    EmuErr e = load_unwrapped(m->cfg.dtb, &data, &size, err, errlen);
    if (e != EMU_OK)
        return e;
    char why[400];
    e = adt_parse(data, size, root, why, sizeof(why));
    free(data);
    if (e != EMU_OK) {
        snprintf(err, errlen, "%s: %s", m->cfg.dtb, why);
        return e;
    }
    e = fix_user_tree(m, *root, m->cfg.dtb, err, errlen);
    if (e == EMU_OK && adt_check(*root, why, sizeof(why)) != EMU_OK) {
        snprintf(err, errlen, "%s: %s (see --adt-fix)", m->cfg.dtb, why);
        e = EMU_ERR_FORMAT;
    }
    if (e != EMU_OK) {
        adt_free(*root);
        *root = NULL;
    }
    return e;
}

typedef struct XnuBlobs {
    Macho mo;
    AdtNode *adt;
    uint8_t *ramdisk;
    size_t ramdisk_size;
    uint8_t *dt;
    size_t dt_size;
} XnuBlobs;

static void free_blobs(XnuBlobs *x)
{
    macho_free(&x->mo);
    adt_free(x->adt);
    free(x->ramdisk);
    free(x->dt);
}

/* Is `flag` one of the space-separated words of boot-args? */
static bool has_boot_flag(const char *args, const char *flag)
{
    size_t n = strlen(flag);
    for (const char *p = args; (p = strstr(p, flag)) != NULL; p += n)
        if ((p == args || p[-1] == ' ') && (p[n] == 0 || p[n] == ' '))
            return true;
    return false;
}

static EmuErr place(Machine *m, const char *path, XnuBlobs *x, LoadedImage *out, char *err,
                    size_t errlen)
{
    char why[400];
    uint64_t rd_span = (x->ramdisk_size + 0xfff) & ~(uint64_t)0xfff;
    if (x->ramdisk && adt_set_memory_map(x->adt, "RAMDisk", 0, rd_span, why, sizeof(why))) {
        snprintf(err, errlen, "%s", why);
        return EMU_ERR_NOMEM;
    }
    XnuLayout l;
    EmuErr e = xnu_plan(&l, &x->mo, path, m->ram_base, m->kernel_mem_size, rd_span,
                        adt_serialised_size(x->adt), err, errlen);
    if (e != EMU_OK)
        return e;
    if (x->ramdisk &&
        adt_set_memory_map(x->adt, "RAMDisk", l.ramdisk_pa, rd_span, why, sizeof(why))) {
        snprintf(err, errlen, "%s", why);
        return EMU_ERR_NOMEM;
    }
    e = adt_serialise(x->adt, &x->dt, &x->dt_size, why, sizeof(why));
    if (e != EMU_OK) {
        snprintf(err, errlen, "device tree: %s", why);
        return e;
    }
    if (x->dt_size != l.dt_size)
        EMU_BUG("device tree changed size after layout");
    e = xnu_copy_kernel(m, &l, &x->mo, path, err, errlen);
    if (e != EMU_OK)
        return e;
    if (!bus_write_phys(&m->bus, l.dt_pa, x->dt, x->dt_size) ||
        (x->ramdisk && !bus_write_phys(&m->bus, l.ramdisk_pa, x->ramdisk, x->ramdisk_size)))
        EMU_BUG("blob copy to planned DRAM failed");
    const char *bootargs = m->cfg.append ? m->cfg.append : XNU_DEFAULT_BOOTARGS;
    /* Video: v_baseAddr, v_display, v_rowBytes, v_width, v_height, v_depth.
     * v_display 1 is a graphics (splash) boot; 0 makes XNU's console text
     * mode, which a verbose boot (-v) wants to see drawn. */
    const Display *d = &m->display;
    const uint64_t video[6] = { d->pa, has_boot_flag(bootargs, "-v") ? 0 : 1, d->stride,
                                d->width, d->height, 32 };
    e = xnu_write_boot_args(m, &l, bootargs, d->pa ? video : NULL, m->ram_size, err, errlen);
    if (e != EMU_OK)
        return e;
    xnu_enter(m, &l);
    uint64_t lo, hi;
    macho_vm_extent(&x->mo, &lo, &hi);
    m->image_va = lo;
    m->image_va_end = l.kernel_end_va;
    m->image_pa = l.mh_pa - (l.mh_va - lo);
    LOG(&m->log, LOG_LOADER, "loader: %s: Mach header pa 0x%llx (virtBase 0x%llx), entry pa "
        "0x%llx; boot_args 0x%llx, device tree 0x%llx (%zu bytes), RAM disk 0x%llx (%zu "
        "bytes), topOfKernelData 0x%llx; boot-args \"%s\"\n", path,
        (unsigned long long)l.mh_pa, (unsigned long long)l.virt_base,
        (unsigned long long)l.entry_pa, (unsigned long long)l.boot_args_pa,
        (unsigned long long)l.dt_pa, x->dt_size, (unsigned long long)l.ramdisk_pa,
        x->ramdisk_size, (unsigned long long)l.top_of_kernel_data, bootargs);
    out->entry = l.entry_pa;
    out->lowest = l.mh_pa;
    out->end = l.top_of_kernel_data;
    out->x0 = l.boot_args_pa;
    out->format = x->mo.filetype == MH_FILESET ? "Mach-O kernel collection" : "Mach-O kernel";
    return EMU_OK;
}

EmuErr load_xnu(Machine *m, const char *path, const uint8_t *data, size_t size,
                LoadedImage *out, char *err, size_t errlen)
{
    if (!m->board->apple) {
        snprintf(err, errlen, "%s: a Mach-O kernel needs an Apple machine (--machine t8010), "
                 "not '%s'", path, m->board->name);
        return EMU_ERR_ARG;
    }
    XnuBlobs x = { 0 };
    EmuErr e = macho_parse(&x.mo, path, data, size, err, errlen);
    if (e != EMU_OK)
        return e;
    Symtab *st = NULL;
    e = symtab_from_macho(&st, &x.mo, path, err, errlen);
    if (e == EMU_OK && m->cfg.ramdisk)
        e = load_unwrapped(m->cfg.ramdisk, &x.ramdisk, &x.ramdisk_size, err, errlen);
    if (e == EMU_OK && x.ramdisk && x.ramdisk_size == 0) {
        snprintf(err, errlen, "%s: empty RAM disk", m->cfg.ramdisk);
        e = EMU_ERR_FORMAT;
    }
    if (e == EMU_OK)
        e = read_tree(m, &x.adt, err, errlen);
    if (e == EMU_OK)
        e = place(m, path, &x, out, err, errlen);
    free_blobs(&x);
    if (e != EMU_OK) {
        symtab_free(st);
        return e;
    }
    symtab_set_phys_alias(st, m->image_pa, m->image_va, m->image_va_end - m->image_va);
    symtab_free(m->symtab);
    m->symtab = st;
    return EMU_OK;
}
