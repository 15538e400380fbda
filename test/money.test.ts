import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, dec, fenString, formatCompact, formatYuan, max, min, parseAmount, roundFen } from "../src/core/money.js";

describe("parseAmount", () => {
  it("reads 万 and 亿 as exact multiples of the number written", () => {
    const written = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.option(fc.integer({ min: 0, max: 999999 }), { nil: undefined })).map(([w, f]) => `${w}${f === undefined ? "" : `.${f}`}`);
    fc.assert(
      fc.property(written, (text) => {
        const plain = parseAmount(text);
        return plain !== undefined && parseAmount(`${text}万`)?.eq(plain.times(10_000)) === true && parseAmount(`${text}亿元`)?.eq(plain.times(100_000_000)) === true && parseAmount(`-${text}万`)?.eq(plain.times(-10_000)) === true;
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ["500万", "5000000"],
    ["1.2亿", "120000000"],
    ["1,234,567.89", "1234567.89"],
    ["300万元", "3000000"],
    ["0.01", "0.01"],
    ["12345678901234567.89", "12345678901234567.89"],
    [" 007.50 ", "7.5"],
    ["-12.30", "-12.3"],
    ["-0", "0"],
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

  // −0.004 rounds to zero, which carries no sign; nor does −0 itself.
  it.each([
    ["1234.5", "1234.50"],
    ["2.675", "2.68"],
    ["-2.675", "-2.68"],
    ["-0.005", "-0.01"],
    ["-0.004", "0.00"],
    ["-0", "0.00"],
    ["123456789012345678901234567890.125", "123456789012345678901234567890.13"],
  ])("writes %s to the fen, half-up, as %s", (value, written) => {
    expect(fenString(dec(value))).toBe(written);
  });

  it("writes to the fen as rounding first and writing after would", () => {
    const value = fc.tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 8 })).map(([digits, scale]) => new Decimal(`${digits}e-${scale}`));
    fc.assert(
      fc.property(value, (v) => {
        const rounded = roundFen(v);
        return fenString(v) === (rounded.isZero() ? "0.00" : rounded.toFixed(2));
      }),
      { numRuns: 2000 },
    );
  });

  it("takes the least and the greatest value itself, the first of equals, as Decimal.min and max do", () => {
    const [a, b, c] = [dec("3"), dec("-1.5"), dec("-1.50")];
    expect(min(a, b, c)).toBe(b);
    expect(max(a, b, c)).toBe(a);
    expect(min(a)).toBe(a);
    const zero = dec("0");
    const negativeZero = dec("-0");
    expect(min(negativeZero, zero)).toBe(negativeZero);
    expect(max(zero, negativeZero)).toBe(zero);
    const values = fc.array(fc.integer({ min: -1000, max: 1000 }).map((n) => dec(n).div(8)), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(values, ([first, ...rest]) => first !== undefined && min(first, ...rest).eq(Decimal.min(first, ...rest)) && max(first, ...rest).eq(Decimal.max(first, ...rest))),
      { numRuns: 500 },
    );
  });

  it("groups thousands", () => {
    expect(formatYuan(dec("12345678.9"))).toBe("12,345,678.90");
  });

  it("writes compact 万/亿 only when exact", () => {
    expect(formatCompact(dec("2000000"))).toBe("200万");
    expect(formatCompact(dec("150000000"))).toBe("1.5亿");
    expect(formatCompact(dec("12345.678"))).toBe("12,345.68");
    expect(formatCompact(dec("123456789"))).toBe("12345.6789万");
    expect(formatCompact(dec("-30000"))).toBe("−3万");
    expect(formatCompact(dec("1234"))).toBe("1,234");
    expect(formatCompact(dec("0"))).toBe("0");
  });

  // The rule as first written, by division: the digit-based version must agree with it everywhere.
  function byDivision(value: Decimal): string {
    const abs = value.abs();
    const sign = value.isNegative() ? "−" : "";
    const wan = new Decimal(10_000);
    const yi = new Decimal(100_000_000);
    if (abs.gte(yi) && abs.div(yi).decimalPlaces() <= 4) return `${sign}${abs.div(yi).toFixed()}亿`;
    if (abs.gte(wan) && abs.div(wan).decimalPlaces() <= 4) return `${sign}${abs.div(wan).toFixed()}万`;
    if (abs.decimalPlaces() === 0) return `${sign}${formatYuan(abs)}`.replace(/\.00$/, "");
    return `${sign}${formatYuan(abs)}`;
  }

  it("agrees with the division rule on any amount", () => {
    // Digits times a power of ten, so round 万 and 亿 figures come up as often as ragged ones.
    const amount = fc
      .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: -6, max: 8 }))
      .map(([digits, exponent]) => dec(digits.toString()).times(new Decimal(10).pow(exponent)));
    fc.assert(fc.property(amount, (value) => formatCompact(value) === byDivision(value)), { numRuns: 2000 });
    for (const round of ["100000000", "1000000000000", "10000", "99990000", "100010000", "0.5", "-0.004"]) expect(formatCompact(dec(round))).toBe(byDivision(dec(round)));
  });
});
