/*
 * input_log.c — recording and replaying the console input of a run (see
 * input_log.h). A delivery is keyed by the instruction count and by the
 * virtual time skipped in WFI so far: a guest waiting in WFI polls the
 * host at the same instruction count before and after each skip, and only
 * the pair says which of those polls took the bytes.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "xnuemu/cpu.h"
#include "xnuemu/input_log.h"

#define MAGIC "xnuemu-input 1"

/* One "ICOUNT IDLE HEX" line into ev; false + message on error. */
static bool parse_event(const char *s, InputEvent *ev, const InputEvent *prev, char *why,
                        size_t whylen)
{
    char *end;
    errno = 0;
    ev->icount = strtoull(s, &end, 10);
    if (end == s || *end != ' ' || errno) {
        snprintf(why, whylen, "expected an instruction count");
        return false;
    }
    s = end + 1;
    ev->idle = strtoull(s, &end, 10);
    if (end == s || *end != ' ' || errno) {
        snprintf(why, whylen, "expected the idle time after the instruction count");
        return false;
    }
    s = end + 1;
    size_t n = strcspn(s, "\r\n");
    if (n == 0 || n % 2) {
        snprintf(why, whylen, "expected the bytes as pairs of hex digits");
        return false;
    }
    ev->len = n / 2;
    ev->bytes = malloc(ev->len);
    if (!ev->bytes) {
        snprintf(why, whylen, "out of memory");
        return false;
    }
    for (size_t i = 0; i < ev->len; i++) {
        int hi = hex_digit(s[2 * i]), lo = hex_digit(s[2 * i + 1]);
        if (hi < 0 || lo < 0) {
            snprintf(why, whylen, "'%c%c' is not a hex byte", s[2 * i], s[2 * i + 1]);
            return false;
        }
        ev->bytes[i] = (uint8_t)(hi << 4 | lo);
    }
    if (prev && (ev->icount < prev->icount ||
                 (ev->icount == prev->icount && ev->idle <= prev->idle))) {
        snprintf(why, whylen, "deliveries are out of order");
        return false;
    }
    return true;
}

static EmuErr load_replay(InputLog *l, const char *path, char *err, size_t errlen)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, errlen, "--replay-input %s: %s", path, strerror(errno));
        return EMU_ERR_IO;
    }
    char line[8192];
    unsigned no = 0;
    EmuErr e = EMU_OK;
    size_t cap = 0;
    while (fgets(line, sizeof(line), f)) {
        no++;
        size_t len = strlen(line);
        if (len == sizeof(line) - 1 && line[len - 1] != '\n') {
            snprintf(err, errlen, "%s:%u: line too long", path, no);
            e = EMU_ERR_FORMAT;
            break;
        }
        if (no == 1) {
            if (strncmp(line, MAGIC, strlen(MAGIC)) != 0) {
                snprintf(err, errlen, "%s:1: not an xnuemu input log (expected \"%s\")", path,
                         MAGIC);
                e = EMU_ERR_FORMAT;
                break;
            }
            continue;
        }
        if (l->nev == cap) {
            cap = cap ? 2 * cap : 64;
            InputEvent *nv = realloc(l->ev, cap * sizeof(*nv));
            if (!nv) {
                snprintf(err, errlen, "out of memory reading %s", path);
                e = EMU_ERR_NOMEM;
                break;
            }
            l->ev = nv;
        }
        InputEvent *ev = &l->ev[l->nev];
        memset(ev, 0, sizeof(*ev));
        ev->line = no;
        char why[160];
        if (!parse_event(line, ev, l->nev ? &l->ev[l->nev - 1] : NULL, why, sizeof(why))) {
            free(ev->bytes);
            snprintf(err, errlen, "%s:%u: %s", path, no, why);
            e = EMU_ERR_FORMAT;
            break;
        }
        l->nev++;
    }
    if (e == EMU_OK && no == 0) {
        snprintf(err, errlen, "%s: empty file, not an xnuemu input log", path);
        e = EMU_ERR_FORMAT;
    }
    fclose(f);
    return e;
}

EmuErr input_log_open(InputLog *l, CpuState *cpu, Chardev *chr, const char *record,
                      const char *replay, char *err, size_t errlen)
{
    memset(l, 0, sizeof(*l));
    l->cpu = cpu;
    l->chr = chr;
    if (record) {
        l->path = record;
        l->rec = fopen(record, "w");
        if (!l->rec) {
            snprintf(err, errlen, "--record-input %s: %s", record, strerror(errno));
            return EMU_ERR_IO;
        }
        fprintf(l->rec, MAGIC "\n");
        fflush(l->rec);
        return EMU_OK;
    }
    l->path = replay;
    EmuErr e = load_replay(l, replay, err, errlen);
    if (e != EMU_OK)
        input_log_close(l);
    return e;
}

void input_log_close(InputLog *l)
{
    if (l->rec)
        fclose(l->rec);
    for (size_t i = 0; i < l->nev; i++)
        free(l->ev[i].bytes);
    free(l->ev);
    memset(l, 0, sizeof(*l));
}

size_t input_log_rx(void *opaque, uint8_t *buf, size_t max)
{
    InputLog *l = opaque;
    CpuState *cpu = l->cpu;
    if (l->rec) {
        size_t n = chardev_poll_rx(l->chr, buf, max);
        if (n) {
            fprintf(l->rec, "%" PRIu64 " %" PRIu64 " ", cpu->icount, cpu->idle_insns);
            for (size_t i = 0; i < n; i++)
                fprintf(l->rec, "%02x", buf[i]);
            fputc('\n', l->rec);
            fflush(l->rec);
        }
        return n;
    }
    if (l->next >= l->nev)
        return 0;
    const InputEvent *ev = &l->ev[l->next];
    if (ev->icount != cpu->icount || ev->idle != cpu->idle_insns)
        return 0;
    if (ev->len > max) {
        snprintf(cpu->halt_msg, sizeof(cpu->halt_msg),
                 "--replay-input %s:%u: the run diverged: %zu bytes recorded at instruction "
                 "%" PRIu64 ", the UART takes %zu", l->path, ev->line, ev->len, ev->icount, max);
        cpu_stop(cpu, HALT_ERROR);
        return 0;
    }
    memcpy(buf, ev->bytes, ev->len);
    l->next++;
    input_log_poll(l);
    return ev->len;
}

void input_log_poll(InputLog *l)
{
    CpuState *cpu = l->cpu;
    if (!l->ev || l->next >= l->nev) {
        cpu->input_deadline = 0;
        return;
    }
    const InputEvent *ev = &l->ev[l->next];
    if (cpu->icount > ev->icount || (cpu->icount == ev->icount && cpu->idle_insns > ev->idle)) {
        snprintf(cpu->halt_msg, sizeof(cpu->halt_msg),
                 "--replay-input %s:%u: the run diverged: input recorded at instruction "
                 "%" PRIu64 " (idle %" PRIu64 ") was never taken; now at instruction %" PRIu64,
                 l->path, ev->line, ev->icount, ev->idle, cpu->icount);
        cpu_stop(cpu, HALT_ERROR);
        return;
    }
    cpu->input_deadline = ev->icount;
}
