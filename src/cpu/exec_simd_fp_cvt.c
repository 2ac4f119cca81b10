/*
 * exec_simd_fp_cvt.c — conversions of Advanced SIMD two-register
 * miscellaneous and scalar two-register miscellaneous (Arm ARM C4.1.90;
 * C7.2 FCVTNS/NU, FCVTMS/MU, FCVTPS/PU, FCVTZS/ZU, FCVTAS/AU (vector and
 * scalar, integer), SCVTF/UCVTF (vector and scalar, integer), FCVTN/FCVTN2,
 * FCVTL/FCVTL2, FCVTXN/FCVTXN2 (vector and scalar)). FP to integer uses
 * FPToFixed with the instruction's rounding and saturates with IOC; integer
 * to FP FixedToFP with FPCR rounding. Half precision appears only as the
 * narrow side of FCVTN/FCVTL (FPCR.AHP honoured); the fixed-point forms are
 * in exec_simd_fp_fixed.c.
 */
#include "simd_fp.h"

/* FP to a signed/unsigned integer of the element's size */
#define TO_INT(name, RM, U)                                                  \
    FP_OP1(op_##name, fp_to_fixed(f, a, 0, U, 8u << f, RM, st))              \
    FP_UN(name, op_##name)

TO_INT(fcvtns, FPR_TIEEVEN, false)
TO_INT(fcvtnu, FPR_TIEEVEN, true)
TO_INT(fcvtms, FPR_NEGINF, false)
TO_INT(fcvtmu, FPR_NEGINF, true)
TO_INT(fcvtps, FPR_POSINF, false)
TO_INT(fcvtpu, FPR_POSINF, true)
TO_INT(fcvtzs, FPR_ZERO, false)
TO_INT(fcvtzu, FPR_ZERO, true)
TO_INT(fcvtas, FPR_TIEAWAY, false)
TO_INT(fcvtau, FPR_TIEAWAY, true)

FP_OP1(op_scvtf, fp_from_fixed(f, a, 0, false, 8u << f, FPR_FPCR, st))
FP_OP1(op_ucvtf, fp_from_fixed(f, a, 0, true, 8u << f, FPR_FPCR, st))
FP_UN(scvtf, op_scvtf)
FP_UN(ucvtf, op_ucvtf)

#define ROWS(X)                                                              \
    X(FCVTNS_v, fcvtns) X(FCVTMS_v, fcvtms) X(FCVTAS_v, fcvtas)              \
    X(FCVTPS_v, fcvtps) X(FCVTZS_v, fcvtzs) X(FCVTNU_v, fcvtnu)              \
    X(FCVTMU_v, fcvtmu) X(FCVTAU_v, fcvtau) X(FCVTPU_v, fcvtpu)              \
    X(FCVTZU_v, fcvtzu) X(SCVTF_v, scvtf) X(UCVTF_v, ucvtf)                  \
    X(FCVTNS_sc, fcvtns) X(FCVTMS_sc, fcvtms) X(FCVTAS_sc, fcvtas)           \
    X(FCVTPS_sc, fcvtps) X(FCVTZS_sc, fcvtzs) X(FCVTNU_sc, fcvtnu)           \
    X(FCVTMU_sc, fcvtmu) X(FCVTAU_sc, fcvtau) X(FCVTPU_sc, fcvtpu)           \
    X(FCVTZU_sc, fcvtzu) X(SCVTF_sc, scvtf) X(UCVTF_sc, ucvtf)

FP_DEFINE_PICK(ROWS)

ROWS(FP_FALLBACK)

PREP(prep_sfp_cvt)
{
    (void)cpu;
    ExecFn *const *tab = pick(di->id);
    if (!tab || !fp_prep_regs(di, f))
        return false;
    di->exec = tab[di->sz == FP_D];
    return true;
}

/* --- FCVTN, FCVTXN: narrow the 2 or 4 elements of Vn into half di->sf of
 * Vd (the "2" forms keep the low half; the others and the scalar FCVTXN
 * zero the rest). di->sz is the narrow format, di->aux the element count. */
FORCE_INLINE int fp_narrow(CpuState *cpu, const DecodedInsn *di, unsigned to, FpRound rm)
{
    FP_CHECK(cpu);
    const VReg *vn = &cpu->v[di->rn];
    FpStatus st = FP_STATUS(cpu);
    VReg r = { .d = { 0, 0 } };
    unsigned base = 0;
    if (di->sf) {
        r.d[0] = cpu->v[di->rd].d[0];
        base = di->aux;
    }
    for (unsigned e = 0; e < di->aux; e++)
        fel_set(&r, base + e, to, fp_convert(to, to + 1, fel(vn, e, to + 1), rm, &st));
    return fp_store(cpu, di, &r, &st);
}

/* --- FCVTL: widen the elements of half di->sf of Vn; di->sz is the
 * narrow format. */
FORCE_INLINE int fp_widen(CpuState *cpu, const DecodedInsn *di, unsigned from)
{
    FP_CHECK(cpu);
    const VReg *vn = &cpu->v[di->rn];
    FpStatus st = FP_STATUS(cpu);
    VReg r = { .d = { 0, 0 } };
    unsigned base = di->sf ? di->aux : 0;
    for (unsigned e = 0; e < di->aux; e++)
        fel_set(&r, e, from + 1,
                fp_convert(from + 1, from, fel(vn, base + e, from), FPR_FPCR, &st));
    return fp_store(cpu, di, &r, &st);
}

EXEC_VARIANT(fcvtn_h) { return fp_narrow(cpu, di, FP_H, FPR_FPCR); }
EXEC_VARIANT(fcvtn_s) { return fp_narrow(cpu, di, FP_S, FPR_FPCR); }
EXEC_VARIANT(fcvtl_h) { return fp_widen(cpu, di, FP_H); }
EXEC_VARIANT(fcvtl_s) { return fp_widen(cpu, di, FP_S); }

EXEC(FCVTN_v) { return di->sz == FP_H ? fcvtn_h(cpu, di) : fcvtn_s(cpu, di); }
EXEC(FCVTL_v) { return di->sz == FP_H ? fcvtl_h(cpu, di) : fcvtl_s(cpu, di); }
/* FCVTXN: double to single, round to odd */
EXEC(FCVTXN_v) { return fp_narrow(cpu, di, FP_S, FPR_ODD); }
EXEC(FCVTXN_sc) { return fp_narrow(cpu, di, FP_S, FPR_ODD); }

/* sz = 0: half <-> single, sz = 1: single <-> double; 64 bits of narrow
 * elements. FCVTXN has only sz = 1; its scalar form converts one element. */
PREP(prep_sfp_fcvtnl)
{
    (void)cpu;
    unsigned sz = FLD(f, 'e');
    bool xn = di->id == A64_FCVTXN_v || di->id == A64_FCVTXN_sc;
    if (xn && !sz)
        return false;
    di->rd = (uint8_t)FLD(f, 'd');
    di->rn = (uint8_t)FLD(f, 'n');
    di->sz = (uint8_t)(sz ? FP_S : FP_H);
    di->sf = (uint8_t)FLD(f, 'q');
    di->aux = (uint8_t)(di->id == A64_FCVTXN_sc ? 1u : sz ? 2u : 4u);
    if (di->id == A64_FCVTN_v)
        di->exec = sz ? fcvtn_s : fcvtn_h;
    else if (di->id == A64_FCVTL_v)
        di->exec = sz ? fcvtl_s : fcvtl_h;
    return true;
}
