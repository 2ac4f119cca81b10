#!/bin/bash
# bench/run.sh — CPU speed of xnuemu against QEMU TCG, measured in the same
# run on the same machine, with the shared emubench guest.
#
#   bench/run.sh [ITERS]            default ITERS=3000
#
# Environment: BENCH_DIR (emubench sources, default ../shared/bench next to
# the checkout), XNUEMU (default build/xnuemu), RUNS (timed runs per
# configuration, default 3; the median is reported), SS_ITERS (iterations
# for QEMU -singlestep, default 300), MMU=1 to also run bench-mmu.elf,
# LINUX_OUT (default .local/linux): when the Linux guest of scripts/linux/
# is there, a Linux row boots it to its shell prompt on xnuemu --machine
# t8010 and on QEMU -M virt (LINUX=0 skips it).
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

# Linux: the same Image and initramfs booted to the shell prompt. xnuemu
# stops there by itself (--until) and counts the instructions; QEMU is
# watched and stopped when the prompt appears. QEMU TCG counts no
# instructions; one more QEMU run with -icount shift=0 (1 instruction = 1 ns
# of virtual time, as in xnuemu) gives the kernel's own timestamp of
# "Run /init" as an instruction count up to that line, for both.
LINUX_OUT=${LINUX_OUT:-$root/.local/linux}
PROMPT='guest# '
run_init_ns() { # console log -> virtual ns at "Run /init"
    sed -n 's/^\[ *\([0-9.]*\)\] Run \/init.*/\1/p' "$1" | awk '{ printf "%.0f", $1 * 1e9 }'
}
linux_xnuemu() {
    local times=() err t0 t1 con=/tmp/xnuemu-linux.$$
    for ((r = 0; r < RUNS; r++)); do
        t0=$(now)
        rm -f "$con"
        "$XNUEMU" --machine t8010 -m 512M --serial "file:$con" --until "$PROMPT" --stats \
            --initrd "$LINUX_OUT/initramfs.cpio.gz" \
            --append "console=ttySAC0" "$LINUX_OUT/Image" </dev/null 2>/tmp/xnuemu-bench.$$ ||
            die "xnuemu did not reach the Linux prompt: $(cat /tmp/xnuemu-bench.$$)"
        t1=$(now)
        times+=("$(calc "$t1 - $t0")")
    done
    err=$(cat /tmp/xnuemu-bench.$$); rm -f /tmp/xnuemu-bench.$$
    echo "$(echo "$err" | sed -n 's/.*xnuemu: \([0-9]*\) instructions.*/\1/p') $(printf '%s\n' "${times[@]}" | median) $(run_init_ns "$con")"
    rm -f "$con"
}
# one QEMU boot to the prompt: prints the seconds; the console stays in $1
qemu_to_prompt() {
    local log=$1 t0 t1 pid
    shift
    t0=$(now)
    qemu-system-aarch64 -M virt -cpu max -smp 1 -m 512 -nographic "$@" \
        -kernel "$LINUX_OUT/Image" -initrd "$LINUX_OUT/initramfs.cpio.gz" \
        -append "console=ttyAMA0" </dev/null >"$log" 2>&1 &
    pid=$!
    until grep -q "$PROMPT" "$log"; do
        kill -0 "$pid" 2>/dev/null || die "QEMU did not reach the Linux prompt: $(tail -3 "$log")"
        sleep 0.01
    done
    t1=$(now)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    calc "$t1 - $t0"
}
linux_qemu() {
    local times=() log=/tmp/qemu-linux.$$ icount
    for ((r = 0; r < RUNS; r++)); do
        times+=("$(qemu_to_prompt "$log")")
    done
    qemu_to_prompt "$log" -icount shift=0,sleep=off >/dev/null
    icount=$(run_init_ns "$log")
    rm -f "$log"
    echo "$(printf '%s\n' "${times[@]}" | median) $icount"
}
bench_linux() {
    local xinsns xsec xinit qsec qinit
    read -r xinsns xsec xinit < <(linux_xnuemu)
    read -r qsec qinit < <(linux_qemu)
    printf 'linux: %s booted to the busybox prompt (%s)\n' "$LINUX_OUT/Image" \
        "$(strings "$LINUX_OUT/Image" | grep -m1 '^Linux version' | cut -d' ' -f1-3)"
    printf '  %-26s %8.3f s %6s MIPS   %s instructions; "Run /init" at %s\n' "xnuemu t8010" \
        "$xsec" "$(mips "$xinsns" "$xsec")" "$xinsns" "$xinit"
    printf '  %-26s %8.3f s %6s        xnuemu/QEMU time = %.2f; "Run /init" at %s (-icount)\n' \
        "QEMU TCG virt" "$qsec" "-" "$(calc "$xsec / $qsec")" "$qinit"
}

echo "host: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
echo "$("$XNUEMU" --version), $(qemu-system-aarch64 --version | head -1)"
status=0
bench_one bench-nommu || status=1
if [ "${MMU:-0}" = 1 ]; then bench_one bench-mmu || status=1; fi
if [ "${LINUX:-1}" = 1 ] && [ -f "$LINUX_OUT/Image" ] && [ -f "$LINUX_OUT/initramfs.cpio.gz" ]; then
    bench_linux || status=1
fi
exit $status
