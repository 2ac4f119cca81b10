/*
 * sysreg_hooks.h — the hooks named in the sysreg_*.def rows. Read hooks
 * are in sysreg_pstate.c, sysreg_id.c and timer.c, write hooks likewise and
 * in sysops.c (SYS operations), trap hooks in sysreg_traps.c and timer.c;
 * the Apple fast-IPI hooks in sysreg_apple.c.
 */
#ifndef XNUEMU_SYSREG_HOOKS_H
#define XNUEMU_SYSREG_HOOKS_H

#include "xnuemu/cpu_model.h"
#include "xnuemu/sysreg.h"

SrReadFn sr_rd_ccsidr, sr_rd_claimclr, sr_rd_claimset, sr_rd_cntpct, sr_rd_cntvct,
    sr_rd_currentel, sr_rd_daif, sr_rd_dczid, sr_rd_isr, sr_rd_midr, sr_rd_mpidr, sr_rd_nzcv,
    sr_rd_pan, sr_rd_sp_el, sr_rd_spsel, sr_rd_timer_ctl, sr_rd_timer_tval, sr_rd_uao, sr_rd_ipi_sr;
SrWriteFn sr_wr_claimclr, sr_wr_claimset, sr_wr_cntfrq, sr_wr_daif, sr_wr_hcr, sr_wr_nzcv,
    sr_wr_dbg, sr_wr_e2h_layout, sr_wr_oslar, sr_wr_pan, sr_wr_sp_el, sr_wr_spsel, sr_wr_timer_ctl, sr_wr_timer_cval,
    sr_wr_timer_tval, sr_wr_uao, sysop_at, sysop_dc_sw, sysop_dc_va, sysop_dc_zva,
    sysop_ic_iall, sysop_ic_ivau, sysop_tlbi, sr_wr_ipi_rr, sr_wr_ipi_sr;
SrTrapFn trap_cnt_frq, trap_cnt_p, trap_cnt_pct, trap_cnt_ps, trap_cnt_v, trap_cnt_vct,
    trap_cpacr, trap_dbg_tda, trap_dbg_tdosa, trap_dbg_tdra, trap_dze_tdz, trap_mdscr_tdcc, trap_rvbar, trap_sp_el0, trap_tacr, trap_tid1, trap_tidcp,
    trap_tid2, trap_tid3, trap_tpc, trap_tpu, trap_tsw, trap_ttlb, trap_tvm, trap_uci_tpc,
    trap_uci_tpu, trap_uct_tid2, trap_uma;

#endif
