/**
 * The batch CSV's column vocabulary, derived from the company schema's JSON Schema so that new
 * fields become columns without a hand list. A column is a full dotted path
 * (`income_tax.rd.expensed`, `income_tax.equipment.0.unit_value`) or an unambiguous dotted suffix
 * of exactly one path (`rd.expensed`). Plus `id`, echoed to the output.
 */
import { z } from "zod";
import type { Problem } from "../errors/problems.js";
import { companySchema } from "../input/company-schema.js";
import { closest } from "../io/suggest.js";

/**
 * How a cell's text becomes the value the schema checks. Amounts, dates and enums stay text;
 * amounts are checked first so that a bad one inside a union (total assets as average or
 * quarters) is reported on its own column rather than as the union's failure.
 */
export type LeafKind = "text" | "amount" | "number" | "boolean";

/**
 * A path segment: a property name, a list index (`#`, any index), a tuple position, or a key of a
 * record (`figures.main_revenue.<year>`: any key its pattern accepts, such as 2018).
 */
type Segment = { readonly key: string } | { readonly list: true; readonly max?: number } | { readonly tuple: number } | { readonly record: RegExp };

/** The records' key pattern (`^\d{4}$`, a year) as users read it in a column's template, and an example of it. */
const YEAR_KEY = { shown: "<year>", example: "2018" };

export interface FieldTemplate {
  readonly segments: readonly Segment[];
  readonly kind: LeafKind;
  /** `income_tax.equipment.#.unit_value`: the template as users read it. */
  readonly display: string;
}

/** One step from the object root to a cell's place: a key, or an index in a list (compacted) or tuple (kept). */
export type Step = { readonly key: string } | { readonly index: number; readonly list: boolean };

export interface Column {
  readonly header: string;
  readonly position: number;
  /** Where the cell goes in the company object, with concrete indices. */
  readonly steps: readonly Step[];
  /** The full dotted path with concrete indices: `income_tax.equipment.0.unit_value`. */
  readonly path: string;
  readonly kind: LeafKind;
}

export interface ColumnPlan {
  readonly headers: readonly string[];
  readonly columns: readonly Column[];
  /** Position of the `id` column, if any. */
  readonly id: number | undefined;
  /**
   * Positions of columns with no name in the header (a spreadsheet's trailing empty columns): read
   * as nothing, but a row with text under one is rejected rather than have that text dropped.
   */
  readonly unnamed: readonly number[];
}

export const ID_COLUMN = "id";

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema | false;
  prefixItems?: JsonSchema[];
  maxItems?: number;
  anyOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: { pattern?: string };
  oneOf?: JsonSchema[];
  enum?: unknown[];
  required?: string[];
};

let cached: FieldTemplate[] | undefined;
let requiredAtRoot: string[] = [];

/** Every leaf of the company schema as a template, in schema order. */
export function fieldTemplates(): FieldTemplate[] {
  if (cached) return cached;
  const root = z.toJSONSchema(companySchema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  const out: FieldTemplate[] = [];
  const seen = new Set<string>();
  const walk = (node: JsonSchema, segments: Segment[]): void => {
    for (const option of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) walk(option, segments);
    if (node.properties) {
      for (const [key, child] of Object.entries(node.properties)) walk(child, [...segments, { key }]);
      return;
    }
    if (typeof node.additionalProperties === "object") {
      walk(node.additionalProperties, [...segments, { record: new RegExp(node.propertyNames?.pattern ?? "^.+$") }]);
      return;
    }
    if (node.prefixItems) {
      node.prefixItems.forEach((child, i) => {
        walk(child, [...segments, { tuple: i }]);
      });
      return;
    }
    if (node.items && typeof node.items === "object") {
      walk(node.items, [...segments, node.maxItems === undefined ? { list: true } : { list: true, max: node.maxItems }]);
      return;
    }
    if (node.anyOf || node.oneOf || segments.length === 0) return;
    const display = segments.map(showSegment).join(".");
    if (seen.has(display)) return;
    seen.add(display);
    out.push({ segments, kind: leafKind(node), display });
  };
  walk(root, []);
  requiredAtRoot = root.required ?? [];
  cached = out;
  return out;
}

function showSegment(s: Segment): string {
  if ("key" in s) return s.key;
  if ("tuple" in s) return String(s.tuple);
  if ("record" in s) return YEAR_KEY.shown;
  return "#";
}

function leafKind(node: JsonSchema): LeafKind {
  const types = Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type];
  // Amounts are the only leaves that take a number or a string (`1234.5` or `500万`).
  if (types.includes("number") && types.includes("string")) return "amount";
  if (types.includes("string") || node.enum) return "text";
  if (types.includes("boolean")) return "boolean";
  if (types.includes("number") || types.includes("integer")) return "number";
  return "text";
}

