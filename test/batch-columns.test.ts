// The column vocabulary comes from the company schema: full dotted paths, list indices, and
// unambiguous endings; everything else is refused before any row is read.
import { describe, expect, it } from "vitest";
import { fieldTemplates, planColumns } from "../src/batch/columns.js";

function resolve(headers: string[]) {
  const planned = planColumns(headers, "c.csv");
  if ("problems" in planned) return planned.problems.map((p) => p.message);
  return planned.plan.columns.map((c) => [c.header, c.path, c.kind]);
}

describe("batch columns", () => {
  it("covers every leaf of the company schema, lists marked #", () => {
    const all = fieldTemplates().map((t) => t.display);
    expect(all).toContain("income_tax.rd.expensed");
    expect(all).toContain("income_tax.equipment.#.unit_value");
    expect(all).toContain("size.employees.quarters.#.1");
    expect(all).toContain("vat.small_scale.periods.#.period");
    expect(all).toContain("figures.main_revenue.<year>");
    expect(all).toContain("ranks.auto_parts_sales_increase.<year>");
    expect(all).not.toContain("figures.main_revenue");
  });

  it("takes a figure by year as figures.<name>.<year>, and says so for a figure without its year", () => {
    expect(resolve(["name", "region", "figures.main_revenue.2021", "ranks.auto_parts_sales_increase.2019", "events.0.date"])).toEqual([
      ["name", "name", "text"],
      ["region", "region", "text"],
      ["figures.main_revenue.2021", "figures.main_revenue.2021", "amount"],
      ["ranks.auto_parts_sales_increase.2019", "ranks.auto_parts_sales_increase.2019", "number"],
      ["events.0.date", "events.0.date", "text"],
    ]);
    expect(resolve(["name", "region", "figures.main_revenue", "figures.main_revenue.21"])).toEqual([
      expect.stringMatching(/^unknown column "figures.main_revenue" \(did you mean "figures.main_revenue.2018"\?\)/),
      expect.stringMatching(/^unknown column "figures.main_revenue.21"/),
    ]);
  });

  it("resolves full paths, list indices and unique endings, with the kind of each cell", () => {
    expect(resolve(["name", "region", "tax_year", "rd.expensed", "income_tax.equipment.1.unit_value", "size.employees.quarters.3.0", "industry.industrial", "vat.conversion.date"])).toEqual([
      ["name", "name", "text"],
      ["region", "region", "text"],
      ["tax_year", "tax_year", "number"],
      ["rd.expensed", "income_tax.rd.expensed", "amount"],
      ["income_tax.equipment.1.unit_value", "income_tax.equipment.1.unit_value", "amount"],
      ["size.employees.quarters.3.0", "size.employees.quarters.3.0", "number"],
      ["industry.industrial", "industry.industrial", "boolean"],
      ["vat.conversion.date", "vat.conversion.date", "text"],
    ]);
  });

  it("refuses unknown, ambiguous, repeated and out-of-range columns, all at once", () => {
    expect(resolve(["name", "region", "rd.expensd", "from", "unit_value", "income_tax.rd.expensed", "rd.expensed", "size.employees.quarters.4.0", "size.employees.quarters.0.2"])).toEqual([
      expect.stringMatching(/^unknown column "rd.expensd" \(did you mean "rd.expensed"\?\)/),
      expect.stringMatching(/^ambiguous column "from": it could be qualifications\.hnte\.#\.from or /),
      expect.stringMatching(/^column "unit_value" sits inside a list: write the full path with its index, such as income_tax\.equipment\.0\.unit_value/),
      'column "rd.expensed" names the same field as column "income_tax.rd.expensed" (income_tax.rd.expensed)',
      expect.stringMatching(/^unknown column "size.employees.quarters.4.0"/),
      expect.stringMatching(/^unknown column "size.employees.quarters.0.2"/),
    ]);
  });

  it("needs the columns every company must have", () => {
    expect(resolve(["id", "name", "tax_year"])).toEqual(['no "region" column: every company needs one']);
  });

  it("takes an id column to echo", () => {
    const planned = planColumns(["id", "name", "region"], "c.csv");
    expect("plan" in planned && planned.plan.id).toBe(0);
  });
});
