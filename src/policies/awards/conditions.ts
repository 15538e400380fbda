/**
 * The `conditions:` of an award table: yes/no facts, figure thresholds (a figure, a sum of figures,
 * or a year-on-year increase) and runs of growth, each naming its company-file path when missing.
 */
import { type Decimal, formatCompact, sum } from "../../core/money.js";
import type { Text } from "../../core/result.js";
import { FACTS, FIGURES, type FigureName } from "../../input/award-facts.js";
import type { Condition } from "../../tables/award-schema.js";
import type { AwardContext } from "./context.js";
import { fact, figure } from "./facts.js";

export interface ConditionOutcome {
  readonly failed: Text[];
  readonly missing: string[];
  readonly met: Text[];
}

const BOUND_TEXT = { "at-least": ["≥", "at least"], above: [">", "above"], "at-most": ["≤", "at most"], below: ["<", "below"] } as const;

function sumOf(ctx: AwardContext, names: readonly FigureName[], year: number, missing: string[]): Decimal | undefined {
  const reads = names.map((n) => figure(ctx.company, n, year));
  const absent = reads.filter((r) => r.value === undefined).map((r) => r.path);
  missing.push(...absent);
  return absent.length > 0 ? undefined : sum(reads.map((r) => r.value as Decimal));
}

function checkOne(ctx: AwardContext, condition: Condition, out: ConditionOutcome): void {
  if ("fact" in condition) {
    const read = fact(ctx.company, condition.fact);
    const label = FACTS[condition.fact];
    if (read.value === undefined) out.missing.push(read.path);
    else if (read.value === condition.is) out.met.push({ zh: `${condition.is ? "" : "非"}${label.zh}`, en: `${condition.is ? "" : "not "}${label.en}` });
    else out.failed.push({ zh: `条件不满足：${condition.is ? "须为" : "不得为"}${label.zh}`, en: `condition not met: must ${condition.is ? "be" : "not be"} ${label.en}` });
    return;
  }
  if ("grows_for_years" in condition) {
    const label = FIGURES[condition.figure];
    const years = Array.from({ length: condition.grows_for_years + 1 }, (_, i) => ctx.year - condition.grows_for_years + i);
    const values = years.map((y) => figure(ctx.company, condition.figure, y));
    const absent = values.filter((v) => v.value === undefined).map((v) => v.path);
    if (absent.length > 0) {
      out.missing.push(...absent);
      return;
    }
    const series = values.map((v) => v.value as Decimal);
    const grows = series.every((v, i) => i === 0 || v.gt(series[i - 1] as Decimal));
    const shownSeries = years.map((y, i) => `${y}: ${formatCompact(series[i] as Decimal)}`).join("，");
    const zh = `${label.zh}连续${condition.grows_for_years}年正增长（${shownSeries}）`;
    const en = `${label.en} grew ${condition.grows_for_years} years running (${shownSeries})`;
    (grows ? out.met : out.failed).push(grows ? { zh, en } : { zh: `条件不满足：${zh}`, en: `condition not met: ${en}` });
    return;
  }
  const names: FigureName[] = Array.isArray(condition.figure) ? condition.figure : [condition.figure];
  const label = { zh: names.map((n) => FIGURES[n].zh).join("+"), en: names.map((n) => FIGURES[n].en).join(" + ") };
  const year = condition.year === "prior" ? ctx.year - 1 : ctx.year;
  const missing: string[] = [];
  const now = sumOf(ctx, names, year, missing);
  const before = condition.of === "increase" ? sumOf(ctx, names, year - 1, missing) : undefined;
  if (missing.length > 0 || now === undefined) {
    out.missing.push(...missing);
    return;
  }
  const value = before === undefined ? now : now.minus(before);
  const ok = ctx.params.satisfies(condition.threshold, ctx.readDate, value);
  const bound = ctx.params.parameter(condition.threshold).bound ?? "at-least";
  const limit = ctx.params.written(condition.threshold, ctx.readDate);
  const [sign, word] = BOUND_TEXT[bound];
  const what = before === undefined ? formatCompact(value) : `${formatCompact(now)} − ${formatCompact(before)} = ${formatCompact(value)}`;
  const zh = `${year}年${label.zh}${before === undefined ? "" : "增加额"} ${what}，${ok ? "满足" : "未满足"} ${sign} ${limit}`;
  const en = `${year} ${label.en}${before === undefined ? "" : " increase"} ${what}, ${ok ? "meets" : "fails"} ${word} ${limit}`;
  (ok ? out.met : out.failed).push(ok ? { zh, en } : { zh: `条件不满足：${zh}`, en: `condition not met: ${en}` });
}

export function checkConditions(ctx: AwardContext): ConditionOutcome {
  const out: ConditionOutcome = { failed: [], missing: [], met: [] };
  for (const condition of ctx.award.conditions) checkOne(ctx, condition, out);
  return out;
}
