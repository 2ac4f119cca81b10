/*
 * xnu_boot.c — physical layout, segment copy, boot_args and CPU entry
 * state for XNU kernels (XNU-BOOT.md §1.4, §2.1-2.4; struct boot_args from
 * pexpert/pexpert/arm64/boot.h, kBootArgsRevision2/kBootArgsVersion2).
 *
 * Layout, all in DRAM from phys_base:
 *   [phys_base, mh_pa)        left empty; XNU frees it to the VM
 *   [mh_pa, kernel_end_pa)    the kernel, segment by segment
 *   boot_args, RAM disk, DT   each 16 KiB aligned, in that order
 *   top_of_kernel_data        first 16 KiB boundary after them; start.s
 *                             builds its bootstrap page tables there
 * mh_pa is the lowest address >= phys_base (+ room for any segment below
 * the header) with mh_pa = mh_va (mod 32 MiB): start.s maps the kernel with
 * 32 MiB blocks whose output address is mh_pa rounded down to 32 MiB.
 */
#include <stdio.h>
#include <string.h>

#include "xnuemu/sysreg.h"
#include "xnuemu/xnu_boot.h"

static uint64_t round_up(uint64_t v, uint64_t a)
{
    return (v + a - 1) & ~(a - 1);
}

EmuErr xnu_plan(XnuLayout *l, const Macho *mo, const char *path, uint64_t phys_base,
                uint64_t mem_size, uint64_t ramdisk_size, uint64_t dt_size, char *err,
                size_t errlen)
{
    memset(l, 0, sizeof(*l));
    l->phys_base = phys_base;
    l->mem_size = mem_size;
    l->mh_va = mo->header_vmaddr;
    if (l->mh_va & (XNU_PAGE_SIZE - 1)) {
        snprintf(err, errlen, "%s: Mach header at 0x%llx is not 16 KiB aligned; XNU cannot "
                 "map it", path, (unsigned long long)l->mh_va);
        return EMU_ERR_FORMAT;
    }
    uint64_t lo, hi;
    macho_vm_extent(mo, &lo, &hi);
    /* getlastaddr(): the highest segment end, zero-size segments included */
    uint64_t last = hi;
    for (unsigned i = 0; i < mo->nseg; i++)
        if (mo->seg[i].vmaddr >= lo && mo->seg[i].vmaddr + mo->seg[i].vmsize > last)
            last = mo->seg[i].vmaddr + mo->seg[i].vmsize;
    uint64_t below = l->mh_va - lo;           /* bytes of image below the header */
    uint64_t first = phys_base + below;
    l->mh_pa = first + ((l->mh_va - first) & (XNU_BLOCK_SIZE - 1));
    l->virt_base = l->mh_va - (l->mh_pa - phys_base);
    l->kernel_end_va = round_up(last, XNU_PAGE_SIZE);
    l->kernel_end_pa = l->mh_pa + (l->kernel_end_va - l->mh_va);
    l->entry_pa = l->mh_pa + (mo->entry - l->mh_va);

    uint64_t pos = l->kernel_end_pa;
    l->boot_args_pa = pos;
    pos += XNU_PAGE_SIZE;
    l->ramdisk_size = ramdisk_size;
    if (ramdisk_size) {
        l->ramdisk_pa = pos;
        pos = round_up(pos + ramdisk_size, XNU_PAGE_SIZE);
    }
    l->dt_pa = pos;
    l->dt_size = dt_size;
    pos = round_up(pos + dt_size, XNU_PAGE_SIZE);
    l->top_of_kernel_data = pos;

    uint64_t dram_end = phys_base + mem_size;
    if (phys_base & (XNU_PAGE_SIZE - 1) || mem_size & (XNU_PAGE_SIZE - 1)) {
        snprintf(err, errlen, "%s: DRAM base 0x%llx and size 0x%llx must be 16 KiB aligned",
                 path, (unsigned long long)phys_base, (unsigned long long)mem_size);
        return EMU_ERR_RANGE;
    }
    /* Blob sizes near 2^64 would wrap the placement above back into the
     * kernel: refuse anything larger than DRAM before looking at it. */
    if (ramdisk_size > mem_size || dt_size > mem_size) {
        snprintf(err, errlen, "%s: a %s of 0x%llx bytes does not fit 0x%llx bytes of DRAM: use "
                 "a larger -m", path, ramdisk_size > mem_size ? "RAM disk" : "device tree",
                 (unsigned long long)(ramdisk_size > mem_size ? ramdisk_size : dt_size),
                 (unsigned long long)mem_size);
        return EMU_ERR_RANGE;
    }
    /* start.s maps (memSize - (mh_pa - physBase)) >> 25 blocks from the
     * 32 MiB block holding the header; everything up to the bootstrap
     * tables must lie inside them. */
    uint64_t after = dram_end > l->mh_pa ? dram_end - l->mh_pa : 0;
    uint64_t blocks = (mem_size > l->mh_pa - phys_base ? mem_size - (l->mh_pa - phys_base) : 0)
                      >> 25;
    uint64_t mapped_end = (l->mh_pa & ~(XNU_BLOCK_SIZE - 1)) + blocks * XNU_BLOCK_SIZE;
    uint64_t need = l->top_of_kernel_data + XNU_BOOTSTRAP_TABLES;
    if (below > mem_size || after < XNU_BLOCK_SIZE || need > mapped_end || need > dram_end ||
        need < l->mh_pa) {
        snprintf(err, errlen, "%s: kernel, boot_args, RAM disk and device tree need DRAM up to "
                 "0x%llx (plus 32 MiB after the kernel header at 0x%llx for XNU's bootstrap "
                 "map), but DRAM is 0x%llx..0x%llx: use a larger -m", path,
                 (unsigned long long)need, (unsigned long long)l->mh_pa,
                 (unsigned long long)phys_base, (unsigned long long)dram_end);
        return EMU_ERR_RANGE;
    }
    return EMU_OK;
}

