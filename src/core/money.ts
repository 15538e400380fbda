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

/** `"1234.5"` → `"1234.50"`: amounts leave the core as strings with two places. */
export function fenString(value: Decimal): string {
  return roundFen(value).toFixed(2);
}

export function min(...values: Decimal[]): Decimal {
  return Decimal.min(...values);
}

export function max(...values: Decimal[]): Decimal {
  return Decimal.max(...values);
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((a, b) => a.plus(b), ZERO);
}

/** Non-negative part, for amounts that a subtraction may push below zero. */
export function positive(value: Decimal): Decimal {
  return value.isNegative() ? ZERO : value;
}

const AMOUNT_PATTERN = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(万元|亿元|万|亿|元)?$/;

/**
 * Parses an amount as accountants write it: `1234567.89`, `"1,234,567.89"`, `"500万"`, `"1.2亿"`,
 * `"300万元"`. Returns undefined for anything else, never a guess.
 *
 * @example parseAmount("1.2亿")?.toFixed() // "120000000"
 */
export function parseAmount(input: string | number): Decimal | undefined {
  if (typeof input === "number") return Number.isFinite(input) ? new Decimal(String(input)) : undefined;
  const match = AMOUNT_PATTERN.exec(input.trim().replace(/，/g, ","));
  if (!match) return undefined;
  const [, sign = "", whole = "", fraction, unit] = match;
  const base = new Decimal(`${sign}${whole.replace(/,/g, "")}${fraction ? `.${fraction}` : ""}`);
  if (unit === "万" || unit === "万元") return base.times(WAN);
  if (unit === "亿" || unit === "亿元") return base.times(YI);
  return base;
}

/** `12345678.9` → `"12,345,678.90"`. */
export function formatYuan(value: Decimal): string {
  const [whole = "0", fraction = "00"] = roundFen(value).abs().toFixed(2).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${value.isNegative() && !roundFen(value).isZero() ? "-" : ""}${grouped}.${fraction}`;
}

/**
 * Compact Chinese form used inside formulas: `2000000` → `"200万"`, `150000000` → `"1.5亿"`,
 * `12345.6` → `"12,345.60"`. Falls back to yuan (shown to the fen) when 万/亿 would need more than 4 decimals.
 */
export function formatCompact(value: Decimal): string {
  const abs = value.abs();
  const sign = value.isNegative() ? "−" : "";
  if (abs.gte(YI) && abs.div(YI).decimalPlaces() <= 4) return `${sign}${abs.div(YI).toFixed()}亿`;
  if (abs.gte(WAN) && abs.div(WAN).decimalPlaces() <= 4) return `${sign}${abs.div(WAN).toFixed()}万`;
  if (abs.decimalPlaces() === 0) return `${sign}${formatYuan(abs)}`.replace(/\.00$/, "");
  return `${sign}${formatYuan(abs)}`;
}

/** `0.75` → `"75%"`, `0.001` → `"0.1%"`. */
export function formatPercent(ratio: Decimal): string {
  return `${ratio.times(100).toFixed()}%`;
}
