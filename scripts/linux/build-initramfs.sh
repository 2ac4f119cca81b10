#!/bin/bash
# build-initramfs.sh — the xnuemu Linux guest's user space: a gzip'ed newc
# cpio archive (Linux Documentation/filesystems/ramfs-rootfs-initramfs.rst)
# holding Debian's arm64 busybox-static, /dev/console and the /init script
# below (which makes the applet links at boot: busybox --install -s),
# written to $LINUX_OUT/initramfs.cpio.gz.
# The archive is built by the kernel's own usr/gen_init_cpio (compiled from
# the linux-source tree that build-kernel.sh unpacked), so no root rights
# are needed for device nodes. Timestamps are fixed: the same inputs give
# the same archive.
set -euo pipefail
. "$(dirname "$0")/common.sh"

src=$LINUX_OUT/linux-source-$KVER
[ -f "$src/usr/gen_init_cpio.c" ] || {
    echo "build-initramfs.sh: $src missing: run scripts/linux/build-kernel.sh first" >&2
    exit 1
}
deb=$(apt_fetch arm64 busybox-static)
root=$LINUX_OUT/initramfs-root
rm -rf "$root" && mkdir -p "$root"
dpkg-deb -x "$deb" "$root/pkg"
bb=$root/pkg/bin/busybox
[ -x "$bb" ] || { echo "build-initramfs.sh: no bin/busybox in $deb" >&2; exit 1; }

cc -O2 -o "$LINUX_OUT/gen_init_cpio" "$src/usr/gen_init_cpio.c"

cat > "$root/init" <<'INIT'
#!/bin/busybox sh
# /init of the xnuemu Linux guest: applet links, file systems, a shell
/bin/busybox --install -s
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
mkdir -p /tmp
echo "xnuemu guest: $(uname -sr) up after $(cut -d' ' -f1 /proc/uptime) s"
export PS1='guest# ' HOME=/root PATH=/bin:/sbin:/usr/bin:/usr/sbin
exec /bin/sh
INIT

list=$root/cpio.list
{
    for d in /bin /sbin /usr /usr/bin /usr/sbin /dev /proc /sys /tmp /root /etc; do
        echo "dir $d 0755 0 0"
    done
    echo "nod /dev/console 0600 0 0 c 5 1"
    echo "nod /dev/null 0666 0 0 c 1 3"
    echo "file /bin/busybox $bb 0755 0 0"
    echo "file /init $root/init 0755 0 0"
    echo "slink /bin/sh busybox 0777 0 0"
} > "$list"
"$LINUX_OUT/gen_init_cpio" -t 0 "$list" | gzip -9 -n > "$LINUX_OUT/initramfs.cpio.gz"
echo "initramfs: $LINUX_OUT/initramfs.cpio.gz ($(stat -c %s "$LINUX_OUT/initramfs.cpio.gz") bytes)"
