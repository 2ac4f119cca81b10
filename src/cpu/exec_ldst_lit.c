/*
 * exec_ldst_lit.c — Load register (literal) (Arm ARM C4.1.88; C6.2 pages
 * LDR (literal), LDRSW (literal), PRFM (literal)): a load from
 * PC + SignExtend(imm19:'00'). The 32-bit LDR zero-extends into Xt, LDRSW
 * sign-extends; PRFM is a hint that never accesses memory or faults.
 * prep picks the variant per size; misses go to ldst_single_slow (ldst.h).
 */
#include "ldst.h"

/* di->rn = XZR: no base register, so no SP alignment check on the slow path */
#define LIT_LOAD(fn, bytes, conv)                                            \
    EXEC_VARIANT(fn)                                                         \
    {                                                                        \
        uint64_t va = cpu->pc + di->imm;                                     \
        void *h;                                                             \
        if (likely(ldst_host(cpu, va, bytes, false, &h))) {                  \
            uint64_t v = ldst_get(h, bytes);                                 \
            cpu->r[di->rd] = conv;                                           \
            return exec_next(cpu, di);                                       \
        }                                                                    \
        return ldst_single_slow(cpu, di, va, 0, REG_DISCARD);                \
    }

LIT_LOAD(lit_ldx, 8, v)
LIT_LOAD(lit_ldw, 4, v)
LIT_LOAD(lit_ldswx, 4, LDST_SX32(v))

/* opc (bits 31:30): 00 LDR Wt, 01 LDR Xt, 10 LDRSW, 11 PRFM (prep_prfm) */
PREP(prep_ldr_lit)
{
    (void)cpu;
    unsigned opc = di->raw >> 30;
    unsigned kind = opc == 0 ? LK_ldw : opc == 1 ? LK_ldx : LK_ldswx;
    ldst_prep_regs(di, kind, FLD(f, 't'), 31);
    di->rn = REG_ZR;
    di->imm = (uint64_t)sext64((uint64_t)FLD(f, 'i') << 2, 21);
    di->exec = opc == 0 ? lit_ldw : opc == 1 ? lit_ldx : lit_ldswx;
    return true;
}

EXEC(LDR_lit)
{
    return di->cond == LK_ldw ? lit_ldw(cpu, di) : lit_ldx(cpu, di);
}

EXEC(LDRSW_lit)
{
    return lit_ldswx(cpu, di);
}

EXEC(PRFM_lit)
{
    return exec_next(cpu, di);
}
