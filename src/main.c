/*
 * main.c — the command line: options -> machine -> loader -> run -> exit
 * status. Nothing else lives here. Every bad option or input file is one
 * line on stderr and exit status 2.
 */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xnuemu/gdbstub.h"
#include "xnuemu/loader.h"
#include "xnuemu/machine.h"
#include "xnuemu/report.h"
#include "xnuemu/symtab.h"
#include "xnuemu/version.h"

enum {
    EXIT_USAGE = 2,        /* bad option or input file */
    EXIT_PANIC = 123,      /* the guest kernel panicked */
    EXIT_MAX_INSNS = 124,  /* --max-insns reached */
    EXIT_STUCK = 125,      /* the guest can make no progress */
    EXIT_EMU_ERROR = 126,  /* something the emulator does not implement */
};

enum {
    OPT_MACHINE = 256, OPT_APPEND, OPT_EL, OPT_MAX_INSNS, OPT_LOG, OPT_LOG_FILE,
    OPT_LOAD_ADDR, OPT_SEMI_ROOT, OPT_SYSREG_UNKNOWN, OPT_REALTIME, OPT_STATS, OPT_VERSION,
    OPT_DTB, OPT_RAMDISK, OPT_SEED, OPT_ADT_FIX, OPT_SERIAL, OPT_UNTIL, OPT_TIMEOUT,
    OPT_HOOK, OPT_HOOK_FILE,
    OPT_GDB, OPT_GDB_WAIT, OPT_GDB_LISTEN,
    OPT_TRACE, OPT_TRACE_FILE, OPT_TRACE_RANGE, OPT_TRACE_EL, OPT_UNTIL_SYMBOL, OPT_REPORT, OPT_ON_PANIC,
    OPT_DISPLAY, OPT_SCREENSHOT, OPT_SCREENSHOT_AT, OPT_RECORD_INPUT, OPT_REPLAY_INPUT,
};

static const struct option long_opts[] = {
    { "machine", required_argument, 0, OPT_MACHINE },
    { "memory", required_argument, 0, 'm' },
    { "append", required_argument, 0, OPT_APPEND },
    { "bootargs", required_argument, 0, OPT_APPEND },
    { "dtb", required_argument, 0, OPT_DTB },
    { "ramdisk", required_argument, 0, OPT_RAMDISK },
    { "initrd", required_argument, 0, OPT_RAMDISK },
    { "seed", required_argument, 0, OPT_SEED },
    { "adt-fix", required_argument, 0, OPT_ADT_FIX },
    { "serial", required_argument, 0, OPT_SERIAL },
    { "record-input", required_argument, 0, OPT_RECORD_INPUT },
    { "replay-input", required_argument, 0, OPT_REPLAY_INPUT },
    { "until", required_argument, 0, OPT_UNTIL },
    { "until-symbol", required_argument, 0, OPT_UNTIL_SYMBOL },
    { "report", required_argument, 0, OPT_REPORT },
    { "on-panic", required_argument, 0, OPT_ON_PANIC },
    { "display", required_argument, 0, OPT_DISPLAY },
    { "screenshot", required_argument, 0, OPT_SCREENSHOT },
    { "screenshot-at", required_argument, 0, OPT_SCREENSHOT_AT },
    { "timeout", required_argument, 0, OPT_TIMEOUT },
    { "hook", required_argument, 0, OPT_HOOK },
    { "hook-file", required_argument, 0, OPT_HOOK_FILE },
    { "el", required_argument, 0, OPT_EL },
    { "max-insns", required_argument, 0, OPT_MAX_INSNS },
    { "log", required_argument, 0, OPT_LOG },
    { "log-file", required_argument, 0, OPT_LOG_FILE },
    { "trace", required_argument, 0, OPT_TRACE },
    { "trace-file", required_argument, 0, OPT_TRACE_FILE },
    { "trace-range", required_argument, 0, OPT_TRACE_RANGE },
    { "trace-el", required_argument, 0, OPT_TRACE_EL },
    { "load-addr", required_argument, 0, OPT_LOAD_ADDR },
    { "semihosting-root", required_argument, 0, OPT_SEMI_ROOT },
    { "sysreg-unknown", required_argument, 0, OPT_SYSREG_UNKNOWN },
    { "realtime", no_argument, 0, OPT_REALTIME },
    { "stats", no_argument, 0, OPT_STATS },
    { "gdb", required_argument, 0, OPT_GDB },
    { "gdb-wait", no_argument, 0, OPT_GDB_WAIT },
    { "gdb-listen", required_argument, 0, OPT_GDB_LISTEN },
    { "help", no_argument, 0, 'h' },
    { "version", no_argument, 0, OPT_VERSION },
    { 0, 0, 0, 0 },
};

