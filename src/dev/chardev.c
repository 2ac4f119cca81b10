/*
 * chardev.c — host backends of a serial port (see chardev.h): spec
 * parsing, the TX watch (Knuth–Morris–Pratt over the byte stream, so a
 * match may straddle writes), and the stdio, file, tcp, none and buffer
 * backends. Terminal handling follows termios(3) (the cfmakeraw() flag set
 * minus ISIG and OPOST); sockets are non-blocking, SIGPIPE is avoided with
 * MSG_NOSIGNAL.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

#include "xnuemu/chardev.h"

typedef enum { CD_NONE, CD_STDIO, CD_FILE, CD_TCP, CD_BUFFER } CdKind;

typedef struct ByteBuf {
    uint8_t *data;
    size_t len, cap;
} ByteBuf;

struct Chardev {
    CdKind kind;
    /* TX watch */
    char *watch;
    size_t watch_len, watch_pos, *watch_fail;
    ChardevWatchFn *watch_fn;
    void *watch_opaque;
    bool watch_fired;
    ChardevTxFn *tx_fn;       /* TX observer */
    void *tx_opaque;
    FILE *out;                /* stdio, file: output stream (file: owned) */
    /* stdio: input */
    int in_fd;
    bool in_eof;
    bool raw;                 /* in_fd is a terminal we put in raw mode */
    bool guarded;             /* ... and tty_guard below tracks it */
    struct termios saved;
    uint32_t our_signals;     /* signals whose handler we installed */
    /* tcp */
    int listen_fd, client_fd, port;
    uint8_t *ring;            /* backlog, CHARDEV_TCP_BACKLOG bytes */
    size_t ring_head, ring_count;
    /* buffer */
    ByteBuf tx, rx;
    size_t rx_head;
};

/*
 * The single piece of mutable file-scope state: a signal handler and an
 * atexit() function get no argument, yet must restore the terminal when
 * the emulator dies on SIGINT/SIGSEGV/abort() or exit()s without calling
 * chardev_destroy(). Written only by tty_raw()/tty_unraw() (at most one
 * terminal is tracked; another raw terminal is still restored by
 * chardev_destroy(), just not on a signal). Read by the handlers only.
 */
static struct {
    volatile sig_atomic_t active;
    int fd;
    struct termios saved;
    bool atexit_registered;
} tty_guard;

static const int fatal_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGABRT,
                                     SIGSEGV, SIGBUS, SIGFPE, SIGILL };

static void tty_guard_restore(void)
{
    if (tty_guard.active)
        tcsetattr(tty_guard.fd, TCSANOW, &tty_guard.saved);
}

/* SA_RESETHAND has put back the default action: restore, then re-raise
 * (delivered when the handler returns) so the process dies as it would. */
static void tty_guard_signal(int sig)
{
    tty_guard_restore();
    raise(sig);
}

static void tty_raw(Chardev *cd)
{
    int fd = cd->in_fd;
    if (!isatty(fd) || tcgetattr(fd, &cd->saved) != 0)
        return;
    pid_t fg = tcgetpgrp(fd);
    if (fg != -1 && fg != getpgrp()) {
        cd->in_fd = -1;       /* background job: reading would stop us (SIGTTIN) */
        return;
    }
    struct termios t = cd->saved;
    t.c_iflag &= ~(tcflag_t)(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON);
    t.c_lflag &= ~(tcflag_t)(ECHO | ECHONL | ICANON | IEXTEN);
    t.c_cflag &= ~(tcflag_t)(CSIZE | PARENB);
    t.c_cflag |= CS8;
    t.c_cc[VMIN] = 0;
    t.c_cc[VTIME] = 0;
    if (tcsetattr(fd, TCSANOW, &t) != 0)
        return;
    cd->raw = true;
    if (tty_guard.active)
        return;
    tty_guard.fd = fd;
    tty_guard.saved = cd->saved;
    tty_guard.active = 1;
    cd->guarded = true;
    if (!tty_guard.atexit_registered)
        tty_guard.atexit_registered = atexit(tty_guard_restore) == 0;
    for (unsigned i = 0; i < ARRAY_SIZE(fatal_signals); i++) {
        struct sigaction old, sa = { .sa_handler = tty_guard_signal, .sa_flags = SA_RESETHAND };
        sigemptyset(&sa.sa_mask);
        /* leave handlers someone else installed (gdbstub, ASan) alone */
        if (sigaction(fatal_signals[i], NULL, &old) == 0 && old.sa_handler == SIG_DFL &&
            sigaction(fatal_signals[i], &sa, NULL) == 0)
            cd->our_signals |= 1u << i;
    }
}

