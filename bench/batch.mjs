// `npm run bench`: throughput and memory of `incentive batch` on a deterministic synthetic CSV.
//   node bench/batch.mjs [--rows N | --million] [--runs N] [--jobs 1,2] [--only floor,baseline,scenarios]
// Runs the I/O floor (parse and write only), the baseline alone and the baseline with two
// scenarios, each in a fresh process, and prints the median of the runs. Needs dist/ (npm run build).
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { generate } from "./generate.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const rows = argv.includes("--million") ? 1_000_000 : Number(option("--rows", "100000"));
const runs = Number(option("--runs", "3"));
const jobsList = option("--jobs", "1,2").split(",").map(Number);
const only = option("--only", "floor,baseline,scenarios").split(",");
if (!existsSync(join(root, "dist/cli/main.js"))) {
  console.error("bench: dist/ is missing; run `npm run build` (npm run bench does it)");
  process.exit(2);
}

const dir = join(tmpdir(), "incentive-bench");
mkdirSync(dir, { recursive: true });
const csv = join(dir, `companies-${rows}.csv`);
if (!existsSync(csv)) {
  const t = performance.now();
  await generate(rows, csv);
  console.log(`generated ${csv} (${rows} rows) in ${Math.round(performance.now() - t)} ms`);
}
const out = join(dir, "out.csv");
const scenarios = ["fixtures/scenarios/vat-13-from-may.yaml", "fixtures/scenarios/small-low-profit-limit-300wan.yaml"].map((f) => join(root, f));

// The node flags users run with: the rest of bin/incentive's `#!/usr/bin/env -S node …` line.
const shebang = readFileSync(join(root, "bin/incentive"), "utf8").split("\n")[0] ?? "";
const nodeFlags = (/^#!\/usr\/bin\/env -S node (.+)$/.exec(shebang)?.[1] ?? "").split(/\s+/).filter(Boolean);
console.log(`node ${process.version} ${nodeFlags.join(" ")}`);

function once(args) {
  const result = spawnSync(process.execPath, [...nodeFlags, join(root, "bench/run-one.mjs"), ...args], { cwd: root, encoding: "utf8", maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`bench run failed: ${result.stderr}`);
  const line = result.stdout.trim().split("\n").pop() ?? "{}";
  const parsed = JSON.parse(line);
  if (parsed.code !== 0) throw new Error(`incentive batch exited ${parsed.code}: ${result.stderr}`);
  return parsed;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function measure(label, args) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    samples.push(once(args));
    rmSync(out, { force: true });
  }
  const ms = median(samples.map((s) => s.ms));
  const cpuMs = median(samples.map((s) => s.cpuMs));
  const result = { label, ms, cpuMs, rowsPerSecond: Math.round((rows / ms) * 1000), peakRssMB: Math.max(...samples.map((s) => s.peakRssMB)), runs: samples.map((s) => s.ms) };
  console.log(`${label.padEnd(34)} ${String(ms).padStart(8)} ms  ${String(result.rowsPerSecond).padStart(7)} rows/s  cpu ${cpuMs} ms  peak ${result.peakRssMB} MB  runs ${result.runs.join(", ")}`);
  return result;
}

console.log(`${rows} rows, median of ${runs} run(s), node ${process.version}`);
const results = [];
if (only.includes("floor")) results.push(measure("I/O floor (parse + write)", ["--floor", csv, out]));
const base = ["batch", csv, "--out", out, "--errors", join(dir, "errors.csv"), "--summary", join(dir, "summary.json"), "--no-progress"];
for (const jobs of jobsList) {
  if (only.includes("baseline")) results.push(measure(`baseline, --jobs ${jobs}`, [...base, "--jobs", String(jobs)]));
  if (only.includes("scenarios")) results.push(measure(`baseline + 2 scenarios, --jobs ${jobs}`, [...base, "--jobs", String(jobs), ...scenarios.flatMap((s) => ["--scenario", s])]));
}
const floor = results.find((r) => r.label.startsWith("I/O floor"));
if (floor) for (const r of results) if (r !== floor) console.log(`${r.label.padEnd(34)} ${(r.ms / floor.ms).toFixed(1)}× the I/O floor`);
for (const kind of ["baseline", "baseline + 2 scenarios"]) {
  const one = results.find((r) => r.label === `${kind}, --jobs 1`);
  const two = results.find((r) => r.label === `${kind}, --jobs 2`);
  if (one && two) console.log(`${kind}: --jobs 2 is ${(one.ms / two.ms).toFixed(2)}× --jobs 1`);
}
