/**
 * What changed between two table sets: policies, parameters, units, bounds, dated values,
 * citations and quotes, and the documents register. Pure; compares loaded tables, so a change of
 * formatting alone is no change.
 */
import type { SourceLocation } from "../errors/problems.js";
import type { Parameter, PolicyTable, TableSet, ValueEntry } from "../tables/model.js";

export const CHANGE_CODES = [
  "added-policy",
  "removed-policy",
  "added-parameter",
  "removed-parameter",
  "changed-unit",
  "changed-bound",
  "added-value",
  "removed-value",
  "changed-value",
  "changed-date",
  "changed-citation",
  "removed-citation",
  "changed-quote",
  "added-document",
  "removed-document",
  "changed-document",
] as const;
export type ChangeCode = (typeof CHANGE_CODES)[number];

export interface TableChange {
  readonly code: ChangeCode;
  readonly policy?: string;
  readonly parameter?: string;
  /** Effective date of the value concerned. */
  readonly date?: string;
  readonly before?: string;
  readonly after?: string;
  /** Where to look in the new tables (the old ones for removals). */
  readonly location?: SourceLocation;
}

const shownValue = (e: ValueEntry) => e.written ?? "null (ends)";
const citation = (e: ValueEntry) => `${e.cite.documentKey} ${e.cite.article}`;

export function diffTables(base: TableSet, head: TableSet): TableChange[] {
  const changes: TableChange[] = [];
  for (const [key, doc] of head.documents) {
    const old = base.documents.get(key);
    if (!old) changes.push({ code: "added-document", before: "", after: `${key}: 《${doc.title}》${doc.number ?? ""}` });
    else if (JSON.stringify(old) !== JSON.stringify(doc)) changes.push({ code: "changed-document", before: `${key}: ${JSON.stringify(old)}`, after: `${key}: ${JSON.stringify(doc)}` });
  }
  for (const [key, doc] of base.documents) {
    if (!head.documents.has(key)) changes.push({ code: "removed-document", before: `${key}: 《${doc.title}》${doc.number ?? ""}`, after: "" });
  }
  for (const [id, table] of head.policies) {
    const old = base.policies.get(id);
    if (!old) changes.push({ code: "added-policy", policy: id, after: table.title.zh, location: { file: table.file, line: 1 } });
    else changes.push(...diffPolicy(old, table));
  }
  for (const [id, table] of base.policies) {
    if (!head.policies.has(id)) changes.push({ code: "removed-policy", policy: id, before: table.title.zh, location: { file: table.file, line: 1 } });
  }
  return changes;
}

function diffPolicy(base: PolicyTable, head: PolicyTable): TableChange[] {
  const changes: TableChange[] = [];
  const policy = head.id;
  for (const [name, parameter] of head.parameters) {
    const old = base.parameters.get(name);
    if (!old) {
      changes.push({ code: "added-parameter", policy, parameter: name, after: parameter.entries.map((e) => `${e.from}: ${shownValue(e)}`).join(", "), ...at(parameter.location) });
      continue;
    }
    if (old.unit !== parameter.unit) changes.push({ code: "changed-unit", policy, parameter: name, before: old.unit, after: parameter.unit, ...at(parameter.location) });
    if (old.bound !== parameter.bound) changes.push({ code: "changed-bound", policy, parameter: name, before: old.bound ?? "none", after: parameter.bound ?? "none", ...at(parameter.location) });
    changes.push(...diffEntries(policy, name, old, parameter));
  }
  for (const [name, parameter] of base.parameters) {
    if (!head.parameters.has(name)) {
      changes.push({ code: "removed-parameter", policy, parameter: name, before: parameter.entries.map((e) => `${e.from}: ${shownValue(e)}`).join(", "), ...at(parameter.location) });
    }
  }
  return changes;
}

function diffEntries(policy: string, parameter: string, base: Parameter, head: Parameter): TableChange[] {
  const changes: TableChange[] = [];
  const oldByDate = new Map(base.entries.map((e) => [e.from, e]));
  const newByDate = new Map(head.entries.map((e) => [e.from, e]));
  // A value that only moved to another date (same value, same citation) is one change, not two.
  const same = (a: ValueEntry, b: ValueEntry) => a.written === b.written && citation(a) === citation(b);
  const moved = new Map<ValueEntry, ValueEntry>();
  const gone = base.entries.filter((e) => !newByDate.has(e.from));
  for (const entry of head.entries.filter((e) => !oldByDate.has(e.from))) {
    const old = gone.find((g) => same(g, entry) && ![...moved.values()].includes(g));
    if (old) moved.set(entry, old);
  }
  for (const entry of head.entries) {
    const old = oldByDate.get(entry.from);
    const where = { policy, parameter, date: entry.from, ...at(entry.location) };
    const from = moved.get(entry);
    if (from) {
      changes.push({ code: "changed-date", ...where, before: `${from.from}: ${shownValue(from)}`, after: `${entry.from}: ${shownValue(entry)}` });
      continue;
    }
    if (!old) {
      changes.push({ code: "added-value", ...where, after: `${shownValue(entry)} (${citation(entry)})` });
      continue;
    }
    const sameValue = old.value === null || entry.value === null ? old.value === entry.value : old.value.eq(entry.value);
    if (!sameValue || old.written !== entry.written) changes.push({ code: "changed-value", ...where, before: shownValue(old), after: shownValue(entry) });
    if (citation(old) !== citation(entry)) changes.push({ code: "changed-citation", ...where, before: citation(old), after: citation(entry) });
    if (old.cite.quote !== entry.cite.quote) changes.push({ code: "changed-quote", ...where, before: old.cite.quote, after: entry.cite.quote });
  }
  const movedFrom = new Set(moved.values());
  for (const entry of base.entries) {
    if (newByDate.has(entry.from) || movedFrom.has(entry)) continue;
    const where = { policy, parameter, date: entry.from, ...at(entry.location) };
    changes.push({ code: "removed-value", ...where, before: `${shownValue(entry)} (${citation(entry)})` });
    changes.push({ code: "removed-citation", ...where, before: citation(entry) });
  }
  return changes;
}

const at = (location: SourceLocation | undefined) => (location ? { location } : {});

/** `policy.parameter` keys of the changes that can move a result. */
export function changedParameters(changes: readonly TableChange[]): Set<string> {
  return new Set(changes.filter((c) => c.policy !== undefined && c.parameter !== undefined).map((c) => `${c.policy}.${c.parameter}`));
}
