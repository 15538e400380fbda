/**
 * Percentage of a base with an optional cap (Jiaozuo R&D increase 20% ≤200万; Ezhou livestream
 * commission 15% ≤100万), and the interest subsidy (Shiyan 50% of interest paid), which is the same
 * arithmetic on interest figures. `increase_over_prior` takes the base as this year less the prior year.
 */
import { type Decimal, formatCompact, formatPercent, sum, ZERO } from "../../core/money.js";
import type { AwardSpec } from "../../tables/award-schema.js";
import { type Draft, needsInput, notEligible } from "../types.js";
import { applyCap } from "./capped.js";
import type { AwardContext } from "./context.js";
import { fact, figure, figureLabel } from "./facts.js";
import { FACTS } from "../../input/award-facts.js";
import type { Text } from "../../core/result.js";

type Spec = Extract<AwardSpec, { shape: "percent-of-base-capped" | "interest-subsidy" }>;

export function percentOfBase(ctx: AwardContext, spec: Spec): Draft {
  const { params, readDate, year, company } = ctx;
  const missing: string[] = [];
  const values = (y: number): Decimal[] =>
    spec.base.map((name) => {
      const read = figure(company, name, y);
      if (read.value === undefined) missing.push(read.path);
      return read.value ?? ZERO;
    });
  const baseYear = spec.base_year === "prior" ? year - 1 : year;
  const current = values(baseYear);
  const previous = spec.increase_over_prior ? values(baseYear - 1) : [];
  const labels = spec.base.map((b) => figureLabel(b));
  // rate_by_fact: the first rate whose fact holds (70% without layoffs, else 50% …).
  let rateName = spec.rate;
  const rateReasons: Text[] = [];
  for (const option of spec.rate_by_fact ?? []) {
    const read = fact(company, option.fact);
    if (read.value === undefined) {
      missing.push(read.path);
      break;
    }
    if (read.value) {
      rateName = option.rate;
      rateReasons.push({ zh: `${FACTS[option.fact].zh}：适用 ${params.written(option.rate, readDate)}`, en: `${FACTS[option.fact].en}: ${params.written(option.rate, readDate)} applies` });
      break;
    }
  }
  // cap_by_fact: the first cap whose fact holds replaces the standard cap (三年以上合作 → 50万).
  let capName = spec.cap;
  for (const option of spec.cap_by_fact ?? []) {
    const read = fact(company, option.fact);
    if (read.value === undefined) {
      missing.push(read.path);
      break;
    }
    if (read.value) {
      capName = option.cap;
      rateReasons.push({ zh: `${FACTS[option.fact].zh}：上限 ${params.written(option.cap, readDate)}`, en: `${FACTS[option.fact].en}: cap ${params.written(option.cap, readDate)}` });
      break;
    }
  }
  if (missing.length > 0) return needsInput(missing, `计算须有${labels.map((l) => l.zh).join("、")}及相关事实`, `needs ${labels.map((l) => l.en).join(", ")} and the deciding facts`);
  if (rateName === undefined) {
    const options = (spec.rate_by_fact ?? []).map((o) => FACTS[o.fact]);
    return notEligible(`不符合任何比例的条件（${options.map((o) => o.zh).join("、")}）`, `none of the rate conditions holds (${options.map((o) => o.en).join(", ")})`);
  }
  const rate = params.at(rateName, readDate);
  let base = sum(current);
  let baseText = { zh: current.map(formatCompact).join(" + "), en: current.map(formatCompact).join(" + ") };
  if (spec.increase_over_prior) {
    const before = sum(previous);
    base = sum(current).minus(before);
    baseText = { zh: `(${formatCompact(sum(current))} − ${formatCompact(before)})`, en: `(${formatCompact(sum(current))} − ${formatCompact(before)})` };
    if (!base.isPositive() || base.isZero()) {
      return notEligible(`${labels[0]?.zh ?? ""}${baseYear}年未比上年增加：${baseText.zh}`, `${labels[0]?.en ?? ""} did not increase over ${baseYear - 1}: ${baseText.en}`, baseText);
    }
  }
  if (base.isZero()) return notEligible(`${labels.map((l) => l.zh).join("、")}为零`, `${labels.map((l) => l.en).join(", ")} is zero`);
  const raw = base.times(rate);
  const cap = applyCap(ctx, raw, capName);
  const formula = {
    zh: `${baseText.zh} × ${formatPercent(rate)} = ${formatCompact(raw)}${cap.note?.zh ?? ""}`,
    en: `${baseText.en} × ${formatPercent(rate)} = ${formatCompact(raw)}${cap.note?.en ?? ""}`,
  };
  // 按不超过X%: base × X% is the most the text allows; the authority fixes the actual figure.
  const ceilingReasons: Text[] = spec.rate_is_ceiling
    ? [{ zh: `文件只规定比例上限（不超过 ${formatPercent(rate)}），按上限计算，具体金额由主管部门确定`, en: `the text gives only a ceiling rate (at most ${formatPercent(rate)}); computed at the ceiling, the amount is decided by the authority` }]
    : [];
  return {
    status: spec.rate_is_ceiling ? "ceiling-only" : cap.capped ? "capped" : "applied",
    amount: cap.amount,
    formula,
    reasons: [...ceilingReasons, ...rateReasons, { zh: `基数：${baseYear}年${labels.map((l) => l.zh).join(" + ")}${spec.increase_over_prior ? "较上年增加额" : ""}`, en: `base: ${baseYear} ${labels.map((l) => l.en).join(" + ")}${spec.increase_over_prior ? ", increase over the prior year" : ""}` }],
  };
}
