import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FenSum, fenOf, fenText } from "../src/core/fen-sum.js";
import { Decimal } from "../src/core/money.js";

describe("fenText and fenOf", () => {
  it.each([
    [0n, "0.00"],
    [5n, "0.05"],
    [-5n, "-0.05"],
    [123n, "1.23"],
    [-123456n, "-1234.56"],
    [1234567890123456789n, "12345678901234567.89"],
  ])("%s fen is %s", (fen, text) => {
    expect(fenText(fen)).toBe(text);
    expect(fenOf(text)).toBe(fen);
  });

  it.each(["1.5", "1", "1,000.00", "0x1.00", " 1.00", "+1.00", "1.00 ", "", "-.50", "1e3.00"])("refuses %j, which is not an amount in fen", (text) => {
    expect(() => fenOf(text)).toThrow(/not an amount in fen/);
    expect(() => new FenSum().add(text)).toThrow(/not an amount in fen/);
  });
});

describe("FenSum", () => {
  it("adds amounts to the fen", () => {
    // 1234.56 − 0.50 + 0.01 = 1234.07
    expect(new FenSum().add("1234.56").add("-0.50").add("0.01").text()).toBe("1234.07");
    expect(new FenSum().text()).toBe("0.00");
    // 1.00 − 1.00 is zero, unsigned
    expect(new FenSum().add("1.00").add("-1.00").text()).toBe("0.00");
    // a sum under one yuan keeps its leading zero and its sign; minus zero is zero
    expect(new FenSum().add("-0.05").text()).toBe("-0.05");
    expect(new FenSum().add("0.05").text()).toBe("0.05");
    expect(new FenSum().add("-0.00").text()).toBe("0.00");
  });

  it("stays exact past the largest safe integer", () => {
    // 9,999,999,999,999.99 yuan is 999,999,999,999,999 fen (15 digits, the most a Number adds
    // exactly). Ten of them are 9,999,999,999,999,990 fen, above 2^53 = 9,007,199,254,740,992,
    // where a Number holds only even integers; plus 0.01 → 9,999,999,999,999,991 fen, odd.
    const sum = new FenSum();
    for (let i = 0; i < 10; i++) sum.add("9999999999999.99");
    sum.add("0.01");
    expect(sum.fen()).toBe(9999999999999991n);
    expect(sum.text()).toBe("99999999999999.91");
  });

  it("adds amounts of more than 15 digits exactly", () => {
    // 12,345,678,901,234,567.89 + 0.11 = 12,345,678,901,234,568.00
    expect(new FenSum().add("12345678901234567.89").add("0.11").text()).toBe("12345678901234568.00");
  });

  it("agrees with decimal.js on any list of amounts", () => {
    const amount = fc.bigInt({ min: -(10n ** 19n), max: 10n ** 19n }).map(fenText);
    const small = fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => fenText(BigInt(n)));
    fc.assert(
      fc.property(fc.array(fc.oneof(amount, small), { maxLength: 200 }), (amounts) => {
        const exact = amounts.reduce((total, a) => total.plus(a), new Decimal(0));
        const sum = amounts.reduce((s, a) => s.add(a), new FenSum());
        return sum.text() === exact.toFixed(2).replace(/^-0\.00$/, "0.00");
      }),
      { numRuns: 2000 },
    );
  });
});
