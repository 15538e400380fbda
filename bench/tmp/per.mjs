import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
const dist = "/work/main/dist/";
const { calculate } = await import(dist + "core/calculate.js");
const { IMPLEMENTATIONS } = await import(dist + "policies/registry.js");
const { taxYearPeriod } = await import(dist + "core/dates.js");
const { buildContext } = await import(dist + "batch/context.js");
const { companyFromRow } = await import(dist + "batch/row.js");
const file = process.argv[2] ?? "/tmp/b5k.csv";
const recs = parse(readFileSync(file, "utf8"), { bom: true });
const headers = recs[0];
const ctx = buildContext({ file, headers, tablesDir: "/work/main/tables", scenarioFiles: [], sets: [], year: undefined, format: "csv", long: false, tool: { name: "x", version: "0" } });
const rows = recs.slice(1);
const companies = rows.map((c, i) => companyFromRow(c, ctx.plan, i + 1, i + 2)).map((o) => o.company);
const opts = { period: taxYearPeriod(2018), tool: { name: "x", version: "0" } };
const times = new Map();
for (const [id, p] of IMPLEMENTATIONS) {
  const orig = p.evaluate;
  p.evaluate = function (...a) { const t = performance.now(); const r = orig.apply(this, a); times.set(id, (times.get(id) ?? 0) + performance.now() - t); return r; };
}
for (const c of companies) calculate(c, ctx.baseline, opts);
times.clear();
let t = performance.now();
for (const c of companies) calculate(c, ctx.baseline, opts);
const total = performance.now() - t;
console.log(`calculate ${(total / companies.length * 1000).toFixed(1)} µs/row`);
let s = 0;
for (const [id, ms] of [...times].sort((a, b) => b[1] - a[1])) { s += ms; console.log(id.padEnd(45), (ms / companies.length * 1000).toFixed(1), "µs/row"); }
console.log("coded total", (s / companies.length * 1000).toFixed(1));
