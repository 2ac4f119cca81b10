/*
 * prog_hello.c — the smallest system test: print through semihosting,
 * read the command line (SYS_GET_CMDLINE: program name, then arguments)
 * and exit with the number the arguments start with.
 */
#include "semihost.h"

int main(void);
int main(void)
{
    char cmd[1024];   /* the program path comes first: keep room for long build paths */
    uint64_t el;
    uint64_t block[2] = { (uint64_t)(uintptr_t)cmd, sizeof(cmd) };
    __asm__ volatile("mrs %0, CurrentEL" : "=r"(el));
    if (semihost_call(0x15, block) != 0)
        return 98;
    /* argv-style: the program's name, then the arguments */
    const char *args = cmd;
    while (*args && *args != ' ')
        args++;
    while (*args == ' ')
        args++;
    sh_printf("hello from EL%u, arguments '%s'\n", (unsigned)(el >> 2), args);
    int code = 0;
    for (const char *p = args; *p >= '0' && *p <= '9'; p++)
        code = code * 10 + (*p - '0');
    return code;
}
