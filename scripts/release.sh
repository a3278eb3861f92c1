#!/usr/bin/env bash
# Build release archives for Windows (.zip), macOS and Linux (.tar.gz),
# amd64 and arm64, each holding the binary, README.md and LICENSE, with a
# SHA256SUMS file, into dist/ (or $DIST).
#
#   scripts/release.sh [VERSION]                  # all six
#   TARGETS="windows/amd64" scripts/release.sh    # just some
#
# Reproducible: two runs on the same commit give the same bytes. The date
# stamped into the binary and onto every archive entry is the commit's, not
# the clock's; builds use -trimpath and no build id; archive entries are
# sorted, owned by root, with fixed modes (scripts/archive).
set -euo pipefail
cd "$(dirname "$0")/.."

version=${1:-$(git describe --tags --always --dirty 2>/dev/null || echo dev)}
commit=$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
epoch=$(git log -1 --format=%ct 2>/dev/null || echo 0)
date=$(TZ=UTC git log -1 --date=format-local:%Y-%m-%dT%H:%M:%SZ --format=%cd 2>/dev/null || echo unknown)
targets=${TARGETS:-"windows/amd64 windows/arm64 darwin/amd64 darwin/arm64 linux/amd64 linux/arm64"}
dist=${DIST:-dist}
ldflags="-s -w -buildid= -X main.version=$version -X main.commit=$commit -X main.date=$date"

rm -rf "$dist" && mkdir -p "$dist"
dist=$(cd "$dist" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/archive" ./scripts/archive

for t in $targets; do
  os=${t%/*} arch=${t#*/}
  name="pathways-$version-$os-$arch"
  exe=pathways
  [ "$os" = windows ] && exe=pathways.exe
  mkdir -p "$work/$name"
  CGO_ENABLED=0 GOOS=$os GOARCH=$arch GOFLAGS="${GOFLAGS:-} -buildvcs=false" \
    go build -trimpath -ldflags "$ldflags" -o "$work/$name/$exe" ./cmd/pathways
  ext=tar.gz
  [ "$os" = windows ] && ext=zip
  "$work/archive" -o "$dist/$name.$ext" -prefix "$name/" -mtime "$epoch" \
    "$work/$name/$exe" README.md LICENSE
  size=$(wc -c < "$work/$name/$exe")
  awk -v f="$dist/$name.$ext" -v s="$size" 'BEGIN { printf "%-56s binary %5.1f MB\n", f, s / 1048576 }'
done
cd "$dist"
if command -v sha256sum >/dev/null; then
  sha256sum -- *.tar.gz *.zip 2>/dev/null | LC_ALL=C sort -k2 > SHA256SUMS
else
  shasum -a 256 -- *.tar.gz *.zip 2>/dev/null | LC_ALL=C sort -k2 > SHA256SUMS
fi
echo "checksums: $dist/SHA256SUMS"
