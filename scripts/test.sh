#!/bin/bash
# test.sh — build xnuemu with warnings as errors and run every test (ctest).
#   BUILD=dir          build directory (default build)
#   CMAKE_ARGS=...     extra CMake arguments, e.g. -DXNUEMU_SANITIZE=ON
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
cmake -S . -B "$BUILD" -DXNUEMU_WERROR=ON ${CMAKE_ARGS:-} >/dev/null
cmake --build "$BUILD" -j"$(nproc)"
ctest --test-dir "$BUILD" --output-on-failure -j"$(nproc)"
