/** Rank-based award (top three 50/30/20万): needs the rank, which depends on other applicants. */
import { formatCompact } from "../../core/money.js";
import { RANKS } from "../../input/award-facts.js";
import type { AwardSpec } from "../../tables/award-schema.js";
import { type Draft, needsInput, notEligible } from "../types.js";
import type { AwardContext } from "./context.js";
import { rank } from "./facts.js";

type Spec = Extract<AwardSpec, { shape: "rank-based" }>;

export function rankBased(ctx: AwardContext, spec: Spec): Draft {
  const { params, readDate, year, company } = ctx;
  const amounts = spec.amounts.map((name) => params.at(name, readDate));
  const ladder = amounts.map((a, i) => `第${i + 1}名 ${formatCompact(a)}`).join("、");
  const ladderEn = amounts.map((a, i) => `rank ${i + 1} ${formatCompact(a)}`).join(", ");
  const read = rank(company, spec.rank, year);
  if (read.value === undefined) {
    const asked = needsInput([read.path], `奖励取决于${RANKS[spec.rank].zh}（${ladder}）`, `the award depends on the ${RANKS[spec.rank].en} (${ladderEn})`);
    return { ...asked, formula: { zh: ladder, en: ladderEn } };
  }
  const amount = amounts[read.value - 1];
  if (amount === undefined) return notEligible(`排名第${read.value}，奖励仅限前${amounts.length}名`, `rank ${read.value}: only the top ${amounts.length} are rewarded`, { zh: ladder, en: ladderEn });
  return {
    status: "applied",
    amount,
    formula: { zh: `第${read.value}名 → ${formatCompact(amount)}`, en: `rank ${read.value} → ${formatCompact(amount)}` },
    reasons: [{ zh: `${year}年${RANKS[spec.rank].zh}第${read.value}名`, en: `${year} ${RANKS[spec.rank].en}: ${read.value}` }],
  };
}
