/*
 * input_log.h — deterministic replays of interactive sessions. The only
 * input a run takes from the host while it runs is what arrives on the
 * console UART; everything else follows from the instruction count
 * (virtual time). `--record-input FILE` writes down each delivery of host
 * bytes to the UART with the instruction count and the WFI-skipped time at
 * which the UART took them; `--replay-input FILE` delivers the same bytes
 * at the same points instead of reading the host, so the run repeats
 * instruction for instruction (and a debugger or --trace can then look at
 * it at leisure).
 *
 * File format, text: a first line "xnuemu-input 1", then one line per
 * delivery: "ICOUNT IDLE HEXBYTES" (decimal, decimal, two hex digits per
 * byte), in order.
 */
#ifndef XNUEMU_INPUT_LOG_H
#define XNUEMU_INPUT_LOG_H

#include <stdint.h>
#include <stdio.h>

#include "chardev.h"
#include "common.h"

typedef struct CpuState CpuState;

typedef struct InputEvent {
    uint64_t icount, idle;
    uint8_t *bytes;
    size_t len;
    unsigned line;            /* in the file, for messages */
} InputEvent;

typedef struct InputLog {
    CpuState *cpu;
    Chardev *chr;             /* the live input (record), not owned */
    const char *path;
    FILE *rec;                /* recording */
    InputEvent *ev;           /* replaying */
    size_t nev, next;
} InputLog;

/* Open for recording (record != NULL) or replaying (replay != NULL, the
 * whole file is read and checked here: errors name FILE:LINE). */
EmuErr input_log_open(InputLog *l, CpuState *cpu, Chardev *chr, const char *record,
                      const char *replay, char *err, size_t errlen);
void input_log_close(InputLog *l);

/* The UART's source of received bytes (s5l_uart.h rx_source): at most max
 * bytes now. Recording: from the host, written down. Replaying: the
 * recorded bytes when the run is exactly where they were taken. */
size_t input_log_rx(void *opaque, uint8_t *buf, size_t max);

/* Once per poll of the host (run loop safe point): when replaying, stops
 * the run with an error if it went past the next recorded delivery (the
 * run diverged), and keeps cpu->input_deadline at that delivery's count so
 * the run loop stops exactly there. */
void input_log_poll(InputLog *l);

#endif
