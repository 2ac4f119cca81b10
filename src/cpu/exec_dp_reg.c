/*
 * exec_dp_reg.c — Data processing (register): logical and add/subtract
 * (shifted register), add/subtract (extended register), add/subtract with
 * carry (Arm ARM C4.1.89; C6.2 AND..BICS, ADD/ADDS/SUB/SUBS (shifted and
 * extended register), ADC/ADCS/SBC/SBCS). Prep picks handlers specialised by
 * width, shift type and amount: no run-time switch on encoding fields.
 */
#include "exec.h"

#define FORCE_INLINE static inline __attribute__((always_inline))

/* Shift kinds of operand 2 (ShiftReg with a constant type): K_NONE when
 * imm6 = 0 (every type is then the identity), otherwise type + 1. The
 * amount (1..datasize-1) is in di->aux. */
enum { K_NONE, K_LSL, K_LSR, K_ASR, K_ROR, K__COUNT };

FORCE_INLINE uint64_t sh_op64(uint64_t m, unsigned a, int k)
{
    switch (k) {
    case K_NONE: return m;
    case K_LSL: return m << a;
    case K_LSR: return m >> a;
    case K_ASR: return (uint64_t)((int64_t)m >> a);
    default: return (m >> a) | (m << (64 - a));
    }
}

FORCE_INLINE uint32_t sh_op32(uint32_t m, unsigned a, int k)
{
    switch (k) {
    case K_NONE: return m;
    case K_LSL: return m << a;
    case K_LSR: return m >> a;
    case K_ASR: return (uint32_t)((int32_t)m >> a);
    default: return (m >> a) | (m << (32 - a));
    }
}

static unsigned shift_kind(unsigned type, unsigned amount)
{
    return amount ? K_LSL + type : K_NONE;
}

/* ------------------------------------------------------------------ */
/* Logical (shifted register): opc:N in row order, bit 0 = invert Rm */

enum { L_AND, L_BIC, L_ORR, L_ORN, L_EOR, L_EON, L_ANDS, L_BICS };
_Static_assert(A64_BIC_shift == A64_AND_shift + L_BIC && A64_ORR_shift == A64_AND_shift + L_ORR &&
               A64_ORN_shift == A64_AND_shift + L_ORN && A64_EOR_shift == A64_AND_shift + L_EOR &&
               A64_EON_shift == A64_AND_shift + L_EON && A64_ANDS_shift == A64_AND_shift + L_ANDS &&
               A64_BICS_shift == A64_AND_shift + L_BICS, "logical rows out of order");

FORCE_INLINE int logic_sh(CpuState *cpu, const DecodedInsn *di, int op, int k, bool w)
{
    uint64_t n = cpu->r[di->rn], r;
    uint64_t m = w ? sh_op32((uint32_t)cpu->r[di->rm], di->aux, k)
                   : sh_op64(cpu->r[di->rm], di->aux, k);
    if (op & 1)
        m = ~m;
    switch (op >> 1) {
    case 1: r = n | m; break;
    case 2: r = n ^ m; break;
    default: r = n & m; break;
    }
    if (w)
        r = (uint32_t)r;
    if (op >= L_ANDS)
        cpu->nzcv = w ? nzcv_logic32((uint32_t)r) : nzcv_logic64(r);
    cpu->r[di->rd] = r;
    return exec_next(cpu, di);
}

/* One logical row: exec_<ROW> (64-bit, LSL #n) plus static variants
 * <ROW>_{x,w}{0,lsl,lsr,asr,ror} and the table <ROW>_fns[w][kind]. */
