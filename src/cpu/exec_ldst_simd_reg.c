/*
 * exec_ldst_simd_reg.c — SIMD&FP load/store of one register (Arm ARM
 * C4.1.88 with V=1; C7.2 pages LDR/STR (immediate, SIMD&FP), LDUR/STUR
 * (SIMD&FP), LDR/STR (register, SIMD&FP), LDR (literal, SIMD&FP)): B, H,
 * S, D or Q (scale = opc<1>:size, 0..4), unscaled, post-index, pre-index,
 * unsigned offset (imm12 << scale), register offset (ExtendReg(Rm, option,
 * S ? scale : 0); option<1> = 0 is reserved) and PC-relative literal
 * (S, D, Q). A load writes the whole of Vt: the bits above the access are
 * zeroed (V[t] = data). prep picks a handler specialised per size,
 * direction and addressing mode.
 *
 * Every handler's hit path is: FP/SIMD enabled (the cached cpu->fp_ok),
 * base usable without an SP alignment check, TLB fast-path hit; then the
 * host copy and the writeback. Anything else tail-calls ldst_simd_slow,
 * which starts with FP_CHECK (so the FP trap still comes first), then
 * CheckSPAlignment, then the access through mem.h. A fault changes no
 * register. There is no Rn == Rt aliasing: Rt is a V register. Alignment:
 * the access is one Mem[address, size, AccType_VEC], so Device memory (or
 * SCTLR_ELx.A) needs alignment to the access size, 16 for Q.
 */
#include "fpsimd.h"
#include "ldst.h"

/* di: rd = Vt, rn = base (REG_ZR for literal), rm = Rm (register offset),
 * imm = offset, sz = log2 of the access size, cond = 1 for a load, aux =
 * the register-offset shift. */

int ldst_simd_slow(CpuState *cpu, const DecodedInsn *di, uint64_t va, uint64_t wb,
                   unsigned wbreg);
int ldst_simd_slow(CpuState *cpu, const DecodedInsn *di, uint64_t va, uint64_t wb,
                   unsigned wbreg)
{
    unsigned t = di->rd, bytes = 1u << di->sz;
    FP_CHECK(cpu);
    if (!sp_check(cpu, di->rn))
        return EXEC_FAULT;
    if (di->cond) {
        VReg v = { .d = { 0, 0 } };
        if (bytes == 16) {
            if (!mem_ld16(cpu, va, &v))
                return EXEC_FAULT;
        } else if (!mem_ld(cpu, va, bytes, &v.d[0])) {
            return EXEC_FAULT;
        }
        cpu->v[t] = v;
    } else {
        VReg v = cpu->v[t];
        if (bytes == 16) {
            if (!mem_st16(cpu, va, &v))
                return EXEC_FAULT;
        } else if (!mem_st(cpu, va, bytes, v.d[0])) {
            return EXEC_FAULT;
        }
    }
    cpu->r[wbreg] = wb;
    return exec_next(cpu, di);
}

/* Hit-path copies of a compile-time size. */
FORCE_INLINE void simd_put(CpuState *cpu, unsigned t, const void *h, unsigned bytes)
{
    if (bytes == 16) {
        memcpy(&cpu->v[t], h, 16);
    } else {
        cpu->v[t].d[0] = ldst_get(h, bytes);
        cpu->v[t].d[1] = 0;
    }
}

FORCE_INLINE void simd_get(const CpuState *cpu, unsigned t, void *h, unsigned bytes)
{
    memcpy(h, &cpu->v[t], bytes);
}

#define SIMD_SIZES(X) X(b, 1) X(h, 2) X(s, 4) X(d, 8) X(q, 16)

/* One handler: BASE reads the base register into b (and the offset register
 * into m), ADDR is the access address, WB the writeback after the access
 * (to WBREG, REG_DISCARD when none) with value WBV. */
