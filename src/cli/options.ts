/** Option parsers shared by commands: each turns text into a value or a UsageError. */
import { isIsoDate, type Period } from "../core/dates.js";
import { UsageError } from "../errors/problems.js";
import type { DisplayUnit } from "../render/amount.js";
import type { Lang } from "../render/labels.js";

export const FORMATS = ["table", "json", "csv", "md"] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormat(value: string): Format {
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new UsageError(`--format: expected one of ${FORMATS.join(", ")}, found "${value}"`);
}

export function parseLang(value: string): Lang {
  if (value === "zh" || value === "en") return value;
  throw new UsageError(`--lang: expected zh or en, found "${value}"`);
}

export function parseUnit(value: string): DisplayUnit {
  if (value === "元" || value === "万元") return value;
  throw new UsageError(`--unit: expected 元 or 万元, found "${value}"`);
}

export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new UsageError(`--year: expected a year such as 2018, found "${value}"`);
  return Number(value);
}

/** `2018-01-01..2018-06-30`; the period must lie within one calendar year (income tax is annual). */
export function parsePeriod(value: string): Period {
  const [from = "", to = "", ...rest] = value.split("..");
  if (rest.length > 0 || !isIsoDate(from) || !isIsoDate(to) || from > to) {
    throw new UsageError(`--period: expected FROM..TO with ISO dates, such as 2018-01-01..2018-12-31, found "${value}"`);
  }
  if (from.slice(0, 4) !== to.slice(0, 4)) throw new UsageError(`--period: the period must lie within one tax year, found "${value}"`);
  return { from, to };
}