EmuErr xnu_copy_kernel(Machine *m, const XnuLayout *l, const Macho *mo, const char *path,
                       char *err, size_t errlen)
{
    static const uint8_t zeros[4096];
    for (unsigned i = 0; i < mo->nseg; i++) {
        const MachoSegment *s = &mo->seg[i];
        if (!s->vmsize)
            continue;
        uint64_t pa = l->mh_pa + (s->vmaddr - l->mh_va);
        if (!bus_ram_ptr(&m->bus, pa, s->vmsize)) {
            snprintf(err, errlen, "%s: segment %s (0x%llx bytes) does not fit DRAM at 0x%llx",
                     path, s->name, (unsigned long long)s->vmsize, (unsigned long long)pa);
            return EMU_ERR_RANGE;
        }
        if (!bus_write_phys(&m->bus, pa, mo->data + s->fileoff, s->filesize))
            EMU_BUG("segment copy to checked RAM failed");
        for (uint64_t off = s->filesize; off < s->vmsize; off += sizeof(zeros)) {
            uint64_t n = s->vmsize - off < sizeof(zeros) ? s->vmsize - off : sizeof(zeros);
            if (!bus_write_phys(&m->bus, pa + off, zeros, n))
                EMU_BUG("zero fill of checked RAM failed");
        }
        LOG(&m->log, LOG_LOADER, "loader: %s: %-16s va 0x%llx pa 0x%llx size 0x%llx (file 0x%llx)\n",
            path, s->name, (unsigned long long)s->vmaddr, (unsigned long long)pa,
            (unsigned long long)s->vmsize, (unsigned long long)s->filesize);
    }
    return EMU_OK;
}

static void put64(uint8_t *p, uint64_t v)
{
    memcpy(p, &v, 8);
}

EmuErr xnu_write_boot_args(Machine *m, const XnuLayout *l, const char *cmdline,
                           const uint64_t *video, uint64_t mem_size_actual, char *err,
                           size_t errlen)
{
    uint8_t ba[XNU_BOOT_ARGS_SIZE] = { 0 };
    size_t len = strlen(cmdline);
    if (len >= XNU_CMDLINE_MAX) {
        snprintf(err, errlen, "boot arguments are %zu characters long; XNU takes at most %u",
                 len, XNU_CMDLINE_MAX - 1);
        return EMU_ERR_ARG;
    }
    ba[0] = 2;                                   /* Revision: kBootArgsRevision2 */
    ba[2] = 2;                                   /* Version: kBootArgsVersion2 */
    put64(ba + 0x08, l->virt_base);
    put64(ba + 0x10, l->phys_base);
    put64(ba + 0x18, l->mem_size);
    put64(ba + 0x20, l->top_of_kernel_data);
    for (unsigned i = 0; video && i < 6; i++)
        put64(ba + 0x28 + 8 * i, video[i]);
    put64(ba + 0x60, l->dt_pa - l->phys_base + l->virt_base);   /* deviceTreeP: a KVA */
    uint32_t dtlen = (uint32_t)l->dt_size;
    memcpy(ba + 0x68, &dtlen, 4);
    memcpy(ba + 0x6c, cmdline, len);
    put64(ba + 0x178, mem_size_actual);
    if (!bus_write_phys(&m->bus, l->boot_args_pa, ba, sizeof(ba))) {
        snprintf(err, errlen, "boot_args at 0x%llx lie outside DRAM",
                 (unsigned long long)l->boot_args_pa);
        return EMU_ERR_RANGE;
    }
    return EMU_OK;
}

void xnu_enter(Machine *m, const XnuLayout *l)
{
    CpuState *cpu = m->cpu;
    cpu_reset(cpu, 1);
    cpu->ps.el = 1;
    cpu->ps.sp = 1;
    cpu->ps.daif = 0xf;
    cpu->r[0] = l->boot_args_pa;
    cpu->pc = l->entry_pa;
    cpu->sr[SR_TPIDRRO_EL0] = 0;
    cpu_update_regime(cpu);
    m->entry = l->entry_pa;
    m->image_end = l->top_of_kernel_data;
}
