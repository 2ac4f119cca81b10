/*
 * test_gdb_stub.c — the stub packet by packet (gdb_cmds.c, gdb_query.c,
 * gdb_mem.c, gdb_target_xml.c) over an in-memory transport on the test
 * machine: queries and thread packets, acknowledgements and no-ack mode,
 * registers (core, FP/SIMD, system), memory (hex, binary, partial, not
 * RAM, writes into decoded code, physical mode and devices), the target
 * description; and malformed, unknown and oversized packets, which get
 * error or empty replies. Run control is in test_gdb_run.c.
 */
#include "stub_fixture.h"
#include "xnuemu/bus.h"

#define I_MOVZ_X0_1 0xd2800020u
#define I_B_SELF    0x14000000u

static int setup(void **state)
{
    *state = fx_new();
    return 0;
}

static int teardown(void **state)
{
    fx_free(*state);
    return 0;
}

static void test_queries(void **state)
{
    Fx *f = *state;
    assert_string_equal(xchg(f, "?"), "T05thread:1;");
    const char *r = xchg(f, "qSupported:multiprocess+;swbreak+;hwbreak+;xmlRegisters=i386");
    assert_non_null(strstr(r, "PacketSize=4000"));
    assert_non_null(strstr(r, "qXfer:features:read+"));
    assert_non_null(strstr(r, "swbreak+"));
    assert_non_null(strstr(r, "hwbreak+"));
    assert_non_null(strstr(r, "vContSupported+"));
    assert_non_null(strstr(r, "QStartNoAckMode+"));
    assert_string_equal(xchg(f, "qC"), "QC1");
    assert_string_equal(xchg(f, "qAttached"), "1");
    assert_string_equal(xchg(f, "qAttached:1"), "1");
    assert_string_equal(xchg(f, "qfThreadInfo"), "m1");
    assert_string_equal(xchg(f, "qsThreadInfo"), "l");
    assert_string_equal(xchg(f, "qOffsets"), "Text=0;Data=0;Bss=0");
    r = xchg(f, "qThreadExtraInfo,1");
    uint8_t text[64] = { 0 };
    assert_true(rsp_unhex(r, strlen(r) / 2, text));
    assert_string_equal((char *)text, "CPU 0, EL1");
    assert_string_equal(xchg(f, "Hg0"), "OK");
    assert_string_equal(xchg(f, "Hc-1"), "OK");
    assert_string_equal(xchg(f, "T1"), "OK");
    assert_string_equal(xchg(f, "T2"), "E01");
    assert_string_equal(xchg(f, "qSymbol::"), "OK");
    assert_string_equal(xchg(f, "qWatchpointSupportInfo"), "num:2;");
    assert_non_null(strstr(xchg(f, "qHostInfo"), "watchpoint_exceptions_received:before"));
    /* unknown packets: the empty reply */
    assert_string_equal(xchg(f, "vMustReplyEmpty"), "");
    assert_string_equal(xchg(f, "qFooBar"), "");
    assert_string_equal(xchg(f, "QFoo"), "");
    assert_string_equal(xchg(f, "!"), "");
    assert_string_equal(xchg(f, "vRun;00"), "");
    assert_string_equal(xchg(f, ""), "");
}

static void test_acks(void **state)
{
    Fx *f = *state;
    gbuf_reset(&f->out);
    gdb_stub_input(f->s, "$qC#b4", 6);
    assert_string_equal(f->out.p, "+$QC1#c5");
    gbuf_reset(&f->out);
    gdb_stub_input(f->s, "$qC#00", 6);                       /* bad checksum */
    assert_string_equal(f->out.p, "-");
    gbuf_reset(&f->out);
    gdb_stub_input(f->s, "-", 1);                             /* resend the last packet */
    assert_string_equal(f->out.p, "$QC1#c5");
    gbuf_reset(&f->out);
    gdb_stub_input(f->s, "+", 1);
    assert_int_equal(f->out.len, 0);
    gbuf_reset(&f->out);
    gdb_stub_input(f->s, "$QStartNoAckMode#b0", 19);
    assert_string_equal(f->out.p, "+$OK#9a");                 /* acknowledged, then no more */
    gbuf_reset(&f->out);
    gdb_stub_input(f->s, "$qC#b4", 6);
    assert_string_equal(f->out.p, "$QC1#c5");
    gbuf_reset(&f->out);
    gdb_stub_input(f->s, "$qC#00", 6);
    assert_int_equal(f->out.len, 0);
    /* Ctrl-C while stopped is nothing */
    gbuf_reset(&f->out);
    gdb_stub_input(f->s, "\x03", 1);
    assert_int_equal(f->out.len, 0);
}

