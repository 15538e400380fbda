// `npm run bench`: throughput and memory of `incentive batch` on a deterministic synthetic CSV.
//   node bench/batch.mjs [--rows N | --million] [--runs N] [--jobs 1,2] [--only floor,baseline,scenarios]
// Runs the I/O floor (parse and write only), the baseline alone and the baseline with two
// scenarios, each in a fresh process, in rounds (see below), and prints the median of the runs and
// of the ratios between them. Needs dist/ (npm run build).
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
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
// The generator's own hash in the name: a file made by an earlier generator is never taken for this one's.
const generator = createHash("sha256").update(readFileSync(join(root, "bench/generate.mjs"))).digest("hex").slice(0, 8);
const csv = join(dir, `companies-${rows}-${generator}.csv`);
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

// The runs go in rounds, one run of every configuration a round, rather than all runs of one
// configuration in a row: a machine that is slower for a minute then slows every configuration
// alike, and the ratios between configurations (× floor, --jobs 2 against 1) are taken within a
// round, where they are least disturbed.
const base = ["batch", csv, "--out", out, "--errors", join(dir, "errors.csv"), "--summary", join(dir, "summary.json"), "--no-progress"];
const configs = [];
if (only.includes("floor")) configs.push({ label: "I/O floor (parse + write)", args: ["--floor", csv, out] });
for (const jobs of jobsList) {
  if (only.includes("baseline")) configs.push({ label: `baseline, --jobs ${jobs}`, args: [...base, "--jobs", String(jobs)] });
  if (only.includes("scenarios")) configs.push({ label: `baseline + 2 scenarios, --jobs ${jobs}`, args: [...base, "--jobs", String(jobs), ...scenarios.flatMap((s) => ["--scenario", s])] });
}
console.log(`${rows} rows, ${runs} round(s) of ${configs.length} configuration(s), median of the rounds, node ${process.version}`);
const samples = configs.map(() => []);
for (let round = 0; round < runs; round++) {
  configs.forEach((config, i) => {
    samples[i].push(once(config.args));
    rmSync(out, { force: true });
  });
}
for (const [i, { label }] of configs.entries()) {
  const runs = samples[i];
  const ms = median(runs.map((s) => s.ms));
  const rowsPerSecond = Math.round((rows / ms) * 1000);
  const peakRssMB = Math.max(...runs.map((s) => s.peakRssMB));
  console.log(`${label.padEnd(34)} ${String(ms).padStart(8)} ms  ${String(rowsPerSecond).padStart(7)} rows/s  cpu ${median(runs.map((s) => s.cpuMs))} ms  peak ${peakRssMB} MB  runs ${runs.map((s) => s.ms).join(", ")}`);
}
/** The ratio a / b of two configurations' runs within each round, and the median of those ratios. */
const ratios = (a, b) => {
  const each = samples[a].map((s, round) => s.ms / (samples[b][round]?.ms ?? Number.NaN));
  return `${median(each).toFixed(2)}× (rounds ${each.map((r) => r.toFixed(2)).join(", ")})`;
};
const index = (label) => configs.findIndex((c) => c.label === label);
const floor = index("I/O floor (parse + write)");
if (floor >= 0) for (const [i, { label }] of configs.entries()) if (i !== floor) console.log(`${label.padEnd(34)} ${ratios(i, floor)} the I/O floor`);
for (const kind of ["baseline", "baseline + 2 scenarios"]) {
  const one = index(`${kind}, --jobs 1`);
  const two = index(`${kind}, --jobs 2`);
  if (one >= 0 && two >= 0) console.log(`${kind}: --jobs 2 is ${ratios(one, two)} as fast as --jobs 1`);
}
