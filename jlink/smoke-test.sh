#!/usr/bin/env bash
# Checks the jlink image the way a user without a JDK would use it: a run through bin/fwf with PATH
# and JAVA_HOME stripped of every JDK (the worker must start from the image's own java), the list,
# a chart from that run's journal, and the window on JavaFX's headless platform up to its first frame.
#   jlink/smoke-test.sh [IMAGE]      IMAGE defaults to target/image (build it with ./fwf package)
# Exit 0 when every check passed, 1 when one failed (it says which).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
IMAGE="${1:-$ROOT/target/image}"
FWF="$IMAGE/bin/fwf"
[ -x "$FWF" ] || { printf 'smoke: %s is missing: build the image with ./fwf package\n' "$FWF" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/fwf-smoke.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
HOME_DIR="${HOME:-$WORK}"
[ -w "$HOME_DIR" ] || HOME_DIR="$WORK"   # JavaFX unpacks its native libraries under ~/.openjfx
failed=0
started=$(date +%s)

# check NAME EXPECTED_TEXT COMMAND...: runs COMMAND with no JDK in reach; passes when it exits 0 and
# its output holds EXPECTED_TEXT.
check() {
  local name="$1" expected="$2"; shift 2
  if env -i PATH=/usr/bin:/bin HOME="$HOME_DIR" XDG_CACHE_HOME="$WORK/cache" "$@" > "$WORK/out" 2>&1 \
      && grep -qF -- "$expected" "$WORK/out"; then
    printf 'smoke: ok    %s\n' "$name" >&2
  else
    printf 'smoke: FAIL  %s (wanted "%s"); its output ends:\n' "$name" "$expected" >&2
    tail -n 15 "$WORK/out" | sed 's/^/  | /' >&2
    failed=1
  fi
}

check "run fib --size 20 from the image, no JDK on PATH" "answer 6765 verified" \
  "$FWF" run fib --size 20 --warmup 1 --iterations 1 --results "$WORK/results.jsonl"
check "list" "jvm-c2" "$FWF" list
check "chart from the run's journal" "" "$FWF" chart --out "$WORK/chart.png" --results "$WORK/results.jsonl"
if [ ! -s "$WORK/chart.png" ]; then
  printf 'smoke: FAIL  chart: no %s written\n' "$WORK/chart.png" >&2; failed=1
fi
check "window on the headless platform, first frame" "fwf-startup first_frame_epoch_ns=" \
  env FWF_JAVA_OPTS="-Dglass.platform=Headless -Dprism.order=sw -Dfwf.exitAfterShown=true
    -Dfwf.results=$WORK/window.jsonl -Dfwf.settings=$WORK/settings.json" "$FWF"

# The class-data archive, when the image has a class list for it. The first start (the run above,
# with an empty cache) dumped it in the background; it must appear, and then be used by both kinds
# of JVM it serves: -Xshare:on makes a JVM fail instead of silently starting without it (a class-path
# mismatch), in a worker of a run as well.
if [ -f "$IMAGE/lib/fwf.classlist.gz" ]; then
  archive_dir="$WORK/cache/faster-with-friends/cds"
  archive_file() { find "$archive_dir" -name "$1" 2>/dev/null | head -n 1; }
  for _ in $(seq 120); do
    [ -n "$(archive_file '*.jsa')" ] && [ -z "$(archive_file '*.lock')" ] && break
    sleep 0.5
  done
  archive=$(archive_file '*.jsa')
  if [ -n "$archive" ]; then
    printf 'smoke: ok    the first start dumped the class-data archive in the background (%s)\n' "$(du -h "$archive" | cut -f1)" >&2
  else
    printf 'smoke: FAIL  no class-data archive in %s 60 s after the first start\n' "$archive_dir" >&2; failed=1
  fi
  check "bin/fwf cds dumps it again" "dumped in" "$FWF" cds
  archive=$(archive_file '*.jsa')
  check "class-data archive used by bin/fwf" "Faster with Friends" env FWF_JAVA_OPTS=-Xshare:on "$FWF" --version
  check "class-data archive used by a worker" '"event":"finished"' "$IMAGE/bin/java" -Xshare:on \
    "-XX:SharedArchiveFile=$archive" --add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
    -cp "$IMAGE/app/fwf.jar" fwf.worker.WorkerMain --workload fib --size 1 --warmup 1 --iterations 1 --fork 0 --no-jit
  # -Xshare:on as the request's flag: the worker fails to start unless bin/fwf's JVM passed the
  # archive on to it (the image has no other archive).
  check "a run's worker maps the archive" "answer 6765 verified" \
    "$FWF" run fib --size 20 --warmup 1 --iterations 1 --jvm-flag=-Xshare:on --results "$WORK/results-cds.jsonl"
fi

printf 'smoke: %s in %d s\n' "$([ $failed = 0 ] && echo "all passed" || echo "FAILED")" $(( $(date +%s) - started )) >&2
exit $failed
