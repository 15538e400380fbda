/** Ceiling-only measures (不超过, 最高 with no formula): the ceiling is reported as `ceiling-only`, never as a promise. */
import { type Decimal, formatCompact, sum } from "../../core/money.js";
import type { Text } from "../../core/result.js";
import type { AwardSpec } from "../../tables/award-schema.js";
import { type Draft, notEligible, notInForce } from "../types.js";
import type { AwardContext } from "./context.js";
import { describeEvent, describeMatch, eventsOfYear, type IndexedEvent } from "./events.js";
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
    if (spec.ceilings) return perEventCeilings(ctx, spec, inWindow, reasons);
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

/** `ceilings`: each event of the year adds its title's ceiling (每人不超过…), read on the event's date; the sum is reported. */
function perEventCeilings(ctx: AwardContext, spec: Spec, found: readonly IndexedEvent[], reasons: Text[]): Draft {
  const parts: { label: Text; amount: Decimal }[] = [];
  for (const f of found) {
    const title = f.event.type === "recognized" ? f.event.title : undefined;
    const name = (title !== undefined ? spec.ceilings?.[title] : undefined) ?? spec.ceiling;
    if (!ctx.params.inForce(name, f.event.date)) continue;
    parts.push({ label: describeEvent(f.event), amount: ctx.params.at(name, f.event.date) });
  }
  if (parts.length === 0) return notInForce("该日尚无标准", "no ceiling in force on that date");
  const total = sum(parts.map((p) => p.amount));
  const zh = parts.map((p) => `${p.label.zh} 最高 ${formatCompact(p.amount)}`).join(" + ");
  const en = parts.map((p) => `${p.label.en} up to ${formatCompact(p.amount)}`).join(" + ");
  const tail = parts.length > 1 ? ` = ${formatCompact(total)}` : "";
  return { status: "ceiling-only", amount: total, formula: { zh: `${zh}${tail}`, en: `${en}${tail}` }, reasons };
}
