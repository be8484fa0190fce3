#!/bin/bash
# packaging/screenshots/take-screenshots.sh [BROADSHEET_SHOT_BINARY]
#
# Takes the screenshots the AppStream metainfo and the README show, and the review set in
# docs/screenshots, from the real main window on a virtual X display (xvfb-run): a fresh
# temporary profile, the built-in sample site, and the window as a new user first sees it
# (90 % of the screen), saved by broadsheet-shot (tests/tools), which drives the app's own
# window with options the shipped app does not have.
#
# packaging/screenshots (1280×720 screen, light):
#   main-window.png     the photo story scrolled to its picture's caption and credit
#   comments.png        a thread with the reply form open under a comment
#   main-window-vi.png  the photo story with the interface in Vietnamese (for the README)
# docs/screenshots: every view × screen × palette × language, named
#   VIEW-WIDTHxHEIGHT-PALETTE-LANG.png, VIEW one of first-start, photo-story, reply.
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

# shoot TARGET SCREEN PALETTE LANGUAGE broadsheet-shot OPTIONS...
shoot() {
    local target=$1 screen=$2 palette=$3 language=$4
    shift 4
    local profile="$work/profile-$RANDOM-$RANDOM"
    local locale=C.UTF-8
    [ "$language" = vi ] && locale=vi_VN.UTF-8
    mkdir -p "$profile"
    printf '[app]\nlanguage=%s\n' "$language" >"$profile/settings.ini"
    rm -f "$target"
    echo "== $(basename "$target")"
    # A fresh X server per shot, of the screen's size.
    env -u QT_QPA_PLATFORM -u WAYLAND_DISPLAY \
        LANG="$locale" LC_ALL="$locale" LANGUAGE="$language" QT_QPA_PLATFORM=xcb \
        timeout 120 xvfb-run --auto-servernum --server-args="-screen 0 ${screen}x24 -dpi 96" \
        "$app" --profile "$profile" --palette "$palette" --screenshot "$target" "$@"
    if [ ! -s "$target" ] || ! head -c 8 "$target" | od -An -tx1 | grep -q '89 50 4e 47 0d 0a 1a 0a'; then
        echo "take-screenshots: $target was not written as a PNG" >&2
        exit 1
    fi
}

photo=(--select-article "harbour market" --show-text "Photo: Lena Brandt")
reply=(--select-article "harbour market" --reply-to "Ana Ferreira")
shoot "$here/main-window.png" 1280x720 light en "${photo[@]}"
shoot "$here/comments.png" 1280x720 light en "${reply[@]}"
shoot "$here/main-window-vi.png" 1280x720 light vi "${photo[@]}"

docs="$root/docs/screenshots"
mkdir -p "$docs"
for screen in 1280x720 1920x1080; do
    for palette in light dark; do
        for language in en vi; do
            suffix="$screen-$palette-$language.png"
            shoot "$docs/first-start-$suffix" "$screen" "$palette" "$language" --no-article
            shoot "$docs/photo-story-$suffix" "$screen" "$palette" "$language" "${photo[@]}"
            shoot "$docs/reply-$suffix" "$screen" "$palette" "$language" "${reply[@]}"
        done
    done
done

echo "done; look at every picture, then commit packaging/screenshots/*.png and docs/screenshots/*.png"
