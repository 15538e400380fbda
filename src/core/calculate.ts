/**
 * calculate(company, tables, options) → result. Pure: no fs, no console, no process, no clock.
 * Selects the tables that apply to the company's region, evaluates each policy, runs the
 * income-tax waterfall, and totals the items by kind.
 */
import type { Company } from "../input/company-schema.js";
import { evaluateAward } from "../policies/awards/evaluate-award.js";
import { applyGroupRules } from "../policies/awards/stacking.js";
import { readDateForYear, unstatedWindowNotes, windowsOf } from "../policies/awards/window.js";
import { GENERAL_LAW_TABLE, IMPLEMENTATIONS } from "../policies/registry.js";
import type { DeductionPolicy, PolicyContext, RatePolicy } from "../policies/types.js";
import { LookupError } from "../errors/problems.js";
import { awardParamRefs } from "../tables/award-schema.js";
import type { PolicyTable, TableSet } from "../tables/model.js";
import { ParamReader } from "../tables/params.js";
import { type Period, taxYearPeriod, yearEnd } from "./dates.js";
import { runIncomeTax, WATERFALL_GENERAL_READS, type WaterfallEntry } from "./income-tax.js";
import { toLineItem } from "./line-item.js";
import { dec, fenString, sum, ZERO } from "./money.js";
import type { CalculationResult, LineItem, Totals } from "./result.js";

export interface CalculateOptions {
  readonly period: Period;
  readonly tool: { readonly name: string; readonly version: string };
}

/** National tables apply everywhere; a province's or city's where the region names it. */
export function appliesToRegion(table: PolicyTable, region: string): boolean {
  if (table.jurisdiction === "national") return true;
  return region.split("/").includes(table.jurisdiction);
}

export function calculate(company: Company, tables: TableSet, options: CalculateOptions): CalculationResult {
  const { period } = options;
  const year = Number(period.to.slice(0, 4));
  const end = yearEnd(year);
  const taxYear = taxYearPeriod(year);
  const generalTable = tables.policies.get(GENERAL_LAW_TABLE);
  if (!generalTable) throw new LookupError(`the tables have no "${GENERAL_LAW_TABLE}" table with the standard rates`);

  const standalone: LineItem[] = [];
  const deductions: WaterfallEntry<DeductionPolicy>[] = [];
  const rates: WaterfallEntry<RatePolicy>[] = [];
  const general = new ParamReader(generalTable, WATERFALL_GENERAL_READS);
  const base: PolicyContext = { company, period, year, yearEnd: end, taxYear, params: general, general, table: generalTable };

  for (const table of tables.policies.values()) {
    if (table.kind === "reference" || !appliesToRegion(table, company.region)) continue;
    if (table.award) {
      standalone.push(awardItem(company, table, tables, year));
      continue;
    }
    const policy = IMPLEMENTATIONS.get(table.id);
    if (!policy) throw new LookupError(`table ${table.file} (${table.id}) has no implementation in src/policies`);
    const params = new ParamReader(table, policy.reads);
    const generalReads = [...(policy.readsGeneral ?? []), ...(policy.stage === "standalone" ? [] : WATERFALL_GENERAL_READS)];
    const generalForPolicy = new ParamReader(generalTable, generalReads);
    const context: PolicyContext = { company, period, year, yearEnd: end, taxYear, params, general: generalForPolicy, table };
    const readers = [params, generalForPolicy];
    if (policy.stage === "standalone") standalone.push(toLineItem(table, policy.evaluate(context), readers));
    else if (policy.stage === "deduction") deductions.push({ table, policy, context, readers });
    else rates.push({ table, policy, context, readers });
  }

  const incomeTax = runIncomeTax(base, deductions, rates);
  const items = applyGroupRules([...incomeTax.items, ...standalone], tables, end);
  const missing = [...new Set(items.flatMap((i) => i.missing))];
  // An eligibility line carries no amount, so a fact it lacks leaves the totals whole.
  const complete = !items.some((i) => i.status === "needs-input" && i.kind !== "eligibility");
  return {
    tool: options.tool,
    tables_hash: tables.hash,
    company: company.name,
    region: company.region,
    period,
    items,
    totals: totalsOf(items),
    income_tax: incomeTax.summary,
    complete,
    missing,
  };
}

/** An award table's line: the generic shape engine, its window's notes added to the readings. */
function awardItem(company: Company, table: PolicyTable, tables: TableSet, year: number): LineItem {
  const award = table.award;
  if (!award) throw new LookupError(`table ${table.id} has no award block`);
  const params = new ParamReader(table, awardParamRefs(award).map((r) => r.name));
  const windows = windowsOf(table, tables.documents);
  const readDate = readDateForYear(yearEnd(year), windows);
  const draft = evaluateAward({ company, year, taxYear: taxYearPeriod(year), table, award, params, documents: tables.documents, windows, readDate });
  const item = toLineItem(table, draft, [params]);
  return { ...item, notes: [...item.notes, ...unstatedWindowNotes(windows)] };
}

const COUNTED = new Set(["applied", "capped"]);

export function totalsOf(items: readonly LineItem[]): Totals {
  const byKind = (kind: string) =>
    sum(items.filter((i) => i.kind === kind && COUNTED.has(i.status) && i.amount !== null).map((i) => dec(i.amount ?? "0")));
  const upTo = sum(items.filter((i) => i.status === "ceiling-only" && i.amount !== null).map((i) => dec(i.amount ?? "0")));
  const kinds = {
    tax_saving: byKind("tax-saving"),
    tax_deferral: byKind("tax-deferral"),
    award: byKind("award"),
    subsidy: byKind("subsidy"),
    refund: byKind("refund"),
  };
  const total = Object.values(kinds).reduce((a, b) => a.plus(b), ZERO);
  return {
    tax_saving: fenString(kinds.tax_saving),
    tax_deferral: fenString(kinds.tax_deferral),
    award: fenString(kinds.award),
    subsidy: fenString(kinds.subsidy),
    refund: fenString(kinds.refund),
    up_to: fenString(upTo),
    total: fenString(total),
  };
}