static void usage(FILE *f)
{
    fprintf(f,
        "usage: xnuemu [options] FILE\n"
        "       xnuemu adt dump FILE | xnuemu adt generate [--machine NAME] [-m SIZE] OUT\n"
        "       xnuemu symfile KERNEL OUT.elf   (an ELF symbol file of a Mach-O kernel, for gdb)\n"
        "Run an AArch64 program or kernel. FILE is an XNU kernel (Mach-O, kernelcache, or\n"
        "either in an IMG4/IM4P container, LZSS or LZFSE compressed), an ELF executable, an\n"
        "arm64 Linux Image (raw or gzip; booted with the Linux protocol on t8010), or a raw\n"
        "binary with --load-addr.\n"
        "\n"
        "  --machine NAME         machine to emulate (%s); default t8010 for XNU\n"
        "                         kernels, bare for everything else\n"
        "  -m, --memory SIZE      RAM size, e.g. 128M, 2G (bare: 128M, t8010: 2G)\n"
        "  --el N                 bare: highest and entry Exception level, 1-3 (default 1)\n"
        "  --bootargs STRING      XNU boot-args (default \"%s\")\n"
        "  --append STRING        the same; Linux: /chosen/bootargs; bare: the guest command\n"
        "                         line (SYS_GET_CMDLINE)\n"
        "  --dtb FILE             t8010: Apple device tree (raw or IM4P) instead of the generated\n"
        "                         one; for a Linux Image a flattened device tree (.dtb) whose\n"
        "                         /chosen and /memory are patched\n"
        "  --adt-fix LIST         fix-ups for a --dtb tree: flags,freq,seed,epoch,cpu0,pram,compat,\n"
        "                         all, none (default: all but compat)\n"
        "  --ramdisk FILE         t8010: RAM disk; XNU: raw or IM4P, in /chosen/memory-map;\n"
        "                         Linux: the initramfs, in /chosen linux,initrd-start/end\n"
        "  --initrd FILE          the same as --ramdisk\n"
        "  --seed N               t8010: /chosen random-seed comes from N (default 0)\n"
        "  --serial SPEC          t8010 console: stdio (default), file:PATH, tcp:PORT, none\n"
        "  --record-input FILE    write down when the console took each host input\n"
        "  --replay-input FILE    feed that input again at the same instructions (the\n"
        "                         run repeats exactly; host input is not read)\n"
        "  --until TEXT           a milestone: the console prints TEXT; repeatable, matched in\n"
        "                         the order given; the run stops (status 0) when every\n"
        "                         --until and --until-symbol milestone has been reached\n"
        "  --until-symbol NAME    a milestone: the kernel function NAME is entered; repeatable\n"
        "  --report FILE.json     write instructions, virtual and wall time, each milestone\n"
        "                         (instruction count, seconds) and how the run ended\n"
        "  --on-panic stop|continue  XNU panic() entered: stop with a report (status 123,\n"
        "                         default), or print the report and let the kernel run on\n"
        "                         to print its own panic log (end it with --until/--timeout)\n"
        "  --display sdl|none     t8010: show the framebuffer (750x1334, 32 bpp) in an SDL2\n"
        "                         window scaled to fit; closing it ends the run (default none)\n"
        "  --screenshot FILE.png  t8010: write the framebuffer as PNG at exit, or at\n"
        "  --screenshot-at TEXT   the moment the console prints TEXT\n"
        "  --timeout SECONDS      stop with status 124 after SECONDS of wall-clock time\n"
        "  --hook SYMBOL=ACTION   when the guest calls SYMBOL (from the kernel's symbol table):\n"
        "                         return:VALUE (x0 = VALUE, back to the caller), skip, log\n"
        "                         (print the call, then run it), stop (status 0),\n"
        "                         call:FN[:A,..] (first call FN(A,..), then run SYMBOL),\n"
        "                         jump:FN (run FN instead, same arguments); SYMBOL+OFFSET\n"
        "                         names an instruction inside SYMBOL; repeatable\n"
        "  --hook-file FILE       one SYMBOL=ACTION per line, # comments\n"
        "  --load-addr ADDR       load FILE as a raw binary at ADDR and start there\n"
        "  --max-insns N          stop after N instructions (exit status 124)\n"
        "  --log CATEGORIES       log to stderr: %s\n"
        "  --log-file PATH        write the log to PATH instead of stderr\n"
        "  --trace CATEGORIES     trace exec (each instruction: count, EL, PC, symbol+offset,\n"
        "                         encoding, disassembly), int (exceptions, ESR in words), mmu,\n"
        "                         mmio (device, offset, size, value), unimp, sysreg; all, none\n"
        "  --trace-file PATH      write traces (and the log) to PATH instead of stderr\n"
        "  --trace-range RANGE    trace lines only for PCs in START-END or START+SIZE\n"
        "  --trace-el N           trace lines only at Exception level N (0-3)\n"
        "  --semihosting-root DIR confine semihosting file access to DIR (default: .)\n"
        "  --sysreg-unknown MODE  undef (default): unknown system registers are UNDEFINED;\n"
        "                         raz: they read as zero and ignore writes (logged under unimp)\n"
        "  --realtime             timers follow the host clock (default: virtual time,\n"
        "                         1 instruction = 1 ns, deterministic)\n"
        "  --stats                print instructions executed and speed at exit\n"
        "  --gdb PORT             GDB remote stub on TCP PORT (0: any free port, printed)\n"
        "  -s                     --gdb 1234\n"
        "  --gdb-wait, -S         start halted until a debugger connects (port 1234 unless --gdb)\n"
        "  --gdb-listen ADDR      address the stub listens on (default 127.0.0.1)\n"
        "  -h, --help             this help\n"
        "  --version              version\n"
        "\n"
        "Exit status: the guest's exit code when it exits through semihosting; 0 every --until\n"
        "milestone reached; 2 bad option or input file; 123 the guest kernel panicked (XNU's\n"
        "panic() entered, or a \"panic(\" console line when no --until text is given; not\n"
        "under --gdb or --on-panic continue; a report follows on stderr); 124 --max-insns or --timeout reached; 125\n"
        "the guest is stuck (an exception loop, a branch-to-self with interrupts masked, or\n"
        "WFI with nothing to wake it; kernels with symbols get a report); 126 the guest needs\n"
        "something not implemented.\n",
        board_names(), xnu_default_bootargs(), log_category_names());
}

