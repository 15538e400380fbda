/** Markdown for a pull request, an e-mail or a report. */
import type { CalculationResult } from "../core/result.js";
import { type DisplayUnit, displayAmount } from "./amount.js";
import { citationShort, HEAD, KIND_LABEL, type Lang, missingList, STATUS_LABEL } from "./labels.js";

const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, "<br>");

export function renderMarkdown(result: CalculationResult, lang: Lang, unit: DisplayUnit): string {
  const lines = [
    `### ${result.company} (${result.region}) · ${result.period.from} – ${result.period.to}`,
    "",
    `| ${HEAD.policy[lang]} | ${HEAD.kind[lang]} | ${HEAD.status[lang]} | ${HEAD.amount[lang]} | ${HEAD.formula[lang]} | ${HEAD.basis[lang]} |`,
    "|---|---|---|--:|---|---|",
    ...result.items.map(
      (i) =>
        `| ${cell(i.title[lang])} | ${KIND_LABEL[i.kind][lang]} | ${STATUS_LABEL[i.status][lang]} | ${displayAmount(i.amount, unit)} | ${cell([i.formula[lang], ...i.notes.map((n) => `※ ${n[lang]}`)].join("\n"))} | ${cell([...new Set(i.citations.map(citationShort))].join("; "))} |`,
    ),
    "",
    `| ${HEAD.totals[lang]} | |`,
    "|---|--:|",
    ...(["tax_saving", "tax_deferral", "award", "subsidy", "refund", "up_to", "total"] as const).map((k) => `| ${HEAD[k][lang]} | ${displayAmount(result.totals[k], unit)} |`),
    "",
    ...(result.complete ? [] : [`> ${HEAD.incomplete[lang]} ${missingList(result.missing, lang)}`, ""]),
    `<sub>${result.tool.name} ${result.tool.version} · tables ${result.tables_hash}</sub>`,
  ];
  return `${lines.join("\n")}\n`;
}
