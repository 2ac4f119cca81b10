/*
 * test_fdt_adt_agree.c — one source of truth: the Apple device tree XNU
 * boots with (adt_gen.c) and the flattened device tree Linux boots with
 * (fdt_gen.c) are both generated from the board table, and must describe
 * the same machine. For every board: every device in the ADT's /arm-io
 * (address through the /arm-io ranges, size, interrupt, interrupt parent)
 * has an FDT node under /soc at the same address with the same size and
 * interrupt, and the reverse; the CPUs have the same MPIDR; the FDT's memory
 * is the DRAM the board maps; the FDT's timer FIQs are the ones the CPU
 * model's timers drive. Both trees are walked without using the table.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <libfdt.h>

#include "xnuemu/adt.h"
#include "xnuemu/aic.h"
#include "xnuemu/apple_board.h"
#include "xnuemu/fdt.h"

typedef struct Dev {
    char name[64];
    uint64_t base, size;
    int64_t irq;               /* -1: none */
    bool is_intc;              /* an interrupt controller */
    uint64_t parent_base;      /* base of its interrupt controller, 0 = none */
} Dev;

typedef struct Trees {
    AdtNode *adt;
    void *fdt;
    Dev adt_devs[32], fdt_devs[32];
    unsigned n_adt, n_fdt;
} Trees;

static const AdtNode *adt_by_phandle(const AdtNode *n, uint32_t ph)
{
    uint32_t v;
    if (adt_get_u32(n, "AAPL,phandle", &v) && v == ph)
        return n;
    for (uint32_t i = 0; i < n->nchildren; i++) {
        const AdtNode *r = adt_by_phandle(n->children[i], ph);
        if (r)
            return r;
    }
    return NULL;
}

static void collect_adt(Trees *t)
{
    const AdtNode *io = adt_find(t->adt, "arm-io");
    assert_non_null(io);
    uint64_t child, parent, size;
    assert_true(adt_get_u64_at(io, "ranges", 0, &child));
    assert_true(adt_get_u64_at(io, "ranges", 1, &parent));
    assert_true(adt_get_u64_at(io, "ranges", 2, &size));
    for (uint32_t i = 0; i < io->nchildren; i++) {
        const AdtNode *n = io->children[i];
        Dev *d = &t->adt_devs[t->n_adt++];
        snprintf(d->name, sizeof(d->name), "%s", adt_node_name(n));
        uint64_t off;
        assert_true(adt_get_u64_at(n, "reg", 0, &off));
        assert_true(adt_get_u64_at(n, "reg", 1, &d->size));
        assert_true(off >= child && off - child + d->size <= size);
        d->base = off - child + parent;
        uint32_t irq, ph;
        d->irq = adt_get_u32(n, "interrupts", &irq) ? (int64_t)irq : -1;
        d->is_intc = adt_find_prop(n, "interrupt-controller") != NULL;
        if (adt_get_u32(n, "interrupt-parent", &ph)) {
            const AdtNode *p = adt_by_phandle(t->adt, ph);
            assert_non_null(p);
            uint64_t poff;
            assert_true(adt_get_u64_at(p, "reg", 0, &poff));
            d->parent_base = poff - child + parent;
        }
    }
}

static uint64_t fdt_cells(const fdt32_t *c, int n)
{
    uint64_t v = 0;
    for (int i = 0; i < n; i++)
        v = v << 32 | fdt32_to_cpu(c[i]);
    return v;
}

/* base of the node a phandle names (in a bus with 2+2 cells) */
static uint64_t fdt_base_of_phandle(const void *fdt, uint32_t ph)
{
    int n = fdt_node_offset_by_phandle(fdt, ph);
    assert_true(n >= 0);
    int len;
    const fdt32_t *reg = fdt_getprop(fdt, n, "reg", &len);
    assert_non_null(reg);
    return fdt_cells(reg, 2);
}

