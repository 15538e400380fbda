import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { parseISO } from "date-fns/parseISO";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysInclusive } from "../src/core/dates.js";

describe("daysInclusive", () => {
  it("counts both ends: May 2018 has 31 days, 2016 and 2000 have 366, 1900 and 2100 have 365", () => {
    expect(daysInclusive("2018-05-01", "2018-05-31")).toBe(31);
    expect(daysInclusive("2016-01-01", "2016-12-31")).toBe(366);
    expect(daysInclusive("2000-01-01", "2000-12-31")).toBe(366);
    expect(daysInclusive("1900-01-01", "1900-12-31")).toBe(365);
    expect(daysInclusive("2100-01-01", "2100-12-31")).toBe(365);
    expect(daysInclusive("2018-12-31", "2018-12-31")).toBe(1);
  });

  it("agrees with date-fns' calendar-day difference for any two dates", () => {
    const day = fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2060-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => daysInclusive(a, b) === differenceInCalendarDays(parseISO(b), parseISO(a)) + 1),
      { numRuns: 2000 },
    );
  });
});
