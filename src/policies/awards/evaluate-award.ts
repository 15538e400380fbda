/**
 * Evaluates any award table: validity window → district → the shape's own computation → the
 * table's conditions. One generic implementation per shape; the table chooses the shape.
 */
import { COUNTED, type Text } from "../../core/result.js";
import { type AwardSpec, awardParamRefs } from "../../tables/award-schema.js";
import { type Draft, needsInput, notEligible, notInForce } from "../types.js";
import { benchmarkRateSubsidy } from "./benchmark-rate-subsidy.js";
import { ceilingOnly } from "./ceiling-only.js";
import { checkConditions } from "./conditions.js";
import { type AwardContext, findRule, ruleText } from "./context.js";
import { awardsReceived, fact } from "./facts.js";
import { FACTS } from "../../input/award-facts.js";
import { formatCompact, max, sum, ZERO } from "../../core/money.js";
import { fixedOnCondition } from "./fixed-on-condition.js";
import { fixedOnEvent } from "./fixed-on-event.js";
import { percentOfBase } from "./percent-of-base.js";
import { percentParts } from "./percent-parts.js";
import { premiumSubsidy } from "./premium-subsidy.js";
import { rankBased } from "./rank-based.js";
import { stepPerIncrement } from "./step-per-increment.js";
import { tieredFirstCrossing } from "./tiered-first-crossing.js";
import { describeWindows, periodOverlapsWindows } from "./window.js";

function byShape(ctx: AwardContext, award: AwardSpec): Draft {

  switch (award.shape) {
    case "fixed-on-event":
      return fixedOnEvent(ctx, award);
    case "fixed-on-condition":
      return fixedOnCondition(ctx, award);
    case "tiered-first-crossing":
      return tieredFirstCrossing(ctx, award);
    case "step-per-increment":
      return stepPerIncrement(ctx, award);
    case "percent-of-base-capped":
    case "interest-subsidy":
      return percentOfBase(ctx, award);
    case "premium-subsidy":
      return premiumSubsidy(ctx, award);
    case "benchmark-rate-subsidy":
      return benchmarkRateSubsidy(ctx, award);
    case "rank-based":
      return rankBased(ctx, award);
    case "ceiling-only":
      return ceilingOnly(ctx, award);
    case "percent-parts":
      return percentParts(ctx, award);
  }
}

/** Parameters a yearly shape reads must be in force on the read date; events carry their own dates. */
function yearlyParamsInForce(ctx: AwardContext): boolean {
  const eventShaped = ctx.award.shape === "fixed-on-event" || (ctx.award.shape === "ceiling-only" && ctx.award.event !== undefined);
  if (eventShaped) return true;
  return awardParamRefs(ctx.award).every((ref) => ctx.params.inForce(ref.name, ctx.readDate));
}

export function evaluateAward(ctx: AwardContext): Draft {
  const { award, company, year } = ctx;
  if (!periodOverlapsWindows(ctx.taxYear, ctx.windows)) {
    const w = describeWindows(ctx.windows);
    return notInForce(`${year}年不在有效期内：${w.zh}`, `${year} is outside the window: ${w.en}`);
  }
  if (!yearlyParamsInForce(ctx)) return notInForce(`${ctx.readDate} 尚无或已无标准`, `no values in force on ${ctx.readDate}`);
  const districtReasons: Text[] = [];
  if (award.districts) {
    const list = award.districts.in.join("、");
    if (company.district === undefined) return needsInput(["district"], `本项限于${list}`, `limited to the districts ${list}`);
    if (!award.districts.in.includes(company.district)) {
      const opener = award.districts.unless ? fact(company, award.districts.unless) : undefined;
      if (opener === undefined || opener.value === false) {
        return notEligible(`本项限于${list}，企业所在区为${company.district}`, `limited to ${list}; the company is in ${company.district}`);
      }
      if (opener.value === undefined) return needsInput([opener.path], `${company.district}不在${list}之列，须有${FACTS[award.districts.unless ?? "industrial"].zh}`, `${company.district} is outside ${list}: needs ${FACTS[award.districts.unless ?? "industrial"].en}`);
      districtReasons.push({ zh: `所在区不在${list}之列，但${FACTS[award.districts.unless ?? "industrial"].zh}`, en: `outside ${list}, but ${FACTS[award.districts.unless ?? "industrial"].en}` });
    }
  }
  const once = onceOnly(ctx);
  if (once) return once;
  const draft = withLifetimeCap(ctx, byShape(ctx, award));
  if (draft.status === "not-eligible" || draft.status === "not-in-force" || draft.status === "excluded-by-stacking") return draft;
  const conditions = checkConditions(ctx);
  if (conditions.failed.length > 0) return { status: "not-eligible", formula: draft.formula, reasons: [...conditions.failed, ...draft.reasons] };
  const missing = [...(draft.missing ?? []), ...conditions.missing];
  const met: Text[] = conditions.met.length > 0 ? [{ zh: `满足条件：${conditions.met.map((m) => m.zh).join("；")}`, en: `conditions met: ${conditions.met.map((m) => m.en).join("; ")}` }] : [];
  if (missing.length > 0) {
    const asked = needsInput(missing, "缺少决定本项的事实", "a fact that decides this item is missing");
    const { amount: _would, ...rest } = draft;
    return { ...rest, status: "needs-input", missing, reasons: [...asked.reasons, ...draft.reasons.filter((r) => !r.zh.includes("缺少")), ...met] };
  }
  return { ...draft, reasons: [...draft.reasons, ...districtReasons, ...met] };
}

/** first-time on a yearly shape: a company that already received this award (awards_received) gets it once only. */
function onceOnly(ctx: AwardContext): Draft | undefined {
  const rule = findRule(ctx.award, "first-time");
  if (!rule || ctx.award.shape === "fixed-on-event") return undefined;
  const earlier = awardsReceived(ctx.company).find((a) => a.policy === ctx.table.id && a.year < ctx.year);
  if (!earlier) return undefined;
  const rt = ruleText(rule, ctx.table, ctx.documents);
  return { status: "not-eligible", formula: { zh: "—", en: "—" }, reasons: [{ zh: `${earlier.year}年已获本项奖励：${rt.zh}`, en: `already received in ${earlier.year}: ${rt.en}` }] };
}

/** lifetime-cap (累计不超过): the cap less what awards_received shows was already paid under this table. */
function withLifetimeCap(ctx: AwardContext, draft: Draft): Draft {
  const rule = findRule(ctx.award, "lifetime-cap");
  if (!rule?.cap || draft.amount === undefined || !COUNTED.has(draft.status)) return draft;
  const cap = ctx.params.at(rule.cap, ctx.readDate);
  const paid = sum(awardsReceived(ctx.company).filter((a) => a.policy === ctx.table.id && a.year < ctx.year).map((a) => a.amount ?? ZERO));
  const left = max(ZERO, cap.minus(paid));
  if (draft.amount.lte(left)) return draft;
  const rt = ruleText(rule, ctx.table, ctx.documents);
  const reason = {
    zh: `累计上限 ${formatCompact(cap)}，已获 ${formatCompact(paid)}，本年最多 ${formatCompact(left)}：${rt.zh}`,
    en: `cumulative cap ${formatCompact(cap)}, ${formatCompact(paid)} already received, at most ${formatCompact(left)} this year: ${rt.en}`,
  };
  if (left.isZero()) return { ...draft, status: "excluded-by-stacking", reasons: [...draft.reasons, reason] };
  return { ...draft, status: "capped", amount: left, reasons: [...draft.reasons, reason] };
}
