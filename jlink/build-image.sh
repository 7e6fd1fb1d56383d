#!/usr/bin/env bash
# Builds target/image: a jlink'ed runtime of the JDK modules the program needs, the program's
# jars on the class path inside it (app/fwf.jar, app/lib/), and bin/fwf. Called by `./fwf package`,
# which has built target/fwf.jar and target/lib first.
#   jlink/build-image.sh JDK_HOME [--no-cds] [--out DIR]      DIR defaults to target/image
#
# Class-data sharing: the image has no archive of its own (jlink's default one covers the JDK's
# classes only). It ships a class list instead: the classes the program really loads, recorded
# by training runs of the image itself (`run` of each workload, the caller and its worker, the window
# up to its first frame on JavaFX's headless platform), its own and its libraries' included. bin/fwf
# dumps the archive from that list (lib/fwf.classlist.gz) into the user's cache on the first start, and every later JVM,
# the window's and each worker's alike, maps those classes already parsed and verified instead of
# loading them from the jars. --no-cds leaves the list out (every start slower). See "The image" in
# README.md.
#
# Why a class-path image and not a fully modular one: see "The image" in README.md. In short, the
# program itself has no module-info, and running it from a modular image would be a second
# configuration (named-module resources, reflection for picocli, ControlsFX's JavaFX internals,
# workers started with -m) that no test but the image would exercise; on the class path the image
# runs exactly what ./fwf runs, on a smaller runtime.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JDK="${1:?usage: jlink/build-image.sh JDK_HOME [--no-cds] [--out DIR]}"
shift
OUT="$ROOT/target/image"
CDS=1
while [ $# -gt 0 ]; do
  case "$1" in
    --no-cds) CDS=0; shift ;;
    --out) OUT="${2:?--out needs a folder}"; shift 2 ;;
    *) printf 'package: unknown argument %s (usage: ./fwf package [--no-cds] [--out DIR])\n' "$1" >&2; exit 2 ;;
  esac
done
case "$OUT" in /*) ;; *) OUT="$PWD/$OUT" ;; esac
JAR="$ROOT/target/fwf.jar"

die() { printf 'package: %s\n' "$*" >&2; exit 2; }
[ -x "$JDK/bin/jlink" ] || die "$JDK has no bin/jlink: a full JDK is needed to build the image"
[ -f "$JAR" ] || die "target/fwf.jar is missing: build it with ./fwf package"
RELEASE=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JDK/release")

# Exactly the jars fwf.jar's manifest names (Class-Path: lib/a.jar lib/b.jar ...), not whatever
# else target/lib may hold from older builds. Manifest lines wrap at 72 bytes with a leading space.
WORK=$(mktemp -d "${TMPDIR:-/tmp}/fwf-package.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && "$JDK/bin/jar" --extract --file "$JAR" META-INF/MANIFEST.MF)
CLASS_PATH=$(tr -d '\r' < "$WORK/META-INF/MANIFEST.MF" | sed -e ':a' -e 'N' -e '$!ba' -e 's/\n //g' \
  | sed -n 's/^Class-Path: //p')
[ -n "$CLASS_PATH" ] || die "target/fwf.jar's manifest has no Class-Path"
JARS=()
for entry in $CLASS_PATH; do
  [ -f "$ROOT/target/$entry" ] || die "target/$entry, named by fwf.jar's manifest, is missing: rebuild with ./fwf package"
  JARS+=("$ROOT/target/$entry")
done

# Every JDK module a jar needs: a modular jar says so in its `requires`; for the others jdeps
# reads the byte code. Modules that are not the JDK's (javafx.base...) stay on the class path.
declare -A WANT=()
JDK_MODULES=" $("$JDK/bin/java" --list-modules | sed 's/@.*//' | tr '\n' ' ') "
add() { case "$JDK_MODULES" in *" $1 "*) WANT[$1]=1 ;; esac; }
for jar in "$JAR" "${JARS[@]}"; do
  descr=$("$JDK/bin/jar" --describe-module --file "$jar" --release "$RELEASE" 2>/dev/null || true)
  if [ -n "$descr" ] && ! printf '%s\n' "$descr" | grep -q '^No module descriptor found'; then
    # "requires static" modules are optional at run time: not pulled in for them.
    for m in $(printf '%s\n' "$descr" | awk '$1 == "requires" && $0 !~ / static/ { print $2 }'); do add "$m"; done
  else
    deps=$("$JDK/bin/jdeps" --multi-release "$RELEASE" --ignore-missing-deps --print-module-deps "$jar" 2>/dev/null) \
      || die "jdeps could not read $(basename "$jar")"
    for m in ${deps//,/ }; do add "$m"; done
  fi
done
for m in $(sed 's/#.*//' "$ROOT/jlink/modules.conf"); do
  case "$JDK_MODULES" in *" $m "*) WANT[$m]=1 ;; *) die "jlink/modules.conf names $m, which $JDK does not have" ;; esac
done
MODULES=$(printf '%s\n' "${!WANT[@]}" | sort | paste -sd, -)
printf 'package: JDK modules: %s\n' "$MODULES" >&2

rm -rf "$OUT"
mkdir -p "$(dirname "$OUT")"
# No --generate-cds-archive: the archive is dumped below, from the program's own training runs.
"$JDK/bin/jlink" --add-modules "$MODULES" --output "$OUT" \
  --strip-debug --no-header-files --no-man-pages --compress=zip-6 >&2 || die "jlink failed (see above)"

