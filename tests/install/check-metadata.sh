#!/bin/bash
# Checks the desktop integration files in the build tree (run by ctest, see packaging/CMakeLists.txt).
#
#   check-metadata.sh desktop FILE.desktop
#   check-metadata.sh metainfo FILE.metainfo.xml
#   check-metadata.sh screenshots FILE.metainfo.xml SCREENSHOT_DIR
#   check-metadata.sh manpage-cli MANPAGE BROADSHEET_CLI
#   check-metadata.sh manpage-gui MANPAGE BROADSHEET
#   check-metadata.sh icons ICON_DIR APP_ID SIZE...
#
# Exit status: 0 passed, 1 failed, 77 skipped (a validator is not installed; scripts/test
# installs them from scripts/packages-test.txt).
set -uo pipefail

mode=${1:?mode}
shift
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

need() {
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "SKIP: $1 is not installed (sudo apt-get install $2)"
        exit 77
    fi
}

# man's own warnings about a page (bad macros, lines that do not fit).
check_man_warnings() {
    local page=$1
    if command -v man >/dev/null 2>&1; then
        local warnings
        warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
        [ -z "$warnings" ] || fail "man reports problems in $page:"$'\n'"$warnings"
    fi
}

# The roff source with escapes undone, for plain-text searches.
man_text() {
    sed -e 's/\\-/-/g' -e 's/\\(em/-/g' -e 's/\\f[BIRP]//g' "$1"
}

case "$mode" in
desktop)
    need desktop-file-validate desktop-file-utils
    file=$1
    echo "desktop-file-validate $file"
    out=$(desktop-file-validate "$file" 2>&1) || fail "desktop-file-validate: $out"
    [ -z "$out" ] || fail "desktop-file-validate reports: $out"
    id=$(basename "$file" .desktop)
    grep -qx "Icon=$id" "$file" || fail "Icon= is not the app id $id"
    grep -qx "Categories=Network;News;Feed;Qt;" "$file" || fail "Categories must be Network;News;Feed;Qt;"
    for type in application/rss+xml application/atom+xml application/rdf+xml x-scheme-handler/feed; do
        grep -q "^MimeType=.*$type;" "$file" || fail "MimeType lacks $type"
    done
    grep -q '^Exec=broadsheet %U$' "$file" || fail "Exec must pass URLs (%U)"
    ;;
metainfo)
    need appstreamcli appstream
    file=$1
    echo "appstreamcli validate --no-net $file"
    out=$(appstreamcli validate --no-net --explain "$file" 2>&1)
    status=$?
    echo "$out"
    [ $status -eq 0 ] || fail "appstreamcli exited with $status"
    if grep -qE '^(E|W):' <<<"$out"; then
        fail "appstreamcli reports errors or warnings"
    fi
    id=$(basename "$file" .metainfo.xml)
    grep -q "<id>$id</id>" "$file" || fail "component id is not $id"
    grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$file" || fail "launchable is not $id.desktop"
    ;;
screenshots)
    file=$1
    dir=$2
    urls=$(grep -o '<image>[^<]*</image>' "$file" | sed -e 's/<[^>]*>//g')
    [ -n "$urls" ] || fail "no screenshots in $file"
    for url in $urls; do
        name=${url##*/}
        if [ ! -s "$dir/$name" ]; then
            fail "screenshot $name is referenced by the metainfo but missing from $dir (run packaging/screenshots/take-screenshots.sh)"
        elif ! head -c 8 "$dir/$name" | od -An -tx1 | grep -q '89 50 4e 47 0d 0a 1a 0a'; then
            fail "$dir/$name is not a PNG"
        else
            echo "ok: $name"
        fi
    done
    ;;
manpage-cli)
    page=$1
    cli=$2
    check_man_warnings "$page"
    help=$("$cli" --help) || fail "$cli --help failed"
    commands=$(awk '/^Commands:/ {on = 1; next} on && /^$/ {on = 0} on && NF {print $1}' <<<"$help")
    [ -n "$commands" ] || fail "no commands found in '$cli --help'"
    text=$(man_text "$page")
    documented=$(sed -n 's/^\.SS "\([a-z-]*\).*/\1/p' <<<"$text")
    for command in $commands; do
        grep -qx "$command" <<<"$documented" || fail "broadsheet-cli $command is not documented in $page"
    done
    for command in $documented; do
        grep -qx "$command" <<<"$commands" || fail "$page documents '$command', which broadsheet-cli does not have"
    done
    # Each command's options, as its --help lists them, are in the page.
    for command in $commands; do
        options=$("$cli" "$command" --help 2>&1 | grep -oE -- '--[a-z][a-z-]+' | sort -u | grep -vx -e '--help' -e '--help-all')
        for option in $options; do
            grep -q -- "$option" <<<"$text" || fail "broadsheet-cli $command $option is not documented in $page"
        done
    done
    echo "documented commands:" $documented
    ;;
manpage-gui)
    page=$1
    gui=$2
    check_man_warnings "$page"
    help=$(QT_QPA_PLATFORM=offscreen timeout 30 "$gui" --help 2>&1)
    status=$?
    [ $status -eq 0 ] || fail "$gui --help exited with $status"
    options=$(grep -oE -- '--[a-z][a-z-]+' <<<"$help" | sort -u | grep -vx -e '--help' -e '--help-all')
    [ -n "$options" ] || fail "no options found in '$gui --help'"
    text=$(man_text "$page")
    for option in $options; do
        grep -q -- "$option" <<<"$text" || fail "broadsheet $option is not documented in $page"
    done
    # And the page documents no option the app does not have.
    for option in $(sed -n 's/^\.[BT]I\{0,1\}[RB]\{0,1\} *\(--[a-z][a-z-]*\).*/\1/p' <<<"$text" | sort -u); do
        [ "$option" = "--help" ] && continue
        grep -qx -- "$option" <<<"$options" || fail "$page documents $option, which broadsheet does not have"
    done
    echo "documented options:" $options
    ;;
icons)
    dir=$1
    id=$2
    shift 2
    svg="$dir/$id.svg"
    [ -s "$svg" ] || fail "missing scalable icon $svg"
    grep -q '<svg' "$svg" || fail "$svg is not an SVG"
    for size in "$@"; do
        png="$dir/hicolor/${size}x${size}/apps/$id.png"
        if [ ! -s "$png" ]; then
            fail "missing $png"
            continue
        fi
        # PNG signature, then the IHDR chunk: width and height as 32-bit big-endian numbers.
        header=$(head -c 24 "$png" | od -An -tu1 -v | tr -s ' \n' ' ')
        read -r -a bytes <<<"$header"
        [ "${bytes[*]:0:8}" = "137 80 78 71 13 10 26 10" ] || { fail "$png is not a PNG"; continue; }
        width=$(((bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19]))
        height=$(((bytes[20] << 24) | (bytes[21] << 16) | (bytes[22] << 8) | bytes[23]))
        [ "$width" -eq "$size" ] && [ "$height" -eq "$size" ] || fail "$png is ${width}x${height}, not ${size}x${size}"
        echo "ok: ${size}x${size}"
    done
    ;;
*)
    echo "unknown mode $mode" >&2
    exit 2
    ;;
esac

if [ $failures -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all checks passed"
