/** The one place a cap is applied to an award: `min(amount, cap)`, status capped when it binds. */
import { type Decimal, formatCompact } from "../../core/money.js";
import type { Text } from "../../core/result.js";
import type { AwardContext } from "./context.js";

export interface CapOutcome {
  readonly amount: Decimal;
  readonly capped: boolean;
  readonly note: Text | undefined;
}

export function applyCap(ctx: AwardContext, amount: Decimal, capName: string | undefined): CapOutcome {
  if (capName === undefined) return { amount, capped: false, note: undefined };
  const cap = ctx.params.at(capName, ctx.readDate);
  if (amount.lte(cap)) return { amount, capped: false, note: { zh: `，上限 ${formatCompact(cap)}`, en: `, cap ${formatCompact(cap)}` } };
  return {
    amount: cap,
    capped: true,
    note: { zh: `，超过上限，取 ${formatCompact(cap)}`, en: `, over the cap: ${formatCompact(cap)}` },
  };
}
