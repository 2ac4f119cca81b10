/*
 * disasm_fallback.c — text for the instructions Debian's Capstone 4 cannot
 * decode: the Armv8.1 LSE atomics (LD<op>, ST<op> aliases, SWP, CAS, CASP)
 * and the Armv8.3 LDAPR family. Syntax follows the Arm ARM (C6.2) as
 * binutils prints it: "ldaddal x0, x1, [x2]".
 */
#include <stdio.h>

#include "xnuemu/trace.h"

static const char *reg(unsigned n, bool x, bool sp)
{
    static const char *const xr[32] = {
        "x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10", "x11", "x12",
        "x13", "x14", "x15", "x16", "x17", "x18", "x19", "x20", "x21", "x22", "x23", "x24",
        "x25", "x26", "x27", "x28", "x29", "x30", "xzr" };
    static const char *const wr[32] = {
        "w0", "w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "w9", "w10", "w11", "w12",
        "w13", "w14", "w15", "w16", "w17", "w18", "w19", "w20", "w21", "w22", "w23", "w24",
        "w25", "w26", "w27", "w28", "w29", "w30", "wzr" };
    if (n == 31 && sp)
        return "sp";
    return x ? xr[n & 31] : wr[n & 31];
}

static const char *size_suffix(unsigned size)
{
    return size == 0 ? "b" : size == 1 ? "h" : "";
}

/* LD<op>/ST<op>/SWP/LDAPR: size 111 0 00 A R 1 Rs o3 opc 00 Rn Rt */
static bool atomic_memop(uint32_t w, char *buf, size_t len)
{
    static const char *const ops[8] = { "add", "clr", "eor", "set", "smax", "smin", "umax",
                                        "umin" };
    unsigned size = w >> 30, a = (w >> 23) & 1, r = (w >> 22) & 1, rs = (w >> 16) & 31;
    unsigned o3 = (w >> 15) & 1, opc = (w >> 12) & 7, rn = (w >> 5) & 31, rt = w & 31;
    bool x = size == 3;
    const char *sz = size_suffix(size);
    if (o3 && opc == 4) {
        if (!(a && !r && rs == 31))
            return false;
        snprintf(buf, len, "ldapr%s %s, [%s]", sz, reg(rt, x, false), reg(rn, true, true));
        return true;
    }
    if (o3 && opc != 0)
        return false;
    const char *acq = a ? "a" : "", *rel = r ? "l" : "";
    if (o3) {
        snprintf(buf, len, "swp%s%s%s %s, %s, [%s]", acq, rel, sz, reg(rs, x, false),
                 reg(rt, x, false), reg(rn, true, true));
    } else if (rt == 31 && !a) {
        snprintf(buf, len, "st%s%s%s %s, [%s]", ops[opc], rel, sz, reg(rs, x, false),
                 reg(rn, true, true));
    } else {
        snprintf(buf, len, "ld%s%s%s%s %s, %s, [%s]", ops[opc], acq, rel, sz, reg(rs, x, false),
                 reg(rt, x, false), reg(rn, true, true));
    }
    return true;
}

bool disasm_fallback(uint32_t w, char *buf, size_t len)
{
    if ((w & 0x3f200c00u) == 0x38200000u)
        return atomic_memop(w, buf, len);
    unsigned rs = (w >> 16) & 31, rn = (w >> 5) & 31, rt = w & 31;
    const char *acq = (w >> 22) & 1 ? "a" : "", *rel = (w >> 15) & 1 ? "l" : "";
    if ((w & 0x3fa07c00u) == 0x08a07c00u) {          /* CAS{A}{L}{B,H} */
        unsigned size = w >> 30;
        bool x = size == 3;
        snprintf(buf, len, "cas%s%s%s %s, %s, [%s]", acq, rel, size_suffix(size),
                 reg(rs, x, false), reg(rt, x, false), reg(rn, true, true));
        return true;
    }
    if ((w & 0xbfa07c00u) == 0x08207c00u) {          /* CASP{A}{L} */
        if ((rs & 1) || (rt & 1))
            return false;
        bool x = (w >> 30) & 1;
        snprintf(buf, len, "casp%s%s %s, %s, %s, %s, [%s]", acq, rel, reg(rs, x, false),
                 reg(rs + 1, x, false), reg(rt, x, false), reg(rt + 1, x, false),
                 reg(rn, true, true));
        return true;
    }
    return false;
}
