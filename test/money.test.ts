import { describe, expect, it } from "vitest";
import { dec, formatCompact, formatYuan, parseAmount, roundFen } from "../src/core/money.js";

describe("parseAmount", () => {
  it.each([
    ["500万", "5000000"],
    ["1.2亿", "120000000"],
    ["1,234,567.89", "1234567.89"],
    ["300万元", "3000000"],
    ["0.01", "0.01"],
    ["12345678901234567.89", "12345678901234567.89"],
  ])("%s → %s", (input, expected) => {
    expect(parseAmount(input)?.toFixed()).toBe(expected);
  });

  it.each(["三千万", "1,23,4", "5 000", "1e6", "", "万", "12.5.3", "75_000"])("rejects %s", (input) => {
    expect(parseAmount(input)).toBeUndefined();
  });

  it("reads numbers exactly through their shortest form", () => {
    expect(parseAmount(0.1)?.plus(parseAmount(0.2) ?? 0).toFixed()).toBe("0.3");
  });
});

describe("rounding and display", () => {
  it("rounds half-up to the fen", () => {
    expect(roundFen(dec("0.005")).toFixed(2)).toBe("0.01");
    expect(roundFen(dec("2.675")).toFixed(2)).toBe("2.68");
    expect(roundFen(dec("-0.005")).toFixed(2)).toBe("-0.01");
  });

  it("groups thousands", () => {
    expect(formatYuan(dec("12345678.9"))).toBe("12,345,678.90");
  });

  it("writes compact 万/亿 only when exact", () => {
    expect(formatCompact(dec("2000000"))).toBe("200万");
    expect(formatCompact(dec("150000000"))).toBe("1.5亿");
    expect(formatCompact(dec("12345.678"))).toBe("12,345.68");
  });
});
