/*
 * fdt_gen.c — the flattened device tree a Linux kernel boots with on an
 * Apple board, generated with libfdt's sequential-write API from the board
 * table that also generates the Apple device tree (adt_gen.c), so the two
 * cannot disagree (tests/loader/test_fdt_adt_agree.c checks it).
 *
 * Facts used (Linux 6.12 Documentation/devicetree/bindings and drivers):
 *  - interrupt-controller/apple,aic.yaml: compatible "apple,t8010-aic",
 *    "apple,aic"; #interrupt-cells 3 = <type number flags>, type 0 = IRQ, 1 =
 *    FIQ; FIQ 2/3 = the guest (EL1) physical/virtual timer; flags 4 = level.
 *  - serial/samsung_uart.yaml: "apple,s5l-uart", clocks "uart" and
 *    "clk_uart_baud0", reg-io-width 4 (A7-A11 need 32-bit accesses).
 *  - timer/arm,arch_timer.yaml: "arm,armv8-timer" with interrupt-names
 *    ("phys", "virt"); the A10 has no EL2, so no hypervisor timers.
 *  - clock/fixed-clock.yaml: "fixed-clock", #clock-cells 0,
 *    clock-frequency.
 *  - /cpus: #address-cells 2 (MPIDR affinity), #size-cells 0.
 *  - /chosen: bootargs, stdout-path (an alias; "earlycon" with no argument
 *    uses it), linux,initrd-start/-end (booting.rst, chosen.yaml).
 *  - Apple SoC buses take non-posted MMIO: the "nonposted-mmio" property on
 *    the bus (Linux of_mmio_is_nonposted()).
 * The user-tree patch (--dtb) is in fdt_patch.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libfdt.h>

#include "xnuemu/aic.h"
#include "xnuemu/apple_board.h"
#include "xnuemu/fdt.h"

#define GEN_BUF_SIZE (64u * 1024)
#define PHANDLE_AIC 1u
#define PHANDLE_CLKREF 2u

bool fdt_detect(const uint8_t *data, size_t size)
{
    return size >= 4 && data[0] == 0xd0 && data[1] == 0x0d && data[2] == 0xfe && data[3] == 0xed;
}

/* Sequential writer: the first libfdt error sticks, later calls do nothing. */
typedef struct Gen {
    void *fdt;
    int err;
} Gen;

static void chk(Gen *g, int r)
{
    if (r < 0 && !g->err)
        g->err = r;
}

static void begin(Gen *g, const char *name)
{
    if (!g->err)
        chk(g, fdt_begin_node(g->fdt, name));
}

static void end(Gen *g)
{
    if (!g->err)
        chk(g, fdt_end_node(g->fdt));
}

static void prop(Gen *g, const char *name, const void *val, size_t len)
{
    if (!g->err)
        chk(g, fdt_property(g->fdt, name, val, (int)len));
}

static void str(Gen *g, const char *name, const char *val)
{
    prop(g, name, val, strlen(val) + 1);
}

static void empty(Gen *g, const char *name)
{
    prop(g, name, NULL, 0);
}

/* Big-endian 32-bit cells. */
static void cells(Gen *g, const char *name, const uint32_t *c, unsigned n)
{
    fdt32_t v[8];
    if (n > ARRAY_SIZE(v))
        EMU_BUG("fdt: %u cells for %s", n, name);
    for (unsigned i = 0; i < n; i++)
        v[i] = cpu_to_fdt32(c[i]);
    prop(g, name, v, n * sizeof(v[0]));
}

static void u32p(Gen *g, const char *name, uint32_t v)
{
    cells(g, name, &v, 1);
}

/* 64-bit values, each as two cells (#address-cells = #size-cells = 2). */
static void u64s(Gen *g, const char *name, const uint64_t *v, unsigned n)
{
    uint32_t c[8];
    if (n > ARRAY_SIZE(c) / 2)
        EMU_BUG("fdt: %u values for %s", n, name);
    for (unsigned i = 0; i < n; i++) {
        c[2 * i] = (uint32_t)(v[i] >> 32);
        c[2 * i + 1] = (uint32_t)v[i];
    }
    cells(g, name, c, 2 * n);
}

/* A string list property from a NULL-terminated array. */
static void strs(Gen *g, const char *name, const char *const *list)
{
    char buf[256];
    size_t n = 0;
    for (; *list; list++) {
        size_t l = strlen(*list) + 1;
        if (n + l > sizeof(buf))
            EMU_BUG("fdt: string list %s too long", name);
        memcpy(buf + n, *list, l);
        n += l;
    }
    prop(g, name, buf, n);
}

static void node_at(Gen *g, const char *name, uint64_t addr)
{
    char buf[80];
    snprintf(buf, sizeof(buf), "%s@%llx", name, (unsigned long long)addr);
    begin(g, buf);
}

static const AppleDev *console_uart(const AppleBoard *b)
{
    for (unsigned i = 0; i < b->ndevs; i++)
        if (b->devs[i].kind == APPLE_DEV_S5L_UART && b->devs[i].fdt_alias)
            return &b->devs[i];
    return NULL;
}

