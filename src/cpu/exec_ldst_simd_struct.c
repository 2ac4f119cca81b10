/*
 * exec_ldst_simd_struct.c — Advanced SIMD load/store structures (Arm ARM
 * C4.1.88; C7.2 pages LD1..LD4/ST1..ST4 (multiple structures), LD1..LD4/
 * ST1..ST4 (single structure), LD1R..LD4R), with and without post-index
 * (Rm = 31: the immediate, which is the number of bytes transferred;
 * otherwise X[m]). Shared pseudocode: "LD/ST multiple" and "LD/ST single".
 *
 * Multiple structures: rpt x selem registers Vt, Vt+1, ... (mod 32); for
 * r, e, s in that nesting, element e of V[t + r + s] is at address + offs,
 * offs stepping by the element size: LD1/ST1 are plain register copies,
 * LDn/STn (n > 1) interleave n registers element by element. A load writes
 * whole registers: Q = 0 zeroes bits 127:64. size:Q = 110 (.1D) with n > 1
 * is reserved (UNDEFINED).
 * Single structure: one element per register, lane `index`, at consecutive
 * addresses; a load keeps the other lanes. Replicate (LDnR): the element
 * fills every lane of the 64-bit (Q = 0, upper half zeroed) or 128-bit
 * register.
 *
 * Every element is its own Mem[address + offs, esize/8, AccType_VEC]: on
 * Device memory (or with SCTLR_ELx.A) each element must be aligned to its
 * own size, not to the transfer. The hit path tests the TLB once for the
 * whole transfer (same page; on a page that needs alignment, transfer-size
 * alignment, which implies every element's) and copies through the host;
 * anything else goes element by element through mem.h in architectural
 * (= address) order. Loads read everything before writing any register,
 * so a fault leaves the V registers unchanged; a store that faults may
 * already have written the elements before the faulting one. The
 * writeback happens only when every access succeeded. Operands are read
 * from di before any store (a store may rewrite the page holding di).
 */
#include "fpsimd.h"
#include "ldst.h"

/* di: rd = Vt, rn = base, rm = Rm of the register post-index (REG_ZR
 * otherwise: it reads 0), ra = the writeback register (REG_DISCARD without
 * writeback), imm = the immediate post-increment (0 for Rm != 31), so the
 * written-back value is always base + imm + X[rm]; sz = log2 of the element
 * size, sf = Q; multiple: aux = selem, cond = number of registers;
 * single: aux = selem, cond = lane index, or 0xff to replicate. */
#define SINGLE_REPLICATE 0xff

static inline uint64_t buf_get(const uint8_t *p, unsigned bytes)
{
    uint64_t v = 0;
    memcpy(&v, p, bytes);
    return v;
}

/* Read `total` bytes at va into buf, elements of `ebytes`; false with the
 * fault pending. */
static bool struct_read(CpuState *cpu, uint64_t va, unsigned total, unsigned ebytes,
                        uint8_t *buf)
{
    void *h;
    if (ldst_host(cpu, va, total, false, &h)) {
        memcpy(buf, h, total);
        return true;
    }
    for (unsigned off = 0; off < total; off += ebytes) {
        uint64_t v;
        if (!mem_ld(cpu, va + off, ebytes, &v))
            return false;
        memcpy(buf + off, &v, ebytes);
    }
    return true;
}

static bool struct_write(CpuState *cpu, uint64_t va, unsigned total, unsigned ebytes,
                         const uint8_t *buf)
{
    void *h;
    if (ldst_host(cpu, va, total, true, &h)) {
        memcpy(h, buf, total);
        return true;
    }
    for (unsigned off = 0; off < total; off += ebytes)
        if (!mem_st(cpu, va + off, ebytes, buf_get(buf + off, ebytes)))
            return false;
    return true;
}

/* --- multiple structures --- */

static int simd_multi(CpuState *cpu, const DecodedInsn *di)
{
    unsigned t = di->rd, n = di->rn, esz = di->sz, selem = di->aux, nregs = di->cond;
    unsigned ebytes = 1u << esz, dbytes = di->sf ? 16 : 8, elements = dbytes >> esz;
    unsigned total = nregs * dbytes, wbreg = di->ra;
    bool load = (di->raw >> 22) & 1;
    uint64_t inc = di->imm + cpu->r[di->rm];
    uint8_t buf[64];
    FP_CHECK(cpu);
    if (!sp_check(cpu, n))
        return EXEC_FAULT;
    uint64_t va = cpu->r[n];
    if (load) {
        if (!struct_read(cpu, va, total, ebytes, buf))
            return EXEC_FAULT;
        for (unsigned j = 0; j < nregs; j++) {
            VReg v = { .d = { 0, 0 } };
            if (selem == 1)
                memcpy(&v, buf + j * dbytes, dbytes);
            else
                for (unsigned e = 0; e < elements; e++)
                    velem_set(&v, e, esz, buf_get(buf + (e * selem + j) * ebytes, ebytes));
            cpu->v[(t + j) & 31] = v;
        }
    } else {
        for (unsigned j = 0; j < nregs; j++) {
            const VReg *v = &cpu->v[(t + j) & 31];
            if (selem == 1)
                memcpy(buf + j * dbytes, v, dbytes);
            else
                for (unsigned e = 0; e < elements; e++) {
                    uint64_t x = velem(v, e, esz);
                    memcpy(buf + (e * selem + j) * ebytes, &x, ebytes);
                }
        }
        if (!struct_write(cpu, va, total, ebytes, buf))
            return EXEC_FAULT;
    }
    cpu->r[wbreg] = va + inc;
    return exec_next(cpu, di);
}

