/** Schema pieces for the figures a company file holds: amounts, counts, dates. */
import { z } from "zod";
import { isIsoDate } from "../core/dates.js";
import { type Decimal, parseAmount, ZERO } from "../core/money.js";

export const AMOUNT_HINT = "an amount such as 3000万, 1.2亿, 1,234.56 or 30000000";

/**
 * Significant digits an amount may have. The calculation works to 40 (core/money.ts): an amount of
 * 20 digits times a rate, a share or another such amount stays exact, so every line is exact to the
 * fen up to 10^18 yuan. A longer figure (a slip of the keyboard, a spreadsheet's overflow) would be
 * rounded silently inside the calculation, so it is refused here.
 */
const MAX_DIGITS = 20;

/**
 * The amount `input` stands for, or why it is not one. A negative zero (`-0`, `-0.00`, which
 * spreadsheets write) is zero, not a negative amount.
 */
function readAmount(input: number | string, allowNegative: boolean): Decimal | string {
  const value = parseAmount(input);
  if (value === undefined) return `expected ${AMOUNT_HINT}`;
  if (value.sd(true) > MAX_DIGITS) return `expected an amount of at most ${MAX_DIGITS} significant digits (exact to the fen up to 10^18 yuan)`;
  if (value.isZero()) return ZERO;
  if (!allowNegative && value.isNegative()) return "expected an amount of zero or more (this figure cannot be negative)";
  return value;
}

type AmountTransform = (input: number | string, ctx: z.core.$RefinementCtx<number | string>) => Decimal;

function amountTransform(allowNegative: boolean): AmountTransform {
  return (input, ctx) => {
    const value = readAmount(input, allowNegative);
    if (typeof value !== "string") return value;
    ctx.addIssue({ code: "custom", message: value });
    return z.NEVER;
  };
}

/** One transform per sign, shared by every amount schema, so that fast-parse.ts can tell an amount by it. */
const NON_NEGATIVE = amountTransform(false);
const SIGNED = amountTransform(true);

/**
 * For fast-parse.ts: the amount reader behind a schema's transform function, or undefined when the
 * function is not an amount's. Returns the Decimal, or undefined where the schema reports an issue.
 */
export function amountReaderOf(transform: unknown): ((input: number | string) => Decimal | undefined) | undefined {
  if (transform !== SIGNED && transform !== NON_NEGATIVE) return undefined;
  const allowNegative = transform === SIGNED;
  return (input) => {
    const value = readAmount(input, allowNegative);
    return typeof value === "string" ? undefined : value;
  };
}

function amountSchema(allowNegative: boolean) {
  return z
    .union([z.number(), z.string()])
    .transform(allowNegative ? SIGNED : NON_NEGATIVE)
    .meta({ description: `Money in yuan: ${AMOUNT_HINT}` });
}

/** A non-negative amount in yuan. */
export const amount = () => amountSchema(false);
/** An amount that may be negative (taxable income in a loss year). */
export const signedAmount = () => amountSchema(true);

export const isoDate = () =>
  z.string().refine(isIsoDate, { message: "expected a real date written YYYY-MM-DD" }).meta({ description: "ISO date YYYY-MM-DD" });

export const dateRange = () =>
  z
    .strictObject({ from: isoDate(), to: isoDate() })
    .refine((r) => r.from <= r.to, { message: "expected from ≤ to" });
