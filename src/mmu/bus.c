/*
 * bus.c — the physical address map: RAM and MMIO regions, width splitting
 * for devices, byte-range access for loaders/DMA/debugger, and the per-page
 * bitmap of RAM pages holding decoded code. Unmapped accesses are bus
 * errors (logged under `guest`), or read-as-zero/write-ignored when the
 * board asks for that during bring-up.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "xnuemu/bus.h"
#include "xnuemu/trace.h"

void bus_init(Bus *bus, Log *log)
{
    memset(bus, 0, sizeof(*bus));
    bus->log = log;
}

void bus_destroy(Bus *bus)
{
    for (int i = 0; i < bus->nregions; i++) {
        BusRegion *r = &bus->region[i];
        if (r->ram)
            munmap(r->ram, r->size);
        free(r->code_bits);
    }
    bus->nregions = 0;
}

static EmuErr add_region(Bus *bus, const BusRegion *nr)
{
    if (bus->nregions == BUS_MAX_REGIONS)
        return EMU_ERR_RANGE;
    if ((nr->base | nr->size) & (BUS_PAGE_SIZE - 1) || nr->size == 0 ||
        nr->base + nr->size < nr->base)
        return EMU_ERR_RANGE;
    for (int i = 0; i < bus->nregions; i++) {
        const BusRegion *r = &bus->region[i];
        if (nr->base < r->base + r->size && r->base < nr->base + nr->size)
            return EMU_ERR_RANGE;
    }
    /* keep regions sorted by base */
    int pos = bus->nregions;
    while (pos > 0 && bus->region[pos - 1].base > nr->base) {
        bus->region[pos] = bus->region[pos - 1];
        pos--;
    }
    bus->region[pos] = *nr;
    bus->nregions++;
    return EMU_OK;
}

EmuErr bus_map_ram(Bus *bus, uint64_t base, uint64_t size, const char *name)
{
    /* mmap: zeroed, and untouched pages cost nothing */
    void *mem = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                     -1, 0);
    if (mem == MAP_FAILED)
        return EMU_ERR_NOMEM;
    uint8_t *bits = calloc((size / BUS_PAGE_SIZE + 7) / 8, 1);
    if (!bits) {
        munmap(mem, size);
        return EMU_ERR_NOMEM;
    }
    BusRegion r = { .base = base, .size = size, .ram = mem, .code_bits = bits, .name = name };
    EmuErr e = add_region(bus, &r);
    if (e != EMU_OK) {
        munmap(mem, size);
        free(bits);
    }
    return e;
}

EmuErr bus_map_mmio(Bus *bus, uint64_t base, uint64_t size, const MmioOps *ops, void *dev,
                    const char *name)
{
    BusRegion r = { .base = base, .size = size, .ops = ops, .dev = dev, .name = name };
    return add_region(bus, &r);
}

BusRegion *bus_find(Bus *bus, uint64_t pa)
{
    int lo = 0, hi = bus->nregions;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        BusRegion *r = &bus->region[mid];
        if (pa < r->base)
            hi = mid;
        else if (pa - r->base >= r->size)
            lo = mid + 1;
        else
            return r;
    }
    return NULL;
}

uint8_t *bus_ram_ptr(Bus *bus, uint64_t pa, uint64_t len)
{
    BusRegion *r = bus_find(bus, pa);
    if (!r || !r->ram || len > r->size - (pa - r->base))
        return NULL;
    return r->ram + (pa - r->base);
}

static bool unmapped(Bus *bus, uint64_t pa, unsigned size, bool write, uint64_t *val)
{
    LOG(bus->log, LOG_GUEST, "guest: %u-byte %s of unmapped physical address 0x%llx%s\n", size,
        write ? "write" : "read", (unsigned long long)pa,
        bus->unmapped_raz ? " (read-as-zero/write-ignored)" : "");
    if (val)
        *val = 0;
    return bus->unmapped_raz;
}

/* Device access at a width the device may not support: use the widest
 * supported width that divides the access, little-endian pieces. */
