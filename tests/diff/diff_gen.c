/*
 * diff_gen.c — random straight-line test programs from the encoding table
 * (src/cpu/a64*.def), for the differential test against QEMU.
 *
 * A program is K random instructions ("items"). Each item is an instance
 * of a fuzzable row — implemented (INSN), enabled for the CPU model, not a
 * system instruction — with its fixed bits kept and every field and
 * ignored bit random, re-drawn until it decodes to a fuzzable row and no
 * exclusion rule (diff_rules.c) rejects it; candidates xnuemu decodes as
 * UNDEFINED (reserved values) are kept only 1 time in N (the reserved
 * probe: sampling only, they are still compared). Some items get set-up
 * words in front ("helpers", themselves table rows):
 *
 *  - loads and stores: the base register Rn (bits 9:5 in every form) is set
 *    with MOVZ/MOVK so that the effective address, computed here from the
 *    Arm ARM encoding classes (C4.1.88) independently of xnuemu's decoder,
 *    falls in the data window: mostly aligned to the access size, sometimes
 *    straddling the page boundary in the window's middle, with a random tag
 *    byte 1 time in 8 (TBI0), and 1 time in 16 not set up at all (a random
 *    base: the fault is compared). Rn = SP goes through a scratch register
 *    and ADD SP, Xk, #0. The register-offset form also sets Rm to a small
 *    positive or negative index. A store-exclusive is preceded half of the
 *    time by a load-exclusive of the same address and size, so it can pass.
 *    The window gets random data where the access lands (patches);
 *  - literal loads: the offset is rewritten so the literal lies in the code
 *    page (the program's words half of the time, else zeros);
 *  - branches: only forward, to the start of a later item or to the
 *    terminator: immediate offsets are rewritten, BR/BLR/RET get their
 *    register set to the target (RET/BR XZR branch to 0 and fault).
 *
 * Inputs: the registers named by any register-field position of an item
 * (bits 4:0, 9:5, 14:10, 20:16) get random values biased toward edge
 * cases; other registers keep the defaults (diff_host.h), which keeps
 * recorded vectors short. NZCV is random. When an item is an FP/SIMD row,
 * the V registers named likewise get FP-biased values (zeros, denormals,
 * infinities, quiet and signalling NaNs, extremes, integers around the
 * conversion limits) and FPCR (RMode, FZ, DN, AHP) and FPSR are random.
 */
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

#include "diff_host.h"
#include "diff_rules.h"


/* ------------------------------------------------------------------ */

struct DiffGen {
    const A64Decoder *dec;
    unsigned nrows, k;
    uint16_t rows[A64__COUNT];
    bool fuzzable[A64__COUNT];
    uint64_t rejected[DIFF_NRULES];
    uint64_t rng;
    bool (*reserved)(void *ctx, uint32_t w);
    void *reserved_ctx;
    unsigned keep_reserved;
    uint64_t reserved_dropped;
    int force_row;
    bool disabled[DIFF_NRULES];
};

bool dg_disable_rule(DiffGen *g, const char *name)
{
    bool found = false;
    for (unsigned i = 0; i < DIFF_NRULES; i++)
        if (!strcmp(name, "all") || !strcmp(name, diff_rules[i].name)) {
            g->disabled[i] = true;
            found = true;
        }
    return found;
}

static bool rule_off(const DiffGen *g, const char *name)
{
    for (unsigned i = 0; i < DIFF_NRULES; i++)
        if (!strcmp(diff_rules[i].name, name))
            return g->disabled[i];
    return false;
}

void dg_force_first_row(DiffGen *g, int row)
{
    g->force_row = row;
}

void dg_set_reserved_probe(DiffGen *g, bool (*fn)(void *ctx, uint32_t w), void *ctx,
                           unsigned keep_one_in)
{
    g->reserved = fn;
    g->reserved_ctx = ctx;
    g->keep_reserved = keep_one_in;
}

static uint64_t rnd(DiffGen *g)
{
    uint64_t z = (g->rng += UINT64_C(0x9e3779b97f4a7c15));
    z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
    return z ^ (z >> 31);
}