/* The register number of a system register, from the target description. */
static unsigned regnum_of(Fx *f, const char *name)
{
    GdbBuf xml = { 0 };
    for (unsigned off = 0;; off += 0x800) {
        char q[64];
        snprintf(q, sizeof(q), "qXfer:features:read:target.xml:%x,800", off);
        const char *r = xchg(f, q);
        gbuf_put(&xml, r + 1, f->reply.len - 1);
        if (r[0] == 'l')
            break;
        assert_int_equal(r[0], 'm');
    }
    char pat[64];
    snprintf(pat, sizeof(pat), "name=\"%s\" bitsize=\"64\" type=\"uint64\" regnum=\"", name);
    const char *p = strstr(xml.p, pat);
    assert_non_null(p);
    unsigned n = (unsigned)strtoul(p + strlen(pat), NULL, 10);
    gbuf_free(&xml);
    return n;
}

static void test_registers(void **state)
{
    Fx *f = *state;
    CpuState *cpu = f->t->cpu;
    cpu->r[0] = 0x1122334455667788;
    cpu->r[30] = 0x3030;
    cpu->r[REG_SP] = 0x40200000;
    cpu->pc = 0x40000010;
    cpu->nzcv = NZCV_Z | NZCV_C;
    cpu->v[1].d[0] = 0x0102030405060708;
    cpu->v[1].d[1] = 0x1112131415161718;
    cpu->sr[SR_FPSR] = 0x08000010;
    const char *g = xchg(f, "g");
    assert_int_equal(strlen(g), 2 * (33 * 8 + 4 + 32 * 16 + 4 + 4));
    assert_int_equal(hex_le(g, 8), 0x1122334455667788);
    assert_int_equal(hex_le(g + 30 * 16, 8), 0x3030);
    assert_int_equal(hex_le(g + 31 * 16, 8), 0x40200000);
    assert_int_equal(hex_le(g + 32 * 16, 8), 0x40000010);
    assert_int_equal(hex_le(g + 33 * 16, 4), 0x600003c5);     /* Z C, DAIF, EL1h */
    assert_int_equal(hex_le(g + 33 * 16 + 8 + 32, 8), 0x0102030405060708);  /* v1 low */
    assert_int_equal(hex_le(g + 33 * 16 + 8 + 32 * 32, 4), 0x08000010);    /* fpsr */
    /* G: everything back, with x5 changed */
    char *G = malloc(strlen(g) + 2);
    G[0] = 'G';
    strcpy(G + 1, g);
    memcpy(G + 1 + 5 * 16, "efbeadde00000000", 16);
    assert_string_equal(xchg(f, G), "OK");
    free(G);
    assert_int_equal(cpu->r[5], 0xdeadbeef);
    assert_int_equal(cpu->r[0], 0x1122334455667788);
    assert_int_equal(cpu->pc, 0x40000010);
    assert_string_equal(xchg(f, "G00"), "E01");               /* truncated */
    /* p/P */
    assert_string_equal(xchg(f, "p20"), "1000004000000000");
    assert_string_equal(xchg(f, "P20=2000004000000000"), "OK");
    assert_int_equal(cpu->pc, 0x40000020);
    assert_string_equal(xchg(f, "P21=c5030090"), "OK");       /* cpsr: N V, EL1h */
    assert_int_equal(cpu->nzcv, NZCV_N | NZCV_V);
    assert_string_equal(xchg(f, "P21=00000000"), "OK");       /* EL0t */
    assert_int_equal(cpu->ps.el, 0);
    assert_int_equal(cpu->ps.daif, 0);
    assert_string_equal(xchg(f, "P21=c5030000"), "OK");
    assert_int_equal(cpu->ps.el, 1);
    assert_string_equal(xchg(f, "p23"), "08070605040302011817161514131211");
    assert_string_equal(xchg(f, "P22=000102030405060708090a0b0c0d0e0f"), "OK");
    assert_int_equal(cpu->v[0].b[15], 0x0f);
    assert_string_equal(xchg(f, "P43=00004000"), "OK");       /* fpcr */
    assert_int_equal(cpu->sr[SR_FPCR], 0x00400000);
    unsigned tpidr = regnum_of(f, "TPIDR_EL1");
    char q[64];
    snprintf(q, sizeof(q), "P%x=efcdab8967452301", tpidr);
    assert_string_equal(xchg(f, q), "OK");
    assert_int_equal(cpu->sr[SR_TPIDR_EL1], 0x0123456789abcdef);
    snprintf(q, sizeof(q), "p%x", tpidr);
    assert_string_equal(xchg(f, q), "efcdab8967452301");
    unsigned midr = regnum_of(f, "MIDR_EL1");
    snprintf(q, sizeof(q), "P%x=0000000000000000", midr);
    assert_string_equal(xchg(f, q), "E01");                   /* read-only */
    /* bad numbers and sizes */
    assert_string_equal(xchg(f, "p1000"), "E01");
    assert_string_equal(xchg(f, "p"), "E01");
    assert_string_equal(xchg(f, "P20=00"), "E01");
    assert_string_equal(xchg(f, "P20"), "E01");
    assert_string_equal(xchg(f, "P20=zz00000000000000"), "E01");
}

