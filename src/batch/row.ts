/**
 * One CSV row → a company, validated by the same zod schema as a company file (most rows through its
 * compiled fast path, input/fast-parse.ts, which builds the same value). An empty cell is
 * a fact absent (never zero). List elements with no filled cell are dropped and the rest close
 * up (`equipment.0` empty and `equipment.1` filled gives a one-asset list); tuple positions stay.
 */
import { isAmountText } from "../core/money.js";
import { AMOUNT_HINT } from "../input/amount.js";
import type { Company } from "../input/company-schema.js";
import { companySchema } from "../input/company-schema.js";
import { compileFastParse, UNSURE } from "../input/fast-parse.js";
import { validate } from "../io/validate.js";
import type { Column, ColumnPlan, LeafKind, Step } from "./columns.js";

export interface RowError {
  /** 1-based data row (the header is row 0). */
  readonly row: number;
  /** Physical line of the file where the row starts. */
  readonly line: number;
  /** The column's header, or the field path where no single column is at fault. */
  readonly column: string;
  readonly message: string;
}

export type RowOutcome = { ok: true; company: Company } | { ok: false; errors: RowError[] };

const NUMBER = /^-?\d+(\.\d+)?$/;
const TRUE = new Set(["true", "TRUE", "True", "1", "是", "yes"]);
const FALSE = new Set(["false", "FALSE", "False", "0", "否", "no"]);

/** Text → the value the schema checks; text it cannot convert is passed on for the schema to reject with its message. */
function cellValue(text: string, kind: LeafKind): unknown {
  if (kind === "number") return NUMBER.test(text) ? Number(text) : text;
  if (kind === "boolean") return TRUE.has(text) ? true : FALSE.has(text) ? false : text;
  return text;
}

/** Builds what zod would for the common rows, several times faster; zod decides (and words) the rest. */
const fastParse = compileFastParse(companySchema);

/** Original list indices of a compacted list, to map a schema error's path back to its column. */
const ORIGINAL_INDICES = Symbol("original indices");
type Compacted = unknown[] & { [ORIGINAL_INDICES]?: number[] };

export function companyFromRow(cells: readonly string[], plan: ColumnPlan, row: number, line: number, lastLine = line): RowOutcome {
  if (cells.length !== plan.headers.length) {
    // A quote left open joins the next lines to the row: say so, or the rows it swallowed seem lost.
    const spread = lastLine > line ? `; the row runs over lines ${line}–${lastLine}: is a quote left open?` : "";
    return {
      ok: false,
      errors: [{ row, line, column: "", message: `expected ${plan.headers.length} cells as in the header, found ${cells.length}${spread}` }],
    };
  }
  for (const position of plan.unnamed) {
    if ((cells[position] ?? "").trim() !== "") {
      return { ok: false, errors: [{ row, line, column: `column ${position + 1}`, message: "a value under a column with no name in the header: name the column or clear its cells" }] };
    }
  }
  const root = rowValue(cells, plan);
  const company = fastParse(root);
  if (company !== UNSURE) return { ok: true, company: company as Company };
  // Not the common case: check each amount cell on its own (a bad one fails the fast path too), then let zod decide.
  const errors: RowError[] = [];
  for (const column of plan.columns) {
    const problem = precheck((cells[column.position] ?? "").trim(), column.kind);
    if (problem) errors.push({ row, line, column: column.header, message: problem });
  }
  const validated = validate(companySchema, { data: root, locate: () => ({ file: "" }) });
  if (validated.ok && errors.length === 0) return { ok: true, company: validated.data };
  if (validated.ok) return { ok: false, errors };
  const byPath = new Map(plan.columns.map((c) => [c.path, c.header]));
  const reported = new Set(errors.map((e) => e.column));
  const prechecked = plan.columns.filter((c) => reported.has(c.header)).map((c) => c.path);
  for (const p of validated.problems) {
    const path = originalPath(root, p.path);
    // A bad amount or date is already reported on its column; the schema's wording for its parent union adds nothing.
    if (prechecked.some((c) => c === path || c.startsWith(`${path}.`))) continue;
    errors.push({ row, line, column: byPath.get(path) ?? path, message: isAbsent(root, p.path) ? absentMessage(path, p.message) : p.message });
  }
  return { ok: false, errors };
}

/** The row's filled cells as the object a company file would hold, before the schema's checks. */
export function rowValue(cells: readonly string[], plan: ColumnPlan): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  const lists: unknown[][] = [];
  for (const column of plan.columns) {
    const text = (cells[column.position] ?? "").trim();
    if (text !== "") place(root, column, cellValue(text, column.kind), lists);
  }
  for (let i = lists.length - 1; i >= 0; i--) compact(lists[i] as Compacted);
  return root;
}

function isAbsent(root: unknown, path: string): boolean {
  let node: unknown = root;
  for (const part of path.split(".")) {
    if (node === null || typeof node !== "object") return true;
    node = (node as Record<string, unknown>)[part];
  }
  return node === undefined;
}

/** A field the schema requires because a sibling cell is filled (an asset's name, a loss's year). */
function absentMessage(path: string, message: string): string {
  const parent = path.split(".").slice(0, -1).join(".");
  return parent === "" ? message.replace(/^required: expected .*/, "required: this column must be filled") : `required: the row fills other ${parent}.* cells, so this one must be filled too`;
}

/** The message for an amount cell the schema would reject, as the company file loader words it. */
function precheck(text: string, kind: LeafKind): string | undefined {
  if (kind === "amount" && text !== "" && !isAmountText(text)) return `expected ${AMOUNT_HINT}, found ${JSON.stringify(text)}`;
  return undefined;
}

function place(root: Record<string, unknown>, column: Column, value: unknown, lists: unknown[][]): void {
  const { steps } = column;
  const last = steps.length - 1;
  let node: Record<string | number, unknown> = root;
  for (let i = 0; i < last; i++) {
    const step = steps[i] as Step;
    const next = steps[i + 1] as Step;
    const slot = "key" in step ? step.key : step.index;
    let child = node[slot] as Record<string | number, unknown> | undefined;
    if (child === undefined) {
      const created: unknown[] | Record<string, unknown> = "key" in next ? {} : [];
      if ("index" in next && next.list) lists.push(created as unknown[]);
      node[slot] = created;
      child = created as Record<string | number, unknown>;
    }
    node = child;
  }
  const final = steps[last] as Step;
  node["key" in final ? final.key : final.index] = value;
}

/** Removes the holes of a list, remembering where each element came from. */
function compact(list: Compacted): void {
  const original: number[] = [];
  const kept: unknown[] = [];
  list.forEach((element, index) => {
    original.push(index);
    kept.push(element);
  });
  list.length = 0;
  list.push(...kept);
  list[ORIGINAL_INDICES] = original;
}

/** `income_tax.equipment.0.unit_value` after compaction → the index the CSV header used. */
function originalPath(root: unknown, path: string): string {
  if (path === "") return path;
  let node: unknown = root;
  return path
    .split(".")
    .map((part) => {
      const current = node as Compacted | Record<string, unknown> | undefined;
      if (Array.isArray(current) && /^\d+$/.test(part)) {
        const original = (current as Compacted)[ORIGINAL_INDICES]?.[Number(part)] ?? Number(part);
        node = current[Number(part)];
        return String(original);
      }
      node = current && typeof current === "object" ? (current as Record<string, unknown>)[part] : undefined;
      return part;
    })
    .join(".");
}
