/** Schema pieces for the figures a company file holds: amounts, counts, dates. */
import { z } from "zod";
import { isIsoDate } from "../core/dates.js";
import { type Decimal, parseAmount } from "../core/money.js";

const AMOUNT_HINT = "an amount such as 3000万, 1.2亿, 1,234.56 or 30000000";

function amountSchema(allowNegative: boolean) {
  return z
    .union([z.number(), z.string()])
    .transform((input, ctx): Decimal => {
      const value = parseAmount(input);
      if (value === undefined) {
        ctx.addIssue({ code: "custom", message: `expected ${AMOUNT_HINT}` });
        return z.NEVER;
      }
      if (!allowNegative && value.isNegative()) {
        ctx.addIssue({ code: "custom", message: "expected an amount of zero or more (this figure cannot be negative)" });
        return z.NEVER;
      }
      return value;
    })
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
