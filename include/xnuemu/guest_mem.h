/*
 * guest_mem.h — reading guest virtual memory for reports (panic strings,
 * frame-pointer chains, code for the instruction history): through the
 * current translation regime, privileged, without a fault, a TLB fill or a
 * device access. RAM only.
 */
#ifndef XNUEMU_GUEST_MEM_H
#define XNUEMU_GUEST_MEM_H

#include "common.h"

typedef struct CpuState CpuState;

/* false when any byte is unmapped or not RAM */
bool guest_read_va(CpuState *cpu, uint64_t va, void *buf, size_t len);
/* A NUL-terminated string of at most len-1 bytes; false if unreadable. */
bool guest_read_str(CpuState *cpu, uint64_t va, char *buf, size_t len);

#endif
