/*
 * translate.c — one translation of a VA (Arm ARM D8, pseudocode
 * AArch64.FullTranslate, S1Translate, S2Translate, CheckPermission):
 * the regime's controls, top-byte-ignore, TTBR selection and range checks,
 * the stage-1-disabled mapping, stage-1 permissions (AP/APTable, UXN/PXN,
 * PXN implied for EL0-writable memory, WXN, PAN), memory type from MAIR,
 * the output PA space (NS, NSTable) of Secure regimes, stage 2 for EL1&0
 * (VTTBR/VTCR, S2AP, XN, MemAttr combined with stage 1's), Alignment
 * faults caused by the memory type at the stage that made it Device, and
 * the faults: stage 1 to the regime's EL, stage 2 to EL2 with the IPA,
 * S1PTW for stage-2 faults on stage-1 table walks.
 */
#include "xnuemu/cpu_model.h"
#include "xnuemu/dcache.h"
#include "xnuemu/mem.h"
#include "xnuemu/mmu.h"
#include "xnuemu/sysreg.h"
#include "xnuemu/walk.h"

unsigned mmu_unpriv_regime(const CpuState *cpu)
{
    if (cpu->ps.uao)
        return cpu->regime;
    switch (cpu->regime) {
    case REGIME_EL10_1:
    case REGIME_EL10_1_PAN:
        return REGIME_EL10_0;
    case REGIME_EL20_2:
    case REGIME_EL20_2_PAN:
        return (cpu_hcr(cpu) & HCR_TGE) ? REGIME_EL20_0 : cpu->regime;
    default:
        return cpu->regime;
    }
}

unsigned mmu_debug_regime(const CpuState *cpu)
{
    switch (cpu->regime) {
    case REGIME_EL10_0:
    case REGIME_EL10_1_PAN:
        return REGIME_EL10_1;
    case REGIME_EL20_0:
    case REGIME_EL20_2_PAN:
        return REGIME_EL20_2;
    default:
        return cpu->regime;
    }
}

static bool is_el10(unsigned regime)
{
    return regime <= REGIME_EL10_1_PAN;
}

static bool is_el20(unsigned regime)
{
    return regime >= REGIME_EL20_0 && regime <= REGIME_EL20_2_PAN;
}

uint64_t mmu_regime_sctlr(const CpuState *cpu, unsigned regime)
{
    if (is_el10(regime))
        return cpu->sr[SR_SCTLR_EL1];
    return regime == REGIME_EL3 ? cpu->sr[SR_SCTLR_EL3] : cpu->sr[SR_SCTLR_EL2];
}

/* The controls of a regime (D8.1.2). */
typedef struct RegimeCtl {
    uint64_t sctlr, tcr, mair, ttbr0, ttbr1;
    bool two_ranges;      /* TTBR0 and TTBR1 (EL1&0, EL2&0) */
    bool el0_view;        /* permissions of EL0 */
    bool pan;             /* PSTATE.PAN view */
} RegimeCtl;

static void regime_ctl(const CpuState *cpu, unsigned regime, RegimeCtl *rc)
{
    rc->el0_view = regime == REGIME_EL10_0 || regime == REGIME_EL20_0;
    rc->pan = regime == REGIME_EL10_1_PAN || regime == REGIME_EL20_2_PAN;
    if (is_el10(regime)) {
        rc->sctlr = cpu->sr[SR_SCTLR_EL1];
        rc->tcr = cpu->sr[SR_TCR_EL1];
        rc->mair = cpu->sr[SR_MAIR_EL1];
        rc->ttbr0 = cpu->sr[SR_TTBR0_EL1];
        rc->ttbr1 = cpu->sr[SR_TTBR1_EL1];
        rc->two_ranges = true;
    } else if (regime == REGIME_EL3) {
        rc->sctlr = cpu->sr[SR_SCTLR_EL3];
        rc->tcr = cpu->sr[SR_TCR_EL3];
        rc->mair = cpu->sr[SR_MAIR_EL3];
        rc->ttbr0 = cpu->sr[SR_TTBR0_EL3];
        rc->ttbr1 = 0;
        rc->two_ranges = false;
    } else {
        rc->sctlr = cpu->sr[SR_SCTLR_EL2];
        rc->tcr = cpu->sr[SR_TCR_EL2];
        rc->mair = cpu->sr[SR_MAIR_EL2];
        rc->ttbr0 = cpu->sr[SR_TTBR0_EL2];
        rc->two_ranges = is_el20(regime);
        rc->ttbr1 = rc->two_ranges ? cpu->sr[SR_TTBR1_EL2] : 0;
    }
}

