/*
 * adt_gen.c — generating an Apple device tree from a board table: the
 * nodes and properties XNU reads during a bare boot (XNU-BOOT.md §3.2,
 * §3.3; readers in pexpert/arm/pe_identify_machine.c, pe_init.c,
 * pe_serial.c, osfmk/arm64/machine_routines.c, arm_vm_init.c, pmap.c).
 * Frequencies are 8 bytes (XNU loads them as 64-bit even when shorter),
 * cpu0's state is "running" in 8 bytes, the panic buffer (/pram) lies
 * outside memSize.
 */
#include <stdio.h>
#include <string.h>

#include "xnuemu/apple_board.h"

typedef struct Gen {
    EmuErr e;
    uint32_t next_phandle;
} Gen;

/* Chain adt_set_* calls and remember the first failure (out of memory). */
static void ok(Gen *g, EmuErr e)
{
    if (g->e == EMU_OK)
        g->e = e;
}

static AdtNode *node(Gen *g, AdtNode *parent, const char *name)
{
    AdtNode *n = adt_add_child(parent, name);
    if (!n) {
        ok(g, EMU_ERR_NOMEM);
        return NULL;
    }
    ok(g, adt_set_u32(n, "AAPL,phandle", g->next_phandle++));
    return n;
}

void apple_random_seed(uint64_t seed, uint8_t out[64])
{
    /* splitmix64: well-spread, and a constant seed gives constant bytes */
    uint64_t x = seed ^ UINT64_C(0x786e75656d75);     /* "xnuemu" */
    for (unsigned i = 0; i < 64; i += 8) {
        x += UINT64_C(0x9e3779b97f4a7c15);
        uint64_t z = x;
        z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
        z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
        z ^= z >> 31;
        memcpy(out + i, &z, 8);
    }
    out[0] |= 1;        /* never all zero */
}

static void gen_chosen(Gen *g, AdtNode *root, const AppleBoard *b, const AppleAdtParams *p)
{
    AdtNode *chosen = node(g, root, "chosen");
    if (!chosen)
        return;
    ok(g, adt_set_prop(chosen, "random-seed", p->random_seed, sizeof(p->random_seed)));
    ok(g, adt_set_u32(chosen, "debug-enabled", 1));
    ok(g, adt_set_str(chosen, "firmware-version", p->firmware_version));
    ok(g, adt_set_u32(chosen, "embedded-panic-log-size", b->panic_log_size));
    ok(g, adt_set_u32(chosen, "chip-id", b->chip_id));
    ok(g, adt_set_u32(chosen, "board-id", b->board_id));
    ok(g, adt_set_u32(chosen, "chip-epoch", 1));
    ok(g, adt_set_u32(chosen, "security-domain", 1));
    ok(g, adt_set_u64(chosen, "unique-chip-id", UINT64_C(0x0123456789abcdef)));
    ok(g, adt_set_u32(chosen, "dram-vendor-id", 0));
    node(g, chosen, "memory-map");
}

static void gen_cpus(Gen *g, AdtNode *root, const AppleBoard *b)
{
    AdtNode *cpus = node(g, root, "cpus");
    if (!cpus)
        return;
    ok(g, adt_set_u32(cpus, "#address-cells", 1));
    ok(g, adt_set_u32(cpus, "#size-cells", 0));
    AdtNode *cpu = node(g, cpus, "cpu0");
    if (!cpu)
        return;
    ok(g, adt_set_str(cpu, "device_type", "cpu"));
    ok(g, adt_set_str(cpu, "compatible", b->cpu_compatible));
    ok(g, adt_set_u32(cpu, "reg", 0));          /* MPIDR_EL1.Aff0 */
    ok(g, adt_set_u32(cpu, "cpu-id", 0));
    ok(g, adt_set_str_padded(cpu, "state", "running", 8));
    ok(g, adt_set_u64(cpu, "timebase-frequency", b->timebase_hz));
    ok(g, adt_set_u64(cpu, "fixed-frequency", b->timebase_hz));
    ok(g, adt_set_u64(cpu, "bus-frequency", b->bus_hz));
    ok(g, adt_set_u64(cpu, "peripheral-frequency", b->periph_hz));
    ok(g, adt_set_u64(cpu, "memory-frequency", b->mem_hz));
    ok(g, adt_set_u64(cpu, "clock-frequency", b->cpu_hz));
}

