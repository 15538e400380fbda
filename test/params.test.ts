/**
 * The dated parameter reader: a value only where the table has one, a LookupError naming the
 * policy, parameter and date everywhere else, and a record of what it served for the citations.
 * Expectations from 财税〔2018〕32号 art. 一 ("原适用17%和11%税率的，税率分别调整为16%、10%", in force
 * 2018-05-01) and 2019年39号 art. 一 (replaced from 2019-04-01), as tables/national/vat-rate-cut-2018.yaml
 * records them.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { amountsOnly } from "../src/core/money.js";
import { LookupError } from "../src/errors/problems.js";
import { loadTables } from "../src/io/load-tables.js";
import { ParamReader } from "../src/tables/params.js";

const tables = loadTables(join(import.meta.dirname, "..", "tables"));
const table = tables.policies.get("vat-rate-cut-2018");
if (!table) throw new Error("tables/national/vat-rate-cut-2018.yaml is missing");
const reader = () => new ParamReader(table, new Set(["standard_rate", "standard_rate_before"]));

describe("ParamReader", () => {
  it("serves the value in force, as a ratio, and its written form", () => {
    const r = reader();
    // 16% from 2018-05-01 to the day before 2019-04-01
    expect(r.at("standard_rate", "2018-05-01").toString()).toBe("0.16");
    expect(r.at("standard_rate", "2019-03-31").toString()).toBe("0.16");
    expect(r.written("standard_rate", "2018-12-31")).toBe("16%");
    expect(r.written("standard_rate_before", "2018-12-31")).toBe("17%");
  });

  it("is not in force before the first value or from the entry that ends it", () => {
    const r = reader();
    expect(r.inForce("standard_rate", "2018-04-30")).toBe(false);
    expect(r.inForce("standard_rate", "2018-05-01")).toBe(true);
    expect(r.inForce("standard_rate", "2019-04-01")).toBe(false);
  });

  it.each([
    ["2018-04-30", "its first value is dated 2018-05-01"],
    ["2019-04-01", "it ended on 2019-04-01"],
  ])("fails loudly on %s, in at() and in written() alike", (date, why) => {
    const message = `policy vat-rate-cut-2018: parameter "standard_rate" has no value on ${date} (${why})`;
    expect(() => reader().at("standard_rate", date)).toThrow(new LookupError(message));
    expect(() => reader().written("standard_rate", date)).toThrow(new LookupError(message));
  });

  it("refuses a parameter the policy did not declare, even one the table has", () => {
    expect(() => reader().at("low_rate", "2018-05-01")).toThrow(/reads parameter "low_rate" of vat-rate-cut-2018 without declaring it/);
  });

  it("records each entry it served once, for the line's citations; a written form counts as served", () => {
    const r = reader();
    r.at("standard_rate", "2018-06-01");
    r.written("standard_rate", "2018-12-31");
    r.written("standard_rate_before", "2018-12-31");
    expect(r.usedParameters().map((u) => `${u.parameter}@${u.entry.from}`)).toEqual([
      "vat-rate-cut-2018.standard_rate@2018-05-01",
      "vat-rate-cut-2018.standard_rate_before@2018-05-01",
    ]);
  });

  it("records nothing in an amounts-only calculation, which cites nothing, and still fails loudly there", () => {
    const r = reader();
    amountsOnly(() => {
      r.at("standard_rate", "2018-06-01");
      r.written("standard_rate", "2018-06-01");
    });
    expect(r.served().size).toBe(0);
    expect(() => amountsOnly(() => r.written("standard_rate", "2019-04-01"))).toThrow(LookupError);
  });
});
