/*
 * exec_sysreg.c — MRS, MSR (register), SYS and SYSL (Arm ARM C5.2/C5.3,
 * C6.2 MRS/MSR/SYS/SYSL). The register's table row is looked up once at
 * decode time and kept in DecodedInsn.imm; the access checks run at
 * execution (sysreg.c). Encodings with no row are UNDEFINED and reported
 * once under `--log unimp` (`S3_5_C15_C7_2 read at EL1 pc=...`), or read
 * as zero / ignore writes with --sysreg-unknown raz. Reserved encodings in
 * the ID register space read as zero at EL1 and above (D17.2, "Reserved
 * ID registers").
 */
#include "exec.h"
#include "xnuemu/sysreg.h"

static inline uint16_t key_of(const DecodedInsn *di)
{
    return (uint16_t)((di->raw >> 5) & 0xffff);
}

PREP(prep_sysreg)
{
    di->imm = (uintptr_t)sysreg_find(cpu->srt, (uint16_t)((di->raw >> 5) & 0xffff));
    bool writes_rt = di->id == A64_MRS || di->id == A64_SYSL;
    di->rd = writes_rt ? reg_w_zr(FLD(f, 't')) : reg_r_zr(FLD(f, 't'));
    return true;
}

static bool id_space_raz(uint16_t key)
{
    unsigned op0 = key >> 14, op1 = (key >> 11) & 7, crn = (key >> 7) & 15, crm = (key >> 3) & 15;
    return op0 == 3 && op1 == 0 && crn == 0 && crm >= 1 && crm <= 7;
}

static int unknown(CpuState *cpu, const DecodedInsn *di, bool is_read)
{
    uint16_t key = key_of(di);
    if (is_read && cpu->ps.el >= 1 && id_space_raz(key)) {
        cpu->r[di->rd] = 0;
        return EXEC_NEXT;
    }
    if (cpu->sysreg_logged && !(cpu->sysreg_logged[key / 8] & (1u << (key % 8)))) {
        char name[24];
        cpu->sysreg_logged[key / 8] |= (uint8_t)(1u << (key % 8));
        sysreg_key_name(key, name, sizeof(name));
        LOG(cpu->log, LOG_UNIMP, "unimp: %s %s at EL%u pc=0x%016llx (%s)\n", name,
            is_read ? "read" : "write", cpu->ps.el, (unsigned long long)cpu->pc,
            cpu->sysreg_unknown_raz && (key >> 14) != 1 ? "read as zero / write ignored"
                                                       : "UNDEFINED");
    }
    if (cpu->sysreg_unknown_raz && (key >> 14) != 1) {
        if (is_read)
            cpu->r[di->rd] = 0;
        return EXEC_NEXT;
    }
    return cpu_undef(cpu);
}

EXEC(MRS)
{
    const SysRegDesc *d = (const SysRegDesc *)(uintptr_t)di->imm;
    if (!d)
        return unknown(cpu, di, true);
    uint64_t v = 0;
    unsigned rt = di->rd;
    int r = sysreg_exec_read(cpu, d, &v, rt);
    if (r != EXEC_FAULT)
        cpu->r[rt] = v;
    return r;
}

EXEC(MSR_reg)
{
    const SysRegDesc *d = (const SysRegDesc *)(uintptr_t)di->imm;
    if (!d)
        return unknown(cpu, di, false);
    return sysreg_exec_write(cpu, d, cpu->r[di->rd], di->rd);
}

EXEC(SYS)
{
    const SysRegDesc *d = (const SysRegDesc *)(uintptr_t)di->imm;
    if (!d)
        return unknown(cpu, di, false);
    return sysreg_exec_write(cpu, d, cpu->r[di->rd], di->rd);
}

/* No SYSL operation exists in Armv8.1: every encoding is unknown. */
EXEC(SYSL)
{
    return unknown(cpu, di, true);
}