static bool mmio(Bus *bus, BusRegion *r, uint64_t pa, unsigned size, uint64_t *val, bool write)
{
    uint64_t off = pa - r->base;
    if (off + size > r->size)
        return unmapped(bus, pa, size, write, val);
    unsigned w = size;
    while (w > 1 && !(r->ops->sizes & w))
        w >>= 1;
    if (!(r->ops->sizes & w)) {
        LOG(bus->log, LOG_GUEST, "guest: %u-byte %s of %s+0x%llx: width not supported\n", size,
            write ? "write" : "read", r->name, (unsigned long long)off);
        return false;
    }
    uint64_t acc = 0;
    for (unsigned done = 0; done < size; done += w) {
        uint64_t part = 0;
        if (write) {
            part = (*val >> (done * 8)) & ones64(w * 8);
            if (!r->ops->write(r->dev, off + done, w, part))
                return false;
        } else {
            if (!r->ops->read(r->dev, off + done, w, &part))
                return false;
            acc |= (part & ones64(w * 8)) << (done * 8);
        }
    }
    if (!write)
        *val = acc;
    if (bus->cpu)
        trace_mmio(bus->cpu, r->name, off, *val, size, write);
    return true;
}

bool bus_read(Bus *bus, uint64_t pa, unsigned size, uint64_t *val)
{
    BusRegion *r = bus_find(bus, pa);
    if (!r)
        return unmapped(bus, pa, size, false, val);
    if (r->ram) {
        if (pa - r->base + size > r->size)
            return unmapped(bus, pa, size, false, val);
        *val = 0;
        memcpy(val, r->ram + (pa - r->base), size);
        return true;
    }
    return mmio(bus, r, pa, size, val, false);
}

bool bus_write(Bus *bus, uint64_t pa, unsigned size, uint64_t val)
{
    BusRegion *r = bus_find(bus, pa);
    if (!r)
        return unmapped(bus, pa, size, true, NULL);
    if (r->ram) {
        if (pa - r->base + size > r->size)
            return unmapped(bus, pa, size, true, NULL);
        memcpy(r->ram + (pa - r->base), &val, size);
        return true;
    }
    return mmio(bus, r, pa, size, &val, true);
}

bool bus_read_phys(Bus *bus, uint64_t pa, void *buf, uint64_t len)
{
    uint8_t *out = buf;
    while (len) {
        BusRegion *r = bus_find(bus, pa);
        if (!r || !r->ram)
            return false;
        uint64_t n = r->size - (pa - r->base);
        if (n > len)
            n = len;
        memcpy(out, r->ram + (pa - r->base), n);
        out += n;
        pa += n;
        len -= n;
    }
    return true;
}

bool bus_write_phys(Bus *bus, uint64_t pa, const void *buf, uint64_t len)
{
    const uint8_t *in = buf;
    uint64_t start = pa, total = len;
    /* check first: all or nothing */
    for (uint64_t p = pa, l = len; l;) {
        BusRegion *r = bus_find(bus, p);
        if (!r || !r->ram)
            return false;
        uint64_t n = r->size - (p - r->base);
        if (n > l)
            n = l;
        p += n;
        l -= n;
    }
    while (len) {
        BusRegion *r = bus_find(bus, pa);
        uint64_t n = r->size - (pa - r->base);
        if (n > len)
            n = len;
        memcpy(r->ram + (pa - r->base), in, n);
        in += n;
        pa += n;
        len -= n;
    }
    if (bus->write_hook && total)
        bus->write_hook(bus->hook_opaque, start, total);
    return true;
}

void bus_set_code_page(Bus *bus, uint64_t pa, bool on)
{
    BusRegion *r = bus_find(bus, pa);
    if (!r || !r->code_bits)
        return;
    uint64_t pg = (pa - r->base) >> BUS_PAGE_SHIFT;
    if (on)
        r->code_bits[pg >> 3] |= (uint8_t)(1u << (pg & 7));
    else
        r->code_bits[pg >> 3] &= (uint8_t)~(1u << (pg & 7));
}
