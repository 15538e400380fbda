// calculate() reuses work: award lines are kept by tax year and award facts (awardFactsKey), coded
// policies' outcomes by the facts they read (read-memo.ts). The first is only sound if an award
// reads nothing else of the company, so every award table is run here over every golden and example
// company through a proxy that records what is read; and every golden and example company,
// calculated on one table set after all the others, must get what a fresh table set gives it.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { casePeriod } from "../src/cases/run.js";
import { calculate, calculateAmounts } from "../src/core/calculate.js";
import { type Period, taxYearPeriod, yearEnd } from "../src/core/dates.js";
import { planFor } from "../src/core/plan.js";
import type { Company } from "../src/input/company-schema.js";
import { companySchema } from "../src/input/company-schema.js";
import { evaluateAward } from "../src/policies/awards/evaluate-award.js";
import { readDateForYear } from "../src/policies/awards/window.js";
import { findCaseFiles, loadCases } from "../src/io/load-cases.js";
import { loadCompany } from "../src/io/load-company.js";
import { applyOverridesAt, loadScenario } from "../src/io/load-scenario.js";
import { loadTables } from "../src/io/load-tables.js";
import { applyOverrides } from "../src/tables/overrides.js";
import { ParamReader } from "../src/tables/params.js";

const ROOT = join(import.meta.dirname, "..");
const tool = { name: "incentive", version: "test" };
const tables = loadTables(join(ROOT, "tables"));

/** The fields awardFactsKey puts in the key, as paths from the company's root. */
const KEYED = new Set(["district", "industry.industrial", "facts", "figures", "ranks", "rates", "events", "awards_received"]);

interface Subject {
  readonly label: string;
  readonly company: Company;
  readonly period: Period;
}
const examples: Subject[] = readdirSync(join(ROOT, "fixtures", "companies")).map((f) => {
  const company = loadCompany(join(ROOT, "fixtures", "companies", f));
  return { label: f, company, period: taxYearPeriod(company.tax_year ?? 2018) };
});
const cases = loadCases(findCaseFiles([join(ROOT, "fixtures", "cases")])).filter((c) => c.golden.overrides === undefined);
const toSubject = (c: (typeof cases)[number]): Subject => ({ label: `${c.golden.name} (${c.file}:${c.line})`, company: companySchema.parse(c.company), period: casePeriod(c.golden) });
const golden = cases.filter((c) => tables.policies.get(c.policy)?.award !== undefined).map(toSubject);

/** Records the first two levels of every property read (`industry.industrial`, `figures`), never the values. */
function recording(company: Company, reads: Set<string>): Company {
  const wrap = (node: object, prefix: string, depth: number): object =>
    new Proxy(node, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (typeof key !== "string") return value;
        const path = prefix === "" ? key : `${prefix}.${key}`;
        reads.add(path);
        return depth < 1 && value !== null && typeof value === "object" ? wrap(value, path, depth + 1) : value;
      },
    });
  return wrap(company, "", 0) as Company;
}

describe("award lines depend only on the keyed award facts", () => {
  const subjects = [...examples, ...golden];
  it("has companies with award facts to try", () => {
    expect(golden.length).toBeGreaterThan(100);
  });
  it.each(subjects.map((s) => [s.label, s] as const))("%s", (_label, subject) => {
    const year = Number(subject.period.to.slice(0, 4));
    const plan = planFor(tables, subject.company.region);
    const unkeyed = new Set<string>();
    for (const step of plan.steps) {
      if (step.type !== "award" || !step.table.award) continue;
      const reads = new Set<string>();
      const params = new ParamReader(step.table, step.reads);
      const readDate = readDateForYear(yearEnd(year), step.windows);
      evaluateAward({ company: recording(subject.company, reads), year, taxYear: taxYearPeriod(year), table: step.table, award: step.table.award, params, documents: tables.documents, windows: step.windows, readDate });
      for (const path of reads) if (!KEYED.has(path) && !KEYED.has(path.split(".")[0] ?? "") && path !== "industry") unkeyed.add(`${step.table.id}: ${path}`);
    }
    expect([...unkeyed]).toEqual([]);
  });
});

describe("a reused line is the line a fresh calculation gives", () => {
  it("every golden and example company, calculated after all the others, matches its calculation on fresh tables", () => {
    const shared = loadTables(join(ROOT, "tables"));
    const everyone = [...examples, ...cases.map(toSubject)];
    for (const s of everyone) calculate(s.company, shared, { period: s.period, tool });
    for (const { company, period } of everyone.slice().reverse()) {
      const fresh = { ...shared }; // a new table set object: its own plan, nothing reused
      expect(calculate(company, shared, { period, tool })).toEqual(calculate(company, fresh, { period, tool }));
    }
  });
});

describe("calculateAmounts gives calculate()'s statuses, amounts, totals and missing facts", () => {
  const all = [...examples, ...cases.map(toSubject)];
  it.each(all.map((s) => [s.label, s] as const))("%s", (_label, { company, period }) => {
    const full = calculate(company, tables, { period, tool });
    const amounts = calculateAmounts(company, tables, { period, tool });
    const kept = ({ policy, kind, status, amount, missing }: (typeof amounts.items)[number]) => ({ policy, kind, status, amount, missing });
    expect(amounts.items.map(kept)).toEqual(full.items.map(kept));
    expect(amounts.totals).toEqual(full.totals);
    expect(amounts.complete).toBe(full.complete);
    // the batch names them beside `complete`: the same list as the full result, in the same order
    expect(amounts.missing).toEqual(full.missing);
    // and a full calculation afterwards still writes its figures, citations and missing facts
    expect(calculate(company, tables, { period, tool })).toEqual(full);
  });
});

describe("a scenario built on the baseline gets what it would get alone", () => {
  const baseTables = loadTables(join(ROOT, "tables"));
  const scenarios = [
    ...readdirSync(join(ROOT, "fixtures", "scenarios")).map((f) => applyOverridesAt(baseTables, loadScenario(join(ROOT, "fixtures", "scenarios", f)), f)),
    // the general table changed: every income-tax line and every policy reading a standard rate moves
    applyOverrides(baseTables, { name: "cit-20", source: "test", parameters: [{ policy: "general-law", parameter: "cit_standard_rate", values: [{ from: "2018-01-01", value: "20" }] }], disable: [] }),
    // a general-law value a deduction's draft and two VAT measures read
    applyOverrides(baseTables, {
      name: "general",
      source: "test",
      parameters: [
        { policy: "general-law", parameter: "loss_carryforward_years", values: [{ from: "2018-01-01", value: "3" }] },
        { policy: "general-law", parameter: "small_scale_levy_rate", values: [{ from: "2018-01-01", value: "2" }] },
      ],
      disable: [],
    }),
    // policies switched off: an award, a deduction, a standalone measure
    applyOverrides(baseTables, { name: "off", source: "test", parameters: [], disable: ["cit-rd-super-deduction", "vat-rate-cut-2018", "sjz-listing-award"] }),
  ];
  const all = [...examples, ...cases.map(toSubject)];
  it.each(all.map((s) => [s.label, s] as const))("%s", (_label, { company, period }) => {
    const baseline = calculateAmounts(company, baseTables, { period, tool });
    for (const tables of scenarios) {
      const built = calculateAmounts(company, tables, { period, tool }, baseline);
      const alone = calculateAmounts(company, { ...tables }, { period, tool });
      expect(built.items).toEqual(alone.items);
      expect(built.totals).toEqual(alone.totals);
      expect(built.complete).toBe(alone.complete);
      expect(built.missing).toEqual(alone.missing);
    }
  });
});
