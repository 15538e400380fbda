/**
 * The work of one chunk of rows: row → company → baseline and scenario results → output text,
 * errors and a summary part. The same function runs on the main thread (`--jobs 1`) and in each
 * worker, so the bytes written do not depend on `--jobs`.
 */
import { type AmountLine, type AmountsResult, calculateAmounts } from "../core/calculate.js";
import { outsideTables } from "../core/coverage.js";
import { taxYearPeriod } from "../core/dates.js";
import { fenOf, fenText } from "../core/fen-sum.js";
import { COUNTED } from "../core/result.js";
import { csvLines, csvQuote, formulaSafe } from "../render/csv-lines.js";
import { BASELINE, type BatchContext } from "./context.js";
import { companyFromRow, type RowError } from "./row.js";
import { emptyTally, type ScenarioTally, type SummaryPart, sumFor, toPart } from "./summary.js";

export type RawRow =
  | {
      readonly row: number;
      readonly line: number;
      /** The line the row ends on, where a quoted cell runs over several lines. */
      readonly lastLine?: number;
      readonly cells: readonly string[];
    }
  | { readonly row: number; readonly line: number; readonly parseError: string };

export interface ChunkOutput {
  readonly out: string;
  readonly errors: readonly RowError[];
  /** The `id` cell of each rejected row, in the order of `errors`' rows ("" when none). */
  readonly rejectedIds: Record<number, string>;
  readonly written: number;
  readonly rejected: number;
  readonly summary: SummaryPart;
}

/** A policy present in the baseline but switched off in a scenario. */
export const SWITCHED_OFF = "switched-off";

/** The item's counted amount in fen (0 when it counts nothing), for deltas. */
function counted(item: AmountLine | undefined): bigint {
  return item && COUNTED.has(item.status) && item.amount !== null ? fenOf(item.amount) : 0n;
}

export function outputHeader(ctx: BatchContext): string {
  if (ctx.settings.format === "jsonl") return "";
  const names = ctx.scenarios.map((s) => s.name);
  const head = ctx.settings.long
    ? ["row", "id", "name", "region", "tax_year", "scenario", "policy", "kind", "status", "amount", "delta", "missing"]
    : [
        "row",
        "id",
        "name",
        "region",
        "tax_year",
        `${BASELINE}.total`,
        `${BASELINE}.complete`,
        ...names.flatMap((n) => [`${n}.total`, `${n}.delta`, `${n}.complete`]),
        ...ctx.policies.flatMap((p) => [BASELINE, ...names].map((n) => `${n}.${p}`)),
      ];
  return `\uFEFF${csvLines([head])}`;
}

export function processChunk(rows: readonly RawRow[], ctx: BatchContext): ChunkOutput {
  // The chunk's output, each line finished with its line end, in any format.
  const lines: string[] = [];
  const errors: RowError[] = [];
  const rejectedIds: Record<number, string> = {};
  const names = [BASELINE, ...ctx.scenarios.map((s) => s.name)];
  const tallies = new Map<string, ScenarioTally>(names.map((n) => [n, emptyTally()]));
  const { plan, settings } = ctx;
  let written = 0;
  for (const raw of rows) {
    const id = "cells" in raw && plan.id !== undefined ? (raw.cells[plan.id] ?? "").trim() : "";
    const reject = (rowErrors: RowError[]) => {
      errors.push(...rowErrors);
      rejectedIds[raw.row] = id;
    };
    if (!("cells" in raw)) {
      reject([{ row: raw.row, line: raw.line, column: "", message: raw.parseError }]);
      continue;
    }
    const outcome = companyFromRow(raw.cells, plan, raw.row, raw.line, raw.lastLine);
    if (!outcome.ok) {
      reject(outcome.errors);
      continue;
    }
    const company = outcome.company;
    const year = settings.year ?? company.tax_year;
    if (year === undefined) {
      reject([{ row: raw.row, line: raw.line, column: "tax_year", message: "required: give a tax_year column or --year" }]);
      continue;
    }
    const outside = outsideTables(ctx.coverage, year);
    if (outside !== undefined) {
      reject([{ row: raw.row, line: raw.line, column: "tax_year", message: outside }]);
      continue;
    }
    const options = { period: taxYearPeriod(year), tool: settings.tool };
    const baseline = calculateAmounts(company, ctx.baseline, options);
    // A scenario recomputes only the parts its tables change; the rest is the baseline's.
    const results: AmountsResult[] = [baseline, ...ctx.scenarios.map((s) => calculateAmounts(company, s.tables, options, baseline))];
    written += 1;
    const totals = results.map((r) => fenOf(r.totals.total));
    const base = totals[0] ?? 0n;
    results.forEach((r, i) => {
      tally(tallies.get(names[i] ?? "") ?? emptyTally(), r, i === 0 ? undefined : (totals[i] ?? 0n) - base);
    });
    const lead = [raw.row, id, company.name, company.region, year];
    const byPolicy = () => results.map((r) => new Map(r.items.map((i) => [i.policy, i])));
    if (settings.format === "jsonl") {
      for (const line of jsonLines(ctx, names, lead, results, totals, byPolicy())) lines.push(`${line}\n`);
    } else if (settings.long) {
      const items = byPolicy();
      for (const policy of ctx.policies) {
        if (!items.some((m) => m.has(policy))) continue;
        const baseAmount = counted(items[0]?.get(policy));
        names.forEach((name, i) => {
          const item = items[i]?.get(policy);
          const status = item?.status ?? (ctx.scenarios[i - 1]?.tables.policies.has(policy) === false ? SWITCHED_OFF : "");
          const delta = i === 0 ? "" : fenText(counted(item) - baseAmount);
          lines.push(csvLines([[...leadCells(lead), name, policy, item?.kind ?? "", status, item?.amount ?? "", delta, missingCell(item?.missing ?? [])]]));
        });
      }
    } else {
      lines.push(wideLine(ctx, names.length, lead, results, totals));
    }
  }
  return { out: lines.join(""), errors, rejectedIds, written, rejected: Object.keys(rejectedIds).length, summary: toPart(tallies) };
}

