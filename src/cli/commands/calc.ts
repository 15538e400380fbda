/** `incentive calc FILE…`: read companies and tables → calculate → render. */
import { Command } from "commander";
import { calculate } from "../../core/calculate.js";
import { coverageOf, outsideTables } from "../../core/coverage.js";
import { type Period, taxYearOf, taxYearPeriod } from "../../core/dates.js";
import type { CalculationResult } from "../../core/result.js";
import { InputError, UsageError } from "../../errors/problems.js";
import { loadLocatedCompany } from "../../io/load-company.js";
import { loadTables } from "../../io/load-tables.js";
import { renderCsv } from "../../render/csv.js";
import { renderMarkdown } from "../../render/markdown.js";
import { renderTable } from "../../render/table.js";
import { DEFAULT_TABLES, type Io, toolInfo } from "../context.js";
import { collect, whatIfTables } from "../what-if.js";
import { parseFormat, parseLang, parsePeriod, parseUnit, parseYear } from "../options.js";

interface CalcOptions {
  year?: number;
  period?: Period;
  format: "table" | "json" | "csv" | "md";
  lang: "zh" | "en";
  unit: "元" | "万元";
  tables: string;
  scenario: string[];
  set: string[];
}

export function calcCommand(io: Io): Command {
  return new Command("calc")
    .description("itemized incentives for one or more company files (YAML or JSON)")
    .argument("<files...>", "company files")
    .option("--year <year>", "tax year (default: the file's tax_year)", parseYear)
    .option("--period <from..to>", "a period within one tax year, e.g. 2018-05-01..2018-12-31", parsePeriod)
    .option("--format <format>", "table | json | csv | md", parseFormat, "table")
    .option("--lang <lang>", "zh | en", parseLang, "zh")
    .option("--unit <unit>", "元 | 万元 (table and md)", parseUnit, "元")
    .option("--tables <dir>", "rate tables folder", DEFAULT_TABLES)
    .option("--scenario <file>", "what-if scenario file applied to the tables (repeatable)", collect, [])
    .option("--set <policy.param=value[@date]>", "what-if value, e.g. vat-rate-cut-2018.standard_rate=13@2018-05-01 (repeatable)", collect, [])
    .action((files: string[], opts: CalcOptions) => {
      if (opts.year !== undefined && opts.period !== undefined) throw new UsageError("give either --year or --period, not both");
      const tables = whatIfTables(loadTables(opts.tables), opts.scenario, opts.set);
      const coverage = coverageOf(tables);
      const tool = toolInfo();
      const results: CalculationResult[] = files.map((file) => {
        const { company, locate } = loadLocatedCompany(file);
        const period = opts.period ?? (opts.year !== undefined ? taxYearPeriod(opts.year) : company.tax_year !== undefined ? taxYearPeriod(company.tax_year) : undefined);
        if (!period) throw new InputError([{ location: { file }, path: "tax_year", message: "no tax year: give tax_year in the file, or --year / --period" }]);
        const outside = outsideTables(coverage, taxYearOf(period));
        if (outside !== undefined) {
          if (opts.period !== undefined || opts.year !== undefined) throw new UsageError(`${opts.period !== undefined ? "--period" : "--year"}: ${outside}`);
          throw new InputError([{ location: locate(["tax_year"]), path: "tax_year", message: outside }]);
        }
        return calculate(company, tables, { period, tool });
      });
      switch (opts.format) {
        case "json":
          io.out(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
          break;
        case "csv":
          io.out(results.map((r, i) => (i === 0 ? renderCsv(r, opts.lang) : renderCsv(r, opts.lang).replace(/^\uFEFF[^\n]*\n/, ""))).join(""));
          break;
        case "md":
          io.out(results.map((r) => renderMarkdown(r, opts.lang, opts.unit)).join("\n"));
          break;
        case "table":
          io.out(results.map((r) => renderTable(r, opts.lang, opts.unit)).join("\n"));
          break;
      }
    });
}
