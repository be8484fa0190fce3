# Shared by scripts/run and scripts/test: printing and installing packages.
# shellcheck shell=bash

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "root is needed to install packages: run as root or install sudo"
    fi
}

# Reads package names from list files (comments and blank lines ignored).
package_list() { sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$@"; }

# Installs whatever is missing from the given list files; does nothing when all are there.
install_packages() {
    local missing=() pkg
    while read -r pkg; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done < <(package_list "$@")
    if [ ${#missing[@]} -eq 0 ]; then
        say "All ${#} package list(s) already installed"
        return 0
    fi
    command -v apt-get >/dev/null 2>&1 || die "apt-get not found: install these packages by hand: ${missing[*]}"
    say "Installing missing packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    # Keep going when a package does not exist on this release (e.g. clang-14 on a newer
    # Ubuntu): install what exists and say what did not.
    local available=() unavailable=()
    for pkg in "${missing[@]}"; do
        if apt-cache show "$pkg" >/dev/null 2>&1; then available+=("$pkg"); else unavailable+=("$pkg"); fi
    done
    [ ${#unavailable[@]} -eq 0 ] || warn "not available on this system: ${unavailable[*]}"
    [ ${#available[@]} -eq 0 ] ||
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${available[@]}"
}

# ccache when available, so rebuilds are quick.
# What ccache needs to cache files built with a precompiled header (cmake/BroadsheetPrecompiled.cmake).
export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
launcher_flags() {
    if command -v ccache >/dev/null 2>&1; then
        echo "-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
    fi
}

jobs() { nproc 2>/dev/null || echo 2; }
