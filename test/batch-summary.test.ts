// The batch summary table (standard error): the cases the CLI tests in batch.test.ts do not reach.
import { describe, expect, it } from "vitest";
import type { SummaryJson } from "../src/batch/summary.js";
import { renderBatchSummary } from "../src/render/batch-summary.js";
import { tableRows as rows } from "./helpers/table-rows.js";

const summary = (scenarios: SummaryJson["scenarios"]): SummaryJson => ({
  file: "x.csv",
  rows: { read: 1, written: 1, rejected: 0 },
  tool: { name: "incentive", version: "0" },
  tables_hash: { baseline: "0123456789abcdef" },
  scenarios,
});
const baseline = (total: string, policies: Record<string, string>, incomplete = 0, missing: Record<string, number> = {}) => ({
  name: "baseline",
  total,
  delta: null,
  gaining: null,
  losing: null,
  unchanged: null,
  incomplete,
  missing,
  policies,
});

describe("batch summary table", () => {
  it("says so when no policy counted an amount, and shows no delta rows for the baseline alone", () => {
    const text = renderBatchSummary(summary([baseline("0.00", {})]), new Map(), "zh");
    expect(rows(text)).toEqual([
      ["情景", "baseline"],
      ["（没有计入金额的政策）", "—"],
      ["合计", "0.00"],
    ]);
    // The tool and the tables the figures came from, as under calc's table: the hash cut to 12 characters.
    expect(text.trimEnd().split("\n").at(-1)).toBe("incentive 0 · tables baseline 0123456789ab");
  });

  it("labels a policy it has no title for by its id; groups large amounts; counts incomplete rows", () => {
    // 1,802,121,121,411.80: a 1,000,000-row total, grouped by threes, the fen kept as they are.
    const text = renderBatchSummary(summary([baseline("1802121121411.80", { "x-policy": "1802121121411.80" }, 7)]), new Map(), "en");
    expect(rows(text)).toEqual([
      ["Scenario", "baseline"],
      ["x-policy", "1,802,121,121,411.80"],
      ["Total", "1,802,121,121,411.80"],
      ["Companies lacking a fact (totals are a floor)", "7"],
    ]);
  });

  it("groups counts of companies by threes, as the amounts", () => {
    // The 1,000,000-row benchmark's VAT scenario: 800,331 gaining, none losing, 199,669 unchanged (800,331 + 199,669 = 1,000,000).
    const other = { name: "what-if", total: "1.00", delta: "1.00", gaining: 800_331, losing: 0, unchanged: 199_669, incomplete: 1_000_000, missing: { f: 1_000_000 }, policies: {} };
    const table = rows(renderBatchSummary(summary([baseline("0.00", {}, 1_000_000, { f: 1_000_000 }), other]), new Map(), "en"));
    expect(table.find((r) => r[0]?.startsWith("Companies:"))).toEqual([expect.any(String), "—", "800,331 / 0 / 199,669"]);
    expect(table.find((r) => r[0]?.startsWith("Companies lacking"))?.slice(1)).toEqual(["1,000,000", "1,000,000"]);
    expect(table.find((r) => r[0] === "f")?.slice(1)).toEqual(["1,000,000", "1,000,000"]);
  });

  it("lists policies in table order whichever scenario counts them, one without a title last", () => {
    const other = { name: "what-if", total: "3.00", delta: "1.00", gaining: 1, losing: 0, unchanged: 0, incomplete: 0, missing: {}, policies: { a: "1.00", x: "2.00" } };
    const titles = new Map([
      ["a", { zh: "甲", en: "A" }],
      ["b", { zh: "乙", en: "B" }],
    ]);
    // The baseline counts only b; the scenario counts a (earlier in table order) and x (no title).
    const labels = rows(renderBatchSummary(summary([baseline("2.00", { b: "2.00" }), other]), titles, "zh")).map((r) => r[0]);
    expect(labels).toEqual(["情景", "甲", "a", "乙", "b", "x", "合计", "较基准增减", "企业：增加 / 减少 / 不变"]);
  });

  it("lists the facts most often missing under any scenario, with each scenario's count, the first few only", () => {
    // Ten facts lacked by 10, 9, … 1 rows in the baseline; the scenario lacks f10 in 20 rows, so f10 comes first.
    const missing = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`f${i + 1}`, 10 - i]));
    const other = { name: "what-if", total: "0.00", delta: "0.00", gaining: 0, losing: 0, unchanged: 10, incomplete: 10, missing: { f10: 20 }, policies: {} };
    const table = rows(renderBatchSummary(summary([baseline("0.00", {}, 10, missing), other]), new Map(), "zh"));
    const from = table.findIndex((r) => r[0] === "最常缺少的信息（企业数）");
    expect(table.slice(from + 1)).toEqual([
      ["f10", "1", "20"],
      ["f1", "10", "0"],
      ["f2", "9", "0"],
      ["f3", "8", "0"],
      ["f4", "7", "0"],
      ["f5", "6", "0"],
      ["f6", "5", "0"],
      ["f7", "4", "0"],
      ["……共10项，完整清单见 --summary FILE", "", ""],
    ]);
  });
});
