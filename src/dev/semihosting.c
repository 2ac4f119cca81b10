/*
 * semihosting.c — the semihosting operations of Arm IHI 0077 (version 2)
 * for A64: OPEN CLOSE WRITEC WRITE0 WRITE READ READC ISERROR ISTTY SEEK
 * FLEN REMOVE CLOCK TIME ERRNO GET_CMDLINE HEAPINFO EXIT EXIT_EXTENDED
 * ELAPSED TICKFREQ. Parameter blocks are read through the guest's current
 * translation; an unreadable block makes the call fail (X0 = -1, errno
 * EFAULT) rather than fault the guest. Guest files live under the root
 * directory: openat2(RESOLVE_BENEATH) refuses paths and symlinks that
 * leave it.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "xnuemu/mem.h"
#include "xnuemu/semihosting.h"
#include "xnuemu/timer.h"

enum {
    SYS_OPEN = 0x01, SYS_CLOSE = 0x02, SYS_WRITEC = 0x03, SYS_WRITE0 = 0x04,
    SYS_WRITE = 0x05, SYS_READ = 0x06, SYS_READC = 0x07, SYS_ISERROR = 0x08,
    SYS_ISTTY = 0x09, SYS_SEEK = 0x0a, SYS_FLEN = 0x0c, SYS_REMOVE = 0x0e,
    SYS_CLOCK = 0x10, SYS_TIME = 0x11, SYS_ERRNO = 0x13, SYS_GET_CMDLINE = 0x15,
    SYS_HEAPINFO = 0x16, SYS_EXIT = 0x18, SYS_EXIT_EXTENDED = 0x20,
    SYS_ELAPSED = 0x30, SYS_TICKFREQ = 0x31,
};

#define ADP_STOPPED_APPLICATION_EXIT 0x20026u
#define MAX_FILES 64
#define MAX_PATH_LEN 4096

struct Semihost {
    int rootfd;
    char *cmdline;
    FILE *out;
    int fd[MAX_FILES];        /* guest handle h is fd[h - 1]; -1 = free */
    bool console[MAX_FILES];  /* ":tt" handles */
    int err;                  /* SYS_ERRNO */
    uint64_t heap_base, heap_limit, stack_base, stack_limit;
};

