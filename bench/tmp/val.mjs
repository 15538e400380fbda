import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
const dist = "/work/main/dist/";
const { buildContext } = await import(dist + "batch/context.js");
const { companyFromRow } = await import(dist + "batch/row.js");
const { companySchema } = await import(dist + "input/company-schema.js");
const file = "/tmp/incentive-bench/companies-20000.csv";
const recs = parse(readFileSync(file, "utf8"), { bom: true });
const ctx = buildContext({ file, headers: recs[0], tablesDir: "/work/main/tables", scenarioFiles: [], sets: [], year: undefined, format: "csv", long: false, tool: { name: "x", version: "0" } });
const rows = recs.slice(1);
for (let k = 0; k < 3; k++) {
  let t = performance.now();
  for (let i = 0; i < rows.length; i++) companyFromRow(rows[i], ctx.plan, i + 1, i + 2);
  console.log("companyFromRow", ((performance.now() - t) / rows.length * 1000).toFixed(1), "µs/row");
}
