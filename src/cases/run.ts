/**
 * Runs one golden case: validates its company like a company file, calculates, and compares each
 * expected item. Returns the mismatches as readable lines; an empty list means the case passes.
 */
import { calculate } from "../core/calculate.js";
import { type Period, taxYearPeriod } from "../core/dates.js";
import type { CalculationResult } from "../core/result.js";
import { companySchema } from "../input/company-schema.js";
import type { TableSet } from "../tables/model.js";
import type { GoldenCase } from "./schema.js";

export interface CaseOutcome {
  readonly result?: CalculationResult;
  readonly failures: string[];
}

export function runCase(golden: GoldenCase, tables: TableSet, tool: { name: string; version: string }): CaseOutcome {
  const parsed = companySchema.safeParse(golden.company);
  if (!parsed.success) {
    return { failures: parsed.error.issues.map((i) => `company.${i.path.join(".")}: ${i.message}`) };
  }
  const period: Period = typeof golden.period === "number" ? taxYearPeriod(golden.period) : golden.period;
  const result = calculate(parsed.data, tables, { period, tool });
  const failures: string[] = [];
  for (const [policy, expected] of Object.entries(golden.expect)) {
    const item = result.items.find((i) => i.policy === policy);
    if (!item) {
      failures.push(`${policy}: no such item in the result`);
      continue;
    }
    const where = `${policy}`;
    if (item.status !== expected.status) failures.push(`${where}: status expected ${expected.status}, actual ${item.status} (${item.reasons.map((r) => r.en).join("; ")})`);
    if (expected.amount !== undefined && item.amount !== expected.amount) {
      failures.push(`${where}: amount expected ${expected.amount}, actual ${item.amount} (${item.formula.en})`);
    }
    for (const needle of expected.reasons_include ?? []) {
      if (!item.reasons.some((r) => r.zh.includes(needle) || r.en.includes(needle))) failures.push(`${where}: reasons lack "${needle}"`);
    }
    for (const path of expected.missing ?? []) if (!item.missing.includes(path)) failures.push(`${where}: missing should name ${path}`);
    if (expected.estimated !== undefined && item.estimated !== expected.estimated) failures.push(`${where}: estimated expected ${expected.estimated}`);
  }
  for (const policy of golden.absent ?? []) {
    if (result.items.some((i) => i.policy === policy)) failures.push(`${policy}: should not appear for region ${result.region}`);
  }
  for (const [key, value] of Object.entries(golden.income_tax ?? {})) {
    const actual = result.income_tax?.[key as "baseline_tax"];
    if (actual !== value) failures.push(`income_tax.${key}: expected ${value}, actual ${actual ?? "none"}`);
  }
  return { result, failures };
}
