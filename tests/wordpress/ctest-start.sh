#!/usr/bin/env bash
# ctest fixture "wordpress" (setup): starts the real WordPress of this folder on 127.0.0.1 from a
# clean state (WP_RESET=1, flood control off) and copies its variables (WPLOCAL_URL, post ids, …)
# to $BROADSHEET_WORDPRESS_ENV for the tests that require the fixture.
#
# It needs root for apt-get and /etc/wordpress (CI runs as root), or password-less sudo.
# Without either it exits 77, which ctest reports as skipped, with the reason below.
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
: "${BROADSHEET_WORDPRESS_ENV:?set by CMake: where to write the variables}"
: "${WP_STATE_DIR:?set by CMake: the state directory}"
: "${WP_PORT:=8089}"
rm -f -- "$BROADSHEET_WORDPRESS_ENV"

run=()
if [ "$(id -u)" != 0 ]; then
  if command -v sudo > /dev/null 2>&1 && sudo -n true 2> /dev/null; then
    run=(sudo -n)
  else
    echo "SKIP: the real WordPress needs root (apt-get install, /etc/wordpress) or password-less sudo;" \
         "run the tests as root (as CI does) to include the WordPress end-to-end tests." >&2
    exit 77
  fi
fi
if ! command -v apt-get > /dev/null 2>&1 && ! command -v php > /dev/null 2>&1; then
  echo "SKIP: no apt-get to install WordPress, PHP and MariaDB from Debian's packages (and no php found)." >&2
  exit 77
fi

out=$("${run[@]}" env WP_RESET=1 WP_FLOOD_SECONDS=0 WP_COMMENT_MODERATION=auto \
      WP_PORT="$WP_PORT" WP_STATE_DIR="$WP_STATE_DIR" "$HERE/start.sh")
status=$?
if [ $status != 0 ]; then
  echo "wordpress_start: start.sh failed with status $status (see the messages above;" \
       "apt log: /tmp/wordpress-local-apt.log, server logs: $WP_STATE_DIR/log/)" >&2
  exit 1
fi
printf '%s\n' "$out" > "$BROADSHEET_WORDPRESS_ENV"
printf '%s\n' "$out"
grep -q '^WPLOCAL_URL=' "$BROADSHEET_WORDPRESS_ENV" || { echo "wordpress_start: no WPLOCAL_URL in start.sh's output" >&2; exit 1; }
