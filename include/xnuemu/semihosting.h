/*
 * semihosting.h — Arm semihosting for A64 guests ("Semihosting for AArch32
 * and AArch64", Arm IHI 0077): HLT #0xF000, operation in W0, parameter
 * block address in X1, result in X0. File access is confined to a root
 * directory (the working directory unless --semihosting-root says
 * otherwise); time comes from virtual time unless the machine is realtime.
 */
#ifndef XNUEMU_SEMIHOSTING_H
#define XNUEMU_SEMIHOSTING_H

#include <stdio.h>

#include "cpu.h"

#define SEMIHOST_HLT_IMM 0xf000u

typedef struct Semihost Semihost;

/* root: directory guest files are confined to (NULL = "."); out: console
 * output (NULL = stdout). */
Semihost *semihost_create(const char *root, FILE *out, char *err, size_t errlen);
void semihost_destroy(Semihost *s);

/* SYS_GET_CMDLINE: "program [args]", argv-style as the semihosting
 * specification says (and QEMU does). */
bool semihost_set_cmdline(Semihost *s, const char *program, const char *args);

/* Heap/stack description for SYS_HEAPINFO. */
void semihost_set_heapinfo(Semihost *s, uint64_t heap_base, uint64_t heap_limit,
                           uint64_t stack_base, uint64_t stack_limit);

/* Perform the call in W0/X1. Returns EXEC_NEXT, or EXEC_HALT for an exit
 * (cpu->halt_reason/exit_code set). */
int semihost_call(CpuState *cpu, Semihost *s);

#endif