static unsigned rndn(DiffGen *g, unsigned n)
{
    return (unsigned)(rnd(g) % n);
}

static bool row_fuzzable(const A64Decoder *dec, unsigned id)
{
    const A64RowDef *r = &a64_rows[id];
    if (id == A64_UNALLOCATED || !r->exec || !dec->enabled[id])
        return false;
    if (r->flags & (F_SYS | F_UNIMPL | F_UNALLOC))
        return false;
    return true;
}

static bool has_field(const A64Decoder *dec, unsigned id, char letter)
{
    const A64RowInfo *ri = &dec->info[id];
    for (unsigned k = 0; k < ri->nfields; k++)
        if (ri->letter[k] == letter)
            return true;
    return false;
}

/* pattern: fnmatch on the row name or its family; "int", "fp", "simd"
 * select by flags; a leading '!' removes. */
static bool pat_match(const char *pat, unsigned id)
{
    char fam[32];
    uint64_t fl = a64_rows[id].flags;
    if (!strcmp(pat, "int"))
        return !(fl & (F_FP | F_SIMD));
    if (!strcmp(pat, "fp"))
        return (fl & F_FP) != 0;
    if (!strcmp(pat, "simd"))
        return (fl & F_SIMD) != 0;
    return fnmatch(pat, a64_rows[id].name, 0) == 0 ||
           fnmatch(pat, a64_row_family(id, fam, sizeof(fam)), 0) == 0;
}

DiffGen *dg_new(const A64Decoder *dec, const char *patterns, unsigned insns_per_prog,
                char *err, size_t errlen)
{
    DiffGen *g = calloc(1, sizeof(*g));
    if (!g)
        abort();
    g->dec = dec;
    g->k = insns_per_prog ? insns_per_prog : 1;
    g->force_row = -1;
    if (strcmp(diff_rules[RULE_STX_SIZE].name, "stxr-size-mismatch") ||
        strcmp(diff_rules[RULE_STX_STORE].name, "stxr-intervening-store"))
        abort();                        /* the rule table and its indices disagree */
    char pats[1024];
    snprintf(pats, sizeof(pats), "%s", patterns && *patterns ? patterns : "*");
    bool any_positive = false;
    for (char *s = pats; *s; s++)
        if ((s == pats || s[-1] == ',') && *s != '!')
            any_positive = true;
    for (unsigned id = 1; id < A64__COUNT; id++) {
        if (!row_fuzzable(dec, id))
            continue;
        uint64_t fl = a64_rows[id].flags;
        if ((fl & F_BRANCH) && !has_field(dec, id, 'i') && !has_field(dec, id, 'n'))
            continue;
        g->fuzzable[id] = true;
        char tmp[1024], *save = NULL;
        snprintf(tmp, sizeof(tmp), "%s", pats);
        bool in = !any_positive;
        for (char *p = strtok_r(tmp, ",", &save); p; p = strtok_r(NULL, ",", &save)) {
            if (*p == '!') {
                if (pat_match(p + 1, id))
                    in = false;
            } else if (pat_match(p, id)) {
                in = true;
            }
        }
        if (in)
            g->rows[g->nrows++] = (uint16_t)id;
    }
    if (!g->nrows) {
        snprintf(err, errlen, "no implemented, non-system row matches '%s'", pats);
        free(g);
        return NULL;
    }
    return g;
}

void dg_free(DiffGen *g)
{
    free(g);
}

unsigned dg_nrows(const DiffGen *g)
{
    return g->nrows;
}

unsigned dg_row(const DiffGen *g, unsigned i)
{
    return g->rows[i];
}

void dg_print_exclusions(const DiffGen *g, FILE *f, bool counts)
{
    for (unsigned i = 0; i < DIFF_NRULES; i++) {
        fprintf(f, "  %-22s %s\n", diff_rules[i].name, diff_rules[i].ref);
        fprintf(f, "  %-22s %s", "", diff_rules[i].why);
        if (counts && g)
            fprintf(f, " [rejected %llu candidates]", (unsigned long long)g->rejected[i]);
        fputc('\n', f);
    }
}