# The runtime's native libraries without their symbol tables: libjvm.so alone carries 5 MB of them,
# a sixth of the image. They serve a debugger or a crash report naming the JVM's own functions
# (hs_err files then show addresses there); a JVM bug is chased with a JDK, not with this image.
# jlink's --strip-native-debug-symbols keeps them (it removes debug sections, which Temurin's
# libraries no longer have), hence strip(1), when binutils are installed.
if command -v strip >/dev/null 2>&1; then
  find "$OUT/lib" -name '*.so' -type f -exec strip --strip-unneeded {} + || die "strip failed on the runtime's libraries"
else
  printf 'package: no strip (binutils): the runtime keeps its native symbol tables (about 5 MB more)\n' >&2
fi

mkdir -p "$OUT/app/lib"
cp "$JAR" "$OUT/app/fwf.jar"
cp "${JARS[@]}" "$OUT/app/lib/"   # the manifest's lib/x.jar entries are relative to fwf.jar
rm -f "$OUT/bin/fwf"
cp "$ROOT/jlink/fwf.sh" "$OUT/bin/fwf"
chmod 755 "$OUT/bin/fwf"

if [ "$CDS" = 1 ]; then
  JAVA="$OUT/bin/java"
  # train NAME COMMAND...: runs COMMAND, whose JVMs list their loaded classes under $WORK.
  train() {
    local name="$1"; shift
    if ! XDG_CACHE_HOME="$WORK/cache" "$@" > "$WORK/$name.out" 2>&1; then
      tail -n 20 "$WORK/$name.out" >&2
      die "training run '$name' failed (above): the image is broken, or run ./fwf package --no-cds"
    fi
  }
  list() { printf -- '-XX:DumpLoadedClassList=%s/%s.classlist' "$WORK" "$1"; }
  printf 'package: training runs for the class-data archive...\n' >&2
  # `run` as a user runs it: the caller's JVM lists its classes (FWF_JAVA_OPTS), and its worker,
  # started by JvmWorkerLauncher exactly as ever (the class path must match the archive's, and the
  # JIT log's reader must be in it), lists its own (--jvm-flag). The mean's vector variant is left
  # out on purpose: the Vector API's hundreds of species classes would add megabytes to the
  # archive for one variant's start.
  for w in "fib --size 20" "triangles --size 300 --variant naive-primitive" "mean --size 100000 --variant loop"; do
    name="${w%% *}"
    # shellcheck disable=SC2086  # $w is words by design
    FWF_JAVA_OPTS="-Xshare:off $(list "run-$name") -Dfwf.settings=$WORK/run-settings.json" train "run-$name" "$OUT/bin/fwf" run $w --warmup 1 --iterations 1 \
      --jvm-flag=-Xshare:off "--jvm-flag=$(list "worker-$name")" --results "$WORK/results.jsonl"
  done
  # The window on a journal and settings of its own, not the user's: on JavaFX's headless platform,
  # which needs no display, and then, where there is one (DISPLAY, else Xvfb), on the real one, whose
  # GTK glass and Prism pipeline are the classes a user's start loads (without them, 700 classes of
  # the window's start came from the jars).
  window_opts="-Xshare:off -Dfwf.exitAfterShown=true -Dfwf.results=$WORK/window-results.jsonl
    -Dfwf.settings=$WORK/window-settings.json"
  FWF_JAVA_OPTS="$window_opts $(list window-headless) -Dglass.platform=Headless -Dprism.order=sw" \
    train window-headless "$OUT/bin/fwf"
  if [ -n "${DISPLAY:-}" ]; then
    FWF_JAVA_OPTS="$window_opts $(list window-display)" train window-display "$OUT/bin/fwf"
  elif command -v xvfb-run >/dev/null 2>&1; then
    FWF_JAVA_OPTS="$window_opts $(list window-display)" train window-display xvfb-run -a -s "-screen 0 1920x1080x24" "$OUT/bin/fwf"
  else
    printf 'package: no display and no xvfb-run: the window is trained on the headless platform only\n' >&2
  fi
  # jlink's own default list first, then ours; the ids are per run, so drop them and keep each class once.
  cat "$OUT/lib/classlist" "$WORK"/*.classlist | grep -v '^#' | sed 's/ id: [0-9]*$//' | awk '!seen[$0]++' \
    > "$WORK/all.classlist"
  # The image ships the list (gzipped: 1 MB of text is 0.2 MB so), and bin/fwf dumps the archive
  # from it into the user's cache on the first start: the archive is about 40 MB. A trial dump here,
  # by bin/fwf itself into a cache of the build's own, makes sure that works.
  gzip -9 -c "$WORK/all.classlist" > "$OUT/lib/fwf.classlist.gz"
  XDG_CACHE_HOME="$WORK/trial" "$OUT/bin/fwf" cds > "$WORK/dump.log" 2>&1 \
    || { tail -n 20 "$WORK/dump.log" "$WORK"/trial/faster-with-friends/cds/*.log >&2 2>/dev/null; die "the class-data dump failed (above)"; }
  printf 'package: class list: %s classes (%s gzipped); the archive bin/fwf dumps from it: %s\n' \
    "$(grep -vc '^@' "$WORK/all.classlist")" "$(du -h "$OUT/lib/fwf.classlist.gz" | cut -f1)" \
    "$(du -ch "$WORK"/trial/faster-with-friends/cds/*.jsa | tail -n 1 | cut -f1)" >&2
fi
printf 'package: %s (%s)\n' "${OUT#"$ROOT"/}" "$(du -sh "$OUT" | cut -f1)" >&2
