/*
 * hostclock.h — the host's monotonic clock in nanoseconds, for what is
 * measured against the host rather than virtual time: --realtime timers,
 * --timeout, the debugger's pauses, host sleeps, display refresh.
 */
#ifndef XNUEMU_HOSTCLOCK_H
#define XNUEMU_HOSTCLOCK_H

#include <stdint.h>
#include <time.h>

static inline uint64_t host_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * UINT64_C(1000000000) + (uint64_t)ts.tv_nsec;
}

#endif
