#!/bin/bash
# Regenerates the committed hicolor PNGs of the app icon from its SVG sources.
# Needs rsvg-convert (Debian: librsvg2-bin). The 16 and 22 px sizes come from a variant
# drawn on a 16 px grid so they stay sharp; every other size comes from the main SVG.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
id=io.github.broadsheet.Broadsheet
command -v rsvg-convert >/dev/null || { echo "rsvg-convert not found: sudo apt-get install librsvg2-bin" >&2; exit 1; }
for size in 16 22 24 32 48 64 128 256 512; do
    source="$here/app/$id.svg"
    if [ "$size" -le 22 ]; then
        source="$here/app/$id-small.svg"
    fi
    out="$here/app/hicolor/${size}x${size}/apps/$id.png"
    mkdir -p "$(dirname "$out")"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$source" --output "$out"
    echo "$out"
done
