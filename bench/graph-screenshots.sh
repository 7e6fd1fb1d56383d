#!/usr/bin/env bash
# Screenshots of the graph view in a real window under Xvfb, for the README and slides:
#   assets/graph-view.png   node 0's ego network mid-animation (naive search)
#   assets/graph-whole.png  all of ego-Facebook as a picture, part-way through the search
# Needs xvfb, libgtk-3-0 and imagemagick (import), and ../shared/data/facebook_combined.txt.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

JDK="${JAVA_HOME:-}"
if [ -z "$JDK" ] || ! "$JDK/bin/java" -version 2>&1 | grep -q 'version "2[5-9]'; then
  JDK=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n 1 || true)
fi
[ -n "$JDK" ] && [ -x "$JDK/bin/java" ] || { echo "graph-screenshots: no JDK 25 found (set JAVA_HOME)" >&2; exit 2; }
for tool in Xvfb import; do
  command -v "$tool" >/dev/null || { echo "graph-screenshots: $tool is missing: apt-get install -y xvfb libgtk-3-0 imagemagick" >&2; exit 2; }
done
export JAVA_HOME="$JDK"
mvn -B -q -o test-compile >/dev/null 2>&1
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/graph-bench.classpath >/dev/null 2>&1
CP="target/classes:target/test-classes:$(cat target/graph-bench.classpath)"
mkdir -p assets

# A display of our own (the first free number from 93), killed on exit along with the demo.
DISPLAY_NUMBER=${GRAPH_SCREENSHOT_DISPLAY:-93}
while [ -e "/tmp/.X$DISPLAY_NUMBER-lock" ]; do DISPLAY_NUMBER=$((DISPLAY_NUMBER + 1)); done
Xvfb ":$DISPLAY_NUMBER" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
DEMO=""
trap 'if [ -n "$DEMO" ]; then kill "$DEMO" 2>/dev/null || true; fi; kill "$XVFB" 2>/dev/null || true' EXIT
sleep 1

# shot OUT GRAPH SEARCH SPEED SECONDS: plays, pauses after SECONDS, photographs the screen.
shot() {
  local out=$1 log
  log=$(mktemp)
  DISPLAY=":$DISPLAY_NUMBER" "$JDK/bin/java" --enable-native-access=ALL-UNNAMED -Dprism.order=sw -cp "$CP" \
    fwf.app.GraphViewDemo "$2" "$3" "$4" "$5" >"$log" 2>&1 &
  DEMO=$!
  for _ in $(seq 1 600); do
    grep -q "paused at\|failed" "$log" && break
    sleep 0.2
  done
  sleep 1 # the paused frame drawn
  DISPLAY=":$DISPLAY_NUMBER" import -window root "$out"
  grep "paused at\|failed" "$log" | sed "s|^|$out: |"
  kill "$DEMO" 2>/dev/null || true
  wait "$DEMO" 2>/dev/null || true
  DEMO=""
  rm -f "$log"
}

shot assets/graph-view.png ego:0 NAIVE 2000 8
shot assets/graph-whole.png whole NAIVE 500000 8
