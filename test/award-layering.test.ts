// Jurisdiction layering: a company in hebei/shijiazhuang gets national + Hebei + Shijiazhuang tables;
// province and city awards for the same event both apply (no rule between them), each with its citation.
// The Hebei table here is a stand-in built from the city one (the Hebei measures are encoded elsewhere).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { calculate } from "../src/core/calculate.js";
import { taxYearPeriod } from "../src/core/dates.js";
import { companySchema } from "../src/input/company-schema.js";
import { loadTables } from "../src/io/load-tables.js";
import type { PolicyTable, TableSet } from "../src/tables/model.js";

const real = loadTables(join(import.meta.dirname, "..", "tables"));
const city = real.policies.get("sjz-rd-platform-award");
if (!city) throw new Error("sjz-rd-platform-award missing");
const province: PolicyTable = { ...city, id: "stand-in-hebei-platform-award", jurisdiction: "hebei", catalog: [] };
const tables: TableSet = { ...real, policies: new Map([...real.policies, [province.id, province]]) };
const tool = { name: "incentive", version: "test" };

function run(region: string) {
  const company = companySchema.parse({ name: "层级样例", region, events: [{ type: "recognized", title: "enterprise-tech-center", level: "provincial", date: "2018-03-01" }] });
  return calculate(company, tables, { period: taxYearPeriod(2018), tool });
}

describe("layering", () => {
  it("province and city awards for the same recognition both apply, each cited", () => {
    const result = run("hebei/shijiazhuang");
    const lines = result.items.filter((i) => i.policy === "sjz-rd-platform-award" || i.policy === province.id);
    expect(lines.map((i) => [i.jurisdiction, i.status, i.amount])).toEqual([
      ["shijiazhuang", "applied", "1000000.00"],
      ["hebei", "applied", "1000000.00"],
    ]);
    expect(lines.every((i) => i.citations.length > 0)).toBe(true);
    expect(result.items.some((i) => i.jurisdiction === "national")).toBe(true);
    expect(result.totals.award).toBe("2000000.00");
  });

  it("a company in hebei without a city gets the province's award but not the city's", () => {
    const result = run("hebei");
    expect(result.items.some((i) => i.policy === province.id && i.status === "applied")).toBe(true);
    expect(result.items.some((i) => i.policy === "sjz-rd-platform-award")).toBe(false);
  });

  it("a company elsewhere gets neither", () => {
    const result = run("hubei/shiyan");
    expect(result.items.some((i) => i.jurisdiction === "hebei" || i.jurisdiction === "shijiazhuang")).toBe(false);
  });
});
