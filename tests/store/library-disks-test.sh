#!/bin/bash
# A read-only library folder and a full disk, on a real (small, private) file system: the app
# and the CLI start, the reader is told in plain words, and nothing is lost.
#   library-disks-test.sh BROADSHEET_CLI BROADSHEET_APP
# Needs a private mount namespace (root, or an unprivileged user namespace); exits 77 (skipped)
# where there is none.
set -u
cli=$1
app=$2

if [ "${LIBRARY_DISKS_INSIDE:-}" != 1 ]; then
    for how in "unshare --mount" "unshare --user --map-root-user --mount"; do
        if $how true 2>/dev/null; then
            LIBRARY_DISKS_INSIDE=1 exec $how bash "$0" "$@"
        fi
    done
    echo "SKIP: no private mount namespace here (needs root or unprivileged user namespaces)"
    exit 77
fi

work=$(mktemp -d)
trap 'umount "$work" 2>/dev/null; rm -rf "$work"' EXIT
if ! mount -t tmpfs -o size=6m tmpfs "$work" 2>/dev/null; then
    echo "SKIP: cannot mount a tmpfs in this namespace"
    exit 77
fi
export QT_QPA_PLATFORM=offscreen
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# --- A read-only folder -------------------------------------------------------------------
profile="$work/readonly"
"$cli" --profile "$profile" refresh > /dev/null || fail "the first refresh failed"
before=$("$cli" --profile "$profile" articles | wc -l)
[ "$before" -gt 0 ] || fail "no articles before the folder became read-only"
mount -o remount,ro "$work"
after=$("$cli" --profile "$profile" articles 2> "$work.err" | wc -l)
[ "$after" = "$before" ] || fail "read-only: $after articles listed instead of $before"
grep -q "cannot be written" "$work.err" || fail "read-only: the CLI did not say so: $(cat "$work.err")"
grep -qi "sql\|database" "$work.err" && fail "read-only: SQL words reached the reader: $(cat "$work.err")"
"$cli" --profile "$profile" check > "$work.out" 2>&1
grep -q "healthy" "$work.out" || fail "read-only: check did not find the library healthy: $(cat "$work.out")"
"$app" --profile "$profile" --quit-after-load > /dev/null 2> "$work.err"
grep -q "cannot be written" "$work.err" || fail "read-only: the app did not start and say so: $(cat "$work.err")"
mount -o remount,rw "$work"
echo "read-only folder: $after articles readable, the reader told"

# --- A full disk --------------------------------------------------------------------------
# Nearly full: the library opens, the articles of a refresh do not fit.
reader="$work/reader"
"$cli" --profile "$reader" refresh > /dev/null || fail "cannot fill the reader's library"
profile="$work/full"
"$cli" --profile "$profile" export-opml - > /dev/null || fail "cannot create the second library"
dd if=/dev/zero of="$work/spare" bs=16k count=10 2> /dev/null
dd if=/dev/zero of="$work/filler" bs=64k 2> /dev/null
rm -f "$work/spare"
"$cli" --profile "$profile" refresh > "$work.out" 2> "$work.err"
status=$?
[ $status -ne 0 ] || fail "full disk: the refresh said it succeeded"
grep -q "The disk is full: 1 site could not be saved. Free some space; nothing was lost." "$work.err" ||
    fail "full disk: no plain message: $(cat "$work.err")"
[ "$(cat "$work.out" "$work.err" | grep -c "disk is full")" = 1 ] ||
    fail "full disk: said more than once: $(cat "$work.out" "$work.err")"
grep -qi "unable to commit\|sql" "$work.out" "$work.err" && fail "full disk: SQL words reached the reader"
# Completely full: not even SQLite's own files fit; the articles can still be read.
dd if=/dev/zero of="$work/filler2" bs=4k 2> /dev/null
readable=$("$cli" --profile "$reader" articles 2> "$work.err" | wc -l)
[ "$readable" -ge 1 ] || fail "completely full disk: the articles could not be read: $(cat "$work.err")"
grep -q "disk of your library is full" "$work.err" || fail "completely full disk: not said: $(cat "$work.err")"
"$app" --profile "$reader" --quit-after-load > /dev/null 2> "$work.err"
grep -q "disk of your library is full" "$work.err" || fail "completely full disk: the app did not start and say so: $(cat "$work.err")"
rm -f "$work/filler" "$work/filler2"
"$cli" --profile "$profile" check > "$work.out" 2>&1 || fail "full disk: the library is not healthy: $(cat "$work.out")"
"$cli" --profile "$profile" refresh > "$work.out" 2>&1 || fail "full disk: the refresh after freeing space failed: $(cat "$work.out")"
[ "$("$cli" --profile "$profile" articles | wc -l)" -gt 0 ] || fail "full disk: no articles after freeing space"
echo "full disk: said once, readable when completely full, nothing lost, the next refresh stores"

exit $((failures > 0))
