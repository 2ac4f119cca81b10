/*
 * diff_fuzz.c — differential testing of xnuemu against qemu-aarch64 (user
 * mode, as an oracle only: it runs diff_runner, never xnuemu).
 *
 *   diff_fuzz --seed S --count N [--rows PATTERNS] [--insns-per-program K]
 *             [--record FILE.txt] [--verbose] [--max-print M] [--cpu NAME]
 *   diff_fuzz --replay FILE.txt...     recorded vectors on xnuemu only
 *   diff_fuzz --list-rows [--rows PATTERNS]
 *   diff_fuzz --exclusions
 *
 * Programs come from diff_gen.c; each runs on xnuemu (diff_xnu.c) and, in
 * batches, on one long-lived `qemu-aarch64-static -cpu NAME diff_runner`
 * process; everything (outcome, PC, fault address, X0-X30, SP, NZCV,
 * V0-V31, FPCR, FPSR, the data window) is compared. A program QEMU ends
 * with a fault inside xnuemu's RAM but outside the code page and data
 * window is discarded (xnuemu has memory there), not compared.
 *
 * A mismatch is shrunk: the shortest prefix (in random instructions) that
 * still mismatches names the culprit; then the culprit alone, started from
 * QEMU's state after the prefix before it, with registers it does not name
 * reset to the defaults. The reproducer printed is the smallest program
 * that still mismatches: its words with objdump's disassembly, the
 * differing fields (QEMU first), and the case in the vector format
 * (tests/vectors/README.md) with QEMU's outputs, ready to replay.
 *
 * Output ends with `diff-fuzz: N programs, M mismatches`; exit status 1
 * when M > 0, 2 on a usage or set-up error.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "diff_host.h"
#include "diff_qemu.h"

#ifndef DIFF_RUNNER_PATH
#define DIFF_RUNNER_PATH "diff_runner"
#endif
#ifndef DIFF_QEMU_PATH
#define DIFF_QEMU_PATH "qemu-aarch64-static"
#endif
#ifndef DIFF_OBJDUMP_PATH
#define DIFF_OBJDUMP_PATH "aarch64-linux-gnu-objdump"
#endif

typedef struct Opts {
    uint64_t seed, count;
    const char *rows;
    unsigned k;
    const char *record;
    bool verbose;
    unsigned max_print;
    const char *cpu, *qemu, *runner, *objdump;
    unsigned batch;
    int64_t only;
    unsigned keep_reserved;
    bool dump;
    unsigned per_row;
    const char *no_exclude[8];
    unsigned n_no_exclude;
} Opts;

/* ---- disassembly (objdump), for reproducers ---- */

static void disasm(const Opts *o, const uint32_t *w, unsigned n, char (*txt)[64])
{
    for (unsigned i = 0; i < n; i++)
        snprintf(txt[i], 64, "?");
    char path[] = "/tmp/diff_fuzz_XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0)
        return;
    bool ok = write(fd, w, 4u * n) == (ssize_t)(4u * n);
    close(fd);
    if (ok) {
        char cmd[512];
        snprintf(cmd, sizeof(cmd), "%s -D -b binary -m aarch64 --adjust-vma=0x%" PRIx64
                 " %s 2>/dev/null", o->objdump, DIFF_CODE_ADDR, path);
        FILE *f = popen(cmd, "r");
        char line[256];
        while (f && fgets(line, sizeof(line), f)) {
            unsigned long long addr;
            unsigned word;
            int used = 0;
            if (sscanf(line, " %llx: %x %n", &addr, &word, &used) < 2 || !used)
                continue;
            if (addr < DIFF_CODE_ADDR || (addr - DIFF_CODE_ADDR) / 4 >= n)
                continue;
            char *s = line + used;
            s[strcspn(s, "\n")] = 0;
            for (char *c = s; *c; c++)
                if (*c == '\t')
                    *c = ' ';
            snprintf(txt[(addr - DIFF_CODE_ADDR) / 4], 64, "%s", s);
        }
        if (f)
            pclose(f);
    }
    unlink(path);
}

/* ---- classification ---- */

