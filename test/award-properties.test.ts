// Invariants of the award shapes over generated figures: amounts never negative, never above the cap,
// monotone in their driving figure; a group cap is never exceeded by the group's counted items.
import fc from "fast-check";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { calculate } from "../src/core/calculate.js";
import { taxYearPeriod } from "../src/core/dates.js";
import { dec, sum } from "../src/core/money.js";
import { companySchema } from "../src/input/company-schema.js";
import { loadTables } from "../src/io/load-tables.js";

const tables = loadTables(join(import.meta.dirname, "..", "tables"));
const tool = { name: "incentive", version: "test" };
const COUNTED = new Set(["applied", "capped"]);

function amountOf(company: Record<string, unknown>, year: number, policy: string): string {
  const result = calculate(companySchema.parse(company), tables, { period: taxYearPeriod(year), tool });
  const item = result.items.find((i) => i.policy === policy);
  return item && COUNTED.has(item.status) ? (item.amount ?? "0.00") : "0.00";
}

const fen = fc.integer({ min: 0, max: 20_000_000_00 }).map((n) => (n / 100).toFixed(2));

describe("award shape invariants", () => {
  it("livestream subsidy: 0 ≤ amount ≤ 100万, monotone in the commission", () => {
    fc.assert(
      fc.property(fen, fen, (a, b) => {
        const [lo, hi] = dec(a).lte(dec(b)) ? [a, b] : [b, a];
        const company = (commission: string) => ({
          name: "p",
          region: "hubei/ezhou",
          facts: { above_designated_size: true },
          figures: { livestream_sales: { "2024": "600万" }, livestream_commission: { "2024": commission } },
        });
        const x = dec(amountOf(company(lo), 2024, "ez-livestream-commission-subsidy"));
        const y = dec(amountOf(company(hi), 2024, "ez-livestream-commission-subsidy"));
        expect(x.gte(0) && y.lte(1_000_000) && x.lte(y)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("Jiaozuo step award: a whole number of 50万 steps, monotone in this year's revenue", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 2000 }), (prior, r1, r2) => {
        const company = (revenue: number) => ({ name: "p", region: "henan/jiaozuo", figures: { taxable_revenue: { "2021": `${prior / 10}亿`, "2022": `${revenue / 10}亿` } } });
        const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
        const x = dec(amountOf(company(lo), 2022, "jz-revenue-10yi-step-award"));
        const y = dec(amountOf(company(hi), 2022, "jz-revenue-10yi-step-award"));
        expect(x.mod(500_000).isZero() && y.mod(500_000).isZero() && x.lte(y)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("Shiyan fund subsidies together never exceed the 50万 yearly cap", () => {
    fc.assert(
      fc.property(fen, fen, fen, (interest, smart, ordinary) => {
        const company = companySchema.parse({
          name: "p",
          region: "hubei/shiyan",
          district: "张湾区",
          industry: { industrial: true },
          facts: { major_techreno_project: true, case_by_case_support: false, equipment_in_use: true },
          rates: { benchmark_lending: { "2019": 4.35 } },
          figures: {
            techreno_fixed_investment: { "2019": "2000万" },
            techreno_loan_interest: { "2019": interest },
            techreno_lease_interest: { "2019": "0" },
            equipment_investment_smart: { "2019": smart },
            equipment_investment_ordinary: { "2019": ordinary },
          },
        });
        const result = calculate(company, tables, { period: taxYearPeriod(2019), tool });
        const group = result.items.filter((i) => i.policy.startsWith("sy-") && i.kind === "subsidy" && i.policy !== "sy-job-stabilization-subsidy" && COUNTED.has(i.status));
        const total = sum(group.map((i) => dec(i.amount ?? "0")));
        expect(total.lte(500_000) && group.every((i) => dec(i.amount ?? "0").gte(0))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
