/*
 * test_decode_oracle.c — cross-checks the encoding table (Arm ARM C4.1) with
 * an independent decoder, binutils' objdump, on 16 instances of every row
 * and 200k random words: target instructions must not be unallocated for
 * us, and our rows must not accept words binutils rejects unless the row
 * reserves those fields (oracle_rules.h). Skips without objdump.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "decode_rand.h"
#include "oracle_classify.h"
#include "oracle_rules.h"
#include "tenv.h"

#define OBJDUMP       "aarch64-linux-gnu-objdump"
#define PER_ROW       16
#define RANDOM_WORDS  200000u
#define SHOW_MAX      40

typedef struct Oracle {
    A64Decoder dec;                 /* every feature */
    TestEnv *t;                     /* a CPU for the prep functions */
    RsvFn *rsv[A64__COUNT];         /* reserved-value rule of UNIMPL rows */
    RsvFn *strict[A64__COUNT];
    uint32_t *words;
    unsigned nwords, ninst;
    unsigned seen, agree, disagree, verdicts[BU__COUNT], reserved_hits;
} Oracle;

/* The objdump to use: $XNUEMU_OBJDUMP, else aarch64-linux-gnu-objdump on PATH. */
static bool find_objdump(char *out, size_t len)
{
    const char *env = getenv("XNUEMU_OBJDUMP");
    if (env && *env) {
        snprintf(out, len, "%s", env);
        return access(out, X_OK) == 0;
    }
    const char *path = getenv("PATH");
    while (path && *path) {
        size_t n = strcspn(path, ":");
        snprintf(out, len, "%.*s/%s", (int)n, path, OBJDUMP);
        if (n && access(out, X_OK) == 0)
            return true;
        path += n + (path[n] == ':');
    }
    return false;
}

static int setup(void **state)
{
    Oracle *o = calloc(1, sizeof(*o));
    char err[256];
    if (!o || !a64_decoder_build(&o->dec, FEAT_MASK, err, sizeof(err))) {
        fprintf(stderr, "decoder does not build: %s\n", err);
        free(o);
        return -1;
    }
    for (unsigned i = 0; i < ARRAY_SIZE(reserved_values); i++) {
        for (const uint16_t *id = reserved_values[i].ids; *id; id++) {
            if (o->rsv[*id]) {
                fprintf(stderr, "oracle_rules.h lists %s twice\n", a64_rows[*id].name);
                a64_decoder_free(&o->dec);
                free(o);
                return -1;
            }
            o->rsv[*id] = reserved_values[i].hit;
        }
    }
    for (unsigned i = 0; i < ARRAY_SIZE(binutils_strict); i++)
        o->strict[binutils_strict[i].id] = binutils_strict[i].hit;
    *state = o;
    return 0;
}

static int teardown(void **state)
{
    Oracle *o = *state;
    a64_decoder_free(&o->dec);
    if (o->t)
        tenv_free(o->t);
    free(o->words);
    free(o);
    return 0;
}

/* Does row id reject the field values of w? Implemented rows answer with
 * their prep function (as a64_decode_insn does); unimplemented rows with
 * the reserved-value rules of oracle_rules.h. */
static bool row_rejects(Oracle *o, unsigned id, uint32_t w)
{
    const A64RowDef *r = &a64_rows[id];
    if (r->prep) {
        Fields f;
        DecodedInsn di;
        memset(&di, 0, sizeof(di));
        di.raw = w;
        di.id = (uint16_t)id;
        a64_fields(&o->dec, id, w, &f);
        return !r->prep(o->t->cpu, &di, &f);
    }
    return o->rsv[id] && o->rsv[id](w);
}

static void judge(Oracle *o, uint32_t w, const char *text)
{
    enum Verdict v = classify(text);
    unsigned id = a64_decode(&o->dec, w);
    bool ours_undef = id == A64_UNALLOCATED || (a64_rows[id].flags & F_UNALLOC);
    bool ok;
    o->verdicts[v]++;
    if (v == BU_LENIENT)
        ok = true;
    else if (ours_undef)
        ok = v != BU_TARGET || (id == A64_UDF && !strncmp(text, "udf", 3));
    else if (v == BU_TARGET)
        ok = true;
    else if (row_rejects(o, id, w)) {
        ok = true;
        o->reserved_hits++;
    } else
        ok = v == BU_UNDEF && o->strict[id] && o->strict[id](w);
    if (ok) {
        o->agree++;
        return;
    }
    if (o->disagree++ < SHOW_MAX)
        print_message("disagree: 0x%08x binutils \"%s\" (%s), ours %s%s\n", w, text,
                      verdict_name[v], a64_rows[id].name,
                      ours_undef ? " (unallocated)" : " (a row that accepts these fields)");
}

