/*
 * diff_vec.c — comparing two outcomes, and the text format of recorded
 * vectors (described in tests/vectors/README.md):
 *
 *   case NAME
 *   code WORD WORD ...                 program words (hex), terminator implied
 *   in x1=0x5 sp=0x40101000 nzcv=0x60000000 fpcr=0x0 fpsr=0x0 v3=HI:LO
 *   mem OFF+LEN=VALUE                  a patch of the data window
 *   out OUTCOME pc=0x.. [addr=0x..] [code=0x..] x0=0x.. v3=HI:LO ...
 *   chg OFF=VALUE                      an 8-byte chunk of the window after
 *   end
 *
 * Inputs not listed hold the defaults (diff_host.h); outputs not listed equal
 * the inputs; window chunks not listed equal the window before the program.
 * '#' starts a comment line. Lines "in", "out", "mem", "chg" may repeat.
 */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "diff_host.h"

static const char *const outcome_names[DIFF__OUTCOMES] = {
    "done", "undef", "segv", "bus", "trap", "other",
};

const char *diff_outcome_name(uint32_t outcome)
{
    return outcome < DIFF__OUTCOMES ? outcome_names[outcome] : "?";
}

/* ---- comparing ---- */

typedef struct Sink {
    char *buf;
    size_t len, used;
    unsigned n;
} Sink;

PRINTF_LIKE(2, 3) static void note(Sink *s, const char *fmt, ...)
{
    s->n++;
    if (!s->buf || s->used + 1 >= s->len)
        return;
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(s->buf + s->used, s->len - s->used, fmt, ap);
    va_end(ap);
    if (k > 0)
        s->used = s->used + (size_t)k < s->len ? s->used + (size_t)k : s->len - 1;
}

static uint64_t chunk_of(const DiffOut *o, uint32_t off, bool *found)
{
    for (uint32_t i = 0; i < o->nchg; i++)
        if (o->chg[i].off == off) {
            *found = true;
            return o->chg[i].val;
        }
    *found = false;
    return 0;
}

/* Fault addresses: a (QEMU, recorded) is si_addr, b (xnuemu) is FAR.
 *  - Linux reports si_addr with the tag byte (bits 63:56) cleared (the
 *    arm64 tagged-address ABI, unless SA_EXPOSE_TAGBITS), so FAR is compared
 *    without it;
 *  - qemu-aarch64 on an x86-64 host passes the guest address to the host;
 *    a host fault at a non-canonical address (bit 47 and up not a sign
 *    extension) is a #GP whose si_addr is 0, so QEMU reports 0 when the
 *    access reaches 2^47 (FAR is the first byte of the access, at most 64
 *    bytes long);
 *  - see below for accesses crossing a page. */
static bool fault_addr_agree(uint64_t q, uint64_t x)
{
    uint64_t untagged = x & ~(UINT64_C(0xff) << 56);
    if (q == x || q == untagged || (q == 0 && untagged + 64 >= UINT64_C(1) << 47))
        return true;
    /* an access crossing a page boundary is performed as more than one
     * access in no defined order (DDI 0487 B2.5.2, alignment of data
     * accesses): a fault of either part may be the one reported, so the two
     * addresses may lie on the two sides of the boundary, a few bytes apart */
    uint64_t d = q > untagged ? q - untagged : untagged - q;
    return d < 64 && (q >> 12) != (untagged >> 12);
}

void diff_print_compare_rules(FILE *f)
{
    fputs("  fault-address-tag      Linux reports si_addr without the tag byte (arm64 tagged-address\n"
          "                         ABI, Documentation/arm64/tagged-pointers.rst): FAR is compared\n"
          "                         without bits 63:56\n"
          "  fault-address-x86-host qemu-aarch64 on an x86-64 host: an access reaching a non-canonical\n"
          "                         host address (2^47 and up) faults with si_addr 0: QEMU's 0 agrees\n"
          "                         with any such FAR\n"
          "  fault-address-crossing DDI 0487 B2.5.2: an access crossing a page is performed as more\n"
          "                         than one access in no defined order: the two addresses may lie on\n"
          "                         either side of the boundary (less than 64 bytes apart)\n"
          "  discard-ram            a program QEMU ends with a fault inside xnuemu's test RAM but\n"
          "                         outside the code page and data window (mapped in xnuemu only)\n"
          "                         is discarded unless xnuemu faults at the same instruction\n"
          "  harness                EL0 as Linux user space: TBI0 on, no SP alignment check (QEMU\n"
          "                         7.2 does not implement SCTLR_EL1.SA0), FP/SIMD enabled\n", f);
}

