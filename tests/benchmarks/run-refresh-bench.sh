#!/usr/bin/env bash
# Generates 200 feeds × 50 items with ../shared/bench/gen_feeds.py, serves them on 127.0.0.1
# with a threaded static server, and runs refresh_bench over their OPML.
#
#   tests/benchmarks/run-refresh-bench.sh BUILD_DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/bench}
shared=$root/../shared/bench
work=$(mktemp -d)
port=${PORT:-18766}
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT

python3 "$shared/gen_feeds.py" --out "$work/multi" --feeds 200 --items 50 --body-bytes 2000 --format mixed \
    --base-url "http://127.0.0.1:$port/multi" --opml "$work/multi.opml" >/dev/null
(cd "$work" && exec python3 -c "
import http.server, socketserver, sys
class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    request_queue_size = 64
class Quiet(http.server.SimpleHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    def log_message(self, *args): pass
Server(('127.0.0.1', $port), Quiet).serve_forever()
") &
server=$!
sleep 0.5
du -sh "$work/multi" | sed 's/^/feeds: /'
"$build/tests/benchmarks/refresh_bench" --opml "$work/multi.opml"