Semihost *semihost_create(const char *root, FILE *out, char *err, size_t errlen)
{
    Semihost *s = calloc(1, sizeof(*s));
    if (!s) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    s->rootfd = open(root ? root : ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (s->rootfd < 0) {
        snprintf(err, errlen, "semihosting root '%s': %s", root ? root : ".", strerror(errno));
        free(s);
        return NULL;
    }
    s->cmdline = strdup("");
    s->out = out ? out : stdout;
    for (int i = 0; i < MAX_FILES; i++)
        s->fd[i] = -1;
    return s;
}

void semihost_destroy(Semihost *s)
{
    if (!s)
        return;
    for (int i = 0; i < MAX_FILES; i++)
        if (s->fd[i] > 2)
            close(s->fd[i]);
    close(s->rootfd);
    free(s->cmdline);
    free(s);
}

bool semihost_set_cmdline(Semihost *s, const char *program, const char *args)
{
    size_t n = strlen(program) + (args ? strlen(args) + 1 : 0) + 1;
    char *c = malloc(n);
    if (!c)
        return false;
    snprintf(c, n, "%s%s%s", program, args && *args ? " " : "", args ? args : "");
    free(s->cmdline);
    s->cmdline = c;
    return true;
}

void semihost_set_heapinfo(Semihost *s, uint64_t heap_base, uint64_t heap_limit,
                           uint64_t stack_base, uint64_t stack_limit)
{
    s->heap_base = heap_base;
    s->heap_limit = heap_limit;
    s->stack_base = stack_base;
    s->stack_limit = stack_limit;
}

/* --- guest memory helpers: no guest-visible fault on failure --- */

static bool rd_word(CpuState *cpu, uint64_t va, uint64_t *v)
{
    return mem_ld(cpu, va, 8, v);
}

static bool wr_word(CpuState *cpu, uint64_t va, uint64_t v)
{
    return mem_st(cpu, va, 8, v);
}

static bool rd_bytes(CpuState *cpu, uint64_t va, void *buf, uint64_t len)
{
    uint8_t *p = buf;
    for (uint64_t i = 0; i < len; i++) {
        uint64_t b;
        if (!mem_ld(cpu, va + i, 1, &b))
            return false;
        p[i] = (uint8_t)b;
    }
    return true;
}

static bool wr_bytes(CpuState *cpu, uint64_t va, const void *buf, uint64_t len)
{
    const uint8_t *p = buf;
    for (uint64_t i = 0; i < len; i++)
        if (!mem_st(cpu, va + i, 1, p[i]))
            return false;
    return true;
}

/* Read a parameter block of n words at X1. */
static bool args(CpuState *cpu, uint64_t *a, unsigned n)
{
    for (unsigned i = 0; i < n; i++)
        if (!rd_word(cpu, cpu->r[1] + 8 * i, &a[i]))
            return false;
    return true;
}

static bool rd_path(CpuState *cpu, uint64_t va, uint64_t len, char *out)
{
    if (len >= MAX_PATH_LEN || !rd_bytes(cpu, va, out, len))
        return false;
    out[len] = 0;
    return strlen(out) == len;
}

static int open_beneath(Semihost *s, const char *path, int flags)
{
    /* openat2 insists on mode 0 unless a file may be created */
    struct open_how how = { .flags = (uint64_t)(flags | O_CLOEXEC),
                            .mode = (flags & O_CREAT) ? 0644 : 0, .resolve = RESOLVE_BENEATH };
    long fd = syscall(SYS_openat2, s->rootfd, path, &how, sizeof(how));
    if (fd < 0 && errno == ENOSYS) {
        /* old kernel: refuse absolute paths and any ".." component */
        if (path[0] == '/' || strstr(path, "..")) {
            errno = EACCES;
            return -1;
        }
        fd = openat(s->rootfd, path, flags | O_CLOEXEC | O_NOFOLLOW, 0644);
    }
    return (int)fd;
}

static int64_t fail(Semihost *s, int e)
{
    s->err = e;
    return -1;
}

static int64_t sys_open(CpuState *cpu, Semihost *s)
{
    uint64_t a[3];
    char path[MAX_PATH_LEN];
    if (!args(cpu, a, 3) || !rd_path(cpu, a[0], a[2], path))
        return fail(s, EFAULT);
    if (a[1] > 11)
        return fail(s, EINVAL);
    int slot;
    for (slot = 0; slot < MAX_FILES && s->fd[slot] >= 0; slot++)
        ;
    if (slot == MAX_FILES)
        return fail(s, EMFILE);
    unsigned mode = (unsigned)a[1] / 4;   /* 0: r, 1: w, 2: a (+ and b ignored as in QEMU) */
    if (strcmp(path, ":tt") == 0) {
        s->fd[slot] = mode == 0 ? 0 : mode == 1 ? 1 : 2;
        s->console[slot] = true;
        return slot + 1;
    }
    bool plus = (a[1] & 2) != 0;
    static const int base[3] = { O_RDONLY, O_WRONLY | O_CREAT | O_TRUNC, O_WRONLY | O_CREAT | O_APPEND };
    int flags = base[mode];
    if (plus)
        flags = (flags & ~O_ACCMODE) | O_RDWR;
    int fd = open_beneath(s, path, flags);
    if (fd < 0)
        return fail(s, errno);
    s->fd[slot] = fd;
    s->console[slot] = false;
    LOG(cpu->log, LOG_SEMI, "semihosting: open \"%s\" mode %llu -> handle %d\n", path,
        (unsigned long long)a[1], slot + 1);
    return slot + 1;
}

static int handle_fd(Semihost *s, uint64_t h)
{
    if (h < 1 || h > MAX_FILES || s->fd[h - 1] < 0)
        return -1;
    return s->fd[h - 1];
}

static int64_t sys_close(CpuState *cpu, Semihost *s)
{
    uint64_t a[1];
    if (!args(cpu, a, 1))
        return fail(s, EFAULT);
    int fd = handle_fd(s, a[0]);
    if (fd < 0)
        return fail(s, EBADF);
    if (!s->console[a[0] - 1])
        close(fd);
    s->fd[a[0] - 1] = -1;
    return 0;
}

/* Console writes go to s->out (stdout by default); stderr stays stderr. */
static int64_t write_fd(Semihost *s, uint64_t h, const void *buf, uint64_t len)
{
    int fd = handle_fd(s, h);
    if (fd < 0)
        return -1;
    if (s->console[h - 1] && fd == 1) {
        fwrite(buf, 1, len, s->out);
        fflush(s->out);
        return (int64_t)len;
    }
    return write(fd, buf, len);
}

static int64_t sys_write(CpuState *cpu, Semihost *s)
{
    uint64_t a[3];
    if (!args(cpu, a, 3))
        return fail(s, EFAULT);
    if (handle_fd(s, a[0]) < 0)
        return fail(s, EBADF);
    uint8_t buf[4096];
    uint64_t done = 0;
    while (done < a[2]) {
        uint64_t n = a[2] - done > sizeof(buf) ? sizeof(buf) : a[2] - done;
        if (!rd_bytes(cpu, a[1] + done, buf, n))
            break;
        int64_t w = write_fd(s, a[0], buf, n);
        if (w <= 0) {
            s->err = errno;
            break;
        }
        done += (uint64_t)w;
    }
    return (int64_t)(a[2] - done);    /* bytes not written */
}

static int64_t sys_read(CpuState *cpu, Semihost *s)
{
    uint64_t a[3];
    if (!args(cpu, a, 3))
        return fail(s, EFAULT);
    int fd = handle_fd(s, a[0]);
    if (fd < 0)
        return fail(s, EBADF);
    uint8_t buf[4096];
    uint64_t done = 0;
    while (done < a[2]) {
        uint64_t n = a[2] - done > sizeof(buf) ? sizeof(buf) : a[2] - done;
        ssize_t r = read(fd, buf, n);
        if (r < 0) {
            s->err = errno;
            break;
        }
        if (r == 0 || !wr_bytes(cpu, a[1] + done, buf, (uint64_t)r))
            break;
        done += (uint64_t)r;
        if ((uint64_t)r < n)
            break;
    }
    return (int64_t)(a[2] - done);    /* bytes not read */
}

static int64_t sys_seek(CpuState *cpu, Semihost *s)
{
    uint64_t a[2];
    if (!args(cpu, a, 2))
        return fail(s, EFAULT);
    int fd = handle_fd(s, a[0]);
    if (fd < 0)
        return fail(s, EBADF);
    if (lseek(fd, (off_t)a[1], SEEK_SET) < 0)
        return fail(s, errno);
    return 0;
}

static int64_t sys_flen(CpuState *cpu, Semihost *s)
{
    uint64_t a[1];
    struct stat st;
    if (!args(cpu, a, 1))
        return fail(s, EFAULT);
    int fd = handle_fd(s, a[0]);
    if (fd < 0)
        return fail(s, EBADF);
    if (fstat(fd, &st) < 0)
        return fail(s, errno);
    return st.st_size;
}

static int64_t sys_remove(CpuState *cpu, Semihost *s)
{
    uint64_t a[2];
    char path[MAX_PATH_LEN];
    if (!args(cpu, a, 2) || !rd_path(cpu, a[0], a[1], path))
        return fail(s, EFAULT);
    /* confinement: the file must open beneath the root first */
    int fd = open_beneath(s, path, O_RDONLY | O_NOFOLLOW);
    if (fd < 0)
        return fail(s, errno);
    close(fd);
    if (unlinkat(s->rootfd, path, 0) < 0)
        return fail(s, errno);
    return 0;
}

static int64_t sys_get_cmdline(CpuState *cpu, Semihost *s)
{
    uint64_t a[2];
    if (!args(cpu, a, 2))
        return fail(s, EFAULT);
    uint64_t len = strlen(s->cmdline);
    if (len + 1 > a[1])
        return fail(s, E2BIG);
    if (!wr_bytes(cpu, a[0], s->cmdline, len + 1) || !wr_word(cpu, cpu->r[1] + 8, len))
        return fail(s, EFAULT);
    return 0;
}

static int64_t sys_heapinfo(CpuState *cpu, Semihost *s)
{
    uint64_t block;
    if (!rd_word(cpu, cpu->r[1], &block))
        return fail(s, EFAULT);
    uint64_t v[4] = { s->heap_base, s->heap_limit, s->stack_base, s->stack_limit };
    for (int i = 0; i < 4; i++)
        if (!wr_word(cpu, block + 8 * (uint64_t)i, v[i]))
            return fail(s, EFAULT);
    return 0;
}

static int do_exit(CpuState *cpu, uint64_t reason, uint64_t code)
{
    cpu->exit_code = reason == ADP_STOPPED_APPLICATION_EXIT ? (int)(code & 0xff) : 1;
    cpu->halt_reason = HALT_EXIT;
    if (reason != ADP_STOPPED_APPLICATION_EXIT)
        snprintf(cpu->halt_msg, sizeof(cpu->halt_msg),
                 "guest stopped with semihosting reason 0x%llx (subcode %llu)",
                 (unsigned long long)reason, (unsigned long long)code);
    return EXEC_HALT;
}

int semihost_call(CpuState *cpu, Semihost *s)
{
    uint32_t op = (uint32_t)cpu->r[0];
    int64_t ret = 0;
    uint64_t a[2], b;
    LOG(cpu->log, LOG_SEMI, "semihosting: op 0x%02x X1=0x%llx at pc=0x%016llx\n", op,
        (unsigned long long)cpu->r[1], (unsigned long long)cpu->pc);
    switch (op) {
    case SYS_OPEN: ret = sys_open(cpu, s); break;
    case SYS_CLOSE: ret = sys_close(cpu, s); break;
    case SYS_WRITEC:
        if (!mem_ld(cpu, cpu->r[1], 1, &b)) {
            ret = fail(s, EFAULT);
            break;
        }
        fputc((int)b, s->out);
        fflush(s->out);
        return EXEC_NEXT;     /* X0 is corrupted by WRITEC; we leave it */
    case SYS_WRITE0: {
        char buf[256];
        size_t n = 0;
        for (uint64_t va = cpu->r[1];; va++) {
            if (!mem_ld(cpu, va, 1, &b) || b == 0)
                break;
            buf[n++] = (char)b;
            if (n == sizeof(buf)) {
                fwrite(buf, 1, n, s->out);
                n = 0;
            }
        }
        fwrite(buf, 1, n, s->out);
        fflush(s->out);
        return EXEC_NEXT;
    }
    case SYS_WRITE: ret = sys_write(cpu, s); break;
    case SYS_READ: ret = sys_read(cpu, s); break;
    case SYS_READC: {
        int c = getchar();
        ret = c == EOF ? -1 : c;
        break;
    }
    case SYS_ISERROR:
        ret = args(cpu, a, 1) ? ((int64_t)a[0] < 0) : fail(s, EFAULT);
        break;
    case SYS_ISTTY: {
        if (!args(cpu, a, 1)) {
            ret = fail(s, EFAULT);
            break;
        }
        int fd = handle_fd(s, a[0]);
        ret = fd < 0 ? fail(s, EBADF) : (s->console[a[0] - 1] || isatty(fd)) ? 1 : 0;
        break;
    }
    case SYS_SEEK: ret = sys_seek(cpu, s); break;
    case SYS_FLEN: ret = sys_flen(cpu, s); break;
    case SYS_REMOVE: ret = sys_remove(cpu, s); break;
    case SYS_CLOCK: ret = (int64_t)(cpu_now_ns(cpu) / 10000000u); break;   /* centiseconds */
    case SYS_TIME:   /* seconds: virtual since reset, or the host's clock in realtime mode */
        ret = cpu->realtime ? (int64_t)time(NULL) : (int64_t)(cpu_now_ns(cpu) / 1000000000u);
        break;
    case SYS_ERRNO: ret = s->err; break;
    case SYS_GET_CMDLINE: ret = sys_get_cmdline(cpu, s); break;
    case SYS_HEAPINFO: ret = sys_heapinfo(cpu, s); break;
    case SYS_EXIT:
    case SYS_EXIT_EXTENDED:
        if (!args(cpu, a, 2))
            return do_exit(cpu, ADP_STOPPED_APPLICATION_EXIT, 1);
        return do_exit(cpu, a[0], a[1]);
    case SYS_ELAPSED:
        ret = wr_word(cpu, cpu->r[1], cpu_now_ns(cpu)) ? 0 : fail(s, EFAULT);
        break;
    case SYS_TICKFREQ: ret = 1000000000; break;
    default:
        LOG(cpu->log, LOG_UNIMP, "unimp: semihosting operation 0x%x at pc=0x%016llx\n", op,
            (unsigned long long)cpu->pc);
        ret = fail(s, ENOSYS);
        break;
    }
    cpu->r[0] = (uint64_t)ret;
    return EXEC_NEXT;
}
