/*
 * oracle_classify.h — how test_decode_oracle.c reads binutils' objdump
 * text: whether a line is an instruction of our target (Armv8.0/8.1 +
 * LRCPC, CRC32, AES, SHA1, SHA256, PMULL, RDM; Arm ARM A2 lists the
 * extensions), undefined, a later extension (listed explicitly below), SVE/
 * SME, FP16 arithmetic, or a word binutils decodes leniently.
 */
#ifndef TESTS_DECODE_ORACLE_CLASSIFY_H
#define TESTS_DECODE_ORACLE_CLASSIFY_H

#include <ctype.h>
#include <stdbool.h>
#include <string.h>

#include "xnuemu/common.h"

enum Verdict {
    BU_TARGET,    /* an instruction of our target */
    BU_UNDEF,     /* ".inst ... ; undefined" (or NYI) */
    BU_LATER,     /* a mnemonic of Armv8.2 or later, or outside our feature set */
    BU_SVE,       /* SVE/SME: z/p/za registers, or an SVE scalar form */
    BU_FP16,      /* half-precision arithmetic (FEAT_FP16, Armv8.2) */
    BU_LENIENT,   /* binutils decodes what the Arm ARM leaves unallocated */
    BU__COUNT
};

static const char *const verdict_name[BU__COUNT] = {
    "target", "undefined", "later", "SVE/SME", "FP16", "lenient",
};

/* Mnemonics that are not Armv8.0/8.1 (or not in our feature set). */
static const char *const later_mnemonics[] = {
    /* v8.2: SHA3, SHA512, SM3, SM4, dot product, FHM */
    "bcax", "eor3", "rax1", "xar", "sha512h", "sha512h2", "sha512su0", "sha512su1",
    "sm3ss1", "sm3tt1a", "sm3tt1b", "sm3tt2a", "sm3tt2b", "sm3partw1", "sm3partw2",
    "sm4e", "sm4ekey", "sdot", "udot", "fmlal", "fmlal2", "fmlsl", "fmlsl2",
    /* v8.3: complex numbers, JavaScript conversion, pointer authentication */
    "fcmla", "fcadd", "fjcvtzs", "pacia", "pacib", "pacda", "pacdb", "autia", "autib",
    "autda", "autdb", "paciza", "pacizb", "pacdza", "pacdzb", "autiza", "autizb", "autdza",
    "autdzb", "xpaci", "xpacd", "pacga", "braa", "brab", "blraa", "blrab", "braaz", "brabz",
    "blraaz", "blrabz", "retaa", "retab", "eretaa", "eretab", "ldraa", "ldrab",
    /* v8.4: RCpc unscaled (LRCPC2), flag manipulation */
    "ldapur", "ldapurb", "ldapurh", "ldapursb", "ldapursh", "ldapursw", "stlur", "stlurb",
    "stlurh", "cfinv", "rmif", "setf8", "setf16",
    /* v8.5: MTE, FRINTts, flag conversion, speculation barrier */
    "irg", "gmi", "subp", "subps", "addg", "subg", "cmpp", "stg", "stzg", "st2g", "stz2g",
    "stgp", "ldg", "ldgm", "stgm", "stzgm", "frint32x", "frint32z", "frint64x", "frint64z",
    "axflag", "xaflag", "sb",
    /* v8.6: BF16, I8MM; v8.7: LS64, WFxT; TME; SME/SVE forms without z/p operands */
    "bfdot", "bfmmla", "bfmlalb", "bfmlalt", "bfcvt", "bfcvtn", "bfcvtn2", "smmla", "ummla",
    "usmmla", "usdot", "sudot", "ld64b", "st64b", "st64bv", "st64bv0", "wfet", "wfit",
    "tstart", "tcommit", "ttest", "tcancel", "smstart", "smstop", "zero", "setffr",
};

/* FEAT_CSSC (v8.9) reuses SIMD mnemonics on general registers */
static const char *const cssc_mnemonics[] = { "abs", "cnt", "ctz", "smax", "smin", "umax",
                                              "umin" };
/* FP conversions that take or give half precision in Armv8.0 */
static const char *const fp16_v80[] = { "fcvt", "fcvtl", "fcvtl2", "fcvtn", "fcvtn2" };

static bool in_list(const char *s, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(s, list[i]) == 0)
            return true;
    return false;
}

/* Start of an operand token: start of text or after ' ', '{', ',', '['. */
static bool tok_start(const char *ops, const char *p)
{
    return p == ops || strchr(" {,[", p[-1]);
}

