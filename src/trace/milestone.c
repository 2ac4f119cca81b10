/*
 * milestone.c — --until texts and --until-symbol symbols (milestone.h),
 * and the console side of panic detection: after "panic(" the rest of the
 * line is collected and the run stops with a panic report.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "xnuemu/machine.h"
#include "xnuemu/milestone.h"
#include "xnuemu/report.h"

double milestone_wall_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

bool milestone_add(Milestones *ms, const char *what, bool symbol, char *err, size_t errlen)
{
    if (ms->n == MILESTONE_MAX) {
        snprintf(err, errlen, "too many milestones (at most %d --until/--until-symbol)",
                 MILESTONE_MAX);
        return false;
    }
    if (!what[0] || strlen(what) > MILESTONE_TEXT_MAX) {
        snprintf(err, errlen, "the %s must be 1 to %d characters", symbol ? "symbol" : "text",
                 MILESTONE_TEXT_MAX);
        return false;
    }
    ms->m[ms->n++] = (Milestone){ .what = what, .symbol = symbol };
    unsigned i = 0;                   /* the first text milestone (n: none) */
    while (i < ms->n && ms->m[i].symbol)
        i++;
    ms->next_text = i;
    return true;
}

/* Mark m[i] reached; true when it was the last one. */
static bool reach(Machine *mc, unsigned i)
{
    Milestones *ms = &mc->milestones;
    Milestone *m = &ms->m[i];
    if (m->reached)
        return false;
    m->reached = true;
    m->icount = mc->cpu->icount;
    m->vtime_ns = machine_now_ns(mc);
    m->wall_s = milestone_wall_now() - ms->wall_t0;
    if (++ms->reached < ms->n)
        return false;
    if (ms->n == 1 && !m->symbol)    /* the message --until has always given */
        snprintf(mc->cpu->halt_msg, sizeof(mc->cpu->halt_msg),
                 "the console printed \"%s\" (--until)", m->what);
    else
        snprintf(mc->cpu->halt_msg, sizeof(mc->cpu->halt_msg),
                 ms->n == 1 ? "reached %s%s%s (--until%s) after %llu instructions"
                            : "reached the last milestone, %s%s%s (--until%s), after %llu "
                              "instructions",
                 m->symbol ? "" : "\"", m->what, m->symbol ? "" : "\"",
                 m->symbol ? "-symbol" : "", (unsigned long long)m->icount);
    cpu_stop(mc->cpu, HALT_UNTIL);
    return true;
}

bool milestone_symbol_reached(Machine *m, unsigned i)
{
    return reach(m, i);
}

static void next_text(Milestones *ms)
{
    unsigned i = ms->next_text + 1;
    while (i < ms->n && ms->m[i].symbol)
        i++;
    ms->next_text = i;
}

static void console_byte(Machine *mc, char c)
{
    Milestones *ms = &mc->milestones;
    if (ms->panic_line) {
        if (c == '\n' || ms->panic_len + 1 == sizeof(ms->panic_buf)) {
            while (ms->panic_len && ms->panic_buf[ms->panic_len - 1] == '\r')
                ms->panic_len--;
            ms->panic_buf[ms->panic_len] = 0;
            ms->panic_line = false;
            panic_from_console(mc, ms->panic_buf);
        } else {
            ms->panic_buf[ms->panic_len++] = c;
        }
    }
    if (ms->tail_len == MILESTONE_TEXT_MAX) {
        memmove(ms->tail, ms->tail + 1, MILESTONE_TEXT_MAX - 1);
        ms->tail_len--;
    }
    ms->tail[ms->tail_len++] = c;
    size_t n;
    const char *shot = mc->display.shot_at;
    if (shot && !mc->display.shot_done && (n = strlen(shot)) <= ms->tail_len &&
        memcmp(ms->tail + ms->tail_len - n, shot, n) == 0)
        display_screenshot(&mc->display, "--screenshot-at");
    if (!mc->cfg.until_text && !mc->no_panic_stop && !mc->panic_continue && ms->tail_len >= 6 &&
        memcmp(ms->tail + ms->tail_len - 6, "panic(", 6) == 0 && !ms->panic_line &&
        !mc->cpu->halt_reason) {
        ms->panic_line = true;
        memcpy(ms->panic_buf, "panic(", 6);
        ms->panic_len = 6;
    }
    while (ms->next_text < ms->n && (n = strlen(ms->m[ms->next_text].what)) <= ms->tail_len &&
           memcmp(ms->tail + ms->tail_len - n, ms->m[ms->next_text].what, n) == 0) {
        unsigned i = ms->next_text;
        next_text(ms);
        ms->tail_len = 0;          /* the next text starts after this one */
        if (reach(mc, i))
            return;
    }
}

void milestone_console(Machine *m, const uint8_t *p, size_t len)
{
    for (size_t i = 0; i < len; i++)
        console_byte(m, (char)p[i]);
}
