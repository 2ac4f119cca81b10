/*
 * hooks.c — symbol-keyed hooks (see hooks.h): parsing the specs, resolving
 * them through the guest symbol table, arming decoded slots and running
 * the actions. An armed slot's handler is exec_hook; the instruction it
 * displaced is kept decoded in the Hook and runs after a `log`.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xnuemu/hooks.h"
#include "xnuemu/log.h"
#include "xnuemu/milestone.h"
#include "xnuemu/report.h"
#include "xnuemu/symtab.h"

static const char *const action_names[] = { "return", "skip", "log", "stop", "until",
                                            "panic", "call", "jump" };

static char *dupstr(const char *s, size_t n)
{
    char *d = malloc(n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = 0;
    }
    return d;
}

/* "G" or "G:A0,A1,..." after "call:": checks the name, parses the arguments
 * into h (the name itself is copied by the caller). */
static EmuErr parse_call(Hook *h, const char *spec, const char *c, char *err, size_t errlen)
{
    size_t n = strcspn(c, ":");
    if (n == 0) {
        snprintf(err, errlen, "--hook '%s': call: needs a function name", spec);
        return EMU_ERR_ARG;
    }
    if (!c[n])
        return EMU_OK;
    const char *a = c + n + 1;
    for (;;) {
        if (h->nargs == HOOK_CALL_MAX_ARGS) {
            snprintf(err, errlen, "--hook '%s': call: takes at most %d arguments", spec,
                     HOOK_CALL_MAX_ARGS);
            return EMU_ERR_ARG;
        }
        char *end;
        errno = 0;
        h->args[h->nargs++] = strtoull(a, &end, 0);
        if (errno || end == a || (*end && *end != ',')) {
            snprintf(err, errlen, "--hook '%s': call: argument '%s' is not a number", spec, a);
            return EMU_ERR_ARG;
        }
        if (!*end)
            return EMU_OK;
        a = end + 1;
    }
}

EmuErr hooks_add_spec(Hooks *hs, const char *spec, char *err, size_t errlen)
{
    const char *eq = strchr(spec, '=');
    if (!eq || eq == spec || !eq[1]) {
        snprintf(err, errlen, "--hook '%s': expected SYMBOL=ACTION (ACTION: return:VALUE, skip, "
                 "log, stop)", spec);
        return EMU_ERR_ARG;
    }
    Hook h = { 0 };
    const char *act = eq + 1;
    if (strncmp(act, "return:", 7) == 0) {
        char *end;
        errno = 0;
        h.value = strtoull(act + 7, &end, 0);
        if (errno || end == act + 7 || *end) {
            snprintf(err, errlen, "--hook '%s': '%s' is not a number", spec, act + 7);
            return EMU_ERR_ARG;
        }
        h.action = HOOK_RETURN;
    } else if (strcmp(act, "skip") == 0) {
        h.action = HOOK_SKIP;
    } else if (strcmp(act, "log") == 0) {
        h.action = HOOK_LOG;
    } else if (strcmp(act, "stop") == 0) {
        h.action = HOOK_STOP;
    } else if (strncmp(act, "call:", 5) == 0) {
        h.action = HOOK_CALL;
        if (parse_call(&h, spec, act + 5, err, errlen) != EMU_OK)
            return EMU_ERR_ARG;
    } else if (strncmp(act, "jump:", 5) == 0) {
        h.action = HOOK_JUMP;
        if (!act[5] || strchr(act + 5, ':')) {
            snprintf(err, errlen, "--hook '%s': jump: needs a function name and nothing else",
                     spec);
            return EMU_ERR_ARG;
        }
    } else {
        snprintf(err, errlen, "--hook '%s': unknown action '%s' (return:VALUE, skip, log, stop, "
                 "call:SYMBOL[:ARGS], jump:SYMBOL)", spec, act);
        return EMU_ERR_ARG;
    }
    if (h.action == HOOK_CALL || h.action == HOOK_JUMP) {
        const char *c = act + 5;
        h.callee = dupstr(c, strcspn(c, ":"));
    }
    h.spec = dupstr(spec, strlen(spec));
    h.symbol = dupstr(spec, (size_t)(eq - spec));
    Hook *nh = realloc(hs->h, (hs->n + 1) * sizeof(*nh));
    if (!h.spec || !h.symbol || !nh || ((h.action == HOOK_CALL || h.action == HOOK_JUMP) &&
                                        !h.callee)) {
        free(h.spec);
        free(h.symbol);
        free(h.callee);
        if (nh)
            hs->h = nh;
        snprintf(err, errlen, "out of memory");
        return EMU_ERR_NOMEM;
    }
    hs->h = nh;
    hs->h[hs->n++] = h;
    return EMU_OK;
}

