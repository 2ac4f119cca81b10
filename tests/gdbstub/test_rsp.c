/*
 * test_rsp.c — Remote Serial Protocol framing (rsp.c): packets, checksums
 * (good, bad, not hex), binary escapes, truncated and oversized packets,
 * Ctrl-C and acknowledgements between packets, noise, outgoing framing and
 * escapes, hex helpers; and a long run of random bytes that must never
 * crash the parser or leave it unable to read the next good packet.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "xnuemu/gdbstub.h"

/* Feed bytes; the last event that was not RSP_NONE. */
static RspEvent feed(Rsp *r, const char *s, size_t n)
{
    RspEvent last = RSP_NONE;
    for (size_t i = 0; i < n; i++) {
        RspEvent e = rsp_feed(r, (uint8_t)s[i]);
        if (e != RSP_NONE)
            last = e;
    }
    return last;
}

static RspEvent feeds(Rsp *r, const char *s)
{
    return feed(r, s, strlen(s));
}

static void test_packet_and_checksum(void **state)
{
    (void)state;
    Rsp r;
    rsp_init(&r);
    assert_int_equal(feeds(&r, "$qC#b4"), RSP_PACKET);
    assert_string_equal(r.pkt, "qC");
    assert_int_equal(r.pkt_len, 2);
    assert_int_equal(feeds(&r, "$qC#B4"), RSP_PACKET);      /* upper-case hex */
    assert_int_equal(feeds(&r, "$qC#b5"), RSP_BAD_CHECKSUM);
    assert_int_equal(feeds(&r, "$qC#zz"), RSP_BAD_CHECKSUM);
    assert_int_equal(feeds(&r, "$qC#4"), RSP_NONE);          /* waiting for the 2nd digit */
    assert_int_equal(feeds(&r, "x"), RSP_BAD_CHECKSUM);
    assert_int_equal(feeds(&r, "$#00"), RSP_PACKET);         /* empty packet */
    assert_int_equal(r.pkt_len, 0);
    assert_int_equal(feeds(&r, "$?#3f"), RSP_PACKET);
    assert_string_equal(r.pkt, "?");
}

static void test_between_packets(void **state)
{
    (void)state;
    Rsp r;
    rsp_init(&r);
    assert_int_equal(rsp_feed(&r, 0x03), RSP_INTERRUPT);
    assert_int_equal(rsp_feed(&r, '+'), RSP_ACK);
    assert_int_equal(rsp_feed(&r, '-'), RSP_NACK);
    assert_int_equal(feeds(&r, "garbage\n\r#12 x"), RSP_NONE);
    assert_int_equal(feeds(&r, "$?#3f"), RSP_PACKET);
    /* inside a packet these are data */
    assert_int_equal(feeds(&r, "$+-#58"), RSP_PACKET);
    assert_string_equal(r.pkt, "+-");
}

static void test_truncated_packet(void **state)
{
    (void)state;
    Rsp r;
    rsp_init(&r);
    /* a '$' in the middle restarts: the first packet was cut short */
    assert_int_equal(feeds(&r, "$qSupp$qC#b4"), RSP_PACKET);
    assert_string_equal(r.pkt, "qC");
    assert_int_equal(feeds(&r, "$qC#$?#3f"), RSP_PACKET);
    assert_string_equal(r.pkt, "?");
}

static void test_escapes(void **state)
{
    (void)state;
    Rsp r;
    rsp_init(&r);
    /* X packet data: '}' 0x5d '#' 0x03 '$' 0x04 '*' 0x0a after '}' */
    const char raw[] = "X0,4:}]}\x03}\x04}\x0a";
    GdbBuf b = { 0 };
    rsp_frame(&b, raw, sizeof(raw) - 1);
    assert_int_equal(feed(&r, b.p, b.len), RSP_PACKET);
    assert_int_equal(r.pkt_len, 9);
    assert_memory_equal(r.pkt, "X0,4:}#$*", 9);
    gbuf_free(&b);
    /* and the other way */
    const uint8_t bin[] = { '#', 'a', '$', '}', '*', 0, 0xff };
    gbuf_escaped(&b, bin, sizeof(bin));
    assert_int_equal(b.len, 11);
    assert_memory_equal(b.p, "}\x03" "a}\x04}]}\x0a\0\xff", 11);
    gbuf_free(&b);
}

