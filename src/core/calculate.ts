/**
 * calculate(company, tables, options) → result. Pure: no fs, no console, no process, no clock.
 * Selects the tables that apply to the company's region, evaluates each policy, runs the
 * income-tax waterfall, and totals the items by kind.
 */
import type { Company } from "../input/company-schema.js";
import { evaluateAward } from "../policies/awards/evaluate-award.js";
import { awardFactsKey } from "../policies/awards/facts.js";
import { applyGroupRules } from "../policies/awards/stacking.js";
import type { DeductionDraft, DeductionPolicy, PolicyContext, RateDraft, RatePolicy } from "../policies/types.js";
import type { TableSet } from "../tables/model.js";
import { ParamReader } from "../tables/params.js";
import { type Period, taxYearPeriod, yearEnd } from "./dates.js";
import { runIncomeTax, WATERFALL_GENERAL_READS, type WaterfallEntry } from "./income-tax.js";
import { toLineItem } from "./line-item.js";
import { type Decimal, dec, fenString, figureTextsOn, sum, withoutFigureTexts, ZERO } from "./money.js";
import { AWARD_MEMO_LIMIT, type AwardStep, awardReadDate, memoOf, type Plan, planFor } from "./plan.js";
import type { CalculationResult, LineItem, Totals } from "./result.js";

/** A draft with what its readers served, so a reused draft cites the same values. */
interface Reused<D> {
  readonly draft: D;
  readonly params: ReturnType<ParamReader["served"]>;
  readonly general: ReturnType<ParamReader["served"]>;
}

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
  const memoKey = `${figureTextsOn() ? "" : "amounts|"}${period.from}|${period.to}`;

  const standalone: LineItem[] = [];
  const deductions: WaterfallEntry<DeductionPolicy>[] = [];
  const rates: WaterfallEntry<RatePolicy>[] = [];
  const general = new ParamReader(generalTable, WATERFALL_GENERAL_READS);
  const base: PolicyContext = { company, period, year, yearEnd: end, taxYear, params: general, general, table: generalTable };
  const awards = awardLines(plan, company, tables, year);
  let nextAward = 0;

  for (const step of plan.steps) {
    if (step.type === "award") {
      const line = awards[nextAward++];
      if (line) standalone.push(line);
      continue;
    }
    const { table, policy } = step;
    // The policy on fresh readers, over the company or the memo's recording proxy of it.
    const fresh = (subject: Company) => {
      const own = new ParamReader(table, step.reads);
      const gen = new ParamReader(generalTable, step.generalReads);
      const context: PolicyContext = { company: subject, period, year, yearEnd: end, taxYear, params: own, general: gen, table };
      return { context, own, gen };
    };
    if (policy.stage === "standalone") {
      standalone.push(
        memoOf<LineItem>(step, memoKey).get(company, (subject) => {
          const { context, own, gen } = fresh(subject);
          return toLineItem(table, policy.evaluate(context), [own, gen]);
        }),
      );
      continue;
    }
    const { context, own: params, gen: generalForPolicy } = fresh(company);
    const readers = [params, generalForPolicy];
    if (policy.stage === "deduction") {
      const draft = () => {
        const outcome = memoOf<Reused<DeductionDraft>>(step, memoKey).get(company, (subject) => {
          const { context: c, own, gen } = fresh(subject);
          return { draft: policy.evaluate(c), params: own.served(), general: gen.served() };
        });
        params.serve(outcome.params);
        generalForPolicy.serve(outcome.general);
        return outcome.draft;
      };
      deductions.push({ table, policy, context, readers, draft });
    } else {
      // A rate reads the taxable income left after the deductions: it joins the facts the memo may read.
      const rate = (taxableIncome: Decimal) => {
        const outcome = memoOf<Reused<RateDraft>>(step, memoKey).get({ company, taxableIncome }, (subject) => {
          const { context: c, own, gen } = fresh(subject.company);
          return { draft: policy.evaluate(c, subject.taxableIncome), params: own.served(), general: gen.served() };
        });
        params.serve(outcome.params);
        generalForPolicy.serve(outcome.general);
        return outcome.draft;
      };
      rates.push({ table, policy, context, readers, rate });
    }
  }

  const incomeTax = runIncomeTax(base, deductions, rates);
  const items = [...incomeTax.items, ...standalone];
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

/** What a batch keeps of a line: no texts, no citations. */
export interface AmountLine {
  readonly policy: string;
  readonly kind: LineItem["kind"];
  readonly status: LineItem["status"];
  readonly amount: string | null;
}

export interface AmountsResult {
  readonly items: readonly AmountLine[];
  readonly totals: Totals;
  readonly complete: boolean;
}

/**
 * The statuses, amounts and totals of calculate(), without writing figures into formula and reason
 * texts (a good part of the work). The narrower type keeps the figure-less texts from being shown.
 */
export function calculateAmounts(company: Company, tables: TableSet, options: CalculateOptions): AmountsResult {
  const result = withoutFigureTexts(() => calculate(company, tables, options));
  return { items: result.items, totals: result.totals, complete: result.complete };
}

/**
 * The award lines of the plan, in table order, after the group stacking rules (which only ever
 * join award tables). An award reads only the year and the facts in awardFactsKey, so the lines
 * once worked out for a key are reused.
 */
function awardLines(plan: Plan, company: Company, tables: TableSet, year: number): readonly LineItem[] {
  if (plan.awardSteps.length === 0) return [];
  const key = `${figureTextsOn() ? "" : "amounts|"}${year}|${awardFactsKey(company)}`;
  const known = plan.awardMemo.get(key);
  if (known) return known;
  const end = yearEnd(year);
  const lines = plan.awardSteps.map((step) => awardItem(step, company, tables, year));
  const stacked = plan.hasGroupRules ? applyGroupRules(lines, tables, end) : lines;
  if (plan.awardMemo.size >= AWARD_MEMO_LIMIT) plan.awardMemo.clear();
  plan.awardMemo.set(key, stacked);
  return stacked;
}

/** An award table's line: the generic shape engine, its window's notes added to the readings. */
function awardItem(step: AwardStep, company: Company, tables: TableSet, year: number): LineItem {
  const { table } = step;
  const award = table.award;
  if (!award) throw new Error(`unreachable: award step without an award block (${table.id})`);
  const params = new ParamReader(table, step.reads);
  const readDate = awardReadDate(step, yearEnd(year));
  const draft = evaluateAward({ company, year, taxYear: taxYearPeriod(year), table, award, params, documents: tables.documents, windows: step.windows, readDate });
  const item = toLineItem(table, draft, [params]);
  return step.windowNotes.length === 0 ? item : { ...item, notes: [...item.notes, ...step.windowNotes] };
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
