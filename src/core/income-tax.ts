/**
 * The income-tax waterfall. Baseline: taxable income under the general rules less the ordinary
 * 5-year loss carry-forward, taxed at the standard rate. Then, in a fixed order, each deduction
 * (R&D, equipment, staff education, IC/software training, extended losses) lowers taxable income, and one preferential
 * rate (the lowest tax among those the company qualifies for) applies to what is left.
 * Each item is the fall in tax it causes, the tax being rounded to the fen at every step, so the
 * items add up exactly to baseline tax − actual tax.
 */
import type { DeductionDraft, DeductionPolicy, Draft, PolicyContext, RateDraft, RatePolicy } from "../policies/types.js";
import { text } from "../policies/types.js";
import type { PolicyTable } from "../tables/model.js";
import type { ParamReader } from "../tables/params.js";
import { toLineItem } from "./line-item.js";
import { type Decimal, detailOn, fenString, formatCompact, formatPercent, max, min, positive, roundFen, sum, ZERO } from "./money.js";
import { COUNTED, type IncomeTaxSummary, type LineItem, type Text } from "./result.js";

/** General-law parameters the waterfall itself reads (baseline and pricing of every item). */
export const WATERFALL_GENERAL_READS: ReadonlySet<string> = new Set(["cit_standard_rate", "loss_carryforward_years"]);

export interface WaterfallEntry<P> {
  readonly table: PolicyTable;
  readonly policy: P;
  readonly context: PolicyContext;
  readonly readers: readonly ParamReader[];
  /** How the deduction is drafted when no earlier draft is `used`: the policy itself, or its reused outcome. */
  readonly draft?: () => DeductionDraft;
  /** How the rate is drafted: the policy itself, or its reused outcome. */
  readonly rate?: (taxableIncome: Decimal) => RateDraft;
}

export interface WaterfallOutcome {
  readonly items: LineItem[];
  readonly summary: IncomeTaxSummary | null;
}

export function runIncomeTax(
  base: PolicyContext,
  deductions: readonly WaterfallEntry<DeductionPolicy>[],
  rates: readonly WaterfallEntry<RatePolicy>[],
): WaterfallOutcome {
  const { company, year, yearEnd, general } = base;
  const income = company.income_tax?.taxable_income_before_incentives;
  const sorted = [...deductions].sort((a, b) => a.policy.order - b.policy.order);
  // In order, so a deduction that `uses` an earlier one sees its draft and cites the values it shares.
  const deductionDrafts: { entry: WaterfallEntry<DeductionPolicy>; draft: DeductionDraft }[] = [];
  for (const d of sorted) {
    const used = d.policy.uses === undefined ? undefined : deductionDrafts.find((e) => e.entry.table.id === d.policy.uses);
    const entry = used ? { ...d, readers: [...d.readers, used.entry.context.params] } : d;
    const draft = d.draft && !used ? d.draft() : d.policy.evaluate(d.context, used?.draft);
    deductionDrafts.push({ entry, draft });
  }

  if (income === undefined) {
    const missing = ["income_tax.taxable_income_before_incentives"];
    const items = [
      ...deductionDrafts.map(({ entry, draft }) => toLineItem(entry.table, withoutIncome(draft, missing), entry.readers)),
      ...rates.map((r) => toLineItem(r.table, withoutIncome(rateDraft(r, ZERO), missing), r.readers)),
    ];
    return { items, summary: null };
  }

  const rate = general.at("cit_standard_rate", yearEnd);
  const ordinaryYears = general.at("loss_carryforward_years", yearEnd).toNumber();
  const ordinaryLosses = sum(
    (company.income_tax?.losses ?? []).filter((l) => year - l.year >= 1 && year - l.year <= ordinaryYears).map((l) => l.unused),
  );
  const baselineIncome = positive(income.minus(min(positive(income), ordinaryLosses)));
  const taxAt = (ti: Decimal): Decimal => roundFen(ti.times(rate));
  const baselineTax = taxAt(baselineIncome);

  const items: LineItem[] = [];
  let ti = baselineIncome;
  let tax = baselineTax;
  for (const { entry, draft } of deductionDrafts) {
    if (!COUNTED.has(draft.status) || draft.deduction === undefined) {
      items.push(toLineItem(entry.table, draft, entry.readers));
      continue;
    }
    entry.context.general.at("cit_standard_rate", yearEnd); // cite the rate the item is priced at
    const used = min(draft.deduction, ti);
    const nextTi = ti.minus(used);
    const nextTax = taxAt(nextTi);
    // Less taxable income left than the deduction: the rest carries over.
    const short = used.lt(draft.deduction);
    const status = short || draft.status === "capped" ? "capped" : "applied";
    // An amounts-only calculation (a batch) keeps no texts: only the status changes.
    const priced: Draft = detailOn() ? { ...draft, status, ...pricedTexts(draft, rate, ti, used, tax.minus(nextTax), short) } : { ...draft, status };
    items.push(toLineItem(entry.table, priced, entry.readers, tax.minus(nextTax)));
    ti = nextTi;
    tax = nextTax;
  }

  const rateDrafts = rates.map((r) => ({ entry: r, draft: rateDraft(r, ti) }));
  // Deductions that could not be drafted for lack of facts: a rate refused on the income left says so
  // (in a text, so not in an amounts-only calculation, which runs for every batch row).
  const open = detailOn() ? deductionDrafts.filter(({ draft }) => draft.status === "needs-input").map(({ entry }) => entry.table) : [];
  const qualifying = rateDrafts.filter((r): r is { entry: WaterfallEntry<RatePolicy>; draft: RateDraft & { tax: Decimal } } => r.draft.status === "applied" && r.draft.tax !== undefined);
  const chosen = qualifying.reduce<(typeof qualifying)[number] | undefined>((best, r) => (best && roundFen(best.draft.tax).lte(roundFen(r.draft.tax)) ? best : r), undefined);
  const actualTax = chosen ? roundFen(chosen.draft.tax) : tax;
  for (const { entry, draft } of rateDrafts) {
    if (chosen && entry === chosen.entry) {
      entry.context.general.at("cit_standard_rate", yearEnd); // cite the rate the saving is measured against
      const saving = tax.minus(actualTax);
      const priced: Draft = detailOn() ? { ...draft, formula: savingFormula(draft, ti, rate, actualTax, saving) } : draft;
      items.push(toLineItem(entry.table, priced, entry.readers, saving));
    } else if (draft.status === "applied" && chosen) {
      const status = "excluded-by-stacking";
      const excluded: Draft = detailOn() ? { ...draft, status, reasons: [...draft.reasons, notStacked(chosen.entry.table)] } : { ...draft, status };
      items.push(toLineItem(entry.table, excluded, entry.readers));
    } else if (draft.refusedOnIncome && open.length > 0) {
      items.push(toLineItem(entry.table, { ...draft, reasons: [...draft.reasons, incomeLeavesOut(open)] }, entry.readers));
    } else {
      items.push(toLineItem(entry.table, draft, entry.readers));
    }
  }

  return {
    items,
    summary: {
      standard_rate: rate.toFixed(),
      baseline_taxable_income: fenString(baselineIncome),
      baseline_tax: fenString(baselineTax),
      taxable_income: fenString(max(ti, ZERO)),
      actual_tax: fenString(actualTax),
      reduction: fenString(baselineTax.minus(actualTax)),
    },
  };
}

