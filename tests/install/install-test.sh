#!/bin/bash
# tests/install/install-test.sh — proves the packages install and work on this machine.
#
#   tests/install/install-test.sh                  build both packages with scripts/package, then test
#   tests/install/install-test.sh DEB [RPM]        test packages that are already built
#   BROADSHEET_PACKAGE_BUILD_DIR=build/ci tests/install/install-test.sh
#                                                  package the build CI just made (no second build)
#
# It runs lintian on the .deb, installs it with apt-get, checks the installed files, runs the
# installed app (--version, and a headless start on a fresh profile that loads the sample site
# and quits), validates the installed desktop entry and metainfo, removes the package again,
# and checks the .rpm's metadata and file list. It needs root (or sudo) for apt-get.
# Exit status: 0 when every check passed, 1 otherwise.
set -uo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
app_id=io.github.broadsheet.Broadsheet
icon_sizes=(16 22 24 32 48 64 128 256 512)
failures=0
installed_by_us=0

step() { printf '\n== %s\n' "$*"; }
pass() { echo "ok: $*"; }
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
check() {
    local what=$1
    shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "install-test: root is needed to install packages (run as root or install sudo)" >&2
        return 1
    fi
}

cleanup() {
    if [ "$installed_by_us" -eq 1 ]; then
        echo "cleanup: removing the broadsheet package"
        as_root apt-get remove -y broadsheet >/dev/null 2>&1 || true
    fi
    [ -n "${work:-}" ] && rm -rf "$work"
}
trap cleanup EXIT

work=$(mktemp -d)
version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' "$root/CMakeLists.txt" | head -n1)

# --- the packages -------------------------------------------------------------------------
deb=${1:-}
rpm_file=${2:-}
if [ -z "$deb" ]; then
    step "build the packages (scripts/package)"
    out_dir="$root/build/packages"
    rm -f "$out_dir"/broadsheet_*.deb "$out_dir"/broadsheet-*.rpm
    if ! BROADSHEET_PACKAGE_DIR="$out_dir" "$root/scripts/package"; then
        echo "FAIL: scripts/package failed" >&2
        exit 1
    fi
    deb=$(ls "$out_dir"/broadsheet_"$version"_*.deb 2>/dev/null | head -n1)
    rpm_file=$(ls "$out_dir"/broadsheet-"$version"-*.rpm 2>/dev/null | head -n1)
fi
if [ ! -f "$deb" ]; then
    echo "FAIL: no .deb found (${deb:-none})" >&2
    exit 1
fi
deb=$(realpath "$deb")
echo "deb: $deb"
echo "rpm: ${rpm_file:-none}"

if dpkg -s broadsheet >/dev/null 2>&1; then
    echo "FAIL: a broadsheet package is already installed; this test installs and removes it." >&2
    echo "      Remove it first:  sudo apt-get remove broadsheet" >&2
    exit 1
fi

# --- the .deb's metadata ------------------------------------------------------------------
step "deb control fields"
dpkg-deb --field "$deb" Package Version Architecture Maintainer Section Depends Homepage | sed 's/^/  /'
check "Package is broadsheet" test "$(dpkg-deb --field "$deb" Package)" = broadsheet
check "Version is $version" test "$(dpkg-deb --field "$deb" Version)" = "$version"
check "Homepage is set" test -n "$(dpkg-deb --field "$deb" Homepage)"
depends=$(dpkg-deb --field "$deb" Depends)
check "Depends come from dpkg-shlibdeps (libqt6widgets6, libc6)" \
    bash -c "grep -q 'libqt6widgets6' <<<'$depends' && grep -q 'libc6' <<<'$depends'"
check "Depends name the Qt SQLite driver" bash -c "grep -q 'libqt6sql6-sqlite' <<<'$depends'"
check "file name is broadsheet_<version>_<arch>.deb" \
    test "$(basename "$deb")" = "broadsheet_${version}_$(dpkg-deb --field "$deb" Architecture).deb"

