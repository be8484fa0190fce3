#!/usr/bin/env bash
# Runs check_reading_page.py on the real AT-SPI bus: a virtual X display (xvfb-run), a private
# D-Bus session in it (dbus-run-session) and the AT-SPI bus that the session starts on demand
# (org.a11y.Bus → at-spi-bus-launcher). Exits 77 (ctest SKIP_RETURN_CODE) with the reason when
# a piece is missing, so the check never passes without having run.
#
#   run-bus-check.sh BROADSHEET_SHOT SAMPLE_FEED --check content|order [--dump]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)

skip() {
    echo "SKIP: $*"
    exit 77
}

# pyatspi is a Debian package (python3-pyatspi) for the system's python3; a python3 earlier
# on PATH (a virtualenv, pyenv) does not see it.
python=
for candidate in /usr/bin/python3 "$(command -v python3 || true)"; do
    if [ -x "$candidate" ] && "$candidate" -c 'import pyatspi' 2>/dev/null; then
        python=$candidate
        break
    fi
done
[ -n "$python" ] || skip "no python3 can import pyatspi (install python3-pyatspi)"
command -v dbus-run-session >/dev/null || skip "dbus-run-session is missing (install dbus)"
command -v xvfb-run >/dev/null || skip "xvfb-run is missing (install xvfb and xauth)"
command -v xauth >/dev/null || skip "xauth is missing (install xauth)"
launcher=
for candidate in /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher; do
    [ -x "$candidate" ] && launcher=$candidate
done
[ -n "$launcher" ] || skip "at-spi-bus-launcher is missing (install at-spi2-core)"

# The app must not inherit the test's offscreen platform, nor a session's buses.
unset QT_QPA_PLATFORM DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS NO_AT_BRIDGE
# The display first: the session bus, the AT-SPI bus launcher and the registry it activates
# inherit DISPLAY (the registry types keys through XTest on it).
exec xvfb-run -a -s "-screen 0 1280x720x24" dbus-run-session -- \
    "$python" "$here/check_reading_page.py" "$@"
