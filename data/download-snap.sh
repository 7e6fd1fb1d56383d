#!/usr/bin/env bash
# Downloads SNAP edge lists (gzipped) and unpacks them.
#
#   data/download-snap.sh [folder] [file.txt.gz ...]
#
# folder defaults to ~/.local/share/faster-with-friends/data; the files default to
# facebook_combined.txt.gz (ego-Facebook: 4,039 nodes, 88,234 edges). Names are paths under
# https://snap.stanford.edu/data/ (e.g. ca-GrQc.txt.gz); a full https:// URL works too.
set -euo pipefail

base_url="https://snap.stanford.edu/data"
dest="${1:-$HOME/.local/share/faster-with-friends/data}"
if [[ $# -gt 0 ]]; then shift; fi
files=("$@")
if [[ ${#files[@]} -eq 0 ]]; then
    files=("facebook_combined.txt.gz")
fi

fail() {
    echo "download-snap: $*" >&2
    exit 1
}

if command -v curl >/dev/null 2>&1; then
    fetch() { curl --fail --location --silent --show-error --connect-timeout 15 --retry 2 -o "$2" "$1"; }
elif command -v wget >/dev/null 2>&1; then
    fetch() { wget --quiet --timeout=15 --tries=3 -O "$2" "$1"; }
else
    fail "needs curl or wget"
fi
command -v gunzip >/dev/null 2>&1 || fail "needs gunzip"

mkdir -p "$dest" || fail "cannot create $dest"
dest="$(cd "$dest" && pwd)"

for name in "${files[@]}"; do
    case "$name" in
        https://*|http://*) url="$name" ;;
        *) url="$base_url/$name" ;;
    esac
    file="${url##*/}"
    gz="$dest/$file"
    part="$gz.part"
    echo "Downloading $url ..."
    # Into a .part file first, so an interrupted download never looks like a finished one.
    if ! fetch "$url" "$part"; then
        rm -f "$part"
        fail "could not download $url (no network? a proxy? the SNAP site down?)"
    fi
    mv -f "$part" "$gz"
    if [[ "$gz" == *.gz ]]; then
        out="${gz%.gz}"
        gunzip -t "$gz" 2>/dev/null || { rm -f "$gz"; fail "$url is not a valid gzip file"; }
        gunzip -c "$gz" > "$out.part" && mv -f "$out.part" "$out" && rm -f "$gz"
    else
        out="$gz"
    fi
    echo "Saved $out ($(wc -l < "$out" | tr -d ' ') lines)"
done
echo "Edge lists are in $dest"