/* LD1/ST1 (multiple structures) of 1-4 registers, the memcpy/bzero forms:
 * specialised per count and Q; the element size only matters for the
 * alignment of the element-by-element path (simd_multi). */
#define LD1_FN(nregs, q)                                                     \
    EXEC_VARIANT(ld1_##nregs##_##q)                                          \
    {                                                                        \
        enum { DB = q ? 16 : 8 };                                            \
        unsigned n = di->rn;                                                 \
        uint64_t b = cpu->r[n];                                              \
        void *h;                                                             \
        if (likely(cpu->fp_ok) && likely(ldst_host(cpu, b, nregs * DB, false, &h)) && \
            likely(LDST_FAST_BASE(n, b))) {                                  \
            unsigned t = di->rd;                                             \
            for (unsigned j = 0; j < nregs; j++) {                           \
                VReg *v = &cpu->v[(t + j) & 31];                             \
                memcpy(v, (const uint8_t *)h + j * DB, DB);                  \
                if (!q)                                                      \
                    v->d[1] = 0;                                             \
            }                                                                \
            cpu->r[di->ra] = b + di->imm + cpu->r[di->rm];                   \
            return exec_next(cpu, di);                                       \
        }                                                                    \
        return simd_multi(cpu, di);                                          \
    }

#define ST1_FN(nregs, q)                                                     \
    EXEC_VARIANT(st1_##nregs##_##q)                                          \
    {                                                                        \
        enum { DB = q ? 16 : 8 };                                            \
        unsigned n = di->rn;                                                 \
        uint64_t b = cpu->r[n];                                              \
        void *h;                                                             \
        if (likely(cpu->fp_ok) && likely(ldst_host(cpu, b, nregs * DB, true, &h)) && \
            likely(LDST_FAST_BASE(n, b))) {                                  \
            unsigned t = di->rd;                                             \
            cpu->r[di->ra] = b + di->imm + cpu->r[di->rm];                   \
            for (unsigned j = 0; j < nregs; j++)                             \
                memcpy((uint8_t *)h + j * DB, &cpu->v[(t + j) & 31], DB);    \
            return exec_next(cpu, di);                                       \
        }                                                                    \
        return simd_multi(cpu, di);                                          \
    }

#define ONE_FNS(nregs) LD1_FN(nregs, 0) LD1_FN(nregs, 1) ST1_FN(nregs, 0) ST1_FN(nregs, 1)
ONE_FNS(1) ONE_FNS(2) ONE_FNS(3) ONE_FNS(4)

static ExecFn *const one_fns[2][4][2] = {
    { { st1_1_0, st1_1_1 }, { st1_2_0, st1_2_1 }, { st1_3_0, st1_3_1 }, { st1_4_0, st1_4_1 } },
    { { ld1_1_0, ld1_1_1 }, { ld1_2_0, ld1_2_1 }, { ld1_3_0, ld1_3_1 }, { ld1_4_0, ld1_4_1 } },
};

/* The post-index fields: bit 23 set is the post-indexed class; Rm = 31
 * is the immediate `imm_bytes`. */
static void struct_prep_wb(DecodedInsn *di, const Fields *f, unsigned imm_bytes)
{
    di->rn = reg_r_sp(FLD(f, 'n'));
    di->rm = REG_ZR;
    di->ra = REG_DISCARD;
    di->imm = 0;
    if (di->raw & (1u << 23)) {
        di->ra = di->rn;
        if (FLD(f, 'm') == 31)
            di->imm = imm_bytes;
        else
            di->rm = (uint8_t)FLD(f, 'm');
    }
}

/* opcode (bits 15:12): rpt and selem of "LD/ST multiple" */
PREP(prep_ldst_simd_multi)
{
    (void)cpu;
    static const uint8_t rpt_of[16] = { [0] = 1, [2] = 4, [4] = 1, [6] = 3, [7] = 1, [8] = 1,
                                        [10] = 2 };
    static const uint8_t selem_of[16] = { [0] = 4, [2] = 1, [4] = 3, [6] = 1, [7] = 1, [8] = 2,
                                          [10] = 1 };
    unsigned opcode = (di->raw >> 12) & 15, size = FLD(f, 'e'), q = FLD(f, 'q');
    unsigned rpt = rpt_of[opcode], selem = selem_of[opcode];
    if (!rpt)
        return false;                     /* the rows never send these */
    if (size == 3 && !q && selem != 1)
        return false;                     /* .1D only with LD1/ST1 */
    di->rd = (uint8_t)FLD(f, 't');
    di->sz = (uint8_t)size;
    di->sf = (uint8_t)q;
    di->aux = (uint8_t)selem;
    di->cond = (uint8_t)(rpt * selem);
    struct_prep_wb(di, f, rpt * selem * (q ? 16u : 8u));
    di->exec = selem == 1 ? one_fns[(di->raw >> 22) & 1][rpt - 1][q] : simd_multi;
    return true;
}

/* --- single structure and replicate --- */

static int simd_single(CpuState *cpu, const DecodedInsn *di)
{
    unsigned t = di->rd, n = di->rn, esz = di->sz, selem = di->aux, index = di->cond;
    unsigned ebytes = 1u << esz, total = selem * ebytes, wbreg = di->ra;
    bool load = (di->raw >> 22) & 1, q = di->sf;
    uint64_t inc = di->imm + cpu->r[di->rm];
    uint8_t buf[32];
    FP_CHECK(cpu);
    if (!sp_check(cpu, n))
        return EXEC_FAULT;
    uint64_t va = cpu->r[n];
    if (load) {
        if (!struct_read(cpu, va, total, ebytes, buf))
            return EXEC_FAULT;
        for (unsigned s = 0; s < selem; s++) {
            uint64_t x = buf_get(buf + s * ebytes, ebytes);
            VReg *v = &cpu->v[(t + s) & 31];
            if (index == SINGLE_REPLICATE) {
                VReg r = { .d = { 0, 0 } };
                for (unsigned e = 0; e < ((q ? 16u : 8u) >> esz); e++)
                    velem_set(&r, e, esz, x);
                *v = r;
            } else {
                velem_set(v, index, esz, x);
            }
        }
    } else {
        for (unsigned s = 0; s < selem; s++) {
            uint64_t x = velem(&cpu->v[(t + s) & 31], index, esz);
            memcpy(buf + s * ebytes, &x, ebytes);
        }
        if (!struct_write(cpu, va, total, ebytes, buf))
            return EXEC_FAULT;
    }
    cpu->r[wbreg] = va + inc;
    return exec_next(cpu, di);
}

/* scale = opcode<2:1>, selem = opcode<0>:R + 1; the rows admit only the
 * allocated size/S combinations (scale 2 with size 01 is the D form;
 * scale 3 is the load-and-replicate, whose element size is `size`). */
PREP(prep_ldst_simd_single)
{
    (void)cpu;
    unsigned opcode = (di->raw >> 13) & 7, r = (di->raw >> 21) & 1;
    unsigned s = (di->raw >> 12) & 1, size = (di->raw >> 10) & 3, q = FLD(f, 'q');
    unsigned scale = opcode >> 1, selem = ((opcode & 1) << 1 | r) + 1, index;
    switch (scale) {
    case 0: index = q << 3 | s << 2 | size; break;
    case 1: index = q << 2 | s << 1 | size >> 1; break;
    case 2:
        if (size & 1) {
            index = q;
            scale = 3;
        } else {
            index = q << 1 | s;
        }
        break;
    default:
        index = SINGLE_REPLICATE;
        scale = size;
        break;
    }
    di->rd = (uint8_t)FLD(f, 't');
    di->sz = (uint8_t)scale;
    di->sf = (uint8_t)q;
    di->aux = (uint8_t)selem;
    di->cond = (uint8_t)index;
    struct_prep_wb(di, f, selem << scale);
    di->exec = simd_single;
    return true;
}

/* The rows' own handlers (prep installs the variant directly). */
#define ROW_M(id) EXEC(id) { return simd_multi(cpu, di); }
#define ROW_S(id) EXEC(id) { return simd_single(cpu, di); }
#define ROW_M2(id) ROW_M(id) ROW_M(id##_post)
#define ROW_S2(id) ROW_S(id) ROW_S(id##_post)
#define ROW_S8(n) ROW_S2(ST##n##_single_b) ROW_S2(ST##n##_single_h) ROW_S2(ST##n##_single_s) \
                  ROW_S2(ST##n##_single_d) ROW_S2(LD##n##_single_b) ROW_S2(LD##n##_single_h) \
                  ROW_S2(LD##n##_single_s) ROW_S2(LD##n##_single_d) ROW_S2(LD##n##R)

ROW_M2(ST4_multi) ROW_M2(ST1_multi4) ROW_M2(ST3_multi) ROW_M2(ST1_multi3)
ROW_M2(ST1_multi1) ROW_M2(ST2_multi) ROW_M2(ST1_multi2)
ROW_M2(LD4_multi) ROW_M2(LD1_multi4) ROW_M2(LD3_multi) ROW_M2(LD1_multi3)
ROW_M2(LD1_multi1) ROW_M2(LD2_multi) ROW_M2(LD1_multi2)
ROW_S8(1) ROW_S8(2) ROW_S8(3) ROW_S8(4)
