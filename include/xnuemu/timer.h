/*
 * timer.h — the Generic Timer of a PE (Arm ARM D11): the system counter
 * driven by virtual time, and the EL1 physical, EL1 virtual, EL2 physical,
 * secure physical and (FEAT_VHE) EL2 virtual timers whose outputs are
 * level-sensitive lines the board routes to IRQ or FIQ.
 */
#ifndef XNUEMU_TIMER_H
#define XNUEMU_TIMER_H

#include "cpu.h"

enum { TIMER_PHYS, TIMER_VIRT, TIMER_HYP, TIMER_SEC, TIMER_HVIRT, TIMER_COUNT };

/* Nanoseconds of virtual time: 1 retired instruction = 1 ns, plus time
 * skipped while sleeping in WFI; host time in realtime mode. */
uint64_t cpu_now_ns(const CpuState *cpu);

/* Physical count (CNTPCT) at time now_ns. */
uint64_t timer_count_at(const CpuState *cpu, uint64_t now_ns);

/* Recompute every timer's output line and return the virtual time (ns) of
 * the next output change, or UINT64_MAX. */
uint64_t timer_update(CpuState *cpu);

#endif
