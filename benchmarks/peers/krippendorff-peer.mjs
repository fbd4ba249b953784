// Cross-checks and times MoDomain's Krippendorff's alpha against the npm package `krippendorff` (0.1.0).
//
// Usage (from the repository root):
//   dotnet run -c Release --project benchmarks/MoDomain.Benchmarks -- --agreement-peer-data /tmp/agreement-peer.json 100000
//   (cd benchmarks/peers && npm ci)
//   node benchmarks/peers/krippendorff-peer.mjs /tmp/agreement-peer.json
//
// The data file holds the coder rows (null = missing) of a nominal and an interval data set, and the alpha values and
// build + alpha timings MoDomain measured. This script recomputes alpha with the peer (interval: the squared
// difference as metric), prints values and timings, and exits with 1 when a value differs by more than 1e-9.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { alpha } = require("krippendorff");

const file = process.argv[2];
if (!file) {
  console.error("usage: node krippendorff-peer.mjs DATA.json");
  process.exit(2);
}
const data = JSON.parse(readFileSync(file, "utf8"));
const metrics = {
  nominal: undefined, // the package default: identity metric
  interval: (a, b) => (a - b) * (a - b),
};

let failed = false;
console.log(`units: ${data.units}, coders: ${data.coders}`);
for (const name of ["nominal", "interval"]) {
  const set = data[name];
  const rows = set.rows.map((row) => row.map((v) => (v === null ? undefined : v)));
  const start = performance.now();
  const peer = metrics[name] ? alpha(rows, metrics[name]) : alpha(rows);
  const ms = performance.now() - start;
  const diff = Math.abs(peer - set.alpha);
  const ok = diff <= 1e-9;
  failed ||= !ok;
  console.log(
    `${name}: MoDomain ${set.alpha} (${set.milliseconds.toFixed(2)} ms), ` +
      `krippendorff@0.1.0 ${peer} (${ms.toFixed(2)} ms), |diff| ${diff.toExponential(2)} ${ok ? "OK" : "MISMATCH"}, ` +
      `speed-up ${(ms / set.milliseconds).toFixed(1)}x`,
  );
}
process.exit(failed ? 1 : 0);
