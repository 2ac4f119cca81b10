/*
 * prog_semihost.c — semihosting file and environment calls (Arm IHI 0077):
 * OPEN/WRITE/CLOSE/READ/SEEK/FLEN/ISTTY/REMOVE on a file under the
 * semihosting root, an escaping path refused, ERRNO, GET_CMDLINE,
 * HEAPINFO, CLOCK/ELAPSED/TICKFREQ, and EXIT_EXTENDED with a status.
 */
#include "semihost.h"

static long sh(long op, uint64_t a, uint64_t b, uint64_t c)
{
    uint64_t block[3] = { a, b, c };
    return semihost_call(op, block);
}

static unsigned slen(const char *s)
{
    unsigned n = 0;
    while (s[n])
        n++;
    return n;
}

int main(void);
int main(void)
{
    const char *name = "semihost-test.txt";
    const char *text = "written by the guest\n";
    long h = sh(0x01, (uintptr_t)name, 4 /* w */, slen(name));
    sh_printf("open for writing: %s\n", h > 0 ? "ok" : "failed");
    sh_printf("write leaves %ld bytes\n", sh(0x05, (uint64_t)h, (uintptr_t)text, slen(text)));
    sh_printf("istty: %ld\n", sh(0x09, (uint64_t)h, 0, 0));
    sh_printf("close: %ld\n", sh(0x02, (uint64_t)h, 0, 0));

    h = sh(0x01, (uintptr_t)name, 0 /* r */, slen(name));
    sh_printf("flen: %ld\n", sh(0x0c, (uint64_t)h, 0, 0));
    sh_printf("seek: %ld\n", sh(0x0a, (uint64_t)h, 11, 0));
    char buf[32] = { 0 };
    long left = sh(0x06, (uint64_t)h, (uintptr_t)buf, 31);
    sh_printf("read: %ld bytes, '%s'", 31 - left, buf);
    sh_printf("read at eof leaves %ld\n", sh(0x06, (uint64_t)h, (uintptr_t)buf, 8));
    sh(0x02, (uint64_t)h, 0, 0);
    sh_printf("remove: %ld\n", sh(0x0e, (uintptr_t)name, slen(name), 0));

    const char *missing = "no-such-file";
    sh_printf("open missing: %ld, errno %ld\n", sh(0x01, (uintptr_t)missing, 0, slen(missing)),
              semihost_call(0x13, 0));
    const char *escape = "../outside.txt";
    sh_printf("open outside the root: %ld\n", sh(0x01, (uintptr_t)escape, 4, slen(escape)));
    const char *tt = ":tt";
    long con = sh(0x01, (uintptr_t)tt, 4, 3);
    const char *hi = "console through :tt\n";
    sh(0x05, (uint64_t)con, (uintptr_t)hi, slen(hi));

    char cmd[1024];   /* the program path comes first: keep room for long build paths */
    uint64_t cb[2] = { (uintptr_t)cmd, sizeof(cmd) };
    semihost_call(0x15, cb);
    const char *args = cmd;
    while (*args && *args != ' ')
        args++;
    sh_printf("arguments: '%s'\n", *args ? args + 1 : args);

    uint64_t info[4], ib[1] = { (uintptr_t)info };
    semihost_call(0x16, ib);
    sh_printf("heap below stack: %s, stack top is RAM end: %s\n",
              info[0] < info[1] && info[1] <= info[3] ? "yes" : "no",
              info[2] == 0x48000000 ? "yes" : "no");

    uint64_t t0[1], t1[1];
    semihost_call(0x30, t0);
    for (volatile int i = 0; i < 1000; i++)
        ;
    semihost_call(0x30, t1);
    sh_printf("elapsed advances: %s, tickfreq %ld\n", t1[0] > t0[0] ? "yes" : "no",
              semihost_call(0x31, 0));

    uint64_t ex[2] = { 0x20026, 42 };
    semihost_call(0x20, ex);     /* SYS_EXIT_EXTENDED */
    return 1;
}