unsigned diff_compare(const DiffOut *a, const DiffOut *b, char *buf, size_t len)
{
    Sink s = { buf, len, 0, 0 };
    if (buf && len)
        buf[0] = 0;
    if (a->outcome != b->outcome || a->code != b->code)
        note(&s, "outcome %s(0x%x) vs %s(0x%x); ", diff_outcome_name(a->outcome), a->code,
             diff_outcome_name(b->outcome), b->code);
    if (a->pc != b->pc)
        note(&s, "pc 0x%" PRIx64 " vs 0x%" PRIx64 "; ", a->pc, b->pc);
    if (!fault_addr_agree(a->addr, b->addr))
        note(&s, "fault address 0x%" PRIx64 " vs 0x%" PRIx64 "; ", a->addr, b->addr);
    for (unsigned i = 0; i < 31; i++)
        if (a->x[i] != b->x[i])
            note(&s, "x%u 0x%" PRIx64 " vs 0x%" PRIx64 "; ", i, a->x[i], b->x[i]);
    if (a->sp != b->sp)
        note(&s, "sp 0x%" PRIx64 " vs 0x%" PRIx64 "; ", a->sp, b->sp);
    if (a->nzcv != b->nzcv)
        note(&s, "nzcv 0x%x vs 0x%x; ", a->nzcv >> 28, b->nzcv >> 28);
    if (a->fpcr != b->fpcr)
        note(&s, "fpcr 0x%x vs 0x%x; ", a->fpcr, b->fpcr);
    if (a->fpsr != b->fpsr)
        note(&s, "fpsr 0x%x vs 0x%x; ", a->fpsr, b->fpsr);
    for (unsigned i = 0; i < 32; i++)
        if (a->v[i][0] != b->v[i][0] || a->v[i][1] != b->v[i][1])
            note(&s, "v%u %016" PRIx64 ":%016" PRIx64 " vs %016" PRIx64 ":%016" PRIx64 "; ", i,
                 a->v[i][1], a->v[i][0], b->v[i][1], b->v[i][0]);
    /* window chunks: a chunk listed on one side only was unchanged on the other */
    for (uint32_t i = 0; i < a->nchg; i++) {
        bool f;
        uint64_t v = chunk_of(b, a->chg[i].off, &f);
        if (!f)
            note(&s, "mem+0x%x 0x%016" PRIx64 " vs unchanged; ", a->chg[i].off, a->chg[i].val);
        else if (v != a->chg[i].val)
            note(&s, "mem+0x%x 0x%016" PRIx64 " vs 0x%016" PRIx64 "; ", a->chg[i].off,
                 a->chg[i].val, v);
    }
    for (uint32_t i = 0; i < b->nchg; i++) {
        bool f;
        (void)chunk_of(a, b->chg[i].off, &f);
        if (!f)
            note(&s, "mem+0x%x unchanged vs 0x%016" PRIx64 "; ", b->chg[i].off, b->chg[i].val);
    }
    return s.n;
}

/* ---- writing ---- */

void diff_write_case(FILE *f, const char *name, const DiffProg *p, const DiffOut *o)
{
    DiffProg d;
    diff_prog_init(&d);
    fprintf(f, "case %s\ncode", name);
    for (uint32_t i = 0; i < p->nwords; i++)
        fprintf(f, " %08" PRIx32, p->words[i]);
    fputc('\n', f);

    /* inputs that differ from the defaults */
    int col = fprintf(f, "in");
    for (unsigned i = 0; i < 31; i++)
        if (p->x[i] != d.x[i])
            col += fprintf(f, " x%u=0x%" PRIx64, i, p->x[i]);
    if (p->sp != d.sp)
        col += fprintf(f, " sp=0x%" PRIx64, p->sp);
    if (p->nzcv)
        col += fprintf(f, " nzcv=0x%" PRIx32, p->nzcv);
    if (p->fpcr)
        col += fprintf(f, " fpcr=0x%" PRIx32, p->fpcr);
    if (p->fpsr)
        col += fprintf(f, " fpsr=0x%" PRIx32, p->fpsr);
    for (unsigned i = 0; i < 32; i++)
        if (p->v[i][0] != d.v[i][0] || p->v[i][1] != d.v[i][1]) {
            if (col > 90)
                col = fprintf(f, "\nin");
            col += fprintf(f, " v%u=%016" PRIx64 ":%016" PRIx64, i, p->v[i][1], p->v[i][0]);
        }
    fputc('\n', f);
    for (uint32_t i = 0; i < p->npatch; i++)
        fprintf(f, "mem 0x%" PRIx32 "+%" PRIu32 "=0x%" PRIx64 "\n", p->patch[i].off,
                p->patch[i].len, p->patch[i].val);

    /* outputs that differ from the inputs */
    col = fprintf(f, "out %s pc=0x%" PRIx64, diff_outcome_name(o->outcome), o->pc);
    if (o->addr)
        col += fprintf(f, " addr=0x%" PRIx64, o->addr);
    if (o->code)
        col += fprintf(f, " code=0x%" PRIx32, o->code);
    for (unsigned i = 0; i < 31; i++)
        if (o->x[i] != p->x[i])
            col += fprintf(f, " x%u=0x%" PRIx64, i, o->x[i]);
    if (o->sp != p->sp)
        col += fprintf(f, " sp=0x%" PRIx64, o->sp);
    if (o->nzcv != p->nzcv)
        col += fprintf(f, " nzcv=0x%" PRIx32, o->nzcv);
    if (o->fpcr != p->fpcr)
        col += fprintf(f, " fpcr=0x%" PRIx32, o->fpcr);
    if (o->fpsr != p->fpsr)
        col += fprintf(f, " fpsr=0x%" PRIx32, o->fpsr);
    for (unsigned i = 0; i < 32; i++)
        if (o->v[i][0] != p->v[i][0] || o->v[i][1] != p->v[i][1]) {
            if (col > 90)
                col = fprintf(f, "\nout");
            col += fprintf(f, " v%u=%016" PRIx64 ":%016" PRIx64, i, o->v[i][1], o->v[i][0]);
        }
    fputc('\n', f);
    for (uint32_t i = 0; i < o->nchg; i++)
        fprintf(f, "chg 0x%" PRIx32 "=0x%" PRIx64 "\n", o->chg[i].off, o->chg[i].val);
    fputs("end\n", f);
}

