// Every golden case under fixtures/cases runs here, so `npm test` covers them all.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCase } from "../src/cases/run.js";
import { dec, sum } from "../src/core/money.js";
import { caseFileSchema } from "../src/cases/schema.js";
import { loadTables } from "../src/io/load-tables.js";
import { validate } from "../src/io/validate.js";
import { parseSource } from "../src/io/yaml-source.js";

const CASES = join(import.meta.dirname, "..", "fixtures", "cases");
const tables = loadTables(join(import.meta.dirname, "..", "tables"));
const tool = { name: "incentive", version: "test" };

function caseFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? caseFiles(full) : name.endsWith(".yaml") ? [full] : [];
  });
}

const files = caseFiles(CASES);

it("finds golden case files", () => {
  expect(files.length).toBeGreaterThan(0);
});

for (const file of files) {
  const parsed = parseSource(readFileSync(file, "utf8"), file);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join("\n"));
  const validated = validate(caseFileSchema, parsed.source);
  if (!validated.ok) throw new Error(validated.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  describe(file.slice(CASES.length + 1), () => {
    for (const golden of validated.data.cases) {
      it(golden.name, () => {
        const outcome = runCase(golden, tables, tool);
        expect(outcome.failures).toEqual([]);
        // every income-tax waterfall adds up: items sum to baseline − actual
        const summary = outcome.result?.income_tax;
        if (summary && outcome.result) {
          const cit = outcome.result.items.filter((i) => i.policy.startsWith("cit-") && (i.status === "applied" || i.status === "capped"));
          const total = sum(cit.map((i) => dec(i.amount ?? "0")));
          expect(total.toFixed(2)).toBe(summary.reduction);
        }
      });
    }
  });
}
