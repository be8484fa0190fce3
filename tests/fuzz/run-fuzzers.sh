#!/usr/bin/env bash
# Builds the libFuzzer targets with the `fuzz` preset (clang-14, ASan+UBSan, coverage) into
# build/fuzz and runs each for FUZZ_SECONDS (default 60) on a copy of its seed corpus.
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
failed=()
for target in "${targets[@]}"; do
    name="${target#fuzz_}"
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
    cp -r "$root/tests/fuzz/corpus/$name/." "$work/"
    dict=()
    if [ -f "$root/tests/fuzz/$name.dict" ]; then
        dict=(-dict="$root/tests/fuzz/$name.dict")
    fi
    echo "== $target: ${seconds}s"
    if ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1" \
       UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1" \
       "$build/tests/fuzz/$target" "$work" "${dict[@]}" \
           -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 -max_len=65536 \
           -detect_leaks=1 -print_final_stats=1 -artifact_prefix="$artifacts/$target-" \
           > "$artifacts/$target.log" 2>&1; then
        grep -E "^stat::number_of_executed_units|^#[0-9]+.*DONE" "$artifacts/$target.log" | tail -2 || true
    else
        echo "run-fuzzers: $target FAILED; log and reproducer in $artifacts/ (last lines below)" >&2
        tail -40 "$artifacts/$target.log" >&2
        failed+=("$target")
    fi
    rm -rf "$work"
    trap - EXIT
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "run-fuzzers: failed: ${failed[*]}" >&2
    exit 1
fi
echo "run-fuzzers: ${targets[*]}: no crash, leak or timeout in ${seconds}s each"
