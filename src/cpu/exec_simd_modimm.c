/*
 * exec_simd_modimm.c — Advanced SIMD modified immediate, integer forms
 * (Arm ARM C4.1.90 "Advanced SIMD modified immediate"; C7.2 pages MOVI,
 * MVNI, ORR (vector, immediate), BIC (vector, immediate); J1
 * AdvSIMDExpandImm). prep expands the immediate to 64 bits (complemented
 * for MVNI and BIC); the value repeats in both halves of a Q=1 result.
 */
#include "simd.h"

/* AdvSIMDExpandImm(op, cmode, imm8) for the integer cmode values */
static uint64_t expand_imm(unsigned op, unsigned cmode, uint64_t imm8)
{
    switch (cmode >> 1) {
    case 0: return imm8 * UINT64_C(0x0000000100000001);
    case 1: return (imm8 << 8) * UINT64_C(0x0000000100000001);
    case 2: return (imm8 << 16) * UINT64_C(0x0000000100000001);
    case 3: return (imm8 << 24) * UINT64_C(0x0000000100000001);
    case 4: return imm8 * UINT64_C(0x0001000100010001);
    case 5: return (imm8 << 8) * UINT64_C(0x0001000100010001);
    case 6:   /* MSL: shifting ones in */
        if (cmode & 1)
            return (imm8 << 16 | 0xffff) * UINT64_C(0x0000000100000001);
        return (imm8 << 8 | 0xff) * UINT64_C(0x0000000100000001);
    default:
        if (!op)
            return imm8 * UINT64_C(0x0101010101010101);
        uint64_t r = 0;   /* each bit of imm8 a byte of ones or zeros */
        for (unsigned i = 0; i < 8; i++)
            if ((imm8 >> i) & 1)
                r |= UINT64_C(0xff) << (8 * i);
        return r;
    }
}

static inline int modimm_set(CpuState *cpu, const DecodedInsn *di)
{
    FP_CHECK(cpu);
    cpu->v[di->rd].d[0] = di->imm;
    cpu->v[di->rd].d[1] = di->sf ? di->imm : 0;
    return exec_next(cpu, di);
}

/* ORR: Vd | imm; BIC: Vd & NOT(imm) with imm complemented by prep */
static inline int modimm_orr(CpuState *cpu, const DecodedInsn *di)
{
    FP_CHECK(cpu);
    VReg *v = &cpu->v[di->rd];
    v->d[0] |= di->imm;
    v->d[1] = di->sf ? v->d[1] | di->imm : 0;
    return exec_next(cpu, di);
}

static inline int modimm_bic(CpuState *cpu, const DecodedInsn *di)
{
    FP_CHECK(cpu);
    VReg *v = &cpu->v[di->rd];
    v->d[0] &= di->imm;
    v->d[1] = di->sf ? v->d[1] & di->imm : 0;
    return exec_next(cpu, di);
}

/* row, handler kind, complement the immediate */
#define ROWS(X)                                                              \
    X(MOVI_32_lsl0, set, 0) X(MOVI_32_lsl8, set, 0) X(MOVI_32_lsl16, set, 0) \
    X(MOVI_32_lsl24, set, 0) X(MOVI_16_lsl0, set, 0) X(MOVI_16_lsl8, set, 0) \
    X(MOVI_32_msl, set, 0) X(MOVI_8, set, 0) X(MOVI_64, set, 0)              \
    X(MVNI_32_lsl0, set, 1) X(MVNI_32_lsl8, set, 1) X(MVNI_32_lsl16, set, 1) \
    X(MVNI_32_lsl24, set, 1) X(MVNI_16_lsl0, set, 1) X(MVNI_16_lsl8, set, 1) \
    X(MVNI_32_msl, set, 1)                                                   \
    X(ORR_v_imm32_lsl0, orr, 0) X(ORR_v_imm32_lsl8, orr, 0)                  \
    X(ORR_v_imm32_lsl16, orr, 0) X(ORR_v_imm32_lsl24, orr, 0)                \
    X(ORR_v_imm16_lsl0, orr, 0) X(ORR_v_imm16_lsl8, orr, 0)                  \
    X(BIC_v_imm32_lsl0, bic, 1) X(BIC_v_imm32_lsl8, bic, 1)                  \
    X(BIC_v_imm32_lsl16, bic, 1) X(BIC_v_imm32_lsl24, bic, 1)                \
    X(BIC_v_imm16_lsl0, bic, 1) X(BIC_v_imm16_lsl8, bic, 1)

#define HANDLER(row, kind, inv) EXEC(row) { return modimm_##kind(cpu, di); }
ROWS(HANDLER)
#undef HANDLER

/* op = bit 29, cmode = bits 15:12, imm8 = a:b:c (18:16) : d:e:f:g:h (9:5) */
PREP(prep_simd_modimm)
{
    (void)cpu;
    unsigned op = (di->raw >> 29) & 1, cmode = (di->raw >> 12) & 0xf;
    unsigned imm8 = ((di->raw >> 11) & 0xe0) | ((di->raw >> 5) & 0x1f);
    bool inv;
    switch (di->id) {
#define INV(row, kind, i) case A64_##row: inv = i; break;
        ROWS(INV)
#undef INV
    default: return false;
    }
    uint64_t imm = expand_imm(op, cmode, imm8);
    di->imm = inv ? ~imm : imm;
    di->rd = (uint8_t)FLD(f, 'd');
    di->sf = (uint8_t)((di->raw >> 30) & 1);
    return true;
}