/* ---- values ---- */

static uint64_t gen_x(DiffGen *g)
{
    static const uint64_t edge[] = {
        0, 1, 2, ~UINT64_C(0), ~UINT64_C(0) - 1, UINT64_C(0x8000000000000000),
        UINT64_C(0x7fffffffffffffff), UINT64_C(0x8000000000000001), UINT64_C(0x80000000),
        UINT64_C(0x7fffffff), UINT64_C(0xffffffff), UINT64_C(0x100000000),
        UINT64_C(0xffffffff80000000), UINT64_C(0xffffffff7fffffff), UINT64_C(0x80000001),
        UINT64_C(0xfffffffe), UINT64_C(0x8000), UINT64_C(0x7fff), UINT64_C(0xffff),
        UINT64_C(0xffffffffffff8000), UINT64_C(0x80), UINT64_C(0x7f), UINT64_C(0xff),
        UINT64_C(0xffffffffffffff80), UINT64_C(0x5555555555555555), UINT64_C(0xaaaaaaaaaaaaaaaa),
        UINT64_C(0x0000ffff0000ffff), UINT64_C(0x00ff00ff00ff00ff), 63, 64, 31, 32,
    };
    uint64_t r = rnd(g);
    switch (rndn(g, 16)) {
    case 0: case 1: case 2: case 3: case 4:
        return r;
    case 5:
        return r & 63;
    case 6:
        return -(r & 63);
    case 7: case 8:
        return edge[r % (sizeof(edge) / sizeof(edge[0]))];
    case 9: {
        unsigned s = (unsigned)(r & 63);
        uint64_t b = UINT64_C(1) << s;
        switch ((r >> 6) & 3) {
        case 0: return b;
        case 1: return b - 1;
        case 2: return -b;
        default: return ~(b - 1) << 1 | 1;
        }
    }
    case 10:
        return DIFF_DATA_ADDR + (r % DIFF_DATA_SIZE);
    case 11:
        return (uint32_t)r;
    case 12:
        return (uint64_t)(int64_t)(int32_t)r;
    case 13:
        return r & rnd(g) & rnd(g);
    case 14:
        return r | rnd(g) | rnd(g);
    default:
        return (r & 0xffff) << (16 * (unsigned)((r >> 16) & 3));
    }
}

static uint64_t gen_fp(DiffGen *g, unsigned ebits, unsigned mbits)
{
    uint64_t r = rnd(g);
    uint64_t sign = (r >> 63) & 1, emax = (UINT64_C(1) << ebits) - 1;
    uint64_t mmask = (UINT64_C(1) << mbits) - 1, bias = emax >> 1;
    uint64_t e, m = rnd(g) & mmask;
    switch (rndn(g, 14)) {
    case 0: e = 0; m = 0; break;                                  /* zero */
    case 1: e = 0; if (!m) m = 1; break;                          /* denormal */
    case 2: e = emax; m = 0; break;                               /* infinity */
    case 3: e = emax; m |= UINT64_C(1) << (mbits - 1); break;     /* quiet NaN */
    case 4: e = emax; m &= ~(UINT64_C(1) << (mbits - 1)); if (!m) m = 1; break; /* signalling */
    case 5: e = emax - 1; break;                                  /* huge */
    case 6: e = 1; break;                                         /* tiny normal */
    case 7: e = bias + rndn(g, 3) - 1; m &= ~(mmask >> rndn(g, (unsigned)mbits)); break; /* ~1 */
    case 8: {                                                     /* around 2^31, 2^32, 2^63, 2^64 */
        static const unsigned p[] = { 15, 16, 31, 32, 63, 64 };
        unsigned k = p[rndn(g, 6)];
        e = bias + k - rndn(g, 2);
        if (e >= emax)
            e = emax - 1;
        m = rndn(g, 2) ? mmask - rndn(g, 4) : rndn(g, 4);
        break;
    }
    case 9: {                                                     /* small integers, halves */
        unsigned k = rndn(g, 12);
        e = bias + k;
        m &= ~(mmask >> (k + 1 < mbits ? k + 1 : mbits));
        break;
    }
    default: {                                                    /* moderate range */
        int64_t se = (int64_t)bias - (int64_t)ebits * 4 + (int64_t)(rnd(g) % (ebits * 8 + 1));
        e = se < 1 ? 1 : se >= (int64_t)emax ? emax - 1 : (uint64_t)se;
        break;
    }
    }
    return sign << (ebits + mbits) | e << mbits | (m & mmask);
}

