/**
 * Tiered award on first crossing a threshold (revenue 10/30/50/100/300亿 → 10/30/50/100/300万):
 * a tier pays in the year the figure first meets its threshold (the threshold's bound says 超过 or
 * 达到) while no earlier year given did. highest-in-year pays only the top tier crossed in a year.
 */
import { type Decimal, formatCompact, sum } from "../../core/money.js";
import type { Text } from "../../core/result.js";
import type { AwardSpec } from "../../tables/award-schema.js";
import { type Draft, needsInput } from "../types.js";
import { type AwardContext, findRule, ruleText, shown } from "./context.js";
import { awardsReceived, figure, figureLabel } from "./facts.js";
import { priorMaximum } from "./history.js";

type Spec = Extract<AwardSpec, { shape: "tiered-first-crossing" }>;

export function tieredFirstCrossing(ctx: AwardContext, spec: Spec): Draft {
  const { params, readDate, year, table, documents } = ctx;
  const label = figureLabel(spec.figure);
  const current = figure(ctx.company, spec.figure, year);
  const prior = priorMaximum(ctx, spec.figure);
  const missing = [...(current.value === undefined ? [current.path] : []), ...(prior.value === undefined ? [prior.missingPath] : [])];
  if (current.value === undefined || prior.value === undefined) {
    return needsInput(missing, `首次突破须比较本年与以前年度${label.zh}`, `first crossing compares this year's ${label.en} with earlier years`);
  }
  const now = current.value;
  const before = prior.value;
  const received = awardsReceived(ctx.company).filter((a) => a.policy === table.id);
  const reasons: Text[] = [];
  const crossed: { threshold: string; amount: Decimal }[] = [];
  for (const tier of spec.tiers) {
    if (!params.satisfies(tier.threshold, readDate, now)) continue;
    const threshold = shown(params, tier.threshold, params.at(tier.threshold, readDate));
    if (params.satisfies(tier.threshold, readDate, before)) continue;
    const amount = params.at(tier.amount, readDate);
    if (received.some((a) => a.amount?.eq(amount))) {
      reasons.push({ zh: `${threshold}档奖励 ${formatCompact(amount)} 已领取过`, en: `the ${threshold} tier (${formatCompact(amount)}) was already received` });
      continue;
    }
    crossed.push({ threshold, amount });
  }
  const compare = {
    zh: `${year}年${label.zh} ${formatCompact(now)}，以前年度最高 ${formatCompact(before)}（${prior.years.join("、")}年）`,
    en: `${year} ${label.en} ${formatCompact(now)}; highest earlier ${formatCompact(before)} (${prior.years.join(", ")})`,
  };
  if (crossed.length === 0) {
    return { status: "not-eligible", formula: compare, reasons: [{ zh: "本年未首次突破任何档次", en: "no threshold first crossed this year" }, ...reasons] };
  }
  let paid = crossed;
  const highest = findRule(spec, "highest-in-year");
  if (highest && crossed.length > 1) {
    const top = crossed.reduce((a, b) => (b.amount.gt(a.amount) ? b : a));
    paid = [top];
    const rt = ruleText(highest, table, documents);
    for (const c of crossed.filter((c) => c !== top)) reasons.push({ zh: `同年跨越的${c.threshold}档（${formatCompact(c.amount)}）不另计：${rt.zh}`, en: `the ${c.threshold} tier also crossed (${formatCompact(c.amount)}) is not paid: ${rt.en}` });
  }
  const total = sum(paid.map((p) => p.amount));
  const parts = paid.map((p) => `${p.threshold}→${formatCompact(p.amount)}`).join(" + ");
  const formula = { zh: `${compare.zh}；首次突破 ${parts}${paid.length > 1 ? ` = ${formatCompact(total)}` : ""}`, en: `${compare.en}; first crossed ${parts}${paid.length > 1 ? ` = ${formatCompact(total)}` : ""}` };
  return { status: "applied", amount: total, formula, reasons: [{ zh: `首次突破 ${paid.map((p) => p.threshold).join("、")}`, en: `first crossed ${paid.map((p) => p.threshold).join(", ")}` }, ...reasons] };
}
