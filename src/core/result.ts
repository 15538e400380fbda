/** What a calculation returns: line items with their evidence, and totals that add up. */
import type { Period } from "./dates.js";
import type { Kind } from "../tables/schema.js";

export const STATUSES = [
  "applied",
  "capped",
  "ceiling-only",
  "needs-input",
  "not-eligible",
  "not-in-force",
  "excluded-by-stacking",
] as const;
export type Status = (typeof STATUSES)[number];

/** The statuses whose amount counts toward the totals (and a batch's per-policy cells and sums). */
export const COUNTED: ReadonlySet<Status> = new Set<Status>(["applied", "capped"]);

export interface Text {
  readonly zh: string;
  readonly en: string;
}

export interface CitationOut {
  readonly issuer: string;
  readonly title: string;
  readonly number: string | null;
  readonly article: string;
  readonly issued: string | null;
  readonly quote: string;
  readonly value: string | null;
  readonly effective_from: string;
  readonly verified: "primary" | "secondary" | "hypothetical";
  /** The table parameter the value belongs to, as `policy.parameter`. */
  readonly parameter: string;
}

export interface LineItem {
  readonly policy: string;
  readonly title: Text;
  readonly jurisdiction: string;
  readonly kind: Kind;
  readonly status: Status;
  /** Yuan, exact, two decimals; null where the text gives no amount (eligibility lines). */
  readonly amount: string | null;
  readonly formula: Text;
  readonly reasons: readonly Text[];
  readonly notes: readonly Text[];
  readonly citations: readonly CitationOut[];
  /** Facts that would decide a `needs-input` item, as company-file paths. */
  readonly missing: readonly string[];
  /** True when a figure was pro-rated by days across a change date. */
  readonly estimated: boolean;
  /** True when any value used comes from a secondary source. */
  readonly secondary: boolean;
  /** True when any value used comes from a what-if override rather than a document. */
  readonly hypothetical: boolean;
}

export interface Totals {
  readonly tax_saving: string;
  readonly tax_deferral: string;
  readonly award: string;
  readonly subsidy: string;
  readonly refund: string;
  /** Sum of `ceiling-only` amounts: what the texts allow at most, not what is promised. */
  readonly up_to: string;
  readonly total: string;
}

export interface IncomeTaxSummary {
  readonly standard_rate: string;
  readonly baseline_taxable_income: string;
  readonly baseline_tax: string;
  readonly taxable_income: string;
  readonly actual_tax: string;
  /** baseline_tax − actual_tax: equals the sum of the income-tax line items. */
  readonly reduction: string;
}

export interface CalculationResult {
  readonly tool: { readonly name: string; readonly version: string };
  readonly tables_hash: string;
  readonly company: string;
  readonly region: string;
  readonly period: Period;
  readonly items: readonly LineItem[];
  readonly totals: Totals;
  readonly income_tax: IncomeTaxSummary | null;
  /** False when an amount-bearing item is `needs-input`: the totals are then a floor, not the whole. */
  readonly complete: boolean;
  readonly missing: readonly string[];
}