/**
 * A wide row as one CSV line: the lead cells, then each scenario's total, delta and completeness,
 * then one cell per policy and scenario, in ctx.policies order (most stay empty). Only the lead
 * cells are the company's own text and may need quotes; every other cell is an amount in fen
 * (`-?digits.dd`, checked as the row was tallied), "true"/"false" or empty, and is written as is.
 */
function wideLine(ctx: BatchContext, width: number, lead: readonly (string | number)[], results: readonly AmountsResult[], totals: readonly bigint[]): string {
  const base = totals[0] ?? 0n;
  let line = leadCells(lead).map(csvQuote).join(",");
  results.forEach((r, i) => {
    line += i === 0 ? `,${r.totals.total},${r.complete}` : `,${r.totals.total},${fenText((totals[i] ?? 0n) - base)},${r.complete}`;
  });
  const cells: string[] = new Array(ctx.policies.length * width).fill("");
  results.forEach((r, i) => {
    for (const item of r.items) {
      const column = ctx.policyIndex.get(item.policy);
      if (column !== undefined && COUNTED.has(item.status)) cells[column * width + i] = item.amount ?? "";
    }
  });
  return cells.length === 0 ? `${line}\r\n` : `${line},${cells.join(",")}\r\n`;
}

/** Missing facts in one cell, as calc's CSV joins a list: `income_tax.payroll; income_tax.staff_education.expense`. */
function missingCell(facts: readonly string[]): string {
  return facts.join("; ");
}

function leadCells(lead: readonly (string | number)[]): string[] {
  return lead.map((v) => (typeof v === "number" ? String(v) : formulaSafe(v)));
}

function tally(t: ScenarioTally, result: AmountsResult, delta: bigint | undefined): void {
  t.total.add(result.totals.total);
  for (const item of result.items) {
    if (!COUNTED.has(item.status) || item.amount === null) continue;
    sumFor(t.policies, item.policy).add(item.amount);
  }
  if (!result.complete) t.incomplete += 1;
  for (const fact of result.missing) t.missing.set(fact, (t.missing.get(fact) ?? 0) + 1);
  if (delta === undefined) return;
  if (delta > 0n) t.gaining += 1;
  else if (delta < 0n) t.losing += 1;
  else t.unchanged += 1;
}

function jsonLines(
  ctx: BatchContext,
  names: readonly string[],
  lead: readonly (string | number)[],
  results: readonly AmountsResult[],
  totals: readonly bigint[],
  items: readonly Map<string, AmountLine>[],
): string[] {
  const [row, id, name, region, year] = lead;
  const base = totals[0] ?? 0n;
  const policyOf = (item: AmountLine | undefined) => (item ? { status: item.status, kind: item.kind, amount: item.amount } : null);
  if (ctx.settings.long) {
    const lines: string[] = [];
    const baseMap = items[0];
    for (const policy of ctx.policies) {
      if (!items.some((m) => m.has(policy))) continue;
      names.forEach((scenario, i) => {
        const item = items[i]?.get(policy);
        const status = item?.status ?? (ctx.scenarios[i - 1]?.tables.policies.has(policy) === false ? SWITCHED_OFF : null);
        const delta = i === 0 ? null : fenText(counted(item) - counted(baseMap?.get(policy)));
        lines.push(JSON.stringify({ row, id, name, region, tax_year: year, scenario, policy, kind: item?.kind ?? null, status, amount: item?.amount ?? null, delta, missing: item?.missing ?? [] }));
      });
    }
    return lines;
  }
  const scenarios = names.map((scenario, i) => {
    const result = results[i];
    const total = totals[i] ?? 0n;
    const policies = Object.fromEntries(ctx.policies.filter((p) => items[i]?.has(p)).map((p) => [p, policyOf(items[i]?.get(p))]));
    return { scenario, total: fenText(total), delta: i === 0 ? null : fenText(total - base), complete: result?.complete ?? false, policies };
  });
  return [JSON.stringify({ row, id, name, region, tax_year: year, scenarios })];
}