static void tty_unraw(Chardev *cd)
{
    if (!cd->raw)
        return;
    tcsetattr(cd->in_fd, TCSANOW, &cd->saved);
    cd->raw = false;
    if (!cd->guarded)
        return;
    tty_guard.active = 0;
    cd->guarded = false;
    for (unsigned i = 0; i < ARRAY_SIZE(fatal_signals); i++) {
        struct sigaction cur, dfl = { .sa_handler = SIG_DFL };
        if ((cd->our_signals >> i & 1) && sigaction(fatal_signals[i], NULL, &cur) == 0 &&
            cur.sa_handler == tty_guard_signal)
            sigaction(fatal_signals[i], &dfl, NULL);
    }
    cd->our_signals = 0;
}

/* ---- construction ---- */

static Chardev *cd_alloc(CdKind kind)
{
    Chardev *cd = calloc(1, sizeof(*cd));
    if (cd) {
        cd->kind = kind;
        cd->in_fd = cd->listen_fd = cd->client_fd = cd->port = -1;
    }
    return cd;
}

static EmuErr nomem(char *err, size_t errlen)
{
    snprintf(err, errlen, "out of memory");
    return EMU_ERR_NOMEM;
}

Chardev *chardev_new_buffer(void)
{
    return cd_alloc(CD_BUFFER);
}

EmuErr chardev_new_stdio(int in_fd, FILE *out, Chardev **res, char *err, size_t errlen)
{
    Chardev *cd = *res = cd_alloc(CD_STDIO);
    if (!cd)
        return nomem(err, errlen);
    cd->in_fd = in_fd;
    cd->out = out;
    if (in_fd >= 0)
        tty_raw(cd);
    return EMU_OK;
}

static EmuErr open_file(Chardev *cd, const char *spec, const char *path, char *err, size_t errlen)
{
    if (!*path) {
        snprintf(err, errlen, "bad serial spec '%s': the PATH of file:PATH is empty", spec);
        return EMU_ERR_ARG;
    }
    cd->out = fopen(path, "ab");
    if (!cd->out) {
        snprintf(err, errlen, "serial '%s': cannot open %s: %s", spec, path, strerror(errno));
        return EMU_ERR_IO;
    }
    return EMU_OK;
}

static EmuErr open_tcp(Chardev *cd, const char *spec, const char *num, char *err, size_t errlen)
{
    size_t nd = strspn(num, "0123456789");
    unsigned long port = nd > 0 && nd <= 5 && !num[nd] ? strtoul(num, NULL, 10) : 65536;
    if (port > 65535) {
        snprintf(err, errlen, "bad serial spec '%s': PORT of tcp:PORT must be a number 0..65535",
                 spec);
        return EMU_ERR_ARG;
    }
    if (!(cd->ring = malloc(CHARDEV_TCP_BACKLOG)))
        return nomem(err, errlen);
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port),
                             .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
    socklen_t alen = sizeof(a);
    int one = 1;
    cd->listen_fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (cd->listen_fd < 0 ||
        setsockopt(cd->listen_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) != 0 ||
        bind(cd->listen_fd, (struct sockaddr *)&a, sizeof(a)) != 0 || listen(cd->listen_fd, 1) != 0 ||
        getsockname(cd->listen_fd, (struct sockaddr *)&a, &alen) != 0) {
        snprintf(err, errlen, "serial '%s': cannot listen on 127.0.0.1:%lu: %s", spec, port,
                 strerror(errno));
        return EMU_ERR_IO;
    }
    cd->port = ntohs(a.sin_port);
    return EMU_OK;
}

EmuErr chardev_open(const char *spec, Chardev **res, char *err, size_t errlen)
{
    *res = NULL;
    spec = spec ? spec : "";
    if (strcmp(spec, "stdio") == 0)
        return chardev_new_stdio(STDIN_FILENO, stdout, res, err, errlen);
    CdKind kind = strcmp(spec, "none") == 0 ? CD_NONE
                : strncmp(spec, "file:", 5) == 0 ? CD_FILE
                : strncmp(spec, "tcp:", 4) == 0 ? CD_TCP : CD_BUFFER;
    if (kind == CD_BUFFER) {   /* not selectable by a spec */
        snprintf(err, errlen, "bad serial spec '%s': expected stdio, none, file:PATH or tcp:PORT",
                 spec);
        return EMU_ERR_ARG;
    }
    Chardev *cd = cd_alloc(kind);
    if (!cd)
        return nomem(err, errlen);
    EmuErr e = kind == CD_FILE ? open_file(cd, spec, spec + 5, err, errlen)
             : kind == CD_TCP ? open_tcp(cd, spec, spec + 4, err, errlen) : EMU_OK;
    if (e != EMU_OK)
        chardev_destroy(cd);
    else
        *res = cd;
    return e;
}

