#!/bin/sh
# Faster with Friends, the self-contained image: this runtime, the application's jars in app/.
#   bin/fwf                 open the window
#   bin/fwf COMMAND ...     run a command-line command (bin/fwf --help lists them)
#   bin/fwf jdk             print the Java runtime this image runs on (the image itself)
# No JDK needed: workers are forked from this image's own bin/java with the same class path.
# FWF_JAVA_OPTS adds JVM options to this (the caller's) JVM, as with ./fwf.

# The image's root, through any symlink to this script (e.g. from /usr/local/bin).
self="$0"
while [ -L "$self" ]; do
  link=$(readlink "$self")
  case "$link" in /*) self="$link" ;; *) self="$(dirname "$self")/$link" ;; esac
done
IMAGE=$(cd "$(dirname "$self")/.." && pwd -P)

case "${1:-}" in
  jdk)
    printf '%s\n' "$IMAGE"
    exit 0
    ;;
  test|package|bench)
    printf 'fwf: "%s" builds from the sources: run ./fwf %s in a checkout of the repository\n' "$1" "$1" >&2
    exit 2
    ;;
esac

# The flags ./fwf starts every JVM of ours with, and -XX:TieredStopAtLevel=1: this JVM (the window,
# or a command's caller) measures nothing itself, and on a small machine C2 compiling the window's
# start-up code took a third of its start-up CPU; C1 alone starts it sooner and keeps the graph view
# at its frame cap. Workers are other JVMs, started with their own system's flags. FWF_JAVA_OPTS comes
# last, so it can override (FWF_JAVA_OPTS=-XX:TieredStopAtLevel=4 brings C2 back).
# shellcheck disable=SC2086  # FWF_JAVA_OPTS is a list of words by design
exec "$IMAGE/bin/java" --enable-native-access=ALL-UNNAMED -XX:+IgnoreUnrecognizedVMOptions -XX:TieredStopAtLevel=1 \
  ${FWF_JAVA_OPTS:-} -jar "$IMAGE/app/fwf.jar" "$@"