static bool regime_tbi(const RegimeCtl *rc, uint64_t va)
{
    if (rc->two_ranges)
        return bits64(rc->tcr, (va >> 55) & 1 ? 38 : 37, 1);
    return bits64(rc->tcr, 20, 1);
}

/* Stage 2 applies to EL1&0 when EL2 is enabled and HCR_EL2.VM or .DC is
 * set (DC makes the PE behave as if VM were set). */
static bool stage2_active(const CpuState *cpu, unsigned regime)
{
    return is_el10(regime) && (cpu_hcr(cpu) & (HCR_VM | HCR_DC));
}

/* ISV and the instruction syndrome of a Data Abort (D17.2.37: ISV, SAS,
 * SSE, SRT, SF, AR) for the single-register loads and stores without
 * writeback that provide one: LDR/STR and their sized and signed forms
 * (unsigned offset, unscaled, unprivileged, register offset, literal),
 * LDAR/STLR, LDLAR/STLLR and LDAPR. 0 for everything else. */
static uint32_t data_abort_syndrome(uint32_t insn)
{
    unsigned size = insn >> 30, opc = (insn >> 22) & 3, rt = insn & 31;
    bool ar = false;
    if ((insn & 0x3f000000) == 0x08000000) {            /* load/store ordered/exclusive */
        unsigned o2 = (insn >> 23) & 1, o1 = (insn >> 21) & 1;
        if (!o2 || o1)
            return 0;                                    /* exclusives, CAS: no syndrome */
        ar = (insn >> 15) & 1;                           /* LDAR/STLR, not LDLAR/STLLR */
        opc = (insn >> 22) & 1;                          /* L */
    } else if ((insn & 0x3f000000) == 0x39000000) {     /* unsigned offset */
    } else if ((insn & 0x3f000000) == 0x18000000) {     /* LDR/LDRSW (literal) */
        unsigned lopc = insn >> 30;
        if (lopc == 3)
            return 0;                                    /* PRFM */
        size = lopc == 1 ? 3 : 2;
        opc = lopc == 2 ? 2 : 1;                         /* LDRSW: sign-extending to X */
    } else if ((insn & 0x3f000000) == 0x38000000) {
        unsigned idx = (insn >> 10) & 3;
        if (!((insn >> 21) & 1)) {
            if (idx == 1 || idx == 3)
                return 0;                                /* pre/post-index: writeback */
        } else if (idx == 0 && ((insn >> 10) & 0x3f) == 0x30) {
            ar = true;                                   /* LDAPR */
            opc = 1;
        } else if (idx != 2) {
            return 0;                                    /* atomics: no syndrome */
        }
    } else {
        return 0;
    }
    if (opc >= 2 && size == 3)
        return 0;                                        /* prefetch */
    bool sse = opc >= 2, sf = opc == 2 || (opc < 2 && size == 3);
    return 1u << 24 | size << 22 | (uint32_t)sse << 21 | rt << 16 | (uint32_t)sf << 15 |
           (uint32_t)ar << 14;
}

/* Record a fault for va: stage 1 to the regime's EL, stage 2 to EL2. */
static bool trans_fault(CpuState *cpu, uint64_t va, unsigned flags, const WalkFault *f)
{
    if (flags & MEM_NOFAULT)
        return false;
    /* WnR follows the instruction even for a stage-2 fault on its stage-1
     * walk (AArch64.FaultSyndrome: fault.write is the access's; only
     * atomics may report 0, and they pass MEM_WRITE only when a read would
     * not fault) */
    mmu_data_abort(cpu, va, f->fsc, flags);
    if (f->stage2) {
        cpu->pending.target_el = 2;
        /* HPFAR_EL2 is UNKNOWN for a stage-2 Alignment fault (J1 IPAValid):
         * left unwritten */
        cpu->pending.ipa_valid = f->fsc != FSC_ALIGNMENT;
        cpu->pending.ipa = f->ipa;
        if (f->s1ptw)
            cpu->pending.iss |= 1u << 7;           /* S1PTW */
        else if (!(flags & (MEM_FETCH | MEM_AT)) && cpu->cur_dp)
            cpu->pending.iss |= data_abort_syndrome(
                cpu->cur_dp->slot[(cpu->pc >> 2) & (DC_SLOTS - 1)].raw);
    }
    return false;
}

