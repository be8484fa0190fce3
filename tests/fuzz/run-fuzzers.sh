#!/usr/bin/env bash
# Builds the libFuzzer targets with the `fuzz` preset (clang-14, ASan+UBSan, coverage) into
# build/fuzz and runs each for FUZZ_SECONDS (default 60) on a copy of its seed corpus,
# as many at once as there are cores (FUZZ_JOBS).
# Fails on any crash, leak, timeout or out-of-memory.
#
#   tests/fuzz/run-fuzzers.sh              # all targets, 60 s each
#   FUZZ_SECONDS=10 tests/fuzz/run-fuzzers.sh fuzz_html
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds="${FUZZ_SECONDS:-60}"
build="$root/build/fuzz"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(fuzz_html fuzz_feed fuzz_opml fuzz_extract)
fi

if ! command -v clang++-14 >/dev/null; then
    echo "run-fuzzers: clang++-14 is missing. Install it with: sudo apt-get install clang-14 libclang-rt-14-dev" >&2
    exit 1
fi

launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
(cd "$root" && cmake --preset fuzz "${launcher[@]}" >/dev/null)
cmake --build "$build" --target "${targets[@]}" -j"$(nproc)"

artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"

# One target on a copy of its seed corpus; its log stays in $artifacts.
run_target() {
    local target=$1 name work status=0
    name="${target#fuzz_}"
    work="$(mktemp -d)"
    cp -r "$root/tests/fuzz/corpus/$name/." "$work/"
    local dict=()
    if [ -f "$root/tests/fuzz/$name.dict" ]; then
        dict=(-dict="$root/tests/fuzz/$name.dict")
    fi
    ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1" \
    UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1" \
        "$build/tests/fuzz/$target" "$work" "${dict[@]}" \
        -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 -max_len=65536 \
        -detect_leaks=1 -print_final_stats=1 -artifact_prefix="$artifacts/$target-" \
        >"$artifacts/$target.log" 2>&1 || status=$?
    rm -rf "$work"
    return $status
}

# As many targets at once as there are cores: each still gets a core for its FUZZ_SECONDS.
parallel="${FUZZ_JOBS:-$(nproc)}"
declare -A pids=()
for target in "${targets[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$parallel" ]; do
        wait -n || true
    done
    echo "== $target: ${seconds}s"
    run_target "$target" &
    pids[$target]=$!
done
failed=()
for target in "${targets[@]}"; do
    if wait "${pids[$target]}"; then
        echo "-- $target: $(grep -E "^#[0-9]+.*DONE" "$artifacts/$target.log" | tail -1 || true)"
    else
        echo "run-fuzzers: $target FAILED; log and reproducer in $artifacts/ (last lines below)" >&2
        tail -40 "$artifacts/$target.log" >&2
        failed+=("$target")
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "run-fuzzers: failed: ${failed[*]}" >&2
    exit 1
fi
echo "run-fuzzers: ${targets[*]}: no crash, leak or timeout in ${seconds}s each"
