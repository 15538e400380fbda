/**
 * calculate(company, tables, options) → result. Pure: no fs, no console, no process, no clock.
 * Selects the tables that apply to the company's region, evaluates each policy, runs the
 * income-tax waterfall, and totals the items by kind.
 */
import type { Company } from "../input/company-schema.js";
import { evaluateAward } from "../policies/awards/evaluate-award.js";
import { awardFactsKey } from "../policies/awards/facts.js";
import { applyGroupRules } from "../policies/awards/stacking.js";
import type { DeductionPolicy, PolicyContext, RatePolicy } from "../policies/types.js";
import type { TableSet } from "../tables/model.js";
import { ParamReader } from "../tables/params.js";
import { type Period, taxYearPeriod, yearEnd } from "./dates.js";
import { runIncomeTax, WATERFALL_GENERAL_READS, type WaterfallEntry } from "./income-tax.js";
import { toLineItem } from "./line-item.js";
import { dec, fenString, sum, ZERO } from "./money.js";
import { AWARD_MEMO_LIMIT, type AwardStep, awardReadDate, planFor } from "./plan.js";
import type { CalculationResult, LineItem, Totals } from "./result.js";

export interface CalculateOptions {
  readonly period: Period;
  readonly tool: { readonly name: string; readonly version: string };
}

export function calculate(company: Company, tables: TableSet, options: CalculateOptions): CalculationResult {
  const { period } = options;
  const year = Number(period.to.slice(0, 4));
  const end = yearEnd(year);
  const taxYear = taxYearPeriod(year);
  const plan = planFor(tables, company.region);
  const generalTable = plan.general;

  const standalone: LineItem[] = [];
  const deductions: WaterfallEntry<DeductionPolicy>[] = [];
  const rates: WaterfallEntry<RatePolicy>[] = [];
  const general = new ParamReader(generalTable, WATERFALL_GENERAL_READS);
  const base: PolicyContext = { company, period, year, yearEnd: end, taxYear, params: general, general, table: generalTable };
  let factsKey: string | undefined;

  for (const step of plan.steps) {
    if (step.type === "award") {
      factsKey ??= awardFactsKey(company);
      standalone.push(awardItem(step, company, tables, year, factsKey));
      continue;
    }
    const { table, policy } = step;
    const params = new ParamReader(table, step.reads);
    const generalForPolicy = new ParamReader(generalTable, step.generalReads);
    const context: PolicyContext = { company, period, year, yearEnd: end, taxYear, params, general: generalForPolicy, table };
    const readers = [params, generalForPolicy];
    if (policy.stage === "standalone") standalone.push(toLineItem(table, policy.evaluate(context), readers));
    else if (policy.stage === "deduction") deductions.push({ table, policy, context, readers });
    else rates.push({ table, policy, context, readers });
  }

  const incomeTax = runIncomeTax(base, deductions, rates);
  const drafted = [...incomeTax.items, ...standalone];
  const items = plan.hasGroupRules ? applyGroupRules(drafted, tables, end) : drafted;
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

/**
 * An award table's line: the generic shape engine, its window's notes added to the readings.
 * An award reads only the facts in `factsKey` and the year, so a line once worked out is reused.
 */
function awardItem(step: AwardStep, company: Company, tables: TableSet, year: number, factsKey: string): LineItem {
  const key = `${year}|${factsKey}`;
  const known = step.memo.get(key);
  if (known) return known;
  const { table } = step;
  const award = table.award;
  if (!award) throw new Error(`unreachable: award step without an award block (${table.id})`);
  const params = new ParamReader(table, step.reads);
  const readDate = awardReadDate(step, yearEnd(year));
  const draft = evaluateAward({ company, year, taxYear: taxYearPeriod(year), table, award, params, documents: tables.documents, windows: step.windows, readDate });
  const item = toLineItem(table, draft, [params]);
  const line = step.windowNotes.length === 0 ? item : { ...item, notes: [...item.notes, ...step.windowNotes] };
  if (step.memo.size >= AWARD_MEMO_LIMIT) step.memo.clear();
  step.memo.set(key, line);
  return line;
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
