/** Amount display: yuan with separators, or 万元 with `--unit 万元`. */
import { dec, formatYuan } from "../core/money.js";

export type DisplayUnit = "元" | "万元";

export function displayAmount(amount: string | null, unit: DisplayUnit): string {
  if (amount === null) return "—";
  const value = dec(amount);
  if (unit === "万元") return `${value.div(10_000).toDecimalPlaces(6).toFixed()}`;
  return formatYuan(value);
}