static void collect_fdt(Trees *t)
{
    const void *fdt = t->fdt;
    int soc = fdt_path_offset(fdt, "/soc");
    assert_true(soc >= 0);
    int ac = fdt_address_cells(fdt, soc), sc = fdt_size_cells(fdt, soc), len;
    assert_int_equal(ac, 2);
    assert_int_equal(sc, 2);
    /* an empty ranges: the bus addresses are CPU addresses */
    assert_non_null(fdt_getprop(fdt, soc, "ranges", &len));
    assert_int_equal(len, 0);
    const fdt32_t *rip = fdt_getprop(fdt, 0, "interrupt-parent", &len);
    int node;
    fdt_for_each_subnode(node, fdt, soc) {
        Dev *d = &t->fdt_devs[t->n_fdt++];
        snprintf(d->name, sizeof(d->name), "%s", fdt_get_name(fdt, node, NULL));
        const fdt32_t *reg = fdt_getprop(fdt, node, "reg", &len);
        assert_non_null(reg);
        assert_int_equal(len, (ac + sc) * 4);
        d->base = fdt_cells(reg, ac);
        d->size = fdt_cells(reg + ac, sc);
        d->is_intc = fdt_getprop(fdt, node, "interrupt-controller", NULL) != NULL;
        const fdt32_t *irq = fdt_getprop(fdt, node, "interrupts", &len);
        d->irq = -1;
        if (irq) {
            assert_int_equal(len, 12);
            assert_int_equal(fdt32_to_cpu(irq[0]), AIC_FDT_IRQ);
            assert_int_equal(fdt32_to_cpu(irq[2]), AIC_FDT_LEVEL_HIGH);
            d->irq = fdt32_to_cpu(irq[1]);
            const fdt32_t *ip = fdt_getprop(fdt, node, "interrupt-parent", NULL);
            if (!ip)
                ip = rip;
            assert_non_null(ip);
            d->parent_base = fdt_base_of_phandle(fdt, fdt32_to_cpu(*ip));
        }
    }
}

static void build(Trees *t, const AppleBoard *b, uint64_t ram)
{
    memset(t, 0, sizeof(*t));
    char err[256];
    AppleAdtParams ap = { .pram_pa = b->dram_base + ram - b->pram_size,
                          .firmware_version = "test" };
    if (apple_adt_generate(b, &ap, &t->adt, err, sizeof(err)) != EMU_OK)
        fail_msg("ADT: %s", err);
    FdtParams fp = { .mem_base = b->dram_base, .mem_size = ram, .bootargs = "" };
    size_t size;
    if (fdt_generate_apple(b, &fp, (uint8_t **)&t->fdt, &size, err, sizeof(err)) != EMU_OK)
        fail_msg("FDT: %s", err);
    assert_int_equal(fdt_check_full(t->fdt, size), 0);
    collect_adt(t);
    collect_fdt(t);
}

static const Dev *by_base(const Dev *devs, unsigned n, uint64_t base)
{
    for (unsigned i = 0; i < n; i++)
        if (devs[i].base == base)
            return &devs[i];
    return NULL;
}

static void same_devices(const Dev *a, unsigned na, const char *an, const Dev *b, unsigned nb,
                         const char *bn)
{
    for (unsigned i = 0; i < na; i++) {
        const Dev *x = &a[i], *y = by_base(b, nb, x->base);
        if (!y)
            fail_msg("%s %s at 0x%llx has no %s node", an, x->name,
                     (unsigned long long)x->base, bn);
        if (x->size != y->size || x->irq != y->irq || x->is_intc != y->is_intc ||
            x->parent_base != y->parent_base)
            fail_msg("%s %s and %s %s at 0x%llx disagree: size 0x%llx/0x%llx irq %lld/%lld "
                     "controller %d/%d parent 0x%llx/0x%llx", an, x->name, bn, y->name,
                     (unsigned long long)x->base, (unsigned long long)x->size,
                     (unsigned long long)y->size, (long long)x->irq, (long long)y->irq,
                     x->is_intc, y->is_intc, (unsigned long long)x->parent_base,
                     (unsigned long long)y->parent_base);
    }
}

