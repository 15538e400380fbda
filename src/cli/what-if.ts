/** `--scenario FILE` and `--set POLICY.PARAM=VALUE[@DATE]`: what-if tables for calc and batch. */
import { UsageError } from "../errors/problems.js";
import { applyOverridesAt, loadScenario } from "../io/load-scenario.js";
import { parseSetOption } from "../scenarios/to-overrides.js";
import type { TableSet } from "../tables/model.js";
import { applyOverrides, OverrideError, type ParameterOverride } from "../tables/overrides.js";

/** Commander collector for a repeatable option. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Parses every `--set`, reporting all malformed ones at once. */
export function parseSets(sets: readonly string[]): ParameterOverride[] {
  const parsed = sets.map(parseSetOption);
  const errors = parsed.filter((p): p is string => typeof p === "string");
  if (errors.length > 0) throw new UsageError(errors.join("\n"));
  return parsed.filter((p): p is ParameterOverride => typeof p !== "string");
}

/** Applies scenario files in order, then `--set` values, to the base tables. */
export function whatIfTables(base: TableSet, scenarioFiles: readonly string[], sets: readonly string[]): TableSet {
  let tables = base;
  for (const file of scenarioFiles) tables = applyOverridesAt(tables, loadScenario(file), file);
  return applySets(tables, sets, "--set") ?? tables;
}

/** The tables with every `--set` value applied under `name`; undefined when there are none. */
export function applySets(base: TableSet, sets: readonly string[], name: string): TableSet | undefined {
  const parameters = parseSets(sets);
  if (parameters.length === 0) return undefined;
  try {
    return applyOverrides(base, { name, source: "command line", parameters, disable: [] });
  } catch (error) {
    if (error instanceof OverrideError) throw new UsageError(`--set: ${error.message}`);
    throw error;
  }
}
