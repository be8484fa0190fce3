#!/bin/sh
# Runs a test with a real notification server: Debian's dunst on a private X display (Xvfb)
# and a private D-Bus session (dbus-run-session). The test reads it back with dunstctl.
# Exits 77 (skipped) with the reason when one of them is not installed.
set -u
for tool in dbus-run-session dbus-send Xvfb dunst dunstctl; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (scripts/packages-test.txt: dbus, xvfb, dunst)"
        exit 77
    fi
done
if [ "${1:-}" != "--inside" ]; then
    exec dbus-run-session -- "$0" --inside "$@"
fi
shift
work=$(mktemp -d)
xvfb=
dunst=
# shellcheck disable=SC2317 # run by the EXIT trap
cleanup() {
    # shellcheck disable=SC2086 # empty when not started
    kill $dunst $xvfb 2>/dev/null
    wait 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
Xvfb -displayfd 3 -screen 0 1280x720x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb=$!
i=0
while [ ! -s "$work/display" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
if [ ! -s "$work/display" ]; then
    echo "SKIP: Xvfb did not start: $(cat "$work/xvfb.log")"
    exit 77
fi
DISPLAY=":$(cat "$work/display")"
export DISPLAY
# Notifications stay until the test acts on them or closes them.
printf '[global]\n    idle_threshold = 0\n[urgency_low]\n    timeout = 0\n[urgency_normal]\n    timeout = 0\n' \
    >"$work/dunstrc"
dunst -config "$work/dunstrc" >"$work/dunst.log" 2>&1 &
dunst=$!
i=0
# Asked without activating it (that would start a second dunst, without the display).
owned() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null | grep -q true
}
until owned || [ $i -ge 100 ]; do sleep 0.1; i=$((i + 1)); done
if ! owned; then
    echo "SKIP: dunst did not start: $(cat "$work/dunst.log")"
    exit 77
fi
BROADSHEET_DUNST=1 "$@"
rc=$?
[ $rc -eq 0 ] || cat "$work/dunst.log"
exit $rc
