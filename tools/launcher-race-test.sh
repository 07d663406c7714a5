#!/usr/bin/env bash
# Script test of the `ionhop` launcher's build lock (issue 18, section 5): two commands started together after a
# source change must build the jar once, both succeed, and both see the real version (before the lock, one failed in
# the shade step and the other printed version "unknown"). Also checks that the class-data sharing archive is written
# and used.
#
#   tools/launcher-race-test.sh [PROJECT_DIR]     (default: this checkout; needs Java 17, Maven, flock)
#
# It marks a source file as changed (touch; the content is not modified), so the launcher rebuilds: this takes as long
# as one `mvn package` of ionhop-cli. Exit status 0 when every check passes.
set -euo pipefail
root="$(readlink -f "${1:-$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/..}")"
launcher="$root/ionhop"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail=0
check() { # check DESCRIPTION COMMAND...
  if "${@:2}"; then echo "ok   - $1"; else echo "FAIL - $1"; fail=1; fi
}

version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | head -n 1)"
touch "$root/ionhop-cli/src/main/java/org/ionhop/cli/Main.java"
"$launcher" --version >"$work/out1" 2>"$work/err1" & p1=$!
sleep 0.2
"$launcher" --version >"$work/out2" 2>"$work/err2" & p2=$!
rc1=0; wait "$p1" || rc1=$?
rc2=0; wait "$p2" || rc2=$?
builds=$(cat "$work/err1" "$work/err2" | grep -c "building the runnable jar" || true)
waits=$(cat "$work/err1" "$work/err2" | grep -c "waiting for another ionhop" || true)

check "first launcher exits 0 (got $rc1)" test "$rc1" = 0
check "second launcher exits 0 (got $rc2)" test "$rc2" = 0
check "both print version $version" grep -q "ionhop $version" "$work/out1"
check "  (second)" grep -q "ionhop $version" "$work/out2"
check "no version \"unknown\"" test -z "$(grep -l unknown "$work/out1" "$work/out2" || true)"
check "exactly one build (got $builds)" test "$builds" = 1
check "the other launcher waited for it (got $waits)" test "$waits" = 1
check "class-data sharing archive written after the build" test "$root/ionhop-cli/target/ionhop.jsa" -nt "$root/ionhop-cli/target/ionhop.jar"
shared=$(IONHOP_JAVA_OPTS="-Xmx1g -XX:+UseSerialGC -Xlog:class+load=info" "$launcher" --version | grep -c "source: shared" || true)
check "a later run maps classes from the archive ($shared shared classes)" test "$shared" -gt 500
check "a third launcher does not build again" test -z "$("$launcher" --version 2>&1 >/dev/null)"
if [ "$fail" != 0 ]; then
  for f in err1 err2; do echo "--- $f"; cat "$work/$f"; done
fi
exit "$fail"
