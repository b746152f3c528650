/**
 * The simulation campaign: `node dist/sim/main.js --seeds 500 [--start 1]`,
 * or one seed replayed with its trace: `--seed 42 --verbose`.
 * Prints a table, writes JSON with --out, exits 1 when any seed fails.
 */
import { writeFileSync } from "node:fs";
import { parseToolArgs } from "../tools/args.js";
import { runSeed, type RunResult } from "./run.js";

const USAGE = `usage: node dist/sim/main.js [--seeds N] [--start S] [--seed X] [--verbose] [--dump] [--out FILE] [--fault-ms MS] [--quiet-ms MS]`;

const args = parseToolArgs({
  seeds: { type: "string", default: "100" },
  start: { type: "string", default: "1" },
  seed: { type: "string" },
  verbose: { type: "boolean", default: false },
  dump: { type: "boolean", default: false },
  out: { type: "string" },
  "fault-ms": { type: "string" },
  "quiet-ms": { type: "string" },
  help: { type: "boolean", default: false },
}, USAGE);
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const list = args.seed !== undefined ? [Number(args.seed)] : Array.from({ length: Number(args.seeds) }, (_, i) => Number(args.start) + i);
const opts = {
  ...(args["fault-ms"] !== undefined && { faultMs: Number(args["fault-ms"]) }),
  ...(args["quiet-ms"] !== undefined && { quietMs: Number(args["quiet-ms"]) }),
  keepLog: args.dump,
};
const started = performance.now();
const results: RunResult[] = [];
for (const seed of list) {
  const r = await runSeed(seed, opts);
  results.push(r);
  if (!r.ok || args.verbose) {
    console.log(`seed=${seed} ${r.ok ? "ok" : "FAILED"} hash=${r.traceHash} ${JSON.stringify({ faults: r.faults, ops: r.ops, events: r.events })}`);
    for (const v of r.violations) console.log(`  violation: ${v}`);
    if (!r.ok || args.verbose) for (const line of r.tail) console.log(`    ${line}`);
    if (!r.ok) console.log(`  replay: make simulate SEED=${seed}`);
    if (args.dump) for (const line of r.log ?? []) console.log(line);
  }
}
const elapsed = (performance.now() - started) / 1000;
const sum = (f: (r: RunResult) => number): number => results.reduce((a, r) => a + f(r), 0);
const faults: Record<string, number> = {};
for (const r of results) for (const [k, n] of Object.entries(r.faults)) faults[k] = (faults[k] ?? 0) + n;
const failed = results.filter((r) => !r.ok);
const rows: [string, string][] = [
  ["seeds", String(results.length)],
  ["failed seeds", failed.length === 0 ? "0" : `${failed.length} (${failed.map((r) => r.seed).join(", ")})`],
  ["writes issued / acknowledged", `${sum((r) => r.ops.issued)} / ${sum((r) => r.ops.acknowledged)}`],
  ["events delivered (per run, summed)", String(sum((r) => r.events))],
  ...Object.entries(faults).sort().map(([k, n]): [string, string] => [`faults: ${k}`, String(n)]),
  ["messages delivered / dropped / duplicated / cut by partitions",
    `${sum((r) => r.network.delivered)} / ${sum((r) => r.network.dropped)} / ${sum((r) => r.network.duplicated)} / ${sum((r) => r.network.partitionDropped)}`],
  ["simulator steps", String(sum((r) => r.steps))],
  ["elapsed", `${elapsed.toFixed(1)} s (${(elapsed / results.length).toFixed(2)} s per seed)`],
];
console.log("\nTypeScript simulator");
for (const [k, v] of rows) console.log(`  ${k.padEnd(62)} ${v}`);
if (args.out !== undefined) writeFileSync(args.out, JSON.stringify({ elapsedS: elapsed, faults, results: results.map(({ tail: _tail, ...r }) => r) }, null, 2));
process.exit(failed.length === 0 ? 0 : 1);
