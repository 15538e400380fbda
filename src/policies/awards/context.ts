/** What every award shape reads: the company, the year, the table's award block and dated parameters. */
import type { IsoDate, Period } from "../../core/dates.js";
import { type Decimal, formatCompact, formatPercent } from "../../core/money.js";
import type { Text } from "../../core/result.js";
import type { Company } from "../../input/company-schema.js";
import type { AwardSpec, Rule, RuleName } from "../../tables/award-schema.js";
import type { PolicyTable, TableSet } from "../../tables/model.js";
import type { ParamReader } from "../../tables/params.js";
import { isMoneyUnit } from "../../tables/units.js";
import type { Window } from "./window.js";

export interface AwardContext {
  readonly company: Company;
  readonly year: number;
  readonly taxYear: Period;
  readonly table: PolicyTable;
  readonly award: AwardSpec;
  readonly params: ParamReader;
  readonly documents: TableSet["documents"];
  readonly windows: readonly Window[];
  /** Where yearly parameters are read: the year's last day, or the window's end if earlier. */
  readonly readDate: IsoDate;
}

export function findRule(award: AwardSpec, name: RuleName): Rule | undefined {
  return award.rules.find((r) => r.rule === name);
}

const RULE_LABELS: Record<RuleName, Text> = {
  "once-per-level": { zh: "同一企业同一级别只能享受一次", en: "once per level per company" },
  "first-time": { zh: "仅限首次", en: "first time only" },
  "difference-on-transfer": { zh: "转板享受差额", en: "a board transfer earns the difference" },
  "highest-in-year": { zh: "同一年度只取最高奖项", en: "only the highest award in a year" },
  "group-highest-only": { zh: "同组只取其一（最高）", en: "one per group: the highest" },
  "group-yearly-cap": { zh: "同组当年总额上限", en: "yearly cap across the group" },
  "lifetime-cap": { zh: "累计上限", en: "cumulative cap" },
  stackable: { zh: "可叠加享受", en: "may be combined" },
};

/** The rule's name with its citation and quote (or the reading that decides it), for a reason line. */
export function ruleText(rule: Rule, table: PolicyTable, documents: TableSet["documents"]): Text {
  const label = RULE_LABELS[rule.rule];
  if (rule.cite && rule.quote) {
    const doc = documents.get(rule.cite.document);
    const where = doc ? `《${doc.title}》${rule.cite.article}` : rule.cite.article;
    return { zh: `${label.zh}（规则 ${rule.rule}，${where}：“${rule.quote}”）`, en: `${label.en} (rule ${rule.rule}, ${where}: “${rule.quote}”)` };
  }
  const reading = table.readings.find((r) => r.id === rule.reading);
  return {
    zh: `${label.zh}（规则 ${rule.rule}，依本表解读 ${rule.reading ?? ""}${reading ? `：${reading.text.zh}` : ""}）`,
    en: `${label.en} (rule ${rule.rule}, by this table's reading ${rule.reading ?? ""}${reading ? `: ${reading.text.en}` : ""})`,
  };
}

/** A parameter value as a formula shows it: money compact (200万), rates as percent. */
export function shown(params: ParamReader, name: string, value: Decimal): string {
  const unit = params.parameter(name).unit;
  if (isMoneyUnit(unit)) return formatCompact(value);
  if (unit === "%" || unit === "‰" || unit === "‱") return formatPercent(value);
  return value.toFixed();
}

export const both = (s: string): Text => ({ zh: s, en: s });
