/*
 * esr.c — ESR_ELx in words for `--trace int` and panic reports: the
 * exception class, then what the ISS says for the classes a kernel meets
 * (aborts with their fault status codes, SVC/HVC/SMC/BRK immediates, MSR/MRS
 * traps, WFx, the debug exceptions: breakpoint, software step with ISV/EX,
 * watchpoint with WnR/CM). Arm ARM D17.2.37 (ESR_ELx), Table D17-8 (EC), ISS encodings.
 */
#include <stdio.h>

#include "xnuemu/cpu.h"
#include "xnuemu/trace.h"

/* DFSC/IFSC (ISS[5:0]) */
static void fault_status(unsigned fsc, char *buf, size_t len)
{
    static const char *const kind[4] = { "address size fault", "translation fault",
                                         "access flag fault", "permission fault" };
    if (fsc < 0x10) {
        snprintf(buf, len, "%s, level %u", kind[fsc >> 2], fsc & 3);
        return;
    }
    const char *s;
    switch (fsc) {
    case 0x10: s = "synchronous external abort"; break;
    case 0x11: s = "synchronous tag check fault"; break;
    case 0x14: case 0x15: case 0x16: case 0x17:
        snprintf(buf, len, "external abort on the table walk, level %u", fsc & 3);
        return;
    case 0x18: s = "synchronous parity/ECC error"; break;
    case 0x21: s = "alignment fault"; break;
    case 0x22: s = "debug exception"; break;
    case 0x30: s = "TLB conflict abort"; break;
    case 0x31: s = "unsupported atomic hardware update fault"; break;
    default:
        snprintf(buf, len, "fault status 0x%02x", fsc);
        return;
    }
    snprintf(buf, len, "%s", s);
}

const char *esr_describe(uint32_t esr, char *buf, size_t len)
{
    unsigned ec = esr >> 26;
    uint32_t iss = esr & 0x1ffffff;
    char fs[64];
    switch (ec) {
    case EC_DABT_LOWER:
    case EC_DABT_SAME: {
        fault_status(iss & 0x3f, fs, sizeof(fs));
        bool isv = (iss >> 24) & 1;
        char acc[48] = "";
        if (isv)
            snprintf(acc, sizeof(acc), ", %u bytes, register x%u", 1u << ((iss >> 22) & 3),
                     (iss >> 16) & 31);
        snprintf(buf, len, "data abort from %s EL: %s, %s%s%s%s (ESR 0x%08x)",
                 ec == EC_DABT_SAME ? "the same" : "a lower", fs,
                 (iss >> 6) & 1 ? "write" : "read", acc, (iss >> 7) & 1 ? ", on a table walk" : "",
                 (iss >> 10) & 1 ? ", FAR not valid" : "", esr);
        break;
    }
    case EC_IABT_LOWER:
    case EC_IABT_SAME:
        fault_status(iss & 0x3f, fs, sizeof(fs));
        snprintf(buf, len, "instruction abort from %s EL: %s%s (ESR 0x%08x)",
                 ec == EC_IABT_SAME ? "the same" : "a lower", fs,
                 (iss >> 7) & 1 ? ", on a table walk" : "", esr);
        break;
    case EC_SVC64: case EC_HVC64: case EC_SMC64: case EC_BRK64:
        snprintf(buf, len, "%s #0x%x (ESR 0x%08x)", exc_class_name(ec), iss & 0xffff, esr);
        break;
    case EC_SYSREG:
        snprintf(buf, len, "trapped %s S%u_%u_C%u_C%u_%u, x%u (ESR 0x%08x)",
                 iss & 1 ? "MRS" : "MSR", (iss >> 20) & 3, (iss >> 14) & 7, (iss >> 10) & 15,
                 (iss >> 1) & 15, (iss >> 17) & 7, (iss >> 5) & 31, esr);
        break;
    case EC_WFX:
        snprintf(buf, len, "trapped %s (ESR 0x%08x)", iss & 1 ? "WFE" : "WFI", esr);
        break;
    case EC_UNKNOWN:
        snprintf(buf, len, "undefined instruction (ESR 0x%08x)", esr);
        break;
    case EC_BKPT_LOWER:
    case EC_BKPT_SAME:
        snprintf(buf, len, "hardware breakpoint from %s EL (ESR 0x%08x)",
                 ec == EC_BKPT_SAME ? "the same" : "a lower", esr);
        break;
    case EC_SSTEP_LOWER:
    case EC_SSTEP_SAME:
        snprintf(buf, len, "software step from %s EL%s (ESR 0x%08x)",
                 ec == EC_SSTEP_SAME ? "the same" : "a lower",
                 !((iss >> 24) & 1) ? ", no instruction stepped"
                 : (iss >> 6) & 1 ? ", stepped a load-exclusive" : ", stepped an instruction",
                 esr);
        break;
    case EC_WATCH_LOWER:
    case EC_WATCH_SAME:
        snprintf(buf, len, "watchpoint from %s EL: %s%s (ESR 0x%08x)",
                 ec == EC_WATCH_SAME ? "the same" : "a lower", (iss >> 6) & 1 ? "write" : "read",
                 (iss >> 8) & 1 ? ", cache maintenance" : "", esr);
        break;
    default:
        snprintf(buf, len, "%s, ISS 0x%07x (ESR 0x%08x)", exc_class_name(ec), iss, esr);
        break;
    }
    return buf;
}
