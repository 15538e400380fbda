/** Turns a policy's draft into a line item: rounds once, attaches citations and readings. */
import type { Draft } from "../policies/types.js";
import type { Citation, PolicyTable, ValueEntry } from "../tables/model.js";
import type { ParamReader } from "../tables/params.js";
import { getOrMake } from "./get-or-make.js";
import { type Decimal, detailOn, fenString } from "./money.js";
import type { CitationOut, LineItem } from "./result.js";

function citationOut(cite: Citation, value: string | null, effectiveFrom: string, parameter: string): CitationOut {
  const { document, article, quote } = cite;
  return {
    issuer: document.issuer,
    title: document.title,
    number: document.number,
    article,
    issued: document.issued,
    quote,
    value,
    effective_from: effectiveFrom,
    verified: document.verified,
    parameter,
  };
}

// Citations and notes are immutable and the same for every company: built once per entry and table.
const citationCache = new WeakMap<ValueEntry, Map<string, CitationOut>>();
const staticCache = new WeakMap<PolicyTable, { basis: CitationOut[]; notes: LineItem["notes"] }>();

export function citationOf(entry: ValueEntry, parameter: string): CitationOut {
  const byParameter = getOrMake(citationCache, entry, () => new Map<string, CitationOut>());
  return getOrMake(byParameter, parameter, () => citationOut(entry.cite, entry.written, entry.from, parameter));
}

/** A figure-less basis sentence: no value; in force from its document's window (or issue date). */
function basisCitation(cite: Citation, table: PolicyTable): CitationOut {
  return citationOut(cite, null, cite.document.valid?.from ?? cite.document.issued ?? "", `${table.id}.basis`);
}

function staticsOf(table: PolicyTable): { basis: CitationOut[]; notes: LineItem["notes"] } {
  return getOrMake(staticCache, table, makeStatics);
}

function makeStatics(table: PolicyTable): { basis: CitationOut[]; notes: LineItem["notes"] } {
  return { basis: (table.basis ?? []).map((b) => basisCitation(b, table)), notes: table.readings.map((r) => r.text) };
}

/** Shared by the lines (and results) that have none, so that a batch's lines (never cited) make no lists. */
const NO_CITATIONS: readonly CitationOut[] = Object.freeze([]);
export const NOTHING_MISSING: readonly string[] = Object.freeze([]);

export function toLineItem(table: PolicyTable, draft: Draft, readers: readonly ParamReader[], amount?: Decimal): LineItem {
  const statics = staticsOf(table);
  // An amounts-only calculation (a batch) shows no citations: gathering them is most of this function.
  const citations = detailOn() ? citationsOf(statics.basis, readers) : NO_CITATIONS;
  const value = amount ?? draft.amount;
  return {
    policy: table.id,
    title: table.title,
    jurisdiction: table.jurisdiction,
    kind: table.kind,
    status: draft.status,
    amount: value === undefined ? null : fenString(value),
    formula: draft.formula,
    reasons: draft.reasons,
    notes: statics.notes,
    citations,
    missing: draft.missing ?? NOTHING_MISSING,
    estimated: draft.estimated ?? false,
    secondary: citations.some((c) => c.verified === "secondary"),
    hypothetical: citations.some((c) => c.verified === "hypothetical"),
  };
}

function citationsOf(basis: readonly CitationOut[], readers: readonly ParamReader[]): CitationOut[] {
  const citations = [...basis];
  for (const reader of readers) for (const u of reader.usedParameters()) citations.push(citationOf(u.entry, u.parameter));
  return citations;
}
