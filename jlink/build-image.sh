#!/usr/bin/env bash
# Builds target/image: a jlink'ed runtime of the JDK modules the program needs, the program's
# jars on the class path inside it (app/fwf.jar, app/lib/), and bin/fwf. Called by `./fwf package`,
# which has built target/fwf.jar and target/lib first.
#   jlink/build-image.sh JDK_HOME [OUT]      OUT defaults to target/image
#
# Why a class-path image and not a fully modular one: see "The image" in README.md. In short, the
# program itself has no module-info, and running it from a modular image would be a second
# configuration (named-module resources, reflection for picocli, ControlsFX's JavaFX internals,
# workers started with -m) that no test but the image would exercise; on the class path the image
# runs exactly what ./fwf runs, on a smaller runtime.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JDK="${1:?usage: jlink/build-image.sh JDK_HOME [OUT]}"
OUT="${2:-$ROOT/target/image}"
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
# --generate-cds-archive: a jlink'ed runtime has no default CDS archive of its own, and without
# one every JVM (the window's and each worker's) loads the JDK's classes the slow way.
"$JDK/bin/jlink" --add-modules "$MODULES" --output "$OUT" \
  --strip-debug --no-header-files --no-man-pages --compress=zip-6 \
  --strip-native-debug-symbols=objcopy=/usr/bin/objcopy \
  --generate-cds-archive >&2 || die "jlink failed (see above)"

mkdir -p "$OUT/app/lib"
cp "$JAR" "$OUT/app/fwf.jar"
cp "${JARS[@]}" "$OUT/app/lib/"   # the manifest's lib/x.jar entries are relative to fwf.jar
rm -f "$OUT/bin/fwf"
cp "$ROOT/jlink/fwf.sh" "$OUT/bin/fwf"
chmod 755 "$OUT/bin/fwf"
printf 'package: %s (%s)\n' "${OUT#"$ROOT"/}" "$(du -sh "$OUT" | cut -f1)" >&2
