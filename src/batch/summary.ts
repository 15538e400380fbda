/**
 * The batch summary: totals per scenario and per policy, and how many companies gain or lose.
 * Workers add up their rows; the main thread merges the parts. Sums are exact counts of fen, so the
 * result does not depend on how rows were split between workers.
 */
import { FenSum, fenText } from "../core/fen-sum.js";
import { getOrMake } from "../core/get-or-make.js";

export interface ScenarioTally {
  readonly total: FenSum;
  /** Counted amounts (applied or capped) per policy id. */
  readonly policies: Map<string, FenSum>;
  gaining: number;
  losing: number;
  unchanged: number;
  /** Rows whose result lacks a fact for an amount-bearing item: the totals are a floor. */
  incomplete: number;
  /** How many rows lack each fact (any line's, an eligibility line's too): what to collect. */
  readonly missing: Map<string, number>;
}

/** Plain form, for passing between threads. */
export interface SummaryPart {
  readonly scenarios: Record<string, { total: string; policies: Record<string, string>; gaining: number; losing: number; unchanged: number; incomplete: number; missing: Record<string, number> }>;
}

export function emptyTally(): ScenarioTally {
  return { total: new FenSum(), policies: new Map(), gaining: 0, losing: 0, unchanged: 0, incomplete: 0, missing: new Map() };
}

export function toPart(tallies: ReadonlyMap<string, ScenarioTally>): SummaryPart {
  const scenarios: SummaryPart["scenarios"] = {};
  for (const [name, t] of tallies) {
    scenarios[name] = {
      total: t.total.text(),
      policies: Object.fromEntries([...t.policies].map(([p, v]) => [p, v.text()])),
      gaining: t.gaining,
      losing: t.losing,
      unchanged: t.unchanged,
      incomplete: t.incomplete,
      missing: Object.fromEntries(t.missing),
    };
  }
  return { scenarios };
}

const newSum = (): FenSum => new FenSum();

/** The policy's running sum in `sums`, made on first use. */
export function sumFor(sums: Map<string, FenSum>, policy: string): FenSum {
  return getOrMake(sums, policy, newSum);
}

export function mergePart(into: Map<string, ScenarioTally>, part: SummaryPart): void {
  for (const [name, p] of Object.entries(part.scenarios)) {
    const t = getOrMake(into, name, emptyTally);
    t.total.add(p.total);
    for (const [policy, v] of Object.entries(p.policies)) sumFor(t.policies, policy).add(v);
    t.gaining += p.gaining;
    t.losing += p.losing;
    t.unchanged += p.unchanged;
    t.incomplete += p.incomplete;
    for (const [fact, rows] of Object.entries(p.missing)) t.missing.set(fact, (t.missing.get(fact) ?? 0) + rows);
  }
}

export interface BatchCounts {
  readonly read: number;
  readonly written: number;
  readonly rejected: number;
}

export interface SummaryJson {
  readonly file: string;
  readonly rows: BatchCounts;
  readonly tool: { readonly name: string; readonly version: string };
  readonly tables_hash: Record<string, string>;
  readonly scenarios: readonly {
    readonly name: string;
    readonly total: string;
    readonly delta: string | null;
    readonly gaining: number | null;
    readonly losing: number | null;
    readonly unchanged: number | null;
    readonly incomplete: number;
    /** Rows lacking each fact, the most often missing first (ties by name): the same whatever --jobs. */
    readonly missing: Record<string, number>;
    readonly policies: Record<string, string>;
  }[];
}

/** Scenario order as in the output columns; policy order as in the tables. */
export function summaryJson(
  file: string,
  counts: BatchCounts,
  tool: SummaryJson["tool"],
  hashes: Record<string, string>,
  order: readonly string[],
  policies: readonly string[],
  tallies: ReadonlyMap<string, ScenarioTally>,
): SummaryJson {
  const baselineTotal = tallies.get(order[0] ?? "")?.total.fen() ?? 0n;
  return {
    file,
    rows: counts,
    tool,
    tables_hash: hashes,
    scenarios: order.map((name, i) => {
      const t = tallies.get(name) ?? emptyTally();
      return {
        name,
        total: t.total.text(),
        delta: i === 0 ? null : fenText(t.total.fen() - baselineTotal),
        gaining: i === 0 ? null : t.gaining,
        losing: i === 0 ? null : t.losing,
        unchanged: i === 0 ? null : t.unchanged,
        incomplete: t.incomplete,
        missing: Object.fromEntries([...t.missing].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))),
        policies: Object.fromEntries(policies.filter((p) => t.policies.has(p)).map((p) => [p, sumFor(t.policies, p).text()])),
      };
    }),
  };
}
