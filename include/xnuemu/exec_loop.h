/*
 * exec_loop.h — running a CPU: cpu_run() executes until the CPU halts
 * (guest exit, --max-insns, a stuck guest, a debugger request).
 */
#ifndef XNUEMU_EXEC_LOOP_H
#define XNUEMU_EXEC_LOOP_H

#include "cpu.h"

HaltReason cpu_run(CpuState *cpu);

#endif