void chardev_destroy(Chardev *cd)
{
    if (!cd)
        return;
    chardev_flush(cd);
    tty_unraw(cd);
    if (cd->kind == CD_FILE && cd->out)
        fclose(cd->out);
    if (cd->client_fd >= 0)
        close(cd->client_fd);
    if (cd->listen_fd >= 0)
        close(cd->listen_fd);
    free(cd->ring);
    free(cd->watch_fail);
    free(cd->tx.data);
    free(cd->rx.data);
    free(cd);
}

/* ---- tcp ---- */

static void tcp_drop_client(Chardev *cd)
{
    close(cd->client_fd);
    cd->client_fd = -1;
}

/* Send the backlog until it is empty or the socket is full. */
static void tcp_send(Chardev *cd)
{
    while (cd->client_fd >= 0 && cd->ring_count) {
        size_t n = CHARDEV_TCP_BACKLOG - cd->ring_head;
        if (n > cd->ring_count)
            n = cd->ring_count;
        ssize_t s = send(cd->client_fd, cd->ring + cd->ring_head, n, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (s < 0) {
            if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
                tcp_drop_client(cd);    /* the data stays for the next client */
            return;
        }
        cd->ring_head = (cd->ring_head + (size_t)s) % CHARDEV_TCP_BACKLOG;
        cd->ring_count -= (size_t)s;
    }
}

static void tcp_queue(Chardev *cd, const uint8_t *p, size_t len)
{
    if (len > CHARDEV_TCP_BACKLOG) {
        p += len - CHARDEV_TCP_BACKLOG;
        len = CHARDEV_TCP_BACKLOG;
    }
    for (size_t i = 0; i < len; i++) {
        cd->ring[(cd->ring_head + cd->ring_count) % CHARDEV_TCP_BACKLOG] = p[i];
        if (cd->ring_count < CHARDEV_TCP_BACKLOG)
            cd->ring_count++;
        else
            cd->ring_head = (cd->ring_head + 1) % CHARDEV_TCP_BACKLOG;
    }
}

/* ---- TX ---- */

/* Append, keeping a NUL after the data; out of memory drops the bytes. */
static void buf_append(ByteBuf *b, const void *p, size_t len)
{
    if (len == 0)
        return;
    if (b->len + len + 1 > b->cap) {
        size_t cap = b->cap ? 2 * b->cap : 256;
        while (cap < b->len + len + 1)
            cap *= 2;
        uint8_t *d = realloc(b->data, cap);
        if (!d)
            return;
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, p, len);
    b->len += len;
    b->data[b->len] = 0;
}

static void watch_feed(Chardev *cd, const uint8_t *p, size_t len)
{
    for (size_t i = 0; i < len && !cd->watch_fired; i++) {
        size_t k = cd->watch_pos;
        while (k > 0 && (char)p[i] != cd->watch[k])
            k = cd->watch_fail[k - 1];
        if ((char)p[i] == cd->watch[k])
            k++;
        cd->watch_pos = k;
        if (k == cd->watch_len) {
            cd->watch_fired = true;
            cd->watch_fn(cd->watch_opaque);
        }
    }
}

void chardev_write(Chardev *cd, const void *buf, size_t len)
{
    const uint8_t *p = buf;
    if (len == 0)
        return;
    if (cd->out) {                          /* stdio, file */
        fwrite(p, 1, len, cd->out);
        if (memchr(p, '\n', len))
            fflush(cd->out);
    } else if (cd->kind == CD_TCP) {
        tcp_queue(cd, p, len);
        tcp_send(cd);
    } else if (cd->kind == CD_BUFFER) {
        buf_append(&cd->tx, p, len);
    }
    if (cd->watch && !cd->watch_fired)
        watch_feed(cd, p, len);
    if (cd->tx_fn)
        cd->tx_fn(cd->tx_opaque, p, len);
}

void chardev_set_tx_observer(Chardev *cd, ChardevTxFn *fn, void *opaque)
{
    cd->tx_fn = fn;
    cd->tx_opaque = opaque;
}

void chardev_flush(Chardev *cd)
{
    if (cd->out)
        fflush(cd->out);
    if (cd->kind == CD_TCP) {
        if (cd->client_fd < 0)
            cd->client_fd = accept4(cd->listen_fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
        tcp_send(cd);
    }
}

EmuErr chardev_set_watch(Chardev *cd, const char *text, ChardevWatchFn *fn, void *opaque)
{
    if (text && !*text)
        return EMU_ERR_ARG;
    free(cd->watch_fail);                   /* one block: failure table, then the text */
    cd->watch_fail = NULL;
    cd->watch = NULL;
    cd->watch_len = cd->watch_pos = 0;
    cd->watch_fired = false;
    if (!text)
        return EMU_OK;
    size_t n = strlen(text), *fail = malloc(n * sizeof(size_t) + n + 1);
    if (!fail)
        return EMU_ERR_NOMEM;
    /* KMP: fail[i] = length of the longest proper prefix of text[0..i] that is also its suffix */
    fail[0] = 0;
    for (size_t i = 1, k = 0; i < n; i++) {
        while (k > 0 && text[i] != text[k])
            k = fail[k - 1];
        if (text[i] == text[k])
            k++;
        fail[i] = k;
    }
    cd->watch_fail = fail;
    cd->watch = memcpy(fail + n, text, n + 1);
    cd->watch_len = n;
    cd->watch_fn = fn;
    cd->watch_opaque = opaque;
    return EMU_OK;
}

bool chardev_watch_fired(const Chardev *cd)
{
    return cd->watch_fired;
}

/* ---- RX ---- */

/* Read what fd has right now; *gone on end of file or a hard error. */
static size_t fd_read_now(int fd, void *buf, size_t max, bool *gone)
{
    struct pollfd pfd = { .fd = fd, .events = POLLIN };
    if (poll(&pfd, 1, 0) <= 0)
        return 0;
    ssize_t n = read(fd, buf, max);
    if (n > 0)
        return (size_t)n;
    if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR))
        *gone = true;
    return 0;
}