bool mmu_data_abort(CpuState *cpu, uint64_t va, unsigned dfsc, unsigned flags)
{
    if (flags & MEM_NOFAULT)
        return false;
    if (flags & MEM_FETCH) {
        cpu->pending = (ExcInfo){ .ec = EC_IABT_SAME, .iss = dfsc, .il = true,
                                  .far_valid = true, .far = va };
        return false;
    }
    /* WnR: set for writes and cache maintenance. An atomic read-modify-write
     * reports WnR=0 unless the fault is a permission fault on a page that
     * can be read (the caller passes MEM_WRITE for that case): Arm ARM
     * D17.2.37, ISS encoding for a Data Abort, WnR. */
    uint32_t iss = dfsc;
    if (flags & (MEM_WRITE | MEM_DCZVA | MEM_CMO))
        iss |= 1u << 6;
    if (flags & MEM_CMO)
        iss |= 1u << 8;                         /* CM */
    cpu->pending = (ExcInfo){ .ec = EC_DABT_SAME, .iss = iss, .il = true,
                              .far_valid = true, .far = va };
    return false;
}

typedef struct Perms { bool r, w, x; } Perms;

/* Stage-1 permissions of a descriptor for the regime's view (D8.4). */
static Perms s1_perms(const RegimeCtl *rc, const WalkOut *o)
{
    uint64_t d = o->desc;
    bool ap1 = ((d >> 6) & 1) && !o->ap_table_noel0;    /* EL0 may access */
    bool ro = ((d >> 7) & 1) || o->ap_table_ro;          /* read-only */
    bool wxn = (rc->sctlr & SCTLR_WXN) != 0;
    Perms p;
    if (!rc->two_ranges) {                               /* EL2, EL3: AP[1] is RES1 */
        p.r = true;
        p.w = !ro;
        p.x = !(((d >> 54) & 1) || o->uxn_table) && !(wxn && p.w);
        return p;
    }
    if (rc->el0_view) {
        p.r = ap1;
        p.w = ap1 && !ro;
        p.x = !(((d >> 54) & 1) || o->uxn_table) && !(wxn && p.w);
    } else {
        p.r = true;
        p.w = !ro;
        /* memory writable at EL0 is never executable at EL1 */
        p.x = !(((d >> 53) & 1) || o->pxn_table) && !(ap1 && !ro) && !(wxn && p.w);
        if (rc->pan && ap1)                              /* PAN: no data access */
            p.r = p.w = false;
    }
    return p;
}

static bool need_perm(const Perms *p, unsigned flags, bool *write_denied)
{
    *write_denied = false;
    if (flags & MEM_FETCH)
        return p->x;
    bool need_r = !(flags & (MEM_WRITE | MEM_DCZVA)) || (flags & MEM_ATOMIC);
    bool need_w = (flags & (MEM_WRITE | MEM_DCZVA | MEM_ATOMIC)) != 0;
    if (need_r && !p->r)
        return false;
    if (need_w && !p->w) {
        *write_denied = true;
        return false;
    }
    return true;
}

/* Stage 1 (stage 1 enabled): on success *ipa, attributes, perms. */
static bool stage1(CpuState *cpu, const RegimeCtl *rc, uint64_t va, const WalkCfg *s2,
                   WalkOut *o, Perms *p, WalkFault *f)
{
    uint64_t tcr = rc->tcr;
    unsigned top = regime_tbi(rc, va) ? 55 : 63;
    bool hi = rc->two_ranges && ((va >> 55) & 1);
    unsigned tsz = (unsigned)bits64(tcr, hi ? 16 : 0, 6);
    tsz = tsz < 16 ? 16 : tsz > 39 ? 39 : tsz;
    unsigned inputsize = 64 - tsz;
    uint64_t upper = bits64(va, inputsize, top + 1 - inputsize);
    WalkCfg c = { 0 };
    f->stage2 = f->s1ptw = false;
    if (upper != (hi ? ones64(top + 1 - inputsize) : 0) ||
        (rc->two_ranges && bits64(tcr, hi ? 23 : 7, 1))) {  /* EPDn */
        f->fsc = FSC_TRANSLATION(0);
        return false;
    }
    c.gbits = walk_granule((unsigned)bits64(tcr, hi ? 30 : 14, 2), hi);
    c.inputsize = inputsize;
    unsigned stride = c.gbits - 3;
    c.start = 4 - (inputsize - c.gbits + stride - 1) / stride;
    c.oabits = walk_oabits((unsigned)bits64(tcr, rc->two_ranges ? 32 : 16, 3),
                           cpu->model->pa_bits);
    c.ttb = (hi ? rc->ttbr1 : rc->ttbr0) & UINT64_C(0x0000fffffffffffe);
    c.s2_tables = s2 != NULL;
    if (!walk_table(cpu, &c, s2, va & ones64(inputsize), o, f))
        return false;
    *p = s1_perms(rc, o);
    return true;
}

