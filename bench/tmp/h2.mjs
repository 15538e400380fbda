import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
const dist = "/work/main/dist/";
const { calculateAmounts: calculate } = await import(dist + "core/calculate.js");
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
