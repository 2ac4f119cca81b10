#!/bin/bash
# build-kernel.sh — build the xnuemu Linux guest kernel from Debian's
# linux-source-6.12: `make allnoconfig`, then the fragment guest.config
# (plus guest-4k.config with PAGES=4K), then Image and Image.gz.
#
#   scripts/linux/build-kernel.sh            # 16K pages -> $LINUX_OUT/Image
#   PAGES=4K scripts/linux/build-kernel.sh   # 4K pages  -> $LINUX_OUT/Image-4k
#
# Needs aarch64-linux-gnu-gcc, make, flex, bison, bc, libelf-dev, libssl-dev
# (scripts/install-deps.sh). JOBS defaults to the number of CPUs. The build
# time is printed and kept in $LINUX_OUT/build-time-<pages>.txt.
set -euo pipefail
. "$(dirname "$0")/common.sh"

PAGES=${PAGES:-16K}
JOBS=${JOBS:-$(nproc)}
case $PAGES in
16K) suffix= ; extra= ;;
4K) suffix=-4k ; extra=$REPO/scripts/linux/guest-4k.config ;;
*) echo "build-kernel.sh: PAGES must be 16K or 4K, not $PAGES" >&2; exit 2 ;;
esac

src=$LINUX_OUT/linux-source-$KVER
if [ ! -f "$src/Makefile" ]; then
    deb=$(apt_fetch all linux-source-$KVER)
    tmp=$LINUX_OUT/tmp-src
    rm -rf "$tmp" && mkdir -p "$tmp"
    dpkg-deb -x "$deb" "$tmp"
    tarball=$(ls "$tmp"/usr/src/linux-source-$KVER.tar.* | head -n1)
    mkdir -p "$src"
    tar -xf "$tarball" -C "$src" --strip-components=1
    rm -rf "$tmp"
fi

obj=$LINUX_OUT/build-${PAGES,,}
mkdir -p "$obj"
# a reproducible Image: no build date, user or host in the version string
export KBUILD_BUILD_TIMESTAMP="Thu Jan  1 00:00:00 UTC 1970" KBUILD_BUILD_USER=xnuemu \
    KBUILD_BUILD_HOST=guest KBUILD_BUILD_VERSION=1
mk=(make -C "$src" O="$obj" ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu- -j"$JOBS")
start=$(date +%s)
"${mk[@]}" -s allnoconfig
"$src/scripts/kconfig/merge_config.sh" -m -O "$obj" "$obj/.config" \
    "$REPO/scripts/linux/guest.config" $extra >/dev/null
"${mk[@]}" -s olddefconfig
# every setting of the fragments (the last one wins; "# CONFIG_X is not set"
# counts) must have survived Kconfig's dependency rules
want=$(cat "$REPO/scripts/linux/guest.config" $extra |
       sed -n -e 's/^\(CONFIG_[A-Za-z0-9_]*\)=\(.*\)$/\1 \2/p' \
              -e 's/^# \(CONFIG_[A-Za-z0-9_]*\) is not set$/\1 n/p' |
       awk '{v[$1]=$2} END {for (k in v) print k "=" v[k]}')
bad=0
for kv in $want; do
    key=${kv%%=*} val=${kv#*=}
    if [ "$val" = n ]; then
        ! grep -q "^$key=" "$obj/.config" || { echo "build-kernel.sh: $key is set" >&2; bad=1; }
    else
        grep -qx -- "$kv" "$obj/.config" || { echo "build-kernel.sh: $kv did not stick" >&2; bad=1; }
    fi
done
[ $bad = 0 ] || exit 1
"${mk[@]}" -s Image.gz
end=$(date +%s)
cp "$obj/arch/arm64/boot/Image" "$LINUX_OUT/Image$suffix"
cp "$obj/arch/arm64/boot/Image.gz" "$LINUX_OUT/Image$suffix.gz"
echo "$((end - start)) s, $JOBS jobs, $PAGES pages" | tee "$LINUX_OUT/build-time-${PAGES,,}.txt"
echo "kernel: $LINUX_OUT/Image$suffix ($(stat -c %s "$LINUX_OUT/Image$suffix") bytes)"
