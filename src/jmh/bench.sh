#!/usr/bin/env bash
# The benchmark suite, in one go (`./fwf bench`): JMH's scores for the Java kernels beside the C friend,
# our harness against JMH (src/jmh/compare.sh), the fixed cost of a worker, the window's start-up and
# memory from the jlink image, the image's size. Prints ratios as well as times, and writes
# target/bench/report.md, target/bench/summary.json and the raw results under target/bench/raw/.
#
#   ./fwf bench                      the full suite (about 7 minutes on 2 cores; run it on a quiet machine)
#   ./fwf bench --quick              a short one: fewer iterations and forks, fib(35), 1,000 graph nodes
#   ./fwf bench --only kernels,worker   some sections: kernels, overhead, worker, window
#   ./fwf bench --out DIR --graph FILE
# Needs: python3, gcc (the C friend), the ego-Facebook edge list (../shared/data/facebook_combined.txt
# or --graph), and for the window section a display or Xvfb (xvfb package). Builds target/benchmarks.jar
# (mvn -Pjmh) and the image (./fwf package) when they are missing or older than the sources.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
die() { printf 'bench: %s\n' "$*" >&2; exit 2; }

case " $* " in *" -h "*|*" --help "*) sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;; esac
command -v python3 >/dev/null 2>&1 || die "python3 is needed"

JDK="${FWF_JDK:-}"
[ -n "$JDK" ] || JDK=$("$ROOT/fwf" jdk) || die "no JDK found (./fwf says why above)"
export JAVA_HOME="$JDK" PATH="$JDK/bin:$PATH"
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"

stale() { [ ! -e "$1" ] || [ -n "$(find "$ROOT/pom.xml" "$ROOT/src/main" "${@:2}" -newer "$1" -print -quit)" ]; }

if stale "$ROOT/target/benchmarks.jar" "$ROOT/src/jmh/java"; then
  printf 'bench: building target/benchmarks.jar...\n' >&2
  (cd "$ROOT" && mvn -B -q -Pjmh package -Dmaven.test.skip=true) >&2 || die "the benchmarks build failed"
fi
if stale "$ROOT/target/image/app/fwf.jar" "$ROOT/jlink"; then
  "$ROOT/fwf" package >&2 || die "the image build failed"
fi

# The window section needs a display: the caller's, else a private Xvfb this script starts and stops.
DISPLAY_ARG=()
XVFB_PID=""
cleanup() { [ -z "$XVFB_PID" ] || kill "$XVFB_PID" 2>/dev/null || true; }
trap cleanup EXIT
if [ -n "${DISPLAY:-}" ]; then
  DISPLAY_ARG=(--display "$DISPLAY")
elif command -v Xvfb >/dev/null 2>&1; then
  for n in $(seq 90 120); do
    [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] && continue
    Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
    XVFB_PID=$!
    for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
    DISPLAY_ARG=(--display ":$n")
    break
  done
else
  printf 'bench: no DISPLAY and no Xvfb (apt-get install xvfb): the window section will say so\n' >&2
fi

load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo 0)
if awk -v l="$load" 'BEGIN { exit !(l > 1.5) }'; then
  printf 'bench: the load average is %s: the figures will be noisy (a quiet machine has under 1.5)\n' "$load" >&2
fi

python3 "$ROOT/src/jmh/bench.py" --jdk "$JDK" "${DISPLAY_ARG[@]}" "$@"