EmuErr hooks_add_internal(Hooks *hs, const char *symbol, HookAction action, unsigned arg,
                          bool optional, char *err, size_t errlen)
{
    size_t n = strlen(symbol);
    Hook h = { .action = action, .arg = arg, .optional = optional,
               .spec = malloc(n + 16), .symbol = dupstr(symbol, n) };
    Hook *nh = realloc(hs->h, (hs->n + 1) * sizeof(*nh));
    if (nh)
        hs->h = nh;
    if (!h.spec || !h.symbol || !nh) {
        free(h.spec);
        free(h.symbol);
        snprintf(err, errlen, "out of memory");
        return EMU_ERR_NOMEM;
    }
    snprintf(h.spec, n + 16, "%s", symbol);
    hs->h[hs->n++] = h;
    return EMU_OK;
}

EmuErr hooks_add_file(Hooks *hs, const char *path, char *err, size_t errlen)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, errlen, "--hook-file %s: %s", path, strerror(errno));
        return EMU_ERR_IO;
    }
    char line[1024];
    unsigned lineno = 0;
    EmuErr e = EMU_OK;
    while (e == EMU_OK && fgets(line, sizeof(line), f)) {
        lineno++;
        char *s = line;
        while (*s == ' ' || *s == '\t')
            s++;
        size_t n = strcspn(s, "\r\n");
        while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
            n--;
        s[n] = 0;
        if (!*s || *s == '#')
            continue;
        char why[400];
        e = hooks_add_spec(hs, s, why, sizeof(why));
        if (e != EMU_OK)
            snprintf(err, errlen, "%s:%u: %s", path, lineno, why);
    }
    fclose(f);
    return e;
}

/* The option that created h, for error messages */
static const char *hook_opt(const Hook *h)
{
    return h->action == HOOK_UNTIL ? "--until-symbol" : "--hook";
}

/* "NAME" or "NAME+OFFSET" (OFFSET in C syntax, a multiple of 4). */
static bool resolve_name(struct Symtab *st, const char *name, uint64_t *va)
{
    const char *plus = strchr(name, '+');
    if (!plus)
        return symtab_lookup(st, name, va);
    char base[256];
    size_t n = (size_t)(plus - name);
    if (n == 0 || n >= sizeof(base))
        return false;
    memcpy(base, name, n);
    base[n] = 0;
    char *end;
    errno = 0;
    uint64_t off = strtoull(plus + 1, &end, 0);
    if (errno || end == plus + 1 || *end || (off & 3) || !symtab_lookup(st, base, va))
        return false;
    *va += off;
    return true;
}

EmuErr hooks_resolve(Hooks *hs, struct Symtab *st,
                     bool (*va_to_pa)(void *opaque, uint64_t va, uint64_t *pa), void *opaque,
                     char *err, size_t errlen)
{
    hs->symtab = st;
    for (unsigned i = 0; i < hs->n; i++) {
        Hook *h = &hs->h[i];
        if (h->optional && (!st || !symtab_lookup(st, h->symbol, &h->va) ||
                            !va_to_pa(opaque, h->va, &h->pa) || (h->pa & 3))) {
            h->va = h->pa = UINT64_MAX;     /* never matches a slot */
            continue;
        }
        if (!st) {
            snprintf(err, errlen, "%s %s: the program has no symbol table", hook_opt(h),
                     h->spec);
            return EMU_ERR_ARG;
        }
        if (!symtab_lookup(st, h->symbol, &h->va)) {
            snprintf(err, errlen, "%s %s: no symbol '%s' in the kernel", hook_opt(h), h->spec,
                     h->symbol);
}

        if (!resolve_name(st, h->symbol, &h->va)) {
            snprintf(err, errlen, "--hook %s: no symbol '%s' in the kernel%s", h->spec, h->symbol,
                     strchr(h->symbol, '+') ? " (or OFFSET is not a multiple of 4)" : "");
            return EMU_ERR_ARG;
        }
        if (!va_to_pa(opaque, h->va, &h->pa) || (h->pa & 3)) {
            snprintf(err, errlen, "%s %s: symbol '%s' at 0x%llx is not code in the loaded "
                     "image", hook_opt(h), h->spec, h->symbol, (unsigned long long)h->va);
            return EMU_ERR_ARG;
        }
        if (h->callee && !resolve_name(st, h->callee, &h->callee_va)) {
            snprintf(err, errlen, "--hook %s: no symbol '%s' in the kernel", h->spec, h->callee);
            return EMU_ERR_ARG;
        }
        for (unsigned j = 0; j < i; j++)
            if (hs->h[j].pa == h->pa && h->optional) {
                h->va = h->pa = UINT64_MAX;
                break;
            } else if (hs->h[j].pa == h->pa) {
                snprintf(err, errlen, "%s %s: '%s' is already hooked (%s)", hook_opt(h),
                         h->spec, h->symbol, hs->h[j].spec);
                return EMU_ERR_ARG;
            }
    }
    return EMU_OK;
}

