/*
 * bus.h — the physical address space of a machine: RAM ranges and MMIO
 * ranges. Devices declare the access widths they support; the bus splits
 * wider accesses into the widest supported one. An access to nothing is a
 * bus error (the CPU turns it into a synchronous external abort) unless the
 * board asks for read-as-zero/write-ignored during bring-up.
 *
 * Every write that does not come from a CPU store (loaders, DMA, debugger)
 * goes through bus_write_phys(), which calls the machine's write hook so that
 * decoded code and exclusive monitors see it.
 */
#ifndef XNUEMU_BUS_H
#define XNUEMU_BUS_H

#include "common.h"
#include "log.h"

#define BUS_PAGE_SHIFT 12
#define BUS_PAGE_SIZE  (UINT64_C(1) << BUS_PAGE_SHIFT)

typedef struct MmioOps {
    /* off is relative to the region base; size is 1, 2, 4 or 8 and one of
     * the widths in `sizes`. Return false for a bus error. */
    bool (*read)(void *dev, uint64_t off, unsigned size, uint64_t *val);
    bool (*write)(void *dev, uint64_t off, unsigned size, uint64_t val);
    uint8_t sizes;        /* bit n set: a 1<<n byte access is supported */
} MmioOps;

#define MMIO_SIZE_1 0x1
#define MMIO_SIZE_2 0x2
#define MMIO_SIZE_4 0x4
#define MMIO_SIZE_8 0x8

typedef struct BusRegion {
    uint64_t base, size;
    uint8_t *ram;         /* host memory for RAM, NULL for MMIO */
    uint8_t *code_bits;   /* RAM: one bit per 4 KiB page holding decoded code */
    const MmioOps *ops;   /* MMIO */
    void *dev;
    const char *name;
} BusRegion;

/* Called after a non-CPU write to RAM (pa, len). */
typedef void BusWriteHook(void *opaque, uint64_t pa, uint64_t len);

enum { BUS_MAX_REGIONS = 64 };

typedef struct Bus {
    BusRegion region[BUS_MAX_REGIONS];
    int nregions;
    BusWriteHook *write_hook;
    void *hook_opaque;
    bool unmapped_raz;    /* bring-up: unmapped reads 0, writes ignored, logged */
    Log *log;
    struct CpuState *cpu; /* the CPU whose accesses are recorded (ring, --trace mmio) */
} Bus;

void bus_init(Bus *bus, Log *log);
void bus_destroy(Bus *bus);

/* Map host-allocated (zeroed) RAM or a device. Regions must not overlap;
 * base and size must be 4 KiB aligned. */
EmuErr bus_map_ram(Bus *bus, uint64_t base, uint64_t size, const char *name);
EmuErr bus_map_mmio(Bus *bus, uint64_t base, uint64_t size, const MmioOps *ops,
                    void *dev, const char *name);

/* The region containing pa, or NULL. */
BusRegion *bus_find(Bus *bus, uint64_t pa);

/* Host pointer for [pa, pa+len) when it lies within one RAM region, else NULL. */
uint8_t *bus_ram_ptr(Bus *bus, uint64_t pa, uint64_t len);

/* One access of 1, 2, 4 or 8 bytes, as a CPU issues it after translation.
 * For RAM this does not run the write hook (the CPU handles decoded code
 * and its monitor itself). Returns false on a bus error. */
bool bus_read(Bus *bus, uint64_t pa, unsigned size, uint64_t *val) MUST_CHECK;
bool bus_write(Bus *bus, uint64_t pa, unsigned size, uint64_t val) MUST_CHECK;

/* Byte-range access for loaders, DMA and the debugger. RAM only unless
 * allow_mmio. Writes run the write hook. Return false if any byte is not
 * backed. */
bool bus_read_phys(Bus *bus, uint64_t pa, void *buf, uint64_t len) MUST_CHECK;
bool bus_write_phys(Bus *bus, uint64_t pa, const void *buf, uint64_t len) MUST_CHECK;

/* Decoded-code page tracking (used by the decode cache). */
void bus_set_code_page(Bus *bus, uint64_t pa, bool on);
static inline bool bus_region_is_code_page(const BusRegion *r, uint64_t pa)
{
    uint64_t pg = (pa - r->base) >> BUS_PAGE_SHIFT;
    return r->code_bits && (r->code_bits[pg >> 3] >> (pg & 7)) & 1;
}

#endif
