import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
const dist = "/work/main/dist/";
const { calculate } = await import(dist + "core/calculate.js");
const { taxYearPeriod } = await import(dist + "core/dates.js");
const { buildContext } = await import(dist + "batch/context.js");
const { companyFromRow } = await import(dist + "batch/row.js");
const file = process.argv[2] ?? "/tmp/b5k.csv";
const recs = parse(readFileSync(file, "utf8"), { bom: true });
const headers = recs[0];
const ctx = buildContext({ file, headers, tablesDir: "/work/main/tables", scenarioFiles: [], sets: [], year: undefined, format: "csv", long: false, tool: { name: "x", version: "0" } });
const rows = recs.slice(1);
let t = performance.now();
const companies = rows.map((c, i) => companyFromRow(c, ctx.plan, i + 1, i + 2)).map((o) => o.company);
const tRow = performance.now() - t;
const opts = { period: taxYearPeriod(2018), tool: { name: "x", version: "0" } };
for (let k = 0; k < 2; k++) { t = performance.now(); for (const c of companies) calculate(c, ctx.baseline, opts); }
const tCalc = performance.now() - t;
console.log(`rows ${rows.length}: companyFromRow ${(tRow / rows.length * 1000).toFixed(1)} µs/row, calculate ${(tCalc / rows.length * 1000).toFixed(1)} µs/row`);
// per-table
const stats = new Map();
const r0 = companies.slice(0, 300).map((c) => calculate(c, ctx.baseline, opts));
const count = new Map();
for (const r of r0) for (const i of r.items) { const k = i.policy + " " + i.status; count.set(k, (count.get(k) ?? 0) + 1); }
const byStatus = new Map(); for (const r of r0) for (const i of r.items) byStatus.set(i.status, (byStatus.get(i.status) ?? 0) + 1);
console.log("items per row", r0.reduce((a, r) => a + r.items.length, 0) / r0.length, Object.fromEntries(byStatus));
const awardN = r0.reduce((a,r)=>a+r.items.filter(i=>ctx.baseline.policies.get(i.policy)?.award).length,0)/r0.length;
console.log("award items/row", awardN);
const per = new Map();
for (const c of companies.slice(0, 3000)) {
  const region = c.region;
  for (const [id, table] of ctx.baseline.policies) {
    if (table.kind === "reference") continue;
    if (table.jurisdiction !== "national" && !region.split("/").includes(table.jurisdiction)) continue;
  }
}
const agg = new Map();
for (const r of companies.slice(0,3000).map((c) => calculate(c, ctx.baseline, opts))) for (const i of r.items) {
  const k = i.policy; const a = agg.get(k) ?? {}; a[i.status] = (a[i.status] ?? 0) + 1; a.award = !!ctx.baseline.policies.get(k)?.award; agg.set(k, a);
}
for (const [k, a] of [...agg].sort()) console.log(k.padEnd(50), JSON.stringify(a));
