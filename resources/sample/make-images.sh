#!/bin/sh
# Renders the sample site's pictures from their SVG artwork (needs librsvg2-bin).
# The PNGs are committed; run this only after changing the artwork.
set -eu
cd "$(dirname "$0")"
for svg in artwork/*.svg; do
    name=$(basename "$svg" .svg)
    rsvg-convert -w 800 -h 500 "$svg" -o "images/$name.png"
    echo "images/$name.png"
done
