/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`), compared as strings and counted with date-fns.
 * No clock is read here: "today" always comes from the caller.
 */
// Per-function imports: the date-fns index costs ~150 ms of start-up on its own.
import { addDays } from "date-fns/addDays";
import { endOfMonth } from "date-fns/endOfMonth";

export type IsoDate = string;

const ISO_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written `YYYY-MM-DD` (2018-02-30 is false): checked by arithmetic, no Date built. */
export function isIsoDate(text: string): boolean {
  if (!ISO_PATTERN.test(text)) return false;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Local midnight of a `YYYY-MM-DD` string, as date-fns' parseISO gives it, without its general
 * ISO-8601 parser (a measurable share of a batch row). setFullYear keeps years below 100 as written.
 */
function parseIsoDate(text: string): Date {
  const date = new Date(0);
  date.setFullYear(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)));
  date.setHours(0, 0, 0, 0);
  return date;
}

function toIso(date: Date): IsoDate {
  const y = String(date.getFullYear()).padStart(4, "0");
  const m = String(date.getMonth() + 1).padStart(2, "0");
  const d = String(date.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/** Days from `from` to `to`, both included: 2018-05-01..2018-05-31 is 31. */
export function daysInclusive(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from) + 1;
}

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` date, counted in UTC where every day has 24 hours: the
 * same count as date-fns' differenceInCalendarDays without its time-zone corrections, which cost
 * a measurable share of a batch row (VAT periods are split by days on every row).
 */
function dayNumber(date: IsoDate): number {
  const utc = new Date(0);
  utc.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return utc.getTime() / 86_400_000;
}

export function nextDay(date: IsoDate): IsoDate {
  return toIso(addDays(parseIsoDate(date), 1));
}

export function previousDay(date: IsoDate): IsoDate {
  return toIso(addDays(parseIsoDate(date), -1));
}

export function yearStart(year: number): IsoDate {
  return `${String(year).padStart(4, "0")}-01-01`;
}

export function yearEnd(year: number): IsoDate {
  return `${String(year).padStart(4, "0")}-12-31`;
}

/** 1 January to 31 December of `year`. */
export function taxYearPeriod(year: number): Period {
  return { from: yearStart(year), to: yearEnd(year) };
}

/** The tax year a period lies in (a period never spans two: see --period). */
export function taxYearOf(period: Period): number {
  return Number(period.to.slice(0, 4));
}

export interface Period {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

export function overlaps(a: Period, b: Period): boolean {
  return a.from <= b.to && b.from <= a.to;
}

export function intersect(a: Period, b: Period): Period | undefined {
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  return from <= to ? { from, to } : undefined;
}

/**
 * Splits a period at each change date strictly inside it.
 *
 * @example splitAt({from:"2018-01-01", to:"2018-12-31"}, ["2018-05-01"])
 * // [{from:"2018-01-01",to:"2018-04-30"}, {from:"2018-05-01",to:"2018-12-31"}]
 */
export function splitAt(period: Period, changeDates: readonly IsoDate[]): Period[] {
  const cuts = [...new Set(changeDates)].filter((d) => d > period.from && d <= period.to).sort();
  const parts: Period[] = [];
  let from = period.from;
  for (const cut of cuts) {
    parts.push({ from, to: previousDay(cut) });
    from = cut;
  }
  parts.push({ from, to: period.to });
  return parts;
}

/**
 * The days of a filing period written `2018-01` (a month) or `2018-Q1` (a quarter).
 *
 * @example filingPeriod("2018-Q2") // {from:"2018-04-01", to:"2018-06-30"}
 */
export function filingPeriod(period: string): Period {
  const [year = "", part = ""] = period.split("-");
  const firstMonth = part.startsWith("Q") ? (Number(part.slice(1)) - 1) * 3 + 1 : Number(part);
  const lastMonth = part.startsWith("Q") ? firstMonth + 2 : firstMonth;
  const from = `${year}-${String(firstMonth).padStart(2, "0")}-01`;
  return { from, to: toIso(endOfMonth(parseIsoDate(`${year}-${String(lastMonth).padStart(2, "0")}-01`))) };
}
