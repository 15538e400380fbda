/** Facts about a company's recognitions, read the same way by every policy. */
import { type IsoDate, overlaps, type Period } from "../core/dates.js";

export interface DatedRange {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** Held on at least one day of `period` (当年具备资格: a certificate valid in the year). */
export function heldDuring(ranges: readonly DatedRange[] | undefined, period: Period): boolean {
  return (ranges ?? []).some((r) => overlaps(r, period));
}
