/**
 * Step award per increment crossed (Jiaozuo: from 10亿, each further 10亿 → 50万). Steps reached =
 * floor((figure − entry) ÷ step) for a figure at or over the entry level (+1 when entry_pays); the
 * year pays for the steps reached beyond the highest earlier year given.
 */
import { type Decimal, formatCompact, ZERO } from "../../core/money.js";
import { Decimal as D } from "../../core/money.js";
import type { AwardSpec } from "../../tables/award-schema.js";
import { type Draft, needsInput, notEligible } from "../types.js";
import type { AwardContext } from "./context.js";
import { figure, figureLabel } from "./facts.js";
import { priorMaximum } from "./history.js";

type Spec = Extract<AwardSpec, { shape: "step-per-increment" }>;

export function stepPerIncrement(ctx: AwardContext, spec: Spec): Draft {
  const { params, readDate, year } = ctx;
  const label = figureLabel(spec.figure);
  const current = figure(ctx.company, spec.figure, year);
  const prior = priorMaximum(ctx, spec.figure);
  if (current.value === undefined || prior.value === undefined) {
    const missing = [...(current.value === undefined ? [current.path] : []), ...(prior.value === undefined ? [prior.missingPath] : [])];
    return needsInput(missing, `台阶奖励须比较本年与以前年度${label.zh}`, `step awards compare this year's ${label.en} with earlier years`);
  }
  const entry = params.at(spec.entry, readDate);
  const step = params.at(spec.step, readDate);
  const perStep = params.at(spec.amount, readDate);
  const steps = (x: Decimal): Decimal => {
    if (!params.satisfies(spec.entry, readDate, x)) return ZERO;
    const beyond = x.minus(entry).div(step).floor();
    return spec.entry_pays ? beyond.plus(1) : beyond;
  };
  const now = steps(current.value);
  const before = steps(prior.value);
  const fresh = D.max(ZERO, now.minus(before));
  const formula = {
    zh: `${year}年${label.zh} ${formatCompact(current.value)} 达到 ${now.toFixed()} 个台阶，以前年度最高 ${formatCompact(prior.value)} 达到 ${before.toFixed()} 个；新增 ${fresh.toFixed()} × ${formatCompact(perStep)} = ${formatCompact(fresh.times(perStep))}`,
    en: `${year} ${label.en} ${formatCompact(current.value)} reaches ${now.toFixed()} step(s); highest earlier ${formatCompact(prior.value)} reached ${before.toFixed()}; new ${fresh.toFixed()} × ${formatCompact(perStep)} = ${formatCompact(fresh.times(perStep))}`,
  };
  if (!params.satisfies(spec.entry, readDate, current.value)) {
    return notEligible(`${label.zh} ${formatCompact(current.value)} 未达到起点 ${formatCompact(entry)}`, `${label.en} ${formatCompact(current.value)} below the entry level ${formatCompact(entry)}`, formula);
  }
  if (fresh.isZero()) return notEligible("本年未跨越新的台阶", "no new step crossed this year", formula);
  return {
    status: "applied",
    amount: fresh.times(perStep),
    formula,
    reasons: [{ zh: `起点 ${formatCompact(entry)}，每 ${formatCompact(step)} 一个台阶`, en: `entry ${formatCompact(entry)}, one step per ${formatCompact(step)}` }],
  };
}
