/*
 * exec_dp_imm.c — Data processing (immediate): PC-relative addressing,
 * add/subtract, logical, move wide, bitfield and extract (Arm ARM C4.1.86;
 * instruction pages C6.2 ADR, ADRP, ADD/ADDS/SUB/SUBS (immediate),
 * AND/ORR/EOR/ANDS (immediate), MOVN/MOVZ/MOVK, SBFM/BFM/UBFM, EXTR).
 * Each row's 64-bit form is exec_<row>; prep picks a _w variant for sf=0.
 */
#include "exec.h"

/* --- PC-relative --- */

PREP(prep_adr)
{
    (void)cpu;
    uint64_t imm = (uint64_t)sext64((FLD(f, 'j') << 2) | FLD(f, 'i'), 21);
    di->imm = di->id == A64_ADRP ? imm << 12 : imm;
    di->rd = reg_w_zr(FLD(f, 'd'));
    return true;
}

EXEC(ADR)
{
    cpu->r[di->rd] = cpu->pc + di->imm;
    return exec_next(cpu, di);
}

EXEC(ADRP)
{
    cpu->r[di->rd] = (cpu->pc & ~UINT64_C(0xfff)) + di->imm;
    return exec_next(cpu, di);
}

/* --- add/subtract (immediate) --- */

EXEC_VARIANT(exec_ADD_imm_w);
EXEC_VARIANT(exec_ADDS_imm_w);
EXEC_VARIANT(exec_SUB_imm_w);
EXEC_VARIANT(exec_SUBS_imm_w);

PREP(prep_addsub_imm)
{
    (void)cpu;
    bool setflags = di->id == A64_ADDS_imm || di->id == A64_SUBS_imm;
    di->imm = (uint64_t)FLD(f, 'i') << (FLD(f, 'h') ? 12 : 0);
    di->rn = reg_r_sp(FLD(f, 'n'));
    di->rd = setflags ? reg_w_zr(FLD(f, 'd')) : reg_w_sp(FLD(f, 'd'));
    di->sf = (uint8_t)FLD(f, 'z');
    if (!di->sf) {
        switch (di->id) {
        case A64_ADD_imm: di->exec = exec_ADD_imm_w; break;
        case A64_ADDS_imm: di->exec = exec_ADDS_imm_w; break;
        case A64_SUB_imm: di->exec = exec_SUB_imm_w; break;
        default: di->exec = exec_SUBS_imm_w; break;
        }
    }
    return true;
}

EXEC(ADD_imm)
{
    cpu->r[di->rd] = cpu->r[di->rn] + di->imm;
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_ADD_imm_w)
{
    cpu->r[di->rd] = (uint32_t)(cpu->r[di->rn] + di->imm);
    return exec_next(cpu, di);
}

EXEC(ADDS_imm)
{
    cpu->r[di->rd] = add_with_carry64(cpu->r[di->rn], di->imm, 0, &cpu->nzcv);
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_ADDS_imm_w)
{
    cpu->r[di->rd] = add_with_carry32((uint32_t)cpu->r[di->rn], (uint32_t)di->imm, 0, &cpu->nzcv);
    return exec_next(cpu, di);
}

EXEC(SUB_imm)
{
    cpu->r[di->rd] = cpu->r[di->rn] - di->imm;
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_SUB_imm_w)
{
    cpu->r[di->rd] = (uint32_t)(cpu->r[di->rn] - di->imm);
    return exec_next(cpu, di);
}

EXEC(SUBS_imm)
{
    cpu->r[di->rd] = add_with_carry64(cpu->r[di->rn], ~di->imm, 1, &cpu->nzcv);
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_SUBS_imm_w)
{
    cpu->r[di->rd] = add_with_carry32((uint32_t)cpu->r[di->rn], ~(uint32_t)di->imm, 1, &cpu->nzcv);
    return exec_next(cpu, di);
}

/* --- logical (immediate): the result of the 32-bit forms is already
 * 32 bits wide because the mask is --- */

PREP(prep_logic_imm)
{
    (void)cpu;
    unsigned sf = FLD(f, 'z');
    uint64_t wmask, tmask;
    if (!sf && FLD(f, 'N'))
        return false;
    if (!decode_bit_masks(FLD(f, 'N'), FLD(f, 'k'), FLD(f, 'j'), true, sf ? 64 : 32, &wmask,
                          &tmask))
        return false;
    di->imm = wmask;
    di->sf = (uint8_t)sf;
    di->rn = reg_r_zr(FLD(f, 'n'));
    di->rd = di->id == A64_ANDS_imm ? reg_w_zr(FLD(f, 'd')) : reg_w_sp(FLD(f, 'd'));
    return true;
}

EXEC(AND_imm)
{
    cpu->r[di->rd] = cpu->r[di->rn] & di->imm;
    return exec_next(cpu, di);
}

EXEC(ORR_imm)
{
    uint64_t r = cpu->r[di->rn] | di->imm;
    cpu->r[di->rd] = di->sf ? r : (uint32_t)r;
    return exec_next(cpu, di);
}