/* SVE/SME operands: z<n>, p<n>, pn<n>, za..., zt0 */
static bool has_sve_operand(const char *ops)
{
    for (const char *p = ops; *p; p++) {
        if (!tok_start(ops, p))
            continue;
        if (p[0] == 'z' && (isdigit((unsigned char)p[1]) || p[1] == 'a' ||
                            (p[1] == 't' && p[2] == '0')))
            return true;
        if (p[0] == 'p' && (isdigit((unsigned char)p[1]) ||
                            (p[1] == 'n' && isdigit((unsigned char)p[2]))))
            return true;
    }
    return false;
}

/* Half-precision operands: h<n>, .<n>h, .h[i] */
static bool has_half_operand(const char *ops)
{
    for (const char *p = ops; *p; p++) {
        if (tok_start(ops, p) && p[0] == 'h' && isdigit((unsigned char)p[1]))
            return true;
        if (p[0] == '.' && (p[1] == 'h' || isdigit((unsigned char)p[1]))) {
            const char *q = p + 1;
            while (isdigit((unsigned char)*q))
                q++;
            if (*q == 'h' && !isalnum((unsigned char)q[1]))
                return true;
        }
    }
    return false;
}

/* SVE/SME scalar forms: [su]q?(inc|dec)[bhwdp], cnt[bhwdp], add[vp]l, rdvl,
 * adds[vp]l, rdsvl, cterm* */
static bool is_sve_scalar(const char *mn)
{
    const char *p = mn;
    if ((p[0] == 's' || p[0] == 'u') && p[1] == 'q')
        p += 2;
    if ((strncmp(p, "inc", 3) == 0 || strncmp(p, "dec", 3) == 0) && p[3] && !p[4] &&
        strchr("bhwdp", p[3]))
        return true;
    if (strncmp(mn, "cnt", 3) == 0 && mn[3] && !mn[4] && strchr("bhwdp", mn[3]))
        return true;
    static const char *const other[] = { "addvl", "addpl", "rdvl", "addsvl", "addspl",
                                         "rdsvl", "ctermeq", "ctermne" };
    return in_list(mn, other, ARRAY_SIZE(other));
}

/* FEAT_MOPS (v8.8): cpy[f]{p,m,e}*, set[g]{p,m,e}* */
static bool is_mops(const char *mn)
{
    const char *p = NULL;
    if (!strncmp(mn, "cpyf", 4))
        p = mn + 4;
    else if (!strncmp(mn, "cpy", 3))
        p = mn + 3;
    else if (!strncmp(mn, "setg", 4))
        p = mn + 4;
    else if (!strncmp(mn, "set", 3))
        p = mn + 3;
    return p && *p && strchr("pme", *p);
}

/* Classify one line of objdump text ("mnemonic\toperands  // comment"). */
static enum Verdict classify(const char *text)
{
    char mn[32], ops[160];
    size_t n = strcspn(text, "\t ");
    if (strstr(text, "; undefined") || strstr(text, "; NYI") || !strncmp(text, ".inst", 5))
        return BU_UNDEF;
    if (n >= sizeof(mn))
        n = sizeof(mn) - 1;
    memcpy(mn, text, n);
    mn[n] = 0;
    const char *o = text + n;
    while (*o == '\t' || *o == ' ')
        o++;
    size_t m = strcspn(o, "/;");
    if (m >= sizeof(ops))
        m = sizeof(ops) - 1;
    memcpy(ops, o, m);
    ops[m] = 0;

    if (has_sve_operand(ops) || is_sve_scalar(mn))
        return BU_SVE;
    if (in_list(mn, later_mnemonics, ARRAY_SIZE(later_mnemonics)) ||
        !strncmp(mn, "bc.", 3) || is_mops(mn) ||                       /* v8.8 */
        (in_list(mn, cssc_mnemonics, ARRAY_SIZE(cssc_mnemonics)) &&
         (ops[0] == 'w' || ops[0] == 'x')) ||                          /* v8.9 */
        (!strcmp(mn, "dsb") && strstr(ops, "nxs")))                    /* v8.7 */
        return BU_LATER;
    if ((mn[0] == 'f' || !strcmp(mn, "scvtf") || !strcmp(mn, "ucvtf")) &&
        !in_list(mn, fp16_v80, ARRAY_SIZE(fp16_v80)) && has_half_operand(ops))
        return BU_FP16;
    /* binutils prints every op0=0 system word it does not know as a system
     * register access S0_<op1>_<Cn>_<Cm>_<op2>; the Arm ARM has no op0=0
     * registers (that space is hints, barriers, PSTATE and unallocated). */
    if ((!strcmp(mn, "msr") && !strncmp(ops, "s0_", 3)) ||
        (!strcmp(mn, "mrs") && strstr(ops, ", s0_")))
        return BU_LENIENT;
    return BU_TARGET;
}

#endif
