#!/usr/bin/env bash
# Sets JMH's score for a kernel beside our own harness's median, to check that our numbers are
# within 5% of JMH's.
#
#   src/jmh/compare.sh                       fib primitive (n=30) and triangles forward (ego-Facebook)
#   src/jmh/compare.sh -wi 3 -i 3 -f 1       fewer JMH iterations and forks (defaults: -wi 5 -i 5 -f 2 -w 1s -r 1s)
#   src/jmh/compare.sh --only fib            one kernel (fib or triangles)
#   src/jmh/compare.sh --jmh-only            skip our side (before the engine's `run --system` exists)
#   src/jmh/compare.sh --graph FILE          another edge list (default ../shared/data/facebook_combined.txt)
#   src/jmh/compare.sh -v                    show JMH's own output as it runs
# Environment: FWF_JDK (a JDK 25+ home, else the one ./fwf finds), FWF_RUN_ARGS (extra arguments for
# `./fwf run`, e.g. its warm-up and iteration counts), TOLERANCE (default 0.05).
#
# Our side is `./fwf run W --variant V [--size N] [--graph F] --system jvm-c2 --format json`, whose JSON
# carries median_ns. JMH's side is target/benchmarks.jar (built here with `mvn -Pjmh package` when
# missing or older than the sources), run with the same JDK and `-rf json`.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAR="$ROOT/target/benchmarks.jar"

die() { printf 'compare: %s\n' "$*" >&2; exit 2; }

WI=5 I=5 F=2 W=1s R=1s ONLY="" JMH_ONLY=0 VERBOSE=0
GRAPH="$ROOT/../shared/data/facebook_combined.txt"
while [ $# -gt 0 ]; do
  case "$1" in
    -wi) WI="${2:?-wi needs a count}"; shift 2 ;;
    -i) I="${2:?-i needs a count}"; shift 2 ;;
    -f) F="${2:?-f needs a count}"; shift 2 ;;
    -w) W="${2:?-w needs a time such as 1s}"; shift 2 ;;
    -r) R="${2:?-r needs a time such as 1s}"; shift 2 ;;
    --graph) GRAPH="${2:?--graph needs a file}"; shift 2 ;;
    --only) ONLY="${2:?--only needs fib or triangles}"; shift 2 ;;
    --jmh-only) JMH_ONLY=1; shift ;;
    -v) VERBOSE=1; shift ;;
    -h|--help) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$1' (see --help)" ;;
  esac
done
case "$ONLY" in ""|fib|triangles) ;; *) die "--only takes fib or triangles, not '$ONLY'" ;; esac
command -v python3 >/dev/null 2>&1 || die "python3 is needed to read the JSON results"

# The JDK ./fwf runs with (FWF_JDK overrides it): both sides of the comparison use the same one.
JDK="${FWF_JDK:-}"
[ -n "$JDK" ] || JDK=$("$ROOT/fwf" jdk) || die "no JDK found (./fwf says why above)"
export JAVA_HOME="$JDK"
export PATH="$JDK/bin:$PATH"
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"

if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/pom.xml" "$ROOT/src/main" "$ROOT/src/jmh/java" -newer "$JAR" -print -quit)" ]; then
  command -v mvn >/dev/null 2>&1 || die "Maven (mvn) is needed to build target/benchmarks.jar"
  printf 'compare: building target/benchmarks.jar (JDK at %s)...\n' "$JDK" >&2
  (cd "$ROOT" && mvn -B -q -Pjmh package -Dmaven.test.skip=true) >&2 || die "the benchmarks build failed (see above)"
fi

if [ "$ONLY" != fib ]; then
  [ -f "$GRAPH" ] || die "graph file $GRAPH is missing (pass one with --graph FILE)"
  GRAPH="$(cd "$(dirname "$GRAPH")" && pwd)/$(basename "$GRAPH")"   # absolute: JMH forks and ./fwf agree
fi

OUT=$(mktemp -d "${TMPDIR:-/tmp}/fwf-compare.XXXXXX")
trap 'rm -rf "$OUT"' EXIT
ROWS="$OUT/rows.tsv"
: > "$ROWS"

