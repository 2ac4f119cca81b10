/*
 * board_t8010.c — the Apple A10 (T8010, iPhone 7) machine as one data
 * table: DRAM at 0x800000000, the arm-io window at 0x200000000 with the
 * Samsung-style UART0 (AIC input 218) and the Apple Interrupt Controller,
 * a 24 MHz timebase, and one "Hurricane" core with EL0/EL1 only whose EL1
 * physical and virtual timers drive FIQ (XNU-BOOT.md §1.4, §3.3, §5, §6;
 * addresses as in the public Linux t8010 device tree). The fdt_* columns
 * describe the same devices to Linux (Documentation/devicetree/bindings:
 * apple,aic.yaml, samsung_uart.yaml; compatible strings "apple,t8010-aic",
 * "apple,aic", "apple,s5l-uart"; root "apple,d10", "apple,t8010").
 *
 * The top pram_size bytes of DRAM are the panic buffer (/pram): XNU wants
 * it outside memSize, so the kernel is handed DRAM minus that.
 */
#include <stdio.h>
#include <stdlib.h>

#include "xnuemu/aic.h"
#include "xnuemu/apple_board.h"
#include "xnuemu/chardev.h"
#include "xnuemu/input_log.h"
#include "xnuemu/machine.h"
#include "xnuemu/s5l_uart.h"
#include "xnuemu/timer.h"

#define T8010_UART0_IRQ 218

static const AppleDev t8010_devs[] = {
    { APPLE_DEV_AIC, "aic", "aic,1", "interrupt-controller", UINT64_C(0x20e100000),
      UINT64_C(0x100000), -1,
      "interrupt-controller", { "apple,t8010-aic", "apple,aic", NULL }, NULL },
    { APPLE_DEV_S5L_UART, "uart0", "uart-1,samsung", "serial", UINT64_C(0x20a0c0000),
      UINT64_C(0x4000), T8010_UART0_IRQ,
      "serial", { "apple,s5l-uart", NULL }, "serial0" },
};

const AppleBoard apple_board_t8010 = {
    .name = "t8010",
    .platform = "D10AP",
    .product = "iPhone9,1",
    .target = "D10",
    .io_compatible = "arm-io,t8010",
    .io_device_type = "t8010-io",
    .cpu_compatible = "apple,hurricane-zephyr",
    .chip_id = 0x8010,
    .board_id = 0x8,
    .dram_base = UINT64_C(0x800000000),
    .dram_default = UINT64_C(2) << 30,
    .dram_min = UINT64_C(64) << 20,
    .dram_max = UINT64_C(16) << 30,
    .io_base = UINT64_C(0x200000000),
    .io_size = UINT64_C(0x20000000),
    .timebase_hz = 24000000,
    .cpu_hz = 2340000000u,
    .bus_hz = 24000000,
    .mem_hz = 24000000,
    .periph_hz = 24000000,
    .pram_size = UINT64_C(1) << 20,
    .fb_pa = UINT64_C(0xc00000000),          /* DRAM base + dram_max */
    .fb_size = UINT64_C(4) << 20,
    .fb_width = 750,                          /* iPhone 7 */
    .fb_height = 1334,
    .panic_log_size = 0x80000,
    .aic_irqs = 320,
    .cpu_model = cpu_model_apple_hurricane,
    .fdt_compatible = { "apple,d10", "apple,t8010", "apple,arm-platform", NULL },
    .fdt_model = "Apple iPhone 7 (xnuemu)",
    .timer_fiq_phys = AIC_FDT_TMR_GUEST_PHYS,
    .timer_fiq_virt = AIC_FDT_TMR_GUEST_VIRT,
    .devs = t8010_devs,
    .ndevs = ARRAY_SIZE(t8010_devs),
};

typedef struct AppleState {
    Aic aic;
    S5lUart uart;
    Chardev *serial;
    InputLog input;           /* --record-input / --replay-input */
    bool logging;
    Machine *m;
} AppleState;

static void apple_free(Machine *m)
{
    AppleState *st = m->board_state;
    if (!st)
        return;
    if (st->logging)
        input_log_close(&st->input);
    chardev_destroy(st->serial);
    free(st);
    m->board_state = NULL;
}

static void aic_to_cpu(void *opaque, unsigned n, bool level)
{
    (void)n;
    Machine *m = opaque;
    cpu_drive_irq(m->cpu, CPU_IN_IRQ, IRQ_SRC_DEVICE, level);
}

static void poll_devices(void *opaque)
{
    AppleState *st = opaque;
    if (st->logging)
        input_log_poll(&st->input);
    s5l_uart_poll(&st->uart);
    if (display_sdl_poll(&st->m->display)) {
        snprintf(st->m->cpu->halt_msg, sizeof(st->m->cpu->halt_msg),
                 "the display window was closed");
        cpu_stop(st->m->cpu, HALT_UNTIL);
    }
}

static void console_tx(void *opaque, const uint8_t *p, size_t len)
{
    milestone_console(opaque, p, len);
}

