/*
 * debug_match.c — the guest's breakpoints and watchpoints: Arm ARM D2.8
 * "Breakpoint exceptions", D2.9 "Watchpoint exceptions", pseudocode
 * AArch64.BreakpointMatch, AArch64.BreakpointValueMatch,
 * AArch64.StateMatch, AArch64.WatchpointMatch, AArch64.WatchpointByteMatch;
 * syndromes per D17.2.37 (ESR_ELx, EC 0x30/0x31 and 0x34/0x35).
 *
 * CONSTRAINED UNPREDICTABLE choices:
 *  - a reserved or unsupported DBGBCR.BT (0b010x address mismatch, context
 *    types on a breakpoint that is not context-aware, VMID types without
 *    EL2, CONTEXTIDR_EL2 types without FEAT_VHE): the breakpoint is disabled;
 *  - a link (BT=0b0001, DBGWCR.WT=1) to a breakpoint that is not
 *    context-aware or not programmed for a linked context match: no match;
 *  - DBGBCR.BAS other than 0b0000/0b1111: BAS<0> decides (the byte at the
 *    instruction address, as the pseudocode reads it);
 *  - DBGWCR.MASK 0b00001/0b00010 (reserved): the watchpoint never matches;
 *    MASK with BAS not all ones: BAS is ignored (all bytes);
 *    DBGWVR bits below MASK not zero: they are ignored;
 *  - reserved SSC/HMC/PxC combinations: evaluated by the formula below;
 *  - cache maintenance (DC IVAC included) and AT never hit a watchpoint;
 *    atomic read-modify-writes hit a watchpoint programmed for loads or for
 *    stores, reported with WnR = 1 when it watches stores.
 * Addresses: DBGBVR/DBGWVR sign-extend from bit 48 (no FEAT_LVA); the
 * access address is compared after the top byte is dropped when TBI
 * applies to it (AddrTop); the PC never carries a tag.
 */
#include "xnuemu/cpu_model.h"
#include "xnuemu/dcache.h"
#include "xnuemu/features.h"
#include "xnuemu/gdbstub.h"
#include "xnuemu/hwdebug.h"
#include "xnuemu/mem.h"
#include "xnuemu/mmu.h"
#include "xnuemu/semihosting.h"
#include "xnuemu/sysreg.h"

#define SR_STRIDE (SR_DBGBVR1_EL1 - SR_DBGBVR0_EL1)

static uint64_t bvr(const CpuState *cpu, unsigned n)
{
    return cpu->sr[SR_DBGBVR0_EL1 + SR_STRIDE * n];
}
static uint64_t bcr(const CpuState *cpu, unsigned n)
{
    return cpu->sr[SR_DBGBCR0_EL1 + SR_STRIDE * n];
}
static uint64_t wvr(const CpuState *cpu, unsigned n)
{
    return cpu->sr[SR_DBGWVR0_EL1 + SR_STRIDE * n];
}
static uint64_t wcr(const CpuState *cpu, unsigned n)
{
    return cpu->sr[SR_DBGWCR0_EL1 + SR_STRIDE * n];
}

static uint64_t sext49(uint64_t v)
{
    return (uint64_t)((int64_t)(v << 15) >> 15);
}

/* DBGBCR.BT: what each type compares (BreakpointValueMatch). */
enum {
    BT_ADDR = 1u << 0,    /* instruction address, DBGBVR[48:2] */
    BT_CID = 1u << 1,     /* CONTEXTIDR_EL1 (CONTEXTIDR_EL2 in a VHE host) */
    BT_CID1 = 1u << 2,    /* CONTEXTIDR_EL1 at EL1/EL0 outside a VHE host */
    BT_CID2 = 1u << 3,    /* CONTEXTIDR_EL2 = DBGBVR[63:32] */
    BT_VMID = 1u << 4,    /* VTTBR_EL2.VMID = DBGBVR[47:32] */
    BT_LINKED = 1u << 5,
    BT_RSVD = 1u << 6,    /* reserved in AArch64 (address mismatch) */
    BT_VHE = 1u << 7,     /* needs FEAT_VHE */
    BT_EL2 = 1u << 8,     /* needs EL2 */
};
static const uint16_t bt_kind[16] = {
    [0x0] = BT_ADDR,                     [0x1] = BT_ADDR | BT_LINKED,
    [0x2] = BT_CID,                      [0x3] = BT_CID | BT_LINKED,
    [0x4] = BT_RSVD,                     [0x5] = BT_RSVD | BT_LINKED,
    [0x6] = BT_CID1 | BT_VHE,            [0x7] = BT_CID1 | BT_VHE | BT_LINKED,
    [0x8] = BT_VMID | BT_EL2,            [0x9] = BT_VMID | BT_EL2 | BT_LINKED,
    [0xa] = BT_VMID | BT_CID1 | BT_EL2,  [0xb] = BT_VMID | BT_CID1 | BT_EL2 | BT_LINKED,
    [0xc] = BT_CID2 | BT_VHE | BT_EL2,   [0xd] = BT_CID2 | BT_VHE | BT_EL2 | BT_LINKED,
    [0xe] = BT_CID1 | BT_CID2 | BT_VHE | BT_EL2,
    [0xf] = BT_CID1 | BT_CID2 | BT_VHE | BT_EL2 | BT_LINKED,
};

