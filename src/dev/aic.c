/*
 * aic.c — Apple Interrupt Controller v1.
 *
 * Register facts and where they come from:
 *  - Linux drivers/irqchip/irq-apple-aic.c (AIC v1 part): AIC_INFO 0x0004
 *    (NR_IRQ = bits 15:0), AIC_CONFIG 0x0010, AIC_WHOAMI 0x2000, AIC_EVENT
 *    0x2004 (die 31:24, type 23:16 with IRQ = 1 and IPI = 4, number 15:0;
 *    IPI numbers OTHER = 1, SELF = 2), AIC_IPI_SEND 0x2008 (bit n = "other"
 *    IPI to CPU n, bit 31 = "self"), AIC_IPI_ACK 0x200c, AIC_IPI_MASK_SET
 *    0x2024, AIC_IPI_MASK_CLR 0x2028 (bit 0 = other, bit 31 = self),
 *    TARGET_CPU 0x3000 + 4*irq (CPU bit mask), then for AIC_MAX_IRQ = 0x400
 *    IRQs the bitmaps SW_SET 0x4000, SW_CLR 0x4080, MASK_SET 0x4100,
 *    MASK_CLR 0x4180, HW_STATE 0x4200 (MASK_REG(x) = 4*(x>>5), bit x&31);
 *    per-CPU views AIC_CPU_IPI_SET(cpu) = 0x5008 + (cpu << 7) etc.
 *    Its comments: "level-triggered hardware IRQs", "Automatic masking on
 *    event delivery", "Software triggering (ORed with hw line)",
 *    "lower IRQs = higher priority", and aic_irq_eoi "Reading the interrupt
 *    reason automatically acknowledges and masks the IRQ". An event of 0
 *    means nothing is pending (aic_handle_irq loops until it reads 0).
 *  - Asahi Linux docs wiki HW:AIC: SET/CLR register pairs read back the
 *    current state; HW_IRQ_MON at 0x4200 shows the line state; the IPI flow
 *    (the EVENT read masks the IPI, IPI_ACK clears it, IPI_MASK_CLR unmasks,
 *    and an un-acked IPI re-asserts); GLOBAL_CFG 0x0010 implemented bits
 *    0xf8fffff1.
 *
 * Our choices where the sources are silent: IPIs come before hardware IRQs
 * in EVENT, "self" before "other"; a hardware IRQ goes to every CPU in its
 * TARGET_CPU mask until one CPU's EVENT read masks it; reset has everything
 * masked and every target 0; IPI_SEND/IPI_ACK read the CPU's pending IPIs;
 * AIC_CONFIG is storage only (Linux never enables an AIC v1, so delivery
 * cannot depend on it); the v1 timebase (0x8020) is not implemented.
 */
#include "xnuemu/aic.h"

#define ALOG(a, cat, ...)               \
    do {                                \
        if ((a)->log)                   \
            LOG((a)->log, cat, __VA_ARGS__); \
    } while (0)

#define IPI_BITS (AIC_IPI_OTHER | AIC_IPI_SELF)
#define CONFIG_BITS 0xf8fffff1u

/* Bits of bitmap word w that name implemented IRQs. */
static uint32_t valid_bits(const Aic *a, unsigned w)
{
    if (32 * w >= a->nr_irq)
        return 0;
    unsigned n = a->nr_irq - 32 * w;
    return n >= 32 ? ~0u : (1u << n) - 1;
}

static unsigned nwords(const Aic *a)
{
    return (a->nr_irq + 31) / 32;
}

static bool cpu_has_irq(const Aic *a, unsigned c)
{
    const AicCpu *cpu = &a->cpu[c];
    if (cpu->ipi_pending & ~cpu->ipi_mask & IPI_BITS)
        return true;
    for (unsigned w = 0; w < nwords(a); w++)
        if ((a->hw[w] | a->sw[w]) & ~a->mask[w] & cpu->routed[w])
            return true;
    return false;
}

bool aic_cpu_pending(const Aic *a, unsigned cpu)
{
    return cpu < a->ncpus && cpu_has_irq(a, cpu);
}

static void update(Aic *a)
{
    for (unsigned c = 0; c < a->ncpus; c++) {
        bool level = cpu_has_irq(a, c);
        if (level != a->cpu[c].level) {
            a->cpu[c].level = level;
            irq_set(&a->cpu[c].out, level);
        }
    }
}

void aic_input(Aic *a, unsigned irq, bool level)
{
    if (irq >= a->nr_irq)
        EMU_BUG("aic: input %u of %u", irq, a->nr_irq);
    uint32_t bit = 1u << (irq & 31), old = a->hw[irq / 32];
    a->hw[irq / 32] = level ? old | bit : old & ~bit;
    if (a->hw[irq / 32] != old)
        update(a);
}

static void line_set(void *opaque, unsigned n, bool level)
{
    aic_input(opaque, n, level);
}

