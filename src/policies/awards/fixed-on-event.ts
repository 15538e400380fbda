/**
 * Fixed award on an event: a listing on a board, a recognition at a level. The amount is one
 * parameter, or one per level / board / title. History rules: first-time, once-per-level,
 * difference-on-transfer; highest-in-year keeps only the largest of the year's candidates.
 */
import { type Decimal, formatCompact, max, sum, ZERO } from "../../core/money.js";
import type { Text } from "../../core/result.js";
import type { AwardSpec } from "../../tables/award-schema.js";
import { type Draft, needsInput, notEligible, notInForce } from "../types.js";
import { type AwardContext, findRule, ruleText } from "./context.js";
import { awardsReceived } from "./facts.js";
import { describeEvent, describeMatch, eventKey, eventsBefore, eventsOfYear, type IndexedEvent } from "./events.js";
import { dateInWindows, describeWindows } from "./window.js";

type Spec = Extract<AwardSpec, { shape: "fixed-on-event" }>;
type Received = ReturnType<typeof awardsReceived>[number];

/** The level / board / title an award already received was for, keyed like eventKey. */
function receivedKey(a: Received, by: "level" | "board" | "title" | "title-level"): string | undefined {
  if (by === "board") return a.board;
  if (by === "title") return a.title;
  if (by === "title-level") return a.title !== undefined && a.level !== undefined ? `${a.title}/${a.level}` : undefined;
  return a.level;
}

interface Candidate {
  readonly found: IndexedEvent;
  readonly amount: Decimal;
  readonly label: Text;
  readonly cut: boolean;
}

