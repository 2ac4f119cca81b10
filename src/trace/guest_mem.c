/*
 * guest_mem.c — side-effect-free reads of guest virtual memory for reports
 * (see guest_mem.h): mmu_translate(MEM_NOFAULT) in the privileged view of
 * the current regime, then RAM through the bus.
 */
#include <string.h>

#include "xnuemu/bus.h"
#include "xnuemu/cpu.h"
#include "xnuemu/guest_mem.h"
#include "xnuemu/mem.h"
#include "xnuemu/mmu.h"

bool guest_read_va(CpuState *cpu, uint64_t va, void *buf, size_t len)
{
    uint8_t *out = buf;
    size_t done = 0;
    while (done < len) {
        uint64_t a = va + done;
        size_t n = (size_t)(0x1000 - (a & 0xfff));
        if (n > len - done)
            n = len - done;
        TransResult t;
        if (!mmu_translate(cpu, a, MEM_NOFAULT, mmu_debug_regime(cpu), &t))
            return false;
        const uint8_t *p = bus_ram_ptr(cpu->bus, t.pa, n);
        if (!p)
            return false;
        memcpy(out + done, p, n);
        done += n;
    }
    return true;
}

bool guest_read_str(CpuState *cpu, uint64_t va, char *buf, size_t len)
{
    if (!len)
        return false;
    for (size_t i = 0; i + 1 < len; i++) {
        if (!guest_read_va(cpu, va + i, &buf[i], 1)) {
            buf[i] = 0;
            return i > 0;
        }
        if (!buf[i])
            return true;
    }
    buf[len - 1] = 0;
    return true;
}