/* Memory type of stage-1 attributes: MAIR byte (0b0000xxxx = Device). */
static bool attr_is_device(uint8_t attr)
{
    return (attr & 0xf0) == 0;
}

/* Stage-2 MemAttr[3:0] (HCR_EL2.FWB not implemented) combined with the
 * stage-1 attributes in MAIR encoding (Arm ARM D8.5.x "Combining the
 * stage 1 and stage 2 attributes", J1 S2CombineS1MemAttrs):
 *   either Device: Device, the more restrictive of the types (nGnRnE <
 *     nGnRE < nGRE < GRE), a Normal stage counting as GRE;
 *   both Normal: per inner and outer cacheability, Non-cacheable if
 *     either is, else Write-Through if either is, else Write-Back; the
 *     allocation and transient hints stay stage 1's. */
static uint8_t s2_combine_attr(uint8_t s1, unsigned memattr)
{
    bool s1dev = attr_is_device(s1), s2dev = (memattr >> 2) == 0;
    if (s1dev || s2dev) {
        unsigned d1 = s1dev ? (s1 >> 2) & 3 : 3, d2 = s2dev ? memattr & 3 : 3;
        return (uint8_t)((d1 < d2 ? d1 : d2) << 2);
    }
    uint8_t r = 0;
    for (unsigned half = 0; half < 2; half++) {           /* 0: inner, 1: outer */
        unsigned n1 = (s1 >> (4 * half)) & 0xf;
        unsigned k2 = (memattr >> (2 * half)) & 3;         /* 01 NC, 10 WT, 11 WB */
        /* MAIR nibble: 0100 NC, 00RW WT and 01RW WB transient (RW != 00),
         * 10RW WT, 11RW WB; 0000 (UNPREDICTABLE for Normal) as NC */
        bool nc1 = (n1 & 0xb) == 0;
        unsigned n;
        if (nc1 || k2 <= 1)
            n = 4;
        else if (k2 == 2)
            n = n1 & ~4u;          /* WB -> WT, same transience and hints */
        else
            n = n1;
        r |= (uint8_t)(n << (4 * half));
    }
    return r;
}

/* Shareability of two stages (J1 S2CombineS1Shareability): Outer if
 * either is, else Inner if either is, else Non-shareable. */
static uint8_t s2_combine_sh(unsigned s1, unsigned s2)
{
    if (s1 == 2 || s2 == 2)
        return 2;
    return s1 == 3 || s2 == 3 ? 3 : 0;
}

/* An Alignment fault caused by the memory type at one stage
 * (AArch64.S1HasAlignmentFault/S2HasAlignmentFault): DC ZVA to Device, or
 * an unaligned data access to Device. Fetches, AT and cache maintenance
 * never take one. */
static bool type_align_fault(unsigned flags, bool device)
{
    return device && !(flags & (MEM_FETCH | MEM_AT | MEM_CMO)) &&
           (flags & (MEM_MISALIGNED | MEM_DCZVA));
}