static void gen_v(DiffGen *g, uint64_t v[2])
{
    unsigned mode = rndn(g, 8);
    for (unsigned h = 0; h < 2; h++) {
        uint64_t x = 0;
        switch (mode) {
        case 0: case 1:
            x = gen_fp(g, 11, 52);
            break;
        case 2: case 3:
            x = gen_fp(g, 8, 23) | gen_fp(g, 8, 23) << 32;
            break;
        case 4:
            for (unsigned i = 0; i < 4; i++)
                x |= gen_fp(g, 5, 10) << (16 * i);
            break;
        case 5:
            x = gen_x(g);
            break;
        case 6:
            x = rnd(g);
            break;
        default: {
            /* integer lanes of a random size with edge values */
            unsigned esz = 8u << rndn(g, 4);
            for (unsigned i = 0; i < 64; i += esz) {
                uint64_t lane = gen_x(g);
                if (esz < 64)
                    lane &= (UINT64_C(1) << esz) - 1;
                x |= lane << i;
            }
            break;
        }
        }
        v[h] = x;
    }
}

/* ---- address model: Arm ARM C4.1.88 load/store encoding classes ---- */

enum { MK_BASE, MK_REGOFF, MK_LIT };

typedef struct MemShape {
    int kind;
    int64_t off;          /* MK_BASE: EA = Xn + off */
    unsigned bytes;       /* an upper bound of the bytes accessed */
    unsigned align;       /* natural alignment */
    unsigned m, amt;      /* MK_REGOFF: EA = Xn + (Xm << amt) */
} MemShape;

static int64_t sx(uint32_t v, unsigned bits)
{
    return (int64_t)((uint64_t)v << (64 - bits)) >> (64 - bits);
}

static MemShape mem_shape(uint32_t w)
{
    MemShape s = { MK_BASE, 0, 8, 8, 0, 0 };
    unsigned size = w >> 30, v = (w >> 26) & 1, opc = (w >> 22) & 3;
    unsigned scale = v ? ((opc & 2) && size == 0 ? 4 : size) : size;
    if ((w & 0x3f000000) == 0x08000000) {            /* exclusive, ordered, CAS(P) */
        bool pair = ((w >> 21) & 1) && !((w >> 23) & 1);
        s.bytes = pair ? ((w >> 30) & 1 ? 16 : 8) : 1u << size;
        s.align = s.bytes;
    } else if ((w & 0x3b000000) == 0x18000000) {     /* literal */
        s.kind = MK_LIT;
        s.bytes = 16;
    } else if ((w & 0x3a000000) == 0x28000000) {     /* pairs */
        unsigned sc = v ? 2 + size : 2 + (size >> 1);
        unsigned idx = (w >> 23) & 3;
        s.off = idx == 1 ? 0 : sx((w >> 15) & 0x7f, 7) * ((int64_t)1 << sc);
        s.bytes = 2u << sc;
        s.align = 1u << sc;
    } else if ((w & 0x3b000000) == 0x38000000) {     /* register forms */
        s.bytes = s.align = 1u << scale;
        if (!((w >> 21) & 1)) {
            unsigned idx = (w >> 10) & 3;
            s.off = idx == 1 ? 0 : sx((w >> 12) & 0x1ff, 9);
        } else if (((w >> 10) & 3) == 2) {
            s.kind = MK_REGOFF;
            s.m = (w >> 16) & 31;
            s.amt = (w >> 12) & 1 ? scale : 0;
        }
    } else if ((w & 0x3b000000) == 0x39000000) {     /* unsigned offset */
        s.off = (int64_t)((w >> 10) & 0xfff) << scale;
        s.bytes = s.align = 1u << scale;
    } else if ((w & 0xbf000000) == 0x0c000000 || (w & 0xbf000000) == 0x0d000000) {
        s.bytes = 64;                                /* SIMD structures */
        s.align = 1u << size;
    }
    if (s.align > 16)
        s.align = 16;
    return s;
}

