/** Turns scenario files, case overrides and `--set` options into `Overrides` for the tables. */
import { isIsoDate } from "../core/dates.js";
import type { OverrideValue, Overrides, ParameterOverride } from "../tables/overrides.js";
import type { ParameterOverrides, ScenarioFile } from "./schema.js";

export function toParameterOverrides(parameters: ParameterOverrides): ParameterOverride[] {
  const out: ParameterOverride[] = [];
  for (const [policy, byName] of Object.entries(parameters)) {
    for (const [parameter, { values }] of Object.entries(byName)) {
      const list: OverrideValue[] = Object.entries(values).map(([from, v]) => ({
        from,
        value: v.value === null ? null : String(v.value),
        ...(v.note === undefined ? {} : { note: v.note }),
      }));
      out.push({ policy, parameter, values: list });
    }
  }
  return out;
}

export function scenarioOverrides(scenario: ScenarioFile, source: string): Overrides {
  return { name: scenario.name, source, parameters: toParameterOverrides(scenario.parameters), disable: scenario.disable };
}

/**
 * `policy.parameter=VALUE[@YYYY-MM-DD]`, e.g. `vat-rate-cut-2018.standard_rate=13@2018-05-01`
 * or `cit-small-low-profit.taxable_income_limit=300万`. Returns a message for a malformed one.
 */
export function parseSetOption(text: string): ParameterOverride | string {
  const match = /^([a-z0-9][a-z0-9-]*)\.([a-z][a-z0-9_]*)=([^@]+)(?:@(.+))?$/.exec(text.trim());
  if (!match) return `--set ${text}: expected POLICY.PARAMETER=VALUE[@YYYY-MM-DD], such as vat-rate-cut-2018.standard_rate=13@2018-05-01`;
  const [, policy = "", parameter = "", value = "", from] = match;
  if (from !== undefined && !isIsoDate(from)) return `--set ${text}: "${from}" is not a date written YYYY-MM-DD`;
  return { policy, parameter, values: [{ value: value === "null" ? null : value, ...(from === undefined ? {} : { from }) }] };
}