export function fixedOnEvent(ctx: AwardContext, spec: Spec): Draft {
  const { params, table, documents, year } = ctx;
  const found = eventsOfYear(ctx, spec.event);
  const wanted = describeMatch(spec.event);
  if (found.length === 0) return notEligible(`${year}年无${wanted.zh}事件`, `no ${wanted.en} event in ${year}`);
  const inWindow = found.filter((f) => dateInWindows(f.event.date, ctx.windows));
  const window = describeWindows(ctx.windows);
  if (inWindow.length === 0) {
    const list = found.map((f) => describeEvent(f.event));
    return notInForce(`${list.map((l) => l.zh).join("、")} 不在有效期内：${window.zh}`, `${list.map((l) => l.en).join(", ")} outside the window: ${window.en}`);
  }
  const reasons: Text[] = found
    .filter((f) => !inWindow.includes(f))
    .map((f) => ({ zh: `${describeEvent(f.event).zh} 不在有效期内（${window.zh}）`, en: `${describeEvent(f.event).en} outside the window (${window.en})` }));
  const by = spec.by ?? "level";
  const missing: string[] = [];
  const candidates: Candidate[] = [];
  const excludedStatuses: ("not-eligible" | "excluded-by-stacking")[] = [];
  const firstTime = findRule(spec, "first-time");
  const oncePerLevel = findRule(spec, "once-per-level");
  const difference = findRule(spec, "difference-on-transfer");
  const received = awardsReceived(ctx.company).filter((a) => a.policy === table.id);

  for (const f of inWindow) {
    const label = describeEvent(f.event);
    const key = spec.amounts ? eventKey(f.event, by) : undefined;
    const levelUnknown = spec.event.levels !== undefined && f.event.type === "recognized" && f.event.level === undefined;
    if ((spec.amounts && key === undefined) || levelUnknown) {
      missing.push(`events.${f.index}.${by === "board" ? "board" : by === "title" && !levelUnknown ? "title" : "level"}`);
      continue;
    }
    const name = spec.amounts ? spec.amounts[key ?? ""] : spec.amount;
    if (name === undefined) {
      reasons.push({ zh: `${label.zh}：本表未规定该${by === "board" ? "板块" : by === "level" ? "级别" : "称号"}的奖励`, en: `${label.en}: the text gives no amount for this ${by}` });
      continue;
    }
    const date = f.event.date;
    if (!params.inForce(name, date)) {
      reasons.push({ zh: `${label.zh}：该日尚无奖励标准`, en: `${label.en}: no amount in force on that date` });
      continue;
    }
    const value = params.at(name, date);

    if (firstTime) {
      const earlier = eventsBefore(ctx, { ...spec.event, ...(f.event.type === "recognized" ? { titles: [f.event.title] } : {}) }, date);
      const title = f.event.type === "recognized" ? f.event.title : undefined;
      const paid = received.filter((a) => a.title === undefined || title === undefined || a.title === title);
      if (earlier.length > 0 || paid.length > 0) {
        const rt = ruleText(firstTime, table, documents);
        const before = earlier[0] ? describeEvent(earlier[0].event) : { zh: "已获本项奖励", en: "already received this award" };
        reasons.push({ zh: `${label.zh}：非首次（${before.zh}）—${rt.zh}`, en: `${label.en}: not the first time (${before.en}) — ${rt.en}` });
        excludedStatuses.push("not-eligible");
        continue;
      }
    }

    if (oncePerLevel) {
      const levelBy = oncePerLevel.by ?? by;
      const k = eventKey(f.event, levelBy);
      const paidBefore =
        (k !== undefined && received.some((a) => receivedKey(a, levelBy) === k)) ||
        eventsBefore(ctx, spec.event, date).some((e) => eventKey(e.event, levelBy) === k && dateInWindows(e.event.date, ctx.windows)) ||
        candidates.some((c) => eventKey(c.found.event, levelBy) === k);
      if (paidBefore) {
        const rt = ruleText(oncePerLevel, table, documents);
        reasons.push({ zh: `${label.zh}：该级别已享受过—${rt.zh}`, en: `${label.en}: this level was already rewarded — ${rt.en}` });
        excludedStatuses.push("excluded-by-stacking");
        continue;
      }
    }

    let amount = value;
    let cut = false;
    if (difference && f.event.type === "listed" && spec.amounts) {
      const priorAmounts = eventsBefore(ctx, { type: "listed" }, date).map((e) => {
        const k = eventKey(e.event, "board");
        const n = k === undefined ? undefined : spec.amounts?.[k];
        return n !== undefined && params.inForce(n, date) ? params.at(n, date) : ZERO;
      });
      const paid = [...priorAmounts, ...received.map((a) => a.amount ?? ZERO)];
      if (paid.length > 0) {
        const prior = max(ZERO, ...paid);
        amount = max(ZERO, value.minus(prior));
        cut = true;
        const rt = ruleText(difference, table, documents);
        reasons.push({
          zh: `${label.zh}：已在其他板块享受 ${formatCompact(prior)}，按差额 ${formatCompact(value)} − ${formatCompact(prior)} = ${formatCompact(amount)}—${rt.zh}`,
          en: `${label.en}: ${formatCompact(prior)} already due for an earlier board; difference ${formatCompact(value)} − ${formatCompact(prior)} = ${formatCompact(amount)} — ${rt.en}`,
        });
        if (amount.isZero()) {
          excludedStatuses.push("excluded-by-stacking");
          continue;
        }
      }
    }
    candidates.push({ found: f, amount, label, cut });
  }

  if (missing.length > 0) {
    const asked = needsInput(missing, "事件缺少决定金额的信息", "an event lacks the fact that decides the amount");
    return { ...asked, reasons: [...asked.reasons, ...reasons] };
  }
  if (candidates.length === 0) {
    const status = excludedStatuses.includes("excluded-by-stacking") ? "excluded-by-stacking" : "not-eligible";
    return { status, formula: { zh: "—", en: "—" }, reasons: reasons.length > 0 ? reasons : [{ zh: `${year}年无可奖励事件`, en: `no rewardable event in ${year}` }] };
  }

  let chosen = candidates;
  const highest = findRule(spec, "highest-in-year");
  if (highest && candidates.length > 1) {
    const top = candidates.reduce((a, b) => (b.amount.gt(a.amount) ? b : a));
    chosen = [top];
    const rt = ruleText(highest, table, documents);
    for (const c of candidates.filter((c) => c !== top)) reasons.push({ zh: `${c.label.zh}（${formatCompact(c.amount)}）不计：${rt.zh}`, en: `${c.label.en} (${formatCompact(c.amount)}) not counted: ${rt.en}` });
  }
  const total = sum(chosen.map((c) => c.amount));
  const parts = chosen.map((c) => ({ zh: `${c.label.zh} ${formatCompact(c.amount)}`, en: `${c.label.en} ${formatCompact(c.amount)}` }));
  const formula = {
    zh: `${parts.map((p) => p.zh).join(" + ")}${chosen.length > 1 ? ` = ${formatCompact(total)}` : ""}`,
    en: `${parts.map((p) => p.en).join(" + ")}${chosen.length > 1 ? ` = ${formatCompact(total)}` : ""}`,
  };
  return {
    status: chosen.some((c) => c.cut) ? "capped" : "applied",
    amount: total,
    formula,
    reasons: [{ zh: `${wanted.zh}：${chosen.map((c) => c.label.zh).join("、")}`, en: `${wanted.en}: ${chosen.map((c) => c.label.en).join(", ")}` }, ...reasons],
  };
}
