import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { parseISO } from "date-fns/parseISO";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysInclusive, isIsoDate } from "../src/core/dates.js";

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

describe("isIsoDate", () => {
  it("takes real calendar days only", () => {
    for (const good of ["2018-02-28", "2016-02-29", "2000-02-29", "2018-12-31", "0001-01-01"]) expect(isIsoDate(good)).toBe(true);
    for (const bad of ["2018-02-29", "1900-02-29", "2018-04-31", "2018-13-01", "2018-00-10", "2018-01-00", "2018-1-01", "18-01-01", "2018-01-01 "]) expect(isIsoDate(bad)).toBe(false);
  });

  it("agrees with a calendar round trip for any YYYY-MM-DD", () => {
    const pad = (n: number, w: number) => String(n).padStart(w, "0");
    const text = fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    const roundTrip = (t: string) => {
      const date = new Date(0);
      date.setUTCFullYear(Number(t.slice(0, 4)), Number(t.slice(5, 7)) - 1, Number(t.slice(8, 10)));
      return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}` === t;
    };
    fc.assert(fc.property(text, (t) => isIsoDate(t) === roundTrip(t)), { numRuns: 5000 });
  });
});