static void test_memory(void **state)
{
    Fx *f = *state;
    CpuState *cpu = f->t->cpu;
    char q[128];
    snprintf(q, sizeof(q), "m%llx,4", (unsigned long long)T_DATA);
    char want[16];
    snprintf(want, sizeof(want), "%02x%02x%02x%02x", tenv_pattern(T_DATA),
             tenv_pattern(T_DATA + 1), tenv_pattern(T_DATA + 2), tenv_pattern(T_DATA + 3));
    assert_string_equal(xchg(f, q), want);
    snprintf(q, sizeof(q), "M%llx,4:deadbeef", (unsigned long long)T_DATA);
    assert_string_equal(xchg(f, q), "OK");
    assert_int_equal((uint32_t)mt_rd64(f->t, T_DATA), 0xefbeadde);
    /* X: binary with escapes ('#' '$' '}' '*') */
    int n = snprintf(q, sizeof(q), "X%llx,4:", (unsigned long long)T_DATA + 8);
    memcpy(q + n, "}\x03}\x04}]}\x0a", 8);
    assert_string_equal(fx_xchgn(f, q, (size_t)n + 8), "OK");
    assert_int_equal((uint32_t)mt_rd64(f->t, T_DATA + 8), 0x2a7d2423);
    assert_string_equal(xchg(f, "X40100000,0:"), "OK");      /* GDB's probe */
    assert_string_equal(xchg(f, "X40100000,2:a"), "E01");    /* length mismatch */
    /* not RAM, partly RAM, nothing at all */
    assert_string_equal(xchg(f, "m1000,4"), "E14");
    assert_string_equal(xchg(f, "M1000,1:00"), "E14");
    snprintf(q, sizeof(q), "m%llx,8", (unsigned long long)(T_RAM + T_RAM_SIZE - 4));
    assert_int_equal(strlen(xchg(f, q)), 8);                   /* the 4 bytes that exist */
    assert_string_equal(xchg(f, "mffffffffffffffff,4"), "E14");
    assert_string_equal(xchg(f, "m40000000,0"), "");
    /* malformed */
    assert_string_equal(xchg(f, "m"), "E01");
    assert_string_equal(xchg(f, "mzz,4"), "E01");
    assert_string_equal(xchg(f, "m40000000"), "E01");
    assert_string_equal(xchg(f, "m40000000,4x"), "E01");
    assert_string_equal(xchg(f, "M40000000,2:123"), "E01");
    assert_string_equal(xchg(f, "M40000000,1:zz"), "E01");
    assert_string_equal(xchg(f, "M40000000,1000000:00"), "E01");
    /* a long read is cut to what fits in a packet */
    assert_true(strlen(xchg(f, "m40000000,100000")) <= RSP_MAX_PACKET);

    /* a write into decoded code: the new instruction runs */
    static const uint32_t code[] = { I_MOVZ_X0_1, I_B_SELF };
    tenv_put_code(f->t, T_CODE, code, 2);
    cpu->pc = T_CODE;
    cpu->r[0] = 0;
    assert_string_equal(xchg(f, "s"), "T05thread:1;");
    assert_int_equal(cpu->r[0], 1);
    assert_string_equal(xchg(f, "M40000000,4:400580d2"), "OK");  /* movz x0, #0x2a */
    cpu->pc = T_CODE;
    assert_string_equal(xchg(f, "s"), "T05thread:1;");
    assert_int_equal(cpu->r[0], 0x2a);
}

/* A device for physical-mode accesses: counts them. */
static unsigned dev_reads, dev_writes;
static bool dev_read(void *d, uint64_t off, unsigned size, uint64_t *v)
{
    (void)d;
    (void)size;
    dev_reads++;
    *v = 0xa5a5a5a5a5a5a5a5 + off;
    return true;
}
static bool dev_write(void *d, uint64_t off, unsigned size, uint64_t v)
{
    (void)d;
    (void)off;
    (void)size;
    (void)v;
    dev_writes++;
    return true;
}
static const MmioOps dev_ops = { dev_read, dev_write, MMIO_SIZE_4 | MMIO_SIZE_8 };