static _Noreturn void die_usage(const char *fmt, const char *a, const char *b)
{
    fprintf(stderr, "xnuemu: ");
    fprintf(stderr, fmt, a, b);
    fputc('\n', stderr);
    exit(EXIT_USAGE);
}

static uint64_t parse_u64(const char *opt, const char *s)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 0);
    if (errno || end == s || *end || s[0] == '-')
        die_usage("%s: '%s' is not a number", opt, s);
    return v;
}

static uint64_t parse_size(const char *opt, const char *s)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 0);
    if (errno || end == s || s[0] == '-')
        die_usage("%s: '%s' is not a size (like 128M or 2G)", opt, s);
    unsigned shift = 0;
    switch (*end) {
    case 0: break;
    case 'k': case 'K': shift = 10; end++; break;
    case 'm': case 'M': shift = 20; end++; break;
    case 'g': case 'G': shift = 30; end++; break;
    default: die_usage("%s: '%s' is not a size (like 128M or 2G)", opt, s);
    }
    if (*end || (shift && v > (UINT64_MAX >> shift)))
        die_usage("%s: '%s' is not a size (like 128M or 2G)", opt, s);
    return (uint64_t)v << shift;
}

static unsigned parse_adt_fix(const char *s)
{
    static const struct { const char *name; unsigned bits; } fixes[] = {
        { "flags", ADT_FIX_FLAGS }, { "freq", ADT_FIX_FREQ }, { "seed", ADT_FIX_SEED },
        { "epoch", ADT_FIX_EPOCH }, { "cpu0", ADT_FIX_CPU0 }, { "pram", ADT_FIX_PRAM },
        { "compat", ADT_FIX_COMPAT },
        { "all", ADT_FIX_DEFAULT | ADT_FIX_COMPAT }, { "none", 0 },
    };
    unsigned v = 0;
    char buf[256];
    snprintf(buf, sizeof(buf), "%s", s);
    for (char *save, *t = strtok_r(buf, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
        size_t i;
        for (i = 0; i < ARRAY_SIZE(fixes) && strcmp(fixes[i].name, t); i++)
            ;
        if (i == ARRAY_SIZE(fixes))
            die_usage("--adt-fix: unknown fix-up '%s' (flags, freq, seed, epoch, cpu0, pram, "
                      "compat, all, none)%s", t, "");
        v |= fixes[i].bits;
    }
    return v;
}

/* With a guest symbol table: say in which functions a stuck guest spins
 * and where the exceptions that led there came from. */
static void report_stuck_symbols(const Machine *m)
{
    const CpuState *cpu = m->cpu;
    if (!m->symtab)
        return;
    char a[160], b[160];
    if (cpu->stuck_pc)
        fprintf(stderr, "xnuemu:   spinning in %s\n",
                symtab_format(m->symtab, cpu->stuck_pc, a, sizeof(a)));
    for (unsigned i = 0; i < ARRAY_SIZE(cpu->exc_hist); i++) {
        const ExcRecord *r = &cpu->exc_hist[i];
        if (!r->valid)
            break;
        fprintf(stderr, "xnuemu:   %s exception: %s, ESR 0x%08x, ELR %s, FAR %s\n",
                i == 0 ? "last" : "earlier", r->sync ? exc_class_name(r->esr >> 26) : "interrupt",
                r->esr, symtab_format(m->symtab, r->elr, a, sizeof(a)),
                symtab_format(m->symtab, r->far, b, sizeof(b)));
    }
}

/* A guest stuck in aborts: show how the address of the oldest abort
 * remembered translates now, level by level (a PXN or AP bit in the
 * descriptor, or a missing entry, is usually the whole story). Instruction
 * aborts (EC 0x20/0x21) and data aborts (EC 0x24/0x25) report the faulting
 * address in FAR_ELx (Arm ARM, ESR_ELx and FAR_ELx descriptions). */
static void report_stuck_walk(const Machine *m)
{
    CpuState *cpu = m->cpu;
    const ExcRecord *first = NULL;
    for (unsigned i = 0; i < ARRAY_SIZE(cpu->exc_hist) && cpu->exc_hist[i].valid; i++) {
        const ExcRecord *r = &cpu->exc_hist[i];
        unsigned ec = r->esr >> 26;
        if (r->sync && (ec == 0x20 || ec == 0x21 || ec == 0x24 || ec == 0x25))
            first = r;
    }
    if (!first)
        return;
    GdbBuf o = { 0 };
    gdb_vtop(cpu, &o, first->far);     /* the buffer stays NUL-terminated */
    if (!o.p)
        return;
    fprintf(stderr, "xnuemu:   the oldest abort remembered (ESR 0x%08x, FAR 0x%016llx) now "
            "translates as:\n", first->esr, (unsigned long long)first->far);
    char *save = NULL;
    for (char *line = strtok_r(o.p, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
        fprintf(stderr, "xnuemu:     %s\n", line);
    gbuf_free(&o);
}

int main(int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[1], "adt") == 0)
        return adt_tool_main(argc - 1, argv + 1);
    if (argc >= 2 && strcmp(argv[1], "symfile") == 0)
        return symfile_tool_main(argc - 1, argv + 1);
    MachineConfig cfg = { 0 };
    const char *log_file = NULL;
    bool stats = false;
    bool panic_continue = false;
    uint64_t timeout = 0;
    typedef struct HookArg { bool file; const char *s; } HookArg;
    HookArg hook_args[256];
    unsigned nhook_args = 0;
    bool gdb = false;
    Trace trace_filter = { .el = -1 };
    const char *milestone_args[MILESTONE_MAX];
    bool milestone_sym[MILESTONE_MAX];
    unsigned nmilestones = 0;
    const char *report_path = NULL;
    bool display_sdl = false;
    const char *shot_path = NULL, *shot_at = NULL;
    GdbConfig gdb_cfg = { .port = 1234 };
    char err[512];
    int c;

    opterr = 0;
    while ((c = getopt_long(argc, argv, ":m:hsS", long_opts, NULL)) != -1) {
        switch (c) {
        case OPT_MACHINE: cfg.machine = optarg; break;
        case 'm': cfg.ram_size = parse_size("-m", optarg); break;
        case OPT_APPEND: cfg.append = optarg; break;
        case OPT_EL:
            cfg.el = (unsigned)parse_u64("--el", optarg);
            if (cfg.el < 1 || cfg.el > 3)
                die_usage("--el: '%s' is not 1, 2 or 3%s", optarg, "");
            break;
        case OPT_MAX_INSNS: cfg.max_insns = parse_u64("--max-insns", optarg); break;
        case OPT_LOG:
            if (!log_parse_categories(optarg, &cfg.log_mask, err, sizeof(err)))
                die_usage("--log: %s%s", err, "");
            break;
        case OPT_LOG_FILE: log_file = optarg; break;
        case OPT_TRACE:
            if (!trace_parse_categories(optarg, &cfg.log_mask, err, sizeof(err)))
                die_usage("--trace: %s%s", err, "");
            break;
        case OPT_TRACE_FILE: log_file = optarg; break;
        case OPT_TRACE_RANGE:
            if (!trace_parse_range(&trace_filter, optarg, err, sizeof(err)))
                die_usage("--trace-range: %s%s", err, "");
            break;
        case OPT_TRACE_EL: {
            uint64_t el = parse_u64("--trace-el", optarg);
            if (el > 3)
                die_usage("--trace-el: '%s' is not 0, 1, 2 or 3%s", optarg, "");
            trace_filter.el = (int)el;
            break;
        }
        case OPT_LOAD_ADDR:
            cfg.load_addr = parse_u64("--load-addr", optarg);
            cfg.load_addr_set = true;
            break;
        case OPT_SEMI_ROOT: cfg.semihosting_root = optarg; break;
        case OPT_SYSREG_UNKNOWN:
            if (strcmp(optarg, "raz") == 0)
                cfg.sysreg_unknown_raz = true;
            else if (strcmp(optarg, "undef") != 0)
                die_usage("--sysreg-unknown: '%s' is not 'undef' or 'raz'%s", optarg, "");
            break;
        case OPT_REALTIME: cfg.realtime = true; break;
        case OPT_DTB: cfg.dtb = optarg; break;
        case OPT_RAMDISK: cfg.ramdisk = optarg; break;
        case OPT_SEED: cfg.seed = parse_u64("--seed", optarg); break;
        case OPT_ADT_FIX:
            cfg.adt_fix = parse_adt_fix(optarg);
            cfg.adt_fix_set = true;
            break;
        case OPT_SERIAL: cfg.serial = optarg; break;
        case OPT_RECORD_INPUT: cfg.record_input = optarg; break;
        case OPT_REPLAY_INPUT: cfg.replay_input = optarg; break;
        case OPT_UNTIL:
        case OPT_UNTIL_SYMBOL:
            if (!optarg[0] || strlen(optarg) > MILESTONE_TEXT_MAX)
                die_usage("%s: the text must be 1 to 255 characters%s",
                          c == OPT_UNTIL ? "--until" : "--until-symbol", "");
            if (nmilestones == MILESTONE_MAX)
                die_usage("too many --until/--until-symbol options (at most %s)%s", "32", "");
            milestone_sym[nmilestones] = c == OPT_UNTIL_SYMBOL;
            milestone_args[nmilestones++] = optarg;
            if (c == OPT_UNTIL)
                cfg.until_text = true;
            break;
        case OPT_REPORT: report_path = optarg; break;
        case OPT_ON_PANIC:
            if (strcmp(optarg, "stop") != 0 && strcmp(optarg, "continue") != 0)
                die_usage("--on-panic: '%s' is not 'stop' or 'continue'%s", optarg, "");
            panic_continue = optarg[0] == 'c';
            break;
        case OPT_DISPLAY:
            if (strcmp(optarg, "sdl") != 0 && strcmp(optarg, "none") != 0)
                die_usage("--display: '%s' is not 'sdl' or 'none'%s", optarg, "");
            display_sdl = strcmp(optarg, "sdl") == 0;
            break;
        case OPT_SCREENSHOT: shot_path = optarg; break;
        case OPT_SCREENSHOT_AT:
            if (!optarg[0] || strlen(optarg) > MILESTONE_TEXT_MAX)
                die_usage("--screenshot-at: the text must be 1 to 255 characters%s%s", "", "");
            shot_at = optarg;
            break;
        case OPT_HOOK:
        case OPT_HOOK_FILE:
            if (nhook_args < ARRAY_SIZE(hook_args))
                hook_args[nhook_args++] = (HookArg){ c == OPT_HOOK_FILE, optarg };
            else
                die_usage("too many --hook options (at most %s)%s", "256", "");
            break;
        case OPT_TIMEOUT:
            timeout = parse_u64("--timeout", optarg);
            if (!timeout)
                die_usage("--timeout: '%s' is not a positive number of seconds%s", optarg, "");
            break;
        case OPT_STATS: stats = true; break;
        case OPT_GDB: {
            uint64_t port = parse_u64("--gdb", optarg);
            if (port > 65535)
                die_usage("--gdb: '%s' is not a TCP port (0-65535)%s", optarg, "");
            gdb_cfg.port = (unsigned)port;
            gdb = true;
            break;
        }
        case 's': gdb = true; gdb_cfg.port = 1234; break;
        case 'S': case OPT_GDB_WAIT: gdb = gdb_cfg.wait = true; break;
        case OPT_GDB_LISTEN: gdb_cfg.listen = optarg; gdb = true; break;
        case 'h': usage(stdout); return 0;
        case OPT_VERSION: printf("xnuemu %s\n", XNUEMU_VERSION); return 0;
        case ':': die_usage("option '%s' needs an argument (see --help)%s", argv[optind - 1], "");
        default: die_usage("unknown option '%s' (see --help)%s", argv[optind - 1], "");
        }
    }
    if (optind != argc - 1)
        die_usage(optind == argc ? "no program given (see --help)%s%s"
                                 : "one program expected, got extra argument '%s'%s",
                  optind == argc ? "" : argv[optind + 1], "");
    const char *path = argv[optind];
    if (cfg.record_input && cfg.replay_input)
        die_usage("--record-input and --replay-input: one run records or replays, not both%s%s",
                  "", "");
    if ((cfg.record_input || cfg.replay_input) && cfg.realtime)
        die_usage("--%s-input: a replay needs virtual time; drop --realtime%s",
                  cfg.record_input ? "record" : "replay", "");

    if (shot_at && !shot_path)
        die_usage("--screenshot-at needs --screenshot FILE.png%s%s", "", "");
    if (report_path) {     /* fail now rather than after a long run */
        FILE *f = fopen(report_path, "w");
        if (!f)
            die_usage("--report %s: %s", report_path, strerror(errno));
        fclose(f);
    }
    if (log_file) {
        cfg.log_out = fopen(log_file, "w");
        if (!cfg.log_out)
            die_usage("--log-file %s: %s", log_file, strerror(errno));
    }

    if (!cfg.machine)
        cfg.machine = loader_default_machine(path);
    Machine *m;
    EmuErr e = machine_create(&m, &cfg, err, sizeof(err));
    if (e != EMU_OK)
        die_usage("%s%s", err, "");
    if ((shot_path || display_sdl) && !m->display.pa) {
        machine_destroy(m);
        die_usage("--%s: the %s machine has no framebuffer", shot_path ? "screenshot" : "display",
                  cfg.machine);
    }
    m->display.shot_path = shot_path;
    m->display.shot_at = shot_at;
    if (display_sdl && display_sdl_open(&m->display, err, sizeof(err)) != EMU_OK) {
        machine_destroy(m);
        die_usage("%s%s", err, "");
    }
    m->trace.el = trace_filter.el;
    m->trace.range = trace_filter.range;
    m->trace.lo = trace_filter.lo;
    m->trace.hi = trace_filter.hi;
    for (unsigned i = 0; i < nhook_args && e == EMU_OK; i++)
        e = hook_args[i].file ? hooks_add_file(&m->hooks, hook_args[i].s, err, sizeof(err))
                              : hooks_add_spec(&m->hooks, hook_args[i].s, err, sizeof(err));
    for (unsigned i = 0; i < nmilestones && e == EMU_OK; i++) {
        if (!milestone_add(&m->milestones, milestone_args[i], milestone_sym[i], err, sizeof(err)))
            e = EMU_ERR_ARG;
        else if (milestone_sym[i])
            e = hooks_add_internal(&m->hooks, milestone_args[i], HOOK_UNTIL, i, false, err,
                                   sizeof(err));
    }
    /* XNU's panic(): stop with a report (when the kernel has symbols); not
     * under a debugger, which breaks on panic itself */
    m->no_panic_stop = gdb;
    m->panic_continue = panic_continue;
    if (e == EMU_OK && !gdb)
        e = hooks_add_internal(&m->hooks, "panic", HOOK_PANIC, 0, true, err, sizeof(err));
    if (e == EMU_OK)
        e = machine_load(m, path, err, sizeof(err));
    if (e != EMU_OK) {
        machine_destroy(m);
        die_usage("%s%s", err, "");
    }

    GdbServer *srv = NULL;
    if (gdb && gdb_server_open(&srv, m, &gdb_cfg, err, sizeof(err)) != EMU_OK) {
        machine_destroy(m);
        die_usage("%s%s", err, "");
    }

    double t0 = milestone_wall_now();
    m->milestones.wall_t0 = t0;
    if (timeout)
        m->cpu->wall_deadline_ns = (uint64_t)(t0 * 1e9) + timeout * UINT64_C(1000000000);
    HaltReason why = srv ? gdb_server_run(srv) : machine_run(m);
    double secs = milestone_wall_now() - t0;
    fflush(stdout);     /* the guest's last, unfinished console line before our report */
    CpuState *cpu = m->cpu;
    int status;
    switch (why) {
    case HALT_EXIT:
        status = cpu->exit_code;
        if (cpu->halt_msg[0])
            fprintf(stderr, "xnuemu: %s\n", cpu->halt_msg);
        break;
    case HALT_MAX_INSNS:
    case HALT_TIMEOUT:
        fprintf(stderr, "xnuemu: %s\n", cpu->halt_msg);
        status = EXIT_MAX_INSNS;
        break;
    case HALT_UNTIL:
        fprintf(stderr, "xnuemu: %s\n", cpu->halt_msg);
        status = 0;
        break;
    case HALT_STUCK:
        fprintf(stderr, "xnuemu: %s\n", cpu->halt_msg);
        report_stuck_symbols(m);
        report_stuck_walk(m);
        if (m->symtab)    /* a kernel: the early-exception spin gets the full report */
            report_print(m, stderr, "guest stuck");
        status = EXIT_STUCK;
        break;
    case HALT_PANIC:
        fprintf(stderr, "xnuemu: %s\n", cpu->halt_msg);
        report_print(m, stderr, "kernel panic");
        status = EXIT_PANIC;
        break;
    default:
        fprintf(stderr, "xnuemu: %s\n", cpu->halt_msg[0] ? cpu->halt_msg : "stopped");
        status = EXIT_EMU_ERROR;
        break;
    }
    if (stats) {
        fprintf(stderr, "xnuemu: %" PRIu64 " instructions in %.3f s (%.0f MIPS)\n",
                cpu->icount, secs, secs > 0 ? (double)cpu->icount / secs / 1e6 : 0.0);
        fprintf(stderr, "xnuemu: TLB: %" PRIu64 " data accesses took the slow path, %" PRIu64
                " of them translated; %" PRIu64 " instruction-side translations\n",
                cpu->stats.slow_data, cpu->stats.data_fills, cpu->stats.itlb_fills);
    }
    hooks_report(&m->hooks, stderr);
    if (shot_path && !m->display.shot_done)
        display_screenshot(&m->display, shot_at ? "at exit: the --screenshot-at text never came"
                                                : "at exit");
    if (report_path && !report_json_write(m, report_path, why, status, secs, err, sizeof(err))) {
        fprintf(stderr, "xnuemu: %s\n", err);
        if (status == 0)
            status = EXIT_USAGE;
    }
    gdb_server_close(srv);
    machine_destroy(m);
    if (cfg.log_out)
        fclose(cfg.log_out);
    return status;
}
