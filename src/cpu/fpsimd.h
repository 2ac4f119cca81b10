/*
 * fpsimd.h — what FP/SIMD handlers share: views of the V registers (a
 * write to B/H/S/D/Q zeroes the rest of the 128-bit register, Arm ARM
 * C1.2.5 / V[] and Vpart[]), FPCR/FPSR, element access for vectors, and the
 * FP/SIMD enable check (CPACR_EL1.FPEN, CPTR_ELx.TFP/FPEN: EC 0x07) cached
 * in cpu->fp_ok until EL, HCR_EL2/SCR_EL3 or one of those registers change.
 */
#ifndef XNUEMU_FPSIMD_H
#define XNUEMU_FPSIMD_H

#include "exec.h"
#include "xnuemu/sysreg.h"

/* FPSR cumulative exception bits and QC */
#define FPSR_IOC (1u << 0)
#define FPSR_DZC (1u << 1)
#define FPSR_OFC (1u << 2)
#define FPSR_UFC (1u << 3)
#define FPSR_IXC (1u << 4)
#define FPSR_IDC (1u << 7)
#define FPSR_QC  (1u << 27)

/* FPCR fields */
#define FPCR_AHP (1u << 26)
#define FPCR_DN  (1u << 25)
#define FPCR_FZ  (1u << 24)
#define FPCR_RMODE_SHIFT 22

/* Returns false with the access trap pending when FP/SIMD is disabled at
 * the current EL (the caller returns EXEC_FAULT). */
bool fp_check_slow(CpuState *cpu);
static inline MUST_CHECK bool fp_check(CpuState *cpu)
{
    return likely(cpu->fp_ok) || fp_check_slow(cpu);
}
#define FP_CHECK(cpu)                       \
    do {                                    \
        if (!fp_check(cpu))                 \
            return EXEC_FAULT;              \
    } while (0)

static inline uint32_t fpcr(const CpuState *cpu)
{
    return (uint32_t)cpu->sr[SR_FPCR];
}

/* OR exception bits into FPSR (they are cumulative). */
static inline void fpsr_raise(CpuState *cpu, uint32_t bits)
{
    cpu->sr[SR_FPSR] |= bits;
}

/* Scalar views: reads take the low bits, writes zero the rest of Vn. */
static inline uint64_t vreg_d(const CpuState *cpu, unsigned n) { return cpu->v[n].d[0]; }
static inline uint32_t vreg_s(const CpuState *cpu, unsigned n) { return cpu->v[n].s[0]; }
static inline uint16_t vreg_h(const CpuState *cpu, unsigned n) { return cpu->v[n].h[0]; }
static inline uint8_t vreg_b(const CpuState *cpu, unsigned n) { return cpu->v[n].b[0]; }

static inline void vreg_set_d(CpuState *cpu, unsigned n, uint64_t v)
{
    cpu->v[n].d[0] = v;
    cpu->v[n].d[1] = 0;
}
static inline void vreg_set_s(CpuState *cpu, unsigned n, uint32_t v) { vreg_set_d(cpu, n, v); }
static inline void vreg_set_h(CpuState *cpu, unsigned n, uint16_t v) { vreg_set_d(cpu, n, v); }
static inline void vreg_set_b(CpuState *cpu, unsigned n, uint8_t v) { vreg_set_d(cpu, n, v); }

/* Element e of size 2^esize_log2 bytes (0..3) of a vector, zero-extended. */
static inline uint64_t velem(const VReg *v, unsigned e, unsigned esize_log2)
{
    switch (esize_log2) {
    case 0: return v->b[e];
    case 1: return v->h[e];
    case 2: return v->s[e];
    default: return v->d[e];
    }
}

static inline void velem_set(VReg *v, unsigned e, unsigned esize_log2, uint64_t x)
{
    switch (esize_log2) {
    case 0: v->b[e] = (uint8_t)x; break;
    case 1: v->h[e] = (uint16_t)x; break;
    case 2: v->s[e] = (uint32_t)x; break;
    default: v->d[e] = x; break;
    }
}

/* Write a whole vector result: a 64-bit (Q=0) result zeroes the top half. */
static inline void vreg_set_vec(CpuState *cpu, unsigned n, const VReg *v, bool q)
{
    cpu->v[n].d[0] = v->d[0];
    cpu->v[n].d[1] = q ? v->d[1] : 0;
}

#endif
