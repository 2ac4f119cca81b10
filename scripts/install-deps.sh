#!/bin/bash
# install-deps.sh — every Debian package xnuemu's build, tests and demo need
# (Debian 12), and the Linux guest build (scripts/linux/: make, flex, bison,
# bc, xz for the kernel source tarball); dtc checks generated device trees.
# Uses sudo when not root.
set -euo pipefail
SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
    build-essential cmake pkg-config \
    libcapstone-dev libfdt-dev libsdl2-dev libpng-dev libcmocka-dev \
    gcc-aarch64-linux-gnu binutils-aarch64-linux-gnu libc6-dev-arm64-cross \
    clang lld \
    qemu-system-arm gdb-multiarch lldb \
    make flex bison bc xz-utils device-tree-compiler >/dev/null
