# Shared by scripts/test: the clang-format and clang-tidy checks.
# shellcheck shell=bash
#
# Run one on its own from the top of the tree:
#   bash -c '. scripts/lib/common.sh; . scripts/lib/lint.sh; check_format'
#   bash -c '. scripts/lib/common.sh; . scripts/lib/lint.sh; check_tidy build/ci'

# The C++ sources the checks cover: ours (with the precompiled headers in cmake/), not test
# data or fuzzing corpora.
lint_sources() {
    find app ui tests cmake \( -path tests/data -o -path tests/fuzz/corpus \) -prune -o \
        -type f \( -name '*.cpp' -o -name '*.h' \) -print | LC_ALL=C sort
}

first_tool() {
    local tool
    for tool in "$@"; do
        if command -v "$tool" >/dev/null 2>&1; then
            echo "$tool"
            return 0
        fi
    done
    return 1
}

# clang-format (.clang-format at the top): lists every file that is not formatted; status 1
# when there is one. With --fix, formats them instead.
check_format() {
    local format unformatted=()
    format=$(first_tool clang-format-14 clang-format) || die "clang-format not found (Debian: clang-format-14)"
    if [ "${1:-}" = --fix ]; then
        lint_sources | xargs "$format" -i --style=file
        return 0
    fi
    # One run over every file; --dry-run names each place that differs ("FILE:LINE:COL: warning").
    local report
    report=$(lint_sources | xargs "$format" --style=file --dry-run 2>&1) || {
        printf '%s\n' "$report" >&2
        die "$format failed"
    }
    mapfile -t unformatted < <(sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: \(warning\|error\): .*/\1/p' <<<"$report" |
        LC_ALL=C sort -u)
    if [ ${#unformatted[@]} -gt 0 ]; then
        printf 'error: %d file(s) are not formatted as .clang-format says:\n' "${#unformatted[@]}" >&2
        printf '    %s\n' "${unformatted[@]}" >&2
        printf 'Format them with:  %s -i --style=file FILE...\n' "$format" >&2
        return 1
    fi
    say "clang-format: $(lint_sources | wc -l) files formatted"
}

# clang-tidy (.clang-tidy at the top) over the core's translation units (app/), with the
# compile commands of the given build; status 1 when it finds anything.
check_tidy() {
    local build=$1 tidy runner
    tidy=$(first_tool clang-tidy-14 clang-tidy) || die "clang-tidy not found (Debian: clang-tidy-14)"
    runner=$(first_tool run-clang-tidy-14 run-clang-tidy) || die "run-clang-tidy not found (Debian: clang-tidy-14)"
    [ -f "$build/compile_commands.json" ] || die "no $build/compile_commands.json: configure with the ci preset first"
    # The build uses GCC: clang does not know some of its warning flags, and -Werror must not
    # turn those into errors (the checks' own findings are errors through .clang-tidy).
    # The build's precompiled headers are GCC's: clang cannot read them, and every file must
    # include what it uses anyway, so clang-tidy gets the compile commands without them.
    local db="$build/clang-tidy-db"
    mkdir -p "$db"
    sed -E -e 's# -include [^ "]*cmake_pch\.hxx##g' -e 's# -Winvalid-pch##g' \
        "$build/compile_commands.json" >"$db/compile_commands.json"
    local status=0
    "$runner" -quiet -clang-tidy-binary "$(command -v "$tidy")" -p "$db" -j "$(jobs)" \
        -extra-arg=-Wno-unknown-warning-option -extra-arg=-Wno-error \
        "^$(pwd)/app/" >"$build/clang-tidy.raw" 2>&1 || status=$?
    sed 's/\x1b\[[0-9;]*m//g' "$build/clang-tidy.raw" >"$build/clang-tidy.log" # no colours
    if [ $status -ne 0 ] || grep -qE '(warning|error): ' "$build/clang-tidy.log"; then
        grep -E -A3 '(warning|error): ' "$build/clang-tidy.log" >&2 || tail -n 30 "$build/clang-tidy.log" >&2
        printf 'error: clang-tidy found problems in app/ (all of it: %s)\n' "$build/clang-tidy.log" >&2
        return 1
    fi
    say "clang-tidy: app/ is clean"
}
