#!/bin/bash
# bench/run.sh — CPU speed of xnuemu against QEMU TCG, measured in the same
# run on the same machine, with the shared emubench guest.
#
#   bench/run.sh [ITERS]            default ITERS=3000
#
# Environment: BENCH_DIR (emubench sources, default ../shared/bench next to
# the checkout), XNUEMU (default build/xnuemu), RUNS (timed runs per
# configuration, default 3; the median is reported), SS_ITERS (iterations
# for QEMU -singlestep, default 300), MMU=1 to also run bench-mmu.elf.
# Needs: make, aarch64-linux-gnu-gcc, qemu-system-aarch64.
#
# MIPS = guest instructions / wall seconds. The instruction count is
# xnuemu's own (--stats); QEMU runs the same binary from the same entry
# state, so the same count is used for it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
BENCH_DIR=${BENCH_DIR:-$root/../shared/bench}
XNUEMU=${XNUEMU:-$root/build/xnuemu}
RUNS=${RUNS:-3}
SS_ITERS=${SS_ITERS:-300}
ITERS=${1:-3000}

die() { echo "bench: $*" >&2; exit 2; }
[ -f "$BENCH_DIR/Makefile" ] || die "no emubench at $BENCH_DIR (set BENCH_DIR)"
[ -x "$XNUEMU" ] || die "no xnuemu at $XNUEMU (build first, or set XNUEMU)"
command -v qemu-system-aarch64 >/dev/null || die "qemu-system-aarch64 not found"
make -s -C "$BENCH_DIR" out/bench-nommu.elf out/bench-mmu.elf >/dev/null

# checksums published with the guest (../shared/bench/README.md)
expected_checksum() {
    case $1 in
    0) echo e7efa773e1194c32 ;; 1) echo efe40cfeec08cab4 ;; 10) echo c1d2b267187c9fb1 ;;
    100) echo f2277424f5fdf23a ;; 200) echo bb93940f1d539be0 ;; 300) echo c1f3bd867d62bfbf ;;
    3000) echo dc23002876baa7d3 ;; *) echo "" ;;
    esac
}

now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.6f\", $* }"; }
median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
QEMU=(qemu-system-aarch64 -M virt -cpu max -smp 1 -m 128 -semihosting -nographic)

# xnuemu: prints the checksum, instructions and median seconds
run_xnuemu() {
    local elf=$1 iters=$2 times=() out err t0 t1
    for ((r = 0; r < RUNS; r++)); do
        t0=$(now)
        out=$("$XNUEMU" --stats --append "iters=$iters" "$elf" 2>/tmp/xnuemu-bench.$$) ||
            die "xnuemu failed: $(cat /tmp/xnuemu-bench.$$)"
        t1=$(now)
        times+=("$(calc "$t1 - $t0")")
    done
    err=$(cat /tmp/xnuemu-bench.$$); rm -f /tmp/xnuemu-bench.$$
    local sum insns
    sum=$(echo "$out" | sed -n 's/.*checksum: \([0-9a-f]*\).*/\1/p')
    insns=$(echo "$err" | sed -n 's/.*xnuemu: \([0-9]*\) instructions.*/\1/p')
    echo "$sum $insns $(printf '%s\n' "${times[@]}" | median)"
}

run_qemu() {
    local elf=$1 iters=$2 times=() out t0 t1
    shift 2
    for ((r = 0; r < RUNS; r++)); do
        t0=$(now)
        out=$("${QEMU[@]}" "$@" -kernel "$elf" -append "iters=$iters" 2>&1) || die "qemu failed"
        t1=$(now)
        times+=("$(calc "$t1 - $t0")")
    done
    echo "$(echo "$out" | sed -n 's/.*checksum: \([0-9a-f]*\).*/\1/p') $(printf '%s\n' "${times[@]}" | median)"
}

mips() { awk "BEGIN { printf \"%.0f\", $1 / $2 / 1000000 }"; }

bench_one() {
    local name=$1 elf="$BENCH_DIR/out/$1.elf"
    read -r xsum xinsns xsec < <(run_xnuemu "$elf" "$ITERS")
    local want; want=$(expected_checksum "$ITERS")
    local verdict=ok
    [ -n "$want" ] && [ "$xsum" != "$want" ] && verdict="WRONG (expected $want)"
    read -r qsum qsec < <(run_qemu "$elf" "$ITERS")
    [ "$qsum" != "$xsum" ] && verdict="$verdict; QEMU says $qsum"
    read -r _ ssinsns _ < <(RUNS=1 run_xnuemu "$elf" "$SS_ITERS")
    read -r _ sssec < <(run_qemu "$elf" "$SS_ITERS" -singlestep)
    local xm qm sm
    xm=$(mips "$xinsns" "$xsec"); qm=$(mips "$xinsns" "$qsec"); sm=$(mips "$ssinsns" "$sssec")
    printf '%s iters=%s: %s guest instructions, checksum %s: %s\n' "$name" "$ITERS" "$xinsns" "$xsum" "$verdict"
    printf '  %-26s %8.3f s %6s MIPS\n' "xnuemu" "$xsec" "$xm"
    printf '  %-26s %8.3f s %6s MIPS   xnuemu/QEMU = %.2f\n' "QEMU TCG" "$qsec" "$qm" \
        "$(calc "$xm / $qm")"
    printf '  %-26s %8.3f s %6s MIPS   xnuemu/QEMU-singlestep = %.2f (iters=%s)\n' \
        "QEMU -singlestep" "$sssec" "$sm" "$(calc "$xm / $sm")" "$SS_ITERS"
    [ "$verdict" = ok ]
}

echo "host: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
echo "$("$XNUEMU" --version), $(qemu-system-aarch64 --version | head -1)"
status=0
bench_one bench-nommu || status=1
if [ "${MMU:-0}" = 1 ]; then bench_one bench-mmu || status=1; fi
exit $status
