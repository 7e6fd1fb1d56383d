#!/bin/sh
# Faster with Friends, the self-contained image: this runtime, the application's jars in app/.
#   bin/fwf                 open the window
#   bin/fwf COMMAND ...     run a command-line command (bin/fwf --help lists them)
#   bin/fwf jdk             print the Java runtime this image runs on (the image itself)
#   bin/fwf cds             dump the class-data archive now (the first start does it in the background)
# No JDK needed: workers are forked from this image's own bin/java with the same class path.
# FWF_JAVA_OPTS adds JVM options to this (the caller's) JVM, as with ./fwf.

# The image's root, through any symlink to this script (e.g. from /usr/local/bin).
self="$0"
while [ -L "$self" ]; do
  link=$(readlink "$self")
  case "$link" in /*) self="$link" ;; *) self="$(dirname "$self")/$link" ;; esac
done
IMAGE=$(cd "$(dirname "$self")/.." && pwd -P)

# The class-data archive. The image ships the list of classes its training runs loaded
# (lib/fwf.classlist.gz, written by ./fwf package), not the archive dumped from it: that is a 40 MB
# file, half the image again. The first start dumps it in the background, at low priority, into the
# user's cache (about 3 s of one core); every later start, this JVM's and its workers' (passed on as
# fwf.classDataArchive), maps its classes from it already parsed and verified. One archive per
# image folder; a stamp of the runtime and the jars says when a rebuilt image needs a new one.
# FWF_CDS=0 starts without it. See "The image" in README.md.
CLASSLIST="$IMAGE/lib/fwf.classlist.gz"
# The cache folder by fwf.io.AppFolders' rule: $XDG_CACHE_HOME when it is an absolute path (the XDG
# specification says to ignore a relative one), else ~/.cache.
case "${XDG_CACHE_HOME:-}" in
  /*) CACHE_HOME="$XDG_CACHE_HOME" ;;
  *) CACHE_HOME="${HOME:-/nonexistent}/.cache" ;;
esac
CDS_DIR="$CACHE_HOME/faster-with-friends/cds"
CDS_ARCHIVE="$CDS_DIR/image-$(printf '%s' "$IMAGE" | cksum | cut -d' ' -f1).jsa"
CDS_LOCK="$CDS_ARCHIVE.lock"

cds_stamp() {
  for f in "$IMAGE/lib/server/libjvm.so" "$IMAGE/lib/modules" "$IMAGE/app/fwf.jar" "$CLASSLIST"; do
    date -r "$f" +%s 2>/dev/null || echo -
  done | tr '\n' ' '
}

cds_ready() {
  [ -f "$CDS_ARCHIVE" ] && [ "$(cat "$CDS_ARCHIVE.stamp" 2>/dev/null)" = "$(cds_stamp)" ]
}

# cds_dump: dumps the archive beside its final name and renames it there, so a start never maps a
# half-written file. Dumped with the module options of this script's JVM below: when they differ,
# the JVM maps the classes but not the archived module graph, and says so on stderr. The lock
# (mkdir is atomic) keeps two starts from dumping at once; one older than 10 minutes was left by a
# dump that died, and is taken over.
cds_dump() {
  mkdir -p "$CDS_DIR" 2>/dev/null || return 1
  if ! mkdir "$CDS_LOCK" 2>/dev/null; then
    [ -n "$(find "$CDS_LOCK" -maxdepth 0 -mmin +10 2>/dev/null)" ] || return 1
    rm -rf "$CDS_LOCK"
    mkdir "$CDS_LOCK" 2>/dev/null || return 1
  fi
  tmp="$CDS_LOCK/archive.jsa"
  stamp=$(cds_stamp)
  if gzip -dc "$CLASSLIST" > "$CDS_LOCK/classlist" 2> "$CDS_LOCK/dump.log" \
     && nice -n "${CDS_NICE:-0}" "$IMAGE/bin/java" --enable-native-access=ALL-UNNAMED -Xshare:dump \
       -XX:SharedClassListFile="$CDS_LOCK/classlist" \
       -XX:SharedArchiveFile="$tmp" -cp "$IMAGE/app/fwf.jar" >> "$CDS_LOCK/dump.log" 2>&1 \
     && mv -f "$tmp" "$CDS_ARCHIVE" && printf '%s' "$stamp" > "$CDS_ARCHIVE.stamp"; then
    rm -rf "$CDS_LOCK"
    return 0
  fi
  cp "$CDS_LOCK/dump.log" "$CDS_ARCHIVE.log" 2>/dev/null   # kept for whoever wonders why starts stay slow
  rm -rf "$CDS_LOCK"
  return 1
}

case "${1:-}" in
  jdk)
    printf '%s\n' "$IMAGE"
    exit 0
    ;;
  cds)
    [ -f "$CLASSLIST" ] || { printf 'fwf: this image was built with --no-cds: it has no class list to dump\n' >&2; exit 2; }
    # A start may be dumping in the background: wait for it (a minute at most) rather than race it.
    waited=0
    while [ -d "$CDS_LOCK" ] && [ $waited -lt 60 ]; do sleep 1; waited=$((waited + 1)); done
    started=$(date +%s)
    if cds_dump; then
      printf 'fwf: class-data archive %s (%s) dumped in %d s\n' "$CDS_ARCHIVE" \
        "$(du -h "$CDS_ARCHIVE" | cut -f1)" $(( $(date +%s) - started )) >&2
      exit 0
    fi
    printf 'fwf: could not dump the class-data archive into %s%s\n' "$CDS_DIR" \
      "$([ -f "$CDS_ARCHIVE.log" ] && printf ' (see %s)' "$CDS_ARCHIVE.log")" >&2
    exit 1
    ;;
  test|package|bench)
    printf 'fwf: "%s" builds from the sources: run ./fwf %s in a checkout of the repository\n' "$1" "$1" >&2
    exit 2
    ;;
esac

# The arguments after the JVM's own flags, built from the end: FWF_JAVA_OPTS (split into words by
# design) before -jar, and the class-data archive before those, so FWF_JAVA_OPTS can override it too.
# shellcheck disable=SC2086
set -- ${FWF_JAVA_OPTS:-} -jar "$IMAGE/app/fwf.jar" "$@"
if [ -f "$CLASSLIST" ] && [ "${FWF_CDS:-1}" != 0 ]; then
  if cds_ready; then
    set -- "-XX:SharedArchiveFile=$CDS_ARCHIVE" "-Dfwf.classDataArchive=$CDS_ARCHIVE" "$@"
  else
    ( CDS_NICE=10; cds_dump ) </dev/null >/dev/null 2>&1 &   # in the background: this start goes on without it
  fi
fi
# The flags ./fwf starts every JVM of ours with, and -XX:TieredStopAtLevel=1: this JVM (the window,
# or a command's caller) measures nothing itself, and on a small machine C2 compiling the window's
# start-up code took a third of its start-up CPU; C1 alone starts it sooner and keeps the graph view
# at its frame cap. Workers are other JVMs, started with their own system's flags. FWF_JAVA_OPTS comes
# after them all, so it can override (FWF_JAVA_OPTS=-XX:TieredStopAtLevel=4 brings C2 back).
# -Xlog:disable -Xlog:all=warning:stderr: the JVM's own warnings go to stderr (by default they go to
# stdout), so stdout carries only the program's output (`bin/fwf run --format json > r.json` stays JSON).
exec "$IMAGE/bin/java" -Xlog:disable -Xlog:all=warning:stderr --enable-native-access=ALL-UNNAMED \
  -XX:+IgnoreUnrecognizedVMOptions -XX:TieredStopAtLevel=1 "$@"
