/** Converts a table value from the document's unit to the number the core computes with. */
import { type Decimal, UNIT_FACTORS } from "../core/money.js";
import type { Unit } from "./schema.js";

export function toCoreValue(written: Decimal, unit: Unit): Decimal {
  switch (unit) {
    case "元":
    case "万元":
    case "亿元":
      return written.times(UNIT_FACTORS[unit]);
    case "%":
      return written.div(100);
    case "‰":
      return written.div(1000);
    case "‱":
      return written.div(10000);
    case "ratio":
    case "years":
    case "months":
    case "count":
      return written;
  }
}

/** How a written value reads back to a person: `75` with `%` → `75%`, `500` with `万元` → `500万元`. */
export function writtenWithUnit(written: string, unit: Unit): string {
  switch (unit) {
    case "%":
    case "‰":
    case "‱":
    case "元":
    case "万元":
    case "亿元":
      return `${written}${unit}`;
    case "years":
      return `${written}年`;
    case "months":
      return `${written}个月`;
    case "count":
    case "ratio":
      return written;
  }
}

export function isMoneyUnit(unit: Unit): boolean {
  return unit === "元" || unit === "万元" || unit === "亿元";
}

