// Invariants over generated companies: amounts never negative (except the VAT rate-change lines,
// which are net effects), income-tax items sum to baseline − actual, totals equal the items,
// and savings grow with their driving figure.
import fc from "fast-check";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { calculate } from "../src/core/calculate.js";
import { dec, sum } from "../src/core/money.js";
import type { CalculationResult } from "../src/core/result.js";
import { companySchema } from "../src/input/company-schema.js";
import { loadTables } from "../src/io/load-tables.js";

const tables = loadTables(join(import.meta.dirname, "..", "tables"));
const tool = { name: "incentive", version: "test" };
const SIGNED = new Set(["vat-rate-cut-2018", "vat-agricultural-deduction-2018", "vat-rate-cut-2019", "vat-agricultural-deduction-2019"]);

const wan = fc.integer({ min: 0, max: 50_000 }).map((n) => `${n}万`);
const yuan = fc.integer({ min: 0, max: 2_000_000_00 }).map((fen) => (fen / 100).toFixed(2));

const companyArb = fc.record({
  year: fc.integer({ min: 2016, max: 2021 }),
  income: fc.integer({ min: -2_000, max: 20_000 }).map((n) => `${n}万`),
  rd: wan,
  hnte: fc.boolean(),
  tsme: fc.boolean(),
  industrial: fc.boolean(),
  employees: fc.integer({ min: 0, max: 400 }),
  assets: wan,
  payroll: wan,
  education: yuan,
  icSoftware: fc.boolean(),
  trainingPercent: fc.integer({ min: 0, max: 100 }),
  equipmentValue: fc.integer({ min: 1, max: 800 }).map((n) => `${n}万`),
  lossYear: fc.integer({ min: 2005, max: 2020 }),
  loss: wan,
  sales: wan,
  purchases: wan,
  techTransfer: wan,
  projectIncome: fc.integer({ min: -500, max: 5_000 }).map((n) => `${n}万`),
  projectAge: fc.integer({ min: 0, max: 8 }),
  vcInvestment: wan,
});

type Generated = typeof companyArb extends fc.Arbitrary<infer T> ? T : never;

function build(c: Generated) {
  return companySchema.parse({
    name: "generated",
    region: "hebei/shijiazhuang",
    industry: { industrial: c.industrial, restricted_or_prohibited: false, ic_design_or_software: c.icSoftware },
    qualifications: {
      ...(c.hnte ? { hnte: [{ from: `${c.year - 2}-01-01`, to: `${c.year}-12-31` }] } : {}),
      ...(c.tsme ? { tsme: [{ from: `${c.year - 3}-01-01`, to: `${c.year}-12-31` }] } : {}),
    },
    size: { employees: { average: c.employees }, total_assets: { average: c.assets } },
    income_tax: {
      taxable_income_before_incentives: c.income,
      rd: { expensed: c.rd },
      equipment: [{ name: "设备", purchased: `${c.year}-06-01`, unit_value: c.equipmentValue, ordinary_depreciation: "1万" }],
      losses: [{ year: c.lossYear, unused: c.loss }],
      payroll: c.payroll,
      // training costs are a part of the education expense (rounded down, so never above it)
      staff_education: { expense: c.education, training_expense: dec(c.education).times(c.trainingPercent).div(100).toFixed(2, 1) },
      tech_transfer_income: c.techTransfer,
      infrastructure_projects: [{ name: "项目", approved: "2010-01-01", first_revenue_year: c.year - c.projectAge, income: c.projectIncome }],
      venture_capital: { registered: true, investments: [{ investee: "被投企业", amount: c.vcInvestment, acquired: `${c.year - 2}-03-01` }] },
    },
    vat: { taxpayer: "general", periods: [{ from: `${c.year}-01-01`, to: `${c.year}-12-31`, sales: { standard: c.sales }, purchases: { standard: c.purchases } }] },
  });
}

function run(c: Generated): CalculationResult {
  return calculate(build(c), tables, { period: { from: `${c.year}-01-01`, to: `${c.year}-12-31` }, tool });
}

const counted = (r: CalculationResult) => r.items.filter((i) => i.status === "applied" || i.status === "capped");

describe("invariants", () => {
  it("amounts are never negative, except net VAT rate-change effects", () => {
    fc.assert(
      fc.property(companyArb, (c) => {
        for (const item of run(c).items) if (item.amount !== null && !SIGNED.has(item.policy)) expect(dec(item.amount).gte(0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("income-tax items sum exactly to baseline tax − actual tax", () => {
    fc.assert(
      fc.property(companyArb, (c) => {
        const r = run(c);
        if (!r.income_tax) return;
        const cit = counted(r).filter((i) => i.policy.startsWith("cit-"));
        expect(sum(cit.map((i) => dec(i.amount ?? "0"))).toFixed(2)).toBe(r.income_tax.reduction);
        expect(dec(r.income_tax.baseline_tax).minus(r.income_tax.actual_tax).toFixed(2)).toBe(r.income_tax.reduction);
      }),
      { numRuns: 300 },
    );
  });

  it("totals equal the sum of counted items by kind", () => {
    fc.assert(
      fc.property(companyArb, (c) => {
        const r = run(c);
        const byKind = (k: string) => sum(counted(r).filter((i) => i.kind === k).map((i) => dec(i.amount ?? "0"))).toFixed(2);
        expect(r.totals.tax_saving).toBe(byKind("tax-saving"));
        expect(r.totals.tax_deferral).toBe(byKind("tax-deferral"));
        expect(dec(r.totals.total).toFixed(2)).toBe(sum(counted(r).map((i) => dec(i.amount ?? "0"))).toFixed(2));
      }),
      { numRuns: 200 },
    );
  });

  it("more R&D never lowers the R&D saving", () => {
    fc.assert(
      fc.property(companyArb, fc.integer({ min: 1, max: 5_000 }), (c, extra) => {
        const amount = (r: CalculationResult) => dec(r.items.find((i) => i.policy === "cit-rd-super-deduction")?.amount ?? "0");
        const more = { ...c, rd: `${Number(c.rd.replace("万", "")) + extra}万` };
        expect(amount(run(more)).gte(amount(run(c)))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("more taxable income never lowers the actual tax", () => {
    fc.assert(
      fc.property(companyArb, fc.integer({ min: 1, max: 5_000 }), (c, extra) => {
        const tax = (r: CalculationResult) => dec(r.income_tax?.actual_tax ?? "0");
        const more = { ...c, income: `${Number(c.income.replace("万", "")) + extra}万` };
        // the small low-profit cliff is the one place where tax jumps, and it only jumps up
        expect(tax(run(more)).gte(tax(run(c)))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
