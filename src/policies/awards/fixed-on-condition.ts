/** A fixed amount paid when every condition of the table holds (Ezhou: tax up > 3000万 and 3 years of growth → 100万). */
import { formatCompact } from "../../core/money.js";
import type { AwardSpec } from "../../tables/award-schema.js";
import type { Draft } from "../types.js";
import type { AwardContext } from "./context.js";

type Spec = Extract<AwardSpec, { shape: "fixed-on-condition" }>;

export function fixedOnCondition(ctx: AwardContext, spec: Spec): Draft {
  const amount = ctx.params.at(spec.amount, ctx.readDate);
  // The conditions themselves are checked (and named in the reasons) by evaluateAward.
  return { status: "applied", amount, formula: { zh: `条件均满足 → ${formatCompact(amount)}`, en: `all conditions met → ${formatCompact(amount)}` }, reasons: [] };
}
