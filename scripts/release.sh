#!/usr/bin/env bash
# Build static release binaries for Windows, macOS and Linux (amd64 and
# arm64) into dist/, with a SHA-256 checksum file.
#
#   scripts/release.sh [VERSION]          # all six
#   TARGETS="windows/amd64" scripts/release.sh   # just some
set -euo pipefail
cd "$(dirname "$0")/.."

version=${1:-$(git describe --tags --always --dirty 2>/dev/null || echo dev)}
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
date=$(date -u +%Y-%m-%dT%H:%M:%SZ)
targets=${TARGETS:-"windows/amd64 windows/arm64 darwin/amd64 darwin/arm64 linux/amd64 linux/arm64"}
ldflags="-s -w -X main.version=$version -X main.commit=$commit -X main.date=$date"

rm -rf dist && mkdir -p dist
for t in $targets; do
  os=${t%/*} arch=${t#*/}
  out="dist/pathways-$version-$os-$arch"
  [ "$os" = windows ] && out="$out.exe"
  CGO_ENABLED=0 GOOS=$os GOARCH=$arch go build -trimpath -ldflags "$ldflags" -o "$out" ./cmd/pathways
  size=$(wc -c < "$out")
  awk -v f="$out" -v s="$size" 'BEGIN { printf "%-48s %5.1f MB\n", f, s / 1048576 }'
done
(cd dist && sha256sum pathways-* > SHA256SUMS 2>/dev/null || shasum -a 256 pathways-* > SHA256SUMS)
echo "checksums: dist/SHA256SUMS"