static void check_board(const AppleBoard *b)
{
    Trees t;
    uint64_t ram = b->dram_default;
    build(&t, b, ram);
    assert_true(t.n_adt > 0);
    assert_int_equal(t.n_adt, t.n_fdt);
    same_devices(t.adt_devs, t.n_adt, "ADT", t.fdt_devs, t.n_fdt, "FDT");
    same_devices(t.fdt_devs, t.n_fdt, "FDT", t.adt_devs, t.n_adt, "ADT");

    /* CPUs: the same MPIDR affinity */
    uint32_t adt_reg;
    assert_true(adt_get_u32(adt_find(t.adt, "cpus/cpu0"), "reg", &adt_reg));
    int cpu = fdt_path_offset(t.fdt, "/cpus/cpu@0"), len;
    assert_true(cpu >= 0);
    const fdt32_t *reg = fdt_getprop(t.fdt, cpu, "reg", &len);
    int cpu_cells = fdt_address_cells(t.fdt, fdt_parent_offset(t.fdt, cpu));
    assert_int_equal(len, cpu_cells * 4);      /* #size-cells is 0 under /cpus */
    assert_int_equal(fdt_size_cells(t.fdt, fdt_parent_offset(t.fdt, cpu)), 0);
    assert_int_equal(fdt_cells(reg, cpu_cells), adt_reg);
    assert_string_equal(fdt_getprop(t.fdt, cpu, "compatible", NULL),
                        adt_get_str(adt_find(t.adt, "cpus/cpu0"), "compatible"));

    /* memory: the board's DRAM; the ADT's panic buffer lies inside it */
    char mem[64];
    snprintf(mem, sizeof(mem), "/memory@%llx", (unsigned long long)b->dram_base);
    int mn = fdt_path_offset(t.fdt, mem);
    assert_true(mn >= 0);
    const fdt32_t *mr = fdt_getprop(t.fdt, mn, "reg", &len);
    assert_int_equal(fdt_cells(mr, 2), b->dram_base);
    assert_int_equal(fdt_cells(mr + 2, 2), ram);
    uint64_t pram_pa, pram_size;
    assert_true(adt_get_u64_at(adt_find(t.adt, "pram"), "reg", 0, &pram_pa));
    assert_true(adt_get_u64_at(adt_find(t.adt, "pram"), "reg", 1, &pram_size));
    assert_true(pram_pa >= b->dram_base && pram_pa + pram_size <= b->dram_base + ram);

    /* the timer: FIQs, which the AIC binding numbers 2 (EL1 physical) and 3
     * (EL1 virtual) on a core without EL2 */
    int tn = fdt_node_offset_by_compatible(t.fdt, -1, "arm,armv8-timer");
    assert_true(tn >= 0);
    const fdt32_t *ti = fdt_getprop(t.fdt, tn, "interrupts", &len);
    assert_int_equal(len, 24);
    assert_int_equal(fdt32_to_cpu(ti[0]), AIC_FDT_FIQ);
    assert_int_equal(fdt32_to_cpu(ti[1]), AIC_FDT_TMR_GUEST_PHYS);
    assert_int_equal(fdt32_to_cpu(ti[3]), AIC_FDT_FIQ);
    assert_int_equal(fdt32_to_cpu(ti[4]), AIC_FDT_TMR_GUEST_VIRT);

    /* the UART's clock runs at the ADT's peripheral frequency */
    int un = fdt_node_offset_by_compatible(t.fdt, -1, "apple,s5l-uart");
    assert_true(un >= 0);
    const fdt32_t *clk = fdt_getprop(t.fdt, un, "clocks", &len);
    int cn = fdt_node_offset_by_phandle(t.fdt, fdt32_to_cpu(clk[0]));
    const fdt32_t *hz = fdt_getprop(t.fdt, cn, "clock-frequency", &len);
    uint64_t periph;
    assert_true(adt_get_u64(adt_find(t.adt, "cpus/cpu0"), "peripheral-frequency", &periph));
    assert_int_equal(fdt32_to_cpu(*hz), periph);

    adt_free(t.adt);
    free(t.fdt);
}

static void test_t8010(void **state)
{
    (void)state;
    check_board(&apple_board_t8010);
}

/* The checker itself notices a disagreement. */
static void test_checker_catches_a_moved_device(void **state)
{
    (void)state;
    Trees t;
    build(&t, &apple_board_t8010, apple_board_t8010.dram_default);
    assert_true(t.n_fdt > 1);
    t.fdt_devs[1].irq += 1;
    const Dev *x = &t.adt_devs[0];
    bool all_same = true;
    for (unsigned i = 0; i < t.n_adt; i++) {
        x = &t.adt_devs[i];
        const Dev *y = by_base(t.fdt_devs, t.n_fdt, x->base);
        if (!y || y->irq != x->irq)
            all_same = false;
    }
    assert_false(all_same);
    adt_free(t.adt);
    free(t.fdt);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_t8010),
        cmocka_unit_test(test_checker_catches_a_moved_device),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