static bool in_window(uint64_t a)
{
    return a >= DIFF_DATA_ADDR && a < DIFF_DATA_ADDR + DIFF_DATA_SIZE;
}

/* QEMU faulted where xnuemu has RAM: not comparable */
static bool discard(const DiffOut *q, const DiffOut *x)
{
    if (q->outcome != DIFF_SEGV && q->outcome != DIFF_BUS)
        return false;
    uint64_t a = q->addr & ~(UINT64_C(0xff) << 56);
    if (a < DIFF_RAM_ADDR || a >= DIFF_RAM_ADDR + DIFF_RAM_SIZE || in_window(a))
        return false;
    return x->outcome != q->outcome || x->pc != q->pc;
}

/* ---- shrinking a mismatch ---- */

typedef struct Ctx {
    Opts o;
    DiffXnu *dx;
    Qemu q;
    DiffGen *g;
    const A64Decoder *dec;
    uint64_t programs, mismatches, discarded, items, reached, outcomes[DIFF__OUTCOMES];
    uint64_t *row_items, *row_mismatch, *row_discard, *row_reached, *row_stopped;
    unsigned printed;
    FILE *rec;                 /* --record FILE */
    bool rec_dir;              /* --record DIR/: one file per family */
    FILE *rec_fam[64];
    char rec_fam_name[64][32];
    unsigned nrec_fam;
    uint64_t recorded;
} Ctx;

/* The vector file of a program: FILE, or DIR/<family>.txt with the family
 * of its random instructions ("mixed" when they differ). */
static FILE *record_file(Ctx *c, const DiffProg *p, const DiffMeta *m)
{
    if (!c->rec_dir)
        return c->rec;
    char fam[32] = "", f2[32];
    for (unsigned w = 0; w < p->nwords; w++) {
        if (m->helper[w])
            continue;
        a64_row_family(m->row[w], f2, sizeof(f2));
        if (!fam[0])
            snprintf(fam, sizeof(fam), "%s", f2);
        else if (strcmp(fam, f2))
            snprintf(fam, sizeof(fam), "mixed");
    }
    for (unsigned i = 0; i < c->nrec_fam; i++)
        if (!strcmp(c->rec_fam_name[i], fam))
            return c->rec_fam[i];
    if (c->nrec_fam == 64)
        return NULL;
    char path[1024];
    snprintf(path, sizeof(path), "%s/%s.txt", c->o.record, fam);
    FILE *f = fopen(path, "w");
    if (!f) {
        fprintf(stderr, "diff_fuzz: %s: %s\n", path, strerror(errno));
        exit(2);
    }
    char how[64];
    if (c->o.per_row)
        snprintf(how, sizeof(how), "--per-row %u", c->o.per_row);
    else
        snprintf(how, sizeof(how), "--count %" PRIu64, c->o.count);
    fprintf(f, "# %s: recorded by diff_fuzz --seed %" PRIu64 " %s --insns-per-program %u "
            "--rows '%s' --record DIR/ (QEMU -cpu %s)\n",
            fam, c->o.seed, how, c->o.k, c->o.rows ? c->o.rows : "*", c->o.cpu);
    snprintf(c->rec_fam_name[c->nrec_fam], 32, "%s", fam);
    c->rec_fam[c->nrec_fam] = f;
    return c->rec_fam[c->nrec_fam++];
}

/* 1 mismatch, 0 agree, -1 not comparable */
static int check(Ctx *c, const DiffProg *p, DiffOut *qo, DiffOut *xo)
{
    if (!qemu_run(&c->q, p, qo, 1)) {
        fprintf(stderr, "diff_fuzz: lost the QEMU runner\n");
        exit(2);
    }
    dx_run(c->dx, p, xo);
    if (discard(qo, xo))
        return -1;
    return diff_compare(qo, xo, NULL, 0) ? 1 : 0;
}

