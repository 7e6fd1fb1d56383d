#!/usr/bin/env bash
# Frames per second of the graph view in a real window under Xvfb (not a unit test: timing on a
# shared machine is a benchmark's job). Needs xvfb and libgtk-3-0 (Debian: apt-get install -y
# xvfb libgtk-3-0) and, for ego-Facebook, ../shared/data/facebook_combined.txt.
#
#   bench/graph-fps.sh                         node 0's ego network, naive, 10,000 steps/s, 15 s
#   bench/graph-fps.sh ego:0 FORWARD 100000 15 any graph (ego:N, first:N, whole, hk:N, fblike),
#                                              search, steps per second, seconds
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

JDK="${JAVA_HOME:-}"
if [ -z "$JDK" ] || ! "$JDK/bin/java" -version 2>&1 | grep -q 'version "2[5-9]'; then
  JDK=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n 1 || true)
fi
[ -n "$JDK" ] && [ -x "$JDK/bin/java" ] || { echo "graph-fps: no JDK 25 found (set JAVA_HOME)" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "graph-fps: xvfb-run is missing: apt-get install -y xvfb libgtk-3-0" >&2; exit 2; }

export JAVA_HOME="$JDK"
mvn -B -q -o test-compile >/dev/null 2>&1
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/graph-bench.classpath >/dev/null 2>&1
CP="target/classes:target/test-classes:$(cat target/graph-bench.classpath)"

# -prism.order=sw: Xvfb has no GPU; JavaFX would fall back to it anyway, this says so.
exec xvfb-run -a -s "-screen 0 1400x900x24" "$JDK/bin/java" --enable-native-access=ALL-UNNAMED \
  -Dprism.order=sw ${FWF_BENCH_JAVA_OPTS:-} -cp "$CP" fwf.app.GraphFpsBench "$@"
