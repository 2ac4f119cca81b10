/*
 * decode.h — the declarative A64 encoding table and the decoder built from
 * it at start-up. Rows live in src/cpu/a64_*.def (format documented in
 * src/cpu/a64.def); every row becomes an A64_<id> enumerator, a handler
 * exec_<id> when implemented, and a line in the coverage count.
 * Arm ARM C4 (A64 Instruction Set Encoding).
 */
#ifndef XNUEMU_DECODE_H
#define XNUEMU_DECODE_H

#include "cpu.h"
#include "features.h"

/* Row flags (low 32 bits; feature bits from features.h live above). */
#define F_CARVE   (UINT64_C(1) << 0)  /* carved out of a more general row */
#define F_BRANCH  (UINT64_C(1) << 1)
#define F_LOAD    (UINT64_C(1) << 2)
#define F_STORE   (UINT64_C(1) << 3)
#define F_SYS     (UINT64_C(1) << 4)  /* system instruction: not fuzzed against QEMU user mode */
#define F_FP      (UINT64_C(1) << 5)
#define F_SIMD    (UINT64_C(1) << 6)
#define F_UNIMPL  (UINT64_C(1) << 7)  /* known, not implemented: UNDEFINED + unimp log */
#define F_UNALLOC (UINT64_C(1) << 8)  /* unallocated hole: UNDEFINED */

enum A64Id {
    A64_UNALLOCATED = 0,
#define INSN(id, pattern, prep, flags) A64_##id,
#define UNIMPL(id, pattern, flags) A64_##id,
#define UNALLOC(id, pattern, flags) A64_##id,
#include "a64.def"
#undef INSN
#undef UNIMPL
#undef UNALLOC
    A64__COUNT
};

/* Field values of one instruction word, by pattern letter. */
typedef struct Fields {
    uint32_t v[52];       /* 'a'..'z' then 'A'..'Z' */
} Fields;

static inline unsigned fld_slot(char c)
{
    return c >= 'a' ? (unsigned)(c - 'a') : 26u + (unsigned)(c - 'A');
}
#define FLD(f, c) ((f)->v[fld_slot(c)])

/* Decode-time operand finisher: fills di from the fields. Returns false if
 * the fields hold a reserved value (the instruction is UNDEFINED). */
typedef bool PrepFn(CpuState *cpu, DecodedInsn *di, const Fields *f);

typedef struct A64RowDef {
    const char *name;
    const char *pattern;
    PrepFn *prep;
    ExecFn *exec;         /* NULL for UNIMPL/UNALLOC rows */
    uint64_t flags;
    const char *file;     /* the .def file: its stem is the row's family */
    int line;
} A64RowDef;

/* "dp_imm" for a row from src/cpu/a64_dp_imm.def, into buf. */
const char *a64_row_family(unsigned id, char *buf, size_t len);

extern const A64RowDef a64_rows[A64__COUNT];

typedef struct A64RowInfo {
    uint32_t mask, value;
    uint8_t nfields;
    char letter[16];
    uint32_t fmask[16];   /* bit positions of each letter */
} A64RowInfo;

typedef struct A64Decoder {
    uint64_t features;
    A64RowInfo info[A64__COUNT];
    bool enabled[A64__COUNT];
    uint32_t bucket_start[4097];
    uint16_t *bucket_rows;
} A64Decoder;

/* Parse the table, check it, keep rows enabled by `features`, and build the
 * bucket index. On a malformed or overlapping table, writes a message
 * naming the .def file and line to err and returns false. */
bool a64_decoder_build(A64Decoder *d, uint64_t features, char *err, size_t errlen);
void a64_decoder_free(A64Decoder *d);

/* The row an instruction word decodes to (A64_UNALLOCATED if none). */
unsigned a64_decode(const A64Decoder *d, uint32_t insn);

/* Extract the fields of insn according to row id. */
void a64_fields(const A64Decoder *d, unsigned id, uint32_t insn, Fields *f);

/* Parse one pattern (exposed for tests). Returns false with a message. */
bool a64_parse_pattern(const char *pattern, A64RowInfo *out, char *err, size_t errlen);

/* Decode raw into di (handler, operands). Unimplemented or reserved
 * encodings get exec_undef_insn. */
void a64_decode_insn(CpuState *cpu, uint32_t raw, DecodedInsn *di);

/* Handlers every decoder user needs */
ExecFn exec_undef_insn;     /* UNDEFINED (logs unimplemented rows under unimp) */

/* Register-field mapping used by prep functions. */
static inline uint8_t reg_r_zr(uint32_t n) { return (uint8_t)n; }                 /* 31 reads 0 */
static inline uint8_t reg_r_sp(uint32_t n) { return n == 31 ? REG_SP : (uint8_t)n; }
static inline uint8_t reg_w_zr(uint32_t n) { return n == 31 ? REG_DISCARD : (uint8_t)n; }
static inline uint8_t reg_w_sp(uint32_t n) { return n == 31 ? REG_SP : (uint8_t)n; }

/* Prototypes of every implemented handler and its prep function (every
 * INSN row names one; repeated declarations are fine in C). */
#define INSN(id, pattern, prep, flags) ExecFn exec_##id; PrepFn prep;
#define UNIMPL(id, pattern, flags)
#define UNALLOC(id, pattern, flags)
#include "a64.def"
#undef INSN
#undef UNIMPL
#undef UNALLOC

#endif
