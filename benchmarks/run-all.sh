#!/usr/bin/env bash
# Runs every benchmark of docs/benchmarks.md in one session on this machine: all BenchmarkDotNet classes, the answer
# check against the FluentValidation funding peer, and Krippendorff's alpha against the npm peer at 10^3 to 10^6 units.
# Use a quiet machine (no other builds or tests). About 40 minutes on 2 cores.
#
#   bash benchmarks/run-all.sh [OUT_DIR]      (OUT_DIR defaults to benchmarks/MoDomain.Benchmarks/BenchmarkDotNet.Artifacts)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-benchmarks/MoDomain.Benchmarks/BenchmarkDotNet.Artifacts}"
mkdir -p "$out"
project=benchmarks/MoDomain.Benchmarks

{ date -u; nproc; lscpu | grep -E 'Model name|L2|L3' || true; dotnet --version; node --version; } > "$out/machine.txt"

dotnet build -c Release "$project" > "$out/build.log"

# 1. Every BenchmarkDotNet class (classification one/100,000, growth 10^3–10^6, funding vs FluentValidation,
#    alpha 10^3–10^6, JSON read vs raw System.Text.Json, function matrix 10^3–10^6).
dotnet run -c Release --no-build --project "$project" -- --filter '*' --job short --iterationCount 10 --artifacts "$out"

# 2. The funding peer gives the same answers wherever MoDomain decides.
dotnet run -c Release --no-build --project "$project" -- --verify-funding

# 3. Krippendorff's alpha against the npm package krippendorff 0.1.0 (values to 1e-9, time of build + alpha).
(cd benchmarks/peers && npm ci --silent)
for units in 1000 10000 100000 1000000; do
  dotnet run -c Release --no-build --project "$project" -- --agreement-peer-data "$out/alpha-peer-$units.json" "$units"
  node benchmarks/peers/krippendorff-peer.mjs "$out/alpha-peer-$units.json" | tee "$out/alpha-peer-$units.txt"
  rm -f "$out/alpha-peer-$units.json"
done
echo "results: $out/results/*-report-github.md, $out/alpha-peer-*.txt"