/* ---- building a program ---- */

#define A64_MOVZ_X(d, imm, hw) (UINT32_C(0xd2800000) | (uint32_t)(hw) << 21 | \
                                (uint32_t)(imm) << 5 | (uint32_t)(d))
#define A64_MOVK_X(d, imm, hw) (UINT32_C(0xf2800000) | (uint32_t)(hw) << 21 | \
                                (uint32_t)(imm) << 5 | (uint32_t)(d))
#define A64_MOV_SP(k)          (UINT32_C(0x91000000) | (uint32_t)(k) << 5 | 31u)

typedef struct Item {
    uint32_t main;
    unsigned row;
    unsigned nhelp;
    uint32_t help[8];
    int fix;              /* FIX_* */
    unsigned target_reg;  /* FIX_BREG: helper 0/1 set this register */
    bool ea_known;        /* loads/stores set up: the address accessed */
    uint64_t ea;
    unsigned bytes;
    bool ldex_helper;     /* a load-exclusive of the same address and size precedes */
} Item;

enum { FIX_NONE, FIX_BIMM, FIX_BREG, FIX_LIT };

static uint32_t deposit(uint32_t w, uint32_t mask, uint64_t v)
{
    for (unsigned b = 0; b < 32; b++)
        if (mask & (UINT32_C(1) << b)) {
            w = (w & ~(UINT32_C(1) << b)) | (uint32_t)(v & 1) << b;
            v >>= 1;
        }
    return w;
}

static uint32_t field_mask(const A64Decoder *dec, unsigned row, char letter)
{
    const A64RowInfo *ri = &dec->info[row];
    for (unsigned k = 0; k < ri->nfields; k++)
        if (ri->letter[k] == letter)
            return ri->fmask[k];
    return 0;
}

static void set_reg32(Item *it, unsigned reg, uint32_t val)
{
    it->help[it->nhelp++] = A64_MOVZ_X(reg, val & 0xffff, 0);
    it->help[it->nhelp++] = A64_MOVK_X(reg, val >> 16, 1);
}

static void add_patch(DiffProg *p, uint32_t off, unsigned len, uint64_t val)
{
    if (p->npatch >= DIFF_MAX_PATCH || off >= DIFF_DATA_SIZE)
        return;
    if (len > DIFF_DATA_SIZE - off)
        len = DIFF_DATA_SIZE - off;
    if (len < 8)
        val &= (UINT64_C(1) << (8 * len)) - 1;
    p->patch[p->npatch++] = (DiffPatch){ .off = off, .len = len, .val = val };
}

/* Xm as the register-offset form extends it (option, Arm ARM C6.2 LDR
 * (register): ExtendReg) */
static uint64_t extend_reg(uint64_t x, unsigned option)
{
    switch (option) {
    case 2: return (uint32_t)x;                          /* UXTW */
    case 6: return (uint64_t)(int64_t)(int32_t)x;        /* SXTW */
    default: return x;                                   /* LSL/UXTX, SXTX */
    }
}

static bool is_store_exclusive(const char *name)
{
    static const char *const rows[] = { "STXR", "STLXR", "STXP", "STLXP", NULL };
    return dr_name_in(name, rows);
}

