/*
 * report_json.c — --report FILE.json: a machine-readable summary of the
 * run for CI (instructions, virtual and wall time, each milestone with the
 * instruction count and second it was reached, how the run ended).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "xnuemu/machine.h"
#include "xnuemu/report.h"

static void json_str(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

const char *report_end_name(HaltReason why)
{
    switch (why) {
    case HALT_EXIT: return "exit";
    case HALT_MAX_INSNS: return "max-insns";
    case HALT_TIMEOUT: return "timeout";
    case HALT_STUCK: return "stuck";
    case HALT_UNTIL: return "until";
    case HALT_PANIC: return "panic";
    case HALT_DEBUG: return "debugger";
    default: return "error";
    }
}

bool report_json_write(Machine *m, const char *path, HaltReason why, int status, double wall_s,
                       char *err, size_t errlen)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        snprintf(err, errlen, "--report %s: %s", path, strerror(errno));
        return false;
    }
    const CpuState *cpu = m->cpu;
    fprintf(f, "{\n  \"instructions\": %llu,\n  \"virtual_time_s\": %.9f,\n"
            "  \"wall_time_s\": %.6f,\n  \"end\": { \"reason\": \"%s\", \"status\": %d, "
            "\"message\": ", (unsigned long long)cpu->icount, machine_now_ns(m) / 1e9, wall_s,
            report_end_name(why), status);
    json_str(f, cpu->halt_msg);
    if (why == HALT_PANIC || m->panic_seen) {
        fprintf(f, ", \"panic\": ");
        json_str(f, m->panic_str);
    }
    fprintf(f, ", \"pc\": \"0x%016llx\" },\n  \"milestones\": [", (unsigned long long)cpu->pc);
    const Milestones *ms = &m->milestones;
    for (unsigned i = 0; i < ms->n; i++) {
        const Milestone *x = &ms->m[i];
        fprintf(f, "%s\n    { \"%s\": ", i ? "," : "", x->symbol ? "symbol" : "text");
        json_str(f, x->what);
        if (x->reached)
            fprintf(f, ", \"reached\": true, \"instructions\": %llu, \"virtual_time_s\": %.9f, "
                    "\"wall_time_s\": %.6f }", (unsigned long long)x->icount,
                    x->vtime_ns / 1e9, x->wall_s);
        else
            fprintf(f, ", \"reached\": false }");
    }
    fprintf(f, "%s]\n}\n", ms->n ? "\n  " : "");
    bool ok = !ferror(f);
    if (fclose(f) != 0 || !ok) {
        snprintf(err, errlen, "--report %s: write error", path);
        return false;
    }
    return true;
}
