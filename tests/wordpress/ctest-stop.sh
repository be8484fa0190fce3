#!/usr/bin/env bash
# ctest fixture "wordpress" (cleanup): stops what ctest-start.sh started. The state directory
# stays (the next start resets it); a skipped start leaves nothing to stop.
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
: "${WP_STATE_DIR:?set by CMake: the state directory}"
rm -f -- "${BROADSHEET_WORDPRESS_ENV:-/nonexistent}"
[ -d "$WP_STATE_DIR/run" ] || { echo "wordpress_stop: nothing to stop ($WP_STATE_DIR/run does not exist)"; exit 0; }
run=()
[ "$(id -u)" = 0 ] || run=(sudo -n)
"${run[@]}" env WP_STATE_DIR="$WP_STATE_DIR" "$HERE/stop.sh"