/* Parse "   1a4:\t4e209c00 \tmul\tv0.16b, ..." lines and judge each word.
 * Returns objdump's exit status, or -1 if a line names the wrong word. */
static int run_objdump(Oracle *o, const char *objdump, const char *bin)
{
    char cmd[1300], line[512];
    snprintf(cmd, sizeof(cmd), "'%s' -z -D -b binary -maarch64 '%s'", objdump, bin);
    FILE *p = popen(cmd, "r");
    uint8_t *done = calloc(o->nwords, 1);
    int bad = 0;
    if (!p || !done) {
        if (p)
            pclose(p);
        free(done);
        return -1;
    }
    while (fgets(line, sizeof(line), p)) {
        char *s = line, *end;
        while (*s == ' ')
            s++;
        unsigned long addr = strtoul(s, &end, 16);
        if (end == s || end[0] != ':' || end[1] != '\t')
            continue;
        unsigned long word = strtoul(end + 2, &s, 16);
        if (s != end + 10 || s[0] != ' ' || s[1] != '\t' || addr % 4 || addr / 4 >= o->nwords)
            continue;
        s += 2;
        s[strcspn(s, "\n")] = 0;
        unsigned i = (unsigned)(addr / 4);
        if (word != o->words[i])
            bad = -1;
        else if (!done[i]++) {
            o->seen++;
            judge(o, o->words[i], s);
        }
    }
    free(done);
    int st = pclose(p);
    return bad ? bad : st;
}

/* First line of `objdump --version`, for the summary (the exclusion lists in
 * oracle_classify.h were made with GNU Binutils 2.40). */
static void objdump_version(const char *objdump, char *out, size_t len)
{
    char cmd[600];
    snprintf(cmd, sizeof(cmd), "'%s' --version", objdump);
    FILE *p = popen(cmd, "r");
    snprintf(out, len, "unknown version");
    if (p && fgets(out, (int)len, p))
        out[strcspn(out, "\n")] = 0;
    if (p)
        pclose(p);
}

static bool write_words(const char *file, const uint32_t *w, unsigned n)
{
    FILE *f = fopen(file, "wb");
    bool ok = f != NULL;
    for (unsigned i = 0; ok && i < n; i++) {
        uint8_t b[4] = { (uint8_t)w[i], (uint8_t)(w[i] >> 8), (uint8_t)(w[i] >> 16),
                         (uint8_t)(w[i] >> 24) };
        ok = fwrite(b, 1, 4, f) == 4;
    }
    return f && fclose(f) == 0 && ok;
}

