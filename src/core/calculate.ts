/**
 * calculate(company, tables, options) → result. Pure: no fs, no console, no process, no clock.
 * Selects the tables that apply to the company's region (plan.ts), evaluates each policy, runs the
 * income-tax waterfall, and totals the items by kind.
 *
 * A batch calculates a million companies against the same few plans, so work is reused wherever
 * the inputs that decide it are the same, never where they differ: award lines by their award facts,
 * coded policies' outcomes by the facts they read (read-memo.ts), and — for a scenario of the same
 * company — every part whose tables the scenario leaves unchanged. Reuse changes no result:
 * test/calculation-memo.test.ts compares reused and fresh results over every golden company.
 */
import type { Company } from "../input/company-schema.js";
import { evaluateAward } from "../policies/awards/evaluate-award.js";
import { awardFactsKey } from "../policies/awards/facts.js";
import { applyGroupRules } from "../policies/awards/stacking.js";
import type { DeductionDraft, DeductionPolicy, PolicyContext, RateDraft, RatePolicy } from "../policies/types.js";
import type { PolicyTable, TableSet } from "../tables/model.js";
import { ParamReader } from "../tables/params.js";
import { type Period, taxYearOf, taxYearPeriod, yearEnd } from "./dates.js";
import { runIncomeTax, WATERFALL_GENERAL_READS, type WaterfallEntry, type WaterfallOutcome } from "./income-tax.js";
import { NOTHING_MISSING, toLineItem } from "./line-item.js";
import { FenSum } from "./fen-sum.js";
import { type Decimal, amountsOnly, detailOn } from "./money.js";
import { AWARD_MEMO_LIMIT, type AwardStep, awardReadDate, type CodedStep, memoOf, type Plan, planFor } from "./plan.js";
import { COUNTED, type CalculationResult, type LineItem, type Totals } from "./result.js";

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

/**
 * What one calculation worked out, kept so that a scenario's calculation of the same company and
 * period takes over every part whose tables the scenario leaves as they are (the same objects:
 * overrides copy only the tables they change).
 */
interface Worked {
  readonly tables: TableSet;
  readonly plan: Plan;
  readonly period: Period;
  readonly awards: readonly LineItem[];
  /** Coded standalone lines by the table each came from (a changed table is another object). */
  readonly standalone: ReadonlyMap<PolicyTable, LineItem>;
  readonly incomeTax: WaterfallOutcome;
  /** Deduction and rate drafts by their table, with, for a rate, the taxable income it was given. */
  readonly drafted: ReadonlyMap<PolicyTable, Drafted>;
}

interface Drafted {
  readonly taxableIncome?: Decimal;
  readonly outcome: Reused<DeductionDraft | RateDraft>;
}

export function calculate(company: Company, tables: TableSet, options: CalculateOptions): CalculationResult {
  return work(company, tables, options).result;
}