static void test_oversized_packet(void **state)
{
    (void)state;
    Rsp *r = malloc(sizeof(*r));
    rsp_init(r);
    size_t n = RSP_MAX_PACKET + 100;
    char *big = malloc(n);
    memset(big, 'A', n);
    GdbBuf b = { 0 };
    rsp_frame(&b, big, n);
    assert_int_equal(feed(r, b.p, b.len), RSP_TOO_LONG);
    assert_int_equal(feeds(r, "$qC#b4"), RSP_PACKET);       /* and then it reads on */
    /* exactly the limit is fine */
    gbuf_reset(&b);
    rsp_frame(&b, big, RSP_MAX_PACKET);
    assert_int_equal(feed(r, b.p, b.len), RSP_PACKET);
    assert_int_equal(r->pkt_len, RSP_MAX_PACKET);
    gbuf_free(&b);
    free(big);
    free(r);
}

static void test_frame_and_hex(void **state)
{
    (void)state;
    GdbBuf b = { 0 };
    rsp_frame(&b, "OK", 2);
    assert_string_equal(b.p, "$OK#9a");
    gbuf_reset(&b);
    rsp_frame(&b, "", 0);
    assert_string_equal(b.p, "$#00");
    gbuf_reset(&b);
    gbuf_hex(&b, "\x00\x7f\xff", 3);
    assert_string_equal(b.p, "007fff");
    gbuf_reset(&b);
    gbuf_printf(&b, "%s-%d", "x", 42);
    assert_string_equal(b.p, "x-42");
    gbuf_free(&b);

    const char *p = "1fAb,";
    uint64_t v;
    assert_true(rsp_parse_hex(&p, &v));
    assert_int_equal(v, 0x1fab);
    assert_int_equal(*p, ',');
    p = ",1";
    assert_false(rsp_parse_hex(&p, &v));
    p = "ffffffffffffffff";
    assert_true(rsp_parse_hex(&p, &v));
    assert_int_equal(v, UINT64_MAX);
    p = "10000000000000000";                                 /* 65 bits */
    assert_false(rsp_parse_hex(&p, &v));
    uint8_t out[2];
    assert_true(rsp_unhex("a55A", 2, out));
    assert_int_equal(out[0], 0xa5);
    assert_int_equal(out[1], 0x5a);
    assert_false(rsp_unhex("a5g0", 2, out));
    assert_false(rsp_unhex("a", 1, out));
    assert_int_equal(rsp_hexval('G'), -1);
}

/* Random bytes (deterministic), with good packets sprinkled in: every good
 * packet that follows a '$'-free gap must be read. */
static void test_random_input(void **state)
{
    (void)state;
    Rsp r;
    rsp_init(&r);
    uint64_t x = 0x9e3779b97f4a7c15;
    unsigned good = 0;
    for (unsigned i = 0; i < 200000; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (void)rsp_feed(&r, (uint8_t)x);
        if (i % 997 == 0) {
            /* a complete checksum state can swallow '#' and two bytes; a
             * fresh '$' always starts a packet */
            if (feeds(&r, "$qC#b4") == RSP_PACKET && strcmp(r.pkt, "qC") == 0)
                good++;
        }
    }
    assert_true(good > 150);
    rsp_init(&r);
    assert_int_equal(feeds(&r, "$qC#b4"), RSP_PACKET);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_packet_and_checksum),
        cmocka_unit_test(test_between_packets),
        cmocka_unit_test(test_truncated_packet),
        cmocka_unit_test(test_escapes),
        cmocka_unit_test(test_oversized_packet),
        cmocka_unit_test(test_frame_and_hex),
        cmocka_unit_test(test_random_input),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
