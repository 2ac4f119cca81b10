/*
 * chardev.h — the host side of a serial port (`--serial SPEC`).
 *
 *   stdio      TX to stdout; RX from stdin. A terminal on stdin is put in
 *              raw mode (no echo, no line editing, bytes as typed) but keeps
 *              ISIG, so Ctrl-C still stops the emulator, and OPOST, so a bare
 *              "\n" from the guest still starts a new line. The terminal
 *              settings are restored by chardev_destroy(), at exit() and on
 *              a fatal signal. A terminal whose foreground process group is
 *              not ours (emulator started with `&`) is left alone and gives
 *              no input.
 *   file:PATH  TX appended to PATH; no RX.
 *   tcp:PORT   listens on 127.0.0.1:PORT (0 = any free port, see
 *              chardev_tcp_port), accepts one client at a time without
 *              blocking, raw bytes both ways. While no client is connected
 *              TX is kept in a backlog of the last CHARDEV_TCP_BACKLOG bytes
 *              (older bytes are dropped) that is sent when a client connects,
 *              so the start of a boot log is not lost.
 *   none       TX discarded, no RX.
 * plus an in-memory backend for tests (chardev_new_buffer).
 *
 * Nothing here blocks: chardev_poll_rx() returns what the host has right
 * now, and returns nothing (changing no state the guest can see) when there
 * is no input, so a run without input is the same run every time.
 *
 * Every backend can watch its TX stream for a string (`--until TEXT`).
 */
#ifndef XNUEMU_CHARDEV_H
#define XNUEMU_CHARDEV_H

#include <stdio.h>

#include "common.h"

#define CHARDEV_TCP_BACKLOG (64u * 1024)

typedef struct Chardev Chardev;

/* Called once, the first time the TX stream contains the watched text. */
typedef void ChardevWatchFn(void *opaque);

/* Parse spec ("stdio", "none", "file:PATH", "tcp:PORT") and open the
 * backend. On error *out is NULL and err holds one line naming the spec and
 * what is wrong with it. */
EmuErr chardev_open(const char *spec, Chardev **out, char *err, size_t errlen);

/* The stdio backend over an arbitrary input descriptor and output stream
 * ("stdio" is chardev_new_stdio(STDIN_FILENO, stdout)); in_fd < 0 = no RX.
 * The descriptor and stream stay the caller's. */
EmuErr chardev_new_stdio(int in_fd, FILE *out, Chardev **cd, char *err, size_t errlen);

/* Test backend: TX collects into a growable buffer, RX comes from a queue
 * filled with chardev_buffer_push_rx(). NULL if out of memory. */
Chardev *chardev_new_buffer(void);

/* Flushes pending TX, restores the terminal, closes what the backend
 * opened. NULL is ignored. */
void chardev_destroy(Chardev *cd);

/* Guest -> host. stdio/file: buffered stdio writes, flushed at each
 * newline and at every poll/flush (they wait if the host stream is full,
 * as a terminal would); tcp: never blocks, unsent bytes stay in the
 * backlog; buffer: appended; none: dropped. */
void chardev_write(Chardev *cd, const void *buf, size_t len);

/* Host -> guest: up to max bytes available now, without blocking; 0 when
 * there are none. Also does the backend's housekeeping: pushes out
 * buffered TX and (tcp) accepts a waiting client. */
size_t chardev_poll_rx(Chardev *cd, void *buf, size_t max);

/* Push buffered TX to the host now. */
void chardev_flush(Chardev *cd);

/* Fire fn(opaque) once when the TX stream from now on contains text
 * (matched across chardev_write boundaries). Replaces any earlier watch;
 * text == NULL removes it. EMU_ERR_ARG for an empty text. */
EmuErr chardev_set_watch(Chardev *cd, const char *text, ChardevWatchFn *fn, void *opaque);
/* Has the watch fired? */
bool chardev_watch_fired(const Chardev *cd);

/* Every TX chunk is also given to fn(opaque, bytes, len) (milestones,
 * panic detection); fn == NULL removes the observer. */
typedef void ChardevTxFn(void *opaque, const uint8_t *p, size_t len);
void chardev_set_tx_observer(Chardev *cd, ChardevTxFn *fn, void *opaque);

/* Backend name: "stdio", "file", "tcp", "none" or "buffer". */
const char *chardev_kind(const Chardev *cd);

/* tcp: the port actually listened on (useful with tcp:0), else -1. */
int chardev_tcp_port(const Chardev *cd);
/* tcp: is a client connected? */
bool chardev_tcp_connected(const Chardev *cd);

/* stdio: is the input a terminal this chardev put in raw mode? */
bool chardev_is_raw_tty(const Chardev *cd);

/* buffer backend: everything written so far (NUL-terminated, *len bytes
 * before the NUL; len may be NULL), and a way to start over. */
const char *chardev_buffer_tx(const Chardev *cd, size_t *len);
void chardev_buffer_tx_clear(Chardev *cd);
/* buffer backend: queue bytes for chardev_poll_rx. */
void chardev_buffer_push_rx(Chardev *cd, const void *data, size_t len);

#endif