/* Set up a load/store: base (and index) registers, data at the address. */
static void setup_mem(DiffGen *g, Item *it, DiffProg *p)
{
    MemShape s = mem_shape(it->main);
    const char *name = a64_rows[it->row].name;
    if (s.kind == MK_LIT) {
        it->fix = FIX_LIT;
        return;
    }
    it->bytes = s.bytes;
    bool aligned = (is_store_exclusive(name) && !rule_off(g, "stxr-aligned-address")) ||
                   (!strcmp(name, "LDAPR") && !rule_off(g, "ldapr-aligned-address"));
    if (!aligned && rndn(g, 16) == 0)
        return;                         /* random base: compare the fault */
    unsigned n = (it->main >> 5) & 31;
    uint32_t o;
    unsigned span = s.bytes < 64 ? 64 : s.bytes;
    switch (aligned ? 2 : rndn(g, 8)) {
    case 0:                             /* straddling the page boundary */
        o = 0x1000 - 1 - rndn(g, s.bytes > 1 ? s.bytes - 1 : 1);
        break;
    case 1:                             /* anywhere */
        o = rndn(g, DIFF_DATA_SIZE - span);
        break;
    default:
        o = rndn(g, DIFF_DATA_SIZE - span) & ~(s.align - 1);
        break;
    }
    uint64_t ea = DIFF_DATA_ADDR + o;
    uint64_t base = ea - (uint64_t)s.off;
    it->ea_known = true;
    it->ea = ea;
    if (s.kind == MK_REGOFF && s.m != n && s.m != 31) {
        /* a small index, negative 1 time in 4 (MOVN: all ones above) */
        unsigned k = rndn(g, 64);
        uint64_t xm;
        if (rndn(g, 4) == 0) {
            it->help[it->nhelp++] = UINT32_C(0x92800000) | (uint32_t)k << 5 | s.m;
            xm = ~(uint64_t)k;
        } else {
            it->help[it->nhelp++] = A64_MOVZ_X(s.m, k, 0);
            xm = k;
        }
        base = ea - (extend_reg(xm, (it->main >> 13) & 7) << s.amt);
    }
    unsigned breg = n;
    if (n == 31) {
        do
            breg = rndn(g, 31);
        while (s.kind == MK_REGOFF && breg == s.m);
    }
    set_reg32(it, breg, (uint32_t)base);
    if (rndn(g, 8) == 0)                /* a tag in the top byte (TBI0) */
        it->help[it->nhelp++] = A64_MOVK_X(breg, (rnd(g) & 0xff) << 8, 3);
    if (n == 31)
        it->help[it->nhelp++] = A64_MOV_SP(breg);
    /* a store-exclusive after a matching load-exclusive, half the time */
    if (is_store_exclusive(name) && rndn(g, 2)) {
        unsigned t, u;
        do {
            t = rndn(g, 31);
            u = rndn(g, 31);
        } while (t == n || u == n || t == u);
        it->ldex_helper = true;
        if (!strcmp(name, "STXP") || !strcmp(name, "STLXP"))   /* LDXP, same size */
            it->help[it->nhelp++] = UINT32_C(0x887f0000) | (it->main & (UINT32_C(1) << 30)) |
                                    u << 10 | n << 5 | t;
        else                                                  /* LDXR, same size */
            it->help[it->nhelp++] = UINT32_C(0x085f7c00) | (it->main & UINT32_C(0xc0000000)) |
                                    n << 5 | t;
    }
    /* interesting data where the access lands */
    unsigned len = s.bytes > 16 ? 16 : s.bytes;
    for (unsigned b = 0; b < len; b += 8)
        add_patch(p, o + b, len - b < 8 ? len - b : 8, gen_x(g));
}

/* Draw one item: a random instance of a random row that decodes to a
 * fuzzable row and no rule rejects. */
static void draw_item(DiffGen *g, Item *it, int force_row)
{
    for (unsigned rounds = 0;; rounds++) {
        if (rounds == 1000)
            force_row = -1;             /* the forced row never passes: any row */
        unsigned row = force_row >= 0 ? (unsigned)force_row : g->rows[rndn(g, g->nrows)];
        const A64RowInfo *ri = &g->dec->info[row];
        for (unsigned tries = 0; tries < 64; tries++) {
            uint32_t w = ri->value | ((uint32_t)rnd(g) & ~ri->mask);
            unsigned got = a64_decode(g->dec, w);
            if (!g->fuzzable[got])
                continue;
            DiffRuleCtx c = { g->dec, got, w, a64_rows[got].flags, a64_rows[got].name };
            bool bad = false;
            for (unsigned r = 0; r < DIFF_NRULES && !bad; r++)
                if (!g->disabled[r] && diff_rules[r].hit(&c)) {
                    g->rejected[r]++;
                    bad = true;
                }
            if (bad)
                continue;
            /* reserved values (UNDEFINED) end a program early: keep 1 in N */
            if (g->reserved && g->keep_reserved > 1 && g->reserved(g->reserved_ctx, w) &&
                rndn(g, g->keep_reserved) != 0) {
                g->reserved_dropped++;
                continue;
            }
            *it = (Item){ .main = w, .row = got };
            return;
        }
    }
}