#define LOGIC_ROW(ROW, OP)                                                              \
    EXEC(ROW) { return logic_sh(cpu, di, OP, K_LSL, false); }                           \
    EXEC_VARIANT(ROW##_x0) { return logic_sh(cpu, di, OP, K_NONE, false); }             \
    EXEC_VARIANT(ROW##_xlsr) { return logic_sh(cpu, di, OP, K_LSR, false); }            \
    EXEC_VARIANT(ROW##_xasr) { return logic_sh(cpu, di, OP, K_ASR, false); }            \
    EXEC_VARIANT(ROW##_xror) { return logic_sh(cpu, di, OP, K_ROR, false); }            \
    EXEC_VARIANT(ROW##_w0) { return logic_sh(cpu, di, OP, K_NONE, true); }              \
    EXEC_VARIANT(ROW##_wlsl) { return logic_sh(cpu, di, OP, K_LSL, true); }             \
    EXEC_VARIANT(ROW##_wlsr) { return logic_sh(cpu, di, OP, K_LSR, true); }             \
    EXEC_VARIANT(ROW##_wasr) { return logic_sh(cpu, di, OP, K_ASR, true); }             \
    EXEC_VARIANT(ROW##_wror) { return logic_sh(cpu, di, OP, K_ROR, true); }             \
    static ExecFn *const ROW##_fns[2][K__COUNT] = {                                     \
        { ROW##_x0, exec_##ROW, ROW##_xlsr, ROW##_xasr, ROW##_xror },                   \
        { ROW##_w0, ROW##_wlsl, ROW##_wlsr, ROW##_wasr, ROW##_wror },                   \
    };

LOGIC_ROW(AND_shift, L_AND)
LOGIC_ROW(BIC_shift, L_BIC)
LOGIC_ROW(ORR_shift, L_ORR)
LOGIC_ROW(ORN_shift, L_ORN)
LOGIC_ROW(EOR_shift, L_EOR)
LOGIC_ROW(EON_shift, L_EON)
LOGIC_ROW(ANDS_shift, L_ANDS)
LOGIC_ROW(BICS_shift, L_BICS)

static ExecFn *const (*const logic_tab[8])[K__COUNT] = {
    AND_shift_fns, BIC_shift_fns, ORR_shift_fns, ORN_shift_fns,
    EOR_shift_fns, EON_shift_fns, ANDS_shift_fns, BICS_shift_fns,
};

/* MOV (register) is ORR Rd, ZR, Rm with no shift: the commonest of all */
EXEC_VARIANT(exec_MOV_x)
{
    cpu->r[di->rd] = cpu->r[di->rm];
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_MOV_w)
{
    cpu->r[di->rd] = (uint32_t)cpu->r[di->rm];
    return exec_next(cpu, di);
}

PREP(prep_logic_shift)
{
    (void)cpu;
    unsigned sf = FLD(f, 'z'), type = FLD(f, 'h'), amount = FLD(f, 'i');
    unsigned op = di->id - A64_AND_shift, kind = shift_kind(type, amount);
    if (!sf && (amount & 32))
        return false;   /* sf == 0 && imm6<5> == 1: UNDEFINED */
    di->sf = (uint8_t)sf;
    di->aux = (uint8_t)amount;
    di->rd = reg_w_zr(FLD(f, 'd'));
    di->rn = reg_r_zr(FLD(f, 'n'));
    di->rm = reg_r_zr(FLD(f, 'm'));
    di->exec = logic_tab[op][!sf][kind];
    if (op == L_ORR && di->rn == REG_ZR && kind == K_NONE)
        di->exec = sf ? exec_MOV_x : exec_MOV_w;
    return true;
}

/* ------------------------------------------------------------------ */
/* Add/subtract, shared by the shifted and extended forms: op:S in row order */

enum { A_ADD, A_ADDS, A_SUB, A_SUBS };
_Static_assert(A64_ADDS_shift == A64_ADD_shift + A_ADDS && A64_SUB_shift == A64_ADD_shift + A_SUB &&
               A64_SUBS_shift == A64_ADD_shift + A_SUBS && A64_ADDS_ext == A64_ADD_ext + A_ADDS &&
               A64_SUB_ext == A64_ADD_ext + A_SUB && A64_SUBS_ext == A64_ADD_ext + A_SUBS,
               "add/subtract rows out of order");

FORCE_INLINE uint64_t addsub64(CpuState *cpu, uint64_t n, uint64_t m, int op)
{
    switch (op) {
    case A_ADD: return n + m;
    case A_ADDS: return add_with_carry64(n, m, 0, &cpu->nzcv);
    case A_SUB: return n - m;
    default: return add_with_carry64(n, ~m, 1, &cpu->nzcv);
    }
}

FORCE_INLINE uint32_t addsub32(CpuState *cpu, uint32_t n, uint32_t m, int op)
{
    switch (op) {
    case A_ADD: return n + m;
    case A_ADDS: return add_with_carry32(n, m, 0, &cpu->nzcv);
    case A_SUB: return n - m;
    default: return add_with_carry32(n, ~m, 1, &cpu->nzcv);
    }
}

/* --- shifted register (type 11 reserved, 31 is ZR everywhere) --- */

FORCE_INLINE int addsub_sh(CpuState *cpu, const DecodedInsn *di, int op, int k, bool w)
{
    if (w)
        cpu->r[di->rd] = addsub32(cpu, (uint32_t)cpu->r[di->rn],
                                  sh_op32((uint32_t)cpu->r[di->rm], di->aux, k), op);
    else
        cpu->r[di->rd] = addsub64(cpu, cpu->r[di->rn], sh_op64(cpu->r[di->rm], di->aux, k), op);
    return exec_next(cpu, di);
}

/* One row: exec_<ROW> (64-bit, LSL #n) plus <ROW>_{x,w}{0,lsl,lsr,asr} and
 * the table <ROW>_fns[w][kind] (the K_ROR slot is never chosen). */
#define ADDSUB_ROW(ROW, OP)                                                             \
    EXEC(ROW) { return addsub_sh(cpu, di, OP, K_LSL, false); }                          \
    EXEC_VARIANT(ROW##_x0) { return addsub_sh(cpu, di, OP, K_NONE, false); }            \
    EXEC_VARIANT(ROW##_xlsr) { return addsub_sh(cpu, di, OP, K_LSR, false); }           \
    EXEC_VARIANT(ROW##_xasr) { return addsub_sh(cpu, di, OP, K_ASR, false); }           \
    EXEC_VARIANT(ROW##_w0) { return addsub_sh(cpu, di, OP, K_NONE, true); }             \
    EXEC_VARIANT(ROW##_wlsl) { return addsub_sh(cpu, di, OP, K_LSL, true); }            \
    EXEC_VARIANT(ROW##_wlsr) { return addsub_sh(cpu, di, OP, K_LSR, true); }            \
    EXEC_VARIANT(ROW##_wasr) { return addsub_sh(cpu, di, OP, K_ASR, true); }            \
    static ExecFn *const ROW##_fns[2][K__COUNT] = {                                     \
        { ROW##_x0, exec_##ROW, ROW##_xlsr, ROW##_xasr, NULL },                         \
        { ROW##_w0, ROW##_wlsl, ROW##_wlsr, ROW##_wasr, NULL },                         \
    };

ADDSUB_ROW(ADD_shift, A_ADD)
ADDSUB_ROW(ADDS_shift, A_ADDS)
ADDSUB_ROW(SUB_shift, A_SUB)
ADDSUB_ROW(SUBS_shift, A_SUBS)

static ExecFn *const (*const addsub_sh_tab[4])[K__COUNT] = {
    ADD_shift_fns, ADDS_shift_fns, SUB_shift_fns, SUBS_shift_fns,
};

PREP(prep_addsub_shift)
{
    (void)cpu;
    unsigned sf = FLD(f, 'z'), type = FLD(f, 'h'), amount = FLD(f, 'i');
    if (type == 3 || (!sf && (amount & 32)))
        return false;   /* shift == 11, or sf == 0 && imm6<5> == 1: UNDEFINED */
    di->sf = (uint8_t)sf;
    di->aux = (uint8_t)amount;
    di->rd = reg_w_zr(FLD(f, 'd'));
    di->rn = reg_r_zr(FLD(f, 'n'));
    di->rm = reg_r_zr(FLD(f, 'm'));
    di->exec = addsub_sh_tab[di->id - A64_ADD_shift][!sf][shift_kind(type, amount)];
    return true;
}

/* --- extended register: ExtendReg(Rm, option, imm3) is the low len bits
 * of Rm zero- or sign-extended, then << imm3; di->sz = 64 - len and
 * di->aux = imm3. Rn is SP for 31; Rd too in the non-flag-setting forms. */

FORCE_INLINE uint64_t ext_op(uint64_t m, const DecodedInsn *di, bool sgn)
{
    unsigned s = di->sz;
    uint64_t v = sgn ? (uint64_t)((int64_t)(m << s) >> s) : (m << s) >> s;
    return v << di->aux;
}

FORCE_INLINE int addsub_ext(CpuState *cpu, const DecodedInsn *di, int op, bool sgn, bool w)
{
    uint64_t m = ext_op(cpu->r[di->rm], di, sgn);
    if (w)
        cpu->r[di->rd] = addsub32(cpu, (uint32_t)cpu->r[di->rn], (uint32_t)m, op);
    else
        cpu->r[di->rd] = addsub64(cpu, cpu->r[di->rn], m, op);
    return exec_next(cpu, di);
}

/* One row: exec_<ROW> (64-bit, zero-extending) plus <ROW>_{xs,wu,ws} and
 * the table <ROW>_fns[w][signed]. */
#define ADDSUB_EXT_ROW(ROW, OP)                                                         \
    EXEC(ROW) { return addsub_ext(cpu, di, OP, false, false); }                         \
    EXEC_VARIANT(ROW##_xs) { return addsub_ext(cpu, di, OP, true, false); }             \
    EXEC_VARIANT(ROW##_wu) { return addsub_ext(cpu, di, OP, false, true); }             \
    EXEC_VARIANT(ROW##_ws) { return addsub_ext(cpu, di, OP, true, true); }              \
    static ExecFn *const ROW##_fns[2][2] = { { exec_##ROW, ROW##_xs }, { ROW##_wu, ROW##_ws } };

ADDSUB_EXT_ROW(ADD_ext, A_ADD)
ADDSUB_EXT_ROW(ADDS_ext, A_ADDS)
ADDSUB_EXT_ROW(SUB_ext, A_SUB)
ADDSUB_EXT_ROW(SUBS_ext, A_SUBS)

static ExecFn *const (*const addsub_ext_tab[4])[2] = {
    ADD_ext_fns, ADDS_ext_fns, SUB_ext_fns, SUBS_ext_fns,
};

PREP(prep_addsub_ext)
{
    (void)cpu;
    unsigned sf = FLD(f, 'z'), option = FLD(f, 'o'), imm3 = FLD(f, 'i');
    unsigned op = di->id - A64_ADD_ext;
    if (imm3 > 4)
        return false;   /* shift > 4: UNDEFINED */
    di->sf = (uint8_t)sf;
    di->sz = (uint8_t)(64 - (8u << (option & 3)));
    di->aux = (uint8_t)imm3;
    di->rd = (op & 1) ? reg_w_zr(FLD(f, 'd')) : reg_w_sp(FLD(f, 'd'));
    di->rn = reg_r_sp(FLD(f, 'n'));
    di->rm = reg_r_zr(FLD(f, 'm'));
    di->exec = addsub_ext_tab[op][!sf][option >> 2];
    return true;
}

/* ------------------------------------------------------------------ */
/* Add/subtract with carry: AddWithCarry(Rn, Rm or NOT(Rm), PSTATE.C) */

static inline unsigned carry_in(const CpuState *cpu)
{
    return (cpu->nzcv >> 29) & 1;
}

EXEC_VARIANT(exec_ADC_w);
EXEC_VARIANT(exec_ADCS_w);
EXEC_VARIANT(exec_SBC_w);
EXEC_VARIANT(exec_SBCS_w);

PREP(prep_adc)
{
    (void)cpu;
    static ExecFn *const w_fns[4] = { exec_ADC_w, exec_ADCS_w, exec_SBC_w, exec_SBCS_w };
    _Static_assert(A64_ADCS == A64_ADC + 1 && A64_SBC == A64_ADC + 2 && A64_SBCS == A64_ADC + 3,
                   "carry rows out of order");
    di->sf = (uint8_t)FLD(f, 'z');
    di->rd = reg_w_zr(FLD(f, 'd'));
    di->rn = reg_r_zr(FLD(f, 'n'));
    di->rm = reg_r_zr(FLD(f, 'm'));
    if (!di->sf)
        di->exec = w_fns[di->id - A64_ADC];
    return true;
}

EXEC(ADC)
{
    cpu->r[di->rd] = cpu->r[di->rn] + cpu->r[di->rm] + carry_in(cpu);
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_ADC_w)
{
    cpu->r[di->rd] = (uint32_t)(cpu->r[di->rn] + cpu->r[di->rm] + carry_in(cpu));
    return exec_next(cpu, di);
}

EXEC(ADCS)
{
    cpu->r[di->rd] = add_with_carry64(cpu->r[di->rn], cpu->r[di->rm], carry_in(cpu), &cpu->nzcv);
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_ADCS_w)
{
    cpu->r[di->rd] = add_with_carry32((uint32_t)cpu->r[di->rn], (uint32_t)cpu->r[di->rm],
                                      carry_in(cpu), &cpu->nzcv);
    return exec_next(cpu, di);
}

EXEC(SBC)
{
    cpu->r[di->rd] = cpu->r[di->rn] + ~cpu->r[di->rm] + carry_in(cpu);
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_SBC_w)
{
    cpu->r[di->rd] = (uint32_t)(cpu->r[di->rn] + ~cpu->r[di->rm] + carry_in(cpu));
    return exec_next(cpu, di);
}

EXEC(SBCS)
{
    cpu->r[di->rd] = add_with_carry64(cpu->r[di->rn], ~cpu->r[di->rm], carry_in(cpu), &cpu->nzcv);
    return exec_next(cpu, di);
}

EXEC_VARIANT(exec_SBCS_w)
{
    cpu->r[di->rd] = add_with_carry32((uint32_t)cpu->r[di->rn], ~(uint32_t)cpu->r[di->rm],
                                      carry_in(cpu), &cpu->nzcv);
    return exec_next(cpu, di);
}