# run_case ID LABEL JMH_CLASS JMH_PARAMS FWF_ARGS: one kernel on both sides, results under $OUT/ID.*
run_case() {
  local id="$1" label="$2" class="$3" params="$4" fwf_args="$5"
  printf 'compare: %s: JMH (-wi %s -i %s -f %s -w %s -r %s)...\n' "$label" "$WI" "$I" "$F" "$W" "$R" >&2
  # shellcheck disable=SC2086  # params are words by design
  if ! (cd "$ROOT" && "$JDK/bin/java" -jar "$JAR" "^fwf\.jmh\.$class\.run\$" $params \
          -wi "$WI" -i "$I" -f "$F" -w "$W" -r "$R" -rf json -rff "$OUT/$id.jmh.json") > "$OUT/$id.jmh.log" 2>&1; then
    printf 'compare: JMH failed for %s; its output ends:\n' "$label" >&2
    tail -n 15 "$OUT/$id.jmh.log" >&2
  fi
  [ "$VERBOSE" = 1 ] && cat "$OUT/$id.jmh.log" >&2
  if [ "$JMH_ONLY" = 0 ]; then
    printf 'compare: %s: ./fwf run %s...\n' "$label" "$fwf_args" >&2
    # shellcheck disable=SC2086
    if ! "$ROOT/fwf" run $fwf_args --system jvm-c2 --format json ${FWF_RUN_ARGS:-} > "$OUT/$id.fwf.json" 2> "$OUT/$id.fwf.err"; then
      printf 'compare: ./fwf run failed for %s:\n' "$label" >&2
      tail -n 5 "$OUT/$id.fwf.err" >&2
    fi
  fi
  printf '%s\t%s\n' "$id" "$label" >> "$ROWS"
}

if [ "$ONLY" != triangles ]; then
  run_case fib "fib primitive n=30" FibBenchmark "-p variant=primitive -p n=30" \
    "fib --variant primitive --size 30"
fi
if [ "$ONLY" != fib ]; then
  run_case triangles "triangles forward $(basename "$GRAPH")" TrianglesBenchmark \
    "-p variant=forward -p nodes=0 -p graph=$GRAPH" "triangles --variant forward --graph $GRAPH"
fi

python3 - "$OUT" "${TOLERANCE:-0.05}" "$ROOT/src/jmh" <<'PY'
import json, math, os, sys

out, tolerance = sys.argv[1], float(sys.argv[2])
sys.path.insert(0, sys.argv[3])
from bench import human  # noqa: E402  the suite's own way of writing a time
NS_PER = {"ns/op": 1, "us/op": 1e3, "ms/op": 1e6, "s/op": 1e9}


def jmh(case):
    """JMH's mean time per operation and its 99.9% error, in ns, or why there is none."""
    path = os.path.join(out, case + ".jmh.json")
    try:
        with open(path) as f:
            runs = json.load(f)
    except (OSError, ValueError):
        return None, None, "no JMH result"
    if not runs:
        return None, None, "no JMH result"
    metric = runs[0]["primaryMetric"]
    scale = NS_PER.get(metric["scoreUnit"])
    if scale is None:
        return None, None, "JMH unit " + metric["scoreUnit"]
    error = metric.get("scoreError")
    # JMH writes "NaN" when there are too few samples for an interval.
    error = error * scale if isinstance(error, (int, float)) and math.isfinite(error) else None
    return metric["score"] * scale, error, None


def ours(case):
    """Our harness's median in ns, or why there is none (absent, failed, unverified)."""
    path = os.path.join(out, case + ".fwf.json")
    if not os.path.exists(path):
        return None, "not run (--jmh-only)"
    with open(path) as f:
        lines = [l for l in f.read().splitlines() if l.strip().startswith("{")]
    if not lines:
        return None, "./fwf run failed"
    try:
        result = json.loads(lines[-1])
    except ValueError:
        return None, "unreadable JSON"
    if result.get("verified") is False:
        return None, "WRONG answer"
    median = result.get("median_ns")
    if not isinstance(median, (int, float)):
        return None, "no median_ns"
    return float(median), None


rows = []
with open(os.path.join(out, "rows.tsv")) as f:
    for line in f:
        case, label = line.rstrip("\n").split("\t")
        score, error, jmh_why = jmh(case)
        median, our_why = ours(case)
        jmh_text = jmh_why or (human(score) + (f" ± {human(error)}" if error is not None else ""))
        ratio = median / score if score and median else None
        verdict = "-" if ratio is None else ("yes" if abs(ratio - 1) <= tolerance else "NO")
        rows.append((label, jmh_text, our_why or human(median),
                     "-" if ratio is None else f"{ratio:.3f}", verdict))

head = ("kernel", "JMH score (mean ± 99.9%)", "our median", "ours/JMH", f"within {tolerance:.0%}")
widths = [max(len(r[i]) for r in rows + [head]) for i in range(len(head))]
for r in [head, tuple("-" * w for w in widths)] + rows:
    print("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
PY
