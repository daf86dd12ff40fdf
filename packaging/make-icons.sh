#!/usr/bin/env bash
# Makes every icon file from the one source image, payung.svg. The results are committed, so building the
# installers needs none of these tools; run this only after changing payung.svg.
# Needs (Debian): librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" payung.svg -o "$tmp/$size.png"
done
cp "$tmp/256.png" icons/payung.png                     # Linux launcher and .desktop, window icon
cp "$tmp/64.png" ../src/main/resources/theme/payung-64.png   # the window's own icon (title bar, task bar)
convert "$tmp"/16.png "$tmp"/32.png "$tmp"/48.png "$tmp"/64.png "$tmp"/256.png icons/payung.ico   # Windows
png2icns icons/payung.icns "$tmp"/16.png "$tmp"/32.png "$tmp"/128.png "$tmp"/256.png "$tmp"/512.png  # macOS
ls -l icons