/* Register numbers at the register-field positions of w. */
static uint32_t regs_named(uint32_t w)
{
    return UINT32_C(1) << (w & 31) | UINT32_C(1) << ((w >> 5) & 31) |
           UINT32_C(1) << ((w >> 10) & 31) | UINT32_C(1) << ((w >> 16) & 31);
}

static bool is_load_exclusive(const char *name)
{
    static const char *const rows[] = { "LDXR", "LDAXR", "LDXP", "LDAXP", NULL };
    return dr_name_in(name, rows);
}

/* The program-level exclusive-monitor rules for a store-exclusive it after
 * items[0..n): every earlier load-exclusive has its size, and no store
 * between the first of them and it may touch the 64-byte granule (xnuemu's
 * CTR_EL0.ERG) of any of them. Returns the rule index hit, or -1. */
static int excl_conflict(const DiffGen *g, const Item *items, unsigned n, const Item *it)
{
    if (!is_store_exclusive(a64_rows[it->row].name))
        return -1;
    unsigned first = n;
    for (unsigned j = 0; j < n; j++)
        if (is_load_exclusive(a64_rows[items[j].row].name) || items[j].ldex_helper) {
            if (first == n)
                first = j;
            if (!g->disabled[RULE_STX_SIZE] && items[j].bytes != it->bytes)
                return RULE_STX_SIZE;
        }
    if (g->disabled[RULE_STX_STORE])
        return -1;
    for (unsigned j = first; j < n; j++) {
        uint64_t fl = a64_rows[items[j].row].flags;
        if (!(fl & F_STORE) || is_store_exclusive(a64_rows[items[j].row].name))
            continue;
        if (!items[j].ea_known)
            return RULE_STX_STORE;
        for (unsigned l = first; l < n; l++) {
            if (!is_load_exclusive(a64_rows[items[l].row].name) && !items[l].ldex_helper)
                continue;
            if (!items[l].ea_known)
                return RULE_STX_STORE;
            uint64_t gr = items[l].ea & ~UINT64_C(63);
            if (items[j].ea < gr + 64 && items[j].ea + items[j].bytes > gr)
                return RULE_STX_STORE;
        }
    }
    return -1;
}