/* the window after a program as patches over the pattern; false if too many */
static bool window_as_patches(const DiffProg *p, const DiffOut *o, DiffProg *t)
{
    t->npatch = 0;
    uint8_t win[DIFF_DATA_SIZE];
    diff_initial_window(p, win);
    for (uint32_t i = 0; i < o->nchg; i++)
        memcpy(win + o->chg[i].off, &o->chg[i].val, 8);
    for (uint32_t off = 0; off < DIFF_DATA_SIZE; off += 8) {
        uint64_t v, pat = 0;
        memcpy(&v, win + off, 8);
        for (unsigned b = 0; b < 8; b++)
            pat |= (uint64_t)diff_pattern(DIFF_DATA_ADDR + off + b) << (8 * b);
        if (v == pat)
            continue;
        if (t->npatch >= DIFF_MAX_PATCH)
            return false;
        t->patch[t->npatch++] = (DiffPatch){ .off = off, .len = 8, .val = v };
    }
    return true;
}

static unsigned item_end(const DiffMeta *m, unsigned nwords, unsigned item)
{
    unsigned e = 0;
    for (unsigned i = 0; i < nwords; i++)
        if (m->item[i] <= item)
            e = i + 1;
    return e;
}

/* Shrink p (which mismatches) into r; returns the culprit word's row. */
static unsigned shrink(Ctx *c, const DiffProg *p, const DiffMeta *m, DiffProg *r, DiffMeta *rm)
{
    static DiffOut qo, xo, qprev;
    *r = *p;
    *rm = *m;
    unsigned culprit = m->nitems ? m->nitems - 1 : 0;
    bool have_prev = false;
    /* shortest mismatching prefix */
    for (unsigned it = 0; it < m->nitems; it++) {
        DiffProg t = *p;
        t.nwords = item_end(m, p->nwords, it);
        int res = check(c, &t, &qo, &xo);
        if (res == 1) {
            culprit = it;
            *r = t;
            break;
        }
        have_prev = res == 0 && qo.outcome == DIFF_DONE;
        if (have_prev)
            qprev = qo;
    }
    unsigned first = 0;
    while (first < p->nwords && m->item[first] != culprit)
        first++;
    unsigned last = item_end(m, p->nwords, culprit);
    unsigned main_row = m->row[last - 1];
    /* the culprit alone, from the state before it */
    if (culprit > 0 && have_prev && !m->pcrel[last - 1]) {
        DiffProg t;
        diff_prog_init(&t);
        DiffProg prefix = *p;
        prefix.nwords = first;
        if (window_as_patches(&prefix, &qprev, &t)) {
            memcpy(t.x, qprev.x, sizeof(t.x));
            t.sp = qprev.sp;
            t.nzcv = qprev.nzcv;
            t.fpcr = qprev.fpcr;
            t.fpsr = qprev.fpsr;
            memcpy(t.v, qprev.v, sizeof(t.v));
            t.nwords = last - first;
            memcpy(t.words, p->words + first, 4u * t.nwords);
            if (check(c, &t, &qo, &xo) == 1) {
                *r = t;
                memset(rm, 0, sizeof(*rm));
                for (unsigned i = 0; i < t.nwords; i++) {
                    rm->row[i] = m->row[first + i];
                    rm->helper[i] = m->helper[first + i];
                }
                rm->nitems = 1;
                first = 0;
            }
        }
    }
    if (culprit == 0) {                 /* the prefix is the culprit alone */
        rm->nitems = 1;
        first = 0;
    }
    /* registers the culprit's words do not name back to the defaults, and
     * the window patches away, where the mismatch stays */
    if (first == 0 && rm->nitems == 1) {
        DiffProg t = *r, d;
        diff_prog_init(&d);
        uint32_t named = 0;
        for (unsigned i = 0; i < t.nwords; i++) {
            uint32_t w = t.words[i];
            named |= UINT32_C(1) << (w & 31) | UINT32_C(1) << ((w >> 5) & 31) |
                     UINT32_C(1) << ((w >> 10) & 31) | UINT32_C(1) << ((w >> 16) & 31);
        }
        for (unsigned i = 0; i < 31; i++)
            if (!(named & (UINT32_C(1) << i)))
                t.x[i] = d.x[i];
        for (unsigned i = 0; i < 32; i++)
            if (!(named & (UINT32_C(1) << i))) {
                t.v[i][0] = d.v[i][0];
                t.v[i][1] = d.v[i][1];
            }
        if (check(c, &t, &qo, &xo) == 1)
            *r = t;
        t = *r;
        t.npatch = 0;
        if (r->npatch && check(c, &t, &qo, &xo) == 1)
            *r = t;
    }
    return main_row;
}