size_t chardev_poll_rx(Chardev *cd, void *buf, size_t max)
{
    chardev_flush(cd);
    if (max == 0)
        return 0;
    switch (cd->kind) {
    case CD_STDIO:
        if (cd->in_fd < 0 || cd->in_eof)
            return 0;
        return fd_read_now(cd->in_fd, buf, max, &cd->in_eof);
    case CD_TCP: {
        bool gone = false;
        size_t n = cd->client_fd < 0 ? 0 : fd_read_now(cd->client_fd, buf, max, &gone);
        if (gone)
            tcp_drop_client(cd);
        return n;
    }
    case CD_BUFFER: {
        size_t n = cd->rx.len - cd->rx_head < max ? cd->rx.len - cd->rx_head : max;
        if (n == 0)
            return 0;
        memcpy(buf, cd->rx.data + cd->rx_head, n);
        cd->rx_head += n;
        if (cd->rx_head == cd->rx.len)
            cd->rx.len = cd->rx_head = 0;
        return n;
    }
    case CD_FILE:
    case CD_NONE:
        break;
    }
    return 0;
}

/* ---- queries and the buffer backend ---- */

const char *chardev_kind(const Chardev *cd)
{
    return (const char *const[]){ "none", "stdio", "file", "tcp", "buffer" }[cd->kind];
}

int chardev_tcp_port(const Chardev *cd)
{
    return cd->kind == CD_TCP ? cd->port : -1;
}

bool chardev_tcp_connected(const Chardev *cd)
{
    return cd->kind == CD_TCP && cd->client_fd >= 0;
}

bool chardev_is_raw_tty(const Chardev *cd)
{
    return cd->raw;
}

const char *chardev_buffer_tx(const Chardev *cd, size_t *len)
{
    if (len)
        *len = cd->tx.len;
    return cd->tx.data ? (const char *)cd->tx.data : "";
}

void chardev_buffer_tx_clear(Chardev *cd)
{
    cd->tx.len = 0;
    if (cd->tx.data)
        cd->tx.data[0] = 0;
}

void chardev_buffer_push_rx(Chardev *cd, const void *data, size_t len)
{
    if (cd->kind == CD_BUFFER)
        buf_append(&cd->rx, data, len);
}
