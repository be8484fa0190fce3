#!/usr/bin/env bash
# ctest fixture "freshrss" (cleanup): stops what ctest-start.sh started (the state directory stays;
# the next start resets it). A skipped start leaves nothing to stop.
set -uo pipefail
: "${FR_STATE_DIR:?set by CMake: the state directory}"
: "${BROADSHEET_FRESHRSS_DIR:?set by CMake}"
rm -f -- "${BROADSHEET_FRESHRSS_ENV:-/nonexistent}"
[ -d "$FR_STATE_DIR/run" ] || { echo "freshrss_stop: nothing to stop ($FR_STATE_DIR/run does not exist)"; exit 0; }
"$BROADSHEET_FRESHRSS_DIR/stop.sh"
