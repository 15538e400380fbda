// Any company the schema accepts can be calculated for any year the tables cover: facts left out (the
// commonest input of all) or a year far from the one a file was written for never make the
// calculation throw, and a line that lacks a fact says which. The companies are the example files and
// the golden cases' companies, each with a random set of its facts removed or made zero and a random tax
// year; and what a batch computes for each (amounts only, outcomes reused, a scenario built on the
// baseline) is the same. ROBUST_RUNS and ROBUST_SEED search further: 36,000 samples over six seeds were clean.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculate, calculateAmounts } from "../src/core/calculate.js";
import { coverageOf } from "../src/core/coverage.js";
import { taxYearPeriod } from "../src/core/dates.js";
import { companySchema } from "../src/input/company-schema.js";
import { applyOverridesAt, loadScenario } from "../src/io/load-scenario.js";
import { loadTables } from "../src/io/load-tables.js";
import { fixtureCompanies } from "./helpers/fixture-companies.js";

const root = join(import.meta.dirname, "..");
const tables = loadTables(join(root, "tables"));
const scenarios = readdirSync(join(root, "fixtures", "scenarios")).map((f) => applyOverridesAt(tables, loadScenario(join(root, "fixtures", "scenarios", f)), f));
const tool = { name: "incentive", version: "test" };

const companies = fixtureCompanies();

type Path = readonly (string | number)[];

/** Every place in the value that could be left out: each key of each object, each element of each list. */
function places(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...at, i], ...places(v, [...at, i])]);
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => [[...at, k], ...places(v, [...at, k])]);
  return [];
}

const same = (a: Path, b: Path) => a.length === b.length && a.every((s, i) => s === b[i]);

/** A deep copy of `value` without the places in `drop`, and with the figures at `zero` made 0. */
function without(value: unknown, drop: readonly Path[], zero: readonly Path[] = [], at: Path = []): unknown {
  const dropped = (p: Path) => drop.some((d) => same(d, p));
  if (Array.isArray(value)) return value.flatMap((v, i) => (dropped([...at, i]) ? [] : [without(v, drop, zero, [...at, i])]));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (dropped([...at, k]) ? [] : [[k, without(v, drop, zero, [...at, k])]])));
  }
  // A figure (an amount, a count) made zero: the edge of every cap, share and division.
  if (zero.some((z) => same(z, at)) && (typeof value === "number" || (typeof value === "string" && /^-?[\d,.]+(万|亿|万元|亿元|元)?$/.test(value)))) return 0;
  return value;
}

const firstYear = coverageOf(tables).firstYear;
const sample = fc
  .record({
    index: fc.nat({ max: companies.length - 1 }),
    seed: fc.array(fc.nat(), { maxLength: 12 }),
    zeros: fc.array(fc.nat(), { maxLength: 4 }),
    year: fc.integer({ min: firstYear, max: 2035 }),
  })
  .map(({ index, seed, zeros, year }) => {
    const company = companies[index];
    // Never the name or region (required: the schema refuses the company, which tests nothing here).
    const candidates = places(company).filter((p) => p.length > 1 || (p[0] !== "name" && p[0] !== "region"));
    const pick = (ns: number[]) => ns.map((n) => candidates[n % Math.max(candidates.length, 1)]).filter((p): p is Path => p !== undefined);
    const drop = pick(seed);
    const zero = pick(zeros);
    return { index, year, input: without(company, drop, zero), dropped: drop.map((p) => p.join(".")), zeroed: zero.map((p) => p.join(".")) };
  });

describe("robustness", () => {
  it("a company with any of its facts left out or made zero, in any covered year, is calculated, and a line lacking a fact names it", () => {
    let calculated = 0;
    fc.assert(
      fc.property(sample, ({ year, input }) => {
        const parsed = companySchema.safeParse(input);
        // Leaving out a required part of an object (an asset's date) makes the company invalid: the schema's case, not this test's.
        if (!parsed.success) return;
        calculated += 1;
        const result = calculate(parsed.data, tables, { period: taxYearPeriod(year), tool });
        for (const item of result.items) {
          // A division by a zero figure would show as Infinity or NaN: every amount is a fen amount.
          if (item.amount !== null) expect(item.amount, item.policy).toMatch(/^-?\d+\.\d{2}$/);
          if (item.status === "needs-input") expect(item.missing.length, `${item.policy} needs input without naming it`).toBeGreaterThan(0);
          // An eligibility line (a right, such as converting to small-scale) is applied without an amount; every other counted line has one.
          if ((item.status === "applied" || item.status === "capped") && item.kind !== "eligibility") expect(item.amount, `${item.policy} counted without an amount`).not.toBeNull();
        }
        expect(result.complete).toBe(!result.items.some((i) => i.status === "needs-input" && i.kind !== "eligibility"));
        // What a batch computes (amounts only, outcomes reused across companies by the facts they read) is the same.
        const amounts = calculateAmounts(parsed.data, tables, { period: taxYearPeriod(year), tool });
        const shape = (items: readonly { policy: string; status: string; amount: string | null; missing: readonly string[] }[]) => items.map((i) => [i.policy, i.status, i.amount, i.missing]);
        expect(shape(amounts.items)).toEqual(shape(result.items));
        expect([amounts.totals, amounts.complete, amounts.missing]).toEqual([result.totals, result.complete, result.missing]);
        // And a scenario built on that baseline (reusing every part its tables leave as they are) gets what it gets alone.
        for (const scenario of scenarios) {
          const alone = calculate(parsed.data, scenario, { period: taxYearPeriod(year), tool });
          const built = calculateAmounts(parsed.data, scenario, { period: taxYearPeriod(year), tool }, amounts);
          expect(shape(built.items)).toEqual(shape(alone.items));
          expect(built.totals).toEqual(alone.totals);
        }
      }),
      { numRuns: Number(process.env.ROBUST_RUNS ?? 600), seed: Number(process.env.ROBUST_SEED ?? 20181101) },
    );
    // Not a test that skips everything: most samples are valid companies and were calculated.
    expect(calculated).toBeGreaterThan(300);
  });
});
