/*
 * diff_qemu.h — diff_fuzz's QEMU side: qemu-aarch64 running diff_runner
 * (the oracle, never linked into xnuemu), fed batches of programs through a
 * pipe and answering with their outcomes (protocol: diff_proto.h).
 */
#ifndef TESTS_DIFF_QEMU_H
#define TESTS_DIFF_QEMU_H

#include <stdbool.h>
#include <stdio.h>
#include <sys/types.h>

#include "diff_proto.h"

typedef struct Qemu {
    pid_t pid;
    FILE *to, *from;
} Qemu;

/* Start `qemu -cpu cpu runner` and wait for its hello. */
bool qemu_start(Qemu *q, const char *qemu, const char *cpu, const char *runner);
void qemu_stop(Qemu *q);
/* Send a batch of n programs; receive its n outcomes into o[0..n) (a
 * runner silent for 120 s ends the process with status 2); both. False
 * when the runner fails. */
bool qemu_send(Qemu *q, const DiffProg *p, unsigned n);
bool qemu_recv(Qemu *q, DiffOut *o, unsigned n);
bool qemu_run(Qemu *q, const DiffProg *p, DiffOut *o, unsigned n);

#endif