static void test_translation_and_phys(void **state)
{
    Fx *f = *state;
    TestEnv *t = f->t;
    assert_int_equal(bus_map_mmio(&t->m->bus, 0x09000000, 0x1000, &dev_ops, NULL, "testdev"), EMU_OK);
    Pt pt;
    pt_init(&pt, &t->m->bus, PT_4K, 39, PT_POOL, PT_POOL_END);
    pt_map_pages(&pt, 0x10000000, T_DATA, 0x1000, PT_NORMAL | PT_AP_RO_EL1 | PT_UXN);
    pt_map_pages(&pt, 0x20000000, 0x09000000, 0x1000, PT_AF | PT_ATTR(1));
    pt_map_pages(&pt, 0x30000000, T_DATA, 0x1000, PT_NORMAL | PT_AP_RW_ALL);
    mt_el1_on(t, &pt, NULL, 2);
    t->cpu->ps.pan = 1;                                      /* PAN does not hide EL0 pages */
    cpu_update_regime(t->cpu);
    char want[8];
    snprintf(want, sizeof(want), "%02x", tenv_pattern(T_DATA + 1));
    assert_string_equal(xchg(f, "m10000001,1"), want);
    assert_string_equal(xchg(f, "m30000001,1"), want);
    /* read-only for the guest, writable for the debugger */
    assert_string_equal(xchg(f, "M10000001,1:5a"), "OK");
    assert_int_equal((uint8_t)(mt_rd64(t, T_DATA) >> 8), 0x5a);
    /* no TLB entry was made for the debugger's accesses */
    assert_int_not_equal(t->cpu->tlb->d[tlb_index(0x10000000)].tag_r, 0x10000000);
    /* a device behind a virtual address is never touched */
    dev_reads = dev_writes = 0;
    assert_string_equal(xchg(f, "m20000000,4"), "E14");
    assert_string_equal(xchg(f, "M20000000,4:00000000"), "E14");
    assert_int_equal(dev_reads + dev_writes, 0);
    assert_string_equal(xchg(f, "m40000000,4"), "E14");      /* not mapped at all */
    /* physical mode: RAM and devices by PA */
    assert_non_null(strstr(fx_monitor(f, "phys on"), "physical"));
    snprintf(want, sizeof(want), "5a");
    assert_string_equal(xchg(f, "m40100001,1"), want);
    assert_string_equal(xchg(f, "m10000000,4"), "E14");
    assert_string_equal(xchg(f, "m09000004,4"), "a9a5a5a5");
    assert_int_equal(dev_reads, 1);
    assert_string_equal(xchg(f, "M09000000,8:0000000000000000"), "OK");
    assert_int_equal(dev_writes, 1);
    assert_non_null(strstr(fx_monitor(f, "phys off"), "virtual"));
    assert_string_equal(xchg(f, "m10000001,1"), "5a");
}

