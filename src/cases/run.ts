/**
 * Runs one golden case: validates its company like a company file, applies its overrides,
 * calculates, and compares each expected item. Pure: the caller resolves `company_file`.
 * Returns the mismatches as expected/actual pairs; an empty list means the case passes.
 */
import { coverageOf, outsideTables } from "../core/coverage.js";
import { calculate } from "../core/calculate.js";
import { type Period, taxYearOf, taxYearPeriod } from "../core/dates.js";
import type { CalculationResult, Text } from "../core/result.js";
import { companySchema } from "../input/company-schema.js";
import { toParameterOverrides } from "../scenarios/to-overrides.js";
import type { TableSet } from "../tables/model.js";
import { applyOverrides, OverrideError } from "../tables/overrides.js";
import type { GoldenCase } from "./schema.js";

export interface Mismatch {
  /** `policy.field`, `income_tax.reduction`, `company.x`, … */
  readonly what: string;
  readonly expected: string;
  readonly actual: string;
  /** Context that helps read the difference: the formula or reasons of the actual item. */
  readonly detail?: string;
}

export interface CaseOutcome {
  readonly result?: CalculationResult;
  readonly failures: Mismatch[];
}

export function casePeriod(golden: GoldenCase): Period {
  return typeof golden.period === "number" ? taxYearPeriod(golden.period) : golden.period;
}

/** Whether a reason contains the text, in either language (`reasons_include`, `reasons_exclude`). */
function mentions(reason: Text, needle: string): boolean {
  return reason.zh.includes(needle) || reason.en.includes(needle);
}

export function runCase(golden: GoldenCase, company: unknown, tables: TableSet, tool: { name: string; version: string }): CaseOutcome {
  const parsed = companySchema.safeParse(company);
  if (!parsed.success) {
    return { failures: parsed.error.issues.map((i) => ({ what: `company.${i.path.join(".")}`, expected: "valid company facts", actual: i.message })) };
  }
  let caseTables = tables;
  if (golden.overrides) {
    try {
      caseTables = applyOverrides(tables, { name: golden.name, source: "case", parameters: toParameterOverrides(golden.overrides), disable: [] });
    } catch (error) {
      if (error instanceof OverrideError) return { failures: [{ what: "overrides", expected: "overrides of known parameters", actual: error.message }] };
      throw error;
    }
  }
  const period = casePeriod(golden);
  const outside = outsideTables(coverageOf(caseTables), taxYearOf(period));
  if (outside !== undefined) return { failures: [{ what: "period", expected: "a tax year the tables cover", actual: outside }] };
  const result = calculate(parsed.data, caseTables, { period, tool });
  const failures: Mismatch[] = [];
  for (const [policy, expected] of Object.entries(golden.expect)) {
    const item = result.items.find((i) => i.policy === policy);
    if (!item) {
      failures.push({ what: policy, expected: "an item", actual: "no such item in the result (not in force in this region, or unknown policy)" });
      continue;
    }
    const detail = `${item.formula.en}${item.reasons.length > 0 ? ` · ${item.reasons.map((r) => r.en).join("; ")}` : ""}`;
    if (item.status !== expected.status) failures.push({ what: `${policy}.status`, expected: expected.status, actual: item.status, detail });
    if (expected.amount !== undefined && item.amount !== expected.amount) {
      failures.push({ what: `${policy}.amount`, expected: String(expected.amount), actual: String(item.amount), detail });
    }
    for (const needle of expected.reasons_include ?? []) {
      if (!item.reasons.some((r) => mentions(r, needle))) {
        failures.push({ what: `${policy}.reasons`, expected: `to include "${needle}"`, actual: item.reasons.map((r) => r.en).join("; ") || "none" });
      }
    }
    for (const needle of expected.reasons_exclude ?? []) {
      const found = item.reasons.find((r) => mentions(r, needle));
      if (found) failures.push({ what: `${policy}.reasons`, expected: `not to include "${needle}"`, actual: found.en });
    }
    for (const path of expected.missing ?? []) {
      if (!item.missing.includes(path)) failures.push({ what: `${policy}.missing`, expected: `to name ${path}`, actual: item.missing.join(", ") || "none" });
    }
    if (expected.estimated !== undefined && item.estimated !== expected.estimated) {
      failures.push({ what: `${policy}.estimated`, expected: String(expected.estimated), actual: String(item.estimated) });
    }
  }
  for (const policy of golden.absent ?? []) {
    if (result.items.some((i) => i.policy === policy)) failures.push({ what: policy, expected: `no item for region ${result.region}`, actual: "an item" });
  }
  for (const [key, value] of Object.entries(golden.income_tax ?? {})) {
    if (value === undefined) continue;
    const actual = result.income_tax?.[key as "baseline_tax"];
    if (actual !== value) failures.push({ what: `income_tax.${key}`, expected: value, actual: actual ?? "none" });
  }
  return { result, failures };
}
