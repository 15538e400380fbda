/** Finding the events of the year that trigger an award, and naming them for formulas. */
import type { AwardEvent } from "../../input/award-facts.js";
import { BOARDS, LEVELS, TITLES } from "../../input/award-facts.js";
import type { Text } from "../../core/result.js";
import type { EventMatch } from "../../tables/award-schema.js";
import type { AwardContext } from "./context.js";
import { events } from "./facts.js";

export interface IndexedEvent {
  readonly event: AwardEvent;
  /** Index in the company's `events` list, for paths such as events.2.level. */
  readonly index: number;
}

export function matches(event: AwardEvent, match: EventMatch): boolean {
  if (event.type !== match.type) return false;
  if (event.type === "listed") {
    if (match.boards && !match.boards.includes(event.board)) return false;
    if (match.via && !match.via.includes(event.via)) return false;
    return true;
  }
  if (match.titles && !match.titles.includes(event.title)) return false;
  // An event without its level still matches: the shape then asks for the level (needs-input).
  if (match.levels && event.level !== undefined && !match.levels.includes(event.level)) return false;
  return true;
}

/** Matching events dated in the tax year, in date order. */
export function eventsOfYear(ctx: AwardContext, match: EventMatch): IndexedEvent[] {
  return events(ctx.company)
    .map((event, index) => ({ event, index }))
    .filter(({ event }) => matches(event, match) && event.date >= ctx.taxYear.from && event.date <= ctx.taxYear.to)
    .sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.index - b.index));
}

/** Matching events dated before `date` (history). */
export function eventsBefore(ctx: AwardContext, match: EventMatch, date: string): IndexedEvent[] {
  return events(ctx.company)
    .map((event, index) => ({ event, index }))
    .filter(({ event }) => matches(event, match) && event.date < date);
}

export function describeEvent(event: AwardEvent): Text {
  if (event.type === "listed") {
    const route = { ipo: ["首发上市/挂牌", "listing"], backdoor: ["借壳上市", "backdoor listing"], relocation: ["外地上市公司迁入", "relocated listed company"], transfer: ["转板", "board transfer"] }[event.via];
    return { zh: `${event.date} ${BOARDS[event.board].zh}${route[0]}`, en: `${event.date} ${route[1]} on ${BOARDS[event.board].en}` };
  }
  const level = event.level ? LEVELS[event.level] : { zh: "", en: "" };
  return { zh: `${event.date} ${level.zh}${TITLES[event.title].zh}`, en: `${event.date} ${level.en ? `${level.en} ` : ""}${TITLES[event.title].en}` };
}

export function describeMatch(match: EventMatch): Text {
  const titles = (match.titles ?? []).map((t) => TITLES[t]);
  const levels = (match.levels ?? []).map((l) => LEVELS[l]);
  const boards = (match.boards ?? []).map((b) => BOARDS[b]);
  const zh = [levels.map((l) => l.zh).join("/"), titles.map((t) => t.zh).join("、"), boards.map((b) => b.zh).join("、")].filter(Boolean).join(" ");
  const en = [levels.map((l) => l.en).join("/"), titles.map((t) => t.en).join(", "), boards.map((b) => b.en).join(", ")].filter(Boolean).join(" ");
  return { zh: zh || (match.type === "listed" ? "上市挂牌" : "认定"), en: en || match.type };
}

/** The event field that keys `amounts` and once-per-level: level, board or title. */
export function eventKey(event: AwardEvent, by: "level" | "board" | "title" | "title-level"): string | undefined {
  if (by === "board") return event.type === "listed" ? event.board : undefined;
  if (event.type !== "recognized") return undefined;
  if (by === "title-level") return event.level === undefined ? undefined : `${event.title}/${event.level}`;
  return by === "level" ? event.level : event.title;
}