static void test_target_xml(void **state)
{
    Fx *f = *state;
    GdbBuf xml = { 0 };
    for (unsigned off = 0;; off += 0x333) {
        char q[64];
        snprintf(q, sizeof(q), "qXfer:features:read:target.xml:%x,333", off);
        const char *r = xchg(f, q);
        assert_true(r[0] == 'm' || r[0] == 'l');
        assert_true(f->reply.len - 1 <= 0x333);
        gbuf_put(&xml, r + 1, f->reply.len - 1);
        if (r[0] == 'l')
            break;
    }
    const char *x = xml.p;
    assert_true(strncmp(x, "<?xml version=\"1.0\"?>", 21) == 0);
    assert_non_null(strstr(x, "<architecture>aarch64</architecture>"));
    assert_non_null(strstr(x, "<feature name=\"org.gnu.gdb.aarch64.core\">"));
    assert_non_null(strstr(x, "<feature name=\"org.gnu.gdb.aarch64.fpu\">"));
    assert_non_null(strstr(x, "<reg name=\"cpsr\" bitsize=\"32\" type=\"cpsr_flags\" regnum=\"33\""));
    assert_non_null(strstr(x, "<reg name=\"v31\" bitsize=\"128\" type=\"aarch64v\" regnum=\"65\""));
    assert_non_null(strstr(x, "<reg name=\"fpcr\" bitsize=\"32\" type=\"int\" regnum=\"67\""));
    assert_true(strstr(x, "</target>\n") == x + xml.len - 10);
    /* every system register of the model the debugger may see, in order */
    const SysRegTable *t = f->t->cpu->srt;
    unsigned n = 68, shown = 0;
    for (unsigned i = 0; i < t->n; i++) {
        const SysRegDesc *d = &t->rows[i];
        char pat[96];
        snprintf(pat, sizeof(pat), "<reg name=\"%s\" ", d->name);
        bool want = !(d->flags & (SR_NO_GDB | SR_SYSOP | SR_FP));
        if (!want) {
            assert_null(strstr(x, pat));
            continue;
        }
        snprintf(pat, sizeof(pat), "<reg name=\"%s\" bitsize=\"64\" type=\"uint64\" regnum=\"%u\"",
                 d->name, n++);
        assert_non_null(strstr(x, pat));
        shown++;
    }
    printf("target.xml: %u system registers\n", shown);
    assert_true(shown > 100);
    assert_null(strstr(x, "\"CurrentEL\""));
    assert_null(strstr(x, "\"DC_ZVA\""));
    assert_null(strstr(x, "\"SCTLR_EL12\""));
    /* past the end, other annexes, malformed */
    char q[64];
    snprintf(q, sizeof(q), "qXfer:features:read:target.xml:%zx,10", xml.len);
    assert_string_equal(xchg(f, q), "l");
    assert_string_equal(xchg(f, "qXfer:features:read:aarch64-core.xml:0,10"), "E00");
    assert_string_equal(xchg(f, "qXfer:features:read:target.xml:zz,10"), "E01");
    assert_string_equal(xchg(f, "qXfer:features:read:target.xml:"), "E01");
    gbuf_free(&xml);
}

static void test_malformed(void **state)
{
    Fx *f = *state;
    static const char *const bad[] = {
        "m,", "M", "X", "Xzz", "X0,4", "Z", "z0", "z0,", "P", "p", "G", "Gzz", "qRcmd,zz",
        "qRcmd,1", "qRcmd,", "qXfer:features:read:", "vCont;", "vCont;C", "H", "T", "Tzz",
        "qThreadExtraInfo,", "vKil", "qSupported:" "\xff\xfe", "}", "$",
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        const char *r = xchg(f, bad[i]);
        (void)r;
        if (f->npackets > 1)
            fail_msg("'%s' got %u replies", bad[i], f->npackets);
        if (f->exited || gdb_stub_detached(f->s))
            break;
    }
    /* oversized: acknowledged and refused */
    size_t n = RSP_MAX_PACKET + 10;
    char *big = malloc(n + 1);
    memset(big, '0', n);
    big[0] = 'M';
    big[n] = 0;
    assert_string_equal(xchg(f, big), "E01");
    free(big);
    assert_string_equal(xchg(f, "qC"), "QC1");
}

static uint64_t rng = 0x2545f4914f6cdd1d;
static unsigned rnd(unsigned n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng >> 33) % n;
}

/* Random packets of the kinds that do not resume, kill or detach: each
 * gets at most one reply, and nothing crashes (the ASan build checks
 * memory too). */
static void test_random_packets(void **state)
{
    Fx *f = *state;
    static const char first[] = "?gGpPmMXZzHTqQ";
    /* no framing characters: those are test_rsp.c's */
    static const char body[] = "0123456789abcdefABCDEF,:;=-xX}*qSupportedXfer";
    char pkt[64];
    for (unsigned i = 0; i < 20000; i++) {
        unsigned n = 1 + rnd(60);
        pkt[0] = first[rnd(sizeof(first) - 1)];
        for (unsigned k = 1; k < n; k++)
            pkt[k] = body[rnd(sizeof(body) - 1)];
        pkt[n] = 0;
        (void)fx_xchgn(f, pkt, n);
        if (f->npackets > 1)
            fail_msg("'%s' got %u replies: %s", pkt, f->npackets, f->out.p);
        assert_false(f->exited);
        assert_false(gdb_stub_running(f->s));
    }
    assert_string_equal(xchg(f, "qC"), "QC1");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_queries, setup, teardown),
        cmocka_unit_test_setup_teardown(test_acks, setup, teardown),
        cmocka_unit_test_setup_teardown(test_registers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_memory, setup, teardown),
        cmocka_unit_test_setup_teardown(test_translation_and_phys, setup, teardown),
        cmocka_unit_test_setup_teardown(test_target_xml, setup, teardown),
        cmocka_unit_test_setup_teardown(test_malformed, setup, teardown),
        cmocka_unit_test_setup_teardown(test_random_packets, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
