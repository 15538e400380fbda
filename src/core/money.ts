/**
 * Money and exact decimals. One configured decimal.js clone: high precision,
 * half-up rounding, and rounding to the fen only where a caller names it.
 */
import { Decimal as DecimalJs } from "decimal.js";

export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);
const WAN = new Decimal(10_000);
const YI = new Decimal(100_000_000);

/** Multipliers for the units a Chinese document or accountant writes amounts in. */
export const UNIT_FACTORS = { 元: new Decimal(1), 万元: WAN, 亿元: YI } as const;

export function dec(value: string | number | Decimal): Decimal {
  return new Decimal(value);
}

/** Round half-up to 0.01 yuan: the one rounding point of a line item. */
export function roundFen(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * `"1234.5"` → `"1234.50"`: amounts leave the core as strings with two places. toFixed rounds
 * half-up (the clone's mode) as roundFen does, in one step; what rounds to zero is `"0.00"`, unsigned.
 */
export function fenString(value: Decimal): string {
  const text = value.toFixed(2);
  return text === "-0.00" ? "0.00" : text;
}

/**
 * The least of the values, the first of equals: what Decimal.min gives, but the value itself rather
 * than a copy (decimal.js copies every argument, and min and max run several times in every row).
 */
export function min(first: Decimal, ...rest: Decimal[]): Decimal {
  let least = first;
  for (const value of rest) if (value.lt(least)) least = value;
  return least;
}

/** The greatest of the values, the first of equals (see min). */
export function max(first: Decimal, ...rest: Decimal[]): Decimal {
  let greatest = first;
  for (const value of rest) if (greatest.lt(value)) greatest = value;
  return greatest;
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((a, b) => a.plus(b), ZERO);
}

/** Non-negative part, for amounts that a subtraction may push below zero. */
export function positive(value: Decimal): Decimal {
  return value.isNegative() ? ZERO : value;
}

const PLAIN_PATTERN = /^-?\d+(?:\.\d+)?$/;
const AMOUNT_PATTERN = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(万元|亿元|万|亿|元)?$/;

/** True for text parseAmount accepts: a check without building the Decimal. */
export function isAmountText(input: string): boolean {
  return AMOUNT_PATTERN.test(input.trim().replace(/，/g, ","));
}

/**
 * Parses an amount as accountants write it: `1234567.89`, `"1,234,567.89"`, `"500万"`, `"1.2亿"`,
 * `"300万元"`. Returns undefined for anything else, never a guess.
 *
 * @example parseAmount("1.2亿")?.toFixed() // "120000000"
 */
export function parseAmount(input: string | number): Decimal | undefined {
  if (typeof input === "number") return Number.isFinite(input) ? new Decimal(String(input)) : undefined;
  const trimmed = input.trim();
  // Most cells are plain figures (`1234567.89`): decimal.js reads those as they are.
  if (PLAIN_PATTERN.test(trimmed)) return new Decimal(trimmed);
  const match = AMOUNT_PATTERN.exec(trimmed.includes("，") ? trimmed.replace(/，/g, ",") : trimmed);
  if (!match) return undefined;
  const [, sign = "", whole = "", fraction, unit] = match;
  // 万 and 亿 as a power-of-ten exponent: one exact Decimal, no multiplication.
  const exponent = unit === "万" || unit === "万元" ? "e4" : unit === "亿" || unit === "亿元" ? "e8" : "";
  return new Decimal(`${sign}${whole.includes(",") ? whole.replace(/,/g, "") : whole}${fraction ? `.${fraction}` : ""}${exponent}`);
}

/**
 * Whether a calculation writes the detail around its amounts: figures in formula and reason texts,
 * citations (and the readers' record of the values they cite). A caller that keeps only statuses,
 * amounts and missing facts (a batch) turns it off for one synchronous calculation with
 * `amountsOnly`; none of those depends on the detail.
 */
let detail = true;

export function detailOn(): boolean {
  return detail;
}

export function amountsOnly<T>(run: () => T): T {
  detail = false;
  try {
    return run();
  } finally {
    detail = true;
  }
}

/** `12345678.9` → `"12,345,678.90"`. */
export function formatYuan(value: Decimal): string {
  if (!detail) return "…";
  const [whole = "0", fraction = "00"] = roundFen(value).abs().toFixed(2).split(".");
  return `${value.isNegative() && !roundFen(value).isZero() ? "-" : ""}${group(whole)}.${fraction}`;
}

/**
 * Compact Chinese form used inside formulas: `2000000` → `"200万"`, `150000000` → `"1.5亿"`,
 * `12345.6` → `"12,345.60"`. Falls back to yuan (shown to the fen) when 万/亿 would need more than 4 decimals.
 * Works on the digits (a multiple of 1万 has at most 4 decimals in 亿, a whole number at most 4 in 万):
 * formulas are written for every line of every company, and Decimal division is the slow way.
 */
export function formatCompact(value: Decimal): string {
  if (!detail) return "…";
  const sign = value.isNegative() ? "−" : "";
  const digits = value.abs().toFixed();
  const whole = !digits.includes(".");
  if (whole && digits.length >= 9 && digits.endsWith("0000")) return `${sign}${shiftPoint(digits, 8)}亿`;
  if (whole && digits.length >= 5) return `${sign}${shiftPoint(digits, 4)}万`;
  if (whole) return `${sign}${group(digits)}`;
  return `${sign}${formatYuan(value.abs())}`;
}

/** `"150000000"`, 8 → `"1.5"`: the whole number divided by 10^places, trailing zeros dropped. */
function shiftPoint(digits: string, places: number): string {
  const head = digits.slice(0, digits.length - places);
  const tail = digits.slice(digits.length - places).replace(/0+$/, "");
  return tail === "" ? head : `${head}.${tail}`;
}

function group(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** `0.75` → `"75%"`, `0.001` → `"0.1%"`. */
export function formatPercent(ratio: Decimal): string {
  if (!detail) return "…";
  return `${ratio.times(100).toFixed()}%`;
}