static void print_listing(Ctx *c, const DiffProg *p, const DiffMeta *m, const char *indent)
{
    static char txt[DIFF_MAX_WORDS + 1][64];
    uint32_t w[DIFF_MAX_WORDS + 1];
    memcpy(w, p->words, 4u * p->nwords);
    w[p->nwords] = DIFF_TERMINATOR;
    disasm(&c->o, w, p->nwords + 1, txt);
    for (unsigned i = 0; i <= p->nwords; i++) {
        const char *what = i == p->nwords ? "(terminator)" : a64_rows[m->row[i]].name;
        printf("%s%08" PRIx64 ": %08" PRIx32 "  %-36s %s%s\n", indent,
               DIFF_CODE_ADDR + 4 * i, w[i], txt[i],
               i < p->nwords && m->helper[i] ? "set-up " : "", what);
    }
}

static void report(Ctx *c, uint64_t index, const DiffProg *p, const DiffMeta *m)
{
    static DiffProg r;
    static DiffMeta rm;
    static DiffOut qo, xo;
    static char diffs[16384];
    unsigned row = shrink(c, p, m, &r, &rm);
    c->row_mismatch[row]++;
    if (c->printed >= c->o.max_print)
        return;
    c->printed++;
    if (check(c, &r, &qo, &xo) != 1) {       /* flaky: show the original */
        r = *p;
        rm = *m;
        (void)check(c, &r, &qo, &xo);
    }
    diff_compare(&qo, &xo, diffs, sizeof(diffs));
    char fam[32];
    printf("\nMISMATCH %" PRIu64 ": program %" PRIu64 " of seed %" PRIu64 ", culprit %s (%s)\n",
           c->mismatches, index, c->o.seed, a64_rows[row].name,
           a64_row_family(row, fam, sizeof(fam)));
    print_listing(c, &r, &rm, "    ");
    printf("  differs (QEMU vs xnuemu): %s\n", diffs);
    printf("  vector (expected = QEMU):\n");
    char name[128];
    snprintf(name, sizeof(name), "repro-%" PRIu64 "-%" PRIu64 " %s", c->o.seed, index,
             a64_rows[row].name);
    diff_write_case(stdout, name, &r, &qo);
    fflush(stdout);
}

static const char *row_list(const DiffMeta *m, unsigned nwords, char *buf, size_t len)
{
    size_t used = 0;
    buf[0] = 0;
    for (unsigned i = 0; i < nwords && used + 1 < len; i++) {
        if (m->helper[i])
            continue;
        int k = snprintf(buf + used, len - used, "%s%s", used ? "," : "", a64_rows[m->row[i]].name);
        if (k < 0)
            break;
        used += (size_t)k;
    }
    return buf;
}

/* ---- modes ---- */