/** Matches header segments against the last segments of a template; returns the concrete steps of the matched tail. */
function matchTail(parts: readonly string[], template: FieldTemplate): Step[] | undefined {
  const offset = template.segments.length - parts.length;
  if (offset < 0) return undefined;
  const steps: Step[] = [];
  for (let i = 0; i < parts.length; i++) {
    const segment = template.segments[offset + i];
    const part = parts[i] ?? "";
    if (!segment) return undefined;
    if ("key" in segment) {
      if (segment.key !== part) return undefined;
      steps.push({ key: part });
    } else if ("record" in segment) {
      if (!segment.record.test(part)) return undefined;
      steps.push({ key: part });
    } else {
      if (!/^(0|[1-9]\d{0,5})$/.test(part)) return undefined;
      const index = Number(part);
      if ("tuple" in segment) {
        if (index !== segment.tuple) return undefined;
        steps.push({ index, list: false });
      } else {
        if (segment.max !== undefined && index >= segment.max) return undefined;
        steps.push({ index, list: true });
      }
    }
  }
  return steps;
}

/**
 * Resolves a header row. Every unknown, ambiguous or repeated column is a problem (all at once),
 * with a "did you mean" where one is close.
 */
export function planColumns(headers: readonly string[], file: string): { plan: ColumnPlan } | { problems: Problem[] } {
  const templates = fieldTemplates();
  const problems: Problem[] = [];
  const columns: Column[] = [];
  const taken = new Map<string, string>();
  const unnamed: number[] = [];
  let id: number | undefined;
  headers.forEach((raw, position) => {
    const header = raw.trim();
    const location = { file, line: 1, column: position + 1 };
    if (header === "") {
      unnamed.push(position);
      return;
    }
    if (header === ID_COLUMN) {
      if (id !== undefined) problems.push({ location, path: header, message: `column "${header}" appears twice` });
      id = position;
      return;
    }
    const parts = header.split(".");
    const full = templates.map((t) => ({ t, steps: t.segments.length === parts.length ? matchTail(parts, t) : undefined })).filter((m) => m.steps);
    const matches = full.length > 0 ? full : templates.map((t) => ({ t, steps: matchTail(parts, t) })).filter((m) => m.steps);
    if (matches.length === 0) {
      const suggestion = closest(header, suggestionsFor(templates));
      problems.push({
        location,
        path: header,
        message: `unknown column "${header}"${suggestion ? ` (did you mean "${suggestion}"?)` : ""}; columns are the company schema's dotted paths (see \`incentive schema company\`), a unique ending of one such as rd.expensed, or id`,
      });
      return;
    }
    if (matches.length > 1) {
      problems.push({ location, path: header, message: `ambiguous column "${header}": it could be ${matches.map((m) => m.t.display).join(" or ")}; write the full path` });
      return;
    }
    const match = matches[0];
    if (!match?.steps) return;
    const prefixSegments = match.t.segments.slice(0, match.t.segments.length - parts.length);
    const prefix = prefixSegments.flatMap((s): Step[] => ("key" in s ? [{ key: s.key }] : []));
    if (prefix.length < prefixSegments.length) {
      const within = prefixSegments.some((s) => "record" in s) ? "a record: write the full path with its key" : "a list: write the full path with its index";
      problems.push({ location, path: header, message: `column "${header}" sits inside ${within}, such as ${concrete(match.t.display)}` });
      return;
    }
    const steps = [...prefix, ...match.steps];
    const path = steps.map((s) => ("key" in s ? s.key : String(s.index))).join(".");
    const previous = taken.get(path);
    if (previous !== undefined) {
      const message = previous === header ? `column "${header}" appears twice` : `column "${header}" names the same field as column "${previous}" (${path})`;
      problems.push({ location, path: header, message });
      return;
    }
    taken.set(path, header);
    columns.push({ header, position, steps, path, kind: match.t.kind });
  });
  // A field every company must have (name, region) needs a column, or every row would be rejected.
  for (const field of requiredAtRoot) {
    if (!taken.has(field)) problems.push({ location: { file, line: 1 }, path: field, message: `no "${field}" column: every company needs one` });
  }
  if (problems.length > 0) return { problems };
  return { plan: { headers, columns, id, unnamed } };
}

/** Full paths with index 0 in place of `#`, and the short forms people tend to write. */
function suggestionsFor(templates: readonly FieldTemplate[]): string[] {
  const out = new Set<string>([ID_COLUMN]);
  for (const t of templates) {
    const full = concrete(t.display);
    out.add(full);
    const parts = full.split(".");
    for (let i = 1; i < parts.length; i++) out.add(parts.slice(i).join("."));
  }
  return [...out];
}

/** A template with example indices and keys: `income_tax.equipment.0.unit_value`, `figures.main_revenue.2018`. */
function concrete(display: string): string {
  return display.replace(/#/g, "0").replaceAll(YEAR_KEY.shown, YEAR_KEY.example);
}
