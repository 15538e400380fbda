/** Reads a scenario file and applies it to the tables; every problem has file:line:col. */
import { InputError } from "../errors/problems.js";
import { scenarioOverrides } from "../scenarios/to-overrides.js";
import { scenarioSchema } from "../scenarios/schema.js";
import type { TableSet } from "../tables/model.js";
import { applyOverrides, OverrideError, type Overrides } from "../tables/overrides.js";
import { readText } from "./load-company.js";
import { validate } from "./validate.js";
import { parseSource } from "./yaml-source.js";

export function loadScenario(file: string): Overrides {
  const parsed = parseSource(readText(file), file);
  if (!parsed.ok) throw new InputError(parsed.problems);
  const validated = validate(scenarioSchema, parsed.source);
  if (!validated.ok) throw new InputError(validated.problems);
  return scenarioOverrides(validated.data, file);
}

/** Applies overrides, turning a bad policy, parameter or value into an input error at `file`. */
export function applyOverridesAt(tables: TableSet, overrides: Overrides, file: string): TableSet {
  try {
    return applyOverrides(tables, overrides);
  } catch (error) {
    if (error instanceof OverrideError) throw new InputError([{ location: { file }, path: "parameters", message: error.message }]);
    throw error;
  }
}