void hooks_free(Hooks *hs)
{
    for (unsigned i = 0; i < hs->n; i++) {
        free(hs->h[i].spec);
        free(hs->h[i].symbol);
        free(hs->h[i].callee);
    }
    free(hs->h);
    hs->h = NULL;
    hs->n = 0;
}

static int exec_hook(CpuState *cpu, const DecodedInsn *di)
{
    Hooks *hs = cpu->hooks;
    Hook *h = &hs->h[di->imm];
    h->hits++;
    switch (h->action) {
    case HOOK_RETURN:
        cpu->r[0] = h->value;
        cpu->pc = cpu->r[30];
        return EXEC_BRANCH;
    case HOOK_SKIP:
        cpu->pc = cpu->r[30];
        return EXEC_BRANCH;
    case HOOK_STOP:
        snprintf(cpu->halt_msg, sizeof(cpu->halt_msg), "reached %s (--hook %s) after %llu "
                 "instructions", h->symbol, h->spec, (unsigned long long)cpu->icount);
        cpu->halt_reason = HALT_UNTIL;
        return EXEC_HALT;
    case HOOK_UNTIL:
        if (milestone_symbol_reached(cpu->machine, h->arg))
            return EXEC_HALT;
        return cpu_exec_detached(cpu, &h->orig);
    case HOOK_PANIC:
        if (panic_entered(cpu->machine))
            return EXEC_HALT;
        return cpu_exec_detached(cpu, &h->orig);
    case HOOK_CALL:
        if (h->calling && cpu->r[REG_SP] == h->saved[10]) {
            /* the callee returned here: restore the entry state and run */
            h->hits--;
            h->calling = false;
            memcpy(cpu->r, h->saved, 9 * sizeof(uint64_t));
            cpu->r[30] = h->saved[9];
            return cpu_exec_detached(cpu, &h->orig);
        }
        if (h->calling)        /* another thread while the callee runs */
            return cpu_exec_detached(cpu, &h->orig);
        memcpy(h->saved, cpu->r, 9 * sizeof(uint64_t));
        h->saved[9] = cpu->r[30];
        h->saved[10] = cpu->r[REG_SP];
        h->calling = true;
        for (unsigned i = 0; i < 9; i++)
            cpu->r[i] = i < h->nargs ? h->args[i] : 0;
        cpu->r[30] = cpu->pc;
        /* the image keeps its layout wherever it runs (physical or virtual) */
        cpu->pc = cpu->pc - h->va + h->callee_va;
        return EXEC_BRANCH;
    case HOOK_JUMP:
        cpu->pc = cpu->pc - h->va + h->callee_va;
        return EXEC_BRANCH;
    case HOOK_LOG:
    default: {
        char caller[160];
        symtab_format(hs->symtab, cpu->r[30], caller, sizeof(caller));
        fprintf(hs->out ? hs->out : stderr,
                "hook: %s(0x%llx, 0x%llx, 0x%llx, 0x%llx) from %s at instruction %llu\n",
                h->symbol, (unsigned long long)cpu->r[0], (unsigned long long)cpu->r[1],
                (unsigned long long)cpu->r[2], (unsigned long long)cpu->r[3], caller,
                (unsigned long long)cpu->icount);
        return cpu_exec_detached(cpu, &h->orig);
    }
    }
}

void hooks_slot_decoded(CpuState *cpu, uint64_t pa, DecodedInsn *slot)
{
    Hooks *hs = cpu->hooks;
    for (unsigned i = 0; i < hs->n; i++) {
        if (hs->h[i].pa != pa)
            continue;
        hs->h[i].orig = *slot;
        slot->exec = exec_hook;
        slot->imm = i;
        return;
    }
}

void hooks_report(const Hooks *hs, FILE *out)
{
    for (unsigned i = 0; i < hs->n; i++) {
        const Hook *h = &hs->h[i];
        if (h->action == HOOK_UNTIL || h->action == HOOK_PANIC)
            continue;           /* internal: reported by the milestone and panic reports */
        fprintf(out, "xnuemu: hook %s (%s) fired %llu time%s\n", h->spec,
                action_names[h->action], (unsigned long long)h->hits, h->hits == 1 ? "" : "s");
    }
}
