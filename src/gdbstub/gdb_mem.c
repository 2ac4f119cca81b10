/*
 * gdb_mem.c — memory as the debugger sees it. Virtual addresses go through
 * the current translation regime, privileged and without PAN (so a stop at
 * EL0 or with PAN set still shows the whole address space), with
 * mmu_translate(MEM_NOFAULT): no exception, no TLB fill, no Access-flag or
 * other side effect the guest could see. Only RAM is reachable that way;
 * device memory is touched only in physical mode (`monitor phys on`),
 * where the user names the device address explicitly. Writes go through
 * bus_write_phys(), whose hook invalidates decoded code and clears the
 * exclusive monitors covering them.
 */
#include <string.h>

#include "gdb_internal.h"
#include "xnuemu/mem.h"
#include "xnuemu/mmu.h"

/* The PA of addr for the debugger; false when it does not translate. */
static bool debug_pa(GdbStub *s, uint64_t addr, uint64_t *pa)
{
    if (s->phys) {
        *pa = addr;
        return true;
    }
    TransResult t;
    if (!mmu_translate(s->cpu, addr, MEM_NOFAULT, mmu_debug_regime(s->cpu), &t))
        return false;
    *pa = t.pa;
    return true;
}

/* Device access in physical mode: aligned pieces of 8, 4, 2 or 1 bytes. */
static size_t mmio_rw(GdbStub *s, uint64_t pa, uint8_t *buf, size_t len, bool write)
{
    size_t done = 0;
    while (done < len) {
        unsigned w = 8;
        while (w > 1 && (((pa + done) & (w - 1)) || w > len - done))
            w >>= 1;
        uint64_t v = 0;
        if (write) {
            memcpy(&v, buf + done, w);
            if (!bus_write(s->cpu->bus, pa + done, w, v))
                break;
        } else {
            if (!bus_read(s->cpu->bus, pa + done, w, &v))
                break;
            memcpy(buf + done, &v, w);
        }
        done += w;
    }
    return done;
}

static size_t mem_rw(GdbStub *s, uint64_t addr, uint8_t *buf, size_t len, bool write)
{
    size_t done = 0;
    while (done < len) {
        uint64_t a = addr + done, pa;
        size_t n = (size_t)(0x1000 - (a & 0xfff));
        if (n > len - done)
            n = len - done;
        if (!debug_pa(s, a, &pa))
            break;
        if (bus_ram_ptr(s->cpu->bus, pa, n)) {
            bool ok = write ? bus_write_phys(s->cpu->bus, pa, buf + done, n)
                            : bus_read_phys(s->cpu->bus, pa, buf + done, n);
            if (!ok)
                break;
        } else if (s->phys) {
            size_t k = mmio_rw(s, pa, buf + done, n, write);
            done += k;
            if (k < n)
                break;
            continue;
        } else {
            break;                /* not RAM: never touch a device behind the guest's back */
        }
        done += n;
    }
    return done;
}

size_t gdb_mem_read(GdbStub *s, uint64_t addr, uint8_t *buf, size_t len)
{
    return mem_rw(s, addr, buf, len, false);
}

size_t gdb_mem_write(GdbStub *s, uint64_t addr, const uint8_t *buf, size_t len)
{
    return mem_rw(s, addr, (uint8_t *)(uintptr_t)buf, len, true);
}
