/*
 * machine.c — creating, running and destroying a machine: board init,
 * decoder and system-register table for the board's CPU model, decode
 * cache, CPU reset (Arm ARM D1.9 "Reset": highest EL, SP_ELx, all of DAIF
 * masked), and the bus write hook that keeps decoded code and exclusive
 * monitors coherent with loader/DMA/debugger writes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xnuemu/exec_loop.h"
#include "xnuemu/machine.h"
#include "xnuemu/mem.h"
#include "xnuemu/symtab.h"
#include "xnuemu/timer.h"
#include "xnuemu/hostclock.h"

#define DCACHE_MAX_PAGES 4096u     /* 16 MiB of guest code, 128 MiB of slots */

static const Board *const boards[] = { &board_bare, &board_t8010 };

const Board *board_find(const char *name)
{
    for (size_t i = 0; i < ARRAY_SIZE(boards); i++)
        if (strcmp(boards[i]->name, name) == 0)
            return boards[i];
    return NULL;
}

const char *board_names(void)
{
    return "bare, t8010";
}

static void phys_write_hook(void *opaque, uint64_t pa, uint64_t len)
{
    Machine *m = opaque;
    dcache_invalidate_range(&m->dcache, pa, len);
    excl_note_store(m->cpu, pa, len);
}

void machine_timer_irq(void *opaque, int timer, int level)
{
    Machine *m = opaque;
    if (m->timer_line[timer])
        cpu_drive_irq(m->cpu, m->timer_line[timer], IRQ_SRC_TIMER0 + (unsigned)timer, level);
}

void cpu_reset(CpuState *cpu, unsigned el)
{
    memset(cpu->r, 0, sizeof(cpu->r));
    memset(cpu->sp_el, 0, sizeof(cpu->sp_el));
    memset(cpu->v, 0, sizeof(cpu->v));
    sysreg_reset(cpu);
    /* The reset cleared IPI_SR: release the FIQ the fast IPI drove (timer
     * lines follow the reset CNT*_CTL at the next timer_update; device
     * lines belong to the devices). */
    cpu_drive_irq(cpu, CPU_IN_FIQ, IRQ_SRC_FAST_IPI, false);
    cpu->nzcv = 0;
    cpu->pc = 0;
    cpu->ps = (Pstate){ .el = (uint8_t)el, .sp = 1, .daif = 0xf };
    cpu->excl.valid = false;
    cpu->wfi = false;
    cpu->event = false;
    cpu_tlb_flush_all(cpu);
    cpu_update_regime(cpu);
}

EmuErr machine_create(Machine **out, const MachineConfig *cfg, char *err, size_t errlen)
{
    *out = NULL;
    Machine *m = calloc(1, sizeof(*m));
    if (!m) {
        snprintf(err, errlen, "out of memory");
        return EMU_ERR_NOMEM;
    }
    m->cfg = *cfg;
    m->log.mask = cfg->log_mask;
    m->log.out = cfg->log_out ? cfg->log_out : stderr;
    bus_init(&m->bus, &m->log);
    m->board = board_find(cfg->machine ? cfg->machine : "bare");
    if (!m->board) {
        snprintf(err, errlen, "unknown machine '%s' (known: %s)", cfg->machine, board_names());
        free(m);
        return EMU_ERR_ARG;
    }
    trace_init(&m->trace);
    EmuErr e = m->board->init(m, err, errlen);
    if (e != EMU_OK) {
        machine_destroy(m);
        return e;
    }
    if (!a64_decoder_build(&m->decoder, m->model.features, err, errlen) ||
        !sysreg_table_build(&m->srt, &m->model, err, errlen)) {
        machine_destroy(m);
        return EMU_ERR_FORMAT;
    }
    dcache_init(&m->dcache, &m->bus, DCACHE_MAX_PAGES);

    CpuState *cpu = aligned_alloc(64, (sizeof(CpuState) + 63) & ~(size_t)63);
    if (!cpu) {
        machine_destroy(m);
        snprintf(err, errlen, "out of memory");
        return EMU_ERR_NOMEM;
    }
    memset(cpu, 0, sizeof(*cpu));
    m->cpu = cpu;
    cpu->model = &m->model;
    cpu->machine = m;
    cpu->log = &m->log;
    cpu->trace = &m->trace;
    cpu->decoder = &m->decoder;
    cpu->dcache = &m->dcache;
    cpu->bus = &m->bus;
    cpu->srt = &m->srt;
    cpu->max_insns = cfg->max_insns;
    cpu->sysreg_unknown_raz = cfg->sysreg_unknown_raz;
    cpu->realtime = cfg->realtime;
    cpu->realtime_origin = host_now_ns();
    cpu->semi = m->semi;
    cpu->semihosting = m->semi != NULL;
    cpu->timer_irq = machine_timer_irq;
    cpu->timer_irq_opaque = m;
    cpu->unimp_logged = calloc((A64__COUNT + 7) / 8, 1);
    cpu->sysreg_logged = calloc(65536 / 8, 1);
    if (!cpu->unimp_logged || !cpu->sysreg_logged) {
        machine_destroy(m);
        snprintf(err, errlen, "out of memory");
        return EMU_ERR_NOMEM;
    }
    dcache_add_cpu(&m->dcache, cpu);
    m->bus.write_hook = phys_write_hook;
    m->bus.cpu = cpu;
    m->bus.hook_opaque = m;
    cpu_reset(cpu, m->model.max_el);
    if (m->board->attach_cpu)
        m->board->attach_cpu(m);
    *out = m;
    return EMU_OK;
}

void machine_destroy(Machine *m)
{
    if (!m)
        return;
    if (m->board_free)
        m->board_free(m);
    symtab_free(m->symtab);
    hooks_free(&m->hooks);
    if (m->cpu) {
        free(m->cpu->unimp_logged);
        free(m->cpu->sysreg_logged);
        free(m->cpu);
    }
    dcache_destroy(&m->dcache);
    sysreg_table_free(&m->srt);
    a64_decoder_free(&m->decoder);
    bus_destroy(&m->bus);
    trace_destroy(&m->trace);
    display_sdl_close(&m->display);
    free(m->cmdline);
    free(m);
}

HaltReason machine_run(Machine *m)
{
    return cpu_run(m->cpu);
}

uint64_t machine_now_ns(const Machine *m)
{
    return cpu_now_ns(m->cpu);
}
