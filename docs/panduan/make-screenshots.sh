#!/usr/bin/env bash
# Retakes the manual's screenshots (docs/panduan/*.png) and the README's (docs/screenshot-*.png) from a clean
# demo database, at 1366×768 (the common office laptop), in a virtual display.
#
# Needs: a built jar (mvn -o package -DskipTests), Xvfb, xdotool, ImageMagick (import, convert), pdftoppm.
#   sudo apt-get install xvfb xdotool imagemagick poppler-utils libgtk-3-0
# Usage: docs/panduan/make-screenshots.sh            (from the repository's root)
#
# The database is created in a fresh folder under DEMO_HOME (default /home/pegawai, an office user's home,
# when it can be made; else a temporary folder), so the status line shows an office's path, not a
# developer's. The window's remembered size is kept out of the user's own preferences (a temporary
# user.home), so it opens fitting the screen as on a first start.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR="$ROOT/target/payung.jar"
OUT="$ROOT/docs/panduan"
[ -f "$JAR" ] || { echo "build first: mvn -o package -DskipTests" >&2; exit 1; }
DEMO_HOME=${DEMO_HOME:-/home/pegawai}
if mkdir -p "$DEMO_HOME" 2>/dev/null && [ -w "$DEMO_HOME" ]; then
  WORK=$(mktemp -d "$DEMO_HOME/Payung-XXXX"); mv "$WORK" "$DEMO_HOME/Payung" 2>/dev/null && WORK="$DEMO_HOME/Payung" || true
else
  WORK=$(mktemp -d)
fi
APP=; XVFB=
trap 'kill $APP $XVFB 2>/dev/null || true; rm -rf "$WORK"' EXIT
cd "$WORK"
DISPLAY_NO=:$((80 + RANDOM % 10))
Xvfb "$DISPLAY_NO" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 & XVFB=$!
export DISPLAY=$DISPLAY_NO
sleep 1
JAVA=(java -Duser.home="$WORK/home" -jar "$JAR")
mkdir -p home

java -jar "$JAR" demo generate --rows 25 --out daftar-desa.csv >/dev/null
"${JAVA[@]}" init --db payung.db >/dev/null  # a named database must exist first

start() { # start the window on payung.db in the given language and wait for it
  "${JAVA[@]}" --db payung.db --lang "$1" >"app-$1.log" 2>&1 & APP=$!
  for _ in $(seq 40); do WIN=$(xdotool search --name '^Payung$' 2>/dev/null | head -1 || true); [ -n "$WIN" ] && break; sleep 0.5; done
  sleep 6
}
stop() { kill $APP; wait $APP 2>/dev/null || true; }
key() { xdotool key --clearmodifiers "$@"; sleep 2; }
shot() { import -window root "$1"; }
type_text() { xdotool type --delay 20 "$1"; }

start id
# The form of a new participant, on the register (Ctrl+2, Ctrl+N).
key ctrl+2; sleep 6; key ctrl+n; sleep 3
shot "$OUT/01-daftar-peserta.png"
key Escape
# The import window with the village's list checked: the file typed into the system's open dialog.
key ctrl+shift+i; xdotool search --sync --name 'Impor' >/dev/null 2>&1 || true; sleep 1
key space; sleep 5                    # "Pilih berkas…", the first button
FILES=$(xdotool search --sync --onlyvisible --name 'Pilih' 2>/dev/null | tail -1 || true)
[ -n "$FILES" ] && xdotool windowfocus --sync "$FILES" 2>/dev/null || true
key ctrl+l; sleep 1; type_text "$WORK/daftar-desa.csv"; sleep 1; key Return; sleep 5
shot "$OUT/02-impor-daftar.png"
stop
"${JAVA[@]}" import daftar-desa.csv --db payung.db >/dev/null
start id
key ctrl+2; sleep 2
shot "$OUT/02b-daftar-terisi.png"
key ctrl+1; sleep 2
shot "$OUT/03-dasbor.png"
cp "$OUT/03-dasbor.png" "$ROOT/docs/screenshot-dashboard.png"
key ctrl+7; sleep 2
shot "$OUT/05-cadangan.png"
key ctrl+8; sleep 2
shot "$OUT/06-pengaturan.png"
# The register's form refusing a NIK Excel destroyed (README).
key ctrl+2; key ctrl+n; sleep 2
type_text "5.31001E+15"; key Tab; type_text "Maria Jelita"; key Return; sleep 2
shot "$ROOT/docs/screenshot-form.png"
key Escape
stop

# The year report and its first page, as printed.
java -jar "$JAR" report funding-shares --year 2025 --format pdf --out laporan-payung-2025.pdf --db payung.db >/dev/null
pdftoppm -r 80 -png -f 1 -l 1 laporan-payung-2025.pdf halaman
convert halaman-1.png -bordercolor '#888' -border 1 "$OUT/04b-laporan-halaman-1.png"
cp "$OUT/04b-laporan-halaman-1.png" "$OUT/04-laporan-pdf.png"
echo "screenshots written to $OUT and $ROOT/docs"
