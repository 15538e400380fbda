// Every golden case under fixtures/cases runs here, as `incentive test` runs them, so `npm test` covers them all.
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { runCase } from "../src/cases/run.js";
import { dec, sum } from "../src/core/money.js";
import { findCaseFiles, type LoadedCase, loadCases } from "../src/io/load-cases.js";
import { loadTables } from "../src/io/load-tables.js";

const ROOT = join(import.meta.dirname, "..");
const tables = loadTables(join(ROOT, "tables"));
const tool = { name: "incentive", version: "test" };
const cases = loadCases(findCaseFiles([join(ROOT, "fixtures", "cases")]));

it("finds golden cases", () => {
  expect(cases.length).toBeGreaterThan(100);
});

const byFile = new Map<string, LoadedCase[]>();
for (const c of cases) byFile.set(c.file, [...(byFile.get(c.file) ?? []), c]);

for (const [file, fileCases] of byFile) {
  describe(relative(ROOT, file), () => {
    for (const c of fileCases) {
      it(`${c.golden.name} (line ${c.line})`, () => {
        const outcome = runCase(c.golden, c.company, tables, tool);
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
