import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvLines, csvQuote, formulaSafe } from "../src/render/csv-lines.js";

const cellText = fc.oneof(
  fc.string({ unit: fc.constantFrom(",", '"', "\r", "\n", " ", "a", "万", "'", "=", "-", "\t") }),
  fc.string({ unit: "grapheme" }),
);
const records = fc.array(fc.array(cellText, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 5 });

describe("csvLines", () => {
  it("reads back, with csv-parse, as the same cells, for any text", () => {
    fc.assert(
      fc.property(records, (rs) => {
        expect(parse(csvLines(rs), { relax_column_count: true })).toEqual(rs);
      }),
      { numRuns: 2000 },
    );
  });

  // The batch wrote through csv-stringify before; where that was right the bytes are the same.
  it("writes what csv-stringify writes with CRLF records, for cells without CR or LF", () => {
    const noLineBreak = records.map((rs) => rs.map((r) => r.map((c) => c.replace(/[\r\n]/g, ""))));
    fc.assert(
      fc.property(noLineBreak, (rs) => {
        expect(csvLines(rs)).toBe(stringify(rs, { record_delimiter: "\r\n" }));
      }),
      { numRuns: 2000 },
    );
  });

  // csv-stringify 6.9 with record_delimiter "\r\n" leaves a cell's own CR or LF unquoted, which splits the row.
  it("quotes a cell with a line break, where csv-stringify did not", () => {
    expect(stringify([["示例\n企业", "x"]], { record_delimiter: "\r\n" })).toBe("示例\n企业,x\r\n");
    expect(csvLines([["示例\n企业", "x"]])).toBe('"示例\n企业",x\r\n');
  });

  it("quotes a cell only for a comma, a quote, CR or LF, and doubles its quotes", () => {
    expect(csvQuote("示例企业")).toBe("示例企业");
    expect(csvQuote("")).toBe("");
    expect(csvQuote("1,234.56")).toBe('"1,234.56"');
    expect(csvQuote('say "hi"')).toBe('"say ""hi"""');
    expect(csvQuote("a\rb")).toBe('"a\rb"');
    expect(csvLines([["a", "b,c"], ["", "d"]])).toBe('a,"b,c"\r\n,d\r\n');
    expect(csvLines([])).toBe("");
  });

  it("puts an apostrophe before text Excel would run as a formula", () => {
    expect(["=1+1", "+86", "-x", "@a", "\tA", "\rA", "示例", "a=b", ""].map(formulaSafe)).toEqual(["'=1+1", "'+86", "'-x", "'@a", "'\tA", "'\rA", "示例", "a=b", ""]);
  });
});