void dg_program(DiffGen *g, uint64_t seed, uint64_t index, DiffProg *p, DiffMeta *m)
{
    g->rng = seed * UINT64_C(0x9e3779b97f4a7c15) ^ (index + 1) * UINT64_C(0xd1b54a32d192ed03);
    (void)rnd(g);
    diff_prog_init(p);
    memset(m, 0, sizeof(*m));

    Item items[32];
    unsigned k = g->k < 32 ? g->k : 32;
    unsigned total = 0;
    bool fp = false;
    uint32_t xregs = 0, vregs = 0;
    for (unsigned i = 0; i < k; i++) {
        Item *it = &items[i];
        uint64_t fl;
        for (unsigned attempt = 0;; attempt++) {
            uint32_t npatch = p->npatch;
            draw_item(g, it, i == 0 ? g->force_row : -1);
            fl = a64_rows[it->row].flags;
            if (fl & (F_LOAD | F_STORE))
                setup_mem(g, it, p);
            int r = excl_conflict(g, items, i, it);
            if (r < 0)
                break;
            g->rejected[r]++;
            p->npatch = npatch;
            if (attempt == 1000) {      /* nothing fits after these items: stop here */
                k = i;
                break;
            }
        }
        if (i == k)
            break;
        if (fl & F_BRANCH) {
            if (field_mask(g->dec, it->row, 'i')) {
                it->fix = FIX_BIMM;
            } else {
                it->fix = FIX_BREG;
                it->target_reg = (it->main >> 5) & 31;
                if (it->target_reg != 31)
                    set_reg32(it, it->target_reg, 0);
            }
        }
        if (total + it->nhelp + 1 > DIFF_MAX_WORDS) {
            k = i;
            break;
        }
        total += it->nhelp + 1;
        if (fl & (F_FP | F_SIMD)) {
            fp = true;
            vregs |= regs_named(it->main);
        }
        xregs |= regs_named(it->main);
    }

    /* layout */
    unsigned start[33], pos = 0;
    for (unsigned i = 0; i < k; i++) {
        start[i] = pos;
        for (unsigned h = 0; h < items[i].nhelp; h++) {
            p->words[pos] = items[i].help[h];
            m->row[pos] = (uint16_t)a64_decode(g->dec, items[i].help[h]);
            m->helper[pos] = 1;
            m->item[pos] = (uint8_t)i;
            pos++;
        }
        p->words[pos] = items[i].main;
        m->row[pos] = (uint16_t)items[i].row;
        m->item[pos] = (uint8_t)i;
        pos++;
    }
    start[k] = pos;                      /* the terminator */
    p->nwords = pos;
    m->nitems = k;

    /* position-dependent fields */
    for (unsigned i = 0; i < k; i++) {
        Item *it = &items[i];
        unsigned at = start[i] + it->nhelp;         /* the main word */
        uint32_t *w = &p->words[at];
        if (it->fix == FIX_NONE)
            continue;
        for (unsigned j = start[i]; j <= at; j++)
            m->pcrel[j] = 1;
        if (it->fix == FIX_LIT) {
            uint32_t mask = field_mask(g->dec, it->row, 'i');
            /* half the time among the program's own words */
            int64_t target = rndn(g, 2) ? rndn(g, p->nwords + 1)
                                        : rndn(g, DIFF_CODE_SIZE / 4 - 4);
            *w = deposit(*w, mask, (uint64_t)(target - (int64_t)at));
            continue;
        }
        unsigned t = start[i + 1 + rndn(g, k - i)];    /* a later item or the terminator */
        if (it->fix == FIX_BIMM) {
            *w = deposit(*w, field_mask(g->dec, it->row, 'i'), t - at);
        } else if (it->target_reg != 31) {
            uint32_t addr = (uint32_t)(DIFF_CODE_ADDR + 4u * t);
            p->words[start[i]] = A64_MOVZ_X(it->target_reg, addr & 0xffff, 0);
            p->words[start[i] + 1] = A64_MOVK_X(it->target_reg, addr >> 16, 1);
        }
    }

    /* inputs */
    for (unsigned r = 0; r < 31; r++)
        if (xregs & (UINT32_C(1) << r))
            p->x[r] = gen_x(g);
    if (xregs & (UINT32_C(1) << 31))       /* SP (or XZR) named */
        p->sp = DIFF_DATA_ADDR + 0x100 + (rndn(g, DIFF_DATA_SIZE - 0x200) & ~UINT32_C(15));
    p->nzcv = (uint32_t)(rnd(g) & 0xf) << 28;
    if (fp) {
        for (unsigned r = 0; r < 32; r++)
            if (vregs & (UINT32_C(1) << r))
                gen_v(g, p->v[r]);
        /* FPCR: RMode, FZ, DN, AHP; usually round-to-nearest */
        uint32_t c = 0;
        if (rndn(g, 2))
            c |= (uint32_t)rndn(g, 4) << 22;
        if (rndn(g, 4) == 0)
            c |= 1u << 24;
        if (rndn(g, 4) == 0)
            c |= 1u << 25;
        if (rndn(g, 4) == 0)
            c |= 1u << 26;
        p->fpcr = c;
        if (rndn(g, 4) == 0)
            p->fpsr = (uint32_t)(rnd(g) & 0x0800009f);
    }
}