static void gen_arm_io(Gen *g, AdtNode *root, const AppleBoard *b)
{
    AdtNode *io = node(g, root, "arm-io");
    if (!io)
        return;
    ok(g, adt_set_str(io, "device_type", b->io_device_type));
    ok(g, adt_set_str(io, "compatible", b->io_compatible));
    ok(g, adt_set_u32(io, "#address-cells", 2));
    ok(g, adt_set_u32(io, "#size-cells", 2));
    uint64_t ranges[3] = { 0, b->io_base, b->io_size };
    ok(g, adt_set_u64s(io, "ranges", ranges, 3));
    ok(g, adt_set_u32(io, "chip-revision", 0x11));   /* B1 */
    uint32_t aic_phandle = 0;
    for (unsigned pass = 0; pass < 2; pass++) {      /* the AIC first: others refer to it */
        for (unsigned i = 0; i < b->ndevs; i++) {
            const AppleDev *d = &b->devs[i];
            if ((d->kind == APPLE_DEV_AIC) != (pass == 0))
                continue;
            uint32_t phandle = g->next_phandle;
            AdtNode *n = node(g, io, d->node);
            if (!n)
                return;
            ok(g, adt_set_str(n, "compatible", d->compatible));
            if (d->device_type)
                ok(g, adt_set_str(n, "device_type", d->device_type));
            uint64_t reg[2] = { d->base - b->io_base, d->size };
            ok(g, adt_set_u64s(n, "reg", reg, 2));
            if (d->kind == APPLE_DEV_AIC) {
                aic_phandle = phandle;
                ok(g, adt_set_str(n, "interrupt-controller", "master"));
                ok(g, adt_set_u32(n, "#interrupt-cells", 1));
            }
            if (d->kind == APPLE_DEV_S5L_UART)
                ok(g, adt_set_u32(n, "boot-console", 0));
            if (d->irq >= 0 && aic_phandle) {
                ok(g, adt_set_u32(n, "interrupt-parent", aic_phandle));
                ok(g, adt_set_u32(n, "interrupts", (uint32_t)d->irq));
            }
        }
    }
}

EmuErr apple_adt_generate(const AppleBoard *b, const AppleAdtParams *p, AdtNode **out,
                          char *err, size_t errlen)
{
    *out = NULL;
    Gen g = { EMU_OK, 1 };
    AdtNode *root = adt_new_root();
    if (!root) {
        snprintf(err, errlen, "out of memory");
        return EMU_ERR_NOMEM;
    }
    const char *compat[3] = { b->platform, b->product, "AppleARM" };
    ok(&g, adt_set_strs(root, "compatible", compat, 3));
    ok(&g, adt_set_str(root, "model", b->product));
    ok(&g, adt_set_str(root, "target-type", b->target));
    ok(&g, adt_set_u32(root, "#address-cells", 2));
    ok(&g, adt_set_u32(root, "#size-cells", 2));
    ok(&g, adt_set_u32(root, "AAPL,phandle", g.next_phandle++));
    gen_chosen(&g, root, b, p);
    AdtNode *pram = node(&g, root, "pram");
    if (pram) {
        uint64_t reg[2] = { p->pram_pa, b->pram_size };
        ok(&g, adt_set_u64s(pram, "reg", reg, 2));
    }
    node(&g, root, "defaults");                 /* must exist; may be empty */
    gen_cpus(&g, root, b);
    gen_arm_io(&g, root, b);
    if (g.e != EMU_OK) {
        adt_free(root);
        snprintf(err, errlen, "out of memory building the device tree");
        return g.e;
    }
    *out = root;
    return EMU_OK;
}
