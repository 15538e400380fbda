/**
 * What every row of a batch runs against: the baseline tables and each scenario's tables. Built
 * from plain settings, so a worker thread rebuilds exactly the same context from the same files.
 */
import { InputError, UsageError } from "../errors/problems.js";
import { applyOverridesAt, loadScenario } from "../io/load-scenario.js";
import { loadTables } from "../io/load-tables.js";
import { type Coverage, coverageOf } from "../core/coverage.js";
import type { Text } from "../core/result.js";
import type { TableSet } from "../tables/model.js";
import { applySets } from "../cli/what-if.js";
import { type ColumnPlan, planColumns } from "./columns.js";

export type OutputFormat = "csv" | "jsonl";

/** Plain data: what the command line chose. Passed to worker threads as is. */
export interface BatchSettings {
  /** The CSV's name, for messages. */
  readonly file: string;
  readonly headers: readonly string[];
  readonly tablesDir: string;
  readonly scenarioFiles: readonly string[];
  readonly sets: readonly string[];
  /** Overrides each row's tax_year. */
  readonly year: number | undefined;
  readonly format: OutputFormat;
  readonly long: boolean;
  readonly tool: { readonly name: string; readonly version: string };
}

export interface Scenario {
  readonly name: string;
  readonly tables: TableSet;
}

export interface BatchContext {
  readonly settings: BatchSettings;
  readonly plan: ColumnPlan;
  readonly baseline: TableSet;
  readonly scenarios: readonly Scenario[];
  /** Every policy id of the baseline and scenario tables, in table order: the per-policy columns. */
  readonly policies: readonly string[];
  /** Each policy's position in `policies`. */
  readonly policyIndex: ReadonlyMap<string, number>;
  /** Each policy's title, in the order of `policies`: the summary table's row labels. */
  readonly policyTitles: ReadonlyMap<string, Text>;
  /** The tax years every scenario's tables can price: a row before them is rejected. */
  readonly coverage: Coverage;
}

export const BASELINE = "baseline";
/** The scenario that `--set` options make up together. */
export const SET_SCENARIO = "set";

export function buildContext(settings: BatchSettings): BatchContext {
  const planned = planColumns(settings.headers, settings.file);
  if ("problems" in planned) throw new InputError(planned.problems);
  const baseline = loadTables(settings.tablesDir);
  const scenarios: Scenario[] = settings.scenarioFiles.map((file) => {
    const overrides = loadScenario(file);
    return { name: overrides.name, tables: applyOverridesAt(baseline, overrides, file) };
  });
  const setTables = applySets(baseline, settings.sets, SET_SCENARIO);
  if (setTables) scenarios.push({ name: SET_SCENARIO, tables: setTables });
  const names = new Set<string>([BASELINE]);
  for (const s of scenarios) {
    if (names.has(s.name)) throw new UsageError(`two scenarios are named "${s.name}": each scenario's name heads its output columns, so names must differ`);
    names.add(s.name);
  }
  // Each policy once, from the baseline's tables or else the first scenario's that has it (one a scenario adds).
  const policyTitles = new Map<string, Text>();
  for (const tables of [baseline, ...scenarios.map((s) => s.tables)]) {
    for (const table of tables.policies.values()) if (table.kind !== "reference" && !policyTitles.has(table.id)) policyTitles.set(table.id, table.title);
  }
  const policies = [...policyTitles.keys()];
  const coverage = [baseline, ...scenarios.map((s) => s.tables)].map(coverageOf).reduce((a, b) => (b.firstYear > a.firstYear ? b : a));
  return { settings, plan: planned.plan, baseline, scenarios, policies, policyIndex: new Map(policies.map((p, i) => [p, i])), policyTitles, coverage };
}
