/*
 * diff_rules.c — the differential test's exclusion list: what the
 * architecture leaves open where xnuemu's documented choice differs from
 * QEMU 7.2's, and QEMU 7.2 bugs, each with its Arm ARM (DDI 0487) place
 * (diff_rules.h).
 */
#include <string.h>

#include "diff_rules.h"

/* value of field `c` of the row, or -1 when the row has no such field */
static int fld(const DiffRuleCtx *c, char letter)
{
    const A64RowInfo *ri = &c->dec->info[c->row];
    for (unsigned k = 0; k < ri->nfields; k++)
        if (ri->letter[k] == letter) {
            uint32_t m = ri->fmask[k], v = 0;
            for (int b = 31; b >= 0; b--)
                if (m & (UINT32_C(1) << b))
                    v = v << 1 | ((c->w >> b) & 1);
            return (int)v;
        }
    return -1;
}

bool dr_name_in(const char *name, const char *const *list)
{
    for (; *list; list++)
        if (!strcmp(name, *list))
            return true;
    return false;
}

/* Loads of a register pair with Rt == Rt2. */
static bool r_ldp_overlap(const DiffRuleCtx *c)
{
    int t = fld(c, 't'), u = fld(c, 'u');
    return (c->flags & F_LOAD) && !(c->flags & F_STORE) && t >= 0 && u >= 0 && t == u;
}

/* Store-exclusive whose status register overlaps data or base. */
static bool r_stx_overlap(const DiffRuleCtx *c)
{
    static const char *const rows[] = { "STXR", "STLXR", "STXP", "STLXP", NULL };
    if (!dr_name_in(c->name, rows))
        return false;
    int s = fld(c, 's'), t = fld(c, 't'), u = fld(c, 'u'), n = fld(c, 'n');
    return s == t || (u >= 0 && s == u) || (s == n && n != 31);
}

static bool r_never(const DiffRuleCtx *c)
{
    (void)c;
    return false;               /* a constraint or a program rule, not a per-word rejection */
}

/* Half-precision fixed-point conversions (immh = 001x). */
static bool r_fp16_fixed(const DiffRuleCtx *c)
{
    static const char *const rows[] = { "SCVTF_v_fix", "UCVTF_v_fix", "FCVTZS_v_fix",
                                        "FCVTZU_v_fix", "SCVTF_sc_fix", "UCVTF_sc_fix",
                                        "FCVTZS_sc_fix", "FCVTZU_sc_fix", NULL };
    int immh = fld(c, 'i');
    return dr_name_in(c->name, rows) && (immh == 2 || immh == 3);
}


const DiffRule diff_rules[] = {   /* DIFF_NRULES entries: checked by the declaration */
    { "ldp-rt-eq-rt2", r_ldp_overlap,
      "DDI 0487 C6.2 LDP/LDNP/LDPSW/LDXP/LDAXP (and the SIMD&FP LDP/LDNP) Operation: "
      "t == t2 is Unpredictable_LDPOVERLAP; K1.2 (Constraint_UNDEF, _NOP or _UNKNOWN)",
      "xnuemu: GPR pairs leave Rt2's element, LDXP/LDAXP are UNDEFINED; QEMU 7.2 keeps "
      "the first element" },
    { "stxr-status-overlap", r_stx_overlap,
      "DDI 0487 C6.2 STXR/STLXR/STXP/STLXP Operation: s == t (or t2) is "
      "Unpredictable_DATAOVERLAP, s == n != 31 Unpredictable_BASEOVERLAP; K1.2",
      "xnuemu: UNDEFINED (Constraint_UNDEF); QEMU 7.2 executes the store" },
    { "stxr-aligned-address", r_never,
      "DDI 0487 C6.2 STXR/STXP Operation and J1 AArch64.ExclusiveMonitorsPass: the "
      "Alignment fault is checked before the monitor",
      "constraint, QEMU 7.2 bug: a store-exclusive that fails the monitor check returns 1 "
      "without the Alignment fault (and without translating); the generator always sets "
      "up an aligned address for STXR/STLXR/STXP/STLXP" },
    { "stxr-size-mismatch", r_never,
      "DDI 0487 B2.9.5 (Load-Exclusive and Store-Exclusive instruction usage "
      "restrictions): a Store-Exclusive of another size than the Load-Exclusive that "
      "marked the address may pass or fail (CONSTRAINED UNPREDICTABLE)",
      "program rule: xnuemu fails it, QEMU 7.2 compares the bytes stored and may pass; a "
      "store-exclusive is re-drawn when an earlier load-exclusive in the program has "
      "another size" },
    { "stxr-intervening-store", r_never,
      "DDI 0487 B2.9.2 (the local monitor's state machine): whether a store by the same "
      "PE to the marked block clears the monitor is IMPLEMENTATION DEFINED",
      "program rule: xnuemu clears it for any store overlapping the 64-byte granule "
      "(CTR_EL0.ERG), QEMU 7.2 only notices a changed value at the exclusive address; a "
      "store-exclusive is re-drawn when a store (or atomic) between the first earlier "
      "load-exclusive and it may touch such a granule" },
    { "ldapr-aligned-address", r_never,
      "DDI 0487 C6.2 LDAPR Operation (Mem[] with AccType_ORDERED) and J1 "
      "AArch64.CheckAlignment: without FEAT_LSE2 an unaligned ordered access is an "
      "Alignment fault",
      "constraint, QEMU 7.2 bug: LDAPR is translated without the alignment check (LDAR "
      "has it); the generator always sets up an aligned address for LDAPR" },
    { "fp16-fixed-point", r_fp16_fixed,
      "DDI 0487 C7.2 SCVTF/UCVTF/FCVTZS/FCVTZU (vector and scalar, fixed-point): immh = "
      "001x is half precision only with FEAT_FP16 (ID_AA64PFR0_EL1.FP = 0b0001), "
      "otherwise UNDEFINED",
      "not a difference of behaviour but of CPU: xnuemu's models are Armv8.1 without "
      "FEAT_FP16 (Apple A10), QEMU's default cortex-a76 has it; --cpu cortex-a57 shows "
      "both UNDEFINED" },
};
