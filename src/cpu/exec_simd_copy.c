/*
 * exec_simd_copy.c — Advanced SIMD copy (Arm ARM C4.1.90 "Advanced SIMD
 * copy", "Advanced SIMD scalar copy"; C7.2 pages DUP (element), DUP
 * (general), INS (general), INS (element), SMOV, UMOV, DUP (scalar),
 * alias MOV) and the element-order classes permute (ZIP1/2, UZP1/2,
 * TRN1/2), extract (EXT) and table lookup (TBL, TBX).
 */
#include <string.h>

#include "simd.h"

/* --- copy: size = LowestSetBit(imm5), index = imm5<4:size+1>; cond holds
 * the (destination) index, ra the source index of INS (element) --- */

/* DUP: imm is the multiplier replicating one element over 64 bits */
static const uint64_t rep_mul[4] = {
    UINT64_C(0x0101010101010101), UINT64_C(0x0001000100010001),
    UINT64_C(0x0000000100000001), 1,
};

static inline int dup_value(CpuState *cpu, const DecodedInsn *di, uint64_t x)
{
    uint64_t w = x * di->imm;
    cpu->v[di->rd].d[0] = w;
    cpu->v[di->rd].d[1] = di->sf ? w : 0;
    return exec_next(cpu, di);
}

#define COPY_FNS(N, M, U, S, unused)                                         \
    static int dup_elem_##N(CpuState *cpu, const DecodedInsn *di)            \
    {                                                                        \
        FP_CHECK(cpu);                                                       \
        return dup_value(cpu, di, cpu->v[di->rn].M[di->cond]);               \
    }                                                                        \
    static int dup_gen_##N(CpuState *cpu, const DecodedInsn *di)             \
    {                                                                        \
        FP_CHECK(cpu);                                                       \
        return dup_value(cpu, di, (U)cpu->r[di->rn]);                        \
    }                                                                        \
    static int ins_gen_##N(CpuState *cpu, const DecodedInsn *di)             \
    {                                                                        \
        FP_CHECK(cpu);                                                       \
        cpu->v[di->rd].M[di->cond] = (U)cpu->r[di->rn];                      \
        return exec_next(cpu, di);                                           \
    }                                                                        \
    static int ins_elem_##N(CpuState *cpu, const DecodedInsn *di)            \
    {                                                                        \
        FP_CHECK(cpu);                                                       \
        cpu->v[di->rd].M[di->cond] = cpu->v[di->rn].M[di->ra];               \
        return exec_next(cpu, di);                                           \
    }                                                                        \
    static int umov_##N(CpuState *cpu, const DecodedInsn *di)                \
    {                                                                        \
        FP_CHECK(cpu);                                                       \
        cpu->r[di->rd] = cpu->v[di->rn].M[di->cond];                         \
        return exec_next(cpu, di);                                           \
    }                                                                        \
    static int smov_w_##N(CpuState *cpu, const DecodedInsn *di)              \
    {                                                                        \
        FP_CHECK(cpu);                                                       \
        cpu->r[di->rd] = (uint32_t)(int32_t)(S)cpu->v[di->rn].M[di->cond];   \
        return exec_next(cpu, di);                                           \
    }                                                                        \
    static int smov_x_##N(CpuState *cpu, const DecodedInsn *di)              \
    {                                                                        \
        FP_CHECK(cpu);                                                       \
        cpu->r[di->rd] = (uint64_t)(int64_t)(S)cpu->v[di->rn].M[di->cond];   \
        return exec_next(cpu, di);                                           \
    }                                                                        \
    static int dup_sc_##N(CpuState *cpu, const DecodedInsn *di)              \
    {                                                                        \
        FP_CHECK(cpu);                                                       \
        vreg_set_d(cpu, di->rd, cpu->v[di->rn].M[di->cond]);                 \
        return exec_next(cpu, di);                                           \
    }
SIMD_SIZES(COPY_FNS, 0)
SIMD_TAB(dup_elem);
SIMD_TAB(dup_gen);
SIMD_TAB(ins_gen);
SIMD_TAB(ins_elem);
SIMD_TAB(umov);
SIMD_TAB(smov_w);
SIMD_TAB(smov_x);
SIMD_TAB(dup_sc);