static void test_oracle_binutils(void **state)
{
    Oracle *o = *state;
    char objdump[512];
    if (!find_objdump(objdump, sizeof(objdump))) {
        print_message("skipped: %s not found (install binutils-aarch64-linux-gnu, or set "
                      "XNUEMU_OBJDUMP); the encoding table was not cross-checked\n", OBJDUMP);
        skip();
    }
    char version[128];
    objdump_version(objdump, version, sizeof(version));
    o->t = tenv_new();

    /* Rows implemented since oracle_rules.h listed them answer with prep. */
    unsigned stale = 0;
    for (unsigned id = 1; id < A64__COUNT; id++)
        if (o->rsv[id] && a64_rows[id].prep)
            print_message("%s %s", stale++ ? "," : "note: implemented, prep used instead of "
                          "their oracle_rules.h entry:", a64_rows[id].name);
    if (stale)
        print_message("\n");

    /* By hand: XNUEMU_ORACLE_WORDS=n, XNUEMU_ORACLE_SEED=s for other random
     * words; XNUEMU_ORACLE_SWEEP=1 for every value of bits 31:10 instead. */
    const char *env_n = getenv("XNUEMU_ORACLE_WORDS"), *env_s = getenv("XNUEMU_ORACLE_SEED");
    bool sweep = getenv("XNUEMU_ORACLE_SWEEP") != NULL;
    unsigned nrandom = sweep ? 1u << 22 : env_n ? (unsigned)strtoul(env_n, NULL, 0) : RANDOM_WORDS;
    uint64_t seed = env_s ? strtoull(env_s, NULL, 0) : DECODE_TEST_SEED ^ 0x0dc1e;
    o->words = malloc(((A64__COUNT - 1) * PER_ROW + nrandom) * sizeof(uint32_t));
    assert_non_null(o->words);
    for (unsigned id = 1; id < A64__COUNT; id++)
        for (unsigned k = 0; k < PER_ROW; k++)
            o->words[o->nwords++] = rand_instance(&o->dec.info[id], &seed);
    o->ninst = o->nwords;
    for (unsigned k = 0; k < nrandom; k++)
        o->words[o->nwords++] = sweep ? k << 10 | ((uint32_t)rand_next(&seed) & 0x3ff)
                                      : (uint32_t)rand_next(&seed);

    const char *tmp = getenv("TMPDIR");
    char dir[512], bin[600];
    snprintf(dir, sizeof(dir), "%s/xnuemu-oracle-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    assert_non_null(mkdtemp(dir));
    snprintf(bin, sizeof(bin), "%s/words.bin", dir);
    bool written = write_words(bin, o->words, o->nwords);
    int status = written ? run_objdump(o, objdump, bin) : -1;
    unlink(bin);
    rmdir(dir);
    assert_true(written);
    assert_int_equal(status, 0);

    print_message("oracle: %u words checked (%u row instances, %u %s), %u agree, "
                  "%u disagree; binutils said %u target, %u undefined, %u later, %u SVE/SME, "
                  "%u FP16, %u lenient; %u rejected by prep/reserved rules\n",
                  o->seen, o->ninst, o->nwords - o->ninst, sweep ? "sweeping bits 31:10" : "random",
                  o->agree, o->disagree,
                  o->verdicts[BU_TARGET], o->verdicts[BU_UNDEF], o->verdicts[BU_LATER],
                  o->verdicts[BU_SVE], o->verdicts[BU_FP16], o->verdicts[BU_LENIENT],
                  o->reserved_hits);
    print_message("oracle: binutils is %s\n", version);
    assert_int_equal(o->seen, o->nwords);
    assert_int_equal(o->disagree, 0);
}

/* The classifier on lines objdump really prints (so a binutils upgrade that
 * changes them shows up here rather than as silent agreement). */
static void test_oracle_classify(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        enum Verdict v;
    } cases[] = {
        { "add\tx0, x1, #0x1", BU_TARGET },
        { "mul\tv0.16b, v0.16b, v0.16b", BU_TARGET },
        { "fcvt\th0, s1", BU_TARGET },
        { "fcvtl2\tv2.2d, v3.4s", BU_TARGET },
        { "cnt\tv2.8b, v3.8b", BU_TARGET },
        { "fmla\tv0.4s, v1.4s, v2.s[1]", BU_TARGET },
        { "msr\tdaifset, #0x2", BU_TARGET },
        { ".inst\t0xffffffff ; undefined", BU_UNDEF },
        { ".inst\t0x8027a2a2 ; NYI", BU_UNDEF },
        { "fadd\th15, h2, h14", BU_FP16 },
        { "fmla\tv0.8h, v1.8h, v2.h[3]", BU_FP16 },
        { "scvtf\tv0.4h, v1.4h, #3", BU_FP16 },
        { "ld1h\t{z31.h}, p7/z, [x23, x4, lsl #1]", BU_SVE },
        { "ld1q\t{za5v.q[w13, 0]}, p4/z, [x29, x23, lsl #4]", BU_SVE },
        { "cntb\tx8, #25, mul #15", BU_SVE },
        { "sdot\tv30.2s, v2.8b, v22.4b[0]", BU_LATER },
        { "cnt\tx0, x1", BU_LATER },
        { "bc.eq\t0x40", BU_LATER },
        { "cpyfprtwn\t[x0]!, [x1]!, x2!", BU_LATER },
        { "dsb\toshnxs", BU_LATER },
        { "msr\ts0_3_c4_c6_4, xzr", BU_LENIENT },
        { "mrs\tx25, s0_6_c14_c8_7", BU_LENIENT },
    };
    for (unsigned i = 0; i < ARRAY_SIZE(cases); i++)
        if (classify(cases[i].text) != cases[i].v)
            fail_msg("classify(\"%s\") = %s, expected %s", cases[i].text,
                     verdict_name[classify(cases[i].text)], verdict_name[cases[i].v]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_oracle_classify),
        cmocka_unit_test(test_oracle_binutils),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
