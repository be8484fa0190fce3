#!/usr/bin/env bash
# Runs a test in a private D-Bus session with its own unlocked GNOME keyring (in a temporary
# home), so that broadsheet-cli keeps account passwords in a real system keychain (QtKeychain,
# Secret Service) exactly as on a desktop, and never in the tester's own keyring.
# Without dbus-run-session or gnome-keyring-daemon: exit 77 (skipped), saying why.
set -uo pipefail
for tool in dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" > /dev/null 2>&1 || {
    echo "SKIP: $tool is missing (packages dbus and gnome-keyring, scripts/packages-test.txt)." >&2
    exit 77
  }
done
home=$(mktemp -d /tmp/broadsheet-keyring.XXXXXX)
trap 'rm -rf -- "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache"
export XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- bash -c '
  eval "$(printf %s keyring-test-password | gnome-keyring-daemon --unlock --components=secrets 2> /dev/null |
         sed -n "s/^\(GNOME_KEYRING_[A-Z_]*\)=\(.*\)/export \1=\2/p")"
  exec "$@"' keyring "$@"
