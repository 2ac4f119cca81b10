# common.sh — shared settings for the Linux guest scripts (sourced, not run).
# Everything downloaded or built goes under $LINUX_OUT (default
# <repo>/.local/linux, which .gitignore keeps out of git). Downloads come
# from Debian's archive only, through apt-get with a private state
# directory, so the host's apt configuration is read but never changed.

# shellcheck shell=bash disable=SC2034  # KVER is for the scripts that source this
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LINUX_OUT=${LINUX_OUT:-$REPO/.local/linux}
KVER=6.12
mkdir -p "$LINUX_OUT"

# apt_fetch ARCH PACKAGE: download PACKAGE's .deb for ARCH ("all" for
# architecture-independent packages, read from the host architecture's
# index) into $LINUX_OUT/deb (skipped when a .deb of it is already there);
# prints the .deb's path.
apt_fetch() {
    local arch=$1 pkg=$2 deb index spec
    index=$arch spec=$pkg:$arch
    if [ "$arch" = all ]; then
        index=$(dpkg --print-architecture) spec=$pkg
    fi
    local st=$LINUX_OUT/apt-$index
    deb=$(ls "$LINUX_OUT"/deb/"${pkg}"_*_"$arch".deb 2>/dev/null | head -n1 || true)
    if [ -z "$deb" ]; then
        mkdir -p "$st/lists/partial" "$st/cache/archives/partial" "$LINUX_OUT/deb"
        local opts=(-o "Dir::State::Lists=$st/lists" -o "Dir::Cache=$st/cache"
                    -o "Dir::State::status=/dev/null" -o "APT::Architecture=$index"
                    -o "APT::Architectures::=$index" -o "Debug::NoLocking=1"
                    -o "APT::Sandbox::User=root")
        apt-get -qq "${opts[@]}" update >&2
        (cd "$LINUX_OUT/deb" && apt-get -qq "${opts[@]}" download "$spec" >&2)
        deb=$(ls "$LINUX_OUT"/deb/"${pkg}"_*_"$arch".deb | head -n1)
    fi
    echo "$deb"
}
