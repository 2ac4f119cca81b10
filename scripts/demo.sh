#!/bin/bash
# demo.sh — on a fresh Debian machine: install the dependencies, build
# xnuemu, and boot the built-in demo kernel (demo/kernel/, a Mach-O kernel
# entered with the XNU boot protocol) on the T8010 machine. --realtime
# gives you two real seconds to type into its console; without it time is
# virtual and every run is identical.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build >/dev/null
cmake --build build -j"$(nproc)"
exec ./build/xnuemu --stats --realtime --until "xnuemu demo kernel: done" \
    build/demo/xnuemu-demo-kernel