static bool ctx_aware(const CpuState *cpu, unsigned n)
{
    return n >= hwdbg_num_bps(cpu) - hwdbg_num_ctx_bps(cpu) && n < hwdbg_num_bps(cpu);
}

/* ELIsInHost(PSTATE.EL) */
static bool in_host(const CpuState *cpu)
{
    uint64_t hcr = cpu_hcr(cpu);
    if (!(hcr & HCR_E2H))
        return false;
    return cpu->ps.el == 2 || (cpu->ps.el == 0 && (hcr & HCR_TGE));
}

static bool is_secure(const CpuState *cpu)
{
    return cpu->model->has_el3 && (cpu->ps.el == 3 || !(cpu->sr[SR_SCR_EL3] & SCR_NS));
}

/* AArch64.BreakpointValueMatch(n, pc, linked_to). */
static bool bp_value_match(const CpuState *cpu, unsigned n, uint64_t pc, bool linked_to)
{
    uint64_t c = bcr(cpu, n), v = bvr(cpu, n);
    if (!(c & 1))
        return false;
    unsigned k = bt_kind[bits64(c, 20, 4)];
    bool vhe = (cpu->model->features & FEAT_VHE) != 0;
    if ((k & BT_RSVD) || ((k & BT_VHE) && !vhe) || ((k & BT_EL2) && !cpu->model->has_el2) ||
        (!(k & BT_ADDR) && !ctx_aware(cpu, n)))
        return false;                      /* reserved type: disabled */
    if (linked_to && (!(k & BT_LINKED) || (k & BT_ADDR)))
        return false;
    if (!linked_to && (k & BT_LINKED) && !(k & BT_ADDR))
        return false;
    unsigned el = cpu->ps.el;
    bool m = true;
    if (k & BT_ADDR) {
        unsigned bas = (unsigned)bits64(c, 5, 4);
        m = ((pc ^ sext49(v)) & ~UINT64_C(3)) == 0 && (bas & 1);
    } else if (k & BT_CID) {
        m = in_host(cpu) ? cpu->sr[SR_CONTEXTIDR_EL2] == (uint32_t)v
                         : el <= 1 && cpu->sr[SR_CONTEXTIDR_EL1] == (uint32_t)v;
    } else if (k & BT_CID1) {
        m = el <= 1 && !in_host(cpu) && cpu->sr[SR_CONTEXTIDR_EL1] == (uint32_t)v;
    }
    if (k & BT_VMID) {
        bool vmid16 = (cpu->sr[SR_VTCR_EL2] >> 19) & 1;
        uint64_t vmid = bits64(cpu->sr[SR_VTTBR_EL2], 48, vmid16 ? 16 : 8);
        uint64_t want = bits64(v, 32, vmid16 ? 16 : 8);
        m = m && el <= 1 && cpu_el2_enabled(cpu) && !in_host(cpu) && vmid == want;
    } else if (k & BT_CID2) {
        m = m && !is_secure(cpu) && cpu->sr[SR_CONTEXTIDR_EL2] == (v >> 32);
    }
    return m;
}

/* AArch64.StateMatch: privilege, security state and an optional link. */
static bool state_match(const CpuState *cpu, uint64_t ctl, bool linked, bool is_bp, bool priv)
{
    unsigned ssc = (unsigned)bits64(ctl, 14, 2), hmc = (unsigned)bits64(ctl, 13, 1);
    unsigned pxc = (unsigned)bits64(ctl, 1, 2);
    bool m;
    if (!priv && !is_bp) {
        m = pxc & 2;
    } else {
        switch (cpu->ps.el) {
        case 3: m = cpu->model->has_el3 && hmc && !(ssc & 1); break;
        case 2: m = cpu->model->has_el2 && ((hmc && (ssc << 2 | pxc) != 8) || ssc == 3); break;
        case 1: m = pxc & 1; break;
        default: m = pxc & 2; break;
        }
    }
    bool sec = is_secure(cpu);
    if (!m || (ssc == 1 && sec) || (ssc == 2 && !sec) || (ssc == 3 && sec))
        return false;
    if (!linked)
        return true;
    unsigned lbn = (unsigned)bits64(ctl, 16, 4);
    return ctx_aware(cpu, lbn) && bp_value_match(cpu, lbn, 0, true);
}

/* --- breakpoints --- */