IrqLine aic_irq_line(Aic *a, unsigned irq)
{
    if (irq >= a->nr_irq)
        EMU_BUG("aic: line %u of %u", irq, a->nr_irq);
    return (IrqLine){ .set = line_set, .opaque = a, .n = irq };
}

void aic_connect_cpu(Aic *a, unsigned c, IrqLine out)
{
    if (c >= a->ncpus)
        EMU_BUG("aic: cpu %u of %u", c, a->ncpus);
    a->cpu[c].out = out;
    irq_set(&a->cpu[c].out, a->cpu[c].level);
}

void aic_set_current_cpu(Aic *a, unsigned c)
{
    if (c >= a->ncpus)
        EMU_BUG("aic: cpu %u of %u", c, a->ncpus);
    a->cur_cpu = c;
}

/* EVENT read by CPU c: acknowledge (mask) and return the best candidate. */
static uint32_t event_ack(Aic *a, unsigned c)
{
    AicCpu *cpu = &a->cpu[c];
    uint32_t ev = 0;
    uint32_t ipi = cpu->ipi_pending & ~cpu->ipi_mask;
    if (ipi & AIC_IPI_SELF) {
        cpu->ipi_mask |= AIC_IPI_SELF;
        ev = AIC_EVENT_TYPE_IPI << AIC_EVENT_TYPE_SHIFT | AIC_EVENT_IPI_SELF;
    } else if (ipi & AIC_IPI_OTHER) {
        cpu->ipi_mask |= AIC_IPI_OTHER;
        ev = AIC_EVENT_TYPE_IPI << AIC_EVENT_TYPE_SHIFT | AIC_EVENT_IPI_OTHER;
    } else {
        for (unsigned w = 0; w < nwords(a); w++) {
            uint32_t p = (a->hw[w] | a->sw[w]) & ~a->mask[w] & cpu->routed[w];
            if (p) {
                unsigned bit = (unsigned)__builtin_ctz(p);
                a->mask[w] |= 1u << bit;
                ev = AIC_EVENT_TYPE_IRQ << AIC_EVENT_TYPE_SHIFT | (32 * w + bit);
                break;
            }
        }
    }
    if (ev) {
        a->events++;
        ALOG(a, LOG_DEV, "dev: aic: cpu%u event 0x%x\n", c, ev);
        update(a);
    }
    return ev;
}

static void set_target(Aic *a, unsigned irq, uint32_t val)
{
    a->target[irq] = val & ((1u << a->ncpus) - 1);
    for (unsigned c = 0; c < a->ncpus; c++) {
        uint32_t bit = 1u << (irq & 31);
        if (a->target[irq] >> c & 1)
            a->cpu[c].routed[irq / 32] |= bit;
        else
            a->cpu[c].routed[irq / 32] &= ~bit;
    }
}

static void ipi_send(Aic *a, unsigned from, uint32_t val)
{
    for (unsigned c = 0; c < a->ncpus; c++)
        if (val >> c & 1)
            a->cpu[c].ipi_pending |= AIC_IPI_OTHER;
    if (val & AIC_IPI_SELF)
        a->cpu[from].ipi_pending |= AIC_IPI_SELF;
    if (val & ~AIC_IPI_SELF & ~((1u << a->ncpus) - 1))
        ALOG(a, LOG_GUEST, "guest: aic: IPI_SEND 0x%x names CPUs that do not exist\n", val);
}

/* The per-CPU registers (offset r in 0x00..0x7f of a view) for CPU c. */
static bool cpu_reg(Aic *a, unsigned c, uint64_t r, bool write, uint32_t *val)
{
    AicCpu *cpu = &a->cpu[c];
    switch (r) {
    case AIC_WHOAMI - AIC_WHOAMI:
        if (!write)
            *val = c;
        return true;
    case AIC_EVENT - AIC_WHOAMI:
        if (!write)
            *val = event_ack(a, c);
        return true;
    case AIC_IPI_SEND - AIC_WHOAMI:
        if (write)
            ipi_send(a, c, *val);
        else
            *val = cpu->ipi_pending;
        break;
    case AIC_IPI_ACK - AIC_WHOAMI:
        if (write)
            cpu->ipi_pending &= ~(*val & IPI_BITS);
        else
            *val = cpu->ipi_pending;
        break;
    case AIC_IPI_MASK_SET - AIC_WHOAMI:
        if (write)
            cpu->ipi_mask |= *val & IPI_BITS;
        else
            *val = cpu->ipi_mask;
        break;
    case AIC_IPI_MASK_CLR - AIC_WHOAMI:
        if (write)
            cpu->ipi_mask &= ~(*val & IPI_BITS);
        else
            *val = cpu->ipi_mask;
        break;
    default:
        return false;
    }
    if (write)
        update(a);
    return true;
}