EXEC(EOR_imm)
{
    uint64_t r = cpu->r[di->rn] ^ di->imm;
    cpu->r[di->rd] = di->sf ? r : (uint32_t)r;
    return exec_next(cpu, di);
}

EXEC(ANDS_imm)
{
    uint64_t r = cpu->r[di->rn] & di->imm;
    if (di->sf) {
        cpu->nzcv = nzcv_logic64(r);
    } else {
        r = (uint32_t)r;
        cpu->nzcv = nzcv_logic32((uint32_t)r);
    }
    cpu->r[di->rd] = r;
    return exec_next(cpu, di);
}

/* --- move wide --- */

PREP(prep_movw)
{
    (void)cpu;
    unsigned sf = FLD(f, 'z'), hw = FLD(f, 'h');
    if (!sf && hw >= 2)
        return false;
    di->sf = (uint8_t)sf;
    di->aux = (uint8_t)(hw * 16);
    di->imm = (uint64_t)FLD(f, 'i') << di->aux;
    di->rd = reg_w_zr(FLD(f, 'd'));
    return true;
}

EXEC(MOVN)
{
    uint64_t r = ~di->imm;
    cpu->r[di->rd] = di->sf ? r : (uint32_t)r;
    return exec_next(cpu, di);
}

EXEC(MOVZ)
{
    cpu->r[di->rd] = di->imm;
    return exec_next(cpu, di);
}

EXEC(MOVK)
{
    uint64_t r = (cpu->r[di->rd] & ~(UINT64_C(0xffff) << di->aux)) | di->imm;
    cpu->r[di->rd] = di->sf ? r : (uint32_t)r;
    return exec_next(cpu, di);
}

/* --- bitfield: imm = wmask, cond = R, sz = S, aux = d (tmask = Ones(d+1)) --- */

PREP(prep_bitfield)
{
    (void)cpu;
    unsigned sf = FLD(f, 'z'), n = FLD(f, 'N'), immr = FLD(f, 'j'), imms = FLD(f, 'k');
    uint64_t wmask, tmask;
    if (n != sf || (!sf && (immr >= 32 || imms >= 32)))
        return false;
    if (!decode_bit_masks(n, imms, immr, false, sf ? 64 : 32, &wmask, &tmask))
        return false;
    di->imm = wmask;
    di->sf = (uint8_t)sf;
    di->cond = (uint8_t)immr;
    di->sz = (uint8_t)imms;
    di->aux = (uint8_t)((imms - immr) & (sf ? 63 : 31));
    di->rn = reg_r_zr(FLD(f, 'n'));
    di->rd = reg_w_zr(FLD(f, 'd'));
    return true;
}

static inline uint64_t bf_rotated(const DecodedInsn *di, uint64_t src)
{
    return di->sf ? ror64(src, di->cond, 64) : ror64(src & 0xffffffffu, di->cond, 32);
}

EXEC(SBFM)
{
    uint64_t src = cpu->r[di->rn];
    uint64_t tmask = ones64(di->aux + 1u);
    uint64_t bot = bf_rotated(di, src) & di->imm;
    uint64_t top = (src >> di->sz) & 1 ? ~UINT64_C(0) : 0;
    uint64_t r = (top & ~tmask) | (bot & tmask);
    cpu->r[di->rd] = di->sf ? r : (uint32_t)r;
    return exec_next(cpu, di);
}

EXEC(BFM)
{
    uint64_t dst = cpu->r[di->rd];
    uint64_t tmask = ones64(di->aux + 1u);
    uint64_t bot = (dst & ~di->imm) | (bf_rotated(di, cpu->r[di->rn]) & di->imm);
    uint64_t r = (dst & ~tmask) | (bot & tmask);
    cpu->r[di->rd] = di->sf ? r : (uint32_t)r;
    return exec_next(cpu, di);
}

EXEC(UBFM)
{
    uint64_t r = bf_rotated(di, cpu->r[di->rn]) & di->imm & ones64(di->aux + 1u);
    cpu->r[di->rd] = r;
    return exec_next(cpu, di);
}

/* --- extract --- */

PREP(prep_extr)
{
    (void)cpu;
    unsigned sf = FLD(f, 'z'), lsb = FLD(f, 'k');
    if (FLD(f, 'N') != sf || (!sf && lsb >= 32))
        return false;
    di->sf = (uint8_t)sf;
    di->aux = (uint8_t)lsb;
    di->rn = reg_r_zr(FLD(f, 'n'));
    di->rm = reg_r_zr(FLD(f, 'm'));
    di->rd = reg_w_zr(FLD(f, 'd'));
    return true;
}

EXEC(EXTR)
{
    uint64_t n = cpu->r[di->rn], m = cpu->r[di->rm];
    unsigned lsb = di->aux;
    uint64_t r;
    if (di->sf)
        r = lsb ? (m >> lsb) | (n << (64 - lsb)) : m;
    else
        r = lsb ? (((uint32_t)m >> lsb) | ((uint32_t)n << (32 - lsb))) & 0xffffffffu
                : (uint32_t)m;
    cpu->r[di->rd] = r;
    return exec_next(cpu, di);
}
