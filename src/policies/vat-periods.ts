/**
 * VAT figures come by period; rates change on dates. These helpers cut an input period at the
 * calculation period's edges and at every change date, apportioning amounts by days where a
 * period is cut (the result is then marked estimated).
 */
import { daysInclusive, type IsoDate, intersect, type Period, splitAt } from "../core/dates.js";
import { type Decimal, dec } from "../core/money.js";

export interface Slice {
  readonly part: Period;
  /** Share of the input period's days in this part (1 when uncut). */
  readonly share: Decimal;
  readonly cut: boolean;
}

export function slices(inputPeriod: Period, calculation: Period, changeDates: readonly IsoDate[]): Slice[] {
  const clipped = intersect(inputPeriod, calculation);
  if (!clipped) return [];
  const total = daysInclusive(inputPeriod.from, inputPeriod.to);
  const parts = splitAt(clipped, changeDates);
  return parts.map((part) => {
    const days = daysInclusive(part.from, part.to);
    return { part, share: dec(days).div(total), cut: days !== total };
  });
}
