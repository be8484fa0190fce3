#!/usr/bin/env bash
# Sync benchmark (docs/performance.md, "Sync"): a real FreshRSS (../shared/freshrss-local) seeded
# with 10,000 articles in four WordPress-style feeds, then sync_bench (first sync, an incremental
# sync with 200 changes each way, the GUI thread's longest stall).
#   tests/benchmarks/run-sync-bench.sh build/ci [items]
# SYNC_BENCH_KEEP=1 leaves the server running and seeded; the next run with SYNC_BENCH_KEEP=1
# uses it again instead of seeding 10,000 articles anew (FreshRSS takes minutes for that).
set -euo pipefail
build=${1:?build directory}
items=${2:-10000}
root=$(cd "$(dirname "$0")/../.." && pwd)
shared="$root/../shared/freshrss-local"
state="$(cd "$build" && pwd)/sync-bench-state"
feeds="$state-feeds"
export FR_PORT=${FR_PORT:-8221} FR_FEEDS_PORT=${FR_FEEDS_PORT:-8222} FR_STATE_DIR="$state" FR_FEEDS_DIR="$feeds"
keep=${SYNC_BENCH_KEEP:-0}
reuse=0
if [ "$keep" = 1 ] && [ -s "$build/sync-bench.env" ] && [ -f "$state/.seeded" ] &&
   curl -sf -o /dev/null "http://127.0.0.1:$FR_PORT/api/greader.php"; then
  reuse=1
fi
if [ $reuse = 0 ]; then
rm -rf "$feeds"; mkdir -p "$feeds"
per=$((items / 4))
python3 - "$feeds" "$per" "$FR_FEEDS_PORT" <<'PY'
import sys, datetime
out, per, port = sys.argv[1], int(sys.argv[2]), sys.argv[3]
base = f"http://127.0.0.1:{port}"
for f in range(4):
    parts = [f'<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
             f' xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Bench {f}</title><link>{base}/b{f}/</link>']
    for i in range(per):
        d = (datetime.datetime(2026, 1, 1) - datetime.timedelta(minutes=i)).strftime('%a, %d %b %Y %H:%M:%S +0000')
        body = (f'<figure class="wp-caption"><img src="{base}/img/{i}.jpg" width="640" height="360" alt="Picture {i}">'
                f'<figcaption>Caption {i}. <em>Photo: Staff</em></figcaption></figure>'
                + ''.join(f'<p>Paragraph {p} of article {i} in feed {f}: harbour, market, council, weather.</p>' for p in range(6)))
        parts.append(f'<item><title>Bench {f} article {i}</title><link>{base}/b{f}/{i}</link><guid>b{f}-{i}</guid>'
                     f'<pubDate>{d}</pubDate><dc:creator>Writer {i % 7}</dc:creator><category>Cat {i % 5}</category>'
                     f'<content:encoded><![CDATA[{body}]]></content:encoded></item>')
    parts.append('</channel></rss>')
    open(f'{out}/bench-{f}.xml', 'w').write(''.join(parts))
PY
start=$(date +%s.%N)
FR_RESET=1 "$shared/start.sh" > "$build/sync-bench.env"
echo "server: install + fetch and store $items articles: $(echo "$(date +%s.%N) - $start" | bc) s" >&2
else
echo "server: reused (seeded before)" >&2
fi
set -a; . "$build/sync-bench.env"; set +a
status=0
"$build/tests/benchmarks/sync_bench" || status=$?
[ "$keep" = 1 ] || "$shared/stop.sh" > /dev/null
exit $status