/* ---- reading ---- */

typedef struct Parser {
    char *err;
    size_t errlen;
    unsigned line;
} Parser;

PRINTF_LIKE(2, 3) static int fail(Parser *ps, const char *fmt, ...)
{
    int k = snprintf(ps->err, ps->errlen, "line %u: ", ps->line);
    va_list ap;
    va_start(ap, fmt);
    if (k >= 0 && (size_t)k < ps->errlen)
        vsnprintf(ps->err + k, ps->errlen - (size_t)k, fmt, ap);
    va_end(ap);
    return -1;
}

static bool parse_u64(const char *s, uint64_t *v)
{
    char *end;
    errno = 0;
    unsigned long long x = strtoull(s, &end, 0);
    if (errno || end == s || *end)
        return false;
    *v = x;
    return true;
}

/* "HI:LO", 16 hex digits each */
static bool parse_v(const char *s, uint64_t v[2])
{
    const char *colon = strchr(s, ':');
    char hi[24];
    if (!colon || colon - s > 16)
        return false;
    memcpy(hi, s, (size_t)(colon - s));
    hi[colon - s] = 0;
    char *e1, *e2;
    errno = 0;
    unsigned long long h = strtoull(hi, &e1, 16), l = strtoull(colon + 1, &e2, 16);
    if (errno || *e1 || *e2 || e1 == hi || e2 == colon + 1)
        return false;
    v[1] = h;
    v[0] = l;
    return true;
}

/* One "name=value" assignment of an in/out line onto a register file. */
static int assign(Parser *ps, const char *tok, uint64_t *x, uint64_t *sp, uint32_t *nzcv,
                  uint32_t *fpcr, uint32_t *fpsr, uint64_t (*v)[2])
{
    const char *eq = strchr(tok, '=');
    if (!eq)
        return fail(ps, "expected NAME=VALUE, got '%s'", tok);
    size_t nl = (size_t)(eq - tok);
    const char *val = eq + 1;
    uint64_t u;
    unsigned n;
    char name[16];
    if (nl >= sizeof(name))
        return fail(ps, "bad name in '%s'", tok);
    memcpy(name, tok, nl);
    name[nl] = 0;
    if (name[0] == 'v' && sscanf(name + 1, "%u", &n) == 1 && n < 32) {
        if (!parse_v(val, v[n]))
            return fail(ps, "bad vector value '%s'", tok);
        return 0;
    }
    if (!parse_u64(val, &u))
        return fail(ps, "bad value in '%s'", tok);
    if (name[0] == 'x' && sscanf(name + 1, "%u", &n) == 1 && n < 31)
        x[n] = u;
    else if (!strcmp(name, "sp"))
        *sp = u;
    else if (!strcmp(name, "nzcv"))
        *nzcv = (uint32_t)u;
    else if (!strcmp(name, "fpcr"))
        *fpcr = (uint32_t)u;
    else if (!strcmp(name, "fpsr"))
        *fpsr = (uint32_t)u;
    else
        return fail(ps, "unknown register '%s'", name);
    return 0;
}

