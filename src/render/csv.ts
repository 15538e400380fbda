/**
 * CSV for Excel: UTF-8 with a BOM so Chinese shows correctly, RFC 4180 quoting, and cells that
 * Excel would run as formulas (= + - @ tab CR) prefixed with an apostrophe.
 */
import type { CalculationResult } from "../core/result.js";
import { csvLines, formulaSafe } from "./csv-lines.js";
import { citationShort, type Lang, STATUS_LABEL } from "./labels.js";

const AMOUNT = /^-?\d+\.\d{2}$/;

/** A negative amount is a number, not a formula. */
function safeCell(value: string): string {
  return AMOUNT.test(value) ? value : formulaSafe(value);
}

export function renderCsv(result: CalculationResult, lang: Lang): string {
  const header = ["company", "period_from", "period_to", "policy", "title", "jurisdiction", "kind", "status", "status_label", "amount", "formula", "citations", "reasons", "readings", "estimated", "secondary_source", "hypothetical", "tables_hash", "version"];
  const rows = result.items.map((item) => [
    result.company,
    result.period.from,
    result.period.to,
    item.policy,
    item.title[lang],
    item.jurisdiction,
    item.kind,
    item.status,
    STATUS_LABEL[item.status][lang],
    item.amount ?? "",
    item.formula[lang],
    [...new Set(item.citations.map(citationShort))].join("; "),
    item.reasons.map((r) => r[lang]).join("; "),
    item.notes.map((n) => n[lang]).join("; "),
    String(item.estimated),
    String(item.secondary),
    String(item.hypothetical),
    result.tables_hash,
    result.tool.version,
  ]);
  return `\uFEFF${csvLines([header, ...rows].map((r) => r.map(safeCell)))}`;
}
