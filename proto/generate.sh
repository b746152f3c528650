#!/usr/bin/env bash
# Regenerates the code of all three languages from proto/socialnet/v1/*.proto
# with one pinned protoc (the npm package `protoc`, see ts-server/package.json).
# Run through `make proto`. With OUT_ROOT set, writes the same files below that
# folder instead of the repo: `make check-proto` uses it to compare a fresh
# generation with the files in the tree.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dest=${OUT_ROOT:-$root}
mkdir -p "$dest/go-clock/internal/pb" "$dest/py-client/src" "$dest/ts-server/src/gen"
bin="$root/ts-server/node_modules/.bin"
protoc="$bin/protoc"
schema=socialnet/v1/socialnet.proto
cd "$root/proto"

"$bin/buf" lint .

# Go: protoc-gen-go pinned in go-clock/go.mod's protobuf version, installed by `make setup`.
out=$(mktemp -d)
"$protoc" --plugin=protoc-gen-go="$root/go-clock/.tools/protoc-gen-go" \
  --go_out="$out" --go_opt=paths=source_relative "$schema"
cp "$out/socialnet/v1/socialnet.pb.go" "$dest/go-clock/internal/pb/socialnet.pb.go"
rm -rf "$out"

# Python: module socialnet.v1.socialnet_pb2 inside the py-client package.
"$protoc" --python_out="$dest/py-client/src" --pyi_out="$dest/py-client/src" "$schema"
touch "$dest/py-client/src/socialnet/v1/__init__.py"

# TypeScript: protobufjs static ESM module plus typings. --force-number keeps
# 64-bit fields as JS numbers (our counters and milliseconds stay below 2^53),
# because encode() of a plain object silently writes 0 for a BigInt.
gen="$dest/ts-server/src/gen"
"$bin/pbjs" -t static-module -w es6 --force-number --no-beautify \
  --dependency protobufjs/minimal.js -o "$gen/socialnet.js" "$schema"
"$bin/pbts" --no-comments -o "$gen/socialnet.d.ts" "$gen/socialnet.js"
