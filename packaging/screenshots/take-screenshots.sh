#!/bin/bash
# packaging/screenshots/take-screenshots.sh [BROADSHEET_SHOT_BINARY]
#
# Takes the screenshots the AppStream metainfo and the README show, from the real main window
# on a virtual X display (xvfb-run): a fresh temporary profile, the built-in sample site, one
# article selected, and the window saved by broadsheet-shot (tests/tools), which drives the
# app's own window with the options the shipped app does not have.
#
#   main-window.png     the photo story scrolled to its picture's caption and credit
#   comments.png        an article with its comments and the reply form
#   main-window-vi.png  the photo story with the interface in Vietnamese (for the README)
#
# The binary defaults to the first one found in build/{dev,ci,release,packaging}
# (cmake --build build/dev --target broadsheet-shot). Needs
# xvfb-run (Debian: xvfb, xauth). Commit the PNGs it writes next to this script.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

app=${1:-}
if [ -z "$app" ]; then
    for dir in dev ci release packaging; do
        if [ -x "$root/build/$dir/tests/tools/broadsheet-shot" ]; then
            app="$root/build/$dir/tests/tools/broadsheet-shot"
            break
        fi
    done
fi
if [ -z "$app" ] || [ ! -x "$app" ]; then
    echo "take-screenshots: no broadsheet-shot binary found; build it first or pass its path" >&2
    exit 1
fi
if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "take-screenshots: xvfb-run not found. Install it with:  sudo apt-get install xvfb xauth" >&2
    exit 1
fi
echo "app: $app"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# shoot OUTPUT TITLE_SUBSTRING LANGUAGE [MORE broadsheet-shot OPTIONS...]
shoot() {
    local output=$1 title=$2 language=$3
    shift 3
    local profile="$work/profile-$language"
    local target="$here/$output"
    local locale=C.UTF-8
    [ "$language" = vi ] && locale=vi_VN.UTF-8
    mkdir -p "$profile"
    rm -f "$target"
    echo "== $output: '$title' ($language)"
    # A fresh X server per shot, big enough for a comfortable window.
    env -u QT_QPA_PLATFORM -u WAYLAND_DISPLAY \
        LANG="$locale" LC_ALL="$locale" LANGUAGE="$language" QT_QPA_PLATFORM=xcb \
        timeout 120 xvfb-run --auto-servernum --server-args="-screen 0 1600x1000x24 -dpi 96" \
        "$app" --profile "$profile" --select-article "$title" --screenshot "$target" "$@"
    if [ ! -s "$target" ] || ! head -c 8 "$target" | od -An -tx1 | grep -q '89 50 4e 47 0d 0a 1a 0a'; then
        echo "take-screenshots: $target was not written as a PNG" >&2
        exit 1
    fi
    local size
    size=$(head -c 24 "$target" | od -An -tu1 -v | tr -s ' \n' ' ' |
        awk '{printf "%dx%d", ($17*16777216)+($18*65536)+($19*256)+$20, ($21*16777216)+($22*65536)+($23*256)+$24}')
    echo "   wrote $target ($size)"
}

# --show-text scrolls the viewer so the credit line (and the caption above it) is in view.
shoot main-window.png "harbour market" en --show-text "Photo: Lena Brandt"
shoot comments.png "How commenting works" en
shoot main-window-vi.png "harbour market" vi --show-text "Photo: Lena Brandt"

echo "done; check the pictures, then commit packaging/screenshots/*.png"
