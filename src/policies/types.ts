/**
 * How a policy's code talks to the core. A policy reads the company and its own table's dated
 * parameters and returns a Draft; the core turns drafts into line items (rounding, citations,
 * readings) and, for income tax, runs them through the waterfall.
 */
import type { IsoDate, Period } from "../core/dates.js";
import type { Decimal } from "../core/money.js";
import type { Status, Text } from "../core/result.js";
import type { Company } from "../input/company-schema.js";
import type { PolicyTable } from "../tables/model.js";
import type { ParamReader } from "../tables/params.js";

export interface PolicyContext {
  readonly company: Company;
  /** The period being calculated (a tax year unless --period narrows it). */
  readonly period: Period;
  /** Income tax is annual: the tax year the period belongs to. */
  readonly year: number;
  /** Last day of the tax year: the date annual income-tax values are read on. */
  readonly yearEnd: IsoDate;
  /** The whole tax year, for "held during the year" tests. */
  readonly taxYear: Period;
  readonly params: ParamReader;
  /** The general-law table (standard rates the incentives are measured against). */
  readonly general: ParamReader;
  readonly table: PolicyTable;
}

export interface Draft {
  readonly status: Status;
  /** Unrounded; the core rounds once. Absent for eligibility lines and statuses without an amount. */
  readonly amount?: Decimal;
  readonly formula: Text;
  readonly reasons: readonly Text[];
  readonly missing?: readonly string[];
  readonly estimated?: boolean;
}

/** Income-tax deduction: how much it takes off taxable income; the waterfall prices it (status applied or capped). */
export interface DeductionDraft extends Omit<Draft, "amount"> {
  readonly deduction?: Decimal;
  /** What becomes of the part taxable income cannot absorb; by default a loss carried forward. */
  readonly leftover?: Text;
  /** A percentage cap the policy chose this year, for a later deduction that `uses` it (职工教育经费 → 职工培训费). */
  readonly cap?: Decimal;
}

/** Preferential rate: the tax due on `taxableIncome` under it. */
export interface RateDraft extends Omit<Draft, "amount"> {
  readonly tax?: Decimal;
  /** Refused on the taxable income it was given: the waterfall names the deductions still lacking facts. */
  readonly refusedOnIncome?: boolean;
}

/** What a policy declares it reads: `tables check` compares it with the table, the reader enforces it. */
interface Reads {
  /** Parameters of the policy's own table. */
  readonly reads: readonly string[];
  /** Parameters of the general-law table, beyond those the income-tax waterfall reads for every item. */
  readonly readsGeneral?: readonly string[];
}

export interface StandalonePolicy extends Reads {
  readonly stage: "standalone";
  evaluate(ctx: PolicyContext): Draft;
}

export interface DeductionPolicy extends Reads {
  readonly stage: "deduction";
  /** Position in the income-tax waterfall (documented in README): lower goes first. */
  readonly order: number;
  /** Table id of an earlier deduction whose draft this one reads; its own-table citations join this line. */
  readonly uses?: string;
  /** `used`: the draft of the deduction named by `uses`, when it is in the waterfall. */
  evaluate(ctx: PolicyContext, used?: DeductionDraft): DeductionDraft;
}

export interface RatePolicy extends Reads {
  readonly stage: "rate";
  evaluate(ctx: PolicyContext, taxableIncome: Decimal): RateDraft;
}

export type PolicyImplementation = StandalonePolicy | DeductionPolicy | RatePolicy;

export const text = (zh: string, en: string): Text => ({ zh, en });

export function notInForce(zh: string, en: string): Draft {
  return { status: "not-in-force", formula: text("—", "—"), reasons: [text(zh, en)] };
}

export function notEligible(zh: string, en: string, formula: Text = text("—", "—")): Draft {
  return { status: "not-eligible", formula, reasons: [text(zh, en)] };
}

export function needsInput(missing: readonly string[], zh: string, en: string): Draft {
  return {
    status: "needs-input",
    formula: text("—", "—"),
    reasons: [text(`${zh}：缺少 ${missing.join("、")}`, `${en}: missing ${missing.join(", ")}`)],
    missing,
  };
}