/* Bitmap banks 0x4000..0x427f: bank b, word w. */
static void bitmap_reg(Aic *a, uint64_t off, bool write, uint32_t *val)
{
    unsigned bank = (unsigned)(off - AIC_SW_SET) / 0x80, w = (unsigned)(off & 0x7f) / 4;
    uint32_t v = write ? *val & valid_bits(a, w) : 0;
    switch (bank) {
    case 0: /* SW_SET */
        if (write)
            a->sw[w] |= v;
        else
            *val = a->sw[w];
        break;
    case 1: /* SW_CLR */
        if (write)
            a->sw[w] &= ~v;
        else
            *val = a->sw[w];
        break;
    case 2: /* MASK_SET */
        if (write)
            a->mask[w] |= v;
        else
            *val = a->mask[w];
        break;
    case 3: /* MASK_CLR */
        if (write)
            a->mask[w] &= ~v;
        else
            *val = a->mask[w];
        break;
    default: /* HW_STATE */
        if (write)
            ALOG(a, LOG_GUEST, "guest: aic: write to read-only HW_STATE word %u\n", w);
        else
            *val = a->hw[w];
        break;
    }
    if (write)
        update(a);
}

static bool reg_access(Aic *a, uint64_t off, bool write, uint32_t *val)
{
    if (off == AIC_INFO) {
        if (!write)
            *val = a->nr_irq;
        return true;
    }
    if (off == AIC_CONFIG) {
        if (write)
            a->config = *val & CONFIG_BITS;
        else
            *val = a->config;
        return true;
    }
    if (off >= AIC_WHOAMI && off < AIC_WHOAMI + AIC_CPU_VIEW_STRIDE)
        return cpu_reg(a, a->cur_cpu, off - AIC_WHOAMI, write, val);
    if (off >= AIC_TARGET_CPU && off < AIC_TARGET_CPU + 4 * AIC_MAX_IRQS) {
        unsigned irq = (unsigned)(off - AIC_TARGET_CPU) / 4;
        if (irq < a->nr_irq) {
            if (write) {
                set_target(a, irq, *val);
                update(a);
            } else {
                *val = a->target[irq];
            }
        }
        return true;          /* IRQs the layout has room for but we lack: RAZ/WI */
    }
    if (off >= AIC_SW_SET && off < AIC_HW_STATE + 0x80) {
        bitmap_reg(a, off, write, val);
        return true;
    }
    if (off >= AIC_CPU_VIEW && off < AIC_CPU_VIEW + 31 * AIC_CPU_VIEW_STRIDE) {
        unsigned c = (unsigned)(off - AIC_CPU_VIEW) / AIC_CPU_VIEW_STRIDE;
        if (c < a->ncpus)
            return cpu_reg(a, c, (off - AIC_CPU_VIEW) % AIC_CPU_VIEW_STRIDE, write, val);
    }
    return false;
}

static bool aic_read(void *dev, uint64_t off, unsigned size, uint64_t *val)
{
    Aic *a = dev;
    uint32_t v = 0;
    if (size != 4 || (off & 3)) {
        ALOG(a, LOG_GUEST, "guest: aic: %u-byte read at +0x%llx: the AIC takes aligned 32-bit accesses\n",
             size, (unsigned long long)off);
        return false;
    }
    if (!reg_access(a, off, false, &v))
        ALOG(a, LOG_UNIMP, "unimp: aic: read of unknown register +0x%llx (reads as 0)\n",
             (unsigned long long)off);
    *val = v;
    return true;
}

static bool aic_write(void *dev, uint64_t off, unsigned size, uint64_t val)
{
    Aic *a = dev;
    uint32_t v = (uint32_t)val;
    if (size != 4 || (off & 3)) {
        ALOG(a, LOG_GUEST, "guest: aic: %u-byte write at +0x%llx: the AIC takes aligned 32-bit accesses\n",
             size, (unsigned long long)off);
        return false;
    }
    if (!reg_access(a, off, true, &v))
        ALOG(a, LOG_UNIMP, "unimp: aic: write 0x%x to unknown register +0x%llx ignored\n", v,
             (unsigned long long)off);
    return true;
}

const MmioOps aic_ops = {
    .read = aic_read,
    .write = aic_write,
    .sizes = MMIO_SIZE_4,
};

void aic_reset(Aic *a)
{
    a->config = 0;
    a->cur_cpu = 0;
    for (unsigned w = 0; w < AIC_WORDS; w++) {
        a->sw[w] = 0;
        a->mask[w] = valid_bits(a, w);
    }
    for (unsigned i = 0; i < a->nr_irq; i++)
        set_target(a, i, 0);
    for (unsigned c = 0; c < a->ncpus; c++) {
        a->cpu[c].ipi_pending = 0;
        a->cpu[c].ipi_mask = IPI_BITS;
    }
    update(a);
}

EmuErr aic_init(Aic *a, unsigned nr_irq, unsigned ncpus, Log *log)
{
    if (nr_irq < 1 || nr_irq > AIC_MAX_IRQS || ncpus < 1 || ncpus > AIC_MAX_CPUS)
        return EMU_ERR_ARG;
    *a = (Aic){ .nr_irq = nr_irq, .ncpus = ncpus, .log = log };
    aic_reset(a);
    return EMU_OK;
}
