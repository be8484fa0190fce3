#!/usr/bin/env bash
# Start-up benchmark: a library of N articles (default 100,000, made by library_bench), then
# the app's main window started RUNS times (default 5) by broadsheet-shot --benchmark-startup
# (tests/tools: the same start-up as the app, without its single-instance check) until the
# article list first paints rows. Prints the time from exec to first paint as measured from
# main(), the wall time measured here from spawn to that line, and the resident memory then.
#
#   tests/benchmarks/startup_bench.sh [BUILD_DIR] [ARTICLES] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/bench}
articles=${2:-100000}
runs=${3:-5}
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$build/tests/benchmarks/library_bench" --articles "$articles" --keep "$profile" | head -1
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
for i in $(seq "$runs"); do
    begin=$(date +%s%N)
    line=$("$build/tests/tools/broadsheet-shot" --profile "$profile" --benchmark-startup 2>/dev/null | grep first-paint)
    end=$(date +%s%N)
    echo "run $i: $line wall-ms $(((end - begin) / 1000000))"
done
