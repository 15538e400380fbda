// The calc table shows every word of a line's formula, reasons, notes and citations: Chinese text
// wraps between characters to the column's width instead of being cut off with "…".

import { join } from "node:path";
import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { calculate } from "../src/core/calculate.js";
import { taxYearPeriod } from "../src/core/dates.js";
import { loadCompany } from "../src/io/load-company.js";
import { loadTables } from "../src/io/load-tables.js";
import { renderTable } from "../src/render/table.js";
import { wrapToWidth } from "../src/render/wrap.js";

const widest = (text: string) => Math.max(...text.split("\n").map((l) => stringWidth(l)));
const withoutBreaks = (text: string) => text.replace(/[\n ]/g, "");

describe("wrapToWidth", () => {
  it("breaks Chinese between characters, two columns each", () => {
    // 40 characters are 80 columns: 34 characters (68 columns) fit on the first line, 6 go on the next
    const text = "研发费用加计扣除".repeat(5);
    const lines = wrapToWidth(text, 68).split("\n");
    expect(lines.map((l) => l.length)).toEqual([34, 6]);
  });

  it("breaks English at spaces and drops the space at the break", () => {
    expect(wrapToWidth("the tax saving at the reduced rate", 12)).toBe("the tax\nsaving at\nthe reduced\nrate");
  });

  it("splits a word wider than the column, keeps short lines and empty lines as they are", () => {
    expect(wrapToWidth("abcdefghij", 4)).toBe("abcd\nefgh\nij");
    expect(wrapToWidth("short\n\nlines", 10)).toBe("short\n\nlines");
  });

  it("never makes a line wider than the column and never loses a character (random text)", () => {
    const char = fc.constantFrom("税", "额", "，", "（", "）", "a", "b", "7", "%", " ", "\n", "§", "※", "·");
    fc.assert(
      fc.property(fc.array(char, { maxLength: 300 }), fc.integer({ min: 2, max: 80 }), (chars, width) => {
        const text = chars.join("");
        const wrapped = wrapToWidth(text, width);
        expect(widest(wrapped)).toBeLessThanOrEqual(width);
        expect(withoutBreaks(wrapped)).toBe(withoutBreaks(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe("the calc table", () => {
  it("shows each note of the example company in full, with no line cut off", () => {
    const root = join(import.meta.dirname, "..");
    const company = loadCompany(join(root, "fixtures", "companies", "shijiazhuang-hnte-2018.yaml"));
    const result = calculate(company, loadTables(join(root, "tables")), { period: taxYearPeriod(2018), tool: { name: "incentive", version: "test" } });
    const table = renderTable(result, "zh", "元");
    // The last column's text, line by line, joined again.
    const lastColumn = withoutBreaks(
      table
        .split("\n")
        .filter((line) => line.startsWith("│"))
        .map((line) => line.split("│")[4] ?? "")
        .join(""),
    );
    const notes = result.items.flatMap((i) => i.notes.map((n) => n.zh));
    expect(notes.some((n) => stringWidth(n) > 68)).toBe(true);
    for (const note of notes) expect(lastColumn).toContain(withoutBreaks(`※${note}`));
    expect(table).not.toContain("截断");
  });
});
