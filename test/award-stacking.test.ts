// Group stacking rules run in one pass after every item is drafted: highest-only removes the smaller
// counted items of a group, a yearly cap cuts them in table order, and each names its rule.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { LineItem } from "../src/core/result.js";
import { loadTables } from "../src/io/load-tables.js";
import { applyGroupRules } from "../src/policies/awards/stacking.js";
import type { Rule } from "../src/tables/award-schema.js";
import type { PolicyTable, TableSet } from "../src/tables/model.js";

const real = loadTables(join(import.meta.dirname, "..", "tables"));
const A = "sy-major-techreno-interest-subsidy";
const B = "sy-smart-retrofit-equipment-subsidy";

function withRules(rules: Rule[]): TableSet {
  const policies = new Map<string, PolicyTable>(real.policies);
  for (const id of [A, B]) {
    const table = real.policies.get(id);
    if (!table?.award) throw new Error(`${id} missing`);
    policies.set(id, { ...table, award: { ...table.award, rules } });
  }
  return { ...real, policies };
}

function item(policy: string, amount: string, status: LineItem["status"] = "applied"): LineItem {
  return {
    policy,
    title: { zh: policy, en: policy },
    jurisdiction: "shiyan",
    kind: "subsidy",
    status,
    amount,
    formula: { zh: "—", en: "—" },
    reasons: [],
    notes: [],
    citations: [],
    missing: [],
    estimated: false,
    secondary: false,
    hypothetical: false,
  };
}

describe("group stacking rules", () => {
  it("group-highest-only keeps the larger item and names the rule on the other", () => {
    const tables = withRules([{ rule: "group-highest-only", group: "g", reading: "one-subsidy-per-project" }]);
    const out = applyGroupRules([item(A, "300000.00"), item(B, "450000.00")], tables, "2019-12-31");
    expect(out.map((i) => i.status)).toEqual(["excluded-by-stacking", "applied"]);
    expect(out[0]?.amount).toBe("300000.00");
    expect(out[0]?.reasons.some((r) => r.en.includes("group-highest-only"))).toBe(true);
  });

  it("ignores items that are not counted (needs-input, not-eligible)", () => {
    const tables = withRules([{ rule: "group-highest-only", group: "g", reading: "one-subsidy-per-project" }]);
    const out = applyGroupRules([item(A, "300000.00"), { ...item(B, "0.00", "needs-input"), amount: null }], tables, "2019-12-31");
    expect(out.map((i) => i.status)).toEqual(["applied", "needs-input"]);
  });

  it("group-yearly-cap cuts in table order and removes what is left over", () => {
    const out = applyGroupRules([item(A, "500000.00"), item(B, "100000.00")], real, "2019-12-31");
    // cap 50万: A keeps 500,000; nothing left for B → excluded, its would-be amount kept but not counted
    expect(out.map((i) => [i.status, i.amount])).toEqual([
      ["applied", "500000.00"],
      ["excluded-by-stacking", "100000.00"],
    ]);
    expect(out[1]?.reasons.some((r) => r.zh.includes("单个企业当年补助总额不超过50万元"))).toBe(true);
  });

  it("group-highest-only weighs ceiling-only items too: alternative schemes that each give only an up-to amount", () => {
    const tables = withRules([{ rule: "group-highest-only", group: "g", reading: "one-subsidy-per-project" }]);
    const out = applyGroupRules([item(A, "300000.00", "ceiling-only"), item(B, "200000.00")], tables, "2019-12-31");
    expect(out.map((i) => [i.status, i.amount])).toEqual([
      ["ceiling-only", "300000.00"],
      ["excluded-by-stacking", "200000.00"],
    ]);
  });

  it("group-yearly-cap does not cut ceiling-only items (they are not promised)", () => {
    const items = [item(A, "900000.00", "ceiling-only"), item(B, "300000.00")];
    expect(applyGroupRules(items, real, "2019-12-31")).toEqual(items);
  });

  it("a group whose sum is within the cap is untouched", () => {
    const items = [item(A, "200000.00"), item(B, "300000.00")];
    expect(applyGroupRules(items, real, "2019-12-31")).toEqual(items);
  });
});
