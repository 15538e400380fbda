// The quote check: a value must be stated in its quote, in digits or, for small counts of years
// and months, in Chinese numerals (第一年至第三年).
import { describe, expect, it } from "vitest";
import { valueInQuote } from "../src/checks/quotes.js";

describe("valueInQuote", () => {
  it("finds digits with their unit", () => {
    expect(valueInQuote("500", "万元", "不超过500万元的部分")).toBe(true);
    expect(valueInQuote("50", "万元", "不超过500万元的部分")).toBe(false);
  });

  it("finds years written in Chinese numerals", () => {
    expect(valueInQuote("3", "years", "第一年至第三年免征企业所得税")).toBe(true);
    expect(valueInQuote("6", "years", "第四年至第六年减半征收企业所得税")).toBe(true);
    expect(valueInQuote("3", "years", "2015年、2016年和2017年三个年度")).toBe(true);
  });

  it("does not take a numeral from a longer number or another unit", () => {
    expect(valueInQuote("3", "years", "第四年至第六年减半征收")).toBe(false);
    expect(valueInQuote("3", "years", "十三年")).toBe(false);
    expect(valueInQuote("3", "%", "三成")).toBe(false);
  });

  it("finds a per-ten-thousand rate written before its number (万分之二)", () => {
    expect(valueInQuote("2", "‱", "按照小额票据贴现金额的万分之二标准补助")).toBe(true);
    expect(valueInQuote("2", "‱", "按万分之二十补助")).toBe(false);
    expect(valueInQuote("2", "‱", "按2%补助")).toBe(false);
  });
});