#define COPY_ROWS(X)                                                         \
    X(DUP_elem, dup_elem) X(DUP_gen, dup_gen) X(INS_gen, ins_gen)            \
    X(INS_elem, ins_elem) X(UMOV, umov) X(SMOV, smov_x) X(DUP_sc, dup_sc)

#define FALLBACK(row, fn) EXEC(row) { return fn##_tab[di->sz](cpu, di); }
COPY_ROWS(FALLBACK)
#undef FALLBACK

/* Reserved: imm5 = x0000 (also carved out in the table); a 64-bit element
 * with Q=0 for DUP; UMOV Wd takes B/H/S and UMOV Xd only D; SMOV Wd takes
 * B/H and SMOV Xd B/H/S. */
PREP(prep_simd_copy)
{
    (void)cpu;
    unsigned imm5 = (di->raw >> 16) & 0x1f, imm4 = (di->raw >> 11) & 0xf;
    unsigned q = (di->raw >> 30) & 1;
    if (!(imm5 & 0xf))
        return false;
    unsigned size = (unsigned)__builtin_ctz(imm5);
    ExecFn *const *tab = NULL;
    bool ok = true;
    switch (di->id) {
    case A64_DUP_elem: tab = dup_elem_tab; ok = !(size == 3 && !q); break;
    case A64_DUP_gen: tab = dup_gen_tab; ok = !(size == 3 && !q); break;
    case A64_INS_gen: tab = ins_gen_tab; break;
    case A64_INS_elem: tab = ins_elem_tab; break;
    case A64_DUP_sc: tab = dup_sc_tab; break;
    case A64_UMOV: tab = umov_tab; ok = q ? size == 3 : size <= 2; break;
    case A64_SMOV: tab = q ? smov_x_tab : smov_w_tab; ok = q ? size <= 2 : size <= 1; break;
    default: return false;
    }
    if (!ok)
        return false;
    simd_prep_regs(di, f, size, q, false);
    di->cond = (uint8_t)(imm5 >> (size + 1));
    di->ra = (uint8_t)(imm4 >> size);
    di->imm = rep_mul[size];
    if (di->id == A64_DUP_gen || di->id == A64_INS_gen)
        di->rn = reg_r_zr(FLD(f, 'n'));
    if (di->id == A64_UMOV || di->id == A64_SMOV)
        di->rd = reg_w_zr(FLD(f, 'd'));
    di->exec = tab[size];
    return true;
}

/* --- permute: imm = part (0 for UZP1/TRN1/ZIP1, 1 for the "2" forms);
 * aux = elements --- */

#define PERM_FNS(N, M, U, S, unused)                                         \
    static int uzp_##N(CpuState *cpu, const DecodedInsn *di)                 \
    {                                                                        \
        FP_CHECK(cpu);                                                       \
        const VReg *vn = &cpu->v[di->rn], *vm = &cpu->v[di->rm];             \
        VReg r = { .d = { 0, 0 } };                                          \
        unsigned n = di->aux, part = (unsigned)di->imm;                      \
        for (unsigned e = 0; e < n; e++) {                                   \
            unsigned i = 2 * e + part;   /* of the concatenation Vm:Vn */    \
            r.M[e] = i < n ? vn->M[i] : vm->M[i - n];                        \
        }                                                                    \
        cpu->v[di->rd] = r;                                                  \
        return exec_next(cpu, di);                                           \
    }                                                                        \
    static int trn_##N(CpuState *cpu, const DecodedInsn *di)                 \
    {                                                                        \
        FP_CHECK(cpu);                                                       \
        const VReg *vn = &cpu->v[di->rn], *vm = &cpu->v[di->rm];             \
        VReg r = { .d = { 0, 0 } };                                          \
        unsigned part = (unsigned)di->imm;                                   \
        for (unsigned p = 0; p < di->aux / 2u; p++) {                        \
            r.M[2 * p] = vn->M[2 * p + part];                                \
            r.M[2 * p + 1] = vm->M[2 * p + part];                            \
        }                                                                    \
        cpu->v[di->rd] = r;                                                  \
        return exec_next(cpu, di);                                           \
    }                                                                        \
    static int zip_##N(CpuState *cpu, const DecodedInsn *di)                 \
    {                                                                        \
        FP_CHECK(cpu);                                                       \
        const VReg *vn = &cpu->v[di->rn], *vm = &cpu->v[di->rm];             \
        VReg r = { .d = { 0, 0 } };                                          \
        unsigned pairs = di->aux / 2u, base = (unsigned)di->imm * pairs;     \
        for (unsigned p = 0; p < pairs; p++) {                               \
            r.M[2 * p] = vn->M[base + p];                                    \
            r.M[2 * p + 1] = vm->M[base + p];                                \
        }                                                                    \
        cpu->v[di->rd] = r;                                                  \
        return exec_next(cpu, di);                                           \
    }