function work(company: Company, tables: TableSet, options: CalculateOptions, earlier?: Worked): { result: CalculationResult; worked: Worked } {
  const { period } = options;
  const year = taxYearOf(period);
  const end = yearEnd(year);
  const taxYear = taxYearPeriod(year);
  const plan = planFor(tables, company.region);
  const generalTable = plan.general;
  const memoKey = `${detailMode()}${period.from}|${period.to}`;
  const before = earlier && earlier.period.from === period.from && earlier.period.to === period.to ? earlier : undefined;
  const sameGeneral = before?.plan.general === generalTable;
  const sameWaterfall = before !== undefined && sameGeneral && sameTables(plan.waterfallTables, before.plan.waterfallTables);

  const standalone: LineItem[] = [];
  const coded = new Map<PolicyTable, LineItem>();
  const drafted = new Map<PolicyTable, Drafted>();
  /** The earlier calculation's draft of this table, if the general table is unchanged too. */
  const earlierDraft = (table: PolicyTable): Drafted | undefined => (sameGeneral ? before?.drafted.get(table) : undefined);
  const deductions: WaterfallEntry<DeductionPolicy>[] = [];
  const rates: WaterfallEntry<RatePolicy>[] = [];
  const general = new ParamReader(generalTable, WATERFALL_GENERAL_READS);
  const base: PolicyContext = { company, period, year, yearEnd: end, taxYear, params: general, general, table: generalTable };
  const awards =
    before && tables.documents === before.tables.documents && sameTables(plan.awardTables, before.plan.awardTables) ? before.awards : awardLines(plan, company, tables, year);
  let nextAward = 0;

  for (const step of plan.steps) {
    if (step.type === "award") {
      const line = awards[nextAward++];
      if (line) standalone.push(line);
      continue;
    }
    const { table, policy } = step;
    if (policy.stage === "standalone") {
      const line =
        (step.generalReads.size === 0 || sameGeneral ? before?.standalone.get(table) : undefined) ??
        memoOf<LineItem>(step, memoKey).get(company, (subject) => {
          const c = contextFor(step, subject, base);
          return toLineItem(table, policy.evaluate(c), [c.params, c.general]);
        });
      standalone.push(line);
      coded.set(table, line);
      continue;
    }
    if (sameWaterfall) continue;
    const context = contextFor(step, company, base);
    const { params, general: generalForPolicy } = context;
    const readers = [params, generalForPolicy];
    if (policy.stage === "deduction") {
      const draft = () => {
        const outcome =
          (earlierDraft(table)?.outcome as Reused<DeductionDraft> | undefined) ??
          memoOf<Reused<DeductionDraft>>(step, memoKey).get(company, (subject) => {
            const c = contextFor(step, subject, base);
            return { draft: policy.evaluate(c), params: c.params.served(), general: c.general.served() };
          });
        drafted.set(table, { outcome });
        params.serve(outcome.params);
        generalForPolicy.serve(outcome.general);
        return outcome.draft;
      };
      deductions.push({ table, policy, context, readers, draft });
    } else {
      // A rate reads the taxable income left after the deductions: it joins the facts the memo may read.
      const rate = (taxableIncome: Decimal) => {
        const previous = earlierDraft(table);
        const outcome =
          previous?.taxableIncome?.eq(taxableIncome) === true
            ? (previous.outcome as Reused<RateDraft>)
            : memoOf<Reused<RateDraft>>(step, memoKey).get({ company, taxableIncome }, (subject) => {
                const c = contextFor(step, subject.company, base);
                return { draft: policy.evaluate(c, subject.taxableIncome), params: c.params.served(), general: c.general.served() };
              });
        drafted.set(table, { taxableIncome, outcome });
        params.serve(outcome.params);
        generalForPolicy.serve(outcome.general);
        return outcome.draft;
      };
      rates.push({ table, policy, context, readers, rate });
    }
  }

  const incomeTax = sameWaterfall && before ? before.incomeTax : runIncomeTax(base, deductions, rates);
  const items = incomeTax.items.concat(standalone);
  const missing = missingFacts(items);
  // An eligibility line carries no amount, so a fact it lacks leaves the totals whole.
  const complete = !items.some((i) => i.status === "needs-input" && i.kind !== "eligibility");
  const result: CalculationResult = {
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
  return { result, worked: { tables, plan, period, awards, standalone: coded, incomeTax, drafted: sameWaterfall && before ? before.drafted : drafted } };
}

/**
 * The step's policy on fresh readers, over the company or the memo's recording proxy of it. The
 * dates come from the calculation's base context, whose table is the general-law table.
 */
function contextFor(step: CodedStep, subject: Company, base: PolicyContext): PolicyContext {
  const { table } = step;
  const { period, year, yearEnd, taxYear } = base;
  return { company: subject, period, year, yearEnd, taxYear, params: new ParamReader(table, step.reads), general: new ParamReader(base.table, step.generalReads), table };
}

/** Memo keys start with the detail mode: a reused line keeps the texts and citations it was made with. */
function detailMode(): string {
  return detailOn() ? "" : "amounts|";
}

/**
 * The facts the lines lack, each once, in line order. Kept in an amounts-only calculation too: a
 * batch counts them in its summary (what to collect first) and names them per line with --long.
 * A list searched, not a Set: a row lacks a few dozen facts at most, and this runs for every row.
 */
function missingFacts(items: readonly LineItem[]): readonly string[] {
  let facts: string[] | undefined;
  for (const item of items) {
    if (item.missing.length === 0) continue;
    facts ??= [];
    for (const fact of item.missing) if (!facts.includes(fact)) facts.push(fact);
  }
  return facts ?? NOTHING_MISSING;
}

function sameTables(a: readonly PolicyTable[], b: readonly PolicyTable[]): boolean {
  return a.length === b.length && a.every((table, i) => table === b[i]);
}

/** What a batch keeps of a line: no texts, no citations; the facts it lacks, which are data, not text. */
export interface AmountLine {
  readonly policy: string;
  readonly kind: LineItem["kind"];
  readonly status: LineItem["status"];
  readonly amount: string | null;
  /** The facts a `needs-input` line lacks, as company-file paths. */
  readonly missing: readonly string[];
}

declare const worked: unique symbol;

export interface AmountsResult {
  readonly items: readonly AmountLine[];
  readonly totals: Totals;
  readonly complete: boolean;
  /** The facts the lines lack, each once (an eligibility line's too, as in calculate()'s result). */
  readonly missing: readonly string[];
  /** The work behind the result, for a scenario of the same company to build on; opaque outside this file. */
  readonly work: { readonly [worked]: true };
}

/**
 * The statuses, amounts, totals and missing facts of calculate(), without the detail around them
 * (figures in texts, citations: most of the work; see `amountsOnly`). The narrower type keeps the
 * detail-less lines from being shown.
 * With `baseline` (the same company and period under other tables), every part whose tables are
 * unchanged is taken from it instead of being worked out again: a scenario costs what it changes.
 */
export function calculateAmounts(company: Company, tables: TableSet, options: CalculateOptions, baseline?: AmountsResult): AmountsResult {
  const earlier = baseline?.work as Worked | undefined;
  const { result, worked: done } = amountsOnly(() => work(company, tables, options, earlier));
  return { items: result.items, totals: result.totals, complete: result.complete, missing: result.missing, work: done as unknown as AmountsResult["work"] };
}

/**
 * The award lines of the plan, in table order, after the group stacking rules (which only ever
 * join award tables). An award reads only the year and the facts in awardFactsKey, so the lines
 * once worked out for a key are reused.
 */
function awardLines(plan: Plan, company: Company, tables: TableSet, year: number): readonly LineItem[] {
  if (plan.awardSteps.length === 0) return [];
  const key = `${detailMode()}${year}|${awardFactsKey(company)}`;
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

/** Sums the counted amounts by kind in one pass (a batch totals every row under every scenario). */
export function totalsOf(items: readonly LineItem[]): Totals {
  const taxSaving = new FenSum();
  const taxDeferral = new FenSum();
  const award = new FenSum();
  const subsidy = new FenSum();
  const refund = new FenSum();
  const upTo = new FenSum();
  const total = new FenSum();
  for (const item of items) {
    if (item.amount === null) continue;
    if (item.status === "ceiling-only") upTo.add(item.amount);
    if (!COUNTED.has(item.status)) continue;
    if (item.kind === "tax-saving") taxSaving.add(item.amount);
    else if (item.kind === "tax-deferral") taxDeferral.add(item.amount);
    else if (item.kind === "award") award.add(item.amount);
    else if (item.kind === "subsidy") subsidy.add(item.amount);
    else if (item.kind === "refund") refund.add(item.amount);
    else continue;
    total.add(item.amount);
  }
  return {
    tax_saving: taxSaving.text(),
    tax_deferral: taxDeferral.text(),
    award: award.text(),
    subsidy: subsidy.text(),
    refund: refund.text(),
    up_to: upTo.text(),
    total: total.text(),
  };
}
