// The yearly example companies (fixtures/companies/national-YYYY.yaml): each equals the company of its
// golden case, its totals are the hand figures of that case's comments, and every example computes
// for every tax year 2016–2027 with each line cited and secondary sources marked.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { caseFileSchema } from "../src/cases/schema.js";
import { calculate } from "../src/core/calculate.js";
import { taxYearPeriod } from "../src/core/dates.js";
import { companySchema } from "../src/input/company-schema.js";
import { loadCompany } from "../src/io/load-company.js";
import { loadTables } from "../src/io/load-tables.js";
import { validate } from "../src/io/validate.js";
import { parseSource } from "../src/io/yaml-source.js";
import { renderTable } from "../src/render/table.js";

const ROOT = join(import.meta.dirname, "..");
const tables = loadTables(join(ROOT, "tables"));
const tool = { name: "incentive", version: "test" };
const casesFile = join(ROOT, "fixtures", "cases", "national", "yearly-examples.yaml");
const parsed = parseSource(readFileSync(casesFile, "utf8"), casesFile);
if (!parsed.ok) throw new Error("yearly-examples.yaml does not parse");
const validated = validate(caseFileSchema, parsed.source);
if (!validated.ok) throw new Error("yearly-examples.yaml is not a case file");
const cases = validated.data.cases;

// Hand totals from the comments of yearly-examples.yaml.
const TOTALS: Record<number, { tax_saving: string; tax_deferral: string }> = {
  2018: { tax_saving: "204500.00", tax_deferral: "52500.00" },
  2019: { tax_saving: "548150.00", tax_deferral: "0.00" },
  2020: { tax_saving: "87900.00", tax_deferral: "0.00" },
  2021: { tax_saving: "929625.00", tax_deferral: "175625.00" },
  2022: { tax_saving: "391750.00", tax_deferral: "0.00" },
  2023: { tax_saving: "507200.00", tax_deferral: "71000.00" },
  2024: { tax_saving: "4053000.00", tax_deferral: "1292500.00" },
  2025: { tax_saving: "125400.00", tax_deferral: "0.00" },
  2026: { tax_saving: "574700.00", tax_deferral: "0.00" },
  2027: { tax_saving: "4480000.00", tax_deferral: "1250000.00" },
};

const YEARS = Object.keys(TOTALS).map(Number);

describe("yearly example companies", () => {
  for (const year of YEARS) {
    const company = loadCompany(join(ROOT, "fixtures", "companies", `national-${year}.yaml`));

    it(`${year}: the fixture equals its golden case and its totals are the hand figures`, () => {
      const golden = cases.find((c) => c.period === year);
      expect(golden).toBeDefined();
      expect(companySchema.parse(golden?.company)).toEqual(company);
      expect(company.tax_year).toBe(year);
      const result = calculate(company, tables, { period: taxYearPeriod(year), tool });
      expect({ tax_saving: result.totals.tax_saving, tax_deferral: result.totals.tax_deferral }).toEqual(TOTALS[year]);
      expect(result.complete).toBe(true);
    });

    it(`${year}: computes for every tax year 2016–2027, each line cited, secondary sources marked`, () => {
      for (let y = 2016; y <= 2027; y++) {
        const result = calculate(company, tables, { period: taxYearPeriod(y), tool });
        for (const item of result.items) {
          if (item.status === "applied" || item.status === "capped") expect(item.citations.length, `${item.policy} ${y}`).toBeGreaterThan(0);
        }
        if (y !== year) continue;
        // a line resting on a secondary source says so where the user reads it
        const table = renderTable(result, "zh", "元");
        expect(table.includes("（二手来源）"), `${y}`).toBe(result.items.some((i) => i.citations.some((c) => c.verified === "secondary")));
      }
    });
  }
});