/** The deduction's formula and reasons with its pricing: the tax it saves, and what a short income leaves over. */
function pricedTexts(draft: DeductionDraft, rate: Decimal, ti: Decimal, used: Decimal, saving: Decimal, short: boolean): Pick<Draft, "formula" | "reasons"> {
  const pricing = `${formatCompact(used)} × ${formatPercent(rate)} = ${formatCompact(saving)}`;
  const leftover = draft.leftover ?? LOSS_CARRIED;
  return {
    formula: text(`${draft.formula.zh}；节税 ${pricing}`, `${draft.formula.en}; tax effect ${pricing}`),
    reasons: [
      ...draft.reasons,
      ...(short
        ? [text(`应纳税所得额只剩${formatCompact(ti)}，本年只能扣除${formatCompact(used)}，${leftover.zh}`, `only ${formatCompact(ti)} of taxable income was left, so ${formatCompact(used)} is deducted this year; ${leftover.en}`)]
        : []),
    ],
  };
}

/** The rate's formula with the saving it is measured by: tax at the standard rate less the tax at the rate chosen. */
function savingFormula(draft: RateDraft, ti: Decimal, rate: Decimal, actualTax: Decimal, saving: Decimal): Text {
  const formula = `${formatCompact(ti)} × ${formatPercent(rate)} − ${formatCompact(actualTax)} = ${formatCompact(saving)}`;
  return text(`${draft.formula.zh}；节税 ${formula}`, `${draft.formula.en}; saving ${formula}`);
}

function notStacked(chosen: PolicyTable): Text {
  const { zh, en } = chosen.title;
  return text(`优惠税率不叠加：已适用税额更低的“${zh}”`, `preferential rates do not stack: "${en}" gives lower tax`);
}

function rateDraft(entry: WaterfallEntry<RatePolicy>, taxableIncome: Decimal): RateDraft {
  return entry.rate ? entry.rate(taxableIncome) : entry.policy.evaluate(entry.context, taxableIncome);
}

/** A refusal on taxable income is not final while deductions that could lower it lack their facts. */
function incomeLeavesOut(open: readonly PolicyTable[]): Text {
  return text(
    `该所得额未扣除仍缺少信息的${open.map((t) => `“${t.title.zh}”`).join("、")}；补齐后所得额可能降至限额以内`,
    `that income is before ${open.map((t) => `"${t.title.en}"`).join(", ")}, which still lack facts; with them it may fall within the limit`,
  );
}

const LOSS_CARRIED = text("其余形成亏损结转（未计价）", "the rest becomes a loss carried forward (not valued)");

function withoutIncome(draft: DeductionDraft | RateDraft, missing: readonly string[]): Draft {
  // A capped deduction is priced like an applied one: without the income it has no amount either.
  if (draft.status !== "applied" && draft.status !== "capped") return draft;
  return {
    status: "needs-input",
    formula: draft.formula,
    reasons: [...draft.reasons, text(`计算节税额需要${missing.join("、")}`, `pricing it needs ${missing.join(", ")}`)],
    missing,
  };
}
