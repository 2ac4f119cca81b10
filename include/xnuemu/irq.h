/*
 * irq.h — a level-sensitive interrupt wire. A device holds an IrqLine and
 * drives it high or low; whoever built the line (an interrupt controller's
 * input n, a CPU input, a test probe) receives the level without the device
 * knowing who it is. The TinyEMU IRQSignal triple (STYLE.md §1, rule 7).
 */
#ifndef XNUEMU_IRQ_H
#define XNUEMU_IRQ_H

#include <stdbool.h>
#include <stddef.h>

typedef struct IrqLine {
    void (*set)(void *opaque, unsigned n, bool level);
    void *opaque;
    unsigned n;
} IrqLine;

/* Drive the line; an unconnected line (set == NULL) ignores it. Receivers
 * must accept the same level twice in a row. */
static inline void irq_set(const IrqLine *line, bool level)
{
    if (line && line->set)
        line->set(line->opaque, line->n, level);
}

#endif
