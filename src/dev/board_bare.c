/*
 * board_bare.c — the `bare` machine for bare-metal programs and
 * benchmarks: RAM at 0x40000000 (QEMU virt's RAM address), the generic
 * Armv8.1 CPU with EL1..N where N = --el is both the highest implemented
 * and the entry level, semihosting, and the generic timer wired straight to
 * the CPU (EL1 physical and EL2 physical timers -> IRQ; EL1 virtual,
 * secure physical and EL2 virtual timers -> FIQ). No other devices.
 */
#include <stdio.h>

#include "xnuemu/machine.h"
#include "xnuemu/semihosting.h"
#include "xnuemu/timer.h"

#define BARE_RAM_BASE UINT64_C(0x40000000)
#define BARE_RAM_DEFAULT (UINT64_C(128) << 20)

static void bare_free(Machine *m)
{
    semihost_destroy(m->semi);
    m->semi = NULL;
}

static EmuErr bare_init(Machine *m, char *err, size_t errlen)
{
    unsigned el = m->cfg.el ? m->cfg.el : 1;
    if (el < 1 || el > 3) {
        snprintf(err, errlen, "--el must be 1, 2 or 3");
        return EMU_ERR_ARG;
    }
    if (m->cfg.until_text || m->cfg.dtb || m->cfg.ramdisk || m->cfg.serial) {
        snprintf(err, errlen, "--%s: the bare machine has no %s",
                 m->cfg.until_text ? "until" : m->cfg.dtb ? "dtb" : m->cfg.ramdisk ? "ramdisk" : "serial",
                 m->cfg.until_text || m->cfg.serial ? "console UART (its output is semihosting)"
                                               : "device tree or RAM disk (they are for XNU kernels)");
        return EMU_ERR_ARG;
    }
    if (m->cfg.record_input || m->cfg.replay_input) {
        snprintf(err, errlen, "--%s-input: the bare machine takes no console input to record "
                 "(its console is semihosting)", m->cfg.record_input ? "record" : "replay");
        return EMU_ERR_ARG;
    }
    cpu_model_generic_v81(&m->model, el);
    m->ram_base = BARE_RAM_BASE;
    m->ram_size = m->cfg.ram_size ? m->cfg.ram_size : BARE_RAM_DEFAULT;
    if (m->ram_size < BUS_PAGE_SIZE || (m->ram_size & (BUS_PAGE_SIZE - 1)) ||
        m->ram_size > (UINT64_C(1) << 40)) {
        snprintf(err, errlen, "-m: RAM size must be a multiple of 4 KiB between 4 KiB and 1 TiB");
        return EMU_ERR_ARG;
    }
    EmuErr e = bus_map_ram(&m->bus, m->ram_base, m->ram_size, "ram");
    if (e != EMU_OK) {
        snprintf(err, errlen, "cannot allocate %llu bytes of guest RAM",
                 (unsigned long long)m->ram_size);
        return e;
    }
    m->timer_line[TIMER_PHYS] = CPU_IN_IRQ;
    m->timer_line[TIMER_HYP] = CPU_IN_IRQ;
    m->timer_line[TIMER_VIRT] = CPU_IN_FIQ;
    m->timer_line[TIMER_SEC] = CPU_IN_FIQ;
    m->timer_line[TIMER_HVIRT] = CPU_IN_FIQ;
    m->semi = semihost_create(m->cfg.semihosting_root, m->cfg.semihosting_out, err, errlen);
    if (!m->semi)
        return EMU_ERR_ARG;
    m->board_free = bare_free;
    return EMU_OK;
}

const Board board_bare = {
    .name = "bare",
    .desc = "bare-metal programs: RAM at 0x40000000, semihosting, generic timer",
    .init = bare_init,
};