bool mmu_translate(CpuState *cpu, uint64_t va, unsigned flags, unsigned regime, TransResult *out)
{
    RegimeCtl rc;
    regime_ctl(cpu, regime, &rc);
    /* Cache maintenance by VA (AArch64.S1CheckPermissions/S2CheckPermissions,
     * CreateAccDescDC/IC): PAN does not apply, invalidation (MEM_WRITE)
     * needs write permission, and cleaning or IC from EL1 and above needs
     * no permission at all */
    bool cmo_free = (flags & MEM_CMO) && !(flags & MEM_WRITE) && !rc.el0_view;
    if (flags & MEM_CMO)
        rc.pan = false;
    uint64_t hcr = cpu_hcr(cpu);
    bool el10 = is_el10(regime);
    bool s2on = stage2_active(cpu, regime) && !(flags & MEM_S1ONLY);
    WalkCfg s2c;
    WalkFault f = { 0 };
    /* an inconsistent VTCR_EL2 leaves a configuration whose walks all fault
     * at level 0 (walk.c) */
    if (stage2_active(cpu, regime))
        (void)walk_cfg_stage2(cpu, &s2c);
    bool s1on = (rc.sctlr & SCTLR_M) && !(el10 && (hcr & (HCR_TGE | HCR_DC)));
    /* Secure regimes: EL3, and EL1&0 with SCR_EL3.NS=0 (no Secure EL2).
     * Their output PA space is Secure unless the descriptor's NS bit or an
     * NSTable above it says Non-secure; Non-secure regimes output
     * Non-secure PAs (D8.x Security state of the output address; PAR_EL1.NS,
     * UNKNOWN for a Non-secure regime, reported as 1) */
    bool secure = cpu->model->has_el3 &&
                  (regime == REGIME_EL3 || (el10 && !(cpu->sr[SR_SCR_EL3] & SCR_NS)));
    out->ns = !secure;
    Perms p1 = { true, true, true };
    WalkOut o;
    uint64_t ipa;
    unsigned size_log2 = 12;

    if (s1on) {
        if (!stage1(cpu, &rc, va, stage2_active(cpu, regime) ? &s2c : NULL, &o, &p1, &f))
            return trans_fault(cpu, va, flags, &f);
        ipa = o.oa;
        size_log2 = o.size_log2;
        out->attr = (uint8_t)(rc.mair >> (8 * bits64(o.desc, 2, 3)));
        out->sh = (uint8_t)bits64(o.desc, 8, 2);
        if (secure)
            out->ns = o.ns_table || bits64(o.desc, 5, 1);
        /* an Alignment fault caused by the memory type outranks the
         * Permission fault (D8.15.5) */
        out->device = attr_is_device(out->attr);
        if (type_align_fault(flags, out->device)) {
            f = (WalkFault){ .fsc = FSC_ALIGNMENT };
            return trans_fault(cpu, va, flags, &f);
        }
        bool wdenied;
        if (!cmo_free && !need_perm(&p1, flags, &wdenied)) {
            f = (WalkFault){ .fsc = FSC_PERMISSION(o.level) };
            return trans_fault(cpu, va, wdenied ? flags | MEM_WRITE : flags & ~(unsigned)MEM_WRITE,
                               &f);
        }
    } else {
        /* stage 1 disabled: flat, Device-nGnRnE for data and Normal for
         * instructions, or Normal with HCR_EL2.DC; output-size check on the
         * address without its tag */
        unsigned top = regime_tbi(&rc, va) ? 55 : 63;
        unsigned pa_bits = cpu->model->pa_bits;
        if (bits64(va, pa_bits, top + 1 - pa_bits) != 0) {
            f.fsc = FSC_ADDR_SIZE(0);
            return trans_fault(cpu, va, flags, &f);
        }
        ipa = va & ones64(pa_bits);
        bool normal = (flags & MEM_FETCH) || (el10 && (hcr & HCR_DC));
        out->attr = normal ? 0xff : 0x00;
        out->sh = normal ? 0 : 2;
        size_log2 = 63;
        if (type_align_fault(flags, !normal)) {
            f.fsc = FSC_ALIGNMENT;
            return trans_fault(cpu, va, flags, &f);
        }
    }
    out->ipa = ipa;
    out->readable = p1.r;
    out->writable = p1.w;
    out->executable = p1.x;
    out->device = attr_is_device(out->attr);

    if (s2on) {
        WalkOut o2;
        if (!walk_table(cpu, &s2c, NULL, ipa, &o2, &f)) {
            f.stage2 = true;
            f.ipa = ipa;
            return trans_fault(cpu, va, flags, &f);
        }
        Perms p2 = { (o2.desc >> 6) & 1, (o2.desc >> 7) & 1, !((o2.desc >> 54) & 1) };
        /* stage 1 Normal made Device by stage 2: a stage-2 Alignment fault,
         * before the stage-2 permission check */
        if (type_align_fault(flags, bits64(o2.desc, 4, 2) == 0)) {
            f = (WalkFault){ .fsc = FSC_ALIGNMENT, .stage2 = true, .ipa = ipa };
            return trans_fault(cpu, va, flags, &f);
        }
        bool wdenied;
        if (!cmo_free && !need_perm(&p2, flags, &wdenied)) {
            f = (WalkFault){ .fsc = FSC_PERMISSION(o2.level), .stage2 = true, .ipa = ipa };
            return trans_fault(cpu, va, wdenied ? flags | MEM_WRITE : flags & ~(unsigned)MEM_WRITE,
                               &f);
        }
        out->readable &= p2.r;
        out->writable &= p2.w;
        out->executable &= p2.x;
        out->attr = s2_combine_attr(out->attr, (unsigned)bits64(o2.desc, 2, 4));
        out->sh = s2_combine_sh(out->sh, (unsigned)bits64(o2.desc, 8, 2));
        out->device = attr_is_device(out->attr);
        out->pa = o2.oa;
        if (o2.size_log2 < size_log2)
            size_log2 = o2.size_log2;
    } else {
        out->pa = ipa;
    }
    if (out->device || out->attr == 0x44)   /* Device and Normal Non-cacheable: OSH */
        out->sh = 2;
    out->size_log2 = (uint8_t)(size_log2 > 63 ? 63 : size_log2);
    return true;
}
