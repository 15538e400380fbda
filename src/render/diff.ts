/** `tables diff` as Markdown (pull-request comments, job summaries) or plain text. */
import { dec, formatYuan } from "../core/money.js";
import type { ImpactReport, ItemState, Movement } from "../diff/impact.js";
import type { TableChange } from "../diff/table-diff.js";
import { formatLocation } from "../errors/problems.js";
import { STATUS_LABEL } from "./labels.js";

export interface DiffReport {
  readonly base: string;
  readonly head: string;
  readonly changes: readonly TableChange[];
  readonly impact: ImpactReport;
}

const state = (s: ItemState): string => {
  if (s.status === "absent") return "absent";
  const label = STATUS_LABEL[s.status].zh;
  return s.amount === null ? label : `${formatYuan(dec(s.amount))} (${label})`;
};
const signed = (delta: string | null): string => (delta === null ? "—" : `${dec(delta).isNegative() ? "" : "+"}${formatYuan(dec(delta))}`);
const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
const where = (c: TableChange) => [c.policy, c.parameter, c.date].filter(Boolean).join(" · ");
const causes = (m: Movement) => `${m.causes.join(", ") || "—"}${m.indirect ? " (via the income-tax waterfall)" : ""}`;

export function renderDiffMarkdown(report: DiffReport): string {
  const { changes, impact } = report;
  const lines = [`## Rate tables: \`${report.base}\` → \`${report.head}\``, ""];
  if (changes.length === 0) lines.push("No change in the tables.", "");
  else {
    lines.push(`${changes.length} change(s).`, "", "| change | where | before | after |", "|---|---|---|---|");
    for (const c of changes) lines.push(`| ${c.code} | ${cell(where(c))} | ${cell(c.before ?? "")} | ${cell(c.after ?? "")} |`);
    lines.push("");
  }
  lines.push(`### Impact on golden companies and cases`, "", `${impact.movedSubjects} of ${impact.subjects} moved; ${impact.movements.length} item(s) changed.`, "");
  if (impact.movements.length > 0) {
    lines.push("| company / case | period | item | before | after | change | caused by |", "|---|---|---|---|---|---:|---|");
    for (const m of impact.movements) {
      lines.push(`| ${cell(m.subject)} | ${m.period.from}..${m.period.to} | ${cell(`${m.title.zh} (${m.policy})`)} | ${state(m.before)} | ${state(m.after)} | ${signed(m.delta)} | ${cell(causes(m))} |`);
    }
    lines.push("");
  }
  for (const e of impact.errors) lines.push(`- ⚠ ${cell(e.subject)} could not be calculated ${e.side}: ${cell(e.message)}`);
  return `${lines.join("\n")}\n`;
}

export function renderDiffText(report: DiffReport): string {
  const { changes, impact } = report;
  const lines = [`tables ${report.base} → ${report.head}: ${changes.length} change(s)`];
  for (const c of changes) {
    const arrow = c.before !== undefined && c.after !== undefined ? `${c.before} → ${c.after}` : (c.after ?? c.before ?? "");
    lines.push(`  ${c.code.padEnd(18)} ${where(c)}: ${arrow}${c.location ? `  [${formatLocation(c.location)}]` : ""}`);
  }
  lines.push(`impact: ${impact.movedSubjects} of ${impact.subjects} golden companies and cases moved, ${impact.movements.length} item(s)`);
  for (const m of impact.movements) {
    lines.push(`  ${m.subject} ${m.policy}: ${state(m.before)} → ${state(m.after)} (${signed(m.delta)}) ← ${causes(m)}`);
  }
  for (const e of impact.errors) lines.push(`  ! ${e.subject} could not be calculated ${e.side}: ${e.message}`);
  return `${lines.join("\n")}\n`;
}