static void gen_chosen(Gen *g, const AppleBoard *b, const FdtParams *p)
{
    begin(g, "chosen");
    str(g, "bootargs", p->bootargs ? p->bootargs : "");
    const AppleDev *con = console_uart(b);
    if (con)
        str(g, "stdout-path", con->fdt_alias);
    if (p->initrd_end > p->initrd_start) {
        fdt64_t v = cpu_to_fdt64(p->initrd_start);
        prop(g, "linux,initrd-start", &v, sizeof(v));
        v = cpu_to_fdt64(p->initrd_end);
        prop(g, "linux,initrd-end", &v, sizeof(v));
    }
    end(g);
    begin(g, "aliases");
    for (unsigned i = 0; i < b->ndevs; i++) {
        const AppleDev *d = &b->devs[i];
        if (!d->fdt_alias)
            continue;
        char path[96];
        snprintf(path, sizeof(path), "/soc/%s@%llx", d->fdt_name, (unsigned long long)d->base);
        str(g, d->fdt_alias, path);
    }
    end(g);
}

static void gen_cpus_memory_timer(Gen *g, const AppleBoard *b, const FdtParams *p)
{
    begin(g, "cpus");
    u32p(g, "#address-cells", 2);
    u32p(g, "#size-cells", 0);
    begin(g, "cpu@0");
    str(g, "device_type", "cpu");
    str(g, "compatible", b->cpu_compatible);
    u64s(g, "reg", (const uint64_t[]){ 0 }, 1);    /* MPIDR_EL1 affinity 0: the boot CPU */
    end(g);
    end(g);

    node_at(g, "memory", p->mem_base);
    str(g, "device_type", "memory");
    u64s(g, "reg", (const uint64_t[]){ p->mem_base, p->mem_size }, 2);
    end(g);

    begin(g, "timer");
    str(g, "compatible", "arm,armv8-timer");
    cells(g, "interrupts",
          (const uint32_t[]){ AIC_FDT_FIQ, b->timer_fiq_phys, AIC_FDT_LEVEL_HIGH,
                              AIC_FDT_FIQ, b->timer_fiq_virt, AIC_FDT_LEVEL_HIGH }, 6);
    strs(g, "interrupt-names", (const char *const[]){ "phys", "virt", NULL });
    end(g);

    begin(g, "clock-ref");
    str(g, "compatible", "fixed-clock");
    u32p(g, "#clock-cells", 0);
    u32p(g, "clock-frequency", (uint32_t)b->periph_hz);
    str(g, "clock-output-names", "clkref");
    u32p(g, "phandle", PHANDLE_CLKREF);
    end(g);
}

static void gen_soc(Gen *g, const AppleBoard *b)
{
    begin(g, "soc");
    str(g, "compatible", "simple-bus");
    u32p(g, "#address-cells", 2);
    u32p(g, "#size-cells", 2);
    empty(g, "ranges");
    empty(g, "nonposted-mmio");
    for (unsigned i = 0; i < b->ndevs; i++) {
        const AppleDev *d = &b->devs[i];
        node_at(g, d->fdt_name, d->base);
        strs(g, "compatible", d->fdt_compatible);
        u64s(g, "reg", (const uint64_t[]){ d->base, d->size }, 2);
        switch (d->kind) {
        case APPLE_DEV_AIC:
            empty(g, "interrupt-controller");
            u32p(g, "#interrupt-cells", 3);
            u32p(g, "#address-cells", 0);
            u32p(g, "phandle", PHANDLE_AIC);
            break;
        case APPLE_DEV_S5L_UART:
            u32p(g, "reg-io-width", 4);
            cells(g, "clocks", (const uint32_t[]){ PHANDLE_CLKREF, PHANDLE_CLKREF }, 2);
            strs(g, "clock-names", (const char *const[]){ "uart", "clk_uart_baud0", NULL });
            break;
        }
        if (d->irq >= 0)
            cells(g, "interrupts",
                  (const uint32_t[]){ AIC_FDT_IRQ, (uint32_t)d->irq, AIC_FDT_LEVEL_HIGH }, 3);
        end(g);
    }
    end(g);
}

EmuErr fdt_generate_apple(const AppleBoard *b, const FdtParams *p, uint8_t **out,
                          size_t *size, char *err, size_t errlen)
{
    *out = NULL;
    Gen g = { malloc(GEN_BUF_SIZE), 0 };
    if (!g.fdt) {
        snprintf(err, errlen, "out of memory");
        return EMU_ERR_NOMEM;
    }
    chk(&g, fdt_create(g.fdt, GEN_BUF_SIZE));
    if (!g.err)
        chk(&g, fdt_finish_reservemap(g.fdt));
    begin(&g, "");
    strs(&g, "compatible", b->fdt_compatible);
    str(&g, "model", b->fdt_model);
    u32p(&g, "#address-cells", 2);
    u32p(&g, "#size-cells", 2);
    u32p(&g, "interrupt-parent", PHANDLE_AIC);
    gen_chosen(&g, b, p);
    gen_cpus_memory_timer(&g, b, p);
    gen_soc(&g, b);
    end(&g);
    if (!g.err)
        chk(&g, fdt_finish(g.fdt));
    if (g.err) {
        free(g.fdt);
        snprintf(err, errlen, "building the device tree: %s", fdt_strerror(g.err));
        return EMU_ERR_NOMEM;
    }
    *out = g.fdt;
    *size = fdt_totalsize(g.fdt);
    return EMU_OK;
}
