#!/bin/sh
# Remakes payung.classlist: runs the window (through the benchmark's probe: start, dashboard, register
# opened, filtered, sorted, scrolled) with -XX:DumpLoadedClassList on a database given as $1 (e.g. one made
# with `payung demo generate` and `payung import`), under the display in DISPLAY, and keeps the classes of
# the JDK and JavaFX (the ones a jlinked runtime's archive can hold).
# The probe is in target/payung-bench.jar (the benchmark, not shipped), which runs on target/payung.jar and lib/.
# Usage: mvn -q -DskipTests package && DISPLAY=:99 packaging/cds/make-classlist.sh /tmp/demo.db
set -e
here=$(dirname "$0")
raw=$(mktemp)
java -XX:DumpLoadedClassList="$raw" -Xmx256m -cp "$here/../../target/payung-bench.jar" id.payung.ui.bench.UiProbe register "$1" >/dev/null
{
    sed -n '1,4p' "$here/payung.classlist"
    awk '
        /^#/ { next }
        /^@lambda-form-invoker/ { print; next }
        /^@lambda-proxy/ { if ($2 ~ /^(java|javax|jdk|sun|javafx|com\/sun)\//) print; next }
        { if ($1 ~ /^(java|javax|jdk|sun|javafx|com\/sun)\//) print }' "$raw"
} > "$raw.kept"
mv "$raw.kept" "$here/payung.classlist"
rm -f "$raw"
