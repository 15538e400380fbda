import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
const text = readFileSync("/tmp/incentive-bench/companies-20000.csv", "utf8");
for (const opts of [{}, { info: true }, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, skip_records_with_error: true, info: true }]) {
  for (let k = 0; k < 2; k++) {
    const t = performance.now();
    const r = parse(text, opts);
    const ms = performance.now() - t;
    if (k) console.log(JSON.stringify(opts), (ms / 20000 * 1000).toFixed(1), "µs/row", text.length / 20000, "chars/row");
  }
}
const recs = parse(text);
const t = performance.now(); stringify(recs); console.log("stringify", ((performance.now() - t) / 20000 * 1000).toFixed(1), "µs/row");