bool hwdbg_breakpoint(CpuState *cpu)
{
    if (!hwdbg_enabled(cpu))
        return false;
    uint64_t pc = cpu->pc;
    bool hit = false;
    for (unsigned n = 0, mask = cpu->hwdbg.bp_mask; mask && !hit; n++, mask >>= 1) {
        if (!(mask & 1))
            continue;
        uint64_t c = bcr(cpu, n);
        bool linked = bits64(c, 20, 4) == 1;
        hit = bp_value_match(cpu, n, pc, false) && state_match(cpu, c, linked, true, true);
    }
    if (!hit)
        return false;
    if (unlikely(cpu->dbg != NULL) && dbg_break_here(cpu))
        return false;       /* the debugger's breakpoint at this instruction stops first */
    /* FAR is UNKNOWN for a breakpoint (AArch64.BreakpointException): left alone */
    ExcInfo e = { .ec = EC_BKPT_SAME, .iss = DBG_FSC, .il = true,
                  .target_el = (uint8_t)hwdbg_target_el(cpu) };
    exc_take_sync(cpu, &e, pc);
    return true;
}

/* --- watchpoints --- */

/* Whether any armed watchpoint's region (2^MASK bytes, or the 8-byte block
 * BAS selects from) overlaps the page: coarse, matching is exact later. */
bool hwdbg_watch_page(const CpuState *cpu, uint64_t vpage)
{
    uint64_t p = cpu_branch_addr(cpu, vpage) & ~TLB_PAGE_MASK;
    for (unsigned n = 0, mask = cpu->hwdbg.wp_mask; mask; n++, mask >>= 1) {
        if (!(mask & 1))
            continue;
        unsigned m = (unsigned)bits64(wcr(cpu, n), 24, 5);
        unsigned lg = m > 3 ? m : 3;
        uint64_t base = sext49(wvr(cpu, n)) & ~((UINT64_C(1) << lg) - 1);
        uint64_t last = base + ((UINT64_C(1) << lg) - 1);
        if (base <= p + TLB_PAGE_MASK && last >= p)
            return true;
    }
    return false;
}

/* AArch64.WatchpointByteMatch(n, a) for a VA with any tag removed. */
static bool wp_byte_match(uint64_t ctl, uint64_t val, uint64_t a)
{
    unsigned bottom = (val & 4) ? 2 : 3;
    unsigned bas = (unsigned)bits64(ctl, 5, 8);
    unsigned mask = (unsigned)bits64(ctl, 24, 5);
    if (mask == 1 || mask == 2)
        return false;                      /* reserved MASK: never matches */
    uint64_t w = sext49(val);
    if (mask > bottom)                     /* a 2^MASK-byte region; BAS ignored */
        return ((a ^ w) >> mask) == 0;
    return ((a ^ w) >> bottom) == 0 && ((bas >> (a & ((1u << bottom) - 1))) & 1);
}

/* A semihosting call (HLT #0xF000, a Debug-state operation on hardware)
 * reads and writes guest memory on the guest's behalf: not watched. */
static bool in_semihosting(const CpuState *cpu)
{
    const DecodedPage *dp = cpu->cur_dp;
    return cpu->semihosting && dp &&
           dp->slot[(cpu->pc >> 2) & (DC_SLOTS - 1)].raw == (0xd4400000u | SEMIHOST_HLT_IMM << 5);
}

bool hwdbg_watch_access(CpuState *cpu, uint64_t va, unsigned size, unsigned flags)
{
    if ((flags & (MEM_NOFAULT | MEM_CMO | MEM_AT | MEM_FETCH)) || in_semihosting(cpu))
        return true;
    if (!hwdbg_enabled(cpu))
        return true;
    bool atomic = (flags & MEM_ATOMIC) != 0;
    bool write = (flags & (MEM_WRITE | MEM_DCZVA)) != 0;
    unsigned uregime = (flags & MEM_UNPRIV) ? mmu_unpriv_regime(cpu) : cpu->regime;
    bool priv = cpu->ps.el != 0 && uregime != REGIME_EL10_0 && uregime != REGIME_EL20_0;
    uint64_t a0 = cpu_branch_addr(cpu, va);   /* AddrTop: the tag is not compared */
    for (unsigned n = 0, mask = cpu->hwdbg.wp_mask; mask; n++, mask >>= 1) {
        if (!(mask & 1))
            continue;
        uint64_t c = wcr(cpu, n);
        unsigned lsc = (unsigned)bits64(c, 3, 2);   /* bit 0 loads, bit 1 stores */
        if (atomic ? lsc == 0 : !(lsc & (write ? 2u : 1u)))
            continue;
        bool hit = false;
        for (unsigned b = 0; b < size && !hit; b++)
            hit = wp_byte_match(c, wvr(cpu, n), a0 + b);
        if (!hit || !state_match(cpu, c, bits64(c, 20, 1), false, priv))
            continue;
        bool wnr = atomic ? (lsc & 2) != 0 : write;
        cpu->pending = (ExcInfo){ .ec = EC_WATCH_SAME, .il = true,
                                  .iss = (uint32_t)wnr << 6 | DBG_FSC,
                                  .far_valid = true, .far = va,
                                  .target_el = (uint8_t)hwdbg_target_el(cpu) };
        return false;
    }
    return true;
}
