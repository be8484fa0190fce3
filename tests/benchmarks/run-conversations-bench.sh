#!/usr/bin/env bash
# Checks 500 followed threads against broadsheet-test-server on loopback.
#   tests/benchmarks/run-conversations-bench.sh build/ci [threads]
set -euo pipefail
build=${1:-build/ci}
threads=${2:-500}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
state=$(mktemp -d)
out=$(mktemp)
"$build/tests/server/broadsheet-test-server" --data "$here/../data/server" --state "$state" --port 0 > "$out" &
server=$!
trap 'kill $server; rm -rf "$state" "$out"' EXIT
for _ in $(seq 50); do grep -q LISTENING "$out" && break; sleep 0.1; done
port=$(awk '/LISTENING/ {print $2}' "$out")
"$build/tests/benchmarks/conversations_bench" "http://127.0.0.1:$port/" "$threads"
