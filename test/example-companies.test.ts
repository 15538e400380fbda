// The annotated example companies: national and city items together, statuses as annotated, and totals
// that match the hand arithmetic written at the top of each file.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { calculate } from "../src/core/calculate.js";
import { taxYearPeriod } from "../src/core/dates.js";
import { dec, sum } from "../src/core/money.js";
import { loadCompany } from "../src/io/load-company.js";
import { loadTables } from "../src/io/load-tables.js";

const ROOT = join(import.meta.dirname, "..");
const tables = loadTables(join(ROOT, "tables"));
const tool = { name: "incentive", version: "test" };

// Expected totals by hand (see each file's header comment).
const EXAMPLES: Record<string, { year: number; award: string; subsidy: string; tax_saving: string; up_to?: string; jurisdictions: string[] }> = {
  "hebei-hebei-ad-2018.yaml": { year: 2018, award: "7700000.00", subsidy: "3160000.00", tax_saving: "0.00", up_to: "5000000.00", jurisdictions: ["national", "hebei", "shijiazhuang"] },
  "hebei-hebei-bc2-2018.yaml": { year: 2018, award: "1500000.00", subsidy: "460000.00", tax_saving: "0.00", up_to: "20500000.00", jurisdictions: ["national", "hebei", "shijiazhuang"] },
  "hebei-hebei-c1-2018.yaml": { year: 2018, award: "4500000.00", subsidy: "2600000.00", tax_saving: "0.00", up_to: "10000000.00", jurisdictions: ["national", "hebei", "shijiazhuang"] },
  "shijiazhuang-awards-2018.yaml": { year: 2018, award: "4000000.00", subsidy: "820000.00", tax_saving: "2000000.00", jurisdictions: ["national", "shijiazhuang"] },
  "jiaozuo-awards-2021.yaml": { year: 2021, award: "2000000.00", subsidy: "2100000.00", tax_saving: "3000000.00", jurisdictions: ["national", "jiaozuo"] },
  "ezhou-awards-2024.yaml": { year: 2024, award: "300000.00", subsidy: "135000.00", tax_saving: "0.00", up_to: "5000000.00", jurisdictions: ["national", "ezhou"] },
  "shiyan-awards-2019.yaml": { year: 2019, award: "700000.00", subsidy: "612000.00", tax_saving: "0.00", jurisdictions: ["national", "shiyan"] },
};

describe("example companies", () => {
  for (const [file, expected] of Object.entries(EXAMPLES)) {
    it(`${file}: hand totals, layered items, totals add up`, () => {
      const company = loadCompany(join(ROOT, "fixtures", "companies", file));
      const result = calculate(company, tables, { period: taxYearPeriod(expected.year), tool });
      expect(result.totals.award).toBe(expected.award);
      expect(result.totals.subsidy).toBe(expected.subsidy);
      expect(result.totals.tax_saving).toBe(expected.tax_saving);
      expect(result.totals.up_to).toBe(expected.up_to ?? "0.00");
      const jurisdictions = new Set(result.items.map((i) => i.jurisdiction));
      for (const j of expected.jurisdictions) expect(jurisdictions.has(j)).toBe(true);
      for (const kind of ["award", "subsidy"] as const) {
        const counted = result.items.filter((i) => i.kind === kind && (i.status === "applied" || i.status === "capped"));
        expect(sum(counted.map((i) => dec(i.amount ?? "0"))).toFixed(2)).toBe(result.totals[kind]);
      }
    });
  }
});
