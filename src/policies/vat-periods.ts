/**
 * VAT figures come by period; rates change on dates. These helpers cut an input period at the
 * calculation period's edges and at every change date, apportioning amounts by days where a
 * period is cut (the result is then marked estimated).
 */
import { daysInclusive, type IsoDate, intersect, type Period, splitAt } from "../core/dates.js";
import { type Decimal, dec } from "../core/money.js";
import type { ParamReader } from "../tables/params.js";

export interface Slice {
  readonly part: Period;
  /** Share of the input period's days in this part (1 when uncut). */
  readonly share: Decimal;
  readonly cut: boolean;
}

/**
 * Slices depend on nothing but dates, which a batch's companies mostly share (the same filing
 * periods, the same tax year): each cut is worked out once and kept, up to a bound so memory stays flat.
 */
const known = new Map<string, readonly Slice[]>();
const KNOWN_LIMIT = 1_000;

export function slices(inputPeriod: Period, calculation: Period, changeDates: readonly IsoDate[]): readonly Slice[] {
  const key = `${inputPeriod.from}|${inputPeriod.to}|${calculation.from}|${calculation.to}|${changeDates.join(",")}`;
  let found = known.get(key);
  if (found === undefined) {
    if (known.size >= KNOWN_LIMIT) known.clear();
    found = cut(inputPeriod, calculation, changeDates);
    known.set(key, found);
  }
  return found;
}

function cut(inputPeriod: Period, calculation: Period, changeDates: readonly IsoDate[]): readonly Slice[] {
  const clipped = intersect(inputPeriod, calculation);
  if (!clipped) return [];
  const total = daysInclusive(inputPeriod.from, inputPeriod.to);
  const parts = splitAt(clipped, changeDates);
  return parts.map((part) => {
    const days = daysInclusive(part.from, part.to);
    return { part, share: dec(days).div(total), cut: days !== total };
  });
}

/** True when any of the parameters has a value on some day of `period` (checked at its start and at each change inside it). */
export function inForceDuring(params: ParamReader, names: readonly string[], period: Period): boolean {
  return names.some((name) => {
    const dates = [period.from, ...params.changeDates(name).filter((d) => d > period.from && d <= period.to)];
    return dates.some((d) => params.inForce(name, d));
  });
}
