/*
 * sysreg_ids.h — SR_<name> storage indices, one per row of the system
 * register tables (src/cpu/sysreg_*.def). cpu->sr[SR_x] holds register x.
 */
#ifndef XNUEMU_SYSREG_IDS_H
#define XNUEMU_SYSREG_IDS_H

enum SysRegId {
#define SYSREG(name, op0, op1, crn, crm, op2, acc, flags, reset, wmask, rd, wr, trap) SR_##name,
#include "sysreg_arch.def"
#include "sysreg_timer.def"
#include "sysreg_ops.def"
#include "sysreg_vhe.def"
#include "sysreg_apple.def"
#undef SYSREG
    SR__COUNT
};

#endif