int diff_read_case(FILE *f, DiffCase *c, unsigned *lineno, char *err, size_t errlen)
{
    Parser ps = { err, errlen, *lineno };
    char buf[8192];
    bool in_case = false, have_out = false;
    DiffProg *p = &c->prog;
    DiffOut *o = &c->out;

    while (fgets(buf, sizeof(buf), f)) {
        ps.line = ++*lineno;
        size_t len = strlen(buf);
        if (len && buf[len - 1] != '\n' && !feof(f))
            return fail(&ps, "line too long");
        while (len && isspace((unsigned char)buf[len - 1]))
            buf[--len] = 0;
        char *s = buf;
        while (isspace((unsigned char)*s))
            s++;
        if (!*s || *s == '#')
            continue;
        char *save = NULL;
        char *kw = strtok_r(s, " \t", &save);
        if (!strcmp(kw, "case")) {
            if (in_case)
                return fail(&ps, "'case' before 'end'");
            char *name = strtok_r(NULL, "", &save);
            snprintf(c->name, sizeof(c->name), "%s", name ? name : "");
            c->line = ps.line;
            diff_prog_init(p);
            memset(o, 0, sizeof(*o));
            in_case = true;
            have_out = false;
            continue;
        }
        if (!in_case)
            return fail(&ps, "'%s' outside a case", kw);
        char *tok;
        if (!strcmp(kw, "code")) {
            while ((tok = strtok_r(NULL, " \t", &save))) {
                uint64_t w;
                char *end;
                errno = 0;
                w = strtoull(tok, &end, 16);
                if (errno || *end || w > UINT32_MAX || p->nwords >= DIFF_MAX_WORDS)
                    return fail(&ps, "bad code word '%s'", tok);
                p->words[p->nwords++] = (uint32_t)w;
            }
        } else if (!strcmp(kw, "in")) {
            if (have_out)
                return fail(&ps, "'in' after 'out'");
            while ((tok = strtok_r(NULL, " \t", &save)))
                if (assign(&ps, tok, p->x, &p->sp, &p->nzcv, &p->fpcr, &p->fpsr, p->v))
                    return -1;
        } else if (!strcmp(kw, "mem")) {
            uint32_t off, plen;
            uint64_t val;
            tok = strtok_r(NULL, " \t", &save);
            if (!tok || sscanf(tok, "%" SCNx32 "+%" SCNu32 "=%" SCNx64, &off, &plen, &val) != 3 ||
                plen == 0 || plen > 8 || off > DIFF_DATA_SIZE - plen || p->npatch >= DIFF_MAX_PATCH)
                return fail(&ps, "bad mem patch");
            p->patch[p->npatch++] = (DiffPatch){ .off = off, .len = plen, .val = val };
        } else if (!strcmp(kw, "out")) {
            if (!have_out) {
                /* outputs start as the inputs */
                memcpy(o->x, p->x, sizeof(o->x));
                o->sp = p->sp;
                o->nzcv = p->nzcv;
                o->fpcr = p->fpcr;
                o->fpsr = p->fpsr;
                memcpy(o->v, p->v, sizeof(o->v));
                tok = strtok_r(NULL, " \t", &save);
                unsigned k;
                for (k = 0; k < DIFF__OUTCOMES; k++)
                    if (tok && !strcmp(tok, outcome_names[k]))
                        break;
                if (k == DIFF__OUTCOMES)
                    return fail(&ps, "unknown outcome '%s'", tok ? tok : "");
                o->outcome = k;
                have_out = true;
            }
            while ((tok = strtok_r(NULL, " \t", &save))) {
                uint64_t u;
                if (!strncmp(tok, "pc=", 3) && parse_u64(tok + 3, &u))
                    o->pc = u;
                else if (!strncmp(tok, "addr=", 5) && parse_u64(tok + 5, &u))
                    o->addr = u;
                else if (!strncmp(tok, "code=", 5) && parse_u64(tok + 5, &u))
                    o->code = (uint32_t)u;
                else if (assign(&ps, tok, o->x, &o->sp, &o->nzcv, &o->fpcr, &o->fpsr, o->v))
                    return -1;
            }
        } else if (!strcmp(kw, "chg")) {
            uint32_t off;
            uint64_t val;
            tok = strtok_r(NULL, " \t", &save);
            if (!tok || sscanf(tok, "%" SCNx32 "=%" SCNx64, &off, &val) != 2 || (off & 7) ||
                off >= DIFF_DATA_SIZE || o->nchg >= DIFF_MAX_CHG)
                return fail(&ps, "bad chg line");
            o->chg[o->nchg++] = (DiffChg){ .off = off, .val = val };
        } else if (!strcmp(kw, "end")) {
            if (!have_out)
                return fail(&ps, "case without 'out'");
            if (!p->nwords)
                return fail(&ps, "case without 'code'");
            return 1;
        } else {
            return fail(&ps, "unknown keyword '%s'", kw);
        }
    }
    if (in_case)
        return fail(&ps, "end of file inside a case");
    return 0;
}
