/** The terminal table: readable in a Chinese terminal, amounts right-aligned. Returns a string. */
import Table from "cli-table3";
import type { CalculationResult, LineItem } from "../core/result.js";
import { type DisplayUnit, displayAmount } from "./amount.js";
import { citationShort, HEAD, KIND_LABEL, type Lang, missingList, STATUS_LABEL } from "./labels.js";

export function renderTable(result: CalculationResult, lang: Lang, unit: DisplayUnit): string {
  const unitLabel = unit === "万元" ? (lang === "zh" ? "金额（万元）" : "Amount (10k yuan)") : HEAD.amount[lang];
  const items = new Table({
    head: [HEAD.policy[lang], HEAD.status[lang], unitLabel, `${HEAD.formula[lang]} / ${HEAD.basis[lang]}`],
    colWidths: [26, 14, 18, 70],
    colAligns: ["left", "left", "right", "left"],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const item of result.items) {
    items.push([
      `${item.title[lang]}\n${KIND_LABEL[item.kind][lang]} · ${item.policy}`,
      STATUS_LABEL[item.status][lang],
      displayAmount(item.amount, unit),
      details(item, lang),
    ]);
  }
  const totals = new Table({ colAligns: ["left", "right"], style: { head: [], border: [] } });
  for (const key of ["tax_saving", "tax_deferral", "award", "subsidy", "refund", "up_to", "total"] as const) {
    totals.push([HEAD[key][lang], displayAmount(result.totals[key], unit)]);
  }
  const lines = [
    lang === "zh"
      ? `${result.company}（${result.region}）  期间 ${result.period.from} 至 ${result.period.to}`
      : `${result.company} (${result.region})  period ${result.period.from} to ${result.period.to}`,
    items.toString(),
    totals.toString(),
  ];
  if (result.income_tax) {
    const t = result.income_tax;
    lines.push(
      lang === "zh"
        ? `企业所得税：基准应纳税所得额 ${displayAmount(t.baseline_taxable_income, unit)}，基准税额 ${displayAmount(t.baseline_tax, unit)}；优惠后应纳税所得额 ${displayAmount(t.taxable_income, unit)}，应纳税额 ${displayAmount(t.actual_tax, unit)}；减少 ${displayAmount(t.reduction, unit)}`
        : `Income tax: baseline taxable income ${displayAmount(t.baseline_taxable_income, unit)}, baseline tax ${displayAmount(t.baseline_tax, unit)}; after incentives ${displayAmount(t.taxable_income, unit)}, tax ${displayAmount(t.actual_tax, unit)}; reduced by ${displayAmount(t.reduction, unit)}`,
    );
  }
  if (!result.complete) lines.push(`${HEAD.incomplete[lang]} ${missingList(result.missing, lang)}`);
  else if (result.missing.length > 0) lines.push(`${HEAD.undecided[lang]} ${missingList(result.missing, lang)}`);
  lines.push(`${result.tool.name} ${result.tool.version} · tables ${result.tables_hash.slice(0, 12)}`);
  return `${lines.join("\n")}\n`;
}

function details(item: LineItem, lang: Lang): string {
  const parts = [item.formula[lang] + (item.estimated ? HEAD.estimated[lang] : "")];
  for (const reason of item.reasons) parts.push(`· ${reason[lang]}`);
  // The readings chosen for ambiguous texts travel with the line (※).
  for (const note of item.notes) parts.push(`※${note[lang]}`);
  const seen = new Set<string>();
  for (const c of item.citations) {
    const short = citationShort(c);
    if (seen.has(short)) continue;
    seen.add(short);
    const mark = c.verified === "secondary" ? HEAD.secondary[lang] : c.verified === "hypothetical" ? HEAD.hypothetical[lang] : "";
    parts.push(`§ ${short}${mark}`);
  }
  return parts.join("\n");
}