static int run_fuzz(Ctx *c)
{
    const Opts *o = &c->o;
    unsigned B = o->batch;
    DiffProg *progs = calloc(B, sizeof(*progs));
    DiffMeta *metas = calloc(B, sizeof(*metas));
    DiffOut *qo = calloc(B, sizeof(*qo)), *xo = calloc(B, sizeof(*xo));
    if (!progs || !metas || !qo || !xo)
        abort();
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    uint64_t count = o->per_row ? (uint64_t)o->per_row * dg_nrows(c->g) : o->count;
    uint64_t first = o->only >= 0 ? (uint64_t)o->only : 0;
    uint64_t end = o->only >= 0 ? first + 1 : count;
    for (uint64_t base = first; base < end; base += B) {
        unsigned n = end - base < B ? (unsigned)(end - base) : B;
        for (unsigned i = 0; i < n; i++) {
            if (o->per_row)
                dg_force_first_row(c->g, (int)dg_row(c->g, (unsigned)((base + i) / o->per_row %
                                                                     dg_nrows(c->g))));
            dg_program(c->g, o->seed, base + i, &progs[i], &metas[i]);
        }
        if (!qemu_send(&c->q, progs, n)) {
            fprintf(stderr, "diff_fuzz: lost the QEMU runner\n");
            return 2;
        }
        for (unsigned i = 0; i < n; i++)
            dx_run(c->dx, &progs[i], &xo[i]);
        if (!qemu_recv(&c->q, qo, n)) {
            fprintf(stderr, "diff_fuzz: lost the QEMU runner\n");
            return 2;
        }
        for (unsigned i = 0; i < n; i++) {
            const DiffProg *p = &progs[i];
            const DiffMeta *m = &metas[i];
            c->programs++;
            c->items += m->nitems;
            for (unsigned w = 0; w < p->nwords; w++)
                if (!m->helper[w])
                    c->row_items[m->row[w]]++;
            /* instructions up to where QEMU stopped (those a forward branch
             * skipped included) */
            uint64_t stop = (qo[i].pc - DIFF_CODE_ADDR) / 4;
            for (unsigned w = 0; w < p->nwords && w <= stop; w++)
                if (!m->helper[w]) {
                    c->reached++;
                    c->row_reached[m->row[w]]++;
                }
            if (stop < p->nwords && !m->helper[stop])
                c->row_stopped[m->row[stop]]++;
            if (discard(&qo[i], &xo[i])) {
                c->discarded++;
                uint64_t at = (qo[i].pc - DIFF_CODE_ADDR) / 4;
                if (at < p->nwords)
                    c->row_discard[m->row[at]]++;
                continue;
            }
            c->outcomes[qo[i].outcome < DIFF__OUTCOMES ? qo[i].outcome : DIFF_OTHER]++;
            if (diff_compare(&qo[i], &xo[i], NULL, 0)) {
                c->mismatches++;
                /* the shrinker talks to QEMU: the batch is fully read */
                report(c, base + i, p, m);
                continue;
            }
            if (c->rec || c->rec_dir) {
                char name[160], rows[128];
                snprintf(name, sizeof(name), "%" PRIu64 ":%" PRIu64 " %s", o->seed, base + i,
                         row_list(m, p->nwords, rows, sizeof(rows)));
                FILE *f = record_file(c, p, m);
                if (f) {
                    diff_write_case(f, name, p, &qo[i]);
                    c->recorded++;
                }
            }
            if (o->dump) {
                char name[64];
                snprintf(name, sizeof(name), "%" PRIu64 ":%" PRIu64, o->seed, base + i);
                printf("\n");
                print_listing(c, p, m, "    ");
                diff_write_case(stdout, name, p, &qo[i]);
            }
            if (o->verbose) {
                char rows[256];
                printf("ok %" PRIu64 " %s %s\n", base + i, diff_outcome_name(qo[i].outcome),
                       row_list(m, p->nwords, rows, sizeof(rows)));
            }
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;

    /* summary */
    printf("\nrows fuzzed: %u; random instructions: %" PRIu64 " generated, %" PRIu64
           " reached; discarded programs: %" PRIu64 "\n", dg_nrows(c->g), c->items, c->reached,
           c->discarded);
    printf("outcomes (QEMU): done %" PRIu64 ", undef %" PRIu64 ", segv %" PRIu64 ", bus %" PRIu64
           ", trap %" PRIu64 ", other %" PRIu64 "\n",
           c->outcomes[DIFF_DONE], c->outcomes[DIFF_UNDEF], c->outcomes[DIFF_SEGV],
           c->outcomes[DIFF_BUS], c->outcomes[DIFF_TRAP], c->outcomes[DIFF_OTHER]);
    if (c->mismatches) {
        printf("mismatches by culprit row:\n");
        for (unsigned id = 1; id < A64__COUNT; id++)
            if (c->row_mismatch[id])
                printf("  %-16s %" PRIu64 " of %" PRIu64 " instructions\n", a64_rows[id].name,
                       c->row_mismatch[id], c->row_items[id]);
        if (c->printed < c->mismatches)
            printf("(%u reproducers printed; --max-print for more)\n", c->printed);
    }
    if (o->verbose) {
        printf("per row: generated, reached, stopped the program (UNDEFINED or fault), "
               "discarded\n");
        for (unsigned i = 0; i < dg_nrows(c->g); i++) {
            unsigned id = dg_row(c->g, i);
            printf("  %-16s %8" PRIu64 " %8" PRIu64 " %8" PRIu64 " %6" PRIu64 "\n",
                   a64_rows[id].name, c->row_items[id], c->row_reached[id], c->row_stopped[id],
                   c->row_discard[id]);
        }
        printf("exclusions:\n");
        dg_print_exclusions(c->g, stdout, true);
    }
    if (c->rec || c->rec_dir)
        printf("recorded %" PRIu64 " cases to %s\n", c->recorded, o->record);
    printf("throughput: %.0f programs/s, %.0f instructions/s reached (%.1f s)\n",
           secs > 0 ? (double)c->programs / secs : 0, secs > 0 ? (double)c->reached / secs : 0,
           secs);
    printf("diff-fuzz: %" PRIu64 " programs, %" PRIu64 " mismatches\n", c->programs, c->mismatches);
    free(progs);
    free(metas);
    free(qo);
    free(xo);
    return c->mismatches ? 1 : 0;
}

static int run_replay(Ctx *c, char **files, int nfiles)
{
    static DiffCase dc;
    static DiffOut xo;
    static char diffs[16384];
    uint64_t n = 0, bad = 0;
    for (int i = 0; i < nfiles; i++) {
        FILE *f = fopen(files[i], "r");
        if (!f) {
            fprintf(stderr, "diff_fuzz: %s: %s\n", files[i], strerror(errno));
            return 2;
        }
        unsigned line = 0;
        char err[256];
        int r;
        while ((r = diff_read_case(f, &dc, &line, err, sizeof(err))) == 1) {
            n++;
            dx_run(c->dx, &dc.prog, &xo);
            if (diff_compare(&dc.out, &xo, diffs, sizeof(diffs))) {
                bad++;
                printf("%s:%u: case %s: %s\n", files[i], dc.line, dc.name, diffs);
            }
        }
        fclose(f);
        if (r < 0) {
            fprintf(stderr, "diff_fuzz: %s: %s\n", files[i], err);
            return 2;
        }
    }
    printf("diff-fuzz: %" PRIu64 " programs, %" PRIu64 " mismatches\n", n, bad);
    return bad ? 1 : 0;
}

/* --run: cases of vector files (their recorded outputs ignored) on both */
static int run_cases_both(Ctx *c, char **files, int nfiles)
{
    static DiffCase dc;
    static DiffOut qo, xo;
    static char diffs[16384];
    uint64_t n = 0, bad = 0;
    for (int i = 0; i < nfiles; i++) {
        FILE *f = fopen(files[i], "r");
        if (!f) {
            fprintf(stderr, "diff_fuzz: %s: %s\n", files[i], strerror(errno));
            return 2;
        }
        unsigned line = 0;
        char err[256];
        int r;
        while ((r = diff_read_case(f, &dc, &line, err, sizeof(err))) == 1) {
            n++;
            int res = check(c, &dc.prog, &qo, &xo);
            if (res < 0) {
                printf("%s:%u: case %s: discarded (QEMU faulted at 0x%" PRIx64 ")\n", files[i],
                       dc.line, dc.name, qo.addr);
                continue;
            }
            if (res) {
                bad++;
                diff_compare(&qo, &xo, diffs, sizeof(diffs));
                printf("%s:%u: case %s: QEMU vs xnuemu: %s\n", files[i], dc.line, dc.name, diffs);
            }
            if (c->o.verbose)
                diff_write_case(stdout, dc.name, &dc.prog, &qo);
            if (c->rec && !res) {
                diff_write_case(c->rec, dc.name, &dc.prog, &qo);
                c->recorded++;
            }
        }
        fclose(f);
        if (r < 0) {
            fprintf(stderr, "diff_fuzz: %s: %s\n", files[i], err);
            return 2;
        }
    }
    printf("diff-fuzz: %" PRIu64 " programs, %" PRIu64 " mismatches\n", n, bad);
    return bad ? 1 : 0;
}

static void usage(FILE *f)
{
    fprintf(f,
        "usage: diff_fuzz --seed S --count N [options]   fuzz xnuemu against QEMU\n"
        "       diff_fuzz --replay FILE...               replay recorded vectors on xnuemu\n"
        "       diff_fuzz [--verbose] [--record OUT] --run FILE...\n"
        "                                                run vector files' programs on both\n"
        "                                                (their outputs ignored); --verbose\n"
        "                                                prints, --record writes the agreeing\n"
        "                                                ones with QEMU's outputs\n"
        "       diff_fuzz --list-rows [--rows P]         the rows that would be fuzzed\n"
        "       diff_fuzz --exclusions                   the exclusion list\n"
        "options:\n"
        "  --rows P               comma-separated fnmatch patterns on row names or families;\n"
        "                         'int', 'fp', 'simd' select by flags; '!P' removes (default: all)\n"
        "  --insns-per-program K  random instructions per program (default 4)\n"
        "  --record FILE          write every agreeing program as a vector (QEMU's outputs);\n"
        "                         DIR/ (ending in '/'): one DIR/<family>.txt per family\n"
        "  --per-row N            N programs per row (the first random instruction), in\n"
        "                         table order: --count is N times the number of rows\n"
        "  --only I               run program I of the seed only\n"
        "  --max-print M          print at most M reproducers (default 20)\n"
        "  --batch B              programs per QEMU round trip (default 256)\n"
        "  --keep-reserved N      keep 1 in N candidates xnuemu decodes as UNDEFINED (default 4;\n"
        "                         1 keeps all)\n"
        "  --cpu NAME             QEMU CPU model (default cortex-a76: v8.2 with LSE, RDM, LRCPC)\n"
        "  --qemu PATH, --runner PATH, --objdump PATH\n"
        "  --no-exclude RULE      switch an exclusion rule off ('all': every rule), to see\n"
        "                         what it hides\n"
        "  --dump                 print every program (listing and vector)\n"
        "  --verbose              one line per program, per-row counts, exclusion counts\n");
}

int main(int argc, char **argv)
{
    static Ctx c;
    Opts *o = &c.o;
    *o = (Opts){ .seed = 1, .count = 1000, .k = 4, .max_print = 20, .cpu = "cortex-a76",
                 .qemu = DIFF_QEMU_PATH, .runner = DIFF_RUNNER_PATH,
                 .objdump = DIFF_OBJDUMP_PATH, .batch = 256, .only = -1, .keep_reserved = 4 };
    bool list = false, excl = false;
    int replay_at = 0, run_at = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
#define ARG(name) (!strcmp(a, name) && v && (i++, 1))
        if (ARG("--seed"))
            o->seed = strtoull(v, NULL, 0);
        else if (ARG("--count"))
            o->count = strtoull(v, NULL, 0);
        else if (ARG("--rows"))
            o->rows = v;
        else if (ARG("--insns-per-program"))
            o->k = (unsigned)strtoul(v, NULL, 0);
        else if (ARG("--record"))
            o->record = v;
        else if (ARG("--no-exclude")) {
            if (o->n_no_exclude < 8)
                o->no_exclude[o->n_no_exclude++] = v;
        } else if (ARG("--per-row"))
            o->per_row = (unsigned)strtoul(v, NULL, 0);
        else if (ARG("--only"))
            o->only = strtoll(v, NULL, 0);
        else if (ARG("--max-print"))
            o->max_print = (unsigned)strtoul(v, NULL, 0);
        else if (ARG("--batch"))
            o->batch = (unsigned)strtoul(v, NULL, 0);
        else if (ARG("--keep-reserved"))
            o->keep_reserved = (unsigned)strtoul(v, NULL, 0);
        else if (ARG("--cpu"))
            o->cpu = v;
        else if (ARG("--qemu"))
            o->qemu = v;
        else if (ARG("--runner"))
            o->runner = v;
        else if (ARG("--objdump"))
            o->objdump = v;
        else if (!strcmp(a, "--dump"))
            o->dump = true;
        else if (!strcmp(a, "--verbose"))
            o->verbose = true;
        else if (!strcmp(a, "--list-rows"))
            list = true;
        else if (!strcmp(a, "--exclusions"))
            excl = true;
        else if (!strcmp(a, "--replay")) {
            replay_at = i + 1;
            break;
        } else if (!strcmp(a, "--run")) {
            run_at = i + 1;
            break;
        } else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            return 0;
        } else {
            fprintf(stderr, "diff_fuzz: bad argument '%s'\n", a);
            usage(stderr);
            return 2;
        }
#undef ARG
    }
    if (o->batch == 0 || o->batch > DIFF_MAX_BATCH)
        o->batch = 256;
    if (o->k == 0 || o->k > 32) {
        fprintf(stderr, "diff_fuzz: --insns-per-program must be 1..32\n");
        return 2;
    }

    c.dx = dx_new();
    c.dec = dx_decoder(c.dx);
    if (replay_at) {
        int r = run_replay(&c, argv + replay_at, argc - replay_at);
        dx_free(c.dx);
        return r;
    }
    char err[256];
    c.g = dg_new(c.dec, o->rows, o->k, err, sizeof(err));
    if (!c.g) {
        fprintf(stderr, "diff_fuzz: %s\n", err);
        return 2;
    }
    dg_set_reserved_probe(c.g, dx_is_reserved, c.dx, o->keep_reserved);
    for (unsigned i = 0; i < o->n_no_exclude; i++)
        if (!dg_disable_rule(c.g, o->no_exclude[i])) {
            fprintf(stderr, "diff_fuzz: no exclusion rule '%s' (see --exclusions)\n",
                    o->no_exclude[i]);
            return 2;
        }
    if (excl) {
        printf("exclusion list (candidates these rules match are re-drawn, or addresses set up):\n");
        dg_print_exclusions(c.g, stdout, false);
        printf("comparison rules:\n");
        diff_print_compare_rules(stdout);
        return 0;
    }
    if (list) {
        char fam[32];
        for (unsigned i = 0; i < dg_nrows(c.g); i++) {
            unsigned id = dg_row(c.g, i);
            printf("%-16s %s\n", a64_rows[id].name, a64_row_family(id, fam, sizeof(fam)));
        }
        printf("%u rows\n", dg_nrows(c.g));
        return 0;
    }
    c.row_items = calloc(A64__COUNT, sizeof(uint64_t));
    c.row_mismatch = calloc(A64__COUNT, sizeof(uint64_t));
    c.row_discard = calloc(A64__COUNT, sizeof(uint64_t));
    c.row_reached = calloc(A64__COUNT, sizeof(uint64_t));
    c.row_stopped = calloc(A64__COUNT, sizeof(uint64_t));
    size_t rl = o->record ? strlen(o->record) : 0;
    if (rl && o->record[rl - 1] == '/') {
        c.rec_dir = true;
    } else if (o->record) {
        c.rec = fopen(o->record, "w");
        if (!c.rec) {
            fprintf(stderr, "diff_fuzz: %s: %s\n", o->record, strerror(errno));
            return 2;
        }
        if (run_at) {
            fprintf(c.rec, "# recorded by diff_fuzz --record FILE --run");
            for (int i = run_at; i < argc; i++)
                fprintf(c.rec, " %s", argv[i]);
            fprintf(c.rec, " (QEMU -cpu %s)\n", o->cpu);
        } else {
            fprintf(c.rec, "# recorded by diff_fuzz --seed %" PRIu64 " --count %" PRIu64
                    " --insns-per-program %u --rows '%s' --record FILE (QEMU -cpu %s)\n",
                    o->seed, o->count, o->k, o->rows ? o->rows : "*", o->cpu);
        }
    }
    signal(SIGPIPE, SIG_IGN);
    if (!qemu_start(&c.q, o->qemu, o->cpu, o->runner))
        return 2;
    int r = run_at ? run_cases_both(&c, argv + run_at, argc - run_at) : run_fuzz(&c);
    qemu_stop(&c.q);
    if (c.rec)
        fclose(c.rec);
    for (unsigned i = 0; i < c.nrec_fam; i++)
        fclose(c.rec_fam[i]);
    dg_free(c.g);
    dx_free(c.dx);
    return r;
}
