/*
 * exec.h — what every instruction-handler file needs: the EXEC/PREP
 * definition macros, register-file access, memory accessors and the ALU
 * helpers. A handler is `EXEC(row)`; a decode-time finisher `PREP(name)`.
 */
#ifndef XNUEMU_EXEC_H
#define XNUEMU_EXEC_H

#include "alu.h"
#include "xnuemu/decode.h"
#include "xnuemu/mem.h"

#define EXEC(name) int exec_##name(CpuState *cpu, const DecodedInsn *di)
#define PREP(name) bool name(CpuState *cpu, DecodedInsn *di, const Fields *f)

/* For handler templates instantiated per width/shift/size by macros. */
#define FORCE_INLINE static inline __attribute__((always_inline))

/* Handler variants chosen by prep (e.g. a 32-bit form): declared here so
 * prep can take their address before their definition. */
#define EXEC_VARIANT(name) static int name(CpuState *cpu, const DecodedInsn *di)

#endif
