#!/bin/bash
# demo.sh — on a fresh Debian machine: install the dependencies, build
# xnuemu, and run the built-in demo program on the bare machine.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build >/dev/null
cmake --build build -j"$(nproc)"
exec ./build/xnuemu --stats --append "from the README" build/demo/demo.elf