step "lintian"
if command -v lintian >/dev/null 2>&1; then
    lintian_out=$(lintian --tag-display-limit 0 --display-info "$deb" 2>&1)
    lintian_status=$?
    echo "${lintian_out:-  (no tags)}" | sed 's/^/  /'
    check "lintian reports no errors" test "$lintian_status" -eq 0 -a -z "$(grep '^E:' <<<"$lintian_out")"
else
    fail "lintian is not installed (sudo apt-get install lintian)"
fi

step "appstreamcli validate-tree (the unpacked .deb)"
if command -v appstreamcli >/dev/null 2>&1; then
    mkdir -p "$work/tree"
    dpkg-deb -x "$deb" "$work/tree"
    tree_out=$(appstreamcli validate-tree --no-net "$work/tree" 2>&1)
    tree_status=$?
    echo "$tree_out" | sed 's/^/  /'
    check "metainfo, desktop entry and icons agree" \
        test "$tree_status" -eq 0 -a -z "$(grep -E '^(E|W):' <<<"$tree_out")"
else
    fail "appstreamcli is not installed (sudo apt-get install appstream)"
fi

# --- install -----------------------------------------------------------------------------
step "apt-get install $deb"
if as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$deb"; then
    installed_by_us=1
    pass "installed"
else
    fail "apt-get install failed"
    exit 1
fi

step "installed files (dpkg -L broadsheet)"
files=$(dpkg -L broadsheet)
expect_file() {
    if grep -qx "$1" <<<"$files" && [ -e "$1" ]; then pass "$1"; else fail "missing $1"; fi
}
# What both packages install (the .deb adds Debian's copyright and changelog).
payload=(/usr/bin/broadsheet /usr/bin/broadsheet-cli
         /usr/share/applications/$app_id.desktop /usr/share/metainfo/$app_id.metainfo.xml
         /usr/share/icons/hicolor/scalable/apps/$app_id.svg
         /usr/share/man/man1/broadsheet.1.gz /usr/share/man/man1/broadsheet-cli.1.gz)
for size in "${icon_sizes[@]}"; do
    payload+=(/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png)
done
for file in "${payload[@]}"; do
    expect_file "$file"
done
expect_file /usr/share/doc/broadsheet/copyright
expect_file /usr/share/doc/broadsheet/changelog.gz
# The test tools stay in the build tree; the shipped binaries have no test options.
check "no test tool (broadsheet-shot, draft_typist, …) is installed" \
    test -z "$(grep -E '/(broadsheet-shot|broadsheet-test-server|draft_typist|tst_[a-z_]+)$' <<<"$files")"
check "broadsheet refuses the screenshot option the package must not carry" \
    bash -c "! QT_QPA_PLATFORM=offscreen timeout 30 /usr/bin/broadsheet --profile '$work/refused' --screenshot /dev/null >/dev/null 2>&1"

step "validators on the installed files"
if command -v desktop-file-validate >/dev/null 2>&1; then
    check "desktop-file-validate /usr/share/applications/$app_id.desktop" \
        bash -c "out=\$(desktop-file-validate /usr/share/applications/$app_id.desktop 2>&1) && [ -z \"\$out\" ] || { echo \"\$out\"; false; }"
else
    fail "desktop-file-validate is not installed (sudo apt-get install desktop-file-utils)"
fi
if command -v appstreamcli >/dev/null 2>&1; then
    check "appstreamcli validate --no-net /usr/share/metainfo/$app_id.metainfo.xml" \
        bash -c "out=\$(appstreamcli validate --no-net /usr/share/metainfo/$app_id.metainfo.xml 2>&1); s=\$?; echo \"\$out\" | sed 's/^/  /'; [ \$s -eq 0 ] && ! grep -qE '^(E|W):' <<<\"\$out\""