#define SIMD_FN(fn, bytes, write, ACCESS, ADDR, WBV, WBREG)                  \
    EXEC_VARIANT(fn)                                                         \
    {                                                                        \
        unsigned n = di->rn;                                                 \
        uint64_t b = cpu->r[n], m = cpu->r[di->rm], imm = di->imm;           \
        uint64_t va = ADDR;                                                  \
        void *h;                                                             \
        (void)m;                                                             \
        (void)imm;                                                           \
        if (likely(cpu->fp_ok) && likely(ldst_host(cpu, va, bytes, write, &h)) && \
            likely(LDST_FAST_BASE(n, b))) {                                  \
            ACCESS;                                                          \
            cpu->r[WBREG] = WBV;                                             \
            return exec_next(cpu, di);                                       \
        }                                                                    \
        return ldst_simd_slow(cpu, di, va, WBV, WBREG);                      \
    }

#define LD(bytes) simd_put(cpu, di->rd, h, bytes)
#define ST(bytes) simd_get(cpu, di->rd, h, bytes)

/* off: unscaled and unsigned offset; reg offset with 64-bit Rm (LSL, UXTX,
 * SXTX), UXTW or SXTW; lit: rn is REG_ZR, the base is the PC */
#define DEF_SIZE(name, bytes)                                                            \
    SIMD_FN(ld_off_##name, bytes, false, LD(bytes), b + imm, 0, REG_DISCARD)             \
    SIMD_FN(ld_pre_##name, bytes, false, LD(bytes), b + imm, va, n)                      \
    SIMD_FN(ld_post_##name, bytes, false, LD(bytes), b, b + imm, n)                      \
    SIMD_FN(ld_x_##name, bytes, false, LD(bytes), b + (m << di->aux), 0, REG_DISCARD)    \
    SIMD_FN(ld_uw_##name, bytes, false, LD(bytes), b + ((uint64_t)(uint32_t)m << di->aux), \
            0, REG_DISCARD)                                                              \
    SIMD_FN(ld_sw_##name, bytes, false, LD(bytes), b + (LDST_SX32(m) << di->aux), 0,     \
            REG_DISCARD)                                                                 \
    SIMD_FN(st_off_##name, bytes, true, ST(bytes), b + imm, 0, REG_DISCARD)              \
    SIMD_FN(st_pre_##name, bytes, true, ST(bytes), b + imm, va, n)                       \
    SIMD_FN(st_post_##name, bytes, true, ST(bytes), b, b + imm, n)                       \
    SIMD_FN(st_x_##name, bytes, true, ST(bytes), b + (m << di->aux), 0, REG_DISCARD)     \
    SIMD_FN(st_uw_##name, bytes, true, ST(bytes), b + ((uint64_t)(uint32_t)m << di->aux), \
            0, REG_DISCARD)                                                              \
    SIMD_FN(st_sw_##name, bytes, true, ST(bytes), b + (LDST_SX32(m) << di->aux), 0,      \
            REG_DISCARD)                                                                 \
    SIMD_FN(ld_lit_##name, bytes, false, LD(bytes), cpu->pc + imm, 0, REG_DISCARD)

SIMD_SIZES(DEF_SIZE)

/* Handlers by direction (0 store, 1 load), mode and log2 size. */
enum { M_OFF, M_PRE, M_POST, M_X, M_UW, M_SW, M_LIT, M_COUNT };

#define TAB_ST(name, bytes) { st_off_##name, st_pre_##name, st_post_##name, st_x_##name,  \
                              st_uw_##name, st_sw_##name, NULL },
#define TAB_LD(name, bytes) { ld_off_##name, ld_pre_##name, ld_post_##name, ld_x_##name,  \
                              ld_uw_##name, ld_sw_##name, ld_lit_##name },
static ExecFn *const simd_fns[2][5][M_COUNT] = {
    { SIMD_SIZES(TAB_ST) },
    { SIMD_SIZES(TAB_LD) },
};

/* The mode of a prepared instruction, from the encoding: bits 29:27 011
 * literal; bit 24 unsigned offset; bit 21 register offset (option in bits
 * 15:13: x11 64-bit Rm, 010 UXTW, 110 SXTW); else bits 11:10 (00 unscaled,
 * 01 post-index, 11 pre-index). */
static unsigned simd_mode(uint32_t raw)
{
    if (((raw >> 27) & 7) == 3)
        return M_LIT;
    if (raw & (1u << 24))
        return M_OFF;
    if (raw & (1u << 21)) {
        unsigned option = (raw >> 13) & 7;
        return (option & 1) ? M_X : (option & 4) ? M_SW : M_UW;
    }
    switch ((raw >> 10) & 3) {
    case 1: return M_POST;
    case 3: return M_PRE;
    default: return M_OFF;
    }
}

static ExecFn *simd_variant(const DecodedInsn *di)
{
    return simd_fns[di->cond][di->sz][simd_mode(di->raw)];
}

/* scale = opc<1>:size (the rows only admit 0..4); load = opc<0> */
static void simd_prep_common(DecodedInsn *di, const Fields *f)
{
    unsigned scale = ((di->raw >> 21) & 4) | (di->raw >> 30);
    di->rd = (uint8_t)FLD(f, 't');
    di->rn = reg_r_sp(FLD(f, 'n'));
    di->rm = REG_ZR;
    di->sz = (uint8_t)scale;
    di->cond = (di->raw >> 22) & 1;
}

PREP(prep_ldst_simd_imm)
{
    (void)cpu;
    simd_prep_common(di, f);
    if (di->raw & (1u << 24))
        di->imm = (uint64_t)FLD(f, 'i') << di->sz;        /* LSL(ZeroExtend(imm12), scale) */
    else
        di->imm = (uint64_t)sext64(FLD(f, 'i'), 9);       /* SignExtend(imm9) */
    di->exec = simd_variant(di);
    return true;
}

PREP(prep_ldst_simd_reg)
{
    (void)cpu;
    if (!(FLD(f, 'o') & 2))
        return false;                     /* option<1> == '0': sub-word index */
    simd_prep_common(di, f);
    di->rm = reg_r_zr(FLD(f, 'm'));
    di->aux = (uint8_t)(FLD(f, 'S') ? di->sz : 0);
    di->exec = simd_variant(di);
    return true;
}

/* opc (bits 31:30): 00 S, 01 D, 10 Q (11 is a carved-out unallocated row) */
PREP(prep_ldst_simd_lit)
{
    (void)cpu;
    di->rd = (uint8_t)FLD(f, 't');
    di->rn = REG_ZR;                      /* no base register: no SP check */
    di->rm = REG_ZR;
    di->sz = (uint8_t)(2 + FLD(f, 'e'));
    di->cond = 1;
    di->imm = (uint64_t)sext64((uint64_t)FLD(f, 'i') << 2, 21);
    di->exec = simd_variant(di);
    return true;
}

/* The rows' own handlers (prep installs the variant directly). */
#define ROW(id) EXEC(id) { return simd_variant(di)(cpu, di); }

ROW(STUR_simd) ROW(STUR_simd_q) ROW(LDUR_simd) ROW(LDUR_simd_q)
ROW(STR_simd_post) ROW(STR_simd_post_q) ROW(LDR_simd_post) ROW(LDR_simd_post_q)
ROW(STR_simd_pre) ROW(STR_simd_pre_q) ROW(LDR_simd_pre) ROW(LDR_simd_pre_q)
ROW(STR_simd_uoff) ROW(STR_simd_uoff_q) ROW(LDR_simd_uoff) ROW(LDR_simd_uoff_q)
ROW(STR_simd_reg) ROW(STR_simd_reg_q) ROW(LDR_simd_reg) ROW(LDR_simd_reg_q)
ROW(LDR_simd_lit)
