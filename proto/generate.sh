#!/usr/bin/env bash
# Regenerates the code of all three languages from proto/socialnet/v1/*.proto
# with one pinned protoc (the npm package `protoc`, see ts-server/package.json).
# Run through `make proto`; `make check-proto` fails when the result differs
# from what is committed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin="$root/ts-server/node_modules/.bin"
protoc="$bin/protoc"
schema=socialnet/v1/socialnet.proto
cd "$root/proto"

"$bin/buf" lint .

# Go: protoc-gen-go pinned in go-clock/go.mod's protobuf version, installed by `make setup`.
out=$(mktemp -d)
"$protoc" --plugin=protoc-gen-go="$root/go-clock/.tools/protoc-gen-go" \
  --go_out="$out" --go_opt=paths=source_relative "$schema"
cp "$out/socialnet/v1/socialnet.pb.go" "$root/go-clock/internal/pb/socialnet.pb.go"
rm -rf "$out"

# Python: module socialnet.v1.socialnet_pb2 inside the py-client package.
"$protoc" --python_out="$root/py-client/src" --pyi_out="$root/py-client/src" "$schema"
touch "$root/py-client/src/socialnet/v1/__init__.py"

# TypeScript: protobufjs static ESM module plus typings. --force-number keeps
# 64-bit fields as JS numbers (our counters and milliseconds stay below 2^53),
# because encode() of a plain object silently writes 0 for a BigInt.
gen="$root/ts-server/src/gen"
"$bin/pbjs" -t static-module -w es6 --force-number --no-beautify \
  --dependency protobufjs/minimal.js -o "$gen/socialnet.js" "$schema"
"$bin/pbts" --no-comments -o "$gen/socialnet.d.ts" "$gen/socialnet.js"
