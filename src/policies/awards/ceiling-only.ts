/** Ceiling-only measures (不超过, 最高 with no formula): the ceiling is reported as `ceiling-only`, never as a promise. */
import { formatCompact } from "../../core/money.js";
import type { AwardSpec } from "../../tables/award-schema.js";
import { type Draft, notEligible, notInForce } from "../types.js";
import type { AwardContext } from "./context.js";
import { describeEvent, describeMatch, eventsOfYear } from "./events.js";
import { dateInWindows, describeWindows } from "./window.js";

type Spec = Extract<AwardSpec, { shape: "ceiling-only" }>;

export function ceilingOnly(ctx: AwardContext, spec: Spec): Draft {
  const { params, year } = ctx;
  let date = ctx.readDate;
  const reasons = [{ zh: "文件只规定上限（不超过/最高），具体金额由主管部门确定", en: "the text gives only a ceiling (不超过/最高); the amount is decided by the authority" }];
  if (spec.event) {
    const found = eventsOfYear(ctx, spec.event);
    const wanted = describeMatch(spec.event);
    if (found.length === 0) return notEligible(`${year}年无${wanted.zh}事件`, `no ${wanted.en} event in ${year}`);
    const inWindow = found.filter((f) => dateInWindows(f.event.date, ctx.windows));
    const first = inWindow[0];
    if (!first) {
      const w = describeWindows(ctx.windows);
      return notInForce(`事件不在有效期内：${w.zh}`, `event outside the window: ${w.en}`);
    }
    date = first.event.date;
    reasons.unshift({ zh: describeEvent(first.event).zh, en: describeEvent(first.event).en });
  }
  if (!params.inForce(spec.ceiling, date)) return notInForce("该日尚无标准", "no ceiling in force on that date");
  const ceiling = params.at(spec.ceiling, date);
  const floor = spec.floor !== undefined && params.inForce(spec.floor, date) ? params.at(spec.floor, date) : undefined;
  const formula =
    floor === undefined
      ? { zh: `最高 ${formatCompact(ceiling)}`, en: `up to ${formatCompact(ceiling)}` }
      : { zh: `${formatCompact(floor)}至${formatCompact(ceiling)}，报告上限 ${formatCompact(ceiling)}`, en: `${formatCompact(floor)} to ${formatCompact(ceiling)}; the ceiling ${formatCompact(ceiling)} is reported` };
  return { status: "ceiling-only", amount: ceiling, formula, reasons };
}
