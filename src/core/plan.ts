/**
 * What calculate() derives from a table set once instead of once per company: for each region,
 * the tables that apply, in table order, with each one's implementation, the parameter names it
 * may read, its award validity windows and its notes. A batch runs the same few regions a million
 * times; the plan is the same whatever the company, so it is built on first use and kept (per
 * table set, in a WeakMap, so a scenario's tables get their own plan and nothing outlives them).
 */
import { readDateForYear, unstatedWindowNotes, type Window, windowsOf } from "../policies/awards/window.js";
import { GENERAL_LAW_TABLE, IMPLEMENTATIONS } from "../policies/registry.js";
import type { PolicyImplementation } from "../policies/types.js";
import { LookupError } from "../errors/problems.js";
import { awardParamRefs } from "../tables/award-schema.js";
import type { PolicyTable, TableSet } from "../tables/model.js";
import { getOrMake } from "./get-or-make.js";
import { ReadMemo } from "./read-memo.js";
import type { LineItem, Text } from "./result.js";
import { WATERFALL_GENERAL_READS } from "./income-tax.js";

export interface AwardStep {
  readonly type: "award";
  readonly table: PolicyTable;
  readonly reads: ReadonlySet<string>;
  readonly windows: readonly Window[];
  /** The reading an unstated window adds to every line of the table. */
  readonly windowNotes: readonly Text[];
}

export interface CodedStep {
  readonly type: "coded";
  readonly table: PolicyTable;
  readonly policy: PolicyImplementation;
  readonly reads: ReadonlySet<string>;
  readonly generalReads: ReadonlySet<string>;
  /** Outcomes by period and text mode, reused where the same facts decide them (see read-memo.ts). */
  readonly memos: Map<string, ReadMemo<unknown>>;
}

export type PlanStep = AwardStep | CodedStep;

export interface Plan {
  readonly general: PolicyTable;
  readonly steps: readonly PlanStep[];
  readonly awardSteps: readonly AwardStep[];
  readonly awardTables: readonly PolicyTable[];
  /** The deduction and rate tables, in order: a scenario that leaves them (and the general table) as they are keeps the waterfall. */
  readonly waterfallTables: readonly PolicyTable[];
  /** True when some applicable table has a group stacking rule: only then is the stacking pass needed. */
  readonly hasGroupRules: boolean;
  /** The award lines, stacked, by text mode, tax year and award facts (see awardFactsKey): an award reads nothing else. */
  readonly awardMemo: Map<string, readonly LineItem[]>;
}

/**
 * A memo is a cache, not a record: past this many keys it starts again, so memory stays flat. Each
 * key holds a region's award lines (up to ~70), and there is a plan per region and scenario, so the
 * bound is kept small; most companies share the few keys of "no award facts given".
 */
export const AWARD_MEMO_LIMIT = 64;

const plans = new WeakMap<TableSet, Map<string, Plan>>();

/** National tables apply everywhere; a province's or city's where the region names it. */
export function appliesToRegion(table: PolicyTable, region: string): boolean {
  if (table.jurisdiction === "national") return true;
  return region.split("/").includes(table.jurisdiction);
}

export function planFor(tables: TableSet, region: string): Plan {
  const byRegion = getOrMake(plans, tables, () => new Map<string, Plan>());
  return getOrMake(byRegion, region, () => buildPlan(tables, region));
}

function buildPlan(tables: TableSet, region: string): Plan {
  const general = tables.policies.get(GENERAL_LAW_TABLE);
  if (!general) throw new LookupError(`the tables have no "${GENERAL_LAW_TABLE}" table with the standard rates`);
  const steps: PlanStep[] = [];
  let hasGroupRules = false;
  for (const table of tables.policies.values()) {
    if (table.kind === "reference" || !appliesToRegion(table, region)) continue;
    if (table.award) {
      const windows = windowsOf(table, tables.documents);
      const reads = new Set(awardParamRefs(table.award).map((r) => r.name));
      steps.push({ type: "award", table, reads, windows, windowNotes: unstatedWindowNotes(windows) });
      hasGroupRules ||= table.award.rules.some((r) => r.group !== undefined && r.rule.startsWith("group-"));
      continue;
    }
    const policy = IMPLEMENTATIONS.get(table.id);
    if (!policy) throw new LookupError(`table ${table.file} (${table.id}) has no implementation in src/policies`);
    const generalReads = new Set([...(policy.readsGeneral ?? []), ...(policy.stage === "standalone" ? [] : WATERFALL_GENERAL_READS)]);
    steps.push({ type: "coded", table, policy, reads: new Set(policy.reads), generalReads, memos: new Map() });
  }
  const awardSteps = steps.filter((s): s is AwardStep => s.type === "award");
  const awardTables = awardSteps.map((s) => s.table);
  const waterfallTables = steps.filter((s): s is CodedStep => s.type === "coded" && s.policy.stage !== "standalone").map((s) => s.table);
  return { general, steps, awardSteps, awardTables, waterfallTables, hasGroupRules, awardMemo: new Map() };
}

/** Where an award table reads its yearly parameters in `yearEnd`'s year. */
export function awardReadDate(step: AwardStep, yearEnd: string): string {
  return readDateForYear(yearEnd, step.windows);
}

/** The step's memo under `key` (period and text mode: a reused line keeps the texts it was made with). */
export function memoOf<T>(step: CodedStep, key: string): ReadMemo<T> {
  return getOrMake(step.memos, key, newMemo) as ReadMemo<T>;
}

const newMemo = (): ReadMemo<unknown> => new ReadMemo<unknown>();