fi
if command -v man >/dev/null 2>&1; then
    check "man broadsheet renders" bash -c "MANWIDTH=80 man -P cat broadsheet 2>/dev/null | grep -q 'broadsheet'"
    check "man broadsheet-cli renders" bash -c "MANWIDTH=80 man -P cat broadsheet-cli 2>/dev/null | grep -q 'broadsheet-cli'"
fi

# --- run the installed app ------------------------------------------------------------------
step "/usr/bin/broadsheet --version"
gui_version=$(QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/broadsheet --version 2>&1)
gui_status=$?
echo "  $gui_version"
check "broadsheet --version exits 0 and prints $version" \
    test "$gui_status" -eq 0 -a -n "$(grep -F "$version" <<<"$gui_version")"

step "/usr/bin/broadsheet-cli --version"
cli_version=$(timeout 60 /usr/bin/broadsheet-cli --version 2>&1)
cli_status=$?
echo "  $cli_version"
check "broadsheet-cli --version exits 0 and prints $version" \
    test "$cli_status" -eq 0 -a -n "$(grep -F "$version" <<<"$cli_version")"

step "headless start on a fresh profile: broadsheet --profile DIR --quit-after-load"
profile="$work/profile"
mkdir -p "$profile"
start_log="$work/start.log"
QT_QPA_PLATFORM=offscreen timeout 90 /usr/bin/broadsheet --profile "$profile" --quit-after-load >"$start_log" 2>&1
start_status=$?
sed 's/^/  /' "$start_log"
check "the installed app loaded the sample site and quit with status 0 (got $start_status)" test "$start_status" -eq 0
check "the profile holds a library now" test -s "$profile/library.sqlite"

# --- remove --------------------------------------------------------------------------------
step "apt-get remove broadsheet"
if as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y broadsheet; then
    installed_by_us=0
    pass "removed"
else
    fail "apt-get remove failed"
fi
check "/usr/bin/broadsheet is gone" test ! -e /usr/bin/broadsheet
check "the desktop entry is gone" test ! -e /usr/share/applications/$app_id.desktop

# --- the .rpm ------------------------------------------------------------------------------
step "rpm"
if [ -z "$rpm_file" ]; then
    echo "  no .rpm given; skipping the rpm checks"
elif ! command -v rpm >/dev/null 2>&1; then
    fail "rpm is not installed (sudo apt-get install rpm)"
elif [ ! -f "$rpm_file" ]; then
    fail "no .rpm at $rpm_file"
else
    rpm -qip "$rpm_file" 2>/dev/null | sed 's/^/  /'
    check "rpm Name is broadsheet" test "$(rpm -qp --queryformat '%{NAME}' "$rpm_file" 2>/dev/null)" = broadsheet
    check "rpm Version is $version" test "$(rpm -qp --queryformat '%{VERSION}' "$rpm_file" 2>/dev/null)" = "$version"
    check "rpm License is GPL-3.0-or-later" \
        test "$(rpm -qp --queryformat '%{LICENSE}' "$rpm_file" 2>/dev/null)" = GPL-3.0-or-later
    requires=$(rpm -qp --requires "$rpm_file" 2>/dev/null)
    check "rpm requires are found automatically (libQt6Widgets.so.6)" bash -c "grep -q 'libQt6Widgets.so.6' <<<'$requires'"
    rpm_files=$(rpm -qlp "$rpm_file" 2>/dev/null)
    echo "$rpm_files" | sed 's/^/  /'
    expect_rpm_file() {
        if grep -qx "$1" <<<"$rpm_files"; then pass "rpm has $1"; else fail "rpm lacks $1"; fi
    }
    for file in "${payload[@]}"; do
        expect_rpm_file "$file"
    done
    for dir in /usr /usr/bin /usr/share /usr/share/applications /usr/share/icons /usr/share/icons/hicolor; do
        if grep -qx "$dir" <<<"$rpm_files"; then fail "rpm claims the system directory $dir"; fi
    done
fi

echo
if [ "$failures" -gt 0 ]; then
    echo "install test: $failures check(s) FAILED"
    exit 1
fi
echo "install test: all checks passed"
