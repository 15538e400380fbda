/** Words the user reads, in Chinese first and English beside. */
import type { Status } from "../core/result.js";
import type { Kind } from "../tables/schema.js";

export type Lang = "zh" | "en";

export const STATUS_LABEL: Record<Status, { zh: string; en: string }> = {
  applied: { zh: "适用", en: "applied" },
  capped: { zh: "受限", en: "capped" },
  "ceiling-only": { zh: "仅上限", en: "ceiling only" },
  "needs-input": { zh: "缺少信息", en: "needs input" },
  "not-eligible": { zh: "不符合", en: "not eligible" },
  "not-in-force": { zh: "不在有效期", en: "not in force" },
  "excluded-by-stacking": { zh: "不可叠加", en: "excluded by stacking" },
};

export const KIND_LABEL: Record<Kind, { zh: string; en: string }> = {
  "tax-saving": { zh: "减税", en: "tax saving" },
  "tax-deferral": { zh: "递延", en: "tax deferral" },
  award: { zh: "奖励", en: "award" },
  subsidy: { zh: "补助", en: "subsidy" },
  refund: { zh: "退税", en: "refund" },
  eligibility: { zh: "资格", en: "eligibility" },
  reference: { zh: "基准", en: "reference" },
};

export const HEAD = {
  policy: { zh: "政策", en: "Policy" },
  kind: { zh: "类型", en: "Kind" },
  status: { zh: "状态", en: "Status" },
  amount: { zh: "金额（元）", en: "Amount (yuan)" },
  formula: { zh: "计算", en: "Formula" },
  basis: { zh: "依据", en: "Basis" },
  reasons: { zh: "说明", en: "Reasons" },
  totals: { zh: "合计", en: "Totals" },
  tax_saving: { zh: "减税（永久）", en: "Tax savings (permanent)" },
  tax_deferral: { zh: "递延纳税", en: "Tax deferrals" },
  award: { zh: "奖励", en: "Awards" },
  subsidy: { zh: "补助", en: "Subsidies" },
  refund: { zh: "退税", en: "Refunds" },
  up_to: { zh: "最高可得（仅上限）", en: "Up to (ceilings only)" },
  total: { zh: "合计", en: "Total" },
  incomplete: { zh: "结果不完整：缺少", en: "Incomplete result: missing" },
  undecided: { zh: "金额完整；以下资格判断缺少", en: "Amounts complete; eligibility undecided for lack of" },
  more: { zh: "等，共{n}项（各行列明；JSON 输出的 missing 为完整清单）", en: "and more, {n} in all (each line names its own; JSON `missing` has the full list)" },
  secondary: { zh: "（二手来源）", en: " (secondary source)" },
  hypothetical: { zh: "（假设值，非文件规定）", en: " (hypothetical value, not from a document)" },
  estimated: { zh: "（估算）", en: " (estimated)" },
} as const;

/** The batch summary table (render/batch-summary.ts). */
export const BATCH_HEAD = {
  scenario: { zh: "情景", en: "Scenario" },
  delta: { zh: "较基准增减", en: "Change against baseline" },
  companies: { zh: "企业：增加 / 减少 / 不变", en: "Companies: gaining / losing / unchanged" },
  incomplete: { zh: "缺少信息的企业（合计为下限）", en: "Companies lacking a fact (totals are a floor)" },
  none: { zh: "（没有计入金额的政策）", en: "(no policy with a counted amount)" },
  missing: { zh: "最常缺少的信息（企业数）", en: "Facts most often missing (companies)" },
  more: { zh: "……共{n}项，完整清单见 --summary FILE", en: "… {n} in all: --summary FILE has the full list" },
} as const;

/** 《title》 文号 article, the short form of a citation. */
/** A list of missing facts for a summary line: the first few, then how many in all. */
export function missingList(missing: readonly string[], lang: Lang, shown = 6): string {
  if (missing.length <= shown) return missing.join(", ");
  return `${missing.slice(0, shown).join(", ")} ${HEAD.more[lang].replace("{n}", String(missing.length))}`;
}

export function citationShort(c: { title: string; number: string | null; article: string; verified?: string; quote?: string }): string {
  if (c.verified === "hypothetical") return `what-if「${c.title}」 ${c.quote ?? c.article}`;
  return `《${c.title}》${c.number ? ` ${c.number}` : ""} ${c.article}`;
}
