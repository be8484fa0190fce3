#!/usr/bin/env bash
# Generates 200 feeds × 50 items with ../shared/bench/gen_feeds.py, serves them on 127.0.0.1
# with a threaded static server, and runs refresh_bench over their OPML.
#
#   [HOSTS=N] tests/benchmarks/run-refresh-bench.sh BUILD_DIR
#
# HOSTS=N (default 1) serves the same files on 127.0.0.1 … 127.0.0.N and spreads the feeds
# over them round-robin, to model many sites: the network layer allows 2 connections per
# host and 8 in total, so with one host only 2 feeds are ever fetched at once.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/bench}
shared=$root/../shared/bench
work=$(mktemp -d)
port=${PORT:-18766}
hosts=${HOSTS:-1}
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT

python3 "$shared/gen_feeds.py" --out "$work/multi" --feeds 200 --items 50 --body-bytes 2000 --format mixed \
    --base-url "http://127.0.0.1:$port/multi" --opml "$work/multi.opml" >/dev/null
python3 - "$work/multi.opml" "$hosts" <<'PY'
import re, sys
path, hosts = sys.argv[1], int(sys.argv[2])
text = open(path, encoding="utf-8").read()
count = iter(range(10**6))
text = re.sub(r"//127\.0\.0\.1:", lambda m: "//127.0.0.%d:" % (next(count) % hosts + 1), text)
open(path, "w", encoding="utf-8").write(text)
PY
(cd "$work" && exec python3 -c "
import http.server, socketserver, threading
class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    request_queue_size = 64
class Quiet(http.server.SimpleHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    def log_message(self, *args): pass
servers = [Server(('127.0.0.%d' % (i + 1), $port), Quiet) for i in range($hosts)]
for s in servers[1:]:
    threading.Thread(target=s.serve_forever, daemon=True).start()
servers[0].serve_forever()
") &
server=$!
sleep 0.5
du -sh "$work/multi" | sed 's/^/feeds: /'
echo "hosts: $hosts"
"$build/tests/benchmarks/refresh_bench" --opml "$work/multi.opml"
