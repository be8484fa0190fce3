#!/usr/bin/env bash
# ctest fixture "freshrss" (setup): starts the real FreshRSS of ../shared/freshrss-local (PHP's
# built-in server, SQLite, its Google Reader and Fever APIs) on 127.0.0.1 from a clean state
# (FR_RESET=1) and copies its variables (FRLOCAL_GREADER, FRLOCAL_USER, …) to
# $BROADSHEET_FRESHRSS_ENV for the tests that require the fixture.
# Without ../shared/freshrss-local (a checkout without the shared folder) it exits 77, which
# ctest reports as skipped, with the reason below; the same without php and without root to
# install it.
set -uo pipefail

: "${BROADSHEET_FRESHRSS_ENV:?set by CMake: where to write the variables}"
: "${BROADSHEET_FRESHRSS_DIR:?set by CMake: ../shared/freshrss-local}"
: "${FR_STATE_DIR:?set by CMake: the state directory}"
rm -f -- "$BROADSHEET_FRESHRSS_ENV"

if [ ! -x "$BROADSHEET_FRESHRSS_DIR/start.sh" ]; then
  echo "SKIP: $BROADSHEET_FRESHRSS_DIR/start.sh is not here: the FreshRSS sync tests need the shared" \
       "folder next to the checkout (../shared/freshrss-local)." >&2
  exit 77
fi
if ! command -v php > /dev/null 2>&1 && [ "$(id -u)" != 0 ]; then
  echo "SKIP: no php, and installing it (start.sh runs apt-get) needs root." >&2
  exit 77
fi

out=$(env FR_RESET=1 "$BROADSHEET_FRESHRSS_DIR/start.sh")
status=$?
if [ $status != 0 ]; then
  echo "freshrss_start: start.sh failed with status $status (logs: $FR_STATE_DIR/log/)" >&2
  exit 1
fi
printf '%s\n' "$out" > "$BROADSHEET_FRESHRSS_ENV"
printf '%s\n' "$out"
grep -q '^FRLOCAL_GREADER=' "$BROADSHEET_FRESHRSS_ENV" || { echo "freshrss_start: no FRLOCAL_GREADER" >&2; exit 1; }
