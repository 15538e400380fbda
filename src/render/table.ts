/** The terminal table: readable in a Chinese terminal, amounts right-aligned. Returns a string. */
import Table from "cli-table3";
import type { CalculationResult, LineItem } from "../core/result.js";
import { type DisplayUnit, displayAmount } from "./amount.js";
import { citationShort, HEAD, KIND_LABEL, type Lang, missingList, STATUS_LABEL } from "./labels.js";
import { wrapToWidth } from "./wrap.js";

const COLUMN_WIDTHS = [26, 14, 18, 70];
/**
 * cli-table3 0.6.5 draws each line of a cell after cutting the whole cell to 10 columns for a debug
 * message it then does not print, a character at a time: seconds for a Chinese table
 * (cli-table/cli-table3#362, open). With a mark 10 columns wide the cut has nothing to keep and
 * costs nothing. Text is wrapped to fit beforehand, so the mark never replaces real text; if it ever
 * did, it says so.
 */
const CUT_MARK = "……（截断）";
/** What fits inside a cell: cli-table3 pads one column on each side. */
const textWidth = (column: number) => (COLUMN_WIDTHS[column] ?? 0) - 2;

export function renderTable(result: CalculationResult, lang: Lang, unit: DisplayUnit): string {
  const unitLabel = unit === "万元" ? (lang === "zh" ? "金额（万元）" : "Amount (10k yuan)") : HEAD.amount[lang];
  const items = new Table({
    head: [HEAD.policy[lang], HEAD.status[lang], unitLabel, `${HEAD.formula[lang]} / ${HEAD.basis[lang]}`],
    colWidths: COLUMN_WIDTHS,
    colAligns: ["left", "left", "right", "left"],
    wordWrap: true,
    truncate: CUT_MARK,
    style: { head: [], border: [] },
  });
  for (const item of result.items) {
    items.push([
      wrapToWidth(`${item.title[lang]}\n${KIND_LABEL[item.kind][lang]} · ${item.policy}`, textWidth(0)),
      STATUS_LABEL[item.status][lang],
      displayAmount(item.amount, unit),
      wrapToWidth(details(item, lang), textWidth(3)),
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
