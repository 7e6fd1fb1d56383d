#!/usr/bin/env bash
# The big-graph goals of issue 15, measured (not a unit test: timing on a shared machine is a
# benchmark's job). Prints the figures; asserts nothing.
#
#   bench/big-graphs.sh [DIR]     graphs go to DIR (default: a fresh temporary folder, deleted after)
#
# 1. fwf generate holme-kim --nodes 100000 (M = 10: 999,945 edges): time to generate and write
#    (goal: under 3 s), then the reader's time (goal: under 300 ms), then forward and parallel
#    counting it, each verified against the reference (parallel falls back to forward's kernel
#    here: a bit matrix for 100,000 nodes would need 1,193 MiB).
# 2. The same for 1,000,000 nodes (9,999,945 edges): forward within the default heap; the peak
#    resident memory of the largest process (/usr/bin/time) is printed.
# 3. The growth of forward and parallel over the first N nodes of the 1M-edge graph (fwf sweep).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

DIR="${1:-}"
if [ -z "$DIR" ]; then
  DIR=$(mktemp -d)
  trap 'rm -rf "$DIR"' EXIT
fi
mkdir -p "$DIR"
JOURNAL="$DIR/results.jsonl" # the user's journal is left alone
./fwf --version >/dev/null     # builds target/fwf.jar if a source changed, outside the timings
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if ! "$JAVA" -version 2>&1 | grep -q 'version "2[5-9]'; then
  JAVA=$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n 1)
fi

timed() { # prints the wall time of a command in seconds on stderr, the command's output on stdout
  local start end
  start=$(date +%s.%N)
  "$@"
  end=$(date +%s.%N)
  echo "  wall $(echo "$end - $start" | bc | sed 's/^\./0./') s" >&2
}

for NODES in 100000 1000000; do
  FILE="$DIR/holme-kim-$NODES.txt"
  echo "== holme-kim, $NODES nodes, 10 edges per node"
  timed ./fwf generate holme-kim --nodes "$NODES" --out "$FILE" --force
  echo "  file $(du -h "$FILE" | cut -f1)"
  # Fewer rounds for ten million edges: each read, and each count, takes seconds there.
  ROUNDS=$([ "$NODES" -le 100000 ] && echo 5 || echo 2)
  "$JAVA" -cp target/fwf.jar bench/ReadTime.java "$FILE" $((ROUNDS + 1))
  for VARIANT in forward parallel; do
    /usr/bin/time -f "  peak resident memory of the largest process: %M KiB" \
      ./fwf run triangles --variant "$VARIANT" --graph "$FILE" --warmup 1 --iterations "$ROUNDS" --results "$JOURNAL"
  done
done

echo "== growth over the first N nodes of the 1M-edge graph"
./fwf sweep triangles --graph "$DIR/holme-kim-100000.txt" --sizes 12500,25000,50000,100000 \
  --variant forward,parallel --warmup 1 --iterations 5 --results "$JOURNAL"