static EmuErr map_devices(Machine *m, AppleState *st, char *err, size_t errlen)
{
    const AppleBoard *b = m->board->apple;
    for (unsigned i = 0; i < b->ndevs; i++) {
        const AppleDev *d = &b->devs[i];
        EmuErr e = EMU_OK;
        switch (d->kind) {
        case APPLE_DEV_AIC:
            e = aic_init(&st->aic, b->aic_irqs, 1, &m->log);
            if (e == EMU_OK)
                e = bus_map_mmio(&m->bus, d->base, d->size, &aic_ops, &st->aic, d->node);
            break;
        case APPLE_DEV_S5L_UART:
            s5l_uart_init(&st->uart, d->node, st->serial, aic_irq_line(&st->aic, (unsigned)d->irq),
                          &m->log);
            e = bus_map_mmio(&m->bus, d->base, d->size, &s5l_uart_ops, &st->uart, d->node);
            break;
        }
        if (e != EMU_OK) {
            snprintf(err, errlen, "%s: cannot set up %s at 0x%llx", b->name, d->node,
                     (unsigned long long)d->base);
            return e;
        }
    }
    return EMU_OK;
}

static EmuErr apple_init(Machine *m, char *err, size_t errlen)
{
    const AppleBoard *b = m->board->apple;
    if (m->cfg.el > 1) {
        snprintf(err, errlen, "--el: the %s machine has EL0 and EL1 only", b->name);
        return EMU_ERR_ARG;
    }
    b->cpu_model(&m->model, b->timebase_hz);
    m->ram_base = b->dram_base;
    m->ram_size = m->cfg.ram_size ? m->cfg.ram_size : b->dram_default;
    if (m->ram_size < b->dram_min || m->ram_size > b->dram_max ||
        (m->ram_size & (b->pram_size - 1))) {
        snprintf(err, errlen, "-m: the %s machine takes %llu MiB to %llu GiB of DRAM in whole "
                 "MiB", b->name, (unsigned long long)(b->dram_min >> 20),
                 (unsigned long long)(b->dram_max >> 30));
        return EMU_ERR_ARG;
    }
    m->kernel_mem_size = m->ram_size - b->pram_size;
    if (bus_map_ram(&m->bus, b->fb_pa, b->fb_size, "framebuffer") != EMU_OK) {
        snprintf(err, errlen, "cannot allocate the framebuffer");
        return EMU_ERR_NOMEM;
    }
    m->display = (Display){ .pa = b->fb_pa, .width = b->fb_width, .height = b->fb_height,
                            .stride = b->fb_width * 4,
                            .mem = bus_ram_ptr(&m->bus, b->fb_pa, b->fb_size) };
    m->pram_pa = m->ram_base + m->kernel_mem_size;
    EmuErr e = bus_map_ram(&m->bus, m->ram_base, m->ram_size, "dram");
    if (e != EMU_OK) {
        snprintf(err, errlen, "cannot allocate %llu MiB of guest DRAM",
                 (unsigned long long)(m->ram_size >> 20));
        return e;
    }
    AppleState *st = calloc(1, sizeof(*st));
    if (!st) {
        snprintf(err, errlen, "out of memory");
        return EMU_ERR_NOMEM;
    }
    st->m = m;
    m->board_state = st;
    m->board_free = apple_free;
    char why[400];
    e = chardev_open(m->cfg.serial ? m->cfg.serial : "stdio", &st->serial, why, sizeof(why));
    if (e != EMU_OK) {
        snprintf(err, errlen, "--serial: %s", why);
        return e;
    }
    chardev_set_tx_observer(st->serial, console_tx, m);
    e = map_devices(m, st, err, errlen);
    if (e != EMU_OK)
        return e;
    if (m->cfg.record_input || m->cfg.replay_input) {
        /* the CPU comes later (apple_attach_cpu) */
        e = input_log_open(&st->input, NULL, st->serial, m->cfg.record_input,
                           m->cfg.replay_input, err, errlen);
        if (e != EMU_OK)
            return e;
        st->logging = true;
        st->uart.rx_source = input_log_rx;
        st->uart.rx_opaque = &st->input;
    }
    /* Apple cores deliver the EL1 timers as FIQ; there is no EL2/EL3. */
    m->timer_line[TIMER_PHYS] = CPU_IN_FIQ;
    m->timer_line[TIMER_VIRT] = CPU_IN_FIQ;
    return EMU_OK;
}

static void apple_attach_cpu(Machine *m)
{
    AppleState *st = m->board_state;
    aic_connect_cpu(&st->aic, 0, (IrqLine){ aic_to_cpu, m, 0 });
    m->cpu->poll_host = poll_devices;
    m->cpu->wait_host_opaque = st;
    st->input.cpu = m->cpu;
}

static EmuErr t8010_init(Machine *m, char *err, size_t errlen)
{
    return apple_init(m, err, errlen);
}

const Board board_t8010 = {
    .name = "t8010",
    .desc = "Apple A10 (iPhone 7): XNU kernels, S5L UART, AIC, timer FIQ",
    .init = t8010_init,
    .attach_cpu = apple_attach_cpu,
    .apple = &apple_board_t8010,
};