SIMD_SIZES(PERM_FNS, 0)
SIMD_TAB(uzp);
SIMD_TAB(trn);
SIMD_TAB(zip);

#define PERM_ROWS(X)                                                         \
    X(UZP1_v, uzp, 0) X(UZP2_v, uzp, 1) X(TRN1_v, trn, 0) X(TRN2_v, trn, 1)  \
    X(ZIP1_v, zip, 0) X(ZIP2_v, zip, 1)

#define FALLBACK(row, fn, part) EXEC(row) { return fn##_tab[di->sz](cpu, di); }
PERM_ROWS(FALLBACK)
#undef FALLBACK

PREP(prep_simd_perm)
{
    (void)cpu;
    unsigned size = (di->raw >> 22) & 3, q = (di->raw >> 30) & 1;
    if (!sq_ok(SQ_NO1D, size, q))
        return false;
    simd_prep_regs(di, f, size, q, false);
    switch (di->id) {
#define PICK(row, fn, part)                                                  \
    case A64_##row:                                                          \
        di->exec = fn##_tab[size];                                           \
        di->imm = part;                                                      \
        return true;
        PERM_ROWS(PICK)
#undef PICK
    }
    return false;
}

/* --- EXT: bytes imm.. of the concatenation Vm:Vn (datasize each) --- */

EXEC(EXT_v)
{
    FP_CHECK(cpu);
    uint8_t cat[32];
    unsigned bytes = di->sf ? 16 : 8, pos = (unsigned)di->imm;
    memcpy(cat, cpu->v[di->rn].b, bytes);
    memcpy(cat + bytes, cpu->v[di->rm].b, bytes);
    VReg r = { .d = { 0, 0 } };
    memcpy(r.b, cat + pos, bytes);
    cpu->v[di->rd] = r;
    return exec_next(cpu, di);
}

PREP(prep_simd_ext)
{
    (void)cpu;
    unsigned q = (di->raw >> 30) & 1, imm4 = FLD(f, 'i');
    if (!q && (imm4 & 8))
        return false;
    simd_prep_regs(di, f, 0, q, false);
    di->imm = imm4;
    return true;
}

/* --- TBL/TBX: aux = table registers (1-4) from Vn, numbers wrapping
 * modulo 32; out-of-range indices give 0 (TBL) or keep Vd's byte (TBX) --- */

static inline int table_lookup(CpuState *cpu, const DecodedInsn *di, bool tbx)
{
    FP_CHECK(cpu);
    uint8_t table[64];
    for (unsigned i = 0; i < di->aux; i++)
        memcpy(table + 16 * i, cpu->v[(di->rn + i) % 32].b, 16);
    const VReg *vm = &cpu->v[di->rm];
    VReg r = { .d = { 0, 0 } };
    unsigned bytes = di->sf ? 16 : 8, limit = 16u * di->aux;
    for (unsigned i = 0; i < bytes; i++) {
        unsigned idx = vm->b[i];
        r.b[i] = idx < limit ? table[idx] : tbx ? cpu->v[di->rd].b[i] : 0;
    }
    cpu->v[di->rd] = r;
    return exec_next(cpu, di);
}

EXEC(TBL_v)
{
    return table_lookup(cpu, di, false);
}

EXEC(TBX_v)
{
    return table_lookup(cpu, di, true);
}

PREP(prep_simd_tbl)
{
    (void)cpu;
    unsigned q = (di->raw >> 30) & 1;
    simd_prep_regs(di, f, 0, q, false);
    di->aux = (uint8_t)(FLD(f, 'i') + 1);
    return true;
}
