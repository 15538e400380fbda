import { describe, expect, it } from "vitest";
import { loadTables } from "../src/io/load-tables.js";
import { parseSetOption } from "../src/scenarios/to-overrides.js";
import { applyOverrides, OverrideError, type ParameterOverride } from "../src/tables/overrides.js";

const tables = loadTables("tables");

function entries(overrides: ParameterOverride[], policy: string, parameter: string) {
  const applied = applyOverrides(tables, { name: "t", source: "test", parameters: overrides, disable: [] });
  return applied.policies.get(policy)?.parameters.get(parameter)?.entries.map((e) => [e.from, e.value?.toString() ?? null, e.cite.document.verified]);
}

describe("applyOverrides", () => {
  it("a dated value holds from its date and keeps the table's ending", () => {
    // Table: 3万 from 2018-01-01, null from 2019-01-01 (财税〔2019〕13号, secondary). Override 5万 from 2018-07-01.
    expect(entries([{ policy: "vat-small-scale-exemption", parameter: "monthly_limit", values: [{ from: "2018-07-01", value: "5" }] }], "vat-small-scale-exemption", "monthly_limit")).toEqual([
      ["2018-01-01", "30000", "primary"],
      ["2018-07-01", "50000", "hypothetical"],
      ["2019-01-01", null, "secondary"],
    ]);
  });

  it("an undated value replaces every value from the first date, endings kept", () => {
    expect(entries([{ policy: "vat-small-scale-exemption", parameter: "monthly_limit", values: [{ value: "10万" }] }], "vat-small-scale-exemption", "monthly_limit")).toEqual([
      ["2018-01-01", "100000", "hypothetical"],
      ["2019-01-01", null, "secondary"],
    ]);
  });

  it("an override dated on an ending replaces it: the measure is extended", () => {
    expect(entries([{ policy: "vat-small-scale-exemption", parameter: "monthly_limit", values: [{ from: "2019-01-01", value: "3" }] }], "vat-small-scale-exemption", "monthly_limit")).toEqual([
      ["2018-01-01", "30000", "primary"],
      ["2019-01-01", "30000", "hypothetical"],
    ]);
  });

  it("percent values take the table's unit with or without the sign", () => {
    // 13 in a % parameter is 0.13; the table's ending on 2019-04-01 (2019年39号) is kept.
    const rate = (value: string) => entries([{ policy: "vat-rate-cut-2018", parameter: "standard_rate", values: [{ from: "2018-05-01", value }] }], "vat-rate-cut-2018", "standard_rate");
    expect(rate("13")).toEqual([
      ["2018-05-01", "0.13", "hypothetical"],
      ["2019-04-01", null, "primary"],
    ]);
    expect(rate("13%")).toEqual(rate("13"));
  });

  it("disables policies and changes the hash", () => {
    const applied = applyOverrides(tables, { name: "off", source: "test", parameters: [], disable: ["cit-hnte-rate"] });
    expect(applied.policies.has("cit-hnte-rate")).toBe(false);
    expect(applied.hash).not.toBe(tables.hash);
    expect(tables.policies.has("cit-hnte-rate")).toBe(true);
  });

  it("hashes what the overrides change, not the path they were read from", () => {
    const parameters: ParameterOverride[] = [{ policy: "cit-hnte-rate", parameter: "rate", values: [{ value: "12" }] }];
    const here = applyOverrides(tables, { name: "12%", source: "scenarios/a.yaml", parameters, disable: [] });
    const moved = applyOverrides(tables, { name: "12%", source: "/elsewhere/a.yaml", parameters, disable: [] });
    expect(moved.hash).toBe(here.hash);
    const other = applyOverrides(tables, { name: "12%", source: "scenarios/a.yaml", parameters: [{ ...parameters[0], values: [{ value: "11" }] } as ParameterOverride], disable: [] });
    expect(other.hash).not.toBe(here.hash);
  });

  it("rejects unknown policies, parameters and values with a message", () => {
    const run = (o: ParameterOverride) => () => applyOverrides(tables, { name: "x", source: "test", parameters: [o], disable: [] });
    expect(run({ policy: "nope", parameter: "rate", values: [{ value: "1" }] })).toThrow(OverrideError);
    expect(run({ policy: "nope", parameter: "rate", values: [{ value: "1" }] })).toThrow(/^no policy "nope" in the tables; see/);
    expect(run({ policy: "cit-hnte-rat", parameter: "rate", values: [{ value: "1" }] })).toThrow(/no policy "cit-hnte-rat" in the tables \(did you mean "cit-hnte-rate"\?\)/);
    expect(run({ policy: "cit-hnte-rate", parameter: "rat", values: [{ value: "1" }] })).toThrow(/has no parameter "rat" \(did you mean "rate"\?\); it has: rate$/);
    expect(run({ policy: "cit-small-low-profit", parameter: "income_limt", values: [{ value: "1" }] })).toThrow(/\(did you mean "income_limit"\?\); it has: income_limit, /);
    // Switched off and given values in one scenario: said so, not "no policy … (did you mean vat-rate-cut-2019?)".
    const both = () => applyOverrides(tables, { name: "x", source: "test", parameters: [{ policy: "vat-rate-cut-2018", parameter: "standard_rate", values: [{ value: "13" }] }], disable: ["vat-rate-cut-2018"] });
    expect(both).toThrow("policy vat-rate-cut-2018 is switched off by this scenario (disable), so it takes no values: keep one or the other");
    expect(run({ policy: "cit-hnte-rate", parameter: "rate", values: [{ value: "abc" }] })).toThrow(/not a number in %/);
  });
});

describe("parseSetOption", () => {
  it("reads POLICY.PARAMETER=VALUE[@DATE]", () => {
    expect(parseSetOption("vat-rate-cut-2018.standard_rate=13@2018-05-01")).toEqual({
      policy: "vat-rate-cut-2018",
      parameter: "standard_rate",
      values: [{ value: "13", from: "2018-05-01" }],
    });
    expect(parseSetOption("cit-small-low-profit.limit=300万")).toEqual({ policy: "cit-small-low-profit", parameter: "limit", values: [{ value: "300万" }] });
    expect(parseSetOption("rate=13")).toMatch(/expected POLICY.PARAMETER=VALUE/);
    expect(parseSetOption("a.b=1@2018-02-30")).toMatch(/not a date/);
  });
});
